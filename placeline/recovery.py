"""Rebuild a damaged database from what survives of it: readable rows, the source files of
the rest, and the corrections (its own table and the journal).

The database holds each article's raw text, so most of a damaged file can usually be read
back row by row; rows SQLite cannot reach (a damaged page above them in the table's tree, a
file cut short) are read from their pages directly, the file's and those its write-ahead log
(`<db>-wal`) holds committed since the last checkpoint; what cannot be read at all is re-read
from its recorded source file when that file still exists. Nothing else is added: a rebuilt
database holds the user's articles or fewer, never the bundled demo ones, and says how many
it could not recover. User corrections are replayed from `<db>.corrections.jsonl`, which
every correction and undo appends to in the same transaction (store.py), and from the
damaged file's own table, so a database copied without its journal keeps them too. The
damaged file is kept beside the new one, never deleted; a file that is not a SQLite
database at all is refused and left alone.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import mmap
import os
import shutil
import sqlite3
import struct
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from placeline.config import default_database, store_command
from placeline.errors import NotADatabaseError, PlacelineError
from placeline.ingest import RawDocument, read_paths
from placeline.models import Place
from placeline.present import counted
from placeline.store import (
    STORE_ID,
    SQLiteStore,
    is_sqlite_file,
    legacy_journal,
    legacy_sharers,
)

Correction = tuple[str, str, Place]  # surface, context hint, place
DatedText = tuple[str, str, str]  # a date set by hand: its text's hash, ISO date, when set

# The articles table's columns in the order SQLite stores them (store.SCHEMA): what a row
# read from its page directly is recognised and decoded by.
SOURCE, RAW, CONTENT_HASH, METADATA = 1, 5, 10, 12
ARTICLE_COLUMNS = 14
HASH_TYPE = 13 + 2 * 32  # SQLite's serial type of a 32-character text: the content hash


@dataclass
class RebuildReport:
    """What came back and what did not, for the user to act on (and the exit code)."""

    held: int = 0  # articles the damaged file held, as far as it could tell
    listed: bool = True  # its list of articles was readable, so `held` is exact
    pages_missing: int = 0  # the file was cut short by this many pages
    unaccounted: tuple[int, int] = (0, 0)  # ids below the largest read that name nothing
    salvaged: int = 0
    reread: int = 0
    corrections: int = 0
    kept_as: Path | None = None
    lost: list[str] = field(default_factory=list)
    sound: bool = False  # the file was not damaged: SQLite's check passed, every row read
    left_alone: bool = False  # sound, and not rebuilt: nothing was changed
    path: Path | None = None  # the database rebuilt, for the commands the summary gives

    @property
    def failed(self) -> bool:
        """Nothing came back from a database that held articles (or could not say)."""
        return not self.salvaged + self.reread and (self.held > 0 or not self.listed)

    def _unaccounted(self) -> str:
        """The ids below the largest read back that nothing in the file names: ids are
        given in order, so each is an article lost, or one deleted before (the audit's
        store of 2,028 lost 24, of which 22 left no trace but these)."""
        count, top = self.unaccounted
        if not count:
            return ""
        ids = "the id" if count == 1 else f"the {count:,} ids"
        return (f", among them {ids} up to {top:,} (the largest read back) that nothing in"
                " it names (each an article lost, or one deleted before)")

    @property
    def incomplete(self) -> bool:
        """Some articles did not come back, or the file could not list what it held (then
        the summary says that others may be lost): a script must not read it as whole."""
        return bool(self.lost) or not self.listed

    def _ingest_command(self) -> str:
        return store_command("ingest FILE...", self.path or default_database())

    def _how_to_get_back(self) -> str:
        """What brings the lost articles back: their files ingested again (those read from
        a file still there that did not come back had changed, or were unreadable), or
        uploaded again on the Ingest page; the old message named none and said nothing."""
        uploaded = any(source.startswith("upload:") for source in self.lost)
        files = [s for s in self.lost if not s.startswith(("upload:", "article "))]
        ways = []
        if files:
            ways.append(f"ingest the files named again (`{self._ingest_command()}`)")
        if uploaded:
            ways.append("upload those marked upload: again on the Ingest page")
        if len(ways) < 2 and any(s.startswith("article ") for s in self.lost):
            ways.append("ingest again the files the articles whose source is unreadable "
                        "came from (an article already stored is skipped)")
        return "\nTo get them back, " + "; ".join(ways) + "."

    def summary(self) -> str:
        replayed = f"{counted(self.corrections, 'correction')} replayed"
        if self.left_alone:
            force = store_command("rebuild --force", self.path or default_database())
            return (f"Not rebuilt: the database {self.path} is sound (SQLite's integrity check "
                    f"found no damage, and {counted(self.salvaged, 'article')} read back), so "
                    f"nothing was changed. To rebuild it anyway, run `{force}`.")
        if self.sound and not self.lost:  # (a rebuild had said "damaged" of a sound file)
            return (f"Rebuilt: the database was sound (SQLite's integrity check found no "
                    f"damage), so nothing was lost: {counted(self.salvaged, 'article')} read "
                    f"back from it, {self.reread} re-read from their sources, {replayed}. The "
                    f"old file is kept as {self.kept_as}.")
        text = (f"Rebuilt: {counted(self.salvaged, 'article')} read back from the damaged "
                f"file, {self.reread} re-read from their sources, {replayed}. The damaged "
                f"file is kept as {self.kept_as}.")
        if self.lost:
            lost = (f"{len(self.lost)} of the {self.held} articles it held" if self.listed
                    else counted(len(self.lost), "article"))
            more = f" and {len(self.lost) - 10} more" if len(self.lost) > 10 else ""
            text += f"\nCould not recover {lost}: " + ", ".join(self.lost[:10]) + more
            text += self._how_to_get_back()
        if not self.listed:
            cut = (f" (the file is cut short: {self.pages_missing} of its pages are missing)"
                   if self.pages_missing else "")
            text += (f"\nThe damaged file's list of articles is unreadable{cut}: others it"
                     " held may be lost without a trace" + self._unaccounted() + ".")
        if self.failed:
            text += ("\nNothing was recovered: the new database is empty. Add the articles"
                     f" again with `{self._ingest_command()}`.")
        return text


@dataclass
class Salvaged:
    """What a damaged database still tells about its articles and corrections."""

    documents: list[RawDocument] = field(default_factory=list)  # whole rows, in id order
    sources: list[str] = field(default_factory=list)  # rows unreadable, sources recorded
    untraced: list[int] = field(default_factory=list)  # ids with neither row nor source
    held: int = 0
    listed: bool = True
    pages_missing: int = 0
    unaccounted: tuple[int, int] = (0, 0)  # (how many, of the ids up to this one)
    corrections: list[Correction] = field(default_factory=list)
    dates: list[DatedText] = field(default_factory=list)  # set by hand
    answers: list[tuple[str, str, Place | None]] = field(default_factory=list)  # geocoder's
    deletions: list[tuple] = field(default_factory=list)  # the user's (`_table_deletions`)
    foreign: bool = False  # a readable SQLite database with no articles table
    store_id: str | None = None  # its own id, which its journal lines carry (store.py)
    sound: bool = False  # SQLite's integrity check found nothing wrong, every row read


# -- reading the damaged file through SQLite ---------------------------------------------------

def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that writes nothing, beside the file either: with no log beside it,
    SQLite is told the file cannot change, or a read-only connection to a WAL database
    makes an empty -wal and a -shm it cannot remove on closing (a rebuild of a sound store
    had left them beside the kept copy — an audit). A log there is read: its commits (or,
    for a rollback journal, what it undoes) count."""
    logs = (path.with_name(path.name + suffix) for suffix in ("-wal", "-journal"))
    immutable = "" if any(log.exists() or log.is_symlink() for log in logs) \
        else "&immutable=1"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro{immutable}", uri=True)
    # A file cut short is "malformed" to SQLite from its first query (the header counts
    # more pages than there are); allowed this, it reads every page still there.
    try:
        conn.execute("PRAGMA writable_schema = ON")  # a connection's flag: nothing is written
    except sqlite3.DatabaseError:
        pass  # then every query fails alike, and the pages alone tell
    return conn


