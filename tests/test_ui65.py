"""UI 65 (audit 36, section 1): correcting a wrong pin. An every-article correction yields
to an article that places the name elsewhere (one sense per article); a stand-in follows the
corrected reading; Undo asks and says; a missed place can be added; a place typed by
coordinates shows its region; a search the gazetteer cannot answer points to coordinates."""

from __future__ import annotations

from placeline.geoparse import Correction

# -- 1.1 one sense per article -------------------------------------------------------------

VANCOUVER = (
    "Fire at Delta warehouse sends smoke over Metro Vancouver\n"
    "Delta, British Columbia, 12 June 2024\n\n"
    "A large fire at a warehouse sent smoke across Metro Vancouver on Wednesday.\n\n"
    "Crews from Delta, Surrey and Richmond fought the blaze for six hours.\n\n"
    "The fire in Delta is under investigation, police said.\n")
NIGER_DELTA = ("Militants attack pipeline in Delta\nWarri, 3 May 2024\n\n"
               "Gunmen blew up a pipeline in Delta on Friday, the state police said.\n")


def _delta_state(gazetteer):
    return next(p for p in gazetteer.search("Delta") if p.country == "NG")


def _deltas(geoparser, text: str) -> list[str]:
    return [m.place.country for m in geoparser.parse(text) if m.surface == "Delta"]


def test_an_article_placing_the_name_elsewhere_keeps_it_in_every_mention(geoparser):
    """"Delta" corrected to Delta State, Nigeria, everywhere: the Vancouver story's dateline
    stayed in Canada, but its title and "Crews from Delta, Surrey and Richmond" went to
    Nigeria — two Deltas in one article (audit 36, 1.1)."""
    corrected = geoparser.with_corrections([Correction("Delta", _delta_state(
        geoparser.gazetteer))])
    assert _deltas(corrected, VANCOUVER) == ["CA"] * 4
    assert _deltas(corrected, NIGER_DELTA) == ["NG", "NG"]  # (where it means Nigeria)


def test_a_list_of_its_neighbours_places_the_name(geoparser):
    """Without the dateline, "Crews from Delta, Surrey and Richmond" still says which Delta
    the story means: the listed towns all lie in British Columbia."""
    corrected = geoparser.with_corrections([Correction("Delta", _delta_state(
        geoparser.gazetteer))])
    text = VANCOUVER.replace("Delta, British Columbia", "Vancouver")
    assert _deltas(corrected, text) == ["CA"] * 3


def test_a_one_article_correction_is_still_the_users_word(geoparser):
    """Made for this article, the correction holds in its mentions the text leaves open."""
    delta = _delta_state(geoparser.gazetteer)
    corrected = geoparser.with_corrections([Correction("Delta", delta, "this")])
    places = [m.place.country for m in corrected.parse(VANCOUVER, article_hint="this")
              if m.surface == "Delta"]
    assert places.count("NG") == 3 and places.count("CA") == 1  # (its dateline's stays)


# -- 1.3 a stand-in follows the corrected reading ------------------------------------------

GHAGHRA = ("Ghaghra in spate\n\nThe Ghaghra river rose above the danger mark at Elgin "
           "Bridge on Thursday, officials said.")


def test_a_stand_in_no_longer_leans_on_the_old_reading(geoparser):
    """"Elgin Bridge" (no gazetteer name) was guessed at the story's town, the Jharkhand
    village Ghāghrā; with "Ghaghra" corrected to the river everywhere it stayed there,
    ~450 km off (audit 36, 1.3): the guess now leans on the corrected reading."""
    river = next(p for p in geoparser.gazetteer.search("Ghaghara") if p.kind == "water")

    def bridge(gp):
        return next(m.place for m in gp.parse(GHAGHRA) if m.surface == "Elgin Bridge")

    village = bridge(geoparser)
    assert village is not None and village.admin1 == "38"  # (premise: Jharkhand)
    moved = bridge(geoparser.with_corrections([Correction("Ghaghra", river)]))
    assert moved is None or moved.id != village.id
