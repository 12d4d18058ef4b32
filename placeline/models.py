"""The records that flow through placeline: source → article → mention → place → event.

Plain frozen dataclasses: every stage takes and returns these, so stages can be tested alone
and the store only has to know how to persist them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Place:
    """A resolved location. `id` is stable across gazetteer rebuilds (e.g. "geonames:701822")."""

    id: str
    name: str
    lat: float
    lon: float
    kind: str  # country | admin1 | admin2 | city | landmark | water | region
    country: str = ""  # ISO 3166-1 alpha-2, "" when it spans several
    admin1: str = ""
    population: int = 0
    source: str = "gazetteer"  # gazetteer | supplement | geocoder | correction
    geonameid: int | None = None


@dataclass(frozen=True)
class Mention:
    """A place name found in an article's cleaned text; `place` is None if unresolved."""

    start: int
    end: int
    surface: str
    place: Place | None
    confidence: float


@dataclass(frozen=True)
class DateGuess:
    """A date with how it was found, so the UI can say how far to trust it."""

    date: dt.date | None
    method: str  # metadata | explicit | relative | inferred | fallback | unknown
    confidence: float
    evidence: str = ""
    end: dt.date | None = None  # set for ranges
    precision: str = "day"  # day | range | week | month | year | publication
    flag: str = ""  # why a date found in the text was rejected (future, before 1900), if so


@dataclass(frozen=True)
class Article:
    """One cleaned article. Mention offsets index `text`."""

    source: str
    title: str
    text: str
    content_hash: str
    url: str = ""
    raw: str = ""
    published: DateGuess | None = None
    metadata: dict = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Event:
    """One (article, place, date): what the map shows."""

    place_id: str
    date: dt.date | None
    date_end: dt.date | None
    precision: str
    snippet_start: int
    snippet_end: int
