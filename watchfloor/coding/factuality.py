"""Factuality and attribution of an event from the dependency parse.

``asserted``: the text states it happened. ``reported``: attributed to a source ("according to
Western analysts", "X said that …"), the source goes to ``attribution``. ``speculative``:
modality ("could", "possible", "fearing", "allegedly"). ``negated``: "has not denounced",
"refused to attack". ``future``: "will", "plans to", "threatened to".

The walk starts at the token that carries the event's clause and climbs through the links that
embed it (xcomp, ccomp, objects, prepositions) to the main clause, reading the markers on each
step. Relative clauses and participial adjuncts ("…, killing three") keep their own factuality;
adverbial clauses whose marker makes them depend on the clause they hang from do not:

- a condition ("if/unless the talks fail") is ``speculative``;
- a temporal clause ("until their demands are met", "before troops withdraw", "once the truce
  ends") takes the status of its governing clause when that is not a fact (future, speculative;
  a negated governor leaves the clause ``future``), unless the clause carries its own past tense
  ("did not leave until police arrived": the arrival happened);
- a purpose infinitive ("launched an offensive to retake the city", "in order to secure") is
  ``future``: the aim, not the deed; so is a "for X to Y" clause ("waiting for the army to
  investigate");
- a present-tense "until/before/once" clause under a past-tense governor is still pending
  (``future``): "postponed the talks until the rebels withdraw";
- what the sentence names as not done is ``negated``: "without firing a shot", "instead of
  attacking", "rather than attack"; so is an act whose subject or object says no one ("no one
  was arrested", "neither side attacked", "killed no civilians"; not "no fewer than 20");
- an open question ("unclear whether the army withdrew", "asked if troops fired") is
  ``speculative``;
- the aim of an event noun ("launched an offensive to retake the city", "an attempt to storm the
  palace") is ``future``.
"""
from __future__ import annotations

from typing import Any

from watchfloor.coding.dates import is_month_name
from watchfloor.coding.role_words import CLAIM_NOUNS, HARM_VERBS, PENALTY_NOUNS, PERSON_ENDINGS, PUT_DOWN_VERBS, \
    REPORT_NOUNS
from watchfloor.coding.triggers import cues, gapped_passive, is_amount, trigger_code
from watchfloor.nlp.dateline import dateline_dash, phrase_start

__all__ = ["VERBAL_ROOTS", "aside_on_a_party", "coordinated_with", "dated_in_a_year", "factuality", "is_year",
           "penalised",
           "negator", "participle_owner", "toll_act"]

_CLIMB = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acl", "conj", "attr", "oprd",
                    "dative", "appos", "advcl"})
_ADJUNCT_PREPS = frozenset({"by", "in", "during", "after", "following", "amid", "since", "before",
                            "despite", "through", "under", "with", "at", "near", "on", "from"})
_CONDITIONAL = frozenset({"if", "unless", "provided", "providing", "lest"})
_TEMPORAL = frozenset({"until", "till", "before", "once", "when", "whenever", "after", "as"})
_PENDING = frozenset({"until", "till", "before", "once", "as"})  # "as" only in "as soon as"
_PAST_TAGS = frozenset({"VBD"})
_CHARGING = frozenset({"accuse", "suspect", "allege", "convict", "indict"})  # of what someone is accused
# Verbs that lay a charge with another preposition: "blamed FOR", "charged WITH"
_CHARGED_BY = {"blame": "for", "charge": "with"}
# Verbs of holding or punishing someone "for" a deed, which is the charge ("jailed FOR spying")
_PUNISHING = frozenset({"arrest", "detain", "sentence", "jail", "imprison", "convict", "prosecute", "punish", "fine",
                        "execute", "try", "hold", "indict", "expel", "deport", "sanction", "flog", "lash"})
# Nouns of an accusation: "faces charges OF providing material support" is alleged
_CHARGE_NOUNS = frozenset({"charge", "accusation", "allegation", "suspicion", "indictment", "count"})
# Request verbs whose object is what they set in motion, not what they ask for: "called a
# ceasefire", "pressed the attack", "pushed the offensive"
_CONVENING = frozenset({"call", "press", "push"})
_RANK = {"negated": 4, "speculative": 3, "future": 2, "reported": 1, "asserted": 0}


def _markers(tok: Any, *, own: bool) -> str | None:
    """The strongest marker on the clause head: "will likely begin" is speculative, not future."""
    found = [m for m in (_marker(ch, tok, own=own) for ch in tok.children) if m]
    return max(found, key=_RANK.__getitem__, default=None)


# Words that make an event noun one still to come
_COMING_MODIFIERS = frozenset({"planned", "proposed", "upcoming", "forthcoming", "impending", "threatened", "expected",
                               "scheduled", "looming"})


def negator(ch: Any) -> bool:
    """Whether a child of a clause head negates it: "not", "never", or "no longer" / "no more"
    ("would no longer take part")."""
    return ch.dep_ == "neg" or ch.dep_ == "advmod" and ch.lower_ in ("longer", "more") and any(
        g.lower_ == "no" for g in ch.children)


def _marker(ch: Any, tok: Any, *, own: bool) -> str | None:
    c = cues()
    low = ch.lower_
    if negator(ch) or (ch.dep_ == "det" and low == "no"):
        return "negated"
    if ch.dep_ in ("nsubj", "nsubjpass", "dobj") and _nobody(ch):
        return "negated"  # "no one was arrested", "neither side attacked", "killed nobody"
    if ch.dep_ == "mark" and (low == "whether" or low == "if" and tok.dep_ == "ccomp"):
        return "speculative"  # "it is unclear whether the army withdrew", "asked if they fired"
    if ch.dep_ == "aux" and ch.lemma_.lower() in c["future_aux"] | {"'ll"}:
        return "future"
    if ch.dep_ == "aux" and (low in c["speculative_aux"] or ch.tag_ == "MD" and ch.lemma_.lower() in c["speculative_aux"]):
        return "speculative"  # (a clitic modal counts: "he'd like to deliver" is "he would")
    if ch.dep_ in ("advmod", "amod") and low in c["speculative_modifiers"]:
        return "speculative"
    if ch.dep_ == "amod" and low in _COMING_MODIFIERS and tok.pos_ == "NOUN" and tok.dep_ != "dobj" \
            and ch.doc[ch.i - 1].text != "-":  # (not "launched its planned offensive": launched, it happened)
        return "future"  # "the PLANNED regime attack on the town would cause the truce to collapse"
    if ch.dep_ == "advmod" and low in c["reporting_modifiers"]:
        return "reported"  # "reportedly": attributed to reports, as "according to reports"
    if own and ch.dep_ == "aux" and low in ("to",) and tok.dep_ == "ROOT":
        return "future"
    return None


