"""The learned event-location ranker: logistic regression over (trigger, candidate place) pairs.

The rule ranker (``watchfloor.coding.location``) finds every place of the trigger's sentence
and its cheapest dependency path from the trigger. This model reads that same search (path
cost, the prepositions and labels on the path, the slot the place stands in, its feature
class, its rank among the sentence's places, what the rules would pick) and scores each
candidate; the best one is the location when its probability reaches the threshold chosen on
the training data, else the event has none. No new parse and no model load beyond one small
JSON file, so extraction speed is unchanged.

Which weights are used (``active_model``): ``$WATCHFLOOR_HOME/models/evloc.json`` when an
analyst has trained one with ``watchfloor train``, else the shipped
``watchfloor/data/models/evloc.json`` when the learned ranker is the default
(``LEARNED_BY_DEFAULT``), else the rules. ``WATCHFLOOR_EVLOC=rules|learned`` overrides.
"""
from __future__ import annotations

import functools
import json
import math
import os
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from watchfloor.coding.location import (
    _PREP_COST,
    _AREA_NOUNS,
    _SPECIFICITY,
    FAR_COST,
    MAX_COST,
    LocationCandidate,
    _ends_in_place_noun,
    _is_event_noun,
    _is_place_noun,
    _slot,
    location_candidates,
    rule_choice,
)
from watchfloor.learn.data import (
    DataError,
    ProgressFn,
    analyst_model_path,
    assign_folds,
    file_sha256,
    jsonl_objects,
    read_model,
    save_atomic,
)
from watchfloor.learn.logreg import LogReg, fit_logreg

__all__ = [
    "FORMAT",
    "LEARNED_BY_DEFAULT",
    "SHIPPED_PATH",
    "DataError",
    "EvlocModel",
    "Example",
    "Record",
    "TrainResult",
    "active_model",
    "analyst_path",
    "build_examples",
    "candidate_features",
    "cross_validate",
    "file_sha256",
    "read_records",
    "train",
    "usable",
]

FORMAT = "watchfloor-evloc-logreg/1"
SHIPPED_PATH = Path(__file__).resolve().parent.parent / "data" / "models" / "evloc.json"
# Adopted after measuring on held-out gold (docs/learning.md): see the figures there.
LEARNED_BY_DEFAULT = True
SEED = 20240604
L2 = 2.0

# ---------------------------------------------------------------------------------- features

_ROOT_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "compound", "poss", "appos", "conj", "npadvmod",
                        "nmod", "amod", "attr", "ROOT"})
_STEP_DEPS = frozenset({"prep", "pobj", "pcomp", "dobj", "nsubj", "nsubjpass", "agent", "compound", "poss", "amod",
                        "nmod", "appos", "conj", "advcl", "relcl", "acl", "xcomp", "ccomp", "attr", "npadvmod",
                        "advmod", "parataxis", "dep", "oprd", "dative", "csubj"})
_NER_LABELS = frozenset({"GPE", "LOC", "FAC", "PERSON", "ORG", "NORP", "PRODUCT"})
_COST_STEPS = (0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 5.0, FAR_COST)


def _governor(root: Any) -> Any:
    """The token a place name hangs from, past coordination and apposition ("in X and Y")."""
    tok = root
    for _ in range(3):
        if tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
            tok = tok.head
        else:
            break
    return tok


def _subject_tokens(token: Any, head: Any) -> set[int]:
    out: set[int] = set()
    for h in {token.i: token, head.i: head}.values():
        for c in h.children:
            if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
                out.update(t.i for t in c.subtree)
    return out


