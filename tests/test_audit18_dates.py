"""Audit 18, dates: a weekday written with its date is dated by the date; a deadline's
weekday ("until Thursday") lies ahead; "this weekend" takes its clause's tense; year ranges,
"the 2022 floods" and fixed holidays; an event keeps the most precise of its mentions'
evidence; a weekday near midnight is read on the calendar of the place it happened."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from placeline.dates import event_date
from placeline.models import DateGuess


def _guess(published: str, sentence: str, place: str = "Xville") -> DateGuess:
    start = sentence.index(place)
    return event_date(sentence, start, start + len(place), dt.date.fromisoformat(published))


def _span(guess: DateGuess) -> tuple[str | None, str | None, str]:
    return (guess.date and guess.date.isoformat(), guess.end and guess.end.isoformat(),
            guess.precision)


def _ingested(geoparser, tmp_path, rows: list[dict]):
    """The events of `rows` (JSONL rows) ingested into a fresh store."""
    from placeline.ingest import read_bytes
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    data = "\n".join(json.dumps(row) for row in rows).encode()
    store = open_store(tmp_path / "store.db")
    try:
        Pipeline(store, geoparser).ingest(read_bytes(data, "in.jsonl"))
        return store.events_frame()
    finally:
        store.close()


# -- 1. a weekday written with its date: the date wins ---------------------------------------


@pytest.mark.parametrize("sentence, expected, evidence", [
    # AP style: the weekday, then the date (the weekday had won, a week off)
    ("Xville held a vote on Tuesday, March 5.", "2024-03-05", "Tuesday, March 5"),
    ("The council in Xville voted on Tuesday, March 5, 2024, to raise taxes.", "2024-03-05",
     "Tuesday, March 5, 2024"),
    ("Xville will hold a runoff on Friday, March 22.", "2024-03-22", "Friday, March 22"),
    # day first, with or without the comma and "the"
    ("Floods hit Xville on Wednesday 6 March 2024.", "2024-03-06", "Wednesday 6 March 2024"),
    ("Xville voted on Tuesday, the 5th of March, to raise taxes.", "2024-03-05",
     "Tuesday, the 5th of March"),
    ("Xville voted on Tue, March 5.", "2024-03-05", "Tue, March 5"),
])
def test_a_weekday_written_with_its_date_is_dated_by_the_date(sentence, expected, evidence):
    guess = _guess("2024-03-13", sentence)
    assert (guess.date.isoformat(), guess.precision, guess.evidence) == (expected, "day",
                                                                         evidence)
    assert guess.flag == ""


def test_a_weekday_that_disagrees_with_its_date_keeps_the_date_and_says_so():
    guess = _guess("2024-03-13", "The council in Xville voted on Monday, March 5, 2024.")
    assert guess.date == dt.date(2024, 3, 5)
    assert "Monday" in guess.flag and "Tuesday" in guess.flag


def test_the_audit_s_council_story_is_dated_by_its_dates(geoparser, tmp_path):
    events = _ingested(geoparser, tmp_path, [{
        "id": "v", "date": "2024-03-13", "title": "Council vote",
        "text": "The council in Springfield, Illinois, voted on Tuesday, March 5, to raise "
                "property taxes. A second vote in Peoria is set for Friday, March 22."}])
    dated = dict(zip(events["place"], events["date"], strict=False))
    assert (dated["Springfield"], dated["Peoria"]) == ("2024-03-05", "2024-03-22")


# -- 6. "until / through / by / before Thursday": a deadline, ahead of the saying ------------


@pytest.mark.parametrize("published, sentence, expected", [
    # the audit's: a warning and an order of Tuesday 12 March, for days to come
    ("2024-03-12", "Officials warned residents of Xville to boil water until Thursday.",
     "2024-03-14"),
    ("2024-03-12", "Residents of Xville were told to evacuate by Wednesday.", "2024-03-13"),
    ("2024-03-12", "Xville was ordered to file its budget before Friday.", "2024-03-15"),
    ("2024-03-12", "The exhibit in Xville runs through Sunday.", "2024-03-17"),
    ("2024-03-12", "The road through Xville will stay closed till Sunday.", "2024-03-17"),
    # the deadline a past account tells of is the nearer one: gone by on Saturday
    ("2024-03-16", "The road through Xville stayed closed until Thursday.", "2024-03-14"),
    ("2024-03-14", "Residents of Xville were told to evacuate by Thursday.", "2024-03-14"),
    # a possessive names the day of what follows, not a deadline
    ("2024-03-12", "Roofs were torn off by Friday's storm in Xville.", "2024-03-08"),
])
def test_a_weekday_after_until_or_by_is_a_deadline_ahead(published, sentence, expected):
    guess = _guess(published, sentence)
    if guess.precision == "range":  # (fix 53: a state until a day ahead runs from the report;
        # dates62: a deadline "by" a day ahead too)
        assert guess.date.isoformat() == published
    assert ((guess.end or guess.date).isoformat(), guess.precision) == (
        expected, "range" if expected > published and "before" not in sentence.split()
        else "day")


def test_the_audit_s_boil_notice_runs_until_the_coming_thursday(geoparser, tmp_path):
    events = _ingested(geoparser, tmp_path, [{
        "id": "b", "date": "2024-03-12", "title": "Boil notice",
        "text": "Officials warned residents of Decatur, Illinois, to boil water until "
                "Thursday."}])
    assert set(events.loc[events["place"] == "Decatur", "date"]) == {"2024-03-12"}  # fix 53


# -- 16. "this weekend" in the clause's tense --------------------------------------------------


@pytest.mark.parametrize("published, sentence, expected", [
    # Monday 9 September 2024: told in the past, the weekend just gone (it had been the next)
    ("2024-09-09", "This weekend, Xville held its annual parade.", ("2024-09-07", "2024-09-08")),
    ("2024-09-09", "Xville will host a food festival this weekend.",
     ("2024-09-14", "2024-09-15")),
    ("2024-09-09", "Xville hosts its food festival this weekend.", ("2024-09-14", "2024-09-15")),
    # on the weekend itself, it is that one, whatever the tense
    ("2024-09-08", "Xville held its parade this weekend.", ("2024-09-07", "2024-09-08")),
    ("2024-09-07", "Xville will hold its parade this weekend.", ("2024-09-07", "2024-09-08")),
])
def test_this_weekend_follows_the_clause_tense(published, sentence, expected):
    assert _span(_guess(published, sentence)) == (*expected, "range")


def test_the_audit_s_parade_is_dated_to_the_weekend_gone(geoparser, tmp_path):
    events = _ingested(geoparser, tmp_path, [{
        "id": "p", "date": "2024-09-09", "title": "Parade",
        "text": "This weekend, Montreal held its annual parade."}])
    assert set(zip(events["date"], events["date_end"], strict=True)) == {
        ("2024-09-07", "2024-09-08")}


# -- 21. year ranges, "the 2022 floods", fixed holidays, "a fortnight ago" ----------------------


@pytest.mark.parametrize("sentence, expected", [
    # ranges of years (the publication date had stood in, or the first year alone)
    ("Between 2014 and 2022, the population of Xville doubled.",
     ("2014-01-01", "2022-12-31", "range")),
    ("From 2010 to 2015 Xville grew fast.", ("2010-01-01", "2015-12-31", "range")),
    ("Xville was ruled by the army from 1990 until 1995.", ("1990-01-01", "1995-12-31", "range")),
    ("Xville hosted the fair from 2016-2018.", ("2016-01-01", "2018-12-31", "range")),
    # a year before an event's name, or its plural (only ordinary plurals are counts)
    ("The 2022 floods in Xville displaced millions.", ("2022-01-01", "2022-12-31", "year")),
    ("The 2014 World Cup final was played in Xville.", ("2014-01-01", "2014-12-31", "year")),
    ("The 2011 Tohoku earthquake shook Xville.", ("2011-01-01", "2011-12-31", "year")),
    ("Its 2019 elections were held in Xville.", ("2019-01-01", "2019-12-31", "year")),
    # fixed-date holidays, the year by the tense as for a day and month
    ("Stores in Xville were busy on Christmas Eve.", ("2023-12-24", None, "day")),
    ("Xville will light its tree on Christmas Day.", ("2024-12-25", None, "day")),
    ("Fireworks lit up Xville on New Year's Eve 2019.", ("2019-12-31", None, "day")),
    ("Parades filled Xville on St. Patrick's Day.", ("2024-03-17", None, "day")),
    # two weeks
    ("Floods hit Xville a fortnight ago.", ("2024-08-26", "2024-09-01", "week")),
    ("Xville will vote in a fortnight.", ("2024-09-23", "2024-09-29", "week")),
])
def test_year_ranges_event_years_and_holidays(sentence, expected):
    assert _span(_guess("2024-09-09", sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # numbers that count are no years
    ("Between 1500 and 2000 people marched in Xville on Monday.", ("2024-09-09", None, "day")),
    ("From 1990 to 2000 residents left Xville last year.",
     ("2023-01-01", "2023-12-31", "year")),
    ("The 2000 residents of Xville were evacuated on Monday.", ("2024-09-09", None, "day")),
    ("The 1500 Syrian refugees in Xville were moved on Monday.", ("2024-09-09", None, "day")),
])
def test_counts_stay_counts(sentence, expected):
    assert _span(_guess("2024-09-09", sentence)) == expected


def test_a_range_of_years_needs_no_publication_date():
    sentence = "Between 2014 and 2022, the population of Xville doubled."
    start = sentence.index("Xville")
    guess = event_date(sentence, start, start + 6, None)
    assert _span(guess) == ("2014-01-01", "2022-12-31", "range")


# -- 23. two mentions giving one date: the event keeps the more precise evidence --------------

DERBY = "Flood in Derby\n\nFloods hit Derby on Wednesday, March 6, 2024. Nottingham was spared."


def _derby_events(order: list[int]):
    from placeline.events import build_events
    from placeline.models import Mention, Place

    derby = Place("geonames:2651347", "Derby", 52.92, -1.48, "city", "GB")
    starts = [m.start() for m in re.finditer("Derby", DERBY)]
    mentions = [Mention(starts[i], starts[i] + 5, "Derby", derby, 0.9) for i in order]
    return build_events(DERBY, mentions, dt.date(2024, 3, 6))


@pytest.mark.parametrize("order", [[0, 1], [1, 0]])
def test_an_event_keeps_the_evidence_of_the_mention_that_dates_it(order):
    (event,) = _derby_events(order)
    assert (event.date, event.precision, event.evidence) == (
        dt.date(2024, 3, 6), "day", "Wednesday, March 6, 2024")
    assert DERBY[event.snippet_start:event.snippet_end].startswith("Floods hit Derby")


def test_the_audit_s_flood_in_derby_says_where_its_date_comes_from(geoparser, tmp_path):
    events = _ingested(geoparser, tmp_path, [{
        "id": "d", "date": "2024-03-06", "title": "Flood in Derby",
        "text": "Floods hit Derby on Wednesday, March 6, 2024. Nottingham was spared."}])
    derby = events[events["place"] == "Derby"]
    assert list(zip(derby["date"], derby["precision"], derby["date_evidence"],
                    strict=True)) == [("2024-03-06", "day", "Wednesday, March 6, 2024")]


# -- 18. a weekday near midnight is read on the calendar of the place --------------------------
# The stamp fixes the instant, the mention the place: the weekday is read on the date it was
# there (its time zone's; round(lon / 15) hours without a time zone database), for that
# mention only. A rule that read it on the date in UTC was withdrawn: it dated an arrest in an
# evening Ohio story stamped after midnight UTC tomorrow.

ROTTERDAM = "Dock workers in Rotterdam walked out early on Friday, the union said."


@pytest.mark.parametrize("value, expected", [
    ("2024-03-14T23:30:00-07:00", dt.datetime(2024, 3, 15, 6, 30, tzinfo=dt.UTC)),
    ("2024-03-14T23:30:00Z", dt.datetime(2024, 3, 14, 23, 30, tzinfo=dt.UTC)),
    ("2024-03-14 23:30-0700", dt.datetime(2024, 3, 15, 6, 30, tzinfo=dt.UTC)),
    ("Thu, 14 Mar 2024 23:30:00 -0700", dt.datetime(2024, 3, 15, 6, 30, tzinfo=dt.UTC)),
    ("Thu, 14 Mar 2024 23:30:00 GMT", dt.datetime(2024, 3, 14, 23, 30, tzinfo=dt.UTC)),
    ("2024-03-14T23:30:00", None),  # no offset: no instant
    ("2024-03-14", None),
    ("14 March 2024", None),
    ("2024-03-14T25:30:00-07:00", None),
])
def test_a_stamp_with_a_time_and_an_offset_is_an_instant(value, expected):
    from placeline.dates import publication_stamp

    assert publication_stamp(value) == expected
    guess = DateGuess(None, "unknown", 0.0)
    from placeline.dates import date_from_metadata
    guess = date_from_metadata({"published": value}) or guess
    assert guess.stamp == expected


def _at_the_place(stamp: str, sentence: str, place: str, lat: float, lon: float,
                  country: str, kind: str = "city") -> str:
    """The event date build_events gives the one mention of `place`."""
    from placeline.dates import publication_stamp
    from placeline.events import build_events
    from placeline.models import Mention, Place

    start = sentence.index(place)
    where = Place(f"test:{place}", place, lat, lon, kind, country)
    instant = publication_stamp(stamp)
    (event,) = build_events(sentence, [Mention(start, start + len(place), place, where, 0.9)],
                            dt.date.fromisoformat(stamp[:10]), instant)
    return event.date.isoformat()


RTM = (51.92, 4.48, "NL")
DAYTON = (39.76, -84.19, "US")
TAIPEI = (25.05, 121.53, "TW")


@pytest.mark.parametrize("stamp, sentence, place, where, expected", [
    # the audit's: 06:30 and 00:30 on Friday in Rotterdam (a week early before)
    ("2024-03-14T23:30:00-07:00", ROTTERDAM, "Rotterdam", RTM, "2024-03-15"),
    ("2024-03-14T23:30:00Z", ROTTERDAM, "Rotterdam", RTM, "2024-03-15"),
    # the withdrawn rule's case: 20:15 on Wednesday in Ohio is Thursday in UTC, not in Dayton
    ("2024-03-13T20:15:00-04:00", "Police in Dayton arrested a man on Thursday.", "Dayton",
     DAYTON, "2024-03-07"),
    ("2024-03-13T20:15:00-04:00", "Police in Dayton arrested a man on Wednesday.", "Dayton",
     DAYTON, "2024-03-13"),
    # just after midnight in Ohio it is Thursday there too (the sun's hour would say 22:30)
    ("2024-03-14T00:30:00-04:00", "Police in Dayton arrested a man on Thursday.", "Dayton",
     DAYTON, "2024-03-14"),
    # and the other case the review gave: 02:00 on Wednesday in Taipei is Tuesday in UTC
    ("2024-03-13T02:00:00+08:00", "Flights to Taipei will resume on Tuesday.", "Taipei",
     TAIPEI, "2024-03-19"),
    # only weekdays: "today" and "yesterday" count from the writer's date
    ("2024-03-14T23:30:00-07:00", "Dock workers in Rotterdam walked out yesterday.",
     "Rotterdam", RTM, "2024-03-13"),
    # a country of one time zone is a place on one calendar; one of several is not
    ("2024-03-14T23:30:00-07:00", "Dock workers in the Netherlands walked out on Friday.",
     "Netherlands", (52.25, 5.75, "NL", "country"), "2024-03-15"),
    ("2024-03-14T23:30:00+03:00", "Russia said on Friday it had hit the port.", "Russia",
     (60.0, 100.0, "RU", "country"), "2024-03-08"),
])
def test_a_weekday_near_midnight_is_read_on_the_place_s_date(stamp, sentence, place, where,
                                                             expected):
    assert _at_the_place(stamp, sentence, place, *where) == expected


def test_each_mention_is_read_on_its_own_place_s_date():
    from placeline.dates import publication_stamp
    from placeline.events import build_events
    from placeline.models import Mention, Place

    sentence = "Dock workers walked out in Rotterdam and in Los Angeles on Friday."
    places = {"Rotterdam": Place("test:r", "Rotterdam", *RTM[:2], "city", "NL"),
              "Los Angeles": Place("test:la", "Los Angeles", 34.05, -118.24, "city", "US")}
    mentions = [Mention(sentence.index(name), sentence.index(name) + len(name), name, place, 0.9)
                for name, place in places.items()]
    events = build_events(sentence, mentions, dt.date(2024, 3, 14),
                          publication_stamp("2024-03-14T23:30:00-07:00"))
    dated = {e.place_id: e.date.isoformat() for e in events}
    # Friday had come in Rotterdam; in Los Angeles it was still Thursday: last Friday
    assert dated == {"test:r": "2024-03-15", "test:la": "2024-03-08"}
    (rotterdam,) = [e for e in events if e.place_id == "test:r"]
    assert "Friday 15 March at the place" in rotterdam.evidence


def test_without_a_time_zone_database_the_longitude_gives_the_hour(monkeypatch):
    from placeline import zones

    monkeypatch.setattr(zones, "_zone_table", lambda: ())
    zones.zone_at.cache_clear()
    try:
        assert _at_the_place("2024-03-14T23:30:00-07:00", ROTTERDAM, "Rotterdam",
                             *RTM) == "2024-03-15"
        assert _at_the_place("2024-03-13T20:15:00-04:00",
                             "Police in Dayton arrested a man on Thursday.", "Dayton",
                             *DAYTON) == "2024-03-07"
    finally:
        zones.zone_at.cache_clear()


def test_the_audit_s_strike_is_dated_friday_at_ingest_and_after(geoparser, tmp_path):
    """r18: the same instant stamped in two zones, ingested, shown, processed again; and
    the Ohio story the UTC rule dated tomorrow."""
    from placeline.ingest import read_bytes
    from placeline.pipeline import Pipeline
    from placeline.snippets import place_snippets
    from placeline.store import open_store

    rows = [{"id": "r", "published": "2024-03-14T23:30:00-07:00", "title": "Strike (PDT)",
             "text": ROTTERDAM},
            {"id": "u", "published": "2024-03-14T23:30:00Z", "title": "Strike (UTC)",
             "text": ROTTERDAM.replace("said.", "said, halting traffic.")},
            {"id": "o", "published": "2024-03-13T20:15:00-04:00", "title": "Arrest",
             "text": "Police in Dayton, Ohio, arrested a man on Thursday after a chase."}]
    data = "\n".join(json.dumps(row) for row in rows).encode()
    store = open_store(tmp_path / "tz.db")
    try:
        pipeline = Pipeline(store, geoparser)
        pipeline.ingest(read_bytes(data, "in.jsonl"))
        first = store.events_frame()
        pipeline.reprocess()  # events made again from the stored mentions and metadata
        events = store.events_frame()
        rotterdam = events[events["place"] == "Rotterdam"]
        shown = place_snippets(store, rotterdam["place_id"].iloc[0], rotterdam)
        articles = store.articles_frame().set_index("title")
    finally:
        store.close()
    for frame in (first, events):
        dated = frame.groupby("place")["date"].agg(set)
        assert dated["Rotterdam"] == {"2024-03-15"}
        assert dated["Dayton"] == {"2024-03-07"}
    # the publication keeps its own date: what "today" counts from
    assert list(articles.loc[["Strike (PDT)", "Strike (UTC)", "Arrest"], "published"]) == [
        "2024-03-14", "2024-03-14", "2024-03-13"]
    assert all("at the place" in e for e in rotterdam["date_evidence"])
    # the reading panel dates the mentions as the ingest did: both sentences are shown
    assert sorted(len(s.sentences_markdown) for s in shown) == [1, 1]


@pytest.mark.parametrize("value", ["2024-03-14T00:00:00Z", "Thu, 14 Mar 2024 00:00:00 GMT"])
def test_midnight_on_the_dot_is_a_date_not_an_instant(value):
    """A feed that writes a date as midnight UTC gives no time of day: read as an instant it
    put "on Thursday" in the Americas a week early (a review: 18 of 294 LGL articles)."""
    from placeline.dates import publication_stamp

    assert publication_stamp(value) is None
    assert publication_stamp("2024-03-14T23:30:00-07:00") is not None


def test_this_weekend_ahead_in_a_past_sentence_stays_the_coming_one():
    """"Forecasters warned storms could hit Leeds this weekend" in Thursday's paper: the
    coming weekend, though "warned" is past (a review: it had become the weekend just gone)."""
    from placeline.dates import event_date

    text = "Forecasters warned storms could hit Leeds this weekend."
    at = text.index("Leeds")
    guess = event_date(text, at, at + 5, dt.date(2024, 9, 12))
    assert (guess.date, guess.end) == (dt.date(2024, 9, 14), dt.date(2024, 9, 15))


@pytest.mark.parametrize(("text", "expected"), [
    ("The road through Leeds stayed closed until Thursday.", dt.date(2024, 3, 7)),
    ("The rally in Leeds was followed by Friday prayers.", dt.date(2024, 3, 8)),
    ("Officials warned residents of Leeds to boil water until Thursday.", dt.date(2024, 3, 14)),
])
def test_a_past_accounts_until_is_the_day_gone_by_unless_it_looks_ahead(text, expected):
    """In Tuesday's paper, "stayed closed until Thursday" is the Thursday gone by and "followed
    by Friday prayers" no deadline (a review had found both made future); "warned … to boil
    water until Thursday" still looks ahead."""
    from placeline.dates import event_date

    at = text.index("Leeds")
    guess = event_date(text, at, at + 5, dt.date(2024, 3, 12))
    assert (guess.end or guess.date) == expected  # (fix 53: "until" ahead ends a span)


@pytest.mark.parametrize(("text", "name", "published", "expected"), [
    ("Survivors of the 2004 Boxing Day tsunami gathered in Phuket.", "Phuket",
     dt.date(2024, 3, 12), dt.date(2004, 1, 1)),
    ("Thousands watched the St. Patrick's Day parade in Boston on March 14.", "Boston",
     dt.date(2024, 3, 20), dt.date(2024, 3, 14)),
])
def test_a_holidays_name_before_a_noun_names_an_event_not_a_day(text, name, published,
                                                                 expected):
    """A holiday is read as its day only after "on" ("busy on Christmas Eve"): "the 2004
    Boxing Day tsunami" is 2004's, not last December's, and a parade dated March 14 keeps its
    date, not St. Patrick's (a review found both, the second in an LGL article)."""
    from placeline.dates import event_date

    at = text.index(name)
    assert event_date(text, at, at + len(name), published).date == expected
