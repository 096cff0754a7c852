"""Near-duplicate detection (issue 5): MinHash signatures estimate shingle Jaccard similarity.

The first ``signature`` hashed shingles with ``a*x + b`` that never wrapped its modulus: every
"permutation" kept the same order, so one shared shingle decided the whole signature and
unrelated reports scored as copies.
"""
from __future__ import annotations

import hashlib

import numpy as np

from watchfloor.model import Article
from watchfloor.monitor import Watcher, parse_config
from watchfloor.monitor.dedupe import (
    _LEGACY_A,
    _LEGACY_B,
    NUM_PERM,
    NearDuplicateIndex,
    is_legacy,
    shingles,
    signature,
    similarity,
)
from watchfloor.monitor.testing import marker_extract
from watchfloor.store import open_store

BOILERPLATE = ("Reporting by the Tripoli bureau; editing by the Africa desk. Our standards: "
               "the Trust Principles. ")

GHAT = BOILERPLATE + (
    "Forces loyal to Field Marshal Khalifa Haftar deployed armoured units near Ghat in "
    "south-western Libya on Tuesday, local officials said. The convoy of some forty vehicles left "
    "Sebha over the weekend and reached the area close to the Algerian border late on Monday, "
    "where residents described long lines of trucks and fuel tankers on the desert road.")
NIAMEY = BOILERPLATE + (
    "Thousands of people marched through Niamey on Saturday to demand the departure of foreign "
    "troops, chanting slogans outside the national assembly before police dispersed the crowd "
    "with tear gas. Organisers said a second march would be held next week in Zinder and Maradi.")
DARFUR = BOILERPLATE + (
    "Fighting between the army and the Rapid Support Forces resumed on the outskirts of El Fasher "
    "on Sunday, aid groups said, forcing hundreds of families to flee towards Tawila. A hospital "
    "in the north of the city was hit by shelling for the third time this month.")


def jaccard(a: str, b: str) -> float:
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb)


def test_unrelated_reports_sharing_a_byline_are_not_copies() -> None:
    for a, b in ((GHAT, NIAMEY), (GHAT, DARFUR), (NIAMEY, DARFUR)):
        assert jaccard(a, b) < 0.2
        assert similarity(signature(a), signature(b)) < 0.2
    idx = NearDuplicateIndex(0.8)
    idx.add("ghat", signature(GHAT))
    idx.add("niamey", signature(NIAMEY))
    assert idx.query(signature(DARFUR)) is None


def test_a_lightly_edited_syndicated_copy_is_one() -> None:
    copy = ("AFP - " + GHAT.replace("on Tuesday", "on Tuesday morning")
            + " A spokesman declined to comment.")
    assert jaccard(GHAT, copy) > 0.8
    assert similarity(signature(GHAT), signature(copy)) > 0.8
    idx = NearDuplicateIndex(0.8)
    idx.add("niamey", signature(NIAMEY))
    idx.add("ghat", signature(GHAT))
    hit = idx.query(signature(copy))
    assert hit is not None and hit[0] == "ghat"


def test_each_permutation_orders_shingles_its_own_way() -> None:
    # A shingle's own signature is its hash under every permutation: find which shingle gives
    # each minimum. Independent permutations pick many different shingles; the broken hash
    # picked the same one for all NUM_PERM.
    text = GHAT + " " + NIAMEY
    sig = signature(text)
    own = {s: signature(s) for s in shingles(text)}
    winners = {s for i in range(NUM_PERM) for s, h in own.items() if h[i] == sig[i]}
    assert len(winners) > NUM_PERM // 2


def test_estimates_track_true_jaccard() -> None:
    words = GHAT.split() + NIAMEY.split() + DARFUR.split()
    errors = []
    for cut in range(10, 60, 5):
        a = " ".join(words[:60])
        b = " ".join(words[cut:cut + 60])
        errors.append(similarity(signature(a), signature(b)) - jaccard(a, b))
    assert abs(float(np.mean(errors))) < 0.05 and max(abs(e) for e in errors) < 0.2


def legacy_signature(text: str) -> np.ndarray:
    x = np.fromiter((int.from_bytes(hashlib.blake2b(s.encode(), digest_size=4).digest(), "little")
                     >> 1 for s in shingles(text)), dtype=np.uint64)
    return (x[:, None] * _LEGACY_A[None, :] + _LEGACY_B[None, :]).min(axis=0)


def test_signatures_stored_by_the_broken_hash_are_recomputed(tmp_path) -> None:
    assert is_legacy(legacy_signature(GHAT)) and not is_legacy(signature(GHAT))
    db = tmp_path / "wf.duckdb"
    cfg = parse_config({"sources": [{"name": "drop", "jsonl": str(tmp_path / "none.jsonl")}]})
    with open_store(db) as store:
        store.add_batch([(Article(text=GHAT, id="ghat"), [])])
        with store.transaction() as sql:
            sql.execute("INSERT INTO wf_mon_minhash VALUES (?, ?)",
                        ["ghat", [int(v) for v in legacy_signature(GHAT).tolist()]])
        watcher = Watcher(cfg, store, extract_fn=marker_extract, log=lambda m: None)
        watcher.close()
        with store.connection() as sql:
            ((stored,),) = sql.execute("SELECT sig FROM wf_mon_minhash WHERE doc_id = 'ghat'")
    assert np.array_equal(np.array(stored, dtype=np.uint64), signature(GHAT))
    assert np.array_equal(watcher.index.sigs["ghat"], signature(GHAT))
