"""The event coder: a parsed sentence chunk → coded :class:`watchfloor.model.Event` records.

For each trigger (``triggers.find_triggers``) it fills the PLOVER type/mode/contexts, the CAMEO
code with its Goldstein score and quad class, the ACLED type (``acled.acled_for``), the actors
(``actors.find_actors`` when that module provides it, else a small subject/object finder), the
location (the place the trigger governs through "in/near/at…", else the sentence's place),
the date (``dates.resolve_date``), factuality and attribution (``factuality.factuality``) and a
confidence that ranks the main event of the sentence first.
"""
from __future__ import annotations

from typing import Any

from watchfloor.coding.acled import acled_for
from watchfloor.coding.dates import resolve_date
from watchfloor.coding.location import event_location
from watchfloor.coding.factuality import factuality
from watchfloor.coding.ontology import cameo as cameo_entry
from watchfloor.coding.triggers import Trigger, cues, find_triggers
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


_PRONOUNS = frozenset({"he", "she", "they", "it", "which", "who", "whom", "that", "we", "i", "him", "her", "them"})
_SELF_MOVING = frozenset({"MOBILIZE", "RETREAT"})


def _actors_module() -> Any:
    try:
        from watchfloor.coding import actors as _actors
    except ImportError:
        return None
    return _actors if callable(getattr(_actors, "find_actors", None)) else None


def _code(actor: Actor | None) -> Actor | None:
    mod = _actors_module()
    fn = getattr(mod, "code_phrase", None) if mod is not None else None
    if actor is None or fn is None:
        return actor
    got = fn(actor.text)
    if got is not None:
        actor.name, actor.country, actor.sector, actor.code = got.name, got.country, got.sector, got.code
    return actor


def _token_at(doc: Any, start: int) -> Any | None:
    for t in doc:
        if t.idx == start:
            return t
    return None


def _roles(trigger: Any, *, doc: Any, ptype: str) -> tuple[Actor | None, Actor | None]:
    """actor1/actor2: the actors module where present, gaps filled by the fallback finder."""
    mod = _actors_module()
    a1, a2 = mod.find_actors(trigger, doc=doc) if mod is not None else (None, None)
    f1, f2 = _fallback_actors(trigger, doc=doc)
    if a1 is None and f1 is not None and (a2 is None or (f1.start, f1.end) != (a2.start, a2.end)):
        a1 = _code(f1) if mod is not None else f1
    if a2 is None and f2 is not None and (a1 is None or (f2.start, f2.end) != (a1.start, a1.end)):
        a2 = _code(f2) if mod is not None else f2
    out: list[Actor | None] = []
    for a in (a1, a2):
        if a is not None and a.text.lower() in _PRONOUNS:
            tok = _token_at(doc, a.start)
            ref = _resolve(tok) if tok is not None else None
            if ref is not None and ref.i != tok.i:
                a = _code(_phrase(ref)) if mod is not None else _phrase(ref)
        out.append(a)
    a1, a2 = out
    if ptype in _SELF_MOVING and trigger.pos_ == "NOUN":
        of = next((g for ch in trigger.children if ch.dep_ == "prep" and ch.lower_ == "of"
                   for g in ch.children if g.dep_ == "pobj"), None)
        if of is not None:
            a1 = a2 if a2 is not None and a2.start == of.idx else _code(_phrase(of))
            a2 = None
    if ptype in _SELF_MOVING and a1 is None and a2 is not None:
        a1, a2 = a2, None  # "forces were deployed", "the redeployment of X": X moved itself
    return a1, a2


def _phrase(tok: Any) -> Actor:
    sub = [t for t in tok.subtree]
    # keep the noun phrase, not a trailing relative clause or apposition
    end = tok.i
    for t in sub:
        if t.i > tok.i and t.dep_ in ("relcl", "acl", "appos", "punct", "cc") and t.head.i == tok.i:
            break
        if t.i > tok.i:
            end = max(end, max(x.i for x in t.subtree))
    start = sub[0].i
    while start < tok.i and tok.doc[start].dep_ in ("det", "punct"):
        start += 1
    span = tok.doc[start:end + 1]
    return Actor(text=span.text, start=span.start_char, end=span.end_char)


def _resolve(tok: Any) -> Any:
    """A pronoun or relative word stands for the subject of the clause it hangs from."""
    if tok.lower_ in ("which", "who", "that", "whom") and tok.head.dep_ == "relcl":
        return tok.head.head
    if tok.pos_ == "PRON" and tok.lower_ not in ("it", "they", "them", "which", "who", "that"):
        for anc in tok.ancestors:
            for ch in anc.children:
                if ch.dep_ == "nsubj" and ch.pos_ != "PRON" and ch.i != tok.i:
                    return ch
    if tok.pos_ == "PRON" and tok.head.dep_ == "relcl":
        for anc in tok.head.ancestors:
            for ch in anc.children:
                if ch.dep_ == "nsubj" and ch.pos_ != "PRON":
                    return ch
    return tok


