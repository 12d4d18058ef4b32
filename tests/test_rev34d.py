"""Helper rev34d: the dating findings of review 34 (2, 3, 4, 11, 14, 16) — a time of day
before a noun after "by" a weekday, "to" where or how far read as an infinitive, a past
state whose end has gone by, a part of a month as a deadline or a span's end ahead, a
figure after two days joined by "and", and the refinement of a month's third decided by a
field. The review's inputs and variants of our own; Tuesday 23 September 2025's paper.
Each test fails on the old code (5225ee4) but those named "still" or "otherwise", guards of
what the fixes must keep."""

from __future__ import annotations

import datetime as dt

import pytest

from placeline import dates
from placeline.models import DateGuess
from placeline.timex import find_expressions
from tests.helpers import dated, span

TUE_23_SEP = dt.date(2025, 9, 23)


def _dated(text: str, name: str = "Kayes", published: dt.date = TUE_23_SEP):
    return dated(text, name, published)


def _day(day: int, month: int = 9) -> tuple:
    return dt.date(2025, month, day), None, "day"


def _from_the_report_to(day: int, month: int = 9) -> tuple:
    return TUE_23_SEP, dt.date(2025, month, day), "range"


# -- 2. "by <weekday> night/morning <noun>": the day's noun, no deadline ----------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Kayes will be hit by Thursday night thunderstorms, forecasters said.", _day(25)),
    ("The road to Kayes will be blocked by Friday morning traffic.", _day(26)),
    ("Kayes could be hit by Friday afternoon storms, forecasters warned.", _day(26)),
])
def test_a_time_of_day_before_a_noun_is_no_deadline(text, expected) -> None:
    assert span(_dated(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The road to Kayes will be reopened by Monday night.", _from_the_report_to(29)),
    ("The road to Kayes will be reopened by Monday night and the bridge by Tuesday.",
     _from_the_report_to(29)),
    ("The market in Kayes will be closed by Friday midday.", _from_the_report_to(26)),
    ("The road to Kayes will be repaired by Friday.", _from_the_report_to(26)),
    ("Kayes was hit by Thursday night storms.", _day(18)),  # (a past account's day)
])
def test_a_time_of_day_with_no_noun_is_still_a_deadline(text, expected) -> None:
    assert span(_dated(text)) == expected


# -- 3. "to" where or how far after a verb of motion or change: no infinitive -----------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The river swelled to dangerous levels at Kayes by the 20th.", _day(20)),
    ("Residents were moved back to nearby schools in Kayes by the 20th.", _day(20)),
    ("Families fled to higher ground in Kayes by Friday.", _day(19)),
    ("Water levels rose to record heights in Kayes by Friday.", _day(19)),
    ("Residents were moved to nearby schools in Kayes by Friday.", _day(19)),
    ("According to officials, the river in Kayes had crested by Friday.", _day(19)),
])
def test_to_where_or_how_far_keeps_a_past_account_s_day(text, expected) -> None:
    assert span(_dated(text)) == expected


def test_to_where_keeps_a_past_account_s_month() -> None:
    text = "The river in Kayes fell to safer levels by the end of the month."
    assert span(_dated(text)) == (dt.date(2025, 9, 1), dt.date(2025, 9, 30), "month")


@pytest.mark.parametrize(("text", "expected"), [
    ("Residents of Kayes were told to leave by Friday.", _from_the_report_to(26)),
    ("Residents of Kayes were told to leave by the 30th.", _from_the_report_to(30)),
    ("Officials in Kayes moved quickly to seal off the road by Friday.",
     _from_the_report_to(26)),
    ("Families fled to higher ground in Kayes and were told to stay by Friday.",
     _from_the_report_to(26)),
])
def test_an_infinitive_still_looks_ahead(text, expected) -> None:
    assert span(_dated(text)) == expected


# -- 4. a state told in the past whose end has gone by: its end ------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Schools in Kayes were closed until September 15.", _day(15)),
    ("Flights to Kayes were suspended until September 15, when the airport reopened.",
     _day(15)),
    ("The market in Kayes was shut through 9/15.", _day(15)),
    ("Schools in Kayes were closed until 15 September 2025.", _day(15)),
])
def test_a_past_state_s_end_gone_by_is_its_day(text, expected) -> None:
    assert span(_dated(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The market in Kayes was shut through 10/15.", _from_the_report_to(15, 10)),
    # a state told in the past may still hold to its end: not last October's
    ("The market in Kayes was shut through October 15.", _from_the_report_to(15, 10)),
])
def test_a_past_state_s_end_ahead_is_the_span_to_it(text, expected) -> None:
    assert span(_dated(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Schools in Kayes were closed until October 15.", _from_the_report_to(15, 10)),
    ("Flights to Kayes were suspended until October 3.", _from_the_report_to(3, 10)),
])
def test_a_past_state_s_end_ahead_is_still_the_span_to_it(text, expected) -> None:
    assert span(_dated(text)) == expected


