"""Fix 53 in a real browser: with the map in one tab and the Articles page in another, an
article deleted in the second is off the first's map at its next slider step (audit 30,
item 2), which reruns the time fragment alone (AppTest runs the whole script)."""

from __future__ import annotations

import time

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
MAIN = "[data-testid=stMain]"


def test_a_slider_step_after_a_delete_in_another_tab_drops_the_deleted_places(
        offline_page, tmp_path, geoparser):
    with serve_feed(tmp_path, (KUWAIT, NAIROBI), geoparser) as (url, ids):
        page = offline_page.page
        page.goto(f"{url}/?place=Kuwait+City", timeout=TIMEOUT)
        page.get_by_text("Read the whole article").first.wait_for(timeout=TIMEOUT)
        frame = page.frame_locator(MAP_FRAME).first
        frame.locator(KUWAIT_CITY).first.wait_for(state="attached", timeout=TIMEOUT)

        other = offline_page.context.new_page()  # the second tab, same browser
        other.goto(f"{url}/Articles?article={ids[KUWAIT['title']]}", timeout=TIMEOUT)
        heading = other.locator(f"{MAIN} h2").filter(has_text=KUWAIT["title"])
        heading.wait_for(timeout=TIMEOUT)
        other.wait_for_timeout(2000)  # (the link's own rerun: the box then keeps it)
        heading.wait_for(timeout=TIMEOUT)
        other.get_by_role("button", name="Delete this article").click()
        other.get_by_role("button", name="Delete", exact=True).click()
        assert _stored_after_delete(tmp_path / "feed.db") == [ids[NAIROBI["title"]]], \
            other.locator(MAIN).inner_text()

        page.bring_to_front()
        page.locator(f"{MAIN} [data-testid=stSlider] input[type=range]").nth(1).focus()
        page.keyboard.press("ArrowLeft")
        page.wait_for_function(  # the panel had kept "Kuwait City · … · 1 article in this
            "() => !document.querySelector('[data-testid=stMain]').innerText"  # window"
            ".includes('1 article in this window')", timeout=TIMEOUT)
        page.wait_for_timeout(3000)  # (the map's iframe redraws last)
        assert frame.locator(KUWAIT_CITY).count() == 0
        assert page.get_by_text("1 article on this map was deleted since the page was "
                                "loaded").count() == 1
    assert offline_page.blocked == []


def _stored_after_delete(db, seconds: float = 30) -> list[int]:
    """The store's article ids once fewer than two are left (the delete committed)."""
    deadline = time.monotonic() + seconds
    while True:
        store = open_store(db)
        stored = store.article_ids()
        store.close()
        if len(stored) < 2 or time.monotonic() > deadline:
            return stored
        time.sleep(0.2)
