"""Event triggers: lexicon look-up of verbs and event nouns, classified with the parse.

The lexicon (``data/lexicon/triggers.tsv``) maps a lemma and part of speech to a CAMEO code and
PLOVER type/mode. In context the parse refines it: verb+object and verb+particle phrases ("open
fire", "step down", "take control"), nouns with telling modifiers ("air strike", "hunger
strike", "troop movement"), light verbs whose object is the event ("launched an assault", "held
talks"), and nouns only where they denote an event that took place (subject, object of a light
verb, "killed in clashes"), not a topic ("an attempt at reviving negotiations").

``might_hold_event`` is the cheap pre-filter: a regular expression over the lexicon's word
forms, no parse.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from watchfloor.coding.inflect import lemma_candidates
from watchfloor.coding.role_words import ANSWER_WORDS, ARABIC_PLACE_WORDS, CLAIM_NOUNS, CUSTODY_WORDS, FACILITY_NOUNS, \
    HARM_VERBS, HELD_STATES, HOLDING_VERBS, PLACE_NOUNS, TELLING_NOUNS, TEST_NOUNS, TEST_VERBS, VEHICLE_NOUNS
from watchfloor.nlp.dateline import dateline_dash

__all__ = ["TriggerEntry", "Trigger", "OCCUR_VERBS", "THREATEN", "THREATEN_FINE", "accident_toll", "acts_as_verb",
           "answer_phrase", "called_wrong",
           "gapped_passive", "is_amount", "joined_object", "lexicon",
           "cue_pattern", "cues", "find_triggers", "might_hold_event", "people_before_participle", "sentence_of",
           "trigger_code"]

LEXICON_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicon"


@dataclass(frozen=True)
class TriggerEntry:
    """One lexicon row."""

    lemma: str
    pos: str  # "V" or "N"
    cameo: str
    type: str | None
    mode: str | None
    weight: float
    obj: tuple[str, ...] = ()


@dataclass
class Trigger:
    """A trigger found in a parsed sentence.

    ``token`` is the word that names the event; ``head`` is the token that carries its clause
    (the light verb of "launched an assault", else ``token``); ``start``/``end`` are doc-relative
    character offsets of the trigger text (light verb + noun when there is one).
    """

    token: Any
    head: Any
    cameo: str
    type: str | None
    mode: str | None
    weight: float
    nominal: bool
    start: int
    end: int


@functools.lru_cache(maxsize=1)
def lexicon() -> dict[tuple[str, str], list[TriggerEntry]]:
    """(lemma, pos) → entries, phrase entries (with ``obj``) first, and among them the
    no-event rows (weight 0: "walked out the back door") before the event rows ("walked out")."""
    out: dict[tuple[str, str], list[TriggerEntry]] = {}
    for line in (LEXICON_DIR / "triggers.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = (line.split("\t") + [""] * 7)[:7]
        lemma, pos, code, typ, mode, weight, obj = (c.strip() for c in cells)
        e = TriggerEntry(lemma, pos, code, typ or None, mode or None, float(weight or 0),
                         tuple(o for o in obj.split("|") if o))
        out.setdefault((lemma, pos), []).append(e)
    for entries in out.values():
        entries.sort(key=lambda e: (not e.obj, e.weight > 0, -e.weight))
    return out


@functools.lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    """Word lists for light verbs, factuality, ACLED refinement, disasters and crime."""
    data: dict[str, Any] = json.loads((LEXICON_DIR / "cues.json").read_text(encoding="utf-8"))
    for k, v in list(data.items()):
        if isinstance(v, list):
            data[k] = frozenset(v)
    return data


@functools.lru_cache(maxsize=64)
def cue_pattern(key: str, group: str | None = None) -> re.Pattern[str]:
    """A case-blind whole-word pattern of a cue list: ``cues()["acled"][key]``, or ``cues()[key]``
    with ``group`` set. A negating prefix cancels a word ("anti-aircraft guns" name no aircraft,
    "non-violent protesters" no violence)."""
    words = cues()["acled"][key] if group is None else cues()[key]
    alts = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?<!\banti-)(?<!\bnon-)\b(?:{alts})\b", re.IGNORECASE)


# Verbs that start an operation against someone
_LAUNCHING = frozenset({"launch", "conduct", "begin", "start", "mount", "carry", "intensify", "step"})
# "a prisoner swap", "an exchange of prisoners": a release of captives (CAMEO 0841)
_CAPTIVES = ("prisoner", "captive", "detainee", "hostage", "pow")
# Nouns whose meaning a modifier decides: (noun lemma, modifier lemma) → (cameo, type, mode, weight)
_NOUN_MODIFIED: dict[tuple[str, str], tuple[str, str, str | None, float]] = {}
for _mods, _nouns, _val in (
    (("air", "drone", "aerial"), ("strike", "raid", "attack", "bombardment", "bombing"), ("195", "ASSAULT", "aerial", 0.85)),
    # (bombs dropped from aircraft)
    (("glide", "guided", "barrel", "aerial", "air"), ("bomb",), ("195", "ASSAULT", "aerial", 0.8)),
    (("bombing",), ("raid", "run", "mission", "sortie"), ("195", "ASSAULT", "aerial", 0.8)),
    (("missile", "rocket", "mortar", "artillery"), ("strike", "attack", "fire", "barrage"), ("194", "ASSAULT", "heavy-weapons", 0.8)),
    (("hunger",), ("strike",), ("142", "PROTEST", "hunger", 0.7)),
    (("arson", "incendiary", "firebomb"), ("attack", "assault", "raid"), ("180", "ASSAULT", "destroy", 0.8)),
    (("verbal", "scathing", "blistering", "stinging", "withering", "personal", "rhetorical", "vitriolic"),
     ("attack", "assault", "broadside"), ("111", "ACCUSE", "disapprove", 0.7)),  # criticism
    (("sexual", "sexually"), ("assault", "abuse", "violence", "attack", "harassment", "exploitation"), ("1821", "ASSAULT", "sexual", 0.85)),
    (("general", "labor", "labour", "worker", "national", "nationwide", "teacher", "doctor", "union", "taxi",
      "transport", "bus", "rail", "railway", "nurse", "miner", "student", "dockworker"), ("strike",),
     ("143", "PROTEST", "strike", 0.7)),
    (("suicide",), ("attack", "bombing", "bomb", "bomber", "blast", "explosion"), ("1831", "ASSAULT", "suicide-attack", 0.85)),
    (("car", "truck", "roadside"), ("bomb", "bombing", "blast", "explosion"), ("1832", "ASSAULT", "explosives", 0.85)),
    (("chemical", "gas", "chlorine", "sarin"), ("attack", "strike"), ("2041", "ASSAULT", "unconventional", 0.85)),
    (("troop", "military", "army", "force", "militia"), ("movement", "buildup", "build-up", "deployment", "presence", "reinforcement"), ("154", "MOBILIZE", "troops", 0.7)),
    (("military", "naval", "joint", "war", "army"), ("exercise", "drill", "maneuver", "manoeuvre"), ("152", "MOBILIZE", "troops", 0.6)),
    (("war", "military", "naval", "joint"), ("game",), ("152", "MOBILIZE", "troops", 0.6)),
    (("peacekeeping", "peace-keeping", "peacekeeper"), ("operation", "mission", "force", "deployment", "contingent", "troop"), ("074", "AID", None, 0.6)),
    (("military", "security", "ground", "counter-terrorism", "counterterrorism", "army", "counter-insurgency"), ("operation", "campaign"), ("190", "ASSAULT", None, 0.6)),
    (("peace",), ("talk", "negotiation", "process"), ("046", "CONSULT", None, 0.65)),
    # a weapon tested is a show of force (CAMEO 150), no attack on anyone
    (("missile", "rocket", "nuclear", "weapon", "weapons", "warhead", "ballistic", "hypersonic", "icbm"),
     tuple(TEST_NOUNS), ("150", "MOBILIZE", None, 0.7)),
    (("phone", "telephone", "video"), ("call", "conversation"), ("041", "CONSULT", "phone", 0.6)),
    (("human",), ("shield",), ("181", "ASSAULT", "abduct", 0.75)),
    (_CAPTIVES, ("exchange", "swap"), ("0841", "RETREAT", "release", 0.7)),
    (("legal", "court", "judicial"), ("action", "case", "proceeding"), ("115", "ACCUSE", "allege", 0.65)),
    # a cooking demonstration, a biker rally, a campaign rally, flood fighting (weight 0: no event)
    (("interactive", "timed", "cooking", "product", "practical", "hands-on", "software", "technology", "safety",
      "live", "flight", "fashion"), ("demonstration",), ("141", "PROTEST", "demo", 0.0)),
    (("biker", "motorcycle", "bike", "car", "pep", "market", "stock", "vintage", "auto", "campaign", "election",
      "electoral", "re-election", "reelection", "pre-election", "victory", "fundraising"), ("rally",),
     ("141", "PROTEST", "demo", 0.0)),
    (("flood", "fire", "crime", "poverty", "corruption", "cancer", "disease", "pest", "forest", "bush", "wildfire"),
     ("fighting", "fight"), ("190", "ASSAULT", None, 0.0)),
    # a contest fought in court, at the polls or in a market is no fighting (weight 0: no event)
    (("legal", "court", "courtroom", "judicial", "custody", "uphill", "budget", "election", "electoral", "ratings",
      "legislative", "bidding", "takeover", "zoning", "regulatory", "trade", "price", "tariff", "currency",
      "culture", "patent", "copyright", "procedural"),
     ("battle", "fight", "war"), ("190", "ASSAULT", None, 0.0)),
    # a press release is a document, a home invasion a burglary (weight 0: no event)
    (("press", "news", "media"), ("release",), ("0841", "RETREAT", "release", 0.0)),
    (("home", "house"), ("invasion",), ("192", "ASSAULT", None, 0.0)),
    # breaking a town's or a court's rules is no defiance of a political order (weight 0: no event)
    (("code", "zoning", "traffic", "parking", "building", "probation", "parole", "health", "safety", "fire",
      "speeding", "permit", "licensing", "housing", "ethics", "campaign", "copyright", "patent", "tax"),
     ("violation",), ("128", "REJECT", None, 0.0)),
):
    for _n in _nouns:
        for _m in _mods:
            _NOUN_MODIFIED[(_n, _m)] = _val

# What one takes that is a step, not a place or a person: "took control MEASURES"
_STEPS_TAKEN = frozenset({"measure", "step", "action", "precaution", "stance", "position", "decision", "note"})
# Exercises an armed force may hold, and the words of such a force as the verb's subject
_EXERCISES = frozenset({"exercise", "drill", "maneuver", "manoeuvre"})
_FORCE_WORDS = frozenset({"military", "army", "navy", "troops", "forces", "force", "marines", "soldiers", "guard"})


def _held_by_forces(tok: Any) -> bool:
    """Whether an exercise noun is the object of a verb whose subject is an armed force
    ("the army held exercises", "Venezuela's military began exercises"; not "officials held a
    drill at the school")."""
    if tok.dep_ != "dobj":
        return False
    verb = tok.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # (or the noun right before the verb, which the parser may hang on a dateline: "CARACAS, Dec. 2
    # (AP) - Venezuela's MILITARY began exercises")
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return any(t is not None and t.lower_ in _FORCE_WORDS for t in (subj, before))


# Who goes on strike: with one of these in the sentence a "strike" is a labour strike
_LABOUR = frozenset({"worker", "union", "employee", "staff", "teacher", "doctor", "nurse", "driver",
                     "miner", "striker", "labour", "labor", "workforce", "trucker", "pilot", "docker",
                     "unionist", "wage", "salary", "pay", "walkout"})

def _labour_word(w: Any) -> bool:
    """A word of labour, not an army's "general staff"."""
    return w.lemma_.lower() in _LABOUR and not (
        w.lower_ == "staff" and w.i > 0 and w.doc[w.i - 1].lower_ in ("general", "joint"))


def _aimed_at_a_thing(tok: Any) -> bool:
    """Whether a strike is aimed at something ("the strike ON THE REFINERY"), not a day ("a strike on Monday")."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "against") and any(
        o.dep_ == "pobj" and (o.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "NORP")
                              or o.lemma_.lower() in FACILITY_NOUNS | VEHICLE_NOUNS | PLACE_NOUNS)
        for o in c.children) for c in tok.children)


# "a spate of kidnappings", "victims of rape": the event is the ``of`` complement of these nouns
_INSTANCE_NOUNS = frozenset({"incident", "case", "victim", "wave", "spate", "series", "string", "round",
                             "act", "number", "outbreak", "scene", "aftermath", "allegation", "report",
                             "survivor", "wake", "string", "campaign", "cycle", "escalation", "motion",
                             "package", "raft", "tranche", "batch", "slew"})
# Armed forces that exercise together: "X and Y held war games" is military cooperation
_JOINT_MODS = frozenset({"joint", "bilateral", "multinational", "combined", "trilateral"})

# Prepositions that attach a nominal event to the clause that reports it ("killed in clashes").
_EVENT_PREPS = frozenset({"in", "during", "after", "following", "amid", "since", "by", "from", "with",
                          "before", "despite", "through", "under"})
_WITNESS_VERBS = frozenset({"face", "witness", "see", "survive", "claim", "confirm", "report", "follow",
                            "spark", "trigger", "cause", "provoke", "prompt", "escalate", "intensify",
                            "leave", "end", "stop", "halt", "resume", "continue", "break", "erupt",
                            "repel", "repulse", "thwart", "foil", "defeat", "observe", "record", "draw"})
# "a mediation effort", "a peace initiative": the effort is the event its modifier names
_EFFORT_NOUNS = frozenset({"effort", "initiative", "bid", "drive", "mission", "push", "package"})
# nouns for the doer of an event: as the predicate of "be" they state the event ("the largest donor")
_AGENT_NOUNS = frozenset({"donor"})
# Nouns that after "under" tell a state one is in, not an act someone did ("under pressure")
_STATES_UNDER = frozenset({"pressure", "threat"})
_NOMINAL_OK_DEPS = frozenset({"nsubj", "nsubjpass", "ROOT", "appos", "conj"})
# Verbs that say an event named by their subject took place ("clashes erupted", "the blast ripped
# through a market", "an air strike hit the hospital"): the verb carries the event's clause, its
# time and place, so it joins the trigger as a light verb does for an object noun.
# Of those, the verbs that only say the event took place: its parties are the noun's own ("the
# evacuation of civilians BEGAN"), where "a car bomb KILLED five" names the bomb as the doer.
OCCUR_VERBS = frozenset({"erupt", "occur", "happen", "break", "take", "rage", "flare", "begin", "start", "continue",
                         "resume", "spread", "escalate", "intensify"})
_HAPPEN_VERBS = OCCUR_VERBS | frozenset({"rip", "hit", "target", "rock", "tear", "strike", "leave", "kill", "wound",
                                         "injure", "destroy", "damage", "claim", "displace", "uproot"})
# the doers an event noun may name: "protesters hit police" is not a protest that hit police
_PERSON_NOUNS = frozenset({"protester", "demonstrator", "bomber", "donor", "rioter"})
# particles the parser may read as prepositions ("handed over | the weapons", "walked out | of")
_PARTICLES = frozenset({"over", "out", "back", "off"})
# "broke out", "took place", "flared up": these need their particle or object
_HAPPEN_PARTS = {"break": ("out",), "take": ("place",), "flare": ("up",)}


# Verbs that make someone do what their "to" clause says: "ORDERED French troops to leave"
_MAKING_DO = frozenset({"order", "instruct"})  # (the verbs with such rows in triggers.tsv)
# Verbs and nouns of leave given: "GAVE APPROVAL for the UN to deliver aid", "granted permission"
_PERMITTING_VERBS = frozenset({"give", "grant"})
_PERMISSIONS = frozenset({"approval", "permission", "go-ahead", "consent", "authorization", "authorisation",
                          "clearance"})


def _lets_aid_in(verb: Any) -> bool:
    """Whether a verb gives leave for aid to be delivered: its object is a permission, and the
    clause it permits is an act of aid ("gave approval for the United Nations TO DELIVER AID")."""
    leave = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in _PERMISSIONS]
    permitted = [t for o in leave for t in o.subtree] + [t for c in verb.children if c.dep_ in ("prep", "advcl", "xcomp")
                                                          for t in c.subtree]
    return bool(leave) and any(t.pos_ == "VERB" and (trigger_code(t) or "").startswith("07") for t in permitted)


def _forceful_aim(operation: Any) -> bool:
    """Whether an operation's purpose is an act of force on someone: "launched an operation TO HUNT
    DOWN the militants", "to capture the town", "to attack al-Nusra forces" (not one to arrest or
    detain: "launched operations TO DETAIN 110 more individuals" is police work, no assault)."""
    aims = [c for h in (operation, operation.head) for c in h.children
            if c.dep_ in ("acl", "advcl", "relcl", "xcomp") and any(a.tag_ == "TO" for a in c.children)]
    return any((trigger_code(a) or "")[:2] in ("18", "19", "20") or a.lemma_.lower() in _HUNTING for a in aims)


# Verbs of going after someone that name no harm by themselves ("hunt down", "flush out", "root out")
_HUNTING = frozenset({"hunt", "flush", "root", "track", "pursue", "chase", "clear"})


def acts_as_verb(tok: Any) -> bool:
    """Whether a word tagged as a noun heads a verb's clause: the small model sometimes tags a
    verb as a noun yet parses its subject and object ("EU and UN HAND over supplies")."""
    kids = {c.dep_ for c in tok.children}
    return tok.pos_ == "NOUN" and "nsubj" in kids and bool(kids & {"dobj", "prt"})


def _pos(tok: Any) -> str | None:
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") or acts_as_verb(tok):
        return "V"
    if tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children):
        return "V"  # a headline verb read as a noun: "EU and UN hand over supplies"
    if tok.pos_ in ("NOUN", "PROPN"):
        return "N"
    if tok.pos_ == "ADJ" and (tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") or any(
            c.dep_ == "prep" and c.lower_ in ("on", "against") for c in tok.children)):
        return "N"  # an event noun tagged as an adjective: "the regime OFFENSIVE on the bastion"
    return None


def _lemma(tok: Any) -> str:
    lem = tok.lemma_.lower()
    doc = tok.doc
    # a hyphenated word the tokenizer split ("cease-fire", "gang-raped")
    # (or spaced out, in text tokenised word by word: "cease - fire")
    if tok.i >= 2 and doc[tok.i - 1].text == "-":
        joined = f"{doc[tok.i - 2].lower_}-{lem}"
        if (joined, "N") in lexicon() or (joined, "V") in lexicon():
            return joined
    # the small model garbles some regular verb forms ("raped" → "rap")
    if _pos(tok) == "V" and tok.tag_ in ("VBD", "VBN", "VBG", "VBZ", "VBP") and (lem, "V") not in lexicon():
        for cand in sorted(lemma_candidates(tok.lower_)):
            if cand != lem and (cand, "V") in lexicon():
                return cand
    # the small model sometimes leaves event nouns inflected ("clashes", "airstrikes")
    if _pos(tok) == "N" and (lem, "N") not in lexicon() and lem.endswith("s") and (lem[:-1], "N") in lexicon():
        lem = lem[:-1]
    return lem


# What a blaze may be called that still says no one's shooting ("a HUGE fire killed 59 people")
_BLAZE_SIZES = frozenset({"huge", "massive", "large", "big", "major", "deadly", "devastating", "raging", "small"})


def _shots_fired(c: Any) -> bool:
    """Whether "fire" is someone's shooting, not a blaze: "ISRAELI fire", "TANK fire", "the army's
    fire", "fire FROM a helicopter", "a return OF fire" (not "a fire", "a huge fire")."""
    return c.lemma_.lower() == "fire" and (c.dep_ == "pobj" and c.head.lower_ == "of" or any(
        g.dep_ in ("poss", "compound", "nmod") or g.dep_ == "amod" and g.lower_ not in _BLAZE_SIZES
        or g.dep_ == "prep" and g.lower_ == "from" for g in c.children))


