"""Geoparsing cases from helper geo62 (far pins chosen against the story's context: listed
namesakes, a state beside a town, stand-in guesses, names read inside longer names), with
texts of our own."""

from __future__ import annotations

import pytest

from placeline.geoparse import Geoparser
from placeline.resolve import haversine_km


@pytest.fixture(scope="module")
def geoparser() -> Geoparser:
    return Geoparser()


def _places(geoparser: Geoparser, text: str, surface: str) -> list[tuple[str, str, str]]:
    """Each mention of the surface: its place's name, kind and country (None if unplaced)."""
    return [(m.place.name, m.place.kind, m.place.country) if m.place else None
            for m in geoparser.parse(text) if m.surface == surface]


@pytest.mark.parametrize(("text", "surface", "country"), [
    (("Each spring the parish of Ennis holds a gathering for the emigrants living in Boston "
     "and New York who return home to County Clare. Many left Ireland in the 1980s, and "
     "Limerick and Galway saw the biggest departures."), "Boston", "US"),
    (("Dubrovnik will cap cruise calls at two ships a day from April, city officials said. "
     "\"A passenger who comes from Venice or Kotor should be able to walk the Stradun "
     "without queueing,\" said deputy mayor Ana Horvat outside the Rector's Palace. Ships "
     "turned away may divert to Split and Zadar."), "Venice", "IT"),
    (("Lisbon will double its tourist tax next year, the city council said, following the "
     "example of Amsterdam and Venice. Hoteliers in Porto and Faro warned that visitors "
     "might stay away, and the Vestland region of Norway is weighing a similar fee."),
     "Venice", "IT"),
])
def test_a_town_listed_beside_a_neighbour_a_continent_off_is_its_namesake_there(
        geoparser: Geoparser, text: str, surface: str, country: str) -> None:
    """A town listed beside another, read a continent away from it, is its namesake near
    it: two world cities ("Boston and New York" of an Irish story, not Boston, County
    Clare), or where nothing else in the text points to the far reading's country (a list
    of European towns names no Venice in California)."""
    assert [place[2] for place in _places(geoparser, text, surface)] == [country]


@pytest.mark.parametrize(("text", "surface", "place"), [
    (("Mumbai and New Delhi saw the most flight cancellations on Monday as fog closed "
     "runways, the airline said in Bangalore."), "New Delhi", ("New Delhi", "city", "IN")),
    (("ATHENS, Ga. — The Bulldogs will play in Athens and Rome this summer, with a camp at "
     "Berry College in Rome, Ga., and two games at Sanford Stadium, the university in "
     "Georgia said."), "Rome", ("Rome", "city", "US")),
])
def test_a_listed_pair_read_together_is_left_alone(geoparser: Geoparser, text: str,
                                                   surface: str, place: tuple) -> None:
    """Controls: two cities of one country ("Mumbai and New Delhi" is no Delhi) and a pair
    read together in the story's state ("Athens and Rome" of a Georgia story)."""
    assert set(_places(geoparser, text, surface)) == {place}


def test_a_town_written_with_its_state_keeps_it_beside_a_listed_namesake(
        geoparser: Geoparser) -> None:
    """Only the listed mention may move: "Paris, Texas" stays the Texan town."""
    text = ("Fans from Paris, Texas, drove to Dallas and Houston for the playoffs, and some "
            "flew on to Paris and London for the European leg of the tour.")
    assert _places(geoparser, text, "Paris")[0] == ("Paris", "city", "US")


@pytest.mark.parametrize("text", [
    ("DULUTH, Minn. — Ore shipments through the twin ports of Duluth and Superior rose in "
     "May, port officials said. \"Mines in Hibbing and near Virginia have been busy, and "
     "the steel mills want every ton,\" a spokesman said. Most pellets go to mills in Ohio, "
     "Pennsylvania and Indiana."),
    ("Iron ore output rose again in June. Crews at the pits in Hibbing and in Virginia "
     "added a third shift, the company said, and Minnesota's mines shipped more pellets to "
     "steel mills in Michigan and Ohio than in any month since 2019."),
])
def test_a_state_s_name_after_in_or_near_beside_a_town_is_the_town_there(
        geoparser: Geoparser, text: str) -> None:
    """"Mines in Hibbing and near Virginia": the Iron Range town 35 km from Hibbing, not
    the state of Virginia 1,600 km off, which holds no place of the sentence."""
    assert _places(geoparser, text, "Virginia") == [("Virginia", "city", "US")]


