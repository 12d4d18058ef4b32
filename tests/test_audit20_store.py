"""Audit 20, the store: `rebuild` names only articles that were there, and all it lost it can
trace (item 7)."""

from __future__ import annotations

import random
import re
import shutil
import sqlite3

import pytest

from placeline.store import open_store
from tests.test_audit_recovery import _rebuild, _user_db, bundled  # noqa: F401

# -- 7. rebuild names what it lost, and only that ----------------------------------------------


def _pages_of(db, name: str, kind: str) -> list[int]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno",
            (name, kind))]


def _garble(db, pages: list[int]) -> None:
    """The audit's damage: a page's bytes past its header overwritten with seeded random
    bytes, so SQLite still reads the page, and its cells as garbage."""
    rnd = random.Random(1)
    with open(db, "r+b") as file:
        for page in pages:
            file.seek((page - 1) * 4096 + 100)
            file.write(bytes(rnd.randrange(256) for _ in range(2000)))


def _ids_by_source(db) -> dict[str, int]:
    store = open_store(db)
    found = {row["source"]: int(row["id"]) for _, row in store.articles_frame().iterrows()}
    store.close()
    return found


@pytest.mark.usefixtures("bundled")
@pytest.mark.parametrize("index_too", [False, True], ids=["table", "table and index"])
def test_rebuild_names_the_articles_it_lost_and_no_other(tmp_path, geoparser, capsys,
                                                        index_too):
    """The audit: 100 pages of a 2,028-article store overwritten, `rebuild` said it could
    not recover 12 "of the 2016 articles it held", among them article 1612196, when 24 were
    lost: the table's damaged pages, read as rows, gave ids out of order, twice, or never
    stored. Here two of its leaf pages (and its index's pages): the ids named are those of
    the articles lost, and a list of ids read from damage is not called exact."""
    db, news = _user_db(tmp_path, geoparser, 60)
    before = _ids_by_source(db)
    leaves = _pages_of(db, "articles", "leaf")
    damaged = [leaves[len(leaves) // 3], leaves[2 * len(leaves) // 3]]
    if index_too:
        damaged += _pages_of(db, "sqlite_autoindex_articles_1", "leaf")
    _garble(db, damaged)
    shutil.rmtree(news)  # what the file lost cannot be read again
    code, out = _rebuild(db, capsys)
    after = _ids_by_source(db)
    lost = {before[source] for source in before.keys() - after.keys()}
    assert lost and code == 3, out
    named = {int(n) for n in re.findall(r"article (\d+) \(row unreadable\)", out)}
    assert named == lost, out
    if index_too:  # the list of articles is no more: said so, with no count of it
        assert "list of articles is unreadable" in out and "articles it held" not in out
    else:  # the index's list is whole: the count is exact
        assert f"Could not recover {len(lost)} of the 60 articles it held" in out


def test_a_row_whose_text_is_damage_still_gives_its_source(tmp_path, geoparser):
    """The audit's rebuild missed 51 sources it could read again: a row whose overflow pages
    hold bytes that are no UTF-8 was passed over whole by the page reader, its source (on
    its own page, whole) with it."""
    from placeline.recovery import scan_articles

    db, _ = _user_db(tmp_path, geoparser, 4, filler=9000)  # raw texts overflow a page
    before = _ids_by_source(db)
    with open(db, "r+b") as file:
        for page in _pages_of(db, "articles", "overflow"):
            file.seek((page - 1) * 4096 + 4)  # the chain's next page kept, the text not
            file.write(b"\xff" * 4092)
    found = scan_articles(db)
    assert {source: article_id for article_id, (source, _) in found.items()} == before
    assert all(document is None for _, document in found.values())  # none read whole
