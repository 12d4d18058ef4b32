"""Audit 32, items 5-9: dates in figures in the body, fiscal quarters, ISO weeks, a results
page's "Yesterday's results:", and old-style "inst." and "ult."."""

from __future__ import annotations

import datetime as dt

import pytest

from placeline.timex import find_expressions
from tests.helpers import dated

# -- 5. numeric dates in the body --

@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Fuel queues returned to Lagos on 28/02/2024, motorists said.", "Lagos", (2024, 2, 28)),
    ("Protests were held in Warsaw on 28.02.2024, police said.", "Warsaw", (2024, 2, 28)),
    ("The council met in Cork on 28/2/24 to approve the plan.", "Cork", (2024, 2, 28)),
    ("The mayor of Kisumu spoke on 28-02-2024, aides said.", "Kisumu", (2024, 2, 28)),
    ("Floods reached Accra on 02/28/2024, officials said.", "Accra", (2024, 2, 28)),
])
def test_a_date_in_figures_dates_its_sentence(text, name, expected) -> None:
    guess = dated(text, name, dt.date(2024, 3, 2))
    assert (guess.date, guess.precision, guess.flag) == (dt.date(*expected), "day", "")


def test_figures_that_read_two_ways_are_read_as_a_dateline_s_and_flagged() -> None:
    published = dt.date(2024, 6, 2)
    lagos = dated("Storms hit Lagos on 04/05/2024, officials said.", "Lagos", published)
    assert lagos.date == dt.date(2024, 5, 4) and "reads two ways" in lagos.flag
    dallas = dated("Storms hit Dallas, Texas, on 04/05/2024, officials said.", "Dallas",
                    published)
    assert dallas.date == dt.date(2024, 4, 5) and "United States" in dallas.flag


@pytest.mark.parametrize("text", [
    "Arsenal beat Leeds 2/1 and the shop in Leeds is open 24/7.",
    "Leeds won 3-1 on 2/1 aggregate.",
    "Leeds released version 2.1.24 of the app.",
    "Leeds council applied section 12.3.24 of the code.",
    "Call the Leeds office on 01.23.4567 or on 0113 245 6789.",
    "Leeds bus 12/3/24 runs late.",
    "Leeds grew 1/2/3 in ratio terms, at 12.03.24.5.",
])
def test_figures_that_are_no_date(text: str) -> None:
    assert not [e for e in find_expressions(text) if e.kind == "numeric"]
    published = dt.date(2024, 3, 2)
    assert dated(text, "Leeds", published).date == published


# -- 6. fiscal quarters, halves and years --

@pytest.mark.parametrize(("text", "name", "start", "end"), [
    ("Infosys said revenue rose 4% in Q3 FY25, helped by deals in Bengaluru and Pune.",
     "Bengaluru", (2024, 10, 1), (2024, 12, 31)),
    ("The Kalinganagar plant in Odisha made a profit in the fourth quarter of 2023-24.",
     "Odisha", (2024, 1, 1), (2024, 3, 31)),
    ("Tata Steel's plant at Jamshedpur made a loss in FY24.", "Jamshedpur",
     (2023, 4, 1), (2024, 3, 31)),
    ("Toyota's plant in Aichi, Japan, made a profit in fiscal 2024's second quarter.", "Aichi",
     (2024, 7, 1), (2024, 9, 30)),
    ("BHP's mine near Perth, Australia, grew in H1 FY24.", "Perth", (2023, 7, 1), (2023, 12, 31)),
    ("The Pentagon's base in Norfolk spent more in the second quarter of fiscal 2025.",
     "Norfolk", (2025, 1, 1), (2025, 3, 31)),
    ("The NHS trust in Leeds overspent in the financial year 2023-24.", "Leeds",
     (2023, 4, 1), (2024, 3, 31)),
])
def test_a_fiscal_period_by_its_country_s_convention(text, name, start, end) -> None:
    guess = dated(text, name, dt.date(2024, 11, 2))
    assert (guess.date, guess.end, guess.precision) == (dt.date(*start), dt.date(*end), "range")
    assert "fiscal year from" in guess.evidence


@pytest.mark.parametrize("text", [
    "The company's store in Paris grew in Q3 FY25.",
    "The retailer's Paris store grew in fiscal 2025's second quarter.",
])
def test_a_fiscal_period_of_no_known_convention_is_no_calendar_range(text: str) -> None:
    published = dt.date(2024, 11, 2)
    guess = dated(text, "Paris", published)
    assert (guess.date, guess.precision) == (published, "publication")
    assert "fiscal period" in guess.flag


