"""A process SIGKILLed mid-ingest loses nothing committed, leaves no partial batch, and a re-run
of the same input adds exactly what was missing."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from watchfloor.store import open_store

N_ARTICLES = 2400
BATCH = 20
EVENTS_PER_ARTICLE = 3

CHILD = textwrap.dedent(f"""
    import sys
    from watchfloor.model import Actor, Article, Event, Place, TextSpan
    from watchfloor.store import open_store

    def items():
        for i in range({N_ARTICLES}):
            text = f"Report {{i}}: troops deployed near Djanet; clashes near Ghat; talks in Algiers."
            article = Article(text=text, id=f"doc-{{i}}", published="2025-06-10")
            events = [Event(doc_id=article.id, type="MOBILIZE", cameo="154", quad_class=4,
                            goldstein=-7.2, trigger=TextSpan(10 + k, 18 + k, "deployed"),
                            evidence=TextSpan(0, len(text), text), date="2025-06-01",
                            actor1=Actor("troops", 12, 18, country="DZA", sector="MIL"),
                            location=Place(start=31, end=37, text="Djanet", name="Djanet",
                                           lat=24.55, lon=9.48, country="DZA", border_km=60.0,
                                           border_with="LBY"))
                      for k in range({EVENTS_PER_ARTICLE})]
            yield article, events

    batch = []
    with open_store(sys.argv[1]) as store:
        for item in items():
            batch.append(item)
            if len(batch) == {BATCH}:
                r = store.add_batch(batch)
                print(r.articles_added, r.articles_skipped, r.events_added, flush=True)
                batch = []
        if batch:
            r = store.add_batch(batch)
            print(r.articles_added, r.articles_skipped, r.events_added, flush=True)
""")


def _spawn(script, db):
    return subprocess.Popen([sys.executable, str(script), str(db)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _kill_after(proc, n_lines):
    """Read n_lines committed-batch reports, then SIGKILL the child (usually mid-transaction)."""
    for _ in range(n_lines):
        line = proc.stdout.readline()
        assert line, proc.stderr.read()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    proc.stdout.close()
    proc.stderr.close()


def _check_consistent(db, at_least_batches):
    with open_store(db) as store:
        con = store._connection()
        articles = store.count_articles()
        events = store.count_events()
        distinct = con.execute("SELECT count(DISTINCT event_id) FROM events").fetchone()[0]
        per_article = con.execute("SELECT DISTINCT n FROM (SELECT count(*) n FROM events "
                                  "GROUP BY doc_id)").fetchall()
    assert articles >= at_least_batches * BATCH  # nothing reported as committed was lost
    assert articles % BATCH == 0  # no partial batch
    assert events == distinct == articles * EVENTS_PER_ARTICLE
    assert per_article in ([], [(EVENTS_PER_ARTICLE,)])
    return articles


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_sigkill_mid_ingest_then_resume(tmp_path):
    script = tmp_path / "ingest_child.py"
    script.write_text(CHILD)
    db = tmp_path / "kill.duckdb"

    _kill_after(_spawn(script, db), 15)
    stored = _check_consistent(db, 15)
    assert stored < N_ARTICLES, "the child finished before it was killed; raise N_ARTICLES"

    # Kill the resumed run too, once it is past what was already stored.
    proc = _spawn(script, db)
    skipped_batches = stored // BATCH
    _kill_after(proc, skipped_batches + 10)
    stored_2 = _check_consistent(db, skipped_batches + 10)
    assert stored_2 > stored

    # A run to completion adds exactly what is missing.
    proc = _spawn(script, db)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    totals = [sum(int(line.split()[k]) for line in out.splitlines()) for k in range(3)]
    assert totals == [N_ARTICLES - stored_2, stored_2,
                      (N_ARTICLES - stored_2) * EVENTS_PER_ARTICLE]
    assert _check_consistent(db, N_ARTICLES // BATCH) == N_ARTICLES
