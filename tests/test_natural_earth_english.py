"""English names Natural Earth records beside its local labels (placeline/data/
natural_earth_english.csv, index v38): "Huang" is the Yellow River, "Bodensee" Lake
Constance, and the place is shown by its English name."""

from __future__ import annotations


def _natural(gazetteer, surface: str) -> list:
    return [c.place for c in gazetteer.lookup_name(surface)
            if c.place.id.startswith("naturalearth:")]


def test_features_labelled_locally_are_found_and_shown_by_their_english_names(gazetteer):
    for surface, local in (("Yellow River", "Huang River"), ("Lake Constance", "Lake Bodensee"),
                           ("Tagus River", "Tejo River")):
        found = _natural(gazetteer, surface)
        assert [p.name for p in found] == [surface], surface
        assert found[0].id in {c.place.id for c in gazetteer.lookup_name(local)}, local


def test_a_peak_or_an_english_lake_keeps_its_label_for_display(gazetteer):
    """A lake's or a peak's other name may be the local or an old one: "Lac Léman" finds Lake
    Geneva, "Lake Rudolf" Lake Turkana, "Krakatoa" Krakatau, each shown by its label."""
    for other, label in (("Lac Léman", "Lake Geneva"), ("Lake Rudolf", "Lake Turkana"),
                         ("Krakatoa", "Krakatau")):
        assert [p.name for p in _natural(gazetteer, other)] == [label], other


def test_an_english_name_other_places_have_is_left_to_them(gazetteer):
    """Vietnam's Hong is the Red River in English, but so are rivers in the US and Canada:
    Natural Earth's Hong does not take the name (the supplement's rows give each Red River
    its own since index v80); the upper Lancang's "Mekong" is the whole river's."""
    assert not any(c.place.id.startswith("naturalearth:") and c.place.country == "VN"
                   for c in gazetteer.lookup_name("Red River"))
    assert not any("lancang" in c.place.id for c in gazetteer.lookup_name("Mekong River"))


def test_a_river_in_english_is_read_in_news(geoparser):
    found = {m.surface: m.place for m in geoparser.parse(
        "ZHENGZHOU — Villages on the Yellow River floodplain were emptied as the crest "
        "neared Kaifeng.") if m.place}
    assert found["Yellow River"].kind == "water" and found["Yellow River"].country == "CN"


def test_a_lake_labelled_with_its_local_kind_is_found_as_english_writes_it(gazetteer):
    """"Dongting Hu" and "Hulun Nuur" are Dongting Lake and Hulun Lake; "Bodensee" and
    "IJsselmeer" are lakes by their own word, so the bare label finds them too."""
    from placeline.gazetteer_build import water_names

    assert water_names("Dongting Hu", "lake")[0] == "Dongting Lake"
    assert "Bodensee" in water_names("Bodensee", "lake")
    assert "Erie" not in water_names("Erie", "lake")  # (a town's name alone)
    for surface in ("Dongting Lake", "Hulun Lake", "IJsselmeer"):  # (Dongting Lake by the
        # supplement's row since index v80, which moved it to its Wikipedia point)
        assert any(c.place.kind == "water" for c in gazetteer.lookup_name(surface)), surface


def test_rivers_natural_earth_names_only_locally_go_by_their_english_names(gazetteer, geoparser):
    """Natural Earth labels the Scheldt "Schelde", the Tisza "Tisa" and the Moselle "Mosel"
    and records no other name (placeline/data/natural_earth_english_extra.csv, index v67);
    Irish loughs are labelled "Corrib (Lough)"."""
    for surface, label in (("Scheldt River", "Schelde"), ("River Tisza", "Tisa"),
                           ("Moselle River", "Mosel"), ("Meuse River", "Maas")):
        found = _natural(gazetteer, surface)
        assert found and found[0].id.startswith(f"naturalearth:{label.lower()}-"), surface
    assert _natural(gazetteer, "Lough Corrib")[0].name == "Lough Corrib"
    found = {m.surface: m.place for m in geoparser.parse(
        "SZEGED, Hungary — The Tisza rose past nine metres at Szeged as the Maros joined it.")
        if m.place}
    assert found["Tisza"].kind == "water"
