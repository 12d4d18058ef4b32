"""One article's text indexed once, for the questions each of its names asks of the whole
text ("is this name anywhere a person's?", "does the text say "Zambezi River"?"): asked by
a scan of the text per name, they cost names × length, and an 8 MB dump had stalled an
ingest for over 11 minutes (audit 31 item 1). Each answer is the one the scan gave."""

from __future__ import annotations

import re
from functools import lru_cache

from placeline.name_context import names_a_disease

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=2)
def word_starts(text: str) -> dict[str, list[int]]:
    """Where each whole word (a maximal run of word characters, as `\\b` sees them) begins,
    in text order: found in one pass, then read per name."""
    starts: dict[str, list[int]] = {}
    for found in _WORD.finditer(text):
        starts.setdefault(found.group(), []).append(found.start())
    return starts


@lru_cache(maxsize=4096)
def _whole_name(name: str) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(name)}\b")


def whole_word_matches(text: str, name: str) -> list[tuple[int, int]]:
    """The (start, end) of every `\\bname\\b` in the text, in order — what
    `re.finditer(rf"\\b{re.escape(name)}\\b", text)` finds, read from `word_starts`."""
    first = _WORD.match(name)
    if first is None:  # (a name opening with no word character: scan as before)
        return [m.span() for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    tail = _whole_name(name)
    found = []
    for start in word_starts(text).get(first.group(), ()):
        match = tail.match(text, start)
        if match is not None:
            found.append(match.span())
    return found


@lru_cache(maxsize=4096)
def holds(text: str, phrase: str) -> bool:
    """`phrase in text`, kept per text and phrase: each mention of a name asks again."""
    return phrase in text


@lru_cache(maxsize=4096)
def substring_ends(text: str, name: str) -> tuple[int, ...]:
    """Where each occurrence of `name` (anywhere, as `re.finditer(re.escape(name))` finds
    them, none overlapping) ends, kept per text and name."""
    return tuple(m.end() for m in re.finditer(re.escape(name), text))


@lru_cache(maxsize=4)
def names_a_disease_once(text: str) -> bool:
    """`name_context.names_a_disease`, kept per text: each name asked it again, lowering
    the whole text each time."""
    return names_a_disease(text)
