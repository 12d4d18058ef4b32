"""Fix 40: dates read the wrong way in the date reader (placeline.dates, placeline.timex), left
by audits 25 and 25b: a deadline after what has been done or is in force, a year in an aside
or an opening phrase, "from" a weekday in the present, "a year ago this month", a lead's
date, a list's places and seasons with no year."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_review24_dates import _guess, _start

# -- 1. a deadline after a present perfect or a present state is still ahead ----------------

@pytest.mark.parametrize(("published", "text", "expected"), [
    # Tuesday 5 March 2024: the coming day, not the one gone by
    ("2024-03-05", "Police in Xville have closed the bridge until Friday.", "2024-03-08"),
    ("2024-03-05", ("The council has suspended bin collections in Xville till Monday, "
                    "officials said."), "2024-03-11"),
    ("2024-03-05", ("A yellow warning for snow remains in force across Xville and the hills "
                    "until Saturday, forecasters said."), "2024-03-09"),
    ("2024-03-05", ("The agency has issued an amber alert for Xville, Ytown and the coast "
                    "until Thursday."), "2024-03-07"),
])
def test_a_deadline_in_force_is_ahead(published: str, text: str, expected: str) -> None:
    """(Fix 53: such a state runs from the report's date to that day.)"""
    guess = _guess(published, text)
    assert (_start(guess), guess.end.isoformat()) == (published, expected)


@pytest.mark.parametrize(("published", "text", "expected"), [
    # what was told as done between, or "had": the day gone by, as before
    ("2024-03-05", "Police have said the man stayed in Xville until Friday.", "2024-03-01"),
    ("2024-03-05", "Police had closed the road in Xville until Friday.", "2024-03-01"),
    ("2024-03-05", "The festival in Xville ran until Sunday.", "2024-03-03"),
])
def test_a_past_deadline_as_before(published: str, text: str, expected: str) -> None:
    assert _start(_guess(published, text)) == expected


# -- 2. a time in an aside or an opening participle's phrase dates only its own places ------

@pytest.mark.parametrize(("published", "text", "expected"), [
    # Friday 12 July 2024: the death is the news, not the year of the career
    ("2024-07-12", ("Mary Roe, who played for Ytown in the 1982 World Cup, has died in Xville "
                    "aged 70."), "2024-07-12"),
    ("2024-07-12", "John Smith, who won silver in Ytown in 1996, has died in Xville.",
     "2024-07-12"),
    ("2024-07-12", "Founded in Ytown in 1990, the firm is now based in Xville.", "2024-07-12"),
    ("2024-07-12", "Born in Ytown in 1941, he moved to Xville to study.", "2024-07-12"),
])
def test_an_aside_s_time_stays_in_the_aside(published: str, text: str, expected: str) -> None:
    assert _start(_guess(published, text)) == expected


@pytest.mark.parametrize(("published", "text", "place", "expected"), [
    # the aside's own places, and the place it tells of, keep its date
    ("2024-07-12", "John Smith, who won silver in Ytown in 1996, has died in Xville.", "Ytown",
     "1996-01-01"),
    ("2024-07-12", "Born in Ytown in 1941, he moved to Xville to study.", "Ytown", "1941-01-01"),
    ("2024-03-13", "The fire near Xville, which started on Thursday, has burnt 200 hectares.",
     "Xville", "2024-03-07"),
    # a present participle tells of the clause's own time
    ("2024-03-13", "Speaking in Ytown on Monday, the minister said troops would stay in Xville.",
     "Xville", "2024-03-11"),
    # a region set off by commas, then the clause's verb: no aside
    ("2024-03-13", ("The council in Ytown, Illinois, voted on Tuesday, March 5, to raise "
                    "taxes in Xville."), "Xville", "2024-03-05"),
])
def test_an_aside_s_own_places_as_before(published: str, text: str, place: str,
                                         expected: str) -> None:
    assert _start(_guess(published, text, place)) == expected


# -- 3. "from" a weekday in the present is a start still to come ----------------------------

@pytest.mark.parametrize(("published", "text", "expected"), [
    # Thursday 7 March 2024: the coming Tuesday and Monday, not the ones gone by
    ("2024-03-07", "Xville is hosting the championships from Tuesday.", "2024-03-12"),
    ("2024-03-07", "The new bus timetable in Xville runs from Monday.", "2024-03-11"),
    ("2024-03-07", "The race ends in Ytown, which is staging the final in Xville from Monday.",
     "2024-03-11"),
])
def test_from_a_weekday_in_the_present_looks_ahead(published: str, text: str,
                                                   expected: str) -> None:
    assert _start(_guess(published, text)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    ("2024-03-07", "The festival in Xville ran from Monday.", "2024-03-04"),
    ("2024-03-07", "Residents of Xville have been without power from Monday.", "2024-03-04"),
    ("2024-03-07", "Xville hosts the championships on Saturday.", "2024-03-09"),
])
def test_from_a_weekday_otherwise_as_before(published: str, text: str, expected: str) -> None:
    assert _start(_guess(published, text)) == expected


