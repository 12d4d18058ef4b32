"""Left open by review 21, dates: a closure told in the present looks ahead; "moved from 5 May
to 12 June" is the day it was moved to, and a range of two days each with its month, day
first, is a range; "on the fourth of the month" is a day; a feed of a UTC+05:45 newsroom's
midnights gives its dates; "said … would reopen in January" in December is next January."""

from __future__ import annotations

import pytest

from tests.helpers import iso_span
from tests.test_audit19_dates import _guess
from tests.test_left21_dates import _published, _rows

WED13 = "2024-03-13"
THU14 = "2024-03-14"
APR02 = "2024-04-02"
DEC10 = "2024-12-10"


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
    assert iso_span(_guess(WED13, sentence)) == expected


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
    # a deadline, by its own rule (audit 19): the coming day, the one gone by; a state until
    # the coming day runs from the report's date (fix 53)
    ("Xville schools are closed until Monday.", ("2024-03-13", "2024-03-18", "range")),
    ("The bridge in Xville was closed until Monday.", ("2024-03-11", "2024-03-11", "day")),
])
def test_a_past_closure_stays_past(sentence, expected):
    assert iso_span(_guess(WED13, sentence)) == expected


# -- 2. "moved from 5 May to 12 June": the new day; "from 5 May to 12 June": a range ----------


@pytest.mark.parametrize("sentence, expected, evidence", [
    # the review's: 5 May before
    ("The final in Xville was moved from 5 May to 12 June.", "2024-06-12",
     "moved from 5 May to 12 June"),
    ("The Xville vote was brought forward from 12 June to 5 May.", "2024-05-05",
     "brought forward from 12 June to 5 May"),
    ("Organisers switched the Xville final from the 5th of May to the 12th of June.",
     "2024-06-12", "switched from the 5th of May to the 12th of June"),
    ("The Xville final was postponed from 28 December to 3 January.", "2024-01-03",
     "postponed from 28 December to 3 January"),
    # as before: month first, one month
    ("The final in Xville was moved from May 5 to June 12.", "2024-06-12",
     "moved from May 5 to June 12"),
    ("The vote in Xville was moved from 5 to 12 May.", "2024-05-12", "moved from 5 to 12 May"),
])
def test_what_was_moved_day_first_is_the_new_day(sentence, expected, evidence):
    guess = _guess(WED13, sentence)
    assert (guess.date.isoformat(), guess.end, guess.precision) == (expected, None, "day"), guess
    assert guess.evidence.startswith(evidence) and "moved to" in guess.evidence, guess


@pytest.mark.parametrize("sentence, expected", [
    # a range of two days each with its month, day first: the first day alone (or the last,
    # the nearer one to the place) before
    ("From 5 May to 12 June the museum in Xville is closed.", ("2024-05-05", "2024-06-12")),
    ("The museum in Xville is closed from 5 May to 12 June.", ("2024-05-05", "2024-06-12")),
    ("Xville held the fair between 28 June and 3 July.", ("2023-06-28", "2023-07-03")),
    ("The Xville festival runs 28 June - 3 July 2024.", ("2024-06-28", "2024-07-03")),
    ("Xville was closed from 28 December 2023 until 3 January.",
     ("2023-12-28", "2024-01-03")),
    # a range that was delayed is no move (review 21)
    ("The strike delayed bin collections in Xville from 4 March to 8 April.",
     ("2024-03-04", "2024-04-08")),
])
def test_a_day_first_range_of_two_months_is_a_range(sentence, expected):
    guess = _guess(WED13, sentence)
    assert (guess.date.isoformat(), guess.end.isoformat(), guess.precision) == \
        (*expected, "range"), guess


def test_two_days_listed_are_no_range():
    """"on 5 May and 12 June" are two days, not all the days between: the first, as before."""
    guess = _guess(WED13, "Xville votes on 5 May and 12 June.")
    assert (guess.date.isoformat(), guess.end, guess.precision) == ("2024-05-05", None, "day")


# -- 3. "on the fourth of the month": a day; listed, the first; before a noun, none ----------


@pytest.mark.parametrize("published, sentence, expected", [
    # the review's: no date before (the list's first day was read, "of the month" alone not)
    (APR02, "Parliament in Xville votes on the fourth of the month.", "2024-04-04"),
    (APR02, "Parliament in Xville votes on the 4th of the month.", "2024-04-04"),
    (APR02, "Xville was flooded on the fourth of the month.", "2024-03-04"),
    # decided: a list of ordinal days is dated by its first, as "on the 4th and 5th" has been
    # since audit 20 (review 21 pins it), not made a range
    (APR02, "Parliament in Xville votes on the fourth and fifth of the month.", "2024-04-04"),
    (APR02, "Parliament in Xville votes on the 4th and 5th of the month.", "2024-04-04"),
    # as before
    (APR02, "Parliament in Xville votes on the fourth of this month.", "2024-04-04"),
    (APR02, "Parliament in Xville votes on the fourth day of the month.", "2024-04-04"),
])
def test_the_fourth_of_the_month_is_a_day(published, sentence, expected):
    guess = _guess(published, sentence)
    assert (guess.date.isoformat(), guess.end, guess.precision) == (expected, None, "day"), guess


