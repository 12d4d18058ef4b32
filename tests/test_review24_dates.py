"""Review 24: dates read the wrong way in the date reader (placeline.dates, placeline.timex).

"Next", "ahead of", "upcoming", "tomorrow" and "scheduled" had beaten every past verb of
their clause ("He was arrested in Xville on Saturday and charged the next day" in Tuesday's
paper: the coming Saturday)."""

from __future__ import annotations

import datetime as dt

import pytest

from placeline.dates import event_date
from placeline.models import DateGuess


def _guess(published: str, text: str, place: str = "Xville") -> DateGuess | None:
    start = text.index(place)
    return event_date(text, start, start + len(place), dt.date.fromisoformat(published))


def _start(guess: DateGuess | None) -> str | None:
    return None if guess is None or guess.date is None else guess.date.isoformat()


# -- 1. words that look ahead without a verb give way to a past verb -------------------------

@pytest.mark.parametrize(("published", "text", "expected"), [
    # Tuesday 5 March 2024: the Saturday gone by, not the coming one
    ("2024-03-05", "She was detained in Xville on Saturday and released the next day.",
     "2024-03-02"),
    ("2024-03-05", "Troops were sent to Xville on Saturday ahead of the referendum.",
     "2024-03-02"),
    ("2024-03-05", "Farmers marched through Xville on Friday ahead of next week's budget.",
     "2024-03-01"),
    ("2024-03-05", "Families left Xville on Sunday, fearing the next round of shelling.",
     "2024-03-03"),
    ("2024-03-05", "Campaigners gathered in Xville on Saturday before the upcoming vote.",
     "2024-03-02"),
])
def test_an_adverb_that_looks_ahead_gives_way_to_a_past_verb(published, text, expected):
    assert _start(_guess(published, text)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # no verb told in the past: the adverb still looks ahead
    ("2024-03-05", "Tickets for the upcoming derby in Xville on Saturday cost £30.", "2024-03-09"),
    ("2024-03-05", "The next hearing in Xville is on Friday.", "2024-03-08"),
    ("2024-03-05", "Supporters gather in Xville on Saturday ahead of the final.", "2024-03-09"),
    # a verb of the future beats the past ("was arrested" and "will be charged")
    ("2024-03-05", "A man who was arrested in Xville will appear in court on Friday.",
     "2024-03-08"),
    # "scheduled" is no account of the past
    ("2024-03-05", "The scheduled meeting in Xville on Thursday will go ahead.", "2024-03-07"),
    ("2024-03-05", "A scheduled strike in Xville on Thursday has the backing of members.",
     "2024-03-07"),
])
def test_what_looks_ahead_with_no_past_verb_stays_ahead(published, text, expected):
    assert _start(_guess(published, text)) == expected
