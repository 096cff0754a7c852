"""The ``watchfloor`` command: thin argument parsing over the library.

Every verb prints ``--help`` with examples. Exit codes: 0 all documents read, 1 some document
could not be read (each is reported on stderr with the reason), 2 a usage error.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from watchfloor import __version__
from watchfloor.model import Article

EXAMPLES = {
    "extract": """examples:
  watchfloor extract --input report.txt
  watchfloor extract --input articles.jsonl --format jsonl > events.jsonl
  cat page.html | watchfloor extract --input - --format geojson > events.geojson""",
    "geoparse": """examples:
  watchfloor geoparse --input report.txt
  watchfloor geoparse --input articles.jsonl --format jsonl --min-confidence 0.5""",
    "ingest": """examples:
  watchfloor ingest articles.jsonl                 # into ./watchfloor.duckdb
  watchfloor ingest reports/ --db /data/wf.duckdb  # a folder of .txt/.html/.jsonl
Re-running the same input stores nothing twice; a killed run resumes where it stopped.
Mentions of one event across articles are clustered as each batch is stored (see 'events').""",
    "events": """examples:
  watchfloor events --since 2025-05-01 --type MOBILIZE,ASSAULT
  watchfloor events --border DZA-LBY --km 100 --format geojson > near-border.geojson
  watchfloor events --near 24.55,9.48 --km 150 --min-confidence 0.6
  watchfloor events --actor-country LBY --cameo 15 --format parquet --output lby.parquet
  watchfloor events --type ASSAULT --mentions --format jsonl   # every report, not one per event
One row per real-world event by default: mentions of it across articles are clustered on ingest.""",
    "train": """examples:
  watchfloor train --task evloc --data labeled.jsonl           # -> $WATCHFLOOR_HOME/models/evloc.json
  watchfloor train --task evloc --data labeled.jsonl --out /tmp/evloc.json
Each line of the data: {"id": "...", "text": "...", "verb": {"start": 10, "end": 16},
  "locations": [{"start": 20, "end": 25, "text": "Mosul"}]}   (an empty list: no location).
The coder uses $WATCHFLOOR_HOME/models/evloc.json (default ~/.cache/watchfloor) when it exists,
else the shipped weights; delete the file to go back. WATCHFLOOR_EVLOC=rules forces the rules.

  watchfloor train --task events --data labeled.jsonl          # -> $WATCHFLOOR_HOME/models/events.json
Each line: {"id": "...", "text": "...", "cameo": "190"} with exactly one label, the same kind on
  every line: "cameo" (a CAMEO code; null: no event), "plover" ("ASSAULT"; null: no event),
  "label" (penta-class 0..4) or "quad_class" (1..4). It labels the sentence's main event.
The coder then re-codes an event when the model gives another class a probability over the
cross-validated threshold, and says so in the event's flags. There is no shipped events model;
delete the file to go back. WATCHFLOOR_EVENTS=rules turns it off, WATCHFLOOR_EVENTS=PATH picks a file.""",
    "gazetteer": """examples:
  watchfloor gazetteer build                              # from the bundled GeoNames extract
  watchfloor gazetteer build --geonames allCountries.zip  # from a full GeoNames download""",
}


def _err(msg: str) -> None:
    print(f"watchfloor: {msg}", file=sys.stderr)


class _Reader:
    """Reads every input, reporting bad documents on stderr and counting them."""

    def __init__(self, sources: Sequence[str], *, allow_private: bool = False) -> None:
        self.sources = sources
        self.allow_private = allow_private
        self.failed = 0
        self.read = 0

    def __iter__(self) -> Iterator[Article]:
        from watchfloor.ingest import DocError, read_documents

        for source in self.sources:
            for item in read_documents(source, allow_private=self.allow_private):
                if isinstance(item, DocError):
                    self.failed += 1
                    _err(f"skipped {item.where}: {item.reason}")
                else:
                    self.read += 1
                    yield item


