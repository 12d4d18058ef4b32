"""Review 18, small items: a short weekday form that names something ("The Sun, March 5") is
no weekday; exports name an article's file relative to where it was ingested, not by the
absolute path; a junk file named on the command line is said to be passed over; numeric
metadata dates ("11/05/2024") are read in the order their feed proves, else flagged; an
article's date can be set by hand, as a correction that survives re-ingest."""

from __future__ import annotations

import datetime as dt

import pytest

from placeline.dates import event_date
from placeline.models import DateGuess


def _guess(published: str, sentence: str, place: str = "Xville") -> DateGuess:
    start = sentence.index(place)
    return event_date(sentence, start, start + len(place), dt.date.fromisoformat(published))


# -- 1. "The Sun, March 5": a newspaper, not a Sunday ----------------------------------------


@pytest.mark.parametrize("sentence, evidence", [
    ("The Sun, March 5: floods in Xville", "March 5"),   # the review's case
    ("the Sun, March 5, reported floods in Xville.", "March 5"),
    ("The Baltimore Sun, March 5: floods in Xville", "March 5"),
    ("Sat, March 5: floods in Xville", "March 5"),        # a short form that disagrees
    ("The Wed, March 5 issue said floods hit Xville.", "March 5"),
])
def test_a_short_weekday_form_that_names_something_is_no_weekday(sentence, evidence):
    guess = _guess("2024-03-13", sentence)
    assert (guess.date, guess.evidence, guess.flag) == (dt.date(2024, 3, 5), evidence, "")


def test_a_short_weekday_form_that_is_the_date_s_stays_and_a_full_name_is_still_checked():
    assert _guess("2024-03-13", "Tue, March 5: floods in Xville").evidence == "Tue, March 5"
    full = _guess("2024-03-13", "Floods hit Xville on Sunday, March 5.")
    assert full.date == dt.date(2024, 3, 5) and "Sunday" in full.flag


# -- 2. exports name an article's file from the folder named at ingest --------------------

GALWAY = "Storm in Galway\nA storm hit Galway on Monday, 4 March 2024.\n"
LIMERICK = ('{"id": "x0", "date": "2024-03-05", "text": "Rain flooded streets in Limerick on '
            'Tuesday."}\n')


def _main(capsys, *args) -> tuple[int, str]:
    from placeline.cli import main

    code = main([str(a) for a in args])
    return code, capsys.readouterr().out


def _news_folder(tmp_path):
    folder = tmp_path / "home" / "someone" / "news"
    (folder / "2024").mkdir(parents=True)
    (folder / "2024" / "galway.txt").write_text(GALWAY, encoding="utf-8")
    (folder / "feed.jsonl").write_text(LIMERICK, encoding="utf-8")
    return folder


def _exported_sources(capsys, db, fmt: str = "csv") -> set[str]:
    import csv
    import io
    import json

    code, out = _main(capsys, "export", "--format", fmt, "--db", db)
    assert code == 0
    if fmt == "csv":
        return {row["source"] for row in csv.DictReader(io.StringIO(out))}
    return {f["properties"]["source"] for f in json.loads(out)["features"]}


@pytest.mark.parametrize("fmt", ["csv", "geojson"])
def test_an_export_names_a_file_from_the_folder_named_at_ingest(capsys, tmp_path, fmt):
    """The review's export had "/home/…/feed.jsonl#x0": a shared CSV told the folder and
    the user's name."""
    folder = _news_folder(tmp_path)
    db = tmp_path / "s.db"
    assert _main(capsys, "ingest", folder, "--db", db)[0] == 0
    assert _exported_sources(capsys, db, fmt) == {"news/2024/galway.txt", "news/feed.jsonl#x0"}


def test_a_file_named_at_ingest_is_exported_by_its_name(capsys, tmp_path, monkeypatch):
    folder = _news_folder(tmp_path)
    monkeypatch.chdir(folder / "2024")
    db = tmp_path / "s.db"
    _main(capsys, "ingest", folder / "feed.jsonl", "galway.txt", "--db", db)
    assert _exported_sources(capsys, db) == {"galway.txt", "feed.jsonl#x0"}


