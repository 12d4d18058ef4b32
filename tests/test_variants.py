"""Names the gazetteer spells another way: read in the story's country only, flagged."""

from __future__ import annotations

import pytest

from placeline.geoparse import LOW_CONFIDENCE
from placeline.models import Mention, Place
from placeline.names import spelling_key
from placeline.variants import SURE_READING, VARIANT_CONFIDENCE, home_country


@pytest.mark.parametrize(("news", "gazetteer"), [
    ("Kyaukphyu", "Kyaukpyu"), ("Sangareddy", "Sangāreddi"), ("Baikalsk", "Bajkalsk"),
    ("Desouk", "Dessouk"), ("Hawija", "Hawijah"), ("Mughalsarai", "Mughal Sarai"),
    ("Nizhny Bestyakh", "Nizhniy Bestyakh"),
])
def test_romanisations_of_one_name_share_a_spelling_key(news, gazetteer):
    assert spelling_key(news) == spelling_key(gazetteer)


@pytest.mark.parametrize(("one", "other"), [
    ("Tuần Châu", "Thuận Châu"), ("Tuzla", "Tula"), ("Ouse", "Oise"), ("Woreta", "Wereta"),
])
def test_other_names_keep_other_spelling_keys(one, other):
    assert spelling_key(one) != spelling_key(other)


def _mention(country: str, name: str, confidence: float = 1.0) -> Mention:
    place = Place(id=f"x:{country}:{name}", name=name, lat=0.0, lon=0.0, kind="city",
                  country=country)
    return Mention(0, 1, name, place, confidence)


def test_the_home_country_is_where_two_sure_places_agree():
    yangon, sittwe, bangkok = _mention("MM", "Yangon"), _mention("MM", "Sittwe"), \
        _mention("TH", "Bangkok")
    assert home_country([yangon, sittwe, bangkok]) == "MM"
    assert home_country([yangon, bangkok]) is None  # no two agree
    assert home_country([yangon, yangon, bangkok]) is None  # one place named twice
    assert home_country([yangon, _mention("MM", "Sittwe", 0.3)]) is None  # one is a guess
    assert home_country([yangon, sittwe, bangkok, _mention("TH", "Chiang Mai")]) is None
    # most mentions win over most places: a Kenyan story naming five Tanzanian towns once
    assert home_country([yangon, yangon, yangon, sittwe, bangkok, _mention("TH", "Hua Hin"),
                         _mention("TH", "Chiang Mai")]) == "MM"


def test_names_spelled_otherwise_are_read_only_where_names_are_romanised(geoparser):
    """Italian names are written in Latin letters: "Fontanarossa", Catania's airport, is no
    Fontanarosa in Campania, though Italy is the story's country."""
    text = ("CATANIA, Italy — Ash closed Catania's Fontanarossa airport on Sunday; flights "
            "went to Palermo and Naples.")
    assert not any(m.confidence == VARIANT_CONFIDENCE for m in geoparser.parse(text))


def test_a_variant_reading_is_flagged_and_lends_the_story_no_country():
    assert VARIANT_CONFIDENCE < LOW_CONFIDENCE and VARIANT_CONFIDENCE < SURE_READING


@pytest.mark.parametrize("text", [
    ("YANGON — Fighting reached the outskirts of Kyaukphyu, the Rakhine port, on "
     "Tuesday. Residents fled towards Sittwe and Yangon by boat."),
    # after a possessive, before one, and a word after a hyphen are no part of the name
    ("YANGON — Fighting reached Kyaukphyu's outskirts on Tuesday. Residents fled towards "
     "Sittwe and Yangon by boat."),
    "YANGON — Fighting reached Myanmar's Kyaukphyu on Tuesday; Sittwe was calm.",
    "YANGON — Kyaukphyu-based units fled to Sittwe on Tuesday.",
    "YANGON — Fighting reached Kyaukphyu Township on Tuesday; Sittwe was calm.",
    "YANGON — Fighting reached the port of \"Kyaukphyu\" on Tuesday; Sittwe was calm.",
])
def test_a_town_spelled_otherwise_is_read_in_the_storys_country(geoparser, text):
    kyaukphyu = next(m for m in geoparser.parse(text) if m.surface == "Kyaukphyu")
    assert kyaukphyu.place.name == "Kyaukpyu" and kyaukphyu.place.country == "MM"
    assert kyaukphyu.confidence == VARIANT_CONFIDENCE


@pytest.mark.parametrize("text", [
    # English-speaking country: a name spelled otherwise is a person
    "DULUTH, Minn. — Hartmann told the St. Paul council that Minneapolis would pay.",
    # a sentence's first word, after one space or more
    "YANGON — Sittwe and Yangon were calm on Tuesday. Kyaukphyu stayed shut.",
    "YANGON — Sittwe and Yangon were calm on Tuesday.  Kyaukphyu stayed shut.",
    "YANGON — Sittwe and Yangon were calm on Tuesday.\u00a0Kyaukphyu stayed shut.",
    # one place named twice is no agreement
    "Myanmar's junta said Myanmar would hold polls. Fighting reached Kyaukphyu on Tuesday.",
    # before a verb of saying
    "YANGON — In Sittwe and Yangon on Tuesday, Kyaukphyu said the port had shut.",
    # capitals only
    "YANGON — Forecasters in Sittwe and Yangon and at KYAUKPHYU station warned of rain.",
    # a common word that is no place's kind makes it a name of something else
    "YANGON — Sittwe and Yangon were calm as the Kyaukphyu Express left on Tuesday.",
])
def test_no_variant_is_read_where_a_person_or_an_acronym_is_likelier(geoparser, text):
    assert not any(m.confidence == VARIANT_CONFIDENCE for m in geoparser.parse(text))


def test_a_word_inside_any_earlier_longer_span_is_covered():
    """The binary search looks at the furthest end so far, not only the nearest span."""
    from itertools import accumulate

    from placeline.variants import _covered

    taken = [(0, 100), (10, 20), (50, 60), (200, 210)]
    covered = _covered(taken, list(accumulate((end for _, end in taken), max)))
    assert covered(70, 80) and covered(205, 220) and covered(95, 105)
    assert not covered(100, 150) and not covered(210, 230)


def test_the_correction_forms_search_never_lists_the_indexs_own_keys(gazetteer):
    """Spelling keys ("~kiaukpiu"), abbreviations ("=US") and postal codes live in the same
    trie under a prefix; a user typing that prefix gets no places from them."""
    assert gazetteer.search("~kiauk") == [] and gazetteer.search("=U") == []
    assert gazetteer.search("%W") == []
    assert any(p.name == "Kyaukpyu" for p in gazetteer.search("Kyaukpyu"))
