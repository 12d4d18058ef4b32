"""Audit 22 in a real browser: "in every article", chosen in Wrong place? while an ingest
stores articles naming the name, stays chosen through the form's next steps, and Save
stores a correction of every article (item 7)."""

from __future__ import annotations

import pytest

from tests.browser.conftest import served
from tests.browser.test_dashboard_browser import TIMEOUT
from tests.test_audit22_pages import PARIS_COUNCIL, PARIS_IL, _ingest_meanwhile

pytestmark = pytest.mark.browser


def _checked(page) -> list[str]:
    """The labels of the form's checked radio buttons."""
    return page.evaluate("() => [...document.querySelectorAll('input[type=radio]')]"
                         ".filter(e => e.checked)"
                         ".map(e => (e.closest('label') || e.parentElement).innerText)")


def _settled(page) -> None:
    """Streamlit's run ended (its "Running…" widget gone)."""
    page.wait_for_timeout(500)
    page.locator("[data-testid=stStatusWidget]").wait_for(state="detached", timeout=TIMEOUT)


def test_every_article_stays_chosen_while_an_ingest_stores_articles(offline_page, tmp_path,
                                                                    geoparser):
    """The audit: chosen, then the search typed while an ingest ran, the radio went back
    to "only in “Paris council meets”", and Save stored a one-article correction."""
    from placeline.ingest import RawDocument
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    db = tmp_path / "paris.db"
    store = open_store(db)
    Pipeline(store, geoparser).ingest([RawDocument("paris_il.txt", PARIS_COUNCIL)])
    store.close()
    with served(db) as url:
        page = offline_page.page
        page.goto(f"{url}/?place={PARIS_IL}", timeout=TIMEOUT)
        page.get_by_text("Wrong place? Correct").click()
        page.get_by_text("in every article").click()
        _settled(page)
        assert any(c.startswith("in every article") for c in _checked(page))
        _ingest_meanwhile(db, geoparser, range(3))  # a cron's ingest, between two steps
        page.get_by_text("Enter coordinates").click()
        page.get_by_label("Latitude").fill("39.61")
        page.get_by_label("Longitude").fill("-87.70")
        page.get_by_label("Longitude").press("Tab")
        _settled(page)
        page.get_by_text("the 4 naming").wait_for(timeout=TIMEOUT)
        assert any(c.startswith("in every article") for c in _checked(page)), _checked(page)
        page.get_by_role("button", name="Save correction").click()
        page.wait_for_function("() => location.search.includes('place=user')",
                               timeout=TIMEOUT)
    store = open_store(db)
    [correction] = store.corrections()
    assert correction["context_hint"] == ""  # every article, as chosen
    store.close()
    assert offline_page.blocked == []
