"""Audit 23, items 5, 15 and 16: dates read the wrong way, and a store made of nothing.

A headline's "to reopen in March" under a "Published:" line had been dated in the past; "was
closed until Sunday morning", "due to be held on Sunday" and a possessive day of what was said
had been read as days gone by or as the saying's; a mistyped path given to `ingest` had left a
new, empty database behind."""

from __future__ import annotations

import datetime as dt

import pytest

from placeline.dates import event_date
from placeline.models import DateGuess
from tests.test_audit18_input import _main


def _guess(published: str, text: str, place: str = "Xville") -> DateGuess:
    start = text.index(place)
    return event_date(text, start, start + len(place), dt.date.fromisoformat(published))


# -- 16. a mistyped path, or a folder of nothing placeline reads, makes no store -------------


def test_a_mistyped_path_leaves_no_new_store(capsys, tmp_path):
    """`ingest nonexist.txt --db e.db` had made e.db (128 KB, "0 articles"), which `dates`
    and `export` then read without a word."""
    db = tmp_path / "e.db"
    code, out = _main(capsys, "ingest", tmp_path / "nonexist.txt", "--db", db)
    assert code == 1
    assert "No store made at" in out and "0 articles" not in out
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    assert _main(capsys, "dates", "--db", db)[0] == 2  # "no database at …"


def test_a_folder_of_unsupported_files_leaves_no_new_store(capsys, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "story.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "x.docx").write_bytes(b"PK\x03\x04")
    code, _ = _main(capsys, "ingest", folder, "--db", tmp_path / "e2.db")
    assert code == 1
    assert not (tmp_path / "e2.db").exists()


def test_an_existing_store_stays_when_nothing_is_read(capsys, tmp_path):
    """Only the file this ingest made is taken away, never a store that was there."""
    story = tmp_path / "leeds.txt"
    story.write_text("Floods in Leeds\n5 March 2024\nThe river rose in Leeds on Monday.\n",
                     encoding="utf-8")
    db = tmp_path / "s.db"
    assert _main(capsys, "ingest", story, "--db", db)[0] == 0
    code, out = _main(capsys, "ingest", tmp_path / "nonexist.txt", "--db", db)
    assert code == 1 and db.exists()
    assert "1 article" in out


# -- 5. a headline's "X to reopen in March" is what is to come -------------------------------

KISUMU = "Kisumu port to reopen in March\nPublished: 12 May 2024\nEngineers in Kisumu said " \
    "dredging was nearly finished.\n"
PORTO_ALEGRE = ("Porto Alegre airport to stay closed until September\nPublished: 28 May 2024\n"
                "The airport in Porto Alegre will remain closed, the operator said.\n")


def _span(guess: DateGuess) -> tuple[str, str | None]:
    return guess.date.isoformat(), guess.end.isoformat() if guess.end else None


@pytest.mark.parametrize(("published", "text", "place", "expected"), [
    # the audit's: March 2024 and September 2023, two and eight months before publication
    ("2024-05-12", KISUMU, "Kisumu", ("2025-03-01", "2025-03-31")),
    # (a state held "until" a month runs from the report to its end since dates63)
    ("2024-05-28", PORTO_ALEGRE, "Porto Alegre", ("2024-05-28", "2024-09-30")),
    # the same over a bare date line, which had hidden "in March" behind a day "March 12"
    ("2024-05-12", KISUMU.replace("Published: ", ""), "Kisumu", ("2025-03-01", "2025-03-31")),
    # further headlines of the kind: a weekday, an election, a passive, after a colon
    ("2024-10-16", "Xville rail strike to begin on Monday\nPublished: 16 October 2024\nText.",
     "Xville", ("2024-10-21", None)),
    ("2024-12-10", "Xville to hold election in August\nPublished: 10 December 2024\nText.",
     "Xville", ("2025-08-01", "2025-08-31")),
    ("2024-05-15", "Storm Isha: trains in Xville to be cancelled on Monday\nText.", "Xville",
     ("2024-05-20", None)),
])
def test_a_headline_s_to_and_a_verb_looks_ahead(published, text, place, expected):
    assert _span(_guess(published, text, place)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a participle's, a name's, a noun's "to": read as before
    ("Flights to Xville resume in March\nPublished: 12 May 2024\nText.", "2024-03-01"),
    ("Pupils in Xville return to school in March\nPublished: 12 May 2024\nText.",
     "2024-03-01"),
    ("Xville port was to reopen in March\nPublished: 12 May 2024\nText.", "2024-03-01"),
    # prose is not a headline
    ("The council in Xville voted to reopen the port in March.", "2024-03-01"),
])
def test_other_to_stays_as_it_was(text, expected):
    assert _guess("2024-05-12", text).date.isoformat() == expected


# -- 15. "was closed until Sunday morning", "due to be held on Sunday" -----------------------


@pytest.mark.parametrize(("published", "sentence", "expected"), [
    # (b) the audit's, on Saturday 7 September 2024: the next morning, not six days before
    ("2024-09-07", "Noi Bai airport in Xville was closed until Sunday morning.", "2024-09-08"),
    ("2024-03-16", "Trains in Xville were suspended until Monday.", "2024-03-18"),
    ("2024-03-16", "The Xville bridge was shut again until Sunday.", "2024-03-17"),
    # (c) the audit's, on Tuesday 15 October 2024: the coming Sunday
    ("2024-10-15", ("The Xville marathon, due to be held on Sunday, has been postponed to "
                    "November, organisers said."), "2024-10-20"),
    ("2024-03-16", "The Xville derby, due to be played on Sunday, was called off.",
     "2024-03-17"),
    ("2024-10-15", "The Xville summit, due to be held in March, has been postponed.",
     "2025-03-01"),
])
def test_a_state_until_a_day_and_what_is_due_look_ahead(published, sentence, expected):
    guess = _guess(published, sentence)  # (fix 53: a state until a day ahead ends there)
    day = guess.end if guess.precision == "range" else guess.date
    assert day.isoformat() == expected


@pytest.mark.parametrize(("published", "sentence", "expected"), [
    # a state over, what was done by then, a cause's "due to", the nearer day gone by
    ("2024-03-16", "The road in Xville stayed closed until Thursday.", "2024-03-14"),
    ("2024-03-16", "Residents of Xville had been evacuated by Sunday.", "2024-03-10"),
    ("2024-03-16", "Schools in Xville closed due to flooding on Sunday.", "2024-03-10"),
    ("2024-03-13", "The bridge in Xville was closed until Monday.", "2024-03-11"),
    ("2024-03-16", ("The Xville derby, due to be played on Sunday, was called off after a "
                    "storm on Friday."), "2024-03-15"),
])
def test_other_days_stay_as_they_were(published, sentence, expected):
    place = "Friday" if "storm on Friday" in sentence else "Xville"
    assert _guess(published, sentence, place).date.isoformat() == expected
