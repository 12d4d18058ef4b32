"""Geoparsing cases from review 33 (helper rev33g): the rules added on 2026-12-04 narrowed
where they had cost a town, a capital, a river or a country, with the review's probes and
texts of our own."""

from __future__ import annotations

import pytest

from placeline import resolve
from placeline.geoparse import Geoparser
from placeline.name_context import UNKNOWN_DATELINE
from tests.helpers import places_by

_mentions = places_by("name", "kind", "country")


@pytest.mark.parametrize(("text", "surface", "place"), [
    (("LONDON (Reuters) — Shares in London and Paris fell on Monday, and the Frankfurt "
      "market slid 2%."), "Frankfurt", ("Frankfurt am Main", "city", "DE")),
    ("NEW YORK (AP) — Stocks in New York and Chicago rose, and the Zurich market gained.",
     "Zurich", ("Zürich", "city", "CH")),
    (("SYDNEY (Reuters) — Wool prices at the Fremantle market fell as buyers in Sydney and "
      "Melbourne held off."), "Fremantle", ("Fremantle", "city", "AU")),
    (("DHAKA, Bangladesh — Water released from the Farakka barrage flooded Rajshahi and "
      "Chapainawabganj."), "Farakka", ("Farakka", "city", "IN")),
    (("NIAMEY, Niger (AP) — Fire destroyed stalls at the Mopti market, in central Mali, as "
      "traders fled to Niamey and Dosso."), "Mopti", ("Mopti", "city", "ML")),
    ("NIAMEY, Niger (AP) — Traders at the Gao market in Mali and at Maradi said prices rose.",
     "Gao", ("Gao", "city", "ML")),
])
def test_a_town_s_own_market_dam_or_barrage_stays_the_town(
        geoparser: Geoparser, text: str, surface: str, place: tuple[str, str, str]) -> None:
    """"the Frankfurt market", "the Farakka barrage": a town's name before a landmark's
    lower-case noun is that town's market or dam, unless the name is a person's too and
    the town's country goes unnamed ("the Kennedy bridge" of a Niamey story)."""
    assert _mentions(geoparser, text)[surface] == place


def test_a_person_s_bridge_is_still_guessed_in_the_story(geoparser: Geoparser) -> None:
    text = ("NIAMEY, Niger (AP) — Water lapped at the Kennedy bridge on Tuesday as the river "
            "rose past Niamey and Tillabéri.")
    assert _mentions(geoparser, text)["Kennedy"][2] == "NE"


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Beijing told Canberra to stop interfering, the foreign ministry said.", "Canberra", "AU"),
    ("Moscow told Tallinn to remove the monument.", "Tallinn", "EE"),
    ("Washington told Jerusalem to delay the offensive.", "Jerusalem", "IL"),
])
def test_a_capital_told_is_its_government(geoparser: Geoparser, text: str, surface: str,
                                          country: str) -> None:
    """"X told <capital>" is diplomacy's wording: the capital stays a place."""
    assert _mentions(geoparser, text)[surface][2] == country


def test_a_listener_told_is_still_no_town(geoparser: Geoparser) -> None:
    text = ('"It is a dream of ours," Fini told Xinhua, speaking in Solomon Islands Pijin in '
            'Honiara.')
    assert "Xinhua" not in _mentions(geoparser, text)


@pytest.mark.parametrize("text", [
    "Water rose at the Ohio-Mississippi confluence near Cairo, Illinois.",
    "Barges waited at the Missouri-Mississippi confluence north of St. Louis.",
])
def test_both_rivers_of_a_confluence_stay(geoparser: Geoparser, text: str) -> None:
    """The Ohio River (562,341 in the supplement) had been dropped as a weak name."""
    found = _mentions(geoparser, text)
    first = text.split("-")[0].rsplit(" ", 1)[1]
    assert found[first][1] == found["Mississippi"][1] == "water"


def test_a_local_dateline_named_like_a_capital_lends_its_nearness(
        geoparser: Geoparser) -> None:
    """"PARIS, Texas (AP) —" is a local story's dateline, though France's Paris is a capital:
    its 50 km still lend Detroit, Texas (25 km off) over Detroit, Michigan."""
    found = [m.place for m in geoparser.parse(
        "PARIS, Texas (AP) — Police in Detroit said a man was arrested on Monday.")
        if m.surface == "Detroit"]
    assert (found[0].country, found[0].admin1) == ("US", "TX")


def test_a_bureau_s_dateline_still_lends_no_suburb(geoparser: Geoparser) -> None:
    found = [m.place for m in geoparser.parse(
        "TOKYO (Reuters) — Survivors gathered in Nagasaki on Sunday to remember the bombing.")
        if m.surface == "Nagasaki"]
    assert found[0].population > 100_000


