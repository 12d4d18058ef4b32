"""Names the gazetteer spells another way: a story from Myanmar writes "Kyaukphyu", GeoNames
"Kyaukpyu"; one from India "Sangareddy", GeoNames "Sangareddi". Romanisations of names from
other scripts vary by a letter or a pair (see `names.spelling_key`), so where a story's places
agree on a country whose names are romanised, a rare capitalised name the gazetteer lacks is
read as that country's town or region of the same loose spelling, flagged.

Only in that country: the loose key joins different places across the world ("Ouse" and
Ousse), and in English-speaking countries a name spelled otherwise is mostly a person
("Hartmann", "Clemons"). Measured on the probes (see docs/DESIGN.md): 28 right readings for
4 wrong.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from placeline.frequency import zipf
from placeline.gazetteer import Gazetteer
from placeline.models import Mention, Place
from placeline.name_context import SPEECH_AFTER
from placeline.recognize import Span

VARIANT_CONFIDENCE = 0.5  # flagged: right 28 times in 32 on the probes, never checked by hand
# Where a name's spelling is the English one, a variant is a person or another place.
ENGLISH_SPELLING = frozenset({"US", "GB", "CA", "AU", "NZ", "IE"})
SURE_READING = 0.5  # a mention this sure counts towards the story's country
RARE_WORD_ZIPF = 3.0  # every word of the name rarer than this ("Sangareddy", not "Station")
# One to three capitalised words, not after a letter or a hyphen.
_RUN = re.compile(r"(?<![\w-])[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}")
_SENTENCE_ENDS = (". ", "? ", "! ", '" ', "” ", "\n")


def home_country(mentions: Sequence[Mention]) -> str | None:
    """The country most of the story's sure places are in, if two or more are and it
    romanises its names (not an English-speaking one)."""
    counts = Counter(m.place.country for m in mentions if m.place is not None and
                     m.place.country and m.confidence >= SURE_READING)
    if not counts:
        return None
    country, count = counts.most_common(1)[0]
    return country if count >= 2 and country not in ENGLISH_SPELLING else None


def reading_in(gazetteer: Gazetteer, surface: str, country: str) -> Place | None:
    """The biggest town or region of `country` whose name is `surface` spelled otherwise, or
    spelled so: a name read abroad as a stray town ("called", see geoparse) may be the
    home country's town of that very name, which context did not choose."""
    return max((c.place for c in gazetteer.spelt_otherwise(surface)
                if c.place.country == country),
               key=lambda place: place.population, default=None)


def spelt_otherwise(text: str, mentions: Sequence[Mention], spans: Sequence[Span],
                    gazetteer: Gazetteer) -> list[Mention]:
    """The rare capitalised names no span holds that are a town or region of the story's
    country spelled otherwise (see the module's docstring). Not a sentence's first word, a
    given name, a word of capitals or digits ("PAGASA", "N1"), a name with a capital inside
    ("McAllen"), nor one before a verb of saying."""
    country = home_country(mentions)
    if country is None:
        return []
    taken = sorted({(s.start, s.end) for s in spans} | {(m.start, m.end) for m in mentions})
    found = []
    for match in _RUN.finditer(text):
        start, end = match.span()
        surface = match.group()
        words = surface.split()
        if any(a < end and start < b for a, b in taken) or \
                start == 0 or text.endswith(_SENTENCE_ENDS, 0, start) or \
                words[0] in gazetteer.given_names or surface.isupper() or \
                any(ch.isdigit() for ch in surface) or \
                sum(ch.isupper() for ch in surface) > len(words) or \
                any(zipf(word.lower()) >= RARE_WORD_ZIPF for word in words) or \
                SPEECH_AFTER.match(text, end) or gazetteer.lookup_name(surface):
            continue
        place = reading_in(gazetteer, surface, country)
        if place is not None:
            found.append(Mention(start, end, surface, place, VARIANT_CONFIDENCE))
    return found
