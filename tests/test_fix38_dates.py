"""Fix 38: dates read the wrong way in the date reader (placeline.dates, placeline.timex), left
by review 24: the verbs of a put-off, a cancelled plan, an aside without a date of its own, a
plural's past in the present's spelling and "May" after "from"."""

from __future__ import annotations

import pytest

from tests.test_review24_dates import _guess, _start

# -- 1. "put back", "brought forward" to a weekday are put-offs as "postponed" is ------------

@pytest.mark.parametrize(("published", "text", "expected"), [
    # Tuesday 5 March 2024: the coming day, as "has been postponed to Monday" was
    ("2024-03-05", "The match in Xville has been put back to Monday.", "2024-03-11"),
    ("2024-03-05", "The match in Xville has been brought forward to Friday.", "2024-03-08"),
    ("2024-03-05", "The final in Xville has been pulled forward to Friday.", "2024-03-08"),
])
def test_put_back_and_brought_forward_are_put_offs(published: str, text: str,
                                                   expected: str) -> None:
    assert _start(_guess(published, text)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    ("2024-03-05", "The match in Xville has been postponed to Monday.", "2024-03-11"),
    ("2024-03-05", "The vote in Xville was put back from Monday to Thursday.", "2024-03-07"),
    # brought forward: the day before the one first set, not the one after
    ("2024-03-05", "The match set for Sunday was brought forward to Saturday in Xville.",
     "2024-03-02"),
])
def test_put_offs_as_before(published: str, text: str, expected: str) -> None:
    assert _start(_guess(published, text)) == expected


# -- 2. one list of the modals that look ahead ----------------------------------------------

@pytest.mark.parametrize(("published", "text", "expected"), [
    # "should" before a put-off looks ahead as "could" did: Tuesday 5 March 2024, not Monday 4
    ("2024-03-05", "The match in Xville should be postponed until Monday, officials said.",
     "2024-03-11"),
    # "must" before "this weekend" keeps the coming weekend, as "could" did: Monday 4 March
    ("2024-03-04", "Officials said roads in Xville must be cleared this weekend.", "2024-03-09"),
    ("2024-03-04", "Police warned drivers in Xville they must avoid the town this weekend.",
     "2024-03-09"),
    # the month May is no modal: a past account's "until Thursday" in Monday 11 March's paper
    # is the Thursday gone by, not the coming one
    ("2024-03-11", "Shut since May, the road stayed closed in Xville until Thursday.",
     "2024-03-07"),
])
def test_one_list_of_modals(published: str, text: str, expected: str) -> None:
    assert _start(_guess(published, text)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # (fix 53: a state until the coming Thursday, from the report's date to it)
    ("2024-03-05", "Officials warned residents in Xville they must stay indoors until Thursday.",
     "2024-03-05"),
    ("2024-03-04", "Officials said roads in Xville could be cleared this weekend.", "2024-03-09"),
    ("2024-03-04", "This weekend, Xville held its annual parade.", "2024-03-02"),
])
def test_modals_as_before(published: str, text: str, expected: str) -> None:
    assert _start(_guess(published, text)) == expected


# -- 3a. a plan called off: the nearer such day, said to be the one planned -----------------

@pytest.mark.parametrize(("published", "text", "expected"), [
    # Tuesday 5 March 2024: yesterday's planned speech, not next Monday's
    ("2024-03-05", "The minister was due to speak in Xville on Monday but cancelled.",
     "2024-03-04"),
    ("2024-03-05", ("The minister had been due to speak in Xville on Monday but the visit was "
                    "called off."), "2024-03-04"),
    # the coming Friday, three days on, not the one four days gone
    ("2024-03-05", "The concert in Xville on Friday has been cancelled.", "2024-03-08"),
    # "was to" is a plan as "was due to" is: tomorrow, not six days gone
    ("2024-03-05", "The minister was to speak in Xville on Wednesday but cancelled.",
     "2024-03-06"),
])
def test_a_plan_called_off_is_the_nearer_day(published: str, text: str, expected: str) -> None:
    guess = _guess(published, text)
    assert _start(guess) == expected
    assert "called off" in guess.evidence


@pytest.mark.parametrize(("published", "text", "expected"), [
    ("2024-03-05", "The minister was due to speak in Xville on Wednesday but cancelled.",
     "2024-03-06"),
    ("2024-03-16", "The Xville derby, due to be played on Sunday, was called off.", "2024-03-17"),
    # no plan: the arrest's Monday; the day of the calling off; a day put off to
    ("2024-03-05", "Police arrested a man in Xville on Monday and the match was cancelled.",
     "2024-03-04"),
    ("2024-03-07", "The concert in Xville was cancelled on Saturday.", "2024-03-02"),
    ("2024-03-05", "The match in Xville has been postponed to Monday.", "2024-03-11"),
])
def test_other_days_near_a_calling_off_as_before(published: str, text: str,
                                                 expected: str) -> None:
    assert _start(_guess(published, text)) == expected


# -- 3b. an aside's own time, and an aside with none ----------------------------------------

@pytest.mark.parametrize(("published", "text", "place", "expected"), [
    # the reviewer's: Tuesday 5 March 2024, the season before this one, not Sunday
    ("2024-03-05", "Liverpool, who lost 7-0 at Anfield last season, beat Everton on Sunday.",
     "Anfield", ("2022-08-01", "2023-05-31")),
    # in the summer the season just over is the last one; the coming one is next
    ("2024-06-20", "City won the league at the Etihad last season.", "Etihad",
     ("2023-08-01", "2024-05-31")),
    ("2024-10-20", "City will play at Wembley next season.", "Wembley",
     ("2025-08-01", "2026-05-31")),
])
def test_a_season_of_sport(published: str, text: str, place: str,
                           expected: tuple[str, str]) -> None:
    guess = _guess(published, text, place)
    assert (_start(guess), guess.end.isoformat()) == expected


