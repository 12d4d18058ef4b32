"""Audit 22, items 4, 16 and 19: text as it really arrives. A UTF-8 story with one byte pasted
from Latin-1 had been read whole in another encoding, every accent in it garbled; a JSONL row
holding a lone surrogate escape ("\\ud83d", half an emoji) had failed with a traceback."""

from __future__ import annotations

import json

import pytest

from placeline.ingest import UPLOAD, RawDocument, decode_noted, read_bytes
from tests.test_audit18_input import _main

# Item 4: a UTF-8 story with a Latin-1 "é" (one byte, 0xE9) pasted into its last sentence.
STORY = ("Floods in Zürich\n\nFloods hit Zürich, São Paulo and Kraków on Monday. The café "
         "owner in Zürich said the water rose fast.\nThe old café in Kraków closed.\n")
STRAY = STORY.encode("utf-8").replace(b"The old caf\xc3\xa9", b"The old caf\xe9")
STRAY_NOTE = ("the file is UTF-8 but for one byte that is not, 0xE9 at line 4, column 12: "
              'read as Windows-1252 (Western European) "é"; check the text there')


def test_a_utf8_file_with_one_stray_byte_is_read_as_utf8():
    """It had been read as Windows-1250: "ZĂĽrich", "SĂŁo Paulo", "KrakĂłw", "cafĂ©"."""
    text, note = decode_noted(STRAY, "stray.txt")
    assert text == STORY
    assert note == STRAY_NOTE


def test_a_stray_byte_beside_another_script_or_in_a_broken_character_is_u_fffd():
    """A guess would write a Latin letter into a Cyrillic word, or "â€" for what is left of a
    cut "’"; Windows-1252 lacks 0x81."""
    data = ("Паводок в Москве. Река Москва вышла из берегов, сообщили власти.\n".encode() +
            b"\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xe9\xd0\xb2\xd0\xb0 " + b"it\xe2\x80s \x81.")
    text, note = decode_noted(data, "x.txt")
    assert text.endswith("\nМоск\ufffdва it\ufffds \ufffd.")
    assert note.startswith("the file is UTF-8 but for 4 bytes that are not, the first 0xE9 at "
                           'line 2, column 5: read as "\ufffd" (U+FFFD)')


@pytest.mark.parametrize(("encoding", "text"), [
    ("cp1252", "Überschwemmung in München: die Isar trat über die Ufer, sagte die Polizei."),
    ("cp1250", "Povodně v Ústí nad Labem: řeka Labe se vylila z břehů, uvedli hasiči."),
    ("cp1251", "Паводок в Москве: река вышла из берегов, сообщили власти в понедельник."),
    ("koi8-r", "Наводнение в Москве: река вышла из берегов, сообщили власти."),
])
def test_a_file_in_a_legacy_encoding_is_still_guessed_whole(encoding, text):
    """Its bytes beyond ASCII are strays to UTF-8, more of them than any it reads."""
    assert decode_noted(text.encode(encoding), "x.txt")[0] == text


@pytest.mark.parametrize(("name", "data"), [
    ("stray.html", b'<html><head><meta charset="utf-8"><title>Floods in Z\xc3\xbcrich</title>'
                   b"</head><body><article><p>" + STRAY.split(b"\n\n", 1)[1] +
                   b"</p></article></body></html>"),
    ("stray.jsonl", json.dumps({"title": "Floods in Zürich", "text": STORY},
                               ensure_ascii=False).encode().replace(b"old caf\xc3\xa9",
                                                                    b"old caf\xe9")),
    ("stray.csv", b"title,text\nFloods in Z\xc3\xbcrich,\"" +
                  STRAY.split(b"\n\n", 1)[1] + b'"\n'),
])
def test_an_uploaded_page_row_or_csv_with_a_stray_byte_keeps_its_accents(name, data):
    """The Ingest page's upload, a page declaring UTF-8, a JSONL row and a CSV: one reading."""
    [document] = list(read_bytes(data, f"{UPLOAD}{name}"))
    assert isinstance(document, RawDocument), document
    assert "Kraków" in document.text and "The old café in Kraków" in document.text
    assert not any(mark in document.text for mark in ("Ă", "Ã", "Å"))
    [note] = [w for w in document.metadata["read_warnings"] if "UTF-8" in w]
    assert note.startswith("the file is UTF-8 but for one byte that is not, 0xE9 at line ")


