"""Helper dates66: review 36's findings on the dating rules of dates65 ("year to date" as a
record or a verb, Memorial Day outside the United States, "the city where …", "overnight" in
a story that has told its day, in headlines and after unrelated words, "later this
fortnight"), the anaphors found once per article, and the code's shape. Texts of our own and
the reviewer's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from placeline import timex
from placeline.events import build_events
from placeline.models import Mention, Place
from tests.helpers import dated, span

WED_8_MAY = dt.date(2024, 5, 8)
D = dt.date
ROOT = Path(__file__).resolve().parents[1]


# -- item 1: "year to date" as a record ("on record") or as a verb is no span ---------------

@pytest.mark.parametrize("text", [
    "2023 was the hottest year to date in Carlisle.",
    "It was the busiest month to date for the port of Carlisle.",
    "It will take a year to date the remains found near Carlisle, archaeologists said.",
    "It was the most violent week to date in Carlisle.",
])
def test_a_record_s_or_the_verb_s_year_to_date_is_no_span(text) -> None:
    assert dated(text, "Carlisle", WED_8_MAY).precision == "publication"


@pytest.mark.parametrize("text", [
    "Sales in Carlisle are up 8% year to date.",
    "Year-to-date sales in Carlisle rose 8%.",
    "Sales in Carlisle for the year to date rose 8%.",
    "Net interest year to date rose 5% at the bank in Carlisle.",
])
def test_year_to_date_as_a_span_stays_so(text) -> None:
    assert span(dated(text, "Carlisle", WED_8_MAY)) == (D(2024, 1, 1), D(2024, 5, 8), "range")


# -- item 2: the United States' Memorial and Presidents' Day only in its articles -----------

@pytest.mark.parametrize(("text", "name", "published"), [
    ("Sirens sounded across Jerusalem on Memorial Day as Israel honoured its fallen soldiers.",
     "Jerusalem", D(2024, 5, 14)),
    ("Wreaths were laid in Seoul on Memorial Day.", "Seoul", D(2024, 6, 7)),
    ("Stores in Gaborone were closed on Presidents' Day.", "Gaborone", D(2024, 7, 20)),
])
def test_memorial_day_outside_the_united_states_is_no_day(text, name, published) -> None:
    assert dated(text, name, published).precision == "publication"


@pytest.mark.parametrize(("text", "name", "published", "expected"), [
    ("Beaches near Seattle, Washington, will be packed on Memorial Day.", "Seattle", WED_8_MAY,
     D(2024, 5, 27)),
    ("Stores in Seattle, Wash., were open on Presidents' Day.", "Seattle", D(2024, 3, 8),
     D(2024, 2, 19)),
    ("U.S. markets in New York were shut on Memorial Day.", "New York", D(2024, 6, 7),
     D(2024, 5, 27)),
    ("Schools in Carlisle closed on Martin Luther King Day.", "Carlisle", D(2024, 2, 7),
     D(2024, 1, 15)),
])
def test_the_united_states_memorial_day_stays_its_day(text, name, published, expected) -> None:
    assert span(dated(text, name, published)) == (expected, None, "day")


# -- item 7: "the city where …" and "moved to the city" are another city ------------------

CARLISLE = Place(id="t:carlisle", name="Carlisle", lat=54.89, lon=-2.93, kind="city",
                 country="GB")


def _events_of(text: str) -> list:
    at = text.index("Carlisle")
    return build_events(text, [Mention(at, at + 8, "Carlisle", CARLISLE, 0.9)], WED_8_MAY)


@pytest.mark.parametrize(("text", "year"), [
    ("She grew up in Carlisle. In 2005 she moved to the city where her husband worked.", 2005),
    ("He left Carlisle at 18. In 1999 he opened a bakery in the town where his father was born.",
     1999),
    ("She grew up in Carlisle. In 2005 she moved to the city.", 2005),
    ("He grew up in Carlisle. In 1999 he left for the city with his father.", 1999),
    ("She grew up in Carlisle. In 2005 she found work in the city that had hired her father.",
     2005),
])
def test_the_city_that_may_be_another_dates_nothing(text, year) -> None:
    assert not any(e.date and e.date.year == year for e in _events_of(text))


def test_the_city_named_before_still_dates_it() -> None:
    text = "She grew up in Carlisle. In 2005 floods hit the city."
    assert any(e.date == D(2005, 1, 1) for e in _events_of(text))


# -- item 8: "overnight" after a day the story has told is that day's night -----------------

def test_overnight_after_the_story_s_day_is_its_night() -> None:
    text = "A warehouse in Penrith caught fire on Saturday. Police in Carlisle arrested two men " \
           "overnight."
    guess = dated(text, "Carlisle", WED_8_MAY)
    assert span(guess) == (D(2024, 5, 4), None, "day")
    assert "Saturday 4 May 2024" in guess.evidence


@pytest.mark.parametrize("text", [
    # no day told before it
    "Police in Carlisle arrested two men overnight.",
    # the day told is another paragraph's
    ("A warehouse in Penrith caught fire on Saturday.\n\nPolice in Carlisle arrested two men "
    "overnight."),
    # a day ahead is no past account's night
    "The match in Penrith is on Saturday. Police in Carlisle arrested two men overnight.",
])
def test_overnight_with_no_story_s_day_is_the_night_before(text) -> None:
    assert span(dated(text, "Carlisle", WED_8_MAY)) == (D(2024, 5, 7), None, "day")


# -- item 9: "overnight" after unrelated words, and in a headline's present ---------------

@pytest.mark.parametrize("text", [
    "Hollywood star Johnny Depp was arrested in Carlisle overnight.",
    "Crews fixed the burst main in Carlisle overnight.",
    "Police arrest two men in Carlisle overnight",
    "Russia launches drones at Carlisle overnight",
])
def test_overnight_told_or_headlined_is_the_night_before(text) -> None:
    assert span(dated(text, "Carlisle", WED_8_MAY)) == (D(2024, 5, 7), None, "day")


@pytest.mark.parametrize("text", [
    "Heavy rain is expected in Carlisle overnight.",
    "Heavy rain will spread to Carlisle overnight.",
])
def test_overnight_in_a_forecast_is_tonight(text) -> None:
    assert span(dated(text, "Carlisle", WED_8_MAY)) == (D(2024, 5, 8), None, "day")


def test_overnight_in_a_present_of_state_is_no_night() -> None:
    # (neither a headline's past nor a forecast: the report's night had been guessed)
    text = "The bridge in Carlisle is open overnight."
    assert dated(text, "Carlisle", WED_8_MAY).precision == "publication"


@pytest.mark.parametrize("text", [
    "The band from Carlisle became a star overnight.",
    "Prices in Carlisle doubled almost overnight.",
])
def test_overnight_as_suddenly_stays_no_night(text) -> None:
    assert dated(text, "Carlisle", WED_8_MAY).precision == "publication"


# -- item 10: "later/earlier this fortnight" is not the 14 days before -----------------------

@pytest.mark.parametrize("text", [
    "The council in Carlisle will decide later this fortnight.",
    "The council in Carlisle met earlier this fortnight.",
    "The council in Carlisle meets this fortnight.",
])
def test_this_fortnight_is_no_span_before(text) -> None:
    guess = dated(text, "Carlisle", WED_8_MAY)
    assert guess.precision == "publication"


@pytest.mark.parametrize(("text", "expected"), [
    ("Rain fell on Carlisle over the past fortnight.", (D(2024, 4, 24), D(2024, 5, 7), "range")),
    ("Rain will fall on Carlisle over the next fortnight.",
     (D(2024, 5, 9), D(2024, 5, 22), "range")),
])
def test_the_past_and_next_fortnight_stay_so(text, expected) -> None:
    assert span(dated(text, "Carlisle", WED_8_MAY)) == expected


# -- item 12: the anaphors found once per article, not once per card --------------------------

def test_the_article_s_anaphors_are_found_once_for_all_its_cards(monkeypatch) -> None:
    from placeline import events, snippets

    calls = []
    found = events.anaphors

    def counted(text, named):
        calls.append(text)
        return found(text, named)

    monkeypatch.setattr(events, "anaphors", counted)
    text = "Rain fell in Bhopal on Monday while Delhi was dry. The city flooded in 1984. " * 3
    every = [{"place_id": "t:bhopal", "start_char": 13, "end_char": 19, "kind": "city"},
             {"place_id": "t:delhi", "start_char": 36, "end_char": 41, "kind": "city"}]
    for place_id in ("t:bhopal", "t:delhi", "t:bhopal"):
        snippets._anaphors_of(text, every, place_id)
    assert len(calls) == 1


# -- item 13: the code's shape -----------------------------------------------------------------

def test_the_bare_year_ending_shares_the_dated_one_s_head() -> None:
    head = timex._YEAR_ENDING_HEAD
    assert timex._YEAR_ENDING.pattern.startswith(head)
    assert timex._YEAR_ENDING_BARE.pattern.startswith(head)


def test_the_split_year_names_school_once() -> None:
    assert timex._SPLIT_YEAR.pattern.count("school|academic") == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("Enrolment at schools in Leeds fell in the 2022-23 academic year.",
     (D(2022, 9, 1), D(2023, 8, 31), "range")),
    ("Enrolment at schools in Leeds fell in the 2022-23 school term.",
     (D(2022, 1, 1), D(2023, 12, 31), "range")),
])
def test_a_split_year_s_school_year_is_read_as_before(text, expected) -> None:
    assert span(dated(text, "Leeds", WED_8_MAY)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials said the road to Carlisle would reopen within 30 minutes.",
     (D(2024, 5, 8), None, "day")),
    ("Officials said the road to Carlisle would reopen within 30 hours.",
     (D(2024, 5, 8), D(2024, 5, 10), "range")),
])
def test_within_hours_or_minutes_ahead_as_before(text, expected) -> None:
    assert span(dated(text, "Carlisle", WED_8_MAY)) == expected


def test_the_card_s_publication_date_note_follows_the_dating_label(monkeypatch) -> None:
    from app_common import event_line
    from placeline import dates
    from placeline.snippets import Snippet

    monkeypatch.setattr(dates, "PUBLICATION_DATE", "date of issue")
    card = Snippet(1, "Storm", "2024-05-15", "explicit", "2024-05-14", None, "publication", [],
                   "", "fallback", "date of issue, Tuesday 14 May at the place")
    assert "the publication date there" in event_line(card)


@pytest.mark.parametrize("name", ["timex.py", "dates.py"])
def test_no_line_of_the_dating_modules_is_over_100_characters(name) -> None:
    lines = (ROOT / "placeline" / name).read_text(encoding="utf-8").splitlines()
    assert [n for n, line in enumerate(lines, 1) if len(line) > 100] == []
