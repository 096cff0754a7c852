"""Which words of a sentence date an event: the date phrase of its own verb where it has one,
else the sentence less its dateline, its asides and the clause set against the event's by "but".

``dates.resolve_date`` reads a date phrase anywhere in the text it is given; a wire sentence
often holds dates that are not its events': the filing date of its dateline ("PORT SUDAN, Nov
29 (Reuters) - … on Friday"), a date inside a clause about a named person ("Machado, who won
the Nobel Peace Prize LAST MONTH, called on the army …") or about what the act is done to ("…
the ceasefire, which took effect ON OCT. 10"), or the other side's ("Zelenskiy urged allies to
send air defences, but the Kremlin dismissed the appeal ON MONDAY"). Those words are blanked
(the text keeps its length and offsets) before the date is read.
"""
from __future__ import annotations

import functools
from typing import Any

from watchfloor.coding.dates import LONG_SPANS, is_month_name, is_weekday_name
from watchfloor.coding.factuality import is_year, participle_owner
from watchfloor.coding.role_words import DEATH_VERBS, HARM_VERBS, PACT_NOUNS
from watchfloor.coding.triggers import OCCUR_VERBS, answer_phrase, cues, trigger_code
from watchfloor.nlp.dateline import dateline_dash


def date_scope(sent: Any, head: Any, *, ahead: bool = False) -> list[str]:
    """The texts of ``sent`` whose date phrases may date the event carried by ``head``, to be
    read in turn until one gives a date: the date phrase of the event's own verb ("struck a boat
    … ON FRIDAY, … the latest in a series of strikes that have killed 80 people since
    September"), then the sentence without its dateline and its asides (a weekday with no
    publication day to count from gives no date, and the sentence may name the day elsewhere).
    ``ahead``: the event is still to come, so the day it was announced or set in motion is not its
    day ("said ON SATURDAY it would refuse orders to shoot protesters" is no shooting next
    Saturday)."""
    text = sent.text
    base = sent.start_char
    dash = dateline_dash(sent[0]) if len(sent) else None
    texts = []
    own = _own_date(head, after=dash if dash is not None else -1, ahead=ahead)
    cause_date = _cause_before(own, head) if own is not None else None
    if cause_date is not None:
        own = None  # "sentenced her ON THURSDAY for crimes over a crackdown on protests LAST YEAR"
    if own is not None and (own.dep_ in ("nummod", "compound", "amod") and is_year(own) or own.dep_ in (
            "nmod", "compound") and own.ent_type_ == "DATE" and head.pos_ == "NOUN" and own.i < head.i):
        # "the 1974 disengagement agreement" is of 1974, "the Sept. 11, 2001 attacks" of that day, "the
        # November 2024 ceasefire" of that month
        ent = next((e for e in own.doc.ents if e.start <= own.i < e.end and e.label_ == "DATE"), None)
        month = not is_year(own)  # ("in a 1994 treaty" reads as it is written; a month needs its "in")
        texts.append((f"in {ent.text}" if month else ent.text) if ent is not None and len(ent) > 1 else f"in {own.text}")
    elif own is not None:
        a, b = _span(own, base)
        phrase = text[a:b]
        for det in _named_event_article(own):
            # "captured the Golan Heights in THE 1967 war": the year of the war it was done in
            k = det.idx - base - a
            phrase = phrase[:k] + " " * len(det) + phrase[k + len(det):]
        texts.append(" " * a + phrase + " " * (len(text) - b))
    cuts: list[tuple[int, int]] = []
    if dash is not None:
        cuts.append((0, sent.doc[dash].idx + 1 - base))
    if cause_date is not None:
        cuts.append(_span(cause_date, base))
    said = next((a for a in head.ancestors if a.lemma_.lower() in _announcing()), None) if ahead else None
    if said is not None:
        # only the words of what was said or decided date it: not the day it was said ("said ON
        # SATURDAY it would refuse …", "the cabinet tasked the army ON TUESDAY with drawing up a
        # plan to disarm Hezbollah"), nor a clause about the speaker
        told = next(c for c in said.children if c.left_edge.i <= head.i <= c.right_edge.i)
        a, b = _span(told, base)
        cuts.extend([(0, a), (b, len(text))])
    if ahead:
        # nor the day of a past act the coming one hangs on, whatever its verb: "said it HAD REACHED
        # an agreement ON THURSDAY with Pakistan to reopen the crossing" is no reopening next Thursday
        cuts += [_span(c, base) for a in head.ancestors if a.pos_ in ("VERB", "AUX") and _done(a)
                 for c in a.children if _date_phrase(c) and not c.left_edge.i <= head.i <= c.right_edge.i]
    if own is None and _present_of_past(head):
        a, b = _span(head, base)
        cuts.extend([(0, a), (b, len(text))])
    for tok in sent:
        if tok.dep_ == "poss" and tok.ent_type_ == "DATE" and not _dates_the_act(tok.head, head):
            # a day a noun is named by is the noun's: "declared her the winner of LAST WEEK'S
            # election, as security forces cracked down" (not "SUNDAY'S attack killed 12", "killed
            # in Sunday's attack")
            cuts.append(_span_to(tok, base))
            continue
        if ahead and _dated_moment_named(tok) and not tok.left_edge.i <= head.i <= tok.right_edge.i:
            # "agreed to lift sanctions … to help the country's recovery AFTER THE FALL of Assad IN
            # DECEMBER 2024": a month or a year of the moment a coming act is set after or before is
            # that moment's, not the act's (a past act keeps it as its nearest: "even BEFORE military
            # action IN 2003, … protesters marching")
            cuts.append(_span(tok, base))
            continue
        if _since_a_record(tok) and not tok.left_edge.i <= head.i <= tok.right_edge.i:
            # "in the WORST fighting in Tripoli SINCE MAY", "the first visit since 2019": a measure
            # of the event against the past, no day of it (but the day of what it names: "the
            # deadliest attack since July 2005, when four bombers KILLED 52 people")
            cuts.append(_span(tok, base))
            continue
        if tok.lower_ == "since" and tok.dep_ == "mark" and (_measured_by_record(tok.head.head)
                                                             or _a_record(tok.head.head)):
            # "the talks were THE FIRST direct meeting … SINCE the group captured El Fasher LAST
            # MONTH": the clause measured from is its own moment, dated by its own words only ("one
            # of the deadliest days SINCE THE CEASEFIRE TOOK EFFECT")
            a, b = _span(tok.head, base)
            cuts.extend([(0, a), (b, len(text))] if tok.head.left_edge.i <= head.i <= tok.head.right_edge.i
                        else [(a, b)])
            continue
        if tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and not tok.left_edge.i <= head.i <= tok.right_edge.i \
                and _own_date(tok, after=-1) is not None \
                and (tok.head.lemma_.lower() in PACT_NOUNS or trigger_code(tok) is not None):
            # "condemned the attack, saying it violated a ceasefire BROKERED by the United States LAST
            # YEAR": the pact's own day, no day of the acts that name it; so is the day of an act a
            # participle tells of its noun ("freed 100 schoolchildren KIDNAPPED from a school LAST MONTH";
            # a weekday closing the sentence is the main act's: "pardoned 300 people jailed over
            # protests ON SATURDAY")
            cuts.append(_span_before_closing_date(tok, base))
            continue
        if answer_phrase(tok) and not tok.left_edge.i <= head.i <= tok.right_edge.i:
            # "would expel a diplomat in retaliation FOR THE EXPULSION of a British diplomat LAST
            # MONTH": the act answered has its own day (the answer's, read when it has none, is
            # near its own: "imposed sanctions IN 1990 in response to its invasion of Kuwait")
            cuts.append(_span(tok, base))
            continue
        if _coming_on_verb(tok) and not tok.left_edge.i <= head.i <= tok.right_edge.i:
            # "accused clerics of plotting a coup AHEAD OF ELECTIONS DUE IN JUNE" (a verb's, not a
            # noun's own: "talks SCHEDULED FOR MONDAY")
            cuts.append(_span(tok, base))
            continue
        if not ahead and _asked_for(tok) and not tok.left_edge.i <= head.i <= tok.right_edge.i:
            # what was asked for or promised is still to come: "accused the government … and CALLED
            # for the protests to continue ON THURSDAY" was no accusation last Thursday
            cuts.append(_span(tok, base))
            continue
        if _earlier_act_after(tok, head):
            # "killed 30 rebels in an offensive, AFTER THE GROUP MASSACRED VILLAGERS LAST WEEK": the
            # act one came after has its own day, no day of the one that followed it
            cuts.append(_span(tok, base))
            continue
        if contrasted(tok):
            # "ECOWAS lifted sanctions on Niger IN FEBRUARY, but the junta said it would not
            # return": a clause set against another is dated by its own words only
            a, b = _span(tok, base)
            cuts.extend([(0, a), (b, len(text))] if tok.left_edge.i <= head.i <= tok.right_edge.i else [(a, b)])
            continue
        if not (_aside(tok, head) or ahead and (tok.dep_ == "relcl" or tok.dep_ == "acl" and tok.tag_ == "VBN")) \
                or tok.left_edge.i <= head.i <= tok.right_edge.i:
            continue  # (a past told in a relative clause or a participle never dates a coming act: "to
            # end fighting in eastern Congo, where rebels seized two cities EARLIER THIS YEAR", "the
            # release of soldiers DETAINED SINCE AUGUST")
        cuts.append(_span_before_closing_date(tok, base))  # ("arrested 12 people SUSPECTED of … ON THURSDAY")
        # (and a date the parser hung on the verb right after it: "… collapsed LAST YEAR | marched")
        cuts += [_span(c, base) for c in head.children
                 if (clause := _stranded_date(c)) is not None and clause.i == tok.i]
    for a, b in cuts:
        text = text[:a] + " " * (b - a) + text[b:]
    return texts + [text]


