"""Audit 21, ingest and export: the Ingest page could not stop its ingest (item 8); the CSV
export opened as mojibake in Excel, its kinds in codes (11); `ingest` said nothing until its
end (14); the Ingest page read uploads and passed over a folder named with them without a
word (15); "New, empty store" stayed above the ingest that filled it (16); `geoparse` and
`eval` refused a JSONL file with a byte-order mark that `ingest` read (17); a .json upload
got Streamlit's bare "application/json files are not allowed" (19)."""

from __future__ import annotations

import codecs
import io
import json
import sys

import pytest

from placeline import cli
from tests.test_apptest import skipped_table
from tests.test_audit_cli import ARTICLE, _main

# -- item 17: a byte-order mark ------------------------------------------------------------

ANNOTATED = {"id": "a", "text": "Floods hit Leeds and York.",
             "toponyms": [{"start": 11, "end": 16, "name": "Leeds", "lat": 53.8, "lon": -1.55}]}


@pytest.mark.parametrize("mark, encoding", [(codecs.BOM_UTF8, "utf-8"),
                                            (codecs.BOM_UTF16_LE, "utf-16-le"),
                                            (codecs.BOM_UTF16_BE, "utf-16-be")])
@pytest.mark.parametrize("command", ["geoparse", "eval"])
def test_geoparse_and_eval_read_a_file_with_a_byte_order_mark(capsys, tmp_path, mark, encoding,
                                                               command):
    """The audit: "bom.jsonl:1: malformed JSON (Unexpected UTF-8 BOM …)", exit 2, where
    `ingest` read it. Notepad writes UTF-8 with a mark, PowerShell's Out-File UTF-16."""
    path = tmp_path / "bom.jsonl"
    path.write_bytes(mark + (json.dumps(ANNOTATED) + "\n").encode(encoding))
    code, out, err = _main(capsys, command, str(path), *(["--json"] if command == "eval" else []))
    assert code == 0, err
    if command == "geoparse":
        (row,) = [json.loads(line) for line in out.splitlines()]
        assert row["id"] == "a"
        assert [(t["start"], t["end"], t["place"]) for t in row["toponyms"]][:1] == [
            (11, 16, "Leeds")]
    else:
        scores = json.loads(out)
        assert (scores["articles"], scores["resolved"], scores["with_coordinates"]) == (1, 1, 1)
    code, out, _ = _main(capsys, "ingest", str(path), "--db", str(tmp_path / "s.db"))
    assert code == 0 and out.startswith("1 added")  # (as ingest reads it)


# -- item 11: a CSV Excel reads ------------------------------------------------------------

ACCENTS = ("São Paulo’s mayor: “we’re trying”\n5 March 2024\nFloods hit São Paulo on Monday. "
           "Kraków sent help, and rain fell across Minas Gerais.\n")
FORMULA = '=HYPERLINK("http://evil.example/","x")\n5 March 2024\nA storm hit Leeds on Monday.\n'


@pytest.fixture
def accents_db(tmp_path, geoparser):
    from placeline.ingest import RawDocument
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    store = open_store(tmp_path / "accents.db")
    report = Pipeline(store, geoparser).ingest([RawDocument("a.txt", ACCENTS),
                                                RawDocument("f.txt", FORMULA)])
    assert len(report.added) == 2
    store.close()
    return tmp_path / "accents.db"


def _csv_rows(text: str) -> list[dict]:
    import csv
    import io

    return list(csv.DictReader(io.StringIO(text)))


def test_export_for_excel_begins_with_a_byte_order_mark(capsys, tmp_path, accents_db):
    """The audit: Excel opens a double-clicked UTF-8 CSV without a byte-order mark in the
    system's code page: "SÃ£o Paulo", "â€œWeâ€™re tryingâ€", a quarter of the day's rows."""
    out = tmp_path / "excel.csv"
    code, _, err = _main(capsys, "export", "--format", "csv", "--excel", "--db", str(accents_db),
                         "--out", str(out))
    assert code == 0, err
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfarticle_id,")
    rows = _csv_rows(data.decode("utf-8-sig"))
    assert {"São Paulo", "Kraków"} <= {row["place"] for row in rows}
    assert any("“we’re trying”" in row["title"] for row in rows)
    assert {row["title"] for row in rows if row["place"] == "Leeds"} == {
        '\'=HYPERLINK("http://evil.example/","x")'}  # (still no formula in Excel)
    code, stdout, _ = _main(capsys, "export", "--format", "csv", "--excel", "--db",
                            str(accents_db))
    assert code == 0 and stdout.startswith("\ufeffarticle_id,")


