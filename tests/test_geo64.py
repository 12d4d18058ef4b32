"""Gazetteer gaps, folding traps and a list's kind (helper geo64): texts of our own, each
with a control that the rule leaves alone."""

from __future__ import annotations


def _at(mentions, surface):
    return next(m for m in mentions if m.surface == surface)


def _surfaces(mentions):
    return {m.surface for m in mentions}


# -- a list's kind against the story's context ---------------------------------------------

KZN = ("Floods swept KwaZulu-Natal on Monday. Roads in Durban and Pietermaritzburg were "
       "closed, and the weather service warned that the storm would move inland to the Free "
       "State and Mpumalanga by Wednesday.")


def test_a_province_listed_with_a_province_stays_one_against_the_story_s_province(geoparser):
    """Mpumalanga is a province and a KwaZulu-Natal township; beside the Free State it is the
    province, though every other name of the story is in KwaZulu-Natal."""
    place = _at(geoparser.parse(KZN), "Mpumalanga").place
    assert place.kind == "admin1" and place.country == "ZA"


def test_the_township_listed_with_its_neighbour_town_stays_the_township(geoparser):
    text = ("Rain fell in Durban and Pinetown on Monday; taxis from Mpumalanga and Hammarsdale "
            "were stuck on the N3.")
    assert _at(geoparser.parse(text), "Mpumalanga").place.kind == "city"


# -- a news agency's name before what it does -----------------------------------------------

def test_a_news_agency_that_reports_is_no_town(geoparser):
    for text in ("Tass reported that Moscow had agreed to the talks.",
                 "Russia's Tass news agency said the talks in Minsk were over.",
                 "According to Tass, the talks in Geneva ended without a deal.",
                 "Xinhua reported floods in Hunan on Tuesday."):
        assert not {"Tass", "Xinhua"} & _surfaces(geoparser.parse(text)), text


def test_the_town_of_an_agency_s_name_stays_a_town(geoparser):
    for text in ("Tass, a village south of Budapest, flooded on Sunday.",
                 "The police in Tass said the dam held, Hungarian radio reported.",
                 "Floods hit Tass and Kunszentmiklós in Hungary."):
        assert _at(geoparser.parse(text), "Tass").place.country == "HU", text


# -- a folded match that the text's own letters contradict ---------------------------------

def test_a_name_written_with_an_n_tilde_is_no_place_spelt_without_one(geoparser):
    """"Cañada" folds to "canada", but no spelling of Canada has an ñ."""
    text = ("Herders drove sheep along the Cañada Real Conquense through Madrid on Sunday, "
            "as they have since the Middle Ages.")
    assert all(m.place is None or m.place.country != "CA" for m in geoparser.parse(text))


def test_names_spelt_with_their_n_tilde_and_canada_itself_are_found(geoparser):
    mentions = geoparser.parse("A Cañada de Gómez farmer moved to Ñuñoa; Canada and Mexico "
                               "signed the deal.")
    assert _at(mentions, "Cañada de Gómez").place.country == "AR"
    assert _at(mentions, "Ñuñoa").place.country == "CL"
    assert _at(mentions, "Canada").place.country == "CA"


# -- a former name kept by a body -------------------------------------------------------------

def test_a_former_name_inside_a_body_s_name_is_the_body_s(geoparser):
    for text in ("The Bank of Ceylon opened a branch in Leeds.",
                 "The Ceylon Tea Board met in London on Monday.",
                 "Engineers of the Ceylon Electricity Board restored power in Kandy.",
                 "The Bombay High Court ruled on Tuesday in Mumbai.",
                 "He joined the Madras Regiment in 1958."):
        assert not {"Ceylon", "Bombay", "Madras"} & _surfaces(geoparser.parse(text)), text


def test_a_former_name_alone_and_a_living_town_s_council_stay_places(geoparser):
    assert _at(geoparser.parse("Tea from Ceylon was shipped to London in 1890."),
               "Ceylon").place.country == "LK"
    assert _at(geoparser.parse("The Madras City Council in Oregon met on Monday."),
               "Madras").place.country == "US"


# -- an eponym's possessive before a species -----------------------------------------------

def test_a_naturalist_s_possessive_before_a_species_is_no_islet(geoparser):
    for text in ("Grevy's zebra numbers fell in northern Kenya's Samburu.",
                 "Grevy's zebras and reticulated giraffes share Laikipia with cattle."):
        assert "Grevy" not in _surfaces(geoparser.parse(text)), text


