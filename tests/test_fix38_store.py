"""Fix 38, the store: Restore brings a deleted article back under its own id (audit 24b,
item 5); a store the dashboard opened read-only is opened anew once it may be written; the
Ingest page names the store it is to make."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import psycopg

from placeline.cli import main
from placeline.ingest import read_paths
from placeline.pipeline import Pipeline
from placeline.store import open_store
from tests.test_apptest import _run, app_db  # noqa: F401 — the fixture
from tests.test_audit21_store import ROWS, _by_source, _feed, _read_only_volume, _unescaped
from tests.test_audit24_store import viewer_url  # noqa: F401 — the fixture
from tests.test_audit_cli import _main, seeds_db  # noqa: F401 — the fixture

# -- 1. Restore keeps the article's id -------------------------------------------------------


def _article_as_stored(store, article_id: int) -> dict:
    """What links and exports read of an article: its row (but when it was stored), its
    mentions' places, and its events as exported (their own ids aside)."""
    row = {key: json.loads(value) if key == "metadata" else value
           for key, value in store.article(article_id).items() if key != "ingested_at"}
    places = sorted(m["place_id"] or "" for m in store.mentions(article_id))
    frame = store.events_frame()
    events = frame[frame["article_id"] == article_id].drop(columns="event_id")
    return {"row": row, "places": places,
            "events": sorted(map(str, events.to_dict("records")))}


def test_a_restored_article_comes_back_under_its_id(store, geoparser, tmp_path):
    """The audit: article 176, deleted and restored, came back as 306, so `?article=176`
    found nothing and exports' article_id and story_id changed. On both backends."""
    feed = _feed(tmp_path / "day.jsonl", ROWS)
    pipeline = Pipeline(store, geoparser)
    pipeline.ingest(read_paths([feed]))
    springfield = _by_source(store)[f"{feed}#springfield"]  # (not the last id)
    before = _article_as_stored(store, springfield)
    assert before["events"]
    pipeline.delete([springfield])
    restored = Pipeline(store, geoparser).restore(before["row"]["content_hash"])
    assert restored == springfield
    assert _article_as_stored(store, springfield) == before
    assert store.deletions() == []


def _given_the_id(db: Path, taken: int, last: int) -> None:
    """Article `taken` moved to id `last`, as a release before fix 42 handed it on (the
    largest id + 1: the last article deleted, the next one stored took its id)."""
    with sqlite3.connect(db) as conn:  # (foreign keys off: the rows that name it follow)
        for table, column in (("articles", "id"), ("mentions", "article_id"),
                              ("events", "article_id"), ("article_terms", "article_id")):
            conn.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (last, taken))
    conn.close()


def test_an_id_another_article_took_meanwhile_is_not_reused(sqlite, geoparser, tmp_path):
    """An id another article holds (one an earlier release handed on: fix 42 hands out none
    twice): the Restore takes a new one, and the other article stays as it is."""
    feed = _feed(tmp_path / "day.jsonl", ROWS[:2])
    store = sqlite("news.db")
    pipeline = Pipeline(store, geoparser)
    pipeline.ingest(read_paths([feed]))
    last = max(store.article_ids())
    gone = store.article(last)
    pipeline.delete([last])
    other = _feed(tmp_path / "other.jsonl", ROWS[2:])
    (_, taken), = Pipeline(store, geoparser).ingest(read_paths([other])).added
    store.close()
    _given_the_id(tmp_path / "news.db", taken, last)
    store = sqlite("news.db")
    restored = Pipeline(store, geoparser).restore(gone["content_hash"])
    assert restored not in (None, last)
    assert store.article(restored)["text"] == gone["text"]
    assert store.article(last)["source"] == f"{other}#york"


def _without_kept_ids(db: Path) -> None:
    """The store as a release before deletions kept their ids left it."""
    with sqlite3.connect(db) as conn:
        conn.execute("ALTER TABLE deleted_articles DROP COLUMN article_id")
    conn.close()


