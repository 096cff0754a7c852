"""Event location: the place where an event happened, attached to its trigger.

``event_location`` walks the dependency tree outwards from the trigger and scores every place
of the sentence by how it hangs from the event (a cheapest-path search, costs in ``_COSTS``):

- through a locative preposition of the trigger or of its clause ("killed *in* Mosul",
  "In Gaza, soldiers shot …", "demonstrated *outside* the embassy *in* Dili");
- as the object of the trigger ("captured Birao", "patrolled the streets of Grozny") or the
  passive subject ("Gibraltar was captured");
- through the event's other arguments and sub-clauses at a higher cost ("killed by a roadside
  bomb *in* Khaldiyah", "killed when militants hit the villages of X");
- a place that only modifies an actor ("US soldiers", "Fiji's Vijay Singh", "a driver from
  Abidjan") or sits in the subject costs too much to count.

A place above ``MAX_COST`` is not this event's location: the event then has none, as the
CONTRACT asks ("where the event happened, not every place the sentence names"). Among equally
cheap places the more specific one wins ("the Belarus capital Minsk" -> Minsk).

Places the geoparser did not return but the sentence names in a locative slot ("the village
of Tamthil", "in Ain Issa") are added as *unresolved* places (decision, issue 4): they get the
gazetteer entry when one exists in the sentence's country, else the coordinates of the place
they sit in ("Tamthil" in "Homs" -> Homs's point, ``precision_km`` of that place), with
``geonameid`` null and ``flags == ["unresolved"]``. A name with nothing to anchor it is kept by
name with ``lat``/``lon`` null and ``flags`` ``["unresolved", "unmapped"]``: the map and the
spatial filters skip it, the table and the JSON still say where it happened.
"""
from __future__ import annotations

import functools
import heapq
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from watchfloor.coding.date_scope import contrasted
from watchfloor.coding.role_words import ARABIC_PLACE_WORDS, AUTHORED_NOUNS, FACILITY_NOUNS, PACT_NOUNS, PARTY_NOUNS, \
    PERSON_ENDINGS, TRYING_VERBS
from watchfloor.coding.factuality import VERBAL_ROOTS
from watchfloor.coding.triggers import answer_phrase, cues, sentence_of, trigger_code
from watchfloor.coding.triggers import lexicon as trigger_lexicon  # (the actor dictionary has its own)
from watchfloor.model import Place
from watchfloor.nlp.dateline import dateline_dash

__all__ = ["FAR_COST", "MAX_COST", "LocationCandidate", "elsewhere", "event_location", "location_candidates",
           "rule_choice"]

# Highest path cost at which a place still counts as where the event happened.
MAX_COST = 4.0
# Beyond MAX_COST, up to this cost, a place still counts when the sentence names it in a
# locative phrase ("killed in attempts to break the siege on Manbij") and no nearer place exists.
FAR_COST = 6.5

# Cost of following a preposition from its head, by the preposition.
_PREP_COST = {
    "in": 1.0, "at": 1.0, "near": 1.0, "inside": 1.0, "outside": 1.0, "around": 1.0, "across": 1.0,
    "throughout": 1.0, "within": 1.0, "along": 1.0, "off": 1.0, "into": 1.2, "through": 1.4,
    "between": 1.4, "on": 1.4, "over": 1.8, "upon": 1.6, "to": 1.8, "toward": 2.0, "towards": 2.0,
    "onto": 1.4, "via": 2.0, "from": 3.5, "during": 1.0, "amid": 1.5, "against": 2.0, "beyond": 1.5,
    "outskirts": 1.0, "after": 2.5, "before": 2.5, "following": 2.5, "for": 2.8, "with": 2.5,
    "under": 2.0, "behind": 1.4, "by": 2.0, "like": 4.0, "despite": 3.0, "of": 2.0,
}
# Nouns that name an area or part of one: "the city of X", "X province", "Grozny's streets".
_AREA_NOUNS = frozenset({
    "city", "town", "village", "villages", "towns", "cities", "province", "provinces", "district", "districts",
    "region", "area", "areas", "capital", "suburb", "suburbs", "outskirts", "neighbourhood", "neighborhood",
    "neighbourhoods", "neighborhoods", "countryside", "camp", "street", "streets", "county", "state", "port",
    "governorate", "vicinity", "part", "parts", "center", "centre", "border", "zone", "territory", "island",
    "islands", "coast", "square", "settlement", "settlements", "municipality", "quarter", "enclave", "valley",
    "highway", "road", "route", "hamlet", "locality", "outpost", "peninsula", "strip", "prefecture",
    "department", "commune", "oblast", "frontier", "downtown", "hill", "hills", "hilltop", "mountain",
    "mountains", "ridge", "heights", "plain", "plains", "desert", "environs", "heart", "west", "east", "north",
    "south", "northeast", "northwest", "southeast", "southwest", "shore", "bank", "sea", "river", "lake", "gulf",
    "springs", "colony", "ward", "perimeter", "lga", "stronghold", "heartland", "slope", "slopes", "flank",
    "flanks", "edge", "entrance", "outskirt", "waterway", "plateau", "corridor", "pocket", "oasis", "canal",
    "forest", "jungle", "bay", "beach", "pass", "gorge", "slum", "slums", "shantytown",
})
# Words of a state's formal name before "of" ("Kingdom of Bahrain", "Republic of the Congo")
_POLITY_WORDS = frozenset({"kingdom", "republic", "sultanate", "emirate", "principality"})
_PLACE_NOUNS = _AREA_NOUNS | FACILITY_NOUNS
# A state's own ground, air and sea, which a name before them places ("Estonian AIRSPACE")
_STATE_GROUND = frozenset({"airspace", "waters", "soil", "territory", "coast", "coastline", "border", "borders",
                           "frontier", "capital", "mainland"})
# Nouns of a news outlet: a name before one is the outlet's ("Andalus radio", "Kurdistan 24 TV")
_MEDIA_NOUNS = frozenset({"radio", "television", "tv", "channel", "newspaper", "daily", "agency", "website",
                          "broadcaster", "network", "magazine", "outlet"})
_TIME_NOUNS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
                         "friday", "saturday", "sunday", "week", "weekend", "month", "year", "day", "night",
                         "morning", "evening", "afternoon"})
# Time zones written after a clock time: "at 8:50 a.m. (0450 GMT)" is no place named GMT.
_TIME_ZONES = frozenset({"gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "cet", "cest",
                         "bst", "ist", "jst", "eet", "eest", "msk", "aest", "wat", "eat", "cat", "ast", "pkt"})
# Tie-break among equally cheap places: the more specific wins.
# Adverbs that put a conjoined verb at a later moment: "shot and died later in hospital".
_LATER = frozenset({"later", "then", "afterwards", "afterward", "subsequently", "eventually"})
# Prepositions of where a movement ends.
_DESTINATIONS = frozenset({"to", "toward", "towards"})
# Subordinators of a clause set at another moment than its main verb.
_OTHER_MOMENT = frozenset({"since", "before", "until", "till"})
_SPECIFICITY = {"landmark": 0, "other": 0, "city": 1, "admin2": 2, "admin1": 3, "water": 3, "border": 3,
                "region": 4, "country": 5}
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "around", "across", "throughout", "within",
                             "along", "off", "into", "through", "on", "to", "toward", "towards", "between"})
_NAME_LABELS = frozenset({"GPE", "LOC", "FAC"})
# PRODUCT is not excluded: the small English model tags unfamiliar place names in locative
# slots as products ("demonstrated in Corsica", "the siege on Manbij").
_NOT_NAME_LABELS = frozenset({"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
                              "EVENT", "LAW", "WORK_OF_ART", "LANGUAGE"})
_MONTH_ABBREV = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})


def _is_place_noun(tok: Any) -> bool:
    return tok.lower_ in _PLACE_NOUNS or tok.lemma_.lower() in _PLACE_NOUNS


def _is_event_noun(tok: Any) -> bool:
    """A noun of the trigger lexicon ("attack", "bombing", "clashes"): it names an event."""
    return tok.pos_ == "NOUN" and (tok.lemma_.lower(), "N") in trigger_lexicon()


def _in_locative(tok: Any) -> bool:
    """Whether a noun is the object of a locative preposition ("in the X battle", "at a X home")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE_PREPS


def _is_verb(tok: Any) -> bool:
    return tok.pos_ in ("VERB", "AUX")


def _another_moment(verb: Any) -> bool:
    """A clause set at another moment than the verb it hangs from, so at its own place: "captured
    dozens SINCE bombers hit Istanbul", "was shot and died LATER in Nashville"."""
    if verb.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in _OTHER_MOMENT for c in verb.children)
    if verb.dep_ == "conj" and _is_verb(verb):
        return any(c.dep_ == "advmod" and c.lower_ in _LATER for c in verb.children) or _own_tense(verb)
    return False


def _finite_aux(verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and "Fin" in c.morph.get("VerbForm")), None)


def _finite_tense(verb: Any) -> tuple[str, str] | None:
    """A verb's tense as its finite auxiliary or its own form says: the tense, and "perfect" or
    "modal" for a "have" or a modal auxiliary ("had been held": Past, perfect); None where the
    verb is not finite."""
    aux = _finite_aux(verb)
    if aux is not None:
        kind = "modal" if aux.tag_ == "MD" else "perfect" if aux.lemma_.lower() == "have" else ""
        return "".join(aux.morph.get("Tense")), kind
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return "".join(verb.morph.get("Tense")), ""
    return None


def _own_tense(conj: Any) -> bool:
    """A conjoined verb with a finite auxiliary of its own in another tense than the verb it is
    joined to: "was captured and IS believed held in Gaza", "was captured and HAD BEEN held in
    Khiam" tell of another moment. ("was captured and shipped" shares the auxiliary.)"""
    if _finite_aux(conj) is None:
        return False
    own, first = _finite_tense(conj), _finite_tense(conj.head)
    return own is not None and first is not None and own != first


def _capital_as_actor(tok: Any) -> bool:
    """A place that is the object of a verb and the doer of its complement: "prompted PARIS to
    raise the matter" names a government by its capital, not where anything happened."""
    return tok.dep_ in ("dobj", "obj") and tok.ent_type_ == "GPE" and _is_verb(tok.head) \
        and any(c.dep_ == "xcomp" and c.i > tok.i for c in tok.head.children)


# Verbs whose object (or "on" phrase: "called ON") is whom an appeal is made to.
_APPEAL_VERBS = frozenset({"urge", "ask", "press", "pressure", "tell", "implore", "request", "invite", "exhort"})


def _addressee(root: Any) -> bool:
    """A place named as whom an appeal is made to is a party, not where anything happened:
    "called on the United States and FRANCE to pressure Israel", "urged Egypt to open the crossing"."""
    tok = root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.ent_type_ not in ("GPE", "ORG", "NORP"):
        return False
    if tok.dep_ in ("dobj", "obj"):
        return tok.head.lemma_.lower() in _APPEAL_VERBS
    return tok.dep_ == "pobj" and tok.head.lower_ in ("on", "upon") and tok.head.head.lemma_.lower() == "call"


def _speaking_capital(root: Any, token: Any) -> bool:
    """A place that is the subject of another verb of saying or acting: "ALGIERS has not
    denounced this troop movement" names a government (but "Tripoli SAW heavy fighting" is a place,
    and so is a dateline the parser made a subject: "LIMA, Oct 15 (Reuters) - Peru's Congress removed")."""
    if dateline_dash(root) is not None:
        return False
    subj = root
    while subj.dep_ == "conj" and subj.head.i != subj.i:
        subj = subj.head
    if subj.dep_ != "nsubj" or root.ent_type_ not in ("GPE", "LOC") or not _is_verb(subj.head):
        return False
    if subj.head.i == token.i:
        # a second capital sharing the subject of an act of words is a government too: "which
        # N'Djamena and ABU DHABI deny" (the first is the event's actor)
        return subj is not root and (trigger_code(token) or "")[:2] in VERBAL_ROOTS
    root = subj
    if any(c.dep_ == "relcl" and c.left_edge.i <= token.i <= c.right_edge.i for c in root.children):
        return False  # "IRAQ, whose targets have been bombed, backed …": the clause of the event is about it
    lemma = root.head.lemma_.lower()
    return lemma in cues()["speech_verbs"] or (lemma, "V") in trigger_lexicon()


