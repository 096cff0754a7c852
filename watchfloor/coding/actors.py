"""Who did it and to whom: the actor dictionary, the phrase coder and the role finder.

``code_phrase`` codes a phrase ("Libyan military forces") against the curated dictionary in
``watchfloor/data/actors/`` (countries, named groups and people, generic agent nouns) and returns
an :class:`ActorCode` (name, country, sector, CAMEO-style code such as ``"LBYMIL"``).

``find_actors`` takes the event trigger (a spaCy ``Token`` of a parsed sentence) and returns
``(actor1, actor2)`` as :class:`watchfloor.model.Actor` with doc-relative character offsets:
actor1 did it (active subject, passive agent, "by"/possessor of a nominal event), actor2 had
it done to them (object, passive subject, "against/on/to" objects, "of" objects of event nouns).

The dictionary is compiled once per process (``functools.lru_cache``).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any

import yaml

from watchfloor.coding.role_words import (
    ABDUCT_VERBS, AFFILIATION, ANSWER_WORDS, ARABIC_PLACE_WORDS, AUTHORED_NOUNS, CAUSING_VERBS, CHARGE_VERBS,
    CLAIM_NOUNS, CONTROL_VERBS, CREATE_VERBS, CUSTODY_WORDS, DEATH_VERBS, EXPULSION_VERBS, FACILITY_NOUNS,
    FIGHT_NOUNS, GIVE_VERBS, HARM_VERBS, HELD_STATES, HELP_VERBS, HOLDING_VERBS, MEASURE_NOUNS, MEETING_VERBS,
    MISSION_NOUNS, MOVE_NOUNS, MOVE_VERBS, MUTUAL_OBJECTS, MUTUAL_VERBS, PACT_NOUNS, PARTY_NOUNS, PART_NOUNS,
    PERSON_ENDINGS, PLACE_NOUNS, PRESSED_NOUNS, PROJECTILE_NOUNS, PROJECTILE_VERBS, PROTEST_NOUNS, PROTEST_WORDS,
    PUT_DOWN_VERBS, QUANTITY_HEADS, REACTION_VERBS, RELEASE_VERBS, REPEL_VERBS, RETURN_VERBS, SEIZE_VERBS,
    SELF_EVENT_NOUNS, SELF_MOVE_VERBS, SPONSOR, TELLING_NOUNS, TITLE_ABBREVIATIONS, VEHICLE_NOUNS,
    WAITING_CROWD, WEAPON_TESTS,)
from watchfloor.coding.dates import is_month_name, is_weekday_name
from watchfloor.coding.factuality import VERBAL_ROOTS, coordinated_with, participle_owner, penalised, toll_act
from watchfloor.coding.frames import claimed_attack
from watchfloor.coding.triggers import OCCUR_VERBS, acts_as_verb, answer_phrase, came_under, cues, gapped_passive, \
    into_the_air, joined_object, people_before_participle, trigger_code
from watchfloor.coding.triggers import lexicon as trigger_lexicon  # (this module has its own lexicon)
from watchfloor.model import Actor
from watchfloor.nlp.dateline import DASHES, REACH, dateline_dash, dateline_word, phrase_start
from watchfloor.nlp.mend import CHARGED_PARTICIPLES

__all__ = ["ActorCode", "accuser", "actor_span", "code_phrase", "find_actors", "group_names", "is_demonym",
           "is_reciprocal", "lexicon", "named_runs", "reciprocal_partner", "roles_for", "statement_recipient"]


@dataclass(frozen=True)
class ActorCode:
    """The coding of an actor phrase: canonical name, ISO3 (or IGO/NGO), sector, CAMEO-style code."""

    name: str | None
    country: str | None
    sector: str | None
    code: str | None


# ---------------------------------------------------------------------------------- dictionary

_SPACED_INITIALS = re.compile(r"\b[A-Z](?: \. [A-Z])+\b(?: \.)?")
_TOKEN = re.compile(r"[^\W_]+(?:\.(?=[^\W_]\.))?(?:[^\W_]\.)*|[^\w\s]", re.UNICODE)
_PAN = re.compile(r"\b[Pp]an\s*-\s*(?=[A-Z])")


def _norm(text: str) -> str:
    """Fold quotes and spaced hyphens so "al - Qaeda", "al-Qaeda" and "Al Qaeda" look alike."""
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    text = _PAN.sub("pan", text)  # "the Pan-American Highway", "pan-Arab media": no one nation's
    text = re.sub(r"\s*-\s*", " ", text)
    text = re.sub(r"\s+'s\b", "'s", text)
    # spaced initials as some corpora tokenise them: "U . K", "E . U ." -> "U.K.", "E.U."
    text = _SPACED_INITIALS.sub(lambda m: re.sub(r"\s*\.\s*", ".", m.group(0).strip()).rstrip(".") + ".", text)
    return text


def _tokens(text: str) -> list[str]:
    """Word tokens of a phrase: letters/digits runs (keeping "U.S." whole) and single symbols."""
    out: list[str] = []
    for m in _TOKEN.finditer(_norm(text)):
        tok = m.group(0)
        if tok in {"'", '"', "(", ")", ",", "."}:
            out.append(tok)
        elif tok == "'s" or tok.isalnum() or "." in tok or tok in {"&", "+", "/"}:
            out.append(tok)
        else:
            out.append(tok)
    # "'s" arrives as "'" + "s"; glue it back so possessives do not split names.
    glued: list[str] = []
    for tok in out:
        if tok == "s" and glued and glued[-1] == "'":
            glued[-1] = "'s"
        else:
            glued.append(tok)
    return glued


def _key(tokens: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t.lower().rstrip(".") if t not in {".", "'s"} else t for t in tokens)


@dataclass(frozen=True)
class _Entry:
    kind: str  # "named", "country", "capital", "demonym", "demonym_pl"
    name: str
    country: str | None
    sector: str | None
    code: str | None
    group: str | None = None
    person: bool = False


@dataclass
class _Lexicon:
    exact: dict[tuple[str, ...], _Entry]   # case-sensitive forms (short all-caps: "US", "IS", "PA")
    folded: dict[tuple[str, ...], _Entry]  # case-insensitive forms
    sectors: dict[tuple[str, ...], str]    # generic agent nouns (lower, lemma of last word)
    modifiers: dict[tuple[str, ...], str]
    weak: frozenset[str]
    max_len: int
    country_names: dict[str, str]


def _is_caps_form(alias: str) -> bool:
    """A short acronym, matched as written: all capitals, or capitals after the first letter
    ("LeT" is Lashkar-e-Taiba, "Let Yet Kone village" is none)."""
    letters = [c for c in alias if c.isalpha()]
    return len(letters) <= 5 and (all(c.isupper() for c in letters) or any(c.isupper() for c in letters[1:]))


def _singular(word: str) -> str:
    w = word.lower()
    for suf, rep in (("ies", "y"), ("men", "man"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh"),
                     ("xes", "x")):
        if w.endswith(suf) and len(w) > len(suf) + 1:
            return w[: -len(suf)] + rep
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


@functools.lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    """The compiled actor dictionary (built once per process)."""
    base = resources.files("watchfloor") / "data" / "actors"
    exact: dict[tuple[str, ...], _Entry] = {}
    folded: dict[tuple[str, ...], _Entry] = {}
    country_names: dict[str, str] = {}

    def add(alias: str, entry: _Entry) -> None:
        toks = _tokens(alias)
        if not toks:
            return
        if _is_caps_form(alias):
            exact.setdefault(tuple(t.rstrip(".") if t != "." else t for t in toks), entry)
        else:
            folded.setdefault(_key(toks), entry)

    named = yaml.safe_load((base / "named.yaml").read_text(encoding="utf-8"))
    for section, default_country in (("igo", "IGO"), ("ngo", "NGO"), ("groups", None), ("people", None)):
        for item in named.get(section) or []:
            country = item.get("country", default_country)
            sector = item.get("sector", default_country)
            code = item.get("code") or (f"{country}{sector}" if country and sector else country)
            entry = _Entry("named", item["name"], country, sector, code, item.get("group"), section == "people")
            for alias in [item["name"], *item.get("aliases", [])]:
                add(str(alias), entry)

    for line in (base / "countries.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + ["", "", "", ""])[:4]
        iso, names, demonyms, capitals = (c.strip() for c in cols)
        canon = names.split(";")[0]
        country_names[iso] = canon
        for n in names.split(";"):
            if n:
                add(n, _Entry("country", canon, iso, None, iso))
        for dem in demonyms.split(";"):
            if dem:
                plural = dem.endswith("s") and not dem.endswith(("ss", "ese")) and dem not in {"Swiss"}
                kind = "demonym_pl" if plural else "demonym"
                add(dem, _Entry(kind, canon, iso, "CVL" if plural else None, iso))
        for cap in capitals.split(";"):
            if cap:
                add(cap, _Entry("capital", canon, iso, "GOV", f"{iso}GOV"))

    sec = yaml.safe_load((base / "sectors.yaml").read_text(encoding="utf-8"))
    sectors: dict[tuple[str, ...], str] = {}
    for sector, words in (sec.get("nouns") or {}).items():
        for w in words:
            toks = [t.lower() for t in _tokens(str(w))]
            sectors.setdefault(tuple(toks[:-1] + [_singular(toks[-1])]), sector)
            sectors.setdefault(tuple(toks), sector)
    modifiers: dict[tuple[str, ...], str] = {}
    for sector, words in (sec.get("modifiers") or {}).items():
        for w in words:
            modifiers.setdefault(tuple(t.lower() for t in _tokens(str(w))), sector)
    weak = frozenset(_singular(w) for w in sec.get("weak") or [])
    max_len = max(len(k) for k in [*exact, *folded, *sectors])
    return _Lexicon(exact, folded, sectors, modifiers, weak, max_len, country_names)


# ---------------------------------------------------------------------------------- phrase coder

# Stop words after which a name says where the head is ("a bus IN Jerusalem", "a Hamas command
# centre operating INSIDE the school compound" is no school).
_LOCATING_STOPS = frozenset({"in", "near", "at", "on", "inside", "outside", "within", "along", "across", "around",
                             "behind", "beside"})
# Words after which a phrase stops describing its head ("units OF the army", "ambassador TO the UN"),
# those that say where it is among them.
_CORE_STOP = {"of", "to", "from", "led", "by", "who", "which", "that", "for", ",", "with", "against", "under", "(",
              "including", "and", "&"} | _LOCATING_STOPS
# Prepositions that say where something happened ("IN the capital"), not what it was aimed at
_TERMS = frozenset({"year", "month", "week", "day", "life", "death", "term"})  # what one is sentenced to
_DIVIDING_LINES = frozenset({"border", "frontier", "boundary", "line", "front", "frontline"})


def _line_crossed(place: Any) -> bool:
    """A line fired or moved over, no target: "exchanged fire ACROSS the Line of Control"."""
    return place.head.lower_ == "across" and place.lemma_.lower() in _DIVIDING_LINES


_IN_A_PLACE = frozenset({"in", "near", "at", "inside", "outside", "across", "around", "throughout"})


def _match(tokens: list[str]) -> list[tuple[int, int, str, Any]]:
    """Greedy longest matches, left to right: (start, end, kind, payload)."""
    lex = lexicon()
    out: list[tuple[int, int, str, Any]] = []
    i = 0
    n = len(tokens)
    while i < n:
        hit = None
        for j in range(min(n, i + lex.max_len), i, -1):
            window = tokens[i:j]
            ex = tuple(t.rstrip(".") if t != "." else t for t in window)
            if ex in lex.exact:
                hit = (i, j, "entry", lex.exact[ex])
                break
            key = _key(window)
            if key in lex.folded and (j - i > 1 or window[0][:1].isupper()):
                hit = (i, j, "entry", lex.folded[key])
                break
            low = tuple(t.lower() for t in window)
            skey = low[:-1] + (_singular(low[-1]),)
            if low in lex.sectors or skey in lex.sectors:
                hit = (i, j, "sector", lex.sectors.get(low) or lex.sectors[skey])
                break
            if low in lex.modifiers:
                hit = (i, j, "modifier", lex.modifiers[low])
                break
        if hit:
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out


def group_names(tokens: list[str]) -> list[tuple[int, int, str | None]]:
    """Where the dictionary's named non-state groups stand in ``tokens``: (start, end, sector),
    token indices, end exclusive ("Free Syrian Army", "Islamic State"). The tokens are read as
    the dictionary reads a phrase, so a hyphenated name matches however it was split ("Jabhat
    Fateh Al - Sham", "Al-Sham")."""
    words: list[str] = []
    owner: list[int] = []
    for k, t in enumerate(tokens):
        for w in _tokens(t):
            words.append(w)
            owner.append(k)
    return [(owner[i], owner[j - 1] + 1, e.sector) for i, j, kind, e in _match(words)
            if kind == "entry" and e.kind == "named" and e.sector not in (None, "GOV")]


def named_runs(words: list[str]) -> list[tuple[int, int]]:
    """Where the dictionary's names stand in a list of words: (start, end) word indices, end
    exclusive ("Free Syrian Army", "Islamic State", "Algiers"); generic sector nouns are no name."""
    return [(i, j) for i, j, kind, _ in _match(words) if kind == "entry"]


def _relation(tokens: list[str]) -> tuple[int, str] | None:
    """Position and kind ("member"/"sponsor") of an affiliation marker after the phrase's head."""
    for k in range(1, len(tokens) - 1):
        word, nxt = tokens[k].lower(), tokens[k + 1].lower()
        if nxt in AFFILIATION.get(word, ()):
            return k, "member"
        if nxt in SPONSOR.get(word, ()):
            return k, "sponsor"
        if word in _CORE_STOP and word not in {"(", "including"}:
            return None
    return None


def _group_entry(name: str) -> _Entry | None:
    lex = lexicon()
    toks = _tokens(name)
    return lex.folded.get(_key(toks)) or lex.exact.get(tuple(t.rstrip(".") for t in toks))


# A capitalised word of a name or title before a surname ("U.S." and "Al-" kept, not a word that ends a sentence)
_NAME_WORD = r"[A-Z][\w’'-]*(?:\.[A-Z]\.?)*"


def named_earlier(actor: Actor | None, *, doc: Any, text: str, offset: int,
                  beside: Actor | None = None) -> Actor | None:
    """A person named by surname alone takes the code of the fuller mention the article made
    before ("Serbian President Aleksandar Vucic … VUCIC accused foreign services" is Serbia's
    government): the dictionary does not know every official by surname, and a bare surname may
    name several people. The fuller mention is the surname with the capitalised names and titles
    right before it; the latest coded one counts. ``actor`` has doc offsets; ``text`` is the
    article, the doc at ``offset`` in it (the doc may hold only some of its sentences).
    "The group" and its kin take the code of the body named just before, unless that is the
    other party, ``beside`` ("al-Shabab fighters attacked THE MILITIA": not al-Shabab)."""
    if actor is None:
        return actor
    if _GROUP_ANAPHOR.fullmatch(actor.text) and (actor.sector is None or actor.country is None):
        # (a place after it gives a country, no sector: "the group IN CENTRAL SOMALIA")
        found = _group_named_before(actor, text[max(0, actor.start + offset - _ANAPHOR_REACH):actor.start + offset])
        return actor if beside is not None and beside.code == found.code else found
    if actor.code is not None:
        return actor
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    words = [w for w in actor.text.split() if w.lower().rstrip(".") not in TITLE_ABBREVIATIONS]
    # (a name the small model tags a person, or tags nothing: it often misses a surname's second mention;
    # not one it tags a place, "Hasina" as much as "Maryville", a town a fuller name before may hold)
    if span is None or not all(t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "") or t.is_punct
                               or t.lower_.rstrip(".") in TITLE_ABBREVIATIONS for t in span) \
            or not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words):
        return actor
    # (with the title a comma puts after it: "Lawrence Kanyuka, THE SPOKESMAN OF THE AFC/M23 ALLIANCE,")
    # (and out of office as the fuller mention said: "FORMER President Joseph Kabila … Kabila denied")
    fuller = re.finditer(rf"(?:(?:[Ff]ormer|ousted|deposed|exiled|toppled) |ex-)?(?:{_NAME_WORD} ){{1,5}}"
                         rf"{re.escape(words[-1])}\b(?:, (?:the|a|an) [^,.;\n]{{3,80}},)?",
                         text[:actor.start + offset])
    found = [c for m in fuller for c in [code_phrase(m.group(0).rstrip(","))] if c is not None and c.code]
    if not found:
        return actor
    last = found[-1]
    return replace(actor, name=last.name, country=last.country, sector=last.sector, code=last.code)


# "the group", "the militant group", "the organisation": a body named just before, by its kind
# (or its members: "the ELN guerrilla group … THE REBELS attacked a base")
_GROUP_ANAPHOR = re.compile(r"(?i)the (?:(?:(?P<kin>militant|rebel|armed|jihadist|islamist|insurgent|extremist|"
                            r"paramilitary|separatist) )?(?P<kind>group|movement|organi[sz]ation)"
                            r"|(?P<members>rebel|militant|jihadist|islamist|insurgent|extremist|separatist"
                            r"|guerr?illa|fighter)s)"
                            r"(?: (?:in|from) [^,;]+)?")
_ANAPHOR_REACH = 600  # characters back: the sentence or two before
_ARMED_BODIES = frozenset({"REB", "INS", "UAF", "SEP", "MIL"})
# The sectors a kind word allows: "the MILITANT group" is no rebel army named before it
_KIN_SECTORS = {"militant": {"INS"}, "jihadist": {"INS"}, "islamist": {"INS"}, "insurgent": {"INS"},
                "extremist": {"INS"}, "rebel": {"REB", "SEP"}, "separatist": {"SEP", "REB"},
                "paramilitary": {"UAF", "REB"}, "armed": _ARMED_BODIES, "guerrilla": {"REB"}, "guerilla": {"REB"}}
_BODIES = frozenset({"group", "movement", "militia", "organisation", "organization"})


def _group_named_before(actor: Actor, before: str) -> Actor:
    """The code of the body a "the group" phrase refers to: the last named body of the dictionary
    in the text just before (for "group" and "movement" an armed one, of the sectors its kind word
    allows, "the MILITANT group" an insurgent one; for "organisation" any but a government or a
    person): "Al Shabaab claimed the attack … an offensive against THE GROUP"; "expelled the
    director of the Red Cross, accusing THE ORGANISATION"."""
    m = _GROUP_ANAPHOR.fullmatch(actor.text)
    assert m is not None
    kind, kin = (m.group("kind") or "group").lower(), (m.group("kin") or m.group("members") or "").lower()
    allowed = _KIN_SECTORS.get(kin, _ARMED_BODIES) if not kind.startswith("organi") else None
    named = [e for _, _, k, e in _match(_tokens(before)) if k == "entry" and e.kind == "named" and not e.person
             and e.sector != "GOV" and (e.sector in allowed if allowed is not None else e.sector is not None)]
    if not named:
        return actor
    # (a state's armed forces are "the group" only where no other body is named: "U.S. forces struck
    # ISLAMIC STATE fighters …, the U.S. Africa Command said. Puntland forces have battled THE GROUP")
    last = ([e for e in named if e.sector != "MIL"] or named)[-1]
    return replace(actor, name=last.name, country=last.country, sector=last.sector, code=last.code)


@functools.lru_cache(maxsize=20000)
def code_phrase(text: str) -> ActorCode | None:
    """Code an actor phrase with the dictionary: longest match, demonym + generic noun.

    ``code_phrase("Libyan military forces")`` gives ``ActorCode(name="Libya", country="LBY",
    sector="MIL", code="LBYMIL")``. Returns None when nothing in the phrase is known.
    Members of a group take its code ("militants linked to al-Qaeda", "forces loyal to
    Haftar" -> his Libyan National Army); a sponsor does not ("rebels backed by Rwanda").
    One out of office is of the elites, not the state ("former president Evo Morales": ELI).
    """
    got = _code_phrase(_MAKERS_MARK.sub(" ", _JUSTICE_SOUGHT.sub(" ", text)))
    if got is not None and (got.sector in _OFFICE_SECTORS or got.sector == "MIL" and _MINISTER.search(text)) \
            and _OUT_OF_OFFICE.search(text):  # ("former DEFENCE MINISTER Kim Yong-hyun" too)
        return replace(got, sector="ELI", code=(got.country or "") + "ELI")
    if got is not None and got.sector == "REB" and got.code == (got.country or "") + "REB" \
            and _INSURGENT_FIGHTERS.search(text):
        # "JIHADIST fighters" are insurgents, as "jihadist militants" are (a fighter is a rebel by default)
        return replace(got, sector="INS", code=(got.country or "") + "INS")
    bare = _STATE_BOMBERS.fullmatch(text)
    if got is not None and got.sector == "INS" and got.country is not None and bare is not None:
        # "RUSSIAN BOMBERS struck Aleppo": a state's bombers are its aircraft (not "Palestinian SUICIDE
        # bombers", nor a group's: "Hamas bombers")
        state = _code_phrase(bare.group(1)) if "suicide" not in text.lower() else None
        if state is not None and state.sector is None and state.country == got.country:
            return replace(got, sector="MIL", code=got.country + "MIL")
    if got is not None and got.sector == "OPP" and WAITING_CROWD.search(text):
        # "crowds WAITING FOR AID trucks" are people in need, not protesters
        return replace(got, sector="CVL", code=(got.country or "") + "CVL")
    return got


# A state's name or demonym and its bombers, nothing else ("the Russian bombers", "US bombers")
_STATE_BOMBERS = re.compile(r"(?i)\s*(?:the\s+)?((?:[\w.'’-]+\s+){1,3}?)bombers?\s*")
# Justice sought, which names no judge ("protesters SEEKING JUSTICE for Breonna Taylor"; not "Justice Scalia")
_JUSTICE_SOUGHT = re.compile(r"\b(?:seek|seeks|seeking|sought|demand|demands|demanding|demanded|want|wants|wanting|"
                             r"for|to|bring|brought)\s+justice\b")
_INSURGENT_FIGHTERS = re.compile(r"(?i)\b(?:jihadists?|jihadi|islamists?|extremists?|terrorists?|militants?)\s+"
                                 r"fighters?\b")
# Where a thing was made says nothing of whose it is ("a TURKISH-MADE drone operated by the army")
_MAKERS_MARK = re.compile(r"(?i)\b[\w.]+-(?:made|built|manufactured|designed|produced|supplied)\b")
_MINISTER = re.compile(r"(?i)\bminister\b")
# Offices whose holder, once out of them, is no longer the state: CAMEO's elites (ELI)
_OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD"})
_OUT_OF_OFFICE = re.compile(r"(?i)\b(?:former|ex|ousted|deposed|exiled|toppled)\b[- ](?:[\w.'-]+ ){0,2}?"
                            r"(?:president|prime minister|premier|minister|chancellor|king|governor|mayor|leader|"
                            r"official|lawmaker|senator|judge|ambassador|diplomat|head of state|ruler|dictator|"
                            r"strongman|speaker|vice[- ]president)\b")


def _code_phrase(text: str) -> ActorCode | None:
    tokens = _tokens(text)
    # (what someone is charged with says nothing of who they are: "a man convicted of spying FOR
    # ISRAEL" is no Israeli)
    charged = next((k for k, t in enumerate(tokens[:-1]) if k > 0 and t.lower() in _CHARGED
                    and tokens[k + 1].lower() in ("of", "with", "in", "for")), None)
    if charged is not None:
        tokens = tokens[:charged]
    # (nor where they were going: "300 migrants TRYING to reach Italy" are no Italians; where they
    # came from still says: "smugglers trying to cross the border FROM SYRIA")
    going = next((k for k, t in enumerate(tokens) if k > 0 and t.lower() in _GOING), None)
    if going is not None:
        came = next((k for k in range(going, len(tokens)) if tokens[k].lower() == "from"), None)
        tokens = tokens[:going] + (tokens[came:] if came is not None else [])
    tokens = [t for k, t in enumerate(tokens)  # "artificial intelligence" is no spy service
              if (t.lower(), tokens[k + 1].lower() if k + 1 < len(tokens) else "") not in _NOT_AGENTS
              and (tokens[k - 1].lower() if k else "", t.lower()) not in _NOT_AGENTS]
    if not tokens:
        return None
    rel = _relation(tokens)
    if rel is not None:
        k, kind = rel
        head = _code_tokens(tokens[:k])
        if kind == "sponsor":
            return head
        other = _code_tokens(tokens[k + 2:])
        if other is None or other.country is None:
            return head
        entry = _match_entry(tokens[k + 2:])
        if entry is not None and entry.kind == "named" and entry.group:
            grp = _group_entry(entry.group)
            if grp is not None:
                return ActorCode(name=grp.name, country=grp.country, sector=grp.sector, code=grp.code)
        # (a government, not any leader: "a group loyal to traditional LEADER Kamwina Nsapu")
        state = other.sector == "GOV" and head is not None and head.sector in _FIGHTING and other.country is not None \
            and (entry is not None and entry.kind == "named" and not entry.person
                 or any(t.lower() in _STATE_WORDS for t in tokens[k + 2:]))
        if entry is not None and entry.kind == "named" and not entry.person and not state:
            return other  # the group itself (not armed men loyal to a government: its militia, below)
        if state:
            # "armed groups loyal to the Government of National Unity": a pro-government militia
            return ActorCode(name=other.name, country=other.country, sector="MIL", code=other.country + "MIL")
        sector = (head.sector if head is not None and head.sector else None) or other.sector
        country = other.country
        return ActorCode(name=lexicon().country_names.get(country or "", other.name), country=country, sector=sector,
                         code=(country + (sector or "")) if country not in {"IGO", "NGO"} else other.code)
    coded = _code_tokens(tokens)
    first = next((k for k, t in enumerate(tokens) if t.lower() not in ("the", "a", "an")), len(tokens))
    if coded is not None and coded.country is not None and first + 1 < len(tokens) \
            and tokens[first].lower() in ARABIC_PLACE_WORDS and tokens[first][:1].isupper() \
            and all(t[:1].isupper() or t.lower() in _NAME_PARTICLES for t in tokens[first:]):
        # a place's name says nothing of a country by its words: "Jabal al-Turkmen" is a
        # mountain in Syria, not Turkmenistan
        return None
    return coded


# Sectors that fight: armed forces, rebels, insurgents, militias
_FIGHTING = frozenset({"REB", "INS", "MIL", "UAF"})
# Words that name a state's rule itself, to which armed men may be loyal
_STATE_WORDS = frozenset({"government", "regime", "administration", "junta", "authorities", "state", "president",
                          "presidency", "army", "military"})
# Participles that tell where or what someone was going for after the phrase that names them
_GOING = frozenset({"trying", "attempting", "heading", "bound"})
# Participles that tell what someone is charged with after the phrase that names them
_CHARGED = frozenset({"accused", "convicted", "suspected", "charged", "alleged", "blamed", "wanted"})
# Lower-case words inside a place's name ("Jabal al-Turkmen", "Ras al - Ain").
_NAME_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "-", "of", "bin", "ibn"})


def is_demonym(text: str) -> bool:
    """Whether ``text`` is wholly a nationality's word of the dictionary ("Sri Lankan",
    "Congolese"): a people, not a place's name."""
    tokens = _tokens(text)
    return any(m[0] == 0 and m[1] == len(tokens) and m[2] == "entry" and m[3].kind in ("demonym", "demonym_pl")
               for m in _match(tokens))


def _match_entry(tokens: list[str]) -> _Entry | None:
    entries = [m[3] for m in _match(tokens) if m[2] == "entry"]
    named = [e for e in entries if e.kind == "named"]
    return (named or entries or [None])[0]


# Kinds of dictionary entry that name a state rather than a person or a group.
_STATE_KINDS = frozenset({"country", "capital", "demonym", "demonym_pl"})
# Sponsor words that make a name before them the sponsor ("Iranian-backed militias"), with the
# prepositions that make them a phrase's own ("Hezbollah BACKED BY Iran" is Hezbollah); not "armed"
# or "allied", ordinary adjectives after a nationality ("Syrian armed forces"). A side named before
# "aligned" is one too: "the IRAN-ALIGNED group" is the Houthis, no Iranian force (after the head,
# "fighters aligned with the Syrian government" are the government's, as forces loyal to it are).
_SPONSORED = {w: SPONSOR.get(w) or AFFILIATION[w] for w in (set(SPONSOR) - {"armed", "allied"}) | {"aligned"}}


def _identity_matches(tokens: list[str], matches: list[tuple[int, int, str, Any]]) -> list[tuple[int, int, str, Any]]:
    """The matches that say who a phrase is, without the names it holds as a stance or a
    sponsor: "ANTI-Taliban fighters" fight the Taliban, "PRO-Russian separatists" and
    "Iranian-BACKED militias" are no Russian or Iranian force (as "rebels backed by Rwanda" are
    not Rwanda's). A person or group under "pro-" still names the side ("pro-Assad forces" are
    his, as "forces loyal to Haftar" are), unless the phrase says who they are besides
    ("Pakistani pro-Taliban newspapers")."""
    kept, fallback = [], []
    for m in matches:
        if m[2] == "sector" and m[0] > 0 and tokens[m[0]][:1].isupper() and tokens[m[0] - 1] in _COMPASS:
            continue  # "the West BANK": a region's name, no bank
        if m[2] != "entry":
            kept.append(m)
            continue
        before = tokens[m[0] - 1].lower() if m[0] > 0 else ""
        after = tokens[m[1]].lower() if m[1] < len(tokens) else ""
        beyond = tokens[m[1] + 1].lower() if m[1] + 1 < len(tokens) else ""
        # ("Hezbollah BACKED BY Iran" is Hezbollah: only a sponsor word before the head counts)
        if before == "anti" or after in _SPONSORED and beyond and beyond not in _SPONSORED[after]:
            continue
        if before == "pro":
            if m[3].kind not in _STATE_KINDS:
                fallback.append(m)
            continue
        if m[3].kind in ("country", "capital") and _inside_place_name(tokens, m[0], m[1]):
            continue
        kept.append(m)
    if fallback and not any(m[2] == "entry" for m in kept):
        kept = sorted(kept + fallback)
    return kept


_COMPASS = frozenset({"West", "East", "North", "South"})
# Words of a longer place's name around a state's or a capital's: "LAKE Chad", "NEW Mexico",
# "the Niger DELTA", "the Congo RIVER" (the lake is four states', the delta Nigeria's).
_PLACE_BEFORE = frozenset({"lake", "mount", "new", "port"})
_PLACE_AFTER = frozenset({"delta", "river", "basin", "valley", "lake", "mountains", "plateau"})
# What a state owns or runs: "Iran state MEDIA", "Russia state TELEVISION" are the country's
_STATE_OWNED = frozenset({"media", "television", "tv", "news", "radio", "broadcaster", "agency", "outlet", "outlets",
                          "newspaper", "newspapers", "press", "company", "companies", "firm", "firms", "oil", "energy",
                          "bank", "banks", "enterprise", "enterprises", "visit", "funeral", "dinner", "secretary",
                          "department", "security", "prosecutor", "prosecutors", "-", "'s", "\u2019s"})
# Lower-case links inside Portuguese, Spanish and Italian place names ("Mocimboa DA Praia").
_ROMANCE_LINKS = frozenset({"da", "das", "de", "del", "do", "dos", "di", "la", "los", "las"})


def _inside_place_name(tokens: list[str], start: int, end: int) -> bool:
    """Whether a state's or a capital's name at tokens[start:end] is part of another place's
    name, which says nothing of that state: "Mocimboa da PRAIA" is a town in Mozambique, not Cape
    Verde's capital, "San JOSE del Guaviare" Colombian, "the NIGER Delta" and "Lake CHAD" no
    state's. (A name the dictionary holds whole, "Port Sudan", "Papua New Guinea", matched before.)"""
    before = tokens[start - 1] if start > 0 else ""
    after = tokens[end] if end < len(tokens) else ""
    if before[:1].isupper() and before.lower() in _PLACE_BEFORE:
        return True
    if after[:1].isupper() and after.lower() in _PLACE_AFTER:
        return True
    beyond = tokens[end + 1].lower() if end + 1 < len(tokens) else ""
    if after.lower() == "state" and beyond not in _STATE_OWNED and beyond != "of" and before.lower() != "the":
        return True  # "a school in NIGER state" is Nigerian, "WASHINGTON State" American (not "Iran state
        # media", nor "the Niger state", the state of Niger)
    # a capitalised name joined by Romance links on either side ("Santo Domingo de los Colorados")
    k = start - 1
    while k >= 0 and tokens[k] in _ROMANCE_LINKS:
        k -= 1
    if k < start - 1 and k >= 0 and tokens[k][:1].isupper():
        return True
    k = end
    while k < len(tokens) and tokens[k] in _ROMANCE_LINKS:
        k += 1
    return end < k < len(tokens) and tokens[k][:1].isupper()


def _is_capital_noun(tokens: list[str], m: tuple[int, int, str, Any]) -> bool:
    """Whether a sector match is the word "capital", a city where it says where something is, or
    "state" after a name, a federal state ("a village in Borno STATE")."""
    word = tokens[m[0]].lower() if m[1] - m[0] == 1 else ""
    return word == "capital" or word == "state" and m[0] > 0 and tokens[m[0] - 1][:1].isupper()


def _federal_state(tokens: list[str], m: tuple[int, int, str, Any], matches: list) -> bool:
    """Whether a sector match is "state" after a name no entry codes, ending the phrase: a federal
    state named as a place ("the town of Kyaukme in SHAN STATE", "a village in Kaduna state"), not
    a government (not "the Islamic State", nor "Kaduna state POLICE": that head decides)."""
    k = m[0]
    return m[1] - k == 1 and tokens[k].lower() == "state" and k > 0 and tokens[k - 1][:1].isupper() \
        and m[1] == len(tokens) and not any(o[0] <= k - 1 < o[1] for o in matches if o is not m)


def _shared_head(tokens: list[str], core: list, core_end: int) -> str | None:
    """The sector of the head noun a lone nationality adjective before "and" shares with the name
    after it, else None: "Indian and Pakistani troops", "Sudanese and Chadian forces" (not "Syria
    and allied fighters", "Russia and Ukrainian troops")."""
    if len(core) != 1 or core[0][2] != "entry" or core[0][1] != core_end or core_end >= len(tokens) \
            or tokens[core_end].lower() != "and":
        return None
    word = tokens[core[0][0]].replace(".", "")
    if core[0][3].kind != "demonym" and not (core[0][3].kind == "country" and word.isupper() and len(word) <= 3):
        return None  # (an initialism is used as the adjective: "U.S. and Iraqi forces")
    rest = _match(tokens[core_end + 1:])
    # (or a named body's: "Somali and AFRICAN UNION forces" are Somalia's forces and the AU's)
    shared = len(rest) == 2 and rest[0][0] == 0 and rest[0][2] == "entry" \
        and rest[0][3].kind in ("demonym", "named") and not rest[0][3].person and rest[1][2] == "sector" \
        and rest[1][1] == len(tokens) - core_end - 1
    return rest[1][3] if shared else None


# Ranks an armed group's men hold as an army's do ("a rebel COMMANDER")
_RANKS_HELD = frozenset({"commander", "general", "colonel"})

# Rules a body makes, whose participle is the maker's act ("passed a law BANNING ...")
_ENACTMENTS = frozenset({"law", "decree", "bill", "legislation", "regulation", "measure", "amendment", "edict"})
_ENACTING = frozenset({"pass", "adopt", "approve", "enact", "sign", "issue", "promulgate", "impose"})

# What someone holds, whatever kind of thing it is: "the bank ACCOUNTS of opposition leaders"
_HOLDINGS = frozenset({"account", "asset", "fund", "property", "home", "house", "residence", "saving", "holding",
                       "estate"})

# Weak heads of an office whose "of" names the body it is held in
_OF_A_BODY = frozenset({"leader", "chief", "official", "spokesman", "spokesperson", "representative", "member",
                        "guard", "bodyguard"})

# Words of a post a person holds: a capital named before one makes its holder the state's official
# ("White House budget CHIEF Peter Orszag", "Moscow education CHIEF")
_RANKS = frozenset({"chief", "head", "boss", "deputy", "aide", "staff"})


