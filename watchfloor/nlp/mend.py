"""Attachments the small parser gets wrong in a fixed, checkable way, set right after parsing.

Every module that reads the parse (roles, factuality, dates, places) would otherwise need the
same detour for the same mistake. Each mend here names the shape it rewrites, and rewrites only
that shape: a dependent moved to the head the sentence's grammar requires (its label kept, or
set to the one that head takes).
"""
from __future__ import annotations

from typing import Any

from spacy.language import Language

from watchfloor.nlp.pipeline import HYPHENED_FORCE  # (force verbs the tokenizer keeps one word)
from watchfloor.nlp.dateline import dateline_dash

__all__ = ["CHARGED_PARTICIPLES", "mend_attachments"]

# Verbs whose passive takes what the charged did with "of", "for" or "with" after the agent
_CHARGE_PASSIVES = frozenset({"accuse", "suspect", "blame", "charge", "convict", "indict", "criticize", "criticise",
                             "condemn"})
# The preposition each charge takes its deed with
_DEED_PREPS = {"of": _CHARGE_PASSIVES - {"blame", "charge", "criticize", "criticise", "condemn"},
               "for": frozenset({"blame", "criticize", "criticise", "condemn"}), "with": frozenset({"charge"})}


def _charge_after_agent(prep: Any) -> Any | None:
    """The passive verb a deed hung on its agent belongs to: "was accused by Human Rights Watch
    OF EXECUTING civilians" (the parser hangs "of" on "Watch"; the militia is accused of it).
    Only a gerund deed, right after the agent's noun phrase."""
    noun = prep.head
    if prep.dep_ != "prep" or noun.dep_ != "pobj" or noun.head.dep_ != "agent" or prep.i < noun.i:
        return None
    verb = noun.head.head
    if verb.lemma_.lower() not in _DEED_PREPS.get(prep.lower_, ()) or not any(
            c.dep_ == "auxpass" for c in verb.children):
        return None
    if not any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children):
        return None
    return verb


def _deed_on_the_accused(prep: Any) -> Any | None:
    """The verb of charging a deed hung on its object belongs to: "the army accused the paramilitary
    GROUP OF SHELLING the camp" (no group of shelling: the group is accused of it). Only a gerund
    deed, the object of a verb that takes that preposition for its deed, with none of its own."""
    noun = prep.head
    if prep.dep_ != "prep" or noun.dep_ != "dobj" or noun.pos_ not in ("NOUN", "PROPN") or prep.i < noun.i:
        return None
    verb = noun.head
    if verb.lemma_.lower() not in _DEED_PREPS.get(prep.lower_, ()) or any(
            c.dep_ == "prep" and c.lower_ == prep.lower_ for c in verb.children):
        return None
    if not any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children):
        return None
    return verb


def _second_deed_under_the_first(prep: Any) -> Any | None:
    """The first deed's preposition, where the parser hung a second deed's inside the first deed:
    "accused Eritrea of preparing FOR war AND OF ARMING Fano militias" (no "for … of": Eritrea is
    accused of both). Only a conjoined preposition of a gerund, under the first deed's gerund, that
    deed taken by its charging verb with the same preposition."""
    if prep.dep_ != "conj" or prep.head.dep_ != "prep" or prep.head.lower_ == prep.lower_ \
            or not any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children):
        return None
    deed = prep.head.head
    first = deed.head
    if deed.dep_ != "pcomp" or deed.tag_ != "VBG" or first.lower_ != prep.lower_ or first.dep_ != "prep" \
            or first.head.lemma_.lower() not in _DEED_PREPS.get(prep.lower_, ()):
        return None
    return first


# Nouns of an act whose "by" phrase is their own doer ("killed in an ATTACK BY militiamen")
_ACT_NOUNS = frozenset({"attack", "raid", "ambush", "assault", "strike", "airstrike", "bombing", "shooting",
                        "operation", "offensive", "clash", "fighting", "crossfire", "explosion", "blast", "incident",
                        "violence", "bombardment", "shelling", "crackdown", "siege", "massacre", "killing"})


def _agent_after_a_place(prep: Any) -> Any | None:
    """The passive verb a "by" phrase is the agent of, where the parser hung it on the noun of a
    place phrase before it: "was killed in his car at a traffic LIGHT BY GUNMEN on a motorbike"
    (no light by gunmen). Only a verb with no agent of its own, the place phrase its own, the
    "by" object a group, a people noun or a named party."""
    noun = prep.head
    if prep.dep_ != "prep" or prep.lower_ != "by" or noun.dep_ != "pobj" or noun.head.dep_ != "prep" \
            or noun.head.lower_ not in ("in", "at", "near", "on", "outside", "inside") or prep.i < noun.i \
            or noun.lemma_.lower() in _ACT_NOUNS:  # ("killed in AN ATTACK BY militiamen": the attack's)
        return None
    verb = noun.head.head
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children) \
            or any(c.dep_ == "agent" for c in verb.children):
        return None
    return verb if obj.ent_type_ in ("ORG", "NORP", "PERSON") or obj.tag_ == "NNS" and not obj.ent_type_ else None


def _relative_read_as_clause(verb: Any) -> Any | None:
    """The act noun a "that" or "which" clause describes, where the parser hung the clause on the
    main verb: "The strikes followed AN ATTACK on an army convoy near Boni earlier this week THAT
    KILLED eight soldiers" (the attack killed, not the strikes). Only the nearest noun before the
    pronoun (past a time and its words) or one it hangs from, of the verb's object, that is an act's."""
    that = next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "WDT"), None)
    if that is None or verb.dep_ not in ("advcl", "ccomp", "conj") or that.i == 0 or that.i > verb.i:
        return None
    doc, k = verb.doc, _before_its_time(verb.doc, that.i - 1)  # (past "earlier this week")
    if k < 0 or doc[k].pos_ not in ("NOUN", "PROPN") or doc[k].is_punct:
        return None
    act = next((t for t in [doc[k], *doc[k].ancestors] if t.pos_ == "NOUN" and t.lemma_.lower() in _ACT_NOUNS), None)
    if act is None or act.i == verb.head.i or not any(a.i == verb.head.i for a in act.ancestors) \
            or act.dep_ not in ("dobj", "pobj", "attr", "appos"):
        return None
    return act


# Verbs that name a thing in a free relative: "struck WHAT the military DESCRIBED AS infrastructure"
# (not "call", "term" or "label": "in what the U.N. CALLED A HEINOUS MURDER" is a judgement told)
_NAMING_VERBS = frozenset({"describe", "say", "claim", "identify", "believe"})


def _free_relative_object(what: Any) -> tuple[Any, Any] | None:
    """(the clause, the noun it names) of a free relative the parser made the object of an act:
    "struck WHAT THE MILITARY DESCRIBED AS Hezbollah INFRASTRUCTURE", "air strikes on WHAT IT SAID
    WERE Pakistani Taliban HIDEOUTS" (the strikes hit the infrastructure and the hideouts, not the
    military). Only "what" as the object of a verb of naming, itself the object or complement of
    the act, the noun after "as" or the verb's noun complement."""
    clause = what.head
    if what.lower_ != "what" or what.dep_ not in ("dobj", "nsubj") or clause.lemma_.lower() not in _NAMING_VERBS \
            or clause.dep_ not in ("ccomp", "pcomp", "dobj") or clause.head.i == clause.i:
        return None
    named = [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > clause.i
             for g in c.children if g.dep_ == "pobj"]
    named += [c for c in clause.children if c.dep_ in ("ccomp", "attr", "oprd") and c.pos_ in ("NOUN", "PROPN")
              and c.i > clause.i]
    return (clause, named[0]) if named else None


def _of_after_a_place(prep: Any) -> Any | None:
    """The noun an "of" phrase belongs to, where the parser hung it on a country or city named
    between them: "the arrest IN FRANCE of an Algerian consular official" (no France of anyone:
    the official was arrested). Only a one-word place name (no "of" of its own name: "the Republic
    of Congo"), the object of "in" or "at" on a common noun, the "of" right after it."""
    place = prep.head
    if prep.dep_ != "prep" or prep.lower_ != "of" or place.dep_ != "pobj" or place.ent_type_ != "GPE" \
            or place.pos_ != "PROPN" or prep.i != place.i + 1 or place.head.lower_ not in ("in", "at"):
        return None
    noun = place.head.head
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun.pos_ != "NOUN" or obj is None or obj.ent_type_ in ("GPE", "LOC", "DATE") \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None
    return noun


def _reduced_relative(verb: Any) -> Any | None:
    """The noun a bare past participle right after it describes, where the parser read the
    participle as a past tense clause of the verb before: "urged the parties to respect the
    ceasefire AGREED in 2020" (no one agreed it on the day of the urging), as one more verb
    joined to it with neither comma nor "and", or as a past tense describing a noun further up
    ("a violation of the ceasefire AGREED in Doha"). Only a verb with no subject, auxiliary, marker,
    object (a participle takes none: "troops trying to close the camp OPENED FIRE" is the troops')
    or comma of its own, right after a noun of the clause it hangs on."""
    if verb.dep_ not in ("advcl", "conj", "acl") or verb.tag_ not in ("VBD", "VBN") or verb.i < 1 \
            or verb.head.i > verb.i or verb.tag_ == "VBN" and verb.dep_ != "advcl" or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl", "dobj") or c.i < verb.i
            for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    # (or after the last of two nouns: "opened fire on journalists and POLICE GATHERED for the
    # reopening of the hospital"; a participle may be read as an adverbial clause too)
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "pobj", "conj") \
            or noun.dep_ == "conj" and (noun.head.dep_ not in ("dobj", "pobj") or verb.lemma_.lower() in _SAYING) \
            or not any(a.i == verb.head.i for a in noun.ancestors):
        return None
    if not any(c.dep_ in ("prep", "agent") for c in verb.children):
        return None  # (a participle says by whom, where or when: "agreed IN 2020", "passed BY parliament")
    up = noun.head
    while up.i != verb.head.i:
        if up.lower_ in _SUBORDINATORS:
            return None  # "as a military band with 600 musicians MARCHED": a clause the parser took for a phrase
        up = up.head
    return noun


