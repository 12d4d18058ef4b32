"""Speed 47: patterns that open with a class `re` skips ahead to, every output unchanged.
Each test pins that the faster search finds what the plain one finds; none times it."""

import re

import pytest

from placeline import timex
from placeline.clean import _CASE_CHANGE, _MISSING_SPACE_AFTER_STOP, _SHORT_WORD_UPPER
from placeline.text import _BOUNDARY

# Texts that put the first letters' edge cases in reach of every time pattern: a word's
# start and its middle, ignore-case's folds ("İ", "ſ", "K"), figures, stops and capitals.
_TEXTS = [
    "Floods hit Gao on September 2 and 12, and again in late October 2023.",
    "İN May 2024 the dam ſince March 3, 2023 was shut; DURING May it reopened.",
    "The road will be reopened by Friday; on Christmas Eve and over Easter it stays shut.",
    "fromMay 3 to June 4, xin May, _in May 2020, Ünder in June 5, 2020 — K2 in 2021.",
    "Three days ago, five weeks ago and in 2 weeks; the previous day; 12/03/2024 and 2024-W12.",
    "between 2 and 12 September; the first week of March; FY2024/25; Q3 2023; the 1990s.",
    "Tuesday, March 5, 2024; last Monday; yesterday (Sunday); this weekend; the New Year.",
]


def _plain(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def _from_first_letters(pattern: re.Pattern[str], first: re.Pattern[str], text: str
                        ) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups())
            for m in timex._matches_from_first_letters(pattern, first, text, 0, len(text))]


def test_every_time_pattern_finds_from_its_first_letters_what_finditer_finds() -> None:
    """A pattern searched only where `_first_letters` finds a character it can open with
    gives finditer's matches: the same spans and groups, none overlapping."""
    assert timex._FIRST_LETTERS  # (most patterns have their first letters worked out)
    for _, pattern in timex._PATTERNS:
        first = timex._FIRST_LETTERS.get(id(pattern))
        if first is None:
            continue
        for text in _TEXTS:
            assert _from_first_letters(pattern, first, text) == _plain(pattern, text), (
                pattern.pattern[:60], text)


@pytest.mark.parametrize(("pattern", "opens"), [
    (re.compile(r"\b(?:in|by)\s+May", re.IGNORECASE), "BIbi"),
    (re.compile(r"(?<=\bon )(?P<h>Christmas|Easter)"), "CE"),
    (re.compile(r"\b(?:the\s+)?(?-i:[A-Z])\w+", re.IGNORECASE), "ABCDEFGHIJKLMNOPQRSTUVWXYZTt"),
    (re.compile(r"\d\d*(?:st|nd)?"), "0123456789"),
])
def test_first_letters_take_a_letter_s_other_case_only_where_case_is_ignored(
        pattern: re.Pattern[str], opens: str) -> None:
    """Both cases where the pattern ignores case there, one where it does not, every
    non-ASCII character (ignore-case folds "K", "ſ", "İ" into ASCII letters)."""
    first = timex._first_letters(pattern)
    assert first is not None
    ascii_opening = {chr(c) for c in range(128) if first.match(" " + chr(c), 1)}
    assert ascii_opening == set(opens)
    assert all(first.match(" " + char, 1) for char in "\u017f\u212a\u0130")  # ſ K İ


def test_no_first_letters_where_they_are_not_worked_out() -> None:
    """A class by category or a pattern that may match nothing is left to finditer."""
    assert timex._first_letters(re.compile(r"\w+day")) is None
    assert timex._first_letters(re.compile(r"(?:in)?\s*")) is None


def test_the_rewritten_scans_find_what_they_found() -> None:
    """The sentence boundaries, unglue's substitutions and gate, as the patterns they stand
    for: "[.!?…]+…|\\n+", a look-behind before "in|of|…", a stop's empty match."""
    boundary = re.compile(r"[.!?…]+[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n+")
    for text in [*_TEXTS, "A. B. Smith said so.\n\nThe U.S. Army … Then 3 went. “Yes!” He left.\n"]:
        assert [m.span() for m in _BOUNDARY.finditer(text)] == [
            m.span() for m in boundary.finditer(text)]
    glued = "the war inKreminna ofKyiv,toParis byBoat.It rained!Then eBay xinY"
    assert _SHORT_WORD_UPPER.sub(r"\1 \2", glued) == re.sub(
        r"(?<![^\W\d_])(in|of|to|at|on|by)([A-Z][a-z]{2,})", r"\1 \2", glued)
    assert _MISSING_SPACE_AFTER_STOP.sub(r"\1 ", glued) == re.sub(
        r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])", " ", glued)
    for text in ("eBay", "EBAY", "no change here", "x-Y", "aB"):
        assert bool(_CASE_CHANGE.search(text)) == bool(re.search(r"[a-z][A-Z]", text))