def _fallback_actors(trigger: Any, *, doc: Any) -> tuple[Actor | None, Actor | None]:
    """Minimal roles from the parse: subject/agent → actor1, object/"against" object → actor2."""
    a1 = a2 = None
    verb = trigger
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "pobj") and trigger.head.pos_ == "VERB":
        verb = trigger.head
    for ch in verb.children:
        if ch.dep_ == "nsubj" and a1 is None:
            a1 = _resolve(ch)
        elif ch.dep_ == "agent":
            for g in ch.children:
                if g.dep_ == "pobj":
                    a1 = g
        elif ch.dep_ == "nsubjpass" and a2 is None:
            a2 = ch
        elif ch.dep_ == "dobj" and a2 is None and ch.i != trigger.i:
            a2 = _resolve(ch)
    if a1 is None and verb.dep_ in ("xcomp", "conj", "advcl", "relcl", "acl"):
        for ch in verb.head.children:
            if ch.dep_ == "nsubj":
                a1 = _resolve(ch)
        if verb.dep_ in ("acl",) and a2 is None:
            pass
    if a1 is None and trigger.pos_ in ("NOUN", "PROPN"):
        for ch in trigger.children:
            if ch.dep_ == "poss" or (ch.dep_ == "prep" and ch.lemma_.lower() == "by"):
                a1 = ch if ch.dep_ == "poss" else next((g for g in ch.children if g.dep_ == "pobj"), None)
            elif ch.dep_ == "prep" and ch.lemma_.lower() == "of" and a1 is None and a2 is None:
                a1 = next((g for g in ch.children if g.dep_ == "pobj"), None)
    if a2 is None:
        for holder in (trigger, verb):
            for ch in holder.children:
                if ch.dep_ == "prep" and ch.lemma_.lower() in ("against", "on", "with", "of", "to"):
                    obj = next((g for g in ch.children if g.dep_ == "pobj"), None)
                    if obj is not None and obj.i != (a1.i if a1 is not None else -1):
                        a2 = obj
                        break
            if a2 is not None:
                break
    return (_phrase(a1) if a1 is not None else None, _phrase(a2) if a2 is not None else None)


def _contexts(base: tuple[str, ...], text: str, location: Place | None) -> list[str]:
    out = list(base)
    low = text.lower()
    for ctx, words in _CONTEXT_WORDS.items():
        if ctx not in out and any(w in low for w in words):
            out.append(ctx)
    if location is not None and location.feature == "border" and "border" not in out:
        out.append("border")
    return out


def _main_factor(trig: Trigger) -> float:
    """How much a trigger looks like the sentence's main event (its clause position)."""
    h = trig.head
    speech = cues()["speech_verbs"]
    if h.dep_ == "ROOT":
        f = 1.0
    elif h.dep_ == "conj" and h.head.dep_ == "ROOT":
        f = 0.95
    elif h.dep_ in ("ccomp", "parataxis") and h.head.dep_ == "ROOT" and h.head.lemma_.lower() in speech:
        f = 1.0
    elif h.dep_ in ("xcomp", "ccomp"):
        f = 0.85
    elif h.dep_ in ("advcl", "relcl", "acl", "pcomp"):
        f = 0.75
    else:
        f = 0.8
    if trig.nominal and trig.head is trig.token:
        f *= 0.8 if trig.token.dep_ in ("nsubj", "nsubjpass", "ROOT") else 0.7
    return f


def code_events(doc: Any, *, article: Article, places: list[Place], offset: int = 0) -> list[Event]:
    """Coded events of one parsed sentence chunk of ``article.text`` starting at ``offset``.

    doc: a spaCy Doc of ``article.text[offset:offset + len(doc.text)]``.
    places: resolved place mentions of the article (article offsets); those inside a sentence
        are candidates for its events' location.
    RETURNS: events with article offsets, in text order.
    """
    events: list[Event] = []
    text = article.text
    sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    for trig in find_triggers(doc):
        sent = trig.token.sent if doc.has_annotation("SENT_START") else doc[:]
        s_text = sent.text
        ctx_text = " ".join(s.text for s in sentences) if len(sentences) < 4 else s_text
        entry = cameo_entry(trig.cameo)
        ptype = trig.type or entry.plover
        if ptype is None:
            continue  # public statements (CAMEO 01) are not PLOVER events
        fact, source = factuality(trig.head, trigger=trig.token)
        a1, a2 = _roles(trig.token, doc=doc, ptype=ptype)
        loc = event_location(trig.token, trig.head, places, lo=sent.start_char, hi=sent.end_char, offset=offset)
        d, d_end, prec = resolve_date(s_text, article.published)
        acled = acled_for(type_=ptype, mode=trig.mode, cameo=trig.cameo, trigger=trig.token,
                          sentence=s_text, context=ctx_text)
        if acled is not None and fact in ("negated", "future"):
            acled = None  # ACLED codes what happened
        conf = trig.weight * _main_factor(trig) * _FACT_FACTOR[fact]
        conf = min(0.99, conf + (0.05 if a1 is not None else 0) + (0.03 if a2 is not None else 0))

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
            acled=acled, actor1=shift(a1), actor2=shift(a2), location=loc,
            date=d.isoformat() if d else None, date_end=d_end.isoformat() if d_end else None,
            date_precision=prec, factuality=fact, attribution=source, confidence=round(conf, 3)))
    return events
