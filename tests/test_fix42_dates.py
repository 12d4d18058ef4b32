"""Fix 42: dates read the wrong way in the date reader (placeline.dates, placeline.timex):
holidays with no year, "in the new year", a "since" date's own clause and a headline's
weekday."""

from __future__ import annotations

import pytest

from placeline.dates import date_from_metadata
from tests.test_review24_dates import _guess, _start

# -- 1. a holiday with no year is the nearest by the clause's tense --------------------------

@pytest.mark.parametrize(("published", "text", "expected"), [
    # Wednesday 10 April 2024: Easter Sunday was 31 March
    ("2024-04-10", "Thousands of pilgrims gathered in Xville over Easter.", "2024-03-31"),
    ("2024-02-10", "Pilgrims are expected to gather in Xville over Easter.", "2024-03-31"),
    ("2024-04-10", "Churches in Xville were full on Good Friday.", "2024-03-29"),
    # told in the past in October: last December's, not the coming one
    ("2024-10-01", "Shops in Xville were busy at Christmas.", "2023-12-25"),
    ("2024-10-01", "Crowds packed Xville on Christmas Eve.", "2023-12-24"),
    ("2024-11-10", "Shops in Xville will open late at Christmas.", "2024-12-25"),
    # United States' Thanksgiving, November's fourth Thursday
    ("2024-12-10", "A parade marched through Xville on Thanksgiving.", "2024-11-28"),
    ("2024-12-10", "The parade in Xville will be held on Thanksgiving.", "2025-11-27"),
    ("2024-07-20", "Fireworks lit up Xville on the Fourth of July.", "2024-07-04"),
    ("2024-07-20", "Americans watched fireworks over Xville on Independence Day.",
     "2024-07-04"),
    ("2024-01-10", "Crowds packed Xville over New Year.", "2024-01-01"),
])
def test_a_holiday_is_the_nearest_by_tense(published: str, text: str, expected: str) -> None:
    assert _start(_guess(published, text)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # a name before a noun names a thing, another country's Independence Day another day
    ("2024-01-10", "Shoppers in Xville spent more at Christmas markets.", "2024-01-10"),
    ("2024-01-10", "Families in Xville spent less on Christmas gifts.", "2024-01-10"),
    ("2024-08-20", "Crowds gathered in Xville on Independence Day.", "2024-08-20"),
    ("2024-01-10", "Crowds packed Xville on Boxing Day.", "2023-12-26"),
])
def test_a_holiday_s_name_as_before(published: str, text: str, expected: str) -> None:
    assert _start(_guess(published, text)) == expected


# -- 2. "in the new year" is a January --------------------------------------------------------

@pytest.mark.parametrize(("published", "text", "expected"), [
    # Wednesday 20 November 2024: the coming January
    ("2024-11-20", "The bridge in Xville will reopen in the new year.", ("2025-01-01",
                                                                         "2025-01-31")),
    ("2024-12-02", "Talks on Xville are expected to resume in the New Year.", ("2025-01-01",
                                                                               "2025-01-31")),
    # told in the past in March: this year's
    ("2024-03-05", "The bridge in Xville reopened in the new year.", ("2024-01-01",
                                                                      "2024-01-31")),
])
def test_in_the_new_year_is_a_january(published: str, text: str,
                                       expected: tuple[str, str]) -> None:
    guess = _guess(published, text)
    assert guess is not None and guess.end is not None
    assert (_start(guess), guess.end.isoformat()) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # counts ahead and back were read already; "celebrated the new year" names no time
    ("2024-03-05", "The bridge in Xville will reopen in two weeks.", "2024-03-18"),
    ("2024-03-05", "The bridge in Xville will reopen in three days' time.", "2024-03-08"),
    ("2024-03-05", "A decision on Xville is expected within a fortnight.", "2024-03-18"),
    ("2024-03-05", "The bridge in Xville will reopen in a month.", "2024-04-01"),
    ("2024-03-05", "The bridge in Xville closed a fortnight ago.", "2024-02-19"),
    ("2024-11-20", "Residents of Xville celebrated the new year.", "2024-11-20"),
])
def test_counts_of_time_as_before(published: str, text: str, expected: str) -> None:
    assert _start(_guess(published, text)) == expected


# -- 3. a "since" date dates what its own clause or noun tells --------------------------------

@pytest.mark.parametrize(("published", "text", "place", "expected"), [
    # Tuesday 5 March 2024: the dam failed in 1999, the floods were 2019's
    ("2024-03-05", "The town has flooded every winter since 1999, when a dam failed near Ytown.",
     "Ytown", "1999-01-01"),
    ("2024-03-05", ("Since 2008, when a landslide buried Ytown, the road to Xville has been "
                    "closed."), "Ytown", "2008-01-01"),
    ("2024-03-05", "Since 2019's floods in Ytown, residents of Xville have moved away.", "Ytown",
     "2019-01-01"),
    ("2024-03-05", "Families have left Xville since 2019's earthquake near Ytown.", "Ytown",
     "2019-01-01"),
])
def test_a_since_date_dates_its_own_account(published: str, text: str, place: str,
                                            expected: str) -> None:
    assert _start(_guess(published, text, place)) == expected


