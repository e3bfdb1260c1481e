"""Serving the explorer: bind the socket, open the database read-only, run uvicorn."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable

from ..errors import DatelineError
from .app import LOOPBACK_HOSTS, create_app
from .database import Database

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port (port 0: any free port), or error E605."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise DatelineError("E605", host=host, port=port, detail=exc.strerror or str(exc)) from exc
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def serve(db_path: str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          announce: Callable[[str, Database], None] | None = None) -> None:
    """Serve the explorer over ``db_path`` until interrupted. ``announce`` is called with
    the URL once the socket listens."""
    import uvicorn

    db = Database(db_path)
    try:
        sock = bind(host, port)
        app = create_app(db, allowed_hosts=LOOPBACK_HOSTS if is_loopback(host) else None)
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False,
                                               lifespan="off"))
        if announce:
            announce(url_of(sock), db)
        server.run(sockets=[sock])
    finally:
        db.close()