def test_an_article_stored_before_names_were_kept_is_exported_by_its_file_name(tmp_path):
    from placeline.export import shared_source

    assert shared_source("/home/someone/news/feed.jsonl#x0") == "feed.jsonl#x0"
    assert shared_source("/home/someone/in.zip/2024/a.txt") == "in.zip/2024/a.txt"
    assert shared_source("/home/someone/news/a.txt") == "a.txt"
    assert shared_source("upload:feed.jsonl#3") == "upload:feed.jsonl#3"
    assert shared_source("/home/someone/a.txt", "news/a.txt") == "news/a.txt"


def test_both_stores_give_the_names_sources_were_read_by(store):
    from placeline.models import Article

    def article(source: str, content_hash: str, metadata: dict) -> Article:
        return Article(source=source, title="A", text="Kyiv news.", content_hash=content_hash,
                       published=DateGuess(dt.date(2024, 3, 5), "metadata", 0.97),
                       metadata=metadata)

    named = store.add_article(article("/home/u/news/a.txt", "h1",
                                      {"source_name": "news/a.txt"}), [])
    unnamed = store.add_article(article("/home/u/b.txt", "h2", {}), [])
    assert store.source_names([named, unnamed]) == {named: "news/a.txt"}


def test_the_dashboard_s_csv_of_this_view_names_files_as_the_cli_does(tmp_path, geoparser):
    from app_common import view_table
    from placeline.eventindex import load_event_index
    from placeline.ingest import read_paths
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    folder = _news_folder(tmp_path)
    store = open_store(tmp_path / "s.db")
    try:
        Pipeline(store, geoparser).ingest(read_paths([folder]))
        index = load_event_index(store)
        table = view_table(store, index, index.everything())
    finally:
        store.close()
    assert set(table["source"]) == {"news/2024/galway.txt", "news/feed.jsonl#x0"}


# -- 3. a junk file named on the command line is said to be passed over -------------------


def test_a_system_or_store_file_named_on_its_own_is_said_to_be_passed_over(capsys, tmp_path):
    """`ingest Thumbs.db` had printed "0 added, 0 already stored, 0 skipped" and nothing
    about it. It is still no skipped input (exit 0: `ingest stories/*` names them too)."""
    (tmp_path / "Thumbs.db").write_bytes(b"")
    code, out = _main(capsys, "ingest", tmp_path / "Thumbs.db", "--db", tmp_path / "s.db")
    assert code == 0
    assert f"passed over {tmp_path / 'Thumbs.db'}: " in out
    code, out = _main(capsys, "ingest", tmp_path / "s.db", "--db", tmp_path / "s.db")
    assert code == 0 and f"passed over {tmp_path / 's.db'}: " in out and "database" in out


# -- 4. numeric metadata dates: the order the feed proves, the lead's, else said ----------

def _feed(tmp_path, rows: list[dict], name: str = "us_feed.jsonl"):
    import json

    from placeline.ingest import read_paths
    from placeline.pipeline import make_article

    path = tmp_path / name
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return [make_article(doc) for doc in read_paths([path])]


ATLANTA = {"id": "a1", "date": "11/05/2024 23:10", "title": "Long lines in Atlanta",
           "text": "Voters in Atlanta waited hours to cast ballots on Tuesday."}
PHOENIX = {"id": "a2", "date": "11/13/2024", "title": "Recount in Phoenix",
           "text": "Officials in Phoenix began a recount on Wednesday."}


def test_a_date_elsewhere_in_the_feed_proves_its_order(tmp_path):
    """The audit's US feed: "11/13/2024" can only be month first, so "11/05/2024" is 5
    November (it had been 11 May, "explicit 0.95", and its Tuesday 7 May)."""
    atlanta, phoenix = _feed(tmp_path, [ATLANTA, PHOENIX])
    assert atlanta.published.date == dt.date(2024, 11, 5)
    assert atlanta.published.flag == ""
    assert "month first, as 11/13/2024 elsewhere in its file" in atlanta.published.evidence
    assert phoenix.published.date == dt.date(2024, 11, 13)
    # and day first where the feed says so
    london = {**ATLANTA, "date": "11/05/2024", "text": "Voters in London queued."}
    leeds = {**PHOENIX, "date": "13/11/2024", "text": "Officials in Leeds counted."}
    assert _feed(tmp_path, [london, leeds], "uk.jsonl")[0].published.date == \
        dt.date(2024, 5, 11)