def test_export_without_excel_stays_plain_utf_8_for_scripts(capsys, tmp_path, accents_db):
    """A script reading the file as UTF-8 would find "\\ufeffarticle_id" for its first
    column: the mark is asked for."""
    out = tmp_path / "plain.csv"
    assert _main(capsys, "export", "--format", "csv", "--db", str(accents_db), "--out",
                 str(out))[0] == 0
    assert out.read_bytes().startswith(b"article_id,")


def test_excel_is_for_csv(capsys, accents_db):
    code, _, err = _main(capsys, "export", "--format", "geojson", "--excel", "--db",
                         str(accents_db))
    assert code == 2 and "error: --excel is for CSV" in err and "Traceback" not in err


def test_kinds_are_in_words_beside_their_codes(capsys, accents_db):
    """The audit: the kind column said "admin1" where every page says "state / province".
    The code stays where it was (scripts filter on it); its words are the last column."""
    from placeline.export import COLUMNS

    code, stdout, _ = _main(capsys, "export", "--format", "csv", "--db", str(accents_db))
    assert code == 0
    rows = _csv_rows(stdout)
    assert COLUMNS[-1] == "kind_label" and COLUMNS.index("kind") == 8
    assert list(rows[0])[-1] == "kind_label"
    kinds = {(row["kind"], row["kind_label"]) for row in rows}
    assert ("city", "town or city") in kinds
    assert ("admin1", "state / province") in kinds
    code, stdout, _ = _main(capsys, "export", "--format", "geojson", "--db", str(accents_db))
    features = json.loads(stdout)["features"]
    assert {f["properties"]["kind_label"] for f in features} == {label for _, label in kinds}


# -- item 14: progress on a terminal --------------------------------------------------------


class _Terminal(io.StringIO):
    """Standard error as a terminal has it."""

    def isatty(self) -> bool:
        return True


def _folder(tmp_path, count: int = 3):
    folder = tmp_path / "news"
    folder.mkdir()
    for number in range(count):
        (folder / f"story-{number}.txt").write_text(
            ARTICLE.replace("Porto Alegre", ["Canoas", "Pelotas", "Santa Maria"][number % 3])
            + f"Report {number}.\n", encoding="utf-8")
    return folder


def test_ingest_on_a_terminal_tells_how_many_documents_it_has_read(monkeypatch, tmp_path,
                                                                   capsys):
    """The audit: a 3,000-file folder said nothing for 35 s, only its summary at the end,
    where the Ingest page has a bar with "N of M documents read"."""
    folder = _folder(tmp_path)
    terminal = _Terminal()
    monkeypatch.setattr(cli, "PROGRESS_EVERY", 0)
    monkeypatch.setattr(sys, "stderr", terminal)
    assert cli.main(["ingest", str(folder), "--db", str(tmp_path / "s.db")]) == 0
    err = terminal.getvalue()
    assert [line.strip() for line in err.split("\r") if "documents read" in line] == [
        f"{n} of 3 documents read · story-{n - 1}.txt" for n in (1, 2, 3)]
    assert err.endswith("\r") and not err.split("\r")[-2].strip()  # (the line gone at the end)
    assert capsys.readouterr().out.startswith("3 added")


def test_ingest_draws_no_progress_into_a_log_or_a_pipe(capsys, tmp_path):
    """A cron job's log gets the summary alone, as before."""
    code, out, err = _main(capsys, "ingest", str(_folder(tmp_path)), "--db",
                           str(tmp_path / "s.db"))
    assert code == 0 and out.startswith("3 added")
    assert "documents read" not in err and "\r" not in err


