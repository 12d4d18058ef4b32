"""Turn article text into safe Markdown for Streamlit, with place names highlighted.

Streamlit's Markdown does not render raw HTML by default, but it does render Markdown: an
article containing "![x](http://…)" would load a remote image, and "$…$" becomes LaTeX.
Every character that means something to Markdown is escaped here, before highlighting.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pandas as pd

from placeline.models import Place
from placeline.names import name_key

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>:~$=&^])")
# GitHub-flavoured Markdown also links bare addresses ("www.evil.example/login",
# "https://…", "name@evil.example"), escaped or not: it finds them in each run of text once
# parsed. An empty text directive (`:small[]`, an empty <span>) after "www", inside "://" and
# before "@" ends the run there, so no run holds an address; the text reads, wraps and is
# copied as written, and nothing is a link. (A word joiner, U+2060, had done it until audit
# 33: drawn as nothing, but copied, so a pasted "kbrandt@dmreg.com" was no address.)
_AUTOLINK = re.compile(r"(?<=www)(?=\.)|(?<=:)(?=//)|(?=@)", re.IGNORECASE)
RUN_BREAK = ":small[]"


def escape_markdown(text: str) -> str:
    """Plain text that Markdown shows exactly as written, addresses included, never as a
    link."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return _ESCAPED_AUTOLINK.sub(RUN_BREAK, escaped).replace("\n", "  \n")


# `_AUTOLINK` in the escaped text ("www\.", "\:" before "//"): the break goes in after the
# escaping, which would escape its colon and brackets.
_ESCAPED_AUTOLINK = re.compile(r"(?<=www)(?=\\\.)|(?<=\\:)(?=//)|(?=@)", re.IGNORECASE)


def counted(number: int, noun: str) -> str:
    """ "1 article", "3 articles", "30,848 articles" (the nouns placeline counts take an s).
    Every count in a message is written with thousands separators: "30000 added" beside
    "84,377 rows" and a bar's "713 of 5000" beside "2,256 of 5,000" had mixed both ways
    (audit 38, item 10)."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def day_label(iso: object) -> str:
    """"12 Mar 2024" of an ISO date or time; "undated" for none (None, "", NaN)."""
    if _no_date(iso):
        return "undated"
    return pd.Timestamp(iso).strftime("%-d %b %Y")


def _no_date(value: object) -> bool:
    return not value or (isinstance(value, float) and pd.isna(value))


def span_label(start: object, end: object = None) -> str:
    """"12 Mar 2024 – 14 Mar 2024", or the one day where the span ends on its first (or has
    no end): the one way a span of days is written, on the cards (`snippets`) and in the
    pages' notes (`app_common`), which had each formatted it."""
    if _no_date(start) or _no_date(end) or end == start:
        return day_label(start)
    return f"{day_label(start)} – {day_label(end)}"


