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


# -- item 19: what Macs, Windows and the store leave beside articles is no skipped input ----

APPLE_DOUBLE = b"\x00\x05\x16\x07\x00\x02\x00\x00" + b"\x00" * 120  # a ._ file's header
LEEDS = "Fire in Leeds\n\nA fire broke out in Leeds on Monday, March 4, 2024.\n"


def _main(capsys, *args) -> tuple[int, str]:
    from placeline.cli import main

    code = main([str(a) for a in args])
    return code, capsys.readouterr().out


def test_a_folder_s_hidden_and_system_files_and_the_store_s_own_are_ignored(capsys, tmp_path):
    """A folder with one article and a .DS_Store had exited 3 ("1 file of unsupported types
    not read"), as had one holding the store itself (.db, .db-wal, .db-shm): a cron job's
    alert for a run that read everything."""
    folder = tmp_path / "stories"
    (folder / "__MACOSX").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / "leeds.txt").write_text(LEEDS, encoding="utf-8")
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1\x00\x00")
    (folder / "._leeds.txt").write_bytes(APPLE_DOUBLE)
    (folder / "__MACOSX" / "._leeds.txt").write_bytes(APPLE_DOUBLE)
    (folder / ".git" / "notes.txt").write_text("Not an article about Paris.", encoding="utf-8")
    (folder / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    (folder / "desktop.ini").write_text("[.ShellClassInfo]\n", encoding="utf-8")
    store = folder / "news.db"
    for _ in range(2):  # the second time the store, its log and its journal are in the folder
        code, out = _main(capsys, "ingest", folder, "--db", store)
        assert code == 0 and ", 0 skipped" in out and "  skipped" not in out, out
        store.with_name("news.db.corrections.jsonl").write_text(
            '{"op": "add", "name": "Leeds"}\n', encoding="utf-8")
    assert "0 added, 1 already stored" in out


def test_an_unsupported_file_beside_them_is_still_reported(capsys, tmp_path):
    folder = tmp_path / "stories"
    folder.mkdir()
    (folder / "leeds.txt").write_text(LEEDS, encoding="utf-8")
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (folder / "notes.md").write_text("# Notes\n", encoding="utf-8")
    code, out = _main(capsys, "ingest", folder, "--db", tmp_path / "news.db")
    assert code == 3
    assert "1 file of unsupported types not read: .md ×1" in out


def test_a_finder_made_zip_reads_its_articles_and_nothing_else():
    """macOS's "Compress" adds __MACOSX/…/._NAME (AppleDouble, binary) for each file and
    the folder's .DS_Store: each had been a skipped file."""
    import io
    import zipfile

    from placeline.ingest import count_documents, read_bytes

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("stories/hull.txt", "Fire in Hull\n\nA fire broke out in Hull.")
        archive.writestr("__MACOSX/stories/._hull.txt", APPLE_DOUBLE)
        archive.writestr("stories/.DS_Store", b"\x00\x00\x00\x01Bud1")
        archive.writestr("stories/._hull.txt", APPLE_DOUBLE)
        archive.writestr("stories/Thumbs.db", b"\xd0\xcf\x11\xe0")
        archive.writestr("stories/notes.md", "# Notes")
    data = buffer.getvalue()
    items = list(read_bytes(data, "stories.zip"))
    assert [(type(i).__name__, i.source) for i in items] == [
        ("RawDocument", "stories.zip/stories/hull.txt"),
        ("InputError", "stories.zip/stories/notes.md")]
    assert count_documents(data, "stories.zip") == 2
