"""Every output format parses back; writers stream and refuse what they cannot do."""
from __future__ import annotations

import csv
import io
import json
import sys

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.json as pajson
import pyarrow.parquet as pq
import pytest

from watchfloor.formats import (
    EVENT_COLUMNS,
    FormatError,
    flatten_event,
    write_events,
    write_places,
)
from watchfloor.model import Acled, Actor, Event, Place, TextSpan


def make_events() -> list[Event]:
    djanet = Place(start=84, end=90, text="Djanet", name="Djanet", lat=24.5534, lon=9.4844,
                   country="DZA", geonameid=2500089, feature="city", admin1="Illizi",
                   confidence=0.93, precision_km=5.0, border_km=61.2, border_with="LBY")
    return [
        Event(doc_id="d1", type="MOBILIZE", mode="troops", contexts=["military", "border"],
              cameo="154", quad_class=4, goldstein=-7.2,
              acled=Acled("Strategic developments", "Headquarters or base established"),
              trigger=TextSpan(120, 128, "deployed"),
              evidence=TextSpan(60, 190, "Units, led by Haftar, deployed near Djanet, \"he\" said"),
              actor1=Actor("Units of the army", 60, 77, name="Libyan National Army",
                           country="LBY", sector="MIL", code="LBYMIL"),
              location=djanet, date="2025-05-20", date_end="2025-06-10", date_precision="range",
              factuality="reported", attribution="Western analysts", confidence=0.81,
              flags=["x"]),
        Event(doc_id="d1", type="ACCUSE", cameo="112", quad_class=3, goldstein=-2.0,
              trigger=TextSpan(200, 208, "accused"), evidence=TextSpan(195, 260, "Algeria accused"),
              actor1=Actor("Algeria", 195, 202, country="DZA"),
              actor2=Actor("Libya", 220, 225, country="LBY"), date="2025-06-09",
              confidence=0.6),
        Event(doc_id="d2", type="ASSAULT", cameo="190", quad_class=4, goldstein=-10.0,
              trigger=TextSpan(0, 7, "clashes" * 10), evidence=TextSpan(0, 40, "Clashes in Ghat"),
              location=Place(start=11, end=15, text="Ghat", name="Ghat", lat=24.9647,
                             lon=10.1728, country="LBY", feature="city"),
              date=None, factuality="speculative", confidence=0.35),
    ]


def test_a_partner_has_its_own_columns_and_a_two_way_arrow(tmp_path):
    e = make_events()[1]
    e.partner, e.actor2 = e.actor2, None  # a reciprocal event: Algeria ↔ Libya
    row = flatten_event(e)
    assert row["partner_country"] == "LBY" and row["actor2_country"] is None
    assert list(EVENT_COLUMNS[-7:]) == [f"partner_{n}" for n in ("text", "start", "end", "name", "country",
                                                                  "sector", "code")]
    out = io.StringIO()
    write_events([e], "table", out)
    assert "Algeria ↔ Libya" in out.getvalue()
    path = tmp_path / "e.parquet"
    write_events([e], "parquet", str(path))
    assert pq.read_table(path).column("partner_start").to_pylist() == [220]


def test_jsonl_parses_back():
    events = make_events()
    buf = io.StringIO()
    assert write_events(events, "jsonl", buf) == 3
    lines = buf.getvalue().splitlines()
    assert [Event.from_dict(json.loads(line)).to_dict() for line in lines] == \
           [e.to_dict() for e in events]
    table = pajson.read_json(io.BytesIO(buf.getvalue().encode()))
    assert table.column("event_id").to_pylist() == [e.event_id for e in events]


def test_jsonl_to_binary_stream_leaves_it_open():
    raw = io.BytesIO()
    write_events(make_events()[:1], "jsonl", raw)
    assert not raw.closed
    assert json.loads(raw.getvalue().decode("utf-8"))["type"] == "MOBILIZE"


