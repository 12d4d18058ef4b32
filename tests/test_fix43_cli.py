"""Fix 43, the command line read from pipes (audit 27): `geoparse /dev/stdin` printed nothing
and exited 0, a large piped file failed with a false "line 1: malformed JSON", and `eval`
said "no articles to score", since the input was opened twice and the first open drained
the pipe (item 4); `ingest -` said "no such file or folder" and a pipe "not a regular file"
(item 11)."""

from __future__ import annotations

import io
import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from tests.test_audit_cli import _main

ROW = {"id": "a", "text": "Nestle is based in Vevey, Switzerland."}


@contextmanager
def _piped(data: bytes) -> Iterator[str]:
    """A path naming a pipe that gives `data` once, as `/dev/stdin` or `<(...)` does."""
    read, write = os.pipe()

    def feed() -> None:
        with os.fdopen(write, "wb") as stream:
            stream.write(data)

    writer = threading.Thread(target=feed)
    writer.start()
    try:
        yield f"/dev/fd/{read}"
    finally:
        writer.join()
        os.close(read)


def _lines(rows: list[dict]) -> bytes:
    return "".join(json.dumps(row) + "\n" for row in rows).encode("utf-8")


def test_geoparse_reads_a_small_pipe(capsys):
    with _piped(_lines([ROW])) as path:
        code, out, err = _main(capsys, "geoparse", path)
    assert code == 0, err
    places = [t["place"] for t in json.loads(out)["toponyms"]]
    assert places == ["Vevey", "Switzerland"]


def test_geoparse_reads_a_large_pipe_whole(capsys):
    """More than one buffer's worth (8 KB): the first open had taken the first 8 KB, and
    the second began mid-line ("line 1: malformed JSON")."""
    rows = [{"id": f"r{n}", "text": f"Story {n} was filed in Vevey. " + "Nothing else. " * 8}
            for n in range(150)]
    data = _lines(rows)
    assert len(data) > 3 * 8192
    with _piped(data) as path:
        code, out, err = _main(capsys, "geoparse", path)
    assert code == 0, err
    assert [json.loads(line)["id"] for line in out.splitlines()] == [r["id"] for r in rows]


def test_geoparse_reads_a_byte_order_mark_from_a_pipe(capsys):
    """The mark is still read (UTF-16, as PowerShell writes), from the one read."""
    with _piped(_lines([ROW]).decode("utf-8").encode("utf-16")) as path:
        code, out, err = _main(capsys, "geoparse", path)
    assert code == 0, err
    assert json.loads(out)["id"] == "a"


def test_eval_scores_a_pipe(capsys):
    with _piped(_lines([{**ROW, "toponyms": []}])) as path:
        code, out, err = _main(capsys, "eval", path, "--json")
    assert code == 0, err
    assert json.loads(out)["articles"] == 1


def test_a_dash_is_standard_input(capsys, monkeypatch):
    """`geoparse -` reads standard input; a row without an id is named stdin#LINE."""
    stdin = io.TextIOWrapper(io.BytesIO(_lines([{"text": ROW["text"]}])))
    monkeypatch.setattr("sys.stdin", stdin)
    code, out, err = _main(capsys, "geoparse", "-")
    assert code == 0, err
    assert json.loads(out)["id"] == "stdin#1"


# -- item 11: ingest from standard input ------------------------------------------------------

GALWAY = {"id": "s1", "title": "Storm hits Galway", "text": "A storm hit Galway on Monday.",
          "published": "2024-02-06"}


class _Terminal(io.BytesIO):
    def isatty(self) -> bool:
        return True


def _stdin(monkeypatch, data: bytes, stream: type[io.BytesIO] = io.BytesIO) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(stream(data)))


def _sources(capsys, db: str) -> list[str]:
    code, out, _ = _main(capsys, "dates", "--db", db)
    assert code == 0
    return [line.split("\t")[5] for line in out.splitlines()[1:]]


