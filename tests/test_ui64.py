"""UI 64: places across the 180th meridian fitted together; the base map's switch keeps the
map; a card of near-copies shows the newest version and marks a correction notice; one
helper writes a span of days (the browser's part: tests/browser/test_ui64_browser.py)."""

from __future__ import annotations

import pytest

# -- 1. places across the 180th meridian ------------------------------------------------------

FIJI_SAMOA = [179.97, 178.44, -171.76]  # Taveuni, Suva, Apia
CHUKOTKA_ALASKA = [177.51, -165.41, -149.90]  # Anadyr, Nome, Anchorage


@pytest.mark.parametrize("lons", [FIJI_SAMOA, CHUKOTKA_ALASKA])
def test_places_on_both_sides_of_the_meridian_are_boxed_across_it(lons):
    """The box had run from the westernmost to the easternmost, the whole world wide."""
    from placeline.mapview import antimeridian_cut, bounds_of, framed

    cut = antimeridian_cut(lons)
    assert cut == min(lon for lon in lons if lon > 0)
    drawn = framed(lons, cut)
    assert min(drawn) >= cut and max(drawn) - min(drawn) < 60
    (_, west), (_, east) = bounds_of([0.0] * len(lons), lons, cut)
    assert west == pytest.approx(min(drawn)) and east > 180 and east - west < 60


@pytest.mark.parametrize("lons", [
    [30.5, 31.2, 2.3],  # Europe: nothing to cross
    [-122.4, -0.1, 139.7, 151.2],  # the world: its usual frame
    [-175.0, 175.0, 0.0],  # around the world either way: the usual frame
    [12.0],
])
def test_other_places_keep_the_usual_frame(lons):
    from placeline.mapview import antimeridian_cut, bounds_of, framed

    assert antimeridian_cut(lons) is None
    assert framed(lons, None) == lons
    (_, west), (_, east) = bounds_of([0.0] * len(lons), lons)
    assert west >= min(lons) - 2 and east <= max(lons) + 2  # (its own, padded: not moved)


def test_a_map_across_the_meridian_draws_the_world_either_side_and_stays_there():
    """Outlines a world west and east of the usual one (Samoa's under its circle at 188),
    no jump back to the world around 0 on a drag, and the view written as drawn."""
    from placeline.mapview import antimeridian_cut, base_map, bounds_of

    cut = antimeridian_cut(FIJI_SAMOA)
    across = base_map(bounds_of([-16.8, -18.1, -13.8], FIJI_SAMOA, cut), across=True)
    page = across.get_root().render()
    assert "[-360, 0, 360].forEach" in page and '"worldCopyJump": false' in page
    assert "map.getCenter().wrap()" not in page
    usual = base_map(bounds_of([50.4, 48.9], [30.5, 2.3])).get_root().render()
    assert "[0].forEach" in usual and '"worldCopyJump": true' in usual
    assert "map.getCenter().wrap()" in usual


def test_a_link_s_view_past_the_meridian_is_read():
    from placeline.mapview import parse_view

    assert parse_view("5.5/-16.5/183.2") == (5.5, -16.5, 183.2)
    assert parse_view("5/0/541") is None and parse_view("5/0/-181") is None


def test_the_dashboard_draws_the_places_across_the_meridian(tmp_path, app_store, geoparser):
    """The layer's circles are where the fit is: Apia at 188, beside Suva."""
    from tests.browser.test_ui64_browser import PACIFIC
    from tests.test_apptest import _run
    from tests.test_audit17_dashboard import _store_of

    _store_of(tmp_path / "pacific.db", geoparser, PACIFIC).close()
    app_store(tmp_path / "pacific.db")
    at = _run("dashboard.py")
    assert not at.exception
    script = _map_args(at)["feature_group"]
    assert "-171.7" not in script and "188.2" in script


def _map_args(at) -> dict:
    """The arguments the page gave streamlit-folium's component."""
    import json

    for node in at.get("component_instance"):
        args = json.loads(node.proto.json_args)
        if "feature_group" in args:
            return args
    raise AssertionError("no map")


# -- 3. a card of near-copies shows the newest version, and a correction notice says so -------

QUAKE = ("{title}\n{head}CHIVAY, Peru (AP) — A magnitude 6.1 earthquake struck the Colca "
         "Valley on March 12, 2024, collapsing adobe homes in the towns of Chivay, Yanque and "
         "Cabanaconde and killing at least {dead} people, regional authorities said. The "
         "quake was felt strongly in Arequipa, where residents ran into the streets.")
TITLE = "Deadly quake collapses homes in Peru"


def _quake(source: str, published: str, dead: str, title: str = TITLE, head: str = ""):
    from placeline.ingest import RawDocument

    return RawDocument(source, QUAKE.format(title=title, head=head, dead=dead),
                       {"title": title, "published": published})


def _versions_store(tmp_path, app_store, geoparser, documents) -> tuple[str, dict[str, int]]:
    """A store of `documents` ingested in their order: Chivay's id, the ids by source."""
    from placeline.pipeline import Pipeline
    from placeline.store import open_store
    from tests.test_apptest import _place_id

    store = open_store(tmp_path / "versions.db")
    pipeline = Pipeline(store, geoparser)
    for document in documents:  # (one at a time: stored in this order)
        pipeline.ingest([document])
    chivay = _place_id(store, "Chivay")
    frame = store.articles_frame()
    ids = dict(zip(frame["source"], frame["id"].astype(int), strict=True))
    store.close()
    app_store(tmp_path / "versions.db")
    return chivay, ids