def elsewhere(root: Any, token: Any) -> bool:
    """Whether a place is ruled out for the trigger ``token`` whatever its path: it names a
    government that acts ("prompted Paris to ...", "Algiers has not denounced"), or it sits in a
    clause set at another moment that does not hold the trigger ("... since bombers hit Istanbul")."""
    if _capital_as_actor(root) or _speaking_capital(root, token) or _addressee(root) or _accused(root) \
            or _barred(root) or _between_parties(root) or _party_word(root) or _said_of_speaker(root, token) \
            or _words_in_a_timed_clause(root, token) or _origin_of_people(root) or _embassy_owner(root) \
            or _owner_of_a_placed_thing(root) or _honoured(root):
        return True
    tok = root
    for _ in range(32):
        if tok.i == token.i:
            return False
        if _another_moment(tok) or _alleged_act(tok, token) or _denied_act(tok, token) or _requested_act(tok) \
                or _in_spite_of(tok) or contrasted(tok) or _other_event_clause(tok, token, root) or answer_phrase(tok):
            return not (tok.left_edge.i <= token.i <= tok.right_edge.i)
        if tok.head is tok:
            return False
        tok = tok.head
    return False


# Things raised to someone, whose "to X" names whom they honour ("a memorial TO NAVALNY")
_MEMORIALS = frozenset({"memorial", "monument", "tribute", "statue", "shrine", "plaque", "mausoleum"})


def _honoured(root: Any) -> bool:
    """A name that says whom a memorial honours, not where anything is: "laying flowers at a
    memorial TO NAVALNY in Moscow" (the tagger took the name for a place)."""
    return root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_.lower() in _MEMORIALS


# Nouns of people whose "from X" is where they come from ("a peacekeeper FROM ZAMBIA"), and whose
# state a name before them says ("a US CITIZEN")
_PEOPLE_NOUNS = frozenset({"peacekeeper", "soldier", "troop", "national", "citizen", "refugee", "migrant", "people",
                           "civilian", "student", "journalist", "tourist", "pilgrim", "delegation", "family", "guard",
                           "officer", "member", "man", "woman", "child", "girl", "boy", "resident", "fighter",
                           "volunteer", "mercenary", "diplomat", "envoy", "contingent", "worker", "contractor",
                           "hostage", "prisoner", "detainee"})


def _origin_of_people(root: Any) -> bool:
    """A place that says where people come from, not where they were: "killing one peacekeeper
    FROM ZAMBIA" in the Central African Republic ("fled from X", on the verb, is not this)."""
    prep = root.head
    noun = prep.head
    if root.dep_ != "pobj" or prep.lower_ != "from" or prep.dep_ != "prep":
        return False
    if noun.pos_ == "VERB" and noun.lemma_.lower() in _HARMING and root.ent_type_ == "GPE":
        # (the parser hangs it on the verb: "killing one peacekeeper from Zambia")
        noun = next((c for c in noun.children if c.dep_ == "dobj" and c.right_edge.i == prep.i - 1), noun)
    return noun.pos_ == "NOUN" and noun.i < prep.i \
        and (noun.lemma_.lower() in _PEOPLE_NOUNS or noun.lower_ in _PEOPLE_NOUNS)


def _embassy_owner(root: Any) -> bool:
    """A state whose embassy is named, not where it stands: "attacked the embassies OF RWANDA,
    FRANCE AND THE UNITED STATES in Kinshasa"."""
    tok = root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" \
        and tok.head.head.lemma_.lower() in ("embassy", "consulate", "legation")


# Prepositions that place a thing where it stands ("a US base IN western Iraq")
_STANDING_PREPS = frozenset({"in", "near", "inside", "outside", "on", "off"})


def _owner_of_a_placed_thing(root: Any) -> bool:
    """A state's name that says whose a thing is when the thing's own phrase says where it stands:
    "launched drones at a US base IN WESTERN IRAQ" was not in the United States."""
    from watchfloor.coding.actors import code_phrase, lexicon

    thing = root.head
    if root.dep_ not in ("compound", "amod") or thing.i == root.i or thing.pos_ != "NOUN" or thing.i < root.i:
        return False
    coded = code_phrase(root.text)  # (a state's name, not the thing's own: "the GRASBERG mine in Papua")
    if coded is None or coded.country not in lexicon().country_names:
        return False
    return any(c.dep_ == "prep" and c.lower_ in _STANDING_PREPS
               and any(t.pos_ == "PROPN" and t.ent_type_ in _NAME_LABELS for t in c.subtree)
               for c in thing.children)


# Verbs that harm people where they are, whose "from X" after the victims is where they come from
_HARMING = frozenset({"kill", "wound", "injure", "hurt", "shoot", "behead", "execute", "murder"})


# Markers of a clause set at another moment than the one it is hung on (not "while", "when" or
# "as", whose clause often shares the place: "WHILE the APEC leaders were meeting …, demonstrators
# protested outside Subic", "AS protesters turned out to demand justice")
_MOMENT_MARKS = frozenset({"after", "before", "since", "until", "once"})


def _words_in_a_timed_clause(root: Any, token: Any) -> bool:
    """A place outside the "after/before/…" clause that holds an act of words: "Israeli warplanes
    struck depots IN THE BEKAA VALLEY, hours after Lebanon's president CALLED for negotiations"
    (the call was not made in the Bekaa)."""
    if (trigger_code(token) or "")[:2] not in VERBAL_ROOTS:
        return False
    clause = next((a for a in (token, *token.ancestors) if a.dep_ in ("advcl", "ccomp") and any(
        c.dep_ == "mark" and c.lower_ in _MOMENT_MARKS for c in a.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)), None)
    return clause is not None and not clause.left_edge.i <= root.i <= clause.right_edge.i


def _other_event_clause(tok: Any, token: Any, root: Any) -> bool:
    """A clause that tells another event than the one it is hung on, at its own place: one a span
    of time before ("came two weeks AFTER talks in Istanbul ended"), one an event noun "came" with
    ("The strikes came AS the envoy met Putin in Moscow"), or the participle of where a pact was
    made ("in violation of a peace agreement SIGNED in Washington"). (Checked on the candidates
    only, so the ranker's training paths stay as they are.)"""
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.lemma_.lower() in PACT_NOUNS:
        return tok.head.i != token.i  # (the pact's own place is where it was signed)
    cause = tok.lower_ == "over" or tok.lower_ == "for" and any(c.dep_ == "pcomp" and c.tag_ == "VBG"
                                                                for c in tok.children)
    if tok.dep_ == "prep" and cause and _on_the_act(tok.head, token) \
            and ((trigger_code(token) or "")[:2] in VERBAL_ROOTS | {"16"} or token.lemma_.lower() in _PUNISHING):
        # what words, a sanction or a sentence are "over" or "for" is their cause, told at its own
        # place: "agreed to suspend a trade deal with Israel OVER its conduct of the war in Gaza" (not
        # in Gaza), "summoned the ambassador OVER the arrest of a citizen in Budapest", "jailed a
        # journalist FOR CRITICISING the war in Ukraine"
        return True
    if tok.dep_ == "prep" and tok.lower_ in ("against", "over", "about") and tok.head.lemma_.lower() in _COMPLAINING \
            and tok.head.dep_ in ("advcl", "xcomp") and tok.head.head.i == token.i \
            and (trigger_code(token) or "")[:2] in VERBAL_ROOTS:
        return True  # "summoned the ambassador TO PROTEST AGAINST the arrest of an official in Paris"
    if tok.dep_ == "xcomp" and tok.lemma_.lower() in _SOUGHT_PLACES and tok.head.lemma_.lower() in TRYING_VERBS \
            and tok.head.dep_ in ("acl", "relcl") \
            and not (root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "near")):
        # "intercepted 300 migrants TRYING TO REACH Italy": where they were going, not where it happened
        # (but where they tried it is: "killed 30 militants trying to cross from Afghanistan IN NORTH WAZIRISTAN")
        return True
    if tok.dep_ != "advcl":
        return False
    mark = next((c for c in tok.children if c.dep_ == "mark"), None)
    if mark is None:
        return False
    if tok.head.lemma_.lower() == "come" and mark.lower_ in ("as", "after", "while", "when", "amid") and any(
            c.dep_ == "nsubj" and _is_event_noun(c) for c in tok.head.children):
        return True  # (not "its forces had COME under fire WHILE detaining suspects in Beit Jinn")
    code = trigger_code(token) or ""
    if mark.lower_ == "after" and (code[:2] in ("12", "13", "16") or code[:3] in ("111", "112")) \
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        # a rebuff, a threat, a charge or ties cut are where their maker is, not where the act they
        # answer was: "suspended peace talks AFTER the rebels attacked a base IN ARAUCA" (a toll's,
        # an arrest's or an inquiry's "after" clause is often its own place: "were killed after
        # militants stormed their post in X", "opened an investigation after packages were found in London")
        return True
    # (the span may hang on the main verb: "occurred almost eight YEARS to the day AFTER a rampage")
    span = tok.doc[max(tok.sent.start, mark.i - 6):mark.i]
    return mark.lower_ == "after" and any(
        t.ent_type_ == "DATE" and (t.dep_ == "npadvmod" or t.head.dep_ == "npadvmod") for t in span)


# Verbs of getting somewhere that people described are trying to do
_SOUGHT_PLACES = frozenset({"reach", "cross", "enter", "get"})

# Verbs of a complaint made by words, whose "against" names what is complained of
_COMPLAINING = frozenset({"protest", "complain", "object"})

# Verbs of a penalty, whose "for" names the deed punished
_PUNISHING = frozenset({"jail", "imprison", "sentence", "convict", "fine", "punish", "condemn"})


def _on_the_act(word: Any, token: Any) -> bool:
    """Whether a phrase hung on ``word`` is said of the act of ``token``: the trigger itself, its
    object, or a verb its infinitives carry ("agreed TO SUSPEND a deal … over")."""
    if word.dep_ == "dobj":
        word = word.head
    while word.i != token.i and word.dep_ == "xcomp" and word.head.i != word.i:
        word = word.head
    return word.i == token.i


def _said_of_speaker(root: Any, token: Any) -> bool:
    """A place in a relative clause about who speaks is no place of the words: "China, which has
    investments IN KYAUKPHYU, urged both sides to cease hostilities", "China, which claims
    TAIWAN, condemned the deal" (a deed keeps it: "troops, who were stationed in Goma, attacked")."""
    clause = next((a for a in root.ancestors if a.dep_ == "relcl"), None)
    if clause is None or clause.left_edge.i <= token.i <= clause.right_edge.i or clause.head.dep_ != "nsubj":
        return False
    verb = clause.head.head
    return (trigger_code(verb) or "")[:2] in VERBAL_ROOTS and (verb.i == token.i or verb.is_ancestor(token))


# CAMEO roots of acts of words, cooperation, aid and sanctions: a state named on such a noun
# ("U.S. mediation", "EU sanctions", "Qatari aid") is its party, not where it was
_PARTY_ROOTS = frozenset({"02", "03", "04", "05", "06", "07", "08", "10", "11", "12", "13", "16"})


# What a state's possessive makes its own, not a place: "MOSCOW'S proposal", "sought Washington's support"
_OWNED_WORDS = AUTHORED_NOUNS | frozenset({"support", "backing", "help", "approval", "consent", "blessing", "position",
                                           "stance", "policy", "response", "reaction", "refusal", "objection"})


def _party_word(root: Any) -> bool:
    """A state's name on an act of words, cooperation, aid or sanction is whose act it is: "is
    negotiating a security agreement with Israel under U.S. MEDIATION" did not happen in the
    United States (a town on a fight is where it was: "the Kandahar attack"); so is the author of
    a plan or an offer ("a proposal BY Egypt", "MOSCOW's proposal")."""
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    head = root.head
    authored = first.dep_ == "pobj" and first.head.lower_ == "by" and first.head.head.pos_ == "NOUN" \
        and first.head.head.lemma_.lower() in AUTHORED_NOUNS  # "a proposal BY the United States, SAUDI ARABIA"
    owner = root.dep_ in ("compound", "amod", "poss", "nmod") and root.ent_type_ in ("GPE", "NORP", "ORG") \
        and head.pos_ == "NOUN" and ((trigger_code(head) or "")[:2] in _PARTY_ROOTS
                                     # ("rejected MOSCOW's proposal", "Caracas's claim": the author's)
                                     or root.dep_ == "poss" and head.lemma_.lower() in _OWNED_WORDS)
    if not (authored or owner):
        return False
    ent = next((e for e in root.doc.ents if e.start <= root.i < e.end), None)
    return bool(_countries_of(ent if ent is not None else root.doc[root.i:root.i + 1]))  # (a state, not a town)


