"""Helpers the test files share: what the geoparser places in a text, and the event date of a
name in a text. Each session's file had written its own copy of these few lines (the
`duplicates` command counted them); the shapes the files ask for are the parameters here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from placeline.dates import event_date
from placeline.geoparse import Geoparser
from placeline.models import DateGuess


def placed_surfaces(geoparser: Geoparser, text: str) -> list[str]:
    """The surfaces of the mentions the geoparser places, in order."""
    return [m.surface for m in geoparser.parse(text) if m.place]


def places_by(*fields: str) -> Callable[[Geoparser, str], dict[str, tuple]]:
    """A reader of a text's placed surfaces: each surface's `fields` of its place ("name",
    "kind", "country", "admin1"), in the order asked; the last mention of a surface wins."""
    def read(geoparser: Geoparser, text: str) -> dict[str, tuple]:
        return {m.surface: tuple(getattr(m.place, field) for field in fields)
                for m in geoparser.parse(text) if m.place}

    return read


def dated(text: str, name: str, published: dt.date | None, occurrence: int = 0,
          **kwargs) -> DateGuess:
    """The event date of the `occurrence`-th (from 0) mention of `name` in `text`, as
    published on `published`; `kwargs` go to `event_date`."""
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(name, at + 1)
    return event_date(text, at, at + len(name), published, **kwargs)


def span(guess: DateGuess) -> tuple:
    """A guess's (date, end, precision), the end None for a single day or month."""
    return guess.date, guess.end, guess.precision


def iso_span(guess: DateGuess) -> tuple[str, str, str]:
    """A guess's (first day, last day, precision) in ISO form, the last day the first's for a
    single day."""
    return guess.date.isoformat(), (guess.end or guess.date).isoformat(), guess.precision
