"""UI 69 in a real browser: ⤢ fits a later window whose places the map's frame draws the
long way round (what only Chromium draws); Last N's unit is chosen by the keyboard."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import OfflinePage, served
from tests.browser.test_audit16_mapui_browser import map_window, view
from tests.browser.test_dashboard_browser import TIMEOUT, open_map
from tests.browser.test_ui64_browser import CIRCLES_JS
from tests.browser.test_ui67_browser import DRAWN_JS

pytestmark = pytest.mark.browser


@pytest.fixture
def pacific_first(tmp_path, geoparser):
    from tests.test_ui69 import far_store

    with served(far_store(tmp_path, geoparser)) as url:
        yield url


def _step_to(page, thumb, day: str) -> None:
    """Move a thumb of the window's slider with the keyboard to `day`."""
    thumb.focus()
    for _ in range(12):
        now = thumb.get_attribute("aria-valuetext")
        if now == day:
            return
        page.keyboard.press("ArrowRight" if now < day else "ArrowLeft")
        page.wait_for_function("([input, was]) => input.getAttribute('aria-valuetext') "
                               "!== was", arg=[thumb.element_handle(), now], timeout=TIMEOUT)
        page.wait_for_timeout(800)
    raise AssertionError(f"the slider did not reach {day}")


def test_the_fit_button_fits_a_later_window_in_its_own_frame(browser, pacific_first):
    """The session opens on Fiji and Samoa, so the map is cut at Fiji; the slider then moves
    to Tokyo and Honolulu, drawn at 500 and 202 E in that frame. ⤢ had fitted them across
    the Atlantic at zoom 1; now it draws them across the Pacific and fits them there, and
    the next step of the slider keeps them where ⤢ drew them."""
    page = OfflinePage(browser, width=1400, height=1000)
    try:
        shown, frame = open_map(page, f"{pacific_first}/?window=2024-02-10&window=2024-02-11")
        shown.wait_for_timeout(1500)
        slider = shown.locator("[data-testid=stMain] [data-testid=stSlider]").first.locator(
            "input[type=range]")
        _step_to(shown, slider.last, "2024-04-09")
        _step_to(shown, slider.first, "2024-04-08")
        map_window(shown).wait_for_function(
            f"() => Object.keys(({DRAWN_JS})()).length === 2", timeout=TIMEOUT)
        frame.get_by_role("button", name="Show every place in the window").click()
        shown.wait_for_timeout(1500)
        zoom, _, lon = view(shown)
        assert zoom >= 2.5, zoom
        assert 139 < lon < 203, lon  # (the Pacific, not the Atlantic at 350)
        total, inside = frame.locator("body").evaluate(f"body => ({CIRCLES_JS})()")
        assert total == 2 and inside == 2
        fitted = map_window(shown).evaluate(DRAWN_JS)
        _step_to(shown, slider.first, "2024-04-09")  # (Honolulu alone)
        _step_to(shown, slider.first, "2024-04-08")  # (Tokyo again)
        map_window(shown).wait_for_function(
            f"() => Object.keys(({DRAWN_JS})()).length === 2", timeout=TIMEOUT)
        assert map_window(shown).evaluate(DRAWN_JS) == fitted
        assert page.blocked == []
    finally:
        page.close()


def test_last_n_months_by_the_keyboard(offline_page, dashboard):
    """Last N counts months and years: the unit is a radio group, one Tab stop whose arrow
    keys choose, and the window, its summary and the URL follow."""
    page, _ = open_map(offline_page, f"{dashboard}/?mode=Last+N&until=2023-03-02")
    status = page.locator("[role=status]").first
    expect(status).to_contain_text(re.compile(r"^24 Feb 2023 – 2 Mar 2023"), timeout=TIMEOUT)
    days = page.get_by_role("radio", name="days")
    days.focus()
    page.keyboard.press("ArrowRight")
    expect(page.get_by_role("radio", name="months")).to_be_checked(timeout=TIMEOUT)
    expect(status).to_contain_text(re.compile(r"^3 Sep 2022 – 2 Mar 2023"), timeout=TIMEOUT)
    expect(page.get_by_label("Months in the window")).to_have_value("6")
    page.wait_for_function("() => location.search.includes('unit=months')", timeout=TIMEOUT)
    assert offline_page.blocked == []


@pytest.fixture
def empty_store(tmp_path):
    with served(tmp_path / "fresh.db") as url:
        yield url, tmp_path / "fresh.db"


def test_an_uploaded_table_s_columns_are_chosen_on_the_page(offline_page, empty_store,
                                                              tmp_path):
    """A CSV whose text column is "Words" had been skipped with its columns listed, and the
    page sent the user to the command line. Now its first rows are shown with boxes for the
    text, title and date columns, chosen by the keyboard, and the file is read by them."""
    from placeline.store import open_store
    from tests.test_ui69 import TABLE

    url, db = empty_store
    table = tmp_path / "export.csv"
    table.write_text(TABLE, encoding="utf-8")
    page = offline_page.page
    page.goto(f"{url}/Ingest", timeout=TIMEOUT)
    page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(str(table))
    page.get_by_text("none of its columns is read as the articles' text").wait_for(
        timeout=TIMEOUT)
    page.get_by_text("Without a text column the file is skipped").wait_for(timeout=TIMEOUT)
    for label, column in (("Text column", "Words"), ("Title column (optional)", "Heading"),
                          ("Date column (optional)", "Filed")):
        box = page.get_by_role("combobox", name=label)
        box.click()
        page.keyboard.type(column)
        page.keyboard.press("Enter")
        expect(box).to_have_value(column, timeout=TIMEOUT)
    expect(page.get_by_text("Without a text column the file is skipped")).to_have_count(0)
    page.get_by_role("button", name="Ingest", exact=True).click()
    page.get_by_text(re.compile(r"^1 added")).wait_for(timeout=2 * TIMEOUT)
    store = open_store(db)
    (row,) = store.articles_frame().to_dict("records")
    assert row["title"] == "Bridge reopens" and str(row["published"])[:10] == "2020-08-04"
    store.close()
    assert offline_page.blocked == []


def test_show_all_dates_leaves_the_focus_on_the_window(offline_page, dashboard):
    """The button goes with the note it ends, and the focus had fallen to the page: a
    keyboard's reader had to Tab down to the window again. Now it is on the slider."""
    page, _ = open_map(offline_page, f"{dashboard}/?mode=Last+N&until=2023-03-02&days=3")
    button = page.get_by_role("button", name="Show all dates")
    button.focus()
    page.keyboard.press("Enter")
    expect(button).to_have_count(0, timeout=TIMEOUT)
    page.wait_for_function("() => document.activeElement && document.activeElement"
                           ".closest('.st-key-window') !== null", timeout=TIMEOUT)
    assert page.evaluate("() => document.activeElement.type") == "range"


def test_space_on_the_fit_button_fits(offline_page, dashboard):
    """A role=button answers Space: on the ⤢ link it had scrolled the page instead."""
    from tests.browser.test_dashboard_browser import MAP_FRAME

    page, frame = open_map(offline_page, dashboard)
    page.locator(MAP_FRAME).scroll_into_view_if_needed()
    page.wait_for_timeout(1000)
    fitted = view(page)
    for _ in range(3):
        frame.locator(".leaflet-control-zoom-in").click()
        page.wait_for_timeout(400)
    assert view(page)[0] > fitted[0]
    frame.get_by_role("button", name="Show every place in the window").focus()
    page.keyboard.press(" ")
    page.wait_for_timeout(1000)
    assert view(page)[0] == fitted[0]