def _in_spite_of(tok: Any) -> bool:
    """An act "despite" which the event happened, told with a verb of its own: "clashed on
    Thursday despite a peace agreement SIGNED in Doha" did not happen in Doha."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "despite" and any(
        c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX") for c in tok.children)


def _accused(root: Any) -> bool:
    """A place named as whom a charge is laid against is a party: "Islamabad has accused KABUL of
    harbouring fighters, who have stepped up attacks in the northwest" (not where they attack;
    nor, tagged a region, where the accuser acted: "arrested several officers, accusing IVORY
    COAST of harbouring the plotters"; nor a capital the tagger took for a person: "closed its
    airspace after accusing BAMAKO of violating it")."""
    return root.dep_ in ("dobj", "obj") and (root.ent_type_ in ("GPE", "ORG", "NORP", "LOC") or root.pos_ == "PROPN") \
        and root.head.lemma_.lower() in _ALLEGING and root.head.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in root.head.children)


# Verbs of closing or opening a way: whom it is closed "to" is a party
_CLOSING = frozenset({"close", "shut", "open", "reopen"})


def _barred(root: Any) -> bool:
    """A state named as whom a way is closed or opened to is a party, not where it happened:
    "Algeria closed its airspace TO MALI", "Niger closed its border TO BENIN" (the closing state
    acts on its own side)."""
    prep = root.head
    gov = prep.head.head if prep.head.dep_ in ("dobj", "obj") else prep.head
    return root.dep_ == "pobj" and prep.lower_ == "to" and (root.ent_type_ in ("GPE", "NORP") or root.pos_ == "PROPN") \
        and gov.pos_ == "VERB" and gov.lemma_.lower() in _CLOSING


# Nouns whose "between X and Y" names sides, not places ("talks between Tehran and Washington");
# a border, a road or a corridor between two places is a place.
_SIDES_NOUNS = frozenset({"talk", "talks", "negotiation", "dialogue", "meeting", "relation", "tie", "tension", "rift",
                          "dispute", "deal", "agreement", "accord", "truce", "ceasefire", "war", "conflict", "feud",
                          "rivalry", "summit", "mediation", "contact", "rapprochement", "normalisation",
                          "normalization", "standoff", "exchange", "swap"})


def _between_parties(root: Any) -> bool:
    """A state named as a side of talks or relations "between" it and another, or "with" whom
    they are held, is a party, not where anything happened: "Oman, which has mediated nuclear
    talks between Tehran and WASHINGTON, condemned the attack", "cut ties with MOROCCO and closed
    its airspace"."""
    tok = root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ("between", "with") and prep.head.lemma_.lower() in _SIDES_NOUNS \
        and root.ent_type_ in ("GPE", "ORG", "NORP")


# verbs whose "of/for" clause is the act alleged: "accused Eritrea OF SENDING troops into Tigray"
_ALLEGING = frozenset({"accuse", "suspect", "blame", "charge", "indict", "convict", "condemn", "criticize",
                       "criticise", "denounce"})
# and verbs whose clause is the act denied: "denied USING drones in Ukraine"
_DENYING = frozenset({"deny", "refute", "dismiss"})


def _alleged_act(tok: Any, token: Any) -> bool:
    """Whether ``tok`` heads the act an accusation names ("accused Eritrea of SENDING troops into
    Tigray", "blamed the group for the ATTACK in Lamu"): its places are where that act is said
    to have happened, not where the accusation was made, nor where another event of the sentence
    was ("the RSF DENIED targeting civilians and accused the army of bombing a market in Nyala")."""
    prep = tok.head
    if prep.dep_ == "conj" and prep.head.dep_ == "prep" and prep.head.lower_ == prep.lower_:
        prep = prep.head  # (a second act alleged: "of preparing for war AND OF ARMING militias in Amhara")
    # (a charge names it with "with": "charged two Belarusians WITH SPYING for Minsk")
    if tok.dep_ not in ("pcomp", "pobj") or prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "with"):
        return False
    gov = prep.head
    verb = gov.head if gov.dep_ in ("dobj", "obj") else gov
    if prep.lower_ == "with" and verb.lemma_.lower() != "charge":
        return False
    return verb.lemma_.lower() in _ALLEGING and verb.pos_ in ("VERB", "AUX")


# Verbs that offer an act: "offered to HOST negotiations in Nairobi" is not done, nor there
_OFFER_VERBS = frozenset({"offer", "propose", "volunteer"})


def _requested_act(tok: Any) -> bool:
    """Whether ``tok`` heads the act an appeal asks for or an offer proposes ("urged both sides to
    RETURN to talks in Jeddah", "offered to HOST negotiations in Nairobi"): a place of that act is
    not where the appeal or offer, nor anything else of the sentence, was."""
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _APPEAL_VERBS | _OFFER_VERBS | {"call"}


def _denied_act(tok: Any, token: Any) -> bool:
    """Whether ``tok`` heads the act a denial names ("Russia denied USING Iranian drones in
    Ukraine", "denied that its troops HAD CROSSED into Syria"): the denial is not made there."""
    return tok.head.i == token.i and token.lemma_.lower() in _DENYING and (
        tok.dep_ == "ccomp" or tok.dep_ in ("xcomp", "dobj") and tok.tag_ == "VBG")


def _down_cost(node: Any, child: Any, place_roots: set[int], *, start: bool = False) -> float | None:
    """Cost of stepping from ``node`` down to its ``child``; None where the path stops.
    ``start``: whether ``node`` is the trigger itself."""
    dep = child.dep_
    node_is_place = node.i in place_roots or _is_place_noun(node)
    if dep == "prep":
        low = child.lower_
        if low in _DESTINATIONS and not start and node.dep_ == "conj" and _is_verb(node):
            return None  # "was captured and shipped TO Guantanamo": where a later step went
        if low == "of":
            return 0.0 if node_is_place else 2.0
        if low == "from" and node.lower_ == "away":
            return 0.0  # "two kilometres away FROM Kirkuk": a distance from the place, not a source
        cost = _PREP_COST.get(low)
        if cost is not None and low in _LOCATIVE_PREPS and node.dep_ == "pobj" and node.head.lower_ in _LOCATIVE_PREPS:
            # a locative inside a locative: "in a ditch on the outskirts of Karachi"
            return min(cost, 0.5)
        return cost
    if dep in ("pobj", "pcomp"):
        return 0.0
    if dep == "agent":
        return 1.5
    if dep in ("dobj", "obj"):
        if _capital_as_actor(child):
            return None
        return 1.0 if _is_verb(node) else None
    if dep == "nsubjpass":
        return 1.0
    if dep in ("nsubj", "csubj"):
        if not _is_verb(node):
            return None
        # "A car bomb in Ramadi killed six": an event noun's place is where its verb happened
        return 1.5 if _is_event_noun(child) else 3.0
    if dep in ("compound", "poss", "amod", "nmod"):
        if node.ent_type_ in ("DATE", "TIME") or node.lower_ in _TIME_NOUNS:
            return 0.5  # a misparsed "captured Kabul September 27"
        if _in_locative(node) and child.i < node.i:
            return 1.0  # "in the Helmand battle", "at a north Belfast home": the place qualifies where
        return 1.5 if node_is_place else 3.0
    if dep == "appos":
        return 0.5
    if dep == "conj":
        if _is_verb(child):
            if _another_moment(child):
                return None  # "was shot and died LATER at the hospital": a later step has its own place
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
            return 4.0 if own_subject else 1.0
        return 0.3
    if dep in ("npadvmod", "advmod"):
        if _locative_adverb(child):
            # "10 km north of Baghdad" is near Baghdad, not in it: a named place of the
            # event's own ("in Hilla, just south of Baghdad") comes first
            return 2.5
        return 1.0 if child.pos_ == "PROPN" or child.i in place_roots else None
    if dep == "advcl":
        return None if _another_moment(child) else 2.0
    if dep in ("relcl", "acl"):
        return 2.5
    if dep in ("xcomp", "ccomp"):
        return 2.0
    if dep in ("attr", "oprd", "dative"):
        return 2.0
    return None


def _locative_adverb(tok: Any) -> bool:
    """A direction or a distance that opens the event's place phrase: "exploded 10 km NORTH of
    Baghdad", "a checkpoint two kilometres AWAY from Kirkuk"."""
    if not (tok.lower_ in _DIRECTIONS or tok.lower_ == "away" and any(c.dep_ == "prep" for c in tok.children)):
        return False
    # after a comma it places the name before it ("in Hilla, just south of Baghdad"), however parsed
    left = tok.left_edge.i
    return left == 0 or tok.doc[left - 1].text != ","


def _up_cost(node: Any) -> float | None:
    """Cost of stepping from ``node`` up to its head (only along the trigger's own chain)."""
    dep = node.dep_
    if node.head is node:
        return None
    if node.pos_ in ("NOUN", "PROPN"):
        # an event noun: its light verb or the verb it is the object of ("launched an assault")
        return 1.0 if dep in ("dobj", "obj", "pobj", "nsubj", "nsubjpass", "attr", "conj", "compound") else None
    if dep == "conj":
        return 1.0
    if dep in ("xcomp", "prep", "pcomp"):
        return 1.0
    if dep == "advcl":
        return 2.0
    if dep in ("ccomp", "parataxis"):
        return 2.5
    if dep in ("relcl", "acl"):
        return 2.5
    if dep == "dep":
        return 1.5
    return None


def _root_of(doc: Any, start: int, end: int) -> Any | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _path_costs(starts: list[Any], place_roots: set[int], limit: float, *,
                parents: dict[int, tuple[Any, str]] | None = None) -> dict[int, float]:
    """Cheapest path cost from the trigger tokens to every token (cut at ``limit``).

    ``parents``, when given, is filled with each reached token's predecessor on its cheapest
    path and the step taken ("down" or "up"), so the learned ranker can read the path.
    """
    best: dict[int, float] = {}
    heap: list[tuple[float, int, bool, Any, Any, str]] = []
    for k, t in enumerate(starts):
        heapq.heappush(heap, (0.0, k, True, t, None, ""))
    seq = len(starts)
    while heap:
        cost, _, can_climb, tok, prev, how = heapq.heappop(heap)
        if tok.i in best and best[tok.i] <= cost:
            continue
        best[tok.i] = cost
        if parents is not None:
            parents[tok.i] = (prev, how)
        steps: list[tuple[float, Any, bool]] = []
        for child in tok.children:
            c = _down_cost(tok, child, place_roots, start=tok in starts)
            if c is not None:
                steps.append((c, child, False))
        if can_climb:
            c = _up_cost(tok)
            if c is not None:
                steps.append((c, tok.head, True))
        for c, nxt, climb in steps:
            nc = cost + c
            if nc <= limit and (nxt.i not in best or best[nxt.i] > nc):
                seq += 1
                heapq.heappush(heap, (nc, seq, climb, nxt, tok, "up" if climb else "down"))
    return best


def _path_steps(root: Any, parents: dict[int, tuple[Any, str]]) -> tuple[str, ...]:
    """The cheapest path from the trigger to ``root`` as labels: ``up:nsubj``, ``down:prep``, ``prep:in``."""
    out: list[str] = []
    tok = root
    for _ in range(64):
        prev, how = parents.get(tok.i, (None, ""))
        if prev is None:
            break
        if how == "up":
            out.append(f"up:{prev.dep_}")
        else:
            out.append(f"down:{tok.dep_}")
            if tok.dep_ == "prep":
                out.append(f"prep:{tok.lower_}")
        tok = prev
    return tuple(reversed(out))


# ---------------------------------------------------------------------------------- unresolved names

# Locative prepositions after which a person's or an organisation's name is rarely a place: "an
# attack on Smith", "talked to Reuters", "between Smith and Jones".
_PERSON_PREPS = frozenset({"on", "to", "toward", "towards", "between", "onto", "into"})
# Prepositions that can place an event but as often do not ("withdrew from X", "a driver from X",
# "flew over X"): a name after one is a candidate only when it looks like a place by itself.
_WEAK_PREPS = frozenset({"from", "over", "beyond", "behind", "via", "past", "opposite"})
# Adverbs that take "of" like a locative preposition: "inside of X", "out of X", "east of X".
_OF_LOCATIVES = frozenset({"inside", "outside", "out", "ahead"})
# Verbs whose object is a place, hardly ever a person or a group: "stormed X", "entered X".
# ("captured" and "attacked" are not here: their object is as often a person.)
_PLACE_OBJECT_VERBS = frozenset({"enter", "storm", "invade", "occupy", "overrun", "besiege", "shell", "bombard",
                                 "liberate", "retake", "recapture", "encircle", "infiltrate", "evacuate", "raid",
                                 "cross", "reach", "annex"})
# A city this large is the place before a facility noun even when the tagger calls it a person.
_GREAT_CITY = 1_000_000
# Words for a share of something, which take "of" like a place noun: "half of X", "seize control
# of X", "a large chunk of X".
_SHARE_NOUNS = frozenset({"half", "all", "much", "most", "rest", "remainder", "chunk", "control", "portion",
                          "swathe", "swathes", "swath", "swaths"})
