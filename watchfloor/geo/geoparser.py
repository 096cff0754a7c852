"""Find place names in a parsed text and resolve them to gazetteer entries -> ``Place``.

Recognition combines spaCy's GPE/LOC/FAC entities with capitalised word sequences the
gazetteer knows (spaCy's small model misses or mislabels many foreign names: Djanet -> NORP,
Fezzan -> PERSON). A candidate span is kept when enough evidence adds up (entity label, a
locative preposition before it, "City, State" patterns, coordination with another place,
the gazetteer entry's rank); demonyms, person names and common words are dropped.

Resolution scores each gazetteer entry: feature class and population (countries and capitals
first), the document's country focus (``GeoContext``), containment ("Alexandria, Louisiana"),
and closeness to the other places of the document.
"""
from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from watchfloor.geo.borders import Borders
from watchfloor.geo.gazetteer import Candidate, Gazetteer, normalize
from watchfloor.geo.gazetteer import great_circle_km as _km
from watchfloor.model import Place
from watchfloor.nlp.dateline import dateline_dash

__all__ = ["Geoparser", "GeoContext"]

_LOCATIVE = {"in", "at", "near", "from", "to", "outside", "across", "around", "into", "toward", "towards",
             "via", "between", "throughout", "within", "through", "inside", "across", "along", "entering",
             "leaving", "visited", "visit", "northern", "southern", "eastern", "western", "central",
             "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "downtown",
             "suburban", "rural", "ambassador", "embassy", "residents", "resident", "native", "governor",
             "mayor", "based", "outskirts", "capital", "town", "city", "village", "province", "region",
             "border", "borders", "streets", "areas", "parts", "part", "of"}
# Nouns of a border, after which "with" or "between" names what lies across it
_BORDER_WORDS = frozenset({"border", "borders", "frontier", "frontiers", "boundary"})
# Words of direction that some tables list as regions ("Northeastern", "Central"): alone they
# point at no country.
_COMPASS_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern",
                  "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern",
                  "central", "north-east", "north-west", "south-east", "south-west"}
_STRONG_LOCATIVE = {"in", "at", "near", "outside", "across", "around", "into", "toward", "towards", "throughout",
                    "within", "inside", "from", "to", "via", "through"}
_INNER = {"of", "de", "del", "e", "i", "la", "le", "el", "al", "and", "upon", "on", "da", "do", "du", "des", "los", "las",
          "-", "'s", "the", "y", "dos", "di",
          # Arabic particles inside names ("Deir ez-Zor", "Ras al-Ain", "Jisr ash-Shughur")
          "ez", "ed", "es", "en", "er", "ash", "ad", "ar", "az", "ath", "um", "umm", "bin", "ibn", "bint"}
# verbs whose object is a place when the gazetteer knows the name ("captured Birao"; issue 3)
_TAKE_VERBS = {"captured", "recaptured", "seized", "overran", "retook", "shelled", "bombed", "besieged",
               "stormed", "liberated", "entered", "evacuated", "encircled", "occupied", "raided", "struck"}
# Verbs of assault whose object is a person as often as a place: a known city the small model
# calls a person is the place when it is big enough ("rebels ATTACKED Bukavu"), not a lone name
_ATTACK_VERBS = {"attacked", "bombarded", "invaded", "surrounded", "overrun"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Kin nouns: a name after "her daughter," is a person's ("Brittany", "Georgia", "Chad").
_KIN = {"daughter", "son", "wife", "husband", "mother", "father", "brother", "sister", "girlfriend", "boyfriend",
        "fiance", "fiancee", "fiancé", "fiancée", "granddaughter", "grandson", "niece", "nephew", "cousin", "aunt",
        "uncle", "stepdaughter", "stepson", "widow", "widower", "baby", "toddler", "grandmother", "grandfather"}
# How much of a text's focus a country needs before a transliteration variant may resolve there.
_VARIANT_FOCUS = 0.1
# A town this big is its name's reading wherever the text is, however its article is written.
_ARTICLE_TOWN_POP = 100_000
# A town this big answers to its other names (an old or a foreign one) wherever the text is.
ALIAS_TOWN_POP = 1_000_000
# Below this a town abroad that nothing else in the text points at is taken for a namesake.
_STRAY_TOWN_POP = 15_000
# words that make "<place> <word>…" an institution named after the place: the place is still a
# toponym in the text ("Rapides Parish Sheriff's Office", "Ohio Supreme Court"; issue 3)
_INSTITUTION = {"police", "sheriff", "sheriff's", "fire", "department", "dept", "council", "commission",
                "commissioners", "court", "board", "school", "schools", "high", "middle", "elementary",
                "university", "college", "library", "hospital", "chamber", "bureau", "authority", "office",
                "public", "utilities", "historical", "society", "association", "coalition", "legislature",
                "assembly", "house", "senate", "patrol", "township", "municipal", "transit", "zoo", "museum",
                "airport", "city", "county", "state", "district", "fiscal", "clerk", "mayor", "commissioner",
                "attorney", "jail", "detention", "manager", "administrator", "services", "environmental", "planning", "regional", "area", "community", "emergency",
                "health", "water", "parks", "recreation", "housing", "economic", "development", "visitors",
                "convention", "memorial", "general", "circuit", "superior", "supreme", "appeals", "republican",
                "democratic", "party", "chapter", "police's", "courthouse", "cemetery", "fairgrounds", "fair",
                "superintendent", "foundation", "education"}
# Facilities named after their place, written in lower case after the name ("the Pirbright
# laboratory", "Randwick racecourse"): the name is the place's
_FACILITY_AFTER = frozenset({"laboratory", "lab", "racecourse", "airport", "airfield", "prison", "jail", "harbour",
                             "harbor", "refinery", "stadium", "mosque", "cathedral", "barracks", "dam", "reservoir"})
# Words a capitalised compass word makes the name of a body, not a side of a town so named:
# "the Northern Alliance", "Western Union", "Southern Command".
_BODY_WORDS = {"alliance", "union", "command", "front", "league", "coalition", "federation", "movement"}
# a name before these is a newspaper, a disease or a person, not a place mention
_MEDIA = {"times", "post", "journal", "herald", "tribune", "gazette", "chronicle", "observer", "examiner",
          "inquirer", "globe", "courier", "dispatch", "telegraph", "register", "sentinel", "bee", "star-telegram",
          "daily"}
_DISEASE = {"virus", "ebolavirus", "fever", "flu", "disease", "strain", "syndrome"}
_SPEECH = {"said", "says", "told", "added", "explained", "stated", "wrote", "asked", "noted", "insists",
           "claims", "responds", "recalled", "testified", "argued", "admitted", "declined"}
_TITLES = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "coach", "sen.", "rep.", "gov.", "judge",
           "sgt.", "officer", "deputy", "detective", "lt.", "capt.", "col.", "gen.", "president", "pastor",
           "rev.", "father", "brother", "sister", "uncle", "aunt", "mayor", "councilman", "councilwoman"}
# "<town> woman": the town names where someone lives or works
_RESIDENTS = {"man", "woman", "men", "women", "boy", "girl", "teen", "teenager", "resident", "residents", "native",
              "couple", "parents", "family", "families", "taxpayers", "officials", "police", "firefighters",
              "students", "homeowners", "voters", "businesses", "area", "schools", "council", "leaders"}
# what a place has and a person does not: "Grozny's streets", "the city's outskirts"
_PLACE_PARTS = {"streets", "outskirts", "suburbs", "suburb", "districts", "district", "neighbourhoods",
                "neighborhoods", "airport", "port", "harbour", "harbor", "mayor", "governor", "municipality",
                "downtown", "residents", "inhabitants", "population", "hospitals",
                "markets", "skyline", "eastern", "western", "northern", "southern", "province", "countryside"}
# a word naming the kind of area right after a name belongs to the mention ("Nyanza Province")
_FEATURE_WORDS = {"province", "county", "parish", "state", "region", "district", "governorate", "oblast",
                  "prefecture", "department", "municipality", "territory", "borough", "township", "krai",
                  "canton", "emirate", "wilaya", "division", "okrug"}
# "the province of Ontario": the name is a region's
_REGION_OF = _FEATURE_WORDS - {"department", "division"}
# after a demonym these make it a place-like noun ("the Egyptian border", "on Georgian soil")
_GEO_HEADS = {"border", "borders", "capital", "coast", "coastline", "territory", "soil", "countryside",
              "mainland", "airspace", "waters", "frontier", "frontiers", "province", "provinces", "border-crossing",
              "hinterland", "interior", "highlands", "lowlands"}
# a capitalised landform or water word right after a name, or "Lake"/"Mount" before it, makes a
# longer place name the gazetteer lacks ("Kanawha River", "Shawnee Park", "Lake Hartwell"); the
# mention is the whole name, placed at its namesake
_LANDFORM_AFTER = {"River", "Creek", "Lake", "Lakes", "Park", "Valley", "Falls", "Mountains", "Mountain", "Islands",
                   "Island", "Bay", "Reservoir", "Canyon", "Harbor", "Harbour", "Peninsula", "Gorge", "Basin"}
_LANDFORM_BEFORE = {"Lake", "Mount", "Mt."}
# a capitalised street word after a name makes it a street's name ("Darby Street", "6016 Dublin Road")
# (not "Highway": "Minnesota Highway Safety Center", "Kansas Highway 10" are the state's)
_STREETS = {"Street", "St.", "Streets", "Road", "Rd.", "Avenue", "Ave.", "Drive", "Boulevard", "Blvd.", "Lane",
            "Parkway"}
# a dateline: "TORRINGTON — The council…", "MOUNT GILEAD (AP) -- A court…"
_DASHES = {"-", "--", "---", "\u2014", "\u2013"}
# the filing date's and the agency's words of a dateline ("LOME, Nov 15 (Reuters) -")
_FILING_WORDS = frozenset({"Jan", "Feb", "Mar", "Apr", "May", "Jun", "June", "Jul", "July", "Aug", "Sep", "Sept",
                           "Oct", "Nov", "Dec", "January", "February", "March", "April", "August", "September",
                           "October", "November", "December", "AP", "Reuters", "AFP", "UPI"})
