"""Helper dates57: the dating leftovers of the thirtieth session — a day and month in figures
without a year, the article's metadata reaching its body's figures, fiscal years by the
year they start, and the names of weekdays and months owned by one module."""

from __future__ import annotations

import datetime as dt

from placeline.dates import event_date
from placeline.events import build_events
from placeline.ingest import DATE_ORDER
from placeline.models import Mention, Place


def _events_of(text: str, name: str, published: dt.date, metadata: dict | None = None):
    """The events of one mention of `name` in `text` (`build_events`, as ingest makes them)."""
    at = text.index(name)
    place = Place(id="test:1", name=name, lat=40.0, lon=-90.0, kind="city", country="US")
    return build_events(text, [Mention(at, at + len(name), name, place, 0.9)], published,
                        None, metadata)


def _dated(text: str, name: str, published: dt.date):
    at = text.index(name)
    return event_date(text, at, at + len(name), published)


# -- 2. the article's metadata reaches its body's dates in figures --

STORM = "Storms hit Springfield on 04/05/2024, officials said."


def test_a_us_site_s_figures_in_the_body_are_guessed_month_first() -> None:
    event, = _events_of(STORM, "Springfield", dt.date(2024, 6, 2),
                        {"url": "https://news.example.us/storm"})
    assert event.date == dt.date(2024, 4, 5)
    assert ".us" in event.flag


def test_the_order_recorded_from_the_feed_proves_the_body_s_figures() -> None:
    order = {"order": "month", "by": "11/13/2024"}
    event, = _events_of(STORM, "Springfield", dt.date(2024, 6, 2), {DATE_ORDER: order})
    assert (event.date, event.flag) == (dt.date(2024, 4, 5), "")
    assert "11/13/2024" in event.evidence


def test_without_metadata_the_guess_is_still_day_first() -> None:
    event, = _events_of(STORM, "Springfield", dt.date(2024, 6, 2))
    assert event.date == dt.date(2024, 5, 4) and "reads two ways" in event.flag
