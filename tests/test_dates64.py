"""Helper dates64: audit 37's dating items — an archive reprint dated by its original's day,
a possessive time opening its sentence, a year given by a sentence's opening phrase ("the
summer of '69" too), a time before 1900 giving no date, a UTC stamp's local day for places
with no one clock, growth "since" a month with a weekly weekday, and a count of hours
continuing a story. Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from placeline.dates import (
    own_publication_date,
    reprinted_on,
    the_places_day,
    written_on,
)
from placeline.events import build_events
from placeline.ingest import RawDocument
from placeline.models import Mention, Place
from placeline.pipeline import make_article
from tests.helpers import dated, span

MON_6_MAY = dt.date(2024, 5, 6)
SAT_14_SEP = dt.date(2019, 9, 14)


# -- 1. an archive reprint is dated by its original's day; the reprint's day is metadata ----

REPRINT = ("From the archive, 12 March 1952: Floods cut off the Fens\n\n"
           "Tue 12 Mar 2024 06.00 GMT\n\n"
           "Ely, March 11.\n"
           "The river burst its banks at Littleport this afternoon, and last week the "
           "water had already closed the road to March.\n")


def test_a_reprint_from_the_archive_is_dated_by_its_original() -> None:
    guess = own_publication_date(REPRINT, {})
    assert guess.date == dt.date(1952, 3, 12)
    assert "reprint" in guess.evidence and "2024-03-12" in guess.evidence
    assert reprinted_on(REPRINT, {}) == dt.date(2024, 3, 12)


@pytest.mark.parametrize(("note", "original"), [
    ("Originally published in the Lincoln Courier on 3 June 1961", dt.date(1961, 6, 3)),
    ("This article first appeared in the Tay Gazette on 9 January 1983.",
     dt.date(1983, 1, 9)),
    ("50 years ago: 8 May 1974", dt.date(1974, 5, 8)),
])
def test_a_reprint_s_note_gives_its_original_day(note, original) -> None:
    text = f"Storm on the coast\nPublished 8 May 2024\n\n{note}\n\nGales struck Whitby today.\n"
    assert own_publication_date(text, {}).date == original
    assert reprinted_on(text, {}) == dt.date(2024, 5, 8)


def test_a_syndication_note_at_the_end_counts_too() -> None:
    text = ("Storm on the coast\nPublished 8 May 2024\n\nGales struck Whitby yesterday.\n\n"
            "This story was originally published by the Tees Echo on 6 May 2024.")
    assert own_publication_date(text, {}).date == dt.date(2024, 5, 6)


@pytest.mark.parametrize("lead", [
    "The blight first appeared in Skegness on 2 April 2019, growers said.",
    "Ten years ago, on 4 May 2014, a storm struck Whitby.",
])
def test_a_lead_s_past_is_no_reprint_s_note(lead) -> None:
    text = f"Storm on the coast\nPublished 8 May 2024\n\n{lead}\n"
    assert own_publication_date(text, {}).date == dt.date(2024, 5, 8)
    assert reprinted_on(text, {}) is None


def test_a_stored_reprint_keeps_its_reprint_s_day_as_metadata() -> None:
    article = make_article(RawDocument(source="fens.txt", text=REPRINT, metadata={}))
    assert article.published.date == dt.date(1952, 3, 12)
    assert article.metadata["reprinted"] == "2024-03-12"


def test_a_dateline_alone_naming_the_day_before_is_when_the_report_was_written() -> None:
    published = own_publication_date(REPRINT, {}).date
    day, _ = written_on(REPRINT, published, None, {})
    assert day == dt.date(1952, 3, 11)
    guess = dated(REPRINT, "Littleport", day)
    assert span(guess) == (dt.date(1952, 3, 11), None, "day")
    last_week = dated(REPRINT, "March.", day)
    assert span(last_week) == (dt.date(1952, 3, 3), dt.date(1952, 3, 9), "week")


# -- 2. a possessive time opening its sentence before an event's noun dates the sentence ----

@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Saturday's landslide, the worst in a decade, buried homes west of Kandy province.",
     "Kandy", (dt.date(2024, 5, 4), None, "day")),
    ("Saturday's blast, at 6:15 a.m. local time, shook windows across Kandy.",
     "Kandy", (dt.date(2024, 5, 4), None, "day")),
    ("Last week's storms, which brought down power lines, flooded streets in Galle.",
     "Galle", (dt.date(2024, 4, 29), dt.date(2024, 5, 5), "week")),
    ("Thursday's vote, watched closely abroad, gave the ruling party control of Jaffna.",
     "Jaffna", (dt.date(2024, 5, 2), None, "day")),
])
def test_a_possessive_time_opening_its_sentence_dates_the_sentence(text, name,
                                                                    expected) -> None:
    assert span(dated(text, name, MON_6_MAY)) == expected


@pytest.mark.parametrize(("text", "name"), [
    # a publication's day is no event's
    ("Saturday's paper, a special edition, reported flooding across Kandy.", "Kandy"),
    # not the sentence's subject
    ("Rescuers, tired after Saturday's landslide, searched the slopes near Kandy.", "Kandy"),
])
def test_a_possessive_time_that_is_no_subject_s_event_dates_its_noun_only(text, name) -> None:
    guess = dated(text, name, MON_6_MAY)
    assert (guess.date, guess.precision) == (MON_6_MAY, "publication")


# -- 3. a year given by the sentence's opening phrase; 'YY; before 1900: no date ------------

@pytest.mark.parametrize(("text", "name", "expected"), [
    (("In the autumn of 1974, strikes spread across the country, and in November a bomb "
     "exploded in a pub in Birmingham."), "Birmingham",
     (dt.date(1974, 11, 1), dt.date(1974, 11, 30), "month")),
    (("In 1981, riots broke out in several cities, and on 10 April crowds clashed with police "
     "in Brixton."), "Brixton", (dt.date(1981, 4, 10), None, "day")),
    ("The summer of '76 dried reservoirs across Devon, and rationing followed.", "Devon",
     (dt.date(1976, 6, 1), dt.date(1976, 8, 31), "season")),
])
def test_the_opening_phrase_s_year_reaches_the_sentence(text, name, expected) -> None:
    assert span(dated(text, name, SAT_14_SEP)) == expected


def test_what_is_still_to_come_keeps_its_own_year() -> None:
    text = "In 2016, she moved to Leeds, and in March she will open a shop in York."
    assert dated(text, "York", SAT_14_SEP).date == dt.date(2020, 3, 1)


def test_a_decade_opening_the_sentence_gives_no_year() -> None:
    text = "In the 1980s, pits closed across the valleys, and in March miners marched in Cardiff."
    guess = dated(text, "Cardiff", SAT_14_SEP)
    assert guess.date.year == 2019


@pytest.mark.parametrize("text", [
    "Forty years before, in the late 1880s, a railway had reached Bulawayo.",
    "A cyclone flattened Bulawayo in 1893.",
])
def test_a_time_before_1900_gives_no_date_not_the_publication_s(text) -> None:
    guess = dated(text, "Bulawayo", SAT_14_SEP)
    assert (guess.date, guess.precision) == (None, "unknown")
    assert "before 1900" in guess.flag


def test_a_street_s_block_is_no_year_before_1900() -> None:
    text = "Deputies were called to the 1400 block of Elm Street in Hartsville."
    guess = dated(text, "Hartsville", SAT_14_SEP)
    assert (guess.date, guess.precision, guess.flag) == (SAT_14_SEP, "publication", "")


# -- 4. a UTC stamp's local day for every place, those with no one clock too ----------------

def test_a_region_takes_the_day_its_article_s_places_stood_on() -> None:
    text = "A tornado tore through Wichita this evening. The governor of Kansas declared an " \
           "emergency."
    stamp = dt.datetime(2024, 5, 7, 2, 40, tzinfo=dt.UTC)  # 21:40 on the 6th in Kansas
    wichita = Place(id="t:1", name="Wichita", lat=37.69, lon=-97.34, kind="city", country="US")
    kansas = Place(id="t:2", name="Kansas", lat=38.5, lon=-98.0, kind="admin1", country="US")
    mentions = [Mention(text.index("Wichita"), text.index("Wichita") + 7, "Wichita", wichita,
                        0.9),
                Mention(text.index("Kansas"), text.index("Kansas") + 6, "Kansas", kansas, 0.9)]
    events = {e.place_id: e for e in build_events(text, mentions, stamp.date(), stamp)}
    assert events["t:1"].date == dt.date(2024, 5, 6)
    assert events["t:2"].date == dt.date(2024, 5, 6)


def test_places_on_different_days_give_no_shared_day() -> None:
    stamp = dt.datetime(2024, 5, 7, 2, 40, tzinfo=dt.UTC)
    places = [(37.69, -97.34, "US", "city"), (51.5, -0.12, "GB", "city")]
    assert the_places_day(stamp, stamp.date(), places) is None
    assert the_places_day(stamp, stamp.date(), places[:1]) == dt.date(2024, 5, 6)


# -- 5. what has grown since a month runs to the report; a weekly weekday is no day ---------

def test_growth_since_a_month_runs_to_the_report() -> None:
    text = "In Rostock, weekly Thursday vigils have swelled since August."
    published = dt.date(2019, 10, 20)
    assert span(dated(text, "Rostock", published)) == (
        dt.date(2019, 8, 1), published, "range")


def test_a_weekday_after_every_is_a_habit_not_a_day() -> None:
    guess = dated("In Rostock, vigils are held every Thursday.", "Rostock",
                   dt.date(2019, 10, 20))
    assert guess.precision == "publication"


# -- 6. a count of hours continuing the story stands on the day last told -------------------

STORM = ("A tornado touched down near Joplin on Saturday evening. Within an hour, hail had "
         "flattened crops around Carthage. Two hours later, sirens sounded in Neosho. "
         "Forecasters said storms would reach Springfield within hours.")


@pytest.mark.parametrize("name", ["Carthage", "Neosho"])
def test_hours_later_stand_on_the_day_the_story_last_told(name) -> None:
    guess = dated(STORM, name, MON_6_MAY)
    assert span(guess) == (dt.date(2024, 5, 4), None, "day")


def test_hours_ahead_in_a_forecast_count_from_the_report() -> None:
    assert dated(STORM, "Springfield", MON_6_MAY).date == MON_6_MAY


def test_hours_with_no_day_told_before_keep_the_publication_date() -> None:
    guess = dated("Within an hour, hail had flattened crops around Carthage.", "Carthage",
                   MON_6_MAY)
    assert (guess.date, guess.precision) == (MON_6_MAY, "publication")


def test_hours_after_the_report_s_own_day_keep_the_day_at_the_place() -> None:
    text = "A tornado hit Joplin this evening. Two hours later, sirens sounded in Neosho."
    guess = dated(text, "Neosho", dt.date(2024, 5, 7), local=dt.date(2024, 5, 6), utc=True)
    assert guess.date == dt.date(2024, 5, 6)
