"""Audit 20, the store: a correction on PostgreSQL depends on the database alone (item 2);
`rebuild` names only articles that were there, and all it lost it can trace (item 7); a
PostgreSQL schema named in the URL is made on first use, and a command that reads refuses a
database that holds no store, writing nothing (item 9); `--online` with no geocoder to reach
says so, and `reprocess --online` asks again (item 12); `copy` moves a store between SQLite and
PostgreSQL, its corrections and dates set by hand with it (item 19)."""

from __future__ import annotations

import datetime as dt
import random
import re
import shutil
import socket
import sqlite3
import uuid
from urllib.parse import quote

import pytest

from placeline.cli import main
from placeline.models import Place
from placeline.store import open_store
from tests.test_apptest import _run, app_db  # noqa: F401 — the fixture
from tests.test_audit_recovery import _rebuild, _user_db, bundled  # noqa: F401

CORK = Place("geonames:2965140", "Cork", 51.898, -8.4706, "city", "IE", source="gazetteer")

# -- 2. a correction on PostgreSQL needs no local folder ---------------------------------------


@pytest.mark.parametrize("folder", ["missing", "read-only"])
def test_a_postgres_store_saves_corrections_without_a_local_folder(
        postgres_store_url, tmp_path, monkeypatch, folder):
    """The audit: a dashboard server whose data folder was missing (or read-only) could not
    save a correction or a date on a PostgreSQL store: FileNotFoundError, shown as the page,
    from the journal each machine kept of it, per spelling of the URL, that nothing read.
    The server's tables (and its backups) hold them: no file is written for it."""
    data = tmp_path / "data"
    if folder == "read-only":
        data.mkdir()
        monkeypatch.setattr("builtins.open", _refusing_writes_in(data, open))
    monkeypatch.setenv("PLACELINE_DATA_DIR", str(data))
    store = open_store(postgres_store_url)
    store.add_correction("Cork", CORK)
    store.set_date_correction("f" * 32, dt.date(2024, 3, 5))
    (saved,) = store.corrections()
    store.remove_correction(saved["correction_id"])
    store.remove_date_correction("f" * 32)
    assert store.corrections() == [] and store.date_corrections() == []
    assert store.journal_path is None
    assert not data.exists() or list(data.iterdir()) == []
    store.close()


def _refusing_writes_in(folder, real_open):
    """`open` as a read-only folder would answer it (the tests run as root, whom no mode
    stops)."""
    def guarded(file, mode="r", *args, **kwargs):
        if set(mode) & set("wax+") and str(file).startswith(str(folder)):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, mode, *args, **kwargs)

    return guarded


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
    named |= {before[source] for source in before if source in out}  # (by the source index)
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


# -- 9. a schema made on first use; a database without a store is refused by what reads -------


def _tables(server_url: str, schema: str) -> list[str]:
    import psycopg

    with psycopg.connect(server_url, autocommit=True) as conn:
        return [r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %s"
            " ORDER BY table_name", (schema,))]


def _schemas(server_url: str, name: str) -> int:
    import psycopg

    with psycopg.connect(server_url, autocommit=True) as conn:
        return conn.execute("SELECT count(*) FROM pg_namespace WHERE nspname = %s",
                            (name,)).fetchone()[0]


@pytest.fixture
def schema_url(postgres_url):
    """A URL naming a schema that does not exist yet (dropped afterwards if made)."""
    import psycopg

    name = f"news_{uuid.uuid4().hex[:10]}"
    yield f"{postgres_url}?options={quote(f'-csearch_path={name}')}", name
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")


def test_the_readmes_schema_option_makes_its_schema_on_first_use(schema_url, postgres_url,
                                                                 capsys):
    """The audit: `?options=-csearch_path%3Dnews`, as the README says, with no schema news
    made beforehand, was a 25-line traceback (InvalidSchemaName), on the dashboard too.
    Tables are made on first use: their schema now with them."""
    url, name = schema_url
    store = open_store(url)  # what `ingest`, `setup` and the dashboard do
    store.add_correction("Cork", CORK)
    store.close()
    assert "articles" in _tables(postgres_url, name) and "meta" in _tables(postgres_url, name)
    assert main(["dates", "--db", url]) == 0
    assert capsys.readouterr().out.startswith("id\tpublished")


