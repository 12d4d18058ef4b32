"""UI 64: places across the 180th meridian fitted together; the base map's switch keeps the
map; a card of near-copies shows the newest version and marks a correction notice; one
helper writes a span of days (the browser's part: tests/browser/test_ui64_browser.py)."""

from __future__ import annotations

import pytest

# -- 5. one helper writes a span of days --------------------------------------------------------

@pytest.mark.parametrize(("start", "end", "text"), [
    ("2024-03-12", "2024-03-14", "12 Mar 2024 – 14 Mar 2024"),
    ("2024-03-12", "2024-03-12", "12 Mar 2024"),
    ("2024-03-12", None, "12 Mar 2024"),
    ("2024-03-12T10:00:00+00:00", "2024-03-13", "12 Mar 2024 – 13 Mar 2024"),
    (None, None, "undated"),
    (float("nan"), None, "undated"),
])
def test_one_span_label_for_cards_and_notes(start, end, text):
    """snippets' `_span_label` and app_common's `pretty_date` / `_span_text` had each
    written a span of days; `present.span_label` is the one, its output theirs."""
    from app_common import _span_text, pretty_date
    from placeline.present import day_label, span_label
    from placeline.snippets import sentence_dates

    assert span_label(start, end) == text
    assert pretty_date(start) == day_label(start) == text.split(" – ")[0]
    if isinstance(start, str) and isinstance(end, str):
        assert _span_text(start, end) == text
    if isinstance(start, str):
        assert sentence_dates([{(start, end)}], ("2000-01-01", None)) == [text]
