"""UI 60: the product's leftovers of the last sessions — the Ingest page's warnings read in
full, a press release's end matter, a lone outlet's line under a title, a range link's
window, a PostgreSQL store's damage named by its URL, and `mention_countries` on both
backends."""

from __future__ import annotations

import pytest

from placeline.models import Article, Mention, Place
from tests.test_apptest import _run

KYIV = Place("geonames:703448", "Kyiv", 50.45466, 30.5238, "city", "UA", population=2952301)
LVIV = Place("geonames:702550", "Lviv", 49.83826, 24.02324, "city", "UA", population=717273)
WARSAW = Place("geonames:756135", "Warsaw", 52.22977, 21.01178, "city", "PL",
               population=1702139)
OCEAN = Place("ne:pacific", "Pacific Ocean", 0.0, -160.0, "ocean", "")


# -- 5. a PostgreSQL store's damage is named by its URL ----------------------------------------

def test_a_damaged_postgres_store_is_named_by_its_url_without_its_password(
        postgres_store_url):
    """The server store's check had built a Path of its URL ("postgresql:/placeline@…",
    one slash gone) and told the user to run `rebuild`, which refuses a server."""
    import psycopg

    from placeline.errors import StoreCorruptError
    from placeline.store_postgres import PostgresStore, location_of

    url = postgres_store_url.replace("placeline@", "placeline:s3cret@")
    store = PostgresStore(url)
    try:
        with psycopg.connect(postgres_store_url, autocommit=True) as admin:
            admin.execute("DROP TABLE meta")
        with pytest.raises(StoreCorruptError) as caught:
            store.check()
    finally:
        store.close()
    message = str(caught.value)
    assert f"The database {location_of(url)} does not answer" in message
    assert "postgresql://placeline@127.0.0.1:" in message and "s3cret" not in message
    assert "rebuild" not in message and caught.value.command == ""
    assert "s3cret" not in caught.value.advice
    again = caught.value.__reduce__()  # (crosses to a Dask worker as it was)
    assert str(again[0](*again[1])) == message


def test_a_damaged_sqlite_file_is_still_told_to_rebuild(tmp_path):
    from placeline.errors import StoreCorruptError

    error = StoreCorruptError(tmp_path / "bad.db", "database disk image is malformed")
    assert f"The database {tmp_path / 'bad.db'} is damaged" in str(error)
    assert error.command.startswith("python -m placeline rebuild --db ")


# -- 6. mention_countries on both backends ------------------------------------------------

def test_mention_countries_counts_alike_on_both_backends(store):
    """Added in the last session and run on SQLite only: counts of placed mentions by
    country, but those of one place, over some articles (not others)."""
    def article(key: str, mentions: list[Mention]) -> int:
        text = "Kyiv Lviv Warsaw Pacific Ocean and more words."
        return store.add_article(Article(source=f"{key}.txt", title=key, text=text,
                                         content_hash=key), mentions, [])

    first = article("a", [Mention(0, 4, "Kyiv", KYIV, 0.9), Mention(5, 9, "Lviv", LVIV, 0.9),
                          Mention(10, 16, "Warsaw", WARSAW, 0.9),
                          Mention(17, 30, "Pacific Ocean", OCEAN, 0.9),
                          Mention(35, 39, "more", None, 0.1)])
    second = article("b", [Mention(0, 4, "Kyiv", KYIV, 0.9), Mention(5, 9, "Lviv", LVIV, 0.9)])
    third = article("c", [Mention(10, 16, "Warsaw", WARSAW, 0.9)])
    assert store.mention_countries([first, second], but=KYIV.id) == {"UA": 2, "PL": 1}
    assert store.mention_countries([first, second, third], but=LVIV.id) == {"UA": 2, "PL": 2}
    assert store.mention_countries([third], but=WARSAW.id) == {}
    assert store.mention_countries([], but=KYIV.id) == {}


# -- 1. the Ingest page's warnings, read in full -----------------------------------------

def test_the_ingest_pages_warnings_are_a_table_that_wraps_not_a_grid(tmp_path, app_store):
    """The data grid cut a warning at its column's width (tests/browser/test_ui60_browser.py
    measures it in Chromium); a static table wraps it. Its cells are Markdown: the file's
    name and the reason are escaped, so "*" and "_" in them are shown as written."""
    from placeline.errors import InputError
    from placeline.ingest_runs import RunRecord
    from placeline.pipeline import IngestReport
    from placeline.present import escape_markdown
    from placeline.store import open_store

    db = tmp_path / "w.db"
    store = open_store(db)
    record = RunRecord(store, "my_feed*.jsonl", "upload:my_feed*.jsonl", 1, "page").start()
    reason = ("the row's only text is its \"description\", read as the article: a feed's "
              "description often gives only the story's first lines, so places it names "
              "further on are missed")
    record.finish("done", IngestReport(added=[("my_feed*.jsonl#a", 1)],
                                       warnings=[InputError("my_feed*.jsonl#a", reason)]))
    store.close()
    app_store(db)
    at = _run("pages/3_Ingest.py")
    assert not at.exception
    [folded] = [e for e in at.expander if e.label.startswith("Stored, with a warning (1)")]
    assert not folded.dataframe
    [table] = folded.table
    assert table.value["warning"].tolist() == [escape_markdown(reason)]
    assert table.value["file"].tolist() == [escape_markdown("my_feed*.jsonl#a")]
