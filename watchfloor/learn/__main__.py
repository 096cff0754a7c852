"""Rebuild the shipped weights: ``python -m watchfloor.learn evloc --data PATH --out PATH`` (``make train``).

The shipped event-location model is trained on ahalterman/event_location (MIT licence). Its
``RELABEL`` records are the gold sentences the evaluation scores, so they are never trained on.
"""
from __future__ import annotations

import argparse
import sys

from watchfloor.learn.evloc import SHIPPED_PATH, standard_error, train

_MIT = """MIT License

Copyright (c) 2019 Andy Halterman

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""
EVENT_LOCATION = {
    "source": "https://github.com/ahalterman/event_location",
    "licence": "MIT",
    "attribution": "The weights are trained on the event_location corpus.\n\n" + _MIT,
}
HELD_OUT = ("RELABEL",)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m watchfloor.learn", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("task", choices=["evloc"])
    ap.add_argument("--data", required=True, help="event_location.jsonl (ahalterman/event_location)")
    ap.add_argument("--out", default=str(SHIPPED_PATH), help=f"weights file (default {SHIPPED_PATH})")
    ap.add_argument("--threshold", type=_threshold, default=None,
                    help="pin the probability a place needs (the shipped model's, `make train`), or 'cv' "
                         "to keep cross-validation's choice (the default)")
    args = ap.parse_args(argv)
    res = train(args.data, exclude_sources=HELD_OUT, threshold=args.threshold, **EVENT_LOCATION)
    m = res.model.metrics
    assert m is not None
    print(f"{res.records_used} of {res.records_read} records used (dropped {res.dropped}); "
          f"{m.folds}-fold CV accuracy: rules {m.cv_rule_accuracy:.3f}, learned {m.cv_learned_accuracy:.3f}; "
          f"threshold {m.threshold}", file=sys.stderr)
    if m.cv_threshold is not None and m.cv_accuracy_at_threshold is not None \
            and m.cv_accuracy_at_cv_threshold is not None:
        pinned, best = m.cv_accuracy_at_threshold, m.cv_accuracy_at_cv_threshold
        noise = standard_error(best, res.records_used)
        where = "within" if best - pinned <= noise else "OFF"
        print(f"pinned threshold {m.threshold}: out-of-fold accuracy {pinned:.4f}; cross-validation's choice "
              f"{m.cv_threshold}: {best:.4f}; {where} one standard error ({noise:.4f})", file=sys.stderr)
        if where == "OFF":
            print(f"the pinned threshold is off the accuracy plateau; {args.out} is left as it was: choose "
                  "the threshold again (make train EVLOC_THRESHOLD=cv keeps cross-validation's choice)",
                  file=sys.stderr)
            return 1
    res.model.save(args.out)
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


def _threshold(value: str) -> float | None:
    """``--threshold``: a probability strictly between 0 and 1, or "cv" (None: cross-validation's choice)."""
    if value == "cv":
        return None
    try:
        t = float(value)
    except ValueError:
        t = -1.0
    if not 0 < t < 1:
        raise argparse.ArgumentTypeError(f"{value!r}: a probability between 0 and 1, or 'cv'")
    return t


if __name__ == "__main__":
    sys.exit(main())