def _burned_read_as_infinitive(to: Any) -> tuple[Any, Any, Any] | None:
    """The verb that set fire, the noun the parser read as an infinitive and the thing burned,
    where it read "setting fire TO FUEL tankers" as "to fuel" (a verb) and the tankers as its
    object. Only "to" right after "fire", the object of "set", with a bare verb and its object
    noun right after."""
    doc = to.doc
    if to.tag_ != "TO" or to.dep_ != "aux" or to.i < 2 or to.i + 2 >= len(doc):
        return None
    fire, verb, thing = doc[to.i - 1], doc[to.i + 1], doc[to.i + 2]
    if fire.lower_ != "fire" or fire.dep_ != "dobj" or fire.head.lemma_.lower() != "set" \
            or to.head.i != verb.i or verb.tag_ != "VB" or thing.head.i != verb.i or thing.dep_ != "dobj" \
            or thing.pos_ != "NOUN":
        return None
    return fire.head, verb, thing


# Pacts, and the verbs whose bare participle after one tells when or where it was made
_PACTS = frozenset({"ceasefire", "truce", "deal", "agreement", "accord", "treaty", "pact", "armistice"})
_PACT_MAKING = frozenset({"agree", "sign", "broker", "reach", "negotiate", "conclude"})


def _pact_read_as_subject(verb: Any) -> tuple[Any, Any] | None:
    """The pact a bare participle describes and the phrase the parser made the participle's
    subject, where it read "…, the first such violation of a CEASEFIRE AGREED in May 2025" as a
    clause (the violation agreed nothing). Only a past tense of making a pact right after the pact
    noun, the object of "of" in its subject, with a phrase of when or where and no object,
    auxiliary or marker."""
    if verb.tag_ != "VBD" or verb.lemma_.lower() not in _PACT_MAKING or verb.i < 2:
        return None
    noun = verb.doc[verb.i - 1]
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or noun.lemma_.lower() not in _PACTS or noun.dep_ != "pobj" or noun.head.lower_ != "of" \
            or noun.head.head.i != subj.i or subj.right_edge.i != noun.i:
        return None
    # (or a phrase of "as" the parser read as a clause: "condemned the advance AS A VIOLATION of the
    # ceasefire AGREED in Doha AND ACCUSED Rwanda")
    if any(c.dep_ in ("dobj", "aux", "auxpass") or c.dep_ == "mark" and not _as_of_a_judgement(c)
           for c in verb.children) or not any(c.dep_ == "prep" and c.i > verb.i for c in verb.children):
        return None
    return noun, subj


def _as_of_a_judgement(mark: Any) -> bool:
    """Whether a marker "as" opens the phrase of what a judging verb's object is called."""
    verb = mark.head
    return mark.lower_ == "as" and verb.dep_ == "advcl" and verb.head.pos_ == "VERB" \
        and any(c.dep_ == "dobj" and c.i < mark.i for c in verb.head.children)


# Participles of a charge that describe the one charged ("two men CONVICTED of spying")
CHARGED_PARTICIPLES = frozenset({"convict", "accuse", "suspect", "charge", "sentence", "indict"})


def _charged_across_a_date(verb: Any) -> Any | None:
    """The object a participle of a charge describes, where a date phrase of the main verb stands
    between them and the parser hung the participle on the main verb: "Iran hanged two MEN on
    Friday CONVICTED of membership in an armed group" (the men were convicted, not on Friday by
    Iran). Only a bare participle with its charge's preposition, right after the date phrase."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in CHARGED_PARTICIPLES or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return None
    if not any(c.dep_ == "prep" and c.lower_ in ("of", "for", "with") and c.i == verb.i + 1 for c in verb.children):
        return None
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i and c.pos_ == "NOUN"), None)
    date = next((c for c in verb.head.children if c.dep_ == "prep" and c.i == obj.right_edge.i + 1), None) \
        if obj is not None else None
    if date is None or date.right_edge.i != verb.i - 1 or not any(
            g.ent_type_ == "DATE" for g in date.children if g.dep_ == "pobj"):
        return None
    return obj


def _gerund_read_as_adjective(verb: Any) -> Any | None:
    """The object of a gerund the parser made an adjective of it, right after the "of" of a charge:
    "accused Eritrea OF BACKING REBELS" ("backing rebels" read as a kind of rebels, so no one
    backed them). RETURNS the "of" the gerund hangs on, else None."""
    noun = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "amod" or noun.i != verb.i + 1 or noun.dep_ != "pobj" \
            or verb.i == 0 or verb.nbor(-1).i != noun.head.i:
        return None
    prep = noun.head
    return prep if prep.lower_ == "of" and prep.head.lemma_.lower() in _DEED_PREPS["of"] else None


def _participle_with_a_subject(verb: Any) -> Any | None:
    """The noun a past participle describes where the parser gave it the phrase before as its
    subject: "the Indian army said, the first violation of a TRUCE AGREED in May" (no violation
    agreed anything; a participle with no auxiliary has no subject). Only a clause after the
    verb it hangs on whose participle has a subject, no auxiliary and no object or clause of its own, right
    after a noun inside that subject."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("ccomp", "advcl", "conj") or verb.head.i >= verb.i:
        return None  # (one before its verb is another shape: "Dozens of peacekeepers DESTINED for X began")
    deps = {c.dep_ for c in verb.children}
    if deps & {"aux", "auxpass", "dobj", "ccomp", "xcomp", "mark", "expl"}:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    noun = verb.doc[verb.i - 1]
    if subj is None or noun.i == subj.i or noun.pos_ != "NOUN" or noun.dep_ != "pobj" \
            or not subj.left_edge.i <= noun.i <= subj.right_edge.i:
        return None
    return noun


def _subject_of_a_reduced_relative(verb: Any) -> Any | None:
    """The finite verb whose subject the parser gave to a participle describing it, the participle
    hung on that verb as a clause: "a militia allegedly ALLIED to him OVERRAN an army base" (the
    militia overran it; a participle with no auxiliary has no subject), or as the clause said:
    "MIGRANTS DETAINED at a centre in Zawiya SAID guards beat them". Only a participle right
    before its finite verb, which has no subject of its own."""
    head = verb.head
    said = verb.dep_ == "ccomp" and head.lemma_.lower() in _REPORTING
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" and not said or head.i <= verb.i or verb.right_edge.i != head.i - 1 \
            or head.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass", "expl")
                                                            for c in head.children):
        return None
    if any(c.dep_ in ("aux", "auxpass", "dobj", "mark", "ccomp", "xcomp") for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None


def _object_read_as_gerunds_subject(verb: Any) -> Any | None:
    """The object of a clause the parser made the subject of a gerund right after it: "Israeli
    strikes killed at least 40 PEOPLE WAITING for food aid" (the people were killed, and were
    waiting), or its complement: "settlers ATTACKED Palestinian FARMERS HARVESTING olives" (not of a
    verb that takes one: "saw soldiers beating a man"). Only a gerund with no auxiliary or marker, its
    subject a noun phrase filling the words between the verb it hangs on and itself, that verb with a
    subject and no object."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "ccomp") or head.i >= verb.i \
            or head.tag_ not in ("VBD", "VBN") or verb.dep_ == "ccomp" and head.lemma_.lower() in _CLAUSE_TAKERS \
            or any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children) \
            or any(c.dep_ in ("dobj", "auxpass", "ccomp") and c.i != verb.i for c in head.children) \
            or not (any(c.dep_ == "nsubj" and c.i < head.i for c in head.children) or _finite_read_as_relative(head)):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.left_edge.i != head.i + 1 or subj.right_edge.i != verb.i - 1:
        return None
    return subj


def _finite_read_as_relative(verb: Any) -> bool:
    """Whether a past-tense verb the parser hung on the noun before it is that noun's verb: "Boko
    Haram insurgents ABDUCTED at least 40 women collecting firewood" (a tag of the past tense, not
    the participle of a reduced relative)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.i == verb.i - 1 \
        and verb.head.pos_ in ("NOUN", "PROPN")


# Verbs whose complement may be someone doing something ("SAW soldiers beating a man", "reported
# gunmen firing"): their gerund keeps its subject
_CLAUSE_TAKERS = frozenset({"say", "tell", "state", "announce", "claim", "insist", "warn", "report", "see", "watch",
                            "hear", "find", "show", "catch", "leave", "keep", "notice", "spot", "film", "photograph",
                            "imagine", "describe", "recall", "remember", "fear", "risk", "mind", "avoid", "like",
                            "love", "hate", "prefer", "start", "stop", "begin", "continue", "mean", "know", "think",
                            "believe", "deny", "admit", "suggest", "recommend", "consider", "allege", "accuse"})


# Verbs of killing by a blow or a shot that take "dead" before their object ("shot dead a man"), by
# the past forms the parser may read as a noun before "dead" ("a motorcycle SHOT dead")
_DEAD_FORMS = {"shot": "shoot", "gunned": "gun", "stabbed": "stab", "beaten": "beat", "hacked": "hack",
               "stoned": "stone", "clubbed": "club"}
_KILLED_DEAD = frozenset(_DEAD_FORMS.values())


def _object_hung_on_dead(obj: Any) -> Any | None:
    """The verb whose object the parser hung on the "dead" right after it: "an Israeli settler SHOT
    DEAD a Palestinian man" (the man was shot; "dead" says how), also where "dead" was read as a
    preposition ("gunmen on motorbikes shot DEAD A POLICEMAN")."""
    dead = obj.head
    verb = dead.head
    if obj.dep_ == "pobj" and dead.dep_ != "prep":
        return None
    if dead.lower_ != "dead" or dead.i != verb.i + 1 or verb.lemma_.lower() not in _KILLED_DEAD \
            or verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
        return None
    return verb


