"""Left open by review 20b, dates: "said … would" looks ahead for every kind of date, not
only a weekday; "moved from Saturday to Sunday" is the day it was moved to, not a range."""

from __future__ import annotations

import json

import pytest

from tests.helpers import iso_span
from tests.test_audit19_dates import _guess

THU14 = "2024-03-14"
WED13 = "2024-03-13"


# -- 1. what was said to come looks ahead from the saying, whatever its date's kind ----------


@pytest.mark.parametrize("sentence, expected", [
    # the review's: "would" had read as the past account "said" makes, a quarter a year back
    ("Officials in Xville said the line would reopen in Q3.",
     ("2024-07-01", "2024-09-30", "range")),
    ("Officials in Xville said it would reopen in May.", ("2024-05-01", "2024-05-31", "month")),
    ("Officials in Xville said the line would reopen on the 20th.",
     ("2024-03-20", "2024-03-20", "day")),
    ("Officials in Xville said the line would reopen in early May.",  # (its first third: dates62)
     ("2024-05-01", "2024-05-10", "range")),
    # who said it, after what was said
    ("The line in Xville would reopen in May, officials said.",
     ("2024-05-01", "2024-05-31", "month")),
    ("Trains in Xville would resume on Monday, officials said.",
     ("2024-03-18", "2024-03-18", "day")),
    # "could", "may", as for a weekday since audit 20
    ("Officials said the Xville line could reopen in May.",
     ("2024-05-01", "2024-05-31", "month")),
    ("Officials said the Xville line may reopen in Q3.", ("2024-07-01", "2024-09-30", "range")),
    # as before: "will", and a weekday after "said … would"
    ("Officials in Xville said the line will reopen in Q3.",
     ("2024-07-01", "2024-09-30", "range")),
    ("Officials in Xville said trains would resume on Monday.",
     ("2024-03-18", "2024-03-18", "day")),
])
def test_what_was_said_to_come_looks_ahead(sentence, expected):
    assert iso_span(_guess(THU14, sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a past account stays in the past
    ("The line in Xville reopened in May.", ("2023-05-01", "2023-05-31", "month")),
    ("Officials in Xville said the line reopened in May.",
     ("2023-05-01", "2023-05-31", "month")),
    ("The Xville line reopened in Q3.", ("2023-07-01", "2023-09-30", "range")),
    ("The line in Xville reopened on Monday.", ("2024-03-11", "2024-03-11", "day")),
    # what would have been, and a saying dated by the month: the past
    ("Officials in Xville said the line would have reopened in May.",
     ("2023-05-01", "2023-05-31", "month")),
    ("Officials said in May that the line in Xville would reopen.",
     ("2023-05-01", "2023-05-31", "month")),
    ("Officials in Xville said the attack would have happened on Monday.",
     ("2024-03-11", "2024-03-11", "day")),
    # "would" after the date: the floods of May were, what they would cost is to come
    ("Officials said the floods in Xville in May would cost millions.",
     ("2023-05-01", "2023-05-31", "month")),
])
def test_a_past_account_stays_in_the_past(sentence, expected):
    assert iso_span(_guess(THU14, sentence)) == expected


# -- 2. "moved from Saturday to Sunday": the day it was moved to -----------------------------


@pytest.mark.parametrize("published, sentence, expected, evidence", [
    # the review's: a range Saturday-Sunday before
    (WED13, "The match in Xville was moved from Saturday to Sunday.", "2024-03-10",
     "moved from Saturday to Sunday"),
    (WED13, "The match in Xville will be moved from Saturday to Sunday.", "2024-03-17",
     "moved from Saturday to Sunday"),
    (WED13, "The Xville match has been moved from Saturday to Sunday.", "2024-03-17",
     "moved from Saturday to Sunday"),
    (WED13, "Organisers switched the Xville match from Saturday to Sunday.", "2024-03-10",
     "switched from Saturday to Sunday"),
    (WED13, "The Xville vote was changed from Thursday to Tuesday.", "2024-03-05",
     "changed from Thursday to Tuesday"),
    (WED13, "The Xville final was brought forward from Saturday to Friday.", "2024-03-08",
     "brought forward from Saturday to Friday"),
    (WED13, "The Xville final has been postponed from Friday to Monday.", "2024-03-18",
     "postponed from Friday to Monday"),
    # a move's way: the day after, unless five or six days on (then the day before)
    (WED13, "The Xville derby was moved from Sunday to Saturday.", "2024-03-09",
     "moved from Sunday to Saturday"),
    (WED13, "The council moved the Xville vote on the budget from Monday to Friday.",
     "2024-03-15", "moved from Monday to Friday"),
    # days of a month
    (WED13, "The vote in Xville was moved from May 5 to May 12.", "2024-05-12",
     "moved from May 5 to May 12"),
    (WED13, "The vote in Xville was moved from 5 to 12 May.", "2024-05-12",
     "moved from 5 to 12 May"),
    (WED13, "The Xville vote was brought forward from April 2 to March 28.", "2024-03-28",
     "brought forward from April 2 to March 28"),
])
def test_what_was_moved_from_a_day_to_another_is_the_new_day(published, sentence, expected,
                                                              evidence):
    guess = _guess(published, sentence)
    assert (guess.date.isoformat(), guess.end, guess.precision) == (expected, None, "day"), guess
    assert guess.evidence.startswith(evidence) and "moved to" in guess.evidence, guess


