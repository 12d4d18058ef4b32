"""Audit 16: the folder field only where the dashboard serves this machine alone; a
correction form that starts fresh for each place and applies where it is asked to; namesakes
told apart by their region; corrections for the places of undated articles."""

from __future__ import annotations

import tomllib

import pytest
from streamlit import config as streamlit_config

from tests.conftest import ROOT
from tests.test_apptest import _run, app_db  # noqa: F401 — the fixture


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
