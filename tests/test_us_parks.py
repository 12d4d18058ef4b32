"""The US National Park Service's units (placeline/data/us_parks.csv, index v34), by the full
names news writes, where the unknown-name patterns could only guess."""

from __future__ import annotations


def _parks(gazetteer, surface: str) -> list:
    return [c.place for c in gazetteer.lookup_name(surface) if c.place.id.startswith("nps:")]


def test_units_go_by_their_names_written_out(gazetteer):
    """Natural Earth writes "Hopewell Culture NHP" and "Tallgrass Prairie N PRES"."""
    for surface, state in (("Hopewell Culture National Historical Park", "OH"),
                           ("Tallgrass Prairie National Preserve", "KS"),
                           ("Andersonville National Historic Site", "GA")):
        parks = _parks(gazetteer, surface)
        assert [(p.kind, p.country, p.admin1) for p in parks] == [("landmark", "US", state)]
    assert not _parks(gazetteer, "Hopewell Culture NHP")
    assert not _parks(gazetteer, "Zion")  # (the bare name is a town in Illinois too)


def test_a_park_named_in_news_is_placed_at_the_park(geoparser):
    mentions = geoparser.parse(
        "Rangers closed trails in Utah's Zion National Park on Sunday after flash floods.")
    park = next(m for m in mentions if m.surface == "Zion National Park")
    assert park.place is not None and park.place.kind == "landmark"
    assert abs(park.place.lat - 37.3) < 0.3 and abs(park.place.lon + 113.0) < 0.3
