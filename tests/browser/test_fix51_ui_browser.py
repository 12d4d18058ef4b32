"""Fix 51 in a real browser: after an article is deleted elsewhere (another tab, the CLI),
a tab's next rerun of the time fragment (a slider step) draws only what the store holds
(audit 30, item 2: its map kept the deleted article's circles)."""

from __future__ import annotations

import pytest

from placeline.store import open_store
from tests.browser.conftest import serve_feed
from tests.browser.test_dashboard_browser import MAP_FRAME, TIMEOUT

pytestmark = pytest.mark.browser
KUWAIT = {"id": "k1", "date": "2025-02-10", "title": "Kuwait emir dissolves parliament",
          "text": "The emir dissolved parliament in Kuwait City on Sunday."}
NAIROBI = {"id": "n1", "date": "2025-03-01", "title": "Nairobi floods",
           "text": "Floods hit Nairobi on Friday. Rain returned to Nairobi on Saturday."}
KUWAIT_CITY = "path.pl-geonames-285787"


def test_a_slider_step_after_a_delete_elsewhere_drops_the_deleted_places(
        offline_page, tmp_path, geoparser):
    with serve_feed(tmp_path, (KUWAIT, NAIROBI), geoparser) as (url, ids):
        page = offline_page.page
        page.goto(f"{url}/?place=Kuwait+City", timeout=TIMEOUT)
        page.get_by_text("Read the whole article").first.wait_for(timeout=TIMEOUT)
        frame = page.frame_locator(MAP_FRAME).first
        frame.locator(KUWAIT_CITY).first.wait_for(state="attached", timeout=TIMEOUT)
        store = open_store(tmp_path / "feed.db")
        store.delete_articles([ids[KUWAIT["title"]]])
        store.close()
        thumbs = page.locator("[data-testid=stMain] [data-testid=stSlider] input[type=range]")
        thumbs.nth(1).focus()
        page.keyboard.press("ArrowLeft")
        page.wait_for_function(
            "() => !document.querySelector('[data-testid=stMain]').innerText"
            ".includes('1 article in this window')", timeout=TIMEOUT)
        page.wait_for_timeout(3000)  # (the map's iframe redraws last)
        assert frame.locator(KUWAIT_CITY).count() == 0
    assert offline_page.blocked == []
