"""Rebuild the shipped weights: ``python -m watchfloor.learn evloc --data PATH --out PATH`` (``make train``).

The shipped event-location model is trained on ahalterman/event_location (MIT licence). Its
``RELABEL`` records are the gold sentences the evaluation scores, so they are never trained on.
"""
from __future__ import annotations

import argparse
import sys

from watchfloor.learn.evloc import SHIPPED_PATH, train

EVENT_LOCATION = {
    "source": "https://github.com/ahalterman/event_location",
    "licence": "MIT",
    "attribution": "Trained on the event_location corpus, Copyright (c) 2019 Andy Halterman, "
                   "MIT License: permission is hereby granted, free of charge, to deal in it without "
                   "restriction, provided the copyright notice and this permission notice are included.",
}
HELD_OUT = ("RELABEL",)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m watchfloor.learn", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("task", choices=["evloc"])
    ap.add_argument("--data", required=True, help="event_location.jsonl (ahalterman/event_location)")
    ap.add_argument("--out", default=str(SHIPPED_PATH), help=f"weights file (default {SHIPPED_PATH})")
    args = ap.parse_args(argv)
    res = train(args.data, exclude_sources=HELD_OUT, **EVENT_LOCATION)
    res.model.save(args.out)
    m = res.model.metrics
    assert m is not None
    print(f"{res.records_used} of {res.records_read} records used (dropped {res.dropped}); "
          f"{m.folds}-fold CV accuracy: rules {m.cv_rule_accuracy:.3f}, learned {m.cv_learned_accuracy:.3f}; "
          f"threshold {m.threshold}; wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
