"""Audit 32 items 12 and 13 in a real browser: the timeline's axis dates and caption and a
primary button ("Save date") read at WCAG AA contrast (4.5:1) in the light and the dark
theme, and the map's window summary is a polite live region that changes with the
slider."""

from __future__ import annotations

import pytest

from tests.browser.colour_js import COLOUR_FUNCTIONS
from tests.browser.test_dashboard_browser import TIMEOUT

pytestmark = pytest.mark.browser
MAIN = "[data-testid=stMain]"
AA = 4.5

# The contrast of an element's text with what is behind it: its colour over the nearest
# opaque background up its ancestors (Streamlit's elements are transparent over the app's).
CONTRAST_JS = """(element) => {
""" + COLOUR_FUNCTIONS + """  const bg = behind(element);
  const style = getComputedStyle(element);
  const fg = over(rgba(style.color), bg);
  const opacity = [];
  for (let node = element; node; node = node.parentElement)
    opacity.push(Number(getComputedStyle(node).opacity));
  const alpha = opacity.reduce((a, b) => a * b, 1);
  const seen = fg.map((v, i) => v * alpha + bg[i] * (1 - alpha));
  const [a, b] = [luminance(seen), luminance(bg)].sort((x, y) => y - x);
  return {ratio: (a + 0.05) / (b + 0.05), color: style.color, background: bg.join(','),
          text: element.innerText.slice(0, 60)};
}"""


def _page(browser, scheme: str):
    context = browser.new_context(viewport={"width": 1400, "height": 1500},
                                  color_scheme=scheme)
    return context, context.new_page()


def _contrast(locator) -> dict:
    """The contrast of `locator`'s text once the page has rerun (Streamlit fades the
    elements of a run under way)."""
    locator.page.wait_for_function(
        "() => !document.querySelector('[data-stale=true]')", timeout=TIMEOUT)
    return locator.evaluate(CONTRAST_JS)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_timeline_labels_and_a_primary_button_reach_aa_contrast(
        browser, dashboard, scheme):
    context, page = _page(browser, scheme)
    try:
        page.goto(dashboard, timeout=TIMEOUT)
        caption = page.locator(f"{MAIN} span", has_text="days without events are skipped")
        caption.first.wait_for(timeout=TIMEOUT)
        axis = caption.first.locator("xpath=..").locator("span")
        measured = [_contrast(axis.nth(i)) for i in range(axis.count())]
        measured.append(_contrast(page.locator(f"{MAIN} [role=status]").first))
        page.goto(f"{dashboard}/Articles", timeout=TIMEOUT)
        page.get_by_text("Wrong date? Set it by hand").click()
        save = page.get_by_role("button", name="Save date")
        save.wait_for(timeout=TIMEOUT)
        measured.append(_contrast(save.locator("p").first))
        save.hover()
        page.wait_for_timeout(500)  # (its colour's transition)
        measured.append(_contrast(save.locator("p").first))
    finally:
        context.close()
    print(scheme, [(m["text"][:30], round(m["ratio"], 2), m["color"], m["background"])
                   for m in measured])
    assert len(measured) == 6
    assert all(m["ratio"] >= AA for m in measured), measured


def test_the_window_summary_is_a_polite_live_region_that_changes_with_the_slider(
        offline_page, dashboard):
    """Audit 32 item 13: after a step of the slider a screen reader said only the slider's
    value; the summary of the window was in no live region. The same element must stay
    and its text change: a region put in anew is not announced by every screen reader."""
    page = offline_page.page
    page.goto(dashboard, timeout=TIMEOUT)
    # (the reading panel has a live region of its own since UI 63: the window's is the one
    # that counts places)
    status = page.locator(f"{MAIN} [role=status]").filter(has_text=" places in ")
    status.first.wait_for(timeout=TIMEOUT)
    assert status.count() == 1
    assert status.get_attribute("aria-live") == "polite"
    before = status.inner_text()
    assert " places in " in before and " – " in before
    status.evaluate("(element) => { element.dataset.seen = 'before' }")
    page.locator(f"{MAIN} [data-testid=stSlider] input[type=range]").first.focus()
    for _ in range(5):
        page.keyboard.press("ArrowRight")
    page.wait_for_function(
        "(before) => [...document.querySelectorAll('[data-testid=stMain] [role=status]')]"
        ".some(s => s.innerText.includes(' places in ') && s.innerText !== before)",
        arg=before, timeout=TIMEOUT)
    after = page.locator(f"{MAIN} [role=status]").filter(has_text=" places in ")
    assert after.count() == 1 and after.inner_text() != before
    assert after.get_attribute("data-seen") == "before", "the live region was put in anew"
    assert offline_page.blocked == []
