"""Review 34, findings 1, 6, 7, 12, 13: stand-in guesses in time linear in the text, city
quarters only where the text frames them so, no stand-in gone to or come from, correction
notices told by their wording, and a map across the meridian by its cut, not its box."""

from __future__ import annotations

import pytest


def _at(mentions, surface):
    return next(m for m in mentions if m.surface == surface)


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
