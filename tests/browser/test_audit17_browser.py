"""Audit 17 in a real browser: the map's circles are named buttons that Enter and Space
select, past a skip link (item 19); links carry place ids and say what this store lacks
(13); a narrow map folds its legend and keeps the timeline's end days on one line (22)."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import OfflinePage, served
from tests.browser.test_dashboard_browser import (
    MAP_FRAME,
    MARIUPOL,
    NEW_DELHI,
    TIMEOUT,
    enter_on_new_delhi,
    open_map,
    query,
    slider_values,
)
from tests.test_audit17_dashboard import NAMESAKES, PARIS_FR, PARIS_TX, _store_of

pytestmark = pytest.mark.browser


def map_window(page):
    return page.locator(MAP_FRAME).first.element_handle().content_frame()


def focused_in_map(page) -> dict:
    """The element that has the focus inside the map's frame."""
    return map_window(page).evaluate(
        "() => { const e = document.activeElement; return {tag: e.tagName,"
        " css: e.getAttribute('class') || '', text: e.textContent,"
        " role: e.getAttribute('role'), name: e.getAttribute('aria-label')}; }")


def test_tab_meets_a_skip_link_then_named_circles_that_enter_and_space_select(
        offline_page, dashboard):
    page, frame = open_map(offline_page, dashboard)
    assert page.locator(MAP_FRAME).first.get_attribute("aria-label") == "Map of places"
    page.locator("[data-testid=stMain] [data-testid=stSlider] input[type=range]").nth(1).focus()
    page.keyboard.press("Tab")  # from the slider into the map: the skip link first
    skip = focused_in_map(page)
    assert skip["tag"] == "A" and re.match(r"Skip the \d+ places on the map", skip["text"])
    page.keyboard.press("Enter")  # … to the map's buttons
    assert "leaflet-control-zoom-in" in focused_in_map(page)["css"]

    delhi = frame.locator(NEW_DELHI)
    assert delhi.get_attribute("role") == "button"
    assert delhi.get_attribute("aria-label").startswith("New Delhi — ")
    # Enter selects the place, as a click does; the new layer drawn for the choice gives the
    # focus back to the place's circle.
    enter_on_new_delhi(page, frame)
    assert frame.locator(NEW_DELHI).get_attribute("aria-pressed") == "true"
    frame.locator(MARIUPOL).focus()
    page.keyboard.press(" ")
    page.wait_for_function("() => location.search.includes('place=geonames%3A701822')",
                           timeout=TIMEOUT)


def test_clicking_a_circle_or_picking_a_place_puts_its_id_in_the_url(offline_page,
                                                                     dashboard):
    page, frame = open_map(offline_page, dashboard)
    page.locator(MAP_FRAME).scroll_into_view_if_needed()
    frame.locator(NEW_DELHI).click()
    page.wait_for_function("() => location.search.includes('place=')", timeout=TIMEOUT)
    assert query(page)["place"] == ["geonames:1261481"]  # not "New Delhi"
    place = page.get_by_role("combobox", name="Place", exact=True)
    place.click()
    page.keyboard.type("Mariupol")
    page.keyboard.press("Enter")
    page.wait_for_function("() => location.search.includes('place=geonames%3A701822')",
                           timeout=TIMEOUT)
    page.reload()  # the link opens the same place
    page.get_by_text("Also mentioned here:").first.wait_for(timeout=TIMEOUT)
    assert page.get_by_role("combobox", name="Place", exact=True).input_value() == "Mariupol"


@pytest.mark.parametrize("width, folded", [(390, True), (1920, False)])  # (1400: UI 66)
def test_a_narrow_map_starts_with_its_legend_folded_and_the_timeline_s_days_stay_whole(
        browser, dashboard, width, folded):
    phone = OfflinePage(browser, width=width, height=900)
    try:
        page, _ = open_map(phone, dashboard)
        legend = map_window(page).evaluate("() => document.querySelector('.placeline-legend')"
                                           ".open")
        assert legend is (not folded)
        bars = page.locator("[role=img]").first
        for day in ("2022-01-01", "2023-03-02"):
            lines = bars.get_by_text(day, exact=True).evaluate(
                "e => { const r = document.createRange(); r.selectNodeContents(e);"
                " return new Set([...r.getClientRects()].map(b => Math.round(b.top))).size; }")
            assert lines == 1, day  # not "2022-/01-01"
    finally:
        phone.close()


@pytest.fixture(scope="module")
def namesakes_dashboard(tmp_path_factory, geoparser):
    """A dashboard on a store where "Paris" is two places."""
    db = tmp_path_factory.mktemp("namesakes") / "namesakes.db"
    _store_of(db, geoparser, NAMESAKES).close()
    with served(db) as url:
        yield url


def test_a_link_from_another_store_says_what_this_one_lacks(offline_page, namesakes_dashboard):
    """The audit's link, made on a store with one Paris (Texas) and a window to 1 April:
    here "Paris" is two places and no day after 14 March has events."""
    page, frame = open_map(offline_page, f"{namesakes_dashboard}/?place=Paris"
                                         "&window=2024-03-13&window=2024-04-01")
    alerts = page.locator("[data-testid=stAlert]")
    alerts.filter(has_text="could be Paris (FR) or Paris (US)").wait_for(timeout=TIMEOUT)
    alerts.filter(has_text="This link's dates, 13 Mar 2024 – 1 Apr 2024").wait_for(
        timeout=TIMEOUT)
    page.wait_for_function("() => !location.search.includes('2024-04-01')", timeout=TIMEOUT)
    # (since UI 60 its 13 March, between the days with events, is kept as the link asks;
    # 1 April, past them, moves to the last, 14 March)
    assert query(page).get("window") == ["2024-03-13", "2024-03-14"]
    assert slider_values(page) == ["2024-03-13", "2024-03-14"]
    assert page.get_by_role("combobox", name="Place", exact=True).input_value() == ""
    # (the window the link keeps holds the French story of 14 March, not the Texan of 12:
    # the one Paris in it is named without its country)
    france = frame.locator(f"path.pl-{PARIS_FR.replace(':', '-')}")
    assert france.get_attribute("aria-label") == "Paris — 1 article"
    assert frame.locator(f"path.pl-{PARIS_TX.replace(':', '-')}").count() == 0
