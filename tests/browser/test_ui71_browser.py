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
    {"id": "u1", "date": "2024-03-04", "title": "Shelling in the east",
     "text": "Shelling hit Kramatorsk, Sloviansk and Alexandria overnight, officials said."},
    {"id": "u2", "date": "2024-03-05", "title": "Power cut",
     "text": "Power was cut in Kramatorsk and Alexandria after strikes on Tuesday, Ukraine's "
             "energy ministry said."},
    {"id": "e1", "date": "2024-03-06", "title": "Protests in Egypt",
     "text": "Protests spread from Cairo to Alexandria on Friday, Egypt's interior ministry "
             "said."},
)


def test_why_here_opens_from_the_keyboard_and_names_the_readings(offline_page, tmp_path,
                                                                 geoparser):
    with serve_feed(tmp_path, ROWS, geoparser) as (url, _):
        page = offline_page.page
        page.goto(f"{url}/?place=Oleksandriya", timeout=TIMEOUT)
        why = page.locator(f"{MAIN} summary").filter(has_text="Why here?").first
        why.wait_for(timeout=TIMEOUT)
        why.focus()
        page.keyboard.press("Enter")
        page.get_by_text("Decided by:").wait_for(timeout=TIMEOUT)
        page.get_by_text("The readings weighed").wait_for(timeout=TIMEOUT)
        said = page.locator(MAIN).inner_text()
        decided = said[said.index("Decided by:"):said.index("The readings weighed")]
        assert "Ukraine" in decided and "Kramatorsk" in decided
        assert "The readings weighed" in said and "Egypt" in said
    assert offline_page.blocked == []


def test_every_article_where_it_is_placed_here_is_corrected_as_one(offline_page, tmp_path,
                                                                    geoparser):
    with serve_feed(tmp_path, ROWS, geoparser) as (url, _):
        page = offline_page.page
        page.goto(f"{url}/?place=Oleksandriya", timeout=TIMEOUT)
        page.get_by_text("Wrong place? Correct").click()
        page.get_by_text("in the articles where it is placed at Oleksandriya now").click()
        page.get_by_text("the 2 articles that place “Alexandria” there now").wait_for(
            timeout=TIMEOUT)
        page.get_by_role("textbox", name="Search").fill("Alexandria, Egypt")
        page.get_by_role("textbox", name="Search").press("Enter")
        candidates = page.get_by_role("combobox", name="Candidates")
        candidates.click()
        candidates.fill("town or city, Alexandria Governorate")
        page.get_by_role("option").filter(has_text=", EG,").first.click()
        save = page.get_by_role("button", name="Save correction")
        page.wait_for_function("() => [...document.querySelectorAll('button')].some("
                               "b => b.innerText.includes('Save correction') && !b.disabled)",
                               timeout=TIMEOUT)
        save.click()
        page.get_by_text("→ Alexandria in 2 articles, as one correction").wait_for(
            timeout=TIMEOUT)
        page.goto(f"{url}/Places", timeout=TIMEOUT)
        page.locator(MAIN).get_by_text("in 2 articles, saved together").first.wait_for(
            timeout=TIMEOUT)
    store = open_store(tmp_path / "feed.db")
    try:
        countries = {a: next(m["country"] for m in store.mentions(a)
                             if m["surface"] == "Alexandria") for a in store.article_ids()}
        assert sorted(countries.values()) == ["EG", "EG", "EG"]
        assert len(store.corrections()) == 2
    finally:
        store.close()
    assert offline_page.blocked == []
