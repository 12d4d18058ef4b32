"""Audit 17, dates: a weekday takes the tense of the verb it attaches to; a timestamp's
offset is kept; an HTML page is dated by its article's <time>, not a sidebar's; a list of
places in one clause shares the clause's date."""

from __future__ import annotations

import datetime as dt

import pytest

from placeline.dates import clause_around, event_date
from tests.helpers import dated

THU = dt.date(2024, 3, 14)  # the audit's day: Thursday
MON = dt.date(2024, 3, 11)


def _dated(sentence: str, place: str, published: dt.date) -> str | None:
    guess = dated(sentence, place, published)
    return guess.date.isoformat() if guess.date else None


# -- 8. a weekday follows the verb it attaches to ---------------------------------------------


@pytest.mark.parametrize("sentence, published, expected", [
    # a forecast in a past-tense report: the forecast's day, ahead
    ("Snow is expected in Denver on Friday, forecasters said.", THU, "2024-03-15"),
    ("Forecasters in Denver said more snow is possible on Friday.", THU, "2024-03-15"),
    ("Forecasters in Dallas said more severe weather is possible on Friday.", THU,
     "2024-03-15"),
    # the weekday beside the reporting verb: when it was said, whatever was said
    ("Officials in Denver said on Tuesday the road will reopen.", THU, "2024-03-12"),
    ("The Denver school board will vote on the plan, the mayor said on Tuesday.", THU,
     "2024-03-12"),
    ("The road in Denver will reopen, officials said Tuesday.", THU, "2024-03-12"),
    ("Officials in Denver on Tuesday said the road will reopen.", THU, "2024-03-12"),
    ("On Tuesday, officials in Denver said the road will reopen.", THU, "2024-03-12"),
    ("The mayor told reporters in Denver on Tuesday that the bridge will reopen.", THU,
     "2024-03-12"),
    # "this Tuesday" with planned / expected / possible / will points ahead
    ("A march is planned in Lyon this Tuesday.", MON, "2024-03-12"),
    ("Voters in Paris go to the polls this Sunday.", THU, "2024-03-17"),
    # what was said looks ahead from the saying
    # (fix 53: until then from the report's date, Thursday 14 March)
    ("The union said the strike in Rotterdam would last until Sunday.", THU, "2024-03-14"),
])
def test_a_weekday_takes_the_tense_of_its_own_verb(sentence, published, expected):
    assert _dated(sentence, _place(sentence), published) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the reporting verb is the event itself, or a passive: the clause's tense as before
    ("Acting U.S. Attorney Michelle Jacobs announced the indictment in Denver Friday.",
     "2024-03-08"),
    ("Two leaf blowers were reported stolen in Denver Friday by the owner.", "2024-03-08"),
    ("A recall of this product in Denver will be announced Monday morning.", "2024-03-18"),
    ("It is likely that Russia struck Kharkiv on Tuesday.", "2024-03-12"),
    # a judgement about a past event keeps the event's past (a review: a week ahead before)
    ("A suspect arrested in Denver on Monday is likely to be charged, prosecutors said.",
     "2024-03-11"),
    ("The explosion in Lyon on Monday is likely linked to a gas leak, officials said.",
     "2024-03-11"),
    ("Investigators said it is possible the fire in Denver started on Monday.", "2024-03-11"),
    ("Snow was expected in Denver on Monday, but little fell.", "2024-03-11"),
    ("A man was shot in Denver on Tuesday, police said.", "2024-03-12"),
])
def test_reporting_verbs_that_tell_the_event_keep_the_clause_tense(sentence, expected):
    assert _dated(sentence, _place(sentence), THU) == expected


def _place(sentence: str) -> str:
    """The one place name of these sentences."""
    return next(name for name in ("Denver", "Dallas", "Lyon", "Paris", "Rotterdam", "Kharkiv")
                if name in sentence)


# -- 11. a list of places in one clause shares its date -----------------------------------------

FLOOD = ("Further downstream, Evansville, Indiana, and Paducah, Kentucky, are expected to see "
         "the crest early next week.")


@pytest.mark.parametrize("place", ["Evansville", "Indiana", "Paducah", "Kentucky"])
def test_a_list_of_places_shares_its_clause_date(place):
    start = FLOOD.index(place)
    guess = event_date(FLOOD, start, start + len(place), THU)
    assert (guess.date, guess.end, guess.precision) == (  # (early next week: Monday to
        dt.date(2024, 3, 18), dt.date(2024, 3, 20), "range")  # Wednesday since dates65)


def test_a_list_is_one_clause_but_a_new_subject_after_and_is_another():
    assert clause_around(FLOOD, 20, 30) == FLOOD
    # one name before ", and" is no list: a new clause begins there
    two = "Troops shelled Kharkiv, and Kyiv was hit by drones on Monday."
    assert clause_around(two, 15, 22) == "Troops shelled Kharkiv"