def _killing_read_as_noun(dead: Any) -> Any | None:
    """The verb of "shot dead" where the parser read it as a noun compounded with the noun before
    it and made "dead" the clause: "Gunmen on a MOTORCYCLE SHOT dead two Chinese nationals" (a
    motorcycle shot). RETURNS the verb's token, else None."""
    if dead.lower_ != "dead" or dead.i < 2 or not any(c.dep_ in ("nsubj", "dobj") for c in dead.children):
        return None
    verb = dead.doc[dead.i - 1]
    noun = dead.doc[dead.i - 2]
    if verb.lower_ not in _DEAD_FORMS or verb.pos_ != "NOUN" or verb.dep_ != "pobj" \
            or noun.head.i != verb.i or noun.dep_ != "compound":
        return None
    return verb


def _gerund_of_a_list(verb: Any) -> Any | None:
    """The noun a gerund after "and" is listed with, where the parser joined the gerund to the
    finite verb: "charged three leaders with SABOTAGE and CALLING for the overthrow" (a gerund
    cannot be coordinated with "charged"). Only a gerund with no subject or auxiliary whose "and"
    comes right after the object of a preposition of that verb."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or head.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or verb.i < 2 \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    cc, noun = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    if cc.dep_ != "cc" or cc.lower_ != "and" or noun.dep_ != "pobj" or noun.head.dep_ != "prep" \
            or noun.head.head.i != head.i:
        return None
    return noun


# Plural event nouns the tagger may read as a verb after a noun: "Drone STRIKES by the air force killed"
_EVENT_PLURALS = frozenset({"strikes", "attacks", "raids", "airstrikes", "bombings", "clashes", "protests", "drills",
                            "exercises", "patrols", "talks"})


def _noun_read_as_verb(tok: Any) -> Any | None:
    """The verb of the sentence where the parser read a plural event noun as the verb and the
    real verb as a participle of its agent: "Drone STRIKES by the Ethiopian air force KILLED 15
    people" (the strikes killed), or as a clause of its own after the phrase of where they fell
    ("Drone STRIKES on a market in Kadugli KILLED 40 people"). Only a noun-verb with a noun before
    it as its subject, a "by" phrase (or a phrase right after it and no comma or "and" before the
    real verb), and the real verb with an object of its own."""
    if tok.tag_ != "VBZ" or tok.lower_ not in _EVENT_PLURALS or tok.i < 1:
        return None
    first = tok.doc[tok.i - 1]
    # (or its modifier, the parser having made a dateline the subject: "KHARTOUM (Reuters) - DRONE strikes")
    filed = first.dep_ == "compound" and first.pos_ == "PROPN" and any(
        c.dep_ == "nsubj" and (dash := dateline_dash(c)) is not None and dash < first.i for c in tok.children)
    if not (first.dep_ == "nsubj" and first.pos_ == "NOUN" or filed) or first.head.i != tok.i \
            or first.left_edge.i != first.i:
        return None
    by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == tok.i + 1), None)
    agent = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    verb = next((c for c in agent.children if c.dep_ == "acl" and c.i == agent.i + 1), None) \
        if agent is not None else None
    if verb is None and by is None and any(c.dep_ == "prep" and c.i == tok.i + 1 for c in tok.children):
        # ("Drone STRIKES on a market in Kadugli KILLED 40 people": the real verb hung on the noun-verb
        # as a clause of its own, right after the phrase that says where the strikes fell)
        verb = next((c for c in tok.children if c.dep_ in ("advcl", "conj") and c.i > tok.i
                     and not any(g.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "cc") for g in c.children)
                     and all(t.dep_ != "cc" and not t.is_punct for t in tok.doc[tok.i + 1:c.i])), None)
    if verb is None or verb.tag_ not in ("VBD", "VBN") or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    return verb


def _subject_read_as_modifier(verb: Any) -> Any | None:
    """The subject noun of a finite verb the parser hung on the verb as a modifier, with its
    determiner: "a charge THE TALIBAN deny" (a verb takes no "the"). Only a verb with no subject
    whose determiner and name come right before it."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBP", "VBZ", "VBD") or verb.i < 2 \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    noun, det = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    if noun.head.i != verb.i or noun.dep_ != "compound" or noun.pos_ not in ("PROPN", "NOUN") \
            or det.head.i != verb.i or det.dep_ != "det":
        return None
    return noun


def _subject_of_an_adjective(adj: Any) -> Any | None:
    """The subject of a finite verb the parser gave to an adjective describing it, the adjective
    hung on the verb: "Gunmen LOYAL to the former government ambushed a patrol" (no one ambushed).
    Only an adjective right after its noun, before a verb with no subject of its own."""
    verb = adj.head
    if adj.pos_ != "ADJ" or adj.dep_ not in ("advmod", "acomp", "dep") or verb.pos_ != "VERB" \
            or verb.i <= adj.right_edge.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    return next((c for c in adj.children if c.dep_ == "nsubj" and c.i == adj.i - 1 and c.pos_ in ("NOUN", "PROPN")),
                None)


def _verb_read_as_modifier(verb: Any) -> Any | None:
    """The object of a past-tense verb the parser made a modifier of it, the verb keeping its own
    subject: "TAIPEI (Reuters) - Taiwan SCRAMBLED JETS and deployed missile systems" ("scrambled
    jets" read as a noun phrase, "deployed" joined to the jets). Only a verb with a subject before
    it and its noun right after it (tagged a participle too: "Guinea-Bissau's military SEIZED POWER")."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "amod" or verb.head.i != verb.i + 1 \
            or verb.head.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "nsubj" and c.i < verb.i and c.pos_ in ("PROPN", "NOUN") for c in verb.children):
        return None
    return verb.head


def _finite_joined_to_infinitive(verb: Any) -> Any | None:
    """The finite verb a verb with a tensed auxiliary of its own belongs with, where the parser
    joined it to an infinitive: "has urged both sides TO PROTECT its projects and HAS PRESSED
    armed groups" (an infinitive takes no "has" as its fellow; China pressed). Only an
    infinitive with "to" that is the object clause of that finite verb."""
    inf = verb.head
    if verb.dep_ != "conj" or inf.tag_ != "VB" or inf.dep_ != "xcomp" \
            or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in inf.children):
        return None
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    if aux is None or aux.tag_ not in ("VBZ", "VBP", "VBD", "MD") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    main = inf.head
    if main.pos_ not in ("VERB", "AUX") or main.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    return main


def _participle_read_as_clause(verb: Any) -> tuple[Any, Any] | None:
    """The subject noun and the real verb where the parser read a noun's participle with its
    agent as a clause of its own: "said officers BACKED by a Kenyan-led mission HAD PUSHED the
    gang back" (a participle with no auxiliary takes no subject; the officers pushed). Only a
    participle right after its noun, with a "by" agent, whose clause's next verb has an
    auxiliary and no subject."""
    if verb.tag_ != "VBN" or verb.i < 1 or any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children) \
            or not any(c.dep_ == "agent" for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.head.i != verb.i or noun.dep_ != "nsubj" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    real = next((c for c in verb.head.children if c.i > verb.right_edge.i and c.dep_ == verb.dep_
                 and c.pos_ in ("VERB", "AUX")), None)
    if real is None or verb.head.i == verb.i or not any(c.dep_ == "aux" for c in real.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in real.children):
        return None
    return noun, real


def _force_read_as_modifier(verb: Any) -> Any | None:
    """The subject of "tear-gassed" or "baton-charged" where the parser made the verb a modifier of
    its object and the subject a modifier too: "Police tear-gassed demonstrators in the capital"
    (one noun phrase, no verb). Only where the object heads the sentence or is the subject of a
    saying verb after it; RETURNS the subject noun."""
    doc = verb.doc
    tear_gassed = verb.lower_ == "gassed" and verb.i >= 3 and doc[verb.i - 1].text == "-" \
        and doc[verb.i - 2].lower_ == "tear"
    if not (tear_gassed or verb.lemma_.lower() in HYPHENED_FORCE and verb.lower_.endswith("ed")) \
            or verb.dep_ != "amod" or verb.head.i <= verb.i:
        return None
    first = verb.i - 2 if tear_gassed else verb.i
    obj = verb.head
    subj = next((c for c in obj.children if c.dep_ in ("nmod", "compound") and c.i < first
                 and c.pos_ in ("NOUN", "PROPN")), None)
    if subj is None or not (obj.dep_ == "ROOT" or obj.dep_ == "nsubj" and obj.head.lemma_.lower() in _SAYING
                            and obj.head.i > obj.right_edge.i):
        return None
    return subj


def _verb_read_as_participle(verb: Any) -> Any | None:
    """The subject noun of a finite verb the parser read as a participle of the noun before it, or
    of the agent of that noun's participle: "Bandits KILLED at least 17 villagers", "Somali forces
    backed by U.S. airstrikes KILLED at least 40 fighters", "Gunmen on motorbikes KILLED 17 villagers"
    (the sentence had no verb). Only a verb with an object of its own (which a passive participle
    takes from few verbs) and no subject or auxiliary, right after that noun (or after the noun of
    a phrase right after the subject), where the subject noun heads the sentence or stands beside a
    saying verb."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() in _TWO_OBJECT_VERBS \
            or not any(c.dep_ == "dobj" for c in verb.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return None
    noun = verb.head
    if verb.i != noun.i + 1:
        return None
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        part = noun.head.head
        noun = part.head
        if part.dep_ != "acl" or part.i != noun.i + 1:
            return None
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN") \
            and noun.head.i == noun.head.head.i + 1:
        noun = noun.head.head  # ("Gunmen ON MOTORBIKES killed": the phrase's head noun is the subject)
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if noun.dep_ == "ROOT" or noun.dep_ in ("appos", "dep", "ccomp") and noun.sent.root.lemma_.lower() in _SAYING:
        return noun  # (the noun as the said clause itself: "NIAMEY - GUNMEN on motorbikes killed …, officials said")
    saying = noun.head
    if noun.dep_ == "nsubj" and saying.lemma_.lower() in _SAYING and saying.i > verb.right_edge.i and any(
            c.dep_ == "nsubj" and c.i > verb.right_edge.i for c in saying.children):
        return noun  # ("Bandits KILLED 17 villagers …, police said": the saying verb has a subject of its own)
    return None


