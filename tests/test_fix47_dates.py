"""Fix 47: the date reader (placeline.dates, placeline.timex) on audit 28's items 5-7 and
their kin: a month that may yet come, a reporting clause's own day, the end of a span, a
holiday's weekend, and a put-off told in the present perfect."""

from __future__ import annotations

import pytest

from tests.test_review24_dates import _guess, _start

# -- 1. a month of what may yet come: the coming one, not last year's ------------------------

@pytest.mark.parametrize(("published", "text", "place", "expected"), [
    # Wednesday 10 January 2024: February 2024, not February 2023 (audit 28, item 5)
    ("2024-01-10", ("The union leader told reporters in Berlin that a further strike in "
     "February could not be ruled out."), "Berlin", "2024-02-01"),
    ("2024-01-10", "A further strike in Munich in February could not be ruled out.",
     "Munich", "2024-02-01"),
    ("2024-01-10", "Officials in Xville said a walkout in February was possible.", "Xville",
     "2024-02-01"),
    ("2024-01-10", "The union threatened a further strike in Xville in February.", "Xville",
     "2024-02-01"),
    # Tuesday 5 March 2024: a weekday that may yet come is the coming one
    ("2024-03-05", "A strike in Xville on Friday could not be ruled out.", "Xville",
     "2024-03-08"),
])
def test_a_date_of_what_may_yet_come_is_ahead(published: str, text: str, place: str,
                                              expected: str) -> None:
    assert _start(_guess(published, text, place)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # a past account keeps the month gone by
    ("2024-01-10", "Dock workers in Xville went on strike in February.", "2023-02-01"),
    ("2024-01-10", "The union held a strike in Xville in February, when it was likely.",
     "2023-02-01"),
    ("2024-01-10", "It was possible that the fire in Xville in February was arson.",
     "2023-02-01"),
])
def test_a_past_account_s_month_stays_gone_by(published: str, text: str,
                                              expected: str) -> None:
    assert _start(_guess(published, text)) == expected