def told_will(tok: Any) -> bool:
    """Whether a "would" clause is a "will" told in the past: "said it would send troops",
    "said it would lodge a protest" (not a condition: "would act IF attacked", "said
    a war would be a disaster"; nor a refusal, a stance taken as it is said: "said it would
    refuse orders")."""
    said = tok.head
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in tok.children):
        return False
    doer = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return tok.dep_ == "ccomp" and said.tag_ == "VBD" and said.lemma_.lower() in cues()["speech_verbs"] \
        and (trigger_code(tok) or "")[:2] not in ("", "01", "12") and doer is not None and _someone(doer) \
        and not any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for c in tok.children)


_AUTHORITIES = frozenset({"government", "ministry", "authority", "administration", "council", "court",
                          "parliament", "president", "minister", "leader", "official", "spokesman", "spokeswoman"})


def _someone(tok: Any) -> bool:
    """Whether a subject names who acts (a state, a body, a person, a force), not a thing or an
    act that might have an effect ("a war would kill thousands")."""
    if tok.pos_ == "PRON":
        return tok.lower_ in ("it", "he", "she", "they", "we", "i")
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") \
        or tok.lower_ in cues()["armed_words"] or tok.lemma_.lower() in _AUTHORITIES


_AIMING_NOUNS = frozenset({"attempt", "bid", "effort", "plan", "push", "drive", "campaign", "mission",
                           "measure", "step",  # "took measures to expel the vessel"
                           # what would allow an act: "a case to arrest anyone", "the power to detain"
                           "case", "evidence", "grounds", "reason", "power", "authority", "warrant",
                           "right", "ability", "capacity", "means", "way", "order", "mandate",
                           "pretext", "excuse", "justification"})  # "seeking a pretext to invade"
# Statuses a clause passes on to what hangs on it
_REPORTED = frozenset({"reported"})
_ALL_BUT_FUTURE = frozenset({"reported", "speculative", "negated"})
_NOBODY = frozenset({"nobody", "nothing", "none", "noone", "neither"})


def _nobody(arg: Any) -> bool:
    """A subject or object that says no one: "nobody", "none of them", "no one", "no shots",
    "neither side"; not "no fewer than 20 people"."""
    if arg.lower_ in _NOBODY:
        return True
    return any(g.dep_ in ("det", "preconj") and g.lower_ in ("no", "neither") and not any(
        n.lower_ in ("fewer", "less", "more") for n in arg.doc[g.i + 1:g.i + 2]) for g in arg.children)


def _attribution(tok: Any) -> str | None:
    """Who says it: the subject's phrase of a saying verb ``tok``, without a dateline."""
    for ch in tok.children:
        if ch.dep_ in ("nsubj", "nsubjpass"):
            if (filed := dateline_dash(ch)) is not None:
                # "ALGIERS, Nov 26 (Reuters) - Algeria's army said": the dateline is no speaker; one
                # apposed to it past its dash is ("EL FASHER … - RSF fighters killed 40, THE CAMP'S
                # COMMITTEE said")
                if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > ch.i for c in tok.children):
                    continue
                apposed = [c for c in ch.children if c.dep_ == "appos" and c.i > filed]
                if not apposed:
                    continue
                return tok.doc[apposed[-1].left_edge.i: apposed[-1].right_edge.i + 1].text
            # (nor one the parser hung on the speaker, nor its dash: "OUAGADOUGOU, Nov 18 (Reuters) -
            # Burkina Faso's army said")
            return tok.doc[phrase_start(ch): ch.right_edge.i + 1].text
    return None


def _subordinator(tok: Any) -> str | None:
    """The word that subordinates an adverbial clause ("if", "until", "when"), lower-cased."""
    for ch in tok.children:
        if ch.dep_ == "mark" or (ch.dep_ == "advmod" and ch.lower_ in ("when", "whenever", "once")
                                 and ch.i < tok.i):
            low = ch.lower_
            if low == "as" and not any(g.lower_ == "soon" for g in ch.children) and not (
                    ch.i >= 2 and tok.doc[ch.i - 1].lower_ == "soon"):
                return "as-while"  # "as troops advanced": simultaneous, not pending
            return low
    return None


def _own_past(tok: Any) -> bool:
    """The clause verb is itself in the past ("arrived", "had shelled", "was met")."""
    return tok.tag_ in _PAST_TAGS or any(
        ch.dep_ in ("aux", "auxpass") and ch.tag_ in _PAST_TAGS for ch in tok.children)


def _present(tok: Any) -> bool:
    """The clause verb is in the present ("withdraw", "withdraws", "are met")."""
    return tok.tag_ in ("VBP", "VBZ") or any(
        ch.dep_ in ("aux", "auxpass") and ch.tag_ in ("VBP", "VBZ") for ch in tok.children)


def _people(noun: Any) -> bool:
    """Whether a plural noun names people ("protesters", "residents"), also counted ("hundreds
    OF PROTESTERS")."""
    if noun.tag_ != "NNS":
        return False
    lem = noun.lemma_.lower()
    if lem.endswith(PERSON_ENDINGS) or lem in ("people", "civilian", "resident", "youth", "student"):
        return True
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(_people(g) for g in p.children if g.dep_ == "pobj")
               for p in noun.children)


def _charged_party(noun: Any) -> bool:
    """Whether a noun is who a charging verb charges ("accused THE ARMY of …", also a later
    conjunct the parser hung the "of" on: "accused the army and the MILITIAS of killing")."""
    if noun.dep_ == "conj" and noun.head.dep_ == "dobj":
        noun = noun.head
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _CHARGING


def _told_before_its_charge(tok: Any, link: str, parent: Any) -> bool:
    """Whether a clause is what a following "charge" or "claim" names, the verb after it being
    that noun's ("Congo accused Rwanda of sending troops, a charge Kigali has denied": the parser
    makes the accusation the complement of "denied", but it was made; the denial is the charge's)."""
    # (one charge, named with "a": not "…, reports say", whose clause is what the reports tell;
    # the noun may be the parser's compound on the denier: "a CHARGE Kigali denies")
    # (nor a report that speaks: "..., A UNITED NATIONS REPORT SAID on Thursday", the clause its words)
    speaking = parent.lemma_.lower() in cues()["speech_verbs"]
    return link == "ccomp" and tok.i < parent.i and any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.right_edge.i < c.i < parent.i
        and not (speaking and c.dep_ == "nsubj")
        and any(n.lemma_.lower() in CLAIM_NOUNS for n in (c, *(k for k in c.children if k.dep_ == "compound")))
        and c.doc[c.left_edge.i - 1].text in (",", ";", "\u2014")
        and c.doc[c.left_edge.i].lower_ in ("a", "an") for c in parent.children)