def candidate_features(token: Any, head: Any, cands: Sequence[LocationCandidate]) -> list[dict[str, float]]:
    """Features of each candidate place for the trigger ``token`` (clause head ``head``)."""
    costs = sorted({c.cost for c in cands if c.cost is not None})
    rule = rule_choice(list(cands))
    subject = _subject_tokens(token, head)
    roots = {c.root.i for c in cands}
    n = len(cands)
    shared: dict[str, float] = {"bias": 1.0, f"n_cands={min(n, 4)}": 1.0, f"trigger_pos={token.pos_}": 1.0}
    if rule is None:
        shared["rules_pick_none"] = 1.0
    if not costs:
        shared["none_reachable"] = 1.0
    out: list[dict[str, float]] = []
    for c in cands:
        f = dict(shared)
        spec = _SPECIFICITY.get(c.place.feature, 3)
        if c.cost is None:
            f["unreachable"] = 1.0
        else:
            for t in _COST_STEPS:
                if c.cost <= t:
                    f[f"cost<={t}"] = 1.0
            f["within_max" if c.cost <= MAX_COST else "within_far"] = 1.0
            f[f"cost_rank={min(costs.index(c.cost), 2)}"] = 1.0
            f["cost_gap"] = min(c.cost - costs[0], FAR_COST) / FAR_COST
            for s in set(c.steps):
                kind, _, val = s.partition(":")
                if kind == "prep":
                    val = val if val in _PREP_COST else "OTHER"
                elif val not in _STEP_DEPS:
                    val = "OTHER"
                f[f"path_{kind}={val}"] = 1.0
            ups = sum(1 for s in c.steps if s.startswith("up:"))
            f["path_up_steps"] = min(ups, 3) / 3
            f["path_len"] = min(len(c.steps), 8) / 8
        if c is rule:
            f["rule_pick"] = 1.0
        elif c.rule_key is not None:
            f["rule_allowed"] = 1.0
        if c.strong:
            f["locative_slot"] = 1.0
        gov = _governor(c.root)
        f[f"root_dep={gov.dep_ if gov.dep_ in _ROOT_DEPS else 'OTHER'}"] = 1.0
        if gov.dep_ == "pobj":
            word = gov.head.lower_
            f[f"gov_prep={word if word in _PREP_COST else 'OTHER'}"] = 1.0
            if word == "of" and _is_place_noun(gov.head.head):
                f["of_place_noun"] = 1.0  # "the town of X"
            if word == "from" and gov.head.head.pos_ in ("NOUN", "PROPN"):
                f["origin_of_noun"] = 1.0  # "a driver from X" says where he is from, not where it happened
        h = gov.head
        if gov.dep_ in ("compound", "poss", "amod", "nmod") and h.i != gov.i:
            if _is_place_noun(h) or h.i in roots:
                f["modifies_place_noun"] = 1.0  # "Homs province", "Grozny's streets"
            elif h.pos_ in ("NOUN", "PROPN"):
                f["modifies_actor_noun"] = 1.0  # "US soldiers", "Fiji's Singh"
        if c.root.i in subject:
            f["in_subject"] = 1.0
        d = c.root.i - token.i
        f["token_distance"] = min(abs(d), 30) / 30
        f["before_trigger" if d < 0 else "after_trigger"] = 1.0
        f[f"feature={c.place.feature}"] = 1.0
        label = c.root.ent_type_
        ner = label if label in _NER_LABELS else ('none' if not label else 'OTHER')
        f[f"ner={ner}"] = 1.0
        f[f"ner_{'unresolved' if 'unresolved' in c.place.flags else 'resolved'}={ner}"] = 1.0
        if "unresolved" in c.place.flags:
            f["unresolved"] = 1.0
            # why it became a candidate: "in X", "X district", "stormed X", "withdrew from X"
            slot = _slot(c.root)
            f[f"unresolved_slot={slot.kind if slot is not None else 'none'}"] = 1.0
            # how rough the anchor is: the gazetteer's own entry, a nearby place, the country
            prec = c.place.precision_km or 0.0
            f["unresolved_anchor=" + ("none" if c.place.lat is None else
                                      "gazetteer" if c.place.geonameid is not None else
                                      "near" if prec <= 50 else "region" if prec <= 200 else "country")] = 1.0
            span = c.root.doc.char_span(c.place.start - c.offset, c.place.end - c.offset, alignment_mode="expand")
            if span is not None and len(span) and _ends_in_place_noun(span):
                f["named_facility_or_area"] = 1.0  # "Kindi Hospital", "Duk County"
        f["geo_confidence"] = float(c.place.confidence)
        for o in cands:
            if o is c or o.cost is None or c.cost is None or abs(o.cost - c.cost) > 1.5:
                continue
            o_spec = _SPECIFICITY.get(o.place.feature, 3)
            if o_spec < spec:
                f["rival_more_specific"] = 1.0
            elif o_spec > spec:
                f["rival_less_specific"] = 1.0
        out.append(f)
    return out


