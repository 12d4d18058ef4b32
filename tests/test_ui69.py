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


# -- 2. Last N months and years --------------------------------------------------------

@pytest.mark.parametrize(("length", "unit", "first"), [
    (7, "days", "2024-03-09"), (6, "months", "2023-09-16"), (2, "years", "2022-03-16"),
    (1, "months", "2024-02-16")])
def test_last_n_counts_days_months_and_years(length, unit, first):
    from placeline.view import window_for

    days = ["2020-01-01", "2024-03-15"]
    assert window_for("window", days, days[0], "2024-03-15", length, unit) == \
        (first, "2024-03-15")


def test_a_month_back_from_a_day_its_month_lacks_holds_whole_months():
    """31 March less a month is 29 February (2024), so the month is 1-31 March."""
    from placeline.view import back_from, reach

    assert back_from("2024-03-31", 1, "months") == "2024-03-01"
    assert back_from("2024-02-29", 1, "years") == "2023-03-01"
    assert reach("2023-09-16", "2024-03-15", "months") == 6
    assert reach("2023-09-15", "2024-03-15", "months") == 7
    assert reach("2024-03-15", "2024-03-15", "years") == 1


def test_the_outside_note_names_the_unit():
    from placeline.view import outside_note

    def note(span):
        return outside_note(3, ["2020-01-01", "2024-03-15"], "2023-09-16", "2024-03-15",
                            str, "window", span)

    assert "outside these 6 months (2020-01-01)" in note((6, "months"))
    assert "outside this year" in note((1, "years"))
    assert "outside these 182 days" in note(None)


YEARS = {
    "old.txt": "Floods in Leeds\nLEEDS, March 4, 2021 — Floods closed roads in Leeds on "
               "Thursday, the council said.",
    "mid.txt": "Snow in Chicago\nCHICAGO, October 5, 2023 — Snow closed schools in Chicago "
               "on Thursday, officials said.",
    "new.txt": "Heat in Lagos\nLAGOS, March 5, 2024 — Heat closed schools in Lagos on "
               "Tuesday, officials said.",
}


@pytest.fixture
def years_app(tmp_path, app_store, geoparser):
    from tests.test_audit17_dashboard import _store_of

    _store_of(tmp_path / "years.db", geoparser, YEARS).close()
    app_store(tmp_path / "years.db")


def test_the_page_s_last_6_months_and_2_years(years_app):
    """A store of three years: "Last 6 months" up to 5 March 2024 holds Chicago's October
    and Lagos, "Last 2 years" not Leeds' 2021; each unit opens on its own count."""
    from tests.conftest import window_summary
    from tests.test_apptest import _run

    at = _run("dashboard.py", mode="Last N", until="2024-03-05")
    assert not at.exception
    assert at.number_input(key="days").value == 7
    at.radio(key="unit").set_value("months").run()
    assert at.number_input(key="months").value == 6
    assert window_summary(at).startswith("6 Sep 2023 – 5 Mar 2024: 2 places")
    at.radio(key="unit").set_value("years").run()
    assert at.number_input(key="years").value == 1
    at.number_input(key="years").set_value(2).run()
    assert window_summary(at).startswith("6 Mar 2022 – 5 Mar 2024: 2 places")
    assert "outside these 2 years" in " ".join(c.value for c in at.caption)


def test_a_link_of_last_n_days_opens_as_it_did(years_app):
    from tests.conftest import window_summary
    from tests.test_apptest import _run

    at = _run("dashboard.py", mode="Last N days", until="2024-03-05", days="3")
    assert not at.exception
    assert at.segmented_control(key="mode").value == "window"
    assert window_summary(at).startswith("3 Mar 2024 – 5 Mar 2024")
    at = _run("dashboard.py", mode="Last N", until="2024-03-05", unit="months", months="6")
    assert window_summary(at).startswith("6 Sep 2023 – 5 Mar 2024")
