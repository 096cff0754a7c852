"""ACLED event type and sub-event type of a coded event, from its PLOVER/CAMEO coding and cues.

ACLED codes political violence, demonstrations and strategic developments; disasters, crime and
diplomacy are not ACLED events (``None``). The cue lists live in ``data/lexicon/cues.json``.
"""
from __future__ import annotations

import re
from typing import Any

from watchfloor.coding.role_words import ABDUCT_VERBS, BLOCKED_MEASURES, CAUSING_VERBS, FACILITY_NOUNS, FIGHT_NOUNS, \
    PLACE_NOUNS, PROJECTILE_NOUNS, VEHICLE_NOUNS, WAITING_CROWD, WEAPON_TESTS
from watchfloor.coding.inflect import irregular_base
from watchfloor.coding.triggers import accident_toll, came_under, cue_pattern, cues, trigger_code
from watchfloor.model import Acled
from watchfloor.nlp.dateline import dateline_dash, phrase_start

__all__ = ["acled_for", "is_non_political"]

_TYPE_OF: dict[str, str] = {}
_GANG_RAPE = re.compile(r"\bgang[- ]?rap\w*", re.IGNORECASE)
# "without engaging in any armed clashes", "with no resistance": ground taken with no fight
_WITHOUT_FIGHTING = re.compile(r"\b(?:without(?:\W+\w+){0,6}?|no)\W+(?:fight(?:ing)?|clash(?:es)?|"
                               r"resistance|battles?|bloodshed|combat|shots?|firing)\b", re.IGNORECASE)
# Violence named as what a protest is about, not as the protesters' own: "protesting police
# violence", "a march against gun violence", "to condemn the violence against women"
_VIOLENCE_AS_CAUSE = re.compile(
    r"\b(?:police|state|gun|sexual|domestic|gender[- ]based|sectarian|ethnic|communal|racial|racist|"
    r"partner|military|political|cartel|gang|criminal|drug|jihadist|militant)\s+violence\b|"
    r"\b(?:against|over|end(?:ing)?|condemn\w*|denounc\w*|protest\w*)\s+(?:the\s+)?(?:\w+\s+){0,2}violence\b",
    re.IGNORECASE)
# "young men who COMMITTED SUICIDE": a death, not a suicide attack
_SELF_KILLING = re.compile(r"\b(?:commit(?:s|ted|ting)?|attempted)\s+suicide\b", re.IGNORECASE)
_FIREFIGHTERS = re.compile(r"\bfire[- ]?fighters?\b", re.IGNORECASE)
# A rocket-propelled grenade is launched, not thrown: ACLED's "Grenade" is a hand-thrown explosive
_LAUNCHED_GRENADE = re.compile(r"\brocket[- ]propelled grenades?\b|\brpgs?\b", re.IGNORECASE)
# The month of March is no march (case-sensitive: "in March 2003", "on March 4", "since March")
_MONTH_MARCH = re.compile(r"\b(?:[Ii]n|[Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Oo]f|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate|"
                          r"[Mm]id-?|[Tt]his|[Tt]o)\s+March\b|\bMarch\s+\d")
# A gold or coal mine is dug, not laid: no landmine
_MINING = re.compile(r"\b(?:gold|coal|diamond|copper|tin|iron|uranium|cobalt|silver|salt|phosphate|bauxite|"
                     r"lithium|zinc|nickel|platinum|open[- ]?pit|opencast|underground)\s+mines?\b"
                     r"|\bmines? (?:workers?|owners?|shafts?|sites?|operators?)\b", re.IGNORECASE)


# Verbs whose clause holds an act someone is blamed for, not the event's own circumstances
_ACCUSING = frozenset({"accuse", "blame", "allege", "suspect", "condemn", "denounce"})
_NONSTATE_SECTORS = frozenset({"REB", "INS", "UAF", "CRM", "SEP"})
_STATE_SECTORS = frozenset({"MIL", "GOV", "COP", "SPY"})


def _type_of(sub: str) -> str:
    if not _TYPE_OF:
        from watchfloor.coding.ontology import acled_types

        for t, subs in acled_types().items():
            for s in subs:
                _TYPE_OF[s] = t
    return _TYPE_OF[sub]


def _has(key: str, text: str) -> bool:
    return bool(cue_pattern(key).search(text))


def _has_top(key: str, text: str) -> bool:
    return bool(cue_pattern(key, "top").search(text))


def is_non_political(text: str) -> bool:
    """A disaster, accident or ordinary crime with no sign of political violence or protest."""
    disaster = _has_top("disaster", text)
    crime = _has_top("crime", _GANG_RAPE.sub(" ", text))  # a gang rape is sexual violence, not a gang
    if not (disaster or crime):
        return False
    text = _FIREFIGHTERS.sub(" ", text)  # fire fighters bear no arms
    # (tear gas and rubber bullets are fired at crowds: "police TEAR-GASSED workers who blocked a highway")
    return not (_has_top("political_violence", text) or _has("crowd_means", text))


# What introduces a clause that tells why or after what a protest happened
_CAUSE_MARKS = frozenset({"after", "because", "since", "following", "as"})


def _without_causes(trigger: Any, sentence: str) -> str:
    """The sentence without the clauses, with a subject of their own, that say what a protest
    came after: "protested on the road AFTER coalition forces killed eight civilians", or what
    set it off."""
    if trigger.dep_ in ("dobj", "nsubjpass") and trigger.head.lemma_.lower() in CAUSING_VERBS:
        # "police shot dead a student, SPARKING protests": the protests are only their own phrase
        return "".join(t.text_with_ws for t in trigger.subtree)
    drop: set[int] = set()
    for c in trigger.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CAUSE_MARKS for m in c.children) \
                and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            drop |= {t.i for t in c.subtree}  # (not "rallied after nights of street violence": theirs)
    # (nor the toll of an accident they protest over: "over the collapse of a canopy THAT KILLED 16 people")
    drop |= {t.i for v in trigger.sent if accident_toll(v) for t in v.subtree}
    if not drop:
        return sentence
    return "".join(t.text_with_ws for t in trigger.sent if t.i not in drop)


# A state's protest in words, no crowd: "would lodge a DIPLOMATIC PROTEST with Beijing"
_NOTE_OF_PROTEST = re.compile(r"\b(?:(?:diplomatic|formal|official)\s+protests?|protest\s+notes?|notes?\s+of\s+protest"
                              r"|lodg\w*\s+(?:an?\s+)?(?:\w+\s+)?protests?)\b", re.IGNORECASE)


# Talks or a government that collapse are no disaster: "talks in Istanbul … COLLAPSED last week"
_POLITICS_COLLAPSING = re.compile(
    r"\b(?:talks|negotiations|dialogue|truce|ceasefire|deal|agreement|government|coalition|process|regime)\b"
    r"[^.;]{0,80}?\b(collaps(?:e|ed|es|ing))\b|\b(collapse)\s+of\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:talks|negotiations|truce|ceasefire|deal|government|coalition|regime)\b", re.IGNORECASE)


def _blank_collapse(m: re.Match[str]) -> str:
    word = 1 if m.group(1) else 2
    a, b = m.start(word) - m.start(), m.end(word) - m.start()
    return m.group()[:a] + " " * (b - a) + m.group()[b:]


def _without_lookalikes(text: str) -> str:
    """The text without the words that only look like cues: the month March, gold mining, a
    suicide that was no bombing, a diplomatic protest, talks that collapsed (blanked, so that the
    sentence keeps its parse's offsets)."""
    text = _POLITICS_COLLAPSING.sub(_blank_collapse, text)
    return _NOTE_OF_PROTEST.sub(_blank, _MONTH_MARCH.sub(_blank, _MINING.sub(_blank, _SELF_KILLING.sub(_blank, text))))


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _sub(sub: str) -> Acled:
    return Acled(_type_of(sub), sub)


# A sentence that opens another incident: "In a separate incident, a roadside bomb …",
# "Elsewhere, …", "In another attack, …"
_OTHER_INCIDENT = re.compile(r"(?:^|(?<=[.!?\n]))\s*(?:In (?:a separate|separate|another) "
                             r"(?:incident|attack|development|clash)s?|Separately|Elsewhere)\b")


def _same_incident(context: str, sentence: str) -> str:
    """The neighbouring text of the same incident: what follows a sentence that opens another
    one ("In a separate incident, …", "Elsewhere, …") is no cue for the weapon or the crowd of
    this event, nor is what precedes the sentence when it opens one itself."""
    at = context.find(sentence)
    if at < 0:
        return context
    before, after = context[:at], context[at + len(sentence):]
    nxt = _OTHER_INCIDENT.search(after)
    if nxt is not None:
        after = after[:nxt.start()]
    if _OTHER_INCIDENT.match(sentence.lstrip()):
        before = ""
    return before + sentence + after


def _told_so_far(context: str, sentence: str) -> str:
    """The context up to the end of the sentence's paragraph: a toll is counted after the act
    that took it, so a later paragraph's means are another act's ("four crew members were
    killed" is not made an air strike by "Israel carried out air strikes on the ports" below)."""
    sentence = sentence.rstrip()  # (a sentence may end with the paragraph's own line break)
    at = context.find(sentence)
    end = context.find("\n", at + len(sentence)) if at >= 0 else -1
    told = context if end < 0 else context[:end]
    # (nor are weapons seized or found another act's: "Troops seized 15 rifles and a GRENADE
    # launcher. The killing of the mayor …")
    return _ARMS_SEIZED.sub(_blank, told)


def _means_told(context: str, sentence: str, *, from_sentence: bool = False) -> str | None:
    """The means the story names up to the end of the sentence's paragraph (crowd-control means
    aside), or from the sentence on when ``from_sentence``."""
    told = _told_so_far(context, sentence)
    if from_sentence and sentence in told:
        told = told[told.find(sentence):]
    return _means(cue_pattern("crowd_means").sub(" ", told))


# A sentence telling of weapons seized, found or handed in, not used
_ARMS_SEIZED = re.compile(r"[^.!?\n]*\b(?:seiz|confiscat|impound|recover|discover|found|handed in|surrender|caught)\w*\b"
                          r"[^.!?\n]*\b(?:weapons?|arms|rifles?|guns?|launchers?|grenades?|explosives?|ammunition|"
                          r"rockets?|mortars?|missiles?|drones?)\b[^.!?\n]*[.!?]?", re.IGNORECASE)


