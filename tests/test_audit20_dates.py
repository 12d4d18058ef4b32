"""Audit 20, dates: forecasts with "could", "may", "might" and a scheduled present lie ahead;
a UTC stamp's "yesterday" east of it is the place's; a site's numeric dates are read in the
order its URL's date and its own rows prove, and that date stands in for a missing one;
epoch stamps are UTC; weekday ranges, ordinal days, "Tuesday week", weeks of a month,
quarters and decades."""

from __future__ import annotations

import json

import pytest

from tests.test_audit19_dates import _guess

# -- 5. forecasts: "could", "may", "might", "told to expect", a scheduled present ------------

TUE = "2024-03-05"


@pytest.mark.parametrize("sentence, expected", [
    # what was said may happen lies ahead of the saying (the reporting verb had made the
    # clause a past account: last week's day)
    ("Forecasters said Xville could see snow on Friday.", "2024-03-08"),
    ("Officials said the road to Xville may reopen on Friday.", "2024-03-08"),
    ("Forecasters warned Xville might flood on Thursday.", "2024-03-07"),
    ("The Met Office said Xville could see gusts of 70mph on Thursday.", "2024-03-07"),
    ("Engineers said the Xville line should reopen on Thursday.", "2024-03-07"),
    ("Residents in Xville were told to expect more rain on Wednesday.", "2024-03-06"),
    ("Xville may see snow on Saturday.", "2024-03-09"),  # (no saying: the nearer, gone by)
    # a timetable's present: the coming day (it had been the nearer one, gone by)
    ("The Xville match kicks off at 8pm on Saturday.", "2024-03-09"),
    ("The Xville council meets on Saturday to set the budget.", "2024-03-09"),
    # as before
    ("He said he would travel to Xville on Friday.", "2024-03-08"),
    ("Xville is expected to get 20cm of snow on Friday.", "2024-03-08"),
])
def test_a_forecast_s_weekday_lies_ahead(sentence, expected):
    guess = _guess(TUE, sentence)
    assert (guess.date.isoformat(), guess.precision) == (expected, "day"), guess


@pytest.mark.parametrize("sentence, expected", [
    # what may have happened is past; and so is what could not be done
    ("Police said the fire in Xville could have started on Saturday.", "2024-03-02"),
    ("Officials said the suspect may have fled Xville on Sunday.", "2024-03-03"),
    ("Rescuers said they could not reach Xville on Monday.", "2024-03-04"),
    # a past account's own verb, after "said": as before
    ("Officials said the road to Xville reopened on Friday.", "2024-03-01"),
    ("The Xville match kicked off at 8pm on Saturday.", "2024-03-02"),
    ("Forecasters said on Monday that Xville could see snow.", "2024-03-04"),
    ("The storm that struck Xville on Saturday could return.", "2024-03-02"),
])
def test_a_past_account_keeps_its_weekday(sentence, expected):
    assert _guess(TUE, sentence).date.isoformat() == expected


# -- 15. a Unix time stamp: UTC, the same on every machine, and an instant ---------------------


@pytest.fixture
def machine_zone(monkeypatch):
    """Sets the machine's time zone (TZ) for the test, and back after it."""
    import time

    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield set_zone
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("zone", ["UTC", "America/New_York", "Asia/Tokyo"])
@pytest.mark.parametrize("value, day, instant", [
    ("1709681400", "2024-03-05", "2024-03-05T23:30:00+00:00"),
    (1709681400, "2024-03-05", "2024-03-05T23:30:00+00:00"),  # (a JSON number)
    ("1709681400000", "2024-03-05", "2024-03-05T23:30:00+00:00"),  # milliseconds
    ("1709600400.25", "2024-03-05", "2024-03-05T01:00:00.250000+00:00"),
    # midnight on the dot is a date written as an instant, as for ISO stamps: no time of day
    ("1709596800", "2024-03-05", None),
])
def test_an_epoch_stamp_is_read_in_utc_on_every_machine(machine_zone, zone, value, day,
                                                        instant):
    """Read by dateparser in the machine's zone, 1709681400 had been 5 March in UTC and New
    York and 6 March in Tokyo, and no instant (audit 20)."""
    from placeline.dates import date_from_metadata

    machine_zone(zone)
    guess = date_from_metadata({"published": value})
    assert (guess.date.isoformat(), guess.confidence) == (day, 0.97)
    assert (guess.stamp and guess.stamp.isoformat()) == instant


