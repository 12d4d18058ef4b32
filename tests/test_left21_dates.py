"""Left open by review 20b, dates: "said … would" looks ahead for every kind of date, not
only a weekday."""

from __future__ import annotations

import pytest

from tests.test_audit19_dates import _guess

THU14 = "2024-03-14"
WED13 = "2024-03-13"


def _span(guess) -> tuple[str, str, str]:
    return (guess.date.isoformat(), (guess.end or guess.date).isoformat(), guess.precision)


# -- 1. what was said to come looks ahead from the saying, whatever its date's kind ----------


@pytest.mark.parametrize("sentence, expected", [
    # the review's: "would" had read as the past account "said" makes, a quarter a year back
    ("Officials in Xville said the line would reopen in Q3.",
     ("2024-07-01", "2024-09-30", "range")),
    ("Officials in Xville said it would reopen in May.", ("2024-05-01", "2024-05-31", "month")),
    ("Officials in Xville said the line would reopen on the 20th.",
     ("2024-03-20", "2024-03-20", "day")),
    ("Officials in Xville said the line would reopen in early May.",
     ("2024-05-01", "2024-05-31", "month")),
    # who said it, after what was said
    ("The line in Xville would reopen in May, officials said.",
     ("2024-05-01", "2024-05-31", "month")),
    ("Trains in Xville would resume on Monday, officials said.",
     ("2024-03-18", "2024-03-18", "day")),
    # "could", "may", as for a weekday since audit 20
    ("Officials said the Xville line could reopen in May.",
     ("2024-05-01", "2024-05-31", "month")),
    ("Officials said the Xville line may reopen in Q3.", ("2024-07-01", "2024-09-30", "range")),
    # as before: "will", and a weekday after "said … would"
    ("Officials in Xville said the line will reopen in Q3.",
     ("2024-07-01", "2024-09-30", "range")),
    ("Officials in Xville said trains would resume on Monday.",
     ("2024-03-18", "2024-03-18", "day")),
])
def test_what_was_said_to_come_looks_ahead(sentence, expected):
    assert _span(_guess(THU14, sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a past account stays in the past
    ("The line in Xville reopened in May.", ("2023-05-01", "2023-05-31", "month")),
    ("Officials in Xville said the line reopened in May.",
     ("2023-05-01", "2023-05-31", "month")),
    ("The Xville line reopened in Q3.", ("2023-07-01", "2023-09-30", "range")),
    ("The line in Xville reopened on Monday.", ("2024-03-11", "2024-03-11", "day")),
    # what would have been, and a saying dated by the month: the past
    ("Officials in Xville said the line would have reopened in May.",
     ("2023-05-01", "2023-05-31", "month")),
    ("Officials said in May that the line in Xville would reopen.",
     ("2023-05-01", "2023-05-31", "month")),
    ("Officials in Xville said the attack would have happened on Monday.",
     ("2024-03-11", "2024-03-11", "day")),
    # "would" after the date: the floods of May were, what they would cost is to come
    ("Officials said the floods in Xville in May would cost millions.",
     ("2023-05-01", "2023-05-31", "month")),
])
def test_a_past_account_stays_in_the_past(sentence, expected):
    assert _span(_guess(THU14, sentence)) == expected