# Verbs whose passive participle still takes an object: "troops GIVEN weapons", "a man DENIED bail"
_TWO_OBJECT_VERBS = frozenset({"give", "award", "offer", "show", "send", "hand", "grant", "deny", "tell", "ask",
                               "pay", "promise", "owe", "allow", "teach", "lend", "assign", "issue", "charge"})


def _speaker_read_as_apposition(verb: Any) -> Any | None:
    """The subject of a saying verb the parser hung as an apposition on the noun before it:
    "arrested 12 people … in the province of Kermanshah, THE SEMI-OFFICIAL TASNIM NEWS AGENCY SAID"
    (the agency is no name of Kermanshah; the verb had no subject). Only a saying verb with no
    subject, right after that phrase, which opens with a comma."""
    if verb.lemma_.lower() not in _REPORTING or verb.i < 2 or verb.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    for dep in ("appos", "conj"):  # (or joined to a list closed before it; not "Russia, China, IRAN said")
        noun = verb.doc[verb.i - 1]
        while noun.dep_ != dep and noun.head.i != noun.i and noun.head.i < verb.i and noun.right_edge.i == verb.i - 1:
            noun = noun.head
        if noun.dep_ == dep and noun.right_edge.i == verb.i - 1 and noun.left_edge.i >= 1 \
                and verb.doc[noun.left_edge.i - 1].text == "," and noun.pos_ in ("NOUN", "PROPN") \
                and (dep == "appos" or _list_closed_before(noun)):
            return noun
    return None


def _list_closed_before(conj: Any) -> bool:
    """Whether a list an item is joined to had its "and" or "or" before the comma that opens the
    item: "kidnapped 215 pupils AND 12 teachers, THE CHRISTIAN ASSOCIATION said" (no item of it)."""
    first = conj
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return any(t.dep_ == "cc" for t in conj.doc[first.i:conj.left_edge.i])


def _object_read_as_speaker(verb: Any) -> tuple[Any, Any, Any] | None:
    """The object of the verb before it and the first of the speakers, where the parser made the
    object the saying verb's subject and the speakers its conjuncts: "..., killing at least 23
    CIVILIANS sheltering there, WITNESSES and a resistance group said" (the civilians said
    nothing; "killing" had no object). Only a verb with no object right before the noun's
    phrase, and a conjunct after a comma. RETURNS ``(noun, its verb, the first speaker)``."""
    if verb.lemma_.lower() not in _REPORTING or verb.pos_ not in ("VERB", "AUX"):
        return None
    noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    first = None if noun is None else next((c for c in noun.children if c.dep_ == "conj" and c.i > noun.i), None)
    if first is None or noun.left_edge.i < 1 or verb.doc[first.left_edge.i - 1].text != ",":
        return None
    deed = verb.doc[noun.left_edge.i - 1]
    if deed.pos_ != "VERB" or deed.tag_ not in ("VBG", "VBD", "VBN") or deed.dep_ not in ("advcl", "conj", "ccomp") \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in deed.children):
        return None
    return noun, deed, first


def _speakers_title_read_as_apposition(verb: Any) -> tuple[Any, Any] | None:
    """The title and the name of a saying verb's subject, where the parser hung the title as an
    apposition on the noun before it and left the name alone as the subject: "executed a man
    convicted of spying for Israel's Mossad intelligence agency, THE JUDICIARY'S NEWS AGENCY Mizan
    said" (the news agency is Mizan, not the Mossad). Only a one-word name right before the verb,
    the title right before the name, opening with a comma."""
    if verb.lemma_.lower() not in _REPORTING or verb.i < 3 or verb.pos_ not in ("VERB", "AUX"):
        return None
    name = verb.doc[verb.i - 1]
    if name.dep_ != "nsubj" or name.head.i != verb.i or name.pos_ != "PROPN" or name.n_lefts or name.n_rights:
        return None
    noun = verb.doc[name.i - 1]
    while noun.dep_ != "appos" and noun.head.i != noun.i and noun.head.i < name.i and noun.right_edge.i == name.i - 1:
        noun = noun.head
    if noun.dep_ != "appos" or noun.right_edge.i != name.i - 1 or noun.left_edge.i < 1 \
            or verb.doc[noun.left_edge.i - 1].text != "," or noun.pos_ != "NOUN":
        return None
    return noun, name


# Nouns naming an accusation, which a clause of its denier may follow with no "that": "a CHARGE Caracas rejects"
_CLAIMS = frozenset({"charge", "claim", "accusation", "allegation"})
# Verbs of that clause the tagger may read as a plural noun
_DENYING = frozenset({"denies", "rejects", "disputes", "dismisses"})


def _denial_read_as_noun(tok: Any) -> tuple[Any, Any, Any | None] | None:
    """The claim noun, the denier's name and its "the" of "a charge Caracas REJECTS", "a charge
    the U.N. REJECTS", where the tagger read the verb as a plural noun with the name as its
    compound (and the claim as another, or as the noun it stands beside). Only that shape after
    "a"."""
    if tok.lower_ not in _DENYING or tok.pos_ != "NOUN" or tok.i < 3 or tok.head.i == tok.i:
        return None
    name = tok.doc[tok.i - 1]
    det = tok.doc[tok.i - 2] if tok.doc[tok.i - 2].lower_ == "the" else None
    claim = tok.doc[tok.i - 3 if det is not None else tok.i - 2]
    if claim.lemma_.lower() not in _CLAIMS or claim.i < 1 or tok.doc[claim.i - 1].lower_ not in ("a", "an") \
            or name.pos_ != "PROPN" or name.head.i != tok.i or name.dep_ != "compound" \
            or not (claim.head.i == tok.i and claim.dep_ == "compound" or tok.head.i == claim.i):
        return None
    return claim, name, det


# Verbs that turn down a charge restated after a comma ("…, charges Asmara REJECTED")
_TURNING_DOWN = frozenset({"reject", "deny", "dismiss", "dispute", "refute"})


def _clause_before_a_semicolon(verb: Any) -> bool:
    """Whether a clause with a subject of its own, ended by a semicolon, was read as what a "claimed"
    with an object after the semicolon claims: "Armed men ATTACKED a police station, killing two
    officers; the Jaish al-Adl group CLAIMED the attack" (the attack happened; the claim of it is a
    second clause). Only then: a clause before a semicolon a reporting verb hangs on is still
    reported."""
    head = verb.head
    end = verb.right_edge.i
    return verb.dep_ == "ccomp" and head.lemma_.lower() == "claim" and head.i > verb.i and end + 1 < head.i \
        and verb.doc[end + 1].text == ";" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        and any(c.dep_ == "dobj" for c in head.children)


