"""Dating cases from the thirty-second session, with texts of our own."""

from datetime import date

import pytest

from placeline import timex


@pytest.mark.parametrize("sentence,start,end", [
    ("Prices rose from June of 2022 to August of 2023 in Lagos.",
     date(2022, 6, 1), date(2023, 8, 31)),
    ("Prices rose between March and May of last year in Lagos.",
     date(2024, 3, 1), date(2024, 5, 31)),
])
def test_a_range_of_months_takes_its_years_after_of(
        sentence: str, start: date, end: date) -> None:
    """"from June of 2022 to August of 2023" is one range, as without "of" (dates 59 read
    "August of 2008" alone; the range had split into two months)."""
    found = timex.find_expressions(sentence)
    assert len(found) == 1
    guess = timex.resolve(found[0], date(2025, 11, 4), sentence)
    assert (guess.date, guess.end) == (start, end)