def _rows(conn: sqlite3.Connection, sql: str) -> Iterator:
    """`sql`'s rows, up to the first damaged page."""
    try:
        yield from conn.execute(sql)
    except sqlite3.DatabaseError:
        return


def _column(conn: sqlite3.Connection, sql: str) -> Iterator:
    """The first column of `sql`'s rows, up to the first damaged page."""
    return (row[0] for row in _rows(conn, sql))


def _listed_ids(conn: sqlite3.Connection) -> list[int] | None:
    """Every article id, from the table or else from its unique index, or None when neither
    reads to the end in its own order. Each is read in the order it keeps (the table by id,
    the index by content hash): a damaged page SQLite still reads as rows gives ids out of
    that order, or twice (a rebuild of a store of 2,028 articles had said 12 were lost "of
    the 2016 it held", among them article 1612196, when 24 were: an audit)."""
    for sql in ("SELECT id, id FROM articles NOT INDEXED",
                "SELECT content_hash, id FROM articles INDEXED BY sqlite_autoindex_articles_1"):
        try:
            rows = conn.execute(sql).fetchall()
        except sqlite3.DatabaseError:
            continue
        if _in_order([key for key, _ in rows]) and all(isinstance(i, int) for _, i in rows):
            return sorted(article_id for _, article_id in rows)
    return None


def _in_order(keys: list) -> bool:
    """Whether `keys` rise strictly, all of one type (a unique key's order in its tree)."""
    return all(type(a) is type(b) and a < b for a, b in itertools.pairwise(keys))


def _referenced_ids(conn: sqlite3.Connection) -> set[int]:
    """Article ids the other tables still name: the lower bound of what the file held
    when its own list is unreadable."""
    return {int(i) for table in ("mentions", "events", "article_terms")
            for i in _column(conn, f"SELECT DISTINCT article_id FROM {table}")
            if isinstance(i, int)}


def _has_articles_table(conn: sqlite3.Connection) -> bool | None:
    """Whether the schema lists the articles table; None if the schema is unreadable."""
    try:
        tables = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return "articles" in {row[0] for row in tables}
    except sqlite3.DatabaseError:
        return None


