"""``watchfloor spark extract``: the command-line face of the Spark job (wired into watchfloor.cli).

    watchfloor spark extract --input articles.jsonl --output events/ --master local[2]
    watchfloor spark extract --input s3a://b/articles/ --output s3a://b/events/ \\
        --load-db postgresql://wf@db/watchfloor        # under spark-submit, no --master
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from typing import Any

__all__ = ["add_spark_parser", "cmd_spark"]

EPILOG = """examples:
  watchfloor spark extract --input articles.jsonl --output events/ --master 'local[2]'
  watchfloor spark extract --input articles/ --format parquet --output events/ \\
      --load-db postgresql://analyst@db.example.org/watchfloor --overwrite
"""


def add_spark_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``spark`` verb (with its ``extract`` action) to the CLI's subparsers.

    subparsers: what ``ArgumentParser.add_subparsers`` returned.
    RETURNS (ArgumentParser): the ``spark`` parser.
    """
    from watchfloor.scale.spark import add_arguments

    help = "Run extraction as a Spark job (pyspark): JSONL/Parquet articles in, GeoParquet events out."
    sp = subparsers.add_parser("spark", help=help, description=help, epilog=EPILOG,
                               formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = sp.add_subparsers(dest="action", metavar="ACTION", required=True)
    ex = actions.add_parser("extract", help="extract events from articles on a Spark cluster",
                            description="Extract events with Spark; optionally load PostgreSQL.",
                            epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_arguments(ex)
    ex.set_defaults(func=cmd_spark)
    return sp


def cmd_spark(args: argparse.Namespace) -> int:
    """Run ``watchfloor spark extract``; prints the job's figures as JSON on stdout."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        print("watchfloor spark needs pyspark (pip install pyspark) and Java 17", file=sys.stderr)
        return 2
    from watchfloor.scale.spark import run_from_args

    stats = run_from_args(args)
    print(json.dumps(dataclasses.asdict(stats) | {"docs_per_s": round(stats.docs_per_s, 2)}))
    print(f"spark: {stats.articles} article(s) -> {stats.events} event(s) in "
          f"{stats.seconds:.1f}s over {stats.partitions} partition(s); written to {stats.output}",
          file=sys.stderr)
    return 0