@functools.lru_cache(maxsize=1)
def _announcing() -> frozenset[str]:
    """Verbs that announce, ask for or decide an act still to come (their own day is not the
    act's): "said", "urged", "vowed", "tasked", "ordered"."""
    c = cues()
    return frozenset(c["speech_verbs"]) | frozenset(c["request_governors"]) | frozenset(c["intent_governors"]) \
        | _DECIDING


_DECIDING = frozenset({"task", "decide", "vote", "approve", "threaten", "warn", "vow", "require", "oblige", "obligate"})


def _dates_the_act(noun: Any, head: Any) -> bool:
    """Whether a noun dated by a possessive ("Sunday's attack") is the event itself, its subject,
    a phrase of the event's own verb ("killed IN Sunday's attack") or a time from which."""
    if noun.i == head.i or noun.head.i == head.i and noun.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "since":
        return True  # a time from which: "a crackdown on dissent SINCE last year's election"
    return noun.dep_ == "pobj" and noun.head.head.i == head.i and noun.head.lower_ in ("in", "during", "at")


def _span_to(tok: Any, base: int) -> tuple[int, int]:
    """The character span from a token's first dependent to the token itself (its left part)."""
    last = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].tag_ == "POS" else tok
    return tok.doc[tok.left_edge.i].idx - base, last.idx + len(last) - base