# -- 4. "a year ago this month": that month, a year back --------------------------------------

@pytest.mark.parametrize(("published", "text", "expected", "end"), [
    # Wednesday 6 March 2024: March 2023, not March 2024
    ("2024-03-06", "A year ago this month, a train crashed near Xville.", "2023-03-01",
     "2023-03-31"),
    ("2024-03-06", "Two years ago this week, floods hit Xville.", "2022-02-28", "2022-03-06"),
])
def test_ago_this_month_is_that_month_then(published: str, text: str, expected: str,
                                           end: str) -> None:
    guess = _guess(published, text)
    assert (_start(guess), guess.end.isoformat() if guess and guess.end else None) == \
        (expected, end)


@pytest.mark.parametrize(("published", "text", "expected"), [
    ("2024-03-06", "Exactly a year ago today, Xville voted.", "2023-03-06"),
    ("2024-03-06", "A year ago, a train crashed near Xville.", "2023-01-01"),
    ("2024-03-06", "Earlier this month, a train crashed near Xville.", "2024-03-01"),
])
def test_ago_and_this_month_as_before(published: str, text: str, expected: str) -> None:
    assert _start(_guess(published, text)) == expected


# -- 5. a lead's date "on" an event, then weekdays told after it ---------------------------

_LEAD = ("Storm damage\n\nHigh winds brought down trees in Xville on Tuesday, 12 November "
         "2024. Schools in Ytown stayed shut on Wednesday, and power returned to Zville on "
         "Thursday.")


def test_weekdays_after_a_lead_s_date_follow_it() -> None:
    from placeline.dates import own_publication_date
    published = own_publication_date(_LEAD, {})
    assert published.date == dt.date(2024, 11, 14)
    dated = {place: _start(_guess(published.date.isoformat(), _LEAD, place))
             for place in ("Xville", "Ytown", "Zville")}
    assert dated == {"Xville": "2024-11-12", "Ytown": "2024-11-13", "Zville": "2024-11-14"}


@pytest.mark.parametrize(("text", "expected"), [
    # a dateline's date is the writer's own day: "on Sunday" before it stays before
    (("Storm in Xville\n\nXVILLE, Oct. 21, 2024 /PRNewswire/ -- A storm brought down "
      "trees in Xville on Sunday."), "2024-10-21"),
    # a pluperfect and "since" tell days before the lead's
    (("Floods in Xville\n\nRiver levels fell in Xville on Tuesday, 12 November 2024. It "
      "had rained there on Saturday, and roads have been shut since Sunday."), "2024-11-12"),
])
def test_a_lead_s_date_as_before(text: str, expected: str) -> None:
    from placeline.dates import own_publication_date
    assert own_publication_date(text, {}).date == dt.date.fromisoformat(expected)


# -- 6. a possessive time dates every item of a list after it ---------------------------------

@pytest.mark.parametrize("place", ["Xville", "Ytown", "Zeta City"])
def test_a_list_shares_its_possessive_time(place: str) -> None:
    # Thursday 1 August 2024: each is "this year", as the first was
    text = "Organisers said next year's line-up includes bands from Xville, Ytown and Zeta City."
    assert _start(_guess("2024-08-01", text, place)) == "2025-01-01"


@pytest.mark.parametrize(("text", "expected"), [
    ("Thursday's meeting in Xville was cancelled.", "2024-08-01"),
    # (a comma and "said" between: not the time's noun phrase, the publication date)
    ("Organisers of Thursday's march said, in Xville, that it would go ahead.", "2024-08-02"),
])
def test_a_possessive_time_otherwise_as_before(text: str, expected: str) -> None:
    assert _start(_guess("2024-08-02", text)) == expected


# -- 7. a season with no year: the nearest by the clause's tense ----------------------------

@pytest.mark.parametrize(("published", "text", "expected"), [
    ("2024-07-10", "Wildfires swept through Xville in the spring.", "2024-03-01"),
    ("2024-03-08", "Prices in Xville rose sharply in the spring.", "2023-03-01"),  # barely begun
    ("2024-02-10", "The new bridge in Xville will open in the summer.", "2024-06-01"),
    ("2024-10-15", "Talks in Xville are expected to resume over the winter.", "2024-12-01"),
])
def test_a_season_with_no_year(published: str, text: str, expected: str) -> None:
    assert _start(_guess(published, text)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # a habit, a season's event, and a year given: as before
    ("2024-07-10", "Tourists usually flock to Xville in the summer.", "2024-07-10"),
    ("2024-07-10", "Xville hosted the Summer Olympics in the summer of 2012.", "2012-06-01"),
    ("2024-07-10", "Schools in Xville close for the summer holidays on Friday.", "2024-07-12"),
])
def test_a_season_otherwise_as_before(published: str, text: str, expected: str) -> None:
    assert _start(_guess(published, text)) == expected