def _names(c: Any, words: set[str], *, nested: bool = True) -> bool:
    """Whether a noun phrase's head (or a compound/adjective on it) is one of ``words``, also
    through "of" after a collective head ("contingents of peacekeeping troops"); "fire" that is
    someone's shooting is no blaze."""
    if _shots_fired(c):
        words = words - {"fire"}
    if (c.lemma_.lower() in words or c.lower_ in words
            or any(g.lemma_.lower() in words for g in c.children if g.dep_ in ("compound", "amod"))):
        return True
    return nested and any(_names(g, words, nested=False) for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj")


def _relative_pronoun(verb: Any, deps: tuple[str, ...]) -> str | None:
    """The relative pronoun ("which", "that", "who", "whom") a relative clause's verb has in one of
    the roles ``deps`` ("the town WHICH was seized": nsubjpass); None outside a relative clause."""
    if verb.dep_ != "relcl":
        return None
    return next((c.lower_ for c in verb.children if c.dep_ in deps and c.lower_ in ("which", "that", "who", "whom")),
                None)


def _names_a_sum(noun: Any) -> bool:
    """Whether a noun phrase is a sum of money ("a $100 voucher", "2 million euros"), not only
    mentions one in a clause or a phrase of its own ("the list of employees who received $165m")."""
    for g in noun.subtree:
        if g.ent_type_ != "MONEY":
            continue
        t = g
        while t.i != noun.i and t.dep_ not in ("relcl", "acl", "prep", "advcl", "ccomp", "appos"):
            t = t.head
        if t.i == noun.i:
            return True
    return False


def _made_to(verb: Any, clause: Any, words: tuple[str, ...]) -> bool:
    """Whether ``clause`` is a "to" clause of ``words`` that the object of an order is made to do:
    "ordered FRENCH TROOPS to leave the country" (not "ordered to leave", with no one sent)."""
    return verb.lemma_.lower() in _MAKING_DO and clause.lemma_.lower() in words and clause.i > verb.i \
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children) \
        and any(o.dep_ == "dobj" and o.i < clause.i for o in verb.children)


# Determiners that make "week", "day" or "year" a date ("last week"), not a span given
_DEICTIC = frozenset({"this", "last", "next", "that", "every", "each", "previous", "past", "coming"})


# Words of the lexicon's rows for armed doers ("@militant|@rebel|..."), which a named armed body also fits
_ARMED_DOERS = frozenset({"militant", "rebel", "insurgent", "militia"})
# Sectors of the actor dictionary that bear arms
_ARMED_BODY_SECTORS = frozenset({"INS", "REB", "MIL", "UAF"})


def _named_armed_body(subj: Any) -> bool:
    """Whether a subject is an armed body the actor dictionary names ("Hezbollah", "the M23"), not a
    common noun; asked only of rows for armed doers (``code_phrase`` caches its lookups)."""
    from watchfloor.coding.actors import code_phrase

    if subj.pos_ != "PROPN":
        return False
    coded = code_phrase(subj.doc[subj.left_edge.i:subj.i + 1].text)
    # (a body named or a state's, not a generic word: "the National SECURITY Agency")
    return coded is not None and coded.name is not None and coded.sector in _ARMED_BODY_SECTORS


def _past_the_dateline(subj: Any) -> Any:
    """The noun apposed (or joined) after a dateline's dash to a dateline word the parser made a
    subject, else the subject itself."""
    dash = dateline_dash(subj)
    if dash is None:
        return subj
    return next((a for a in subj.children if a.dep_ in ("appos", "conj") and a.i > dash), subj)


