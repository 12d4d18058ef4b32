"""Audit 24b, item 4: `kill -INT PID`, which the Ingest page names for an ingest run from the
command line, did nothing to one a script started in the background (a shell starts it with
SIGINT ignored, and Python then raises nothing on it), and SIGTERM (`kill PID`, `systemctl
stop`, `docker stop`) ended it without a word, its run left "running". Both now stop it as
Ctrl-C does: what it stored, how to go on, the run recorded as interrupted."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from placeline.errors import PlacelineError
from placeline.ingest_runs import runs
from placeline.store import open_store

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _feed(path, rows: int = 20_000):
    towns = ["Leeds", "York", "Hull", "Bradford", "Wakefield", "Harrogate", "Selby", "Ripon"]
    path.write_text("".join(json.dumps({
        "id": f"r{n}", "date": f"2024-03-{n % 28 + 1:02d}", "title": f"Floods in {town} ({n})",
        "text": f"Floods closed roads in {town} on Monday, the council said. Report {n}."})
        + "\n" for n, town in ((n, towns[n % len(towns)]) for n in range(rows))),
        encoding="utf-8")
    return path


def _started(tmp_path, ignore_sigint: bool):
    """An ingest of a long feed in a process of its own, once it has stored something; with
    SIGINT ignored as a shell starts a background job (the disposition is inherited)."""
    db = tmp_path / "news.db"
    env = {**os.environ, "PYTHONPATH": ROOT}
    own = signal.signal(signal.SIGINT, signal.SIG_IGN) if ignore_sigint else None
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "placeline", "ingest", str(_feed(tmp_path / "feed.jsonl")),
             "--db", str(db)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True)
    finally:
        if ignore_sigint:
            signal.signal(signal.SIGINT, own)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        with contextlib.suppress(sqlite3.Error, PlacelineError):  # (not made yet)
            if db.exists() and open_store(db).article_count() > 0:
                return process, db
        time.sleep(0.2)
    process.kill()
    pytest.fail("the ingest stored nothing in two minutes")


@pytest.mark.parametrize(("number", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_stops_an_ingest_as_ctrl_c_does(tmp_path, number, code):
    process, db = _started(tmp_path, ignore_sigint=number == signal.SIGINT)
    process.send_signal(number)
    _, err = process.communicate(timeout=120)
    assert process.returncode == code, err
    assert "interrupted after storing" in err and "run the same command again" in err
    stored = open_store(db).article_count()
    assert 0 < stored < 20_000  # (stopped halfway: otherwise this test proves nothing)
    assert [run["state"] for run in runs(open_store(db))] == ["interrupted"]
