"""`rebuild` gives back the user's database and nothing else, says what it could not, keeps
corrections from the table as well as the journal, and read-only commands never create a
database."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from placeline.cli import main
from placeline.ingest import read_paths
from placeline.models import Place
from placeline.pipeline import Pipeline
from placeline.recovery import journal_corrections
from placeline.store import open_store
from tests.conftest import ROOT, SEEDS

SOMEWHERE = Place("user:lviv-depot", "Lviv depot", 49.84, 24.03, "landmark",
                  source="correction")
TOWNS = ("Kyiv", "Lviv", "Kharkiv", "Odesa", "Dnipro", "Poltava", "Sumy", "Chernihiv")


@pytest.fixture
def bundled(tmp_path, monkeypatch):
    """The demo articles where `setup` and the dashboard look for them: rebuild must not
    take them. The gazetteer stays the prebuilt one."""
    data = tmp_path / "data"
    shutil.copytree(SEEDS, data / "articles")
    monkeypatch.setenv("PLACELINE_DATA_DIR", str(data))
    monkeypatch.setenv("PLACELINE_CACHE_DIR", str(ROOT / "data" / "cache"))
    return data / "articles"


def _user_db(folder, geoparser, count: int, filler: int = 600):
    """A database of `count` articles of the user's own, read from files in `folder`."""
    news = folder / "news"
    news.mkdir()
    for i in range(count):
        town, other = TOWNS[i % len(TOWNS)], TOWNS[(i + 3) % len(TOWNS)]
        body = f"Officials in {town} said on Monday that repairs near {other} go on. " * (
            filler // 70 + 1)
        (news / f"art{i:03}.txt").write_text(f"Report {i} from {town}\n\nItem {i}. {body}",
                                             encoding="utf-8")
    db = folder / "user.db"
    store = open_store(db)
    report = Pipeline(store, geoparser).ingest(read_paths([news]))
    assert len(report.added) == count, report.summary()
    store.close()
    return db, news


def _rebuild(db, capsys) -> tuple[int, str]:
    code = main(["rebuild", "--db", str(db), "--force"])  # (--force: some are sound stand-ins)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _sources(db) -> list[str]:
    store = open_store(db)
    sources = sorted(store.articles_frame()["source"])
    store.close()
    return sources


def _root_page(db, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                            (table,)).fetchone()[0]


def _damage_pages(db, pages) -> None:
    with open(db, "r+b") as file:
        for page in pages:
            file.seek((page - 1) * 4096)
            file.write(b"\xff" * 4096)


# -- 1. the user's articles, never the demo ones; what is lost is said -------------------------

def test_rebuild_of_a_readable_database_adds_no_bundled_articles(tmp_path, geoparser,
                                                                  bundled, capsys):
    db, _ = _user_db(tmp_path, geoparser, 6)
    before = _sources(db)
    code, out = _rebuild(db, capsys)
    assert code == 0, out
    assert _sources(db) == before  # the same six, no demo article among them
    assert "Could not recover" not in out


def test_rows_the_table_cannot_reach_are_read_from_their_pages(tmp_path, geoparser,
                                                               bundled, capsys):
    db, news = _user_db(tmp_path, geoparser, 60)
    before = _sources(db)
    _damage_pages(db, [_root_page(db, "articles")])  # the table's tree, not its rows
    shutil.rmtree(news)  # so the rows can only come from the damaged file itself
    code, out = _rebuild(db, capsys)
    assert code == 0, out
    assert _sources(db) == before
    assert "60 articles read back" in out and "Could not recover" not in out


def test_rows_that_are_unreadable_are_read_again_from_their_sources(tmp_path, geoparser,
                                                                    bundled, capsys):
    db, news = _user_db(tmp_path, geoparser, 8, filler=9000)  # raw texts overflow a page
    before = _sources(db)
    with sqlite3.connect(db) as conn:
        overflow = [r[0] for r in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'overflow'")]
    _damage_pages(db, overflow)  # every text cut; each row's source is on its leaf page
    (news / "art007.txt").unlink()
    (news / "art999.txt").write_text("New since\n\nA report from Kyiv.", encoding="utf-8")
    code, out = _rebuild(db, capsys)
    assert code == 3, out  # one is lost: a partial rebuild is not a whole one
    assert _sources(db) == before[:7]  # not the file added to the folder since
    assert "7 re-read from their sources" in out
    assert "Could not recover 1 of the 8 articles it held" in out and "art007.txt" in out


def test_a_truncated_database_keeps_what_is_left_and_says_the_rest_is_lost(
        tmp_path, geoparser, bundled, capsys):
    db, news = _user_db(tmp_path, geoparser, 60)
    shutil.rmtree(news)
    with open(db, "r+b") as file:
        file.truncate(db.stat().st_size // 2)
    code, out = _rebuild(db, capsys)
    sources = _sources(db)
    assert code == 3, out  # some are lost: a partial rebuild is not a whole one
    assert 0 < len(sources) < 60
    assert all("/news/art" in s for s in sources)  # none of the bundled articles
    assert f"Could not recover {60 - len(sources)} of the 60 articles it held" in out


def test_rebuild_that_recovers_nothing_fails_and_the_dashboard_does_not_seed_it(
        tmp_path, geoparser, bundled, capsys):
    from placeline.bootstrap import ensure_ready

    db, news = _user_db(tmp_path, geoparser, 6)
    shutil.rmtree(news)
    with open(db, "r+b") as file:
        file.truncate(4096)
    code, out = _rebuild(db, capsys)
    assert code == 1, out
    assert "Nothing was recovered" in out and "the file is cut short" in out
    store = ensure_ready(db, log=lambda message: None)  # the dashboard's first-run step
    assert store.article_count() == 0
    store.close()


def test_rebuild_refuses_a_file_that_is_not_sqlite_and_leaves_it_alone(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("Kyiv shelling\n\nRussian forces shelled Kyiv.\n", encoding="utf-8")
    before = notes.read_bytes()
    assert main(["dates", "--db", str(notes)]) != 0
    code, out = _rebuild(notes, capsys)
    assert code != 0
    assert "is not a placeline database" in out and "rebuild`" not in out
    assert notes.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_the_dashboard_on_a_file_that_is_not_sqlite_offers_no_rebuild(tmp_path, app_store):
    from streamlit.testing.v1 import AppTest

    notes = tmp_path / "notes.txt"
    notes.write_text("Kyiv shelling\n\nRussian forces shelled Kyiv.\n", encoding="utf-8")
    app_store(notes)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()
    assert not at.exception
    assert "is not a placeline database" in at.error[0].value
    assert not at.code  # no `rebuild` command to copy: there is nothing to repair


# -- 2. corrections ----------------------------------------------------------------------------

def test_corrections_in_the_table_survive_a_copy_without_its_journal(tmp_path, geoparser,
                                                                     bundled, capsys):
    db, _ = _user_db(tmp_path, geoparser, 3)
    store = open_store(db)
    store.add_correction("Lviv", SOMEWHERE)
    store.add_correction("Kyiv", SOMEWHERE, "hash-1")
    store.close()
    journal = db.with_name("user.db.corrections.jsonl")  # its own (audit 17)
    lines = journal.read_text(encoding="utf-8").splitlines()
    journal.write_text(lines[1] + "\n", encoding="utf-8")  # only Kyiv's is journalled
    code, out = _rebuild(db, capsys)
    assert code == 0, out
    assert "2 corrections replayed" in out  # Kyiv once, not twice
    store = open_store(db)
    assert sorted((c["surface"], c["id"]) for c in store.corrections()) == [
        ("Kyiv", SOMEWHERE.id), ("Lviv", SOMEWHERE.id)]
    assert "Lviv depot" in set(store.events_frame()["place"])
    store.close()
    # journalled now, so the next rebuild has it even without the table
    assert {s for s, _, _ in journal_corrections(journal)} == {"Kyiv", "Lviv"}


def test_a_correction_after_a_cut_journal_line_is_not_glued_to_it(tmp_path, capsys):
    store = open_store(tmp_path / "j.db")
    store.add_correction("Izyum", SOMEWHERE)
    with open(store.journal_path, "a", encoding="utf-8") as journal:
        journal.write('{"op": "add", "surface": "Kyiv", "place": {')  # killed mid-write
    store.add_correction("Paris", SOMEWHERE, "hash-1")
    assert [s for s, _, _ in journal_corrections(store.journal_path)] == ["Izyum", "Paris"]
    assert capsys.readouterr().out == "warning: j.db.corrections.jsonl line 2 skipped: cut off\n"
    store.close()


def test_a_journal_line_missing_a_field_is_skipped_with_its_line_number(tmp_path, capsys):
    journal = tmp_path / "x.corrections.jsonl"
    good = {"op": "add", "surface": "Paris", "context_hint": "",
            "place": {"id": "user:p", "name": "P", "lat": 1.0, "lon": 2.0, "kind": "city"}}
    journal.write_text("\n".join([
        json.dumps(good), '{"op":"add","surface":"Kyiv"}', "[1, 2]",
        '{"op": "remove", "surface": "Lviv"}']) + "\n", encoding="utf-8")
    assert [s for s, _, _ in journal_corrections(journal)] == ["Paris"]
    assert capsys.readouterr().out.splitlines() == [
        "warning: x.corrections.jsonl line 2 skipped: missing 'place'",
        "warning: x.corrections.jsonl line 3 skipped: not a JSON object",
        "warning: x.corrections.jsonl line 4 skipped: missing 'place_id'"]


# -- 3. read-only commands on a mistyped path ---------------------------------------------------

@pytest.mark.parametrize("command", [["export", "--format", "geojson"], ["dates"],
                                     ["reprocess"]])
def test_commands_on_stored_data_do_not_create_a_database(tmp_path, capsys, command):
    typo = tmp_path / "typo" / "plaseline.db"
    assert main([*command, "--db", str(typo)]) == 2
    assert f"no database at {typo}" in capsys.readouterr().err
    assert not typo.parent.exists()


def test_rebuild_keeps_the_online_geocoders_answers(tmp_path, bundled, capsys):
    """A review: the geocoder's cache was left behind, so a name an online run placed
    became a guess after an offline rebuild."""
    from placeline.geoparse import Geoparser
    from placeline.ingest import RawDocument
    from tests.stub_nominatim import StubNominatim
    from tests.test_geocode import ARTICLE, _chain

    db = tmp_path / "online.db"
    store = open_store(db)
    with StubNominatim({"Zzyzxovo": (49.9, 36.3)}) as stub:
        Pipeline(store, Geoparser(geocoder=_chain(store, stub))).ingest(
            [RawDocument(str(tmp_path / "a.txt"), ARTICLE)])
    store.close()
    code, out = _rebuild(db, capsys)
    assert code == 0, out
    store = open_store(db)
    mentions = {m["surface"]: m for m in store.mentions(store.article_ids()[0])}
    assert mentions["Zzyzxovo"]["source"] == "geocoder"
    store.close()


def test_a_database_whose_header_is_zeroed_is_rebuilt_from_its_pages(tmp_path, geoparser,
                                                                    bundled, capsys):
    """A review: a zeroed first 100 bytes is damage, not another kind of file; the pages
    still hold every article."""
    db, news = _user_db(tmp_path, geoparser, 5)
    before = _sources(db)
    with open(db, "r+b") as file:
        file.write(b"\x00" * 100)
    shutil.rmtree(news)
    code, out = _rebuild(db, capsys)
    assert code == 3, out  # every one back, but the file could not list what it held
    assert _sources(db) == before
