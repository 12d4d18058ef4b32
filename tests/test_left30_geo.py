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
