"""Review 18, small items: a short weekday form that names something ("The Sun, March 5") is
no weekday; exports name an article's file relative to where it was ingested, not by the
absolute path; a junk file named on the command line is said to be passed over; numeric
metadata dates ("11/05/2024") are read in the order their feed proves, else flagged; an
article's date can be set by hand, as a correction that survives re-ingest."""

from __future__ import annotations

import datetime as dt

import pytest

from placeline.dates import event_date
from placeline.models import DateGuess


def _guess(published: str, sentence: str, place: str = "Xville") -> DateGuess:
    start = sentence.index(place)
    return event_date(sentence, start, start + len(place), dt.date.fromisoformat(published))


# -- 1. "The Sun, March 5": a newspaper, not a Sunday ----------------------------------------


@pytest.mark.parametrize("sentence, evidence", [
    ("The Sun, March 5: floods in Xville", "March 5"),   # the review's case
    ("the Sun, March 5, reported floods in Xville.", "March 5"),
    ("The Baltimore Sun, March 5: floods in Xville", "March 5"),
    ("Sat, March 5: floods in Xville", "March 5"),        # a short form that disagrees
    ("The Wed, March 5 issue said floods hit Xville.", "March 5"),
])
def test_a_short_weekday_form_that_names_something_is_no_weekday(sentence, evidence):
    guess = _guess("2024-03-13", sentence)
    assert (guess.date, guess.evidence, guess.flag) == (dt.date(2024, 3, 5), evidence, "")


def test_a_short_weekday_form_that_is_the_date_s_stays_and_a_full_name_is_still_checked():
    assert _guess("2024-03-13", "Tue, March 5: floods in Xville").evidence == "Tue, March 5"
    full = _guess("2024-03-13", "Floods hit Xville on Sunday, March 5.")
    assert full.date == dt.date(2024, 3, 5) and "Sunday" in full.flag
