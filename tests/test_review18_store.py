"""Review 18, the store: a feed row's id or an article's URL names its new version whatever
its date (item 8); a daily brief of the next day saved to one path is another article, even
about the same city (item 9)."""

from __future__ import annotations

import json

from placeline.ingest import RawDocument, read_paths
from placeline.pipeline import Pipeline, load_corrections

BRIDGE = {"id": "s1", "date": "2023-03-04", "title": "Bridge closed in Hull",
          "text": "The Humber Bridge near Hull was closed on Saturday after high winds damaged a "
                  "barrier, police said. Drivers were told to use the M62 instead, and delays of "
                  "up to an hour were reported on approach roads."}

BRIEF = """Leeds traffic brief

date 2024-03-0{day}

Traffic update for Leeds and the surrounding area. The {road} was closed {where} near Leeds on \
{weekday} morning after {cause}. Drivers were advised to avoid the area and to allow extra time \
for their journeys. {late} were running with delays of up to twenty minutes. Check back \
tomorrow for the next traffic update for Leeds and the surrounding area.
"""
MONDAY = BRIEF.format(day=4, road="M62", where="between junctions 27 and 28",
                      weekday="Monday", cause="a crash involving a lorry",
                      late="Buses in Leeds city centre")
TUESDAY = BRIEF.format(day=5, road="A64", where="between Seacroft and the ring road",
                       weekday="Tuesday", cause="a burst water main",
                       late="Trains from Leeds station")

LEAD = ("Council approves budget\n\nLEEDS, {date} — The city council in Leeds approved its "
        "budget on {weekday} after a long debate, with new money for roads in Bradford and "
        "{extra}. Opposition members said the plan did too little for buses.\n")

def _ingest(store, geoparser, *items):
    """As `ingest` does: with the store's corrections; paths or documents."""
    documents = items if items and isinstance(items[0], RawDocument) else read_paths(items)
    return Pipeline(store, geoparser.with_corrections(load_corrections(store))).ingest(
        documents)


def _places(store, article_id: int) -> set[str]:
    return {m["name"] for m in store.mentions(article_id) if m["place_id"]}


def _write_rows(path, *rows) -> None:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


# -- 8. a row's id or URL names its new version whatever its date -------------------------------

def test_a_feed_row_with_its_date_fixed_and_a_word_added_is_a_new_version(store, geoparser,
                                                                         tmp_path):
    """The review: row "s1" saved again with its "date" fixed from 2023 to 2024 and "the"
    added (95% of its wording shared) became a second article, the wrongly dated one left
    on the map. Its id names it: the stored one takes the new text and date."""
    feed = tmp_path / "feed.jsonl"
    _write_rows(feed, BRIDGE)
    (added,) = _ingest(store, geoparser, feed).added
    _write_rows(feed, {**BRIDGE, "date": "2024-03-04",
                       "text": BRIDGE["text"].replace("on approach", "on the approach")})
    report = _ingest(store, geoparser, feed)
    assert (report.added, report.updated) == ([], [(f"{feed}#s1", added[1])])
    assert "(dated 2024-03-04, was 2023-03-04)" in report.summary()
    assert store.article_ids() == [added[1]]
    assert store.article(added[1])["published"] == "2024-03-04"


def test_a_page_named_by_its_url_restamped_days_later_is_a_new_version(store, geoparser,
                                                                      tmp_path):
    """A CMS story saved again two days later with a small edit and a new stamp: its URL names
    it, in whatever file it was saved."""
    row = {"url": "https://news.example/hull-bridge", "date": "2024-03-04",
           "title": BRIDGE["title"], "text": BRIDGE["text"]}
    first, later = tmp_path / "monday.jsonl", tmp_path / "wednesday.jsonl"
    _write_rows(first, row)
    (added,) = _ingest(store, geoparser, first).added
    _write_rows(later, {**row, "date": "2024-03-06",
                        "text": row["text"].replace("an hour", "two hours")})
    report = _ingest(store, geoparser, later)
    assert report.updated == [(f"{later}#1", added[1])] and not report.added
    assert store.article(added[1])["published"] == "2024-03-06"


