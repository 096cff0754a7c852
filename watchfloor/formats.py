"""Writers for events and place mentions, shared by ``extract``, ``events`` and ``geoparse``.

Event formats: ``jsonl`` (one ``Event.to_json()`` a line), ``table`` (fixed-width, for people),
``csv`` (flattened columns, see ``EVENT_COLUMNS``), ``geojson`` (a FeatureCollection of the events
that have a location) and ``parquet`` (typed flattened columns; needs a file). Place formats:
``jsonl`` and ``table``. Every writer streams: it holds one row (parquet: one row group) at a
time, and returns how many items it wrote.

``out`` is a text stream, a binary stream, or a file path (``str`` or ``os.PathLike``).
"""
from __future__ import annotations

import contextlib
import csv
import io
import json
import math
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from typing import IO, Any

from watchfloor.model import Event, Place

__all__ = [
    "EVENT_COLUMNS",
    "EVENT_FORMATS",
    "PLACE_FORMATS",
    "ExtraColumns",
    "FormatError",
    "flatten_event",
    "write_events",
    "write_places",
]

EVENT_FORMATS = ("jsonl", "table", "csv", "geojson", "parquet")
PLACE_FORMATS = ("jsonl", "table")

Output = IO[str] | IO[bytes] | str | os.PathLike[str]


class FormatError(ValueError):
    """An unknown format, or a format that cannot go where it was asked to."""


# --- flattened events ------------------------------------------------------------------------

_ACTOR = ("text", "start", "end", "name", "country", "sector", "code")
_LOCATION = ("text", "start", "end", "name", "lat", "lon", "country", "geonameid", "feature",
             "admin1", "confidence", "precision_km", "border_km", "border_with")

#: The flat columns of csv, parquet and GeoJSON properties, in order.
EVENT_COLUMNS: tuple[str, ...] = (
    "doc_id", "event_id", "date", "date_end", "date_precision", "type", "mode", "contexts",
    "cameo", "quad_class", "goldstein", "acled_event_type", "acled_sub_event_type",
    *(f"actor1_{n}" for n in _ACTOR), *(f"actor2_{n}" for n in _ACTOR),
    *(f"location_{n}" for n in _LOCATION),
    "factuality", "attribution", "confidence",
    "trigger_start", "trigger_end", "trigger_text",
    "evidence_start", "evidence_end", "evidence_text", "flags",
    *(f"partner_{n}" for n in _ACTOR),  # (last: added after the first release, issue 4)
)


def flatten_event(e: Event) -> dict[str, Any]:
    """One event as flat columns (``EVENT_COLUMNS``), values as in ``Event.to_dict``.

    ``contexts`` and ``flags`` stay lists; the csv writer joins them with ";".
    """
    d = e.to_dict()
    row: dict[str, Any] = {k: d[k] for k in ("doc_id", "event_id", "date", "date_end",
                                            "date_precision", "type", "mode", "contexts", "cameo",
                                            "quad_class", "goldstein", "factuality",
                                            "attribution", "confidence", "flags")}
    acled = d["acled"] or {}
    row["acled_event_type"] = acled.get("event_type")
    row["acled_sub_event_type"] = acled.get("sub_event_type")
    for prefix, names in (("actor1", _ACTOR), ("actor2", _ACTOR), ("partner", _ACTOR), ("location", _LOCATION)):
        part = d[prefix] or {}
        for name in names:
            row[f"{prefix}_{name}"] = part.get(name)
    for span in ("trigger", "evidence"):
        for name in ("start", "end", "text"):
            row[f"{span}_{name}"] = d[span][name]
    return {k: row[k] for k in EVENT_COLUMNS}


# --- outputs ---------------------------------------------------------------------------------

@contextlib.contextmanager
def _text_output(out: Output) -> Iterator[IO[str]]:
    """A text stream for ``out``: the stream itself, a UTF-8 wrapper over a binary stream, or a
    file opened (and closed) here."""
    if isinstance(out, str | os.PathLike):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            yield fh
    elif isinstance(out, io.TextIOBase) or hasattr(out, "encoding"):
        yield out  # type: ignore[misc]
        out.flush()
    else:
        wrapper = io.TextIOWrapper(out, encoding="utf-8", newline="")  # type: ignore[arg-type]
        try:
            yield wrapper
            wrapper.flush()
        finally:
            wrapper.detach()  # leave the caller's stream open


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _clip(value: Any, width: int) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def _table_line(cells: list[tuple[Any, int]]) -> str:
    return "  ".join(_clip(v, w).ljust(w) for v, w in cells).rstrip() + "\n"


def _json_default(value: Any) -> Any:
    return str(value)


# --- events ----------------------------------------------------------------------------------