@pytest.mark.parametrize("published, sentence, expected", [
    # real ranges stay ranges
    (WED13, "Xville schools close from Monday to Wednesday.", ("2024-03-18", "2024-03-20")),
    (WED13, "From Saturday to Sunday the roads in Xville will be closed.",
     ("2024-03-16", "2024-03-17")),
    (WED13, "Fans moved through Xville from Saturday to Sunday.", ("2024-03-09", "2024-03-10")),
    (WED13, "The family moved to a flat in Xville from Saturday to Sunday.",
     ("2024-03-09", "2024-03-10")),
    (WED13, "Xville hosted the fair from 5 to 12 March.", ("2024-03-05", "2024-03-12")),
])
def test_a_range_that_is_no_move_stays_a_range(published, sentence, expected):
    guess = _guess(published, sentence)
    assert (guess.date.isoformat(), guess.end.isoformat(), guess.precision) == \
        (*expected, "range"), guess


# -- 3. east of UTC, a feed's local midnights written in UTC are that zone's dates ----------


def _rows(stamps: list, site: str = "", key: str = "published") -> list[dict]:
    return [{"id": f"{site}{i}", key: stamp, "text": "Floods hit Athens today.",
             **({"url": f"https://{site}/{i}"} if site else {})} for i, stamp in enumerate(stamps)]


def _published(rows: list[dict]) -> list:
    """Each row's publication date as the ingest reads it (`own_publication_date`)."""
    from placeline.pipeline import make_article
    from tests.test_review20_dates import _feed

    return [make_article(document).published for document in _feed(rows)]


@pytest.mark.parametrize("stamps, dates, zone", [
    # the review's: a UTC+2 newsroom's dates (4 March had been the publication date); east
    # of UTC on three days at least (review 21)
    (["2024-03-04T22:00:00Z", "2024-03-05T22:00:00Z", "2024-03-07T22:00:00Z"],
     ["2024-03-05", "2024-03-06", "2024-03-08"], "+02:00"),
    (["2024-03-04T23:00:00.000Z", "2024-03-05T23:00:00+00:00", "2024-03-07T23:00:00Z",
      "2024-03-06"], ["2024-03-05", "2024-03-06", "2024-03-08", "2024-03-06"], "+01:00"),
    # half an hour: India; RSS; a Unix time
    (["2024-03-04T18:30:00Z", "2024-03-05T18:30:00Z", "2024-03-07T18:30:00Z"],
     ["2024-03-05", "2024-03-06", "2024-03-08"], "+05:30"),
    (["Mon, 04 Mar 2024 22:00:00 GMT", 1709676000, "2024-03-07T22:00:00Z"],
     ["2024-03-05", "2024-03-06", "2024-03-08"], "+02:00"),
    # west of UTC, at an hour the west rule leaves out (UTC-1) or on the half hour
    (["2024-03-05T01:00:00Z", "2024-03-06T01:00:00Z"], ["2024-03-05", "2024-03-06"], "-01:00"),
    (["2024-03-05T03:30:00Z", "2024-03-06T03:30:00Z"], ["2024-03-05", "2024-03-06"], "-03:30"),
])
def test_a_feed_of_one_zone_s_midnights_gives_that_zone_s_dates(stamps, dates, zone):
    guesses = _published(_rows(stamps))
    assert [g.date.isoformat() for g in guesses] == dates
    dated = [g for g in guesses if "(a date" in g.evidence]
    assert len(dated) == sum(1 for s in stamps if not str(s).endswith("-06")) and all(
        g.stamp is None and f"midnight at UTC{zone}" in g.evidence for g in dated), guesses


def test_the_evidence_says_which_zone_s_date_a_stamp_is():
    guess = _published(_rows(["2024-03-04T22:00:00Z", "2024-03-05T22:00:00Z",
                              "2024-03-06T22:00:00Z"]))[0]
    assert guess.evidence == ("metadata published: 2024-03-04T22:00:00Z (a date, not a time: "
                              "its file's 3 stamps are all at 22:00 UTC, midnight at UTC+02:00, "
                              "so 5 March)")