# ---------------------------------------------------------------------------------- the model

@dataclass
class Provenance:
    """Where a weights file came from: enough to rebuild it and to honour the data's licence."""

    source: str
    licence: str
    attribution: str
    data_file: str
    sha256: str
    records_read: int
    records_used: int
    dropped: dict[str, int]
    excluded_sources: list[str] = field(default_factory=list)
    seed: int = SEED


@dataclass
class Metrics:
    """Accuracy (the location right, or none where none is due) on the training records."""

    folds: int
    cv_rule_accuracy: float
    cv_learned_accuracy: float
    train_accuracy: float
    threshold: float
    candidates: int
    # Where the threshold was pinned (``train(threshold=...)``): what cross-validation would have
    # chosen, and the pooled out-of-fold accuracy at each, to show both lie on one plateau
    cv_threshold: float | None = None
    cv_accuracy_at_threshold: float | None = None
    cv_accuracy_at_cv_threshold: float | None = None


def _actor_origin(c: LocationCandidate) -> bool:
    """Whether the place only says whose or where from an actor is: "a cab driver from Lagos",
    "Kim Dong-sung of South Korea", "Algeria's foreign ministry accused" (a modifier inside the
    trigger's subject)."""
    gov = _governor(c.root)
    if gov.dep_ == "pobj" and gov.head.lower_ == "from" and gov.head.head.pos_ in ("NOUN", "PROPN"):
        return True
    if gov.dep_ == "pobj" and gov.head.lower_ == "of":
        # "Steve Omischl of Canada", "Dmitri Dashinski, of Belarus": a person's name, then his home
        owner = gov.head.head
        if owner.pos_ == "PROPN" and owner.ent_type_ == "PERSON" and not _is_place_noun(owner):
            return True
    head = gov.head
    if c.place.feature == "country" and gov.dep_ in ("compound", "amod", "nmod") and head.i != gov.i \
            and head.pos_ in ("NOUN", "PROPN") and not _is_place_noun(head) and not _is_event_noun(head):
        # "killed the U.S. soldier", "Pakistan troops shelled": a country before a noun of people
        # or things is a nationality (never the gold location in the 3,742 training records)
        return True
    # "Grozny's streets were patrolled": the subject is itself a place, so its owner is one too
    return gov.dep_ in ("poss", "compound", "amod", "nmod") and head.i != gov.i \
        and head.dep_ in ("nsubj", "nsubjpass", "agent") and head.pos_ in ("NOUN", "PROPN") \
        and head.lemma_.lower() not in _AREA_NOUNS


