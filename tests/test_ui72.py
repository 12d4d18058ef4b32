"""UI 72: the dashboard at scale (audit 38, items 5, 6 and 12).

Item 5: a country's "this year" (a year-precision event) had counted in every window holding
1 January and in that day's bar, so a week over New Year held 11,575 articles of a
30,000-article store against ~200 in any other, and the bars' scale was the spike's. A
window now counts an event of a month or longer only when it holds it whole (up to the
timeline's last day), and the bars count such events apart. Item 6: an upload's rows had
each scanned the store for stored files of its name.
"""

from __future__ import annotations

import json
import sqlite3

from placeline.ingest import UPLOAD, RawDocument, read_bytes
from placeline.pipeline import Pipeline


def test_an_upload_s_rows_scan_the_store_once(sqlite, geoparser):
    """Each row of an upload had scanned every stored source for a file of its name
    (`Store.sources_ending`, 40 ms a row at 30,000 articles): the Ingest page ingested
    13 rows/s where the command line ingested 71 (bench/ingest_page_speed.py)."""
    store = sqlite()
    folder = [RawDocument(f"/news/wire.jsonl#r{i}", f"published: 2024-03-0{i + 1}\n\nStorm "
                          f"number {i} in Leeds\n\nA storm hit Leeds, story {i}.")
              for i in range(3)]
    Pipeline(store, geoparser).ingest(folder)
    rows = "".join(json.dumps({"id": f"r{i}", "date": f"2024-03-0{i + 1}",
                               "title": f"Storm number {i} in Leeds",
                               "text": f"A storm hit Leeds, story {i}, with its roofs."}) + "\n"
                   for i in range(8))
    scans: list[str] = []
    conn: sqlite3.Connection = store._conn
    conn.set_trace_callback(lambda sql: scans.append(sql) if "LIKE" in sql and
                            "source" in sql and "articles" in sql else None)
    try:
        report = Pipeline(store, geoparser).ingest(
            read_bytes(rows.encode(), f"{UPLOAD}wire.jsonl"))
    finally:
        conn.set_trace_callback(None)
    assert len(scans) <= 1, scans
    # (its stored namesakes still found: the three rows of /news/wire.jsonl are new versions)
    assert len(report.updated) == 3 and len(report.added) == 5, report.summary()
