"""Left open by the twenty-first session's reviews, the reader: bylines of any writer's name,
with where they wrote from, under the title (item 1); a Slovak text opening on a one-letter
word and an English one naming İzmir (item 2); a log line while `ingest` draws its progress
line (item 3); the articles a full disk left read but not stored (item 4)."""

from __future__ import annotations

import logging
import sys

import pytest

from placeline import cli, pipeline
from placeline.clean import clean
from placeline.ingest import decode_noted
from placeline.ingest_runs import stopped_note, unfinished
from placeline.present import counted
from placeline.store import open_store
from tests.test_audit21_ingest import _folder, _Terminal
from tests.test_audit21_store import _disk_full_after, _news
from tests.test_audit_cli import _main

# -- item 1: bylines under the title, whatever the writer's name ------------------------------

BODY = ("Floods cut roads across the region on Tuesday after three days of heavy rain, "
        "officials said.\n\nRescue teams reached villages cut off by the water, the agency said.")


@pytest.mark.parametrize("byline", [
    "By Chidi Okeke", "By John Hall", "By Jane Doe, Kyiv", "By Jane Doe in Lagos",
    "By Chidi Nwankwo, Port Harcourt", "By Chidi Okeke, Staff Writer", "Jane Doe, Kyiv",
    "Chidi Okeke, Lagos", "John Hall, Kyiv",
])
def test_a_byline_under_the_title_leaves_the_text_whatever_the_writer_s_name(byline):
    """Review 21: "By Jane Doe, Kyiv", "By Jane Doe in Lagos" and "Jane Doe, Kyiv" under the
    title had stayed in the article's text, their Kyiv and Lagos mentions dated by the story
    and the byline in its snippets: a byline was "By" and a name alone."""
    cleaned = clean(f"River floods\n{byline}\n{BODY}")
    assert cleaned.text == f"River floods\n\n{BODY}"
    assert cleaned.metadata["byline"] == byline


def test_a_byline_under_the_title_and_a_date_line_leaves_the_text():
    cleaned = clean(f"River floods\nPublished: 14 March 2024\nJane Doe, Kyiv\n{BODY}")
    assert cleaned.text == f"River floods\n\n{BODY}"
    assert cleaned.metadata == {"byline": "Jane Doe, Kyiv", "published": "14 March 2024"}


@pytest.mark.parametrize("line", [
    "By Monday the river had risen", "By Air India flight",
    "By Monday the river had risen in Lagos, officials said.",
    "By Air India flight, the team reached Kyiv on Tuesday.",
    "Old Trafford, Manchester", "Manchester United, Old Trafford", "Leeds Rhinos, Headingley",
    "Lagos, Nigeria", "By Jane Doe, who lives in Lagos",
])
def test_a_line_under_the_title_that_is_no_byline_stays(line):
    """A sentence that opens with "By", a name's words in lower case after it, a place or a
    team with its ground: the story's, not a writer's credit."""
    cleaned = clean(f"River floods\n{line}\n{BODY}")
    assert cleaned.text == f"River floods\n\n{line}\n\n{BODY}"
    assert "byline" not in cleaned.metadata


def test_a_name_and_a_place_below_the_first_line_under_the_title_stay():
    """Only the line right under the title is a byline without "By": further down, or at
    the story's end, a name and a place are the story's (a4dee98)."""
    text = f"River floods\nWater rose fast in the night.\nJane Doe, Kyiv\n{BODY}"
    assert "Jane Doe, Kyiv" in clean(text).text
    assert clean(f"River floods\n{BODY}\nJane Doe, Kyiv").text.endswith("Jane Doe, Kyiv")


# -- item 2: a Slovak text opening on "V", an English one naming İzmir ------------------------


@pytest.mark.parametrize("text", [
    "V Košiciach horí sklad, hasiči zasahujú.",
    "V Brně hoří sklad, hasiči zasahují od rána.",
    "V Žiline horí sklad, hasiči zasahujú.",
], ids=["kosice", "brno", "zilina"])
def test_a_central_european_text_with_no_title_is_read_in_windows_1250(text):
    """Review 21: without a title line its name "Košiciach" was the only word in capitals,
    which a Western reading may hold of any language ("Košiciach", with "hasièi"), and
    Windows-1252 had won, warned of. Its "v" is a word of Windows-1250's languages."""
    assert decode_noted(text.encode("cp1250"), "x.txt") == (text, "")


@pytest.mark.parametrize(("text", "western"), [
    ("Quake in İzmir", "Ýzmir"),
    ("The skier was faster than everyone. Fans met in İzmir.", "Ýzmir"),
    ("Floods in İstanbul", "Ýstanbul"), ("Rally in İzmit", "Ýzmit"),
], ids=["quake", "skier", "istanbul", "izmit"])
def test_an_english_text_naming_a_turkish_place_a_letter_apart_is_warned_of(text, western):
    """Review 21: "Quake in İzmir" in Windows-1254 had been read as "Ýzmir" silently since
    "Ýr" or "İr", a letter apart, was taken for a name of either language (and still is):
    "İzmir" is a place's name, "Ýzmir" none, and İzmir was on no map."""
    read, warning = decode_noted(text.encode("cp1254"), "x.txt")
    assert western in read
    assert f'("{western}")' in warning and "Windows-1254 (Turkish)" in warning


