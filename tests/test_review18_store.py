"""Review 18, the store: a feed row's id or an article's URL names its new version whatever
its date (item 8); a daily brief of the next day saved to one path is another article, even
about the same city (item 9); stores written before the JSONL-HTML and soft-hyphen fixes heal
on re-ingest and reprocess (item 10); and (audit 18, item 13) an edited file read again by
another path is the stored article's new version."""

from __future__ import annotations

import json
import os
import re

from placeline import clean as clean_module
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

STORM_ROW = {"id": "r1", "date": "2024-03-05", "title": "Storm",
             "text": "<p>A storm hit <strong>Galway</strong> on Monday.</p><p>Power was cut in "
                     "<a href=\"/x\">Sligo</a> and Mayo&nbsp;County.</p>"
                     "<script>var city='Moscow';</script>"}

SHY = ("<html><head><title>Fans celebrate</title></head><body><p>Crowds in Mont&shy;r&eacute;al "
       "and Z&uuml;&shy;rich celebrated on Sunday, as did fans in Frank&shy;furt and "
       "Ham&shy;burg.</p></body></html>")
# What normalize removed before soft hyphens were taken out (c12b73c)
OLD_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200c\u200d\ufeff]")


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


# -- 10. stores written before the fixes -------------------------------------------------------

def test_a_jsonl_row_stored_with_its_html_is_replaced_by_its_reading(store, geoparser,
                                                                     tmp_path):
    """The review: a WordPress row stored before rows were read as HTML kept its tags and
    the Moscow of its <script>; the same file read again gave "1 added" (23% of the wording
    shared, the tags counting as words), Galway and Sligo then counted twice. The same
    source and id, the same words once the tags are set aside: its new version."""
    feed = tmp_path / "wp.jsonl"
    _write_rows(feed, STORM_ROW)
    old = RawDocument(f"{feed}#r1", f"{STORM_ROW['title']}\n\n{STORM_ROW['text']}",
                      {"id": "r1", "date": "2024-03-05"})  # as the old reader made it
    (added,) = _ingest(store, geoparser, old).added
    assert "Moscow" in _places(store, added[1])
    report = _ingest(store, geoparser, feed)
    assert (report.added, report.updated) == ([], [(f"{feed}#r1", added[1])])
    assert store.article_ids() == [added[1]]
    assert "<p>" not in store.article(added[1])["text"]
    assert "Moscow" not in _places(store, added[1])
    assert {"Galway", "Sligo"} <= _places(store, added[1])


def _store_with_soft_hyphens(store, geoparser, tmp_path, monkeypatch):
    """An article stored by the cleaning before soft hyphens were removed."""
    page = tmp_path / "shy.html"
    page.write_text(SHY, encoding="utf-8")
    with monkeypatch.context() as old:
        old.setattr(clean_module, "_CONTROL", OLD_CONTROL)
        (added,) = _ingest(store, geoparser, page).added
    assert "\u00ad" in store.article(added[1])["text"]
    assert "Mont-Notre-Dame" in _places(store, added[1])
    return page, added[1]


FANS = {"Montréal", "Zürich", "Frankfurt am Main", "Hamburg"}


def test_reprocess_cleans_again_a_text_the_cleaning_now_changes(store, geoparser, tmp_path,
                                                                monkeypatch):
    """The review: an article stored with its soft hyphens kept Mont-Notre-Dame and Industry
    through `reprocess`, which geoparsed the stored text as it was; a fresh store finds
    Montréal, Zürich, Frankfurt and Hamburg. Now reprocess cleans its raw text again."""
    _, article_id = _store_with_soft_hyphens(store, geoparser, tmp_path, monkeypatch)
    Pipeline(store, geoparser).reprocess()
    article = store.article(article_id)
    assert "\u00ad" not in article["text"] and "Montréal" in article["text"]
    assert _places(store, article_id) == FANS
    assert len(store.events_frame()) >= 4


def test_the_same_file_read_again_is_cleaned_again(store, geoparser, tmp_path, monkeypatch):
    """…and the same file read again was "already stored" (its raw text, soft hyphens and
    all, has the same hash): from its own source, a text the cleaning now reads otherwise
    is a new version."""
    page, article_id = _store_with_soft_hyphens(store, geoparser, tmp_path, monkeypatch)
    report = _ingest(store, geoparser, page)
    assert report.updated == [(str(page), article_id)] and not report.duplicates
    assert _places(store, article_id) == FANS
    again = _ingest(store, geoparser, page)
    assert again.duplicates == [str(page)]


def test_reprocess_leaves_texts_the_cleaning_keeps(seeds_store, geoparser):
    """A guard: what the current cleaning makes of a stored raw text again is its text, so
    reprocess rewrites no article that needs none (the bundled five, read from files)."""
    before = {i: seeds_store.article(i) for i in seeds_store.article_ids()}
    Pipeline(seeds_store, geoparser).reprocess()
    for article_id, row in before.items():
        after = seeds_store.article(article_id)
        assert (after["text"], after["ingested_at"]) == (row["text"], row["ingested_at"])


# -- audit 18, 13: the same file by another path -----------------------------------------------

PARIS = ("Heat wave grips Paris\nPARIS, July 20, 2024 (AP) - Temperatures in Paris hit 38C on "
         "Saturday. Officials in Lyon issued warnings.\n")


def test_an_edited_file_read_again_by_another_path_is_its_new_version(store, geoparser,
                                                                     tmp_path, monkeypatch):
    """The audit: paris.txt ingested by its absolute path (a cron job), its figure fixed and
    read again by hand as news/paris.txt gave "1 added": two Paris articles. Either way
    round, one file is one source."""
    news = tmp_path / "news"
    news.mkdir()
    monkeypatch.chdir(tmp_path)
    path = news / "paris.txt"
    path.write_text(PARIS, encoding="utf-8")
    (added,) = _ingest(store, geoparser, path).added
    path.write_text(PARIS.replace("38C", "39C"), encoding="utf-8")
    report = _ingest(store, geoparser, "news/paris.txt")
    assert (report.added, report.updated) == ([], [("news/paris.txt", added[1])])
    path.write_text(PARIS.replace("38C", "40C"), encoding="utf-8")
    report = _ingest(store, geoparser, str(path))
    assert report.updated == [(str(path), added[1])] and store.article_count() == 1

    link = tmp_path / "today"  # a link to the folder: the same file again
    os.symlink(news, link)
    path.write_text(PARIS.replace("38C", "41C"), encoding="utf-8")
    assert _ingest(store, geoparser, "today/paris.txt").updated == [
        ("today/paris.txt", added[1])]
    feed = news / "wire.jsonl"  # a row of a JSONL file, by another path
    _write_rows(feed, {"id": "p1", "text": PARIS})
    (row,) = _ingest(store, geoparser, "news/wire.jsonl").added
    _write_rows(feed, {"id": "p1", "text": PARIS.replace("Lyon", "Lyon and Marseille")})
    assert _ingest(store, geoparser, feed).updated == [(f"{feed}#p1", row[1])]
