"""Audit 19, items 1, 6, 7 and 14: re-ingest is idempotent whatever the order of a story's
versions, an upload of an edited file is its stored article's new version, an ingest's
progress and end are recorded (and one the Ingest page starts goes on in the background),
and exports say the name as written, the confidence and where the coordinates come from."""

from __future__ import annotations

import csv
import io
import json

from placeline.export import COLUMNS, store_table, to_csv, to_geojson
from placeline.ingest import RawDocument
from placeline.models import Place
from placeline.pipeline import Pipeline, load_corrections

# -- item 14: exports ------------------------------------------------------------------------

MUMBAI = """Monsoon floods hit Bombay
date 2024-07-08
Floods hit Bombay on Monday, closing the airport. Officials in Cambridge said they would \
send help.
"""
OTHER = """Students march in Cambridge
date 2024-07-09
Students marched through Cambridge on Tuesday.
"""
ELSEWHERE = Place(id="user:cambridge:42.3736,-71.1097", name="Cambridge", lat=42.3736,
                  lon=-71.1097, kind="city", country="US", admin1="",
                  source="correction")


def _export_rows(store) -> list[dict]:
    return list(csv.DictReader(io.StringIO(to_csv(store_table(store, store.events_frame())))))


def test_exports_carry_the_name_as_written_the_confidence_and_a_correction(store, geoparser):
    """The audit: a corrected pin's row read "Cambridge, geonames:4931972" and nothing said
    the text named "Harvard", that the place was a user's correction, or how sure the
    resolution was (the dashboard filters on it; the CSV could not). The new columns come
    after the old ones, in their order."""
    report = Pipeline(store, geoparser).ingest([RawDocument("mumbai.txt", MUMBAI),
                                                RawDocument("other.txt", OTHER)])
    mumbai, other = (article_id for _, article_id in report.added)
    store.add_correction("Cambridge", ELSEWHERE, store.article(mumbai)["content_hash"])
    Pipeline(store, geoparser.with_corrections(load_corrections(store))).reprocess([mumbai])
    assert COLUMNS[:22] == ["article_id", "title", "published", "event_date", "date_end",
                            "date_precision", "place", "place_id", "kind", "country", "lat",
                            "lon", "snippet", "event_start", "event_end", "date_method",
                            "date_evidence", "date_flag", "published_method", "story_id",
                            "url", "source"]
    assert COLUMNS[22:] == ["name_as_written", "confidence", "coordinates_from"]
    rows = _export_rows(store)
    by = {(int(r["article_id"]), r["place"]): r for r in rows}
    assert by[(mumbai, "Mumbai")]["name_as_written"] == "Bombay"
    assert by[(mumbai, "Mumbai")]["coordinates_from"] == "gazetteer"
    assert 0 < float(by[(mumbai, "Mumbai")]["confidence"]) < 1
    corrected = by[(mumbai, "Cambridge")]
    assert (corrected["place_id"], corrected["coordinates_from"],
            corrected["name_as_written"], corrected["confidence"]) == (
        ELSEWHERE.id, "correction", "Cambridge", "1.0")
    # The same name in another article, which the one-article correction leaves alone:
    assert by[(other, "Cambridge")]["coordinates_from"] == "gazetteer"
    features = json.loads(to_geojson(store_table(store, store.events_frame())))["features"]
    names = {(f["properties"]["article_id"], f["properties"]["name_as_written"],
              f["properties"]["coordinates_from"]) for f in features}
    assert (mumbai, "Cambridge", "correction") in names
    assert (mumbai, "Bombay", "gazetteer") in names
