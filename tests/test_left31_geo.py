"""Geoparsing cases from the thirty-first session, with texts of our own."""

import pytest

from placeline.geoparse import Geoparser
from tests.helpers import places_by

_readings = places_by("name", "country")


def _country(geoparser: Geoparser, text: str, surface: str) -> str:
    return _readings(geoparser, text)[surface][1]


@pytest.mark.parametrize("text", [
    "Power cuts hit Havana, Santiago and Camagüey on Tuesday, the Cuban grid operator said.",
    "Queues for fuel formed in Holguín, Santiago and Havana as tankers were delayed.",
])
def test_a_town_listed_with_big_towns_of_one_country_is_their_country_s(
        geoparser: Geoparser, text: str) -> None:
    """Big towns of several provinces of one country pull a namesake there, no smaller than
    the least of them, from a bigger capital abroad: Santiago de Cuba, not Chile's."""
    assert _country(geoparser, text, "Santiago") == "CU"


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Crowds gathered in Santiago, Valparaíso and Concepción.", "Santiago", "CL"),
    ("Flights to Madrid, Barcelona and Santiago were cancelled.", "Santiago", "CL"),
    ("The chain opened stores in Leeds, Bristol and Birmingham.", "Birmingham", "GB"),
])
def test_a_list_of_one_country_s_towns_leaves_its_own_readings(
        geoparser: Geoparser, text: str, surface: str, country: str) -> None:
    assert _country(geoparser, text, surface) == country


@pytest.mark.parametrize(("text", "surface", "place"), [
    ("Buses to Newcastle-under-Lyme were cancelled.", "Newcastle-under-Lyme",
     "Newcastle under Lyme"),
    ("The river rose at Appleby-in-Westmorland overnight.", "Appleby-in-Westmorland",
     "Appleby-in-Westmorland"),
    ("The yacht was bound for Wells-next-the-Sea when it failed.", "Wells-next-the-Sea",
     "Wells-next-the-Sea"),
    ("A mural was cut out of a shelter in Weston-super-Mare.", "Weston-super-Mare",
     "Weston-super-Mare"),
    ("Traffic crawled through Carmel-by-the-Sea on Sunday.", "Carmel-by-the-Sea",
     "Carmel-by-the-Sea"),
])
def test_a_compound_town_joined_by_in_under_next_or_by_is_one_name(
        geoparser: Geoparser, text: str, surface: str, place: str) -> None:
    """"-in-", "-under-", "-super-", "-next-the-", "-by-the-" join one compound name, which
    had been cut at its first part to a namesake (Newcastle upon Tyne, Appleby in
    Lincolnshire, Carmel, Indiana)."""
    assert _readings(geoparser, text)[surface][0] == place


def test_in_between_words_joins_no_names(geoparser: Geoparser) -> None:
    """Only between hyphens: "Paris in France" is two names, "mother-in-law" no place."""
    readings = _readings(geoparser, "His mother-in-law flew from Paris in France to Leeds.")
    assert set(readings) == {"Paris", "France", "Leeds"}


@pytest.mark.parametrize("text", [
    "CROMER, England — A yacht ran aground on a sandbank off Happisburgh on Sunday.",
    "CHENNAI — Two trawlers were seized for fishing in Sri Lankan waters off Neduntheevu.",
])
def test_an_unknown_name_off_which_a_boat_lies_is_a_coast_s_place(
        geoparser: Geoparser, text: str) -> None:
    """After the sea's words, "off" places a name the gazetteer lacks (guessed where the
    story is)."""
    name = text.split(" off ")[1].split()[0].rstrip(".")
    assert name in {m.surface for m in geoparser.parse(text)}


def test_off_alone_places_nothing(geoparser: Geoparser) -> None:
    text = "WARSAW — She held off Kowalczyk in the final lap."
    assert "Kowalczyk" not in {m.surface for m in geoparser.parse(text)}


def test_a_dotted_state_abbreviation_is_its_state(geoparser: Geoparser) -> None:
    """"N.S.W." as news writes it in datelines, like "NSW"."""
    readings = _readings(geoparser, "BYRON BAY, N.S.W. — Volunteers opened a new radio base.")
    assert readings["N.S.W."] == ("New South Wales", "AU")


@pytest.mark.parametrize(("text", "place"), [
    ("PORT OF SPAIN, Trinidad — Crowds packed the Savannah for Carnival on Monday.",
     "Queen's Park Savannah"),
    ("SAVANNAH, Ga. — Barges moved slowly on the Savannah after the rain.", "Savannah River"),
])
def test_a_landmark_called_the_x_stays_beside_the_river_of_its_name(
        geoparser: Geoparser, text: str, place: str) -> None:
    """Where "the X" ends its noun phrase, a landmark called so is a reading beside the
    river, and the story's places choose."""
    assert _readings(geoparser, text)["Savannah"][0] == place


