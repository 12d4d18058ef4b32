"""What must hold on SQLite and PostgreSQL alike (the `store` fixture runs each test on both),
and what only the server backend has to get right: choosing it by URL, a clear error when the
server is down, concurrent writers, and the whole app running on it."""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest
from streamlit.testing.v1 import AppTest

from placeline.errors import StoreUnavailableError
from placeline.models import Article, DateGuess, Event, Mention, Place
from placeline.store import Store, open_store
from tests.conftest import ROOT, SEEDS, top_places

KYIV = Place("geonames:703448", "Kyiv", 50.45466, 30.5238, "city", "UA", population=2952301)


def _article(content_hash: str, text: str = "Kyiv news text.",
             published: dt.date | None = dt.date(2022, 4, 26)) -> Article:
    return Article(source=f"{content_hash}.txt", title="A", text=text, content_hash=content_hash,
                   published=DateGuess(published, "metadata", 0.9) if published else None)


def _second_handle(store: Store) -> Store:
    """Another connection to the same data, as a second process would have."""
    if hasattr(store, "url"):
        from placeline.store_postgres import PostgresStore

        return PostgresStore(store.url)
    return open_store(store.path)


def test_days_on_the_timeline_are_the_same_numbers_on_both(store):
    article_id = store.add_article(_article("h1"), [Mention(0, 4, "Kyiv", KYIV, 0.7)], [
        Event(KYIV.id, dt.date(2022, 4, 25), dt.date(2022, 4, 27), "range", 0, 15)])
    rows = list(store.event_rows("event"))
    assert [tuple(r)[1:] for r in rows] == [
        (article_id, KYIV.id, 19107, 19109, pytest.approx(0.7))]
    assert [tuple(r)[3] for r in store.event_rows("published")] == [19108]
    assert list(store.events_by_ids([rows[0][0], rows[0][0]])["place"]) == ["Kyiv"]
    assert store.events_by_ids([]).empty


def test_keyword_search_treats_wildcards_as_text_and_surfaces_ignore_case(store):
    plain = store.add_article(_article("h1", "Kyiv grew 50 percent."), [
        Mention(0, 4, "KYIV", KYIV, 0.9)])
    literal = store.add_article(_article("h2", "Kyiv grew 50% in a_b."), [])
    assert store.articles_matching("50%") == {literal}
    assert store.articles_matching("a_b") == {literal}
    assert store.articles_matching("kyiv") == {plain, literal}
    assert store.articles_with_surface("kyiv") == [plain]


def test_keyword_search_ignores_case_beyond_ascii(store):
    """SQLite's lower() folds ASCII only; the search must fold "ZÜRICH" and "НОВОСТИ" too."""
    zurich = store.add_article(_article("u1", "Floods hit Zürich."), [])
    news = store.add_article(_article("u2", "Новости из Киева."), [])
    assert store.articles_matching("ZÜRICH") == {zurich}
    assert store.articles_matching("новости") == {news}


def test_a_continent_sized_population_fits(store):
    asia = Place("geonames:6255147", "Asia", 29.84, 89.3, "region", population=4_600_000_000)
    store.add_article(_article("h1", "Asia"), [Mention(0, 4, "Asia", asia, 0.8)])
    assert store.place(asia.id).population == 4_600_000_000


def test_undated_articles_sort_first_on_both(store):
    dated = store.add_article(_article("h1"), [])
    undated = store.add_article(_article("h2", published=None), [])
    assert list(store.articles_frame()["id"]) == [undated, dated]


def test_a_snapshot_does_not_see_or_block_a_concurrent_write(store):
    other = _second_handle(store)
    store.add_article(_article("h1"), [])
    with store.snapshot() as conn:
        before = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        started = time.perf_counter()
        other.add_article(_article("h2"), [])  # must not wait for the reader
        assert time.perf_counter() - started < 5
        assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == before == 1
    assert store.counts()["articles"] == 2
    other.close()


def test_concurrent_writers_of_the_same_article_store_it_once(store):
    handles = [_second_handle(store) for _ in range(4)]
    results: list[int | None] = []
    barrier = threading.Barrier(len(handles))

    def write(handle: Store) -> None:
        barrier.wait()
        results.append(handle.add_article(_article("same"), [Mention(0, 4, "Kyiv", KYIV, 0.9)]))

    threads = [threading.Thread(target=write, args=(h,)) for h in handles]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(results) == 4 and sum(r is not None for r in results) == 1
    assert store.counts()["articles"] == 1 and store.counts()["mentions"] == 1
    for handle in handles:
        handle.close()


def test_the_url_picks_the_backend_and_a_dead_server_is_a_clear_error(tmp_path):
    import socket

    with socket.socket() as sock:  # a loopback port that nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    started = time.perf_counter()
    with pytest.raises(StoreUnavailableError) as error:
        open_store(f"postgresql://someone:s3cret@127.0.0.1:{port}/news")
    assert time.perf_counter() - started < 10
    assert f"postgresql://someone@127.0.0.1:{port}/news" in str(error.value)
    assert "s3cret" not in str(error.value)
    assert type(open_store(tmp_path / "x.db")).__name__ == "SQLiteStore"


