"""Fix 40: dates read the wrong way in the date reader (placeline.dates, placeline.timex), left
by audits 25 and 25b: a deadline after what has been done or is in force, a year in an aside
or an opening phrase, "from" a weekday in the present, "a year ago this month", a lead's
date, a list's places and seasons with no year."""

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


# -- 1. a deadline after a present perfect or a present state is still ahead ----------------

@pytest.mark.parametrize(("published", "text", "expected"), [
    # Tuesday 5 March 2024: the coming day, not the one gone by
    ("2024-03-05", "Police in Xville have closed the bridge until Friday.", "2024-03-08"),
    ("2024-03-05", ("The council has suspended bin collections in Xville till Monday, "
                    "officials said."), "2024-03-11"),
    ("2024-03-05", ("A yellow warning for snow remains in force across Xville and the hills "
                    "until Saturday, forecasters said."), "2024-03-09"),
    ("2024-03-05", ("The agency has issued an amber alert for Xville, Ytown and the coast "
                    "until Thursday."), "2024-03-07"),
])
def test_a_deadline_in_force_is_ahead(published: str, text: str, expected: str) -> None:
    assert _start(_guess(published, text)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # what was told as done between, or "had": the day gone by, as before
    ("2024-03-05", "Police have said the man stayed in Xville until Friday.", "2024-03-01"),
    ("2024-03-05", "Police had closed the road in Xville until Friday.", "2024-03-01"),
    ("2024-03-05", "The festival in Xville ran until Sunday.", "2024-03-03"),
])
def test_a_past_deadline_as_before(published: str, text: str, expected: str) -> None:
    assert _start(_guess(published, text)) == expected
