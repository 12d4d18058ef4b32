"""UI 63 in a real browser (audit 35, items 10 and 12): Enter on the chosen circle takes
the keyboard to the reading panel, which a live region announces; the layout at 200 % zoom
and on the Articles page (what only Chromium draws)."""

from __future__ import annotations

import pytest

from tests.browser.conftest import served
from tests.browser.test_dashboard_browser import (
    NEW_DELHI,
    TIMEOUT,
    enter_on_new_delhi,
    open_map,
)

pytestmark = pytest.mark.browser

def test_delete_on_one_of_two_articles_of_one_title_deletes_that_one(offline_page, tmp_path,
                                                                   geoparser):
    """On `?article=1` of two articles titled and dated alike, *Delete this article* had
    rerun the page onto the other (the box sent back a label both shared) and the next
    Delete removed it, the version the user meant to keep (audit 35, item 1)."""
    from placeline.store import open_store
    from tests.test_audit17_dashboard import _store_of
    from tests.test_ui63 import VERSIONS

    store = _store_of(tmp_path / "versions.db", geoparser, VERSIONS)
    frame = store.articles_frame()
    ids = dict(zip(frame["source"], frame["id"].astype(int), strict=True))
    store.close()
    shown, kept = ids["b1/quake.txt"], ids["b3/quake.txt"]
    with served(tmp_path / "versions.db") as url:
        page = offline_page.page
        page.goto(f"{url}/Articles?article={shown}", timeout=TIMEOUT)
        page.get_by_text("Source: b1/quake.txt").wait_for(timeout=TIMEOUT)
        page.get_by_role("button", name="Delete this article").click()
        page.get_by_text(f"(b1/quake.txt, article {shown})").wait_for(timeout=TIMEOUT)
        assert f"article={shown}" in page.url
        page.get_by_role("button", name="Delete", exact=True).click()
        page.get_by_text("Source: b3/quake.txt").wait_for(timeout=TIMEOUT)
    store = open_store(tmp_path / "versions.db")
    assert store.article_ids() == [kept]
    store.close()


def _news(page) -> str:
    return page.locator("[data-testid=stMain] [role=status]").evaluate_all(
        "es => es.map(e => e.textContent).join(' | ')")


def test_enter_on_the_chosen_circle_goes_to_the_reading_panel(offline_page, dashboard):
    """After Enter on a circle the panel's first control had been 168 Tab presses away, and
    nothing was announced (audit 35, item 10)."""
    page, frame = open_map(offline_page, dashboard)
    enter_on_new_delhi(page, frame)  # chooses it, as before: the focus comes back to it
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=stMain] [role=status]')]"
        ".some(e => e.textContent.startsWith('New Delhi: '))", timeout=TIMEOUT)
    assert "Enter on its circle again goes there." in _news(page)
    page.keyboard.press("Enter")  # again: to its articles
    page.wait_for_function("() => document.activeElement.id === 'placeline-panel'",
                           timeout=TIMEOUT)
    page.keyboard.press("Tab")  # the panel's first control: its correction form
    said = page.evaluate("() => document.activeElement.innerText || ''")
    assert "Wrong place?" in said


def test_a_click_on_the_chosen_circle_leaves_the_focus_alone(offline_page, dashboard):
    page, frame = open_map(offline_page, dashboard)
    frame.locator(NEW_DELHI).click()
    page.wait_for_function("() => location.search.includes('place=geonames%3A1261481')",
                           timeout=TIMEOUT)
    page.get_by_text("Also mentioned here:").first.wait_for(timeout=TIMEOUT)
    frame.locator(NEW_DELHI).click()
    page.wait_for_timeout(1500)
    assert page.evaluate("() => document.activeElement.id") != "placeline-panel"


def test_the_window_control_fits_its_column_at_200_percent_zoom(offline_page, dashboard):
    """At 200 % zoom (700 CSS px) "Cumulative" was cut at its column's edge (audit 35,
    item 12): the options wrap."""
    page = offline_page.page
    page.set_viewport_size({"width": 700, "height": 900})
    page.goto(dashboard, timeout=TIMEOUT)
    group = page.locator("[data-testid=stMain] [data-testid=stButtonGroup]").filter(
        has_text="Cumulative")
    group.wait_for(timeout=TIMEOUT)
    overflow = group.evaluate(
        "g => { const c = (g.closest('[data-testid=stColumn]') || g).getBoundingClientRect();"
        " return [...g.querySelectorAll('button')].map(b => b.getBoundingClientRect().right"
        " - c.right); }")
    assert len(overflow) == 3 and max(overflow) <= 1, overflow


def test_the_places_found_table_shows_each_place_s_kind(offline_page, dashboard):
    """At 1400 px the table of an article's places was a third of the page, its "place
    found" filled it and its kind showed as "k" (audit 35, item 12)."""
    page = offline_page.page
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(f"{dashboard}/Articles", timeout=TIMEOUT)
    page.get_by_text("Places found").wait_for(timeout=TIMEOUT)
    table = page.locator("[data-testid=stDataFrame]").filter(has_text="place found")
    table.wait_for(timeout=TIMEOUT)
    assert table.bounding_box()["width"] >= 215 + 125  # (the place's and kind's columns)