# Prepositions that name what came before an act, which the act's own status does not rule
_PRIOR_PREPS = frozenset({"after", "following", "since"})
# Nouns of a phrase that names what an act answers ("IN RESPONSE TO the deployment")
_ANSWER_NOUNS = frozenset({"response", "reaction", "retaliation", "reprisal", "answer"})


def _answering(prep: Any) -> bool:
    """Whether a preposition opens what its clause's act answers, so already done: "after a
    spate of kidnappings", "in response to the deployment of U.S. warships"."""
    return prep.lower_ in _PRIOR_PREPS or prep.lower_ in ("in", "as") and any(
        c.dep_ == "pobj" and c.lemma_.lower() in _ANSWER_NOUNS for c in prep.children)


def _excluded(tok: Any, link: str, parent: Any) -> bool:
    """The event is named as what did not happen: "without X", "instead of X", "rather than X"."""
    if link in ("pcomp", "pobj"):
        return parent.lower_ == "without" or (
            parent.lower_ == "of" and any(ch.lower_ == "instead" for ch in parent.children))
    if link == "conj":
        return any(ch.dep_ == "cc" and ch.lower_ == "than" and parent.i < ch.i < tok.i
                   and any(g.lower_ == "rather" for g in ch.children) for ch in parent.children)
    return False


def _purpose(tok: Any) -> bool:
    """A bare purpose infinitive: "to retake the city" (no subject, no subordinator)."""
    return _infinitive(tok) and not any(ch.dep_ in ("nsubj", "nsubjpass", "mark") for ch in tok.children)


def _infinitive(tok: Any) -> bool:
    """A "to" infinitive verb ("for the army to investigate")."""
    return tok.tag_ == "VB" and any(ch.dep_ == "aux" and ch.tag_ == "TO" for ch in tok.children)


def _in_order_to(tok: Any) -> bool:
    """ "in order to secure" / "so as to secure": the verb hangs off "order" under "in"."""
    par = tok.head
    return tok.dep_ in ("acl", "xcomp", "advcl") and par.lower_ == "order" and par.head.lower_ == "in"


def _imperative(tok: Any) -> bool:
    """Whether a verb is a command: a bare base form with no subject or auxiliary that opens its
    sentence or a quotation ("Strike the shepherd", "shouted: 'Burn the state media!'"), or is
    coordinated with one that does."""
    verb = tok.head if tok.dep_ == "conj" and tok.head.tag_ == "VB" else tok
    if verb.tag_ != "VB" or tok.tag_ != "VB" or verb.dep_ not in ("ROOT", "ccomp", "xcomp", "csubj", "parataxis"):
        return False
    if any(ch.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for ch in verb.children):
        return False
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and (doc[k].is_space or doc[k].lower_ in ("please", "now", "just")):
        k -= 1
    return k < verb.sent.start or doc[k].text in _OPENERS


_OPENERS = frozenset({"'", '"', "\u201c", "\u2018", ":", "\u2014", "--"})


def _supposed(noun: Any) -> bool:
    """An event noun with an indefinite article as the subject of a modal verb: an act supposed,
    not told ("A Chinese ATTACK on Taiwan could trigger a Japanese response"; not "THE attack
    could deepen tensions", which names one that took place)."""
    verb = noun.head
    return noun.pos_ == "NOUN" and noun.dep_ in ("nsubj", "nsubjpass") and verb.i != noun.i \
        and any(d.dep_ == "det" and d.lower_ in ("a", "an", "any") for d in noun.children) \
        and any(c.dep_ == "aux" and c.lower_ in cues()["speculative_aux"] for c in verb.children)


def _in_case(tok: Any) -> bool:
    """ "in the case the army attacked", "in the event that troops attack", "in case of unrest": a
    condition."""
    par = tok.head
    if tok.dep_ == "pobj" and par.lower_ == "of":
        par = par.head  # "in case OF unrest": the noun the condition names
        return (par.lemma_.lower() in ("case", "event", "eventuality") and par.dep_ == "pobj"
                and par.head.lower_ == "in")
    return (tok.dep_ in ("relcl", "acl") and par.lemma_.lower() in ("case", "event", "eventuality")
            and par.dep_ == "pobj" and par.head.lower_ == "in")


# Talks and what is done to them: a topic "on" or "over" them is under negotiation
_TALK_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "discussion", "discussions", "consultation",
                         "consultations", "dialogue"})
_TALK_VERBS = frozenset({"negotiate", "discuss", "talk", "bargain", "haggle"})


def _negotiates(tok: Any) -> bool:
    """Whether a word is talks, or a verb of talking or of holding talks ("resumed TALKS on …")."""
    if tok.lemma_.lower() in _TALK_NOUNS or tok.lower_ in _TALK_NOUNS:
        return True
    return tok.pos_ == "VERB" and (tok.lemma_.lower() in _TALK_VERBS or any(
        c.dep_ == "dobj" and c.lower_ in _TALK_NOUNS for c in tok.children))


# CAMEO roots of material acts a participle may tell the rest of ("seized a tanker, state media
# reported, DETAINING its crew"): coerce, assault, fight, mass violence, force posture
_DEEDS = frozenset({"15", "17", "18", "19", "20"})


# Verbs of giving leave for an act ("authorised the deployment")
_LETTING = frozenset({"allow", "authorize", "authorise", "approve", "permit", "sanction"})


def _lets(verb: Any, noun: Any) -> bool:
    """Whether a verb gives leave for the deed its object names, which is then still to come."""
    return verb.lemma_.lower() in _LETTING and verb.pos_ == "VERB" and (trigger_code(noun) or "")[:2] in _DEEDS


