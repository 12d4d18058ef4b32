"""Audit 31 item 1: an 8 MB text article stalled `ingest` for over 11 minutes, silent: per
name or per mention, several steps scanned the whole text or every other mention, so the
cost grew as names × length. Each is now asked of an index made once per text; these tests
count the work (never the seconds) and check the answers are the scans' answers."""

from __future__ import annotations

import re

import pytest

# A paragraph whose names repeat as a long dump repeats them: a town named by a word near a
# river the story is sure of (`near_sure_places`), a person of a town's name, a region in a
# sentence, headlines on lines of their own, a disease word.
PARAGRAPH = ("Floods in York\nFloods hit York on Monday after the River Ouse burst its banks. "
             "York was hit hardest, while Selby and Tadcaster escaped the worst. Police said "
             "Bryan, 9, was rescued in Bath. The Zambezi basin flooded too, and flu cases rose "
             "in Lusaka.\n")


def _reference_matches(text: str, name: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"\b{re.escape(name)}\b", text)]


@pytest.mark.parametrize("name", [
    "York", "New York", "Yorkshire", "St. Louis", "Bryan", "O'Hare", "Zürich", "A", "9",
    "Tadcaster,", "Ouse burst", "ork", "-Reston", "Bath.",
])
def test_a_name_is_found_where_a_scan_of_the_text_finds_it(name):
    """`whole_word_matches` reads the word index and gives what `\\bname\\b` gave."""
    from placeline.text_index import whole_word_matches

    text = (PARAGRAPH + "New York's Yorkshire pudding; St. Louis, O'Hare and Zürich-A 9 "
            "Ebola-Reston virus; Bath. York_x xYork Bath.x\n") * 3
    assert whole_word_matches(text, name) == _reference_matches(text, name)


def test_called_a_person_reads_the_text_once_for_all_names(monkeypatch):
    """It ran `re.finditer` over the whole text per name: 648 names of a 1 MB text took 8.6
    s of its 25. Now the text's words are indexed in one pass, and each name reads its own."""
    from placeline.person_names import called_a_person

    text = PARAGRAPH * 50
    scans = []
    finditer = re.finditer

    def counted(pattern, string, *args, **kwargs):
        if string is text:
            scans.append(pattern)
        return finditer(pattern, string, *args, **kwargs)

    monkeypatch.setattr(re, "finditer", counted)
    names = ["Bryan", "York", "Bath", "Selby", "Tadcaster", "Lusaka"] * 40
    answers = [called_a_person(text, name) for name in names]
    assert answers[:6] == [True, False, False, False, False, False]
    assert len(scans) <= 1, len(scans)


def _near_calls(geoparser, monkeypatch, text: str) -> int:
    from placeline import rescues

    calls = [0]
    km = rescues._km

    def counted(*args):
        calls[0] += 1
        return km(*args)

    monkeypatch.setattr(rescues, "_km", counted)
    geoparser.parse(text)
    monkeypatch.setattr(rescues, "_km", km)
    return calls[0]


def test_near_sure_places_measures_each_distinct_pair_once(geoparser, monkeypatch):
    """Each weak mention was measured against each sure mention: mentions × mentions
    (19 million distances in a 1 MB dump). Repeated names are now measured once."""
    small, large = PARAGRAPH * 10, PARAGRAPH * 40
    counts = _near_calls(geoparser, monkeypatch, small), _near_calls(geoparser, monkeypatch,
                                                                     large)
    assert counts[0] > 0
    assert counts[1] <= 2 * counts[0], counts  # the same names: as many pairs (16 × before)


def test_a_long_text_names_the_same_places_in_each_copy(geoparser):
    """The indexes change no answer: each copy of the paragraph gets the first's places."""
    one = [(m.surface, m.place.name if m.place else None) for m in geoparser.parse(PARAGRAPH)]
    many = [(m.surface, m.place.name if m.place else None)
            for m in geoparser.parse(PARAGRAPH * 20)]
    assert one and many == one * 20


