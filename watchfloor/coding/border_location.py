"""An event placed "near the Algerian border" happened on a border, not in a country.

The geoparser resolves "Algerian" in "near the Algerian border" to Algeria, as it should: the
text does name the country. But as an event's location the country's centre is wrong twice: it
puts a Libyan deployment 700 km inside Algeria, and it has no distance to any border, so a
"within 100 km of the Algeria–Libya border" rule never fires. When the chosen location is a
country named as one side of a border ("the Algerian border", "the border with Algeria", "the
Libya–Algeria border", "the frontier between Chad and Sudan"), the event's location becomes that
stretch of border: feature ``border``, a point on the shared border line, ``border_km`` 0.

The other side comes from the text: a second country on the same border noun, else the country
of an actor of the event, else another place of the sentence, else of the article, that shares
a land border with the first. Without one the country mention stays the location: "the Algerian
border" alone does not say which border. The point is the border line's point nearest to the
other places the text names on either side (in the sentence, else within 200 km of that border),
else the line's midpoint, and ``precision_km`` says how far that may be off. "In southwestern
Libya, particularly in the border region with Algeria" names a border of the chosen country for
the same event, and is treated alike.

Three shapes name a border without a country mention the rankers could choose: its parties alone
("Thai and Cambodian troops exchanged gunfire along THEIR border": the two neighbouring states of
the clause's parties), a phrase hung on a deed's object ("deployed UNITS near the Algerian
border"), and a territory inside a country as a side ("along the border with GAZA").
"""
from __future__ import annotations

import dataclasses
import functools
import math
from collections.abc import Sequence
from typing import Any

import shapely
import shapely.ops

from watchfloor.coding.actors import code_phrase
from watchfloor.geo.borders import KM_PER_DEG, Borders
from watchfloor.model import Place

__all__ = ["BORDER_NOUNS", "border_location", "with_border_distance"]

BORDER_NOUNS = frozenset({"border", "borders", "frontier", "frontiers", "boundary", "borderland",
                          "borderlands", "border-line", "borderline"})
_SIDE_PREPS = ("with", "between")
_SIDE_ENTS = frozenset({"GPE", "LOC", "NORP"})  # what a side's name is tagged
# a border told only by its parties ("along THEIR border"): no name to resolve, so less sure than a named side
_PARTIES_BORDER_CONFIDENCE = 0.7
_NEAR_KM = 200.0  # another place of the text this close to the border tells which stretch is meant
# "the border REGION with Algeria", "border areas": a noun compounded with a border noun
# (and a point of passage on it: "closed the last border CROSSING with Belarus", "a border post")
_AREA_NOUNS = frozenset({"region", "regions", "area", "areas", "zone", "zones", "strip", "district", "districts",
                         "province", "provinces", "territory", "territories", "belt", "crossing", "crossings",
                         "post", "posts"})


def _is_border_noun(tok: Any) -> bool:
    if tok.lower_ in BORDER_NOUNS:
        return True
    return tok.lower_ in _AREA_NOUNS and any(c.dep_ in ("compound", "amod") and c.lower_ in BORDER_NOUNS | {"cross-border"}
                                             for c in tok.children)


def _border_noun(tok: Any) -> Any | None:
    """The border noun ``tok`` names a side of: "the ALGERIAN border", "the border WITH Algeria",
    "the border between Chad AND SUDAN", "the Libya - Algeria border"."""
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head  # "between Chad and Sudan": Sudan hangs on Chad
    if t.dep_ in ("amod", "compound", "nmod", "poss") and _is_border_noun(t.head):
        return t.head
    if t.dep_ in ("amod", "compound", "nmod") and t.head.dep_ in ("amod", "compound", "nmod") \
            and _is_border_noun(t.head.head):
        return t.head.head  # "the Libya - Algeria border": Libya hangs on Algeria
    if t.dep_ == "pobj" and t.head.lower_ in _SIDE_PREPS:
        prep = t.head
        if _is_border_noun(prep.head):
            return prep.head
        before = prep.doc[prep.i - 1] if prep.i > 0 else None
        if before is not None and _is_border_noun(before):
            return before  # "deployed along the border | with Algeria": the parser hung it on the verb
    return None


