"""The ontology tables and the cheap pieces of the coder that need no spaCy model."""
from __future__ import annotations

from datetime import date

import pytest

from watchfloor.coding import (acled_types, cameo, might_hold_event, plover, plover_for_cameo,
                               quad_class_of, resolve_date)
from watchfloor.model import PLOVER_TYPES


def test_cameo_codes_carry_goldstein_quad_class_and_plover() -> None:
    mob = cameo("154")
    assert (mob.plover, mob.mode, mob.quad_class) == ("MOBILIZE", "troops", 4)
    assert mob.goldstein == -7.2
    assert cameo("112").plover == "ACCUSE" and cameo("112").quad_class == 3
    assert cameo("0874").quad_class == 2
    assert plover_for_cameo("010") is None  # statements are not PLOVER events


def test_quad_classes_follow_gdelt_roots() -> None:
    assert [quad_class_of(c) for c in ("01", "05", "06", "08", "09", "13", "14", "20")] == [1, 1, 2, 2, 3, 3, 4, 4]


def test_plover_and_acled_tables() -> None:
    assert set(plover()["types"]) == set(PLOVER_TYPES)
    assert "troops" in plover()["types"]["MOBILIZE"]["modes"]
    assert "border" in plover()["contexts"] and "military" in plover()["contexts"]
    subs = [s for subs in acled_types().values() for s in subs]
    assert len(acled_types()) == 6 and len(subs) == 25


def test_prefilter_is_cheap_and_keeps_event_sentences() -> None:
    assert might_hold_event("Rebels shelled the town overnight.")
    assert might_hold_event("The ministers held talks in Rome.")
    assert might_hold_event("Police arrested three men.")
    assert not might_hold_event("The weather was mild and the harvest good.")


def test_relative_dates_against_a_tuesday_publication() -> None:
    pub = "2025-06-10"  # a Tuesday
    assert resolve_date("In recent weeks, columns moved south.", pub) == (date(2025, 5, 20), date(2025, 6, 10), "range")
    assert resolve_date("The convoy left on Tuesday.", pub) == (date(2025, 6, 10), None, "day")
    assert resolve_date("Shelling resumed late on Sunday.", pub) == (date(2025, 6, 8), None, "day")
    assert resolve_date("Talks collapsed over the weekend.", pub)[2] == "range"
    assert resolve_date("Fighting has raged since January.", pub) == (date(2025, 1, 1), date(2025, 6, 10), "range")
    # a year after the month is that year's month, not this year's
    assert resolve_date("The RSF has been fighting the army since April 2023.", pub) == (
        date(2023, 4, 1), date(2025, 6, 10), "range")
    assert resolve_date("Earlier this month the army withdrew.", pub) == (date(2025, 6, 1), date(2025, 6, 10), "range")
    assert resolve_date("Troops arrived last week.", pub)[2] == "week"
    assert resolve_date("The pact was signed on 16 March.", pub) == (date(2025, 3, 16), None, "day")
    assert resolve_date("Nothing dated here.", pub) == (date(2025, 6, 10), None, "day")
    assert resolve_date("Nothing dated here.", None) == (None, None, None)


