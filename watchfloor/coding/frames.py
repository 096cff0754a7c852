"""Clause frames that change what a trigger codes as (CAMEO's own conventions).

- **Statements** (CAMEO 01: decline comment, pessimistic/optimistic comment, consider a policy
  option, claim or deny responsibility, empathetic comment): a sentence whose main clause is
  one is a statement, and ``statement_code`` names its CAMEO code. PLOVER dropped statements;
  the few with a PLOVER home are coded as that (``ontology._TYPED_STATEMENTS``: a claim of
  responsibility is AGREE, a denial REJECT, condolences SUPPORT, and weighing a cooperative act
  ("is considering sending aid", ``weighs_cooperation``) AGREE); the others give no event.
  Events named only inside a statement ("expressed condolences over the attack", "claimed
  responsibility for the bombing", "is considering sending aid") are not coded from it.
- **Refusals**: a negated cooperative act ("will not release the hostages", "did not lift
  the ban") is CAMEO 12, reject, a verbal conflict that did happen. "Refused to release" is one
  refusal (1243, trigger "refused to release"), not also a bare 120 on "refused" (the coder
  drops that one); likewise "agreed to share information" is one intent (031).
- **Intentions**: a cooperative act announced for later ("will meet", "is ready to
  contribute troops", "plans to lift sanctions") is CAMEO 03, express intent to cooperate;
  a conflictual one ("will launch an offensive", "plans to impose sanctions") is CAMEO 13,
  threaten.
- **Demands**: an act someone "must" do is CAMEO 10, demand; so is an appeal for a punitive act
  against someone ("called for sanctions against", "urged the minister's resignation").

The word lists live in ``data/lexicon/cues.json``.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from watchfloor.coding.factuality import aside_on_a_party, negator, told_will
from watchfloor.coding.triggers import THREATEN, THREATEN_FINE, cues, trigger_code

__all__ = ["claimed_attack", "denied_act", "denied_claim", "in_statement", "statement_code", "statement_root", "recode",
           "weighs_cooperation"]


@lru_cache(maxsize=1)
def _frames() -> dict[str, frozenset[str]]:
    raw = cues()["statement_frames"]
    return {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}


def _objects(tok: Any) -> list[Any]:
    out = [c for c in tok.children if c.dep_ in ("dobj", "attr", "nsubjpass")]
    for c in tok.children:
        if c.dep_ == "prep":
            out += [g for g in c.children if g.dep_ == "pobj"]
    return out


def statement_code(tok: Any) -> str | None:
    """The CAMEO 01 code of this clause head when it is a public statement predicate, else None."""
    f = _frames()
    lem = tok.lemma_.lower()
    objs = [o.lemma_.lower() for o in _objects(tok)]
    objs += [c.lemma_.lower() for o in _objects(tok) for c in o.children if c.dep_ == "compound"]  # "a condolence message"
    if lem in f["feeling_verbs"] and any(o in f["feelings"] for o in objs):
        # 018 "sent his condolences", "expressed solidarity"; 012/013 "expressed concern, hope"
        return "018" if any(o in f["empathy"] for o in objs) else "010"
    if lem in f["mourning_verbs"]:
        return "018"
    if lem == "pay" and any(o in f["tribute_objects"] for o in objs):
        return "018"  # "paid tribute to the victims"
    if lem in ("decline", "refuse") and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in f["comment_nouns"] for c in tok.children):
        return "011"  # decline comment
    if lem in ("decline", "refuse", "have") and any(o in ("comment",) for o in objs):
        return "011"  # "declined comment", "had no comment"
    if lem in f["consider_verbs"] and tok.tag_ in ("VBG", "VBZ", "VBP", "VBD", "VBN", "VB") and any(
            c.dep_ in ("xcomp", "dobj") for c in tok.children):
        return "014"  # consider policy option
    direct = [o.lemma_.lower() for o in _objects(tok) if o.dep_ in ("dobj", "nsubjpass", "attr")]
    if denied_claim(tok) is not None or denied_act(tok) is not None:
        return "016"  # deny responsibility ("rejected … for his role": a reason, not the claim)
    if lem in f["claim_verbs"] and ("responsibility" in direct or "credit" in direct):
        return "015"  # claim responsibility ("took credit for")
    if lem in ("claim", "admit") and claimed_attack(tok) is not None:
        return "015"  # "the rebels claimed they had attacked the base"
    if lem == "claim" and any(o.dep_ == "dobj" and (trigger_code(o) or "")[:2] in ("18", "19", "20")
                              and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in o.children)
                              and not any(c.dep_ in ("prep", "poss", "acl", "relcl") for c in o.children)
                              for o in _objects(tok)):
        # "Islamic State CLAIMED THE ATTACK": responsibility for one told, not a new attack (but
        # "claimed Sunday's bombing of a church in Kampala" tells the bombing)
        return "015"
    if lem == "agree" and _agrees_with_view(tok):
        return "019"  # "said they agree with X that …": an opinion shared, not an agreement
    if lem in f["attending_verbs"] and any(o in f["ceremonies"] for o in direct):
        return "017"  # "attended a ceremony": a symbolic presence, no meeting with anyone
    if lem == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in f["attitude_adjectives"] for c in tok.children):
        return "010"  # "is skeptical of", "was optimistic that"
    return None


_SELF = frozenset({"they", "it", "we", "he", "she", "i"})


def denied_claim(tok: Any) -> Any | None:
    """The accusation a clause head denies ("denied charges by X", "rejected the allegations"),
    else None. CAMEO codes such a denial 016; PLOVER's crosswalk note lets it be a REJECT."""
    f = _frames()
    if tok.lemma_.lower() not in f["deny_verbs"]:
        return None
    return next((o for o in _objects(tok) if o.dep_ in ("dobj", "nsubjpass", "attr")
                 and o.lemma_.lower() in f["denied_claims"]), None)


