"""Geoparsing cases from review 33 (helper rev33g): the rules added on 2026-12-04 narrowed
where they had cost a town, a capital, a river or a country, with the review's probes and
texts of our own."""

from __future__ import annotations

import pytest

from placeline.geoparse import Geoparser


@pytest.fixture(scope="module")
def geoparser() -> Geoparser:
    return Geoparser()


def _mentions(geoparser: Geoparser, text: str) -> dict[str, tuple[str, str, str]]:
    """Each surface's place name, kind and country (the last mention of a surface wins)."""
    return {m.surface: (m.place.name, m.place.kind, m.place.country)
            for m in geoparser.parse(text) if m.place}


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
