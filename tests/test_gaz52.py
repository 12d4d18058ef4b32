"""Gazetteer v104 (gaz52): show grounds, exhibition centres and event venues news names bare
(ExCeL by its own capitals), islands that share their names with bigger namesakes (the Tiwis'
Melville and Bathurst Islands beside Canada's), and villages famous beyond their size
(Geiranger, Flåm, Hay-on-Wye)."""

from __future__ import annotations

import pytest


def _found(geoparser, text: str) -> dict:
    return {m.surface: m.place for m in geoparser.parse(text) if m.place}


def _km(place, near: tuple[float, float]) -> float:
    from placeline.models import haversine_km

    return haversine_km(place.lat, place.lon, *near)


@pytest.mark.parametrize(("text", "name", "near", "km"), [
    # show grounds and exhibition centres (item 1: none of these was a name of v103)
    ("The Royal Easter Show opened at Sydney Showground in Sydney Olympic Park.",
     "Sydney Showground", (-33.844, 151.068), 3),
    ("The arms fair went on at ExCeL in east London.", "ExCeL", (51.508, 0.029), 3),
    ("The Royal Highland Show at Ingliston near Edinburgh drew record crowds.", "Ingliston",
     (55.94, -3.377), 3),
    ("Farmers showed cattle at the Royal Welsh Showground in Builth Wells.",
     "Royal Welsh Showground", (52.147, -3.41), 3),
    ("Calgary's Stampede Park was busy all week.", "Stampede Park", (51.037, -114.052), 3),
    ("The State Fair of Texas returns to Fair Park in Dallas.", "Fair Park", (32.78, -96.76), 3),
    ("Exhibitors packed Jamhuri Park in Nairobi for the trade fair.", "Jamhuri Park",
     (-1.309, 36.753), 5),
    ("The summit was held at Bharat Mandapam in New Delhi.", "Bharat Mandapam",
     (28.618, 77.243), 3),
    ("The snooker masters was played at the Tempodrom in Berlin.", "Tempodrom",
     (52.501, 13.38), 3),
    # islands a bigger namesake had (item 2: Canada's Arctic islands in an NT story)
    (("Residents of Melville Island and Bathurst Island in the Northern Territory were told to "
      "shelter as the cyclone neared Darwin."), "Melville Island", (-11.53, 130.96), 60),
    (("Residents of Melville Island and Bathurst Island in the Northern Territory were told to "
      "shelter as the cyclone neared Darwin."), "Bathurst Island", (-11.64, 130.32), 60),
    ("Ferries to Horn Island and Thursday Island in the Torres Strait were cancelled.",
     "Horn Island", (-10.61, 142.29), 20),
    ("Flights to Elcho Island were cancelled, Northern Territory police said.", "Elcho Island",
     (-11.95, 135.67), 40),
    # villages famous beyond their size (item 3: the dateline had been guessed at Bergen)
    ("GEIRANGER, Norway — Cruise ships will be banned from the fjord by 2026.", "GEIRANGER",
     (62.1, 7.206), 5),
    ("Tourists packed Hallstatt in Austria and Flåm in Norway this summer.", "Flåm",
     (60.863, 7.114), 5),
    ("Flights into Knock Airport were delayed by fog over Mayo.", "Knock Airport",
     (53.91, -8.819), 3),
])
def test_gazetteer_v104_places(geoparser, text, name, near, km):
    found = _found(geoparser, text)
    assert name in found, found
    assert _km(found[name], near) < km, (found[name].name, found[name].lat, found[name].lon)


@pytest.mark.parametrize(("text", "name", "near", "km"), [
    # guards: the namesakes keep their own stories, before v104 as after
    (("Researchers camped on Melville Island in Nunavut to study the Arctic caribou."),
     "Melville Island", (75.53, -111.5), 150),
    ("Geologists mapped Bathurst Island in Nunavut last summer.", "Bathurst Island",
     (75.84, -99.57), 150),
    ("Pilgrims gathered at Knock in Co. Mayo on Sunday.", "Knock", (53.79, -8.92), 5),
    # (GeoNames' Hay, the village's other name, read it before; the row of v104 by its name)
    ("Hay-on-Wye in Wales hosts its literary festival each spring.", "Hay-on-Wye",
     (52.074, -3.126), 5),
])
def test_namesakes_keep_their_stories(geoparser, text, name, near, km):
    found = _found(geoparser, text)
    assert name in found, found
    assert _km(found[name], near) < km, (found[name].name, found[name].lat, found[name].lon)


def test_canadas_islands_have_their_country(gazetteer):
    """Natural Earth's Melville Island had no country, so a Canadian story's places could not
    support it; the rows of v104 are Canada's and Australia's."""
    countries = {c.place.country for c in gazetteer.lookup_name("Melville Island")}
    assert {"CA", "AU"} <= countries, countries


def test_excel_in_any_other_case_is_no_venue(gazetteer):
    """Guard: "ExCeL" as written is the London venue; "Excel" and "EXCEL" (the spreadsheet,
    an Alabama town) never are."""
    assert "supplement:excel-london" in {c.place.id for c in gazetteer.lookup_name("ExCeL")}
    for other in ("Excel", "excel", "EXCEL"):
        assert "supplement:excel-london" not in {c.place.id
                                                 for c in gazetteer.lookup_name(other)}


def test_no_bare_showground(gazetteer):
    """Guard: "the Showground" alone is no name (each show ground goes by its full name)."""
    assert not gazetteer.lookup_name("Showground")
    assert not gazetteer.lookup_name("Showgrounds")
