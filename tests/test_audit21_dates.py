"""Audit 21, dates: a text's date line is read under a byline, a desk, page buttons or a
standfirst, and in figures, and an ingest says which articles it left undated (item 4); a
feed's stamps on the hour west of UTC are dates only where they can be one zone's midnights
(item 5); east of a UTC stamp "yesterday" is the place's where its
sentence names no place still on the stamp's date (item 6); MongoDB exports' {"$date": …}
dates are read (item 18)."""

from __future__ import annotations

import json

import pytest

from placeline.htmlpage import LAST_MODIFIED
from placeline.ingest import STAMP_DATE, read_bytes
from placeline.pipeline import make_article
from tests.test_apptest import app_db  # noqa: F401 — the fixture
from tests.test_review20_dates import _feed

# -- 4. a text's date line, and the articles left undated ----------------------------------

BODY = "\n\nA storm hit Leeds on Monday. Homes in York flooded.\n"


def _txt(text: str, name: str = "a.txt"):
    from placeline.ingest import RawDocument

    return make_article(RawDocument(name, text)).published


@pytest.mark.parametrize("head, expected, written", [
    ("Storm hits Leeds\n5 March 2024", "2024-03-05", "5 March 2024"),  # (read before too)
    # the audit's: under a byline and a desk, the page's buttons, a standfirst, in figures
    ("Storm hits Leeds\nBy Jane Smith\nBBC News, Leeds\n5 March 2024", "2024-03-05",
     "5 March 2024"),
    ("Storm hits Leeds\nShare\nSave\n5 March 2024", "2024-03-05", "5 March 2024"),
    ("Storm hits Leeds\nHundreds of homes were flooded. Trains were cancelled.\n5 March 2024",
     "2024-03-05", "5 March 2024"),
    ("Storm hits Leeds\n05.03.2024", "2024-03-05", "05.03.2024"),
    # under a title of two sentences (724 of the audit's 3,000 files)
    ("Symphony Hall in Leeds due for $1 million renovation. (6)\n15 January 2023",
     "2023-01-15", "15 January 2023"),
    # a date line's other words: a weekday, a time, "Published", "Updated", a reading time
    ("Storm hits Leeds\nShare\nPublished: Tuesday, March 5, 2024 at 10:32 a.m. EST",
     "2024-03-05", "Tuesday, March 5, 2024"),
    ("Storm hits Leeds\nShare\nTue 5 Mar 2024 10.32 GMT", "2024-03-05", "Tue 5 Mar 2024"),
    ("Storm hits Leeds\nShare\nUpdated 10:32 GMT, 5 March 2024 · 4 min read", "2024-03-05",
     "5 March 2024"),
    ("Storm hits Leeds\nShare\n2024-03-05T10:00:00Z", "2024-03-05", "2024-03-05T10:00:00Z"),
    ("Storm hits Leeds\nShare\n03/13/2024", "2024-03-13", "03/13/2024"),  # (month first)
])
def test_a_text_s_date_line_is_its_date(head, expected, written):
    guess = _txt(head + BODY)
    assert (guess.date.isoformat(), guess.method, guess.evidence, guess.flag) == (
        expected, "explicit", f"dateline: {written}", "")


def test_a_date_line_in_figures_that_reads_two_ways_says_so():
    guess = _txt("Storm hits Leeds\n05/03/2024" + BODY)
    assert (guess.date.isoformat(), guess.confidence) == ("2024-03-05", 0.6)
    assert guess.flag == ('the date "05/03/2024" reads two ways: taken as 5 March 2024 (day '
                          "first); 3 May 2024 if month first (then set it by hand on the "
                          "Articles page)")


def test_a_feed_s_other_dates_prove_the_order_of_a_date_line():
    """A row with no date field whose text has a date line: read in the order its site's
    other rows prove, as a date field would be."""
    site = "https://news.example.co.uk"
    rows = [{"id": "a", "url": f"{site}/a", "text": "Storm hits Leeds\n05/03/2024" + BODY},
            {"id": "b", "url": f"{site}/b", "published": "13/03/2024", "text": "Rain in Hull."}]
    guess = make_article(_documents(rows)[0]).published
    assert (guess.date.isoformat(), guess.flag) == ("2024-03-05", "")
    assert guess.evidence == ("dateline: 05/03/2024 (day first, as 13/03/2024 elsewhere in its "
                              "file, from news.example.co.uk)")


