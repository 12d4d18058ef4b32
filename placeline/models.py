"""The records that flow through placeline: source → article → mention → place → event.

Plain frozen dataclasses: every stage takes and returns these, so stages can be tested alone
and the store only has to know how to persist them.
"""

from __future__ import annotations

import datetime as dt
import math
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


# The kinds of a place that are regions, not towns, countries or features: first- and
# second-level divisions and the other regions (the gazetteer lifts them, recognition reads a
# list of them, resolution reads "County X" as one).
REGION_KINDS = frozenset({"admin1", "admin2", "region"})
SET_BY_HAND = "corrected"  # the method of a publication date set by hand (Articles page)


@dataclass(frozen=True)
class DateGuess:
    """A date with how it was found, so the UI can say how far to trust it."""

    date: dt.date | None
    method: str  # metadata | explicit | relative | inferred | fallback | unknown | corrected
    confidence: float
    evidence: str = ""
    end: dt.date | None = None  # set for ranges
    precision: str = "day"  # day | range | week | month | season | year | publication
    flag: str = ""  # why a date found in the text was rejected (future, before 1900), if so
    # The instant a publication date was stamped with, when its source gave a time and an
    # offset ("2024-03-14T23:30:00-07:00"): a weekday is read on the date it was at the place
    # (`placeline.zones`).
    stamp: dt.datetime | None = None
    # A part of a month said with no day ("late August", "the end of June"): its third, a
    # range that a day of its clause inside it still refines (`dates._refined`; review 34:
    # read from the evidence's wording, a rewording would have changed the dates).
    month_third: bool = False


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
    """One (article, place, date): what the map shows.

    `date` is the start, `date_end` the end of a range/week/month/year (None for one day);
    `method`/`evidence` say where the date came from, so the map can say how far to trust it.
    """

    place_id: str
    date: dt.date | None
    date_end: dt.date | None
    precision: str  # day | range | week | month | season | year | publication | unknown
    snippet_start: int
    snippet_end: int
    method: str = "fallback"  # explicit | relative | fallback | unknown
    evidence: str = ""  # the time expression ("on Thursday (future tense)") or why not
    flag: str = ""  # a date the text gave that was rejected (future, before 1900)

    @property
    def start(self) -> dt.date | None:
        return self.date

    @property
    def end(self) -> dt.date | None:
        """Last day the event may have happened on (the day itself for day precision)."""
        return self.date_end or self.date


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (one definition for recognition, resolution and the
    gazetteer build, which cannot import one another)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))
