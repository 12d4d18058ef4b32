"""Audit 16, items 15 and 16: the timeline's bars agree with the slider above them, one day
of data reads as one day, and the map's clusters, legend and view follow the reader (the
map's behaviour in a browser is in tests/browser/test_audit16_mapui_browser.py)."""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from placeline.layers import feature_collection
from placeline.mapview import base_map, place_layer
from placeline.timeline_bars import timeline_html
from placeline.view import ARTICLE_BINS
from tests.conftest import ROOT, window_summary

ONE_DAY_ARTICLE = ("Floods in Nepal\nKATHMANDU, 2 March 2024 – Floods hit Pokhara and Kathmandu "
                   "on Saturday, officials said. Rescue teams reached Bhaktapur in the evening.\n")


def _per_day(days: list[str], start: str, end: str) -> pd.DataFrame:
    frame = pd.DataFrame({"day": pd.Series(days, dtype=object), "events": [3] * len(days)})
    frame["in_window"] = (frame["day"] >= start) & (frame["day"] <= end)
    return frame


def _cells(html: str) -> list[tuple[float, float, list[str]]]:
    """(left, right, [first day, last day] of its tooltip) of each bar, as fractions of the
    chart's width, from the bars' flex weights (the 1 px gaps are ignored)."""
    inner = re.search(r'height:80px;[^"]*">(.*?)</div></div><div', html).group(1)
    found = re.findall(r'<div(?: title="([^"]*)")? style="flex:([\d.]+) ', inner)
    total = sum(float(weight) for _, weight in found)
    cells, left = [], 0.0
    for title, weight in found:
        right = left + float(weight) / total
        cells.append((left, right, re.findall(r"\d{4}-\d\d-\d\d", title)))
        left = right
    return cells


def _bar_under(cells, position: float, day: str) -> bool:
    """Is there a bar spanning `position` whose days include `day`?"""
    return any(left - 1e-9 <= position <= right + 1e-9 and dates
               and dates[0] <= day <= dates[-1] for left, right, dates in cells)


def test_each_slider_stop_has_its_own_day_s_bar_under_it():
    # Irregular days, as news has them: the slider spaces them evenly, so must the bars.
    days = ["2022-01-01", "2022-04-04", "2022-04-25", "2022-04-26", "2022-04-27",
            "2022-04-28", "2022-11-01", "2022-12-01", "2023-02-20", "2023-03-02"]
    cells = _cells(timeline_html(_per_day(days, "2022-04-26", "2022-04-28")))
    for i, day in enumerate(days):
        thumb = i / (len(days) - 1)  # where Streamlit's select_slider puts option i
        assert _bar_under(cells, thumb, day), (day, thumb)
    # The window's bars are the coloured ones, under the thumbs at 26 and 28 April.
    assert len(cells) == len(days)


def test_a_few_historical_dates_do_not_squeeze_the_news_into_one_bar():
    news = pd.date_range("2022-03-01", "2022-04-29", freq="D").strftime("%Y-%m-%d").tolist()
    days = ["1907-01-01", "1950-06-01", *news]  # "built in 1907", "since 1950"
    html = timeline_html(_per_day(days, news[0], news[-1]))
    cells = _cells(html)
    assert len(cells) == len(days)  # one bar per day with events, the old ones included
    assert all(len(dates) == 1 for _, _, dates in cells)
    assert "up to 3 events a day" in html
    news_share = sum(right - left for left, right, dates in cells if dates[0] in news)
    assert news_share > 0.9  # as on the slider: 60 of 62 stops


def test_one_day_of_data_draws_no_full_width_block():
    assert timeline_html(_per_day(["2024-03-02"], "2024-03-02", "2024-03-02")) == ""


@pytest.fixture
def one_day_db(tmp_path, app_store, geoparser):
    """A store whose every event is on 2 March 2024, selected through PLACELINE_DB."""
    from placeline.ingest import read_paths
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    article = tmp_path / "nepal.txt"
    article.write_text(ONE_DAY_ARTICLE, encoding="utf-8")
    store = open_store(tmp_path / "one.db")
    Pipeline(store, geoparser).ingest(read_paths([article]))
    assert set(store.events_frame()["date"].astype(str)) == {"2024-03-02"}
    store.close()
    return app_store(tmp_path / "one.db")


@pytest.mark.parametrize("mode", [None, "Last N days", "Cumulative"])
def test_one_day_of_data_is_said_in_words_not_drawn_as_a_slider(one_day_db, mode):
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    if mode:
        at.query_params["mode"] = mode
    at.run()
    assert not at.exception
    assert len(at.select_slider) == 0  # a one-stop slider has no track
    assert any("only 2 Mar 2024" in m.value for m in at.markdown)
    assert not any("events a day" in str(e.proto) for e in at.get("html"))
    assert window_summary(at).startswith("2 Mar 2024 – 2 Mar 2024: 4 places")
    at.date_input(key="goto").set_value(dt.date(2024, 3, 9)).run()  # still works
    assert not at.exception


def _page(cluster: bool, selected: str | None = None) -> str:
    summary = pd.DataFrame({"place_id": ["p1", "p2"], "place": ["Kyiv", "Lviv"],
                            "lat": [50.45, 49.84], "lon": [30.52, 24.03],
                            "kind": ["city", "city"], "articles": [12, 1]})
    fmap = base_map([[49.0, 24.0], [51.0, 31.0]], legend=[
        (label, colour, 20.0) for _, label, colour in ARTICLE_BINS])
    extra = {"selected": selected} if selected else {}
    place_layer(feature_collection(summary), cluster=cluster, **extra).add_to(fmap)
    return fmap.get_root().render()


def test_clusters_are_drawn_in_the_legend_s_palette_and_explained_there():
    page = _page(cluster=True)
    assert "MarkerCluster.Default.css" not in page  # its green/yellow/orange bubbles
    assert "iconCreateFunction: clusterIcon" in page and "placeline-cluster" in page
    for _, _, colour in ARTICLE_BINS:
        assert colour in page  # the cluster's colour is its busiest place's bin
    assert "12 nearby places, coloured as the busiest" in page
    assert ".placeline-clustered .placeline-legend .grouped { display: flex; }" in page


def test_the_legend_is_compact_and_folds():
    page = _page(cluster=False)
    assert 'L.DomUtil.create("details", "placeline-legend")' in page
    assert 'createElement("summary")' in page
    assert 'L.control({position: "topright"})' in page


def test_the_map_can_fit_the_window_and_show_the_selected_place_but_a_slider_move_cannot():
    page = _page(cluster=False, selected="p2")
    assert "var selected = \"p2\"" in page
    assert "Show every place in the window" in page  # the fit button on the base map
    # The view changes only in a new map, or when the selection changed since the last layer.
    assert "if (selected !== state.selected)" in page and "if (!state.fitted)" in page
    assert "state.fit(false)" in page and "map._placeline.fit(true)" in page
    assert not re.search(r"\.innerHTML\s*=", page)  # the icon is built with DOM calls
