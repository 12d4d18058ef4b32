"""Audit 24, item 11: ungluing words by English words' frequencies splits a word of another
language ("sont intervenus à Menton" had become "inter venus"); it applies to English only."""

from __future__ import annotations

from placeline.clean import clean


def test_a_french_brief_keeps_its_words_as_written():
    raw = ("Inondations à Nice\n\nDes pluies torrentielles ont frappé Nice et Cannes samedi. "
           "Les pompiers de la région sont intervenus à Menton, et la préfecture a fermé "
           "les écoles.")
    assert "sont intervenus à Menton" in clean(raw).text


def test_english_glued_words_are_still_parted():
    raw = ("Floods in Kyiv\n\nRescuers reached Ukraineand Moldova on Monday, the agency said."
           " The economyThe council met on Tuesday.")
    text = clean(raw).text
    assert "Ukraine and Moldova" in text and "economy The council" in text
