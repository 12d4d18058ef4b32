"""The dashboard in a real browser, with no internet: see the map, scrub, click, read."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import ARTIFACTS

pytestmark = pytest.mark.browser
TIMEOUT = 60_000


def open_map(offline_page, url: str):
    page = offline_page.page
    page.goto(url, timeout=TIMEOUT)
    frame = page.frame_locator("iframe[title*='streamlit_folium']").first
    frame.locator(".leaflet-container").wait_for(timeout=TIMEOUT)
    frame.locator("path.leaflet-interactive").first.wait_for(timeout=TIMEOUT)
    return page, frame


def markers(frame) -> int:
    return frame.locator("path.leaflet-interactive").count()


def test_the_map_renders_offline_with_places_and_country_outlines(offline_page, dashboard):
    page, frame = open_map(offline_page, dashboard)
    assert markers(frame) >= 20
    frame.locator(".leaflet-pane path").nth(100).wait_for(state="attached", timeout=TIMEOUT)
    assert offline_page.blocked == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)


def test_moving_the_slider_changes_the_markers(offline_page, dashboard):
    page, frame = open_map(offline_page, dashboard)
    before = markers(frame)
    end_thumb = page.locator("[data-testid=stSlider] input[type=range]").nth(1)
    end_thumb.focus()
    page.keyboard.press("Home")  # the end of the window jumps to the first day
    page.wait_for_function(
        "n => { const f = document.querySelector(\"iframe[title*='streamlit_folium']\");"
        " return f && f.contentDocument.querySelectorAll('path.leaflet-interactive').length"
        " !== n; }", arg=before, timeout=TIMEOUT)
    after = markers(frame)
    assert 0 < after < before
    assert re.search(r"from=\d{4}-\d\d-\d\d&to=", page.url)


def test_clicking_a_marker_shows_the_snippets_for_that_place(offline_page, dashboard):
    page, frame = open_map(offline_page, dashboard)
    page.locator("iframe[title*='streamlit_folium']").scroll_into_view_if_needed()
    delhi = frame.locator("path.pl-geonames-1261481")
    delhi.hover()
    assert "New Delhi" in frame.locator(".leaflet-tooltip").inner_text(timeout=TIMEOUT)
    delhi.click()
    heading = page.get_by_role("heading", name="New Delhi")
    heading.wait_for(timeout=TIMEOUT)
    page.get_by_text("First fleeting meeting between the US and Russia").first.wait_for(
        timeout=TIMEOUT)
    panel_text = page.locator("[data-testid=stMain]").inner_text()
    assert "First fleeting meeting between the US and Russia" in panel_text
    assert "New Delhi witnessed the first meeting" in panel_text
    assert "place=geonames%3A1261481" in page.url
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard-selected.png"), full_page=True)
    assert offline_page.blocked == []


def test_zooming_in_separates_mariupol_from_azovstal(offline_page, dashboard):
    page, frame = open_map(offline_page, dashboard)
    page.locator("iframe[title*='streamlit_folium']").scroll_into_view_if_needed()
    mariupol = frame.locator("path.pl-geonames-701822")
    box = mariupol.bounding_box()
    for _ in range(8):  # a person zooms in on the Sea of Azov with the mouse wheel
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.mouse.wheel(0, -400)
        page.wait_for_timeout(350)
        box = mariupol.bounding_box()
    mariupol.click()
    page.get_by_role("heading", name="Mariupol").wait_for(timeout=TIMEOUT)
    page.get_by_text("Read the whole article").first.wait_for(timeout=TIMEOUT)
    highlighted = page.locator("[data-testid=stMain] strong").filter(has_text="Mariupol")
    assert highlighted.count() >= 3  # one highlighted sentence per mention, several articles
