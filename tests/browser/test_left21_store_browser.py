"""Left open by the twentieth session's reviews, in a real browser: an unexpected error's box
offers no "Ask Google" nor "Ask ChatGPT" (item 4)."""

from __future__ import annotations

import sqlite3

import pytest

from placeline.pipeline import Pipeline
from placeline.store import open_store
from tests.browser.conftest import served
from tests.browser.test_dashboard_browser import TIMEOUT
from tests.test_left21_store import LEEDS

pytestmark = pytest.mark.browser


def test_an_error_box_has_no_links_out(offline_page, tmp_path, geoparser):
    """On this machine Streamlit's box under an error linked Google and ChatGPT with its
    text (seen with `--client.showErrorLinks auto`, its default): .streamlit/config.toml turns
    them off. A store whose events' dates no one can read makes every page fail."""
    db = tmp_path / "unreadable.db"
    store = open_store(db)
    Pipeline(store, geoparser).ingest([LEEDS])
    store.close()
    with sqlite3.connect(db) as raw:
        raw.execute("UPDATE events SET date = 'not a date'")
    raw.close()
    with served(db) as url:
        page = offline_page.page
        page.goto(url, timeout=TIMEOUT)
        box = page.locator("[data-testid=stException]")
        box.get_by_text("recorded in the logs").wait_for(timeout=TIMEOUT)
        assert box.locator("a").count() == 0
        assert box.get_by_text("Ask Google").count() == box.get_by_text("Ask ChatGPT").count() \
            == 0
    assert offline_page.blocked == []
