"""Helper dates65: spans heard as a few days around the report ("within 48 hours",
"overnight", "early next week", "between Christmas and New Year"), "over the weekend" told of
a closure in force, the evidence of a date moved by `written_on`, and patterns of news
writing found untested. Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from placeline.events import build_events
from placeline.htmlpage import LAST_MODIFIED
from placeline.models import Event, Mention, Place
from placeline.present import precision_label
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


def test_the_next_months_said_by_someone_count_from_the_report() -> None:
    text = ("A summit in Carlisle is unlikely to take place in the next three months, the "
            "minister said on Tuesday.")
    guess = dated(text, "Carlisle", D(2009, 3, 31))
    assert span(guess) == (D(2009, 3, 31), D(2009, 6, 30), "range")


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


# -- 3. every rule that sets a date in the publication date's place names itself -------------

def _events(text: str, published: dt.date, stamp: dt.datetime | None = None,
            metadata: dict | None = None) -> dict[str, Event]:
    """The events of the last mentions in `text` of the few places below, by name."""
    places = {name: Place(id=f"t:{name}", name=name, lat=lat, lon=lon, kind="city",
                          country=country)
              for name, lat, lon, country in (("Savusavu", -16.78, 179.33, "FJ"),
                                              ("Labasa", -16.43, 179.36, "FJ"),
                                              ("Budapest", 47.5, 19.04, "HU"),
                                              ("Whitby", 54.49, -0.61, "GB"),
                                              ("Vancouver", 49.28, -123.12, "CA"))}
    mentions = [Mention(text.rindex(name), text.rindex(name) + len(name), name, place, 0.9)
                for name, place in places.items() if name in text]
    by_id = {e.place_id: e for e in build_events(text, mentions, published, stamp, metadata)}
    return {name: by_id[place.id] for name, place in places.items() if place.id in by_id}


UPDATE = ("UPDATE 1-Floods in Fiji\n\nSUVA, Fiji, Feb 11 (Reuters) - Floodwater rose in Labasa "
          "overnight, officials said.\n\nThe government declared a disaster in Savusavu.\n\n"
          "Schools in Savusavu stay shut.")
UPDATED = {LAST_MODIFIED: "2024-02-11T09:00:00+12:00"}
FILED = ("Rising in Hungary\n\nVienna, October 23.\n\nCrowds filled the squares of Budapest "
         "tonight.\n\nThe radio station in Budapest was besieged.")


def _no_date_label(event: Event) -> str:
    return precision_label(event.precision, event.evidence)


# (rule, text, published, stamp, metadata, place, date, words its evidence and label must say)
RULES = [
    ("the publication date", "Floods in Whitby.\n\nThe harbour in Whitby is busy.",
     D(2024, 5, 8), None, None, "Whitby", D(2024, 5, 8), "no date of its own"),
    ("an update's day standing in", UPDATE, D(2024, 2, 10), None, UPDATED, "Savusavu",
     D(2024, 2, 11), "the update's day, Sunday 11 February 2024"),
    ("an update's day counted from", UPDATE, D(2024, 2, 10), None, UPDATED, "Labasa",
     D(2024, 2, 10), "counted from the update's day"),
    ("a report filed the day before", FILED, D(1956, 10, 24), None, None, "Budapest",
     D(1956, 10, 23), "the day it was filed, Tuesday 23 October 1956"),
    ("the day at the place of a stamp in UTC",
     "Wildfire near Vancouver\n\nSmoke hung over Vancouver.", D(2024, 5, 15),
     dt.datetime(2024, 5, 15, 3, 0, tzinfo=dt.UTC), None, "Vancouver",
     D(2024, 5, 14), "at the place when published"),
    ("a span's end: the report's date",
     "Floods in Whitby.\n\nThe road to Whitby is shut until May 2.", D(2024, 5, 8), None, None, "Whitby", D(2024, 5, 8), "the end of a span"),
    ("the sentence's other dates", ("Floods in Whitby.\n\nThe harbour in Whitby has been "
     "closed since 2014."), D(2024, 5, 8), None, None, "Whitby", D(2024, 5, 8),
     "a state that still lasts began"),
]


@pytest.mark.parametrize(("rule", "text", "published", "stamp", "metadata", "name", "date",
                          "says"), RULES, ids=[rule[0] for rule in RULES])
def test_each_rule_s_evidence_names_it(rule, text, published, stamp, metadata, name, date,
                                       says) -> None:
    event = _events(text, published, stamp, metadata)[name]
    assert event.date == date
    shown = _no_date_label(event) if event.precision == "publication" else event.evidence
    assert says in shown
    if event.date != published:
        assert "publication date" not in shown or "at the place" in shown


def test_an_update_s_card_says_it_is_the_update_s_day_not_the_publication_date() -> None:
    from app_common import event_line
    from placeline.snippets import Snippet

    event = _events(UPDATE, D(2024, 2, 10), None, UPDATED)["Savusavu"]
    card = Snippet(1, "Floods in Fiji", "2024-02-10", "explicit", "2024-02-11", None,
                   event.precision, [], "", event.method, event.evidence)
    line = event_line(card)
    assert "the update's day" in line and "publication date there" not in line


# -- 4. "the city" after a named city dates it, for dating only; the panel agrees ------------

BHOPAL = Place(id="t:bhopal", name="Bhopal", lat=23.26, lon=77.41, kind="city", country="IN")
INDORE = Place(id="t:indore", name="Indore", lat=22.72, lon=75.86, kind="city", country="IN")
MADHYA = Place(id="t:mp", name="Madhya Pradesh", lat=23.5, lon=78.5, kind="admin1",
               country="IN")


def _mentions(text: str, *places: Place) -> list[Mention]:
    return [Mention(text.index(p.name), text.index(p.name) + len(p.name), p.name, p, 0.9)
            for p in places]


GAS = ("Survivors gathered on Monday in Bhopal, Madhya Pradesh. The gas leak in the city on the "
       "night of December 2-3, 1984 killed thousands.")


def test_the_city_after_a_named_city_dates_it() -> None:
    events = build_events(GAS, _mentions(GAS, BHOPAL, MADHYA), D(2024, 12, 4))
    spans = {(e.place_id, e.date, e.date_end) for e in events}
    assert ("t:bhopal", D(1984, 12, 2), D(1984, 12, 3)) in spans
    assert ("t:bhopal", D(2024, 12, 2), None) in spans
    assert not any(e.place_id == "t:mp" and e.date.year == 1984 for e in events)
    old = next(e for e in events if e.date.year == 1984)
    assert GAS[old.snippet_start:old.snippet_end].startswith("The gas leak in the city")
    assert "Bhopal, named before" in old.evidence


@pytest.mark.parametrize("text", [
    # two cities before it: which one is not told
    "Rain fell in Bhopal and Indore on Monday. Floods in the city in 1984 were worse.",
    # its own sentence names a place
    "Rain fell in Bhopal on Monday. Floods in the city of Indore in 1984 were worse.",
    # "the city of X" names its own
    "Rain fell in Bhopal on Monday. In the city of Sehore, floods in 1984 were worse.",
])
def test_the_city_that_may_be_another_dates_nothing(text) -> None:
    places = [p for p in (BHOPAL, INDORE) if p.name in text]
    events = build_events(text, _mentions(text, *places), D(2024, 12, 4))
    assert not any(e.date.year == 1984 for e in events if e.place_id == "t:bhopal")


def test_the_city_with_no_date_of_its_own_adds_no_event() -> None:
    text = "Survivors gathered on Monday in Bhopal. The city remembers its dead."
    events = build_events(text, _mentions(text, BHOPAL), D(2024, 12, 4))
    assert [(e.date, e.precision) for e in events] == [(D(2024, 12, 2), "day")]


def test_the_reading_panel_shows_the_city_s_sentence(geoparser, tmp_path) -> None:
    import json

    from placeline.ingest import read_bytes
    from placeline.pipeline import Pipeline
    from placeline.snippets import place_snippets
    from placeline.store import open_store

    row = {"id": "g1", "published": "2024-12-04", "title": "Gas disaster remembered",
           "text": "Survivors gathered on Monday in Bhopal, India. The gas leak in the city on "
                   "the night of December 2-3, 1984 killed thousands."}
    store = open_store(tmp_path / "gas.db")
    try:
        Pipeline(store, geoparser).ingest(read_bytes(json.dumps(row).encode(), "in.jsonl"))
        events = store.events_frame()
        then = events[(events["place"] == "Bhopal") & (events["date"].astype(str)
                                                        == "1984-12-02")]
        shown = place_snippets(store, then["place_id"].iloc[0], then)
    finally:
        store.close()
    assert len(then) == 1
    [card] = shown
    assert len(card.sentences_markdown) == 1
    assert "gas leak in" in card.sentences_markdown[0]
    assert "**the city**" in card.sentences_markdown[0]


# -- 5. patterns of news writing found untested -----------------------------------------------

@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Sales at the plant in Leeds rose in H1 2025.", D(2025, 9, 10),
     (D(2025, 1, 1), D(2025, 6, 30), "range")),
    ("Output in Leeds fell in H2 of 2023.", WED_8_MAY, (D(2023, 7, 1), D(2023, 12, 31), "range")),
    ("Rain fell on Leeds over the past fortnight.", WED_8_MAY,
     (D(2024, 4, 24), D(2024, 5, 7), "range")),
    ("So far this year, 40 homes in Leeds have flooded.", WED_8_MAY,
     (D(2024, 1, 1), D(2024, 5, 8), "range")),
    ("Sales in Leeds are up 8% year to date.", WED_8_MAY, (D(2024, 1, 1), D(2024, 5, 8), "range")),
    ("Inflation in Leeds hit 5% in the year to March.", WED_8_MAY,
     (D(2023, 4, 1), D(2024, 3, 31), "range")),
    ("Rents in Leeds rose 9% in the 12 months to June.", WED_8_MAY,
     (D(2022, 7, 1), D(2023, 6, 30), "range")),
    ("This time last year, Leeds was under water.", WED_8_MAY,
     (D(2023, 5, 1), D(2023, 5, 31), "month")),
    ("Enrolment at schools in Leeds fell in the 2022-23 academic year.", WED_8_MAY,
     (D(2022, 9, 1), D(2023, 8, 31), "range")),
    ("The council in Leeds met earlier in the day.", WED_8_MAY, (D(2024, 5, 8), None, "day")),
    ("Prices in Leeds have risen 4% since March.", WED_8_MAY,
     (D(2024, 3, 1), D(2024, 5, 8), "range")),
    ("Parades were held in Leeds on Labor Day.", D(2024, 2, 7), (D(2023, 9, 4), None, "day")),
    ("Beaches near Leeds, Alabama, will be packed on Memorial Day.", WED_8_MAY,
     (D(2024, 5, 27), None, "day")),
])
def test_a_pattern_of_news_writing(text, published, expected) -> None:
    assert span(dated(text, "Leeds", published)) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # (pins: these were right before and stay so)
    ("A man was arrested on Monday and appeared in court in Leeds the following day.",
     WED_8_MAY, (D(2024, 5, 7), None, "day")),
    ("Officials visited York on Monday and returned to Leeds later that day.", WED_8_MAY,
     (D(2024, 5, 6), None, "day")),
    ("The festival in Leeds opens a week on Friday.", WED_8_MAY, (D(2024, 5, 17), None, "day")),
    ("The market in Leeds reopens on Monday week.", WED_8_MAY, (D(2024, 5, 20), None, "day")),
    ("Markets in Leeds were busy at the weekend.", WED_8_MAY,
     (D(2024, 5, 4), D(2024, 5, 5), "range")),
    ("The road in Leeds has been closed since March.", WED_8_MAY,
     (D(2024, 5, 8), None, "publication")),
    ("Its H1N1 cases in Leeds rose in 2009.", WED_8_MAY,
     (D(2009, 1, 1), D(2009, 12, 31), "year")),
    ("Fans were hurt in Leeds in the last fortnight of the season.", WED_8_MAY,
     (D(2024, 5, 8), None, "publication")),
])
def test_a_pattern_already_read_stays_so(text, published, expected) -> None:
    assert span(dated(text, "Leeds", published)) == expected
