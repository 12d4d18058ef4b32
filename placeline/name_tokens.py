"""The words recognition reads: tokens with their offsets, how words join into a run of
capitalised words, and how frequent a name is as an ordinary word.

Kept apart from `recognize.py` so the tokenizer and the word-frequency tests that every
filter shares read in one place, and so `Span`, which resolution and the guessers take, does
not tie them to the recognizer.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from placeline.frequency import zipf
from placeline.gazetteer import Candidate
from placeline.name_context import (
    ABBREVIATED_TITLES,
    CALENDAR_WORDS,
    COMMON_WORD_ZIPF,
    POSSESSIVE_ENDS,
    POSSESSIVE_GAPS,
    any_of,
)
from placeline.names import ABBREVIATED_NAME_WORDS
from placeline.per_object import per_object

CONNECTORS = frozenset(
    ["of", "de", "la", "le", "les", "au", "aux", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "el", "al", "upon", "on", "am", "im", "an", "der", "den", "sur", "y", "and", "the", "en", "aan", "op", "bei", "van",
     "los", "las", "dei", "degli", "delle", "sul", "sous",  # ("San Martín de los Andes")
     # Arabic's article before a sun letter, as names are romanised ("Deir ez-Zor", "Dar es
     # Salaam")
     "ez", "es", "ed", "ad", "ar", "ash", "az", "ud", "ul",
     # the Persian ezafe ("Mazar-i-Sharif", "Mazar-e Sharif", "Koh-i-Noor")
     "e", "i",
     # Norwegian and Danish "and" ("Sogn og Fjordane", "Møre og Romsdal"), and English "or"
     # ("Truth or Consequences"): only inside a name the gazetteer holds whole
     "og", "or",
     # Italian and German "in" ("Gravina in Puglia", "Neumarkt in der Oberpfalz"): only a
     # name the gazetteer holds whole, which had been cut to its first word (Gravina Island,
     # Alaska)
     "in",
     # French "to", in names such as "Pointe-à-Pitre" and "Île-à-la-Crosse", which had been
     # cut to "Crosse" and "Pitre" (a word no English text writes otherwise)
     "à",
     # Slavic "upon", "under", "on" and "by" ("Čierna nad Tisou", "Ústí nad Labem", "Kamenec
     # pod Vrchom", "Šentjur pri Celju"): only inside a name the gazetteer holds whole, which
     # had been cut to its first word ("Cierna" of a 1968 story guessed at Vienna; audit 37)
     "nad", "pod", "na", "pri"]
)
# Words that join an English compound town name only between hyphens ("Barrow-in-Furness",
# "Newcastle-under-Lyme", "Weston-super-Mare", "Wells-next-the-Sea", "Sutton-cum-Lound"):
# ordinary words elsewhere, so no connector of names written with spaces ("Paris in
# France"). Without them the compound had been cut at its first part, to a namesake
# (Newcastle upon Tyne for Newcastle-under-Lyme, Lincolnshire's Appleby for
# Appleby-in-Westmorland).
COMPOUND_JOINS = frozenset(["in", "under", "super", "sub", "next", "by", "cum"])
_LETTER = r"[^\W\d_]"
# (ASCII lower case first: the same letters, each tested against a range rather than three
# Unicode categories — most letters of a word are these, and the tokeniser reads every word)
_WORD_REST = rf"[a-z]*+{_LETTER}*+(?:['’]{_LETTER}+)*+"
# Where a word that may be capitalised begins: not an ASCII lower-case letter (so capitals of
# any script, and lower-case letters outside ASCII, which `tokenize` then checks), an
# elided article ("d'Ivoire"), or a Nguni name's lower-case prefix before its capital
# ("eThekwini", "eMalahleni", "uMngeni"; "eBay" and "iPhone" are tokens too, and no place).
_MAY_BE_CAPITAL = rf"(?:[^\W\d_a-z]|[dl]['’](?={_LETTER})|[a-z](?=[A-Z][a-z]))"
# (grouped by first letter, `any_of`: tokenising a sixth faster, the same tokens)
_CONNECTOR_WORD = f"(?:{any_of(sorted(CONNECTORS, key=len, reverse=True))})"
_NEXT_WORD = r"[\W\d_]*+"
# The words recognition looks at: capitalised words and abbreviations ("U.S."), the word just
# before each (cue, "the", title), and connectors between names ("Republic of the Congo").
# Other words never affect a decision, and skipping them in the regex (not in Python) makes
# tokenising twice as fast. The three forms that open with a capital are tried only before
# one (most words open in lower case, and each form tried costs the engine at every word).
_TOKEN = re.compile(
    rf"(?<!{_LETTER})(?:"
    r"(?=[A-Z])(?:(?:[A-Z]\.){2,}"
    rf"|[A-Z]{{1,3}}&[A-Z]{{1,3}}(?!{_LETTER})"  # "J&K", "AT&T": one word, as written
    rf"|(?<!\d)[A-Z]{{1,2}}\d{{1,3}}(?!\d|[.,]\d|{_LETTER}))"  # "K2", "KV17": a name and number
    rf"|{_MAY_BE_CAPITAL}{_WORD_REST}"
    rf"|[a-z]{_WORD_REST}(?={_NEXT_WORD}{_MAY_BE_CAPITAL})"  # (possessive: no atomic group)
    rf"|{_CONNECTOR_WORD}(?!{_LETTER})(?={_NEXT_WORD}{_CONNECTOR_WORD}{_NEXT_WORD}"
    rf"{_MAY_BE_CAPITAL})"
    rf"|(?<=[A-Za-z]-)(?:{'|'.join(sorted(COMPOUND_JOINS))})(?=-(?:the-)?[A-Z]))")


# An apostrophe inside a name between two parts of two letters or more, the second no English
# clitic ("Re'im", "Be'eri", "Ma'alot"; not "don't", "we're", "O'Neill", "d'Ivoire"): wordfreq
# splits the word there and scores the pieces as words ("re" and "im": Zipf 4.58, an ordinary
# word), though the name is no English at all.
_NAME_APOSTROPHE = re.compile(r"(?<=[^\W\d_]{2})['’](?=[^\W\d_]{2})")
_CLITICS = frozenset({"s", "t", "re", "ve", "ll", "d", "m"})


@lru_cache(maxsize=100_000)
def word_zipf(word: str) -> float:
    """`frequency.zipf`, but a name written with an apostrophe inside (`_NAME_APOSTROPHE`) is
    as frequent as it is written without it: "re'im" as "reim" (Zipf 1.64), so "attacked
    Re'im and Nahal Oz" is no ordinary word (a review of v88), as "Re’im" was not."""
    parts = _NAME_APOSTROPHE.split(word)
    if len(parts) > 1 and parts[-1].lower() not in _CLITICS:
        return min(zipf(word), zipf("".join(parts)))
    return zipf(word)


