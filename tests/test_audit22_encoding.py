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