def _code_tokens(tokens: list[str]) -> ActorCode | None:
    if not tokens:
        return None
    lex = lexicon()
    matches = [m for m in _identity_matches(tokens, _match(tokens)) if not _border_side(tokens, m)]
    if not matches:
        return None
    # the core ends at the first stop word outside a name ("Syrian army | and allied fighters"
    # is the army's; "Trinidad and Tobago forces" is one core)
    core_end = next((k for k, t in enumerate(tokens) if k > 0 and t.lower() in _CORE_STOP
                     and not any(m[0] < k < m[1] for m in matches) and not _compound_led(tokens, k)), len(tokens))
    core = [m for m in matches if m[0] < core_end]
    # "a bus IN Jerusalem", "a market NEAR Baghdad": a capital after a head it does not code says
    # where the thing is, not that it is the government's
    located = not core and core_end < len(tokens) and (
        tokens[core_end].lower() in _LOCATING_STOPS
        # ("PARTS OF the capital", "the outskirts of Kabul": a part of a city is somewhere, not its government)
        or tokens[core_end].lower() == "of" and tokens[core_end - 1].lower() in _CITY_PARTS)
    # ("DOWNTOWN Santiago", "central Baghdad": the city itself, named as where)
    located = located or len(matches) == 1 and matches[0][2] == "entry" and matches[0][3].kind == "capital" \
        and matches[0][1] == len(tokens) and 0 < matches[0][0] and all(
            t.lower() in _CITY_AREAS for t in tokens[:matches[0][0]]) and tokens[matches[0][0] - 1].lower() != "the"
    # ("a central Baghdad SQUARE", "the Kabul AIRPORT": a capital naming where a thing is, when no
    # word of the phrase says whose it is; "Moscow's response" is the state's, and a person named
    # after it works for it: "White House budget CHIEF Peter Orszag")
    located = located or len(matches) == 1 and matches[0][2] == "entry" and matches[0][3].kind == "capital" \
        and matches[0][1] < len(tokens) and tokens[matches[0][1]].lower() not in ("'s", "\u2019s", "'") \
        and tokens[-1].isalpha() and tokens[-1].islower() and not _singular(tokens[-1]).endswith(PERSON_ENDINGS) \
        and _singular(tokens[-1]) not in _RANKS
    if not core and core_end < len(tokens) - 1 and tokens[core_end] == "," \
            and not tokens[core_end + 1][:1].isdigit() and (
            own := next((m for m in matches if m[0] > core_end), None)) is not None and own[2] == "sector" \
            and _singular(tokens[own[1] - 1].lower()) not in lex.weak and own[3] not in _FIGHTING | {"GOV", "COP"}:
        # "Carlos Manzo, AN OUTSPOKEN CRITIC of cartel violence": an unknown name's apposition says
        # who it is, read as a phrase of its own (its head first, not whatever it names after "of";
        # a weak head or a rank yields to it: "Mohammed, the leader OF THE REBELS", "a commander of
        # the militia")
        return _code_tokens(tokens[core_end + 1:])
    if len(core) == 1 and core[0][2] == "sector" and core[0][1] == core_end < len(tokens) - 1 \
            and tokens[core_end].lower() == "of" and (office := _singular(tokens[core_end - 1].lower())) in _OF_A_BODY:
        # "the LEADER OF the rebels", "the chief of the militia": an office held in a body is the
        # body's, as "the head of the militia" is (a head no noun list knows)
        body = _code_tokens(tokens[core_end + 1:])
        # (a guard is armed whoever he guards: "bodyguards OF THE PRESIDENT" are no government)
        if body is not None and body.sector is not None and (office not in ("guard", "bodyguard")
                                                             or body.sector in _ARMED):
            return body
    if core and core_end < len(tokens) - 1 and tokens[core_end].lower() == "of" \
            and _singular(tokens[core_end - 1].lower()) in _HOLDINGS and all(m[1] < core_end for m in core) \
            and (owner := _code_tokens(tokens[core_end + 1:])) is not None and owner.code:
        # "the BANK accounts OF several opposition leaders": what someone holds is theirs, whatever
        # kind of thing it is (not the bank's)
        return owner
    if not core and core_end < len(tokens) - 1 and tokens[core_end].lower() == "of" and all(
            t.lower() in QUANTITY_HEADS | _DETS or _numeral(t.lower()) for t in tokens[:core_end]):
        # "hundreds OF passengers held by Baloch militants": a count's people are who it is, not
        # whoever a clause after them names
        return _code_tokens(tokens[core_end + 1:])
    if not core and not (core_end < len(tokens) and tokens[core_end].lower() == "for"):
        # "Syrian army | and allied fighters": the words after the stop still say who it is;
        # not after "for": "the League for the Defence of Human Rights" is no army
        # (nor a where after them: "the homes of far-right activists IN SEVERAL STATES" are no
        # government's; a state or a city there still says whose: "the town of Uvira in eastern CONGO")
        matches = [m for m in matches if not _said_where(tokens, m)]
        core = matches

    entries = [m for m in matches if m[2] == "entry"]
    core_entries = [m for m in core if m[2] == "entry"]
    named = [m for m in (core_entries or entries) if m[3].kind == "named"]
    countries = [m for m in (core_entries or entries)]

    # Sector: the head (last) generic noun of the core; a weak head yields to a modifier or to
    # a stronger noun earlier in the core ("government forces" -> MIL, "security officials" -> GOV).
    sector: str | None = None
    sec_nouns = [m for m in core if m[2] == "sector" and not _belligerent_party(tokens, m)
                 and not _a_condition(tokens, m)  # ("the STATE of public hospitals")
                 and not (located and _is_capital_noun(tokens, m))  # ("a hotel in the CAPITAL of Mali")
                 and not _federal_state(tokens, m, matches)]
    mods = [m for m in core if m[2] == "modifier"]
    if sec_nouns:
        head = sec_nouns[-1]
        sector = head[3]
        head_word = _singular(tokens[head[1] - 1])
        if head_word in lex.weak or sector in {"GOV", "CVL"}:
            # (people in general do not outrank an office: "LOCAL officials" are the government,
            # "community leaders" are not)
            stronger = [m for m in (mods + sec_nouns[:-1]) if m[0] < head[0]
                        and not (head_word in _OFFICES and m[3] == "CVL") and not _backer(tokens, m)
                        # (nor what the head is there to stop: "the Gang SUPPRESSION Force")
                        and not any(t.lower() in _SUPPRESSING for t in tokens[m[1]:head[0]])]
            if stronger and sector == "CVL" and tokens[stronger[-1][0]].lower() == "armed" \
                    and stronger[-1][1] - stronger[-1][0] == 1:
                sector = "UAF"  # "ARMED herders", "armed youths": civilians under arms are a militia, as armed men are
            elif stronger and not (sector == "MIL" and stronger[-1][3] == "GOV"):
                # (a government's forces are still its armed forces: "government forces" -> MIL)
                sector = stronger[-1][3]
        elif head_word in _RANKS_HELD and sector == "MIL":
            # "a SEPARATIST commander", "a militia commander", "a police commander": a rank in an armed
            # body is that body's
            sector = _rank_body(tokens, [m for m in mods + sec_nouns[:-1] if m[0] < head[0]]) or sector
    elif mods and not named and not _abstract_head(tokens, mods[-1], core_end):
        sector = mods[-1][3]
    elif (shared := _shared_head(tokens, core, core_end)) is not None:
        # "Indian and Pakistani TROOPS": one head noun for both adjectives; the first nation's
        sector = shared

    if named and named[0][3].person:
        # "COLOMBIA's Defence Minister Pedro Sanchez": an office a state's name governs is that
        # state's, whoever of the same name the dictionary holds (Spain's prime minister)
        states = [m for m in (core_entries or entries) if m[3].kind in _STATE_KINDS and m[1] <= named[0][0]
                  and m[3].country != named[0][3].country]
        if states and any(states[-1][1] <= m[0] and m[1] <= named[0][0] for m in sec_nouns):
            named, countries = [], states
    name = country = code = None
    entry: _Entry | None = None
    if named:
        entry = named[0][3]
    elif countries:
        entry = countries[0][3]
    elif entries:
        entry = entries[0][3]
    if entry is not None:
        country = entry.country
        name = entry.name
        if entry.kind == "named":
            armed = _FIGHTING | {"CRM"}
            # (its dissidents are still armed: "FARC DISSIDENTS", "dissidents of the former FARC
            # guerrilla group" are rebels, not an opposition)
            splinter = entry.sector in armed and any(_singular(tokens[m[1] - 1].lower()) in _SPLINTERS
                                                     for m in sec_nouns)
            if (sector is None or sec_nouns == [] or entry.sector in {"IGO", "NGO"}
                    or (entry.sector in armed and sector in armed) or splinter):
                sector = entry.sector
                code = entry.code
            elif entry.sector in armed and sector == "GOV" and not entry.person \
                    and _singular(tokens[sec_nouns[-1][1] - 1].lower()) not in _GOVERNING:
                # "JNIM leader", "M23 spokesman", "Houthi negotiators": an armed group's own
                # people are the group, not the state's government ("the Taliban government" is one)
                sector, code = entry.sector, entry.code
            if entry.group and sector == "MIL" and any(m[2] == "sector" for m in core):
                name = entry.group
        elif sector is None and not (located and entry.kind == "capital"):
            sector = entry.sector
    elif not sec_nouns and not mods:
        return None
    if code is None:
        code = (country or "") + (sector or "") or None
        if country in {"IGO", "NGO"} and entry is not None:
            code = entry.code
    return ActorCode(name=name, country=country, sector=sector, code=code)


def _border_side(tokens: list[str], m: tuple[int, int, str, Any]) -> bool:
    """Whether a state's name only says which border a locating word puts a thing near ("members
    of a smuggling network near the ALGERIAN border"; not "ALGERIAN border guards")."""
    k = m[1]
    if m[2] != "entry" or m[3].kind not in ("demonym", "country") or k >= len(tokens) \
            or tokens[k].lower() not in _DIVIDING_LINES - {"line", "front", "frontline"}:
        return False
    if k + 1 < len(tokens) and tokens[k + 1].lower() not in _CORE_STOP:
        return False  # (the border's own people: "border GUARDS")
    return any(t.lower() in _LOCATING_STOPS for t in tokens[max(0, m[0] - 2):m[0]])


def _said_where(tokens: list[str], m: tuple[int, int, str, Any]) -> bool:
    """Whether a sector word only says where a thing is, after a locating word ("in several
    STATES", "in the REBEL-held province")."""
    if m[2] == "entry":
        return False
    stop = next((k for k in range(m[0] - 1, -1, -1) if tokens[k].lower() in _CORE_STOP), None)
    if stop is None or tokens[stop].lower() not in _LOCATING_STOPS or tokens[m[0]][:1].isupper() or m[3] == "CVL":
        # (a body named: "Republicans IN CONGRESS" are its members; people's places are civilians':
        # "villages in the Agatu LOCAL council")
        return False
    before = tokens[stop - 1].lower() if stop else ""
    after = tokens[stop + 1].lower() if stop + 1 < len(tokens) else ""
    # (nor a count: "AT LEAST 80 people", "ONE IN FOUR children", "AROUND 30 fighters"; nor where
    # people live, which says who they are: "people LIVING in refugee camps")
    counted = after in ("least", "most") or _numeral(after) and (tokens[stop].lower() != "in" or _numeral(before))
    return not counted and before not in _DWELLING


def _numeral(word: str) -> bool:
    return word[:1].isdigit() or word in _NUMBER_WORDS


_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
                           "hundreds", "thousands"})
# Participles of where people live or are kept, whose place says who they are
_DWELLING = frozenset({"living", "residing", "sheltering", "staying", "stranded", "trapped", "housed", "held"})


def _rank_body(tokens: list[str], before: list[tuple[int, int, str, Any]]) -> str | None:
    """The non-state armed or police sector the word nearest before a rank names ("a REBEL
    commander"), else None: not beside an army word ("an Iraqi ARMY anti-terrorist commander"), nor
    what the rank is against ("ANTI-terrorist", "COUNTER-insurgency")."""
    if not before or any(m[3] == "MIL" for m in before):
        return None
    last = max(before, key=lambda m: m[0])
    against = any(t.lower().startswith(("anti", "counter")) for t in tokens[max(0, last[0] - 2):last[0]])
    return last[3] if last[3] in _ARMED_SECTORS - {"MIL"} | {"COP"} and not against else None


def _abstract_head(tokens: list[str], mod: tuple[int, int, str, Any], core_end: int) -> bool:
    """Whether a modifier word heads its phrase as a thing, not a body: "discussed BORDER SECURITY
    and trade", "food security" (but "the security" and "Syrian security" may be its forces)."""
    return tokens[mod[1] - 1].lower() == "security" and mod[1] == core_end and mod[0] > 0 \
        and tokens[mod[0] - 1].isalpha() and tokens[mod[0] - 1].islower() and tokens[mod[0] - 1].lower() not in _DETS


_DETS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})

# Words of a part that broke from a body and keeps its arms ("FARC DISSIDENTS")
_SPLINTERS = frozenset({"dissident", "splinter"})
# Nouns of stopping something, between what is stopped and the body that stops it
_SUPPRESSING = frozenset({"suppression", "control", "prevention", "eradication", "interdiction", "enforcement",
                          "repression"})

# A part of a city named with "of" ("parts of the capital") and words for a city's area before its
# name ("downtown Santiago"): where, not the government the capital stands for
_CITY_PARTS = frozenset({"part", "parts", "outskirts", "suburb", "suburbs", "centre", "center", "heart", "streets",
                         "area", "areas", "district", "districts", "neighbourhood", "neighbourhoods", "neighborhood",
                         "neighborhoods", "downtown"})
_CITY_AREAS = frozenset({"the", "downtown", "central", "northern", "southern", "eastern", "western", "north", "south",
                         "east", "west", "greater"})

# Words of where, which the parser may hang on a place it takes for an object ("gathered OUTSIDE parliament")
_LOCATIVE_WORDS = frozenset({"outside", "inside", "near", "opposite", "beside", "nearby"})
# Verbs of protesting: where it was held is no target ("rallied in Minsk").
_PROTEST_VERBS = frozenset({"protest", "demonstrate", "march", "rally", "picket", "riot"})

# Heads that name a government itself: a group's are its rule ("the Houthi administration").
_GOVERNING = frozenset({"government", "administration", "authority", "authorities", "ministry", "cabinet",
                        "regime", "state", "parliament", "court", "minister", "president"})
# Heads that name holders of public office whatever modifies them ("local officials").
_OFFICES = frozenset({"official", "authority", "administrator", "administration", "officer", "bureaucrat",
                      "politician", "candidate"})  # ("LOCAL politicians" are still politicians)


# Participles after a noun that make it whoever stands behind the head: "the army-LED government"
_BACKING = frozenset({"led", "backed", "aligned", "allied", "run", "installed", "appointed", "dominated", "supported",
                      "sponsored", "funded", "affiliated", "linked"})


def _compound_led(tokens: list[str], k: int) -> bool:
    """ "army-LED government" (the hyphen dropped): the participle of a modifier, with its one-word
    head after it, not "forces LED by Haftar" (nor a head with a clause of its own: "the Saudi-led
    coalition fighting Houthi rebels" stays the Saudis')."""
    return tokens[k].lower() == "led" and k + 1 < len(tokens) and tokens[k + 1][:1].isalpha() \
        and tokens[k + 1].lower() not in _CORE_STOP and (k + 2 == len(tokens) or tokens[k + 2].lower() in _CORE_STOP)


def _a_condition(tokens: list[str], match: tuple[int, int, str, Any]) -> bool:
    """ "the STATE of public hospitals", "a state of emergency": a condition, no government (not "the
    State of Israel")."""
    end = match[1]
    if tokens[end - 1].lower() != "state" or end + 1 >= len(tokens) or tokens[end].lower() != "of":
        return False
    after = tokens[end + 2] if tokens[end + 1].lower() in _DETS and end + 2 < len(tokens) else tokens[end + 1]
    return after[:1].islower()


def _backer(tokens: list[str], match: tuple[int, int, str, Any]) -> bool:
    """ "the ARMY-led government", "a military-backed administration": who leads or backs the
    head is no sector of it (the government is still the government)."""
    return match[1] < len(tokens) and tokens[match[1]].lower() in _BACKING


def _belligerent_party(tokens: list[str], match: tuple[int, int, str, Any]) -> bool:
    """ "the warring parties", "parties to the conflict": sides of a war, not political parties."""
    start, end = match[0], match[1]
    if _singular(tokens[end - 1].lower()) != "party":
        return False
    before = tokens[start - 1].lower() if start > 0 else ""
    after = tokens[end].lower() if end < len(tokens) else ""
    return before in {"warring", "belligerent", "conflicting", "fighting"} or after == "to"


# ---------------------------------------------------------------------------------- spans

_SUBJ = {"nsubj", "csubj"}
_OBJ = {"dobj", "obj"}
# Heads of a nominal event's object that name the real target: "an assault ON the bastion".
_EVENT_NOUN_PREPS = ("on", "against", "of", "to", "with", "upon", "at", "between", "into")
# Weapons an act is done with: "an attack WITH mortars" has no target in them.
_MEANS = {"explosive", "bomb", "mortar", "rocket", "missile", "drone", "grenade", "gun", "rifle", "knife", "machete",
          "artillery", "shell", "weapon", "firearm", "pistol", "bullet", "ied", "airstrike", "tank", "stone", "rock"}
_PRONOUNS = {"it", "he", "she", "they", "we", "i", "you", "who", "which", "that", "this", "these", "those"}
_RELATIVES = frozenset({"who", "which", "that"})
_KEEP_PREPS = {"of", "in", "from", "against", "inside", "within", "across", "by", "near", "along"}
_DROP_PREPS = {"on", "including", "as", "during", "after", "before", "since", "like", "such", "despite",
               "amid", "until", "over", "via", "through", "at", "with", "under", "without", "following"}
_LOCATING_PREPS = {"near", "along"}  # kept after a place or unit ("a town near Aleppo"), not after people
# What one is a party to: "the parties to the conflict", "signatories to the accord".
_PARTY_TO = {"conflict", "war", "talks", "agreement", "accord", "treaty", "convention", "dispute", "deal", "pact"}
# Titles and roles whose "to" phrase says what they belong to: "envoy to Syria", "party to the conflict".
_ACCREDITED = {"ambassador", "envoy", "representative", "delegate", "emissary", "attache", "attaché", "party",
               "heir", "successor", "adviser", "advisor", "counsellor", "counselor", "secretary", "signatory"}
_TIME_ENTS = {"DATE", "TIME"}
_AMOUNT_ENTS = {"MONEY", "PERCENT", "QUANTITY"}
# Entity types of names that are not people: places, bodies, things.
_NAMED_THINGS = {"GPE", "LOC", "FAC", "ORG", "NORP", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART"}
_APOSTROPHES = {"'", "’", "‘", "`"}


def _edge_trim(tokens: list[Any]) -> list[Any]:
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in {")", "]"} or tokens[-1].dep_ == "cc"
                      or tokens[-1].pos_ == "ADV" and tokens[-1].dep_ == "advmod" and len(tokens) > 1
                      or tokens[-1].dep_ == "case" and tokens[-1].tag_ == "POS" and len(tokens) > 1
                      or tokens[-1].dep_ == "prep" and len(tokens) > 1):
        # (a trailing adverb says where or when: "a delegation of the League HERE"; a trailing
        # preposition lost its object to a cut: "Anti-government protesters IN | Baghdad")
        tokens = tokens[:-1]
    while tokens and (tokens[0].is_punct and tokens[0].text not in {"(", "["} or tokens[0].dep_ == "cc"
                      or len(tokens) > 1 and tokens[0].tag_ in {"WRB", "WDT", "WP"}):
        # (nor the relative word that opens the clause: "WHERE the Tiger Forces are storming")
        tokens = tokens[1:]
    # a date the parser glued on ("on | 16 May Ethiopian aircraft", "31 January North Vietnamese
    # forces"), a floating "all" ("aircraft ALL returned"): the actor is what is between
    k = _glued_date(tokens)
    if 0 < k < len(tokens):
        tokens = tokens[k:]
    if len(tokens) > 1 and tokens[-1].lower_ in ("all", "both", "each") and tokens[-1].dep_ == "appos":
        tokens = tokens[:-1]
    return tokens


def _glued_date(tokens: list[Any]) -> int:
    """How many leading tokens are a day's date, "16 May" or "May 16" (not an age, "22-year-old")."""
    if len(tokens) > 2 and tokens[0].like_num and is_month_name(tokens[1].text):
        return 2
    if len(tokens) > 2 and is_month_name(tokens[0].text) and tokens[1].like_num and tokens[0].ent_type_ == "DATE":
        return 2
    if len(tokens) > 1 and is_month_name(tokens[0].text) and tokens[0].ent_type_ == "DATE" and tokens[1].tag_ != "POS":
        return 1  # the day's number left outside: "(31) January North Vietnamese forces"
    if len(tokens) > 1 and is_weekday_name(tokens[0].text) and tokens[1].tag_ != "POS":  # (not "Monday's attackers")
        k = 2 if tokens[1].lower_ in ("morning", "afternoon", "evening", "night") else 1
        return k if k < len(tokens) else 0
    return 0


_EMPTY_HEADS = {"people", "persons", "individuals", "those"}
# Request verbs whose subject is answerable for what is done: a command or a permission
_COMMANDING = frozenset({"order", "instruct", "authorize", "authorise", "allow", "permit"})


def _keep_child(head: Any, child: Any) -> bool:
    dep = child.dep_
    if child.lower_ in {"both", "either", "neither"} and child.i < head.i:
        # "both India and Pakistan": "both" goes with the pair, so not with one split-off name
        conj = next((c for c in head.children if c.dep_ == "conj"), None)
        return conj is None or _keep_child(head, conj)
    if dep == "relcl" and child.i > head.i and head.lower_ in _EMPTY_HEADS \
            and not any(c.dep_ in {"amod", "compound", "nummod", "poss"} for c in head.children) \
            and not any(t.text == "," for t in head.doc[head.i + 1: child.left_edge.i]):
        return True  # "people WHO HAD FLED to the Golan": a bare empty head is who its clause says
    if child.i < head.i and child.lower_ in {"earlier", "later", "ago"}:
        return False  # "Hours earlier | Maduro expelled": when, taken for a modifier of the name
    if _harmed_in(head, child):
        return False  # "killed 10 gang members | IN A DRONE STRIKE": the act they were harmed in
    if dep in {"relcl", "punct"} and child.i > head.i:
        return False
    if dep in {"cc", "conj"}:
        # Names are split by annotators ("Ethiopia and Kenya" -> two actors); common nouns are one
        # group ("police and soldiers", "Yemeni army and allied forces").
        if any(c.dep_ == "preconj" for c in head.children):
            return True
        if head.dep_ == "pobj" and head.head.lower_ == "between":
            return False  # "between the two factions | and the government": two sides, not one party
        conj = child if dep == "conj" else next((c for c in head.children if c.dep_ == "conj"), None)
        if conj is not None and _starts_clause(conj):
            return False  # "shot a policeman | and eight people were wounded": the next clause's subject
        if conj is None or conj.pos_ in {"VERB", "AUX"} and (head.like_num or head.ent_type_ == "CARDINAL"):
            return False  # (nor a verb the parser joined to a count: "killed 12 | and sickened thousands")
        return head.pos_ != "PROPN" and conj.pos_ != "PROPN" and not head.ent_type_ and not conj.ent_type_
    if dep == "appos":
        # "Zabihullah Mujahid, the Taliban spokesman", "the US Ambassador, Stuart Symington": an
        # apposition names the same actor and annotators keep it, commas and all. A name that
        # heads a list of names ("the United States, India, Israel and others") is no apposition
        # but the next conjunct, and names are split.
        if child.pos_ == "PROPN" and head.pos_ == "PROPN" and any(c.dep_ == "conj" for c in child.children):
            return False
        if child.i > head.i and child.lemma_.lower() in CLAIM_NOUNS:
            return False  # "captured the town, a claim the army denied": the claim is the report's
        # A place or a body named before its description ("Haifa, Israel's third largest city",
        # "the Relief Fund, a pooled fund managed by ...") is the actor without it: the
        # description says what the name is, not who acted. A person's role stays (above).
        if child.i > head.i and head.ent_type_ in {"GPE", "LOC", "FAC"} and child.ent_type_ == "PERSON":
            return False  # "troops from Syria , Defence Minister Shoigu said": a place is no person
        described = head.ent_type_ in _NAMED_THINGS or child.lemma_.lower() in PLACE_NOUNS
        return not (child.i > head.i and described and not _person_noun(child))
    if dep == "prep":
        obj = _pobj(child)
        if _stripped_of(child):
            return False  # "stripped 94 critics | OF THEIR CITIZENSHIP": what they lost, not who they are
        if child.i < head.i:
            return False  # "in Prijedor, … | the head of the local charity": a fronted phrase hung on the noun
        if obj is not None and obj.ent_type_ in _TIME_ENTS:
            return False  # "refugees in May": when, not who
        if _handed_to(head, child):
            return False
        if child.lower_ == "in" and obj is not None and obj.ent_type_ == "ORG" and head.ent_type_ in {"NORP", ""} \
                and head.tag_ == "NNPS":
            return True  # "Republicans in Congress": members of a body, not where they are
        if child.lower_ == "in" and (head.ent_type_ == "PERSON" or head.pos_ == "PROPN" and head.ent_type_ != "ORG"
                                     or head.tag_ == "NN" and _person_noun(head)):
            return False  # "Trump in Washington", "the ambassador in Berlin": where a person is, not who
        if child.lower_ in _LOCATING_PREPS and _person_noun(head):
            return False  # "fighters near Lake Chad": where people are, not who (a place keeps it)
        if child.lower_ == "in" and obj is not None and not _place_like(obj):
            return False  # "gunmen in reaction", "provisions in an act of defiance"
        if child.lower_ == "of" and head.head.lemma_.lower() in CHARGE_VERBS and head.dep_ in _OBJ:
            return False  # "accused the police of brutality": the charge
        if child.lower_ == "of" and obj is not None and obj.dep_ == "pcomp" and obj.tag_ == "VBG":
            return False  # "the decision of doubling the wage": what was decided, as "to double"
        if child.lower_ == "from" and obj is not None and obj.dep_ == "pcomp" and obj.tag_ == "VBG":
            return False  # "banned the opposition | FROM HOLDING rallies": what they are kept from
        if child.lower_ == "to" and head.lemma_.lower() in _ACCREDITED:
            return True  # "the UAE Ambassador to Bahrain", "all parties to the conflict": part of the title
        if child.lower_ == "for":
            # "a spokesman for the Taliban": whom an agent works for belongs to it; "a request for
            # talks" or "blamed the army for the deaths" does not.
            return obj is not None and _agent_noun(head) and _actor_like(obj) and obj.ent_type_ not in _TIME_ENTS
        return child.lower_ in _KEEP_PREPS and child.lower_ not in _DROP_PREPS
    if dep in {"acl"}:
        if child.lemma_.lower() == "call" and head.ent_type_ == "PERSON" and child.i == head.i + 1:
            return False  # "Trump CALLED Erdogan and urged him": a phone call, not a person's name
        if _misparsed_predicate(child) or child.tag_ == "VBD" and not _relation_preps(child):
            # the sentence's own verb, not a description of its subject: a past tense is no
            # participle ("a delegation of the League CALLED on ..."), bar the affiliation
            # words the tagger takes for one ("fighters ALLIED with the government")
            return False
        if child.tag_ == "VBG" and (child.lemma_.lower() in cues()["speech_verbs"]
                                    or child.lemma_.lower() in {"warn", "charge", "accuse", "complain"}):
            return False  # "defended Colombia's actions SAYING ...": the speaker's words, not the actor
        if child.tag_ == "VB" or any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return False  # "Trump's decision to recognize Jerusalem": the decision is the target
        if any(c.dep_ in _SUBJ | {"nsubjpass"} for c in child.children):
            return False  # "US assertions (that) it is a sanctuary": what is asserted, not who
        return not any(t.text == "," for t in head.doc[head.i + 1: child.i])
    if dep in {"advcl", "advmod", "npadvmod"} and child.i > head.i:
        return False
    return True


def _place_like(tok: Any) -> bool:
    """Whether a noun names a place or someone: the object of an "in" phrase that stays with its actor."""
    if tok.ent_type_ in {"GPE", "LOC", "FAC", "ORG", "NORP"} or tok.pos_ == "PROPN":
        return True
    if tok.lemma_.lower() in PLACE_NOUNS or _actor_like(tok):
        return True
    return any(_place_like(p) for p in _prep_objects(tok, ("of",)))  # "parts of Bosnia"


def _misparsed_predicate(verb: Any) -> bool:
    """Whether a participle on the sentence's root noun is really the sentence's verb: "The
    Iraqi air force | carried out three strikes" (parsed with no verb root). A participle with
    an object or particle is no passive description ("troops killed in the attack")."""
    if verb.dep_ != "acl" or not any(c.dep_ in {"dobj", "prt"} for v in [verb, *_children(verb, {"conj"})]
                                     for c in v.children):
        return False  # (the object may hang on a conjoined verb: "men … KILLED or wounded dozens")
    # (also a past form with an object on a subject: "A fresh wave of violence LEFT twelve people
    # dead … attacked rivals" - no passive description has an object)
    return verb.head.dep_ == "ROOT" or verb.tag_ in ("VBD", "VBN") and verb.head.dep_ in ("nsubj", "nsubjpass") \
        and any(c.dep_ == "dobj" for c in verb.children)


# Verbs whose passive raises the subject of their infinitive ("X is expected/said to …")
_RAISING = frozenset({"expect", "believe", "say", "report", "think", "suppose", "understand", "know", "allege",
                      "rumour", "rumor", "presume", "schedule", "set", "fear", "suspect", "estimate"})


# Steps someone takes toward an aim ("took measures to expel")
_STEPS = frozenset({"measure", "step", "action", "effort", "move", "decision"})


def _dateline_apposition(noun: Any) -> bool:
    """Whether a noun is what the parser apposed to a dateline (made the sentence's root or a
    subject): "GOMA, Sept 14 (Reuters) - | ADF REBELS hacked …"."""
    root = noun.head
    return noun.dep_ in ("appos", "conj") and root.i < noun.i \
        and (_dateline_word(root) or dateline_dash(root) is not None) \
        and any(t.text in DASHES for t in noun.doc[root.i:noun.left_edge.i])


def _object_participle_subject(verb: Any) -> Any | None:
    """The people a participle right after the object tells of, which the parser hung on the
    main verb: "Police arrested dozens of protesters DEMANDING his resignation" (the protesters
    demand, not the police). No comma nor subordinator between: ", killing 12" is the act's."""
    gov = verb.head
    if verb.tag_ != "VBG" or verb.i < gov.i or any(c.dep_ in _SUBJ | {"mark", "aux"} for c in verb.children):
        return None
    prev = verb.doc[verb.left_edge.i - 1]
    obj = next(iter(_children(gov, {"dobj"})), None)
    if obj is None or prev.i != obj.right_edge.i or prev.is_punct:
        return None
    # the object's people ("dozens OF PROTESTERS")
    noun = prev if prev.head.i == obj.i or prev.i == obj.i or prev.dep_ == "pobj" else None
    return noun if noun is not None and noun.tag_ == "NNS" and _person_noun(noun) else None


def _aside_speaker(verb: Any) -> Any | None:
    """Who says a participle of words after a "…, X said," aside, which the parser hung on the
    act told: "Gunmen killed 44 civilians …, the government said, BLAMING the Islamic State"
    (the government blames, not the gunmen). Only a verbal act ("blaming", "accusing",
    "urging"): ", officials said, KILLING 46" is still the act's."""
    gov = verb.head
    if verb.tag_ != "VBG" or verb.i < gov.i or verb.doc[verb.left_edge.i - 1].text != ",":
        return None
    said = next((c for c in gov.children if c.dep_ in ("parataxis", "ccomp") and gov.i < c.i < verb.i
                 and c.lemma_.lower() in cues()["speech_verbs"]
                 and c.right_edge.i in (verb.left_edge.i - 2, verb.left_edge.i - 1)), None)
    code = trigger_code(verb) or ""
    if said is None or code[:2] not in VERBAL_ROOTS:
        return None
    return next(iter(_children(said, _SUBJ)), None)



def _reduced_relative_subject(verb: Any) -> Any | None:
    """The subject of a main verb the parser hung on a reduced relative before it: in "Rwandan
    troops deployed in the region since 2021 LAUNCHED an offensive" it read "deployed" as the
    finite verb and "launched" as a clause of it with no subject; the troops launched it. A
    past-tense clause with no subject nor subordinator, right after a bare past form (no
    auxiliary, no comma between) that has a subject before it. Or the parser found no verb at
    all and rooted the sentence on its subject noun, hanging the finite verb on the last noun
    before it ("Kenyan police officers leading a mission ARRESTED two men")."""
    gov = verb.head
    root = verb.sent.root
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and root.pos_ in ("NOUN", "PROPN") and root.i < verb.i \
            and not any(c.dep_ in _SUBJ | {"nsubjpass", "mark", "aux", "auxpass"} for c in verb.children) \
            and root.left_edge.i == verb.sent.start \
            and not any(t.text in (",", ";", ":", "(", ")", "\u2014") for t in verb.doc[root.i:verb.i]):
        # "Kenyan police officers leading a UN-backed mission ARRESTED two men": no verb found, the
        # parser made the subject the root and the finite verb a clause of the last noun
        return root
    if not (verb.dep_ == "advcl" and verb.tag_ == "VBD" and gov.tag_ in ("VBD", "VBN") and gov.i < verb.i
            and not any(c.dep_ in _SUBJ | {"nsubjpass", "mark", "aux", "auxpass"} for c in verb.children)
            and not any(c.dep_ in {"aux", "auxpass", "dobj"} for c in gov.children)):
        return None
    if any(t.is_punct or t.lower_ in ("and", "or", "but", "then") or t.tag_ in ("WRB", "WDT", "WP")
           for t in verb.doc[gov.i + 1:verb.i + 1]):
        return None  # (not "said Monday WHEN asked")
    # only the participle's adjuncts stand between ("deployed IN THE REGION SINCE 2021 launched",
    # "suspected TO BE CATTLE BREEDERS yesterday killed"), no clause of its own
    between = [c for c in gov.children if gov.i < c.i < verb.i]
    if any(c.dep_ not in ("prep", "advmod", "npadvmod", "xcomp") for c in between) or \
            (between[-1].right_edge.i if between else gov.i) != verb.left_edge.i - 1:
        return None
    return next((c for c in gov.children if c.dep_ == "nsubj" and c.i < gov.i), None)


def _is_place(tok: Any) -> bool:
    """Whether a noun itself names a place ("Kasai province", "the town", "Darfur", "parts of
    Kashmir")."""
    if tok.ent_type_ in {"GPE", "LOC", "FAC"} or tok.lemma_.lower() in PLACE_NOUNS:
        return True
    return tok.lemma_.lower() in PART_NOUNS and any(_is_place(p) for p in _prep_objects(tok, ("of",)))


def _agent_noun(tok: Any) -> bool:
    """Whether a noun names people or an organisation ("inspectors", "spokesman", "Ministry")."""
    if tok.ent_type_ in {"PERSON", "ORG", "NORP"} or tok.pos_ == "PROPN":
        return True
    coded = code_phrase(tok.text)
    return coded is not None and coded.sector is not None or _person_noun(tok)


def _handed_to(tok: Any, prep: Any) -> bool:
    """Whether a "to" phrase the parser hung on the people a verb frees or hands over names whom
    they go to, not who they are: "release a physician and nurse | TO U.S. DIPLOMATS"."""
    if prep.dep_ != "prep" or prep.lower_ != "to" or prep.i < tok.i:
        return False
    top = tok
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    obj = _pobj(prep)
    return (top.dep_ == "dobj" and top.head.lemma_.lower() in RELEASE_VERBS | EXPULSION_VERBS | {"hand", "extradite"}
            and obj is not None and _actor_like(obj))


def _gerund_head_noun(doc: Any, i: int, head: Any) -> bool:
    """Whether token ``i``, right after a subject, is the subject's own head noun that the parser
    took for a participle: "Syrian government SHELLING killed one soldier" (an event noun of the
    lexicon, tagged VBG and hung on the verb the subject belongs to)."""
    if i >= len(doc) or head.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    tok = doc[i]
    return (tok.tag_ == "VBG" and tok.dep_ in {"advmod", "amod", "npadvmod", "aux", "dep"} and tok.head.i == head.head.i
            and tok.i < head.head.i and (tok.lower_, "N") in trigger_lexicon())


# Nouns of people the endings miss ("detained the CAPTAIN of a cargo ship")
_PEOPLE_WORDS = frozenset({"captain", "crew", "pilot", "spy", "priest", "imam", "cleric"})
# Nouns of the one at the head of a body, a person by its "of" phrase ("the HEAD of the oil company")
_HEADS = frozenset({"head", "chief", "boss"})


def _person_noun(tok: Any) -> bool:
    """Whether a word names a person: a person's name or a noun for one ("leader", "envoy")."""
    return tok.ent_type_ == "PERSON" or tok.pos_ in {"NOUN", "PROPN"} and (
        tok.lemma_.lower().endswith(PERSON_ENDINGS) or tok.lemma_.lower() in _PEOPLE_WORDS)


def _violent(tok: Any) -> bool:
    """Whether a word names an act of force (CAMEO 18-20)."""
    return (trigger_code(tok) or "")[:2] in ("18", "19", "20")


def _harmed_in(head: Any, prep: Any) -> bool:
    """Whether an "in"/"during" phrase on the object of an act of force names the act its people
    were harmed in ("killed 10 gang members IN A DRONE STRIKE", "killed scores OF militants IN AIR
    STRIKES"): no part of who they are."""
    top = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head
    return prep.dep_ == "prep" and prep.i > head.i and prep.lower_ in ("in", "during") \
        and top.dep_ in ("dobj", "nsubjpass") and _violent(top.head) \
        and any(o.dep_ == "pobj" and _violent(o) for o in prep.children)


# Nouns of what an act is given for: an answer's ("in retaliation for") or a trade's ("IN EXCHANGE for")
_GIVEN_FOR = ANSWER_WORDS | {"exchange", "return"}


def _in_exchange(prep: Any) -> bool:
    """Whether a phrase is what an act is given for, never part of who it names: "released 10
    Americans held in the country | IN EXCHANGE FOR Venezuelans deported to El Salvador"."""
    return prep.dep_ == "prep" and prep.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _GIVEN_FOR for o in prep.children)


def _taken_in(part: Any, prep: Any) -> bool:
    """Whether an "in"/"during" phrase the parser hung on a participle of the object names the
    coercive act the object was taken in: "arrested three militants linked to Islamic State | IN
    RAIDS in Central Java" (not a deed they are held for: "two men wanted IN THE KILLING of a judge");
    also hung on what the participle says of them ("40 people suspected of LINKS to Islamic State |
    IN RAIDS"), and the area it was done across ("… | ACROSS 12 PROVINCES")."""
    if part.dep_ == "pobj" and part.head.dep_ == "prep" and part.head.head.dep_ == "acl" and prep.lower_ != "across":
        part = part.head.head
    if part.dep_ != "acl" or part.head.dep_ not in ("dobj", "nsubjpass") or prep.dep_ != "prep" \
            or prep.lower_ not in ("in", "during", "across") or prep.i < part.i:
        return False
    return (trigger_code(part.head.head) or "")[:2] == "17" and (prep.lower_ == "across" or any(
        o.dep_ == "pobj" and o.pos_ == "NOUN" and (trigger_code(o) or "")[:2] == "17" for o in prep.children))


def _inner(tok: Any) -> list[Any]:
    """Tokens of a kept modifier, dropping its relative clauses and trailing place/time phrases."""
    out = [tok]
    for child in tok.children:
        if child.i > tok.i and (child.dep_ == "relcl" or child.dep_ == "prep" and child.lower_ in _DROP_PREPS
                                and child.lower_ not in _relation_preps(tok)
                                or child.dep_ == "prep" and child.lower_ in _LOCATING_PREPS and _person_noun(tok)):
            continue
        if _handed_to(tok, child) or _harmed_in(tok, child) or _taken_in(tok, child) or _in_exchange(child):
            continue  # (nor the act they were harmed in: "killed scores of militants | IN AIR STRIKES")
        if child.dep_ == "advcl" and child.i > tok.i and tok.doc[child.left_edge.i - 1].text == ",":
            continue  # "five people accused of plotting …, | BLAMING the United States": the main clause's
        if child.dep_ == "advcl" and child.i > tok.i and any(c.dep_ == "mark" for c in child.children):
            continue  # "a checkpoint manned by rebels | WHILE a school bus was passing": a clause of its own
        if _stripped_of(child):
            continue  # "stripped 94 critics of the government | OF THEIR CITIZENSHIP": what they lost
        if child.dep_ == "prep" and child.i > tok.i and child.lower_ == "of" and tok.dep_ == "conj" \
                and tok.head.dep_ == "dobj" and tok.head.head.lemma_.lower() in CHARGE_VERBS:
            continue  # "accused the army and the militias | OF killing civilians": the charge, no part of them
        if child.dep_ in {"cc", "conj"} and tok.dep_ == "appos" and not _keep_child(tok, child):
            continue  # "the Movement ( PLM ) and two parties": names are split here too
        if child.dep_ == "conj" and tok.dep_ == "pobj" and _separate_names(tok, child):
            continue  # "diplomats from Poland | , Germany and Sweden": each named party is an actor
        out.extend(_inner(child))
    return out


# What one is stripped of ("stripped of their citizenship"): a right lost, no part of who lost it
_STRIPPED_RIGHTS = frozenset({"citizenship", "nationality", "immunity", "passport", "rank", "title", "licence",
                              "license", "accreditation"})


