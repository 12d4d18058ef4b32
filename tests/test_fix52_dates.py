"""Fix 52 (review 28): the date reader on feasts of other calendars (a bare "Eid", "of
<feast>", one table of spellings, their own bit in the scan) and far-ahead written days."""

from __future__ import annotations

import pytest

from placeline import feast_calendars
from tests.test_fix47_dates import _span
from tests.test_review24_dates import _guess, _start

# -- 1. a bare "Eid" is either Eid, the nearest by the tense -------------------------------------


@pytest.mark.parametrize(("published", "text", "expected"), [
    # Wednesday 19 June 2024: Eid al-Adha was Sunday 16 June (Eid al-Fitr, 10 April)
    ("2024-06-19", "Worshippers filled the mosques of Xville on Eid.", ("2024-06-16", None)),
    ("2024-06-19", "Roads out of Xville were jammed over the Eid holidays.",
     ("2024-06-16", "2024-06-19")),
    # Tuesday 11 June 2024: the coming Eid al-Adha, not April's nor next March's Eid al-Fitr
    ("2024-06-11", "Livestock traders in Xville are busy ahead of Eid.", ("2024-06-16", None)),
    ("2024-06-11", "Banks in Xville will shut for Eid.", ("2024-06-16", None)),
    # Monday 15 April 2024: still Eid al-Fitr, three days
    ("2024-04-15", "Families in Xville visited relatives over the Eid holidays.",
     ("2024-04-10", "2024-04-12")),
])
def test_a_bare_eid_is_the_nearest_eid_by_the_tense(published: str, text: str,
                                                     expected: tuple[str, str | None]) -> None:
    assert _span(published, text) == expected


# -- 2. "of <feast>" is a time only after a word of its time ------------------------------------


@pytest.mark.parametrize("text", [
    "Children in Xville acted out the story of Passover.",
    "Charities in Xville said they worked in the spirit of Ramadan.",
    "An imam in Xville spoke about the meaning of Eid.",
    "A museum in Xville traced the history of Diwali.",
])
def test_of_a_feast_about_it_is_no_time(text: str) -> None:
    """Saturday 22 June 2024: any "of" before such a feast had dated it."""
    assert _start(_guess("2024-06-22", text)) == "2024-06-22"


@pytest.mark.parametrize(("published", "text", "expected"), [
    # Wednesday 20 March 2024: Ramadan began on Monday 11 March
    ("2024-03-20", "Shops in Xville have opened late since the start of Ramadan.",
     ("2024-03-11", None)),
    ("2024-04-15", "Prices in Xville soared at the end of Ramadan.", ("2024-04-09", None)),
    ("2024-04-15", "Xville was quiet throughout the holy month of Ramadan.",
     ("2024-03-11", "2024-04-09")),
    ("2024-04-20", "Mosques in Xville were full in Ramadan.", ("2024-03-11", "2024-04-09")),
])
def test_of_a_feast_after_a_word_of_its_time_is_still_its_time(
        published: str, text: str, expected: tuple[str, str | None]) -> None:
    assert _span(published, text) == expected


# -- 3. one table of spellings: each is dated as its feast ---------------------------------------


@pytest.mark.parametrize(("feast", "spelling"), [
    (feast, spelling) for feast, spellings in feast_calendars.SPELLINGS.items()
    for spelling in spellings])
def test_every_spelling_in_the_table_is_dated_as_its_feast(feast: str, spelling: str) -> None:
    """Tuesday 31 December 2024, told in the past: the feast's last first day of 2024 (a bare
    "Eid" Eid al-Adha's). "Ramadhan" had been in two of the three lists, and no date."""
    expected = max(feast_calendars.days_in(feast, 2024)).isoformat()
    assert _start(_guess("2024-12-31", f"Crowds gathered in Xville on {spelling}.")) == expected
    hyphened = spelling.replace(" ", "-")
    assert _start(_guess("2024-12-31", f"Crowds gathered in Xville on {hyphened}.")) == expected


def test_ramadhan_is_dated_as_ramadan() -> None:
    """Saturday 20 April 2024: no stretch holding "Ramadhan" had been flagged for holidays."""
    assert _span("2024-04-20", "Cafés in Xville stayed shut by day during Ramadhan.") == (
        "2024-03-11", "2024-04-09")


# -- 4. a written day far ahead: not told as past, and within twelve years -----------------------


@pytest.mark.parametrize(("published", "text"), [
    # Wednesday 1 May 2024: a past verb about a day two or forty years ahead is a typo's
    ("2024-05-01", "The new bridge in Xville opened on 3 September 2026."),
    ("2024-05-01", "Fire destroyed the town hall of Xville on 14 March 2064."),
    # a plan, but further ahead than any day news fixes
    ("2024-05-01", "The tunnel under Xville will open on 1 January 2049."),
])
def test_a_written_day_far_ahead_told_past_or_beyond_the_horizon_is_no_event(
        published: str, text: str) -> None:
    guess = _guess(published, text)
    assert _start(guess) == published
    assert guess is not None and "after publication" in guess.flag  # (its why: fix 53)


@pytest.mark.parametrize(("published", "text", "expected"), [
    # Thursday 22 July 2021: Brisbane's Games, awarded the day before, eleven years ahead
    ("2021-07-22", "The Games will open in Xville on 23 July 2032.", "2032-07-23"),
    ("2021-07-22", "Organisers said the Games open in Xville on 23 July 2032.", "2032-07-23"),
    ("2023-10-05", "The opening match will be played in Xville on 11 June 2026.", "2026-06-11"),
])
def test_a_written_day_to_come_within_the_horizon_is_still_its_date(
        published: str, text: str, expected: str) -> None:
    assert _start(_guess(published, text)) == expected


# -- 5. the feasts' own bit in the scan ----------------------------------------------------------


def test_only_a_stretch_naming_such_a_feast_is_scanned_for_in_or_of_it() -> None:
    """The "in/of <feast>" pattern ran over every stretch a holiday's first word flags ("New"
    of New York): now only where a first word of the spellings table is."""
    from placeline import timex
    (_, _, new_york), = timex._stretches("Crowds in New York in winter")
    (_, _, ramadhan), = timex._stretches("Crowds in Xville in Ramadhan")
    assert new_york & timex.HOLIDAY and not new_york & timex.FEAST
    assert ramadhan & timex.FEAST and ramadhan & timex.HOLIDAY


# -- 6. the library's tables end: outside them a feast is no date -------------------------------


@pytest.mark.parametrize(("feast", "first", "last"), [
    ("holi", 2001, 2035), ("passover", 1947, 2100), ("ramadan", 1925, 2077),
    ("diwali", 1901, 2100)])
def test_the_tables_cover_the_years_the_docs_say(feast: str, first: int, last: int) -> None:
    assert feast_calendars.days_in(feast, first) and feast_calendars.days_in(feast, last)
    assert not feast_calendars.days_in(feast, first - 1)
    assert not feast_calendars.days_in(feast, last + 1)


@pytest.mark.parametrize(("published", "expected"), [
    ("2001-04-02", "2001-03-10"),  # the first Holi of the table
    ("2036-04-02", "2035-03-24"),  # the last, within a year
    ("2000-04-02", "2000-04-02"),  # before the table: the publication date
    ("2037-04-02", "2037-04-02"),  # after it
])
def test_holi_at_the_edges_of_its_table(published: str, expected: str) -> None:
    assert _start(_guess(published, "Crowds in Xville threw colours on Holi.")) == expected
