"""Join mentions and dates into events: one per (article, place, date).

The snippet of an event is the sentence of its first mention; the side panel shows every
mention's sentence, so nothing is lost by keeping one snippet per event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from placeline.dates import event_date, expressions_in_sentences
from placeline.models import Event, Mention
from placeline.text import sentence_at


def build_events(text: str, mentions: Iterable[Mention], published: dt.date | None) -> list[Event]:
    """Events of one article, in order of first mention."""
    grouped = expressions_in_sentences(text)
    events: dict[tuple, Event] = {}
    for mention in mentions:
        if mention.place is None:
            continue
        guess = event_date(text, mention.start, mention.end, published, grouped)
        key = (mention.place.id, guess.date, guess.end)
        if key in events:
            continue
        start, end = sentence_at(text, mention.start)
        events[key] = Event(place_id=mention.place.id, date=guess.date, date_end=guess.end,
                            precision=guess.precision, snippet_start=start, snippet_end=end,
                            method=guess.method, evidence=guess.evidence, flag=guess.flag)
    return list(events.values())
