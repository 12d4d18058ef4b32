"""Gazetteer v110 (gaz58): places audit 35's wire stories named that the index lacked or read
as a namesake far away (Goseong County of Gangwon, Machang and Bachok of Kelantan, Noto of
Ishikawa, Río Grande of Potosí, the Colca Valley, the Mã Pí Lèng pass, the Too-Ashuu pass,
Sozak and Otyrar districts, Nabouwalu), Taveuni's missing country (a point at -179.999 found
no town across the 180th meridian), the names shown that the stories never use ("Santyoku"
for Samcheok, "Thị Trấn Mèo Vạc", "Shaul’der", "Manas" for Jalal-Abad, two "Hà Giang"), and
the classes around them: coastal villages of England and Wales, Timor-Leste's, Cape Verde's
and São Tomé's divisions, the Rift Valley's lakes, Norway's fjords and Swiss portal villages,
Korea's counties and Malaysia's district towns, Andean towns by salt flats and valleys."""

from __future__ import annotations

import pytest

from placeline import gazetteer_build as build


def _found(geoparser, text: str) -> dict:
    return {m.surface: m.place for m in geoparser.parse(text) if m.place}


def _km(place, near: tuple[float, float]) -> float:
    from placeline.models import haversine_km

    return haversine_km(place.lat, place.lon, *near)


@pytest.mark.parametrize(("text", "name", "near"), [
    # the audit's gaps, in its stories' sentences
    (("GOSEONG, South Korea, April 4 (Yonhap) -- A wildfire broke out in the eastern coastal "
     "county of Goseong. The fire started in Goseong County, Gangwon Province, and spread "
     "toward Sokcho."), "Goseong", (38.38, 128.47)),
    ("Traffic on the Donghae Expressway between Yangyang and Samcheok was restricted.",
     "Yangyang", (38.08, 128.62)),
    (("Evacuees: Pasir Mas (6,204), Tumpat (4,880), Kota Bharu (2,917), Kuala Krai (1,650), "
     "Tanah Merah (1,205), Pasir Puteh (893), Machang (640), Bachok (511) and Jeli (312)."),
     "Machang", (5.76, 102.22)),
    (("Evacuees: Pasir Mas (6,204), Tumpat (4,880), Kota Bharu (2,917), Kuala Krai (1,650), "
     "Tanah Merah (1,205), Pasir Puteh (893), Machang (640), Bachok (511) and Jeli (312)."),
     "Bachok", (6.07, 102.40)),
    (("Temporary housing units were also built in the towns of Noto, Anamizu and Shika, "
     "Ishikawa Prefecture."), "Noto", (37.31, 137.15)),
    (("Bolivia started test production at a lithium plant in the Uyuni salt flat. Local "
     "communities in the nearby towns of Rio Grande and Colchani raised concerns."),
     "Rio Grande", (-20.80, -67.20)),
    (("CHIVAY, Peru, March 12 (AP) — A magnitude 6.1 earthquake struck the Colca Valley in "
     "southern Peru early Tuesday."), "Colca Valley", (-15.63, -71.70)),
    (("Ha Giang is famous for its Dong Van Karst Plateau Global Geopark and the Ma Pi Leng "
     "pass."), "Ma Pi Leng", (23.24, 105.41)),
    (("Meanwhile, in neighbouring Karnaprayag and Gopeshwar, the district administration "
     "started a survey."), "Gopeshwar", (30.41, 79.32)),
    ("About 700 residents were evacuated to a hotel at Gardermoen and to Jessheim.",
     "Gardermoen", (60.20, 11.10)),
    (("An avalanche has blocked the Bishkek-Osh highway near the Too-Ashuu pass in northern "
     "Kyrgyzstan."), "Too-Ashuu", (42.33, 73.82)),
    ("Pupils in Sozak and Otyrar districts of Kazakhstan are studying in three shifts.",
     "Otyrar", (42.79, 68.37)),
    ("Police in Fiji said a man drowned in Nabouwalu after his boat capsized.", "Nabouwalu",
     (-17.00, 178.70)),
    # (a) coastal villages and reserves
    ("Birdwatchers flocked to Minsmere and Walberswick on the Suffolk coast.", "Walberswick",
     (52.31, 1.66)),
    ("Seals pupped at Blakeney Point near Cley next the Sea in Norfolk.", "Blakeney Point",
     (52.97, 0.97)),
    ("Coasteering at Abereiddy and Porthgain in Pembrokeshire was suspended.", "Abereiddy",
     (51.94, -5.21)),
    # (b) Timor-Leste's exclave, São Tomé's districts
    ("Voters in Oecusse, Timor-Leste's exclave, went to the polls.", "Oecusse",
     (-9.20, 124.38)),
    ("Floods hit Água Grande and Mé-Zóchi districts of São Tomé.", "Mé-Zóchi", (0.30, 6.68)),
    # (c) the Rift Valley's lakes by their short names
    ("Flamingos returned to Bogoria in Kenya's Baringo County.", "Bogoria", (0.25, 36.10)),
    ("Flamingos breed on Natron in northern Tanzania.", "Natron", (-2.42, 36.05)),
    # (d) fjords and portal villages
    ("Cruise ships sailed into the Lysefjord near Stavanger.", "Lysefjord", (59.00, 6.30)),
    ("A train stalled in the tunnel between Göschenen and Airolo in Switzerland.",
     "Göschenen", (46.67, 8.59)),
    # (e) Korea's counties, Malaysia's district towns
    ("Wildfires hit Uljin and Uiseong in North Gyeongsang Province.", "Uljin",
     (36.99, 129.40)),
    ("Floods hit Kemaman and Setiu in Terengganu, Malaysia.", "Kemaman", (4.23, 103.42)),
    # (f) Andean towns by salt flats and valleys
    ("Lithium brine from the Salar de Atacama near Toconao in Chile.", "Salar de Atacama",
     (-23.50, -68.25)),
    ("Tourists stayed in Llica and Tahua on the edge of Bolivia's Uyuni salt flat.", "Llica",
     (-19.85, -68.25)),
])
def test_gazetteer_v110_places(geoparser, text, name, near):
    found = _found(geoparser, text)
    assert name in found, found
    assert _km(found[name], near) < 25, (found[name].name, found[name].country)


