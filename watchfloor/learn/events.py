"""An analyst's own event-type adapter: a softmax over the rule coder's main event (issue 4).

The rule coder (trigger lexicon + frames) gives every event a CAMEO code. An analyst who
disagrees with some of them labels sentences with the code (or PLOVER type, quad class or
penta-class) of their main event; ``watchfloor train --task events`` runs the real pipeline on
them and fits a multinomial logistic regression from what the rules saw (trigger lemma and part
of speech, the rules' code, the trigger's objects and prepositions, factuality, the sentence's
words, the rules' confidence) to her label.

At extraction (``adapt_event``, called by the coder once an event's code is final) the model
re-codes an event only where it gives a *different* class a probability of at least the
threshold chosen by cross-validation at training time, and the event's ``flags`` say so. No
events model is shipped: with no analyst file the output is exactly the rules'.

Which model is used (``active_model``): ``$WATCHFLOOR_EVENTS`` when it names a file,
``$WATCHFLOOR_HOME/models/events.json`` when an analyst has trained one, else none.
``WATCHFLOOR_EVENTS=rules`` turns the model off.
"""
from __future__ import annotations

import contextlib
import contextvars
import functools
import json
import os
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

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
from watchfloor.learn.softmax import Softmax, fit_softmax

__all__ = [
    "FORMAT",
    "SCHEMES",
    "Adaptation",
    "DataError",
    "EventsModel",
    "Example",
    "Record",
    "TrainResult",
    "active_model",
    "adapt_event",
    "analyst_path",
    "base_code",
    "best_event",
    "build_examples",
    "class_of",
    "cross_validate",
    "event_features",
    "read_records",
    "recording",
    "rule_class",
    "train",
]

FORMAT = "watchfloor-events-softmax/1"
ENV = "WATCHFLOOR_EVENTS"
SEED = 20240611
L2 = 1.0
MIN_COUNT = 2  # a feature seen once cannot generalise
MAX_FEATURES = 20000
NEVER = 1.01  # the stored threshold when no threshold beat the rules in cross-validation
# label key in a record -> the scheme it names
SCHEMES = {"cameo": "cameo", "plover": "plover", "label": "penta", "quad_class": "quad"}
NONE = "none"  # cameo/plover: "no event here" (null, or a CAMEO 01 public statement)

# ---------------------------------------------------------------------------------- classes

def class_of(code: str | None, scheme: str) -> str:
    """The class a CAMEO code (None: no event) falls in under ``scheme``."""
    from watchfloor.coding.ontology import cameo, quad_class_of

    if code is None:
        return "0" if scheme == "penta" else NONE
    root = int(code[:2])
    if scheme == "cameo":
        return NONE if root == 1 else f"{root:02d}"
    if scheme == "plover":
        return cameo(code).plover or NONE
    if scheme == "penta":
        return str(0 if root <= 2 else 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4)
    return str(quad_class_of(code))


@functools.cache
def base_code(cls: str, scheme: str) -> str | None:
    """The most general PLOVER-coded CAMEO code of a class (lowest "X0" code), else None."""
    from watchfloor.coding.ontology import cameo_codes

    # (not a statement's 016: only a denial's frame codes it)
    codes = sorted(c for c, e in cameo_codes().items() if len(c) == 3 and e.plover is not None and c[:2] != "01")
    for pref in (True, False):
        for c in codes:
            if (not pref or c.endswith("0")) and class_of(c, scheme) == cls:
                return c
    return None


def rule_class(code: str, ptype: str, scheme: str) -> str:
    """The class of the rules' event: its PLOVER type under "plover" (the lexicon may set a type
    other than its code's), else its code's class."""
    return ptype if scheme == "plover" else class_of(code, scheme)


# ---------------------------------------------------------------------------------- features

def _lemma(tok: Any) -> str:
    return str(tok.lemma_ or tok.text).lower()