class Token(NamedTuple):
    """A word and its offsets (a tuple: articles have thousands, and they are made often)."""

    start: int
    end: int
    text: str
    cap: bool  # capitalised, counting an elided article ("d'Ivoire", "l'Aquila")

    @property
    def upper(self) -> bool:
        return self.text.replace(".", "").isupper() and len(self.text) > 1


@dataclass(frozen=True)
class Span:
    """A recognised place name and the evidence about it."""

    start: int
    end: int
    surface: str
    candidates: tuple[Candidate, ...]
    cues: frozenset[str] = field(default_factory=frozenset)


def surprise(frequency: float, candidates: Iterable[Candidate]) -> float:
    """How much more often a name is ordinary English (its zipf `frequency`) than its
    biggest place is big: "Nice" (a frequent word, 340k people) is high, "London" or
    "Atlanta" low — those are frequent because they are big places."""
    return frequency - _size_term(candidates)


# `_size_term` of a tuple of readings, by the tuple's id (kept with the tuple, so the id stays
# its own while kept): the gazetteer's lookups are cached, so a name's tuple recurs from
# mention to mention, and recognition and the resolver's filters each ask it.
def _size_term(candidates: Iterable[Candidate]) -> float:
    """How big the biggest reading is, on the Zipf scale (`surprise`): once per tuple."""
    if type(candidates) is not tuple:
        return _size_term_of(tuple(candidates))
    return _size_term_of_tuple(candidates)