def test_the_flood_story_dates_all_four_places_next_week(geoparser, tmp_path):
    from placeline.ingest import RawDocument
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    store = open_store(tmp_path / "flood.db")
    try:
        Pipeline(store, geoparser).ingest([RawDocument(
            "flood.txt", f"Floods on the Ohio\ndate 2024-03-14\n\n{FLOOD}")])
        events = store.events_frame()
        dated = dict(zip(events["place"], events["date"], strict=True))
    finally:
        store.close()
    assert {dated[p] for p in ("Evansville", "Paducah")} == {"2024-03-18"}


# -- 10. an HTML page is dated by its article's <time>, not a sidebar's -------------------------

STORY = ("<p>PORTO — The Luis I bridge in Porto reopened to traffic on Wednesday, the city "
         "council said.</p><p>The council said that work in Lisbon would start next month.</p>")


def _page_published(body: str):
    from placeline.ingest import read_bytes
    from placeline.pipeline import make_article

    page = f"<!doctype html><html><head><title>Bridge reopens</title></head><body>{body}</body>"
    (document,) = list(read_bytes(page.encode(), "page.html"))
    return make_article(document).published


TEASER = ('<nav><ul><li><a href="/a">Most read: <time datetime="2019-05-01">1 May 2019</time>'
          " Old story</a></li></ul></nav>")


@pytest.mark.parametrize("body", [
    # the audit's page: a "Most read" teaser in the menu, then the article and its byline
    TEASER + '<article><h1>Bridge reopens</h1><p>By Ana Silva · <time '
    'datetime="2024-03-14T09:00:00+00:00">14 March 2024</time></p>' + STORY + "</article>",
    # no <article>: a byline outside it beats an aside before it
    '<aside><time datetime="2019-05-01">1 May 2019</time></aside><div class="byline">'
    '<time datetime="2024-03-14">14 March 2024</time></div>' + STORY,
    # an aside inside the article is still chrome; the site header's date is too
    '<header><time datetime="2019-05-01">today</time></header><article><aside><time '
    'datetime="2019-05-01">related</time></aside><p><time datetime="2024-03-14">14 March'
    "</time></p>" + STORY + "</article>",
])
def test_the_article_s_time_dates_the_page_not_a_teaser_s(body):
    guess = _page_published(body)
    assert (guess.date, guess.confidence) == (dt.date(2024, 3, 14), 0.85)
    assert guess.evidence.startswith("metadata time: 2024-03-14")
    assert "2019-05-01" in guess.flag and "years apart" in guess.flag


def test_times_a_few_days_apart_are_no_disagreement():
    guess = _page_published('<aside><time datetime="2024-03-10">Sunday</time></aside>'
                            '<article><time datetime="2024-03-14">today</time>' + STORY
                            + "</article>")
    assert (guess.date, guess.flag) == (dt.date(2024, 3, 14), "")


def test_the_audit_page_ingests_with_a_warning_and_its_events_in_2024(geoparser, tmp_path):
    from placeline.ingest import read_bytes
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    page = ("<!doctype html><html><head><title>Bridge reopens in Porto</title></head><body>"
            + TEASER + '<article><p>By Ana Silva · <time datetime="2024-03-14T09:00:00+00:00">'
            "14 March 2024</time></p>" + STORY + "</article></body></html>")
    store = open_store(tmp_path / "page.db")
    try:
        report = Pipeline(store, geoparser).ingest(read_bytes(page.encode(), "page.html"))
        events = store.events_frame()
    finally:
        store.close()
    assert [w.source for w in report.warnings] == ["page.html"]
    assert set(events["date"].str[:4]) == {"2024"}


def test_a_headers_date_and_a_bylines_nested_elements_keep_the_storys_time():
    """A review: a <header> holding the headline and the story's <time> (outside <article>)
    had lost to a 2019 "Related" teaser; a byline with a nested <div> had ended at that
    </div>, so its <time> counted as anywhere's."""
    from placeline.htmlpage import read_html

    header = ("<html><body><nav><a href=/>Home</a></nav><header class='story-head'>"
              "<h1>Port strike</h1><p>By A. Writer <time datetime='2024-03-14T09:00:00+00:00'>"
              "14 March</time></p></header><main><p>Dock workers walked out in Rotterdam."
              "</p></main><section class='related'><h2>Related</h2><time datetime='2019-05-01'>"
              "1 May 2019</time></section></body></html>")
    byline = ("<html><body><ul class='trending'><li><time datetime='2019-05-01'>2019</time>"
              "</li></ul><div class='byline'><div class='author'>By A. Writer</div>"
              "<time datetime='2024-03-14T09:00:00+00:00'>14 March</time></div>"
              "<p>Dock workers walked out in Rotterdam.</p></body></html>")
    for page in (header, byline):
        metadata = read_html(page)[1]
        assert metadata["time"].startswith("2024-03-14"), page[:40]
