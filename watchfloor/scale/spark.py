"""The Spark job: articles (JSONL or Parquet) in, events (GeoParquet) out, optionally into PostgreSQL.

    python -m watchfloor.scale.spark --master local[2] --input articles.jsonl --output events/
    spark-submit --master yarn "$(python -c 'import watchfloor.scale.spark as m; print(m.__file__)')" \\
        --input s3a://bucket/articles/ --output s3a://bucket/events/

Each partition of articles runs through ``watchfloor.pipeline.process_batch`` - the very code
``watchfloor extract`` runs - inside ``DataFrame.mapInArrow``. Models (spaCy, gazetteer, actor
dictionary, language id) are loaded once per Python worker process and kept in this module
(``_warm``), so with Spark's default ``spark.python.worker.reuse=true`` an executor core loads
them once, not once per task.

Output: one row per event, the store's flat event columns (``watchfloor.store.duckdb``'s
``_EVENT_SCHEMA``: ``event`` holds the lossless JSON) plus ``geometry``, the location as WKB
(NULL without one). After Spark has written the files, the driver adds GeoParquet 1.1 metadata
(the ``geo`` key, with each file's bbox) to every part file it can reach through
``pyarrow.fs`` (local paths, ``file://``, ``s3://``, ``gs://``, ``hdfs://``).

``load_db="postgresql://..."``: each task also stores its articles and events with
``Store.add_batch``. That is idempotent and safe for concurrent writers, so task retries and
speculative copies neither duplicate nor lose rows.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import math
import os
import struct
import sys
import time
from collections.abc import Iterator, Sequence
from typing import Any

import pyarrow as pa

from watchfloor.model import Article

__all__ = ["EVENT_SCHEMA", "JobStats", "events_table", "point_wkb", "geo_metadata",
           "extract_partition", "run_job", "add_geoparquet_metadata", "build_session", "main"]

GEOPARQUET_VERSION = "1.1.0"
DEFAULT_BATCH = 32


def _event_schema() -> pa.Schema:
    from watchfloor.store.duckdb import _EVENT_SCHEMA

    return _EVENT_SCHEMA.append(pa.field("geometry", pa.binary()))


EVENT_SCHEMA = _event_schema()


@dataclasses.dataclass
class JobStats:
    """What one run of the job did."""

    articles: int
    events: int
    partitions: int
    seconds: float
    output: str
    geo_files: int = 0

    @property
    def docs_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


# --- rows -------------------------------------------------------------------------------------

def point_wkb(lon: float | None, lat: float | None) -> bytes | None:
    """ISO WKB for a point (little-endian), or None when the coordinates are not usable."""
    if lon is None or lat is None or not (math.isfinite(lon) and math.isfinite(lat)):
        return None
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        return None
    return struct.pack("<BIdd", 1, 1, float(lon), float(lat))


def events_table(results: Sequence[Any]) -> pa.Table:
    """The events of ``DocResult``s as a table with ``EVENT_SCHEMA``."""
    from watchfloor.store.duckdb import _event_row

    rows = []
    for res in results:
        for event in res.events:
            row = _event_row(event)
            row["geometry"] = point_wkb(row["location_lon"], row["location_lat"])
            rows.append(row)
    return pa.Table.from_pylist(rows, schema=EVENT_SCHEMA)


def geo_metadata(table: pa.Table) -> dict[str, Any]:
    """GeoParquet 1.1 ``geo`` metadata for an events table (CRS omitted = OGC:CRS84, lon/lat)."""
    import pyarrow.compute as pc

    column: dict[str, Any] = {"encoding": "WKB", "geometry_types": ["Point"]}
    has_geom = pc.is_valid(table["geometry"])
    if table.num_rows and pc.any(has_geom).as_py():
        lon = pc.filter(table["location_lon"], has_geom)
        lat = pc.filter(table["location_lat"], has_geom)
        column["bbox"] = [pc.min(lon).as_py(), pc.min(lat).as_py(),
                          pc.max(lon).as_py(), pc.max(lat).as_py()]
    return {"version": GEOPARQUET_VERSION, "primary_column": "geometry",
            "columns": {"geometry": column}}


def _articles(batch: pa.RecordBatch, fmt: str) -> list[Article]:
    out = []
    if fmt == "jsonl":
        for line in batch.column("value").to_pylist():
            if line and line.strip():
                out.append(Article.from_dict(json.loads(line)))
    else:
        for row in batch.to_pylist():
            if row.get("text"):
                out.append(Article.from_dict({k: v for k, v in row.items() if v is not None}))
    return out


# --- executors --------------------------------------------------------------------------------

_WARM = False
_STORES: dict[str, Any] = {}


def _warm() -> None:
    """Load every model once in this Python worker process (kept for the next tasks)."""
    global _WARM
    if not _WARM:
        from watchfloor.pipeline import _warm as warm_pipeline

        os.environ.setdefault("OMP_NUM_THREADS", "1")
        warm_pipeline("extract")
        _WARM = True


def _store(url: str) -> Any:
    if url not in _STORES:
        from watchfloor.store import open_store

        _STORES[url] = open_store(url)
    return _STORES[url]


def extract_partition(batches: Iterator[pa.RecordBatch], *, fmt: str = "jsonl",
                      load_db: str | None = None,
                      batch_size: int = DEFAULT_BATCH) -> Iterator[pa.RecordBatch]:
    """The ``mapInArrow`` function: article batches in, event batches (``EVENT_SCHEMA``) out."""
    from watchfloor.pipeline import process_batch

    _warm()
    for batch in batches:
        articles = _articles(batch, fmt)
        for start in range(0, len(articles), batch_size):
            results = process_batch(articles[start:start + batch_size], mode="extract")
            if load_db:
                _store(load_db).add_batch([(r.article, r.events) for r in results if not r.skipped])
            table = events_table(results)
            if table.num_rows:
                yield from table.to_batches()


# --- driver -----------------------------------------------------------------------------------

def _spark_type(t: pa.DataType) -> Any:
    from pyspark.sql import types as T

    if pa.types.is_string(t):
        return T.StringType()
    if pa.types.is_int32(t):
        return T.IntegerType()
    if pa.types.is_int64(t):
        return T.LongType()
    if pa.types.is_float64(t):
        return T.DoubleType()
    if pa.types.is_date32(t):
        return T.DateType()
    if pa.types.is_binary(t):
        return T.BinaryType()
    if pa.types.is_list(t):
        return T.ArrayType(_spark_type(t.value_type), True)
    raise TypeError(f"no Spark type for {t}")


def spark_schema() -> Any:
    """``EVENT_SCHEMA`` as a Spark ``StructType``."""
    from pyspark.sql import types as T

    return T.StructType([T.StructField(f.name, _spark_type(f.type), True) for f in EVENT_SCHEMA])


def _detect_format(path: str) -> str:
    lowered = path.rstrip("/").lower()
    if lowered.endswith((".parquet", ".pq")):
        return "parquet"
    if lowered.endswith((".jsonl", ".json", ".ndjson", ".jsonl.gz", ".json.gz", ".ndjson.gz")):
        return "jsonl"
    if os.path.isdir(path):
        names = os.listdir(path)
        if any(n.endswith(".parquet") for n in names):
            return "parquet"
        return "jsonl"
    raise ValueError(f"cannot tell the format of {path!r}: pass --format jsonl or parquet")


def build_session(master: str | None = None, *, app_name: str = "watchfloor-extract") -> Any:
    """A SparkSession (the running one under spark-submit or Databricks; local when master says)."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
        if master.startswith("local"):
            # Local workers must run this interpreter (this venv), not whatever python3 is on PATH.
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
            builder = builder.config("spark.ui.enabled", "false")
    builder = builder.config("spark.executorEnv.OMP_NUM_THREADS", "1")
    spark = builder.getOrCreate()
    # EVENT_SCHEMA uses 32-bit offsets (string/binary); keep Spark's Arrow exchange the same.
    spark.conf.set("spark.sql.execution.arrow.useLargeVarTypes", "false")
    return spark


