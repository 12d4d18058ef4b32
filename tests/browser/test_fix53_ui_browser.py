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

        _delete_in_another_tab(offline_page.context, url, ids[KUWAIT["title"]])
        assert _stored_after_delete(tmp_path / "feed.db") == [ids[NAIROBI["title"]]]
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


def _delete_in_another_tab(context, url: str, article_id: int) -> None:
    """Open the article on the Articles page in a second tab and delete it there."""
    other = context.new_page()
    other.goto(f"{url}/Articles?article={article_id}", timeout=TIMEOUT)
    heading = other.locator(f"{MAIN} h2").first
    heading.wait_for(timeout=TIMEOUT)
    other.wait_for_timeout(2000)  # (the link's own rerun: the box then keeps it)
    other.get_by_role("button", name="Delete this article").click()
    other.get_by_role("button", name="Delete", exact=True).click()


def test_a_correction_being_typed_keeps_its_fields_through_a_delete_in_another_tab(
        offline_page, tmp_path, geoparser):
    """Promise 2 beside promise 1: the map drops what was deleted without rerunning the
    whole app (fix 51's rerun had emptied a form's fields while an ingest wrote)."""
    with serve_feed(tmp_path, (KUWAIT, NAIROBI), geoparser) as (url, ids):
        page = offline_page.page
        page.goto(f"{url}/?place=Nairobi", timeout=TIMEOUT)
        page.get_by_text("Wrong place? Correct").click()
        page.get_by_text("Enter coordinates").click()
        page.get_by_label("Latitude").fill("-1.30")
        page.get_by_label("Latitude").press("Tab")
        _delete_in_another_tab(offline_page.context, url, ids[KUWAIT["title"]])
        assert _stored_after_delete(tmp_path / "feed.db") == [ids[NAIROBI["title"]]]
        page.bring_to_front()
        page.get_by_label("Longitude").fill("36.80")
        page.get_by_label("Longitude").press("Tab")
        page.get_by_text("1 article on this map was deleted since the page was loaded") \
            .wait_for(timeout=TIMEOUT)  # (the fragment reran after the delete)
        page.wait_for_timeout(1000)
        assert float(page.get_by_label("Latitude").input_value()) == -1.30
        assert float(page.get_by_label("Longitude").input_value()) == 36.80
        save = page.get_by_role("button", name="Save correction")
        assert save.count() == 1, page.locator(MAIN).inner_text()
        save.click()
        page.wait_for_function("() => location.search.includes('place=user')",
                               timeout=TIMEOUT)
    store = open_store(tmp_path / "feed.db")
    assert len(store.corrections()) == 1
    store.close()
    assert offline_page.blocked == []
