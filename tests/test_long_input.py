"""Pathological but legal text must not stall a batch: one unbroken 20,000-letter "word",
and an article repeating place names thousands of times (a guard with a generous bound,
not a speed benchmark: before the fixes these took 26 s and 34 s)."""

from __future__ import annotations

import time

from placeline.clean import clean


def test_a_very_long_word_is_cleaned_quickly():
    raw = "Title\n\n" + "abcdefghij" * 2000 + " in Kyiv."
    started = time.perf_counter()
    assert clean(raw).text.endswith("in Kyiv.")
    assert time.perf_counter() - started < 5


def test_thousands_of_repeated_names_resolve_quickly_and_alike(geoparser):
    text = "Shelling hit Kharkiv, then Lviv and Odesa, officials in Kyiv said. " * 1500
    started = time.perf_counter()
    mentions = geoparser.parse(text)
    assert time.perf_counter() - started < 10
    assert len(mentions) == 6000
    assert {m.place.name for m in mentions} == {"Kharkiv", "Lviv", "Odesa", "Kyiv"}


def test_many_distinct_names_resolve_alike_in_blocks_and_whole(geoparser, monkeypatch):
    """Past PAIR_CELLS the resolver works block by block; the choices must not change."""
    from placeline import resolve

    text = ("Storms hit Springfield on Monday. Crews from Peoria, Decatur, Champaign and "
            "Bloomington helped, and officials in Kyiv, Lviv, Odesa, London, Delhi and Moscow "
            "sent word. Portland, Bangor, Lewiston and Augusta reported hail.")
    whole = [(m.surface, m.place.id) for m in geoparser.parse(text)]
    monkeypatch.setattr(resolve._CandidateTable, "PAIR_CELLS", 40)
    assert [(m.surface, m.place.id) for m in geoparser.parse(text)] == whole
    places = {m.surface: m.place for m in geoparser.parse(text)}
    assert (places["Springfield"].admin1, places["Portland"].admin1) == ("IL", "ME")


def test_thousands_of_unknown_names_are_guessed_in_linear_time(geoparser):
    """Each name no gazetteer has asks which place holds it, which stands beside it in a list
    and which town the story names most; asked of every mention each time, 2,000 such names
    took 30 s (a report or a transcript can hold that many)."""
    syllables = ["ka", "mo", "ri", "tu", "pe", "sa", "no", "ki"]
    names = [f"Zy{a}{b}{c}{d}x" for a in syllables for b in syllables for c in syllables
             for d in syllables][:2000]
    text = "YANGON — " + " ".join(
        f"Troops left Sittwe and Mandalay for the village of {name} on Tuesday."
        for name in names)
    started = time.perf_counter()
    mentions = geoparser.parse(text)
    assert time.perf_counter() - started < 10
    guessed = [m for m in mentions if m.surface.startswith("Zy")]
    assert len(guessed) == 2000
    assert all(m.place is not None and m.place.country == "MM" for m in guessed)


def test_a_name_beside_an_unknown_one_in_a_list_places_it(geoparser):
    """"the towns of Zykamorix and Mandalay": the unknown name is guessed at its neighbour in
    the list, after it or (the first in the text) before it, not at the town the story names
    most."""
    text = ("Troops moved through Sittwe on Monday. Sittwe was calm and Sittwe's port open. "
            "Fighting reached the towns of Zykamorix and Mandalay, and later the towns of Pyay, "
            "Zytupesax and Bago.")
    places = {m.surface: m.place.name for m in geoparser.parse(text) if m.place}
    assert places["Zykamorix"] == "Mandalay"
    assert places["Zytupesax"] == "Pyay"


def test_story_names_of_a_long_article_are_read_in_linear_time():
    """A 2 MB article's story names took 21 s (the text was searched again for each name's
    lower-case form); now the text is read once (generous guard: 8 s)."""
    import time

    from placeline.story_names import story_names

    paragraph = ("Officials in Zorbelton said the Kvarnby Authority met Tuesday. The zorbelton "
                 "mayor, Anika Brask, and a Quellmoor engineer inspected the dam. ")
    text = " ".join(f"{paragraph} Item {i} Name{i} Place{i}." for i in range(12_000))
    assert len(text) > 2_000_000
    started = time.perf_counter()
    names = story_names(text)
    assert time.perf_counter() - started < 8
    assert "quellmoor" in names and "zorbelton" not in names  # written in lower case too