def add_geoparquet_metadata(output: str) -> tuple[int, int]:
    """Add the GeoParquet ``geo`` key to every Parquet file under ``output``.

    RETURNS (tuple): (files stamped, rows in them).
    """
    import pyarrow.fs as pafs
    import pyarrow.parquet as pq

    fs, root = pafs.FileSystem.from_uri(output if "://" in output else os.path.abspath(output))
    infos = fs.get_file_info(pafs.FileSelector(root, recursive=True))
    files = rows = 0
    for info in infos:
        if info.type != pafs.FileType.File or not info.base_name.endswith(".parquet"):
            continue
        if info.base_name.startswith(("_", ".")):
            continue
        with fs.open_input_file(info.path) as f:
            table = pq.read_table(f)
        meta = dict(table.schema.metadata or {})
        meta[b"geo"] = json.dumps(geo_metadata(table)).encode()
        tmp = info.path + ".geo-tmp"
        with fs.open_output_stream(tmp) as out:
            pq.write_table(table.replace_schema_metadata(meta), out, compression="snappy")
        fs.move(tmp, info.path)
        # Hadoop's local filesystem keeps a checksum beside each file; the old one no longer fits.
        crc = f"{info.path.rsplit('/', 1)[0]}/.{info.base_name}.crc"
        if fs.get_file_info(crc).type == pafs.FileType.File:
            fs.delete_file(crc)
        files += 1
        rows += table.num_rows
    return files, rows


