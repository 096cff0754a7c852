"""One router per resource; ``create_app`` includes them all under ``/api``."""
from __future__ import annotations

from watchfloor.web.routers import (
           actors,
           alerts,
           articles,
           events,
           geo,
           health,
           ingest,
           places,
)

__all__ = ["ROUTERS"]

ROUTERS = (health.router, events.router, articles.router, actors.router, places.router,
           alerts.router, geo.router, ingest.router)
