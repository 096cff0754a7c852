"""Files written whole or not at all, even when several processes write the same one at once.

Two ``watchfloor`` commands started together on a fresh machine both build the gazetteer and
border caches; each must write its own temporary file, or one renames the other's away.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

__all__ = ["replacing"]


@contextmanager
def replacing(path: str | Path, mode: str = "wb", **open_args: Any) -> Iterator[IO[Any]]:
    """Yield a file that takes ``path``'s place when the block ends without error.

    The file is a uniquely named sibling of ``path`` (same directory, so the rename is atomic);
    a reader sees the old content or the new, never half of it, and a failed write leaves no
    temporary file behind.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, **open_args) as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
