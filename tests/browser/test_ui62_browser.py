"""UI 62 in a real browser: at 1400 × 1000 the map is about 500 px wide and its legend
opens; where it would hide a circle it starts folded (audit 34, item 12)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

from tests.browser.conftest import OfflinePage, save_screenshot
from tests.browser.test_audit16_mapui_browser import view
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


# -- 14. the map's zoom and centre go into the URL ----------------------------------------

def _view_param(page) -> list[str]:
    return parse_qs(urlparse(page.url).query).get("view", [])


def test_the_reader_s_view_is_in_the_url_and_a_link_opens_it(browser, dashboard):
    """Two clicks on + around the window's places, then the slider moved: the URL holds the
    view (and the window), and a fresh browser opens the map there (audit 34, item 14)."""
    sender = OfflinePage(browser, width=1400, height=1000)
    receiver = OfflinePage(browser, width=1400, height=1000)
    try:
        page, frame = open_map(sender, dashboard)
        page.wait_for_timeout(1500)  # (the first fit, and the frame's size, settle)
        assert _view_param(page) == []  # the map's own fit is no reader's view
        for _ in range(2):
            frame.locator(".leaflet-control-zoom-in").click()
            page.wait_for_timeout(600)
        page.wait_for_function("() => location.search.includes('view=')", timeout=TIMEOUT)
        zoom, lat, lon = view(page)
        written = [float(part) for part in _view_param(page)[0].split("/")]
        assert written == pytest.approx([zoom, lat, lon], abs=1e-3)
        # a step of the window's start: a widget bound to the URL, a new layer
        page.locator("[data-testid=stMain] [data-testid=stSlider] input[type=range]"
                     ).first.focus()
        page.keyboard.press("ArrowRight")
        page.wait_for_function("() => location.search.includes('window=')", timeout=TIMEOUT)
        page.wait_for_timeout(1000)
        assert _view_param(page) == [_view_param(page)[0]] and view(page)[0] == zoom
        link = page.url
        other, _ = open_map(receiver, link)
        other.wait_for_timeout(1500)
        assert view(other) == pytest.approx((zoom, lat, lon), abs=1e-3)
        assert sender.blocked == [] and receiver.blocked == []
    finally:
        sender.close()
        receiver.close()


# -- 11. the slider zooms to a sub-period, kept in the URL ---------------------------------

@pytest.fixture
def years_dashboard(tmp_path):
    from bench.synth import fill_store

    fill_store(tmp_path / "years.db", events=3_000, places=200)
    servers = Servers(tmp_path / "years.db")
    yield servers.start()
    servers.stop()


def _thumbs(page, label: str) -> list[str]:
    slider = page.locator("[data-testid=stSlider]").filter(has_text=label).first
    values = slider.locator("[data-testid=stSliderThumbValue]")
    return [values.nth(i).inner_text() for i in range(values.count())]


def test_the_zoomed_timeline_is_in_the_url(browser, years_dashboard):
    """*Zoom the timeline* goes into the URL, which opens the same slider, and its span
    too once the reader sets it; the bars follow the span (audit 34, item 11)."""
    page = OfflinePage(browser, width=1400, height=1000)
    try:
        shown, _ = open_map(page, f"{years_dashboard}/?window=2021-06-01&window=2021-06-30")
        shown.get_by_text("Zoom the timeline").click()
        shown.wait_for_function("() => location.search.includes('span=')", timeout=TIMEOUT)
        assert "window=2021-06-01&window=2021-06-30" in shown.url
        assert "zoom=true" in shown.url
        shown.get_by_text("Timeline span").wait_for(timeout=TIMEOUT)
        span = _thumbs(shown, "Timeline span")
        assert span[0] < "2021-06-01" and span[1] > "2021-06-30"
        bars = shown.locator("[role=img]").first.inner_text()
        assert span[0] in bars and span[1] in bars  # (the bars' first and last days)
        save_screenshot(shown, "ui62_zoomed.png")
        shown.goto(shown.url, timeout=TIMEOUT)
        shown.get_by_text("Timeline span").wait_for(timeout=TIMEOUT)
        assert _thumbs(shown, "Timeline span") == span
        shown.locator("[data-testid=stSlider]").filter(has_text="Timeline span").locator(
            "input[type=range]").first.focus()
        shown.keyboard.press("ArrowRight")  # the span moved by the reader: in the URL
        shown.wait_for_function("() => !location.search.includes('span=" + span[0] + "')",
                                timeout=TIMEOUT)
        moved = _thumbs(shown, "Timeline span")
        assert f"span={moved[0]}&span={moved[1]}" in shown.url
        shown.goto(shown.url, timeout=TIMEOUT)
        shown.get_by_text("Timeline span").wait_for(timeout=TIMEOUT)
        assert _thumbs(shown, "Timeline span") == moved != span
        assert page.blocked == []
    finally:
        page.close()
