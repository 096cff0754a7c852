"""Places inside compound nouns of a locative phrase (issue 4). Sentences written for these tests."""
from __future__ import annotations

import pytest

from watchfloor.model import Article


def _loc(text: str, trigger: str) -> str | None:
    from watchfloor.pipeline import process_batch

    res = process_batch([Article(id="t", text=text)])[0]
    ev = next(e for e in res.events if trigger in e.trigger.text)
    return ev.location.text if ev.location else None


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, place", [
    ("Nine soldiers were killed in the Kandahar offensive last week.", "killed", "Kandahar"),
    ("A journalist was shot at a Nairobi restaurant on Friday.", "shot", "Nairobi"),
])
def test_place_in_compound_of_locative(text, trigger, place):
    assert _loc(text, trigger) == place