def acled_for(*, type_: str, mode: str | None, cameo: str, trigger: Any, sentence: str,
              context: str, agent_sector: str | None = None, agent_state: bool = False,
              target_sector: str | None = None) -> Acled | None:
    """The ACLED coding of an event, or None where ACLED would not code it.

    type_/mode/cameo: the event's PLOVER type/mode and CAMEO code. trigger: its spaCy token.
    sentence: the evidence sentence. context: the sentence plus its neighbours (for cues such as
    "police dispersed the crowd" that follow the protest). agent_sector: the sector the actor
    dictionary gives the event's actor1, when it knows it ("REB" for the Rapid Support Forces).
    agent_state: whether that actor is a state or its government ("Hungary", "Budapest").
    target_sector: the sector the dictionary gives actor2 ("CVL" for "three Palestinians").
    """
    if cameo.startswith("01"):
        return None  # a public statement (condolences, a claim, accord with a view) is no ACLED event
    s, context = _without_lookalikes(sentence), _without_lookalikes(_same_incident(context, sentence))
    lem = trigger.lemma_.lower()
    if lem == trigger.lower_:
        lem = irregular_base(lem) or lem  # ("RETOOK the base", left unlemmatised: a retaking)
    if type_ != "PROTEST" and is_non_political(context) and not (mode == "arrest" and _is_demonstrators(s)):
        return None  # a protest over an accident or a crime is still a protest, and so are its arrests
        # ("detained dozens of students blocking a HIGHWAY …, as anti-government protests entered
        # their fourth month": a road is no accident's)
    if type_ == "PROTEST":
        if mode in ("boycott", "hunger") or cameo.startswith("143") and mode == "strike":
            return _sub("Peaceful protest") if mode != "boycott" else None
        if mode == "riot":
            # (a riot of inmates is no demonstration: "31 inmates were killed in a RIOT at a prison")
            return _sub("Mob violence") if _has("mob", s) or _PRISON.search(s) else _sub("Violent demonstration")
        if mode == "obstruct" and _has("state_forces", _agent_text(trigger)) and _is_demonstrators(context):
            return _sub("Protest with intervention")  # "police blocked the march"
        if agent_state and (mode == "obstruct" and (not _is_demonstrators(context) or _blocks_a_measure(trigger))
                            or lem == "protest" and (trigger.pos_ == "VERB" or _protest_from(trigger))
                            and not _is_demonstrators(_PROTEST_WORD.sub(" ", s))):
            # "Budapest would continue to block the use of frozen assets", "Manila summoned
            # China's ambassador to protest": a state's veto or note, no street protest ("parliament
            # voted to block the decree" whatever crowds gathered outside)
            return None
        # the demonstrators' own act is no intervention: "protesters blocked the road"; what
        # they protest after is no force used on them: "protested AFTER coalition forces killed
        # eight civilians"
        return _sub(_own_protest_kind(trigger, sentence, context))
    if type_ == "COERCE":
        if cameo == "170":
            return _sub("Other")  # a coup with no fighting told: a strategic development of its own
        if mode == "crowd-control" and _at_a_vessel(trigger) and not _is_demonstrators(context):
            return None  # "coast guard vessels fired water cannon at a Philippine ship": no crowd
        if mode == "crowd-control" and not _is_demonstrators(context) and not _has("crowd_means", context):
            return None  # "as the government cracks down on reporting": no crowd, no crowd control
        if mode == "crowd-control" or (cameo.startswith("175") and _has("protesters", s)):
            return _sub(_protest_kind(_without_told_of_others(trigger, s), context, repressed=True))
        if mode == "arrest" and (_arrest_at_protest(trigger) or _is_demonstrators(context) and (
                _pronoun_object(trigger) or _beside_crowd_control(trigger))):
            # "… marched to parliament. Police detained 15 of them.": those arrested are the marchers
            return _sub(_protest_kind(s, context, repressed=True))
        if mode == "arrest":
            return _sub("Arrests")
        if mode == "seize" and lem == "intercept":
            # a missile or drones intercepted, not "intercepted a boat carrying 120 migrants"
            return _sub("Disrupted weapons use") if _intercepted_arms(trigger) else None
        if mode == "seize" and _dismantled_ring(trigger):
            return None  # "police DISMANTLED A NETWORK that smuggled migrants": crime fought, no arms
        if mode == "seize" and _disrupts_weapons(trigger, lem, _seized_words(trigger, s)):
            return _sub("Disrupted weapons use")
        if mode == "restrict" and cameo.startswith("191"):
            agent = _agent_text(trigger)
            if _has("protesters", agent) or _has("violent_demo", agent):
                # "protesters shut down roads and government offices": the demonstrators' own
                # act, as "protesters blocked the road" is (PROTEST above)
                return _sub(_own_protest_kind(trigger, sentence, context))
            return _sub("Other")
        return None
    if type_ == "MOBILIZE":
        # a base or post set up is a base established; forces moved, massed or mobilised without
        # one are a change in the group's activity (ACLED's strategic developments)
        if lem in ("form", "relocate", "move", "transfer") and _has("hq", s):
            return _sub("Change to group/activity")  # a headquarters moved: a change in activity
        if lem == "form":
            return _sub("Change to group/activity")  # a new unit formed, wherever it is based
        if lem in ("patrol", "patrolling", "shoot", "fire") or lem in WEAPON_TESTS:
            # a routine patrol, shots in the air or a weapon tested change nothing ACLED records ("jets have
            # been patrolling the skies", "operating from the Incirlik base, … have been patrolling")
            return None
        if _has("hq", _own_clause(trigger)) or lem in ("establish", "set", "station", "position"):
            return _sub("Headquarters or base established")
        if cameo.startswith("15") and not _has("relief", s):
            return _sub("Change to group/activity")  # not troops mobilised to help flood victims
        return None
    if type_ == "AGREE" and cameo.startswith("036"):
        return None  # talks planned or offered are no agreement yet
    # backing or endorsing is an agreement only when what is backed is one ("backed the ceasefire
    # deal"), not beside an agreement word of the sentence ("rebels BACKED by Rwanda seized the
    # town despite calls for a ceasefire")
    # (and what is backed is its object: "thanked him FOR MEDIATING the Gaza ceasefire" backs no pact)
    backed = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")] or [trigger]
    deal = s if type_ != "SUPPORT" or cameo.startswith("057") else " ".join(trigger.doc.text[
        b.left_edge.idx:b.right_edge.idx + len(b.right_edge)] for b in backed)
    if type_ in ("AGREE", "SUPPORT") and (cameo.startswith("057") or _has("agreement", deal)):
        # ACLED's agreements are between parties to a conflict or a dispute of state (ceasefires,
        # peace deals, treaties, prisoner swaps, deals of governments or armed groups), not a
        # lease signed with a drilling company or a budget the selectmen agreed
        parties = _has("state_forces", s) or _has("nonstate", s) or _has("armed", s)
        return _sub("Agreement") if _has("conflict_agreement", deal) or _has("agreement", deal) and parties else None
    if type_ == "CONSULT" and cameo[:3] in ("040", "046") and _peace_talks(trigger) \
            and not (trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() in _FAILING):
        return _sub("Agreement")  # ACLED's agreements include peace talks between the warring sides
    if type_ == "RETREAT":
        if mode == "release" and _has("prisoner_exchange", s):
            return _sub("Agreement")  # ACLED codes prisoner exchanges as agreements
        if mode == "release" and _has("agreement", s) and not _has("negated_agreement", s):
            return _sub("Agreement")  # "released 200 prisoners under the peace deal"
        if mode == "ceasefire":
            return _sub("Agreement")
        if mode == "withdraw" and _from_agreement(trigger):
            return _sub("Agreement")  # "withdrew from the treaty": no territory changed hands
        if lem in ("surrender", "capitulate") and not any(c.dep_ == "dobj" for c in trigger.children):
            return _sub("Agreement")  # ACLED lists surrenders among its agreements; weapons handed
            # in ("surrendered their weapons") are a disarmament, below
        if mode == "withdraw" and _has("agreement", s) and not _has("territory_transfer", s):
            return _sub("Agreement")
        if mode == "withdraw" and _leaving_own_raid(trigger):
            return None  # "stormed several security posts BEFORE WITHDRAWING": the raid's end, no ground handed over
        # ("pulled back FROM two villages": forces leaving a place they held)
        left = lem in ("pull", "retreat") and any(p.dep_ == "prep" and p.lower_ == "from" for w in [trigger, *(
            c for c in trigger.children if c.lower_ in ("back", "out"))] for p in w.children)
        if mode in ("withdraw", "disarm") and (_has("territory_transfer", s) or lem in ("withdraw", "hand", "handover")
                                               or left):
            if lem == "surrender" or "lay" in s.lower() and "arms" in s.lower():
                return _sub("Change to group/activity")
            return _sub("Non-violent transfer of territory")
        if mode == "disarm":
            return _sub("Change to group/activity")
        return None
    if cameo.startswith("127"):
        return _sub("Agreement")  # an agreement left or renounced ("withdrew from the pact")
    if type_ == "CONCEDE" and lem in ("defect", "defection"):
        return _sub("Change to group/activity")
    if type_ == "SANCTION" and mode == "withdraw" and _has("agreement", s):
        return _sub("Agreement")
    if type_ == "SANCTION" and _halts_operations(trigger):
        return _sub("Change to group/activity")  # "the armed group suspended its military operations"
    if type_ != "ASSAULT":
        return None
    if trigger.lower_.startswith("cyber") or any(t.lower_ == "cyber" for t in trigger.doc[max(0, trigger.i - 3):trigger.i]):
        return None  # a cyber attack is no political violence in ACLED's sense
    if _has("mass_grave", s) and trigger.dep_ in ("relcl", "acl", "amod"):
        return _sub("Other")  # a mass grave found: the killing it holds is past, the find is news
    # ---- political violence: sexual violence and chemical weapons whatever else the sentence says,
    # bar a clause accusing someone of another act ("airstrikes on groups it accused of a chlorine attack")
    own_s, own_context = _beside_accusations(trigger, s, context)
    if mode == "sexual" or _has("sexual", own_s):
        return _sub("Sexual violence")
    if mode == "unconventional" or _has("chemical", own_s) or (
            mode in ("heavy-weapons", "aerial", "firearms", None) and _has("chemical_agents", own_context)):
        return _sub("Chemical weapon")  # "shells containing chlorine", "an air raid with poison gas"
    # a charge's weapon is the charged act's, not this event's: "clashed with Machar's fighters,
    # the SPLM-IO said, accusing the army of bombing civilian areas with BARREL BOMBS"
    s, context = _beside_accusations(trigger, s, context, charges_only=True)
    charge = _charge_of(trigger)
    if charge is not None and len(s) == len(trigger.sent.text):
        # an act alleged has only the charge's words, with whom it is laid on: "Israeli air strikes
        # killed 104 people, after Israel accused HAMAS OF VIOLATING THE CEASEFIRE BY KILLING A
        # SOLDIER" is no air strike; "accused THE SYRIAN AIR FORCE of striking its soldiers" is one
        first, last = charge
        a, b = first.idx - trigger.sent.start_char, last.idx + len(last) - trigger.sent.start_char
        s = context = " " * a + s[a:b] + " " * (len(s) - b)
    # ---- the means the trigger itself names come next
    if mode == "aerial":
        return _sub(_bombing_means(trigger))
    if mode == "suicide-attack":
        return _sub("Suicide bomb")
    if mode == "unconventional":
        return _sub("Chemical weapon")
    if mode == "destroy" and _agent_has(trigger, "air"):
        return _sub("Air/drone strike")  # "warplanes destroyed the depot"
    if mode == "destroy" and _agent_has(trigger, "shelling"):
        return _sub("Shelling/artillery/missile attack")
    agent = _agent_text(trigger)
    if (mode == "destroy" or lem in _DESTROY) and (means := _means(agent) or _means(_governing_clause(trigger))):
        # "a car bomb destroyed the station", "…, setting a vehicle ablaze": the bomb's damage
        # ("fired a missile at a tanker, SETTING IT ABLAZE": the missile's)
        return _sub(means)
    if mode == "destroy" and _has("mob", agent) and not _has("state_forces", agent):
        return _sub("Mob violence")  # "a mob set fire to the house": a mob is no demonstration
    if mode == "destroy" and (_has("protesters", agent)
                              or _has("violent_demo", agent) and not _AN_ATTACK.search(agent)):
        # rioters setting fire: demonstrators' own violence (not "an ARSON ATTACK destroyed a mosque")
        return _sub("Violent demonstration")
    if mode == "destroy" and _MATERIEL.search(_target_text(trigger)) and _agent_has(trigger, "armed"):
        return _sub("Armed clash")  # "troops repelled an attack and DESTROYED several combat vehicles"
    if mode == "destroy" or (_has("property", s) and lem in _DESTROY | {"loot", "vandalize", "ransack", "looting"}):
        return _sub("Mob violence") if _mob(s, agent) else _sub("Looting/property destruction")
    if _mob(s, agent):
        return _sub("Mob violence")
    if lem == "storm" and agent_sector in _UNARMED_SECTORS and not _has("armed", agent) \
            and not _has("casualty_words", s):
        # "40 STUDENTS who stormed the regional parliament": a riot (not one that kills: "a group of men
        # armed with knives stormed a railway station", "herdsmen stormed five villages, killing nine")
        return _sub("Violent demonstration")
    if _has("crowd_means", s) and not _has("nonstate", s) \
            and not (_has("vessels", s) and not _is_demonstrators(context)):
        s_protest = True  # rubber bullets and water cannon are used on crowds (not on a ship)
    else:
        # ("activists said" is a source, not a demonstration: "shelled a camp, killing 14 civilians,
        # local activists said")
        s_protest = _is_demonstrators(s) and not _has("nonstate", s)
    if s_protest and _sparked_protests(trigger):
        s_protest = False  # "the killing of the mayor PROMPTED protests": their cause, not part of them
    if s_protest and mode in ("abduct", "execute"):
        # "security forces ABDUCTED government critics ahead of protests": taken, whatever the crowd;
        # "Iran HANGED two men for their part in protests": put to death for it, at no demonstration
        s_protest = False
    if s_protest:
        target = _target_text(trigger)
        unnamed = _is_passive(trigger) and not any(c.dep_ == "agent" for c in trigger.children)
        # "protesters were killed" names no one who killed them: the demonstrators' own violence
        # ("during clashes") then makes it a violent demonstration, as ACLED codes it
        # (a crackdown is the state's: "ordering a deadly crackdown on protests THAT KILLED hundreds")
        crackdown = "crackdown" in agent.lower() \
            or trigger.dep_ == "relcl" and trigger.head.lemma_.lower() == "crackdown"
        if _has("state_forces", agent) and not _has("protesters", agent) or _has("protesters", target) and not unnamed \
                or crackdown:
            return _sub(_protest_kind(s, context, repressed=True, state_violence=True))
        if _is_passive(trigger) and _has("protesters", _patient_text(trigger)):
            return _sub(_protest_kind(s, context, repressed=True))  # "two protesters were killed"
        if _has("state_forces", s) and _excessive(s) and not _has("violent_demo", s) and not _has("protesters", agent):
            return _sub("Excessive force against protesters")
        return _sub("Violent demonstration")
    if mode == "suicide-attack" or _has("suicide", _without_others_acts(trigger, s)):
        return _sub("Suicide bomb")
    if mode == "abduct" or (lem in ABDUCT_VERBS | {"abduction", "kidnapping"}) or lem not in _CASUALTY and any(
            c.dep_ in ("advcl", "conj", "xcomp") and c.lemma_.lower() in ABDUCT_VERBS for c in trigger.children):
        # "gunmen attacked the quarters, abducting a woman": the attack was the abduction (a killing
        # is its own attack: "KILLED 17 villagers and kidnapped dozens more")
        return _sub("Abduction/forced disappearance")
    if lem in _TAKE_VERBS and cameo.startswith("192"):
        # "shelled the positions and captured the city": the capture is a change of hands, whatever
        # weapons the sentence names (they belong to the shelling's own event)
        return _territory(trigger, s, lem, agent_sector, agent_state)
    if _has("ordnance_remnants", s) and not _has("air", s):
        # an old shell or landmine going off is a remote explosive, whatever fired it once
        return _sub("Remote explosive/landmine/IED")
    s = _LAUNCHED_GRENADE.sub(" rocket ", s)  # (fired like a rocket: shelling, below)
    if _has("grenade", s):
        return _sub("Grenade")
    if mode == "heavy-weapons" and _agent_has(trigger, "air"):
        return _sub("Air/drone strike")  # "warplanes fired missiles": what fired it decides
    if mode == "heavy-weapons":
        return _sub("Shelling/artillery/missile attack")  # "hit by a missile", not the jet it hit
    if mode == "explosives" and _FIREBOMBS.search(" ".join(t.text for t in trigger.subtree)) and (
            agent_sector in _UNARMED_SECTORS or _BACKERS.match(agent) or _has("protesters", agent)) \
            and not _has("armed", agent):
        # "opposition supporters THREW PETROL BOMBS at the prime minister's office": a riot, no IED
        return _sub("Violent demonstration")
    if mode == "explosives" and not _agent_has(trigger, "air") and (
            trigger.pos_ != "NOUN" or trigger.lemma_.lower() in _DEVICES):
        # what went off decides: "a truck bomb exploded near an air force base" is no air strike,
        # "three missiles exploded" no roadside bomb; a bomb or a bombing is one itself (not an
        # "explosion" or a "bomber": "explosions were heard as U.S. aircraft struck", below)
        own = None if trigger.pos_ == "NOUN" else _means(agent)
        return _sub(own or "Remote explosive/landmine/IED")
    if _shots(trigger):
        # shots name their own means: "its forces RETURNED FIRE after militants threw explosives",
        # "a boy was killed BY ISRAELI FIRE" (not the explosives of the clause or sentence after)
        return _sub("Attack" if _civilians_hit(trigger, target_sector) else "Armed clash")
    act = _toll_of(trigger)
    act_code = (trigger_code(act) or "") if act is not trigger else ""
    s = _without_sequels(trigger, act, s)
    if lem in _CASUALTY and (means := _means(_agent_text(act)) or (
            _bombing_means(act) if act_code == "195" else _ACT_MEANS.get(act_code))):
        # "a truck bomb exploded …, KILLING six and WOUNDING 60": what went off; "Russian forces
        # pounded the city, KILLING five": the shelling's toll, whatever drones the next sentence names
        return _sub(means)
    if lem in _FIGHTS and (clause := _subordinate_clause(trigger)) is not None and not _has("air", clause) \
            and not _has("shelling", clause):
        return _sub("Armed clash")  # "its aircraft struck positions in Kordofan, where FIGHTING has intensified"
    if lem in _CASUALTY and _attack_on_civilians_did_it(trigger) and not _means(_agent_text(trigger)):
        return _sub("Attack")  # "after an attack ON TOURISTS killed 26", whatever fight the main clause names
    if lem in _CASUALTY and _fight_did_it(trigger):
        return _sub("Armed clash")  # "airstrikes in July, when sectarian FIGHTING killed hundreds": the fight's toll
    own = _own_means_words(trigger, _without_downed(trigger, _without_others_acts(trigger, s)))
    if _has("air", own) and (_agent_has(trigger, "air") or not _has("air", _target_text(trigger))):
        return _sub("Air/drone strike")  # (not "rebels shot down a helicopter": the aircraft was hit)
    if _has("shelling", cue_pattern("crowd_means").sub(" ", own)):
        return _sub("Shelling/artillery/missile attack")
    if mode == "explosives" or _has("ied", own):
        return _sub("Remote explosive/landmine/IED")
    told_means = _means_told(context, sentence) if _the_attack_told(trigger) else None
    if told_means:
        return _sub(told_means)  # "Russian glide bombs struck Kharkiv … THE ATTACK hit a kindergarten": the same act
    if lem in _CASUALTY:
        # "an air strike killed 29 soldiers", "... The blast killed five": the casualties come
        # from the means the agent or the neighbouring sentences name
        means = _means(_agent_text(trigger))
        if not means and _CLASH.search(s):
            return _sub("Armed clash")  # "two were killed as rival families battled in the camp"
        if not means and act is not trigger and _has("armed", _target_text(act)) and not _has(
                "civilians", _PEOPLE.sub(" ", _target_text(trigger))):
            return _sub("Armed clash")  # "attacked an army base, KILLING six people": the fight's toll
        if not means and not _done_by_named_act(trigger) and not _at_another_moment(trigger):
            # ("gunmen killed 12 civilians IN AN ATTACK on a market": a new attack, which the
            # sentences after it may tell more of, not the air strikes of the paragraph before)
            # (not what its victims did, told of them: "killed a Hezbollah commander WHO HAD FIRED ROCKETS")
            own_s = _without_downed(trigger, _without_others_acts(trigger, sentence))
            means = _means_told(context.replace(sentence, own_s), own_s,
                                from_sentence=_in_own_act(trigger, _NEW_ATTACKS) or _by_a_new_act(trigger))
        if means:
            return _sub(means)
    if cameo.startswith("192") or lem in _TAKE_VERBS:
        if trigger.dep_ == "relcl" and trigger.tag_ in ("VBZ", "VBP"):
            return None  # "five hilltop positions it still OCCUPIES": a standing hold, no change of hands
        return _territory(trigger, s, lem, agent_sector, agent_state)
    if mode == "abduct":
        return _sub("Abduction/forced disappearance")
    if lem in _FIGHTS:
        if _has("crude_weapons", s) and not _has("armed", s) and not _has("nonstate", s):
            return _sub("Mob violence")  # rival crowds with sticks and stones are no armed groups
        if lem in _SCUFFLES and _unarmed_side_against_police(trigger, agent_sector, target_sector):
            return _sub("Violent demonstration")  # "STUDENTS clashed with POLICE": rioters, no armed group
        return _sub("Armed clash")
    target = _target_text(trigger)
    if lem in ("attack", "assault") and not _has("armed", target) and not _has("casualty_words", s) and (
            _has("property_targets", target) or not target and _has("property", s) and _has("property_targets", s)):
        # "attacks on properties", "the attacks, when shops were looted": no one was the target
        return _sub("Looting/property destruction")
    # (civilians whom a clause ties to armed men stay civilians)
    civil = bool(target) and _civilians_hit(trigger, target_sector)
    # (or whom the dictionary codes an armed body: "killed three ARMED MEN" are a militia's)
    armed = (_has("armed", target) or target_sector in _ARMED_SECTORS) and not civil
    if lem in _KILLINGS_OF_THE_HELD:
        return _sub("Attack")  # "executed 21 of its own commanders": the held are unarmed, whoever they were
    if (lem in ("stab", "stabbing") or _with_blades(trigger)) and agent_sector in _UNARMED_SECTORS \
            and not _has("armed", _agent_text(trigger)):
        return _sub("Attack")  # "a man STABBED a police officer": a lone knifeman is no armed group
    if target and (armed or _WARCRAFT.search(_RELATIVE.split(target)[0])):
        return _sub("Armed clash")  # (a fighter jet or a helicopter shot down: a fight with its force)
    # (holders of civil office hit are unarmed too, read in the target only: "a police official told
    # AFP" is a source, not a victim)
    if (target and (_has("civilians", target) or _has("officials", target) or civil)) or lem in (
            "stab", "stabbing", "murder", "killing", "assassinate", "assassination") or _with_blades(trigger):
        return _sub("Attack")  # (a knife attack is one on people, not a battle of armed groups)
    if _has("armed", s) and _has("nonstate", s) and (_has("state_forces", _without_late_sources(trigger, s))):
        return _sub("Armed clash")
    if _has("civilians", s):
        return _sub("Attack")
    return _sub("Armed clash")


