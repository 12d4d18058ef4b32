"""Audit 21 in a real browser: the Ingest page's Stop ends its ingest, also from a page that
follows it by its record (item 8); the map's CSV download is one Excel reads (11)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from placeline.ingest_runs import runs, unfinished
from placeline.store import open_store
from tests.browser.conftest import OfflinePage
from tests.browser.test_audit19_ingest_browser import _feed, _start_ingest
from tests.browser.test_dashboard_browser import TIMEOUT, Servers, open_map

pytestmark = pytest.mark.browser
ROWS = 3000  # (a feed that takes some seconds to read: 300 rows took two)


@pytest.fixture
def empty_dashboard(tmp_path):
    servers = Servers(tmp_path / "fresh.db")
    yield servers
    servers.stop()


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


def _stopped(page, rows: int) -> int:
    """How many documents the page says were read before Stop ended the ingest."""
    said = page.locator("[data-testid=stAlert]", has_text=re.compile("Stopped after"))
    said.wait_for(timeout=2 * TIMEOUT)
    read = re.search(rf"Stopped after ([\d,]+) of {rows:,} documents read", said.inner_text())
    return int(read[1].replace(",", ""))


def test_stop_ends_the_page_s_ingest_keeping_what_it_stored(offline_page, empty_dashboard,
                                                            tmp_path):
    """The audit: the page's only buttons while a 3,000-file folder was read were Upload and
    a disabled Ingest; it ran to its end."""
    feed = _feed(tmp_path / "feed.jsonl", ROWS)
    url = empty_dashboard.start()
    page = offline_page.page
    _start_ingest(page, url, feed)
    page.get_by_role("button", name="Stop").click()
    read = _stopped(page, ROWS)
    store = open_store(empty_dashboard.db)
    assert 0 < read < ROWS and store.article_count() == read
    (run,) = runs(store)
    assert (run["state"], run["ended_by"], run["read"]) == (
        "interrupted", "stopped with its Stop button", read)
    # Told as any ingest that stopped before its end is: its input again finishes it.
    page.locator("[data-testid=stAlert]",
                 has_text=f"stopped after {read:,} of {ROWS:,} documents read (stopped with "
                          "its Stop button").wait_for(timeout=TIMEOUT)
    assert unfinished(store) == [run]
    assert offline_page.blocked == []


def test_a_page_following_the_ingest_by_its_record_stops_it(browser, offline_page,
                                                            empty_dashboard, tmp_path):
    """The page opened anew in another tab (a new session) follows the ingest by its
    record: it may stop it too."""
    feed = _feed(tmp_path / "feed.jsonl", ROWS)
    url = empty_dashboard.start()
    _start_ingest(offline_page.page, url, feed)
    other = OfflinePage(browser)
    try:
        other.page.goto(f"{url}/Ingest", timeout=TIMEOUT)
        other.page.get_by_text("is under way").wait_for(timeout=TIMEOUT)
        other.page.get_by_role("button", name="Stop").click()
        _stopped(offline_page.page, ROWS)  # (the first session's page says so)
    finally:
        other.close()
    (run,) = runs(open_store(empty_dashboard.db))
    assert run["ended_by"] == "stopped with its Stop button" and run["read"] < ROWS
