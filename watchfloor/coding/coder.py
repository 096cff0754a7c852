"""The event coder: a parsed sentence chunk → coded :class:`watchfloor.model.Event` records.

For each trigger (``triggers.find_triggers``) it fills the PLOVER type/mode/contexts, the CAMEO
code with its Goldstein score and quad class, the ACLED type (``acled.acled_for``), the actors
(``actors.find_actors`` when that module provides it, else a small subject/object finder), the
location (the place the trigger governs through "in/near/at…", else the sentence's place),
the date (``dates.resolve_date``), factuality and attribution (``factuality.factuality``) and a
confidence that ranks the main event of the sentence first.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from watchfloor.coding.acled import acled_for
from watchfloor.coding.actors import accuser, named_earlier, reciprocal_partner, roles_for, statement_recipient
from watchfloor.coding.border_location import border_location, with_border_distance
from watchfloor.coding.date_scope import date_scope
from watchfloor.coding.dates import LONG_SPANS, days_later, publication_day, resolve_date, span_days
from watchfloor.coding.factuality import factuality, toll_act
from watchfloor.coding.frames import (denied_act, denied_claim, in_statement, joined_statements, recode, statement_code,
                                      statement_root, weighs_cooperation)
from watchfloor.coding.inflect import lemma_candidates
from watchfloor.coding.location import event_location
from watchfloor.coding.ontology import cameo as cameo_entry
from watchfloor.coding.role_words import CLAIM_NOUNS, FIGHT_NOUNS, MEASURE_NOUNS, PLACE_NOUNS, TRYING_VERBS
from watchfloor.coding.triggers import Trigger, called_wrong, cues, find_triggers, sentence_of, trigger_code
from watchfloor.learn.events import adapt_event
from watchfloor.model import Actor, Article, Event, Place, TextSpan

__all__ = ["code_events"]

_FACT_FACTOR = {"asserted": 1.0, "reported": 0.95, "future": 0.7, "speculative": 0.6, "negated": 0.5}
_CONTEXT_WORDS: dict[str, tuple[str, ...]] = {
    "military": ("army", "troop", "soldier", "military", "armed forces", "navy", "air force", "marines"),
    "border": ("border", "frontier", "crossing"),
    "terrorism": ("terror", "jihadist", "islamic state", "isis", "al-qaeda", "al qaeda", "al-shabaab", "boko haram"),
    "economic": ("econom", "trade", "tariff", "investment", "oil", "gas pipeline"),
    "election": ("election", "vote", "ballot", "polls"),
    "human_rights": ("human rights",),
    "migration": ("migrant", "refugee", "asylum seeker"),
    "crime": ("smuggl", "trafficking", "drug"),
    "cbrn": ("chemical", "nuclear", "biological"),
}


def _contexts(base: tuple[str, ...], text: str, location: Place | None) -> list[str]:
    out = list(base)
    low = text.lower()
    for ctx, words in _CONTEXT_WORDS.items():
        if ctx not in out and any(w in low for w in words):
            out.append(ctx)
    if location is not None and location.feature == "border" and "border" not in out:
        out.append("border")
    return out


# subordinators and prepositions that make a clause or phrase the time frame of another event
_TEMPORAL = frozenset({"after", "before", "until", "till", "since", "once", "following", "prior", "upon",
                       "amid", "during", "when", "whenever"})
# attachments through which a noun phrase carries an event up to its clause (no clause boundary)
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "dative", "oprd", "agent",
                           "compound", "poss", "nmod", "appos", "prep", "npadvmod", "conj", "cc"})


def _toll_of_act(verb: Any, places: list[Place], offset: int) -> Any | None:
    """The act a toll participle after a comma tells the toll of, where it names no place of its own:
    "clashes broke out in Zawiya, KILLING four" (not "…, wounding five villagers IN KFAR TIBNIT")."""
    gov = verb.head
    if not (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in _TOLL_VERBS and gov.i < verb.i
            and verb.doc[verb.i - 1].text == "," and (trigger_code(gov) is not None or any(
                c.dep_ == "nsubj" and trigger_code(c) is not None for c in gov.children))):
        return None  # (the act a verb or its subject names: "CLASHES broke out …, killing four")
    lo, hi = verb.left_edge.idx + offset, verb.right_edge.idx + len(verb.right_edge) + offset
    if any(lo <= p.start < hi for p in places) or any(
            t.ent_type_ in ("GPE", "LOC", "FAC") or t.dep_ == "pobj" and t.head.lower_ in _LOCATIVE_PREPS and (
                t.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children))
            for t in verb.subtree):
        return None  # (a name the geoparser left to the location search counts: "in KFAR TIBNIT", "in the
        # KAFR SOUSAH area")
    return gov


def _marker(tok: Any) -> str | None:
    """The subordinator of a clause ("after", "to", "as"), or the preposition over a phrase."""
    for c in tok.children:
        if c.dep_ in ("mark", "aux") and c.i < tok.i and c.lower_ in _TEMPORAL | {"to", "as", "while", "because", "if"}:
            return c.lower_
    if tok.dep_ == "pcomp" or tok.dep_ == "pobj":
        return tok.head.lower_ if tok.head.dep_ in ("prep", "agent") else None
    return None


def _link_factor(t: Any, first: bool) -> float:
    """How much being attached to its governor demotes the clause or phrase headed by ``t``."""
    dep, gov = t.dep_, t.head
    speech = cues()["speech_verbs"]
    if dep == "conj":
        return 0.95
    if dep in ("ccomp", "parataxis"):
        # "X said (that) …": the reported event is the sentence's main event
        return 1.0 if gov.lemma_.lower() in speech else 0.85
    if dep == "xcomp":
        return 0.85 if first else 0.9
    if dep in ("advcl", "pcomp"):
        m = _marker(t)
        if first and _bare_toll(gov) and _led_by(t, ("when", "as", "after")):
            return 1.1  # "20 were killed WHEN rebels attacked the base": the attack; the toll is its outcome
        if m in _TEMPORAL:
            return 0.5  # "after/before/until X": the time frame of the main event
        if m == "to":
            return 0.7  # a purpose clause: what the act was for
        return 0.6
    if dep in ("relcl", "acl"):
        return 0.6
    if dep in ("amod", "advmod", "csubj", "csubjpass"):
        return 0.6 if first else 0.8
    if dep == "pobj" and gov.dep_ in ("prep", "agent") and gov.lower_ in _TEMPORAL:
        return 0.6  # "after the attack", "following talks"
    if dep == "prep" and t.lower_ in _TEMPORAL and not first:
        return 1.0  # the temporal preposition was counted at its object
    if first:
        return 0.8
    return 1.0 if dep in _NOMINAL_DEPS else 0.85


# Verbs of detaining, and the sectors of a state's own forces and offices that detain
_DETAINING = frozenset({"arrest", "detain"})
_STATE_HOLDERS = frozenset({"MIL", "COP", "GOV", "SPY", "JUD"})

# Verbs that silence an outlet when it is what they are done to
_SILENCING = frozenset({"suspend", "ban", "halt", "stop", "shut", "close"})


def _names_the_measure(actor: Actor, doc: Any) -> bool:
    """Whether an actor phrase is the restriction itself ("a state of emergency", "martial law")."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.lemma_.lower() in MEASURE_NOUNS


def _own_object(verb: Any, comp: Any) -> bool:
    """Whether a verb names its own matter, so an infinitive after it is a purpose, not its
    complement: "agreed TO A CEASEFIRE to end the fighting"; or its own day, which its complement
    does too, so that two acts are told: "agreed ON THURSDAY to reopen the crossing ON MONDAY" (but
    "refused ON SATURDAY to recognise the governor" is one refusal; a span the complement lasts is
    no day of its own: "agreed on Monday to extend a ceasefire FOR ANOTHER WEEK" is one)."""
    return any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("to", "on", "upon") and not (
        _names_a_day(c) and not any(_names_a_day(d) for d in comp.children
                                    if d.dep_ == "prep" and d.lower_ not in ("for", "within", "over")))
        for c in verb.children)


def _names_a_day(prep: Any) -> bool:
    """Whether a preposition's object is a day or a time ("refused ON SATURDAY to recognise")."""
    return any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in prep.children)


def _led_by(clause: Any, words: tuple[str, ...]) -> bool:
    """Whether a clause opens with one of these subordinators ("WHEN rebels attacked", "AS they
    shopped"); the parser makes "when" an adverb and "as" a marker."""
    return any(m.dep_ in ("mark", "advmod") and m.i < clause.i and m.lower_ in words for m in clause.children)


# casualty verbs: a toll ("were killed", "wounded"); shooting and hurting count too for its place
_CASUALTY_VERBS = frozenset({"kill", "wound", "injure", "die"})
_TOLL_VERBS = _CASUALTY_VERBS | {"hurt", "shoot"}
_FIGHT_PREPS = frozenset({"in", "during", "after", "amid", "following"})
_CIRCUMSTANCE = ("while", "as", "when")


def _bare_toll(verb: Any) -> bool:
    """A passive casualty report that names no one who did it: "at least 20 people were killed"."""
    return (verb.lemma_.lower() in _CASUALTY_VERBS and verb.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in verb.children)
            and not any(c.dep_ == "agent" for c in verb.children))


def _main_factor(trig: Trigger) -> float:
    """How much a trigger looks like the sentence's main event: the product of what each clause
    boundary between it and the sentence root costs (a subordinate, adverbial or relative clause,
    a temporal or purpose clause, a noun phrase), so a predicate nested in a clause nested in
    another ranks below the main clause's own predicate."""
    h = trig.head
    f = 1.0
    t, first, steps = h, True, 0
    while t.dep_ != "ROOT" and t.head.i != t.i and steps < 12:
        f *= _link_factor(t, first)
        first, t, steps = False, t.head, steps + 1
    if trig.nominal and trig.head is trig.token:
        f *= 0.8 if trig.token.dep_ in ("nsubj", "nsubjpass", "ROOT") else 0.7
    return f


_COUNTED = re.compile(r"\b(?:hundreds?|thousands?|dozens?|scores?|several|many|some|\d[\d,]*)\b", re.I)


def _told_as_done(verb: Any) -> bool:
    """A verb in a past tense of its own ("rejected", "has rejected", "was rejected"), whose
    event took place by the time of writing."""
    if verb.tag_ == "VBD":
        return not any(c.dep_ == "aux" for c in verb.children)
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and bool(auxes) and all(a in ("has", "have", "had", "was", "were", "been") for a in auxes)


def _clause_verb(head: Any) -> Any:
    """The verb that tells an event noun in its clause's tense: the subject's verb ("THE FIGHTING
    PITTED the Radaa force against units loyal to the government", "a CEASEFIRE WAS REAFFIRMED in
    May") or the verb of the toll told in it, else the head itself."""
    if head.pos_ == "NOUN" and head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    prep = head.head
    if head.pos_ == "NOUN" and head.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ("in", "during", "under") \
            and prep.head.pos_ == "VERB":
        return prep.head  # "five attackers WERE KILLED in a GUNFIGHT", "they CAME under ATTACK": the clause's verb
    return head


