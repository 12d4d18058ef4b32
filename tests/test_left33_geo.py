"""Geoparsing cases from the thirty-third session, with texts of our own."""

import pytest

from placeline.geoparse import Geoparser
from tests.helpers import places_by

_places = places_by("name", "kind")


@pytest.mark.parametrize(("text", "surface", "kind"), [
    ("In Mopti the Niger rose another metre overnight.", "Niger", "water"),
    ("Barges were stranded on the Niger, near Gao.", "Niger", "water"),
    ("Pilgrims were baptised in the Jordan near Jericho.", "Jordan", "water"),
    ("The Ohio rose at Cincinnati on Monday.", "Ohio", "water"),
    # a country English writes with "the", or a noun phrase that goes on, stays the country
    ("Troops crossed into the Gambia, officials in Dakar said.", "Gambia", "country"),
    ("Rebels advanced in the Congo, the UN said.", "Congo", "country"),
    ("Guards at the Niger border near Gaya were reinforced.", "Niger", "country"),
    ("Officials in Niger said the roads were closed.", "Niger", "country"),  # (no "the")
    # a country listed with countries is one ("the Gambia and the Niger": review 33 item 10)
    ("Exports from Senegal, the Gambia and the Niger fell last year.", "Niger", "country"),
])
def test_a_country_s_bare_name_after_the_is_its_river(
        geoparser: Geoparser, text: str, surface: str, kind: str) -> None:
    """No one writes "the Niger" or "the Jordan" of the country: where the noun phrase
    ends at the name, it is the river, as "the Mississippi" is the state's river."""
    assert _places(geoparser, text)[surface][1] == kind


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("DILI, Timor-Leste (AP) — Parliament met on Monday.", "DILI", "TL"),
    ("SUAI, Timor-Leste (Reuters) — The supply base opened.", "SUAI", "TL"),
    # a dateline's place the gazetteer lacks, in accented capitals: guessed in its country
    (("EL ROCÍO, Spain — Pilgrims from Seville and Huelva arrived on Monday.\n\n"
     "The sand roads of El Rocío were closed."), "EL ROCÍO", "ES"),
])
def test_a_dateline_s_region_may_hold_a_hyphen_or_an_accent(
        geoparser: Geoparser, text: str, surface: str, country: str) -> None:
    """A dateline's country may be hyphenated ("Timor-Leste") and its place written in
    accented capitals: the dateline's shape is read, so its place is its country's."""
    places = {m.surface: m.place for m in geoparser.parse(text) if m.place}
    assert places[surface].country == country


@pytest.mark.parametrize(("text", "surname"), [
    (('"The kites wait for the wind," said María Toledo, who runs the count. Most winter in '
     'Mali.\n\nToledo said the record reflected good breeding seasons.'), "Toledo"),
    (("The colt's owner is Kenji Toyama, a developer who races under the name Aozora Racing."
     " Toyama said the colt would be trained at Ritto."), "Toyama"),
])
def test_a_surname_speaking_is_no_region_known_by_a_shortened_name(
        geoparser: Geoparser, text: str, surname: str) -> None:
    """A region speaks for itself by its own name ("Texas said"), not by one shorn of its
    kind: "Toledo said" after "María Toledo" is the woman, not Belize's Toledo District."""
    assert surname not in _places(geoparser, text)


def test_a_great_city_sharing_a_speaker_s_name_still_speaks(geoparser: Geoparser) -> None:
    """Where a great city bears the name of a region shorn of its kind (Sofia and Sofia
    Province), the city may speak for itself ("Sofia and Bucharest agreed")."""
    text = ("Sofia Petrova, a farmer near Vidin, lost her crop. Sofia and Bucharest agreed "
            "years ago to build a second bridge over the Danube.")
    assert _places(geoparser, text)["Sofia"][0] == "Sofia"


def test_a_state_after_in_does_not_rise_as_its_river(geoparser: Geoparser) -> None:
    """"Number of evacuees in Kelantan rises": the number rises; a preposition's object is
    no subject of the river's verb after it (not the Kelantan River)."""
    text = "Floods: Number of evacuees in Kelantan rises to 18,412 this morning"
    assert _places(geoparser, text)["Kelantan"][1] == "admin1"