def _size_term_of(candidates: tuple) -> float:
    return math.log10(max((c.place.population for c in candidates), default=0) + 10) - 2


_size_term_of_tuple = per_object(kept=100_000)(_size_term_of)


def name_surprise(surface: str, candidates: Iterable[Candidate]) -> float:
    """`surprise` by the most frequent of the name's words, not counting the words that join
    a name's parts ("of" in "Republic of Ireland" is no sign of an ordinary phrase), unless
    it is all such words ("Le Van", which had raised on an empty list: audit 32)."""
    words = surface.split()
    joined = [w for w in words if w.lower() not in CONNECTORS] or words
    return surprise(max(word_zipf(w.lower()) for w in joined), candidates)


# A Token built as its tuple: the named tuple's own constructor is a Python function, a tenth
# of tokenising (an article has hundreds of tokens); the tuple's makes the same Token.
_new_tuple = tuple.__new__


_CAPITAL_NEXT = re.compile(r" [A-Z]")


def another_script(letter: str) -> bool:
    """Whether a character is a letter of another script than Latin ("К", "北", "ق"); not a
    modifier letter written in Latin names (the ʻokina of "Hawaiʻi")."""
    return letter > "\u024f" and letter.isalpha() and \
        not unicodedata.name(letter, "").startswith(("LATIN", "MODIFIER"))


def _caseless(letter: str) -> bool:
    """Whether a word's first letter is of a script without capitals ("北京", "القاهرة",
    "ירושלים"): such a word in English text is as likely a name as a capitalised one, and
    the gazetteer reads great towns' names in those scripts (`gazetteer_build._script_names`)."""
    return letter.lower() == letter.upper() and another_script(letter)


def tokenize(text: str) -> list[Token]:
    """The tokens recognition needs (see `_TOKEN`), with offsets; a possessive "'s" is left
    outside the token. A word it skips is never a place name's first word nor next to one."""
    tokens: list[Token] = []
    append = tokens.append
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        word = match.group(0)
        if len(word) > 3 and word[-2:] in POSSESSIVE_ENDS:
            end -= 2
            word = word[:-2]
        if word[-1].isdigit():  # "K2": a name only where no capitalised word follows it, a
            append(_new_tuple(Token, (start, end, word, not _CAPITAL_NEXT.match(text, end))))
            continue  # road's number's neighbour ("the A46 Newark bypass") is no longer name
        elided = len(word) > 2 and word[0] in "dlDL" and word[1] in "'’"
        first = word[2:3] if elided else word[:1]
        append(_new_tuple(Token, (start, end, word, first.isupper() or word[1:2].isupper()
                                  or _caseless(first))))  # (and "eThekwini", "uMngeni")
    return tokens


# A plural's possessive ends a word of some names ("St James' Park", "Lutyens' Delhi"):
# after an "s", an apostrophe and a space. The tokens keep no trailing apostrophe.
_PLURAL_POSSESSIVE_GAPS = frozenset({"' ", "’ "})
PLURAL_POSSESSIVE = re.compile(r"s['’] ")


def across_an_apostrophe(text: str, left: Token, right: Token) -> bool:
    """The two words are joined by a plural's possessive ("James' Park"): a name may go on
    across it, where the gazetteer's own name holds it (see `Recognizer._matches`)."""
    return text[left.end:right.start] in _PLURAL_POSSESSIVE_GAPS and left.text.endswith("s")