@pytest.mark.parametrize("sentence", [
    "The fire in Xville broke out on the fourth and fifth floors.",
    "The fire in Xville broke out on the 4th and 5th floors.",
    "Xville votes on the fourth of the month's sessions.",
])
def test_floors_are_no_day(sentence):
    guess = _guess(APR02, sentence)
    assert guess.method == "fallback" and guess.date.isoformat() == APR02, guess


# -- 4. quarter-hour zones east of UTC: Nepal's midnight, 18:15 UTC --------------------------


@pytest.mark.parametrize("stamps, dates, zone", [
    # the review's: Nepal (UTC+05:45), a day early before, where India's 18:30 was read
    (["2024-03-04T18:15:00Z", "2024-03-05T18:15:00Z", "2024-03-07T18:15:00Z"],
     ["2024-03-05", "2024-03-06", "2024-03-08"], "+05:45"),
    # as before: India
    (["2024-03-04T18:30:00Z", "2024-03-05T18:30:00Z", "2024-03-07T18:30:00Z"],
     ["2024-03-05", "2024-03-06", "2024-03-08"], "+05:30"),
])
def test_a_quarter_hour_zone_s_midnights_give_its_dates(stamps, dates, zone):
    guesses = _published(_rows(stamps))
    assert [g.date.isoformat() for g in guesses] == dates
    assert all(g.stamp is None and f"midnight at UTC{zone}" in g.evidence for g in guesses), \
        guesses


@pytest.mark.parametrize("stamps", [
    # two days are not enough east of UTC (review 21)
    ["2024-03-04T18:15:00Z", "2024-03-05T18:15:00Z"],
    # the Chatham Islands' midnight (UTC+12:45) is past the east end, as New Zealand's is
    ["2024-03-04T11:15:00Z", "2024-03-05T11:15:00Z", "2024-03-06T11:15:00Z"],
    # Eucla's +08:45 (no newsroom's) is not read: 15:15 UTC is a New York briefing's 10:15
    ["2024-01-08T15:15:00Z", "2024-01-09T15:15:00Z", "2024-01-10T15:15:00Z"],
    # and a quarter hour that is no zone's midnight stays an instant
    ["2024-03-04T18:45:00Z", "2024-03-05T18:45:00Z", "2024-03-06T18:45:00Z"],
    ["2024-03-04T12:00:00Z", "2024-03-05T12:00:00Z", "2024-03-06T12:00:00Z"],
])
def test_other_quarter_hours_stay_instants(stamps):
    guesses = _published(_rows(stamps))
    assert all(g.stamp is not None and "(a date" not in g.evidence for g in guesses), guesses
    assert [g.date for g in guesses] == [g.stamp.date() for g in guesses]


# -- 5. "said … would" a month or two into the next year ------------------------------------


@pytest.mark.parametrize("published, sentence, expected", [
    # the review's: January 2024 before, the price review 21 had pinned
    (DEC10, "Officials said the bridge in Xville would reopen in January.",
     ("2025-01-01", "2025-01-31", "month")),
    (DEC10, "Officials said the bridge in Xville would reopen in early February.",
     ("2025-02-01", "2025-02-10", "range")),  # (its first third: dates62)
    (DEC10, "The Xville line would reopen in March, officials said.",
     ("2025-03-01", "2025-03-31", "month")),
    ("2024-11-20", "Officials said the Xville line could reopen in January.",
     ("2025-01-01", "2025-01-31", "month")),
    # as before: a day and month, read in the nearer year
    (DEC10, "Officials said the Xville line would reopen on 5 January.",
     ("2025-01-05", "2025-01-05", "day")),
])
def test_what_was_said_to_come_early_next_year_is_next_year_s(published, sentence, expected):
    assert iso_span(_guess(published, sentence)) == expected


@pytest.mark.parametrize("published, sentence, expected", [
    # four months on or more: the report's year, "would" governing another verb (review 21);
    # where the month is the verb's own ("would reopen in April"), next year's (audit 33,
    # item 5: `timex._its_own_verb_s`)
    (DEC10, "Officials said the bridge in Xville would reopen in April.",
     ("2025-04-01", "2025-04-30", "month")),
    (THU14, "The council said it would investigate the flooding in Xville in February.",
     ("2024-02-01", "2024-02-29", "month")),
    (THU14, "The company said it would not comment on the crash in Xville in January.",
     ("2024-01-01", "2024-01-31", "month")),
    (DEC10, "The council said it would investigate the flooding in Xville in November.",
     ("2024-11-01", "2024-11-30", "month")),
    # a past account stays past
    (DEC10, "Officials said the bridge in Xville reopened in January.",
     ("2024-01-01", "2024-01-31", "month")),
    (DEC10, "Officials said the bridge in Xville would have reopened in January.",
     ("2024-01-01", "2024-01-31", "month")),
    (DEC10, "Officials said in January that the bridge in Xville would reopen.",
     ("2024-01-01", "2024-01-31", "month")),
])
def test_what_was_said_further_on_stays_in_the_report_s_year(published, sentence, expected):
    assert iso_span(_guess(published, sentence)) == expected
