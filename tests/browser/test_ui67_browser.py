"""UI 67 in a real browser: a window of Fiji and Samoa in a store of places all round the
world opens fitted across the 180th meridian, and its circles stay where they are drawn
while the slider takes in London and Chicago (what only Chromium draws)."""

from __future__ import annotations

import pytest

from tests.browser.conftest import OfflinePage, start_dashboard, stop
from tests.browser.test_audit16_mapui_browser import map_window, view
from tests.browser.test_dashboard_browser import TIMEOUT, open_map
from tests.browser.test_ui64_browser import CIRCLES_JS
from tests.test_ui67 import world_store

pytestmark = pytest.mark.browser

# Each circle's place and drawn longitude, in the map's frame.
DRAWN_JS = """() => {
  const drawn = {};
  map.eachLayer((layer) => {
    if (layer.feature && layer.getLatLng) {
      drawn[layer.feature.properties.place_id] = layer.getLatLng().lng;
    }
  });
  return drawn;
}"""


@pytest.fixture
def world(tmp_path, geoparser):
    process, url = start_dashboard(world_store(tmp_path, geoparser))
    yield url
    stop(process)


def test_a_pacific_window_of_a_world_store_opens_across_the_meridian(browser, world):
    """The store's places span the world, so it has no cut: a window of Fiji and Samoa had
    opened on the whole world at zoom 0.75, fitted from Samoa at 172 W east to Fiji. Now
    it opens on them, side by side past 180; and when the window takes in London and
    Chicago, the Pacific's circles stay where they were (the new ones drawn in the map's
    frame), so nothing jumps a world under the reader's view."""
    page = OfflinePage(browser, width=1400, height=1000)
    try:
        shown, frame = open_map(page, f"{world}/?window=2024-02-10&window=2024-02-11")
        shown.wait_for_timeout(1500)  # (the fit settles)
        zoom, _, lon = view(shown)
        assert zoom >= 3, zoom
        assert 175 < lon < 190, lon
        total, inside = frame.locator("body").evaluate(f"body => ({CIRCLES_JS})()")
        assert total >= 3 and inside == total
        before = map_window(shown).evaluate(DRAWN_JS)
        assert max(before.values()) > 180  # (Samoa drawn east of Fiji)
        end = shown.locator("[data-testid=stMain] [data-testid=stSlider]").first.locator(
            "input[type=range]").last  # (the window's end)
        end.focus()
        for day in ("2024-03-04", "2024-03-05"):  # (the slider's stops: days with events)
            shown.keyboard.press("ArrowRight")
            shown.wait_for_function(
                "([input, day]) => input.getAttribute('aria-valuetext') === day",
                arg=[end.element_handle(), day], timeout=TIMEOUT)
            shown.wait_for_timeout(1000)
        map_window(shown).wait_for_function(
            f"() => Object.keys(({DRAWN_JS})()).length > {len(before)}", timeout=TIMEOUT)
        shown.wait_for_timeout(500)
        after = map_window(shown).evaluate(DRAWN_JS)
        assert len(after) > len(before)
        assert {place: after[place] for place in before} == before
        assert view(shown)[2] == pytest.approx(lon)  # (the slider never moves the map)
        assert page.blocked == []
    finally:
        page.close()


def test_a_link_s_view_of_samoa_opens_on_it(browser, world):
    """A view written where Samoa was drawn at 172 W (a map opened on the whole world)
    opens on Samoa in a map cut at Fiji, which draws it at 188 E."""
    page = OfflinePage(browser, width=1400, height=1000)
    try:
        shown, frame = open_map(
            page, f"{world}/?window=2024-02-10&window=2024-02-11&view=7/-13.83/-171.76")
        shown.wait_for_timeout(1500)
        zoom, _, lon = view(shown)
        assert zoom == 7 and lon == pytest.approx(188.24, abs=0.01)
        assert frame.locator("body").evaluate(f"body => ({CIRCLES_JS})()")[1] >= 1
        assert page.blocked == []
    finally:
        page.close()

