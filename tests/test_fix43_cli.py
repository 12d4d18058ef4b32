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
