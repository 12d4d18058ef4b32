"""Audit fixes for rebuild and the database commands: a file that is not SQLite is refused,
read-only commands never create a database."""

from __future__ import annotations

import pytest

from placeline.cli import main
from tests.conftest import ROOT


def test_the_dashboard_on_a_file_that_is_not_sqlite_offers_no_rebuild(tmp_path, monkeypatch):
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    notes = tmp_path / "notes.txt"
    notes.write_text("Kyiv shelling\n\nRussian forces shelled Kyiv.\n", encoding="utf-8")
    monkeypatch.setenv("PLACELINE_DB", str(notes))
    st.cache_resource.clear()
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()
    st.cache_resource.clear()
    assert not at.exception
    assert "is not a placeline database" in at.error[0].value
    assert not at.code  # no `rebuild` command to copy: there is nothing to repair


# -- 3. read-only commands on a mistyped path ---------------------------------------------------

@pytest.mark.parametrize("command", [["export", "--format", "geojson"], ["dates"],
                                     ["reprocess"]])
def test_commands_on_stored_data_do_not_create_a_database(tmp_path, capsys, command):
    typo = tmp_path / "typo" / "plaseline.db"
    assert main([*command, "--db", str(typo)]) == 2
    assert f"no database at {typo}" in capsys.readouterr().err
    assert not typo.parent.exists()