def _span(tok: Any, base: int) -> tuple[int, int]:
    """The character span of a token's phrase within its sentence (starting at ``base``)."""
    last = tok.doc[tok.right_edge.i]
    return tok.doc[tok.left_edge.i].idx - base, last.idx + len(last) - base


_DATE_PREPS = frozenset({"on", "in", "during", "since", "until", "from", "between", "at", "over"})


def _own_date(head: Any, *, after: int, ahead: bool = False) -> Any | None:
    """The phrase that dates the event's verb itself ("ON FRIDAY", "LAST MONTH"), else that of the
    clause it is subordinate to or joined with; None when neither has one. The nearest one in
    the verb's own clause (the parser may hang it lower: "struck a boat carrying drugs ON
    FRIDAY"), not one of a clause with a subject of its own, nor the dateline's (tokens up to
    ``after``)."""
    verbs = [head]
    clause = head
    if head.pos_ == "NOUN" and head.dep_ == "nsubj" and head.head.lemma_.lower() in OCCUR_VERBS:
        clause = head.head  # "as deadly PROTESTS erupted": the clause of the verb they occur with
        verbs.append(clause)
    for _ in range(2):
        if not (clause.dep_ in ("advcl", "conj") and clause.head.i != clause.i and not contrasted(clause)
                and not _present_of_past(clause)
                and not (ahead and clause.head.tag_ == "VBD")):  # (not the day a coming act was threatened)
            break
        # a participle's act ("struck the boat on Friday, KILLING three") or the clause a
        # subordinate or joined one goes with ("shot dead eight people on Wednesday AS thousands
        # MARCHED to mark the anniversary of last year's demonstrations"), through a participle
        # the parser hung it on ("declared him the winner on Monday, EXTENDING his rule, AS
        # protests erupted")
        owner = participle_owner(clause) if clause.dep_ == "advcl" else clause.head
        verbs.append(owner)
        if not (owner.dep_ == "advcl" and owner.tag_ == "VBG"):
            break
        clause = owner
    for v in verbs:
        frontier = [v]
        while frontier:
            nxt = []
            for t in frontier:
                for c in t.children:
                    if c.i <= after or c.dep_ in _OTHER_CLAUSES or any(
                            g.dep_ in ("nsubj", "nsubjpass") for g in c.children) or _coming_on_verb(c) \
                            or _since_a_record(c) or answer_phrase(c) \
                            or c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and t.pos_ in ("NOUN", "PROPN") \
                            and t.i != v.i:
                        # (nor what is still to come: "plotting a coup AHEAD of elections DUE in June"; nor
                        # what a noun's own participle dates: "erupted over the election HELD LAST MONTH";
                        # nor the act answered: "in retaliation FOR THE EXPULSION of a diplomat LAST MONTH")
                        continue
                    if c.dep_ == "prep" and _date_phrase(c):
                        return c
                    if t is head and _named_event_article(c):
                        return c  # "seized power in a 2021 coup" (the verb's own phrase only)
                    if t is head and head.pos_ == "NOUN" and c.dep_ in ("nummod", "compound", "amod") \
                            and is_year(c) and c.i < head.i:
                        return c  # "the 1974 disengagement AGREEMENT": the year names it
                    if t is head and head.pos_ == "NOUN" and c.dep_ in ("nmod", "compound") and c.i < head.i \
                            and c.ent_type_ == "DATE" and any(is_year(g) for g in c.children):
                        return c  # "the NOVEMBER 2024 ceasefire": a month of a year names it
                    if c.dep_ in ("npadvmod", "tmod") and c.ent_type_ == "DATE" and _stranded_date(c) is None:
                        # (with the adverb it measures back or on from: "a year AGO", "two days EARLIER")
                        return t if t.lower_ in ("ago", "earlier", "later", "before") else c
                    nxt.append(c)
            frontier = nxt
    return None


