"""The packaged SQL migrations of each backend: ``schema/<dialect>/NNN_description.sql``."""
from __future__ import annotations

from importlib import resources

from watchfloor.store.base import StoreError

__all__ = ["load_migrations"]


def load_migrations(dialect: str) -> list[tuple[int, str, str]]:
    """``(version, file name, sql)`` for ``dialect`` ("duckdb" or "postgis"), oldest first."""
    folder = resources.files("watchfloor.store").joinpath("schema", dialect)
    out = []
    for entry in folder.iterdir():
        name = entry.name
        if not name.endswith(".sql"):
            continue
        number = name.split("_", 1)[0]
        if not number.isdigit():
            raise StoreError(f"migration file {name!r} must be named NNN_description.sql")
        out.append((int(number), name, entry.read_text(encoding="utf-8")))
    out.sort()
    versions = [v for v, _, _ in out]
    if len(set(versions)) != len(versions):
        raise StoreError(f"two migrations share a version number: {versions}")
    return out
