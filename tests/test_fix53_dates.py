"""Fix 53: what holds "until" a day still ahead runs from the report's date to it; a feast
read as a time of several days is its span; "the eve of" a feast is the day before it."""

from __future__ import annotations

import pytest

from tests.test_fix47_dates import _span
from tests.test_review24_dates import _guess, _start

# -- 1. a state "until" a day ahead: from the report's date to that day -------------------------


@pytest.mark.parametrize(("published", "text", "expected"), [
    # Tuesday 5 March 2024: had been Monday 11 and Friday 8 March alone, the days they end
    ("2024-03-05", "Schools in Xville are closed until Monday.", ("2024-03-05", "2024-03-11")),
    ("2024-03-05", "The road in Xville is closed until Friday.", ("2024-03-05", "2024-03-08")),
    ("2024-03-05", "Ferries to Xville will stay suspended till Sunday.",
     ("2024-03-05", "2024-03-10")),
    # Saturday 16 March 2024: told in the past, still in force (audit 23's next Monday)
    ("2024-03-16", "Schools in Xville were closed until Monday.", ("2024-03-16", "2024-03-18")),
    # Tuesday 20 February 2024: a day and month had been the report's date alone
    ("2024-02-20", "Flights to Xville are suspended until March 3.",
     ("2024-02-20", "2024-03-03")),
    ("2024-02-20", "Flights to Xville were suspended until March 3.",
     ("2024-02-20", "2024-03-03")),
])
def test_a_state_until_a_day_ahead_runs_from_the_report(published: str, text: str,
                                                        expected: tuple[str, str]) -> None:
    assert _span(published, text) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # a state over by the report keeps its last day (a deadline "by" a day ahead runs from
    # the report since dates62: tests/test_dates62.py)
    ("2024-03-05", "Schools in Xville were closed until Monday.", ("2024-03-04", None)),
    ("2024-03-16", "The road in Xville stayed closed until Thursday.", ("2024-03-14", None)),
    # what is put off until a day is that day
    ("2024-03-10", "The vote in Xville was postponed until Monday.", ("2024-03-11", None)),
    ("2024-05-30", "The match in Xville was postponed until June 30.", ("2024-06-30", None)),
])
def test_what_is_over_due_or_put_off_keeps_its_day(published: str, text: str,
                                                   expected: tuple[str, str | None]) -> None:
    assert _span(published, text) == expected


# -- 2. a feast read as a time of several days is its span ---------------------------------------


@pytest.mark.parametrize(("published", "text", "expected"), [
    # Wednesday 20 March 2024: Ramadan 11 March-9 April, had been 11 March alone
    ("2024-03-20", "For Ramadan, the mosque in Xville will open at night.",
     ("2024-03-11", "2024-04-09")),
    ("2024-03-05", "Cafés in Xville will stay shut by day for Ramadan.",
     ("2024-03-11", "2024-04-09")),
    # Friday 25 October 2024: Diwali's five days; Friday 20 December: Hanukkah's eight
    ("2024-10-25", "Shops in Xville will stay open during Diwali week.",
     ("2024-10-29", "2024-11-02")),
    ("2024-12-20", "Candles will burn in Xville over Hanukkah week.",
     ("2024-12-26", "2025-01-02")),
])
def test_a_feast_read_over_its_days_is_its_span(published: str, text: str,
                                                expected: tuple[str, str]) -> None:
    assert _span(published, text) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # a festival of days "for" it is its day; "through" a feast was its span already
    ("2024-10-25", "Shops in Xville will stay open for Diwali.", ("2024-10-31", None)),
    ("2024-06-11", "Banks in Xville will shut for Eid.", ("2024-06-16", None)),
    ("2024-12-20", "Candles will burn in Xville through Hanukkah.",
     ("2024-12-26", "2025-01-02")),
    # a week of the Christian calendar is as before: no date
    ("2024-12-20", "Shops in Xville will close during Christmas week.", ("2024-12-20", None)),
])
def test_a_festival_s_day_and_other_weeks_are_as_before(
        published: str, text: str, expected: tuple[str, str | None]) -> None:
    assert _span(published, text) == expected


# -- 3. "the eve of" a feast is the day before it ------------------------------------------------


