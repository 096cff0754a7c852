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

__all__ = [
    "BANDS",
    "NUM_PERM",
    "ROWS",
    "NearDuplicateIndex",
    "band_keys",
    "is_legacy",
    "shingles",
    "signature",
    "similarity",
]

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 5
_WORD = re.compile(r"\w+", re.UNICODE)
# One 64-bit seed per permutation: h_i(s) = fmix64(blake2b64(s) XOR seed_i). fmix64 (MurmurHash3's
# finaliser) is a bijection on 64-bit integers with full avalanche, so each seed gives an
# independent-looking permutation of the shingle hashes.
_SEEDS = np.random.default_rng(20250610).integers(0, np.iinfo(np.uint64).max, NUM_PERM,
                                                  dtype=np.uint64, endpoint=True)
_M1, _M2 = np.uint64(0xFF51AFD7ED558CCD), np.uint64(0xC4CEB9FE1A85EC53)
_S33 = np.uint64(33)
# The first signatures (before issue 5's fix) were a*x + b with 31-bit x and these a, b: affine,
# so every "permutation" kept the same shingle. ``is_legacy`` recognises them so they can be
# recomputed.
_legacy_rng = np.random.default_rng(20250610)
_LEGACY_A = _legacy_rng.integers(1, 1 << 31, NUM_PERM, dtype=np.uint64)
_LEGACY_B = _legacy_rng.integers(0, 1 << 31, NUM_PERM, dtype=np.uint64)


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """The set of k-word shingles of the lower-cased words (the whole text when shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) <= k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def _fmix64(x: np.ndarray) -> np.ndarray:
    x = x ^ (x >> _S33)
    x = x * _M1  # uint64 arrays wrap modulo 2**64, which is what the mix wants
    x = x ^ (x >> _S33)
    x = x * _M2
    return x ^ (x >> _S33)


def signature(text: str) -> np.ndarray:
    """NUM_PERM minimum hashes (uint64) of the text's shingles, one per seeded permutation."""
    sh = shingles(text)
    if not sh:
        return np.full(NUM_PERM, np.iinfo(np.uint64).max, dtype=np.uint64)
    x = np.frombuffer(b"".join(hashlib.blake2b(s.encode(), digest_size=8).digest() for s in sh),
                      dtype="<u8").astype(np.uint64)
    with np.errstate(over="ignore"):
        hashed = _fmix64(x[:, None] ^ _SEEDS[None, :])
    return hashed.min(axis=0)


def is_legacy(sig: np.ndarray) -> bool:
    """True for a signature made by the first, broken ``signature`` (stored before the fix):
    every value is ``a_i * x + b_i`` for one shingle hash ``x``."""
    if sig.shape != (NUM_PERM,):
        return False
    first = int(sig[0])
    if first < int(_LEGACY_B[0]) or (first - int(_LEGACY_B[0])) % int(_LEGACY_A[0]):
        return False
    x = (first - int(_LEGACY_B[0])) // int(_LEGACY_A[0])
    return bool(np.all(sig == _LEGACY_A * np.uint64(x) + _LEGACY_B))


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