def denied_act(tok: Any) -> Any | None:
    """The act a subject denies doing ("the RSF denied TARGETING civilians", "Venezuela denied
    HARBOURING the rebels", "Hamas denied that its fighters HAD VIOLATED the truce"), else None:
    a denial of responsibility (CAMEO 016), as a denied charge is; not "rejected holding talks"
    (a proposal turned down) nor "denied being attacked"."""
    if tok.lemma_.lower() != "deny":
        return None
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp", "dobj") and c.tag_ == "VBG" and not any(
                g.dep_ in ("auxpass", "nsubj", "nsubjpass") for g in c.children):
            return c
        if c.dep_ == "ccomp" and any(g.dep_ == "nsubj" and _own_side(g) for g in c.children):
            return c  # "Hamas denied that ITS FIGHTERS had violated the truce"
    return None


def _own_side(subj: Any) -> bool:
    """A subject that is the denier's own side: "it", "they", "its fighters", "their forces"."""
    return subj.lower_ in ("it", "they", "we") or any(
        c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in subj.children)


def claimed_attack(tok: Any) -> tuple[Any, Any] | None:
    """ "X claimed (that) they/it had attacked Y": the claimer's own use of force, which CAMEO
    codes as a claim of responsibility (015), not as the attack. RETURNS the claimed act's
    ``(trigger, head)`` (the head is the light verb of "had carried out the bombing"), else
    None. A victim's claim ("claimed it had been attacked") or a claim about others is not one."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    for c in tok.children:
        if c.dep_ != "ccomp" or any(g.dep_ == "neg" for g in c.children):
            continue
        who = next((g for g in c.children if g.dep_ == "nsubj"), None)
        if who is None:
            continue
        own = who.lower_ in _SELF or (subj is not None and who.lower_ == subj.lower_)
        act, code = c, trigger_code(c)
        if code is None and c.lemma_.lower() in cues()["light_verbs"]:
            # "claimed it had carried out the bombing": the light verb's object names the attack
            act, code = next(((g, x) for g, x in ((g, trigger_code(g)) for g in c.children if g.dep_ == "dobj") if x),
                             (c, None))
        if own and code is not None and code[:2] in ("18", "19", "20"):
            return act, c
    return None


def weighs_cooperation(stmt: Any, head: Any, code: str) -> bool:
    """Whether ``head`` is the cooperative act (CAMEO 03–08) that the "considering" statement
    ``stmt`` (CAMEO 014) weighs: "is considering SENDING aid", "is considering the possibility of
    PROVIDING experts". Weighing a conflictual act ("considering sanctions") is no threat to anyone
    and stays uncoded."""
    if code[:2] != "03" and code[:2] not in _INTEND:
        return False
    if head.dep_ == "xcomp" and head.head.i == stmt.i:
        return True
    t = head  # "the possibility of providing": the act hangs on the considered noun
    while t.dep_ in ("pcomp", "pobj", "prep") and t.head.i != t.i:
        t = t.head
    return t.dep_ == "dobj" and t.head.i == stmt.i and t.i != head.i


def _agrees_with_view(tok: Any) -> bool:
    """ "agree with X (that …)", "agree with the recommendation": sharing a view. An agreement
    names its matter ("agreed with Y on a ceasefire", "agreed to …", "agreed a deal")."""
    kids = list(tok.children)
    if not any(c.dep_ == "prep" and c.lower_ == "with" and c.i > tok.i for c in kids):
        return False  # (not a fronted "With the approval of the cabinet, X agreed …")
    if any(c.dep_ in ("xcomp", "dobj") for c in kids):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "to", "over") for c in kids):
        return False
    return True


def statement_root(sent: Any) -> Any | None:
    """The sentence's main clause head when it is a CAMEO 01 statement, else None."""
    root = sent.root
    if statement_code(root) is not None:
        return root
    # "X said it is skeptical …", "X said it was considering …": the reported clause decides
    if root.lemma_.lower() in cues()["speech_verbs"]:
        for c in root.children:
            if c.dep_ == "ccomp" and statement_code(c) is not None:
                return c
    return None