# -- item 3: a log line while the progress line is drawn ---------------------------------------


def _screen(written: str) -> list[str]:
    """The lines a terminal shows for what was written to it: a carriage return goes back to
    the line's start, and what follows overwrites what was there."""
    lines = []
    for line in written.split("\n"):
        cells: list[str] = []
        for part in line.split("\r"):
            cells[:len(part)] = part
        lines.append("".join(cells).rstrip())
    return lines


@pytest.fixture
def failing_story_1(monkeypatch):
    """story-1.txt fails in the pipeline, which logs it ("failed on …" and its traceback)
    through the handler Python writes to standard error with when none is configured (the
    CLI configures none; pytest's own are set aside)."""
    real = pipeline.make_article

    def make_article(document):
        if document.source.endswith("story-1.txt"):
            raise RuntimeError("boom")
        return real(document)

    monkeypatch.setattr(pipeline, "make_article", make_article)
    logger = logging.getLogger("placeline.pipeline")
    monkeypatch.setattr(logger, "handlers", [logging.lastResort])
    monkeypatch.setattr(logger, "propagate", False)


def test_a_log_line_during_an_ingest_on_a_terminal_is_a_line_of_its_own(
        failing_story_1, monkeypatch, tmp_path):
    """Review 21: a warning logged while `ingest` drew its progress line had been written
    onto it ("1 of 3 documents read · story-0.txtfailed on …/story-1.txt"). The line is now
    cleared before it, and drawn again under it."""
    terminal = _Terminal()
    monkeypatch.setattr(cli, "PROGRESS_EVERY", 0)
    monkeypatch.setattr(sys, "stderr", terminal)
    folder = _folder(tmp_path)
    assert cli.main(["ingest", str(folder), "--db", str(tmp_path / "s.db")]) == \
        cli.INGEST_PARTIAL
    screen = _screen(terminal.getvalue())
    failed = next(n for n, line in enumerate(screen) if "failed on" in line)
    assert screen[failed] == f"failed on {folder / 'story-1.txt'}"
    assert screen[failed - 1] == "" and screen[-1] == ""
    assert "RuntimeError: boom" in screen
    assert [line for line in screen if "documents read" in line] == []  # (cleared at the end)
    written = terminal.getvalue()
    assert written.index("failed on") < written.index("2 of 3 documents read")
    assert written.index("1 of 3 documents read") < written.index("failed on")


def test_a_line_printed_in_two_writes_under_the_progress_line_is_whole(monkeypatch):
    """print() writes its text, then its newline: the line is drawn again after the
    newline, not over the text."""
    terminal = _Terminal()
    line = cli._ProgressLine(terminal, 3_000)
    line(1_200, "/news/story-01199.txt")
    print("warning: a library's word", file=line)
    line(1_201, "/news/story-01200.txt")
    line.clear()
    assert _screen(terminal.getvalue()) == ["warning: a library's word", ""]
    assert terminal.getvalue().split("\n")[1].split("\r")[1] == \
        "1,200 of 3,000 documents read · story-01199.txt"  # (drawn again under it)


# -- item 4: what a full disk left read but not stored -----------------------------------------


def test_an_ingest_the_disk_stopped_says_how_many_it_read_were_not_stored(
        tmp_path, monkeypatch, capsys):
    """Review 21: the record of an ingest a full disk stopped said "stopped after 21 of 60
    documents read (…; it had added 19 articles)", and its error "stopped after storing 19
    articles": the 2 read in the group the disk refused were in neither count, and nothing
    said they were not stored. Its error, its note on every page and `ingest`'s note on
    going on now say so."""
    news = _news(tmp_path, 60)
    db = tmp_path / "news.db"
    open_store(db).close()
    monkeypatch.setattr("placeline.pipeline.COMMIT_EVERY", 10)  # (groups of 10 articles)
    _disk_full_after(monkeypatch, db, 20)
    code, _, err = _main(capsys, "ingest", str(news), "--db", str(db))
    monkeypatch.undo()
    store = open_store(db)
    stored = store.article_count()
    [run] = unfinished(store)
    lost = run["read"] - stored
    assert code == 2 and lost > 0
    assert err == (f"error: cannot write the store {db}: the disk holding it is full: free space"
                   f" on it, then try again — the ingest stopped after storing {stored} "
                   f"articles, and {counted(lost, 'document')} it had read "
                   f"{'was' if lost == 1 else 'were'} not stored; ingest the "
                   "same input again to go on: the articles stored are skipped\n")
    assert stopped_note(run).startswith(
        f"The ingest of {news} from the command line (started {run['started'][:10]} "
        f"{run['started'][11:16]} UTC) stopped after {run['read']} of 60 documents read, {lost} "
        f"of them not stored (it failed: cannot write the store {db}: the disk holding it is "
        f"full: free space on it, then try again; it had added {stored} articles). Ingest the "
        "same input again")
    store.close()
    code, out, err = _main(capsys, "ingest", str(news), "--db", str(db))
    assert code == 0 and out.startswith(f"{60 - stored} added, {stored} already stored")
    assert err == (f"note: going on with the ingest of {news} that stopped after "
                   f"{run['read']} of 60 documents read, {lost} of them not stored; the "
                   "articles it stored are skipped\n")
