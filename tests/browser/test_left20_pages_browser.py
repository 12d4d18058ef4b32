"""Left open by the twentieth session's reviews, in a real browser: a link to a place with no
events in the window chooses it, and the panel's button moves the window to its events
(item 1)."""

from __future__ import annotations

import pytest

from tests.browser.test_audit19_map_browser import _panel_says, busy_dashboard  # noqa: F401
from tests.browser.test_dashboard_browser import open_map, query
from tests.test_audit19_map import MORIOKA

pytestmark = pytest.mark.browser


def test_a_link_to_a_place_outside_the_window_opens_it_and_moves_there(offline_page,
                                                                      busy_dashboard):  # noqa: F811
    page, _ = open_map(offline_page, f"{busy_dashboard}/?window=2024-03-01&window=2024-03-10"
                                     f"&place={MORIOKA}")
    _panel_says(page, "Morioka has no events in this window: its events are on 26 Mar 2024")
    assert page.get_by_role("combobox", name="Place", exact=True).input_value() == "Morioka"
    assert "widen the window" not in page.locator("[data-testid=stMain]").inner_text()
    page.get_by_role("button", name="Move the window to its events").click()
    _panel_says(page, "Quake in Morioka", "has no events in this window")
    page.wait_for_function("() => location.search.includes('window=2024-03-26')")
    assert query(page)["window"] == ["2024-03-26", "2024-03-26"]
    assert query(page)["place"] == [MORIOKA]
    assert offline_page.blocked == []