@pytest.mark.parametrize("text", [
    # a date line below the first lines, or after a paragraph (a timeline's first day)
    "Storm hits Leeds\n" + "Share\n" * 8 + "5 March 2024" + BODY,
    ("Floods: a timeline\nRain had fallen on the Pennines for weeks before the rivers rose, "
     "and the Environment Agency had warned of floods across Yorkshire for days.\n"
     "1 March 2024\nRain began in Leeds.\n"),
    # a date with other words: no date line
    "Storm hits Leeds\nShare\n5 March 2024 to 6 March 2024" + BODY,
])
def test_what_is_no_date_line(text):
    assert _txt(text).date is None


def test_a_place_and_a_date_under_headlines_is_the_lead_s():
    """No date line (a date with other words), but since fix 54 the lines opening the text
    with no stop count as one sentence of the lead, which reads its date as it did under a
    title alone ("Storm hits Leeds / Leeds, 5 March 2024 / …"); it had been undated."""
    guess = _txt("Storm hits Leeds\nShare\nLeeds, 5 March 2024" + BODY)
    assert (guess.date.isoformat(), guess.evidence) == ("2024-03-05", "lead: 5 March 2024")


def test_an_ingest_says_which_articles_it_left_undated(store, geoparser, tmp_path):
    """The audit's folder: 724 of 3,000 articles undated, "3000 added, 0 skipped", without a
    word. The undated articles naming places are warned of, on one line; not one dated by
    its story, nor one naming no place (no date puts it on a map)."""
    from placeline.ingest import read_paths
    from placeline.pipeline import UNDATED, Pipeline
    from placeline.store import open_store

    folder = tmp_path / "news"
    folder.mkdir()
    story = ("Storm hits Leeds\n\nA storm hit Leeds on Monday, and homes in York were "
             "flooded as the river rose overnight.\n")
    files = {"dated.txt": story.replace("\n\n", "\n5 March 2024\n\n", 1),
             "copy.txt": story,  # (a near-copy of the dated one: its story dates it)
             "fire.txt": "Fire in Hull\n\nA fire broke out in Hull on Monday.\n",
             "fog.txt": "Fog in Bath\n\nFog closed roads in Bath on Monday.\n",
             "rain.txt": "Rain\n\nIt rained a lot on Monday, and people were glum.\n"}
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    report = Pipeline(store, geoparser).ingest(read_paths([folder]))
    published = dict(zip(store.articles_frame()["title"], store.articles_frame()["published"],
                         strict=True))
    assert published["Storm hits Leeds"] == "2024-03-05"
    assert report.undated == [str(folder / "fire.txt"), str(folder / "fog.txt")]
    assert report.warnings == []  # (what was off in each as read: nothing)
    assert report.summary().splitlines()[1:] == [
        f"  warning 2 articles: {folder / 'fire.txt'}, {folder / 'fog.txt'}: {UNDATED}"]
    alone = open_store(tmp_path / "one.db")
    try:
        report = Pipeline(alone, geoparser).ingest(read_paths([folder / "fire.txt"]))
    finally:
        alone.close()
    assert report.summary().splitlines()[1:] == [f"  warning {folder / 'fire.txt'}: {UNDATED}"]


def test_the_ingest_page_says_which_articles_it_left_undated(app_db, tmp_path):  # noqa: F811
    """The page had said "3000 added · … · 0 with warnings" of the audit's folder."""
    from placeline.pipeline import UNDATED
    from placeline.present import escape_markdown
    from tests.test_apptest import _run

    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "fire.txt").write_text("Fire in Hull\n\nA fire broke out in Hull on Monday.\n",
                                     encoding="utf-8")
    (folder / "fog.txt").write_text("Fog in Bath\n5 March 2024\n\nFog closed roads in Bath.\n",
                                    encoding="utf-8")
    at = _run("pages/3_Ingest.py")
    at.text_input(key="folder").set_value(str(folder)).run()
    at.button[0].click().run()
    assert not at.exception
    assert "2 added" in at.success[0].value
    (warning,) = [w.value for w in at.warning if "publication date" in w.value]
    assert warning == escape_markdown(f"{folder / 'fire.txt'}: No publication date found "
                                      f"{UNDATED.removeprefix('no publication date found ')}.")


# -- 5. stamps on the hour west of UTC: one zone's midnights, or instants --------------------