@dataclass(frozen=True, kw_only=True)
class ExtraColumns:
    """Columns a caller adds to each event it writes (the hook ``write_events`` takes).

    The items written are then the caller's own objects: ``event`` gives each one's Event, and
    ``values`` its extra values by name (``names``, in order). They go into each JSON object
    (jsonl), after ``EVENT_COLUMNS`` (csv, parquet), into each feature's properties (geojson).

    parquet_types: pyarrow type names ("int64", "float64", "string") by column; others are
        strings.
    table: (header, name, width) of the columns the table shows, before its trigger column.
    table_note: said after the count on the table's last line.
    """

    names: tuple[str, ...]
    values: Callable[[Any], Mapping[str, Any]]
    event: Callable[[Any], Event]
    parquet_types: Mapping[str, str] = field(default_factory=dict)
    table: tuple[tuple[str, str, int], ...] = ()
    table_note: str | None = None


def _plain(events: Iterable[Any], extra: ExtraColumns | None
           ) -> Iterator[tuple[Event, Mapping[str, Any]]]:
    if extra is None:
        return ((e, {}) for e in events)
    return ((extra.event(item), extra.values(item)) for item in events)


def write_events(events: Iterable[Any], fmt: str, out: Output, *,
                 extra: ExtraColumns | None = None) -> int:
    """Write events in ``fmt`` (one of ``EVENT_FORMATS``) to ``out``.

    events: any iterable of Events (of the caller's items with ``extra``); consumed once,
        never held whole.
    fmt: "jsonl", "table", "csv", "geojson" or "parquet" (parquet needs a file path).
    out: a text or binary stream, or a file path.
    extra: columns to add to every event (see ``ExtraColumns``).
    RETURNS (int): how many events were written (geojson: those with a location).
    """
    fmt = fmt.lower()
    if fmt not in EVENT_FORMATS:
        raise FormatError(f"unknown event format {fmt!r}; choose one of {', '.join(EVENT_FORMATS)}")
    rows = _plain(events, extra)
    if fmt == "parquet":
        return _write_parquet(rows, out, extra)
    writer: Callable[[Iterable[tuple[Event, Mapping[str, Any]]], IO[str], ExtraColumns | None],
                     int] = {"jsonl": _events_jsonl, "table": _events_table, "csv": _events_csv,
                             "geojson": _events_geojson}[fmt]
    with _text_output(out) as fh:
        return writer(rows, fh, extra)


def _events_jsonl(rows: Iterable[tuple[Event, Mapping[str, Any]]], fh: IO[str],
                  extra: ExtraColumns | None) -> int:
    n = 0
    for e, more in rows:
        fh.write((json.dumps(e.to_dict() | dict(more), ensure_ascii=False, default=_json_default)
                  if more else e.to_json()) + "\n")
        n += 1
    return n


_EVENT_TABLE = (("date", 21), ("type", 9), ("cameo", 5), ("actor1 → actor2 / ↔ partner", 40),
                ("place (country)", 24), ("factuality", 11), ("conf", 4), ("trigger", 20))


def _actor_label(actor: Any) -> str:
    if actor is None:
        return "—"
    return str(actor.name or actor.text or actor.code or "?")


def _date_label(e: Event) -> str:
    if not e.date:
        return "?"
    if e.date_end and e.date_end != e.date:
        end = e.date_end[5:] if e.date_end[:4] == e.date[:4] else e.date_end
        return f"{e.date}–{end}"
    return e.date


def _events_table(rows: Iterable[tuple[Event, Mapping[str, Any]]], fh: IO[str],
                  extra: ExtraColumns | None) -> int:
    added = extra.table if extra is not None else ()
    layout = [*_EVENT_TABLE[:-1], *((h, w) for h, _, w in added), _EVENT_TABLE[-1]]
    fh.write(_table_line([(h, w) for h, w in layout]))
    fh.write(_table_line([("-" * w, w) for _, w in layout]))
    n = 0
    for e, more in rows:
        loc = e.location
        place = "—" if loc is None else (f"{loc.name or loc.text} ({loc.country})" if loc.country
                                         else str(loc.name or loc.text))
        actors = (f"{_actor_label(e.actor1)} ↔ {_actor_label(e.partner)}" if e.partner is not None
                  else f"{_actor_label(e.actor1)} → {_actor_label(e.actor2)}")  # (↔: a reciprocal event)
        values = [_date_label(e), e.type, e.cameo, actors, place, e.factuality,
                  f"{e.confidence:.2f}", *(more.get(name) for _, name, _ in added),
                  e.trigger.text]
        fh.write(_table_line([(v, w) for v, (_, w) in zip(values, layout, strict=True)]))
        n += 1
    note = f"; {extra.table_note}" if extra is not None and extra.table_note else ""
    fh.write(f"({n} event{'s' if n != 1 else ''}{note})\n")
    return n


def _csv_cell(value: Any) -> Any:
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return "" if value is None else value


def _events_csv(rows: Iterable[tuple[Event, Mapping[str, Any]]], fh: IO[str],
                extra: ExtraColumns | None) -> int:
    writer = csv.writer(fh, lineterminator="\n")
    names = extra.names if extra is not None else ()
    writer.writerow([*EVENT_COLUMNS, *names])
    n = 0
    for e, more in rows:
        writer.writerow([_csv_cell(v) for v in flatten_event(e).values()]
                        + [_csv_cell(more.get(k)) for k in names])
        n += 1
    return n


