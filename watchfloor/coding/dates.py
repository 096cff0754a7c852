"""When an event happened: news date phrases resolved against the publication date.

Rules first for the phrases news uses and ``dateparser`` gets wrong or misses ("in recent
weeks", "earlier this month", "last week", "over the weekend", "late on Sunday", "since
January", "two days ago", "in mid-May", "at the end of June", "earlier this year", "next week",
"between 1 and 5 May", weekday names); ``dateparser`` only for explicit dates ("on 16 March",
"May 5, 2024"), called on the date-like substring alone with one cached settings object (it is
slow). A month, week or year carries its last day as ``date_end`` too, so a query for any day
in it finds the event.

With no date in the sentence the event is dated to the publication day: news reports mostly
describe the last day or two, and ``day`` precision with the published date is what GDELT and
ACLED-style feeds assume; an analyst filtering by date then still finds it. With no
``published`` either, all three values are None.
"""
from __future__ import annotations

import functools
import re
from datetime import date, timedelta
from typing import Any

__all__ = ["CALENDAR_WORDS", "LONG_SPANS", "is_month_name", "is_weekday_name", "resolve_date", "span_days"]

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"]
_MONTH_RE = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
# month and weekday names, written out: a headline keeps their capitals, a coder takes them for dates
CALENDAR_WORDS = frozenset(_MONTHS + _WEEKDAYS)
# Units of a span long past, which a clause that names one sets apart from the sentence's day
# ("MONTHS after …", "early LAST YEAR")
LONG_SPANS = frozenset({"month", "year", "decade"})


def is_month_name(word: str) -> bool:
    """Whether a word names a month, written out or abbreviated ("March", "Sept", "Feb.")."""
    return re.fullmatch(_MONTH_RE, word, re.IGNORECASE) is not None


def is_weekday_name(word: str) -> bool:
    """Whether a word names a day of the week, written out ("Monday")."""
    return word.lower() in _WEEKDAYS


_EXPLICIT = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_RE}(?:,?\s+\d{{4}})?|{_MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{4}})\b",
    re.IGNORECASE)
