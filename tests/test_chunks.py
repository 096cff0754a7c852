"""Sentence chunks keep exact offsets into the article text."""
from __future__ import annotations

from watchfloor.nlp import split_chunks


def test_offsets_map_back_and_abbreviations_hold() -> None:
    text = ("Gen. Haftar's forces deployed near Ghat. The U.S. embassy said nothing!\n\n"
            "Mr. Tebboune met envoys in Algiers on Monday.  Talks will resume.")
    chunks = list(split_chunks(text))
    assert all(text[c.start:c.end] == c.text for c in chunks)
    assert [c.text for c in chunks] == [
        "Gen. Haftar's forces deployed near Ghat.", "The U.S. embassy said nothing!",
        "Mr. Tebboune met envoys in Algiers on Monday.", "Talks will resume."]


def test_run_on_text_is_cut_at_spaces() -> None:
    text = "word " * 1000
    chunks = list(split_chunks(text, max_len=300))
    assert all(len(c.text) <= 300 for c in chunks)
    assert " ".join(c.text for c in chunks).split() == text.split()


def test_spaced_decimals_and_initialisms_do_not_end_a_sentence() -> None:
    # text tokenised word by word puts spaces around every full stop
    text = ("Japan gave 12 . 5 million dollars to the U . N agency . The U . S followed in 2019 . 12 more did . "
            "Mr . Ruto met Dr . Abiy .")
    assert [c.text for c in split_chunks(text)] == [
        "Japan gave 12 . 5 million dollars to the U . N agency .", "The U . S followed in 2019 .", "12 more did .",
        "Mr . Ruto met Dr . Abiy ."]


def test_clock_time_ends_a_sentence_only_before_a_new_one() -> None:
    text = ("A car bomb went off at 7:45 a.m. (0445 GMT) outside the court in Kirkuk. Police came at 9 a.m. local "
            "time. The blast was heard at 8 p.m. Nobody was hurt.")
    assert [c.text for c in split_chunks(text)] == [
        "A car bomb went off at 7:45 a.m. (0445 GMT) outside the court in Kirkuk.",
        "Police came at 9 a.m. local time.", "The blast was heard at 8 p.m.", "Nobody was hurt."]


def test_a_spaced_middle_initial_does_not_end_a_sentence() -> None:
    text = "Kenyan envoy Mary W . Njoroge promised support . They left under Plan B . The army stayed ."
    assert [c.text for c in split_chunks(text)] == [
        "Kenyan envoy Mary W . Njoroge promised support .", "They left under Plan B .", "The army stayed ."]
