"""UI 59 in a real browser (audit 33, item 15): the sidebar's link to the map reads
"Dashboard", not Streamlit's "dashboard" (a style: only a browser applies it), and at 1400 px
the Articles table's "how the date was found" column is whole, with no sideways scroll."""

from __future__ import annotations

import pytest

from tests.browser.test_dashboard_browser import TIMEOUT

pytestmark = pytest.mark.browser

# Each table's column headers and whether its cells are wider than the table's frame.
TABLES_JS = """() => [...document.querySelectorAll('[data-testid=stDataFrame]')].map((f) => {
  const scroller = f.querySelector('.dvn-scroller');
  return {headers: [...f.querySelectorAll('[role=columnheader]')].map((h) => h.textContent),
          wider: scroller ? scroller.scrollWidth - scroller.clientWidth : null};
})"""

# The widest of some words in the table's font (Streamlit's 14 px Source Sans), in pixels.
WIDEST_JS = """(words) => {
  const context = document.createElement('canvas').getContext('2d');
  const family = getComputedStyle(document.querySelector('[data-testid=stDataFrame]'))
    .fontFamily;
  context.font = `14px ${family}`;
  return Math.max(...words.map((word) => context.measureText(word).width));
}"""
CELL_PADDING = 2 * 8  # a cell's padding either side


def test_the_map_link_is_capitalised_and_the_articles_table_fits(offline_page, dashboard):
    page = offline_page.page
    page.goto(f"{dashboard}/Articles", timeout=TIMEOUT)
    page.locator("[data-testid=stDataFrame] [role=columnheader]").first.wait_for(
        state="attached", timeout=TIMEOUT)  # (the grid's accessible table is hidden)
    page.wait_for_timeout(1000)  # (and its columns sized)
    links = page.locator("[data-testid=stSidebarNavLink]")
    assert links.first.inner_text().strip() == "Dashboard"
    assert [links.nth(k).inner_text().strip() for k in range(1, 4)] == [
        "Articles", "Places", "Ingest"]
    [overview] = [t for t in page.evaluate(TABLES_JS)
                  if "how the date was found" in t["headers"]]
    assert overview["wider"] == 0, overview
    from placeline.present import METHOD_COLUMN_PX, METHOD_SHORT

    widest = page.evaluate(WIDEST_JS, [*METHOD_SHORT.values(), "how the date was found"])
    assert widest + CELL_PADDING <= METHOD_COLUMN_PX, widest
    assert not offline_page.blocked