def test_an_older_stores_deletion_is_restored_under_a_new_id(sqlite, geoparser, tmp_path):
    """A deletion kept before ids were: its store gains the column on opening, and its
    Restore brings it back under a new id, as it did."""
    feed = _feed(tmp_path / "day.jsonl", ROWS)
    store = sqlite("news.db")
    pipeline = Pipeline(store, geoparser)
    pipeline.ingest(read_paths([feed]))
    springfield = _by_source(store)[f"{feed}#springfield"]
    gone = store.article(springfield)
    pipeline.delete([springfield])
    store.close()
    _without_kept_ids(tmp_path / "news.db")
    store = sqlite("news.db")
    (deletion,) = store.deletions()
    assert store.deletion(deletion["content_hash"])["article_id"] is None
    restored = Pipeline(store, geoparser).restore(gone["content_hash"])
    assert restored is not None and restored != springfield
    assert store.article(restored)["text"] == gone["text"]


def test_an_older_store_without_kept_ids_still_opens_read_only(seeds_db, monkeypatch,  # noqa: F811
                                                               capsys, tmp_path):
    """Read-only (here a read-only volume), a store cannot be given the column, which only
    Restore reads: it is read as before, not refused as "made by an older release"."""
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "news.db"
    db.write_bytes(Path(seeds_db).read_bytes())
    store = open_store(db)
    store.close()
    _without_kept_ids(db)
    _read_only_volume(monkeypatch, folder)
    code, out, err = _main(capsys, "dates", "--db", str(db))
    assert code == 0 and len(out.splitlines()) > 1, err


def test_an_older_postgres_store_gains_the_column_and_is_read_without_it(
        postgres_url, postgres_store_url, seeds_db):  # noqa: F811
    """PostgreSQL: the column is added on opening; a read-only session reads without it."""
    from placeline.store_postgres import PostgresStore

    assert main(["copy", "--db", str(seeds_db), postgres_store_url]) == 0
    with psycopg.connect(postgres_store_url, autocommit=True) as admin:
        admin.execute("ALTER TABLE deleted_articles DROP COLUMN article_id")
    reader = PostgresStore(postgres_store_url + "%20-cdefault_transaction_read_only%3Don")
    assert reader.read_only and reader.article_count() > 0
    reader.close()
    store = PostgresStore(postgres_store_url)
    assert not store.read_only and store._has_column("deleted_articles", "article_id")
    store.close()


def test_the_pages_restore_an_article_under_its_link(app_db):  # noqa: F811 — the fixture
    """The audit's `/Articles?article=176`: after Delete and Restore it said "not among
    these articles"."""
    at = _run("pages/1_Articles.py")
    chosen = at.selectbox[0].value
    if chosen == max(open_store(app_db).article_ids()):
        at.selectbox[0].set_value(min(open_store(app_db).article_ids())).run()
        chosen = at.selectbox[0].value
    at.session_state[f"delete_for_{at.selectbox(key='article').value}"] = True  # (open)
    at.button(key="delete").click().run()
    page = _run("pages/2_Places.py")
    next(b for b in page.button if b.label == "Restore").click().run()
    assert not page.exception
    store = open_store(app_db)
    assert chosen in store.article_ids() and store.deletions() == []
    store.close()
    at = _run("pages/1_Articles.py", article=str(chosen))
    assert not at.exception and at.selectbox[0].value == chosen
    assert not any("not among these articles" in w.value for w in [*at.warning, *at.info])




# -- 2. a store opened read-only is opened anew once it may be written -----------------------


def _grant_writes(postgres_url: str, store_url: str, role: str) -> None:
    """What an admin grants a role to write the store (not its ownership)."""
    schema = store_url.rpartition("search_path%3D")[2]
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(f"GRANT ALL ON ALL TABLES IN SCHEMA {schema} TO {role}")