def _read_row(conn: sqlite3.Connection, article_id: int, rows: dict[int, RawDocument],
              sources: dict[int, str]) -> None:
    try:
        source, raw, metadata = conn.execute(
            "SELECT source, raw, metadata FROM articles WHERE id = ?",
            (article_id,)).fetchone()
        if not isinstance(source, str) or not isinstance(raw, str):
            raise TypeError("not an article row")  # a damaged cell read as one
        rows[article_id] = RawDocument(source, raw, json.loads(metadata or "{}"))
    except (sqlite3.DatabaseError, TypeError, ValueError):
        try:
            source = conn.execute("SELECT source FROM articles WHERE id = ?",
                                  (article_id,)).fetchone()[0]
        except (sqlite3.DatabaseError, TypeError):
            return
        if isinstance(source, str):
            sources[article_id] = source


def _table_corrections(conn: sqlite3.Connection) -> list[Correction]:
    """The corrections the damaged file's own table holds, up to the first damaged page."""
    return [(row[0], row[1] or "", Place(*row[2:])) for row in _rows(
        conn, f"SELECT c.surface, c.context_hint, {_PLACE_COLUMNS}"
              " FROM corrections c JOIN places p ON p.id = c.place_id ORDER BY c.id")]


def _table_dates(conn: sqlite3.Connection) -> list[DatedText]:
    """The dates set by hand the damaged file's own table holds (none before it had one)."""
    return [(row[0], row[1], row[2]) for row in _rows(
        conn, "SELECT context_hint, published, created_at FROM date_corrections")
        if isinstance(row[0], str) and _iso_date(row[1])]


def _table_deletions(conn: sqlite3.Connection) -> list[tuple]:
    """The articles the user deleted, as the damaged file's table keeps them (none before
    it had one): a rebuild that lost them let the next ingest store them all again."""
    return [tuple(row) for row in _rows(
        conn, "SELECT content_hash, source, title, url, raw, metadata, deleted_at"
              " FROM deleted_articles") if all(isinstance(value, str) for value in row)]


def _cached_answers(conn: sqlite3.Connection) -> list[tuple[str, str, Place | None]]:
    """The online geocoder's cached answers (query, provider, place or None for "no such
    place"), up to the first damaged page: an offline rebuild needs them to place again what
    an online run placed (a review found them dropped)."""
    found: list[tuple[str, str, Place | None]] = []
    for row in _rows(conn, f"SELECT c.query, c.provider, c.place_id, {_PLACE_COLUMNS}"
                           " FROM geocode_cache c LEFT JOIN places p ON p.id = c.place_id"):
        if row[2] is not None and row[3] is None:
            continue  # its place's row is lost: ask again next time online
        found.append((row[0], row[1], Place(*row[3:]) if row[3] is not None else None))
    return found


# A places row's columns in `Place`'s order, for reading corrections and cached answers.
_PLACE_COLUMNS = ("p.id, p.name, p.lat, p.lon, p.kind, p.country, p.admin1, p.population,"
                  " p.source, p.geonameid")


def salvage(path: Path) -> Salvaged:
    """Articles readable from a damaged database (row by row, then page by page), the
    sources of the rest, and its corrections."""
    conn = _read_only(path)
    try:
        return _salvaged(path, conn)
    finally:
        conn.close()


def _salvaged(path: Path, conn: sqlite3.Connection) -> Salvaged:
    rows: dict[int, RawDocument] = {}
    sources: dict[int, str] = {}
    ids = _listed_ids(conn)
    for article_id in ids if ids is not None else _unchecked_ids(conn):
        _read_row(conn, article_id, rows, sources)
    listed = set(ids or ())
    scanned: dict[int, tuple[str, RawDocument | None]] = {}
    if ids is None or len(rows) < len(ids):
        scanned = scan_articles(path)
        for article_id, (source, document) in scanned.items():
            if article_id in rows or (ids is not None and article_id not in listed):
                continue  # read already, or a stale copy of a row no longer listed
            if document is not None:
                rows[article_id] = document
                sources.pop(article_id, None)
            else:
                sources.setdefault(article_id, source)
    for article_id, source in _indexed_sources(conn).items():
        if article_id not in rows and (ids is None or article_id in listed):
            sources.setdefault(article_id, source)
    read = rows.keys() | scanned.keys() | (sources.keys() if ids is not None else set())
    named = _named(conn, listed if ids is not None else sources.keys(), read)
    if ids is not None and not listed <= named:
        ids, listed = None, named  # garbage in order: the list is not exact
    if ids is None:  # a source read by an unchecked id: only one a page or table names
        sources = {i: s for i, s in sources.items() if i in named}
    known = listed if ids is not None else set(rows) | set(sources) | _referenced_ids(conn)
    top = max(rows.keys() | scanned.keys(), default=0)
    found = Salvaged(
        documents=[rows[i] for i in sorted(rows)],
        sources=[sources[i] for i in sorted(sources)],
        untraced=sorted(known - rows.keys() - sources.keys()),
        held=len(known), listed=ids is not None, pages_missing=_pages_missing(path),
        unaccounted=(0, 0) if ids is not None else (top - len({i for i in known if i <= top}),
                                                    top),
        corrections=_table_corrections(conn), dates=_table_dates(conn),
        answers=_cached_answers(conn), deletions=_table_deletions(conn),
        foreign=not known and _has_articles_table(conn) is False,
        store_id=next(_column(conn, f"SELECT value FROM meta WHERE key = '{STORE_ID}'"),
                      None))
    found.sound = len(rows) == len(known) and ids is not None and _intact(conn)
    return found


