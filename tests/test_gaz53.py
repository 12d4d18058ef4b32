"""Gazetteer v105 (gaz53, audit 32 items 2, 10 and 17): big cities the index lacked in their
own country (El Alto had rows only in Argentina, Mexico, Panama and Peru), landmarks and
grounds of the Caribbean's and Latin America's capitals that read as namesakes abroad
("Queen's Park Savannah" was Toronto's Queen's Park and Savannah, Georgia), and regions,
parishes, towns and grounds regional news names (Essequibo, Barbados' parishes, Rakhine's
towns, Tagulandang, Union Island, Tynecastle)."""

from __future__ import annotations

import pytest


def _found(geoparser, text: str) -> dict:
    return {m.surface: m.place for m in geoparser.parse(text) if m.place}


def _km(place, near: tuple[float, float]) -> float:
    from placeline.models import haversine_km

    return haversine_km(place.lat, place.lon, *near)


@pytest.mark.parametrize(("text", "name", "near", "km"), [
    # (1) big cities missing in their own country (audit 32 item 2)
    (("LA PAZ — Miners blocked the road between El Alto and Oruro on Saturday, and protests "
      "spread to Cochabamba and Santa Cruz, police said."), "El Alto", (-16.50, -68.19), 15),
    ("Miners blocked the road to El Alto on Saturday.", "El Alto", (-16.50, -68.19), 15),
    ("El Alto, Bolivia's second-largest city, was cut off by the blockade.", "El Alto",
     (-16.50, -68.19), 15),
    ("Police clashed with protesters in La Matanza and Lomas de Zamora outside Buenos Aires.",
     "La Matanza", (-34.77, -58.62), 25),
    ("Floods hit Puente Piedra and San Martín de Porres in Lima.", "Puente Piedra",
     (-11.87, -77.08), 15),
    ("Voters queued in Yongin and Suwon south of Seoul.", "Yongin", (37.24, 127.18), 20),
    ("Riot police cleared a camp in Pudahuel, near Santiago's airport.", "Pudahuel",
     (-33.44, -70.76), 15),
    # (2) landmarks read as namesakes abroad (item 10)
    ("Crowds packed the Queen's Park Savannah in Port of Spain for carnival on Friday.",
     "Queen's Park Savannah", (10.67, -61.52), 3),
    ("The West Indies beat England at the Queen's Park Oval in Port of Spain.",
     "Queen's Park Oval", (10.67, -61.52), 3),
    ("Jamaica's batsmen struggled at Sabina Park in Kingston.", "Sabina Park",
     (17.98, -76.78), 3),
    ("Waves crashed over the Malecón in Havana as the hurricane passed.", "Malecón",
     (23.14, -82.37), 5),
])
def test_gazetteer_v105_places(geoparser, text, name, near, km):
    found = _found(geoparser, text)
    assert name in found, found
    assert _km(found[name], near) < km, (found[name].name, found[name].country)


def test_no_bare_ate(geoparser):
    """"Ate" (Lima's borough) is an English word: no name of the index in Peru."""
    assert not any(c.place.country == "PE" for c in geoparser.gazetteer.lookup_name("Ate"))