def _stripped_of(prep: Any) -> bool:
    obj = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ == "of" else None
    return obj is not None and obj.lemma_.lower() in _STRIPPED_RIGHTS and any(
        a.lemma_.lower() == "strip" for a in prep.ancestors)


def _separate_names(head: Any, conj: Any) -> bool:
    """Whether two conjoined words are each a name of their own ("Poland and Germany"), not
    parts of one name ("the Fish and Wildlife Service")."""
    return (head.pos_ == "PROPN" and conj.pos_ == "PROPN" and head.ent_type_ != "" and conj.ent_type_ != ""
            and conj.ent_iob_ == "B")


def _relation_preps(tok: Any) -> set[str]:
    """Prepositions that belong to an affiliation or naming word: "allied WITH", "loyal TO",
    "backed BY", "known AS"."""
    low = tok.lower_
    return set(AFFILIATION.get(low, ())) | set(SPONSOR.get(low, ())) | ({"as"} if low == "known" else set())


def _dangling_object(doc: Any, end: int, head: Any) -> int | None:
    """End of the object a misparsed affiliation phrase lost: "Forces loyal to | Field Marshal Haftar".

    The small model often makes the leader a second subject of the verb; when the phrase ends in
    the affiliation word's preposition, the noun phrase right after it is its object.
    """
    last = doc[end - 1]
    if last.pos_ != "ADP" or any(c.dep_ in {"pobj", "pcomp"} for c in last.children):
        return None
    if last.lower_ not in _relation_preps(last.head) and last.lower_ not in _relation_preps(doc[end - 2] if end >= 2 else last):
        return None
    k = end
    while k < len(doc) and (doc[k].pos_ in {"DET", "PROPN", "NOUN", "ADJ", "NUM", "PART"}
                            or doc[k].text in {"-", "'s", "’"}):
        if doc[k].pos_ in {"NOUN", "PROPN"} and doc[k].dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"}:
            return doc[k].right_edge.i + 1 if doc[k].right_edge.i >= k else k + 1
        k += 1
    return None


def _speakers_of_a_bare_verb(appos: Any) -> bool:
    """Whether an apposition is the subject of the speech verb right after it, which the parser
    left without one: "killing at least 15 soldiers, | A MILITARY OFFICER AND RESIDENTS said"."""
    doc = appos.doc
    k = appos.right_edge.i + 1
    if k >= len(doc) or appos.left_edge.i == 0 or doc[appos.left_edge.i - 1].text != ",":
        return False
    verb = doc[k]
    return verb.pos_ == "VERB" and verb.lemma_.lower() in cues()["speech_verbs"] and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def actor_span(head: Any) -> tuple[int, int]:
    """Token range [start, end) of the actor phrase headed by ``head``, as annotators mark it."""
    keep = [head]
    # (not another person the parser flattened into the name: "between U.S. President DONALD TRUMP
    # AND Colombian President Gustavo Petro, whom Washington sanctioned" names Petro alone)
    cut = max((g.i for c in head.lefts if c.dep_ == "nmod" and c.ent_type_ == "PERSON" == head.ent_type_
               for g in c.children if g.dep_ == "cc"), default=-1)
    for child in head.children:
        if child.right_edge.i <= cut:
            continue
        if child.dep_ == "punct" and child.i < head.i:
            keep.extend(child.subtree)
            continue
        if child.dep_ == "appos" and _speakers_of_a_bare_verb(child):
            continue
        if _keep_child(head, child):
            inner = list(child.subtree) if child.dep_ == "relcl" else _inner(child)
            if child.dep_ == "acl" and sum(t.pos_ != "ADV" for t in inner) == 1 and any(True for _ in child.children):
                continue  # "asylum seekers registered | with the agency": a participle stripped of its complement
                # (or left with an adverb alone: "23 civilians | SHELTERING THERE")
            keep.extend(inner)
    # The commas and brackets between a head and a kept apposition belong to the phrase.
    for child in head.children:
        if child.dep_ == "appos" and child.i > head.i and _keep_child(head, child) \
                and not _speakers_of_a_bare_verb(child):
            keep.extend(t for t in head.doc[head.i + 1: child.left_edge.i] if t.is_punct)
            keep.extend(t for t in head.children if t.dep_ == "punct" and t.text == ")"
                        and t.i == child.right_edge.i + 1)
    # Parentheses kept only when both sides are inside.
    idx = sorted(t.i for t in keep)
    lo, hi = idx[0], idx[-1]
    # Make contiguous from the head outwards (drop pieces separated by excluded tokens).
    kept = set(idx)
    start = head.i
    while start - 1 >= lo and (start - 1) in kept:
        start -= 1
    end = head.i
    while end + 1 <= hi and (end + 1) in kept:
        end += 1
    rel = head.head
    if head.dep_ == "nsubj" and rel.dep_ == "ROOT" and rel.i == end + 1 and _relation_preps(rel) \
            and rel.tag_ in {"VBD", "VBN"} and not _children(rel, {"cc", "mark"}) \
            and any(c.dep_ in {"dep", "conj", "advcl"} and c.pos_ == "VERB" and not _children(c, {"mark"})
                    for c in rel.children):
        # the affiliation the parser made the sentence's verb: "Hackers | linked to the government"
        prep = next((c for c in rel.children if c.dep_ == "prep" and c.lower_ in _relation_preps(rel)), None)
        if prep is not None and prep.i == rel.i + 1:
            end = prep.right_edge.i
    ext = _dangling_object(head.doc, end + 1, head)
    if ext is not None:
        end = ext - 1
    if _gerund_head_noun(head.doc, end + 1, head):
        end += 1
    start, end = _repair_edges(head.doc, start, end + 1, head)
    end -= 1
    toks = _edge_trim(list(head.doc[start:end + 1]))
    if not toks:
        return head.i, head.i + 1
    # Balance brackets: close a "(" group the parser closed elsewhere ("for Refugees ( UNHCR" +
    # ")"), else drop it.
    opens = sum(t.text == "(" for t in toks) - sum(t.text == ")" for t in toks)
    nxt = toks[-1].i + 1
    if opens == 1 and nxt < len(head.doc) and head.doc[nxt].text == ")":
        toks = toks + [head.doc[nxt]]
        opens = 0
    if opens > 0:
        cut = max(k for k, t in enumerate(toks) if t.text == "(")
        toks = _edge_trim(toks[:cut]) or toks
    doc = head.doc
    toks = _quotes_closed(doc, toks)
    dash = dateline_dash(toks[0])
    if dash is not None and dash < head.i:
        toks = [t for t in toks if t.i > dash]  # "ISLAMABAD — | Pakistani police": the dateline is no part
    if len(toks) > 1 and _captive_complement(toks[-1]) and (toks[-1].i == head.i or toks[-1].dep_ == "pobj"):
        toks = toks[:-1]  # "had taken several soldiers PRISONER": the soldiers were taken (also "dozens
        # of passengers HOSTAGE")
    if len(toks) > 2 and toks[0].lower_ in ("a", "an") and toks[1].lemma_.lower() in CLAIM_NOUNS \
            and toks[1].dep_ == "compound":
        toks = toks[2:]  # "…, A CHARGE Kigali denies": the parser made the charge a compound of the name

    end = toks[-1].i + 1
    while end < len(doc) and not doc[end - 1].whitespace_ and (doc[end - 1].text == "-" or doc[end].text == "-"):
        end += 1  # a hyphenated name the parse cut in two: "suspected to be al- | Shabab"
    return toks[0].i, _whole_name_end(doc, toks[0].i, end)


def _quotes_closed(doc: Any, toks: list[Any]) -> list[Any]:
    """The phrase with a quotation mark it opens or closes alone given its partner next to it:
    bombed "terrorist" positions (the parser hangs the opening mark elsewhere)."""
    texts = [t.text for t in toks]
    before = doc[toks[0].i - 1] if toks[0].i > 0 else None
    after = doc[toks[-1].i + 1] if toks[-1].i + 1 < len(doc) else None
    if texts.count('"') % 2 == 1:
        lone = next(t for t in reversed(toks) if t.text == '"')
        opening = not lone.whitespace_ and lone.i < toks[-1].i  # (no space after it: "so-called "Islamic Army")
        if opening and after is not None and after.text == '"':
            return [*toks, after]
        if not opening and before is not None and before.text == '"':
            return [before, *toks]
    if texts.count("\u201d") > texts.count("\u201c") and before is not None and before.text == "\u201c":
        return [before, *toks]
    if texts.count("\u201c") > texts.count("\u201d") and after is not None and after.text == "\u201d":
        return [*toks, after]
    return toks


def _captive_complement(head: Any) -> bool:
    """Whether ``head`` is the "prisoner" of "took three aid workers HOSTAGE", which the parser
    makes the object with the people taken as its compound."""
    before = head.doc[head.i - 1] if head.i > 0 else None
    verb = head.head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head.head
    return head.lemma_.lower() in _CAPTIVE_NOUNS and head.dep_ in ("dobj", "pobj") \
        and verb.lemma_.lower() in ("take", "hold") \
        and before is not None and before.dep_ == "compound" and before.head.i == head.i


# Words that may continue a name past where the parse cut it ("Preaching | and Combat").
_NAME_JOINERS = frozenset({"and", "&", "of", "for", "al", "el", "-", "al-", "el-"})


def _whole_name_end(doc: Any, start: int, end: int) -> int:
    """``end``, moved past the rest of a group's name the parse cut at a coordination: "the
    Salafist Group for Preaching | and Combat" (the parser joins "Combat" to the verb)."""
    if end >= len(doc) or not (doc[end].lower_ in _NAME_JOINERS or doc[end].text[:1].isupper()):
        return end  # (nothing that could continue a name follows)
    window = doc[start:min(len(doc), end + 8)]
    for i, j, _ in group_names([t.text for t in window]):
        if i < end - start < j:
            end = start + j
    return end


_NOMINAL_POS = {"NOUN", "PROPN", "ADJ", "NUM"}


def _possessed_end(doc: Any, k: int) -> int | None:
    """End of the noun phrase a spaced clitic "’ s" at ``k`` attaches to: "Kenya ’ s new border policy".

    Text tokenised with spaces around the possessive ("Kenya ’ s") parses as "’", "s" and a
    head-less run of words; the possessed noun (the run's last noun) is what the phrase names.
    """
    if not (k + 1 < len(doc) and doc[k].text in _APOSTROPHES and doc[k + 1].lower_ == "s"):
        return None
    j, last = k + 2, None
    while j < len(doc) and (doc[j].pos_ in _NOMINAL_POS or doc[j].text == "-" or doc[j].tag_ in {"VBN", "VBG", "RB"}
                            and j + 1 < len(doc) and doc[j + 1].pos_ in _NOMINAL_POS | {"VERB"}):
        if doc[j].pos_ in {"NOUN", "PROPN"}:
            last = j
        j += 1
    return None if last is None else last + 1


def _repair_edges(doc: Any, start: int, end: int, head: Any) -> tuple[int, int]:
    """Fix what the parse misses at a phrase's edges: token range [start, end) in, repaired out.

    - A spaced possessive clitic ("Mexico ’ s policy", "the government ’ s request"): the
      phrase is the possessed noun with its possessor, whichever side the parse left out.
    - A bracketed acronym right after a name ("the Central African Republic ( CAR )").
    - Dates and times at the right edge ("France's ambassador Monday"): when, not who.
    """
    # possessor cut off: the phrase starts at the clitic's "s", or right after it ("Myanmar ’ s
    # | Supreme Court", where the parser took "’ s" for "is")
    if (start >= 3 and doc[start - 1].lower_ == "s" and doc[start - 1].tag_ == "POS"
            and doc[start - 2].text in _APOSTROPHES):
        start -= 1
    if start >= 2 and doc[start].lower_ == "s" and doc[start - 1].text in _APOSTROPHES:
        k = start - 2
        while k >= 0 and doc[k].pos_ in _NOMINAL_POS | {"DET"} and doc[k].text not in _APOSTROPHES:
            k -= 1
            if doc[k + 1].pos_ == "DET":
                break
        start = min(start, k + 1)
    # possessed noun cut off: the phrase ends right before the clitic
    pend = _possessed_end(doc, end)
    if pend is not None:
        end = pend
        for c in doc[end - 1].children:
            # "Mexico ’ s handling of the epidemic": only "of" is trusted in what follows a
            # misparsed clitic; other attachments there are the parser's guesses.
            if c.left_edge.i == end and c.lower_ == "of" and _keep_child(doc[end - 1], c):
                end = max(t.i for t in _inner(c)) + 1
    # "let free" / "set free" is one verb: "Yemen let FREE activists" parses "free" as the
    # adjective of the released, who are named without it
    if start > 0 and end - start > 1 and doc[start].lower_ in {"free", "loose"} and doc[start].pos_ == "ADJ" \
            and doc[start - 1].lemma_.lower() in {"let", "set"}:
        start += 1
    # ... and so is "shot dead": "forces shot DEAD hundreds of protesters"
    if start > 0 and end - start > 1 and doc[start].lower_ == "dead" \
            and doc[start - 1].lemma_.lower() in {"shoot", "gun"}:
        start += 1
    # a number the parser left as a sibling of the noun it counts: "deported | 1 , 086 |
    # Myanmar migrants" (a spaced number merged into one token is often parsed so)
    if start > 0 and doc[start - 1].pos_ == "NUM" and doc[start - 1].dep_ == head.dep_ \
            and doc[start - 1].head.i == head.head.i and not list(doc[start - 1].children):
        start -= 1
    # a name split at a letter the tokenizer spaced out: "Enrique Pe ñ | a Nieto"
    if start >= 2 and len(doc[start - 1].text) == 1 and doc[start - 1].text.isalpha() \
            and not doc[start - 1].text.isascii() and doc[start - 2].is_title:
        start -= 2
        while start > 0 and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].dep_ in {"compound", "amod"}
                             and doc[start - 1].head.i >= start):
            start -= 1
    # a hyphenated name cut at a hyphen: "Hezb - e - | Islami" (the parser hangs the parts apart)
    while start >= 2 and doc[start - 1].text == "-" and doc[start - 2].tag_ == "NNP" and doc[start].tag_ == "NNP":
        start -= 2
    # a name cut where the parser hung its middle word on the verb: "Taiwan Representative Bi
    # khim | Hsiao expressed", "khim" an adverbial of "expressed"
    if start >= 1 and doc[start - 1].tag_ == "NNP" and doc[start - 1].dep_ == "npadvmod" \
            and doc[start - 1].head.i == head.head.i and head.dep_ == "nsubj" and doc[start].tag_ == "NNP":
        start = doc[start - 1].left_edge.i
    # a title abbreviation cut off before the name: "Mr . | Sisi rejected"
    if start >= 2 and doc[start - 1].text == "." and doc[start - 2].lower_ in TITLE_ABBREVIATIONS:
        start -= 2
    # a spaced middle initial cut off with the names before it: "US Ambassador John R . | Bass"
    if start >= 2 and doc[start - 1].text == "." and len(doc[start - 2].text) == 1 and doc[start - 2].is_upper \
            and doc[start].pos_ == "PROPN":
        start -= 2
        while start > 0 and (doc[start - 1].pos_ == "PROPN" or start <= doc[start - 1].head.i < end
                             and doc[start - 1].dep_ in {"compound", "amod", "det", "nmod", "poss"}):
            start -= 1
    # a title abbreviation split from its name: "a request by Mr . Erdogan"
    if (end + 1 < len(doc) and doc[end - 1].lower_ in TITLE_ABBREVIATIONS and doc[end].text == "."
            and doc[end + 1].pos_ == "PROPN"):
        end += 2
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
    # a name's own "for"/"to" phrase the parser hung on the verb: "outlawed the Association | for
    # the Defence of Human Rights", "support the Plan of Action | to End Violence Against Children"
    if end < len(doc) and doc[end].lower_ in {"for", "to"} and doc[end - 1].tag_ in {"NNP", "NNPS"} \
            and doc[end - 1].ent_type_ not in {"GPE", "PERSON"} and doc[end].dep_ == "prep" \
            and doc[end].head.i == head.head.i:
        obj = _pobj(doc[end])
        words = list(doc[end + 1: obj.right_edge.i + 1]) if obj is not None else []
        if (words and obj.ent_type_ not in {"GPE", "PERSON", "NORP", "LOC"} | _TIME_ENTS
                and all(t.is_title or t.lower_ in {"the", "of", "and", "for", "on", "against", "-"} or t.is_punct
                        and t.text in {"(", ")"} or t.text.isupper() for t in words)
                and words[-1].text != "(" and any(t.is_title for t in words)):
            end = obj.right_edge.i + 1
    # a title's "to" phrase the parser hung on the verb: "received the Ambassador | to Bahrain"
    if end < len(doc) and doc[end].lower_ == "to" and doc[end].dep_ == "prep" and doc[end].head.i == head.head.i \
            and doc[end - 1].i == head.i and head.lemma_.lower() in _ACCREDITED:
        obj = _pobj(doc[end])
        if obj is not None and (obj.ent_type_ in {"GPE", "ORG", "NORP", "LOC"} or obj.lemma_.lower() in _PARTY_TO):
            end = obj.right_edge.i + 1
    # a bracketed acronym or name right after the phrase (the parse may have kept the "(" alone)
    opening = end if end < len(doc) and doc[end].text == "(" else end - 1 if doc[end - 1].text == "(" else None
    if opening is not None:
        close = next((j for j in range(opening + 1, min(len(doc), opening + 10)) if doc[j].text == ")"), None)
        if close is not None and close > opening + 1 and all(
                t.pos_ == "PROPN" or t.text.isupper() or t.text in {"-", ".", "/", "&"} for t in doc[opening + 1:close]):
            end = close + 1
    # dates and times at the right edge
    while end - 1 > max(start, head.i) and (doc[end - 1].ent_type_ in _TIME_ENTS or doc[end - 1].is_punct
                                            and doc[end - 1].text not in {")", "]"}):
        if doc[end - 1].ent_type_ in _TIME_ENTS and doc[end - 1].ent_iob_ == "B" and end - 2 >= start \
                and doc[end - 2].dep_ == "prep":
            end -= 1  # also drop the "in" of "in May"
        end -= 1
    # a participle whose only complement was that date: "the offer proposed | in late February"
    last = doc[end - 1]
    if end - 1 > max(start, head.i) and last.dep_ == "acl" and last.tag_ in {"VBN", "VBG", "VBD"} \
            and last.head.i < last.i and any(True for _ in last.children) \
            and all(c.i >= end for c in last.children):
        end -= 1
    return start, end


def _make_actor(head: Any, doc: Any) -> Actor:
    if _dateline_word(head):
        # "JUBA (Reuters) - South Sudan's first vice president Riek Machar was placed under house
        # arrest": the parser made the dateline the subject and the party its apposition
        head = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i and any(
            t.text in DASHES for t in doc[head.i:c.left_edge.i])), head)
    s, e = actor_span(head)
    return _actor_of_span(s, e, doc)


def _actor_of_span(s: int, e: int, doc: Any) -> Actor:
    """The coded actor of tokens ``doc[s:e]``."""
    span = doc[s:e]
    start, end = span.start_char, span.end_char
    text = doc.text[start:end]
    coded = code_phrase(text)
    if coded is None or coded.country is None:
        coded = _coded_through_owner(span) or coded
    name = coded.name if coded else None
    if name is None:
        ents = [ent for ent in doc.ents if ent.start >= s and ent.end <= e and ent.label_ in {"PERSON", "ORG", "NORP", "GPE"}]
        if ents:
            name = ents[0].text
    return Actor(text=text, start=start, end=end, name=name,
                 country=coded.country if coded else None,
                 sector=coded.sector if coded else None,
                 code=coded.code if coded else None)


# Sectors of a state's own bodies: what such a body owns keeps its own sector.
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})


def _coded_through_owner(span: Any) -> ActorCode | None:
    """The code of a phrase whose owner is a pronoun, read with the party the pronoun stands for:
    "the Sudanese army said ITS aircraft struck" (the Sudanese army's aircraft, SDNMIL),
    "Hezbollah has not fired, but ITS leader warned" (Hezbollah's leader, LBNINS), "the RSF
    commander said HIS forces had accepted" (the RSF, SDNREB). Only a subject
    whose own words name a sector: an object's "their" is often another party's ("troops raided
    THEIR hideout"), and "their strategy" is no actor."""
    root = span.root
    pron = next((t for t in root.children if t.dep_ == "poss" and t.lower_ in ("its", "their", "his", "her")), None)
    if pron is None or not (root.dep_ in ("nsubj", "nsubjpass") or root.dep_ == "pobj" and root.head.dep_ == "agent"):
        return None  # (a doer: the subject, or a passive's "by" phrase)
    rest = " ".join(t.text for t in span if t.i != pron.i and not (t.i < pron.i and t.dep_ == "det"))
    own = code_phrase(rest)
    if own is None or not own.sector:
        return None
    if pron.lower_ in ("his", "her") and own.sector not in _STATE_SECTORS | {"REB", "INS", "UAF"}:
        return None  # (a person's forces or ministry are his party's; his wife is no blogger)
    owner = _antecedent(pron)
    if owner is None or owner.i in range(span.start, span.end) or owner.lower_ in _PRONOUNS:
        return None
    s, e = actor_span(owner)
    coded = code_phrase(f"{span.doc[s:e].text} 's {rest}")
    if coded is None or coded.country is None:
        return None
    if coded.sector in _STATE_SECTORS and own.sector != coded.sector:
        # a state's thing keeps its own sector: "the Ministry of Defense reported that THEIR AIR
        # FORCE killed …" is the Russian military, not the ministry
        return ActorCode(name=coded.name, country=coded.country, sector=own.sector, code=coded.country + own.sector)
    return coded


def _children(tok: Any, deps: set[str]) -> list[Any]:
    return [c for c in tok.children if c.dep_ in deps]


def _pobj(prep: Any) -> Any | None:
    for c in prep.children:
        if c.dep_ == "pcomp" and c.tag_ == "VBG" and not (
                prep.lower_ == "with" and prep.i > 0 and prep.doc[prep.i - 1].text == ","):
            # "opened fire on PALESTINIANS waiting for aid": the parser makes the noun the subject
            # of a gerund clause; the noun is the object (not of an absolute "…, with 10,000 people
            # turning out", which sets the scene)
            subj = next((g for g in c.children if g.dep_ == "nsubj" and g.i < c.i and g.pos_ in ("NOUN", "PROPN")),
                        None)
            if subj is not None:
                return subj
        if c.dep_ == "pcomp" and (crowd := _protesting_crowd(c)) is not None:
            return crowd  # "opened fire on PROTESTING GARMENT WORKERS": the crowd, not a protest
        if c.dep_ in {"pobj", "pcomp"}:
            return c
    return None


def _protesting_crowd(verb: Any) -> Any | None:
    """The people a protest verb read as a gerund right after a preposition describes: "on
    PROTESTING garment WORKERS" (the parser made the workers its object), else None."""
    if verb.tag_ != "VBG" or verb.i != verb.head.i + 1 or verb.lemma_.lower() not in _PROTEST_VERBS:
        return None
    return next((o for o in verb.children if o.dep_ == "dobj" and o.tag_ in ("NNS", "NNPS") and _person_noun(o)),
                None)


def _is_passive(verb: Any) -> bool:
    """Whether a verb is passive: its own passive subject or auxiliary, or a participle
    conjoined to a passive verb ("was arrested in May and FREED by the army")."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return True
    # (not one with an object of its own: "had been arrested and ACCUSED the opposition")
    return (verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.i != verb.i
            and not any(c.dep_ in _SUBJ | {"aux", "dobj"} for c in verb.children)
            and any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.head.children))


# People (or their remains) held and handed back
_CAPTIVE_NOUNS = frozenset({"hostage", "prisoner", "captive", "detainee", "inmate", "body", "remains"})


# Two-word terms whose words would read as agents: "artificial INTELLIGENCE"
_NOT_AGENTS = frozenset({("artificial", "intelligence"), ("business", "intelligence"), ("emotional", "intelligence")})


def _people_before_who(rel: Any, verb: Any) -> Any | None:
    """The people a "who" clause tells of where the parser hung it on a thing before them: "fired
    TEAR GAS at PROTESTERS in Nairobi on Tuesday WHO were demonstrating" (the protesters
    demonstrate, not the gas). The nearest person noun between the thing and "who"."""
    head = verb.head
    if rel.lower_ != "who" or head.pos_ not in ("NOUN", "PROPN") or _person_noun(head) or _actor_like(head):
        return None
    return next((t for t in reversed(verb.doc[head.i + 1:rel.i]) if t.pos_ in ("NOUN", "PROPN") and _person_noun(t)),
                None)


def _past_dateline(dateline: Any, verb: Any, deps: set[str]) -> Any | None:
    """The real subject where the parser made the dateline a verb's subject and hung the subject
    after the dash on it: "TEGUCIGALPA, Honduras -- Xiomara Castro … has rejected", "QUITO, Nov 10
    (Reuters) - At least 31 inmates were killed" (or the verb's second subject: "CAIRO -- A suicide
    bomber and two gunmen attacked"; a conjunct: "BAMAKO, Nov 24 (Reuters) - Malian soldiers and
    Russian mercenaries killed"; or deeper, hung on the dateline's date: "KINSHASA, Jun 26
    (Reuters) - CONGO and Rwanda signed"). ``deps``: the subject relations of the verb."""
    dash = dateline_dash(dateline) or verb.i
    # (also hung on the agency the parser made a second subject: "OUAGADOUGOU, Dec 2 (Reuters) -
    # Burkina Faso's JUNTA suspended", the junta apposed to "Reuters")
    filed = [dateline] + [c for c in _children(verb, deps) if dateline.i < c.i < dash]
    deeper = [t for f in filed for t in f.subtree if t.i > dash and t.dep_ in ("appos", "conj") and t.head.i < dash]
    found = [c for c in list(_children(verb, deps)) + list(dateline.children) + deeper
             if c.i > dateline.i and c.dep_ in deps | {"appos", "conj"}
             and any(t.text in DASHES for t in verb.doc[dateline.i:c.i])]
    # the first after the dash ("SANAA … - Israeli air STRIKES on the Yemeni capital Sanaa killed":
    # not the capital's name the parser made a second subject)
    first = min(found, key=lambda c: c.i, default=None)
    if first is not None and first.pos_ == "VERB":
        # (a clause hung there is no name: "DAKAR (Reuters) - Guinea-Bissau's MILITARY seized power
        # …, and detained the president" - its subject is)
        first = next((c for c in first.children if c.dep_ == "nsubj" and c.i < first.i), None)
    return first


def _calls_on(verb: Any) -> bool:
    """An active appeal to someone named: "called ON THE RSF to protect civilians" (not the
    passive "called on to resign", whose "on" names nobody)."""
    return verb.lemma_.lower() in ("call", "appeal") and any(
        _pobj(p) is not None for p in _children(verb, {"prep"}) if p.lower_ in ("on", "upon", "to"))


# Endings of abstract nouns, never a person a "he" or "she" refers back to
_ABSTRACT_ENDINGS = ("tion", "ment", "ness", "ity", "ance", "ence", "ship", "ism", "sion")


# Verbs of answering a charge
_CHARGE_DENIALS = frozenset({"deny", "reject", "dispute", "refute"})


def _accused_denying(pron: Any) -> Any | None:
    """Whom a pronoun denying a charge stands for: the one accused ("Pashinyan has accused CHURCH
    LEADERS of plotting a coup, a charge THEY deny"), not the accuser the subject climb finds."""
    verb = pron.head
    charge = verb.head
    if pron.dep_ != "nsubj" or verb.lemma_.lower() not in _CHARGE_DENIALS or verb.dep_ != "relcl" \
            or charge.lemma_.lower() not in CLAIM_NOUNS:
        return None
    accusing = next((a for a in charge.ancestors if a.lemma_.lower() in CHARGE_VERBS and a.pos_ == "VERB"), None)
    accused = next((c for c in accusing.children if c.dep_ == "dobj"), None) if accusing is not None else None
    if accused is None or accused.lower_ in _PRONOUNS:
        return None
    plural = pron.lower_ == "they"
    return accused if plural == (accused.tag_ in ("NNS", "NNPS")) or accused.ent_type_ == "GPE" else None


def _crowd_held(pron: Any) -> Any | None:
    """Whom "they" protesting stands for in a clause set beside their arrest or dispersal: "police
    arrested HUNDREDS OF SUPPORTERS of Imran Khan as THEY tried to march on the capital", "as they
    tried to hold a rally" (not the police, the main clause's subject)."""
    clause = pron.head
    if pron.lower_ != "they" or pron.dep_ != "nsubj" or clause.dep_ != "advcl":
        return None
    acts = [clause, *_children(clause, {"xcomp"})]
    acts += _children(acts[-1], {"dobj"})  # (or what they tried to hold: "as they tried to hold A RALLY")
    if not any((trigger_code(v) or "")[:2] == "14" for v in acts):
        return None
    held = clause.head
    if (trigger_code(held) or "")[:2] not in ("17", "18", "19"):
        return None
    # (or whom it was used to disperse: "used water cannons TO DISPERSE BJP ACTIVISTS … after they took out a rally")
    objs = _children(held, {"dobj"}) + [o for a in _children(held, {"advcl", "xcomp"}) for o in _children(a, {"dobj"})]
    return next((o for o in objs if (o.tag_ == "NNS" or o.lower_ in QUANTITY_HEADS)
                 and o.lemma_.lower() not in PROJECTILE_NOUNS), None)