@pytest.mark.parametrize(("text", "surface"), [
    (("The senator, who grew up in Hibbing, spent the weekend in Virginia, meeting donors "
     "in Richmond and Norfolk before flying back to Minnesota."), "Virginia"),
    (("Police in Queens said two men were arrested after a chase that began in Astoria and "
     "ended near Flushing. The men, both from Hempstead in New York, were held overnight."),
     "New York"),
])
def test_a_state_holding_a_place_of_its_sentence_stays_the_state(
        geoparser: Geoparser, text: str, surface: str) -> None:
    """Controls: the state holds another name of the sentence (Richmond; Hempstead)."""
    assert [place[1] for place in _places(geoparser, text, surface)] == ["admin1"]


def _within(place, lat: float, lon: float, km: float) -> bool:
    return place is not None and haversine_km(place.lat, place.lon, lat, lon) < km


@pytest.mark.parametrize(("text", "surface", "lat", "lon"), [
    (("LAUNCESTON, Australia — Tasmania will host the one-day final at York Park in "
     "Launceston next month, after grandstand works in Hobart ran late. The visitors, who "
     "flew in from Perth, include two bowlers from Bunbury and a batsman from Geraldton."),
     "York", -41.44, 147.13),
    (("SALTA, Argentina — Lithium contractors have doubled rents in San Antonio de los "
     "Cobres, and the hamlet of Tolar Grande, once a stop on the railway to Chile, now hosts "
     "a camp for 300 workers, officials in Salta said."), "Tolar", -24.6, -67.4),
    (("LONDON, Ont. — Flood officials warned that water near the Forks of the Thames could "
     "reach its highest level in years. Residents of Byron and Strathroy were told to stay "
     "off the banks, and a family who had planned to fly to Florida stayed home."), "Forks",
     42.98, -81.25),
    (("Workers at London's Victoria Coach Station will strike over Easter, the Unite union "
     "said. Coaches to Birmingham, Leeds and Glasgow will still run, but passengers should "
     "expect queues, and some services to Cardiff will leave from other stops."), "Victoria",
     51.49, -0.15),
    (("HALIFAX, Nova Scotia — Walkers who set out from Sydney on Cape Breton Island finished "
     "their trek on Saturday by climbing Citadel Hill, where a piper played them down to the "
     "harbourfront. Food banks in Truro and Antigonish will share the money."), "Citadel",
     44.65, -63.58),
])
def test_a_name_read_only_inside_a_longer_name_far_off_is_not_its_town(
        geoparser: Geoparser, text: str, surface: str, lat: float, lon: float) -> None:
    """A town read only inside longer names ("York Park in Launceston", "London's Victoria
    Coach Station", "the Forks of the Thames", "the hamlet of Tolar Grande", "Citadel
    Hill"), far from the place the text puts the longer name in or from every other place
    of the story, is no reading of it: guessed in the story (or unplaced), not York, Western
    Australia, Victoria, Australia, Forks, Washington, Tolar, Texas or Citadel, Calgary."""
    places = [m.place for m in geoparser.parse(text) if m.surface == surface]
    assert places and all(place is None or _within(place, lat, lon, 1_000)
                          for place in places), places


@pytest.mark.parametrize(("text", "surface", "lat", "lon"), [
    (("Thousands gathered on Boston Common in Boston on Saturday to protest, and marches "
     "were also held in Worcester and Springfield."), "Boston", 42.36, -71.06),
    (("YORK, England — Choirs from Leeds and Harrogate sang at York Minster in York on "
     "Sunday, and the Dean of York said the cathedral would open its doors to visitors from "
     "Hull."), "York", 53.96, -1.08),
    (("Perth Arena in Perth will host the final, and fans from Fremantle and Mandurah are "
     "expected to fill it, while the semi-finals go to Adelaide."), "Perth", -31.95, 115.86),
    (("The World Health Organization's Beijing spokesman said that China had withheld "
     "information on outbreaks in Guangdong and Hunan."), "Beijing", 39.91, 116.40),
])
def test_a_longer_name_s_own_town_stays_the_town(geoparser: Geoparser, text: str,
                                                 surface: str, lat: float, lon: float) -> None:
    """Controls: the longer name lies at its town ("Boston Common in Boston"), and a great
    city or capital of the story's country keeps its reading."""
    places = [m.place for m in geoparser.parse(text) if m.surface == surface]
    assert places and all(_within(place, lat, lon, 50) for place in places), places


