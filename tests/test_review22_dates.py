"""Review 22, dates: what was said to come later in the report's year stays in it (item 1); a
day-first range over more than a year keeps its days, and its own "from" looks ahead as one
before it does (item 2); a closure told in the present is of the days gone by where its
weekday dates a cause, an event after which it lasts, or a weekend under way (item 4); "the
15th of the month" after a present passive is a habit, no day (item 9)."""

from __future__ import annotations

import datetime as dt

import pytest

from placeline.dates import event_date
from tests.helpers import iso_span
from tests.test_audit19_dates import _guess

# -- item 1: "said … would … in July" in February is this July --------------------------------


@pytest.mark.parametrize("published, sentence, expected", [
    # the review's: last year's month since ed8ba5f (more than three months on)
    ("2024-02-15", "The mayor said the bridge in Xville would reopen in July.",
     ("2024-07-01", "2024-07-31", "month")),
    ("2024-01-20", "The council said the Xville pool would open in June.",
     ("2024-06-01", "2024-06-30", "month")),
    ("2024-03-10", "Officials said the Xville bridge would reopen in September.",
     ("2024-09-01", "2024-09-30", "month")),
    ("2024-05-10", "Officials said the Xville bridge would reopen in October.",
     ("2024-10-01", "2024-10-31", "month")),
    ("2024-06-10", "She said the Xville festival would return in November.",
     ("2024-11-01", "2024-11-30", "month")),
    ("2024-06-10", "She said the Xville festival would return in late November.",
     ("2024-11-21", "2024-11-30", "range")),  # (its last third: dates62)
    # as before: three months on, and into the next year up to three months (ed8ba5f)
    ("2024-05-10", "Officials said the Xville bridge would reopen in August.",
     ("2024-08-01", "2024-08-31", "month")),
    ("2024-12-10", "Officials said the bridge in Xville would reopen in January.",
     ("2025-01-01", "2025-01-31", "month")),
])
def test_what_was_said_to_come_later_this_year_is_this_year_s(published, sentence, expected):
    assert iso_span(_guess(published, sentence)) == expected


# -- item 2: a day-first range over more than a year; its own "from" --------------------------

APR02 = "2024-04-02"


@pytest.mark.parametrize("sentence, expected", [
    # the review's: the publication date since 5906eac (a range over 366 days is none, and
    # its two days were no longer read apart); the nearer day to the place, as before
    ("He lived in Xville from 5 May 1990 to 12 June 2001.", "1990-05-05"),
    ("Xville was occupied from 10 May 1940 to 5 May 1945.", "1940-05-10"),
    ("Xville was occupied between 10 May 1940 and 5 May 1945.", "1940-05-10"),
    ("The Xville war lasted from 5 May 2022 to 12 June 2023.", "2022-05-05"),
    ("From 5 May 2022 to 12 June 2023 the war raged, and Xville fell.", "2023-06-12"),
    # month first the same (lost before 5906eac too)
    ("He lived in Xville from May 5, 1990 to June 12, 2001.", "1990-05-05"),
    # ends out of order are no range either
    ("Xville was occupied from 12 June 2001 to 5 May 1990.", "2001-06-12"),
])
def test_a_range_over_a_year_keeps_its_days(sentence, expected):
    guess = _guess(APR02, sentence)
    assert (guess.date.isoformat(), guess.end, guess.precision) == (expected, None, "day"), guess


def test_each_mention_keeps_its_nearer_day():
    """The review's end to end (feed.jsonl row 4): two events, 1941 and 1943, as before 5906eac;
    one, the publication's, since."""
    text = ("Kharkiv was occupied from 24 October 1941 to 23 August 1943, the museum in Kharkiv "
            "recalls.")
    published = dt.date.fromisoformat(APR02)
    dates = [event_date(text, at, at + len("Kharkiv"), published).date.isoformat()
             for at in (text.index("Kharkiv"), text.rindex("Kharkiv"))]
    assert dates == ["1941-10-24", "1943-08-23"]


@pytest.mark.parametrize("sentence, expected", [
    # the review's: last year's range since 5906eac took "from" into the expression's text,
    # where "from" before a day had kept a past account's day near publication (5 May 2024).
    # What was adjourned or delayed is now the day it was moved to (left by audit 23:
    # tests/test_left23_dates.py), in that year still
    ("The Xville trial was adjourned from 5 May to 12 June.", ("2024-06-12", None)),
    ("The Xville trial was delayed from 5 May to 12 June.", ("2024-06-12", None)),
    ("The Xville trial was pushed from 5 May to 12 June.", ("2024-05-05", "2024-06-12")),
    # as month first, which kept "from" outside its text
    ("The Xville trial was adjourned from May 5 to June 12.", ("2024-06-12", None)),
    # and so for one month, day first
    ("The Xville trial was adjourned from 5 to 12 May.", ("2024-05-12", None)),
    ("The Xville trial was held from 5 to 12 May.", ("2024-05-05", "2024-05-12")),
])
def test_a_range_s_own_from_reads_as_one_before_it(sentence, expected):
    guess = _guess(APR02, sentence)
    assert (guess.date.isoformat(), guess.end and guess.end.isoformat()) == expected, guess


# -- item 4: a closure told in the present, of days gone by ----------------------------------

WED13 = "2024-03-13"