def toll_act(verb: Any) -> Any | None:
    """The act whose toll (or next deed) a participle after a comma tells, where the parser hung
    the participle on another verb: the act a charge names ("accused Azerbaijan OF FIRING on its
    positions, WOUNDING two soldiers": the firing wounded them, and is as alleged as the firing)
    or the clause an inserted "X said" interrupts ("jets bombed the hideouts, officials said,
    KILLING 46": the jets killed, as the officials reported; "seized a tanker, state media
    reported, DETAINING its crew")."""
    gov = verb.head
    if not (verb.dep_ == "advcl" and verb.tag_ == "VBG" and gov.i < verb.i and verb.doc[verb.i - 1].text == ","):
        return None
    if gov.dep_ == "relcl" and verb.lemma_.lower() in HARM_VERBS and (trigger_code(gov) or "")[:2] not in _DEEDS:
        # "an air strike hit a school THAT WAS SHELTERING families, KILLING 20": the strike's toll
        act = gov.head
        while act.dep_ in ("pobj", "prep", "dobj", "compound", "appos") and act.head.i != act.i:
            act = act.head
        doers = (act, *(c for c in act.children if c.dep_ == "nsubj"))
        deed = any((trigger_code(t) or "")[:2] in _DEEDS for t in doers)
        return act if act.pos_ == "VERB" and deed else None  # (or "an air STRIKE hit")
    lem = gov.lemma_.lower()
    if lem in _CHARGING:
        return next((a for p in gov.children if p.dep_ == "prep" and p.lower_ == "of" and p.i < verb.i
                     for a in p.children if a.dep_ == "pcomp" and a.tag_ == "VBG"), None)
    code = trigger_code(verb) or ""
    if lem not in cues()["speech_verbs"] or not (verb.lemma_.lower() in HARM_VERBS | {"leave"} or code[:2] in _DEEDS):
        return None  # (not "said on Wednesday, WARNING the toll could rise": the speaker warns)
    if gov.dep_ == "parataxis" and gov.head.i < gov.i:
        return gov.head
    return next((c for c in gov.children if c.dep_ == "ccomp" and c.i < gov.i), None)


# CAMEO roots of acts done in words (GDELT's quad classes 1 and 3)
VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "09", "10", "11", "12", "13"})
# Acts of words a speaker adds to what they report: "said … and VOWED", "… and ACCUSED"
_SPEAKERS_WORDS = frozenset({"vow", "pledge", "promise", "warn", "urge", "accuse", "blame", "call", "appeal", "insist",
                             "add"})
# Modals a plain past cannot share: "said the organisers WOULD face justice and accused …"
_MODALS = frozenset({"would", "will", "could", "might", "may", "should", "must", "can"})


# Governors that dispute what they take, not only refuse it
_DENYING = frozenset({"deny", "rule", "refute"})
# Words a speaker adds of its own after a clause it reports: no deed of that clause's doer
_SPEAKERS_OWN = _SPEAKERS_WORDS | _DENYING | {"reject"}


def aside_on_a_party(clause: Any, noun: Any) -> bool:
    """Whether a relative clause set off by a comma tells, in the past, what a party named in the
    sentence did: "Rwanda denies backing the rebels, WHO SEIZED Goma" (told as done, whatever the
    sentence does with the rebels). Only "who", or "which" after a name ("Hamas, which attacked")."""
    rel = next((c for c in clause.children if c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT")), None)
    if rel is None or clause.i < noun.i or clause.tag_ != "VBD" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return clause.doc[rel.left_edge.i - 1].text == "," and rel.i == clause.left_edge.i and (
        rel.lower_ == "who" or rel.lower_ == "which" and noun.pos_ == "PROPN")


# Negating verbs whose own negation leaves the act possible ("did not RULE OUT") or done ("did not
# STOP the shelling")
_RULING_OUT = frozenset({"rule", "exclude"})
_STOPPING = frozenset({"stop", "halt", "prevent", "block", "thwart", "foil"})
_DOUBLE_NEGATED = _RULING_OUT | _STOPPING


def _content_clause(clause: Any) -> bool:
    """Whether a clause the parser hung on a noun as a relative one says what the noun asks: "a
    demand THAT KYIV WITHDRAW its troops" (a "that" and a verb in the bare present; not "a demand
    that Mr. Hernandez HAS REJECTED", a relative clause with "that" its object)."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and _mandative(clause)


def _presupposed(tok: Any, link: str, noun: Any) -> bool:
    """A participle that tells what a thing rejected, stopped or asked about already is: "rejected a
    pact SIGNED between Somaliland and Taiwan", "demanded the release of prisoners HELD by the
    militia", "demanding justice for a classmate KILLED by police"), or dates in a past year
    ("respect the ceasefire AGREED IN 2020"). Whoever denies a thing denies what it says was done
    ("denied an attack CARRIED OUT by its forces")."""
    if link == "acl" and noun.dep_ == "appos":
        noun = noun.head  # "demanded the release of their husbands, SOLDIERS DETAINED since August"
    if link != "acl" or tok.tag_ != "VBN" or tok.i < noun.i or noun.dep_ not in ("dobj", "pobj") \
            or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    if dated_in_a_year(tok) or _dated_in_a_month(tok):
        return True  # "urged the parties to respect the ceasefire AGREED IN 2020", "the accord SIGNED IN JUNE"
    # (the phrase's governor, whatever its preposition: "the release OF prisoners", "justice FOR a classmate")
    gov = noun.head.head if noun.dep_ == "pobj" else noun.head
    if gov.pos_ == "NOUN" and gov.dep_ == "dobj":
        gov = gov.head  # ("demand THE RELEASE of their husbands, soldiers detained since August")
    lem = gov.lemma_.lower()
    c = cues()
    return lem in c["request_governors"] or lem in c["negating_governors"] and lem not in _DENYING


# Adjectives of being unable to do an act: it was not done (no refusal, as "refused" or "failed" is)
_UNABLE = frozenset({"unable", "powerless", "incapable"})


def is_year(tok: Any) -> bool:
    """A four-digit year of the last two centuries ("1974", "2021")."""
    return len(tok.text) == 4 and tok.text.isdigit() and tok.text[:2] in ("19", "20")


# Verbs whose "that" clause in the bare present is what they want done: "proposed that a force DEPLOY"
_MANDATING = frozenset({"propose", "suggest", "insist", "recommend"})


def _mandative(verb: Any, *, plural_too: bool = True) -> bool:
    """A clause verb in the bare present with a subject and no auxiliary: "that the two sides
    HOLD talks", "that an international force DEPLOY" (not "suggested that the army HAD withdrawn",
    "suggested that the strikes WERE illegal"). ``plural_too``: a plural's present counts too (a
    suggestion may tell a fact: "suggest that rebels CONTROL the town"; only "that a force
    DEPLOY" is sure to be asked for)."""
    return verb.tag_ in (("VB", "VBP") if plural_too else ("VB",)) and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def dated_in_a_year(verb: Any) -> bool:
    """Whether a verb has an "in YEAR" phrase of its own ("the ceasefire agreed IN 2020")."""
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(y.dep_ == "pobj" and is_year(y) for y in p.children)
               for p in verb.children)


def _dated_in_a_month(verb: Any) -> bool:
    """Whether a verb has an "in MONTH" phrase of its own ("the accord signed IN JUNE")."""
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(
        m.dep_ == "pobj" and m.tag_ == "NNP" and is_month_name(m.text) for m in p.children) for p in verb.children)