# Lower-case particles inside a name: "Jabal al-Sayyid", "Shatt al-Arab", "Rio de Janeiro".
# (Not the English words "as", "at", "an": "Hezbollah at Al-Bab" is two names.)
_NAME_PARTICLES = frozenset({"al", "el", "ul", "ash", "ad", "ar", "az", "bin", "ibn", "bint", "de", "del", "della",
                             "di", "da", "dos", "das", "du", "des", "la", "le", "van", "von", "der", "den"})
_DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})
_DIRECTION_ADJECTIVES = frozenset({"northern", "southern", "eastern", "western", "northeastern", "northwestern",
                                   "southeastern", "southwestern"})
# Adjectives that name a part of a country ("WESTERN Iraq", "CENTRAL Somalia")
_PART_ADJECTIVES = _DIRECTION_ADJECTIVES | {"central"}


@dataclass(frozen=True)
class _Slot:
    """Where a name stands and the word that makes it locative.

    ``kind``: "strong" ("in X", "the town of X", "the outskirts of the village of X"),
    "modifier" ("X province", "the X district"), "object" ("captured X") or "weak" ("withdrew from
    X"); ``word`` is the preposition or place noun the name hangs from.
    """

    kind: str
    word: str = ""
    facility: bool = False


def _of_chain(of: Any) -> _Slot | None:
    """The slot of "X" in "N of X", looking up through nested "of" ("the slope of the hill of X")."""
    n = of.head
    for _ in range(4):
        if n.lower_ in _OF_LOCATIVES or n.lower_ in _DIRECTIONS or n.lower_ in _SHARE_NOUNS:
            return _Slot("strong", n.lower_)
        if n.lower_ == "department" and n.text[:1].isupper():
            return _Slot("weak", n.lower_, True)  # "the Department of Public Safety": an office
        if n.lower_ in _AREA_NOUNS:
            return _Slot("strong", n.lower_)
        if _is_place_noun(n):
            # "the Ministry of Defence", "the University of X": "of" names an owner or a field
            return _Slot("weak", n.lower_, True)
        if n.dep_ == "pobj" and n.head.lower_ == "of":
            n = n.head.head
            continue
        if _in_locative(n):
            return _Slot("weak", n.head.lower_)  # "in the name of X", "in support of X": only a place name
        return None
    return None


def _hyphen_article(prep: Any) -> bool:
    """A transliterated Arabic article glued to a name ("Abu Muslim at-Turkmani", "as-Siddiq"),
    which the tagger reads as the English preposition."""
    doc, k = prep.doc, prep.i + 1
    return not prep.whitespace_ and k < len(doc) and doc[k].text == "-" and not doc[k].whitespace_ \
        and prep.i > 0 and doc[prep.i - 1].text[:1].isupper()


def _named_place(tok: Any) -> bool:
    """The name a place noun is given: "a village called X", "two areas known as X", "a place
    named X", "tourist spots such as X"."""
    if tok.dep_ == "pobj" and tok.head.lower_ != "as":
        return False
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ == "pobj" and any(c.lower_ == "such" for c in tok.head.children):
        return _is_place_noun(verb) or verb.lower_ in _GENERIC_PLACES  # "spots such as X"
    return verb.lemma_.lower() in ("call", "name", "know") and verb.dep_ in ("acl", "relcl") \
        and (_is_place_noun(verb.head) or verb.head.lower_ in _GENERIC_PLACES)


# Nouns that say "a place" and nothing more: "a place called X", "spots such as X".
_GENERIC_PLACES = frozenset({"place", "places", "spot", "spots", "site", "sites", "location", "locations",
                             "locality", "localities", "landmark", "landmarks"})


def _slot(root: Any) -> _Slot | None:
    """Where the name rooted at ``root`` stands (None: not a slot that names where something is)."""
    if any(c.dep_ == "appos" and c.lower_ in _AREA_NOUNS and c.text[:1].islower() for c in root.children):
        # (a capitalised one names an institution: "DUI, Department of Public Safety spokesman")
        return _Slot("strong", "appos")  # "Buhriz, a suburb of Baqouba", "Wadi Barada, a valley"
    tok = root
    for _ in range(3):
        if tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
            tok = tok.head
            continue
        break
    head = tok.head
    if tok.dep_ == "pobj" and _hyphen_article(head):
        return None
    if tok.dep_ in ("oprd", "pobj", "attr") and _named_place(tok):
        return _Slot("strong", "called")
    if tok.dep_ == "pobj":
        word = head.lower_
        if word == "to" and head.head.lower_ == "according":
            return None  # "according to the YPG Media Center": who says so, not where
        if word in _LOCATIVE_PREPS:
            return _Slot("strong", word)
        if word == "of":
            return _of_chain(head)
        if word in _WEAK_PREPS:
            return _Slot("weak", word)
        return None
    if tok.dep_ in ("compound", "nmod", "poss", "amod") and (_is_place_noun(head) or _in_locative(head)):
        if head.lemma_.lower() in _MEDIA_NOUNS:
            return None  # "in a statement on its Andalus radio": an outlet's name, not where
        if _is_place_noun(head):
            return _Slot("modifier", head.lower_, head.lower_ in FACILITY_NOUNS and head.lower_ not in _AREA_NOUNS)
        return _Slot("modifier", "")
    if tok.dep_ in ("dobj", "obj", "nsubjpass") and _is_verb(head):
        return _Slot("object", head.lemma_.lower())
    return None


def _locative_slot(root: Any) -> str | None:
    """Where a name stands: "strong" ("in X", "the town of X"), "modifier" ("X province"), "object"
    ("captured X"), "weak" ("withdrew from X"), or None."""
    slot = _slot(root)
    return slot.kind if slot is not None else None


def _ends_in_place_noun(span: Any) -> bool:
    """A name whose last word is a place noun names a place: "Kindi Hospital", "Duk County"."""
    last = span[-1]
    return len(span) > 1 and last.text[:1].isupper() and _is_place_noun(last)


# Nouns an apposition uses to say that a name is someone's ("Khalid Pashtoon, a spokesman for …")
_ROLE_NOUNS = frozenset({"official", "minister", "commander", "leader", "governor", "president", "chief",
                         "director", "officer", "head", "member", "secretary", "envoy", "ambassador", "adviser",
                         "advisor", "analyst", "expert", "journalist", "reporter", "correspondent", "lawyer",
                         "activist", "witness", "resident", "doctor", "general", "colonel", "captain"})


# Roles in a body, whose "of X" names the body ("the head of the Russian Orthodox Church")
_BODY_ROLES = frozenset({"head", "leader", "chief", "member", "director", "patriarch", "secretary", "chairman",
                         "spokesman", "spokeswoman", "spokesperson"})


def _described_as_person(root: Any) -> bool:
    """Whether a name's apposition says it is someone: "Khalid Pashtoon, a spokesman for …"."""
    return any(c.dep_ == "appos" and c.i > root.i and c.pos_ == "NOUN" and (
        c.lemma_.lower() in _ROLE_NOUNS or c.lemma_.lower().endswith(("man", "woman", "person")))
        for c in root.children)


def _plausible(span: Any, root: Any, slot: _Slot) -> bool:
    """Whether a name the gazetteer does not know is a place, from its slot and its NER label.

    The tagger often calls an unfamiliar place a person or an organisation ("the village of
    Xaroda" -> PERSON): in a place phrase the phrase wins, except where a person or a group is as
    likely ("an attack on X", "the X house").
    """
    label = root.ent_type_
    if _described_as_person(root):
        return False  # "…, Khalid Pashtoon, a spokesman for the governor, told AP"
    if label == "ORG" and root.dep_ == "pobj" and root.head.lower_ == "of" \
            and root.head.head.lemma_.lower() in _BODY_ROLES:
        return False  # "sanctions on the head OF THE RUSSIAN ORTHODOX CHURCH": a body one leads, no place
    if _ends_in_place_noun(span) or label in _NAME_LABELS or span[0].lower_ in ARABIC_PLACE_WORDS:
        return True  # ("captured Jabal al-Sayyid": a mountain, though the tagger calls it a person)
    if label not in ("PERSON", "ORG", "NORP"):
        # "stormed Mar’e": a verb whose object is a place, and no tag that says otherwise
        return slot.kind in ("strong", "modifier") or slot.kind == "object" and slot.word in _PLACE_OBJECT_VERBS
    if slot.kind == "strong":
        if slot.word == "at" and label == "ORG" and _affiliation(root):
            return False  # "a scholar at X", "works at X": an affiliation
        return slot.word not in _PERSON_PREPS or _motion_goal(root)
    if slot.kind == "modifier":
        # before an area noun the tagger's person or group is often the area's own name ("the Sheikh
        # Maqsoud neighbourhood"); before a facility it names the owner ("the Uber offices")
        return bool(slot.word) and not slot.facility and label in ("ORG", "PERSON")
    if slot.kind == "object":
        return slot.word in _PLACE_OBJECT_VERBS and label != "NORP"
    return False


# Verbs whose "at X" names where one works or studies, not where something happened.
_AFFILIATION_VERBS = frozenset({"work", "study", "teach", "serve", "lecture", "research", "intern", "train"})


# Verbs of going somewhere: "to X" after them is a destination, not an addressee.
_MOTION_VERBS = frozenset({"march", "advance", "move", "push", "head", "flee", "return", "travel", "deploy", "walk",
                           "drive", "retreat", "withdraw", "fly", "sail", "limp", "proceed", "rush", "go", "come",
                           "evacuate", "escape", "relocate", "redeploy", "arrive"})


def _motion_goal(root: Any) -> bool:
    """Whether "to/towards/into X" is where a verb of going goes ("marched to X", "fled into X")."""
    tok = root
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    return prep.lower_ in ("to", "toward", "towards", "into") and _is_verb(prep.head) \
        and prep.head.lemma_.lower() in _MOTION_VERBS


def _affiliation(root: Any) -> bool:
    """Whether "at X" hangs from a person ("a scholar at X") or a verb of work ("works at X"):
    X is then an employer. From an event or another verb it is a place ("killed at X")."""
    tok = root
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    owner = tok.head.head
    if _is_verb(owner):
        return owner.lemma_.lower() in _AFFILIATION_VERBS
    return owner.pos_ in ("NOUN", "PROPN") and not _is_event_noun(owner) and not _is_place_noun(owner)


@functools.lru_cache(maxsize=4096)
def _is_actor_word(text: str) -> bool:
    """Whether the actor dictionary knows a word ("Syrian", "Kurds"): a demonym or group, not a place."""
    from watchfloor.coding.actors import code_phrase

    return code_phrase(text) is not None


# An organisation's initials: the tagger's ORG that no gazetteer entry makes a place ("CRPF")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# An ayn or a hamza written inside a transliterated name: "Ma’ardes", "Sa’sa", "Al-Sha’er".
_TRANSLIT = re.compile(r"[^\W\d_][’‘ʼʿʾ'][^\W\d_]")


def _name_word(tok: Any) -> bool:
    translit = _TRANSLIT.search(tok.text) is not None
    if not tok.text[:1].isupper() or tok.pos_ != "PROPN" and not translit:
        return False
    low = tok.lower_.rstrip(".")
    if low in _TIME_NOUNS or low in _MONTH_ABBREV or low in ("a.m", "p.m") or low in _TIME_ZONES and tok.is_upper:
        return False
    if translit:
        # the tagger reads such a word as anything ("Ma’ardes" a date, "Sa’sa" an adjective)
        return not _is_actor_word(tok.text)
    if tok.ent_type_ == "NORP":
        # the tagger calls many unfamiliar village names nationalities: keep those the actor
        # dictionary does not know as a people ("the Agbor villages" but not "the Kurds")
        return not _is_actor_word(tok.text)
    return tok.ent_type_ not in _NOT_NAME_LABELS


def _particle(doc: Any, j: int, end: int) -> bool:
    """A lower-case particle inside a name ("Jabal al-Sayyid"): the name goes on after it."""
    if doc[j].lower_ not in _NAME_PARTICLES or doc[j].text[:1].isupper():
        return False
    k = j + 1
    if k < end and doc[k].text == "-" and not doc[k].whitespace_:
        k += 1
    return k < end and _name_word(doc[k])


