"""What the dashboard shows, as plain functions: time windows, playback steps, labels.

The dashboard only wires widgets to these; keeping them here makes the behaviour testable
without a browser and keeps the script readable.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Sequence
from pathlib import PurePath
from urllib.parse import urlparse

MODES = {"range": "Range", "window": "Last N", "cumulative": "Cumulative"}
# What "Last N" counts, with the count it opens on and the largest it takes: a week, half a
# year, a year (a store of years of news wanted "the last 6 months" of it, which in days
# was a sum to do; audit 37).
UNITS = {"days": (7, 3650), "months": (6, 1200), "years": (1, 100)}
BASES = {"event": "Event date", "published": "Publication date"}
ARTICLE_BINS = ((1, "1 article", "#fdae6b"), (2, "2–3", "#fd8d3c"), (4, "4–9", "#e6550d"),
                (10, "10 or more", "#a63603"))


def source_label(source: str, url: str = "") -> str:
    """A short, groupable name for where an article came from (site, feed, or folder)."""
    if url:
        host = urlparse(url).netloc
        if host:
            return host.removeprefix("www.")
    if "#" in source:
        return PurePath(source.split("#", 1)[0]).name
    if source.startswith("upload:"):
        return "uploads"
    parent = PurePath(source).parent.name
    return parent or PurePath(source).name


def window_for(mode: str, days: Sequence[str], start: str, end: str,
               length: int = 7, unit: str = "days") -> tuple[str, str]:
    """[start, end] of the window shown, for the range / last-N / cumulative modes; the
    last N `unit`s (`UNITS`) end on `end` and start the day after the same day N units
    before it (`back_from`)."""
    if not days:
        return start, end
    if mode == "cumulative":
        return days[0], end
    if mode == "window":
        return back_from(end, length, unit), end
    return start, end


def back_from(end: str, length: int, unit: str = "days") -> str:
    """The first day of the last `length` `unit`s up to `end`: the last 7 days of 15 March
    are 9-15 March, its last 6 months 16 September-15 March, its last 2 years 16 March two
    years before onwards. A month back from a day its month lacks is the month's last day
    (31 March less a month is 29 February in a leap year), so the window holds whole
    months."""
    day, length = dt.date.fromisoformat(end), max(int(length), 1)
    if unit == "days":
        return (day - dt.timedelta(days=length - 1)).isoformat()
    months = length * (12 if unit == "years" else 1)
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    last = calendar.monthrange(year, month)[1] if year >= dt.MINYEAR else 0
    if last == 0:  # (before year 1: the whole of the calendar)
        return dt.date.min.isoformat()
    return (dt.date(year, month, min(day.day, last)) + dt.timedelta(days=1)).isoformat()


def reach(first: str, last: str, unit: str = "days") -> int:
    """The least count of `unit`s whose window up to `last` holds `first` (`back_from`)."""
    if unit == "days":
        return (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days + 1
    step = 12 if unit == "years" else 1
    a, b = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    count = max(((b.year - a.year) * 12 + b.month - a.month) // step, 1)
    while back_from(last, count, unit) > first:
        count += 1
    return count


# How long before the first article's publication the default window starts: a story's
# "last year" stays in view, an obituary's birth year and war do not stretch it (audit 33).
RECENT_BEFORE_DAYS = 366


def recent_start(days: Sequence[str], published: Sequence[str]) -> str:
    """The first day of the default window: the first day with events no more than
    RECENT_BEFORE_DAYS before the earliest publication date of the articles on the slider
    (`published`, ISO dates; none known: the slider's first day). One obituary (events in
    1933 … 1989 beside a week of news) had made the default window 1933 – 2025, the week a
    thin strip at its end; the old events are one move of the slider away."""
    dates = sorted(p[:10] for p in published if p)
    if not days or not dates:
        return days[0] if days else ""
    since = (dt.date.fromisoformat(dates[0]) - dt.timedelta(days=RECENT_BEFORE_DAYS)).isoformat()
    return next((day for day in days if day >= since), days[0])


def play_step(days: Sequence[str], start: str, end: str, mode: str) -> tuple[str, str] | None:
    """The next frame of playback, or None at the end. A range moves as a whole."""
    if end not in days:
        return None
    i = days.index(end)
    if i + 1 >= len(days):
        return None
    if mode == "range" and start in days:
        width = i - days.index(start)
        j = i + 1
        return days[max(0, j - width)], days[j]
    return start, days[i + 1]


def nearest_day(days: Sequence[str], wanted: dt.date) -> str | None:
    """The event day closest to a date typed by the user."""
    if not days:
        return None
    return min(days, key=lambda d: (abs((dt.date.fromisoformat(d) - wanted).days), d))


def colour_for(articles: int) -> str:
    colour = ARTICLE_BINS[0][2]
    for threshold, _, value in ARTICLE_BINS:
        if articles >= threshold:
            colour = value
    return colour


_NOT_IN_A_NAME = re.compile(r"[^\w]+")
NAME_PART_CHARS = 40  # a keyword or a source at most, in a file's name


def _name_part(text: str) -> str:
    """Text fit for a file's name on any system: words joined by hyphens, lower case."""
    return _NOT_IN_A_NAME.sub("-", text.casefold()).strip("-")[:NAME_PART_CHARS].strip("-")


