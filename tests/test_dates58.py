"""Helper dates58: audit 33's dating items 4 and 5 — a weekday dating places it does not
apply to (a relative clause of years, "earlier this year" beside the day, a dateline's
"this town", a place and its region), and relative or anchored times read the wrong way ("would
open in March", "last Tuesday" in the pluperfect, "since the floods of 2000", "the 2021 and
2022 fighting"). Texts of our own that show the same things."""

from __future__ import annotations

import datetime as dt

import pytest

from placeline.events import build_events
from placeline.models import Mention, Place
from tests.helpers import dated


def _events(text: str, names: list[str], published: dt.date) -> dict[str, tuple]:
    """{name: (start, end, precision, evidence)} of each name's event, as ingest makes them."""
    mentions = []
    for number, name in enumerate(names):
        at = text.index(name)
        place = Place(id=f"t:{number}", name=name, lat=40.0, lon=-90.0, kind="city", country="US")
        mentions.append(Mention(at, at + len(name), name, place, 0.9))
    events = build_events(text, mentions, published)
    by_id = {f"t:{number}": name for number, name in enumerate(names)}
    return {by_id[e.place_id]: (e.date, e.date_end, e.precision, e.evidence) for e in events}


# -- item 4: a weekday dates only the places it applies to --

OBITUARY = ("Ingrid Olsen, a ferry pilot who shuttled trucks from Tromso and Bodo to ports in "
            "Kiel, Germany, and Gdansk, Poland, for three decades, died Friday at a hospice "
            "in Harstad.")
TUE_14_OCT = dt.date(2025, 10, 14)


def test_a_relative_clause_of_years_is_not_the_day_s() -> None:
    events = _events(OBITUARY, ["Tromso", "Kiel", "Gdansk", "Poland", "Harstad"], TUE_14_OCT)
    assert events["Harstad"][:3] == (dt.date(2025, 10, 10), None, "day")
    for name in ("Tromso", "Kiel", "Gdansk", "Poland"):
        assert events[name][2] == "publication", name
        assert "“Friday” dates another part" in events[name][3]


def test_a_span_of_years_alone_does_not_undate_the_day() -> None:
    """No relative clause: the span is the main clause's own ("served in Kiel for three
    years, and retired on Friday" keeps its day for Kiel's clause where no "who" opens)."""
    text = "Olsen served in Kiel for three years, then retired to Harstad on Friday."
    assert dated(text, "Harstad", TUE_14_OCT).date == dt.date(2025, 10, 10)


def test_earlier_this_year_is_not_refined_by_the_sentence_s_day() -> None:
    text = ("Chile and Peru on Thursday reopened the Chacalluta crossing, shut since floods in "
            "March 2023, after ministers signed a water accord in Lima earlier this year.")
    events = _events(text, ["Chile", "Lima"], dt.date(2025, 8, 22))
    assert events["Chile"][:3] == (dt.date(2025, 8, 21), None, "day")
    assert events["Lima"][2] == "year" and events["Lima"][0] == dt.date(2025, 1, 1)


DATELINE = ("MAPLETON, Kansas - A storm ripped through this village of 600 residents in "
            "Bourbon County late Sunday, flattening barns, the sheriff said.")


def test_earlier_this_year_beside_its_own_day_is_still_refined_by_nothing_else() -> None:
    text = "Earlier this year, ministers met in Lima."
    assert dated(text, "Lima", dt.date(2025, 8, 22)).precision == "year"


def test_the_dateline_s_place_is_this_village() -> None:
    events = _events(DATELINE, ["MAPLETON", "Kansas", "Bourbon County"], dt.date(2025, 6, 2))
    for name in ("MAPLETON", "Kansas", "Bourbon County"):
        assert events[name][:3] == (dt.date(2025, 6, 1), None, "day"), name
    assert "“this village”" in events["MAPLETON"][3]


def test_a_dateline_without_this_place_keeps_the_publication_date() -> None:
    text = ("MAPLETON, Kansas - Farmers in Bourbon County counted losses after a storm late "
            "Sunday and a long dry spell.")
    assert dated(text, "MAPLETON", dt.date(2025, 6, 2)).precision == "publication"


def test_a_place_and_its_region_share_a_time_in_the_next_clause() -> None:
    text = ("The storm dropped large hail on Tulsa, Oklahoma, and knocked out power to 45,000 "
            "homes in Wichita on Monday evening.")
    events = _events(text, ["Tulsa", "Oklahoma", "Wichita"], dt.date(2025, 6, 3))
    assert {events[n][0] for n in ("Tulsa", "Oklahoma", "Wichita")} == {dt.date(2025, 6, 2)}


# -- item 5: relative and anchored times --

