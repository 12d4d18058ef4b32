"""Left by session 24: dates read the wrong way in the date reader (placeline.timex).

A title-case headline's past verb ("Floods Killed Three in Kerala on Saturday") had been read
as a name's word, the headline's date the coming Saturday."""

from __future__ import annotations

import datetime as dt

import pytest

from placeline.dates import event_date
from placeline.models import DateGuess


def _guess(published: str, text: str, place: str = "Xville") -> DateGuess | None:
    start = text.index(place)
    return event_date(text, start, start + len(place), dt.date.fromisoformat(published))


def _start(guess: DateGuess | None) -> str | None:
    return None if guess is None or guess.date is None else guess.date.isoformat()


# -- 1. a title-case headline's past verb is a verb, as its article writes it ----------------

_BODY = ("\n\nHeavy rain killed three people and destroyed homes in Xville, officials said. "
         "Ministers met on Tuesday.")


@pytest.mark.parametrize(("published", "headline", "expected"), [
    # Thursday 17 October 2024: the Saturday gone by, not the one two days on
    ("2024-10-17", "Floods Killed Three in Xville on Saturday", "2024-10-12"),
    ("2024-10-17", "Landslide Destroyed Homes Near Xville on Saturday", "2024-10-12"),
    # a month in October's paper: the March gone by, not the next
    ("2024-10-16", "Floods Killed Three in Xville in March", "2024-03-01"),
])
def test_a_title_case_headline_told_in_the_past(published, headline, expected):
    assert _start(_guess(published, headline + _BODY)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # names stay names: the article writes "the Met Office", "Xville United" with capitals
    ("2024-10-15", ("Met Office Warns of Floods in Xville on Friday\n\nThe Met Office said "
                    "rain would fall. Ministers met on Tuesday."), "2024-10-18"),
    ("2024-10-17", ("Xville United Host Rovers on Saturday\n\nXville United have won "
                    "twice. Fans united behind the team."), "2024-10-19"),
    # a word the article does not write at all tells nothing: read as before
    ("2024-10-17", "Floods Killed Three in Xville on Saturday\n\nHeavy rain fell.",
     "2024-10-19"),
    # a headline in sentence case was already read by its verbs
    ("2024-10-17", "Floods killed three in Xville on Saturday" + _BODY, "2024-10-12"),
    ("2024-10-17", "Floods Hit Xville Homes on Saturday" + _BODY, "2024-10-19"),
])
def test_a_title_case_headline_keeps_its_names(published, text, expected):
    assert _start(_guess(published, text)) == expected
