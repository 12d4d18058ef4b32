"""Events as CSV or GeoJSON: one row/feature per event, the same for the CLI and the dashboard.

Values are data, never markup: in a CSV for a spreadsheet (the dashboard's download,
`export --excel`) cells that it would run as a formula are quoted with a leading apostrophe
(OWASP's CSV-injection advice); the plain CSV, read by scripts and GIS tools, and GeoJSON
carry the text as written.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from placeline.ingest import row_mark
from placeline.names import name_key
from placeline.present import kind_label, shown_names
from placeline.snippets import shown_snippet

# New columns go at the end: a spreadsheet or script reading the old ones by position keeps
# working. name_as_written: the text's name for the place ("Bombay" for Mumbai, "Harvard" for
# a pin corrected to Cambridge); confidence: the event's, as the map's filter reads it (the
# surest of its article's mentions of the place); coordinates_from: gazetteer, supplement,
# geocoder or correction, as the Places page's "Coordinates from" (an audit: a corrected pin
# looked like any other in an export, and the confidence could not be filtered on).
COLUMNS = ["article_id", "title", "published", "event_date", "date_end", "date_precision",
           "place", "place_id", "kind", "country", "lat", "lon", "snippet",
           "event_start", "event_end", "date_method", "date_evidence", "date_flag",
           "published_method", "story_id", "url", "source",
           "name_as_written", "confidence", "coordinates_from", "kind_label"]
# kind_label: the kind in the pages' words ("state / province" for "admin1"), beside the code
# scripts filter on (audit 21: a journalist's spreadsheet said "admin1", "admin2").
COORDINATE_DECIMALS = 5
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class Mentions:
    """What an export says of each (article, place) beyond the event: the names the text
    gives it, with where they start, and whether a correction chose it there."""

    written: dict[tuple[int, str], list[tuple[int, str]]] = field(default_factory=dict)
    corrected: set[tuple[int, str]] = field(default_factory=set)
    events: dict[tuple[int, str], int] = field(default_factory=dict)  # per (article, place)

    def of_event(self, article_id: int, place_id: str) -> list[int]:
        """Where the mentions of an event's place start in its article, where it is the
        article's only event of the place (all of them are the event's); else none (which
        of them are which event's is told by dating them again, as the reading panel
        does)."""
        if self.events.get((article_id, place_id), 1) != 1:
            return []
        return [at for at, _ in self.written.get((article_id, place_id), [])]

    def name_at(self, article_id: int, place_id: str, start: int, end: int) -> str | None:
        """The name as written in the event's sentence, else the article's first for it."""
        names = self.written.get((article_id, place_id), [])
        return next((surface for at, surface in names if start <= at < end),
                    names[0][1] if names else None)


def store_mentions(store, article_ids: list[int]) -> Mentions:
    """`Mentions` of some articles: a correction chose a place where one for its name, in
    every article or in this one (by its text's hash), names that place."""
    chosen: dict[tuple[str, str], set[str]] = {}  # (name key, place id) → hints
    for row in store.corrections():
        chosen.setdefault((name_key(row["surface"]), row["id"]), set()).add(
            row["context_hint"])
    found = Mentions()
    for article_id, place_id, start, surface, content_hash in store.placed_mentions(
            article_ids):
        key = (int(article_id), place_id)
        found.written.setdefault(key, []).append((int(start), surface))
        if chosen.get((name_key(surface), place_id), set()) & {"", content_hash}:
            found.corrected.add(key)
    found.events = store.place_event_counts(article_ids)
    return found


def store_table(store, events: pd.DataFrame) -> pd.DataFrame:
    """The export's rows of some of a store's events (`Store.events_frame` rows), with
    their snippets, their sources as exports name them, and their names as written."""
    ids = sorted({int(a) for a in events["article_id"]})
    return events_table(events, store.texts(ids), store.source_names(ids),
                        store_mentions(store, ids))


def shared_source(source: str, name: str | None = None) -> str:
    """An article's source as an export shows it: its name from the folder or file given at
    ingest (`ingest.name_from`), else (stored before names were kept, or read again by
    `rebuild`) an absolute path's file name with the row or member in it ("feed.jsonl#x0",
    "in.zip/2024/a.txt"); a relative path or an upload's name as it is. The absolute path
    told the folders and the user's name to whoever the export was sent to (a review)."""
    if name:
        return name
    if not os.path.isabs(source):
        return source
    lower, cut = source.lower(), len(source)
    if (at := lower.find(".zip/")) >= 0:
        cut = at + 4
    if (at := row_mark(source)) >= 0:
        cut = min(cut, at)
    folder = os.path.dirname(source[:cut])
    return source[len(folder):].lstrip("/" + os.sep) if folder else source


def events_table(events: pd.DataFrame, texts: dict[int, str],
                 names: dict[int, str] | None = None,
                 mentions: Mentions | None = None) -> pd.DataFrame:
    """The export's rows from the store's events frame, the articles' texts, the names
    of their sources (`Store.source_names`) and their mentions (`store_mentions`)."""
    names, mentions = names or {}, mentions or Mentions()
    if events.empty:
        return pd.DataFrame(columns=COLUMNS)
    snippets = list(_snippets(events, texts, mentions))
    table = pd.DataFrame({
        "article_id": events["article_id"], "title": events["title"],
        "published": events["published"], "event_date": events["date"],
        "date_end": events["date_end"], "date_precision": events["precision"],
        "place": shown_names(events["place"], events["country"]),
        "place_id": events["place_id"], "kind": events["kind"], "country": events["country"],
        # Five decimals (about a metre), as the GeoJSON's: a corrected or a county's point
        # had shown float noise, 5.7489799999999995, 37.524171428571435 (audit 36).
        "lat": events["lat"].round(COORDINATE_DECIMALS),
        "lon": events["lon"].round(COORDINATE_DECIMALS),
        "snippet": snippets,
        # Every event as an interval, so a date window can test overlap without branching.
        "event_start": events["date"], "event_end": events["date_end"].fillna(events["date"]),
        "date_method": events["date_method"], "date_evidence": events["date_evidence"],
        "date_flag": events["date_flag"], "published_method": events["published_method"],
        "story_id": events["story_id"],
        # Where the article came from: a journalist's way back to the original story.
        "url": events["url"].where(events["url"].fillna("") != "", None),
        "source": [shared_source(source, names.get(int(a))) for a, source in
                   zip(events["article_id"], events["article_source"], strict=True)],
        "name_as_written": [mentions.name_at(int(a), p, s, e) for a, p, s, e in zip(
            events["article_id"], events["place_id"], events["snippet_start"],
            events["snippet_end"], strict=True)],
        "confidence": events["confidence"].round(3) if "confidence" in events else None,
        "coordinates_from": list(_coordinates_from(events, mentions.corrected)),
        "kind_label": [kind_label(kind) or None for kind in events["kind"]],
    })
    return table.sort_values(["event_date", "article_id", "place"], na_position="last")


def _snippets(events: pd.DataFrame, texts: dict[int, str],
              mentions: Mentions) -> Iterable[str]:
    """Each event's sentence as the reading panel's card shows it (`shown_snippet`): not
    the headline where the card shows the body's sentences (audit 36, 2.3)."""
    for article_id, place_id, title, start, end in zip(
            events["article_id"], events["place_id"], events["title"],
            events["snippet_start"], events["snippet_end"], strict=True):
        text = texts.get(article_id, "")
        at, to = shown_snippet(text, title if isinstance(title, str) else None,
                               (int(start), int(end)),
                               lambda a=int(article_id), p=place_id: mentions.of_event(a, p))
        yield text[at:to]


def _coordinates_from(events: pd.DataFrame,
                      corrected: set[tuple[int, str]]) -> Iterable[str | None]:
    """Each event's place's origin, "correction" where one chose it in that article (a
    gazetteer entry chosen by hand keeps its source in the places table)."""
    sources = events["place_source"] if "place_source" in events else [None] * len(events)
    for article_id, place_id, source in zip(events["article_id"], events["place_id"],
                                            sources, strict=True):
        yield "correction" if (int(article_id), place_id) in corrected else source


def _safe_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


# The byte-order mark by which Excel, opening a CSV by a double-click, knows it is UTF-8: it
# had read the system's code page, "SÃ£o Paulo" and "â€œWeâ€™re tryingâ€" in a quarter of a
# day's rows (audit 21). Asked for (the dashboard's download, `export --excel`): a script
# reading the file as UTF-8 would find "\ufeffarticle_id" for its first column.
EXCEL_MARK = "\ufeff"


def to_csv(table: pd.DataFrame, excel: bool = False) -> str:
    """The rows as CSV; for Excel, after the byte-order mark that says UTF-8 and with the
    formula guard (`_safe_cell`). Only there: the guard had altered the plain CSV too, a
    snippet "'-5 degrees was recorded…", a title "'=Floods…", text a script or GIS tool
    took as written, with nothing to say which cells had been changed (audit 36). A
    spreadsheet is what runs a formula, and the file meant for one is the Excel one."""
    buffer = io.StringIO()
    if excel:
        buffer.write(EXCEL_MARK)
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    writer.writerows(zip(*(_csv_cells(table[name], excel) for name in COLUMNS), strict=True))
    return buffer.getvalue()


def _csv_cells(column: pd.Series, guard: bool = True) -> list:
    """A column's CSV cells, a column at a time: "" where missing, else (`guard`)
    `_safe_cell`'s. A row at a time (`itertuples`, `pd.isna` and `_safe_cell` on each of
    4.8 million cells, pandas' Arrow strings iterated one by one) had taken most of a
    whole-store export's time, the dashboard's and the CLI's (audit 29)."""
    missing = column.isna().to_numpy()
    values = column.astype(object).to_numpy().tolist()
    if not guard or pd.api.types.is_numeric_dtype(column):
        pass
    elif pd.api.types.is_string_dtype(column) and column.dtype != object:
        risky = column.str[:1].isin(_FORMULA_START).to_numpy()
        for at in risky.nonzero()[0]:
            values[at] = _safe_cell(values[at])
    else:
        values = [_safe_cell(value) for value in values]
    for at in missing.nonzero()[0]:
        values[at] = ""
    return values


def to_geojson(table: pd.DataFrame) -> str:
    features = []
    for row in table[COLUMNS].to_dict("records"):
        properties = {k: (None if pd.isna(v) else v) for k, v in row.items()
                      if k not in ("lat", "lon")}
        properties["article_id"] = int(properties["article_id"])
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point",
                         "coordinates": [round(float(row["lon"]), COORDINATE_DECIMALS),
                                         round(float(row["lat"]), COORDINATE_DECIMALS)]},
            "properties": properties,
        })
    return json.dumps({"type": "FeatureCollection", "features": features},
                      ensure_ascii=False, indent=1)