# party and home district of a legislator: "Rep. Torrey Westrom, R-Elbow Lake"
_PARTIES = {"D", "R", "I", "DFL", "D.", "R."}
_FEATURE_BASE = {"country": 20.0, "region": 9.0, "admin1": 5.5, "water": 8.0, "admin2": 4.5, "landmark": 4.0,
                 "city": 0.0, "border": 4.0, "other": 2.0}


# the name an article's home goes by among the text's names: no mention has it, so it supports all
_HOME = "~home"


@functools.lru_cache(maxsize=1)
def _tld_countries() -> dict[str, str]:
    """Country-code web domain -> ISO3 (countrystatecity), less those sold for general use."""
    from watchfloor.geo.gazetteer import _site_file

    generic = set(json.loads(resources.files("watchfloor.data.geo").joinpath("home.json")
                             .read_text(encoding="utf-8"))["generic_tlds"])
    path = _site_file("countrystatecity_countries", "data", "countries.json")
    rows = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else []
    return {r["tld"]: r["iso3"] for r in rows if r.get("tld") and r.get("iso3") and r["tld"] not in generic}


def _web_country(url: str | None) -> str | None:
    """The country of a web address's country-code domain ("https://www.irishtimes.ie/…" -> IRL)."""
    host = urlsplit(url or "").hostname or ""
    dot = host.rfind(".")
    return _tld_countries().get(host[dot:]) if dot > 0 else None


