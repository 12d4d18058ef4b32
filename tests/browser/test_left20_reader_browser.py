"""The Articles page's "Original:" address in a real browser: a long one shown whole and
wrapped in its column, one too long to show cut, with the whole of it on hover, and a
hostile one's title only text."""

from __future__ import annotations

import pytest

from tests.browser.conftest import OfflinePage, serve_feed
from tests.browser.test_dashboard_browser import TIMEOUT
from tests.test_left20_reader import GUARDIAN, HOSTILE_URL, TRACKED

pytestmark = pytest.mark.browser
ROWS = {"guardian": GUARDIAN, "tracked": TRACKED, "hostile": HOSTILE_URL}


@pytest.fixture(scope="module")
def long_urls(tmp_path_factory, geoparser):
    rows = [{"id": name, "url": url, "date": "2024-03-01", "title": f"Floods {name}",
             "text": "Floods hit Leeds on Monday."} for name, url in ROWS.items()]
    with serve_feed(tmp_path_factory.mktemp("left20"), rows, geoparser) as served:
        yield served


def _original(page) -> dict:
    return page.evaluate("""() => {
        const a = [...document.querySelectorAll('[data-testid=stMain] p a')]
            .find(e => e.closest('p').innerText.includes('Original:'));
        const main = document.querySelector('[data-testid=stMain]');
        return {text: a.innerText, title: a.getAttribute('title'),
                images: main.querySelectorAll('img').length,
                overflow: main.scrollWidth > main.clientWidth};
    }""")


@pytest.mark.parametrize("width", [1400, 390])
@pytest.mark.parametrize("name", list(ROWS))
def test_the_original_address_is_whole_or_whole_on_hover(browser, long_urls, name, width):
    url, ids = long_urls
    offline = OfflinePage(browser, width=width)
    try:
        page = offline.page
        page.goto(f"{url}/Articles?article={ids[f'Floods {name}']}", timeout=TIMEOUT)
        page.locator("[data-testid=stMain]").get_by_text("Original:").wait_for(timeout=TIMEOUT)
        shown = _original(page)
        if name == "guardian":
            assert shown["text"] == GUARDIAN and shown["title"] is None
        else:
            assert shown["text"].endswith("…") and shown["title"] == ROWS[name]
        assert not shown["overflow"] and shown["images"] == 0 and not offline.dialogs
    finally:
        offline.close()