def _stranded_date(date: Any) -> Any | None:
    """The relative clause on the subject a date phrase ends, where the parser hung the phrase on
    the main verb: "Students who have led the movement since a canopy collapsed LAST YEAR |
    marched" (a date between a subject's clause and its verb is the clause's); else None."""
    verb = date.head
    if date.dep_ not in ("npadvmod", "tmod") or date.i > verb.i or verb.doc[date.right_edge.i + 1].i != verb.i:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < date.i), None)
    clause = next((c for c in subj.children if c.dep_ in ("relcl", "acl")), None) if subj is not None else None
    return clause if clause is not None and clause.right_edge.i + 1 == date.left_edge.i else None


# Participles of a charge: the act charged is told without its own day ("suspected of recruiting")
_CHARGED = frozenset({"suspect", "accuse", "charge", "blame", "wanted"})


def _span_before_closing_date(aside: Any, base: int) -> tuple[int, int]:
    """The span of an aside to cut, short of a weekday that closes it and its sentence
    (``_closing_date``): that day is the main act's."""
    a, b = _span(aside, base)
    tail = _closing_date(aside)
    return (a, tail.left_edge.idx - base) if tail is not None else (a, b)


def _closing_date(aside: Any) -> Any | None:
    """The weekday that closes both a charge, a participle or a past relative clause and its
    sentence, where the parser hung it on the act charged or told: "arrested 12 people suspected
    of recruiting fighters for Islamic State in Barcelona ON THURSDAY" is the arrest's day, not
    the recruiting's."""
    if not (aside.dep_ == "acl" and (aside.lemma_.lower() in _CHARGED or aside.tag_ == "VBN")
            or aside.dep_ == "relcl" and (aside.tag_ == "VBD" or _past_progressive(aside))):
        # (or a participle: "pardoned 300 people JAILED over protests ON SATURDAY"; or a past
        # relative clause: "used water cannon to disperse thousands WHO RALLIED outside parliament
        # ON SATURDAY", "shot dead three Palestinians who approached troops in Gaza ON FRIDAY",
        # "arrested 40 supporters WHO WERE HOLDING a meeting in Harare ON THURSDAY")
        return None
    last = aside.right_edge
    nxt = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    if nxt is not None and not (nxt.is_punct and nxt.text in (".", "!", "?", ",")):
        return None
    phrase = next((t for t in aside.subtree if t.right_edge.i == last.i and t.i > aside.i and (
        t.dep_ == "prep" and any(g.ent_type_ == "DATE" for g in t.children if g.dep_ == "pobj")
        or t.dep_ in ("npadvmod", "tmod") and t.ent_type_ == "DATE")), None)
    # (only a weekday, the wire's day of the news: "suspected of killing a journalist LAST YEAR"
    # is the killing's year)
    return phrase if phrase is not None and any(is_weekday_name(t.text) for t in phrase.subtree) else None