# -- 7. ISO weeks --

@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Output at the Gdańsk shipyard fell in 2024-W12, the company said.", "Gdańsk",
     ((2024, 3, 18), (2024, 3, 24), "week")),
    ("Output at the Gdańsk shipyard fell in 2024W12.", "Gdańsk",
     ((2024, 3, 18), (2024, 3, 24), "week")),
    ("Output at the Gdańsk shipyard fell in week 12 of 2024.", "Gdańsk",
     ((2024, 3, 18), (2024, 3, 24), "week")),
    ("Deliveries to Rotterdam were delayed in week 12, the port said.", "Rotterdam",
     ((2024, 3, 18), (2024, 3, 24), "week")),
    ("Deliveries to Rotterdam were delayed in week 52, the port said.", "Rotterdam",
     ((2023, 12, 25), (2023, 12, 31), "week")),
    ("Deliveries to Rotterdam stopped on 2024-W12-3.", "Rotterdam",
     ((2024, 3, 20), (2024, 3, 20), "day")),
])
def test_an_iso_week_is_its_seven_days(text, name, expected) -> None:
    guess = dated(text, name, dt.date(2024, 3, 28))
    start, end, precision = expected
    assert (guess.date, guess.end or guess.date, guess.precision) == \
        (dt.date(*start), dt.date(*end), precision)


@pytest.mark.parametrize("text", [
    "Kansas City beat Denver in Week 12 of the season.",
    "The Chiefs won in week 12 at Arrowhead, in Kansas City.",
    "Scans in Kansas City showed the baby in week 12 of pregnancy.",
])
def test_a_sport_s_or_a_pregnancy_s_week_is_no_iso_week(text: str) -> None:
    published = dt.date(2024, 3, 28)
    assert dated(text, "Kansas City", published).precision != "week"


# -- 8. a results page's header dates the results under it --

RESULTS = ("Yesterday's results:\nAl Hilal 2 Al Nassr 1 (Riyadh)\nAl Ahly 3 Zamalek 0 (Cairo)\n"
           "\nIn other news, Jeddah was hot.")


@pytest.mark.parametrize(("text", "name"), [
    ("Yesterday's results: Al Hilal beat Al Nassr in Riyadh.", "Riyadh"),
    (("Yesterday's results: Al Hilal 2 Al Nassr 1 in Riyadh; Al Ahly beat Zamalek in Cairo, "
      "and Pyramids beat Ismaily in Ismailia."), "Ismailia"),
    (RESULTS, "Riyadh"),
    (RESULTS, "Cairo"),
    ("Saturday's scores\nLeeds 2 Hull 1, at Elland Road\nBristol 0 Bath 0", "Bath"),
])
def test_a_results_header_dates_the_results_under_it(text: str, name: str) -> None:
    published = dt.date(2024, 5, 26)  # a Sunday
    guess = dated(text, name, published)
    assert (guess.date, guess.precision) == (dt.date(2024, 5, 25), "day")


def test_a_results_header_dates_nothing_past_a_blank_line() -> None:
    published = dt.date(2024, 5, 26)
    assert dated(RESULTS, "Jeddah", published).date == published
    text = "Fans said yesterday's results: Riyadh wins."
    assert dated(text, "Riyadh", published).date == published


# -- 9. old style: "inst." (this month), "ult." (last month), "prox." (next month) --

@pytest.mark.parametrize(("text", "name", "expected"), [
    (("KINGSTON, Jamaica — The steamer Arawak arrived at Kingston on the 3rd inst. from Colon "
      "with 40 passengers."), "Colon", (1924, 3, 3)),
    ("BELIZE — A hurricane struck Belize on the 28th ult., destroying the wharf.", "wharf",
     (1924, 2, 28)),
    ("The Arawak sailed from Colon the 2d ult. for Kingston.", "Kingston", (1924, 2, 2)),
    ("The Arawak will sail from Kingston on the 12th prox. for Colon.", "Colon", (1924, 4, 12)),
    ("Your letter from Belize of the 1st instant is received.", "Belize", (1924, 3, 1)),
])
def test_an_old_style_day_is_of_the_month_it_names(text, name, expected) -> None:
    guess = dated(text, name, dt.date(1924, 3, 5))
    assert (guess.date, guess.precision) == (dt.date(*expected), "day")


def test_institutes_and_results_are_no_old_style_day() -> None:
    text = "The 3rd Institute in Leeds posted results on the 5th ultimately."
    assert not [e for e in find_expressions(text) if "old" in e.groups]
