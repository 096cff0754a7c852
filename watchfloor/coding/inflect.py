"""English word forms back to their possible lemmas, without a model.

The pre-filter that decides which sentences get parsed must know, before any parse, whether a
sentence holds a form of a trigger lemma ("deployed", "clashes", "withdrew"). Regular suffixes
are undone by rule; irregular verbs come from the table below (English facts, not a dictionary
file). Over-generation is harmless here: a candidate that is no lemma simply matches nothing.
"""
from __future__ import annotations

import functools

__all__ = ["lemma_candidates", "irregular_base", "IRREGULAR_VERBS"]

# lemma: its irregular past and participle forms
IRREGULAR_VERBS: dict[str, tuple[str, ...]] = {
    "arise": ("arose", "arisen"), "be": ("was", "were", "been", "is", "are"), "bear": ("bore", "borne"),
    "beat": ("beaten",), "become": ("became",), "begin": ("began", "begun"), "bind": ("bound",),
    "bite": ("bit", "bitten"), "bleed": ("bled",), "blow": ("blew", "blown"), "break": ("broke", "broken"),
    "breed": ("bred",), "bring": ("brought",), "build": ("built",), "burn": ("burnt",), "buy": ("bought",),
    "catch": ("caught",), "choose": ("chose", "chosen"), "come": ("came",), "deal": ("dealt",),
    "do": ("did", "done"), "draw": ("drew", "drawn"), "drive": ("drove", "driven"), "eat": ("ate", "eaten"),
    "fall": ("fell", "fallen"), "feed": ("fed",), "feel": ("felt",), "fight": ("fought",), "find": ("found",),
    "flee": ("fled",), "fly": ("flew", "flown"), "forbid": ("forbade", "forbidden"), "forgo": ("forwent", "forgone"),
    "forgive": ("forgave", "forgiven"), "freeze": ("froze", "frozen"), "get": ("got", "gotten"),
    "give": ("gave", "given"), "go": ("went", "gone"), "grow": ("grew", "grown"), "hang": ("hung",),
    "have": ("had", "has"), "hear": ("heard",), "hide": ("hid", "hidden"), "hold": ("held",), "keep": ("kept",),
    "know": ("knew", "known"), "lay": ("laid",), "lead": ("led",), "leave": ("left",), "lend": ("lent",),
    "lie": ("lay", "lain"), "lose": ("lost",), "make": ("made",), "mean": ("meant",), "meet": ("met",),
    "mislead": ("misled",), "outdo": ("outdid", "outdone"), "overcome": ("overcame",),
    "overrun": ("overran",), "overtake": ("overtook", "overtaken"), "overthrow": ("overthrew", "overthrown"),
    "pay": ("paid",), "plead": ("pled",), "prove": ("proven",), "rebuild": ("rebuilt",), "repay": ("repaid",),
    "retake": ("retook", "retaken"), "ride": ("rode", "ridden"), "ring": ("rang", "rung"),
    "rise": ("rose", "risen"), "run": ("ran",),
    "say": ("said",), "see": ("saw", "seen"), "seek": ("sought",), "sell": ("sold",), "send": ("sent",),
    "shake": ("shook", "shaken"), "shoot": ("shot",), "sing": ("sang", "sung"), "sink": ("sank", "sunk"),
    "sit": ("sat",), "slay": ("slew", "slain"), "sleep": ("slept",), "speak": ("spoke", "spoken"),
    "speed": ("sped",), "spend": ("spent",), "spin": ("spun",), "stand": ("stood",), "steal": ("stole", "stolen"),
    "stick": ("stuck",), "sting": ("stung",), "strike": ("struck", "stricken"), "strive": ("strove", "striven"),
    "swear": ("swore", "sworn"), "sweep": ("swept",), "swing": ("swung",), "take": ("took", "taken"),
    "teach": ("taught",), "tear": ("tore", "torn"), "tell": ("told",), "think": ("thought",),
    "throw": ("threw", "thrown"), "undergo": ("underwent", "undergone"), "undertake": ("undertook", "undertaken"),
    "understand": ("understood",), "uphold": ("upheld",), "wake": ("woke", "woken"), "wear": ("wore", "worn"),
    "weep": ("wept",), "win": ("won",), "withdraw": ("withdrew", "withdrawn"), "withhold": ("withheld",),
    "withstand": ("withstood",), "write": ("wrote", "written"), "overrule": (), "shed": (),
}
_IRREGULAR_FORMS: dict[str, tuple[str, ...]] = {}
for _lemma, _forms in IRREGULAR_VERBS.items():
    for _form in _forms:
        _IRREGULAR_FORMS[_form] = _IRREGULAR_FORMS.get(_form, ()) + (_lemma,)


def irregular_base(word: str) -> str | None:
    """The one verb a lower-cased irregular past form belongs to ("retook" -> "retake"), or None:
    the small model leaves some of them unlemmatised."""
    bases = _IRREGULAR_FORMS.get(word, ())
    return bases[0] if len(bases) == 1 else None


@functools.lru_cache(maxsize=200_000)
def lemma_candidates(word: str) -> frozenset[str]:
    """Lemmas a lower-cased word form may belong to (the word itself included)."""
    w = word
    out = {w, *_IRREGULAR_FORMS.get(w, ())}
    if "-" in w:
        out.add(w.replace("-", ""))
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                         ("ing", ""), ("ing", "e"), ("ings", ""), ("ings", "e")):
        if len(w) >= len(suffix) + 2 and w.endswith(suffix):  # (a short stem too: "USED water cannon")
            stem = w[: -len(suffix)] + repl
            out.add(stem)
            # "stopped", "shelling", "hitting": undo the doubled final consonant
            if repl == "" and suffix in ("ed", "ing", "ings") and len(stem) > 3 and stem[-1] == stem[-2]:
                out.add(stem[:-1])
    return frozenset(out)
