"""Review 21, dates: "said … would" looks ahead only to what was still to come at the
report's date, and "'d" before a past participle is "had"; only a date moved is the day it
was moved to ("delayed flights from Monday to Wednesday" is a range); an ordinal in words
before a noun ("the fourth and fifth floors") is no day."""

from __future__ import annotations

import pytest

from tests.helpers import iso_span
from tests.test_audit19_dates import _guess

THU14 = "2024-03-14"
DEC14 = "2024-12-14"


# -- 3. "said … would": ahead only to what was still to come -------------------------------


@pytest.mark.parametrize("published, sentence, expected", [
    # the review's: "would" governs another verb than the date's; a year (a month) ahead
    (THU14, "The council said it would investigate the flooding in Xville in February.",
     ("2024-02-01", "2024-02-29", "month")),
    (THU14, "The company said it would not comment on the crash in Xville in January.",
     ("2024-01-01", "2024-01-31", "month")),
    (THU14, "The minister said Xville would get the money it was promised in January.",
     ("2024-01-01", "2024-01-31", "month")),
    (THU14, "Officials said the inquiry would examine the fire in Xville on the 2nd.",
     ("2024-03-02", "2024-03-02", "day")),
    (THU14, "Officials said the inquiry would examine the fire in Xville on March 2.",
     ("2024-03-02", "2024-03-02", "day")),
    # a month gone by in the report's year is this year's, even one "would" looks to,
    # four months on or more (next January, a month on, is next year's since review 21 left
    # it: test_left22_dates)
    # (audit 33: not "would reopen in April", the verb's own month, now next year's —
    # `timex._its_own_verb_s`; dates59: nor "would inspect the Xville line in April", a
    # facility's, whose month is the verb's too: the month must date the noun's event)
    (DEC14, "Officials said they would investigate the derailment on the Xville line in April.",
     ("2024-04-01", "2024-04-30", "month")),
    # "'d" before a past participle is "had": the past
    (THU14, "She said she'd visited Xville in May.", ("2023-05-01", "2023-05-31", "month")),
    (THU14, "She said she'd been in Xville in May.", ("2023-05-01", "2023-05-31", "month")),
    (THU14, "Police said they'd searched a house in Xville on the 20th.",
     ("2024-02-20", "2024-02-20", "day")),
])
def test_would_looks_ahead_only_to_what_was_still_to_come(published, sentence, expected):
    assert iso_span(_guess(published, sentence)) == expected


@pytest.mark.parametrize("published, sentence, expected", [
    # still to come at the report's date: ahead, as since review 20b
    (THU14, "Officials in Xville said the line would reopen in May.",
     ("2024-05-01", "2024-05-31", "month")),
    (THU14, "Officials in Xville said the line would reopen in Q3.",
     ("2024-07-01", "2024-09-30", "range")),
    (THU14, "Officials in Xville said the line would reopen on the 20th.",
     ("2024-03-20", "2024-03-20", "day")),
    (THU14, "Officials in Xville said the line would reopen in March.",
     ("2024-03-01", "2024-03-31", "month")),
    (DEC14, "Officials said the Xville line would reopen on the 20th.",
     ("2024-12-20", "2024-12-20", "day")),
    (DEC14, "Officials said the Xville line would reopen in January.",
     ("2025-01-01", "2025-01-31", "month")),
    # "'d" before a plain verb is "would"
    (THU14, "She said she'd visit Xville in May.", ("2024-05-01", "2024-05-31", "month")),
])
def test_what_was_still_to_come_stays_ahead(published, sentence, expected):
    assert iso_span(_guess(published, sentence)) == expected


# -- 6. only a date moved is the day it was moved to ---------------------------------------


@pytest.mark.parametrize("sentence, expected", [
    # the review's: the last day alone before
    ("Fog delayed flights at Xville airport from Monday to Wednesday.",
     ("2024-03-11", "2024-03-13", "range")),
    ("Roadworks delayed traffic in Xville from Monday to Friday.",
     ("2024-03-11", "2024-03-15", "range")),
    ("The strike delayed bin collections in Xville from March 4 to March 8.",
     ("2024-03-04", "2024-03-08", "range")),
    ("Deliveries in Xville were delayed by hours from Monday to Friday.",
     ("2024-03-11", "2024-03-15", "range")),
    ("Trains in Xville were delayed from Saturday to Sunday night.",
     ("2024-03-09", "2024-03-10", "range")),
    ("Residents were moved out of Xville from Saturday to Monday.",
     ("2024-03-09", "2024-03-11", "range")),
    ("Patients were moved between hospitals in Xville from Monday to Friday.",
     ("2024-03-11", "2024-03-15", "range")),
    ("Temperatures in Xville changed little from Monday to Friday.",
     ("2024-03-11", "2024-03-15", "range")),
    ("Prices in Xville shifted sharply from Monday to Friday.",
     ("2024-03-11", "2024-03-15", "range")),
])
def test_a_range_of_what_was_not_rescheduled_stays_a_range(sentence, expected):
    assert iso_span(_guess(THU14, sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The vote in Xville was postponed from Monday to Friday.", "2024-03-15"),
    ("The Xville hearing was moved from May 5 to May 12.", "2024-05-12"),
    ("The rally in Xville was switched from Saturday to Sunday.", "2024-03-10"),
    ("Organisers moved the Xville concert from Saturday to Sunday.", "2024-03-10"),
])
def test_an_event_rescheduled_is_the_day_it_was_moved_to(sentence, expected):
    guess = _guess(THU14, sentence)
    assert (guess.date.isoformat(), guess.end) == (expected, None), guess
    assert "moved to" in guess.evidence, guess


# -- 7. an ordinal in words before a noun is no day ----------------------------------------


@pytest.mark.parametrize("sentence", [
    "The fire in Xville broke out on the fourth and fifth floors.",
    "Offices in Xville on the sixth, seventh and eighth floors were evacuated.",
    "Xville qualified on the fifth and last day of the tournament.",
    "The fire in Xville broke out on the 4th and 5th floors.",
])
def test_an_ordinal_list_before_a_noun_is_no_day(sentence):
    guess = _guess(THU14, sentence)
    assert guess.method == "fallback" and guess.date.isoformat() == THU14, guess


@pytest.mark.parametrize("sentence, expected", [
    ("Xville was hit on the twenty-first.", "2024-02-21"),
    ("Xville was flooded on the fourth day of the month.", "2024-03-04"),
    ("Xville scored on the fifth, and again on the ninth.", "2024-03-05"),
    ("Xville was hit on the fourth and again on the fifth.", "2024-03-04"),
    ("Xville was flooded on the 4th and 5th.", "2024-03-04"),
])
def test_an_ordinal_day_standing_alone_is_a_day(sentence, expected):
    assert _guess(THU14, sentence).date.isoformat() == expected
