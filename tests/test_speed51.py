"""Speed 51: work taken out of geoparsing's hot paths, every prediction unchanged. Each
test pins what the faster code must still give, or counts the work it does; none times it."""

import re
from collections.abc import Iterator

import pytest

from placeline.name_tokens import tokenize


def _tokens(text: str) -> list[tuple[str, bool]]:
    return [(t.text, t.cap) for t in tokenize(text)]


def test_the_tokeniser_still_reads_the_forms_it_gates_by_their_first_letter() -> None:
    """The forms that open with a capital (initials, "AT&T", "K2") are tried only before a
    capital, and a word's letters are read ASCII first: the same tokens as before."""
    assert _tokens("U.S. Army near AT&T in Barrow-in-Furness") == [
        ("U.S.", True), ("Army", True), ("near", False), ("AT&T", True), ("in", False),
        ("Barrow", True), ("in", False), ("Furness", True)]
    assert _tokens("the K2 and A46 Newark bypass") == [
        ("the", False), ("K2", True), ("and", False), ("A46", False), ("Newark", True)]
    assert _tokens("eThekwini, Côte d'Ivoire and l’Aquila’s mayor") == [
        ("eThekwini", True), ("Côte", True), ("d'Ivoire", True), ("and", False),
        ("l’Aquila", True)]
    assert _tokens("Rue de la Paix in Republic of the Congo") == [
        ("Rue", True), ("de", False), ("la", False), ("Paix", True), ("in", False),
        ("Republic", True), ("of", False), ("the", False), ("Congo", True)]


def test_a_lower_case_word_is_a_token_only_before_a_capital_or_between_connectors() -> None:
    """A word read ASCII first is still read whole where its later letters are not ASCII
    ("façade" before a capital), and skipped where no capital follows it."""
    assert _tokens("the façade Québec") == [("façade", False), ("Québec", True)]
    assert _tokens("a quiet façade, then rain") == []


def test_triggers_that_open_with_plain_strings_are_found_from_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """"near", "across", a dash, "slum": the engine tried these alternations at almost every
    character of every text; they are found from their opening strings (`str.find`) and
    tried only there, with the same hits."""
    from placeline import recognize
    from placeline.geoparse import Geoparser
    from placeline.name_context import UNKNOWN_PLACE_PATTERNS

    recognizer = Geoparser().recognizer
    text = ("Shelling near Bakhmut and across Donetsk Oblast went on. KRAMATORSK — Families "
            "fled to the Kibera slums, toward Nairobi; a well-known x-ray lab near here.")
    before = list(recognizer._named_as_places(text))
    scanned: list[str] = []

    class Counting:
        def __init__(self, pattern: re.Pattern) -> None:
            self.wrapped, self.pattern = pattern, pattern.pattern

        def finditer(self, text: str, *args: int) -> Iterator[re.Match]:
            scanned.append(self.pattern)
            return self.wrapped.finditer(text, *args)

    opened = set(recognize._FOUND_BY_ITS_WORDS)
    assert opened <= {n.trigger.pattern for n in UNKNOWN_PLACE_PATTERNS}  # (no stale key)
    monkeypatch.setattr(recognize, "UNKNOWN_PLACE_PATTERNS", [
        n._replace(trigger=Counting(n.trigger)) if n.trigger.pattern in opened else n
        for n in UNKNOWN_PLACE_PATTERNS])
    assert list(recognizer._named_as_places(text)) == before
    assert scanned == []
    assert {name for _, _, name, _, _ in before} >= {"Bakhmut", "Donetsk", "Kibera"}


def test_a_name_before_its_kind_is_searched_for_from_its_capital() -> None:
    """The patterns of a name before its kind word opened with "\\b" (and "(?!The\\b)"), a
    line's start or "\\b[Aa]", so the engine tried each at every character after a kind
    word; opened by their first letter they match the same spans, and each is rewritten."""
    from placeline.name_context import UNKNOWN_PLACE_PATTERNS
    from placeline.recognize import _CAPITAL_FIRST, _capital_first

    rewritten = [n.pattern for n in UNKNOWN_PLACE_PATTERNS if n.name_first and
                 n.pattern.pattern.startswith(tuple(_CAPITAL_FIRST))]
    assert len(rewritten) >= 8 and all(_capital_first(p) is not p for p in rewritten)
    texts = [("The River Thames rose. Theale River Kennet, xRiver, The Nile River and the "
             "Jordan River; O'Brien Creek; d'Arc Lake; ÉTang Lake; 3Mile Creek; _Foo River."),
             "Kherson Oblast and Donetsk Province, Théâtre Stadium, The Stadium, Thebes Oblast.",
             ("KYIV, Ukraine — shelling.\nKHARKIV, Ukraine — a Kharkiv Oblast man and an "
             "Odesa woman; xAn Lviv resident, A Dnipro native. \rMYKOLAIV, Ukraine —")]
    for pattern in rewritten:
        for text in texts:
            for at in range(len(text)):
                old, new = pattern.search(text, at), _capital_first(pattern).search(text, at)
                assert (old and (old.span(), old.groupdict())) == \
                    (new and (new.span(), new.groupdict()))


def test_a_table_s_cosines_are_taken_once_however_many_blocks_it_is_read_in(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The resolver's row-to-row relations read the latitudes' cosines once per table (they
    had been taken twice per block of rows, rows and columns alike), with the same layers."""
    import numpy as np

    from placeline import resolve
    from placeline.geoparse import Geoparser

    spans = [s for s in Geoparser().recognizer.find(
        "Floods hit York, Leeds, Selby, Paris, Berlin, Springfield and Portland.")
        if s.candidates]
    whole = resolve._CandidateTable(spans)
    n = len(whole.u_key)
    assert n > 20
    cosines = []

    class Counting:
        def __getattr__(self, name: str):
            return getattr(np, name)

        @staticmethod
        def cos(values: np.ndarray) -> np.ndarray:
            cosines.append(len(values))
            return np.cos(values)

    monkeypatch.setattr(resolve, "np", Counting())
    monkeypatch.setattr(resolve._CandidateTable, "PAIR_CELLS", n * 4)  # blocks of 4 rows
    blocked = resolve._CandidateTable(spans)
    assert blocked._pairs is None
    weights = np.full(len(blocked.flat), 0.5)
    assert np.array_equal(blocked.context(weights), whole.context(weights))
    assert cosines == [n]