@dataclass
class EvlocModel:
    """Weights over named features and the probability a candidate needs to be chosen."""

    features: list[str]
    weights: list[float]
    bias: float
    threshold: float
    provenance: Provenance | None = None
    metrics: Metrics | None = None
    path: str | None = None
    _w: dict[str, float] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._w = dict(zip(self.features, self.weights))

    def probabilities(self, token: Any, head: Any, cands: Sequence[LocationCandidate]) -> list[float]:
        out = []
        for f in candidate_features(token, head, cands):
            z = self.bias + sum(self._w.get(k, 0.0) * v for k, v in f.items())
            out.append(float(1.0 / (1.0 + np.exp(-max(-35.0, min(35.0, z))))))
        return out

    def choose(self, token: Any, head: Any, cands: Sequence[LocationCandidate]) -> LocationCandidate | None:
        """The most probable candidate if it reaches the threshold, else None (no location)."""
        # a place that only says where an actor comes from ("a driver from Lagos") is never
        # where the event happened (CONTRACT), whatever the annotations the weights came from say
        cands = [c for c in cands if not _actor_origin(c)]
        if not cands:
            return None
        probs = self.probabilities(token, head, cands)
        best = max(range(len(cands)), key=lambda i: (probs[i], -i))
        return cands[best] if probs[best] >= self.threshold else None

    def to_json(self) -> str:
        order = sorted(range(len(self.features)), key=lambda i: self.features[i])
        data = {"format": FORMAT, "task": "evloc",
                "features": [self.features[i] for i in order],
                "weights": [round(self.weights[i], 6) for i in order],
                "bias": round(self.bias, 6), "threshold": round(self.threshold, 4),
                "provenance": asdict(self.provenance) if self.provenance else None,
                "metrics": {k: v for k, v in asdict(self.metrics).items() if v is not None} if self.metrics else None}
        return json.dumps(data, indent=1, sort_keys=True) + "\n"

    def save(self, path: str | Path) -> Path:
        return save_atomic(self.to_json(), path)

    @classmethod
    def load(cls, path: str | Path) -> EvlocModel:
        d = read_model(path, FORMAT, "an event-location model")
        prov, met = d.get("provenance"), d.get("metrics")
        return cls(features=list(d["features"]), weights=[float(w) for w in d["weights"]],
                   bias=float(d["bias"]), threshold=float(d["threshold"]),
                   provenance=Provenance(**prov) if prov else None, metrics=Metrics(**met) if met else None,
                   path=str(path))


def analyst_path() -> Path:
    """Where ``watchfloor train`` writes by default: ``$WATCHFLOOR_HOME/models/evloc.json``."""
    return analyst_model_path("evloc.json")


@functools.lru_cache(maxsize=1)
def active_model() -> EvlocModel | None:
    """The weights the coder uses, or None for the rules (see the module docstring)."""
    mode = os.environ.get("WATCHFLOOR_EVLOC", "").strip().lower()
    if mode == "rules":
        return None
    own = analyst_path()
    if own.is_file():
        return EvlocModel.load(own)
    if (mode == "learned" or LEARNED_BY_DEFAULT) and SHIPPED_PATH.is_file():
        return EvlocModel.load(SHIPPED_PATH)
    return None


# ---------------------------------------------------------------------------------- data

@dataclass
class Record:
    """One annotated sentence: the event's verb and where the event happened (maybe nowhere)."""

    id: str
    text: str
    verb: tuple[int, int]
    locations: list[tuple[int, int]]
    location_texts: list[str] = field(default_factory=list)
    source: str | None = None
    line: int = 0


def _span(obj: Any, text: str, where: str, what: str) -> tuple[int, int, str]:
    if not isinstance(obj, dict) or not isinstance(obj.get("start"), int) or not isinstance(obj.get("end"), int):
        raise DataError(f"{where}: {what} needs integer 'start' and 'end'")
    a, b = obj["start"], obj["end"]
    if not 0 <= a <= b <= len(text):
        raise DataError(f"{where}: {what} {a}..{b} lies outside the text ({len(text)} characters)")
    return a, b, str(obj.get("text", text[a:b]))


