"""Fix 40's geoparsing items: English council names, firms named like villages, common words
and firms' suffixes, and "a storm hit X"."""

from __future__ import annotations

import pytest


def _placed(geoparser, text: str) -> dict[str, tuple[str, str, str]]:
    """Each name the text places: (place, country, admin1)."""
    return {m.surface: (m.place.name, m.place.country, m.place.admin1)
            for m in geoparser.parse(text) if m.place}


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Kent County Council will close two libraries in Dartford and Gravesend this spring.",
     "Kent County", "GB"),
    ("Hampshire County Council has cut funding for buses between Andover and Basingstoke.",
     "Hampshire County", "GB"),
    ("Portsmouth City Council approved a new ferry terminal near Gosport and Fareham.",
     "Portsmouth City", "GB"),
    ("Essex County Council said potholes on roads near Braintree and Harlow would be fixed.",
     "Essex County", "GB"),
])
def test_an_english_council_is_english(geoparser, text, name, country):
    assert _placed(geoparser, text)[name][1] == country


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("King County Council voted to expand bus service between Renton and Kent.",
     "King County", "WA"),
    ("Montgomery County Council met in Rockville to debate the Maryland budget.",
     "Montgomery County", "MD"),
])
def test_an_american_county_council_stays_american(geoparser, text, name, admin1):
    assert _placed(geoparser, text)[name][1:] == ("US", admin1)


@pytest.mark.parametrize("text", [
    "Shares in Puma slid 6% in Frankfurt trading after the sportswear maker warned on sales.",
    "Investors bought shares in Honda on Monday as the yen weakened.",
    "Budget retailer Shein plans to open a warehouse near Warsaw.",
    "Temu, the discount marketplace, faces a fine from regulators in Brussels.",
])
def test_a_firm_worded_as_one_is_no_village(geoparser, text):
    firm = {"Puma", "Honda", "Shein", "Temu"}
    assert not firm & set(_placed(geoparser, text))


def test_a_market_town_after_shares_in_a_big_city_stays(geoparser):
    assert _placed(geoparser, "Shares in Tokyo fell on Monday.")["Tokyo"][1] == "JP"


@pytest.mark.parametrize(("text", "brand"), [
    ("Skoda will stop building its Superb model next year, the carmaker's boss told staff.",
     "Skoda"),
    ("Prada showed its autumn collection to buyers on Thursday.", "Prada"),
])
def test_a_small_place_s_unlike_alias_alone_is_no_place(geoparser, text, brand):
    assert brand not in _placed(geoparser, text)


@pytest.mark.parametrize(("text", "firm"), [
    ("Hannover Re posted a record profit as storm claims eased.", "Hannover"),
    ("Orkney Ferries cut winter crossings to the north isles.", "Orkney"),
])
def test_a_firm_s_suffix_makes_the_name_a_firm_s(geoparser, text, firm):
    assert firm not in _placed(geoparser, text)


@pytest.mark.parametrize("text", [
    "Hail, sleet and wind battered farms near Amarillo overnight.",
    "Hail damage to cars in Dallas ran into the millions.",
])
def test_hail_opening_a_sentence_is_the_weather(geoparser, text):
    assert "Hail" not in _placed(geoparser, text)


def test_a_bill_in_congress_is_no_town(geoparser):
    text = "A mining bill is stuck in Congress, ranchers near Prescott in Arizona complained."
    assert "Congress" not in _placed(geoparser, text)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Floods hit Reading on Monday.", "Reading", "GB"),
    ("Storms battered Bath overnight.", "Bath", "GB"),
    ("Hail pounded Beverly overnight.", "Beverly", "US"),
])
def test_weather_hitting_a_name_places_it(geoparser, text, name, country):
    assert _placed(geoparser, text)[name][1] == country


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("Jackson Hole saw record snowfall this winter, resort managers said.", "Jackson Hole",
     "WY"),
])
def test_another_name_opening_with_a_given_name_opens_a_sentence(geoparser, text, name, admin1):
    assert _placed(geoparser, text)[name][1:] == ("US", admin1)
