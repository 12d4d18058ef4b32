"""Helper dates60: dating findings from a flood story followed day by day — counts "since"
a day, deadlines still to come, forecasts "by the weekend" and "a week later", "the last
week of the month" in a round-up, years used as a noun's modifier, and the day a story was
published in a correction. Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import dated, span

MON_22_SEP = dt.date(2025, 9, 22)
THU_2_OCT = dt.date(2025, 10, 2)
WED_3_SEP = dt.date(2025, 9, 3)


# -- 2. deadlines still to come: from the report's date to the deadline --

@pytest.mark.parametrize(("text", "end"), [
    ("Hydrologists said the crest would reach Lokoja by the end of the month.",
     dt.date(2025, 9, 30)),
    ("The ferry to Lokoja will run again by the end of the week.", dt.date(2025, 9, 28)),
    ("The road to Lokoja will be rebuilt by the end of the year.", dt.date(2025, 12, 31)),
    ("The agency asked for funds to keep its clinics in Lokoja open to the end of the year.",
     dt.date(2025, 12, 31)),
    ("The road to Lokoja will be rebuilt by 15 November.", dt.date(2025, 11, 15)),
    ("The road to Lokoja will be rebuilt by November 15.", dt.date(2025, 11, 15)),
    ("The road to Lokoja will be rebuilt by 15/11.", dt.date(2025, 11, 15)),
])
def test_a_deadline_ahead_runs_from_the_report_to_it(text, end) -> None:
    assert span(dated(text, "Lokoja", MON_22_SEP)) == (MON_22_SEP, end, "range")


@pytest.mark.parametrize(("text", "expected"), [
    # a past account keeps the month; a time at the month's end is the month, as before
    ("The water in Lokoja had receded by the end of the month.",
     (dt.date(2025, 9, 1), dt.date(2025, 9, 30), "month")),
    ("The new bridge in Lokoja will open at the end of the month.",
     (dt.date(2025, 9, 1), dt.date(2025, 9, 30), "month")),
    # "by" a day in a past account tells when: the day, as before (fix 49)
    ("Floodwater in Lokoja receded by September 12.", (dt.date(2025, 9, 12), None, "day")),
])
def test_what_is_no_deadline_ahead_is_as_before(text, expected) -> None:
    assert span(dated(text, "Lokoja", MON_22_SEP)) == expected


# -- 5. a year modifying a noun is no time of the clause's event when it has its own --

@pytest.mark.parametrize("text", [
    "The river at Lokoja rose above the 2022 flood mark on Monday.",
    "The river at Lokoja broke the 2012 record on Monday.",
    "The river at Lokoja passed its 2012 peak on Monday.",
])
def test_a_noun_s_year_yields_to_the_clause_s_day(text) -> None:
    assert span(dated(text, "Lokoja", MON_22_SEP)) == (MON_22_SEP, None, "day")


@pytest.mark.parametrize(("text", "expected"), [
    # the mention in the noun phrase the year modifies: that event's year, as before
    ("The 2012 floods in Lokoja were recalled on Monday.",
     (dt.date(2012, 1, 1), dt.date(2012, 12, 31), "year")),
    ("The 2012 Lokoja floods were recalled on Monday.",
     (dt.date(2012, 1, 1), dt.date(2012, 12, 31), "year")),
    ("The 2021 and 2022 fighting near Lokoja was recalled.",
     (dt.date(2021, 1, 1), dt.date(2022, 12, 31), "range")),
    # no time of its own: the year, as before
    ("The 2012 floods killed hundreds in Lokoja.",
     (dt.date(2012, 1, 1), dt.date(2012, 12, 31), "year")),
])
def test_a_noun_s_year_still_dates_its_own_event(text, expected) -> None:
    assert span(dated(text, "Lokoja", MON_22_SEP)) == expected


# -- 6. the day a newspaper's piece came out dates no place of its sentence --

@pytest.mark.parametrize("text", [
    ("A Sahel Daily story published on September 15 about the floods in Gaya misstated the "
    "toll."),
    "An article posted on 15 September about Gaya gave the wrong river.",
    "A column dated September 15 on the levees of Gaya named the wrong engineer.",
    "A story first reported on September 15 about Gaya overstated the damage.",
])
def test_a_piece_s_day_dates_no_place(text) -> None:
    guess = dated(text, "Gaya", MON_22_SEP)
    assert span(guess) == (MON_22_SEP, None, "publication")
    assert "came out" in guess.evidence


@pytest.mark.parametrize("text", [
    # an agency's report is news itself; a disease first reported at a place is an event
    "A report published on September 15 said 40 people had died in Gaya.",
    "Cholera was first reported in Gaya on September 15.",
])
def test_other_days_published_or_reported_still_date(text) -> None:
    assert span(dated(text, "Gaya", MON_22_SEP)) == (dt.date(2025, 9, 15), None, "day")


# -- 4. a past account's "last week of the month" is no week after the report --

def test_a_past_account_s_week_of_the_month_has_passed() -> None:
    text = ("Makurdi was flooded on September 26, and the road to Idah was cut in the last "
            "week of the month.")
    assert span(dated(text, "Idah", THU_2_OCT)) == (
        dt.date(2025, 9, 24), dt.date(2025, 9, 30), "week")


@pytest.mark.parametrize(("text", "expected"), [
    # within the report's month, or ahead: this month's, as before
    ("The road to Idah was cut in the first week of the month.",
     (dt.date(2025, 10, 1), dt.date(2025, 10, 7), "week")),
    ("The road to Idah will reopen in the last week of the month.",
     (dt.date(2025, 10, 25), dt.date(2025, 10, 31), "week")),
])
def test_a_week_of_the_month_otherwise_as_before(text, expected) -> None:
    assert span(dated(text, "Idah", THU_2_OCT)) == expected


# -- 3. forecasts: "by the weekend", "about a week later", "in about a week" --

def test_by_the_weekend_in_a_forecast_is_a_deadline_ahead() -> None:
    text = "Hydrologists warned that the crest would reach Gaya by the weekend."
    assert span(dated(text, "Gaya", WED_3_SEP)) == (WED_3_SEP, dt.date(2025, 9, 7), "range")


def test_by_the_weekend_in_a_past_account_is_the_weekend_gone() -> None:
    text = "The crest had reached Gaya by the weekend."
    assert span(dated(text, "Gaya", WED_3_SEP)) == (
        dt.date(2025, 8, 30), dt.date(2025, 8, 31), "range")


@pytest.mark.parametrize("text", [
    ("Hydrologists said the crest could reach Tillaberi by the weekend, and Gaya roughly a "
     "week later."),
    "The crest will reach Gaya in about a week.",
    "The crest will reach Gaya next week.",
])
def test_a_forecast_a_week_on_is_next_week(text) -> None:
    assert span(dated(text, "Gaya", WED_3_SEP)) == (
        dt.date(2025, 9, 8), dt.date(2025, 9, 14), "week")


def test_a_past_count_forward_after_a_modal_is_not_a_forecast() -> None:
    text = "Officials said the clinic would close, and two days later it reopened in Gaya."
    assert span(dated(text, "Gaya", WED_3_SEP)) == (WED_3_SEP, None, "publication")


def test_a_count_from_a_forecast_s_deadline_is_from_the_report() -> None:
    # (dates62: "by Friday" is a deadline from the report's date, as "by the weekend" is,
    # and a count after it counts from the report: the week holding the Friday after)
    text = ("Hydrologists warned that the crest would reach Tillaberi by Friday, and Gaya "
            "about a week later.")
    assert span(dated(text, "Gaya", WED_3_SEP)) == (
        dt.date(2025, 9, 8), dt.date(2025, 9, 14), "week")


# -- 1. a count "since" a time runs from then to the report --

SAT_20_SEP = dt.date(2025, 9, 20)


@pytest.mark.parametrize(("text", "start"), [
    ("Health workers have recorded 318 cases of cholera around Segou since September 2.",
     dt.date(2025, 9, 2)),
    (("About 48,000 people have fled their homes near Segou since the rains began in late "
     "August."), dt.date(2025, 8, 21)),
    ("Some 48,000 people have fled their homes near Segou since the end of August.",
     dt.date(2025, 8, 21)),
    ("Thousands of people have fled Segou since the beginning of September.",
     dt.date(2025, 9, 1)),
    ("Eleven clinics near Segou have logged 96 deaths since mid-August.",
     dt.date(2025, 8, 11)),
])
def test_a_count_since_a_time_runs_to_the_report(text, start) -> None:
    assert span(dated(text, "Segou", SAT_20_SEP)) == (start, SAT_20_SEP, "range")


@pytest.mark.parametrize(("text", "expected"), [
    # no count: a state's start as before (a short one dates the clause, a long one nothing)
    ("The road to Segou has been closed since September 17.",
     (dt.date(2025, 9, 17), None, "day")),
    ("The road to Segou has been closed since late August.", (SAT_20_SEP, None, "publication")),
    # a count since long ago is background: the publication date, as before
    ("More than 3,000 people have died around Segou since 2014.",
     (SAT_20_SEP, None, "publication")),
    # a month's part told alone is its third (dates62)
    ("The rains reached Segou in late August.",
     (dt.date(2025, 8, 21), dt.date(2025, 8, 31), "range")),
])
def test_what_is_no_count_since_is_as_before(text, expected) -> None:
    assert span(dated(text, "Segou", SAT_20_SEP)) == expected