def _restated_charge_read_as_main(verb: Any) -> tuple[Any, Any] | None:
    """The charge noun and the clause that made it, where the parser read a charge restated
    after a comma as the sentence's subject and the sentence before it as what it turned down:
    "Ethiopia accused Eritrea of preparing for war, CHARGES Asmara REJECTED" (the accusation
    was made; Asmara rejected the charges). Only a bare plural charge right after the comma,
    with the denier's name right after it; or a charge read as the object of its denial: "the
    army accused the RSF of targeting civilians, A CHARGE the paramilitary group DENIED"."""
    if verb.dep_ != "ROOT" or verb.lemma_.lower() not in _TURNING_DOWN or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    made = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if made is None:
        return None
    doc = verb.doc
    charge = next((c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if charge is not None and len(subjects) == 1 and charge.i < subjects[0].i and charge.lemma_.lower() in _CLAIMS \
            and all(c.dep_ == "det" for c in charge.children) and doc[charge.left_edge.i - 1].text == "," \
            and made.right_edge.i < charge.left_edge.i:
        return charge, made
    if len(subjects) != 2:
        return None
    charge, name = subjects
    if charge.lemma_.lower() not in _CLAIMS or charge.tag_ != "NNS" or name.i != charge.i + 1 \
            or name.pos_ != "PROPN" or doc[charge.i - 1].text != "," or made.right_edge.i >= charge.i:
        return None
    return charge, made


def _allied_read_as_verb(verb: Any) -> tuple[Any, Any] | None:
    """The object before "and" and the noun after "allied", where the parser read "allied" as a
    second verb of the clause: "accused THE ARMY and allied MILITIAS of killing civilians" (one
    object, two parties; no one allied anything). Only "allied" with no subject, joined to the verb
    whose object stands right before the "and", its own object right after it."""
    doc = verb.doc
    if verb.lower_ != "allied" or verb.dep_ != "conj" or verb.i < 2 or verb.i + 1 >= len(doc) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    cc, noun = doc[verb.i - 1], doc[verb.i + 1]
    first = next((c for c in verb.head.children if c.dep_ == "dobj" and c.right_edge.i == cc.i - 1), None)
    if cc.lower_ not in ("and", "or") or first is None or noun.head.i != verb.i or noun.dep_ != "dobj" \
            or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return first, noun


def _finite_joined_to_gerund(verb: Any) -> Any | None:
    """The finite verb a past-tense verb belongs with, where the parser joined it to a gerund
    inside that verb's phrase: "Hamas accused Israel OF VIOLATING the truce AND CALLED on
    mediators" (Hamas called; a gerund takes no past tense as its fellow). Only a verb with no
    subject of its own, the gerund the object of a preposition on the finite verb."""
    ger = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or ger.tag_ != "VBG" or ger.dep_ not in ("pcomp", "pobj") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    main = ger.head.head
    if ger.head.dep_ != "prep" or main.tag_ not in ("VBD", "VBZ", "VBP") or main.i > ger.i:
        return None
    return main


def _finite_joined_to_agents_participle(verb: Any) -> Any | None:
    """The verb a verb with an object belongs with, where the parser joined it to a participle with
    an agent on that verb's object: "the junta said it had FOILED a coup plot by army officers
    BACKED BY a foreign power AND ARRESTED several suspects" (the junta arrested them, not the
    foreign power). Only a verb with no subject of its own; the participle takes no object."""
    part = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN") or part.dep_ != "acl" or part.tag_ != "VBN" \
            or not any(c.dep_ == "agent" for c in part.children) or any(c.dep_ == "dobj" for c in part.children) \
            or not any(c.dep_ == "dobj" for c in verb.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    main = next((a for a in part.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if main is None or main.tag_ not in ("VBD", "VBN", "VBZ", "VBP") or main.i > part.i:
        return None
    return main


_RESTATED = frozenset(f"{c}s" for c in _CLAIMS)  # (the bare plural: "charges", "claims")


def _charge_read_as_verb(tok: Any) -> tuple[Any, Any, Any | None] | None:
    """The clause that made a charge, the verb that turns it down and the denier, where the
    tagger read a bare plural charge restated after a comma as the sentence's verb and the
    denying verb as its object: "The Houthis accuse U.N. staff of spying, CHARGES the U.N.
    REJECTS" (the charges are what the U.N. rejects)."""
    if tok.dep_ not in ("ROOT", "conj") or tok.lower_ not in _RESTATED or not tok.tag_.startswith("VB") \
            or tok.i < 2 or tok.doc[tok.i - 1].text != ",":
        return None
    made = next((c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i), None) if tok.dep_ == "ROOT" \
        else tok.head if tok.head.i < tok.i and tok.head.pos_ in ("VERB", "AUX") else None
    deny = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ in _DENYING and c.i > tok.i), None)
    if made is not None and deny is None:
        # (or the denial read as what the charges say: "…, CHARGES the government DENIES")
        deny = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i and c.lemma_.lower() in _TURNING_DOWN
                     and c.tag_ in ("VBZ", "VBP", "VBD") and any(g.dep_ == "nsubj" for g in c.children)), None)
        if deny is not None and not any(c.dep_ in ("nsubj", "dobj") for c in tok.children):
            return made, deny, None
        return None
    if made is None or deny is None:
        return None
    name = next((c for c in deny.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == deny.i - 1), None)
    return (made, deny, name) if name is not None else None


_SAYING = frozenset({"say", "tell", "state", "announce", "claim", "insist", "warn"})
# Saying verbs whose subject may be misread as an apposition before them ("…, the news agency REPORTED")
_REPORTING = _SAYING | {"report"}
_TENSE_AUX = frozenset({"has", "have", "had", "will", "would"})


def _conjunct_of_the_saying(verb: Any) -> Any | None:
    """The verb of saying a conjunct belongs with, where the parser joined it to the clause said:
    "North Korea HAS said the drills are a rehearsal and HAS vowed to respond" (North Korea
    vowed, not the drills). Only a conjunct with no subject of its own that shares the saying
    verb's auxiliary, which the clause said lacks."""
    said = verb.head
    if verb.dep_ != "conj" or said.dep_ != "ccomp" or said.head.lemma_.lower() not in _SAYING \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    saying = said.head
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"} & _TENSE_AUX
    if not aux or not aux <= {c.lower_ for c in saying.children if c.dep_ == "aux"} \
            or aux & {c.lower_ for c in said.children if c.dep_ in ("aux", "auxpass")}:
        return None
    return saying


# Verbs a speaker goes on to do in words, which a conjunct after an attribution may be the speaker's
_SPEAKERS_ACTS = frozenset({"say", "add", "call", "urge", "demand", "ask", "appeal", "accuse", "deny", "condemn",
                            "warn", "vow", "promise", "pledge", "insist", "claim", "tell", "welcome", "blame",
                            "concede", "admit", "acknowledge", "note", "stress", "explain", "argue", "suggest",
                            "reject", "dismiss", "describe", "predict", "refuse", "decline"})


def _conjunct_of_the_said(verb: Any) -> Any | None:
    """The reported verb a conjunct belongs with, where the parser made the saying verb the
    sentence's root and joined the conjunct to it: "Tanzanian police ARRESTED an opposition
    leader …, his party said on Friday, and BANNED a planned rally" (the police banned it, not
    the party; "… seized a tanker …, state media REPORTED, and DETAINED its crew"). Only a
    conjunct with no subject of its own, after an attribution set off by a
    comma, in the reported verb's tense, that is no act of words (", the party said, and CALLED
    for his release" is the party's), after no quotation ('"…," Carper said, but CONCEDED')."""
    saying = verb.head
    if verb.dep_ != "conj" or saying.dep_ != "ROOT" or saying.lemma_.lower() not in _REPORTING or verb.i < saying.i \
            or verb.lemma_.lower() in _SPEAKERS_ACTS \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    said = next((c for c in saying.children if c.dep_ == "ccomp" and c.i < saying.i), None)
    if said is None or said.tag_ != verb.tag_ or said.right_edge.i + 1 >= saying.i \
            or verb.doc[said.right_edge.i + 1].text != "," or any(t.is_quote for t in verb.doc[said.i:saying.i]) \
            or not any(c.dep_ == "nsubj" and said.right_edge.i < c.i < saying.i for c in saying.children):
        return None
    return said


# Subordinators the parser may read as prepositions, making a clause's subject their object
_SUBORDINATORS = frozenset({"as", "while", "when", "after", "before", "until", "since", "because", "once"})


def _speakers_participle(verb: Any) -> Any | None:
    """The saying verb an act of words after a subordinate clause belongs to, where the parser
    hung it on that clause: "Hezbollah SAID it would not hand over its weapons while Israel
    continued to occupy Lebanese territory, REJECTING a government plan" (Hezbollah rejects it,
    not Israel). Only a participle of words after a comma, on a "while/as/…" clause with a
    subject of its own, under what a saying verb reports."""
    sub = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in _SPEAKERS_ACTS \
            or verb.i == 0 or verb.doc[verb.i - 1].text != "," or sub.dep_ != "advcl" or sub.i > verb.i:
        return None
    if not any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in sub.children) \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in sub.children):
        return None
    up = sub.head
    while up.dep_ in ("ccomp", "conj", "xcomp") and up.head.i != up.i:
        up = up.head
    return up if up.lemma_.lower() in _SAYING and up.i < sub.i else None


def _ordered_clause_read_as_main(verb: Any) -> tuple[Any, Any] | None:
    """The verb of saying and the act it reports, where the parser took a clause that an
    attribution is followed by, "after" or "before" opening it, for the sentence's main clause or
    for what was said: "North Korea FIRED two missiles on Friday, South Korea's military SAID,
    days after Seoul and Washington BEGAN joint exercises" (the exercises came first; the firing
    was said). Only a saying verb set off by commas, with the act it reports before it."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    if mark is None or verb.pos_ != "VERB":
        return None
    if verb.dep_ in ("ROOT", "conj"):
        saying = next((c for c in verb.children if c.dep_ == "parataxis" and c.i < mark.i), None)
        told = verb.head if verb.dep_ == "conj" else next(
            (c for c in verb.children if c.dep_ == "ccomp" and saying is not None and c.i < saying.i), None)
    elif verb.dep_ == "ccomp" and verb.head.i < mark.i:
        saying = verb.head
        told = next((c for c in saying.children if c.dep_ == "ccomp" and c.i < saying.i), None)
    else:
        return None
    if saying is None or told is None or saying.lemma_.lower() not in _REPORTING or told.i > saying.i \
            or verb.doc[saying.i + 1].text != ",":
        return None
    first = min(t.i for t in saying.subtree if not t.is_punct)
    return (saying, told) if verb.doc[first - 1].text == "," else None


def _relative_of_the_agent(verb: Any) -> Any | None:
    """The people a "who" clause is said of, where the parser hung it on the act they did or made
    it a complement: "broke up a protest BY OPPOSITION SUPPORTERS in Kinshasa on Thursday WHO were
    demanding the release of their leader" (the supporters demand, not the protest or the
    police). Only the "by" object of an act's noun, with no more than its place and a time
    between it and "who"."""
    who = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "who"), None)
    if who is None or verb.dep_ not in ("relcl", "ccomp") or who.i == 0 or verb.doc[who.i - 1].pos_ in ("VERB", "AUX"):
        return None
    doc, k = verb.doc, _before_its_time(verb.doc, who.i - 1)  # (the time the act took place: "on Thursday")
    if k < 0:
        return None
    people = next((t for t in doc[k].ancestors if t.dep_ == "pobj" and t.head.lower_ == "by"), None) \
        if doc[k].dep_ != "pobj" or doc[k].head.lower_ != "by" else doc[k]
    if people is None or people.pos_ not in ("NOUN", "PROPN") or people.ent_type_ in ("GPE", "LOC", "FAC") \
            or people.head.head.pos_ != "NOUN" or people.right_edge.i != k:
        return None
    return people if verb.head.i != people.i else None


def _before_its_time(doc: Any, k: int) -> int:
    """The index of the last word at or before ``k`` that is not part of a time phrase ("on
    Thursday", "earlier this week"); -1 where none is."""
    while k >= 0 and (doc[k].ent_type_ in ("DATE", "TIME") or doc[k].lower_ in ("on", "at", "in", "late", "early")):
        k -= 1
    return k


def _subject_of_a_marker(noun: Any) -> bool:
    """Whether a noun the parser made the object of a subordinator is the subject of the clause it
    opens: "a day AFTER MILITANTS overran a military post" (the verb had no subject)."""
    mark, verb = noun.head, noun.head.head
    return mark.dep_ == "mark" and mark.lower_ in _SUBORDINATORS and verb.pos_ in ("VERB", "AUX") \
        and noun.i < verb.i and noun.pos_ in ("NOUN", "PROPN", "PRON") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _subject_after_a_measure(noun: Any) -> Any | None:
    """The verb whose subject a noun is, where the parser made it the object of a subordinator hung
    on the clause's measure: "a year AFTER THE COLLAPSE of a canopy KILLED 16 people" (the verb had
    no subject; the measure and "after" are the verb's)."""
    prep = noun.head
    measure = prep.head
    verb = measure.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("after", "before", "since") \
            or measure.dep_ != "npadvmod" or measure.i > prep.i or verb.tag_ != "VBD" or noun.i > verb.i \
            or noun.pos_ not in ("NOUN", "PROPN") or prep.right_edge.i != verb.i - 1 \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in verb.children):
        return None
    return verb