def _name_spans(sent: Any, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character ranges of proper names in ``sent`` that may be places the geoparser left out."""
    out: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or e <= a for s, e in taken + out)

    doc = sent.doc
    for ent in sent.ents:
        # a capital or a digit: the tagger also labels common nouns ("in those mosques")
        words = [t for t in ent if t.lower_ not in ("the", "a", "an")]
        first = words[0].text if words else ""
        if ent.label_ in _NAME_LABELS and (first[:1].isupper() or first[:1].isdigit()):
            # the name without its article, and with the name words the tagger left out after it:
            # "[the Deir Ezzor] Governorate" is "Deir Ezzor Governorate"
            end = ent.end
            while end < sent.end and _name_word(doc[end]):
                end += 1
            a, b = words[0].idx, doc[end - 1].idx + len(doc[end - 1].text)
            if free(a, b):
                out.append((a, b))
    i = sent.start
    while i < sent.end:
        tok = doc[i]
        if _name_word(tok):
            j = i + 1
            while j < sent.end and (_name_word(doc[j])
                                     or doc[j].text in ("-", "/") and j + 1 < sent.end and doc[j + 1].pos_ == "PROPN"
                                     or _particle(doc, j, sent.end)):
                j += 1
            a, b = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
            if free(a, b):
                out.append((a, b))
            i = j
        else:
            i += 1
    return out


# A town this big is known by its name beyond its country (GeoNames population)
_KNOWN_TOWN = 50_000


@functools.lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    """The geoparser's common capitalised words ("Gulf", "Area", "Park"), never places alone."""
    try:
        from watchfloor.geo import Geoparser

        return frozenset(Geoparser.load().stopwords)
    except (ImportError, OSError):
        return frozenset()


@functools.lru_cache(maxsize=1)
def _gazetteer() -> Any:
    try:
        from watchfloor.geo import Geoparser

        return Geoparser.load().gaz
    except (ImportError, OSError):  # a missing gazetteer must not stop event coding
        return None


def _is_actor_name(text: str) -> bool:
    """Named groups and people of the actor dictionary are not places ("Hezbollah", "ISIS")."""
    from watchfloor.coding.actors import code_phrase

    coded = code_phrase(text)
    return coded is not None and coded.sector is not None and coded.sector not in ("GOV",) and coded.name is not None \
        and coded.code is not None and coded.code != coded.country


def _name_part_anchor(span: Any, countries: set[str | None]) -> Place | None:
    """The gazetteer entry of a name's first words when the rest names a facility or an area:
    "Kandahar Airfield" lies at Kandahar, "Lakeside Market" nowhere known."""
    from watchfloor.geo.gazetteer import normalize

    gaz = _gazetteer()
    if gaz is None or not _ends_in_place_noun(span):
        return None
    k = len(span) - 1
    while k > 0 and (_is_place_noun(span[k - 1]) or not span[k - 1].text[:1].isupper()):
        k -= 1  # "Kandahar Military Air Base": strip lower-case and place words from the end
    while k > 0 and not span[k - 1].text[:1].isupper():
        k -= 1
    if k <= 0:
        return None
    head = span[:k].text
    if len(head) < 3:
        return None
    cands = [c for c in gaz.lookup_key(normalize(head)) if c.feature != "country"]
    if countries:
        # "North Park Hotel in Panchkula": a namesake abroad is no anchor when the sentence's
        # own places say which country the facility is in
        cands = [c for c in cands if c.country in countries]
    if not cands:
        return None
    c = cands[0]
    return Place(start=0, end=0, text=head, name=c.name, lat=c.lat, lon=c.lon, country=c.country,
                 geonameid=c.geonameid, feature=c.feature, admin1=c.admin1, confidence=0.3,
                 precision_km=c.precision_km)


def _person_names(doc: Any) -> frozenset[str]:
    """The words of the text's multi-word person names given with a title ("President Yoon Suk
    Yeol": "Yoon", "Suk", "Yeol"; not "Gombe metropolis", which the small model also calls a
    person)."""
    return frozenset(t.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1
                     and e.start > 0 and doc[e.start - 1].lower_.rstrip(".") in _TITLES for t in e if t.is_title)


# Words before a person's name that say it is one
_TITLES = frozenset({"president", "minister", "leader", "general", "gen", "chief", "king", "queen", "prince",
                     "commander", "senator", "sen", "governor", "gov", "mr", "mrs", "ms", "dr", "premier",
                     "chancellor", "secretary", "envoy", "ambassador", "spokesman", "spokeswoman", "judge"})


# Last words of the names of trains, airlines and ferries ("the Jaffar Express", "Ethiopian Airlines")
_CONVEYANCES = frozenset({"express", "airlines", "airways", "airline", "ferry", "flyer"})
# Kinds of body or craft a name right after stands for ("the national airline Belavia", "the tanker Eagle S")
_NAMED_KINDS = frozenset({"airline", "carrier", "company", "firm", "newspaper", "daily", "broadcaster", "bank",
                          "lender", "operator", "ship", "vessel", "tanker", "freighter", "channel", "brand"})


# Settlements a people's word may tell the kind of ("a Bedouin VILLAGE")
_SETTLEMENT_KINDS = frozenset({"village", "town", "community", "settlement", "hamlet", "encampment"})


def _unresolved(doc: Any, sent: Any, resolved: list[tuple[Place, Any]], offset: int, *,
                context: list[Place] | None = None) -> list[tuple[Place, Any]]:
    """Place mentions in locative slots the geoparser did not return, anchored as well as we can.

    A name the gazetteer knows gets its entry. An unknown name must stand where a place does
    (``_plausible``) and gets the coordinates of what it lies in: the place its own words name
    ("X Airfield"), the sentence's place it hangs from, the article's nearest place, else the one
    country the actors belong to; ``precision_km`` is the anchor's, at least 25 km. With nothing
    to anchor it, it is still where the event happened: an ``unmapped`` place, name without
    coordinates ("killed in clashes in Kafr Zita" in a text that names no other place).
    """
    from watchfloor.coding.actors import is_demonym
    from watchfloor.geo.gazetteer import normalize
    from watchfloor.geo.geoparser import after_the, answers_anywhere, spelt_alike

    taken = [(p.start - offset, p.end - offset) for p, _ in resolved]
    out: list[tuple[Place, Any]] = []
    countries = {p.country for p, _ in resolved if p.country}
    told = countries | {p.country for p in context or () if p.country}
    person_names = _person_names(doc)
    for a, b in _name_spans(sent, taken):
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        slot = _slot(root)
        if slot is None:
            continue
        text = doc.text[a:b]
        if len(text) < 3 or _is_actor_name(text) and not _ends_in_place_noun(span) \
                or text.isupper() and text.lower() in _TIME_ZONES:
            continue  # a group the dictionary knows ("SAA"; not "FSB Hotel"), a clock's "GMT"
        if len(span) == 1 and root.lower_ in FACILITY_NOUNS and root.lower_ not in _AREA_NOUNS \
                and not _named_by_of(root):
            continue  # "the city's central Bazaar", "a Church service": a capitalised common noun
        if len(span) == 1 and root.lower_ in _POLITY_WORDS and root.i + 1 < len(doc) and doc[root.i + 1].lower_ == "of":
            continue  # "the Kingdom | of Bahrain": the state's formal name, whose place is the country
        if _heads_an_org_name(span):
            continue  # "the Alliance | of Sahel States", "the Union | of Islamic Courts": a body's name
        if len(span) > 1 and span[-1].lower_ in _CONVEYANCES:
            continue  # "stormed the Jaffar Express": a train, a ship or an airline is no place
        if is_demonym(text):
            continue  # "poaching in SRI LANKAN waters": a nationality, however tagged
        if span.start > 0 and ((kind := doc[span.start - 1].lower_) in _NAMED_KINDS or kind.endswith("maker")):
            # "eased sanctions on the national AIRLINE Belavia", "CHIPMAKER Nexperia": the kind names what it is
            continue
        if len(span) == 1 and root.text in person_names:
            continue  # "a motion to impeach YOON" after "President Yoon Suk Yeol": the person
        label = root.ent_type_
        if len(span) == 1 and root.pos_ == "ADJ" and label in ("NORP", "GPE") and root.dep_ == "amod" \
                and root.head.pos_ == "NOUN":
            continue  # "the western UKRAINIAN city of Ternopil": a nationality, not a place's name
        if len(span) == 1 and root.dep_ in ("compound", "amod") and root.head.i == root.i + 1 \
                and root.head.lemma_.lower() in _SETTLEMENT_KINDS and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.head.children):
            # "in A BEDOUIN village", "a Druze town": one of a kind is named by who lives there (not a
            # part of a place or a house in it: "a Kampungladang NEIGHBORHOOD", "at a Buford HOME")
            continue
        if (label == "NORP" and root.tag_ in ("NNPS", "NNS")) or (
                root.text.endswith("s") and any(t.ent_type_ == "NORP" for t in root.conjuncts)):
            continue  # "the war between Tamils and Sinhalese": a people, not a place
        gaz = _gazetteer()
        key = normalize(text)
        if key in _stopwords() and not (span.start > 0 and doc[span.start - 1].lower_ == "of"):
            continue  # "patrols the Gulf", "Local Government Area": a common word capitalised
            # (not "the western town OF Man")
        cands = gaz.lookup_key(key) if gaz is not None else []
        if told:  # another name of a town abroad stands for nothing the article is about ("near BONI" is no Bonn)
            cands = [c for c in cands if spelt_alike(key, c.name) or answers_anywhere(c) or c.country in told]
        if countries and cands and not any(c.country in countries or c.population >= _KNOWN_TOWN for c in cands):
            # "Lucciana, in upper Corsica": a name the sentence's own places put in another
            # country than its only, small entry (Corsica, South Dakota) is anchored like an
            # unknown one (a known city elsewhere stays: "the Sydney offices", "Brest-Litovsk")
            cands = []
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in root.children):
            continue  # "detonated his explosives-packed Mercedes": someone's thing, not a place
        if len(span) == 1 and root.tag_ == "NNPS" and not any(
                c.population >= _KNOWN_TOWN or c.feature in _AREA_FEATURES for c in cands):
            continue  # "defected to the Angels", "her Nationals colleagues": a gang, a team, a party
        if not cands and label == "ORG" and _ACRONYM.fullmatch(text):
            continue  # "in CRPF firing", "the SDM office": an organisation's initials, not a place's
        if label in ("PERSON", "ORG", "NORP") and _aimed_at(root) and not any(_is_place_noun(t) for t in span):
            continue  # "the gunman fired at Smith": whom the shot was aimed at
        if cands and slot.kind == "object" and slot.word not in _PLACE_OBJECT_VERBS and label not in _NAME_LABELS \
                and max(c.population for c in cands) < _KNOWN_TOWN:
            cands = []  # "while greeting Wang": a hamlet's namesake as a verb's object is someone
        if cands and (label != "PERSON" or slot.kind == "strong"
                      or slot.kind == "modifier" and slot.word and not slot.facility
                      # "the Sydney offices": a great city's name is not the owner's
                      or slot.kind == "modifier" and cands[0].feature == "city"
                      and cands[0].population >= _GREAT_CITY):
            cand = next((c for c in cands if c.country in countries), cands[0])
            state = next((c for c in cands if c.feature == "country" and normalize(c.name) == key), None)
            if state is not None and cand.feature != "country" and "USA" not in countries and not (
                    span.end < len(doc) and doc[span.end].lower_ in ("state", "province", "region")):
                # a state's own name is the state, whatever its namesake province in the sentence's
                # country ("ABUJA - … restore order in NIGER": the country, not Nigeria's Niger State;
                # a US paper's "Georgia" stays the state the geoparser's rules already weigh)
                cand = state
            if after_the(doc, span.start):
                # "in the eastern Pacific": the ocean, not a town called Pacific
                cand = next((c for c in cands if c.feature in ("water", "region")), cand)
            place = Place(start=a + offset, end=b + offset, text=text, name=cand.name, lat=cand.lat, lon=cand.lon,
                          country=cand.country, geonameid=cand.geonameid, feature=cand.feature, admin1=cand.admin1,
                          confidence=0.35, precision_km=cand.precision_km, flags=["unresolved"])
            out.append((place, root))
            continue
        if not _plausible(span, root, slot):
            continue
        # (a place that owns the name says where it is before the name's own first word does:
        # "Baghdad's Green Zone" is in Baghdad, not at a town called Green)
        owner = next((p for p, r in resolved if r.dep_ == "poss" and r.head.i == root.i), None)
        anchor = owner if owner is not None else _name_part_anchor(span, countries)
        confidence = 0.3
        if anchor is None:
            anchor = _anchor(root, resolved, context=context)
            if anchor is None:
                out.append((_unmapped(text, a + offset, b + offset), root))
                continue
            confidence = min(anchor.confidence, 0.25)
        place = Place(start=a + offset, end=b + offset, text=text, name=text, lat=anchor.lat, lon=anchor.lon,
                      country=anchor.country, geonameid=None, feature="other", admin1=anchor.admin1,
                      confidence=confidence, precision_km=max(anchor.precision_km or 25.0, 25.0),
                      flags=["unresolved"])
        out.append((place, root))
    return out


