"""Audit 20, the command line: an empty PATH (an unset variable in a cron job) read the
working folder (item 3); `ingest … | head` exited 0 whatever was lost (13); the help said
nothing of what PATH may be, `dashboard --help` was Streamlit's, and `rebuild` and `backup`
offered a URL they refuse (17)."""

from __future__ import annotations

import io
import sqlite3

import pytest

from placeline import cli
from placeline.ingest_runs import RunRecord
from placeline.store import open_store
from tests.test_audit_cli import ARTICLE, _main

# -- item 3: an empty path -------------------------------------------------------------------


@pytest.mark.parametrize("args", [
    ("ingest", ""), ("ingest", "a.txt", "  "), ("ingest", "a.txt", "--db", ""),
    ("geoparse", ""), ("eval", ""), ("dates", "--db", ""),
])
def test_an_empty_path_is_refused_before_anything_is_read(capsys, monkeypatch, tmp_path, args):
    """The audit: `ingest "$FEED_DIR"` with the variable unset read the working folder (the
    project's: 1,363 articles, its test probes and requirements.txt among them); an empty
    --db is as unset a variable, and had meant PLACELINE_DB's store or the default one."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.txt").write_text(ARTICLE.replace("Porto Alegre", "Canoas"),
                                        encoding="utf-8")
    monkeypatch.setenv("PLACELINE_DB", str(tmp_path / "news.db"))
    code, _, err = _main(capsys, *args)
    assert code == 2
    assert "empty" in err and "is a variable unset?" in err and "Traceback" not in err
    assert not (tmp_path / "news.db").exists()


def test_a_path_of_spaces_is_named_in_the_error(capsys):
    code, _, err = _main(capsys, "ingest", "   ")
    assert code == 2 and "'   '" in err


# -- item 13: a reader that goes away ---------------------------------------------------------


class _ClosedPipe(io.StringIO):
    """A standard output whose reader has gone (`| head -2` after two lines)."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


def test_ingest_exits_with_its_own_status_when_its_reader_goes_away(monkeypatch, tmp_path):
    """The audit: `ingest pretty_rows.jsonl | head -2` exited 0, though nothing was read
    (alone: 1); a cron job under `set -o pipefail` was told all was well."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(f'{{"id": "r{n}", "text": \n' for n in range(50)), encoding="utf-8")
    monkeypatch.setattr("sys.stdout", _ClosedPipe())
    monkeypatch.setattr("sys.stderr", _ClosedPipe())
    assert cli.main(["ingest", str(feed), "--db", str(tmp_path / "news.db")]) == 1


def test_an_ingest_whose_output_is_closed_from_the_start_stores_everything(monkeypatch,
                                                                          tmp_path):
    """Its notes on stderr come first (a stopped run to go on with, the index being built):
    a closed pipe there had ended the ingest before it began, exit 0."""
    db = tmp_path / "news.db"
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    store = open_store(db)
    RunRecord(store, "old.jsonl", "old-key", 4, "cli").start().finish("interrupted")
    store.close()
    monkeypatch.setattr("sys.stdout", _ClosedPipe())
    monkeypatch.setattr("sys.stderr", _ClosedPipe())
    assert cli.main(["ingest", str(article), "--db", str(db)]) == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (1,)


def test_a_command_that_only_reads_still_stops_quietly(monkeypatch, seeds_store):
    """`dates | head` ends `dates` (it has nothing more to do), exit 0, as before."""
    monkeypatch.setattr("sys.stdout", _ClosedPipe())
    assert cli.main(["dates", "--db", seeds_store.location]) == 0


# -- item 17: help -----------------------------------------------------------------------------


def test_ingest_help_says_what_a_path_may_be(capsys):
    with pytest.raises(SystemExit):
        cli.main(["ingest", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    for said in ("folders", ".txt (first line = title)", ".html", ".jsonl", ".zip",
                 "one article object per line", "is standard input"):
        assert said in out, said


def test_dashboard_help_is_placelines(capsys):
    """It had been Streamlit's 5,000 lines, its first saying "the target script will be
    assumed to be streamlit_app.py", nothing of PLACELINE_DB or the port."""
    with pytest.raises(SystemExit) as exit_:
        cli.main(["dashboard", "--help"])
    assert exit_.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert out.startswith("usage: placeline dashboard")
    for said in ("PLACELINE_DB", "--server.port", "8501", "--server.address 0.0.0.0",
                 "streamlit run --help"):
        assert said in out, said
    assert "streamlit_app.py" not in out


@pytest.mark.parametrize("command", ["rebuild", "backup"])
def test_the_sqlite_only_commands_offer_no_url(capsys, command):
    with pytest.raises(SystemExit):
        cli.main([command, "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "--db FILE" in out and "postgresql://" not in out.split("--db FILE", 1)[1][:80]
