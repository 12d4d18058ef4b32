"""Helper dates59: dating leftovers of the last sessions — "Month of YYYY", two years before
a plural, counts back with nothing told before them, a day and month in figures ending a
span, fiscal years named by the month they end, and what "would" governs across a facility.
Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import dated, span

TUE_4_NOV = dt.date(2025, 11, 4)
THU_6_NOV = dt.date(2025, 11, 6)
TUE_6_JAN = dt.date(2026, 1, 6)
WED_14_MAY = dt.date(2025, 5, 14)


# -- 1. "in August of 2008": the month of that year --

@pytest.mark.parametrize(("text", "expected"), [
    ("The sawmill in Coldbrook closed in August of 2008.",
     (dt.date(2008, 8, 1), dt.date(2008, 8, 31), "month")),
    ("In October of 1998, a flood swept through Coldbrook.",
     (dt.date(1998, 10, 1), dt.date(1998, 10, 31), "month")),
    ("The family moved to Coldbrook in late May of 2011.",  # (its last third: dates62)
     (dt.date(2011, 5, 21), dt.date(2011, 5, 31), "range")),
    ("The mill in Coldbrook burned down on 12 August of 2008.",
     (dt.date(2008, 8, 12), None, "day")),
    ("The mill in Coldbrook burned down on August 12 of 2008.",
     (dt.date(2008, 8, 12), None, "day")),
    ("Tourists flocked to Coldbrook in March of last year.",
     (dt.date(2024, 3, 1), dt.date(2024, 3, 31), "month")),
])
def test_a_month_of_a_year_is_that_year_s(text, expected) -> None:
    assert span(dated(text, "Coldbrook", TUE_4_NOV)) == expected


@pytest.mark.parametrize(("text", "start"), [
    ("The dam at Coldbrook was finished in the summer of 2008.", dt.date(2008, 6, 1)),
    ("He moved to Coldbrook in the fall of 1999.", dt.date(1999, 9, 1)),
])
def test_a_season_of_a_year_is_still_that_year_s(text, start) -> None:
    guess = dated(text, "Coldbrook", TUE_4_NOV)
    assert (guess.date, guess.precision) == (start, "season")


# -- 2. two years before a plural --

@pytest.mark.parametrize("text", [
    "The 2000 and 2001 residents of Coldbrook were counted twice.",
    "The 2016 and 2017 graduates of the Coldbrook academy met again.",
])
def test_two_years_a_year_apart_before_a_plural_are_a_range(text) -> None:
    guess = dated(text, "Coldbrook", TUE_4_NOV)
    year = int(text.split()[1])
    assert span(guess) == (dt.date(year, 1, 1), dt.date(year + 1, 12, 31), "range")


def test_two_counts_before_a_plural_date_nothing() -> None:
    guess = dated("The 2000 and 2500 residents of Coldbrook were moved.", "Coldbrook",
                   TUE_4_NOV)
    assert guess.precision == "publication"


@pytest.mark.parametrize(("text", "expected"), [
    # a count alone, events a year apart, and events years apart: as before
    ("The 2000 residents of Coldbrook were moved.", (TUE_4_NOV, None, "publication")),
    ("The 2021 and 2022 fighting near Coldbrook displaced thousands.",
     (dt.date(2021, 1, 1), dt.date(2022, 12, 31), "range")),
    ("Coldbrook voted in the 2014 and 2022 elections.",
     (dt.date(2014, 1, 1), dt.date(2014, 12, 31), "year")),
])
def test_counts_and_events_read_as_before(text, expected) -> None:
    assert span(dated(text, "Coldbrook", TUE_4_NOV)) == expected


# -- 3. "the day before" with nothing told before it counts from the report --

@pytest.mark.parametrize("text", [
    "Officials in Rangpur said the day before that the river was rising.",
    "Officials in Rangpur had warned a day earlier that the embankment was weak.",
    "Storm Batters Coast\nOfficials in Rangpur said the previous day that schools would shut.",
])
def test_a_count_back_with_nothing_before_it_is_from_the_publication_date(text) -> None:
    guess = dated(text, "Rangpur", THU_6_NOV)
    assert span(guess) == (dt.date(2025, 11, 5), None, "day")
    assert "from the publication date" in guess.evidence and guess.confidence == 0.5


@pytest.mark.parametrize(("text", "expected"), [
    # a day told before it: counted from that day, as before
    (("Floods hit Sylhet on Monday. Officials in Rangpur said the day before that the river "
     "was rising."), (dt.date(2025, 11, 2), None, "day")),
    # a time told before that is no day: what it counts from is unknown
    (("Floods hit Sylhet in 2019. Officials in Rangpur said the day before that the river "
     "was rising."), (THU_6_NOV, None, "publication")),
    # a count forward is no count from the report in a past account
    ("Officials in Rangpur met the next day.", (THU_6_NOV, None, "publication")),
])
def test_counts_from_a_told_day_or_unknown_stay(text, expected) -> None:
    assert span(dated(text, "Rangpur", THU_6_NOV)) == expected


# -- 4. no carry-over of the sentence before (a guard: the decision is to leave it) --

def test_a_sentence_with_no_time_does_not_take_the_one_before() -> None:
    """A sentence with no time of its own is as often background ("He was born in
    Eldoret") or a later moment ("Back home in Eldoret, mourners gathered", after the death)
    as the day before it: the publication date stands, as it did."""
    text = ("The marathoner died Sunday in Nairobi. Back home in Eldoret, mourners gathered "
            "at his family's house.")
    assert dated(text, "Eldoret", TUE_4_NOV).precision == "publication"


# -- 5. a day and month in figures ending a span --

@pytest.mark.parametrize("text", [
    "The road to Coldbrook will be closed until 01/15.",
    "The road to Coldbrook is closed through 1/15.",
    "The road to Coldbrook will stay shut till 15/01.",
])
def test_figures_ending_a_span_are_from_the_report_to_them(text) -> None:
    words = dated(text.replace(text.split()[-1], "15 January."), "Coldbrook", TUE_6_JAN)
    figures = dated(text, "Coldbrook", TUE_6_JAN)
    assert span(figures) == span(words) == (TUE_6_JAN, dt.date(2026, 1, 15), "range")


def test_figures_with_a_year_ending_a_span_are_the_report_s_date_as_words_are() -> None:
    text = "The road to Coldbrook will be closed until 15/01/2026."
    assert span(dated(text, "Coldbrook", TUE_6_JAN)) == (TUE_6_JAN, None, "publication")


def test_figures_of_a_deadline_stay_the_day() -> None:
    """"by 01/15" runs from the report to the day, as "by 15 January" in words does since
    dates60 (review 31 had pinned the day, the words the report's date alone)."""
    text = "Bids for the Coldbrook contract must be in by 01/15."
    assert span(dated(text, "Coldbrook", TUE_6_JAN)) == (
        TUE_6_JAN, dt.date(2026, 1, 15), "range")


def test_a_range_in_figures_is_still_a_range() -> None:
    text = "The road to Coldbrook will be closed from 01/08 until 01/15."
    assert span(dated(text, "Coldbrook", TUE_6_JAN)) == (
        dt.date(2026, 1, 8), dt.date(2026, 1, 15), "range")


# -- 6. a fiscal year named by the month it ends --

@pytest.mark.parametrize(("label", "expected"), [
    ("the year ending March 2025", (dt.date(2024, 4, 1), dt.date(2025, 3, 31))),
    ("the fiscal year ended March 31, 2025", (dt.date(2024, 4, 1), dt.date(2025, 3, 31))),
    ("FY2025/3", (dt.date(2024, 4, 1), dt.date(2025, 3, 31))),
    ("FY3/25", (dt.date(2024, 4, 1), dt.date(2025, 3, 31))),
    ("the six months to September 2024", (dt.date(2024, 4, 1), dt.date(2024, 9, 30))),
    ("the year to 24 February 2024", (dt.date(2023, 2, 25), dt.date(2024, 2, 24))),
])
def test_a_fiscal_year_named_by_its_end_is_the_months_to_it(label, expected) -> None:
    text = f"The Kariya plant of the Japanese carmaker lifted output 5% in {label}."
    assert span(dated(text, "Kariya", WED_14_MAY)) == (*expected, "range")


@pytest.mark.parametrize(("label", "first"), [("FY2011/12", 2011), ("FY12/13", 2012)])
def test_a_split_year_after_fy_is_still_a_split_year(label, first) -> None:
    """"FY2011/12" is fiscal 2011-12, no year ending December 2011; "FY12/13" is fiscal
    2012-13, no year ending December 2013 (review 32, items 4 and 18): Japan's April to
    March."""
    text = f"The Kariya plant of the Japanese carmaker lifted output 5% in {label}."
    assert span(dated(text, "Kariya", WED_14_MAY)) == (
        dt.date(first, 4, 1), dt.date(first + 1, 3, 31), "range")


def test_a_bare_fiscal_label_of_no_known_convention_stays_undated() -> None:
    """A firm's own "FY25" names no months unless the text's country's convention does."""
    text = "Profit at the Kariya plant rose 5% in FY25, the carmaker said."
    assert dated(text, "Kariya", WED_14_MAY).precision == "publication"


# -- 7. what "would" governs across a facility --

@pytest.mark.parametrize(("text", "expected"), [
    ("Officials said they would inspect the Coldbrook line in April.",
     (dt.date(2025, 4, 1), dt.date(2025, 4, 30), "month")),
    ("The company said it would audit the plant in Coldbrook by Q2.",
     (dt.date(2025, 4, 1), dt.date(2025, 6, 30), "range")),
    ("Officials said the bridge in Coldbrook would reopen in April.",
     (dt.date(2025, 4, 1), dt.date(2025, 4, 30), "month")),
    ("Officials said the bridge in Coldbrook will reopen in April.",
     (dt.date(2025, 4, 1), dt.date(2025, 4, 30), "month")),
    ("The bridge in Coldbrook reopened in April.",
     (dt.date(2024, 4, 1), dt.date(2024, 4, 30), "month")),
])
def test_a_month_after_would_and_a_facility_is_still_to_come(text, expected) -> None:
    assert span(dated(text, "Coldbrook", dt.date(2024, 12, 10))) == expected


@pytest.mark.parametrize("text", [
    "The council said it would investigate the flooding in Coldbrook in February.",
    "The council said it would investigate the fire at the Coldbrook plant in February.",
])
def test_a_month_dating_an_event_s_noun_is_still_the_saying_s_past(text) -> None:
    assert dated(text, "Coldbrook", dt.date(2024, 3, 14)).date == dt.date(2024, 2, 1)
