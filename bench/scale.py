"""Scale benchmark: ingest throughput and memory, dashboard window time and memory, map payload.

    python bench/scale.py                       # default sizes (a few minutes on 2 cores)
    python bench/scale.py --ingest 1000 4000 --events 100000 1000000 --places 10000

Every measurement runs in its own subprocess so peak RSS belongs to that stage alone. Printed
as a Markdown table with the sizes used; docs/SCALE.md keeps the figures from this machine.

* ingest: N ≈ 3 KB articles recombined from ../shared/eval texts with dates over 5 years,
  through the real pipeline (decode, clean, date, geoparse, store, settle dates) into SQLite,
  in random date order (an archive back-fill) and in date order (a live stream).
* window: a store of E events over P places; one slider move = mask + per-place counts +
  GeoJSON, for 20 random 30-day windows and the whole range. The straightforward way
  (one pandas row per event with its strings, filtered and grouped per move) is measured
  beside it.
* markers: folium with one CircleMarker per place (the naive map) vs placeline's single
  GeoJSON layer, server time to render the HTML.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stage_ingest(count: int, in_date_order: bool = False) -> dict:
    from bench.synth import corpus
    from placeline.geoparse import Geoparser
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    workdir = Path(tempfile.mkdtemp())
    geoparser = Geoparser()
    geoparser.parse("Warm up in Paris and Kyiv.")
    store = open_store(workdir / "ingest.db")
    started = time.perf_counter()
    report = Pipeline(store, geoparser).ingest(corpus(count, in_date_order=in_date_order))
    seconds = time.perf_counter() - started
    counts = store.counts()
    return {"articles": count, "added": len(report.added), "failed": len(report.failed),
            "seconds": seconds, "per_second": count / seconds, "events": counts["events"],
            "rss_mb": peak_rss_mb()}


def stage_ingest_dask(count: int, workers: int) -> dict:
    from bench.synth import corpus
    from placeline.parallel import prepared_with_dask
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    store = open_store(Path(tempfile.mkdtemp()) / "dask.db")
    started = time.perf_counter()
    prepared = prepared_with_dask(corpus(count), [], workers=workers)
    report = Pipeline(store).ingest(prepared)
    seconds = time.perf_counter() - started
    return {"articles": count, "added": len(report.added), "seconds": seconds,
            "per_second": count / seconds, "rss_mb": peak_rss_mb()}


def stage_geoparse(count: int) -> dict:
    from bench.synth import corpus
    from placeline.clean import clean
    from placeline.geoparse import Geoparser

    texts = [clean(d.text).text for d in corpus(count)]
    geoparser = Geoparser()
    geoparser.parse("Warm up in Paris and Kyiv.")
    started = time.perf_counter()
    mentions = sum(len(geoparser.parse(t)) for t in texts)
    seconds = time.perf_counter() - started
    return {"articles": count, "seconds": seconds, "per_second": count / seconds,
            "mentions": mentions, "rss_mb": peak_rss_mb()}


def _windows(days: list[str], rng: random.Random) -> list[tuple[str, str]]:
    import datetime as dt

    windows = []
    for _ in range(20):
        start = dt.date.fromisoformat(rng.choice(days))
        windows.append((start.isoformat(), (start + dt.timedelta(days=29)).isoformat()))
    return [*windows, (days[0], days[-1])]


def stage_fill(events: int, places: int) -> dict:
    """A synthetic store, made in its own process so the window stage's memory is its own."""
    from bench.synth import fill_store

    db = Path(tempfile.mkdtemp()) / "window.db"
    fill_store(db, events, places)
    return {"db": str(db)}


def stage_window(db: str, events: int, places: int, naive: bool) -> dict:
    from placeline.layers import feature_collection
    from placeline.store import open_store

    base_rss = peak_rss_mb()
    store = open_store(db)
    rng = random.Random(5)
    started = time.perf_counter()
    if naive:
        from placeline.layers import in_window, place_summary

        frame = store.events_frame()
        days = sorted(frame["date"].dropna().unique())

        def move(start: str, end: str) -> dict:
            return feature_collection(place_summary(in_window(frame, start, end)))
    else:
        from placeline.eventindex import load_event_index

        index = load_event_index(store)
        everything = index.filtered()
        days = index.days(everything)

        def move(start: str, end: str) -> dict:
            window = index.in_window(everything, start, end)
            index.per_day(everything, start, end)
            index.article_count(window)
            return feature_collection(index.summary(window))
    load = time.perf_counter() - started
    timings, sizes = [], []
    windows = _windows(days, rng)
    for start, end in windows:
        t0 = time.perf_counter()
        payload = json.dumps(move(start, end))
        timings.append(time.perf_counter() - t0)
        sizes.append(len(payload))
    return {"events": events, "places": places, "load_s": load,
            "move_median_ms": 1000 * statistics.median(timings[:-1]),
            "move_full_ms": 1000 * timings[-1], "payload_full_kb": sizes[-1] / 1000,
            "payload_median_kb": statistics.median(sizes[:-1]) / 1000,
            "rss_mb": peak_rss_mb(), "rss_before_load_mb": base_rss}


