"""Helper dates63: dating items left over from the thirty-seventh session — a state that
runs "until" a month still ahead, a modal's passive before a weekday ("could be disrupted on
Friday"), and patterns of common news prose not yet tested. Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from placeline.dates import event_date

WED_11_JUN = dt.date(2025, 6, 11)


def _dated(text: str, name: str, published: dt.date):
    at = text.index(name)
    return event_date(text, at, at + len(name), published)


def _span(guess) -> tuple:
    return guess.date, guess.end, guess.precision


# -- 1. a state held "until" a month still ahead runs from the report to that month's end --------

def _from_the_report_to(end: dt.date) -> tuple:
    return WED_11_JUN, end, "range"


@pytest.mark.parametrize(("text", "expected"), [
    ("Schools in Mopti are closed until October.", _from_the_report_to(dt.date(2025, 10, 31))),
    ("Schools in Mopti are closed till October.", _from_the_report_to(dt.date(2025, 10, 31))),
    ("Schools in Mopti are closed through October.",
     _from_the_report_to(dt.date(2025, 10, 31))),
    ("Schools in Mopti will remain closed until October.",
     _from_the_report_to(dt.date(2025, 10, 31))),
    ("The curfew in Mopti has been extended until October.",
     _from_the_report_to(dt.date(2025, 10, 31))),
    ("The exhibition in Mopti runs until September.", _from_the_report_to(dt.date(2025, 9, 30))),
    # a month before the report's is next year's
    ("The ferry to Mopti is suspended until March.", _from_the_report_to(dt.date(2026, 3, 31))),
    # the report's own month, and a month's part
    ("Flights to Mopti are suspended until June.", _from_the_report_to(dt.date(2025, 6, 30))),
    ("Schools in Mopti are closed until late October.",
     _from_the_report_to(dt.date(2025, 10, 31))),
    ("Schools in Mopti are closed until the end of October.",
     _from_the_report_to(dt.date(2025, 10, 31))),
    # with its year, within a year
    ("Schools in Mopti are closed until October 2025.",
     _from_the_report_to(dt.date(2025, 10, 31))),
])
def test_a_state_until_a_month_runs_from_the_report(text, expected) -> None:
    assert _span(_dated(text, "Mopti", WED_11_JUN)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a past account keeps the month gone by
    ("The road to Mopti was closed until October.",
     (dt.date(2024, 10, 1), dt.date(2024, 10, 31), "month")),
    ("The road to Mopti remained closed until October.",
     (dt.date(2024, 10, 1), dt.date(2024, 10, 31), "month")),
    ("The road to Mopti was closed until October last year.",
     (dt.date(2024, 10, 1), dt.date(2024, 10, 31), "month")),
    # when something comes, not a state: the month
    ("Schools in Mopti will not reopen until October.",
     (dt.date(2025, 10, 1), dt.date(2025, 10, 31), "month")),
    # a habit
    ("The rainy season in Mopti usually runs until October.",
     (dt.date(2025, 10, 1), dt.date(2025, 10, 31), "month")),
    # no verb before the span and a past after it
    ("Rain in Mopti through the end of March was heavy.",
     (dt.date(2025, 3, 21), dt.date(2025, 3, 31), "range")),
    # other ends as before
    ("Schools in Mopti are closed until further notice.", (WED_11_JUN, None, "publication")),
    ("Schools in Mopti are closed until Friday.", _from_the_report_to(dt.date(2025, 6, 13))),
    ("Schools in Mopti are closed until the end of the month.",
     _from_the_report_to(dt.date(2025, 6, 30))),
])
def test_what_is_no_state_until_a_month_ahead_is_as_before(text, expected) -> None:
    assert _span(_dated(text, "Mopti", WED_11_JUN)) == expected


# -- 2. a modal or an expectation makes a bare weekday the coming one ---------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # a modal's own passive is no past account
    ("Bus services in Mopti could be disrupted on Friday.", dt.date(2025, 6, 13)),
    ("Ferries from Mopti may be cancelled on Monday.", dt.date(2025, 6, 16)),
    ("Flights out of Mopti might be delayed on Friday.", dt.date(2025, 6, 13)),
    ("The market in Mopti should be reopened on Monday.", dt.date(2025, 6, 16)),
    ("Residents of Mopti may be evacuated on Friday, the governor said.", dt.date(2025, 6, 13)),
    # "would" with no saying in its sentence, told in no past: what is to come
    ("The bridge at Mopti would reopen on Monday.", dt.date(2025, 6, 16)),
])
def test_a_modal_s_weekday_is_the_coming_one(text, expected) -> None:
    assert _span(_dated(text, "Mopti", WED_11_JUN)) == (expected, None, "day")


def test_a_modal_s_passive_month_is_still_to_come() -> None:
    text = "Bus services in Mopti could be disrupted in July."
    assert _span(_dated(text, "Mopti", WED_11_JUN)) == (
        dt.date(2025, 7, 1), dt.date(2025, 7, 31), "month")


@pytest.mark.parametrize(("text", "expected"), [
    # the modal and the expectation verbs that looked ahead already stay so
    ("Services in Mopti may close on Monday.", dt.date(2025, 6, 16)),
    ("The storm is expected to reach Mopti on Tuesday.", dt.date(2025, 6, 17)),
    ("The minister is due to visit Mopti on Tuesday.", dt.date(2025, 6, 17)),
    ("The minister is set to visit Mopti on Tuesday.", dt.date(2025, 6, 17)),
    ("The minister plans to visit Mopti on Tuesday.", dt.date(2025, 6, 17)),
    ("The storm will reach Mopti on Tuesday.", dt.date(2025, 6, 17)),
    # what may have been, and a past account, stay in the past
    ("Services in Mopti could have been disrupted on Friday.", dt.date(2025, 6, 6)),
    ("Services in Mopti were disrupted on Friday.", dt.date(2025, 6, 6)),
    ("He said he would never forget the floods in Mopti on Monday.", dt.date(2025, 6, 9)),
])
def test_what_already_looked_ahead_or_back_is_as_before(text, expected) -> None:
    assert _span(_dated(text, "Mopti", WED_11_JUN)) == (expected, None, "day")


# -- 4. news patterns not yet tested ------------------------------------------------------------

FRI_3_JAN = dt.date(2025, 1, 3)
SAT_28_DEC = dt.date(2024, 12, 28)


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a time of a feast's day before "of": the feast's day
    ("Two people died in Mopti in the small hours of New Year's Day.", FRI_3_JAN,
     dt.date(2025, 1, 1)),
    ("Police in Mopti were called out in the early hours of Boxing Day.", SAT_28_DEC,
     dt.date(2024, 12, 26)),
    ("Police in Mopti were called out on the morning of Christmas Day.", SAT_28_DEC,
     dt.date(2024, 12, 25)),
])
def test_a_time_of_a_feast_s_day_is_that_day(text, published, expected) -> None:
    assert _span(_dated(text, "Mopti", published)) == (expected, None, "day")


@pytest.mark.parametrize("text", [
    "Voters in Mopti go to the polls on Sunday.",
    "Mopti goes to the polls on Sunday.",
])
def test_going_to_the_polls_on_a_weekday_is_a_timetable_s_present(text) -> None:
    assert _span(_dated(text, "Mopti", WED_11_JUN)) == (dt.date(2025, 6, 15), None, "day")


@pytest.mark.parametrize(("text", "expected"), [
    ("Water in Mopti will be cut off from 10 p.m. Friday until 6 a.m. Saturday.",
     (dt.date(2025, 6, 13), dt.date(2025, 6, 14), "range")),
    ("The road near Mopti will close from 10pm on Friday to 6am on Monday.",
     (dt.date(2025, 6, 13), dt.date(2025, 6, 16), "range")),
    ("The road near Mopti will close from Friday night to Monday morning.",
     (dt.date(2025, 6, 13), dt.date(2025, 6, 16), "range")),
    ("Trains to Mopti were suspended between midnight Saturday and noon Sunday.",
     (dt.date(2025, 6, 7), dt.date(2025, 6, 8), "range")),
])
def test_hours_around_a_range_of_days_keep_the_range(text, expected) -> None:
    assert _span(_dated(text, "Mopti", WED_11_JUN)) == expected


@pytest.mark.parametrize("text", [
    "The clinic in Mopti is open from 9 a.m. to 5 p.m., Monday to Friday.",
    "The clinic in Mopti is open from 9 a.m. Monday to 5 p.m. Friday.",
])
def test_opening_hours_in_dotted_times_are_a_habit(text) -> None:
    assert _dated(text, "Mopti", WED_11_JUN).precision == "publication"


@pytest.mark.parametrize("text", [
    "Mopti reported 40 new cases in the week to Sunday.",
    "Mopti reported 40 new cases in the week ending on Sunday.",
    "Mopti reported 40 new cases in the seven days to Sunday.",
    "Mopti reported 40 new cases in the week to June 8.",
    "Mopti reported 40 new cases in the week ending 8 June 2025.",
])
def test_a_week_named_by_its_last_day_is_the_seven_days_to_it(text) -> None:
    assert _span(_dated(text, "Mopti", WED_11_JUN)) == (
        dt.date(2025, 6, 2), dt.date(2025, 6, 8), "week")


def test_ap_style_s_comma_after_the_first_year_keeps_the_range() -> None:
    text = "Flights from Mopti were cancelled from Dec. 28, 2024, to Jan. 3, 2025."
    assert _span(_dated(text, "Mopti", dt.date(2025, 1, 10))) == (
        dt.date(2024, 12, 28), dt.date(2025, 1, 3), "range")


def test_the_weekend_of_a_date_is_that_date_s() -> None:
    text = "The festival in Mopti takes place on the weekend of June 14-15."
    assert _span(_dated(text, "Mopti", WED_11_JUN)) == (
        dt.date(2025, 6, 14), dt.date(2025, 6, 15), "range")


@pytest.mark.parametrize(("text", "expected"), [
    ("Floods hit Mopti the weekend before last.",
     (dt.date(2025, 5, 31), dt.date(2025, 6, 1), "range")),
    ("Floods hit Mopti the week before last.",
     (dt.date(2025, 5, 26), dt.date(2025, 6, 1), "week")),
    ("Floods hit Mopti the month before last.",
     (dt.date(2025, 4, 1), dt.date(2025, 4, 30), "month")),
    ("Floods hit Mopti the year before last.",
     (dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year")),
])
def test_the_unit_before_last(text, expected) -> None:
    assert _span(_dated(text, "Mopti", WED_11_JUN)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rebels attacked Mopti late last month.",
     (dt.date(2025, 5, 21), dt.date(2025, 5, 31), "range")),
    ("Rebels attacked Mopti at the end of last month.",
     (dt.date(2025, 5, 21), dt.date(2025, 5, 31), "range")),
    ("The minister will visit Mopti early next month.",
     (dt.date(2025, 7, 1), dt.date(2025, 7, 10), "range")),
    # a deadline at a part of next month runs from the report, as of a named month
    ("The dam at Mopti will be finished by the end of next month.",
     _from_the_report_to(dt.date(2025, 7, 31))),
    # the whole month where no part is said
    ("Rebels attacked Mopti last month.", (dt.date(2025, 5, 1), dt.date(2025, 5, 31), "month")),
])
def test_a_part_of_last_or_next_month_is_its_third(text, expected) -> None:
    assert _span(_dated(text, "Mopti", WED_11_JUN)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mopti saw heavy rain on Monday and Tuesday.",
     (dt.date(2025, 6, 9), dt.date(2025, 6, 10), "range")),
    ("Mopti will see heavy rain on Thursday and Friday.",
     (dt.date(2025, 6, 12), dt.date(2025, 6, 13), "range")),
    # not consecutive: the first, as before
    ("Mopti saw heavy rain on Monday and Thursday.", (dt.date(2025, 6, 9), None, "day")),
])
def test_two_weekdays_listed_after_on(text, expected) -> None:
    assert _span(_dated(text, "Mopti", WED_11_JUN)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The road to Mopti will be closed through the weekend.",
     _from_the_report_to(dt.date(2025, 6, 15))),
    ("The road to Mopti is closed until the weekend.", _from_the_report_to(dt.date(2025, 6, 15))),
    # a past account the weekend gone, "not … until" the weekend it comes (undated before)
    ("The road to Mopti was closed until the weekend.",
     (dt.date(2025, 6, 7), dt.date(2025, 6, 8), "range")),
    ("The road to Mopti will not reopen until the weekend.",
     (dt.date(2025, 6, 14), dt.date(2025, 6, 15), "range")),
])
def test_a_state_until_the_weekend_runs_from_the_report(text, expected) -> None:
    assert _span(_dated(text, "Mopti", WED_11_JUN)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The curfew in Mopti was extended until October.",
     _from_the_report_to(dt.date(2025, 10, 31))),
    ("The state of emergency in Mopti was extended until October 15.",
     _from_the_report_to(dt.date(2025, 10, 15))),
    ("The government extended the curfew in Mopti until October 15.",
     _from_the_report_to(dt.date(2025, 10, 15))),
    # a new end already gone by is its day, the nearer one
    ("The curfew in Mopti, extended until March 3, ended early.",
     (dt.date(2025, 3, 3), None, "day")),
])
def test_what_is_extended_until_a_time_runs_to_its_new_end(text, expected) -> None:
    assert _span(_dated(text, "Mopti", WED_11_JUN)) == expected


def test_the_weekend_of_an_ordinal_day_is_that_day() -> None:
    text = "Almost every horse passed through a Mopti event on the weekend of the 14th and 15th."
    assert _span(_dated(text, "Mopti", dt.date(2025, 6, 25))) == (
        dt.date(2025, 6, 14), None, "day")


@pytest.mark.parametrize(("text", "expected"), [
    ("Mopti exported less cotton in the first half of 2024.",
     (dt.date(2024, 1, 1), dt.date(2024, 6, 30), "range")),
    ("Mopti exported less cotton in the second half of last year.",
     (dt.date(2024, 7, 1), dt.date(2024, 12, 31), "range")),
    ("Mopti will export more cotton in the second half of the year.",
     (dt.date(2025, 7, 1), dt.date(2025, 12, 31), "range")),
    # a match's half is no year's
    ("Mopti scored in the second half of the match.", (WED_11_JUN, None, "publication")),
])
def test_a_half_of_a_year(text, expected) -> None:
    assert _span(_dated(text, "Mopti", WED_11_JUN)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mopti has had no rain in the past 10 days.",
     (dt.date(2025, 6, 1), dt.date(2025, 6, 10), "range")),
    ("Mopti has had no rain over the last three weeks.",
     (dt.date(2025, 5, 21), dt.date(2025, 6, 10), "range")),
    ("Mopti has had no rain for the past month.",
     (dt.date(2025, 5, 11), dt.date(2025, 6, 10), "range")),
    ("Prices in Mopti rose 10% over the past year.",
     (dt.date(2024, 6, 11), dt.date(2025, 6, 10), "range")),
    # as before: the past week, last month, a vague count, a part of something else
    ("Mopti has had no rain in the past week.",
     (dt.date(2025, 6, 4), dt.date(2025, 6, 10), "week")),
    ("Mopti had no rain last month.", (dt.date(2025, 5, 1), dt.date(2025, 5, 31), "month")),
    ("Mopti saw protests in the past few days.", (WED_11_JUN, None, "publication")),
    ("Mopti hosted the last two days of the festival.", (WED_11_JUN, None, "publication")),
])
def test_the_past_days_weeks_months_years_run_to_the_report(text, expected) -> None:
    assert _span(_dated(text, "Mopti", WED_11_JUN)) == expected


@pytest.mark.parametrize("text", [
    "Residents of Mopti have not seen such flooding in the last 24 years.",
    "Mopti had its heaviest rain in the past 50 years.",
])
def test_a_span_a_comparison_measures_dates_nothing(text) -> None:
    assert _dated(text, "Mopti", WED_11_JUN).precision == "publication"
