"""Events as a few numpy columns, so one slider move stays fast at a million events.

A pandas frame with one row per event and its strings (title, place name, source…) costs
about 1.6 GB at 1M events and 0.2-0.6 s per window. Here each event is five numbers (article,
place code, first day, last day, confidence) and everything textual lives once per place or
per article in small lookup tables. A window is a boolean mask; per-place counts are
`np.bincount` over a pre-sorted order, so distinct articles per place need no sort per move.
Rows with text are fetched from the store only for what a person reads (one place's
articles, an export).

Near-copies of one text (a wire story saved twice, a daily export saved again with a word
changed) are one article to the counts: each event also carries the article it is a copy of
(`copy_of`, itself for most), found once per load among the articles of one story.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from placeline.ingest import shared_wording, wording
from placeline.layers import LONG_SPAN_DAYS, css_classes

EPOCH = dt.date(1970, 1, 1)


def day_number(value: str | dt.date) -> int:
    """Days since 1970-01-01 (the integer form of dates inside the index)."""
    day = dt.date.fromisoformat(value) if isinstance(value, str) else value
    return (day - EPOCH).days


def days_iso(numbers: np.ndarray) -> list[str]:
    """Day numbers back to ISO dates (numpy's datetime64 counts days from 1970-01-01 too)."""
    return np.asarray(numbers, dtype="int64").astype("datetime64[D]").astype(str).tolist()


@dataclass
class EventIndex:
    """Numeric event columns sorted by (place, article), plus per-place/article lookups."""

    event_id: np.ndarray      # int64, the store's event id
    article: np.ndarray       # int32 article id
    place: np.ndarray         # int32 code into `places`
    first: np.ndarray         # int32 day number of the event's date
    last: np.ndarray          # int32 day number of its end (== first for one day)
    confidence: np.ndarray    # float32, best mention confidence of the place in the article
    places: pd.DataFrame      # one row per code: place_id, place, lat, lon, kind, country
    articles: pd.DataFrame    # indexed by article id: title, published, source
    copy_of: np.ndarray       # int32 article id the event's article is a near-copy of (or its own)
    articles_changed: int = 0  # the store's count of deletes and restores when read
                               # (`Store.articles_changed`)

    @classmethod
    def build(cls, rows: Iterable[tuple], places: pd.DataFrame, articles: pd.DataFrame,
              copies: dict[int, int] | None = None) -> EventIndex:
        """From (event_id, article_id, place_id, first_day, last_day, confidence) rows;
        `copies`: article id → the article it is a near-copy of (see `near_copies`)."""
        codes = {pid: code for code, pid in enumerate(places["place_id"])}
        chunks: list[tuple] = []
        batch: list[tuple] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= 100_000:
                chunks.append(_columns(batch, codes))
                batch = []
        if batch or not chunks:
            chunks.append(_columns(batch, codes))
        event_id, article, place, first, last, confidence = (
            np.concatenate([c[i] for c in chunks]) for i in range(6))
        copy_of = _copy_column(article, copies or {})
        order = np.lexsort((article, copy_of, place))  # copies of one text side by side
        places = places.reset_index(drop=True)
        places["css"] = css_classes(places["place_id"])
        return cls(event_id[order], article[order], place[order], first[order], last[order],
                   confidence[order], places, articles, copy_of[order])

    def __len__(self) -> int:
        return len(self.event_id)

    # -- masks -----------------------------------------------------------------------------

    def everything(self) -> np.ndarray:
        return np.ones(len(self), dtype=bool)

    def filtered(self, kinds: Iterable[str] = (), sources: Iterable[str] = (),
                 place_ids: Iterable[str] = (), articles: Iterable[int] | None = None,
                 min_confidence: float = 0.0) -> np.ndarray:
        """Mask of the events that pass the sidebar filters (time aside)."""
        mask = self.everything()
        kinds, sources, place_ids = set(kinds), set(sources), set(place_ids)
        if kinds:
            mask &= self._place_flag(self.places["kind"].isin(kinds))
        if place_ids:
            mask &= self._place_flag(self.places["place_id"].isin(place_ids))
        if sources:
            wanted = self.articles.index[self.articles["source"].isin(sources)]
            mask &= np.isin(self.article, wanted.to_numpy())
        if articles is not None:
            mask &= np.isin(self.article, np.fromiter(articles, dtype=np.int64))
        if min_confidence > 0:
            mask &= self.confidence >= min_confidence
        return mask

    def _place_flag(self, per_place: pd.Series) -> np.ndarray:
        return per_place.to_numpy(dtype=bool)[self.place]

    @cached_property
    def long(self) -> np.ndarray:
        """Events spanning LONG_SPAN_DAYS or more (a month, a season, a year): some time in
        them, not on each day (see `placeline.layers.in_window`)."""
        return (self.last - self.first) >= LONG_SPAN_DAYS

    @cached_property
    def timeline_end(self) -> int:
        """The last day any event starts on (the slider's last stop, unfiltered): a span
        running past it is held whole by a window reaching it (`layers.in_window`)."""
        return int(self.first.max(initial=0))

    def in_window(self, mask: np.ndarray, start: str, end: str) -> np.ndarray:
        """Events in `mask` that fall in [start, end]: one shorter than LONG_SPAN_DAYS when
        its [first, last] overlaps the window, a longer one when the window holds it whole,
        up to the timeline's end (see `placeline.layers.in_window`)."""
        first, last = day_number(start), day_number(end)
        overlaps = (self.first <= last) & (self.last >= first)
        return mask & overlaps & (~self.long | self._held_whole(first, last))

    def _held_whole(self, first: int, last: int) -> np.ndarray:
        return (self.first >= first) & (np.minimum(self.last, self.timeline_end) <= last)

    def partial_spans(self, mask: np.ndarray, start: str, end: str) -> int:
        """Events in `mask` of a month or longer that overlap [start, end] but that it does
        not hold whole (so not in `in_window`): the note under the slider tells them apart
        from the events outside the window."""
        first, last = day_number(start), day_number(end)
        overlaps = (self.first <= last) & (self.last >= first)
        return int((mask & overlaps & self.long & ~self._held_whole(first, last)).sum())

    # -- aggregates ------------------------------------------------------------------------

    def days(self, mask: np.ndarray) -> list[str]:
        """The days that have events (what the slider offers)."""
        return days_iso(np.unique(self.first[mask]))

    def per_day(self, mask: np.ndarray, start: str, end: str) -> pd.DataFrame:
        """One row per day that events in `mask` start on: `events` shorter than
        LONG_SPAN_DAYS (the bars' heights) and `spans` longer, counted apart. A country's
        "this year" on 1 January, 10,457 of them in a 30,000-article store, had set the bars'
        scale, every other day a flat line (audit 38, item 5)."""
        numbers = np.unique(self.first[mask])
        where = np.searchsorted(numbers, self.first[mask])
        long = self.long[mask]
        frame = pd.DataFrame({
            "day": days_iso(numbers),
            "events": np.bincount(where[~long], minlength=numbers.size),
            "spans": np.bincount(where[long], minlength=numbers.size)})
        frame["in_window"] = (frame["day"] >= start) & (frame["day"] <= end)
        return frame

    def article_count(self, mask: np.ndarray, copies: bool = False) -> int:
        """Articles with events in `mask`, near-copies of one text counted once (each one
        with `copies`)."""
        ids = self.article if copies else self.copy_of
        seen = np.zeros(int(self.article.max(initial=0)) + 1, dtype=bool)
        seen[ids[mask]] = True
        return int(seen.sum())

    @cached_property
    def has_copies(self) -> bool:
        """Whether some article is a near-copy of another (then counts say so)."""
        return bool((self.copy_of != self.article).any())

    def summary(self, mask: np.ndarray) -> pd.DataFrame:
        """One row per place with events in `mask`: articles (near-copies of one text
        counted once), events, first and last day."""
        place, article = self.place[mask], self.copy_of[mask]
        if place.size == 0:
            return pd.DataFrame(columns=["place_id", "place", "lat", "lon", "kind", "country",
                                         "articles", "events", "first", "last"])
        size = len(self.places)
        events = np.bincount(place, minlength=size)
        # Sorted by (place, copy_of, article): a new (place, copy_of) pair starts where either
        # changes, so near-copies of one text count once at no cost per window.
        new_pair = np.ones(place.size, dtype=bool)
        new_pair[1:] = (place[1:] != place[:-1]) | (article[1:] != article[:-1])
        articles = np.bincount(place[new_pair], minlength=size)
        # Rows stay grouped by place, so each place's days are one contiguous segment.
        starts = np.flatnonzero(np.r_[True, place[1:] != place[:-1]])
        first = np.minimum.reduceat(self.first[mask], starts)
        last = np.maximum.reduceat(self.last[mask], starts)
        present = np.flatnonzero(events)
        summary = self.places.iloc[present].copy()
        summary["articles"] = articles[present]
        summary["events"] = events[present]
        summary["first"] = days_iso(first)  # segments come in place order, like `present`
        summary["last"] = days_iso(last)
        return summary.sort_values(["articles", "events"], ascending=False).reset_index(
            drop=True)

    def event_ids(self, mask: np.ndarray) -> list[int]:
        return self.event_id[mask].tolist()

    def named(self, mask: np.ndarray) -> pd.DataFrame:
        """article_id, place_id and place of the events in `mask`, from the index alone: what
        "also mentioned here" counts, with no rows fetched from the store (the panel of a
        place in 327 articles had fetched their 3,107 events at each step of the slider)."""
        places = self.places.iloc[self.place[mask]]
        return pd.DataFrame({"article_id": self.article[mask],
                             "place_id": places["place_id"].to_numpy(),
                             "place": places["place"].to_numpy()})

    def of_place(self, place_id: str) -> np.ndarray:
        """Mask of a place's events (none for a place the index lacks)."""
        code = self.places.index[self.places["place_id"] == place_id]
        if code.empty:
            return np.zeros(len(self), dtype=bool)
        return self.place == code[0]

    def copy_map(self, mask: np.ndarray) -> dict[int, int]:
        """Article id → the article its text is a near-copy of (its own id for most), for
        the events in `mask`."""
        return dict(zip(self.article[mask].tolist(), self.copy_of[mask].tolist(), strict=True))

    def articles_of(self, place_id: str, mask: np.ndarray) -> np.ndarray:
        return np.unique(self.article[mask & self.of_place(place_id)])

    def held(self, stored: Iterable[int]) -> np.ndarray | None:
        """Mask of the events whose article is among `stored` (the ids the store holds
        now), or None when it holds every article of this index: a map drawn from an index
        read before a delete elsewhere drew the deleted article's places (audit 30)."""
        ids = self.articles.index.to_numpy(dtype=np.int64)
        kept = np.isin(ids, np.fromiter(stored, dtype=np.int64))
        if kept.all():
            return None
        alive = np.ones(int(max(ids.max(initial=0), self.article.max(initial=0))) + 1,
                        dtype=bool)
        alive[ids[~kept]] = False  # (a lookup by id: one gather over the events)
        return alive[self.article]


def load_event_index(store, basis: str = "event") -> EventIndex:
    """The index of a store's events, dated by event date or by publication date."""
    with store.snapshot():  # places, articles and events from one state of the store
        changed = store.articles_changed()
        articles = store.index_articles()
        places = store.index_places()
        copies = near_copies(store, articles)
        index = EventIndex.build(store.event_rows(basis), places, articles, copies)
    index.articles_changed = changed
    articles["source"] = source_labels(articles["article_source"], articles["url"])
    return index


# A URL's host as `urllib.parse.urlparse` reads its netloc: after "scheme://", up to the
# first "/", "?" or "#".
_HOST = r"^[A-Za-z][A-Za-z0-9+.-]*://([^/?#]+)"


def source_labels(sources: pd.Series, urls: pd.Series) -> list[str]:
    """`view.source_label` of each article: the host of its URL where it has one (read by
    one pattern over the column), else its source's label, once a distinct source. One
    `urlparse` an article had been 0.6 s of each index load at 34,000 articles (audit 38,
    item 12)."""
    from placeline.view import source_label

    urls = urls.fillna("").astype(str)
    hosts = urls.str.extract(_HOST, expand=False).str.removeprefix("www.")
    hosts = hosts.where(~urls.str.contains(r"[\x00-\x20\[]"))  # (urlparse's own cases)
    labels = {}
    return [host if isinstance(host, str) else labels.setdefault(
                (source, url), source_label(source, url))
            for host, source, url in zip(hosts.tolist(), sources.tolist(), urls.tolist(),
                                         strict=True)]  # (lists: an Arrow column's items
    # are slow to step through one by one)


# Two texts of one story are copies of one text when at least half of the shorter's runs of
# three words are in the other: ingest's test for a new version of a stored article (an edit
# keeps 0.8-1, different articles of one story at most 0.32 on the eval corpora). The four
# Guterres articles of the bundled set are one story and four articles.
COPY_SHARE = 0.5
_STORY_COPIES: dict[tuple, dict[int, int]] = {}  # a story's (id, hash)s → its copies
_STORY_COPIES_KEPT = 20_000


def near_copies(store, articles: pd.DataFrame) -> dict[int, int]:
    """Article id → the smallest id of the texts of its story it is a near-copy of, for the
    articles that are one. "Protest in Leeds" saved in two daily exports, one word changed,
    had counted twice on the map, though ingest had put both in one story (an audit). Only
    stories of several articles are read, and a story whose texts are unchanged is not
    read again at the next load."""
    if "story_id" not in articles or articles.empty:
        return {}
    story = articles["story_id"]  # (an article alone is a story of its own id: not read)
    shared = articles.loc[story.notna() & story.duplicated(keep=False),
                          ["story_id", "content_hash"]]
    found = {tuple(sorted(zip(members.index.tolist(), members["content_hash"], strict=True)))
             : None for _, members in shared.groupby("story_id")}
    for key in found:
        found[key] = _STORY_COPIES.get(key)
    unread = [key for key, copies in found.items() if copies is None]
    if unread:
        texts = store.texts([a for key in unread for a, _ in key])
        for key in unread:
            found[key] = _copies_within([(a, texts.get(a, "")) for a, _ in key])
        if len(_STORY_COPIES) + len(unread) > _STORY_COPIES_KEPT:
            _STORY_COPIES.clear()
        _STORY_COPIES.update((key, found[key]) for key in unread)
    return {a: c for copies in found.values() for a, c in copies.items()}


def _copies_within(members: list[tuple[int, str]]) -> dict[int, int]:
    """Among one story's (id, text)s, sorted by id: id → the first it is a copy of."""
    runs = [(a, wording(text)) for a, text in members]
    copies: dict[int, int] = {}
    for i, (a, mine) in enumerate(runs):
        for b, theirs in runs[:i]:
            if b not in copies and shared_wording(mine, theirs) >= COPY_SHARE:
                copies[a] = b
                break
    return copies


def _copy_column(article: np.ndarray, copies: dict[int, int]) -> np.ndarray:
    """Each event's `copy_of`: its article, or the article that one is a copy of."""
    if not copies:
        return article.copy()
    lookup = np.arange(int(article.max(initial=0)) + 1, dtype=np.int32)
    for a, c in copies.items():
        if a < len(lookup):
            lookup[a] = c
    return lookup[article]


def _columns(batch: list[tuple], codes: dict[str, int]) -> tuple:
    if not batch:
        return (np.array([], np.int64), np.array([], np.int32), np.array([], np.int32),
                np.array([], np.int32), np.array([], np.int32), np.array([], np.float32))
    event_id, article, place_id, first, last, confidence = zip(*batch, strict=True)
    return (np.array(event_id, np.int64), np.array(article, np.int32),
            np.array([codes[p] for p in place_id], np.int32), np.array(first, np.int32),
            np.array(last, np.int32),
            np.array([c if c is not None else 0.0 for c in confidence], np.float32))