# Verbs whose "at X" is what they are aimed at: "fired at Smith", "threw stones at Brown"
_AIMING_VERBS = frozenset({"fire", "shoot", "aim", "throw", "hurl", "lob", "point", "swing", "lunge", "shout",
                           "yell", "scream", "lash", "jab", "spit", "swear", "stare", "glare", "wave"})


# Gazetteer features of areas a plural name may have ("the Maldives", "the Highlands").
_AREA_FEATURES = frozenset({"country", "admin1", "admin2", "region", "water"})


def _aimed_at(root: Any) -> bool:
    """Whether a name is what an act was aimed at: "fired at | Smith"."""
    return root.dep_ == "pobj" and root.head.lower_ == "at" and root.head.head.lemma_.lower() in _AIMING_VERBS


def _heads_an_org_name(span: Any) -> bool:
    """Whether a name is the head of an organisation's name that goes on with "of" ("the Alliance
    of Sahel States", "the Union of Islamic Courts"), the recogniser marking the whole as one
    organisation; not a facility's ("the Church of the Nativity" is a place)."""
    doc = span.doc
    end = span.end
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or span.root.lower_ in FACILITY_NOUNS | _AREA_NOUNS:
        return False
    return span.root.ent_type_ == "ORG" and doc[end].ent_type_ == "ORG" and doc[end + 1].ent_type_ == "ORG" \
        and doc[end].ent_iob_ == "I"


def _named_by_of(tok: Any) -> bool:
    """A facility noun whose name follows it: "Church of the Nativity", "Hospital of St Mary"."""
    doc = tok.doc
    k = tok.i + 1
    if k + 1 >= len(doc) or doc[k].lower_ != "of":
        return False
    nxt = doc[k + 2] if doc[k + 1].lower_ == "the" and k + 2 < len(doc) else doc[k + 1]
    return nxt.text[:1].isupper()


def _unmapped(text: str, start: int, end: int) -> Place:
    """A place the text names in a locative slot that neither the gazetteer nor any other place
    of the text can put on the map: kept by name, so the analyst still sees where it happened."""
    return Place(start=start, end=end, text=text, name=text, lat=None, lon=None, country=None, geonameid=None,
                 feature="other", confidence=0.1, precision_km=None, flags=["unresolved", "unmapped"])


# Words of the groups whose branches are named "<group> in the <region>"
_FRANCHISE_WORDS = frozenset({"qaeda", "qaida", "al-qaeda", "al-qaida", "state"})


def _group_name_tokens(sent: Any) -> set[int]:
    """Tokens of a named group's name the actor dictionary knows, with the "of/in <place>" that
    continues it ("the Islamic State of Iraq and Al-Sham", "al-Qaeda in the Arabian Peninsula"):
    the places there name the group's domain, not where it acted."""
    from watchfloor.coding.actors import group_names

    toks = list(sent)
    out: set[int] = set()
    for i, j, _ in group_names([t.text for t in toks]):
        k = j
        # (a franchise's "in the X" is its name: "al-Qaeda in the Arabian Peninsula"; after
        # another group it is where: "Ahrar al-Sham in the Qalamoun Mountains")
        franchise = any(w in _FRANCHISE_WORDS for w in (t.lower_ for t in toks[i:j]))
        if k + 2 < len(toks) and (toks[k].lower_ == "of" or franchise and toks[k].lower_ == "in"
                                  and toks[k + 1].lower_ == "the"):
            m = k + 1 if toks[k].lower_ == "of" else k + 2
            while m < len(toks) and (toks[m].text[:1].isupper() or toks[m].text in ("-", "and", "the")
                                     and m + 1 < len(toks) and toks[m + 1].text[:1].isupper()):
                m += 1
            if m > k + 1:
                k = m
        if k - i > 1:
            out.update(t.i for t in toks[i:k])
    return out


def _names_a_person(root: Any) -> bool:
    """A name set beside a noun for a person is that person's: "Crolley's wife, Amelia, who was
    being detained" (Amelia is also a Virginia county)."""
    head = root.head
    return root.dep_ == "appos" and head.pos_ == "NOUN" and head.ent_type_ not in ("GPE", "LOC", "FAC") and (
        head.lemma_.lower() in PARTY_NOUNS or head.lemma_.lower() in _ROLE_NOUNS
        or head.lemma_.lower().endswith(PERSON_ENDINGS) and not _is_place_noun(head))


def _named_after_its_kind(root: Any) -> Any:
    """The kind of place a name follows, where the parser tore the name from it ("a car bombing in
    the Turkish capital ANKARA killed five" parses Ankara as the subject of "killed"): the name
    stands where its kind stands, in the "in" phrase."""
    if root.i == 0 or root.pos_ != "PROPN":
        return root
    kind = root.doc[root.i - 1]
    if kind.lemma_.lower() in _SETTLEMENT_NOUNS and kind.dep_ == "pobj" and root.head.i != kind.i \
            and root.dep_ in ("nsubj", "nsubjpass", "dobj", "npadvmod") and kind.sent.start <= root.i - 1:
        return kind
    return root


def _hyphened_to_participle(root: Any) -> bool:
    """A name hyphened to a participle says who a thing belongs to or where it sits, not where it
    happened ("forces loyal to the TRIPOLI-based government clashed ... near the Libyan capital's
    airport", "the IRAN-backed allies", "a US-led coalition air strike", "SYRIA-related topics")."""
    head = root.head
    return head.tag_ == "VBN" and root.i + 2 == head.i and root.doc[root.i + 1].text == "-" and root.dep_ in (
        "npadvmod", "compound", "amod", "nmod") and head.dep_ in ("amod", "compound")


def _countries_of(span: Any) -> list[str]:
    """ISO3 codes of the actors and demonyms a span names ("Syrian forces", "the SDF")."""
    from watchfloor.coding.actors import code_phrase, lexicon

    known = lexicon().country_names
    isos: list[str] = []
    # (not one only whose border is meant: "near THE AFGHAN BORDER")
    names = [ent.text for ent in span.ents if ent.label_ in ("NORP", "ORG", "GPE") and not _border_of(ent.root)]
    # a demonym the small model tagged no entity ("SOMALI forces backed by U.S. airstrikes")
    names += [t.text for t in span if t.pos_ == "ADJ" and t.is_title and not t.ent_type_ and not _border_of(t)]
    for name in names:
        coded = code_phrase(name)
        if coded is not None and coded.country in known:
            isos.append(coded.country)
    return isos


def _country_anchor(sent: Any) -> Place | None:
    """The country the sentence's actors belong to ("Syrian forces", "the SDF"), as a place.

    With no country in the sentence, the one the rest of the text names most often. A
    multinational group ("ISIS") names no country; two countries in the sentence, no anchor.
    """
    gaz = _gazetteer()
    if gaz is None:
        return None
    isos = _countries_of(sent)
    if len(set(isos)) > 1:
        return None
    if not isos:
        counts: dict[str, int] = {}
        for iso in _countries_of(sent.doc[:]):
            counts[iso] = counts.get(iso, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        isos = [ranked[0][0]]
    return _country_place(isos[0])


def _country_place(iso: str) -> Place | None:
    """A country as an anchor, its point and size: where in it a name lies is not known."""
    gaz = _gazetteer()
    cand = gaz.country(iso) if gaz is not None else None
    if cand is None:
        return None
    return Place(start=0, end=0, text=cand.name, name=cand.name, lat=cand.lat, lon=cand.lon, country=iso,
                 geonameid=cand.geonameid, feature="country", admin1=None, confidence=0.15,
                 precision_km=max(cand.precision_km or 500.0, 100.0))


def _modifies_a_thing(root: Any) -> bool:
    """Whether a place's name only says whose a thing is: "U.S. airstrikes", "Israeli jets" (not
    "the Tigray region"); such a country anchors no unresolved name where the sentence names
    another state's actors too ("SOMALI forces backed by U.S. airstrikes killed 40 fighters in the
    Middle Shabelle region" is not in the United States)."""
    head = root.head
    return root.dep_ in ("compound", "amod") and head.i != root.i and head.pos_ == "NOUN" \
        and not head.is_title and head.lower_ not in _PLACE_NOUNS


def _border_of(root: Any) -> bool:
    """Whether a place's name only says whose border is meant: "near the AFGHAN border"."""
    return root.dep_ in ("amod", "compound") and root.head.lemma_.lower() in ("border", "frontier", "boundary")


def _anchor(root: Any, resolved: list[tuple[Place, Any]], *, context: list[Place] | None = None) -> Place | None:
    """The resolved place an unresolved name lies in: nearest in the tree, then in the text.

    With no resolved place in the sentence, the nearest resolved place of the surrounding
    text (``context``), else the one country the sentence's actors belong to.
    """
    # (a country whose border the name lies near is more often the one across it: "in the Bajaur
    # district near THE AFGHAN BORDER" is in Pakistan)
    across = {p.start for p, r in resolved if _border_of(r)}
    resolved = [(p, r) for p, r in resolved if not _border_of(r)]
    context = [p for p in context or () if p.start not in across]
    owners = [(p, r) for p, r in resolved if _modifies_a_thing(r)]
    filed = [(p, r) for p, r in resolved if dateline_dash(r) is not None]
    doers = [(p, r) for p, r in resolved if p.feature == "country" and r.dep_ == "nsubj" and r.head.pos_ == "VERB"]
    states = set(_countries_of(sentence_of(root))) if owners or filed else set()
    holder = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else None
    if doers and holder is not None and holder.pos_ == "NOUN" \
            and set(_countries_of(root.doc[holder.left_edge.i:holder.i + 1])) - {p.country for p, _ in doers}:
        # a state named as the doer holds no name that is where another state's thing is:
        # "ISRAEL struck what it said were HEZBOLLAH depots in the Bekaa valley" is not in Israel
        resolved = [(p, r) for p, r in resolved if (p, r) not in doers]
    if owners and states - {p.country for p, _ in owners}:
        resolved = [(p, r) for p, r in resolved if not _modifies_a_thing(r)]  # (another state's actors are named too)
    if filed and states - {p.country for p, _ in owners} - {p.country for p, _ in filed}:
        # where the report was filed holds no name when the sentence's actors are another state's:
        # "NAIROBI (Reuters) - SOMALI forces … recaptured the town of ADAN YABAAL" is not in Kenya
        # (a state named only as whose a thing is aside: "MOGADISHU (AP) - SOMALI forces backed by U.S.
        # air strikes retook …" is in Somalia)
        resolved = [(p, r) for p, r in resolved if dateline_dash(r) is None]
    if not resolved:
        if context:
            near = min(context, key=lambda p: abs(p.start - root.idx))
            return Place(**{**near.__dict__, "confidence": min(near.confidence, 0.2),
                            "precision_km": max(near.precision_km or 50.0, 50.0)})
        return _country_anchor(sentence_of(root))
    near = _path_costs([root], {r.i for _, r in resolved}, 4.0)
    linked = [(near[r.i], _SPECIFICITY.get(p.feature, 3), p, r) for p, r in resolved if r.i in near]
    if linked:
        _, _, place, r = min(linked, key=lambda x: (x[0], x[1]))
    else:
        same = [(p, r) for p, r in resolved if p.feature != "country"] or resolved
        place, r = min(same, key=lambda pr: abs(pr[0].start - root.idx))
    if dateline_dash(r) is not None and place.country is not None \
            and not _URBAN_KINDS & {t.lower_ for t in (*root.subtree, root.head)}:
        # only the dateline's city ties it: where the report was filed, not where the name lies
        # ("JUBA, Nov 12 (Reuters) - troops fired on civilians in NASIR COUNTY" is somewhere in South
        # Sudan, not at Juba's point with a city's precision; a part of a city stays: "TAKSIM SQUARE")
        return _country_place(place.country) or place
    return place


# Kinds of place a city holds, whose unresolved name a dateline's city does anchor (not role_words'
# FACILITY_NOUNS: a base, a field, a mine, a dam or a checkpoint lies anywhere in the country)
_URBAN_KINDS = frozenset({"square", "street", "avenue", "road", "boulevard", "bridge", "neighbourhood", "neighborhood",
                          "quarter", "suburb", "market", "bazaar", "hospital", "university", "stadium", "mosque",
                          "church", "cathedral", "park", "palace", "airport", "station", "prison", "embassy"})


# ---------------------------------------------------------------------------------- entry point

@dataclass
class LocationCandidate:
    """One place of the trigger's sentence as both rankers see it.

    ``cost`` is the cheapest dependency-path cost from the trigger (None: no path within
    ``FAR_COST``), ``steps`` that path as labels (``_path_steps``), ``strong`` whether the
    sentence names it in a locative slot, ``rule_key`` the rule ranker's sort key (None where
    the rules rule it out), ``offset`` where the doc starts in the article.
    """

    place: Place
    root: Any
    cost: float | None
    steps: tuple[str, ...]
    strong: bool
    rule_key: tuple[float, int, int] | None
    offset: int = 0  # where the doc starts in the article: ``place.start - offset`` is a doc offset


def location_candidates(token: Any, head: Any, places: list[Place], *, lo: int, hi: int,
                        offset: int) -> list[LocationCandidate]:
    """Every place of the trigger's sentence (resolved and unresolved), with its path from the trigger.

    Arguments as for ``event_location``; training builds its examples with this same function,
    so the learned ranker sees exactly the candidates it will rank at inference.
    """
    doc = token.doc
    sent = sentence_of(token)
    resolved: list[tuple[Place, Any]] = []
    context: list[Place] = []
    for p in places:
        if lo <= p.start - offset and p.end - offset <= hi:
            root = _root_of(doc, p.start - offset, p.end - offset)
            if root is not None:
                resolved.append((p, _named_after_its_kind(root)))
        elif "unresolved" not in p.flags:
            near = _root_of(doc, p.start - offset, p.end - offset) if 0 <= p.start - offset < len(doc.text) else None
            if near is not None and _origin_of_people(near):
                continue  # (where people come from anchors no name: "one peacekeeper FROM ZAMBIA")
            # shifted so that anchoring measures distance in doc offsets
            context.append(Place(**{**p.__dict__, "start": p.start - offset, "end": p.end - offset}))
    cands = resolved + _unresolved(doc, sent, resolved, offset, context=context)
    inside = _group_name_tokens(sent)
    cands = [(p, r) for p, r in cands
             if r.i not in inside and not _names_a_person(r) and not _hyphened_to_participle(r)]
    if not cands:
        return []
    roots = {r.i for _, r in cands}
    starts = [token] if head is token else [token, head]
    parents: dict[int, tuple[Any, str]] = {}
    costs = _path_costs(starts, roots, FAR_COST, parents=parents)
    out: list[LocationCandidate] = []
    for p, r in cands:
        c = costs.get(r.i)
        strong = _locative_slot(r) == "strong"
        key: tuple[float, int, int] | None = None
        if c is not None and (c <= MAX_COST or strong):
            # beyond MAX_COST only a place named as one counts; a resolved name wins a tie
            key = (round(c + (0.2 if "unresolved" in p.flags else 0.0), 3), _SPECIFICITY.get(p.feature, 3),
                   abs(r.i - token.i))
        out.append(LocationCandidate(p, r, c, _path_steps(r, parents) if c is not None else (), strong, key, offset))
    return out


def rule_choice(cands: list[LocationCandidate]) -> LocationCandidate | None:
    """The hand-tuned ranker: the cheapest candidate the rules allow, the more specific on a tie."""
    allowed = [c for c in cands if c.rule_key is not None]
    return min(allowed, key=lambda c: c.rule_key or ()) if allowed else None


def _there(token: Any, head: Any) -> Any | None:
    """The previous sentence, when the trigger's place is the adverb "there" ("deployed there")."""
    doc = token.doc
    if not doc.has_annotation("SENT_START"):
        return None
    for h in {token.i: token, head.i: head}.values():
        if any(c.dep_ == "advmod" and c.lower_ == "there" for c in h.children):
            start = h.sent.start
            return doc[start - 1].sent if start > 0 else None
    return None


# "killed in a raid west of THE CITY": a settlement named before, referred to by its kind
_SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "capital"})
# Bare words of an area, which name the last area or town told of ("attacked a base IN THE AREA")
# (not "the region", as often a part of the world: "hopes for better times spread over the Middle East
# … visits to THE REGION")
_AREA_ANAPHORS = frozenset({"area", "province", "district"})
_ANAPHORS = _SETTLEMENT_NOUNS | _AREA_ANAPHORS
# what a path from the trigger to such a phrase may pass through ("shelled positions in the
# city", "were killed in a raid west of the city"; not a subject: "clashes in the city forced")
_ANAPHOR_PATH = frozenset({"prep", "pobj", "advmod", "npadvmod", "compound", "advcl", "amod", "conj", "dobj",
                           "nsubjpass"})


