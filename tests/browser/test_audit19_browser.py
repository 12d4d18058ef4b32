"""Audit 19 in a real browser: the Articles page's "Original:" address and a card's linked
title are shown, and copied, exactly as written, one link each (item 17)."""

from __future__ import annotations

import pytest

from tests.browser.conftest import serve_feed
from tests.browser.test_dashboard_browser import TIMEOUT, open_map
from tests.test_audit18_pages import LEEDS

pytestmark = pytest.mark.browser
YORK = {"id": "s2", "url": "https://news.example/york?a=1&b=(2)", "date": "2024-03-02",
        "title": "Floods in York: see www.york.example or mail desk@york.example",
        "text": "Floods hit York on Friday."}


@pytest.fixture(scope="module")
def url_dashboard(tmp_path_factory, geoparser):
    with serve_feed(tmp_path_factory.mktemp("audit19"), (LEEDS, YORK), geoparser) as served:
        yield served


def _links(page) -> list[tuple[str, str]]:
    return page.eval_on_selector_all(
        "[data-testid=stMain] a", "els => els.map(e => [e.innerText, e.getAttribute('href')])")


@pytest.mark.parametrize("row", [LEEDS, YORK])
def test_the_original_address_copies_as_an_address(offline_page, url_dashboard, row):
    url, ids = url_dashboard
    page = offline_page.page
    page.goto(f"{url}/Articles?article={ids[row['title']]}", timeout=TIMEOUT)
    page.locator("[data-testid=stMain]").get_by_text("Original:").wait_for(timeout=TIMEOUT)
    shown = [(text, href) for text, href in _links(page) if "news.example" in href]
    assert len(shown) == 1, shown
    text, href = shown[0]
    assert text == row["url"] and "\u2060" not in text  # (what a copy gives)
    assert href.replace("%28", "(").replace("%29", ")") == row["url"]


def test_a_card_s_linked_title_copies_as_written(offline_page, url_dashboard):
    url, _ = url_dashboard
    page, _ = open_map(offline_page, f"{url}/?place=geonames:2633352")  # York
    title = page.locator("[data-testid=stMain] a", has_text="Floods in York")
    title.wait_for(timeout=TIMEOUT)
    assert title.inner_text() == YORK["title"]
    assert [t for t, _ in _links(page) if "york.example" in t] == [YORK["title"]]  # no
    # address in it made a link of its own
