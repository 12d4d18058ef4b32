"""Review 20, dates: "moved" and "pushed" put off to a weekday only in their postponing
sense ("was moved to Monday"), not where people went for one."""

from __future__ import annotations

import pytest

from tests.test_audit19_dates import _guess

# -- 6. "moved" and "pushed" put off only in their postponing sense --------------------------


@pytest.mark.parametrize("published, sentence, expected", [
    # the review's: where people went for a day's event, in a past account (the coming day,
    # after the paper, had been read as a day put off to)
    ("2024-03-12", "Thousands of worshippers moved into Xville for Friday prayers.",
     "2024-03-08"),
    ("2024-03-14", "Thousands of worshippers moved into Xville for Friday prayers.",
     "2024-03-08"),
    ("2024-03-13", "Fans moved through Xville for Saturday night celebrations.", "2024-03-09"),
    ("2024-03-14", "Crowds pushed into Xville for Sunday mass, police said.", "2024-03-10"),
    ("2024-03-14", "Pilgrims moved toward Xville for Sunday mass.", "2024-03-10"),
    ("2024-03-12", "Engineers pushed on to Friday to finish the Xville bridge.", "2024-03-08"),
    ("2024-03-16", "Worshippers moved to the Xville mosque for Friday prayers.", "2024-03-15"),
])
def test_where_people_moved_for_a_day_is_a_past_account(published, sentence, expected):
    guess = _guess(published, sentence)
    assert guess.date.isoformat() == expected, guess
    assert "put off" not in guess.evidence


@pytest.mark.parametrize("published, sentence, expected", [
    # what was moved or pushed to a day: put off to it, as the review of 8c3b08c set
    ("2024-03-16", "The Xville vote was moved to Monday.", "2024-03-18"),
    ("2024-03-16", "The Xville council moved to Tuesday its weekly meeting.", "2024-03-19"),
    ("2024-03-10", "The rally in Xville moved to Saturday because of rain.", "2024-03-09"),
    ("2024-03-13", "Xville's derby has been pushed back to Sunday.", "2024-03-17"),
    ("2024-03-13", "Organisers pushed the Xville derby back to Sunday.", "2024-03-10"),
    ("2024-03-16", "Officials moved the Xville vote to Monday.", "2024-03-18"),
])
def test_what_was_moved_to_a_day_is_put_off_to_it(published, sentence, expected):
    guess = _guess(published, sentence)
    assert guess.date.isoformat() == expected, guess
    assert "a day put off to" in guess.evidence