def joined_statements(sent: Any) -> list[Any]:
    """Statement clauses joined to the main one with a subject of their own, other than the main
    clause's statement: "The Pakistani Taliban denied involvement, but a faction of the group
    CLAIMED RESPONSIBILITY"."""
    root = sent.root
    return [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
            and any(g.dep_ == "nsubj" for g in c.children) and statement_code(c) is not None]


def in_statement(tok: Any, stmt: Any) -> bool:
    """Whether ``tok`` lies inside the statement clause ``stmt`` (not in a clause coordinated
    with it: "claimed responsibility … and apologised" keeps the apology), nor in an aside on a
    party it names ("The M23 rebels, WHO SEIZED Goma last year, denied the report")."""
    if tok.i == stmt.i:
        return True
    t = tok
    while t.head.i != t.i:
        if t.dep_ == "relcl" and aside_on_a_party(t, t.head):
            return False
        if t.head.i == stmt.i:
            return t.dep_ not in ("conj", "parataxis", "cc")
        t = t.head
    return False


# cooperative roots (03–08) and what they become when refused, announced or demanded
_REFUSE = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}
_INTEND = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
_REFUSE_FINE = {"0841": "1243", "085": "1241", "0874": "1246", "082": "1242", "087": "1246"}
_INTEND_FINE = {"0841": "0353", "085": "0351", "0874": "0356", "062": "0312", "074": "0334"}
_DEMAND_FINE = {"0841": "1053", "085": "1051", "0874": "106", "07": "103", "04": "106"}
# conflictual roots (16–20) announced as one's own coming act are threats (CAMEO 13; an announced
# march or rally is not one): "will launch an offensive against X" is 138, "plans to impose
# sanctions" 1312 (the tables live in triggers.py, which also codes "threatened sanctions")


def _has_aux(tok: Any, words: tuple[str, ...]) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in words for c in tok.children)


def _intent(head: Any) -> bool:
    """A future act its subject announces: "will X", "plans to X", "is ready to X"."""
    if _has_aux(head, ("will", "shall", "'ll", "wo")):
        return True
    if head.dep_ == "xcomp":
        gov = head.head
        lem = gov.lemma_.lower()
        if lem in cues()["intent_governors"] and not any(c.dep_ == "auxpass" for c in gov.children):
            return True  # (not one others expect: "the council IS EXPECTED to meet")
        if lem in cues()["intent_adjectives"]:
            return True  # "is ready to contribute troops"
        if lem == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in cues()["intent_adjectives"]
                               for c in gov.children):
            return True
    if head.dep_ == "xcomp" and head.head.dep_ == "acomp" and head.head.lemma_.lower() in cues()["intent_adjectives"]:
        return True
    return False


