"""Fix 51: audit 30's dating items (placeline.dates, placeline.timex): a weekday's tense from
its own predicate, explicit dates years ahead, a shared past after a name, "the same day",
a bare ordinal day, "until the end of the year", and the publication date's note."""

from __future__ import annotations

import pytest

from tests.test_review24_dates import _guess, _start

# -- 1. "… on Saturday and will … on Sunday": each weekday by its own verb (item 3) ----------

@pytest.mark.parametrize(("published", "text", "expected"), [
    # Sunday 9 February 2025: the Saturday gone by, not 15 February
    ("2025-02-09", ("Xville disconnected from the Russian grid on Saturday and will join the "
                    "European grid on Sunday."), "2025-02-08"),
    ("2025-02-09", ("Xville, Ytown and Zville disconnected from the power grid on Saturday and "
                    "will join the European grid on Sunday, officials said."), "2025-02-08"),
    # Tuesday 5 March 2024
    ("2024-03-05", "Flood water swamped Xville on Sunday, but would recede by the weekend.",
     "2024-03-03"),
])
def test_a_past_predicate_beside_a_modal_one_keeps_its_past(published: str, text: str,
                                                             expected: str) -> None:
    assert _start(_guess(published, text)) == expected


@pytest.mark.parametrize(("published", "text", "place", "expected"), [
    # the modal's own predicate still looks ahead: Tuesday 5 March 2024
    ("2024-03-05", "Ytown closed its bridge on Sunday and will open Xville's on Friday.",
     "Xville", "2024-03-08"),
    ("2024-03-05", "Officials in Xville will meet on Friday and will vote on Monday.",
     "Xville", "2024-03-08"),
    # no modal: as before
    ("2024-03-05", "Storms hit Xville on Sunday and left on Monday.", "Xville", "2024-03-03"),
])
def test_a_modal_predicate_looks_ahead_as_before(published: str, text: str, place: str,
                                                 expected: str) -> None:
    assert _start(_guess(published, text, place)) == expected


# -- 2. a date written with its year, years ahead: that date (item 4) -------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # Thursday 5 October 2023: not the publication date
    ("The opening match will be played in Xville on 11 June 2026.", "2026-06-11"),
    ("The 2028 Olympics will open in Xville on July 14, 2028.", "2028-07-14"),
    ("The Games will be held in Xville from 14 to 30 July 2028.", "2028-07-14"),
])
def test_a_written_day_years_ahead_is_its_date(text: str, expected: str) -> None:
    assert _start(_guess("2023-10-05", text)) == expected


@pytest.mark.parametrize("text", [
    # a bare year, a month, a count: still rejected and flagged
    "Elections will be held in Xville in 2031.",
    "Xville will host the fair in June 2030.",
    "Xville will be carbon neutral by 2040.",
])
def test_a_year_or_month_years_ahead_is_still_rejected(text: str) -> None:
    guess = _guess("2023-10-05", text)
    assert guess is not None and guess.precision == "publication"
    assert "more than a year after publication" in guess.flag


# -- 3. a past form the present shares, after a name as subject (item 6) ---------------------

@pytest.mark.parametrize("text", [
    # Monday 15 January 2024: Thursday 11 January, not 18 January
    "Storm Ingunn cut power to 40,000 homes in Xville on Thursday.",
    "Hurricane Milton hit Xville on Thursday.",
    "Heavy snow fell and Storm Ingunn shut schools in Xville on Thursday.",
    "Norway Post cut its service to Xville on Thursday.",
])
def test_a_shared_past_after_a_name_is_the_past(text: str) -> None:
    assert _start(_guess("2024-01-15", text)) == "2024-01-11"


@pytest.mark.parametrize("text", [
    # not a subject (after a preposition), a plural or collective, a modal: as before
    "Officials in Trondheim cut power in Xville on Thursday.",
    "Police cut power in Xville on Thursday.",
    "Strikes hit Xville on Thursday.",
    "Storm Ingunn will cut power to Xville on Thursday.",
])
def test_a_shared_form_elsewhere_is_read_as_before(text: str) -> None:
    assert _start(_guess("2024-01-15", text)) == "2024-01-18"


# -- 4. "on the same day": the day just named, not the sentence's first (item 11) ------------

