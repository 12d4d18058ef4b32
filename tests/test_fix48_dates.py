"""Fix 48: the date reader (placeline.dates, placeline.timex) on audit 29's items 3 and 9:
a weekday a warning, forecast or curfew covers, and places joined by "and" in one
sentence."""

from __future__ import annotations

import pytest

from tests.test_review24_dates import _guess, _start

# -- 1. a weekday a warning, forecast or curfew covers lies ahead, whatever tense issued it --

@pytest.mark.parametrize(("published", "text", "place", "expected"), [
    # Tuesday 5 March 2024: the coming Thursday and Saturday (audit 29, item 3)
    ("2024-03-05", ("The weather service issued a snow warning for Xville and Ytown starting "
     "Thursday night through Saturday."), "Ytown", "2024-03-07"),
    ("2024-03-05", "Forecasters issued an orange wind alert for Xville for Thursday.", "Xville",
     "2024-03-07"),
    ("2024-03-05", "The state government imposed a curfew in Xville from Friday.", "Xville",
     "2024-03-08"),
    ("2024-03-05", "Meteorologists warned of gales of 90km/h in Xville on Saturday.", "Xville",
     "2024-03-09"),
    ("2024-03-05", "The council announced a heat advisory for Xville effective Thursday.",
     "Xville", "2024-03-07"),
])
def test_a_weekday_a_warning_covers_is_ahead(published: str, text: str, place: str,
                                             expected: str) -> None:
    assert _start(_guess(published, text, place)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # what happened on a weekday, and the day a warning was issued, stay the day gone by
    ("2024-03-05", "Storms hit Xville on Thursday.", "2024-02-29"),
    ("2024-03-05", "Met Éireann issued a warning for Xville on Thursday.", "2024-02-29"),
    ("2024-03-05", "Police imposed a curfew in Xville on Thursday.", "2024-02-29"),
    ("2024-03-05", "A curfew in Xville from Thursday was lifted on Saturday.", "2024-02-29"),
    ("2024-03-05", "The mayor warned of flooding after rain fell in Xville on Thursday.",
     "2024-02-29"),
    ("2024-03-05", "Forecasters issued a warning for Ytown, and storms hit Xville on Thursday.",
     "2024-02-29"),
])
def test_what_was_done_on_a_weekday_stays_gone_by(published: str, text: str,
                                                  expected: str) -> None:
    assert _start(_guess(published, text)) == expected


def test_a_warning_s_list_of_places_is_covered_too() -> None:
    text = "Forecasters issued a rain warning for Xville, Ytown and Zville for Thursday."
    assert _start(_guess("2024-03-05", text, "Ytown")) == "2024-03-07"


# -- 2. a deadline "by" a day and month does not date the place -----------------------------

@pytest.mark.parametrize(("published", "text", "place", "expected"), [
    # Tuesday 5 March 2024 (audit 29, item 9): the report's day, not the deadline
    ("2024-03-05", "Officials said the bridge in Xville would be finished by May 31.",
     "Xville", "2024-03-05"),
    ("2024-03-05", "Crews in Xville must clear the site by the 31st of May.", "Xville",
     "2024-03-05"),
])
def test_a_deadline_by_a_day_and_month_leaves_the_report_s_date(
        published: str, text: str, place: str, expected: str) -> None:
    assert _start(_guess(published, text, place)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # a day something is put off to, and a possessive, still date the clause
    ("2024-03-05", "The vote in Xville was postponed to May 31.", "2024-05-31"),
    ("2024-03-05", "Homes in Xville were hit by the May 1 storm.", "2023-05-01"),
])
def test_a_put_off_day_and_a_possessive_still_date(published: str, text: str,
                                                   expected: str) -> None:
    assert _start(_guess(published, text)) == expected


# -- 3. the names of one list share a date --------------------------------------------------

@pytest.mark.parametrize(("text", "places"), [
    # the audit's sentence, and lists with the other date nearer to the last name
    (("The Bruhat Bengaluru Mahanagara Palike said on Tuesday (March 5) that potholes in "
      "Koramangala and Indiranagar would be fixed by May 31."), ("Koramangala", "Indiranagar")),
    ("Police said on Monday that roads in Xville, Ytown and Zville reopened on Sunday.",
     ("Xville", "Ytown", "Zville")),
    ("Floods on Sunday cut off Xville and Ytown on Monday.", ("Xville", "Ytown")),
])
def test_the_names_of_one_list_share_a_date(text: str, places: tuple[str, ...]) -> None:
    dates = {_start(_guess("2024-03-05", text, place)) for place in places}
    assert len(dates) == 1, dates


def test_a_time_between_two_names_still_parts_them() -> None:
    text = "Storms hit Xville on Monday and Ytown on Friday."
    assert _start(_guess("2024-03-05", text, "Xville")) == "2024-03-04"
    assert _start(_guess("2024-03-05", text, "Ytown")) == "2024-03-01"


def test_names_joined_by_commas_alone_are_no_list() -> None:
    # an opening phrase's name before a comma (lgl-256's form): the clause's own month
    text = ("According to figures released Friday by the Xville Department of Labor, Ytown's "
            "jobless rate rose in January.")
    assert _start(_guess("2024-03-05", text, "Ytown")) == "2024-01-01"