@functools.lru_cache(maxsize=1)
def _aliases() -> dict[str, Any]:
    return json.loads(resources.files("watchfloor.data.geo").joinpath("aliases.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _body_names() -> frozenset[str]:
    """The names the actor dictionary gives bodies and people (data/actors/named.yaml), which the
    gazetteer may hold as another name of a town: "Hamas" is one of Hamm's."""
    import yaml  # (only the names are read; the coding package stays out of geoparsing)

    data = yaml.safe_load(resources.files("watchfloor.data.actors").joinpath("named.yaml").read_text(encoding="utf-8"))
    return frozenset(normalize(str(a)) for entries in (data or {}).values() for e in entries or []
                     for a in [e.get("name", ""), *(e.get("aliases") or [])] if a)


def _other_names(keys: set[str], key: str) -> set[str]:
    """The names among ``keys`` that are not ``key`` itself nor it with a word added ("Dublin City")."""
    return {k for k in keys if k != key and not k.startswith(key + " ") and not key.startswith(k + " ")}


def spelt_alike(key: str, name: str) -> bool:
    """Whether a name the text gives is the gazetteer's own name of a place or one spelling of it
    ("Raqqa" of Ar Raqqah, "Brest-Litovsk" of Brest), not another name altogether ("Boni" of Bonn,
    "Sur" of Tyre): one holds the other, letters only."""
    a, b = re.sub(r"[^a-z]", "", key), re.sub(r"[^a-z]", "", normalize(name))
    return bool(a) and bool(b) and (a in b or b in a)


def answers_anywhere(c: Candidate) -> bool:
    """Whether an entry answers to any of its names wherever the text is: an area, or a town of
    ``ALIAS_TOWN_POP`` people (a smaller town abroad needs the text's focus on its country)."""
    return c.feature != "city" or c.population >= ALIAS_TOWN_POP


@dataclass
class GeoContext:
    """Country focus of a whole document: ISO3 -> weight in 0…1, and US-state focus likewise."""

    countries: dict[str, float] = field(default_factory=dict)
    admin1: dict[str, float] = field(default_factory=dict)
    # which names gave each country / US state its weight: a name is no evidence for itself
    # ("Lebanon" alone in an Ohio paper says nothing about the country Lebanon)
    country_keys: dict[str, set[str]] = field(default_factory=dict)
    admin1_keys: dict[str, set[str]] = field(default_factory=dict)

    def weight(self, iso3: str | None) -> float:
        return self.countries.get(iso3 or "", 0.0)

    def supported(self, iso3: str | None, key: str) -> bool:
        """Whether some name other than ``key`` points at country ``iso3``."""
        return bool(_other_names(self.country_keys.get(iso3 or "", set()), key))

    def worldwide(self) -> bool:
        """Whether the text is about several countries: then a country's name is that country."""
        return sum(1 for w in self.countries.values() if w >= 0.25) > 2

    def state_support(self, state: str | None, key: str) -> float:
        """US-state focus from names other than ``key`` (0 when the state only names itself)."""
        others = _other_names(self.admin1_keys.get(state or "", set()), key)
        # distinct names, not occurrences: a town named twenty times must not drown its state
        return min(1.0, 0.6 + 0.2 * (len(others) - 1)) if others else 0.0

    def without(self, persons: set[str]) -> GeoContext:
        """The focus less the countries only person names point at (an article's context, which
        was read before its person names were known)."""
        drop = {k for k, keys in self.country_keys.items() if k != "USA" and keys and keys <= persons}
        if not drop:
            return self
        return GeoContext({k: v for k, v in self.countries.items() if k not in drop}, self.admin1,
                          {k: v for k, v in self.country_keys.items() if k not in drop}, self.admin1_keys)

    def state_weight(self, state: str | None, key: str) -> float:
        """``state_support``, but a state that only its own name supports counts as often as it is
        named against the text's most named state ("Indiana" five times beats "Kentucky" once in a
        list of neighbours)."""
        support = self.state_support(state, key)
        if support and _other_names(self.admin1_keys.get(state or "", set()), key) == {normalize(state or "")}:
            support *= self.admin1.get(state or "", 0.0)
        return support

    def merged(self, other: GeoContext | None) -> GeoContext:
        if other is None:
            return self
        c = dict(other.countries)
        for k, v in self.countries.items():
            c[k] = max(c.get(k, 0.0), v)
        a = dict(other.admin1)
        for k, v in self.admin1.items():
            a[k] = max(a.get(k, 0.0), v)
        ck = {k: set(v) for k, v in other.country_keys.items()}
        for k, v in self.country_keys.items():
            ck.setdefault(k, set()).update(v)
        ak = {k: set(v) for k, v in other.admin1_keys.items()}
        for k, v in self.admin1_keys.items():
            ak.setdefault(k, set()).update(v)
        return GeoContext(c, a, ck, ak)


@dataclass
class _Mention:
    start: int  # token indexes in the doc
    end: int
    key: str
    label: str | None
    evidence: float = 0.0
    cands: list[Candidate] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)
    within: Candidate | None = None  # "City, State": the container
    is_container: bool = False
    kind: str = "name"  # "name", "abbrev" (a US state abbreviation), "demonym" (a place-like demonym),
    # "county" (a name in "Jackson and Barrow counties"), "variant" (another transliteration of a known name),
    # "article" (a known name with its Arabic article written the other way: "Al-Bab" for "Al Bab")
    feature_word: bool = False  # the mention ends in a feature word the name lacks ("Nyanza Province")
    landform: bool = False  # "Kanawha River", "Lake Hartwell": a landform named after the place
    region_of: bool = False  # "the province of Ontario", "a Washington state farm": named as a region
    among_countries: bool = False  # listed with countries or regions ("the Middle East, Italy and Russia")
    # countries whose first-level regions it is listed with ("Manitoba, Ontario and New Brunswick")
    among_admin1: set[str] = field(default_factory=set)
    county_named: bool = False  # the text also calls the name a county ("DeKalb" and "DeKalb County")
    after_the: bool = False  # "the (eastern) Pacific": an article names a sea or a region, not a town


class Geoparser:
    """Toponym recognition and resolution. Use ``Geoparser.load()`` (a per-process singleton)."""

    def __init__(self, gazetteer: Gazetteer, borders: Borders | None = None) -> None:
        self.gaz = gazetteer
        self.borders = borders
        al = _aliases()
        self.demonyms: dict[str, str] = {}
        for iso3, words in al["demonyms"].items():
            for w in words:
                self.demonyms[normalize(w)] = iso3
        self.ambiguous = {normalize(w) for w in al["ambiguous"]}
        self.stopwords = {normalize(w) for w in al["stopwords"]}
        self.state_abbrev: dict[str, str] = {}
        us_state_names = {"AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
                          "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii",
                          "ID": "Idaho", "IL": "Illinois", "IA": "Iowa",
                          "IN": "Indiana", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine",
                          "MD": "Maryland",
                          "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
                          "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire",
                          "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
                          "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
                          "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
                          "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
                          "WI": "Wisconsin", "WY": "Wyoming", "DC": "District of Columbia"}
        for code, abbrevs in al.get("us_state_abbrev", {}).items():
            for a in abbrevs:
                if code in us_state_names:
                    self.state_abbrev[normalize(a)] = us_state_names[code]
        self.us_states = set(us_state_names.values())
        self.us_state_keys = {normalize(st): st for st in self.us_states}
        # names that mark a country for document_context: countries, aliases, capitals, demonyms
        self.focus_names: dict[str, tuple[str, float, str | None]] = {}
        for key, iso3 in self.demonyms.items():
            self.focus_names[key] = (iso3, 0.6, None)
        for iso3, names in al["countries"].items():
            for n in names:
                self.focus_names[normalize(n)] = (iso3, 1.0, None)
        for st in self.us_states:
            self.focus_names.setdefault(normalize(st), ("USA", 0.5, st))
        self._context_re = re.compile(r"[A-Z][\w.'\u2019-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w.'\u2019-]*){0,3}")

    @classmethod
    def load(cls) -> Geoparser:
        """The shared geoparser (gazetteer and borders loaded once per process)."""
        return _load_geoparser()

    # ------------------------------------------------------------------ document focus
    def _focus_of(self, key: str) -> tuple[str, float, str | None] | None:
        if key in _COMPASS_WORDS:
            return None  # "Northeastern rebels" points at no Icelandic region of that name
        hit = self.focus_names.get(key)
        if hit is not None:
            if key in self.us_state_keys and hit[0] != "USA":
                # "Georgia": a country and a US state; half a vote each
                return (hit[0], 0.5, self.us_state_keys[key])
            return hit
        state = self.state_abbrev.get(key)
        if state is not None:
            return ("USA", 0.5, state)
        cands = self.gaz.lookup_key(key)
        if not cands:
            return None
        if all(c.country == "USA" and c.feature == "admin2" for c in cands):
            # "Boone County": only US counties bear the name; its state stays open
            states = {c.admin1 for c in cands}
            return ("USA", 0.5, states.pop() if len(states) == 1 else None)
        regions = {c.country for c in cands if c.feature == "admin1" and c.country and normalize(c.name) == key}
        if len(regions) == 1 and "USA" not in regions and key not in self.ambiguous:
            # a province's name points at its country, not at a US town named after it ("Ontario")
            return (regions.pop(), 0.5, None)
        top = cands[0]
        if top.feature == "country" and top.country:
            return (top.country, 1.0, None)
        if top.capital and top.country and key not in self.ambiguous:
            return (top.country, 0.7, None)
        if top.feature == "city" and top.population >= 500000 and top.country and key not in self.ambiguous:
            return (top.country, 0.4, top.admin1 if top.country == "USA" else None)
        if top.feature == "city" and top.country == "USA" and top.population >= 50000 and key not in self.ambiguous:
            # a sizeable US town names its state ("Atlanta" -> Georgia) for local news
            return ("USA", 0.3, top.admin1)
        return None

    def document_context(self, text: str, persons: frozenset[str] | set[str] = frozenset()) -> GeoContext:
        """A cheap scan (no parsing) of a whole article for country and capital names and demonyms.

        ``persons``: words of the text's person names; a country's name among them ("Officer Chad
        Walker", "Investigator Bill Carlow") points at no country."""
        counts: dict[str, float] = {}
        states: dict[str, float] = {}
        ckeys: dict[str, set[str]] = {}
        skeys: dict[str, set[str]] = {}
        for m in self._context_re.finditer(text):
            words = m.group(0).split()
            i = 0
            while i < len(words):
                for n in range(len(words) - i, 0, -1):
                    # (possessives go, but not a name's own final "s": "The Athens" is Athens)
                    key = normalize(" ".join(words[i:i + n]).rstrip(".,").removesuffix("'s").removesuffix("\u2019s")
                                    if n > 1 else words[i].rstrip(",").removesuffix("'s").removesuffix("\u2019s"))
                    hit = self._focus_of(key) if key not in self.stopwords else None
                    if hit is not None and key in persons and hit[0] != "USA":
                        hit = None  # a first or last name: "Chad Walker", "Bill Carlow"
                    if hit is not None and i + n < len(words) and words[i + n].rstrip(",") in _STREETS:
                        hit = None  # "Wichita Street" says nothing about Kansas
                    if hit is None and key.endswith(".") and n == 1:
                        key = key.rstrip(".")
                        hit = self._focus_of(key) if key not in self.stopwords else None
                    if hit is None and n > 1 and self.gaz.has_key(key):
                        i += n  # a place of its own that names no country: "East Hampton" is not Hampton
                        break
                    if hit is not None:
                        iso3, w, st = hit
                        counts[iso3] = counts.get(iso3, 0.0) + w
                        ckeys.setdefault(iso3, set()).add(key)
                        if st:
                            states[st] = states.get(st, 0.0) + 1.0
                            skeys.setdefault(st, set()).add(key)
                            if iso3 != "USA":
                                counts["USA"] = counts.get("USA", 0.0) + 0.5
                                ckeys.setdefault("USA", set()).add(key)
                        i += n
                        break
                else:
                    i += 1
        top = max(counts.values(), default=0.0)
        ctx = GeoContext({k: min(1.0, v / top) * min(1.0, 0.5 + 0.25 * v) for k, v in counts.items()} if top else {},
                         {k: min(1.0, v / max(states.values())) for k, v in states.items()} if states else {},
                         ckeys, skeys)
        return ctx

    def home_context(self, article: Any) -> GeoContext | None:
        """The focus an article's home gives before a word of it is read: the place its paper
        covers (``meta["home"]``, "Dublin, Ohio", from the input or a feed's settings) or else the
        country of its web address (".co.uk", ".ie"). It counts as one more name of the text, so a
        namesake there is likelier ("Dublin" in that paper is Dublin, Ohio); the text still decides."""
        home = (article.meta or {}).get("home")
        if home:
            return self._place_context(str(home))
        iso3 = _web_country(article.url)
        return GeoContext({iso3: 1.0}, {}, {iso3: {_HOME}}, {}) if iso3 else None

    def _place_context(self, home: str) -> GeoContext | None:
        """A text focus on a named place: "Dublin, Ohio", "Ohio", "Ireland", "Gainesville, Ga."."""
        last = normalize(home.split(",")[-1].strip())
        state = self.state_abbrev.get(last) or self.us_state_keys.get(last)
        hit = self.focus_names.get(last)
        if state is not None:
            iso3 = "USA"
        elif hit is not None and hit[1] >= 1.0:
            iso3 = hit[0]  # a country's name
        else:
            cands = self._lookup(normalize(home))
            if not cands or not cands[0].country:
                return None
            iso3 = cands[0].country
            state = cands[0].admin1 if iso3 == "USA" and cands[0].feature != "country" else None
        return GeoContext({iso3: 1.0}, {state: 1.0} if state else {}, {iso3: {_HOME}},
                          {state: {_HOME}} if state else {})

    # ------------------------------------------------------------------ recognition
    def _lookup(self, key: str) -> list[Candidate]:
        return self.gaz.lookup_key(key)

    def _candidate_spans(self, doc: Any) -> list[_Mention]:
        ent_label: list[str | None] = [None] * len(doc)
        ent_bounds: list[tuple[int, int]] = [(-1, -1)] * len(doc)
        for ent in doc.ents:
            for t in range(ent.start, ent.end):
                ent_label[t] = ent.label_
                ent_bounds[t] = (ent.start, ent.end)
        full = doc.text  # built anew on every access
        found: dict[tuple[int, int], _Mention] = {}
        taken = [False] * len(doc)
        maxw = min(6, self.gaz.max_words)

        def key_of(a: int, b: int) -> str:
            return normalize(full[doc[a].idx:doc[b - 1].idx + len(doc[b - 1].text)])

        # 1. spaCy place-like entities (strip determiners and possessives)
        for ent in doc.ents:
            if ent.label_ not in _PLACE_LABELS and ent.label_ not in ("NORP", "PERSON"):
                continue
            if ent.label_ == "PERSON" and not _transliterated(normalize(ent.text)):
                continue  # the small model calls many Arabic place names persons ("Khan Sheikhoun")
            a, b = ent.start, ent.end
            while a < b and doc[a].lower_ in ("the", "a", "an"):
                a += 1
            while b > a and (doc[b - 1].text in ("'s", "\u2019s", "'", "\u2019") or doc[b - 1].is_lower):
                b -= 1  # (a lower-case word is no part of the name: "in Nyanza province")
            if a >= b:
                continue
            key = key_of(a, b)
            if b < len(doc) and doc[b].lower_ == "region" and self.gaz.has_key(key_of(a, b + 1)):
                # a region whose own name says so: "Iraq's Kurdistan region", not Iran's province
                found[(a, b)] = _Mention(a, b, key, ent.label_, cands=self.gaz.lookup_key(key_of(a, b + 1)),
                                         kind="variant")
                for t in range(a, b):
                    taken[t] = True
            elif self.gaz.has_key(key):
                found[(a, b)] = _Mention(a, b, key, ent.label_)
                for t in range(a, b):
                    taken[t] = True
            elif ent.label_ in ("GPE", "LOC", "PERSON") and (spelt := self.gaz.lookup_article(key)):
                # the article written the other way ("Al-Bab" for "Al Bab")
                found[(a, b)] = _Mention(a, b, key, ent.label_, cands=spelt, kind="article")
                for t in range(a, b):
                    taken[t] = True
            elif ent.label_ in ("GPE", "LOC", "PERSON") and _transliterated(key) and \
                    (variants := self.gaz.lookup_variant(key)):
                # another transliteration of a known name ("Deir Ezzor", "Kafr Nabl")
                found[(a, b)] = _Mention(a, b, key, ent.label_, cands=variants, kind="variant")
                for t in range(a, b):
                    taken[t] = True
            elif ent.label_ in ("GPE", "LOC") and (variants := self.gaz.lookup_ending(key)):
                # the feminine ending written the other way ("Hawija" for the tables' "Hawijah")
                found[(a, b)] = _Mention(a, b, key, ent.label_, cands=variants, kind="variant")
                for t in range(a, b):
                    taken[t] = True
        # 2. capitalised word sequences the gazetteer knows (longest first)
        i = 0
        n_tok = len(doc)
        while i < n_tok:
            tok = doc[i]
            if taken[i] or not tok.text[:1].isupper() or tok.lower_ == "the" or \
                    not tok.is_alpha and not tok.text[:1].isalpha():
                i += 1
                continue
            hit = None
            for n in range(min(maxw, n_tok - i), 0, -1):
                b = i + n
                last = doc[b - 1]
                if not last.text[:1].isupper() or any(taken[t] for t in range(i, b)):
                    continue
                if any(not (doc[t].text[:1].isupper() or doc[t].lower_ in _INNER) for t in range(i + 1, b - 1)):
                    continue
                if any(doc[t].is_sent_start for t in range(i + 1, b)):
                    continue
                key = key_of(i, b)
                if self.gaz.has_key(key):
                    hit = (i, b, key, [])
                    break
                if n > 1 and (spelt := self.gaz.lookup_article(key)):
                    hit = (i, b, key, spelt)  # "Al-Bab" for the tables' "Al Bab"
                    break
            if hit is None:
                i += 1
                continue
            a, b, key, spelt = hit
            found[(a, b)] = _Mention(a, b, key, ent_label[a] if ent_bounds[a] == (a, b) or
                                     ent_label[a] in ("PERSON", "ORG", "NORP") else ent_label[a],
                                     cands=spelt, kind="article" if spelt else "name")
            for t in range(a, b):
                taken[t] = True
            i = b
        # 3. US state abbreviations: dotted ones anywhere ("W.Va.", "S.C."), short ones after "Town,"
        for i in range(n_tok):
            if taken[i] or not doc[i].text[:1].isupper():
                continue
            for n in (3, 2, 1):
                b = i + n
                if b > n_tok:
                    continue
                span_text = full[doc[i].idx:doc[b - 1].idx + len(doc[b - 1].text)]
                if not span_text.endswith(".") and b < n_tok and doc[b].text == "." and \
                        doc[b].idx == doc[b - 1].idx + len(doc[b - 1].text):
                    span_text, b = span_text + ".", b + 1
                ab = normalize(span_text)
                state = self.state_abbrev.get(ab)
                if state is None or any(taken[t] for t in range(i, b)):
                    continue
                after_town = i >= 2 and doc[i - 1].text == "," and doc[i - 2].text[:1].isupper()
                if not (ab.count(".") >= 2 or after_town or self._after_party(doc, i) or
                        ab.endswith(".") and b < n_tok and doc[b].is_lower and doc[b].is_alpha):
                    continue
                cont = [c for c in self._lookup(normalize(state)) if c.feature == "admin1" and c.country == "USA"]
                if cont:
                    found[(i, b)] = _Mention(i, b, normalize(state), "GPE", cands=cont[:1], kind="abbrev")
                    for t in range(i, b):
                        taken[t] = True
                break
        # 4. demonyms used as place-like nouns ("the Egyptian border"): the country
        # (also where the word alone was taken as a gazetteer name: "the SOMALI capital" is no
        # Somali region, "the MALIAN capital" no village so named)
        for i in range(n_tok - 1):
            if taken[i] and (i, i + 1) not in found or not doc[i].text[:1].isupper():
                continue
            iso3 = self.demonyms.get(normalize(doc[i].text))
            if iso3 is None or doc[i + 1].lower_ not in _GEO_HEADS:
                continue
            country = self.gaz.country(iso3)
            if country is not None:
                found[(i, i + 1)] = _Mention(i, i + 1, normalize(doc[i].text), "GPE", cands=[country],
                                             kind="demonym")
                taken[i] = True
        # 5. "Jackson and Barrow counties", "Otter Tail, Swift and Wilkin counties": each name is a county
        for t in range(1, n_tok):
            word = doc[t].text
            if word not in ("counties", "parishes"):
                continue
            suffix = "county" if word == "counties" else "parish"
            j = t
            while j > 0:
                b = j
                a = b
                while a > 0 and b - a < 3 and doc[a - 1].text[:1].isupper() and doc[a - 1].is_alpha:
                    a -= 1
                if a == b:
                    break
                cands = [c for c in self._lookup(normalize(key_of(a, b) + " " + suffix)) if c.feature == "admin2"]
                listed = j < t or (a >= 1 and doc[a - 1].lower_ in (",", "and", "or", "&"))
                if cands and not listed:
                    # "Indiana counties", "the four metro Athens counties": the counties of a state or a
                    # town's area, not an "Indiana County" or "Athens County"
                    break
                if cands:
                    for k in [k for k in found if k[0] < b and a < k[1]]:
                        for x in range(found[k].start, found[k].end):
                            taken[x] = False
                        del found[k]
                    found[(a, b)] = _Mention(a, b, key_of(a, b), "GPE", cands=cands, kind="county")
                    for x in range(a, b):
                        taken[x] = True
                j = a
                if j >= 2 and doc[j - 1].lower_ in ("and", "or", "&") and doc[j - 2].text == ",":
                    j -= 2
                elif j >= 1 and doc[j - 1].lower_ in (",", "and", "or", "&"):
                    j -= 1
                else:
                    break
        # "Dublin City Council": the town, not a "Dublin City" entry elsewhere; but a town whose
        # own name ends in "City" keeps it ("Boulder City Council", "Mexico City Health Secretary";
        # not Virginia's "Alexandria city", a county-level unit, in "Alexandria City Public Schools")
        for m in list(found.values()):
            if m.end - m.start > 1 and doc[m.end - 1].lower_ == "city" and m.end < n_tok and \
                    doc[m.end].lower_ in _INSTITUTION and doc[m.end].text[:1].isupper() and \
                    not any(c.feature == "city" and normalize(c.name) == m.key for c in self.gaz.lookup_key(m.key)):
                shorter = key_of(m.start, m.end - 1)
                if self.gaz.has_key(shorter):
                    del found[(m.start, m.end)]
                    found[(m.start, m.end - 1)] = _Mention(m.start, m.end - 1, shorter, m.label)
        # a feature word right after a name is part of the mention ("Nyanza Province")
        for m in found.values():
            # (not an institution's own word: "Police Department" is no place named Police)
            if m.kind == "name" and m.key not in _INSTITUTION and m.end < n_tok and \
                    doc[m.end].lower_ in _FEATURE_WORDS \
                    and doc[m.end].text[:1].isupper() and not taken[m.end] and \
                    not (m.end + 1 < n_tok and (doc[m.end + 1].text[:1].isupper() and doc[m.end + 1].is_alpha
                                                or doc[m.end + 1].lower_ in ("of", "'s", "\u2019s"))):
                m.end += 1
                m.feature_word = True
                taken[m.end - 1] = True
        # a landform word after a name, or "Lake"/"Mount" before it, belongs to the mention
        for m in list(found.values()):
            if m.kind != "name" or m.feature_word or (m.start, m.end) not in found:
                continue
            if m.end < n_tok and doc[m.end].text in _LANDFORM_AFTER and (m.end, m.end + 1) in found:
                del found[(m.end, m.end + 1)]  # "River" alone is no mention (a namesake village)
                taken[m.end] = False
            if m.end < n_tok and doc[m.end].text in _LANDFORM_AFTER and not taken[m.end] and \
                    not doc[m.end].is_sent_start and doc[m.end - 1].whitespace_:
                m.end += 1
                taken[m.end - 1] = True
                m.landform = True
            elif m.start > 0 and doc[m.start - 1].text in _LANDFORM_BEFORE and not taken[m.start - 1] and \
                    not doc[m.start].is_sent_start:
                m.start -= 1
                taken[m.start] = True
                m.landform = True
        mentions = sorted(found.values(), key=lambda m: m.start)
        self._ent_bounds = ent_bounds
        self._ent_label = ent_label
        return mentions

    @staticmethod
    def _in_list_of_regions(doc: Any, m: _Mention, mentions: list[_Mention]) -> bool:
        """Whether the mention is followed, in a list, by a region or country named as such."""
        after = next((o for o in mentions if o.start >= m.end), None)
        return after is not None and _listed(doc, m, after) and any(
            c.feature in ("admin1", "country") and normalize(c.name) == after.key for c in after.cands)

    @staticmethod
    def _after_party(doc: Any, i: int) -> bool:
        """Whether token ``i`` follows a legislator's party: "Sen. Bob Casey, D-Pa.", "(R-Ocilla)"."""
        return i >= 3 and doc[i - 1].text == "-" and doc[i - 2].text in _PARTIES and \
            not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_ and doc[i - 3].text in (",", "(")

    @staticmethod
    def _dateline(doc: Any, m: _Mention) -> bool:
        """Whether the mention opens a dateline: "TORRINGTON — ...", "MOUNT GILEAD (AP) -- ..."."""
        if not (m.start == 0 or doc[m.start].is_sent_start or doc[m.start - 1].text in (".", "\n")):
            return False
        t = m.end
        if t + 2 < len(doc) and doc[t].text == "(" and doc[t + 1].text in ("AP", "Reuters", "UPI") and \
                doc[t + 2].text == ")":
            t += 3
        if t + 1 < len(doc) and doc[t].text in _DASHES and bool(doc[t - 1].whitespace_) and bool(doc[t].whitespace_):
            return True
        # (or with its filing date and agency: "LOME, Nov 15 (Reuters) - ...", a name the tagger missed;
        # not with a state or country after it, which the name must then lie in: "VILLANOVA, Pa. --")
        dash = dateline_dash(doc[m.start])
        return dash is not None and dash >= m.end and all(
            t.is_punct or t.text.isdigit() or t.text.rstrip(".") in _FILING_WORDS for t in doc[m.end:dash])

    def _institution_after(self, doc: Any, m: _Mention) -> bool:
        """Whether capitalised words after the mention name an institution of the place."""
        if m.end < len(doc) and doc[m.end].text in _FACILITY_AFTER:  # (in lower case, as written)
            return True  # "the Pirbright laboratory", "Randwick racecourse": a facility of the place
        for t in range(m.end, min(m.end + 5, len(doc))):
            tok = doc[t]
            if tok.lower_ in _INSTITUTION and (tok.text[:1].isupper() or tok.text in ("'s", "\u2019s")):
                return True
            if not (tok.text[:1].isupper() or tok.lower_ in ("of", "and", "&", "'s", "\u2019s")):
                return False
        return False

    def _evidence(self, doc: Any, m: _Mention, person_words: set[str], ctx: GeoContext) -> float:
        key = m.key
        if m.kind == "abbrev":
            return 4.0
        if m.kind == "demonym":
            return 2.5
        if m.kind == "county":
            return 4.0
        if key in self.demonyms and key not in self.focus_names:
            return -9.0
        if key in self.demonyms and self.focus_names.get(key, ("", 0, None))[1] < 1.0:
            return -9.0
        n_tok = m.end - m.start
        first = doc[m.start]
        if n_tok == 1 and (key in self.stopwords or (first.is_stop and not first.text.isupper()) or len(key) < 2):
            if not (m.label in _PLACE_LABELS and key not in self.stopwords):
                return -9.0
        if not all(doc[t].text[:1].isupper() or doc[t].lower_ in _INNER for t in range(m.start, m.end)):
            return -9.0
        if self._dateline(doc, m) and all(doc[t].text.isupper() or doc[t].lower_ in _INNER
                                          for t in range(m.start, m.end)):
            return 4.0  # "TORRINGTON — The City Council…"
        cands = m.cands
        e = 0.0
        label = m.label
        eb = self._ent_bounds[m.start]
        exact_ent = eb == (m.start, m.end) or (eb[0] <= m.start and m.end <= eb[1] and
                                                 all(doc[t].lower_ in ("the", "'s", "\u2019s")
                                                     for t in [*range(eb[0], m.start), *range(m.end, eb[1])]))
        nxt = doc[m.end] if m.end < len(doc) else None
        prev = doc[m.start - 1] if m.start > 0 else None
        if n_tok == 1 and key in _INSTITUTION and nxt is not None and nxt.text[:1].isupper():
            return -9.0  # "Police Department", "Superior Court"
        if nxt is not None and (nxt.lower_ in _MEDIA and nxt.text[:1].isupper() or nxt.lower_ in _DISEASE or
                                nxt.lower_ in _SPEECH and m.label not in _PLACE_LABELS):
            return -9.0
        if prev is not None and (prev.lower_ in _TITLES or prev.text.endswith("-") and prev.text[:1].isupper()):
            return -9.0  # "coach Ripley", "Ebola-Reston"
        if prev is not None and prev.text == "," and m.start >= 2 and doc[m.start - 2].lower_ in _KIN:
            return -9.0  # "her daughter, Brittany": a person's name
        if nxt is not None and nxt.lower_ == "and" and m.end + 1 < len(doc) and doc[m.end + 1].lower_ in ("his", "her") \
                and label not in _PLACE_LABELS:
            return -9.0  # "Sadr and his Mehdi Army": a person with his followers, not Sadr City
        if n_tok == 1 and key in _BODY_WORDS and prev is not None and prev.text[:1].isupper() \
                and prev.lower_ in _COMPASS_WORDS:
            return -9.0  # "the Northern Alliance", "Western Union": a body's name, not Alliance, Ohio
        feats = {c.feature for c in cands}
        big = max((c.population for c in cands if c.feature == "city"), default=0)
        local = any(c.country == "USA" and ctx.state_support(c.admin1, key) > 0.3 for c in cands)
        nested = self._institution_after(doc, m) or label == "ORG" and _names_organisation(
            doc, m, eb, key, cands, well_known=_well_known(cands, key, ctx))
        if nested:
            e += 1.5  # "Gainesville Police Department": the name holds a place
        if label in ("GPE", "LOC") and exact_ent:
            e += 2.5
        elif label == "FAC" and exact_ent:
            e += 1.0
        elif label in ("GPE", "LOC"):
            e += 1.0
        elif label == "PERSON":
            # the small model calls many foreign regions persons (Fezzan, Sahel)
            named_area = bool({"country", "region", "water", "admin1"} & {c.feature for c in cands})
            if nested or (n_tok == 1 and exact_ent and key not in person_words and (big >= 100000 or local)):
                pass  # a lone capitalised word the small model guesses is a person
            else:
                e -= 2.0 if not exact_ent else 0.3 if named_area and key not in person_words else 1.0
        elif label == "NORP":
            e -= 0.5
        elif label == "ORG" and not nested:
            e -= 0.5
        # what the gazetteer knows
        if "country" in feats:
            e += 2.5
        elif "region" in feats or "water" in feats:
            e += 2.5
        elif "admin1" in feats:
            e += 1.5
        elif "admin2" in feats:
            # (a bare one-word second-level name is a British county, "Devon", known as such)
            e += 3.0 if n_tok > 1 and doc[m.end - 1].lower_ in _FEATURE_WORDS else 1.0 if n_tok > 1 else 1.5
        if m.feature_word:
            e += 2.0
        if m.landform:
            e += 1.0
        if self._after_party(doc, m.start):
            e += 3.0  # "Rep. Torrey Westrom, R-Elbow Lake"
        elif self._dateline(doc, m):
            e += 2.5  # "Goose Creek — A Goose Creek man…"
        if local:
            e += 1.0
        if any(c.capital for c in cands):
            e += 1.5
        if big >= 1_000_000:
            e += 1.5
        elif big >= 100_000:
            e += 1.0
        elif big >= 15_000:
            e += 0.5
        # context words
        prev = doc[m.start - 1] if m.start > 0 else None
        prev2 = doc[m.start - 2] if m.start > 1 else None
        if prev is not None and prev.lower_ in _STRONG_LOCATIVE:
            e += 1.0
        elif prev is not None and prev.lower_ in _TAKE_VERBS:
            e += 1.0 if label in _PLACE_LABELS else 2.5  # the small model calls such objects persons
        elif prev is not None and prev.lower_ in _ATTACK_VERBS:
            e += 1.0 if label in _PLACE_LABELS or big >= 100_000 else 0.5
        elif prev is not None and prev.lower_ in ("the", "of") and prev2 is not None and prev2.lower_ in _LOCATIVE:
            e += 0.7
        elif prev is not None and (prev.lower_ in _LOCATIVE or
                                   (prev.lower_ == "as" and prev2 is not None and prev2.lower_ in ("known", "called"))):
            e += 0.5
        if m.within is not None or m.is_container:
            e += 2.0
        nxt = doc[m.end] if m.end < len(doc) else None
        if nxt is not None and nxt.lower_ in _RESIDENTS and nxt.text.islower():
            e += 1.5  # "a Columbia woman", "DeKalb residents"
        elif nxt is not None and nxt.lower_ in ("'s", "\u2019s") and m.end + 1 < len(doc) and \
                doc[m.end + 1].lower_ in _PLACE_PARTS:
            e += 1.5  # "Grozny's streets", "Aleppo's eastern districts"
        if prev is not None and prev.text == "," and nxt is not None and nxt.text in (",", ".") and not nested:
            e += 0.7  # an address: "12 Orchard St., Alexandria, was"
        if nxt is not None and nxt.lower_ in ("county", "parish", "province", "city", "region", "state", "district") \
                and nxt.text[:1].isupper() and not nested:
            e -= 0.5  # probably part of a longer unknown name
        if m.start == doc[m.start].sent.start and label not in _PLACE_LABELS:
            e -= 0.5
        if key in self.ambiguous:
            e -= 1.0 if label in _PLACE_LABELS else 2.0
        if key in person_words and label not in _PLACE_LABELS:
            e -= 3.0
        if any(ctx.weight(c.country) > 0.3 for c in cands):
            e += 0.5
        if len(key) <= 3 and not first.text.isupper() and "country" not in feats:
            e -= 1.0
        if n_tok == 1 and first.text.isupper() and len(first.text) <= 4 and not feats & {"country", "admin1"}:
            e -= 3.0  # an acronym that happens to be a town name
        # a known name inside a longer unknown one ("Goz Beida", "Salinas Valley")
        if not (label in _PLACE_LABELS and exact_ent):
            for t in (m.start - 1,) if nested else (m.start - 1, m.end):
                if 0 <= t < len(doc) and doc[t].is_alpha and doc[t].text[:1].isupper() \
                        and not doc[t].is_sent_start and normalize(doc[t].text) not in self.stopwords:
                    e -= 1.5
                    break
        if prev is not None and prev.lower_ in ("with", "between") and prev2 is not None \
                and prev2.lower_ in _BORDER_WORDS and ("country" in feats or "region" in feats):
            # "near the border WITH NIGER": what lies across a border is a country or a territory,
            # whatever the tagger made of the name (a floor: a name read as a place keeps its own evidence)
            e = max(e, 2.0)
        return e

    # ------------------------------------------------------------------ resolution
    def _score(self, m: _Mention, c: Candidate, ctx: GeoContext, doc_states: dict[str, float],
               us_local: bool = False) -> float:
        s = _FEATURE_BASE.get(c.feature, 0.0)
        if c.feature == "city":
            s += math.log10(c.population + 10) * 1.2
            if c.capital:
                s += 4.0
        elif c.feature == "admin1":
            s += 1.5 if c.country == "USA" else 0.0
            if normalize(c.name) == m.key and ctx.weight(c.country) > 0.1 and (
                    c.country == "USA" or ctx.supported(c.country, m.key)):
                # a region's own name: towns named after a state or province ("California, Pa.",
                # "Ontario, Calif.") need a container or their own support to win (issue 3)
                s += 4.0
        if normalize(c.name) != m.key and c.feature not in ("region", "water"):
            # matched only an alternate name (the named areas' aliases are the project's own:
            # "Pacific" is the ocean)
            s -= 2.0 if c.feature == "country" else 5.0
        if c.feature == "country" or ctx.supported(c.country, m.key):
            # a name is no evidence for itself: "London" said five times does not make a
            # London, Ontario paper British (a country's own name is what it is, though)
            s += 5.0 * ctx.weight(c.country)
        if c.country == "USA" and c.admin1:
            s += 5.0 * max(doc_states.get(c.admin1, 0.0), ctx.state_weight(c.admin1, m.key))
        elif us_local and not ctx.supported(c.country, m.key) and not (
                c.feature == "country" and (ctx.worldwide() or m.among_countries)):
            # a local US paper: "Lebanon", "Dublin", "Georgia" with nothing else pointing abroad is the
            # namesake in the state the paper covers, not the country or capital (issue 3)
            s -= 10.0 + 5.0 * ctx.weight(c.country)
        if m.feature_word or m.region_of:
            # (no country is called "X State": "Niger State", "Niger state" are Nigeria's)
            s += 6.0 if c.feature in ("admin1", "admin2", "region") else -20.0 if c.feature == "country" else -3.0
        elif c.feature == "admin1" and c.country in m.among_admin1 or c.feature == "admin2" and m.county_named:
            s += 6.0
        if m.after_the and c.feature == "city" and any(o.feature in ("water", "region") for o in m.cands):
            s -= 8.0  # "in the eastern Pacific": the ocean, not Pacific, Missouri
        if m.within is not None:
            w = m.within
            if w.feature == "country" and c.country == w.country:
                s += 20.0
            elif w.feature in ("admin1", "region") and c.admin1 and normalize(c.admin1) == normalize(w.name) \
                    and c.country == w.country:
                s += 20.0
            elif _km(c.lat, c.lon, w.lat, w.lon) < max(w.precision_km, 100):
                s += 12.0
        return s

    def text_context(self, doc: Any, persons: set[str], context: GeoContext | None = None) -> GeoContext:
        """The focus of a parsed text and its article (``context``), less the countries that only
        words of its person names point at ("Sgt. Chad Morrow"); a name the text also uses as a
        place keeps pointing at its country ("Chad Morrow flew to Chad")."""
        names = persons - {normalize(e.text) for e in doc.ents if e.label_ in ("GPE", "LOC")}
        return self.document_context(doc.text, names).merged(context.without(names) if context else None)

    def parse(self, doc: Any, *, offset: int = 0, doc_id: str | None = None,
              context: GeoContext | None = None) -> list[Place]:
        """Place mentions of a parsed text (``offset`` is added to every start/end)."""
        persons = _person_words(doc)
        ctx = self.text_context(doc, persons, context)
        mentions = self._candidate_spans(doc)
        for m in mentions:
            m.cands = m.cands or self._lookup(m.key)
            m.after_the = after_the(doc, m.start)
        for m in mentions:
            if m.kind == "variant":
                # a spelling match only counts in a country the text is about: a consonant
                # skeleton alone may match a town on another continent
                m.cands = [c for c in m.cands if ctx.weight(c.country) >= _VARIANT_FOCUS]
            elif m.kind == "article":
                # the same name, but a village abroad needs the text's focus as a variant does
                # ("Al-Zahra" in an Aleppo story is no Jordanian village; "El-Arish" is El Arish)
                m.cands = [c for c in m.cands if ctx.weight(c.country) >= _VARIANT_FOCUS
                           or c.feature != "city" or c.population >= _ARTICLE_TOWN_POP]
            elif m.landform and ctx.countries:
                # "Red River" is placed at a namesake only where the text is: a village called
                # "Red" in India says nothing about a river in a North Dakota story
                m.cands = [c for c in m.cands if ctx.weight(c.country) >= _VARIANT_FOCUS]
            elif m.kind == "name" and ctx.countries and max(ctx.countries.values()) >= 0.5 \
                    and not any(spelt_alike(m.key, c.name) for c in m.cands):
                # a name that is only another name of towns abroad (an old or foreign one) needs the
                # text's focus too: "near BONI" in a Mali story is not Bonn, one of whose other names
                # it is (a US town stays: a local paper seldom names its country)
                m.cands = [c for c in m.cands if c.country == "USA" or answers_anywhere(c)
                           or ctx.weight(c.country) >= _VARIANT_FOCUS]
        for m in mentions:
            if m.key in _body_names():
                # a body or person the actor dictionary names is a place only under the gazetteer's
                # own name for one: "struck HAMAS militants" is not in Hamm (one of whose other
                # names it is); "Brussels" stays Brussels
                m.cands = [c for c in m.cands if normalize(c.name) == m.key]
                if ctx.countries:  # ("struck FANO militants" in an Ethiopia story: no Italian town)
                    m.cands = [c for c in m.cands if answers_anywhere(c) or ctx.weight(c.country) >= _VARIANT_FOCUS]
        mentions = [m for m in mentions if m.cands]
        # "unincorporated DeKalb" beside "the DeKalb County Commission": a bare name the text also
        # gives as a county is that county
        counties = {m.key for m in mentions if m.key.endswith((" county", " parish"))}
        for m in mentions:
            for full in (m.key + " county", m.key + " parish"):
                if full in counties and m.kind == "name":
                    own = [c for c in self._lookup(full) if c.feature == "admin2"]
                    m.cands = own + [c for c in m.cands if c not in own]
                    m.county_named = True
        # "City, State" / "City, Country": containment
        by_start = {m.start: m for m in mentions}
        for m in mentions:
            if m.end + 1 < len(doc) and doc[m.end].text == ",":
                nxt = by_start.get(m.end + 1)
                cont: Candidate | None = None
                listed = m.key not in self.us_state_keys and any(
                    c.feature == "country" and normalize(c.name) == m.key for c in m.cands)
                if nxt is not None and listed:
                    continue  # a country before a comma begins a list ("Mexico, China, Japan")
                if nxt is not None and m.key in self.us_state_keys and self._in_list_of_regions(doc, nxt, mentions):
                    continue  # "cases in Washington, Pennsylvania and California": three states
                if nxt is not None:
                    cont = next((c for c in nxt.cands if c.feature in ("country", "admin1")), None)
                    if cont is not None and any(self._contained(c, cont) for c in m.cands if c is not cont):
                        m.within = cont
                        nxt.is_container = True
                        nxt.cands = [cont] + [c for c in nxt.cands if c is not cont]
                else:
                    ab = normalize(doc[m.end + 1].text)
                    if ab not in self.state_abbrev and m.end + 2 < len(doc):
                        ab = normalize(doc[m.end + 1].text + doc[m.end + 2].text)
                    state = self.state_abbrev.get(ab)
                    if state is not None:
                        cont = next((c for c in self._lookup(normalize(state)) if c.feature == "admin1"
                                     and c.country == "USA"), None)
                        if cont is not None:
                            m.within = cont
        doc_states: dict[str, float] = {}
        for m in mentions:
            if m.within is not None and m.within.country == "USA" and m.within.feature == "admin1":
                doc_states[m.within.name] = 1.0
        kept: list[_Mention] = []
        for m in mentions:
            m.region_of = _named_as_region(doc, m)
            m.evidence = self._evidence(doc, m, persons, ctx)
        # a name the text gives a street ("Darby Street") is that street there
        for m in mentions:
            if _street_name(doc, m):
                m.evidence = -9.0
        # one sense per text: "Chad, which shares..." read as a person at the start of a sentence
        # is the country that the text names as a place elsewhere
        sure: dict[str, float] = {}
        for m in mentions:
            sure[m.key] = max(sure.get(m.key, -99.0), m.evidence)
        # (an organisation's name that is nothing but the place's too: "flights into Darfur and
        # Malakal", tagged ORG, where the text also calls Malakal a place)
        for m in mentions:
            alone = m.label == "ORG" and self._ent_bounds[m.start] == (m.start, m.end)
            if sure[m.key] >= 4.0 and -1.5 <= m.evidence < 2.0 and (m.label in ("PERSON", "NORP", "GPE", "LOC")
                                                                     or alone):
                m.evidence = 2.0
        # coordination: "Djanet and Illizi" - a weak mention next to a strong one
        strong = {m.start for m in mentions if m.evidence >= 2.0}
        for k, m in enumerate(mentions):
            listed = [o for o in (mentions[k - 1] if k > 0 else None, mentions[k + 1] if k + 1 < len(mentions) else None)
                      if o is not None and _listed(doc, m, o)]
            if -5 < m.evidence < 2.0 and any(o.start in strong for o in listed):
                m.evidence += 1.0
            # "the Middle East, Italy and Russia": a name listed with countries or regions is a country
            m.among_countries = any(c.feature == "region" or c.feature == "country" and normalize(c.name) == o.key
                                    for o in listed for c in o.cands)
            # "Utah, Washington and Wisconsin": a name listed with a country's states is one of them
            # (not a region that shares its name with its own main town: "Djanet and Illizi" are towns)
            m.among_admin1 = {c.country for o in listed for c in o.cands
                              if c.feature == "admin1" and c.country and normalize(c.name) == o.key
                              and not any(_town_of_region(t, c) for t in o.cands if normalize(t.name) == o.key)}
        for m in mentions:
            if m.evidence >= 2.0:
                kept.append(m)
        self._resolve(kept, ctx, doc_states)
        # a town's name gave the text's focus to the state of its biggest namesake ("Decatur" ->
        # Illinois); once resolved, it supports the state it was put in, and the text is read again
        settled = _settled_focus(kept, ctx)
        if settled is not ctx:
            self._resolve(kept, settled, doc_states)
        places: list[Place] = []
        # countries the text names places in (not only people of: "French forces" says where
        # the soldiers come from, not where the story is)
        named = {k for k, w in ctx.countries.items() if w >= 0.5
                 and any(key not in self.demonyms for key in ctx.country_keys.get(k, ()))}
        for m in kept:
            j = _argmax(m.scores)
            c = m.cands[j]
            if c.feature == "city" and c.population < _STRAY_TOWN_POP and c.country != "USA" and named - {c.country} \
                    and not ctx.supported(c.country, m.key) and m.within is None:
                # a village abroad that nothing else in a text set elsewhere points at is a
                # namesake ("Marburg" fever in a Manila story is no Australian village; "Goz
                # Beida" no Chinese one); it stays a name without a place
                continue
            span = doc[m.start:m.end]
            margin = _margin(m.scores)
            conf = 1 / (1 + math.exp(-(0.9 * (m.evidence - 2.0) + 0.35 * min(margin, 10) - 0.3)))
            if len(m.cands) == 1:
                conf = max(conf, 1 / (1 + math.exp(-(0.9 * (m.evidence - 2.0) + 1.0))))
            place = Place(start=span.start_char + offset, end=span.end_char + offset, text=span.text,
                          name=c.name, lat=c.lat, lon=c.lon, country=c.country, geonameid=c.geonameid,
                          feature=c.feature, admin1=c.admin1, confidence=round(min(0.99, conf), 3),
                          precision_km=c.precision_km, doc_id=doc_id)
            self._add_borders(place)
            flag = self._contradiction(doc, m, c)
            if flag:
                place.flags.append(flag)
            places.append(place)
        self._place_counties(places)
        return places

    def _resolve(self, kept: list[_Mention], ctx: GeoContext, doc_states: dict[str, float]) -> None:
        """Score every reading of every kept mention, then let the text's places pull together."""
        us_top = _us_leads(kept, ctx)
        for m in kept:
            # a name is no evidence for itself: "Dublin" said ten times does not make an Ohio paper Irish
            # (the US too: "Georgia" said six times in a story about Tbilisi is no US text)
            us_first = ctx.supported("USA", m.key) and (us_top or ctx.weight("USA") >= max(
                (w for k, w in ctx.countries.items() if ctx.supported(k, m.key)), default=0.0) - 1e-9)
            us_local = us_first and any(
                c.country == "USA" and c.admin1 and (c.feature == "admin1" or max(
                    doc_states.get(c.admin1, 0.0), ctx.state_support(c.admin1, m.key)) > 0.3)
                for c in m.cands)
            m.scores = [self._score(m, c, ctx, doc_states, us_local) for c in m.cands]
            # a namesake admin1 region loses to its own town ("Illizi" the town, not the province)
            # (the town must lie in the region: "California, Pa." is no reason to doubt the state)
            # (not one the text calls a region: "the Donetsk region", "Zaporizhzhia Oblast")
            towns = [c for c in m.cands if c.feature == "city" and normalize(c.name) == m.key
                     and not (m.feature_word or m.region_of)]
            for j, c in enumerate(m.cands):
                if c.feature in ("admin1", "admin2") and any(_town_of_region(t, c) for t in towns):
                    m.scores[j] -= 12.0  # also undoes the region's own-name bonus
            self._prefer_known_city(m, ctx, doc_states)
        # namesakes that cluster: in a local US text, the "Lebanon" and the "Boone County" that lie
        # next to each other are meant, though neither is confident alone (issue 3)
        if us_top:
            self._mutual_coherence(kept, ctx)
        # spatial coherence: the places of one text cluster (issue 3)
        anchors = [(m.cands[_argmax(m.scores)], _margin(m.scores) > 3.0 or _dominant(m), m.key) for m in kept]
        anchors = [(c, k) for c, sure, k in anchors if c.feature in ("city", "admin2", "admin1") and sure]
        for m in kept:
            if len(m.cands) < 2 or not anchors:
                continue
            # (a town of the name inside a region the text names is near it: "Ontario" -> London, Ontario)
            near = [sum(1 for a, k in anchors if k != m.key and a.index != c.index and (
                _near(a, c) or _inside(c, a) and normalize(c.name) == m.key)) for c in m.cands]
            inside = [sum(1 for a, k in anchors if k != m.key and _inside(a, c)) for c in m.cands]
            before = m.cands[_argmax(m.scores)]
            for j in range(len(m.cands)):
                # neighbours, and for a region the text's towns inside it ("Toronto" -> "Ontario")
                m.scores[j] += 1.5 * min(near[j], 3) + 3.0 * min(inside[j], 2)
                near[j] += inside[j]
            top = _argmax(m.scores)
            c = m.cands[top]
            if c.feature == "city" and normalize(before.name) == m.key and c is not before and (
                    before.feature == "admin1" or before.feature == "city" and before.population >= 500000
                    and ctx.supported(before.country, m.key)):
                # a state or province named as such, or a big city of a country the text names,
                # stays itself: a town called "Florida" or "Glasgow" near the text's New York
                # places is no reason to move either there
                m.scores[m.cands.index(before)] = m.scores[top] + 0.1
                continue
            if near[top] == 0 and c.feature != "admin1" and not ctx.supported(c.country, m.key):
                # a far-off capital or country nothing else in the text points at loses to the
                # namesake next to the text's other places ("London" in an Ontario paper)
                close = [j for j in range(len(m.cands)) if near[j] > 0]
                if c.feature == "country" and ctx.worldwide():
                    close = []  # a story about many countries: their names are the countries
                elif c.feature == "country":
                    # a country yields only to a namesake of the same name among the text's own
                    # local places ("Lebanon" in a Boone County paper), not to one 300 km from
                    # some city of a worldwide story
                    close = [j for j in close if normalize(m.cands[j].name) == m.key and any(
                        k != m.key and a.index != m.cands[j].index and _near_local(a, m.cands[j])
                        for a, k in anchors)]
                if close:
                    jn = max(close, key=lambda j: m.scores[j])
                    m.scores[jn] = m.scores[top] + 1.0
        # one sense per text: what one mention says outright ("the province of Ontario",
        # "Melbourne, Victoria") holds for the other mentions of the same name
        told = {m.key: m.cands[_argmax(m.scores)] for m in kept
                if m.scores and (m.within is not None or m.region_of or m.feature_word)}
        for m in kept:
            c = told.get(m.key)
            own = m.cands[_argmax(m.scores)] if m.scores else None
            if c is not None and m.within is None and not m.feature_word and c in m.cands and own is not None \
                    and not own.capital and own.feature not in ("country", "admin1"):
                # (a capital keeps its own reading: "talks in Tripoli" and "Tripoli, Lebanon" differ)
                m.scores[m.cands.index(c)] = max(m.scores) + 1.0

    @staticmethod
    def _prefer_known_city(m: _Mention, ctx: GeoContext, doc_states: dict[str, float]) -> None:
        """A well-known city or region beats a US village of its name that nothing else in the text supports.

        The text's US focus adds the same weight to every US namesake, so "Glasgow" in a worldwide
        story that also names New York would go to Glasgow, Kentucky; the village keeps the name
        only where its own state is named (a local paper) or, later, its neighbours are."""
        top = _argmax(m.scores)
        c = m.cands[top]
        if c.country != "USA" or c.feature != "city" or c.population >= 50000 or \
                max(doc_states.get(c.admin1 or "", 0.0), ctx.state_support(c.admin1, m.key)) > 0:
            return
        # (a first-level region abroad is as well known: "England" is not England, Arkansas)
        big = [j for j, o in enumerate(m.cands) if o.country != "USA" and normalize(o.name) == m.key and (
            o.feature == "admin1" or o.feature == "city" and o.population >= max(500000, 20 * c.population))]
        if big:
            j = max(big, key=lambda j: m.cands[j].population)
            m.scores[j] = max(m.scores[j], m.scores[top] + 0.5)

    @staticmethod
    def _mutual_coherence(kept: list[_Mention], ctx: GeoContext | None = None, slack: float = 8.0, top_k: int = 12) -> None:
        """Soft spatial coherence among ambiguous US mentions of a US-focused text.

        Every plausible US reading of a name (a town, county or state within ``slack`` points of
        the name's best reading) votes for the readings of the *other* names that lie near it.
        A reading near plausible readings of two other names gains; a foreign reading that no
        other name supports loses to a US namesake that other names do support ("Athens" beside
        "Henderson County" is Athens, Texas)."""
        plaus: list[tuple[str, list[Candidate]]] = []
        for m in kept:
            if not m.scores:
                continue
            best = max(m.scores)
            order = sorted(range(len(m.cands)), key=lambda j: -m.scores[j])[:top_k]
            cs = [m.cands[j] for j in order if m.scores[j] >= best - slack and m.cands[j].country == "USA"
                  and m.cands[j].feature in ("city", "admin2")]
            plaus.append((m.key, cs))
        if sum(1 for _, cs in plaus if cs) < 2:
            return
        for m, (key, _) in zip([m for m in kept if m.scores], plaus):
            if len(m.cands) < 2:
                continue
            order = sorted(range(len(m.cands)), key=lambda j: -m.scores[j])[:top_k]
            votes = {}
            for j in order:
                c = m.cands[j]
                if c.country != "USA" or c.feature not in ("city", "admin2"):
                    continue
                # (a reading within 30 km - a county and its seat - counts half again as much)
                votes[j] = sum(max((_local_vote(o, c) for o in cs if o.index != c.index), default=0.0)
                               for k2, cs in plaus if k2 != key)
            if not votes or max(votes.values()) == 0:
                continue
            vmax = max(votes.values())
            top = _argmax(m.scores)
            c = m.cands[top]
            if c.country == "USA" and c.feature in ("city", "admin2") and not c.capital:
                # a US town or county among namesakes: the ones near the text's other names gain
                for j, v in votes.items():
                    m.scores[j] += 2.0 * min(v, 3)
            elif c.country != "USA" and c.feature in ("city", "admin1") and votes.get(top, 0) < vmax and not (
                    ctx is not None and c.population >= 500000 and ctx.supported(c.country, key)):
                # a foreign town, capital or region no other name supports loses to the supported namesake
                best_j = max((j for j, v in votes.items() if v == vmax), key=lambda j: m.scores[j])
                m.scores[best_j] = max(m.scores[best_j], max(m.scores) + 0.5)

    @staticmethod
    def _place_counties(places: list[Place]) -> None:
        """A county the gazetteer could only put at its state's centre goes to the middle of the
        towns of that state the same text names (local news names the county's own towns)."""
        for p in places:
            if p.feature != "admin2" or p.country != "USA" or (p.precision_km or 0) < 200:
                continue
            towns = [q for q in places if q.feature == "city" and q.country == "USA" and q.admin1 == p.admin1]
            if not towns:
                continue
            lats = sorted(q.lat for q in towns)
            lons = sorted(q.lon for q in towns)
            p.lat, p.lon = lats[len(lats) // 2], lons[len(lons) // 2]
            p.precision_km = 60.0

    @staticmethod
    def _contained(c: Candidate, cont: Candidate) -> bool:
        if cont.feature == "country":
            return c.country == cont.country
        return c.country == cont.country and normalize(c.admin1 or "") == normalize(cont.name)

    def _add_borders(self, place: Place) -> None:
        if self.borders is None or place.feature in ("country", "water") or (place.precision_km or 0) > 200:
            return
        km, other = self.borders.nearest_border(place.lat, place.lon)
        if math.isfinite(km):
            place.border_km = round(km, 1)
            place.border_with = other

    _SIDE_RE = re.compile(r"\b(?:on|in)\s+the\s+([A-Z][a-z]+)\s+side\b|\b(?:inside|within)\s+([A-Z][a-z]+)\b"
                          r"|\bin\s+(?:southern|northern|eastern|western|southeastern|southwestern|"
                          r"northeastern|northwestern)\s+([A-Z][a-z]+)\b")

    def _contradiction(self, doc: Any, m: _Mention, c: Candidate) -> str | None:
        """A flag when the sentence puts the place in another country than the gazetteer."""
        if c.country is None or c.feature == "country":
            return None
        sent = doc[m.start].sent
        tail = sent.text[doc[m.end - 1].idx - sent.start_char:] if m.end - 1 < len(doc) else ""
        for mm in self._SIDE_RE.finditer(tail[:200]):
            word = normalize(next(g for g in mm.groups() if g))
            iso3 = self.demonyms.get(word)
            if iso3 is None:
                top = self._lookup(word)
                iso3 = top[0].country if top and top[0].feature == "country" else None
            if iso3 and iso3 != c.country:
                return f"country_contradicts_text:{iso3}"
        return None


_TRANSLIT = re.compile(r"(?:^|[\s-])(?:al|el|ez|ad|ar|as|ash|at|az|an|ed|es|et|ul)[\s-]|[-'\u2019]|kh|dh|zz|q(?!u)")


def _transliterated(key: str) -> bool:
    """Whether a name carries the marks of a transliteration (an Arabic article, a hyphen or
    apostrophe, "kh", "dh", "zz", a "q" without "u"): only such names are matched by
    consonant skeleton, which would otherwise take "Americas" for Americus."""
    return bool(_TRANSLIT.search(key))


def _dominant(m: _Mention) -> bool:
    """Whether the mention's reading is a big city that dwarfs every namesake ("Toronto", not
    Toronto, Ohio): it anchors the text's other places even when the text's focus narrows its lead."""
    c = m.cands[_argmax(m.scores)]
    return c.feature == "city" and c.population >= 1_000_000 and all(
        o.population * 100 <= c.population for o in m.cands if o is not c)


def _near(a: Candidate, c: Candidate) -> bool:
    """Whether two entries are neighbours: close, or a county without coordinates in the same state."""
    if c.feature == "admin2" and c.precision_km >= 200:
        return c.country == a.country and c.admin1 == a.admin1
    return _km(a.lat, a.lon, c.lat, c.lon) < 300


def _us_leads(kept: list[_Mention], ctx: GeoContext) -> bool:
    """Whether the US leads the text's focus, not counting a country that only one name points at
    when that name is also a US town's ("Berlin" beside Middletown and Hartford)."""
    us_names = {m.key for m in kept if any(c.country == "USA" for c in m.cands)}
    rivals = [w for k, w in ctx.countries.items() if k != "USA" and not (
        len(ctx.country_keys.get(k, ())) == 1 and ctx.country_keys[k] <= us_names)]
    return ctx.weight("USA") >= max(rivals, default=0.0) - 1e-9


def _settled_focus(kept: list[_Mention], ctx: GeoContext) -> GeoContext:
    """The text's US-state focus less the town names that were resolved in another state.

    (The support is not handed to the state the town was put in: a first reading that is only a
    guess must not feed itself.)"""
    placed = {}
    for m in kept:
        c = m.cands[_argmax(m.scores)] if m.scores else None
        if c is not None and c.country == "USA" and c.feature in ("city", "admin2") and c.admin1:
            placed[m.key] = c.admin1
    keys = {st: {k for k in ks if placed.get(k, st) == st} for st, ks in ctx.admin1_keys.items()}
    if keys == ctx.admin1_keys:
        return ctx
    return GeoContext(ctx.countries, ctx.admin1, ctx.country_keys, keys)


def _street_name(doc: Any, m: _Mention) -> bool:
    """Whether the mention names a street ("Darby Street", "420 Augusta St.", "Northwest 34th Street")
    - not a county's road ("Douglas County Road 4") nor an institution ("Florida Highway Patrol",
    "Lebanon Street Department")."""
    end = m.end + 1 if m.end + 1 < len(doc) and doc[m.end].like_num and not doc[m.end].is_digit else m.end
    if end >= len(doc) or doc[end].text not in _STREETS or doc[m.end - 1].lower_ in ("county", "parish"):
        return False
    after = doc[end + 1] if end + 1 < len(doc) else None
    return not (after is not None and after.text[:1].isupper() and after.lower_ in _INSTITUTION)


def _town_of_region(t: Candidate, region: Candidate) -> bool:
    """Whether town ``t`` lies in (or within 200 km of) the region, which is then named after it."""
    return t.feature == "city" and t.country == region.country and (
        normalize(t.admin1 or "") == normalize(region.admin1 or region.name) or _km(t.lat, t.lon, region.lat, region.lon) < 200)


def _named_as_region(doc: Any, m: _Mention) -> bool:
    """Whether the text calls the name a region: "the province of Ontario", or a lower-case kind of
    region right after it ("a Washington state farm", "in Nyanza province") - a common noun, not
    part of a longer name. Not where "of" follows the region word: then the name may be the
    country whose region is named after it ("the central Mexico state OF Hidalgo"), and the
    words around the name decide ("the Mayo district of Pattani province in southern Thailand")."""
    if m.start >= 2 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lower_ in _REGION_OF:
        # (not a country's own name after a region word with a name of its own: "the Mopti region
        # OF MALI" names the country the region lies in; "the Mexico state of HIDALGO" a state)
        return not (m.start >= 3 and doc[m.start - 3].pos_ == "PROPN" and doc[m.start - 3].text[:1].isupper()
                    and any(c.feature == "country" and normalize(c.name) == m.key for c in m.cands))
    return m.end < len(doc) and doc[m.end].text in _REGION_OF and not m.feature_word and not (
        m.end + 1 < len(doc) and doc[m.end + 1].lower_ == "of")


def _names_organisation(doc: Any, m: _Mention, eb: tuple[int, int], key: str, cands: list[Candidate],
                        well_known: bool) -> bool:
    """Whether a well-known place heads an organisation's name ("the U.S. Food and Drug
    Administration", "the Nashville Film Festival") or a country's own name ends one (a national
    branch: "Taco Bell Canada"): the organisation is named after the place, which is a mention."""
    lead = eb[0]
    while lead < m.start and doc[lead].lower_ == "the":
        lead += 1
    if well_known and lead == m.start and m.end < eb[1] and doc[m.end].text[:1].isupper():
        return True
    return m.end == eb[1] and m.start > eb[0] and any(
        c.feature == "country" and normalize(c.name) == key for c in cands)


def _well_known(cands: list[Candidate], key: str, ctx: GeoContext) -> bool:
    """Whether the name is a country, a first-level region of a country other names of the text
    point at, or a town of some size in a US state the text is about: places an organisation
    is named after, where a person's name or a common word ("Lincoln", "Spring") is likelier."""
    return any(c.feature == "country" or
               c.feature == "admin1" and ctx.supported(c.country, key) and ctx.weight(c.country) > 0.3 or
               c.feature == "city" and c.country == "USA" and c.population >= 15000 and
               ctx.state_support(c.admin1, key) > 0.3 for c in cands)


def _person_words(doc: Any) -> set[str]:
    """Capitalised words of the text's multi-word person names: a place name among them is likelier a name.

    The small model folds titles and institutions into names ("Huntsville Fire Chief Tom Grisham",
    "Huntsville Fire"): a single word before an institution or title word is the institution's
    place, not a person's name; two or more are a person the institution is named after
    ("Sam Houston State University")."""
    words: set[str] = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        toks = [t for t in ent if t.text[:1].isupper()]
        marks = [k for k, t in enumerate(toks) if t.lower_ in _INSTITUTION or t.lower_ in _TITLES]
        if marks and marks[0] == 1:
            toks = toks[marks[-1] + 1:]
        words.update(normalize(t.text) for t in toks)
    return words


def _listed(doc: Any, a: _Mention, b: _Mention) -> bool:
    """Whether two mentions are joined by nothing but commas and "and"/"or" ("Egypt, Bulgaria and Chad")."""
    lo, hi = (a.end, b.start) if a.start < b.start else (b.end, a.start)
    return hi > lo and all(doc[t].lower_ in (",", "and", "or", "&") for t in range(lo, hi))


def _inside(a: Candidate, region: Candidate) -> bool:
    """Whether entry ``a`` lies in first-level region ``region`` ("Toronto" in "Ontario")."""
    return region.feature == "admin1" and a.country == region.country and bool(a.admin1) and \
        normalize(a.admin1 or "") == normalize(region.name)


def _near_local(a: Candidate, c: Candidate) -> bool:
    """Neighbours at the scale of a local paper: within 120 km, or a county and a town of its state
    when the county has no point of its own."""
    for x, y in ((a, c), (c, a)):
        if x.feature == "admin2" and x.precision_km >= 200:
            return x.country == y.country and x.admin1 == y.admin1
    return _km(a.lat, a.lon, c.lat, c.lon) < 120


def _local_vote(a: Candidate, c: Candidate) -> float:
    """How much reading ``a`` of another name supports ``c`` in a local text."""
    if not _near_local(a, c):
        return 0.0
    if any(x.feature == "admin2" and x.precision_km >= 200 for x in (a, c)):
        return 1.0  # a county without a point: its state is all that is known
    return 1.5 if _km(a.lat, a.lon, c.lat, c.lon) < 30 else 1.0


def _argmax(xs: list[float]) -> int:
    return max(range(len(xs)), key=xs.__getitem__)


def _margin(xs: list[float]) -> float:
    if len(xs) < 2:
        return 10.0
    a, b = sorted(xs, reverse=True)[:2]
    return a - b


@functools.lru_cache(maxsize=1)
def _load_geoparser() -> Geoparser:
    return Geoparser(Gazetteer.load(), Borders.load())


# Words of a compass side that may stand between "the" and a sea's or region's name
_SIDE_WORDS = frozenset({"eastern", "western", "northern", "southern", "central", "north", "south", "east", "west",
                         "northeastern", "northwestern", "southeastern", "southwestern", "upper", "lower"})


def after_the(doc: Any, start: int) -> bool:
    """Whether a name comes right after "the", perhaps with a compass side between ("the eastern
    Pacific")."""
    k = start - 1
    while k >= 0 and doc[k].lower_ in _SIDE_WORDS:
        k -= 1
    return k >= 0 and doc[k].lower_ == "the"