def test_a_union_in_a_city_s_dateline_stays_whole(geoparser: Geoparser) -> None:
    """"BELGRADE, Serbia and Montenegro (Reuters) —" (2003-2006): no list of countries."""
    found = _mentions(geoparser, "BELGRADE, Serbia and Montenegro (Reuters) — Floods hit "
                                 "Novi Sad on Tuesday.")
    assert "Montenegro" not in found
    assert found["Serbia and Montenegro"][1] == "country"


def test_a_union_listed_after_a_country_is_still_split(geoparser: Geoparser) -> None:
    found = _mentions(geoparser, "Floods cut roads in Bosnia, Serbia and Montenegro on Tuesday.")
    assert found["Montenegro"] == ("Montenegro", "country", "ME")


@pytest.mark.parametrize(("text", "surface", "kind"), [
    ("Exports from Senegal, the Gambia and the Niger fell last year.", "Niger", "country"),
    ("Aid reached the Niger, Mali and Chad in June.", "Niger", "country"),
    # a river stays a river, alone or beside a town
    ("The Niger rose at Mopti, officials said.", "Niger", "water"),
    ("Georgia is the only land bridge between the Caspian and Turkey.", "Caspian", "water"),
])
def test_a_country_listed_with_countries_after_the_is_the_country(
        geoparser: Geoparser, text: str, surface: str, kind: str) -> None:
    """A list of countries is of countries: "the Niger" beside "the Gambia" is the republic."""
    assert _mentions(geoparser, text)[surface][1] == kind


def test_a_list_of_neighbours_costs_the_square_of_its_length(
        geoparser: Geoparser, monkeypatch: pytest.MonkeyPatch) -> None:
    """Forty suburbs of Paris in one list: the pairs of the list are measured once, not
    once per item (which had cost 40³ distances)."""
    names = ["Montreuil", "Argenteuil", "Nanterre", "Courbevoie", "Créteil", "Colombes",
             "Drancy", "Antony", "Clichy", "Sartrouville", "Pantin", "Clamart", "Bondy",
             "Villejuif", "Sevran", "Vincennes", "Bobigny", "Suresnes", "Meudon", "Puteaux",
             "Gennevilliers", "Bagneux", "Malakoff", "Montrouge", "Chatou", "Bezons",
             "Houilles", "Poissy", "Massy", "Palaiseau", "Orly", "Rungis", "Fresnes",
             "Cachan", "Arcueil", "Gentilly", "Sceaux", "Chaville", "Sèvres", "Garches"]
    text = "Police said riots spread to " + ", ".join(names[:-1]) + f" and {names[-1]}."
    calls = [0]
    measure = resolve.haversine_km

    def counted(*args: float) -> float:
        calls[0] += 1
        return measure(*args)

    listed = resolve._listed_among_neighbours

    def spy(*args, **kwargs):  # counts only the distances this rule measures
        monkeypatch.setattr(resolve, "haversine_km", counted)
        try:
            return listed(*args, **kwargs)
        finally:
            monkeypatch.setattr(resolve, "haversine_km", measure)

    monkeypatch.setattr(resolve, "_listed_among_neighbours", spy)
    geoparser.parse(text)
    assert 0 < calls[0] < 6 * len(names) ** 2


def test_a_feature_after_a_placing_preposition_is_no_person(geoparser: Geoparser) -> None:
    """"from Kayla Creek" places the creek (`PLACE_CUES`), as "at Bina Harbour" does."""
    assert "Kayla Creek" in {m.surface for m in geoparser.parse(
        "The boats came from Kayla Creek on Monday.")}


def test_a_feature_s_name_saying_something_is_a_person(geoparser: Geoparser) -> None:
    assert not geoparser.parse("Kayla Creek said she would appeal.")


@pytest.mark.parametrize("text", ["Shares of Pacific Group rose in Sydney.",
                                  "Asia Bank said profits rose in Manila."])
def test_a_broad_place_before_any_firm_word_is_the_firm_s(geoparser: Geoparser,
                                                          text: str) -> None:
    """One list of firm words (`FIRM_WORDS`) serves a town's firms and a broad place's: "Pacific
    Group" is a firm as "Africa Energy" is (held out's "Red Sea Corporation" likewise)."""
    assert {m.surface for m in geoparser.parse(text)} == {text.split()[-1].rstrip(".")}


@pytest.mark.parametrize(("text", "name"), [
    ("ÎLE-À-LA-CROSSE, Sask. — Fire crews reached the village.", "ÎLE-À-LA-CROSSE"),
    ("L'ANSE-À-VALLEAU, Que. — The wharf was closed.", "L'ANSE-À-VALLEAU"),
])
def test_an_unknown_dateline_s_name_may_hold_a_one_letter_word(text: str, name: str) -> None:
    """"ÎLE-À-LA-CROSSE": a French dateline's one-letter word ("À") after a hyphen is part
    of the name."""
    found = UNKNOWN_DATELINE.search(text)
    assert found is not None and found.group("name") == name