def test_the_progress_line_is_cut_to_the_terminal_s_width(monkeypatch):
    terminal = _Terminal()
    monkeypatch.setattr(cli, "_columns", lambda stream: 40)
    line = cli._ProgressLine(terminal, 3_000)
    line(1_200, "/news/" + "a-very-long-name-of-a-story" * 3 + ".txt")
    line.clear()
    drawn = terminal.getvalue().split("\r")[1]
    assert drawn == "1,200 of 3,000 documents read · a-very-"  # (39 characters: no wrap)


# -- item 8: stopping the Ingest page's ingest -----------------------------------------------

TOWNS = ["Leeds", "York", "Hull", "Bradford", "Wakefield"]


def _pressed_at(job_of, press_before: int):
    """Five briefs, Stop pressed as the page would while the one before `press_before` (its
    number, from 1) is stored: the ingest takes the next document and finds it pressed."""
    from placeline.ingest import RawDocument
    from placeline.ingest_runs import BackgroundIngest

    for number, town in enumerate(TOWNS, start=1):
        if number == press_before:
            assert BackgroundIngest.live(job_of[0].record.id) is job_of[0]  # (under way)
            job_of[0].stop()
        yield RawDocument(f"upload:feed.jsonl#b{number}",
                          f"Floods in {town}\nFloods closed roads in {town} on Monday, the "
                          f"council said.", {"published": f"2024-03-0{number}"})


def _background(store, geoparser, press_before: int):
    from placeline.ingest_runs import BackgroundIngest, RunRecord, input_key
    from placeline.pipeline import Pipeline

    job_of: list = []
    record = RunRecord(store, "feed.jsonl", input_key(["feed.jsonl"], upload=True), 5, "page")
    job_of.append(BackgroundIngest(Pipeline(store, geoparser), _pressed_at(job_of, press_before),
                                   record))
    job = job_of[0].start()
    assert job.done.wait(60)
    return job


def test_stop_ends_the_ingest_between_documents_keeping_what_it_stored(tmp_path, geoparser):
    """The audit: a mistaken folder of 3,000 files ran to its end; the page had no way to stop
    it but stopping the server. Stop ends it after the document it is reading: those stored
    stay, dated as at an input's end, and the run is recorded as stopped, told as one that
    stopped before its end is ("ingest the same input again to finish it")."""
    from placeline.ingest_runs import BackgroundIngest, runs, stopped_note, unfinished
    from placeline.pipeline import PENDING_SETTING
    from placeline.store import open_store

    store = open_store(tmp_path / "s.db")
    job = _background(store, geoparser, press_before=3)
    assert job.error is None and len(job.report.added) == 2 and job.record.stopped
    assert store.article_count() == 2
    assert store.events_frame()["date"].notna().all()
    assert json.loads(store.setting(PENDING_SETTING) or "[]") == []  # (none left undated)
    (run,) = runs(store)
    assert (run["state"], run["read"], run["total"], run["added"]) == ("interrupted", 2, 5, 2)
    assert unfinished(store) == [run]
    assert "stopped after 2 of 5 documents read (stopped with its Stop button; it had added " \
           "2 articles). Ingest the same input again to finish it" in stopped_note(run)
    assert BackgroundIngest.live(run["id"]) is None  # (ended: no longer found to stop)


def test_stop_pressed_after_the_last_document_is_no_stop(tmp_path, geoparser):
    from placeline.ingest_runs import runs, unfinished
    from placeline.store import open_store

    store = open_store(tmp_path / "s.db")
    job = _background(store, geoparser, press_before=6)  # (never: pressed at the end below)
    assert not job.record.stopped and len(job.report.added) == 5
    job.stop()  # (too late: a no-op)
    assert [r["state"] for r in runs(store)] == ["done"] and unfinished(store) == []


# -- item 16: the new store's notice, once it holds articles --------------------------------


def _notices(at) -> list[str]:
    return [w.value for w in at.warning if w.value.startswith("New, empty store")]


