"""Review 20, dates: a feed whose stamps are all local midnight in UTC gives dates, not
instants, so one story's places stay on one day; "moved" and "pushed" put off to a weekday
only in their postponing sense ("was moved to Monday"), not where people went for one."""

from __future__ import annotations

import json

import pytest

from placeline.ingest import STAMP_DATE, read_bytes, stamp_kind
from tests.test_audit19_dates import _guess

# -- 3. a UTC stamp that stands for local midnight is a date ---------------------------------

# The review's: the New York Times API's print dates, midnight in New York written in UTC
NYT = [{"id": "nyt1", "pub_date": "2024-03-05T05:00:00+0000",
        "headline": "Storms Batter the Middle of the Country",
        "text": "Storms Batter the Middle of the Country\n\nTornadoes tore through neighborhoods "
                "in Dallas and Oklahoma City, and heavy snow closed roads around Denver. In "
                "Chicago, flights were canceled. New York escaped the worst."},
       {"id": "nyt2", "pub_date": "2024-03-05T05:00:00+0000",
        "headline": "Los Angeles Approves Housing Plan",
        "text": "Los Angeles Approves Housing Plan\n\nThe Los Angeles City Council approved a "
                "plan to build 10,000 homes, officials said. Critics in Sacramento said it "
                "went too far."}]


def _feed(rows: list[dict]) -> list:
    return list(read_bytes("\n".join(json.dumps(row) for row in rows).encode(), "in.jsonl"))


def test_a_feed_of_local_midnights_in_utc_keeps_each_story_on_one_day(geoparser, tmp_path):
    """Chicago, Denver, Oklahoma City, Los Angeles and Sacramento had stood on 4 March
    ("Monday 4 March at the place when published") and New York and Dallas on the 5th: the
    stamp, midnight in New York, had been read as an instant, 18:00 to 21:00 on the 4th out
    west. Every stamp of the file is on the hour at midnight west of UTC: a date, as
    "T00:00:00Z" is; so after reprocess too."""
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    store = open_store(tmp_path / "nyt.db")
    try:
        pipeline = Pipeline(store, geoparser)
        pipeline.ingest(read_bytes("\n".join(json.dumps(r) for r in NYT).encode(), "nyt.jsonl"))
        first = store.events_frame()
        pipeline.reprocess()
        events = store.events_frame()
        articles = store.articles_frame()
    finally:
        store.close()
    for frame in (first, events):
        assert {"Chicago", "Denver", "New York", "Los Angeles"} <= set(frame["place"])
        assert set(frame["date"].astype(str)) == {"2024-03-05"}
        assert set(frame["date_evidence"]) == {"publication date"}
    assert set(articles["published"]) == {"2024-03-05"}
    assert set(articles["published_evidence"]) == {
        ("metadata pub_date: 2024-03-05T05:00:00+0000 (a date, not a time: its file's 2 stamps "
         "are all on the hour, midnight west of UTC)")}


def test_a_site_of_local_midnights_beside_one_of_instants(geoparser, tmp_path):
    """An aggregated feed: a Brazilian site's rows at 03:00 UTC (midnight in Brasília) are
    dates, its places on the 5th (Manaus had been on the 4th, São Paulo on the 5th); another
    site whose stamps have minutes keeps its 03:00 UTC an instant, 19:00 on the 4th in Los
    Angeles, as the review of 5f2ad0f set."""
    from tests.test_audit18_dates import _ingested

    events = _ingested(geoparser, tmp_path, [
        {"id": "br1", "url": "https://g1.globo.com/am/chuva-manaus.ghtml",
         "date": "2024-03-05T03:00:00.000Z", "title": "Heavy rains hit Manaus",
         "text": "Heavy rain flooded streets in Manaus and Porto Velho, while São Paulo and "
                 "Rio de Janeiro stayed dry, the weather service said."},
        {"id": "br2", "url": "https://g1.globo.com/sp/greve.ghtml",
         "date": "2024-03-04T03:00:00.000Z", "title": "Bus strike",
         "text": "A bus strike disrupted traffic in Campinas, officials said."},
        {"id": "la1", "url": "https://www.latimes.com/fire", "date": "2024-03-05T03:00:00Z",
         "title": "Wildfire forces evacuations in Los Angeles",
         "text": "LOS ANGELES — A wildfire forced thousands of residents to flee, officials "
                 "said."},
        {"id": "la2", "url": "https://www.latimes.com/quake", "date": "2024-03-04T17:42:00Z",
         "title": "Quake rattles Pasadena", "text": "A small quake rattled Pasadena."}])
    dates = dict(zip(events["place"], events["date"].astype(str), strict=False))
    assert {p: dates[p] for p in ("Manaus", "Porto Velho", "São Paulo", "Los Angeles")} == {
        "Manaus": "2024-03-05", "Porto Velho": "2024-03-05", "São Paulo": "2024-03-05",
        "Los Angeles": "2024-03-04"}


