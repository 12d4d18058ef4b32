"""Review 22, the reader: a Western fixture line's "v" is no Central European word (finding
6)."""

from __future__ import annotations

import pytest

from placeline.ingest import decode_noted

# -- finding 6: a fixture's "v" is no Central European word ----------------------------------


@pytest.mark.parametrize("text", [
    "Forlì v Cesena, Málaga v Sevilla: tutto è rinviato.",
    "Forlì v Cesena, Málaga v Sevilla e Lecce v Bari: tutto è rinviato.",
])
def test_a_western_fixture_line_is_read_in_windows_1252_and_warned_of(text):
    """Review 22: ae6eb62 took a text whose ASCII words are more Windows-1250's languages'
    than Windows-1252's for a Central European one, and the fixtures' two "v"s ("versus")
    outnumbered Italian's "tutto": the line was read as Windows-1250's "Forlě v Cesena …
    tutto č rinviato", silently. A "v" between two names in capitals is a fixture's in any
    language: the text is read as before, in Windows-1252, and warned of."""
    read, warning = decode_noted(text.encode("cp1252"), "x.txt")
    assert read == text
    assert '("Forlì")' in warning and "Windows-1250 (Central European)" in warning
