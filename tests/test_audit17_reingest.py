"""Audit 17, item 4: an edited article read again from its source (the same file, JSONL id
or URL) replaces the stored version, with its one-article corrections, instead of being
counted as a second article; the same text is still stored once, from any source."""

from __future__ import annotations

import json
from pathlib import Path

from placeline.ingest import read_paths
from placeline.models import Place
from placeline.pipeline import Pipeline, load_corrections, prepare
from placeline.recovery import read_journal
from tests.test_apptest import _run, app_db  # noqa: F401 — the fixture

FLOOD = """Floodwaters rise along the Ohio River as Cincinnati braces for crest
date 2024-03-14
CINCINNATI — The Ohio River rose above flood stage on Wednesday, forcing the closure of \
riverside roads in Cincinnati and across the river in Covington, Kentucky.
Officials in Louisville said last Tuesday that the river would crest there on Saturday, and \
emergency crews spent Thursday stacking sandbags along the waterfront.
"We have seen nothing like this since 1997," said Mayor Aftab Pureval at a briefing at City Hall.
Further downstream, Evansville, Indiana, and Paducah, Kentucky, are expected to see the crest \
early next week.
The National Weather Service said rainfall totals in Columbus and Dayton reached four inches \
over the weekend.
"""

CAMBRIDGE = """Cambridge researchers unveil battery breakthrough
date 2024-03-13
Scientists at the University of Cambridge said on Monday that a new sodium battery design \
could halve the cost of storing wind power.
The team, working with partners in Oxford and at a start-up in Bristol, tested the cells at a \
wind farm off the coast of Norfolk last summer.
The researchers will present the work at a conference in Berlin next month.
"""

PORT = """Strike shuts the Port of Rotterdam
date 2024-03-14
Dock workers walked off the job at the Port of Rotterdam on Thursday, halting container \
traffic at Europe's largest port.
Union leaders said the strike would last until Saturday unless talks in The Hague resume.
"""

# A Cambridge the geoparser never chooses by itself here (the story's own reading is England's
# since a country counts by its likeliest reading), so a correction to it is visible.
ENGLAND_CAMBRIDGE = Place(id="user:cambridge:-37.8833,175.4700", name="Cambridge",
                          lat=-37.8833, lon=175.47, kind="city", country="NZ", admin1="")


def _ingest(store, geoparser, *paths):
    """As `ingest` does: with the store's corrections."""
    return Pipeline(store, geoparser.with_corrections(load_corrections(store))).ingest(
        read_paths(paths))