def test_rows_of_two_files_with_their_own_ids_under_a_sections_url_keep_the_date_rule(
        store, geoparser, tmp_path):
    """A guard: a daily export whose rows each carry an id of their own but the section's URL
    ("/weather"): yesterday's brief under another id is not today's, whatever the URL says."""
    text = ("Denver weather\n\nForecasters in Denver expect a high of {high} degrees today, with "
            "light winds from the west and clear skies over Boulder and Aurora. Roads in the "
            "foothills are dry, and no closures are planned.")
    base = {"url": "https://news.example/weather", "title": "Denver weather"}
    monday, tuesday = tmp_path / "0304.jsonl", tmp_path / "0305.jsonl"
    _write_rows(monday, {**base, "id": "wx-0304", "date": "2024-03-04",
                         "text": text.format(high=41)})
    _write_rows(tuesday, {**base, "id": "wx-0305", "date": "2024-03-05",
                          "text": text.format(high=45)})
    _ingest(store, geoparser, monday)
    report = _ingest(store, geoparser, tuesday)
    assert len(report.added) == 1 and not report.updated
    assert store.article_count() == 2


# -- 9. the next day's brief about the same city -----------------------------------------------

def test_consecutive_daily_briefs_about_one_city_are_two_articles(store, geoparser, tmp_path):
    """The review: the Leeds traffic brief of 4 March (the M62) and of 5 March (the A64),
    saved in turn to brief.txt, share 63% of their wording and Leeds: the second had
    replaced the first. Their own dates differ: another article, and the warning says so."""
    path = tmp_path / "brief.txt"
    path.write_text(MONDAY, encoding="utf-8")
    (monday,) = _ingest(store, geoparser, path).added
    path.write_text(TUESDAY, encoding="utf-8")
    report = _ingest(store, geoparser, path)
    assert len(report.added) == 1 and not report.updated
    assert {store.article(i)["published"] for i in store.article_ids()} == {
        "2024-03-04", "2024-03-05"}
    assert "M62" in store.article(monday[1])["text"]
    (warning,) = [w for w in report.warnings if "same source" in w.reason]
    assert "it is dated 2024-03-04 and this one 2024-03-05" in warning.reason


def test_a_file_whose_only_change_is_its_date_is_a_new_version(store, geoparser, tmp_path):
    """A guard, and what "explicit own date" leaves out: a fixed date line, or a fixed date
    in the lead, with the text otherwise unchanged is the same article's new version; the
    next day's lead-dated story with another text is not."""
    brief = tmp_path / "brief.txt"
    brief.write_text(MONDAY, encoding="utf-8")
    (added,) = _ingest(store, geoparser, brief).added
    brief.write_text(MONDAY.replace("2024-03-04", "2024-03-05"), encoding="utf-8")
    report = _ingest(store, geoparser, brief)
    assert report.updated == [(str(brief), added[1])]
    assert "(dated 2024-03-05, was 2024-03-04)" in report.summary()

    council = tmp_path / "council.txt"
    council.write_text(LEAD.format(date="March 4, 2024", weekday="Monday", extra="Wakefield"),
                       encoding="utf-8")
    (stored,) = _ingest(store, geoparser, council).added
    assert store.article(stored[1])["published"] == "2024-03-04"
    council.write_text(LEAD.format(date="March 5, 2024", weekday="Monday", extra="Wakefield"),
                       encoding="utf-8")
    report = _ingest(store, geoparser, council)
    assert report.updated == [(str(council), stored[1])]
    council.write_text(LEAD.format(date="March 6, 2024", weekday="Tuesday", extra="Halifax"),
                       encoding="utf-8")
    report = _ingest(store, geoparser, council)
    assert len(report.added) == 1 and not report.updated


PAGE = """<html><head><title>Council approves budget</title>
<meta property="article:modified_time" content="2024-03-0{day}T09:00:00Z"></head><body><article>
<p>The city council in Leeds approved its budget on Monday after a long debate, with new money
for roads in Bradford and {extra}. Opposition members said the plan did too little for
buses.</p></article></body></html>"""


def test_a_page_dated_by_its_last_change_saved_again_edited_is_a_new_version(store, geoparser,
                                                                             tmp_path):
    """A guard: a page whose only date is article:modified_time gives a new one with each
    edit; saved again the next day with a place added, it is the same story's new
    version, not another article."""
    page = tmp_path / "budget.html"
    page.write_text(PAGE.format(day=4, extra="Wakefield"), encoding="utf-8")
    (added,) = _ingest(store, geoparser, page).added
    assert store.article(added[1])["published"] == "2024-03-04"
    page.write_text(PAGE.format(day=5, extra="Wakefield and Halifax"), encoding="utf-8")
    report = _ingest(store, geoparser, page)
    assert report.updated == [(str(page), added[1])] and not report.added
