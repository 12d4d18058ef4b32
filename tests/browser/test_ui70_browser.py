"""UI 70 in a real browser (audit 38): the map under a proxy's path prefix
(`--server.baseUrlPath`, item 1); a store whose server stops while the map is open
(item 4: a slider step reruns the map's fragment only, which only a browser does)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.conftest import _free_port, seeds_copy, stop, wait_until_healthy
from tests.browser.test_dashboard_browser import MAP_FRAME, TIMEOUT, open_map
from tests.conftest import ROOT
from tests.test_audit22_server import UNREACHABLE, _reachable, own_database  # noqa: F401

pytestmark = pytest.mark.browser
PREFIX = "/team/placeline"


@contextlib.contextmanager
def served_with(db: str | Path, *options: str, prefix: str = "") -> Iterator[str]:
    """The URL of a dashboard on `db` started with Streamlit `options`, its server
    stopped when the block ends."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "placeline", "dashboard", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", *options],
        cwd=ROOT, env={**os.environ, "PLACELINE_DB": str(db)}, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}{prefix}"
    try:
        wait_until_healthy(process, url)
        yield url
    finally:
        stop(process)


def test_the_map_loads_under_a_path_prefix(offline_page, seeds_store, tmp_path):
    """Behind a proxy at /team/placeline the map was a blank space: its frame asked for
    /app/static/vendor/leaflet/leaflet.js at the host's root, a 404. Its scripts, styles
    and outlines now follow the base path: the circles and the countries are drawn, and
    nothing the page asks for is missing."""
    db = seeds_copy(seeds_store, tmp_path / "prefix.db")
    failed: list[str] = []
    offline_page.page.on("response", lambda response: failed.append(
        f"{response.status} {response.url}") if response.status >= 400 else None)
    with served_with(db, "--server.baseUrlPath", PREFIX, prefix=PREFIX) as url:
        page, frame = open_map(offline_page, f"{url}/")
        frame.locator(".leaflet-basemap-pane path").nth(100).wait_for(state="attached",
                                                                      timeout=TIMEOUT)
        assert frame.locator("path.leaflet-interactive").count() > 10
        sources = page.locator(MAP_FRAME).first.evaluate(
            "f => [...f.contentDocument.querySelectorAll('script[src]')].map(s => s.src)")
    assert any(f"{PREFIX}/app/static/vendor/leaflet/leaflet.js" in s for s in sources)
    assert failed == [] and offline_page.blocked == []


def test_a_slider_step_after_the_server_stopped_says_so_in_the_pages_words(
        offline_page, own_database, postgres_url, geoparser, seeds_store,  # noqa: F811
        tmp_path):
    """Audit 38, item 4: the map open on PostgreSQL (?place=Kyiv), the server stopped, a
    step of the slider reran the map's fragment alone and showed "This app has encountered
    an error"; only a reload said that the server cannot be reached and nothing is lost.
    The step says it now."""
    from placeline.ingest import read_paths
    from placeline.pipeline import Pipeline
    from placeline.store_postgres import PostgresStore
    from tests.conftest import SEEDS

    url, name = own_database
    store = PostgresStore(url)
    Pipeline(store, geoparser).ingest(read_paths([SEEDS]))
    store.close()
    with served_with(url) as address:
        page, _ = open_map(offline_page, f"{address}/?place=geonames:703448")
        _reachable(postgres_url, name, False)
        page.locator("[data-testid=stMain] [data-testid=stSlider] input[type=range]"
                     ).first.focus()
        page.keyboard.press("ArrowRight")
        page.get_by_text(UNREACHABLE).wait_for(timeout=TIMEOUT)
        assert page.get_by_text("This app has encountered an error").count() == 0
        _reachable(postgres_url, name, True)
        page.reload()
        open_map(offline_page, page.url)
        assert page.get_by_text(UNREACHABLE).count() == 0
