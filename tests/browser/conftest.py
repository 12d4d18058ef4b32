"""A real dashboard server and Debian's Chromium driven by Playwright.

Every request that does not go to the local server is blocked and recorded, so a test can
prove the page works with no internet (no CDN, no telemetry, no web fonts from elsewhere).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_dashboard(db: Path, extra_env: dict | None = None) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    env = {**os.environ, "PLACELINE_DB": str(db), **(extra_env or {})}
    process = subprocess.Popen(
        [sys.executable, "-m", "placeline", "dashboard",  # the README's command
         "--server.port", str(port), "--server.address", "127.0.0.1",
         "--server.headless", "true"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    wait_until_healthy(process, url)
    return process, url


def wait_until_healthy(process: subprocess.Popen, url: str, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = process.stdout.read() if process.stdout else ""
            raise RuntimeError(f"streamlit exited early:\n{output}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError(f"the server did not answer within {seconds:.0f} s")


@contextlib.contextmanager
def served(db: Path, extra_env: dict | None = None) -> Iterator[str]:
    """The URL of a dashboard on `db`, its server stopped when the block ends, however it
    ends (each browser test file had written this try/finally again)."""
    process, url = start_dashboard(db, extra_env)
    try:
        yield url
    finally:
        stop(process)


def seeds_copy(seeds_store, db: Path) -> Path:
    """`db`, a private copy of the seeds store that a test may change."""
    seeds_store.close()
    shutil.copy(seeds_store.path, db)
    return db


@pytest.fixture(scope="module")
def dashboard(seeds_store, tmp_path_factory):
    """URL of a dashboard serving a private copy of the seeds store."""
    db = seeds_copy(seeds_store, tmp_path_factory.mktemp("browser") / "browser.db")
    with served(db) as url:
        yield url


@contextlib.contextmanager
def serve_feed(folder: Path, rows, geoparser):
    """A dashboard on a store of `rows` read as the JSONL feed folder/feed.jsonl: its URL and
    the articles' ids by title, the server stopped after."""
    from placeline.ingest import read_paths
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    feed = folder / "feed.jsonl"
    feed.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    store = open_store(folder / "feed.db")
    Pipeline(store, geoparser).ingest(read_paths([feed]))
    ids = {row["title"]: row["id"] for row in store.articles_frame().to_dict("records")}
    store.close()
    with served(folder / "feed.db") as url:
        yield url, ids


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


def save_screenshot(page, name: str) -> None:
    """Keep a screenshot in test-artifacts/; with PLACELINE_DOC_SCREENSHOTS=1 also refresh
    the README's copy in docs/ (that is how the README screenshots are taken)."""
    ARTIFACTS.mkdir(exist_ok=True)
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    # Streamlit draws grey placeholders while a widget's code loads: wait them out (a
    # screenshot is a record, never a reason to fail the test).
    with contextlib.suppress(PlaywrightTimeout):
        page.wait_for_function(
            "() => !document.querySelector('[data-testid=stSkeleton], .stSkeleton')",
            timeout=15_000)
    page.wait_for_timeout(500)  # (and the table's canvas its first paint)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)
    if os.environ.get("PLACELINE_DOC_SCREENSHOTS") == "1":
        shutil.copy(ARTIFACTS / name, ROOT / "docs" / name)


@pytest.fixture(scope="session")
def browser():
    assert Path(CHROMIUM).exists(), (
        f"{CHROMIUM} is missing: install Debian's chromium (scripts/test.sh does).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--disable-quic"])
        yield chromium
        chromium.close()


class OfflinePage:
    """A page whose non-local requests are blocked and remembered."""

    def __init__(self, browser, width: int = 1400, height: int = 1500) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.blocked: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.dialogs: list[str] = []
        self.page.on("dialog", self._dialog)

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith(("http://127.0.0.1", "http://localhost", "data:", "blob:",
                           "about:", "ws://127.0.0.1")):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def offline_page(browser):
    page = OfflinePage(browser)
    yield page
    page.close()
