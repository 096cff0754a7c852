"""``python -m watchfloor.monitor watch|alerts ...``: the monitor's commands before (and besides)
their wiring into the ``watchfloor`` command."""
from __future__ import annotations

import argparse
import sys

from watchfloor.monitor.cli import add_alerts_parser, add_watch_parser


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m watchfloor.monitor")
    sub = parser.add_subparsers(dest="command", required=True)
    add_watch_parser(sub)
    add_alerts_parser(sub)
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