def test_an_epoch_stamped_row_reads_its_weekdays_at_the_place(geoparser, tmp_path,
                                                               machine_zone):
    """1709681400 is 23:30 UTC on Tuesday 5 March, Wednesday 07:30 in Taipei: its "on
    Wednesday" is that day there, as for an ISO stamp in UTC."""
    from tests.test_audit18_dates import _ingested

    machine_zone("America/Los_Angeles")
    events = _ingested(geoparser, tmp_path, [
        {"id": "e1", "published": 1709681400, "title": "Quake in Taipei",
         "text": "An earthquake shook Taipei on Wednesday morning."}])
    taipei = events[(events["place"] == "Taipei") & (events["precision"] == "day")]
    assert list(taipei["date"].astype(str)) == ["2024-03-06"]


# -- 10. a URL's date: proof of a numeric date's order, and a date where none is given -------


def _articles(tmp_path, rows: list[dict], name: str = "feed.jsonl"):
    from tests.test_review18_small import _feed

    return _feed(tmp_path, rows, name)


DENVER = {"id": "us1", "url": "https://www.nytimes.com/2024/03/05/us/denver-blizzard.html",
          "published": "03/05/2024", "title": "Blizzard in Denver",
          "text": "A blizzard closed roads around Denver on Monday."}
LAGOS = {"id": "ng1", "url": "https://www.theguardian.com/world/2024/mar/05/lagos-floods",
         "title": "Floods in Lagos", "text": "Floods swept through Lagos on Monday."}


def test_a_url_s_date_proves_the_order_of_a_numeric_date(tmp_path):
    """A US site under .com: "03/05/2024" had been 3 May (day first), with a warning, though
    its URL says /2024/03/05/ (audit 20)."""
    (denver,) = _articles(tmp_path, [DENVER])
    assert (denver.published.date.isoformat(), denver.published.flag) == ("2024-03-05", "")
    assert denver.published.evidence == \
        "metadata published: 03/05/2024 (month first, as its URL's /2024/03/05/)"
    # (and day first where the URL says so)
    (leeds,) = _articles(tmp_path, [{**DENVER, "url": "https://example.com/2024/05/03/leeds",
                                     "text": "Floods hit Leeds on Friday."}])
    assert (leeds.published.date.isoformat(), leeds.published.flag) == ("2024-05-03", "")


@pytest.mark.parametrize("url, expected", [
    ("https://www.theguardian.com/world/2024/mar/05/lagos-floods", "2024-03-05"),
    ("https://www.theverge.com/2024/3/5/24091234/lagos", "2024-03-05"),
    ("https://news.example/2024-03-05/lagos-floods", "2024-03-05"),
    ("https://news.example/world/lagos-floods-2024-03-05.html", "2024-03-05"),
    ("https://news.example/2024/03/05", "2024-03-05"),
    # no day, an impossible one, a date ahead, a number of another kind: none
    ("https://news.example/2024/03/lagos-floods", None),
    ("https://news.example/2024/02/30/lagos-floods", None),
    ("https://news.example/2099/03/05/lagos-floods", None),
    ("https://news.example/story/1203202405/lagos", None),
    ("https://news.example/lagos?from=2024/03/05/", None),  # (a query: the path only)
])
def test_a_url_s_date_dates_a_row_without_one(tmp_path, url, expected):
    """A row with no date field whose URL carries /2024/mar/05/ had stayed undated, off the
    map (audit 20): its URL's date is its own, below its source's declared one."""
    (lagos,) = _articles(tmp_path, [{**LAGOS, "url": url}])
    got = lagos.published
    assert (got.date and got.date.isoformat()) == expected
    if expected:
        assert (got.method, got.confidence, got.evidence[:5]) == ("explicit", 0.85, "url: ")


def test_a_declared_date_stands_above_the_url_s_and_the_url_s_above_the_lead(tmp_path):
    """The URL's date is where the site first put the story; a declared date (an update's)
    is the source's own, and a date in the lead may be the story's event, not its day."""
    declared, lead = _articles(tmp_path, [
        {**LAGOS, "published": "2024-03-07"},
        {**LAGOS, "id": "ng2", "text": "On 4 October 2023, floods swept through Lagos. Now "
                                       "the city counts the cost."}])
    assert declared.published.date.isoformat() == "2024-03-07"
    assert (lead.published.date.isoformat(), lead.published.evidence) == \
        ("2024-03-05", "url: /2024/mar/05/")


# -- 11. a numeric date's order is proven by rows of its own site ------------------------------


YORK = {"id": "uk1", "url": "https://www.bbc.co.uk/news/uk-1", "published": "05/03/2024",
        "title": "Flooding in York", "text": "The River Ouse burst its banks in York."}
CHICAGO = {"id": "us9", "url": "https://www.chicagotribune.com/x", "published": "03/13/2024",
           "title": "Snow in Chicago", "text": "Snow fell on Chicago on Wednesday."}


