"""``/api/alerts``: alerts raised by watch rules; ``/api/rules``: the rules behind them.

Alerts are read from the monitor's tables in the same database (``watchfloor watch`` writes
them); a database no watcher has used has none. The web app does not load a watch config, so
``/api/rules`` lists the rule names that have raised alerts.
"""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from watchfloor.monitor.watch import list_alerts as monitor_alerts
from watchfloor.web.deps import ERRORS, StateDep
from watchfloor.web.schemas import ItemList

router = APIRouter(tags=["alerts"], responses=ERRORS)


@router.get("/alerts", response_model=ItemList, summary="Alerts raised by watch rules (newest first)")
def list_alerts(s: StateDep, limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> dict[str, Any]:
    items = monitor_alerts(s.store, limit=limit)
    return {"items": items, "total": len(items),
            "note": None if items else "no alerts yet: `watchfloor watch CONFIG.yaml` raises them"}


@router.get("/rules", response_model=ItemList, summary="Watch rules that have raised alerts")
def list_rules(s: StateDep) -> dict[str, Any]:
    counts: dict[str, int] = {}
    for alert in monitor_alerts(s.store):
        counts[alert["rule"]] = counts.get(alert["rule"], 0) + 1
    items = [{"rule": name, "alerts": n} for name, n in sorted(counts.items())]
    return {"items": items, "total": len(items),
            "note": None if items else "no rule has raised an alert in this database yet"}
