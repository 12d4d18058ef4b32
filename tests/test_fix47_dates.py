"""Fix 47: the date reader (placeline.dates, placeline.timex) on audit 28's items 5-7 and
their kin: a month that may yet come, a reporting clause's own day, the end of a span, a
holiday's weekend, and a put-off told in the present perfect."""

from __future__ import annotations

import pytest

from tests.test_review24_dates import _guess, _start

# -- 1. a month of what may yet come: the coming one, not last year's ------------------------

@pytest.mark.parametrize(("published", "text", "place", "expected"), [
    # Wednesday 10 January 2024: February 2024, not February 2023 (audit 28, item 5)
    ("2024-01-10", ("The union leader told reporters in Berlin that a further strike in "
     "February could not be ruled out."), "Berlin", "2024-02-01"),
    ("2024-01-10", "A further strike in Munich in February could not be ruled out.",
     "Munich", "2024-02-01"),
    ("2024-01-10", "Officials in Xville said a walkout in February was possible.", "Xville",
     "2024-02-01"),
    ("2024-01-10", "The union threatened a further strike in Xville in February.", "Xville",
     "2024-02-01"),
    # Tuesday 5 March 2024: a weekday that may yet come is the coming one
    ("2024-03-05", "A strike in Xville on Friday could not be ruled out.", "Xville",
     "2024-03-08"),
])
def test_a_date_of_what_may_yet_come_is_ahead(published: str, text: str, place: str,
                                              expected: str) -> None:
    assert _start(_guess(published, text, place)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # a past account keeps the month gone by
    ("2024-01-10", "Dock workers in Xville went on strike in February.", "2023-02-01"),
    ("2024-01-10", "The union held a strike in Xville in February, when it was likely.",
     "2023-02-01"),
    ("2024-01-10", "It was possible that the fire in Xville in February was arson.",
     "2023-02-01"),
    # a person threatened, not a thing: what was done (lgl-74, Tuesday 31 March 2009)
    ("2009-03-31", ("She planned to have her son threaten her with a gun Thursday night in "
     "Xville."), "2009-03-26"),
])
def test_a_past_account_s_month_stays_gone_by(published: str, text: str,
                                              expected: str) -> None:
    assert _start(_guess(published, text)) == expected


# -- 2. a reporting clause's day is when it was said, not when the main clause happened -----

@pytest.mark.parametrize(("published", "text", "place", "expected"), [
    # Tuesday 14 May 2024: the rain's Sunday, not the Red Cross's Monday (audit 28, item 6)
    ("2024-05-14", ("Heavy rain on Sunday forced more than 4,000 families from their homes in "
     "Kisumu, the Red Cross said on Monday."), "Kisumu", "2024-05-12"),
    ("2024-05-14", ("A landslide on Saturday buried three homes near Xville, police said late "
     "on Sunday."), "Xville", "2024-05-11"),
    ("2024-05-14", "Floods last week cut the road to Xville, officials said on Monday.",
     "Xville", "2024-05-06"),
])
def test_the_main_clause_s_own_date_wins_over_the_saying_s(published: str, text: str,
                                                           place: str, expected: str) -> None:
    assert _start(_guess(published, text, place)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # no date of its own: the saying's day stands
    ("2024-05-14", "Heavy rain forced families from Xville, the Red Cross said on Monday.",
     "2024-05-13"),
    # the place is in the saying's clause
    ("2024-05-14", "Rain fell on Sunday, officials in Xville said on Monday.", "2024-05-13"),
    ("2024-05-14", "Officials in Xville said on Monday that rain had stopped on Sunday.",
     "2024-05-13"),
    ("2024-05-14", "A bomb exploded in Xville on Saturday, police said on Sunday.",
     "2024-05-11"),
])
def test_the_saying_s_day_where_nothing_else_dates_it(published: str, text: str,
                                                       expected: str) -> None:
    assert _start(_guess(published, text)) == expected


# -- 3. the end of a span "until" a day and month does not date the place ---------------------

@pytest.mark.parametrize(("text", "expected"), [
    # Thursday 30 May 2024: the order's report date, not 30 June (audit 28, item 7)
    ("Schools in Xville were ordered to close until June 30.", "2024-05-30"),
    ("Schools in Xville will stay closed until 30 June.", "2024-05-30"),
    # "through June 30" had been 30 June 2023
    ("Schools in Xville were ordered to close through June 30.", "2024-05-30"),
    ("The exhibition in Xville runs till the 30th of June.", "2024-05-30"),
])
def test_a_span_s_end_leaves_the_report_s_date(text: str, expected: str) -> None:
    assert _start(_guess("2024-05-30", text)) == expected


def test_a_span_s_end_is_the_report_s_date_not_another_of_the_clause() -> None:
    # lgl-340, Monday 30 March 2009: not "last year", a comparison's
    text = ("In Xville, the sales through March 15 dropped from a combined 251 last year to "
            "155 this year.")
    assert _start(_guess("2009-03-30", text)) == "2009-03-30"


