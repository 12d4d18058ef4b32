"""Audit 20, ingest: JSON exports that are not JSON Lines (item 16)."""

from __future__ import annotations

import json

import pytest

from placeline.errors import InputError
from placeline.ingest import RawDocument, read_bytes, read_paths

# -- item 16: JSON that is not JSON Lines ----------------------------------------------------

ROWS = [{"id": "j1", "title": "Floods in Leeds", "text": "Floods hit Leeds on Monday, 4 March "
         "2024.", "published": "2024-03-04"},
        {"id": "j2", "title": "Fire in Hull", "text": "A fire hit Hull on 5 March 2024.",
         "published": "2024-03-05"}]


@pytest.mark.parametrize("content, what, how", [
    (json.dumps(ROWS, indent=2), "a JSON array", "jq -c '.[]'"),
    (json.dumps(ROWS), "a JSON array", "jq -c '.[]'"),
    ("\ufeff  \n" + json.dumps(ROWS, indent=4), "a JSON array", "jq -c '.[]'"),
    ("\n".join(json.dumps(row, indent=2) for row in ROWS), "pretty-printed JSON", "jq -c ."),
    ("\n".join(json.dumps(row, indent="\t") for row in ROWS), "pretty-printed JSON", "jq -c ."),
])
def test_json_spread_over_lines_is_one_line_saying_so(content, what, how):
    """The audit: an array saved as .jsonl gave 14 "malformed JSON" lines, one a line of the
    file (Expecting value, Expecting property name, Extra data …), pretty-printed rows 12,
    and not a word of what JSON Lines wants."""
    found = list(read_bytes(content.encode("utf-8"), "export.jsonl"))
    assert len(found) == 1 and isinstance(found[0], InputError)
    assert found[0].source == "export.jsonl"
    assert found[0].reason.startswith(f"the file is {what}, not JSON Lines")
    assert "one article object per line" in found[0].reason and how in found[0].reason


def test_a_feed_with_one_bad_line_is_still_read_line_by_line():
    """Only a file whose start is JSON spread over lines is refused whole."""
    content = json.dumps(ROWS[0]) + "\n{\n" + json.dumps(ROWS[1]) + "\n"
    found = list(read_bytes(content.encode("utf-8"), "feed.jsonl"))
    assert [type(item) for item in found] == [RawDocument, InputError, RawDocument]
    assert found[1].source == "feed.jsonl:2" and "malformed JSON" in found[1].reason


def test_a_json_file_is_told_how_to_become_json_lines(tmp_path):
    """array.json had been "unsupported file type .json", with no word of what to do."""
    path = tmp_path / "array.json"
    path.write_text(json.dumps(ROWS), encoding="utf-8")
    [error] = list(read_paths([path]))
    assert isinstance(error, InputError)
    assert error.reason.startswith("unsupported file type .json; expected .txt")
    assert "JSON Lines" in error.reason and "jq -c '.[]'" in error.reason