def event_features(trig: Any, *, sentence: Any, fact: str, confidence: float) -> dict[str, float]:
    """What the rules saw of one event: general features, no word list from any data set.

    trig: the coder's ``Trigger`` (its ``cameo`` the rules' final code).
    confidence: the rules' confidence before the actor bonus (clause depth × weight × factuality).
    """
    from watchfloor.coding.ontology import cameo

    tok, head = trig.token, trig.head
    lem = _lemma(tok)
    root = trig.cameo[:2]
    f: dict[str, float] = {f"lemma={lem}": 1.0, f"pos={tok.pos_}": 1.0, f"dep={tok.dep_}": 1.0,
                           f"rule_root={root}": 1.0, f"rule_code={trig.cameo[:3]}": 1.0,
                           f"rule_type={trig.type or cameo(trig.cameo).plover}": 1.0,
                           f"lemma_root={lem}/{root}": 1.0, f"fact={fact}": 1.0}
    if trig.nominal:
        f["nominal"] = 1.0
    if head is not tok:
        f[f"head={_lemma(head)}"] = 1.0
    for h in {tok.i: tok, head.i: head}.values():
        for c in h.children:
            if c.dep_ in ("dobj", "attr", "oprd", "dative", "nsubjpass"):
                f[f"obj={_lemma(c)}"] = 1.0
            elif c.dep_ in ("prep", "agent"):
                f[f"prep={c.lower_}"] = 1.0
                for o in c.children:
                    if o.dep_ == "pobj":
                        f[f"prep_obj={c.lower_}/{_lemma(o)}"] = 1.0
            elif c.dep_ in ("nsubj", "csubj"):
                f[f"subj={_lemma(c)}"] = 1.0
            elif c.dep_ == "neg":
                f["negated"] = 1.0
    for t in sentence:
        if t.is_alpha and not t.is_stop and len(t.text) > 1:
            f[f"w={_lemma(t)}"] = 1.0
    f["confidence"] = float(min(1.0, max(0.0, confidence)))
    for cut in (0.3, 0.5, 0.7):
        if confidence >= cut:
            f[f"confidence>={cut}"] = 1.0
    return f


# ---------------------------------------------------------------------------------- the model

@dataclass
class Metrics:
    """Cross-validated figures on the analyst's records (all of them, events found or not)."""

    folds: int
    records: int
    rule_accuracy: float
    adapted_accuracy: float
    rule_macro_f1: float
    adapted_macro_f1: float
    recoded: int  # out-of-fold events the adapter re-coded
    threshold: float


@dataclass
class Provenance:
    """Where a model came from."""

    data_file: str
    sha256: str
    records_read: int
    examples: int
    no_event: int
    scheme: str
    seed: int = SEED


@dataclass
class Adaptation:
    """What the model decided for one event; ``cameo`` None means "probably not an event"."""

    cameo: str | None
    probability: float
    rule_cameo: str
    flag: str
    confidence_factor: float = 1.0


@dataclass
class EventsModel:
    """Softmax weights over named features, the classes, the threshold and the codes to use."""

    scheme: str
    classes: list[str]
    features: list[str]
    weights: list[list[float]]  # one row per feature, one column per class
    bias: list[float]
    threshold: float
    codes: dict[str, str]  # "lemma|class" -> the CAMEO code her data gives that trigger in that class
    class_codes: dict[str, str]  # class -> its most frequent code in her data
    provenance: Provenance | None = None
    metrics: Metrics | None = None
    path: str | None = None
    _index: dict[str, int] = field(default_factory=dict, repr=False, compare=False)
    _w: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)), repr=False, compare=False)
    _b: np.ndarray = field(default_factory=lambda: np.zeros(0), repr=False, compare=False)

    def __post_init__(self) -> None:
        self._index = {f: i for i, f in enumerate(self.features)}
        self._w = np.asarray(self.weights, dtype=float).reshape(len(self.features), len(self.classes))
        self._b = np.asarray(self.bias, dtype=float)

    def probabilities(self, feats: dict[str, float]) -> np.ndarray:
        z = self._b.copy()
        for k, v in feats.items():
            j = self._index.get(k)
            if j is not None:
                z += v * self._w[j]
        e = np.exp(z - z.max())
        return e / e.sum()

    def code_for(self, cls: str, lemma: str) -> str | None:
        """A CAMEO code for a class: her data's code for this trigger, else the class's, else the base."""
        return self.codes.get(f"{lemma}|{cls}") or self.class_codes.get(cls) or base_code(cls, self.scheme)

    def decide(self, feats: dict[str, float], *, rule_cameo: str, rule_type: str, lemma: str) -> Adaptation | None:
        """A re-coding when another class than the rules' reaches the threshold, else None."""
        probs = self.probabilities(feats)
        best = int(np.argmax(probs))
        p = float(probs[best])
        cls = self.classes[best]
        if p < self.threshold or cls == rule_class(rule_cameo, rule_type, self.scheme):
            return None
        name = Path(self.path).name if self.path else "events model"
        code = self.code_for(cls, lemma)
        if code is None:
            return Adaptation(None, p, rule_cameo, f"analyst model ({name}): probably not an event "
                                                   f"(p={p:.2f}; rules: {rule_cameo})", round(1.0 - p, 3))
        return Adaptation(code, p, rule_cameo, f"analyst model ({name}): {self.scheme} {cls}, "
                                               f"CAMEO {rule_cameo}->{code} (p={p:.2f})")

    def to_json(self) -> str:
        order = sorted(range(len(self.features)), key=lambda i: self.features[i])
        data = {"format": FORMAT, "task": "events", "scheme": self.scheme, "classes": self.classes,
                "features": [self.features[i] for i in order],
                "weights": [[round(float(w), 5) for w in self.weights[i]] for i in order],
                "bias": [round(float(b), 5) for b in self.bias], "threshold": self.threshold,
                "codes": self.codes, "class_codes": self.class_codes,
                "provenance": asdict(self.provenance) if self.provenance else None,
                "metrics": asdict(self.metrics) if self.metrics else None}
        return json.dumps(data, sort_keys=True, separators=(",", ":")) + "\n"

    def save(self, path: str | Path) -> Path:
        return save_atomic(self.to_json(), path)

    @classmethod
    def load(cls, path: str | Path) -> EventsModel:
        data = read_model(path, FORMAT, "an events model")
        prov, met = data.get("provenance"), data.get("metrics")
        return cls(scheme=data["scheme"], classes=list(data["classes"]), features=list(data["features"]),
                   weights=data["weights"], bias=data["bias"], threshold=float(data["threshold"]),
                   codes=dict(data["codes"]), class_codes=dict(data["class_codes"]),
                   provenance=Provenance(**prov) if prov else None, metrics=Metrics(**met) if met else None,
                   path=str(path))


