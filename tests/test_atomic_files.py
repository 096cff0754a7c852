"""Caches and models are written whole, even when two processes write the same file at once."""
from __future__ import annotations

import os
import pickle

import pytest

from watchfloor.atomic import replacing
from watchfloor.geo.gazetteer import write_cache
from watchfloor.learn.data import save_atomic


def test_a_writer_finishing_between_anothers_write_and_rename_loses_neither(tmp_path, monkeypatch):
    """Two commands on a fresh machine build the same cache: one must not rename the other's file away."""
    path = tmp_path / "borders.pickle"
    real_replace = os.replace
    calls = []

    def replace_after_another_writer(src, dst):
        if not calls:  # the first rename waits while a second writer does all its work
            calls.append(src)
            write_cache(path, {"from": "second"})
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace_after_another_writer)
    write_cache(path, {"from": "first"})
    with open(path, "rb") as fh:
        assert pickle.load(fh) == {"from": "first"}
    assert [p.name for p in tmp_path.iterdir()] == ["borders.pickle"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    path = tmp_path / "model.json"
    save_atomic('{"v": 1}', path)
    with pytest.raises(RuntimeError), replacing(path, "w", encoding="utf-8") as fh:
        fh.write('{"v": ')
        raise RuntimeError("killed half way")
    assert path.read_text(encoding="utf-8") == '{"v": 1}'
    assert [p.name for p in tmp_path.iterdir()] == ["model.json"]


def test_the_directory_is_made_and_text_is_utf8(tmp_path):
    path = save_atomic("Tripoli — طرابلس", tmp_path / "models" / "m.json")
    assert path.read_bytes() == "Tripoli — طرابلس".encode()
