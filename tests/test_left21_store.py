"""Left open by the twentieth session's reviews, the store and its pages: `copy` onto a store
emptied of its articles (item 1, review 20b's 3), a copy killed half-way (2), the Articles
page's "No publication date" (3), Streamlit's links out of an error box (4), and the app's
caches with two stores in one process (5)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from placeline.cli import main
from placeline.ingest import RawDocument
from placeline.pipeline import Pipeline
from placeline.store import open_store
from tests.conftest import ROOT
from tests.test_apptest import _run
from tests.test_audit18_pages import _feed_db, _no_date_note
from tests.test_audit20_pages import _link

LEEDS = RawDocument("leeds.txt", "Storm in Leeds\n\nA storm hit Leeds and York on Monday, "
                                 "4 March 2024, officials said.")


@pytest.fixture
def leeds_db(tmp_path, geoparser):
    """A SQLite store of one article naming Leeds and York."""
    db = tmp_path / "leeds.db"
    store = open_store(db)
    Pipeline(store, geoparser).ingest([LEEDS])
    store.close()
    return db


# -- 1. `copy` onto a store whose articles were all deleted -----------------------------------


def _emptied(store, geoparser) -> None:
    """What deleting every article on the Articles page leaves: its places, an ingest's
    record (settings) and the store's own settings."""
    pipeline = Pipeline(store, geoparser)
    pipeline.ingest([LEEDS])
    store.set_setting("ingest_run:0123456789ab", '{"id": "0123456789ab", "state": "ended"}')
    pipeline.delete(store.article_ids())
    places = store._conn.execute("SELECT COUNT(*) FROM places").fetchone()[0]
    assert store.article_count() == 0 and places == 2


def test_copy_refuses_a_store_emptied_of_its_articles(store, leeds_db, geoparser):
    """Review 20b: onto a PostgreSQL store whose articles were deleted (its places kept, as
    Pipeline.delete keeps them) the copy had failed on places_pkey in a 20-line traceback.
    It is refused as a store already, on both backends, and nothing of it is changed."""
    from placeline.errors import PlacelineError

    _emptied(store, geoparser)
    settings = store.settings_under("")
    revision = store.last_change()
    with pytest.raises(PlacelineError, match=r"holds a store already \(0 articles, 2 places, "
                                             r"1 deleted article, 1 ingest record\)"):
        store.copy_from(open_store(leeds_db))
    assert store.settings_under("") == settings and store.last_change() == revision
    assert store.article_count() == 0


