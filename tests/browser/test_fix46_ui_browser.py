"""Fix 46 in a real browser: after a Delete on the Articles page the popover is closed, so
a second click deletes nothing, and the box names the article shown (audit 28, item 1;
AppTest shows the popover's state, not what Chromium draws)."""

from __future__ import annotations

import pytest

from placeline.store import open_store
from tests.browser.conftest import seeds_copy, served
from tests.browser.test_dashboard_browser import TIMEOUT

pytestmark = pytest.mark.browser


def test_after_a_delete_the_popover_is_gone_and_the_box_shows_the_article(
        offline_page, seeds_store, tmp_path):
    db = seeds_copy(seeds_store, tmp_path / "delete.db")
    with served(db) as url:
        page = offline_page.page
        page.goto(f"{url}/Articles", timeout=TIMEOUT)
        main = page.locator("[data-testid=stMain]")
        heading = main.locator("h2").first
        heading.wait_for(timeout=TIMEOUT)
        first = heading.inner_text()
        page.get_by_role("button", name="Delete this article").click()
        page.get_by_role("button", name="Delete", exact=True).click()
        page.wait_for_function(
            "t => [...document.querySelectorAll('[data-testid=stMain] h2')]"
            ".every(h => h.innerText !== t)", arg=first, timeout=TIMEOUT)
        page.wait_for_timeout(2000)  # (the rerun's last deltas)
        shown = heading.inner_text()
        confirm = page.get_by_role("button", name="Delete", exact=True)
        assert confirm.count() == 0 or not confirm.first.is_visible()
        box = page.locator("[data-testid=stSelectbox]").filter(has_text="Open an article")
        said = box.inner_text() + " ".join(
            field.input_value() for field in box.locator("input").all()) + " ".join(
            box.locator("[value]").evaluate_all("es => es.map(e => e.getAttribute('value'))"))
        assert shown[:40] in said and first[:40] not in said
    store = open_store(db)
    assert len(store.article_ids()) == 4
    store.close()
    assert offline_page.blocked == []
