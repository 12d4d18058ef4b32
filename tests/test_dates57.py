"""Helper dates57: the dating leftovers of the thirtieth session — a day and month in figures
without a year, the article's metadata reaching its body's figures, fiscal years by the
year they start, and the names of weekdays and months owned by one module."""

from __future__ import annotations

import datetime as dt

import pytest

from placeline.events import build_events
from placeline.ingest import DATE_ORDER
from placeline.models import Mention, Place
from tests.helpers import dated


def _events_of(text: str, name: str, published: dt.date, metadata: dict | None = None):
    """The events of one mention of `name` in `text` (`build_events`, as ingest makes them)."""
    at = text.index(name)
    place = Place(id="test:1", name=name, lat=40.0, lon=-90.0, kind="city", country="US")
    return build_events(text, [Mention(at, at + len(name), name, place, 0.9)], published,
                        None, metadata)


# -- 2. the article's metadata reaches its body's dates in figures --

STORM = "Storms hit Springfield on 04/05/2024, officials said."


def test_a_us_site_s_figures_in_the_body_are_guessed_month_first() -> None:
    event, = _events_of(STORM, "Springfield", dt.date(2024, 6, 2),
                        {"url": "https://news.example.us/storm"})
    assert event.date == dt.date(2024, 4, 5)
    assert ".us" in event.flag


def test_the_order_recorded_from_the_feed_proves_the_body_s_figures() -> None:
    order = {"order": "month", "by": "11/13/2024"}
    event, = _events_of(STORM, "Springfield", dt.date(2024, 6, 2), {DATE_ORDER: order})
    assert (event.date, event.flag) == (dt.date(2024, 4, 5), "")
    assert "11/13/2024" in event.evidence


def test_without_metadata_the_guess_is_still_day_first() -> None:
    event, = _events_of(STORM, "Springfield", dt.date(2024, 6, 2))
    assert event.date == dt.date(2024, 5, 4) and "reads two ways" in event.flag


# -- 1. a day and month in figures with no year --

NOV_20 = dt.date(2024, 11, 20)


@pytest.mark.parametrize(("text", "name", "start", "end"), [
    ("Roads in Leeds were shut from 12/3 to 15/3 for repairs.", "Leeds", (2024, 3, 12),
     (2024, 3, 15)),
    ("Roads in Leeds were shut 12/3-15/3 for repairs.", "Leeds", (2024, 3, 12), (2024, 3, 15)),
    ("Staff in Leeds struck on 14/11, the union said.", "Leeds", (2024, 11, 14), None),
    ("The plant in Leeds will reopen on Friday, 29/11.", "Leeds", (2024, 11, 29), None),
    # (the year "from 28 December to 3 January" takes: review 31, item 9)
    ("Shops in Perth were shut from 28/12 to 3/1.", "Perth", (2024, 12, 28), (2025, 1, 3)),
])
def test_a_day_and_month_in_figures_is_of_the_report_s_year(text, name, start, end) -> None:
    guess = dated(text, name, NOV_20)
    assert (guess.date, guess.end, guess.flag) == (dt.date(*start), end and dt.date(*end), "")


def test_figures_that_read_two_ways_are_a_flagged_guess_nearest_the_report() -> None:
    guess = dated("The council in Leeds will hold the vote on 3/12, officials said.", "Leeds",
                   NOV_20)
    assert guess.date == dt.date(2024, 12, 3) and "reads two ways" in guess.flag
    past = dated("Protesters gathered in Leeds on 03/12 outside the town hall.", "Leeds",
                  NOV_20)
    assert past.date == dt.date(2023, 12, 3)  # (told as past: not ahead of the report)


def test_a_us_site_s_day_and_month_are_month_first() -> None:
    event, = _events_of("The council in Springfield will vote on 3/12, aides said.",
                        "Springfield", NOV_20, {"url": "https://news.example.us/vote"})
    assert event.date == dt.date(2025, 3, 12) and ".us" in event.flag


def test_the_lead_s_date_proves_the_order_of_a_day_and_month() -> None:
    text = ("LEEDS, 3 December 2024 — The council met today.\n\n"
            "The council in Leeds voted on 3/12 to close the library.")
    guess = dated(text, "council in Leeds", dt.date(2024, 12, 3))
    assert (guess.date, guess.flag) == (dt.date(2024, 12, 3), "")
    assert "3 December 2024" in guess.evidence


@pytest.mark.parametrize("text", [
    "Leeds won 3/1 in the derby.",
    "Leeds were beaten on 3/1 aggregate.",
    "Add 1/2 cup of flour, a cook in Leeds said.",
    "The film was rated 7/10 by critics in Leeds.",
    "Shops in Leeds are open 24/7 now.",
    "Memorials in Leeds on 9/11 drew crowds.",
    "The horse from Leeds won at 5/2 odds.",
    "The favourite from Leeds drifted from 5/2 to 3/1.",
    "About 5/8 of voters in Leeds backed it.",
    "The firm in Leeds cut its staff by 1/3.",
    "Version 3/12 of the app was released in Leeds.",
    "England were 45/3 at lunch in Leeds.",
    "Turnout in Leeds fell to 3/5 of the roll.",
    "The pupils in Leeds scored 8/10 on the test.",
    "The vote in Leeds was 7/5 in favour.",
    "Doors in Leeds open from 7/8 pm on the night.",
    "Delays in Leeds range from 2/3 days to a week.",
    "The horse from Leeds was priced from 7/2 into 5/2.",
    "The bus in Leeds runs until 11/12 at night.",
    "Leeds went through on 4/3 penalties.",
])
def test_figures_that_are_no_day_stay_undated(text: str) -> None:
    guess = dated(text, "Leeds", NOV_20)
    assert guess.precision == "publication", (guess.date, guess.evidence)


