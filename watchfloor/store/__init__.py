"""Storage: one ``Store`` interface; DuckDB now, PostgreSQL/PostGIS with issue 7.

    with open_store("watchfloor.duckdb") as store:
        store.add_batch([(article, events)])
        store.query_events(EventFilter(types=["MOBILIZE"], border=("DZA", "LBY", 100)))
"""
from __future__ import annotations

from watchfloor.store.base import (
    DEFAULT_DB,
    BackendNotAvailable,
    EventFilter,
    IngestResult,
    Store,
    StoreError,
    open_store,
    parse_db_url,
)

__all__ = ["DEFAULT_DB", "BackendNotAvailable", "EventFilter", "IngestResult", "Store", "StoreError",
           "open_store", "parse_db_url"]