def _progress(items: Iterable[Any], *, desc: str, unit: str = "doc") -> Iterable[Any]:
    """A progress bar on stderr, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, desc=desc, unit=unit, file=sys.stderr, dynamic_ncols=True)


def _open_out(path: str | None, fmt: str) -> Any:
    if path is None:
        if fmt == "parquet":
            raise SystemExit("watchfloor: parquet is binary: pass --output FILE.parquet")
        return sys.stdout
    return path


def _report_skips(results: Iterable[Any]) -> Iterator[Any]:
    for res in results:
        if res.skipped:
            _err(f"skipped {res.article.id}: {res.skipped}")
        yield res


def cmd_extract(args: argparse.Namespace) -> int:
    from watchfloor.formats import write_events
    from watchfloor.pipeline import extract

    reader = _Reader([args.input], allow_private=args.allow_private)
    results = _report_skips(_progress(extract(reader, workers=args.workers), desc="extract"))
    events = (e for res in results for e in res.events if e.confidence >= args.min_confidence)
    write_events(events, args.format, _open_out(args.output, args.format))
    return 1 if reader.failed else 0


def cmd_geoparse(args: argparse.Namespace) -> int:
    from watchfloor.formats import write_places
    from watchfloor.pipeline import geoparse

    reader = _Reader([args.input], allow_private=args.allow_private)
    results = _report_skips(_progress(geoparse(reader, workers=args.workers), desc="geoparse"))
    places = (p for res in results for p in res.places if p.confidence >= args.min_confidence)
    write_places(places, args.format, _open_out(args.output, args.format))
    return 1 if reader.failed else 0


def _clusterer(store: Any) -> Any:
    """The monitor's clusterer on this store, or None (with a note) where the monitor tables
    cannot live yet."""
    from watchfloor.monitor.cluster import Clusterer
    from watchfloor.monitor.state import MonitorDB
    from watchfloor.store import StoreError

    try:
        return Clusterer(MonitorDB(store))
    except StoreError as exc:
        _err(f"events are stored but not clustered: {exc}")
        return None


def cmd_ingest(args: argparse.Namespace) -> int:
    from watchfloor.monitor.cluster import copy_url
    from watchfloor.pipeline import extract
    from watchfloor.store import open_store

    started = time.perf_counter()
    reader = _Reader(args.sources, allow_private=args.allow_private)
    added = skipped = events = 0
    with open_store(args.db) as store:
        # Issue 5: mentions of one event across articles become one cluster, here as in `watch`.
        # Each batch is clustered in its own transaction right after the store commits it; an
        # article stored but not clustered (a kill in between) is clustered first thing next run.
        clusterer = _clusterer(store)
        if clusterer is not None:
            caught_up = clusterer.catch_up()
            if caught_up and args.verbose:
                _err(f"clustered {caught_up} article(s) stored by an earlier run")
        copies: list[tuple[str, str, str | None, str]] = []
        first_of: dict[str, str] = {}  # content hash -> id of the first article read with it

        def new() -> Iterator[Article]:
            # A second copy of a stored text (another id: syndicated) counts as another article.
            for a in reader:
                original = first_of.get(a.content_hash)
                if original is None and clusterer is not None:
                    original = clusterer.stored_id(a)
                elif original is None and store.has_article(a):
                    original = a.id
                if original is None:
                    first_of[a.content_hash] = a.id
                    yield a
                elif original != a.id:
                    copies.append((original, copy_url(a.id, a.url), a.source, "duplicate"))

        batch: list[tuple[Article, list[Any]]] = []
        batches = 0

        def commit() -> None:
            nonlocal added, skipped, events, batch, batches
            if batch:
                r = store.add_batch(batch)
                added, skipped, events = added + r.articles_added, skipped + r.articles_skipped, events + r.events_added
                batches += 1
                if args.verbose:
                    _err(f"committed batch {batches}: {r.articles_added} article(s), {r.events_added} event(s)")
            if clusterer is not None:
                with clusterer.db.transaction():
                    clusterer.process([a.id for a, _ in batch], [e for _, evs in batch for e in evs],
                                      copies)
                copies.clear()
            batch = []

        for res in _report_skips(_progress(extract(new(), workers=args.workers), desc="ingest")):
            if res.skipped:
                continue
            batch.append((res.article, res.events))
            if len(batch) >= args.batch_size:
                commit()
        if batch or copies:
            commit()
        total = store.count_events()
    already = reader.read - added - skipped
    print(f"ingested {added} new article(s) with {events} event(s) in {time.perf_counter() - started:.1f}s; "
          f"{already + skipped} already stored; {reader.failed} unreadable; "
          f"{total} event(s) in {args.db or 'watchfloor.duckdb'}", file=sys.stderr)
    return 1 if reader.failed else 0


def _split(value: str | None, *, upper: bool = False) -> list[str] | None:
    if not value:
        return None
    parts = [v.strip() for v in value.split(",") if v.strip()]
    return [p.upper() for p in parts] if upper else parts


def _floats(value: str, n: int, what: str) -> tuple[float, ...]:
    try:
        nums = tuple(float(v) for v in value.split(","))
    except ValueError:
        nums = ()
    if len(nums) != n:
        raise SystemExit(f"watchfloor: {what} takes {n} comma-separated numbers, got {value!r}")
    return nums


def build_filter(args: argparse.Namespace) -> Any:
    """The store's EventFilter from the command-line options of ``events``."""
    from watchfloor.store import EventFilter

    near = border = None
    if args.near:
        if args.km is None:
            raise SystemExit("watchfloor: --near needs --km N (the radius in kilometres)")
        lat, lon = _floats(args.near, 2, "--near")
        near = (lat, lon, args.km)
    if args.border:
        pair = args.border.upper().replace("–", "-").split("-")
        if len(pair) != 2 or not all(len(p) == 3 for p in pair):
            raise SystemExit("watchfloor: --border takes two ISO3 codes like DZA-LBY")
        border = (pair[0], pair[1], args.km if args.km is not None else 100.0)
    return EventFilter(
        since=args.since, until=args.until, types=_split(args.type, upper=True),
        cameo_roots=_split(args.cameo), actor_countries=_split(args.actor_country, upper=True),
        location_countries=_split(args.country, upper=True),
        bbox=_floats(args.bbox, 4, "--bbox") if args.bbox else None, near=near, border=border,
        factualities=_split(args.factuality), min_confidence=args.min_confidence,
        limit=args.limit)


