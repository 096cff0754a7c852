"""Docs/s of the single-process pipeline, Spark local[1] and Spark local[2] on the same input, and
the cluster size that rate implies for 100,000 and 1,000,000 articles a day (issue 7).

Input: the geo dev set (../shared/eval/dev/geo.jsonl, real news articles, read at run time) or
--data. Every rate is steady state: models are loaded before the clock starts (one warm-up
job per Spark session, so its Python workers are already loaded and reused), and the Spark
figures include Spark's own overhead (scheduling, Arrow exchange, writing Parquet). Prints one
JSON object; --markdown also prints the table docs/scaling.md quotes.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "dev" / "geo.jsonl"
SECONDS_PER_DAY = 86_400
# Size for the busiest hour, not the average: news volume peaks at about 2-3x the daily mean.
PEAK_FACTOR = 3.0
# Spark executors rarely keep every core busy (stragglers, I/O, skew).
CLUSTER_EFFICIENCY = 0.75


def single_process(articles: list, batch_size: int) -> dict:
    from watchfloor.pipeline import _warm, process_batch

    t0 = time.perf_counter()
    _warm("extract")
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    events = 0
    for start in range(0, len(articles), batch_size):
        events += sum(len(r.events) for r in process_batch(articles[start:start + batch_size]))
    seconds = time.perf_counter() - t0
    return {"docs_per_s": round(len(articles) / seconds, 2), "seconds": round(seconds, 2),
            "model_load_s": round(load_s, 2), "events": events}


def spark_run(master: str, data: Path, warm: Path, n_docs: int, cores: int) -> dict:
    from watchfloor.scale.spark import build_session, run_job

    t0 = time.perf_counter()
    spark = build_session(master, app_name=f"watchfloor-bench-{master}")
    spark.sparkContext.setLogLevel("ERROR")
    out = Path(tempfile.mkdtemp(prefix="wf-bench-"))
    try:
        # Warm-up: one task per core loads the models in each (reused) Python worker.
        run_job(spark, str(warm), str(out / "warm"), partitions=cores, overwrite=True)
        startup_s = time.perf_counter() - t0
        stats = run_job(spark, str(data), str(out / "events"), partitions=cores * 4,
                        overwrite=True)
    finally:
        spark.stop()
        shutil.rmtree(out, ignore_errors=True)
    assert stats.articles == n_docs, (stats.articles, n_docs)
    return {"docs_per_s": round(stats.docs_per_s, 2), "seconds": round(stats.seconds, 2),
            "startup_and_warmup_s": round(startup_s, 2), "events": stats.events,
            "partitions": stats.partitions}


def project(per_core: float) -> dict:
    """Cores (and 8-core executors) for a daily volume, from the measured docs/s per core."""
    out = {}
    for per_day in (100_000, 1_000_000):
        mean = per_day / SECONDS_PER_DAY
        cores = math.ceil(mean * PEAK_FACTOR / (per_core * CLUSTER_EFFICIENCY))
        out[f"{per_day}_per_day"] = {
            "mean_docs_per_s": round(mean, 2),
            "core_hours_per_day": round(per_day / per_core / 3600, 1),
            "cores_at_mean": math.ceil(mean / (per_core * CLUSTER_EFFICIENCY)),
            "cores_for_3x_peak": cores,
            "executors_8_cores_for_3x_peak": math.ceil(cores / 8),
        }
    return out


def markdown(result: dict) -> str:
    rows = [("single process (no Spark)", result["single_process"]),
            ("Spark local[1]", result["spark_local_1"]),
            ("Spark local[2]", result["spark_local_2"])]
    lines = ["| run | docs/s | seconds | events |", "|---|---:|---:|---:|"]
    for name, r in rows:
        lines.append(f"| {name} | {r['docs_per_s']} | {r['seconds']} | {r['events']} |")
    header = ("| articles/day | mean docs/s | core-hours/day | cores (mean) | "
              "cores (3x peak) | 8-core executors (3x peak) |")
    lines += ["", header, "|---:|---:|---:|---:|---:|---:|"]
    for key, p in result["projection"].items():
        lines.append(f"| {int(key.split('_')[0]):,} | {p['mean_docs_per_s']} | "
                     f"{p['core_hours_per_day']} | {p['cores_at_mean']} | "
                     f"{p['cores_for_3x_peak']} | {p['executors_8_cores_for_3x_peak']} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, help="use the first N articles")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--markdown", action="store_true", help="also print the tables for docs/")
    args = ap.parse_args()
    if not args.data.exists():
        sys.exit(f"bench: {args.data} not found (the shared dev sets sit beside the project)")
    from watchfloor.model import Article

    rows = [json.loads(line) for line in args.data.open(encoding="utf-8") if line.strip()]
    rows = [{"id": r["id"], "text": r["text"], **({"published": r["published"]} if r.get("published") else {})}
            for r in rows][: args.limit or None]
    articles = [Article.from_dict(r) for r in rows]
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "articles.jsonl"
        data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        warm = Path(tmp) / "warm.jsonl"
        warm.write_text("".join(json.dumps({"id": f"warm-{i}", "text": r["text"]}) + "\n"
                                for i, r in enumerate(rows[:4])), encoding="utf-8")
        result: dict = {"docs": len(rows), "words": sum(len(r["text"].split()) for r in rows),
                        "cpu_cores": os.cpu_count()}
        result["single_process"] = single_process(articles, args.batch_size)
        result["spark_local_1"] = spark_run("local[1]", data, warm, len(rows), 1)
        result["spark_local_2"] = spark_run("local[2]", data, warm, len(rows), 2)
    one, two = result["spark_local_1"]["docs_per_s"], result["spark_local_2"]["docs_per_s"]
    result["spark_speedup_2_vs_1"] = round(two / one, 2) if one else None
    # Per-core rate: the lower of local[1] and local[2]/2, so a projection never flatters.
    per_core = min(one, two / 2)
    result["per_core_docs_per_s"] = round(per_core, 2)
    result["projection"] = project(per_core)
    result["assumptions"] = {"peak_factor": PEAK_FACTOR, "cluster_efficiency": CLUSTER_EFFICIENCY}
    print(json.dumps(result, indent=2))
    if args.markdown:
        print(markdown(result))


if __name__ == "__main__":
    main()
