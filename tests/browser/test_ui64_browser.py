"""UI 64 in a real browser: places across the 180th meridian are fitted together; the
reader's view stays in the URL when the page writes it; switching the base map keeps the
map (what only Chromium draws)."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import OfflinePage, seeds_copy, served
from tests.browser.test_audit16_mapui_browser import view
from tests.browser.test_dashboard_browser import (
    MAP_FRAME,
    MARIUPOL,
    NEW_DELHI,
    TIMEOUT,
    open_map,
)

pytestmark = pytest.mark.browser

PACIFIC = {
    "taveuni.txt": "Cyclone hits Taveuni\nSUVA, Fiji, Feb. 10, 2024 — Cyclone Mala struck "
                   "the island of Taveuni on Saturday, officials in Suva said.",
    "apia.txt": "Storm reaches Samoa\nAPIA, Samoa, Feb. 11, 2024 — Cyclone Mala brought "
                "heavy rain to Apia on Sunday, officials said.",
}

# The circles' centres in the frame, and the map's box.
CIRCLES_JS = """() => {
  const box = document.querySelector('.leaflet-container').getBoundingClientRect();
  const inside = [...document.querySelectorAll('path.leaflet-interactive')].map((c) => {
    const b = c.getBoundingClientRect();
    const x = b.left + b.width / 2, y = b.top + b.height / 2;
    return b.width > 0 && x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
  });
  return [inside.length, inside.filter(Boolean).length];
}"""


@pytest.fixture
def pacific(tmp_path, geoparser):
    from tests.test_audit17_dashboard import _store_of

    store = _store_of(tmp_path / "pacific.db", geoparser, PACIFIC)
    lons = store.events_frame()["lon"].astype(float)
    assert lons.min() < -170 and lons.max() > 178  # (the premise: both sides)
    store.close()
    with served(tmp_path / "pacific.db") as url:
        yield url


def test_places_across_the_180th_meridian_are_fitted_together(browser, pacific):
    """Suva and Taveuni (178–180 E) and Apia (172 W) had been fitted the long way round,
    the whole world wide at zoom 0 or 1; the fit crosses the meridian, the circles drawn
    side by side, and a drag keeps them (no jump back to the world around 0)."""
    page = OfflinePage(browser, width=1400, height=1000)
    try:
        shown, frame = open_map(page, pacific)
        shown.wait_for_timeout(1500)  # (the fit settles)
        zoom, _, lon = view(shown)
        assert zoom >= 3, zoom
        assert 175 < lon < 190, lon  # (between Fiji and Samoa, past 180)
        total, inside = frame.locator("body").evaluate(f"body => ({CIRCLES_JS})()")
        assert total >= 3 and inside == total
        box = frame.locator(".leaflet-container").bounding_box()
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        shown.mouse.move(x, y)
        shown.mouse.down()
        shown.mouse.move(x - 12, y, steps=6)
        shown.mouse.up()
        shown.wait_for_timeout(800)
        assert frame.locator("body").evaluate(f"body => ({CIRCLES_JS})()")[1] == total
        assert view(shown)[2] > 180  # (not jumped a world west, away from the circles)
        shown.wait_for_function("() => location.search.includes('view=')", timeout=TIMEOUT)
        link = shown.url  # the reader's view, as drawn: a link opens it by the circles
        receiver = OfflinePage(browser, width=1400, height=1000)
        try:
            other, other_frame = open_map(receiver, link)
            other.wait_for_timeout(1500)
            assert view(other)[2] > 180
            assert other_frame.locator("body").evaluate(f"body => ({CIRCLES_JS})()")[1] \
                == total
        finally:
            receiver.close()
        assert page.blocked == []
    finally:
        page.close()


# Every URL the page's history is given, as it ends up, recorded before Streamlit runs.
RECORD_URLS = """
if (window.top === window) {
  window.__urls = [];
  ['pushState', 'replaceState'].forEach((name) => {
    const original = history[name];
    history[name] = function (state, title, url) {
      const done = original.call(this, state, title, url);
      window.__urls.push(location.search);
      return done;
    };
  });
}
"""


def test_the_view_stays_in_the_url_when_the_page_writes_it(browser, dashboard):
    """After the script has written the URL once (a place chosen), Streamlit sends its own
    copy of the query string at each rerun, not the page's, so the view the map wrote since
    is unknown to the script, and its next write (another place chosen, a filter) replaced
    the query string without it, until the next layer settled."""
    page = OfflinePage(browser, width=1400, height=1000)
    try:
        page.page.add_init_script(RECORD_URLS)
        shown, frame = open_map(page, dashboard)
        shown.wait_for_timeout(1500)
        _choose(shown, frame, NEW_DELHI, "geonames%3A1261481")  # the script writes the URL
        shown.wait_for_timeout(1000)
        frame.locator(".leaflet-control-zoom-out").click()  # the reader's view
        shown.wait_for_function("() => location.search.includes('view=')", timeout=TIMEOUT)
        written = shown.evaluate("() => new URLSearchParams(location.search).get('view')")
        shown.evaluate("() => { window.__urls = []; }")
        _choose(shown, frame, MARIUPOL, "geonames%3A701822")  # and writes it again
        urls = shown.evaluate("() => window.__urls")
        assert urls and all(f"view={written}" in url for url in urls), urls
    finally:
        page.close()


def _choose(page, frame, circle: str, place: str) -> None:
    """Enter on a circle, as a click: the script writes `place=` into the URL."""
    frame.locator(circle).focus()
    page.keyboard.press("Enter")
    page.wait_for_function(f"() => location.search.includes('place={place}')",
                           timeout=TIMEOUT)


@pytest.fixture
def tiles_dashboard(seeds_store, tmp_path):
    """The seeds store, its online tiles from a local address that answers nothing (no
    request leaves the machine)."""
    with served(
        seeds_copy(seeds_store, tmp_path / "tiles.db"),
        {"PLACELINE_ONLINE_TILES": "http://127.0.0.1:9/tiles/{z}/{x}/{y}.png",
         "PLACELINE_TILE_URL": ""}) as url:
        yield url


def test_switching_the_base_map_keeps_the_map_and_its_view(browser, tiles_dashboard):
    """*Base map: online* had made the map anew (a new script, which streamlit-folium
    remounts): the reader's zoom and centre were lost and everything drawn again."""
    page = OfflinePage(browser, width=1400, height=1000)
    try:
        shown, frame = open_map(page, tiles_dashboard)
        shown.wait_for_timeout(1500)
        for _ in range(2):
            frame.locator(".leaflet-control-zoom-in").click()
            shown.wait_for_timeout(600)
        before = view(shown)
        map_window = shown.frame_locator(MAP_FRAME).first.locator("body")
        map_window.evaluate("() => { window.__same = true; }")
        sidebar = shown.locator("[data-testid=stSidebar]")
        _base_map(sidebar, "online").click()
        frame.locator("img.leaflet-tile").first.wait_for(state="attached", timeout=TIMEOUT)
        shown.wait_for_timeout(1000)
        assert map_window.evaluate("() => window.__same === true")  # the same map
        assert view(shown) == pytest.approx(before, abs=1e-6)
        assert set(_fills(map_window)) == {"0"}  # the outlines unfilled over the tiles
        _base_map(sidebar, "offline").click()
        frame.locator("img.leaflet-tile").first.wait_for(state="detached", timeout=TIMEOUT)
        shown.wait_for_timeout(500)
        assert map_window.evaluate("() => window.__same === true")
        assert view(shown) == pytest.approx(before, abs=1e-6)
        assert set(_fills(map_window)) == {"1"}
    finally:
        page.close()


def _fills(map_window) -> list[str]:
    return map_window.evaluate("() => [...document.querySelectorAll("
                               "'.leaflet-basemap-pane path')].map((p) => "
                               "p.getAttribute('fill-opacity'))")


def _base_map(sidebar, choice: str):
    return sidebar.locator("[data-testid=stButtonGroup] button").filter(
        has_text=re.compile(f"^{choice}$"))
