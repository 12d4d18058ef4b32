"""Review 34, findings 1, 6, 7, 12, 13: stand-in guesses in time linear in the text, city
quarters only where the text frames them so, no stand-in gone to or come from, correction
notices told by their wording, and a map across the meridian by its cut, not its box."""

from __future__ import annotations

import pytest


def _at(mentions, surface):
    return next(m for m in mentions if m.surface == surface)


# -- 1. a "spread" article's guesses grow with its length, not its square ---------------------

def _round_up(pieces: int) -> str:
    """Brief stories of six countries on one line, each with a village no gazetteer has
    (bench/document_shapes.py's "no_newline")."""
    from bench.document_shapes import _no_newline

    return _no_newline(pieces * 115)


def test_a_one_line_round_up_asks_each_name_about_its_own_neighbours(geoparser, monkeypatch):
    """Each unknown name had tested every place of its paragraph, the whole text without a
    newline (400 KB: 97.8 s): doubling the text doubles the places asked about, not four
    times them."""
    from placeline import guesses

    asked = []
    stands_in = guesses._stands_in

    def counted(*args, **kwargs):
        asked.append(1)
        return stands_in(*args, **kwargs)

    monkeypatch.setattr(guesses, "_stands_in", counted)
    counts = []
    for pieces in (60, 120):
        asked.clear()
        geoparser.parse(_round_up(pieces))
        counts.append(len(asked))
    assert counts[0] > 0 and counts[1] <= 2.5 * counts[0], counts


def test_a_one_line_round_up_s_villages_go_to_their_own_story_s_town(geoparser):
    mentions = geoparser.parse(_round_up(12))
    villages = [m for m in mentions if m.confidence <= 0.2 and m.place is not None]
    assert villages and all(m.place.kind == "city" for m in villages)
    kayes = [m for m in villages if m.place.country == "ML"]
    assert kayes and {m.place.name for m in kayes} == {"Kayes"}


@pytest.mark.parametrize("text", ["", "one line", "a\nb\n\nc", "\n\nx\n", "no newline at all"])
def test_paragraph_at_is_the_line_holding_the_offset(text):
    from placeline.text import paragraph_at

    for offset in range(len(text) + 1):
        start = text.rfind("\n", 0, offset) + 1
        end = text.find("\n", offset)
        assert paragraph_at(text, offset) == (start, len(text) if end < 0 else end)


def test_a_speaker_s_place_is_its_own_sentence_s():
    """A verb of saying after a place in its own sentence makes it the speaker's; one in a
    later sentence says nothing of it."""
    from placeline.guesses import Placed, _a_speaker_s
    from placeline.models import Mention, Place
    from placeline.name_tokens import Span

    text = "Floods hit Kayes on Monday. Officials said the village of Dembakorola was cut off."
    kayes = Place(id="k", name="Kayes", lat=14.4, lon=-11.4, kind="city", country="ML")
    placed = Placed([Mention(11, 16, "Kayes", kayes, 1.0)])
    start = text.index("Dembakorola")
    name = Span(start, start + len("Dembakorola"), "Dembakorola", ())
    assert not _a_speaker_s(placed.context[0], name, placed, text)
    said = "Officials in Kayes said the village of Dembakorola was cut off."
    start = said.index("Dembakorola")
    placed = Placed([Mention(13, 18, "Kayes", kayes, 1.0)])
    assert _a_speaker_s(placed.context[0], Span(start, start + 11, "Dembakorola", ()),
                        placed, said)


# -- 6. "the suburbs of X" names X, unless the text frames a city's quarters --------------------

@pytest.mark.parametrize(("text", "names"), [
    ("Police in Lyon said the riots spread overnight to the suburbs of Valence.", ["Valence"]),
    (("The storm passed Houston before hitting the neighbourhoods of Galveston and Texas City "
     "in Texas."), ["Galveston", "Texas City"]),
    ("Firefighters from Marseille were sent to the suburbs of Avignon on Sunday.", ["Avignon"]),
])
def test_the_suburbs_of_a_town_are_that_town_s(geoparser, text, names):
    mentions = geoparser.parse(text)
    for name in names:
        mention = _at(mentions, name)
        assert mention.place.name == name and mention.confidence > 0.2, mention


@pytest.mark.parametrize("text", [
    "In Porto Alegre, the neighbourhoods of Sarandi and Humaitá flooded on Monday.",
    ("Rain hit Porto Alegre on Monday. Porto Alegre's neighbourhoods of Sarandi and Humaitá "
    "flooded."),
])
def test_a_city_framing_its_quarters_holds_them(geoparser, text):
    mentions = geoparser.parse(text)
    for name in ("Sarandi", "Humaitá"):
        assert _at(mentions, name).place.name == "Porto Alegre", name


