"""``/api/health``: is the store there, how much does it hold, what is switched on."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from watchfloor import __version__
from watchfloor.web.deps import ERRORS, StateDep
from watchfloor.monitor.state import MonitorDB
from watchfloor.web.schemas import Health

router = APIRouter(tags=["health"], responses={503: ERRORS[503]})


@router.get("/health", response_model=Health, summary="Liveness and store counts")
def health(s: StateDep) -> dict[str, Any]:
    articles, events = s.queries.counts()
    version = getattr(s.store, "schema_version", None)
    return {"status": "ok", "version": __version__, "store": s.store.url,
            "schema_version": version if isinstance(version, int) else None,
            "articles": articles, "events": events, "writable": s.token is not None,
            "monitor": MonitorDB(s.store).has_tables()}
