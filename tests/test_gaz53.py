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
    # (3) regions, parishes, towns and grounds of regional news (item 17)
    ("Venezuela sent troops near Essequibo, Guyana's president said in Georgetown.",
     "Essequibo", (6.0, -59.5), 250),
    ("Flooding hit Christ Church and St Lucy in Barbados on Monday.", "Christ Church",
     (13.09, -59.54), 10),
    ("Flooding hit Christ Church and St Lucy in Barbados on Monday.", "St Lucy",
     (13.32, -59.62), 10),
    ("The Arakan Army said it had captured Rathedaung and Ponnagyun in Rakhine State.",
     "Rathedaung", (20.49, 92.76), 15),
    ("Fighting spread to Minbya, Myebon and Kyauktaw in Rakhine.", "Minbya", (20.37, 93.27), 15),
    ("Residents of Tagulandang island fled to Manado.", "Tagulandang", (2.33, 125.42), 20),
    ("Hurricane Beryl flattened homes on Union Island in St Vincent and the Grenadines.",
     "Union Island", (12.60, -61.43), 10),
    ("Hearts beat Hibs 2-1 at Tynecastle on Sunday.", "Tynecastle", (55.94, -3.23), 3),
    ("Hibernian drew with Aberdeen at Easter Road.", "Easter Road", (55.96, -3.17), 3),
])
def test_gazetteer_v105_places(geoparser, text, name, near, km):
    found = _found(geoparser, text)
    assert name in found, found
    assert _km(found[name], near) < km, (found[name].name, found[name].country)


@pytest.mark.parametrize(("text", "name", "country"), [
    # Barbados' parish does not take Oxford's college nor Dublin's cathedral
    ("The city was named after Christ Church, Oxford.", "Christ Church", "GB"),
    ("The dean of Christ Church Cathedral in Dublin spoke.", "Christ Church Cathedral", "IE"),
    # the Georgian city keeps its name
    ("Tourists flocked to Savannah, Georgia for St Patrick's Day.", "Savannah", "US"),
])
def test_namesakes_keep_their_stories(geoparser, text, name, country):
    found = _found(geoparser, text)
    assert name in found, found
    assert found[name].country == country, (found[name].name, found[name].country)


def test_no_bare_ate_nor_copenhagen_tivoli_lent_to_kingston(geoparser):
    """"Ate" (Lima's borough) is an English word, and Kingston's Tivoli Gardens would take
    Copenhagen's name: neither is a name of the index."""
    gazetteer = geoparser.gazetteer
    assert not any(c.place.country == "PE" for c in gazetteer.lookup_name("Ate"))
    assert not any(c.place.country == "JM" for c in gazetteer.lookup_name("Tivoli Gardens"))