def _named_sides(noun: Any) -> list[str]:
    """Countries the words before a border noun name, known to the actor dictionary though the
    geoparser took none of them for a place: "the TURKISH-Syrian border"."""
    out = []
    for t in noun.doc[noun.left_edge.i:noun.i]:
        coded = code_phrase(t.text) if t.is_alpha and t.text[:1].isupper() else None
        if coded is not None and coded.country and coded.sector is None and len(coded.country) == 3:
            out.append(coded.country)
    return out


def _countries_on(noun: Any, places: list[tuple[Place, Any]]) -> list[Place]:
    """Country mentions of the sentence that name a side of ``noun``, in text order."""
    return [p for p, root in places if p.feature == "country" and p.country
            and (b := _border_noun(root)) is not None and b.i == noun.i]


@functools.lru_cache(maxsize=512)
def _country_name(iso3: str) -> str:
    """The gazetteer's name of a country ("Algeria"), else its code."""
    try:
        from watchfloor.geo import Geoparser

        entry = Geoparser.load().gaz.country(iso3)
    except (ImportError, OSError):  # pragma: no cover - a missing gazetteer
        entry = None
    return entry.name if entry is not None else iso3


def _line_point(line: Any, anchors: list[tuple[float, float]]) -> tuple[float, float, float]:
    """(lat, lon, precision km) on ``line``: nearest to the anchors' mean, else the midpoint."""
    length_km = float(shapely.length(line)) * KM_PER_DEG  # degrees, roughly; only for the precision
    if anchors:
        lat = sum(a[0] for a in anchors) / len(anchors)
        lon = sum(a[1] for a in anchors) / len(anchors)
        pt = shapely.ops.nearest_points(line, shapely.Point(lon, lat))[0]
        c = math.cos(math.radians(lat))
        off = math.hypot((pt.x - lon) * c, pt.y - lat) * KM_PER_DEG
        return float(pt.y), float(pt.x), round(min(max(25.0, off), max(25.0, length_km / 2)), 1)
    pt = shapely.line_interpolate_point(line, 0.5, normalized=True)
    return float(pt.y), float(pt.x), round(max(25.0, length_km / 2), 1)


_LOCATIVE_PREPS = frozenset({"along", "near", "on", "at", "across", "to", "toward", "towards", "over", "by",
                             "from", "close", "in", "into", "astride", "alongside"})


def _objects_of(head: Any, preps: tuple[str, ...]) -> list[Any]:
    """The objects of ``head``'s prepositions among ``preps``."""
    return [g for p in head.children if p.dep_ == "prep" and p.lower_ in preps for g in p.children if g.dep_ == "pobj"]


