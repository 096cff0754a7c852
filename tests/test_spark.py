"""The Spark job on local[2] (issue 7): same events as the in-process pipeline, GeoParquet
metadata, Parquet input, and loading into PostgreSQL. Slow: the JVM starts once per module."""
from __future__ import annotations

import argparse
import json
import struct
from pathlib import Path

import pytest

pytest_plugins = ["conftest_pg"]
pytestmark = [pytest.mark.spark, pytest.mark.slow]

pytest.importorskip("pyspark")
pytest.importorskip("pandas")  # mapInArrow needs it (pyspark[sql])
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from watchfloor.model import Article, Event

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "reports.jsonl"


@pytest.fixture(scope="module")
def spark():
    import shutil

    if shutil.which("java") is None:
        pytest.skip("no Java runtime (install openjdk-17-jre-headless)")
    from watchfloor.scale.spark import build_session

    session = build_session("local[2]", app_name="watchfloor-tests")
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def expected() -> dict[str, Event]:
    from watchfloor.pipeline import process_batch

    articles = [Article.from_dict(json.loads(line)) for line in SAMPLES.open() if line.strip()]
    events = [e for r in process_batch(articles) for e in r.events]
    assert events, "the samples must give events for this test to mean anything"
    return {e.event_id: e for e in events}


def read_events(folder: Path) -> tuple[list[pa.Table], pa.Table]:
    tables = [pq.read_table(p) for p in sorted(folder.glob("part-*.parquet"))]
    return tables, pa.concat_tables(tables)


def test_jsonl_to_geoparquet_matches_the_pipeline(spark, tmp_path, expected):
    from watchfloor.scale.spark import run_job

    out = tmp_path / "events"
    stats = run_job(spark, str(SAMPLES), str(out), partitions=2)
    assert (stats.articles, stats.partitions, stats.geo_files) == (6, 2, 2)
    tables, table = read_events(out)
    assert stats.events == table.num_rows == len(expected)
    got = {row["event_id"]: Event.from_dict(json.loads(row["event"]))
           for row in table.select(["event_id", "event"]).to_pylist()}
    assert got == expected  # same events, field for field, as one process gives
    for t in tables:
        geo = json.loads(t.schema.metadata[b"geo"])
        assert geo["version"] == "1.1.0" and geo["primary_column"] == "geometry"
        column = geo["columns"]["geometry"]
        assert column["encoding"] == "WKB" and column["geometry_types"] == ["Point"]
        if t.num_rows:
            min_lon, min_lat, max_lon, max_lat = column["bbox"]
            assert min_lon <= max_lon and min_lat <= max_lat
    for row in table.select(["geometry", "location_lon", "location_lat"]).to_pylist():
        if row["location_lon"] is None:
            assert row["geometry"] is None
            continue
        order, kind, lon, lat = struct.unpack("<BIdd", row["geometry"])
        assert (order, kind) == (1, 1)
        assert (lon, lat) == (row["location_lon"], row["location_lat"])
    # Spark itself reads the rewritten files back (checksums were refreshed).
    assert spark.read.parquet(str(out)).count() == len(expected)


def test_existing_output_is_refused_unless_overwrite(spark, tmp_path):
    from watchfloor.scale.spark import run_job

    out = tmp_path / "events"
    out.mkdir()
    (out / "keep.txt").write_text("x")
    with pytest.raises(Exception, match="(?i)already exists"):
        run_job(spark, str(SAMPLES), str(out))


def test_parquet_input_loads_postgres_idempotently(spark, tmp_path, expected, pg_url):
    from watchfloor.scale.spark import run_job
    from watchfloor.store import open_store

    rows = [json.loads(line) for line in SAMPLES.open() if line.strip()]
    source = tmp_path / "articles.parquet"
    pq.write_table(pa.Table.from_pylist(rows), source)
    for _ in range(2):  # a re-run (a retried job) adds nothing
        stats = run_job(spark, str(source), str(tmp_path / "events"), load_db=pg_url,
                        overwrite=True, partitions=2)
        assert (stats.articles, stats.events) == (len(rows), len(expected))
    with open_store(pg_url) as store:
        assert store.count_articles() == len(rows)
        stored = {e.event_id: e for e in store.query_events()}
    assert stored == expected


def test_load_db_must_be_postgres(spark, tmp_path):
    from watchfloor.scale.spark import run_job

    with pytest.raises(ValueError, match="postgresql"):
        run_job(spark, str(SAMPLES), str(tmp_path / "o"), load_db=str(tmp_path / "x.duckdb"))


def test_cli_parser_wires_the_job():
    from watchfloor.scale.cli import add_spark_parser, cmd_spark

    parser = argparse.ArgumentParser(prog="watchfloor")
    add_spark_parser(parser.add_subparsers(dest="verb"))
    args = parser.parse_args(["spark", "extract", "--input", "in.jsonl", "--output", "out",
                              "--master", "local[2]", "--load-db", "postgresql://h/db"])
    assert (args.input, args.output, args.master, args.load_db) == (
        "in.jsonl", "out", "local[2]", "postgresql://h/db")
    assert args.func is cmd_spark and args.format == "auto" and not args.overwrite