def penalised(gov: Any) -> Any | None:
    """The party a penalty is laid on, where ``gov`` takes a "for" deed: a verb whose object is a
    penalty ("imposed SANCTIONS on X for"), the penalty itself, or its "on" object ("a travel ban on
    X for"). That party did the deed, which is what it is held to have done. Only a name or a plural
    noun ("five companies"), not a date ("on Monday")."""
    if gov.dep_ == "pobj" and gov.head.lower_ in _PENALISED_ON and _penalty_laid(gov.head.head):
        return gov if _names_someone(gov) else None
    if not _penalty_laid(gov):
        return None
    # (the "on" phrase on the penalty, or on the verb that lays it: "imposed a travel ban | ON three generals")
    holders = [gov] + [c for c in gov.children if c.dep_ == "dobj"]
    return next((o for n in holders for p in n.children if p.dep_ == "prep" and p.lower_ in _PENALISED_ON
                 for o in p.children if o.dep_ == "pobj" and _names_someone(o)), None)


_PENALISED_ON = frozenset({"on", "against", "upon"})


def _penalty_laid(tok: Any) -> bool:
    """Whether ``tok`` is a penalty or a verb whose object is one."""
    return tok.lemma_.lower() in PENALTY_NOUNS if tok.pos_ == "NOUN" else tok.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in PENALTY_NOUNS for c in tok.children)


def _names_someone(tok: Any) -> bool:
    """Whether a word can name a party: a name or a plural noun, not a date."""
    return tok.ent_type_ not in ("DATE", "TIME") and (
        tok.pos_ == "PROPN" or tok.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or tok.tag_ == "NNS")


# Verbs that tell someone to do what is not yet done: a participle after the comma is the telling's
_TELLING_TO = frozenset({"order", "urge", "ask", "tell", "instruct", "call", "press", "direct", "warn", "invite"})


def participle_owner(verb: Any) -> Any:
    """The verb a participle of words after a comma goes with, where the parser hung it on the
    modal clause before it: "the court confirmed that Doumbouya CAN run in next month's election,
    REJECTING appeals from the opposition" is the court's rejection, made on Tuesday, not
    Doumbouya's, next month. Or on what someone is told to do: "ordered French troops to leave the
    country by January, ENDING decades of cooperation" (the order ends it). Or on the gerund of a
    charge: "had arrested five people accused of PLOTTING to sabotage the grid, BLAMING the United
    States" is the arresting government's. Else the participle's own head."""
    clause = verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
            and clause.dep_ == "pcomp" and clause.head.lower_ == "of" and clause.head.head.dep_ == "acl" \
            and clause.head.head.lemma_.lower() in _CHARGING and (trigger_code(verb) or "")[:2] in VERBAL_ROOTS:
        up = clause.head.head.head  # the people charged, then the clause that names them
        while up.dep_ not in ("ROOT", "ccomp") and up.head.i != up.i and up.pos_ not in ("VERB", "AUX"):
            up = up.head
        if up.pos_ in ("VERB", "AUX"):
            return up
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
            and clause.dep_ == "xcomp" and clause.head.lemma_.lower() in _TELLING_TO and clause.head.i < clause.i \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) \
            and any(c.dep_ == "dobj" for c in clause.head.children):
        return clause.head  # "Chad ORDERED troops to leave by January, ENDING decades of cooperation"
    if not (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ","
            and clause.dep_ == "ccomp" and clause.head.i != clause.i and clause.head.i < clause.i
            and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in clause.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.head.children)):
        return clause
    return clause.head if (trigger_code(verb) or "")[:2] in VERBAL_ROOTS else clause


def _said_of_an_act(conj: Any, parent: Any) -> Any | None:
    """The speaker's verb, where a deed with its own object is joined to a reported clause that
    only says what an act is: "Maduro said THE STRIKES WERE a pretext … and ORDERED a deployment"
    (strikes order nothing); else None."""
    if conj.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in conj.children) \
            or not any(c.dep_ == "dobj" for c in conj.children) or parent.lemma_ != "be" or parent.dep_ != "ccomp":
        return None
    subj = next((c for c in parent.children if c.dep_ == "nsubj"), None)
    said = parent.head
    if subj is None or subj.pos_ != "NOUN" or trigger_code(subj) is None or said.i > conj.i:
        return None
    return said if said.lemma_.lower() in cues()["speech_verbs"] and any(c.dep_ == "nsubj" for c in said.children) \
        else None


def _told_before_its_speaker(conj: Any, parent: Any) -> Any | None:
    """The reported clause a deed is joined to past the speaker set off after it: "Gunmen
    kidnapped an official, THE BANK SAID, and DEMANDED the release of a commander" (the gunmen
    demand; the parser joins the deed to "said"). Not the speaker's own words ("…, police said,
    and ADDED", "and URGED residents to stay inside"), nor a verb with its own subject."""
    if parent.lemma_.lower() not in cues()["speech_verbs"] or conj.i < parent.i \
            or conj.lemma_.lower() in cues()["speech_verbs"] or conj.lemma_.lower() in _SPEAKERS_OWN \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
        return None
    told = next((c for c in parent.children if c.dep_ == "ccomp" and c.i < parent.i), None)
    speaker = next((c for c in parent.children if c.dep_ == "nsubj"), None)
    doc = parent.doc
    if told is None or speaker is None or not told.right_edge.i < speaker.left_edge.i \
            or doc[speaker.left_edge.i - 1].text != "," or not any(t.text == "," for t in doc[parent.i + 1:conj.i]):
        return None
    return told


