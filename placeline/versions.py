"""Which of two versions of one article is the newer, so that reading a folder again never
puts an older text back.

A newsroom keeps one export a day (feed_2024-03-04.jsonl, feed_2024-03-05.jsonl); a story
updated on the 5th is in both, under one id and URL. Read again, the 4th's text had replaced
the 5th's and the 5th's the 4th's, every run, moving the article's corrections each way; read
in the other order, the old text won (audit 19). Now a version replaces the stored text only
if it is not the older, judged in this order:

1. the times the two documents give themselves as last modified (a JSONL row's
   `dateModified`, `updated_at` …, a page's `article:modified_time` or JSON-LD
   `dateModified`), when both give one and they differ;
2. else their files' modification times (a zip member's own time), when both have one and
   they differ — a later export is written later;
3. else a text the article had before (the keys of its earlier texts are kept in its
   metadata) is older, and any other the newer: it was read later. An upload has no file
   time, so among uploads the later read wins, unless its text is one the article had.

Not their publication dates: a fixed date moves either way. An older version is "already
stored"; the first time one is met it is told in a warning and its key kept, so a run after
it changes and says nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from email.utils import parsedate_to_datetime

from placeline.dates import date_from_metadata, parse_date_value
from placeline.htmlpage import LAST_MODIFIED
from placeline.ingest import FILE_TIME, spaced

EARLIER = "earlier_versions"  # metadata: keys (`version_key`) of an article's older texts
KEPT = 50  # the latest so many: a story updated hourly for a week needs no more


def version_key(raw: str, url: str, metadata: Mapping[str, object]) -> str:
    """What tells one version of a document from another: its text as read (letter case
    kept), its URL and the date its source declares — what `Pipeline._revised` counts as a
    new version."""
    declared = date_from_metadata(dict(metadata))
    day = declared.date.isoformat() if declared and declared.date else ""
    return hashlib.sha256("\x1f".join((spaced(raw), url, day)).encode("utf-8")).hexdigest()[:32]


def earlier_keys(metadata: Mapping[str, object]) -> list[str]:
    """The keys of the texts an article had before, oldest first."""
    keys = metadata.get(EARLIER)
    return [k for k in keys if isinstance(k, str)] if isinstance(keys, list) else []


def with_earlier(metadata: Mapping[str, object], added: Sequence[str],
                 current: str = "") -> list[str]:
    """An article's earlier keys with `added` last, its `current` text's left out."""
    keys = [k for k in earlier_keys(metadata) if k not in added] + list(added)
    return [k for k in dict.fromkeys(keys) if k != current][-KEPT:]


def parse_time(value: object) -> dt.datetime | None:
    """A time as documents give it (ISO, an e-mail date, a Unix time in seconds or
    milliseconds, a date alone), in UTC; one without an offset is taken as UTC. None if
    it cannot be read."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    text = str(value).strip()
    try:
        if text.replace(".", "", 1).isdigit():
            number = float(text)
            return dt.datetime.fromtimestamp(number / 1000 if number > 1e11 else number, dt.UTC)
        try:
            found = dt.datetime.fromisoformat(text)
        except ValueError:
            found = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError, OSError):
        day = parse_date_value(text) if text else None
        found = dt.datetime(day.year, day.month, day.day) if day else None
    if found is None:
        return None
    return found.replace(tzinfo=dt.UTC) if found.tzinfo is None else found.astimezone(dt.UTC)


def newer(stored: Mapping[str, object], new: Mapping[str, object]) -> tuple[bool | None, str]:
    """(whether the document of metadata `new` is a newer version than the stored one's,
    None when their times do not tell; what told it)."""
    for key, what in ((LAST_MODIFIED, "says it was modified"),
                      (FILE_TIME, "was read from a file modified")):
        before, after = parse_time(stored.get(key)), parse_time(new.get(key))
        if before and after and before != after:
            return after > before, (f"it {what} {_shown(after)}, the stored one "
                                    f"{_shown(before)}")
    return None, ""


def _shown(when: dt.datetime) -> str:
    return f"{when:%Y-%m-%d %H:%M:%S} UTC"