def _antecedent(pron: Any) -> Any | None:
    """A non-pronoun actor a personal pronoun subject refers back to, within the doc.

    First the subject of a governing clause ("NAF says it has killed ..."), then the nearest
    earlier named person, organisation or country.
    """
    cur = pron.head
    personal = pron.lower_ in ("he", "she", "his", "her", "him")
    # (a neuter pronoun in a relative clause is no person of the main clause: "Aoun called on
    # France to make Israel leave the hilltops IT occupies"; elsewhere the corpora read "Turkey's
    # president says it will …" as the president)
    # (nor in a condition set on another: "Netanyahu vowed to disarm Hamas if IT refuses")
    neuter = pron.lower_ in ("it", "its") and (pron.head.dep_ == "relcl" or pron.head.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in pron.head.children))
    if pron.lower_ in ("it", "they") and pron.dep_ in _SUBJ and cur.dep_ == "acl" and cur.head.pos_ == "NOUN" \
            and not (cur.head.dep_ == "pobj" and cur.head.head.head.lemma_.lower() in cues()["speech_verbs"]):
        # "despite THE GROUP's announcement that IT would disarm": whose word it is (not "said after
        # the ministry's statement that she was ready", a clause of the saying the parser hung there)
        said_by = next((c for c in cur.head.children if c.dep_ == "poss" and c.ent_type_ != "PERSON"
                        and c.lower_ not in _PRONOUNS | {"its", "their"}), None)
        if said_by is not None:
            return said_by
    accused = _accused_denying(pron) or _crowd_held(pron)
    if accused is not None:
        return accused
    for _ in range(6):
        if cur.head is cur:
            break
        cur = cur.head
        # ('"WE will defend ourselves," Kanyuka said': the speaker after the quotation)
        quoted = pron.lower_ in ("we", "i", "our", "us", "my") and cur.lemma_.lower() in cues()["speech_verbs"]
        subj = next((c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"} and (c.i < pron.i or quoted)
                     and dateline_dash(c) is None), None)  # (not a dateline the parser made a subject)
        if subj is None:
            # (but the subject it hangs after its dash: "DAKAR (Reuters) - Burkina Faso's JUNTA said
            # IT had foiled …")
            filed = next((c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < pron.i
                          and dateline_dash(c) is not None), None)
            subj = _past_dateline(filed, cur, {"nsubj", "nsubjpass"}) if filed is not None else None
        one_person = subj is not None and (subj.ent_type_ == "PERSON" or _person_noun(subj))
        plural = pron.lower_ in ("they", "them", "their") and pron.head.dep_ == "relcl" and subj is not None \
            and subj.tag_ in ("NN", "NNP")
        if one_person and (neuter or plural):
            # "Aoun called on France to pressure Israel to leave the hilltops IT occupies": no person;
            # the body the person's clause acts on may be ("Nangaa blamed THE CONGOLESE GOVERNMENT
            # for the blasts, which IT denied"; "blamed THE REBELS …, which THEY denied")
            number = ("NNS", "NNPS") if plural else ("NN", "NNP")
            body = next((o for o in cur.children if o.dep_ == "dobj" and o.i < pron.i and o.tag_ in number
                         and o.ent_type_ != "PERSON" and not _person_noun(o)
                         and (code_phrase(o.text) or _NO_CODE).sector in _BODY_SECTORS), None)
            if body is not None:
                return body
            if neuter:
                continue
        if one_person and pron.lower_ == "it" and pron.dep_ in _SUBJ and pron.head.dep_ == "advcl" \
                and (body := _body_acted_on(cur, pron)) is not None:
            return body  # "Colombia's president suspended talks with THE ELN after IT attacked a base": no person
        if subj is not None and pron.dep_ == "poss" and pron.head.dep_ == "pobj" and answer_phrase(pron.head.head):
            continue  # "the UN imposed sanctions in response to ITS invasion of Kuwait": not its own act
        if subj is not None and subj.tag_ in ("WP", "WDT") and cur.dep_ == "relcl" \
                and cur.head.pos_ in ("NOUN", "PROPN") and pron.lower_ in ("they", "their", "them") \
                and cur.head.tag_ in ("NNS", "NNPS", "NNP") \
                and all(t.is_punct for t in pron.doc[cur.head.i + 1:cur.left_edge.i]):
            # the clause's "who" is its noun: "the Pakistani TALIBAN, who have stepped up attacks
            # since THEY ended a ceasefire" (not the main clause's "suspicion")
            return cur.head
        if subj is not None and subj.lower_ not in _PRONOUNS:
            # (nor someone's kin: "HIS FAMILY said, days after HE criticised the president" - the one
            # the clause reported acts on)
            kin = subj.tag_ == "NN" and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in subj.children)
            if personal and (subj.tag_ in ("NNS", "NNPS") or subj.ent_type_ in ("GPE", "NORP") or kin):
                # "Supporters of Benazir Bhutto clashed … after SHE urged": a group is no "she"; the
                # one person the clause acts on may be ("forces arrested A JOURNALIST after HE
                # criticised the army")
                told = [cur] + [c for c in cur.children if c.dep_ == "ccomp" and c.i < pron.i] if kin else [cur]
                obj = next((c for v in told for c in v.children if c.dep_ == "dobj" and c.i < pron.i
                            and c.tag_ in ("NN", "NNP") and (_person_noun(c) or c.ent_type_ == "PERSON")), None)
                if obj is not None:
                    return obj
                # (else the one who says it, a clause up: "THE OPPOSITION LEADER said security forces
                # raided HIS home")
                continue
            if pron.lower_ in ("they", "their", "them") and subj.tag_ == "NNP" and subj.ent_type_ == "GPE" \
                    and not any(c.dep_ == "conj" for c in subj.children):
                # "Venezuela suspended the licences of six AIRLINES after THEY halted flights": one
                # state is no "they"; the group the clause acts on may be (not an act: "the ARRESTS")
                pair = next((t for t in reversed(pron.doc[subj.i + 1:pron.i]) if t.ent_type_ in ("GPE", "NORP", "ORG")
                             and any(c.dep_ == "conj" and c.ent_type_ in ("GPE", "NORP", "ORG") for c in t.children)),
                            None)
                if pair is not None:
                    return pair  # "Japan lifted sanctions imposed on INDIA AND PAKISTAN after THEIR nuclear tests"
                many = [g for o in cur.children if o.dep_ == "dobj" and o.i < pron.i
                        for g in [o, *(q for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                                       for q in p.children if q.dep_ == "pobj")]
                        if g.tag_ == "NNS" and trigger_code(g) is None]
                if many:
                    return many[-1]
            last = max((c for c in cur.children if c.dep_ == subj.dep_ and (c.i < pron.i or quoted)),
                       key=lambda c: c.i, default=subj)  # (a subject found past a dateline hangs elsewhere)
            if personal and last.pos_ == "NOUN" and not _person_noun(last) and (
                    trigger_code(last) is not None or last.lemma_.lower().endswith(_ABSTRACT_ENDINGS)
                    or last.lemma_.lower() in ("mood", "visit", "arrest", "charge", "life", "career")):
                continue  # "HIS RE-ELECTION came after he fought": an event or a state is no "he"
            return subj
    if pron.lower_ == "it" and pron.dep_ in ("nsubj", "nsubjpass") and pron.i == pron.sent.start > 0:
        # "The military government … did not respond. IT has repeatedly denied targeting
        # civilians": the body the sentence before was about, when it is one
        before = pron.doc[pron.sent.start - 1].sent.root
        subj = next((c for c in before.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        coded = code_phrase(subj.text) if subj is not None and subj.tag_ in ("NN", "NNP") else None
        if coded is not None and coded.sector in _BODY_SECTORS:
            return subj
    if pron.lower_ == "they" and pron.dep_ in ("nsubj", "nsubjpass") and pron.i == pron.sent.start > 0:
        # "GUNMEN attacked a village in Niger's Tillaberi region. THEY killed 22 civilians": the
        # plural doers the sentence before was about, not the last state named (nor whoever told it:
        # "ARMED MEN killed 14 people …, police said. THEY also abducted several miners")
        for clause in _clauses_before(pron):
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.tag_ in ("NNS", "NNPS") and _actor_like(subj):
                return subj
    if pron.lower_ in ("he", "she") and pron.dep_ in ("nsubj", "nsubjpass") and pron.i == pron.sent.start > 0:
        # "Police arrested A MAN suspected of planning an attack. HE was detained at the airport": the
        # one person the sentence before acted on (a passive's) or had act (an active's)
        one = _one_person_before(pron)
        if one is not None:
            return one
    want = {"he": {"PERSON"}, "she": {"PERSON"}, "his": {"PERSON"}, "her": {"PERSON"}}.get(
        pron.lower_, {"ORG", "GPE"} if neuter else {"ORG", "GPE", "NORP", "PERSON"})
    for ent in reversed([e for e in pron.doc.ents if e.end <= pron.i and e.label_ in want]):
        if dateline_dash(ent.root) is not None:
            continue  # "DAMASCUS, Dec 3 (Reuters) - … three men THEY accused": where it was filed
        if ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN" \
                and ent.root.head.lemma_.lower() in FACILITY_NOUNS | PLACE_NOUNS:
            continue  # "outside a DAKAR courthouse … THE GOVERNMENT has banned": a thing's place, no state
        return ent.root
    return None


def _clauses_before(pron: Any) -> list[Any]:
    """The clauses of the sentence before the one ``pron`` opens, as a pronoun looks back at them:
    the clause it reports first ("ARMED MEN killed 14 people, police said"), then its main one."""
    before = pron.doc[pron.sent.start - 1].sent.root
    told = [c for c in before.children if c.dep_ == "ccomp" and c.i < before.i] \
        if before.lemma_.lower() in cues()["speech_verbs"] else []
    return [*told, before]


def _party_of_the_clause_set(pron: Any) -> Any | None:
    """Whom a passive pronoun of a clause set beside another ("before HE was shot dead", "when THEY
    were ambushed") stands for: for "he" or "she" the nearest one person named before it in the
    sentence ("restrictions imposed on former Prime Minister EHUD OLMERT when HE was released", not the
    president who lifted them); for "they" the antecedent, where it is a party of that other clause
    itself (its subject or object, or what its own pronoun stands for); else None."""
    if pron.lower_ in ("he", "she"):
        return next((t for t in reversed(list(pron.doc[pron.sent.start:pron.i])) if t.tag_ in ("NN", "NNP")
                     and t.dep_ not in ("compound", "poss") and (t.ent_type_ == "PERSON" or _person_noun(t))), None)
    one = _antecedent(pron)
    if one is None:
        return None
    parties = [c for c in pron.head.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return one if any(c.i == one.i or c.lower_ in _PRONOUNS and _antecedent(c) is one for c in parties) else None


def _one_person_before(pron: Any) -> Any | None:
    """The person the sentence before ``pron``'s names in its main clause (or the clause it reports):
    its object for a passive pronoun, its subject for an active one, then the other; for a passive
    one, a verb joined to the clause first, the later act nearer the pronoun ("Armed men stormed the
    offices and DETAINED ITS CHAIRMAN. HE was released hours later")."""
    passive = pron.dep_ == "nsubjpass"
    for clause in _clauses_before(pron):
        joined = [c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > clause.i] \
            if passive else []
        for verb in [*reversed(joined), clause]:
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            order = (obj, subj) if passive else (subj, obj)
            one = next((t for t in order if t is not None and t.tag_ in ("NN", "NNP")
                        and (t.ent_type_ == "PERSON" or _person_noun(t))), None)
            if one is not None:
                return one
    return None


# Sectors of bodies an "it" can stand for
_BODY_SECTORS = frozenset({"GOV", "MIL", "COP", "REB", "INS", "JUD", "LEG", "PTY"})


def _body_acted_on(verb: Any, pron: Any) -> Any | None:
    """The one body named before ``pron`` that ``verb`` acts on or deals with: its object, or the
    party of a "with"/"against" phrase on the verb or its object ("suspended talks WITH THE ELN")."""
    objs = [o for o in _children(verb, {"dobj"}) if o.i < pron.i]
    cands = objs + [p for h in [verb, *objs] for p in _prep_objects(h, ("with", "against")) if p.i < pron.i]
    bodies = [o for o in cands if o.ent_type_ != "PERSON" and not _person_noun(o) and o.tag_ in ("NN", "NNP")
              and _sector_of(o) in _BODY_SECTORS]
    return bodies[0] if len(bodies) == 1 else None


# Nouns that with "no" name no one: "no group", "no one", "no organisation"
_ANY_ONE = frozenset({"group", "one", "organisation", "organization", "faction", "body", "party", "individual"})
# Verbs of a threat whose "that" clause's subject is the one threatened, unless it is the speaker's own side
_ANNOUNCING_THREATS = frozenset({"warn", "threaten", "vow", "pledge"})
# Verbs whose object is urged to do what their "to" clause says
_URGING = frozenset({"urge", "press", "pressure", "push", "encourage", "persuade", "implore"})


def _told_of(noun: Any, head: Any) -> bool:
    """Whether an event noun is what a report or an account tells, between it and its verb:
    "aid agencies had received REPORTS OF mass killings" (the agencies killed no one)."""
    tok = noun
    for _ in range(4):
        if tok.i == head.i or tok.head.i == tok.i:
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in TELLING_NOUNS:
            return True
        tok = tok.head
    return False


def _object_antecedent(pron: Any, source: Any | None) -> Any | None:
    """The party an object pronoun refers back to: "called Erdogan and urged HIM", "hit the
    positions and destroyed THEM" - the nearest earlier person for him/her, the nearest earlier
    plural party or place for them, heading its own phrase (not "of" inside another). Never
    the event's own source: "police beat them" does not mean the police."""
    person = pron.lower_ in {"him", "her"}
    verb = pron.head
    if pron.dep_ == "dobj" and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i < pron.i:
        # the object of the clause a participle hangs on: "have detained more than 50 UN STAFF,
        # accusing THEM of spying" (a collective noun, no plural form)
        # (or the object of the clause the verb took: "voted TO IMPEACH THE DEPUTY PRESIDENT, accusing HIM")
        objs = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < pron.i] + [
            o for x in verb.head.children if x.dep_ == "xcomp" and x.i < verb.i
            for o in x.children if o.dep_ == "dobj" and o.i < pron.i]
        # ("them" a plural one where there is one: "ask the constitutional court to ban THE OPPOSITION
        # PARTIES, accusing THEM of sabotage")
        obj = next((o for o in objs if o.tag_ in ("NNS", "NNPS")), None) if pron.lower_ == "them" else None
        obj = obj or next(iter(objs), None)
        thing = pron.lower_ == "it"  # ("seized a foreign TANKER, accusing IT of smuggling fuel")
        if thing and obj is not None and not _actor_like(obj):
            # (the body a thing named belongs to: "suspended the licence OF A TELEVISION CHANNEL, accusing IT";
            # or the party ties are with: "cut diplomatic ties WITH THE UNITED ARAB EMIRATES, accusing IT")
            obj = next((p for p in _prep_objects(obj, ("of", "with")) if _actor_like(p)), obj)
        if obj is not None and (source is None or obj.i != source.i) and (
                # (a singular party is a person too: "expelled a Russian DIPLOMAT, accusing HIM")
                _person_noun(obj) or obj.ent_type_ == "PERSON" or obj.tag_ == "NN" and _actor_like(obj) if person
                # (a state's plural name is one: "the United Arab EMIRATES")
                else obj.pos_ in ("NOUN", "PROPN") and (obj.tag_ not in ("NNS", "NNPS") or obj.ent_type_ == "GPE")
                if thing
                else _actor_like(obj) or _person_noun(obj)):
            return obj
    if pron.lower_ == "it":
        return None
    if pron.lower_ == "them" and verb.lemma_.lower() in _DISPERSING:
        # whom a crowd-control act breaks up is the crowd that gathered, not the nearest plural
        # ("students marched … to protest Rwanda's support for M23 REBELS. Police fired tear gas to
        # disperse THEM")
        crowd = next((t for t in reversed(pron.doc[:pron.i]) if t.dep_ == "nsubj" and (
            t.head.lemma_.lower() in _PROTEST_VERBS or (trigger_code(t.head) or "")[:2] == "14")), None)
        if crowd is not None:
            return crowd
    # (nor the subject of its own clause or of the one its infinitive serves: "POLICE fired tear
    # gas to disperse THEM" are not the police, whoever the event's source is taken to be)
    own = [s for v in ((verb, verb.head) if verb.dep_ in ("xcomp", "advcl") else (verb,)) for s in _children(v, _SUBJ)]
    # (a place does not do what it is told: "a ceasefire that required THEM to withdraw" are the troops,
    # not the villages named last)
    doer = pron.dep_ == "dobj" and any(c.dep_ == "xcomp" and c.i > pron.i for c in verb.children)
    for tok in reversed(pron.doc[:pron.i]):
        if tok.dep_ in {"compound", "poss", "amod"} or tok.is_punct \
                or source is not None and source.left_edge.i <= tok.i <= source.i \
                or any(s.left_edge.i <= tok.i <= s.i or s.lemma_.lower() == tok.lemma_.lower() for s in own):
            continue  # (nor a word of the source's own name: "President al-Sisi pardoned HIM"; nor the
            # subject named again: "Demonstrators clashed with POLICE. Police fired tear gas to disperse THEM")
        if person and (tok.ent_type_ == "PERSON" or tok.tag_ == "NN" and tok.dep_ in ("dobj", "nsubjpass")
                       and _person_noun(tok) and _actor_like(tok) and tok.head.i == verb.head.i
                       and verb.dep_ == "conj"):
            return tok  # (or the person the verb joined to it acted on: "detained an opposition LEADER
            # and charged HIM")
        if not person and tok.tag_ in {"NNS", "NNPS"} and _in_other_relative(tok, pron):
            continue  # (nor a noun inside a relative clause on another: "sanctions on 12 OFFICIALS it
            # accused of taking part in the crackdown on protesters, … banning THEM": the officials)
        if not person and tok.tag_ in {"NNS", "NNPS"} and (_actor_like(tok) or _is_place(tok) and not doer
                                                           or _person_noun(tok)):
            top = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
            return top if top.pos_ in {"NOUN", "PROPN"} else tok
    return None


def _in_other_relative(tok: Any, pron: Any) -> bool:
    """Whether a word stands inside a relative clause on a party ("12 OFFICIALS it accused of …")
    that the pronoun is not in: the party is the nearer antecedent (not so on a thing: "the only
    WAY that separatists manage …, resources provided to THEM" are the separatists)."""
    return any(a.dep_ == "relcl" and not a.left_edge.i <= pron.i <= a.right_edge.i and _actor_like(a.head)
               for a in tok.ancestors)


def _anaphoric_state(tok: Any) -> bool:
    """Whether a subject refers back to a state named before: "Putin said HIS COUNTRY will not
    lift the ban", "Bangladesh said ... the first time THE COUNTRY has threatened"."""
    if tok.lemma_.lower() not in {"country", "government", "nation"}:
        return False
    kids = list(tok.children)
    if any(c.dep_ in {"amod", "compound", "prep", "nmod"} for c in kids):
        return False  # "the Kenyan government", "the government of Chad" name it themselves
    if tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in kids):
        return False  # "THE TWO COUNTRIES fought": both states, no one of them
    return any(c.dep_ == "poss" and c.pos_ == "PRON" or c.dep_ == "det" and c.lower_ == "the" for c in kids)


def _state_antecedent(tok: Any) -> Any | None:
    """The state, or the official speaking for it, that "his country" or "the government"
    refers back to; None when the nearest candidate is neither (a priest saying "the
    government must act" does not speak for it)."""
    ante = _antecedent(tok)
    if ante is None or ante.pos_ not in ("NOUN", "PROPN"):
        return None  # (nor a name the parser made a clause of: "the Committee to PROTECT Journalists")
    s, e = actor_span(ante)
    coded = code_phrase(tok.doc[s:e].text)
    return ante if coded is not None and (coded.sector == "GOV" or coded.code == coded.country) else None


def _harm_cause(verb: Any) -> Any | None:
    """Who did an agentless harm, named in the clause that says how it came about: "23
    civilians were killed AS government forces launched air strikes", "two people were killed
    WHEN ISIL launched an attack" - the attackers killed them."""
    if verb.lemma_.lower() not in HARM_VERBS:
        return None
    for c in verb.children:
        if c.dep_ == "advcl" and c.i > verb.i and any(
                m.dep_ in {"mark", "advmod"} and m.lower_ in {"as", "when", "after"} for m in c.children):
            subj = next(iter(_children(c, _SUBJ)), None)
            if (trigger_code(c) or "")[:2] == "14" or _ran_onto_a_mine(c):
                # (not who marched meanwhile: "100 were injured in clashes, AS THOUSANDS MARCHED"; nor
                # what ran onto a mine: "WHEN THEIR VEHICLE hit a landmine")
                continue
            if subj is not None and subj.lower_ not in _PRONOUNS:
                return subj
    # "a soldier was killed IN CLASHES WITH militants", "in an exchange of fire with militants":
    # the other side of the fight the harm came in
    fights = [p for p in _prep_objects(verb, ("in", "during")) if p.lemma_.lower() in FIGHT_NOUNS | _GUNFIRE_FIGHTS]
    # (its "with" hung on the fight or on what it is of: "an exchange OF FIRE WITH militants")
    sides = [o for f in fights for h in [f, *_prep_objects(f, ("of",))] for o in _prep_objects(h, ("with",))]
    return next((o for o in sides if _actor_like(o) and o.lower_ not in _PRONOUNS), None)


# Nouns of a fight with guns besides the fight nouns: "an EXCHANGE of fire", an "encounter"
_GUNFIRE_FIGHTS = frozenset({"exchange", "shoot-out", "encounter"})


def _undoing_author(verb: Any) -> Any | None:
    """Who lifts or eases, with no agent named, what they had imposed: "UN sanctions against
    Iran were lifted", "Israel's blockade was eased" - the measure's author undoes it (CAMEO 08)."""
    code = trigger_code(verb)
    if code is None or not code.startswith("08"):
        return None
    subj = next(iter(_children(verb, {"nsubjpass"})), None)
    if subj is None or trigger_code(subj) is None:
        return None
    return next((c for c in subj.children if c.dep_ in {"compound", "poss"} and c.i < subj.i and _actor_like(c)), None)


def _inverted_object(verb: Any) -> Any | None:
    """The object of a misparsed small clause: "Egypt let FREE the activist" parsed with the
    activist as the subject of "free" (a bare verb complement whose "subject" follows it)."""
    if verb.dep_ != "ccomp" or verb.tag_ != "VB" or any(c.dep_ in {"aux", "mark"} for c in verb.children):
        return None
    return next((c for c in _children(verb, _SUBJ) if c.i > verb.i), None)


# Verbs whose object does what their "to" clause says: "urged Kenya TO RELEASE", "called on
# the government TO RELEASE", "asked Ankara TO WITHDRAW".
# (the shared control verbs less "push", "help" and "direct", with four more verbs of asking)
_OBJECT_CONTROL_VERBS = CONTROL_VERBS - {"push", "help", "direct"} | {"request", "pressurize", "pressurise", "appeal",
                                                                      "challenge"}


def _controller(gov: Any, verb: Any) -> Any | None:
    """Who does an object-control verb's "to" clause: its object, or the object of "call on"."""
    if gov.lemma_.lower() not in _OBJECT_CONTROL_VERBS:
        return None
    # ("called Erdogan to apologize" is a phone call with a purpose: only "call ON X to" controls)
    obj = next((o for o in _children(gov, _OBJ) if o.i < verb.i), None) if gov.lemma_.lower() != "call" else None
    if obj is None and gov.lemma_.lower() in {"call", "appeal", "press"}:
        obj = next((p for p in _prep_objects(gov, ("on", "upon", "to")) if p.i < verb.i), None)
    if obj is None:
        return None
    if obj.lower_ in _OBJ_PRONOUNS:
        return _object_antecedent(obj, next(iter(_children(gov, _SUBJ)), None)) or obj
    return obj


def _bare_acronym_actor(tok: Any) -> bool:
    """An all-capitals word the actor dictionary names ("USAID"), whatever the tagger made of it."""
    if not (tok.text.isupper() and len(tok.text) >= 2 and tok.text.isalpha()):
        return False
    coded = code_phrase(tok.text)
    return coded is not None and coded.name is not None


def _dateline_word(tok: Any) -> bool:
    """Whether a word opens a dateline: an all-capital place name at the start of the text or a
    line, followed by a dash within a few words ("TEGUCIGALPA, Honduras --", "KABUL (Reuters) -",
    "BAMAKO, Nov 29 (Reuters) -")."""
    doc = tok.doc
    if not (tok.text.isupper() and len(tok.text) > 2 and tok.pos_ == "PROPN"):
        return False
    start = tok.left_edge.i
    if start > 0 and "\n" not in doc[start - 1].text_with_ws:
        return False
    dash = next((t.i for t in doc[tok.i + 1:tok.i + REACH] if t.text in DASHES and t.whitespace_), None)
    # only the place's own words, its country or state, the date and an agency before the dash
    return dash is not None and all(dateline_word(t) for t in doc[start:dash])


def _starts_clause(noun: Any) -> bool:
    """Whether a conjoined noun is the subject of the clause that follows it (an auxiliary of a
    conjoined verb right after it), which the parser joined to the phrase before."""
    doc = noun.doc
    k = noun.right_edge.i + 1
    if k >= len(doc) or doc[k].dep_ not in ("aux", "auxpass") or doc[k].head.dep_ != "conj":
        return False
    lost = _lost_subject(doc[k].head)
    return lost is not None and lost.i == noun.i


def _lost_subject(verb: Any) -> Any | None:
    """A conjoined clause's subject that the parser joined to the words before it: the noun right
    before the clause's auxiliary, hung as a conjunct ("shot a policeman and eight people WERE
    wounded")."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    if aux is None or aux.i == 0:
        return None
    prev = verb.doc[aux.i - 1]
    return prev if prev.dep_ == "conj" and prev.pos_ in {"NOUN", "PROPN"} and prev.head.i < prev.i else None


def _shared_agent(verb: Any) -> Any | None:
    """The "by" phrase of a passive coordinated with this one, when this one has none: "were
    captured, tortured and killed BY tribal fighters" (the parser hangs the agent on the last
    participle only). A participle with its own subject or auxiliary is a clause of its own:
    "was arrested on Monday and WAS released by a court" shares nothing."""
    def joined(v: Any) -> bool:  # a bare participle coordinated with the one before it
        return v.dep_ in ("conj", "advcl") and v.tag_ == "VBN" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in v.children)
    top = verb
    while joined(top) and top.head.tag_ == "VBN" and top.head.pos_ == "VERB":
        top = top.head
    stack = [top]
    while stack:
        v = stack.pop()
        if v.i != verb.i:
            found = next((_pobj(a) for a in _children(v, {"agent"})), None)
            if found is not None:
                return found
        stack += [c for c in v.children if joined(c)]
    return None


# Nouns of a stance taken "in": "marched in opposition", "struck in protest", "in solidarity"
_STANCE_NOUNS = frozenset({"opposition", "protest", "solidarity", "support", "response", "retaliation", "unison",
                           "defiance", "mourning"})
# Verbs whose complement clause shows someone doing something: "footage showed soldiers firing"
_SEEING_VERBS = frozenset({"show", "see", "watch", "hear", "film", "depict", "picture", "photograph", "notice",
                           "spot", "witness", "capture", "record"})


# Nouns of those who follow a named leader ("supporters OF Evo Morales")
_FOLLOWERS = frozenset({"supporter", "follower", "loyalist", "partisan", "backer", "ally"})


def _followers_of(verb: Any) -> Any | None:
    """The followers a protest's relative clause is about when the parser hung it on their
    leader's name: "supporters of former President Evo Morales WHO HAD BLOCKED highways" (a
    crowd's act, not the leader's); else None."""
    named = verb.head
    if (trigger_code(verb) or "")[:2] != "14" or named.tag_ != "NNP" or named.dep_ != "pobj" \
            or named.head.lower_ != "of":
        return None
    group = named.head.head
    return group if group.tag_ == "NNS" and group.lemma_.lower() in _FOLLOWERS else None


def _toll_of_the_main_clause(verb: Any) -> Any | None:
    """The main verb a harm participle after a comma tells the toll of, when the parser hung it on a
    participle describing a noun of that clause ("fired at people APPROACHING the fence, KILLING
    three"), else None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in HARM_VERBS \
            or verb.head.dep_ != "acl" or verb.doc[verb.i - 1].text != "," or _children(verb, _SUBJ):
        return None
    main = verb.head.head
    for _ in range(8):
        if main.pos_ in ("VERB", "AUX") or main.head.i == main.i:
            break
        main = main.head
    return main if main.pos_ in ("VERB", "AUX") and main.i < verb.head.i else None


def _subject(verb: Any, depth: int = 0) -> Any | None:
    """Subject of a verb, climbing xcomp/conj/advcl chains and reported-speech pronouns."""
    if depth > 4:
        return None
    if _force_suffered(verb) or _ran_onto_a_mine(verb):
        # "demonstrators were TEAR-GASSED", "their vehicle HIT A LANDMINE": they suffered it; no doer
        # named but whoever laid the mine ("a mine LAID BY THE REBELS")
        return next((_pobj(a) for o in _children(verb, {"dobj"}) for c in _children(o, {"acl"})
                     for a in _children(c, {"agent"})), None)
    if _is_passive(verb):
        for agent in _children(verb, {"agent"}):
            obj = _pobj(agent)
            if obj is not None:
                return obj
        shared = _shared_agent(verb)
        if shared is not None:
            return shared
        if verb.lemma_.lower() in EXPULSION_VERBS:
            # "inspectors have been expelled FROM North Korea": the state expelled from expels
            state = next((p for p in _prep_objects(verb, ("from",)) if p.ent_type_ in {"GPE", "ORG"}), None)
            if state is not None:
                return state
        if verb.lemma_ in SELF_MOVE_VERBS:
            # "Units of the army have been deployed": the units are the ones acting (also where
            # the parser made a participle before the verb the main verb and the verb its
            # conjunct: "officers LEADING the mission were deployed")
            moved = next(iter(_children(verb, {"nsubjpass"})), None)
            # (not a progressive: "are patrolling … and part of a unit has been stationed")
            if moved is None and verb.dep_ == "conj" and verb.head.tag_ == "VBG" and verb.head.dep_ == "ROOT" \
                    and not _children(verb.head, {"aux"}):
                moved = next(iter(_children(verb.head, _SUBJ)), None)
            if moved is not None and moved.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                # "Rwandan troops, WHO have been deployed in the province": the troops (not "the
                # amount of money THAT can be sent": no one)
                return verb.head if _actor_like(verb.head) else None
            return moved
        if verb.lemma_.lower() in cues()["resolve_states"] and any(p.lower_ == "to" for p in _children(verb, {"prep"})):
            # "the government is committed to opening the economy": a state its holder is in,
            # not something done to it
            holder = next(iter(_children(verb, {"nsubjpass"})), None)
            if holder is not None and holder.lower_ in _PRONOUNS:
                return _antecedent(holder) or holder
            return holder
        return _harm_cause(verb) or _undoing_author(verb) or _operation_doer(verb)
    if verb.dep_ == "pcomp" and (crowd := _protesting_crowd(verb)) is not None:
        return crowd  # "opened fire on PROTESTING garment WORKERS": the workers protest
    if (main := _toll_of_the_main_clause(verb)) is not None:
        # "a tank fired at people approaching the fence, KILLING three": the parser hung the toll on
        # the participle describing the victims; the main clause's doer did it
        return _subject(main, depth + 1)
    if not _children(verb, _SUBJ | {"aux"}) and (people := people_before_participle(verb)) is not None \
            and _person_noun(people):
        # "used water cannon on FARMERS MARCHING to New Delhi": the parser hung the participle on
        # the main verb; it tells what the people before it were doing
        return people
    # (not a subordinator the parser read as a second subject: "demands THAT Bashir resign as
    # POLICE fired tear gas")
    subjects = _children(verb, _SUBJ)
    subj = next((s for s in subjects if s.tag_ != "IN"), next(iter(subjects), None))
    if subj is not None and subj.i > verb.i and _inverted_object(verb) is not None:
        subj = None
    if subj is None and verb.left_edge.i == verb.i > 0:
        prev = verb.doc[verb.i - 1]
        if prev.dep_ == "conj" and prev.head.ent_type_ in ("DATE", "TIME") and prev.ent_type_ in ("GPE", "ORG", "NORP"):
            return prev  # "freed the hostages on Monday and ISRAEL began releasing prisoners": hung on the date
    if subj is not None and (_dateline_word(subj) or dateline_dash(subj) is not None):
        subj = _past_dateline(subj, verb, _SUBJ)
    if subj is not None and subj.lemma_.lower() in CLAIM_NOUNS:
        # "…, a charge Kigali has denied": the parser makes the name an apposition of the charge
        subj = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > subj.i), subj)
    if subj is None:
        # "The UK and France however HAVE opposed": the parser may hang the subject on an
        # auxiliary of the verb
        subj = next((s for a in _children(verb, {"aux"}) if a.i < verb.i for s in _children(a, _SUBJ)), None)
    if subj is None and verb.dep_ == "attr" and verb.tag_ == "VBG" and verb.head.lemma_ == "be":
        # "Qatar is mediating between …": the parser may read a progressive as "be" + a gerund
        # complement, the subject hanging on "is"
        subj = next(iter(_children(verb.head, _SUBJ)), None)
    if subj is None and verb.dep_ == "ROOT" and verb.tag_ in {"VBZ", "VBD", "VBP"}:
        # "Sudan army shells RSF positions": in headline style the parser may hang the subject
        # on the verb as a compound
        subj = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}), None)
    if subj is None and verb.dep_ == "ROOT":
        # "USAID deployed teams": a name the tagger took for an adverb before the verb is its subject
        # (or for an auxiliary: "IGAD condemned the attack")
        subj = next((c for c in verb.lefts if c.dep_ in {"advmod", "npadvmod", "dep", "aux"}
                     and (c.ent_type_ in {"ORG", "GPE", "PERSON", "NORP"} or _bare_acronym_actor(c))
                     and not any(x.dep_ in _SUBJ for x in verb.children)), None)
    if subj is None:
        # "According to the correspondent, | the Syrian Commandos captured": the parser made the
        # subject an apposition of the source after the comma
        subj = next((a for p in _children(verb, {"prep"}) if p.lower_ == "according" and p.i < verb.i
                     for o in p.subtree if o.dep_ == "pobj"
                     for a in o.children if a.dep_ == "appos" and verb.doc[a.left_edge.i - 1].text == ","
                     and a.i < verb.i and _actor_like(a)), None)
    if subj is not None and subj.left_edge.i > 0 and verb.doc[subj.left_edge.i - 1].dep_ == "prep":
        # "Dozens of peacekeepers destined FOR | Nagorno-Karabakh began": a word right after a
        # preposition is its object, so the parser split a reduced relative clause off the real
        # subject and made that clause's own subject
        clause = verb.doc[subj.left_edge.i - 1].head
        real = next(iter(_children(clause, _SUBJ)), None) if clause.dep_ in {"ccomp", "advcl"} \
            and clause.head.i == verb.i and clause.tag_ == "VBN" else None
        subj = real if real is not None else subj
    if subj is not None and subj.dep_ == "csubj" and subj.tag_ == "VBN":
        # the same clause made the verb's clausal subject: "Dozens of soldiers DESTINED for Kidal began"
        subj = next(iter(_children(subj, _SUBJ)), subj)
    if subj is not None and subj.dep_ == "csubj" and subj.tag_ == "VBG" and subj.i == subj.left_edge.i:
        # a fronted participle clause read as the subject: "Taking advantage of the airstrikes, | the
        # Syrian Arab Army stormed": the real subject is the phrase after the last comma
        commas = [t.i for t in verb.doc[subj.i:verb.i] if t.text == ","]
        after = [t for t in verb.doc[commas[-1] + 1:verb.i] if t.head.i < commas[-1] + 1 or t.head.i >= verb.i] \
            if commas else []
        subj = next((t for t in after if t.pos_ in {"NOUN", "PROPN"} and _actor_like(t)), subj)
    if subj is not None:
        if subj.lower_ in {"who", "which", "that"} and verb.dep_ == "relcl":
            return _harming_act(verb) or _charged_doer(verb.head) or _followers_of(verb) \
                or _people_before_who(subj, verb) or verb.head
        if subj.tag_ == "WDT" and verb.dep_ == "ccomp" and verb.head.tag_ == "VBG" and subj.i == verb.head.i + 1:
            # "accused India of shelling THAT KILLED two civilians": a relative the parser took
            # for the gerund's complement
            doer = _charged_doer(verb.head)
            if doer is not None:
                return doer
        if subj.lower_ in {"who", "which"} and verb.dep_ == "ccomp" and verb.head.dep_ == "relcl":
            return verb.head.head  # "the vessel, WHICH it said had entered Chinese waters": the vessel
        if verb.dep_ == "relcl" and any(g.lower_ in ("which", "whom") for p in _children(subj, {"prep"})
                                        if p.lower_ == "of" for g in p.children):
            return verb.head  # "armed groups, SOME OF WHICH have attacked U.S. forces": the groups'
        if subj.lower_ in _PRONOUNS:
            return _antecedent(subj) or subj
        if _anaphoric_state(subj):
            return _state_antecedent(subj) or subj
        return subj
    rel = verb.head
    if verb.dep_ in {"dep", "conj", "advcl"} and rel.dep_ == "ROOT" and rel.i < verb.i and _relation_preps(rel) \
            and rel.tag_ in {"VBD", "VBN"} and not _children(rel, {"cc", "mark"}) and not _children(verb, {"mark"}):
        # "Hackers LINKED to the government | launched attacks": the affiliation word taken for
        # the sentence's verb; its subject is the phrase's head (actor_span adds the relation)
        own = next(iter(_children(rel, {"nsubj"})), None)
        if own is not None and own.i < rel.i:
            return own
    clitic = verb.head
    if (verb.dep_ in {"dep", "conj"} and clitic.lower_ == "s" and clitic.tag_ in {"POS", "VBZ"}
            and clitic.dep_ == "ROOT" and clitic.i > 0 and clitic.doc[clitic.i - 1].text in _APOSTROPHES):
        # A spaced clitic taken for "is" ("The EU ’ s | diplomatic chief ... rejected"): the
        # possessed noun is the subject; a verb hung on the clitic as a complement ("The army
        # has hit positions in Saudi Arabia ’ s region ... and destroyed them") lends its own
        possessed = next(iter(_children(clitic, {"attr"})), None)
        if possessed is not None and possessed.i < verb.i:
            return possessed
        first = next((c for c in _children(clitic, {"ccomp"}) if c.i < clitic.i), None)
        if first is not None and first.pos_ in {"VERB", "AUX"}:
            return _subject(first, depth + 1)
    if verb.dep_ == "acomp" and verb.head.pos_ in {"VERB", "AUX"}:
        # "they are COMMITTED to opening up the economy": a predicate participle's holder
        return _subject(verb.head, depth + 1)
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ":
        # "Honduras is willing TO WITHDRAW", "ready to contribute": the adjective's holder acts
        adj = verb.head
        own = next(iter(_children(adj, _SUBJ)), None)
        if own is not None:
            return _subject(adj, depth + 1)
        if adj.dep_ == "acomp":
            return _subject(adj.head, depth + 1)
        return None
    # (a subjectless "ccomp" is a misparsed complement: "Egypt let FREE the activist")
    if verb.dep_ == "conj" and verb.head.pos_ == "NOUN" and _children(verb.head, _SUBJ):
        # "The government rejects and condemns the decision" with "rejects" tagged a noun: a
        # first conjunct with a subject is a verb whatever its tag
        return _subject(verb.head, depth + 1)
    if verb.dep_ == "xcomp" and verb.head.pos_ in {"VERB", "AUX"}:
        asked = _controller(verb.head, verb)
        if asked is not None:
            return asked
    if verb.dep_ == "advcl" and verb.head.pos_ in {"VERB", "AUX"} and any(c.dep_ == "aux" and c.tag_ == "TO"
                                                                        for c in verb.children):
        # the parser may read the asked act as a purpose: "condemned the seizures and called on
        # TEHRAN TO RELEASE the vessels" (a party asked, not a time: "called Morrison ON WEDNESDAY
        # to congratulate him"; nor a thing: "asking HELP from the army to rescue …")
        asked = _controller(verb.head, verb)
        if asked is not None and asked.ent_type_ not in _TIME_ENTS and _actor_like(asked):
            return asked
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _SEEING_VERBS:
        # "the report showed senior figures MARCHING": who is seen doing it, not who saw it
        # (the tagger may hang the doer on the verb as a compound)
        return next((c for c in verb.lefts if c.dep_ in {"compound", "npadvmod", "dep"}
                     and c.pos_ in {"NOUN", "PROPN"}), None)
    act = toll_act(verb)
    if act is not None:
        # "accused X of firing …, WOUNDING two": whoever fired; "jets bombed …, officials said,
        # KILLING 46": the jets
        return _subject(act, depth + 1)
    relative = _reduced_relative_subject(verb)
    if relative is not None:
        return relative
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _RAISING and _is_passive(verb.head) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not _is_passive(verb):
        # "mediators ARE EXPECTED to resume talks", "the army is believed to have killed": the
        # passive's subject does the active infinitive's act (not "were reported KILLED",
        # "is said to have been injured": then it suffers it)
        raised = next(iter(_children(verb.head, {"nsubjpass"})), None)
        if raised is not None:
            return raised
    if verb.dep_ in {"xcomp", "conj", "advcl", "pcomp", "ccomp"} and verb.head.pos_ in {"VERB", "AUX"}:
        if verb.dep_ == "advcl" and verb.tag_ not in {"VBG", "VB"}:
            return None
        if verb.dep_ == "advcl" and (people := _object_participle_subject(verb)) is not None:
            return people
        if verb.dep_ == "advcl" and (speaker := _aside_speaker(verb)) is not None:
            return speaker
        if verb.dep_ == "advcl" and (owner := participle_owner(verb)).i != verb.head.i:
            return _subject(owner, depth + 1)  # "confirmed that X can run, REJECTING appeals": the court's
        if verb.dep_ == "conj" and verb.tag_ in {"VBD", "VBZ", "VBP"} and _is_passive(verb.head) and any(
                c.dep_ == "cc" and c.lower_ == "and" and c.i == verb.left_edge.i - 1 for c in verb.head.children) \
                and (any(c.dep_ in ("dobj", "ccomp") for c in verb.children) or _calls_on(verb)) \
                and coordinated_with(verb).i == verb.head.i:
            # "it was appalled by the attack and URGED the junta to stop": a conjoined active verb
            # shares the passive's subject, not its agent (not a second passive with its "was"
            # left out: "was captured by the Northern Alliance and HANDED over to U.S. forces")
            shared = next(iter(_children(verb.head, {"nsubjpass"})), None)
            if shared is not None:
                return (_antecedent(shared) or shared) if shared.lower_ in _PRONOUNS else shared
        if verb.dep_ == "conj" and (gov := coordinated_with(verb)).i != verb.head.i:
            # "Malaysia urged both sides to cease fire and OFFERED to mediate", "the government
            # said the rebels had violated the truce and ACCUSED Rwanda": hung too low
            return _subject(gov, depth + 1)
        return _subject(verb.head, depth + 1)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "conj" and verb.head.head.dep_ == "prep" \
            and verb.head.head.lower_ == verb.head.lower_ and depth < 6 \
            and (first := next((c for c in verb.head.head.children if c.dep_ == "pcomp"), None)) is not None:
        return _subject(first, depth + 1)  # "accused Eritrea of preparing for war AND OF ARMING militias": Eritrea
    listed = verb.head.head.head if verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.dep_ == "pobj" \
        and verb.head.head.lower_ in _OBJECT_CONTROL else None
    if listed is not None and listed.pos_ in {"VERB", "AUX"} \
            and (obj := next((o for o in _children(listed, {"dobj"}) if _actor_like(o)), None)) is not None:
        return obj  # "charged three leaders with sabotage and CALLING for the overthrow": the leaders
    if (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and verb.head.lower_ in _OBJECT_CONTROL
            and verb.head.head.pos_ in {"VERB", "AUX"}
            and any(_actor_like(o) or o.text.isupper() and verb.head.lower_ == "of"  # (a name: "SPLM-IO")
                    and verb.head.head.lemma_.lower() in CHARGE_VERBS for o in _children(verb.head.head, {"dobj"}))):
        # "accused Kabul OF SHELTERING militants", "blamed the army for shelling", "stopped them
        # from crossing": the object does it, not the subject
        gov = verb.head.head
        obj = _children(gov, {"dobj"})[0]
        if obj.lower_ in _OBJ_PRONOUNS:  # "accused THEM of …": whom the pronoun stands for
            # (never the one doing it, named through a relative: "a call from Trump, WHO thanked HIM for mediating")
            return _object_antecedent(obj, _subject(gov) or next(iter(_children(gov, _SUBJ)), None)) or obj
        return obj
    if (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and verb.head.lower_ == "for"
            and (punished := penalised(verb.head.head)) is not None):
        return punished  # "imposed sanctions ON FIVE COMPANIES for supplying weapons": the companies
    if (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and verb.head.lower_ in _OBJECT_CONTROL
            and _gapped_accused(verb.head.head)):
        return verb.head.head.head  # "two generals it accused OF BLOCKING aid": the generals blocked it
    if (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and verb.head.lower_ in _OBJECT_CONTROL
            and verb.head.head.dep_ == "dobj" and (_actor_like(verb.head.head) or verb.head.lower_ == "of"
                                                   and verb.head.head.head.lemma_.lower() in CHARGE_VERBS
                                                   and verb.head.head.text.isupper())):  # (a name: "SPLM-IO")
        return verb.head.head  # the same, with "of …" hung on the object: "accused [Mali's junta of arming]"
    if (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and verb.head.lower_ in _OBJECT_CONTROL
            and verb.head.head.dep_ == "conj" and verb.head.head.head.dep_ == "dobj"
            and _actor_like(verb.head.head.head)):
        return verb.head.head.head  # ... or on its last conjunct: "accused [the army and the militias of killing]"
    if (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and verb.head.lower_ in _OBJECT_CONTROL
            and verb.head.head.dep_ == "acl" and verb.head.head.tag_ == "VBN"
            and verb.head.head.lemma_.lower() in _CHARGED_PASSIVES and _actor_like(verb.head.head.head)
            and not (verb.head.head.head.dep_ == "pobj"
                     and verb.head.head.head.head.lower_ in _relation_preps(verb.head.head.head.head.head))):
        # "arrested two men SUSPECTED of firing rockets": the men fired (not a noun of a phrase the
        # participle may belong above: "a group loyal to LEADER X blamed for murdering")
        return verb.head.head.head
    if (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and verb.head.lower_ in _OBJECT_CONTROL
            and verb.head.head.pos_ in {"VERB", "AUX"} and _is_passive(verb.head.head)
            and verb.head.head.lemma_.lower() in _CHARGED_PASSIVES
            and (charged := next(iter(_children(verb.head.head, {"nsubjpass"})), None)) is not None):
        # "the RSF has been accused BY THE UNITED NATIONS of killing civilians", "the army was
        # blamed for shelling": the one charged does it, not the agent
        if charged.tag_ in ("WP", "WDT") and verb.head.head.dep_ == "relcl":
            return verb.head.head.head  # "personnel WHO were convicted of infecting children"
        return (_antecedent(charged) or charged) if charged.lower_ in _PRONOUNS else charged
    if (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and verb.head.lower_ in _OBJECT_CONTROL
            and verb.head.head.pos_ in {"VERB", "AUX"} and verb.head.head.lemma_.lower() in CHARGE_VERBS
            and _children(verb.head.head, {"dobj"})
            and not any(o.lower_ in ("other", "another") for o in _children(verb.head.head, {"dobj"}))):
        # "accused THE LEGISLATION of attacking civil society": the one charged, no party, is no doer and
        # neither is the accuser (who "accused EACH OTHER of violating" a truce did it)
        return None
    if (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep"
            and verb.head.lower_ in ("after", "before", "while", "since", "upon", "without")
            and _is_passive(verb.head.head)
            and (held := next(iter(_children(verb.head.head, {"nsubjpass"})), None)) is not None):
        # "several party leaders WERE ARRESTED last month AFTER CALLING for civilian rule": the
        # passive's subject did it, not its agent
        return (_antecedent(held) or held) if held.lower_ in _PRONOUNS else held
    if (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep"
            and verb.head.head.pos_ in {"VERB", "AUX"}):
        # "China continues its efforts BY DONATING supplies", "after meeting the envoy": a
        # gerund after a preposition of its clause's verb shares that verb's subject
        return _subject(verb.head.head, depth + 1)
    if _misparsed_predicate(verb):
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and _dateline_apposition(verb.head) \
            and not _children(verb, {"agent"}):
        # "GOMA, Sept 14 (Reuters) - ADF rebels HACKED to death 60 people": the parser made the
        # subject an apposition of the dateline and the sentence's verb a participle of it
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.i == verb.head.i + 1 and _calls_on(verb) \
            and not _children(verb, {"agent"}) and any(c.dep_ == "xcomp" for c in verb.children):
        # "The coalition CALLED ON the separatists to pull back and warned …": no participle (no
        # one is "called on the separatists"), the noun's own appeal
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_ in SELF_MOVE_VERBS and not _children(verb, {"agent"}) \
            and _actor_like(verb.head):
        return verb.head  # "Rwandan troops, DEPLOYED in the province since 2021": the units moved, as in the passive
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        # "groups supported BY THE REGIME": a participle's agent; none named, nobody
        agent = next((_pobj(a) for a in _children(verb, {"agent"})), None)
        return agent
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.head.lemma_.lower() in ("intention", "plan") \
            and verb.head.head.pos_ == "NOUN":
        return _holder(verb.head.head)  # "Asmara had no INTENTION of attacking Ethiopia": Asmara's
    if verb.dep_ in {"acl", "relcl"} and verb.head.lower_ == "order" and verb.head.head.lower_ == "in" \
            and verb.head.head.head.pos_ in {"VERB", "AUX"}:
        return _subject(verb.head.head.head, depth + 1)  # "launched an offensive IN ORDER TO recapture": who launched
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in AUTHORED_NOUNS:
        return _author(verb.head)  # "X issued a statement URGING Y": X urges
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in _ENACTMENTS and verb.head.dep_ in _OBJ \
            and verb.head.head.lemma_.lower() in _ENACTING \
            and (maker := next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)) is not None:
        # "the parliament passed a law BANNING Pride events": the parliament bans (only the
        # subject of a verb that makes it law, not "lawmakers REJECTED a bill banning protests";
        # a law no one is said to have made stays the doer)
        return maker
    if (verb.dep_ == "acl" or verb.dep_ == "relcl" and verb.head.lemma_.lower() in _STEPS) \
            and verb.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "NAF reiterated its commitment TO SUPPORT the police": whoever holds the commitment
        # (or takes the steps: "had taken necessary measures TO EXPEL the vessel")
        return _holder(verb.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.doc[verb.i - 1].text == "," and _is_place(verb.head):
        # "captured the villages of A, B and C near D, KILLING 20 fighters": the parser hung the
        # participle on the last place taken; whoever took them killed
        gov = verb.head
        while gov.pos_ not in {"VERB", "AUX"} and gov.head is not gov and gov.dep_ in _PLACE_CHAIN:
            gov = gov.head
        if gov.pos_ in {"VERB", "AUX"}:
            return _subject(gov, depth + 1)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in _CROWD_ACTS - {"strike"} \
            and (crowd := _protest_holder(verb.head)) is not None:
        return crowd  # "students have led months of DEMONSTRATIONS DEMANDING early elections": the students
    if verb.dep_ in {"acl", "relcl"}:
        return verb.head
    return None


def _protest_holder(noun: Any) -> Any | None:
    """Who holds a protest the noun names: its "by" phrase, its possessor, else the subject of the
    verb that holds it, directly or through a count ("staged WEEKS OF protests")."""
    by = _prep_objects(noun, ("by",)) or [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    if by:
        return by[0]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ in _OBJ:
        noun = noun.head.head
    return _subject(noun.head) if noun.dep_ in _OBJ and noun.head.pos_ in {"VERB", "AUX"} else None


# How a place hangs from the verb whose object it is: "captured the villages of A, B and C".
_PLACE_CHAIN = frozenset({"conj", "dobj", "pobj", "prep", "appos", "compound"})
_ENT_TYPES = {"GPE", "ORG", "PERSON", "NORP", "LOC", "FAC"}
_OBJECT_CONTROL = {"of", "for", "from", "with"}  # prepositions whose gerund the verb's object does
# Verbs whose passive subject is who did the gerund after them: "was accused OF killing", "was
# arrested FOR fighting", "was prevented FROM crossing" (not "were injured FROM shelling")
_CHARGED_PASSIVES = frozenset({"accuse", "charge", "suspect", "blame", "convict", "indict", "credit", "prevent", "stop",
                               "bar", "ban", "prohibit", "forbid", "praise", "criticize", "criticise", "condemn",
                               "punish", "arrest", "detain", "jail", "sentence", "fine", "investigate", "prosecute",
                               "capture", "try", "hold", "question"})
_OBJ_PRONOUNS = {"him", "her", "them", "us", "me"}
_NON_ACTOR_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT", "LAW",
                   "WORK_OF_ART", "LANGUAGE", "PRODUCT"}


# Words that make "sides" the parties of a conflict.
_WARRING = frozenset({"both", "all", "two", "either", "warring", "opposing", "rival", "belligerent"})


def _gerund_act(noun: Any) -> bool:
    """Whether an object is an act named by a gerund noun ("intelligence SHARING", "FUNDING"),
    which a party word before it does not make a party."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun.lower_.endswith("ing") and len(noun.text) > 6 \
        and noun.lower_ not in ("sibling", "offspring", "darling", "underling")


# Verbs of answering an act in kind: whoever answers does the act they answer with
_ANSWERING_VERBS = frozenset({"respond", "retaliate", "react", "reply", "hit", "strike"})


def _responder(noun: Any) -> Any | None:
    """Who answers with an act named by a noun: "Israel responded WITH ARTILLERY FIRE", "the army
    retaliated with air strikes" (not "hit back" at words: the noun must be an act of force)."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return None
    verb = noun.head.head
    if verb.lemma_.lower() not in _ANSWERING_VERBS or verb.pos_ not in {"VERB", "AUX"}:
        return None
    if verb.lemma_.lower() in ("hit", "strike") and not any(c.lower_ == "back" for c in verb.children):
        return None
    subj = _subject(verb)
    return subj if subj is not None and _actor_like(subj) else None


def _gapped_accused(verb: Any) -> bool:
    """Whether a charge verb is a relative clause whose object is the noun it hangs on, left
    unsaid or a relative pronoun: "two Sudanese generals (that) it ACCUSED of blocking aid", "two
    generals whom it accuses of killing protesters"."""
    return verb.dep_ == "relcl" and verb.lemma_.lower() in CHARGE_VERBS and bool(_children(verb, {"nsubj"})) \
        and all(o.lower_ in {"whom", "who", "that", "which"} for o in _children(verb, _OBJ)) and _actor_like(verb.head)


def _charged_doer(act: Any) -> Any | None:
    """Who a charge says did the act a relative clause tells the toll of: "accused India of
    unprovoked FIRING THAT wounded two civilians" (India fired, so India wounded), "blamed the RSF
    FOR a drone attack … that killed nine"."""
    prep = act.head
    # (or "blamed X FOR a drone attack … that killed nine")
    blamed = prep.head.lemma_.lower() == "blame"
    if act.dep_ not in ("pobj", "pcomp") or prep.lower_ != ("for" if blamed else "of") \
            or not blamed and prep.head.lemma_.lower() not in CHARGE_VERBS:
        return None
    if _actor_like(act) and trigger_code(act) is None:
        # (the people a charge names do their own deeds: "accusing Kigali of supporting REBELS WHO attacked")
        return None
    return next((o for o in _children(prep.head, {"dobj"}) if _actor_like(o) and o.lower_ not in _OBJ_PRONOUNS), None)


def _harming_act(verb: Any) -> Any | None:
    """The act a relative "that killed …" tells the toll of, where the parser hung the clause on
    the place or thing the act hit: "a bomb attack on a military BASE in Arauca THAT KILLED four
    soldiers" (the attack killed, not the base)."""
    noun = verb.head
    hit = noun.lemma_.lower() in FACILITY_NOUNS | VEHICLE_NOUNS | PLACE_NOUNS or noun.ent_type_ in ("GPE", "LOC", "FAC")
    if verb.lemma_.lower() not in HARM_VERBS or _is_passive(verb) or not hit:
        return None
    for up in noun.ancestors:
        if up.pos_ == "NOUN" and _violent(up):
            # (a charge's doer: "blamed THE RSF for a drone attack on a hospital … that killed nine")
            return _charged_doer(up) or up
        if up.pos_ == "VERB":
            # "BOMBING villages in the Sagaing region THAT KILLED 18 civilians": whoever bombed them
            doer = _subject(up) if _violent(up) else None
            return doer if doer is not None and _actor_like(doer) else None
        if up.dep_ not in ("pobj", "prep", "compound", "appos", "dobj") or up.lower_ == "by":
            return None
    return None


# How much force is used, not whose ("respond with OVERWHELMING force", "used EXCESSIVE force")
_FORCE_MANNERS = frozenset({"overwhelming", "excessive", "lethal", "deadly", "disproportionate", "full", "necessary",
                            "brute", "decisive", "maximum", "minimal", "reasonable", "unnecessary", "crushing",
                            "massive", "\"", "'"})


# Words of a time of day that the small model tags together with the name before them
_TIMES_OF_DAY = frozenset({"overnight", "morning", "afternoon", "evening", "night", "tonight", "today", "yesterday"})


def _name_before_a_time(tok: Any) -> bool:
    """Whether a name opens a time phrase the tagger made of it and the time after it: "fired
    missiles at KYIV overnight" (tagged TIME whole); not a day's or month's own name."""
    doc = tok.doc
    return tok.ent_type_ in _TIME_ENTS and tok.pos_ == "PROPN" and tok.ent_iob_ == "B" and tok.i + 1 < len(doc) \
        and doc[tok.i + 1].ent_iob_ == "I" and doc[tok.i + 1].lower_ in _TIMES_OF_DAY \
        and not is_month_name(tok.text) and not is_weekday_name(tok.text)


# What an armed party holds, which an attack on it is aimed at the party through
_ARMED_SITES = frozenset({"target", "position", "hideout", "stronghold", "den", "lair", "outpost", "bastion"})
_ARMED_SECTORS = frozenset({"INS", "REB", "UAF", "MIL", "CRM"})


def _hit_by_force(noun: Any) -> bool:
    """Whether a noun is what an act of force was aimed at: its object, or "on/against" object."""
    gov = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "against", "at") else noun.head
    return noun.dep_ in ("dobj", "pobj") and _violent(gov)