@pytest.mark.parametrize(("published", "text", "expected"), [
    # Friday 6 December 2024: Tuesday 10 December, not Friday 6
    ("2024-12-06", ("This year's laureates arrived in Ytown on Friday ahead of the ceremony on "
                   "December 10. The peace prize will be presented in Xville on the same day."),
     "2024-12-10"),
    # Tuesday 5 March 2024: Sunday 3 March, not Friday 1 March
    ("2024-03-05", ("Ministers met in Ytown on Friday before the vote on Sunday. Protesters "
                   "gathered in Xville on the same day."), "2024-03-03"),
])
def test_the_same_day_is_the_day_last_named(published: str, text: str, expected: str) -> None:
    assert _start(_guess(published, text)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # one day named before, or one in the sentence itself: as before
    ("2024-12-06", ("The ceremony is on December 10. The peace prize will be presented in "
                   "Xville on the same day."), "2024-12-10"),
    ("2024-03-05", "Ministers met in Ytown on Friday. Talks in Xville began the next day.",
     "2024-03-02"),
])
def test_the_same_day_after_one_day_is_read_as_before(published: str, text: str,
                                                      expected: str) -> None:
    assert _start(_guess(published, text)) == expected


# -- 5. "on the evening of the 19th": a bare ordinal day after a part of the day (item 12) ----

@pytest.mark.parametrize(("text", "expected"), [
    # Tuesday 18 March 2025: the month's day by the tense, as "on the 16th"
    ("Protesters marched in Xville on the evening of the 16th.", "2025-03-16"),
    ("Police cleared the square in Xville in the early hours of the 16th.", "2025-03-16"),
    ("Talks will resume in Xville on the morning of the 21st.", "2025-03-21"),
    ("Protests spread from Ytown to Xville and Zville on the evening of the 19th.", "2025-03-19"),
])
def test_a_part_of_an_ordinal_day_is_that_day(text: str, expected: str) -> None:
    assert _start(_guess("2025-03-18", text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Protesters marched in Xville on the 16th.", "2025-03-16"),
    # a noun after the ordinal: no day
    ("Protesters marched in Xville on the evening of the 16th anniversary.", "2025-03-18"),
])
def test_an_ordinal_day_is_read_as_before(text: str, expected: str) -> None:
    assert _start(_guess("2025-03-18", text)) == expected


# -- 6. "until the end of the year": from now to then, not the whole year (item 13) ----------

def _span(guess) -> tuple[str | None, str | None, str | None]:
    end = guess.end or guess.date
    return _start(guess), end and end.isoformat(), guess.precision


@pytest.mark.parametrize("text", [
    # Thursday 2 May 2024: 2 May to 31 December, not from 1 January
    ("Maersk said disruption would last at least until the end of the year, as ships diverted "
     "around Xville."),
    "The bridge in Xville is closed for the rest of the year.",
    "The bridge in Xville will stay shut until the very end of the year.",
    # a deadline after a modal, since dates60 (it had been the year from 1 January)
    "The bridge in Xville will reopen by the end of the year.",
])
def test_what_lasts_to_the_year_s_end_runs_from_now(text: str) -> None:
    assert _span(_guess("2024-05-02", text)) == ("2024-05-02", "2024-12-31", "range")


@pytest.mark.parametrize("text", [
    # a past account, a time at the year's end, a deadline: the year as before
    "The bridge in Xville stayed closed until the end of the year.",
    "The bridge in Xville will reopen at the end of the year.",
])
def test_the_year_s_end_is_the_year_elsewhere(text: str) -> None:
    assert _span(_guess("2024-05-02", text)) == ("2024-01-01", "2024-12-31", "year")


# -- 7. the publication date's note says what the sentence's dates did (item 16) -------------

def test_the_publication_date_s_note_names_the_dates_of_other_parts() -> None:
    text = ("Born in Elverum in 1946, he guided the team to gold at the Xville and Nagano "
            "Olympics before retiring to Gjøvik in 2002.")
    guess = _guess("2024-03-03", text)
    assert guess.precision == "publication"
    assert guess.evidence == ("publication date: “in 1946” and “in 2002” date other parts of "
                              "the sentence")


def test_the_publication_date_s_note_names_a_lasting_state_s_start() -> None:
    guess = _guess("2024-03-05", "Xville has been at war since 2014.")
    assert guess.evidence == "publication date: “since 2014” is when a state that still lasts began"


@pytest.mark.parametrize("text", [
    # no time, or times that are no dates (a habit's days): the words as before
    "Xville is a town.",
    "The library in Xville is open Monday through Friday.",
])
def test_the_publication_date_s_note_is_as_before_without_dates(text: str) -> None:
    assert _guess("2024-03-05", text).evidence == "publication date"


def test_a_card_says_what_the_sentence_s_dates_did() -> None:
    from app_common import event_line
    from placeline.snippets import Snippet
    card = Snippet(1, "Coach dies", "2024-03-03", "explicit", "2024-03-03", None,
                   "publication", [], "", "fallback",
                   "publication date: “in 1946” and “in 2002” date other parts of the sentence")
    line = event_line(card)
    assert "no date of its own" not in line and "1946" in line and "2002" in line
    plain = Snippet(1, "Coach dies", "2024-03-03", "explicit", "2024-03-03", None,
                    "publication", [], "", "fallback", "publication date")
    assert "(publication date: the sentence gives no date of its own)" in event_line(plain)