def stage_markers(places: int) -> dict:
    import folium

    from placeline.layers import feature_collection
    from placeline.mapview import base_map, bounds_of, place_layer

    rng = random.Random(3)
    import pandas as pd

    summary = pd.DataFrame({
        "place_id": [f"p:{i}" for i in range(places)],
        "place": [f"Place {i}" for i in range(places)],
        "lat": [rng.uniform(-60, 70) for _ in range(places)],
        "lon": [rng.uniform(-180, 180) for _ in range(places)],
        "kind": "city", "articles": [rng.randint(1, 20) for _ in range(places)]})
    t0 = time.perf_counter()
    naive = folium.Map(location=[20, 0], zoom_start=2, tiles=None)
    for row in summary.itertuples():
        folium.CircleMarker([row.lat, row.lon], radius=5, tooltip=row.place).add_to(naive)
    naive_html = naive.get_root().render()
    naive_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    fmap = base_map(bounds_of(summary["lat"], summary["lon"]))
    place_layer(feature_collection(summary), cluster=places > 400).add_to(fmap)
    ours_html = fmap.get_root().render()
    ours_s = time.perf_counter() - t0
    return {"places": places, "naive_ms": 1000 * naive_s, "ours_ms": 1000 * ours_s,
            "naive_kb": len(naive_html) / 1000, "ours_kb": len(ours_html) / 1000}


def stage_gazetteer() -> dict:
    from placeline import gazetteer

    t0 = time.perf_counter()
    gazetteer.get_gazetteer()
    return {"load_ms": 1000 * (time.perf_counter() - t0), "rss_mb": peak_rss_mb()}


STAGES = {"fill": stage_fill, "ingest": stage_ingest, "ingest_dask": stage_ingest_dask, "geoparse": stage_geoparse, "window": stage_window,
          "markers": stage_markers, "gazetteer": stage_gazetteer}


def run_stage(name: str, *args) -> dict:
    """Run one stage in a fresh interpreter (so its peak memory is its own)."""
    out = subprocess.run(
        [sys.executable, __file__, "--stage", name, *map(str, args)], check=True,
        capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": "0"})
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ingest", type=int, nargs="*", default=[500, 2000])
    parser.add_argument("--events", type=int, nargs="*", default=[100_000, 1_000_000])
    parser.add_argument("--places", type=int, default=10_000)
    parser.add_argument("--markers", type=int, nargs="*", default=[1_000, 10_000])
    parser.add_argument("--naive-up-to", type=int, default=1_000_000,
                        help="largest event count for the pandas baseline")
    parser.add_argument("--stage", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        name, *rest = args.stage
        values = [v == "True" if v in ("True", "False") else int(v) if v.isdigit() else v
                  for v in rest]
        print(json.dumps(STAGES[name](*values)))
        return

    print(f"# placeline scale benchmark — {os.cpu_count()} cores, "
          f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB\n")
    g = run_stage("gazetteer")
    print(f"Gazetteer index load: {g['load_ms']:.1f} ms (RSS {g['rss_mb']:.0f} MB)\n")

    print("| stage | articles | seconds | articles/s | peak RSS MB |\n|---|---|---|---|---|")
    for n in args.ingest:
        r = run_stage("geoparse", n)
        print(f"| geoparse only (recognise + resolve) | {n} | {r['seconds']:.1f} | "
              f"{r['per_second']:.0f} | {r['rss_mb']:.0f} |")
    for in_date_order in (False, True):
        order = "a live stream, in date order" if in_date_order else "an archive, random order"
        for n in args.ingest:
            r = run_stage("ingest", n, in_date_order)
            print(f"| full ingest (clean, date, geoparse, store), {order} | {n} | "
                  f"{r['seconds']:.1f} | {r['per_second']:.0f} | {r['rss_mb']:.0f} |")

    for n in args.ingest:
        r = run_stage("ingest_dask", n, os.cpu_count() or 1)
        print(f"| full ingest, Dask local cluster ({os.cpu_count()} workers, incl. start-up) | "
              f"{n} | {r['seconds']:.1f} | {r['per_second']:.0f} | {r['rss_mb']:.0f} "
              "(main process) |")

    print("\n| approach | events | places | load s | move median ms (30-day) | "
          "move ms (all) | payload KB (all) | peak RSS MB |\n|---|---|---|---|---|---|---|---|")
    for n in args.events:
        db = run_stage("fill", n, args.places)["db"]
        for naive in (False, True):
            if naive and n > args.naive_up_to:
                continue
            r = run_stage("window", db, n, args.places, naive)
            label = "pandas rows (straightforward)" if naive else "numpy event index"
            print(f"| {label} | {n:,} | {args.places:,} | {r['load_s']:.1f} | "
                  f"{r['move_median_ms']:.0f} | {r['move_full_ms']:.0f} | "
                  f"{r['payload_full_kb']:.0f} | {r['rss_mb']:.0f} |")

    print("\n| places | folium per-marker ms | placeline layer ms | ratio | HTML KB "
          "(naive / ours) |\n|---|---|---|---|---|")
    for n in args.markers:
        r = run_stage("markers", n)
        print(f"| {n:,} | {r['naive_ms']:.0f} | {r['ours_ms']:.0f} | "
              f"{r['naive_ms'] / r['ours_ms']:.1f}× | {r['naive_kb']:.0f} / {r['ours_kb']:.0f} |")


if __name__ == "__main__":
    main()