@pytest.mark.parametrize("stamps, dated", [
    # the audit's: two evening stories in Los Angeles (19:00 and 20:00 on Thursday 7 March),
    # midnight at UTC-3 and at UTC-4 on one day: no one zone's dates
    (["2024-03-08T03:00:00Z", "2024-03-08T04:00:00Z"], [False, False]),
    (["2024-03-05T05:00:00Z", "2024-03-05T03:00:00.000Z"], [False, False]),
    # an hour apart on two days where no zone changes its clocks (10 March in the US)
    (["2024-03-07T03:00:00Z", "2024-03-08T04:00:00Z"], [False, False]),
    (["2024-03-07T08:00:00Z", "2024-03-08T07:00:00Z", "2024-03-09T08:00:00Z"],
     [False, False, False]),
    # one zone's midnights: New York's and Los Angeles' across the change of clocks, Brasília's
    (["2024-03-08T05:00:00Z", "2024-03-12T04:00:00Z"], [True, True]),
    (["2024-03-09T08:00:00Z", "2024-03-11T07:00:00Z", "2024-03-11T07:00:00Z"],
     [True, True, True]),
    (["2024-11-02T04:00:00Z", "2024-11-04T05:00:00Z"], [True, True]),
    (["2024-03-04T03:00:00Z", "2024-03-05T03:00:00Z"], [True, True]),
    # one day at one hour, as the Times' print dates of a day are (review 20)
    (["2024-03-05T05:00:00+0000", "2024-03-05T05:00:00+0000"], [True, True]),
])
def test_stamps_on_the_hour_west_of_utc_are_dates_only_as_one_zone_s_midnights(stamps, dated):
    documents = _feed([{"id": f"r{i}", "published": stamp, "text": "Floods hit Leeds."}
                       for i, stamp in enumerate(stamps)])
    assert [STAMP_DATE in d.metadata for d in documents] == dated


def test_without_a_time_zone_database_the_hours_must_be_one(monkeypatch):
    """Without a database summer time cannot be told: New York's 05:00 and 04:00 are
    instants there, and one hour on two days still dates."""
    from placeline import zones

    monkeypatch.setattr(zones, "_zone_table", lambda: ())
    for stamps, dated in ((["2024-03-08T05:00:00Z", "2024-03-12T04:00:00Z"], False),
                          (["2024-03-08T05:00:00Z", "2024-03-12T05:00:00Z"], True)):
        documents = _feed([{"id": f"r{i}", "published": stamp, "text": "Floods hit Leeds."}
                           for i, stamp in enumerate(stamps)])
        assert [STAMP_DATE in d.metadata for d in documents] == [dated, dated]


def test_two_evening_stories_stamped_on_the_hour_stay_on_their_evening(geoparser, tmp_path):
    """The audit's feed: a Los Angeles fire at 03:00 UTC on Friday 8 March (19:00 on
    Thursday there) and a San Francisco quake at 04:00 had been "dates", both on the 8th, a
    day late; a third row with minutes had put them back on the 7th."""
    from tests.test_audit18_dates import _ingested

    rows = [{"id": "e1", "published": "2024-03-08T03:00:00Z", "title": "Fire in Los Angeles",
             "text": "A wildfire broke out in Los Angeles today, forcing evacuations in "
                     "Pasadena."},
            {"id": "e2", "published": "2024-03-08T04:00:00Z",
             "title": "Quake near San Francisco", "text": "A small earthquake shook San "
             "Francisco this evening. Residents of Oakland felt it."}]
    for feed in (rows, [*rows, {"id": "e3", "published": "2024-03-08T18:07:00Z",
                                "title": "Snow in Denver", "text": "Snow fell in Denver."}]):
        folder = tmp_path / str(len(feed))
        folder.mkdir()
        events = _ingested(geoparser, folder, feed)
        dates = dict(zip(events["place"], events["date"].astype(str), strict=False))
        assert {place: dates[place] for place in ("Los Angeles", "San Francisco")} == {
            "Los Angeles": "2024-03-07", "San Francisco": "2024-03-07"}, dates

# -- 6. east of a UTC stamp: a sentence's relative words on its places' calendar -------------

STORM = ("A severe storm lashed Sydney yesterday, the Bureau of Meteorology said. The storm hit "
         "Newcastle on Monday afternoon, and crews in Gosford were still clearing trees this "
         "morning.")