def _locative_border(*heads: Any, on_objects: bool = True) -> Any | None:
    """A border noun in a locative phrase of one of ``heads`` (the trigger, its clause head, the
    place chosen): "deployed ALONG THE BORDER with Algeria", "in southwestern Libya,
    particularly IN THE BORDER REGION with Algeria"."""
    # (also on a verb's object, for a deed: "deployed UNITS near the Algerian border", "troops ALONG the
    # border"; words are not where their object is: "has not condemned the deployment near its border")
    if on_objects:
        objects = tuple(o for h in heads if h.pos_ in ("VERB", "AUX") for o in h.children if o.dep_ == "dobj")
        # (and on what the object is of: "killed three members of a smuggling GANG near the border")
        held = objects + tuple(g for o in objects for g in _objects_of(o, ("of",)))
        # (and where the object lives or stands: "evacuated thousands of villagers LIVING near the border")
        heads += held + tuple(a for o in held for a in o.children if a.dep_ == "acl" and a.tag_ in ("VBG", "VBN"))
        # (and where what an attack was on stands: "killed 12 soldiers in an attack ON AN ARMY POST near
        # the border with Burkina Faso")
        attacks = heads + tuple(g for h in heads for g in _objects_of(h, ("in", "during")))
        # (the parser may hang it on who attacked: "repelled an attack BY JIHADISTS | ON A MILITARY POST near
        # the border with Mali")
        attacks += tuple(g for a in attacks if a.pos_ == "NOUN" for g in _objects_of(a, ("by",)))
        heads += tuple(g for a in attacks for g in _objects_of(a, ("on", "against")) if g.pos_ == "NOUN")
        # (and a border that is itself what a deed is done to, its other side named: "closed ITS
        # BORDER with Belarus", "closed two border CROSSINGS with Belarus"; not "opened its borders
        # to refugees", a policy)
        shut = next((o for o in objects if _is_border_noun(o) and any(
            c.dep_ == "prep" and c.lower_ in _SIDE_PREPS for c in o.children)), None)
        if shut is not None:
            return shut
    for h in {t.i: t for t in heads}.values():
        for prep in (c for c in h.children if c.dep_ == "prep" and c.lower_ in _LOCATIVE_PREPS):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and _is_border_noun(obj):
                return obj
    return None


def _on_a_border(loc: Place, doc: Any, offset: int) -> bool:
    """Whether a place names where along a border it is in ("their border IN THE HIMALAYAS")."""
    span = doc.char_span(loc.start - offset, loc.end - offset, alignment_mode="expand")
    root = span.root if span is not None else None
    return root is not None and root.dep_ == "pobj" and root.head.lower_ in ("in", "on", "near") \
        and _is_border_noun(root.head.head)


def _described(root: Any) -> list[Any]:
    """The noun a place's phrase describes, whose other phrases say where it is too ("an army POST
    in western Niger near the border with Mali")."""
    holder = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else None
    return [holder] if holder is not None and holder.pos_ == "NOUN" else []


def _governor(token: Any) -> list[Any]:
    """The verb an event noun is the subject or object of ("movements have been OBSERVED in")."""
    return [token.head] if token.dep_ in ("nsubj", "nsubjpass", "dobj") and token.head.pos_ in ("VERB", "AUX") else []


