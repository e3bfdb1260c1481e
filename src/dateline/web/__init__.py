"""The explorer: a local web page and JSON API over a dateline database.

Entry points: :func:`serve` (what ``dateline serve`` runs) and :func:`create_app`
(the ASGI application over an open :class:`Database`, for tests and embedding).
"""

from __future__ import annotations

from .app import create_app
from .database import Database
from .server import serve

__all__ = ["Database", "create_app", "serve"]