def _months_apart(verb: Any) -> bool:
    """Whether a clause is set months or years from its sentence's moment ("the move comes MONTHS
    AFTER Algeria's military shot down a Malian drone"): with no date words of its own it has no
    day, and the publication day is not it."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in verb.children) \
        and any(c.dep_ in ("npadvmod", "dep") and c.lemma_.lower() in LONG_SPANS and c.i < verb.i
                for c in verb.children)


def _told_of_the_day(verb: Any, *, counted: bool = False) -> bool:
    """A clause in the simple past ("repelled", "were killed", "had returned fire") that no
    subordinator sets at another moment and no "separately" or "earlier" sets apart: the kind of
    sentence that tells more of the incident the story opened with. ``counted``: the sentence
    counts the days after it ("two days later"), which a bare "later" does not."""
    perfect = [verb, verb.head] if verb.dep_ == "conj" and not any(c.dep_ == "aux" for c in verb.children) else [verb]
    if not _told_as_done(verb) or any(c.dep_ == "aux" and c.lower_ in ("has", "have") for v in perfect
                                      for c in v.children):
        return False  # (a present perfect tells a state lasting till now; "has declared … and IMPOSED" too)
    if any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until", "once") for c in verb.children):
        return False
    if counted:
        return True
    if any(c.dep_ == "advmod" and c.lower_ in ("later", "subsequently") for c in verb.children):
        return False  # "Police LATER arrested two suspects": a day after the incident's
    opening = [t for t in verb.sent if not t.is_space][:4]
    # ("ANOTHER 30 people were wounded": more of the same toll, not another incident)
    return not any(t.lower_ in _SET_APART and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].like_num)
                   for t in opening)



# Words that open a sentence about another incident or time: "SEPARATELY, …", "IN A SEPARATE attack",
# "Police LATER arrested"
_SET_APART = frozenset({"separately", "separate", "another", "elsewhere", "meanwhile", "earlier", "previously",
                        "later", "subsequently"})
# How far back the day of the story's incident is taken (a week: "on Thursday" in a Monday story)
_STORY_DAYS = 7


def _dated_by_the_story(events: list[Event], tokens: list[Any], undated: dict[int, int], *,
                        earlier: Sequence[Event], text: str, published: str | None) -> list[Event]:
    """Events told in the past with no date of their own that take the day of the incident told
    just before them: "Al-Shabaab militants stormed a base ON THURSDAY … ¶ Somalia's army said it
    REPELLED the assault" was repelled on Thursday, not on the publication day. The day comes from
    the latest earlier event of the same or the previous paragraph whose own words dated it within
    the week before publication, moved by the days the sentence counts after it ("bombed RSF
    positions THE FOLLOWING DAY"); the event is flagged ``date_from_story``. ``undated``: the
    trigger starts of such events, with those days; ``tokens``: the events' trigger tokens."""
    pub = publication_day(published)
    if pub is None:
        return events
    # sentences whose main clause tells a reaction in words, of no day of its own: the act joined
    # to it is of its time ("Maduro CONDEMNED the strikes … and ordered the mobilisation of 200,000
    # troops"; not "Israel, which has VOWED to protect the Druze, said its aircraft struck …")
    reacting = {e.evidence.start for e, t in zip(events, tokens) if e.quad_class in (1, 3)
                and e.date == pub.isoformat() and e.factuality in ("asserted", "reported")
                and all(a.dep_ in ("ROOT", "conj") for a in (t, *t.ancestors))}
    out = []
    for ev in events:
        if ev.trigger.start in undated and ev.evidence.start not in reacting:
            # (the events before as dated so far: a day taken from the story is passed on to the
            # next paragraph's "three civilians were killed by stray bullets")
            day = _story_day(ev, [*earlier, *out], text=text, pub=pub)
            moved = date.fromisoformat(day) + timedelta(days=undated[ev.trigger.start]) if day is not None else None
            if moved is not None and moved <= pub:
                ev = dataclasses.replace(ev, date=moved.isoformat(), date_end=None, date_precision="day",
                                         flags=[*ev.flags, "date_from_story"])
        out.append(ev)
    return out


def _story_day(ev: Event, before: list[Event], *, text: str, pub: date) -> str | None:
    """The day of the latest event before ``ev`` in the same or the previous paragraph that its
    own words date within the week before publication, if that is the latest dated one."""
    for b in sorted(before, key=lambda e: e.evidence.start, reverse=True):
        if b.evidence.end > ev.evidence.start:
            continue  # (its own sentence: a date there was read already)
        if len(_PARAGRAPH_BREAK.findall(text, b.evidence.start, ev.evidence.start)) > 1:
            return None
        if b.date is None or b.date_precision != "day" or b.factuality not in ("asserted", "reported"):
            continue
        if "date_from_story" in b.flags and not b.quad_class == ev.quad_class == 4:
            continue  # a day passed on only from violence to violence (its toll, not the reactions)
        day = date.fromisoformat(b.date)
        if day == pub:
            continue  # no day of its own words (or this very day): look further back
        return b.date if 0 < (pub - day).days <= _STORY_DAYS else None
    return None


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _state_actor(actor: Actor | None) -> bool:
    """Whether an actor is a state or its officials acting as such ("Hungary", "Manila", "the
    foreign ministry"), not a crowd of its people or its officials ("Hundreds of Lebanese",
    "hundreds of Iraqi officials") nor a body inside it ("Switzerland's Social Democrats")."""
    if actor is None or _COUNTED.search(actor.text):
        return False
    if actor.sector in ("GOV", "LEG", "JUD"):
        return True
    words = [w for w in actor.text.split() if w.lower() != "the"]
    return actor.sector is None and actor.country not in (None, "IGO", "NGO") and len(words) <= 3 \
        and all(w[:1].isupper() for w in words) and "'s" not in actor.text and "\u2019s" not in actor.text


def _said(verb: Any) -> bool:
    """Whether a clause is what someone said ("X said Y must Z")."""
    return verb.dep_ in ("ccomp", "parataxis") and verb.head.lemma_.lower() in cues()["speech_verbs"]


def _reported_demand(trig: Trigger) -> bool:
    """A demand ("must") inside what someone said."""
    t = trig.token
    return trig.cameo.startswith("10") and _said(t) \
        and any(c.lower_ == "must" and c.dep_ in ("aux", "auxpass") for c in t.children)


def _reported_passive_threat(trig: Trigger) -> bool:
    """A threat told in a passive with no agent inside what someone said ("said any incursion
    would be met with force"): the speaker is who threatens."""
    t = trig.token
    return trig.cameo.startswith("13") and any(c.dep_ == "auxpass" for c in t.children) \
        and not any(c.dep_ == "agent" for c in t.children) and _said(t)


def code_events(doc: Any, *, article: Article, places: list[Place], offset: int = 0,
                earlier: Sequence[Event] = (), earlier_places: Sequence[Place] = ()) -> list[Event]:
    """Coded events of one parsed sentence chunk of ``article.text`` starting at ``offset``.

    doc: a spaCy Doc of ``article.text[offset:offset + len(doc.text)]``.
    places: resolved place mentions of the article (article offsets); those inside a sentence
        are candidates for its events' location.
    earlier: the events of the article's chunks before this one, which an act judged again
        ("Britain condemned THE SEIZURE") may name.
    earlier_places: the places of those chunks, which may tell which side of a border is meant.
    RETURNS: events with article offsets, in text order.
    """
    events: list[Event] = []
    text = article.text
    sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    statements = {s.start: statement_root(s) for s in sentences}
    stmt_codes = {k: statement_code(r) for k, r in statements.items() if r is not None}
    clauses: list[tuple[Any, float]] = []  # each event's clause head and confidence before the actor bonus
    tokens: list[Any] = []  # each event's trigger token
    governors: dict[int, str] = {}  # verbs whose complement carries their event ("refused to release": "12")
    said = [s for s in statements.values() if s is not None] + [c for s in sentences for c in joined_statements(s)]
    found = _with_statements(find_triggers(doc), said)
    as_found = {t.token.i: (t.cameo[:2], t.weight) for t in found}  # (root, weight) before any recoding
    envoys = _envoy_countries(doc) if found else []
    undated: dict[int, int] = {}  # events told in the past with no date words (trigger start: days after)
    defaulted: set[int] = set()  # trigger starts of events no date words dated (the publication day)
    tolled_by: dict[int, int] = {}  # toll participles with no place of their own: trigger token -> its act's
    placed_before = [*earlier_places, *_placed(earlier)]  # what "the town" may name again from earlier chunks
    for trig in found:
        sent = sentence_of(trig.token)
        stmt = statements.get(sent.start)
        claim = None
        weighed = False
        merged_into = None  # the governing verb this event's trigger absorbed ("refused to release")
        claimed_toll = stmt is not None and _told_of_the_claimed(trig.head, stmt)
        if stmt is not None and in_statement(trig.head, stmt) and not claimed_toll:
            code = stmt_codes[sent.start] if trig.head.i == stmt.i else None
            if code is None and stmt_codes[sent.start] == "014" and weighs_cooperation(stmt, trig.head, trig.cameo):
                # "is considering sending aid to X": a tentative willingness to cooperate, the
                # option weighed (CAMEO 014) coded as AGREE on the weighed act's trigger and roles
                code, weighed = "014", True
                trig.start = min(trig.start, stmt.idx)
            elif code is None or cameo_entry(code).plover is None:
                continue  # a public statement (CAMEO 01) and what it is about: no PLOVER event
            trig.cameo, trig.type, trig.mode = code, ("AGREE" if weighed else None), None  # 015 AGREE, 016 REJECT, 018 SUPPORT
            claim = denied_claim(stmt) if code == "016" else None  # a denial: REJECT of the accuser
        elif trig.head.pos_ in ("VERB", "AUX") and (own := statement_code(trig.head)) is not None:
            if cameo_entry(own).plover is None:
                continue  # a statement in a clause of its own: "…, and she declined to say how much"
            if own == "016":
                # a denial in a clause of its own is one too: "…, but it has previously DENIED
                # targeting civilians" (not a bare rejection of the civilians)
                trig.cameo, trig.type, trig.mode = own, None, None
                claim = denied_claim(trig.head)
            elif trig.cameo == "010":
                # a statement clause of its own, which names no event word: "…, but a faction of the
                # group CLAIMED RESPONSIBILITY"
                trig.cameo, trig.type, trig.mode = own, None, None
        s_text = sent.text
        ctx_text = " ".join(s.text for s in sentences) if len(sentences) < 4 else s_text
        fact, source = factuality(stmt if weighed else trig.head, trigger=stmt if weighed else trig.token)
        # (an announced act recoded as an intent still dates forward; not the aim of a past act,
        # whose dates are that act's: "met Kagame ON THURSDAY to discuss security")
        ahead = fact == "future" and not _aim_of_past_act(trig.head)
        changed = recode(cameo=trig.cameo, head=trig.head, fact=fact)
        if changed is not None:
            code, fact = changed
            trig.cameo, trig.type, trig.mode = code, None, None
            gov = trig.head.head
            own_root = as_found.get(gov.i, ("",))[0]
            vowed = code.startswith("13") and own_root == "03" and gov.lemma_.lower() in _VOWING
            if trig.head.dep_ == "xcomp" and (own_root == code[:2] or vowed) and not _own_object(gov, trig.head) and (
                    code.startswith("12") and gov.lemma_.lower() in cues()["negating_governors"]
                    or code.startswith("03") and gov.lemma_.lower() in cues()["intent_governors"] or vowed):
                # "refused to release the journalists" is one refusal (1243), "agreed to share
                # information" one intent (031), "vowed to fight on" one threat (1384): not also a
                # bare 120 or 030 on the governing verb. The trigger spans both words, the
                # governor's own event goes, and the governor's status and parties are the
                # event's ("X agreed …, the UN said").
                governors[gov.i] = own_root
                trig.start = min(trig.start, gov.idx)
                fact, source = factuality(gov, trigger=gov)
                if any(_names_a_day(c) for c in gov.children if c.dep_ == "prep"):
                    ahead = fact == "future"  # (the governor's day: "pledged ON THURSDAY to send" is past)
                merged_into = gov
                trig.weight = as_found[gov.i][1]  # ranked as the governing verb was
        if trig.cameo.startswith("15") and "peacekeep" in s_text.lower():
            trig.cameo, trig.type, trig.mode = "074", None, None  # troops for a peacekeeping force
        if trig.cameo[:2] in ("18", "19", "20") and _owns_the_attack(trig.token, trig.head):
            # "A suicide bomber killed eight people … The Al-Shabaab group SAID IT CARRIED OUT THE
            # ATTACK": the attack told before, owned by its doer: a claim of responsibility, no second attack
            trig.cameo, trig.type, trig.mode = _CLAIMED, None, None
            fact, source = "asserted", None
        spoken_threat = _reported_passive_threat(trig)
        if spoken_threat:
            fact = "asserted"  # "said any incursion WOULD BE MET with force": the threat is made in saying it
        ranked = trig if merged_into is None else dataclasses.replace(trig, token=merged_into, head=merged_into, nominal=False)
        base_conf = (0.3 + 0.7 * trig.weight) * _main_factor(ranked) * _FACT_FACTOR[fact]
        # --- issue 4: an analyst's own events model (`watchfloor train --task events`) may re-code
        # the event now that the rules' code is final. No model (the default): a no-op.
        adapted = adapt_event(trig, sentence=sent, fact=fact, confidence=base_conf,
                              key=(article.id, trig.start + offset, trig.end + offset))
        if adapted is not None and adapted.cameo is not None:
            trig.cameo, trig.type, trig.mode = adapted.cameo, None, None
        # --- end of the events-model hook
        entry = cameo_entry(trig.cameo)
        ptype = trig.type or entry.plover
        if ptype is None:
            continue  # public statements (CAMEO 01) are not PLOVER events
        a1, a2 = roles_for(ranked.token, doc=doc, ptype=ptype, head=ranked.head)  # (a merged event's governor)
        if claimed_toll and (a1 is None or a1.code is None):
            a1 = roles_for(stmt, doc=doc, ptype=ptype)[0] or a1  # whoever claims the bombing that killed them
        if trig.cameo == "160" and a2 is not None and a2.sector == "MED" and ranked.token.lemma_.lower() in _SILENCING:
            # "suspended the activities of the BBC", "banned Al Jazeera": an outlet silenced is
            # censorship (172), not ties cut
            trig.cameo, trig.type, trig.mode = "172", "COERCE", "censor"
            entry, ptype = cameo_entry(trig.cameo), "COERCE"
        if trig.cameo == "181" and ranked.token.lemma_.lower() in _DETAINING and a1 is not None and a1.country \
                and a1.sector in _STATE_HOLDERS:
            # "HAFTAR'S FORCES arrested an activist": the dictionary's state forces (a word of
            # theirs on the list of armed groups' names aside) detain; they do not abduct
            trig.cameo, trig.type, trig.mode = "173", "COERCE", "arrest"
            entry, ptype = cameo_entry(trig.cameo), "COERCE"
        if a2 is not None and trig.cameo.startswith("172") and _names_the_measure(a2, doc):
            a2 = None  # "declared a state of siege to begin …": the measure is not whom it binds
        if weighed and a1 is None and stmt is not None:
            a1 = roles_for(stmt, doc=doc, ptype=ptype)[0]  # who weighs "the possibility of providing"
        if claim is not None:
            a2 = accuser(claim, doc) or _earlier_accuser(claim, a1, [*earlier, *events], offset)
        elif trig.cameo == "016" and denied_act(stmt if stmt is not None else trig.head) is not None:
            a2 = None  # "denied targeting civilians": whom the denied act was aimed at is no party to the denial
        elif trig.cameo in ("015", "018", "019"):
            a2 = statement_recipient(trig.head, trig.cameo, doc=doc)
        if _reported_demand(trig):
            # "X said Y must Z": X demands, of Y
            speaker, _ = roles_for(trig.token.head, doc=doc, ptype=ptype)
            if speaker is not None:
                a1, a2 = speaker, a1
        elif a1 is None and spoken_threat:
            # "the spokesman said any incursion WOULD BE MET with force": the speaker threatens
            a1, _ = roles_for(trig.token.head, doc=doc, ptype=ptype)
        a2, partner = reciprocal_partner(ranked.token, a1, a2, doc=doc, ptype=ptype)
        a1, a2, partner = (named_earlier(a, doc=doc, text=text, offset=offset, beside=b)
                           for a, b in ((a1, a2), (a2, a1), (partner, a1)))
        other = a2 if a2 is not None else partner  # the second party of the dyad
        # (a statement, or relations cut: "imposed sanctions on Iran" did not happen in Iran; a
        # visit happens where the visited or the host is: "the envoy will visit NAYPYITAW")
        cut = trig.cameo[:3] in _RELATIONS_CUT
        named = [a for a in (a1, other) if a is not None] \
            if (entry.quad_class in (1, 3) or cut) and trig.cameo[:3] not in _VISITS else []
        exclude = _actor_places(places, named, offset, doc=doc, envoys=envoys, keep_located=cut)
        loc = event_location(trig.token, trig.head, places, lo=sent.start_char, hi=sent.end_char, offset=offset,
                             exclude=exclude, earlier=[*placed_before, *_placed(events)])
        if (act := toll_act(trig.head)) is not None:
            # "accused X of firing on its positions near Sotk, WOUNDING two soldiers": where the
            # firing was ("stormed a hotel in Mogadishu, police said, KILLING 12": where the storming was)
            loc = event_location(act, act, places, lo=sent.start_char, hi=sent.end_char, offset=offset,
                                 exclude=exclude) or loc
        elif (gov := _toll_of_act(trig.head, places, offset)) is not None:
            tolled_by[trig.token.i] = gov.i  # (placed where its act's event is, once all are coded)
        if loc is None and trig.token.lemma_.lower() in _TOLL_VERBS:
            loc = _circumstance_place(trig.token, places, offset)
        # (a toll's border is its act's: "exchanged gunfire along their border, KILLING one soldier")
        tolled = act if act is not None else trig.head.head if (
            trig.head.dep_ == "advcl" and trig.head.tag_ == "VBG" and trig.head.lemma_.lower() in _TOLL_VERBS) else None
        at = tolled if loc is None and tolled is not None else trig.token
        loc = border_location(loc, at, trig.head if at is trig.token else at, offset=offset, places=places,
                              actor_countries=[a.country for a in (a1, other) if a is not None and not (
                                  loc is not None and a.start <= loc.start - offset < a.end)],  # (not the border itself)
                              earlier_places=earlier_places, deed=entry.quad_class in (2, 4))
        loc = with_border_distance(loc)
        retold = None  # the act of force a later sentence names again ("claimed THE ATTACK")
        if loc is None and _pronoun_opens(ranked.head, sent):
            # "Armed men killed 14 people in Zamfara state. THEY also abducted several miners": the
            # sentence goes on with the doers of the one before, and with its place
            loc = _place_before(events, sent, offset)
        elif loc is None and (entry.quad_class == 4 or trig.cameo == _CLAIMED) \
                and _the_attack_again(trig.token, ranked.head):
            # "Jihadists attacked the army camp in Boulkessi … JNIM claimed THE ATTACK … the army said
            # it had repelled THE ASSAULT": the act told of before, and its place
            retold = _last_placed([*earlier, *events], lambda e: e.quad_class == 4)
            loc = retold.location if retold is not None else None
        elif loc is None and entry.quad_class == 4 and _the_crowd_again(trig.token, ranked.head):
            # "Protesters set fire to the parliament in Kathmandu … Police opened fire ON THE CROWD": the
            # gathering told of before, and its place
            gathering = _last_placed([*earlier, *events], lambda e: e.type == "PROTEST")
            loc = gathering.location if gathering is not None else None
        elif loc is None and entry.quad_class == 4 and _done_by_no_one_named(ranked.head):
            # "Israel's military said it had struck a command centre in Gaza City. … said 9 people
            # WERE KILLED": a toll or arrest told with no doer and no place goes on with the
            # sentence before, and its place
            loc = _act_just_before([*earlier, *events], sent.start_char + offset, text)
        elif loc is None and entry.quad_class == 4 and _local_force(ranked.head, sent):
            # "Looters ransacked warehouses in Lagos … ¶ OFFICERS arrested 70 people": the local force,
            # named by its kind alone, acts where the sentence before's act of force was
            loc = _act_just_before([*earlier, *events], sent.start_char + offset, text)
        elif loc is None and entry.quad_class == 4 and _at_the_scene(ranked.head):
            # "A bomb exploded near a police van in Quetta … Officers recovered two pistols FROM THE
            # SCENE": the scene of the act of force told before
            scene = _last_placed([*earlier, *events], lambda e: e.quad_class == 4)
            loc = scene.location if scene is not None else None
        elif loc is None and entry.quad_class == 4 and (again := _the_doers_again(ranked.head)):
            # "M23 rebels seized the town of Walikale … THE REBELS later looted the market": the
            # doers' last act told before, and its place
            before = _last_placed([*earlier, *events], lambda e: e.quad_class == 4 and e.actor1 is not None
                                  and bool(again & set(e.actor1.text.lower().split())))
            loc = before.location if before is not None else None
        done = _told_as_done(ranked.head)
        verb = _clause_verb(ranked.head)
        scopes = date_scope(sent, verb, ahead=ahead)
        apart = _months_apart(verb)
        if apart:
            scopes = scopes[:-1]  # only its own date words: "agreed ON THURSDAY …, a year after Mogadishu expelled"
        if verb is not ranked.head:  # (a noun's own date first: "returned them under a 1994 TREATY")
            scopes = date_scope(sent, ranked.head, ahead=ahead)[:-1] + scopes
        for scope in scopes:
            d, d_end, prec = resolve_date(scope, article.published, future=ahead, done=done, fallback=False)
            if d is not None:
                break
        else:
            d, d_end, prec = resolve_date("", article.published) if not apart else (None, None, None)
            if retold is not None and retold.date is not None and trig.cameo == _CLAIMED:
                # a claim with no day of its own is of the act it claims ("claimed responsibility for
                # THE BLAST"): its day, not the publication's
                d, d_end = date.fromisoformat(retold.date), None
                prec = retold.date_precision
            else:
                defaulted.add(trig.start + offset)
            if fact in ("asserted", "reported") and entry.quad_class in (2, 4) and d is not None:
                later = days_later(s_text)
                if _told_of_the_day(verb, counted=later is not None):
                    undated[trig.start + offset] = later or 0
        # the neighbouring sentences of the article (not only of this chunk) tell a gas-tank
        # explosion or a smuggling ring from political violence
        near = text[max(0, sent.start_char + offset - 600):sent.end_char + offset + 600]
        acled = acled_for(type_=ptype, mode=trig.mode, cameo=trig.cameo, trigger=trig.token,
                          sentence=s_text, context=near if len(near) > len(ctx_text) else ctx_text,
                          agent_sector=a1.sector if a1 is not None else None,
                          agent_state=_state_actor(a1), target_sector=a2.sector if a2 is not None else None)
        if acled is not None and fact in ("negated", "future"):
            acled = None  # ACLED codes what happened
        base = base_conf * (adapted.confidence_factor if adapted is not None else 1.0)
        conf = min(0.99, base + (0.05 if a1 is not None else 0) + (0.03 if other is not None else 0))
        clauses.append((ranked.head, base))
        tokens.append(trig.token)

        def shift(a: Actor | None) -> Actor | None:
            if a is None:
                return None
            return Actor(text=a.text, start=a.start + offset, end=a.end + offset, name=a.name,
                         country=a.country, sector=a.sector, code=a.code)

        t_start, t_end = trig.start + offset, trig.end + offset
        e_start, e_end = sent.start_char + offset, sent.end_char + offset
        events.append(Event(
            doc_id=article.id, type=ptype, mode=trig.mode or entry.mode,
            contexts=_contexts(entry.contexts, s_text, loc),
            cameo=trig.cameo, quad_class=entry.quad_class, goldstein=entry.goldstein,
            trigger=TextSpan(t_start, t_end, text[t_start:t_end]),
            evidence=TextSpan(e_start, e_end, text[e_start:e_end]),
            acled=acled, actor1=shift(a1), actor2=shift(a2), partner=shift(partner), location=loc,
            date=d.isoformat() if d else None, date_end=d_end.isoformat() if d_end else None,
            date_precision=prec, factuality=fact, attribution=source, confidence=round(conf, 3),
            flags=[adapted.flag] if adapted is not None else []))
    if governors:
        # (a merged event keeps its complement's token, so only a governor's own event goes)
        kept = [(ev, cl, t) for ev, cl, t in zip(events, clauses, tokens) if governors.get(t.i) != ev.cameo[:2]]
        events, clauses, tokens = [k[0] for k in kept], [k[1] for k in kept], [k[2] for k in kept]
    retold: dict[int, int] = {}
    events, clauses, tokens = _without_judged_again(events, clauses, tokens, offset, earlier=earlier, text=text,
                                                    retold=retold)
    _agents_of_acts_told(events, tokens, offset, earlier)
    _place_toll_in_its_fight(events, tokens)
    _place_toll_with_its_act(events, clauses, tokens, tolled_by)
    _share_conjunct_place(events, tokens, offset)
    _place_act_in_its_doer(events, tokens)
    if undated:
        events = _dated_by_the_story(events, tokens, undated, earlier=earlier, text=text, published=article.published)
    # (after the story's day is passed on: a clause is measured from its act's day as finally dated)
    events = _dated_from_its_clause(events, tokens, published=article.published, defaulted=defaulted,
                                    retold={i: e for i, start in retold.items()
                                            for e in [*earlier, *events] if e.trigger.start == start})
    return _rank_conjuncts(events, clauses)


# Verbs that vow what their complement tells: a vow of force is that one threat
_VOWING = frozenset({"vow", "pledge", "promise", "swear"})


# Verbs of judging an act already told: their object "the strike" refers back to it
_JUDGING = frozenset({"condemn", "denounce", "deplore", "decry", "criticize", "criticise", "slam", "welcome",
                      "praise", "hail", "applaud", "claim",  # (claimed: "No group has claimed THE ATTACK")
                      "back", "support", "fund", "finance"})  # ("accused Rwanda of BACKING THE OFFENSIVE")


# Verbs of holding or charging someone for an act already told: "arrested FOR THE ATTACK"
_HELD_FOR = frozenset({"arrest", "detain", "charge", "sentence", "convict", "indict", "question", "hold", "jail"})


# Feelings about an act already told: "was appalled BY THE ATTACK"
_FELT_ABOUT = frozenset({"appal", "appall", "shock", "outrage", "horrify", "sadden", "dismay", "alarm", "disturb"})


# Determiners of a charge named again ("dismissed THE allegation")
_AGAIN_DETS = frozenset({"the", "this", "these", "those", "such"})


def _earlier_accuser(claim: Any, denier: Actor | None, told: Sequence[Event], offset: int) -> Actor | None:
    """Who made the accusation a denial names again, told before it in the article: "Ethiopia
    accused Eritrea of massing troops. … Eritrea's information minister DISMISSED THE ALLEGATION"
    (aimed at Ethiopia). Only a bare charge noun with "the", "this", "these", "those" or "such", and
    the latest accusation aimed at the denier's country by another (in the chunk's offsets, as the
    roles found)."""
    if denier is None or denier.country is None or any(c.dep_ in ("prep", "acl", "relcl") for c in claim.children) \
            or not any(c.dep_ == "det" and c.lower_ in _AGAIN_DETS for c in claim.children):
        return None
    for ev in reversed(told):
        if ev.type == "ACCUSE" and ev.actor1 is not None and ev.actor2 is not None \
                and ev.actor2.country == denier.country and ev.actor1.country != denier.country:
            return dataclasses.replace(ev.actor1, start=ev.actor1.start - offset, end=ev.actor1.end - offset)
    return None


def _without_judged_again(events: list[Event], clauses: list[tuple[Any, float]], tokens: list[Any],
                          offset: int, *, earlier: Sequence[Event] = (), text: str = "",
                          retold: dict[int, int] | None = None
                          ) -> tuple[list[Event], list[tuple[Any, float]], list[Any]]:
    """The events less those that are an earlier one named again as what someone judges: "An
    Israeli drone strike killed two men. … Aoun condemned THE STRIKE as a violation" is no new
    strike; the judgement is aimed at whoever struck (when it names no target of its own). Nor is
    "THE STRIKES CAME days after …": ``retold`` maps the verb that tells when to the told event's
    trigger start (a clause measured from it is measured from that event); "THE ATTACK TOOK PLACE
    near Sam Ouandja" gives the act its place where it had none or only a country's."""
    out = list(zip(events, clauses, tokens))
    by_tok = {t.i: e for e, t in reversed(list(zip(events, tokens)))}  # (the judging verb's own event, the first)
    again: dict[int, Event] = {}  # (id of an event named again: the event it names)
    for k, (ev, tok) in enumerate(zip(events, tokens)):
        judge = by_tok.get(tok.head.i)
        told = _told_before(ev, tok, [*earlier, *events[:k]], judge.actor1 if judge is not None else None, text)
        if told is None:
            continue
        told = again.get(id(told), told)  # (one named again twice: "condemned THE STRIKES … THE STRIKES CAME")
        taking_place, aimed = _taking_place(tok, placed_too=True), _aimed_again(tok)
        if taking_place and told.factuality not in ("asserted", "reported") \
                and ev.factuality in ("asserted", "reported"):
            continue  # "he ALLEGEDLY opened fire. … THE SHOOTING FOLLOWED a peaceful protest": now told as done
        if taking_place and not aimed and _names_its_place(tok.head) \
                and not _names_its_place(tok.head, several=True):
            # where the act took place goes to it, where it was told in this run of sentences and
            # placed no better; else the sentence stays an event of its own
            # (to the act named by the same word first: "attacked a patrol …, killing one peacekeeper
            # … THE ATTACK took place near …" places the attack)
            alike = [j for j, o in enumerate(out) if o[0].trigger.start < ev.trigger.start and o[0].type == ev.type
                     and _named_alike(o[0], tok)]
            j = alike[-1] if alike else next((j for j, o in enumerate(out) if o[0].trigger.start == told.trigger.start),
                                             None)
            if j is None or not _placed_again(out[j][0], ev.location):
                continue
            out[j] = (dataclasses.replace(out[j][0], location=ev.location), out[j][1], out[j][2])
        if aimed:
            # what the act told was aimed at is its target, and where that is its place, where it
            # had none or a broad one ("Gunmen opened fire. THE ATTACK TARGETED a church in Owo");
            # an act told in another run of sentences can take neither, so the sentence stays
            j = next((j for j, o in enumerate(out) if o[0].trigger.start == told.trigger.start), None)
            if j is None:
                continue
            act = out[j][0]
            act = act if act.actor2 is not None else dataclasses.replace(act, actor2=ev.actor2)
            act = dataclasses.replace(act, location=ev.location) if _placed_again(act, ev.location) else act
            out[j] = (act, out[j][1], out[j][2])
        again[id(ev)] = told
        out = [o for o in out if o[0] is not ev]
        if retold is not None and taking_place:
            retold[tok.head.i] = told.trigger.start
        # (the judging verb: the noun's governor, or the clause about a restated charge: "an
        # accusation the M23 REJECTED")
        judging = {tok.head.i} | {c.i for c in tok.children if c.dep_ == "relcl"}
        for j, (judge, cl, t) in enumerate(out):
            if t.i in judging and judge.actor2 is None and told.actor1 is not None \
                    and t.idx + offset == judge.trigger.start:
                out[j] = (dataclasses.replace(judge, actor2=told.actor1), cl, t)
    return [o[0] for o in out], [o[1] for o in out], [o[2] for o in out]


def _told_before(ev: Event, tok: Any, before: list[Event], judge: Actor | None = None, text: str = "") -> Event | None:
    """The earlier event of the text an event names again as the object of a judgement ("THE
    strike", no actor of its own, the same type), as the subject of a verb that tells when or where
    it took place, or as the act a passive toll was taken in ("were killed IN THE STRIKE", told in
    a sentence before), else None; not "the UN condemned the attack on the convoy" told first. A
    state judges first what was done to its own: "Houthis fired missiles at a GREEK-OWNED tanker. …
    U.S. forces struck a radar site. GREECE condemned the attack" is the Houthis'."""
    if _restated_claim(tok) and ev.actor1 is None:
        # "The army accused the rebels of violating the ceasefire, AN ACCUSATION the M23 rejected"
        # (or what the clause before charges: "urged Kabul to stop militants …, an accusation the
        # Taliban government denies")
        told = [b for b in reversed(before)
                if b.trigger.start < ev.trigger.start and b.evidence.start == ev.evidence.start]
        return next((b for b in told if b.type == ev.type), told[-1] if told else None)  # (else the clause's first)
    felt = tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.lemma_.lower() in _FELT_ABOUT
    # (or what someone is held or charged for: "arrested three doctors IN CONNECTION WITH THE BLAST")
    charged = tok.dep_ == "pobj" and tok.head.lower_ in ("with", "for", "over") and (
        tok.head.head.lower_ == "connection" or tok.head.head.lemma_.lower() in _HELD_FOR)
    judged = tok.dep_ == "dobj" and (tok.head.lemma_.lower() in _JUDGING
                                     or tok.head.lemma_.lower() == "call" and called_wrong(tok.head))
    tolled = _toll_verb_of(tok) is not None
    taking_place = _taking_place(tok, placed_too=True)
    # (the act aimed again is read as its own doer, with a target: "THE RAID[actor 1] targeted A CAMP";
    # a place where it took place as a target: "the raids took place IN JENIN")
    aimed = _aimed_again(tok) and (ev.actor1 is None or ev.actor1.code is None)
    if not (tok.pos_ == "NOUN" and (judged or felt or charged or tolled or taking_place)
            and (ev.actor1 is None and (ev.actor2 is None or taking_place) or aimed)):
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those", "that") for c in tok.children):
        return None
    if tolled:
        # (told in a sentence before: "… killed in the attack" alone tells its attack itself)
        before = [b for b in before if b.evidence.start < ev.evidence.start]
    if _aimed_again(tok):
        # the latest act named by the same word, or of the same code by a doer named ("bombed …
        # after a soldier was killed by a landmine. THE STRIKES TARGETED civilian areas" are not
        # the landmine's)
        return next((b for b in reversed(before) if b.trigger.start < ev.trigger.start and (
            _named_alike(b, tok) or b.cameo == ev.cameo and b.actor1 is not None and b.actor1.code is not None)), None)
    if taking_place:
        # the latest act of its code's family or named by the same word ("raided a village … THE RAID
        # was the third": one a raid, the other an assault), not any of its type ("police FIRED tear
        # gas … THE RAID")
        # (an accord is an accord whatever its root: "agreed to integrate the fighters … THE DEAL follows";
        # a generic "attack" any violent act: "insurgents BEHEADED four villagers … THE ATTACK was the latest")
        generic = tok.lemma_.lower() in _GENERIC_ASSAULTS and ev.type == "ASSAULT"
        return next((b for b in reversed(before) if b.trigger.start < ev.trigger.start and (
            b.cameo[:2] == ev.cameo[:2] or b.type == ev.type == "AGREE" or _named_alike(b, tok)
            or generic and b.type == "ASSAULT")), None)
    # the latest of its kind, and of its very code where one is ("condemned THE KILLINGS" after
    # "police shot dead 11 people" and "protesters set fire to a police station")
    told = [b for b in reversed(before) if b.type == ev.type and b.trigger.start < ev.trigger.start]
    # (the judgement's own paragraph first: "Settlers set fire to a mosque. Netanyahu condemned
    # THE ATTACK" after a paragraph on troops returning fire)
    told = [b for b in told if "\n" not in text[b.trigger.start:ev.trigger.start]] or told
    country = judge.country if judge is not None else None
    own = [b for b in told if country and b.actor2 is not None and b.actor2.country == country
           and (b.actor1 is None or b.actor1.country != country)]
    told = own or told
    # (its code's family too: "condemned THE BOMBING" (183) is the suicide bombing (1831) told two
    # paragraphs before, not the border clashes of October told between)
    return min(told, key=lambda b: (b.cameo != ev.cameo, b.cameo[:3] != ev.cameo[:3]), default=None)


# Nouns that name any violent act told before ("beheaded four villagers … THE ATTACK was the latest")
_GENERIC_ASSAULTS = frozenset({"attack", "assault"})
# Verbs that say when or how an act told took place: their subject "the attack" is that act
_TAKING_PLACE = frozenset({"come", "follow", "happen", "occur", "last", "erupt", "break", "flare"})
# Ordinals that rank an act among its kind ("the raid was THE THIRD this month")
_RANKS = frozenset({"first", "second", "third", "fourth", "fifth", "latest", "last"})


def _taking_place(tok: Any, *, placed_too: bool = False) -> bool:
    """Whether an event noun is the subject of a verb that only tells when or how it took place:
    "THE ATTACK CAME days after soldiers killed a bandit leader", "the clashes lasted an hour",
    "the raid TOOK PLACE on Sunday", or ranks or judges it: "THE PROTESTS WERE THE LARGEST in
    weeks", "the assault WAS NOT A COUP"; or says what it was aimed at ("THE RAID TARGETED a camp",
    ``_aimed_again``). A place it names is news ("The attack OCCURRED IN a government-controlled
    section of road"): such a sentence counts only with ``placed_too``."""
    verb = tok.head
    # ("the raid was the third", and what the act was or was not: "THE ASSAULT WAS NOT AN
    # ATTEMPTED COUP", "the protests were peaceful")
    ranked = verb.lemma_.lower() == "be" and any(c.dep_ in ("attr", "acomp") for c in verb.children)
    # ("break" and "flare" only as "broke out", "flared up"; "take" only as "took place")
    phrasal = verb.lemma_.lower() not in ("break", "flare") or any(c.dep_ == "prt" for c in verb.children)
    took = verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    return tok.dep_ == "nsubj" and (verb.pos_ == "VERB" and (verb.lemma_.lower() in _TAKING_PLACE and phrasal
                                                             or took) or ranked or _aimed_again(tok)) \
        and (placed_too or not _names_its_place(verb))


def _aimed_again(tok: Any) -> bool:
    """Whether an act noun is the subject of "target": "Colombian troops killed 10 rebels in a
    bombing raid. THE RAID TARGETED a camp of a faction" is that raid, and the camp its target (not
    "hit": "the attack HIT an apartment building and a kindergarten" tells more harm done)."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "target"


def _names_its_place(verb: Any, *, several: bool = False) -> bool:
    """Whether a verb has a place phrase of its own ("occurred IN a section of road"); with
    ``several``, one that names more than one place ("took place in JENIN, NABLUS AND HEBRON": the
    act told placed in the area that holds them keeps that place)."""
    return any(c.dep_ == "prep" and c.lower_ in _LOCATIVE_PREPS and any(
        o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")
        and (not several or any(k.dep_ == "conj" for k in o.children)) for o in c.children) for c in verb.children)


def _placed_again(told: Event, place: Place | None) -> bool:
    """Whether an act named again to say where it took place places it better than it was: "Rebels
    attacked a patrol in the Central African Republic … THE ATTACK TOOK PLACE near the town of Sam
    Ouandja" (a country, or nothing, gives way to a town, an area or a named spot)."""
    return place is not None and place.feature not in _BROAD_PLACES and (
        told.location is None or told.location.feature in _BROAD_PLACES)


_BROAD_PLACES = frozenset({"country", "region", "admin1", "water"})


# Verbs of fighting off an act: their object "the attack" is one told before, its doer the target
_REPELLING = frozenset({"repel", "repulse", "thwart", "foil", "rebuff"})


def _same_party(a: Actor, b: Actor) -> bool:
    """Whether two actors may be one party: one code, or one sector with no two countries
    ("The army" and "Sudan's army")."""
    return a.code == b.code or a.sector == b.sector and (a.country is None or b.country is None
                                                         or a.country == b.country)


def _agents_of_acts_told(events: list[Event], tokens: list[Any], offset: int, earlier: Sequence[Event]) -> None:
    """A toll whose subject is an act told before takes that act's doer: "U.S. forces struck Houthi
    radar sites … The Houthis said THE STRIKES killed four people" (U.S. forces killed them); an act
    fought off is aimed at its doer: "the paramilitary group pressed an offensive … The army said
    it had REPELLED THE ATTACK" (the RSF). Only an uncoded noun of a violent act with "the",
    "these" or "this" and no party of its own, and the latest violent act before it with a doer."""
    for k, (ev, tok) in enumerate(zip(events, tokens)):
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None) if tok.lemma_.lower() in _REPELLING else None
        role, noun, actor = ("actor1", subj, ev.actor1) if obj is None else ("actor2", obj, ev.actor2)
        # (or the act a passive toll was taken in: "two people were killed IN THE STRIKE")
        means = _act_taken_in(tok) if subj is None and obj is None and ev.actor1 is None else None
        if means is not None:
            noun = means
        if ev.type != "ASSAULT" or noun is None or noun.pos_ != "NOUN" \
                or (actor is not None and (actor.code is not None or actor.start != noun.left_edge.idx + offset)) \
                or actor is None and role == "actor1" and means is None \
                or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "this") for c in noun.children) \
                or any(c.dep_ in ("poss", "compound", "amod", "prep") for c in noun.children):
            continue
        code = trigger_code(noun) or ""
        if code[:2] not in ("18", "19", "20"):
            continue
        # (of its kind: a generic "attack" any violent act, "the blast" no shooting told before)
        told = next((b for b in reversed([*earlier, *events[:k]]) if b.type == "ASSAULT" and b.actor1 is not None
                     and b.actor1.code is not None and b.evidence.start < ev.evidence.start
                     and not (role == "actor2" and ev.actor1 is not None and _same_party(b.actor1, ev.actor1))
                     and (code == "190" or b.cameo[:3] == code[:3] or _named_alike(b, noun))), None)
        doer = told.actor1 if told is not None else None
        if means is not None and told is not None and ev.actor2 is not None and _same_party(told.actor1, ev.actor2):
            # (a toll of the doer's own side is the other side's: "Colombian soldiers killed five
            # rebels in a clash … Two soldiers were wounded IN THE FIGHTING")
            doer = told.actor2 if told.actor2 is not None and not _same_party(told.actor2, ev.actor2) else None
        if doer is not None:
            events[k] = dataclasses.replace(ev, **{role: doer})