def test_the_ingest_warns_in_one_line_of_the_file_and_the_byte(capsys, tmp_path):
    (tmp_path / "stray.txt").write_bytes(STRAY)
    code, out = _main(capsys, "ingest", tmp_path / "stray.txt", "--db", tmp_path / "s.db")
    assert code == 0, out
    assert f"  warning {tmp_path / 'stray.txt'}: {STRAY_NOTE}\n" in out
    assert "not UTF-8 and does not say its encoding" not in out
    code, out = _main(capsys, "dates", "--db", tmp_path / "s.db")
    assert "Floods in Zürich" in out, out


# Item 16: a row whose JSON holds a lone surrogate escape, between two good rows, each dated so
# that its places are on the map and in the export.
def _row(row_id: str, text: str) -> str:
    return json.dumps({"id": row_id, "title": row_id, "date": "2024-03-05", "text": text})


ROWS = "\n".join([
    _row("a", "Flood in York. Rain fell in York on Monday."),
    '{"id": "b", "title": "x", "date": "2024-03-05", "text": "Flood in Leeds \\ud83d today"}',
    _row("c", "Storm in Hull. Wind hit Hull on Monday."),
]) + "\n"
LONE_NOTE = ('line 2: the "text" field holds a lone surrogate, \\ud83d, half of a character (an '
             'emoji cut in two?) and no character alone: read as "\ufffd" (U+FFFD)')


def test_a_jsonl_row_with_a_lone_surrogate_is_stored_with_u_fffd_and_told(capsys, tmp_path):
    """It had been skipped as "unexpected error: 'utf-8' codec can't encode character
    '\\ud83d'", with a traceback."""
    (tmp_path / "feed.jsonl").write_text(ROWS, encoding="utf-8")
    db = tmp_path / "s.db"
    code, out = _main(capsys, "ingest", tmp_path / "feed.jsonl", "--db", db)
    assert code == 0, out
    assert out.startswith("3 added, 0 already stored, 0 skipped"), out
    assert f"  warning {tmp_path / 'feed.jsonl'}#b: {LONE_NOTE}\n" in out
    code, out = _main(capsys, "export", "--format", "csv", "--db", db)
    assert code == 0 and "Flood in Leeds \ufffd today" in out, out
    assert {"York", "Leeds", "Hull"} <= set(out.split(","))


def test_a_lone_surrogate_in_a_row_s_id_or_url_is_replaced_too(capsys, tmp_path):
    """One in its "id" had failed the row, then the printing of the report, exit 1."""
    (tmp_path / "feed.jsonl").write_text(
        '{"id": "b\\ud83d", "url": "https://example.org/\\udc00", "date": "2024-03-05", '
        '"text": "Flood in Leeds on Monday \\ud83d\\ude00"}\n', encoding="utf-8")
    code, out = _main(capsys, "ingest", tmp_path / "feed.jsonl", "--db", tmp_path / "s.db")
    assert code == 0, out
    assert (f'  warning {tmp_path / "feed.jsonl"}#b\ufffd: line 1: the "id" field holds a lone '
            "surrogate, \\ud83d (1 more), half of a character") in out
    code, out = _main(capsys, "export", "--format", "geojson", "--db", tmp_path / "s.db")
    feature = json.loads(out)["features"][0]["properties"]
    assert feature["url"] == "https://example.org/\ufffd"
    assert feature["snippet"] == "Flood in Leeds on Monday 😀"  # (a pair of escapes: a character)


def test_an_escaped_pair_is_one_character_and_no_warning():
    [document] = list(read_bytes(b'{"text": "Flood in Leeds \\ud83d\\ude00 today"}\n', "f.jsonl"))
    assert document.text == "Flood in Leeds 😀 today"
    assert "read_warnings" not in document.metadata


RSS = (b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
       b"<item><guid>b</guid><title>Flood in Leeds</title><description>Flood in Leeds &#xD83D; "
       b"today</description></item><item><guid>c</guid><title>Storm in Hull</title>"
       b"<description>Storm in Hull</description></item></channel></rss>")
PAGE = (b'<html><head><title>Flood in Leeds</title><script type="application/ld+json">'
        b'{"@type": "NewsArticle", "headline": "Flood in Leeds", "articleBody": "Flood in Leeds '
        b'\\ud83d today. The river rose in Leeds and York overnight."}</script></head><body>'
        b'<div id="root"></div></body></html>')


