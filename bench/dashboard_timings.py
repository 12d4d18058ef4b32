"""Dashboard timings on the bundled data: cold start to first map, and one slider rerun.

    python bench/dashboard_timings.py [--runs 5]
    python bench/dashboard_timings.py --events 100000 --places 10000   # a synthetic store

Cold start = from launching `python -m placeline dashboard` (gazetteer index and assets already
built by setup) until the first place marker is painted in headless Chromium. The floor is the
same for a page holding only the map (same Streamlit, streamlit-folium and Leaflet files):
what no change to the dashboard's own page can go below. Slider rerun =
server time of one script run after the window changes (Streamlit AppTest, median of runs).
With --events, the store is synthetic (bench/synth.py) and the browser also times slider
moves: from the key press until the caption shows the new window and the map's marker and
cluster count has been stable for 0.5 s (so the figure includes the browser re-render).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


# The least a map page can be: the same Streamlit, streamlit-folium and offline Leaflet layer,
# with one circle and nothing else. Its cold start is the floor under the dashboard's.
FLOOR_APP = """
import pandas as pd
from streamlit_folium import st_folium

from placeline.layers import feature_collection
from placeline.mapview import base_map, place_layer

one = pd.DataFrame({"place_id": ["p"], "place": ["Kyiv"], "lat": [50.45], "lon": [30.52],
                    "kind": ["city"], "articles": [1]})
st_folium(base_map(([44.0, 22.0], [52.0, 40.0]), None), height=560, key="map",
          feature_group_to_add=place_layer(feature_collection(one), cluster=False))
"""


def start_floor_page() -> tuple[subprocess.Popen, str]:
    """A server for FLOOR_APP in a scratch folder beside the project's static files."""
    from tests.browser.conftest import _free_port, wait_until_healthy

    folder = Path(tempfile.mkdtemp())
    (folder / "app.py").write_text(FLOOR_APP, encoding="utf-8")
    (folder / "static").symlink_to(ROOT / "static")
    shutil.copytree(ROOT / ".streamlit", folder / ".streamlit")
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true"],
        cwd=folder, env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    wait_until_healthy(process, url)
    return process, url


@contextmanager
def dashboard_page(db: Path | None):
    """(page, server process, start time) for a dashboard on `db` (None: the floor page),
    in headless Chromium."""
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import start_dashboard

    with sync_playwright() as p:  # the user's browser is already open: not timed
        browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                    args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1400, "height": 1200})
        started = time.perf_counter()
        process, url = start_dashboard(db) if db else start_floor_page()
        try:
            page.goto(url)
            yield page, process, started
        finally:
            browser.close()
            process.terminate()
            process.wait(timeout=10)


def cold_start(db: Path | None) -> float:
    with dashboard_page(db) as (page, _, started):
        frame = page.frame_locator("iframe[title*='streamlit_folium']").first
        # any circle in view (Leaflet leaves circles out of view undrawn)
        frame.locator("path.leaflet-interactive >> visible=true").first.wait_for(timeout=60_000)
        return time.perf_counter() - started


COUNT_JS = ("() => { const f = document.querySelector(\"iframe[title*='streamlit_folium']\");"
            " return f ? f.contentDocument.querySelectorAll("
            "'.leaflet-interactive, .marker-cluster').length : -1; }")


def browser_moves(db: Path, runs: int) -> tuple[float, list[float]]:
    """(first map seconds, seconds per slider move until the map is painted and stable)."""
    moves = []
    with dashboard_page(db) as (page, process, started):
        frame = page.frame_locator("iframe[title*='streamlit_folium']").first
        frame.locator(".leaflet-interactive, .marker-cluster").first.wait_for(timeout=180_000)
        first = time.perf_counter() - started
        thumbs = page.locator("[data-testid=stMain] [data-testid=stSlider] input[type=range]")
        caption = page.get_by_text(re.compile(r"places in \d+ articles")).first
        for _ in range(runs):
            before = caption.inner_text()
            thumbs.nth(1).focus()  # the end of the window moves back by a tenth each time
            t0 = time.perf_counter()
            page.keyboard.press("PageDown")
            page.wait_for_function("t => ![...document.querySelectorAll('p')].some("
                                   "p => p.innerText === t)", arg=before, timeout=60_000)
            last, stable_since = page.evaluate(COUNT_JS), time.perf_counter()
            while time.perf_counter() - stable_since < 0.5:
                page.wait_for_timeout(50)
                now = page.evaluate(COUNT_JS)
                if now != last:
                    last, stable_since = now, time.perf_counter()
            moves.append(stable_since - t0)
        status = Path(f"/proc/{process.pid}/status").read_text()
        hwm = next(line for line in status.splitlines() if line.startswith("VmHWM"))
        print(f"dashboard server peak RSS:     {int(hwm.split()[1]) / 1024:.0f} MB")
    return first, moves


def slider_rerun(db: Path, runs: int) -> list[float]:
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    os.environ["PLACELINE_DB"] = str(db)
    st.cache_resource.clear()
    st.cache_data.clear()
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()
    days = at.select_slider[0].options
    timings = []
    for i in range(runs):
        window = (days[0], days[-1 - (i % 2)])
        started = time.perf_counter()
        at.select_slider[0].set_value(window).run()
        timings.append(time.perf_counter() - started)
        assert not at.exception
    return timings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--events", type=int, default=0,
                        help="use a synthetic store with this many events")
    parser.add_argument("--places", type=int, default=10_000)
    args = parser.parse_args()
    if args.events:
        from bench.synth import fill_store

        db = Path(tempfile.mkdtemp()) / "synthetic.db"
        fill_store(db, args.events, args.places)
        reruns = slider_rerun(db, args.runs)
        first, moves = browser_moves(db, args.runs)
        print(f"data: {args.events:,} events over {args.places:,} places (synthetic); "
              f"machine: {os.cpu_count()} cores")
        print(f"first map in the browser (s):  {first:.1f}")
        print(f"slider rerun, server (ms):     median {1000 * statistics.median(reruns):.0f}"
              f"  runs {[round(1000 * r) for r in reruns]}")
        print(f"slider move to painted map (s): median {statistics.median(moves):.2f}"
              f"  runs {[round(m, 2) for m in moves]}")
        return
    from placeline.bootstrap import ensure_ready

    workdir = Path(tempfile.mkdtemp())
    db = workdir / "bench.db"
    store = ensure_ready(db, log=lambda m: None, load_bundled=True)  # (a named store)
    counts = store.counts()
    store.close()
    copy = workdir / "cold.db"
    shutil.copy(db, copy)
    colds = [cold_start(copy) for _ in range(max(1, args.runs // 2))]
    floors = [cold_start(None) for _ in range(max(1, args.runs // 2))]
    reruns = slider_rerun(db, args.runs)
    print(f"data: {counts['articles']} articles, {counts['events']} events, "
          f"{counts['places']} places; machine: {os.cpu_count()} cores")
    print(f"cold start to first map (s):   median {statistics.median(colds):.2f}"
          f"  runs {[round(c, 2) for c in colds]}")
    print(f"  floor: a page with only the map (s): median {statistics.median(floors):.2f}"
          f"  runs {[round(c, 2) for c in floors]}")
    print(f"slider rerun, server (ms):     median {1000 * statistics.median(reruns):.0f}"
          f"  runs {[round(1000 * r) for r in reruns]}")
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
