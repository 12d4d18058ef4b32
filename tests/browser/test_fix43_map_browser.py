"""Fix 43 in a real browser (audit 27): on a 1280x720 laptop and a 390 px phone the map's
least zoom (1, the world 512 px wide) was wider than the map, so "-" was greyed out while
places at the Pacific's edges were cut off, and the fit button could not fit them (item 9)."""

from __future__ import annotations

import pytest

from tests.browser.conftest import OfflinePage
from tests.browser.test_dashboard_browser import MAP_FRAME, TIMEOUT

pytestmark = pytest.mark.browser
SMALL = [(1280, 720), (390, 844)]  # the audit's laptop and phone


def _map(browser, dashboard: str, size: tuple[int, int]):
    """The page at `size` and the map's frame, its places drawn and first fit done."""
    page = OfflinePage(browser, *size)
    page.page.goto(dashboard, timeout=TIMEOUT)
    frame = page.page.locator(MAP_FRAME).first
    frame.wait_for(timeout=TIMEOUT)
    window = frame.element_handle().content_frame()
    window.wait_for_selector("path.leaflet-interactive, .marker-cluster", timeout=TIMEOUT)
    page.page.wait_for_timeout(1500)
    return page, window


@pytest.mark.parametrize("size", SMALL)
def test_the_whole_world_can_be_shown(browser, dashboard, size):
    """At the least zoom the world (every longitude) fits the map's width, and the map
    opens on a view that holds every place, "-" still usable."""
    page, window = _map(browser, dashboard, size)
    try:
        seen = window.evaluate("""() => {
            const box = map.getContainer().getBoundingClientRect();
            const world = map.getBoundsZoom([[-60, -180], [75, 180]]);
            const outside = [];
            for (const e of document.querySelectorAll(
                    'path.leaflet-interactive, .marker-cluster')) {
                const b = e.getBoundingClientRect();
                const x = b.x + b.width / 2, y = b.y + b.height / 2;
                if (x < box.x || x > box.right || y < box.y || y > box.bottom) {
                    outside.push(e.getAttribute('aria-label') || e.getAttribute('class'));
                }
            }
            return {world, least: map.getMinZoom(), zoom: map.getZoom(), outside,
                    width: map.getSize().x};
        }""")
        assert seen["world"] >= seen["least"], seen  # the world fits at the least zoom
        assert seen["outside"] == [], seen
        page.page.frame_locator(MAP_FRAME).first.locator(
            ".leaflet-control-zoom-out").click()
        page.page.wait_for_timeout(600)
        assert window.evaluate("() => map.getZoom()") < seen["zoom"] or \
            seen["zoom"] == seen["least"]
        assert page.blocked == []
    finally:
        page.close()
