"""What the articles say about one place in a time window: the side panel's content.

Kept out of the dashboard so it can be tested without Streamlit and reused by the pages.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import PurePath
from types import ModuleType
from urllib.parse import urlparse

import pandas as pd

from placeline.notices import NOTICE_WORDS, end_notice_start, notice_repeats
from placeline.present import highlighted, span_label
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
    # each sentence's own event date, where they are not all the card's (else none)
    sentence_dates: list[str] = field(default_factory=list)


def place_snippets(store: Store, place_id: str, window: pd.DataFrame,
                   limit: int | None = None) -> list[Snippet]:
    """Every article mentioning the place within the window, newest first, with the
    sentence of each mention whose event is in the window (place names highlighted,
    Markdown-safe): not the sentences of the article's other dates for that place.

    Only the first `limit` articles are read (the panel shows a page of cards: a place in
    327 articles had every one read, dated again and sent at each step of the slider, 1.5
    to 9 s a step — an audit), and each card is kept for the store's revision, so a step
    that leaves an article's events of the place as they were builds it no more."""
    rows = window[window["place_id"] == place_id]
    if rows.empty:
        return []
    firsts = card_order(rows)
    if limit is not None:
        firsts = firsts.head(limit)
    revision = store.last_change()
    own = dict(tuple(rows[rows["article_id"].isin(firsts["article_id"])].groupby(
        "article_id", sort=False)))
    result = []
    for event in firsts.to_dict("records"):
        snippet = _cached_snippet(store, revision, place_id, event,
                                  own[int(event["article_id"])])
        if snippet is not None:
            result.append(snippet)
    return result