def _announced(head: Any) -> bool:
    """A coming act its own actor declares: "will attack" (a lower-case modal, not the name
    "Will"), "vowed/plans to attack"; not one others expect ("is expected to attack")."""
    if any(c.dep_ in ("aux", "auxpass") and c.text in ("will", "shall", "'ll") for c in head.children):
        return True
    gov = head.head
    return (head.dep_ == "xcomp" and gov.lemma_.lower() in cues()["threat_governors"]
            and not any(c.dep_ == "auxpass" for c in gov.children))


def _fine(table: dict[str, str], code: str) -> str | None:
    for n in (4, 3, 2):
        if code[:n] in table:
            return table[code[:n]]
    return None


def recode(*, cameo: str, head: Any, fact: str) -> tuple[str, str] | None:
    """(new CAMEO code, new factuality) when the clause frame changes the event, else None.

    cameo: the trigger's code. head: the token carrying its clause. fact: its factuality.
    """
    root = cameo[:2]
    if root == "02" or cameo == "100":
        punitive = cues()["punitive_objects"]
        for o in _objects(head):
            if o.lemma_.lower() in punitive and punitive[o.lemma_.lower()] != cameo:
                # "called for sanctions against X": a demand aimed at X (CAMEO 10), not an
                # appeal; "demanded the resignation of the minister": a leadership change (1041)
                return (punitive[o.lemma_.lower()], fact)
    if cameo in ("020", "100"):
        yielded = cues()["yield_objects"]
        for o in _objects(head):
            if o.lemma_.lower() in yielded:
                # "called for the release of X" (0253), "demanded the withdrawal of the troops" (1056)
                return (("025" if root == "02" else "105") + yielded[o.lemma_.lower()], fact)
    if _has_aux(head, ("must",)) and fact not in ("negated",):
        return (_fine(_DEMAND_FINE, cameo) or "100", "asserted")
    if root in THREATEN and fact == "future" and _announced(head) and not any(c.dep_ == "neg" for c in head.children):
        return (_fine(THREATEN_FINE, cameo) or THREATEN[root], "asserted")
    if root not in _REFUSE and fact == "speculative" and told_will(head):
        return (cameo, "future")  # "said it would lodge a protest", "would send troops": a will told in the past
    if root not in _REFUSE:
        return None
    refused = any(negator(c) for c in head.children) or (  # "will not", "will no longer take part"
        head.dep_ == "xcomp" and head.head.lemma_.lower() in cues()["negating_governors"])
    if head.dep_ in ("xcomp", "ccomp") and head.head.lemma_.lower() in cues()["request_governors"]:
        refused = False  # a refusal asked for is none made: "urged countries NOT TO RECOGNISE the results"
    if any(c.dep_ == "auxpass" for c in head.children) and not _has_aux(head, ("will", "would", "shall", "'ll")):
        refused = False  # what was not done to someone is no refusal of theirs: "had NOT BEEN CONSULTED"
    conditional = head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in head.children)
    if refused and fact in ("negated", "future") and not conditional:
        # "will not release": the refusal is the event (not "… if their demands are not met": a
        # condition, no refusal made)
        return (_fine(_REFUSE_FINE, cameo) or _REFUSE[root], "asserted")
    if root != "03" and fact == "future" and _intent(head):
        return (_fine(_INTEND_FINE, cameo) or _INTEND[root], "asserted")
    if root != "03" and fact == "asserted" and _willing(head):
        return (_fine(_INTEND_FINE, cameo) or _INTEND[root], "asserted")  # "is willing to withdraw"
    if root != "03" and fact in ("speculative", "reported") and _reported_would(head):
        return (_fine(_INTEND_FINE, cameo) or _INTEND[root], "reported")  # "said it would allow"
    return None


def _willing(head: Any) -> bool:
    """ "is ready/willing to X": an announced readiness, not the act."""
    adj = cues()["intent_adjectives"]
    if head.dep_ != "xcomp":
        return False
    gov = head.head
    if gov.lemma_.lower() in adj and gov.dep_ in ("acomp", "amod", "ROOT", "conj"):
        return True
    return gov.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in adj for c in gov.children)


def _reported_would(head: Any) -> bool:
    """ "X said it would Y": the future of a reported clause is the speaker's intent."""
    if not _has_aux(head, ("would", "'d")):
        return False
    if head.dep_ not in ("ccomp", "parataxis") or head.head.lemma_.lower() not in cues()["speech_verbs"]:
        return False
    return not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in head.children)
