"""UI 61 in a real browser: at 1400 × 1000 the map is about 500 px wide and its legend
opens; a fitted view leaves every circle below it (audit 34, item 12)."""

from __future__ import annotations

import pytest

from tests.browser.conftest import OfflinePage, save_screenshot
from tests.browser.test_dashboard_browser import TIMEOUT, Servers, open_map

pytestmark = pytest.mark.browser

# Circles whose box meets the open legend's, in the map's frame.
UNDER_LEGEND_JS = """() => {
  const legend = document.querySelector('.placeline-legend').getBoundingClientRect();
  return [...document.querySelectorAll('path.leaflet-interactive')].filter((c) => {
    const b = c.getBoundingClientRect();
    return b.width > 0 && b.bottom > legend.top && b.top < legend.bottom
      && b.right > legend.left && b.left < legend.right;
  }).length;
}"""


# The northernmost place (Oslo) midway between the westernmost and the easternmost: a fit
# draws it at the top, in the middle, where the legend opens.
AFRICA = {
    "dakar.txt": "Floods in Dakar\nDAKAR, Sept. 7, 2026 — Floods hit homes in Dakar on "
                 "Monday, officials said.",
    "oslo.txt": "Storm in Oslo\nOSLO, Sept. 7, 2026 — A storm hit Oslo on Monday, officials "
                "said.",
    "capetown.txt": "Storm in Cape Town\nCAPE TOWN, Sept. 7, 2026 — A storm hit Cape Town on "
                    "Monday, officials said.",
    "mogadishu.txt": "Rain in Mogadishu\nMOGADISHU, Sept. 7, 2026 — Rain fell on Mogadishu "
                     "on Monday, residents said.",
}


@pytest.fixture
def africa_dashboard(tmp_path, geoparser):
    from tests.test_audit17_dashboard import _store_of

    _store_of(tmp_path / "africa.db", geoparser, AFRICA).close()
    servers = Servers(tmp_path / "africa.db")
    yield servers.start()
    servers.stop()


def test_no_fitted_circle_is_under_the_open_legend(browser, africa_dashboard):
    page = OfflinePage(browser, width=1400, height=1000)
    try:
        _, frame = open_map(page, africa_dashboard)
        legend = frame.locator("details.placeline-legend")
        legend.wait_for(timeout=TIMEOUT)
        page.page.wait_for_timeout(1500)  # (the fit settles)
        assert legend.evaluate("box => box.open")
        save_screenshot(page.page, "ui61_legend.png")
        assert frame.locator("body").evaluate(f"body => ({UNDER_LEGEND_JS})()") == 0
    finally:
        page.close()