def test_csv_parses_back(tmp_path):
    events = make_events()
    path = tmp_path / "events.csv"
    assert write_events(events, "csv", path) == 3
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0]) == EVENT_COLUMNS
    assert rows[0]["evidence_text"] == events[0].evidence.text  # commas and quotes survive
    assert rows[0]["contexts"] == "military;border"
    assert rows[0]["location_border_with"] == "LBY" and rows[1]["actor2_country"] == "LBY"
    assert rows[2]["date"] == "" and rows[1]["location_lat"] == ""
    table = pacsv.read_csv(path)
    assert table.num_rows == 3
    assert table.column("goldstein").to_pylist() == [-7.2, -2.0, -10.0]


def test_geojson_parses_back(tmp_path):
    events = make_events()
    out = io.StringIO()
    assert write_events(events, "geojson", out) == 2  # the ACCUSE event has no location
    data = json.loads(out.getvalue())
    assert data["type"] == "FeatureCollection"
    features = data["features"]
    assert [f["id"] for f in features] == [events[0].event_id, events[2].event_id]
    assert features[0]["geometry"] == {"type": "Point", "coordinates": [9.4844, 24.5534]}
    assert features[0]["properties"] == flatten_event(events[0])
    empty = io.StringIO()
    assert write_events([], "geojson", empty) == 0
    assert json.loads(empty.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_parquet_parses_back(tmp_path):
    events = make_events()
    path = tmp_path / "events.parquet"
    assert write_events(iter(events), "parquet", path) == 3
    table = pq.read_table(path)
    assert table.column_names == list(EVENT_COLUMNS)
    assert table.to_pylist() == [flatten_event(e) for e in events]
    assert pa.types.is_list(table.schema.field("contexts").type)
    assert str(table.schema.field("quad_class").type) == "int64"
    write_events([], "parquet", str(tmp_path / "empty.parquet"))
    assert pq.read_table(tmp_path / "empty.parquet").num_rows == 0


def test_parquet_refuses_stdout_and_text_streams(monkeypatch):
    for out in (sys.stdout, io.StringIO()):
        with pytest.raises(FormatError, match="--output FILE.parquet"):
            write_events(make_events(), "parquet", out)


def test_table_is_readable_and_truncated():
    out = io.StringIO()
    assert write_events(make_events(), "table", out) == 3
    lines = out.getvalue().splitlines()
    assert lines[0].split()[:3] == ["date", "type", "cameo"]
    assert "2025-05-20–06-10" in lines[2]
    assert "Libyan National Army → —" in lines[2] and "Djanet (DZA)" in lines[2]
    assert "Algeria → Libya" in lines[3]
    assert "clashesclashesclash…" in lines[4] and "clashes" * 10 not in lines[4]
    assert len({len(line) for line in lines[2:5]}) <= 3 and max(map(len, lines)) < 160
    assert lines[-1] == "(3 events)"


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_writers_stream(fmt):
    """Each event is written before the next is asked for."""
    out = io.StringIO()
    events = make_events()
    header = 1 if fmt == "csv" else 0

    def produce():
        for i, e in enumerate(events):
            assert out.getvalue().count("\n") == header + i
            yield e

    assert write_events(produce(), fmt, out) == 3


def test_unknown_format():
    with pytest.raises(FormatError, match="unknown"):
        write_events(make_events(), "xml", io.StringIO())
    with pytest.raises(FormatError, match="unknown"):
        write_places([], "csv", io.StringIO())


def test_places_jsonl_and_table(tmp_path):
    places = [Place(start=1402, end=1408, text="Djanet", name="Djanet", lat=24.55341,
                    lon=9.48443, country="DZA", geonameid=2500089, feature="city",
                    admin1="Illizi", confidence=0.93, border_km=61.24, border_with="LBY",
                    doc_id="libya-algeria-border")]
    path = tmp_path / "places.jsonl"
    assert write_places(places, "jsonl", path) == 1
    line = json.loads(path.read_text(encoding="utf-8"))
    assert line == places[0].to_dict()
    assert list(line)[:4] == ["doc_id", "start", "end", "text"]
    out = io.StringIO()
    assert write_places(places, "table", out) == 1
    row = out.getvalue().splitlines()[2]
    assert "1402-1408" in row and "DZA" in row and "61 km LBY" in row