def _has_phrase(tok: Any, words: tuple[str, ...], *, shared_subject: bool = False) -> bool:
    """Whether the verb has one of the phrase words: an object or particle ("open fire", "step
    down"), a subject when written "@word" ("a missile hit", also "hit by a missile"), a
    prepositional phrase when written "prep noun" ("hacked to death", "set on fire"), or what an
    order's object is made to do ("ordered the troops to LEAVE")."""
    subj_words = {w[1:] for w in words if w.startswith("@")}
    if subj_words:
        doers = list(tok.children)
        if shared_subject and tok.dep_ in ("conj", "advcl") and not any(
                c.dep_ in ("nsubj", "nsubjpass", "agent") for c in doers):
            # "the flooding has spread and has now STRUCK …", "an outbreak will occur, DESTROYING …":
            # a verb with no subject of its own shares its head's - asked only by the rows that
            # say a word is no event, so that "launched an offensive, TARGETING the town" does
            # not become a second attack
            # (a passive head's subject too: "HIV infection is reported in 33 million and has KILLED 25 million")
            doers += [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        rel = tok.head if tok.dep_ == "conj" else tok
        if shared_subject and _relative_pronoun(rel, ("nsubj",)) in ("which", "that") and _names(rel.head, subj_words):
            return True  # "an earthquake WHICH hit the country and has killed 15,000": the pronoun's noun
        # (a dateline the parser made the subject stands for the subject apposed to it after its dash:
        # "SEOUL, Oct 18 (Reuters) - North Korean SOLDIERS briefly crossed the border")
        for c in doers:
            who = _past_the_dateline(c) if c.dep_ == "nsubj" else c
            if (c.dep_ == "nsubj" or c.dep_ == "nsubjpass" and c.head.i != tok.i) and _names(who, subj_words):
                return True  # ("hit by": the agent, below)
            if c.dep_ == "nsubj" and subj_words & _ARMED_DOERS and _named_armed_body(who):
                return True  # "HEZBOLLAH targeted an Israeli position": a row of armed doers, by name
            if c.dep_ == "nsubj" and c.lower_ in ("it", "they") and tok.dep_ == "ccomp" and any(
                    s.dep_ == "nsubj" and (_names(s, subj_words) or subj_words & _ARMED_DOERS and _named_armed_body(s))
                    for s in tok.head.children):
                return True  # "the Israeli military said IT had targeted a commander": the speaker
            if c.dep_ == "agent" and any(_names(g, subj_words) for g in c.children if g.dep_ == "pobj"):
                return True
            if c.dep_ == "agent" and any(g.left_edge.lower_ in subj_words for g in c.children if g.dep_ == "pcomp"):
                return True  # a clause as the agent, by its first word: "struck by HOW calm it was"
    # the verb's prepositions, also those under a particle read as one ("walked out | of the talks")
    preps = [c for c in tok.children if c.dep_ in ("prep", "dative")]
    preps += [g for p in preps if p.lower_ in _PARTICLES for g in p.children if g.dep_ == "prep"]
    # (an "of" the parser hung on the object: "stripped 135 prisoners | OF their citizenship")
    # (or on a noun inside it: "stripped 94 critics of the government | OF their citizenship")
    preps += [g for o in tok.children if o.dep_ == "dobj" for g in o.subtree
              if g.dep_ == "prep" and g.lower_ == "of" and g.right_edge.i == o.right_edge.i]
    for w in words:
        if " " in w and not w.startswith("@"):
            prep, noun = w.split(" ", 1)
            if any(c.lower_ == prep and any(g.lemma_.lower() == noun for g in c.children if g.dep_ == "pobj")
                   for c in preps):
                return True
    if any(c.dep_ in ("advcl", "xcomp", "ccomp") and c.i > tok.i and any(
            m.dep_ == "mark" and m.lower_ in words and m.i == tok.i + 1 for m in c.children) for c in tok.children):
        return True  # "called FOR Egyptians to join": the parser makes "for" the clause's marker
    if _relative_pronoun(tok, ("nsubjpass", "dobj")) in ("which", "that"):
        # "the western town of Man, WHICH was seized": what the relative pronoun stands for
        named = tok.head
        heads = [named] + ([named.head.head] if named.dep_ == "pobj" and named.head.lower_ == "of" else [])
        if any(h.lemma_.lower() in words or h.lower_ in words for h in heads):
            return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.pos_ == "ADJ" and nxt.lower_ in words:
        return True  # an adjective complement the parser hangs elsewhere: "let free forty students"
    for c in tok.children:
        if (c.dep_ in ("dobj", "prt", "prep", "obj", "attr", "compound:prt", "oprd", "acomp", "npadvmod")
                or (c.dep_ == "advmod" and c.lower_ in ("out", "back"))
                or (c.dep_ == "ccomp" and c.pos_ == "ADJ")) and (c.lemma_.lower() in words or c.lower_ in words
                                                                  or _lemma(c) in words):
            # (an adjective's small clause: "found the mayor guilty")
            # the word as written too: the small model reads "bases" as "basis"
            if c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.children):
                continue  # "called … on Tuesday" is not "called on"
            if c.dep_ == "prep" and c.lower_ not in words:
                continue  # a preposition by its own form: "struck a depot, ACCORDING to officials" is no accord
            if c.dep_ == "prep" and c.i < tok.i and c.lower_ in words:
                continue  # a fronted phrase: "FOR information, call Beth Campbell" is no "call for"
            if c.dep_ == "npadvmod" and any(g.lower_ in _DEICTIC for g in c.children):
                continue  # a date: "the message he gave in interviews THIS WEEK" is no ultimatum
            return True
        if c.dep_ == "nsubjpass" and (c.lemma_.lower() in words or c.lower_ in words or any(
                g.lemma_.lower() in words for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj")):
            return True  # "weapons were seized", "groups OF TROOPS were formed"
        if c.dep_ == "dobj" and any(g.lemma_.lower() in words for g in c.children if g.dep_ in ("compound", "amod", "nmod")):
            return True  # ("fired TEAR GAS and stun grenades": the parser's "gas" a modifier of the grenades)
        if c.dep_ == "dobj" and any(g.lemma_.lower() in words for g in _counted_things(c)):
            return True  # a share of the thing: "shot down 41 OF THE DRONES", "seized tons of cocaine"
        if c.dep_ == "xcomp" and _made_to(tok, c, words):
            return True  # what someone is made to do: "ordered French troops TO LEAVE the country"
        if c.dep_ == "dobj" and "money" in words and _names_a_sum(c):
            return True  # "money" stands for any sum: "giving a $100 restaurant voucher"
        if c.dep_ == "prep" and c.lower_ in _PARTICLES and any(
                g.lemma_.lower() in words for g in c.children if g.dep_ == "pobj"):
            return True  # a particle read as a preposition: "hand over | new ambulances"
        objs = [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "nsubj" and g.i > tok.i] if (
            c.dep_ in ("ccomp", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)) else []
        # (the object the parser made the subject of a "to" clause: "declared a state of siege to begin")
        # (not what a claim is of: "exchanged ACCUSATIONS of cross-border fire" fired nothing)
        objs = [o for o in objs if o.lemma_.lower() not in CLAIM_NOUNS | TELLING_NOUNS]
        if any(g.lemma_.lower() in words for o in objs for p in o.children
               if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"):
            return True  # "declared a state of emergency"
        if tok.pos_ == "NOUN" and c.dep_ == "prep" and c.lower_ == "of" and any(
                g.lemma_.lower() in words or g.lower_ in words or any(
                    m.dep_ == "compound" and m.lower_ in words for m in g.children)
                for g in c.children if g.dep_ == "pobj"):
            return True  # an event noun's own complement: "a cessation of hostilities", "the closure of a NEWS agency"
    return False


# Words that make a "bomber" an aircraft: "B-52 bombers", "strategic bombers", "Russian bombers"
_AIRCRAFT_MODS = frozenset({"stealth", "strategic", "heavy", "long-range", "nuclear", "fighter", "jet", "supersonic",
                            "dive", "torpedo", "medium", "light"})


# Words around a "bomber" that make it a plane: "the first wave of bombers struck the AIRFIELDS"
_AIR_WORDS = frozenset({"aircraft", "squadron", "sortie", "escort", "fighter", "airfield", "plane", "jet",
                        "airbase", "airspace", "pilot", "fly", "flight", "wing", "bomb-bay", "payload", "luftwaffe"})


def _bomber_sense(tok: Any) -> tuple[str, str | None, str | None, float] | None:
    """ "A suicide bomber" blew himself up (1831); "B-52 bombers", "bomber missions" are
    aircraft (an air strike, 195; no event, with a zero weight, where the aircraft only fly); "the
    bomber" alone set off a bomb (183)."""
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod")]
    if any(c.lower_ in ("suicide", "suicide-bomber") for c in mods):
        return None  # the lexicon's row
    if any(t.lower_ == "suicide" for t in tok.doc[max(0, tok.i - 200):tok.i]):
        return None  # "... shortly after ANOTHER bomber killed four": the suicide bombers named before
    if tok.dep_ == "compound" or any(c.lower_ in _AIRCRAFT_MODS or any(ch.isdigit() for ch in c.text)
                                     or c.ent_type_ in ("NORP", "GPE") for c in mods) \
            or any(t.lemma_.lower() in _AIR_WORDS for t in sentence_of(tok)):
        if tok.dep_ in ("nsubj", "nsubjpass") and (tok.head.lemma_.lower() in _FLYING or any(
                o.dep_ == "dobj" and o.lemma_.lower() in _FLIGHTS for o in tok.head.children)):
            # "Russian bombers FLEW near its airspace", "carried out A JOINT PATROL": aircraft, no strike told
            return _AIRCRAFT_ONLY
        return ("195", "ASSAULT", "aerial", 0.4)
    return ("183", "ASSAULT", "explosives", 0.5)


# What an act is recorded on: "captured ON VIDEO"
_RECORDINGS = frozenset({"video", "camera", "film", "tape", "footage", "cctv", "cellphone", "phone"})

# A bomber sense that is no event: aircraft told, no strike (its zero weight says so to the caller)
_AIRCRAFT_ONLY: tuple[str, str | None, str | None, float] = ("", None, None, 0.0)
# Verbs of aircraft moving, with no strike: what bombers doing them do is no attack
_FLYING = frozenset({"fly", "patrol", "approach", "enter", "circle", "cross", "land", "overfly", "violate", "conduct"})
# What aircraft carry out that is no strike ("carried out a joint PATROL")
_FLIGHTS = frozenset({"patrol", "flight", "flyby", "exercise", "drill", "manoeuvre", "maneuver"})


# Attack nouns an aircraft's light verb makes air strikes ("jets carried out raids"), and the
# aircraft that do (not "fighters", on foot as often, nor "bombers", suicide bombers as often)
_AIR_ATTACK_NOUNS = frozenset({"raid", "strike", "attack", "bombardment"})
_AIRCRAFT = frozenset({"drone", "warplane", "jet", "aircraft", "helicopter", "gunship", "plane", "airplane",
                       "aeroplane"})


def _toll_taken_in(noun: Any) -> bool:
    """ "were killed IN THE STRIKES": a noun people died or were hurt in is a use of force, whatever
    the sentence's other words ("armed forces chief of STAFF … were killed in the strikes")."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in ("in", "during", "by") and prep.head.lemma_.lower() in ("kill", "die")


def _flown(noun: Any) -> bool:
    """Whether an attack noun is the object of a light verb whose subject is an aircraft:
    "Russian warplanes LAUNCHED raids", "a drone CARRIED OUT a strike"."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in cues()["light_verbs"]:
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _AIRCRAFT for c in verb.children)


# Words of a judgement a name given passes: "called the strike A WAR CRIME", "called its actions DANGEROUS"
_CONDEMNING = frozenset({"dangerous", "destabilizing", "destabilising", "provocative", "illegal", "unlawful",
                         "unacceptable", "irresponsible", "reckless", "outrageous", "criminal", "barbaric",
                         "cowardly", "shameful", "heinous", "aggressive", "crime", "violation", "provocation",
                         "aggression", "terrorism", "massacre", "genocide", "atrocity", "disgrace", "escalation",
                         "terrorist", "terror"})


# Drills of armed forces by their kind: those the noun table codes ("joint drills") and more that
# only say whose drill it is ("joint AIR drills", "live-fire drills")
_DRILL_KINDS = frozenset({mod for noun, mod in _NOUN_MODIFIED if noun == "drill"}
                         | {"air", "live-fire", "combat", "amphibious", "missile", "artillery"})


def called_wrong(verb: Any) -> bool:
    """Whether "called" names its object with a judgement of wrong: a condemnation ("called the
    attack A WAR CRIME", "called China's actions DANGEROUS and destabilizing", "called the trial a
    political ATTACK BY the president"), not a name ("called the ceasefire a victory", "what
    authorities are calling the worst bee attack")."""
    if verb.dep_ == "acl":
        return False  # ("denounced the crime CALLING it irresponsible": the parser's noun is no caller)
    named = [c for c in verb.children if c.dep_ in ("oprd", "ccomp") and c.i > verb.i]
    named += [a for o in verb.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "amod" and a.i > o.i]
    words = [w for n in named for w in [n, *(c for c in n.children if c.dep_ in ("conj", "amod", "compound"))]]
    # (not a word negated by its prefix: "ANTI-terrorist operations")
    words = [w for w in words if not (w.i >= 2 and w.doc[w.i - 1].text == "-" and w.doc[w.i - 2].lower_ == "anti")]
    return any(w.lemma_.lower() in _CONDEMNING or w.lower_ in _CONDEMNING or w.lower_ == "attack" and any(
        p.dep_ == "prep" and p.lower_ in ("on", "against", "by") for p in w.children) for w in words)


def _entry_for(tok: Any) -> tuple[str, str | None, str | None, float] | None:
    pos = _pos(tok)
    if pos is None:
        return None
    lem = _lemma(tok)
    if pos == "N" and lem == "bomber":
        sense = _bomber_sense(tok)
        if sense is not None:
            return None if sense is _AIRCRAFT_ONLY else sense
    if lem in ("alert", "drill") and not _armed_context(tok) and not (lem == "drill" and any(
            c.lower_ in _DRILL_KINDS or c.lower_ == "fire" and any(g.lower_ == "live" for g in c.children)
            # (or of an armed service: "joint AIR FORCE drills")
            or c.lower_ == "force" and any(g.lower_ in ("air", "armed", "naval") for g in c.children)
            for c in tok.children if c.dep_ in ("amod", "compound"))) and not any(
            t.lower_ in ("police", "security", "guard", "guards", "navy", "coast") for t in sentence_of(tok)):
        return None  # a city placed on alert for a flu outbreak, a fire drill: no forces' readiness
        # (a "live - fire" drill, as the tokenizer splits it, is an armed one)
    if lem in ("warn", "warning") and _natural_risk(tok) or pos == "V" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("warning", "alert") and (_natural_risk(c) or _natural_risk(tok))
            for c in tok.children):
        return None  # a warning of floods, an epidemic or bad weather threatens no one ("issued a warning of",
        # "issued an alert after an outbreak of cholera")
    if lem == "warn" and pos == "V" and _forecast(tok):
        return None
    if lem in ("warn", "warning") and (any(c.dep_ == "dobj" and c.lemma_.lower() == "shot" for c in tok.children)
                                       or tok.head.lemma_.lower() == "shot" and tok.dep_ in ("compound", "amod")):
        return None  # "retreated after WARNING SHOTS": shots fired to warn, no threat told
    if lem in ("block", "obstruct", "impede", "hinder") and pos == "V" and _aid_withheld(tok):
        return ("1623", "SANCTION", "discontinue", 0.65)  # "generals blocking humanitarian aid": aid stopped
    if lem in ("capture", "catch") and pos == "V" and any(
            c.dep_ == "prep" and c.lower_ in ("on", "by") and c.i + 1 < len(c.doc)
            and c.doc[c.i + 1].lemma_.lower() in _RECORDINGS for c in tok.children):
        return None  # "were CAPTURED ON VIDEO beating a woman": filmed, no one taken
    if lem == "take" and pos == "V" and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in tok.children) \
            and _armed_context(tok) and any(c.dep_ == "dobj" and _town_name(c) for c in tok.children):
        return ("192", "ASSAULT", None, 0.7)  # "the M23 rebels ... after TAKING GOMA": a named town taken by arms
    if lem == "take" and pos == "V" and _care_custody(tok):
        return None  # "taken into emergency mental health custody", "into protective custody": care, no arrest
    if any(c.lower_ == "such" and c.i < tok.i for c in tok.children if c.dep_ in ("amod", "predet", "det")):
        # "…, the third SUCH killing this month" (a gerund to the tagger), "condemned such attacks":
        # the kind told, no new act
        return None
    if lem == "bar" and pos == "V" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for p in tok.children
                                           if p.dep_ == "prep" and p.lower_ == "from" for g in p.children) \
            and not _names_politicians(tok):
        return ("172", "COERCE", "ban", 0.6)  # "barred women FROM WORKING": banned from doing it (not "from the final")
    if pos == "N" and _time_held(tok):
        return None  # "freed after SIX MONTHS IN DETENTION", "spent two years in jail": a past term, no new arrest
    if lem == "protest" and pos == "V" and _state_protests(tok):
        return ("114", "ACCUSE", "disapprove", 0.75)  # "Vietnam protested after …": an official complaint
    if pos == "N" and lem in _BODY_NOUNS and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in cues()["speech_verbs"]:
        return None  # a body that speaks is no event: "the U.N. peacekeeping MISSION said", "donors said"
    if lem == "access" and pos == "N" and (any(c.lemma_.lower() in _NETWORKS for c in tok.children
                                                if c.dep_ in ("compound", "amod"))
                                           or tok.dep_ == "dobj" and tok.head.lemma_.lower() in _DENYING):
        return None  # "cut internet ACCESS": a network shut, or access denied, is no access allowed
    if lem in ("alert", "warning") and pos == "N" and tok.dep_ == "dobj" and _natural_risk(tok.head):
        return None  # "issued an alert after an outbreak of cholera": the light verb's clause names the risk
    if tok.lower_ == "stricken":
        return None  # stricken by illness, grief or panic; an attack strikes ("struck")
    if pos == "V" and tok.tag_ == "VBG" and tok.dep_ in ("amod", "compound") and tok.i < tok.head.i \
            and tok.head.pos_ == "NOUN" and tok.i > 0 and tok.doc[tok.i - 1].tag_ in ("DT", "PRP$", "POS", "JJ", "CD"):
        return None  # "the negotiating table", "its attacking troops": a participle describing a noun
        # (not a misparsed verb: "are patrolling farms", "illegally occupying roads")
    if pos == "N" and tok.pos_ == "PROPN" and tok.ent_type_ == "ORG" and tok.text[:1].isupper() and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper() for c in tok.children):
        return None  # the last word of an organisation's name: "the Florida Highway Patrol"
    if lem == "release" and pos == "N" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in cues()["speech_verbs"]:
        return None  # "the release said": a press release
    if lem == "take" and pos == "V" and any(c.dep_ == "dobj" and c.lemma_.lower() in _STEPS_TAKEN
                                            for c in tok.children):
        return None  # "took 'necessary control MEASURES'", "took steps to control": a step, no seizure
    if lem in ("strike", "hit") and pos == "V" and _traffic(tok):
        return None  # "the Oldsmobile was unable to stop before striking the Toyota": a collision
    if lem in _PERMITTING_VERBS and pos == "V" and _lets_aid_in(tok):
        # "gave approval FOR THE UNITED NATIONS TO DELIVER AID": aid let in (CAMEO 0863), not an
        # endorsement (a bill given approval) nor aid given by the government itself
        return ("0863", "RETREAT", "access", 0.6)
    if lem == "clash" and _verbal_clash(tok):
        return ("111", "ACCUSE", "disapprove", 0.6)  # "ministers clashed over the budget": words, not arms
    if lem in ("vow", "pledge", "promise", "swear") and pos == "V" and _vows_force(tok):
        return ("138", "THREATEN", None, 0.75)  # "vowed to RETALIATE", "vowed REVENGE": a threat, no pledge
    if lem == "meet" and pos == "V" and (met := _met_with(tok)) is not None:
        return _MET_CODES[met]  # "any incursion WOULD BE MET WITH FORCE": a threat, no meeting
    if lem in ("send", "dispatch") and pos == "V" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _SENT_CRAFT and any(
                m.dep_ in ("amod", "compound") and m.lower_ in _ARMED_CRAFT for m in c.children) for c in tok.children):
        return ("154", "MOBILIZE", "troops", 0.75)  # "sent 30 MILITARY AIRCRAFT around Taiwan": forces, no aid
    if pos == "N":
        mods = [c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
        # (and a modifier of the force or means compounded with it: "JOINT air force drills", "a CAR
        # bomb explosion", "a CHEMICAL weapons attack")
        mods += [g.lemma_.lower() for c in tok.children if c.dep_ == "compound" and c.lemma_.lower() in _MEANS_WORDS
                 for g in c.children if g.dep_ in ("amod", "compound") and g.i < c.i]
        if tok.dep_ == "compound":  # "flood | fighting effort": a modifier hung on the shared head
            mods += [c.lemma_.lower() for c in tok.head.children if c.dep_ == "compound" and c.i < tok.i]
        if lem in TEST_NOUNS:  # "a test OF a new hypersonic MISSILE": what was tested
            mods += [g.lemma_.lower() for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"]
        for m in mods:
            hit = _NOUN_MODIFIED.get((lem, m))
            if hit and hit[3] <= 0:
                return None  # "a legal battle", "a trade war": no fighting
            if hit:
                if hit[0] == "152" and _joint(tok, mods):
                    return ("062", "COOPERATE", None, 0.7)  # joint exercises: military cooperation
                return hit
        if lem in _EXERCISES and _held_by_forces(tok):
            # "Venezuela's military began large-scale EXERCISES": an exercise its forces hold
            return ("062", "COOPERATE", None, 0.7) if _joint(tok, mods) else ("152", "MOBILIZE", "troops", 0.6)
        if lem == "operation" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _LAUNCHING and (any(
                c.dep_ == "prep" and c.lower_ == "against" for c in (*tok.children, *tok.head.children))
                or _forceful_aim(tok)):
            return ("190", "ASSAULT", None, 0.6)  # "launched an operation AGAINST the insurgents"
        if lem in ("exchange", "swap") and any(g.lemma_.lower() in _CAPTIVES for p in tok.children
                                               if p.dep_ == "prep" and p.lower_ == "of" for g in p.children):
            return _NOUN_MODIFIED[(lem, "prisoner")]
        if lem == "demand" and any(c.dep_ == "amod" and c.lower_ in _MARKET_DEMAND for c in tok.children):
            return None  # "due to a high demand, only advance tickets will be sold": a market's demand
        if lem == "strike" and any(_labour_word(w) for w in sentence_of(tok)) and not _toll_taken_in(tok) \
                and not _aimed_at_a_thing(tok):
            return ("143", "PROTEST", "strike", 0.7)  # "a strike by coal workers" 
        if lem.startswith("airstrike") or lem == "air-strike":
            return ("195", "ASSAULT", "aerial", 0.85)
        if lem in ("coup", "putsch") and tok.dep_ in ("compound", "amod", "nmod") and tok.head.lemma_.lower() not in (
                "attempt", "bid"):
            return None  # "coup plotting", "coup leaders", "coup rumours": the coup is no event told here
        if lem in ("coup", "putsch") and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "through") \
                and trigger_code(tok.head.head) == "170":
            return None  # "seized power IN A 2022 COUP": the seizure told, not a second coup
        if lem == "patrol" and _attacked_unit(tok):
            return None  # "gunmen ambushed a security PATROL": the unit hit, not a show of force
        if lem == "fire" and came_under(tok):
            # "peacekeepers CAME UNDER FIRE from armed men", "the town came under fire last night";
            # criticism where critics or a grievance are named and nothing armed ("the government has
            # come under fire FROM OFFICIALS for not sending help", "came under fire OVER the delays")
            return ("111", "ACCUSE", "disapprove", 0.6) if _criticised(tok) else ("190", "ASSAULT", "firearms", 0.7)
        if lem in _AIR_ATTACK_NOUNS and _flown(tok):
            return ("195", "ASSAULT", "aerial", 0.8)  # "warplanes launched raids on …"
    if pos == "V":
        if lem == "summon" and _summoned_by_the_law(tok):
            return None  # "after he was SUMMONED BY A JUDGE": a court's summons, no complaint to a state
        if lem == "call" and called_wrong(tok):
            return ("111", "ACCUSE", "disapprove", 0.7)  # "called China's actions DANGEROUS", "a WAR CRIME"
        if lem == "call" and any(c.dep_ == "oprd" for c in tok.children) and not any(
                c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") for c in tok.children):
            return None  # "called the ceasefire a victory": a name given, no ceasefire called
        if lem == "march" and _subject_is(_subject_clause(tok), "armed") and any(
                c.dep_ == "prep" and c.lower_ in _ADVANCE_PREPS and not any(
                    g.ent_type_ in ("DATE", "TIME") for g in c.children) or c.lower_ == "deeper" for c in tok.children):
            # "mercenaries began MARCHING TOWARDS Moscow", "forces marched deeper into the district": forces
            # moved on a place (not a parade: "soldiers marched down Pennsylvania Avenue", "the band marched below")
            return ("154", "MOBILIZE", "troops", 0.6)
        if lem == "march" and any(c.dep_ in ("dobj", "auxpass") for c in tok.children):
            return None  # "march the clients out", "I was frog-marched out of the office": people marched
            # off by someone, no protest
        if lem == "push" and _pushed_in(tok) and _subject_is(tok, "armed"):
            return ("192", "ASSAULT", None, 0.6)  # "Israeli troops PUSHED INTO the village": ground entered
        if lem in _CLOSING_IN and _subject_is(tok, "armed") and any(c.dep_ == "dobj" for c in tok.children):
            return ("191", None, None, 0.6)  # "troops SURROUNDED the National Assembly": a place cut off
        if lem in ("fire", "launch") and tok.i >= 2 and tok.doc[tok.i - 1].text == "-" \
                and tok.doc[tok.i - 2].lower_ == "test":
            return ("150", "MOBILIZE", None, 0.7)  # "TEST-FIRED a hypersonic missile": a weapon tried out
        if lem in ("fire", "launch") and tok.dep_ == "acl" and tok.tag_ == "VBN" \
                and tok.head.lemma_.lower() in _FIRED_PROJECTILES:
            return _FIRED_PROJECTILES[tok.head.lemma_.lower()]  # "a missile FIRED from Yemen": shelling, no gunfire
        if lem in ("shoot", "fire", "launch") and (into_the_air(tok) or _warning_shots(tok, after=True)):
            return ("150", None, None, 0.5)  # "shot in the air", "fired warning shots": a show of force, no attack
        if lem == "warn" and _warning_shots(tok, after=False):
            return None  # "firing | WARNING shots" read as a verb: the shots' kind, no warning given
        if lem in ("block", "restrict") and _site_blocked(tok):
            return ("172", "COERCE", "censor", 0.7)  # "authorities BLOCKED ACCESS TO X", "blocked news websites"
        if lem == "shoot" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children) and not any(
                c.dep_ == "dobj" for c in tok.children):
            return None  # "Brent crude shot up": prices rise
        if lem == "bomb" and _subject_is(tok, "nonstate") and not _subject_is(tok, "air"):
            return ("183", "ASSAULT", "explosives", 0.8)  # "Abu Sayyaf rebels bombed two malls": bombs planted
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and _ranked_since(tok):
            return None  # "the most senior figure KILLED since last year's ceasefire": a ranking of the
            # act just told, no second one
        if accident_toll(tok):
            return None  # "the plane hit an antenna and crashed, killing 148": an accident's toll
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        if lem == "kill" and len(objs) == 1 and objs[0].lower_ in _REFLEXIVE and not any(
                c.dep_ == "conj" for c in objs[0].children) and not _armed_context(tok) and not any(
                t.i != tok.i and t.lemma_.lower() in _HARM_LEMMAS | {"shooting", "rampage", "massacre"}
                for t in sentence_of(tok)):
            return None  # "people who want to kill themselves": a suicide, no attack (not one that
            # ends an attack: "shoots 32 people …, then kills himself")
        if lem == "send" and any(c.tag_ == "VBG" and c.lemma_.lower() in _SENT_MOVING
                                 for c in tok.children for c in [c, *c.children]):
            return None  # "sent thousands of people fleeing", "sending water cascading across the road":
            # driven off or set moving, no aid
        if lem == "shelter" and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in tok.children):
            return None  # "displaced villagers had been SHELTERING in the monastery": taking refuge, no aid given
        if lem == "give" and tok.dep_ == "prep":
            return None  # "given that …", "given the circumstances": a conjunction, not a gift
        if any(c.dep_ == "dobj" and (c.like_url or c.like_email or "www." in c.lower_) for c in tok.children):
            return None  # "Visit www.marchforbabies.org", "e-mail info@…": a web address
        if lem == "meet" and any(c.dep_ == "dobj" and c.lower_ in ("resistance", "opposition") for c in tok.children):
            return None  # "met heavy resistance": a reception, not a meeting (the resistance's leaders are met)
        if lem == "decline" and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass") for c in tok.children):
            return None  # declining with nothing declined is falling: "the disease has been declining"
        if lem == "burn" and tok.dep_ not in ("pcomp", "pobj", "nsubj", "dobj") and not any(
                c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "prt" and any(g.dep_ == "pobj" for g in c.children)
                for c in tok.children):  # ("burned down | A CHURCH", parsed as the particle's object)
            return None  # arson burns something: "allowed to burn (debris)", "the forest burned"
            # (a burning named as a deed stays: "a campaign of burning")
        if lem == "demonstrate" and (any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children) or (
                tok.dep_ in ("acl", "relcl") and any(c.dep_ == "nsubj" and c.lower_ not in ("who", "that", "which")
                                                     for c in tok.children))):  # "a basis (that) they can demonstrate"
            # to demonstrate SOMETHING is to show it, not to rally; a show of arms ("demonstrated
            # its military might", "demonstrated missile capabilities") is a show of force
            shown = [t for c in tok.children if c.dep_ in ("dobj", "ccomp", "xcomp") for t in c.subtree]
            armed = cues()["armed_words"] | {"might", "firepower", "nuclear", "naval", "weapon", "weapons"}
            return ("150", None, None, 0.5) if any(t.lower_ in armed for t in shown) else None
        if lem == "hang" and (tok.lower_ != "hanged" or any(o.lower_ in _REFLEXIVE for o in objs)):
            return None  # pictures and flags are "hung"; one who "hanged himself" attacked no one
        special = _verb_frame(tok, lem)
        if special is not None:
            return special
    for e in _phrasal_entries(tok, lem) + lexicon().get((lem, pos), []):
        if e.cameo == "170" and pos == "V" and lem in _COUP_IF_FORCED and not _by_force(tok):
            continue  # a party "took power" after an election, a minister "ousted" by a vote: no coup
        if e.cameo == "115" and lem == "file" and any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
            continue  # "whatever cases are filed": a docket, no party bringing a case
        if e.obj:
            if e.cameo == "150" and pos == "V" and lem not in TEST_VERBS and not _armed_subject(tok) and not any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _CRAFT for c in tok.children):
                continue  # a journalist or a fishing boat entering a zone shows no force (NATO scrambling
                # JETS does; a state testing a MISSILE does whoever tests it)
            if e.cameo == "154" and lem == "order" and not _moved_somewhere(tok):
                continue  # troops ordered to do something are not moved ("ordered troops TO WITHDRAW")
            if lem == "board" and not _armed_subject(tok):
                continue  # passengers board a ferry; a coast guard or pirates boarding a boat take it
            if lem == "sail" and not _naval_subject(tok):
                continue  # a cruise ship sails through a strait; warships sailing through it show force
            if _has_phrase(tok, e.obj, shared_subject=e.weight <= 0):
                if e.cameo == "181" and lem == "take" and _subject_is(tok, "state_forces"):
                    return ("173", "COERCE", "arrest", e.weight)  # "the army took 40 prisoners": detained
                if e.cameo == "173" and e.weight > 0 and pos == "V" and _outlaws_detain(tok):
                    return _ABDUCTED + (e.weight,)  # "the militants ROUNDED UP the farmers": no arrest
                if e.cameo == "192" and pos == "V" and _control_of_a_business(tok):
                    return ("1711", "COERCE", "seize", e.weight)  # "seized control of chipmaker NEXPERIA": no ground
                # a zero weight marks a phrase that is no event ("struck a balance")
                return (e.cameo, e.type, e.mode, e.weight) if e.weight > 0 else None
            continue
        if e.weight > 0:
            if _wrong_object(tok, e.cameo):
                return None
            if lem in _TAKING and pos == "V" and e.cameo in ("192", "1711") and _captives(tok):
                # people captured are detained, not territory taken: by an armed group an abduction
                # ("rebels captured eight soldiers"), else a detention ("troops captured five suspects")
                return _ABDUCTED + (0.75,) if _outlaw_subject(tok) else ("173", "COERCE", "arrest", 0.75)
            if e.cameo == "173" and pos == "V" and _outlaws_detain(tok):
                return _ABDUCTED + (e.weight,)  # "militants DETAINED two aid workers": an abduction
            if e.cameo == "173" and pos == "V" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in
                                                        VEHICLE_NOUNS for c in tok.children):
                return ("1711", "COERCE", "seize", e.weight)  # "the navy DETAINED an oil tanker": a ship held
            if lem == "raid" and e.cameo == "171" and (pos == "V" and _outlaw_subject(tok) or pos == "N" and (
                    tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and _outlaw_subject(tok.head)
                    or tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB" and _outlaw_subject(tok.head.head))):
                # "militants raided the village", "jihadists carried out RAIDS", "bandits killed 17
                # villagers IN RAIDS on three communities": an attack, no search
                return ("190", "ASSAULT", None, e.weight)
            if e.cameo == "144" and pos == "V" and _state_doer(tok):
                # "police BLOCKED roads with containers": no protest, a restriction of movement (or, of a
                # crowd, crowd control: "officers blocked several hundred PROTESTERS from marching")
                objs = [c for c in tok.children if c.dep_ == "dobj"] + [  # (or "blocked OFF THE ROAD")
                    g for c in tok.children if c.lower_ == "off" for g in c.children if g.dep_ == "pobj"]
                if any(cue_pattern("protesters").search(o.text) for o in objs):
                    return ("175", "COERCE", "crowd-control", e.weight)
                if any(o.lemma_.lower() in _ROUTES | _PASSAGES | VEHICLE_NOUNS for o in objs):
                    # (and a passage or a ship: "coast guard ships BLOCKED a resupply MISSION")
                    return ("191", "COERCE", "restrict", e.weight)
            if e.cameo == "144" and pos == "V" and _subject_is(tok, "nonstate") and any(
                    o.dep_ == "dobj" and o.lemma_.lower() in _ROUTES for o in tok.children):
                # "cartel GUNMEN blocked roads", "militants blocked the highway": armed men cut a route off,
                # no demonstration
                return ("191", "COERCE", "restrict", e.weight)
            if lem == "seize" and pos == "V" and e.cameo == "1711" and any(
                    _town_name(o) for o in tok.children if o.dep_ in ("dobj", "nsubjpass")):
                return ("192", "ASSAULT", None, 0.75)  # a named town or region seized is territory ("seized Goma")
            return (e.cameo, e.type, e.mode, e.weight)
        if " " in e.lemma:
            return None  # a phrasal verb written as no event ("storm out" of a studio)
    return None


# CAMEO roots of acts that undo or turn down what their object names: 08 yield ("lifted the
# sanctions", "ended the siege"), 12 reject ("vetoed sanctions", "rejected talks")
_UNDOING_ROOTS = ("08", "12")


def _undone_by(noun: Any, by_tok: dict[int, Trigger]) -> bool:
    """Whether an event noun is the object (or passive subject) of a verb trigger that lifts,
    ends or rejects it: "the EU lifted sanctions against Iran", "UN sanctions were lifted",
    "Russia vetoed sanctions and an arms embargo", "withdrew from the ceasefire agreement". The verb's event is the news; the noun names
    what it undoes, not sanctions imposed now (GDELT's duplicate)."""
    t = noun
    while t.dep_ == "conj" and t.head.i != t.i and t.head.pos_ in ("NOUN", "PROPN"):
        t = t.head  # "lifted sanctions and THE EMBARGO"
    gov = t.head
    if t.dep_ == "pobj" and gov.dep_ == "prep" and gov.lower_ in ("from", "of", "on"):
        gov = gov.head  # "withdrew FROM the deal", "pulled out OF the accord", "reneged ON it"
    elif t.dep_ not in ("dobj", "nsubjpass"):
        return False
    v = by_tok.get(gov.i)
    return v is not None and not v.nominal and v.cameo[:2] in _UNDOING_ROOTS


# What a threat of a conflictual act is coded as (CAMEO 13x), by the act's root and, finer, by
# its code: used for acts announced as one's own (``frames.recode``) and for what a threat names
# ("threatened sanctions").
THREATEN = {"16": "131", "17": "130", "18": "138", "19": "138", "20": "138"}
THREATEN_FINE = {"161": "1313", "162": "1311", "163": "1312", "172": "132", "1721": "1321",
                 "1722": "1322", "1723": "1323", "1724": "1324", "175": "137", "191": "1381",
                 "192": "1382", "18": "1383", "19": "1384", "204": "1385"}


def is_amount(tok: Any) -> bool:
    """A sum or count: "$ 50 million", "50 million euros", "thousands"."""
    return tok.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY") or tok.like_num or any(
        c.dep_ == "nummod" for c in tok.children)


def _giver(t: Trigger, by_tok: dict[int, Trigger]) -> Trigger | None:
    """The verb trigger that gives or pledges the aid an aid noun names, when the noun is its
    object or the object of its amount: "provided humanitarian aid", "provided 50 million euros
    IN AID", "pledged aid". The verb's event is the one act (a pledge is CAMEO 033)."""
    if not (t.nominal and t.head is t.token and t.cameo.startswith("07")):
        return None
    tok = t.token
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.dep_ == "prep":
        amount = tok.head.head
        if not is_amount(amount):
            return None
        tok = amount
    if tok.dep_ != "dobj":
        return None
    v = by_tok.get(tok.head.i)
    if v is None or v.nominal or v.cameo[:2] not in ("03", "07"):
        return None
    return v


def _phrase_names(verb: Trigger, noun: Any) -> bool:
    """Whether the lexicon row that made ``verb`` a trigger names ``noun`` as its object (or
    its prepositional object: "withdrew FROM the talks")."""
    lem = _lemma(verb.token)
    rows = _phrasal_entries(verb.token, lem) + lexicon().get((lem, "V"), [])
    names = {_lemma(noun)}
    if noun.dep_ == "pobj":
        names.add(f"{noun.head.lower_} {_lemma(noun)}")
    return any(e.cameo == verb.cameo and names & set(e.obj) for e in rows)


def _phrasal_entries(tok: Any, lem: str) -> list[TriggerEntry]:
    """Rows of a phrasal verb written with its particle ("call off"), which mean otherwise than
    the bare verb: "called off the talks" (125) is not "called off the strike" (082)."""
    if _pos(tok) != "V":
        return []
    prts = [c.lower_ for c in tok.children if c.dep_ in ("prt", "compound:prt")
            or (c.dep_ == "prep" and c.lower_ in _PARTICLES and not any(g.dep_ == "pobj" for g in c.children))
            or (c.dep_ == "advmod" and c.i in _particle_slots(tok) and c.lower_ in _PARTICLES | {"down", "up"})]
    # (an adverb right after the verb or its object: "shot DOWN 41 of the drones", "pushed the
    # troops BACK")
    return [e for p in prts for e in lexicon().get((f"{lem} {p}", "V"), [])]


def _particle_slots(verb: Any) -> set[int]:
    """Where a particle the parser read as an adverb may stand: right after the verb, or right
    after its object."""
    return {verb.i + 1} | {c.right_edge.i + 1 for c in verb.children if c.dep_ == "dobj" and c.i > verb.i}


def trigger_code(tok: Any) -> str | None:
    """The CAMEO code the token would trigger in its context, or None (no trigger)."""
    hit = _entry_for(tok)
    return hit[0] if hit else None


def _joint(tok: Any, mods: list[str]) -> bool:
    """Whether an exercise is held together: "joint drills", "drills with X", "X and Y held drills"."""
    if not _JOINT_MODS.isdisjoint(mods):
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children):
        return True
    gov = tok
    while gov.dep_ in ("dobj", "pobj", "prep", "nsubjpass") and gov.head.i != gov.i:
        gov = gov.head
        if _pos(gov) == "V":
            break
    subj = [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
    for sub in subj:
        if sub.dep_ == "agent":
            sub = next((g for g in sub.children if g.dep_ == "pobj"), sub)
        if any(c.dep_ == "conj" for c in sub.children):
            return True
        if any(c.dep_ == "prep" and c.lower_ == "with" for c in gov.children):
            return True
    return False


def _child_lemmas(tok: Any, deps: tuple[str, ...]) -> list[str]:
    out = []
    for c in tok.children:
        if c.dep_ in deps:
            out.append(c.lemma_.lower())
            out += [g.lemma_.lower() + " " + c.lemma_.lower() for g in c.children if g.dep_ in ("compound", "amod")]
            out += [g.lemma_.lower() for g in c.children if g.dep_ == "conj"]
    return out


# What air defences stop in flight
_INCOMING = frozenset({"drone", "missile", "rocket", "projectile", "uav", "quadcopter"})
# Verbs that urge when they take a party and a "to" clause (their lexicon rows need "for")
_URGING = ("press", "push")


def _verb_frame(tok: Any, lem: str) -> tuple[str, str | None, str | None, float] | None:
    """Verb meanings that the object decides (CAMEO 08 and 175):
    easing a restriction ("lifted the embargo", "rolled back tariffs") is yielding (085/081),
    firing tear gas or water cannon at a crowd is violent repression (175), not an assault."""
    c = cues()
    if lem == "gas" and tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "tear":
        return ("175", "COERCE", "crowd-control", 0.7)  # "were TEAR-GASSED": crowd control, no chemical weapon
    prt = next((ch.lower_ for ch in tok.children if ch.dep_ in ("prt", "compound:prt")), None)
    key = f"{lem} {prt}" if prt else lem
    objs = _child_lemmas(tok, ("dobj", "nsubjpass"))
    if key in c["easing_verbs"] or lem in c["easing_verbs"]:
        for o in objs:
            hit = c["eased_restrictions"].get(o.split()[-1]) if isinstance(c["eased_restrictions"], dict) else None
            if hit:
                return (hit, None, None, 0.75)
    back = prt == "back" or any(ch.dep_ == "advmod" and ch.lower_ == "back" for ch in tok.children)
    if back and lem in ("strike", "hit", "fire") and not _armed_context(tok):
        # "Russia strikes back at US, expels diplomats", "hit (fired) back at his critics": retaliation in
        # words or measures, not force, where nothing armed is named
        return ("111", None, None, 0.5)
    pressed = next((ch for ch in tok.children if ch.dep_ == "dobj"), None)
    if lem in ("destroy", "neutralise", "neutralize") and pressed is not None \
            and any(o.lemma_.lower() in _INCOMING for o in [pressed, *_counted_things(pressed)]):
        # "its air defences had destroyed 45 Ukrainian drones", "85 OF 102 DRONES": weapons stopped in
        # flight (not "a drone FACTORY")
        return ("1711", "COERCE", "seize", 0.75)
    if lem in _URGING and not prt and pressed is not None and any(
            (ch.dep_ == "xcomp" or ch.dep_ == "advcl" and pressed.pos_ == "PROPN")
            and any(a.dep_ == "aux" and a.tag_ == "TO" for a in ch.children) for ch in tok.children):
        # "Egypt and Qatar are pressing Israel and Hamas TO MOVE to the second phase", "the EU
        # pushed Serbia TO RECOGNISE Kosovo" (the parser's purpose clause): urging, not pushing
        # a button to start an engine
        return ("020", None, None, 0.45)
    if lem in ("close", "shut") and pressed is not None and pressed.lemma_.lower() in _PREMISES \
            and not any(ch.dep_ == "poss" for ch in pressed.children) and _state_doer(tok):
        # "Kosovo police CLOSED Serbian-run OFFICES": a body's premises shut by the state's forces (not
        # one's own: "the UN closed its office")
        return ("172", "COERCE", "ban", 0.6)
    if lem in c["crowd_control_verbs"]:
        means = objs + [g.lemma_.lower() for p in tok.children if p.dep_ == "prep" and p.lower_ == "with"
                        for g in p.children if g.dep_ == "pobj"]
        chemical = any(m.split()[0] in c["chemical_modifiers"] for m in means)
        if not chemical and any(m in c["crowd_control_means"] for m in means):
            return ("175", "COERCE", "crowd-control", 0.75)
        if chemical:
            return ("2041", "ASSAULT", "unconventional", 0.8)  # "used chlorine gas"
    return None


# Premises of a body that the state's forces may shut ("closed Serbian-run OFFICES")
_PREMISES = frozenset({"office", "headquarters", "mosque", "church", "charity", "organisation", "organization",
                       "ngo", "association", "foundation", "branch", "institution", "centre", "center"})
_CRAFT = frozenset({"aircraft", "jet", "plane", "warplane", "bomber", "fighter", "helicopter", "drone", "warship",
                    "vessel", "ship", "frigate", "destroyer", "submarine", "gunboat", "carrier", "tank", "convoy",
                    "navy", "coast", "guard", "patrol"})


def _armed_subject(verb: Any) -> bool:
    """Whether whoever does the verb is armed or a military craft ("Chinese jets", "Russian
    warships", "the army"); a subject the parse does not show counts as armed (the rows need
    their zone or airspace object anyway), as does a pronoun."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # (not a dateline the parser made a subject: "TAIPEI (Reuters) - China's COAST GUARD boarded")
    subj = next((c for c in subjects if dateline_dash(c) is None), None) or next(
        (_past_the_dateline(c) for c in subjects), None)
    if subj is None or subj.pos_ == "PRON":
        return True  # ("after it violated Indian airspace": the pronoun's antecedent is elsewhere)
    words = cues()["armed_words"]
    return any(t.lower_ in words or t.lemma_.lower() in _CRAFT or t.lemma_.lower() in words for t in subj.subtree)


# Ships of war, whose sailing somewhere shows force (a ship or a vessel may be anyone's)
_WARSHIPS = frozenset({"warship", "frigate", "destroyer", "submarine", "gunboat", "carrier", "corvette", "cruiser",
                       "navy", "flotilla", "fleet"})


def _naval_subject(verb: Any) -> bool:
    """Whether a verb's subject names ships of war ("Chinese WARSHIPS sailed", "the navy's
    DESTROYERS"), not a ship of anyone's ("a cruise ship sailed")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and dateline_dash(c) is None), None)
    return subj is not None and any(t.lemma_.lower() in _WARSHIPS for t in subj.subtree)


# Verbs that take people or places ("captured five suspects", "captured the town")
_TAKING = frozenset({"capture", "seize", "recapture"})
# People a capture may take (the verb takes a place otherwise: "captured the town")
_PEOPLE = frozenset({
    "soldier", "member", "militant", "fighter", "rebel", "insurgent", "leader", "commander", "aide", "suspect",
    "pilot", "officer", "policeman", "civilian", "hostage", "man", "woman", "people", "person", "child", "journalist",
    "worker", "guerrilla", "jihadist", "terrorist", "operative", "chief", "spy", "sailor", "marine", "troop",
    "prisoner", "captive", "secretary", "official", "minister", "general", "militiaman", "gunman", "bomber",
    "policemen", "crew", "crewman", "smuggler", "trafficker", "kidnapper", "deserter", "volunteer", "mercenary",
    "son", "brother", "wife", "reporter", "photographer", "tourist", "national", "citizen", "farmer", "villager",
    "student", "activist", "lieutenant", "colonel", "captain", "sergeant", "major", "emir", "deputy", "wounded",
    "observer", "monitor", "diplomat", "engineer", "doctor", "nurse", "priest", "missionary", "contractor",
    "employee", "driver", "fisherman", "boy", "girl", "teenager", "daughter", "husband", "father", "resident",
    "passenger", "ambassador", "envoy", "consul", "businessman", "trader", "teacher", "detainee",
    "attacker", "assailant", "raider", "hijacker", "abductor", "infiltrator", "intruder", "pirate", "poacher",
    "inmate", "escapee", "fugitive", "convict",
    "pupil", "schoolgirl", "schoolboy", "schoolchild", "schoolchildren", "seminarian", "worshipper", "worshiper",
    "pastor", "imam", "nun", "medic", "traveller", "traveler", "herder", "miner", "mother", "relative",
    "he", "she", "him", "her", "them"})


_COUNTED = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores", "ten",
                      "tens", "several", "some", "many", "group", "number", "band", "handful", "couple", "most",
                      "all", "none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                      # (and measures of a thing: "tons of cocaine", "a batch of")
                      "ton", "tons", "tonne", "tonnes", "kilo", "kilos", "kilogram", "kilograms", "lot", "pair",
                      "batch", "half", "part"})


