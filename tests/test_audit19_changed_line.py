"""Audit 19, item 16: the "updated" line of an article whose date was set by hand."""

import json

from placeline.ingest import read_paths
from placeline.pipeline import Pipeline
from placeline.store import open_store
from tests.test_review18_small import ATLANTA, NOV_5


def test_the_updated_line_keeps_the_date_set_by_hand(tmp_path, geoparser):
    """A new version of an article whose date was set by hand keeps that date, and the
    "updated" line says so: it had said "dated 2024-05-11, was 2024-11-05", the new text's
    own (misread) date, which the article does not take (an audit)."""
    feed = tmp_path / "us_feed.jsonl"
    feed.write_text(json.dumps(ATLANTA) + "\n", encoding="utf-8")
    store = open_store(tmp_path / "news.db")
    pipeline = Pipeline(store, geoparser)
    pipeline.ingest(read_paths([feed]))
    pipeline.correct_date(1, NOV_5)
    feed.write_text(json.dumps({**ATLANTA, "text": ATLANTA["text"] + " Some waited five."})
                    + "\n", encoding="utf-8")
    report = pipeline.ingest(read_paths([feed]))
    change = report.changes[1]
    assert "2024-05-11" not in change and "set by hand" in change, change
    assert store.article(1)["published"] == NOV_5.isoformat()
    store.close()
