"""Audit 32, items 5-9: dates in figures in the body, fiscal quarters, ISO weeks, a results
page's "Yesterday's results:", and old-style "inst." and "ult."."""

from __future__ import annotations

import datetime as dt

import pytest

from placeline.dates import event_date
from placeline.timex import find_expressions


def _dated(text: str, name: str, published: dt.date):
    """The event date of the first mention of `name` in `text`."""
    at = text.index(name)
    return event_date(text, at, at + len(name), published)


# -- 5. numeric dates in the body --

@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Fuel queues returned to Lagos on 28/02/2024, motorists said.", "Lagos", (2024, 2, 28)),
    ("Protests were held in Warsaw on 28.02.2024, police said.", "Warsaw", (2024, 2, 28)),
    ("The council met in Cork on 28/2/24 to approve the plan.", "Cork", (2024, 2, 28)),
    ("The mayor of Kisumu spoke on 28-02-2024, aides said.", "Kisumu", (2024, 2, 28)),
    ("Floods reached Accra on 02/28/2024, officials said.", "Accra", (2024, 2, 28)),
])
def test_a_date_in_figures_dates_its_sentence(text, name, expected) -> None:
    guess = _dated(text, name, dt.date(2024, 3, 2))
    assert (guess.date, guess.precision, guess.flag) == (dt.date(*expected), "day", "")


def test_figures_that_read_two_ways_are_read_as_a_dateline_s_and_flagged() -> None:
    published = dt.date(2024, 6, 2)
    lagos = _dated("Storms hit Lagos on 04/05/2024, officials said.", "Lagos", published)
    assert lagos.date == dt.date(2024, 5, 4) and "reads two ways" in lagos.flag
    dallas = _dated("Storms hit Dallas, Texas, on 04/05/2024, officials said.", "Dallas",
                    published)
    assert dallas.date == dt.date(2024, 4, 5) and "United States" in dallas.flag


@pytest.mark.parametrize("text", [
    "Arsenal beat Leeds 2/1 and the shop in Leeds is open 24/7.",
    "Leeds won 3-1 on 2/1 aggregate.",
    "Leeds released version 2.1.24 of the app.",
    "Leeds council applied section 12.3.24 of the code.",
    "Call the Leeds office on 01.23.4567 or on 0113 245 6789.",
    "Leeds bus 12/3/24 runs late.",
    "Leeds grew 1/2/3 in ratio terms, at 12.03.24.5.",
])
def test_figures_that_are_no_date(text: str) -> None:
    assert not [e for e in find_expressions(text) if e.kind == "numeric"]
    published = dt.date(2024, 3, 2)
    assert _dated(text, "Leeds", published).date == published
