"""``watchfloor serve``: the argparse wiring, kept here so ``watchfloor.cli`` stays thin.

    from watchfloor.web.cli import add_serve_parser
    add_serve_parser(subparsers)      # sets func=cmd_serve
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import Any

__all__ = ["add_serve_parser", "cmd_serve"]

SERVE_EXAMPLES = """examples:
  watchfloor serve                                  # ./watchfloor.duckdb at http://127.0.0.1:8000/
  watchfloor serve --db demo.duckdb --port 8080
  watchfloor serve --db postgresql://wf@localhost/wf --host 0.0.0.0   # a team's store
  WATCHFLOOR_TOKEN=secret watchfloor serve          # also accept POST /api/ingest"""


def add_serve_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``serve`` verb to an argparse ``subparsers`` object; returns its parser."""
    sp = subparsers.add_parser(
        "serve", help="Serve the REST API and the web map dashboard over a store.",
        epilog=SERVE_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Serve the REST API (OpenAPI at /docs) and the map dashboard at / over a "
                    "store. Read-only unless WATCHFLOOR_TOKEN is set in the environment; then "
                    "POST /api/ingest accepts articles with 'Authorization: Bearer $WATCHFLOOR_TOKEN'.")
    sp.add_argument("--db", metavar="URL",
                    help="database: a DuckDB file path (default ./watchfloor.duckdb) or postgresql://…")
    sp.add_argument("--host", default="127.0.0.1",
                    help="address to listen on (default 127.0.0.1, this machine only)")
    sp.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    sp.set_defaults(func=cmd_serve)
    return sp  # type: ignore[no-any-return]


def cmd_serve(args: argparse.Namespace) -> int:
    """Run the app with uvicorn until interrupted."""
    import uvicorn

    from watchfloor.store import StoreError
    from watchfloor.web.app import create_app

    try:
        app = create_app(args.db)
    except StoreError as exc:
        print(f"watchfloor: {exc}", file=sys.stderr)
        return 1
    mode = "read-write (ingestion on)" if os.environ.get("WATCHFLOOR_TOKEN") else "read-only"
    print(f"watchfloor: serving {app.state.watchfloor.store.url} ({mode}) at "
          f"http://{args.host}:{args.port}/  (API docs: /docs)", file=sys.stderr)
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    finally:
        app.state.watchfloor.store.close()
    return 0