def clipped(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, an ellipsis saying it was."""
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def local_time(iso: str, zone: str | None = None) -> str:
    """A stored UTC time as the reader's clock shows it ("2 Dec 2026, 05:08 CET"); in UTC,
    said so, when the reader's time zone is unknown."""
    stamp = dt.datetime.fromisoformat(iso)
    if stamp.tzinfo is None:  # stored as UTC
        stamp = stamp.replace(tzinfo=dt.UTC)
    try:
        stamp = stamp.astimezone(ZoneInfo(zone) if zone else dt.UTC)
    except (ZoneInfoNotFoundError, ValueError):
        stamp = stamp.astimezone(dt.UTC)
    return f"{stamp:%-d %b %Y, %H:%M} {stamp.tzname()}"


def markdown_table(frame: pd.DataFrame) -> str:
    """`frame` as a Markdown table, every cell escaped (names come from articles). Markdown
    rather than a data-grid element: the grid's front-end code is the heaviest the first
    page would load, for twelve rows."""
    def cell(value: object) -> str:
        return escape_markdown(str(value)).replace("  \n", " ")

    lines = ["| " + " | ".join(cell(c) for c in frame.columns) + " |",
             "|" + "---|" * len(frame.columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |"
              for row in frame.itertuples(index=False)]
    return "\n".join(lines)


def highlighted(text: str, start: int, end: int, marks: Iterable[tuple[int, int]],
                style: str = "orange-background",
                notes: Mapping[tuple[int, int], tuple[str, str | None]] | None = None) -> str:
    """text[start:end] as Markdown, each (s, e) in `marks` (absolute offsets) highlighted;
    `notes` may give a mark a tooltip and a link ((s, e) → (tooltip, URL or None))."""
    pieces, cursor = [], start
    for mark in sorted(marks):
        mark_start, mark_end = max(mark[0], start), min(mark[1], end)
        if mark_start >= mark_end or mark_start < cursor:
            continue
        pieces.append(escape_markdown(text[cursor:mark_start]))
        name = f":{style}[**{escape_markdown(text[mark_start:mark_end])}**]"
        note = (notes or {}).get(tuple(mark))
        pieces.append(titled_link(name, *note) if note else name)
        cursor = mark_end
    pieces.append(escape_markdown(text[cursor:end]))
    return "".join(pieces)


_ASCII_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
_OUR_URL = re.compile(r"[A-Za-z0-9._~%/?=&+-]+")  # a quoted URL: no space, quote or bracket


def titled_link(markdown: str, tooltip: str, url: str | None) -> str:
    """`markdown` linked to `url` with `tooltip` on hover: a link's title is the only
    tooltip Streamlit's Markdown draws inside a text. The tooltip is a place's name, anyone's
    choice: every punctuation mark in it is escaped, so nothing in it ends the title or
    means anything, and the browser shows it as an attribute's text. No URL, or one that is
    not plainly quoted (ours always are), makes no link: `markdown` stays as it is."""
    if not url or not _OUR_URL.fullmatch(url):
        return markdown
    title = _ASCII_PUNCTUATION.sub(r"\\\1", " ".join(tooltip.split()))
    return f'[{markdown}]({url} "{title}")'


# What an article's address keeps as it is in a link: the characters that separate its parts.
# Everything else is percent-encoded: a space, a bracket, a quote or "<" cannot end the link or
# start Markdown of its own, "$" no LaTeX, and a host or path beyond ASCII reads as UTF-8.
_URL_KEEPS = "/:?#&=+%@!,;*~-._"


def web_link(markdown: str, url: object) -> str:
    """`markdown` linked to an article's own address, so a journalist gets back to the
    original story (it was stored and shown nowhere — an audit); only a web address (http
    or https, with a host) makes a link: "javascript:", a file or a bare host name leaves
    `markdown` as it is."""
    address = _web_address(url)
    return f"[{markdown}]({address})" if address else markdown


def linked_text(text: str, url: object, strong: bool = False, title: str = "") -> str:
    """`text` shown as written (in bold if `strong`), linked as `web_link` links, with
    `title` on hover if given. In a link's text Markdown links no address (links do not
    nest), so it is escaped without `escape_markdown`'s word joiners, and copying it copies
    the text: the Articles page's "Original: https://…" had a joiner inside "https://", and
    pasted it was no address (audit 19). The title is escaped as `titled_link`'s. Without a
    link it is `escape_markdown`'s."""
    address = _web_address(url)
    if not address:
        shown = escape_markdown(text)
        return f"**{shown}**" if strong else shown
    label = _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))
    if title:
        address += ' "' + _ASCII_PUNCTUATION.sub(r"\\\1", " ".join(title.split())) + '"'
    return f"[**{label}**]({address})" if strong else f"[{label}]({address})"


def _web_address(url: object) -> str | None:
    """`url` quoted for a Markdown link when it is a web address (see `web_link`)."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:  # ("http://[x": an unclosed bracket)
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return quote(url, safe=_URL_KEEPS)


PRECISION_LABELS = {
    "day": "day", "range": "date range", "week": "week", "month": "month",
    "season": "season", "year": "year",
    "publication": "publication date: the sentence gives no date of its own", "unknown": "unknown",
}


def precision_label(precision: str, evidence: str | None = None) -> str:
    """How an event's date was read, in words (`PRECISION_LABELS`); for the publication
    date standing in, what the sentence's own dates did where it has some (`evidence`, as
    `dates.event_date` gives it: "publication date: “in 1946” and “in 2002” date other
    parts of the sentence"), which the fixed words had denied (fix 51, audit 30 item 16),
    and any other rule's that set the date in its place (dates65: "until 15/1 (the end of a
    span: the report's date)", the day an update was written): their own words."""
    if precision == "publication" and evidence and evidence != "publication date":
        return evidence
    return PRECISION_LABELS.get(precision, "")