# What a name goes on after across a full stop: a title ("Rev. Al Sharpton"), a short form
# of a place's word ("St. Louis", "Pt. Pleasant") and "Co." of an Irish county. Not a state's
# abbreviation nor a month, which end sentences ("Ann Arbor, Mich. Detroit schools …").
_RUNS_ON_INTO_A_NAME = ABBREVIATED_TITLES | ABBREVIATED_NAME_WORDS | {"co"}


def hyphen_joined(text: str, token: Token) -> bool:
    """Whether a lower-case token joins the parts of a compound name (`COMPOUND_JOINS`
    between hyphens: "Barrow-in-Furness")."""
    return token.text in COMPOUND_JOINS and text[token.start - 1:token.start] == "-"


def joined_by_space(text: str, left: Token, right: Token) -> bool:
    """Two words of one name: a space, a hyphen or a possessive between them, or a full stop
    after an initial or an abbreviation ("J. Smith", "St. Louis", "W.Va."), not after a
    word or an acronym ending its sentence ("until early May. Okinawa, where …" is no
    person called May Okinawa, nor "in the UK. London …" one name)."""
    gap = text[left.end:right.start]
    return gap in {" ", "-", "‐", "–"} or gap in POSSESSIVE_GAPS or (
        gap == ". " and (len(left.text) == 1 or _abbreviation(left.text))) or (
        gap == "." and len(left.text) == 1)  # "W.Va."


def _abbreviation(word: str) -> bool:
    return word.lower() in _RUNS_ON_INTO_A_NAME


def run_start(text: str, tokens: list[Token], i: int) -> int:
    """The first of the capitalised tokens joined to tokens[i] before it."""
    while i > 0 and tokens[i - 1].cap and joined_by_space(text, tokens[i - 1], tokens[i]):
        i -= 1
    return i


def run_bounds(text: str, tokens: list[Token], i: int, j: int) -> tuple[int, int]:
    """Extend [i, j] over adjacent capitalised tokens (the whole name it sits in)."""
    left = run_start(text, tokens, i)
    right = j
    while right + 1 < len(tokens) and tokens[right + 1].cap and joined_by_space(
            text, tokens[right], tokens[right + 1]):
        right += 1
    return left, right


def sentence_initial(text: str, token: Token) -> bool:
    """After a stop, a quote, a colon or a line break, or a dateline's dash ("SORRISO,
    Mato Grosso — Combine harvesters"): a capital the sentence explains. (Read back
    over the spaces: a copy of the text before each token made a long text's
    recognition quadratic — audit 19.)"""
    return opens_a_sentence(text, token.start)


def opens_a_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence (see `sentence_initial`)."""
    k = start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k == 0 or text[k - 1] in ".!?\"“”:—" or text[max(0, k - 2):k] == "--"


@lru_cache(maxsize=100_000)
def is_common_word(surface: str) -> bool:
    """Every word of `surface` is a calendar word or frequent English (cached: a name's
    mentions recur, and each judging rule asked it again)."""
    words = surface.split()
    return all(w.lower() in CALENDAR_WORDS or word_zipf(w.lower()) >= COMMON_WORD_ZIPF
               for w in words)


# A longer name began before a word ("a Defence Force Hercules", "the Terms of Union").
# A full stop ends a name only in an abbreviation ("U.S. Army", "Mr. York"): "near Selby.
# York was spared" is a sentence's end, then the town (a review).
NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*|(?:[A-Z]\.){2,}|(?:St|Mt|Ft|Dr|Mr|Mrs|Ms|Gen|Sgt"
                         r"|Lt|Col|Capt|Gov|Sen|Rep)\.) (?:of )?$")


_THE = frozenset({"the ", "The "})


def after_the(text: str, start: int) -> bool:
    return text[max(0, start - 4):start] in _THE
