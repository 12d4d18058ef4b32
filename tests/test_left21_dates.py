"""Left open by review 20b, dates: "said … would" looks ahead for every kind of date, not
only a weekday; "moved from Saturday to Sunday" is the day it was moved to, not a range."""

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


# -- 2. "moved from Saturday to Sunday": the day it was moved to -----------------------------


@pytest.mark.parametrize("published, sentence, expected, evidence", [
    # the review's: a range Saturday-Sunday before
    (WED13, "The match in Xville was moved from Saturday to Sunday.", "2024-03-10",
     "moved from Saturday to Sunday"),
    (WED13, "The match in Xville will be moved from Saturday to Sunday.", "2024-03-17",
     "moved from Saturday to Sunday"),
    (WED13, "The Xville match has been moved from Saturday to Sunday.", "2024-03-17",
     "moved from Saturday to Sunday"),
    (WED13, "Organisers switched the Xville match from Saturday to Sunday.", "2024-03-10",
     "switched from Saturday to Sunday"),
    (WED13, "The Xville vote was changed from Thursday to Tuesday.", "2024-03-05",
     "changed from Thursday to Tuesday"),
    (WED13, "The Xville final was brought forward from Saturday to Friday.", "2024-03-08",
     "brought forward from Saturday to Friday"),
    (WED13, "The Xville final has been postponed from Friday to Monday.", "2024-03-18",
     "postponed from Friday to Monday"),
    # a move's way: the day after, unless five or six days on (then the day before)
    (WED13, "The Xville derby was moved from Sunday to Saturday.", "2024-03-09",
     "moved from Sunday to Saturday"),
    (WED13, "The council moved the Xville vote on the budget from Monday to Friday.",
     "2024-03-15", "moved from Monday to Friday"),
    # days of a month
    (WED13, "The vote in Xville was moved from May 5 to May 12.", "2024-05-12",
     "moved from May 5 to May 12"),
    (WED13, "The vote in Xville was moved from 5 to 12 May.", "2024-05-12",
     "moved from 5 to 12 May"),
    (WED13, "The Xville vote was brought forward from April 2 to March 28.", "2024-03-28",
     "brought forward from April 2 to March 28"),
])
def test_what_was_moved_from_a_day_to_another_is_the_new_day(published, sentence, expected,
                                                              evidence):
    guess = _guess(published, sentence)
    assert (guess.date.isoformat(), guess.end, guess.precision) == (expected, None, "day"), guess
    assert guess.evidence.startswith(evidence) and "moved to" in guess.evidence, guess


@pytest.mark.parametrize("published, sentence, expected", [
    # real ranges stay ranges
    (WED13, "Xville schools close from Monday to Wednesday.", ("2024-03-18", "2024-03-20")),
    (WED13, "From Saturday to Sunday the roads in Xville will be closed.",
     ("2024-03-16", "2024-03-17")),
    (WED13, "Fans moved through Xville from Saturday to Sunday.", ("2024-03-09", "2024-03-10")),
    (WED13, "The family moved to a flat in Xville from Saturday to Sunday.",
     ("2024-03-09", "2024-03-10")),
    (WED13, "Xville hosted the fair from 5 to 12 March.", ("2024-03-05", "2024-03-12")),
])
def test_a_range_that_is_no_move_stays_a_range(published, sentence, expected):
    guess = _guess(published, sentence)
    assert (guess.date.isoformat(), guess.end.isoformat(), guess.precision) == \
        (*expected, "range"), guess
