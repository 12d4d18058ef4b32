"""Audit 20 in a real browser: the map's note links the Articles page showing only the
articles whose places are on no map (item 22)."""

from __future__ import annotations

import pytest

from tests.browser.test_audit18_browser import feed_dashboard  # noqa: F401 — the fixture
from tests.browser.test_dashboard_browser import TIMEOUT, open_map, query

pytestmark = pytest.mark.browser


def test_the_note_s_link_shows_the_articles_with_places_on_no_map(offline_page,
                                                                 feed_dashboard):  # noqa: F811
    page, _ = open_map(offline_page, feed_dashboard)
    main = page.locator("[data-testid=stMain]")
    main.get_by_text("1 article names places with no date").wait_for(timeout=TIMEOUT)
    link = main.get_by_role("link", name="Articles page")
    if link.get_attribute("target") == "_blank":  # (Streamlit opens Markdown links in a new tab)
        with offline_page.context.expect_page() as opened:
            link.click()
        page = opened.value
    else:
        link.click()
    main = page.locator("[data-testid=stMain]")
    main.get_by_text("1 article names places with no date").wait_for(timeout=TIMEOUT)
    assert query(page)["show"] == ["Places on no map"]
    selected = main.locator("[data-testid=stButtonGroup] [aria-checked=true],"
                            " [data-testid=stButtonGroup] [aria-pressed=true]")
    assert selected.inner_text().strip() == "Places on no map"
    main.get_by_role("heading", name="Floods in Lagos").wait_for(timeout=TIMEOUT)  # the one
    assert offline_page.blocked == []