def _counted_things(o: Any) -> list[Any]:
    """What a count or a quantity is of ("dozens OF MILITANTS", "41 OF THE DRONES", "tons OF
    COCAINE"); none for another noun ("the town of Goma")."""
    if not (o.lemma_.lower() in _COUNTED or o.like_num or o.pos_ == "NUM"):
        return []
    return [g for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def _full_name(tok: Any, *, passive: bool = False) -> bool:
    """Whether a token heads a person's name: two capitalised words or more ("Abdel Mahmoud
    al-Tikriti"), or one as the subject of a passive ("Shalit was captured"). The small model
    calls many one-word Arabic village names persons ("seize Minakh"), and a facility named
    after someone is a place ("Kindi Hospital")."""
    if tok.ent_type_ != "PERSON" or tok.lemma_.lower() in _FACILITIES:
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    words = [t for t in ent if t.is_alpha] if ent is not None else []
    if words and words[0].lower_ in ARABIC_PLACE_WORDS:
        return False  # "captured Jabal al-Sayyid", "Tal Rifaat": a mountain, a hill, a village
    named = all(t.text[:1].isupper() or t.lower_ in ("al", "el", "bin", "ibn", "de") for t in words)
    return named and (len(words) >= 2 or passive and len(words) == 1)


# nouns that end a place's name ("Kindi Hospital"): the role finder's place nouns and a few more
# Nouns of a force or a weapon that stand between an event noun and what kind it is ("air FORCE drills")
_MEANS_WORDS = frozenset({"force", "bomb", "bomber", "bombing", "weapon", "missile", "rocket"})
# Verbs that say whom a building holds ("a school SHELTERING displaced families")
_HOUSING = frozenset({"shelter", "house", "host", "accommodate"})
_FACILITIES = frozenset(PLACE_NOUNS) | {"university", "stadium", "bridge", "dam", "hotel", "road", "field"}


# Verbs of accidents: a participle of harm hung on one of them counts its toll
_ACCIDENT_VERBS = frozenset({"crash", "overturn", "capsize", "sink", "collide", "derail", "plunge", "skid", "veer",
                             "topple", "collapse", "flip", "roll"})


# Nouns of an accident that may be a toll's subject
_ACCIDENT_NOUNS = frozenset({"collapse", "crash", "derailment", "stampede", "landslide", "mudslide", "avalanche",
                             "accident", "collision", "capsizing", "sinking"})


# Verbs that count a toll
_TOLL_VERBS = frozenset({"kill", "wound", "injure", "hurt"})


def accident_toll(tok: Any) -> bool:
    """Whether a verb of harm counts the toll of an accident: "crashed, killing 148", "a bus
    overturned on the highway, killing 12" - with nothing armed in the sentence."""
    if tok.lemma_.lower() not in _TOLL_VERBS:
        return False
    head = tok.head
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("that", "which") and tok.dep_ == "relcl":
        # (or the relative's noun, or the noun it is "of": "the COLLAPSE of a railway station canopy
        # THAT killed 16 people last year")
        subj = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head
    if subj is not None and subj.lemma_.lower() in _ACCIDENT_NOUNS:
        # "the COLLAPSE of a railway station canopy killed 16 people": the subject is the accident
        # (arms counted in its own clause where it is told beside another act: "police clashed
        # with protesters, a year after the collapse of a canopy killed 16")
        return not _names_arms(tok, own=tok.dep_ in ("advcl", "relcl", "ccomp", "pcomp"))
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "conj", "xcomp") or head.lemma_.lower() not in _ACCIDENT_VERBS:
        return False
    # (arms counted in the accident's own clause where it is told beside another act: "police fired
    # tear gas as thousands marked a year since a canopy COLLAPSED KILLING 16 people")
    subordinate = head.dep_ in ("advcl", "relcl", "ccomp", "pcomp")
    return not _names_arms(head if subordinate else tok, own=subordinate)