def test_an_ambiguous_date_alone_is_read_day_first_and_said_so(tmp_path):
    (article,) = _feed(tmp_path, [ATLANTA])
    assert article.published.date == dt.date(2024, 5, 11)
    assert "11/05/2024 23:10" in article.published.flag
    assert "11 May 2024" in article.published.flag and "5 November 2024" in \
        article.published.flag


def test_the_lead_s_date_or_a_us_address_decides(tmp_path):
    dated = {**ATLANTA, "text": "ATLANTA, Nov. 5, 2024 — Voters waited hours in Atlanta."}
    (article,) = _feed(tmp_path, [dated])
    assert (article.published.date, article.published.flag) == (dt.date(2024, 11, 5), "")
    us = {**ATLANTA, "url": "https://www.ajc.example.us/news/lines"}
    (article,) = _feed(tmp_path, [us])
    assert article.published.date == dt.date(2024, 11, 5)
    assert "month first" in article.published.flag  # (a guess, said so)


def test_unambiguous_and_equal_numeric_dates_raise_no_flag(tmp_path):
    rows = [{**ATLANTA, "date": value} for value in ("05/05/2024", "25/12/2023")]
    first, second = _feed(tmp_path, rows)
    assert (first.published.date, first.published.flag) == (dt.date(2024, 5, 5), "")
    assert (second.published.date, second.published.flag) == (dt.date(2023, 12, 25), "")


def test_the_audit_s_feed_is_stored_and_dated_month_first(capsys, tmp_path):
    import json

    path = tmp_path / "us_feed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in (ATLANTA, PHOENIX)), encoding="utf-8")
    db = tmp_path / "s.db"
    code, out = _main(capsys, "ingest", path, "--db", db)
    assert code == 0 and "warning" not in out, out
    code, out = _main(capsys, "export", "--format", "csv", "--db", db)
    assert "2024-11-05" in out and "2024-05-" not in out


def test_a_utf16_feed_proves_its_order_too(tmp_path):
    import json

    from placeline.ingest import read_paths
    from placeline.pipeline import make_article

    path = tmp_path / "feed.jsonl"
    path.write_bytes("".join(json.dumps(r) + "\n" for r in (ATLANTA, PHOENIX)).encode("utf-16"))
    atlanta = make_article(next(iter(read_paths([path]))))
    assert atlanta.published.date == dt.date(2024, 11, 5)


# -- 5. an article's date set by hand, kept as a correction is ------------------------------

NOV_5 = dt.date(2024, 11, 5)


@pytest.fixture
def misdated(tmp_path, app_store, geoparser):
    """A store holding the audit's feed row alone: its "11/05/2024" read as 11 May (a
    guess), opened by the app through PLACELINE_DB."""
    import json

    from placeline.ingest import read_paths
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    feed = tmp_path / "us_feed.jsonl"
    feed.write_text(json.dumps(ATLANTA) + "\n", encoding="utf-8")
    db = tmp_path / "news.db"
    store = open_store(db)
    Pipeline(store, geoparser).ingest(read_paths([feed]))
    assert store.article(1)["published"] == "2024-05-11"
    app_store(db)
    yield store, feed
    store.close()


def _event_days(store) -> set[str]:
    return set(store.events_frame()["date"])


def test_the_articles_page_sets_an_article_s_date_by_hand(misdated):
    """The Articles page had no way to fix a wrong date: places could be corrected, dates
    not (a review)."""
    from tests.test_apptest import _run

    store, _ = misdated
    at = _run("pages/1_Articles.py", article="1")
    assert not at.exception
    at.date_input(key="fix_date_1").set_value(NOV_5)
    at.button(key="save_date_1").click().run()
    assert not at.exception
    row = store.article(1)
    assert (row["published"], row["published_method"]) == ("2024-11-05", "corrected")
    assert "set by hand" in row["published_evidence"] and "11 May 2024" in \
        row["published_evidence"]  # (what it gave, kept in view)
    assert not any(day.startswith("2024-05") for day in _event_days(store))
    at = _run("pages/1_Articles.py", article="1")
    assert "set by hand" in " ".join(m.value for m in at.markdown)
    places = _run("pages/2_Places.py")
    listed = " ".join(m.value for m in places.markdown)
    assert "“Long lines in Atlanta” → published **5 Nov 2024**, set by hand" in listed


