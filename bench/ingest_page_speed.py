"""The Ingest page's ingest against the command line's, on the same rows and store.

    python bench/ingest_page_speed.py --store big.db --rows wire2.jsonl --skip 2700 --count 1500

Each path runs on its own copy of the store: the command line's (`read_paths`, a path
record, `recorded_ingest` in this thread) and the page's (`read_bytes` of the upload's
bytes, an upload record, `BackgroundIngest` in its thread while this one drains its
progress every 0.1 s as the page does), each with a geoparser warmed first. Audit 38 had
the page at 20 articles/s against the command line's 90 on a 30,000-article store: each
upload row scanned the store for the stored files of its name (`Store.sources_ending`).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from placeline.geocode import cached_answers
from placeline.geoparse import Geoparser
from placeline.ingest import UPLOAD, read_bytes, read_paths
from placeline.ingest_runs import (
    BackgroundIngest,
    path_record,
    recorded_ingest,
    upload_record,
)
from placeline.pipeline import Pipeline, load_corrections
from placeline.store import open_store


def _pipeline(store) -> Pipeline:
    geoparser = Geoparser(geocoder=cached_answers(store), corrections=load_corrections(store))
    geoparser.parse("Warm-up: a story from Kyiv and Paris.")
    return Pipeline(store, geoparser)


def command_line(db: Path, rows: Path) -> tuple[float, int]:
    store = open_store(db)
    pipeline = _pipeline(store)
    started = time.perf_counter()
    report = recorded_ingest(pipeline, read_paths([rows]), path_record(store, [rows], "cli"))
    return time.perf_counter() - started, len(report.added)


def page(db: Path, rows: Path) -> tuple[float, int]:
    store = open_store(db)
    pipeline = _pipeline(store)
    started = time.perf_counter()
    files = [(rows.name, rows.read_bytes())]
    documents = (doc for name, data in files for doc in read_bytes(data, f"{UPLOAD}{name}"))
    job = BackgroundIngest(pipeline, documents, upload_record(store, files)).start()
    while not job.done.wait(0.1):  # (as the page's `follow` looks)
        job.take()
    if job.error is not None:
        raise job.error
    return time.perf_counter() - started, len(job.report.added)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--rows", type=Path, required=True, help="a JSONL file")
    parser.add_argument("--skip", type=int, default=0, help="rows skipped first")
    parser.add_argument("--count", type=int, default=1500)
    parser.add_argument("--only", choices=["cli", "page"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows = Path(tmp) / args.rows.name  # (the upload keeps the file's name)
        with args.rows.open(encoding="utf-8") as source:
            rows.write_text("".join(islice(source, args.skip, args.skip + args.count)),
                            encoding="utf-8")
        for name, run in (("cli", command_line), ("page", page)):
            if args.only not in (None, name):
                continue
            db = Path(tmp) / f"{name}.db"
            shutil.copy(args.store, db)
            seconds, added = run(db, rows)
            print(f"{name:5} {seconds:6.1f} s  {added} added  "
                  f"{args.count / seconds:5.1f} rows/s", flush=True)


if __name__ == "__main__":
    main()
