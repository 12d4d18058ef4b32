"""Audit 19, dates: "since Thursday" is a day gone by; "is closed until Friday" and "set for
Monday" lie ahead."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from placeline.dates import event_date
from placeline.models import DateGuess


def _guess(published: str, sentence: str, place: str = "Xville") -> DateGuess:
    start = sentence.index(place)
    return event_date(sentence, start, start + len(place), dt.date.fromisoformat(published))


def _ingested(geoparser, tmp_path, rows: list[dict]):
    """The events of `rows` (JSONL rows) ingested into a fresh store."""
    from placeline.ingest import read_bytes
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    data = "\n".join(json.dumps(row) for row in rows).encode()
    store = open_store(tmp_path / "store.db")
    try:
        Pipeline(store, geoparser).ingest(read_bytes(data, "in.jsonl"))
        return store.events_frame()
    finally:
        store.close()


# -- 4. "since Thursday", "is closed until Friday", "set for Monday", "effective Friday" ------

WED = "2024-03-13"


@pytest.mark.parametrize("sentence, expected", [
    # a state that began on a weekday began on one gone by (the present perfect had read
    # as the plain present: the nearer Friday, two days ahead)
    ("Xville has been without power since Friday.", "2024-03-08"),
    ("Residents of Xville have been without water since Saturday.", "2024-03-09"),
    ("Xville has been without power since Wednesday.", WED),
    # a closure in force now lasts until the coming day (the participle had made it a past
    # account, whose deadline is the nearer day: last week's)
    ("The bridge in Xville remains closed until Friday.", "2024-03-15"),
    ("Xville schools are closed until Monday.", "2024-03-18"),
    ("Roads in Xville are closed through Sunday.", "2024-03-17"),
    ("Officials said the bridge in Xville is shut until Monday.", "2024-03-18"),
    ("The boil-water notice in Xville has been extended until Friday.", "2024-03-15"),
    # what is set or slated for a day, or takes effect on it, lies ahead
    ("The Xville trial is set for Monday.", "2024-03-18"),
    ("The Xville hearing is slated for Monday.", "2024-03-18"),
    ("Xville's mayor resigned effective Friday.", "2024-03-15"),
    ("Xville's mayor will step down effective Friday.", "2024-03-15"),
    ("Xville's mayor was replaced effective April 2.", "2024-04-02"),  # not a year ago
])
def test_since_until_and_set_for_a_weekday(sentence, expected):
    guess = _guess(WED, sentence)
    assert (guess.date.isoformat(), guess.precision) == (expected, "day"), guess


@pytest.mark.parametrize("published, sentence, expected", [
    # a past account's deadline is still the nearer day, gone by or not (audit 18)
    ("2024-03-16", "The road in Xville stayed closed until Thursday.", "2024-03-14"),
    (WED, "The bridge in Xville was closed until Monday.", "2024-03-11"),
    # a past event told in the present passive stays past
    (WED, "A man is accused of killing two people in Xville on Friday.", "2024-03-08"),
    # "effective" on the day after: the one just gone
    ("2024-03-16", "Xville's mayor resigned effective Friday.", "2024-03-15"),
])
def test_what_stays_as_it_was(published, sentence, expected):
    assert _guess(published, sentence).date.isoformat() == expected


def test_a_storm_story_dates_its_closures_ahead_and_its_outages_back(geoparser, tmp_path):
    """The audit's storm story, published Wednesday 17 January 2024: three of its four
    events had been wrong (the closures on last week's days, the notice on tomorrow)."""
    events = _ingested(geoparser, tmp_path, [{
        "id": "d1", "title": "Thousands still without power after ice storm",
        "published": "2024-01-17", "url": "https://news.example/d1",
        "text": "More than 40,000 homes in Portland have been without power since Saturday, "
                "the utility said on Wednesday. Schools in Beaverton remain closed until "
                "Friday, and the main bridge into Hillsboro is closed until Monday while "
                "crews clear fallen trees. Residents of Salem have been under a boil-water "
                "notice since Thursday."}])
    dates = dict(zip(events["place"], events["date"].astype(str), strict=True))
    assert {place: dates[place] for place in ("Portland", "Beaverton", "Hillsboro", "Salem")} \
        == {"Portland": "2024-01-13", "Beaverton": "2024-01-19", "Hillsboro": "2024-01-22",
            "Salem": "2024-01-11"}