@pytest.mark.parametrize("stamps, dated", [
    (["2024-03-05T05:00:00+0000", "2024-03-06T05:00:00+0000"], [True, True]),
    # summer time (the Times' 04:00), a date alone among them
    (["2024-03-08T05:00:00Z", "2024-03-12T04:00:00Z", "2024-03-12"], [True, True, False]),
    # (two hours on one day are no one zone's midnights: two evening stories as often as
    # sources of two zones, which had been taken for dates until audit 21)
    (["2024-03-05T05:00:00Z", "2024-03-05T03:00:00.000Z"], [False, False]),
    (["Tue, 05 Mar 2024 05:00:00 GMT", 1709701200], [True, True]),  # (RSS, a Unix time)
    # one stamp cannot tell (the review of 5f2ad0f: 03:00 UTC, 19:00 in Los Angeles)
    (["2025-01-08T03:00:00Z"], [False]),
    # a stamp with minutes, or at another hour, or with the writer's own offset: instants
    (["2025-01-08T03:00:00Z", "2025-01-08T03:00:00Z", "2025-01-07T23:30:00Z"],
     [False, False, False]),
    (["2024-03-05T05:00:00Z", "2024-03-06T05:00:00Z", "2024-03-06T12:00:00Z"],
     [False, False, False]),
    (["2024-03-05T05:00:00Z", "2024-03-06T05:00:00Z", "2024-03-06T05:00:00-05:00"],
     [False, False, False]),
])
def test_which_feeds_write_dates_as_midnight_in_utc(stamps, dated):
    documents = _feed([{"id": f"r{i}", "published": stamp, "text": "Floods hit Leeds."}
                       for i, stamp in enumerate(stamps)])
    assert [STAMP_DATE in d.metadata for d in documents] == dated


@pytest.mark.parametrize("value, kind", [
    ("2024-03-05T05:00:00+0000", "midnight"), ("2024-03-05T03:00:00.000Z", "midnight"),
    ("2024-03-05T10:00:00+00:00", "midnight"), (1709701200, "midnight"),
    ("1709701200000", "midnight"),
    ("2024-03-05T05:17:00Z", "instant"), ("2024-03-05T05:00:00.250Z", "instant"),
    ("2024-03-05T01:00:00Z", "instant"), ("2024-03-05T11:00:00Z", "instant"),
    ("2024-03-05T05:00:00-05:00", "instant"),
    ("2024-03-05T00:00:00Z", ""), ("2024-03-05T00:00:00-05:00", ""), ("2024-03-05", ""),
    ("2024-03-05 05:00", ""), (True, ""), (None, ""),
])
def test_a_stamp_s_kind(value, kind):
    assert stamp_kind(value) == kind


# -- 6. "moved" and "pushed" put off only in their postponing sense --------------------------


@pytest.mark.parametrize("published, sentence, expected", [
    # the review's: where people went for a day's event, in a past account (the coming day,
    # after the paper, had been read as a day put off to)
    ("2024-03-12", "Thousands of worshippers moved into Xville for Friday prayers.",
     "2024-03-08"),
    ("2024-03-14", "Thousands of worshippers moved into Xville for Friday prayers.",
     "2024-03-08"),
    ("2024-03-13", "Fans moved through Xville for Saturday night celebrations.", "2024-03-09"),
    ("2024-03-14", "Crowds pushed into Xville for Sunday mass, police said.", "2024-03-10"),
    ("2024-03-14", "Pilgrims moved toward Xville for Sunday mass.", "2024-03-10"),
    ("2024-03-12", "Engineers pushed on to Friday to finish the Xville bridge.", "2024-03-08"),
    ("2024-03-16", "Worshippers moved to the Xville mosque for Friday prayers.", "2024-03-15"),
])
def test_where_people_moved_for_a_day_is_a_past_account(published, sentence, expected):
    guess = _guess(published, sentence)
    assert guess.date.isoformat() == expected, guess
    assert "put off" not in guess.evidence


@pytest.mark.parametrize("published, sentence, expected", [
    # what was moved or pushed to a day: put off to it, as the review of 8c3b08c set
    ("2024-03-16", "The Xville vote was moved to Monday.", "2024-03-18"),
    ("2024-03-16", "The Xville council moved to Tuesday its weekly meeting.", "2024-03-19"),
    ("2024-03-10", "The rally in Xville moved to Saturday because of rain.", "2024-03-09"),
    ("2024-03-13", "Xville's derby has been pushed back to Sunday.", "2024-03-17"),
    ("2024-03-13", "Organisers pushed the Xville derby back to Sunday.", "2024-03-10"),
    ("2024-03-16", "Officials moved the Xville vote to Monday.", "2024-03-18"),
])
def test_what_was_moved_to_a_day_is_put_off_to_it(published, sentence, expected):
    guess = _guess(published, sentence)
    assert guess.date.isoformat() == expected, guess
    assert "a day put off to" in guess.evidence
