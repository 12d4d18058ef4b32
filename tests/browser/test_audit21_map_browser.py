"""Audit 21 in a real browser: on a laptop's window, where the map's lower part is below the
window's edge, the first click on a circle or a cluster chooses it or opens it and the page
stays where it is; a click on the map still gives it the keyboard (item 1)."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import OfflinePage
from tests.browser.test_audit16_mapui_browser import map_window, view
from tests.browser.test_dashboard_browser import MAP_FRAME, TIMEOUT

pytestmark = pytest.mark.browser
LAPTOP = (1366, 768)  # the audit's window: the map starts about half-way down


@pytest.fixture
def laptop_page(browser):
    page = OfflinePage(browser, *LAPTOP)
    yield page
    page.close()


def _map_top(page) -> float:
    return page.locator(MAP_FRAME).first.bounding_box()["y"]


def _lowest_on_screen(page, selector: str) -> tuple[float, float]:
    """The centre, on the page, of the lowest element of `selector` whose centre is on
    screen with a margin, the map's lower part being below the window's edge."""
    frame = page.frame_locator(MAP_FRAME).first
    frame.locator(selector).first.wait_for(timeout=TIMEOUT)
    page.wait_for_timeout(1000)  # (the first fit is drawn)
    box = page.locator(MAP_FRAME).first.bounding_box()
    assert box["y"] + box["height"] > LAPTOP[1], box  # the case: the map runs off the edge
    centres = []
    for element in frame.locator(selector).all():
        at = element.bounding_box()
        if at and box["y"] < at["y"] + at["height"] / 2 < LAPTOP[1] - 8:
            centres.append((at["x"] + at["width"] / 2, at["y"] + at["height"] / 2))
    assert centres, selector
    return max(centres, key=lambda centre: centre[1])


def _press(page, x: float, y: float) -> None:
    """A real click: the mouse down and up at one point, as a person's."""
    page.mouse.move(x, y)
    page.mouse.down()
    page.wait_for_timeout(80)
    page.mouse.up()


def test_the_first_click_on_a_circle_chooses_it_and_the_page_stays(laptop_page, dashboard):
    """Leaflet focused the map on mousedown, scrolling the page 300 px to show it whole:
    the click landed on the background and Moscow was not chosen until a second click."""
    page = laptop_page.page
    page.goto(dashboard, timeout=TIMEOUT)
    x, y = _lowest_on_screen(page, "path.leaflet-interactive")
    top = _map_top(page)
    origin = page.locator(MAP_FRAME).first.bounding_box()
    css = map_window(page).evaluate(
        "([x, y]) => document.elementFromPoint(x, y).getAttribute('class')",
        [x - origin["x"], y - origin["y"]])
    place = re.search(r"pl-(\w+)-(\S+)", css)
    _press(page, x, y)
    page.wait_for_function("() => location.search.includes('place=')", timeout=TIMEOUT)
    assert f"place={place.group(1)}%3A{place.group(2)}" in page.url
    assert _map_top(page) == top
    assert laptop_page.blocked == []


def test_the_first_click_on_a_cluster_opens_it_and_the_page_stays(laptop_page, dashboard):
    """The day store's "Group of 1042 places" stayed at zoom 1, the page 150 px lower."""
    page = laptop_page.page
    page.goto(f"{dashboard}/?group=on", timeout=TIMEOUT)
    x, y = _lowest_on_screen(page, ".marker-cluster")
    top, zoom = _map_top(page), view(page)[0]
    clusters = page.frame_locator(MAP_FRAME).first.locator(".marker-cluster").count()
    _press(page, x, y)
    page.wait_for_function(  # it zooms in on (or fans out) its places
        "([sel, zoom, n]) => { const w = document.querySelector(sel).contentWindow;"
        " return w.map.getZoom() > zoom || w.document.querySelectorAll("
        "'.marker-cluster').length !== n; }", arg=[MAP_FRAME, zoom, clusters],
        timeout=TIMEOUT)
    assert _map_top(page) == top
    assert laptop_page.blocked == []


def test_a_click_on_the_map_still_gives_it_the_arrow_keys(laptop_page, dashboard):
    """The focus without the scroll: the arrow keys move the map after a click on it."""
    page = laptop_page.page
    page.goto(dashboard, timeout=TIMEOUT)
    _lowest_on_screen(page, "path.leaflet-interactive")
    top = _map_top(page)
    box = page.locator(MAP_FRAME).first.bounding_box()
    _press(page, box["x"] + 30, LAPTOP[1] - 20)  # the sea off the map's west edge
    window = map_window(page)
    assert window.evaluate("() => document.activeElement === map.getContainer()")
    assert _map_top(page) == top
    before = view(page)
    page.keyboard.press("ArrowRight")
    page.wait_for_timeout(800)
    assert view(page)[2] > before[2]  # panned east
    assert _map_top(page) == top
