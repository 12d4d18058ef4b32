"""Gazetteer v111 (gaz59): a region's bare name that is an ordinary word but towns abroad go
by (Nigeria's "Delta", Jamaica's "Portland" and "Manchester", Liberia's "Maryland"), "the
Delta" as the great river's delta of the story's country, small places no installed source
lists (Roncesvalles of the Camino, Île-à-la-Crosse, Grace Park of Caloocan) and the people of
towns GeoNames lists with none (Trindade of São Tomé)."""

from __future__ import annotations

import pytest

from placeline import gazetteer_build as build


def _found(geoparser, text: str) -> dict:
    return {m.surface: m.place for m in geoparser.parse(text) if m.place}


def _km(place, near: tuple[float, float]) -> float:
    from placeline.models import haversine_km

    return haversine_km(place.lat, place.lon, *near)


def test_delta_state_goes_by_its_bare_name(gazetteer):
    found = {(c.place.kind, c.place.country, c.name_type) for c in gazetteer.lookup_name("Delta")}
    assert ("admin1", "NG", 1) in found, found


@pytest.mark.parametrize(("text", "name", "near"), [
    ("Militants attacked a pipeline in Delta on Sunday, police in Asaba said.", "Delta",
     (5.75, 6.13)),
    ("Flooding in Portland, Jamaica, cut the roads to Port Antonio.", "Portland",
     (18.10, -76.50)),
    ("Mandeville is the capital of Manchester, Jamaica.", "Manchester", (18.05, -77.50)),
    ("In Maryland, Liberia, the county capital Harper ran short of fuel.", "Maryland",
     (4.70, -7.70)),
])
def test_regions_named_by_an_ordinary_word_that_towns_abroad_share(geoparser, text, name,
                                                                   near):
    found = _found(geoparser, text)
    assert name in found, found
    assert _km(found[name], near) < 100, (found[name].name, found[name].country)


@pytest.mark.parametrize(("text", "name", "near"), [
    ("The town of Delta in British Columbia lies south of Vancouver.", "Delta",
     (49.09, -123.05)),
    ("The Charlotte Hornets lost in Charlotte, North Carolina.", "Charlotte", (35.23, -80.84)),
    ("Portland, Oregon, saw protests.", "Portland", (45.52, -122.68)),
])
def test_the_towns_keep_their_stories(geoparser, text, name, near):
    found = _found(geoparser, text)
    assert name in found, found
    assert _km(found[name], near) < 50, (found[name].name, found[name].country)


@pytest.mark.parametrize(("text", "word"), [
    # the region's short name is no bar to a person's name, and an ordinary word read only as
    # a region abroad is the word, not a stray guessed at the story's place
    (("The fastest British finisher was Jordan Hartley of Sheffield in eighth place, while "
      "Charlotte Green, a physiotherapist from Hull, was tenth."), "Charlotte"),
    (("Aeroflot, Delta Air Lines and American Airlines fly from Moscow to the United States. "
      "Delta has been flying between Moscow and New York since 1998."), "Delta"),
])
def test_the_word_stays_a_word(geoparser, text, word):
    assert word not in _found(geoparser, text)


def test_the_shared_short_name_rule():
    """Only a one-word ordinary short name that towns of other countries, and none of its
    own, go by; never a position word."""
    towns = {"delta": frozenset({"CA", "US"}), "van": frozenset({"TR", "US"}),
             "north": frozenset({"US"})}
    assert build._shared_with_towns_abroad("Delta State", "NG", towns) == ["Delta"]
    assert build._shared_with_towns_abroad("Van Province", "TR", towns) == []
    assert build._shared_with_towns_abroad("North Region", "CM", towns) == []
    assert build._shared_with_towns_abroad("Free State", "ZA", towns) == []  # no town has it
    assert build._shared_with_towns_abroad("Imo State", "NG", towns) == []  # (no ordinary word)
    assert build._shared_with_towns_abroad("Federal District", "BR", {
        "federal": frozenset({"AR"})}) == []  # an adjective
    assert build._shared_with_towns_abroad("Charlotte Parish", "VC", {
        "charlotte": frozenset({"US"})}) == []  # a common given name