def _past_progressive(verb: Any) -> bool:
    """Whether a verb is a past progressive ("were holding"): what was going on when the act befell."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children)


def _cause_before(date: Any, head: Any) -> Any | None:
    """The date the parser hung on the verb right after the verb's "over"/"for" phrase that names
    another act, whose day it is: "sentenced Hasina … for crimes against humanity over a crackdown
    on student protests LAST YEAR" (the crackdown's year, not the sentence's). Returns the date."""
    if date.dep_ != "npadvmod" or date.head.i != head.i:
        return None
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("over", "for")
                 and c.right_edge.i + 1 == date.left_edge.i), None)
    if prep is None or not any(t.pos_ == "NOUN" and trigger_code(t) is not None for t in prep.subtree):
        return None
    return date


_RECORD_WORDS = frozenset({"first", "last", "only"})


def _since_a_record(tok: Any) -> bool:
    """A "since" phrase on a noun that a superlative or "first" measures: "the worst fighting
    SINCE MAY", "its first visit SINCE 2019"."""
    if tok.lower_ != "since" or tok.dep_ != "prep" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    after = tok.doc[tok.right_edge.i + 1:tok.right_edge.i + 3]
    if len(after) == 2 and after[0].text == "," and after[1].lower_ == "when":
        return False  # "… since July 2005, WHEN four bombers killed 52 people": that moment is told
    return _a_record(tok.head)


def _a_record(noun: Any) -> bool:
    """Whether a noun is measured as a record: "the WORST fighting", "its FIRST visit", "the MOST
    SERIOUS fighting"."""
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in _RECORD_WORDS or any(
        g.dep_ == "advmod" and g.lower_ == "most" for g in c.children)) for c in noun.children)


def _measured_by_record(verb: Any) -> bool:
    """Whether a clause states a record: its subject or predicate noun is "the first", "the
    worst", "the largest" … ("the talks were THE FIRST direct meeting")."""
    return any(_a_record(c) or c.dep_ in ("attr", "acomp") and c.tag_ == "JJS"  # ("was THE WORST since …")
               for c in verb.children if c.dep_ in ("attr", "acomp", "nsubj", "nsubjpass", "dobj"))


