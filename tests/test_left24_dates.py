"""Left by session 24: dates read the wrong way in the date reader (placeline.timex).

A title-case headline's past verb ("Floods Killed Three in Kerala on Saturday") had been read
as a name's word, the headline's date the coming Saturday; a "would never forget" whose
object is a clause ("the night the river burst its banks in Carlisle in February") had looked
ahead, next February; a company's "revenue rose in the third quarter" had been no date."""

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
    # a word the article does not write at all tells nothing, but a body told in the past
    # makes the headline's weekday the day gone by (fix 42: these two were pinned to the
    # coming Saturday, read as before)
    ("2024-10-17", "Floods Killed Three in Xville on Saturday\n\nHeavy rain fell.",
     "2024-10-12"),
    # a headline in sentence case was already read by its verbs
    ("2024-10-17", "Floods killed three in Xville on Saturday" + _BODY, "2024-10-12"),
    ("2024-10-17", "Floods Hit Xville Homes on Saturday" + _BODY, "2024-10-12"),
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


# -- 3. a year's quarter with no year: results, not a game's ----------------------------------

def _span(guess: DateGuess | None) -> tuple[str | None, str | None]:
    if guess is None or guess.date is None or guess.precision == "publication":
        return None, None
    return guess.date.isoformat(), guess.end.isoformat() if guess.end else None


_Q1, _Q3 = ("2024-01-01", "2024-03-31"), ("2024-07-01", "2024-09-30")


@pytest.mark.parametrize(("published", "text", "expected"), [
    # the report's year's quarter
    ("2024-10-24", "The Xville carmaker said its revenue rose 4% in the third quarter.", _Q3),
    ("2024-10-24", "Profits at the Xville plant fell sharply in the first quarter, it said.",
     _Q1),
    ("2024-10-24", "The Xville bank's margin widened by 40 basis points in the third quarter.",
     _Q3),
    ("2024-10-24", "Property prices in Xville rose 4.1% in the third quarter, data showed.",
     _Q3),
    ("2024-10-24", "The Xville firm expects sales to recover in the fourth quarter.",
     ("2024-10-01", "2024-12-31")),
    # a quarter ahead told in the past is last year's; one gone by said to come, next year's
    ("2025-02-12", "Xville's economy grew 0.3% in the fourth quarter, figures showed.",
     ("2024-10-01", "2024-12-31")),
    ("2024-12-10", "The Xville firm said it would return to profit in the first quarter.",
     ("2025-01-01", "2025-03-31")),
])
def test_a_quarter_of_results_is_the_year_s(published, text, expected):
    assert _span(_guess(published, text)) == expected


@pytest.mark.parametrize("text", [
    # a game's quarters, a fiscal year's, a century's, a meeting's, and a quarter whose
    # sentence speaks of no results: no date
    "Xville scored twice in the third quarter to win the game.",
    "Xville led 21-14 in the third quarter before the visitors came back.",
    "Xville's 12 points in the third quarter sealed the win.",
    "Apple said revenue in Xville rose in the fiscal first quarter.",
    "Sales at the Xville store rose in the third quarter of its financial year.",
    "The bridge in Xville was built in the first quarter of the century.",
    "Crime in Xville fell in the third quarter.",
    "Xville reached the quarter-finals.",
])
def test_other_quarters_stay_undated(text):
    assert _span(_guess("2024-10-24", text)) == (None, None)