def _counted(tok: Any) -> bool:
    """Whether a word counts the ones of an "of" phrase: "FIVE of its members", "SEVERAL of them"."""
    return tok.lower_ in QUANTITY_HEADS or tok.like_num or tok.ent_type_ == "CARDINAL"


def _actor_like(tok: Any) -> bool:
    """Whether a phrase head names someone or somewhere an event can be done to."""
    if tok.lower_ == "force" and all(c.dep_ not in {"det", "amod", "compound", "poss", "nummod"}
                                     or c.lower_ in _FORCE_MANNERS for c in tok.children):
        return False  # "threatened to use force", "by force", "with OVERWHELMING force": violence, no troops
    if tok.lower_ in _BODIES and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) \
            and not _prep_objects(tok, ("of",)):
        return True  # "an offensive against THE GROUP": a body named before (not "the group of ministers")
    if tok.lemma_.lower() in _MEMBER_WORDS and any(c.dep_ == "poss" and c.lower_ in ("its", "their")
                                                  for c in tok.children) \
            and tok.dep_ == "pobj" and tok.head.lower_ == "of" and _counted(tok.head.head):
        return True  # "arrested FIVE OF ITS MEMBERS": some of the people of a body named before
    if _counted(tok):
        # "dozens of ISWAP fighters", "hundreds of banks", "three of the hostages"
        if any(_actor_like(p) for p in _prep_objects(tok, ("of",))):
            return True
        if not any(c.dep_ in {"compound", "amod"} for c in tok.lefts):
            return False  # else a modified group noun: "rebel groups", "armed groups"
    if tok.ent_type_ in _NON_ACTOR_ENTS and not _name_before_a_time(tok):
        # unless the dictionary knows the name: "a visit to Montevideo", tagged a product
        return tok.pos_ == "PROPN" and tok.ent_type_ not in _TIME_ENTS | _AMOUNT_ENTS and (
            code_phrase(tok.doc[tok.left_edge.i:tok.i + 1].text) or _NO_CODE).country is not None
    if tok.ent_type_ in _ENT_TYPES or tok.pos_ == "PROPN" or tok.lower_ in _OBJ_PRONOUNS:
        return True
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in PARTY_NOUNS:
        return True  # "aid to European ALLIES", "an ultimatum to her COLLEAGUES"
    if tok.lemma_.lower() == "side" and any(c.lower_ in _WARRING for c in tok.children):
        return True  # "urged BOTH SIDES to return to talks" (not "the eastern side of the town")
    if tok.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return False
    if tok.text == "justice" and not any(c.dep_ in ("det", "poss", "compound", "amod") for c in tok.children):
        return False  # "demanding JUSTICE for a blogger": what is sought, no judge ("Justice Scalia", "the justice")
    if tok.tag_ == "NNS" and _person_noun(tok) and any(_actor_like(p) for p in _prep_objects(tok, ("of",))):
        return True  # "supporters of Navalny", "members of the group": people of a party
    words = [t.text for t in tok.subtree
             if t.i == tok.i or (t.i < tok.i and t.dep_ in {"compound", "amod", "nmod", "poss"})]
    coded = code_phrase(" ".join(words))
    if coded is None or (coded.country is None and coded.sector is None):
        return False
    if coded.country is not None:
        return True  # "Kenyan pilots", "Iranian sites", "Chinese goods": a country's people and things
    if tok.pos_ == "NOUN" and _singular(tok.text) in lexicon().weak and any(
            p.pos_ == "NOUN" and not _actor_like(p) and not _place_like(p) and not _stripped_of(p.head)
            for p in _prep_objects(tok, ("of",))):
        return False  # a weak head: "a state of siege", "a body of evidence" - the "of" noun says what it is
    # With only a sector, the head or a noun compounded with it must name people or a body
    # ("armed groups", "army camp", "opposition member"): "military aid" and "joint military
    # exercises" are coded by an adjective alone.
    core = code_phrase(" ".join([t.text for t in tok.lefts if t.dep_ == "compound"] + [tok.text]))
    if core is not None and (core.country is not None or core.sector is not None):
        return True
    if tok.lemma_.lower() in _ARMED_SITES and coded.sector in _ARMED_SECTORS and (
            tok.lemma_.lower() != "target" or _hit_by_force(tok)):
        return True  # "struck Kurdish MILITANT TARGETS", "rebel hideouts": the armed party's, hit in them
        # (but "troops would patrol potential TERRORIST TARGETS": what terrorists might hit)
    toks = _tokens(" ".join(t.text for t in tok.subtree if t.i == tok.i or (
        t.i < tok.i and t.dep_ in {"compound", "amod", "nmod"})))
    return any(m[1] == len(toks) and m[2] in {"sector", "entry"} for m in _match(toks))


def _prep_objects(tok: Any, names: tuple[str, ...]) -> list[Any]:
    out = []
    for name in names:
        for prep in _children(tok, {"prep"}):
            if prep.lower_ == name:
                p = _pobj(prep)
                if p is not None:
                    out.append(p)
    return out


def _verb_chain(verb: Any) -> list[Any]:
    """The verb and the verbs it hands its object to: "offered to send", "is willing to offer"."""
    chain = [verb]
    cur = verb
    for _ in range(3):
        nxt = next((c for c in cur.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}), None)
        if nxt is None:
            acomp = next((c for c in cur.children if c.dep_ == "acomp"), None)
            if acomp is not None:
                nxt = next((c for c in acomp.children if c.dep_ == "xcomp"), None)
        if nxt is None:
            # (or a crowd put down for which something was fired: "fired tear gas TO DISPERSE students",
            # "… to disperse THEM")
            nxt = next((c for c in cur.children if c.dep_ == "advcl" and c.lemma_.lower() in _DISPERSING
                        and any(a.tag_ == "TO" for a in c.children)
                        and _names_a_crowd(next((o for o in c.children if o.dep_ == "dobj"), None))), None)
        if nxt is None:
            break
        chain.append(nxt)
        cur = nxt
    return chain


def _names_a_crowd(obj: Any | None) -> bool:
    """Whether the first object of a verb of breaking up names whom it was aimed at: a noun or an
    object pronoun ("to disperse STUDENTS", "to disperse THEM"; not "anti-government" cut in three)."""
    return obj is not None and (obj.pos_ in ("NOUN", "PROPN") or obj.lower_ in _OBJ_PRONOUNS)


# Verbs of breaking up a crowd, which a purpose clause of firing or using a weapon names
_DISPERSING = frozenset({"disperse", "quell", "scatter", "repel"})


def _name_before_participle(tok: Any) -> Any:
    """The name a participle the parser took for a noun follows: "an ultimatum to DAMASCUS
    warning of military action" (parsed "the Damascus warning"); else ``tok``."""
    if tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lower_.endswith("ing") and tok.i > 0:
        prev = tok.doc[tok.i - 1]
        if prev.dep_ in {"compound", "amod", "nmod"} and prev.head.i == tok.i \
                and (prev.pos_ == "PROPN" or prev.ent_type_ in {"GPE", "PERSON", "ORG", "NORP"}):
            return prev
    return tok


def _apposed(obj: Any) -> Any:
    """The name a second object describes: "established ties with Bhutan , a Buddhist NATION"
    (the parser makes the apposition another object of the verb)."""
    doc, k = obj.doc, obj.left_edge.i
    if k >= 2 and doc[k - 1].text == "," and obj.head.i < k - 2 and obj.pos_ == "NOUN":
        prev = doc[k - 2]
        if prev.pos_ == "PROPN" and prev.dep_ == "pobj" and prev.ent_type_ in {"GPE", "ORG", "PERSON", "NORP"} \
                and any(c.dep_ in _OBJ and c.i < prev.i for c in obj.head.children):
            while prev.dep_ == "pobj" and prev.head.lower_ == "of" and prev.head.head.pos_ == "PROPN":
                prev = prev.head.head  # "the Republic of San Marino , a ..."
            return prev
    return obj


# Verbs of approving an act: whoever approves of protests or an attack does not make them ("Marcos
# said he SUPPORTED the protests"), whereas one who supports aid is behind it ("the U.S.
# government supported economic assistance to the Palestinians")
_APPROVING = frozenset({"support", "endorse", "justify", "defend", "back", "applaud"})


def _state_force(tok: Any) -> bool:
    """Whether a phrase names the state's armed, police or governing force ("security forces",
    "Soldiers in the Central African Republic", "riot police officers")."""
    return _sector_of(tok) in {"MIL", "COP", "GOV", "SPY"}


def _denied_accuser(verb: Any) -> Any | None:
    """Who made the charge a ", which X denies" clause takes up, the parser having hung it on the
    charge's last noun: "Rights groups have accused the army of killing civilians during
    operations, WHICH THE JUNTA DENIES" denies the groups' charge, not the operations."""
    if verb.lemma_.lower() not in cues()["statement_frames"]["deny_verbs"]:
        return None
    claim = verb.head
    if verb.dep_ == "relcl" and claim.lemma_.lower() in CLAIM_NOUNS and claim.dep_ in ("npadvmod", "appos", "dobj") \
            and verb.doc[claim.left_edge.i - 1].text == ",":
        # "Pakistan blamed militants for the attack, A CHARGE THE TALIBAN REJECTED": the charge
        # summed up after a comma is the sentence's own
        above = [claim.head, *claim.head.ancestors]
    elif verb.doc[verb.left_edge.i - 1].text == "," and verb.left_edge.lower_ == "which":
        above = list(claim.ancestors)
    else:
        return None
    accuse = next((a for a in above if a.lemma_.lower() in _ACCUSING | _CLAIMING), None)
    return next(iter(_children(accuse, _SUBJ)), None) if accuse is not None else None


_ACCUSING = frozenset({"accuse", "blame", "charge", "allege"})
# Verbs whose clause is a claim one may deny: "Islamabad SAYS the TTP operates from Afghanistan,
# which Kabul denies" denies Islamabad's claim
_CLAIMING = frozenset({"say", "claim", "insist", "assert", "maintain", "contend", "argue"})


# Prepositions of where a protest was held, which names no one it was against
_VENUE_PREPS = frozenset({"at", "in", "outside", "inside", "near"})
# Verbs of sending people out of a country: those sent are the target, not where they go ("migrants
# DEPORTED to El Salvador")
_EXPELLING = EXPULSION_VERBS | {"extradite"}


# Prepositions a gerund clause takes that share the subject of what they hang on ("before being shot")
_BEFORE_OR_AFTER = frozenset({"before", "after", "upon", "without", "despite"})


# Nouns with a person's ending that name things an attack hits ("a shelter", "a tanker")
_THINGS_HIT = VEHICLE_NOUNS | FACILITY_NOUNS | PLACE_NOUNS | QUANTITY_HEADS | {
    "shelter", "border", "container", "transformer", "number", "water", "center", "centre", "quarter", "tower",
    "corridor", "fighter", "bomber", "carrier", "tanker", "trailer", "launcher", "harbor", "interior", "power",
    "frontier", "perimeter", "sector", "incident", "order", "counter", "cluster", "layer", "river", "matter"}


def _fronted(p: Any, v: Any) -> bool:
    """Whether a phrase stands before the subject of its verb ("IN PARIS, the delegates refused
    …"): it sets the scene of the act, not what the act was done to."""
    return p.i < v.i and any(c.dep_ in _SUBJ and p.i < c.i < v.i for c in v.children)


def _gapped_object(verb: Any) -> bool:
    """Whether a relative clause of seizure, harm or custody leaves its object to the noun it
    describes, with no "which" or "whom": "a US diplomat IT ARRESTED", "a ship they seized"."""
    return verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and verb.head.i < verb.i \
        and verb.lemma_.lower() in SEIZE_VERBS | HARM_VERBS | CUSTODY_WORDS \
        and bool(_children(verb, {"nsubj"})) and not _children(verb, _OBJ | {"nsubjpass"}) \
        and not any(c.tag_ in ("WDT", "WP", "WRB") for c in verb.children)


def _participle_noun(verb: Any) -> Any:
    """The noun a participle after it describes: its head, or the plural noun right before it
    when the parser passed over that noun to the phrase it ends ("in exchange for VENEZUELANS
    deported to El Salvador" was hung on "exchange")."""
    prev = verb.doc[verb.i - 1]
    if prev.i > verb.head.i and prev.dep_ == "pobj" and prev.tag_ in ("NNS", "NNPS") \
            and prev.head.head.i == verb.head.i:
        return prev
    return verb.head


def _force_suffered(verb: Any) -> bool:
    """Whether a force verb is a participle the parser made the complement of "be", a passive
    in all but its labels: "demonstrators were TEAR-GASSED"."""
    return verb.dep_ == "acomp" and verb.tag_ == "VBN" and verb.head.lemma_.lower() == "be" \
        and (trigger_code(verb) or "")[:2] in ("17", "18", "19")


# Weapons one runs onto, whose victim is the subject of "hit": "their vehicle hit a LANDMINE"
_MINES = frozenset({"landmine", "mine", "ied", "bomb", "device"})


def _ran_onto_a_mine(verb: Any) -> bool:
    """Whether a verb tells of its subject running onto a mine ("a patrol STRUCK AN IED")."""
    return verb.lemma_.lower() in ("hit", "strike") and any(
        o.dep_ == "dobj" and o.lemma_.lower() in _MINES for o in verb.children)


def _target_verb(verb: Any) -> Any | None:
    if _force_suffered(verb):
        return next(iter(_children(verb.head, _SUBJ)), None)
    if _ran_onto_a_mine(verb):
        return next(iter(_children(verb, {"nsubj"})), None)
    if _is_passive(verb):
        subj = next(iter(_children(verb, {"nsubjpass"})), None)
        if subj is not None and (_dateline_word(subj) or dateline_dash(subj) is not None):
            subj = _past_dateline(subj, verb, {"nsubjpass"})  # "QUITO, Nov 10 (Reuters) - 31 inmates were killed"
        if subj is None and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
            # "X was arrested and later FREED", "X, held for months, HAVE BEEN FREED": a passive
            # conjunct shares its first verb's subject - unless the parser hung its own subject
            # on the first verb's object: "shot dead a policeman and EIGHT PEOPLE were wounded"
            subj = _lost_subject(verb) or next(iter(_children(verb.head, {"nsubjpass"} | _SUBJ)), None)
            if subj is not None and subj.tag_ in ("WDT", "WP") and verb.head.dep_ == "relcl":
                subj = verb.head.head  # "the Polisario, which seeks independence and IS BACKED by Algeria"
            elif subj is not None and subj.lower_ in _PRONOUNS:
                subj = None
        if subj is None and verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN"} and verb.i > verb.head.i \
                and verb.lemma_.lower() in HARM_VERBS | CUSTODY_WORDS | _EXPELLING | CHARGED_PARTICIPLES:
            # "the sixth commander to be killed inside Idlib": the noun the clause describes
            subj = _participle_noun(verb)
            # (or charged: "hanged two men CONVICTED of membership in an armed group", not the group)
        if subj is None and verb.dep_ == "pcomp" and verb.head.lower_ in _BEFORE_OR_AFTER \
                and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children):
            # "gunmen opened fire, wounding two soldiers, BEFORE BEING SHOT dead": whoever the clause
            # it hangs on is about
            main = verb.head.head
            subj = None if main.pos_ not in ("VERB", "AUX") else next(iter(_children(main, {"nsubjpass"})), None) \
                if _is_passive(main) else _subject(main)  # ("was freed after being detained": the one freed)
        if subj is not None and verb.lemma_ in (GIVE_VERBS | MOVE_VERBS) - SELF_MOVE_VERBS - _EXPELLING \
                and not (verb.lemma_ in RELEASE_VERBS | {"hand", "return"} and subj.lemma_.lower() in _CAPTIVE_NOUNS):
            # "the sarcophagus was returned TO EGYPT by ICE": as in the active, whom a thing is
            # given or moved to comes before the thing (not people set free: "the hostages were
            # handed over to the Red Cross" released the hostages)
            to = next((p for p in _prep_objects(verb, ("to", "into")) if _actor_like(p) or _is_place(p)), None)
            if to is not None:
                return to
        if subj is not None and _projectile(verb, subj) and verb.lemma_.lower() not in ("shoot", "aim", "direct"):
            # "two explosive devices were detonated near troops": the weapon is the means, what
            # it was set off at or near is the target (as in the active: "detonated a bomb at X");
            # not what is shot: "the drone was shot down"
            return next((p for p in _prep_objects(verb, ("on", "at", "against", "upon", "near", "into", "toward",
                                                         "towards")) if _actor_like(p) or _is_place(p)), None)
        if subj is not None and not (verb.lemma_ in SELF_MOVE_VERBS and not _children(verb, {"agent"})):
            if subj.lower_ in {"who", "which", "that"} and verb.dep_ == "relcl":
                return verb.head
            if subj.pos_ == "NOUN" and trigger_code(subj) is not None and not _agent_noun(subj):
                # "UN sanctions AGAINST IRAN were lifted", "aid TO PAKISTAN was suspended": as in
                # the active, the party named inside the measure is what it was done to
                inner = [p for p in _prep_objects(subj, ("on", "against", "upon", "to", "at", "with", "for", "of"))
                         if _actor_like(p) or _is_place(p)]
                return next(iter(inner + _nested_parties(subj)), subj)
            return subj
    if verb.dep_ == "relcl" and any(c.dep_ in _OBJ and c.lower_ in {"which", "who", "whom", "that"}
                                    for c in verb.children):
        # (whom a deed the clause blames is laid on: "the attack, which the government BLAMED ON
        # outlaw groups")
        on = next((o for o in _prep_objects(verb, ("on",)) if _actor_like(o)), None) \
            if verb.lemma_.lower() == "blame" else None
        return on or _denied_accuser(verb) or verb.head
    if _gapped_object(verb) and (_actor_like(verb.head) or _person_noun(verb.head) or _vehicle_with_owner(verb.head)):
        # "a US diplomat IT ARRESTED": the object gapped, with no "whom" - a party (not goods, whose
        # owner the clause may name: "weapons they seized FROM THE ARMY")
        return verb.head
    if verb.dep_ == "relcl" and not any(c.dep_ in _OBJ for c in verb.children) \
            and (accuser := _denied_accuser(verb)) is not None:
        return accuser  # "…, a charge the Taliban government rejected": the object gapped
    if _gapped_accused(verb):
        return verb.head  # "two Sudanese generals IT ACCUSED of blocking aid": whom the clause accuses
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in _EXPELLING \
            and verb.head.pos_ in ("NOUN", "PROPN") and verb.i > verb.head.i:
        return _participle_noun(verb)  # "Venezuelan MIGRANTS deported to El Salvador": those sent out
    first_obj = None
    for v in _verb_chain(verb):
        code = trigger_code(v) or ""
        if code.startswith("045") and (mediated := _between(v)) is not None:
            return mediated  # "offered to mediate BETWEEN Mali and the rebels"
        if v is not verb and _creates(v):
            # "agreed to set up a research institute (in Berlin)": what the agreement is about
            # is made, not done to a party, and where it is made is no target either
            break
        # ("killed or wounded DOZENS": the object of the verb right after "or" is both verbs')
        shared = _children(v, _OBJ) or [o for o in [joined_object(v)] if o is not None]
        shared = [o for o in shared if not _dateline_word(o)]  # ("HANOI (Reuters) - Vietnam protested": no object)
        protest = v.lemma_.lower() in _PROTEST_VERBS or code[:2] == "14" or any(
            o.lemma_.lower() in PROTEST_NOUNS for o in _children(v, {"dobj"}))  # ("HELD A RALLY in Abidjan")
        if protest:  # "gathered OUTSIDE parliament", parsed as an object: where, not whom
            shared = [o for o in shared if not any(c.lower_ in _LOCATIVE_WORDS and c.i < o.i for c in o.children)]
        # (one's own forces are not what one's force is used on: "attacked the rebel group and
        # killed ITS COMMANDER", "arrested its leader" are the group's)
        objs = [_forces_aim(o) if _own_forces(o) and not _force_on(code) else _demander(o)
                for o in map(_apposed, shared)]
        objs = [_across_border(o) if o is not None and o.head.i == v.i else o for o in objs]
        fired = [o for o in objs if o is not None and _projectile(v, o)]
        objs = [_attacker(v, o) for o in objs if o is not None and o not in fired]
        if objs and v.lemma_.lower() in CHARGE_VERBS:
            return objs[0]  # "accused the legislation of attacking civil society": whatever is accused
        if objs and v.lemma_.lower() == "blame" and objs[0].pos_ == "NOUN" and trigger_code(objs[0]) is None \
                and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in objs[0].children):
            return objs[0]  # "blaming THE JAIME MARTINEZ FRONT": a body named, whatever its head noun
        if objs and v.lemma_.lower() in _URGING and objs[0].pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in v.children):
            return objs[0]  # "pressed THE GROUPS to hand over territory": whoever is urged to act
        datives = [(_pobj(d) if d.pos_ == "ADP" else d) for d in _children(v, {"dative", "iobj"})]
        datives = [d for d in datives if d is not None]
        # (and, for a use of force, a vehicle hit: "ambushed a convoy", "a bomb hit their convoy")
        hit = code[:2] in _FORCE_ROOTS or _force_as_subject(v)
        burned = hit and any(o.lemma_.lower() == "fire" for o in objs)  # "set fire to …"
        # (not a tie cut that is named with a gerund: "suspended intelligence SHARING with the United States")
        direct = [o for o in objs if (_actor_like(o) and not (code[:2] == "16" and _gerund_act(o))) or _bare_toll(v, o)
                  # (the attackers named by a word on the attack fought back: "repelled a REBEL attack")
                  or o.dep_ in ("amod", "compound") and v.lemma_.lower() in REPEL_VERBS
                  or hit and _struck_vehicle(v, o)
                  # (and a vessel or vehicle seized, when its phrase names its state or the people in it:
                  # "seized a US-FLAGGED fishing vessel", "intercepted a flotilla CARRYING ACTIVISTS", not
                  # "seized a foreign tanker", whose owner is unknown)
                  or v.lemma_.lower() in SEIZE_VERBS and _vehicle_with_owner(o)
                  # (anyone held or expelled is a party, whatever their trade: "jailed a THEATRE DIRECTOR";
                  # so is a body banned: "banned a neo-Nazi GROUP")
                  or code[:3] in ("173", "174") and o.pos_ == "NOUN" and _person_noun(o)
                  # (and anyone hit: "gunmen shot three suspected COLLABORATORS")
                  or hit and o.pos_ == "NOUN" and _person_noun(o) and o.lemma_.lower() not in _THINGS_HIT
                  or code[:3] == "172" and o.lemma_.lower() in _BANNED_BODIES
                  # (and the one at the head of a body: "abducted THE HEAD OF Libya's state oil company")
                  or o.lemma_.lower() in _HEADS and bool(_prep_objects(o, ("of",)))]
        # "attacked the city", "stormed two camps", "stormed a hotel": a place is the target when
        # no party is named (not one's own: "opened its borders")
        # (and a gathering attacked: "attacked an anti-Islamic conference in Garland")
        # (and a site hit: "a missile hit a gas storage SITE", "attacked the SITE of a planned refinery")
        places = [o for o in objs if (o.lemma_.lower() in PLACE_NOUNS | FACILITY_NOUNS
                                      or hit and o.lemma_.lower() in _GATHERINGS | _OCCASIONS | {"site"}
                                      # (a named kind of point: "an aid distribution POINT")
                                      or hit and o.lemma_.lower() == "point" and bool(_children(o, {"compound"})))
                  and not _own(o)]
        to_objs = [_demander(_name_before_participle(o))
                   for o in _prep_objects(v, ("to", "into", "toward", "towards"))
                   # (not a term: "sentenced TO 10 YEARS in prison")
                   if not (o.ent_type_ in _TIME_ENTS or o.lemma_.lower() in _TERMS)]
        # (a fight is with its other side first: "clashed WITH SMUGGLERS on the Syrian border")
        aimed = ("against", "with", "on", "upon", "at") if v.lemma_.lower() in _FIGHT_VERBS \
            else ("against", "on", "upon", "at", "with")
        # (or hung on an ally fought beside: "fought alongside Congolese forces AGAINST M23 REBELS")
        against = [p for p in _prep_objects(v, (*aimed, "over", "for", "from")) + [
            q for a in _prep_objects(v, ("alongside", "beside")) for q in _prep_objects(a, ("against",))]
                   # (not "on Feb . 21"; but a name tagged with its night: "at KYIV overnight")
                   if (p.ent_type_ not in _TIME_ENTS or _name_before_a_time(p)) and not _month_word(p)
                   # (nor the court a case is filed at: "filed a case AT the International Court of Justice")
                   and not (code[:2] == "11" and p.head.lower_ in ("at", "with", "before", "in") and _a_court(p))
                   # (nor the deed it was done for: "seized a tanker FOR SMUGGLING fuel")
                   and not _done_for_a_deed(p)
                   # (nor who did it too: "has besieged the city TOGETHER WITH an allied rebel group")
                   and not _done_along_with(p)]
        inner = [_name_before_participle(p) for o in objs for p in _prep_objects(o, ("on", "against", "upon", "to",
                                                                                      "at", "with", "for"))
                 if not _done_for_a_deed(p)]
        # (not what it was done with: "struck a refinery WITH drones", "shelled the town with artillery")
        # (an act of force's: "warned, WITH THE LATEST AIRSTRIKES, that …" names what it warns of)
        against, inner = ([p for p in ps if not (hit and p.head.lower_ == "with" and p.lemma_.lower() in _MEANS)]
                          for ps in (against, inner))
        if protest:  # (nor where a protest over its object was held: "protesting unpaid grants AT the University")
            inner = [p for p in inner if p.head.lower_ not in _VENUE_PREPS]
        # "launched 40 drones ON Kyiv", "dropped barrel bombs on the town": where the weapon is aimed
        opened = [o for o in objs if o.lemma_.lower() in ("fire", "gunfire")]  # ("opened fire ON a bar")
        shot_at = [p for o in fired + opened + ([v] if fired or opened else [])
                   for p in _prep_objects(o, ("on", "at", "against", "into", "toward", "towards"))]
        # (not a scene set first: "ON THE STREETS of Baghdad, troops open fire")
        shot_at = [p for p in shot_at if p.i > v.i]
        inner += shot_at
        # (not where goods were seized: "seized 40 kilos of cocaine IN BOGOTA" has no target)
        # (nor where a thing the clause gaps was seized: "a cargo ship they seized IN THE RED SEA")
        seized = v.lemma_.lower() in SEIZE_VERBS and (bool(objs) and not direct or _gapped_object(v))
        # (nor where a passive's unfound subject was harmed: "In Gradiska, a man was shot" - the
        # parser lost the man; the town is where, not whom)
        # (a participle on its noun is passive too: "a man ARRESTED in Bangkok", unless a measure is
        # imposed there: "the curfew IMPOSED in six cities")
        passive = _is_passive(v) or v.dep_ == "acl" and v.tag_ == "VBN" and not _children(v, {"dobj"}) \
            and v.head.lemma_.lower() not in MEASURE_NOUNS
        # (not what it was done near: "police fired tear gas NEAR CONGRESS" fired at no legislature,
        # "patrolling NEAR Fortune Island"; but a bomb set off near a patrol was set off at it)
        near = ("near",) if code[:3] == "183" else ()
        where = [] if seized else _prep_objects(v, ("into",) if passive else ("in", "into", "across", "inside", *near))
        # (nor a place fronted before the subject: "In Paris, the North Vietnamese refused …" sets
        # the scene; "attacked in Kidal" after the verb still names what was hit)
        where = [p for p in where if not _fronted(p, v)]
        # (a place a bomb went off near is where: "blew up a railway track NEAR QUETTA")
        where = [p for p in where if not (p.head.lower_ == "near" and p.pos_ == "PROPN" and _is_place(p))]
        # (nor a line fired over: "exchanged fire ACROSS the Line of Control", "across the border")
        where = [p for p in where if not _line_crossed(p)]
        # (nor where sides fought: "rival factions CLASHED in the Libyan capital" fought no city,
        # "armed groups EXCHANGED FIRE in the capital", "gunmen opened fire in Lagos"; but fire opened
        # in a market is opened on the people in it)
        volley = bool(objs) and len(opened) == len(objs)
        if v.lemma_.lower() in _FIGHT_VERBS:
            where = []
        elif volley:
            where = [p for p in where if p.lemma_.lower() in FACILITY_NOUNS]
        # (nor where people protested: "demonstrated in the capital Minsk" was against no city, and
        # "police fired tear gas IN NAIROBI" fired at its crowd, not at the city)
        if protest or code[:3] == "175":
            where = []  # (whatever the verb: "supporters GATHERED outside the court in Yerevan")
        # (nor a stance: "marched IN OPPOSITION", "in protest", "in solidarity")
        where = [p for p in where if not (p.lower_ in _STANCE_NOUNS and not _children(p, {"det", "poss", "prep"}))]
        # (nor where a treaty was signed: "signed the treaty in Paris")
        signed = bool(objs) and _singular(objs[0].lower_) in _reciprocal_lexicon().get("agreement_nouns", frozenset())
        if signed:
            where = []
        # "agreed TO a ceasefire in Hodeidah": what an abstract object or "to" phrase is done to
        # (not where an agreement was signed: "signed a peace agreement IN WASHINGTON")
        # (not where a vehicle seized was: "seized a foreign tanker IN THE GULF" has no target, as a
        # truck seized has none)
        taken = {o.i for o in objs if v.lemma_.lower() in SEIZE_VERBS and o.lemma_.lower() in VEHICLE_NOUNS}
        inner += [p for o in objs + to_objs if not _actor_like(o) and o.i not in taken for p in _nested_parties(o)
                  if not (signed and v.lemma_.lower() in _reciprocal_lexicon().get("signing", frozenset())
                          and p.head.lower_ == "in" and p.head.head.i == o.i)
                  and not (protest and p.head.lower_ in _VENUE_PREPS)]  # (as above, deeper in the object)
        # "called FOR sanctions against China", "called for reform in Myanmar" (not what an
        # authored object is for: "accepted a proposal BY the mediators | for a ceasefire in Gaza")
        if not (objs and objs[0].lemma_.lower() in AUTHORED_NOUNS
                and any(_actor_like(p) for p in _prep_objects(objs[0], ("by", "from")))):
            inner += [p for o in _prep_objects(v, ("for",)) if not _actor_like(o) for p in _nested_parties(o)]
        ends: list[Any] = []  # where something moved goes to or comes from
        # (and forces ordered somewhere: "ordered troops TO THE BORDER" moved them)
        if (v.lemma_ in GIVE_VERBS or v.lemma_ in MOVE_VERBS or v.lemma_ == "order" and code[:3] == "154") \
                and v.lemma_ not in _EXPELLING:
            # "sent a team of experts TO Alabama": the recipient, wherever the parser hung it
            # (also hung on what the object is made of or joined with: "a team of experts | to
            # Alabama", "vehicles and a team of paratroopers | to Lebanon")
            parts = objs + [q for o in objs for q in _prep_objects(o, ("of",)) + _children(o, {"conj"})]
            parts += [q for o in parts if o.dep_ == "conj" for q in _prep_objects(o, ("of",))]
            moved = [p for o in parts for p in _prep_objects(o, ("to", "into", "from"))]
            moved += [p for o in objs for p in _nested_parties(o, ("to", "into"))]
            ends = datives + to_objs + moved + _prep_objects(v, ("from",))
            if v.lemma_.lower() == "share":
                # "shared evidence WITH India": whom it is given, on the verb or on the thing
                ends += [p for o in [v] + parts for p in _prep_objects(o, ("with",))]
            if v.lemma_.lower() in RETURN_VERBS:
                # "return weapons (they) seized FROM the army": what was taken from a party is
                # returned to it, unless where it goes is named (and hung on that clause:
                # "returned a painting stolen from the gallery TO the register")
                taken = [c for o in parts for c in o.children if c.dep_ in {"acl", "relcl"}]
                ends += [p for c in taken for p in _prep_objects(c, ("to",))]
                ends += [p for c in taken for p in _prep_objects(c, ("from",))]
            order = ends + direct + against + inner + where
            if v.lemma_.lower() == "evacuate" and direct:
                order = direct + ends + against + inner + where  # "evacuated 40 AID WORKERS from Nasir": the people
        else:
            order = direct + datives + to_objs + against + inner + where
        if code[:2] in _MEETING_ROOTS:
            # where talks are held is their venue: "returned to the negotiating table IN DOHA"
            order = [c for c in order if not _venue(c)]
        owned = _home_owner(objs[0]) if objs else None
        if owned is not None:
            # "troops surrounded HIS RESIDENCE in Juba": someone's home is his, not the city it is in
            order = [c for c in order if c not in where]
        for cand in order:
            if places and cand in where and cand not in inner + ends + against + direct:
                break  # "captured the town of Bunagana | NEAR the Ugandan border": the place taken first
            if places and cand.dep_ == "pobj" and cand not in direct and cand.lemma_.lower() in PLACE_NOUNS:
                continue  # (or ON it: "seized the town of Uvira | on Congo's border with Burundi")
            if places and cand in inner and cand.head.lower_ in _LOCATING_STOPS and cand.head.head in places:
                continue  # (or where it stands: "attacked a military base ON LAKE CHAD" attacked the base)
            # "withdrew its troops FROM the zone": a place moved to or from is the target too
            if _actor_like(cand) or cand in direct or (cand in inner or cand in ends) and _is_place(cand):
                return cand
            if hit and cand.lemma_.lower() in VEHICLE_NOUNS and cand.head.lower_ in _AIMED_PREPS:
                return cand  # "fired rockets AT a convoy", "an attack ON a bus"
            if cand.lemma_.lower() in FACILITY_NOUNS and cand in shot_at \
                    and not any(cand.is_ancestor(o) and _actor_like(o) for o in order):
                # "threw a grenade AT A BAR", "opened fire on a market" (not "murdered AT HER HOUSE";
                # and who is in it first: "into a hotel packed with TOURISTS")
                return cand
            if burned and cand.head.lower_ == "to" and cand.head.head.i == v.i:
                return cand  # "set fire TO BUSES in several districts": what burned, not the districts
            if near and cand.head.lower_ == "near" and cand.lemma_.lower() in FACILITY_NOUNS:
                return cand  # "a car bomb exploded NEAR A MILITARY BASE": set off at the base
        if places:
            return places[0]
        authored = bool(objs) and (any(c.dep_ == "poss" and _actor_like(c) for c in objs[0].children)
                                   or any(_actor_like(p) for p in _prep_objects(objs[0], ("of", "from", "by")))
                                   or _maker(objs[0]) is not None)  # "a resolution PROPOSED BY Britain"
        if (objs or fired) and not direct and not authored and not seized and not signed and not protest \
                and code[:3] != "175":  # (tear gas fired in a city is fired at its crowd)
            # "lifted a state of emergency IN the province": an object that names no party is
            # what was done; the place the verb puts it in is what it was done to (not where a
            # treaty was signed: "signed the treaty in Paris")
            # (not one fronted before the subject: "IN THE WESTERN REGION OF LVIV, a missile hit a
            # gas storage site" hit the site, in the region)
            area = next((p for p in _prep_objects(v, ("in", "across", "throughout")) if _is_place(p)
                         and not _line_crossed(p) and not _fronted(p, v)
                         and not (volley and p.lemma_.lower() not in FACILITY_NOUNS)), None)
            if owned is not None:
                owner = _antecedent(owned)
                return owner if owner is not None and owner is not _subject(v) and _actor_like(owner) else None
            if area is not None:
                return area
        if first_obj is None and objs and (_FALLBACK_ANY_OBJECT or authored):
            # "rejected the call of the European Parliament", "refused a request from the Times"
            first_obj = objs[0]
    for comp in _children(verb, {"xcomp", "ccomp"}):
        s = next(iter(_children(comp, {"nsubj"})), None)
        if s is not None and s.lower_ not in _PRONOUNS and comp.lemma_.lower() not in _ANSWERING:
            return s
    return first_obj if _KEEP_ABSTRACT_OBJECT else None