def test_a_place_s_possessive_before_its_creatures_stays_a_place(geoparser):
    assert _at(geoparser.parse("Kenya's zebras crossed the river."),
               "Kenya").place.country == "KE"
    text = ("Rangers counted tortoises on Floreana, in the Galápagos, this week. Floreana's "
            "tortoises were wiped out by whalers.")
    assert [m.place.country for m in geoparser.parse(text) if m.surface == "Floreana"] == \
        ["EC", "EC"]


# -- a division named like a person, listed with its siblings -----------------------------

def test_a_county_named_like_a_person_is_the_county_among_its_sibling_counties(geoparser):
    for text in (("The hospital serves 400,000 people across Limerick, Clare and north "
                 "Tipperary."),
                 "Floods hit Galway, Clare and Kerry on Monday."):
        clare = _at(geoparser.parse(text), "Clare").place
        assert clare.name == "County Clare" and clare.country == "IE", text


def test_the_given_name_alone_stays_a_person(geoparser):
    assert "Clare" not in _surfaces(geoparser.parse(
        "Clare said she would vote for him in Dublin on Friday."))


# -- islands of one name (index v114) ------------------------------------------------------

def test_an_island_named_like_an_island_before_it_is_found_in_its_archipelago(geoparser):
    mentions = geoparser.parse("The ferry from Puerto Ayora reached San Cristóbal Island, in "
                               "the Galápagos, at noon.")
    assert _at(mentions, "San Cristóbal Island").place.country == "EC"
    mentions = geoparser.parse("Fishermen on Flores Island in the Azores said the storm had "
                               "passed over Corvo.")
    assert _at(mentions, "Flores Island").place.country == "PT"


def test_the_first_island_of_the_name_keeps_its_own_stories(geoparser):
    mentions = geoparser.parse("Ferries to Flores Island from Labuan Bajo, Indonesia, were "
                               "cancelled.")
    assert _at(mentions, "Flores Island").place.country == "ID"
    mentions = geoparser.parse("Makira, also called San Cristobal Island, in the Solomon "
                               "Islands, was hit by the cyclone.")
    assert _at(mentions, "San Cristobal Island").place.country == "SB"


# -- a town across a state line from the story's town --------------------------------------

def test_a_small_town_beside_the_story_s_town_across_a_state_line_is_kept(geoparser):
    text = ("Trucks queued at the Santa Teresa port of entry west of El Paso as Texas and "
            "Chihuahua officials met.")
    place = _at(geoparser.parse(text), "Santa Teresa").place
    assert (place.country, place.admin1) == ("US", "NM")


# -- a town the text calls one, read as one namesake of several abroad ----------------------

def test_a_called_town_read_as_a_namesake_abroad_is_guessed_in_the_story_s_country(geoparser):
    text = ("The town of Bluff, on the San Juan River in southeastern Utah, sits near Bears "
            "Ears and Monument Valley.")
    bluff = _at(geoparser.parse(text), "Bluff")
    assert bluff.place is None or bluff.place.country == "US"


def test_a_called_town_of_one_reading_abroad_keeps_it(geoparser):
    text = ("The Hong Kong crew, who train in Victoria Harbour and Sai Kung, will start the "
            "race from the port of La Trinité-sur-Mer next month.")
    assert _at(geoparser.parse(text), "La Trinité-sur-Mer").place.country == "FR"


# -- a name the gazetteer lacks, placed by an apposition of its kind -------------------------

def test_a_town_placed_by_its_apposition_is_guessed_in_the_region_it_names(geoparser):
    """Marree (70 people) is below the population floor of every source the index reads."""
    for text in ("Floods hit Marree, a town of 70 people in South Australia.",
                 "Marree, a small town in South Australia, flooded on Monday."):
        place = _at(geoparser.parse(text), "Marree").place
        assert place is not None and place.country == "AU" and place.admin1 == "05", text


# -- a park named after a person who is also a town ----------------------------------------

NIXON = ("WASHINGTON — President Nixon returned from San Clemente on Sunday. By evening, "
         "several thousand protesters had gathered in Lafayette Park, across the street from "
         "the executive mansion. Police in Washington said 40 people were arrested.")


def test_a_park_named_like_a_town_is_the_dateline_city_s(geoparser):
    park = next(m for m in geoparser.parse(NIXON) if m.surface.startswith("Lafayette"))
    assert park.place is not None and (park.place.country, park.place.admin1) == ("US", "DC")


def test_the_park_of_its_own_town_stays_there(geoparser):
    text = ("LAFAYETTE, La. — Families picnicked in Lafayette Park on Sunday as the festival "
            "opened downtown.")
    parks = [m for m in geoparser.parse(text) if m.surface == "Lafayette"]
    assert parks and all(m.place.admin1 == "LA" for m in parks)
