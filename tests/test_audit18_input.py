"""Audit 18, the reading of inputs: HTML article text outside <p> (item 3), HTML and feed
dates in JSONL rows (item 7), invisible characters in names (item 8), pages declared
ISO-8859-1 (item 20) and the files Macs and Windows leave beside articles (item 19)."""

from __future__ import annotations

import pytest

from placeline.ingest import decode

# -- item 20: a page declared iso-8859-1, latin1 or us-ascii is windows-1252 ----------------

QUOTES = "\x93We\x92re ready,\x94 the mayor of C\xf3rdoba said on Monday \x96 and Sevilla agreed."


@pytest.mark.parametrize("declared", [
    '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
    '<meta charset="latin1">', '<meta charset="US-ASCII">', '<meta charset="x-cp1252">',
])
def test_a_page_declared_latin1_or_ascii_is_read_as_windows_1252(declared):
    """Browsers read these labels as windows-1252 (the WHATWG encoding standard): a page's
    curly quotes and dashes in 0x80-0x9F had been kept as C1 control characters."""
    page = f"<html><head>{declared}</head><body><p>{QUOTES}</p></body></html>"
    text = decode(page.encode("latin-1"), "page.html")
    assert "“We’re ready,” the mayor of Córdoba said on Monday – and" in text


def test_a_byte_windows_1252_lacks_still_decodes_as_the_page_declares():
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Caf\xe9 \x81</p></body></html>'
    assert "Café \x81" in decode(page.encode("latin-1"), "page.html")


def test_a_page_declared_iso_8859_9_is_windows_1254():
    page = '<html><head><meta charset="iso-8859-9"></head><body><p>\x93\xddstanbul\x94</p>'
    assert "“İstanbul”" in decode(page.encode("latin-1"), "page.html")
