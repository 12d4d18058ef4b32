"""Audit 20, item 21: an RSS date with a two-digit year ("Tue, 05 Mar 24 10:00:00 GMT", RFC
822's form, which RSS 2.0 cites) is read, as Python's own e-mail date parser reads it."""

from __future__ import annotations

import pytest

from tests.test_review18_small import _feed


@pytest.mark.parametrize("value, day, instant", [
    ("Tue, 05 Mar 24 10:00:00 GMT", "2024-03-05", "2024-03-05T10:00:00+00:00"),
    ("Tue, 5 Mar 24 23:30:00 -0500", "2024-03-05", "2024-03-05T23:30:00-05:00"),
    ("05 Mar 24 10:00 +0100", "2024-03-05", "2024-03-05T10:00:00+01:00"),
    ("Sun, 05 Mar 95 10:00:00 GMT", "1995-03-05", "1995-03-05T10:00:00+00:00"),  # (RFC 2822)
    # four digits, as before
    ("Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05", "2024-03-05T10:00:00+00:00"),
])
def test_an_rfc_822_date_with_a_two_digit_year_is_read(value, day, instant):
    """"Tue, 05 Mar 24 10:00:00 GMT" had been "could not read the date in metadata pubDate";
    ignored": a feed of such dates was undated whole, every place off the map (audit 20)."""
    from placeline.dates import date_from_metadata

    guess = date_from_metadata({"pubDate": value})
    assert (guess.date and guess.date.isoformat(), guess.method, guess.flag) == \
        (day, "explicit", "")
    assert (guess.stamp and guess.stamp.isoformat()) == instant


@pytest.mark.parametrize("value", ["Tue, 05 Mar 24 25:00:00 GMT", "Tue, 32 Mar 24 10:00:00 GMT",
                                   "Mar 24"])
def test_what_is_no_rfc_822_date_is_still_not_read(value):
    from placeline.dates import date_from_metadata

    guess = date_from_metadata({"pubDate": value})
    assert guess.date is None and "could not read" in guess.flag


def test_a_feed_row_of_such_a_date_is_dated(tmp_path):
    """The audit's row: stored undated ("unknown"), Galway on no map."""
    (galway,) = _feed(tmp_path, [{
        "id": "r1", "title": "Storm in Galway", "pubDate": "Tue, 05 Mar 24 10:00:00 GMT",
        "text": "A storm hit Galway on Monday, cutting power to thousands."}], "rss2.jsonl")
    assert galway.published.date.isoformat() == "2024-03-05"
    assert galway.published.evidence == "metadata pubDate: Tue, 05 Mar 24 10:00:00 GMT"
