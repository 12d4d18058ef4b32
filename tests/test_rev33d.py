"""Review 33, the dating findings (items 3, 4, 5, 6 and their part of 13): a count "since"
a time needs a tally; a year after "during the" is its event's; a count forward from a
time told before it; "by the weekend" outside the past tense is ahead. The review's probe
sentences and texts of our own, each rule with the places it must not fire."""

from __future__ import annotations

import datetime as dt

import pytest

from placeline.dates import event_date

SAT_20_SEP = dt.date(2025, 9, 20)
MON_22_SEP = dt.date(2025, 9, 22)
TUE_23_SEP = dt.date(2025, 9, 23)
WED_3_SEP = dt.date(2025, 9, 3)


def _dated(text: str, name: str, published: dt.date):
    at = text.index(name)
    return event_date(text, at, at + len(name), published)


def _span(guess) -> tuple:
    return guess.date, guess.end, guess.precision


# -- item 4: a year describing a noun yields only as a measure or a benchmark --

@pytest.mark.parametrize(("text", "year"), [
    ("Lokoja was cut off during the 2022 floods, residents recalled on Monday.", 2022),
    ("Lokoja was cut off in the 2022 floods, residents recalled on Monday.", 2022),
    ("After the 2022 floods, Lokoja built new dykes, officials said on Monday.", 2022),
    ("Lokoja was hit hardest in the 2012 disaster, the governor told reporters on Monday.",
     2012),
    ("Lokoja recalled the 2012 floods on Monday.", 2012),
])
def test_a_year_of_the_event_told_dates_it(text, year) -> None:
    assert _span(_dated(text, "Lokoja", TUE_23_SEP)) == (
        dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


@pytest.mark.parametrize("text", [
    "Water levels in Lokoja rose above the 2022 flood mark on Monday.",
    "The river at Lokoja passed the 2019 levels on Monday.",
    "The river at Lokoja stayed below its 2012 peak on Monday.",
    "The river at Lokoja surpassed the 2012 floods on Monday.",
])
def test_a_benchmark_s_year_still_yields_to_the_clause_s_day(text) -> None:
    assert _span(_dated(text, "Lokoja", TUE_23_SEP)) == (MON_22_SEP, None, "day")


# -- item 6: "by the weekend" outside the past tense is the coming one --

@pytest.mark.parametrize("text", [
    "Gao needs more food aid by the weekend, the mayor said.",
    "Residents of Gao hope the road is open by the weekend.",
    "Residents of Gao want the road open by the weekend.",
])
def test_a_present_deadline_by_the_weekend_is_ahead(text) -> None:
    assert _span(_dated(text, "Gao", MON_22_SEP)) == (
        MON_22_SEP, dt.date(2025, 9, 28), "range")


@pytest.mark.parametrize("text", [
    "Gao needed more food aid by the weekend, the mayor said.",
    "The crest had reached Gao by the weekend, officials said.",
    # "over the weekend" is no deadline: the weekend just gone, as before
    "Markets in Gao are open over the weekend.",
])
def test_a_past_weekend_or_one_that_is_no_deadline_is_the_weekend_gone(text) -> None:
    assert _span(_dated(text, "Gao", MON_22_SEP)) == (
        dt.date(2025, 9, 20), dt.date(2025, 9, 21), "range")
