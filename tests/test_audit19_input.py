"""Audit 19, the reading of inputs: JSONL rows whose "text" is no string or blank, and an ISO
week date (item 15); KOI8-R, Shift-JIS and EUC-JP files without a declared charset (16)."""

from __future__ import annotations

import json

import pytest

from placeline.dates import date_from_metadata, parse_date_value
from placeline.errors import InputError
from placeline.ingest import RawDocument, read_bytes


def _rows(*rows: dict) -> list[RawDocument | InputError]:
    return list(read_bytes("".join(json.dumps(r) + "\n" for r in rows).encode(), "feed.jsonl"))


# -- item 15: JSONL oddities -----------------------------------------------------------------

def test_a_wordpress_rendered_text_and_title_are_read():
    """The WordPress REST API gives {"rendered": "<p>…</p>"}: it had been "no text field"."""
    [row] = _rows({"id": "e2", "title": {"rendered": "Floods in Hull &#8211; live"},
                   "text": {"rendered": "<p>Floods hit Hull on Monday.</p>"}})
    assert isinstance(row, RawDocument)
    assert row.text == "Floods in Hull – live\n\nFloods hit Hull on Monday."


@pytest.mark.parametrize("text, reason", [
    (["Floods hit Bath", "on Monday."], 'the "text" field is a list, not a string'),
    ({"raw": "Floods"}, 'the "text" field is an object without a "rendered" string, not a string'),
    (12, 'the "text" field is a number, not a string'),
    (None, 'the "text" field is null, not a string'),
])
def test_a_text_field_that_is_no_string_is_named_as_such(text, reason):
    [row] = _rows({"id": "e3", "title": "Bath", "text": text})
    assert isinstance(row, InputError) and row.reason == reason


def test_a_row_without_text_or_that_is_no_object_says_so():
    [missing, listed] = _rows({"id": "e4", "title": "Bath"}, ["Floods"])
    assert missing.reason == 'the line has no "text" field'
    assert listed.reason == "the line is not a JSON object"


@pytest.mark.parametrize("text", ["   ", "", "\n\n", "<br>", "<p> </p>"])
def test_a_blank_text_is_no_article_of_its_title(text):
    """{"title": "Floods in Ely", "text": "   "} had been stored as an article "Floods in
    Ely", its Ely an event."""
    [row] = _rows({"id": "t6", "title": "Floods in Ely", "date": "2024-03-04", "text": text})
    assert isinstance(row, InputError), row
    assert "empty" in row.reason or "no article text" in row.reason


@pytest.mark.parametrize("value, day", [
    ("2024-W10-1", "2024-03-04"), ("2024W101", "2024-03-04"), ("2024-w10-7", "2024-03-10"),
    ("2020-W53-5", "2021-01-01"), ("2024-W10-1T10:00:00Z", "2024-03-04"),
    ("2024-W10", None), ("2024-W53-1", None), ("2024-W10-8", None),
])
def test_an_iso_week_date_is_read_as_one_or_refused(value, day):
    """"2024-W10-1" had been 1 October, "explicit 0.97"; "2024W101" 17 February 1988."""
    parsed = parse_date_value(value)
    assert (parsed.isoformat() if parsed else None) == day


def test_a_week_without_its_day_is_said_to_be_unread():
    guess = date_from_metadata({"published": "2024-W10"})
    assert guess.date is None and "could not read the date" in guess.flag