@pytest.mark.parametrize("more", [
    "",
    " Qantas said flights to London and Singapore were delayed.",  # the audit's
    " Markets in New York were closed. Flights from Sydney to London were delayed.",
])
def test_a_foreign_place_elsewhere_leaves_a_sentence_on_its_place_s_calendar(
        geoparser, tmp_path, more):
    """The audit 20 Sydney storm, stamped 20:30 UTC on Monday 4 March (07:30 on Tuesday in
    Sydney): with a sentence naming London its "yesterday" had gone back to Sunday and
    "this morning" to Monday, one storm on three days (audit 21, item 6); so after
    reprocess, and the reading panel finds each sentence."""
    from placeline.ingest import read_bytes
    from placeline.pipeline import Pipeline
    from placeline.snippets import place_snippets
    from placeline.store import open_store

    row = {"id": "s1", "published": "2024-03-04T20:30:00Z", "title": "Storm lashes Sydney",
           "text": STORM + more}
    store = open_store(tmp_path / "east.db")
    try:
        pipeline = Pipeline(store, geoparser)
        pipeline.ingest(read_bytes(json.dumps(row).encode(), "in.jsonl"))
        first = store.events_frame()
        pipeline.reprocess()
        events = store.events_frame()
        gosford = events[events["place"] == "Gosford"]
        shown = place_snippets(store, gosford["place_id"].iloc[0], gosford)
    finally:
        store.close()
    for frame in (first, events):
        dated = frame[(frame["precision"] == "day") & frame["place"].isin(
            ["Newcastle", "Gosford"]) | frame["date_evidence"].str.startswith("yesterday")]
        assert dict(zip(dated["place"], dated["date"].astype(str), strict=True)) == {
            "Sydney": "2024-03-04", "Newcastle": "2024-03-04", "Gosford": "2024-03-05"}
    assert [len(s.sentences_markdown) for s in shown] == [1]
    assert "this morning" in shown[0].sentences_markdown[0]


@pytest.mark.parametrize("text, expected", [
    # a place still on the stamp's date in the sentence: the stamp's date, as before
    ("Thousands marched in Tokyo today, the correspondent reported from London.",
     "2024-01-15"),
    ("Thousands marched in Tokyo today, officials in Washington said.", "2024-01-15"),
    # …in another sentence: the sentence's own places' date
    ("Thousands marched in Tokyo today. Officials in Washington said little.", "2024-01-16"),
])
def test_today_east_of_a_utc_stamp_by_the_sentence_s_places(geoparser, tmp_path, text,
                                                             expected):
    from tests.test_audit18_dates import _ingested

    events = _ingested(geoparser, tmp_path, [
        {"id": "t1", "published": "2024-01-15T23:30:00Z", "title": "A march", "text": text}])
    tokyo = events[(events["place"] == "Tokyo") & (events["precision"] == "day")]
    assert list(tokyo["date"].astype(str)) == [expected]


# -- 18. MongoDB's Extended JSON dates ------------------------------------------------------


def _documents(rows: list[dict]) -> list:
    return list(read_bytes("\n".join(json.dumps(row) for row in rows).encode(), "m.jsonl"))


@pytest.mark.parametrize("value", [
    {"$date": "2024-03-05T10:00:00Z"},  # mongoexport's relaxed form
    {"$date": "2024-03-05T10:00:00.000+00:00"},
    {"$date": {"$numberLong": "1709632800000"}},  # its canonical form (milliseconds)
    {"$date": 1709632800000},  # the legacy form
])
def test_a_mongodb_date_is_read_as_an_instant(value):
    """mongoexport writes a date as {"$date": …}: every row had been undated, "could not
    read the date in metadata date ("{'$date': '2024-03-05T10:00:00Z'}")" (audit 21)."""
    document, = _documents([{"_id": {"$oid": "65e6f0a1c2b3"}, "id": "m1", "date": value,
                             "title": "Storm hits Leeds", "text": "A storm hit Leeds."}])
    guess = make_article(document).published
    assert (guess.date.isoformat(), guess.method, guess.flag) == ("2024-03-05", "explicit", "")
    assert guess.stamp.isoformat() == "2024-03-05T10:00:00+00:00"


def test_a_mongodb_date_of_before_1970_and_of_last_modification():
    document, = _documents([{"id": "m1", "published": {"$date": {"$numberLong": "-86400000"}},
                             "dateModified": {"$date": "2024-03-06T08:00:00Z"},
                             "text": "A storm hit Leeds."}])
    assert document.metadata["published"] == "1969-12-31T00:00:00Z"
    assert document.metadata[LAST_MODIFIED] == "2024-03-06T08:00:00Z"


def test_mongodb_dates_written_as_local_midnight_are_dates():
    """The New York Times' print dates exported from MongoDB are midnight in New York, as
    written by its API."""
    documents = _documents([{"id": f"n{day}", "pub_date": {"$date": f"2024-03-0{day}T05:00:00Z"},
                             "text": "Floods hit Chicago."} for day in (4, 5)])
    assert all(STAMP_DATE in document.metadata for document in documents)


@pytest.mark.parametrize("value, shown", [
    ({"$date": "soon"}, '"soon"'),
    ({"when": "2024-03-05"}, '"{"when": "2024-03-05"}"'),
])
def test_an_unreadable_date_is_shown_as_written(value, shown):
    """The warning had shown Python's repr of an object ("{'$date': …}"), not the JSON."""
    document, = _documents([{"id": "m1", "date": value, "text": "A storm hit Leeds."}])
    flag = make_article(document).published.flag
    assert flag == f"could not read the date in metadata date ({shown}); ignored"