def _lead_card(at) -> str:
    """The first card's sentence naming Chivay, and what the card says of itself."""
    sentence = next(m.value for m in at.markdown if "**Chivay**" in m.value)
    return sentence


def test_the_card_of_near_copies_shows_the_newest_version(tmp_path, app_store, geoparser):
    """The update ("at least five", published on the 13th) stored before the first version
    ("at least four", the 12th): the card had shown the first, by event date and id."""
    from tests.test_apptest import _run

    chivay, ids = _versions_store(tmp_path, app_store, geoparser, [
        _quake("b3/quake.txt", "2024-03-13T09:00:00+00:00", "five"),
        _quake("b1/quake.txt", "2024-03-12T09:00:00+00:00", "four")])
    at = _run("dashboard.py", place=chivay)
    assert not at.exception
    assert "1 article in this window" in " ".join(c.value for c in at.caption)
    assert "at least five" in _lead_card(at)
    captions = [c.value for c in at.caption]
    assert f"newer version of article {ids['b1/quake.txt']} · article {ids['b3/quake.txt']}" \
        in captions


def test_a_correction_notice_is_marked_as_one(tmp_path, app_store, geoparser):
    """A correction notice, a near-copy of the story it corrects, read as the story's card."""
    from tests.test_apptest import _run

    chivay, ids = _versions_store(tmp_path, app_store, geoparser, [
        _quake("b1/quake.txt", "2024-03-12T09:00:00+00:00", "four"),
        _quake("b4/correction.txt", "2024-03-13T09:00:00+00:00", "five",
               head="(Corrects death toll in paragraph 1 to five, from four)\n")])
    at = _run("dashboard.py", place=chivay)
    assert not at.exception
    assert "at least five" in _lead_card(at)
    assert f"correction notice · newer version of article {ids['b1/quake.txt']} · article " \
           f"{ids['b4/correction.txt']}" in [c.value for c in at.caption]


@pytest.mark.parametrize(("title", "text", "notice"), [
    ("Correction: Quake kills five in Peru", "", True),
    ("CORRECTED-UPDATE 1-Quake kills five in Peru", "", True),
    ("Quake kills five", "Quake kills five\n(Corrects death toll in paragraph 1)\nCHIVAY", True),
    ("Quake kills five", "An earlier version of this story misstated the toll.", True),
    ("Corrections officers strike in Lima", "Corrections officers walked out.", False),
    ("Quake kills five", "Officials corrected the toll on Wednesday.", False),
])
def test_is_correction(title, text, notice):
    from placeline.snippets import is_correction

    assert is_correction(title, text) is notice


def test_newest_first_leads_with_the_newest_version():
    import pandas as pd

    from placeline.snippets import newest_first, version_order

    articles = pd.DataFrame({"published": ["2024-03-13", "2024-03-12", None, "2024-03-13"]},
                            index=[1, 2, 3, 4])
    assert version_order(articles) == [3, 2, 1, 4]
    assert newest_first([[2, 1, 3], [3]], articles) == [[1, 2, 3], [3]]
    assert newest_first([[2, 4, 1]], articles) == [[4, 2, 1]]
    assert newest_first([[3], [2]], articles) == [[3], [2]]


# -- 4. the base map's switch keeps the map ---------------------------------------------------

def test_switching_the_base_map_leaves_the_map_s_script_as_it_was(tmp_path, app_store,
                                                                 geoparser):
    """streamlit-folium keys its frame by the map's script: with the tiles in it, *Base map:
    online* made a new map, the reader's zoom and centre lost. The tiles are in the layer.
    (On a store of its own: the default one is whatever earlier tests left it, and the
    clean-clone CI once found no map there.)"""
    from tests.browser.test_ui64_browser import PACIFIC
    from tests.test_apptest import _run
    from tests.test_audit17_dashboard import _store_of

    _store_of(tmp_path / "pacific.db", geoparser, PACIFIC).close()
    app_store(tmp_path / "pacific.db")
    offline = _run("dashboard.py")
    online = _run("dashboard.py", basemap="online")
    assert not offline.exception and not online.exception
    before, after = _map_args(offline), _map_args(online)
    assert before["script"] == after["script"]
    assert "L.tileLayer" not in after["script"]
    assert "tile.openstreetmap.org" in after["feature_group"]
    assert "var url = null;" in before["feature_group"]


# -- 5. one helper writes a span of days --------------------------------------------------------

@pytest.mark.parametrize(("start", "end", "text"), [
    ("2024-03-12", "2024-03-14", "12 Mar 2024 – 14 Mar 2024"),
    ("2024-03-12", "2024-03-12", "12 Mar 2024"),
    ("2024-03-12", None, "12 Mar 2024"),
    ("2024-03-12T10:00:00+00:00", "2024-03-13", "12 Mar 2024 – 13 Mar 2024"),
    (None, None, "undated"),
    (float("nan"), None, "undated"),
])
def test_one_span_label_for_cards_and_notes(start, end, text):
    """snippets' `_span_label` and app_common's `pretty_date` / `_span_text` had each
    written a span of days; `present.span_label` is the one, its output theirs."""
    from app_common import _span_text, pretty_date
    from placeline.present import day_label, span_label
    from placeline.snippets import sentence_dates

    assert span_label(start, end) == text
    assert pretty_date(start) == day_label(start) == text.split(" – ")[0]
    if isinstance(start, str) and isinstance(end, str):
        assert _span_text(start, end) == text
    if isinstance(start, str):
        assert sentence_dates([{(start, end)}], ("2000-01-01", None)) == [text]

