"""Audit 16: the folder field only where the dashboard serves this machine alone; a
correction form that starts fresh for each place and applies where it is asked to; namesakes
told apart by their region; corrections for the places of undated articles."""

from __future__ import annotations

import tomllib

import pytest
from streamlit import config as streamlit_config

from tests.conftest import ROOT
from tests.test_apptest import _place_id, _run, app_db, fix  # noqa: F401 — the fixture


@pytest.fixture
def listening_on():
    """Set Streamlit's server.address for one test (the page reads it), then restore it."""
    before = streamlit_config.get_option("server.address")

    def listen(address):
        streamlit_config.set_option("server.address", address)

    yield listen
    streamlit_config.set_option("server.address", before)


# -- 1. the folder field reads the server's files: localhost only -----------------------------

def test_the_dashboard_listens_on_this_machine_unless_told_otherwise(monkeypatch):
    from placeline.cli import streamlit_options

    settings = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert settings["server"]["address"] == "localhost"
    monkeypatch.delenv("STREAMLIT_SERVER_ADDRESS", raising=False)
    assert streamlit_options(["--server.port", "8502"]) == [
        "--server.address", "localhost", "--server.port", "8502"]
    chosen = ["--server.address", "0.0.0.0"]
    assert streamlit_options(chosen) == chosen  # serving the network is the user's choice
    assert streamlit_options(["--server.address=::"]) == ["--server.address=::"]
    monkeypatch.setenv("STREAMLIT_SERVER_ADDRESS", "0.0.0.0")
    assert streamlit_options([]) == []


def test_folders_are_read_only_for_a_dashboard_on_this_machine(monkeypatch):
    from placeline.config import folder_ingest_allowed, is_loopback

    monkeypatch.delenv("PLACELINE_FOLDER_INGEST", raising=False)
    for address in ("localhost", "127.0.0.1", "::1", "[::1]", "127.0.0.2", "LOCALHOST"):
        assert is_loopback(address) and folder_ingest_allowed(address), address
    for address in (None, "", "0.0.0.0", "::", "192.168.1.20", "example.org",
                    "unix:///tmp/placeline.sock"):
        assert not folder_ingest_allowed(address), address
    monkeypatch.setenv("PLACELINE_FOLDER_INGEST", "1")
    assert folder_ingest_allowed(None) and folder_ingest_allowed("0.0.0.0")
    monkeypatch.setenv("PLACELINE_FOLDER_INGEST", "0")
    assert not folder_ingest_allowed("localhost")


def test_the_ingest_page_offers_no_folder_to_a_dashboard_on_the_network(
        app_db, listening_on, monkeypatch, tmp_path):  # noqa: F811
    monkeypatch.delenv("PLACELINE_FOLDER_INGEST", raising=False)
    listening_on("0.0.0.0")
    at = _run("pages/3_Ingest.py")
    assert not at.exception
    assert [t.key for t in at.text_input] == []  # no "read a folder" field
    note = " ".join(i.value for i in at.info)
    assert "Reading a folder on the server is off" in note and "PLACELINE_FOLDER_INGEST" in note
    assert at.get("file_uploader")  # uploads stay
    assert at.button[0].disabled  # nothing to ingest yet

    monkeypatch.setenv("PLACELINE_FOLDER_INGEST", "1")  # the operator allows it
    at = _run("pages/3_Ingest.py")
    assert at.text_input(key="folder")
    listening_on("127.0.0.1")
    monkeypatch.delenv("PLACELINE_FOLDER_INGEST")
    at = _run("pages/3_Ingest.py")
    assert at.text_input(key="folder") and not at.info


# -- 2. the correction form starts fresh for each place -----------------------------------------

def _coordinates(at, lat: float, lon: float, name: str | None = None):
    fix(at.radio, "how").set_value("coordinates").run()
    if name is not None:
        fix(at.text_input, "name").set_value(name).run()
    fix(at.number_input, "lat").set_value(lat).run()
    fix(at.number_input, "lon").set_value(lon).run()
    return at


def test_picking_another_place_starts_a_fresh_form_and_save_waits(app_db, seeds_store):  # noqa: F811
    """Audit: Geneva's unsaved coordinates stayed in the form when Moscow was picked, Save
    enabled, scope "every article"; one click moved every Moscow to Chad."""
    at = _coordinates(_run("dashboard.py", place="Geneva"), 10.0, 20.0)
    assert not fix(at.button, "save").disabled  # Geneva's form is complete
    moscow = _place_id(seeds_store, "Moscow")
    at.selectbox(key="place").set_value(moscow).run()
    assert not at.exception
    assert any("Correct “Moscow”" in e.label for e in at.expander)
    assert fix(at.radio, "how").value == "search"  # nothing of Geneva's form is left
    assert fix(at.selectbox, "choice").value is None
    assert fix(at.text_input, "query").value == "Moscow"
    assert fix(at.button, "save").disabled
    fix(at.radio, "how").set_value("coordinates").run()
    assert fix(at.text_input, "name").value == "Moscow"
    assert fix(at.number_input, "lat").value is None
    assert fix(at.number_input, "lon").value is None
    assert fix(at.button, "save").disabled
    from placeline.store import open_store

    store = open_store(app_db)
    assert store.corrections() == []
    store.close()


def test_a_place_in_several_articles_waits_for_the_reader_to_choose_the_scope(
        app_db, seeds_store):  # noqa: F811
    at = _coordinates(_run("dashboard.py", place="Moscow"), 55.7, 37.6, name="Moscow centre")
    scope = fix(at.radio, "scope")
    assert scope.value is None  # five articles name Moscow: "every article" is no default
    assert fix(at.button, "save").disabled
    assert any("Choose where the correction applies" in c.value for c in at.caption)
    every = [o for o in scope.options if o.startswith("in every article")]
    assert every == ["in every article (the 5 naming “Moscow” now, and later ones)"]
    first = int(seeds_store.events_frame().query("place == 'Moscow'")["article_id"].min())
    scope.set_value(first).run()  # only in the first article naming Moscow
    assert not fix(at.button, "save").disabled


def test_a_place_in_one_article_is_corrected_in_that_article_by_default(app_db, seeds_store):  # noqa: F811
    at = _coordinates(_run("dashboard.py", place="Geneva"), 46.2, 6.15, name="Genève")
    scope = fix(at.radio, "scope")
    assert scope.value != 0 and scope.index == 0  # "only in “…”", the narrowest
    fix(at.button, "save").click().run()
    assert not at.exception
    from placeline.store import open_store

    store = open_store(app_db)
    [correction] = store.corrections()
    geneva_article = seeds_store.events_frame().query("place == 'Geneva'")["article_id"].iloc[0]
    assert correction["context_hint"] == store.article(int(geneva_article))["content_hash"]
    store.close()