@pytest.mark.parametrize(("text", "town"), [
    ("PARIS, Texas — The paper will merge with the Honey Grove Signal next month.",
     "Honey Grove"),
    ("He told the Indianapolis Star that the clinic would stay open.", "Indianapolis"),
    ("Trains ran late and the Berlin-Warsaw Express ran only on the Polish side.", "Berlin"),
])
def test_a_town_opening_a_newspaper_s_or_a_train_s_title_is_no_place(
        geoparser: Geoparser, text: str, town: str) -> None:
    """"Signal", "Star", "Express" end titles as "Times" and "Herald" do."""
    assert town not in _readings(geoparser, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Bookings on trans-Pacific routes fell by a tenth.", "Pacific"),
    ("Floods closed the Trans-Canada Highway near Moncton.", "Canada"),
    ("Trans-Tasman visitors pushed Queenstown's season to a record.", "Tasman"),
])
def test_a_name_after_a_prefix_and_hyphen_is_no_place(
        geoparser: Geoparser, text: str, name: str) -> None:
    assert name not in _readings(geoparser, text)


@pytest.mark.parametrize(("text", "town"), [
    ("Fans travelling to the home match against Leeds United were warned of delays.", "Leeds"),
    ("A former youth player for Inter Milan was among those convicted.", "Milan"),
    ("The show closes at San Siro, home of AC Milan and Inter.", "Milan"),
    ("A spokesman for Paris Saint-Germain denied the reports.", "Paris"),
])
def test_a_club_s_town_is_no_place_in_any_story(
        geoparser: Geoparser, text: str, town: str) -> None:
    """"United", "Saint-Germain" after a town and "Inter", "AC" before one name its club
    wherever the story is, not only in stories about sport. (Saint-Germain alone is still
    read as Saint-Germain-en-Laye, as it was before: left.)"""
    assert town not in _readings(geoparser, text)


def test_the_united_kingdom_stays_a_country(geoparser: Geoparser) -> None:
    assert _readings(geoparser, "Exports to the United Kingdom rose.")["United Kingdom"][1] == "GB"


@pytest.mark.parametrize(("text", "name"), [
    ("HERMANUS, South Africa — Five fishermen were rescued near Danger Point.",
     "Danger Point"),
    ("ASTORIA, Ore. — The station at Cape Disappointment trains surfmen.",
     "Cape Disappointment"),
])
def test_a_coast_s_point_or_cape_the_gazetteer_lacks_is_one_name(
        geoparser: Geoparser, text: str, name: str) -> None:
    """"Point" after a name and "Cape" before one make a feature of the coast, found whole
    and guessed where the story is."""
    assert name in {m.surface for m in geoparser.parse(text)}


def test_a_fijian_chief_s_title_is_no_place(geoparser: Geoparser) -> None:
    """"Ratu", a Fijian chiefly title, before a name, as "Sheikh" and "Emir" are."""
    text = "SUVA, Fiji — The storm passed close to the islands, said Ratu Epeli Nailatikau."
    assert "Ratu" not in _readings(geoparser, text)


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("SUVA, Fiji — The cyclone was expected to pass close to Fiji's Lau group on Thursday.",
     "Lau", "FJ"),
    ("LA PAZ — The president travelled to the village of Rio Grande in Potosi department.",
     "Rio Grande", "BO"),
])
def test_a_town_the_text_places_in_a_country_or_state_the_gazetteer_lacks_there_is_guessed_there(
        geoparser: Geoparser, text: str, surface: str, country: str) -> None:
    """"Fiji's Lau group", "X in Potosí department": no reading lies there, so the far
    namesakes (Lāu, India; Rio Grande, Brazil) give way to a guess in that country."""
    assert _country(geoparser, text, surface) == country


def test_a_person_after_a_country_s_possessive_is_not_guessed_a_place(
        geoparser: Geoparser) -> None:
    text = "SANTIAGO — Antofagasta, the miner controlled by Chile's Luksic family, said so."
    assert "Luksic" not in {m.surface for m in geoparser.parse(text)}


@pytest.mark.parametrize(("text", "town"), [
    ("The Detroit United Auto Workers local voted to strike.", "Detroit"),
    ("Texas Star Player Injured in Crash", "Texas"),
    ("Phoenix Record Temperatures Expected", "Phoenix"),
])
def test_a_capitalised_word_after_united_or_a_masthead_word_keeps_the_town(
        geoparser: Geoparser, text: str, town: str) -> None:
    """Another capitalised word after them goes on with another name or a headline's title
    case (review 31), not a club's or a newspaper's."""
    assert town in _readings(geoparser, text)


@pytest.mark.parametrize(("text", "name"), [
    ("LEEDS — He bought the boat off Gumtree last spring.", "Gumtree"),
    ("LISBON — Cape Verdean migrants arrived on Tuesday.", "Cape Verdean"),
])
def test_no_place_is_made_of_a_seller_or_a_people(
        geoparser: Geoparser, text: str, name: str) -> None:
    assert name not in {m.surface for m in geoparser.parse(text)}