def coordinated_with(conj: Any) -> Any:
    """The verb a conjoined verb is really coordinated with, where the parser hung it lower.

    A finite verb cannot share an infinitive's "to" ("refused to release them and REJECTED the
    plan", "called on Malians to be patient and ACCUSED foreign sponsors": with the governor).
    A plain past act of words after a reported clause is the speaker's where it cannot belong
    to that clause: after a modal ("said the organisers would face justice and ACCUSED foreign
    powers") or hung on a relative clause whose object it would have to share ("said the rebels
    had violated a ceasefire they declared and ACCUSED Rwanda"), or a word speakers add after a
    "had" clause with its object ("said the state had defeated a revolution and VOWED to punish").
    Not "had spoken and AGREED to cooperate" (the "had" is shared), "had contacted the family and
    DEMANDED a ransom", nor a deed ("said troops entered the town and KILLED ten")."""
    parent = conj.head
    if (passive := gapped_passive(conj)) is not None:
        return passive
    if conj.tag_ in ("VBN", "VBD") and parent.tag_ == "VBG" and parent.dep_ == "pcomp" \
            and any(c.dep_ in ("auxpass", "nsubjpass") for c in parent.head.head.children) \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj") for c in conj.children):
        # "who were convicted of infecting children and SENTENCED to death": a participle joined
        # to a gerund goes with the passive the gerund hangs on
        return parent.head.head
    finite = conj.tag_ in ("VBD", "VBZ") or conj.tag_ == "VBN" and any(c.dep_ == "dobj" for c in conj.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in conj.children)  # (a past with an object: "and ACCUSED X")
    if finite and _infinitive(parent) and parent.head.i != parent.i:
        return parent.head
    if (said := _said_of_an_act(conj, parent)) is not None:
        return said
    if (told := _told_before_its_speaker(conj, parent)) is not None:
        return told
    if conj.tag_ not in ("VBD", "VBN") or conj.tag_ == "VBN" and not finite \
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in conj.children) \
            or (trigger_code(conj) or "")[:2] not in VERBAL_ROOTS:
        return parent  # (a past with an object, whatever its tag: "had been arrested and ACCUSED the opposition")
    rep = next((a for a in [parent, *parent.ancestors] if a.dep_ == "ccomp"), None)
    said = rep.head if rep is not None else None
    if said is None or said.lemma_.lower() not in cues()["speech_verbs"] | _DENYING or said.i > conj.i \
            or not any(c.dep_ == "nsubj" for c in said.children):
        return parent  # (a denier speaks too: "DENIED that its fighters had been involved and ACCUSED Israel")
    if parent.i == rep.i:
        modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in rep.children)
        # (after a shared "had", only a speaker's own word once the clause has its object: "said
        # the state had defeated a revolution and VOWED to punish those responsible")
        # (or after a passive, where the patient closes the clause: "said 120 people had been
        # arrested and WARNED that police would not tolerate violence")
        passive = any(c.dep_ == "nsubjpass" for c in rep.children)
        done = any(c.dep_ == "dobj" and c.i < conj.i for c in rep.children) \
            or passive and any(c.dep_ in ("ccomp", "dobj") for c in conj.children) \
            or rep.lemma_ == "be" and any(c.dep_ in ("attr", "prep", "acomp") and c.i < conj.i for c in rep.children)
        # (or after a clause that only says what something is: "said foreign services WERE BEHIND the
        # protests and VOWED not to resign")
        own = conj.lemma_.lower() in _SPEAKERS_WORDS and done
        # (or a word of the speaker's set off by a comma from a "had" clause: "Romania said a drone
        # HAD crashed in a field, AND SUMMONED the ambassador" - the drone summons nobody)
        doc = conj.doc
        start = conj.left_edge.i
        apart = start >= 2 and doc[start - 1].lower_ == "and" and doc[start - 2].text == "," \
            and any(c.dep_ == "aux" and c.lower_ == "had" for c in rep.children)
        return said if modal or own or apart else parent
    gapped = parent.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in parent.children)
    return said if gapped and any(c.dep_ == "dobj" for c in conj.children) else parent


def factuality(head: Any, *, trigger: Any | None = None) -> tuple[str, str | None]:
    """(factuality, attribution) for the event whose clause is carried by ``head``.

    head: the token carrying the event (a verb, a light verb, or an event noun).
    trigger: the event word itself when it differs from ``head`` (its own modifiers count).
    RETURNS: one of asserted/reported/speculative/negated/future, and the source or None.
    """
    act = toll_act(head)
    if act is not None:
        return _walk(act, None, 0)
    return _walk(head, trigger, 0)


# Modifiers of an act named as the subject of a modal clause that make it one imagined, not one
# told: "RENEWED fighting could derail the elections", "ANY attack would be met with force" (not
# "the strikes could trigger a wider war": those strikes happened)
_ANOTHER_ONE = frozenset({"renewed", "new", "further", "fresh", "more", "any", "another", "wider", "wider-scale"})


