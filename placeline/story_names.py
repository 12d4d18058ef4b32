"""Which names in an article tell its story apart from other stories: what grouping compares.

A name that recurs across unrelated news links unrelated articles, and an undated one then
takes a wrong date (an H1N1 report dated by a cycling story through "The Associated Press"
and "David"). Left out: a news agency's or a byline's credit ("(Reuters) -", "(Isreal
Lopez/The Associated Press)", "Reporting by …"), a news outlet's name ("Xinhua News
Agency"), a given name where it is not a surname ("David Vitoria", but not "Lloyd Austin"),
a demonym ("Russian"), and ordinary English words, of which institutions are mostly built
("World Health Organization", "Department of Agriculture", "Red Cross"), or which the text
itself also writes in lower case ("Bird Flu" beside "bird flu").

What is left is weighed by how rare it is in English (wordfreq's Zipf scale), not by how
rare it is in the store: so whether two articles tell one story depends on those two
articles alone, not on what else was ingested, nor in what order (see docs/DESIGN.md, Dates).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from placeline.calendar_names import MONTHS_IN_FULL, WEEKDAYS_IN_FULL
from placeline.frequency import zipf
from placeline.name_context import HEAD_WORDS, MASTHEAD_WORDS

# A capitalised word this frequent in English is an ordinary word ("World", "Health",
# "Press", "Department", "Bank"): the institutions made of them recur across unrelated news.
COMMON_NAME_ZIPF = 4.5
# Within an institution's name, a word this frequent is one of its ordinary words: the
# "Agriculture" of "Department of Agriculture", the "Veterinary" of "National Veterinary
# Services Laboratories", which unrelated reports of that beat share.
INSTITUTION_WORD_ZIPF = 3.0
# A name's weight is how much rarer than this it is in English (Zipf units): "guterres" 2.75,
# "clifford" 1.23, "moscow" 0.58; a word no list knows ("Kuleba", "Azovstal") weighs the most.
RARITY_CEILING = 5.0
MOST_RARE = 5.0
# A place counts at least this much rarity: "United States" is in English often, but it is
# still a place the two articles agree on.
LEAST_PLACE_RARITY = 0.25
# A resolved place weighs as two names (the gazetteer and its context vouched for it, where a
# capitalised word may be anything: "There", "War").
PLACE_WEIGHT = 2.0
# A story term made of a sentence's wording ("wording:…", `dates.wording_terms`): it finds
# the near-copies of a text, and weighs nothing as a name.
WORDING = "wording:"
# Not names of a story (a sentence's first word is skipped anyway: the openers here are for
# openings that test misses, after a quote, a colon or a line break), wherever they stand:
# weekdays, months, titles, honorifics. Not text._OPENING_WORD, the words after initials
# that start a new sentence: that list must leave out words that are surnames after an
# initial ("John G. March"), where these are none of a story's names whatever they follow,
# and it reads some words only by what follows them ("Call 555-0100").
_STOP_CAPS = frozenset(
    ["The", "This", "That", "These", "Those", "However", "Meanwhile", "According", "After",
     "Before", "While", "When", "Where", "What", "Which", "Who", "Why", "How", "Moreover",
     "Indeed", "Despite", "Earlier", "Later", "Today", "Yesterday", "Tomorrow", "And", "But",
     "For", "From", "With", "Without", "Speaking", "Asked", "Stressing", "He", "She", "They",
     "We", "It", "His", "Her", "Their", "Our", "Mr", "Mrs", "Ms", *WEEKDAYS_IN_FULL,
     *MONTHS_IN_FULL, "President", "Minister", "Secretary", "General", "Foreign", "Defence", "Defense", "Prime",
     "Chief"])
# Patterns start with a character set, which `re` skips ahead to; what a leading `\b` or a
# lookbehind would check is checked on the match (`_starts_word`): ten times faster.
_CAPITALISED = re.compile(r"[A-Z][a-z]{2,}(?:[-'’][A-Z]?[a-z]+)*\b")
_POSSESSIVE = re.compile(r"['’]s\b")
# A run of capitalised words ("Xinhua News Agency", "Agence France-Presse").
_RUN = re.compile(r"[A-Z][\w'’-]*(?: (?:of |for |and |the )?[A-Z][\w'’-]*)*")
# Words that end a news outlet's name (the recogniser's mastheads, and agencies' and
# broadcasters' words), and what follows one in a sentence.
_MEDIA_WORDS = MASTHEAD_WORDS | {"news", "presse", "agency", "agence", "radio", "television",
                                 "broadcasting", "newspaper", "magazine", "wire", "weekly"}
_MEDIA_AFTER = re.compile(r"(?:['’]s)?,? (?:reported|reports|news agency|newspaper|magazine"
                          r"|daily|broadcaster|television|radio|quoted)\b")
# What makes a run of capitalised words an institution's name: the recogniser's head words
# of organisations' and features' names ("Police", "Department", "Health"), and plurals.
_INSTITUTION_WORDS = HEAD_WORDS | {"centers", "centres", "laboratories", "laboratory",
                                   "organization", "organisation", "ministries", "institutes",
                                   "universities", "commissions", "councils", "agencies"}
# Credits: a dateline's agency ("ROME (Reuters) -"), a photo's ("(Name/The Associated
# Press)"), a wire story's closing line ("Reporting by …; Editing by …"), a byline's line.
_CREDITS = (re.compile(r"\([^()\n]{1,60}\)\s*(?:-|–|—)|\([^()\n]{0,60}/[^()\n]{1,60}\)"),
            re.compile(r"[RrWwEeCcAa](?<![\w-].)(?:eporting|riting|diting|ompiled"
                       r"|dditional reporting) by\b[^.\n]*"),
            re.compile(r"(?m:^[ \t]*By [^\n]{1,80}$)"))
# Before a surname: a title of address ("Mr Clifford", "Dr. Chan").
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady",
                         "Prof"})
_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)\.? $")
_NAME_AFTER = re.compile(r" [A-Z][a-z]")


@dataclass(frozen=True)
class NameLists:
    """The gazetteer index's given names ("Lloyd", "David") and demonyms ("russian")."""

    given: frozenset[str] = frozenset()
    demonyms: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def name_lists() -> NameLists:
    """The lists the recogniser uses, as the shared gazetteer has read them (none without an
    index: dating never builds one)."""
    from placeline.errors import GazetteerMissingError
    from placeline.gazetteer import get_gazetteer

    try:
        gazetteer = get_gazetteer(build_if_missing=False)
        given = gazetteer.given_names
    except (GazetteerMissingError, OSError):
        return NameLists()
    try:
        demonyms = gazetteer.demonyms
    except (OSError, ValueError):
        demonyms = {}
    return NameLists(frozenset(g for g in given if g), frozenset(demonyms))