def test_the_new_store_notice_goes_with_the_ingest_that_fills_it(tmp_path, app_store):
    """The audit: "New, empty store: …/new3.db did not exist, so placeline made it … Add
    articles on the Ingest page" stayed at the page's top above "Done · 10 added"."""
    from tests.test_apptest import _run

    app_store(tmp_path / "new.db")
    at = _run("pages/3_Ingest.py")
    assert len(_notices(at)) == 1
    at.text_input(key="folder").set_value(str(_folder(tmp_path))).run()
    at.button[0].click().run()
    assert not at.exception
    assert "3 added" in at.success[0].value
    assert _notices(at) == []
    assert any(c.value.startswith("The store holds 3 articles") for c in at.caption)


def test_an_ingest_that_stores_nothing_keeps_the_notice(tmp_path, app_store):
    from tests.test_apptest import _run

    app_store(tmp_path / "new.db")
    folder = tmp_path / "nothing"
    folder.mkdir()
    (folder / "empty.txt").write_text("", encoding="utf-8")
    at = _run("pages/3_Ingest.py")
    at.text_input(key="folder").set_value(str(folder)).run()
    at.button[0].click().run()
    assert not at.exception and "1 skipped" in at.success[0].value
    assert len(_notices(at)) == 1  # (the store is still empty, and new)


# -- item 15: files uploaded and a folder named ----------------------------------------------

LEEDS = "Storm in Leeds\n5 March 2024\nA storm hit Leeds on Monday.\n"


def test_uploads_and_a_folder_at_once_are_refused_in_words(tmp_path, app_store):
    """The audit: leeds.txt uploaded and a folder of 10 files named, Ingest said "1 added":
    the folder was not read, nothing said so, and its box still showed it."""
    from tests.test_apptest import _run

    app_store(tmp_path / "s.db")
    at = _run("pages/3_Ingest.py")
    at.file_uploader(key="uploads").set_value(("leeds.txt", LEEDS.encode(), "text/plain"))
    at.text_input(key="folder").set_value(str(_folder(tmp_path))).run()
    assert not at.exception
    ingest = next(b for b in at.button if b.label == "Ingest")
    assert ingest.disabled
    assert any("a folder is named too" in i.value and "one at a time" in i.value
               for i in at.info)
    at.text_input(key="folder").set_value("").run()  # (the folder's box emptied: the upload)
    ingest = next(b for b in at.button if b.label == "Ingest")
    assert not ingest.disabled and not any("one at a time" in i.value for i in at.info)
    ingest.click().run()
    assert not at.exception and "1 added" in at.success[0].value


# -- item 19: a .json upload -------------------------------------------------------------------

ARRAY = json.dumps([{"title": "Storm in Leeds", "text": "A storm hit Leeds on Monday."},
                    {"title": "Floods in York", "text": "Floods hit York on Monday."}],
                   indent=1).encode()


def test_a_json_upload_is_read_or_told_what_to_do_in_the_page_s_words(tmp_path, app_store):
    """The audit: array.json on the Ingest page got Streamlit's bare "application/json files
    are not allowed", where `ingest` says how to write it as JSON Lines. Since audit 22 an
    array of articles (or a JSON Feed) is read; a .json holding none is listed as skipped,
    with how to write its articles as JSON Lines."""
    from tests.test_apptest import _run

    app_store(tmp_path / "s.db")
    at = _run("pages/3_Ingest.py")
    uploader = at.file_uploader(key="uploads")
    assert ".json" in uploader.allowed_type  # (the browser no longer refuses it)
    uploader.set_value(("array.json", ARRAY, "application/json")).run()
    assert not at.exception
    next(b for b in at.button if b.label == "Ingest").click().run()
    assert not at.exception and "2 added" in at.success[0].value
    uploader = at.file_uploader(key="uploads")
    uploader.set_value(("settings.json", b'{"theme": "dark"}', "application/json")).run()
    next(b for b in at.button if b.label == "Ingest").click().run()
    assert not at.exception and "1 skipped" in at.success[0].value
    skipped = skipped_table(at)
    assert list(skipped["file"]) == ["upload:settings.json"]
    assert "JSON Lines" in skipped["reason"][0] and "jq -c '.[]'" in skipped["reason"][0]
