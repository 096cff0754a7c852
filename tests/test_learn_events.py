"""An analyst's events adapter (``watchfloor.learn.events``), issue 4 "``watchfloor train --data``".

Real parser, coder, pipeline and files throughout; ``tests/data/events_small.jsonl`` holds
sentences written for these tests. Its lesson: a politician "attacked" by critics, a senator or
a bishop is criticised (CAMEO 111), not fought, which the trigger lexicon codes 190 (it knows
only that attacking a plan, a policy or a record is criticism).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from watchfloor.cli import main
from watchfloor.learn import events

SMALL = Path(__file__).parent / "data" / "events_small.jsonl"
NEW = [  # not in the training file
    {"id": "verbal", "text": "Opposition leaders attacked the prime minister in a speech on Monday."},
    {"id": "physical", "text": "Gunmen attacked a police station in the east on Friday."},
    {"id": "other", "text": "Police arrested four protesters outside the ministry."},
]


@pytest.fixture
def clean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """No events model anywhere: an empty ``$WATCHFLOOR_HOME`` and no ``$WATCHFLOOR_EVENTS``."""
    monkeypatch.setenv("WATCHFLOOR_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("WATCHFLOOR_EVENTS", raising=False)
    events.active_model.cache_clear()
    yield tmp_path
    events.active_model.cache_clear()


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> events.TrainResult:
    return events.train(SMALL, folds=3)


def _extract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    inp = tmp_path / "new.jsonl"
    inp.write_text("".join(json.dumps(d) + "\n" for d in NEW), encoding="utf-8")
    capsys.readouterr()
    assert main(["extract", "--input", str(inp), "--format", "jsonl", "--workers", "1"]) == 0
    return capsys.readouterr().out


def _main_events(out: str) -> dict[str, dict]:
    by_doc: dict[str, list[dict]] = {}
    for line in out.splitlines():
        e = json.loads(line)
        by_doc.setdefault(e["doc_id"], []).append(e)
    return {d: max(es, key=lambda e: e["confidence"]) for d, es in by_doc.items()}


@pytest.mark.slow
def test_trained_model_flips_a_decision_the_rules_get_wrong(
        trained: events.TrainResult, clean: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    rules = _main_events(_extract(clean, capsys))
    assert rules["verbal"]["cameo"] == "190" and rules["verbal"]["flags"] == []  # the rules' mistake
    path = trained.model.save(clean / "home" / "models" / "events.json")
    assert events.analyst_path() == path
    events.active_model.cache_clear()
    assert events.EventsModel.load(path).threshold == trained.model.threshold
    adapted = _main_events(_extract(clean, capsys))
    v = adapted["verbal"]
    assert v["cameo"] == "111" and v["type"] == "ACCUSE" and v["quad_class"] == 3 and v["acled"] is None
    assert len(v["flags"]) == 1 and "analyst model (events.json)" in v["flags"][0] and "190->111" in v["flags"][0]
    assert 0 < v["confidence"] <= 1
    # a real attack and an unrelated event keep the rules' code, unflagged
    assert adapted["physical"]["cameo"] == rules["physical"]["cameo"] == "190"
    assert adapted["other"] == rules["other"] and adapted["physical"]["flags"] == []


@pytest.mark.slow
def test_no_model_leaves_output_unchanged(trained: events.TrainResult, clean: Path,
                                          monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert events.active_model() is None
    out = _extract(clean, capsys)
    assert all(json.loads(line)["flags"] == [] for line in out.splitlines())
    # a model that never fires passes through the same hook: the bytes must not move
    never = events.EventsModel.load(trained.model.save(clean / "never.json"))
    never.threshold = events.NEVER
    monkeypatch.setenv("WATCHFLOOR_EVENTS", str(never.save(clean / "never.json")))
    events.active_model.cache_clear()
    assert events.active_model() is not None
    assert _extract(clean, capsys) == out
    monkeypatch.setenv("WATCHFLOOR_EVENTS", "rules")
    events.active_model.cache_clear()
    assert events.active_model() is None


@pytest.mark.slow
def test_training_reports_cv_and_is_deterministic(trained: events.TrainResult) -> None:
    m = trained.model.metrics
    assert m is not None and m.folds == 3 and m.records == 52
    assert m.adapted_macro_f1 > m.rule_macro_f1 and m.adapted_accuracy > m.rule_accuracy
    assert trained.model.scheme == "cameo" and "11" in trained.model.classes
    assert trained.model.code_for("11", "attack") == "111" and trained.model.code_for("19", "attack") == "190"
    again = events.train(SMALL, folds=3).model.to_json()
    assert again == trained.model.to_json()
    data = json.loads(again)
    assert data["features"] == sorted(data["features"]) and len(data["weights"]) == len(data["features"])
    assert data["provenance"]["sha256"] == events.file_sha256(SMALL)


@pytest.mark.slow
def test_penta_class_labels(tmp_path: Path) -> None:
    """The same sentences labelled 0..4: the model re-codes to a code of the analyst's class."""
    penta = tmp_path / "penta.jsonl"
    with penta.open("w", encoding="utf-8") as fh:
        for line in SMALL.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            fh.write(json.dumps({"text": r["text"], "label": int(events.class_of(r["cameo"], "penta"))}) + "\n")
    model = events.train(penta, folds=3).model
    assert model.scheme == "penta" and model.classes == ["0", "1", "2", "3", "4"]
    code = model.code_for("3", "attack")
    assert code is not None and events.class_of(code, "penta") == "3"