# A place's kind as a newsroom says it: the gazetteer's codes ("admin1", "water") had been the
# words of the map's "Kind of place" filter, the Places table and the reading panel (audit 18).
KIND_LABELS = {
    "city": "town or city", "admin1": "state / province", "admin2": "county / district",
    "region": "region", "country": "country", "continent": "continent",
    "water": "body of water", "landmark": "landmark",
}


def kind_label(kind: object) -> str:
    """A kind of place in words ("state / province" for "admin1"); a kind placeline has no
    word for is shown as stored, a missing one as ""."""
    return KIND_LABELS.get(kind, kind) if isinstance(kind, str) else ""


METHOD_LABELS = {
    "metadata": "given by the source", "explicit": "given by the source or stated in its text",
    "relative": "worked out from the text relative to a known date",
    "inferred": "inferred from related articles or known events",
    "fallback": "publication date", "unknown": "not found", "corrected": "set by hand",
}
# The same, short, for the Articles page's table, whose cells do not wrap: "given by the
# source or stated in its text" was cut off at 1400 px, to be scrolled to sideways (audit 33).
# The article's own "Published:" line below the table gives the long form.
METHOD_SHORT = {
    "metadata": "from the source", "explicit": "source or its text",
    "relative": "worked out from text", "inferred": "from related articles",
    "fallback": "publication date", "unknown": "not found", "corrected": "set by hand",
}
METHOD_COLUMN_PX = 165  # its column: the longest short label whole, and the header


def place_labels(places: pd.DataFrame,
                 region_of: Callable[[str], str] | None = None) -> dict[str, str]:
    """Place id → a label no other of these places shares: its name, then its country, then
    its region (`region_of`: place id → its first-level region's name, "" if none) and then
    its coordinates for namesakes ("Paris (FR)", "Paris (US)", "Springfield (Illinois, US)").
    Pick lists show the labels and shared links carry them, so two namesakes must never look
    alike."""
    rows = places.drop_duplicates("place_id")
    names = rows["place"].astype(str).tolist()
    countries = rows["country"].fillna("").astype(str).tolist()
    with_country = [f"{n} ({c})" if c else n for n, c in zip(names, countries, strict=True)]
    with_coordinates = [f"{n} ({c + ', ' if c else ''}{lat:.2f}, {lon:.2f})"
                        for n, c, lat, lon in zip(names, countries, rows["lat"], rows["lon"],
                                                  strict=True)]
    tiers = [with_country, with_coordinates]
    if region_of is not None:
        shared = Counter(with_country)  # (looked up for namesakes only: one query each)
        regions = [region_of(pid) if shared[w] > 1 else "" for pid, w in zip(
            rows["place_id"], with_country, strict=True)]
        tiers.insert(1, [f"{n} ({r}, {c})" if r and c else w for n, r, c, w in zip(
            names, regions, countries, with_country, strict=True)])
    labels = names
    for wider in tiers:
        seen = Counter(labels)
        if len(seen) == len(labels):
            break
        labels = [w if seen[label] > 1 else label for label, w in zip(labels, wider,
                                                                        strict=True)]
    return dict(zip(rows["place_id"], labels, strict=True))


_GENERIC_QUALIFIER = re.compile(r"^(.+?) \(([a-z][^()]*)\)$")  # "Kalibo (poblacion)"


