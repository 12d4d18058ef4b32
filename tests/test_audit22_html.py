"""Audit 22, saved web pages: a page's text outside its <article> read as the story (item 5);
a page saved as "Web Page, Complete" read with its NAME_files/ folder (12); a page whose story
is only in its JSON-LD articleBody skipped (14)."""

from __future__ import annotations

import io
import zipfile

from tests.test_audit18_input import _main

# -- item 12: a page saved as "Web Page, Complete" -------------------------------------------

PAGE = ("<!DOCTYPE html><html><head><title>Floods force hundreds from homes in Yorkshire</title>"
        "<meta property='article:published_time' content='2024-03-05T10:00:00Z'></head><body>"
        "<article><h1>Floods force hundreds from homes in Yorkshire</h1><p>Residents of "
        "Tadcaster and Selby left their homes on Tuesday as the River Wharfe burst its banks."
        "</p></article></body></html>")
# What Chrome and Firefox put in NAME_files/: the page's iframes, embeds, scripts, styles.
RESOURCES = {
    "saved_resource.html": "<html><body><div class='ad'><a href='https://ads.example/x'>"
                           "<img src='a.gif'></a></div></body></html>",
    "saved_resource(1).html": "<!DOCTYPE html><html><head><title>Sign up</title></head><body>"
                              "<p>Sign up to our newsletter for the latest news from London, "
                              "Paris and New York.</p><form><input></form></body></html>",
    "embed.html": "<html><body><p>Watch: Storm damage in Leeds and Bradford after the floods "
                  "hit on Tuesday.</p></body></html>",
    "style.css": "body{}", "app.js": "var x=1;", "pixel.gif": "GIF89a",
}
STEM = "Floods force hundreds from homes"


def _saved_complete(folder, stem: str = STEM, suffix: str = ".html",
                    resources: str = "_files"):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{stem}{suffix}").write_text(PAGE, encoding="utf-8")
    (folder / f"{stem}{resources}").mkdir()
    for name, content in RESOURCES.items():
        (folder / f"{stem}{resources}" / name).write_text(content, encoding="utf-8")
    return folder


def test_a_page_saved_complete_is_read_without_its_resources_folder(capsys, tmp_path):
    """The audit: "3 added, … 2 skipped", the embed and the sign-up box stored as articles
    (one undated, counted among "places on no map"), .css, .gif and .js reported not read,
    and exit 3 for a folder that held one article."""
    folder = _saved_complete(tmp_path / "saved")
    code, out = _main(capsys, "ingest", folder, "--db", tmp_path / "s.db")
    assert code == 0, out
    assert out.startswith("1 added, 0 already stored, 0 skipped"), out
    assert "_files" not in out and "unsupported" not in out


def test_a_localised_resources_folder_and_an_htm_page_are_read_so_too(capsys, tmp_path):
    """Firefox names the folder in the user's language: "NAME-Dateien" in German."""
    folder = _saved_complete(tmp_path / "saved", "Hochwasser", ".htm", "-Dateien")
    code, out = _main(capsys, "ingest", folder, "--db", tmp_path / "s.db")
    assert code == 0 and out.startswith("1 added, 0 already stored, 0 skipped"), out


def test_a_folder_named_so_without_its_page_beside_it_is_read(capsys, tmp_path):
    """"archive_files/" of articles, with no "archive.html" beside it, is no page's."""
    folder = tmp_path / "news" / "archive_files"
    folder.mkdir(parents=True)
    (folder / "leeds.txt").write_text("Fire in Leeds\n\nA fire broke out in Leeds on Monday, "
                                      "March 4, 2024.\n", encoding="utf-8")
    code, out = _main(capsys, "ingest", tmp_path / "news", "--db", tmp_path / "s.db")
    assert code == 0 and out.startswith("1 added"), out


def test_the_resources_folder_named_by_a_shell_s_glob_is_said_to_be_passed_over(capsys,
                                                                                   tmp_path):
    """`ingest saved/*` names the page and its folder: the folder is passed over, said once,
    as a store or a Thumbs.db named so is."""
    folder = _saved_complete(tmp_path / "saved")
    code, out = _main(capsys, "ingest", *sorted(folder.iterdir()), "--db", tmp_path / "s.db")
    assert code == 0, out
    assert out.startswith("1 added, 0 already stored, 0 skipped"), out
    assert out.count("passed over") == 1
    assert f"passed over {folder / (STEM + '_files')}: " in out


def test_a_zip_of_a_page_saved_complete_reads_the_page_alone():
    from placeline.ingest import count_documents, read_bytes

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(f"saved/{STEM}.html", PAGE)
        for name, content in RESOURCES.items():
            archive.writestr(f"saved/{STEM}_files/{name}", content)
        archive.writestr("saved/notes.md", "# Notes")
    data = buffer.getvalue()
    items = list(read_bytes(data, "saved.zip"))
    assert [(type(i).__name__, i.source) for i in items] == [
        ("RawDocument", f"saved.zip/saved/{STEM}.html"),
        ("InputError", "saved.zip/saved/notes.md")]
    assert count_documents(data, "saved.zip") == 2
