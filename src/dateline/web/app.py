"""The explorer's web application: routes, security headers, one shape for every error."""

from __future__ import annotations

import logging
from importlib import resources
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..errors import DatelineError, message
from .database import Database

LOG = logging.getLogger("dateline.web")

# No inline script or style anywhere: the policy allows only files the server serves.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
# Host names a server bound to the loopback interface answers to (a guard against DNS
# rebinding: another site's page cannot reach the explorer under its own name).
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "[::1]", "::1"]
ERROR_STATUS = {"E603": 404, "E604": 422, "E606": 404}


class ExplorerError(Exception):
    """An error a request ends with: an HTTP status and a catalogue code."""

    def __init__(self, status: int, code: str, problems: list[dict] | None = None, **params: Any):
        self.status = status
        self.code = code
        self.problems = problems or []
        super().__init__(message(code, **params))


class SecurityHeaders:
    """Adds the security headers to every response (pages, API, static files, errors)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(msg: Message) -> None:
            if msg["type"] == "http.response.start":
                msg["headers"] = list(msg.get("headers", [])) + SECURITY_HEADERS
            await send(msg)

        await self.app(scope, receive, send_with_headers)


class HeadAsGet:
    """Answers HEAD like GET without the body (FastAPI's GET routes do not take HEAD)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_headers_only(msg: Message) -> None:
            if msg["type"] == "http.response.body":
                if not msg.get("more_body", False):
                    await send({"type": "http.response.body", "body": b"", "more_body": False})
                return
            await send(msg)

        await self.app({**scope, "method": "GET"}, receive, send_headers_only)


def wants_json(request: Request) -> bool:
    """API routes and the .json twins answer in JSON, errors included."""
    path = request.url.path
    return path.startswith("/api/") or path.endswith(".json") or path == "/openapi.json"


def create_app(db: Database, allowed_hosts: list[str] | None = None) -> FastAPI:
    """The explorer over an open database. ``allowed_hosts``: Host header values answered
    (None: any)."""
    app = FastAPI(title="dateline explorer", version=__version__,
                  description="Events, articles, dyads, networks and places of a dateline "
                              "database. Every page has a JSON twin (the same path + .json).",
                  docs_url=None, redoc_url=None)  # their pages load scripts from a CDN
    app.state.db = db
    templates = Jinja2Templates(directory=str(resources.files("dateline.web") / "templates"))
    templates.env.globals.update(qs=_query_string, db_path=db.path, facets=db.facets,
                                 version=__version__)
    app.state.templates = templates
    _add_error_handlers(app)
    from .api import router as api_router
    from .pages import router as page_router

    app.include_router(api_router)
    app.include_router(page_router)
    app.mount("/static", StaticFiles(directory=str(resources.files("dateline.web") / "static")),
              name="static")
    if allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(HeadAsGet)
    return app


def _query_string(values: dict[str, Any], **changes: Any) -> str:
    """``?a=1&b=2`` from filter values, with some changed (None drops a key)."""
    merged = {**values, **changes}
    pairs = {k: v for k, v in merged.items() if v is not None and v != ""}
    return "?" + urlencode(pairs) if pairs else ""


def error_response(request: Request, status: int, code: str, text: str,
                   problems: list[dict] | None = None) -> Response:
    """One error shape for the API; an HTML page saying the same for the pages."""
    body = {"error": {"status": status, "code": code, "message": text, "problems": problems or []}}
    if wants_json(request):
        return JSONResponse(body, status_code=status)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, "error.html", {"error": body["error"]},
                                      status_code=status)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ExplorerError)
    async def explorer_error(request: Request, exc: ExplorerError) -> Response:
        return error_response(request, exc.status, exc.code, str(exc), exc.problems)

    @app.exception_handler(DatelineError)
    async def dateline_error(request: Request, exc: DatelineError) -> Response:
        return error_response(request, ERROR_STATUS.get(exc.code, 422), exc.code, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = [{"parameter": str(e["loc"][-1]) if e.get("loc") else "?",
                     "problem": e.get("msg", "invalid")} for e in exc.errors()]
        first = problems[0] if problems else {"parameter": "?", "problem": "invalid"}
        text = message("E604", name=first["parameter"], detail=first["problem"])
        return error_response(request, 422, "E604", text, problems)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404:
            return error_response(request, 404, "E606", message("E606", path=request.url.path))
        if exc.status_code == 405:
            return error_response(request, 405, "E608", message(
                "E608", method=request.method, path=request.url.path))
        return error_response(request, exc.status_code, "E604", str(exc.detail))

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        LOG.exception("request %s failed", request.url.path)
        return error_response(request, 500, "E607", message("E607"))


def html(request: Request, template: str, context: dict[str, Any]) -> HTMLResponse:
    """Render a page template."""
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, template, context)