def _toll_verb_of(noun: Any) -> Any | None:
    """The passive toll verb an act noun says the toll was taken in ("two people were killed IN
    THE STRIKE"), else None."""
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("in", "during") \
            or verb.lemma_.lower() not in _TOLL_VERBS or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return verb


def _act_taken_in(verb: Any) -> Any | None:
    """The act noun a passive toll verb's "in" or "during" phrase names, else None."""
    return next((o for p in verb.children if p.dep_ == "prep" for o in p.children
                 if o.dep_ == "pobj" and _toll_verb_of(o) is not None), None)


def _named_alike(told: Event, noun: Any) -> bool:
    """Whether an event told before is named by the same word as a noun naming it again ("RAIDED a
    village … the RAID"): a word of its trigger starts as the noun's lemma does, or is an irregular
    form of it ("STRUCK targets … the STRIKES")."""
    lemma = noun.lemma_.lower()
    return any(w.lower().startswith(lemma[:4]) or lemma in lemma_candidates(w.lower())
               for w in told.trigger.text.split())


def _restated_claim(tok: Any) -> bool:
    """A charge noun after a comma that names the clause before it again: "…, an accusation the
    M23 rejected", "…, a claim Moscow denies" (the same noun with "the" may be a new one)."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in CLAIM_NOUNS and tok.i > 1 \
        and tok.doc[tok.left_edge.i].lower_ in ("a", "an") and tok.doc[tok.left_edge.i - 1].text in (",", ";")


_LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across"})

# Verbs whose infinitive is what they promise or threaten, not the aim they were done for
_PROMISING = frozenset({"threaten", "vow", "pledge", "promise", "plan", "intend", "warn", "propose", "offer", "agree",
                        "prepare", "want", "hope", "expect"})


def _aim_of_past_act(verb: Any) -> bool:
    """Whether a verb is the purpose infinitive of a past act: "gathered on Tuesday TO DEMAND his
    resignation", "travelled to Kigali in order TO MEET Kagame"; also an act such an aim names
    ("to demand his RESIGNATION")."""
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "pobj", "prep", "compound") \
            and verb.head.i != verb.i:
        verb = verb.head
    if not (verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)):
        return False
    if verb.dep_ == "advcl" and verb.head.lemma_.lower() in _PROMISING:
        return False  # what was threatened or vowed, hung as an adverbial: "threatened on Monday TO ATTACK"
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) \
            and verb.head.lemma_.lower() in cues()["request_governors"]:
        return False  # what was asked for: "called FOR the protests TO CONTINUE on Thursday"
    if verb.dep_ == "advcl" or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in TRYING_VERBS:
        gov = verb.head  # (or what one tried to do: "protesters who TRIED TO STORM the palace on Saturday")
    elif verb.dep_ == "acl" and verb.head.lower_ == "order" and verb.head.head.lower_ == "in":
        gov = verb.head.head.head  # "in order to meet": the verb the "in" phrase hangs on
    else:
        return False
    return gov.tag_ == "VBD" or gov.tag_ == "VBN" and any(
        a.dep_ == "aux" and a.lower_ in ("had", "has", "have") for a in gov.children)


# Subordinators of a clause told of its act's time, or just before it
_AT_ITS_ACT = frozenset({"after", "as", "when", "while"})


def _in_the_wake(tok: Any) -> bool:
    """Whether an event noun is the object of "after", "following", "during" or "amid" hung on a
    verb: "took the town AFTER CLASHES with the army" (at the act's time, or just before it)."""
    return tok.dep_ == "pobj" and tok.pos_ == "NOUN" and tok.head.lower_ in _FIGHT_PREPS - {"in"} \
        and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ == "npadvmod" for c in tok.head.children)