# -- 7. a place gone to or come from stands in for no name beside it --------------------------

KAYES = ("Floods hit Kayes in western Mali on Monday, killing 12. Kayes officials said the "
         "water was rising. ")


@pytest.mark.parametrize("sentence", [
    "Survivors from the village of Dembakorola were flown to hospitals in Bamako, 500 km away.",
    "Aid trucks left Bamako on Tuesday and reached the village of Dembakorola after two days.",
    "Families from the village of Dembakorola fled to Bamako on Tuesday.",
    "Families from the village of Dembakorola fled to Segou and Bamako on Tuesday.",
])
def test_a_place_gone_to_or_come_from_is_no_stand_in(geoparser, sentence):
    village = _at(geoparser.parse(KAYES + sentence), "Dembakorola")
    assert village.place.name == "Kayes", village


def test_a_place_close_to_the_name_still_stands_in(geoparser):
    text = KAYES + "In Nioro du Sahel, the village of Dembakorola was cut off."
    assert _at(geoparser.parse(text), "Dembakorola").place.name == "Nioro"


def test_going_to_words_are_read_before_the_place():
    from placeline.guesses import _GONE_TO

    for before in ("were flown to hospitals in ", "Aid trucks left ", "fled from ",
                   "were moved to the capital, ", "had driven up from "):
        assert _GONE_TO.search(before), before
    for before in ("close to ", "next to the ", "officials in ", "landslides near ", "In ",
                   "on the left bank of ", "cattle from ranches near ", "the line from ",
                   "were left stranded in "):
        assert not _GONE_TO.search(before), before


# -- 12. correction notices, not stories that mention a correction ---------------------------

@pytest.mark.parametrize(("title", "text", "notice"), [
    ("UN report: Sudan famine spreads", ("GENEVA (Reuters) - An earlier version of this "
     "report, released by the UN in March, estimated 3,000 deaths."), False),
    ("Correction-facility riot in Lima", "Inmates rioted.", False),
    ("Prison strike", "ALBANY, N.Y. -\nCorrection: officers at the state prison walked out.",
     False),
    ("Prison strike", "Guards walked out.\nCorrection officers said pay was late.", False),
    ("Correction — Quake kills five in Peru", "", True),
    ("Correction (March 13): Quake kills five", "", True),
    ("Quake kills five", "Correction: An earlier toll was wrong.\nCHIVAY, Peru", True),
    ("Quake kills five", ("CHIVAY, Peru - An earlier version of this story incorrectly said "
     "four people died."), True),
])
def test_is_correction_reads_a_notice_s_wording(title, text, notice):
    from placeline.snippets import is_correction

    assert is_correction(title, text) is notice
# -- 13. across the meridian by the cut, not by the padded box --------------------------------

def test_a_place_just_west_of_the_meridian_keeps_the_usual_frame():
    """A lone place at 179.8 E is padded to 181.8 (bounds_of): nothing is drawn across."""
    from placeline.mapview import antimeridian_cut, base_map, bounds_of

    lons = [179.5, 179.8]
    cut = antimeridian_cut(lons)
    assert cut is None and bounds_of([-16.8, -16.9], lons, cut)[1][1] > 180  # (the premise)
    page = base_map(bounds_of([-16.8, -16.9], lons, cut), across=cut is not None
                    ).get_root().render()
    assert "[0].forEach" in page and '"worldCopyJump": true' in page
    assert "map.getCenter().wrap()" in page


def test_the_dashboard_draws_places_by_the_meridian_in_the_usual_frame(tmp_path, app_store,
                                                                       geoparser):
    """Suva (178.4 E) and Fiji's point (178.7 E), padded past 180: the usual frame."""
    from tests.test_apptest import _run
    from tests.test_audit17_dashboard import _store_of
    from tests.test_ui64 import _map_args

    suva = ("Flood in Suva\nSUVA, Fiji, Feb. 10, 2024 — Heavy rain flooded Suva on Saturday, "
            "officials said.")
    store = _store_of(tmp_path / "fiji.db", geoparser, {"suva.txt": suva})
    assert store.events_frame()["lon"].astype(float).between(178, 179.9).all()  # (premise)
    store.close()
    app_store(tmp_path / "fiji.db")
    at = _run("dashboard.py")
    assert not at.exception
    assert '"worldCopyJump": true' in _map_args(at)["script"]