def _names_arms(tok: Any, *, own: bool = False) -> bool:
    """Whether the sentence of ``tok`` (``own``: its own clause) names arms or an attack (other
    than the toll's own "killed")."""
    words = {w for t in (tok.subtree if own else sentence_of(tok)) for w in (t.lower_, t.lemma_.lower())}
    return bool(words & (cues()["armed_words"] - {"killed", "killing"} | {"attack", "shot", "shoot", "fire", "blast"}))


# Adjectives of a market's demand, not a party's
_MARKET_DEMAND = frozenset({"high", "strong", "growing", "rising", "low", "weak", "falling", "huge", "heavy",
                            "consumer", "global", "domestic", "seasonal", "public", "popular", "increased",
                            "increasing", "soaring", "great"})


def _ranked_since(part: Any) -> bool:
    """A participle that ranks its noun against the past: "the most senior figure KILLED since the
    ceasefire", "the first journalist detained since 2019"."""
    noun = part.head
    ranked = any(c.tag_ in ("JJS", "RBS") or c.lower_ in ("first", "last", "only") or c.tag_ == "JJ" and any(
        g.lower_ == "most" for g in c.children) for c in noun.children if c.dep_ in ("amod", "advmod"))
    return ranked and any(c.dep_ == "prep" and c.lower_ == "since" for c in part.children)


def _pushed_in(verb: Any) -> bool:
    """Whether a verb moves its doer into ground ("pushed INTO the village", "pushed DEEPER into the
    city"; not "pushed FOR a ceasefire", "pushed back the rebels", "pushed toward the capital")."""
    return not any(c.dep_ in ("dobj", "prt") for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "into" for w in (verb, *verb.children)
        if w is verb or w.dep_ == "advmod" for c in w.children)


def into_the_air(verb: Any) -> bool:
    """Whether shots went into the air or the sea or were warning shots: "shot in the air", "fired
    into the air", "fired warning shots", "fired a missile into the sea" (not "fired shots at the
    crowd")."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    for o in objs:
        preps += [c for c in o.children if c.dep_ == "prep"]
    if any(p.lower_ in ("at", "on", "toward", "towards") and not any(
            g.ent_type_ in ("DATE", "TIME") for g in p.children) for p in preps):
        return False  # (aimed at someone; not "on Thursday")
    if any(p.lower_ in ("in", "into") and any(g.lower_ in ("air", "sky") for g in p.children if g.dep_ == "pobj")
           for p in preps):
        return True
    if any(p.lower_ == "into" and any(g.lower_ in ("sea", "ocean", "waters") for g in p.children if g.dep_ == "pobj")
           for p in preps):
        return True  # "fired a ballistic missile into the sea": a test, a show of force
    return any(o.lemma_.lower() in ("shot", "round") and any(m.lower_ == "warning" for m in o.children) for o in objs)


def _warning_shots(tok: Any, *, after: bool) -> bool:
    """Whether a verb is the "fired" or the "warning" of "fired warning shots" as the words run,
    whatever the parse ("firing warning shots" makes "warning" a verb with "shots" its object)."""
    doc = tok.doc
    if after:
        return tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "warning" \
            and doc[tok.i + 2].lower_ in ("shot", "shots")
    return tok.lower_ == "warning" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("shot", "shots") \
        and tok.i > 0 and doc[tok.i - 1].lemma_.lower() in ("fire", "shoot")


# Who blocks a site as censorship, and what is blocked
_CENSORS = frozenset({"authority", "government", "regulator", "court", "ministry", "junta", "regime", "watchdog",
                      "police", "state", "kremlin", "telecom", "telecommunications", "judge"})
_SITES = frozenset({"website", "site", "platform", "app", "account", "network", "outlet", "channel", "x", "twitter",
                    "facebook", "youtube", "instagram", "telegram", "whatsapp", "tiktok", "wikipedia", "signal"})


_AID_WORDS = frozenset({"aid", "assistance", "relief"})


def _aid_withheld(verb: Any) -> bool:
    """Whether aid is what an authority or armed party blocks (not protesters on a road: "settlers
    blocked aid trucks" stays an obstruction)."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    aid = any(o.lemma_.lower() in _AID_WORDS or o.lemma_.lower() in ("delivery", "deliveries", "access") and any(
        g.lemma_.lower() in _AID_WORDS | {"humanitarian"} for g in o.subtree) for o in objs)
    return aid and not _subject_is(verb, "protesters") and not _crowd_subject(verb)


_CARE_WORDS = frozenset({"protective", "health", "mental", "psychiatric", "emergency", "medical", "child", "state"})


def _care_custody(verb: Any) -> bool:
    """Whether a verb takes someone into custody for their care ("into emergency mental health
    custody", "into protective custody"), no arrest."""
    return any(g.lemma_.lower() == "custody" and any(m.lower_ in _CARE_WORDS for m in g.children
                                                     if m.dep_ in ("amod", "compound", "nmod"))
               for p in verb.children if p.dep_ == "prep" and p.lower_ == "into"
               for g in p.children if g.dep_ == "pobj")


_POLITICIANS = frozenset({"party", "opposition", "candidate", "politician", "leader"})


def _names_politicians(verb: Any) -> bool:
    """Whether a verb's object is a party or a politician ("barred the opposition leader from
    running"): a ban on political parties (1722), the lexicon's own row."""
    return any(o.lemma_.lower() in _POLITICIANS or any(g.lemma_.lower() in _POLITICIANS for g in o.children
                                                        if g.dep_ in ("compound", "amod"))
               for o in verb.children if o.dep_ in ("dobj", "nsubjpass"))


_TERMS_HELD = frozenset({"day", "week", "month", "year", "decade"})


def _time_held(noun: Any) -> bool:
    """Whether a custody noun is the place of a term served: "after six months IN DETENTION",
    "spent a decade in prison"."""
    if noun.lemma_.lower() not in HELD_STATES or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return False
    holder = noun.head.head
    return holder.lemma_.lower() in _TERMS_HELD and any(c.dep_ == "nummod" or c.like_num for c in holder.children) \
        or holder.lemma_.lower() == "spend"


# Bodies of a state whose protest is a complaint, not a demonstration
_STATE_BODIES = frozenset({"ministry", "government", "embassy", "kremlin", "beijing", "washington", "moscow",
                           "cabinet", "presidency"})


def _state_protests(verb: Any) -> bool:
    """Whether a state protests, with no object of its own: a country's name or a ministry as the
    subject ("Vietnam protested on Tuesday after Chinese vessels rammed a boat", "the foreign
    ministry protested"), not people ("thousands protested in Hanoi")."""
    if any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children):
        return False  # (a dateline the parser made an object comes first: "HANOI (Reuters) - Vietnam protested")
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ == "conj" for c in subj.children):
        return False
    return subj.lemma_.lower() in _STATE_BODIES or subj.ent_type_ == "GPE" and subj.pos_ == "PROPN" and not any(
        c.dep_ in ("amod", "compound", "nummod", "prep") for c in subj.children)  # (a state or its capital)


def _site_blocked(verb: Any) -> bool:
    """Whether an authority blocks a site or access to one: "Turkish authorities blocked access to
    X", "a court blocked three news websites" (not "protesters blocked the road", nor a virus blocked)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.lemma_.lower() in _CENSORS or subj.ent_type_ == "GPE"):
        return False
    for o in (c for c in verb.children if c.dep_ == "dobj"):
        if o.lemma_.lower() in _SITES:
            return True
        if o.lemma_.lower() == "access" and any(g.lemma_.lower() in _SITES or g.ent_type_ in ("ORG", "PRODUCT")
                                                or g.pos_ == "PROPN"
                                                for p in o.children if p.dep_ == "prep" and p.lower_ == "to"
                                                for g in p.children if g.dep_ == "pobj"):
            return True
    return False


# Acts done to places: a name also stormed or shelled is a place ("stormed and captured X")
_PLACE_ACTS = frozenset({"storm", "overrun", "enter", "besiege", "shell", "encircle", "surround", "bomb"})


# Outlaws whose taking of people is a kidnapping, as an armed group's is ("bandits seized 300 pupils")
_OUTLAWS = frozenset({"bandit", "kidnapper", "pirate", "abductor", "gunman", "gunmen", "attacker", "assailant",
                      "raider", "hijacker", "criminal", "gang"})


_TOWN_FEATURES = frozenset({"city", "admin1", "admin2", "region"})


def _control_of_a_business(verb: Any) -> bool:
    """Whether the control a verb takes is of a business ("the government seized control of
    CHIPMAKER Nexperia", "took control of the country's largest BANK"): property seized, not ground."""
    owned = [g for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "control"
             for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    words = {t.lemma_.lower() for g in owned for t in g.subtree if t.i <= g.i}
    return any(w in _BUSINESSES or w.endswith("maker") for w in words)


# Heads and modifiers of a business's name
_BUSINESSES = frozenset({"company", "firm", "business", "bank", "corporation", "conglomerate", "manufacturer",
                         "producer", "carrier", "airline", "operator", "subsidiary", "group", "holding",
                         "lender", "insurer", "retailer", "broadcaster", "newspaper"})
# (not a plant, a mine or a refinery, which armed men take as ground: "seized control of the nuclear plant")


def _town_name(tok: Any) -> bool:
    """Whether a proper noun is the name of a town or a region the gazetteer knows (the small
    model tags "Goma" a person, "Omdurman" a nationality, "Crimea" an organisation)."""
    if tok.pos_ != "PROPN" or tok.ent_type_ in ("DATE", "TIME"):
        return False
    first = tok.doc[tok.left_edge.i]
    name = tok.doc[first.i + (first.lower_ == "the"):tok.i + 1].text
    try:
        from watchfloor.geo.gazetteer import Gazetteer

        cands = Gazetteer.load().lookup(name)
    except (ImportError, OSError):  # a missing gazetteer must not stop event coding
        return False
    return any(c.feature in _TOWN_FEATURES and (c.feature != "city" or c.population >= 20_000) for c in cands)


def _captives(verb: Any) -> bool:
    """Whether what a verb takes is people ("captured five suspected members", "Saddam's top aide
    was captured", "captured dozens of militants"), not a place or a thing."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    shared = joined_object(verb) if not objs else None
    if shared is not None:
        objs = [shared]  # "captured and brutally executed four fighters"
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        objs.append(verb.head)  # "the soldiers captured in the raid"
    pronoun = _relative_pronoun(verb, ("dobj", "nsubjpass"))
    if pronoun in ("who", "whom"):
        return True  # "the man, WHO was seized in May"
    if pronoun in ("which", "that"):
        objs.append(verb.head)  # "the soldiers THAT they captured"
    if any(c.lower_ == "alive" for c in verb.children):
        return True  # "two were captured ALIVE": only the living are
    if gapped_passive(verb) is not None:
        return True  # "four were killed and 12 CAPTURED": a count of people
    # (nor a name stormed as well as captured: "stormed and captured Surjah Kabira", a village)
    stormed = any(w.lemma_.lower() in _PLACE_ACTS for w in [verb.head] * (verb.dep_ == "conj")
                  + [c for c in verb.children if c.dep_ == "conj"])
    for o in objs:
        heads = [o] + _counted_things(o)  # "dozens of militants" (not "the town of Goma")
        if o.dep_ == "nsubjpass" and o.like_num and not list(o.children):
            return True  # "fourteen inmates escaped and EIGHT were recaptured": a bare count is of people
        joined = [c for h in heads for c in h.children if c.dep_ == "conj"]  # "300 pupils and 12 TEACHERS"
        if any(h.lemma_.lower() in _PEOPLE for h in heads + joined):
            return True
        if any(h.ent_type_ == "NORP" and h.tag_ in ("NNS", "NNPS") for h in heads):
            return True  # "the Iranians were captured", "two Americans": a nation's people
        taken_from = any(p.dep_ == "prep" and p.lower_ == "from" for w in (verb, o) for p in w.children)
        if not taken_from and not stormed and any(_full_name(h, passive=o.dep_ == "nsubjpass") for h in heads):
            return True  # (a name taken FROM a party is a village: "capture Bayyanoun from the rebels")
    return False


# Verbs a count can undergo with its "were" left out: "and 18 people DETAINED"
_GAPPABLE = HARM_VERBS | CUSTODY_WORDS | {"shoot", "stab", "abduct", "kidnap", "capture"}
# Words that count people without a number: "and DOZENS wounded"
_COUNT_WORDS = frozenset({"dozens", "hundreds", "thousands", "scores", "others", "another", "several", "many", "more"})


def gapped_passive(verb: Any) -> Any | None:
    """The passive clause whose "were" a conjoined verb leaves out, or None: "24 officers were
    injured and 18 people DETAINED", "eight were killed and dozens WOUNDED". The tagger reads a
    past tense with the count as its subject, and the parser may hang it on the "said" above the
    passive; a verb that takes an object, with none, after a count is the passive's."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in _GAPPABLE \
            or any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp", "prt") for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > verb.i or not (
            subj.like_num or subj.lower_ in _COUNT_WORDS or any(c.dep_ == "nummod" for c in subj.children)) \
            or any(c.dep_ not in ("nummod", "amod", "det", "advmod", "quantmod", "compound") for c in subj.children):
        return None
    head = verb.head
    partners = [head, *(c for c in head.children if c.dep_ == "ccomp")]
    return next((p for p in partners if p.i < subj.i and any(c.dep_ == "auxpass" for c in p.children)), None)


# Verbs that share no object with the verb after them: "RESIGNED and fled the country"
_OBJECTLESS = frozenset({"resign", "die", "retreat", "abdicate", "defect", "arrive", "depart", "surrender"})


def joined_object(verb: Any) -> Any | None:
    """The object of the verb joined right after ``verb`` by nothing but "and"/"or" (an adverb
    or a comma at most), which both verbs share: "shot and killed a farmer", "killing or
    wounding dozens", "captured and brutally executed four fighters". None when the next verb
    has a subject of its own or stands further off ("protested against X and burned a flag"),
    or when the verb takes no object ("resigned and fled the country")."""
    doc = verb.doc
    if verb.lemma_.lower() in _OBJECTLESS:
        return None
    for c in verb.children:
        if c.dep_ != "conj" or c.pos_ != "VERB" or c.i <= verb.i:
            continue
        if verb.tag_ == "VB" and c.tag_ in ("VBD", "VBZ"):
            continue  # a finite verb shares no infinitive's object: "called on them to withdraw and URGED all parties"
        between = doc[verb.i + 1:c.i]
        if len(between) <= 2 and all(t.dep_ in ("cc", "advmod", "punct") for t in between) and not any(
                g.dep_ in ("nsubj", "csubj", "nsubjpass") for g in c.children):
            obj = next((o for o in c.children if o.dep_ in ("dobj", "obj")), None)
            if obj is not None:
                return obj
    return None


# An armed group's or outlaws' taking of people (CAMEO 181, ACLED's abduction)
_ABDUCTED = ("181", "ASSAULT", "abduct")


def _outlaws_detain(tok: Any) -> bool:
    """Whether a detention is done by an armed group or outlaws, not forces with a state's name
    for them ("forces loyal to Khalifa Haftar arrested a journalist" stays an arrest)."""
    return _outlaw_subject(tok) and not _subject_is(tok, "state_forces")


def _outlaw_subject(tok: Any) -> bool:
    """Whether a verb (or the first verb of its coordination, when it has no subject of its own)
    is done by an armed group or outlaws: "rebels", "ISIS", "gunmen", "bandits"."""
    own = any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in tok.children)  # ("… and raided BY LOOTERS")
    clause = tok.head if tok.dep_ == "conj" and not own else tok
    return _subject_is(clause, "nonstate") or any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _OUTLAWS for c in clause.children)


# Verbs of a change of ruler that are a coup only when forced: "officers TOOK POWER", "the
# president was OUSTED in a coup" (not "the party took power after the election")
_COUP_IF_FORCED = frozenset({"take", "remove", "oust", "depose", "topple", "overthrow"})
_COUP_WORDS = frozenset({"coup", "putsch", "junta", "mutiny", "mutineer", "mutineers", "putschist", "putschists",
                         "force"})