def _named_event_article(prep: Any) -> list[Any]:
    """The article of a year-named event the preposition opens ("in A 2021 coup", "during THE
    2011 uprising"), to be read as "in 2021"; [] for any other phrase. Only the event's own
    phrase: "sanctions FOR its involvement in the 2015 hack" are not dated 2015."""
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "since"):
        return []
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if obj is None or obj.ent_type_ == "DATE" or not any(
            y.i < obj.i and y.dep_ in ("nummod", "compound", "amod") and is_year(y)
            or y.i < obj.i and y.dep_ == "nmod" and y.ent_type_ == "DATE" and any(is_year(g) for g in y.children)
            for y in obj.children):  # (or a month of a year: "in a JULY 2023 coup")
        return []
    return [d for d in obj.children if d.dep_ == "det" and d.i == prep.i + 1]


# Words that open what is still to come, whose date is not the act's
_COMING = frozenset({"ahead", "due", "upcoming", "scheduled", "planned"})


def _asked_for(tok: Any) -> bool:
    """An infinitive that is what a verb asks for or promises ("called for the protests TO
    CONTINUE", "urged Tbilisi TO RELEASE the protesters", "vowed TO RETALIATE")."""
    if tok.tag_ != "VB" or tok.dep_ not in ("advcl", "xcomp", "ccomp") or tok.head.i == tok.i \
            or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children) \
            or any(c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ") for c in tok.children):
        return False  # (a past verb the parser joined to it is the asker's: "pressed the groups to
        # agree to ceasefires and HOSTED talks this year")
    c = cues()
    return tok.head.lemma_.lower() in c["request_governors"] or tok.head.lemma_.lower() in c["intent_governors"]


def _coming_on_verb(tok: Any) -> bool:
    """What is still to come, said on a verb ("plotting a coup AHEAD of elections"); on an event
    noun it is the noun's own date ("talks SCHEDULED for Monday")."""
    return tok.lower_ in _COMING and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX")


# Clauses whose dates are their own events': relative, reported, coordinated and adverbial ones
_OTHER_CLAUSES = frozenset({"relcl", "ccomp", "parataxis", "conj", "advcl", "csubj", "appos"})


def contrasted(tok: Any) -> bool:
    """A clause with a subject of its own joined by "but" or "yet" to the one before ("Zelenskiy
    urged allies to send air defences, BUT the Kremlin dismissed the appeal on Monday")."""
    return tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
        and any(c.dep_ == "cc" and c.lower_ in ("but", "yet") and c.i < tok.i for c in tok.head.children)


def _done(verb: Any) -> bool:
    """A verb in the simple past or a perfect: "reached", "had reached", "has agreed"."""
    return verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children) or verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in verb.children)


def _date_phrase(tok: Any) -> bool:
    """A verb's date phrase: "ON THURSDAY", "LAST WEEK"."""
    return tok.dep_ == "prep" and tok.lower_ in _DATE_PREPS and any(
        g.dep_ == "pobj" and (g.ent_type_ == "DATE" or _weekday_time(g)) for g in tok.children) \
        or tok.dep_ in ("npadvmod", "tmod") and tok.ent_type_ == "DATE"


def _weekday_time(tok: Any) -> bool:
    """A time of a named day, which the tagger calls a time, not a date: "on SATURDAY NIGHT",
    "on Friday evening"."""
    return tok.ent_type_ == "TIME" and any(is_weekday_name(t.text) for t in tok.subtree)


def _present_perfect(verb: Any) -> bool:
    """ "has expelled", "have withdrawn", "has been fighting" (not "had": a past perfect may carry
    a past date)."""
    if verb.tag_ == "VBG" and not any(c.dep_ == "aux" and c.lower_ == "been" for c in verb.children):
        return False
    return verb.tag_ in ("VBN", "VBG") and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)