@pytest.mark.parametrize("command", [["dates"], ["export", "--format", "csv"], ["reprocess"]])
def test_a_reading_command_refuses_a_schema_that_is_not_there(schema_url, postgres_url,
                                                              capsys, command):
    url, name = schema_url
    assert main([*command, "--db", url]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "Traceback" not in err and f"schema {name}" in err
    assert _schemas(postgres_url, name) == 0  # nothing made


@pytest.mark.parametrize("command", [["dates"], ["export", "--format", "csv"], ["reprocess"]])
def test_a_reading_command_refuses_a_database_without_a_store_and_writes_nothing(
        postgres_store_url, capsys, command):
    """The audit: `dates`, `export` and `reprocess` on a mistyped database of a shared
    server exited 0 with nothing, and left nine tables in it. As for a SQLite file that is
    not there: an error, exit 2, nothing written."""
    schema = re.search(r"search_path%3D(\w+)", postgres_store_url).group(1)
    server = postgres_store_url.split("?")[0]
    assert main([*command, "--db", postgres_store_url]) == 2
    err = capsys.readouterr().err
    assert "no placeline store" in err and "ingest" in err, err
    assert _tables(server, schema) == []


# -- 12. an online geocoder that cannot be reached is said ----------------------------------


@pytest.fixture
def unreachable_geocoder(monkeypatch):
    """PLACELINE_NOMINATIM_DOMAIN naming a port nothing listens on (a mistyped domain, or
    no internet, as the audit's machine had)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setenv("PLACELINE_NOMINATIM_DOMAIN", f"127.0.0.1:{port}")
    monkeypatch.setenv("PLACELINE_NOMINATIM_SCHEME", "http")
    return f"127.0.0.1:{port}"


def _article(tmp_path):
    from tests.test_geocode import ARTICLE

    path = tmp_path / "village.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_online_without_a_geocoder_to_reach_says_what_was_not_looked_up(
        tmp_path, capsys, unreachable_geocoder, monkeypatch):
    """The audit: `ingest --online` on a machine without internet said "40 added", exit 0,
    and nothing of the geocoder it never reached: six names stayed unplaced in silence. It
    says so on stderr, with the names, and how to ask again; `reprocess --online` asks."""
    from tests.stub_nominatim import StubNominatim

    db = tmp_path / "online.db"
    assert main(["ingest", str(_article(tmp_path)), "--db", str(db), "--online"]) == 0
    captured = capsys.readouterr()
    assert "1 added" in captured.out
    assert (f"warning: the online geocoder ({unreachable_geocoder}) could not be reached"
            in captured.err)
    assert "3 names the offline gazetteer lacks were not looked up (Zzyzxovo, Qwertivka, " \
        "Blorpsk)" in captured.err
    assert "python -m placeline reprocess --online" in captured.err
    with StubNominatim({"Zzyzxovo": (49.9, 36.3), "Qwertivka": (50.1, 36.5)}) as stub:
        monkeypatch.setenv("PLACELINE_NOMINATIM_DOMAIN", stub.domain)
        assert main(["reprocess", "--db", str(db), "--online"]) == 0
        assert sorted(r["q"] for r in stub.requests) == ["Blorpsk", "Qwertivka", "Zzyzxovo"]
    assert "warning" not in capsys.readouterr().err
    store = open_store(db)
    placed = {m["surface"]: m["source"] for m in store.mentions(store.article_ids()[0])}
    assert placed["Zzyzxovo"] == placed["Qwertivka"] == "geocoder"
    store.close()


def test_offline_nothing_is_said_of_the_geocoder(tmp_path, capsys, unreachable_geocoder):
    """Without --online no one is asked: the names are unplaced as the user chose."""
    db = tmp_path / "offline.db"
    assert main(["ingest", str(_article(tmp_path)), "--db", str(db)]) == 0
    assert "geocoder" not in capsys.readouterr().err


def test_the_ingest_page_says_the_geocoder_could_not_be_reached(
        app_db, tmp_path, unreachable_geocoder):  # noqa: F811
    """The page's "Ask the online geocoder" toggle, with the same server: the report says
    it (the page had not used PLACELINE_NOMINATIM_DOMAIN either)."""
    folder = tmp_path / "incoming"
    folder.mkdir()
    _article(folder)
    at = _run("pages/3_Ingest.py")
    at.text_input(key="folder").set_value(str(folder)).run()
    at.toggle(key="online").set_value(True).run()
    at.button[0].click().run()
    assert not at.exception
    assert "1 added" in at.success[0].value
    (warning,) = [re.sub(r"\\(.)", r"\1", w.value) for w in at.warning  # (unescaped)
                  if "geocoder" in w.value]
    assert f"online geocoder ({unreachable_geocoder}) could not be reached" in warning
    assert "Zzyzxovo" in warning


# -- 19. a store copied between SQLite and PostgreSQL, corrections and dates with it ----------

# (the id high-water mark too: SQLite keeps it in meta, PostgreSQL in its sequence, and a
# copy gives it over as ids, not as a setting: review 26, item 4)
SETTINGS_OF_ITS_OWN = ("store_id", "revision", "article_high_water")


def _contents(store) -> dict:
    """What a copy must give back: every article, event, correction, date set by hand,
    cached answer and setting (but the store's own id and revision)."""
    articles = store.articles_frame().drop(columns=["mentions", "places"])
    return {
        "articles": articles.astype(object).where(articles.notna(), None).to_dict("records"),
        "events": store.events_frame().to_dict("records"),
        "mentions": {a: store.mentions(a) for a in store.article_ids()},
        "corrections": store.corrections(), "dates": store.date_corrections(),
        "answers": store.cache_entries("nominatim"),
        "settings": {k: v for k, v in store.settings_under("").items()
                     if k not in SETTINGS_OF_ITS_OWN}}


@pytest.fixture
def worked_on(tmp_path, geoparser):
    """A SQLite store after a day's work: the bundled articles, a correction in every
    article, one in a single article, a date set by hand and an answer of the online
    geocoder."""
    from placeline.ingest import read_paths
    from placeline.pipeline import Pipeline
    from tests.conftest import SEEDS

    db = tmp_path / "day.db"
    store = open_store(db)
    Pipeline(store, geoparser).ingest(read_paths([SEEDS]))
    first, second = store.article_ids()[:2]
    store.add_correction("Cork", CORK)
    store.add_correction("Kyiv", CORK, store.article(first)["content_hash"])
    store.set_date_correction(store.article(second)["content_hash"], dt.date(2022, 4, 1))
    store.cache_put("zzyzxovo|UA", "nominatim",
                    Place("nominatim:node1", "Zzyzxovo", 49.9, 36.3, "city", "UA",
                          source="geocoder"))
    store.cache_put("blorpsk|UA", "nominatim", None)
    store.close()
    return db


def test_a_store_is_copied_to_postgres_and_back_with_its_corrections_and_dates(
        worked_on, postgres_store_url, tmp_path, capsys):
    """The audit: a team moving from SQLite to a PostgreSQL server could only ingest its
    files again, losing every correction and date set by hand (`backup` took the URL for a
    file path; `rebuild`, which replays a journal, is SQLite's). `copy` copies every row,
    ids kept (the Articles page's ?article= links hold), either way round."""
    from placeline.recovery import read_date_journal, read_journal

    source = open_store(worked_on)
    before = _contents(source)
    source.close()
    assert main(["copy", "--db", str(worked_on), postgres_store_url]) == 0
    assert "Copied" in capsys.readouterr().err
    server = open_store(postgres_store_url)
    assert _contents(server) == before
    assert server.store_id != open_store(worked_on).store_id  # a store of its own
    back = tmp_path / "back.db"
    assert main(["copy", "--db", postgres_store_url, str(back)]) == 0
    copied = open_store(back)
    assert _contents(copied) == before
    # Journalled in the new file's journal, so its rebuild keeps them.
    active, _ = read_journal(copied.journal_path, owner=copied.store_id)
    assert sorted((s, p.id) for s, _, p in active) == [("Cork", CORK.id), ("Kyiv", CORK.id)]
    dated, _ = read_date_journal(copied.journal_path, owner=copied.store_id)
    assert [d for _, d, _ in dated] == ["2022-04-01"]
    # New articles take new ids on both (PostgreSQL's identity columns follow the copy).
    from placeline.models import Article

    for store in (server, copied):
        new = Article(source="late.txt", title="Late", text="Late news from Kyiv.",
                      content_hash="e" * 32)
        assert store.add_article(new, []) == max(a["id"] for a in before["articles"]) + 1
        store.close()


def test_copy_writes_only_into_a_new_store(worked_on, postgres_store_url, tmp_path, capsys):
    """Never over a file, nor into a database that holds a store: nothing is written."""
    taken = tmp_path / "taken.db"
    taken.write_bytes(b"")
    assert main(["copy", "--db", str(worked_on), str(taken)]) == 2
    assert "exists" in capsys.readouterr().err and taken.read_bytes() == b""
    assert main(["copy", "--db", str(worked_on), postgres_store_url]) == 0
    server = open_store(postgres_store_url)
    revision = server.last_change()
    assert main(["copy", "--db", str(worked_on), postgres_store_url]) == 2
    assert "holds a store" in capsys.readouterr().err
    assert server.last_change() == revision and server.article_count() == 5
    assert main(["copy", "--db", str(tmp_path / "missing.db"), str(tmp_path / "x.db")]) == 2
    assert not (tmp_path / "x.db").exists()


def test_backup_to_a_server_says_to_use_copy(worked_on, postgres_store_url, capsys):
    """The audit's `backup --db work.db postgresql://…` had said "there is no folder
    postgresql:/pl@127.0.0.1:5620"."""
    assert main(["backup", "--db", str(worked_on), postgres_store_url]) == 2
    assert "python -m placeline copy" in capsys.readouterr().err
