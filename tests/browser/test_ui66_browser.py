"""UI 66 in a real browser: on a 1400-px-wide screen the legend starts folded, a title over
a sliver of the world map, and opens readable at a click (audit 36, item 5.2); the page's
downloads are named after their window (2.4)."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import OfflinePage, save_screenshot
from tests.browser.test_dashboard_browser import TIMEOUT, open_map

pytestmark = pytest.mark.browser

# The legend's box and the map's, in the map's frame.
BOXES_JS = """() => {
  const l = document.querySelector('.placeline-legend').getBoundingClientRect();
  const m = document.querySelector('.leaflet-container').getBoundingClientRect();
  return [l.width, l.height, m.width, m.height];
}"""


def test_the_legend_starts_folded_on_a_laptop_s_map_and_opens_readable(browser, dashboard):
    """Open, it had covered 320 x 100 px of a 500-px world map at 1400 px (audit 36)."""
    page = OfflinePage(browser, width=1400, height=1000)
    try:
        _, frame = open_map(page, dashboard)
        legend = frame.locator("details.placeline-legend")
        legend.wait_for(timeout=TIMEOUT)
        page.page.wait_for_timeout(1000)  # (the map's width settles)
        width, height, map_width, map_height = frame.locator("body").evaluate(
            f"body => ({BOXES_JS})()")
        save_screenshot(page.page, "ui66_legend.png")
        assert map_width < 720 and not legend.evaluate("box => box.open")
        assert width * height < 0.02 * map_width * map_height
        legend.locator("summary").click()
        page.page.wait_for_timeout(300)
        assert legend.evaluate("box => box.open")
        size = legend.locator(".bin").first.evaluate(
            "e => parseFloat(getComputedStyle(e).fontSize)")
        assert size >= 12  # (readable once opened)
    finally:
        page.close()


def test_a_download_is_named_after_its_window(browser, dashboard):
    page = OfflinePage(browser, width=1400, height=1000)
    try:
        shown, _ = open_map(page, dashboard)
        with shown.expect_download(timeout=TIMEOUT) as download:
            shown.get_by_role("button", name="⬇ CSV of this view").click()
        assert re.fullmatch(r"placeline-events-\d{4}-\d\d-\d\d_\d{4}-\d\d-\d\d\.csv",
                            download.value.suggested_filename)
        assert page.blocked == []
    finally:
        page.close()
