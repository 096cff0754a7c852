"""``watchfloor watch`` and ``watchfloor alerts``: parsers and commands for the main CLI to wire.

    from watchfloor.monitor.cli import add_watch_parser, add_alerts_parser
    add_watch_parser(subparsers); add_alerts_parser(subparsers)
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any

__all__ = ["add_watch_parser", "add_alerts_parser", "cmd_watch", "cmd_alerts"]

WATCH_EXAMPLES = """examples:
  watchfloor watch examples/libya-algeria-border.yaml            # poll until stopped
  watchfloor watch examples/libya-algeria-border.yaml --once     # one cycle (cron, tests)
  watchfloor watch border.yaml --db /data/wf.duckdb
Stop with Ctrl-C or SIGTERM (the cycle in progress finishes). A kill at any moment loses
nothing and re-sends no alert on restart."""

ALERTS_EXAMPLES = """examples:
  watchfloor alerts
  watchfloor alerts --db /data/wf.duckdb --format jsonl --limit 20"""


def _err(msg: str) -> None:
    print(f"watchfloor: {msg}", file=sys.stderr)


def add_watch_parser(subparsers: Any) -> argparse.ArgumentParser:
    help_ = "Poll sources, store what is new, evaluate watch rules and send alerts."
    p = subparsers.add_parser("watch", help=help_, epilog=WATCH_EXAMPLES,
                              description=help_ + "\n\nThe config names the sources to poll (RSS/Atom "
                              "feeds, pages, folders, JSONL files),\nthe rules (a deployment near a "
                              "border, a spike of clashes, a new accusation between\ntwo "
                              "governments) and where alerts go (webhook, e-mail, a JSONL file, "
                              "the terminal).",
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("config", metavar="CONFIG.yaml", help="watch config (sources, rules, sinks)")
    p.add_argument("--once", action="store_true", help="run one cycle over every source and exit")
    p.add_argument("--db", default=None, help="database (default: the config's db:, else "
                                              "./watchfloor.duckdb)")
    p.add_argument("--workers", type=int, default=None, help="extraction worker processes")
    p.set_defaults(func=cmd_watch)
    return p


def add_alerts_parser(subparsers: Any) -> argparse.ArgumentParser:
    help_ = "List the alerts the watch rules have raised, newest first, with their deliveries."
    p = subparsers.add_parser("alerts", help=help_, description=help_, epilog=ALERTS_EXAMPLES,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", default=None, help="database (default ./watchfloor.duckdb)")
    p.add_argument("--format", choices=("table", "jsonl"), default="table",
                   help="a table for people (default) or one JSON object per line for programs")
    p.add_argument("--limit", type=int, default=None, help="newest N alerts only")
    p.set_defaults(func=cmd_alerts)
    return p


def cmd_watch(args: argparse.Namespace) -> int:
    from watchfloor.monitor.config import ConfigError, load_config
    from watchfloor.monitor.watch import Watcher
    from watchfloor.store import StoreError, open_store

    try:
        config = load_config(args.config)
    except ConfigError as exc:
        _err(str(exc))
        return 2
    if args.workers is not None:
        config.workers = args.workers
    try:
        store = open_store(args.db or config.db)
    except StoreError as exc:
        _err(str(exc))
        return 2
    with store:
        try:
            watcher = Watcher(config, store)
        except (ValueError, StoreError) as exc:
            _err(str(exc))
            return 2
        try:
            if args.once:
                report = watcher.run_cycle(force=True)
                _err(f"watch: {report.line()}")
                return 1 if report.source_errors or report.delivery_errors else 0
            watcher.run_forever()
        finally:
            watcher.close()
    return 0


def cmd_alerts(args: argparse.Namespace) -> int:
    from watchfloor.monitor.watch import list_alerts
    from watchfloor.store import StoreError, open_store

    try:
        store = open_store(args.db)
    except StoreError as exc:
        _err(str(exc))
        return 2
    with store:
        alerts = list_alerts(store, limit=args.limit)
    if args.format == "jsonl":
        for a in alerts:
            print(json.dumps(a, ensure_ascii=False, default=str))
        return 0
    if not alerts:
        print("no alerts")
        return 0
    print(f"{'created':19}  {'rule':24}  {'deliveries':24}  summary")
    for a in alerts:
        created = (a.get("created_at") or "")[:19]
        print(f"{created:19}  {a['rule'][:24]:24}  {','.join(a['deliveries'])[:24]:24}  "
              f"{a['summary']}")
    return 0
