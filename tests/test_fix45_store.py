"""Fix 45, the store and setup (review 26): `setup` places the stored articles again after it
rebuilds an index from other data; article ids stay unused across copies between SQLite and
PostgreSQL; the index's fingerprint includes the build's data held in code; a CSV with no
text column is refused before it is parsed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from placeline.pipeline import Pipeline
from placeline.store import open_store
from tests.test_audit21_store import ROWS, _feed
from tests.test_fix42_store import (  # noqa: F401 — index_from, the fixture
    HULL,
    _edit,
    _ingest,
    _setup,
    index_from,
)

# -- item 3: an index rebuilt from other data places the stored articles again -------------


@pytest.fixture
def placed_again(monkeypatch) -> list[int]:
    """`reprocess` faked: each call of it (the real one geoparses every article again)."""
    calls: list[int] = []
    monkeypatch.setattr(Pipeline, "reprocess", lambda self, *a, **k: calls.append(1) or 0)
    return calls


def _store_with_articles(tmp_path: Path, geoparser) -> None:
    """news.db, readied by `setup`, two articles ingested into it."""
    _setup(tmp_path)
    store = open_store(tmp_path / "news.db")
    _ingest(store, geoparser, _feed(tmp_path / "day.jsonl", ROWS[:2]))
    store.close()


def test_setup_places_the_articles_again_after_rebuilding_from_new_data(
        index_from, tmp_path, geoparser, placed_again):  # noqa: F811
    """The example (review 26, item 3): supplement.csv edited, INDEX_VERSION as it was:
    `setup` rebuilt the index but kept the stored places, `reprocess` never ran (the store
    compared INDEX_VERSION only), so the map kept the old data's places."""
    data, built = index_from
    _store_with_articles(tmp_path, geoparser)
    _edit(data)
    said = _setup(tmp_path)
    assert len(built) == 1 and placed_again == [1]
    assert any("resolving the stored articles again" in line for line in said)
    assert _setup(tmp_path) == [] and placed_again == [1]  # (once)


def test_setup_leaves_the_places_where_the_index_is_the_one_that_placed_them(
        index_from, tmp_path, geoparser, placed_again):  # noqa: F811
    """Nothing changed: nothing built, nothing placed again."""
    _, built = index_from
    _store_with_articles(tmp_path, geoparser)
    assert _setup(tmp_path) == [] and built == [] and placed_again == []


def _as_before_sources_were_recorded(db: Path) -> None:
    """The store as a release that recorded the index's version alone left it."""
    from placeline.bootstrap import SOURCES_SETTING

    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM meta WHERE key = ?", (SOURCES_SETTING,))
    conn.close()


def test_a_store_from_before_is_placed_again_only_if_setup_rebuilds_the_index(
        index_from, tmp_path, geoparser, placed_again):  # noqa: F811
    """A store that records the version alone (placed before stores recorded the data) was
    placed by the index `setup` finds: kept, and its fingerprint recorded; placed again
    where `setup` rebuilds that index from other data."""
    from placeline.bootstrap import SOURCES_SETTING

    data, built = index_from
    _store_with_articles(tmp_path, geoparser)
    _as_before_sources_were_recorded(tmp_path / "news.db")
    assert _setup(tmp_path) == [] and placed_again == []
    store = open_store(tmp_path / "news.db")
    assert store.setting(SOURCES_SETTING) is not None
    store.close()
    _as_before_sources_were_recorded(tmp_path / "news.db")
    _edit(data)
    _setup(tmp_path)
    assert len(built) == 1 and placed_again == [1]


def test_a_store_placed_before_the_index_was_rebuilt_from_other_data_is_told_so(
        index_from, tmp_path, geoparser):  # noqa: F811
    """The pages' and the CLI's note compared the version only: a newsroom's store placed
    before `setup` rebuilt this version's index from other data (on the default store)
    showed its old pins without a word, though `setup` on it would place them again."""
    from placeline import gazetteer as loader
    from placeline.bootstrap import older_index_note

    data, built = index_from
    _store_with_articles(tmp_path, geoparser)
    store = open_store(tmp_path / "news.db")
    assert older_index_note(store) is None
    _edit(data)
    loader.ensure_index(log=lambda line: None, setup=True)  # (another store's `setup`)
    assert len(built) == 1
    note = older_index_note(store)
    store.close()
    assert note is not None and "rebuilt from other data" in note


# -- item 4: the article-id high-water mark survives copies both ways ----------------------



def test_a_postgres_deletion_not_kept_holds_its_id_in_a_sqlite_copy(
        geoparser, tmp_path, postgres_store_url):
    """The example (review 26, item 4): ids 2 and 3 deleted in PostgreSQL without being
    kept (only its sequence knew them), copied to SQLite: the copy's next article took id 2,
    and an old link to it opened another article."""
    from placeline.cli import main
    from placeline.store_postgres import PostgresStore

    source = PostgresStore(postgres_store_url)
    try:
        _ingest(source, geoparser, _feed(tmp_path / "day.jsonl", ROWS[:2]))
        last = max(source.article_ids())
        source.delete_articles([last])
        (then,) = _ingest(source, geoparser, _feed(tmp_path / "hull.jsonl", [HULL]))
        source.delete_articles([then])
    finally:
        source.close()
    assert main(["copy", "--db", postgres_store_url, str(tmp_path / "copy.db")]) == 0
    store = open_store(tmp_path / "copy.db")
    try:
        (taken,) = _ingest(store, geoparser, _feed(tmp_path / "other.jsonl", ROWS[2:]))
        assert taken > then > last
    finally:
        store.close()