@pytest.mark.parametrize("stamps", [
    # noon UTC, a date-only value's placeholder, and 11:00 or 15:00 UTC, a New York
    # briefing's fixed hour, are instants, not New Zealand's or Japan's midnights; two days
    # of 22:00 UTC are not enough (review 21: each had put every row a day late)
    ["2024-03-04T12:00:00Z", "2024-03-05T12:00:00Z", "2024-03-06T12:00:00Z"],
    ["2024-03-04T11:00:00Z", "2024-03-05T11:00:00Z", "2024-03-06T11:00:00Z"],
    ["2024-03-04T15:00:00Z", "2024-03-05T15:00:00Z"],
    ["2024-03-04T22:00:00Z", "2024-03-05T22:00:00Z"],
])
def test_stamps_at_a_working_hour_stay_instants(stamps):
    guesses = _published(_rows(stamps))
    assert all("(a date" not in g.evidence and g.stamp is not None for g in guesses), guesses


@pytest.mark.parametrize("stamps", [
    # stamps that vary through the day, or an hour apart (summer time cannot be told from a
    # time of day), are instants
    ["2024-03-04T22:00:00Z", "2024-03-05T23:00:00Z"],
    ["2024-03-04T22:00:00Z", "2024-03-05T22:00:00Z", "2024-03-05T21:47:00Z"],
    ["2024-03-04T22:00:00Z", "2024-03-05T22:00:00Z", "2024-03-05T05:00:00Z"],
    # one stamp, or a batch stamped at one instant (four Los Angeles fires at 01:00 UTC on
    # one day, audit 19); the writer's own offset; a time that is midnight in no zone; seconds
    ["2024-03-04T22:00:00Z"],
    ["2024-03-04T22:00:00Z", "2024-03-04T22:00:00Z", "2024-03-04T22:00:00.000Z"],
    ["2024-03-16T01:00:00+00:00", "2024-03-16T01:00:00+00:00"],
    ["Mon, 04 Mar 2024 22:00:00 GMT", 1709589600],  # (one instant written two ways)
    ["2024-03-04T23:00:00+01:00", "2024-03-05T23:00:00+01:00"],
    ["2024-03-04T21:30:00Z", "2024-03-05T21:30:00Z"],
    ["2024-03-04T22:00:05Z", "2024-03-05T22:00:05Z"],
])
def test_stamps_of_no_one_zone_s_midnight_stay_instants(stamps):
    guesses = _published(_rows(stamps))
    assert all(g.stamp is not None and "(a date" not in g.evidence for g in guesses), guesses
    assert [g.date for g in guesses] == [g.stamp.date() for g in guesses]


def test_a_site_of_one_zone_s_midnights_beside_one_of_instants():
    """An aggregated feed: a Greek site's rows at 22:00 UTC are its dates; another site's
    22:00 UTC, among its other times, stays an instant."""
    guesses = _published(_rows(["2024-03-04T22:00:00Z", "2024-03-05T22:00:00Z",
                                "2024-03-06T22:00:00Z"], "ekathimerini.com")
                         + _rows(["2024-03-04T22:00:00Z", "2024-03-05T09:12:00Z"], "bbc.co.uk"))
    assert [(g.date.isoformat(), g.stamp is None) for g in guesses] == [
        ("2024-03-05", True), ("2024-03-06", True), ("2024-03-07", True),
        ("2024-03-04", False), ("2024-03-05", False)]
    assert "stamps from ekathimerini.com are all at 22:00 UTC" in guesses[0].evidence


def test_a_zone_s_midnights_put_the_story_on_its_day(geoparser, tmp_path):
    """Athens's flood story of 5 March, stamped at its midnight in UTC (22:00 on the 4th):
    the article and its places on the 5th, after reprocess too (the 4th before)."""
    from placeline.ingest import read_bytes
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    rows = [{"id": "gr1", "published": "2024-03-04T22:00:00Z", "title": "Floods in Athens",
             "text": "Heavy rain flooded streets in Athens and Piraeus, officials said."},
            {"id": "gr2", "published": "2024-03-05T22:00:00Z", "title": "Strike in Thessaloniki",
             "text": "Dock workers in Thessaloniki walked out, the union said."},
            {"id": "gr3", "published": "2024-03-06T22:00:00Z", "title": "Ferry delays",
             "text": "Ferries were delayed by high winds, the coastguard said."}]
    store = open_store(tmp_path / "gr.db")
    try:
        pipeline = Pipeline(store, geoparser)
        pipeline.ingest(read_bytes("\n".join(json.dumps(r) for r in rows).encode(), "gr.jsonl"))
        first = store.events_frame()
        pipeline.reprocess()
        events, articles = store.events_frame(), store.articles_frame()
    finally:
        store.close()
    for frame in (first, events):
        dates = dict(zip(frame["place"], frame["date"].astype(str), strict=False))
        assert {p: dates[p] for p in ("Athens", "Piraeus", "Thessaloníki")} == {
            "Athens": "2024-03-05", "Piraeus": "2024-03-05", "Thessaloníki": "2024-03-06"}
    assert sorted(articles["published"]) == ["2024-03-05", "2024-03-06", "2024-03-07"]


