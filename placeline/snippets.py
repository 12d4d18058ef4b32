"""What the articles say about one place in a time window: the side panel's content.

Kept out of the dashboard so it can be tested without Streamlit and reused by the pages.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from placeline.dates import event_date, expressions_in_sentences, local_date, stored_stamp
from placeline.present import highlighted
from placeline.store import Store
from placeline.text import sentence_at


@dataclass
class Snippet:
    article_id: int
    title: str
    published: str | None
    published_method: str
    event_date: str | None
    event_date_end: str | None
    precision: str
    sentences_markdown: list[str]
    text: str
    date_method: str = ""  # how the event date was found: explicit | relative | fallback
    date_evidence: str = ""  # the time expression it came from ("on Thursday (future tense)")
    date_flag: str = ""  # a date in the text that was rejected (future, before 1900)
    story_id: int | None = None  # same story, same day: count it once


def place_snippets(store: Store, place_id: str, window: pd.DataFrame) -> list[Snippet]:
    """Every article mentioning the place within the window, newest first, with the
    sentence of each mention whose event is in the window (place names highlighted,
    Markdown-safe): not the sentences of the article's other dates for that place."""
    rows = window[window["place_id"] == place_id]
    if rows.empty:
        return []
    result = []
    firsts = rows.sort_values("date").groupby("article_id", sort=False).first()
    for article_id, event in firsts.iterrows():
        article = store.article(int(article_id))
        if article is None:
            continue
        text = article["text"]
        mentions = [m for m in store.mentions(int(article_id)) if m["place_id"] == place_id]
        sentences: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for m in _in_window(text, mentions, article["published"],
                            rows[rows["article_id"] == article_id],
                            _stamp(article["published"], article["metadata"])):
            sentences.setdefault(sentence_at(text, m["start_char"]), []).append(
                (m["start_char"], m["end_char"]))
        result.append(Snippet(
            article_id=int(article_id), title=article["title"],
            published=article["published"], published_method=article["published_method"],
            event_date=_text_or_none(event["date"]),
            event_date_end=_text_or_none(event["date_end"]), precision=event["precision"],
            sentences_markdown=[highlighted(text, s, e, marks)
                                for (s, e), marks in sorted(sentences.items())],
            text=text,
            date_method=str(event.get("date_method", "") or ""),
            date_evidence=str(event.get("date_evidence", "") or ""),
            date_flag=str(event.get("date_flag", "") or ""),
            story_id=_int_or_none(event.get("story_id")),
        ))
    return sorted(result, key=lambda s: (s.event_date or "", s.article_id), reverse=True)


def _in_window(text: str, mentions: list[dict], published: str | None,
               events: pd.DataFrame, stamp: dt.datetime | None = None) -> list[dict]:
    """The mentions whose own event is one of `events` (an article's events of one place in
    the window): each mention is dated again as its event was (`build_events`). Events a
    former rule dated otherwise match no mention: then the sentences the events hold."""
    wanted = {(_text_or_none(e.date), _text_or_none(e.date_end)) for e in events.itertuples()}
    day = dt.date.fromisoformat(published[:10]) if published else None
    grouped = _expressions(text)
    kept = []
    for m in mentions:
        local = local_date(stamp, day, m["lat"], m["lon"], m["country"] or "", m["kind"])
        guess = event_date(text, m["start_char"], m["end_char"], day, grouped, local)
        key = (guess.date and guess.date.isoformat(), guess.end and guess.end.isoformat())
        if key in wanted:
            kept.append(m)
    if kept:
        return kept
    spans = [(int(e.snippet_start), int(e.snippet_end)) for e in events.itertuples()]
    return [m for m in mentions if any(s <= m["start_char"] < e for s, e in spans)] or mentions


@lru_cache(maxsize=512)
def _expressions(text: str):
    """The article's time expressions by sentence, found once per article in the server's
    life, not again at every rerun (the panel of a place in 1,285 articles had gone from
    3.2 s to 9.2 s a rerun — a review)."""
    return expressions_in_sentences(text)


def _stamp(published: str | None, metadata: str | None) -> dt.datetime | None:
    """The instant the article was stamped with, as `build_events` had it."""
    try:
        data = json.loads(metadata or "{}")
    except ValueError:
        return None
    return stored_stamp(published, data) if isinstance(data, dict) else None


def _text_or_none(value: object) -> str | None:
    return None if value is None or pd.isna(value) else str(value)


def neighbours(window: pd.DataFrame, place_id: str) -> list[str]:
    """Other places mentioned by the same articles in the window ("also mentioned here"):
    those in the most of these articles first, then those with the most events in them,
    then by name. (Cut alphabetically, a short list dropped the story's main places.)"""
    articles = set(window.loc[window["place_id"] == place_id, "article_id"])
    others = window[window["article_id"].isin(articles) & (window["place_id"] != place_id)]
    counts = others.groupby("place")["article_id"].agg(["nunique", "size"]).reset_index()
    ordered = counts.sort_values(["nunique", "size", "place"], ascending=[False, False, True])
    return list(ordered["place"])


def _int_or_none(value: object) -> int | None:
    return None if value is None or pd.isna(value) else int(value)
