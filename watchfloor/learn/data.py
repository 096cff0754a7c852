"""What every learned model shares: reading an analyst's JSONL, its checksum, k-fold splits,
and the model file on disk.

Kept apart from the models so that ``evloc`` and ``events`` report bad data with the same
``file:LINE`` messages and write their weights the same safe way.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

from watchfloor.atomic import replacing

__all__ = ["DataError", "ProgressFn", "analyst_model_path", "assign_folds", "file_sha256", "jsonl_objects",
           "read_model", "save_atomic"]

ProgressFn = Callable[[Iterable[Any]], Iterable[Any]]


class DataError(ValueError):
    """Training data that cannot be used; the message names the file and line."""


def jsonl_objects(path: str | Path) -> Iterator[tuple[int, str, Any]]:
    """(line number, ``"file:LINE"``, parsed JSON) for each non-blank line of a JSONL file.

    Raises ``FileNotFoundError`` for a missing file and ``DataError`` for a line that is not JSON.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such file")
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DataError(f"{where}: not JSON ({exc.msg})") from None
            yield n, where, obj


def file_sha256(path: str | Path) -> str:
    """The data file's checksum, kept in a model's provenance so it can be rebuilt."""
    h = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def assign_folds(n: int, k: int, seed: int) -> np.ndarray:
    """The fold (0..k-1) of each of ``n`` items: a seeded shuffle, so training is reproducible."""
    order = np.random.default_rng(seed).permutation(n)
    fold_of = np.empty(n, dtype=int)
    fold_of[order] = np.arange(n) % k
    return fold_of


def analyst_model_path(name: str) -> Path:
    """Where ``watchfloor train`` writes an analyst's model: ``$WATCHFLOOR_HOME/models/NAME``."""
    from watchfloor.geo.gazetteer import cache_dir

    return cache_dir() / "models" / name


def save_atomic(text: str, path: str | Path) -> Path:
    """Write atomically (a half-written file must never be loaded by the coder)."""
    path = Path(path)
    with replacing(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    return path


def read_model(path: str | Path, fmt: str, what: str) -> dict[str, Any]:
    """A model file's JSON; ``ValueError`` naming ``what`` when its format is not ``fmt``."""
    data: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
    if data.get("format") != fmt:
        raise ValueError(f"{path}: not {what} (format {data.get('format')!r})")
    return data
