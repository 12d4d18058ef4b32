"""Audit 19 in a real browser: a cluster is a button named for what it holds, and Enter or
Space opens it as a click does (item 9); a place stays chosen while the slider passes days
without it, the panel saying so, and its articles come back with its days (10)."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import served
from tests.browser.test_audit16_mapui_browser import map_window, view
from tests.browser.test_dashboard_browser import MAP_FRAME, TIMEOUT, open_map, query
from tests.test_audit19_map import CAMBRIDGE, cambridge_rows, ingest_rows

pytestmark = pytest.mark.browser
CLUSTER_NAME = re.compile(r"^Group of (\d+) places, the busiest .+ — \d+ articles?: press Enter "
                          r"to (zoom in|show them)$")


@pytest.fixture(scope="module")
def busy_dashboard(tmp_path_factory, geoparser):
    """A dashboard on Cambridge's 24 days of news and a day of Morioka's."""
    store = ingest_rows(tmp_path_factory.mktemp("audit19"), cambridge_rows(), geoparser)
    path = store.path
    store.close()
    with served(path) as url:
        yield url


def _clusters(page):
    return page.frame_locator(MAP_FRAME).first.locator(".marker-cluster")


@pytest.mark.parametrize("key", ["Enter", " "])
def test_a_cluster_is_named_and_opens_from_the_keyboard(offline_page, dashboard, key):
    page = offline_page.page
    page.goto(f"{dashboard}/?group=on", timeout=TIMEOUT)
    clusters = _clusters(page)
    clusters.first.wait_for(timeout=TIMEOUT)
    page.locator(MAP_FRAME).scroll_into_view_if_needed()
    names = [c.get_attribute("aria-label") for c in clusters.all()]
    assert names and all(CLUSTER_NAME.match(n or "") for n in names), names
    assert {c.get_attribute("role") for c in clusters.all()} == {"button"}
    cluster = clusters.first
    held = int(CLUSTER_NAME.match(cluster.get_attribute("aria-label")).group(1))
    assert cluster.inner_text() == str(held)  # the figure the eye sees, named in words
    zoom, before = view(page)[0], clusters.count()
    cluster.focus()
    page.keyboard.press(key)
    page.wait_for_function(  # as a click: it zooms in on (or fans out) its places
        "([sel, zoom, n]) => { const w = document.querySelector(sel).contentWindow;"
        " return w.map.getZoom() > zoom || w.document.querySelectorAll("
        "'.marker-cluster').length !== n; }", arg=[MAP_FRAME, zoom, before], timeout=TIMEOUT)
    # the cluster's element is gone: the focus is on the map, Tab reaches its places
    assert map_window(page).evaluate(
        "() => document.activeElement === map.getContainer()")
    assert page.evaluate("() => window.scrollY") >= 0  # (Space scrolled nothing away)
    assert offline_page.blocked == []


def _panel_says(page, text: str, not_text: str | None = None) -> None:
    """Wait until the page says `text` and no longer `not_text` (the run is over: the
    elements of the run before stay until then)."""
    page.wait_for_function(
        "([said, gone]) => { const t = document.querySelector('[data-testid=stMain]')"
        ".innerText; return t.includes(said) && !(gone && t.includes(gone)); }",
        arg=[text, not_text], timeout=TIMEOUT)


def test_a_place_stays_chosen_while_the_slider_passes_days_without_it(offline_page,
                                                                      busy_dashboard):
    page, _ = open_map(offline_page, f"{busy_dashboard}/?mode=Last+N+days&days=1"
                                     f"&until=2024-03-24&place={CAMBRIDGE}")
    _panel_says(page, "Read the whole article")
    main = page.locator("[data-testid=stMain]")
    thumb = main.locator("[data-testid=stSlider] input[type=range]").first
    thumb.focus()
    page.keyboard.press("ArrowRight")  # 26 March: Morioka's day, no Cambridge
    _panel_says(page, "has no events in this window", "Read the whole article")
    text = main.inner_text()
    assert "Cambridge has no events in this window: its events run from 1 Mar 2024 to " \
           "24 Mar 2024." in text, text
    assert "Cambridge · Massachusetts, United States · town or city" in text
    assert "Read the whole article" not in text
    assert "26 Mar 2024 – 26 Mar 2024: 3 places in 1 article" in text
    assert query(page)["place"] == [CAMBRIDGE]
    assert page.get_by_role("combobox", name="Place", exact=True).input_value() == "Cambridge"
    thumb.focus()
    page.keyboard.press("ArrowLeft")  # 24 March again: its article comes back
    _panel_says(page, "Read the whole article", "has no events in this window")
    assert "Cambridge brief 24" in main.inner_text()
    assert query(page)["place"] == [CAMBRIDGE]
    assert offline_page.blocked == []