def story_names(text: str, lists: NameLists | None = None) -> set[str]:
    """The names of `text` that can tell its story apart (lower-cased, without "'s")."""
    lists = name_lists() if lists is None else lists
    hidden_spans, institution_spans = _hidden_spans(text)
    hidden, institutions = _Covered(hidden_spans), _Covered(institution_spans)
    lower_case = _lower_case_words(text)
    names: set[str] = set()
    for match in _CAPITALISED.finditer(text):
        word = match.group()
        if (word in _STOP_CAPS or not _starts_word(text, match.start(), sentence=True)
                or match.start() in hidden):
            continue
        key = _POSSESSIVE.sub("", word.lower()) if "'" in word or "’" in word else word.lower()
        frequency = zipf(key)  # (a word without an apostrophe has no possessive to cut)
        if (key in lists.demonyms or frequency >= COMMON_NAME_ZIPF
                or (frequency >= INSTITUTION_WORD_ZIPF and match.start() in institutions)
                or (word in lists.given
                    and not _surname_position(text, match.start(), match.end(), lists))
                or key in names or key in lower_case):
            continue
        names.add(key)
    return names


_WORD = re.compile(r"(?<![\w'’-])\w[\w-]*(?![\w-])")


def _lower_case_words(text: str) -> set[str]:
    """The words the text writes in lower case as words of their own, read once (asking the
    text for each name was quadratic: a 2 MB article took 21 s, a review found)."""
    return {word for word in _WORD.findall(text) if word.islower()}


class _Covered:
    """Offsets inside any of a list of spans, by binary search over the spans merged."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def __contains__(self, offset: int) -> bool:
        k = bisect_right(self._starts, offset) - 1
        return k >= 0 and offset < self._ends[k]


def _surname_position(text: str, start: int, end: int, lists: NameLists) -> bool:
    """Whether a given name stands where a surname does: last, after a given name or a title
    of address ("Lloyd Austin", "John Clifford", "Mr Clifford"), not first ("David Vitoria",
    "Dr Margaret Chan") nor alone ("David")."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return (bool(before) and (before[1] in lists.given or before[1] in _HONORIFICS)
            and not _NAME_AFTER.match(text, end))


def _hidden_spans(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Credits and news outlets' names (sources, not what the story is about), and the
    names of institutions (whose ordinary words recur across unrelated news)."""
    hidden = [m.span() for credits in _CREDITS for m in credits.finditer(text)]
    institutions = []
    for run in _RUN.finditer(text):
        if " " not in run.group():  # one word: an outlet only by what follows ("Reuters said")
            if _MEDIA_AFTER.match(text, run.end()):
                hidden.append(run.span())
            continue
        if not _starts_word(text, run.start()):
            continue
        words = _POSSESSIVE.sub("", run.group()).replace("-", " ").lower().split()
        if words[-1] in _MEDIA_WORDS or _MEDIA_AFTER.match(text, run.end()):
            hidden.append(run.span())
        elif _INSTITUTION_WORDS.intersection(words):
            institutions.append(run.span())
    return hidden, institutions


def _starts_word(text: str, start: int, sentence: bool = False) -> bool:
    """Whether a match at `start` begins a word (with `sentence`: one that is not the first
    of a sentence or of the text, which is capitalised whatever it is)."""
    if start and (text[start - 1].isalnum() or text[start - 1] in "_'’-"):
        return False
    return not sentence or (start > 0 and not (start >= 2 and text[start - 1].isspace()
                                               and text[start - 2] in ".!?"))


def rarity(name: str) -> float:
    """How much rarer than an ordinary word a name is in English (Zipf units, > 0)."""
    return min(MOST_RARE, max(0.0, RARITY_CEILING - zipf(name.lower())))


def term_weights(terms: Iterable[str], place_names: Mapping[str, str] | None = None
                 ) -> dict[str, float]:
    """Each story term's weight: a name's rarity in English; a place ("place:ID") twice the
    rarity of its name (`place_names`: id → name; an unknown one counts as a rare name); a
    sentence's wording none (it is no name two reports of one story share)."""
    place_names = place_names or {}
    weights = {}
    for term in terms:
        if term.startswith(WORDING):
            weights[term] = 0.0
        elif term.startswith("place:"):
            name = place_names.get(term[len("place:"):])
            weight = max(LEAST_PLACE_RARITY, rarity(name)) if name else MOST_RARE / 2
            weights[term] = PLACE_WEIGHT * weight
        else:
            weights[term] = rarity(term)
    return weights
