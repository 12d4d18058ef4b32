"""UI 56, item 1, as review 30 (item 8) left it: the meta counter of deleted and restored
articles is `articles_changed` in the code, but it stays stored under the key every older
program reads, "articles_removed". UI 56 had moved the count to a new key at a store's
opening: an older dashboard or CLI still running against the same store then read its count
fall back to 0 and never move again, keeping deleted articles on its map."""

from __future__ import annotations

import pytest

from placeline.models import Article
from placeline.store import ARTICLES_CHANGED, open_store

OLD_READERS_KEY = "articles_removed"  # what the code before UI 56 read (`Store.removals`)


def _article(key: str) -> Article:
    return Article(source=f"{key}.txt", title=key, text=f"A story {key}.", content_hash=key)


def _opener(backend: str, request, tmp_path):
    """A function opening the same store again each call, on `backend`."""
    if backend == "postgres":
        from placeline.store_postgres import PostgresStore

        url = request.getfixturevalue("postgres_store_url")
        return lambda: PostgresStore(url)
    return lambda: open_store(tmp_path / "old.db")


def _old_reader(store) -> int:
    """The count as a program of the code before UI 56 reads it from the same store."""
    return int(store.setting(OLD_READERS_KEY) or 0)


def test_the_counter_keeps_the_key_older_programs_read():
    assert ARTICLES_CHANGED == OLD_READERS_KEY


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_an_old_program_reads_every_delete_and_restore(backend, request, tmp_path):
    """Reopening moves nothing (the old reader's count never goes back), and each delete
    and each Restore under the id the article had moves the count both programs read."""
    reopen = _opener(backend, request, tmp_path)
    store = reopen()
    kept = store.add_article(_article("a"), [])
    store.add_article(_article("b"), [])
    store.set_setting(OLD_READERS_KEY, "3")  # as a store written before UI 56 holds it
    store.close()
    store = reopen()
    try:
        assert _old_reader(store) == store.articles_changed() == 3
        store.delete_articles([kept], remember=True)
        assert _old_reader(store) == store.articles_changed() == 4
        store.close()
        store = reopen()  # (another program opening it, as a new dashboard does)
        assert _old_reader(store) == store.articles_changed() == 4
        assert store.add_article(_article("a"), [], article_id=kept) == kept  # a Restore
        assert _old_reader(store) == store.articles_changed() == 5
    finally:
        store.close()


def test_an_ingest_moves_neither_reader(tmp_path):
    """New articles take new ids no map holds: the count stays for both programs."""
    store = open_store(tmp_path / "s.db")
    try:
        store.add_article(_article("c"), [])
        assert _old_reader(store) == store.articles_changed() == 0
    finally:
        store.close()
