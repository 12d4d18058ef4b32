"""Helper dates65: spans heard as a few days around the report ("within 48 hours",
"overnight", "early next week", "between Christmas and New Year"), "over the weekend" told of
a closure in force, the evidence of a date moved by `written_on`, and patterns of news
writing found untested. Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import dated, span

WED_8_MAY = dt.date(2024, 5, 8)
D = dt.date


# -- 1. spans heard as a few days around the report ------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Engineers in Carlisle said the bridge would reopen within 48 hours.",
     (D(2024, 5, 8), D(2024, 5, 10), "range")),
    ("Officials in Carlisle said power would be restored within 72 hours.",
     (D(2024, 5, 8), D(2024, 5, 11), "range")),
    ("The council in Carlisle must decide within the next 24 hours.",
     (D(2024, 5, 8), D(2024, 5, 9), "range")),
    ("Forecasters expect more rain in Carlisle over the next three days.",
     (D(2024, 5, 8), D(2024, 5, 11), "range")),
    ("Gales could reach Carlisle in the coming 48 hours.",
     (D(2024, 5, 8), D(2024, 5, 10), "range")),
])
def test_a_span_ahead_counts_from_the_report(text, expected) -> None:
    assert span(dated(text, "Carlisle", WED_8_MAY)) == expected


def test_the_next_hours_of_a_past_account_are_not_the_report_s() -> None:
    text = "In the next 48 hours, rescuers pulled nine people from the rubble in Carlisle."
    assert dated(text, "Carlisle", WED_8_MAY).precision == "publication"


def test_within_hours_opening_a_past_sentence_is_still_the_story_s_day() -> None:
    text = "The fire started in Penrith on Monday. Within two hours it had reached Carlisle."
    assert span(dated(text, "Carlisle", WED_8_MAY)) == (D(2024, 5, 6), None, "day")


@pytest.mark.parametrize("text", [
    "Police in Carlisle arrested two men overnight.",
    "Overnight, floodwater rose in Carlisle.",
    "Two cars were set alight in Carlisle overnight, police said.",
])
def test_overnight_in_a_past_account_is_last_night(text) -> None:
    guess = dated(text, "Carlisle", WED_8_MAY)
    last_night = dated("Police in Carlisle arrested two men last night.", "Carlisle", WED_8_MAY)
    assert span(guess) == span(last_night) == (D(2024, 5, 7), None, "day")


def test_overnight_ahead_is_the_report_s_night() -> None:
    guess = dated("Heavy rain will spread to Carlisle overnight.", "Carlisle", WED_8_MAY)
    assert span(guess) == (D(2024, 5, 8), None, "day")


@pytest.mark.parametrize("text", [
    "Change in Carlisle will not happen overnight.",
    "The cafe in Carlisle became famous almost overnight.",
    "He stayed in an overnight shelter in Carlisle.",
])
def test_overnight_as_suddenly_or_before_a_noun_is_no_night(text) -> None:
    assert dated(text, "Carlisle", WED_8_MAY).precision == "publication"


def test_overnight_on_a_weekday_is_the_weekday_s() -> None:
    guess = dated("Drones struck Carlisle overnight on Monday.", "Carlisle", WED_8_MAY)
    assert span(guess) == (D(2024, 5, 6), None, "day")


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister will visit Carlisle early next week.",
     (D(2024, 5, 13), D(2024, 5, 15), "range")),
    ("The minister will visit Carlisle later this week.",
     (D(2024, 5, 9), D(2024, 5, 12), "range")),
    ("The minister visited Carlisle late last week.",
     (D(2024, 5, 2), D(2024, 5, 5), "range")),
    ("Talks in Carlisle resume in the middle of next week.",
     (D(2024, 5, 14), D(2024, 5, 16), "range")),
    ("The minister visited Carlisle last week.",  # (the whole week, as before)
     (D(2024, 4, 29), D(2024, 5, 5), "week")),
])
def test_a_part_of_a_week_is_its_days(text, expected) -> None:
    assert span(dated(text, "Carlisle", WED_8_MAY)) == expected


@pytest.mark.parametrize(("text", "published", "year"), [
    ("Shoppers packed Carlisle between Christmas and New Year.", D(2024, 5, 8), 2023),
    ("Shoppers packed Carlisle between Christmas and New Year.", D(2024, 12, 30), 2024),
    ("Trains to Carlisle will not run between Christmas and New Year's Day.",
     D(2024, 11, 20), 2024),
    ("Trains to Carlisle will not run between Christmas and New Year.", D(2025, 1, 2), 2025),
])
def test_between_christmas_and_new_year_is_26_to_31_december(text, published, year) -> None:
    guess = dated(text, "Carlisle", published)
    assert span(guess) == (D(year, 12, 26), D(year, 12, 31), "range")


# -- 2. "over the weekend" told of a closure in force is the coming weekend ------------------

@pytest.mark.parametrize(("text", "saturday"), [
    ("The museum in Carlisle is closed over the weekend.", D(2024, 5, 11)),
    ("The castle in Carlisle remains shut over the weekend.", D(2024, 5, 11)),
    ("The food festival in Carlisle takes place over the weekend.", D(2024, 5, 11)),
    ("The museum in Carlisle will be closed over the weekend.", D(2024, 5, 11)),
    ("The museum in Carlisle was closed over the weekend.", D(2024, 5, 4)),
    ("Two men were hurt in Carlisle over the weekend.", D(2024, 5, 4)),
])
def test_over_the_weekend_by_what_the_clause_tells(text, saturday) -> None:
    guess = dated(text, "Carlisle", WED_8_MAY)
    assert span(guess) == (saturday, saturday + dt.timedelta(days=1), "range")