def test_another_site_s_row_proves_no_order(tmp_path):
    """An aggregated feed: a Chicago row's "03/13/2024" had made a BBC row's "05/03/2024" 3
    May, "explicit 0.97" and without the warning (audit 20). Each site's rows prove their
    own order; the BBC's, proven by none, keeps its warning."""
    york, chicago = _articles(tmp_path, [YORK, CHICAGO])
    assert york.published.date.isoformat() == "2024-03-05"
    assert "reads two ways" in york.published.flag
    assert chicago.published.date.isoformat() == "2024-03-13"
    # a row of the Chicago site (with or without "www.") is proven by it
    snow = {**CHICAGO, "id": "us8", "url": "https://chicagotribune.com/y",
            "published": "03/05/2024"}
    york, _, snow = _articles(tmp_path, [YORK, CHICAGO, snow])
    assert (snow.published.date.isoformat(), snow.published.flag) == ("2024-03-05", "")
    assert snow.published.evidence.endswith("(month first, as 03/13/2024 elsewhere in its "
                                            "file, from chicagotribune.com)")
    assert "reads two ways" in york.published.flag


def test_a_row_without_a_site_is_read_in_its_file_s_order(tmp_path):
    """Rows naming no URL nor source keep the order the file proves, as before; a row
    naming its source (a feed's channel) is proven by rows of that source."""
    york, _ = _articles(tmp_path, [{k: v for k, v in YORK.items() if k != "url"},
                                   {k: v for k, v in CHICAGO.items() if k != "url"}])
    assert (york.published.date.isoformat(), york.published.flag) == ("2024-05-03", "")
    york, _, leeds = _articles(tmp_path, [
        {**YORK, "url": None, "source": "BBC News"},
        {**CHICAGO, "url": None, "source": "Chicago Tribune"},
        {**YORK, "id": "uk2", "url": None, "source": "BBC News", "published": "13/03/2024",
         "text": "Floods closed roads in Leeds."}])
    assert (york.published.date.isoformat(), york.published.flag) == ("2024-03-05", "")
    assert leeds.published.date.isoformat() == "2024-03-13"


# -- 8. a UTC stamp east of it: "yesterday" and "this morning" on the places' calendar --------


SYDNEY = {"id": "au3", "url": "https://feed.example/au3", "published": "2024-03-04T20:30:00Z",
          "title": "Storm lashes Sydney",
          "text": "A severe storm lashed Sydney yesterday, cutting power to 40,000 homes. The "
                  "storm hit Newcastle on Monday afternoon, and crews in Gosford were still "
                  "clearing trees this morning."}


def test_a_utc_stamped_story_told_east_of_it_counts_its_days_there(geoparser, tmp_path):
    """An aggregator's stamp, 20:30 UTC on Monday 4 March, is Tuesday 07:30 in Sydney: the
    storm "yesterday" had been Sunday 3 March, "on Monday" the 4th and "this morning" the
    4th, one storm on two days, the evidence itself saying "Tuesday 5 March at the place"
    (audit 20). An article naming only places where the stamp's day was over is told from
    there; so after reprocess too, and the reading panel finds each sentence."""
    from placeline.ingest import read_bytes
    from placeline.pipeline import Pipeline
    from placeline.snippets import place_snippets
    from placeline.store import open_store

    store = open_store(tmp_path / "east.db")
    try:
        pipeline = Pipeline(store, geoparser)
        pipeline.ingest(read_bytes(json.dumps(SYDNEY).encode(), "in.jsonl"))
        first = store.events_frame()
        pipeline.reprocess()
        events = store.events_frame()
        gosford = events[events["place"] == "Gosford"]
        shown = place_snippets(store, gosford["place_id"].iloc[0], gosford)
        published = store.articles_frame()["published"].tolist()
    finally:
        store.close()
    assert published == ["2024-03-04"]  # (the source's, as before)
    for frame in (first, events):
        dated = frame[frame["precision"] == "day"]
        assert dict(zip(dated["place"], dated["date"].astype(str), strict=True)) == {
            "Sydney": "2024-03-04", "Newcastle": "2024-03-04", "Gosford": "2024-03-05"}
        sydney = dated[dated["place"] == "Sydney"].iloc[0]
        assert sydney["date_evidence"] == \
            "yesterday, Tuesday 5 March at the place when published"
    assert [len(s.sentences_markdown) for s in shown] == [1]
    assert "this morning" in shown[0].sentences_markdown[0]


