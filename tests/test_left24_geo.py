"""Geoparsing left open by earlier sessions and mended in the twenty-fourth: a town's name
before one rare word no place has is a person's or a firm's two-word name."""

from __future__ import annotations

import pytest


def _placed(geoparser, text: str) -> dict[str, tuple[str, str]]:
    """Each name as written → (place name, country) of its last mention."""
    return {m.surface: (m.place.name, m.place.country) for m in geoparser.parse(text)
            if m.place is not None}


@pytest.mark.parametrize(("text", "name"), [
    ("A biography of Lytton Strachey was launched in London on Thursday.", "Lytton"),
    ("It counts rivals such as Oxford Ionics among its suppliers in London.", "Oxford"),
    ("Emma Shields of Sunderland Strollers was the first British woman home in Manchester.",
     "Sunderland"),
    ("The company, Santiam Plywood, said it could no longer buy timber in Oregon.", "Santiam"),
])
def test_a_town_before_a_rare_word_no_place_has_is_a_longer_name(geoparser, text, name):
    assert name not in _placed(geoparser, text)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Police in Leeds Tuesday arrested two men.", "Leeds", "GB"),  # a day
    ("He was born in Fresno Calif. in 1950.", "Fresno", "US"),  # a state's abbreviation
    ("He moved to Boise Idaho in 1990.", "Boise", "US"),  # a state
    ("Crowds gathered outside York Minster on Sunday.", "York Minster", "GB"),  # known whole
    ("Racing at Cheltenham Racecourse was abandoned.", "Cheltenham Racecourse", "GB"),
    ("Ferries crossed Sydney Harbour all night.", "Sydney", "AU"),
    ("Floods hit Kenya Tuesday and Uganda.", "Kenya", "KE"),
    ("Storms lashed Queensland Thursday.", "Queensland", "AU"),
])
def test_a_town_before_a_day_a_state_or_a_known_word_stays(geoparser, text, name, country):
    assert _placed(geoparser, text).get(name, ("", ""))[1] == country


@pytest.mark.parametrize(("text", "name"), [
    ("The Oilers beat Calgary 4-2 at Rogers Place in Edmonton on Saturday night.", "Rogers"),
    ("The band played at Jackson Place in Calgary.", "Jackson"),
])
def test_a_venue_named_place_after_a_given_name_is_a_venue(geoparser, text, name):
    """"Place" and "Garden" are no common surnames: "Rogers Place in Edmonton" is the arena
    there, not Rogers, Arkansas (only "Field", "Hall" and "Park" are: "Sally Field")."""
    placed = _placed(geoparser, text)
    assert name not in placed and not any(country == "US" for _, country in placed.values())
