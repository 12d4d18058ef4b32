"""UI 69: ⤢ on a later window fits it in its own frame; "Last N" counts months and years;
a folder named by a date dates the undated files in it; the Ingest page maps a table's
columns."""

from __future__ import annotations

import pytest

from tests.test_ui67 import WORLD

FAR = {
    **WORLD,
    "tokyo.txt": "Quake in Tokyo\nTOKYO, April 8, 2024 — A quake shook Tokyo on Monday, "
                 "officials said.",
    "honolulu.txt": "Heat in Honolulu\nHONOLULU, April 9, 2024 — Heat closed schools in "
                    "Honolulu on Tuesday, officials said.",
}


def far_store(tmp_path, geoparser):
    """A store of places all round the world whose Pacific days (Fiji, Samoa) come first
    and whose last days are Tokyo's and Honolulu's: a map opened on the first is cut at
    Fiji, which draws the last two the long way round."""
    from tests.test_audit17_dashboard import _store_of

    _store_of(tmp_path / "far.db", geoparser, FAR).close()
    return tmp_path / "far.db"


# -- 1. ⤢ on a later window ----------------------------------------------------------------

def test_the_fit_frame_of_a_window_across_the_map_s_cut():
    """Cut at Fiji (178.4), Tokyo and Honolulu are drawn 202-500 E; their own frame is cut
    at Tokyo, 140-202 E. A window that calls for no cut takes the plain frame, and a map
    with no cut offers none (its outlines are drawn once)."""
    from placeline.mapview import PLAIN_CUT, fit_cut, framed

    tokyo_honolulu = [139.69, -157.86]
    cut = fit_cut(tokyo_honolulu, 178.4)
    assert cut == pytest.approx(139.69)
    drawn = framed(tokyo_honolulu, cut)
    assert max(drawn) - min(drawn) < 70
    assert fit_cut([-0.13, -87.65], 178.4) == PLAIN_CUT  # London and Chicago
    assert fit_cut(tokyo_honolulu, None) is None


def test_the_layer_carries_its_fit_frame():
    from placeline.mapview import base_map, place_layer

    fmap = base_map()
    place_layer({"type": "FeatureCollection", "features": []}, fit_cut=139.69).add_to(fmap)
    assert "fitCut = 139.69" in fmap.get_root().render()
