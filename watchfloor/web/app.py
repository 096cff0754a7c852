"""The FastAPI app: the REST API under ``/api``, the dashboard at ``/``, OpenAPI at ``/docs``.

    app = create_app("watchfloor.duckdb")        # read-only unless WATCHFLOOR_TOKEN is set
    uvicorn.run(app, host="127.0.0.1", port=8000)

Everything the page needs is served from the package (``static/``, with the vendored Leaflet and
Swagger UI), so the dashboard and ``/docs`` work with no network.
"""
from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import AsyncIterator
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from watchfloor import __version__
from watchfloor.store import Store, StoreError, open_store, parse_db_url
from watchfloor.web.deps import WebState
from watchfloor.web.queries import Queries, QueryTimeout
from watchfloor.web.routers import ROUTERS

__all__ = ["QUERY_SECONDS", "STATIC_DIR", "create_app"]

STATIC_DIR = Path(str(resources.files("watchfloor.web").joinpath("static")))
QUERY_SECONDS = 10.0

# The page loads only its own scripts: even if article text were ever put into the page as
# HTML by mistake, an injected <script> or on* handler would not run. Online tiles (a toggle,
# off by default) are the one outside source.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data: https://tile.openstreetmap.org; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'")

DESCRIPTION = """\
Events coded from news reports (PLOVER, CAMEO, ACLED), with the sentence that says so.

Read-only unless the server is started with a token (`WATCHFLOOR_TOKEN`); then `POST /api/ingest`
takes articles with `Authorization: Bearer <token>`. List endpoints page with `limit`
(at most 1000) and `offset`; every error is JSON `{"detail": …}`.
"""


def _open(db_url: str | None, *, writable: bool) -> Store:
    """The store, read-only unless ingestion is on. A missing DuckDB file is created (empty)."""
    if writable:
        return open_store(db_url)
    backend, target = parse_db_url(db_url)
    if backend == "duckdb" and target != ":memory:" and not os.path.exists(target):
        open_store(db_url).close()
    if backend == "duckdb" and target == ":memory:":
        return open_store(db_url)
    return open_store(db_url, read_only=True)


def create_app(db_url: str | None, *, token_env: str = "WATCHFLOOR_TOKEN",
               query_seconds: float = QUERY_SECONDS) -> FastAPI:
    """The watchfloor web app over the store ``db_url`` names.

    db_url: a ``--db`` value (None: ``./watchfloor.duckdb``).
    token_env: the environment variable holding the ingestion token; unset or empty, the app
        is read-only (the store is opened read-only and ``POST /api/ingest`` answers 403).
    query_seconds: a query running longer is cancelled and answered with 503.
    RETURNS (FastAPI): the app; close its store (``app.state.watchfloor.store``) when done.
    """
    token = os.environ.get(token_env) or None
    store = _open(db_url, writable=token is not None)
    web = WebState(store=store, queries=Queries(store, seconds=query_seconds), token=token,
                   token_env=token_env)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from watchfloor.web.basemap import countries_geojson

        # Simplifying the outlines takes a few seconds: do it before the first page asks.
        threading.Thread(target=countries_geojson, name="basemap", daemon=True).start()
        # The store stays open across lifespans (test clients run one per request); whoever
        # created the app closes it: ``app.state.watchfloor.store.close()``.
        yield

    app = FastAPI(title="watchfloor", version=__version__, description=DESCRIPTION,
                  docs_url=None, redoc_url=None, lifespan=lifespan)
    app.state.watchfloor = web
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    for router in ROUTERS:
        app.include_router(router, prefix="/api")
    _add_errors(app)
    _add_pages(app)
    return app


def _add_errors(app: FastAPI) -> None:
    @app.exception_handler(QueryTimeout)
    async def timeout(request: Request, exc: QueryTimeout) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=503, headers={"Retry-After": "5"})

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse({"detail": f"database error: {exc}"}, status_code=503)

    @app.exception_handler(ValueError)
    async def value_error(request: Request, exc: ValueError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"no such endpoint: {request.url.path} (see /docs)"
        if exc.status_code == 405:
            detail = f"{request.method} is not allowed on {request.url.path}; the API is read-only " \
                     "except POST /api/ingest"
        return JSONResponse({"detail": detail}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))



def _add_pages(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    vendor = "/static/vendor/swagger-ui-dist"

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html",
                            headers={"Content-Security-Policy": CSP, "Cache-Control": "no-cache",
                                     "X-Content-Type-Options": "nosniff"})

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="watchfloor API",
                                   swagger_js_url=f"{vendor}/swagger-ui-bundle.js",
                                   swagger_css_url=f"{vendor}/swagger-ui.css",
                                   swagger_favicon_url=f"{vendor}/favicon-32x32.png")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return FileResponse(STATIC_DIR / "favicon.svg", media_type="image/svg+xml")