class _CountingText(str):
    """A text that counts the characters sliced out of it and its lowerings."""

    sliced = 0
    lowered = 0

    def __getitem__(self, key):
        part = str.__getitem__(self, key)
        type(self).sliced += len(part)
        return part

    def lower(self):
        type(self).lowered += 1
        return str.lower(self)


def test_a_headline_is_told_without_copying_the_text_before_it():
    """`_is_headline` copied all the text before and after each sentence it asked about
    (sentences × length). Now it reads only the line's own ends."""
    from placeline.dates import _is_headline
    from placeline.text import sentence_spans

    plain = PARAGRAPH * 200
    text = _CountingText(plain)
    spans = sentence_spans(plain)
    _CountingText.sliced = 0
    answers = [_is_headline(text, a, b) for a, b in spans]
    assert answers == [_old_is_headline(plain, a, b) for a, b in spans]
    assert any(answers) and not all(answers)
    assert _CountingText.sliced <= 2 * len(plain), (_CountingText.sliced, len(plain))


def _old_is_headline(text: str, start: int, end: int) -> bool:
    from placeline.dates import HEADLINE_WORDS

    line = text[start:end].strip()
    before, after = text[:start].rstrip(" \t"), text[end:].lstrip(" \t")
    return bool(line) and len(line.split()) <= HEADLINE_WORDS \
        and not line.endswith((".", "!", "?", "…", '"', "”", "’", ")")) \
        and (not before or before.endswith("\n")) and after[:1] in {"", "\n", "\r"}


def test_whether_a_text_names_a_disease_is_asked_of_it_once():
    """Each name asked it again, lowering the whole text each time."""
    from placeline.recognize import _names_a_virus

    text = _CountingText(PARAGRAPH * 20)
    _CountingText.lowered = 0
    assert not any(_names_a_virus(text, "Zambezi") for _ in range(50))
    assert _CountingText.lowered == 1


def test_the_regions_of_a_sentence_are_read_from_an_index():
    """`_held_in_its_sentence_elsewhere` read every resolution per bare mention; the index
    gives the same first-level regions of a sentence as that scan."""
    import random
    from types import SimpleNamespace

    from placeline.resolve import RegionsAt

    rng = random.Random(31)
    for _ in range(300):
        resolutions = [SimpleNamespace(
            span=SimpleNamespace(start=rng.randint(0, 50)),
            candidate=rng.choice([None, SimpleNamespace(kind="admin1"),
                                  SimpleNamespace(kind="city")])) for _ in range(rng.randint(0, 8))]
        index = RegionsAt(resolutions)
        start = rng.randint(0, 50)
        end = start + rng.randint(0, 20)
        expected = [o for o in resolutions if o.candidate is not None and
                    o.candidate.kind == "admin1" and start <= o.span.start < end]
        assert sorted(map(id, index.between(start, end))) == sorted(map(id, expected))


def test_ingest_names_a_document_it_has_been_on_for_long():
    """Nothing was said for 11 minutes of one 8 MB file, in a log or a terminal. Now a
    document read for longer than SLOW_DOCUMENT_SECONDS is named on standard error, with
    its length, and again each SLOW_DOCUMENT_AGAIN; a quick one is not."""
    import io
    import threading

    from placeline.cli import _SlowDocuments
    from placeline.ingest import RawDocument
    from placeline.ingest_runs import WatchedDocuments

    class Told(io.StringIO):
        def __init__(self) -> None:
            super().__init__()
            self.heard = threading.Event()

        def write(self, text: str) -> int:
            self.heard.set()
            return super().write(text)

    told = Told()
    documents = [RawDocument("quick.txt", "Floods hit York."),
                 RawDocument("big/huge.txt", "York. " * 400_000)]
    slow = _SlowDocuments(WatchedDocuments(documents, after=0.5), told, again=3600)
    for document in slow:
        if document.source == "big/huge.txt":
            assert told.heard.wait(30)  # (held until told; the quick one was let go at once)
    slow.done()
    assert told.getvalue().startswith("still on big/huge.txt (2.4 MB characters), ")
    assert told.getvalue().count("still on") == 1