# Verbs of a warned answer, whose subject is the warner's own side: "warned that KABUL would respond"
_ANSWERING = frozenset({"respond", "retaliate", "react", "reply", "defend"})


def _between(verb: Any) -> Any | None:
    """For a mediation (CAMEO 045), whom the mediator comes between: the first party of a
    "between" phrase on the verb or down its object and purpose clauses ("mediated BETWEEN Israel
    and Hamas", "launched a mediation effort to end the rift BETWEEN Qatar and its neighbours").
    Not past a clause with a subject of its own."""
    frontier = [verb]
    for _ in range(5):  # the verb, its object, a purpose clause, a clause it controls, that object
        nxt: list[Any] = []
        for tok in frontier:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "between":
                    p = _pobj(c)
                    if p is not None and (_actor_like(p) or _is_place(p)):
                        return p
                elif c.dep_ in _OBJ | {"xcomp", "acl", "advcl", "prep", "pobj"} and c.i > verb.i \
                        and not _children(c, _SUBJ):
                    nxt.append(c)
        frontier = nxt
    return None


# CAMEO roots of a use of force: assault, fight, mass violence.
_FORCE_ROOTS = frozenset({"18", "19", "20"})
# Bodies a ban is laid on ("banned a neo-Nazi GROUP"): a party, whatever the dictionary makes of its name
_BANNED_BODIES = frozenset({"group", "party", "organisation", "organization", "movement", "association", "network",
                            "union", "militia", "outfit", "faction", "society", "foundation", "charity"})
# Verbs whose object is the weapon set off or driven in ("detonated his car", "blew up his truck").
_SET_OFF_VERBS = frozenset({"detonate", "blow", "explode", "ram", "drive", "park", "trigger", "set"})


def _home_owner(obj: Any) -> Any | None:
    """The "his" or "her" before a place or building acted on ("surrounded HIS residence", "raided
    HER home"), else None: the home is that person's, not the city's it stands in."""
    if obj.lemma_.lower() not in PLACE_NOUNS | FACILITY_NOUNS:
        return None
    return next((c for c in obj.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)


def _own(noun: Any) -> bool:
    """Whether a pronoun possesses the noun: the doer's own ("its borders", "his car")."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _force_as_subject(verb: Any) -> bool:
    """Whether a verb with no code of its own tells what a use of force named as its subject did:
    "a roadside BOMB hit a military vehicle" (the noun is the trigger, the vehicle what it hit)."""
    return trigger_code(verb) is None and any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and (trigger_code(c) or "")[:2] in _FORCE_ROOTS for c in verb.children)


def _done_along_with(noun: Any) -> bool:
    """Whether a "with" phrase names a partner in the act: "TOGETHER with", "ALONG with"."""
    prep = noun.head
    return prep.lower_ == "with" and prep.i > 0 and prep.nbor(-1).lower_ in ("together", "along")


def _done_for_a_deed(noun: Any) -> bool:
    """Whether a "for" phrase names the deed an act was done for by its "-ing" word, not who did it:
    "seized a tanker FOR SMUGGLING fuel", "for drug TRAFFICKING" (not "for the smugglers")."""
    return noun.head.lower_ == "for" and not _person_noun(noun) and any(
        t.lower_.endswith("ing") and t.pos_ in ("NOUN", "VERB") for t in (noun, *_children(noun, {"compound"})))


def _struck_vehicle(verb: Any, obj: Any) -> bool:
    """Whether the object of a use of force is a vehicle it hit, not one's own set off as the
    weapon ("the bomber detonated HIS car"); what is detonated is always the weapon ("detonated
    an explosive-packed MOTORCYCLE in a market")."""
    lem = verb.lemma_.lower()
    driven = lem in ("ram", "drive", "crash", "plough", "plow") and any(
        c.dep_ == "prep" and c.lower_ == "into" for c in verb.children)  # "rammed A VEHICLE into a checkpoint"
    return obj.lemma_.lower() in VEHICLE_NOUNS and lem not in _DETONATING and not driven \
        and not (lem in _SET_OFF_VERBS and _own(obj))


_DETONATING = frozenset({"detonate", "explode"})


def _vehicle_with_owner(obj: Any) -> bool:
    """Whether a vehicle's phrase names the state it belongs to ("a Greek-flagged tanker", "an
    Iranian ship") or the people it carries ("a boat CARRYING 60 MIGRANTS"): one taken is taken
    from them."""
    if obj.lemma_.lower() not in VEHICLE_NOUNS:
        return False
    if (code_phrase(obj.doc[obj.left_edge.i:obj.i + 1].text) or _NO_CODE).country is not None:
        return True
    return any(c.dep_ == "acl" and c.lemma_.lower() == "carry" and any(
        o.dep_ == "dobj" and (_actor_like(o) or _person_noun(o)) for o in c.children) for c in obj.children)


# Where a shot or a blow is aimed, with no object: "soldiers shot AT the crowd", "fired TOWARD them"
_AIMED_PREPS = frozenset({"at", "on", "upon", "toward", "towards", "into", "over"})


def _after_colon(verb: Any, obj: Any) -> bool:
    """An "object" the parser hung on a verb across a colon or a semicolon: "87 wounded in
    attacks on Monday: numerous small incidents" - a gloss, not what was wounded."""
    return any(t.text in (":", ";") for t in verb.doc[verb.i + 1:obj.i])


def _set_off(tok: Any) -> bool:
    """A participle set off by commas right after its noun: "the girl, (also) shot, survived"."""
    doc = tok.doc
    k = tok.i - 1
    while k >= 0 and doc[k].dep_ == "advmod":
        k -= 1
    return k >= 0 and doc[k].text == "," and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ","


def _counted_victims(tok: Any) -> Any | None:
    """Whom a bare participle names as harmed, though the parse makes it the subject of an active
    verb: the number it counts ("18 wounded", "50 killed": a participle with no auxiliary and no
    object after a bare number is a toll), or a headline's victim ("Three soldiers killed in
    ambush"). None otherwise."""
    if tok.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass") or c.dep_ == "dobj" and not _after_colon(tok, c)
                                             for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and tok.dep_ == "ROOT" and subj.pos_ in {"NOUN", "PROPN"} and subj.i < tok.i and (
            tok.lemma_.lower() in HARM_VERBS | CUSTODY_WORDS | {"shoot", "abduct", "kidnap", "execute"}) and not any(
            c.dep_ in ("conj", "ccomp", "xcomp", "prt") or c.dep_ == "prep" and c.lower_ in _AIMED_PREPS
            for c in tok.children) and not into_the_air(tok):
        # a headline's bare passive: a verb that takes an object, with none ("Three soldiers
        # killed in ambush", "Journalists detained in Cairo"); not one the tagger reads as a
        # participle in an active clause ("Trump on Tuesday RENEGED on the accord"), nor
        # "soldiers shot AT the crowd" or "IN THE AIR"
        return subj
    if subj is None:
        return None
    if tok.tag_ == "VBN" and subj.i < tok.i and _set_off(tok) and tok.lemma_.lower() in HARM_VERBS | {"shoot", "stab"}:
        return subj  # "the girl, also shot, survived": a participle between commas, said of the noun
    if tok.tag_ == "VBN" and (subj.like_num or subj.ent_type_ == "CARDINAL") and not list(subj.children) \
            and tok.lemma_.lower() not in _PROTEST_VERBS | {"gather", "strike"}:
        return subj  # (not those who do it: "HUNDREDS protested at the embassy", tagged a participle)
    if gapped_passive(tok) is not None:
        # "23 people were killed and 87 WOUNDED", "24 officers were injured and 18 people DETAINED":
        # the tagger's past tense is the passive's
        return subj
    # (a harm verb that takes an object, with none: the tagger's VBD is the participle misread)
    if tok.lemma_.lower() in HARM_VERBS and subj.pos_ == "NOUN" and not any(
            c.dep_ in ("conj", "ccomp", "xcomp", "prt") for c in tok.children) and any(
            c.dep_ == "nummod" for c in subj.children) and all(
            c.dep_ in ("nummod", "amod", "advmod", "det") for c in subj.children):
        return subj  # "leaving seventeen civilians dead and at least 28 OTHERS wounded"
    return None


def _causative(tok: Any) -> tuple[Actor | None, Actor | None] | None:
    """``(actor1, actor2)`` of a causative "X had/got Y killed": Y is done to, X has it done.
    None for any other construction."""
    if not (tok.tag_ == "VBN" and tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in ("have", "get")):
        return None
    patient = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if patient is None:
        return None
    doer = next((c for c in tok.head.children if c.dep_ in _SUBJ), None)
    a1 = _make_actor(doer, tok.doc) if doer is not None and doer.pos_ in {"NOUN", "PROPN"} else None
    return a1, (_make_actor(patient, tok.doc) if _actor_like(patient) or _person_noun(patient) else None)


def _across_border(obj: Any) -> Any:
    """ "closed Venezuela's land borders WITH BRAZIL": the party across a border is whom closing
    or opening it is done to, not the border (named by the country whose border it is). The
    parser may hang the "with" on the verb, right after the border phrase."""
    if obj.lemma_.lower() not in {"border", "frontier", "boundary"}:
        return obj
    preps = [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "with"]
    preps += [c for c in obj.head.children if c.dep_ == "prep" and c.lower_ == "with" and c.i == obj.right_edge.i + 1]
    return next((p for p in map(_pobj, preps) if p is not None and _actor_like(p)), obj)


def _bare_toll(verb: Any, obj: Any) -> bool:
    """A bare number as what a harm verb killed or wounded (or a kidnapper took) is the people
    counted: "killed three and wounded FIVE in Kano", "wounded 20 in Mahmudiyah", "kidnapped DOZENS
    more in raids on three communities" (not the place after it)."""
    counted = obj.like_num or obj.ent_type_ == "CARDINAL" or obj.lower_ in _COUNT_WORDS  # ("has killed THOUSANDS")
    # ("killed 15 MEMBERS of the Alawite minority": members counted are people, whatever group they
    # are of; so are others counted: "killing five and wounding 24 OTHERS")
    members = obj.lemma_.lower() in ("member", "other") and any(c.dep_ == "nummod" for c in obj.children)
    return verb.lemma_.lower() in HARM_VERBS - {"destroy", "damage"} | ABDUCT_VERBS and (members or counted and all(
        c.dep_ in {"advmod", "quantmod", "amod", "compound", "nummod", "det"}
        or c.dep_ == "prep" and c.lower_ in ("in", "across") for c in obj.children))


_COUNT_WORDS = frozenset({"dozens", "hundreds", "thousands", "scores", "millions"})


def _attacker(verb: Any, obj: Any) -> Any:
    """ "repelled an attack BY Haftar's forces", "foiled an assault by the rebels", "repelled a
    JIHADIST attack on the town": who is fought back is who attacked, else the object itself."""
    if verb.lemma_.lower() not in REPEL_VERBS or trigger_code(obj) is None:
        return obj
    by = next((p for p in _prep_objects(obj, ("by", "from")) if _actor_like(p)), None)
    if by is not None:
        return by
    return next((c for c in obj.children if c.i < obj.i and c.dep_ in ("amod", "compound", "poss") and c.pos_ != "PRON"
                 and (code_phrase(c.text) or _NO_CODE).sector in _ARMED), obj)


def _projectile(verb: Any, obj: Any) -> bool:
    """ "fired a missile at the city", "launched drones on Kyiv": the weapon fired is no target (one
    shot down is: "shot DOWN a Malian military drone")."""
    return verb.lemma_.lower() in PROJECTILE_VERBS and _singular(obj.text) in PROJECTILE_NOUNS \
        and not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)


# A mission's men and units, which an act is done to as to a party
_MISSION_UNITS = frozenset({"patrol", "unit", "contingent", "battalion", "company", "soldier", "troop", "peacekeeper",
                            "personnel", "staff", "worker", "team"})


def _host(tok: Any) -> Any:
    """The country a mission serves, for a mission or peacekeeping force as target.

    "contribute to the UN peacekeeping mission IN Mali", "joined the peacekeeping force in
    Somalia": a mission is an undertaking, not a party; what it is done for is its host
    (CAMEO codes peacekeeping toward the host country).
    """
    # (not a place of the mission's own: "attacked a peacekeeping BASE in Ituri province" hit the base)
    # (nor its men on the ground: "attacked a peacekeeping PATROL in the Central African Republic")
    mission = tok.lemma_.lower() in MISSION_NOUNS or tok.lemma_.lower() not in FACILITY_NOUNS | PLACE_NOUNS | \
        VEHICLE_NOUNS | _MISSION_UNITS and any(
        c.lemma_.lower() in {"peacekeeping", "peace-keeping"} for c in tok.children if c.i < tok.i)
    if not mission or any(c.ent_type_ == "NORP" or c.dep_ == "poss" and c.pos_ != "PRON" for c in tok.children):
        return tok  # "French operations in the former colony": a nation's own operations are its own
    return next((p for p in _prep_objects(tok, ("in", "to")) if _is_place(p)), tok)


def _creates(verb: Any) -> bool:
    """Whether a verb makes its object ("build a hospital", "set up a centre")."""
    lemma = verb.lemma_.lower()
    return lemma in CREATE_VERBS or lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)


def _own_forces(obj: Any) -> bool:
    """Whether an object is the source's own forces: troops possessed by a pronoun ("ITS
    FORCES"), or mobilised, sent or deployed by the source ("mobilized troops")."""
    own = _own(obj)
    if own and obj.lemma_.lower() in _ENVOYS:
        return True  # "recalled ITS AMBASSADOR from Vienna": whom the envoy was withdrawn from
    if not (own or obj.head.lemma_.lower() in SELF_MOVE_VERBS and obj.dep_ in _OBJ):
        return False
    coded = code_phrase(obj.text)
    return coded is not None and coded.sector in _ARMED


def _forces_aim(obj: Any) -> Any | None:
    """What one's own forces are sent against or to: "strengthened its forces IN THE GULF",
    "mobilized troops for the war AGAINST IRAQ". None when nothing is named: the forces
    themselves are no target ("offered to send troops to help the army": the purpose says)."""
    verb = obj.head
    enemy = _prep_objects(verb, ("against",)) + [
        p for f in _prep_objects(verb, ("for",)) for p in _nested_parties(f, ("against", "on"))]
    holders = (obj, verb)  # the parser hangs "in the Gulf" on the troops or on the verb
    envoy = obj.lemma_.lower() in _ENVOYS  # (an envoy's post is a state however tagged: "its ambassador to MALI")
    places = [p for h in holders for p in _prep_objects(h, ("in", "to", "into", "from"))
              if _is_place(p) or envoy and _actor_like(p)]
    return next(iter([p for p in enemy if _actor_like(p) or _is_place(p)] + places), None)


_ARMED = {"MIL", "COP", "REB", "INS", "UAF", "SPY"}
_ENVOYS = {"ambassador", "envoy", "diplomat", "consul", "emissary", "representative", "delegation"}
_NO_CODE = ActorCode(None, None, None, None)


def _demander(obj: Any) -> Any:
    """The author of demands, accusations or bans, else the object itself.

    "accepted the demands OF the strikers", "rejected accusations BY the US", "violated a ban BY
    the UN": to yield to, rebut or defy a demand, a charge or a ban is to yield to, rebut or
    defy whoever made it (CAMEO 08 yield, 12 reject), so that party is the target; "Iran's
    demand" keeps its possessor inside the phrase.
    """
    if obj.lemma_.lower() not in PRESSED_NOUNS:
        return obj
    return next((p for p in _prep_objects(obj, ("by", "from", "of")) if _actor_like(p)), obj)


# Lines built across the land, which stand somewhere as a building does
_LINES_BUILT = frozenset({"track", "railway", "railroad", "fence", "wall", "road", "highway", "pipeline", "cable"})
_STANDING = FACILITY_NOUNS | _LINES_BUILT


def _nested_parties(obj: Any, preps: tuple[str, ...] = ()) -> list[Any]:
    """Parties and places named inside an abstract object, nearest first.

    "suspended military aid TO Pakistan", "declared a state of emergency IN the province",
    "lifted a ban imposed ON Chadian citizens", "announced a suspension OF aid TO Egypt": the
    object is what was done; the party it was done to sits in a phrase hanging from it.
    ``preps`` limits the prepositions followed (default: all of ``_NESTED_PREPS``).
    """
    preps = preps or _NESTED_PREPS
    out: list[Any] = []
    if obj.lemma_.lower() in PLACE_NOUNS | AUTHORED_NOUNS or any(
            c.dep_ == "poss" and _actor_like(c) for c in obj.children) or obj.i >= 2 and _possessed_end(obj.doc, obj.i - 2) == obj.i + 1:
        # "the bases of government forces", "a request from the Times", "Iran's offer": the
        # object is itself the target (its owner or author comes with it).
        return out
    # (or a line built across the land: "blew up a railway TRACK near Quetta", "stormed the border
    # FENCE between Morocco and Melilla")
    building = obj.lemma_.lower() in _STANDING
    talks = obj.lemma_.lower() in _GATHERINGS  # "host NEGOTIATIONS in Nairobi": their venue
    frontier = [obj]
    signing: set[int] = set()  # participles of where a pact was made: "a peace agreement SIGNED in Washington"
    for _ in range(3):
        nxt: list[Any] = []
        for tok in frontier:
            for c in tok.children:
                if c.i < tok.i:
                    continue
                if c.dep_ == "prep" and c.lower_ in preps:
                    p = _pobj(c)
                    if p is None or p.ent_type_ in _TIME_ENTS:
                        continue
                    if c.lower_ == "with" and p.lemma_.lower() in _MEANS:
                        continue  # what it was done with, hung deep in the object: "struck an oil refinery
                        # in Russia's Saratov region WITH long-range drones"
                    if building and _is_place(p) or talks and _venue(p) or tok.i in signing and _is_place(p):
                        continue  # where a building stands: "stormed a hotel IN Mogadishu" is no attack on Mogadishu
                    if _actor_like(p) or _is_place(p):
                        out.append(p)  # (who is in it still is: "a hotel packed WITH tourists")
                    else:
                        nxt.append(p)
                elif c.dep_ == "acl" and c.tag_ == "VBN":
                    nxt.append(c)  # "a ban imposed on X"
                    if tok.lemma_.lower() in PACT_NOUNS:
                        signing.add(c.i)
        frontier = nxt
    return out


_ABOUT_PREPS = ("to", "with", "in", "for", "into")
_PARTNERED_ROOTS = frozenset({"03", "04", "05", "06"})  # agree, consult, cooperate: done WITH someone
_MEETING_ROOTS = frozenset({"04"})  # consult, meet, negotiate: an "in" place is the venue
_TOPIC_PREPS = frozenset({"on", "upon", "over", "about", "regarding", "concerning"})  # what talks are about
# Gatherings held somewhere: a place inside one is its venue, and one attacked is a target (not
# the same words as factuality's talks, whose topic is what is negotiated)
_GATHERINGS = frozenset({"talk", "talks", "negotiation", "negotiations", "meeting", "summit", "conference",
                         "consultation", "consultations", "dialogue", "rally", "protest", "demonstration", "march",
                         "sit-in", "vigil"})
# Occasions people gather for, whose crowd an attack on them hits ("attacked A WEDDING")
_OCCASIONS = frozenset({"wedding", "funeral", "concert", "festival", "ceremony", "celebration", "gathering",
                        "procession", "parade"})


def _venue(tok: Any) -> bool:
    """Whether a place is where talks are held: "IN Cairo", "AT the Oval Office"."""
    return _is_place(tok) and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "inside")
_NESTED_PREPS = ("to", "against", "on", "upon", "with", "between", "in", "of", "for", "from", "over", "into")
_KEEP_ABSTRACT_OBJECT = True


# Event nouns whose possessor, with no "of" party, is the one it is done to ("Conde's release")
_PATIENT_NOUNS = frozenset({"release", "arrest", "detention", "execution", "killing", "assassination", "abduction",
                            "kidnapping", "capture", "deportation", "extradition", "dismissal", "imprisonment",
                            "murder", "expulsion", "ouster", "overthrow", "removal", "impeachment", "torture",
                            "disappearance", "rescue", "freedom", "liberation", "sacking", "jailing", "conviction"})


def _holder(noun: Any) -> Any | None:
    """Whose commitment, plan or readiness a noun is: its possessor (a pronoun resolved), else
    the subject of the verb it is the object of ("reiterated its commitment")."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None and poss.pos_ != "PRON":
        return poss
    if noun.dep_ in _OBJ and noun.head.pos_ in {"VERB", "AUX"}:
        return _subject(noun.head)
    return _antecedent(poss) if poss is not None else None


def _author(noun: Any) -> Any:
    """Who made a statement, report or order: its possessor or "by/from" phrase, a name
    compounded with it ("a UN report"), else the subject of the verb that issued it ("Amnesty
    published a report"); the document itself when nothing names its author."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return c
    by = _prep_objects(noun, ("by", "from"))
    if by:
        return by[0]
    named = [c for c in noun.children if c.dep_ == "compound" and c.ent_type_ in {"ORG", "GPE", "NORP", "PERSON"}]
    if named:
        return named[-1]
    if noun.dep_ in _OBJ and noun.head.pos_ in {"VERB", "AUX"} and (trigger_code(noun.head) or "")[:2] not in (
            "11", "12"):  # (not one who turns it down: "REJECTING a plan to disarm the group")
        return _subject(noun.head) or noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_.lower() in cues()["speech_verbs"]:
        return _subject(noun.head.head) or noun  # "the U.N. mission SAID IN a statement condemning the attack"
    return noun


_FALLBACK_ANY_OBJECT = False


# Protests whose "of" party holds them (not a boycott's: "a boycott of Israel" is aimed at it)
_CROWD_ACTS = frozenset(PROTEST_NOUNS - {"boycott"})


# Words for a body that does what an event noun it modifies names ("a POLICE raid"; not the act's
# nature or its weapon: "TERRORIST attacks", "ARTILLERY attacks")
_DOING_BODIES = frozenset({"police", "army", "rebel", "insurgent", "militant", "regime", "government", "paramilitary",
                           "navy", "guerrilla", "jihadist", "militia", "junta"})


def _body_modifier(mod: Any, noun: Any) -> bool:
    """Whether a bare modifier of a noun of force names the body that uses it: "a POLICE raid",
    "an ARMY operation", "a GOVERNMENT crackdown" (not whom it is done to: "a police KILLING",
    "the rebels' RELEASE" - those nouns take their patient; nor "an ANTI-government protest";
    nor an adjective of kind: "MILITARY aid", "joint military exercises")."""
    if mod.dep_ not in ("compound", "amod") or mod.ent_type_ or mod.i > noun.i or any(True for _ in mod.children) \
            or noun.lemma_.lower() in _PATIENT_NOUNS or mod.i > 0 and mod.doc[mod.i - 1].text == "-":
        return False
    return mod.lemma_.lower() in _DOING_BODIES and (trigger_code(noun) or "")[:2] in ("15", "17", "18", "19", "20")


def _operation_doer(verb: Any) -> Any | None:
    """Who did a passive act with no agent in the operation it names: "the men were arrested IN
    A POLICE RAID", "two militants were killed in an ARMY operation" - the operation's doer."""
    for p in _prep_objects(verb, ("in", "during")):
        if (trigger_code(p) or "")[:2] in ("17", "18", "19", "20"):
            doer = next((c for c in p.children if c.dep_ == "amod" and c.ent_type_ == "NORP"
                         or c.dep_ == "poss" and c.pos_ != "PRON" or _body_modifier(c, p)), None)
            if doer is not None:
                return doer
    return None


# CAMEO roots of acts in words or of help, whose noun's "from" phrase names who gives them
_FROM_SOURCE_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "09", "10", "11", "12", "13", "14"})


def _nominal_roles(noun: Any) -> tuple[Any | None, Any | None]:
    """Source and target of an event noun: "Haftar's deployment", "a bombing by IS", "attack on X"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "as":
        # "held civilians AS human shields": the verb's object is what the noun makes of it
        # (the parser hangs "as" on the verb or on the object)
        gov = noun.head.head
        if gov.pos_ in {"VERB", "AUX"}:
            return _subject(gov), next(iter(_children(gov, _OBJ)), None)
        if gov.dep_ in _OBJ:
            return _subject(gov.head), gov
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "pit":
        # "The fighting PITTED forces loyal to Dbeibah AGAINST the Radaa force": the sides
        side = next(iter(_children(noun.head, {"dobj"})), None)
        other = next((p for p in _prep_objects(noun.head, ("against",))), None)
        if other is None and side is not None:
            other = next((p for p in _prep_objects(side, ("against",))), None)
        if side is not None and (other is not None or not any(t.lower_ == "against" for t in side.subtree)):
            return side, other
    src = tgt = poss = None
    for c in noun.children:
        if c.dep_ == "poss":
            # "the United States completed ITS withdrawal": the possessor a pronoun stands for
            src, poss = (_antecedent(c) or c) if c.pos_ == "PRON" else c, c
        elif c.dep_ == "prep" and c.lower_ == "by":
            src = _pobj(c) or src
        elif c.dep_ == "compound" and c.ent_type_ in {"GPE", "NORP", "ORG"} and not (
                c.ent_type_ == "GPE" and code_phrase(c.text) is None):
            src = src or c  # (a town is where: "the Kandahar attack", "the Mosul offensive")
        elif c.dep_ == "amod" and c.ent_type_ in {"NORP"}:
            src = src or c
        elif noun.dep_ not in _OBJ and not (noun.dep_ == "pobj" and noun.head.lower_ == "of") \
                and _body_modifier(c, noun):
            # "a POLICE raid", "an ARMY operation", "a REBEL attack": the body that does it (not
            # where a verb's subject does it: "China conducted large-scale MILITARY drills")
            src = src or c
    patient = None
    if poss is not None and src is not None and noun.lemma_.lower() in _PATIENT_NOUNS and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        # "demanded CONDE's release", "the journalist's arrest": whom it is done to (not "Hamas's
        # release OF the hostages"); "THEIR release" is not that of whoever demands it ("Belgrade
        # condemned the arrests and demanded their release": the men arrested, named before)
        asker = noun.head if noun.dep_ in _OBJ else None
        mine = src is not poss and asker is not None and (who := _subject(asker)) is not None and who.i == src.i
        src, patient = None, None if mine else src
    moving = noun.lemma_.lower() in MOVE_NOUNS
    if src is None and not moving and (trigger_code(noun) or "")[:2] in _FROM_SOURCE_ROOTS:
        # "drew CONDEMNATION FROM ECOWAS", "criticism from the United States", "protests from the
        # residents": words, help or protest come from whoever gives them (not a withdrawal or a
        # release "from" somewhere)
        # (the parser hangs the "from" on the verb that drew them: "drew condemnation | from ECOWAS")
        drawn = noun.dep_ == "dobj" and noun.head.lemma_.lower() in CAUSING_VERBS
        src = next((p for h in [noun, *([noun.head] if drawn else [])] for p in _prep_objects(h, ("from",))
                    if _actor_like(p)), None)
    preps = _EVENT_NOUN_PREPS + ("from",) if moving else _EVENT_NOUN_PREPS
    objs = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in preps
            for p in [_pobj(c)] if p is not None and p.ent_type_ not in _TIME_ENTS]  # not "on Sunday"
    # (nor what it was done with: "an attack WITH explosives dropped from drones")
    objs = [p for p in objs if not (p.head.lower_ == "with" and p.lemma_.lower() in _MEANS)]
    moved = None
    if moving:
        # "the deployment OF 230 troops to Liberia", "its withdrawal of troops FROM Iraq": the
        # troops moved are the source's own; where they go or leave is the target
        moved = next((p for p in objs if p.head.lower_ == "of" and (code_phrase(p.text) or _NO_CODE).sector in _ARMED),
                     None)
        objs = [p for p in objs if not (p.head.lower_ == "of" and (code_phrase(p.text) or _NO_CODE).sector in _ARMED)]
    if noun.lemma_.lower() in SELF_EVENT_NOUNS | _CROWD_ACTS:
        # "the resignation OF the president", "the surrender of the rebels": the "of" party does it
        # (as "a rally OF thousands of protesters" is theirs, whoever "broke it up")
        moved = next((p for p in objs if p.head.lower_ == "of" and _actor_like(p)), None)
        objs = [p for p in objs if p is not moved]
    # "a suspension of aid TO Egypt": a party beside or inside what the event is about comes
    # first (not "the convoy OF the minister": a thing's owner does not replace it)
    code = trigger_code(noun) or ""
    if code[:2] in _MEETING_ROOTS:
        # "a meeting AT the Oval Office": where talks are held is their venue; "talks ON the
        # release of prisoners": what they are about, no party to them
        objs = [p for p in objs if not _venue(p) and p.head.lower_ not in _TOPIC_PREPS]
    elif code[:2] == "14":
        objs = [p for p in objs if not _venue(p)]  # "an unauthorised rally IN CONAKRY": where it was held
    if noun.lemma_.lower() in FIGHT_NOUNS:
        # "killed six rebels in a clash ON THE ISLAND of Negros": where it was fought, not with whom
        objs = [p for p in objs if not (p.head.lower_ in _LOCATING_STOPS and p.lemma_.lower() in PLACE_NOUNS)]
    parties = [p for p in objs if _actor_like(p) or _is_place(p)
               # ("an attack ON A BUS in Kano", "a missile attack on a commercial vessel": the vehicle hit;
               # "an attack on A WEDDING in Kano": the gathering)
               or code[:2] in _FORCE_ROOTS and p.head.lower_ in _AIMED_PREPS
               and p.lemma_.lower() in VEHICLE_NOUNS | _GATHERINGS | _OCCASIONS]
    parties += [q for p in objs for q in _nested_parties(p, _ABOUT_PREPS)
                if not (code[:2] == "14" and _venue(q))]  # ("demonstrations against a bill IN NAIROBI")
    if moving:
        # where they go or leave comes first, wherever the parser hung it: "the extradition of
        # the former president TO Panama", "the deployment of 230 troops , including 19
        # officers , TO Liberia" (an extradition is done with the receiving state)
        # (or on its light verb: "announced the deployment of 230 troops | to Liberia")
        ends = [t for t in noun.subtree if t.i > noun.i and t.dep_ == "pobj" and t.head.lower_ in {"to", "into", "from"}]
        if noun.dep_ in _OBJ:
            ends += [p for p in _prep_objects(noun.head, ("to", "into", "from")) if p.i > noun.i]
        parties = [t for t in ends if t.ent_type_ not in _TIME_ENTS and (_actor_like(t) or _is_place(t))] + parties
    # an amount is what is given, not to whom: "the release OF $ 1 billion (in aid to Egypt)"
    tgt = patient or next(iter(parties + [p for p in objs if p.ent_type_ not in _AMOUNT_ENTS]), None)
    first = noun
    while first.dep_ == "conj" and first.head is not first and first.head.pos_ in {"NOUN", "PROPN"}:
        first = first.head  # "launched air and artillery STRIKES on the troops": the first conjunct holds "on"
    if tgt is None and first is not noun:
        tgt = next((p for p in _prep_objects(first, ("on", "against", "upon")) if p.ent_type_ not in _TIME_ENTS),
                   None)
    if tgt is None and first.dep_ in _OBJ:
        # "launched an assault on the bastion": the parser hangs the target on the light verb,
        # or on the operation's name beside it ("launched an operation, Operation Zarb, against X")
        named = [c for c in first.head.children if c.dep_ in {"npadvmod", "appos"} and c.pos_ == "PROPN"]
        aimed = ("against",) if code[:2] in _MEETING_ROOTS else ("on", "against", "upon")  # (talks "on" a topic)
        tgt = next((p for h in [first.head] + named for p in _prep_objects(h, aimed)
                    if p.ent_type_ not in _TIME_ENTS and not _month_word(p) and p.i > first.head.i), None)
        # (not "declared a ceasefire on 1 April", "On top of ...")
    if tgt is None and first.dep_ in _OBJ and code[:2] in _PARTNERED_ROOTS:
        # "held talks in Paris WITH Macron", "signed a deal in Doha with the rebels": the party the
        # light verb is done with comes before the place the talks are in (for cooperation only:
        # "launched attacks with drones" names a weapon)
        tgt = next((p for p in _prep_objects(first.head, ("with",)) if p.i > first.head.i and _actor_like(p)), None)
    if tgt is None:
        tgt = _targeting(noun if noun.dep_ not in _OBJ else noun.head)
    if tgt is None and noun.dep_ in _OBJ and code[:2] in _FORCE_ROOTS:
        # "carried out air strikes IN western Mosul, KILLING dozens of fighters": whom the
        # attack killed, not the place it fell on (where it happened)
        tgt = _victims_of(noun.head)
    if tgt is None and code[:2] in _FORCE_ROOTS and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during") \
            and (trigger_code(noun.head.head) or "")[:2] in _FORCE_ROOTS:
        # "killed 12 police officers IN AN AMBUSH in the Amhara region": the ambush was aimed at
        # whom the act it was the means of killed, not at the place
        tgt = next((o for o in _children(noun.head.head, {"dobj"}) if _actor_like(o)), None)
    if tgt is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in CAUSING_VERBS \
            and code[:2] in ("11", "12", "13"):
        # "THE OFFER drew fierce criticism in the United States": what the words are aimed at, not
        # where they were said
        tgt = _subject(noun.head)
    if tgt is None:
        # (where talks, a meeting or a rally were held is their venue: "resumed talks IN CAIRO")
        # (nor where a fight was: "the worst FIGHTING in Tripoli", "clashes broke out in the capital" had
        # parties, the place is where)
        # (nor where a raid went: "arrested 12 Palestinians during a RAID in the Old City")
        fight = noun.lemma_.lower() in _WHERE_NOT_WHOM
        tgt = _casualty(noun) or (_area(noun) if code[:2] not in _MEETING_ROOTS and code[:2] != "14" and not fight
                                  else None)
    caused = noun.head.lemma_.lower() in CAUSING_VERBS and not code.startswith("19")
    approved = noun.head.lemma_.lower() in _APPROVING and code[:2] in ("14", "18", "19", "20")
    # (a fight one side set off has it as a party: "prompting a firefight")
    quelled = _put_down(noun, noun.head)  # ("police DISPERSED a rally")
    if src is None and noun.dep_ in _OBJ and noun.head.lemma_.lower() not in REACTION_VERBS and not caused \
            and not approved and not _asks_for(noun.head) and not quelled:
        src = _subject(noun.head)  # (not "Algeria FACES the deployment", "the UN CONDEMNED the attack",
        # "the EU DEMANDED the withdrawal")
    if moved is not None and noun.lemma_.lower() in SELF_EVENT_NOUNS | _CROWD_ACTS:
        src = moved  # "demanded the resignation of the president": he would resign, not they
    if src is None and moved is not None:
        src = moved  # "the redeployment of Libyan forces": nobody else named, the forces moved
    base = noun
    while base.dep_ == "conj" and base.head is not base:  # "responsible for killings and RAPES"
        base = base.head
    if tgt is None and base.i != noun.i:
        # "killings and RAPES in South Sudan": the place the parser hung on the first conjunct
        # covers the whole coordination
        tgt = _area(base)
    sides = _between_sides(noun)
    if src is None and sides is not None:
        # "clashes BETWEEN police and protesters", "talks between the government and the rebels":
        # the two sides, the first as the doer (a reciprocal event makes the second its partner);
        # "fighting BETWEEN RIVAL FACTIONS of the cartel": both sides in one phrase
        return sides
    if (src is None and base.dep_ == "pobj" and base.head.lower_ == "for"
            and base.head.head.lemma_.lower() == "responsible"):
        # "X is responsible for the killings": X did them
        adj = base.head.head
        src = _subject(adj.head) if adj.dep_ == "acomp" else next(iter(_children(adj, _SUBJ)), None)
    gov = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "during"} else None
    if src is None and gov is not None and gov.pos_ == "VERB" and not _is_passive(gov) and (
            trigger_code(gov) or "")[:2] in {"17", "18", "19", "20"} and _counted_victims(gov) is None:
        # (not a toll read as an active verb: "87 wounded in attacks" did not attack)
        # "Israeli forces arrested 15 Palestinians IN RAIDS across the West Bank": the raids are
        # the arresting party's own (not the protests police arrested people DURING; "leftist
        # groups clash with police during rallies" do rally)
        src = _subject(gov)
        if src is not None and code.startswith("14") and (_state_force(src) or gov.lemma_.lower() not in _FIGHT_VERBS
                                                          and _sector_of(src) in _FIGHTING | {"CRM"}):
            src = None  # (nor those who attacked a gathering: "GUNMEN killed a candidate during a campaign rally")
    if src is None and noun.dep_ == "pobj" and noun.head.lower_ in {"in", "of"}:
        # "announced $ 33 million IN assistance", "a sixfold increase in funding": the amount
        # or change is what was done, and whoever did it gave the aid
        amount = noun.head.head
        if amount.dep_ in _OBJ and amount.head.pos_ == "VERB" and amount.head.lemma_.lower() not in REACTION_VERBS \
                and amount.lemma_.lower() not in TELLING_NOUNS:
            # (not "observers ANTICIPATE an escalation of attacks", nor "aid agencies received
            # REPORTS of killings")
            src = _subject(amount.head)
    return src, tgt


_FIGHT_TIMES = frozenset({"after", "following", "amid", "during", "in", "of"})
_FIGHT_VERBS = frozenset({"fight", "clash", "battle", "skirmish"})


def _fought_by(noun: Any) -> Any | None:
    """Who fought a fight "with" someone told as the time of an act of force: the act's doer ("M23
    seized the town AFTER DAYS OF FIGHTING WITH Congolese troops"; not "residents fled after
    clashes with the army")."""
    tok = noun
    for _ in range(3):
        if tok.dep_ != "pobj" or tok.head.lower_ not in _FIGHT_TIMES:
            return None
        gov = tok.head.head
        if gov.pos_ == "VERB":
            if _is_passive(gov) or (trigger_code(gov) or "")[:2] not in {"17", "18", "19", "20"}:
                return None
            doer = _subject(gov)
            return doer if doer is not None and _actor_like(doer) else None
        tok = gov
    return None