def _finite(value: Any) -> Any:
    return None if isinstance(value, float) and not math.isfinite(value) else value


def _events_geojson(rows: Iterable[tuple[Event, Mapping[str, Any]]], fh: IO[str],
                    extra: ExtraColumns | None) -> int:
    fh.write('{"type": "FeatureCollection", "features": [')
    n = 0
    for e, more in rows:
        loc = e.location
        if loc is None or loc.lat is None or loc.lon is None:
            continue
        props = {k: _finite(v) for k, v in (flatten_event(e) | dict(more)).items()}
        feature = {"type": "Feature", "id": e.event_id,
                   "geometry": {"type": "Point",
                                "coordinates": [round(loc.lon, 5), round(loc.lat, 5)]},
                   "properties": props}
        fh.write(("\n" if n == 0 else ",\n")
                 + json.dumps(feature, ensure_ascii=False, default=_json_default))
        n += 1
    fh.write("\n]}\n")
    return n


def _parquet_schema(extra: ExtraColumns | None = None) -> Any:
    import pyarrow as pa

    ints = {"quad_class", "actor1_start", "actor1_end", "actor2_start", "actor2_end", "partner_start", "partner_end",
            "location_start", "location_end", "location_geonameid", "trigger_start",
            "trigger_end", "evidence_start", "evidence_end"}
    floats = {"goldstein", "location_lat", "location_lon", "location_confidence",
              "location_precision_km", "location_border_km", "confidence"}
    lists = {"contexts", "flags"}

    def kind(name: str) -> Any:
        if name in ints:
            return pa.int64()
        if name in floats:
            return pa.float64()
        if name in lists:
            return pa.list_(pa.string())
        return pa.string()

    columns = [(name, kind(name)) for name in EVENT_COLUMNS]
    if extra is not None:
        columns += [(name, pa.type_for_alias(extra.parquet_types.get(name, "string")))
                    for name in extra.names]
    return pa.schema(columns)


def _write_parquet(rows: Iterable[tuple[Event, Mapping[str, Any]]], out: Output,
                   extra: ExtraColumns | None = None) -> int:
    stdout_like = {id(s) for s in (sys.stdout, sys.__stdout__) if s is not None}
    stdout_like |= {id(getattr(s, "buffer", None)) for s in (sys.stdout, sys.__stdout__) if s}
    is_text = isinstance(out, io.TextIOBase) or (not isinstance(out, str | os.PathLike)
                                                 and hasattr(out, "encoding"))
    if id(out) in stdout_like or is_text or (hasattr(out, "isatty") and out.isatty()):  # type: ignore[union-attr]
        raise FormatError("parquet is a binary file format and cannot be written to standard "
                          "output or a text stream; pass --output FILE.parquet")
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema(extra)
    n = 0
    target = os.fspath(out) if isinstance(out, str | os.PathLike) else out
    with pq.ParquetWriter(target, schema) as writer:
        for chunk in _chunks(rows, 10_000):
            table = [{k: _finite(v) for k, v in (flatten_event(e) | dict(more)).items()}
                     for e, more in chunk]
            writer.write_table(pa.Table.from_pylist(table, schema=schema))
            n += len(table)
    return n


# --- places ----------------------------------------------------------------------------------

def write_places(places: Iterable[Place], fmt: str, out: Output) -> int:
    """Write place mentions (``geoparse`` output) in ``fmt`` ("jsonl" or "table") to ``out``.

    RETURNS (int): how many places were written.
    """
    fmt = fmt.lower()
    if fmt not in PLACE_FORMATS:
        raise FormatError(f"unknown place format {fmt!r}; choose one of {', '.join(PLACE_FORMATS)}")
    with _text_output(out) as fh:
        return _places_jsonl(places, fh) if fmt == "jsonl" else _places_table(places, fh)


def _places_jsonl(places: Iterable[Place], fh: IO[str]) -> int:
    n = 0
    for p in places:
        fh.write(json.dumps(p.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


_PLACE_TABLE = (("doc_id", 16), ("offsets", 11), ("text", 22), ("name", 22), ("country", 7),
                ("feature", 8), ("lat", 9), ("lon", 10), ("conf", 4), ("border", 14))


def _places_table(places: Iterable[Place], fh: IO[str]) -> int:
    fh.write(_table_line([(h, w) for h, w in _PLACE_TABLE]))
    fh.write(_table_line([("-" * w, w) for _, w in _PLACE_TABLE]))
    n = 0
    for p in places:
        border = "" if p.border_km is None else f"{p.border_km:.0f} km {p.border_with or ''}"
        values = [p.doc_id or "", f"{p.start}-{p.end}", p.text, p.name, p.country or "",
                  p.feature, f"{p.lat:.4f}", f"{p.lon:.4f}", f"{p.confidence:.2f}", border]
        fh.write(_table_line([(v, w) for v, (_, w) in zip(values, _PLACE_TABLE)]))
        n += 1
    fh.write(f"({n} place{'s' if n != 1 else ''})\n")
    return n