def analyst_path() -> Path:
    """Where ``watchfloor train --task events`` writes by default: ``$WATCHFLOOR_HOME/models/events.json``."""
    return analyst_model_path("events.json")


@functools.lru_cache(maxsize=1)
def active_model() -> EventsModel | None:
    """The analyst's model, or None for the rules (see the module docstring)."""
    env = os.environ.get(ENV, "").strip()
    if env.lower() == "rules":
        return None
    path = Path(env) if env else analyst_path()
    return EventsModel.load(path) if path.is_file() else None


# ---------------------------------------------------------------------------------- the hook

@dataclass
class Observed:
    """One event as the rules coded it during training, with its features."""

    key: tuple[str, int, int]
    features: dict[str, float]
    rule_cameo: str
    lemma: str


_RECORDING: contextvars.ContextVar[list[Observed] | None] = contextvars.ContextVar("watchfloor_events_rec",
                                                                                      default=None)


@contextlib.contextmanager
def recording() -> Iterator[list[Observed]]:
    """Collect every event's features instead of re-coding (training sees the rules' own codes)."""
    seen: list[Observed] = []
    token = _RECORDING.set(seen)
    try:
        yield seen
    finally:
        _RECORDING.reset(token)


def adapt_event(trig: Any, *, sentence: Any, fact: str, confidence: float,
                key: tuple[str, int, int]) -> Adaptation | None:
    """The coder's hook: an analyst model's re-coding of one event, or None (keep the rules' code).

    key: (article id, trigger start, trigger end) in article offsets, to find the event again
        when training.
    """
    from watchfloor.coding.ontology import cameo

    rec = _RECORDING.get()
    model = None if rec is not None else active_model()
    if rec is None and model is None:
        return None
    ptype = trig.type or cameo(trig.cameo).plover
    if ptype is None:
        return None  # public statements are dropped by the coder: nothing to adapt
    feats = event_features(trig, sentence=sentence, fact=fact, confidence=confidence)
    if rec is not None:
        rec.append(Observed(key, feats, trig.cameo, _lemma(trig.token)))
        return None
    assert model is not None
    return model.decide(feats, rule_cameo=trig.cameo, rule_type=ptype, lemma=_lemma(trig.token))


# ---------------------------------------------------------------------------------- data

@dataclass
class Record:
    """One labelled sentence: its text and the class (and CAMEO code, if given) of its main event."""

    id: str
    text: str
    label: str
    code: str | None = None
    line: int = 0