def _by_force(verb: Any) -> bool:
    """Whether a change of ruler is forced: its doer is armed ("soldiers", "army officers",
    "rebels") or its sentence names a coup ("ousted in a coup", "the junta", "by force"), and
    what is overthrown is no armed force ("a coalition force OUSTED IRAQI TROOPS from Kuwait"
    drove an army out)."""
    armed = cues()["armed_words"]
    if any(c.lower_ in armed or c.lemma_.lower() in armed for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        return False  # (by the object's head: "soldiers overthrew the military GOVERNMENT" is a coup)
    doers = [t for c in verb.children if c.dep_ in ("nsubj", "agent") for t in c.subtree]
    if verb.dep_ in ("conj", "xcomp") and not doers:
        doers = [t for c in verb.head.children if c.dep_ == "nsubj" for t in c.subtree]
    if verb.dep_ == "relcl":
        doers += [*verb.head.lefts, verb.head]  # "the army OFFICERS who took power"
    if verb.dep_ == "ccomp" and all(t.pos_ == "PRON" for t in doers):
        # the speaker a pronoun stands for: "army officers said THEY had taken power"
        doers += [t for c in verb.head.children if c.dep_ == "nsubj" for t in c.subtree]
    words = armed | {"officer", "officers", "junta", "general", "generals", "colonel", "colonels"}
    return any(t.lower_ in words for t in doers) or any(t.lower_ in _COUP_WORDS for t in sentence_of(verb))


# Prepositions of an advance on a place ("marched INTO the town", "TOWARDS Moscow", "ON the capital")
_ADVANCE_PREPS = frozenset({"into", "towards", "toward", "on", "upon", "across", "to"})


def _subject_clause(verb: Any) -> Any:
    """The verb whose subject a verb shares: "mercenaries seized the city and began | MARCHING"
    (not a participle the parser hung on the main verb right after the people it tells of: "police
    used water cannon on FARMERS MARCHING to New Delhi")."""
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and people_before_participle(verb) is None:
        verb = verb.head
    return verb


# What a crowd does, told by a participle right after it ("fired on demonstrators DEMANDING ...")
_CROWD_PARTICIPLES = frozenset({"demand", "protest", "block", "march", "chant", "rally", "demonstrate", "denounce",
                                "call", "oppose", "occupy", "picket"})


def people_before_participle(verb: Any) -> Any | None:
    """The plural noun right before a participle the parser hung on the main verb, when that noun
    ends a prepositional phrase: the people it tells of ("police used water cannon on FARMERS
    marching to New Delhi"), else None. As an adverbial clause only for what a crowd does, and
    through "of" to the people ("fired on DEMONSTRATORS demanding ...", "clashed with SUPPORTERS of
    Evo Morales blocking highways"; not "attacked rebels in Kidal USING drones")."""
    if verb.dep_ not in ("xcomp", "advcl") or verb.tag_ != "VBG" or verb.i == 0:
        return None
    prev = verb.doc[verb.i - 1]
    if verb.dep_ == "xcomp":
        return prev if prev.dep_ == "pobj" and prev.tag_ in ("NNS", "NNPS") else None
    if prev.dep_ == "appos" and prev.head.dep_ == "pobj":
        prev = prev.head  # ("supporters of the former president | EVO MORALES blocking roads")
    if verb.lemma_.lower() not in _CROWD_PARTICIPLES or prev.dep_ != "pobj":
        return None
    while prev.head.lower_ == "of" and prev.head.head.pos_ == "NOUN" and prev.head.head.dep_ == "pobj":
        prev = prev.head.head
    return prev if prev.tag_ == "NNS" else None


# Passages that are stopped on their way: "blocked a resupply MISSION", "a CONVOY"
_PASSAGES = frozenset({"mission", "convoy", "shipment", "delivery", "flotilla", "resupply", "evacuation", "passage",
                       "transit", "movement"})
# Ways one moves along, which a state's forces block
_ROUTES = frozenset({"road", "street", "highway", "route", "access", "entrance", "entry", "bridge", "border",
                     "crossing", "path", "way", "square", "intersection", "junction", "motorway", "avenue",
                     "corridor", "gate", "airport", "port"})


def _state_doer(verb: Any) -> bool:
    """Whether the doer of a verb, or of the verb it is joined to when it has none of its own,
    is the state's forces: "police fired tear gas and BLOCKED roads"."""
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    # the subject's own noun and its modifiers ("police BUSES"; not "advocates from a COALITION of ...")
    # (a compound's own compound too: "COAST guard ships")
    words = " ".join(t.text for t in subj.doc[subj.left_edge.i:subj.i + 1] if t.dep_ in ("compound", "amod")
                     and t.head.i in (subj.i, *(c.i for c in subj.lefts))) + " " + subj.text
    return bool(cue_pattern("state_forces").search(words))


def _subject_is(verb: Any, key: str) -> bool:
    """Whether the doer of a verb is named by a word of the ACLED cue list ``key``: "nonstate"
    ("rebels", "ISIS", "gunmen") or "state_forces" ("the army", "police"); a speaker's "it" or "they"
    is the speaker ("THE RSF said IT had surrounded the army's base")."""
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    if [d.lower_ for d in doers] in (["it"], ["they"]) and verb.dep_ == "ccomp" and verb.head.i < doers[0].i:
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"] or doers
    subj = " ".join(t.text for c in doers for t in c.subtree)
    return bool(cue_pattern(key).search(subj))


# Prepositions that set a clash among its circumstances, not its parties
_CIRCUMSTANCE_PREPS = frozenset({"amid", "after", "following", "despite", "during", "since", "before"})


def _verbal_clash(tok: Any) -> bool:
    """Whether a clash is a dispute in words: its parties hold office ("the two ministers
    clashed", "lawmakers clashed with the prime minister") or the sentence names a forum or a
    policy ("clashed at the UN over the nuclear deal"), and nothing armed or physical (cues.json
    ``_verbal_clash_doc``)."""
    c = cues()
    words = {t.lower_ for t in sentence_of(tok)}
    if words & (c["armed_words"] | c["clash_physical_words"]):
        return False
    gov = tok.head if tok.dep_ in ("nsubj", "dobj", "pobj") and _pos(tok) == "N" else tok
    # (a forum named in a clause of another act is not the clash's: "Clashes erupted in Tripoli, two
    # days AFTER TALKS FAILED")
    other = {t.i for ch in gov.children if ch.dep_ == "advcl" and any(m.dep_ == "mark" for m in ch.children)
             for t in ch.subtree}
    # (nor one that names the subject of another verb: "THE CROSSING, A KEY TRADE ROUTE, was closed
    # after the clash")
    other |= {t.i for s in sentence_of(tok) if s.dep_ in ("nsubj", "nsubjpass") and s.head.i != tok.i
              and not s.left_edge.i <= tok.i <= s.right_edge.i for t in s.subtree}
    words = {t.lower_ for t in sentence_of(tok) if t.i not in other}
    parties = [t for ch in gov.children if ch.dep_ in ("nsubj", "nsubjpass", "prep")
               # (not what it came amid: "the clashes come AMID rising tensions between the president and ...")
               and ch.lower_ not in _CIRCUMSTANCE_PREPS for t in ch.subtree]
    parties += [t for ch in tok.children if ch.dep_ == "prep" for t in ch.subtree]
    if any(t.lower_ in c["clash_office_words"] for t in parties):
        return True
    return bool(words & c["clash_forum_words"])


def sentence_of(tok: Any) -> Any:
    """The token's sentence, or its whole chunk when the chunk was not split into sentences."""
    return tok.sent if tok.doc.has_annotation("SENT_START") else tok.doc[:]


# Words that make a vehicle's strike an attack: "their vehicle hit a landmine", "a truck bomb"
_NOT_TRAFFIC = frozenset({"bomb", "attack", "attacker", "ram", "deliberately", "landmine", "mine", "ied", "explosive",
                          "grenade", "rocket", "missile", "shell", "mortar", "gunman", "militant", "terrorist"})
# What "send X -ing" sets moving: people driven off, things thrown about
_SENT_MOVING = frozenset({"flee", "run", "scramble", "scurry", "cascade", "tumble", "fly", "crash", "spill", "pour",
                          "roll", "reel", "plunge", "soar", "sprawl", "skid", "spin", "scatter", "rush", "stream",
                          "surge", "shoot", "slide", "topple"})
# Road vehicles, and makes their drivers name them by: one striking another is a collision
_ROAD_VEHICLES = frozenset({
    "car", "truck", "pickup", "van", "suv", "sedan", "minivan", "bus", "vehicle", "motorcycle", "motorbike",
    "tractor", "trailer", "semi", "taxi", "cab", "jeep", "automobile", "coupe", "hatchback", "scooter",
    "toyota", "honda", "ford", "chevrolet", "chevy", "oldsmobile", "nissan", "hyundai", "kia", "bmw", "volkswagen",
    "dodge", "chrysler", "buick", "cadillac", "pontiac", "mazda", "subaru", "lexus", "acura", "volvo", "gmc",
    "mitsubishi", "saturn", "mercury", "lincoln", "audi", "peugeot", "renault", "fiat", "tesla", "infiniti"})


def _traffic(verb: Any) -> bool:
    """Whether a strike is a road collision: a vehicle strikes, is struck or is struck by one,
    with nothing armed in the sentence ("a truck bomb struck", "gunmen struck a bus" stay attacks)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ in ("pcomp", "advcl", "xcomp", "conj"):
        clause = verb.head.head if verb.head.dep_ == "prep" else verb.head
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    agents = [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    parties = [p for p in [subj, *agents, *objs] if p is not None]
    if not any(p.lemma_.lower() in _ROAD_VEHICLES or p.lower_ in _ROAD_VEHICLES for p in parties):
        return False
    return not _armed_context(verb) and not any(t.lemma_.lower() in _NOT_TRAFFIC for t in sentence_of(verb))


def _armed_context(tok: Any) -> bool:
    """Whether the sentence names anything armed ("the rebels struck back, killing five")."""
    words = cues()["armed_words"]
    span = sentence_of(tok)
    return any(t.lower_ in words for t in span)


def _object_lemmas(tok: Any) -> list[str]:
    out = [c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not out and tok.pos_ == "VERB":
        shared = joined_object(tok)  # "capturing and preserving the world's WILDLIFE"
        out += [shared.lemma_.lower()] if shared is not None else []
    for c in tok.children:
        if c.dep_ == "prep" and c.lemma_.lower() in ("against", "on", "of", "with"):
            out += [g.lemma_.lower() for g in c.children if g.dep_ == "pobj"]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        out.append(tok.head.lemma_.lower())  # "a report released on Monday": the report was released
    if tok.tag_ == "VBN" and tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in ("have", "get"):
        # "had 160,000 birds killed": the causative's subject is what the act was done to
        out += [c.lemma_.lower() for c in tok.children if c.dep_ == "nsubj"]
    return out


_SCORE = re.compile(r"^\d{1,3}\s?[-–:]\s?\d{1,3}$")
_CONTESTS = frozenset({"champion", "team", "rival", "opponent", "seed", "favourite", "favorite", "record",
                       "final", "semifinal", "semi-final", "quarterfinal", "quarter-final", "match", "game",
                       "tournament", "championship", "cup", "league", "race", "set", "round", "title", "odds",
                       "deadline", "expectation", "estimate", "forecast", "playoff", "derby",
                       "crowd", "traffic", "rush", "heat", "clock"})  # (beating the crowds is getting there first)


def _contest(tok: Any) -> bool:
    """ "Spain beat Italy 2-1 in the final", "beat the defending champion": a game, not a beating."""
    words = [t for t in tok.subtree if t.i != tok.i]
    if any(t.lemma_.lower() in _CONTESTS and t.pos_ in ("NOUN", "PROPN") for t in words):
        return True
    k = tok.i + 1  # a score the tokenizer split: "2 - 1"
    while k + 2 < len(tok.doc) and k < tok.i + 6:
        if _SCORE.match(tok.doc[k].text) or _SCORE.match("".join(t.text for t in tok.doc[k:k + 3])):
            return True
        k += 1
    return False


_PLAY_WORDS = frozenset({"game", "match", "tournament", "championship", "final", "semifinal", "semi-final",
                         "quarterfinal", "playoff", "ball", "net", "league", "cup", "derby", "par", "birdie",
                         "bogey", "eagle", "innings", "wicket", "lap", "title", "medal", "trophy", "victory"})


# what a warning names when it is a threat after all ("warned it will retaliate")
_THREAT_WORDS = frozenset({"sanction", "sanctions", "retaliate", "retaliation", "consequences", "action", "attack",
                           "force", "war", "strike", "measures", "respond", "response", "price", "punish",
                           "punishment"})
_RISK_WORDS = frozenset({"weather", "disease", "flu", "influenza", "measles", "illness", "contamination",
                         "contaminated", "health", "heat", "cold", "winds", "temperatures", "storms"})


# Event nouns that also name the body that does it, which may speak ("the mission said")
_BODY_NOUNS = frozenset({"mission", "force", "contingent", "operation", "coalition", "donor", "patrol"})
# Networks one may have access to, which is no humanitarian access (CAMEO 086)
_NETWORKS = frozenset({"internet", "phone", "telephone", "mobile", "web", "broadband", "online", "data", "network"})
# Verbs that take away the access they name
_DENYING = frozenset({"cut", "block", "restrict", "deny", "suspend", "limit", "halt", "shut", "bar", "curb", "close"})


def _forecast(verb: Any) -> bool:
    """Whether a warning only says what may happen, with no act of the one warning named: "warning
    that DELAYS COULD UNDERMINE the truce" (not "warned that IT COULD retaliate", "warned that
    Iran could face sanctions", nor one who is warned: "warned Israel that …")."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    told = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if told is None or not any(a.dep_ == "aux" and a.lower_ in ("could", "may", "might") for a in told.children):
        return False
    subj = next((c for c in told.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    words = {t.lower_ for t in told.subtree} | {t.lemma_.lower() for t in told.subtree}
    return subj is not None and subj.pos_ != "PRON" and not words & _THREAT_WORDS


def _natural_risk(tok: Any) -> bool:
    """Whether a warning is of a natural or health risk ("warned of more wild weather", "warned
    that a bird flu epidemic would …", "warned that 750,000 people could be hit by flooding"),
    with nothing armed and no measure named: a forecast, not a threat."""
    words = {t.lower_ for t in tok.subtree} | {t.lemma_.lower() for t in tok.subtree}
    c = cues()
    # (deaths alone are no arms: "after an outbreak of cholera KILLED 60 people")
    if words & (c["armed_words"] - {"killed", "killing"}) or words & _THREAT_WORDS:
        return False
    return bool(words & (_RISK_WORDS | c["disaster"]))


# CAMEO roots a game report borrows the words of: rallies, shows of force, attacks, fights
_PLAYABLE_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})


_HYPHEN_PARTICLES = frozenset({"out", "in", "off", "up", "down", "over", "on", "back"})


def _hyphen_modifier(tok: Any) -> bool:
    """Whether a noun is the first half of a hyphenated word that modifies what follows it
    ("bomb-making materials", "war-torn", "bomb-proof"): the word names a kind, not an event. A
    particle after the hyphen keeps the noun ("a shoot-out", "a sit-in")."""
    doc = tok.doc
    if _pos(tok) != "N" or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "-" or doc[tok.i + 1].whitespace_:
        return False
    return tok.head.i > tok.i + 1 and not tok.whitespace_ and doc[tok.i + 2].lower_ not in _HYPHEN_PARTICLES


def _sports(tok: Any) -> bool:
    """Whether the sentence reports a game: two of its words are sports words, one a word only a
    game report uses ("goalie", "playoff", "wrestling"), and nothing armed is named."""
    span = sentence_of(tok)
    c = cues()
    words = {t.lower_ for t in span} | {t.lemma_.lower() for t in span}
    hits = words & c["sports_words"]
    others = {t.lower_ for t in span if t.i != tok.i}  # (the trigger's own word is no evidence: "the Adamek Bomb")
    return bool(hits & c["sports_strong"]) and len(hits) >= 2 and not others & c["armed_words"]


def _play(tok: Any) -> bool:
    """A shot, a storm or an attack in a game: "shot a 65 to win the tournament", "fired the
    ball into the net", "stormed back to win the game". Only the verb's object, its purpose
    clause and an "into" phrase count, not where or when it happened ("stormed a stadium during
    a match" is an attack)."""
    parts = [c for c in tok.children if c.dep_ in ("dobj", "xcomp", "advcl") and not (
        c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children))]
    parts += [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "into"]
    if any(t.lemma_.lower() in _PLAY_WORDS and t.pos_ == "NOUN" for p in parts for t in p.subtree):
        return True  # (a noun: "attacked the FINAL rebel-held city" is an attack)
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    # "shot a 65", "fired a four-under-par 68": a score is the object (not a count of people:
    # "shot dead HUNDREDS of protesters")
    return obj is not None and (obj.like_num or obj.ent_type_ == "CARDINAL") \
        and _lemma(tok) in ("shoot", "fire", "card") \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)


_REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself", "yourselves"})


# Where the hurt are taken: "sent to the hospital" is no aid sent
_CARE_PLACES = frozenset({"hospital", "clinic", "infirmary", "emergency", "morgue"})


# Arms that back a fighting force ("an offensive backed by DRONES", "supported by ARTILLERY"; not
# "supported by allied FIGHTERS", who are a party)
_FIRE_SUPPORT = (_CRAFT - {"fighter", "convoy", "navy", "coast", "guard", "patrol"}) | {
    "artillery", "airstrike", "air", "airpower", "firepower", "armour", "armor", "gunship", "mortar", "rocket",
    "missile", "strike", "airstrikes", "shelling", "bombardment"}


def _wrong_object(tok: Any, cameo: str) -> bool:
    """Whether the object shows the word is not this event: "sent a message" is no aid,
    "released a statement" no release, "fight the epidemic" no fighting, "beat the champion"
    no beating."""
    if cameo.startswith("182") and _lemma(tok) == "beat" and _contest(tok):
        return True
    if cameo[:2] in ("18", "19") and _play(tok):
        return True
    if cameo[:2] == "07" and any(c.dep_ in ("dative", "iobj", "dobj") and c.lower_ in _REFLEXIVE for c in tok.children):
        return True  # "give himself a birthday present": nothing changes hands
    if cameo.startswith("190") and _lemma(tok) == "fire" and _dismissed(tok):
        return True
    if cameo[:2] == "07" and _lemma(tok) in ("send", "take", "rush", "fly", "airlift") and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_.lower() in _CARE_PLACES for g in c.children)
            for c in tok.children) and not any(
            c.dep_ == "dobj" and c.pos_ != "PRON" and c.ent_type_ != "PERSON" for c in tok.children):
        return True  # "23 were sent to the hospital", "rushed him to hospital": taken for treatment,
        # not aid given ("sent medical teams to the hospital" still is)
    if cameo == "051" and tok.tag_ == "VBN" and any(
            a.dep_ == "agent" and any(g.dep_ == "pobj" and g.lemma_.lower() in _FIRE_SUPPORT for g in a.children)
            for a in tok.children):
        return True  # "a counter-offensive backed by drones": the means of a fight, not a patron
    objs = _object_lemmas(tok)
    if not objs:
        return False
    c = cues()
    if cameo[:2] == "07" or cameo.startswith("0841") or cameo.startswith("154"):
        if any(m.lemma_.lower() in ("loan", "credit") for o in tok.children if o.dep_ == "dobj"
               for m in o.children if m.dep_ in ("compound", "amod", "nmod")):
            return False  # "provide a loan guarantee": money, not words
        return any(o in c["non_material_objects"] for o in objs)
    if cameo[:2] in ("19", "18", "16") and not cameo.startswith("183"):
        # what one detonates is a device, so "a dynamite CHARGE" is no legal charge
        return any(o in c["non_actor_targets"] for o in objs)
    return False


def _moved_somewhere(verb: Any) -> bool:
    """Whether a verb names where its object goes: "ordered troops TO THE BORDER", not "ordered
    troops to withdraw" (a clause) nor "ordered troops on Monday"."""
    return any(c.dep_ == "prep" and c.lower_ in ("to", "into", "toward", "towards") and c.i > verb.i
               and any(g.dep_ == "pobj" for g in c.children) for c in verb.children)


