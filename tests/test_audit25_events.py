"""Audit 25, item 6: a name only guessed at a town ("River Teme", which no gazetteer has, put
at Upton upon Severn) neither gives the town's event its sentence nor lends its event the
sureness of the town's own mention."""

from __future__ import annotations

import datetime as dt

from placeline.ingest import RawDocument
from placeline.models import Article, Event, Mention, Place
from placeline.pipeline import Pipeline

_UPTON = "geonames:2635080"


def _upton_events(store, geoparser, body: str):
    text = f"published: 2024-01-05\n\nFloods in Worcestershire\n\n{body}"
    Pipeline(store, geoparser).ingest([RawDocument("floods.txt", text)])
    events = store.events_frame()
    text = store.article(int(events["article_id"].iloc[0]))["text"]
    rows = events[events["place_id"] == _UPTON]
    return [(str(row.date), round(row.confidence, 2),
             text[row.snippet_start:row.snippet_end]) for row in rows.itertuples()]


def test_the_town_s_own_sentence_is_its_event_s(store, geoparser):
    body = ("Hundreds of people were evacuated after the River Severn and River Teme burst "
            "their banks. Upton upon Severn was cut off.")
    [(_, confidence, snippet)] = _upton_events(store, geoparser, body)
    assert snippet == "Upton upon Severn was cut off."
    assert confidence > 0.9


def test_an_event_only_a_guess_makes_is_as_sure_as_the_guess(store, geoparser):
    body = ("The River Severn and River Teme flooded fields on Monday. Upton upon Severn was "
            "cut off on Wednesday.")
    events = {date: (confidence, snippet) for date, confidence, snippet
                  in _upton_events(store, geoparser, body)}
    assert events["2024-01-03"][0] > 0.9
    assert events["2024-01-01"][0] < 0.5


def test_a_place_off_the_timeline_is_listed_once(store):
    """Review 25: with an event's confidence its sentence's, an undated article's place with
    two events (its own sentence and a guess's) was listed twice off the timeline."""
    text = "Floods hit Upton on 1 March 2024. The Teme rose near Upton on 3 March 2024."
    upton = Place("test:upton", "Upton", 52.0, -2.2, "city", "GB", 3000)
    store.add_article(
        Article("a.txt", "Floods", text, "h1", published=None),
        [Mention(11, 16, "Upton", upton, 1.0), Mention(38, 42, "Teme", upton, 0.2)],
        [Event(upton.id, dt.date(2024, 3, 1), None, "day", 0, 33),
         Event(upton.id, dt.date(2024, 3, 3), None, "day", 34, len(text))])
    off = store.off_timeline_places(basis="published")
    assert off["confidence"].tolist() == [1.0]