def read_records(path: str | Path) -> list[Record]:
    """Records of a JSONL file ``{"id", "text", "verb": {start, end}, "locations": [{start, end, text}]}``.

    Raises ``FileNotFoundError`` for a missing file and ``DataError`` naming the line for a
    malformed one.
    """
    out: list[Record] = []
    for n, where, obj in jsonl_objects(path):
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise DataError(f"{where}: a record needs a 'text' string")
        text = obj["text"]
        va, vb, _ = _span(obj.get("verb"), text, where, "'verb'")
        locs = obj.get("locations", [])
        if not isinstance(locs, list):
            raise DataError(f"{where}: 'locations' must be a list")
        spans = []
        for loc in locs:
            a, b, t = _span(loc, text, where, "a location")
            spans.append((a, b, t))
        out.append(Record(id=str(obj.get("id", n)), text=text, verb=(va, vb),
                          locations=[(a, b) for a, b, _ in spans], location_texts=[t for _, _, t in spans],
                          source=obj.get("source"), line=n))
    return out


def _word_edge(text: str, a: int, b: int) -> bool:
    return (a == 0 or not text[a - 1].isalnum()) and (b == len(text) or not text[b - 1].isalnum()
                                                      or not text[b].isalnum())


def usable(rec: Record) -> bool:
    """Whether a record's gold locations look like place names (not token indices read as offsets).

    A gold span must be at least two characters of the text, start with a capital or a digit
    (after an Arabic article or an ayn mark: "al-Bukamal", "‘Ayn Al-Fijah"), start at a word
    boundary and agree with the text the annotation gives for it.
    """
    texts = rec.location_texts or [rec.text[a:b] for a, b in rec.locations]
    for (a, b), t in zip(rec.locations, texts):
        s = rec.text[a:b]
        head = _NAME_PREFIX.sub("", s)
        if len(s) < 2 or not head or not (head[0].isupper() or head[0].isdigit()) or s != t \
                or not _word_edge(rec.text, a, b):
            return False
    return True


# What may open a place name before its capital: an Arabic article, an ayn or hamza mark, a
# bidirectional-text mark copied from a web page.
_NAME_PREFIX = re.compile(r"^(?:[\u2018\u2019'`\u02bf\u02be\u202a\u202b\u200e\u200f]"
                          r"|(?:al|el|ad|ar|as|ash|at|az|an|ed|es|ez|en)-)+")


@dataclass
class Example:
    """One record as the ranker sees it: candidate features, labels and the rules' choice."""

    record_id: str
    features: list[dict[str, float]]
    labels: list[int]
    rule_index: int | None
    has_gold: bool


def _trigger(doc: Any, start: int, end: int) -> tuple[Any, Any] | None:
    """The verb's token and its clause head as the coder would get them."""
    from watchfloor.coding.triggers import find_triggers

    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span.root
    for t in find_triggers(doc):
        if t.token.i == token.i:
            return t.token, t.head
    return token, token


def build_examples(records: Sequence[Record], *, progress: ProgressFn | None = None) -> tuple[list[Example], int]:
    """Parse and geoparse each record as the pipeline does; returns examples and records skipped.

    A record is skipped when its verb does not fall on a token of the parse.
    """
    from watchfloor.geo import Geoparser
    from watchfloor.nlp import load_nlp

    nlp = load_nlp(parser=True)
    geoparser = Geoparser.load()
    examples: list[Example] = []
    skipped = 0
    docs = nlp.pipe(((r.text, r) for r in records), as_tuples=True, batch_size=64)
    for doc, rec in (progress(docs) if progress else docs):
        places = geoparser.parse(doc, offset=0, doc_id=rec.id, context=geoparser.document_context(rec.text))
        trig = _trigger(doc, *rec.verb)
        if trig is None:
            skipped += 1
            continue
        token, head = trig
        sent = token.sent
        cands = location_candidates(token, head, places, lo=sent.start_char, hi=sent.end_char, offset=0)
        labels = [int(any(c.place.start < b and a < c.place.end for a, b in rec.locations)) for c in cands]
        rule = rule_choice(cands)
        examples.append(Example(rec.id, candidate_features(token, head, cands), labels,
                                None if rule is None else cands.index(rule), bool(rec.locations)))
    return examples, skipped


# ---------------------------------------------------------------------------------- training