# Bodies a complaint or a case is brought before, not against
_FORUM_NOUNS = frozenset({"court", "tribunal", "commission", "ombudsman", "council"})


def _a_court(tok: Any) -> bool:
    """Whether a noun (with its name's words) is a court or a forum: "the International Court of Justice"."""
    return tok.lemma_.lower() in _FORUM_NOUNS or any(
        t.lemma_.lower() in _FORUM_NOUNS for t in tok.subtree if t.i < tok.i or t.dep_ == "compound")


def _between_pair(noun: Any) -> tuple[Any, Any] | None:
    """The two parties of a "between X and Y" phrase on an event noun, or None. Also where the
    parser hung it on the verb the event noun is the subject of, or on the place of that verb:
    "clashes broke out in the capital BETWEEN the Radaa force and a brigade"."""
    holders = [noun]
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in OCCUR_VERBS:
        verb = noun.head
        places = _prep_objects(verb, ("in", "at", "near", "around", "across"))
        # (or deeper in that place's phrase: "around the town of Walikale in North Kivu PROVINCE between …")
        places += [q for p in places for q in _prep_objects(p, ("in", "of", "near"))
                   if _is_place(q) or q.pos_ == "NOUN"]
        holders += [verb, *places]
    for p in (p for h in holders for p in _prep_objects(h, ("between",))):
        second = next((c for c in p.children if c.dep_ == "conj"), None)
        if second is None and p.tag_ in ("NNS", "NNPS"):
            # (the parser hangs the second side on the first one's "of": "between ex-rebels of the
            # Seleka coalition | AND local self-defence groups")
            second = next((c for o in _prep_objects(p, ("of",)) for c in o.children if c.dep_ == "conj"
                           and c.tag_ in ("NNS", "NNPS")), None)
        if second is not None and _actor_like(p) and _actor_like(second):
            return p, second
    return None


def _between_sides(noun: Any) -> tuple[Any, Any | None] | None:
    """The sides of a fight: a "between X and Y" pair (``_between_pair``), else both sides in one
    plural phrase, wherever the pair would be looked for: "fighting BETWEEN RIVAL FACTIONS",
    "clashes broke out between RIVAL ARMED GROUPS" (the second side then None)."""
    pair = _between_pair(noun)
    if pair is not None:
        return pair
    holders = [noun, noun.head] if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in OCCUR_VERBS else [noun]
    sides = next((p for h in holders for p in _prep_objects(h, ("between", "among")) if p.tag_ in ("NNS", "NNPS")
                  and not any(c.dep_ == "conj" for c in p.children) and _actor_like(p)), None)
    return None if sides is None else (sides, None)


def _protested(verb: Any) -> Any | None:
    """What a strike or a march protests: "went on strike TO PROTEST the decision", "started a
    hunger strike, PROTESTING the system", "in protest against the laws"."""
    for c in verb.children:
        if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in PROTEST_WORDS and c.pos_ == "VERB":
            return next((m for o in _children(c, _OBJ) for m in [_maker(o)] if m is not None), None) \
                or _target_verb(c)
        if c.dep_ == "prep" and c.lower_ == "in":
            p = _pobj(c)
            if p is not None and p.lemma_.lower() in PROTEST_WORDS:
                protested = next(iter(_prep_objects(p, ("against", "at", "over"))), None)
                return None if protested is None else _maker(protested) or protested
    return None


def _maker(thing: Any) -> Any | None:
    """Who made a law, a policy or an abuse that is protested: "the policy IMPOSED BY the
    administration", "violations BY the police" - a protest is done to whoever made what it is
    against; a possessor keeps the thing whole ("the state's system", as "Iran's demand")."""
    if any(c.dep_ == "poss" for c in thing.children):
        return None
    makers = _prep_objects(thing, ("by",)) + [
        _pobj(a) for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in _children(c, {"agent"})]
    return next((m for m in makers if m is not None and _actor_like(m)), None)


def _office_left(verb: Any) -> Any | None:
    """The body someone resigns from: "resigned FROM the cabinet", "resigned as president OF
    Indonesia" (CAMEO 0832 is done to the body left)."""
    if verb.lemma_.lower() not in {"resign", "quit"}:
        return None
    left = _prep_objects(verb, ("from",)) + [p for r in _prep_objects(verb, ("as",)) for p in _prep_objects(r, ("of",))]
    return next((p for p in left if _actor_like(p) or _is_place(p)), None)


def _casualty(noun: Any) -> Any | None:
    """Who died of an event noun: "the prisoner died as a result of TORTURE", "died after
    torture" - the one who died is what the event was done to."""
    tok = noun
    for _ in range(5):
        if tok.dep_ not in {"pobj", "prep", "pcomp", "amod", "advmod"} or tok.head is tok:
            return None
        tok = tok.head
        if tok.pos_ == "VERB":
            if tok.lemma_.lower() not in DEATH_VERBS:
                return None
            return next(iter(_children(tok, _SUBJ)), None)
    return None


# Participles that say whom an attack harmed ("…, KILLING six", "…, MAIMING dozens")
_VICTIM_VERBS = frozenset(HARM_VERBS | {"maim"})


def _victims_of(verb: Any) -> Any | None:
    """Whom a light verb's attack harmed, as a participle after it says: "carried out air
    strikes in western Mosul, KILLING several dozens of Islamic State fighters"."""
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and c.i > verb.i \
                and c.lemma_.lower() in _VICTIM_VERBS:
            obj = next((o for o in c.children if o.dep_ == "dobj"), None)
            if obj is not None and (_actor_like(obj) or _person_noun(obj)):
                return obj
    return None


# Verbs of making a deal: where it was made is its venue, not what it covers
_MAKING_A_DEAL = frozenset({"sign", "reach", "conclude", "broker", "negotiate", "agree", "seal", "ink", "strike"})


def _area(noun: Any) -> Any | None:
    """The place an event noun covers when it names no party: "a ceasefire IN Idlib", "declared
    a state of emergency in the province"."""
    holders = [noun, noun.head] if noun.dep_ in _OBJ else [noun]  # "declared a ceasefire | in X"
    # "a ceasefire EFFECTIVE from Sunday in X", "a curfew STARTING at noon in X" (not where a deal
    # was made: "an agreement SIGNED in Doha")
    holders += [c for c in noun.children if c.dep_ in {"amod", "acl"} and c.i > noun.i
                and c.lemma_.lower() not in _MAKING_A_DEAL]
    return next((p for h in holders for p in _prep_objects(h, ("in", "across", "throughout")) if _is_place(p)), None)


def _purpose_partner(verb: Any) -> Any | None:
    """The other party of a purpose clause: "phoned Lavrov TO DISCUSS Syria", "received the
    envoy TO DISCUSS ties". The main verb's object is whom the purpose event is done with or to,
    unless that verb hands the infinitive to its object ("urged Iran to talk": Iran talks).
    """
    head = verb.head
    if verb.dep_ not in {"xcomp", "advcl"} or head.pos_ not in {"VERB", "AUX"} or head is verb:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    lemma = head.lemma_.lower()
    phoned = lemma == "call" and not _prep_objects(head, ("on", "upon"))  # "called Lavrov", not "called on"
    if lemma in CONTROL_VERBS and not phoned:
        return None
    # (the small model sometimes labels such an object "oprd": "called Foreign Minister Lavrov to")
    # (not one's own forces sent to do it: "deployed TROOPS in eastern Congo to fight alongside the army";
    # nor a place the parser took for an object: "gathered OUTSIDE parliament to demand accountability")
    return next((o for o in _children(head, _OBJ | {"oprd"}) if _actor_like(o) and not _own_forces(o)
                 and not any(c.lower_ in _LOCATIVE_WORDS and c.i < o.i for c in o.children)), None)


def _beneficiary(verb: Any, *, gift: bool = False) -> Any | None:
    """Whom a gift is for when no recipient is named: "donated ventilators TO ASSIST Ethiopia",
    "sent aid to help flood victims"; ``gift`` when the event is a gift whatever its verb
    ("announced assistance TO HELP people in Somalia")."""
    if verb.lemma_.lower() not in GIVE_VERBS and not gift:
        return None
    # "offered to send troops TO HELP the army": the purpose may hang from the verb handed on
    for c in (c for v in _verb_chain(verb) for c in v.children):
        if (c.dep_ in {"xcomp", "advcl"} or c.dep_ == "acl" and verb.pos_ == "NOUN") and c.i > verb.i and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            objs = [o for o in _children(c, _OBJ) if not _own_forces(o)]
            if not objs and c.lemma_.lower() in HELP_VERBS:
                # "to help Haiti cope with the damage": whom the help is for is the small clause's subject
                objs = [g for x in c.children if x.dep_ in {"ccomp", "xcomp"} for g in _children(x, {"nsubj"})]
            obj = next((o for o in objs if _actor_like(o)), None)
            if obj is None and c.lemma_.lower() not in HELP_VERBS:
                # "gave 5 million euros to fight the epidemic IN West Africa": whom or where
                # the purpose is for (the parser hangs the place on the object or on the verb)
                nested = [p for o in objs for p in _nested_parties(o)]
                obj = next(iter(nested + [p for p in _prep_objects(c, ("in", "to")) if _is_place(p)]), None)
            if obj is not None:
                return obj
    return None


# Verbs of putting down a gathering: their subject is no one who holds it ("police DISPERSED a rally")
_QUELLING = frozenset({"disperse", "break", "ban", "block", "prevent", "stop", "crush", "suppress", "attack", "storm",
                       "raid", "quell", "forbid", "prohibit", "outlaw", "cancel", "halt", "disrupt", "tear-gas"})


def _put_down(noun: Any, verb: Any) -> bool:
    """Whether a verb puts down the gathering or the fight its noun names ("police DISPERSED a
    rally", "broke up protests", "sent to disperse THE CLASHES", "BREAK THE SIEGE"): its subject is
    no one who holds it."""
    code, lem = trigger_code(noun) or "", verb.lemma_.lower()
    return lem in _QUELLING and (noun.lemma_.lower() in PROTEST_NOUNS or code[:2] == "14") \
        or lem in PUT_DOWN_VERBS and bool(FIGHT_NOUNS & {noun.lower_, noun.lemma_.lower()}) \
        or lem == "break" and code[:3] == "191"


# Verbs of holding or trying someone over an act
_HOLDING = CUSTODY_WORDS | {"charge", "convict", "indict", "sentence", "question", "interrogate", "try", "prosecute",
                            "extradite"}


# The holders' own operations, which people are held in ("detained IN RAIDS", "in a sweep")
_SWEEPS = frozenset({"raid", "operation", "sweep", "crackdown", "swoop", "search", "roundup"})
# Searches of an area, whose "in" phrase is only where they went ("a RAID in the Old City"; not an
# operation or a crackdown, which may be named for whom they are aimed at)
_RAIDS = frozenset({"raid", "sweep", "search"})
# Event nouns whose "in" phrase is where, no party: fights and raids
_WHERE_NOT_WHOM = FIGHT_NOUNS | _RAIDS


def _held_over(noun: Any) -> tuple[Any | None] | None:
    """For an act named as what someone is held or tried over ("arrested a suspect IN THE KILLING
    of a lawmaker", "charged two men OVER THE ATTACK"), the one held as its alleged doer (None
    inside when not named); None when the noun is not so placed."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "over", "for") or prep.head.pos_ not in ("VERB", "NOUN") \
            or prep.i < prep.head.i or not _violent(noun) or noun.lemma_.lower() in _SWEEPS:
        return None  # (not a setting before the verb, nor the police's own act: "IN THE BIGGEST SEIZURE …",
        # "detained 11 U.N. staff IN RAIDS on their homes")
    gov = prep.head
    if gov.pos_ == "NOUN":
        return (gov,) if gov.lemma_.lower() in ("suspect", "accused") else None  # "a suspect in the killing"
    if gov.lemma_.lower() not in _HOLDING:
        return None
    held = next((o for o in _children(gov, {"dobj", "nsubjpass"}) if _actor_like(o)), None)
    return (held,)


def _left_harmed(verb: Any) -> Any | None:
    """Whom a toll an act "left" harmed names: "clashed on Saturday, LEAVING 14 OFFICERS injured"
    (the participle's subject is the object of "leave")."""
    if verb.tag_ == "VBD" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() == "leave" \
            and not _children(verb, {"dobj"}):
        # "leaving one protester dead and 15 POLICE OFFICERS INJURED": the parser read the toll
        # as a clause of its own, the harmed its subject
        harmed = next(iter(_children(verb, {"nsubj"})), None)
        return harmed if harmed is not None and _actor_like(harmed) else None
    if verb.tag_ != "VBN":
        return None
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() == "leave" \
            and not _children(verb, {"agent"}):
        return verb.head if _actor_like(verb.head) else None  # (the parser may hang it on them)
    if verb.dep_ not in ("xcomp", "oprd", "ccomp") or verb.head.lemma_.lower() != "leave":
        return None
    return next((o for o in _children(verb.head, {"dobj"}) if _actor_like(o)), None)


def _span_code(tok: Any) -> ActorCode | None:
    """The dictionary's code of the actor phrase a word heads (its span, not its whole subtree,
    which may take in a dateline: "LIMA (REUTERS) - Peruvian police")."""
    s, e = actor_span(tok)
    return code_phrase(tok.doc[s:e].text)


def _sector_of(tok: Any) -> str | None:
    """The sector of the actor phrase a word heads, by the dictionary."""
    got = _span_code(tok)
    return got.sector if got is not None else None


def _targeting(tok: Any) -> Any | None:
    """The object of a "targeting X" / "aimed at X" clause hanging from an event (not an aim
    that is an act: "an agreement aimed at ENDING years of conflict")."""
    for c in tok.children:
        if c.dep_ in {"advcl", "acl", "xcomp"} and c.lemma_ in {"target", "aim", "hit"} and c.i > tok.i:
            obj = next(iter(_children(c, _OBJ)), None) or next(iter(_prep_objects(c, ("at",))), None)
            if obj is not None and obj.dep_ != "pcomp" and obj.tag_ != "VBG":
                return obj
    return None


_JOINING_VERBS = frozenset({"join", "participate", "enter"})


def find_actors(trigger_token: Any, *, doc: Any, head: Any | None = None) -> tuple[Actor | None, Actor | None]:
    """Actor1 (who did it) and actor2 (who had it done to them) of the event at ``trigger_token``.

    trigger_token (Token): the event's trigger, a verb or an event noun, in ``doc``.
    doc (Doc): the parsed sentence or chunk; offsets are ``doc.text`` indices.
    head (Token): the light verb carrying an event noun's clause ("WENT on strike", "LAUNCHED a
        mediation effort"), when there is one.
    RETURNS (tuple): ``(actor1, actor2)``, each an :class:`Actor` or None.
    """
    tok = trigger_token
    if (tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ not in {"ROOT"} or tok.pos_ == "NOUN") and not acts_as_verb(tok):
        # "mediation efforts with X": a compound trigger stands for its effort noun (triggers.py)
        noun = tok.head if tok.dep_ == "compound" else tok
        src, tgt = _nominal_roles(noun)
        if src is None and noun.lemma_.lower() in ("protester", "demonstrator") and noun.dep_ in ("nsubj", "nsubjpass", "pobj"):
            # "Protesters gathered", "Thousands of protesters marched": the protesters are the protest's actor
            src = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
        if tgt is not None and noun.lemma_.lower() in PROTEST_NOUNS:
            tgt = _maker(tgt) or tgt  # "a hunger strike against violations BY the police"
        held = None if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in noun.children) \
            else _held_over(noun)  # (the noun's own doer first: "held over ISRAEL'S killing of …")
        if held is not None:
            src = held[0]  # "arrested a SUSPECT in the killing of a lawmaker": the one held, not the police
        if head is not None and head is not tok and head.pos_ in {"VERB", "AUX"} and (
                src is None or head.lemma_.lower() in _JOINING_VERBS) and not _asks_for(head) \
                and not _told_of(noun, head) and held is None \
                and not _put_down(noun, head):
            # "workers went on strike", "Norway launched a mediation effort": the light verb's
            # subject does what its event noun names; one who joins "the UN mission" acts in it
            # (the mission's holder is not who joined it)
            own = _subject(head)
            src = own if own is not None and own.i not in (tok.i, noun.i) else src  # (not the noun itself: "the evacuation began")
        if head is not None and head is not tok and tok.dep_ == "nsubj" and head.pos_ == "VERB" and (
                head.lemma_.lower() not in OCCUR_VERBS):  # ("the evacuation of civilians BEGAN": no agent)
            # "Syrian air strikes HIT the enclave": the strikes did it, as "a car bomb killed five"
            # names the bomb; what the verb hits is the target
            src, tgt = tok, tgt or _target_verb(head)
            if FIGHT_NOUNS & {tok.lower_, tok.lemma_.lower()}:
                # "clashes among rival gangs LEFT six dead", "the fighting has DISPLACED thousands":
                # a fight is no doer, its sides are
                src = (_between_sides(tok) or (None, None))[0]
        if tgt is None and head is not None and head is not tok:
            # "troops remained on alert IN the capital", "a hunger strike in protest against X"
            # (nor where talks, a rally or a strike went on: "TALKS had resumed IN CARACAS", "went on
            # STRIKE in Lima")
            held_in = noun.lemma_.lower() in FIGHT_NOUNS | _GATHERINGS or (trigger_code(noun) or "")[:2] == "14"
            tgt = (None if held_in else _area(head)) or _protested(noun) or _protested(head)
    else:
        src, tgt = _subject(tok), _target_verb(tok)
        tgt = _what_was_said_to_be(tok) or tgt
        if tgt is not None and tgt.dep_ == "pobj" and tgt.head.lower_ == "from" \
                and tok.lemma_.lower() in PROJECTILE_VERBS:
            tgt = None  # "a missile FIRED FROM Yemen": where it came from, not whom it hit
        if tgt is not None and tgt.dep_ == "pobj" and tgt.head.lower_ == "from" and tok.dep_ == "acl" \
                and tok.tag_ == "VBN" and (_actor_like(tok.head) or _person_noun(tok.head)):
            tgt = tok.head  # "100 schoolchildren KIDNAPPED FROM a school": the children, not the school
        if tgt is None:
            tgt = _targeting(tok)
        if tgt is None:
            tgt = _purpose_partner(tok)
        if tgt is None:
            tgt = _beneficiary(tok)
        if tgt is None:
            tgt = _protested(tok) or _office_left(tok)
        if src is not None and FIGHT_NOUNS & {src.lower_, src.lemma_.lower()} and tok.lemma_.lower() in HARM_VERBS:
            # "CLASHES between the army and the RSF killed 11 people": a fight is no doer; its first
            # side is (ACLED's actor 1 of the clash), none where no side is named
            src = (_between_sides(src) or (None, None))[0]
        if tgt is None and (left := _left_harmed(tok)) is not None:
            # (the doer of what left them harmed, unless of their own side: "police clashed with
            # protesters, leaving 14 OFFICERS injured" were not hurt by the police)
            # (the harmed read as the participle's own subject are no doer: "leaving 15 POLICE
            # OFFICERS injured", parsed as a clause)
            leaver = left.head if left.head.lemma_.lower() == "leave" else tok.head
            tgt, src = left, (src if src is not None and src.i != left.i else None) or _subject(leaver)
            if src is not None and _sector_of(src) == _sector_of(left):
                src = None
        if tgt is None and tok.dep_ == "acl" and tok.tag_ == "VBN" and _actor_like(tok.head) \
                and not _projectile(tok, tok.head) and not (src is not None and src.i == tok.head.i):
            tgt = tok.head  # "civilians KILLED by the militia", "groups SUPPORTED by the regime"
        if src is None and tgt is None and tok.tag_ == "VBG" and (pair := _between_pair(tok)) is not None:
            src, tgt = pair  # "FIGHTING between the guerrillas and FARC dissidents has displaced …": a gerund's sides
        elif tok.tag_ == "VBG" and tok.lemma_.lower() in ("fight", "clash", "battle") and not _children(tok, _SUBJ) \
                and (sides := next((p for p in _prep_objects(tok, ("between", "among")) if _actor_like(p)
                                    or any(_actor_like(q) for q in _prep_objects(p, ("of",)))), None)):
            # "killed six people, AS FIGHTING between rival factions entered its second week": the
            # gerund is a noun clause of its own, with its sides, not the main clause's subject's act
            pair = _between_pair(tok)
            src, tgt = pair if pair is not None else (sides, None)
    if tgt is not None and tgt.pos_ == "PRON" and (tgt.lower_ in _OBJ_PRONOUNS or tgt.lower_ == "it"
                                                   and tgt.dep_ == "dobj" and tgt.head.tag_ == "VBG"):
        tgt = _object_antecedent(tgt, src)
    elif tgt is not None and tgt.lower_ in ("he", "she") and tgt.dep_ == "nsubjpass" and tgt.i == tgt.sent.start > 0:
        tgt = _one_person_before(tgt)  # "Police arrested A MAN … HE was detained at the airport"
    elif tgt is not None and tgt.lower_ in ("he", "she", "they") and tgt.dep_ == "nsubjpass" \
            and tgt.head.dep_ == "advcl" and (one := _party_of_the_clause_set(tgt)) is not None and one is not src:
        tgt = one  # "A GUNMAN killed two people before HE was shot dead by police"
    if tgt is not None and tok.lemma_.lower() in _JUDGING:
        tgt = _judged_doer(tgt, tok) or _judged_patient(tgt, tok)
    if tgt is not None and tgt.dep_ in _SUBJ and (_dateline_word(tgt) or dateline_dash(tgt) is not None):
        # the subject of another clause taken as the target: "ADDIS ABABA, Nov 20 (Reuters) -
        # Ethiopia accused Eritrea …, charges Asmara dismissed" (the accuser after the dash)
        tgt = _past_dateline(tgt, tgt.head, _SUBJ)
    src, tgt = _whose_owner(src), _whose_owner(tgt)
    if src is not None and (src.lower_ in ("nobody", "none") or src.lemma_.lower() in _ANY_ONE and any(
            c.dep_ == "det" and c.lower_ == "no" for c in src.children)):
        src = None  # "NO GROUP claimed the attack": no one is no actor (but "no U.S. forces patrol" are theirs)
    if src is not None:
        src = _blamed_on(src) or src  # "Drone strikes BLAMED ON the RSF hit a power station": the RSF's
    if tok.dep_ == "acl" and tok.lemma_.lower() in _BLAMING and (blamed := _blamed_on(tok.head)) is not None:
        src, tgt = None, blamed  # the blaming is aimed at the RSF (by whoever blames)
    if tgt is not None and tok.dep_ in ("relcl", "acl") and tgt.i == tok.head.i and tgt.lemma_.lower() in (
            "case", "event", "eventuality"):
        tgt = None  # "in the event that troops attack": a condition, not what is attacked
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and (on := _laid_on(tok)) is not None:
        # "blamed THE ATTACK on the ELN": whom an act is blamed on did it (what it hit is named
        # before: "the attack on the station")
        src, tgt = on, (tgt if tgt is not None and tgt.i < on.i else None)
    elif tok.lemma_.lower() == "blame" and tok.pos_ == "VERB" \
            and (on := next(filter(None, map(_laid_on, _children(tok, {"dobj"}))), None)) is not None:
        tgt = on  # "BLAMED the attack on the police station on the rebels": the rebels are blamed
    if tgt is not None:
        tgt = _host(tgt)
    if src is not None and tgt is not None and src.i == tgt.i:
        tgt = None
    a1 = _make_actor(src, doc) if src is not None else None
    if a1 is not None and src is not None and src.dep_ in _SUBJ:
        # one subject split in two by the parser: "The rebel | Free Syrian Army threatened"
        nxt = next((c for c in src.head.children if c.dep_ == src.dep_ and c.i > src.i), None)
        gap = doc[src.right_edge.i + 1: nxt.left_edge.i] if nxt is not None else []
        if nxt is not None and nxt.i < src.head.i and all(
                t.text == "-" or t.dep_ == "dep" and t.tag_ == "NNP" for t in gap):  # "Jamaat - e - | Islami"
            s2, e2 = actor_span(nxt)
            first = doc.char_span(a1.start, a1.end, alignment_mode="expand")
            if first is not None and all(t.i in {g.i for g in gap} for t in doc[first.end:s2]):
                a1 = _actor_of_span(min(first.start, s2), max(e2, first.end), doc)
    if a1 is not None and src is not None and src.i < tok.i and a1.start <= tok.idx < a1.end \
            and src.pos_ != "PRON" and not any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"
                                               for c in tok.children):
        # "Flights | SUPPORTING the evacuation ... occurred": a source never holds its own event
        # either; the phrase ends where the clause holding the trigger begins ("those opposing the
        # plan" keeps it: a pronoun is no one without its clause; so does "artillery | shelling BY
        # the army", a compound the parser split, whose doer is in the clause)
        branch = next((t for t in (tok, *tok.ancestors) if t.head.i == src.i), None)
        if branch is not None and branch.dep_ in ("acl", "relcl") and branch.left_edge.i > src.i:
            cut = doc.char_span(a1.start, branch.left_edge.idx, alignment_mode="contract")
            a1 = _make_actor_from_span(cut, doc) if cut is not None and len(cut) else a1
    if a1 is not None and src is not None and src.i == tok.i and tok.lemma_.lower() in ("protester", "demonstrator"):
        # "Anti-government protesters | in Baghdad shut down roads": where the protesters are
        # is where the protest was, not part of who they are
        held = next((c for c in tok.children if c.dep_ == "prep" and c.i > tok.i
                     and (p := _pobj(c)) is not None and _venue(p)), None)
        cut = doc.char_span(a1.start, held.idx, alignment_mode="contract") if held is not None else None
        a1 = _make_actor_from_span(cut, doc) if cut is not None and len(cut) else a1
    a2 = _make_actor(tgt, doc) if tgt is not None else None
    if a1 is not None and a2 is not None and tgt is not None and a1.country and a1.country == a2.country \
            and tgt.dep_ == "nsubj" and tgt.head.dep_ == "ccomp" and tgt.head.head.i == tok.i \
            and tok.lemma_.lower() in _ANNOUNCING_THREATS:
        a2 = None  # "China's Taiwan Affairs Office warned that BEIJING would take resolute measures": its own side
    if a2 is not None and tgt is not None and tgt.i < tok.i and a2.start <= tok.idx < a2.end:
        # "civilians | killed by the militia": a target never holds its own event
        cut = doc.char_span(a2.start, tok.left_edge.idx, alignment_mode="contract")
        a2 = _make_actor_from_span(cut, doc) if cut is not None and len(cut) else None
    if a2 is not None and tgt is not None:
        a2 = _with_location(a2, tgt, doc)
        owner = _its_owner(tgt, a1) if _force_on(trigger_code(tok) or "") else None
        if owner is not None:  # "attacked the rebel group and killed ITS COMMANDER": the group's man
            a2 = replace(a2, name=owner.name, country=owner.country, sector=owner.sector, code=owner.code)
        if a2.sector == "GOV" and tgt.lemma_.lower() == "capital" and tgt.dep_ == "pobj" \
                and tgt.head.lower_ in _IN_A_PLACE:
            # "clashes erupted IN THE LIBYAN CAPITAL": the city where it happened, not the government
            a2 = replace(a2, sector=None, code=a2.country)
    if a1 is not None and a2 is not None and a1.start < a2.end and a2.start < a1.end:
        # Overlapping phrases: the target inside the source phrase ("a bombing by IS") is kept
        # separate by trimming the source to end before the target.
        if a1.start <= a2.start:
            cut = doc.char_span(a1.start, a2.start, alignment_mode="contract")
            if cut is not None and len(cut) > 0:
                a1 = _make_actor_from_span(cut, doc)
    return a1, a2


def _force_on(code: str) -> bool:
    """Whether an act of this code is force used on its object (an attack, a raid, an arrest):
    one does not use it on one's own, so "its commander" killed is another party's."""
    return code[:2] in _FORCE_ROOTS or code[:3] in ("171", "173")


def _its_owner(tgt: Any, a1: Actor | None) -> ActorCode | None:
    """The code of the body an "its" before the rank or member word of a target of force stands
    for: the latest coded party named before it in the sentence that is not the doer ("raided the
    offices of THE OPPOSITION PARTY and detained several of ITS LEADERS", "attacked the rebel group
    and killed its commander"; one does not use force on one's own), else None. The object's
    counterpart of ``_coded_through_owner``, which reads a doer's "its" through ``_antecedent``
    (the doer is the one thing an object's "its" of force is not)."""
    holder = tgt
    if tgt.lemma_.lower() in QUANTITY_HEADS or _counted(tgt):
        holder = next(iter(_prep_objects(tgt, ("of",))), tgt)  # ("several OF its leaders", "five OF its members")
    if not any(c.dep_ == "poss" and c.lower_ == "its" for c in holder.children) \
            or not (_person_noun(holder) or holder.lemma_.lower() in _MEMBER_WORDS):
        return None
    for tok in reversed(list(tgt.doc[tgt.sent.start:tgt.left_edge.i])):
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in _OBJ | _SUBJ | {"pobj"} or tok.tag_ in ("NNS", "NNPS") \
                or _is_place(tok) and tok.lemma_.lower() not in _SITES or tok.ent_type_ in _TIME_ENTS \
                or trigger_code(tok) is not None or dateline_dash(tok) is not None:
            # (not where: "the party's offices IN KAMPALA", but a body's site: "destroyed A POLICE STATION
            # and killed its commander"; nor an act: "a security CRACKDOWN"; nor where it was filed)
            continue
        coded = _span_code(tok)
        if coded is None or coded.code is None or coded.sector in (None, "CVL"):
            continue
        if a1 is not None and (a1.code == coded.code or a1.country is not None and a1.country == coded.country
                               and coded.sector in _STATE_SECTORS):
            continue  # (the doer's own are its own forces, told elsewhere; so is its own state)
        return coded
    return None


# Places that are a body's own site: "destroyed a police STATION and killed its commander",
# "attacked a rebel CAMP and killed its commander"
_SITES = FACILITY_NOUNS | {"camp"}
# Words of those who make up a body: "its leaders", "its members", "its fighters"
_MEMBER_WORDS = frozenset({"leader", "leadership", "member", "fighter", "commander", "chief", "head", "founder",
                           "spokesman", "spokesperson", "official", "militant", "activist", "supporter"})


def _fired_from(act: Any) -> Any | None:
    """Who an act one "came under" came from: "came under fire FROM ARMED MEN" (the "from" or
    "by" hung on the act or on "came")."""
    return next(iter(_prep_objects(act, ("from", "by")) + _prep_objects(act.head.head, ("from", "by"))), None)


def _came_under_for(verb: Any) -> Any | None:
    """The act of force a participle's clause "came under", the harm being its result: "came
    under FIRE from armed men, wounding two soldiers"; else None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.lemma_.lower() != "come":
        return None
    return next((o for o in _prep_objects(verb.head, ("under",))
                 if came_under(o) and (trigger_code(o) or "")[:2] in _FORCE_ROOTS), None)


# Verbs that judge an act: what they judge is done to whoever did it
_JUDGING = frozenset({"condemn", "denounce", "criticize", "criticise", "deplore", "decry"})


def _judged_doer(act: Any, judge: Any) -> Any | None:
    """Who did the act a condemnation names, when the sentence tells it with a verb of its own:
    "Pakistan carried out air strikes in Khost, which Kabul condemned" is aimed at Pakistan, not
    at the strikes."""
    if not _violent(act) or act.dep_ not in _OBJ \
            or act.head.pos_ not in ("VERB", "AUX") or act.head.i == judge.i:
        return None
    doer = _subject(act.head)
    return doer if doer is not None and _actor_like(doer) else None


def _judged_patient(tgt: Any, judge: Any) -> Any | None:
    """What a condemnation is aimed at when its object is an act of force told as a noun with
    whom it was done to: "condemned the killing OF A JOURNALIST by Israeli forces" is aimed at
    the forces, "Iran's execution of a protester" at Iran, and with no doer named at no one -
    the journalist is the act's victim, not the one judged."""
    act = tgt.head.head if tgt.dep_ == "pobj" and tgt.head.lower_ == "of" else None
    if act is None or act.pos_ != "NOUN" or (trigger_code(act) or "")[:2] not in ("17", "18", "19", "20"):
        return tgt
    top = act
    while top.dep_ == "conj" and top.head.pos_ == "NOUN":
        top = top.head  # "condemned the arrests and the KILLING of protesters"
    if top.dep_ not in _OBJ or top.head.i != judge.i:
        return tgt
    doers = [c for c in act.children if c.dep_ == "poss"] + _prep_objects(act, ("by",))
    return next((d for d in doers if _actor_like(d)), None)