@pytest.mark.parametrize(("name", "data", "note"), [
    ("feed.json", b'[{"id": "b", "text": "Flood in Leeds \\ud83d today"}]',
     'row 1: the "text" field holds a lone surrogate, \\ud83d'),
    ("feed.xml", RSS, "the feed holds a lone surrogate, &#xD83D;"),
    ("page.html", PAGE, "the page's JSON-LD holds a lone surrogate, \\ud83d"),
])
def test_a_feed_or_page_holding_one_is_read_with_u_fffd_and_told(name, data, note):
    """A JSON feed's had stopped the whole ingest (UnicodeEncodeError as its rows were written
    as lines), an RSS feed's "&#xD83D;" too (in feedparser), and a page's JSON-LD articleBody
    had been skipped as an unexpected error."""
    documents = list(read_bytes(data, f"{UPLOAD}{name}"))
    assert all(isinstance(d, RawDocument) for d in documents), documents
    assert "Flood in Leeds \ufffd today" in documents[0].text
    assert documents[0].metadata["read_warnings"][0].startswith(note)
    assert all("surrogate" not in w for d in documents[1:]
               for w in d.metadata.get("read_warnings", []))


def test_the_row_is_stored_and_exported_on_either_backend(store, geoparser):
    """SQLite and PostgreSQL take the same text; the rows around it are stored as before."""
    from placeline.export import store_table, to_csv, to_geojson
    from placeline.pipeline import Pipeline

    report = Pipeline(store, geoparser).ingest(read_bytes(ROWS.encode(), f"{UPLOAD}feed.jsonl"))
    assert (len(report.added), report.failed) == (3, [])
    assert [w.reason for w in report.warnings if "surrogate" in w.reason] == [LONE_NOTE]
    table = store_table(store, store.events_frame())
    assert "Flood in Leeds \ufffd today" in to_csv(table)
    assert "Flood in Leeds \ufffd today" in json.dumps(json.loads(to_geojson(table)),
                                                      ensure_ascii=False)


# Item 19: a short German story, under the 30 words a text's rare words are judged by.
GERMAN = ("Hochwasser in Passau\n\nAuch am Ufer der Donau in Passau stieg das Wasser am Montag "
          "weiter. Die Stadt rief den Katastrophenfall aus.")
READS_AS_GERMAN = ("the text does not read as English (it reads as German): placeline reads "
                   "English only, so most of its places are likely missed")


@pytest.mark.parametrize("text", [
    GERMAN,
    # a longer one, warned before, is now named too
    GERMAN + " Die Feuerwehr war die ganze Nacht im Einsatz, und viele Keller liefen voll. "
             "Auch in Deggendorf und Straubing wurde das Wasser gemessen, sagte ein Sprecher.",
])
def test_a_german_story_is_warned_of_as_german(text):
    from placeline.language import language_warning, text_language

    assert language_warning(text) == READS_AS_GERMAN
    assert text_language(text) == "de"


@pytest.mark.parametrize("text", [
    "Oder floodwaters test defences in Frankfurt an der Oder",
    "Norway man held in winter break ins at camps in Paris",
    "Flood in Leeds. Rain hit York on Monday.",
    "Hochwasser in Passau",  # (a headline alone: too little to tell)
    "Frankfurt an der Oder: Hochwasser",
])
def test_a_short_english_text_or_headline_is_not_taken_for_german(text):
    """Words of a name ("an der") are no words of the text's, and a word in capitals may be a
    name's: only three of one language's words in lower case tell it."""
    from placeline.language import language_warning, text_language

    assert (language_warning(text), text_language(text)) == (None, None)


def test_german_words_are_not_places_in_a_german_story(geoparser):
    """"Auch" had been Auch in Gers, "Ufer" a village in Austria, "Montag" Montague,
    Massachusetts: in a text read as German their frequency as German words weighs as an
    English word's does. Passau stays; so do big cities named bare, and a town the text
    names beside them."""
    found = {(m.surface, m.place.name if m.place else None) for m in geoparser.parse(GERMAN)}
    assert found == {("Passau", "Passau")}
    more = GERMAN + " Berlin schickte Helfer, auch aus München, Regensburg und Essen."
    assert {"Passau", "Berlin", "Munich", "Regensburg", "Essen"} == \
        {m.place.name for m in geoparser.parse(more) if m.place}


def test_the_ingest_warns_of_it_and_maps_passau_alone(capsys, tmp_path):
    (tmp_path / "passau.txt").write_text(GERMAN, encoding="utf-8")
    code, out = _main(capsys, "ingest", tmp_path / "passau.txt", "--db", tmp_path / "s.db")
    assert code == 0 and f"  warning {tmp_path / 'passau.txt'}: {READS_AS_GERMAN}\n" in out, out
    code, out = _main(capsys, "export", "--format", "csv", "--db", tmp_path / "s.db")
    assert {line.split(",")[6] for line in out.splitlines()[1:]} == {"Passau"}, out