@pytest.mark.parametrize(("text", "name", "near"), [
    # namesakes the index held keep their stories
    ("The fire burned in Goseong, South Gyeongsang Province, near Tongyeong.", "Goseong",
     (34.98, 128.32)),
    ("The festival in Noto, Sicily, drew tourists.", "Noto", (36.89, 15.07)),
    ("The Rio Grande flooded near El Paso, Texas.", "Rio Grande", (25.96, -97.15)),
])
def test_namesakes_keep_their_stories(geoparser, text, name, near):
    found = _found(geoparser, text)
    assert name in found, found
    assert _km(found[name], near) < 25, (found[name].name, found[name].country)


@pytest.mark.parametrize(("written", "shown", "country"), [
    ("Samcheok", "Samcheok", "KR"),  # GeoNames: "Santyoku"
    ("Yeongcheon", "Yeongcheon", "KR"),  # "Eisen"
    ("Shika", "Shika", "JP"),  # "Oshima"
    ("Noto", "Noto", "JP"),  # "Ushitsu"
    ("Jalal-Abad", "Jalal-Abad", "KG"),  # "Manas"
    ("Dong Van", "Đồng Văn", "VN"),  # "Thị Trấn Đồng Văn"
    ("Meo Vac", "Mèo Vạc", "VN"),
    ("Yen Minh", "Yên Minh", "VN"),
    ("Shaulder", "Shaulder", "KZ"),  # "Shaul’der"
    ("Saryagash", "Saryagash", "KZ"),  # "Saryaghash"
])
def test_towns_are_shown_by_the_names_news_writes(gazetteer, written, shown, country):
    names = {c.place.name for c in gazetteer.lookup_name(written) if c.place.country == country}
    assert shown in names, names


def test_the_old_names_still_find_the_towns(gazetteer):
    for old, shown in [("Santyoku", "Samcheok"), ("Manas", "Jalal-Abad"),
                       ("Thị Trấn Mèo Vạc", "Mèo Vạc"), ("Ushitsu", "Noto")]:
        assert shown in {c.place.name for c in gazetteer.lookup_name(old)}, old


def test_a_province_is_told_apart_from_its_town(gazetteer):
    shown = {(c.place.kind, c.place.name) for c in gazetteer.lookup_name("Ha Giang")}
    assert ("city", "Hà Giang") in shown and ("admin1", "Hà Giang Province") in shown, shown


def test_taveuni_has_its_country(gazetteer):
    assert {c.place.country for c in gazetteer.lookup_name("Taveuni")} == {"FJ"}


@pytest.mark.parametrize(("geonameid", "country", "name", "names", "shown"), [
    (None, "VN", "Thị Trấn Mèo Vạc", ["Meo Vac"], "Mèo Vạc"),
    (None, "VN", "Xã Long Hải", [], "Long Hải"),
    (None, "KR", "Santyoku", ["Samch’ŏk", "Samch'ok", "Sanchoku"], "Samcheok"),
    (None, "KR", "Kyosai", ["Kŏje"], "Geoje"),
    (None, "GE", "Ts’khinvali", [], "Tskhinvali"),
    (None, "KR", "Pohang", ["P'ohang"], None),  # GeoNames' name stands
    (None, "FR", "L'Haÿ-les-Roses", [], None),  # an apostrophe of French
    (1528249, "KG", "Manas", ["Jalal-Abad"], "Jalal-Abad"),
])
def test_shown_name_rules(geonameid, country, name, names, shown):
    assert build._shown_name(geonameid, country, name, names) == shown


def test_towns_across_the_180th_meridian_are_near():
    town = build.Entry(id="t", name="Waiyevo", lat=-16.79, lon=179.98, kind="city",
                       country="FJ")
    cells = build._towns_by_cell([town])
    assert build._nearest_town(-16.874, -179.999, cells) is town


def _town(name: str, lat: float, lon: float, country: str) -> build.Entry:
    return build.Entry(id=name, name=name, lat=lat, lon=lon, kind="city", country=country)


def test_a_feature_far_from_towns_takes_the_country_of_those_around_it():
    """No town within 100 km: the towns within 200 km, if two or more and of one country,
    lend theirs (Natural Earth's Chukchi Peninsula); across the meridian too."""
    cells = build._towns_by_cell([_town("Lavrentiya", 65.58, -171.0, "RU"),
                                  _town("Provideniya", 64.42, -173.23, "RU")])
    assert build._country_far_off(65.5, -174.0, cells) == "RU"
    assert build._country_far_off(65.5, 179.9, build._towns_by_cell([
        _town("a", 65.5, -178.0, "RU"), _town("b", 65.0, -177.5, "RU")])) == "RU"


@pytest.mark.parametrize("towns", [
    [_town("Nauru", -0.53, 166.93, "NR")],  # one town, 290 km off: Banaba keeps none
    [_town("a", 66.0, -170.0, "RU"), _town("b", 66.0, -167.0, "US")],  # two countries
])
def test_a_feature_between_countries_or_far_from_any_keeps_none(towns):
    assert build._country_far_off(-0.86, 169.55, build._towns_by_cell(towns)) == ""
    assert build._country_far_off(65.9, -168.5, build._towns_by_cell(towns)) == ""