def cmd_events(args: argparse.Namespace) -> int:
    from watchfloor.formats import write_events
    from watchfloor.monitor.cluster import query_clusters, write_clustered
    from watchfloor.store import open_store

    flt = build_filter(args)
    out = _open_out(args.output, args.format)
    with open_store(args.db) as store:
        if args.mentions:
            write_events(store.query_events(flt), args.format, out)
        else:
            write_clustered(query_clusters(store, flt)[0], args.format, out)
    return 0


def cmd_gazetteer_build(args: argparse.Namespace) -> int:
    from watchfloor.geo import build_gazetteer

    started = time.perf_counter()
    path = build_gazetteer(geonames_zip=args.geonames)
    print(f"gazetteer built in {time.perf_counter() - started:.1f}s: {path}", file=sys.stderr)
    return 0


def _events_summary(res: Any) -> tuple[str, str, str | None]:
    """What training the event-type adapter found: (head, figures, warning or None)."""
    m = res.model.metrics
    never = m.threshold > 1.0
    return (f"trained on {res.records_read} record(s), {res.examples} with an event the rules found "
            f"({res.no_event} without), labels: {res.model.scheme},",
            f"{m.folds}-fold cross-validated accuracy: rules {m.rule_accuracy:.3f}, rules+adapter "
            f"{m.adapted_accuracy:.3f}; macro F1: rules {m.rule_macro_f1:.3f}, rules+adapter "
            f"{m.adapted_macro_f1:.3f} ({m.recoded} re-coded)\n"
            f"threshold {'none beat the rules: the model will not re-code' if never else m.threshold}",
            "the adapter does worse than the rules on this data: consider deleting the file"
            if m.adapted_macro_f1 < m.rule_macro_f1 else None)


def _evloc_summary(res: Any) -> tuple[str, str, str | None]:
    """What training the event-location ranker found: (head, figures, warning or None)."""
    m = res.model.metrics
    dropped = ", ".join(f"{n} {why.replace('_', ' ')}" for why, n in res.dropped.items() if n) or "none"
    return (f"trained on {res.records_used} of {res.records_read} record(s) (dropped: {dropped})",
            f"{m.folds}-fold cross-validated accuracy: rules {m.cv_rule_accuracy:.3f}, learned "
            f"{m.cv_learned_accuracy:.3f} (threshold {m.threshold})",
            "the learned ranker does worse than the rules on this data: consider deleting the file"
            if m.cv_learned_accuracy < m.cv_rule_accuracy else None)