# A date used as a modifier names another event: "fears of a Sept. 11-style attack"
_DATE_MODIFIER = re.compile(
    rf"\b(?:{_MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?-(?:style|like|era|type|inspired)\b",
    re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(?:(late|early)\s+)?(?:on\s+)?(?:(last|this|next|past)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
_SINCE_MONTH = re.compile(rf"\bsince\s+(?:early\s+|late\s+|mid-?)?({_MONTH_RE})\b(?:,?\s+((?:19|20)\d{{2}})\b)?",
                          re.IGNORECASE)
# "last November", "this March", "next June": a month named by where it falls from publication
_NAMED_MONTH = re.compile(rf"\b(last|past|this|next)\s+({_MONTH_RE})\b(?!\s+\d)", re.IGNORECASE)
_IN_MONTH = re.compile(rf"\b(?:in|during|since|early|late|mid-?)\s+({_MONTH_RE})(?:\s+(\d{{4}}))?\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(in|during|since|early|mid|late)[- ]+((?:19|20)\d{2})\b", re.IGNORECASE)
# part of a month: "in mid-May", "in early March 2024", "at the end of May", "the beginning of June"
_PART_OF_MONTH = re.compile(
    rf"\b(?:(early|mid|late)[- ]?|(?:the\s+)?(beginning|start|middle|end)\s+of\s+)({_MONTH_RE})(?:,?\s+(\d{{4}}))?\b",
    re.IGNORECASE)
# "between 1 and 5 May", "from May 1 to May 5": two explicit dates, the first a day number alone
# when the month follows ("between 1 and 5 May")
_BETWEEN = re.compile(rf"\b(?:between|from)\s+(\d{{1,2}}(?:st|nd|rd|th)?|\S.*?)\s+(?:and|to|until|till|through)\s+", re.IGNORECASE)
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "a few": 3, "several": 3, "a couple of": 2}
# the counts written out that a measure of time takes ("TWO days ago", "A week")
_COUNT_WORDS = r"an?|one|two|three|four|five|six|seven|eight|nine|ten"
_AGO = re.compile(rf"\b(\d{{1,2}}|a few|a couple of|several|{_COUNT_WORDS})\s+"
                  r"(day|week|month|year)s?\s+ago\b", re.IGNORECASE)
# a decade, or two joined: "in the 1980s", "the violence of the 1980s and 1990s", "since the 1970s"
# (not a bound: "until the mid-1980s one of the continent's wealthiest nations")
_DECADE = re.compile(r"(?<!until )(?<!till )(?<!before )(?<!after )\b(since\s+)?the\s+(?:(early|mid|late)[- ])?"
                     r"((?:19|20)\d0)s(?:\s+and\s+((?:19|20)\d0)s)?\b", re.IGNORECASE)
_THIS_YEAR = re.compile(r"\b(?:earlier\s+)?this\s+year\b", re.IGNORECASE)
_NEXT = re.compile(r"\b(?:next|later\s+this)\s+(week|month|year)\b", re.IGNORECASE)
_FUTURE_WORDS = re.compile(r"\b(?:next|coming|upcoming)\b", re.IGNORECASE)

# (pattern, days back from published for the start, days back for the end, precision)
_RELATIVE: list[tuple[re.Pattern[str], int, int, str]] = [
    # ("killed 18 civilians OVER THE PAST WEEK": the seven days to the report, not last calendar week)
    (re.compile(r"\b(?:in|over|during)\s+the\s+(?:past|last)\s+week\b(?!\s+of\b)", re.I), 7, 0, "range"),
    (re.compile(r"\b(?:in|over|during)\s+the\s+(?:past|last)\s+month\b(?!\s+of\b)", re.I), 30, 0, "range"),
    (re.compile(r"\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:24|48)\s+hours\b", re.I), 1, 0, "range"),
    (re.compile(r"\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+)?weeks\b|\brecent weeks\b", re.I), 21, 0, "range"),
    (re.compile(r"\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+)?months\b|\brecent months\b", re.I), 90, 0, "range"),
    (re.compile(r"\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+)?years\b(?!\s+of\b)"
                r"|\brecent years\b", re.I), 1095, 0, "range"),
    (re.compile(r"\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+)?days\b|\brecent days\b", re.I), 4, 0, "range"),
    (re.compile(r"\b(?:over|during|at)\s+the\s+weekend\b|\bthis weekend\b|\blast weekend\b", re.I), -1, -1, "weekend"),
    (re.compile(r"\blast\s+week\b", re.I), -2, -2, "lastweek"),
    (re.compile(r"\bthis\s+week\b|\bearlier\s+this\s+week\b", re.I), -3, -3, "thisweek"),
    (re.compile(r"\bearlier\s+this\s+month\b|\bthis\s+month\b", re.I), -4, -4, "thismonth"),
    (re.compile(r"\blast\s+month\b", re.I), -5, -5, "lastmonth"),
    (re.compile(r"\blast\s+year\b", re.I), -6, -6, "lastyear"),
    (re.compile(r"\byesterday\b|\blast\s+night\b", re.I), 1, 1, "day"),
    # ("launched 112 drones OVERNIGHT": the night the day's report tells of)
    (re.compile(r"\btoday\b|\btonight\b|\bthis\s+morning\b|\bearlier\s+today\b|\bovernight\b", re.I), 0, 0, "day"),
]


def publication_day(published: str | None) -> date | None:
    """The day an article's ``published`` field names (a date or a timestamp), or None."""
    return _parse_published(published)


def days_later(text: str) -> int | None:
    """The days a sentence counts after the incident told before it: "the following day", "the
    next day", "a day later", "two days later" (None where it counts none)."""
    m = _DAYS_LATER.search(text)
    if m is None:
        return None
    count = (m.group(1) or "one").lower()
    return int(count) if count.isdigit() else _NUMBERS[count]


def span_days(text: str) -> int | None:
    """The days a measure of time counts: "two days" 2, "a week" 7 (None for any other words)."""
    m = _SPAN.fullmatch(text.strip())
    if m is None:
        return None
    count = m.group(1).lower()
    return (int(count) if count.isdigit() else _NUMBERS[count]) * (7 if m.group(2).lower() == "week" else 1)


_SPAN = re.compile(rf"({_COUNT_WORDS}|\d{{1,2}})\s+(day|week)s?", re.IGNORECASE)
_DAYS_LATER = re.compile(r"\b(?:the (?:following|next) day|the day after"
                         r"|(a|one|two|three|four|five|six|\d) days? later)\b", re.IGNORECASE)


def _parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        d = _dateparser(str(published), None)
        return d


@functools.lru_cache(maxsize=4096)
def _dateparser(text: str, anchor: date | None) -> date | None:
    import dateparser
    from datetime import datetime

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"],
                                "RETURN_AS_TIMEZONE_AWARE": False}
    if anchor is not None:
        settings["RELATIVE_BASE"] = datetime(anchor.year, anchor.month, anchor.day)
    got = dateparser.parse(text, languages=["en"], settings=settings)
    return got.date() if got else None