def _head_word(phrase: str) -> str:
    """The head noun of a phrase as written: its last word before a preposition ("150
    PRISONERS of war")."""
    words = phrase.lower().split()
    cut = next((k for k, w in enumerate(words) if k > 0 and w in ("of", "from", "in", "at", "on", "to", "with")),
               len(words))
    return words[cut - 1]


def _whose_owner(tok: Any) -> Any:
    """The antecedent of "whose" for a phrase it opens: in "Iraq, WHOSE military targets were
    bombed" the targets are Iraq's, and "whose military targets" names no one by itself."""
    if tok is None or not any(c.tag_ == "WP$" for c in tok.children):
        return tok
    clause = next((t for t in tok.ancestors if t.dep_ == "relcl"), None)
    owner = clause.head if clause is not None else None
    return owner if owner is not None and owner.pos_ in ("NOUN", "PROPN") else tok


# Ways and open places a crowd is cleared from
_CLEARED = frozenset({"road", "street", "highway", "route", "square", "bridge", "junction", "roundabout", "avenue",
                      "area", "site", "camp"})


def _cleared_place(actor: Actor, doc: Any) -> bool:
    """Whether what a use of crowd control was aimed at is only the way or square it cleared."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and actor.code is None and span.root.lemma_.lower() in _CLEARED


def _crowd_met(verb: Any) -> Any | None:
    """The crowd of the protest a use of crowd control is told beside: "thousands MARCHED on
    Islamabad, as police FIRED tear gas" (a clause of the protest verb, or joined to one)."""
    def protesting(tok: Any) -> bool:
        return (trigger_code(tok) or "")[:2] == "14"

    def crowd_of(protest: Any | None) -> Any | None:
        crowd = _subject(protest) if protest is not None else None
        return crowd if crowd is not None and crowd.pos_ in ("NOUN", "PROPN") else None

    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
        if protesting(verb):  # "workers BLOCKED a highway …, and police FIRED rubber bullets"
            return crowd_of(verb)
    if verb.pos_ != "VERB":
        return None
    # the protest it is a clause of (or of a participle of it: "marched, DEFYING a ban, as police
    # fired"), else the protest that is a clause of it ("police fired tear gas AS THOUSANDS MARCHED")
    up = verb.head if verb.dep_ == "advcl" else None
    if verb.dep_ == "relcl" and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "with":
        up = verb.head.head.head  # "marched …, clashing WITH POLICE WHO FIRED tear gas": those they met
    for _ in range(2):  # (or of its aim: "marched … TO DEMAND his resignation, CLASHING with police who fired")
        if up is not None and up.tag_ in ("VBG", "VB") and up.dep_ == "advcl" and not protesting(up):
            up = up.head
    return crowd_of(up if up is not None and protesting(up) else next(
        (c for c in verb.children if c.dep_ == "advcl" and protesting(c)), None))


def _asks_for(verb: Any) -> bool:
    """Whether a verb asks for the event its object names, which its subject does not do:
    "the EU DEMANDED the withdrawal of the troops" (a command's giver stays the actor: "ordered
    the arrest")."""
    lem = verb.lemma_.lower()
    return lem in cues()["request_governors"] and lem not in _COMMANDING


def _with_location(actor: Actor, head: Any, doc: Any) -> Actor:
    """A target extended by the place right after it that the parser hung on the verb:
    "stormed a police headquarters | in eastern Afghanistan", "detained dozens of demonstrators
    | in Yerevan" - where the target is names it, as when the parser attaches it to the noun."""
    start, end = actor_span(head)
    top = head
    while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.lower_ == "of" and top.head.head.dep_ in _OBJ:
        top = top.head.head  # "dozens of demonstrators | in Yerevan": the quantity is the object
    # the phrase's governor: the verb of an object, or what a preposition hangs it on ("surrendered
    # to the police | in Camarines Norte", "aid for war victims | in Syria")
    gov = top.head if top.dep_ in _OBJ else top.head.head if top.dep_ == "pobj" and top.head.dep_ == "prep" else None
    if gov is None or end >= len(doc) or doc[end].idx > actor.end + 1:
        return actor  # (only right after the target as it stands)
    prep = doc[end]
    obj = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ == "in" and prep.head.i == gov.i else None
    # kept as if the parser had hung it on the target ("Macron in Paris": where a person is)
    if obj is None or not _is_place(obj) or not _keep_child(head, prep):
        return actor
    # (the place's phrase, without what a clause or a description after a comma says of it: "a
    # market in Nyala, | the capital of South Darfur" is no government, "a neighbourhood | that
    # supports his rival" no party; a list of places stays whole; nor the weapons the parser hung
    # on the place: "struck an oil refinery in Russia's Ryazan region | WITH LONG-RANGE DRONES")
    end = obj.right_edge.i + 1
    for t in obj.subtree:
        for c in t.children:
            if c.i > t.i and (c.dep_ in ("relcl", "parataxis") or c.dep_ == "acl" and c.pos_ in ("VERB", "AUX")
                              or c.dep_ == "appos" and doc[c.left_edge.i - 1].text == ","
                              or c.dep_ == "prep" and c.lower_ == "with" and _armed_with(c)):
                end = min(end, c.left_edge.i)
    return _make_actor_from_span(doc[start:max(end, obj.i + 1)], doc)


def _armed_with(prep: Any) -> bool:
    """Whether a "with" phrase names the weapons used: "with long-range drones", "with rockets"."""
    obj = _pobj(prep)
    return obj is not None and obj.lemma_.lower() in _MEANS


_BLAMING = frozenset({"blame", "attribute"})


def _blamed_on(noun: Any) -> Any | None:
    """Who a deed named with "blamed on" or "attributed to" is laid on: "drone strikes BLAMED ON
    THE RSF"."""
    return next((o for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _BLAMING
                 for o in _prep_objects(c, ("on", "to")) if _actor_like(o)), None)


def _laid_on(deed: Any) -> Any | None:
    """Whom the deed a verb "blames" on someone is laid on: "blamed the attack ON THE ELN" (the
    parser often hangs the "on" on the deed, as if the ELN were attacked; the last "on" is the
    blamed party's: "the attack on the police station ON THE REBELS")."""
    if deed.dep_ != "dobj" or deed.head.lemma_.lower() != "blame":
        return None
    on = max((o for o in _prep_objects(deed.head, ("on",)) + _prep_objects(deed, ("on",)) if o.i > deed.i),
             key=lambda o: o.i, default=None)
    return on if on is not None and _actor_like(on) else None  # (not "blamed it on A HANDLING ERROR")


def _make_actor_from_span(span: Any, doc: Any) -> Actor:
    toks = _edge_trim(list(span))
    if not toks:
        toks = list(span)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
    text = doc.text[start:end]
    coded = code_phrase(text)
    return Actor(text=text, start=start, end=end, name=coded.name if coded else None,
                 country=coded.country if coded else None, sector=coded.sector if coded else None,
                 code=coded.code if coded else None)


@functools.lru_cache(maxsize=1)
def _reciprocal_lexicon() -> dict[str, frozenset[str]]:
    base = resources.files("watchfloor") / "data" / "actors"
    data = yaml.safe_load((base / "roles.yaml").read_text(encoding="utf-8")) or {}
    return {k: frozenset(str(w).lower() for w in v or []) for k, v in data.items()}


def _two_parties(subj: Any) -> bool:
    """Whether a subject is a pair of conjoined parties: "Armenia and Azerbaijan"."""
    conjs = [c for c in subj.children if c.dep_ == "conj"]
    return len(conjs) == 1 and not any(c.dep_ == "conj" for c in conjs[0].children)


def is_reciprocal(trigger_token: Any, *, ptype: str | None) -> bool:
    """Whether an event is done *between* parties rather than by one to another.

    "Armenia and Azerbaijan agreed to a ceasefire", "Lavrov held talks with Safadi", "Putin met
    Erdogan", "Kenya signed an agreement with the UK": a meeting, talks or an agreement is done
    by both parties and to neither, so it has no target (PLOVER's rule; see
    :func:`reciprocal_partner`). A one-sided event of the same type keeps its roles: "Australia
    agreed to lend $1 billion to Indonesia", "Tillerson called Lavrov".

    trigger_token (Token): the trigger; ptype (str): its PLOVER type.
    RETURNS (bool): True for a reciprocal event.
    """
    lex = _reciprocal_lexicon()
    if ptype is None or ptype.lower() not in lex.get("types", frozenset()):
        return False
    tok = trigger_token
    verb, subj = _reciprocal_subject(tok)
    lemmas = {tok.lemma_.lower(), tok.lower_}
    if tok.pos_ == "NOUN" and _between_pair(tok) is not None:
        return True  # "talks BETWEEN the government and the rebels", "cooperation between X and Y"
    if subj is None:
        return False
    if _two_parties(subj):
        return True
    partner = (_prep_objects(verb, ("with",)) + _prep_objects(tok, ("with",)))
    if lemmas & lex.get("meeting", frozenset()):
        objs = [o for o in _children(verb, _OBJ) if o is not tok and _actor_like(o)]
        return bool(partner or objs)
    if verb.lemma_.lower() in lex.get("signing", frozenset()):
        objs = _children(verb, _OBJ)
        if objs and objs[0].lemma_.lower() in lex.get("agreement_nouns", frozenset()):
            return bool(partner or _prep_objects(objs[0], ("with",)))
    return False


def _reciprocal_subject(tok: Any) -> tuple[Any, Any | None]:
    """The verb carrying a possibly reciprocal event and its subject (None when it has none)."""
    verb = tok.head if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ in _OBJ else tok
    subj = next(iter(_children(verb, _SUBJ)), None)
    if subj is None and verb.dep_ == "xcomp":
        subj = next(iter(_children(verb.head, _SUBJ)), None)
    if subj is not None and (_dateline_word(subj) or dateline_dash(subj) is not None):
        # (the subject after the dash: "BANGKOK, Oct 20 (Reuters) - Cambodia and THAILAND signed")
        subj = _past_dateline(subj, subj.head, _SUBJ) or subj
    return verb, subj


def reciprocal_partner(trigger_token: Any, actor1: Actor | None, actor2: Actor | None, *, doc: Any,
                       ptype: str | None) -> tuple[Actor | None, Actor | None]:
    """``(actor2, partner)`` of an event once its reciprocity is known.

    PLOVER codes a meeting, talks or an agreement between parties with every party as the actor
    and no recipient, and the annotated corpora agree: "Putin met Erdogan" has no target. The
    other party is no less part of the event, so it is kept as the event's ``partner`` (the
    object, "met ERDOGAN", or the second of two conjoined subjects, "Armenia and AZERBAIJAN
    agreed"), and dyad views, watch rules and clustering read it as the second party. What a
    reciprocal event is about ("agreed to share information on COMPANY OWNERSHIP") is no party
    and is dropped. A one-sided event is returned as it came: ``(actor2, None)``.
    """
    if not is_reciprocal(trigger_token, ptype=ptype):
        return actor2, None
    verb, subj = _reciprocal_subject(trigger_token)
    two = subj is not None and _two_parties(subj) and actor1 is not None
    if two and actor2 is not None and actor2.country not in (None, "IGO", "NGO", actor1.country) \
            and not actor2.start <= subj.idx < actor2.end:
        # "Mexico and Canada agreed to lift tariffs on AMERICAN PRODUCTS": a joint act done to
        # a third country's people or things, who stay its target (not a forum: "will attend
        # the meeting of ASEAN", nor a topic: "agreed to share information on company ownership")
        return actor2, None
    pair = _between_pair(trigger_token) if trigger_token.pos_ == "NOUN" else None
    if pair is not None:  # "the summit between the EU and TURKEY": a place's name is a party here
        s, e = actor_span(pair[1])
        return None, _not_a_time(_actor_of_span(s, e, doc), doc)
    if actor2 is not None and _actor_like_span(actor2, doc) and not two:
        return None, actor2
    if two:
        second = next(c for c in subj.children if c.dep_ == "conj")
        if second.idx >= actor1.end and _actor_like(second):
            s, e = actor_span(second)
            return None, _not_a_time(_actor_of_span(s, e, doc), doc)
    # "signed an agreement WITH ZAMBIA": the partner hung on the verb, the trigger or the pact
    partners = [p for w in (verb, trigger_token, *_children(verb, _OBJ)) for p in _prep_objects(w, ("with",))
                if _actor_like(p)]
    if partners:
        s, e = actor_span(partners[0])
        return None, _not_a_time(_actor_of_span(s, e, doc), doc)
    return None, None



# Event types whose actor moves itself: "forces were deployed", "the withdrawal of X".
_SELF_MOVING_TYPES = frozenset({"MOBILIZE", "RETREAT"})


def roles_for(trigger_token: Any, *, doc: Any, ptype: str | None = None,
              head: Any | None = None) -> tuple[Actor | None, Actor | None]:
    """The final ``(actor1, actor2)`` of an event: ``find_actors`` plus the event type's view.

    The coder should call this rather than merge ``find_actors`` with a second finder: a
    generic subject/object fallback adds abstract objects ("discuss *a number of topics*",
    "lifted *a travel ban*") as actor2 and lowers target precision more than it adds recall.
    For self-moving events (MOBILIZE, RETREAT) with no agent the moved party is actor1:
    "troops were deployed".

    trigger_token (Token): the trigger; doc (Doc): its parsed chunk; ptype (str): PLOVER type;
    head (Token): the light verb of an event noun, if any (see ``find_actors``).
    RETURNS (tuple): ``(actor1, actor2)``, each an :class:`Actor` or None.
    """
    a1, a2 = find_actors(trigger_token, doc=doc, head=head)
    if a1 is None and (responder := _responder(trigger_token)) is not None:
        a1 = _make_actor(responder, doc)  # "Israel RESPONDED WITH artillery fire on southern Lebanon"
    held_in = trigger_token.head.head if trigger_token.dep_ == "pobj" and trigger_token.head.lower_ in (
        "in", "under") else None
    if trigger_token.lemma_.lower() in HELD_STATES and held_in is not None \
            and held_in.lemma_.lower() in ("be", "remain", "stay") and held_in.pos_ in ("VERB", "AUX"):
        # "Lissu REMAINS IN DETENTION", "Machar HAS BEEN UNDER house arrest since March": held, not
        # holding (nor held by where: "remains under house arrest IN DHAKA")
        held = _subject(held_in)
        a1, a2 = None, (_make_actor(held, doc) if held is not None and held.pos_ != "PRON" else a1)
    elif trigger_token.lemma_.lower() in HELD_STATES and trigger_token.dep_ == "pobj" and head is not None \
            and trigger_token.head.lower_ == "under" and head.lemma_.lower() in HOLDING_VERBS:
        # "PLACED the opposition leader UNDER house arrest", "Machar WAS PLACED under house arrest":
        # whom the verb puts there is held; its subject or agent holds
        held = next(iter(_children(head, {"dobj", "nsubjpass"})), None)
        if held is not None and dateline_dash(held) is not None:
            # "KAMPALA (Reuters) - Bobi Wine WAS PLACED under house arrest": past the dateline
            held = _past_dateline(held, head, {"nsubjpass"})
        if held is not None and held.lower_ in _RELATIVES and head.dep_ == "relcl":
            held = head.head  # "Riek Machar, WHO was placed under house arrest in March"
        if held is not None and _actor_like(held):
            by = next((_pobj(c) for c in head.children if c.dep_ == "agent"), None)
            a1 = a1 if by is None else _make_actor(by, doc)
            a2 = _make_actor(held, doc)
    if trigger_token.pos_ == "NOUN" and came_under(trigger_token):
        # "U.N. peacekeepers CAME UNDER FIRE FROM armed men": the subject is fired on, by "from"
        came = trigger_token.head.head
        said = next(iter(_children(came, {"nsubj"})), None)
        hit = None if said is None or said.lower_ in _PRONOUNS - _RELATIVES else _subject(came)
        # (a relative's antecedent, "the towns … WHICH came under attack"; not a guess at "they")
        by = _fired_from(trigger_token)
        a1 = _make_actor(by, doc) if by is not None and _actor_like(by) else a1
        a2 = _make_actor(hit, doc) if hit is not None and hit.pos_ != "PRON" else a2
    under = _came_under_for(trigger_token)
    if under is not None:
        # "peacekeepers came under fire from armed men, WOUNDING two soldiers": the harm is the
        # fire's, done by whoever fired (no one named: no doer), not by those fired on
        by = _fired_from(under)
        a1 = _make_actor(by, doc) if by is not None and _actor_like(by) else None
    counted = _counted_victims(trigger_token)
    if counted is not None:
        # "counted two dead and 18 WOUNDED", "with 50 wounded": a toll, not 18 who wounded
        by = next((_pobj(c) for c in trigger_token.children if c.dep_ == "agent"), None)
        a1, a2 = (_make_actor(by, doc) if by is not None else None), _make_actor(counted, doc)
    causer = _causative(trigger_token)
    if causer is not None:
        # "the warlord had three journalists killed": the journalists were killed, by the warlord
        a1, a2 = causer
    a1, a2 = _not_a_time(a1, doc), _not_a_time(a2, doc, count=True)
    if a2 is None and trigger_token.lemma_.lower() in RELEASE_VERBS and trigger_token.pos_ == "VERB":
        # "freed a former presidential candidate": whoever is set free is the target, named by a
        # noun the dictionary may not know
        objs = [o for v in _verb_chain(trigger_token) for o in _children(v, _OBJ)] + [
            o for o in [_inverted_object(trigger_token)] if o is not None]
        obj = next((o for o in objs if o.pos_ in {"NOUN", "PROPN"} and o.ent_type_ not in _NON_ACTOR_ENTS), None)
        if obj is not None:
            a2 = _not_a_time(_make_actor(obj, doc), doc)
    if a2 is None and ptype == "AID":
        # "announced $ 60 million in assistance TO HELP people in Somalia": whom the gift's
        # purpose names, wherever the gift noun's light verb carries it
        verb = head if head is not None and head.pos_ in {"VERB", "AUX"} else trigger_token
        helped = _beneficiary(verb, gift=True) if verb.pos_ in {"VERB", "AUX"} else None
        if helped is not None:
            a2 = _not_a_time(_make_actor(helped, doc), doc)
    control = (trigger_code(trigger_token) or "").startswith("175")
    if control and a2 is not None and _cleared_place(a2, doc):
        a2 = None  # "police fired rubber bullets to clear THE ROAD": at whoever was on it
    crowd = _crowd_met(trigger_token) if a2 is None and control else None
    if crowd is not None:
        a2 = _not_a_time(_make_actor(crowd, doc), doc)  # "thousands marched, AS police FIRED tear gas": at them
    if a2 is None and ptype == "AID" and trigger_token.pos_ == "VERB" and trigger_token.lemma_.lower() in GIVE_VERBS:
        a2 = _not_a_time(_sent_to(trigger_token, doc), doc)
    if a2 is None and ptype == "REQUEST" and trigger_token.pos_ == "VERB":
        # "called for Egyptians to join the march": whom the appeal asks is the subject the
        # parser gives its "for … to" clause
        asked = next((g for c in trigger_token.children if c.dep_ in ("advcl", "xcomp", "ccomp") and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in c.children) for g in c.children if g.dep_ == "nsubj"), None)
        if asked is not None and _actor_like(asked):
            a2 = _not_a_time(_make_actor(asked, doc), doc)
    if a2 is None and ptype in {"AID", "REQUEST"} and trigger_token.pos_ == "NOUN":
        # "launched an appeal for $ 88 million TO HELP people in Ethiopia": the purpose hung on
        # the gift or appeal noun itself names whom it is for
        helped = _beneficiary(trigger_token, gift=True)
        if helped is None and head is not None and head.pos_ in {"VERB", "AUX"} and ptype == "REQUEST":
            helped = _beneficiary(head, gift=True)  # the purpose hung on the appeal's light verb
        if helped is not None:
            a2 = _not_a_time(_make_actor(helped, doc), doc)
    if a2 is None and trigger_token.pos_ == "NOUN" and (trigger_code(trigger_token) or "").startswith("045"):
        # "launched a mediation effort to end the rift between X and Y": from the light verb
        mediated = _between(head if head is not None else trigger_token)
        if mediated is not None:
            a2 = _not_a_time(_make_actor(mediated, doc), doc)
    if a2 is None and ptype in ("COERCE", "SANCTION") and trigger_token.pos_ == "VERB" \
            and (traded := _trade_partner(trigger_token)) is not None:
        a2 = _not_a_time(_make_actor(traded, doc), doc)  # "banned exports of gallium TO THE UNITED STATES"
    lemma = trigger_token.lemma_.lower()
    if ptype in _SELF_MOVING_TYPES and a1 is None and a2 is not None and lemma not in RELEASE_VERBS and (
            trigger_token.pos_ != "VERB" or lemma in SELF_MOVE_VERBS | MOVE_VERBS):
        # (not "UN sanctions were lifted": what is lifted or returned does not move itself)
        a1, a2 = a2, None
    pair = _mutual_pair(trigger_token, head)
    if pair is not None and (a2 is None or not _actor_like_span(a2, doc) or _where_not_whom(a2, doc)
                             or _what_about(a2, doc)
                             or _singular(_head_word(a2.text)) in MUTUAL_OBJECTS):  # (not "swapped PRISONERS (of war)")
        # "Morocco and Algeria severed ties", "troops and rebels clashed near Goma": each did it
        # to the other; CAMEO's dyad is the first party to the second
        a1, a2 = (_not_a_time(_actor_of_span(s, e, doc), doc) for s, e in pair)
    elif a2 is not None and lemma in MUTUAL_VERBS | {"exchange", "trade"} \
            and _singular(_head_word(a2.text)) in MUTUAL_OBJECTS - {"prisoner", "prisoners"}:
        a2 = None  # "Thai and Cambodian troops exchanged ARTILLERY FIRE": what was traded is no party
    elif a2 is not None and _met_by_pair(trigger_token, head) and (
            not _actor_like_span(a2, doc)
            or a2.text.split()[-1].lower() in _reciprocal_lexicon().get("agreement_nouns", frozenset())):
        a2 = None  # "Putin and Xi met IN BEIJING", "signed A SECURITY PACT": no party
    if a1 is None and (trigger_token.lower_ in FIGHT_NOUNS or lemma in _FIGHT_VERBS) \
            and _prep_objects(trigger_token, ("with",)) and (doer := _fought_by(trigger_token)) is not None:
        a1 = _not_a_time(_make_actor(doer, doc), doc)  # "seized the town after days of fighting WITH troops"
    if a1 is not None and trigger_token.dep_ == "acl" and trigger_token.tag_ in ("VBN", "VBD") \
            and trigger_token.head.lemma_.lower() in PACT_NOUNS and a1.start <= trigger_token.head.idx < a1.end:
        a1 = None  # "the first violation of A CEASEFIRE agreed in May": what was agreed is no party
    if a2 is not None and ptype == "MOBILIZE" and lemma in WEAPON_TESTS:
        a2 = None  # "oversaw a test of a new hypersonic MISSILE": the weapon tried out is no party
    if a2 is not None and lemma in _reciprocal_lexicon().get("signing", frozenset()) \
            and _singular(_head_word(a2.text)) in _reciprocal_lexicon().get("agreement_nouns", frozenset()):
        a2 = None  # "the Washington ACCORD signed in June": what was signed is no party
    if a1 is None and (talker := _talks_had_by(trigger_token)) is not None:
        a1 = _not_a_time(_make_actor(talker, doc), doc)  # "Hungary dropped its veto AFTER TALKS with Brussels"
    if a1 is None and trigger_token.lemma_.lower() in CUSTODY_WORDS:
        where = _custody_place(trigger_token)
        if where is not None:
            a1 = _make_actor(where, doc)
    return a1, a2


# Prepositions that put talks beside the act of the clause they hang on
_TALKS_BESIDE = frozenset({"after", "following", "during", "in", "at", "before"})


def _talks_had_by(noun: Any) -> Any | None:
    """Who held the talks a clause's act follows or took place in, with a party named: "Hungary
    dropped its objection AFTER TALKS WITH the Commission" (Hungary talked), "said IN TALKS with
    Macron". The clause's subject, a named party (not a pronoun); else None."""
    if noun.pos_ != "NOUN" or (trigger_code(noun) or "")[:2] not in _MEETING_ROOTS or noun.dep_ != "pobj" \
            or noun.head.lower_ not in _TALKS_BESIDE or noun.head.head.pos_ not in ("VERB", "AUX") \
            or not any(_actor_like(p) for p in _prep_objects(noun, ("with",))):
        return None
    subj = _subject(noun.head.head)
    return subj if subj is not None and subj.pos_ != "PRON" and _actor_like(subj) else None


# Trade and traffic a ban or a halt cuts, whose "to"/"from" names the country it is aimed at
_TRADE_NOUNS = frozenset({"export", "import", "shipment", "supply", "sale", "delivery", "flight", "trade",
                          "transit", "visa"})


def _what_was_said_to_be(verb: Any) -> Any | None:
    """The object a source names for what the verb hit: "struck WHAT the Israeli military said
    WERE Hezbollah weapons DEPOTS" (the parser makes "said" a clause of the verb and the military
    its subject: the depots were struck, not the military)."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ != "what":
        return None
    for said in verb.children:
        if said.dep_ != "ccomp" or said.i < verb.i or said.lemma_.lower() not in cues()["speech_verbs"]:
            continue
        for be in said.children:
            if be.dep_ == "ccomp" and be.lemma_.lower() == "be":
                return next((a for a in be.children if a.dep_ == "attr"), None)
    return None


def _trade_partner(verb: Any) -> Any | None:
    """Whom a ban or a halt of trade is aimed at, where the parser hung the "to"/"from" on the
    goods: "banned exports of gallium and germanium TO the United States", "imports FROM Israel".
    Only a party or a place."""
    obj = next((o for o in _children(verb, {"dobj", "nsubjpass"}) if o.lemma_.lower() in _TRADE_NOUNS), None)
    if obj is None:
        return None
    dest = next((_pobj(t) for t in obj.subtree if t.dep_ == "prep" and t.lower_ in ("to", "from")
                 and t.i > obj.i and _pobj(t) is not None), None)
    return dest if dest is not None and (_is_place(dest) or _actor_like(dest)) else None


def statement_recipient(verb: Any, code: str, *, doc: Any) -> Actor | None:
    """The recipient of a typed public statement (CAMEO 015, 018, 019), which the generic
    finder would take from what the statement is about.

    019, expressing accord: whom one sides with ("agreed with the NCAA that …").
    018, an empathetic comment: whom the condolences go to ("to the Belgian people", "for the
    victims", "solidarity with Kyiv"), not their occasion ("over the earthquake in Sichuan").
    015, a claim of responsibility: whom the claimed act was done to ("claimed the attack on
    the army's sites", "claimed they had attacked the air base"); the act itself is no party.
    """
    said = [verb] + [o for o in verb.children if o.dep_ in ("dobj", "attr")]
    if code == "019":  # "agreed with the Senate that …"
        sided = next(iter(_prep_objects(verb, ("with",))), None)
        return _not_a_time(_make_actor(sided, doc), doc) if sided is not None and _actor_like(sided) else None
    if code == "018":
        for w in said:
            preps = [c for c in w.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for", "with")]
            for p in (o for o in map(_pobj, preps) if o is not None):
                if _actor_like(p) or _person_noun(p) or p.lemma_.lower() in PARTY_NOUNS:
                    return _not_a_time(_make_actor(p, doc), doc)
        return None
    if code == "015":
        claimed = claimed_attack(verb)
        if claimed is not None:  # "claimed they had attacked the air base": what they attacked
            return roles_for(claimed[0], doc=doc, ptype="ASSAULT", head=claimed[1])[1]
        acts = [p for w in said for p in _prep_objects(w, ("for", "on", "over"))]
        for act in acts:
            if acts_as_verb(act) or act.pos_ != "NOUN":
                continue
            _src, tgt = _nominal_roles(act)
            if tgt is not None and (_is_place(tgt) or not _place_like(tgt)) and trigger_code(tgt) is None:
                # (the place the claimed attacks covered: "for several attacks IN THE PROVINCE";
                # not whom the claim was sent to: "in an e-mail TO THE NEWSPAPER"; not "act of ARSON")
                return _not_a_time(_make_actor(_host(tgt), doc), doc)
    return None


def _sent_to(verb: Any, doc: Any) -> Actor | None:
    """Where a gift went when the parser hung its "to" on the last word of the gift: "sent
    supplies and personnel such as doctors TO NEPAL". Only the phrase's last "to", and only a
    party or a place: "aid to fight the epidemic" is a purpose."""
    obj = next((o for o in _children(verb, {"dobj"}) if o.i > verb.i), None)
    if obj is None:
        return None
    tos = [t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == "to" and t.i > obj.i]
    if not tos or tos[-1].right_edge.i != obj.right_edge.i:
        return None
    dest = _pobj(tos[-1])
    if dest is None or not (_is_place(dest) or _actor_like(dest)):
        return None
    return _make_actor(dest, doc)


def _mutual_pair(tok: Any, head: Any | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two conjoined subjects of an act they do to each other, as token ranges: a mutual verb
    ("clashed", "exchanged fire", "swapped prisoners") or relations made or broken ("severed
    ties"); not "Russia and China vetoed the resolution", done by both to a third."""
    verb, subj = _pair_subject(tok, head)
    shared = _shared_head_sides(verb) if subj is None else None
    if subj is None and shared is None or verb.pos_ not in {"VERB", "AUX"}:
        return None
    objs = {o.lemma_.lower() for o in _children(verb, {"dobj"})}
    each_other = any({o.lower_} | {d.lower_ for d in o.children} in ({"other", "each"}, {"one", "another"})
                     for o in _children(verb, {"dobj"}))  # "Kinshasa and Kigali have accused EACH OTHER"
    if verb.lemma_.lower() not in MUTUAL_VERBS and not objs & MUTUAL_OBJECTS and not each_other:
        return None
    if verb.lemma_.lower() in {"exchange", "swap", "trade"} and not objs & MUTUAL_OBJECTS:
        return None
    if shared is not None:
        # "INDIAN and CHINESE TROOPS clashed": the whole phrase is the first side's (its first
        # adjective's), the second adjective with the head the other's
        noun, other = shared
        return (phrase_start(noun), noun.i + 1), (other.i, noun.i + 1)
    second = next(c for c in subj.children if c.dep_ == "conj")
    cc = next((c for c in subj.children if c.dep_ == "cc" and subj.i < c.i < second.i), None)
    if cc is None or not (_actor_like(subj) and _actor_like(second)):
        return None
    first = (phrase_start(subj), cc.i)
    s2, e2 = actor_span(second)
    return first, (s2, e2)


def _shared_head_sides(verb: Any) -> tuple[Any, Any] | None:
    """The head noun and the second people's adjective of a subject naming two sides with one noun:
    "INDIAN and CHINESE troops" (the parser joins the adjectives, not two nouns)."""
    subjects = _children(verb, {"nsubj"})
    subj = next((s for s in subjects if not _dateline_word(s)), None)
    if subj is None:  # (or hung on a dateline the parser made the subject: "NEW DELHI (Reuters) - | Indian and …")
        subj = next((p for s in subjects for p in [_past_dateline(s, verb, {"nsubj"})] if p is not None), None)
    if subj is None or subj.pos_ != "NOUN" or any(c.dep_ == "conj" for c in subj.children):
        return None
    sides = [a for a in subj.children if a.dep_ in ("amod", "nmod", "compound") and a.ent_type_ == "NORP"
             and a.i < subj.i]
    if len(sides) != 1:
        return None
    others = [c for c in sides[0].children if c.dep_ == "conj" and c.ent_type_ == "NORP" and c.i < subj.i]
    joined = any(c.dep_ == "cc" for c in sides[0].children)
    return (subj, others[0]) if len(others) == 1 and joined and _actor_like(subj) else None


def _governing_prep(actor: Actor, doc: Any) -> Any | None:
    """The preposition whose object an actor phrase is, else None."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    root = span.root if span is not None else None
    return root.head if root is not None and root.dep_ == "pobj" else None


def _where_not_whom(actor: Actor, doc: Any) -> bool:
    """Whether a party is named as where something happened ("clashed AT THE UN"), by a place
    preposition on a verb: a pair of subjects who did it to each other outranks it."""
    prep = _governing_prep(actor, doc)
    return prep is not None and prep.lower_ in {"at", "in", "near", "inside", "outside"} \
        and prep.head.pos_ in {"VERB", "AUX"}


def _what_about(actor: Actor, doc: Any) -> bool:
    """Whether a party is named as what a quarrel is over ("Morocco and Algeria traded accusations
    OVER A DRONE STRIKE", "traded blame FOR a drone strike"): a pair of subjects who did it to each
    other outranks it."""
    prep = _governing_prep(actor, doc)
    return prep is not None and prep.lower_ in {"over", "about", "regarding", "concerning", "for"}


def _met_by_pair(tok: Any, head: Any | None) -> bool:
    """A meeting, talks or an agreement of two conjoined subjects ("Putin and Xi met")."""
    verb, subj = _pair_subject(tok, head)
    return subj is not None and verb.lemma_.lower() in MEETING_VERBS


def _pair_subject(tok: Any, head: Any | None) -> tuple[Any, Any | None]:
    """The verb carrying an event and its subject when that is two conjoined parties ("Armenia
    and Azerbaijan"), else None as the subject."""
    verb = head if head is not None and head.pos_ in {"VERB", "AUX"} else tok
    # (not a dateline's city the parser made a subject too: "PORT SUDAN (Reuters) - Sudan's army
    # and the RSF traded fire")
    subjects = _children(verb, {"nsubj"})
    subj = next((s for s in subjects if not _dateline_word(s)), None)
    if subj is None:  # (or the subject hung on the city: "KHARTOUM (Reuters) - | Sudan's army and …")
        subj = next((a for s in subjects for a in s.children if a.dep_ == "appos" and _two_parties(a)), None)
    if subj is None:  # (or joined to it, past its date: "BANGKOK, Nov 24 (Reuters) - | Thai soldiers and …")
        subj = next((p for s in subjects if _dateline_word(s)
                     for p in [_past_dateline(s, verb, {"nsubj"})] if p is not None and _two_parties(p)), None)
    return verb, subj if subj is not None and _two_parties(subj) else None


def _actor_like_span(actor: Actor, doc: Any) -> bool:
    """Whether an actor found is a party rather than a place or thing ("near Goma")."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and _actor_like(span.root) and not _is_place(span.root)


def accuser(claim: Any, doc: Any) -> Actor | None:
    """Who made the accusation a denial answers: "denied charges BY THE US", "rejected
    accusations FROM a lawmaker" (the parser may hang the "by" on the verb), "rejected CARACAS'S
    claim"; None when the text does not say. The coder makes it the denial's target."""
    preps = [c for c in claim.children if c.dep_ == "prep"]
    preps += [c for c in claim.head.children if c.dep_ == "prep" and c.i > claim.i]
    # "the allegations made by the opposition"
    preps += [g for c in claim.children if c.dep_ == "acl" for g in c.children if g.dep_ == "agent"]
    for prep in preps:
        obj = _pobj(prep) if prep.lower_ in ("by", "from") else None
        if obj is None or obj.pos_ not in {"NOUN", "PROPN", "PRON"} or obj.ent_type_ in _NON_ACTOR_ENTS:
            continue
        s, e = actor_span(obj)
        # what the accusation says is no part of who made it: "by the US OF GENOCIDE"
        for c in obj.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "against", "over") and c.i > obj.i and not any(
                    _actor_like(p) for p in _prep_objects(obj, (c.lower_,))):
                e = min(e, c.i)
        return _not_a_time(_actor_of_span(s, e, doc), doc)
    # "rejected CARACAS'S claim", "Venezuela's accusations": the possessor made it
    owner = next((c for c in claim.children if c.dep_ == "poss" and c.pos_ != "PRON" and _actor_like(c)), None)
    return None if owner is None else _not_a_time(_make_actor(owner, doc), doc)


def _custody_place(verb: Any) -> Any | None:
    """Where someone was arrested or mistreated, standing for whoever holds it, when nobody is
    named as doing it: "was arrested IN RWANDA". Only an agentless passive qualifies: "police
    arrested him in Kigali" names its source."""
    if verb.pos_ != "VERB" or not _is_passive(verb):
        return None
    # (a name after "in" is a place whatever the small model's entity type: "arrested in
    # Niger", tagged a person)
    # (a named place only: "arrested AT HIS HOME" says nothing of who holds him)
    return next((p for p in _prep_objects(verb, ("in", "at"))
                 if p.pos_ == "PROPN" and p.ent_type_ not in _TIME_ENTS | {"ORDINAL", "CARDINAL"}), None)


# Nouns that only name a stretch of time
_TIME_NOUNS = frozenset({"night", "day", "week", "month", "year", "morning", "evening", "afternoon", "weekend",
                         "hour", "minute", "decade", "century", "dawn", "dusk", "midnight", "noon", "moment",
                         "time", "period", "fortnight", "season"})


def _not_a_time(actor: Actor | None, doc: Any, *, count: bool = False) -> Actor | None:
    """No actor is a date or time: "held talks on Sunday" has no target called Sunday.

    count: the actor is a target, where a bare number is the people counted ("killing 7",
    "wounded four", "two others were shot"); a source made of stop words stays none ("one by
    one", "one of them")."""
    if actor is None or len(actor.text.strip()) < 2 and not (count and actor.text.strip().isdigit()):
        return None  # (nor what is left of a garbled "Friday   s clashes")
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    # Nor a bare pronoun or determiner ("them", "its"); but "the US" is a name, though "us" is
    # a stop word.
    if span is not None and len(span) and all(
            t.ent_type_ in _TIME_ENTS and not _name_before_a_time(t) or t.is_punct or t.is_stop and t.pos_ != "PROPN"
            and not (count and t.like_num and t.lower_ != "one")  # ("no one" counts nobody)
            or _month_word(t) for t in span):
        return None
    if span is not None and len(span) and span.root.lemma_.lower() in _TIME_NOUNS:
        return None  # "the sixth night", "the first day": a time, however tagged
    return actor


def _month_word(tok: Any) -> bool:
    """A month the tagger missed as a date ("on Feb . 21" with a spaced period): capitalised,
    with a number or its abbreviation's period next to it ("May" alone may be a name)."""
    if not tok.text[:1].isupper() or not tok.is_alpha or not is_month_name(tok.text):
        return False
    doc = tok.doc
    near = [doc[i] for i in (tok.i - 1, tok.i + 1, tok.i + 2) if 0 <= i < len(doc)]
    return any(t.like_num or t.text == "." and t.i == tok.i + 1 for t in near)
