"""Audit 18 in a real browser: the map's note names the articles whose places have no date
and opens each on the Articles page (item 12); a card's title links to the original story
(14); the kind filter speaks in words, and a link's codes still choose (24)."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import serve_feed
from tests.browser.test_dashboard_browser import TIMEOUT, open_map, query
from tests.test_audit18_pages import ACCRA, LAGOS, LEEDS

pytestmark = pytest.mark.browser
KINDS = {"id": "t1", "date": "2024-03-02", "title": "Storms",  # a state, a country, a river
         "text": "Storms hit Texas and Nigeria on Friday, and the River Thames rose."}


@pytest.fixture(scope="module")
def feed_dashboard(tmp_path_factory, geoparser):
    """A dashboard on an undated Lagos story, a dated Accra one and a Leeds one with a URL."""
    with serve_feed(tmp_path_factory.mktemp("audit18"), (LAGOS, ACCRA, LEEDS, KINDS),
                    geoparser) as (url, _):
        yield url


def test_the_no_date_note_opens_its_article_on_the_articles_page(offline_page, feed_dashboard):
    page, _ = open_map(offline_page, feed_dashboard)
    main = page.locator("[data-testid=stMain]")
    main.get_by_text("1 article names places with no date").wait_for(timeout=TIMEOUT)
    link = main.get_by_role("link", name="“Floods in Lagos”")
    assert "(Lagos, Ikeja)" in main.inner_text()
    target = link.get_attribute("target")
    if target == "_blank":  # (Streamlit opens Markdown links in a new tab)
        with offline_page.context.expect_page() as opened:
            link.click()
        page = opened.value
    else:
        link.click()
    page.get_by_role("heading", name="Floods in Lagos").wait_for(timeout=TIMEOUT)
    assert re.search(r"/Articles\?article=\d+$", page.url), page.url
    assert offline_page.blocked == []


def test_a_card_s_title_links_to_the_original_story(offline_page, feed_dashboard):
    page, _ = open_map(offline_page, f"{feed_dashboard}/?place=geonames:2644688")  # Leeds
    title = page.locator("[data-testid=stMain] a", has_text="Protest in Leeds")
    title.wait_for(timeout=TIMEOUT)
    assert title.get_attribute("href") == LEEDS["url"]


def test_the_kind_filter_speaks_in_words_and_old_links_still_choose(offline_page,
                                                                    feed_dashboard):
    page, _ = open_map(offline_page, f"{feed_dashboard}/?kind=city")
    sidebar = page.locator("[data-testid=stSidebar]")
    sidebar.get_by_text("town or city").first.wait_for(timeout=TIMEOUT)  # the chosen chip
    page.wait_for_function("() => location.search.includes('kind=town')", timeout=TIMEOUT)
    assert query(page)["kind"] == ["town or city"]
    sidebar.get_by_role("combobox").first.click()  # the list of kinds opens
    options = page.get_by_role("option")
    options.first.wait_for(timeout=TIMEOUT)
    shown = set(options.all_inner_texts())
    assert {"state / province", "country", "body of water"} <= shown, shown
    assert not shown & {"admin1", "admin2", "city", "water"}, shown