def run_job(spark: Any, input: str, output: str, *, fmt: str = "auto",
            partitions: int | None = None, load_db: str | None = None,
            batch_size: int = DEFAULT_BATCH, overwrite: bool = False,
            add_geo: bool = True) -> JobStats:
    """Read articles, extract their events on the executors, write GeoParquet (and load).

    input: JSONL (one article a line; files, folders or globs, gzip fine) or Parquet articles
        with at least a ``text`` column.
    output: the folder for the events' Parquet files.
    fmt: "jsonl", "parquet" or "auto" (from the path).
    partitions: repartition the articles into this many tasks (default: at least one per core).
    load_db: a postgresql:// URL to store articles and events in as well.
    overwrite: replace ``output`` if it exists (else the job refuses to run).
    RETURNS (JobStats): articles read, events written, partitions, seconds.
    """
    import functools

    if load_db and not load_db.lower().startswith(("postgresql://", "postgres://", "postgresql+")):
        raise ValueError("--load-db must be a postgresql:// URL: Spark tasks write concurrently, "
                         "and a DuckDB file takes one writer")
    if load_db:
        from watchfloor.store import open_store

        open_store(load_db).close()  # migrate once, on the driver, before the tasks connect
    fmt = _detect_format(input) if fmt == "auto" else fmt
    started = time.perf_counter()
    if fmt == "jsonl":
        df = spark.read.text(input)
    elif fmt == "parquet":
        df = spark.read.parquet(input)
    else:
        raise ValueError(f"unknown input format {fmt!r}: use jsonl or parquet")
    n_parts = partitions or max(df.rdd.getNumPartitions(), spark.sparkContext.defaultParallelism)
    if n_parts != df.rdd.getNumPartitions():
        df = df.repartition(n_parts)
    fn = functools.partial(extract_partition, fmt=fmt, load_db=load_db, batch_size=batch_size)
    events = df.mapInArrow(fn, spark_schema())
    events.write.mode("overwrite" if overwrite else "errorifexists").parquet(output)
    seconds = time.perf_counter() - started
    if add_geo:
        geo_files, n_events = add_geoparquet_metadata(output)
    else:
        geo_files, n_events = 0, spark.read.parquet(output).count()
    n_articles = df.count() if fmt == "parquet" else spark.read.text(input).filter("trim(value) != ''").count()
    return JobStats(articles=n_articles, events=n_events, partitions=n_parts, seconds=seconds,
                    output=output, geo_files=geo_files)


# --- command line -----------------------------------------------------------------------------

def add_arguments(p: argparse.ArgumentParser) -> None:
    """The job's options (shared by ``python -m watchfloor.scale.spark`` and ``watchfloor spark``)."""
    p.add_argument("--input", "-i", required=True, metavar="PATH",
                   help="articles: JSONL or Parquet files/folders (local, hdfs://, s3a://, ...)")
    p.add_argument("--output", "-o", required=True, metavar="PATH",
                   help="folder for the events as GeoParquet")
    p.add_argument("--format", choices=["auto", "jsonl", "parquet"], default="auto",
                   help="input format (default: from the path)")
    p.add_argument("--master", metavar="URL",
                   help="Spark master, e.g. local[2] (default: spark-submit's, else local[*])")
    p.add_argument("--partitions", type=int, metavar="N",
                   help="tasks to split the articles into (default: at least one per core)")
    p.add_argument("--batch-size", type=int, default=DEFAULT_BATCH, metavar="N",
                   help=f"articles per pipeline call inside a task (default {DEFAULT_BATCH})")
    p.add_argument("--load-db", metavar="URL",
                   help="also store articles and events in this postgresql:// database")
    p.add_argument("--overwrite", action="store_true", help="replace --output if it exists")
    p.add_argument("--no-geo-metadata", action="store_true",
                   help="skip adding GeoParquet metadata (for outputs pyarrow cannot reach)")


def run_from_args(args: argparse.Namespace) -> JobStats:
    master = args.master
    launched = any(os.environ.get(v) for v in ("PYSPARK_GATEWAY_PORT", "SPARK_ENV_LOADED",
                                                "DATABRICKS_RUNTIME_VERSION"))
    if master is None and not launched:
        master = "local[*]"  # plain `python -m`: run locally
    spark = build_session(master)
    try:
        return run_job(spark, args.input, args.output, fmt=args.format,
                       partitions=args.partitions, load_db=args.load_db,
                       batch_size=args.batch_size, overwrite=args.overwrite,
                       add_geo=not args.no_geo_metadata)
    finally:
        if master and master.startswith("local"):
            spark.stop()


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m watchfloor.scale.spark",
                                description="Extract events from articles with Spark.")
    add_arguments(p)
    args = p.parse_args(argv)
    stats = run_from_args(args)
    print(json.dumps(dataclasses.asdict(stats) | {"docs_per_s": round(stats.docs_per_s, 2)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
