"""UI 56, item 1: the meta counter of deleted and restored articles is `articles_changed`
(it had kept the name `articles_removed` once it counted restores too); a store written
under the old name is moved to the new one at its opening, on both backends, its count
kept, so a map drawn before the move takes no delete for it."""

from __future__ import annotations

import pytest

from placeline.models import Article
from placeline.store import ARTICLES_CHANGED, OLD_ARTICLES_REMOVED, open_store


def _article(key: str) -> Article:
    return Article(source=f"{key}.txt", title=key, text=f"A story {key}.", content_hash=key)


def _opener(backend: str, request, tmp_path):
    """A function opening the same store again each call, on `backend`."""
    if backend == "postgres":
        from placeline.store_postgres import PostgresStore

        url = request.getfixturevalue("postgres_store_url")
        return lambda: PostgresStore(url)
    return lambda: open_store(tmp_path / "old.db")


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_an_old_store_s_counter_is_moved_to_its_new_name(backend, request, tmp_path):
    reopen = _opener(backend, request, tmp_path)
    store = reopen()
    kept = store.add_article(_article("a"), [])
    store.set_setting(OLD_ARTICLES_REMOVED, "3")  # as a store written before UI 56 holds it
    store.close()
    store = reopen()
    try:
        assert store.setting(OLD_ARTICLES_REMOVED) is None
        assert store.setting(ARTICLES_CHANGED) == "3"
        assert store.articles_changed() == 3
        store.delete_articles([kept], remember=True)
        assert store.articles_changed() == 4
        assert store.setting(ARTICLES_CHANGED) == "4"
    finally:
        store.close()


def test_a_counter_under_both_names_is_read_as_their_sum(tmp_path):
    """An older program still writing the old key after the move (or a copy of an old
    read-only store) moves the count all the same: a map learns of its delete."""
    store = open_store(tmp_path / "s.db")
    try:
        gone = store.add_article(_article("b"), [])
        store.delete_articles([gone])
        assert store.articles_changed() == 1
        store.set_setting(OLD_ARTICLES_REMOVED, "2")
        assert store.articles_changed() == 3
    finally:
        store.close()
