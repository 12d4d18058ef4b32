"""UI 60 in a real browser: the Ingest page's warnings are read in full, at 1400 px and at a
phone's width, and after a reload (the data grid had cut each at its column's width); a range
link's window between the days with events is the view it asks for, not the nearest event
days outward."""

from __future__ import annotations

import json

import pytest

from tests.browser.conftest import ARTIFACTS, OfflinePage, served
from tests.browser.test_dashboard_browser import (
    TIMEOUT,
    Servers,
    open_map,
    query,
    slider_values,
)

pytestmark = pytest.mark.browser

# Each cell holding `text` that shows it whole: its text, and how far it reaches past the
# page's and its table's right edges (a cut or a hidden overflow is > 0).
CELL_JS = """(text) => [...document.querySelectorAll('td, th, [role=gridcell]')]
  .filter((cell) => cell.textContent.includes(text.slice(0, 40))).map((cell) => {
    const box = cell.getBoundingClientRect();
    const frame = cell.closest('[data-testid=stTable], [data-testid=stDataFrame]')
      .getBoundingClientRect();
    return {text: cell.innerText, past_page: box.right - document.documentElement.clientWidth,
            past_frame: box.right - frame.right, overflow: cell.scrollWidth - cell.clientWidth,
            visible: box.width > 0 && box.height > 0};
  })"""


@pytest.fixture
def warned_dashboard(tmp_path):
    """A dashboard on an empty store and a feed of two rows whose only text is a summary
    (each stored with the long warning that says so), its file's name long and with no
    space (it had pushed the warnings past a phone's edge)."""
    feed = tmp_path / "summaries_exported_from_the_newsroom_cms_on_2024_03_05.jsonl"
    feed.write_text("".join(json.dumps({
        "id": f"s{n}", "date": "2024-03-05", "title": f"Floods in York ({n})",
        "description": f"Floods closed roads in York on Monday, the council said ({n})."}) + "\n"
        for n in range(2)), encoding="utf-8")
    servers = Servers(tmp_path / "fresh.db")
    yield servers, feed
    servers.stop()


def _the_warning_whole(page, shot: str) -> None:
    from placeline.ingest import _summary_read

    warning = _summary_read("description")
    assert len(warning) > 150  # (a long one: wider than a phone, and than the grid's column)
    page.get_by_text("Stored, with a warning").first.wait_for(timeout=2 * TIMEOUT)
    page.wait_for_timeout(1000)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / shot), full_page=True)
    cells = page.evaluate(CELL_JS, warning)
    assert cells, "no cell of a table shows the warning's text"
    [cell] = cells
    assert " ".join(cell["text"].split()) == warning, cell
    assert cell["visible"] and cell["overflow"] <= 0, cell
    assert cell["past_page"] <= 0 and cell["past_frame"] <= 0.5, cell


@pytest.mark.parametrize("width", [1400, 390])
def test_the_ingest_pages_warnings_are_readable_in_full(browser, warned_dashboard, width):
    servers, feed = warned_dashboard
    url = servers.start()
    page = OfflinePage(browser, width=width, height=1200)
    try:
        page.page.goto(f"{url}/Ingest", timeout=TIMEOUT)
        page.page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(
            str(feed))
        page.page.get_by_text(feed.name[:5]).first.wait_for(timeout=TIMEOUT)  # (name cut)
        page.page.get_by_role("button", name="Ingest", exact=True).click()
        page.page.get_by_text("2 with warnings").first.wait_for(timeout=2 * TIMEOUT)
        _the_warning_whole(page.page, f"ui60-warnings-{width}.png")
        # After a reload the last ingest's warnings are folded under its note: the same.
        page.page.goto(f"{url}/Ingest", timeout=TIMEOUT)
        page.page.get_by_text("Stored, with a warning (2)").click(timeout=TIMEOUT)
        _the_warning_whole(page.page, f"ui60-warnings-reload-{width}.png")
        assert page.blocked == []
    finally:
        page.close()


@pytest.fixture
def seasons_dashboard(tmp_path, geoparser):
    """A dashboard on events of 25 Feb, 15 Mar, 10 Jun and 1 Jul 2024."""
    from tests.test_audit17_dashboard import _store_of
    from tests.test_ui60 import SEASONS

    _store_of(tmp_path / "seasons.db", geoparser, SEASONS).close()
    with served(tmp_path / "seasons.db") as url:
        yield url


def test_a_range_link_opens_on_the_window_it_asks_for(offline_page, seasons_dashboard):
    """It had opened on 25 Feb – 1 Jul, the nearest days with events outward, and Leeds and
    Hull were on its reader's map, which its sender's had not shown."""
    page, frame = open_map(offline_page, f"{seasons_dashboard}/?window=2024-03-01"
                                         "&window=2024-06-30")
    page.get_by_text("1 Mar 2024 – 30 Jun 2024: 2 places in 2 articles").wait_for(
        timeout=TIMEOUT)
    assert slider_values(page) == ["2024-03-01", "2024-06-30"]
    assert query(page)["window"] == ["2024-03-01", "2024-06-30"]
    labels = [frame.locator("path.leaflet-interactive").nth(k).get_attribute("aria-label")
              for k in range(frame.locator("path.leaflet-interactive").count())]
    assert any(label.startswith("York") for label in labels if label), labels
    assert not any(label.startswith(("Leeds", "Hull")) for label in labels if label), labels
    assert offline_page.blocked == []