def test_ingest_dash_reads_jsonl_from_standard_input(capsys, monkeypatch, tmp_path):
    """The audit's `… | ingest -` had said "no such file or folder" (exit 1)."""
    _stdin(monkeypatch, _lines([GALWAY]))
    db = str(tmp_path / "news.db")
    code, out, err = _main(capsys, "ingest", "-", "--db", db)
    assert code == 0, out + err
    assert "1 added" in out
    assert _sources(capsys, db) == ["stdin.jsonl#s1"]


def test_ingest_reads_a_piped_text_and_a_feed(capsys, tmp_path):
    """`ingest /dev/stdin` and `ingest <(cat feed.rss)` had been "not a regular file (a
    named pipe)": a pipe named on the command line is read, its format told by its start."""
    db = str(tmp_path / "news.db")
    with _piped(b"Flood in Porto Alegre\nFloods hit Porto Alegre on 6 May 2024.\n") as path:
        code, out, err = _main(capsys, "ingest", path, "--db", db)
    assert code == 0, out + err
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>N</title><item>'
            b"<guid>x1</guid><title>Fire near Athens</title><pubDate>Tue, 13 Aug 2024 08:00:00"
            b" GMT</pubDate><description>A wildfire burned near Athens on Monday, Greek "
            b"officials said.</description></item></channel></rss>")
    with _piped(feed) as path:
        code, out, err = _main(capsys, "ingest", path, "--db", db)
    assert code == 0, out + err
    assert _sources(capsys, db) == ["pipe.txt", "pipe.xml#x1"]


def test_an_edited_row_piped_again_takes_its_place(capsys, monkeypatch, tmp_path):
    """Rows read from standard input are told again by their ids, as a file's are."""
    db = str(tmp_path / "news.db")
    _stdin(monkeypatch, _lines([GALWAY]))
    assert _main(capsys, "ingest", "-", "--db", db)[0] == 0
    _stdin(monkeypatch, _lines([{**GALWAY, "text": GALWAY["text"] + " Roads were closed."}]))
    code, out, err = _main(capsys, "ingest", "-", "--db", db)
    assert code == 0, out + err
    assert _sources(capsys, db) == ["stdin.jsonl#s1"]


def test_ingest_dash_on_a_terminal_or_empty_says_so(capsys, monkeypatch, tmp_path):
    db = str(tmp_path / "news.db")
    _stdin(monkeypatch, b"", _Terminal)
    code, out, _ = _main(capsys, "ingest", "-", "--db", db)
    assert code == 1 and "standard input is a terminal: pipe articles into it" in out
    _stdin(monkeypatch, b"\n")
    code, out, _ = _main(capsys, "ingest", "-", "--db", db)
    assert code == 1 and "nothing was read from it" in out


def test_standard_input_waits_on_disk_not_in_memory():
    """`cat big.jsonl | ingest -` had held the whole stream in memory, and a copy of it:
    now its bytes wait in a temporary file and its rows are read back a line at a time."""
    import tracemalloc

    from placeline.ingest import read_streams

    row = {**GALWAY, "text": GALWAY["text"] + " " + "Roads were closed. " * 100}
    piped = io.BytesIO(_lines([{**row, "id": f"s{n}"} for n in range(8_000)]))
    size = len(piped.getvalue())
    tracemalloc.start()
    try:
        stream = read_streams(["-"], piped)["-"]
        assert stream.count() == 8_000
        first = next(iter(stream.documents()))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert size > 15 * 2**20 and peak < size / 4
    assert stream.name == "stdin.jsonl" and first.source == "stdin.jsonl#s0"


def test_a_stream_whose_first_row_is_long_is_still_json_lines():
    """The format is told by the first line, read whole however long the article."""
    from placeline.ingest import read_streams

    long_row = {**GALWAY, "text": GALWAY["text"] + " Roads were closed." * 10_000}
    stream = read_streams(["-"], io.BytesIO(_lines([long_row, GALWAY])))["-"]
    assert stream.name == "stdin.jsonl" and stream.count() == 2
