"""Ancient and archaeological sites (placeline/data/ancient_sites.csv: Wikidata's items with a
Pleiades id, index v64, v65): the names news gives them, and none it gives to something
else."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "ancient_sites.py"


def _sites(gazetteer, surface: str) -> set[tuple[str, str]]:
    return {(c.place.name, c.place.country) for c in gazetteer.lookup_name(surface)
            if c.place.kind == "landmark" and c.place.id.startswith("pleiades:")}


def test_a_site_goes_by_its_english_name(gazetteer):
    assert _sites(gazetteer, "Pompeii") == {("Pompeii", "IT")}
    assert _sites(gazetteer, "Knossos") == {("Knossos", "GR")}
    assert _sites(gazetteer, "Göbekli Tepe") == {("Göbekli Tepe", "TR")}
    assert _sites(gazetteer, "Ta Prohm") == {("Ta Prohm", "KH")}


def test_a_name_only_a_village_has_is_the_sites_too(gazetteer):
    """Herculaneum is also a Missouri town of 3,900: both are candidates, for context."""
    kinds = {(c.place.kind, c.place.country) for c in gazetteer.lookup_name("Herculaneum")}
    assert {("landmark", "IT"), ("city", "US")} <= kinds


@pytest.mark.parametrize("name", ["Troy", "Uranium", "Carthage", "Petra", "Roman Theatre"])
def test_an_ordinary_word_a_given_name_or_a_towns_name_stays_theirs(gazetteer, name):
    """Wikidata has ancient places called "Troy" and "Uranium", and Carthage is a town on
    its site: none of them becomes a site's name."""
    assert not _sites(gazetteer, name)


def test_an_ancient_site_in_a_story_is_placed_at_the_site(geoparser):
    found = {m.surface: m.place for m in geoparser.parse(
        "NAPLES, Italy — Archaeologists at Pompeii and Herculaneum uncovered frescoes this "
        "week, and a team in Crete reopened trenches at Knossos.") if m.place}
    assert (found["Pompeii"].kind, found["Pompeii"].country) == ("landmark", "IT")
    assert found["Herculaneum"].country == "IT"
    assert found["Knossos"].country == "GR"


def _script():
    spec = importlib.util.spec_from_file_location("ancient_sites", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("description", "site"), [
    ("archaeological site in southeastern Israel", True),
    ("ancient Greek city in Anatolia", True),
    ("capital of Hittite empire", True),
    ("Neolithic henge monument in Wiltshire, England, UK", True),
    ("river in Turkey", False),
    ("Roman province (83 - 475)", False),
    ("island in the Aegean Sea", False),
    ("commune in Loire, France", False),
    ("town on the Peloponnese peninsula in Greece, site of the ancient Olympic Games", False),
])
def test_the_data_script_keeps_sites_not_regions_peoples_or_features(description, site):
    """The script reads the head of Wikidata's description (before "in", "of", "on"…)."""
    assert _script().is_site(description) is site


@pytest.mark.parametrize(("text", "word"), [
    ("A Reuters/Ipsos poll of voters in Ohio and Pennsylvania found Biden ahead in Michigan.",
     "Ipsos"),
    ("Google shut down Stadia, its game service, staff in California and Washington said.",
     "Stadia"),
    ("The wedding was held at Belvoir Castle in Leicestershire, England.", "Belvoir Castle"),
])
def test_a_site_no_other_name_supports_is_no_place(geoparser, text, word):
    """A review: brands and namesakes of obscure sites ("Ipsos", "Stadia", Israel's
    Belvoir Fortress) in a story whose names agree on another country."""
    assert all(not m.place.id.startswith("pleiades:")
               for m in geoparser.parse(text) if m.surface == word and m.place)


@pytest.mark.parametrize("name", ["Temple of Artemis", "Cures", "Roman Amphitheatre"])
def test_generic_and_ordinary_names_are_no_sites(gazetteer, name):
    """Names several sites share, plurals of ordinary words and kind words are left out."""
    assert not _sites(gazetteer, name)


def test_a_town_that_shares_a_sites_name_wins_without_context(geoparser):
    """Herculaneum in Missouri, Minoa in New York: the site's prior is a village's."""
    found = {m.surface: m.place for m in geoparser.parse(
        "A fire destroyed a home in Minoa, near Syracuse, New York.") if m.place}
    assert found["Minoa"].country == "US"
