"""Fix 43 in a real browser (audit 27): on a 1280x720 laptop and a 390 px phone the map's
least zoom (1, the world 512 px wide) was wider than the map, so "-" was greyed out while
places at the Pacific's edges were cut off, and the fit button could not fit them (item 9)."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import OfflinePage
from tests.browser.test_dashboard_browser import MAP_FRAME, TIMEOUT

pytestmark = pytest.mark.browser
SMALL = [(1280, 720), (390, 844)]  # the audit's laptop and phone


def _map(browser, dashboard: str, size: tuple[int, int]):
    """The page at `size` and the map's frame, its places drawn and first fit done."""
    page = OfflinePage(browser, *size)
    page.page.goto(dashboard, timeout=TIMEOUT)
    frame = page.page.locator(MAP_FRAME).first
    frame.wait_for(timeout=TIMEOUT)
    window = frame.element_handle().content_frame()
    window.wait_for_selector("path.leaflet-interactive, .marker-cluster", timeout=TIMEOUT)
    page.page.wait_for_timeout(1500)
    return page, window


@pytest.mark.parametrize("size", SMALL)
def test_the_whole_world_can_be_shown(browser, dashboard, size):
    """At the least zoom the world (every longitude) fits the map's width, and the map
    opens on a view that holds every place, "-" still usable."""
    page, window = _map(browser, dashboard, size)
    try:
        seen = window.evaluate("""() => {
            const box = map.getContainer().getBoundingClientRect();
            const world = map.getBoundsZoom([[-60, -180], [75, 180]]);
            const outside = [];
            for (const e of document.querySelectorAll(
                    'path.leaflet-interactive, .marker-cluster')) {
                const b = e.getBoundingClientRect();
                const x = b.x + b.width / 2, y = b.y + b.height / 2;
                if (x < box.x || x > box.right || y < box.y || y > box.bottom) {
                    outside.push(e.getAttribute('aria-label') || e.getAttribute('class'));
                }
            }
            return {world, least: map.getMinZoom(), zoom: map.getZoom(), outside,
                    width: map.getSize().x};
        }""")
        assert seen["world"] >= seen["least"], seen  # the world fits at the least zoom
        assert seen["outside"] == [], seen
        page.page.frame_locator(MAP_FRAME).first.locator(
            ".leaflet-control-zoom-out").click()
        page.page.wait_for_timeout(600)
        assert window.evaluate("() => map.getZoom()") < seen["zoom"] or \
            seen["zoom"] == seen["least"]
        assert page.blocked == []
    finally:
        page.close()


# -- item 12: the map's Tab order -------------------------------------------------------------

STOP = """() => {
    const e = document.activeElement, box = map.getContainer().getBoundingClientRect();
    const r = e.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
    return {label: e.getAttribute('aria-label') || e.tagName,
            inside: x >= box.left && x <= box.right && y >= box.top && y <= box.bottom};
}"""


OUTSIDE = """() => {
    const box = map.getContainer().getBoundingClientRect();
    return [...document.querySelectorAll('path[role=button]')].filter(e => {
        const r = e.getBoundingClientRect(), x = r.left + r.width / 2;
        return x < box.left || x > box.right;
    }).length;
}"""
# A group's label ("Group of 12 places, the busiest Leeds — 5 articles: press Enter …") or
# a circle's ("Leeds — 5 articles").
GROUP = re.compile(r"^Group of (\d+) places, the busiest .* — (\d+) articles?:")
CIRCLE = re.compile(r" — (\d+) articles?$")


def _tab_stops(page, window) -> list[dict]:
    """The map's places as Tab reaches them from the map itself, up to its buttons, each
    with its weight: (places, articles of the busiest)."""
    window.evaluate("() => map.getContainer().focus({preventScroll: true})")
    found = []
    for _ in range(80):
        page.keyboard.press("Tab")
        stop = window.evaluate(STOP)
        group, circle = GROUP.search(stop["label"]), CIRCLE.search(stop["label"])
        if not (group or circle):
            break
        stop["weight"] = (int(group[1]), int(group[2])) if group else (1, int(circle[1]))
        found.append(stop)
    return found


@pytest.mark.parametrize("query", ["/?group=on", ""])
def test_tab_reaches_the_busiest_places_first_and_only_those_in_view(browser, dashboard,
                                                                       query):
    """The audit's Tab went through one-article circles and groups before the groups of
    665 and 159 places, and stopped on a group cut off by the map's edge."""
    page, window = _map(browser, dashboard + query, (1280, 720))
    try:
        if query:
            window.wait_for_selector(".marker-cluster", timeout=TIMEOUT)
        else:  # some circles off the map's edge, as the reader's panning leaves them
            window.evaluate("() => map.panBy([-300, 0], {animate: false})")
        page.page.wait_for_timeout(1000)
        outside = window.evaluate(OUTSIDE)
        assert query or outside, "no circle is off the map: nothing to skip"
        stops = _tab_stops(page.page, window)
        assert len(stops) >= 3, stops
        weights = [stop["weight"] for stop in stops]
        assert weights == sorted(weights, reverse=True), [s["label"] for s in stops]
        assert all(stop["inside"] for stop in stops), stops
        if query:
            assert weights[0][0] > 1 and weights[-1][0] == 1, stops
    finally:
        page.close()


# -- item 10: the rows of choices at 1280x720 -----------------------------------------------

CLIPPED = """() => [...document.querySelectorAll('[data-testid=stButtonGroup]')].flatMap(g => {
    const box = g.getBoundingClientRect();
    return [...g.querySelectorAll('button')].filter(b => b.innerText.trim()).map(b => {
        const r = b.getBoundingClientRect();
        return {label: b.innerText, clipped: r.right > box.right + 1 || r.x < box.x - 1};
    });
})"""


@pytest.mark.parametrize("path", ["", "/Articles"])
def test_every_choice_is_shown_whole_on_a_laptop(browser, dashboard, path):
    """ "Cumula", "Publication dat", "No publication dat": the rows of choices scrolled
    sideways past their column's edge; "Date by" now sits in the sidebar, and the
    Articles page gives Show more of its row."""
    page = OfflinePage(browser, 1280, 720)
    try:
        page.page.goto(dashboard + path, timeout=TIMEOUT)
        page.page.locator("[data-testid=stButtonGroup] button").first.wait_for(
            timeout=TIMEOUT)
        page.page.wait_for_timeout(1500)
        choices = page.page.evaluate(CLIPPED)
        wanted = {"Cumulative", "Publication date"} if not path else {"No publication date"}
        assert wanted <= {choice["label"] for choice in choices}, choices
        assert [c["label"] for c in choices if c["clipped"]] == []
    finally:
        page.close()
