"""Names the gazetteer spells another way: read in the story's country only, flagged."""

from __future__ import annotations

import pytest

from placeline.models import Mention, Place
from placeline.names import spelling_key
from placeline.variants import VARIANT_CONFIDENCE, home_country


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


def _mention(country: str, confidence: float = 1.0) -> Mention:
    place = Place(id=f"x:{country}", name="X", lat=0.0, lon=0.0, kind="city", country=country)
    return Mention(0, 1, "X", place, confidence)


def test_the_home_country_is_where_two_sure_places_agree_and_names_are_romanised():
    assert home_country([_mention("MM"), _mention("MM"), _mention("TH")]) == "MM"
    assert home_country([_mention("MM"), _mention("TH")]) is None  # no two agree
    assert home_country([_mention("MM"), _mention("MM", 0.3)]) is None  # one is a guess
    assert home_country([_mention("US"), _mention("US")]) is None  # English spellings


def test_a_town_spelled_otherwise_is_read_in_the_storys_country(geoparser):
    text = ("YANGON — Fighting reached the outskirts of Kyaukphyu, the Rakhine port, on "
            "Tuesday. Residents fled towards Sittwe and Yangon by boat.")
    kyaukphyu = next(m for m in geoparser.parse(text) if m.surface == "Kyaukphyu")
    assert kyaukphyu.place.name == "Kyaukpyu" and kyaukphyu.place.country == "MM"
    assert kyaukphyu.confidence == VARIANT_CONFIDENCE


@pytest.mark.parametrize("text", [
    # English-speaking country: a name spelled otherwise is a person
    "DULUTH, Minn. — Hartmann told the St. Paul council that Minneapolis would pay.",
    # a sentence's first word
    "YANGON — Sittwe and Yangon were calm on Tuesday. Kyaukphyu stayed shut.",
    # before a verb of saying
    "YANGON — In Sittwe and Yangon on Tuesday, Kyaukphyu said the port had shut.",
    # capitals only
    "YANGON — Forecasters in Sittwe and Yangon and at KYAUKPHYU station warned of rain.",
])
def test_no_variant_is_read_where_a_person_or_an_acronym_is_likelier(geoparser, text):
    assert not any(m.confidence == VARIANT_CONFIDENCE for m in geoparser.parse(text))