def test_a_role_granted_writes_writes_the_store(viewer_url, postgres_url,  # noqa: F811
                                                postgres_store_url, geoparser, tmp_path):
    """A role granted every write on the store's tables, not their ownership, had been
    read-only still ("must be owner of table articles": opening makes what is there
    already); a role that may only read is read-only, and stays so until it is granted."""
    from placeline.store_postgres import PostgresStore

    store = PostgresStore(viewer_url)
    assert store.read_only and not store.writable_again()
    _grant_writes(postgres_url, postgres_store_url, "viewer24")
    assert store.writable_again()
    store.close()
    store = PostgresStore(viewer_url)
    assert not store.read_only, store.read_only
    count = store.article_count()
    feed = _feed(tmp_path / "day.jsonl", ROWS)
    Pipeline(store, geoparser).ingest(read_paths([feed]))
    assert store.article_count() == count + len(ROWS)
    store.close()


def test_a_read_only_server_stays_read_only(postgres_store_url, seeds_db):  # noqa: F811
    """A hot standby's store (default_transaction_read_only) is not taken for writable."""
    from placeline.store_postgres import PostgresStore

    assert main(["copy", "--db", str(seeds_db), postgres_store_url]) == 0
    store = PostgresStore(postgres_store_url + "%20-cdefault_transaction_read_only%3Don")
    assert store.read_only and not store.writable_again()
    store.close()


def _read_only_note(at) -> bool:
    return any(info.value.startswith("This store is read-only") for info in at.info)


def test_the_dashboard_writes_once_the_admin_grants_it(viewer_url, postgres_url,  # noqa: F811
                                                       postgres_store_url, app_store):
    """The dashboard kept the store it opened read-only until it restarted: a reload after
    the GRANT still showed the read-only note and refused every write."""
    app_store(viewer_url)
    at = _run("dashboard.py")
    assert not at.exception and _read_only_note(at)
    _grant_writes(postgres_url, postgres_store_url, "viewer24")
    at = _run("dashboard.py")
    assert not at.exception and not at.error and not _read_only_note(at), \
        [info.value for info in at.info]


# -- 3. the Ingest page says which store it writes into --------------------------------------


def _destination(at) -> str:
    (said,) = [_unescaped(c.value) for c in at.caption
               if _unescaped(c.value).startswith("Ingest writes into")]
    return said


def test_the_ingest_page_names_a_new_stores_file_by_its_button(tmp_path, app_store):
    """A mistyped PLACELINE_DB ("nwes.db"): the dashboard makes that store, empty, as
    `ingest --db` would, and says so at the page's top; by the Ingest button nothing had
    said where an ingest would go. It names the file, and that it holds no articles."""
    typo = tmp_path / "nwes.db"
    app_store(typo)
    at = _run("pages/3_Ingest.py")
    assert not at.exception
    assert _destination(at) == (
        f"Ingest writes into {typo}, named by PLACELINE_DB, which holds no articles yet: if "
        "you meant another store, set PLACELINE_DB to it and start the dashboard again "
        "before ingesting.")


def test_the_ingest_page_names_the_store_it_writes_into(app_db):  # noqa: F811
    """A store with articles (here the tests' own, named by PLACELINE_DB): just its name."""
    at = _run("pages/3_Ingest.py")
    assert not at.exception and _destination(at) == f"Ingest writes into {app_db}."


def test_a_fresh_install_still_loads_the_bundled_articles(tmp_path, app_store):
    """The default store (no PLACELINE_DB) is made on the first start with the demo
    articles, and the Ingest page names it."""
    import shutil

    from tests.conftest import ROOT

    data = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "articles", data / "articles")
    app_store(data / "placeline.db", data=data)
    at = _run("pages/3_Ingest.py")
    assert not at.exception
    assert _destination(at) == f"Ingest writes into {data / 'placeline.db'}."
    store = open_store(data / "placeline.db")
    assert store.article_count() == 5
    store.close()