def _special(kind: str, pub: date) -> tuple[date, date | None, str]:
    if kind == "weekend":  # the last Saturday–Sunday on or before the publication day
        sunday = pub - timedelta(days=(pub.weekday() + 1) % 7)
        return sunday - timedelta(days=1), sunday, "range"
    if kind == "lastweek":
        monday = pub - timedelta(days=pub.weekday() + 7)
        return monday, monday + timedelta(days=6), "week"
    if kind == "thisweek":
        return pub - timedelta(days=pub.weekday()), pub, "week"
    if kind == "thismonth":
        return pub.replace(day=1), pub, "range"
    if kind == "lastmonth":
        last = pub.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last, "month"
    if kind == "lastyear":
        return date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31), "year"
    raise ValueError(kind)


def resolve_date(sentence_text: str, published: str | None, *, future: bool = False,
                 done: bool = False, fallback: bool = True) -> tuple[date | None, date | None, str | None]:
    """(date, date_end, precision) of what a sentence reports, anchored at ``published``.

    precision is ``day``, ``week``, ``month``, ``year`` or ``range`` (then ``date_end`` is set).
    future: the event is still to come ("will meet on Friday", "the summit will be held on June
    20"), so a weekday, day or month named without a year is the next one, not the last.
    done: the event is told in a past tense, so a date after publication is of words about what
    is still to come ("rejected a proposal to hold elections NEXT YEAR"), not its own: the
    publication day stands, as for a sentence with no date.
    fallback: a text that names no date is of the publication day; without it, (None, None, None).
    """
    pub = _parse_published(published)
    got = _resolve(sentence_text, pub, future=future)
    if got is None:  # (the text names no date)
        return (pub, None, "day") if fallback else (None, None, None)
    if done and pub is not None and got[0] is not None and got[0] > pub:
        return pub, None, "day"
    return got


def _resolve(sentence_text: str, pub: date | None, *,
             future: bool = False) -> tuple[date | None, date | None, str | None] | None:
    """``resolve_date``'s reading of the text; None where it names no date (a publication day
    to fall back on given)."""
    text = _DATE_MODIFIER.sub(" ", sentence_text)
    if future and pub is not None and not re.search(r"\b(?:last|past|ago|yesterday|earlier)\b", text, re.I):
        ahead = _ahead(text, pub)
        if ahead is not None:
            return ahead
    span = _between(text, pub)
    if span is not None:
        return span[0], span[1], "range"
    m = _EXPLICIT.search(text)
    if m and pub is None and not re.search(r"\d{4}", m.group(0)):
        m = None  # "Sept. 11" with no year nor publication day: no year to give it (not this year's)
    if m:
        got = _dateparser(m.group(0), pub)
        if got is not None:
            if pub is not None and got > pub and not re.search(r"\d{4}", m.group(0)) and not _FUTURE_WORDS.search(text):
                got = got.replace(year=got.year - 1)
            return got, None, "day"
    if pub is None:
        return _absolute(text)
    part = _month_part(text, pub)
    if part is not None:
        return part[0], part[1], "range"
    m = _AGO.search(text)
    if m:
        return _ago(_NUMBERS.get(m.group(1).lower()) or int(m.group(1)), m.group(2).lower(), pub)
    m = _NEXT.search(text)
    if m:
        return _next(m.group(0).lower().startswith("later"), m.group(1).lower(), pub)
    m = _SINCE_MONTH.search(text)
    if m:
        month = _month_number(m.group(1))
        year = int(m.group(2)) if m.group(2) else pub.year if month <= pub.month else pub.year - 1
        return date(year, month, 1), pub, "range"  # ("since April 2023": that year's April)
    for pat, back, back_end, kind in _RELATIVE:
        if pat.search(text):
            if kind == "range":
                return pub - timedelta(days=back), pub - timedelta(days=back_end), "range"
            if kind == "day":
                return pub - timedelta(days=back), None, "day"
            return _special(kind, pub)
    m = _WEEKDAY.search(text)
    if m:
        wd = _WEEKDAYS.index(m.group(3).lower())
        delta = (pub.weekday() - wd) % 7
        if (m.group(2) or "").lower() == "next" or _FUTURE_WORDS.search(text[max(0, m.start() - 12):m.start()]):
            return pub + timedelta(days=(wd - pub.weekday()) % 7 or 7), None, "day"
        if (m.group(2) or "").lower() == "last" and delta == 0:
            delta = 7
        # "on Tuesday" in a Tuesday article is that same day
        return pub - timedelta(days=delta), None, "day"
    if _THIS_YEAR.search(text):
        return date(pub.year, 1, 1), pub, "range"  # "earlier this year": so far this year
    m = _NAMED_MONTH.search(text)
    if m:
        month = _month_number(m.group(2))
        year = _named_month_year(m.group(1).lower(), month, pub)
        return date(year, month, 1), _month_end(year, month), "month"
    m = _IN_MONTH.search(text)
    if m:
        month = _month_number(m.group(1))
        year = int(m.group(2)) if m.group(2) else (pub.year if month <= pub.month else pub.year - 1)
        return date(year, month, 1), _month_end(year, month), "month"
    m = _YEAR.search(text)
    if m:
        how, year = m.group(1).lower(), int(m.group(2))
        if how == "since":
            return date(year, 1, 1), pub, "range"
        if how in ("early", "mid", "late"):  # thirds of the year
            first = {"early": 1, "mid": 5, "late": 9}[how]
            return date(year, first, 1), _month_end(year, first + 3), "range"
        return date(year, 1, 1), date(year, 12, 31), "year"
    decade = _decade(text, pub)
    if decade is not None:
        return decade
    return None


