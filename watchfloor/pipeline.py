"""Articles in, events (or place mentions) out: batching, filtering and worker processes.

The parse is what costs, so extraction parses only the sentence chunks that can hold an event
(``might_hold_event``, a cheap word test) and geoparsing runs spaCy without its dependency
parser. Large inputs are split into batches and spread over worker processes forked after the
models are loaded, so each worker shares them instead of loading its own copy.
"""
from __future__ import annotations

import collections
import itertools
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from watchfloor.model import Article, Event, Place

__all__ = ["DocResult", "extract", "geoparse", "default_workers", "process_batch"]

BATCH_ARTICLES = 16


@dataclass
class DocResult:
    """What one article gave: its events and places, or why it was skipped."""

    article: Article
    events: list[Event] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    skipped: str | None = None


# longest text the geoparser resolves as one (characters): news articles fit whole
GEO_RUN = 20000


def default_workers() -> int:
    """Worker processes to use: every core, as measured faster than one on two cores."""
    return max(1, min(os.cpu_count() or 1, 8))


def _language_skip(article: Article) -> str | None:
    from watchfloor.ingest.language import is_english

    ok, lang = is_english(article.text, article.language)
    if ok:
        return None
    return f"language is {lang!r}, not English: skipped (watchfloor codes English text only)"


def process_batch(articles: list[Article], *, mode: str = "extract") -> list[DocResult]:
    """Run one batch of articles through the models loaded in this process.

    ``mode`` is ``"extract"`` (events, parsing only chunks that may hold one) or ``"geoparse"``
    (every place mention in the whole text, no dependency parse).
    """
    from watchfloor.geo import Geoparser
    from watchfloor.nlp import load_nlp, split_chunks

    results = [DocResult(a, skipped=_language_skip(a)) for a in articles]
    geoparser = Geoparser.load()
    jobs: list[tuple[str, tuple[int, int]]] = []
    # each article's focus: its whole text and its home (the contexts every chunk is read in)
    contexts: dict[int, Any] = {i: geoparser.document_context(res.article.text).merged(
        geoparser.home_context(res.article)) for i, res in enumerate(results) if not res.skipped}
    if mode == "extract":
        from watchfloor.coding import might_hold_event
        from watchfloor.coding.headline import recase

        for i, res in enumerate(results):
            if res.skipped:
                continue
            text = res.article.text
            kept = [c for c in split_chunks(text) if might_hold_event(c.text)]
            # Title Case headlines are parsed with their ordinary words in lower case (same length)
            parsed = recase(text, kept)
            jobs += [(parsed[a:b], (i, a)) for a, b in _merge_runs(text, kept)]
        nlp = load_nlp(parser=True)
    elif mode == "geoparse":
        for i, res in enumerate(results):
            if res.skipped:
                continue
            # whole runs of sentences, so that a text's places are resolved together (one
            # "Mansfield" next to "Shreveport" three sentences on)
            text = res.article.text
            jobs += [(text[a:b], (i, a)) for a, b in _merge_runs(text, list(split_chunks(text)), max_len=GEO_RUN)]
        nlp = load_nlp(parser=False)
    else:
        raise ValueError(f"unknown mode {mode!r}: use 'extract' or 'geoparse'")

    code_events: Callable[..., list[Event]] | None = None
    if mode == "extract":
        from watchfloor.coding import code_events

    for doc, (i, offset) in nlp.pipe(jobs, as_tuples=True, batch_size=64):
        res = results[i]
        text = res.article.text
        places = geoparser.parse(doc, offset=offset, doc_id=res.article.id, context=contexts[i])
        events = code_events(doc, article=res.article, places=places, offset=offset,
                             earlier=res.events, earlier_places=res.places) if code_events else []
        if doc.text != text[offset:offset + len(doc.text)]:
            _recut(text, places, events)
        res.places.extend(places)
        res.events.extend(events)
    return results


def _recut(text: str, places: list[Place], events: list[Event]) -> None:
    """Give the strings of what was found in a recased headline back their original spelling:
    the parser saw "Haftar forces deploy near Algerian Border", the output quotes the text."""
    def fix(obj: Any) -> None:
        if obj is None or obj.start is None or obj.end is None or obj.end <= obj.start:
            return
        original = text[obj.start:obj.end]
        if isinstance(obj, Place) and obj.name == obj.text:
            obj.name = original
        obj.text = original

    for p in places:
        fix(p)
    for e in events:
        for obj in (e.actor1, e.actor2, e.partner, e.location):
            fix(obj)


def _merge_runs(text: str, chunks: list[Any], *, max_len: int = 4000) -> list[tuple[int, int]]:
    """Adjacent kept chunks joined into one span, so spaCy sees fewer, longer texts.

    spaCy's per-text overhead is large for single sentences; sentences next to each other (only
    whitespace between them) are parsed together, up to ``max_len`` characters.
    """
    runs: list[tuple[int, int]] = []
    for c in chunks:
        if runs and not text[runs[-1][1]:c.start].strip() and c.end - runs[-1][0] <= max_len:
            runs[-1] = (runs[-1][0], c.end)
        else:
            runs.append((c.start, c.end))
    return runs


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while batch := list(itertools.islice(it, size)):
        yield batch


def _warm(mode: str) -> None:
    """Load every model in this process so that forked workers share them."""
    from watchfloor.geo import Geoparser
    from watchfloor.nlp import load_nlp

    Geoparser.load()
    load_nlp(parser=(mode == "extract"))
    if mode == "extract":
        import watchfloor.coding  # noqa: F401  (loads lexicons and the actor dictionary)
    from watchfloor.ingest.language import _model

    _model()


def _worker_init() -> None:
    os.environ["OMP_NUM_THREADS"] = "1"
    os.environ["OPENBLAS_NUM_THREADS"] = "1"


def _run_extract(batch: list[Article]) -> list[DocResult]:
    return process_batch(batch, mode="extract")


def _run_geoparse(batch: list[Article]) -> list[DocResult]:
    return process_batch(batch, mode="geoparse")


def run(articles: Iterable[Article], *, mode: str, workers: int | None = None,
        batch_size: int = BATCH_ARTICLES) -> Iterator[DocResult]:
    """Results in input order. Small inputs run in this process; larger ones in workers."""
    workers = default_workers() if workers is None else max(1, workers)
    batches = _batches(articles, batch_size)
    head = list(itertools.islice(batches, 2))
    _warm(mode)
    fn = _run_extract if mode == "extract" else _run_geoparse
    if workers == 1 or len(head) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        for batch in itertools.chain(head, batches):
            yield from fn(batch)
        return
    # Batches are submitted from this thread (not Pool.imap's feeder thread), so the input
    # iterator - which may consult the store - never runs concurrently with the caller.
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(workers, initializer=_worker_init) as pool:
        pending: collections.deque[Any] = collections.deque()
        for batch in itertools.chain(head, batches):
            pending.append(pool.apply_async(fn, (batch,)))
            while len(pending) >= 2 * workers:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def extract(articles: Iterable[Article], *, workers: int | None = None) -> Iterator[DocResult]:
    """Events for each article, in input order."""
    return run(articles, mode="extract", workers=workers)


def geoparse(articles: Iterable[Article], *, workers: int | None = None) -> Iterator[DocResult]:
    """Resolved place mentions for each article, in input order."""
    return run(articles, mode="geoparse", workers=workers)