_BLADES = frozenset({"stabbing", "knife", "machete", "axe", "hatchet", "sword", "knifeman"})
# Words for people that say nothing of whether they are armed
_ANYONE = frozenset({"man", "men", "people", "person", "persons"})
# Killings of the captive or the defenceless
_KILLINGS_OF_THE_HELD = frozenset({"execute", "behead", "massacre", "lynch"})
# Sectors of armed bodies, whom an act of force hits in a fight
_ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "INS", "UAF"})


def _with_blades(trigger: Any) -> bool:
    """Whether an attack is told as done with a blade: "a STABBING attack", "a knife attack",
    "attacked worshippers with a machete"."""
    return any(c.lower_ in _BLADES for c in trigger.children if c.dep_ in ("compound", "amod", "nmod")) or any(
        g.lemma_.lower() in _BLADES for p in trigger.children if p.dep_ == "prep" and p.lower_ == "with"
        for g in p.children if g.dep_ == "pobj")


# Fights that need no guns (not an exchange of fire, a gun battle or a shootout, which arm both sides)
_SCUFFLES = frozenset({"clash", "scuffle", "brawl", "skirmish", "confront", "confrontation"})


# A doer named as its attack ("an ARSON ATTACK destroyed a mosque"): no rioters
_AN_ATTACK = re.compile(r"\b(?:attacks?|assaults?|raids?)$", re.IGNORECASE)
# Fire bombs a crowd throws ("threw PETROL BOMBS at the prime minister's office")
_FIREBOMBS = re.compile(r"\b(?:petrol|molotov|fire)[- ]?bombs?\b|\bmolotovs?\b|\bmolotov cocktails?\b", re.IGNORECASE)
# People named as a leader's backers, and those of them said to be armed
_BACKERS = re.compile(r"(?:\S+\s+){0,3}?(?:supporters|followers|loyalists|fans|partisans)\b", re.IGNORECASE)
_ARMED_BACKERS = re.compile(r"(?:\S+\s+){0,3}?(?:armed|gun-toting)\s", re.IGNORECASE)


