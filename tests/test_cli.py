"""The command line end to end: real model, real gazetteer, real DuckDB file."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "reports.jsonl"
CLI = [sys.executable, "-m", "watchfloor.cli"]

pytestmark = pytest.mark.slow


def run(*args: str, input: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], input=input.decode() if input else None, capture_output=True,
                          text=True, cwd=cwd or ROOT, timeout=600)


def jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_help_teaches_every_verb() -> None:
    top = run("--help")
    assert top.returncode == 0
    for verb in ("extract", "geoparse", "ingest", "events", "watch", "alerts", "serve", "spark", "train",
                 "gazetteer"):
        assert verb in top.stdout
        sub = run(verb, "--help")
        assert sub.returncode == 0 and "example" in sub.stdout.lower(), verb


def test_extract_contract_fields_and_offsets() -> None:
    p = run("extract", "--input", str(SAMPLES), "--format", "jsonl")
    assert p.returncode == 0, p.stderr
    events = jsonl(p.stdout)
    texts = {json.loads(line)["id"]: json.loads(line)["text"] for line in SAMPLES.read_text().splitlines()}
    assert len({e["doc_id"] for e in events}) >= 5
    for e in events:
        text = texts[e["doc_id"]]
        for key in ("trigger", "evidence"):
            assert text[e[key]["start"]:e[key]["end"]] == e[key]["text"]
        for key in ("actor1", "actor2", "location"):
            if e[key] is not None:
                assert text[e[key]["start"]:e[key]["end"]] == e[key]["text"]
        assert 0 <= e["confidence"] <= 1 and e["quad_class"] in (1, 2, 3, 4)
        assert e["factuality"] in ("asserted", "reported", "speculative", "negated", "future")
    types = {e["type"] for e in events}
    assert {"ASSAULT", "MOBILIZE", "PROTEST"} <= types


def test_extract_formats_table_csv_geojson(tmp_path: Path) -> None:
    table = run("extract", "--input", str(SAMPLES))
    assert table.returncode == 0 and "MOBILIZE" in table.stdout
    csv_out = run("extract", "--input", str(SAMPLES), "--format", "csv")
    assert csv_out.stdout.splitlines()[0].startswith(("doc_id", "event_id"))
    gj = json.loads(run("extract", "--input", str(SAMPLES), "--format", "geojson").stdout)
    assert gj["type"] == "FeatureCollection" and gj["features"]
    assert all(-180 <= f["geometry"]["coordinates"][0] <= 180 for f in gj["features"])
    out = tmp_path / "e.parquet"
    assert run("extract", "--input", str(SAMPLES), "--format", "parquet", "--output", str(out)).returncode == 0
    import pyarrow.parquet as pq

    assert pq.read_table(out).num_rows > 0


def test_bad_documents_reported_rest_go_on(tmp_path: Path) -> None:
    good = {"id": "good", "text": "Rebels attacked an army base near Goma on Monday, killing three soldiers."}
    (tmp_path / "docs.jsonl").write_text(json.dumps(good) + "\n{broken\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00garbage")
    (tmp_path / "fr.txt").write_text(
        "Les forces du maréchal Haftar se sont déployées près de la frontière algérienne mardi, "
        "selon des responsables locaux qui ont demandé l'anonymat.", encoding="utf-8")
    p = run("extract", "--input", str(tmp_path), "--format", "jsonl")
    assert p.returncode == 1
    assert "docs.jsonl:2" in p.stderr and "malformed JSON" in p.stderr
    assert "bad.txt" in p.stderr
    assert "fr" in p.stderr and "not English" in p.stderr
    events = jsonl(p.stdout)
    assert events and {e["doc_id"] for e in events} == {"good"}


def test_stdin_plain_text() -> None:
    p = run("extract", "--input", "-", "--format", "jsonl",
            input=b"Police arrested twenty protesters in Dakar on Friday.")
    assert p.returncode == 0, p.stderr
    assert any(e["type"] in ("COERCE", "PROTEST") for e in jsonl(p.stdout))


def test_ingest_is_idempotent_and_events_filter(tmp_path: Path) -> None:
    db = tmp_path / "wf.duckdb"
    first = run("ingest", str(SAMPLES), "--db", str(db))
    assert first.returncode == 0, first.stderr
    n1 = len(jsonl(run("events", "--db", str(db), "--format", "jsonl", "--limit", "100000", "--mentions").stdout))
    c1 = jsonl(run("events", "--db", str(db), "--format", "jsonl", "--limit", "100000").stdout)
    assert 0 < len(c1) <= n1 and sum(c["mentions"] for c in c1) == n1  # one row per cluster
    second = run("ingest", str(SAMPLES), "--db", str(db))
    assert "ingested 0 new" in second.stderr
    n2 = len(jsonl(run("events", "--db", str(db), "--format", "jsonl", "--limit", "100000", "--mentions").stdout))
    assert n1 == n2
    assert jsonl(run("events", "--db", str(db), "--format", "jsonl", "--limit", "100000").stdout) == c1
    assaults = jsonl(run("events", "--db", str(db), "--format", "jsonl", "--type", "ASSAULT").stdout)
    assert assaults and all(e["type"] == "ASSAULT" for e in assaults)
    # Within 150 km of Ghat (Libya, by the Algerian border) only the Fezzan report's events.
    near = jsonl(run("events", "--db", str(db), "--format", "jsonl", "--near", "24.96,10.17", "--km", "300").stdout)
    assert near and {e["doc_id"] for e in near} == {"sample-fezzan-deployment"}
    border = jsonl(run("events", "--db", str(db), "--format", "jsonl", "--border", "DZA-LBY", "--km", "150").stdout)
    assert border and all(e["location"]["country"] in ("DZA", "LBY") for e in border)


def test_killed_ingest_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    docs = [json.loads(line) for line in SAMPLES.read_text().splitlines() if line.strip()]
    big = tmp_path / "big.jsonl"
    with big.open("w", encoding="utf-8") as f:
        for i in range(40):
            for d in docs:
                f.write(json.dumps({**d, "id": f"{d['id']}-{i}", "text": d["text"] + f" (Copy {i}.)"}) + "\n")
    db = tmp_path / "wf.duckdb"
    proc = subprocess.Popen([*CLI, "ingest", str(big), "--db", str(db), "--batch-size", "8", "--verbose",
                             "--workers", "1"], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    for line in proc.stderr:
        if "committed batch 2" in line:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "ingest finished before it could be killed"
    every = ("--format", "jsonl", "--limit", "1000000", "--mentions")
    partial = len(jsonl(run("events", "--db", str(db), *every).stdout))
    assert partial > 0
    resumed = run("ingest", str(big), "--db", str(db), "--batch-size", "8")
    assert resumed.returncode == 0, resumed.stderr
    events = jsonl(run("events", "--db", str(db), *every).stdout)
    ids = [e["event_id"] for e in events]
    assert len(ids) == len(set(ids)), "duplicated events after resume"
    fresh_db = tmp_path / "fresh.duckdb"
    assert run("ingest", str(big), "--db", str(fresh_db), "--batch-size", "8").returncode == 0
    fresh = jsonl(run("events", "--db", str(fresh_db), *every).stdout)
    assert sorted(ids) == sorted(e["event_id"] for e in fresh)
    # every mention clustered exactly once, the ones stored before the kill included
    clustered = jsonl(run("events", "--db", str(db), "--format", "jsonl", "--limit", "1000000").stdout)
    assert all(c["cluster_id"] for c in clustered)
    assert sum(c["mentions"] for c in clustered) == len(ids)


def test_workers_give_the_same_events_as_one_process(tmp_path: Path) -> None:
    docs = [json.loads(line) for line in SAMPLES.read_text().splitlines() if line.strip()]
    inp = tmp_path / "many.jsonl"
    with inp.open("w", encoding="utf-8") as f:
        for i in range(8):
            for d in docs:
                f.write(json.dumps({**d, "id": f"{d['id']}-{i}"}) + "\n")
    one = run("extract", "--input", str(inp), "--format", "jsonl", "--workers", "1")
    two = run("extract", "--input", str(inp), "--format", "jsonl", "--workers", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout and one.stdout
