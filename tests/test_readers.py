"""Readers: every bad-input case is reported with where and why, and the rest go on."""
from __future__ import annotations

import io
import json
from pathlib import Path

from watchfloor.ingest import MAX_BYTES, DocError, read_documents
from watchfloor.model import Article


def _split(items):
    arts = [i for i in items if isinstance(i, Article)]
    errs = [i for i in items if isinstance(i, DocError)]
    return arts, errs


def test_jsonl_bad_lines_are_reported_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Troops deployed near the border.", "published": "2025-06-10", "extra": 1}),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps(["a list"]),
        "",
        json.dumps({"text": "No id here, so one is derived."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    arts, errs = _split(list(read_documents(path)))
    assert [a.id for a in arts][0] == "a"
    assert arts[0].meta == {"extra": 1} and arts[0].published == "2025-06-10"
    assert len(arts[1].id) == 16  # content hash
    assert [e.where for e in errs] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "malformed JSON" in errs[0].reason and "text" in errs[1].reason


def test_non_utf8_binary_empty_and_huge_files(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("Police arrested ten protesters in Niamey.", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 attack in Algiers".encode("latin-1"))
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (tmp_path / "empty.txt").write_bytes(b"   \n")
    (tmp_path / "huge.txt").write_bytes(b"a" * (MAX_BYTES + 1))
    arts, errs = _split(list(read_documents(tmp_path)))
    assert [a.id for a in arts] == ["ok"]
    reasons = {Path(e.where).name: e.reason for e in errs}
    assert "UTF-8" in reasons["latin1.txt"]
    assert "binary" in reasons["blob.txt"]
    assert "empty" in reasons["empty.txt"]
    assert "MB" in reasons["huge.txt"]


def test_html_main_text_without_scripts(tmp_path: Path) -> None:
    html = ("<html><head><title>Clashes</title></head><body><nav>Home | World</nav><article>"
            "<p>Rebels attacked an army base near Goma on Monday, the army said in a statement "
            "issued late in the evening after the fighting had stopped.</p>"
            "<script>alert('x')</script></article></body></html>")
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    (tmp_path / "soup.html").write_text("<html><body><div><script>1</script></div></body></html>", encoding="utf-8")
    arts, errs = _split(list(read_documents(tmp_path)))
    assert len(arts) == 1 and "Rebels attacked an army base near Goma" in arts[0].text
    assert "alert" not in arts[0].text
    assert errs and "no article text" in errs[0].reason


def test_stdin_jsonl_and_plain_text() -> None:
    data = b'{"id": "x", "text": "Talks were held in Tunis."}\n{"id": "y", "text": "Troops withdrew."}\n'
    arts, errs = _split(list(read_documents("-", stdin=io.BytesIO(data))))
    assert [a.id for a in arts] == ["x", "y"] and not errs
    arts, errs = _split(list(read_documents("-", stdin=io.BytesIO(b"Protesters marched in Dakar."))))
    assert arts[0].text == "Protesters marched in Dakar." and not errs


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    _, errs = _split(list(read_documents(tmp_path / "nope.jsonl")))
    assert "no such file" in errs[0].reason
    (tmp_path / "empty").mkdir()
    _, errs = _split(list(read_documents(tmp_path / "empty")))
    assert "folder holds no" in errs[0].reason
