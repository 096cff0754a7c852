"""Article text cut into segments by the highlights over it (evidence sentences, triggers).

Offsets in watchfloor are Python code points; JavaScript strings count UTF-16 units, so a page
that sliced ``text`` by offsets would drift after the first emoji. The API therefore sends the
text already cut: each segment carries its text and the marks covering it, and the page only
puts segments side by side (as text nodes: never as HTML).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from watchfloor.model import Event

__all__ = ["highlights", "segments"]


def highlights(events: Iterable[Event], text_length: int) -> list[dict[str, Any]]:
    """Evidence and trigger spans of ``events`` as {kind, event_id, start, end}, clipped to the text."""
    out: list[dict[str, Any]] = []
    for e in events:
        for kind, span in (("evidence", e.evidence), ("trigger", e.trigger)):
            start, end = max(0, span.start), min(text_length, span.end)
            if start < end:
                out.append({"kind": kind, "event_id": e.event_id, "start": start, "end": end})
    out.sort(key=lambda h: (h["start"], -h["end"], h["kind"], h["event_id"]))
    return out


def segments(text: str, marks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``text`` split at every highlight boundary; ``"".join(s["text"] for s in result) == text``."""
    cuts = sorted({0, len(text), *(m["start"] for m in marks), *(m["end"] for m in marks)})
    out: list[dict[str, Any]] = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [{"kind": m["kind"], "event_id": m["event_id"]} for m in marks
                    if m["start"] <= start and end <= m["end"]]
        out.append({"text": text[start:end], "start": start, "end": end, "marks": covering})
    return out