def _edit(path: Path, old: str, new: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_an_edited_file_read_again_replaces_its_article(store, geoparser, tmp_path):
    """The audit: a one-word fix ("four" → "five inches") made a second article, so
    Cincinnati counted two articles. Now the stored one takes the new text: the same id, its
    events made again; the same text once more is "already stored"."""
    path = tmp_path / "01_flood.txt"
    path.write_text(FLOOD, encoding="utf-8")
    (first,) = _ingest(store, geoparser, path).added
    article_id = first[1]
    _edit(path, "four inches", "five inches")
    report = _ingest(store, geoparser, path)
    assert (report.added, report.updated) == ([], [(str(path), article_id)])
    assert report.summary().startswith("0 added, 1 updated, 0 already stored, 0 skipped")
    assert store.article_ids() == [article_id]
    article = store.article(article_id)
    assert "five inches" in article["text"] and "four inches" not in article["text"]
    events = store.events_frame()
    assert set(events["article_id"]) == {article_id}
    assert (events["place"] == "Cincinnati").sum() >= 1
    assert events.groupby("place_id").size().max() <= 2  # not the old events and the new
    dated = store.article(article_id)
    assert (dated["published"], dated["story_id"]) == ("2024-03-14", article_id)
    again = _ingest(store, geoparser, path)
    assert (again.added, again.updated, again.duplicates) == ([], [], [str(path)])


def test_the_same_jsonl_id_or_url_is_the_same_article_and_a_line_number_is_not(
        store, geoparser, tmp_path):
    """A JSONL row's "id" names it in the next export of the feed too; its line number does
    not (a row added above shifts it); a URL names a page wherever it was saved."""
    feed = tmp_path / "wire.jsonl"

    def write(rows):
        feed.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")

    flood = {"id": "w1", "text": FLOOD}
    port = {"text": PORT}  # no id: named by its line
    write([flood, port])
    assert len(_ingest(store, geoparser, feed).added) == 2
    write([{"id": "w1", "text": FLOOD.replace("four inches", "five inches")},
           {"text": PORT.replace("until Saturday", "until Sunday")}])
    report = _ingest(store, geoparser, feed)
    assert [source for source, _ in report.updated] == [f"{feed}#w1"]
    assert [source for source, _ in report.added] == [f"{feed}#2"]
    assert store.article_count() == 3

    page = tmp_path / "saved.jsonl"  # the Cambridge story, saved under two names
    url = "https://example.org/news/battery"
    page.write_text(json.dumps({"id": "a", "url": url, "text": CAMBRIDGE}) + "\n",
                    encoding="utf-8")
    (stored,) = _ingest(store, geoparser, page).added
    other = tmp_path / "again.jsonl"
    other.write_text(json.dumps({"id": "b", "url": url, "text": CAMBRIDGE.replace(
        "could halve the cost", "could cut the cost by half")}) + "\n", encoding="utf-8")
    assert _ingest(store, geoparser, other).updated == [(f"{other}#b", stored[1])]
    assert store.article(stored[1])["source"] == f"{other}#b"
    assert store.article_count() == 4


def test_a_file_reused_for_another_story_is_a_new_article_and_said_so(store, geoparser,
                                                                     tmp_path):
    """A name a scraper writes every day ("latest.txt") holds a new story each time: it must
    not wipe yesterday's, only say that the source was seen before."""
    path = tmp_path / "latest.txt"
    path.write_text(FLOOD, encoding="utf-8")
    (yesterday,) = _ingest(store, geoparser, path).added
    path.write_text(PORT, encoding="utf-8")
    report = _ingest(store, geoparser, path)
    assert len(report.added) == 1 and not report.updated
    assert store.article_count() == 2
    (warning,) = report.warnings
    assert f"article {yesterday[1]} came from the same source" in warning.reason


def test_other_sources_keep_todays_behaviour(store, geoparser, tmp_path):
    """The same text from another file is stored once, as before; an edited copy under
    another name is an article of its own, as before (nothing says it is a version). A guard:
    it passed before the change too."""
    morning, copy, edited = (tmp_path / name for name in ("a.txt", "b.txt", "c.txt"))
    morning.write_text(FLOOD, encoding="utf-8")
    copy.write_text(FLOOD, encoding="utf-8")
    edited.write_text(FLOOD.replace("four inches", "five inches"), encoding="utf-8")
    report = _ingest(store, geoparser, morning, copy, edited)
    assert [s for s, _ in report.added] == [str(morning), str(edited)]
    assert report.duplicates == [str(copy)] and store.article_count() == 2


def _correct_cambridge_here(store, geoparser, article_id: int) -> None:
    """What the correction form does for "only in this article"."""
    store.add_correction("Cambridge", ENGLAND_CAMBRIDGE, store.article(article_id)["content_hash"])
    Pipeline(store, geoparser).reprocess(store.articles_with_surface("Cambridge"))


def _cambridge_places(store, article_id: int) -> set[str]:
    return {m["place_id"] for m in store.mentions(article_id) if m["surface"] == "Cambridge"}


def test_a_one_article_correction_follows_the_new_version(store, geoparser, tmp_path):
    """The audit: Cambridge corrected to England "only in" its article, then the edited
    file read again: the new copy was pinned in Massachusetts again. Now the correction
    moves to the new text (in the table and in the journal a rebuild replays)."""
    path = tmp_path / "04_cambridge.txt"
    path.write_text(CAMBRIDGE, encoding="utf-8")
    (added,) = _ingest(store, geoparser, path).added
    article_id = added[1]
    _correct_cambridge_here(store, geoparser, article_id)
    assert _cambridge_places(store, article_id) == {ENGLAND_CAMBRIDGE.id}
    _edit(path, "could halve the cost", "could cut the cost by half")
    assert _ingest(store, geoparser, path).updated == [(str(path), article_id)]
    new_hash = store.article(article_id)["content_hash"]
    assert _cambridge_places(store, article_id) == {ENGLAND_CAMBRIDGE.id}
    assert [(c["surface"], c["context_hint"]) for c in store.corrections()] == [
        ("Cambridge", new_hash)]
    if store.journal_path:  # (SQLite's: a PostgreSQL server keeps corrections itself)
        active, _ = read_journal(store.journal_path)
        assert [(surface, hint, place.id) for surface, hint, place in active] == [
            ("Cambridge", new_hash, ENGLAND_CAMBRIDGE.id)]
    # …and it stays: geoparsing the stored articles again applies it to the new text.
    Pipeline(store, geoparser).reprocess()  # (it loads the store's corrections)
    assert _cambridge_places(store, article_id) == {ENGLAND_CAMBRIDGE.id}


def test_a_new_version_prepared_elsewhere_gets_its_correction_too(store, geoparser, tmp_path):
    """Dask's workers geoparse with the new text's hash, which no correction names yet: the
    writer geoparses a corrected article's new version again with its corrections."""
    path = tmp_path / "04_cambridge.txt"
    path.write_text(CAMBRIDGE, encoding="utf-8")
    (added,) = _ingest(store, geoparser, path).added
    _correct_cambridge_here(store, geoparser, added[1])
    _edit(path, "could halve the cost", "could cut the cost by half")
    worker = geoparser.with_corrections(load_corrections(store))
    prepared = [prepare(document, worker) for document in read_paths([path])]
    assert all(m.place.id != ENGLAND_CAMBRIDGE.id for m in prepared[0].mentions
               if m.surface == "Cambridge" and m.place)
    report = Pipeline(store, worker).ingest(prepared)
    assert report.updated == [(str(path), added[1])]
    assert _cambridge_places(store, added[1]) == {ENGLAND_CAMBRIDGE.id}


def test_ingest_says_what_it_updated(tmp_path, capsys, monkeypatch):
    """The same command run again, from the same folder (the path as written is the
    source)."""
    from placeline import cli

    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "01_flood.txt").write_text(FLOOD, encoding="utf-8")
    db = tmp_path / "cli.db"
    assert cli.main(["ingest", "folder", "--db", str(db)]) == 0
    _edit(folder / "01_flood.txt", "four inches", "five inches")
    capsys.readouterr()
    assert cli.main(["ingest", "folder", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "0 added, 1 updated, 0 already stored, 0 skipped" in out
    assert "updated folder/01_flood.txt: a new version of article 1" in out


def test_the_ingest_page_lists_what_a_new_version_replaced(app_db, tmp_path):  # noqa: F811
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "01_flood.txt").write_text(FLOOD, encoding="utf-8")
    at = _run("pages/3_Ingest.py")
    at.text_input(key="folder").set_value(str(folder)).run()
    at.button[0].click().run()
    assert "1 added" in at.success[0].value and "updated" not in at.success[0].value
    _edit(folder / "01_flood.txt", "four inches", "five inches")
    at.button[0].click().run()
    assert not at.exception
    assert at.success[0].value.startswith("0 added · 1 updated · 0 already stored")
    table = at.dataframe[0].value
    assert list(table["file"]) == [str(folder / "01_flood.txt")]
    assert table["article"].iloc[0].endswith(": Floodwaters rise along the Ohio River as "
                                             "Cincinnati braces for crest")


def test_rebuild_keeps_versions_an_older_placeline_stored_side_by_side(tmp_path, geoparser):
    """Rebuild brings back what the database held: two versions of one file stay two
    articles there (it is no ingest of something new). A guard: it passed before too."""
    from placeline.recovery import rebuild
    from placeline.store import open_store

    path = tmp_path / "01_flood.txt"
    db = tmp_path / "old.db"
    store = open_store(db)
    for text in (FLOOD, FLOOD.replace("four inches", "five inches")):
        path.write_text(text, encoding="utf-8")
        (made,) = [prepare(document, geoparser) for document in read_paths([path])]
        store.add_article(made.article, made.mentions, made.events, made.terms)
    assert store.article_count() == 2
    store.close()
    report = rebuild(db, log=lambda _: None, force=True)
    assert (report.salvaged, report.lost) == (2, [])
    assert open_store(db).article_count() == 2


# -- near-copies from other sources: one story ---------------------------------------------------

PARIS = """Tornado damages homes in Paris, Texas
date 2024-03-14
PARIS, Texas — A tornado touched down late Tuesday night just south of Paris, Texas, damaging \
at least 40 homes and knocking out power to thousands, Lamar County officials said.
The storm system moved east overnight into Arkansas, where Texarkana reported hail the size of \
golf balls.
Residents of Paris spent Wednesday clearing debris. The Red Cross opened a shelter at a church \
on Clarksville Street.
Forecasters in Dallas said more severe weather is possible on Friday.
"""


def test_near_copies_from_other_sources_join_one_story(store, geoparser, tmp_path):
    """The audit: "UPDATED: Tornado damages 60 homes…" uploaded in the afternoon became a
    story of its own beside the morning's "Tornado damages homes…", and so did the two
    Cambridge texts: one shared name or none is too few for a story, and such short texts
    keep few. Sharing a sentence and most of their wording, they are one story now; the
    copy without a date line takes its date from it."""
    morning = tmp_path / "morning"
    morning.mkdir()
    (morning / "02_paris.txt").write_text(PARIS, encoding="utf-8")
    (morning / "04_cambridge.txt").write_text(CAMBRIDGE, encoding="utf-8")
    first = dict(_ingest(store, geoparser, morning).added)
    afternoon = tmp_path / "afternoon"
    afternoon.mkdir()
    (afternoon / "02_paris_updated.txt").write_text(
        PARIS.replace("Tornado damages homes", "UPDATED: Tornado damages 60 homes")
        .replace("at least 40 homes", "at least 60 homes").replace("date 2024-03-14\n", ""),
        encoding="utf-8")
    (afternoon / "04_cambridge_v2.txt").write_text(CAMBRIDGE.replace(
        "could halve the cost", "could cut the cost by half"), encoding="utf-8")
    later = dict(_ingest(store, geoparser, afternoon).added)  # dated with their neighbours
    paris, cambridge = first[str(morning / "02_paris.txt")], first[
        str(morning / "04_cambridge.txt")]
    updated = store.article(later[str(afternoon / "02_paris_updated.txt")])
    assert updated["story_id"] == paris
    assert updated["published"] and updated["published_method"] in {"inferred", "relative"}
    assert store.article(later[str(afternoon / "04_cambridge_v2.txt")])["story_id"] == cambridge
    assert store.article(paris)["story_id"] != cambridge


def test_a_shared_opening_sentence_alone_makes_no_story(store, geoparser, tmp_path):
    """A stock first line shared by different reports finds them as candidates; their
    wording, mostly different, keeps them apart."""
    stock = "Here are the latest reports from our correspondents around the region.\n"
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(PORT.replace("\n", "\n" + stock, 1), encoding="utf-8")
    b.write_text(FLOOD.replace("\n", "\n" + stock, 1), encoding="utf-8")
    ids = [i for _, i in _ingest(store, geoparser, a, b).added]
    assert len({store.article(i)["story_id"] for i in ids}) == 2


def test_rows_with_their_own_ids_under_one_url_are_different_articles(store, geoparser,
                                                                      tmp_path):
    """A week of weather briefs in one JSONL file, each with its own id and date and one
    section's URL, shares most of its wording from day to day: they had collapsed into the
    last row ("1 added, 6 updated"; six days lost — a review). Ids decide."""
    rows = [{"id": f"wx-2024-03-1{day}", "date": f"2024-03-1{day}",
             "url": "https://news.example.com/weather",
             "title": f"Denver weather for March 1{day}",
             "text": (f"Denver weather for March 1{day}\n\nForecasters in Denver expect a high "
                      f"of {40 + day} degrees today, with light winds from the west and clear "
                      "skies over Boulder and Aurora. Roads in the foothills are dry, the "
                      "Colorado Department of Transportation said, and no closures are "
                      f"planned. Overnight lows will fall to {20 + day} degrees.")}
            for day in range(1, 6)]
    path = tmp_path / "week.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    report = _ingest(store, geoparser, path)
    assert len(report.added) == 5 and not report.updated
    assert len(store.article_ids()) == 5