def _label(obj: dict[str, Any], key: str, where: str) -> tuple[str, str | None]:
    """(class, CAMEO code or None) of a record's label under the scheme its key names."""
    from watchfloor.coding.ontology import cameo_codes, plover

    v = obj[key]
    if key == "cameo":
        if v is None:
            return NONE, None
        code = str(v).strip()
        if not (code.isdigit() and 2 <= len(code) <= 4 and 1 <= int(code[:2]) <= 20):
            raise DataError(f"{where}: 'cameo' must be a CAMEO code such as \"190\" or \"0231\" (got {v!r})")
        if len(code) == 2:
            code += "0"
        if code not in cameo_codes() and code[:3] not in cameo_codes():
            raise DataError(f"{where}: unknown CAMEO code {v!r}")
        return class_of(code, "cameo"), (code if class_of(code, "cameo") != NONE else None)
    if key == "plover":
        if v is None:
            return NONE, None
        types = set(plover().get("types", plover()))
        if not isinstance(v, str) or v.upper() not in types:
            raise DataError(f"{where}: 'plover' must be a PLOVER event type such as \"ASSAULT\" (got {v!r})")
        return v.upper(), None
    if key == "label":
        if isinstance(v, bool) or not isinstance(v, int) or not 0 <= v <= 4:
            raise DataError(f"{where}: 'label' must be a penta-class 0..4 (got {v!r})")
        return str(v), None
    if isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= 4:
        raise DataError(f"{where}: 'quad_class' must be 1..4 (got {v!r})")
    return str(v), None


def read_records(path: str | Path) -> tuple[list[Record], str]:
    """Records of a JSONL file and the label scheme they use (one per file).

    Each line: ``{"id"?, "text", <one of "cameo" | "plover" | "label" | "quad_class">}``.
    Raises ``FileNotFoundError`` for a missing file and ``DataError`` naming the line otherwise.
    """
    out: list[Record] = []
    scheme_key: str | None = None
    for n, where, obj in jsonl_objects(path):
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
            raise DataError(f"{where}: a record needs a non-empty 'text' string")
        keys = [k for k in SCHEMES if k in obj]
        if len(keys) != 1:
            raise DataError(f"{where}: a record needs exactly one label: 'cameo', 'plover', 'label' "
                            f"(penta-class 0..4) or 'quad_class' (found {keys or 'none'})")
        if scheme_key is None:
            scheme_key = keys[0]
        elif keys[0] != scheme_key:
            raise DataError(f"{where}: label {keys[0]!r}, but the file's first record uses {scheme_key!r}; "
                            f"use one kind of label per file")
        cls, code = _label(obj, keys[0], where)
        out.append(Record(id=str(obj.get("id", n)), text=obj["text"], label=cls, code=code, line=n))
    if scheme_key is None:
        raise DataError(f"{Path(path)}: no records")
    return out, SCHEMES[scheme_key]


def best_event(events: Sequence[Any]) -> Any | None:
    """The sentence's main event as the evaluation picks it: asserted or reported first, then the
    most confident (the first such in text order on a tie)."""
    if not events:
        return None
    rank = {"asserted": 0, "reported": 0}
    return min(events, key=lambda e: (rank.get(e.factuality, 1), -float(e.confidence)))


@dataclass
class Example:
    """One record as the adapter sees it: the main event's features (None: the rules found no
    event), the rules' class and code, and the analyst's class and code."""

    record_id: str
    features: dict[str, float] | None
    rule_class: str
    rule_cameo: str | None
    lemma: str
    gold: str
    gold_code: str | None


def build_examples(records: Sequence[Record], scheme: str, *, progress: ProgressFn | None = None,
                   batch: int = 32) -> list[Example]:
    """Run the extraction pipeline on each record (in this process) and keep its main event."""
    from watchfloor.model import Article
    from watchfloor.pipeline import process_batch

    out: list[Example] = []
    chunks = [records[i:i + batch] for i in range(0, len(records), batch)]
    for chunk in (progress(chunks) if progress else chunks):
        arts = [Article(text=r.text, id=f"rec{i}") for i, r in enumerate(chunk)]
        with recording() as seen:
            results = process_batch(arts, mode="extract")
        by_key = {o.key: o for o in seen}
        for rec, res in zip(chunk, results):
            ev = best_event(res.events)
            obs = by_key.get((res.article.id, ev.trigger.start, ev.trigger.end)) if ev is not None else None
            if ev is None or obs is None:
                out.append(Example(rec.id, None, class_of(None, scheme), None, "", rec.label, rec.code))
            else:
                out.append(Example(rec.id, obs.features, rule_class(ev.cameo, ev.type, scheme), ev.cameo,
                                   obs.lemma, rec.label, rec.code))
    return out


