"""Rescues of weakly dropped names: a name dropped only for being an ordinary word or a given
name ("York", "Reading", "Bath") is a place after all where the text lists it with places
("Scarborough, Whitby and York") or where it lies near the places the story is sure of.

Kept apart from `recognize.py`, which drops such names weakly first and asks these rules once
the whole text has been read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace

from placeline.models import Place
from placeline.models import haversine_km as _km
from placeline.name_context import (
    BIG_CITY,
    COMMON_WORD_ZIPF,
    COORDINATED,
    LIST_GAP_SPACED,
    NEAR_PLACES,
    ORDINARY_WORD_REGIONS,
    SCHOOL_AFTER,
    WEAK_CUES,
)
from placeline.name_tokens import NAME_BEFORE, Span, Token, sentence_initial, word_zipf
from placeline.person_names import called_a_person


def coordinated_with_places(text: str, kept: list[Span], weak: list[Span],
                            person_words: set[str]) -> list[Span]:
    """Weakly dropped names listed with a place that has a cue ("into Gainesville and
    Lindsay", "in Navarro, Henderson and Ellis counties"): a list holds things of one kind.
    In reading order, so a rescued name lends its place to the next one."""
    sure_ends = {s.end for s in kept if s.cues - WEAK_CUES}
    kept_by_end = {s.end: s for s in kept}
    kept_by_start = {s.start: s for s in kept}
    taken = {s.start for s in kept}
    rescued = []
    for span in sorted(weak, key=lambda s: s.start):
        if span.surface in person_words or span.start in taken or \
                SCHOOL_AFTER.match(text, span.end) or text.startswith(("'s", "’s"), span.end):
            continue  # (not "Franklin and Kennedy Elementary Schools", nor "In Morelos,
            # Morena's candidate won": a fronted place, then the sentence's subject)
        city_word = max(c.place.population for c in span.candidates) >= BIG_CITY and \
            word_zipf(span.surface.lower()) >= COMMON_WORD_ZIPF
        before = listed_before(text, kept_by_end, span.start)
        first_after = listed_first_after(text, kept_by_start, span.end)
        after = first_after if before is None else None
        beside = before if before is not None else after
        between = before is not None and first_after is not None
        if between or (before is not None and (
                listed_after_places(text, kept_by_end, span.start, sure_ends) or city_word or
                _regions_of_one_country(span, before))) or (  # a city whose name is a word,
                after is not None and (city_word or _regions_of_one_country(span, after))) or (
                beside is not None and span.surface in ORDINARY_WORD_REGIONS and
                _of_one_country(span, beside)) or (  # "Acre and Nahariya": Israel's Acre
                beside is not None and _neighbours(span, beside)):
            # listed with any place ("Scarborough, Whitby and York", "Bath and Keynsham"); a
            # region listed with a place of its country ("Cork and Kerry", "Acre and
            # Rondônia"); any name listed between two places ("Urunga, Grafton and
            # Woolgoolga": a list holds things of one kind) or beside a neighbour ("Albany,
            # Macon and much of rural Georgia")
            rescued.append(replace(span, cues=span.cues | {COORDINATED}))
            sure_ends.add(span.end)
            kept_by_end[span.end] = rescued[-1]
    return rescued


# A town named by an ordinary word lies this near a place the text is sure of
# (`near_sure_places`), whose readings are few enough to say where the story is.
NEAR_SURE_KM = 50.0
NEAR_SURE_TOWN = 10_000  # (not a village whose name is a word: "Equality", Illinois)
_FEW_READINGS = 3
_POINT_KINDS = frozenset({"city", "landmark", "water"})


def near_sure_places(text: str, kept: list[Span], weak: list[Span],
                     person_words: set[str]) -> list[Span]:
    """Weakly dropped names of towns (a word's: "York", "Reading", "Bath") that lie within
    50 km of a town, landmark or water the text keeps with few readings: "Floods
    hit York on Monday after the River Ouse burst its banks … Selby and Tadcaster escaped"
    had put nothing at York, in five mentions, though the story is about its river. Where
    the story is shows what its words name; a word far from every sure place stays a word."""
    if not weak:
        return []
    taken = {s.start for s in kept}
    points = [(c.place.lat, c.place.lon) for s in kept
              for readings in ([c for c in s.candidates if c.kind in _POINT_KINDS],)
              if 0 < len(readings) <= _FEW_READINGS for c in readings]
    if not points:
        return []
    near = _Near(points)
    people: dict[str, bool] = {}
    return [replace(span, cues=span.cues | {NEAR_PLACES}) for span in weak
            if span.start not in taken and span.surface not in person_words and
            _written_as_a_town_may_be(text, span) and any(
                c.kind == "city" and c.place.population >= NEAR_SURE_TOWN and
                near(c.place.lat, c.place.lon) for c in span.candidates) and
            not _called_a_person_once(text, span.surface, people)]


def _called_a_person_once(text: str, name: str, people: dict[str, bool]) -> bool:
    """`called_a_person`, asked last and once per name: it indexes the whole text's words,
    which cost more than every other test here, and most weak names fail a cheaper one."""
    known = people.get(name)
    if known is None:
        known = people[name] = called_a_person(text, name)
    return known


class _Near:
    """Whether a point lies within `NEAR_SURE_KM` of a sure place, asked once per distinct
    point against the distinct sure points: a long text repeats its names, and asking per
    mention against per mention had cost mentions × mentions (audit 31 item 1)."""

    def __init__(self, points: list[tuple[float, float]]) -> None:
        self._points = list(dict.fromkeys(points))
        self._memo: dict[tuple[float, float], bool] = {}

    def __call__(self, lat: float, lon: float) -> bool:
        known = self._memo.get((lat, lon))
        if known is None:
            known = self._memo[(lat, lon)] = any(
                _km(lat, lon, plat, plon) < NEAR_SURE_KM for plat, plon in self._points)
        return known


def _written_as_a_town_may_be(text: str, span: Span) -> bool:
    """Nothing around the word makes it part of another name, a school's, or a sentence's
    ordinary opening word ("Union officials at Unite said", "Reading stayed dry")."""
    if span.surface.startswith("The ") or _NAME_GOES_ON.match(text, span.end) or \
            SCHOOL_AFTER.match(text, span.end) or \
            NAME_BEFORE.search(text, max(0, span.start - 40), span.start):
        return False
    return word_zipf(span.surface.lower()) < COMMON_WORD_ZIPF or not sentence_initial(
        text, Token(span.start, span.end, span.surface, True))


# A longer name goes on after the word ("Emberton School", "Ely Army Cadet Force",
# "Homeland Security", "North Clayton high schools"), it is an owner's ("York's"), or a
# person's role follows it ("Clayton, founder of the Trumpet Awards"): not the town.
_NAME_GOES_ON = re.compile(r" [A-Z]|['’]s\b| (?:high|middle|elementary) schools?\b|"
                           r", (?:an? |the )?[a-z]+ of\b")


def listed_after_places(text: str, by_end: Mapping[int, Span], start: int,
                        sure_ends: set[int]) -> bool:
    """The name at offset `start` follows, in a list, a sure place (one with a cue, or in
    `sure_ends`) or two places: "near Syracuse, Binghamton and Elmira" (a town and its region
    are no two: "of Medina, Ohio, Sissy's handler")."""
    for listed in (1, 2):
        before = listed_before(text, by_end, start)
        if before is None or (listed == 2 and "comma-region" in before.cues):
            return False
        if before.end in sure_ends or before.cues - WEAK_CUES or listed == 2:
            return True
        start = before.start
    return False


def listed_after(text: str, starts: set[int], end: int) -> bool:
    """A kept span is listed just after offset `end` (", " to ", and " between)."""
    return any(start in starts and LIST_GAP_SPACED.fullmatch(text, end, start)
               for start in range(end + 2, end + 7))


def listed_before(text: str, by_end: Mapping[int, Span], start: int) -> Span | None:
    """The span listed just before offset `start` (", " to ", and " between), if any."""
    return next((by_end[end] for end in range(start - 6, start)
                 if end in by_end and LIST_GAP_SPACED.fullmatch(text, end, start)), None)


def listed_first_after(text: str, by_start: Mapping[int, Span], end: int) -> Span | None:
    """The span listed just after offset `end`, if any (see `listed_before`)."""
    return next((by_start[start] for start in range(end + 2, end + 7)
                 if start in by_start and LIST_GAP_SPACED.fullmatch(text, end, start)), None)


# A town this near a town listed beside it is its neighbour: a list of neighbours is no
# chance (`_neighbours`; see recognize's WORD_TOWN_NEIGHBOUR_KM for the words' towns).
LISTED_NEIGHBOUR_KM = 150.0


def lie_within(places: Iterable[Place], others: Iterable[Place], km: float) -> bool:
    """Whether some place of `places` lies within `km` of some place of `others`: the one
    test of the list-neighbour rules (`_neighbours`, and recognize's great city beside its
    neighbour and word-named town listed with its neighbour)."""
    others = list(others)
    return any(_km(place.lat, place.lon, other.lat, other.lon) < km
               for place in places for other in others)


def _neighbours(span: Span, other: Span) -> bool:
    """A town of `span` lies within LISTED_NEIGHBOUR_KM of a town `other` may be, where
    `other` has few readings: a list of neighbours is no chance."""
    towns = [c.place for c in other.candidates if c.kind == "city"]
    return 0 < len(towns) <= _FEW_READINGS and lie_within(
        (c.place for c in span.candidates if c.kind == "city"), towns, LISTED_NEIGHBOUR_KM)


def _of_one_country(span: Span, other: Span) -> bool:
    """Some reading of `span` lies in a country `other` may lie in (by any of its names:
    "Nahariya" is GeoNames' other name of Nahariyya)."""
    countries = {c.place.country for c in other.candidates}
    return any(c.place.country in countries for c in span.candidates)


def _regions_of_one_country(span: Span, other: Span) -> bool:
    """`span` may be a first- or second-level region (by its short name too: "Kerry" for
    County Kerry) of a country `other` may lie in."""
    countries = {c.place.country for c in other.candidates if c.name_type != 1}
    return any(c.kind in ("admin1", "admin2") and c.place.country in countries
               for c in span.candidates)