def test_a_sqlite_mark_is_no_setting_left_stale_in_a_postgres_copy(
        sqlite, geoparser, tmp_path, postgres_store_url):
    """A SQLite store's mark, copied into PostgreSQL as a setting, was raised by no
    deletion there (it read 2 after id 3 was deleted): the sequence is PostgreSQL's mark,
    past the SQLite store's, and no setting says otherwise."""
    from placeline.cli import main
    from placeline.store import ARTICLE_HIGH_WATER
    from placeline.store_postgres import PostgresStore

    source = sqlite("news.db")
    _ingest(source, geoparser, _feed(tmp_path / "day.jsonl", ROWS[:2]))
    gone = max(source.article_ids())
    source.delete_articles([gone])
    source.close()
    assert main(["copy", "--db", str(tmp_path / "news.db"), postgres_store_url]) == 0
    store = PostgresStore(postgres_store_url)
    try:
        assert store.setting(ARTICLE_HIGH_WATER) is None
        (taken,) = _ingest(store, geoparser, _feed(tmp_path / "other.jsonl", ROWS[2:]))
        assert taken > gone
        store.delete_articles([taken])
    finally:
        store.close()
    assert main(["copy", "--db", postgres_store_url, str(tmp_path / "back.db")]) == 0
    back = open_store(tmp_path / "back.db")
    try:
        (again,) = _ingest(back, geoparser, _feed(tmp_path / "hull.jsonl", [HULL]))
        assert again > taken
    finally:
        back.close()


# -- item 7: the index's fingerprint covers the build's data held in code -------------------


@pytest.fixture
def build_code(index_from, tmp_path, monkeypatch):  # noqa: F811
    """index_from, with copies of the build's modules the test may edit (the real ones
    read, never written): the folder of the copies."""
    import shutil

    from placeline import gazetteer_build

    code = tmp_path / "code"
    code.mkdir()
    for name in getattr(gazetteer_build, "SOURCE_MODULES",
                        ("gazetteer_build.py", "names.py", "name_context.py")):
        shutil.copy(Path(gazetteer_build.__file__).parent / name, code / name)
    monkeypatch.setattr(gazetteer_build, "SOURCE_CODE", code, raising=False)  # (not before)
    return code


@pytest.mark.parametrize("module", ["gazetteer_build.py", "names.py", "name_context.py"])
def test_setup_rebuilds_an_index_whose_build_code_changed(
        index_from, build_code, tmp_path, module):  # noqa: F811
    """The example (review 26, item 7): name_context.HEAD_WORDS, names' keys or
    gazetteer_build's own tables edited, INDEX_VERSION left as it was: the fingerprint
    hashed the CSVs and package versions only, so `setup` kept the index the old code
    built, without a word."""
    _, built = index_from
    assert _setup(tmp_path) == [] and built == []
    with (build_code / module).open("a", encoding="utf-8") as handle:
        handle.write("\n# an edit\n")
    said = _setup(tmp_path)
    assert len(built) == 1 and "build's code" in said[0]


def test_a_start_sees_an_edited_build_module_by_its_stats(index_from, build_code):  # noqa: F811
    """Any other start sees it too, by the file's size and time, and says so once."""
    from placeline import gazetteer as loader

    _, built = index_from
    loader.ensure_index(log=lambda line: None)  # (the copies' new times: hashed, the same)
    with (build_code / "name_context.py").open("a", encoding="utf-8") as handle:
        handle.write("\n# an edit\n")
    said: list[str] = []
    loader.ensure_index(log=said.append)
    assert built == [] and len(said) == 1 and "python -m placeline setup" in said[0]


def test_the_fingerprint_covers_the_word_frequencies(monkeypatch):
    """wordfreq, whose frequencies the build's rules weigh names by, is a data package."""
    from placeline import gazetteer_build

    before = gazetteer_build.source_fingerprint()
    real = gazetteer_build._package_version
    monkeypatch.setattr(gazetteer_build, "_package_version",
                        lambda name: "9.9" if name == "wordfreq" else real(name))
    assert gazetteer_build.source_fingerprint() != before


# -- item 13: a CSV with no text column is refused from its header -------------------------


def test_a_csv_with_no_text_column_is_refused_before_its_rows_are_read(monkeypatch):
    """The example (review 26, item 13): a 300 KB upload of the wrong file was parsed
    whole, under the lock every other CSV reader waits on, before it was refused, and the
    refusal came after the raised limit's block (its test said inside). Now it is refused
    from its header, inside the block, no row read."""
    from contextlib import contextmanager

    from placeline import feeds

    rows_read: list[int] = []
    real_records = feeds._csv_records
    monkeypatch.setattr(feeds, "_csv_records",
                        lambda reader: rows_read.append(1) or real_records(reader))
    refused_inside: list[str] = []
    real_block = feeds._cells_up_to

    @contextmanager
    def block(length):
        with real_block(length):
            try:
                yield
            except feeds.FeedError as refused:
                refused_inside.append(str(refused))
                raise

    monkeypatch.setattr(feeds, "_cells_up_to", block)
    with pytest.raises(feeds.FeedError, match="no column of article text"):
        feeds.csv_rows("name,place\n" + "Someone,Kigali\n" * 20_000)
    assert rows_read == [] and len(refused_inside) == 1
    assert feeds.csv_rows("title,text\nRain,Rain hit Kigali.\n") == [
        {"title": "Rain", "text": "Rain hit Kigali."}]
