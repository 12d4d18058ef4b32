"""UI 71 in a real browser (audit 38, item 3): a card's "Why here?", opened from the
keyboard, names the readings weighed and the clue that decided; the correction form's
"in the articles where it is placed at X now" corrects those and leaves the others."""

from __future__ import annotations

import pytest

from placeline.store import open_store
from tests.browser.conftest import serve_feed
from tests.browser.test_dashboard_browser import TIMEOUT

pytestmark = pytest.mark.browser
MAIN = "[data-testid=stMain]"
ROWS = (
    {"id": "i1", "date": "2024-03-04", "title": "Corn prices",
     "text": "Farmers from Peoria, Decatur and Springfield met on Monday to talk of corn."},
    {"id": "i2", "date": "2024-03-05", "title": "The governor's day",
     "text": "The governor spoke in Springfield on Tuesday, then flew to Chicago and Peoria."},
    {"id": "m1", "date": "2024-03-06", "title": "Two arrests",
     "text": "Police in Springfield, Massachusetts, arrested two men on Friday."},
)


def _illinois(db) -> str:
    """The id of the Springfield the two Illinois stories are placed at."""
    store = open_store(db)
    try:
        return next(m["place_id"] for a in store.article_ids() for m in store.mentions(a)
                    if m["surface"] == "Springfield" and
                    store.place(m["place_id"]).admin1 == "IL")
    finally:
        store.close()


def _states(db) -> list[str]:
    store = open_store(db)
    try:
        return sorted(store.place(m["place_id"]).admin1 for a in store.article_ids()
                      for m in store.mentions(a) if m["surface"] == "Springfield")
    finally:
        store.close()


def test_why_here_opens_from_the_keyboard_and_names_the_readings(offline_page, tmp_path,
                                                                 geoparser):
    with serve_feed(tmp_path, ROWS, geoparser) as (url, _):
        page = offline_page.page
        page.goto(f"{url}/?place={_illinois(tmp_path / 'feed.db')}", timeout=TIMEOUT)
        why = page.locator(f"{MAIN} summary").filter(has_text="Why here?").first
        why.wait_for(timeout=TIMEOUT)
        why.focus()
        page.keyboard.press("Enter")
        page.get_by_text("Decided by:").wait_for(timeout=TIMEOUT)
        page.get_by_text("The readings weighed").wait_for(timeout=TIMEOUT)
        said = page.locator(MAIN).inner_text()
        decided = said[said.index("Decided by:"):said.index("The readings weighed")]
        assert "Peoria" in decided
        assert "Springfield (town or city, Massachusetts" in said
    assert offline_page.blocked == []


def test_every_article_where_it_is_placed_here_is_corrected_as_one(offline_page, tmp_path,
                                                                    geoparser):
    with serve_feed(tmp_path, ROWS, geoparser) as (url, _):
        page = offline_page.page
        page.goto(f"{url}/?place={_illinois(tmp_path / 'feed.db')}", timeout=TIMEOUT)
        page.get_by_text("Wrong place? Correct").click()
        page.get_by_text("in the articles where it is placed at Springfield now").click()
        page.get_by_text("the 2 articles that place “Springfield” there now").wait_for(
            timeout=TIMEOUT)
        page.get_by_role("textbox", name="Search").fill("Springfield, Missouri")
        page.get_by_role("textbox", name="Search").press("Enter")
        candidates = page.get_by_role("combobox", name="Candidates")
        candidates.click()
        candidates.fill("town or city, Missouri")
        page.get_by_role("option").filter(has_text=", US,").first.click()
        save = page.get_by_role("button", name="Save correction")
        page.wait_for_function("() => [...document.querySelectorAll('button')].some("
                               "b => b.innerText.includes('Save correction') && !b.disabled)",
                               timeout=TIMEOUT)
        save.click()
        page.get_by_text("→ Springfield in 2 articles, as one correction").wait_for(
            timeout=TIMEOUT)
        page.goto(f"{url}/Places", timeout=TIMEOUT)
        page.locator(MAIN).get_by_text("in 2 articles, saved together").first.wait_for(
            timeout=TIMEOUT)
    assert _states(tmp_path / "feed.db") == ["MA", "MO", "MO"]
    store = open_store(tmp_path / "feed.db")
    try:
        assert len(store.corrections()) == 2
    finally:
        store.close()
    assert offline_page.blocked == []
