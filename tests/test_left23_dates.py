"""Left by audit 23: dates read the wrong way in the date reader (placeline.timex).

A capitalised "Met" (the Met Office) had made a clause a past account; a trial "delayed from 4
March to 18 March" had been dated over both days, not the day it was moved to; "would never forget the floods in February" next February; "would reopen in Q1" in December
the year's Q1, nine months gone; opening hours, "open Monday through Friday", the coming
week's days."""

from __future__ import annotations

import datetime as dt

import pytest

from placeline.dates import event_date
from placeline.models import DateGuess


def _guess(published: str, text: str, place: str = "Xville") -> DateGuess | None:
    start = text.index(place)
    return event_date(text, start, start + len(place), dt.date.fromisoformat(published))


def _span(guess: DateGuess | None) -> tuple[str | None, str | None]:
    if guess is None or guess.date is None:
        return None, None
    return guess.date.isoformat(), guess.end.isoformat() if guess.end else None


# -- 2. a past form in capitals is a name's: "the Met Office", "Leeds United" ----------------

@pytest.mark.parametrize(("published", "text", "expected"), [
    # Tuesday 15 October 2024: the coming Friday, not the one gone by
    ("2024-10-15", "Heavy rain hits Xville on Friday, the Met Office says.", "2024-10-18"),
    ("2024-10-15", "The Met Office warns of flooding in Xville on Friday.", "2024-10-18"),
    ("2024-10-15", "A Met Office amber warning is in force for Xville on Friday.", "2024-10-18"),
    # Thursday 17 October: the nearer Saturday, two days on
    ("2024-10-17", "Xville United host Rovers on Saturday.", "2024-10-19"),
    # a month in November's paper: this December, not last
    ("2024-11-05", "The Met Office has a yellow warning in place for Xville in December.",
     "2024-12-01"),
])
def test_a_past_form_in_capitals_is_a_name(published, text, expected):
    assert _span(_guess(published, text))[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the verb itself still tells the past, in lower case or opening its clause
    ("Ministers met in Xville on Friday.", "2024-10-11"),
    ("The Met Office said heavy rain fell in Xville on Friday.", "2024-10-11"),
    ("Met by protesters in Xville on Friday, the minister left early.", "2024-10-11"),
    ("Xville United lost to Rovers on Saturday.", "2024-10-12"),
])
def test_a_past_verb_still_tells_the_past(text, expected):
    assert _span(_guess("2024-10-15", text))[0] == expected


# -- 1. what was delayed, adjourned or pushed back is dated by the day it was moved to -------

@pytest.mark.parametrize(("published", "text", "expected"), [
    ("2024-03-01", ("The trial in Xville was delayed from 4 March to 18 March after a witness "
                    "fell ill."), "2024-03-18"),
    ("2024-04-20", "The inquest in Xville was adjourned from 5 May to 12 June.", "2024-06-12"),
    ("2024-04-20", "His sentencing in Xville was adjourned from 5 May to 12 June.", "2024-06-12"),
    ("2024-04-20", "The court in Xville adjourned the hearing from 5 May to 12 June.",
     "2024-06-12"),
    # Wednesday 6 March: a verb that only reschedules moves any subject, a pronoun too
    ("2024-03-06", "It was pushed back from Monday to Thursday, officials in Xville said.",
     "2024-03-07"),
    ("2024-03-06", "The verdict in Xville was postponed from Monday to Thursday.", "2024-03-07"),
    ("2024-03-06", "Talks in Xville were delayed from Monday to Thursday.", "2024-03-07"),
])
def test_what_was_moved_is_dated_by_its_new_day(published, text, expected):
    assert _span(_guess(published, text)) == (expected, None)


@pytest.mark.parametrize(("published", "text", "expected"), [
    # what was done over the days stays a range: delays caused, people moved, a sitting
    ("2024-03-01", "Fog delayed flights at Xville airport from Monday to Wednesday.",
     ("2024-02-26", "2024-02-28")),
    ("2024-03-06", "Trains in Xville were delayed from Monday to Wednesday by the strike.",
     ("2024-03-04", "2024-03-06")),
    ("2024-03-06", "Residents of Xville were moved from Monday to Wednesday.",
     ("2024-03-04", "2024-03-06")),
    ("2024-04-20", "The court in Xville sat from 5 May to 12 June.", ("2024-05-05", "2024-06-12")),
    ("2024-04-20", "The festival in Xville runs from 5 May to 12 May.",
     ("2024-05-05", "2024-05-12")),
])
def test_what_lasted_over_the_days_is_still_a_range(published, text, expected):
    assert _span(_guess(published, text)) == expected


# -- 3. a "would" of memory or regret is about the past ---------------------------------------