def _correct(ex: Example, pick: int | None) -> bool:
    if not ex.has_gold:
        return pick is None
    return pick is not None and ex.labels[pick] == 1


def _matrix(examples: Sequence[Example], features: list[str]) -> tuple[np.ndarray, np.ndarray, list[int]]:
    index = {f: i for i, f in enumerate(features)}
    rows = [f for ex in examples for f in ex.features]
    x = np.zeros((len(rows), len(features)))
    for r, f in enumerate(rows):
        for k, v in f.items():
            j = index.get(k)
            if j is not None and k != "bias":
                x[r, j] = v
    y = np.array([lab for ex in examples for lab in ex.labels], dtype=float)
    sizes = [len(ex.labels) for ex in examples]
    return x, y, sizes


def _picks(probs: np.ndarray, sizes: list[int]) -> list[tuple[int, float] | None]:
    """Per example, the best candidate and its probability (None when it has no candidate)."""
    out: list[tuple[int, float] | None] = []
    k = 0
    for n in sizes:
        if n == 0:
            out.append(None)
        else:
            seg = probs[k:k + n]
            i = int(np.argmax(seg))
            out.append((i, float(seg[i])))
        k += n
    return out


def _accuracy(examples: Sequence[Example], picks: list[tuple[int, float] | None], threshold: float) -> float:
    ok = 0
    for ex, p in zip(examples, picks):
        ok += _correct(ex, p[0] if p is not None and p[1] >= threshold else None)
    return ok / max(1, len(examples))


def _best_threshold(examples: Sequence[Example], picks: list[tuple[int, float] | None]) -> float:
    """The threshold with the best accuracy averaged over its neighbours (+-0.03), so that one
    record more or less on the training data does not move it; ties go to the one nearer 0.5."""
    grid = [round(0.05 + 0.01 * i, 2) for i in range(91)]
    acc = [_accuracy(examples, picks, t) for t in grid]
    w = 3
    smooth = [sum(acc[max(0, i - w):i + w + 1]) / len(acc[max(0, i - w):i + w + 1]) for i in range(len(acc))]
    scores = [(smooth[i], -abs(t - 0.5), t) for i, t in enumerate(grid)]
    return max(scores)[2]


def _features_of(examples: Sequence[Example], min_count: int = 3) -> list[str]:
    """Feature names seen at least ``min_count`` times, sorted (rare ones only overfit)."""
    counts: dict[str, int] = {}
    for ex in examples:
        for f in ex.features:
            for k in f:
                counts[k] = counts.get(k, 0) + 1
    return sorted(k for k, n in counts.items() if n >= min_count and k != "bias")


def _fit(examples: Sequence[Example]) -> tuple[list[str], LogReg, float]:
    features = _features_of(examples)
    x, y, sizes = _matrix(examples, features)
    model = fit_logreg(x, y, l2=L2)
    threshold = _best_threshold(examples, _picks(model.predict(x), sizes))
    return features, model, threshold


def rule_accuracy(examples: Sequence[Example]) -> float:
    return sum(_correct(ex, ex.rule_index) for ex in examples) / max(1, len(examples))


def standard_error(accuracy: float, n: int) -> float:
    """One standard error of an accuracy measured on ``n`` records: two thresholds whose
    out-of-fold accuracies lie closer than this are one plateau, which the data cannot split."""
    return math.sqrt(accuracy * (1 - accuracy) / max(1, n))


@dataclass
class CVResult:
    folds: int
    rule_accuracy: float
    learned_accuracy: float
    threshold: float  # chosen on the pooled out-of-fold probabilities
    pooled: list[tuple[int, float] | None] = field(default_factory=list, repr=False)  # the out-of-fold picks


