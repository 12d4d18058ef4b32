"""Audit 22, dates: what was expected, forecast, planned or due, said in the past tense, looks
ahead (item 3); a text's "Last updated: …", "2024/03/05" and "05.03.2024, 10:32 Uhr" date it
(item 13); a past event early in the year told at its end, a weekday that picks the year,
weekday and month ranges, "a decade ago" (item 17). Item 8 (a day-month range over two
months) no longer reproduced: 5906eac had read it."""

from __future__ import annotations

import pytest

from placeline.ingest import RawDocument
from placeline.pipeline import make_article
from tests.helpers import iso_span
from tests.test_audit19_dates import _guess

TUE05 = "2024-03-05"


# -- 3. "was expected on Thursday", "were to meet on Thursday": ahead, as "is expected" ------


@pytest.mark.parametrize("sentence, expected", [
    # the audit's, each the week before (29 February, 1 and 2 March)
    ("Forecasters said more rain was expected in Xville on Thursday.", "2024-03-07"),
    ("Heavy rain was forecast for Xville on Friday.", "2024-03-08"),
    ("Ministers were to meet in Xville on Thursday.", "2024-03-07"),
    ("A protest was planned in Xville for Saturday.", "2024-03-09"),
    ("The rally in Xville was announced for Saturday.", "2024-03-09"),
    ("The minister was due in Xville on Friday.", "2024-03-08"),
    ("Police said a march in Xville was likely on Saturday.", "2024-03-09"),
    # the saved Guardian-like page's
    (("Forecasters at the Met Office said more rain was expected in Xville and across the "
      "Yorkshire Dales on Thursday"), "2024-03-07"),
    # a day and month
    ("Heavy rain was forecast for Xville on 8 March.", "2024-03-08"),
    ("A march in Xville was planned for 9 March, police said.", "2024-03-09"),
    # as before: the present, "was expected to"
    ("More rain is expected in Xville on Thursday, forecasters said.", "2024-03-07"),
    ("The minister was expected to arrive in Xville on Friday.", "2024-03-08"),
])
def test_what_was_expected_looks_ahead(sentence, expected):
    assert _guess(TUE05, sentence).date.isoformat() == expected


@pytest.mark.parametrize("sentence, expected", [
    # another verb tells what happened: the days gone by
    ("The storm, which was expected on Saturday, hit Xville on Sunday.", "2024-03-03"),
    ("Rain was forecast for Xville on Friday but it stayed dry.", "2024-03-01"),
    ("Rain was forecast for Xville on Friday, but it stayed dry.", "2024-03-01"),
    ("Snow was expected in Xville on Friday, yet none fell.", "2024-03-01"),
    ("A march in Xville was planned for Saturday and went ahead peacefully.", "2024-03-02"),
    # what had been due, what was to have been, an announcement made on the day
    ("The minister had been due in Xville on Friday.", "2024-03-01"),
    ("The minister was to have visited Xville on Friday.", "2024-03-01"),
    ("The rally in Xville was announced on Saturday.", "2024-03-02"),
    # no plan: blame, a likely cause
    ("The driver was to blame for the crash in Xville on Monday.", "2024-03-04"),
    ("The fire in Xville was likely started on Saturday.", "2024-03-02"),
    ("It was expected that Xville would flood, and it did on Friday.", "2024-03-01"),
])
def test_what_was_expected_and_happened_stays_past(sentence, expected):
    assert _guess(TUE05, sentence).date.isoformat() == expected


# -- 13. a text's "Last updated: …", "2024/03/05", "05.03.2024, 10:32 Uhr" -------------------

BODY = "\n\nFloods hit Leeds on Monday. Homes in York were flooded.\n"


def _published(head: str):
    return make_article(RawDocument("a.txt", head + BODY)).published