def border_location(loc: Place | None, token: Any, head: Any, *, offset: int, places: list[Place],
                    actor_countries: list[str | None], earlier_places: Sequence[Place] = (),
                    deed: bool = True) -> Place | None:
    """``loc`` turned into the stretch of border it names a side of, else ``loc`` unchanged.

    loc: the event's location as the rankers chose it (None: none chosen; then a border in a
        locative phrase of the trigger still counts: "deployed along the border with Algeria").
    token / head: the trigger and the token carrying its clause, in the parsed chunk.
    offset: where the chunk starts in the article (places use article offsets).
    places: resolved places of the chunk. actor_countries: the event's actors' countries.
    earlier_places: places of the article's chunks before this one (its dateline city among
        them: "NIAMEY … an ambush near the border with Mali" two paragraphs on is Niger's side).
    deed: whether the event is a material act (GDELT's quad classes 2 and 4), whose object's
        border phrase is where it was done ("deployed units near the border").
    """
    doc = token.doc
    sent = token.sent if doc.has_annotation("SENT_START") else doc[:]
    if loc is not None and doc.has_annotation("SENT_START") and not (
            sent.start_char <= loc.start - offset < sent.end_char):
        # "were deployed there": the place is another sentence's; read that sentence's phrase
        where = doc.char_span(loc.start - offset, loc.end - offset, alignment_mode="expand")
        if where is None:
            return loc
        sent = where.sent
        token = head = sent.root
    if loc is not None and loc.feature not in ("country", "border") and _on_a_border(loc, doc, offset):
        # "clashed along their disputed border IN THE HIMALAYAS": a stretch of border the region
        # says where along, so the border (where the parties' pair makes one) is the place
        along = border_location(None, token, head, offset=offset, places=places, actor_countries=actor_countries,
                                earlier_places=earlier_places, deed=deed)
        if along is not None and along.feature == "border":
            return along
    sentence_places = [p for p in places if sent.start_char <= p.start - offset and p.end - offset <= sent.end_char]
    article_places = [*places, *earlier_places]
    rooted = []
    for p in sentence_places:
        s = doc.char_span(p.start - offset, p.end - offset, alignment_mode="expand")
        if s is not None:
            rooted.append((p, s))
    if loc is None:
        noun = _locative_border(token, head, *_governor(token), on_objects=deed)
        named = _countries_on(noun, [(p, s.root) for p, s in rooted]) if noun is not None else []
        if not named and noun is not None and not _named_sides(noun):
            # "Thai and Cambodian troops exchanged gunfire along THEIR border": the parties' two states
            pair = _parties_pair(head, actor_countries)
            return _border_place(*pair, noun, doc[noun.i:noun.i + 1], offset=offset, sentence_places=sentence_places,
                                 article_places=article_places, actor_countries=[*pair], like=None) if pair else None
        if not named:
            return None
        loc = named[0]
    if not loc.country or loc.lat is None or loc.feature in ("water", "border"):
        return loc
    span = next((s for p, s in rooted if p.start == loc.start and p.end == loc.end), None)
    span = span if span is not None else doc.char_span(loc.start - offset, loc.end - offset, alignment_mode="expand")
    if span is None:
        return loc
    noun = _border_noun(span.root)
    if loc.feature != "country" and (noun is None or not any(c and c != loc.country for c in actor_countries)):
        return loc  # (a territory named as a side of a party's border is that border: "Egypt reinforced its
        # troops along the border WITH GAZA" is Egypt's border with the Palestinian territories)
    if noun is None:
        # "observed in southwestern Libya, particularly in the border region with Algeria": the
        # country chosen and a border of it named for the same event
        noun = _locative_border(token, head, span.root, *_governor(token), *_described(span.root), on_objects=deed)
        if noun is None or not any(c != loc.country for c in [*(p.country for p in _countries_on(
                noun, [(p, s.root) for p, s in rooted])), *_named_sides(noun)]):
            return loc  # ("deployed near the ALGERIAN border in south-western Libya": a side by its adjective)
        span = doc[noun.i:noun.i + 1]
    sides = [p.country for p in _countries_on(noun, [(p, s.root) for p, s in rooted])]
    sides += _named_sides(noun)
    a = loc.country
    borders = Borders.load()
    others = [c for c in sides if c != a]
    others += [c for c in actor_countries if c and c != a]
    others += [p.country for p in sentence_places if p.country and p.country != a]
    others += [p.country for p in article_places if p.country and p.country != a]
    b = next((c for c in others if frozenset((a, c)) in borders.pair_index), None)
    if b is None:
        return loc
    return _border_place(a, b, noun, span, offset=offset, sentence_places=sentence_places,
                         article_places=article_places, actor_countries=actor_countries, like=loc)


def _parties_pair(head: Any, actor_countries: list[str | None]) -> tuple[str, str] | None:
    """Two neighbouring states the parties of a clause belong to: its actors' countries and the
    demonyms of its subject, object and "with" phrase ("THAI and CAMBODIAN troops clashed"), or of
    an event noun's "of" phrase and the clause it is the object of ("ALGERIA has not condemned the
    deployment OF LIBYAN units near its southern border")."""
    found = [c for c in actor_countries if c]
    noun = head.pos_ == "NOUN"
    holders = [head, head.head] if noun and head.dep_ in ("dobj", "nsubjpass") else [head]
    for c in (c for h in holders for c in h.children):
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent") or c.dep_ == "prep" and (
                c.lower_ == "with" or noun and c.lower_ == "of"):
            for t in c.subtree:
                coded = code_phrase(t.text) if t.is_alpha and t.text[:1].isupper() else None
                if coded is not None and coded.country and len(coded.country) == 3:
                    found.append(coded.country)
    index = Borders.load().pair_index
    countries = list(dict.fromkeys(found))
    return next(((a, b) for i, a in enumerate(countries) for b in countries[i + 1:]
                 if frozenset((a, b)) in index), None)


