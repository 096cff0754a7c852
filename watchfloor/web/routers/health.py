"""``/api/health``: is the store there, how much does it hold, what is switched on."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from watchfloor import __version__
from watchfloor.monitor.state import MonitorDB
from watchfloor.store import StoreError
from watchfloor.web.deps import ERRORS, StateDep
from watchfloor.web.schemas import Health

router = APIRouter(tags=["health"], responses={503: ERRORS[503]})


@router.get("/health", response_model=Health, summary="Liveness and store counts")
def health(s: StateDep) -> dict[str, Any]:
    articles, events = s.queries.counts()
    version = getattr(s.store, "schema_version", None)
    return {"status": "ok", "version": __version__, "store": s.store.url,
            "schema_version": version if isinstance(version, int) else None,
            "articles": articles, "events": events, "writable": s.token is not None,
            "monitor": _watched(s.store)}


def _watched(store: Any) -> bool:
    """Whether a watcher has used this store's database (a backend without the monitor's
    tables: never)."""
    try:
        return MonitorDB(store).watched()
    except StoreError:
        return False
