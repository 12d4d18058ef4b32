"""Audit 16, item 15 in a real browser: the slider's thumbs stand over their days' bars."""

from __future__ import annotations

import re

import pytest

from tests.browser.test_dashboard_browser import open_map

pytestmark = pytest.mark.browser


def test_the_slider_s_thumbs_stand_over_their_days_bars(offline_page, dashboard):
    page, _ = open_map(offline_page, f"{dashboard}/?window=2022-04-26&window=2022-04-28")
    bars = []  # (left, right, days named in its tooltip)
    for bar in page.locator("[role=img] div[title]").all():
        box = bar.bounding_box()
        days = re.findall(r"\d{4}-\d\d-\d\d", bar.get_attribute("title"))
        bars.append((box["x"], box["x"] + box["width"], days))
    slider = page.locator("[data-testid=stMain] [data-testid=stSlider]").first
    for label in slider.locator("[data-testid=stSliderThumbValue]").all():
        box = label.bounding_box()
        x, day = box["x"] + box["width"] / 2, label.inner_text()  # the label tops the thumb
        under = [days for left, right, days in bars if left - 2 <= x <= right + 2]
        assert under and all(days[0] <= day <= days[-1] for days in under), (day, x, under)