# -- 4. a store read before the rule: the feed read again dates its rows --------------------


def test_a_feed_read_again_dates_the_rows_stored_as_instants(geoparser, tmp_path):
    """A store made before the midnight rule (the rows as they were stored then: no
    `stamp_is_date`) kept the Times' stamps as instants, Chicago on 4 March: ingesting the
    file again had said "2 already stored", as its declared date was the same, and reprocess
    reads the stored metadata, so nothing but deleting the rows moved them. The stamp read
    as a date now is a new version of the row."""
    from placeline.ingest import STAMP_DATE, read_bytes
    from placeline.pipeline import Pipeline
    from placeline.store import open_store
    from tests.test_review20_dates import NYT

    data = "\n".join(json.dumps(row) for row in NYT).encode()
    store = open_store(tmp_path / "old.db")
    try:
        pipeline = Pipeline(store, geoparser)
        before = list(read_bytes(data, "nyt.jsonl"))
        for document in before:
            del document.metadata[STAMP_DATE]
        pipeline.ingest(before)
        old = store.events_frame()
        report = pipeline.ingest(read_bytes(data, "nyt.jsonl"))
        events = store.events_frame()
    finally:
        store.close()
    assert dict(zip(old["place"], old["date"].astype(str), strict=False))["Chicago"] == \
        "2024-03-04"  # (the store as the rules before made it)
    assert (len(report.updated), report.duplicates) == (2, [])
    assert set(report.changes.values()) == {"its stamp is read as a date now, not a time"}
    assert set(events["date"].astype(str)) == {"2024-03-05"}


# -- 5. more ways of saying when ------------------------------------------------------------


@pytest.mark.parametrize("sentence, expected", [
    # a day of the month in words, as "on the 21st" (the last by publication in a past
    # account, else the first from it on); not the first, second, third: "on the first and
    # second floors", "on the second attempt" are no days
    ("Xville was hit on the twenty-first.", ("2024-02-21", "2024-02-21", "day")),
    ("The vote in Xville is on the twenty-first.", ("2024-03-21", "2024-03-21", "day")),
    ("Xville was hit on the twenty first.", ("2024-02-21", "2024-02-21", "day")),
    ("Xville votes on the thirtieth of next month.", ("2024-04-30", "2024-04-30", "day")),
    # "the fourth day of the month", as "the 4th"
    ("The vote in Xville is on the fourth day of the month.",
     ("2024-04-04", "2024-04-04", "day")),
    ("Xville was flooded on the 4th day of the month.", ("2024-03-04", "2024-03-04", "day")),
    # a decade without its century, as "the 1960s": the last one begun by publication
    ("The tower in Xville was built in the '60s.", ("1960-01-01", "1969-12-31", "range")),
    ("Xville boomed in the late ’90s.", ("1997-01-01", "1999-12-31", "range")),
    ("Xville has grown fast in the '20s.", ("2020-01-01", "2029-12-31", "range")),
])
def test_more_ways_of_saying_when(sentence, expected):
    assert iso_span(_guess(THU14, sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "Shots were fired in Xville on the first and second floors.",
    "Xville won on the second attempt.",
    "It was the fourth day of the war in Xville.",
    "Xville is in the twenty-first century.",
    "Highs in Xville will be in the 60s.",
    "The Xville mayor is in her 60s.",
])
def test_what_is_no_day_nor_decade(sentence):
    guess = _guess(THU14, sentence)
    assert guess.precision == "publication", guess


def test_a_quarter_more_than_a_year_ahead_is_rejected_as_any_date_is():
    """"In the second quarter of next year" in a paper of 14 March 2024 begins on 1 April
    2025, more than a year after publication: rejected and flagged, as "in May next year"
    is (`dates.FUTURE_MARGIN`), not unread; in June's paper it is dated."""
    sentence = "The plant in Xville will open in the second quarter of next year."
    assert "more than a year after publication" in _guess(THU14, sentence).flag
    assert iso_span(_guess("2024-06-14", sentence)) == ("2025-04-01", "2025-06-30", "range")
