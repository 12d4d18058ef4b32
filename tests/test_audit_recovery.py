"""Audit fixes for rebuild and the database commands: read-only commands never create a
database."""

from __future__ import annotations

import pytest

from placeline.cli import main

# -- 3. read-only commands on a mistyped path ---------------------------------------------------

@pytest.mark.parametrize("command", [["export", "--format", "geojson"], ["dates"],
                                     ["reprocess"]])
def test_commands_on_stored_data_do_not_create_a_database(tmp_path, capsys, command):
    typo = tmp_path / "typo" / "plaseline.db"
    assert main([*command, "--db", str(typo)]) == 2
    assert f"no database at {typo}" in capsys.readouterr().err
    assert not typo.parent.exists()