def cross_validate(examples: Sequence[Example], *, folds: int = 5, seed: int = SEED) -> CVResult:
    """k-fold accuracy of the rules and of the learned ranker (threshold chosen inside each fold)."""
    folds = max(2, min(folds, len(examples)))
    fold_of = assign_folds(len(examples), folds, seed)
    correct = 0
    oof: list[tuple[int, float] | None] = [None] * len(examples)
    for k in range(folds):
        train_ex = [ex for ex, f in zip(examples, fold_of) if f != k]
        test_idx = [i for i, f in enumerate(fold_of) if f == k]
        test_ex = [examples[i] for i in test_idx]
        features, model, threshold = _fit(train_ex)
        x, _, sizes = _matrix(test_ex, features)
        picks = _picks(model.predict(x), sizes) if len(x) else [None] * len(test_ex)
        correct += round(_accuracy(test_ex, picks, threshold) * len(test_ex))
        for i, p in zip(test_idx, picks):
            oof[i] = p
    return CVResult(folds, rule_accuracy(examples), correct / max(1, len(examples)),
                    _best_threshold(examples, oof), oof)


@dataclass
class TrainResult:
    model: EvlocModel
    cv: CVResult
    records_read: int
    records_used: int
    dropped: dict[str, int]


def train(data: str | Path, *, exclude_sources: Sequence[str] = (), folds: int = 5,
          source: str | None = None, licence: str = "the analyst's own annotations", attribution: str = "",
          progress: ProgressFn | None = None, threshold: float | None = None) -> TrainResult:
    """Train the ranker on a JSONL file of annotated sentences and cross-validate it.

    Records whose ``source`` is in ``exclude_sources`` (a held-out test set) and records whose
    gold spans look broken (``usable``) are dropped. Raises ``DataError`` when none is left.
    ``threshold`` pins the probability a place needs instead of cross-validation's choice: the
    accuracy curve is flat over a broad range, so the choice wanders with every small change of
    the candidates; the metrics then keep both and their out-of-fold accuracies.
    """
    records = read_records(data)
    excluded = set(exclude_sources)
    kept = [r for r in records if r.source not in excluded]
    dropped = {"excluded_source": len(records) - len(kept)}
    good = [r for r in kept if usable(r)]
    dropped["broken_gold_span"] = len(kept) - len(good)
    if not good:
        raise DataError(f"{data}: no usable records (read {len(records)}; dropped {dropped})")
    examples, skipped = build_examples(good, progress=progress)
    dropped["verb_not_a_token"] = skipped
    if len(examples) < 2 or not any(lab for ex in examples for lab in ex.labels):
        raise DataError(f"{data}: no usable records: need at least two sentences and one gold location "
                        f"that matches a place the geoparser finds")
    cv = cross_validate(examples, folds=folds)
    kept = cv.threshold if threshold is None else round(float(threshold), 4)
    features, fitted, _ = _fit(examples)
    x, _, sizes = _matrix(examples, features)
    train_acc = _accuracy(examples, _picks(fitted.predict(x), sizes), kept)
    prov = Provenance(source=source or str(data), licence=licence, attribution=attribution,
                      data_file=Path(data).name, sha256=file_sha256(data), records_read=len(records),
                      records_used=len(examples), dropped=dropped,
                      excluded_sources=sorted(excluded))
    metrics = Metrics(folds=cv.folds, cv_rule_accuracy=round(cv.rule_accuracy, 4),
                      cv_learned_accuracy=round(cv.learned_accuracy, 4), train_accuracy=round(train_acc, 4),
                      threshold=kept, candidates=int(sum(sizes)))
    if threshold is not None:
        metrics.cv_threshold = cv.threshold
        metrics.cv_accuracy_at_threshold = round(_accuracy(examples, cv.pooled, kept), 4)
        metrics.cv_accuracy_at_cv_threshold = round(_accuracy(examples, cv.pooled, cv.threshold), 4)
    model = EvlocModel(features=features, weights=[float(w) for w in fitted.weights], bias=fitted.bias,
                       threshold=kept, provenance=prov, metrics=metrics)
    return TrainResult(model, cv, len(records), len(examples), dropped)