TUE_4_NOV = dt.date(2025, 11, 4)


@pytest.mark.parametrize(("text", "start"), [
    ("The harbour board in Mossel Bay said a new quay in Saldanha would open in March.",
     dt.date(2026, 3, 1)),
    ("The harbour board said the quay in Saldanha would be finished by June.",
     dt.date(2026, 6, 1)),
])
def test_a_month_said_to_come_that_is_past_this_year_is_next_year_s(text, start) -> None:
    guess = dated(text, "Saldanha", TUE_4_NOV)
    assert (guess.date, guess.precision) == (start, "month")


def test_a_month_after_another_noun_stays_this_year_s() -> None:
    text = "The board said it would investigate the flooding in Saldanha in March."
    assert dated(text, "Saldanha", TUE_4_NOV).date == dt.date(2025, 3, 1)


TWO_STORMS = ("A storm ripped through Mapleton late Sunday, the sheriff said.\n\n"
              "Last Sunday, a weaker storm had flattened sheds near Hiattville.")
MON_2_JUN = dt.date(2025, 6, 2)


def test_last_sunday_in_the_pluperfect_after_sunday_is_the_week_before() -> None:
    assert dated(TWO_STORMS, "Mapleton", MON_2_JUN).date == dt.date(2025, 6, 1)
    guess = dated(TWO_STORMS, "Hiattville", MON_2_JUN)
    assert (guess.date, guess.precision) == (dt.date(2025, 5, 25), "day")
    assert "week before" in guess.evidence


@pytest.mark.parametrize("text", [
    # no pluperfect
    ("A storm ripped through Mapleton late Sunday.\n\nLast Sunday, a storm flattened sheds "
    "near Hiattville."),
    # no bare Sunday for the day just gone
    "Last Sunday, a weaker storm had flattened sheds near Hiattville.",
])
def test_last_sunday_otherwise_stays_the_one_just_gone(text) -> None:
    assert dated(text, "Hiattville", MON_2_JUN).date == dt.date(2025, 6, 1)


def test_the_time_of_an_event_after_since_is_a_reference_point() -> None:
    text = ("In Ladysmith, farmers near Colenso said water had reached their fields for the "
            "first time since the floods of 1987.")
    events = _events(text, ["Ladysmith", "Colenso"], dt.date(2025, 3, 10))
    for name in ("Ladysmith", "Colenso"):
        assert events[name][:3] == (dt.date(2025, 3, 10), None, "publication"), name
        assert "“of 1987”" in events[name][3]


@pytest.mark.parametrize(("text", "name", "year"), [
    ("Farmers near Colenso recalled the floods of 1987.", "Colenso", 1987),
    # the place in the event "since" names is that event's
    ("Cases have risen since its outbreak in Colenso in 1987.", "Colenso", 1987),
])
def test_a_time_of_its_own_event_is_still_the_event(text, name, year) -> None:
    assert dated(text, name, dt.date(2025, 3, 10)).date == dt.date(year, 1, 1)


def test_since_an_event_began_in_a_year_is_read_as_before() -> None:
    """A verb in the phrase ("since the epidemic began in 2008") makes a clause of its own,
    which the rule leaves as it was."""
    text = "Cases rose in Colenso since the epidemic began in 2008."
    assert dated(text, "Colenso", dt.date(2025, 3, 10)).date == dt.date(2008, 1, 1)


@pytest.mark.parametrize(("text", "span"), [
    ("The Sarikol valley was at the centre of the 2019 and 2020 fighting.",
     (dt.date(2019, 1, 1), dt.date(2020, 12, 31))),
    ("Sarikol was hit hard by their 2018 and 2019 floods.",
     (dt.date(2018, 1, 1), dt.date(2019, 12, 31))),
])
def test_two_years_next_to_each_other_are_a_range(text, span) -> None:
    guess = dated(text, "Sarikol", dt.date(2025, 8, 19))
    assert (guess.date, guess.end, guess.precision) == (*span, "range")


def test_two_years_apart_are_no_range() -> None:
    text = "Sarikol voted in the 2014 and 2022 elections."
    guess = dated(text, "Sarikol", dt.date(2025, 8, 19))
    assert (guess.date, guess.end, guess.precision) == (dt.date(2014, 1, 1),
                                                          dt.date(2014, 12, 31), "year")


def test_a_quarter_said_to_come_by_its_verb_that_is_past_is_next_year_s() -> None:
    text = "The company said the plant in Xville would reopen by Q2."
    guess = dated(text, "Xville", dt.date(2024, 12, 10))
    assert (guess.date, guess.end) == (dt.date(2025, 4, 1), dt.date(2025, 6, 30))
