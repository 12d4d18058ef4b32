"""Feed files as users save them → the rows they hold, each then read as a JSONL row is.

An RSS or Atom feed (.xml, .rss, .atom), a JSON Feed or a JSON export of articles (.json: an
array of them, or an object holding one under "items", "articles", …) and a CSV export of
articles had been refused as files of unsupported types, the JSON one with advice that broke a
JSON Feed (audit 22). Each is turned into rows of the fields a JSONL row may have ("title",
"url", "id", "published", a text field), so that every rule for a feed's rows holds for them
too: its dates read in the order its other rows prove, its stamps read as dates where its
site writes midnights, a row named `FILE#id` (or `FILE#N`), an edited row a new version.

Why feedparser for RSS and Atom: it reads the many shapes feeds come in (RSS 0.9x to 2.0,
RSS 1.0's RDF, Atom 0.3 and 1.0, `content:encoded`, `dc:date`, feeds with undeclared entities
or broken markup, which a strict XML parser refuses), decodes them by their declared or
sniffed encoding, resolves no external entity, and cleans the HTML it passes on. It is used
on the file's bytes only: never given a name or an address, which it would open or fetch.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import sys
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from itertools import islice
from urllib.parse import parse_qs, urlsplit

from placeline.text import LONE_SURROGATE, lone_surrogate_note, surrogate_escape

# A JSON object's list of articles, by the names exports and APIs give it: a JSON Feed's
# "items", NewsAPI's "articles", a CMS's "posts", "entries", "results" or "data".
JSON_LISTS = ("items", "articles", "posts", "entries", "results", "data")
# CSV headers read as the field a JSONL row names so, whatever their case ("Title", "URL").
_CSV_FIELDS = ("title", "headline", "text", "body", "articleBody", "article", "content",
               "content_text", "content_html", "description", "summary", "url", "link", "id",
               "guid", "source", "published", "datePublished", "date_published",
               "published_at", "date", "pubDate", "publishedAt", "isoDate", "dateModified",
               "date_modified", "modified", "updated")

# A CMS's or a news database's name for the column of text, read as a field of text: "Story
# Text" had left a CSV refused, "no column of article text" (audit 29). Keyed as
# `_header_key` compares ("Story Text", "story_text", "STORY-TEXT" alike).
# A newsroom's bare "Story" or "Copy" is its text too, and "Permalink" its address (audit 37,
# item 12: a JSONL's body_text and Story, a CSV's Copy had left every row skipped).
_TEXT_HEADERS = {key: "articleBody" for key in (
    "storytext", "storybody", "storycontent", "articletext", "articlecontent", "bodytext",
    "maintext", "newstext", "contenttext", "textbody", "story", "copy", "bodycopy")} | {
    "fulltext": "full_text", "permalink": "url"}
# The columns named on the command line (`ingest --text-column Copy …`, `name_columns`):
# their `_header_key` → the field read from them, before any name placeline knows.
_NAMED: dict[str, str] = {}
NAMED_FIELDS = {"text": "text", "title": "title", "date": "published"}


# The columns named for the file being read (`columns_named`: the Ingest page's choice for
# one upload), over the process's (`_NAMED`) while it is read.
_NAMED_HERE: ContextVar[dict[str, str] | None] = ContextVar("named_here", default=None)


def name_columns(**columns: str | None) -> None:
    """Read the column or key named for each of `NAMED_FIELDS` ("text", "title", "date") as
    that field, in any file this process reads from now on (a CSV's or a JSONL's): a
    newsroom's own names for them are many, and a refused file's rows could only be
    renamed by hand. The CLI's, once per run; the dashboard names them per file
    (`columns_named`)."""
    _NAMED.clear()
    _NAMED.update(_as_named(columns))


def _as_named(columns: Mapping[str, str | None]) -> dict[str, str]:
    return {_header_key(name): NAMED_FIELDS[field] for field, name in columns.items()
            if name and name.strip()}


@contextmanager
def columns_named(**columns: str | None) -> Iterator[None]:
    """`name_columns` for what the block reads only, in its own thread: the Ingest page's
    choice for one uploaded file, which no other file, ingest or session reads (a process's
    names, as the CLI sets them, would have been every session's)."""
    before = _NAMED_HERE.get()
    _NAMED_HERE.set(_as_named(columns))
    try:
        yield
    finally:  # (set, not reset: a generator closed in another thread ends here too)
        _NAMED_HERE.set(before)


def _named() -> dict[str, str]:
    """The columns named for what is being read (`columns_named`, else `name_columns`)."""
    here = _NAMED_HERE.get()
    return _NAMED if here is None else here


@cache
def _known_fields() -> dict[str, str]:
    """Every column name placeline reads, by `_header_key`, to the field it is read as (made
    once: `field_names` asks it for every JSONL row; callers only read it)."""
    from placeline.ingest import DATE_FIELDS

    return {_header_key(name): name for name in (*_CSV_FIELDS, *DATE_FIELDS)} | _TEXT_HEADERS


def field_names(names: list[str]) -> list[str]:
    """Columns' or keys' names (a CSV's header, a JSON row's keys) as the fields placeline
    reads them, in any case and spacing ("Story", "body_text", "Date Published"); a column
    named on the command line (`name_columns`) is read as its field over any other column
    that would be (that one keeps its own name), and a name placeline knows not at all
    stays as it is."""
    known, chosen = _known_fields(), _named()
    named = {chosen[key] for name in names if (key := _header_key(name)) in chosen}
    fields = []
    for name in names:
        key = _header_key(name)
        field = chosen.get(key) or known.get(key)
        fields.append(field if field and (key in chosen or field not in named) else
                      name.strip())
    return fields


def renamed_fields(record: dict) -> dict:
    """A JSON row with its keys' values also under the fields placeline reads them as
    (`field_names`), where the row has none of that name or the command line named the key;
    its own keys kept."""
    fields, chosen = dict(record), _named()
    for key, field in zip(record, field_names(list(record)), strict=True):
        if field != key and (field not in record or _header_key(key) in chosen):
            fields[field] = record[key]
    return fields


def how_to_name_the_text(names: list[str], kind: str = "columns") -> str:
    """What to do with a file whose text column has a name placeline does not know: its
    `kind` ("columns", a JSON row's "fields") listed, and how to name the one of text."""
    return (f"its {kind}: {_listed(names)}. Name the one holding "
            "the text: `python -m placeline ingest FILE --text-column NAME` (also "
            "--title-column, --date-column), or rename it \"text\"")


# Columns only placeline's own export has together (`export.COLUMNS`; its GeoJSON's
# properties): an analyst handed one and ingesting it was told the CSV had no column of text,
# or the JSON no list of articles, and sent to `jq` for a file that can never work (audit 31).
EXPORT_COLUMNS = ("article_id", "event_date", "place_id", "snippet")


def export_note(what: str) -> str:
    """Why one of placeline's exports is not read, and what moves a store instead: an export
    is events with snippets, not articles (no whole text, corrections or dates set by hand)."""
    return (f"this is placeline's own {what} export: events with snippets, not articles (it "
            "lacks their text, corrections and dates set by hand), so it cannot be ingested; "
            "to move a store use `python -m placeline copy --db OLD.db NEW.db` (or a "
            "postgresql:// URL either side), or `python -m placeline backup --db OLD.db "
            "OUT.db` for a copy in one file")


def is_export_header(cells: list[str]) -> bool:
    """Whether a CSV's header is that of placeline's export (Excel's byte-order mark off)."""
    return set(EXPORT_COLUMNS) <= {cell.strip().lstrip("\ufeff") for cell in cells}


def is_export_geojson(data: object) -> bool:
    """Whether parsed JSON is placeline's GeoJSON export: a FeatureCollection whose first
    feature's properties name its columns."""
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        return False
    features = data.get("features")
    first = features[0] if isinstance(features, list) and features else None
    properties = first.get("properties") if isinstance(first, dict) else None
    return isinstance(properties, dict) and set(EXPORT_COLUMNS) <= set(properties)


def looks_like_export_geojson(head: bytes) -> bool:
    """Whether a file's first bytes are those of placeline's GeoJSON export (its .geojson
    suffix is no type ingest reads; the first feature's properties come early)."""
    return b'"FeatureCollection"' in head and all(
        f'"{name}"'.encode() in head for name in EXPORT_COLUMNS)


class FeedError(ValueError):
    """Why a feed file holds no rows to read (its reason, as an InputError's)."""


def json_rows(text: str) -> list[dict]:
    """The article objects of a .json file: an array of them, or the list an object holds
    under one of `JSON_LISTS` (a JSON Feed's "items")."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise FeedError(f"malformed JSON ({getattr(exc, 'msg', exc)})") from None
    rows = data if isinstance(data, list) else next(
        (data[key] for key in JSON_LISTS if isinstance(data.get(key), list)), None) \
        if isinstance(data, dict) else None
    if is_export_geojson(data):
        raise FeedError(export_note("GeoJSON"))
    if rows is None or not all(isinstance(row, dict) for row in rows):
        raise FeedError(JSON_NOT_ARTICLES)
    return rows


JSON_NOT_ARTICLES = (
    "the JSON holds no list of articles (an array of article objects, or one under "
    f"{', '.join(repr(key) for key in JSON_LISTS[:2])}, … as a JSON Feed's or NewsAPI's); "
    'write its articles as JSON Lines, one object per line ({"title": …, "text": …}), e.g. '
    "`jq -c '.[]' FILE.json > FILE.jsonl` for an array")


def xml_rows(data: bytes) -> tuple[list[dict], str]:
    """The items of an RSS or Atom feed, as rows, and the warning for its references to
    lone surrogates, read as U+FFFD (`_without_surrogate_references`; "" if none)."""
    import feedparser

    data, found = _without_surrogate_references(data)
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=True)
    if not parsed.get("version") and not parsed.entries:
        raise FeedError("not an RSS or Atom feed (placeline reads .xml files that are one: "
                        "<rss>, <rdf:RDF> or <feed> of items)")
    if not parsed.entries:
        raise FeedError("the feed holds no items")
    summary = "description" if parsed.get("version", "").startswith("rss") else "summary"
    note = lone_surrogate_note("the feed", found) if found else ""
    return [_entry_row(entry, summary) for entry in parsed.entries], note


# A numeric character reference (`_without_surrogate_references`).
_REFERENCE = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));")


def _without_surrogate_references(data: bytes) -> tuple[bytes, list[str]]:
    """A feed with each reference to half a UTF-16 pair ("&#xD83D;", "&#55357;"), which XML
    forbids, made U+FFFD's, and those references: feedparser's fallback parser had failed on
    one with a UnicodeEncodeError that stopped the whole ingest (audit 22, item 16)."""
    found: list[str] = []

    def replaced(reference: re.Match[bytes]) -> bytes:
        code = int(reference[1], 16) if reference[1] else int(reference[2])
        if not 0xD800 <= code <= 0xDFFF:
            return reference[0]
        found.append(reference[0].decode("ascii"))
        return b"&#xFFFD;"

    return _REFERENCE.sub(replaced, data) if b"&#" in data else data, found


def _entry_row(parsed: Mapping, summary: str) -> dict:
    """A feed item's row: its content (RSS's content:encoded, Atom's content) and summary
    (RSS's description) under fields of their own, `ingest.row_text` choosing; its date the
    published one, else the only one an Atom entry must have, "updated" (feedparser's name
    for RSS's dc:date too)."""
    entry = dict(parsed)  # (its own keys: feedparser answers "updated" with "published")
    row: dict = {key: entry[key] for key in ("id", "title") if _text(entry.get(key))}
    if "title" in row and (entry.get("title_detail") or {}).get("type") == "text/html":
        row["title"] = plain_title(row["title"])
    if _text(entry.get("link")):
        row["url"] = redirect_target(entry["link"])
        row.setdefault("id", row["url"])  # (RSS's guid is optional)
    contents = [c.get("value") for c in entry.get("content") or [] if _text(c.get("value"))]
    if contents:
        row["content"] = max(contents, key=len)
    if _text(entry.get("summary")) and entry["summary"] not in contents:
        row[summary] = entry["summary"]
    published, updated = entry.get("published"), entry.get("updated")
    if _text(published) or _text(updated):
        row["published"] = published if _text(published) else updated
    if _text(updated):
        row["updated"] = updated
    return row


# An element with its end tag, or a character reference, which a title of text does not hold
# ("<b>Valencia</b>", "&#039;"); a lone tag may be a word of it ('Council "to review" <b>
# tags in Leeds', audit 23).
_MARKUP = re.compile(r"<([A-Za-z][\w-]*)\b[^>]*>.*?</\1\s*>"
                     r"|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});",
                     re.IGNORECASE | re.DOTALL)


def title_text(title: str) -> str:
    """A row's title as text where it holds a tag or a reference (`plain_title`), else as it
    is: a JSON row's, a CSV's and a feed item's, whatever the feed wrote it in. NewsAPI's and
    WordPress's titles hold "&#039;" and "&#8211;", and an Atom `type="xhtml"` title and an
    RSS title in CDATA hold tags ("Wildfire near <b>Valencia</b>", "Ferry sinks off Zanzibar
    <script>…</script>"), which had been stored as written (audit 25b, items 8 and 9), while
    an RSS title with the same tags escaped was read as text."""
    return plain_title(title) if _MARKUP.search(title) else title


def plain_title(title: str) -> str:
    """An HTML title as text, its tags gone and its references read: Google Alerts' Atom
    `<title type="html">` and an RSS title written with escaped markup had been stored as
    "<b>Flooding</b> closes roads in Tewkesbury" (audit 23), though their content, HTML too,
    was read as text."""
    return re.sub(r"\s+", " ", html_text(title)).strip()


def html_text(markup: str) -> str:
    """A short piece of HTML (a title) as text: its tags dropped, a script's or style's
    content with them (no words of the title), its references read."""
    return html.unescape(re.sub(r"<[^>]*>", "", _SCRIPT.sub("", markup)))


_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


# Redirects to an article that name it in their query, by host (a pattern of its name), path
# and the parameters that may hold the address: a search engine's ("https://www.google.com/
# url?rct=j&sa=t&url=…", as Google Alerts link every item; Bing News' apiclick), a social
# site's or chat's (Facebook's "l.php?u=…", Slack's), DuckDuckGo's, and Outlook's safe links,
# which wrap every address of a forwarded newsletter. A short link (t.co, bit.ly) names no
# address, and is kept as given.
_REDIRECTS = (
    (re.compile(r"(?:www\.)?google\.[a-z.]{2,6}"), re.compile(r"/url"), ("url", "q")),
    (re.compile(r"(?:l|lm)\.facebook\.com"), re.compile(r"/l\.php"), ("u",)),
    (re.compile(r"(?:www\.)?bing\.com"), re.compile(r"/news/apiclick\.aspx", re.IGNORECASE),
     ("url",)),
    (re.compile(r"[a-z0-9-]+\.safelinks\.protection\.outlook\.com"), re.compile(r"/?"),
     ("url",)),
    (re.compile(r"slack-redir\.net"), re.compile(r"/link"), ("url",)),
    (re.compile(r"(?:html\.|www\.)?duckduckgo\.com"), re.compile(r"/l/?"), ("uddg",)),
)
_WRAPPED = 3  # redirects in one another, at most, unwrapped (a safe link to Google's)


def redirect_target(url: str) -> str:
    """The article's own address in a redirect that names it (`_REDIRECTS`), else `url`: the
    article is known, and matched with the same story from elsewhere, by its own. Only
    Google's had been read (audit 23); Facebook's, Bing News', Outlook's, Slack's and
    DuckDuckGo's were kept as the article's address."""
    for _ in range(_WRAPPED):
        target = _unwrapped(url)
        if target is None:
            break
        url = target
    return url


def _unwrapped(url: str) -> str | None:
    """The address a redirect of `_REDIRECTS` names in its query, None for any other."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if parts.scheme.lower() not in {"http", "https"}:
        return None
    query = parse_qs(parts.query)
    for hosts, path, keys in _REDIRECTS:
        if hosts.fullmatch(host) and path.fullmatch(parts.path or "/"):
            return next((values[0] for key in keys for values in [query.get(key)]
                         if values and re.match(r"https?://", values[0], re.IGNORECASE)), None)
    return None


def csv_rows(text: str) -> list[dict | CsvRowError | None]:
    """The rows of a CSV export of articles, by its header ("title", "url", "published",
    "text", …, in any case; its other columns kept as they are named), empty cells left
    out, None for an empty row (so that each keeps its number). A CSV with no column of
    text is none."""
    from placeline.ingest import TEXT_FIELDS

    lines = text.lstrip("\ufeff").splitlines(keepends=True)
    try:
        dialect = csv.Sniffer().sniff(lines[0] if lines else "", delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(lines, dialect)
    with _cells_up_to(len(text)):
        try:
            header = next(reader, None)
        except csv.Error as exc:
            raise FeedError(f"the CSV's header cannot be read ({exc})") from None
        names = field_names(header or [])
        if is_export_header(header or []):
            raise FeedError(export_note("CSV"))
        if not set(names) & set(TEXT_FIELDS):  # (refused from its header: its rows unread,
            raise FeedError(  # where each other CSV waited for them under the lock)
                "the CSV has no column of article text (text, content, body, story, copy, "
                "article text, full text, description, …, in any case); "
                # (as written: some had been shown as placeline names them, some not)
                + how_to_name_the_text([cell.strip() for cell in header or []]))
        records = list(_csv_records(reader))
    return [cells if isinstance(cells, CsvRowError) else
            {name: cell for name, cell in zip(names, cells, strict=False)
             if name and cell.strip()} if any(c.strip() for c in cells) else None
            for cells in records]


def csv_header_fields(line: str) -> set[str]:
    """The article fields a CSV header line names (as `csv_rows` reads them: "Story Text" is
    articleBody), none for a line that is no header of several cells. How standard input is
    told to be a CSV (`ingest.stream_suffix`): read as text, a CMS export piped in had become
    one undated article titled with its header (audit 30, item 7)."""

    try:
        dialect = csv.Sniffer().sniff(line, delimiters=",;\t|")
    except csv.Error:
        return set()
    cells = next(csv.reader([line], dialect), [])
    return {field for cell, field in zip(cells, field_names(cells), strict=True)
            if field != cell.strip() or _header_key(cell) in _known_fields()} \
        if len(cells) > 1 else set()


@dataclass(frozen=True)
class TableHead:
    """A CSV's or a JSONL file's columns as written, its first rows (cells cut for a
    preview) and whether placeline reads one of its columns as the text."""

    columns: list[str]
    rows: list[dict[str, str]]
    has_text: bool


PREVIEW_ROWS = 5
PREVIEW_CELL = 120  # characters of a cell shown in a preview


def table_head(text: str, suffix: str, rows: int = PREVIEW_ROWS) -> TableHead | None:
    """The head of a table of articles (`suffix` ".csv" or ".jsonl", `text` decoded), by
    which the Ingest page lets its columns be named where none is read as the text; None
    for a file of no columns or rows (no header, no JSON object, a header alone: its
    reading says it holds no articles) or placeline's own export (which is refused with
    its own note)."""
    from placeline.ingest import TEXT_FIELDS

    records = _csv_head(text, rows) if suffix == ".csv" else _jsonl_head(text, rows)
    if records is None or not records[0] or is_export_header(records[0]):
        return None
    columns = records[0]
    shown = [{column: _cut(str(row.get(column, ""))) for column in columns}
             for row in records[1]]
    return TableHead(columns, shown, bool(set(field_names(columns)) & set(TEXT_FIELDS)))


def _cut(cell: str) -> str:
    cell = " ".join(cell.split())
    return cell if len(cell) <= PREVIEW_CELL else cell[:PREVIEW_CELL - 1] + "…"


def _csv_head(text: str, rows: int) -> tuple[list[str], list[dict]] | None:
    """A CSV's header as written and its first rows, by it."""
    text = text.lstrip("\ufeff")
    try:
        dialect = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    with _cells_up_to(len(text)):
        try:
            records = list(islice(csv.reader(io.StringIO(text), dialect), rows + 1))
        except csv.Error:
            return None
    if len(records) < 2 or len(records[0]) < 2:  # (no header, or no row under it)
        return None
    header = [cell.strip() for cell in records[0]]
    return header, [dict(zip(header, cells, strict=False)) for cells in records[1:]]


def _jsonl_head(text: str, rows: int) -> tuple[list[str], list[dict]] | None:
    """A JSONL file's keys (those of its first rows, in order) and those rows."""
    found: list[dict] = []
    for line in text.lstrip("\ufeff").splitlines():
        if len(found) >= rows:
            break
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            return None
        if not isinstance(row, dict):
            return None
        found.append(row)
    if not found:
        return None
    columns = list(dict.fromkeys(key for row in found for key in row))
    return columns, [{key: _as_cell(value) for key, value in row.items()} for row in found]


def _as_cell(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class CsvRowError(FeedError):
    """Why one row of a CSV cannot be read: that row is skipped with it, the others read
    (one broken article never stops a batch)."""


# One CSV read at a time under a raised limit: each sets back the limit it found, which
# another's raising meanwhile would have made the larger one for good.
_LIMIT_LOCK = threading.Lock()


@contextmanager
def _cells_up_to(length: int) -> Iterator[None]:
    """Let the csv module read a cell as long as the whole text while the block reads it:
    its limit, 128 KB a cell, had stopped a CSV export holding one long article (152 KB)
    with a traceback, none of its rows stored (audit 25b, item 1). A cell over an article's
    limit is still told, as the row's JSON line over it (`ingest._capped_lines`). The limit
    is the process's: it is set back after, so that other code's CSV reading (an export's,
    a library's) keeps its own limit; it had only ever grown (review 25, item 15)."""
    with _LIMIT_LOCK:
        before = csv.field_size_limit()
        if before < length + 1:
            csv.field_size_limit(min(length + 1, sys.maxsize))
        try:
            yield
        finally:
            csv.field_size_limit(before)


def _csv_records(reader: Iterator[list[str]]) -> Iterator[list[str] | CsvRowError]:
    """Each record of `reader`, or why it cannot be read (the reader goes on at the next
    line)."""
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield CsvRowError(f"the row cannot be read as CSV ({exc})")
            continue
        yield cells


def _header_key(name: str) -> str:
    """A CSV header as compared with a field's name: in any case and without its spaces,
    underscores and hyphens, as a spreadsheet writes one ("Published Date", "Publish Date",
    "Date Published" are published_date, publish_date and datePublished; audit 23: they had
    left every row undated, off the map)."""
    return re.sub(r"[\s_-]+", "", name).casefold()


def _listed(names: list[str]) -> str:
    shown = ", ".join(name for name in names[:8] if name) or "none"
    return shown + (f" and {len(names) - 8} more" if len(names) > 8 else "")


def _text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def as_lines(rows: list[dict | FeedError | None]) -> bytes:
    """Rows as JSON Lines, which `ingest` reads as a .jsonl file's (None, or a row that
    cannot be read: a blank line, so that each row keeps its number); a
    lone surrogate written as its escape again, which the JSONL reader tells and replaces:
    as UTF-8 it had stopped the whole ingest (audit 22, item 16)."""
    return "".join(LONE_SURROGATE.sub(lambda half: surrogate_escape(half[0]),
                                      "" if not isinstance(row, dict) else
                                      json.dumps(row, ensure_ascii=False, default=str))
                   + "\n" for row in rows).encode("utf-8")


def item_count(data: bytes, suffix: str) -> int:
    """About how many rows a feed file holds, counted without parsing it (a progress
    bar's total): a CSV's lines less its header, a feed's <item> and <entry> tags; 1 for
    JSON."""
    if suffix == ".csv":
        return max(data.count(b"\n") - 1 + (not data.endswith(b"\n")), 1)
    if suffix == ".json":
        return 1
    return max(len(re.findall(rb"<(?:\w+:)?(?:item|entry)[\s>]", data)), 1)
