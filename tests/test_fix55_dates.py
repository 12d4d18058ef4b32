"""Fix 55: sentences after a time of day and after initials, the United States written
"U.S. ", the eve of a feast."""

from __future__ import annotations

import datetime as dt

import pytest

from placeline.dates import event_date, own_publication_date
from placeline.text import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


# -- 1. "a.m." and "p.m." end a sentence before its next one --

@pytest.mark.parametrize(("text", "expected"), [
    ("The fire broke out at 4 a.m. Firefighters from Leeds arrived on Monday.",
     ["The fire broke out at 4 a.m.", "Firefighters from Leeds arrived on Monday."]),
    ("It ended at 5 p.m. The mayor spoke.", ["It ended at 5 p.m.", "The mayor spoke."]),
    ("The fire broke out at 4 A.M. Firefighters arrived.",
     ["The fire broke out at 4 A.M.", "Firefighters arrived."]),
    # a day, a month or a time zone after the time goes on
    ("It began at 4 a.m. Monday and ended at 9 p.m. EST on Tuesday.",
     ["It began at 4 a.m. Monday and ended at 9 p.m. EST on Tuesday."]),
    ("Talks start at 10 a.m. GMT in London, at 8 p.m. Eastern time and 7 a.m. Moscow time.",
     ["Talks start at 10 a.m. GMT in London, at 8 p.m. Eastern time and 7 a.m. Moscow time."]),
    ("Polls close at 8 p.m. Nov. 5 in Ohio.", ["Polls close at 8 p.m. Nov. 5 in Ohio."]),
    ("He won the A.M. Turing Award.", ["He won the A.M. Turing Award."]),
    ("The Dr. F.H. Wigmore Regional Hospital opened at 9 a.m. Tuesday, Sept. 10, 2024.",
     ["The Dr. F.H. Wigmore Regional Hospital opened at 9 a.m. Tuesday, Sept. 10, 2024."]),
])
def test_a_time_of_day_and_sentence_ends(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_the_next_sentence_s_day_is_not_the_time_s() -> None:
    text = ("The fire broke out at 4 a.m. Firefighters from Leeds arrived on Monday. "
            "The house in Bradford burned down.")
    published = dt.date(2024, 3, 8)  # a Friday
    fire = event_date(text, 0, 8, published)
    assert fire.date == published
    leeds = text.index("Leeds")
    assert event_date(text, leeds, leeds + 5, published).date == dt.date(2024, 3, 4)


# -- 2. initials end a sentence where a word follows that opens one and names no one --

@pytest.mark.parametrize(("text", "expected"), [
    ("She is a senior at Stonington H.S. Contact the school at 555-0100.",
     ["She is a senior at Stonington H.S.", "Contact the school at 555-0100."]),
    ("Both had travelled to the U.S. Of the cases, nine are in São Paulo.",
     ["Both had travelled to the U.S.", "Of the cases, nine are in São Paulo."]),
    ("He returned from the U.S. With the virus, he stayed home.",
     ["He returned from the U.S.", "With the virus, he stayed home."]),
    # names after initials go on
    ("The Dr. F.H. Wigmore Regional Hospital and H.G. Wells Hall stood at U.S. Route 1.",
     ["The Dr. F.H. Wigmore Regional Hospital and H.G. Wells Hall stood at U.S. Route 1."]),
])
def test_initials_ending_a_sentence(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


# -- 3. "U.S. " names the United States: a dateline's figures are read month first --

def test_the_u_s_with_a_space_after_it_reads_a_dateline_month_first() -> None:
    text = "MIAMI, 04/05/2024 — Storms battered the U.S. coast, cutting power to thousands."
    guess = own_publication_date(text, {})
    assert guess.date == dt.date(2024, 4, 5)
    assert "month first, as the United States write it" in guess.flag


@pytest.mark.parametrize("text", [
    "Crowds in Boston cheered across the U.S. on Independence Day.",
    "Crowds in Boston cheered as the U. S. Navy sailed past on Independence Day.",
])
def test_independence_day_beside_the_u_s(text: str) -> None:
    guess = event_date(text, text.index("Boston"), text.index("Boston") + 6, dt.date(2024, 7, 10))
    assert guess.date == dt.date(2024, 7, 4)


def test_another_sentence_s_u_s_is_not_the_feast_s() -> None:
    text = "Crowds in Delhi cheered on Independence Day. The U.S. sent greetings."
    guess = event_date(text, text.index("Delhi"), text.index("Delhi") + 5, dt.date(2024, 8, 20))
    assert guess.date == dt.date(2024, 8, 20)


# -- 4. "the eve of <feast>" is the day before the feast, as "Christmas Eve" is --

@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Crowds gathered in Leeds on the eve of Christmas.", dt.date(2024, 12, 28),
     dt.date(2024, 12, 24)),
    ("Crowds will gather in Leeds on the eve of Easter.", dt.date(2024, 3, 20),
     dt.date(2024, 3, 30)),
    ("Crowds gathered in Leeds on the eve of New Year's Day, she said.", dt.date(2024, 12, 28),
     dt.date(2023, 12, 31)),
    # no feast, no date
    ("Crowds gathered in Leeds on the eve of the election.", dt.date(2024, 12, 28),
     dt.date(2024, 12, 28)),
    ("Crowds gathered in Leeds on the eve of Christmas shopping.", dt.date(2024, 12, 28),
     dt.date(2024, 12, 28)),
])
def test_the_eve_of_a_feast(text: str, published: dt.date, expected: dt.date) -> None:
    leeds = text.index("Leeds")
    assert event_date(text, leeds, leeds + 5, published).date == expected
