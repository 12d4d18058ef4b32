"""Fix 44: dates read the wrong way in the date reader (placeline.dates, placeline.timex):
"plans to" as a noun, a relative clause's date, "before/after -ing … in YEAR" and a day
brought forward with no comma."""

from __future__ import annotations

import pytest

from tests.test_review24_dates import _guess, _start

# -- 1. "approved plans to …": the noun's plan is ahead, the approval is not ------------------

@pytest.mark.parametrize(("published", "text", "expected"), [
    # Tuesday 16 April 2024: the Monday gone by, 15 April, not the coming one
    ("2024-04-16", "Xville Borough Council on Monday approved plans to build 300 flats.",
     "2024-04-15"),
    ("2024-04-16", "A judge in Xville on Monday blocked plans to widen the ring road.",
     "2024-04-15"),
    ("2024-04-16", "The board on Monday scrapped plans to shut the depot in Xville.",
     "2024-04-15"),
    ("2024-04-16", "The brewer on Monday unveiled plans to open a plant near Xville.",
     "2024-04-15"),
    ("2024-04-16", "Ministers on Monday backed plans to extend the tram to Xville.",
     "2024-04-15"),
    ("2024-04-16", "The trust on Monday dropped its plans to close the library in Xville.",
     "2024-04-15"),
    ("2024-04-16", "Planners on Monday rejected the club's plans to expand in Xville.",
     "2024-04-15"),
    ("2024-04-16", "The mayor on Monday gave the go-ahead to plans to pedestrianise Xville.",
     "2024-04-15"),
])
def test_a_plan_s_noun_does_not_look_ahead(published: str, text: str, expected: str) -> None:
    assert _start(_guess(published, text)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # the verb "plans to" and "will" still look ahead: the coming Monday, 22 April
    ("2024-04-16", "The council plans to open a new library in Xville on Monday.",
     "2024-04-22"),
    ("2024-04-16", "The council will on Monday approve plans to build homes in Xville.",
     "2024-04-22"),
    ("2024-04-16", "Xville plans to hold a referendum on Monday.", "2024-04-22"),
    # a plan's noun where nothing is told in the past still looks ahead, as "next" does
    ("2024-04-16", "There are plans to open a new library in Xville on Monday.", "2024-04-22"),
    ("2024-04-16", "The council's plans to shut the pool in Xville on Monday face a vote.",
     "2024-04-22"),
])
def test_plans_to_as_a_verb_as_before(published: str, text: str, expected: str) -> None:
    assert _start(_guess(published, text)) == expected


# -- 2. a relative clause after a list's last name dates that name alone ----------------------

@pytest.mark.parametrize(("published", "text", "place", "expected"), [
    # Saturday 8 June 2024: the earlier name is the publication date, the last one the clause's
    ("2024-06-08", "The squad will head to Xville and then Ytown, which plays on 14 July.", "Xville", "2024-06-08"),
    ("2024-06-08", "The squad will head to Xville and then Ytown, which plays on 14 July.", "Ytown", "2024-07-14"),
    ("2024-06-08", "She plays in Xville, then Ytown, which begins on 24 June.", "Xville",
     "2024-06-08"),
    ("2024-06-08", "The band flew to Xville and Ytown, where they will play from 20 June.",
     "Xville", "2024-06-08"),
])
def test_a_relative_clause_dates_its_own_name(published: str, text: str, place: str,
                                               expected: str) -> None:
    assert _start(_guess(published, text, place)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # Tuesday 5 March 2024: what the relative clause tells of holds the mention, as before
    ("2024-03-05", "The fire near Xville, which started on Thursday, has burnt 500 hectares.",
     "2024-02-29"),
    ("2024-03-05", "The road between Xville and Ytown, which closed on Monday, is still shut.",
     "2024-03-04"),
    ("2024-03-05", "Crowds gathered in Xville, Illinois, which voted on Monday.", "2024-03-04"),
])
def test_a_relative_clause_of_the_mention_as_before(published: str, text: str,
                                                     expected: str) -> None:
    assert _start(_guess(published, text)) == expected


# -- 3. a year in a "before/after -ing" phrase is the phrase's own ----------------------------

@pytest.mark.parametrize(("published", "text", "place", "expected"), [
    # Saturday 8 June 2024: the year is the move's, not the childhood's
    ("2024-06-08", "The chef grew up in Xville before moving to Ytown in 1994.", "Xville",
     "2024-06-08"),
    ("2024-06-08", "The chef grew up in Xville before moving to Ytown in 1994.", "Ytown",
     "1994-01-01"),
    ("2024-06-08", "She studied in Xville and Ytown before joining the navy in 1982.", "Xville",
     "2024-06-08"),
    ("2024-06-08", "He farmed near Xville after leaving school in March 1961.", "Xville",
     "2024-06-08"),
    ("2024-06-08", "Before settling in Ytown in 2001, she taught in Xville.", "Xville",
     "2024-06-08"),
])
def test_a_year_before_or_after_ing_is_its_phrase_s(published: str, text: str, place: str,
                                                    expected: str) -> None:
    assert _start(_guess(published, text, place)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # a day is near enough the clause's; a year outside the phrase is the clause's own
    ("2024-03-05", "After landing in Ytown on Monday, the president flew to Xville.",
     "2024-03-04"),
    ("2024-03-05", "She settled in Xville in 1990 after fleeing the war.", "1990-01-01"),
])
def test_a_year_of_the_clause_as_before(published: str, text: str, expected: str) -> None:
    assert _start(_guess(published, text)) == expected


# -- 4. a day first set, then moved, gives way to the day it was moved to ---------------------

@pytest.mark.parametrize(("published", "text", "expected"), [
    # Tuesday 5 March 2024: brought forward from Saturday 2 March, comma or none, as "The
    # match set for Sunday was brought forward to Saturday" is (test_fix38_dates)
    ("2024-03-05", ("The vote in Xville was set for Saturday but was brought forward to "
                    "Friday."), "2024-03-01"),
    ("2024-03-05", ("The vote in Xville was set for Saturday, but was brought forward to "
                    "Friday."), "2024-03-01"),
    ("2024-03-05", ("The derby in Xville was scheduled for Saturday but was put back to "
                    "Monday."), "2024-03-04"),
])
def test_a_day_first_set_gives_way_to_the_put_off(published: str, text: str,
                                                   expected: str) -> None:
    assert _start(_guess(published, text)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # no day moved to: the day first set, as before
    ("2024-03-05", "The match in Xville was set for Saturday but was postponed.", "2024-03-02"),
    ("2024-03-05", "The match in Xville was set for Saturday but was moved to a new venue.",
     "2024-03-02"),
])
def test_a_day_first_set_as_before(published: str, text: str, expected: str) -> None:
    assert _start(_guess(published, text)) == expected
