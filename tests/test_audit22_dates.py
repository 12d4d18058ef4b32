"""Audit 22, dates: what was expected, forecast, planned or due, said in the past tense, looks
ahead (item 3); a text's "Last updated: …", "2024/03/05" and "05.03.2024, 10:32 Uhr" date it
(item 13); a past event early in the year told at its end, a weekday that picks the year,
weekday and month ranges, "a decade ago" (item 17). Item 8 (a day-month range over two
months) no longer reproduced: 5906eac had read it."""

from __future__ import annotations

import pytest

from placeline.ingest import RawDocument
from placeline.pipeline import make_article
from tests.test_audit19_dates import _guess

TUE05 = "2024-03-05"


def _span(guess) -> tuple[str, str, str]:
    return (guess.date.isoformat(), (guess.end or guess.date).isoformat(), guess.precision)


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
    assert (guess.date.isoformat(), guess.evidence, guess.flag) == \
        ("2024-03-05", f"dateline: {written}", "")


@pytest.mark.parametrize("line", ["2024/03/05 to 2024/03/07", "Leeds 2024/03/05",
                                  "Uhr 2024", "2024/13/05"])
def test_what_is_no_date_line_in_figures(line):
    assert _published(f"Floods hit Leeds\n{line}").date is None
