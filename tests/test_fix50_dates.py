"""Fix 50: the date reader (placeline.dates, placeline.timex) on feasts of other calendars
(dated by the `holidays` library, imported lazily), the AP state abbreviations in a data
module of their own, and one huge sentence dated in linear time."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from placeline import dates
from tests.test_fix47_dates import _span
from tests.test_review24_dates import _guess, _start

# -- 1. feasts that move by other calendars: their days, by the tense --------------------------


@pytest.mark.parametrize(("published", "text", "expected"), [
    # Wednesday 20 March 2024: Ramadan began on Monday 11 March (Umm al-Qura)
    ("2024-03-20", "Prices in Xville have risen since the start of Ramadan.", "2024-03-11"),
    # Monday 15 April 2024: Eid al-Fitr, Wednesday 10 April, however spelt
    ("2024-04-15", "Thousands prayed in Xville on Eid al-Fitr.", "2024-04-10"),
    ("2024-04-15", "Thousands prayed in Xville on Eid ul-Fitr.", "2024-04-10"),
    ("2024-04-15", "Prices in Xville rose at the end of Ramadan.", "2024-04-09"),
    # Thursday 20 June 2024: Eid al-Adha, Sunday 16 June
    ("2024-06-20", "Goats were slaughtered in Xville on Eid al-Adha.", "2024-06-16"),
    ("2024-06-20", "Markets in Xville were crowded on Eid ul-Azha.", "2024-06-16"),
    ("2024-06-20", "Goats were sold in Xville ahead of Bakrid.", "2024-06-16"),
    # Hindu, Chinese, Hebrew and Buddhist feasts of 2024
    ("2024-11-05", "Smog choked Xville after Deepavali.", "2024-10-31"),
    ("2024-03-28", "Crowds in Xville threw colours on Holi.", "2024-03-25"),
    ("2024-02-20", "Millions travelled to Xville for Chinese New Year.", "2024-02-10"),
    ("2024-04-30", "Families in Xville gathered for Passover.", "2024-04-23"),
    ("2024-10-05", "Synagogues in Xville were full on Rosh Hashanah.", "2024-10-03"),
    ("2024-10-15", "Streets in Xville were quiet on Yom Kippur.", "2024-10-12"),
    ("2024-05-25", "Lanterns were hung in Xville on Vesak.", "2024-05-22"),
    # no year, told in the past in early 2024: last year's
    ("2024-01-10", "Crowds in Xville lit lamps on Diwali.", "2023-11-12"),
    # said to come: the next
    ("2024-05-01", "Shops in Xville will close on Eid al-Adha.", "2024-06-16"),
])
def test_a_feast_of_another_calendar_is_its_day(published: str, text: str,
                                                expected: str) -> None:
    assert _start(_guess(published, text)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # Saturday 20 April 2024: Ramadan, 11 March to 9 April
    ("2024-04-20", "Shops in Xville closed during Ramadan.", ("2024-03-11", "2024-04-09")),
    ("2024-04-15", "Xville was busy during the holy month of Ramadan.",
     ("2024-03-11", "2024-04-09")),
    # Wednesday 20 March 2024, in its second week: this Ramadan, not next year's
    ("2024-03-20", "Shops in Xville will close early during Ramadan.",
     ("2024-03-11", "2024-04-09")),
    # the Eid holidays: Eid al-Fitr's three days
    ("2024-04-15", "Traffic in Xville was heavy over the Eid holidays.",
     ("2024-04-10", "2024-04-12")),
    # Diwali's five days, Dhanteras to Bhai Dooj
    ("2024-11-05", "Firecrackers lit up Xville over Diwali.", ("2024-10-29", "2024-11-02")),
    ("2024-02-20", "Fireworks filled Xville over the Lunar New Year holidays.",
     ("2024-02-10", "2024-02-16")),
    ("2024-12-30", "Candles were lit in Xville during Hanukkah.", ("2024-12-26", "2025-01-02")),
])
def test_a_lasting_feast_read_over_its_days_is_a_range(published: str, text: str,
                                                       expected: tuple[str, str]) -> None:
    assert _span(published, text) == expected


@pytest.mark.parametrize(("published", "text"), [
    # a feast's name before a noun is an event's or a thing's, no day
    ("2024-03-20", "The Ramadan market in Xville opened."),
    ("2024-03-20", "Drinks were served in Xville on Holiday Inn's terrace."),
    ("2024-03-20", "Xville's Holi festival committee met on Holi grounds."),
    ("2024-06-20", "Pupils at a school in Xville learned the story of Passover."),
    ("2024-03-20", "Xville spent millions on Diwali sweets."),
])
def test_a_feast_s_name_before_a_noun_is_still_no_day(published: str, text: str) -> None:
    assert _start(_guess(published, text)) == published


def test_the_calendar_library_is_imported_only_for_such_a_feast() -> None:
    """Cold start: dating a sentence without such a feast does not import `holidays`."""
    import subprocess
    import sys
    code = ("import datetime, sys; from placeline.dates import event_date; "
            "t = 'Floods hit Xville on Monday.'; "
            "event_date(t, 11, 17, datetime.date(2024, 3, 5)); "
            "print('holidays' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


# -- 2. the AP state abbreviations: a data module, not the gazetteer builder ------------------

def test_the_date_reader_does_not_import_the_gazetteer_builder() -> None:
    """timex had imported gazetteer_build (and what it imports) for AP_STATE_ABBREVIATIONS."""
    import subprocess
    import sys
    code = ("import sys, placeline.timex; "
            "print('placeline.gazetteer_build' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_the_abbreviations_are_one_list_the_build_reads_as_a_source() -> None:
    from placeline import gazetteer_build, state_abbreviations, timex
    assert gazetteer_build.AP_STATE_ABBREVIATIONS is state_abbreviations.AP_STATE_ABBREVIATIONS
    assert "state_abbreviations.py" in {path.name for path in gazetteer_build._source_files()}
    # a dateline's "N.Y." still keeps Thanksgiving the United States' (fix 49)
    assert timex._US_PLACES.search("BUFFALO, N.Y. — Canadian shoppers crossed over")


# -- 3. one huge sentence: its clause, asides, lists and times worked out once ---------------

def _date_every_name(text: str) -> None:
    """Every name of `text` dated, as at a first reading: the sentence's memos emptied."""
    for memo in ("_expressions_of", "_asides_and_cuts", "_phrases_of_their_own",
                 "_resolved_in_sentence", "_frame_said_on", "_lists_of"):
        getattr(dates, memo).cache_clear()  # (renamed or no memo: an error, not a warm run)
    published = dt.date(2022, 5, 2)
    for found in re.finditer(r"Kyiv|Lviv|Odesa|Kharkiv", text):
        dates.event_date(text, found.start(), found.end(), published)


@pytest.mark.parametrize("join", [", ", " "])
def test_a_sentence_of_thousands_of_names_is_dated_in_near_linear_time(join: str) -> None:
    """Each mention had read its whole sentence again (its clause's breaks and asides, the
    list before it, the resolution of the sentence's time in its clause): a sentence of
    2,000 names joined by commas took 51 s to date, 16 times 500 names' 3.2 s."""
    from tests.test_audit19_dates import _seconds

    names = ("Kyiv", "Lviv", "Odesa", "Kharkiv")
    small, large = (f"Shelling hit {join.join(names[i % 4] for i in range(n))} on Monday."
                    for n in (500, 2000))
    ratio = _seconds(_date_every_name, large) / _seconds(_date_every_name, small)
    assert ratio < 8, ratio  # 16 when quadratic (about 16 before), 4 when linear