def test_the_map_shows_the_date_set_by_hand(misdated):
    from placeline.pipeline import Pipeline
    from tests.test_apptest import _place_id, _run

    store, _ = misdated
    Pipeline(store).correct_date(1, NOV_5)
    at = _run("dashboard.py", place=_place_id(store, "Atlanta"))
    assert not at.exception
    cards = " ".join(c.value for c in at.caption)
    assert "published 5 Nov 2024 (set by hand)" in cards


def test_a_date_set_by_hand_holds_through_re_ingest_and_reprocess(misdated, geoparser):
    import json

    from placeline.ingest import read_paths
    from placeline.pipeline import Pipeline

    store, feed = misdated
    pipeline = Pipeline(store, geoparser)
    pipeline.correct_date(1, NOV_5)
    pipeline.ingest(read_paths([feed]))  # the same row again: already stored
    assert store.article(1)["published"] == "2024-11-05"
    pipeline.reprocess()
    pipeline.settle_dates()
    assert store.article(1)["published"] == "2024-11-05"
    # an edited version of the row, its date still misread: the date moves with it
    feed.write_text(json.dumps({**ATLANTA, "text": ATLANTA["text"] + " Some waited five."})
                    + "\n", encoding="utf-8")
    report = pipeline.ingest(read_paths([feed]))
    assert [a for _, a in report.updated] == [1], report.summary()
    assert (store.article(1)["published"], store.article_count()) == ("2024-11-05", 1)
    assert not any(day.startswith("2024-05") for day in _event_days(store))
    pipeline.correct_date(1, None)  # undone: the date found again
    assert store.article(1)["published"] == "2024-05-11"
    assert store.date_corrections() == []


def test_a_date_set_by_hand_is_journalled_backed_up_and_rebuilt(misdated, tmp_path):
    from placeline.pipeline import Pipeline
    from placeline.recovery import read_date_journal, read_journal, rebuild
    from placeline.store import open_store

    store, _ = misdated
    Pipeline(store).correct_date(1, NOV_5)
    content_hash = store.article(1)["content_hash"]
    dated, _ = read_date_journal(store.journal_path)
    assert [(h, d) for h, d, _ in dated] == [(content_hash, "2024-11-05")]
    logged: list[str] = []
    read_journal(store.journal_path, logged.append)
    assert logged == []  # (no "unknown op" for the date lines)
    copy = tmp_path / "copy.db"
    store.backup(copy)
    backed_up = open_store(copy)
    try:
        assert backed_up.article(1)["published"] == "2024-11-05"
        assert [(h, d) for h, d, _ in read_date_journal(backed_up.journal_path)[0]] == \
            [(content_hash, "2024-11-05")]
    finally:
        backed_up.close()
    path = store.path
    store.close()
    report = rebuild(path, log=lambda _: None, force=True)
    assert report.corrections == 1
    rebuilt = open_store(path)
    try:
        assert rebuilt.article(1)["published"] == "2024-11-05"
        assert rebuilt.article(1)["published_method"] == "corrected"
    finally:
        rebuilt.close()


def test_both_stores_keep_move_and_undo_a_date_set_by_hand(store):
    from placeline.models import Article

    def article(text: str, content_hash: str) -> Article:
        return Article(source="feed.jsonl#a1", title="A", text=text, content_hash=content_hash,
                       published=DateGuess(dt.date(2024, 5, 11), "explicit", 0.6))

    article_id = store.add_article(article("Kyiv news.", "h1"), [])
    store.set_date_correction("h1", NOV_5)
    store.set_date_correction("h1", dt.date(2024, 11, 6))  # a second thought replaces it
    assert store.corrected_dates() == {"h1": dt.date(2024, 11, 6)}
    store.replace_article(article_id, article("Kyiv news, edited.", "h2"), [])
    assert store.corrected_dates() == {"h2": dt.date(2024, 11, 6)}
    assert [(r["article_id"], r["article_title"]) for r in store.date_corrections()] == \
        [(article_id, "A")]
    store.remove_date_correction("h2")
    assert store.corrected_dates() == {}
