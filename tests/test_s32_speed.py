"""Costs that grew faster than a text's length (thirty-second session): each test counts the
work, not the time, so it fails on the old code on any machine."""

import pytest

from placeline import text as text_module
from placeline.text import sentence_at, sentence_spans


def test_sentence_at_splits_a_text_once_however_often_it_is_asked(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Dating asks for the sentence of every time and place; a memo by value compared an
    equal copy of a long text with its key on every question (a 1 MB article asked some
    60,000 times: most of its ingest). Asked by identity, the text is split once."""
    asked = []

    def counting(text: str) -> tuple[tuple[int, int], ...]:
        asked.append(len(text))
        return sentence_spans(text)

    monkeypatch.setattr(text_module, "sentence_spans", counting)
    text = "".join(f"Floods hit York on day {i}. Rain fell in Leeds. " for i in range(500))
    copy = "".join([text[:10], text[10:]])  # equal, not the same object
    assert copy == text and copy is not text
    for probe in (text, copy):
        for offset in range(0, len(probe), 37):
            start, end = sentence_at(probe, offset)
            assert start <= offset < end or probe[end:offset + 1].strip() == ""
    assert asked == [len(text), len(text)]


def test_sentence_at_gives_the_sentence_holding_an_offset() -> None:
    text = "Floods hit York. Rain fell in Leeds on Monday. Selby was dry."
    assert text[slice(*sentence_at(text, text.index("Leeds")))] == \
        "Rain fell in Leeds on Monday."
    assert text[slice(*sentence_at(text, text.index("Selby")))] == "Selby was dry."
