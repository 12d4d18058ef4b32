"""Review 33, the dating findings (items 3, 4, 5, 6 and their part of 13): a count "since"
a time needs a tally; a year after "during the" is its event's; a count forward from a
time told before it; "by the weekend" outside the past tense is ahead. The review's probe
sentences and texts of our own, each rule with the places it must not fire."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import dated, span

SAT_20_SEP = dt.date(2025, 9, 20)
MON_22_SEP = dt.date(2025, 9, 22)
TUE_23_SEP = dt.date(2025, 9, 23)
WED_3_SEP = dt.date(2025, 9, 3)


# -- item 3: a count "since" a time needs a count of what is counted --

@pytest.mark.parametrize(("text", "expected"), [
    # a figure in an aside, before a plural that is no tally: the clause's own Monday
    ("The 3 soldiers, deployed to Mopti since August, returned home on Monday.",
     (dt.date(2025, 9, 15), None, "day")),
    # a state of a group, not a count that adds up: a short state's start, as before
    ("Mopti's 3 hospitals have been full since September 1.",
     (dt.date(2025, 9, 1), None, "day")),
    ("3 schools in Mopti have been closed since September 1.",
     (dt.date(2025, 9, 1), None, "day")),
    ("The 12 workers who have lived in Mopti since August 2 were evacuated on Friday.",
     (dt.date(2025, 8, 2), None, "day")),
])
def test_a_figure_that_is_no_tally_counts_nothing_since(text, expected) -> None:
    assert span(dated(text, "Mopti", SAT_20_SEP)) == expected


@pytest.mark.parametrize(("text", "start"), [
    ("214 cases of cholera have been recorded in the Mopti region since September 1.",
     dt.date(2025, 9, 1)),
    ("62,000 people have been displaced in Mopti since the floods began at the end of August.",
     dt.date(2025, 8, 21)),
    # a tally with an adjective, and people without the plural's -s, count too
    ("Health workers in Mopti have recorded 318 new cases since September 2.",
     dt.date(2025, 9, 2)),
    ("At least 40 people have died in Mopti since September 2, officials said on Friday.",
     dt.date(2025, 9, 2)),
])
def test_a_tally_since_a_time_runs_to_the_report(text, start) -> None:
    assert span(dated(text, "Mopti", SAT_20_SEP)) == (start, SAT_20_SEP, "range")


@pytest.mark.parametrize("text", [
    # a figure in the clause, but a relative clause's or another chunk's
    "Some 40 people who have fled Mopti since September 2 returned on Friday.",
    # a past perfect counts up to a day of its own, not to the report's
    "By Friday, 300 people had died in Mopti since September 2.",
    # a measure is no tally
    "The river at Mopti has risen 2 metres since September 1.",
])
def test_what_is_no_tally_to_the_report_is_no_range(text) -> None:
    assert dated(text, "Mopti", SAT_20_SEP).precision != "range"


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
    assert span(dated(text, "Lokoja", TUE_23_SEP)) == (
        dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


@pytest.mark.parametrize("text", [
    "Water levels in Lokoja rose above the 2022 flood mark on Monday.",
    "The river at Lokoja passed the 2019 levels on Monday.",
    "The river at Lokoja stayed below its 2012 peak on Monday.",
    "The river at Lokoja surpassed the 2012 floods on Monday.",
])
def test_a_benchmark_s_year_still_yields_to_the_clause_s_day(text) -> None:
    assert span(dated(text, "Lokoja", TUE_23_SEP)) == (MON_22_SEP, None, "day")


# -- item 5: a count forward from a time told before it in the sentence --

def test_a_count_forward_from_a_month_told_is_that_month() -> None:
    text = "The rains will start in Gao in June and in Mopti a week later."
    assert span(dated(text, "Mopti", MON_22_SEP)) == (
        dt.date(2026, 6, 1), dt.date(2026, 6, 30), "month")


def test_a_count_forward_from_a_week_told_is_the_week_after() -> None:
    text = "The crest will reach Gao next week and Mopti a week later."
    assert span(dated(text, "Mopti", MON_22_SEP)) == (
        dt.date(2025, 10, 6), dt.date(2025, 10, 12), "week")


@pytest.mark.parametrize(("text", "expected"), [
    # a deadline from the report's date: counted from the report, as before
    ("The crest would reach Gao by the weekend, and Mopti about a week later.",
     (dt.date(2025, 9, 29), dt.date(2025, 10, 5), "week")),
    # a day told: counted from it (`_story_date`), as before
    ("The crest will reach Gao on Friday, and Mopti two days later.",
     (dt.date(2025, 9, 28), None, "day")),
    # nothing told before it, a past account: undated, as before
    (("Officials said they would evacuate Gao, and two days later they reopened the road to "
     "Mopti."), (MON_22_SEP, None, "publication")),
])
def test_a_count_forward_otherwise_as_before(text, expected) -> None:
    assert span(dated(text, "Mopti", MON_22_SEP)) == expected


# -- item 6: "by the weekend" outside the past tense is the coming one --

@pytest.mark.parametrize("text", [
    "Gao needs more food aid by the weekend, the mayor said.",
    "Residents of Gao hope the road is open by the weekend.",
    "Residents of Gao want the road open by the weekend.",
])
def test_a_present_deadline_by_the_weekend_is_ahead(text) -> None:
    assert span(dated(text, "Gao", MON_22_SEP)) == (
        MON_22_SEP, dt.date(2025, 9, 28), "range")


@pytest.mark.parametrize("text", [
    "Gao needed more food aid by the weekend, the mayor said.",
    "The crest had reached Gao by the weekend, officials said.",
])
def test_a_past_weekend_or_one_that_is_no_deadline_is_the_weekend_gone(text) -> None:
    assert span(dated(text, "Gao", MON_22_SEP)) == (
        dt.date(2025, 9, 20), dt.date(2025, 9, 21), "range")


def test_over_the_weekend_is_no_deadline() -> None:
    # (no span from the report: the weekend itself; since dates65 the coming one, a state
    # told in the present — "were open" is the weekend gone)
    assert span(dated("Markets in Gao are open over the weekend.", "Gao", MON_22_SEP)) == (
        dt.date(2025, 9, 27), dt.date(2025, 9, 28), "range")
    assert span(dated("Markets in Gao were open over the weekend.", "Gao", MON_22_SEP)) == (
        dt.date(2025, 9, 20), dt.date(2025, 9, 21), "range")