def test_who_was_told_is_no_town(geoparser: Geoparser) -> None:
    """"told Xinhua," is the agency that heard it, not one of China's Xinhua townships; a
    capital told is its government ("Beijing told Canberra")."""
    text = ('"It is a dream of ours," Fini told Xinhua, speaking in Solomon Islands Pijin '
            "through an interpreter.")
    assert "Xinhua" not in _places(geoparser, text)
    text = "Beijing told Canberra to stop interfering, the foreign ministry said."
    assert _places(geoparser, text)["Canberra"] == ("Canberra", "city")


def test_a_feature_after_at_is_no_person_named_like_it(geoparser: Geoparser) -> None:
    """"a wharf at Bina Harbour": a given name before a feature's word after "at" names
    the feature ("Kayla Creek said" stays a person), guessed in the story's province."""
    text = "Manele opened a wharf at Bina Harbour in Malaita Province, officials said."
    assert _places(geoparser, text)["Bina Harbour"][0] == "Malaita Province"
    assert "Kayla Creek" not in _places(geoparser, "Kayla Creek said she would appeal.")


def test_a_name_listed_between_two_places_is_one(geoparser: Geoparser) -> None:
    """A list holds things of one kind: a name weakly a place (a surname's word) between
    two towns is a town too ("Urunga, Grafton and Woolgoolga")."""
    text = "Other towns on the route, including Urunga, Grafton and Woolgoolga, were bypassed."
    assert _places(geoparser, text)["Grafton"] == ("Grafton", "city")


def test_a_dateline_s_state_holds_its_place(geoparser: Geoparser) -> None:
    """"HIGH ISLAND, Texas —": the agency names the town's state, so a namesake read as a
    region elsewhere (Alaska's High Island) gives way to a guess in Texas; a curated row
    with no state code ("Mackinac Island") may lie in the state the dateline names."""
    texas = _places(geoparser, "HIGH ISLAND, Texas — A cold front grounded thousands of "
                               "songbirds on Tuesday.")
    assert texas["HIGH ISLAND"][0] == "Texas"
    michigan = _places(geoparser, "MACKINAC ISLAND, Michigan, July 21 - The fleet arrived "
                                  "after a stormy night on Lake Huron.")
    assert michigan["MACKINAC ISLAND"][0] == "Mackinac Island"


@pytest.mark.parametrize("text", ["By the Africa desk | Posted 11 March 2025",
                                  "Our Asia desk reports that exports grew."])
def test_a_newsroom_s_desk_is_no_place(geoparser: Geoparser, text: str) -> None:
    """"By the Africa desk": the desk that wrote it, named by its beat."""
    assert not _places(geoparser, text)


@pytest.mark.parametrize(("text", "surface", "country"), [
    (('PARIS, Texas — The square filled on Saturday. "People always ask if I mean the other '
     'Paris," the mayor said.'), "Paris", "FR"),
    (("LONDON, Ontario — The couple won the lottery. They plan a trip to England to see the "
     "original London next spring."), "London", "GB"),
])
def test_the_other_one_is_the_namesake(
        geoparser: Geoparser, text: str, surface: str, country: str) -> None:
    """"the other Paris" in a Paris, Texas story is France's: the namesake of the town the
    text's other mentions are read as (its biggest other town)."""
    assert _places(geoparser, text)[surface] and {
        m.place.country for m in geoparser.parse(text)
        if m.surface == surface and m.place} == {country}


def test_a_feature_named_after_its_kind_is_meant_by_its_name_alone(
        geoparser: Geoparser) -> None:
    """"Lake Natron … a project at Natron": one sense per text, for a feature the gazetteer
    knows under its kind; not a town named so ("Lake Charles … Charles said")."""
    places = _places(geoparser, "Flamingos breed at Lake Natron in Tanzania. A badly planned "
                                "soda plant at Natron could wipe out the colony.")
    assert places["Natron"] == ("Lake Natron", "water")
    town = _places(geoparser, "Officials in Lake Charles met. Charles said the bridge was safe.")
    assert "Charles" not in town