def _agent_of_the_object(by: Any) -> Any | None:
    """The object noun a "by" phrase belongs to, where the parser made it the agent of an active
    verb: "Police DISPERSED a MARCH by students" (the students marched; the police dispersed), or a
    "by" of the verb naming people or a name: "dispersed a RALLY BY opposition SUPPORTERS" (not a
    means, "by force"). Only right after the object, of a verb with a subject of its own and no
    passive auxiliary."""
    verb = by.head
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.right_edge.i == by.i - 1), None)
    named = by.dep_ == "prep" and by.lower_ == "by" and any(
        c.dep_ == "pobj" and c.tag_ in ("NNS", "NNP", "NNPS") for c in by.children)
    if not (by.dep_ == "agent" or named) or obj is None or obj.pos_ != "NOUN" \
            or not any(c.dep_ == "nsubj" for c in verb.children) \
            or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    return obj


def _clause_read_as_phrase(prep: Any) -> tuple[Any, Any] | None:
    """The subject noun and the verb of a clause a subordinator opens, where the parser read the
    subordinator as a preposition and the clause's verb as one more verb of the main clause:
    "marched to mark a year SINCE the collapse of a canopy KILLED 16 people" (the collapse
    killed, not the marchers). Only a finite verb with no subject right after the noun phrase."""
    if prep.dep_ != "prep" or prep.lower_ not in _SUBORDINATORS:
        return None
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.right_edge.i + 1 >= len(prep.doc):
        return None
    verb = prep.doc[noun.right_edge.i + 1]
    if prep.doc[verb.i - 1].is_punct or any(t.dep_ in ("appos", "punct") for t in noun.subtree):
        return None  # ("because of Boko Haram attacks, the IOM said": the speaker the parser hung on the noun)
    # (or a passive: "broke out AFTER a commander of one of the groups WAS ARRESTED")
    passive = verb.dep_ == "auxpass" and verb.lower_ in ("was", "were") and verb.head.tag_ == "VBN" \
        and verb.head.i == verb.i + 1
    verb = verb.head if passive else verb
    if verb.tag_ not in (("VBN",) if passive else ("VBD", "VBZ", "VBP")) \
            or verb.dep_ not in ("conj", "advcl", "dep", "ccomp", "parataxis") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") or c.i < verb.i and c.dep_ != "auxpass"
                   for c in verb.children) \
            or not any(a.i == verb.head.i for a in prep.ancestors) or any(a.i == verb.i for a in prep.ancestors):
        return None
    return noun, verb


def _verb_read_as_adjective(verb: Any) -> tuple[Any, Any, Any] | None:
    """(subordinator, subject, object) of a clause whose past verb the parser read as an adjective
    of its object, with the subject hung on that object: "a day AFTER THE HOUTHIS FIRED MISSILES at
    a U.S. carrier" (no "fired missiles" the Houthis are the subject of). Only a past tense form
    right after its subject, the object the noun a subordinator read as a preposition takes."""
    if verb.dep_ != "amod" or verb.tag_ != "VBD" or verb.i == 0:
        return None
    obj, subj = verb.head, verb.doc[verb.i - 1]
    if subj.head.i != obj.i or subj.dep_ != "nsubj" or subj.pos_ not in ("NOUN", "PROPN") or obj.i <= verb.i:
        return None
    prep = obj.head
    if obj.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _SUBORDINATORS or prep.i > subj.left_edge.i:
        return None
    return prep, subj, obj


def _deed_read_as_adjective(verb: Any) -> tuple[Any, Any] | None:
    """(the verb it is joined to, its object) of a past verb the parser read as an adjective of
    its object, that object made a conjunct of the first verb: "the fighters had looted homes AND
    ABDUCTED WOMEN" (no women joined to the looting). Only a verb's past form right after "and",
    its noun right after it, the first verb's object right before the "and" (not a phrase inside
    that object: "launched an attack on government TROOPS and ALLIED forces")."""
    noun = verb.head
    if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or verb.pos_ != "VERB" or verb.i < 2 \
            or verb.doc[verb.i - 1].lower_ != "and" or noun.dep_ != "conj" or noun.i != verb.i + 1:
        return None
    first, before = noun.head, verb.doc[verb.i - 2]
    if first.pos_ != "VERB" or first.i > verb.i or before.dep_ != "dobj" or before.head.i != first.i:
        return None
    return first, noun


# Verbs with no passive (what they tell is done, not suffered): their participle after a noun is
# no reduced relative clause
_INTRANSITIVE_ACTS = frozenset({"protest", "march", "rally", "demonstrate", "riot", "gather", "flee", "defect",
                                "mutiny", "die", "clash", "converge", "assemble"})


def _clause_read_as_noun_phrase(verb: Any) -> Any | None:
    """The subject noun of a sentence the parser read as one noun phrase, its verb a participle
    describing the noun: "Hundreds of residents PROTESTED in Martyrs' Square on Thursday" (the
    residents were the protesters, not protested against). Only a verb that has no passive,
    with no subject, auxiliary or agent, on the noun that is the root of a sentence ending in
    a full stop (a headline's "Hundreds KILLED in Tripoli" is a passive)."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() not in _INTRANSITIVE_ACTS \
            or noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN") or verb.i < noun.i \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in verb.children):
        return None
    last = verb.sent[-1]
    if last.text not in (".", "!") or noun.left_edge.i != verb.sent.start \
            or any(t.is_punct and t.text not in ("'", "’") for t in verb.doc[noun.i:verb.i]):
        return None
    return noun


def _relative_of_the_many(verb: Any) -> Any | None:
    """The plural noun a relative clause in the plural describes, where the parser hung it on the
    singular name after "of": "supporters of former president Evo Morales WHO WERE BLOCKING
    highways" (not he: the verb's number says so)."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.tag_ != "NNP" or noun.dep_ != "pobj" or noun.head.lower_ != "of" \
            or noun.head.head.tag_ not in ("NNS", "NNPS"):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that") for c in verb.children):
        return None
    finite = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i] + [verb]
    return noun.head.head if finite[0].lower_ in ("were", "are", "have") or finite[0].tag_ == "VBP" else None


def _conjunct_moves(verb: Any, main: Any, deps: tuple[str, ...]) -> list[tuple[Any, Any, None, None]]:
    """A conjunct re-hung on the verb it belongs with, and the words of ``deps`` ("and", a comma)
    between it and the head the parser gave it."""
    return [(verb, main, None, None)] + [(c, main, None, None) for c in verb.head.children
                                         if c.dep_ in deps and verb.head.i < c.i < verb.i]


# Nouns of a transfer, which take where it goes with "to"
_TRANSFER_NOUNS = frozenset({"supply", "delivery", "sale", "transfer", "shipment", "export", "provision", "flow",
                             "smuggling", "shipping"})
# Verbs that take where something goes with "to" themselves
_SENDING_VERBS = frozenset({"send", "deliver", "sell", "give", "supply", "ship", "transfer", "export", "provide",
                            "move", "smuggle", "donate", "hand", "return", "bring", "take", "lend"})


def _to_after_a_transfer(prep: Any) -> Any | None:
    """The transfer noun a "to" phrase belongs to, where the parser hung it on the verb: "impose
    sanctions on Iran over ITS SUPPLY of drones TO RUSSIA" (Russia is where the drones went, not
    whom sanctions were imposed on). Only right after the noun's phrase, the noun the object of
    a preposition (not the verb's own object: "sold its supply of oil TO CHINA"), with no "to" of
    its own, on a verb that takes no destination."""
    verb = prep.head
    if prep.dep_ != "prep" or prep.lower_ != "to" or verb.pos_ not in ("VERB", "AUX") \
            or verb.lemma_.lower() in _SENDING_VERBS:
        return None
    noun = next((t for t in prep.doc[verb.i + 1:prep.i] if t.lemma_.lower() in _TRANSFER_NOUNS and t.pos_ == "NOUN"
                 and t.dep_ == "pobj" and t.right_edge.i + 1 == prep.i), None)
    if noun is None or any(c.dep_ == "prep" and c.lower_ == "to" for c in noun.children) \
            or not any(a.i == verb.i for a in noun.ancestors):
        return None
    return noun


def _adjective_read_as_noun(tok: Any) -> bool:
    """Whether an adjective heads a noun phrase of its own: "arrested A FRENCH NATIONAL", "THE WOUNDED"."""
    return tok.pos_ == "ADJ" and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") \
        and any(c.dep_ == "det" and c.i < tok.i for c in tok.children)