def _indexed_sources(conn: sqlite3.Connection) -> dict[int, str]:
    """Each article's source as the index on sources keeps it (id → source), read in the
    index's order up to its first damaged page. The index lives on pages of its own: where
    a damaged page took the rows themselves, source and all, it still names their files,
    which can then be read again (audit 33: six articles, five of them bundled files still
    on disk, were "row unreadable" and none was re-read)."""
    found: dict[int, str] = {}
    keys: list[str] = []
    for source, article_id in _rows(conn, "SELECT source, id FROM articles"
                                          " INDEXED BY articles_source"):
        if not isinstance(source, str) or not isinstance(article_id, int) or \
                (keys and source < keys[-1]):
            break  # out of the index's order: a damaged page read as entries
        keys.append(source)
        found[article_id] = source
    return found


def _unchecked_ids(conn: sqlite3.Connection) -> list[int]:
    """The ids the table gives as far as it reads, each once, when its list is not exact:
    rows SQLite still reads by them count, whatever else they are."""
    return sorted({i for i in _column(conn, "SELECT id FROM articles NOT INDEXED")
                   if isinstance(i, int)})


def _named(conn: sqlite3.Connection, ids: Iterable[int], read: set[int]) -> set[int]:
    """Of `ids`, those whose row (or source) was read, or that another table names: an
    id with nothing behind it was read from a damaged page (the audit's article 4096 of a
    store whose largest was 2,028)."""
    ids = set(ids)
    named = ids & read
    if ids - named:
        named |= ids & _referenced_ids(conn)
    return named


def _intact(conn: sqlite3.Connection) -> bool:
    """SQLite's own integrity check passes: the file was sound (a rebuild of it loses
    nothing, and must not say it read a damaged file)."""
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check(1)")] == ["ok"]
    except sqlite3.DatabaseError:
        return False


# -- reading article rows from the file's pages directly ---------------------------------------

def _varint(data: bytes, at: int) -> tuple[int, int]:
    """SQLite's variable-length integer at `at`: (value, offset after it)."""
    value = 0
    for i in range(8):
        byte = data[at + i]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    return (value << 8) | data[at + 8], at + 9


_WIDTHS = {0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8, 7: 8, 8: 0, 9: 0, 10: 0, 11: 0}


def _value(kind: int, raw: bytes) -> object:
    if kind == 0:
        return None
    if kind <= 6:
        return int.from_bytes(raw, "big", signed=True)
    if kind == 7:
        return struct.unpack(">d", raw)[0]
    if kind in (8, 9):
        return kind - 8
    if kind < 12:
        raise ValueError(f"serial type {kind} is reserved")
    return raw if kind % 2 == 0 else raw.decode("utf-8")


def _record(payload: bytes) -> tuple[list[int], list, bool]:
    """A record's column types, as many of its values as `payload` holds (a broken
    overflow chain cuts the rest off; the first columns are on the leaf page itself), and
    whether a value met is damage (text that is no UTF-8, a reserved type): the values end
    before it."""
    length, at = _varint(payload, 0)
    if length > min(len(payload), 1000):
        raise ValueError("not a record header")
    types: list[int] = []
    while at < length:
        kind, at = _varint(payload, at)
        types.append(kind)
    values: list = []
    at = length
    for kind in types:
        width = _WIDTHS[kind] if kind < 12 else (kind - 12) // 2
        if at + width > len(payload):
            break
        try:
            values.append(_value(kind, payload[at:at + width]))
        except ValueError:
            return types, values, True
        at += width
    return types, values, False


def _page_size(header: bytes) -> tuple[int, int]:
    """(page size, usable bytes of a page) from a database header; SQLite's defaults when
    the header is the damaged part."""
    size = int.from_bytes(header[16:18], "big")
    size = 65536 if size == 1 else size
    if not (512 <= size <= 65536 and size & (size - 1) == 0):
        return 4096, 4096
    return size, size - (header[20] if header[20] < 64 else 0)