# -- 11. a part of a month as a deadline or a span's end ahead: from the report ---------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The dam at Kayes will be finished by the end of October.", _from_the_report_to(31, 10)),
    ("The dam at Kayes will be finished by late October.", _from_the_report_to(31, 10)),
    ("The dam at Kayes will be finished by late October 2025.", _from_the_report_to(31, 10)),
    ("Schools in Kayes will stay closed until late October.", _from_the_report_to(31, 10)),
    ("Schools in Kayes will stay closed until mid-October.", _from_the_report_to(20, 10)),
    ("The dam at Kayes will be finished by late September.", _from_the_report_to(30)),
])
def test_a_part_of_a_month_ahead_after_by_or_until_runs_from_the_report(text, expected) -> None:
    assert span(_dated(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The dam at Kayes will be finished in late October.",
     (dt.date(2025, 10, 21), dt.date(2025, 10, 31), "range")),
    ("The dam at Kayes was finished by late August.",
     (dt.date(2025, 8, 21), dt.date(2025, 8, 31), "range")),
    ("Schools in Kayes were closed until late August.",
     (dt.date(2025, 8, 21), dt.date(2025, 8, 31), "range")),
    ("Rain in Kayes through the end of August was heavy.",
     (dt.date(2025, 8, 21), dt.date(2025, 8, 31), "range")),
])
def test_a_part_of_a_month_otherwise_stays_its_third(text, expected) -> None:
    assert span(_dated(text)) == expected


# -- 14. two days joined by "and" before a figure that goes on: one day ----------------------

@pytest.mark.parametrize("text", [
    "Floods hit Kayes on September 1 and 2,000 people fled.",
    "Floods hit Kayes on September 1 and 2.5 metres of water rose.",
])
def test_a_figure_after_and_is_no_second_day(text) -> None:
    assert span(_dated(text)) == _day(1)


@pytest.mark.parametrize("text", [
    "Floods hit Kayes on September 1 and 20,000 people fled.",
    "Floods hit Kayes on Sept. 1 and Oct. 2,000 people fled.",
])
def test_a_longer_figure_after_and_is_still_no_second_day(text) -> None:
    assert span(_dated(text)) == _day(1)


@pytest.mark.parametrize("text", [
    "Floods hit Kayes on September 1 and 2.",
    "Floods hit Kayes on September 1 and 2, 2025.",
])
def test_two_days_in_a_row_are_still_their_range(text) -> None:
    assert span(_dated(text)) == (dt.date(2025, 9, 1), dt.date(2025, 9, 2), "range")


# -- 16. a month's third is refined by a field, not by its evidence's wording ----------------

def test_a_month_s_third_is_marked_by_a_field() -> None:
    guess = _dated("Floods swept through Kayes in late August.")
    assert guess.month_third and span(guess) == (
        dt.date(2025, 8, 21), dt.date(2025, 8, 31), "range")
    deadline = _dated("The dam at Kayes will be finished by late October.")
    assert not deadline.month_third


def test_refinement_does_not_read_the_evidence() -> None:
    """A range whose evidence reads like a third's is not refined; a third worded otherwise
    is."""
    day = dt.date(2025, 8, 28)
    text = "Kayes reported its first case on the 28th."
    same_clause = [e for e in find_expressions(text) if "28th" in e.text]
    assert same_clause
    looks_like_one = DateGuess(dt.date(2025, 8, 21), "relative", 0.8,
                               "late August (a third of the month: the 21st to the 31st)",
                               end=dt.date(2025, 8, 31), precision="range")
    assert dates._refined(looks_like_one, same_clause, text, TUE_23_SEP) == looks_like_one
    third = DateGuess(dt.date(2025, 8, 21), "relative", 0.8, "late August",
                      end=dt.date(2025, 8, 31), precision="range", month_third=True)
    assert dates._refined(third, same_clause, text, TUE_23_SEP).date == day
