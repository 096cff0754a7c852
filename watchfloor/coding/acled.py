"""ACLED event type and sub-event type of a coded event, from its PLOVER/CAMEO coding and cues.

ACLED codes political violence, demonstrations and strategic developments; disasters, crime and
diplomacy are not ACLED events (``None``). The cue lists live in ``data/lexicon/cues.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from watchfloor.coding.triggers import cues
from watchfloor.model import Acled

__all__ = ["acled_for", "is_non_political"]

_TYPE_OF: dict[str, str] = {}
_GANG_RAPE = re.compile(r"\bgang[- ]?rap\w*", re.IGNORECASE)


def _type_of(sub: str) -> str:
    if not _TYPE_OF:
        from watchfloor.coding.ontology import acled_types

        for t, subs in acled_types().items():
            for s in subs:
                _TYPE_OF[s] = t
    return _TYPE_OF[sub]


@lru_cache(maxsize=64)
def _pattern(key: str, group: str | None = None) -> re.Pattern[str]:
    words = cues()["acled"][key] if group is None else cues()[key]
    alts = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\b", re.IGNORECASE)


def _has(key: str, text: str) -> bool:
    return bool(_pattern(key).search(text))


def _has_top(key: str, text: str) -> bool:
    return bool(_pattern(key, "top").search(text))


def is_non_political(text: str) -> bool:
    """A disaster, accident or ordinary crime with no sign of political violence or protest."""
    disaster = _has_top("disaster", text)
    crime = _has_top("crime", _GANG_RAPE.sub(" ", text))  # a gang rape is sexual violence, not a gang
    if not (disaster or crime):
        return False
    return not _has_top("political_violence", text)


def _sub(sub: str) -> Acled:
    return Acled(_type_of(sub), sub)


def acled_for(*, type_: str, mode: str | None, cameo: str, trigger: Any, sentence: str,
              context: str) -> Acled | None:
    """The ACLED coding of an event, or None where ACLED would not code it.

    type_/mode/cameo: the event's PLOVER type/mode and CAMEO code. trigger: its spaCy token.
    sentence: the evidence sentence. context: the sentence plus its neighbours (for cues such as
    "police dispersed the crowd" that follow the protest).
    """
    s = sentence
    lem = trigger.lemma_.lower()
    if type_ != "PROTEST" and is_non_political(context):
        return None  # a protest over an accident or a crime is still a protest
    if type_ == "PROTEST":
        if mode in ("boycott", "hunger") or cameo.startswith("143") and mode == "strike":
            return _sub("Peaceful protest") if mode != "boycott" else None
        if _has("mob", s):
            return _sub("Mob violence")
        if mode == "riot" or _has("violent_demo", s):
            return _sub("Violent demonstration")
        if _has("excessive", s) and _has("state_forces", s):
            return _sub("Excessive force against protesters")
        if _has("intervention", context):
            return _sub("Protest with intervention")
        return _sub("Peaceful protest")
    if type_ == "COERCE":
        if mode == "crowd-control" or (cameo.startswith("175") and _has("protesters", s)):
            if _has("excessive", s):
                return _sub("Excessive force against protesters")
            return _sub("Protest with intervention")
        if mode == "arrest" and re.search(r"\b(?:protest|demonstrat|rall(?:y|ies)\b|march(?:ed|ers)?\b)", s, re.I):
            return _sub("Protest with intervention")
        if mode == "arrest":
            return _sub("Arrests")
        if mode == "seize" and _has("weapons_disrupted", s):
            return _sub("Disrupted weapons use")
        if mode == "seize" and lem in ("defuse", "dismantle", "intercept"):
            return _sub("Disrupted weapons use")
        if mode == "restrict" and cameo.startswith("191"):
            return _sub("Other")
        return None
    if type_ == "MOBILIZE":
        if _has("hq", s) or lem in ("establish", "set"):
            return _sub("Headquarters or base established")
        # troops moved into or positioned in an area: ACLED's strategic development closest to
        # a deployment is a base/presence established there
        return _sub("Headquarters or base established") if lem in ("deploy", "redeploy", "deployment", "redeployment", "station", "position", "send", "dispatch", "move", "movement") else None
    if type_ in ("AGREE", "SUPPORT") and (cameo.startswith("057") or _has("agreement", s)):
        return _sub("Agreement") if _has("agreement", s) else None
    if type_ == "RETREAT":
        if mode == "ceasefire":
            return _sub("Agreement")
        if mode == "withdraw" and _has("agreement", s) and not _has("territory_transfer", s):
            return _sub("Agreement")
        if mode in ("withdraw", "disarm") and (_has("territory_transfer", s) or lem in ("withdraw", "hand", "handover")):
            if lem == "surrender" or "lay" in s.lower() and "arms" in s.lower():
                return _sub("Change to group/activity")
            return _sub("Non-violent transfer of territory")
        if mode == "disarm":
            return _sub("Change to group/activity")
        return None
    if type_ == "CONCEDE" and lem in ("defect", "defection"):
        return _sub("Change to group/activity")
    if type_ == "SANCTION" and mode == "withdraw" and _has("agreement", s):
        return _sub("Agreement")
    if type_ != "ASSAULT":
        return None
    # ---- political violence: the means the trigger itself names come first
    if mode == "aerial":
        return _sub("Air/drone strike")
    if mode == "suicide-attack":
        return _sub("Suicide bomb")
    if mode == "unconventional":
        return _sub("Chemical weapon")
    if mode == "destroy" and _agent_has(trigger, "air"):
        return _sub("Air/drone strike")  # "warplanes destroyed the depot"
    if mode == "destroy" and _agent_has(trigger, "shelling"):
        return _sub("Shelling/artillery/missile attack")
    if mode == "destroy" or (_has("property", s) and lem in ("burn", "torch", "loot", "destroy", "vandalize", "ransack", "looting")):
        return _sub("Mob violence") if _has("mob", s) else _sub("Looting/property destruction")
    if _has("mob", s):
        return _sub("Mob violence")
    if _has("protesters", s) and not _has("nonstate", s):
        if _has("state_forces", s) and _has("excessive", s) and not _has("violent_demo", s):
            return _sub("Excessive force against protesters")
        return _sub("Violent demonstration")
    if mode == "sexual" or _has("sexual", s):
        return _sub("Sexual violence")
    if _has("chemical", s) or mode == "unconventional":
        return _sub("Chemical weapon")
    if mode == "suicide-attack" or _has("suicide", s):
        return _sub("Suicide bomb")
    if mode == "abduct" or (lem in ("abduct", "kidnap", "abduction", "kidnapping")):
        return _sub("Abduction/forced disappearance")
    if _has("grenade", s):
        return _sub("Grenade")
    if mode == "aerial" or _has("air", s):
        return _sub("Air/drone strike")
    if mode == "heavy-weapons" or _has("shelling", s):
        return _sub("Shelling/artillery/missile attack")
    if mode == "explosives" or _has("ied", s):
        return _sub("Remote explosive/landmine/IED")
    if cameo.startswith("192") or lem in ("capture", "recapture", "retake", "regain", "overrun", "liberate", "seize", "take"):
        subj = _agent_text(trigger)
        if lem in ("recapture", "retake", "regain", "liberate"):
            return _sub("Government regains territory") if not _has("nonstate", subj) else _sub("Non-state actor overtakes territory")
        if subj and _has("nonstate", subj):
            return _sub("Non-state actor overtakes territory")
        if subj and _has("state_forces", subj):
            return _sub("Government regains territory")
        return _sub("Non-state actor overtakes territory") if _has("nonstate", s) else _sub("Government regains territory")
    if mode == "abduct":
        return _sub("Abduction/forced disappearance")
    if lem in ("clash", "fight", "fighting", "battle", "firefight", "skirmish", "exchange"):
        return _sub("Armed clash")
    target = _target_text(trigger)
    if target and _has("armed", target):
        return _sub("Armed clash")
    if (target and _has("civilians", target)) or lem in ("massacre", "behead", "execute", "lynch", "stab", "murder"):
        return _sub("Attack")
    if _has("armed", s) and _has("nonstate", s) and (_has("state_forces", s)):
        return _sub("Armed clash")
    if _has("civilians", s):
        return _sub("Attack")
    return _sub("Armed clash")


def _agent_has(tok: Any, key: str) -> bool:
    text = _agent_text(tok)
    return bool(text) and _has(key, text)


def _agent_text(tok: Any) -> str:
    for ch in tok.children:
        if ch.dep_ in ("nsubj", "agent"):
            return " ".join(t.text for t in ch.subtree)
    for anc in tok.ancestors:
        for ch in anc.children:
            if ch.dep_ == "nsubj":
                return " ".join(t.text for t in ch.subtree)
        break
    return ""


def _target_text(tok: Any) -> str:
    parts = []
    for ch in tok.children:
        if ch.dep_ in ("dobj", "nsubjpass"):
            parts.append(" ".join(t.text for t in ch.subtree))
        if ch.dep_ == "prep" and ch.lemma_.lower() in ("on", "against", "of", "at"):
            parts.append(" ".join(t.text for t in ch.subtree))
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        for ch in tok.head.children:
            if ch.dep_ == "prep" and ch.lemma_.lower() in ("on", "against", "at"):
                parts.append(" ".join(t.text for t in ch.subtree))
    return " ".join(parts)
