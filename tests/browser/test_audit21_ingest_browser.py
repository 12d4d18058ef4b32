"""Audit 21 in a real browser: the map's CSV download is one Excel reads (item 11)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.browser.test_dashboard_browser import TIMEOUT, open_map

pytestmark = pytest.mark.browser


def test_the_csv_download_begins_with_the_mark_excel_reads_utf_8_by(offline_page, dashboard):
    """The audit: Excel opened the downloaded view in the system's code page ("SÃ£o Paulo")
    and its kinds said "admin1"."""
    page, _frame = open_map(offline_page, dashboard)
    with page.expect_download(timeout=TIMEOUT) as download:
        page.get_by_role("button", name="⬇ CSV of this view").click()
    data = Path(download.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbfarticle_id,")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows and {"town or city", "country"} <= {row["kind_label"] for row in rows}
    assert offline_page.blocked == []