@pytest.mark.parametrize("sentence, expected", [
    # counted back from the publication day
    ("The convoy was attacked two days ago.", (date(2025, 6, 8), None, "day")),
    ("The army withdrew three weeks ago.", (date(2025, 5, 19), date(2025, 5, 25), "week")),
    ("Talks collapsed a month ago.", (date(2025, 5, 1), date(2025, 5, 31), "month")),
    # two dates make a range; a day number alone borrows the month that follows
    ("Clashes raged between May 1 and May 5.", (date(2025, 5, 1), date(2025, 5, 5), "range")),
    ("Clashes raged between 1 and 5 May.", (date(2025, 5, 1), date(2025, 5, 5), "range")),
    ("Clashes raged from May 1 to May 5, 2024.", (date(2024, 5, 1), date(2024, 5, 5), "range")),
    # parts of a month or year, the year so far, a whole month or year
    ("Troops arrived in mid-May.", (date(2025, 5, 11), date(2025, 5, 20), "range")),
    ("Troops arrived at the end of May.", (date(2025, 5, 21), date(2025, 5, 31), "range")),
    ("Troops arrived in early March 2024.", (date(2024, 3, 1), date(2024, 3, 10), "range")),
    ("The rebels regrouped earlier this year.", (date(2025, 1, 1), date(2025, 6, 10), "range")),
    ("The rebels regrouped in March.", (date(2025, 3, 1), date(2025, 3, 31), "month")),
    # a month named from publication: "last June" in a June article is a year back
    ("The truce agreed last November still holds.", (date(2024, 11, 1), date(2024, 11, 30), "month")),
    ("The truce agreed last June still holds.", (date(2024, 6, 1), date(2024, 6, 30), "month")),
    ("The rebels seized the town last March.", (date(2025, 3, 1), date(2025, 3, 31), "month")),
    ("Elections will be held next March.", (date(2026, 3, 1), date(2026, 3, 31), "month")),
    ("The war began in 2014.", (date(2014, 1, 1), date(2014, 12, 31), "year")),
    ("Fighting has continued since 2011.", (date(2011, 1, 1), date(2025, 6, 10), "range")),
    ("In late 2019 troops deployed.", (date(2019, 9, 1), date(2019, 12, 31), "range")),
    # a decade, two joined, a part of one, and one run to the publication day
    ("Drug cartels killed several presidential candidates in the 1980s and 1990s.",
     (date(1980, 1, 1), date(1999, 12, 31), "range")),
    ("Hussein ordered mass killings of Kurds in the late 1980s.", (date(1987, 1, 1), date(1989, 12, 31), "range")),
    ("The rebels have fought the government since the 1970s.", (date(1970, 1, 1), date(2025, 6, 10), "range")),
    # ... not a bound of a state
    ("Until the 1990s the country was one of the wealthiest.", (date(2025, 6, 10), None, "day")),
    # what is announced for later
    ("The envoys will meet next week.", (date(2025, 6, 16), date(2025, 6, 22), "week")),
    ("The envoys will meet later this month.", (date(2025, 6, 10), date(2025, 6, 30), "range")),
])
def test_more_date_phrases(sentence: str, expected: tuple) -> None:  # type: ignore[type-arg]
    assert resolve_date(sentence, "2025-06-10") == expected


def test_numbers_are_no_years() -> None:
    assert resolve_date("Some 2015 people fled the town.", "2025-06-10") == (date(2025, 6, 10), None, "day")


def test_a_date_used_as_a_modifier_is_no_date() -> None:
    # "a Sept. 11-style attack" names another event; the patrol was on Monday
    text = "Police on Monday patrolled the terminals for fear of a Sept. 11-style attack."
    assert resolve_date(text, "2025-06-11") == (date(2025, 6, 9), None, "day")


@pytest.mark.parametrize("sentence, expected", [
    ("The envoys will meet on Friday.", (date(2025, 6, 13), None, "day")),
    ("The summit will be held on June 20.", (date(2025, 6, 20), None, "day")),
    ("The summit will be held on June 2.", (date(2026, 6, 2), None, "day")),
    ("Elections will take place in September.", (date(2025, 9, 1), date(2025, 9, 30), "month")),
    # an explicit year, or a past mark, keeps its own date
    ("They will meet on 3 July 2024.", (date(2024, 7, 3), None, "day")),
    ("The leaders who met last Friday will meet again.", (date(2025, 6, 6), None, "day")),
])
def test_what_is_to_come_is_dated_forward(sentence: str, expected: tuple) -> None:  # type: ignore[type-arg]
    assert resolve_date(sentence, "2025-06-10", future=True) == expected


def test_without_a_publication_day_only_absolute_dates() -> None:
    # a month or a year named with its year still dates; a day with no year has none to take
    assert resolve_date("Lindh was captured in November 2001 after the Sept. 11 attacks.", None) == (
        date(2001, 11, 1), date(2001, 11, 30), "month")
    assert resolve_date("The war began in 2014.", None) == (date(2014, 1, 1), date(2014, 12, 31), "year")
    assert resolve_date("The truce began on Sept. 11.", None) == (None, None, None)