def _unarmed_side_against_police(trigger: Any, agent_sector: str | None, target_sector: str | None) -> bool:
    """Whether a fight is between unarmed people and the police or other state forces ("residents
    clashed with police", "police clashed with refugees"): ACLED's rioters, not an armed clash."""
    # (the other side is who one clashed WITH)
    other = _target_text(trigger) or " ".join(t.text for p in trigger.children if p.dep_ == "prep"
                                              and p.lower_ == "with" for t in p.subtree if t.i != p.i)
    sides = [(agent_sector, _agent_text(trigger)), (target_sector, other)]
    # (a leader's backers are a crowd, whoever they back: "SUPPORTERS of the impeached president")
    unarmed = [(sec in _UNARMED_SECTORS or _BACKERS.match(text or "") is not None) and not _has("armed", text)
               and not _ARMED_BACKERS.match(text or "") for sec, text in sides]
    state = [sec in ("COP", "MIL") or _has("state_forces", text) for sec, text in sides]
    return unarmed[0] and state[1] or unarmed[1] and state[0]


def _disrupts_weapons(trigger: Any, lem: str, seized: str) -> bool:
    """Whether a seizure takes arms out of use: weapons named in what was taken, or a device
    defused, dismantled or destroyed (not a drug laboratory or a crop, "dismantled a COCAINE
    LABORATORY", nor a blockade, "dismantled a ROAD BLOCKADE by protesters", with no arms named)."""
    if (_has("drug_works", seized) or _OBSTRUCTIONS.search(seized)) and not _ARMS_AMONG.search(seized):
        return False
    return _has("weapons_disrupted", seized) or lem in ("defuse", "dismantle", "destroy")


# Things a crowd puts up, which are taken down without arms
_OBSTRUCTIONS = re.compile(r"\b(?:blockades?|barricades?|roadblocks?|encampments?|tents?|sit-ins?|protest camps?)\b",
                           re.IGNORECASE)
# Arms among what was seized (beside the drugs: "seized cocaine AND RIFLES")
_ARMS_AMONG = re.compile(r"\b(?:weapons?|arms|ammunition|explosives?|rifles?|guns?|grenades?|bombs?|missiles?"
                         r"|rockets?|drones?|ieds?)\b", re.IGNORECASE)


def _without_told_of_others(trigger: Any, s: str) -> str:
    """The sentence less what a relative clause tells of someone not in the crowd, named in a
    phrase beside it: "dispersed crowds at the funeral of a blogger WHO DIED IN POLICE CUSTODY" used
    no lethal force then (what the crowd did stays: "dispersed FARMERS WHO BROKE INTO the office")."""
    return _blanked(s, trigger, [t for t in trigger.sent if t.dep_ == "relcl" and t.i > trigger.i
                                 and t.head.dep_ == "pobj" and not _has("protesters", t.head.text)])


def _without_downed(trigger: Any, s: str) -> str:
    """The sentence less the aircraft it tells were shot or brought down: "killed 13 police
    officers BY SHOOTING DOWN A HELICOPTER" hit the helicopter, no air strike killed them (not
    for an act the aircraft may have done, told with a pronoun: "shot down the aircraft after IT
    launched an attack")."""
    doers = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]  # ("it LAUNCHED an attack")
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("it", "they") for v in doers for c in v.children):
        return s
    return _blanked(s, trigger, [o for v in trigger.sent if v.lemma_.lower() in ("shoot", "bring")
                                 and any(c.lower_ == "down" and c.dep_ in ("prt", "advmod") for c in v.children)
                                 for o in v.children if o.dep_ == "dobj"])


def _blanked(s: str, trigger: Any, phrases: list[Any]) -> str:
    """The sentence text ``s`` of ``trigger`` with the phrases headed by ``phrases`` blanked in
    place (``s`` unchanged where it is not the sentence's own text)."""
    sent = trigger.sent
    if len(sent.text) != len(s):
        return s
    for c in phrases:
        a = c.left_edge.idx - sent.start_char
        b = c.right_edge.idx + len(c.right_edge) - sent.start_char
        s = s[:a] + " " * (b - a) + s[b:]
    return s


def _without_late_sources(trigger: Any, s: str) -> str:
    """The sentence less whoever says it after the act is told ("…, killing 19 men, women and
    children, survivors and POLICE said" names no police in the fight)."""
    return _blanked(s, trigger, [c for verb in trigger.sent if verb.i > trigger.i
                                 and verb.lemma_.lower() in cues()["speech_verbs"]
                                 for c in verb.children if c.dep_ == "nsubj" and c.left_edge.i > trigger.i])


