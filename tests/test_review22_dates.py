"""Review 22, dates: what was said to come later in the report's year stays in it (item 1); a
day-first range over more than a year keeps its days, and its own "from" looks ahead as one
before it does (item 2); a closure told in the present is of the days gone by where its
weekday dates a cause, an event after which it lasts, or a weekend under way (item 4); "the
15th of the month" after a present passive is a habit, no day (item 9)."""

from __future__ import annotations

import pytest

from tests.test_audit19_dates import _guess


def _span(guess) -> tuple[str, str, str]:
    return (guess.date.isoformat(), (guess.end or guess.date).isoformat(), guess.precision)


# -- item 1: "said … would … in July" in February is this July --------------------------------


@pytest.mark.parametrize("published, sentence, expected", [
    # the review's: last year's month since ed8ba5f (more than three months on)
    ("2024-02-15", "The mayor said the bridge in Xville would reopen in July.",
     ("2024-07-01", "2024-07-31", "month")),
    ("2024-01-20", "The council said the Xville pool would open in June.",
     ("2024-06-01", "2024-06-30", "month")),
    ("2024-03-10", "Officials said the Xville bridge would reopen in September.",
     ("2024-09-01", "2024-09-30", "month")),
    ("2024-05-10", "Officials said the Xville bridge would reopen in October.",
     ("2024-10-01", "2024-10-31", "month")),
    ("2024-06-10", "She said the Xville festival would return in November.",
     ("2024-11-01", "2024-11-30", "month")),
    ("2024-06-10", "She said the Xville festival would return in late November.",
     ("2024-11-01", "2024-11-30", "month")),
    # as before: three months on, and into the next year up to three months (ed8ba5f)
    ("2024-05-10", "Officials said the Xville bridge would reopen in August.",
     ("2024-08-01", "2024-08-31", "month")),
    ("2024-12-10", "Officials said the bridge in Xville would reopen in January.",
     ("2025-01-01", "2025-01-31", "month")),
])
def test_what_was_said_to_come_later_this_year_is_this_year_s(published, sentence, expected):
    assert _span(_guess(published, sentence)) == expected
