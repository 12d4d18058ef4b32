"""Audit 21, dates: MongoDB exports' {"$date": …} dates are read (item 18)."""

from __future__ import annotations

import json

import pytest

from placeline.htmlpage import LAST_MODIFIED
from placeline.ingest import STAMP_DATE, read_bytes
from placeline.pipeline import make_article

# -- 18. MongoDB's Extended JSON dates ------------------------------------------------------


def _documents(rows: list[dict]) -> list:
    return list(read_bytes("\n".join(json.dumps(row) for row in rows).encode(), "m.jsonl"))


@pytest.mark.parametrize("value", [
    {"$date": "2024-03-05T10:00:00Z"},  # mongoexport's relaxed form
    {"$date": "2024-03-05T10:00:00.000+00:00"},
    {"$date": {"$numberLong": "1709632800000"}},  # its canonical form (milliseconds)
    {"$date": 1709632800000},  # the legacy form
])
def test_a_mongodb_date_is_read_as_an_instant(value):
    """mongoexport writes a date as {"$date": …}: every row had been undated, "could not
    read the date in metadata date ("{'$date': '2024-03-05T10:00:00Z'}")" (audit 21)."""
    document, = _documents([{"_id": {"$oid": "65e6f0a1c2b3"}, "id": "m1", "date": value,
                             "title": "Storm hits Leeds", "text": "A storm hit Leeds."}])
    guess = make_article(document).published
    assert (guess.date.isoformat(), guess.method, guess.flag) == ("2024-03-05", "explicit", "")
    assert guess.stamp.isoformat() == "2024-03-05T10:00:00+00:00"


def test_a_mongodb_date_of_before_1970_and_of_last_modification():
    document, = _documents([{"id": "m1", "published": {"$date": {"$numberLong": "-86400000"}},
                             "dateModified": {"$date": "2024-03-06T08:00:00Z"},
                             "text": "A storm hit Leeds."}])
    assert document.metadata["published"] == "1969-12-31T00:00:00Z"
    assert document.metadata[LAST_MODIFIED] == "2024-03-06T08:00:00Z"


def test_mongodb_dates_written_as_local_midnight_are_dates():
    """The New York Times' print dates exported from MongoDB are midnight in New York, as
    written by its API."""
    documents = _documents([{"id": f"n{day}", "pub_date": {"$date": f"2024-03-0{day}T05:00:00Z"},
                             "text": "Floods hit Chicago."} for day in (4, 5)])
    assert all(STAMP_DATE in document.metadata for document in documents)


@pytest.mark.parametrize("value, shown", [
    ({"$date": "soon"}, '"soon"'),
    ({"when": "2024-03-05"}, '"{"when": "2024-03-05"}"'),
])
def test_an_unreadable_date_is_shown_as_written(value, shown):
    """The warning had shown Python's repr of an object ("{'$date': …}"), not the JSON."""
    document, = _documents([{"id": "m1", "date": value, "text": "A storm hit Leeds."}])
    flag = make_article(document).published.flag
    assert flag == f"could not read the date in metadata date ({shown}); ignored"