# -- 3. fiscal years: by the year they start, where their country labels them so --

JUNE_1 = dt.date(2025, 6, 1)


@pytest.mark.parametrize(("text", "name", "start", "end"), [
    ("METI said output in Nagoya rose in fiscal 2025.", "Nagoya", (2025, 4, 1), (2026, 3, 31)),
    ("Shares of the TSE-listed maker's Nagoya unit rose in fiscal 2025.", "Nagoya",
     (2025, 4, 1), (2026, 3, 31)),
    ("Spending on the NHS in Leeds rose in 2025-26, HM Treasury said.", "Leeds", (2025, 4, 1),
     (2026, 3, 31)),
    ("BHP's mine near Perth, Australia, grew during 2024-25.", "Perth", (2024, 7, 1),
     (2025, 6, 30)),
    ("Infosys's campus in Pune grew in FY2025-26.", "Pune", (2025, 4, 1), (2026, 3, 31)),
    ("Infosys's campus in Pune grew in FY26.", "Pune", (2025, 4, 1), (2026, 3, 31)),
])
def test_a_fiscal_year_by_its_country_s_label(text, name, start, end) -> None:
    guess = dated(text, name, JUNE_1)
    assert (guess.date, guess.end) == (dt.date(*start), dt.date(*end)), guess.evidence


def test_a_split_year_of_no_known_convention_is_both_calendar_years() -> None:
    guess = dated("Malawi recorded 1,700 cholera deaths in Lilongwe in 2022-23.", "Lilongwe",
                   JUNE_1)
    assert (guess.date, guess.end) == (dt.date(2022, 1, 1), dt.date(2023, 12, 31))
    fiscal = dated("The retailer's store in Paris grew in FY24.", "Paris", JUNE_1)
    assert fiscal.precision == "publication" and "fiscal period" in fiscal.flag


@pytest.mark.parametrize(("text", "precision"), [
    ("Leeds were relegated in the 2023-24 season.", "range"),  # both years (review 31, #11)
    ("Floods hit Leeds repeatedly in 2020-24.", "year"),
])
def test_a_season_or_a_span_of_years_is_no_fiscal_year(text: str, precision: str) -> None:
    guess = dated(text, "Leeds", JUNE_1)
    assert guess.precision == precision and "fiscal" not in guess.flag


# -- 5. tidy: one owner of the calendar's names; no windows in the sentence cache --

def test_the_calendar_s_names_have_one_owner() -> None:
    from placeline import calendar_names, name_context, timex

    assert name_context.SHORT_MONTHS == frozenset(calendar_names.SHORT_MONTH_NUMBERS)
    assert timex.MONTHS["sept"] == 9 and timex.WEEKDAYS["thurs"] == 3
    assert timex._MONTH.startswith("(?P<month>January|February|")


def test_reading_a_window_around_a_feast_keeps_the_sentence_cache_for_whole_texts() -> None:
    from placeline import text as text_module
    from placeline.timex import _sentence_near

    text = "Crowds gathered across the U.S. on Independence Day. Fireworks followed."
    text_module.sentence_spans.cache_clear()
    at = text.index("Independence")
    assert "U.S." in _sentence_near(text, at, at + 16)
    assert text_module.sentence_spans.cache_info().currsize == 0


# -- found on articles of my own: a results page set one result a paragraph --

RESULTS = ("Premier League results\n\nYesterday's results:\n\nArsenal 2-0 Brentford, at the "
           "Emirates in London\n\nEverton 1-1 Fulham in Liverpool\n\nThe title race tightened "
           "as fans in Leeds watched.")


@pytest.mark.parametrize("name", ["London", "Liverpool"])
def test_a_results_header_reaches_results_set_in_paragraphs(name: str) -> None:
    guess = dated(RESULTS, name, dt.date(2024, 3, 10))
    assert guess.date == dt.date(2024, 3, 9) and "header" in guess.evidence


def test_a_results_header_does_not_reach_prose_below_them() -> None:
    guess = dated(RESULTS, "Leeds", dt.date(2024, 3, 10))
    assert guess.precision == "publication"


# -- found on articles of my own: what proves the order of figures that read two ways --

def test_the_text_s_other_figures_prove_the_order() -> None:
    text = ("A wildfire that broke out on 01/07 near Pasadena has burned thousands of acres. "
            "Officials said the fire could burn until 01/15.")
    guess = dated(text, "Pasadena", dt.date(2025, 1, 9))
    assert (guess.date, guess.flag) == (dt.date(2025, 1, 7), "")
    assert '"01/15"' in guess.evidence


def test_figures_that_disagree_prove_no_order() -> None:
    text = ("The fire broke out on 01/07 near Pasadena. It burned from 13/1 and was out "
            "by 01/15.")
    guess = dated(text, "Pasadena", dt.date(2025, 1, 9))
    assert "reads two ways" in guess.flag


def test_the_weekday_before_figures_proves_their_order() -> None:
    guess = dated("The next meeting in Bath is on Thursday 7/3.", "Bath", dt.date(2024, 2, 20))
    assert (guess.date, guess.flag) == (dt.date(2024, 3, 7), "")
    assert "Thursday 7 March 2024" in guess.evidence
    us = dated("The next meeting in Bath is on Wednesday 7/3.", "Bath", dt.date(2024, 2, 20))
    assert (us.date, us.flag) == (dt.date(2024, 7, 3), "")