def shown_names(names: pd.Series, countries: pd.Series) -> pd.Series:
    """Place names as a reader expects them: GeoNames' generic word in parentheses
    ("Kalibo (poblacion)", "Sintra (town)", "Buffalo (historical)") dropped, being a
    gazetteer's note, not the name (audit 36). Kept where it tells twins apart: a
    qualifier in capitals names the twin's river or district ("Frankfurt (Oder)", "Winsen
    (Aller)", "Zürich (Kreis 5)"), and a generic one stays where another of these places
    (another id) of its country has the bare name ("Buffalo (historical)" beside Buffalo,
    Iowa)."""
    country = countries.fillna("").astype(str).tolist()
    written = names.astype(object).where(names.notna(), None).tolist()
    twins = set(zip(written, country, strict=True))  # (another place's name is another id's)
    shown = []
    for name, its_country in zip(written, country, strict=True):
        match = _GENERIC_QUALIFIER.match(name) if isinstance(name, str) else None
        bare = match.group(1) if match else None
        shown.append(name if bare is None or (bare, its_country) in twins else bare)
    return pd.Series(shown, index=names.index, dtype=object)


def place_where(name: str, region: str = "", country: str = "", kind: str = "") -> str:
    """A place with where it lies, "Berlin (Massachusetts, US)": in a list of an article's
    places a pin in the wrong country shows ("Berlin" alone looked right). A country is its
    own name."""
    where = ", ".join(part for part in (region, "" if kind == "country" else country) if part)
    return f"{name} ({where})" if where else name


_QUALIFIED = re.compile(r"^(.+?) \(([^()]+)\)$")  # "Paris (US)", "Springfield (Illinois, US)"


def linked_place(wanted: str, places: pd.DataFrame,
                 region_of: Callable[[str], str] | None = None) -> tuple[str | None, list[str]]:
    """The place a shared link names, among `places` (place_id, place, country, lat, lon):
    (its id, []) for a place id, or for a name or a label of `place_labels` that fits one
    place only; else (None, the ids of the places it could mean: none if it fits none).
    Links carry ids; names and labels are what older links carried, and a label's meaning
    changes with the data ("Paris" became "Paris (US)" once Paris, France, came in), so a
    name that now fits two places chooses neither."""
    wanted = wanted.strip()
    ids = places["place_id"].astype(str)
    if wanted in set(ids):
        return wanted, []
    keys = places["place"].astype(str).map(name_key)
    same = places[keys == name_key(wanted)]
    qualified = _QUALIFIED.match(wanted)
    if same.empty and qualified:
        same = places[keys == name_key(qualified.group(1))]
        asked = {part.strip().lower() for part in qualified.group(2).split(",")}
        same = same[[asked <= _qualifiers(row, region_of) for _, row in same.iterrows()]]
    found = sorted(same["place_id"].drop_duplicates())
    return (found[0], []) if len(found) == 1 else (None, found)


def _qualifiers(row: pd.Series, region_of: Callable[[str], str] | None) -> set[str]:
    """What a label may add to a place's name: its country, region and coordinates."""
    country = "" if pd.isna(row["country"]) else str(row["country"])
    parts = {country, f"{row['lat']:.2f}", f"{row['lon']:.2f}"}
    if region_of is not None:
        parts.add(region_of(row["place_id"]))
    return {p.lower() for p in parts if p}


def candidate_label(place: Place, region: str = "", also: str = "", near: str = "",
                    people: bool = False) -> str:
    """A gazetteer entry as the correction form lists it: its kind, its first-level region
    and its country tell namesakes apart ("Springfield (town or city, Massachusetts, US,
    42.10, -72.59)" from fourteen other US Springfields), its coordinates whatever is left. `also`:
    the other name it was found by, said, or "Newton" in a search for Cambridge puzzles.
    `near` (a lesser region near it) and `people` (how many live there) where namesakes share
    region and country ("Richmond (town or city, England, GB, near London Borough of Richmond upon
    Thames, 21,469 people, 51.46, -0.31)": two Richmonds in England had differed only in
    their coordinates, audit 28, item 12)."""
    many = f"{place.population:,} people" if people and place.population else ""
    where = ", ".join(part for part in (kind_label(place.kind), region, place.country or "—",
                                        f"near {near}" if near else "", many) if part)
    label = f"{place.name} ({where}, {place.lat:.2f}, {place.lon:.2f})"
    return f"{label} — also called {also}" if also else label