def _border_place(a: str, b: str, noun: Any, span: Any, *, offset: int, sentence_places: list[Place],
                  article_places: list[Place], actor_countries: list[str | None], like: Place | None) -> Place:
    """The stretch of the a–b border ``noun`` names, as a place; ``span`` the side's mention (the
    noun itself where no side is named), ``like`` the country mention it replaces."""
    doc = noun.doc
    borders = Borders.load()
    line = borders.lines[borders.pair_index[frozenset((a, b))]]
    # the towns and areas named on either side: of the sentence, else of the text near this border
    near = [p for p in sentence_places if p.lat is not None and p.feature != "country" and p.country in (a, b)]
    near = near or [p for p in article_places if p.lat is not None and p.feature != "country"
                    and p.country in (a, b) and borders.border_distance(p.lat, p.lon, a, b) <= _NEAR_KM]
    lat, lon, precision = _line_point(line, [(p.lat, p.lon) for p in near[:5]])
    # the phrase: the side names before the noun, the noun, "with/between X (and Y)" after it
    tokens = [span[0], span[-1], noun]
    after = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in _SIDE_PREPS]
    if noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ in _SIDE_PREPS:
        after.append(doc[noun.i + 1])
    for prep in after:
        for obj in (c for c in prep.children if c.dep_ == "pobj" and (c.pos_ == "PROPN" or c.ent_type_ in _SIDE_ENTS)):
            tokens += [obj] + [c for c in obj.children if c.dep_ == "conj"]  # (not "regions WITH ARTILLERY")
    tokens += [c.left_edge for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < noun.i]
    start = min(t.idx for t in tokens) + offset
    end = max(t.idx + len(t.text) for t in tokens) + offset
    text = doc.text[start - offset:end - offset]
    # (with no party's country to tell, a border named "with" a country or by its adjective is seen
    # from the other side: "an army post near the border WITH MALI", reported from Niamey, is in Niger)
    root = span.root
    named_other = root.dep_ == "pobj" and root.head.lower_ == "with" and root.head.head.i == noun.i \
        or root.dep_ in ("amod", "compound") and root.head.i == noun.i
    side = next((c for c in actor_countries if c in (a, b)), b if named_other else a)
    names = sorted((_country_name(a), _country_name(b)))
    return Place(start=start, end=end, text=text, name=f"{names[0]}–{names[1]} border", lat=lat, lon=lon,
                 country=side, geonameid=None, feature="border", admin1=None,
                 confidence=like.confidence if like is not None else _PARTIES_BORDER_CONFIDENCE,
                 precision_km=precision, border_km=0.0, border_with=b if side == a else a,
                 doc_id=like.doc_id if like is not None else next((p.doc_id for p in article_places), None),
                 flags=list(like.flags) if like is not None else [])


def with_border_distance(loc: Place | None) -> Place | None:
    """``loc`` with its distance to the nearest border filled in where the geoparser did not
    (a town the location search resolved itself: "besieged the city of El Fasher"), by the
    geoparser's own rule: not for countries, water, or places vaguer than 200 km."""
    if (loc is None or loc.lat is None or loc.lon is None or loc.border_km is not None
            or loc.feature in ("country", "water") or (loc.precision_km or 0) > 200):
        return loc
    km, other = Borders.load().nearest_border(loc.lat, loc.lon)
    return dataclasses.replace(loc, border_km=round(km, 1), border_with=other) if math.isfinite(km) else loc