# Measures of less than a day before "after"/"before" ("hours after the vote")
_SAME_DAY_GAPS = frozenset({"hours", "just hours", "only hours", "mere hours", "a few hours", "several hours",
                            "minutes", "just minutes", "moments", "only minutes"})
# Measures with no number before "after"/"before" ("days after the vote"): the span of days meant
_VAGUE_GAPS = {"days": (1, 6), "a few days": (1, 6), "several days": (2, 9), "just days": (1, 6),
               "only days": (1, 6), "mere days": (1, 6), "weeks": (7, 42), "a few weeks": (7, 28),
               "several weeks": (14, 56), "just weeks": (7, 42), "only weeks": (7, 42)}


def _dated_from_its_clause(events: list[Event], tokens: list[Any], *, published: str | None,
                           defaulted: set[int] = frozenset(), retold: dict[int, Event] | None = None) -> list[Event]:
    """Events of a clause measured from its sentence's act ("destroyed a hideout on Wednesday, TWO
    DAYS AFTER militants attacked a camp"), dated that far from the act's day where the clause
    names no day of its own (it took the sentence's, or none: ``defaulted``, the trigger starts so
    dated, where the act's day came from the story or an earlier sentence). An unmeasured "after",
    "as" or "when" clause so dated, or a noun after "after" or "during", is of the act's day ("struck
    Hamas targets AFTER militants opened fire"), not later; with no act coded, a clause measured
    from the day its sentence names outside it is measured from that day. ``retold``: verbs whose
    subject named an act told before ("THE STRIKES CAME days after …"), with that act."""
    pub = publication_day(published)
    if pub is None:
        return events
    by_tok = {t.i: e for e, t in zip(events, tokens)} | (retold or {})
    for e, t in zip(events, tokens):
        if t.dep_ == "xcomp":
            by_tok.setdefault(t.head.i, e)  # (a governor merged with it: "agreed on Sunday to withdraw")
        elif t.dep_ in ("nsubj", "dobj") and t.pos_ == "NOUN" and t.head.pos_ == "VERB":
            by_tok.setdefault(t.head.i, e)  # (or told through a verb: "the FIGHTING BROKE OUT after …")
    out = []
    for ev, tok in zip(events, tokens):
        # (a noun its light verb holds, or the verb that says it took place, is that verb's clause:
        # "days after Seoul BEGAN joint EXERCISES", "days after CLASHES ERUPTED there")
        clause = tok.head if tok.dep_ in ("dobj", "nsubj", "nsubjpass") and tok.pos_ == "NOUN" \
            and tok.head.pos_ in ("VERB", "AUX") else tok
        if tok.dep_ == "pobj" and tok.pos_ == "NOUN" and tok.head.lower_ in ("in", "during") \
                and tok.head.head.pos_ == "VERB":
            clause = tok.head.head  # (the act it was done in: "days after two soldiers were killed IN AN ATTACK")
        while clause.dep_ == "conj" and clause.head.i != clause.i and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            clause = clause.head  # "a week after the gunmen stormed a village AND SEIZED dozens": the same clause
        marker = next((c for c in clause.children if c.dep_ == "mark"), None) if clause.dep_ == "advcl" else None
        mark = marker.lower_ if marker is not None else None
        # (the measure hangs on the verb or on its marker: "A WEEK after an attack … killed six")
        # (or on the act's verb, right before the marker: "The strikes came A DAY after …")
        measured = next((c for c in (*clause.children, *marker.children, *clause.head.children)
                         if c.dep_ == "npadvmod" and (c.head.i != clause.head.i or c.right_edge.i == marker.i - 1)),
                        None) if marker is not None and mark in ("after", "before") else None
        in_measure = {t.i for t in measured.subtree} if measured is not None else set()
        measure = " ".join(t.text for t in measured.subtree) if measured is not None else None
        gap = span_days(measure) if measure is not None else None
        if measure is not None and gap is None and measure.lower() in _SAME_DAY_GAPS:
            gap = 0  # "the abduction came HOURS after the official criticised spending": the act's day
        vague = _VAGUE_GAPS.get(measure.lower()) if measure is not None and gap is None else None
        act = by_tok.get(clause.head.i) if gap is not None or vague is not None else None
        if measure is None and ev.trigger.start in defaulted and (
                mark in _AT_ITS_ACT and (near := by_tok.get(clause.head.i)) is not None
                or _in_the_wake(tok) and (near := by_tok.get(tok.head.head.i)) is not None) \
                and near.date_precision == "day" and near.date is not None and ev.date is not None \
                and near.date < ev.date:
            # "The military said it had struck Hamas targets AFTER MILITANTS OPENED FIRE" (struck on
            # the day the story told): not after the act
            ev = dataclasses.replace(ev, date=near.date, date_end=None, date_precision="day",
                                     flags=[*ev.flags, "date_from_story"])
        if act is None and (gap is not None or vague is not None) \
                and clause.head.lemma_.lower() in cues()["speech_verbs"]:
            # (the parser may hang the measured clause on the attribution: "kidnapped two soldiers
            # on Monday, THE ARMY SAID, days after the government suspended peace talks")
            told = next((c for c in clause.head.children if c.dep_ == "ccomp" and c.i in by_tok), None)
            act = by_tok.get(told.i) if told is not None else None
        if act is None and measured is not None and (gap is not None or vague is not None) \
                and ev.trigger.start not in defaulted and not any(
                    t.ent_type_ in ("DATE", "TIME") and t.i not in in_measure for t in clause.subtree):
            # (no act coded, but the day the sentence names is the main clause's, not the measured
            # clause's: "Egypt SAID ON WEDNESDAY it had submitted a proposal, TWO DAYS AFTER troops
            # killed three Palestinians")
            act = ev
        if act is not None and act.date is not None and (act.date == ev.date or ev.trigger.start in defaulted) \
                and act.date_precision == ev.date_precision == "day":
            sign = -1 if mark == "after" else 1
            if gap is not None:
                day = date.fromisoformat(act.date) + timedelta(days=sign * gap)
                if day <= pub or ev.factuality == "future":
                    ev = dataclasses.replace(ev, date=day.isoformat())
            elif vague is not None:
                # "arrested him on Wednesday, DAYS AFTER he called for protests": some days before
                # the act's day, a range rather than a day the text does not give
                near, far = (date.fromisoformat(act.date) + timedelta(days=sign * n) for n in vague)
                first, last = min(near, far), max(near, far)
                if last <= pub or ev.factuality == "future":
                    ev = dataclasses.replace(ev, date=first.isoformat(), date_end=last.isoformat(),
                                             date_precision="range")
        out.append(ev)
    return out


