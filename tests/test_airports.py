"""Airports (placeline/data/airports.csv, index v35): by the names news writes, from the
Wikipedia title and Natural Earth's label written out, never by a bare name."""

from __future__ import annotations


def _airports(gazetteer, surface: str) -> list:
    return [c.place for c in gazetteer.lookup_name(surface)
            if c.place.id.startswith("airport:")]


def test_an_airport_goes_by_its_title_and_its_label_written_out(gazetteer):
    """Natural Earth labels "Sky Harbor Int'l" and links "Phoenix Sky Harbor International
    Airport"; Lilongwe's airport is still called Kamuzu International."""
    for surface in ("Phoenix Sky Harbor International Airport",
                    "Sky Harbor International Airport"):
        assert [a.country for a in _airports(gazetteer, surface)] == ["US"], surface
    kamuzu = _airports(gazetteer, "Kamuzu International Airport")
    assert [a.country for a in kamuzu] == ["MW"]
    assert not _airports(gazetteer, "Sky Harbor Int'l")
    assert not _airports(gazetteer, "Dulles") and _airports(gazetteer, "Dulles Airport")


def test_an_airport_named_in_news_is_placed_at_the_airport(geoparser):
    mentions = geoparser.parse(
        "More than 400 flights were canceled at O'Hare International Airport as the storms "
        "passed through Chicago.")
    airport = next(m for m in mentions if m.surface == "O'Hare International Airport")
    assert airport.place is not None and airport.place.kind == "landmark"
    assert abs(airport.place.lat - 41.98) < 0.05 and abs(airport.place.lon + 87.9) < 0.05