@pytest.mark.parametrize("text, expected", [
    # only places past the stamp's midnight: their date
    ("Thousands marched in Tokyo today.", "2024-01-16"),
    ("Thousands marched in Tokyo yesterday.", "2024-01-15"),
    # a place still on the stamp's date, where the writer may be (a review's London paper):
    # the stamp's date, as before
    ("Thousands marched in Tokyo today, the correspondent reported from London.",
     "2024-01-15"),
    ("Thousands marched in Tokyo today, officials in Washington said.", "2024-01-15"),
])
def test_today_east_of_a_utc_stamp(geoparser, tmp_path, text, expected):
    from tests.test_audit18_dates import _ingested

    events = _ingested(geoparser, tmp_path, [
        {"id": "t1", "published": "2024-01-15T23:30:00Z", "title": "A march", "text": text}])
    tokyo = events[(events["place"] == "Tokyo") & (events["precision"] == "day")]
    assert list(tokyo["date"].astype(str)) == [expected]


def test_the_publication_date_east_of_a_utc_stamp_is_the_place_s(geoparser, tmp_path):
    """The publication date standing in for a clause with no date of its own had stayed
    the stamp's east of it (a review: "TOKYO — An earthquake shook buildings", 23:30 UTC).
    Since audit 35 (item 7: one instant written "Z" and "+10:00" stood on two days) it is
    the date at the place where the whole article names only places whose day the stamp
    had ended, as west of it."""
    from tests.test_audit18_dates import _ingested

    events = _ingested(geoparser, tmp_path, [{**SYDNEY, "text": "Crews in Gosford were "
                                              "still clearing trees, officials said."}])
    assert set(events["date"].astype(str)) == {"2024-03-05"}


# -- 18. weekday ranges, ordinal days, "Tuesday week", weeks of a month, quarters, decades ----

WED = "2024-03-13"


@pytest.mark.parametrize("sentence, start, end, precision", [
    # weekday to weekday: a range, read in the first weekday's tense (it had been the first
    # weekday alone)
    ("Xville schools close from Monday to Wednesday.", "2024-03-18", "2024-03-20", "range"),
    ("Xville schools were closed from Monday to Wednesday.", "2024-03-11", "2024-03-13",
     "range"),
    ("Roads in Xville will be shut between Friday and Sunday.", "2024-03-15", "2024-03-17",
     "range"),
    ("Xville hosted talks from Thursday through Monday.", "2024-03-07", "2024-03-11", "range"),
    # a month's days with ordinals and "through" (it had been the first day alone)
    ("Xville hosted the fair March 1st through 5th.", "2024-03-01", "2024-03-05", "range"),
    ("Xville hosts a fair 20th through 24th March.", "2024-03-20", "2024-03-24", "range"),
    # an ordinal day alone: the month's, by the tense (it had been the publication date)
    ("A vote in Xville is due on the 12th.", "2024-04-12", None, "day"),
    ("The vote in Xville was held on the 5th.", "2024-03-05", None, "day"),
    ("The Xville hearing resumes on the 20th of next month.", "2024-04-20", None, "day"),
    ("Xville's office is on the 12th floor.", WED, None, "publication"),
    # "Tuesday week", "a week on Tuesday": a week after the coming Tuesday (it had been
    # yesterday)
    ("The trial in Xville begins Tuesday week.", "2024-03-26", None, "day"),
    ("The Xville trial begins a week on Tuesday.", "2024-03-26", None, "day"),
    ("Xville votes on Thursday week.", "2024-03-21", None, "day"),
    # a week of a month
    ("Xville opens the first week of April.", "2024-04-01", "2024-04-07", "week"),
    ("Xville was busy in the last week of February.", "2024-02-23", "2024-02-29", "week"),
    # quarters
    ("Xville's sales rose in Q1 2024.", "2024-01-01", "2024-03-31", "range"),
    ("Xville's profits fell in the fourth quarter of 2023.", "2023-10-01", "2023-12-31",
     "range"),
    ("Xville's sales rose in Q4.", "2023-10-01", "2023-12-31", "range"),
    ("Xville's team scored in the third quarter.", WED, None, "publication"),  # (a game's)
    # decades
    ("Xville grew fast in the 1990s.", "1990-01-01", "1999-12-31", "range"),
    ("Xville boomed in the late 1980s.", "1987-01-01", "1989-12-31", "range"),
    # the end of the month, of the year: the month, the year (as "the end of February")
    ("Xville's mayor will step down at the end of the month.", "2024-03-01", "2024-03-31",
     "month"),
    # (a deadline after a modal: from the report's date to the year's end since dates60)
    ("Xville's mayor will step down by the end of the year.", "2024-03-13", "2024-12-31",
     "range"),
])
def test_more_ways_news_says_when(sentence, start, end, precision):
    guess = _guess(WED, sentence)
    got = (guess.date.isoformat(), (guess.end or guess.date).isoformat(), guess.precision)
    assert got == (start, end or start, precision), guess
