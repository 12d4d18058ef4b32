"""Left by session 24: dates read the wrong way in the date reader (placeline.timex).

A title-case headline's past verb ("Floods Killed Three in Kerala on Saturday") had been read
as a name's word, the headline's date the coming Saturday; a "would never forget" whose
object is a clause ("the night the river burst its banks in Carlisle in February") had looked
ahead, next February."""

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


# -- 2. a "would" of memory with a long object is about the past ------------------------------

@pytest.mark.parametrize("text", [
    ("Ms Reid said she would never forget the night the river burst its banks in Xville in "
     "February."),
    "He said he would always remember what happened in Xville in February.",
    "She said she would never forget how the water poured into her home in Xville in February.",
    "He said he would never forget the morning that the floodwater reached Xville in February.",
    "They said they would never forget the floods that swept through Xville in February.",
    "The vicar said he would always recall the day the bridge at Xville fell in February.",
])
def test_a_long_object_remembered_is_past(text):
    assert _start(_guess("2024-11-20", text)) == "2024-02-01"


@pytest.mark.parametrize("text", [
    # what dates the remembering, a condition, another sense of "recall": still ahead
    ("The mayor said the town would remember the victims at a memorial service in Xville in "
     "February."),
    "He said voters would regret it if the council closed the library in Xville in February.",
    "The ministry said it would recall its ambassador from Xville in February.",
    "The bank said it would forgive the debts of farmers in Xville in February.",
    "She said the town would remember the day the new bridge is due to open in Xville in February.",
    "She said the council would reopen the library in Xville in February.",
])
def test_what_is_not_remembered_still_looks_ahead(text):
    assert _start(_guess("2024-11-20", text)) == "2025-02-01"


@pytest.mark.parametrize(("published", "text", "expected"), [
    ("2024-11-20", "A resident said he would never forget the floods in Xville in February.",
     "2024-02-01"),
    # Monday 2 December 2024: the Friday gone by, a day as a month
    ("2024-12-02", ("A resident said she'd never forget the night the water came into her home "
                    "in Xville on Friday."), "2024-11-29"),
])
def test_other_memories_are_past(published, text, expected):
    assert _start(_guess(published, text)) == expected
