"""Audit 21, ingest and export: `geoparse` and `eval` refused a JSONL file with a byte-order
mark that `ingest` read (item 17)."""

from __future__ import annotations

import codecs
import json

import pytest

from tests.test_audit_cli import _main

# -- item 17: a byte-order mark ------------------------------------------------------------

ANNOTATED = {"id": "a", "text": "Floods hit Leeds and York.",
             "toponyms": [{"start": 11, "end": 16, "name": "Leeds", "lat": 53.8, "lon": -1.55}]}


@pytest.mark.parametrize("mark, encoding", [(codecs.BOM_UTF8, "utf-8"),
                                            (codecs.BOM_UTF16_LE, "utf-16-le"),
                                            (codecs.BOM_UTF16_BE, "utf-16-be")])
@pytest.mark.parametrize("command", ["geoparse", "eval"])
def test_geoparse_and_eval_read_a_file_with_a_byte_order_mark(capsys, tmp_path, mark, encoding,
                                                               command):
    """The audit: "bom.jsonl:1: malformed JSON (Unexpected UTF-8 BOM …)", exit 2, where
    `ingest` read it. Notepad writes UTF-8 with a mark, PowerShell's Out-File UTF-16."""
    path = tmp_path / "bom.jsonl"
    path.write_bytes(mark + (json.dumps(ANNOTATED) + "\n").encode(encoding))
    code, out, err = _main(capsys, command, str(path), *(["--json"] if command == "eval" else []))
    assert code == 0, err
    if command == "geoparse":
        (row,) = [json.loads(line) for line in out.splitlines()]
        assert row["id"] == "a"
        assert [(t["start"], t["end"], t["place"]) for t in row["toponyms"]][:1] == [
            (11, 16, "Leeds")]
    else:
        scores = json.loads(out)
        assert (scores["articles"], scores["resolved"], scores["with_coordinates"]) == (1, 1, 1)
    code, out, _ = _main(capsys, "ingest", str(path), "--db", str(tmp_path / "s.db"))
    assert code == 0 and out.startswith("1 added")  # (as ingest reads it)