@pytest.mark.slow
def test_cli_train_events(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "m.json"
    assert main(["train", "--task", "events", "--data", str(SMALL), "--out", str(out), "--folds", "3"]) == 0
    err = capsys.readouterr().err
    assert re.search(r"3-fold cross-validated accuracy: rules \d\.\d{3}, rules\+adapter \d\.\d{3}; "
                     r"macro F1: rules \d\.\d{3}, rules\+adapter \d\.\d{3}", err)
    assert f"wrote {out}" in err and events.EventsModel.load(out).scheme == "cameo"


@pytest.mark.parametrize("lines, where, what", [
    (['{"text": "Troops left.", "cameo": "190"}', "{broken"], ":2", "not JSON"),
    (['{"text": "Troops left."}'], ":1", "exactly one label"),
    (['{"text": "Troops left.", "cameo": "190", "label": 4}'], ":1", "exactly one label"),
    (['{"text": "Troops left.", "cameo": "19x"}'], ":1", "CAMEO code"),
    (['{"text": "Troops left.", "cameo": "2099"}'], ":1", "CAMEO code"),
    (['{"text": "Troops left.", "plover": "FIGHT"}'], ":1", "PLOVER event type"),
    (['{"text": "Troops left.", "label": 5}'], ":1", "penta-class"),
    (['{"text": "Troops left.", "quad_class": 0}'], ":1", "1..4"),
    (['{"text": "Troops left.", "label": 4}', '', '{"text": "Talks began.", "cameo": "040"}'], ":3",
     "one kind of label per file"),
    (['{"cameo": "190"}'], ":1", "'text'"),
])
def test_cli_train_names_the_bad_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      lines: list[str], where: str, what: str) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["train", "--task", "events", "--data", str(bad), "--out", str(tmp_path / "m.json")]) == 2
    err = capsys.readouterr().err
    assert f"bad.jsonl{where}" in err and what in err
    assert not (tmp_path / "m.json").exists()


def test_cli_train_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["train", "--task", "events", "--data", str(tmp_path / "none.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_label_formats_and_classes(tmp_path: Path) -> None:
    f = tmp_path / "ok.jsonl"
    f.write_text('{"text": "a", "cameo": "19"}\n{"text": "b", "cameo": null}\n{"text": "c", "cameo": "0231"}\n'
                 '{"text": "d", "cameo": "010"}\n', encoding="utf-8")
    recs, scheme = events.read_records(f)
    assert scheme == "cameo"
    assert [(r.label, r.code) for r in recs] == [("19", "190"), ("none", None), ("02", "0231"), ("none", None)]
    f.write_text('{"text": "a", "plover": "assault"}\n{"text": "b", "plover": null}\n', encoding="utf-8")
    assert [r.label for r in events.read_records(f)[0]] == ["ASSAULT", "none"]
    assert events.class_of("0231", "penta") == "0" and events.class_of("112", "penta") == "3"
    assert events.class_of("112", "quad") == "3" and events.class_of("190", "plover") == "ASSAULT"
    assert events.class_of(None, "penta") == "0" and events.class_of(None, "cameo") == "none"
    # every class but "no event" has a fallback code in its own class
    for scheme, classes in (("penta", "01234"), ("quad", "1234")):
        for c in classes:
            code = events.base_code(c, scheme)
            assert code is not None and events.class_of(code, scheme) == c
    assert events.base_code("none", "cameo") is None


def test_softmax_learns_a_separable_problem() -> None:
    import numpy as np

    from watchfloor.learn.softmax import fit_softmax

    x = np.array([[1, 0, 0], [1, 0, 1], [0, 1, 0], [0, 1, 1], [0, 0, 1], [0, 0, 1.0]])
    y = np.array([0, 0, 1, 1, 2, 2])
    m = fit_softmax(x, y, 3, l2=0.1)
    assert list(m.predict(x).argmax(axis=1)) == list(y)
    assert np.allclose(m.predict(x).sum(axis=1), 1.0)
    assert np.array_equal(fit_softmax(x, y, 3, l2=0.1).weights, m.weights)