def _decade(text: str, pub: date | None) -> tuple[date, date, str] | None:
    """The years a decade names ("the 1980s and 1990s": 1980–1999; "the late 1980s": 1987–1989;
    "since the 1970s": to the publication day)."""
    m = _DECADE.search(text)
    if m is None:
        return None
    first = int(m.group(3))
    last = int(m.group(4) or first) + 9
    part = (m.group(2) or "").lower()
    start = first + {"early": 0, "mid": 3, "late": 7}.get(part, 0)
    if part and not m.group(4):
        last = first + {"early": 3, "mid": 6, "late": 9}[part]
    end = pub if m.group(1) and pub is not None else date(last, 12, 31)
    return date(start, 1, 1), end, "range"


def _absolute(text: str) -> tuple[date | None, date | None, str | None]:
    """What a text with no publication day to count from still dates: a month of a named year
    ("in November 2001"), a year ("in 2014"); nothing else."""
    m = _IN_MONTH.search(text)
    if m and m.group(2):
        month, year = _month_number(m.group(1)), int(m.group(2))
        return date(year, month, 1), _month_end(year, month), "month"
    m = _YEAR.search(text)
    if m and m.group(1).lower() in ("in", "during"):
        year = int(m.group(2))
        return date(year, 1, 1), date(year, 12, 31), "year"
    decade = _decade(text, None)
    if decade is not None and not _DECADE.search(text).group(1):  # ("since the 1970s" needs a day to run to)
        return decade
    return None, None, None


# Beyond this many days ahead, a yearless day a future event's sentence names is the recent one,
# unless the sentence says it "will" be.
_NEXT_YEAR_DAYS = 300
_WILL = re.compile(r"\b(?:will|shall)\b|'ll\b", re.IGNORECASE)


def _ahead(text: str, pub: date) -> tuple[date, date | None, str] | None:
    """The coming date a future event's sentence names without a year, else None."""
    m = _EXPLICIT.search(text)
    if m and not re.search(r"\d{4}", m.group(0)):
        got = _dateparser(m.group(0), pub)
        if got is not None:
            # a day gone by a few weeks ago is that day, not its return next year: "had planned to
            # attack the presidency ON JAN. 10" in a January 14 story (writers give a year so far
            # ahead); what "will" be held is still to come ("the summit WILL be held on June 2")
            ahead = got if got >= pub else got.replace(year=got.year + 1)
            far = (ahead - pub).days > _NEXT_YEAR_DAYS and not _WILL.search(text)
            return (got if far else ahead), None, "day"
    if m:
        return None
    m = _WEEKDAY.search(text)
    if m and (m.group(2) or "").lower() not in ("last", "past"):
        wd = _WEEKDAYS.index(m.group(3).lower())
        return pub + timedelta(days=(wd - pub.weekday()) % 7), None, "day"
    m = _IN_MONTH.search(text)
    if m and not m.group(2) and not _PART_OF_MONTH.search(text):
        month = _month_number(m.group(1))
        year = pub.year if month >= pub.month else pub.year + 1
        return date(year, month, 1), _month_end(year, month), "month"
    return None


