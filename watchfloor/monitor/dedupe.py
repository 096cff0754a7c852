"""Near-duplicate text detection: word shingles, MinHash signatures, LSH bands.

Two syndicated copies of one wire story differ by a headline, a byline, a trailing paragraph;
their 5-word shingle sets overlap far more than two stories on the same topic do. A signature
of ``NUM_PERM`` minimum hashes estimates the Jaccard similarity of the sets; ``BANDS`` bands of
``ROWS`` rows find candidate pairs without comparing every pair (a pair with similarity s shares
at least one band with probability 1 - (1 - s**ROWS)**BANDS: about 0.98 at s = 0.7).
"""
from __future__ import annotations

import hashlib
import re

import numpy as np

__all__ = ["NUM_PERM", "BANDS", "ROWS", "shingles", "signature", "band_keys", "similarity",
           "NearDuplicateIndex"]

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 5
_PRIME = (1 << 61) - 1
_rng = np.random.default_rng(20250610)
_A = _rng.integers(1, 1 << 31, NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, 1 << 31, NUM_PERM, dtype=np.uint64)
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """The set of k-word shingles of the lower-cased words (the whole text when shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) <= k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def signature(text: str) -> np.ndarray:
    """NUM_PERM minimum hashes (uint64) of the text's shingles."""
    sh = shingles(text)
    if not sh:
        return np.full(NUM_PERM, np.iinfo(np.uint64).max, dtype=np.uint64)
    # 31-bit shingle hashes keep a*x+b below 2**63, so uint64 arithmetic never wraps.
    x = np.fromiter((int.from_bytes(hashlib.blake2b(s.encode(), digest_size=4).digest(), "little")
                     >> 1 for s in sh), dtype=np.uint64, count=len(sh))
    hashed = (x[:, None] * _A[None, :] + _B[None, :]) % np.uint64(_PRIME)
    return hashed.min(axis=0)


def band_keys(sig: np.ndarray) -> list[int]:
    """One 64-bit bucket key per band."""
    out = []
    for b in range(BANDS):
        chunk = sig[b * ROWS:(b + 1) * ROWS].tobytes()
        out.append(int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "little"))
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.mean(a == b))


class NearDuplicateIndex:
    """An in-memory LSH index of signatures by document id (the monitor persists its rows)."""

    def __init__(self, threshold: float = 0.8) -> None:
        self.threshold = threshold
        self.sigs: dict[str, np.ndarray] = {}
        self.buckets: dict[tuple[int, int], list[str]] = {}

    def add(self, doc_id: str, sig: np.ndarray) -> None:
        if doc_id in self.sigs:
            return
        self.sigs[doc_id] = sig
        for band, key in enumerate(band_keys(sig)):
            self.buckets.setdefault((band, key), []).append(doc_id)

    def query(self, sig: np.ndarray) -> tuple[str, float] | None:
        """The most similar indexed document at or over the threshold, with its similarity."""
        best: tuple[str, float] | None = None
        seen: set[str] = set()
        for band, key in enumerate(band_keys(sig)):
            for doc_id in self.buckets.get((band, key), ()):
                if doc_id in seen:
                    continue
                seen.add(doc_id)
                s = similarity(sig, self.sigs[doc_id])
                if s >= self.threshold and (best is None or s > best[1]):
                    best = (doc_id, s)
        return best
