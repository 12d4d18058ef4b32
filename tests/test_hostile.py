"""Hostile text outside the browser: exports, the map's HTML and the Markdown we hand to
Streamlit keep every string as data (the browser test covers what people see)."""

from __future__ import annotations

import csv
import io
import json
import re

import pandas as pd

from placeline.export import events_table, to_csv, to_geojson
from placeline.layers import feature_collection
from placeline.mapview import base_map, place_layer
from placeline.present import RUN_BREAK, escape_markdown, highlighted

SCRIPT = "</script><script>window.__pwned=1</script>"
FORMULAS = ['=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
            "\t=1", "\r=1"]


def _events(title: str, place: str, source: str = "feed.jsonl#1") -> pd.DataFrame:
    return pd.DataFrame([{
        "article_id": 1, "title": title, "published": "2022-04-26", "date": "2022-04-26",
        "date_end": None, "precision": "day", "place": place, "place_id": "user:x",
        "kind": "landmark", "country": "", "lat": 50.0, "lon": 30.0, "snippet_start": 0,
        "snippet_end": 40, "date_method": "explicit", "date_evidence": "", "date_flag": "",
        "published_method": "explicit", "story_id": 1, "url": "",
        "article_source": source}])


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised():
    for formula in FORMULAS:
        table = events_table(_events(formula, formula, formula),
                             {1: formula + " in Kyiv, more text."})
        row = next(csv.DictReader(io.StringIO(to_csv(table, excel=True).lstrip("\ufeff"))))
        for column in ("title", "place", "snippet", "source"):
            assert row[column].startswith("'"), (column, row[column])
            assert row[column][1:].startswith(formula[:3])


def test_geojson_keeps_markup_as_plain_strings():
    title = f"{SCRIPT} <img src=x onerror=alert(1)> &amp;"
    table = events_table(_events(title, "<b>Kyiv</b>"), {1: title})
    feature = json.loads(to_geojson(table))["features"][0]
    assert feature["properties"]["title"] == title
    assert feature["properties"]["place"] == "<b>Kyiv</b>"


def test_a_place_name_cannot_close_the_map_script():
    summary = pd.DataFrame([{"place_id": "user:x", "place": SCRIPT + "<img src=x onerror=1>",
                             "lat": 50.0, "lon": 30.0, "kind": "landmark", "country": "",
                             "articles": 1, "events": 1, "first": "2022-04-26",
                             "last": "2022-04-26"}])
    fmap = base_map()
    place_layer(feature_collection(summary)).add_to(fmap)
    page = fmap.get_root().render()
    assert "window.__pwned" in page  # it is there, as data ...
    assert "<script>window.__pwned" not in page  # ... but never as markup
    assert "<img src=x" not in page
    assert "textContent = feature.properties.label" in page
    assert not re.search(r"\.innerHTML\s*=|bindPopup|bindTooltip\(\s*feature", page)


def test_markdown_we_send_shows_markup_links_and_latex_as_text():
    text = "[a](javascript:alert(1)) ![b](http://evil.example/x.png) $x$ :red[y] <b>z</b> `c`"
    escaped = escape_markdown(text).replace(RUN_BREAK, "")  # (ours: an empty <span>)
    assert not re.search(r"(?<!\\)[\[\]()$:<>`]", escaped)
    marked = highlighted(text, 0, len(text), [(0, 3)])
    assert "javascript\\:" in marked and "http\\:" in marked
