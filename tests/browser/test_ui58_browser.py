"""UI 58 in a real browser: the timeline's bars outside the chosen window reach WCAG 2.1's
non-text contrast (3:1) against the page, in the light and the dark theme, and still look
unlike the window's bars."""

from __future__ import annotations

import pytest

from tests.browser.colour_js import COLOUR_FUNCTIONS
from tests.browser.test_dashboard_browser import TIMEOUT
from tests.browser.test_ui57_browser import _page

pytestmark = pytest.mark.browser
NON_TEXT = 3.0

# Each bar's contrast with the page: the colour that bounds it (its box-shadow outline
# where it has one, else its fill), laid over the nearest opaque background above it.
BARS_JS = """() => {
""" + COLOUR_FUNCTIONS + """  return [...document.querySelectorAll('[role=img] div[title]')].map((bar) => {
    const style = getComputedStyle(bar);
    const bg = behind(bar.parentElement);
    const shadow = style.boxShadow.match(/rgba?\\([^)]*\\)/);
    const edge = over(rgba(shadow ? shadow[0] : style.backgroundColor), bg);
    const [a, b] = [luminance(edge), luminance(bg)].sort((x, y) => y - x);
    return {title: bar.title, fill: style.backgroundColor, shadow: style.boxShadow,
            page: bg.join(','), ratio: (a + 0.05) / (b + 0.05)};
  });
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_bars_outside_the_window_reach_3_to_1_and_look_apart(browser, dashboard, scheme):
    context, page = _page(browser, scheme)
    try:
        page.goto(f"{dashboard}/?window=2022-04-26&window=2022-04-28", timeout=TIMEOUT)
        page.locator("[role=img] div[title]").first.wait_for(timeout=TIMEOUT)
        page.wait_for_function("() => !document.querySelector('[data-stale=true]')",
                               timeout=TIMEOUT)
        bars = page.evaluate(BARS_JS)
    finally:
        context.close()
    inside = [b for b in bars if b["fill"] == "rgb(196, 65, 0)"]
    outside = [b for b in bars if b not in inside]
    print(scheme, {(b["fill"], b["shadow"], b["page"], round(b["ratio"], 2)) for b in bars})
    assert inside and outside
    assert all(b["ratio"] >= NON_TEXT for b in bars), outside[:3]
    assert all(b["shadow"] != "none" for b in outside)  # (hollow: outlined, not filled)
    assert all(b["shadow"] == "none" for b in inside)


# -- `?place=`: the link does not come back after the user acts, in a real browser ----------

KYIV, MOSCOW = "geonames:703448", "geonames:524901"
SIDEBAR = "[data-testid=stSidebar]"


def _settled(page) -> None:
    page.wait_for_timeout(800)
    page.wait_for_function("() => !document.querySelector('[data-stale=true]')",
                           timeout=TIMEOUT)
    page.wait_for_timeout(1200)  # (the rerun's last deltas)


def _chosen(page) -> str | None:
    """The place the panel reads (its line "Kyiv · Kyiv, Ukraine · … in this window")."""
    line = page.locator("[data-testid=stMain] [data-testid=stCaptionContainer]",
                        has_text="in this window")
    return line.first.inner_text().split(" · ")[0] if line.count() else None


@pytest.mark.parametrize("action", ["clear", "change", "elsewhere"])
def test_a_place_link_stays_what_the_user_made_of_it(offline_page, dashboard, action):
    """UI 56's Articles link had come back after the user acted (the box's first value
    sent by the browser); the map's `?place=` does not, acting at once after opening it:
    cleared it stays empty, changed it keeps the user's place, and another control leaves
    the linked place chosen, through a further run."""
    page = offline_page.page
    page.goto(f"{dashboard}/?place={KYIV}", timeout=TIMEOUT)
    page.get_by_text("articles in this window").first.wait_for(timeout=TIMEOUT)
    box = page.locator("[data-testid=stMain] [data-testid=stSelectbox]",
                       has_text="Place").first
    if action == "clear":
        box.locator("svg").first.click()  # (the box's ⓧ)
    elif action == "change":
        box.click()
        page.keyboard.type("Moscow")
        page.keyboard.press("Enter")
    else:
        page.locator(SIDEBAR).get_by_text("on", exact=True).click()  # (group the places)
    expected, linked = {"clear": (None, None), "change": ("Moscow", MOSCOW),
                        "elsewhere": ("Kyiv", KYIV)}[action]
    for _ in range(2):
        _settled(page)
        assert _chosen(page) == expected
        in_url = page.evaluate("() => new URLSearchParams(location.search).get('place')")
        assert in_url == linked
        page.locator(SIDEBAR).get_by_text("off", exact=True).click()  # (a further run)
    assert offline_page.blocked == []