def _hypothetical_subject(noun: Any) -> bool:
    """Whether an event noun is an act still imagined as the subject of a modal verb: "warned that
    RENEWED FIGHTING could derail efforts to hold elections" fears a fight, it tells of none."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass") or not any(
            c.dep_ in ("amod", "det") and c.lower_ in _ANOTHER_ONE for c in noun.children):
        return False
    return any(a.dep_ == "aux" and a.tag_ == "MD" for a in noun.head.children)


def _walk(head: Any, trigger: Any | None, depth: int) -> tuple[str, str | None]:
    c = cues()
    best, source = "asserted", None

    def take(value: str | None, src: str | None = None) -> None:
        nonlocal best, source
        if value and _RANK[value] > _RANK[best]:
            best = value
        if value == "reported" and source is None:
            source = src

    def inherit(parent: Any, kinds: frozenset[str]) -> None:
        """Take the status of the clause ``parent`` carries where it is one of ``kinds``."""
        if depth < 3:
            ruling, src = _walk(parent, None, depth + 1)
            if ruling in kinds:
                take(ruling, src)

    if trigger is not None and trigger.dep_ == "dobj" and trigger.head.i == head.i and _lets(head, trigger):
        take("future")  # "parliament AUTHORISED THE DEPLOYMENT of troops": leave for it, not yet done
    if head.pos_ == "NOUN" and head.dep_ == "nsubj" and head.head.dep_ in ("xcomp", "ccomp") \
            and _lets(head.head.head, head):
        take("future")  # (the object parsed as the subject of its purpose: "ALLOWING THE DEPLOYMENT of
        # troops to Libya TO SUPPORT the Tripoli government")
    for tok in {head, trigger} - {None}:
        take(_markers(tok, own=True))
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and _nobody(tok.head):
            take("negated")  # a headline's bare participle: "No one injured in home invasion"
    if _in_case(head) or _supposed(head):
        take("speculative")
    if _imperative(head):
        take("future")  # "Strike the shepherd", "Give that person your car keys": called for, not done
    if _hypothetical_subject(head):
        take(_markers(head.head, own=False))  # "warned that RENEWED FIGHTING could derail the elections"
    act = head.head
    if head.dep_ == "relcl" and act.dep_ in ("pobj", "pcomp") and act.head.lower_ == "of" \
            and act.head.head.lemma_.lower() in _CHARGING | _CHARGE_NOUNS:
        take("speculative")  # "accused India of unprovoked firing THAT WOUNDED two civilians": alleged
    if head.dep_ == "relcl" and _content_clause(head) and head.head.lemma_.lower() in c["future_nouns"]:
        take("future")  # "rejected a Russian DEMAND THAT KYIV WITHDRAW its troops": asked for, not done
    if head.dep_ == "relcl" and _infinitive(head) and head.head.lemma_.lower() in _AIMING_NOUNS:
        take("future")  # "a case TO ARREST anyone": what would allow the act, not the act
    if head.dep_ == "xcomp" and any(ch.dep_ == "aux" and ch.tag_ == "TO" for ch in head.children) \
            and head.head.lemma_.lower() == "have" and any(
            c.lower_ == "yet" for c in head.head.children):
        take("future")  # "the treaty has yet to be signed", "has yet to retake the town"
    tok = head
    steps = 0
    while tok.dep_ in _CLIMB and tok.head.i != tok.i and steps < 8:
        link, parent = tok.dep_, tok.head
        steps += 1
        if link == "conj":
            parent = coordinated_with(tok)
        if link in ("ccomp", "parataxis") and tok.i < parent.i and any(
                t.text == ";" for t in tok.doc[tok.right_edge.i + 1:parent.i]):
            break  # "ISIS began their assault …; this WOULD result in a battle": a clause of its own
        lem = parent.lemma_.lower()
        if link == "dobj" and tok.pos_ == "NOUN" and _lets(parent, tok):
            take("future")  # "a motion ALLOWING THE DEPLOYMENT of troops to Libya"
            break
        if link == "prep" and _answering(tok) and tok.i > parent.i and lem in c["request_governors"]:
            break  # "ordered the recruitment of police AFTER a spate of KIDNAPPINGS": what it answers, done
        if link == "acl" and tok.tag_ == "VBG" and tok.i > parent.i and depth < 3 and _people(parent):
            # "fired tear gas to disperse protesters DEMANDING justice": what people are doing
            # holds whatever is aimed at them (still alleged or denied with them)
            inherit(parent, _ALL_BUT_FUTURE)
            break
        if link == "advcl" and lem in _RULING_OUT and tok.tag_ == "VBG" and tok.i > parent.i and any(
                c.dep_ == "prt" and c.i == tok.i - 1 for c in parent.children):
            # "has not ruled out | SENDING warships": the gerund the parser hung as a clause of its own
            # is what is ruled out
            take("future" if any(negator(ch) for ch in parent.children) else "negated")
            tok = parent
            continue
        if link == "advcl":
            parent = participle_owner(tok)
            sub = _subordinator(tok)
            # the governing clause's status, read once ("asserted" past the walk's depth)
            ruling, src = _walk(parent, None, depth + 1) if depth < 3 and sub not in _CONDITIONAL \
                else ("asserted", None)
            if ruling == "reported":
                take(ruling, src)  # "the army said troops opened fire AFTER militants THREW stones"
            if sub in _CONDITIONAL:
                take("speculative")
            elif sub in ("until", "till") and any(a.dep_ == "aux" and a.lower_ in ("would", "will", "'ll")
                                                  for a in parent.children):
                # "would not resume work UNTIL he WAS FREED": a past told from what is still to come
                # (not "did not withdraw until the rebels surrendered": they did)
                take("future")
            elif sub in _TEMPORAL and not _own_past(tok) and depth < 3:
                if ruling == "negated" or (sub in _PENDING and _present(tok) and _own_past(parent)):
                    take("future")  # "postponed the talks until the rebels withdraw": still pending
                elif ruling in ("future", "speculative"):
                    take(ruling)
            elif sub is None and _purpose(tok):
                take("future")
            elif sub == "for" and _infinitive(tok):
                take("future")  # "waiting for the army to investigate": not done yet
            elif sub is None and tok.tag_ == "VBG" and tok.i > parent.i and tok.doc[tok.i - 1].text == "," \
                    and depth < 3 and not _infinitive(parent):
                # ", KILLING hundreds": a toll is as sure as the act it tells the result of
                # ("accused Eritrea of sending troops into Tigray, killing hundreds"); not an aim's
                # ("launched an offensive to expand its presence, SEIZING several villages": the
                # parser hangs the offensive's result on its aim)
                if ruling in ("speculative", "future"):
                    take(ruling, src)
            # "fearing X" hangs as an adverbial clause: the fear, not the main clause, rules X
            break
        if link == "relcl" and aside_on_a_party(tok, parent):
            break  # "denies backing the rebels, WHO SEIZED Goma last year": the writer's own aside
        if _presupposed(tok, link, parent):
            break  # "rejected a defence pact SIGNED between Somaliland and Taiwan": it was signed
        if link == "dobj" and tok.pos_ == "NOUN" and lem in PUT_DOWN_VERBS and depth < 3 and not _people(tok) \
                and any(d.dep_ == "det" and d.lower_ in ("the", "these", "those") for d in tok.children):
            # "soldiers were sent to disperse THE CLASHES", "UNABLE to disperse the protests", "to
            # break THE SIEGE": what is to be put down is going on, whether or not it is put down
            # (told by whoever tells of the putting down, past its purpose clause: "the military
            # SAID soldiers had been sent to disperse the clashes")
            aim = parent.head if parent.dep_ in ("advcl", "xcomp") and _infinitive(parent) else parent
            inherit(aim, frozenset({"reported"}))
            break
        if _told_before_its_charge(tok, link, parent):
            break  # "accused Rwanda of sending troops, a charge Kigali denied": the accusation was made
        if _excluded(tok, link, parent):
            take("negated")  # "without firing a shot", "instead of attacking", "rather than attack"
            break
        if _in_order_to(tok):
            take("future")
            break
        if link in ("acl", "relcl") and _infinitive(tok) and parent.pos_ == "NOUN" and (
                parent.lemma_.lower() in _AIMING_NOUNS or trigger_code(parent) is not None):
            # "launched an offensive TO RETAKE the city", "an attempt to storm the palace": the
            # aim, not the deed (not "the decision to withdraw was taken": that may have been done;
            # "NO plans to withdraw": none)
            no = parent.lemma_.lower() in ("plan", "intention") and any(
                d.dep_ == "det" and d.lower_ == "no" for d in parent.children)
            take("negated" if no else "future")
            break
        if link == "prep" and tok.lower_ == "for" and any(
                o.dep_ == "dobj" and o.lemma_.lower() in c["future_nouns"] and o.right_edge.i == tok.i - 1
                for o in parent.children):
            take("future")  # "accepted a proposal by the mediators | FOR a ceasefire and the release of hostages"
            break
        if link == "prep" and tok.lower_ == "of" and parent.pos_ == "NOUN" and lem in REPORT_NOUNS:
            take("reported")  # "aid agencies had received REPORTS OF mass killings": told, not seen
        if link == "prep" and tok.lower_ in ("on", "over", "about") and _negotiates(parent):
            take("future")  # "resumed talks ON the release of hostages": what is negotiated, not done
            break
        if link == "prep" and tok.lower_ == "for" and tok.i > parent.i \
                and (lem in _PUNISHING and parent.pos_ == "VERB" or penalised(parent) is not None) \
                and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in tok.children):
            take("speculative")  # "sentenced a blogger FOR ORGANISING mass unrest", "imposed sanctions on
            # five companies FOR SUPPLYING weapons": what they are held to have done
            break
        if link == "prep" and _CHARGED_BY.get(lem) == tok.lower_ and parent.pos_ == "VERB" and tok.i > parent.i:
            take("speculative")  # "the rebels were blamed FOR shelling the market", "charged WITH killing"
            break
        if link == "prep" and tok.lemma_.lower() in _ADJUNCT_PREPS and not (
                lem in c["future_nouns"] or lem in c["request_governors"]) and not (
                tok.lower_ == "at" and lem == "aim") and not (  # "a deal AIMED AT ending the fighting"
                tok.lower_ == "in" and is_amount(parent)) and not (
                tok.lower_ == "from" and (lem in c["negating_governors"] or parent.dep_ == "dobj" and (
                    parent.head.lemma_.lower() in c["negating_governors"]))):  # "banned them FROM entering"
            # (nor one hung on the object: "banned THE OPPOSITION from holding rallies")
            # "by sending troops, Haftar aims to …": a manner adjunct keeps its own status
            # (not an amount's "in": "pledged 50 million euros IN aid" is the aid pledged); but
            # who tells the clause tells it too ("killed two men DURING A RAID, the ministry said"),
            # and the means of an act alleged or denied is alleged or denied with it ("accused
            # Hamas of violating the ceasefire BY KILLING a soldier")
            means = tok.lower_ == "by" and tok.i > parent.i and parent.pos_ == "VERB"
            inherit(parent, _ALL_BUT_FUTURE if means else _REPORTED)
            break
        in_charge = lem == "charge" and parent.dep_ == "pobj" and parent.head.lower_ == "in"  # "in charge of X"
        if link == "prep" and tok.lower_ == "of" and (lem in _CHARGING | _CHARGE_NOUNS and not in_charge
                                                       or _charged_party(parent)):
            take("speculative")  # "accused Kabul OF sheltering militants": what is alleged
            break
        if link != "conj":
            if lem in _DOUBLE_NEGATED and link in ("xcomp", "dobj", "ccomp", "pobj", "prep") \
                    and any(negator(ch) for ch in parent.children):
                # "has NOT RULED OUT sending troops": still possible, not done; "did NOT STOP
                # shelling the town": it went on (the verb's own "not" is no negation of the act,
                # and whoever tells it still tells it)
                take("future" if lem in _RULING_OUT else None)
                tok = parent
                continue
            if lem in c["negating_governors"] and link in ("xcomp", "dobj", "ccomp", "pobj", "prep") \
                    or lem in _UNABLE and link == "xcomp" and tok.i == head.i:
                take("negated")  # (one "unable to stop the attacks" did not stop them, nor refused to; not
                # what the act unable is done about: "unable to confirm the number of ISIS fighters killed")
            elif lem in c["request_governors"] and (link in ("xcomp", "ccomp", "pobj", "prep") or link == "dobj"
                                                    and lem not in _CONVENING):
                take("future")  # ("demanded the withdrawal of the troops": asked for, not done)
            elif link == "ccomp" and lem in _MANDATING and _mandative(tok, plural_too=lem != "suggest"):
                take("future")  # "proposed that an international force DEPLOY in Gaza": to be done
            elif lem in c["resolve_states"] and (link == "xcomp" or link == "prep" and tok.lower_ == "to"):
                take("future")  # "is committed to releasing the prisoners", "determined to retake"
            elif link == "acl" and tok.tag_ in ("VBN", "VBD") and tok.i > parent.i and not any(
                    a.dep_ in ("aux", "auxpass") for a in tok.children):
                pass  # "in a MOVE CONDEMNED by the United States", "a plan approved last week": done to it
            elif lem in c["future_governors"] and link in ("xcomp", "dobj", "pobj", "prep", "acl") and not (
                    lem in ("due", "set") and link != "xcomp"):
                # "is due to meet", "is set to vote" are ahead; "died due to torture", "SETTING fires
                # and looting" are not
                take("future")
            elif lem in c["future_nouns"] and link in ("acl", "prep", "pobj", "xcomp", "compound"):
                # ("had NO intention of attacking Ethiopia", "no plans to withdraw": none to come)
                no = any(d.dep_ == "det" and d.lower_ == "no" for d in parent.children)
                take("negated" if no and lem in ("plan", "intention", "prospect") else "future")
            elif lem in c["speculative_governors"] and link in ("xcomp", "ccomp", "dobj", "prep", "pobj", "nsubjpass", "oprd"):
                take("speculative")
            elif lem in c["speech_verbs"] and link in ("ccomp", "dobj", "xcomp"):
                take("reported", _attribution(parent))
        mk = _markers(parent, own=False)
        # negation reaches an embedded verb ("did not try to attack") but not an object
        # ("has not denounced this troop movement": the movement happened) nor a coordinate
        if mk == "negated" and link != "xcomp":
            mk = None
        if mk:
            take(mk)
        tok = parent
    # sentence-level attribution: "according to X", or "…, X said" hanging off the main clause
    doc = head.doc
    root = tok
    for t in head.sent:  # (this sentence's: a parsed chunk may hold several)
        if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
            objs = [ch for ch in doc[t.i + 1].children if ch.dep_ == "pobj"]
            if objs:
                sub = list(objs[0].subtree)
                take("reported", doc[sub[0].i: sub[-1].i + 1].text)
            else:
                take("reported")
            break
    else:
        for ch in root.children:
            if ch.dep_ in ("parataxis", "ccomp", "advcl") and ch.lemma_.lower() in c["speech_verbs"] and ch.i > head.i \
                    and not (ch.tag_ == "VBG" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in ch.children)) \
                    and not any(g.dep_ == "mark" and g.lower_ != "as"
                                and not any(t.text == "," for t in ch.doc[g.i:ch.i]) for g in ch.children):
                # (nor a clause a subordinator sets apart: "imposed a curfew AFTER looting WAS REPORTED";
                # "AS Amaq News also reported" still tells who says so; not a marker the parser took
                # across a comma: "overran a base AFTER a firefight, SOURCES SAID")
                # (not the doer's own words: "Israel struck the ministry, SAYING it was protecting
                # the Druze" is told as done, not as Israel's claim)
                take("reported", _attribution(ch))
                break
    return best, source