def cmd_train(args: argparse.Namespace) -> int:
    from watchfloor.learn import events, evloc
    from watchfloor.learn.data import DataError

    if args.task == "events":
        task: Any = events
        options: dict[str, Any] = {}
        unit, summary = "batch", _events_summary
    else:
        task, options = evloc, {"exclude_sources": args.exclude_source}
        unit, summary = "sentence", _evloc_summary
    started = time.perf_counter()
    out = args.out or str(task.analyst_path())
    try:
        res = task.train(args.data, folds=args.folds, progress=lambda it: _progress(it, desc="train", unit=unit),
                         **options)
    except (FileNotFoundError, DataError) as exc:
        _err(str(exc))
        return 2
    res.model.save(out)
    assert res.model.metrics is not None
    head, figures, warning = summary(res)
    print(f"{head} in {time.perf_counter() - started:.1f}s\n{figures}\nwrote {out}", file=sys.stderr)
    if warning:
        _err(warning)
    return 0


def _formatter(prog: str) -> argparse.HelpFormatter:
    return argparse.RawDescriptionHelpFormatter(prog, max_help_position=32)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="watchfloor", formatter_class=_formatter,
        description="News reports in; who did what to whom, where, when, how sure, and the sentence "
                    "that says so, out. Events are coded in PLOVER, CAMEO and ACLED at once.",
        epilog="Run 'watchfloor VERB --help' for a verb's options and examples.")
    p.add_argument("--version", action="version", version=f"watchfloor {__version__}")
    sub = p.add_subparsers(dest="verb", metavar="VERB")

    def verb(name: str, help: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help, description=help, epilog=EXAMPLES.get(name),
                              formatter_class=_formatter)

    def input_opts(sp: argparse.ArgumentParser, formats: list[str], default: str) -> None:
        sp.add_argument("--input", "-i", required=True, metavar="PATH",
                        help="a .jsonl file (one document a line), a .txt or .html file, a folder, "
                             "an http(s) URL of a feed or page, or - for stdin")
        sp.add_argument("--allow-private", action="store_true",
                        help="allow URLs on private, loopback or link-local addresses")
        sp.add_argument("--format", "-f", choices=formats, default=default, help=f"output format (default {default})")
        sp.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of stdout")
        sp.add_argument("--min-confidence", type=float, default=0.0, metavar="X",
                        help="withhold results below this confidence (0..1)")
        sp.add_argument("--workers", type=int, metavar="N",
                        help="worker processes for large inputs (default: one per core)")

    sp = verb("extract", "Read documents and print the events they report (no database needed).")
    input_opts(sp, ["table", "jsonl", "csv", "geojson", "parquet"], "table")
    sp.set_defaults(func=cmd_extract)

    sp = verb("geoparse", "Read documents and print every place they mention, resolved on the map.")
    input_opts(sp, ["table", "jsonl"], "table")
    sp.set_defaults(func=cmd_geoparse)

    sp = verb("ingest", "Read articles, extract their events and store them (idempotent, resumable).")
    sp.add_argument("sources", nargs="+", metavar="SOURCE",
                    help="files, folders, http(s) URLs of RSS/Atom feeds or pages, or - for stdin")
    sp.add_argument("--allow-private", action="store_true",
                    help="allow URLs on private, loopback or link-local addresses (an intranet feed)")
    sp.add_argument("--db", metavar="URL", help="database: a DuckDB file path (default ./watchfloor.duckdb) or postgresql://…")
    sp.add_argument("--batch-size", type=int, default=32, metavar="N",
                    help="articles committed per transaction (default 32)")
    sp.add_argument("--workers", type=int, metavar="N", help="worker processes (default: one per core)")
    sp.add_argument("--verbose", "-v", action="store_true", help="report each committed batch on stderr")
    sp.set_defaults(func=cmd_ingest)

    sp = verb("events", "Query stored events with filters; print a table or export them.")
    sp.add_argument("--db", metavar="URL", help="database: DuckDB file (default ./watchfloor.duckdb) or postgresql://…")
    sp.add_argument("--since", metavar="DATE", help="events on or after this date (YYYY-MM-DD)")
    sp.add_argument("--until", metavar="DATE", help="events on or before this date (YYYY-MM-DD)")
    sp.add_argument("--type", metavar="TYPES", help="PLOVER types, comma-separated (MOBILIZE,ASSAULT)")
    sp.add_argument("--cameo", metavar="ROOTS", help="CAMEO roots or code prefixes, comma-separated (15,19)")
    sp.add_argument("--actor-country", metavar="ISO3", help="either actor's (or a meeting's partner's) country, comma-separated")
    sp.add_argument("--country", metavar="ISO3", help="the event location's country, comma-separated")
    sp.add_argument("--bbox", metavar="W,S,E,N", help="location inside this box (lon/lat degrees)")
    sp.add_argument("--near", metavar="LAT,LON", help="location within --km of this point")
    sp.add_argument("--border", metavar="A-B", help="location within --km of the A–B border (ISO3-ISO3)")
    sp.add_argument("--km", type=float, metavar="N", help="radius for --near, distance for --border (default 100)")
    sp.add_argument("--factuality", metavar="F",
                    help="asserted, reported, speculative, negated, future (comma-separated)")
    sp.add_argument("--min-confidence", type=float, metavar="X", help="only events at least this confident")
    sp.add_argument("--limit", type=int, default=1000, metavar="N", help="at most N events (default 1000)")
    sp.add_argument("--mentions", action="store_true",
                    help="every stored mention, one row each; by default one row per real-world "
                         "event (its most confident matching mention, with mentions, sources, "
                         "articles, first_seen, last_seen and cluster_id added)")
    sp.add_argument("--format", "-f", choices=["table", "jsonl", "csv", "geojson", "parquet"], default="table")
    sp.add_argument("--output", "-o", metavar="FILE", help="write to FILE (required for parquet)")
    sp.set_defaults(func=cmd_events)

    from watchfloor.monitor.cli import add_alerts_parser, add_watch_parser

    add_watch_parser(sub)
    add_alerts_parser(sub)
    from watchfloor.scale.cli import add_spark_parser
    from watchfloor.web.cli import add_serve_parser

    add_serve_parser(sub)
    add_spark_parser(sub)

    sp = verb("train", "Adapt the event-location ranker or the event types to your own annotated sentences.")
    sp.add_argument("--task", choices=["evloc", "events"], required=True,
                    help="evloc: where the event of the marked verb happened; events: the type (CAMEO "
                         "code, PLOVER type, quad or penta-class) of the sentence's main event")
    sp.add_argument("--data", required=True, metavar="FILE", help="annotated sentences, one JSON object a line")
    sp.add_argument("--out", metavar="PATH",
                    help="weights file (default $WATCHFLOOR_HOME/models/TASK.json, which the coder "
                         "then uses)")
    sp.add_argument("--folds", type=int, default=5, metavar="K", help="cross-validation folds (default 5)")
    sp.add_argument("--exclude-source", action="append", default=[], metavar="SOURCE",
                    help="evloc: leave out records whose 'source' is SOURCE (a held-out test set); repeatable")
    sp.set_defaults(func=cmd_train)

    sp = verb("gazetteer", "Build or rebuild the offline gazetteer index.")
    gsub = sp.add_subparsers(dest="action", metavar="ACTION", required=True)
    gb = gsub.add_parser("build", help="build the gazetteer index", epilog=EXAMPLES["gazetteer"],
                         formatter_class=_formatter)
    gb.add_argument("--geonames", metavar="ZIP",
                    help="a GeoNames dump (allCountries.zip, cities1000.zip or its .txt) to build from")
    gb.set_defaults(func=cmd_gazetteer_build)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args))
    except BrokenPipeError:  # `watchfloor events | head`
        return 0
    except KeyboardInterrupt:
        _err("interrupted; everything committed so far is kept")
        return 130


if __name__ == "__main__":
    sys.exit(main())
