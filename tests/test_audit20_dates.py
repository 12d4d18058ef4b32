"""Audit 20, dates: forecasts with "could", "may", "might" and a scheduled present lie ahead;
a UTC stamp's "yesterday" east of it is the place's; a site's numeric dates are read in the
order its URL's date and its own rows prove, and that date stands in for a missing one;
epoch stamps are UTC; weekday ranges, ordinal days, "Tuesday week", weeks of a month,
quarters and decades."""

from __future__ import annotations

import pytest

from tests.test_audit19_dates import _guess

# -- 5. forecasts: "could", "may", "might", "told to expect", a scheduled present ------------

TUE = "2024-03-05"


@pytest.mark.parametrize("sentence, expected", [
    # what was said may happen lies ahead of the saying (the reporting verb had made the
    # clause a past account: last week's day)
    ("Forecasters said Xville could see snow on Friday.", "2024-03-08"),
    ("Officials said the road to Xville may reopen on Friday.", "2024-03-08"),
    ("Forecasters warned Xville might flood on Thursday.", "2024-03-07"),
    ("The Met Office said Xville could see gusts of 70mph on Thursday.", "2024-03-07"),
    ("Engineers said the Xville line should reopen on Thursday.", "2024-03-07"),
    ("Residents in Xville were told to expect more rain on Wednesday.", "2024-03-06"),
    ("Xville may see snow on Saturday.", "2024-03-09"),  # (no saying: the nearer, gone by)
    # a timetable's present: the coming day (it had been the nearer one, gone by)
    ("The Xville match kicks off at 8pm on Saturday.", "2024-03-09"),
    ("The Xville council meets on Saturday to set the budget.", "2024-03-09"),
    # as before
    ("He said he would travel to Xville on Friday.", "2024-03-08"),
    ("Xville is expected to get 20cm of snow on Friday.", "2024-03-08"),
])
def test_a_forecast_s_weekday_lies_ahead(sentence, expected):
    guess = _guess(TUE, sentence)
    assert (guess.date.isoformat(), guess.precision) == (expected, "day"), guess


@pytest.mark.parametrize("sentence, expected", [
    # what may have happened is past; and so is what could not be done
    ("Police said the fire in Xville could have started on Saturday.", "2024-03-02"),
    ("Officials said the suspect may have fled Xville on Sunday.", "2024-03-03"),
    ("Rescuers said they could not reach Xville on Monday.", "2024-03-04"),
    # a past account's own verb, after "said": as before
    ("Officials said the road to Xville reopened on Friday.", "2024-03-01"),
    ("The Xville match kicked off at 8pm on Saturday.", "2024-03-02"),
    ("Forecasters said on Monday that Xville could see snow.", "2024-03-04"),
    ("The storm that struck Xville on Saturday could return.", "2024-03-02"),
])
def test_a_past_account_keeps_its_weekday(sentence, expected):
    assert _guess(TUE, sentence).date.isoformat() == expected
