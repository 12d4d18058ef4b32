"""Names the gazetteer spells another way: a story from Myanmar writes "Kyaukphyu", GeoNames
"Kyaukpyu"; one from India "Sangareddy", GeoNames "Sangareddi". Romanisations of names from
other scripts vary by a letter or a pair (see `names.spelling_key`), so where a story's places
agree on a country whose names are romanised, a rare capitalised name the gazetteer lacks is
read as that country's town or region of the same loose spelling, flagged (confidence under 0.5).

Only in that country, and only where its names come from another script: the loose key
joins different places across the world ("Ouse" and Ousse), and where names are written in
Latin letters a name spelled otherwise is mostly a person or another place ("Hartmann",
"Clemons", "Fontanarossa"). Measured on the probes (see docs/DESIGN.md): 28 right readings for
4 wrong.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import accumulate

from placeline.frequency import zipf
from placeline.gazetteer import Gazetteer
from placeline.models import Mention, Place
from placeline.name_context import PLACE_TYPE_WORDS, SPEECH_AFTER
from placeline.name_tokens import Span

VARIANT_CONFIDENCE = 0.45  # flagged (under 0.5): right 28 times in 32 on the probes
# Countries whose names are romanised from another script (Arabic, Persian, Indic, Burmese,
# Thai, Lao, Khmer, Chinese, Japanese, Korean, Cyrillic, Greek, Georgian, Armenian, Hebrew,
# Ethiopic, Mongolian, Dhivehi): there "Kyaukphyu" and "Kyaukpyu" are one name. Elsewhere a
# name spelled otherwise is a person, another place or a slip ("Hartmann", "Fontanarossa",
# Catania's airport, is no Fontanarosa in Campania).
ROMANISED = frozenset({
    "AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA",
    "SA", "SD", "SY", "TN", "YE", "IR", "AF", "PK", "IN", "NP", "BD", "LK", "BT", "MV",
    "MM", "TH", "LA", "KH", "CN", "TW", "HK", "MO", "JP", "KR", "KP", "RU", "UA", "BY",
    "BG", "MK", "RS", "KZ", "KG", "TJ", "MN", "GE", "AM", "GR", "CY", "IL", "ET", "ER"})
# Where a name's spelling is the English one, even a town of the name as written is no
# safe guess for an unknown name (see geoparse._geocode_unknown).
ENGLISH_SPELLING = frozenset({"US", "GB", "CA", "AU", "NZ", "IE"})
SURE_READING = 0.5  # a mention this sure counts towards the story's country
RARE_WORD_ZIPF = 3.0  # every word of the name rarer than this ("Sangareddy", not "Station")
MAX_WORDS = 3
# A capitalised word, with an apostrophe ("O'Brien") or hyphens ("Kyauk-phyu") inside; not
# after a letter, a hyphen or a letter and an apostrophe ("d'Ivoire").
# (the capital first, what stands before it asked after: `re` skips ahead to a class, not
# to a look-behind; the same words, twice as fast over a whole text)
_WORD = re.compile(r"[A-Z](?<![\w-][A-Z])(?<!\w['’][A-Z])\w*(?:['’]\w+)*(?:-\w+)*")
_POSSESSIVE = ("'s", "’s")
_SENTENCE_ENDS = frozenset('.?!:\n\r')
_OPENING_QUOTES = frozenset('"“‘\'«')


def home_country(mentions: Sequence[Mention]) -> str | None:
    """The country most of the story's sure mentions are in, if they name two or more of its
    places (not one named twice) and no other country ties with it."""
    places: dict[str, set[str]] = {}
    named: Counter[str] = Counter()
    for m in mentions:
        if m.place is not None and m.place.country and m.confidence >= SURE_READING:
            places.setdefault(m.place.country, set()).add(m.place.id)
            named[m.place.country] += 1
    ranked = named.most_common(2)
    if not ranked or len(places[ranked[0][0]]) < 2 or \
            (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def reading_in(gazetteer: Gazetteer, surface: str, country: str) -> Place | None:
    """The biggest town or region of `country` whose name is `surface`, or `surface` spelled
    otherwise where the country's names are romanised (ROMANISED): a name read abroad as a
    stray town ("called", see geoparse) may be the home country's town of that very name,
    which context did not choose ("the Santa Maria in the bulletins" of a Brazilian story)."""
    candidates = gazetteer.spelt_otherwise(surface) if country in ROMANISED else \
        gazetteer.lookup_name(surface)
    return max((c.place for c in candidates if c.place.country == country),
               key=lambda place: place.population, default=None)


def _starts_a_sentence(text: str, start: int) -> bool:
    """Only blanks and opening quotes between `start` and the text's start, a sentence's
    end, a colon or a line break."""
    before = start - 1
    while before >= 0 and (text[before].isspace() and text[before] not in "\n\r" or
                           text[before] in _OPENING_QUOTES):
        before -= 1
    return before < 0 or text[before] in _SENTENCE_ENDS


def _covered(taken: list[tuple[int, int]], reach: list[int]) -> Callable[[int, int], bool]:
    """Whether [start, end) overlaps a taken span (`taken` sorted by start, `reach` the
    running maximum of their ends): a binary search, not a scan per word."""
    starts = [a for a, _ in taken]

    def covered(start: int, end: int) -> bool:
        k = bisect_left(starts, end)
        return k > 0 and reach[k - 1] > start
    return covered


def _uncovered_runs(text: str, covered: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """Runs of one to three capitalised words joined by single spaces that no span holds
    (a possessive's "'s" left out, as recognition leaves it: "Kyaukphyu's outskirts")."""
    runs: list[list[tuple[int, int]]] = []
    for match in _WORD.finditer(text):
        start, end = match.span()
        if match.group().endswith(_POSSESSIVE):
            end -= 2
        if covered(start, end):
            continue
        if runs and len(runs[-1]) < MAX_WORDS and runs[-1][-1][1] + 1 == start and \
                text[start - 1] == " ":
            runs[-1].append((start, end))
        else:
            runs.append([(start, end)])
    return [(run[0][0], run[-1][1]) for run in runs]


def spelt_otherwise(text: str, mentions: Sequence[Mention], spans: Sequence[Span],
                    gazetteer: Gazetteer) -> list[Mention]:
    """The rare capitalised names no span holds that are a town or region of the story's
    country spelled otherwise (see the module's docstring). Not a sentence's first word, a
    given name, a word of capitals or digits ("PAGASA", "N1"), a name with a capital inside
    ("McAllen"), nor one before a verb of saying."""
    country = home_country(mentions)
    if country not in ROMANISED:
        return []
    taken = sorted({(s.start, s.end) for s in spans} | {(m.start, m.end) for m in mentions})
    covered = _covered(taken, list(accumulate((b for _, b in taken), max)))
    found = []
    for start, end in _uncovered_runs(text, covered):
        surface = _rare_head(text[start:end])
        end = start + len(surface)
        words = surface.split()
        if not words or _starts_a_sentence(text, start) or \
                words[0] in gazetteer.given_names or surface.isupper() or \
                any(ch.isdigit() for ch in surface) or \
                sum(ch.isupper() for ch in surface) > len(words) or \
                SPEECH_AFTER.match(text, end) or gazetteer.lookup_name(surface):
            continue
        place = reading_in(gazetteer, surface, country)
        if place is None and "-" in surface and " " not in surface:  # "Kyaukphyu-based"
            surface = surface.split("-")[0]
            end = start + len(surface)
            place = reading_in(gazetteer, surface, country) \
                if not gazetteer.lookup_name(surface) else None
        if place is not None:
            found.append(Mention(start, end, surface, place, VARIANT_CONFIDENCE))
    return found


def _rare_head(run: str) -> str:
    """The run without a place's kind after it ("Kyaukphyu Township" → "Kyaukphyu"), or ""
    where a word is common and no such kind ("Poorva Express" is a train): a name's words
    are rare, its kind's are not."""
    words = run.split(" ")
    while len(words) > 1 and words[-1].lower() in PLACE_TYPE_WORDS:
        words.pop()
    return "" if any(zipf(word.lower()) >= RARE_WORD_ZIPF for word in words) else \
        " ".join(words)