def _named_month_year(how: str, month: int, pub: date) -> int:
    """The year of "last/this/next <month>": "last November" in a November article is a year
    back, in a December one this year's; "next March" is the coming one."""
    if how in ("last", "past"):
        return pub.year if month < pub.month else pub.year - 1
    if how == "next":
        return pub.year if month > pub.month else pub.year + 1
    return pub.year


def _month_end(year: int, month: int) -> date:
    return (date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)


def _month_part(text: str, pub: date) -> tuple[date, date] | None:
    """ "in mid-May" (11–20), "early March" (1–10), "late/at the end of June" (21–end)."""
    m = _PART_OF_MONTH.search(text)
    if m is None:
        return None
    part = (m.group(1) or m.group(2)).lower()
    month = _month_number(m.group(3))
    year = int(m.group(4)) if m.group(4) else (pub.year if month <= pub.month else pub.year - 1)
    end = _month_end(year, month)
    first, last = {"early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20),
                   "middle": (11, 20)}.get(part, (21, end.day))
    return date(year, month, first), min(date(year, month, last), end)


def _ago(n: int, unit: str, pub: date) -> tuple[date, date | None, str]:
    """ "two days ago" is that day; "three weeks ago" that week; "a month ago" that month."""
    if unit == "day":
        return pub - timedelta(days=n), None, "day"
    if unit == "week":
        then = pub - timedelta(days=7 * n)
        monday = then - timedelta(days=then.weekday())
        return monday, monday + timedelta(days=6), "week"
    if unit == "month":
        year, month = divmod(pub.year * 12 + pub.month - 1 - n, 12)
        return date(year, month + 1, 1), _month_end(year, month + 1), "month"
    return date(pub.year - n, 1, 1), date(pub.year - n, 12, 31), "year"


def _next(later_this: bool, unit: str, pub: date) -> tuple[date, date | None, str]:
    """ "next week" (Monday to Sunday), "next month", "next year"; "later this week/month/year"
    runs from the publication day to the end of that period."""
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(days=0 if later_this else 7)
        return (pub if later_this else monday), monday + timedelta(days=6), "range" if later_this else "week"
    if unit == "month":
        year, month = divmod(pub.year * 12 + pub.month - (1 if later_this else 0), 12)
        start = pub if later_this else date(year, month + 1, 1)
        return start, _month_end(year, month + 1), "range" if later_this else "month"
    year = pub.year + (0 if later_this else 1)
    return (pub if later_this else date(year, 1, 1)), date(year, 12, 31), "range" if later_this else "year"


def _between(text: str, pub: date | None) -> tuple[date, date] | None:
    """ "between 1 and 5 May", "from May 1 to May 5, 2024": a range of two dates."""
    for m in _BETWEEN.finditer(text):
        second = _EXPLICIT.match(text, m.end())
        if second is None:
            continue
        end = _dateparser(second.group(0), pub)
        first_text = m.group(1)
        start = _dateparser(first_text, pub) if _EXPLICIT.fullmatch(first_text) else None
        if start is None and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", first_text) and end is not None:
            start = end.replace(day=int(re.match(r"\d+", first_text).group(0)))  # type: ignore[union-attr]
        if start is None or end is None:
            continue
        if start.year != end.year and not re.search(r"\d{4}", first_text):
            start = start.replace(year=end.year)
        if pub is not None and end > pub and not re.search(r"\d{4}", second.group(0)) and not _FUTURE_WORDS.search(text):
            start, end = start.replace(year=start.year - 1), end.replace(year=end.year - 1)
        if start <= end:
            return start, end
    return None


def _month_number(name: str) -> int:
    name = name.lower().rstrip(".")
    for i, full in enumerate(_MONTHS, start=1):
        if full.startswith(name[:3]):
            return i
    raise ValueError(name)
