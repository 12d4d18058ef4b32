"""Geoparsing cases from helper geo65 (audit 38 item 2): a world city named in passing in a
story of another country is that city, not a namesake of the story's country known so only
by another name or a near spelling; with controls where the namesake is meant. Texts of our
own."""

from __future__ import annotations

import pytest

from placeline.geoparse import Geoparser


@pytest.fixture(scope="module")
def geoparser() -> Geoparser:
    return Geoparser()


def _read(geoparser: Geoparser, text: str, surface: str) -> tuple[str, str, str]:
    """The (place name, country, admin1) of the last mention of `surface`."""
    found = [m for m in geoparser.parse(text) if m.surface == surface and m.place]
    assert found, f"{surface!r} not placed in {text!r}"
    place = found[-1].place
    return place.name, place.country, place.admin1


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Grain ships left Izmail and Odesa on Monday. Buyers in Hamburg had ordered the cargo.",
     "Hamburg", "DE"),  # not Pryamobalka, Odesa region (once Hamburg)
    ("Shelling hit Bakhmut and Toretsk overnight. Relatives in New York sent money.",
     "New York", "US"),  # not Niu-York, Donetsk region, though Toretsk lies beside it
    ("Ranchers in Houston and Lubbock watched wheat prices rise after strikes on Odesa.",
     "Odesa", "UA"),  # the Ukrainian spelling: not Odessa, Texas (also spelt Odesa)
    ("Floods swept Tehran and Karaj on Sunday. A delegation from Alexandria arrived later.",
     "Alexandria", "EG"),  # not Mashhad (Alexandria once)
    ("Wildfires burned near Ventura and Oxnard. Pilgrims from Jerusalem prayed for rain.",
     "Jerusalem", "IL"),  # not El Rio, California
    ("Refugees reached Kropyvnytskyi and Svitlovodsk. Exporters in Alexandria bought wheat.",
     "Alexandria", "EG"),  # not Oleksandriya, Kirovohrad region
])
def test_a_world_city_beats_a_namesake_known_so_only_by_another_name(geoparser, text,
                                                                     surface, country):
    assert _read(geoparser, text, surface)[1] == country


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("Fighting reached the village of New York, Donetsk region, on Tuesday.",
     "New York", ("Niu-York", "UA")),  # its region written beside it
    ("Shelling hit New York, Donetsk Oblast, and Toretsk overnight.",
     "New York", ("Niu-York", "UA")),
    (("Refugees reached Oleksandriia and Svitlovodsk. Shelling hit Alexandria, Kirovohrad "
     "Oblast."), "Alexandria", ("Oleksandriya", "UA")),
    ("The fair came to Paris, Texas, and Dallas.", "Paris", ("Paris", "US")),
    ("Traffic slowed in Washington and Alexandria, Virginia, after the storm.",
     "Alexandria", ("Alexandria", "US")),  # a town's own name is left alone
    ("Traffic slowed on the bridges between Washington and Alexandria after the storm.",
     "Alexandria", ("Alexandria", "US")),
    ("Strikes on Odesa and Kherson continued overnight.", "Odesa", ("Odesa", "UA")),
])
def test_the_namesake_stays_where_the_text_places_it(geoparser, text, surface, expected):
    assert _read(geoparser, text, surface)[:2] == expected
