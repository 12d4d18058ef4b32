"""Helper rev32d: review 32's dating findings — years listed after a preposition, a shift
"by a year to" a month, a period ending on a day its start month lacks, "FY12/13", events
named "March of YYYY", the saying's own time before "would", and counts back in a habit or
a comparison. Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import dated, span

TUE_4_NOV = dt.date(2025, 11, 4)
WED_14_MAY = dt.date(2025, 5, 14)
SAT_10_MAY = dt.date(2025, 5, 10)
WED_10_DEC = dt.date(2025, 12, 10)


# -- item 1: years listed after a preposition are years, not counts --

@pytest.mark.parametrize(("text", "year"), [
    ("In 2016 and 2017 growers near Ashvale lost their orchards.", 2016),
    ("Ashvale flooded in 2009 or 2010 villagers recall.", 2009),
    ("During 2015 and 2016 tourists in Ashvale paid a levy.", 2015),
])
def test_years_listed_after_a_preposition_are_years(text, year) -> None:
    assert span(dated(text, "Ashvale", TUE_4_NOV)) == (
        dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def test_counts_listed_after_the_still_date_nothing() -> None:
    text = "The 3000 and 3500 tenants of Ashvale signed the letter."
    assert dated(text, "Ashvale", TUE_4_NOV).precision == "publication"


# -- item 2: a shift "by a year to March 2026" names no fiscal period --

@pytest.mark.parametrize(("text", "expected"), [
    ("The Ashvale depot's opening slipped by a year to April 2026.",
     (dt.date(2026, 4, 1), dt.date(2026, 4, 30), "month")),
    ("The Ashvale vote was put off by six months to October 2026.",
     (dt.date(2026, 10, 1), dt.date(2026, 10, 31), "month")),
    ("Repairs at Ashvale were delayed by three months to July 2026.",
     (dt.date(2026, 7, 1), dt.date(2026, 7, 31), "month")),
    ("Prices in Ashvale fell by half through February 2025.",
     (dt.date(2025, 2, 1), dt.date(2025, 2, 28), "month")),
])
def test_a_shift_to_a_month_is_that_month(text, expected) -> None:
    assert span(dated(text, "Ashvale", TUE_4_NOV)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ashvale Foods' profit rose in the year to March 2025.",
     (dt.date(2024, 4, 1), dt.date(2025, 3, 31), "range")),
    ("Ashvale Foods' profit rose in its first half to June 2025.",
     (dt.date(2025, 1, 1), dt.date(2025, 6, 30), "range")),
    ("Ashvale Foods' profit rose in a quarter ended June 2025.",
     (dt.date(2025, 4, 1), dt.date(2025, 6, 30), "range")),
])
def test_a_period_named_with_its_end_is_still_the_months_to_it(text, expected) -> None:
    assert span(dated(text, "Ashvale", TUE_4_NOV)) == expected


# -- item 3: a period ending on a day its first month lacks --

@pytest.mark.parametrize(("text", "expected"), [
    ("Ashvale Mills lost money in the six months to 29 August 2025.",
     (dt.date(2025, 3, 1), dt.date(2025, 8, 29))),
    ("Ashvale Mills lost money in the half-year to 31 August 2025.",
     (dt.date(2025, 3, 1), dt.date(2025, 8, 31))),
    ("Ashvale Mills lost money in the six months to 30 August 2024.",
     (dt.date(2024, 3, 1), dt.date(2024, 8, 30))),
    ("Ashvale Mills lost money in the quarter ended 30 May 2025.",
     (dt.date(2025, 3, 1), dt.date(2025, 5, 30))),
    ("Ashvale Mills lost money in the three months to 29 December 2025.",
     (dt.date(2025, 9, 30), dt.date(2025, 12, 29))),
    ("Ashvale Mills lost money in the quarter to 31 July 2025.",
     (dt.date(2025, 5, 1), dt.date(2025, 7, 31))),
])
def test_a_period_ending_on_a_late_day_keeps_its_days(text, expected) -> None:
    assert span(dated(text, "Ashvale", TUE_4_NOV)) == (*expected, "range")


# -- item 4: "FY12/13" is a split fiscal year, not calendar 2013 --

@pytest.mark.parametrize("label", ["FY12/13", "FY09/10", "FY11/12"])
def test_a_two_digit_split_fiscal_year_is_no_year_by_its_end(label) -> None:
    guess = dated(f"Ashvale Council's budget for {label} was cut.", "Ashvale", WED_14_MAY)
    assert guess.precision == "publication"


@pytest.mark.parametrize(("label", "first"), [("FY2011/12", 2011), ("FY12/13", 2012)])
def test_a_split_year_after_fy_in_japan_is_its_april_to_march(label, first) -> None:
    text = f"The Kariya plant of the Japanese carmaker lifted output 5% in {label}."
    assert span(dated(text, "Kariya", WED_14_MAY)) == (
        dt.date(first, 4, 1), dt.date(first + 1, 3, 31), "range")


@pytest.mark.parametrize(("label", "expected"), [
    ("FY3/25", (dt.date(2024, 4, 1), dt.date(2025, 3, 31))),
    ("FY12/2013", (dt.date(2013, 1, 1), dt.date(2013, 12, 31))),
])
def test_a_japanese_year_by_its_end_month_stays(label, expected) -> None:
    text = f"The Kariya plant of the Japanese carmaker lifted output 5% in {label}."
    assert span(dated(text, "Kariya", WED_14_MAY)) == (*expected, "range")


# -- item 5: "the Long March of 1934" is an event's name, not March --

@pytest.mark.parametrize(("text", "year"), [
    ("Veterans of the Great March of 1987 gathered in Ashvale.", 1987),
    ("Crowds joined the Farmers' March of 2021 in Ashvale.", 2021),
    ("Ashvale remembers the Peace March of 1962 every spring.", 1962),
])
def test_a_march_named_with_its_year_is_the_year(text, year) -> None:
    assert span(dated(text, "Ashvale", TUE_4_NOV)) == (
        dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


@pytest.mark.parametrize("text", [
    "The cannery in Ashvale shut in March of 2009.",
    "March of 2009 brought floods to Ashvale.",
])
def test_a_month_of_its_year_is_still_the_month(text) -> None:
    assert span(dated(text, "Ashvale", TUE_4_NOV)) == (
        dt.date(2009, 3, 1), dt.date(2009, 3, 31), "month")


# -- item 6: what "would" looks ahead to, from the saying's own time --

@pytest.mark.parametrize("text", [
    "In February, engineers said they would survey the Ashvale bridge in March.",
    "In February, engineers said the bridge in Ashvale would reopen in March.",
    "In February, engineers said they would finish work in Ashvale in March.",
])
def test_a_month_said_to_come_counts_from_the_saying_s_month(text) -> None:
    assert span(dated(text, "Ashvale", SAT_10_MAY)) == (
        dt.date(2025, 3, 1), dt.date(2025, 3, 31), "month")


@pytest.mark.parametrize("text", [
    "Engineers said they would survey the Ashvale bridge in March.",
    "On Monday, engineers said the bridge in Ashvale would reopen in March.",
    "In May, engineers said the bridge in Ashvale would reopen in March.",
])
def test_a_month_said_to_come_with_no_earlier_saying_is_still_ahead(text) -> None:
    assert dated(text, "Ashvale", SAT_10_MAY).date == dt.date(2026, 3, 1)


def test_would_of_a_habit_is_left_to_the_three_months() -> None:
    text = "Locals said the ferry would pass the Ashvale pier in May every year."
    assert dated(text, "Ashvale", WED_10_DEC).date == dt.date(2025, 5, 1)


# -- item 10: no count back from the report in a habit or a comparison --

@pytest.mark.parametrize("text", [
    "Each spring, walkers reach Ashvale a day earlier to rest.",
    "Traffic in Ashvale was twice that of the previous day.",
    "Sales in Ashvale were up 4% on the day before.",
    "Footfall in Ashvale was lower than the day before.",
])
def test_a_count_back_in_a_habit_or_a_comparison_is_no_day(text) -> None:
    assert dated(text, "Ashvale", TUE_4_NOV).precision == "publication"


def test_a_count_back_in_speech_still_counts_from_the_report() -> None:
    text = "Officials in Ashvale said the day before that the river would rise."
    assert span(dated(text, "Ashvale", TUE_4_NOV)) == (dt.date(2025, 11, 3), None, "day")
