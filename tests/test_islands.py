"""Islands (placeline/data/islands.csv, index v30): the names news uses for them, and the
readings context gives them."""

from __future__ import annotations

from placeline.names import name_key


def _island_names(gazetteer, surface: str) -> set[str]:
    return {c.place.name for c in gazetteer.lookup_name(surface)
            if c.place.id.startswith("island:")}


def test_an_island_goes_by_its_english_and_bare_names(gazetteer):
    """"Isla de Formentera" is Formentera and Formentera Island; "Lifou Island" is Lifou."""
    for surface in ("Formentera", "Formentera Island", "Isla de Formentera"):
        assert _island_names(gazetteer, surface) == {"Isla de Formentera"}, surface
    assert _island_names(gazetteer, "Lifou") == {"Lifou Island"}
    assert _island_names(gazetteer, "Gozo") == {"Gozo"}


def test_a_small_islands_or_an_ordinary_words_bare_name_is_not_indexed(gazetteer):
    """"Lizard Island" is never "Lizard", Orkney's "Mainland" never the word, and a 3 km
    islet ("Isla Turners") never "Turners"; their full names still are."""
    assert _island_names(gazetteer, "Lizard Island")
    assert not _island_names(gazetteer, "Lizard")
    assert not _island_names(gazetteer, "Mainland")
    assert not _island_names(gazetteer, "Turners")
    assert _island_names(gazetteer, "Turners Island")


def test_an_island_named_like_a_place_the_sources_have_is_left_to_it(gazetteer):
    """Sicily and Euboea are regions already: no second place by the same name."""
    assert not _island_names(gazetteer, "Sicily")
    assert name_key("Euboea") and not _island_names(gazetteer, "Euboea")


def test_islands_are_found_and_placed_in_news(geoparser):
    found = {m.surface: m.place for m in geoparser.parse(
        "VALLETTA, Malta — Ferries between Malta and Gozo were suspended. In New Caledonia, "
        "officials told residents of Lifou to secure boats.") if m.place}
    assert found["Gozo"].country == "MT" and found["Lifou"].country == "NC"


def test_a_small_island_abroad_is_a_namesake_of_the_storys_island(geoparser):
    """"St Martin's Island, Bangladesh's only coral island": not St Martin's of the Isles of
    Scilly (guessed in Bangladesh while that was the only island of the name the data had;
    index v107 holds Bangladesh's island itself)."""
    found = {m.surface: m for m in geoparser.parse(
        "DHAKA, Bangladesh — Storm surges were forecast along the Naf River near Teknaf and on "
        "St Martin's Island, Bangladesh's only coral island.")}
    island = found["St Martin's Island"]
    assert island.place is None or island.place.country == "BD"


def test_an_islands_bare_name_that_only_towns_have_is_shared_with_them(gazetteer, geoparser):
    """"Pemba" is Mozambique's port and Zanzibar's island; "Faial" a Madeira village and an
    island of the Azores (since v66): the island joins the towns and the story chooses.
    A region's name stays the region's alone (Sicily, above)."""
    assert _island_names(gazetteer, "Pemba") == {"Pemba Island"}
    assert any(c.place.kind == "city" for c in gazetteer.lookup_name("Pemba"))
    found = {m.surface: m.place for m in geoparser.parse(
        "PONTA DELGADA, Azores — Power was cut on Terceira and Faial after a storm crossed "
        "the Azores. In Tanzania, ferries between Zanzibar and Pemba were halted.") if m.place}
    assert found["Faial"].id.startswith("island:") and found["Pemba"].country == "TZ"


def test_a_bare_name_is_rare_only_if_its_unaccented_form_is(gazetteer):
    """"Isla Benjamín" is never "Benjamin" nor "Île Jésus" "Jesus": text is matched without
    accents, so the word's frequency is read without them too."""
    assert not _island_names(gazetteer, "Benjamin")
    assert not _island_names(gazetteer, "Jesus")


def test_an_island_shares_a_towns_name_without_outweighing_it(gazetteer, geoparser):
    """Since v68 an island that shares a bare name with towns is sized as the biggest of them
    at most, and its name stays a town's for recognition: "Refugio said" is a person, and
    Refugio, Texas, keeps its reading beside Victoria; Brač (unaccented "Brac", a rare word)
    keeps its bare name."""
    refugio = max((c for c in gazetteer.lookup_name("Refugio")), key=lambda c: c.place.population)
    islands = [c for c in gazetteer.lookup_name("Refugio") if c.place.id.startswith("island:")]
    assert all(i.place.population <= refugio.place.population for i in islands)
    assert "Refugio" not in {m.surface for m in geoparser.parse("Refugio said the vote was fair.")}
    found = {m.surface: m.place for m in geoparser.parse(
        "Flooding closed roads in Refugio and Victoria counties, Texas.")}
    assert found["Refugio"].country == "US"
    assert _island_names(gazetteer, "Brac") or _island_names(gazetteer, "Brač")