@pytest.mark.parametrize("line, value", [
    # the audit's: the line was lifted into metadata "updated", which nothing read
    ("Last updated: 05 March 2024", "05 March 2024"),
    ("Updated: 05 March 2024", "05 March 2024"),
    ("Last updated 2024-03-05T10:32:00Z", "2024-03-05T10:32:00Z"),
])
def test_a_text_dated_only_when_updated_is_dated_so(line, value):
    guess = _published(f"Floods hit Leeds\n{line}")
    assert (guess.date.isoformat(), guess.method, guess.confidence) == \
        ("2024-03-05", "explicit", 0.5)
    assert guess.evidence == (f"metadata updated: {value} (the date it was last updated: it "
                              "may have been published before)")


@pytest.mark.parametrize("head, expected", [
    # a date of its publication comes first: declared, in its date line
    ("Floods hit Leeds\nPublished: 4 March 2024\nUpdated: 05 March 2024", "2024-03-04"),
    ("Floods hit Leeds\nUpdated: 05 March 2024\nMonday 4 March 2024", "2024-03-04"),
])
def test_an_update_dates_a_text_only_where_nothing_else_does(head, expected):
    assert _published(head).date.isoformat() == expected


@pytest.mark.parametrize("line, written", [
    # the audit's: no date read
    ("2024/03/05", "2024/03/05"),
    ("2024/03/05 10:32", "2024/03/05"),
    ("05.03.2024, 10:32 Uhr", "05.03.2024"),
    ("Updated 2024/03/05 10:32 GMT", "2024/03/05"),
    # as before
    ("05.03.2024 10:32", "05.03.2024"),
    ("Updated on 5 March 2024", "5 March 2024"),
])
def test_a_date_line_in_figures_year_first_or_in_german_dates_a_text(line, written):
    guess = _published(f"Floods hit Leeds\n{line}")
    # an update's date is said to be one, at 0.5, as metadata "updated" is (fix 54)
    updated = " (the date it was last updated: it may have been published before)" \
        if line.startswith("Updated") else ""
    assert (guess.date.isoformat(), guess.evidence, guess.flag) == \
        ("2024-03-05", f"dateline: {written}{updated}", "")
    assert guess.confidence == (0.5 if updated else 0.8)


@pytest.mark.parametrize("line", ["2024/03/05 to 2024/03/07", "Leeds 2024/03/05",
                                  "Uhr 2024", "2024/13/05"])
def test_what_is_no_date_line_in_figures(line):
    assert _published(f"Floods hit Leeds\n{line}").date is None


# -- 17. a past day early in the year told at its end; a weekday that picks the year; weekday
# and month ranges; "a decade ago" ------------------------------------------------------------

DEC31 = "2024-12-31"


@pytest.mark.parametrize("sentence, expected", [
    # the audit's: the coming 2 January, two days on, before
    ("The new bridge in Xville opened on 2 January.", "2024-01-02"),
    # a year's review: up to three months on had been next year's
    ("The new bridge in Xville opened to traffic on 20 March.", "2024-03-20"),
    ("The mayor of Xville resigned in Cork on 14 February.", "2024-02-14"),
    # what looks ahead, or was put off to a day, stays the coming one
    ("The new bridge in Xville opens on 2 January.", "2025-01-02"),
    ("The new bridge in Xville will open on 2 January.", "2025-01-02"),
    ("The vote in Xville was postponed to 2 January.", "2025-01-02"),
    ("The Xville vote, scheduled on 2 January, is the first of the year.", "2025-01-02"),
    ("The council in Xville approved plans for a vote on 2 January.", "2025-01-02"),
])
def test_a_day_told_in_the_simple_past_is_the_last_one(sentence, expected):
    assert _guess(DEC31, sentence).date.isoformat() == expected


def test_a_weekday_written_with_its_date_picks_the_year():
    """9 March 2023, the last 9 March before the past "took place", was a Thursday; 9 March
    2024, four days on, a Saturday."""
    guess = _guess(TUE05, "The concert in Xville took place on Saturday 9 March.")
    assert (guess.date.isoformat(), guess.flag) == ("2024-03-09", "")


def test_a_weekday_that_picks_a_farther_year_is_a_typo():
    """12 March 2023 was a Sunday, but the vote "will be held": the coming 12 March is kept,
    and the weekday flagged, as before."""
    guess = _guess(TUE05, "The vote in Xville will be held on Sunday 12 March.")
    assert (guess.date.isoformat(), guess.flag) == (
        "2024-03-12", "the text says Sunday, but 12 March 2024 is a Tuesday: the date was kept")