@pytest.mark.parametrize(("text", "expected"), [
    # a day put off until is the new day; a span's first day dates it; no day at all
    ("The match in Xville was postponed until June 30.", "2024-06-30"),
    ("Shops in Xville were shut from 1 May until 30 June.", "2024-05-01"),
    ("Schools in Xville were closed until further notice.", "2024-05-30"),
    ("Schools in Xville reopened on 3 May.", "2024-05-03"),
])
def test_what_is_no_span_s_end_is_read_as_before(text: str, expected: str) -> None:
    assert _start(_guess("2024-05-30", text)) == expected


# -- 4. a feast's weekend, holidays or period: the days around it ------------------------------

def _span(published: str, text: str, place: str = "Xville") -> tuple[str | None, str | None]:
    guess = _guess(published, text, place)
    return _start(guess), guess.end.isoformat() if guess and guess.end else None


@pytest.mark.parametrize(("published", "text", "place", "expected"), [
    # Wednesday 3 April 2024: Good Friday to Easter Monday, not the publication date
    ("2024-04-03", "Thousands flocked to Xville over the Easter weekend.", "Xville",
     ("2024-03-29", "2024-04-01")),
    ("2024-03-26", "Thousands will flock to Xville over the Easter weekend.", "Xville",
     ("2024-03-29", "2024-04-01")),
    # Thursday 19 December 2024 and Monday 6 January 2025: Christmas Eve to New Year's Day
    ("2024-12-19", "Shops in Xville will close over the Christmas holidays.", "Xville",
     ("2024-12-24", "2025-01-01")),
    ("2025-01-06", "Fires in Xville destroyed homes during the Christmas period.", "Xville",
     ("2024-12-24", "2025-01-01")),
    # Saturday 30 November 2024: the United States' Thanksgiving, Thursday to Sunday
    ("2024-11-30", "Shoppers in Xville crowded stores over the Thanksgiving weekend.", "Xville",
     ("2024-11-28", "2024-12-01")),
    # Wednesday 16 October 2024: Canada's, the second Monday of October, where the
    # sentence speaks of Canada
    ("2024-10-16", "Families in Toronto gathered over the Thanksgiving weekend.", "Toronto",
     ("2024-10-12", "2024-10-14")),
    ("2024-10-16", "Canadians travelling to Xville were stuck on Thanksgiving.", "Xville",
     ("2024-10-14", None)),
])
def test_a_feast_s_span_is_its_days(published: str, text: str, place: str,
                                    expected: tuple[str, str | None]) -> None:
    assert _span(published, text, place) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # no cue of Canada: the United States' Thanksgiving, as before
    ("2024-10-16", "Families in Xville gathered on Thanksgiving.", ("2023-11-23", None)),
    # no feast's time: an event's name
    ("2024-04-03", "The Easter Rising is remembered in Xville.", ("2024-04-03", None)),
    # the feast alone: its day, as before
    ("2024-04-03", "Thousands flocked to Xville over Easter.", ("2024-03-31", None)),
])
def test_a_feast_without_a_span_is_read_as_before(published: str, text: str,
                                                  expected: tuple[str, str | None]) -> None:
    assert _span(published, text) == expected


# -- 5. a day first set, moved in the present perfect: the move is news, the days ahead -------

@pytest.mark.parametrize(("published", "text", "expected"), [
    # Tuesday 5 March 2024: from the coming Saturday, 9 March, not the nearer 2 March
    ("2024-03-05", ("The vote in Xville was set for Saturday but has been brought forward to "
     "Friday."), "2024-03-08"),
    ("2024-03-05", ("The vote in Xville was set for Saturday, but has been brought forward to "
     "Friday."), "2024-03-08"),
    ("2024-03-05", "The vote in Xville was set for Saturday but has been pushed back to Monday.",
     "2024-03-11"),
    ("2024-03-05", "The match in Xville set for Saturday has been pushed back to Monday.",
     "2024-03-11"),
])
def test_a_present_perfect_move_counts_from_the_coming_day(published: str, text: str,
                                                           expected: str) -> None:
    assert _start(_guess(published, text)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # Sunday 3 March 2024: the Saturday just gone, put off to the next day but one
    ("2024-03-03", "The match in Xville set for Saturday has been postponed to Monday.",
     "2024-03-04"),
    # the simple past: done, from the nearer Saturday (fix 44)
    ("2024-03-05", "The vote in Xville was set for Saturday but was brought forward to Friday.",
     "2024-03-01"),
])
def test_a_move_whose_day_is_not_gone_by_is_read_as_before(published: str, text: str,
                                                            expected: str) -> None:
    assert _start(_guess(published, text)) == expected