def test_ingest_gives_the_same_events_on_both_backends(postgres_store_url, tmp_path,
                                                       geoparser):
    from placeline.ingest import read_paths
    from placeline.pipeline import Pipeline
    from placeline.store_postgres import PostgresStore

    def events(store: Store) -> list[tuple]:
        Pipeline(store, geoparser).ingest(read_paths([SEEDS]))
        frame = store.events_frame()
        columns = ["title", "place_id", "date", "date_end", "precision", "snippet_start",
                   "snippet_end", "date_method", "confidence"]
        frame = frame[columns].astype(object).fillna("").astype(str)
        return sorted(frame.itertuples(index=False, name=None))

    on_sqlite = events(open_store(tmp_path / "s.db"))
    on_postgres = events(PostgresStore(postgres_store_url))
    assert len(on_sqlite) > 50
    assert on_postgres == on_sqlite


def test_the_dashboard_runs_on_postgres(postgres_store_url, geoparser, app_store):
    from placeline.ingest import read_paths
    from placeline.pipeline import Pipeline

    Pipeline(open_store(postgres_store_url), geoparser).ingest(read_paths([SEEDS]))
    app_store(postgres_store_url)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()
    assert not at.exception
    assert "places in 5 articles" in at.caption[0].value
    assert {"Mariupol", "Kyiv"} <= set(top_places(at)["place"])


def test_setup_resolves_again_what_an_older_gazetteer_resolved(store, geoparser):
    from placeline.bootstrap import GAZETTEER_SETTING, ensure_ready
    from placeline.gazetteer_build import INDEX_VERSION
    from placeline.ingest import read_paths
    from placeline.pipeline import Pipeline

    Pipeline(store, geoparser).ingest(read_paths([SEEDS]))
    kyiv = store.events_frame().query("place == 'Kyiv'")["place_id"].iloc[0]
    right = store.place(kyiv)
    with store.transaction() as tx:  # as an older index had it: wrong point, older version
        tx.execute("UPDATE places SET lat = 0, lon = 0 WHERE id = ?", (kyiv,))
    store.set_setting(GAZETTEER_SETTING, "1")
    target = store.url if hasattr(store, "url") else store.path
    logged: list[str] = []
    again = ensure_ready(target, log=logged.append, load_bundled=False, setup=True)
    assert (again.place(kyiv).lat, again.place(kyiv).lon) == (right.lat, right.lon)
    assert again.setting(GAZETTEER_SETTING) == INDEX_VERSION
    assert any("resolving the stored articles again" in line for line in logged)
    logged.clear()
    ensure_ready(target, log=logged.append, load_bundled=False, setup=True)
    assert not any("again" in line for line in logged)  # once only


@pytest.mark.parametrize("failure", ["python", "database"])
def test_a_failed_article_in_a_shared_commit_undoes_only_its_own_writes(store, geoparser,
                                                                          monkeypatch, failure):
    """Ingest commits articles in groups; each article is still all-or-nothing (a savepoint),
    and an interrupted ingest keeps every article it finished. A database error counts too,
    though on PostgreSQL it surfaces only when the article's pipelined writes are sent."""
    from placeline.ingest import RawDocument
    from placeline.pipeline import Pipeline

    real = Store._write_events
    seconds = iter(range(10**6))

    def fail_on_the_second(tx, article_id, events):
        real(tx, article_id, events)
        if failure == "database":
            # Is this the second article? Asked of the Python side: a read here would
            # force the pipeline to send what it holds.
            if next(seconds) == 1:
                tx.executemany("INSERT INTO no_such_table (x) VALUES (?)", [(1,)])
        elif "second" in tx.execute("SELECT text FROM articles WHERE id = ?",
                                    (article_id,)).fetchone()[0]:
            raise RuntimeError("disk hiccup")

    monkeypatch.setattr(Store, "_write_events", staticmethod(fail_on_the_second))

    def documents():
        for name in ("first", "second", "third"):
            yield RawDocument(f"{name}.txt", f"{name.title()}\n\nThe {name} report from Kyiv"
                              " and Kharkiv, published on 26 April 2022.")
        raise KeyboardInterrupt  # the user stops the ingest before the group is committed

    with pytest.raises(KeyboardInterrupt):
        Pipeline(store, geoparser).ingest(documents())
    reader = _second_handle(store)  # another connection: sees only what was committed
    titles = sorted(reader.articles_frame()["title"])
    assert titles == ["First", "Third"]
    assert reader.counts()["mentions"] > 0
    orphans = reader._conn.execute(
        "SELECT COUNT(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)"
    ).fetchone()[0]
    assert orphans == 0
    reader.close()


def test_term_postings_can_skip_articles_dated_outside_a_window(store):
    def stored(content_hash: str, day: dt.date | None) -> int:
        return store.add_article(_article(content_hash, published=day), [], [], ["kreminna"])

    undated = stored("h0", None)
    inside = stored("h1", dt.date(2022, 4, 20))
    stored("h2", dt.date(2022, 3, 1))
    everything = {row[1] for row in store.term_postings(["kreminna"])}
    window = {row[1] for row in store.term_postings(["kreminna"], "2022-04-15", "2022-04-30")}
    assert len(everything) == 3
    assert window == {undated, inside}