@pytest.mark.parametrize(("published", "text", "expected"), [
    # November and December papers: last February, not the next (three months on)
    ("2024-11-15", "A resident of Xville said he would never forget the floods in February.",
     "2024-02-01"),
    ("2024-12-02", "A resident of Xville said he'd never forget the floods in February.",
     "2024-02-01"),
    ("2024-11-15", "The mayor of Xville said she would always remember the storm in February.",
     "2024-02-01"),
    ("2024-11-15", "Farmers in Xville said they would regret the decision in February.",
     "2024-02-01"),
    # Monday 2 December: the Friday gone by
    ("2024-12-02", "A resident of Xville said he would never forget the floods on Friday.",
     "2024-11-29"),
])
def test_a_would_of_memory_is_about_the_past(published, text, expected):
    assert _span(_guess(published, text))[0] == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # a memorial to come, and "would" of what is to come, still look ahead
    ("2024-11-15", ("The mayor of Xville said the town would remember the victims at a "
                    "service in February."), "2025-02-01"),
    ("2024-11-15", "The mayor of Xville said the bridge would reopen in February.",
     "2025-02-01"),
    ("2024-12-02", "Officials in Xville said the road would reopen on Friday.", "2024-12-06"),
])
def test_a_would_of_what_is_to_come_still_looks_ahead(published, text, expected):
    assert _span(_guess(published, text))[0] == expected


# -- 4. a quarter said to come, over in the report's year, is next year's ---------------------

@pytest.mark.parametrize(("published", "text", "expected"), [
    ("2024-12-10", "The plant in Xville would reopen in Q1, the company said.",
     ("2025-01-01", "2025-03-31")),
    ("2024-11-10", "The company said the plant in Xville would reopen in Q1.",
     ("2025-01-01", "2025-03-31")),
])
def test_a_quarter_said_to_come_is_next_years(published, text, expected):
    assert _span(_guess(published, text)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # a quarter told as done, written with its year, or results reported after it
    ("2024-12-10", "The plant in Xville reopened in Q1, the company said.",
     ("2024-01-01", "2024-03-31")),
    ("2024-12-10", "The plant in Xville would reopen in Q1 2024, the company said in March.",
     ("2024-01-01", "2024-03-31")),
    ("2024-08-10", "The firm said it would report its results for Q2 from Xville.",
     ("2024-04-01", "2024-06-30")),
    # further than three months on, "would" governs another verb as often as not (as a
    # month's does: `SAID_AHEAD_MONTHS`)
    # (audit 33: not "would reopen by Q2", the verb's own quarter, now next year's —
    # `timex._its_own_verb_s`; dates59: nor "would audit the plant in Xville by Q2", a
    # facility's, whose quarter is the verb's too: the quarter must date the noun's event)
    ("2024-12-10", "The company said it would investigate the fire at the plant in Xville in Q2.",
     ("2024-04-01", "2024-06-30")),
    ("2024-08-10", "The firm said the plant in Xville would reopen in Q4.",
     ("2024-10-01", "2024-12-31")),
])
def test_a_quarter_gone_or_named_stays(published, text, expected):
    assert _span(_guess(published, text)) == expected


# -- 5. opening hours are a habit, no dated range ---------------------------------------------

@pytest.mark.parametrize("text", [
    "The library in Xville is open Monday through Friday.",
    "The centre in Xville is open Monday to Friday, 9am-5pm.",
    "The Xville office is open 9am to 5pm, Monday to Friday.",
    "The Xville office is open Monday to Friday 09:00-17:00.",
    "Opening hours at the Xville museum are Monday-Friday 10am-4pm.",
    "The helpline for Xville residents will be staffed from Monday to Friday, 8.30am to 6pm.",
    "The Xville tip is usually open Tuesday to Sunday.",
])
def test_opening_hours_date_nothing(text):
    """Wednesday 16 October: not the coming Monday to Friday; the story's date stands."""
    guess = _guess("2024-10-16", text)
    assert guess is None or guess.end is None and guess.evidence == "publication date"


@pytest.mark.parametrize(("text", "expected"), [
    # a week named (audit 22), days gone by, what runs or will be open once
    ("The road in Xville will be closed Monday through Friday next week.",
     ("2024-10-21", "2024-10-25")),
    ("The centre in Xville is open Monday to Friday next week, 9am-5pm.",
     ("2024-10-21", "2024-10-25")),
    ("Protests in Xville ran from Monday to Friday.", ("2024-10-14", "2024-10-18")),
    ("The rest centre in Xville was open from Monday to Wednesday.",
     ("2024-10-14", "2024-10-16")),
    ("The festival in Xville runs from Friday to Sunday.", ("2024-10-18", "2024-10-20")),
    ("A rest centre in Xville will be open from Thursday to Sunday for evacuees.",
     ("2024-10-17", "2024-10-20")),
    # figures that are no hours
    ("Between Monday and Friday, 10 to 20 cm of snow is expected in Xville.",
     ("2024-10-21", "2024-10-25")),
])
def test_a_range_of_one_week_is_still_dated(text, expected):
    assert _span(_guess("2024-10-16", text)) == expected
