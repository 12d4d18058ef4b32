"""Helper rev31d: review 31's dating findings — days and months in figures without a year
(named days, ranges, shares, addresses, weekdays, the year rule), Japan's fiscal cues,
results headers, and the calendar's names owned by one module."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from placeline import dates
from tests.helpers import dated

NOV_20 = dt.date(2024, 11, 20)
JUNE_1 = dt.date(2025, 6, 1)


# -- 4-7, 15: figures that are no day --

@pytest.mark.parametrize("text", [
    "Security in Mumbai has been tight since 26/11, officials said.",
    "Security in Paris has been tight since 13/11, officials said.",
    "England slumped from 12/1 to 24/2 before lunch in Leeds.",
    "Anderson finished with match figures of 2/11 and 3/12 in Leeds.",
    "Pupils in Leeds got 10/12 and 11/12 in the two papers.",
    "The firm in Leeds cut its staff by 1/5, the union said.",
    "Output in Leeds rose sharply by 2/5 after the merger.",
    "The fire spread from 3/12 George Street in Leeds to the units next door.",
])
def test_figures_that_are_no_day_stay_undated(text: str) -> None:
    name = next(n for n in ("Mumbai", "Paris", "Leeds") if n in text)
    guess = dated(text, name, NOV_20)
    assert guess.precision == "publication", (guess.date, guess.evidence)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Roads in Leeds will be shut on 5/11 and 6/11 for repairs.", (2024, 11, 5), (2024, 11, 6)),
    ("Roads in Leeds will be shut from 12/3 to 15/3 for repairs.", (2025, 3, 12),
     (2025, 3, 15)),
])
def test_a_range_after_a_cue_still_reads(text, start, end) -> None:
    guess = dated(text, "Leeds", NOV_20)
    assert (guess.date, guess.end) == (dt.date(*start), dt.date(*end)), guess.evidence


@pytest.mark.parametrize(("text", "day"), [
    ("Roads in Leeds will be shut from 30/11 on.", (2024, 11, 30)),
    ("The firm in Leeds won a contract on 14/11.", (2024, 11, 14)),
])
def test_a_day_the_stop_lists_no_longer_veto(text, day) -> None:
    guess = dated(text, "Leeds", NOV_20)
    assert guess.date == dt.date(*day) and guess.precision == "day", guess.evidence


def test_a_deadline_in_figures_is_no_longer_vetoed() -> None:
    """A deadline still ahead runs from the report to its day since dates60 (it was the day
    alone), as in words."""
    guess = dated("The mayor of Leeds will be sworn in by 1/12.", "Leeds", NOV_20)
    assert (guess.date, guess.end) == (NOV_20, dt.date(2024, 12, 1)), guess.evidence


def test_a_day_ending_a_span_is_read_and_ends_it() -> None:
    """(dates59: "until 1/12" ends a span from the report's date, as "until 1 December"
    does; it had been pinned here as the day alone.)"""
    guess = dated("Roads in Leeds will be shut until 1/12 over the holiday.", "Leeds", NOV_20)
    assert (guess.date, guess.end, guess.precision) == (NOV_20, dt.date(2024, 12, 1), "range")


# -- 8, 9: the year of a day and month in figures --

@pytest.mark.parametrize(("text", "published", "day"), [
    ("The sale in Leeds will open on Friday, 29/11.", (2024, 12, 5), (2024, 11, 29)),
    ("Fans in Leeds queued on Sat 30/11.", (2024, 11, 20), (2024, 11, 30)),
])
def test_the_weekday_picks_the_year(text, published, day) -> None:
    guess = dated(text, "Leeds", dt.date(*published))
    assert guess.date == dt.date(*day), guess.evidence


def test_a_weekday_that_is_not_the_day_s_is_flagged() -> None:
    guess = dated("The next meeting in Bath is on Friday 7/3.", "Bath", dt.date(2024, 2, 20))
    assert guess.date == dt.date(2024, 3, 7) and "Friday" in guess.flag, guess.flag


def test_a_day_in_figures_takes_the_year_its_month_s_name_would() -> None:
    published = dt.date(2024, 1, 3)
    named = dated("Shops in Leeds will reopen on 29 December.", "Leeds", published)
    figures = dated("Shops in Leeds will reopen on 29/12.", "Leeds", published)
    assert figures.date == named.date == dt.date(2023, 12, 29)


# -- 20: the flag quotes the figures as written --

def test_the_flag_quotes_the_figures_as_written() -> None:
    guess = dated("Roads in Leeds will be shut on 01/07.", "Leeds", dt.date(2024, 6, 2))
    assert '"01/07"' in guess.flag, guess.flag


# -- 10: Japan's fiscal cues --

@pytest.mark.parametrize(("text", "name"), [
    ("Kobe Bryant averaged 35.4 points in Los Angeles in 2005-06.", "Los Angeles"),
    ("Emissions in Leeds fell in 2019-20, the Kyoto Protocol's last years.", "Leeds"),
])
def test_kobe_and_kyoto_set_no_fiscal_year(text: str, name: str) -> None:
    guess = dated(text, name, JUNE_1)
    assert "Japan" not in guess.evidence and guess.date.month == 1, guess.evidence


# -- 12: a results header reaches results, not prose --

@pytest.mark.parametrize("line", ["Roadworks in Bradford close junctions 42-43",
                                  "The library in Bradford is open 9-5 on weekdays"])
def test_a_results_header_does_not_reach_a_prose_line_with_a_range(line: str) -> None:
    text = "Yesterday's results:\n\nLeeds 2-1 Hull\n\n" + line
    guess = dated(text, "Bradford", NOV_20)
    assert "header" not in guess.evidence and guess.precision == "publication"
    assert "header" in dated(text, "Hull", NOV_20).evidence


# -- 16: a text's fiscal convention is found once --

def test_the_fiscal_convention_is_found_once_per_text(monkeypatch) -> None:
    calls = []
    real = dates.fiscal_convention
    monkeypatch.setattr(dates, "fiscal_convention", lambda text: calls.append(1) or real(text))
    text = ("Infosys's campus in Pune grew in FY2023-24, in FY2024-25 and in FY2025-26, "
            "and in 2022-23 too.")
    found = dates.expressions_in_sentences(text)
    assert sum(e.kind == "fiscal" for group in found.values() for e in group) >= 3
    assert len(calls) == 1


# -- 19, 21: the calendar's names have one owner --

# Spelt-out short weekdays left where the shape differs (stems before "day", review 31):
# the sentence splitter's and the recogniser's, which this helper does not touch.
_LEFT_SPELT_OUT = {"text.py", "recognize.py"}


def test_short_weekdays_are_spelt_out_only_in_calendar_names() -> None:
    package = Path(__file__).resolve().parents[1] / "placeline"
    spelt = {path.name for path in package.glob("*.py")
             if path.name != "calendar_names.py"
             and re.search(r"\bMon\|Tues?", path.read_text(encoding="utf-8"))}
    assert spelt <= _LEFT_SPELT_OUT, spelt


def test_the_tagger_s_short_weekdays_are_built_from_calendar_names() -> None:
    from placeline import calendar_names, timex

    assert calendar_names.SHORT_WEEKDAY_ALTERNATION in timex._WEEKDAY_BEFORE
    assert calendar_names.SHORT_WEEKDAY_ALTERNATION in timex._DAY_MONTH_CUE.pattern
    assert set(calendar_names.SHORT_WEEKDAY_ALTERNATION.lower().split("|")) == set(
        calendar_names.SHORT_WEEKDAY_NUMBERS)


def test_a_day_or_none_is_defined_once() -> None:
    source = (Path(__file__).resolve().parents[1] / "placeline" / "timex.py").read_text(
        encoding="utf-8")
    assert source.count("def _day_or_none(") == 1
    assert "def _nearest_day(" not in source


# -- 20: the article's metadata is never dropped by a default --

def test_dating_inputs_and_rebuilt_events_take_the_metadata_without_a_default() -> None:
    import inspect

    from placeline.pipeline import Pipeline

    with pytest.raises(TypeError):
        dates.DatingInput(1, "text", None, frozenset())  # type: ignore[call-arg]
    parameter = inspect.signature(Pipeline._rebuild_events).parameters["metadata"]
    assert parameter.default is inspect.Parameter.empty


# -- 11: a split year of a season, a league or a sport's sentence is both calendar years --

@pytest.mark.parametrize(("text", "name"), [
    ("Sydney FC won the A-League in 2019-20.", "Sydney"),
    ("Flu cases in Leeds peaked in the 2023-24 flu season, the NHS said.", "Leeds"),
    ("Leeds were relegated in 2023-24 season.", "Leeds"),
    ("Leeds were relegated in the 2023-24 season.", "Leeds"),
])
def test_a_season_s_split_year_is_both_calendar_years(text: str, name: str) -> None:
    guess = dated(text, name, JUNE_1)
    assert guess.date.month == 1 and guess.end.month == 12, guess.evidence
    assert guess.end.year == guess.date.year + 1 and "fiscal" not in guess.evidence


# -- 24: each stop-list, not a missing cue, keeps these undated --

_NEVER = re.compile(r"(?!)")


@pytest.mark.parametrize(("text", "stop_list", "off"), [
    ("Since 9/11, security in Leeds has been tight.", "_NAMED_FIGURES", frozenset()),
    ("Since 26/11, security in Leeds has been tight.", "_NAMED_FIGURES", frozenset()),
    ("Traders in Leeds were on 15/2 odds to win.", "_NOT_A_DAY_AFTER", _NEVER),
    ("Leeds went through on 14/3 aggregate in the end.", "_NOT_A_DAY_AFTER", _NEVER),
    ("The film was shown on 7/10 screens in Leeds, the critics rated it.",
     "_FIGURES_NO_DAY", _NEVER),
    ("England slumped from 12/1 to 24/2 before lunch in Leeds.", "_FIGURES_NO_DAY", _NEVER),
    ("The firm in Leeds cut its staff by 1/5, the union said.", "_BY_A_SHARE", _NEVER),
    ("The share of homes in Leeds went from 3/8 to 5/8.", "_DENOMINATORS", frozenset()),
    ("The fire spread from 3/12 George Street in Leeds to the units next door.",
     "_STREET_AFTER", _NEVER),
])
def test_each_stop_list_is_what_keeps_cued_figures_undated(text, stop_list, off,
                                                           monkeypatch) -> None:
    from placeline import timex

    assert dated(text, "Leeds", NOV_20).precision == "publication"
    monkeypatch.setattr(timex, stop_list, off)
    for cached in (dates._expressions_of, dates._resolved_in_sentence):
        cached.cache_clear()  # (the text's expressions, found with the list)
    assert dated(text, "Leeds", NOV_20).precision in {"day", "range"}, stop_list
    for cached in (dates._expressions_of, dates._resolved_in_sentence):
        cached.cache_clear()


def test_the_pairs_of_figures_are_built_in_one_place() -> None:
    from placeline import timex

    assert timex.day_month_pairs({"first": "12", "second": "3", "first2": "15",
                                  "second2": "3"}) == [(12, 3), (15, 3)]
    package = Path(__file__).resolve().parents[1] / "placeline"
    sources = "".join((package / module).read_text(encoding="utf-8")
                      for module in ("timex.py", "dates.py"))
    assert len(re.findall(r'int\((?:expr\.)?groups\["first2"\]\)', sources)) == 1


# -- 17: a day and month in figures is looked for only where a figure has a slash --

def test_day_month_figures_run_only_where_a_slash_follows_a_figure() -> None:
    from placeline import timex

    assert timex._NEEDS["day_month"] == timex.SLASH
    decimal, = timex._stretches("Prices in Leeds rose 3.5 per cent")
    slash, = timex._stretches("Roads in Leeds shut on 3/12")
    assert not decimal[2] & timex.SLASH and slash[2] & timex.SLASH
