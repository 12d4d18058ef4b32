"""Fix 38: dates read the wrong way in the date reader (placeline.dates, placeline.timex), left
by review 24: the verbs of a put-off, a cancelled plan, an aside without a date of its own, a
plural's past in the present's spelling and "May" after "from"."""

from __future__ import annotations

import datetime as dt

import pytest

from placeline.dates import event_date
from placeline.models import DateGuess


def _guess(published: str, text: str, place: str = "Xville") -> DateGuess | None:
    start = text.index(place)
    return event_date(text, start, start + len(place), dt.date.fromisoformat(published))


def _start(guess: DateGuess | None) -> str | None:
    return None if guess is None or guess.date is None else guess.date.isoformat()


# -- 1. "put back", "brought forward" to a weekday are put-offs as "postponed" is ------------

@pytest.mark.parametrize(("published", "text", "expected"), [
    # Tuesday 5 March 2024: the coming day, as "has been postponed to Monday" was
    ("2024-03-05", "The match in Xville has been put back to Monday.", "2024-03-11"),
    ("2024-03-05", "The match in Xville has been brought forward to Friday.", "2024-03-08"),
    ("2024-03-05", "The final in Xville has been pulled forward to Friday.", "2024-03-08"),
])
def test_put_back_and_brought_forward_are_put_offs(published: str, text: str,
                                                   expected: str) -> None:
    assert _start(_guess(published, text)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    ("2024-03-05", "The match in Xville has been postponed to Monday.", "2024-03-11"),
    ("2024-03-05", "The vote in Xville was put back from Monday to Thursday.", "2024-03-07"),
    # brought forward: the day before the one first set, not the one after
    ("2024-03-05", "The match set for Sunday was brought forward to Saturday in Xville.",
     "2024-03-02"),
])
def test_put_offs_as_before(published: str, text: str, expected: str) -> None:
    assert _start(_guess(published, text)) == expected