@pytest.mark.parametrize(("published", "text", "expected"), [
    # had been each feast's first day: Diwali 31 October, Eid al-Fitr 10 April, Passover 23 April
    ("2024-11-05", "Markets in Xville were packed on the eve of Diwali.", "2024-10-30"),
    ("2024-04-15", "Markets in Xville were packed on the eve of Eid.", "2024-04-09"),
    ("2024-04-25", "Families in Xville gathered on the eve of Passover.", "2024-04-22"),
    # review 29: told in the paper of the eve itself, the eve is past but its feast ahead (had
    # been 2023-04-05 and 2023-06-27, the eve of the year-old Passover and Eid al-Adha)
    ("2024-04-22", "Families in Xville gathered on the eve of Passover.", "2024-04-22"),
    ("2024-04-09", "Shoppers thronged Xville markets on the eve of Eid.", "2024-04-09"),
])
def test_the_eve_of_a_feast_is_the_day_before(published: str, text: str, expected: str) -> None:
    assert _span(published, text) == (expected, None)


@pytest.mark.parametrize(("published", "text", "expected"), [
    ("2024-12-28", "Families in Xville gathered on Christmas Eve.", "2024-12-24"),
    ("2025-01-03", "Crowds in Xville gathered on New Year's Eve.", "2024-12-31"),
    ("2024-04-15", "Markets in Xville were packed on Eid.", "2024-04-10"),
])
def test_eves_of_their_own_and_feasts_are_as_before(published: str, text: str,
                                                    expected: str) -> None:
    assert _span(published, text) == (expected, None)


# -- 4. a far-ahead written day's flag says which rule refused it --------------------------------


@pytest.mark.parametrize(("text", "why"), [
    # Wednesday 1 May 2024: beyond the twelve years any day news fixes lies
    ("The tunnel under Xville will open on 1 January 2049.",
     "2049-01-01 is more than 12 years after publication (2024-05-01)"),
    # within them, but told as what happened
    ("The new bridge in Xville opened on 3 September 2026.",
     "2026-09-03 is more than a year after publication (2024-05-01) and told as past"),
])
def test_a_far_ahead_written_day_s_flag_says_why(text: str, why: str) -> None:
    guess = _guess("2024-05-01", text)
    assert _start(guess) == "2024-05-01" and guess.flag.endswith(why), guess.flag


def test_a_bare_year_ahead_is_flagged_as_before() -> None:
    guess = _guess("2023-10-05", "Elections will be held in Xville in 2031.")
    assert guess.flag.endswith("2031-01-01 is more than a year after publication (2023-10-05)")


# -- 5. the feasts of other calendars are calendar words, from feast_calendars' table -------------


def test_calendar_words_hold_the_table_s_one_word_spellings() -> None:
    from placeline import feast_calendars
    from placeline.name_context import CALENDAR_WORDS

    assert {"eid", "diwali", "deepavali", "holi", "vesak", "wesak", "pesach", "bakrid"} \
        <= CALENDAR_WORDS
    assert all(spelling.lower() in CALENDAR_WORDS
               for spellings in feast_calendars.SPELLINGS.values() for spelling in spellings
               if " " not in spelling)
    assert not {"new", "year", "lunar", "chinese", "al", "yom", "rosh"} & CALENDAR_WORDS


@pytest.mark.parametrize(("text", "places"), [
    # a feast's name after a place is no surname of a person named by the place: had been none
    ("Families in Alexandria Eid morning prayed at the mosque.", ["Alexandria"]),
    ("Celebrations in Leicester Diwali night drew thousands.", ["Leicester"]),
    ("Shoppers thronged Lahore Eid markets on Tuesday.", ["Lahore"]),
    # as before
    ("Eid Mubarak from Lahore, where families gathered.", ["Lahore"]),
    ("Hundreds attended Eid Mubarak celebrations in Dearborn, Michigan.",
     ["Dearborn", "Michigan"]),
])
def test_a_feast_beside_a_place_leaves_the_place(geoparser, text: str,
                                                 places: list[str]) -> None:
    assert [m.surface for m in geoparser.parse(text)] == places


# -- 6. cleaning reads the past forms from their own module, not the time tagger -----------------


def test_cleaning_does_not_import_the_time_tagger() -> None:
    import subprocess
    import sys

    code = "import sys, placeline.clean; print('placeline.timex' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "False"


@pytest.mark.parametrize("verb", ["found", "fled", "struck", "spent", "met"])
def test_both_read_the_same_past_forms(verb: str) -> None:
    """Cleaning and the time tagger read one list of past forms (past_forms): a short line
    with one between long paragraphs is a sentence, not a photo's caption, and its clause
    is told in the past; a word dropped from the list fails both (review 29: the test had
    compared the list with itself)."""
    from placeline.clean import clean
    from placeline.timex import tense

    body = ("Floods hit Xville on Monday after days of heavy rain across the region, officials "
            "said in a statement issued late on Monday night to residents of every district.")
    line = f"Rescuers {verb} the old bridge at dawn."
    assert line in clean(f"Floods in Xville\n\n{body}\n\n{line}\n\n{body}").text
    assert tense(line) == "past"
