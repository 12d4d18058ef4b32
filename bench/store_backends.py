"""Store benchmark: the same prepared articles written to SQLite and to PostgreSQL, then the
dashboard's event index loaded back from each.

    python bench/store_backends.py                 # 1000 articles; starts its own PostgreSQL
    python bench/store_backends.py --articles 4000 --postgres postgresql://u@host/db

Articles are cleaned and geoparsed once, up front, so the figures are the store's alone:
writing (one transaction per article, then settling publication dates over the batch) and
reading every event back into the numpy index the dashboard keeps. Without --postgres, a
throwaway cluster with the server's default durability (fsync on) is started on a free
loopback port (Debian's postgresql package). SQLite runs as placeline opens it: WAL,
synchronous=NORMAL.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def measure(store, prepared: list) -> dict:
    from placeline.eventindex import load_event_index
    from placeline.pipeline import Pipeline

    started = time.perf_counter()
    report = Pipeline(store, geoparser=object()).ingest(prepared)  # nothing left to parse
    write = time.perf_counter() - started
    started = time.perf_counter()
    index = load_event_index(store)
    load = time.perf_counter() - started
    return {"added": len(report.added), "write_s": write, "per_s": len(prepared) / write,
            "events": len(index.event_id), "index_load_s": load}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--postgres", help="a server to use instead of a throwaway one")
    args = parser.parse_args()

    from bench.synth import corpus
    from placeline.geoparse import Geoparser
    from placeline.pipeline import prepare
    from placeline.store import open_store

    geoparser = Geoparser()
    prepared = [prepare(d, geoparser) for d in corpus(args.articles)]

    server = None
    url = args.postgres
    if not url:
        from tests.postgres_server import TemporaryPostgres, find_bindir

        bindir = find_bindir()
        if bindir is None:
            sys.exit("PostgreSQL is not installed: apt-get install postgresql, or --postgres URL")
        server = TemporaryPostgres(bindir, durable=True).start()
        url = server.url
    from tests.postgres_server import fresh_schema

    try:
        with fresh_schema(url, prefix="bench") as schema_url:
            results = {
                "SQLite (WAL file)": measure(
                    open_store(Path(tempfile.mkdtemp()) / "bench.db"), prepared),
                "PostgreSQL (loopback)": measure(open_store(schema_url), prepared),
            }
    finally:
        if server:
            server.stop()

    print(f"\n{args.articles} prepared articles (≈ 3 KB each), 2-core machine\n")
    print("| backend | write + settle dates | articles/s | events | event index load |")
    print("|---|---|---|---|---|")
    for name, r in results.items():
        print(f"| {name} | {r['write_s']:.2f} s | {r['per_s']:.0f} | {r['events']:,} |"
              f" {r['index_load_s'] * 1000:.0f} ms |")


if __name__ == "__main__":
    main()