def _settlement_anaphor(token: Any, head: Any) -> Any | None:
    """The bare "the city/town/village" of a phrase under the trigger (or its clause head) that
    says where it happened: no name, no "of X" and no possessor of its own."""
    sent = sentence_of(token)
    starts = {token.i, head.i}
    for t in sent:
        prep = t.head
        entered = t.dep_ == "dobj" and prep.i in starts  # ("the rebels ENTERED THE TOWN")
        if t.lemma_.lower() not in _ANAPHORS or t.dep_ != "pobj" and not entered or not entered and not (
                prep.lower_ in _LOCATIVE_PREPS or prep.lower_ == "of" and prep.head.lower_ in _AREA_NOUNS):
            continue  # (a part of the city: "west of the city", "the outskirts of the town")
        if [c.lower_ for c in t.children if c.dep_ == "det"] != ["the"] or any(
                c.dep_ in ("compound", "poss", "prep", "amod", "appos") for c in t.children):
            continue
        node, steps = t, 0
        while node.i not in starts and node.dep_ in _ANAPHOR_PATH and node.head.i != node.i and steps < 7:
            node, steps = node.head, steps + 1
        if node.i in starts:
            return t
    return None


def _a_town(place: Place) -> bool:
    """Whether a place is a name the gazetteer lacks, put at what the text ties it to ("the town of
    KALEHE in South Kivu"), which a later "the town" may stand for."""
    return "unresolved" in place.flags and "unmapped" not in place.flags


def _antecedent(places: list[Place], before: int, *, capital: bool = False, area: bool = False) -> Place | None:
    """The last town or city named before article offset ``before``: what "the city" refers to;
    ``capital``: the last national capital named ("marched in Lima … in THE CAPITAL"); ``area``:
    the last province, district or town ("killed 25 fighters in the Lower Shabelle region … had
    attacked a base IN THE AREA")."""
    kinds = ("city", "admin1", "admin2", "region") if area else ("city",)
    # (not the dateline's city, where the report was filed: "JERUSALEM (AP) - settlers set fire to a
    # mosque in the village of Deir Istiya … soldiers were dispatched to THE VILLAGE")
    # (or a town the geoparser did not know, put where the text says it is: "the town of Kalehe")
    named = [p for p in places if p.end <= before and (p.feature in kinds or p.feature == "other" and _a_town(p))
             and p.lat is not None and not (p.start == 0 and p.text.isupper())]
    if capital:
        gaz = _gazetteer()
        named = [p for p in named if gaz is not None and p.country is not None
                 and (city := gaz.capital(p.country)) is not None and city.geonameid == p.geonameid]
    if not named:
        return None
    p = max(named, key=lambda q: q.end)
    return Place(**{**p.__dict__, "flags": [*p.flags, *(["antecedent"] if "antecedent" not in p.flags else [])]})


def _whose_clause(token: Any, head: Any) -> Any | None:
    """The relative clause holding the event when it is about what its antecedent owns: in
    "Iraq, whose military targets have been bombed", the targets are Iraq's, so the bombing was
    in Iraq (both rankers would read the antecedent as someone the clause describes)."""
    for verb in (token, head):
        if verb.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass", "dobj")
                                        and any(g.tag_ == "WP$" for g in c.children) for c in verb.children):
            return verb
    return None


def event_location(token: Any, head: Any, places: list[Place], *, lo: int, hi: int, offset: int,
                   exclude: frozenset[tuple[int, int]] = frozenset(), earlier: Sequence[Place] = (),
                   _follow: bool = True) -> Place | None:
    """Where the event of ``token`` (its clause head ``head``) happened, among ``places``.

    token (Token): the trigger; head (Token): the token carrying its clause (a light verb).
    places (list): the chunk's resolved places, article offsets; ``offset`` is where the doc
        starts in the article; ``lo``/``hi`` bound the trigger's sentence (doc offsets).
    exclude: (start, end) article offsets of places that are no candidate (the country a
        statement is addressed to: "Ethiopia accused Eritrea" did not happen in Eritrea).
    earlier: places of the article's chunks before this one, which "the town" may name again.
    RETURNS (Place | None): the place the event is attached to, or None when the sentence names
        no place for this event. The learned ranker (``watchfloor.learn.evloc``) decides when
        its weights are in use, else the rules. "there" points back to the previous sentence.
    """
    prev = _there(token, head) if _follow else None
    if prev is not None:
        # "Units were deployed there": the place is the previous sentence's, not one this
        # sentence names for something else ("raising concerns in Tripoli")
        root = prev.root
        return event_location(root, root, places, lo=prev.start_char, hi=prev.end_char, offset=offset,
                              _follow=False)
    # ruled out for both rankers here; training keeps every candidate (filtering the training
    # lists too was measured no better, docs/learning.md)
    listed = location_candidates(token, head, places, lo=lo, hi=hi, offset=offset)
    cands = [c for c in listed if not elsewhere(c.root, token) and (c.place.start, c.place.end) not in exclude]
    if token.dep_ == "conj" and any(c.steps[:1] and c.steps[0].startswith(("prep:", "down:")) and c.rule_key is not None
                                    for c in cands):
        # a place of the verb's own clause before one of the verb it is joined to: "burned a police
        # station in Douala and CLASHED with security forces in the capital YAOUNDE"
        cands = [c for c in cands if c.steps[:1] != ("up:conj",)]
    # (a capital named by its country's demonym is the dateline's city named again: "MOGADISHU - a
    # car bomb exploded near a base in THE SOMALI CAPITAL")
    datelined = {c.place.geonameid for c in cands if dateline_dash(c.root) is not None}
    # (not a part of the country told by its direction: "BAGHDAD, Iraq - … a base in WESTERN IRAQ",
    # "QAMISHLI, Syria - … in the Kurdish-run NORTHEAST OF SYRIA")
    cands = [c for c in cands if dateline_dash(c.root) is not None or c.place.feature != "country"
             or _capital_meant(c.place, token.doc.text, offset).geonameid not in datelined
             or _a_part_named(c.root)]
    filed = [dateline_dash(c.root) is not None for c in cands]
    home = {c.place.country for c, f in zip(cands, filed) if f}
    passed_over = False  # (the dateline set aside for a place the sentence names)
    dropped: list[LocationCandidate] = []
    away = bool(home) and _tells_of_away(token)  # (asked only where there is a dateline)
    if any(filed) and all(f or _names_the_doers_state(c, token, head, home) or _a_persons_state(c)
                          for c, f in zip(cands, filed)):
        # the dateline's own country named as the doer or whose a thing is ("TEHRAN - IRAN executed",
        # "KATHMANDU - NEPAL'S prime minister resigned") adds no other place, nor a state a person is
        # of ("MINSK - Belarus released prisoners, including a US citizen")
        cands = [c for c, f in zip(cands, filed) if f]
        filed = [True] * len(cands)
    elif any(filed) and any(not f and (c.rule_key is not None or c.place.feature in ("admin1", "admin2", "city"))
                            for c, f in zip(cands, filed)):
        # "BOGOTA, Colombia (Reuters) — guerrillas kidnapped two soldiers in … Arauca": the dateline
        # is where the report was filed; a place the sentence names comes first (also a state
        # or a town the parse does not tie to the verb: "from a church in Nigeria's KOGI state")
        dropped = [c for c, f in zip(cands, filed) if f]
        cands = [c for c, f in zip(cands, filed) if not f]
        filed = [False] * len(cands)
        passed_over = True
    if filed and all(filed) and any(c.place.country not in home and _doer_root(c.root, token, head) for c in listed):
        cands, filed = [], []  # (nor where another state acted: "LONDON - … MOSCOW'S expulsion of …")
    if filed and all(filed) and not away:
        # only the dateline's place: where the report was filed is the event's place when the
        # sentence names no other, whatever the ranker makes of its letters ("TBILISI (Reuters) -
        # police detained 30 protesters": an all-capital name the tagger reads as a firm scored
        # under the threshold, KYIV above it) - unless it tells of somewhere away from the city
        # without naming it ("the deployment of units NEAR ITS SOUTHERN BORDER"); the dateline
        # country's name where the rules see no place in it ("NEPAL'S prime minister resigned")
        # adds no other
        return _capital_meant(cands[0].place, token.doc.text, offset)
    clause = _whose_clause(token, head)
    best = None
    if clause is not None and not any(clause.left_edge.i <= c.root.i <= clause.right_edge.i and c.rule_key is not None
                                      for c in cands):  # (a place of the clause's own comes first)
        best = next((c for c in cands if c.root.i == clause.head.i), None)
    if best is None and cands:
        from watchfloor.learn.evloc import active_model

        model = active_model()
        best = model.choose(token, head, cands) if model is not None else rule_choice(cands)
        if best is not None and dateline_dash(best.root) is not None and away:
            best = None  # (nor the ranker's pick, when the sentence tells of somewhere away)
    if best is not None:
        return _capital_meant(best.place, token.doc.text, offset)
    part = next((c for c in listed if c.place.feature == "country" and _a_part_named(c.root)
                 and not elsewhere(c.root, token) and (c.place.start, c.place.end) not in exclude), None) \
        if home else None
    if part is not None:
        # a part of a country told by its direction, away from the dateline's city: that country
        # ("ISLAMABAD - a bomb exploded near a police van in PAKISTAN's northwest")
        return part.place
    if any(filed) and not all(filed) and not away:
        # the ranker took none of the places, the dateline's city among them, and the others are
        # none the rules see a place of the event in: where the report was filed, as when it is
        # the only place ("WARSAW, Poland - POLAND has charged a man after a railway line used to
        # ship aid to Ukraine was damaged")
        return _capital_meant(next(c for c, f in zip(cands, filed) if f).place, token.doc.text, offset)
    if filed and all(filed) and away or passed_over:
        # somewhere away from the dateline's city, unnamed, in its country named for the doer: the
        # country ("COLOMBO - SRI LANKA's navy arrested 18 fishermen in its waters off the northern coast");
        # so too where the places the sentence names are none of the event's ("CARACAS - VENEZUELA
        # released 10 U.S. citizens in exchange for migrants deported to El Salvador")
        # (where something was sent, where it went: "RABAT - Morocco deployed troops TO THE BUFFER
        # ZONE IN WESTERN SAHARA"; else the doer's own state, not one named in another clause)
        end = _destination(token, head, listed)
        if end is not None:
            return end.place
        state = next((c for c in listed if c.place.feature == "country" and c.place.country in home
                      and dateline_dash(c.root) is None and not elsewhere(c.root, token)
                      and _of_the_doer(c.root, token, head)), None)
        if state is not None:
            return state.place
        again = next((c for c in cands if c.place.geonameid in datelined), None)
        if passed_over and not away and (again is not None or all(_names_a_party(c.root) for c in cands)):
            # the dateline set aside for places the ranker takes for none of the event's, and no state
            # of the doer's: where the report was filed, where the sentence names it again ("MOSCOW - A
            # MOSCOW court sentenced a former minister") or names others only to say which party it
            # speaks of ("NIAMEY - Niger's junta nationalised a mine run by ORANO", "LEBANON (AP) - …
            # the trial of an OHIO man"; not a place the act's phrase names: "took control of the
            # prison IN GUAYAQUIL after a riot")
            return _capital_meant((again or dropped[0]).place, token.doc.text, offset)
    # "was killed when their car was hit in a raid west of THE CITY": the city named before
    anaphor = _settlement_anaphor(token, head) if _follow else None
    if anaphor is None:
        return None
    # (also a paragraph before: "M23 rebels seized the town of KALEHE … ¶ The rebels entered THE TOWN")
    return _antecedent([*earlier, *places], anaphor.idx + offset, capital=anaphor.lemma_.lower() == "capital",
                       area=anaphor.lemma_.lower() in _AREA_ANAPHORS)