# ---------------------------------------------------------------------------------- training

def _vocabulary(examples: Sequence[Example]) -> list[str]:
    counts: Counter[str] = Counter(k for ex in examples if ex.features for k in ex.features)
    kept = sorted((k for k, n in counts.items() if n >= MIN_COUNT), key=lambda k: (-counts[k], k))
    return sorted(kept[:MAX_FEATURES])


def _matrix(examples: Sequence[Example], features: list[str]) -> np.ndarray:
    index = {f: i for i, f in enumerate(features)}
    x = np.zeros((len(examples), len(features)))
    for r, ex in enumerate(examples):
        for k, v in (ex.features or {}).items():
            j = index.get(k)
            if j is not None:
                x[r, j] = v
    return x


@dataclass
class _Fit:
    features: list[str]
    classes: list[str]
    model: Softmax


def _fit(examples: Sequence[Example], classes: list[str]) -> _Fit:
    features = _vocabulary(examples)
    x = _matrix(examples, features)
    y = np.array([classes.index(ex.gold) for ex in examples])
    return _Fit(features, classes, fit_softmax(x, y, len(classes), l2=L2))


def _predict(fit: _Fit, examples: Sequence[Example]) -> list[tuple[str, float]]:
    if not examples:
        return []
    probs = fit.model.predict(_matrix(examples, fit.features))
    best = probs.argmax(axis=1)
    return [(fit.classes[int(b)], float(probs[i, b])) for i, b in enumerate(best)]


def _decide(ex: Example, pred: tuple[str, float] | None, threshold: float) -> str:
    if ex.features is None or pred is None or pred[1] < threshold:
        return ex.rule_class
    return pred[0]


def macro_f1(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> float:
    """Mean F1 over ``labels`` (as the evaluation computes it)."""
    scores = []
    for lab in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred) if g == lab and p != lab)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / max(1, len(scores))


_GRID = [round(0.3 + 0.05 * i, 2) for i in range(14)] + [NEVER]


def _best_threshold(examples: Sequence[Example], preds: Sequence[tuple[str, float] | None],
                    labels: Sequence[str]) -> float:
    """The threshold with the best macro F1; on a tie the higher one (fewer re-codings)."""
    gold = [ex.gold for ex in examples]
    scored = [(round(macro_f1(gold, [_decide(ex, p, t) for ex, p in zip(examples, preds)], labels), 6), t)
              for t in _GRID]
    return max(scored)[1]


def _oof(examples: Sequence[Example], classes: list[str], k: int, seed: int) -> list[tuple[str, float] | None]:
    """Out-of-fold predictions for examples with an event (None elsewhere)."""
    idx = [i for i, ex in enumerate(examples) if ex.features is not None]
    preds: list[tuple[str, float] | None] = [None] * len(examples)
    if len(idx) < 2:
        return preds
    k = max(2, min(k, len(idx)))
    fold_of = assign_folds(len(idx), k, seed)
    for f in range(k):
        train_ex = [examples[i] for i, g in zip(idx, fold_of) if g != f]
        test_i = [i for i, g in zip(idx, fold_of) if g == f]
        fit = _fit(train_ex, classes)
        for i, p in zip(test_i, _predict(fit, [examples[i] for i in test_i])):
            preds[i] = p
    return preds


@dataclass
class CVResult:
    folds: int
    rule_accuracy: float
    adapted_accuracy: float
    rule_macro_f1: float
    adapted_macro_f1: float
    recoded: int
    threshold: float  # chosen on the pooled out-of-fold probabilities: the one the model keeps