def _dismissed(fire: Any) -> bool:
    """ "The mayor fired John Smith", "he was fired on Monday": a person fired (by name or
    pronoun) is dismissed; one fires AT or ON someone ("fired on the crowd", "was fired upon")."""
    kids = list(fire.children)
    if any(c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lower_ in ("him", "her")) for c in kids):
        return True
    aimed = any(c.dep_ == "prep" and c.lower_ in ("at", "on", "upon", "into") and not any(
        g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in kids)
    return not aimed and any(c.dep_ == "nsubjpass" and (c.ent_type_ == "PERSON" or c.lower_ in ("he", "she"))
                             for c in kids)


def _verb_lemma(tok: Any) -> str:
    """The lemma, mended where the small model garbles a regular past form ("staged" → "stag")."""
    lem = tok.lemma_.lower()
    low = tok.lower_
    if tok.tag_ in ("VBD", "VBN") and low.endswith("ed") and lem not in cues()["light_verbs"]:
        for cand in (low[:-1], low[:-2]):
            if cand in cues()["light_verbs"]:
                return cand
    return lem


# Counts of events a light verb carries out: "carried out DOZENS of strikes", "a SERIES of raids"
_COUNTS = frozenset({"dozens", "hundreds", "scores", "thousands", "series", "wave", "waves", "spate", "string",
                     "number", "barrage", "volley", "round", "rounds", "couple", "handful",
                     "days", "weeks", "months", "years", "hours", "nights"})  # ("led MONTHS OF demonstrations")


# Who summons someone to answer in law, not to hear a state's complaint
_LAW_OFFICERS = frozenset({"judge", "court", "prosecutor", "magistrate", "tribunal", "investigator", "police",
                           "prosecution", "judiciary"})


def _summoned_by_the_law(verb: Any) -> bool:
    """Whether a summons is a judge's, a court's or the police's ("after he was summoned BY A
    JUDGE", "a court summoned the opposition leader"): no diplomatic complaint (CAMEO 114)."""
    doers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    doers += [c for c in verb.children if c.dep_ == "nsubj"]
    return any(d.lemma_.lower() in _LAW_OFFICERS for d in doers)


# Verbs of armed forces closing a place in: a blockade (191) when armed men do it, not a crowd
_CLOSING_IN = frozenset({"surround", "encircle", "cordon"})


# Light verbs of leave given, which a gathering does not happen by: "the march was not AUTHORISED"
_PERMITTING = frozenset({"authorize", "authorise", "approve"})


def _light_head(tok: Any) -> Any | None:
    """The light verb whose object (or object's ``of`` complement) is this event noun."""
    light = cues()["light_verbs"]
    h = tok
    if tok.dep_ in ("dobj", "nsubjpass", "attr", "pobj") and _verb_lemma(tok.head) in light:
        if _verb_lemma(tok.head) in _PERMITTING and (_entry_for(tok) or ("", ""))[1] == "PROTEST":
            return None  # "the rally had not been AUTHORISED": leave to hold a gathering is not holding it
        if tok.dep_ == "dobj" and any(c.dep_ == "dobj" and c.right_edge.i < tok.left_edge.i and any(
                t.text == "," for t in tok.doc[c.right_edge.i + 1:tok.left_edge.i]) for c in tok.head.children):
            return None  # "began peace talks in X on Monday, the first direct NEGOTIATIONS …": a restatement
        if tok.dep_ != "pobj":
            return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _COUNTS \
            and tok.head.head.dep_ in ("dobj", "nsubjpass") and _verb_lemma(tok.head.head.head) in light:
        return tok.head.head.head  # "carried out DOZENS OF strikes", "launched a series of raids"
    if tok.dep_ == "conj" and tok.head.pos_ == "NOUN" and tok.head.dep_ in ("dobj", "nsubjpass", "attr") \
            and _verb_lemma(tok.head.head) in light:
        # "launched air and artillery strikes": the parser makes the event noun a conjunct of
        # the first modifier, the light verb's object
        return tok.head.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ == "under" \
            and _verb_lemma(tok.head.head) in HOLDING_VERBS:
        return tok.head.head  # "placed the opposition leader under house arrest"
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lemma_.lower() in ("on", "in"):
        v = tok.head.head
        # "go on strike", "engage in clashes", "take part in a protest"
        if v.lemma_.lower() in ("go", "engage", "participate", "join", "take", "be", "remain", "stay", "put", "place", "keep"):
            return v
        v = _pp_verb(tok.head)
        if tok.head.lower_ == "on" and v.lemma_.lower() in cues()["coming_verbs"] | {"lead"}:
            return v  # "arrived on a visit", "led a delegation on a visit to Moscow"
    del h
    return None


# What a projectile noun makes of the participle that fired it
_FIRED_PROJECTILES = {w: ("194", "ASSAULT", "heavy-weapons", 0.7) for w in (
    "missile", "rocket", "shell", "mortar", "projectile", "salvo", "barrage")} | {
    "drone": ("195", "ASSAULT", "aerial", 0.7)}


def _attacked_unit(noun: Any) -> bool:
    """Whether a unit's noun is what an attack hit: the object or passive subject of an attack
    verb, or the "on" object of an attack noun ("an attack ON a patrol")."""
    gov = noun.head
    if noun.dep_ == "pobj" and gov.lower_ in ("on", "against"):
        gov = gov.head
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    return gov.i != noun.i and (_entry_for(gov) or ("", ""))[1] == "ASSAULT"


def _criticised(fire: Any) -> bool:
    """Whether "came under fire" is criticism: critics ("from officials") or a grievance ("for …",
    "over …") named, and nothing armed in the sentence."""
    came = fire.head.head
    said = {p.lower_ for w in (fire, came) for p in w.children if p.dep_ == "prep"}
    armed = _armed_context(fire) or any(t.lower_ == "armed" or t.lower_ in _FIRE_MODS for t in sentence_of(fire))
    return bool(said & {"from", "for", "over"}) and not armed


# What names real fire: "came under MORTAR fire", "heavy ARTILLERY fire"
_FIRE_MODS = frozenset({"mortar", "artillery", "rocket", "sniper", "machine-gun", "machinegun", "tank", "gun",
                        "shell", "heavy", "intense"})


def came_under(noun: Any) -> bool:
    """Whether an act of force is one its subject "came under": "came under fire", "came under
    attack", "came under heavy shelling"."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "under" and prep.head.lemma_.lower() == "come"


def _pp_verb(prep: Any) -> Any:
    """The verb a prepositional phrase belongs to, also when the parser hangs it on the verb's
    object ("led a delegation | on a visit", "joined the leaders | for talks")."""
    gov = prep.head
    return gov.head if gov.dep_ == "dobj" else gov


# What a thing is "met with" when it is force, not a meeting ("protesters were met with TEAR GAS")
# (and what an act meets in return, no force used on anyone: "met with fierce RESISTANCE")
_MET_IN_RETURN = frozenset({"response", "resistance", "retaliation", "reprisal"})
_FORCE_MET = frozenset({"force", "fire", "gunfire", "violence", "bullet", "tear", "teargas", "gas", "cannon",
                        "baton"}) | _MET_IN_RETURN


_REVENGE = frozenset({"retaliate", "avenge", "revenge", "retaliation", "retribution", "vengeance", "reprisal"})


# Verbs of harm vowed on people: "vowed to HUNT DOWN those responsible", "to CRUSH the rebels"
_VOWED_HARM = frozenset({"crush", "hunt", "wipe", "eliminate", "annihilate", "eradicate", "punish", "destroy",
                         "defeat", "exterminate", "smash"})
# Whom such a verb may take that the entity tagger does not name (not "eradicate POVERTY")
_HARMED_PEOPLE = frozenset({"those", "perpetrator", "attacker", "assailant", "culprit", "killer", "terrorist",
                            "militant", "rebel", "insurgent", "gunman", "enemy", "group", "militia", "gang",
                            "jihadist", "fighter", "criminal", "bandit", "organizer", "organiser"})


def _harmed_people(verb: Any) -> bool:
    """Whether a verb's object is people: a name, or a noun of those who fight or did a crime."""
    return any(o.dep_ == "dobj" and (o.ent_type_ in ("PERSON", "ORG", "NORP") or o.lemma_.lower() in _HARMED_PEOPLE)
               for o in verb.children)


def _vows_force(verb: Any) -> bool:
    """Whether a vow is of force in return: "vowed to retaliate", "vowed revenge", "vowed to
    respond with overwhelming force", "vowed to hunt down those responsible" (not "vowed to
    respond to the crisis", "vowed to eradicate poverty")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "xcomp") and c.lemma_.lower() in _REVENGE:
            return True
        if c.dep_ == "xcomp" and c.lemma_.lower() in _VOWED_HARM and _harmed_people(c):
            return True
        if c.dep_ == "xcomp" and c.lemma_.lower() == "respond" and any(
                p.dep_ == "prep" and p.lower_ == "with" and any(o.lemma_.lower() in _FORCE_MET for o in p.children)
                for p in c.children):
            return True
        if c.dep_ == "xcomp" and c.lemma_.lower() in ("respond", "react") \
                and not any(g.dep_ in ("prep", "dobj") for g in c.children) and _armed_context(verb):
            return True  # "air strikes killed 15 people, a spokesman said, VOWING TO RESPOND": in kind
    return False


_MET_CODES: dict[str, tuple[str, str | None, str | None, float] | None] = {
    "threat": ("138", "THREATEN", None, 0.7), "control": ("175", "COERCE", "crowd-control", 0.7), "none": None}


def _met_with(verb: Any) -> str | None:
    """What a passive "met with" force tells: a threat where it is still to come ("would be met
    with force"), crowd control where it was done ("were met with tear gas"), no event for what
    an act met ("the offensive was met with fierce resistance"); None where no force is met."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    used = {g.lemma_.lower() for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
            for o in p.children if o.dep_ == "pobj" for g in (o, *o.children) if g.dep_ in ("pobj", "compound")}
    if not used & _FORCE_MET:
        return None
    if any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll") for c in verb.children):
        return "threat"
    return "none" if used & _MET_IN_RETURN else "control"


# Craft that are forces when armed ("military aircraft", "navy ships"), aid or trade otherwise
_SENT_CRAFT = frozenset({"aircraft", "plane", "ship", "vessel", "boat", "helicopter", "drone", "vehicle"})
_ARMED_CRAFT = frozenset({"military", "navy", "naval", "war", "armed", "combat", "air", "army", "coast"})


# What a pattern of events is said to be
_HABITUAL = frozenset({"common", "commonplace", "frequent", "routine", "rare", "widespread", "rife", "endemic",
                       "rampant", "regular", "usual"})
# Verbs whose object is what talks are about, not an event told
_TOPIC_VERBS = frozenset({"discuss", "debate", "consider", "weigh", "mull", "review", "study", "examine", "explore"})
# Accords in force, which "despite" names as a state, not as made that day
_ACCORDS = frozenset({"ceasefire", "cease-fire", "truce", "armistice", "agreement", "deal", "accord", "pact", "treaty"})
_TALKS = frozenset({"talk", "talks", "negotiation", "dialogue"})
# Verbs of an accord or of talks coming apart
_BREAKING_DOWN = frozenset({"collapse", "fail", "stall", "break", "falter", "founder", "unravel"})
# Nouns of a pause in what follows "in": "a lull IN FIGHTING" tells of no fighting
_PAUSE_NOUNS = frozenset({"lull", "pause", "respite", "let-up", "letup", "break", "halt", "hiatus", "decline",
                          "drop", "reduction", "absence", "lack"})


_CROWDS = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "crowd", "group",
                     "scores", "score", "tens", "million", "millions"})


def _crowd_subject(tok: Any) -> bool:
    """ "HUNDREDS of demonstrators participated": the protesters' crowd is the clause's subject."""
    head = tok.head
    return (tok.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ in ("nsubj", "nsubjpass")
            and (head.head.like_num or head.head.lemma_.lower() in _CROWDS))


def _happen_head(tok: Any) -> Any | None:
    """The verb that says the event noun ``tok`` (its subject) took place, if there is one."""
    if tok.dep_ != "nsubj" or _pos(tok.head) != "V" or tok.lemma_.lower() in _PERSON_NOUNS:
        return None
    verb = tok.head
    lem = _lemma(verb)
    if lem not in _HAPPEN_VERBS:
        return None
    need = _HAPPEN_PARTS.get(lem)
    if need and not any(c.lower_ in need for c in verb.children if c.dep_ in ("prt", "dobj", "advmod")):
        return None
    return verb


def _nominal_is_event(tok: Any) -> bool:
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ("become", "remain", "be") and any(
            c.dep_ == "acomp" and c.lower_ in _HABITUAL for c in tok.head.children):
        return False  # "KIDNAPPINGS for ransom have become common in northern Nigeria": a pattern, no event
    if tok.dep_ == "nsubj" and tok.lemma_.lower() in _ACCORDS | _TALKS and _verb_lemma(tok.head) in _BREAKING_DOWN:
        return False  # "days after a TRUCE BROKE DOWN", "the talks collapsed": its end, neither made nor held
    if tok.dep_ in _NOMINAL_OK_DEPS:
        return True
    if _sums_up(tok):
        return False  # "marched … to demand snap elections, THE LARGEST PROTEST since …": the march again
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _INSTANCE_NOUNS:
        return True  # "incidents of sexual assault", "a new round of joint exercises"
    if tok.dep_ == "pobj" and head.lower_ == "despite" and tok.lemma_.lower() in _ACCORDS \
            and not any(c.dep_ == "acl" for c in tok.children):
        # "kept up attacks DESPITE A CEASEFIRE": the truce in force, none made that day (but "despite
        # a ceasefire AGREED a year ago" tells when it was made)
        return False
    if tok.dep_ == "pobj" and head.lower_ == "under" and tok.lemma_.lower() in _STATES_UNDER \
            and not any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
        return False  # "rejected any negotiation UNDER PRESSURE": how, no one pressing (but "under
        # pressure FROM Washington")
    if tok.dep_ == "pobj" and head.dep_ in ("prep", "agent") and head.lemma_.lower() in _EVENT_PREPS:
        return head.lower_ not in ("in", "of") or head.head.lemma_.lower() not in _PAUSE_NOUNS
    if tok.dep_ == "attr" and any(c.dep_ == "expl" for c in head.children):
        return True  # "there were clashes"
    if tok.lemma_.lower() in _AGENT_NOUNS and (tok.dep_ == "attr" or (
            tok.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "attr")):
        return True  # "X is (one of) the largest donor(s)": the giving is the event
    if _lemma(tok) in ("protester", "demonstrator") and _crowd_subject(tok):
        return True  # "HUNDREDS of demonstrators participated": the crowd is the subject
    if tok.dep_ == "pobj" and head.lower_ == "as" and tok.lemma_.lower() == "shield":
        return True  # "used civilians as human shields"
    if tok.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in ("responsible", "accountable"):
        return True  # "the cartel is responsible for mass killings": the killings took place
    if tok.dep_ == "pobj" and head.lower_ == "for" and _pp_verb(head).lemma_.lower() in cues()["coming_verbs"]:
        return True  # "flew to Kabul for talks", "joined X for talks": the meeting they came for
    if tok.dep_ == "pobj" and answer_phrase(head) and tok.lemma_.lower() not in _CALLED_OUT:
        return True  # "said it was RESPONDING TO an attack on its troops", "in retaliation for the raid"
    if tok.dep_ == "pobj" and head.lower_ in ("due", "owing"):
        return True  # "died due to torture" (the parser hangs the noun on "due")
    if tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ in ("due", "owing"):
        return True  # "died due to torture"
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in ("result", "consequence"):
        return True  # "as a result of the torture"
    if tok.dep_ in ("dobj", "nsubjpass") and _pos(head) == "V" and head.lemma_.lower() in _TOPIC_VERBS:
        return False  # "met to discuss a new AID package", "discussed military AID": the talks' topic
    if tok.dep_ in ("dobj", "nsubjpass") and _pos(head) == "V" and (
            _entry_for(head) is not None or head.lemma_.lower() in _WITNESS_VERBS):
        return True  # "condemned the attack", "witnessed clashes"
    if tok.dep_ == "npadvmod" or tok.dep_ == "dep":
        return True
    return False


# Modifiers of a noun that sums up the act its sentence told ("the LARGEST protest", "the FIRST such")
_SUMMING = frozenset({"first", "latest", "second", "third", "biggest", "largest", "deadliest", "worst", "such"})


def _sums_up(noun: Any) -> bool:
    """Whether an event noun after a comma, a second object of its verb, is the writer's summing up
    of the act told ("…, THE LARGEST PROTEST since the collapse …"), not one more act."""
    if noun.dep_ != "dobj" or noun.left_edge.i < 1 or noun.doc[noun.left_edge.i - 1].text != ",":
        return False
    if not any(c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in _SUMMING) for c in noun.children)


def answer_phrase(prep: Any) -> bool:
    """The "to" or "for" phrase of an answer, naming the act answered ("responding TO an attack",
    "in retaliation FOR the expulsion")."""
    return prep.dep_ == "prep" and prep.lower_ in ("to", "for") and prep.head.lemma_.lower() in ANSWER_WORDS


_HARM_LEMMAS = frozenset({"shoot", "kill", "wound", "injure", "stab", "attack", "abduct", "kidnap", "behead"})
# What police or a health service respond to more often than a political act ("responded to a loud
# music COMPLAINT", "to Mexico's WARNING" of a virus)
_CALLED_OUT = frozenset({"complaint", "warning", "concern", "alarm"})
_SPEAKERS = frozenset({"i", "we", "you", "us"})
_QUOTES = frozenset({'"', "“", "”", "''", "``"})


def _demand_clause(tok: Any) -> Any | None:
    """The clause "must" makes a demand of (CAMEO 10: "X said the government must ensure …"),
    when someone makes it (a reported clause, or a main clause in a quoted sentence), it asks
    something of another party (not "we must") and names no event of its own (an event verb
    under "must" is recoded as a demand by ``frames.recode``)."""
    if tok.dep_ not in ("aux", "auxpass") or tok.head.i == tok.i:
        return None
    verb = tok.head
    if _entry_for(verb) is not None:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _SPEAKERS for c in verb.children):
        return None  # the speaker's own resolve: "we must help each other"
    if verb.dep_ == "ROOT" and verb.lemma_.lower() != "be" and any(t.text in _QUOTES for t in sentence_of(tok)):
        return verb  # a quoted demand; not a rule in the article's own voice ("waste must be
        # placed in the containers", "organizations must be exempt")
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.dep_ == "ROOT" and verb.head.lemma_.lower() in cues()["speech_verbs"]:
        return verb
    return None


# Verbs whose past participle after an agreement noun tells how it came about ("a truce AGREED in
# March", "the deal SIGNED by both sides")
_CONCLUDING = frozenset({"agree", "sign", "reach", "broker", "conclude", "seal", "strike", "negotiate", "ink"})


def _told_by_participle(noun: Trigger, by_tok: dict[int, Trigger]) -> Trigger | None:
    """The verb trigger of an agreement noun's own participle ("a ceasefire | AGREED a year ago"):
    one event, the noun's. None where the noun has none."""
    if not noun.nominal or noun.head is not noun.token:
        return None
    return next((v for c in noun.token.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")
                 and c.lemma_.lower() in _CONCLUDING and (v := by_tok.get(c.i)) is not None and not v.nominal
                 and not any(g.dep_ in ("nsubj", "dobj") for g in c.children)), None)


def _names_parties(verb: Any) -> bool:
    """Whether a participle names who made the agreement: "signed BY X", "signed WITH the government"."""
    return any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


def _series_recalled(tok: Any) -> bool:
    """An event noun counted in "the latest in a series of …" after an act: the series is those
    told before, recalled to place the act among them, not an event of its own ("struck a boat on
    Friday, the latest in a series of STRIKES that have killed 80 people since September")."""
    count = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    # ("the latest IN a series of strikes", "the latest OF a series of attacks")
    if count is None or count.lower_ not in _COUNTS or count.dep_ != "pobj" or count.head.lower_ not in ("in", "of"):
        return False
    latest = count.head.head
    return latest.lower_ in ("latest", "newest", "last") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in latest.children)


def _in_protest(tok: Any) -> bool:
    """A bare "in protest" after another act: the manner of that act (a walkout, a suspension,
    an envoy recalled), not a demonstration of its own."""
    return tok.lower_ == "protest" and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
        and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in tok.children) \
        and tok.head.head.i < tok.i  # (the parser may hang it on the object: "recalled its ambassador | in protest")