def _of_the_doer(root: Any, token: Any, head: Any) -> bool:
    """Whether a place's name is the subject of the trigger's clause or says whose it is ("SRI
    LANKA's navy arrested", "KOSOVO police closed"; not a party inside it: "Fighting between SOUTH
    SUDAN's army and the militia has killed")."""
    verb = head if head.pos_ in ("VERB", "AUX") else token
    doer = root.head if root.dep_ in ("poss", "compound", "amod", "nmod") else root
    while doer.dep_ == "compound" and doer.head.i != doer.i:
        doer = doer.head  # ("ECUADOR's President Daniel Noboa declared": the name's head)
    if doer.dep_ in ("appos", "conj") and dateline_dash(doer.head) is not None and dateline_dash(doer) is None:
        doer = doer.head  # (hung on a dateline the parser made the subject: "PYONGYANG - NORTH KOREA test-fired")
    return doer.dep_ in ("nsubj", "nsubjpass") and doer.head.i == verb.i


def _destination(token: Any, head: Any, cands: list[LocationCandidate]) -> LocationCandidate | None:
    """The place among ``cands`` the trigger's clause says something went to ("deployed troops TO
    the buffer zone in WESTERN SAHARA"; none in "fired missiles into the sea")."""
    ends = [c for t in {token, head} for c in t.children
            if c.dep_ == "prep" and c.lower_ in ("to", "into", "toward", "towards") and c.i > t.i]
    return next((c for e in ends for c in cands if e.left_edge.i <= c.root.i <= e.right_edge.i), None)


def _doer_root(root: Any, token: Any, head: Any) -> bool:
    """Whether a place's name is the doer of the trigger: its subject, or its owner ("MOSCOW'S
    expulsion")."""
    return root.dep_ in ("nsubj", "poss") and root.head.i in (token.i, head.i)


def _names_the_doers_state(cand: LocationCandidate, token: Any, head: Any, home: set[str | None]) -> bool:
    """Whether a candidate is the dateline's own country named for who acted or whose a thing is,
    not as a place: the subject or owner of the trigger, or a name the rules see no place in."""
    return cand.place.feature == "country" and cand.place.country in home and (
        cand.rule_key is None or _doer_root(cand.root, token, head))


def _a_persons_state(cand: LocationCandidate) -> bool:
    """Whether a candidate is a country naming whose citizen, envoy or chief a person is ("a US
    citizen", "sanctions on SUDAN'S army chief"), which says nothing of where the event was: a
    modifier the rules see no place in, or an owner."""
    root, noun = cand.root, cand.root.head
    if cand.place.feature != "country" or noun.pos_ != "NOUN" or _is_place_noun(noun):
        return False
    lem = noun.lemma_.lower()
    person = lem in _PEOPLE_NOUNS or lem in _ROLE_NOUNS or lem.endswith(("man", "woman", "person"))
    # (a citizenship says nothing of where, even in the object: "sentenced A U.S. CITIZEN to 12 years")
    modifier = root.dep_ in ("compound", "amod", "nmod") and (cand.rule_key is None or lem in _CITIZENS)
    return person and (root.dep_ == "poss" or modifier)


# People named by the state they belong to, not by where they are
_CITIZENS = frozenset({"citizen", "national", "passport-holder", "subject"})



def _tells_of_away(token: Any) -> bool:
    """Whether the trigger's sentence tells of somewhere away from a dateline's city without naming
    it ("near its southern BORDER", "a VILLAGE in the north"): asked only of a dateline pick."""
    # (not a word that only names a kind of thing: "conspiring against STATE security", "state media")
    # (nor a part of the city: "in the SOUTH OF THE LIBYAN CAPITAL")
    # (nor a word of a name: "IVORY COAST's opposition")
    return any(t.lemma_.lower() in _AWAY_WORDS and not _in_a_name(t) and not (
        t.dep_ in ("compound", "amod") and t.head.lemma_.lower() not in _AWAY_WORDS | _PLACE_HEADS)
        and not _part_of_the_city(t) and not _in_front_of(t) and not _condition_word(t) and not _no_front_line(t)
        for t in sentence_of(token))


# Words that make a "line" one between sides ("the FRONT line", "the line OF CONTACT")
_FRONT_WORDS = frozenset({"front", "frontline", "contact", "control", "demarcation", "ceasefire", "armistice",
                          "battle", "defence", "defense", "border"})


def _no_front_line(word: Any) -> bool:
    """Whether "line" names no line between sides: "a railway LINE", "a power line"."""
    return word.lower_ in ("line", "lines") and not any(t.lower_ in _FRONT_WORDS for t in word.subtree)


def _names_a_party(root: Any) -> bool:
    """Whether a place's name only says which party is meant: a modifier of its noun ("A MOSCOW
    court", "an OHIO man", "ISTANBUL's mayor", "MADISON COUNTY commissioners") or the doer of a
    passive ("a mine run BY ORANO"); not of a place's own noun ("ESTONIAN airspace", "the GAZA border")."""
    if root.dep_ in ("compound", "amod", "poss", "nmod"):
        return not _is_place_noun(root.head) and root.head.lemma_.lower() not in _STATE_GROUND
    return root.dep_ == "pobj" and root.head.dep_ == "agent"


def _in_a_name(word: Any) -> bool:
    """Whether a capitalised word ends a name of several ("Ivory COAST", "the West BANK")."""
    return word.i > 0 and word.text[:1].isupper() and word.nbor(-1).text[:1].isupper() \
        and word.pos_ == "PROPN" and word.nbor(-1).pos_ == "PROPN" and not word.is_sent_start


def _condition_word(word: Any) -> bool:
    """Whether "state" names a condition, no state of a country: "the STATE OF EMERGENCY", "the
    state of public hospitals" (not "the state of Kogi")."""
    return word.lower_ == "state" and any(
        g.pos_ != "PROPN" for p in word.children if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children if g.dep_ == "pobj")


def _a_part_named(root: Any) -> bool:
    """Whether a country's name is told with a direction, naming a part of it: "WESTERN Iraq", "the
    Kurdish-run NORTHEAST of Syria", "Pakistan's NORTHWEST", "CENTRAL Somalia"."""
    # (a lower-case one: "WESTERN Sahara", "South Sudan" are names)
    if any(c.dep_ in ("amod", "compound") and c.lower_.replace("-", "") in _PART_ADJECTIVES
           and c.text[:1].islower() for c in root.children):
        return True
    part = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else root.head if root.dep_ == "poss" \
        else None
    return part is not None and part.lower_.replace("-", "") in _DIRECTIONS and part.text[:1].islower()


def _in_front_of(word: Any) -> bool:
    """Whether "front" or "line" is a preposition's part, no front line: "IN FRONT OF the parliament
    building", "in line with"."""
    nxt = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return word.lower_ in ("front", "line") and word.i > 0 and word.nbor(-1).lower_ == "in" \
        and nxt is not None and nxt.lower_ in ("of", "with")


def _part_of_the_city(word: Any) -> bool:
    """Whether a direction word names a part of a city: "the south OF THE CAPITAL"."""
    return word.lemma_.lower() in _DIRECTIONS and any(
        g.lemma_.lower() in _SETTLEMENT_NOUNS for p in word.children if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children if g.dep_ == "pobj")


# Heads that keep a compound of a place word a place ("a BORDER crossing", "a border POST")
_PLACE_HEADS = frozenset({"crossing", "post", "area", "city", "point", "checkpoint", "base"})
# Words of a place away from a dateline's city that a sentence may name without a name
_AWAY_WORDS = frozenset({"border", "frontier", "coast", "coastline", "region", "province", "district", "countryside",
                         "village", "town", "camp", "front", "frontline", "desert", "mountain", "sea", "waters",
                         "zone", "line", "north", "south", "east", "west", "northeast", "northwest", "southeast",
                         "southwest", "outskirts", "enclave", "territory", "state"})


_CAPITAL_AFTER = re.compile(r"(?:'s|’s)? capital\b", re.IGNORECASE)
_CAPITAL_BEFORE = re.compile(r"\bcapital of (?:the )?$", re.IGNORECASE)


def _capital_meant(place: Place, text: str, offset: int) -> Place:
    """The capital city where a country stands for it: an event "in the Libyan capital", "in
    Yemen's capital" or "in the capital of Mali" happened there, not anywhere in the country. The
    mention keeps its offsets (the geoparser's country); flag ``capital``."""
    if place.feature != "country" or place.country is None or "capital" in place.flags:
        return place
    a, b = place.start - offset, place.end - offset
    if not (_CAPITAL_AFTER.match(text, b) or _CAPITAL_BEFORE.search(text[max(0, a - 20):a])):
        return place
    gaz = _gazetteer()
    city = gaz.capital(place.country) if gaz is not None else None
    if city is None:
        return place
    return Place(**{**place.__dict__, "name": city.name, "lat": city.lat, "lon": city.lon, "geonameid": city.geonameid,
                    "feature": "city", "admin1": city.admin1, "precision_km": city.precision_km,
                    "flags": [*place.flags, "capital"]})