def test_copy_onto_an_emptied_server_store_is_one_line(postgres_store_url, leeds_db,
                                                      geoparser, capsys):
    """The review's command: one line, exit 2, the server's store as it was."""
    from placeline.store_postgres import PostgresStore

    server = PostgresStore(postgres_store_url)
    _emptied(server, geoparser)
    settings = server.settings_under("")
    assert main(["copy", "--db", str(leeds_db), postgres_store_url]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "Traceback" not in err, err
    assert "holds a store already (0 articles, 2 places, 1 deleted article, 1 ingest " \
           "record)" in err
    assert server.settings_under("") == settings and server.article_count() == 0
    server.close()


def test_copy_still_writes_into_a_store_that_was_only_opened(postgres_store_url, leeds_db):
    """A database or schema placeline has opened (its tables and settings made) but that
    holds nothing is a new store: the copy goes in, with the source's settings."""
    from placeline.store_postgres import PostgresStore

    PostgresStore(postgres_store_url).close()
    assert main(["copy", "--db", str(leeds_db), postgres_store_url]) == 0
    server = PostgresStore(postgres_store_url)
    assert server.article_count() == 1
    server.close()


# -- 2. a copy into a SQLite file killed half-way --------------------------------------------


KILLED_COPY = """
import sys, time
from pathlib import Path
from placeline import store

copy_rows = store.Store._copy_rows

def slow(reading, tx, table):
    count = copy_rows(reading, tx, table)
    if table == "articles":  # half-way: the articles written, in the open transaction
        Path(sys.argv[3]).write_text("copying")
        time.sleep(120)
    return count

store.Store._copy_rows = staticmethod(slow)
from placeline.cli import main
sys.exit(main(["copy", "--db", sys.argv[1], sys.argv[2]]))
"""


def test_a_copy_killed_half_way_leaves_no_file_of_its_name(leeds_db, tmp_path, capsys):
    """Review 20b: `copy` killed (SIGKILL: nothing of it runs after) left DEST, -wal and
    -shm, and the retry was refused, "it is a SQLite database (placeline never writes over
    one)", not saying it was the killed copy's empty file. The copy is written under another
    name beside DEST and given DEST's name only once whole."""
    dest, flag = tmp_path / "handover.db", tmp_path / "flag"
    process = subprocess.Popen([sys.executable, "-c", KILLED_COPY, str(leeds_db), str(dest),
                                str(flag)], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not flag.exists():
            assert process.poll() is None, process.stderr.read()
            assert time.monotonic() < deadline
            time.sleep(0.05)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait()
    assert process.returncode == -signal.SIGKILL
    left = sorted(p.name for p in tmp_path.iterdir())
    assert not [name for name in left if name.startswith("handover.db")], left
    assert main(["copy", "--db", str(leeds_db), str(dest)]) == 0  # the retry
    err = capsys.readouterr().err
    assert f"to {dest}:" in err and "1 article" in err
    assert "did not finish" in err and ".handover.db." in err  # (what the kill left, named)
    copied = open_store(dest)
    assert copied.article_count() == 1 and copied.journal_path.name == \
        "handover.db.corrections.jsonl"
    copied.close()


def test_a_finished_copy_leaves_only_its_file_and_journal(leeds_db, tmp_path, capsys):
    """The copy's other name is gone once it is DEST, and its corrections journal is DEST's
    (a rebuild of DEST replays it)."""
    from placeline.recovery import read_journal
    from tests.test_audit20_store import CORK

    source = open_store(leeds_db)
    source.add_correction("Leeds", CORK)
    source.close()
    out = tmp_path / "out"
    out.mkdir()
    dest = out / "copy.db"
    assert main(["copy", "--db", str(leeds_db), str(dest)]) == 0
    assert "did not finish" not in capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir()) == ["copy.db", "copy.db.corrections.jsonl"]
    copied = open_store(dest)
    active, _ = read_journal(copied.journal_path, owner=copied.store_id)
    assert [(s, p.id) for s, _, p in active] == [("Leeds", CORK.id)]
    copied.close()


# -- 3. the Articles page's "No publication date" and the map's note ------------------------


FLOODS = [{"id": f"u{i}", "title": f"Floods in {town}",
           "text": f"Floods hit {town} on Monday, cutting roads to the market."}
          for i, town in enumerate(["Lagos", "Ibadan", "Kano"])]
PLACELESS = [{"id": "n1", "title": "Markets steady", "text": "Markets were steady on Monday, "
                                                             "traders said."},
             {"id": "n2", "title": "Rates held", "text": "The bank held its rates again."}]
ACCRA = {"id": "d1", "date": "2024-03-05", "title": "Storm in Accra",
         "text": "A storm hit Accra on Monday. Residents of Kumasi were warned."}


def test_no_publication_date_lists_what_the_map_s_note_counts(tmp_path, app_store, geoparser):
    """The map by publication date said "3 articles name places with no date … The Articles
    page lists them", and its link showed 5 under "5 articles with no publication date": the
    two that name no place too, which are on no map by any date and which the note rightly
    leaves out. Both now count the 3, in the note's words, and the page says the others."""
    store = _feed_db(tmp_path, app_store, geoparser, [*FLOODS, *PLACELESS, ACCRA])
    try:
        note = _no_date_note(_run("dashboard.py", basis="Publication date"))
        assert note.startswith("3 articles name places with no date"), note
        at = _run("pages/1_Articles.py", show=_link(note, "Articles page")["show"][0])
        assert sorted(_titles(at)) == sorted(row["title"] for row in FLOODS)
        captions = [c.value for c in at.caption]
        assert "3 articles name places with no date" in captions
        assert ("2 more articles with no publication date name no place: *All* lists them."
                in captions)
    finally:
        store.close()


def test_no_publication_date_when_only_placeless_articles_lack_one(tmp_path, app_store,
                                                                   geoparser):
    store = _feed_db(tmp_path, app_store, geoparser, [*PLACELESS[:1], ACCRA])
    try:
        at = _run("pages/1_Articles.py", show="No publication date")
        assert not at.dataframe
        assert at.info[0].value == ("Every article naming places has a publication date. 1 "
                                    "article with no publication date names no place: *All* "
                                    "lists it.")
    finally:
        store.close()


# -- 4. Streamlit's links out of an error box ----------------------------------------------


SERVED_CONFIG = """
import sys
from streamlit import config
from streamlit.proto.NewSession_pb2 import Config
from streamlit.runtime.app_session import _get_show_error_links

config._main_script_path = sys.argv[1]  # (as `streamlit run` sets it)
config.get_config_options(force_reparse=True)
print(config.get_option("client.showErrorDetails"),
      Config.ShowErrorLinks.Name(_get_show_error_links()))
"""


def test_an_error_box_offers_no_links_to_google_or_chatgpt(tmp_path):
    """Streamlit's error box offered "Ask Google" and "Ask ChatGPT", links holding the
    error's text, on a dashboard opened on this machine (Streamlit's "auto"): placeline works
    offline, and they sent a visitor's error to third parties. The app's config, as a server
    started from any folder reads it (the dashboard's own .streamlit/config.toml), turns them
    off, and the error's details with them."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    read = subprocess.run([sys.executable, "-c", SERVED_CONFIG, str(ROOT / "dashboard.py")],
                          cwd=elsewhere, env={**os.environ, "HOME": str(tmp_path)},
                          capture_output=True, text=True, check=True)
    assert read.stdout.split() == ["none", "SHOW_ERROR_LINKS_FALSE"]  # (what it sends)


# -- 5. the app's caches, with two stores in one process ---------------------------------------


LAGOS = RawDocument("lagos.txt", "Floods in Lagos\n\nFloods hit Lagos and Ibadan on Monday, "
                                 "4 March 2024, officials said.")


def _titles(at) -> list[str]:
    return list(at.dataframe[0].value["title"])


def test_the_pages_show_the_store_they_are_given_at_one_revision(tmp_path, app_store,
                                                                 geoparser, monkeypatch):
    """Two stores at one revision in one process (tests; a server whose PLACELINE_DB was
    changed): the app's store and every loader were keyed by the revision alone, so the
    second store's pages showed the first one's articles."""
    stores = {}
    for name, document in (("a", LEEDS), ("b", LAGOS)):
        stores[name] = open_store(tmp_path / f"{name}.db")
        Pipeline(stores[name], geoparser).ingest([document])
    assert stores["a"].last_change() == stores["b"].last_change()
    app_store(tmp_path / "a.db")
    assert _titles(_run("pages/1_Articles.py")) == ["Storm in Leeds"]
    monkeypatch.setenv("PLACELINE_DB", str(tmp_path / "b.db"))  # (the caches kept)
    assert _titles(_run("pages/1_Articles.py")) == ["Floods in Lagos"]
    places = _run("pages/2_Places.py").dataframe[0].value.set_index("name")
    assert "Leeds" not in places.index and places.loc["Lagos", "on_map"] == 1  # (its map's)
    for store in stores.values():
        store.close()


def test_the_loaders_tell_two_schemas_of_one_server_apart(postgres_url, geoparser,
                                                          monkeypatch):
    """Two schemas of one database may be one location (`postgresql://…/postgres`: a
    search_path the server sets, as every URL's `options` was dropped before audit 22): the
    store's own id tells them apart."""
    import app_common as app
    from placeline.store_postgres import PostgresStore
    from tests.conftest import clear_streamlit_caches
    from tests.postgres_server import fresh_schema

    clear_streamlit_caches()
    with fresh_schema(postgres_url) as one, fresh_schema(postgres_url) as other:
        a, b = PostgresStore(one), PostgresStore(other)
        monkeypatch.setattr(PostgresStore, "location", property(lambda store: postgres_url))
        Pipeline(a, geoparser).ingest([LEEDS])
        Pipeline(b, geoparser).ingest([LAGOS])
        assert a.location == b.location and a.last_change() == b.last_change()
        for store, title in ((a, "Storm in Leeds"), (b, "Floods in Lagos")):
            assert list(app.load_articles(store, app.data_version(store))["title"]) == [title]
            events = app.load_index(store, app.data_version(store), "event").places["place"]
            assert title.split()[-1] in set(events)
        a.close()
        b.close()
    clear_streamlit_caches()