def _pages_missing(path: Path) -> int:
    """How many pages the header counts past the end of the file (a file cut short)."""
    with open(path, "rb") as file:
        header = file.read(100)
    if len(header) < 100 or header[24:28] != header[92:96]:
        return 0  # SQLite's own rule: the count is valid only if written with that change
    size, _ = _page_size(header)
    return max(0, int.from_bytes(header[28:32], "big") - path.stat().st_size // size)


# -- the write-ahead log beside the file (SQLite's file format, "The Write-Ahead Log") --------

WAL_MAGIC = {0x377F0682: "<", 0x377F0683: ">"}  # → the byte order of the log's checksums
WAL_VERSION = 3007000
WAL_HEADER, FRAME_HEADER = 32, 24


@dataclass
class _Log:
    """The pages a write-ahead log holds committed: the newest frame of each page, as
    offsets into the log, and the database's size in pages after the last commit."""

    size: int = 0  # page size
    frames: dict[int, int] = field(default_factory=dict)  # page number → offset of its data
    count: int = 0  # 0: no commit in the log


def _checksum(data: bytes, order: str, s0: int, s1: int) -> tuple[int, int]:
    """SQLite's checksum of a log header or frame, continuing the log's running one."""
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def committed_frames(wal: bytes) -> _Log:
    """What SQLite itself would read from this log: frames up to the first one whose salts
    or checksum do not follow (a frame of an older log, a write cut short), and of those
    only the ones a commit frame closes; a later frame of a page replaces an earlier one.
    An empty `_Log` for a log that is missing, damaged in its header, or of no database."""
    if len(wal) < WAL_HEADER:
        return _Log()
    magic, version, size = struct.unpack(">III", wal[:12])
    order = WAL_MAGIC.get(magic)
    if order is None or version != WAL_VERSION or not (
            512 <= size <= 65536 and size & (size - 1) == 0):
        return _Log()
    s0, s1 = _checksum(wal[:24], order, 0, 0)
    if (s0, s1) != struct.unpack(">II", wal[24:32]):
        return _Log()
    log, pending = _Log(size=size), {}
    for at in range(WAL_HEADER, len(wal) - FRAME_HEADER - size + 1, FRAME_HEADER + size):
        number, pages, salts, sums = (*struct.unpack(">II", wal[at:at + 8]),
                                      wal[at + 8:at + 16], wal[at + 16:at + 24])
        if number == 0 or salts != wal[16:24]:
            break
        s0, s1 = _checksum(wal[at:at + 8], order, s0, s1)
        s0, s1 = _checksum(wal[at + FRAME_HEADER:at + FRAME_HEADER + size], order, s0, s1)
        if (s0, s1) != struct.unpack(">II", sums):
            break
        pending[number] = at + FRAME_HEADER
        if pages:  # a commit frame: the transaction is whole
            log.frames.update(pending)
            log.count, pending = pages, {}
    return log


class _Pages:
    """A database file read as pages, whatever its header or SQLite says about it, with the
    pages its write-ahead log holds committed in place of the file's older copies (rows
    committed since the last checkpoint are only there)."""

    def __init__(self, data: bytes, wal: bytes = b"") -> None:
        self.data, self.wal = data, wal
        self.log = committed_frames(wal)
        self.size, self.usable = _page_size(self._header())
        if self.log.size and self.log.size != self.size:  # the file's header is the damage
            self.size = self.usable = self.log.size
        self.count = self.log.count or len(data) // self.size

    def _header(self) -> bytes:
        """The database header: page 1's newest copy (its first 100 bytes)."""
        at = self.log.frames.get(1)
        header = self.wal[at:at + 100] if at is not None else self.data[:100]
        return header.ljust(100, b"\0")  # (a file shorter than its header: no valid fields)

    def page(self, number: int) -> bytes:
        at = self.log.frames.get(number)
        if at is not None:
            return self.wal[at:at + self.size]
        return self.data[(number - 1) * self.size:number * self.size]

    def free(self) -> set[int]:
        """The freelist's pages: what they hold is stale, rows moved or deleted since."""
        pages: set[int] = set()
        trunk = int.from_bytes(self._header()[32:36], "big")
        while 1 < trunk <= self.count and trunk not in pages:
            page = self.page(trunk)
            pages.add(trunk)
            leaves = min(int.from_bytes(page[4:8], "big"), (self.usable - 8) // 4)
            pages.update(int.from_bytes(page[8 + 4 * i:12 + 4 * i], "big")
                         for i in range(leaves))
            trunk = int.from_bytes(page[:4], "big")
        return pages

    def payload(self, page: bytes, at: int, size: int) -> bytes:
        """A table leaf cell's payload from `at`: the part on its page, then as much of its
        overflow chain as is readable (SQLite's file format, "Cell Payload Overflow")."""
        most = self.usable - 35
        if size <= most:
            return page[at:at + size]
        least = (self.usable - 12) * 32 // 255 - 23
        local = least + (size - least) % (self.usable - 4)
        local = local if local <= most else least
        payload = bytearray(page[at:at + local])
        following = int.from_bytes(page[at + local:at + local + 4], "big")
        seen: set[int] = set()
        while len(payload) < size and 1 < following <= self.count and following not in seen:
            seen.add(following)
            overflow = self.page(following)
            payload += overflow[4:self.usable]
            following = int.from_bytes(overflow[:4], "big")
        return bytes(payload[:size])


def _article_cells(pages: _Pages, number: int) -> Iterator[tuple[int, list, bool]]:
    """(rowid, values, whole) of each article row on a table leaf page; nothing from pages
    of other tables (a page holds one table's rows, the first readable one tells)."""
    page = pages.page(number)
    header = 100 if number == 1 else 0
    if len(page) < pages.size or page[header] != 0x0D:  # not a table's leaf page
        return
    for i in range(int.from_bytes(page[header + 3:header + 5], "big")):
        pointer = int.from_bytes(page[header + 8 + 2 * i:header + 10 + 2 * i], "big")
        try:
            size, at = _varint(page, pointer)
            rowid, at = _varint(page, at)
            payload = pages.payload(page, at, size)
            types, values, damaged = _record(payload)
        except (IndexError, ValueError, struct.error):
            continue  # a damaged cell; the next may be whole
        if len(types) < ARTICLE_COLUMNS or types[0] != 0 or types[CONTENT_HASH] != HASH_TYPE:
            if damaged:
                continue
            return
        # An article whose text is damage (an overflow page overwritten) still gives its
        # source, on its own page, to read again: 51 of the audit's, whose ids came from a
        # list of damage and no other table named, are known by it alone.
        if len(values) > SOURCE and isinstance(values[SOURCE], str):
            yield rowid, values, len(payload) == size


def _mapped(path: Path, stack: ExitStack) -> bytes:
    """A file's bytes, memory-mapped (closed with `stack`); none for a missing or empty one."""
    try:
        with open(path, "rb") as file:  # (the map outlives the file object)
            if not os.fstat(file.fileno()).st_size:
                return b""
            return stack.enter_context(mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ))
    except FileNotFoundError:
        return b""


def scan_articles(path: Path) -> dict[int, tuple[str, RawDocument | None]]:
    """Article rows read from the file's pages directly, for when SQLite cannot reach them,
    and from the pages its write-ahead log holds committed: id → (source, the whole document
    if its overflow pages are readable too)."""
    found: dict[int, tuple[str, RawDocument | None]] = {}
    with ExitStack() as stack:
        pages = _Pages(_mapped(path, stack),
                       _mapped(path.with_name(path.name + "-wal"), stack))
        if pages.count * pages.size < 512:
            return found
        free = pages.free()
        for number in range(1, pages.count + 1):
            if number in free:
                continue
            for rowid, values, whole in _article_cells(pages, number):
                document = None
                if whole and len(values) > METADATA and isinstance(values[RAW], str):
                    try:
                        document = RawDocument(values[SOURCE], values[RAW],
                                               json.loads(values[METADATA] or "{}"))
                    except (TypeError, ValueError):
                        document = None
                if rowid not in found or found[rowid][1] is None:
                    found[rowid] = (values[SOURCE], document)
    return found


# -- corrections --------------------------------------------------------------------------------

def _journal_record(record: object) -> tuple[tuple[str, str, str], Place | None]:
    """((surface, context hint, place id), the place an add adds or None for an undo) of
    one journal line; KeyError, TypeError or ValueError if a field is missing or bad."""
    if not isinstance(record, dict):
        raise TypeError("not a JSON object")
    op, surface, hint = record["op"], record["surface"], record.get("context_hint", "")
    if not isinstance(surface, str) or not isinstance(hint, str):
        raise TypeError("surface and context_hint must be text")
    if op == "add":
        place = Place(**record["place"])
        return (surface, hint, place.id), place
    if op == "remove":
        return (surface, hint, str(record["place_id"])), None
    raise ValueError(f"unknown op {op!r}")


ANY_OWNER = "*"  # `read_journal`'s owner: every line that names its database, whichever


def read_journal(journal: Path, log: Callable[[str], None] = print, owner: str | None = None,
                 ) -> tuple[list[Correction], set[tuple[str, str, str]]]:
    """The corrections still in force after replaying adds and removes, in the order they
    were made (the later of two for a name wins), and every (surface, hint, place id) the
    journal mentions at all. An undo takes back the latest add of its key: a correction
    saved twice and undone once stays once, and P1, P2, P1 again ends at P1 (a review).
    With `owner` (a database's id, or ANY_OWNER), only the lines that database wrote."""
    active: list[tuple[tuple[str, str, str], Place]] = []
    mentioned: set[tuple[str, str, str]] = set()
    if not journal.exists():
        return [], mentioned
    lines = journal.read_text(encoding="utf-8", errors="replace").splitlines()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if owner is not None and not _owned_by(record, owner):
                continue  # another database's, or written before lines named theirs
            if isinstance(record, dict) and record.get("op") in DATE_OPS:
                continue  # a date set by hand (`read_date_journal`)
            key, place = _journal_record(record)
        except json.JSONDecodeError:
            # A line cut by a crash: every complete line around it still counts.
            log(f"warning: {journal.name} line {number} skipped: cut off")
            continue
        except (KeyError, TypeError, ValueError) as error:
            what = f"missing {error}" if isinstance(error, KeyError) else str(error)
            log(f"warning: {journal.name} line {number} skipped: {what}")
            continue
        mentioned.add(key)
        if place is not None:
            active.append((key, place))
        else:
            latest = next((k for k in range(len(active) - 1, -1, -1) if active[k][0] == key),
                          None)
            if latest is not None:
                del active[latest]
    return [(surface, hint, place) for (surface, hint, _), place in active], mentioned


DATE_OPS = ("date", "undate")  # journal lines of dates set by hand (`Store.set_date_correction`)


def read_date_journal(journal: Path, owner: str | None = None,
                      ) -> tuple[list[DatedText], set[str]]:
    """The dates set by hand still in force after replaying sets and undos, and every text
    hash the journal dates at all (with `owner` as in `read_journal`). Lines `read_journal`
    reports as bad are passed over in silence here."""
    active: dict[str, DatedText] = {}
    mentioned: set[str] = set()
    if not journal.exists():
        return [], mentioned
    for line in journal.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            record = json.loads(line) if line.strip() else None
        except json.JSONDecodeError:
            continue
        if not isinstance(record, dict) or record.get("op") not in DATE_OPS or \
                not isinstance(record.get("context_hint"), str) or \
                (owner is not None and not _owned_by(record, owner)):
            continue
        hint = record["context_hint"]
        mentioned.add(hint)
        active.pop(hint, None)
        if record["op"] == "date" and _iso_date(record.get("published")):
            active[hint] = (hint, record["published"], str(record.get("created_at", "")))
    return list(active.values()), mentioned


def _iso_date(value: object) -> bool:
    try:
        dt.date.fromisoformat(str(value))
    except ValueError:
        return False
    return True


def _owned_by(record: object, owner: str) -> bool:
    if not isinstance(record, dict) or not isinstance(record.get("store"), str):
        return False
    return owner == ANY_OWNER or record["store"] == owner


def journal_corrections(journal: Path, log: Callable[[str], None] = print,
                        ) -> list[Correction]:
    """(surface, context hint, place) still in force after replaying adds and removes."""
    return read_journal(journal, log)[0]


def _own_corrections(store: SQLiteStore, found: Salvaged, path: Path,
                     log: Callable[[str], None],
                     ) -> tuple[list[Correction], set[tuple[str, str, str]], bool]:
    """The journalled corrections that are the damaged database's own, what its journal
    mentions, and whether they must be journalled again for the new database. By its id
    when the file still tells it; else every line of its own journal that names a
    database (the file bears its name); else, for a database no release with ids opened,
    the journal it shared by name ("news.corrections.jsonl"), but only when no other
    database beside it could have written there: a rebuild of news.db had replayed the
    corrections made in news.sqlite (a review)."""
    if found.store_id is not None:
        return *read_journal(store.journal_path, log, owner=found.store_id), False
    active, mentioned = read_journal(store.journal_path, log, owner=ANY_OWNER)
    if mentioned:
        return active, mentioned, True
    legacy = legacy_journal(path)
    if not legacy.exists():
        return [], set(), False
    sharers = legacy_sharers(path)
    if sharers:
        log(f"{legacy.name} is not replayed: other databases beside it ("
            f"{', '.join(p.name for p in sharers)}) wrote their corrections there too; "
            "the corrections the damaged file's own table still holds are.")
        return [], set(), False
    return *read_journal(legacy, log), True


def _replay_corrections(store: SQLiteStore, found: Salvaged, path: Path,
                        log: Callable[[str], None]) -> int:
    """The journal's corrections that are the database's own, then those only the damaged
    file's table had (a copy without its journal); these are journalled now, so the next
    rebuild has them too. One the journal undid stays undone. Dates set by hand likewise."""
    active, mentioned, again = _own_corrections(store, found, path, log)
    for surface, hint, place in active:
        store.add_correction(surface, place, hint, journal=again)
    count = len(active)
    for surface, hint, place in found.corrections:
        if (surface, hint, place.id) not in mentioned:
            mentioned.add((surface, hint, place.id))
            store.add_correction(surface, place, hint)
            count += 1
    return count + _replay_dates(store, found)


def _replay_dates(store: SQLiteStore, found: Salvaged) -> int:
    """The dates set by hand, as `_replay_corrections` replays corrections: the journal's
    lines of the damaged database's own (by its id; without one, any that name a database:
    no journal before ids held dates), then those only its table had."""
    owner = found.store_id if found.store_id is not None else ANY_OWNER
    active, mentioned = read_date_journal(store.journal_path, owner)
    for hint, published, _ in active:
        store.set_date_correction(hint, dt.date.fromisoformat(published),
                                  journal=found.store_id is None)
    extra = [(h, p) for h, p, _ in found.dates if h not in mentioned]
    for hint, published in extra:
        store.set_date_correction(hint, dt.date.fromisoformat(published))
    return len(active) + len(extra)


# -- rebuilding -------------------------------------------------------------------------------

def _source_files(sources: Iterable[str]) -> Iterator[Path]:
    """The files articles were read from: "x.jsonl#7" → x.jsonl, "a.zip/b.txt" → a.zip."""
    seen: set[Path] = set()
    for source in sources:
        path = Path(source.split("#", 1)[0])
        while not path.exists() and path.parent != path:
            path = path.parent
        if path.is_file() and path not in seen:
            seen.add(path)
            yield path


_SIDE_FILES = ("-wal", "-shm")  # SQLite's files beside a database in WAL mode


def _kept_name(path: Path) -> Path:
    """A name for the damaged copy that no file beside it has, nor its -wal or -shm: two
    rebuilds in one second had named their copies alike, and the second moved its copy over
    the first (a review lost a damaged file that way)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    names = (path.with_name(f"{path.name}.damaged-{stamp}" + (f"-{n}" if n > 1 else ""))
             for n in itertools.count(1))
    return next(kept for kept in names if not any(
        taken.exists() or taken.is_symlink()
        for taken in (kept, *(kept.with_name(kept.name + s) for s in _SIDE_FILES))))


def _move_aside(path: Path, sound: bool = False) -> Path:
    """The damaged file and its logs renamed beside it, or an error that says why they
    cannot be, with nothing changed: on a read-only volume the move had been a traceback
    (of a sound file, which opening had called damaged, an audit)."""
    kept = _kept_name(path)
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", *_SIDE_FILES):
            side = path.with_name(path.name + suffix)
            if suffix == "" or side.exists():
                shutil.move(side, kept.with_name(kept.name + suffix))
                moved.append((side, kept.with_name(kept.name + suffix)))
    except OSError as exc:
        for side, aside in reversed(moved):  # (back as it was)
            shutil.move(aside, side)
        raise PlacelineError(
            f"cannot rebuild {path}: it cannot be moved aside in its folder "
            f"({exc.strerror or exc}), so nothing was changed; "
            + ("it is not damaged (SQLite's integrity check finds it sound, every row read): "
               "placeline reads it as it is" if sound else "copy it (and its -wal, if any) "
               "to a folder you may write, and rebuild the copy")) from exc
    return kept


def _check_not_in_use(path: Path, sound: bool, log: Callable[[str], None]) -> None:
    """Refuse to move a sound database another process has open; of a damaged one, warn
    that that process goes on with the damaged copy until restarted."""
    if not open_elsewhere(path):
        return
    if sound:
        raise PlacelineError(
            f"not rebuilt: {path} is sound and another process has it open (the dashboard, "
            "an ingest?); nothing was changed. Stop it first if you still mean to rebuild it")
    log(f"warning: another process has {path} open (the dashboard, an ingest?): restart it "
        "once the rebuild is done, or it goes on with the damaged copy")


class RebuildInterrupted(KeyboardInterrupt):
    """Ctrl-C during a rebuild: the new database is incomplete, the damaged one is kept."""

    def __init__(self, path: Path, kept: Path | None) -> None:
        super().__init__()
        self.path, self.kept = path, kept

    def __str__(self) -> str:
        return (f"rebuild interrupted: {self.path} is incomplete; the damaged database is "
                f"kept whole as {self.kept}: move it back to {self.path} (replacing the "
                "incomplete one) and run rebuild again")


def open_elsewhere(path: Path) -> bool:
    """Whether another process (the dashboard, an ingest) has the WAL database open: each
    connection holds a shared lock on its `-shm` file's "dead man switch" byte (128) while
    open, so an exclusive one cannot be had. Where the lock cannot be tried (no fcntl, a
    -shm it may not write), a -shm beside it is taken as a sign. A rebuild of a sound store
    had moved it aside under a running dashboard (audit 33)."""
    shm = path.with_name(path.name + "-shm")
    if not shm.exists():
        return False
    try:
        import fcntl

        with open(shm, "r+b") as file:
            try:
                fcntl.lockf(file, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, 128)
            except OSError:
                return True
            fcntl.lockf(file, fcntl.LOCK_UN, 1, 128)
            return False
    except (ImportError, OSError):
        return True


def rebuild(path: Path, log: Callable[[str], None] = print,
            force: bool = False) -> RebuildReport:
    """Move the damaged database aside and build a new one from everything recoverable of
    it (and nothing else). NotADatabaseError, with the file untouched, if it is none. A
    sound file is left as it is unless `force`, and not even then while another process
    has it open: the audit's user, given the wrong command, had "rebuilt" the healthy
    default store under a running dashboard."""
    from placeline.bootstrap import REBUILT_SETTING
    from placeline.pipeline import Pipeline

    if not is_sqlite_file(path) and not scan_articles(path):
        raise NotADatabaseError(path)  # (a damaged header alone: its pages still read)
    found = salvage(path)
    if found.foreign:
        raise NotADatabaseError(path, "it has no articles table")
    report = RebuildReport(held=found.held, listed=found.listed,
                           pages_missing=found.pages_missing,
                           unaccounted=found.unaccounted, sound=found.sound, path=path)
    if found.sound and not force:
        report.left_alone, report.salvaged = True, len(found.documents)
        log(report.summary())
        return report
    _check_not_in_use(path, found.sound, log)
    report.kept_as = _move_aside(path, found.sound)
    store = SQLiteStore(path)
    if found.store_id is not None:  # the same database: its journal lines stay its own
        store.set_setting(STORE_ID, found.store_id)
    store.set_setting(REBUILT_SETTING, str(report.kept_as))  # the user's, never seeded
    report.corrections = _replay_corrections(store, found, path, log)
    for query, provider, place in found.answers:  # before the articles, which use them
        store.cache_put(query, provider, place)
    store.remember_deletions(found.deletions)  # (before the files are read again)
    pipeline = Pipeline(store)
    try:
        # Each article comes back as an article of its own, as it was (two versions of one
        # file that an older placeline stored side by side too).
        result = pipeline.ingest(iter(found.documents), versions=False)
        report.salvaged = len(result.added)
        wanted = [*found.sources, *(error.source for error in result.failed)]
        again = set(wanted)  # only the old database's articles, not their files' new ones
        result = pipeline.ingest((item for item in read_paths(_source_files(again))
                                  if item.source in again), versions=False)
    except KeyboardInterrupt as stopped:
        store.close()  # ("run the same command again" would rebuild the half-made new one)
        raise RebuildInterrupted(path, report.kept_as) from stopped
    report.reread = len(result.added)
    back = {source for source, _ in result.added} | set(result.duplicates) \
        | {source for source, _ in result.deleted}  # (deleted before: not lost)
    report.lost = [s for s in wanted if s not in back]
    report.lost += [f"article {article_id} (row unreadable)"
                    for article_id in found.untraced]
    log(report.summary())
    store.close()
    return report
