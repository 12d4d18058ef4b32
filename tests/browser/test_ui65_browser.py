"""UI 65 in a real browser (audit 36, 1.2 and 1.4): Undo of a correction asks in a popover,
says what it undid and offers Redo; a place the geoparser missed is added from the Articles
page. What only Chromium shows: a popover opened and its button clicked, a rerun's note."""

from __future__ import annotations

import pytest

from tests.browser.conftest import seeds_copy, served
from tests.browser.test_dashboard_browser import TIMEOUT

pytestmark = pytest.mark.browser


@pytest.fixture
def corrected_db(seeds_store, tmp_path):
    """A copy of the seeds store with "Izyum" corrected, everywhere, to a pin elsewhere."""
    from placeline.pipeline import Pipeline
    from placeline.store import open_store
    from tests.test_ui65 import SOMEWHERE

    db = seeds_copy(seeds_store, tmp_path / "corrected.db")
    store = open_store(db)
    store.add_correction("Izyum", SOMEWHERE)
    Pipeline(store).reprocess(store.articles_with_surface("Izyum"))
    store.close()
    return db


def test_undo_asks_says_and_redo_puts_it_back(offline_page, corrected_db):
    """One click on Undo had removed the correction at once, silently, for good."""
    from placeline.store import open_store

    with served(corrected_db) as url:
        page = offline_page.page
        page.goto(f"{url}/Places", timeout=TIMEOUT)
        page.get_by_text("Your corrections").wait_for(timeout=TIMEOUT)
        page.get_by_role("button", name="Undo", exact=True).click()
        page.get_by_text("Undo “Izyum” → Somewhere Else, every article?").wait_for(
            timeout=TIMEOUT)
        store = open_store(corrected_db)
        assert len(store.corrections()) == 1  # (asked, not yet undone)
        page.get_by_role("button", name="Undo the correction").click()
        page.get_by_text("Undone: “Izyum” → Somewhere Else (every article)").wait_for(
            timeout=TIMEOUT)
        assert store.corrections() == []
        page.get_by_role("button", name="Redo").click()
        page.get_by_text("Redone: “Izyum” → Somewhere Else").wait_for(timeout=TIMEOUT)
        assert [c["surface"] for c in store.corrections()] == ["Izyum"]
        store.close()


def test_a_missed_place_is_added_from_the_articles_page(offline_page, seeds_store, tmp_path):
    """"Correct a place found here" listed only places found (audit 36, 1.4)."""
    from placeline.store import open_store

    db = seeds_copy(seeds_store, tmp_path / "added.db")
    store = open_store(db)
    article = next(a for a in store.article_ids() if "UN in Geneva" in store.article(a)["text"])
    store.close()
    with served(db) as url:
        page = offline_page.page
        page.goto(f"{url}/Articles?article={article}", timeout=TIMEOUT)
        page.get_by_text("Missing place? Add one").click()
        name = page.get_by_role("textbox", name="Name as written")
        name.fill("Kremlin")  # ("the Kremlin": a seat of power, no place in this article)
        name.press("Enter")
        page.get_by_text("Written 1 time in this article").wait_for(timeout=TIMEOUT)
        page.get_by_text("Enter coordinates").last.click()
        page.get_by_role("spinbutton", name="Latitude").fill("55.752")
        page.get_by_role("spinbutton", name="Latitude").press("Enter")
        page.get_by_role("spinbutton", name="Longitude").fill("37.617")
        page.get_by_role("spinbutton", name="Longitude").press("Enter")
        page.get_by_role("button", name="Add place").click()
        page.get_by_text("Added: “Kremlin” → Kremlin").wait_for(timeout=TIMEOUT)
    store = open_store(db)
    assert [m["country"] for m in store.mentions(article) if m["surface"] == "Kremlin"] == ["RU"]
    store.close()
