"""`rebuild` keeps every damaged copy, says by its exit code whether anything was lost, reads
what the write-ahead log committed, and re-cleans an article's metadata whole; read-only
commands tell a folder or an empty file from a database; Dask workers place names as the
serial ingest does."""

from __future__ import annotations

import datetime as dt
import shutil
import types

import pytest

from placeline import recovery
from tests.conftest import ROOT, SEEDS
from tests.test_audit_recovery import _rebuild, _sources, _user_db


@pytest.fixture
def bundled(tmp_path, monkeypatch):
    """The demo articles where `setup` looks for them (rebuild must not take them); the
    gazetteer stays the prebuilt one."""
    data = tmp_path / "data"
    shutil.copytree(SEEDS, data / "articles")
    monkeypatch.setenv("PLACELINE_DATA_DIR", str(data))
    monkeypatch.setenv("PLACELINE_CACHE_DIR", str(ROOT / "data" / "cache"))
    return data / "articles"


def _kept(db) -> list:
    return sorted(p for p in db.parent.glob(f"{db.name}.damaged-*")
                  if not p.name.endswith(("-wal", "-shm")))


# -- 1. two rebuilds in one second keep both damaged copies ------------------------------------

def test_two_rebuilds_in_one_second_keep_both_damaged_copies(tmp_path, geoparser, bundled,
                                                             capsys, monkeypatch):
    class Frozen(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return cls(2024, 5, 1, 12, 0, 0, tzinfo=tz)

    monkeypatch.setattr(recovery, "dt", types.SimpleNamespace(datetime=Frozen))
    db, _ = _user_db(tmp_path, geoparser, 2)
    original = db.read_bytes()
    for _ in range(2):
        code, out = _rebuild(db, capsys)
        assert code == 0, out
    kept = _kept(db)
    assert len(kept) == 2, kept
    assert kept[0].read_bytes() == original  # the first copy, not overwritten by the second
    assert _sources(db) == _sources(kept[1])


# -- 2. a rebuild that lost some articles says so by its exit status ----------------------------

def test_a_rebuild_that_recovers_only_some_articles_exits_3_with_the_count(
        tmp_path, geoparser, bundled, capsys):
    import sqlite3

    from placeline.cli import REBUILD_PARTIAL, main
    from tests.test_audit_recovery import _damage_pages

    db, news = _user_db(tmp_path, geoparser, 4, filler=9000)  # raw texts overflow a page
    with sqlite3.connect(db) as conn:
        overflow = [r[0] for r in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'overflow'")]
    _damage_pages(db, overflow)  # every text cut: each is re-read from its source file
    (news / "art002.txt").unlink()  # but this one's is gone
    code, out = _rebuild(db, capsys)
    assert code == REBUILD_PARTIAL == 3, out
    assert "Could not recover 1 of the 4 articles it held" in out and "art002.txt" in out
    assert len(_sources(db)) == 3
    with pytest.raises(SystemExit):
        main(["rebuild", "--help"])  # the status is documented where a scripter looks
    assert "3 some articles could not be recovered" in " ".join(capsys.readouterr().out.split())
