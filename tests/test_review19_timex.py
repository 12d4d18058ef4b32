"""Review 19 of the day's dating changes: past accounts keep their days, and a UTC stamp moves
"today" only westward."""

from __future__ import annotations

import pytest

from tests.test_audit19_dates import _guess, _ingested


@pytest.mark.parametrize(("published", "sentence", "expected"), [
    ("2024-03-13", "The Xville vote was set for Monday but postponed.", "2024-03-11"),
    ("2024-03-13", "The Xville trial had been slated for Tuesday.", "2024-03-12"),
    ("2024-03-16", "Xville roads were to remain closed until Friday.", "2024-03-15"),
    ("2024-03-13", "The Xville trial is set for Monday.", "2024-03-18"),
])
def test_a_past_account_s_plans_keep_their_days(published, sentence, expected):
    """"was set for Monday but postponed", "had been slated for Tuesday", "were to remain
    closed until Friday" tell of days gone by (the first version of audit 19's rules had
    moved them a week ahead — a review); "is set for Monday" still lies ahead."""
    assert _guess(published, sentence).date.isoformat() == expected


def test_a_utc_stamp_moves_today_only_west_of_it(geoparser, tmp_path):
    """A London paper stamped 23:30 GMT: its "Tokyo today" is its own day, not Tokyo's next
    one (a review); the Los Angeles case of the audit still moves back."""
    events = _ingested(geoparser, tmp_path, [
        {"id": "t1", "published": "2024-01-15T23:30:00Z", "title": "March in Tokyo",
         "text": "Thousands marched in Tokyo today, the correspondent reported from London."}])
    assert set(events.loc[events["place"] == "Tokyo", "date"].astype(str)) == {"2024-01-15"}
