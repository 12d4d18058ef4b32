"""The store on both backends (the `store` fixture is SQLite, then PostgreSQL): atomic
writes, idempotent ingest, cache semantics, readers that never wait for writers."""

import datetime as dt

import pytest

from placeline.models import Article, DateGuess, Event, Mention, Place

KYIV = Place("geonames:703448", "Kyiv", 50.45466, 30.5238, "city", "UA", population=2952301)


def _article(text="Kyiv news text.", content_hash="h1") -> Article:
    return Article(source="a.txt", title="A", text=text, content_hash=content_hash,
                   published=DateGuess(dt.date(2022, 4, 26), "metadata", 0.97))


def test_sqlite_uses_wal_so_readers_never_block(tmp_path):
    from placeline.store import open_store

    mode = open_store(tmp_path / "w.db")._conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_article_mentions_and_places_are_written_together(store):
    article_id = store.add_article(_article(), [Mention(0, 4, "Kyiv", KYIV, 0.9)])
    assert article_id is not None
    assert store.mentions(article_id)[0]["name"] == "Kyiv"
    assert store.place("geonames:703448").lat == pytest.approx(50.45466)
    assert store.article(article_id)["published"] == "2022-04-26"


def test_same_content_twice_is_stored_once(store):
    first = store.add_article(_article(), [])
    second = store.add_article(_article(), [])
    assert first is not None and second is None
    assert store.counts()["articles"] == 1


def test_a_failed_transaction_leaves_nothing_behind(store):
    broken = Mention(0, 4, "Kyiv", KYIV, 0.9)
    with pytest.raises(store.DatabaseError), store.transaction() as tx:
        tx.execute("INSERT INTO articles (source, title, text, content_hash, ingested_at)"
                   " VALUES ('x', 't', 'text', 'hx', 'now')")
        tx.execute("INSERT INTO no_such_table VALUES (1)")
    assert store.counts()["articles"] == 0
    assert broken.place is KYIV


def test_geocode_cache_remembers_hits_and_misses(store):
    assert store.cache_get("kyiv", "nominatim") == (False, None)
    store.cache_put("kyiv", "nominatim", KYIV)
    store.cache_put("zzyzx", "nominatim", None)
    found, place = store.cache_get("kyiv", "nominatim")
    assert found and place == KYIV
    assert store.cache_get("zzyzx", "nominatim") == (True, None)
    assert store.cache_size() == 2


def test_events_replace_and_frame(store):
    article_id = store.add_article(_article(), [Mention(0, 4, "Kyiv", KYIV, 0.9)])
    store.replace_events(article_id, [Event(KYIV.id, dt.date(2022, 4, 25), None, "day", 0, 15)])
    store.replace_events(article_id, [Event(KYIV.id, dt.date(2022, 4, 26), None, "day", 0, 15)])
    frame = store.events_frame()
    assert list(frame["date"]) == ["2022-04-26"]
    assert frame.iloc[0]["place"] == "Kyiv"


def test_revision_grows_with_every_write(store):
    before = store.last_change()
    store.upsert_place(KYIV)
    assert store.last_change() == before + 1


def test_corrections_round_trip(store):
    correction_id = store.add_correction("Kiev", KYIV)
    assert [c["surface"] for c in store.corrections()] == ["Kiev"]
    store.remove_correction(correction_id)
    assert store.corrections() == []


def test_a_file_that_is_not_a_database_gets_a_clear_error(tmp_path):
    from placeline.errors import NotADatabaseError
    from placeline.store import open_store

    path = tmp_path / "broken.db"
    path.write_bytes(b"this is not a sqlite file at all" * 100)
    with pytest.raises(NotADatabaseError, match="is not a placeline database"):
        open_store(path)  # not "damaged, run rebuild": it is some other file, left alone
    assert path.read_bytes() == b"this is not a sqlite file at all" * 100
