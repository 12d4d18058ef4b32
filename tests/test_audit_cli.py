"""Round 15's audit of the command line, the Ingest page and the correction form: bad input
of every kind is a one-line message and a non-zero exit, never a stack trace or a hang."""

from __future__ import annotations

import socket

import pytest

from placeline import cli
from tests.test_apptest import _run, app_db, fix, ingest_folder_on_page  # noqa: F401 — app_db: the page tests' fixture

ARTICLE = ("Floods in Porto Alegre\nPORTO ALEGRE, May 6, 2024 - Rain flooded Porto Alegre in "
           "Brazil on Monday.\n")


def _main(capsys, *args: str) -> tuple[int, str, str]:
    """`python -m placeline ARGS` in this process: exit code, stdout, stderr."""
    try:
        code = cli.main(list(args))
    except SystemExit as exit_:  # argparse
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# -- 1. --workers and --scheduler ------------------------------------------------------------

@pytest.mark.parametrize("workers", ["-1", "0", "two"])
def test_workers_below_one_are_refused_by_the_parser(capsys, workers):
    with pytest.raises(SystemExit) as exit_:  # before: -1 started a cluster that never came up
        cli.build_parser().parse_args(["ingest", "--workers", workers, "x.txt"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "--workers" in err and ("at least 1" in err or "whole number" in err)


@pytest.mark.parametrize("address", ["tcp://127.0.0.1:{port}", "no-port-here"])
def test_an_unreachable_scheduler_is_a_one_line_error(capsys, monkeypatch, tmp_path, address):
    from placeline import parallel

    monkeypatch.setattr(parallel, "CONNECT_TIMEOUT", 1, raising=False)
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    address = address.format(port=_free_port())
    code, _, err = _main(capsys, "ingest", "--scheduler", address, str(article),
                         "--db", str(tmp_path / "x.db"))
    assert code != 0
    assert f"error: Cannot reach the Dask scheduler at {address}" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_the_scheduler_timeout_is_shorter_than_dasks_default():
    from placeline import parallel

    assert parallel.CONNECT_TIMEOUT < 30


# -- 2. an unreadable entry in a folder --------------------------------------------------------

def _unreadable_link(folder, name: str = "link.txt"):
    """A link whose target cannot even be looked at (File name too long), as a link into
    /proc/1/cwd is for anyone but a privileged root; chmod 000 stops no root, this does."""
    link = folder / name
    link.symlink_to(f"/tmp/{'a' * 300}/x.txt")
    return link


def _article_folder(tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def test_an_unreadable_entry_is_skipped_and_the_rest_of_the_folder_ingested(capsys, tmp_path):
    folder = _article_folder(tmp_path)
    link = _unreadable_link(folder)
    code, out, err = _main(capsys, "ingest", str(folder), "--db", str(tmp_path / "x.db"))
    assert code == 3, err  # some inputs skipped (audit 17: it was 0, as for none)
    assert "1 added, 0 already stored, 1 skipped" in out
    assert f"skipped {link}: cannot read (File name too long)" in out


def test_a_proc_link_like_the_auditors_is_skipped_too(tmp_path):
    from placeline.ingest import iter_paths

    link = tmp_path / "link.txt"
    link.symlink_to("/proc/1/cwd/x.txt")
    try:
        link.is_file()
        pytest.skip("this process may look into /proc/1/cwd")
    except PermissionError:
        pass
    [error] = list(iter_paths([tmp_path]))
    assert (error.source, error.reason) == (str(link), "cannot read (Permission denied)")


def test_unreadable_paths_given_directly_and_unlistable_folders_are_reported(tmp_path,
                                                                           monkeypatch):
    import os

    from placeline.ingest import iter_paths

    folder = _article_folder(tmp_path)
    (folder / "locked").mkdir()
    (folder / "locked" / "hidden.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "z.txt").write_text(ARTICLE, encoding="utf-8")
    scandir = os.scandir

    def no_entry(path):  # what chmod 000 does to anyone but root
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", no_entry)
    link = _unreadable_link(tmp_path, "given.txt")
    items = list(iter_paths([folder, link]))
    assert [str(i) for i in items if not hasattr(i, "reason")] == [str(folder / "ok.txt"),
                                                                    str(folder / "z.txt")]
    errors = {e.source: e.reason for e in items if hasattr(e, "reason")}
    assert errors == {str(folder / "locked"): "cannot read the folder (Permission denied)",
                      str(link): "cannot read (File name too long)"}


def test_a_link_to_nothing_is_reported_and_the_order_is_rglobs(tmp_path):
    from placeline.ingest import iter_paths

    folder = _article_folder(tmp_path)
    (folder / "gone.txt").symlink_to(folder / "deleted.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "sub-z.txt").write_text(ARTICLE, encoding="utf-8")
    items = list(iter_paths([folder]))
    assert [str(i) if isinstance(i, type(folder)) else i.source for i in items] == [
        str(folder / "gone.txt"), str(folder / "ok.txt"), str(folder / "sub" / "b.txt"),
        str(folder / "sub-z.txt")]
    assert items[0].reason == "a link to nothing (its target does not exist)"


# -- 7. a folder of unsupported files ---------------------------------------------------------

def test_a_folders_unsupported_files_are_summed_up_as_skipped(capsys, tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "note.md").write_text("# Notes\n", encoding="utf-8")
    (folder / "NOEXT").write_text("Floods\n", encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "more.pdf").write_text("id\n", encoding="utf-8")
    code, out, _ = _main(capsys, "ingest", str(folder), "--db", str(tmp_path / "x.db"))
    assert code == 1  # as when the same files are named one by one: nothing could be read
    assert "0 added, 0 already stored, 1 skipped" in out
    assert (f"skipped {folder}: 3 files of unsupported types not read: .md ×1, .pdf ×1, "
            "no extension ×1 (expected .txt, .jsonl, .html, .htm, .zip, .xml, .rss, .atom, "
            ".json, .csv)") in out


def test_a_folder_s_csv_export_of_articles_is_read_and_another_csv_told(capsys, tmp_path):
    """Audit 22: a CSV had been a file of an unsupported type. One with a column of text is
    read row by row; one without is told so, once, with its columns."""
    folder = tmp_path / "notes"
    (folder / "sub").mkdir(parents=True)
    (folder / "news.csv").write_text("id,text\n1,Floods in Porto Alegre\n", encoding="utf-8")
    (folder / "sub" / "more.csv").write_text("id\n", encoding="utf-8")
    code, out, _ = _main(capsys, "ingest", str(folder), "--db", str(tmp_path / "x.db"))
    assert code == 3 and "1 added, 0 already stored, 1 skipped" in out
    assert (f"skipped {folder / 'sub' / 'more.csv'}: the CSV has no column of article text "
            "(text, content, body, story, copy, article text, full text, description, …, in "
            "any case); its columns: id. Name the one holding the text") in out


# -- the Ingest page (Streamlit AppTest, no browser) ------------------------------------------


def test_the_ingest_page_skips_an_unreadable_entry_of_a_folder(app_db, tmp_path):  # noqa: F811
    folder = _article_folder(tmp_path)
    link = _unreadable_link(folder)
    skipped = ingest_folder_on_page(folder)
    assert list(skipped["file"]) == [str(link)]
    assert list(skipped["reason"]) == ["cannot read (File name too long)"]


# -- 3. eval and geoparse input ---------------------------------------------------------------

PARIS = {"id": "x", "text": "Paris is nice.",
         "toponyms": [{"start": 0, "end": 5, "lat": 48.85, "lon": 2.35}]}


def _jsonl(tmp_path, *rows) -> str:
    import json

    path = tmp_path / "gold.jsonl"
    path.write_text("".join(r if isinstance(r, str) else json.dumps(r) + "\n" for r in rows),
                    encoding="utf-8")
    return str(path)


def _toponym(**fields) -> dict:
    return {**PARIS, "toponyms": [{**PARIS["toponyms"][0], **fields}]}


BAD_ROWS = [
    ("{not json\n", 1, "malformed JSON (Expecting property name enclosed in double quotes"),
    ('["a list"]\n', 1, "a line must be one JSON object"),
    ({"text": "Paris is nice.", "toponyms": []}, 1, 'no "id"'),
    ({"id": "x", "toponyms": []}, 1, 'no "text"'),
    (_toponym(start="0"), 1, 'toponym 1: "start" and "end" must be whole numbers, not "0" and 5'),
    (_toponym(lat="abc"), 1, 'toponym 1: "lat" and "lon" must both be numbers, not "abc"'),
    (_toponym(lat=None), 1, 'toponym 1: "lat" and "lon" must both be numbers, not null'),
    (_toponym(lat=95.0), 1, "toponym 1: coordinates 95.0, 2.35 are off the globe"),
    (_toponym(end=500), 1, "toponym 1: span 0-500 is outside the text (14 characters)"),
    (_toponym(start=-3, end=2), 1, "toponym 1: span -3-2 is outside the text"),
    (_toponym(start=6, end=2), 1, "toponym 1: span 6-2 is empty or inverted"),
    ({**PARIS, "toponyms": {"start": 0}}, 1, '"toponyms" must be a list'),
]


@pytest.mark.parametrize(("command", "row", "line", "message"), [
    (command, *bad) for command in ("eval", "geoparse") for bad in BAD_ROWS
    if not (command == "geoparse" and bad[2] == 'no "id"')])  # (geoparse names a row
# without an id FILE#LINE, as ingest does: audit 17)
def test_bad_rows_are_one_line_errors_naming_file_and_line(capsys, tmp_path, command, row,
                                                           line, message):
    path = _jsonl(tmp_path, {**PARIS, "id": "first"}, "\n", row)
    code, out, err = _main(capsys, command, path)
    assert code == 2 and not out
    assert err.startswith(f"error: {path}:{line + 2}: {message}")
    assert len(err.strip().splitlines()) == 1


def test_eval_needs_toponyms_and_geoparse_does_not(capsys, tmp_path):
    path = _jsonl(tmp_path, {"id": "x", "text": "Paris is nice."})
    code, _, err = _main(capsys, "eval", path)
    assert code == 2 and err.strip() == f'error: {path}:1: no "toponyms" (a list, [] for none)'
    code, out, _ = _main(capsys, "geoparse", path)
    assert code == 0 and '"id": "x"' in out


@pytest.mark.parametrize("command", ["eval", "geoparse"])
def test_duplicate_ids_are_refused(capsys, tmp_path, command):
    rome = {"id": "x", "text": "Rome is nice.",
            "toponyms": [{"start": 0, "end": 4, "lat": 41.9, "lon": 12.5}]}
    path = _jsonl(tmp_path, PARIS, rome)  # before: scored as exact F1 0.5 instead of 1.0
    code, _, err = _main(capsys, command, path)
    assert code == 2
    assert err.strip() == (f'error: {path}:2: duplicate id "x" (first on line 1); ids must be '
                           "unique")


def test_a_missing_or_empty_file_is_an_error(capsys, tmp_path):
    missing = tmp_path / "missing.jsonl"
    for command in ("eval", "geoparse"):
        code, _, err = _main(capsys, command, str(missing))
        assert code == 2
        assert err.strip() == f"error: {missing}: cannot read the file (No such file or directory)"
    empty = _jsonl(tmp_path, "\n")
    code, _, err = _main(capsys, "eval", empty)
    assert code == 2 and err.strip() == f"error: {empty}: no articles to score"


def test_the_shared_corpora_pass_the_checks():
    from placeline.evaluate import load_annotated, load_jsonl
    from tests.conftest import EVAL

    for path in sorted(EVAL.glob("*.jsonl")):
        assert load_annotated(path) == load_jsonl(path)


# -- 4. export: --out and a damaged page -----------------------------------------------------

@pytest.fixture
def seeds_db(seeds_store, tmp_path):
    """A private copy of the seeds store, its log checkpointed into the file."""
    import shutil

    seeds_store.close()
    path = tmp_path / "seeds.db"
    shutil.copy(seeds_store.path, path)
    return path


@pytest.mark.parametrize(("out", "message"), [
    ("missing/x.csv", "cannot write {out}: there is no folder {tmp}/missing"),
    (".", "cannot write {out}: it is a folder (give a file name)"),
])
def test_export_to_a_path_it_cannot_write_is_an_error(capsys, tmp_path, seeds_db, out,
                                                      message):
    out = str(tmp_path / out)
    code, stdout, err = _main(capsys, "export", "--format", "csv", "--db", str(seeds_db),
                              "--out", out)
    assert code == 2 and not stdout
    assert err.strip() == "error: " + message.format(out=out, tmp=tmp_path)


def test_a_failed_write_is_an_error(capsys, tmp_path, seeds_db, monkeypatch):
    """A disk that fills while the file is written: one line that says so, and no file cut
    off under its name (audit 21, item 9: the partial file had been kept)."""
    import builtins

    real_open = builtins.open

    class Full:
        def __init__(self, file):
            self.file = file

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.file.close()

        def write(self, text):
            self.file.write(text[:100])
            raise OSError(28, "No space left on device")

    def filling(file, mode="r", *args, **kwargs):
        opened = real_open(file, mode, *args, **kwargs)
        return Full(opened) if str(file).startswith(str(tmp_path)) and "r" not in mode \
            else opened

    monkeypatch.setattr(builtins, "open", filling)
    out = tmp_path / "x.csv"
    code, _, err = _main(capsys, "export", "--format", "csv", "--db", str(seeds_db),
                         "--out", str(out))
    assert code == 2 and err.strip() == (f"error: cannot write {out}: the disk holding it is "
                                         "full: free space on it, then try again; nothing "
                                         "was written")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith((".x", "x"))] == []


def test_export_of_a_damaged_page_says_how_to_rebuild(capsys, seeds_db):
    import sqlite3

    # Pages of the articles' table, which export reads (the middle of the file had been
    # one, until two indexes more moved it onto indexes export never reads); opening the
    # file still works.
    with sqlite3.connect(seeds_db) as conn:
        page_size, = conn.execute("PRAGMA page_size").fetchone()
        root, = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'articles'"
                             ).fetchone()
    conn.close()
    with open(seeds_db, "r+b") as db:
        db.seek((root - 1) * page_size)
        db.write(b"\xff" * 8192)
    code, out, err = _main(capsys, "export", "--format", "csv", "--db", str(seeds_db))
    assert code == 2 and not out
    # (SQLite says "malformed", or Python cannot decode a damaged text: where the garbage
    # lands depends on the file's layout)
    assert err.startswith(f"error: The database {seeds_db} is damaged (")
    assert err.strip().endswith(
        f"Run `python -m placeline rebuild --db {seeds_db}` to rebuild it from the articles; "
        "corrections are kept.")


def test_a_locked_database_is_not_called_damaged(capsys, seeds_db, monkeypatch):
    import sqlite3

    from placeline.store import SQLiteStore

    def locked(self):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(SQLiteStore, "events_frame", locked)
    with pytest.raises(sqlite3.OperationalError):
        cli.main(["export", "--format", "csv", "--db", str(seeds_db)])


# -- 5. file names on the Ingest page are text, never Markdown --------------------------------

def test_the_ingest_page_shows_file_names_literally(app_db, tmp_path,  # noqa: F811
                                                    progress_shown):
    import io
    import zipfile

    from placeline.present import escape_markdown

    folder = tmp_path / "incoming"
    folder.mkdir()
    link = "b_[click me](http:127.0.0.1:8699).txt"
    image = "b2_![x](http:127.0.0.1:8699).txt"
    member = "c_**bold** <img src=x> $x$.txt"
    (folder / link).write_text(ARTICLE, encoding="utf-8")
    (folder / image).write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr(f"dir/{member}", ARTICLE.replace("Monday", "Friday"))
    (folder / "d.zip").write_bytes(archive.getvalue())
    at = _run("pages/3_Ingest.py")
    at.text_input(key="folder").set_value(str(folder)).run()
    at.button[0].click().run()
    assert not at.exception
    assert "3 added" in at.success[0].value
    named = [t for _, t in progress_shown if t and "documents read" in t]
    assert named == [f"1 of 3 documents read · {escape_markdown(image)}",  # "2" before "_"
                     f"2 of 3 documents read · {escape_markdown(link)}",
                     f"3 of 3 documents read · {escape_markdown(member)}"]
    assert not any("[click me](" in t or "![x](" in t for t in named)


# -- 6. the correction form has no default coordinates ----------------------------------------

def test_entered_coordinates_start_empty_and_save_waits_for_both(app_db):  # noqa: F811
    at = _run("dashboard.py", place="Izyum")
    fix(at.radio, "how").set_value("coordinates").run()
    assert not at.exception
    assert fix(at.number_input, "lat").value is None  # before: 0.0, Save enabled at once
    assert fix(at.number_input, "lon").value is None
    assert fix(at.button, "save").disabled
    assert any("Type the latitude and the longitude" in c.value for c in at.caption)
    fix(at.number_input, "lat").set_value(49.2).run()
    assert fix(at.button, "save").disabled
    fix(at.number_input, "lon").set_value(0.0).run()  # typed: a real longitude
    assert not fix(at.button, "save").disabled
    fix(at.text_input, "name").set_value(" ").run()
    assert fix(at.button, "save").disabled