# Words of a fight between sides, noun or verb ("clashed", "exchanged fire", "a gunfight")
# ("TRADED fire" as "exchanged fire"; an attack REPELLED is fought)
_FIGHTS = FIGHT_NOUNS | {"fight", "exchange", "trade", "shoot-out", "repel", "repulse"}
_PRISON = re.compile(r"\b(?:prison|prisons|jail|jails|inmates?|penitentiary)\b", re.IGNORECASE)
_THINGS = FACILITY_NOUNS | VEHICLE_NOUNS | PLACE_NOUNS | {"village", "villages", "houses", "homes", "shops"}


def _civilians_hit(trigger: Any, target_sector: str | None = None) -> bool:
    """Whether the act was aimed at civilians by the target's own words, less the clauses said of
    it and the places and things in it ("civilians SUSPECTED OF COLLABORATING WITH THE MILITANTS"
    are civilians; "the VILLAGE, which ended … by the Syrian Armed Forces" names no one), or by
    the dictionary's code of the target ("shot dead three PALESTINIANS who approached troops")."""
    bare = " ".join(w for w in _target_text(trigger, bare=True).split() if w.lower() not in _THINGS
                    # (a bare word for people the dictionary codes armed: "three ARMED MEN" are a militia's)
                    and not (target_sector in _ARMED_SECTORS and w.lower() in _ANYONE))
    return (_has("civilians", bare) or target_sector in _UNARMED_SECTORS and bool(bare)) and not _has("armed", bare)


# Sectors of people who bear no arms: civilians, and the opposition, parties, press, clergy, schools,
# hospitals, refugees, unions, aid groups and elites ("fired live ammunition at OPPOSITION SUPPORTERS"; not
# business, whose code a river's "bank" also gets)
_UNARMED_SECTORS = frozenset({"CVL", "OPP", "PTY", "MED", "REL", "EDU", "HLH", "REF", "LAB", "NGO", "ELI"})


# Participles that put armed men beside what was hit: "a convoy of fuel tankers ESCORTED by soldiers"
_ESCORTING = frozenset({"escort", "guard", "protect", "accompany"})


# Verbs of an assault on the ground: the act names its means, so no air strike or drone of the
# neighbouring sentences killed its victims.
_GROUND_ASSAULTS = frozenset({"storm", "ambush", "overrun", "shoot", "gun", "stab", "behead", "massacre", "invade"})


_SHOT_AGENT = re.compile(r"\b(?:fire|gunfire|bullets?|shots?|sniper)$", re.IGNORECASE)
_HEAVY_FIRE = re.compile(r"\b(?:artillery|tank|mortar|rocket|missile|naval|air|helicopter|drone)\b", re.IGNORECASE)


def _shots(tok: Any) -> bool:
    """Whether an act is shooting told with no projectile: "RETURNED FIRE", or a toll "killed BY
    Israeli FIRE" (not "by artillery fire", which is shelling)."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if tok.lemma_.lower() == "return" and any(o.lower_ == "fire" for o in objs):
        return True
    agent = next((c for c in tok.children if c.dep_ == "agent"), None) if tok.lemma_.lower() in _CASUALTY else None
    words = " ".join(t.text for t in agent.subtree) if agent is not None else ""
    return bool(_SHOT_AGENT.search(words)) and not _HEAVY_FIRE.search(words)


# (not "after" or "since": what a toll came after is often its cause, "23 were wounded AFTER Al
# Shabaab fighters attacked the bases")
_SEQUEL_MARKS = frozenset({"before", "until"})
_TIMING_MARKS = _SEQUEL_MARKS | {"after", "since"}


def _without_sequels(trigger: Any, act: Any, s: str) -> str:
    """The sentence less the clauses, with subjects of their own, of what others did before or
    until the event ("stormed a base, killing 10 soldiers, BEFORE GOVERNMENT FORCES BACKED BY AIR
    STRIKES DROVE THEM BACK": no air strike stormed it)."""
    return _blanked(s, trigger, [c for c in trigger.sent if _timed_clause(c, _SEQUEL_MARKS)
                                 and not any(c.left_edge.i <= t.i <= c.right_edge.i for t in (trigger, act))])


def _own_means_words(trigger: Any, s: str) -> str:
    """The words that may name the means of an act told in a clause set in time against its
    sentence's, with a subject of its own: that clause's ("its drones destroyed a hideout, two days
    AFTER MILITANTS ATTACKED A MILITARY CAMP": no drone attacked the camp; but "shot down the
    aircraft after IT launched an attack" is the aircraft's)."""
    own = next((c for c in (trigger, *trigger.ancestors) if _timed_clause(c, _TIMING_MARKS)), None)
    if own is None:
        # (nor a clause joined to it with a subject of its own: "forces and militiamen CLASHED near
        # the town, and 20 civilians were killed when A DRONE struck a market"), nor, for an act
        # that is no toll, one set in time against it ("rebels attacked the town, a day after THE
        # ARMY SHELLED their positions"; a toll's is often its cause: "23 were wounded after …")
        return _blanked(s, trigger, [c for c in trigger.sent if _own_conjunct(c, trigger) or (
            trigger.lemma_.lower() not in _CASUALTY and _others_timed(c, trigger))])
    if len(trigger.sent.text) != len(s) or any(
            g.dep_ in ("nsubj", "nsubjpass") and g.pos_ == "PRON" for g in own.children):
        return s
    a = own.left_edge.idx - trigger.sent.start_char
    b = own.right_edge.idx + len(own.right_edge) - trigger.sent.start_char
    return " " * a + s[a:b] + " " * (len(s) - b)


_RELATIVE_SUBJECTS = frozenset({"who", "that", "which"})


def _without_others_acts(trigger: Any, s: str) -> str:
    """The sentence less the acts of others that cannot be the trigger's means: what its victims
    did, told in a relative clause on its object ("shot dead two Palestinians WHO HAD THROWN
    EXPLOSIVES at soldiers"), and, when the act has a doer of its own, a clause set in time against
    a verb above it ("forces killed 11 militants …, the military said, DAYS AFTER A SUICIDE BOMBING
    KILLED 12 PEOPLE"; a toll told with no doer may be that clause's: "five soldiers were killed,
    the army said, after a car bomb went off")."""
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    clauses = [r for o in objects for r in o.children if r.dep_ == "relcl" and any(
        g.dep_ == "nsubj" and g.lower_ in _RELATIVE_SUBJECTS for g in r.subtree)]  # ("who THE ARMY SAID had …")
    doer = any(c.dep_ == "agent" or c.dep_ == "nsubj" and c.lower_ not in _RELATIVE_SUBJECTS
               for c in trigger.children)
    if doer:
        above = set(t.i for t in trigger.ancestors)
        clauses += [c for c in trigger.sent if c.head.i in above and _timed_clause(c, _TIMING_MARKS)
                    and not any(t.i == trigger.i for t in c.subtree)]
    return _blanked(s, trigger, clauses)


def _own_conjunct(clause: Any, trigger: Any) -> bool:
    """A verb joined by "and" to the trigger's own clause with a subject and a tense of its own, holding
    neither the trigger nor its clause (what another did beside it; not a gapped "and dozens
    WOUNDED in Misrata during shelling", whose words the parser hangs there for both)."""
    return clause.dep_ == "conj" and clause.pos_ in ("VERB", "AUX") and clause.i != trigger.i \
        and not any(t.i == trigger.i for t in clause.subtree) and clause.head == _nearest_verb(trigger) \
        and any(g.dep_ in ("nsubj", "nsubjpass") for g in clause.children) \
        and (clause.tag_ in ("VBD", "VBZ", "VBP") or any(g.dep_ in ("aux", "auxpass") for g in clause.children))


def _others_timed(clause: Any, trigger: Any) -> bool:
    """A clause set in time against the trigger's own, with a subject of its own that is no
    pronoun (which may be the doer's: "they stormed the base after THEY fired rockets")."""
    return _timed_clause(clause, _TIMING_MARKS) and clause.head == _nearest_verb(trigger) \
        and not any(t.i == trigger.i for t in clause.subtree) \
        and not any(g.dep_ in ("nsubj", "nsubjpass") and g.pos_ == "PRON" for g in clause.children)


def _nearest_verb(tok: Any) -> Any:
    """The verb of the clause a word is in: itself if a verb, else its nearest verb above."""
    return next((t for t in (tok, *tok.ancestors) if t.pos_ in ("VERB", "AUX")), tok)


def _intercepted_arms(verb: Any) -> bool:
    """Whether what was intercepted is a weapon or a projectile ("intercepted a ballistic MISSILE",
    "48 DRONES"), or nothing is named; a boat, a truck or people intercepted are no weapons use."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return not objs or any(o.lemma_.lower() in _ARMS or _has("weapons_disrupted", o.text) for o in objs)


# What an interception that disrupts weapons use takes: projectiles, weapons, arms shipments
_ARMS = PROJECTILE_NOUNS | {"weapon", "arm", "ammunition", "shipment"}


# Bodies of people a state's forces break up, which hold no arms of their own
_RINGS = frozenset({"network", "ring", "gang", "cell", "cartel", "syndicate", "racket", "scheme"})


def _dismantled_ring(verb: Any) -> bool:
    """Whether what a verb dismantles or breaks up is a ring of people ("dismantled a NETWORK that
    smuggled migrants", "broke up a smuggling RING"), not weapons ("dismantled a bomb")."""
    return verb.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in _RINGS for c in verb.children)


def _seized_words(verb: Any, s: str) -> str:
    """What a seizure took, where the parse shows its object: the verb's own phrase ("nationalised a
    uranium MINE", not "and would sell its STOCKPILE"; "seized a HOUSE and fired rounds of
    rockets"), else the sentence."""
    return _own_phrase(verb) if verb.pos_ == "VERB" and any(c.dep_ == "dobj" for c in verb.children) else s


def _own_phrase(verb: Any) -> str:
    """The words of a verb's own clause, less the clauses joined to or hung on it."""
    others = [c for c in verb.children if c.dep_ in ("conj", "advcl", "ccomp", "parataxis", "relcl")
              and c.pos_ in ("VERB", "AUX")]
    out = {t.i for t in verb.subtree} - {t.i for c in others for t in c.subtree}
    return " ".join(verb.doc[i].text for i in sorted(out))


def _timed_clause(tok: Any, marks: frozenset[str]) -> bool:
    """An adverbial clause with a subject of its own, set in time against its sentence's act by
    one of ``marks`` ("… UNTIL government forces drove them back")."""
    return tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in tok.children) \
        and any(g.dep_ in ("nsubj", "nsubjpass") for g in tok.children)