# Nouns that count those harmed so far: "the NUMBER of people killed", "the TOLL of those arrested"
_TALLIES = frozenset({"number", "toll", "tally", "total", "count", "figure"})
_RAISING = frozenset({"bring", "raise", "rise", "push", "take", "climb", "increase", "reach", "lift", "swell"})


def _running_tally(noun: Any) -> bool:
    """A count brought up to date by the act just told: "bringing to 158 THE NUMBER of
    peacekeepers killed", "the TOLL rose to 40" (not "the total number of people evacuated is
    10,500", the act's own count)."""
    return noun.lemma_.lower() in _TALLIES and noun.dep_ in ("dobj", "nsubj") \
        and noun.head.lemma_.lower() in _RAISING


_NAMING = frozenset({"name", "identify", "quote", "use", "publish", "cite"})


def _asks_anonymity(tok: Any) -> bool:
    """ "asked not to be named", "requested anonymity", "asked that his name not be used": the
    reporter's terms with a source, no request of a party."""
    if tok.lemma_.lower() not in ("ask", "request", "seek") or _pos(tok) != "V":
        return False
    said = [t for c in tok.children if c.dep_ not in ("nsubj", "nsubjpass") for t in c.subtree]
    if any(t.lemma_.lower() in ("anonymity", "anonymous") for t in said):
        return True
    return any(t.dep_ == "neg" for t in said) and any(
        t.lemma_.lower() in _NAMING and t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children) for t in said)


# Participles that describe a place as held, and the prepositions a place follows
_HOLDING_DESCRIPTIONS = frozenset({"occupy", "annex", "besiege", "blockade", "liberate", "capture", "contest"})
_PLACE_PREPS = frozenset({"in", "from", "into", "across", "near", "of", "throughout", "inside", "to"})


def find_triggers(doc: Any) -> list[Trigger]:
    """Every event trigger in a parsed sentence (or chunk), in text order."""
    found: list[Trigger] = []
    for tok in doc:
        anchor = tok
        if tok.dep_ in ("compound", "amod") and _pos(tok) == "N" and tok.head.i != tok.i:
            if tok.head.lemma_.lower() not in _EFFORT_NOUNS:
                continue  # "protest leaders", "ceasefire agreement": the head noun decides
            anchor = tok.head  # "launched a mediation effort": the effort stands for the event
        if tok.dep_ == "amod" and tok.i > 0 and tok.doc[tok.i - 1].text == "-":
            continue  # "rebel-held", "IS-occupied": a description, not an event
        if _hyphen_modifier(tok):
            continue  # "bomb-making materials", "war-torn", "an attack-helicopter": a word's first half
        if tok.tag_ == "VBN" and tok.n_lefts + tok.n_rights == 0 and tok.i + 1 < len(tok.doc) \
                and tok.doc[tok.i + 1].pos_ == "PROPN" and tok.doc[tok.i + 1].head.i != tok.i:
            continue  # "loyal to DETAINED First Vice President Riek Machar": a description the parser
            # took for a clause of its own (no object, the name after it not its own)
        if tok.tag_ in ("VBN", "VBD") and tok.i > 0 and tok.doc[tok.i - 1].dep_ == "prep" \
                and tok.doc[tok.i - 1].lower_ in _PLACE_PREPS and tok.lemma_.lower() in _HOLDING_DESCRIPTIONS \
                and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN":
            continue  # "a bridge in OCCUPIED Zaporizhzhia": a place described, read as a clause after "in"
        if tok.dep_ in ("amod", "compound") and tok.tag_ in ("VB", "VBP", "VBZ") and tok.head.i > tok.i:
            continue  # "a burn ban": a noun modifier the tagger read as a verb; the head noun decides
        if tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.i < tok.head.i and tok.head.pos_ in ("NOUN", "PROPN") \
                and tok.lemma_.lower() not in _HARM_LEMMAS:
            continue  # "the occupied West Bank", "internationally banned munitions": a state described
            # (a harm verb so parsed is more often the verb misread: "fatally SHOT rubber tapper X")
        if tok.dep_ == "amod" and tok.tag_ == "VBG" and tok.i < tok.head.i and not (
                tok.i > 0 and tok.doc[tok.i - 1].pos_ in ("AUX", "ADV")):
            continue  # "the occupying forces", "invading troops": a role, not an event ("are now
            # patrolling farms" is a verb the parser misread)
        if tok.text in ("AIDS", "Aids") and _pos(tok) == "N" or tok.text.upper().endswith("/AIDS"):
            continue  # the disease, not aid
        if tok.tag_ in ("VBN", "JJ") and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "conj") \
                and [c.lower_ for c in tok.children] == ["the"]:
            continue  # "evacuated THE WOUNDED", "among the dead": the people so harmed, no new harm
        if tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.lower_ == "those" and not list(tok.children):
            continue  # "urged the authorities to release THOSE DETAINED": the people held, no new arrest
        if tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "of" \
                and _running_tally(tok.head.head.head):
            continue  # "bringing THE NUMBER of people KILLED to 80": a count of those told, no new act
        if any(c.dep_ in ("amod", "predet") and c.lower_ == "such" for c in tok.children) and _pos(tok) == "N":
            continue  # "killed in SUCH STRIKES": the kind of act recalled, none of its own
        if tok.text == "March" and tok.i > sentence_of(tok).start:
            continue  # "Gannett March 24", "the March of Dimes": the month or a name (a protest march
            # is written in lower case; headlines are recased before they are parsed)
        hit = _entry_for(tok)
        if hit is None:
            continue
        if hit[0][:2] in _PLAYABLE_ROOTS and _sports(tok):
            continue  # "a 90th minute strike", "beat the goalie on a breakaway": a game
        if _asks_anonymity(tok):
            continue  # "a resident, who ASKED not to be named": how a source is quoted, no request
        cameo, typ, mode, weight = hit
        nominal = _pos(tok) == "N"
        head = tok
        if tok.lower_ == "must":
            verb = _demand_clause(tok)
            if verb is None:
                continue
            # the demanded act carries the event: "must ensure"
            found.append(Trigger(verb, verb, cameo, typ, mode, weight, False, min(tok.idx, verb.idx),
                                 max(tok.idx + len(tok.text), verb.idx + len(verb.text))))
            continue
        start, end = tok.idx, tok.idx + len(tok.text)
        if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and "-" in _lemma(tok):
            start = tok.doc[tok.i - 2].idx  # the whole hyphenated word: "shoot-out", "cease-fire"
        if nominal:
            if tok.ent_type_ in ("DATE", "TIME"):
                continue  # "in March", "on March 27": a month, not a march
            light = _light_head(anchor) or _happen_head(anchor)
            if light is not None:
                head = light
                start, end = min(start, light.idx), max(end, light.idx + len(light.text))
            elif not _nominal_is_event(anchor):
                continue
            # (the lemma as the trigger reads it: "TRIPOLI - PROTESTERS stormed", tagged a name, is "protesters")
            if cameo.startswith("14") and mode == "demo" and _lemma(tok) in ("protester", "demonstrator"):
                if tok.dep_ not in ("nsubj", "nsubjpass") and not _crowd_subject(tok):
                    continue
                if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" \
                        and (_entry_for(tok.head) or ("", ""))[1] == "ASSAULT":
                    continue  # "Protesters SET FIRE to a police station": their violence is the event (not
                    # "protesters DEMANDED his resignation": the demand is no demonstration; "demonstrators
                    # protested" lends the protest its kind, 141; "shut down roads" is their protest's)
            if light is None and _in_protest(tok):
                continue  # "suspended intelligence sharing IN PROTEST": the suspension is the act
                # (not "has gone on hunger strike in protest": the light verb carries the protest)
            if _series_recalled(tok):
                continue  # "fired a missile at the airport, the latest in a series of ATTACKS"
        found.append(Trigger(tok, head, cameo, typ, mode, weight, nominal, start, end))
    # a noun trigger that is the object of a verb trigger of the same type is the same event;
    # so is one that is the subject of a verb trigger it happened through ("the blast killed
    # five"), where the verb stays the trigger and the noun lends its more specific code
    by_tok = {t.token.i: t for t in found}
    keep = []
    dropped: set[int] = set()  # participles that tell how an agreement noun came about
    for t in found:
        v = by_tok.get(t.token.head.i) if t.nominal and t.token.head.i != t.token.i else None
        same = v is not None and not v.nominal and (v.type == t.type or v.cameo[:2] == t.cameo[:2])
        if same and t.head is t.token and t.token.dep_ == "dobj":
            continue
        if v is not None and v.cameo.startswith("1711") and t.token.dep_ in ("dobj", "nsubjpass"):
            continue  # "defused a bomb": the bomb is what was disrupted, no explosion
        if v is not None and not v.nominal and t.token.dep_ in ("dobj", "nsubjpass") and _phrase_names(v, t.token):
            continue  # "lodged a protest", "broke off talks": the noun is part of the verb's phrase
        if t.token.dep_ == "pobj" and t.token.head.dep_ == "prep" and t.head is t.token:
            w = by_tok.get(t.token.head.head.i)
            if w is not None and not w.nominal and _phrase_names(w, t.token):
                continue  # "withdrew from the talks", "walked out of the negotiations"
            if w is not None and not w.nominal and t.token.head.lower_ in ("with", "using") and w.type == t.type \
                    and not any(c.dep_ == "prep" for c in t.token.children):
                # "bombing civilian areas WITH BARREL BOMBS": the act's weapon, no other blast (not
                # "exploded simultaneously with the car bombing OF the embassy", an act of its own);
                # a more specific kind of the act lends it its code ("pounded positions with
                # airstrikes", "protested with hunger strikes")
                if w.cameo.endswith("0") and t.cameo != w.cameo and t.cameo[:2] == w.cameo[:2]:
                    w.cameo, w.type, w.mode = t.cameo, t.type, t.mode
                continue
        if t.nominal and t.head is t.token and _undone_by(t.token, by_tok):
            continue
        th = by_tok.get(t.token.head.i) if t.nominal and t.head is t.token and t.token.dep_ == "dobj" else None
        if th is not None and not th.nominal and th.cameo == "130" and t.cameo[:2] in THREATEN:
            # "threatened sanctions against Iraq", "threatened attacks": one threat, of that kind
            # (sanctions by their kind, 1311-1313; force 138), not a second event of sanctions imposed
            fine = THREATEN_FINE.get(t.cameo[:3]) if t.cameo.startswith("16") else None
            th.cameo = fine or THREATEN[t.cameo[:2]]
            th.type = th.mode = None
            continue
        w = _giver(t, by_tok)
        if w is not None:
            if w.cameo == "030":
                w.cameo, w.type, w.mode = "033", None, None  # "pledged aid": intent to provide aid
            continue
        if same and t.head in (t.token, v.token) and t.token.dep_ == "nsubj":
            if len(t.cameo) > len(v.cameo) or v.cameo.endswith("0") and t.cameo != v.cameo:
                v.cameo, v.type, v.mode = t.cameo, t.type, t.mode
            continue
        if not t.nominal and t.token.dep_ == "acl" and t.token.tag_ == "VBG" and _lemma(t.token) in _HOUSING \
                and t.token.head.lemma_.lower() in _FACILITIES:
            continue  # "a school SHELTERING displaced families": what the building is, no act
        if not t.nominal and t.token.dep_ == "acl" and t.token.head.dep_ in ("nsubj", "nsubjpass"):
            o = by_tok.get(t.token.head.head.i)
            if o is not None and o is not t and o.cameo[:2] == t.cameo[:2]:
                continue  # "the missiles FIRED by the army struck a depot": one attack, told by "struck"
        told = _told_by_participle(t, by_tok)
        if told is not None:
            # one event: "a ceasefire AGREED a year ago", "a deal SIGNED last year" are the agreement
            # named, dated by its participle's words; "the deal SIGNED BY X and Y" ("… WITH the
            # government") is the signing, of the deal's kind, whose participle names the parties
            if not _names_parties(told.token):
                dropped.add(told.token.i)
            else:
                told.cameo, told.type, told.mode = t.cameo, t.type, t.mode
                continue
        if t.nominal and t.head is t.token and t.token.dep_ == "pobj" and t.cameo[:2] == "14" and any(
                o is not t and o.cameo[:2] == "14" and o.head.i == t.token.head.head.head.i for o in found):
            continue  # "Hundreds of demonstrators PARTICIPATED IN A MARCH": the march is the protest
        keep.append(t)
    keep = [t for t in keep if t.token.i not in dropped]
    # a verb trigger whose object is an event noun it carries as a light verb is that one event:
    # "imposed new sanctions" is the sanctions (163), not also "impose" (172); so is "sanctions
    # were imposed"
    carried = {t.head.i for t in keep if t.nominal and t.head is not t.token and t.token.dep_ in ("dobj", "nsubjpass")}
    keep = [t for t in keep if t.nominal or t.token.i not in carried]
    return _same_aim(_purpose_of_sending(keep))


# CAMEO roots a purpose names for the people sent ("to investigate", "to mediate", "to train"),
# and, for troops only, the aid they are sent to give ("deployed troops to assist flood victims")
_PURPOSE_ROOTS = frozenset({"04", "06", "09"})
_TROOP_PURPOSE_ROOTS = _PURPOSE_ROOTS | {"07"}


def _purpose_clause(tok: Any) -> Any | None:
    """The bare purpose infinitive of a verb: "sent experts to investigate" → "investigate" (its
    "to" tagged a preposition too: "summoned China's ambassador TO protest")."""
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and any(
                g.dep_ == "aux" and (g.tag_ == "TO" or g.lower_ == "to") for g in c.children) and not any(
                g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children):
            return c
    return None


def _same_aim(found: list[Trigger]) -> list[Trigger]:
    """A purpose clause that names the act itself again is no second event: "police used tear
    gas TO DISPERSE the protesters", "fired shots to scatter the crowd" (both 175)."""
    by_tok = {t.token.i: t for t in found}
    drop: set[int] = set()
    for t in found:
        if t.nominal:
            continue
        clause = _purpose_clause(t.token)
        aim = by_tok.get(clause.i) if clause is not None else None
        protested = aim is not None and aim.cameo[:2] == "14" and _lemma(aim.token) == "protest" \
            and t.cameo[:2] in ("11", "14", "16")  # ("blocked a highway TO PROTEST": the blockade is the protest)
        if aim is not None and not aim.nominal and (aim.cameo[:3] == t.cameo[:3] or protested):
            drop.add(aim.token.i)  # (and an envoy "summoned TO PROTEST the remarks": the summons is the protest)
    return [t for t in found if t.token.i not in drop]


def _purpose_of_sending(found: list[Trigger]) -> list[Trigger]:
    """Sending people to do something is coded as what they are sent to do: a team sent to
    investigate is an investigation (CAMEO 09), envoys sent to mediate a mediation (045),
    instructors deployed to train recruits military cooperation (062). The purpose trigger
    merges into the sending one, which keeps its clause (and so its factuality)."""
    by_tok = {t.token.i: t for t in found}
    merged: set[int] = set()
    for t in found:
        if t.nominal or _lemma(t.token) not in cues()["sending_verbs"] and not (
                t.cameo.startswith("15") and _lemma(t.token) == "arrive"):  # troops "arrived to help"
            continue
        clause = _purpose_clause(t.token)
        if clause is not None and clause.i not in by_tok and _lemma(clause) in ("help", "assist"):
            # "sent troops to help deliver aid": the helped act is the aim
            clause = next((c for c in clause.children if c.dep_ in ("xcomp", "ccomp") and c.i in by_tok), clause)
        aim = by_tok.get(clause.i) if clause is not None else None
        roots = _TROOP_PURPOSE_ROOTS if t.cameo.startswith("15") else _PURPOSE_ROOTS
        if aim is None or aim.nominal or aim.cameo[:2] not in roots:
            continue
        t.cameo, t.type, t.mode, t.weight = aim.cameo, aim.type, aim.mode, max(t.weight, aim.weight)
        merged.add(aim.token.i)
    return [t for t in found if t.token.i not in merged]


# ---------------------------------------------------------------- the cheap pre-filter
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


@functools.lru_cache(maxsize=1)
def _prefilter() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """Trigger lemmas that are events alone, and those that need one of their object lemmas."""
    single: set[str] = set()
    paired: dict[str, set[str]] = {}
    for (phrase, _pos_), entries in lexicon().items():
        lemma = phrase.split(" ")[0]  # a phrasal verb ("call off") is found by its verb
        for e in entries:
            if e.weight <= 0:
                continue
            if e.obj or lemma != phrase:
                paired.setdefault(lemma, set()).update(o.lstrip("@") for o in e.obj or phrase.split(" ")[1:])
            else:
                single.add(lemma)
    for noun, mod in _NOUN_MODIFIED:
        paired.setdefault(noun, set()).add(mod)
    for verb in _URGING:
        paired.setdefault(verb, set()).add("to")  # "pressing Israel TO move" (_verb_frame)
    paired.setdefault("call", set()).update(_CONDEMNING)  # "called the strike a war CRIME" (called_wrong)
    paired.setdefault("push", set()).add("into")  # troops "pushed INTO the village" (_pushed_in)
    single.update(_CLOSING_IN)  # troops "SURROUNDED the National Assembly" (_entry_for, armed subjects only)
    paired.setdefault("bar", set()).add("from")  # "barred women FROM working" (_entry_for)
    for verb in ("close", "shut"):
        paired.setdefault(verb, set()).update(_PREMISES)  # police "CLOSED Serbian-run OFFICES" (_verb_frame)
    # "launched an operation AGAINST the insurgents", "… to HUNT down the militants" (_forceful_aim)
    paired.setdefault("operation", set()).update(_HUNTING | {"against"})
    # statements with a PLOVER type (condolences: SUPPORT; a claim of responsibility: AGREE)
    # name no trigger word of their own
    frames = cues()["statement_frames"]
    single.update(frames["empathy"], frames["mourning_verbs"], frames["tribute_objects"], ("responsibility", "credit"))
    # "hacked to death": the noun of a prepositional phrase word is what the sentence must hold
    paired = {k: {o.split(" ")[-1] for o in v} for k, v in paired.items()}
    return frozenset(single), {k: frozenset(v) for k, v in paired.items()}


def might_hold_event(sentence_text: str) -> bool:
    """Whether a sentence can hold an event: it has a form of a trigger lemma (cheap, no parse).

    Exact on lemmas, so it keeps every sentence the coder could code: a trigger is always a
    lexicon lemma, and phrase-only triggers ("open fire") need their object word as well.
    """
    single, paired = _prefilter()
    lemmas: set[str] = set()
    for word in _WORD.findall(sentence_text.lower()):
        lemmas |= lemma_candidates(word)
        if "-" in word:
            for part in word.split("-"):
                lemmas |= lemma_candidates(part)
    if not lemmas.isdisjoint(single) or any(w.startswith("airstrike") for w in lemmas):
        return True
    return any(not lemmas.isdisjoint(paired[lem]) for lem in lemmas.intersection(paired))
