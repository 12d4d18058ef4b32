"""Files in the encodings news still arrives in: Windows' "Unicode" (UTF-16 with a byte-order
mark) and pages that declare their charset (Shift_JIS, KOI8-R, ISO-8859-2)."""

from __future__ import annotations

import pytest

from placeline.errors import InputError
from placeline.ingest import decode, read_bytes

TEXT = "Powódź w Kłodzku\n\nWoda zalała Kłodzko i Nysę, poinformowały władze w Warszawie."


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_unicode_text_with_a_byte_order_mark_is_read(encoding):
    data = TEXT.encode(encoding)
    if not encoding.endswith(("16", "32")):
        data = b"\xfe\xff" + data  # (utf-16-be writes no mark of its own)
    assert decode(data, "a.txt") == TEXT


@pytest.mark.parametrize(("charset", "body"), [
    ("Shift_JIS", "東京で地震、大阪でも揺れ"),
    ("KOI8-R", "Новости из Москвы и Киева"),
    ("ISO-8859-2", "Wiadomości z Krakowa i Łodzi"),
])
def test_a_pages_declared_charset_is_used(charset, body):
    page = (f'<html><head><meta charset="{charset}"><title>{body}</title></head>'
            f"<body><article><p>{body}. {body}.</p></article>"
            "</body></html>")
    assert body in decode(page.encode(charset), "a.html")


def test_a_page_declaring_a_charset_it_is_not_in_is_still_read():
    page = '<html><head><meta charset="utf-8"></head><body>Café in Zürich</body></html>'
    assert "Café" in decode(page.encode("cp1252"), "a.html")


def test_binary_data_is_still_refused():
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a.txt")


def test_a_utf16_file_is_ingested_as_an_article():
    [document] = list(read_bytes(TEXT.encode("utf-16"), "a.txt"))
    assert document.text == TEXT