@pytest.mark.parametrize("sentence, expected", [
    # the audit's: Monday alone
    ("Trains between Derby and Xville will not run Monday through Friday next week.",
     ("2024-03-11", "2024-03-15", "range")),
    # a week said after the range (Wednesday to Friday of this week before)
    ("Trains in Xville will not run Wednesday through Friday next week.",
     ("2024-03-13", "2024-03-15", "range")),
    ("Trains in Xville will not run from Wednesday to Friday next week.",
     ("2024-03-13", "2024-03-15", "range")),
    ("Roads in Xville were closed Monday to Wednesday last week.",
     ("2024-02-26", "2024-02-28", "range")),
    ("Trains in Xville will not run Wednesday to Friday.", ("2024-03-06", "2024-03-08", "range")),
    ("Roads in Xville were closed Saturday to Sunday.", ("2024-03-02", "2024-03-03", "range")),
    # two days listed are no range
    ("Trains in Xville will not run on Monday and Friday.", ("2024-03-11", "2024-03-11", "day")),
])
def test_a_range_of_weekdays_without_from_is_a_range(sentence, expected):
    assert iso_span(_guess(TUE05, sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the audit's: late June alone
    ("The heatwave in Xville lasted from late June to early August last year.",
     ("2023-06-01", "2023-08-31", "range")),
    ("Works in Xville will run from April to June.", ("2024-04-01", "2024-06-30", "range")),
    ("Xville was flooded between November and January.", ("2023-11-01", "2024-01-31", "range")),
    ("The bridge in Xville was shut from June 2022 to August 2023.",
     ("2022-06-01", "2023-08-31", "range")),
    ("The bridge in Xville was shut from June to August 2023.",
     ("2023-06-01", "2023-08-31", "range")),
    # days of two months are read as before
    ("Xville held the fair between 28 June and 3 July.", ("2023-06-28", "2023-07-03", "range")),
])
def test_a_range_of_months_is_a_range(sentence, expected):
    assert iso_span(_guess(TUE05, sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the audit's: the publication date
    ("The mine in Xville closed a decade ago.", ("2014-01-01", "2014-12-31", "year")),
    ("The mine in Xville closed two decades ago.", ("2004-01-01", "2004-12-31", "year")),
    # as before
    ("The mine in Xville closed 20 years ago.", ("2004-01-01", "2004-12-31", "year")),
    ("The mine in Xville closed several decades ago.", (TUE05, TUE05, "publication")),
])
def test_decades_ago_is_a_year(sentence, expected):
    assert iso_span(_guess(TUE05, sentence)) == expected


@pytest.mark.parametrize("sentence", [
    # every year's months: no year's range (a third of the probes' month ranges with no year)
    "Northern Xville is usually hit by floods between July and October.",
    "The monsoon in Xville, which typically runs from May to September, is weak.",
    "The khareef, which runs from late June to September, brings fog to Xville.",
    "She swam every morning in Xville from June to September.",
])
def test_months_of_every_year_are_no_range(sentence):
    assert _guess(TUE05, sentence).precision == "publication"


# -- 8. (no longer reproduced: 5906eac) a day-month range over two months --------------------


@pytest.mark.parametrize("published, sentence, expected", [
    ("2024-04-05", "Shops in Xville closed from 28 March to 3 April.", ("2024-03-28", "2024-04-03")),
    ("2024-04-05", "Shops in Xville closed from 28 March until 3 April.",
     ("2024-03-28", "2024-04-03")),
    ("2024-04-05", "Shops in Xville were closed between 28 March and 3 April.",
     ("2024-03-28", "2024-04-03")),
    ("2024-04-05", "Shops in Xville closed 28 March - 3 April.", ("2024-03-28", "2024-04-03")),
    ("2024-01-05", "The festival in Xville ran from 29 December to 1 January.",
     ("2023-12-29", "2024-01-01")),
])
def test_a_day_month_range_over_two_months_is_a_range(published, sentence, expected):
    assert iso_span(_guess(published, sentence)) == (*expected, "range")