def _place_act_in_its_doer(events: list[Event], tokens: list[Any]) -> None:
    """An act named by a noun inside the doer of another, with no place of its own, is where that
    other is: "Somali forces backed by U.S. AIR STRIKES recaptured the town of Harardhere", "a series
    of EXPLOSIONS ripped through the port of Tianjin". (Not one inside whom it was done to: "arrested
    three Serbs suspected of involvement in AN ATTACK" is another act, elsewhere.)"""
    for k, (ev, tok) in enumerate(zip(events, tokens)):
        if ev.location is not None or tok.pos_ != "NOUN":
            continue
        doing = next((o for o in events if o is not ev and o.location is not None and o.actor1 is not None
                      and o.evidence.start == ev.evidence.start
                      and o.actor1.start <= ev.trigger.start < o.actor1.end), None)
        if doing is not None:
            events[k] = dataclasses.replace(ev, location=doing.location)


def _share_conjunct_place(events: list[Event], tokens: list[Any], offset: int) -> None:
    """A verb with no place of its own, coordinated with one whose "in/at/near" phrase names
    where: "Twenty rebels were captured and 16 police killed IN THE HELMAND BATTLE", "police
    arrested five men and seized weapons IN KABUL". The phrase closes the coordination, so it
    places both; a place one reaches ("withdrew TO the mountains") places nothing else."""
    by_tok = {t.i: k for k, t in enumerate(tokens)}
    for k, (ev, tok) in enumerate(zip(events, tokens)):
        if ev.location is not None or tok.pos_ not in ("VERB", "AUX"):
            continue
        # (the parse may make the second subject the conjunct and its participle a modifier:
        # "captured and [16 police] killed in …")
        conjs = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        conjs += [a for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                  for a in c.children if a.dep_ == "acl" and a.tag_ == "VBN"]
        for conj in (c for c in conjs if c.i in by_tok):
            other = events[by_tok[conj.i]]
            loc = other.location
            if loc is None:
                continue
            span = conj.doc.char_span(loc.start - offset, loc.end - offset, alignment_mode="expand")
            if span is None or not len(span):
                continue
            t = span.root
            while t.dep_ != "pobj" and t.head.i != t.i:
                t = t.head  # up to the phrase's object ("the Helmand battle", "Kabul")
            prep = t.head
            if t.dep_ == "pobj" and prep.lower_ in _LOCATIVE_PREPS and prep.head.i == conj.i:
                events[k] = dataclasses.replace(ev, location=loc)
                break