def _gunfire(tok: Any) -> bool:
    """Shots fired with no projectile named: "troops FIRED into a village", "OPENED FIRE on the
    crowd" (not "fired rockets at the town")."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if tok.lemma_.lower() == "fire":
        return not objs or all(o.lemma_.lower() in ("shot", "bullet", "round", "gun", "weapon") for o in objs)
    return tok.lemma_.lower() == "open" and any(o.lower_ == "fire" for o in objs)


def _done_by_named_act(tok: Any) -> bool:
    """Whether a casualty verb tells the toll of a ground assault its own sentence names: in
    "fighters stormed a village, killing 40 civilians and wounding 20" the storming killed them,
    so an air strike or a drone the neighbouring sentences mention is not its means."""
    if _in_own_act(tok):
        return True
    for _ in range(4):
        if tok.dep_ not in ("advcl", "conj", "xcomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in _GROUND_ASSAULTS or _gunfire(tok):
            return True
        if tok.lemma_.lower() not in _CASUALTY:
            return False
    return False


def _leaving_own_raid(tok: Any) -> bool:
    """Whether a withdrawal is the attackers leaving after their own attack: "the militants
    overran the base and stormed several posts BEFORE WITHDRAWING", "attacked the town and
    then withdrew", "burned several houses as they retreated"."""
    gov = tok.head
    if tok.dep_ == "pcomp" and gov.dep_ == "prep" and gov.lower_ in ("before", "after"):
        gov = gov.head
    elif tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "before", "after", "when")
                                     for c in tok.children) and any(
            c.dep_ == "nsubj" and c.lower_ in ("they", "he", "she", "it") for c in tok.children):
        pass  # "the militants burned several houses AS THEY RETREATED" (not "took the town after
        # GOVERNMENT TROOPS withdrew": the other side's ground)
    elif tok.dep_ != "conj":
        return False
    return gov.i != tok.i and gov.pos_ == "VERB" and (trigger_code(gov) or "")[:2] in ("18", "19", "20")


# The means an act's own code names: its toll participle's means ("pounded the city, killing five")
_ACT_MEANS = {"194": "Shelling/artillery/missile attack", "1832": "Remote explosive/landmine/IED",
              "183": "Remote explosive/landmine/IED"}  # (a suicide bombing is told apart before)


def _bombing_means(act: Any) -> str:
    """An air strike, unless a group with no aircraft bombed: "Abu Sayyaf rebels BOMBED two
    shopping malls", "Al-Qaida militants bombed an office" planted bombs."""
    if act.lemma_.lower() == "bomb" and _has("nonstate", _agent_text(act)) and not _agent_has(act, "air"):
        return "Remote explosive/landmine/IED"
    return "Air/drone strike"


# Nouns that name a planted or thrown device, or its use
_DEVICES = frozenset({"bomb", "bombing", "ied", "landmine", "mine", "device", "explosive", "car-bomb", "carbomb"})


# Manned military aircraft as a target ("shot down five Indian fighter jets")
# Arms of war destroyed in a fight: the fight, not property destruction
_MATERIEL = re.compile(r"\b(?:(?:combat|armou?red|military) vehicles?|tanks?|artillery pieces?|rocket launchers?)\b",
                       re.IGNORECASE)
_WARCRAFT = re.compile(r"\b(?:fighter|jets?|warplanes?|helicopters?|gunships?|bombers?|military aircraft)\b", re.I)
# where a noun phrase's own words end ("the captured pilot | whose fighter jet was downed")
_RELATIVE = re.compile(r"\b(?:whose|which|who|whom|that)\b|,")


def _toll_of(tok: Any) -> Any:
    """The act a toll participle (or its conjunct) is the toll of, else the token itself."""
    part = tok
    while part.dep_ == "conj" and part.head.i != part.i and part.head.tag_ == "VBG":
        part = part.head
    return part.head if part.dep_ == "advcl" and part.tag_ == "VBG" and part.i > part.head.i else tok


# Acts a toll is told "in": "killed in an operation", "were killed in gang violence".
_TOLL_ACTS = frozenset({"operation", "raid", "violence", "ambush", "assault", "shootout", "crackdown", "gunfight",
                        "firefight", "massacre", "incursion", "offensive"})


def _at_another_moment(tok: Any) -> bool:
    """Whether a casualty verb is told in a clause set at another moment than its sentence's act
    ("Petro suspended talks last year AFTER its fighters KILLED four leaders"), so the means of the
    neighbouring sentences, which tell the story's incident, are not its means."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TIMING_MARKS for c in tok.children)


# Acts a toll is told "in" that the sentences after may tell the means of ("killed in an attack")
_NEW_ATTACKS = frozenset({"attack", "shooting"})


def _in_own_act(tok: Any, acts: frozenset[str] = _TOLL_ACTS) -> bool:
    """Whether a casualty verb names the act that took the toll as one not told before ("killed a
    commander IN AN OPERATION", "were killed IN GANG VIOLENCE last year"), so the means of the
    neighbouring sentences are not its means; "killed IN THE ATTACK" points back to one told."""
    # (anywhere in the verb's phrase: the parser may hang it on the victim's description,
    # "killed a commander known as X IN AN OPERATION")
    return any(p.dep_ == "prep" and p.lower_ in ("in", "during") and o.dep_ == "pobj"
               and o.lemma_.lower() in acts and not any(d.dep_ == "det" and d.lower_ in ("the", "this", "that")
                                                              for d in o.children)
               for p in tok.subtree for o in p.children)


def _by_a_new_act(tok: Any) -> bool:
    """Whether a casualty verb's doer is an act not told before ("AN ATTACK on an army convoy
    killed eight soldiers", "an attack on a convoy THAT killed eight"), so the means of the
    sentences before it are not its means; "THE ATTACK killed" points back to one told."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ == "WDT" and tok.dep_ == "relcl":
        subj = tok.head
    return subj is not None and subj.lemma_.lower() in _NEW_ATTACKS \
        and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in subj.children)


_TAKE_VERBS = frozenset({"capture", "recapture", "retake", "regain", "overrun", "liberate", "seize", "take", "free"})


def _territory(trigger: Any, s: str, lem: str, agent_sector: str | None, agent_state: bool = False) -> Acled | None:
    """Which side took ground: ACLED's territory sub-events, from the taker's sector or words (a
    state named as the taker is a government: "Israel continued to occupy five hilltops" with
    Hezbollah named in the sentence)."""
    if _has("nonviolent_transfer", s) or _WITHOUT_FIGHTING.search(s):
        return _sub("Non-violent transfer of territory")
    subj = _agent_text(trigger, primary=True)
    if agent_sector in _NONSTATE_SECTORS:  # the dictionary knows the group: "the Rapid Support Forces"
        return _sub("Non-state actor overtakes territory")
    if agent_sector in _STATE_SECTORS or agent_state:
        return _sub("Government regains territory")
    if lem in ("recapture", "retake", "regain", "liberate"):
        return _sub("Government regains territory") if not _has("nonstate", subj) else _sub("Non-state actor overtakes territory")
    if subj and (_has("nonstate", subj) or _GROUP_WORDS.search(subj)):
        # ("THE GROUP captured El Fasher last month": a government is no group)
        return _sub("Non-state actor overtakes territory")
    if subj and _has("state_forces", subj):
        return _sub("Government regains territory")
    return _sub("Non-state actor overtakes territory") if _has("nonstate", s) else _sub("Government regains territory")


_GROUP_WORDS = re.compile(r"\b(?:group|groups|faction|factions|movement)$", re.IGNORECASE)
_DESTROY = frozenset({"burn", "torch", "destroy", "demolish", "raze", "bulldoze"})
_CASUALTY = frozenset({"kill", "wound", "injure", "die", "death", "hurt", "maim", "casualty", "killing"})
_MEANS = (("suicide", "Suicide bomb"), ("chemical", "Chemical weapon"), ("air", "Air/drone strike"),
          ("shelling", "Shelling/artillery/missile attack"), ("grenade", "Grenade"),
          ("ied", "Remote explosive/landmine/IED"))


# a fight the sentence itself names: its casualties are that fight's (an armed clash), whatever weapons the
# neighbouring sentences name ("two were killed as rival families battled in the camp")
_PEOPLE = re.compile(r"\b(?:people|persons?)\b", re.IGNORECASE)  # who died, not on which side
_CLASH = re.compile(r"\b(?:battl\w*|clash\w*|fought|fighting|gunfights?|firefights?|shoot-?outs?|gun ?battles?"
                    r"|repell?(?:ed|ing)|repuls(?:ed|ing)"
                    r"|exchanges? of (?:heavy |intense )?(?:gun)?fire"
                    r"|(?:exchanged|traded) (?:heavy |intense )?(?:gun)?fire)\b",
                    re.IGNORECASE)


def _means(text: str) -> str | None:
    """The ACLED sub-event type of the weapon a text names, the most specific first."""
    if not text:
        return None
    text = _LAUNCHED_GRENADE.sub(" rocket ", text)
    for key, sub in _MEANS:
        if _has(key, text):
            return sub
    if _STATES_STRIKES.search(text):
        return "Air/drone strike"  # "ISRAELI STRIKES killed four people": a state's strikes come from the air
    return None


# A state's strikes, named by its people's adjective ("Israeli strikes", "AN ISRAELI STRIKE on a car",
# "U.S. strikes"; not "a general strike" nor "hunger strikes")
_STATES_STRIKES = re.compile(r"^(?:[Tt]he |[Aa]n? )?(?!The )(?:[A-Z][a-z]+(?:-led)?|U\.S\.|US|UK) strikes?"
                             r"(?: (?:on|in|against|near) .*)?$")