def export_name(start: str, end: str, keyword: str = "", kinds: Sequence[str] = (),
                sources: Sequence[str] = (), places: Sequence[str] = (),
                min_confidence: float = 0.0) -> str:
    """The page's download's file name, without its suffix, after its window and filters
    ("placeline-events-2024-03-01_2024-03-31-flood-city-conf0.5"): every download had been
    placeline-events.csv, and a second overwrote the first or became "(1)" (audit 36)."""
    parts = ["placeline-events", f"{start[:10]}_{end[:10]}"]
    if keyword.strip():
        parts.append(_name_part(keyword))
    parts += [_name_part(kind) for kind in kinds]
    if sources:
        parts.append(_name_part(sources[0]) if len(sources) == 1 else f"{len(sources)}-sources")
    if places:
        parts.append(f"{len(places)}-place{'s' if len(places) > 1 else ''}")
    if min_confidence > 0:
        parts.append(f"conf{min_confidence:g}")
    return "-".join(part for part in parts if part)


def outside_note(outside: int, days: Sequence[str], start: str, end: str,
                 pretty: Callable[[str], str], mode: str = "range",
                 span: tuple[int, str] | None = None, partial: int = 0) -> str:
    """What the window leaves out, said beside it, in the words of its `mode` (`MODES`):
    "12 events are outside this window (5 Mar 2013 – 20 Jun 2021)", "… outside these 7
    days (…)" (or the `span` Last N counts: "… outside these 6 months"), "… after this
    window (…)" (a cumulative window holds every day up to its
    end). The default window opens at the articles' publication (`recent_start`) and had
    left a store's 2013 and 2021 events off the map with only a count in the download's
    note to say so (audit 36, item 5.1); only a range said so, a week's window or a
    cumulative one as silent as before; "" when none are. `partial` of them are events of
    a month or longer that overlap the window but that it does not hold whole
    (`EventIndex.partial_spans`), said apart: a week's window over New Year had left out
    11,575 "this year"s of its own days, counted among those "outside" it (audit 38)."""
    if outside <= 0 or not days:
        return ""
    apart = _spans_apart(partial, mode, start, end, span) if partial > 0 else ""
    if outside <= partial:
        return apart.lstrip()
    outside -= max(partial, 0)
    before = [day for day in days if day < start]
    after = [day for day in days if day > end]
    spans = [f"{pretty(part[0])} – {pretty(part[-1])}" if part[0] != part[-1]
             else pretty(part[0]) for part in (before, after) if part]
    verb = "is" if outside == 1 else "are"
    where = f" ({'; '.join(spans)})" if spans else ""
    left_out = _left_out(mode, start, end, span)
    return f"{outside:,} event{'s' if outside != 1 else ''} {verb} {left_out}{where}.{apart}"


def _spans_apart(partial: int, mode: str, start: str, end: str,
                 span: tuple[int, str] | None = None) -> str:
    """The sentence on the long events a window overlaps but does not hold whole."""
    window = _left_out(mode, start, end, span).split(" ", 1)[1]  # ("this window", "these 7
    # days")
    verb = "runs" if partial == 1 else "run"
    return (f" {partial:,} event{'s' if partial != 1 else ''} of a month or longer "
            f"(\u201cthis year\u201d, \u201cin June\u201d) {verb} beyond {window}: a "
            "window counts such a span only when it holds all of it.")


def _left_out(mode: str, start: str, end: str, span: tuple[int, str] | None = None) -> str:
    """How a mode's window is named where its events are left out (`span`: Last N's
    count and unit; days from the window's ends without one)."""
    if mode == "cumulative":
        return "after this window"
    if mode == "window":
        length, unit = span or (reach(start, end), "days")
        return f"outside this {unit[:-1]}" if length == 1 else f"outside these {length:,} {unit}"
    return "outside this window"


def span_label(length: int, unit: str) -> str:
    """"1 month", "6 months": Last N's window in words."""
    return f"{length:,} {unit[:-1] if length == 1 else unit}"
