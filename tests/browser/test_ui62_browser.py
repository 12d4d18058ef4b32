"""UI 62 in a real browser: at 1400 × 1000 the map is about 500 px wide and its legend
opens; where it would hide a circle it starts folded (audit 34, item 12)."""

from __future__ import annotations

import pytest

from tests.browser.conftest import OfflinePage, save_screenshot
from tests.browser.test_dashboard_browser import TIMEOUT, Servers, open_map

pytestmark = pytest.mark.browser

# Circles or groups whose box meets the legend's (open or folded), in the map's frame.
UNDER_LEGEND_JS = """() => {
  const legend = document.querySelector('.placeline-legend').getBoundingClientRect();
  return [...document.querySelectorAll('path.leaflet-interactive, .marker-cluster')]
    .filter((c) => {
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


def test_the_legend_hides_no_circle_it_folds_instead(browser, africa_dashboard):
    """Open, the legend covered Oslo, drawn by the fit at the top of the map; it folds to
    its title (which the fit's padding keeps clear), and the reader may open it again."""
    page = OfflinePage(browser, width=1400, height=1000)
    try:
        _, frame = open_map(page, africa_dashboard)
        legend = frame.locator("details.placeline-legend")
        legend.wait_for(timeout=TIMEOUT)
        page.page.wait_for_timeout(1500)  # (the fit settles)
        save_screenshot(page.page, "ui62_legend.png")
        assert frame.locator("body").evaluate(f"body => ({UNDER_LEGEND_JS})()") == 0
        assert not legend.evaluate("box => box.open")
        legend.locator("summary").click()  # the reader's choice stands
        page.page.wait_for_timeout(500)
        assert legend.evaluate("box => box.open")
    finally:
        page.close()