@pytest.mark.parametrize("published, sentence, expected", [
    # the review's: the coming days since 8250315. A range under way, its last day the paper's
    # (Sunday 17 March): this weekend, not the next
    ("2024-03-17", "Roads in Xville are closed from Saturday to Sunday for the marathon.",
     ("2024-03-16", "2024-03-17", "range")),
    ("2024-03-16", "Roads in Xville are closed from Saturday to Sunday for the marathon.",
     ("2024-03-16", "2024-03-17", "range")),
    ("2024-03-14", "The bridge in Xville remains closed from Monday to Friday.",
     ("2024-03-11", "2024-03-15", "range")),
    # a count of days, or an event it lasts after
    (WED13, "Schools in Xville are closed for a second day on Tuesday.",
     ("2024-03-12", "2024-03-12", "day")),
    (WED13, "Schools in Xville are still closed on Tuesday, a day after the quake.",
     ("2024-03-12", "2024-03-12", "day")),
    (WED13, "Roads in Xville remain closed on Monday, two days after the storm.",
     ("2024-03-11", "2024-03-11", "day")),
    (WED13, "Xville: roads are closed on Saturday after crash",
     ("2024-03-09", "2024-03-09", "day")),
    # the weekday of a cause: "for", "over", "due to" before it
    (WED13, "The Xville striker is suspended for a foul on Saturday.",
     ("2024-03-09", "2024-03-09", "day")),
    (WED13, "His Xville account is suspended over a post on Monday.",
     ("2024-03-11", "2024-03-11", "day")),
    (WED13, "Schools in Xville are closed over a shooting on Saturday.",
     ("2024-03-09", "2024-03-09", "day")),
    (WED13, "Roads in Xville are closed due to storms on Monday.",
     ("2024-03-11", "2024-03-11", "day")),
    (WED13, "Xville's mayor is banned from office for fraud on Monday.",
     ("2024-03-11", "2024-03-11", "day")),
    # "again": a closure told of again, as before 8250315
    (WED13, "Xville's border crossing is closed again on Sunday night.",
     ("2024-03-10", "2024-03-10", "day")),
])
def test_a_closure_of_days_gone_by_stays_past(published, sentence, expected):
    assert iso_span(_guess(published, sentence)) == expected


@pytest.mark.parametrize("published, sentence, expected", [
    # 8250315's, kept: the coming days
    (WED13, "Roads in Xville are closed from Saturday to Sunday for the marathon.",
     ("2024-03-16", "2024-03-17", "range")),
    (WED13, "Roads in Xville are closed on Saturday.", ("2024-03-16", "2024-03-16", "day")),
    (WED13, "Trains to Xville are cancelled on Monday.", ("2024-03-18", "2024-03-18", "day")),
    # a weekend gone by on Monday: the next
    ("2024-03-18", "Roads in Xville are closed from Saturday to Sunday for the marathon.",
     ("2024-03-23", "2024-03-24", "range")),
    # "for" what is planned, no cause
    (WED13, "Roads in Xville are closed for the marathon on Sunday.",
     ("2024-03-17", "2024-03-17", "day")),
    (WED13, "The A1 near Xville is closed for repairs on Saturday.",
     ("2024-03-16", "2024-03-16", "day")),
    (WED13, "The Xville striker is suspended for the match on Saturday.",
     ("2024-03-16", "2024-03-16", "day")),
    # "after" a time of day is no event gone by
    (WED13, "Roads in Xville are closed on Saturday after midnight.",
     ("2024-03-16", "2024-03-16", "day")),
])
def test_a_closure_told_in_the_present_still_looks_ahead(published, sentence, expected):
    assert iso_span(_guess(published, sentence)) == expected


# -- item 9: "the 15th of the month" of a habit ----------------------------------------------

APR20 = "2024-04-20"


@pytest.mark.parametrize("sentence", [
    # the review's: 15 April since 5e1f8e6 (the last 15th before the past "protested")
    "Xville residents, who are paid on the 15th of the month, protested.",
    # a present passive or state right before it, or a word of habit
    "Xville residents are paid on the 15th of the month.",
    "Xville residents get paid on the 15th of the month.",
    "Rent in Xville is due on the 1st of the month.",
    "Bins in Xville are usually collected on the 4th of the month.",
    "Xville's council normally meets on the 4th of the month.",
    "Xville residents are paid on the 15th day of the month.",
])
def test_the_nth_of_the_month_of_a_habit_is_no_day(sentence):
    guess = _guess(APR20, sentence)
    assert guess.method == "fallback" and guess.date.isoformat() == APR20, guess


@pytest.mark.parametrize("sentence, expected", [
    # 5e1f8e6's, kept: one occasion
    ("Parliament in Xville votes on the fourth of the month.", "2024-05-04"),
    ("The Xville vote is scheduled on the 25th of the month.", "2024-04-25"),
    ("Xville was flooded on the fourth of the month.", "2024-04-04"),
    # a month named: its day, habit or not
    ("Xville residents are paid on the 25th of this month.", "2024-04-25"),
])
def test_the_nth_of_the_month_of_one_occasion_is_a_day(sentence, expected):
    guess = _guess(APR20, sentence)
    assert (guess.date.isoformat(), guess.end, guess.precision) == (expected, None, "day"), guess