def _mob(s: str, agent: str) -> bool:
    """Mob violence: a crowd's or vigilantes' violence, not the state's ("the army and vigilantes")
    nor an armed group's ("militants attacked villages, vigilantes said")."""
    return _has("mob", s) and not _has("state_forces", agent) and not (_has("nonstate", agent) and not _has("mob", agent))


def _arrest_at_protest(tok: Any) -> bool:
    """Whether an arrest is the state's intervention in a demonstration: those arrested are
    demonstrators ("arrested 20 protesters", "detained thousands of marchers"), or it happened at
    one ("arrested during the march"), or it is how a demonstration was put down ("crushed the
    rally, detaining dozens"). An arrest for organising a protest, later, is an arrest; so is one
    of activists with no demonstration named (ACLED's arrests of political figures)."""
    heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(_is_demonstrators(_phrase(h)) for h in heads):
        return True
    for c in tok.children:  # "detained while trying to hold a demonstration", "as they marched"
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("while", "as", "when") for m in c.children) \
                and _is_demonstrators(" ".join(t.text for t in c.subtree)):
            return True
    head = tok
    while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head  # "detaining and arresting"
    if head.dep_ in ("advcl", "conj", "xcomp") and head.head.pos_ in ("VERB", "AUX"):
        objs = [c for c in head.head.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(_has("protesters", o.text) for o in objs):
            return True
    if tok.pos_ == "VERB" and head.dep_ in ("conj", "acl") and head.head.pos_ == "NOUN" \
            and _has("protesters", head.head.text):
        return True  # "suppressed the protest, detaining …" parsed as hanging from "protest"
    carrier = tok  # an arrest noun's verb: "dozens of ARRESTS have been made during the demonstration"
    while tok.pos_ == "NOUN" and carrier.pos_ not in ("VERB", "AUX") and carrier.dep_ in (
            "pobj", "prep", "dobj", "nsubjpass") and carrier.head.i != carrier.i:
        carrier = carrier.head
    return any(c.dep_ == "prep" and c.lower_ in ("at", "during", "amid", "in")
               and any(_has("protesters", g.text) and g.ent_type_ != "DATE" for g in c.children if g.dep_ == "pobj")
               for c in [*tok.children, *(carrier.children if carrier is not tok else ())])


_ACTIVISTS = re.compile(r"\bactivists?\b", re.IGNORECASE)
_TREATIES = frozenset({"treaty", "pact", "accord", "agreement", "deal", "ceasefire", "cease-fire", "truce",
                       "convention", "protocol", "memorandum", "armistice", "talks", "negotiations"})
_PEACE = frozenset({"peace", "ceasefire", "cease-fire", "truce", "armistice", "reconciliation"})


_PROTEST_WORD = re.compile(r"\bprotest(?:s|ed|ing)?\b", re.I)
def _at_a_vessel(tok: Any) -> bool:
    """Whether an act is aimed at a ship or a boat ("fired water cannon AT A PHILIPPINE SHIP", "used
    water cannon AGAINST a Philippine ship", the phrase hung on the means)."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    aimed = [g for h in [tok, *objs] for c in h.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "against")
             for g in c.children if g.dep_ == "pobj"] + objs
    return any(_has("vessels", g.text) for g in aimed)


def _protest_from(noun: Any) -> bool:
    """Whether a protest noun names who made it with "from", on itself or on the verb that drew it
    ("prompting PROTESTS FROM BEIJING"): a state's protest so named is a note, no street protest."""
    heads = [noun, noun.head] if noun.dep_ == "dobj" and noun.head.lemma_.lower() in CAUSING_VERBS else [noun]
    return any(c.dep_ == "prep" and c.lower_ == "from" for h in heads for c in h.children)


def _is_demonstrators(text: str) -> bool:
    """Whether a phrase names demonstrators; "activists" alone name no demonstration, nor does a
    state's note ("summoned China's ambassador TO PROTEST the incident")."""
    text = WAITING_CROWD.sub(" ", _DIPLOMATIC_PROTEST.sub(" ", text))  # (nor "crowds waiting for aid")
    return _has("protesters", _ACTIVISTS.sub(" ", _MONTH_MARCH.sub(" ", text)))


_DIPLOMATIC_PROTEST = re.compile(r"\b(?:summon\w*|lodg\w*|call\w* in)\b[^.;]{0,80}?\bto protest\b", re.IGNORECASE)


_FAILING = frozenset({"collapse", "fail", "stall", "break", "falter", "founder", "end", "derail"})
_ARMED_ACTS = frozenset({"attack", "attacks", "offensive", "fighting", "hostilities", "insurgency"})
_OPERATIONS = frozenset({"operation", "operations", "activity", "activities", "campaign", "struggle"})


def _halts_operations(tok: Any) -> bool:
    """Whether a halt or suspension is of armed operations: "halted their offensive", "suspended all
    military operations", an armed group's "suspended its operations"; not a charity's operations."""
    armed_subject = _has("nonstate", _agent_text(tok))
    for c in tok.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        words = {c.lemma_.lower(), c.lower_}
        if words & _ARMED_ACTS:
            return True
        mods = {g.lower_ for g in c.children if g.dep_ in ("amod", "compound")}
        if words & _OPERATIONS and (armed_subject or mods & {"military", "armed", "combat"}):
            return True
    return False


def _without_own_acts(tok: Any, context: str) -> str:
    """The context without what the demonstrators themselves did in the event's sentence ("farmers
    blocked roads in a protest"): only the authorities' acts make an intervention. The trigger
    itself and verbs whose subject is not the state are masked."""
    masked = {tok.text}
    for t in tok.sent:
        if t.pos_ != "VERB":
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None and not _has("state_forces", " ".join(w.text for w in subj.subtree)):
            masked.add(t.text)
    for word in masked:
        if _has("intervention", word):
            context = re.sub(rf"\b{re.escape(word)}\b", " ", context, count=1)
    return context


def _beside_crowd_control(tok: Any) -> bool:
    """Whether an arrest goes with dispersing a crowd ("fired tear gas and arrested 40 people")."""
    head = tok
    while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head
    gov = head if head is not tok else (tok.head if tok.dep_ in ("advcl", "xcomp") else None)
    if gov is None:
        return False
    own = {t.i for t in tok.subtree}
    text = " ".join(t.text for t in gov.subtree if t.i not in own)
    return _has("crowd_means", text) or _has("intervention", _ARREST_WORDS.sub(" ", text))


_ARREST_WORDS = re.compile(r"\b(?:arrest\w*|detain\w*)\b", re.IGNORECASE)


def _pronoun_object(tok: Any) -> bool:
    """Whether those a verb acts on are named by a pronoun ("detained them", "15 of them")."""
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            if c.pos_ == "PRON" or any(g.pos_ == "PRON" for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                                       for g in p.children if g.dep_ == "pobj"):
                return True
    return False


def _blocks_a_measure(tok: Any) -> bool:
    """Whether what is blocked is a decision, not a way: "block THE DECREE", "blocked the sale"."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lemma_.lower() in BLOCKED_MEASURES




def _own_clause(tok: Any) -> str:
    """A trigger's clause (or a light verb's, for a noun trigger) without the clauses hung on it:
    "issued an alert | after rebels attacked the base" names no base of its own."""
    head = tok.head if tok.dep_ in ("dobj", "pobj") and tok.head.pos_ in ("VERB", "ADP") else tok
    head = head.head if head.pos_ == "ADP" else head
    drop = {t.i for c in head.children if c.dep_ in ("advcl", "relcl", "ccomp", "conj", "parataxis")
            for t in c.subtree}
    return " ".join(t.text for t in head.subtree if t.i not in drop)


def _own_protest_kind(trigger: Any, sentence: str, context: str) -> str:
    """The sub-type of the demonstrators' own act: what they protest after ("protested AFTER
    coalition forces killed eight civilians") and what they did themselves is no force used on them."""
    own = _without_lookalikes(_without_causes(trigger, sentence))
    return _protest_kind(own, _without_own_acts(trigger, context))


def _beside_accusations(tok: Any, s: str, context: str, *, charges_only: bool = False) -> tuple[str, str]:
    """The sentence and its context without the clauses of an accusation the trigger is not in.

    "launched airstrikes on groups IT ACCUSED OF A CHLORINE ATTACK": the chlorine is the act the
    groups are blamed for, not the airstrikes' weapon; "accused the army of a chlorine attack that
    killed 40" keeps it for the attack and the killing, which lie inside the accusation.
    charges_only: only clauses that name the charge ("accusing the army OF bombing …"), not a
    suspicion about who did this event ("gunmen SUSPECTED to be members of Boko Haram attacked").
    """
    sent = tok.sent
    spans = [(t.left_edge.idx - sent.start_char, t.right_edge.idx + len(t.right_edge) - sent.start_char)
             for t in sent if t.lemma_.lower() in _ACCUSING and t.pos_ == "VERB"
             and not (t.left_edge.i <= tok.i <= t.right_edge.i)
             and (not charges_only or any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in [
                 *t.children, *(g for d in t.children if d.dep_ == "dobj" for g in d.children)]))]
    if not spans or len(s) != len(sent.text):
        return s, context
    own = s
    for a, b in sorted(spans, reverse=True):
        own = own[:a] + " " * (b - a) + own[b:]
    return own, context.replace(s, own, 1)


def _charge_of(tok: Any) -> tuple[Any, Any] | None:
    """The first and last tokens of the charge an accusation lays, where the trigger lies in its
    "of"/"for" phrase: the charged party and the phrase ("accused HAMAS OF VIOLATING THE
    CEASEFIRE BY KILLING A SOLDIER"), else None."""
    for anc in tok.ancestors:
        if anc.dep_ == "prep" and anc.lower_ in ("of", "for"):
            verb = anc.head.head if anc.head.dep_ == "dobj" else anc.head
            if verb.lemma_.lower() in _ACCUSING and verb.pos_ == "VERB":
                charged = next((c for c in verb.children if c.dep_ == "dobj" and c.i < anc.i), None)
                first = tok.doc[charged.left_edge.i] if charged is not None else anc
                return first, tok.doc[anc.right_edge.i]
    return None


