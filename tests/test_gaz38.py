"""Index v96: city quarters, regions and small places news names that no source had (Gion of
Kyoto had been Hiroshima's, Miramar of Wellington Florida's, Beni of Myagdi Congo's), and
common words and surnames that stay free of places."""

from __future__ import annotations

import pytest

from placeline.resolve import haversine_km


@pytest.mark.parametrize(("text", "name", "country", "lat", "lon"), [
    ("Geishas hurried through Gion as tourists crowded the old streets of Kyoto.",
     "Gion", "JP", 35.004, 135.775),
    (("The funicular climbs from Vieux Lyon to Fourvière; Croix-Rousse is across the river "
     "in Lyon."), "Croix-Rousse", "FR", 45.775, 4.832),
    (("The funicular climbs from Vieux Lyon to Fourvière; Croix-Rousse is across the river "
     "in Lyon."), "Fourvière", "FR", 45.762, 4.822),
    ("Weta Workshop's studios in Miramar drew fans to Wellington, New Zealand.",
     "Miramar", "NZ", -41.315, 174.815),
    ("Crowds packed the beach at Haeundae in Busan for the film festival.",
     "Haeundae", "KR", 35.163, 129.164),
    ("Boutiques in Toronto's Yorkville reported a record month.",
     "Yorkville", "CA", 43.671, -79.393),
    ("Bushfires burned across Gippsland in eastern Victoria on Sunday.",
     "Gippsland", "AU", -37.9, 146.9),
    ("Trampers set out from Glenorchy, near Queenstown, New Zealand.",
     "Glenorchy", "NZ", -44.85, 168.39),
    (("Trekkers reached Beni in Myagdi district, Nepal, after landslides closed the road to "
     "Jomsom."), "Beni", "NP", 28.35, 83.57),
    ("Ferries to Sherkin Island leave from Baltimore in west Cork.",
     "Baltimore", "IE", 51.484, -9.372),
    ("Reindeer herders of Sápmi protested wind farms in northern Norway.",
     "Sápmi", "", 68.5, 22.0),
])
def test_a_quarter_region_or_small_place_reads_as_itself(geoparser, text, name, country,
                                                          lat, lon):
    place = next(m.place for m in geoparser.parse(text) if m.surface == name)
    assert place.country == country
    assert haversine_km(place.lat, place.lon, lat, lon) < 15


@pytest.mark.parametrize("text", [
    "She wore an Anarkali dress to the wedding.",
    "Woden, the Germanic god, gave his name to Wednesday.",
    "Kojima said the game would ship next year.",
    "Tenderloin steaks and Jardins salads were on the menu.",
    "The Visitors Centre at the Harbour opened downtown.",
])
def test_words_surnames_and_a_god_stay_free_of_places(geoparser, text):
    assert [m.surface for m in geoparser.parse(text) if m.place is not None] == []