def test_a_famous_town_listed_beside_a_town_of_a_local_story_abroad_keeps_its_reading(
        geoparser: Geoparser) -> None:
    """"from Venice or Kotor" of a Montenegrin story: Venice, Italy, a town abroad by its
    own name, is no namesake of a quarter to be guessed at Kotor (`geoparse._listed_far_off`
    reads lists of a local story's quarters: "homes in Englewood, Austin and Little
    Village")."""
    text = ("KOTOR, Montenegro — The cruise ship MSC Fantasia docked in the Bay of Kotor on "
            "Tuesday with 3,000 passengers, the port authority said. Local traders complain "
            "that a passenger who comes from Venice or Kotor spends little in the old town. "
            "Budva and Tivat have asked the government in Podgorica for a cap on daily "
            "arrivals.")
    assert [place[2] for place in _places(geoparser, text, "Venice")] == ["IT"]


@pytest.mark.parametrize(("text", "surface", "lat", "lon"), [
    (("Families gather at Thiepval for Somme anniversary\n\nTHIEPVAL, France — Thousands "
     "stood in silence at the Thiepval Memorial on Wednesday, 110 years after the first day "
     "of the Battle of the Somme. A coach party left Belfast on Monday, crossing to "
     "Cairnryan and driving through England to Dover and Calais. A delegation from St. "
     "John's, Newfoundland, laid a wreath at Beaumont-Hamel. Some visitors came from Sydney "
     "and Auckland, and others from Toronto and Cardiff.\n\nOfficials in Albert said hotels "
     "had been full since March, with guesthouses in Amiens and Arras taking the "
     "overflow.\n\nWreaths were also laid at the South African memorial in Delville Wood, "
     "near Longueval."), "Longueval", 50.03, 2.80),
    (("Tasmanian distillers court Asian buyers\n\nHOBART, Australia — Visitor numbers at "
     "Tasmanian distilleries rose 18 percent last year, an industry survey showed, with "
     "farm distilleries around Launceston and Devonport drawing record crowds. A trade "
     "mission is due to visit Tokyo, Singapore and Taipei in June, and distillers hope to "
     "sell in Seoul and Shanghai too.\n\n\"Tasmania makes maybe two percent of the whisky "
     "that Scotland makes,\" said Sydney Marsh, who runs a small distillery in the "
     "foothills of Mount Wellington. \"But buyers in Japan and Taiwan pay for scarcity.\""),
     "Mount Wellington", -42.90, 147.24),
])
def test_a_story_under_one_dateline_is_no_round_up(geoparser: Geoparser, text: str,
                                                   surface: str, lat: float, lon: float
                                                   ) -> None:
    """A story under one dateline in its own country is one story, however many countries
    it names: a name its paragraph leaves open is guessed among the story's places (not
    left unplaced as in a round-up, nor put at Tokyo by the next sentence's "Japan")."""
    places = [m.place for m in geoparser.parse(text) if m.surface == surface]
    assert places and all(_within(place, lat, lon, 300) for place in places), places


def test_a_small_town_read_by_another_name_far_from_the_story_is_guessed_there(
        geoparser: Geoparser) -> None:
    """"Chu Lai" of a Vietnamese typhoon story is no Qulai, Jiangxi, by its Wade-Giles name
    1,400 km off, though the story names China ("Hainan Island in China"): a small town by
    another of its names, 1,000 km from every sure place of the story, is a name the
    gazetteer lacks, guessed in the story."""
    text = ("DA NANG, Vietnam — Typhoon Kajiki made landfall near Chu Lai on Monday, tearing "
            "roofs off homes in Tam Ky and flooding streets in Hoi An, officials in Quang Nam "
            "said. The storm had crossed Hainan Island in China on Sunday before turning "
            "towards the coast of central Vietnam, and flights from Da Nang to Hanoi were "
            "cancelled.")
    places = [m.place for m in geoparser.parse(text) if m.surface == "Chu Lai"]
    assert places and all(place is None or _within(place, 15.41, 108.71, 300)
                          for place in places), places
