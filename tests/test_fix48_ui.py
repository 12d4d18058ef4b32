"""Fix 48 (audit 29): circle sizes saturate and the legend shows the largest (1); a
whole-view export from the dashboard reads its rows as the CLI does, and writes CSV a column
at a time (10); table captions clear the toolbar on a phone, and regions read in English (16)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from placeline.layers import SATURATES_AT, legend_steps, radii_for, radius_for
from tests.test_apptest import app_db  # noqa: F401 — the fixture

# -- item 1: circle sizes -----------------------------------------------------------------

def test_a_busy_place_s_circle_stays_a_dot():
    # 5 + 4·sqrt(1650) had drawn the busiest place of a 2,000-article store 337 px across.
    assert 2 * radius_for(1650) <= 50
    assert 2 * radius_for(20_000) == 2 * radius_for(SATURATES_AT) <= 50


def test_sizes_still_grow_with_articles_and_small_ones_are_as_before():
    radii = radii_for(np.array([1, 2, 3, 4, 9, 10, 50, 100, 500, 1000]))
    assert radii == sorted(radii) and len(set(radii)) == len(radii)
    assert radii[:6] == [9.0, 10.7, 11.9, 13.0, 17.0, 17.6]  # up to 10: 5 + 4·sqrt(n)


def test_the_legend_s_largest_dot_is_the_map_s_largest_circle():
    steps = legend_steps()
    diameters = [size for _, _, size in steps]
    assert diameters == sorted(diameters)
    assert max(diameters) == 2 * radius_for(10**6)  # nothing on the map is bigger
    labels = [label for label, _, _ in steps]
    assert labels[0] == "1 article" and labels[-1] == "1,000 or more"
    # each step's dot is the circle of the least count it names
    assert steps[-1][2] == 2 * radius_for(1000) and steps[3] == ("10–99", "#a63603",
                                                                  2 * radius_for(10))


def test_the_dashboard_s_legend_is_the_layers_one():
    import app_common

    assert app_common.legend() == legend_steps()


# -- item 10: a whole view's export -------------------------------------------------------

def test_most_of_a_store_s_events_are_read_at_once_not_through_the_temporary_table(
        seeds_store, monkeypatch):
    monkeypatch.setattr(type(seeds_store), "READ_ALL_FROM", 2)  # (the seeds hold 68 events)
    frame = seeds_store.events_frame()
    ids = frame["event_id"].tolist()
    rows = seeds_store.events_by_ids(ids[::-1])
    temp = seeds_store._conn.execute(
        "SELECT name FROM sqlite_temp_master WHERE name = 'wanted'").fetchall()
    assert temp == []  # the page had inserted every id of the view into it, 20,000 at a time
    key = ["event_id"]
    pd.testing.assert_frame_equal(rows.sort_values(key).reset_index(drop=True),
                                  frame.sort_values(key).reset_index(drop=True))
    few = seeds_store.events_by_ids(ids[:1])  # a reader's few: as before
    assert few["event_id"].tolist() == ids[:1]


def _row_at_a_time(table: pd.DataFrame) -> str:
    import csv
    import io

    from placeline.export import COLUMNS, EXCEL_MARK, _safe_cell

    buffer = io.StringIO()
    buffer.write(EXCEL_MARK)
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for row in table[COLUMNS].itertuples(index=False):
        writer.writerow(["" if pd.isna(v) else _safe_cell(v) for v in row])
    return buffer.getvalue()


def _tricky_table(seeds_store) -> pd.DataFrame:
    from placeline.export import store_table

    table = store_table(seeds_store, seeds_store.events_frame()).reset_index(drop=True)
    table.loc[0, "title"] = "=HYPERLINK(\"x\")"
    table.loc[1, "snippet"] = "-2 dead"
    table.loc[2, "url"] = None
    table.loc[3, "lat"] = float("nan")
    table["date_flag"] = table["date_flag"].astype(object)
    table.loc[4, "date_flag"] = "@flag"
    return table


def test_csv_is_written_as_row_at_a_time_was(seeds_store):
    from placeline.export import to_csv

    table = _tricky_table(seeds_store)
    text = to_csv(table, excel=True)
    assert text == _row_at_a_time(table)
    assert "'=HYPERLINK" in text and "'-2 dead" in text and "'@flag" in text


def test_csv_looks_at_a_cell_only_where_a_spreadsheet_could_run_it(seeds_store, monkeypatch):
    from placeline import export

    table = _tricky_table(seeds_store)
    seen = []
    real = export._safe_cell
    monkeypatch.setattr(export, "_safe_cell", lambda v: seen.append(v) or real(v))
    export.to_csv(table)
    # a row at a time had called it on each of the table's cells (4.8 million on big.db)
    assert len(seen) < len(table) * 3


def test_the_export_says_how_many_rows_the_file_will_hold():
    from app_common import export_rows_note

    assert export_rows_note(1, 1) == "The file will hold 1 row, one per event."
    assert export_rows_note(1108, 186_014).startswith(
        "The file will hold 1,108 rows, one per event (of 186,014 on the timeline)")
    whole = export_rows_note(186_014, 186_014)
    assert "186,014 rows" in whole and "python -m placeline export" in whole


def test_the_map_page_shows_the_export_s_rows(app_db):  # noqa: F811
    from streamlit.testing.v1 import AppTest

    from tests.conftest import ROOT

    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()
    assert not at.exception
    assert any(c.value.startswith("The file will hold ") for c in at.caption)


# -- item 16: phone tables and region names ------------------------------------------------

def test_a_capital_that_is_its_own_region_is_named_as_the_city():
    from app_common import region_name

    assert region_name("geonames:703448") == "Kyiv"  # had been "Kiev" (GeoNames' UA.12)
    assert region_name("geonames:5128581") == "New York"  # a town's region stays the state
    assert region_name("geonames:524901") == "Moscow"


def _before_each_table(at) -> list[str]:
    """The type of the element right before each table of the page's main block."""
    blocks = list(at.main)
    return [type(blocks[i - 1]).__name__ + ":" + type(blocks[i - 1].proto).__name__
            for i, block in enumerate(blocks) if type(block).__name__ == "Dataframe"]


@pytest.mark.parametrize("page", ["pages/1_Articles.py", "pages/2_Places.py"])
def test_a_page_s_table_has_room_for_its_toolbar_below_the_caption(app_db, page):  # noqa: F811
    from streamlit.testing.v1 import AppTest

    from tests.conftest import ROOT

    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()
    at.switch_page(page).run()
    assert not at.exception
    before = _before_each_table(at)
    assert before[0] == "Space:Space", before  # had been the caption
    assert not any(kind.startswith("Caption") for kind in before), before


# -- item 12: the system's dark preference -------------------------------------------------

def test_the_page_follows_the_system_s_light_or_dark_preference():
    import tomllib

    from tests.conftest import ROOT

    theme = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())["theme"]
    assert "base" not in theme  # base = "light" had kept a dark system's page white
    assert theme["light"]["primaryColor"] and theme["dark"]["primaryColor"]


def test_the_map_s_text_is_dark_on_its_light_map_whatever_the_page_s_theme():
    from placeline.mapview import base_map

    page = base_map([[49.0, 24.0], [51.0, 31.0]], legend=legend_steps()).get_root().render()
    # on a dark page the legend had inherited its light text, white on its white box
    assert ".placeline-legend { color: #222; }" in page