def test_a_relative_aside_without_a_date_takes_its_clause_s_less_surely() -> None:
    """"Smith, who grew up in Leeds, won in Paris on Sunday": Leeds is no place of Sunday's."""
    text = "Smith, who grew up in Xville, won in Paris on Sunday."
    leeds, paris = _guess("2024-03-05", text), _guess("2024-03-05", text, "Paris")
    assert _start(leeds) == _start(paris) == "2024-03-03"
    assert leeds.confidence < paris.confidence
    assert "aside" in leeds.evidence


@pytest.mark.parametrize(("text", "place"), [
    ("The summit, held in Xville, begins on Thursday.", "Xville"),  # a participle's phrase
    ("Rovers, who lost in Xville on Saturday, host United on Wednesday.", "Xville"),  # its own
])
def test_other_asides_as_before(text: str, place: str) -> None:
    guess = _guess("2024-03-05", text, place)
    assert guess.confidence >= 0.75 and "aside" not in guess.evidence


# -- 3c. the past the present shares, after a plural of what comes unbidden, or "beat" ------

@pytest.mark.parametrize(("published", "text", "place", "expected"), [
    # Tuesday 5 March 2024: the Friday gone by, not the coming one
    ("2024-03-05", "Floods hit Xville on Friday.", "Xville", "2024-03-01"),
    ("2024-03-05", "Storms hit Xville on Friday.", "Xville", "2024-03-01"),
    ("2024-03-05", "Heavy rain hit Xville on Friday.", "Xville", "2024-03-01"),
    # Friday 14 June 2024: the Sunday and Monday gone by
    ("2024-06-14", "India beat Pakistan in Xville on Sunday.", "Xville", "2024-06-09"),
    ("2024-06-14", "Floods hit Xville on Monday.", "Xville", "2024-06-10"),
])
def test_a_plural_s_past_like_the_present(published: str, text: str, place: str,
                                           expected: str) -> None:
    assert _start(_guess(published, text, place)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # what people do may be a plan; a modal or "set to" looks ahead; the timetable's present
    ("2024-03-05", "Strikes hit Xville on Friday.", "2024-03-08"),
    ("2024-03-05", "Storms could hit Xville on Friday.", "2024-03-08"),
    ("2024-03-05", "Storms are set to hit Xville on Friday.", "2024-03-08"),
    ("2024-03-05", "Rovers host United in Xville on Saturday.", "2024-03-09"),
])
def test_a_plural_s_present_as_before(published: str, text: str, expected: str) -> None:
    assert _start(_guess(published, text)) == expected


# -- 3d. "from May": the month where a month's reading fits, else perhaps a person ----------

@pytest.mark.parametrize("text", [
    "Officials in Xville quoted a statement from May.",
    "Xville council rejected a request from May, a local resident.",
    "Xville MPs heard from May and Johnson.",
])
def test_from_may_a_person_is_no_date(text: str) -> None:
    # Tuesday 5 March 2024: the publication date, not May 2023 or May 2024
    assert _guess("2024-03-05", text).precision == "publication"


def test_from_may_a_person_leaves_the_clause_s_own_day() -> None:
    guess = _guess("2024-03-05", "Officials in Xville quoted a statement from May on Tuesday.")
    assert _start(guess) == "2024-03-05"


@pytest.mark.parametrize(("text", "expected"), [
    ("From May, buses in Xville will cost £2.", "2024-05-01"),
    ("Buses in Xville will cost £2 from May onwards.", "2024-05-01"),
    ("Buses in Xville will cost £2 from May until July.", "2024-05-01"),
    ("Buses in Xville will cost £2 from May to July.", "2024-05-01"),
    ("Buses in Xville will cost £2 from May 1.", "2024-05-01"),
    # review 25: a rule's "from May" at the sentence's end is the month too
    ("The ban on fireworks in Xville takes effect from May.", "2024-05-01"),
    ("The new bus timetable in Xville applies from May.", "2024-05-01"),
    ("Work on the bridge in Xville will start from May.", "2024-05-01"),
    ("Buses in Xville will cost £2 from June.", "2024-06-01"),
])
def test_from_may_the_month_as_before(text: str, expected: str) -> None:
    assert _start(_guess("2024-03-05", text)) == expected


# -- 4. "since X": a state's start dates the clause where it is a week or less --------------

@pytest.mark.parametrize(("text", "expected"), [
    # Tuesday 5 March 2024: a long state is the state now, as "since February" was
    ("Residents of Xville have been without water since last March.", "publication"),
    ("Residents of Xville have been without water since last year.", "publication"),
    ("Shut since last March, the pool in Xville will reopen on Friday.", "2024-03-08"),
])
def test_since_a_long_time_dates_nothing(text: str, expected: str) -> None:
    guess = _guess("2024-03-05", text)
    assert (guess.precision if expected == "publication" else _start(guess)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Residents of Xville have been without water since Saturday.", "2024-03-02"),
    ("Residents of Xville have been without water since March 1.", "2024-03-01"),
    ("Residents of Xville have been without water since last week.", "2024-02-26"),
    ("Residents of Xville have been without water since yesterday.", "2024-03-04"),
    ("Residents of Xville have been without water since February.", None),
    ("Residents of Xville have been without water since 2022.", None),
])
def test_since_as_before(text: str, expected: str | None) -> None:
    guess = _guess("2024-03-05", text)
    assert (_start(guess) if expected else guess.precision) == (expected or "publication")