def card_order(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per article of one place's events: its earliest event in the window (the
    card's date), newest first. Row by row: a first value per column had given a one-day
    event the end of the article's next one ("8 Jun 2021 – 30 Nov 2021")."""
    firsts = rows.sort_values("date", kind="stable").drop_duplicates("article_id")
    order = firsts.assign(_date=firsts["date"].fillna("").astype(str))
    return order.sort_values(["_date", "article_id"], ascending=False).drop(columns="_date")


def copy_groups(order: list[int], copy_of: dict[int, int]) -> list[list[int]]:
    """The cards' articles (`order`, newest first) gathered by the text they are near-copies
    of (`eventindex.near_copies`), each group in that order, its first the card shown: the
    map and the panel's header count near-copies once, and the panel had printed eight
    full cards of one wire story, the same sentences each time, under "1 article" (audit
    35, item 4)."""
    groups: dict[int, list[int]] = {}
    for article in order:
        groups.setdefault(copy_of.get(article, article), []).append(article)
    return list(groups.values())


def copy_name(source: str, url: str | None = None) -> str:
    """Who ran a copy, as far as the store knows: its site, else its file's name and folder
    ("b2/courier_quake.txt", "feed.jsonl#x3"), the folders above being an ingest's own."""
    host = urlparse(url or "").netloc
    if host:
        return host.removeprefix("www.")
    return "/".join(PurePath(source.removeprefix("upload:")).parts[-2:])


def version_order(articles: pd.DataFrame) -> list[int]:
    """The ids of `articles` (id-indexed, with `published`), oldest version first: by
    publication date, then as stored (the store numbers articles in the order it met
    them). The order `version_notes` tells newer from older by, and a group's card leads
    with the last (`newest_first`)."""
    ordered = articles.reset_index(names="aid").assign(
        day=lambda f: f["published"].fillna("").astype(str)).sort_values(["day", "aid"])
    return ordered["aid"].astype(int).tolist()


def newest_first(groups: list[list[int]], articles: pd.DataFrame) -> list[list[int]]:
    """Groups of near-copies (`copy_groups`), each with its newest version first, the card
    shown (`version_order`, in one sort for them all; `articles` id-indexed), the others as
    they were. The card had been the newest by event date, which may be an older version:
    Chivay's "at least four" dead led over "at least five", stored before it but published
    a day later."""
    shared = [article for group in groups if len(group) > 1 for article in group]
    if not shared:
        return groups
    rank = {article: i for i, article in enumerate(version_order(articles.loc[shared]))}
    leads = [max(group, key=rank.__getitem__) if len(group) > 1 else group[0]
             for group in groups]
    return [[lead, *(article for article in group if article != lead)]
            for lead, group in zip(leads, groups, strict=True)]


# A title's "Correction" ends at a colon, a bar, a bracket, or a dash before a space or
# "UPDATE" ("CORRECTED-UPDATE 1-…"): not "Correction-facility riot", "Corrections officers".
_CORRECTION_TITLE = re.compile(r"\W*(?:correction|corrected|corrects)\s*"
                               r"(?:[:|(]|[-–—](?=\s|update))", re.IGNORECASE)
# What a notice's own line opens with: "(Corrects death toll …)", "Correction: …".
_CORRECTION_LINE = re.compile(r"\s*(?:\(corrects\b|(?:correction|corrected)\s*[:\-–—])",
                              re.IGNORECASE)
CORRECTION_HEAD = 600  # characters of a text in which a notice says it corrects a story


def is_correction(title: str | None, text: str | None) -> bool:
    """Whether an article is a correction notice: its title opens with "Correction",
    "Corrected" or "Corrects" and a colon, a bar, a bracket or a dash ("Correction: …", a
    wire service's "CORRECTED-UPDATE 1-…"; not "Corrections officers strike" nor
    "Correction-facility riot"), its first line after the title is a notice's ("(Corrects
    death toll in paragraph 1 …)", "Correction: …"; a later one is the story's: "ALBANY,
    N.Y. -\nCorrection: officers at the state prison walked out"), or its opening says
    so in a notice's words ("An earlier version of this story misstated …", not a report
    the story is about), or its end does (`notices.end_notice_start`: "This article was
    amended on 3 March 2024 to correct …" as its last paragraph, which had gone unmarked).
    A notice is a near-copy of the story it corrects, and its card had read as the
    story's, unmarked."""
    return _correction_mark(title, text) is not None


def _opens_as_correction(title: str | None, text: str | None) -> bool:
    """`is_correction` by the title and the opening."""
    if _CORRECTION_TITLE.match(title or ""):
        return True
    body = (text or "").lstrip()
    if title and body.startswith(title.strip()):
        body = body[len(title.strip()):].lstrip()
    first_line = body.split("\n", 1)[0]
    notice = end_notice_start(body)  # (a short story's end notice is no opening: review 35)
    return bool(_CORRECTION_LINE.match(first_line)) or \
        bool(NOTICE_WORDS.search(body, 0, min(CORRECTION_HEAD, notice or len(body))))


def card_note(version: str | None, title: str | None, text: str | None) -> str | None:
    """What a card says of itself above its dates: "correction notice" ("correction notice
    at its end" where the story ends with one: the card's sentences are the story's), its
    version's note (`version_notes`), both, or nothing."""
    marks = [*([correction] if (correction := _correction_mark(title, text)) else []),
             *([version] if version else [])]
    return " · ".join(marks) or None


def _correction_mark(title: str | None, text: str | None) -> str | None:
    if _opens_as_correction(title, text):
        return "correction notice"
    return "correction notice at its end" if end_notice_start(text or "") is not None \
        else None


def version_notes(articles: pd.DataFrame) -> dict[int, str]:
    """Among one group of near-copies (`articles`: id-indexed, with title, published,
    article_source and url), each one that is a version of another, by one file name or
    web address, or one title: "newer version of article 1" for the later (by publication
    date, then as stored: `version_order`), "older version (article 6 is newer)" for the
    earlier. Two cards of one headline, "at least four" dead and "at least five", had said
    nothing of which was the edit (audit 35, item 4)."""
    keys = {aid: (copy_name(articles.at[aid, "article_source"],
                            _text_or_none(articles.at[aid, "url"])),
                  str(articles.at[aid, "title"]).strip().casefold())
            for aid in version_order(articles)}
    ids = list(keys)
    notes: dict[int, str] = {}
    for place, article in enumerate(ids):
        name, title = keys[article]
        same = [other for other in ids if other != article
                and (keys[other][0] == name or keys[other][1] == title)]
        earlier = [other for other in same if ids.index(other) < place]
        later = [other for other in same if ids.index(other) > place]
        if later:
            notes[article] = f"older version (article {later[-1]} is newer)"
        elif earlier:
            notes[article] = f"newer version of article {earlier[-1]}"
    return notes


_CARD_FIELDS = ("date", "date_end", "precision", "date_method", "date_evidence", "date_flag",
                "story_id")


def _card_key(event: dict) -> tuple:
    return tuple(_text_or_none(event.get(field)) for field in _CARD_FIELDS)


def _events_key(events: pd.DataFrame) -> tuple:
    """What a card's sentences depend on: the dates and spans of the article's events of
    the place in the window."""
    columns = ("date", "date_end", "snippet_start", "snippet_end")
    return tuple(sorted(zip(*(events[c].astype(object).tolist() for c in columns),
                            strict=True), key=str))


CARDS_KEPT = 512  # per store; (about the texts `_expressions` keeps)
_CARDS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_CARDS_LOCK = threading.Lock()


def _cached_snippet(store: Store, revision: int, place_id: str, event: dict,
                    events: pd.DataFrame) -> Snippet | None:
    """`_snippet`, built once per store and key (the least recently used dropped past
    CARDS_KEPT); the store's revision in the key makes a correction or an ingest build
    it anew."""
    key = (revision, place_id, int(event["article_id"]), _card_key(event), _events_key(events))
    with _CARDS_LOCK:
        kept = _CARDS.setdefault(store, OrderedDict())
        if key in kept:
            kept.move_to_end(key)
            return kept[key]
    snippet = _snippet(store, place_id, event, events)
    with _CARDS_LOCK:
        kept[key] = snippet
        while len(kept) > CARDS_KEPT:
            kept.popitem(last=False)
    return snippet


def _snippet(store: Store, place_id: str, event: dict,
             events: pd.DataFrame) -> Snippet | None:
    """The card of one article: `event` is its first event of the place in the window,
    `events` all of them."""
    article_id = int(event["article_id"])
    article = store.article(article_id)
    if article is None:
        return None
    text = article["text"]
    every = store.mentions(article_id)
    mentions = [m for m in every if m["place_id"] == place_id] + \
        _anaphors_of(text, every, place_id)
    stamp = _stamp(article["published"], article["metadata"])
    written, stamp = _written_on(text, article["published"], stamp, article["metadata"])
    sentences: dict[tuple[int, int], list[tuple[int, int]]] = {}
    dates: dict[tuple[int, int], set] = {}  # each sentence's events' (date, end)s
    for m, key in _in_window(text, mentions, written, events, stamp,
                             _told_from_east(text, stamp, written, every),
                             article["metadata"] or "{}"):
        span = sentence_at(text, m["start_char"])
        sentences.setdefault(span, []).append((m["start_char"], m["end_char"]))
        dates.setdefault(span, set()).add(key)
    sentences, dates = _as_shown(card_sentences(text, article["title"], sentences),
                                 sentences, dates)
    card = (_text_or_none(event["date"]), _text_or_none(event["date_end"]))
    return Snippet(
        article_id=article_id, title=article["title"],
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
        sentence_dates=sentence_dates([dates[span] for span in sorted(sentences)], card),
    )


Span = tuple[int, int]


def card_sentences(text: str, title: str | None,
                   spans: Iterable[Span]) -> dict[Span, Span | None]:
    """Each of a place's sentences in an article (`spans`) → the sentence a card shows it
    in: itself; its title line none where other sentences are (`_drop_title_line`); a
    bare dateline joined with its lead (`_join_datelines`). The reading panel's cards and
    the export's snippets (`shown_snippet`) both go by it: an export's row had given the
    headline where the panel showed the body's sentences (audit 36, 2.3)."""
    shown: dict[Span, Span | None] = {span: span for span in spans}
    kept = {span: [span] for span in shown}
    _drop_title_line(kept, text, title)
    _join_datelines(kept, {}, text)
    for into, held in kept.items():
        for span in held:
            shown[span] = into
    return {span: (into if into in kept else None) for span, into in shown.items()}


def shown_snippet(text: str, title: str | None, span: Span,
                  others: Callable[[], Iterable[int]]) -> Span:
    """The sentence an export's row gives for an event whose sentence is `span`, as its
    card shows it (`card_sentences`): the title line only where the place's other
    mentions of the event (`others`, their first characters, asked only of the title's
    line) name it nowhere else, else the first of theirs."""
    spans = {span}
    if title and not text[:span[0]].strip() and text[span[0]:span[1]].strip() == title.strip():
        spans |= {sentence_at(text, start) for start in others()}
    elif not is_dateline(text[span[0]:span[1]]):
        return span
    shown = card_sentences(text, title, spans)
    return shown[span] or min(into for into in shown.values() if into)


def _as_shown(shown: dict[Span, Span | None], sentences: dict[Span, list],
              dates: dict[Span, set]) -> tuple[dict[Span, list], dict[Span, set]]:
    """A card's marks and dates by the sentences it shows (`card_sentences`)."""
    marks: dict[Span, list] = {}
    keys: dict[Span, set] = {}
    for span, into in shown.items():
        if into is not None:
            marks.setdefault(into, []).extend(sentences[span])
            keys.setdefault(into, set()).update(dates.get(span, set()))
    return marks, keys


_DATELINE_HEAD = re.compile(r"[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)*,")
_LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")


def is_dateline(sentence: str) -> bool:
    """Whether a sentence is a bare dateline: a place in capitals and a comma, a date, the
    agency ("BISHKEK, December 3. /TASS/."), at most eight words and none a lower-case word
    of four letters or more (a sentence's verbs and nouns). Agencies that end the dateline
    with a full stop leave it a sentence of its own, which holds the place's name and no
    news: Bishkek's card had read "BISHKEK, December 3. /TASS/." alone (audit 35, item 12)."""
    words = sentence.split()
    return (len(words) <= 8 and bool(_DATELINE_HEAD.match(sentence.strip()))
            and not _LOWER_WORD.search(sentence))


def _join_datelines(sentences: dict[tuple[int, int], list], dates: dict[tuple[int, int], set],
                    text: str) -> None:
    """A bare dateline (`is_dateline`) on a card goes with the sentence after it, the lead,
    in its paragraph: the lead's own names and dates are the card's too."""
    for span in sorted(sentences):
        start, end = span
        if not is_dateline(text[start:end]):
            continue
        after = end + len(text[end:]) - len(text[end:].lstrip())
        lead = sentence_at(text, after)
        if after >= len(text) or lead[0] < end or "\n" in text[end:lead[0]]:
            continue  # (the text's last sentence, or the next paragraph's)
        joined = (start, lead[1])
        sentences[joined] = sentences.pop(span) + sentences.pop(lead, [])
        dates[joined] = dates.pop(span, set()) | dates.pop(lead, set())


def _drop_title_line(sentences: dict[tuple[int, int], list], text: str,
                     title: str | None) -> None:
    """The title's line out of a card that has other sentences: the stored text opens with
    the title, and a card for a place the title names showed it twice, as the card's
    heading and again as its first sentence ("Glacier lake flood warning in Gilgit" over
    "Glacier lake flood warning in **Gilgit**"). Kept where it is the only sentence."""
    if len(sentences) < 2 or not title:
        return
    for start, end in list(sentences):
        if not text[:start].strip() and text[start:end].strip() == title.strip():
            del sentences[(start, end)]


def _dating() -> ModuleType:
    """`placeline.dates`, imported when the first card is dated, not with this module: its
    patterns and word lists took about a third of a second of the dashboard's cold start,
    before the map it does not need."""
    from placeline import dates

    return dates


def _written_on(text: str, published: str | None, stamp: dt.datetime | None,
                metadata: str | None) -> tuple[str | None, dt.datetime | None]:
    """The day (ISO) and instant an article's times count from, as `build_events` reads them
    (`dates.written_on`: an update's, where its dateline names the day it was modified)."""
    day = dt.date.fromisoformat(published[:10]) if published else None
    written, stamp = _dating().written_on(text, day, stamp, json.loads(metadata or "{}"))
    return (written.isoformat() if written else None), stamp


def _told_from_east(text: str, stamp: dt.datetime | None, published: str | None,
                    mentions: list[dict]) -> tuple[frozenset[tuple[int, int]], bool]:
    """`sentences_told_from_east` of an article, from all its stored mentions, and whether
    the whole article is (`told_from_east`), as `build_events` has them."""
    day = dt.date.fromisoformat(published[:10]) if published else None
    placed = [(m["start_char"], (m["lat"], m["lon"], m["country"] or "", m["kind"]))
              for m in mentions if m["place_id"]]
    dating = _dating()
    return (dating.sentences_told_from_east(text, stamp, day, placed),
            dating.told_from_east(stamp, day, [place for _, place in placed]))


def _events() -> ModuleType:
    """`placeline.events`, imported when the first card is dated, as `_dating` imports
    `placeline.dates` (which it imports)."""
    from placeline import events

    return events


def _anaphors_of(text: str, every: list[dict], place_id: str) -> list[dict]:
    """The anaphors ("the city") that stand for the place in the article, as `build_events`
    dated them (`events.anaphors`), as mentions of it marked `anaphor` (not stored)."""
    named = next((m for m in every if m["place_id"] == place_id), None)
    if named is None:
        return []
    return [{**named, "start_char": start, "end_char": end, "anaphor": True}
            for start, end, pid in _article_anaphors(text, tuple(
                (m["start_char"], m["place_id"], m["kind"]) for m in every if m["place_id"]))
            if pid == place_id]


@lru_cache(maxsize=512)
def _article_anaphors(text: str, named: tuple[tuple[int, str, str], ...]
                      ) -> tuple[tuple[int, int, str], ...]:
    """`events.anaphors` of an article, found once for all its places' cards (review 36,
    item 12: each card had scanned the whole text again), as `_expressions` is."""
    return tuple(_events().anaphors(text, named))


def _in_window(text: str, mentions: list[dict], published: str | None,
               events: pd.DataFrame, stamp: dt.datetime | None = None,
               east: tuple[frozenset[tuple[int, int]], bool] = (frozenset(), False),
               metadata: str = "{}") -> list[dict]:
    """The mentions whose own event is one of `events` (an article's events of one place in
    the window): each mention is dated again as its event was (`build_events`; `east`: the
    sentences told from east of a UTC stamp, `sentences_told_from_east`, and whether the
    whole article is, `told_from_east`; `metadata`, the
    article's as stored, JSON: the order of its dates in figures). Events a former rule
    dated otherwise match no mention: then the sentences the events hold."""
    wanted = {(_text_or_none(e.date), _text_or_none(e.date_end)) for e in events.itertuples()}
    day = dt.date.fromisoformat(published[:10]) if published else None
    grouped = _expressions(text, metadata)
    dating = _dating()
    anaphor_s_date = _events().anaphor_s_date
    utc = dating.stamped_in_utc(stamp)
    kept = []
    repeated = notice_repeats(text, [(m["start_char"], m["place_id"]) for m in mentions])
    for m in mentions:
        if m["start_char"] in repeated:
            continue
        local = dating.local_date(stamp, day, m["lat"], m["lon"], m["country"] or "", m["kind"])
        guess = dating.event_date(text, m["start_char"], m["end_char"], day, grouped, local,
                                  utc, sentence_at(text, m["start_char"]) in east[0],
                                  east[1])
        if m.get("anaphor") and anaphor_s_date(text, m["start_char"], m["end_char"], guess,
                                               "") is None:
            continue  # (an anaphor makes an event only with a date of its own)
        key = (guess.date and guess.date.isoformat(), guess.end and guess.end.isoformat())
        if key in wanted:
            kept.append((m, key))
    if kept:
        return kept
    spans = [(int(e.snippet_start), int(e.snippet_end),
              (_text_or_none(e.date), _text_or_none(e.date_end))) for e in events.itertuples()]
    held = [(m, next(k for s, e, k in spans if s <= m["start_char"] < e)) for m in mentions
            if any(s <= m["start_char"] < e for s, e, _ in spans)]
    return held or [(m, None) for m in mentions]


def sentence_dates(keys: list[set], card: tuple) -> list[str]:
    """Each sentence's own event date ("1 Jan 2025"), where a card's sentences are not all
    of its date (`card`: its (date, end)); none where they are. The card's one "Event: 3
    Dec 2024" had stood over "The Jan. 1 earthquake killed …", and UPDATE 2's "12 Mar"
    over its lead of 13 March (audit 35, item 6)."""
    every = set().union(*keys) - {None} if keys else set()
    if every <= {card}:
        return []
    return [", ".join(span_label(*key) for key in sorted(dates - {None}, key=str))
            for dates in keys]


@lru_cache(maxsize=512)
def _expressions(text: str, metadata: str = "{}"):
    """The article's time expressions by sentence, found once per article in the server's
    life, not again at every rerun (the panel of a place in 1,285 articles had gone from
    3.2 s to 9.2 s a rerun — a review); its figures read by its metadata (stored JSON) as
    `build_events` read them."""
    try:
        data = json.loads(metadata)
    except ValueError:
        data = {}
    return _dating().expressions_in_sentences(text, data if isinstance(data, dict) else {})


def _stamp(published: str | None, metadata: str | None) -> dt.datetime | None:
    """The instant the article was stamped with, as `build_events` had it."""
    try:
        data = json.loads(metadata or "{}")
    except ValueError:
        return None
    return _dating().stored_stamp(published, data) if isinstance(data, dict) else None


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
