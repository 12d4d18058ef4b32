"""Helper dates62: dating items left over from the thirty-sixth session — a part of a month
told alone ("late August"), a deadline "by" a weekday or an ordinal day, "to" before a
place's name read as an infinitive, two days listed with "and", and (pins, already held) a
count after a forward-looking weekday. Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import dated, span

TUE_23_SEP = dt.date(2025, 9, 23)
WED_4_JUN = dt.date(2025, 6, 4)


# -- 1. a part of a month with no day: its third, as "late 2023" is a third of the year -------

@pytest.mark.parametrize(("text", "expected"), [
    ("Floods swept through Kayes in late August.",
     (dt.date(2025, 8, 21), dt.date(2025, 8, 31), "range")),
    ("Floods swept through Kayes in early March.",
     (dt.date(2025, 3, 1), dt.date(2025, 3, 10), "range")),
    ("Floods swept through Kayes in mid-July.",
     (dt.date(2025, 7, 11), dt.date(2025, 7, 20), "range")),
    ("Floods swept through Kayes at the end of June.",
     (dt.date(2025, 6, 21), dt.date(2025, 6, 30), "range")),
    ("Floods swept through Kayes at the start of May.",
     (dt.date(2025, 5, 1), dt.date(2025, 5, 10), "range")),
    ("Floods swept through Kayes in the middle of April.",
     (dt.date(2025, 4, 11), dt.date(2025, 4, 20), "range")),
    # with its year, before the month's name or in it
    ("Floods swept through Kayes in late August 2023.",
     (dt.date(2023, 8, 21), dt.date(2023, 8, 31), "range")),
    ("Floods swept through Kayes in early February of 2024.",
     (dt.date(2024, 2, 1), dt.date(2024, 2, 10), "range")),
    # the last third ends with its month: February of a leap year
    ("Floods swept through Kayes in late February 2024.",
     (dt.date(2024, 2, 21), dt.date(2024, 2, 29), "range")),
])
def test_a_part_of_a_month_alone_is_its_third(text, expected) -> None:
    assert span(dated(text, "Kayes", TUE_23_SEP)) == expected


def test_a_part_of_a_month_looks_ahead_as_its_month_does() -> None:
    text = "Officials said the bridge at Kayes would reopen in early November."
    assert span(dated(text, "Kayes", TUE_23_SEP)) == (
        dt.date(2025, 11, 1), dt.date(2025, 11, 10), "range")


@pytest.mark.parametrize(("text", "expected"), [
    # a part of a year as before: a third of it
    ("Floods swept through Kayes in late 2023.",
     (dt.date(2023, 9, 1), dt.date(2023, 12, 31), "range")),
    # a month alone, or a range of months, as before
    ("Floods swept through Kayes in August.",
     (dt.date(2025, 8, 1), dt.date(2025, 8, 31), "month")),
    ("Floods swept through Kayes from late June to early August.",
     (dt.date(2025, 6, 1), dt.date(2025, 8, 31), "range")),
    # a day of the clause inside the third still gives the day
    ("Floods swept through Kayes in late August, on August 25.",
     (dt.date(2025, 8, 25), None, "day")),
])
def test_what_is_no_part_of_a_month_is_as_before(text, expected) -> None:
    assert span(dated(text, "Kayes", TUE_23_SEP)) == expected


def test_a_count_since_a_part_of_a_month_still_runs_to_the_report() -> None:
    text = "More than 40,000 people have been displaced around Kayes since late August."
    assert span(dated(text, "Kayes", TUE_23_SEP)) == (
        dt.date(2025, 8, 21), TUE_23_SEP, "range")


# -- 2. a deadline "by" a weekday or an ordinal day still ahead: from the report to it --------

@pytest.mark.parametrize(("text", "end"), [
    ("The road to Kayes will be reopened by Friday.", dt.date(2025, 9, 26)),
    ("The road to Kayes will be rebuilt by Friday.", dt.date(2025, 9, 26)),
    ("Engineers said the dyke at Kayes would be repaired by Monday night.",
     dt.date(2025, 9, 29)),
    ("Residents of Kayes were ordered to leave by Friday.", dt.date(2025, 9, 26)),
    ("The dyke at Kayes must be repaired by Friday.", dt.date(2025, 9, 26)),
    ("The road to Kayes will be reopened by the 15th.", dt.date(2025, 10, 15)),
])
def test_a_deadline_by_a_day_ahead_runs_from_the_report(text, end) -> None:
    assert span(dated(text, "Kayes", TUE_23_SEP)) == (TUE_23_SEP, end, "range")


@pytest.mark.parametrize(("text", "expected"), [
    # a past account's "by": when it was done, as before
    ("Residents had left Kayes by Friday.", (dt.date(2025, 9, 19), None, "day")),
    ("The road to Kayes had been reopened by the 15th.", (dt.date(2025, 9, 15), None, "day")),
    # who did it, not a deadline
    ("The march in Kayes was followed by Friday prayers.", (dt.date(2025, 9, 19), None, "day")),
    # a deadline a past account tells of, already gone by: the day, as before
    ("Residents of Kayes were ordered to leave by Sunday.",
     (dt.date(2025, 9, 21), None, "day")),
])
def test_what_is_no_deadline_ahead_keeps_its_day(text, expected) -> None:
    assert span(dated(text, "Kayes", TUE_23_SEP)) == expected


# -- 4. "to" before a place's name is no infinitive ------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # a past account: the month the crest came, not the report's date to its end
    ("The crest moved downstream to Kayes by the end of the month.",
     (dt.date(2025, 9, 1), dt.date(2025, 9, 30), "month")),
    # a past account's "by Friday" is the Friday gone by, not the coming one
    ("Thousands were evacuated to Kayes by Friday.", (dt.date(2025, 9, 19), None, "day")),
    ("Thousands were evacuated to the stadium in Kayes by Friday.",
     (dt.date(2025, 9, 19), None, "day")),
])
def test_to_before_a_name_or_an_article_is_no_infinitive(text, expected) -> None:
    assert span(dated(text, "Kayes", TUE_23_SEP)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state in force, or told in the past but maybe still holding: its span, as before
    ("Flights to Kayes are suspended until October 3.",
     (TUE_23_SEP, dt.date(2025, 10, 3), "range")),
    ("Flights to Kayes were suspended until October 3.",
     (TUE_23_SEP, dt.date(2025, 10, 3), "range")),
    # an infinitive's verb still looks ahead
    ("Residents were told to leave Kayes by the end of the month.",
     (TUE_23_SEP, dt.date(2025, 9, 30), "range")),
])
def test_what_looks_ahead_or_holds_is_as_before(text, expected) -> None:
    assert span(dated(text, "Kayes", TUE_23_SEP)) == expected


# -- 5. two days listed with "and": two days, the first dating the clause --------------------

@pytest.mark.parametrize("text", [
    "Floods hit Kayes on September 2 and 12.",
    "Floods hit Kayes on 2 and 12 September.",
    "Floods hit Kayes on Sept. 2 and Sept. 12.",
    "Floods hit Kayes on the 2nd and 12th.",
])
def test_two_days_listed_are_not_the_span_between(text) -> None:
    assert span(dated(text, "Kayes", TUE_23_SEP)) == (dt.date(2025, 9, 2), None, "day")


@pytest.mark.parametrize("text", [
    "Floods hit Kayes between September 2 and 12.",
    "Floods hit Kayes between 2 and 12 September.",
    "Floods hit Kayes from 2 to 12 September.",
    "Floods hit Kayes on September 2-12.",
])
def test_a_span_of_days_is_as_before(text) -> None:
    assert span(dated(text, "Kayes", TUE_23_SEP)) == (
        dt.date(2025, 9, 2), dt.date(2025, 9, 12), "range")


def test_two_days_in_a_row_are_their_range() -> None:
    text = "Ministers meet in Kayes on 24 and 25 September."
    assert span(dated(text, "Kayes", TUE_23_SEP)) == (
        dt.date(2025, 9, 24), dt.date(2025, 9, 25), "range")


# -- 6. (a pin: held before) a count after a forward-looking weekday follows its reading -----

@pytest.mark.parametrize("text", [
    "Hydrologists said the crest would reach Ansongo on Friday, and Kayes two days later.",
    "The crest would reach Ansongo on Friday. Two days later, it would reach Kayes.",
])
def test_a_count_after_a_weekday_ahead_counts_from_that_day(text) -> None:
    assert span(dated(text, "Kayes", TUE_23_SEP)) == (dt.date(2025, 9, 28), None, "day")


# -- 3. (left) a year before 1900 stays refused, flagged --------------------------------------

def test_a_year_before_1900_is_still_refused_and_flagged() -> None:
    guess = dated("Similar slides struck Kayes in 1893.", "Kayes", WED_4_JUN)
    assert (guess.date, guess.precision) == (None, "unknown")  # (no date since audit 37)
    assert "1893" in guess.flag