def _hyphened_word_split(hyphen: Any) -> tuple[Any, Any] | None:
    """The two halves of a hyphened word the parser made two phrases of one verb, each with the
    same role: "launched A COUNTER-OFFENSIVE against M23" read as three objects. RETURNS (first
    half, last half), else None."""
    doc = hyphen.doc
    if hyphen.text != "-" or hyphen.i == 0 or hyphen.i + 1 >= len(doc):
        return None
    first, last = doc[hyphen.i - 1], doc[hyphen.i + 1]
    if first.whitespace_ or hyphen.whitespace_ or not first.is_alpha or not last.is_alpha:
        return None
    if first.head.i != last.head.i or first.dep_ != last.dep_ or first.head.i in (first.i, last.i) \
            or first.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj", "attr"):
        return None
    return first, last


@Language.component("mend_attachments")
def mend_attachments(doc: Any) -> Any:
    """Re-hang the dependents of ``doc`` whose attachment is a known mistake of the parser."""
    for tok in doc:
        if (halves := _hyphened_word_split(tok)) is not None:
            first, last = halves
            for c in [c for c in first.children if c.i < first.i]:
                c.head = last  # ("A counter-offensive": the article is the word's)
            first.head, first.dep_ = last, "compound"
            tok.head, tok.dep_ = last, "punct"
            if last.pos_ == "ADJ":
                last.pos_, last.tag_ = "NOUN", "NN"
    moves = []
    for tok in doc:
        if tok.dep_ == "prep" and (verb := _charge_after_agent(tok)) is not None:
            moves.append((tok, verb, None, None))
        elif tok.dep_ == "prep" and (verb := _deed_on_the_accused(tok)) is not None:
            moves.append((tok, verb, None, None))
        elif tok.dep_ == "prep" and (noun := _of_after_a_place(tok) or _to_after_a_transfer(tok)) is not None:
            moves.append((tok, noun, None, None))
        elif tok.dep_ == "prep" and (verb := _agent_after_a_place(tok)) is not None:
            moves.append((tok, verb, "agent", tok.tag_))
        elif tok.dep_ == "conj" and (first := _second_deed_under_the_first(tok)) is not None:
            moves += [(tok, first, None, None)] + [(c, first, None, None) for c in tok.head.children
                                                    if c.dep_ == "cc" and c.i == tok.i - 1]
        elif tok.dep_ == "relcl" and (many := _relative_of_the_many(tok)) is not None:
            moves.append((tok, many, None, None))
        elif tok.dep_ == "pobj" and _subject_of_a_marker(tok):
            moves.append((tok, tok.head.head, "nsubj", tok.tag_))
        elif tok.dep_ == "pobj" and (verb := _subject_after_a_measure(tok)) is not None:
            moves += [(tok, verb, "nsubj", tok.tag_), (tok.head, verb, "mark", tok.head.tag_)]
        elif tok.dep_ in ("agent", "prep") and (noun := _agent_of_the_object(tok)) is not None:
            moves.append((tok, noun, "prep", tok.tag_))
        elif (people := _relative_of_the_agent(tok) or _relative_read_as_clause(tok)) is not None:
            moves.append((tok, people, "relcl", tok.tag_))
        elif tok.dep_ == "advcl" and (said := _speakers_participle(tok)) is not None:
            moves.append((tok, said, None, None))
        elif tok.dep_ in ("advcl", "conj", "acl") \
                and (noun := _reduced_relative(tok) or _charged_across_a_date(tok)) is not None:
            moves.append((tok, noun, "acl", "VBN"))
            # (a result after a comma stays with the clause: "… police gathered for the reopening,
            # KILLING two journalists" is the gunmen's)
            moves += [(c, tok.head, None, None) for c in tok.children
                      if c.dep_ == "advcl" and c.tag_ == "VBG" and tok.doc[c.i - 1].text == ","]
        elif (prep := _gerund_read_as_adjective(tok)) is not None:
            moves += [(tok, prep, "pcomp", "VBG"), (tok.head, tok, "dobj", tok.head.tag_)]
        elif (noun := _participle_with_a_subject(tok)) is not None:
            subj = next(c for c in tok.children if c.dep_ == "nsubj")
            moves += [(subj, tok.head, "npadvmod", subj.tag_), (tok, noun, "acl", "VBN")]
        elif (subj := _subject_of_a_reduced_relative(tok)) is not None:
            moves += [(subj, tok.head, "nsubj", subj.tag_), (tok, subj, "acl", "VBN")]
        elif (obj := _object_read_as_gerunds_subject(tok)) is not None:
            moves += [(obj, tok.head, "dobj", obj.tag_), (tok, obj, "acl", "VBG")]
        elif tok.dep_ in ("dobj", "pobj") and (verb := _object_hung_on_dead(tok)) is not None:
            moves.append((tok, verb, "dobj", tok.tag_))
            if tok.dep_ == "pobj":
                moves.append((tok.head, verb, "acomp", tok.head.tag_))
        elif tok.dep_ == "conj" and (noun := _gerund_of_a_list(tok)) is not None:
            moves += [(tok, noun, None, None), (tok.doc[tok.i - 1], noun, None, None)]
        elif tok.dep_ == "conj" and (main := _finite_joined_to_infinitive(tok)) is not None:
            moves += _conjunct_moves(tok, main, ("cc", "punct"))
        elif tok.dep_ == "conj" and (main := _finite_joined_to_gerund(tok) or _conjunct_of_the_saying(tok)
                                     or _conjunct_of_the_said(tok)
                                     or _finite_joined_to_agents_participle(tok)) is not None:
            moves += _conjunct_moves(tok, main, ("cc",))
        elif tok.dep_ == "amod" and (found := _verb_read_as_adjective(tok)) is not None:
            prep, subj, obj = found
            moves += [(tok, prep.head, "advcl", "VBD"), (prep, tok, "mark", prep.tag_), (subj, tok, "nsubj", subj.tag_),
                      (obj, tok, "dobj", obj.tag_)]
            moves += [(c, tok, None, None) for c in obj.children if c.dep_ == "prep" and c.i > obj.i]
        elif tok.dep_ == "amod" and (joined := _deed_read_as_adjective(tok)) is not None:
            verb, obj = joined  # "had looted homes and ABDUCTED WOMEN": a second deed with its object
            moves += [(tok, verb, "conj", tok.tag_), (obj, tok, "dobj", obj.tag_)]
        elif tok.dep_ == "prep" and (pair := _clause_read_as_phrase(tok)) is not None:
            noun, verb = pair
            subj = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
            moves += [(verb, verb.head, "advcl", verb.tag_), (tok, verb, "mark", tok.tag_),
                      (noun, verb, subj, noun.tag_)]
    for tok, head, dep, tag in moves:
        tok.head = head
        if dep is not None:
            tok.dep_, tok.tag_ = dep, tag
    for tok in doc:
        if tok.dep_ == "conj" and tok.pos_ == "VERB" and any(
                c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until") and c.i < tok.i
                for c in tok.children) and not any(c.dep_ == "cc" for c in tok.children):
            tok.dep_ = "advcl"  # ", a day AFTER the Houthis FIRED a missile": a clause the marker subordinates
    for tok in doc:
        if tok.dep_ == "acl" and tok.tag_ == "VBD" and any(c.dep_ == "agent" for c in tok.children):
            tok.tag_ = "VBN"  # "fighters BACKED by Rwanda": a participle, with its agent
        elif (pair := _participle_read_as_clause(tok)) is not None:
            noun, real = pair
            noun.head = real
            tok.head, tok.dep_ = noun, "acl"
        elif (noun := _verb_read_as_participle(tok)) is not None:
            _make_clause_of(tok, noun)
        elif (verb := _killing_read_as_noun(tok)) is not None:
            noun, prep = doc[verb.i - 1], verb.head  # ("on a motorcycle": the noun ends the phrase)
            for c in [c for c in verb.children if c.i < noun.i]:
                c.head = noun
            noun.head, noun.dep_ = prep, "pobj"
            verb.head, verb.dep_ = (verb, "ROOT") if tok.dep_ == "ROOT" else (tok.head, tok.dep_)
            verb.tag_, verb.pos_, verb.lemma_ = "VBD", "VERB", _DEAD_FORMS[verb.lower_]
            for c in list(tok.children):
                c.head = verb
            tok.head, tok.dep_ = verb, "acomp"
        elif (subj := _force_read_as_modifier(tok)) is not None:
            obj = tok.head  # (the verb takes the object's place; what the object heads stays its own)
            tok.head, tok.dep_ = (tok, "ROOT") if obj.dep_ == "ROOT" else (obj.head, "ccomp")
            tok.tag_, tok.pos_ = "VBD", "VERB"
            obj.head, obj.dep_ = tok, "dobj"
            subj.head, subj.dep_ = tok, "nsubj"
        elif (noun := _speaker_read_as_apposition(tok)) is not None:
            noun.head, noun.dep_ = tok, "nsubj"
        elif (found := _object_read_as_speaker(tok)) is not None:
            noun, deed, first = found
            noun.head, noun.dep_ = deed, "dobj"
            first.head, first.dep_ = tok, "nsubj"
        elif (pair := _speakers_title_read_as_apposition(tok)) is not None:
            noun, name = pair
            noun.head, noun.dep_ = name, "compound"  # (the name heads its titled phrase)
    for tok in doc:
        if (noun := _verb_read_as_modifier(tok)) is not None:
            top = noun.head if noun.head.i != noun.i else tok
            tok.head, tok.dep_, tok.pos_ = top, noun.dep_, "VERB"
            for c in [c for c in noun.children if c.i > noun.i and c.dep_ in ("cc", "conj", "punct", "prep")]:
                c.head = tok  # (what follows the object is the clause's: "and DEPLOYED missile systems")
            noun.head, noun.dep_ = tok, "dobj"
    for tok in doc:
        if (pair := _free_relative_object(tok)) is not None:
            clause, named = pair
            gov, dep = clause.head, clause.dep_
            named.head, named.dep_ = gov, "pobj" if gov.pos_ == "ADP" else "dobj"
            clause.head, clause.dep_ = gov, "dep"  # (the naming stays beside it, a party to nothing)
    for tok in doc:
        if (noun := _subject_read_as_modifier(tok)) is not None:
            det = doc[tok.i - 2]
            noun.dep_, det.head = "nsubj", noun
        elif (noun := _subject_of_an_adjective(tok)) is not None:
            noun.head, noun.dep_ = tok.head, "nsubj"
            tok.head, tok.dep_ = noun, "amod"
        elif (found := _denial_read_as_noun(tok)) is not None:
            claim, name, det = found
            if claim.head.i == tok.i:
                claim.head, claim.dep_ = tok.head, "npadvmod"
            _make_denial_of(tok, claim, name, [det] if det is not None else [])
    for tok in doc:
        if (pair := _allied_read_as_verb(tok)) is not None:
            first, noun = pair
            main, cc = tok.head, doc[tok.i - 1]
            deeds = {p for p, verbs in _DEED_PREPS.items() if main.lemma_.lower() in verbs}
            for c in [c for c in noun.children if c.dep_ == "prep" and c.lower_ in deeds and c.i > noun.i]:
                c.head = main  # (what the charge is of is the verb's: "accused X and allied Y OF killing")
            noun.head, noun.dep_ = first, "conj"
            cc.head = first
            tok.head, tok.dep_, tok.tag_, tok.pos_ = noun, "amod", "VBN", "VERB"
    for tok in doc:
        if (read := _charge_read_as_verb(tok)) is not None:
            made, deny, name = read
            if tok.dep_ == "ROOT":
                made.head, made.dep_ = made, "ROOT"
            ends = [c for c in tok.children if c.dep_ == "punct"]
            for c in ends:
                c.head = made
            tok.head, tok.dep_, tok.tag_, tok.pos_ = made, "npadvmod", "NNS", "NOUN"
            if name is None:
                deny.head, deny.dep_ = tok, "relcl"  # (its subject already its own)
            else:
                _make_denial_of(deny, tok, name, [c for c in deny.children if c.dep_ == "det"])
    for tok in doc:
        if _clause_before_a_semicolon(tok):
            tok.head, tok.dep_ = tok, "ROOT"  # (its semicolon stays with the clause after it)
    for tok in doc:
        if (found := _restated_charge_read_as_main(tok)) is not None:
            charge, made = found
            made.head, made.dep_ = made, "ROOT"
            ends = [c for c in tok.children
                    if c.i > tok.i and c.is_punct or c.dep_ == "punct" and c.i == charge.left_edge.i - 1]
            for c in ends:
                c.head = made  # (the comma before the charge and the full stop are the sentence's)
            charge.head, charge.dep_ = made, "npadvmod"
            tok.head, tok.dep_ = charge, "relcl"
    for tok in doc:
        if (noun := _clause_read_as_noun_phrase(tok)) is not None:
            tok.head, tok.dep_, tok.tag_ = tok, "ROOT", "VBD"
            noun.head, noun.dep_ = tok, "nsubj"
            for c in [c for c in noun.children if c.i > tok.i or c.dep_ == "punct"]:
                c.head = tok  # (the full stop and what follows the verb are the clause's)
                if c.dep_ == "acl":
                    c.dep_ = "advcl"  # ", DEMANDING that armed groups leave": the protesters
    for tok in doc:
        if (found := _burned_read_as_infinitive(tok)) is not None:
            setting, noun, thing = found
            for c in [c for c in noun.children if c.dep_ in ("cc", "conj", "punct")]:
                c.head = setting  # (what follows is the setting verb's: "and CUTTING off supplies")
            tok.head, tok.dep_, tok.tag_, tok.pos_ = setting, "prep", "IN", "ADP"
            thing.head, thing.dep_ = tok, "pobj"
            noun.head, noun.dep_, noun.tag_, noun.pos_ = thing, "compound", "NN", "NOUN"
    for tok in doc:
        if (pair := _pact_read_as_subject(tok)) is not None:
            noun, subj = pair
            subj.head, subj.dep_ = tok.head, "npadvmod"  # (what the sentence calls the event)
            if tok.dep_ == "ROOT":
                subj.head, subj.dep_ = subj, "ROOT"
            mark = next((c for c in tok.children if c.dep_ == "mark"), None)
            if mark is not None:  # ("condemned the advance AS a violation"): the judging verb's phrase
                mark.head, mark.dep_, mark.tag_, mark.pos_ = tok.head, "prep", "IN", "ADP"
                subj.head, subj.dep_ = mark, "pobj"
                for c in [c for c in tok.children if c.dep_ in ("cc", "conj") and c.i > tok.i]:
                    c.head = tok.head  # ("AND ACCUSED Rwanda": the judging verb's conjunct)
            tok.head, tok.dep_, tok.tag_ = noun, "acl", "VBN"
    for tok in doc:
        if (pair := _ordered_clause_read_as_main(tok)) is not None:
            saying, told = pair
            if tok.dep_ == "conj":  # ("fired …, the military said, days after Seoul BEGAN"): the act's
                saying.head, saying.dep_ = told, "parataxis"
                tok.dep_ = "advcl"
                continue
            if tok.dep_ == "ROOT":
                saying.head, saying.dep_ = saying, "ROOT"
                told.head = saying
                for c in [c for c in tok.children if c.dep_ == "punct" and c.i > tok.i]:
                    c.head = saying  # (the full stop is the sentence's)
            tok.head, tok.dep_ = saying, "advcl"
    for tok in doc:
        if _adjective_read_as_noun(tok):
            tok.tag_, tok.pos_ = ("NNS" if tok.lower_.endswith("s") else "NN"), "NOUN"
    for tok in doc:
        if (verb := _noun_read_as_verb(tok)) is not None:
            _make_subject(tok, verb)
        elif tok.tag_ == "VBZ" and tok.lower_ in _EVENT_PLURALS and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            # "Drone STRIKES by the army killed 15": tagged a verb but parsed as the subject noun
            tok.tag_, tok.pos_ = "NNS", "NOUN"
            for c in tok.children:
                if c.dep_ == "nsubj" and c.i == tok.i - 1:
                    c.dep_ = "compound"
        elif (adj := _gerund_read_as_auxiliary(tok)) is not None:
            # "UKRAINIAN SHELLING damaged a substation": the shelling is the subject, its people's
            # adjective says whose
            adj.head, adj.dep_ = tok, "amod"
            tok.dep_, tok.tag_, tok.pos_ = "nsubj", "NN", "NOUN"
    return doc


