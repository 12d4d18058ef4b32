"""UI 63 in a real browser (audit 35, items 10 and 12): Enter on the chosen circle takes
the keyboard to the reading panel, which a live region announces; the layout at 200 % zoom
and on the Articles page (what only Chromium draws)."""

from __future__ import annotations

import pytest

from tests.browser.test_dashboard_browser import MAP_FRAME, NEW_DELHI, TIMEOUT, open_map

pytestmark = pytest.mark.browser

def _news(page) -> str:
    return page.locator("[data-testid=stMain] [role=status]").evaluate_all(
        "es => es.map(e => e.textContent).join(' | ')")


def test_enter_on_the_chosen_circle_goes_to_the_reading_panel(offline_page, dashboard):
    """After Enter on a circle the panel's first control had been 168 Tab presses away, and
    nothing was announced (audit 35, item 10)."""
    page, frame = open_map(offline_page, dashboard)
    frame.locator(NEW_DELHI).focus()
    page.keyboard.press("Enter")  # chooses it, as before: the focus comes back to it
    page.wait_for_function("() => location.search.includes('place=geonames%3A1261481')",
                           timeout=TIMEOUT)
    page.get_by_text("Also mentioned here:").first.wait_for(timeout=TIMEOUT)
    page.wait_for_function(
        f"() => document.querySelector(\"{MAP_FRAME}\").contentDocument.activeElement"
        ".classList.contains('pl-geonames-1261481')", timeout=TIMEOUT)
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
