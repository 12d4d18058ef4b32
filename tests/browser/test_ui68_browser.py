"""UI 68 in a real browser (audit 37): the offline base map draws every country, Hungary
and Serbia among them; Enter in "Go to date" applies the date typed (what only Chromium
shows)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_dashboard_browser import TIMEOUT, open_map

pytestmark = pytest.mark.browser

# Each country's outline in the base map's pane, and the countries of the file it drew.
OUTLINES_JS = """async () => {
  const drawn = document.querySelectorAll('.leaflet-basemap-pane path').length;
  const data = await (await fetch('/app/static/vendor/basemap/countries.geojson')).json();
  return [drawn, data.features.map((f) => f.properties.name)];
}"""


def test_the_base_map_draws_every_country(offline_page, dashboard):
    """173 outlines had been drawn, Hungary, Serbia, Myanmar, Montenegro, Kosovo and Jamaica
    not among them (Budapest in blue sea)."""
    _, frame = open_map(offline_page, dashboard)
    frame.locator(".leaflet-basemap-pane path").nth(176).wait_for(state="attached",
                                                                  timeout=TIMEOUT)
    drawn, names = frame.locator(".leaflet-container").evaluate(
        f"(_) => ({OUTLINES_JS})()")
    assert drawn >= 177 and len(names) == 177
    assert {"Hungary", "Serbia", "Myanmar", "Montenegro", "Kosovo", "Jamaica"} <= set(names)
    assert offline_page.blocked == []


def test_enter_in_go_to_date_applies_the_date(offline_page, dashboard):
    """Enter did nothing: the date applied only once the focus had left the field (two
    Tabs). Now Enter applies it, snapped to the nearest day with events."""
    page, _ = open_map(offline_page, dashboard)
    status = page.locator("[role=status]").first
    expect(status).not_to_contain_text("26 Apr 2022 – 26 Apr 2022", timeout=TIMEOUT)
    page.locator(".st-key-goto [role=spinbutton]").first.click()
    page.keyboard.type("20220426")
    page.keyboard.press("Enter")
    expect(status).to_contain_text(re.compile(r"^26 Apr 2022 – 26 Apr 2022"), timeout=TIMEOUT)