@pytest.mark.parametrize(("text", "near"), [
    ("LAGOS, Nigeria (Reuters) — Gunmen kidnapped oil workers in the Delta, the army said.",
     (5.3, 6.5)),
    (("CAIRO (AP) — Egypt's farmers in the Delta, who grow rice, fear the dam upstream on "
      "the Nile."), (30.9, 31.12)),
    ("HANOI, Vietnam — Saltwater is creeping into rice fields in the Delta, officials said.",
     (10.0, 105.8)),
    ("JACKSON, Miss. (AP) — Poverty is deepest in the Delta, where cotton once ruled.",
     (33.8, -90.6)),
    ("LITTLE ROCK, Ark. (AP) — Farmers in the Delta, where rice is grown, lost their crop.",
     (33.8, -90.6)),
    ("SACRAMENTO, Calif. — The tunnel would carry water under the Delta, officials said.",
     (38.05, -121.6)),
    ("MAUN, Botswana — Elephants crowd the Delta, guides said.", (-19.3, 22.9)),
])
def test_the_delta_is_the_delta_of_the_story_country(geoparser, text, near):
    found = _found(geoparser, text)
    assert "Delta" in found, found
    assert _km(found["Delta"], near) < 161, (found["Delta"].name, found["Delta"].country)


@pytest.mark.parametrize("text", [
    "Delta Air Lines cut flights from Atlanta on Sunday.",
    "Cases of the Delta variant rose in India.",
    "Hospitals in Lagos filled during the Delta wave, Nigerian doctors said.",
    "Omicron subvariants spread through Vietnam after the Delta variant.",
    "Silt builds up in the delta of the river every spring.",
])
def test_delta_that_is_no_place_stays_none(geoparser, text):
    found = _found(geoparser, text)
    assert "Delta" not in found and "delta" not in found, found


def test_a_delta_flight_takes_no_delta_of_a_river(geoparser):
    """(A town called Delta still reads "a Delta flight", as before: an airline's name before
    a town's noun is left alone; but none of the deltas nor the state.)"""
    found = _found(geoparser, "He took a Delta flight to Detroit.")
    assert "Delta" not in found or found["Delta"].kind == "city", found["Delta"]


def test_the_delta_river_stays_the_river(geoparser):
    found = _found(geoparser, "Rafters ran the Delta River in Alaska.")
    assert "Delta River" in found and found["Delta River"].country == "US", found


@pytest.mark.parametrize(("text", "name", "near"), [
    ("Pilgrims set off from Roncesvalles in Navarre, in northern Spain, on Monday.",
     "Roncesvalles", (43.01, -1.32)),
    ("ÎLE-À-LA-CROSSE, Sask. — A fire destroyed the school on Tuesday.", "ÎLE-À-LA-CROSSE",
     (55.45, -107.89)),
    ("Residents of Île-à-la-Crosse in northern Saskatchewan were evacuated.",
     "Île-à-la-Crosse", (55.45, -107.89)),
    ("Students from Grace Park joined the rally in Caloocan.", "Grace Park", (14.648, 120.984)),
    ("Flights to Pointe-à-Pitre were cancelled as the storm neared.", "Pointe-à-Pitre",
     (16.24, -61.53)),  # (French "à" joins a name as "de" does: it had been cut to "Pitre")
    ("Residents of Pinehouse and Stanley Mission in Saskatchewan fled the fires.",
     "Stanley Mission", (55.42, -104.55)),
])
def test_small_places_news_names(geoparser, text, name, near):
    found = _found(geoparser, text)
    assert name in found, found
    assert _km(found[name], near) < 25, (found[name].name, found[name].country)


def test_roncesvalles_of_toronto_keeps_its_stories(geoparser):
    found = _found(geoparser, "Shops on Roncesvalles Avenue in Toronto reopened.")
    assert all(_km(place, (43.65, -79.45)) < 25 for place in found.values()), found


def test_trindade_has_its_people(gazetteer):
    people = {c.place.population for c in gazetteer.lookup_name("Trindade")
              if c.place.country == "ST" and c.place.kind == "city"}
    assert people and min(people) >= 10000, people


def test_trindade_in_a_gulf_of_guinea_story(geoparser):
    found = _found(geoparser, "Fishermen from Trindade and Neves sell their catch in Libreville.")
    assert "Trindade" in found, found
    assert found["Trindade"].country == "ST", (found["Trindade"].name, found["Trindade"].country)
