"""Stand-in guesses placed by the places named near them, and city quarters read as towns
elsewhere (audit 36, section 3): texts of our own."""

from __future__ import annotations

ROUNDUP = """Around the region in brief

Hail near Eldoret flattened maize along the Kapsowari River on Tuesday.

In Ohio, a tornado damaged barns between Findlay and Lima on Sunday night.

Fishermen in Cebu City said the catch off Bantayan had fallen by half this year.

Volunteers planted mangroves along the Tamburaoni River at the weekend.
"""


def _at(mentions, surface):
    return next(m for m in mentions if m.surface == surface)


def test_a_roundup_s_unknown_name_goes_by_its_own_paragraph(geoparser):
    """A news-in-brief page: its most named town is one story's, no stand-in for another's."""
    mentions = geoparser.parse(ROUNDUP)
    river = _at(mentions, "Kapsowari River")
    assert river.place is not None and river.place.country == "KE"


def test_a_roundup_s_unknown_name_in_a_paragraph_naming_no_place_is_not_guessed(geoparser):
    mentions = geoparser.parse(ROUNDUP)
    assert _at(mentions, "Tamburaoni River").place is None


def test_an_unknown_name_leans_on_the_town_its_sentence_names(geoparser):
    text = ("Storm cleanup continues in Cebu\n\nCebu City, 10 October 2025\n\nCrews in Cebu City "
            "cleared fallen trees on Friday. In Cebu City the markets reopened. In Talisay, "
            "water from the Tangubaro River reached the chapel, and in Mandaue the fish port "
            "stayed shut. Cebu City officials said power would return on Sunday.")
    assert _at(geoparser.parse(text), "Tangubaro River").place.name == "Talisay"