@pytest.mark.parametrize(("published", "text", "place", "expected"), [
    # the state that has lasted since is the news: no date from "since", as before
    ("2024-03-05", ("Since 2008, when a landslide buried Ytown, the road to Xville has been "
                    "closed."), "Xville", "2024-03-05"),
    ("2024-03-05", "Families have left Xville since 2019's earthquake near Ytown.", "Xville",
     "2024-03-05"),
    ("2024-03-05", "Xville has been rebuilt since 1999, when a dam failed.", "Xville",
     "2024-03-05"),
    ("2024-03-05", "Donbas has been at war since 2014.", "Donbas", "2024-03-05"),
])
def test_a_lasting_state_since_as_before(published: str, text: str, place: str,
                                         expected: str) -> None:
    assert _start(_guess(published, text, place)) == expected


# -- 4. a headline's present with a weekday over a body told in the past -----------------------

@pytest.mark.parametrize(("published", "text", "expected"), [
    # Tuesday 5 March 2024: the day gone by, not the coming one
    ("2024-03-05", ("Storms batter Xville on Friday\n\nHeavy rain flooded streets in Ytown "
                    "on Friday."), "2024-03-01"),
    ("2024-03-05", ("Floods swamp Xville on Friday\n\nRivers burst their banks across the "
                    "county, and hundreds of homes were evacuated."), "2024-03-01"),
    ("2024-03-05", ("Thousands march through Xville on Thursday\n\nThousands of people "
                    "marched through the city on Thursday to protest against cuts."),
     "2024-02-29"),
])
def test_a_headline_s_present_over_a_past_body(published: str, text: str,
                                               expected: str) -> None:
    assert _start(_guess(published, text)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # a body that looks ahead, a timetable's present and a headline with no weekday: as before
    ("2024-03-05", ("Storms batter Xville on Friday\n\nForecasters warn heavy rain will hit "
                    "Ytown on Friday."), "2024-03-08"),
    ("2024-03-05", "Rovers host Xville on Saturday\n\nRovers lost 3-0 at Ytown last week.",
     "2024-03-09"),
    ("2024-03-05", "Storms batter Xville\n\nHeavy rain flooded streets in Ytown on Friday.",
     "2024-03-05"),
])
def test_a_headline_s_present_as_before(published: str, text: str, expected: str) -> None:
    assert _start(_guess(published, text)) == expected


# -- 5. a page's numeric date is proven by the lead's date as written --------------------------

_MOVED_LEAD = ("Heavy rain flooded streets in Xville on Monday, 4 March 2024. Schools in Ytown "
               "stayed shut on Tuesday, and aid arrived from Zcity on Wednesday.\n\nMore "
               "rain is forecast.")


@pytest.mark.parametrize(("value", "expected"), [
    # the lead writes 4 March and is moved to Wednesday 6 March, which it tells after it:
    # either proves the figures month first
    ("03/04/2024", "2024-03-04"),
    ("03/06/2024", "2024-03-06"),
])
def test_a_moved_lead_still_proves_the_order(value: str, expected: str) -> None:
    guess = date_from_metadata({"published": value}, _MOVED_LEAD)
    assert guess is not None and guess.date is not None and not guess.flag
    assert guess.date.isoformat() == expected
    assert "month first, as the lead's" in guess.evidence


# -- 6. a day an aside moves its subject to is the clause's day ---------------------------------

@pytest.mark.parametrize(("published", "text", "expected"), [
    # Tuesday 5 March 2024: the day the event was moved to, ahead as the clause says
    ("2024-03-05", "The vote, which was brought forward to Friday, will be held in Xville.",
     "2024-03-08"),
    ("2024-03-05", "The final, postponed until Monday, will be played in Xville.", "2024-03-11"),
    ("2024-03-05", ("The final in Xville was postponed until Monday and will be played behind "
                    "closed doors."), "2024-03-11"),
])
def test_a_day_an_aside_moves_to(published: str, text: str, expected: str) -> None:
    assert _start(_guess(published, text)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # a person's aside, or one that moves nothing, keeps its time to itself as before
    ("2024-03-05", "Smith, whose trial was postponed to Friday, was seen in Xville.",
     "2024-03-05"),
    ("2024-03-05", "The vote, which was held on Friday, went ahead in Xville.", "2024-03-05"),
    ("2024-03-05", "The match in Xville was postponed until Monday.", "2024-03-04"),
])
def test_an_aside_s_own_time_as_before(published: str, text: str, expected: str) -> None:
    assert _start(_guess(published, text)) == expected
