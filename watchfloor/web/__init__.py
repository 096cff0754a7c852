"""The analyst's workspace: a REST API and a web map dashboard over a store (issue 6).

    from watchfloor.web import create_app
    app = create_app("watchfloor.duckdb")

``watchfloor serve`` runs it with uvicorn (``watchfloor.web.cli``).
"""
from __future__ import annotations

from watchfloor.web.app import create_app

__all__ = ["create_app"]
