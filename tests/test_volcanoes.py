"""Volcanoes (placeline/data/volcanoes.csv, Wikidata's, index v31): the names news uses for
them."""

from __future__ import annotations


def _volcanoes(gazetteer, surface: str) -> set[str]:
    return {c.place.name for c in gazetteer.lookup_name(surface)
            if c.place.id.startswith("wikidata:")}


def test_a_volcano_goes_by_its_label_its_kind_and_a_rare_bare_name(gazetteer):
    """"Merapi" alone; "Mount Yasur" and "Yasur Volcano", but not "Yasur" alone, which is
    also a village in Israel."""
    assert _volcanoes(gazetteer, "Merapi") == {"Merapi"}
    assert _volcanoes(gazetteer, "Mount Yasur") == _volcanoes(gazetteer, "Yasur Volcano") == \
        {"Mount Yasur"}
    assert not _volcanoes(gazetteer, "Yasur")
    assert _volcanoes(gazetteer, "Sangay Volcano") == {"Sangay volcano"}


def test_an_ordinary_word_or_a_towns_name_stays_theirs(gazetteer):
    """Wikidata has volcanoes labelled "Victory" and "Schmidt", and "Mount Hagen" is also a
    town of Papua New Guinea: none of them is read as a volcano."""
    assert not _volcanoes(gazetteer, "Victory") and not _volcanoes(gazetteer, "Schmidt")
    assert not _volcanoes(gazetteer, "Mount Hagen")


def test_a_volcano_is_found_by_its_name_and_kind_in_lower_case(geoparser):
    """"the Sangay volcano": Sangay alone is also a town of the Philippines."""
    found = {m.surface: m.place for m in geoparser.parse(
        "RIOBAMBA, Ecuador — Ash from the Sangay volcano fell on farms in Chimborazo. In "
        "Indonesia, Merapi erupted again.") if m.place}
    assert found["Sangay"].kind == "landmark" and found["Sangay"].country == "EC"
    assert found["Merapi"].kind == "landmark" and found["Merapi"].country == "ID"
