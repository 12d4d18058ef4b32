"""Left open by review 21, dates: a closure told in the present looks ahead."""

from __future__ import annotations

import pytest

from tests.test_audit19_dates import _guess

WED13 = "2024-03-13"
THU14 = "2024-03-14"
APR02 = "2024-04-02"
DEC10 = "2024-12-10"


def _span(guess) -> tuple[str, str, str]:
    return (guess.date.isoformat(), (guess.end or guess.date).isoformat(), guess.precision)


# -- 1. a closure told in the present with its weekdays looks ahead --------------------------


@pytest.mark.parametrize("sentence, expected", [
    # the review's: last weekend (9-10 March) before
    ("Roads in Xville are closed from Saturday to Sunday for the marathon.",
     ("2024-03-16", "2024-03-17", "range")),
    ("Roads are closed in Xville from Saturday to Sunday for the marathon.",
     ("2024-03-16", "2024-03-17", "range")),
    ("Roads in Xville are closed to traffic from Saturday to Sunday, police said.",
     ("2024-03-16", "2024-03-17", "range")),
    ("Police said roads in Xville are closed from Saturday to Sunday.",
     ("2024-03-16", "2024-03-17", "range")),
    ("The bridge in Xville remains closed from Friday to Monday.",
     ("2024-03-15", "2024-03-18", "range")),
    # a weekday alone: last Saturday, last Monday before
    ("Roads in Xville are closed on Saturday.", ("2024-03-16", "2024-03-16", "day")),
    ("Trains to Xville are cancelled on Monday.", ("2024-03-18", "2024-03-18", "day")),
    ("The Xville line is also suspended on Sunday.", ("2024-03-17", "2024-03-17", "day")),
    # as before: "is shut" (no past form), "will be closed"
    ("The road in Xville is shut from Saturday to Sunday.",
     ("2024-03-16", "2024-03-17", "range")),
    ("Roads in Xville will be closed from Saturday to Sunday.",
     ("2024-03-16", "2024-03-17", "range")),
])
def test_a_closure_told_in_the_present_looks_ahead(sentence, expected):
    assert _span(_guess(WED13, sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a past account's closure stays in the past
    ("Roads in Xville were closed from Saturday to Sunday.",
     ("2024-03-09", "2024-03-10", "range")),
    ("The road in Xville was shut on Saturday.", ("2024-03-09", "2024-03-09", "day")),
    ("Roads in Xville had been closed on Monday.", ("2024-03-11", "2024-03-11", "day")),
    # the weekday of another event after the closure's words
    ("Schools in Xville are closed after flooding on Monday.",
     ("2024-03-11", "2024-03-11", "day")),
    ("A man is accused of killing two people in Xville on Friday.",
     ("2024-03-08", "2024-03-08", "day")),
    # a deadline, by its own rule (audit 19): the coming day, the one gone by
    ("Xville schools are closed until Monday.", ("2024-03-18", "2024-03-18", "day")),
    ("The bridge in Xville was closed until Monday.", ("2024-03-11", "2024-03-11", "day")),
])
def test_a_past_closure_stays_past(sentence, expected):
    assert _span(_guess(WED13, sentence)) == expected