def _present_of_past(head: Any) -> bool:
    """A present told of a past act, which takes no date from it: "Kosovo declared independence
    in 2008, WHICH Belgrade does not recognise", "… in 1991 but HAS NOT BEEN recognised"."""
    told = head.dep_ in ("relcl", "conj") or head.dep_ == "ccomp" and any(
        c.lower_ == "which" and c.i < head.i for c in head.children)  # (a "which" clause misread)
    return told and head.head.i != head.i and _present(head) and not _present(head.head)


def _present(verb: Any) -> bool:
    """A verb in the present or the present perfect: "recognises", "does not recognise", "has
    not been recognised" (not "will", "would", "did", "had")."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    first = next((c for c in verb.children if c.dep_ in ("aux", "auxpass")), None)
    return first is not None and first.tag_ in ("VBZ", "VBP")


# Participles of what someone is charged with
_CHARGED = frozenset({"suspect", "accuse", "charge", "convict", "allege", "wanted", "want"})


def _dated_moment_named(prep: Any) -> bool:
    """Whether a preposition of time names, by a noun, a moment with a month or a year of its own
    ("AFTER the fall of Assad in December 2024", "BEFORE the July 2023 coup"); not a weekday, which
    is often the act's own ("killed ten AFTER clashes on Friday")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.dep_ != "prep" or prep.lower_ not in ("after", "before", "following") or obj is None or obj.pos_ != "NOUN":
        return False
    words = list(obj.subtree)
    return any(is_year(t) or is_month_name(t.text) for t in words if t.ent_type_ == "DATE") \
        and not any(is_weekday_name(t.text) for t in words)


def _in_a_month_or_year(verb: Any) -> bool:
    """Whether a verb has an "in MONTH" or "in YEAR" phrase of its own ("signed IN JUNE", "agreed
    IN 2020", "IN March 2023")."""
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(
        y.dep_ == "pobj" and (is_year(y) or is_month_name(y.text)) for y in p.children) for p in verb.children)


# Modifiers that make an act one before the one told: "where A PREVIOUS drone attack knocked out a
# power station last month"
_EARLIER_ONES = frozenset({"previous", "earlier", "prior", "last", "former"})