def cross_validate(examples: Sequence[Example], classes: list[str], *, folds: int = 5,
                   seed: int = SEED) -> CVResult:
    """k-fold figures of the rules and of rules + adapter over all records.

    Inside each fold the threshold is chosen by an inner 3-fold cross-validation of the training
    part, so the test part is never seen; records where the rules find no event count as the
    rules' answer (the adapter re-codes events, it does not invent them).
    """
    labels = sorted({ex.gold for ex in examples})
    n = len(examples)
    folds = max(2, min(folds, n))
    fold_of = assign_folds(n, folds, seed)
    decided = [ex.rule_class for ex in examples]
    for f in range(folds):
        train_ex = [ex for ex, g in zip(examples, fold_of) if g != f]
        test_i = [i for i, g in enumerate(fold_of) if g == f]
        if not any(ex.features is not None for ex in train_ex):
            continue
        inner = _oof(train_ex, classes, 3, seed + f + 1)
        threshold = _best_threshold(train_ex, inner, labels)
        fit = _fit([ex for ex in train_ex if ex.features is not None], classes)
        for i in test_i:
            (p,) = _predict(fit, [examples[i]])
            decided[i] = _decide(examples[i], p, threshold)
    gold = [ex.gold for ex in examples]
    rules = [ex.rule_class for ex in examples]
    pooled = _oof(examples, classes, folds, seed)
    return CVResult(
        folds=folds,
        rule_accuracy=sum(g == p for g, p in zip(gold, rules)) / n,
        adapted_accuracy=sum(g == p for g, p in zip(gold, decided)) / n,
        rule_macro_f1=macro_f1(gold, rules, labels), adapted_macro_f1=macro_f1(gold, decided, labels),
        recoded=sum(d != r for d, r in zip(decided, rules)),
        threshold=_best_threshold(examples, pooled, labels))


def _code_tables(examples: Sequence[Example], scheme: str) -> tuple[dict[str, str], dict[str, str]]:
    """Per (trigger lemma, class) and per class, the most frequent CAMEO code her data gives.

    A record's code is the analyst's own when she gave CAMEO codes, else the rules' code when it
    falls in her class. Codes without a PLOVER type (public statements) are left out.
    """
    from watchfloor.coding.ontology import cameo

    by_lemma: dict[str, Counter[str]] = {}
    by_class: dict[str, Counter[str]] = {}
    for ex in examples:
        if ex.features is None:
            continue
        code = ex.gold_code or (ex.rule_cameo if ex.rule_class == ex.gold else None)
        if code is None or cameo(code).plover is None or class_of(code, scheme) != ex.gold:
            continue
        by_lemma.setdefault(f"{ex.lemma}|{ex.gold}", Counter())[code] += 1
        by_class.setdefault(ex.gold, Counter())[code] += 1

    def top(c: Counter[str]) -> str:
        return min(c, key=lambda code: (-c[code], code))

    return {k: top(c) for k, c in sorted(by_lemma.items())}, {k: top(c) for k, c in sorted(by_class.items())}


@dataclass
class TrainResult:
    model: EventsModel
    cv: CVResult
    records_read: int
    examples: int
    no_event: int


def train(data: str | Path, *, folds: int = 5, progress: ProgressFn | None = None) -> TrainResult:
    """Train the adapter on a JSONL file of labelled sentences and cross-validate it.

    Raises ``DataError`` when the rules find events in fewer than two records, or all of them
    carry the same label (nothing to learn).
    """
    records, scheme = read_records(data)
    examples = build_examples(records, scheme, progress=progress)
    with_event = [ex for ex in examples if ex.features is not None]
    classes = sorted({ex.gold for ex in with_event})
    if len(with_event) < 2 or len(classes) < 2:
        raise DataError(f"{data}: nothing to learn: the rules find an event in {len(with_event)} of "
                        f"{len(records)} record(s), with {len(classes)} distinct label(s); need at least "
                        f"two records with events and two labels")
    cv = cross_validate(examples, classes, folds=folds)
    fit = _fit(with_event, classes)
    codes, class_codes = _code_tables(examples, scheme)
    prov = Provenance(data_file=Path(data).name, sha256=file_sha256(data), records_read=len(records),
                      examples=len(with_event), no_event=len(examples) - len(with_event), scheme=scheme)
    metrics = Metrics(folds=cv.folds, records=len(examples), rule_accuracy=round(cv.rule_accuracy, 4),
                      adapted_accuracy=round(cv.adapted_accuracy, 4), rule_macro_f1=round(cv.rule_macro_f1, 4),
                      adapted_macro_f1=round(cv.adapted_macro_f1, 4), recoded=cv.recoded, threshold=cv.threshold)
    model = EventsModel(scheme=scheme, classes=classes, features=fit.features,
                        weights=[[float(w) for w in row] for row in fit.model.weights],
                        bias=[float(b) for b in fit.model.bias], threshold=cv.threshold, codes=codes,
                        class_codes=class_codes, provenance=prov, metrics=metrics)
    return TrainResult(model, cv, len(records), len(with_event), len(examples) - len(with_event))
