"""Audit 28's geoparsing findings, with texts of our own."""

import pytest


@pytest.mark.parametrize("text", [
    "Derby rivals fined after Edinburgh clash\n\nHearts and Hibernian were fined on Monday.",
    "Derby match ends in a draw at Hampden\n\nBoth sides will meet again in Glasgow in May.",
])
def test_a_headline_s_derby_before_a_fixture_s_noun_is_the_match(geoparser, text) -> None:
    assert "Derby" not in {m.surface for m in geoparser.parse(text) if m.place}


@pytest.mark.parametrize("text", [
    "Derby council approved a new budget on Monday.",
    "Derby, a city in the East Midlands, approved its budget on Monday.",
])
def test_derby_the_city_opening_a_sentence_stays_a_place(geoparser, text) -> None:
    assert "Derby" in {m.surface for m in geoparser.parse(text) if m.place}