def _told_as_another(clause: Any) -> bool:
    """Whether a clause's subject is an act it calls an earlier one ("…, where A PREVIOUS DRONE
    ATTACK knocked out a power station last month"): what it tells is not the sentence's event."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(m.dep_ == "amod" and m.lower_ in _EARLIER_ONES
                                                        for m in c.children) for c in clause.children)


def _earlier_act_after(clause: Any, head: Any) -> bool:
    """A clause with a subject and a date of its own that an act is told to have come after,
    once the act is told: "killed 30 rebels, AFTER the group massacred villagers LAST WEEK". Not
    the act's own toll ("23 were wounded after fighters attacked the bases ON MONDAY": one event),
    nor a clause the act is part of."""
    if clause.dep_ != "advcl" or clause.i < head.i or clause.left_edge.i <= head.i <= clause.right_edge.i \
            or not any(m.dep_ == "mark" and m.lower_ == "after" for m in clause.children) \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) \
            or _own_date(clause, after=-1) is None:
        return False
    toll = head.lemma_.lower() in DEATH_VERBS or head.lemma_.lower() in HARM_VERBS and not any(
        c.dep_ == "nsubj" for c in head.children)
    return not toll and trigger_code(head) is not None and not any(c.dep_ == "auxpass" for c in head.children)


def _aside(tok: Any, head: Any) -> bool:
    """A relative clause that tells another story than the event's: one about a named person
    ("Machado, who won the Nobel Peace Prize LAST MONTH, called on the army"), or one after a
    comma about what the act is done to or about. Not one about its subject: a clause of a
    place or an event there often dates the event itself ("a pilot, whose jet was downed on Nov.
    24, was shot dead when he landed"), and a date's own parts are appositions ("Monday, April
    11")."""
    if tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBG") and tok.head.i != head.i and tok.left_edge.i > 0 \
            and tok.doc[tok.left_edge.i - 1].text == "," and tok.right_edge.i + 1 < len(tok.doc) \
            and tok.doc[tok.right_edge.i + 1].text == ",":
        # a participle set off by commas tells the noun's story: "Rwandan troops, DEPLOYED in the
        # province SINCE 2021, said they had killed several insurgents"
        return True
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.i != head.i and tok.i > head.i and (
            _in_a_month_or_year(tok) or any(p.dep_ == "prep" and p.lower_ == "since" for p in tok.children)
            or tok.lemma_.lower() in _CHARGED):
        # a past the participle gives a thing the act is about: "urged the parties to respect
        # the ceasefire AGREED IN 2020", "arrested two men SUSPECTED of firing rockets IN MARCH",
        # "demanded the release of prisoners HELD SINCE AUGUST", "accused Rwanda of sending troops
        # in violation of a peace agreement SIGNED in Washington IN JUNE" (not a day, which the
        # parser often hangs there from the verb: "struck targets linked to Hezbollah ON MONDAY")
        return True
    if tok.dep_ != "relcl" or tok.head.i == head.i:
        return False
    owner = tok.head
    if owner.i > head.i and head.pos_ in ("VERB", "AUX") and tok.left_edge.i > head.i \
            and tok.doc[tok.left_edge.i - 1].text == "," and (tok.doc[tok.left_edge.i].lower_ not in ("where", "when")
                                                              or _told_as_another(tok)):
        # a clause after a comma about something the act is done to or about: "pressing Israel
        # and Hamas to move to the second phase of the ceasefire agreement, which took effect ON
        # OCT. 10" (not one of where or when it happened: "…, where 212 civilians were killed
        # between April 18 and April 27")
        return True
    if (_present_perfect(head) or head.dep_ in ("advcl", "xcomp") and _present_perfect(head.head)) and tok.i < head.i:
        # a present perfect takes no past date of its own: "Niger's junta, which seized power
        # IN JULY 2023, has expelled French troops" was not expelled in July 2023 (nor is what it
        # has done it for: "which took power in 2020, has relied on mercenaries TO FIGHT …")
        return True
    if _present_perfect(tok) and not _present_perfect(head):
        # a state lasting till now is no day of a past act, said of the subject ("Students who
        # HAVE LED the movement since a canopy collapsed LAST YEAR marched through the city") or
        # of a place ("struck positions in Kordofan, where fighting HAS INTENSIFIED IN RECENT
        # WEEKS"; "the attack was the latest in the region, where the ELN HAS BEEN FIGHTING
        # dissidents SINCE JANUARY")
        return True
    if owner.dep_ in ("nsubj", "nsubjpass") and tok.i < head.i and tok.doc[tok.left_edge.i - 1].text == "," \
            and tok.doc[tok.left_edge.i].lower_ in ("who", "which") \
            and any(is_year(t) or is_month_name(t.text) or t.ent_type_ == "DATE" and t.lemma_.lower() in LONG_SPANS
                    for t in tok.subtree):
        # a year or a month told of the subject between commas is its past, not the act's day:
        # "Mali's military rulers, who seized power in coups IN 2020 and 2021, expelled French forces"
        # ("The M23 rebels, who seized Goma EARLY LAST YEAR, denied the report")
        return True
    who = any(t.lower_ in ("who", "whom", "whose") for t in tok.subtree if t.i < tok.i)
    if who and owner.i > head.i and owner.dep_ not in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        # what the people the act names did, told after it: "closed its border, accusing Kigali of
        # training rebels WHO ATTACKED the capital LAST MONTH" was not closed last month
        return True
    if owner.dep_ == "nsubj" and (owner.ent_type_ in ("GPE", "ORG", "NORP") or owner.pos_ == "PROPN") and any(
            c.dep_ == "nsubj" and c.lower_ == "which" for c in tok.children):
        # what a state or a body did before, told of the subject: "The United States, which
        # brokered a deal IN JUNE, called on the M23 to halt its offensive"
        return True
    return owner.ent_type_ == "PERSON" or owner.pos_ == "PROPN" and who