def _place_toll_with_its_act(events: list[Event], clauses: list[tuple[Any, float]], tokens: list[Any],
                             tolled_by: dict[int, int]) -> None:
    """A toll participle that names no place of its own is where its act's event is: "Clashes broke
    out … in the town of Zawiya west of Tripoli, KILLING at least four people" (the ranker, weighing
    the participle's own paths, put the killing in Tripoli)."""
    acts = {}
    for ev, (head, _), tok in zip(events, clauses, tokens):
        for i in (tok.i, head.i):
            acts.setdefault(i, ev)
    for k, (ev, tok) in enumerate(zip(events, tokens)):
        act = acts.get(tolled_by.get(tok.i, -1))
        if act is not None and act.location is not None and act is not ev:
            events[k] = dataclasses.replace(ev, location=act.location)


def _place_toll_in_its_fight(events: list[Event], tokens: list[Any]) -> None:
    """A toll with no place of its own happened where the fighting it names did: "16 militants
    were killed in clashes with the army in the vicinity of the airport", "were killed and others
    injured after clashes … in Daraa". The fight is coded as its own event, whose place the toll
    takes."""
    fights = [(t, ev) for ev, t in zip(events, tokens) if ev.location is not None and ev.cameo[:2] in ("18", "19", "20")
              and (t.dep_ == "pobj" and t.head.lower_ in _FIGHT_PREPS
                   or t.dep_ == "nsubj" and bool(FIGHT_NOUNS & {t.lower_, t.lemma_.lower()}))]
    for k, (ev, tok) in enumerate(zip(events, tokens)):
        if ev.location is not None or tok.lemma_.lower() not in _TOLL_VERBS or tok.pos_ != "VERB":
            continue
        group = _conjoined(tok)
        group |= {c.i for v in list(group) for c in tok.doc[v].children
                  if c.dep_ == "advcl" and _led_by(c, _CIRCUMSTANCE)}  # "as they shopped in an attack"
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > tok.head.i and any(
                c.dep_ == "nsubj" and FIGHT_NOUNS & {c.lower_, c.lemma_.lower()} for c in tok.head.children):
            group.add(tok.head.i)  # "CLASHES broke out in the capital, KILLING four": the fight's clause
        for g, fight in fights:
            verb = g.head if g.dep_ == "nsubj" else g.head.head  # ("FIGHTING in Upper Nile has killed 60")
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head  # "16 other militants IN clashes": the clause the phrase is in
            if verb.i in group:
                events[k] = dataclasses.replace(ev, location=fight.location)
                break


