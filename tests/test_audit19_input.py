"""Audit 19, the reading of inputs: JSONL rows whose "text" is no string or blank, and an ISO
week date (item 15); KOI8-R, Shift-JIS and EUC-JP files without a declared charset (16)."""

from __future__ import annotations

import json

import pytest

from placeline.dates import date_from_metadata, parse_date_value
from placeline.errors import InputError
from placeline.htmlpage import READ_WARNINGS
from placeline.ingest import RawDocument, read_bytes, read_paths
from placeline.pipeline import Pipeline
from placeline.store import open_store


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
    assert missing.reason.startswith('the line has no "text" field (nor body, ')  # (the
    # fields feeds name it by, read since audit 22)
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


# -- item 16: legacy encodings that name themselves nowhere ----------------------------------

RUSSIAN = ("Наводнение в Москве\nВ понедельник в Москве произошло сильное наводнение. По словам "
           "мэра города, более тысячи жителей были эвакуированы из своих домов.\n")
UKRAINIAN = "Повінь у Києві\nУ понеділок у Києві сталася сильна повінь, повідомив мер міста.\n"
JAPANESE = ("東京で地震\n東京で月曜日の朝、強い地震があった。気象庁によると、津波の心配はない。"
            "大阪や名古屋でも揺れを感じた。\n")


@pytest.mark.parametrize("text, encoding", [
    (RUSSIAN, "koi8-r"), (RUSSIAN.lower(), "koi8-r"), (UKRAINIAN, "koi8-u"),
    (JAPANESE, "shift_jis"), (JAPANESE, "euc_jp"), ("東京で地震", "shift_jis"),
    (RUSSIAN, "cp1251"), (RUSSIAN.upper(), "cp1251"), (UKRAINIAN, "cp1251"),
    ("Prices rose to £5 – “café” in Leeds, Besançon and Genève. ", "cp1252"),
    ("Powódź w Kłodzku. Woda zalała Kłodzko i Nysę.", "cp1250"),
], ids=["koi8-r", "koi8-r lower case", "koi8-u", "shift-jis", "euc-jp", "shift-jis title",
        "cp1251", "cp1251 capitals", "cp1251 ukrainian", "cp1252", "cp1250"])
def test_a_legacy_encoding_is_read_right_and_without_a_warning(text, encoding):
    """KOI8-R "Наводнение в Москве" had been stored as cp1251's "оБЧПДОЕОЙЕ Ч нПУЛЧЕ", and
    Shift-JIS "東京で地震" as "“Њ‹ћ‚Е’nђk"."""
    [document] = read_bytes(text.encode(encoding), "story.txt")
    assert document.text == text
    assert READ_WARNINGS not in document.metadata


def test_a_jsonl_line_in_koi8_r_is_read_right():
    line = json.dumps({"id": "k1", "title": "Москва", "text": RUSSIAN}, ensure_ascii=False)
    [row] = read_bytes(line.encode("koi8-r") + b"\n", "feed.jsonl")
    assert row.text == f"Москва\n\n{RUSSIAN}" and READ_WARNINGS not in row.metadata


@pytest.mark.parametrize("data", [
    RUSSIAN.encode("cp1251") + RUSSIAN.encode("koi8-r"),
    b"News: " + bytes(range(0x80, 0x100)) * 2,
], ids=["two encodings in one file", "no language"])
def test_a_text_no_encoding_reads_plausibly_is_stored_with_a_warning(data):
    """No reading is right: the ingest report says so, instead of describing the garbled text
    as a story in Cyrillic."""
    [document] = read_bytes(data, "story.txt")
    [warning] = document.metadata[READ_WARNINGS]
    assert "not UTF-8" in warning and "may be garbled" in warning


def test_a_jsonl_line_no_encoding_reads_plausibly_is_warned_of():
    line = RUSSIAN.replace("\n", " ")
    data = b'{"id": "m1", "text": "' + line.encode("cp1251") + line.encode("koi8-r") + b'"}\n'
    [row] = read_bytes(data, "feed.jsonl")
    assert any("may be garbled" in w for w in row.metadata[READ_WARNINGS])


def test_the_warning_reaches_the_ingest_report(tmp_path, geoparser):
    (tmp_path / "mixed.txt").write_bytes(RUSSIAN.encode("cp1251") + RUSSIAN.encode("koi8-r"))
    store = open_store(tmp_path / "s.db")
    report = Pipeline(store, geoparser).ingest(read_paths([tmp_path / "mixed.txt"]))
    assert any("may be garbled" in w.reason for w in report.warnings)
    store.close()
