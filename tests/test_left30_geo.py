"""Geoparsing cases from the thirtieth session, with texts of our own."""

import pytest

from placeline.geoparse import Geoparser


@pytest.fixture(scope="module")
def geoparser() -> Geoparser:
    return Geoparser()


def _places(geoparser: Geoparser, text: str) -> list[str]:
    return [m.surface for m in geoparser.parse(text) if m.place]


@pytest.mark.parametrize(("text", "place"), [
    (("The cherry trees of Hokkaido usually wait until early May. Okinawa, where a different "
     "variety flowers in January, is long done."), "Okinawa"),
    ("Prices rose fastest in the UK. Leeds, where rents climbed most, led the rise.", "Leeds"),
])
def test_a_sentence_s_last_word_is_no_given_name_of_the_next_s_first(
        geoparser: Geoparser, text: str, place: str) -> None:
    """A full stop after a word ends its sentence: "May. Okinawa" is no May Okinawa (held
    out lost Okinawa so); only initials and abbreviations run on into a name."""
    assert place in _places(geoparser, text)


@pytest.mark.parametrize(("text", "place"), [
    ("Flooding closed roads in St. Louis on Monday.", "St. Louis"),
    ("Visitors to Mt. Hood were warned of avalanches.", "Mt. Hood"),
])
def test_an_abbreviation_runs_on_into_its_name(geoparser: Geoparser, text: str,
                                               place: str) -> None:
    assert place in _places(geoparser, text)


@pytest.mark.parametrize(("text", "place"), [
    ("KESWICK, England — Three walkers were rescued on the fells above Glenridding.",
     "Glenridding"),
    ("BASRA, Iraq — Marsh Arabs returned to the reed beds near Chibayish.", "Chibayish"),
    ("PENZANCE, England — The kayaker was last seen paddling towards Porthcurno.",
     "Porthcurno"),
])
def test_a_name_the_gazetteer_lacks_after_a_placing_preposition_is_a_place(
        geoparser: Geoparser, text: str, place: str) -> None:
    """"near", "above", "towards" … place what follows: a name no gazetteer has there is a
    place, guessed where the story is (held out had 123 such, all but two places)."""
    assert place in _places(geoparser, text)


@pytest.mark.parametrize("text", [
    "The bodies were found near Okonkwo's farm on Tuesday.",
    "The crash closed lanes near Interstate 81 for hours.",
    "Flats near Eintracht Frankfurt's stadium cost less.",
    "Sales rose around Diwali, traders said.",
])
def test_an_owner_a_road_a_club_or_a_feast_after_it_is_no_place(geoparser: Geoparser,
                                                                 text: str) -> None:
    assert _places(geoparser, text) in ([], ["Frankfurt"])