# Nouns of an attack that "the" points back to ("claimed THE ATTACK", "repelled THE ASSAULT")
_ATTACK_NOUNS = frozenset({"attack", "assault", "ambush", "raid", "bombing", "offensive", "incursion", "blast",
                           "explosion", "shooting", "massacre", "kidnapping", "abduction"})
# Those gathered at a protest, named for it
_CROWDS = frozenset({"crowd", "protester", "demonstrator", "marcher", "rioter"})
# Those who carried out an attack, named for it
_ATTACKERS = frozenset({"attacker", "assailant", "raider"})
_TOLD_ACTS = _ATTACK_NOUNS | _ATTACKERS
# CAMEO's claim of responsibility, which names its act after "for"
_CLAIMED = "015"


def _the_attack_again(token: Any, head: Any) -> bool:
    """Whether an act of force is one told of before by "the" and its noun alone: the trigger ("claimed
    THE ATTACK in a statement"), its clause's object ("repelled THE ASSAULT") or what responsibility
    is claimed for ("claimed responsibility FOR THE BLAST"), or its clause's doers named for it ("THE
    ATTACKERS opened fire"); not "the attack ON A BASE", "the Kandahar attack"."""
    nouns = [token] + [c for c in head.children if c.dep_ == "dobj"]
    nouns += [g for n in nouns if n.lemma_.lower() == "responsibility" for p in n.children
              if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj"]
    if any(n.lemma_.lower() == "responsibility" and not any(p.dep_ == "prep" for p in n.children) for n in nouns):
        return True  # "The Pakistani Taliban CLAIMED RESPONSIBILITY.": for the act just told
    # (or whoever did it, named by "the" alone: "THE ATTACKERS arrived on motorcycles and opened fire")
    clause = _clause_of(head)
    doers = [c for v in (clause, *([clause.head] if clause.dep_ == "conj" else [])) for c in v.children
             if c.dep_ == "nsubj" and c.lemma_.lower() in _ATTACKERS]
    return any(_named_again(n, _TOLD_ACTS) for n in nouns + doers)


def _the_crowd_again(token: Any, head: Any) -> bool:
    """Whether what a clause is done to is the crowd of a gathering told of before, by "the" and its
    noun alone: "Police opened fire ON THE CROWD", "dispersed THE PROTESTERS"."""
    clause = _clause_of(head)
    done_to = [c for c in clause.children if c.dep_ == "dobj"]
    done_to += [g for w in (clause, token, *done_to) for p in w.children if p.dep_ == "prep"
                and p.lower_ in ("on", "at", "into") for g in p.children if g.dep_ == "pobj"]
    return any(_named_again(n, _CROWDS) for n in done_to)


def _owns_the_attack(token: Any, head: Any) -> bool:
    """Whether a clause is a group's own word that it carried out an attack told before: "said IT
    CARRIED OUT THE ATTACK", "admitted THEY HAD STAGED THE AMBUSH" (the act named again by "the" alone,
    done by the speaker's pronoun)."""
    return head.lemma_.lower() in _OWNING and token.dep_ == "dobj" and token.head.i == head.i \
        and _named_again(token, _ATTACK_NOUNS) and head.dep_ == "ccomp" \
        and head.head.lemma_.lower() in ("say", "claim", "admit", "confirm") \
        and any(c.dep_ == "nsubj" and c.lower_ in ("it", "they", "we") for c in head.children)


# Verbs of doing an act, which own it: "CARRIED OUT the attack", "STAGED the ambush"
_OWNING = frozenset({"carry", "conduct", "perpetrate", "stage", "commit", "mount", "execute"})


def _told_of_the_claimed(head: Any, stmt: Any) -> bool:
    """Whether a clause is the writer's own account of the act responsibility is claimed for ("claimed
    responsibility for a bombing at a mosque in Kandahar THAT KILLED 30 worshippers"): the toll is
    told as done, not as part of the claim. Not one "the" names ("for THE ATTACK, which killed 12
    soldiers" is most often the toll told before)."""
    noun = head.head
    while noun.dep_ in ("pobj", "prep") and not (noun.dep_ == "pobj" and noun.head.lower_ == "for"):
        noun = noun.head  # (the clause hung on where it was: "a bombing at A MARKET in Mosul THAT KILLED 22")
    return head.dep_ == "relcl" and head.pos_ == "VERB" and noun.dep_ == "pobj" and noun.head.lower_ == "for" \
        and noun.head.head.lemma_.lower() == "responsibility" and noun.head.head.head.i == stmt.i \
        and not any(c.dep_ == "det" and c.lower_ in _AGAIN_DETS for c in noun.children)


def _done_by_no_one_named(head: Any) -> bool:
    """Whether an event's clause is a passive with no "by" phrase ("9 people WERE KILLED", "Dozens of
    people WERE ARRESTED", "Several HOUSES were set on fire"), told of those it was done to alone, and
    names no other place in words (not "in the centre of the country", "THE CITY's governor was
    arrested")."""
    clause = _clause_of(head)
    deps = {c.dep_ for c in clause.children}
    return clause.tag_ == "VBN" and clause.dep_ in _TOLD_CLAUSES and {"auxpass", "nsubjpass"} <= deps \
        and "agent" not in deps \
        and not any(g.ent_type_ in ("GPE", "LOC", "FAC") or g.lemma_.lower() in PLACE_NOUNS and g.dep_ != "nsubjpass"
                    for g in clause.subtree)


# Clauses that tell an event of their own: the sentence's, one reported or one joined to it (not a
# relative clause on a noun: "identified a man WHO WAS KILLED in a shooting", another incident)
_TOLD_CLAUSES = frozenset({"ROOT", "ccomp", "conj", "parataxis"})


def _local_force(head: Any, sent: Any) -> bool:
    """Whether a clause's doer is a force named by its kind alone, with no word of whose or where
    ("POLICE detained 50 people", "SECURITY FORCES arrested two of the attackers"; not "Kenyan police",
    "police in Kampala"), in a sentence not set apart ("Separately, police arrested …")."""
    clause = _clause_of(head)
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in _FORCE_KINDS or subj.tag_ != "NNS" and subj.lower_ != "police":
        return False
    if any((c.dep_, c.lower_) not in _BARE_FORCE_WORDS for c in subj.children):
        return False
    return not any(t.lower_ in _SET_APART for t in list(sent)[:4])


# Forces named by their kind alone: the local ones of the story
_FORCE_KINDS = frozenset({"police", "officer", "policeman", "soldier", "troop", "force"})
# The only words such a force may carry: "THE police", "SECURITY forces"
_BARE_FORCE_WORDS = frozenset({("det", "the"), ("compound", "security")})


def _at_the_scene(head: Any) -> bool:
    """Whether a clause, or a verb joined to it, names "the scene" alone ("recovered two pistols FROM
    THE SCENE", "cordoned off THE SCENE and arrested two suspects"): where the incident told was."""
    clause = _clause_of(head)
    verbs = [clause, *([clause.head] if clause.dep_ == "conj" else []),
             *(c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    nouns = [g for v in verbs for g in v.children if g.dep_ == "dobj"]
    nouns += [g for v in verbs for p in v.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    return any(_named_again(n, _SCENES) for n in nouns)


# Where an incident happened, named for it
_SCENES = frozenset({"scene"})


def _the_doers_again(head: Any) -> set[str]:
    """The nouns of a clause's subject that name its doers again by "the" and their noun alone ("THE
    REBELS later looted", "THE SETTLERS also attacked"; not "the rebels IN THE NORTH"), to be found in
    the doers of an act told before."""
    clause = _clause_of(head)
    subjects = [c for v in (clause, *([clause.head] if clause.dep_ == "conj" else [])) for c in v.children
                if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    return {n.lower_ for n in subjects if _named_alone(n)}


def _last_placed(events: Sequence[Event], keep: Callable[[Event], bool]) -> Event | None:
    """The last of ``events`` that has a place and that ``keep`` accepts: the act or the gathering
    a later sentence names again."""
    return next((e for e in reversed(events) if e.location is not None and keep(e)), None)


def _clause_of(head: Any) -> Any:
    """The verb of the clause an event's head carries: the head itself, or the verb an event noun
    hangs on ("claimed THE ATTACK")."""
    return head if head.pos_ in ("VERB", "AUX") else head.head


def _named_again(noun: Any, words: frozenset[str]) -> bool:
    """Whether a noun among ``words`` is named by "the" alone (``_named_alone``): "THE ATTACK"."""
    return noun.lemma_.lower() in words and _named_alone(noun)


def _named_alone(noun: Any) -> bool:
    """Whether a noun is named by "the" alone, with nothing that says which or where ("THE ATTACK",
    "THE REBELS"; not "the attack ON A BASE", "the Kandahar attack")."""
    return [c.lower_ for c in noun.children if c.dep_ == "det"] == ["the"] \
        and not any(c.dep_ in ("compound", "amod", "poss", "acl", "relcl") for c in noun.children) \
        and not any(g.ent_type_ in ("GPE", "LOC", "FAC") or g.lemma_.lower() in PLACE_NOUNS or g.pos_ == "PROPN"
                    for p in noun.children if p.dep_ == "prep" for g in p.subtree)


def _placed(events: Sequence[Event]) -> list[Place]:
    """The places events were put at (a town named as "the town of Kalehe" the geoparser did not
    resolve is one), which a later "the town" may name again."""
    return [e.location for e in events if e.location is not None]


def _pronoun_opens(verb: Any, sent: Any) -> bool:
    """Whether a clause's subject is a personal pronoun that opens its sentence ("THEY also abducted
    several miners"), which goes on with the sentence before."""
    clause = _clause_of(verb)
    return sent.start > 0 and any(c.dep_ in ("nsubj", "nsubjpass") and c.i == sent.start
                                  and c.lower_ in ("they", "he", "she", "it") for c in clause.children)


def _act_just_before(told: Sequence[Event], start: int, text: str) -> Place | None:
    """The place of the last act of force of the sentence before the one at ``start`` (in the
    article's text), or of the one before that when the sentence between tells no event ("ADF rebels
    killed 40 people in an attack on a village in North Kivu … ¶ The attackers used machetes and guns,
    he said. Several houses WERE SET on fire"); None when that sentence tells no act of force with a
    place."""
    before = [e for e in told if e.evidence.end <= start]
    if not before:
        return None
    last = max(e.evidence.start for e in before)
    end = max(e.evidence.end for e in before if e.evidence.start == last)
    if len(_SENTENCE_END.findall(text, end, start)) > 1:
        return None  # (two sentences or more between: another part of the story)
    return next((e.location for e in reversed(before) if e.evidence.start == last and e.quad_class == 4
                 and e.location is not None), None)


# A sentence's end, as the text between two sentences holds it
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s)")


def _place_before(events: list[Event], sent: Any, offset: int) -> Place | None:
    """The place of the last event of the sentence before ``sent`` that has one."""
    before = sent.doc[sent.start - 1].sent
    start = before.start_char + offset
    return next((e.location for e in reversed(events) if e.evidence.start == start and e.location is not None), None)


def _circumstance_place(verb: Any, places: list[Place], offset: int) -> Place | None:
    """Where a toll happened when only the victims' circumstance clause names it: "was shot while
    waiting to interview opposition figures IN ABIDJAN", "shot as they sat down to a meal IN
    their north BELFAST home". Only an "in/at" place of a "while/as/when" clause that has no
    subject of its own or the toll's victims as subject (not "killed as troops advanced IN …")."""
    victims = {c.i for c in verb.children if c.dep_ in ("nsubjpass", "dobj")}
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if not _led_by(clause, _CIRCUMSTANCE):
            continue
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.i not in victims and subj.pos_ != "PRON":
            continue
        inside = {t.i for t in clause.subtree}
        for p in places:
            span = verb.doc.char_span(p.start - offset, p.end - offset, alignment_mode="contract")
            if span is None or not len(span) or span[0].i not in inside:
                continue
            t = span[-1]
            while t.head.i != t.i and t.dep_ not in ("pobj",) and t.head.i in inside:
                t = t.head  # "their north Belfast home": up to the phrase the place modifies
            if t.dep_ == "pobj" and t.head.lower_ in ("in", "at"):
                return p
    return None


def _conjoined(verb: Any) -> set[int]:
    """The verb and the verbs coordinated with it ("were killed and others injured")."""
    top = verb
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    out, todo = {top.i}, [top]
    while todo:
        t = todo.pop()
        for c in t.children:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i not in out:
                out.add(c.i)
                todo.append(c)
    return out


def _with_statements(triggers: list[Trigger], stmts: list[Any]) -> list[Trigger]:
    """The triggers plus one for each public statement clause that names no event word itself
    ("expressed condolences", "claimed responsibility"), so a statement with a PLOVER type
    (``ontology._TYPED_STATEMENTS``) is coded; the others are dropped by the caller."""
    heads = {t.head.i for t in triggers}
    out = list(triggers)
    for verb in stmts:
        if verb.i in heads:
            continue
        named = [o for o in verb.children if o.dep_ in ("dobj", "attr") and o.i > verb.i]
        end = named[0] if named else verb
        out.append(Trigger(verb, verb, "010", None, None, 0.6, False, verb.idx, end.idx + len(end.text)))
    return sorted(out, key=lambda t: t.start)


# CAMEO codes of a visit made or hosted
_VISITS = frozenset({"042", "043"})


# CAMEO codes of relations cut from afar: reduce relations, break them off, cut aid, impose an
# embargo or sanctions, halt negotiations (not expulsions, which happen where they are made); and
# sanctions eased, which are lifted from afar as they were imposed ("lifted sanctions on SYRIA's
# central bank" did not happen in Syria).
_RELATIONS_CUT = frozenset({"160", "161", "162", "163", "164", "081", "085"})


# People who stand for a state abroad: the state "of" them is whose, not where
_ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "representative", "consul", "minister", "delegation"})


def _envoy_countries(doc: Any) -> list[tuple[int, int, str]]:
    """Spans of the countries whose envoys a chunk names, wherever they stand: "(condemned the
    move and) summoned the ambassadors OF GERMANY, FRANCE and ITALY" (whose, not where)."""
    owners = [g for t in doc if t.lemma_.lower() in _ENVOYS for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"]
    return [(c.idx, c.idx + len(c.text), c.text) for g in owners for c in (g, *g.conjuncts) if c.ent_type_ == "GPE"]


def _actor_places(places: list[Place], actors: list[Actor], offset: int, *, doc: Any,
                  envoys: list[tuple[int, int, str]], keep_located: bool = False) -> frozenset[tuple[int, int]]:
    """Places that are a verbal event's actor itself ("accused ERITREA", "the United States
    welcomed"), or a name joined to it ("called on the United States and FRANCE", where the
    names are split into two actors): a statement to or by a country does not happen in it. A
    place inside a longer actor phrase ("the president in Nairobi") stays a candidate, and with
    ``keep_located`` so does one after a locative preposition ("suspended its operations IN
    Gaza": there, unlike "suspended aid TO Gaza"). ``envoys``: the chunk's ``_envoy_countries``,
    never a place of its events."""
    spans = [(a.start, a.end, a.text) for a in actors]
    for a in actors:
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is not None and len(span):
            spans += [(c.idx, c.idx + len(c.text), c.text) for c in span.root.conjuncts
                      if c.ent_type_ in ("GPE", "ORG")
                      and all(k.dep_ in ("compound", "cc", "conj", "punct") for k in c.children)]
    spans += envoys
    out = set()
    for p in places:
        s, e = p.start - offset, p.end - offset
        if keep_located and _after_locative(doc, s, e):
            continue
        for a_start, a_end, text in spans:
            if e == a_end and a_start <= s and text[:s - a_start].strip().lower() in ("", "the"):
                out.add((p.start, p.end))
            elif a_start <= s and e < a_end and _owner_word(doc, s, e, a_start, a_end):
                out.add((p.start, p.end))  # "condemned THE U.S. STRIKES": whose strikes, not where
    return frozenset(out)


def _owner_word(doc: Any, start: int, end: int, a_start: int, a_end: int) -> bool:
    """Whether the text at ``start:end`` names whose act the actor phrase at ``a_start:a_end`` is: a
    compound, adjective or possessor on an event noun at its head ("the U.S. strikes", "Israel's
    attacks"; not "a Charleston man", "the Killeen Police Department": people and bodies of a place)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    actor = doc.char_span(a_start, a_end, alignment_mode="expand")
    if span is None or actor is None or not len(span) or not len(actor):
        return False
    return span.root.head.i == actor.root.i and span.root.dep_ in ("compound", "amod", "poss", "nmod") \
        and trigger_code(actor.root) is not None


def _after_locative(doc: Any, start: int, end: int) -> bool:
    """Whether the text at ``start:end`` is the object of a locative preposition ("IN Gaza")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    root = span.root if span is not None and len(span) else None
    return root is not None and root.dep_ == "pobj" and root.head.lower_ in ("in", "inside", "at", "across", "throughout")


def _rank_conjuncts(events: list[Event], clauses: list[tuple[Any, float]]) -> list[Event]:
    """Keep the first of coordinated predicates of one subject ("declared a ceasefire and
    promised to release prisoners") above the later ones unless a later one is likelier by itself:
    naming an object is no reason to rank a conjunct over the clause it is coordinated with."""
    first: dict[int, tuple[float, float]] = {}
    for ev, (h, base) in zip(events, clauses):
        if h.i not in first or ev.confidence > first[h.i][1]:
            first[h.i] = (base, ev.confidence)
    out = []
    for ev, (h, base) in zip(events, clauses):
        t = h
        while t.dep_ == "conj" and t.head.i != t.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            t = t.head
            if t.i in first and base <= first[t.i][0] and ev.confidence >= first[t.i][1]:
                ev = dataclasses.replace(ev, confidence=round(max(0.0, first[t.i][1] - 0.001), 3))
        out.append(ev)
    return out