def _phrase(tok: Any) -> str:
    """A noun phrase without its relative clauses: of "people who organise demonstrations" only
    "people" (organisers arrested later are arrests, not an intervention at the demonstration)."""
    drop = {t.i for c in tok.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    return " ".join(t.text for t in tok.subtree if t.i not in drop)


def _from_agreement(tok: Any) -> bool:
    """Whether a withdrawal is from an agreement ("withdrew from the pact"), not from a place."""
    return any(c.dep_ == "prep" and c.lower_ == "from"
               and any(g.lemma_.lower() in _TREATIES for g in c.children if g.dep_ == "pobj")
               for c in tok.children)


def _peace_talks(tok: Any) -> bool:
    """Whether talks are about peace or a ceasefire: "peace talks", "negotiations on a truce"."""
    head = tok
    if tok.pos_ == "VERB":  # "opened peace talks": the talks are the object
        head = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), tok)
    words = {t.lemma_.lower() for t in head.subtree}
    return not _PEACE.isdisjoint(words)


def _sparked_protests(trigger: Any) -> bool:
    """Whether the act is told as what set the sentence's protests off: "THE KILLING of the mayor
    prompted protests", "police SHOT a student, sparking protests", "protesters rallied after
    police SHOT a student" (ACLED codes the act itself)."""
    if trigger.dep_ in ("nsubj", "csubj") and trigger.head.lemma_.lower() in CAUSING_VERBS:
        return True
    if trigger.dep_ == "advcl" and (trigger_code(trigger.head) or "")[:2] == "14" and any(
            m.dep_ == "mark" and m.lower_ in ("after", "because", "following") for m in trigger.children):
        return True  # "protesters rallied AFTER police shot dead a student": what they protest
    return any(c.dep_ in ("advcl", "conj", "xcomp") and c.lemma_.lower() in CAUSING_VERBS and c.i > trigger.i
               for c in trigger.children)


def _excessive(text: str) -> bool:
    """Lethal or injuring force ("live fire", "beat", "killed"), not counting non-lethal means."""
    return _has("excessive", cue_pattern("nonlethal").sub(" ", text))


def _protest_kind(s: str, context: str, *, repressed: bool = False, state_violence: bool = False) -> str:
    """Which of ACLED's protest sub-events a demonstration is.

    Demonstrators' own violence makes a violent demonstration; force used on peaceful
    demonstrators is excessive when it kills or injures, an intervention when it disperses or
    arrests them (tear gas, water cannon, rubber bullets count as intervention).
    s: the sentence; context: it with its neighbours. repressed: the event is the state's action.
    """
    if _has("mob", s):
        return "Mob violence"
    violent = _has("violent_demo", _VIOLENCE_AS_CAUSE.sub(" ", cue_pattern("state_actions").sub(" ", s)))
    if violent and not state_violence:
        return "Violent demonstration"
    if (state_violence or repressed or _has("state_forces", s)) and _excessive(s):
        return "Excessive force against protesters"
    if violent:
        return "Violent demonstration"
    if repressed or state_violence or _has("intervention", _without_earlier_arrests(s, context)):
        return "Protest with intervention"
    return "Peaceful protest"


def _without_earlier_arrests(s: str, context: str) -> str:
    """The context less the arrests told before the protest's sentence: an arrest before a protest
    is most often its cause ("security services ARRESTED a senior archbishop … Hundreds of his
    supporters gathered outside the prosecutor's office"); the arrests of its crowd come with it or
    after it ("… marched to parliament. Police detained 15 of them"), and a crowd dispersed before
    is dispersed ("police fired tear gas to disperse activists … Dozens of protesters came")."""
    key = s.strip()[:40]
    at = context.find(key) if key else -1
    return _ARREST_WORDS.sub(" ", context[:at]) + context[at:] if at > 0 else context


def _is_passive(tok: Any) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)


def _patient_text(tok: Any) -> str:
    for ch in tok.children:
        if ch.dep_ == "nsubjpass":
            return " ".join(t.text for t in ch.subtree)
    return ""


def _agent_has(tok: Any, key: str) -> bool:
    text = _agent_text(tok)
    return bool(text) and _has(key, text)


def _words(tok: Any, primary: bool) -> str:
    """The phrase of ``tok``; with ``primary`` only its first conjunct ("the army" of "the army
    and allied fighters")."""
    start = phrase_start(tok)  # (a dateline the parser hung on the subject is none of it)
    words = [t for t in tok.subtree if t.i >= start]
    if not primary:
        return " ".join(t.text for t in words)
    drop: set[int] = set()
    for c in tok.children:
        if c.dep_ in ("conj", "cc"):
            drop |= {t.i for t in c.subtree}
    return " ".join(t.text for t in words if t.i not in drop)


def _governing_clause(tok: Any) -> str:
    """The words of the use of force a participle or a joined verb hangs from, without its own:
    "fired a ballistic missile at a tanker" for "…, setting it ablaze"."""
    gov = tok.head
    if tok.dep_ not in ("advcl", "conj") or gov.i == tok.i or (trigger_code(gov) or "")[:2] not in ("18", "19", "20"):
        return ""
    own = {t.i for t in tok.subtree}
    return " ".join(t.text for t in gov.subtree if t.i not in own)


def _subordinate_clause(tok: Any) -> str | None:
    """The words of the relative or adverbial clause a trigger stands in, if it stands in one."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ in ("relcl", "advcl"):
            return " ".join(t.text for t in node.subtree)
        node = node.head
    return None


def _attack_on_civilians_did_it(tok: Any) -> bool:
    """Whether the subject of a casualty verb is an attack on civilians ("an attack ON TOURISTS
    killed 26 people")."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in ("attack", "assault", "raid", "ambush", "massacre"):
        return False
    aimed = " ".join(t.text for p in subj.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
                     for t in p.subtree)
    return _has("civilians", aimed) and not _has("armed", aimed)


# Nouns of an attack that "the" points back to one told
_ATTACK_NOUNS = frozenset({"attack", "strike", "raid", "assault", "bombardment", "barrage", "shelling", "bombing"})


def _the_attack_told(tok: Any) -> bool:
    """Whether the event is an attack the text told before, named again as the subject with "the",
    "this" or "that" ("THE ATTACK hit a nine-story building"), so its means are that attack's."""
    subj = tok if tok.pos_ == "NOUN" else next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lemma_.lower() in _ATTACK_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children) and not any(
        c.dep_ in ("amod", "compound") for c in subj.children)


def _fight_did_it(tok: Any) -> bool:
    """Whether the subject of a casualty verb is a fight ("clashes between militias killed 12") or
    a war ("THE WAR between the military and the RSF has killed more than 40,000 people": its
    toll, whatever drones struck a depot the paragraph before)."""
    while tok.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in tok.children) and tok.head.i != tok.i:
        tok = tok.head  # ("the war ERUPTED in 2023 and HAS KILLED 40,000": the subject of both)
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _FIGHTS | _WARS for c in tok.children)


_WARS = frozenset({"war", "conflict", "insurgency"})


def _agent_text(tok: Any, primary: bool = False) -> str:
    for ch in tok.children:
        # (not a dateline word, the parser's second subject: "BEIRUT, Nov 23 (REUTERS) - An Israeli strike …")
        if ch.dep_ == "nsubj" and dateline_dash(ch) is None:
            return _words(ch, primary)
        if ch.dep_ == "agent":
            pobj = next((g for g in ch.children if g.dep_ == "pobj"), None)
            return _words(pobj, primary) if pobj is not None else ""
    head = tok
    # a nominal trigger: the subject of the verb it hangs from, through its noun phrase
    # ("mounted a campaign of torching", "carried out attacks on villages")
    while head.dep_ in ("pobj", "prep", "dobj", "compound") and head.head.i != head.i and head.head.pos_ != "VERB":
        head = head.head
    anc = head.head if head.head.i != head.i else None
    if anc is not None and head.dep_ in ("ccomp", "parataxis") and anc.lemma_.lower() in cues()["speech_verbs"]:
        return ""  # "35 protesters were killed …, a doctors committee SAID": the speaker did not kill them
    if anc is not None:
        for ch in anc.children:
            if ch.dep_ == "nsubj":
                return " ".join(t.text for t in ch.subtree)
    return ""


def _means_phrases(head: Any) -> list[Any]:
    """The "with" phrases hung on a target that name the weapon, not what was hit: "struck an oil
    refinery WITH LONG-RANGE DRONES" (the parser's attachment; the refinery was hit, by drones)."""
    return [c for c in head.children if c.dep_ == "prep" and c.lower_ == "with"
            and any(_has(key, " ".join(t.text for t in c.subtree)) for key in ("air", "shelling", "ied", "grenade"))]


def _target_text(tok: Any, *, bare: bool = False) -> str:
    """The words of what ``tok`` was aimed at; ``bare`` leaves out the clauses said of it
    ("civilians SUSPECTED OF COLLABORATING WITH THE MILITANTS" were civilians)."""
    def words(head: Any) -> str:
        clauses = [t for t in head.subtree if bare and t.i != head.i and t.dep_ in ("acl", "relcl")
                   and t.lemma_.lower() not in _ESCORTING]  # (a convoy ESCORTED by soldiers is armed)
        clauses += _means_phrases(head)
        cut = {d.i for c in clauses for d in c.subtree}
        return " ".join(t.text for t in head.subtree if t.i not in cut)
    parts = []
    for ch in tok.children:
        if ch.dep_ in ("dobj", "nsubjpass"):
            parts.append(words(ch))
        if ch.dep_ == "prep" and ch.lemma_.lower() in ("on", "against", "of", "at"):
            parts.append(words(ch))
    for ch in tok.children:  # "opened fire on a teahouse"
        if ch.dep_ == "dobj":
            for p in ch.children:
                if p.dep_ == "prep" and p.lemma_.lower() in ("on", "at"):
                    parts.append(words(p))
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        for ch in tok.head.children:
            if ch.dep_ == "prep" and ch.lemma_.lower() in ("on", "against", "at"):
                parts.append(words(ch))
    if tok.pos_ == "NOUN" and came_under(tok):
        parts += [words(c) for c in tok.head.head.children if c.dep_ == "nsubj"]  # "PEACEKEEPERS came under fire"
    return " ".join(parts)