# Gerunds of a use of force that name the act as a noun ("the shelling", "Russian bombing")
_FORCE_GERUNDS = frozenset({"shelling", "bombing", "bombardment", "firing", "shooting", "fighting", "gunfire"})


def _gerund_read_as_auxiliary(tok: Any) -> Any | None:
    """The adjective the parser made the subject where it read the event noun after it as an
    auxiliary (or an adverb) of the verb: "Ukrainian SHELLING damaged a power substation". Only a
    gerund of force right after a people's adjective that is the verb's only subject, the verb
    right after the gerund (a dateline the parser hung on the adjective is none of it)."""
    if tok.dep_ not in ("aux", "advmod") or tok.tag_ != "VBG" or tok.lower_ not in _FORCE_GERUNDS or tok.i < 1 \
            or tok.head.i != tok.i + 1:
        return None
    adj = tok.doc[tok.i - 1]
    subjects = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")
                and dateline_dash(c) is None]  # (nor a dateline read as one)
    # (or an adverb of the verb, the adjective its own and the verb without a subject: "BELGOROD,
    # Russia (Reuters) - Ukrainian SHELLING killed two people")
    if subjects != ([adj] if tok.dep_ == "aux" else []) or tok.dep_ == "advmod" and adj.head.i != tok.i:
        return None
    if adj.tag_ not in ("JJ", "NNP") or any(dateline_dash(c) is None for c in adj.children) \
            or adj.ent_type_ not in ("NORP", "GPE") and (adj.tag_ != "NNP" or adj.is_sent_start):
        return None  # (a people's adjective: "heavy shelling damaged" names no side)
    return adj


def _make_denial_of(verb: Any, claim: Any, name: Any, dets: list[Any]) -> None:
    """Make a denying word the tagger read as a noun a verb in a relative clause on the charge it
    turns down, with the denier's name as its subject and the name's article on the name ("a
    charge the U.N. REJECTS")."""
    verb.head, verb.dep_, verb.pos_, verb.tag_ = claim, "relcl", "VERB", "VBZ"
    name.dep_ = "nsubj"
    for d in dets:
        d.head = name


def _make_subject(noun: Any, verb: Any) -> None:
    """Make ``verb`` the clause ``noun`` headed, and ``noun`` (with its "by" phrase) its subject."""
    root = noun.head.i == noun.i
    verb.head = verb if root else noun.head
    verb.dep_, verb.tag_ = noun.dep_, "VBD"
    noun.head = verb
    noun.dep_, noun.tag_, noun.pos_ = "nsubj", "NNS", "NOUN"
    first = noun.doc[noun.i - 1]
    first.dep_ = "compound"
    for child in [c for c in noun.children if c.i > verb.i or c.dep_ in ("punct", "ccomp", "advcl", "conj", "cc")
                  and c.i > noun.i or c.dep_ == "nsubj" and c.i < noun.i - 1]:
        child.head = verb  # (what came after the real verb was hung on the misread one; a dateline subject)


def _make_clause_of(verb: Any, noun: Any) -> None:
    """Make ``verb`` the clause ``noun`` stood for (the sentence's root, or the clause its saying
    verb reports) and ``noun`` its subject, with what came after the verb on the verb."""
    if noun.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
        for child in [c for c in noun.children if c.i > verb.right_edge.i]:
            child.head = verb
    else:
        verb.head, verb.dep_ = noun.head if noun.dep_ == "nsubj" else noun.sent.root, "ccomp"
    verb.tag_ = "VBD"
    noun.head, noun.dep_ = verb, "nsubj"
