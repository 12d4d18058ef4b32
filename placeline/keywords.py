"""What a keyword search finds: words where words begin, every one of them, and a quoted
phrase as a phrase.

A substring search found "rain" in every "Ukraine" and "Ford" in "Oxford", and two words only
side by side, punctuation included ("Paris Texas" missed "Paris, Texas"). Here "rain" finds
"rain", "Rains" and "rainfall"; "Paris Texas" finds articles holding both words anywhere;
"\"Paris Texas\"" finds the two words in that order with only spaces or punctuation between.
The store narrows by substring in SQL (every word, both backends' LIKE) and `Keywords.found_in`
checks the rows left, lower-cased by the database, for where the words begin.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_WORDS = 16  # a longer query is cut: each word is a LIKE clause of its own
# Apostrophes are one character to a search: "O'Brien" typed finds "O’Brien" printed.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "′": "'"})
_APOSTROPHE = re.compile(r"['’‘ʼ′]")
_PIECES = re.compile(r'"([^"]*)"?|“([^”]*)”?|(\S+)')  # a quoted phrase (closed or not), or a word
_EDGES = ",;:.!?()[]{}\"'‘’“”«»"  # sentence punctuation around a word is not part of it
_WORD = re.compile(r"\w")


@dataclass(frozen=True)
class _Term:
    """A word or a quoted phrase, lower-case: `first` its first word, `pattern` the whole."""

    first: str
    pattern: re.Pattern
    bounded: bool  # it starts with a letter or digit: none may stand before it ("Ukraine")

    def begins_a_word_in(self, lowered: str) -> bool:
        """Whether the term starts a word of `lowered` (a lower-cased text). `str.find` goes
        from one place the first word occurs to the next and the pattern is tried only
        there: a case-blind regular expression over the rows made the search several times
        slower on 2,000 articles."""
        at = lowered.find(self.first)
        while at != -1:
            if not (self.bounded and at and _WORD.match(lowered, at - 1)) \
                    and self.pattern.match(lowered, at):
                return True
            at = lowered.find(self.first, at + 1)
        return False


@dataclass(frozen=True)
class Keywords:
    """A parsed query: `words`, each of which an article must hold somewhere (a database's
    substring test narrows by them), and the words and phrases that must each begin a word."""

    words: tuple[str, ...]
    terms: tuple[_Term, ...]

    def found_in(self, *lowered: str | None) -> bool:
        """Whether every word and phrase begins a word in one of the `lowered` texts (title
        and text, lower-cased by Python, as the query was)."""
        folded = [t.translate(_APOSTROPHES) for t in lowered if t]
        return all(any(term.begins_a_word_in(t) for t in folded) for term in self.terms)


def parse(query: str) -> Keywords:
    """`query` as words and phrases; no words (only punctuation, only spaces) finds nothing."""
    words: list[str] = []
    terms: list[_Term] = []
    for phrase, curly, bare in _PIECES.findall(query):
        chunk = [w for w in (word.strip(_EDGES) for word in (phrase or curly or bare).split())
                 if w][:MAX_WORDS - len(words)]
        if chunk:
            # The database narrows by the longest run without an apostrophe, which either
            # form of the word holds ("brien" for "O'Brien").
            words += [max(_APOSTROPHE.split(w), key=len) for w in chunk]
            lowered = [w.lower().translate(_APOSTROPHES) for w in chunk]
            # Words in this order, anything but letters and digits between ("Paris, Texas").
            terms.append(_Term(lowered[0], re.compile(r"\W+".join(map(re.escape, lowered))),
                               bool(_WORD.match(lowered[0]))))
        if len(words) >= MAX_WORDS:
            break
    return Keywords(tuple(words), tuple(terms))


def folded(text: str) -> str:
    """`text` without accents, case or curly apostrophes, for a search of names: "Segou"
    finds "Ségou" and "Cote d'Ivoire" "Côte d’Ivoire" (audit 34, item 9: a journalist
    typing without accents found nothing). Letters that are no accented Latin letter
    (ø, ß, ı) stay as casefold leaves them."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def names_matching(query: str, names: dict[str, list[str]]) -> set[str]:
    """The keys of `names` (a place's id → its names) one of whose names holds `query`,
    both folded (`folded`)."""
    wanted = folded(query.strip())
    if not wanted:
        return set()
    return {key for key, each in names.items() if any(wanted in folded(n) for n in each)}
