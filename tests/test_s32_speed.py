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


def test_a_long_text_of_capitals_governments_searches_itself_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """"officials in Kyiv said", a thousand times: whether the text gives a region its sense
    is asked once per text, not once per mention (it had been 5.4 of 7.6 s on 100 KB)."""
    from placeline import resolve
    from placeline.geoparse import Geoparser

    searched = []
    pattern = resolve._REGION_SENSE

    class Counting:
        def search(self, text: str, *args: int):
            searched.append(len(text))
            return pattern.search(text, *args)

    geoparser = Geoparser()
    monkeypatch.setattr(resolve, "_REGION_SENSE", Counting())
    text = "Shelling hit Kharkiv, then Lviv and Odesa, officials in Kyiv said. " * 300
    kyiv = [m for m in geoparser.parse(text) if m.surface == "Kyiv"]
    assert len(kyiv) == 300 and all(m.place.name == "Kyiv" for m in kyiv)
    assert searched == [len(text)]


def test_the_dashboard_s_imports_leave_dating_and_resolution_unloaded() -> None:
    """The main page's modules import no dating, resolution or word frequencies: those took
    about a third of a second of every cold start (placeline.dates with timex, and wordfreq
    through placeline.resolve) before a map that needs none of them; a card imports dating
    when it is first dated (`snippets._dating`)."""
    import ast
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    tree = ast.parse((root / "dashboard.py").read_text(encoding="utf-8"))
    modules = sorted({node.module for node in ast.walk(tree)
                      if isinstance(node, ast.ImportFrom) and node.module and
                      node.module != "__future__"} |
                     {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                      for alias in node.names})
    probe = (f"import importlib, sys\nfor m in {modules!r}: importlib.import_module(m)\n"
             "print(sorted(m for m in ('placeline.dates', 'placeline.timex', "
             "'placeline.resolve', 'wordfreq') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=root, capture_output=True,
                          text=True, timeout=120, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_sentences_before_a_sentence_are_found_by_its_start() -> None:
    """Dating's story reach asks for the sentences before one (`dates._told_before`): found
    by a binary search of the starts, nothing for a span that is no sentence (review 32)."""
    from placeline.text import sentences_before

    text = "Floods hit York. Rain fell in Leeds on Monday. Selby was dry. Hull was not."
    spans = sentence_spans(text)
    assert sentences_before(text, spans[3], 2) == spans[1:3]
    assert sentences_before(text, spans[0], 2) == ()
    assert sentences_before(text, (spans[1][0], spans[1][1] - 1), 2) == ()
