"""Persistence behind one small interface: `Store`, opened with `open_store(target)`.

SQLite by default (one file under data/, WAL so the dashboard reads while ingest writes);
PostgreSQL when the target is a `postgresql://` URL (`placeline.store_postgres`). The queries
below are written once, in SQL both databases accept; each backend supplies only what differs
(connecting, how a write transaction starts, the schema's types, date arithmetic, checks).

Every write that belongs together happens in one transaction, so a killed ingest leaves either
a whole article (article + mentions + events) or nothing. Re-ingesting the same text is a no-op
because articles are keyed by content hash; an edited text from the same source takes its
article's place (`replace_article`), keeping its id.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import glob
import itertools
import json
import os
import re
import shlex
import sqlite3
import stat
import threading
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path

import pandas as pd

from placeline.config import default_database, is_server_url
from placeline.errors import (
    NotADatabaseError,
    PlacelineError,
    StoreCorruptError,
    StoreLostError,
    StoreReadOnlyError,
    StoreUnavailableError,
    StoreWriteError,
)
from placeline.keywords import parse as parse_keywords
from placeline.models import Article, DateGuess, Event, Mention, Place
from placeline.present import counted

SCHEMA_VERSION = 1
STORE_ID = "store_id"  # meta key: the database's own id, which its journal lines carry
# meta key: grows with every change of the corrections, so an ingest under way follows a
# correction saved meanwhile (`Pipeline`); absent (0) in a store that has had none since.
CORRECTIONS_REVISION = "corrections_revision"
# meta key: grows with every delete of articles and every Restore of one under the id it
# had, so a reader holding an index of an earlier revision learns in one cheap read whether
# any of its articles is gone or back (an ingest, which moves the revision every second and
# stores under new ids, does not move it); absent (0) in a store with none since.
# (stored under its name from before it counted restores: the key is what every program
# reading the same store shares, so an older dashboard or CLI still running against it reads
# each delete and restore too; UI 56 had moved the count to a new key, and the older reader
# saw its count go back to 0 and never move again, keeping deleted articles on its map —
# review 30)
ARTICLES_CHANGED = "articles_removed"
CHECKPOINT_PAGES = 1  # SQLite's wal_autocheckpoint: after every commit (see _connect)
SQLITE_HEADER = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite database

# {id}: an auto-numbered key; {real}: a double. Filled in by each backend.
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    id {id},
    source TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    raw TEXT NOT NULL DEFAULT '',
    published TEXT,
    published_method TEXT NOT NULL DEFAULT 'unknown',
    published_confidence {real} NOT NULL DEFAULT 0,
    published_evidence TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL UNIQUE,
    story_id INTEGER,
    metadata TEXT NOT NULL DEFAULT '{{}}',
    ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS places (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    lat {real} NOT NULL,
    lon {real} NOT NULL,
    kind TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT '',
    admin1 TEXT NOT NULL DEFAULT '',
    population INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL,
    geonameid INTEGER
);
CREATE TABLE IF NOT EXISTS geocode_cache (
    query TEXT NOT NULL,
    provider TEXT NOT NULL,
    place_id TEXT REFERENCES places(id),
    fetched_at TEXT NOT NULL,
    PRIMARY KEY (query, provider)
);
CREATE TABLE IF NOT EXISTS mentions (
    id {id},
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    surface TEXT NOT NULL,
    place_id TEXT REFERENCES places(id),
    confidence {real} NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    id {id},
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    place_id TEXT NOT NULL REFERENCES places(id),
    date TEXT,
    date_end TEXT,
    precision TEXT NOT NULL,
    snippet_start INTEGER NOT NULL,
    snippet_end INTEGER NOT NULL,
    date_method TEXT NOT NULL DEFAULT '',
    date_evidence TEXT NOT NULL DEFAULT '',
    date_flag TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS corrections (
    id {id},
    surface TEXT NOT NULL,
    context_hint TEXT NOT NULL DEFAULT '',
    place_id TEXT NOT NULL REFERENCES places(id),
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS date_corrections (
    context_hint TEXT PRIMARY KEY,
    published TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE INDEX IF NOT EXISTS articles_url ON articles(url);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE INDEX IF NOT EXISTS mentions_place ON mentions(place_id);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_place ON events(place_id);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE TABLE IF NOT EXISTS article_terms (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    term TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS article_terms_term ON article_terms(term);
CREATE INDEX IF NOT EXISTS article_terms_article ON article_terms(article_id);
CREATE TABLE IF NOT EXISTS story_links (
    a INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    b INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    score {real} NOT NULL,
    PRIMARY KEY (a, b)
);
CREATE INDEX IF NOT EXISTS story_links_b ON story_links(b);
CREATE TABLE IF NOT EXISTS deleted_articles (
    content_hash TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    title TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    raw TEXT NOT NULL DEFAULT '',
    metadata TEXT NOT NULL DEFAULT '{{}}',
    deleted_at TEXT NOT NULL,
    article_id INTEGER
);
CREATE INDEX IF NOT EXISTS deleted_articles_source ON deleted_articles(source);
"""

# meta key: the largest id of an article deleted from a SQLite store (0: none yet). Its
# INTEGER PRIMARY KEY (no AUTOINCREMENT) gives the largest id + 1, so the last article
# deleted gave its id to the next one stored: an old `?article=N` link or exported
# article_id opened another article, and its Restore collided with it.
ARTICLE_HIGH_WATER = "article_high_water"

# SQLite only: every deletion of an article, by any path or release that runs after this
# one made it, raises the mark; `SQLiteStore._new_article_id` hands out ids past it.
SQLITE_HIGH_WATER = f"""
CREATE TRIGGER IF NOT EXISTS articles_high_water AFTER DELETE ON articles BEGIN
    UPDATE meta SET value = MAX(CAST(value AS INTEGER), OLD.id)
    WHERE key = '{ARTICLE_HIGH_WATER}';
END;
"""

# The mark of a store made before it, or of a copy: the ids its kept deletions had (those
# of deletions not kept are beyond knowing). Its articles' ids are read at every insert.
_MARK = ("COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = '"
         + ARTICLE_HIGH_WATER + "'), 0)")  # (the mark's value, 0 where none is kept)
_HIGH_WATER_NOW = ("SELECT MAX(COALESCE((SELECT MAX(article_id) FROM deleted_articles), 0),"
                   f" {_MARK})")
# The id a new SQLite article takes: the mark covers every deletion since, so the kept
# deletions (their texts: a scan of them at every insert) need not be read again.
_NEXT_ARTICLE_ID = f"SELECT MAX(COALESCE((SELECT MAX(id) FROM articles), 0), {_MARK}) + 1"


# What `Store.copy_from` copies, each table after those its rows name; and the settings that
# are a store's own, never copied.
COPIED_TABLES = ("places", "articles", "mentions", "events", "article_terms", "story_links",
                 "geocode_cache", "corrections", "date_corrections", "deleted_articles")
# The high-water mark is a SQLite store's own too: a copy reads the largest id its source
# ever handed out (`_article_high_water`: a SQLite store's mark, a PostgreSQL store's
# sequence) and gives it to the new store's own keeping (`_ids_follow`). Copied as a
# setting, PostgreSQL's copy held a mark no deletion raised, and SQLite's copy of a
# PostgreSQL store none of the ids its sequence had handed out and no row kept (review 26).
OWN_SETTINGS = (STORE_ID, "revision", ARTICLE_HIGH_WATER)


# `copy`'s refusal, in words: "0 articles, 2 places, 1 ingest record" (`Store._held`).
_HELD_NOUNS = {"articles": "article", "places": "place", "corrections": "correction",
               "geocode_cache": "geocoder answer", "ingest_runs": "ingest record",
               "deleted_articles": "deleted article"}


def _held_words(held: dict[str, int]) -> str:
    """What a store holds, its articles always; dates set by hand are corrections, and a
    table named by no noun is counted by its name."""
    held = {**held, "corrections": held["corrections"] + held.get("date_corrections", 0)}
    words = [counted(held["articles"], "article")]
    words += [counted(number, _HELD_NOUNS[table]) if table in _HELD_NOUNS
              else f"{number:,} rows of {table}"
              for table, number in held.items()
              if number and table not in ("articles", "date_corrections")]
    return ", ".join(words)


# Columns added after a table was first released: (table, column, declaration). Databases
# made before them get them by ALTER TABLE at open; new ones have them from SCHEMA.
ADDED_COLUMNS = [
    ("events", "date_method", "TEXT NOT NULL DEFAULT ''"),
    ("events", "date_evidence", "TEXT NOT NULL DEFAULT ''"),
    ("events", "date_flag", "TEXT NOT NULL DEFAULT ''"),
    ("deleted_articles", "article_id", "BIGINT"),
]

# Added columns that only writes use: a store opened read-only (which cannot add them) is
# read without them. A deleted article's id, which Restore gives back, is one.
WRITERS_COLUMNS = frozenset({("deleted_articles", "article_id")})


# Publication methods of a date an article was given by its story or the meeting calendar,
# not one it gives itself (metadata, its lead).
_BORROWED = "'inferred', 'relative'"


def _article_values(article: Article, published: DateGuess) -> tuple:
    """An article's columns as `add_article` and `replace_article` write them, in the
    order of their statements: source, url, title, text, raw, the publication's four, the
    content hash, metadata, ingested_at."""
    return (article.source, article.url, article.title, article.text, article.raw,
            _iso(published.date), published.method, published.confidence, published.evidence,
            article.content_hash, json.dumps(article.metadata, default=str), _now())


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def is_sqlite_file(path: Path) -> bool:
    """Whether `path` may be opened as a database: SQLite's header, or an empty file (one
    not written yet). Anything else is some other file, never damage to repair."""
    try:
        with open(path, "rb") as file:
            head = file.read(len(SQLITE_HEADER))
    except OSError:
        return True  # unreadable: SQLite's own error says why
    return not head or head == SQLITE_HEADER


def open_store(target: str | Path) -> Store:
    """The store at `target`: a `postgresql://` URL, or else a path to a SQLite file."""
    if is_server_url(target):
        from placeline.store_postgres import PostgresStore

        return PostgresStore(str(target))
    path = Path(target)
    retired = None
    if not path.exists() and not path.is_symlink() and not _shared_name(path):
        retired = retire_journal(journal_beside(path))
    try:
        store = SQLiteStore(path)
    except BaseException:
        restore_journal(retired, path)
        raise
    store.retired_journal = retired
    return store


def restore_journal(retired: Path | None, path: Path) -> None:
    """Put back a journal `open_store` moved aside (`retire_journal`) for a database that was
    not made after all (it could not be opened, or `ingest` took it away as it stored
    nothing): left alone, as the store it was moved aside for never was. A mistyped --db's
    ingest of nothing had moved the corrections of a database taken elsewhere aside."""
    journal = journal_beside(path)
    if retired is not None and retired.exists() and not journal.exists():
        retired.rename(journal)


def _shared_name(path: Path) -> bool:
    """A database without an extension ("news") has the legacy journal's name for its own,
    which the "news.db" beside it may still need: a new "news" must not move it aside (a
    review); its rebuild replays only its own records from it (see `Store.store_id`)."""
    return journal_beside(path) == legacy_journal(path) and bool(legacy_sharers(path))


JOURNAL_SUFFIX = ".corrections.jsonl"
NOT_DATABASES = ("-wal", "-shm", "-journal", JOURNAL_SUFFIX)  # SQLite's and placeline's files


def journal_beside(path: Path) -> Path:
    """A SQLite database's corrections journal, beside it so it survives the file's damage,
    named by the database's whole file name: "news.db" and "news.sqlite" once shared
    news.corrections.jsonl, and a rebuild of one replayed the other's corrections (a
    review)."""
    return path.with_name(path.name + JOURNAL_SUFFIX)


def legacy_journal(path: Path) -> Path:
    """The journal name before it was the database's own: its stem's, shared by "news",
    "news.db" and "news.sqlite". Read only by a rebuild of a database no release since has
    opened, and then only when no other database can have written it (`legacy_sharers`)."""
    return path.with_name(path.stem + JOURNAL_SUFFIX)


def legacy_sharers(path: Path) -> list[Path]:
    """Other databases beside `path` whose corrections went to its legacy journal: what
    keeps that journal from being anyone's alone ("news", "news.db", "news.sqlite")."""
    stem = path.stem
    others = [path.with_name(stem), *path.parent.glob(f"{glob.escape(stem)}.*")]
    return [other for other in others
            if other != path and legacy_journal(other) == legacy_journal(path)
            and not other.name.endswith(NOT_DATABASES) and ".old-" not in other.name
            and ".damaged-" not in other.name and has_sqlite_header(other)]


def has_sqlite_header(path: Path) -> bool:
    """Whether `path` is a regular file that starts as every SQLite database does."""
    return file_head(path, len(SQLITE_HEADER)) == SQLITE_HEADER


def file_head(path: Path, size: int) -> bytes:
    """The first `size` bytes of a regular file; b"" for anything else (missing, a folder,
    unreadable, a pipe, a device), which is never opened: `export --out /dev/stdout` and a
    named pipe had hung, the output path opened for reading to sniff it waiting for input
    that never came (an audit). Opened without blocking in case it was swapped meanwhile."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return b""
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                         | getattr(os, "O_NOCTTY", 0))
    except (OSError, ValueError):
        return b""
    try:
        return os.read(handle, size) if stat.S_ISREG(os.fstat(handle).st_mode) else b""
    except OSError:
        return b""
    finally:
        os.close(handle)


def retire_journal(journal: Path) -> Path | None:
    """Move a journal whose database is gone aside (renamed `….old-YYYYMMDD-HHMMSS`, never
    deleted), so a new database starts with no corrections, as its user asked by deleting
    the old one: kept in place, a later `rebuild` would have replayed them into it. `rebuild`
    itself opens its new database directly, and replays the journal."""
    if not journal.exists():
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for n in itertools.count(1):  # never over an earlier one's
        kept = journal.with_name(f"{journal.name}.old-{stamp}" + (f"-{n}" if n > 1 else ""))
        if not kept.exists():
            break
    try:
        journal.rename(kept)
    except FileNotFoundError:  # another process opening the same new database moved it
        return None
    return kept


# What a disk's refusal means, by SQLite's primary result code or the system's errno.
_FULL = "the disk holding it is full: free space on it, then try again"
_NO_DISK = "the disk reported an input/output error"
_SQLITE_REFUSALS = {sqlite3.SQLITE_FULL: "full", sqlite3.SQLITE_READONLY: "read-only",
                    sqlite3.SQLITE_CANTOPEN: "read-only", sqlite3.SQLITE_PERM: "read-only",
                    sqlite3.SQLITE_IOERR: "io"}
_ERRNO_REFUSALS = {errno.ENOSPC: "full", errno.EDQUOT: "full", errno.EROFS: "read-only",
                   errno.EACCES: "read-only", errno.EPERM: "read-only", errno.EIO: "io",
                   errno.EFBIG: "too large"}
# What a read-only open (`?mode=ro`) that cannot make or size a WAL store's -shm raises: a
# read-only volume's SQLITE_CANTOPEN, a full disk's SQLITE_IOERR (SHMSIZE, SHMOPEN, …) or
# SQLITE_FULL. Opened as immutable instead, no -shm is needed.
_NO_SHM = (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_FULL)
# Why such a store with commits in its -wal is not opened as immutable: it reads the .db
# alone, and would show the store as it was before them, as if it were all.
_UNREAD_LOG = ("its log {wal} holds commits not yet in the database file, which reading it "
               "without writing would miss: free space on its disk (or make it writable), "
               "then try again")
_TOO_LARGE = ("it has grown to the largest file this process may write (`ulimit -f`): "
              "raise that limit, then try again")


def refusal(path: Path, error: BaseException, store: bool = True) -> str | None:
    """Why the disk under `path` refused a write, in words with what to do, or None when
    `error` is no such refusal; `store`: `path` is a store, which a read-only volume still
    lets be read and copied. A full disk, a read-only volume and a file the user may not
    write had all been "damaged — run rebuild" on opening (an audit), and a full disk
    mid-ingest a traceback."""
    if isinstance(error, sqlite3.Error):
        kind = _SQLITE_REFUSALS.get(getattr(error, "sqlite_errorcode", 0) & 0xFF)
    elif isinstance(error, OSError):
        kind = _ERRNO_REFUSALS.get(error.errno)
    else:
        kind = None
    if kind == "io":  # (a write SQLite could not finish: for space, or for a limit)
        kind = "full" if _no_space(path) else "too large" if _at_size_limit(path) else kind
    if kind == "read-only":
        return _why_read_only(path, store)
    return {"full": _FULL, "io": _NO_DISK, "too large": _TOO_LARGE}.get(kind)


def _no_space(path: Path) -> bool:
    try:
        return os.statvfs(path.parent).f_bavail == 0
    except (OSError, AttributeError):  # (no statvfs on Windows)
        return False


def _at_size_limit(path: Path) -> bool:
    """Whether the database or its log has reached the size this process may write."""
    try:
        import resource

        limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    except (ImportError, OSError, ValueError):  # (no such limit on Windows)
        return False
    if limit == resource.RLIM_INFINITY:
        return False
    sides = (path, path.with_name(path.name + "-wal"), journal_beside(path))
    return any(side.is_file() and side.stat().st_size >= limit for side in sides)


def _why_read_only(path: Path, store: bool = True) -> str:
    """A read-only volume (a published snapshot, a USB stick, a container's image), or a
    file or folder this user may not write."""
    try:
        volume = bool(os.statvfs(path.parent).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        volume = False
    if volume and store:
        return ("its file system is read-only; to change it, copy it where you may write: "
                f"`{backup_command(path)}`")
    if volume:
        return "its file system is read-only"
    return f"you may not write it or its folder {path.parent} (permission denied)"


def backup_command(path: Path) -> str:
    """The copy a store on a read-only volume is told to make (`_why_read_only`), which the
    pages' note on an older index goes on from (`bootstrap.copy_told`)."""
    return f"python -m placeline backup --db {shlex.quote(str(path))} NEW.db"


class Store:
    """What the rest of placeline may ask of a database. One connection per thread, so the
    Streamlit server's threads never share one. Subclasses supply the backend's differences."""

    #: The backend's base exception: what a failed write raises.
    DatabaseError: type[Exception] = Exception

    def __init__(self) -> None:
        self._local = threading.local()
        self._store_id: str | None = None
        self.read_only = ""  # why it may be read and not written (`StoreReadOnlyError`)
        self._init_schema()

    # -- what a backend supplies --------------------------------------------------------------

    @property
    def location(self) -> str:
        """Where the data lives, for messages (never with a password)."""
        raise NotImplementedError

    @property
    def journal_path(self) -> Path | None:
        """Corrections are also appended here: user work must survive a damaged database
        (see `recovery.rebuild`); None where the database server keeps them safe itself."""
        raise NotImplementedError

    def _connect(self):
        raise NotImplementedError

    def _begin_write(self, conn) -> None:
        """Start a transaction that holds the write lock from its first statement, so
        concurrent writers queue instead of failing half-way."""
        raise NotImplementedError

    def _begin_read(self, conn) -> None:
        """Start a transaction that sees one consistent state while writers go on."""
        raise NotImplementedError

    def _init_schema(self) -> None:
        raise NotImplementedError

    @staticmethod
    def _day_number(column: str) -> str:
        """SQL for the number of days from 1970-01-01 to an ISO date held in `column`."""
        raise NotImplementedError

    def check(self) -> None:
        """Raise StoreCorruptError if the database reports itself damaged."""
        raise NotImplementedError

    def writable_again(self) -> bool:
        """Whether a store opened read-only (`read_only`) may now be written: its disk has
        room again, its volume was made writable. False where the backend cannot tell."""
        return False

    def backup(self, target: Path) -> None:
        """Write a consistent copy of the whole database to the new file `target`, the
        writes still in a log included, while others go on reading and writing."""
        raise NotImplementedError

    # -- connection management ---------------------------------------------------------------

    @property
    def _conn(self):
        conn = getattr(self._local, "conn", None)
        if conn is None or (self._lost(conn) and not getattr(self._local, "depth", 0)):
            # (a server's connection lost: a new one, but never inside a transaction,
            # whose statements would go on outside it)
            try:
                conn = self._local.conn = self._connect()
            except StoreUnavailableError as error:
                if conn is None or isinstance(error, StoreLostError):
                    raise
                # (a loss seen only as the store connects again: told as the loss, as when
                # a command meets it, not as a database that never opened)
                raise StoreLostError(self.location,
                                     f"connecting again failed: {error.detail}") from error
        return conn

    def _lost(self, conn) -> bool:
        """Whether the connection was lost with its server (a restart, a failover)."""
        return False

    @contextmanager
    def transaction(self) -> Iterator:
        """All-or-nothing writes; a commit that changed what readers show (`_changed`) moves
        the revision they cache on.

        Nested inside another transaction it is a savepoint: a batch of articles commits
        once (a commit costs more than writing one article), and a failed article still
        undoes only its own writes.
        """
        if self.read_only:
            raise StoreReadOnlyError(self.location, self.read_only)
        conn = self._conn
        depth = getattr(self._local, "depth", 0)
        self._local.depth = depth + 1
        try:
            if depth and getattr(self._local, "whole", False):
                yield conn  # inside batch(): the batch is the unit
                return
            if depth:
                yield from self._savepoint(conn, f"nested{depth}")
                return
            try:
                self._begin_write(conn)
                self._local.changed = False
                try:
                    yield conn
                    if self._local.changed:
                        conn.execute("UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1"
                                     " AS TEXT) WHERE key = 'revision'")
                except BaseException:
                    self._roll_back(conn)
                    raise
                else:
                    conn.execute("COMMIT")
            except (self.DatabaseError, OSError) as error:
                self._refused(error)
                raise
        finally:
            self._local.depth = depth

    def _roll_back(self, conn) -> None:
        """Undo the open transaction, if the database has not already: SQLite undoes it
        itself on a full disk, and ROLLBACK then raised "no transaction is active", in a
        second traceback that hid the first (an audit)."""
        if self._in_transaction(conn):
            conn.execute("ROLLBACK")

    @staticmethod
    def _in_transaction(conn) -> bool:
        """Whether `conn`'s transaction is still open to undo (a server's is, failed)."""
        return True

    def _refused(self, error: BaseException) -> None:
        """A write its disk refused (full, read-only, failing: the database's own or the
        journal's) as `StoreWriteError`, one line that says so; other errors as they are."""
        why = self._refusal(error)
        if why is not None:
            raise StoreWriteError(self.location, why) from error

    def _refusal(self, error: BaseException) -> str | None:
        """Why its disk refused a write (`refusal`); None on a server, which says itself."""
        return None

    def _changed(self) -> None:
        """The open transaction changes the store's content (articles, their mentions,
        events and terms, places, corrections, dates set by hand): its commit moves the
        revision. Not a setting (an ingest's record of its run, a rule's version) nor the
        geocoder's cache of "no such place": every ingest had moved it, one that stored
        nothing too, and the dashboard's caches were thrown away for nothing (a review)."""
        self._local.changed = True

    @contextmanager
    def batch(self) -> Iterator:
        """One transaction for many writes that stand or fall together (derived data, such
        as re-dating a batch): the writes inside take no savepoint each, which on a server
        database saves two round trips per write."""
        with self.transaction() as conn:
            whole = getattr(self._local, "whole", False)
            self._local.whole = True
            try:
                yield conn
            finally:
                self._local.whole = whole

    def _pipelined(self, conn) -> AbstractContextManager:
        """Statements whose results are not read, sent together: one round trip on a
        server database (PostgreSQL overrides this); nothing to save in SQLite."""
        return nullcontext()

    def _savepoint(self, conn, name: str) -> Iterator:
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException as error:
            if self._in_transaction(conn):  # (not where SQLite undid all: a full disk)
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
            if isinstance(error, (self.DatabaseError, OSError)):
                self._refused(error)  # (not one article's fault: the batch stops)
            raise
        else:
            conn.execute(f"RELEASE SAVEPOINT {name}")

    @contextmanager
    def snapshot(self) -> Iterator:
        """Several reads that must agree (events and the places they name), from one
        consistent state of the database while writers go on."""
        conn = self._conn
        self._begin_read(conn)
        try:
            yield conn
        finally:
            conn.execute("COMMIT")

    def _frame(self, sql: str, params: tuple | list = (), index_col: str | None = None,
               ) -> pd.DataFrame:
        cursor = self._conn.execute(sql, params)
        columns = [d[0] for d in cursor.description]
        frame = pd.DataFrame.from_records([tuple(r) for r in cursor.fetchall()],
                                          columns=columns)
        return frame.set_index(index_col) if index_col else frame

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # -- articles ----------------------------------------------------------------------------

    def article_with_hash(self, content_hash: str) -> dict | None:
        """The stored article whose text has this hash (the same text, but for spacing and
        letter case), with its source, URL, raw text and metadata; None if there is none."""
        row = self._conn.execute("SELECT * FROM articles WHERE content_hash = ?",
                                 (content_hash,)).fetchone()
        return dict(row) if row else None

    def add_article(self, article: Article, mentions: Iterable[Mention],
                    events: Iterable[Event] = (), terms: Iterable[str] = (),
                    article_id: int | None = None) -> int | None:
        """Store an article, its mentions, events and story terms atomically; None if it
        is stored already. `article_id`: the id it is to have back (a restored article's,
        so links to it hold), unless another article holds it now: then a new one."""
        mentions = list(mentions)
        with self.transaction() as tx:
            published = article.published or DateGuess(None, "unknown", 0.0)
            if article_id is not None and tx.execute(
                    "SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
                article_id = None
            given_back = article_id is not None  # (an id a delete had taken away)
            if article_id is None:
                article_id = self._new_article_id(tx)
            own = ("id, ", "?,", (article_id,)) if article_id is not None else ("", "", ())
            row = tx.execute(
                f"INSERT INTO articles ({own[0]}source, url, title, text, raw, published,"
                " published_method, published_confidence, published_evidence, content_hash,"
                f" metadata, ingested_at) VALUES ({own[1]}?,?,?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT (content_hash) DO NOTHING RETURNING id",
                (*own[2], *_article_values(article, published))).fetchone()
            if row is None:
                return None  # stored already
            self._changed()
            if given_back:  # a map holding the id masked as gone draws it again (review 29)
                self._count(tx, ARTICLES_CHANGED)
            article_id = int(row[0])
            with self._pipelined(tx):
                self._write_mentions(tx, article_id, mentions)
                self._write_events(tx, article_id, events)
                self._write_terms(tx, article_id, terms)
        return article_id

    def _new_article_id(self, tx) -> int | None:
        """The id a new article is to take, or None for the database's own (PostgreSQL's
        identity sequence never hands one out twice)."""
        return None

    def versions_of(self, sources: Sequence[str], url: str = "") -> list[dict]:
        """The stored articles read from one of `sources` (the names of one document) or from
        `url`, each with its id, content hash, text, raw text, source, URL and metadata:
        those a document read from there again may be a new version of. The latest 20 only:
        a feed that gives every row its home page's URL must not make each new row read
        every earlier one. The names are read 500 at a time (`_rows_in`): PostgreSQL binds
        65,535 parameters at most, and 70,000 stored files of a name gone had failed every
        new file of it (review 21). No URL asks for none: SQLite read every article without
        one to find none (7 ms a call on 100,000)."""
        names = list(dict.fromkeys(sources)) or [""]
        by_url = " OR (url = ? AND url <> '')" if url else ""
        rows = {r["id"]: dict(r) for r in self._rows_in(
            "SELECT id, content_hash, text, raw, source, url, metadata FROM articles"
            f" WHERE source IN ({{}}){by_url} ORDER BY id DESC LIMIT 20",
            names, (url,) if url else ())}
        return [rows[key] for key in sorted(rows, reverse=True)[:20]]

    def sources_ending(self, tail: str) -> list[str]:
        """The stored sources that end with `tail` ("/quake.txt": every stored file of that
        name, in any folder). A scan of the articles (an index serves a name's start only),
        made for an upload's documents alone."""
        pattern = "%" + _like_escaped(tail)
        rows = self._conn.execute(
            "SELECT source FROM articles WHERE source LIKE ? ESCAPE '\\' ORDER BY id DESC"
            " LIMIT 100", (pattern,))  # (the latest: `versions_of` reads 20 at most)
        return [row[0] for row in rows if row[0].endswith(tail)]  # (LIKE may ignore case)

    def sources_holding(self, part: str) -> list[str]:
        """The stored sources holding `part` ("/wire.jsonl": every stored row or member of
        files of that name, in any folder), the latest stored first: one scan of the source
        index, read once an ingest for an upload's rows (`Pipeline._upload_namesakes`), where
        `sources_ending` per row had scanned the whole table for each (40 ms a row at 30,000
        articles: the Ingest page's 20 articles/s against the command line's 90, audit 38)."""
        rows = self._conn.execute(
            "SELECT id, source FROM articles WHERE source LIKE ? ESCAPE '\\'",
            ("%" + _like_escaped(part) + "%",))
        return [source for _, source in sorted(((row[0], row[1]) for row in rows),
                                               reverse=True)]

    def absolute_sources(self) -> list[str]:
        """The stored sources that are absolute paths ("/news/x.txt"), each once, the latest
        stored first: read once an ingest, for the files of a name moved since
        (`Pipeline._moved_namesakes`, which looks for the latest of a name only). A scan of
        the source index alone on SQLite."""
        return [row[0] for row in self._conn.execute(
            "SELECT source FROM articles WHERE source LIKE '/%' GROUP BY source"
            " ORDER BY MAX(id) DESC")]

    def replace_article(self, article_id: int, article: Article, mentions: Iterable[Mention],
                        events: Iterable[Event] = (), terms: Iterable[str] = ()) -> int:
        """Store a new version of a stored article in its place, atomically: the same id (so
        links to it hold), the new text's mentions, events and story terms, and no story
        until it is dated again. Its one-article corrections, keyed by the old text's hash,
        move to the new one (and the journal says so). The number of corrections moved."""
        mentions = list(mentions)
        published = article.published or DateGuess(None, "unknown", 0.0)
        with self.transaction() as tx:
            row = tx.execute("SELECT content_hash FROM articles WHERE id = ?",
                             (article_id,)).fetchone()
            if row is None:
                raise LookupError(f"article {article_id} is not stored")
            self._changed()
            tx.execute(
                "UPDATE articles SET source = ?, url = ?, title = ?, text = ?, raw = ?,"
                " published = ?, published_method = ?, published_confidence = ?,"
                " published_evidence = ?, content_hash = ?, story_id = NULL, metadata = ?,"
                " ingested_at = ? WHERE id = ?", (*_article_values(article, published), article_id))
            for table in ("mentions", "events", "article_terms"):
                tx.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
            with self._pipelined(tx):
                self._write_mentions(tx, article_id, mentions)
                self._write_events(tx, article_id, events)
                self._write_terms(tx, article_id, terms)
            return self._move_corrections(tx, row[0], article.content_hash)

    def _move_corrections(self, tx, old_hash: str, new_hash: str) -> int:
        """One-article corrections of the text `old_hash` → of the text `new_hash`; journalled
        as an undo and a new correction, so a rebuild replays the move. The number of place
        corrections moved (its date set by hand moves too)."""
        if old_hash == new_hash:  # (a new version differing in letter case only)
            return 0
        self._move_date_correction(tx, old_hash, new_hash)
        rows = [dict(r) for r in tx.execute(
            "SELECT c.surface, p.* FROM corrections c JOIN places p ON p.id = c.place_id"
            " WHERE c.context_hint = ? ORDER BY c.id", (old_hash,))]
        if not rows:
            return 0
        tx.execute("UPDATE corrections SET context_hint = ? WHERE context_hint = ?",
                   (new_hash, old_hash))
        self._corrections_changed(tx)
        moved = _now()
        for row in rows:
            surface = row.pop("surface")
            self._journal({"op": "remove", "surface": surface, "context_hint": old_hash,
                           "place_id": row["id"], "created_at": moved})
            self._journal({"op": "add", "surface": surface, "context_hint": new_hash,
                           "place": row, "created_at": moved})
        return len(rows)

    def update_metadata(self, article_id: int, changes: dict) -> None:
        """Set some keys of an article's metadata (what it knows of its earlier versions)."""
        with self.transaction() as tx:
            row = tx.execute("SELECT metadata FROM articles WHERE id = ?",
                             (article_id,)).fetchone()
            if row is None:
                return
            metadata = {**json.loads(row[0] or "{}"), **changes}
            self._changed()
            tx.execute("UPDATE articles SET metadata = ? WHERE id = ?",
                       (json.dumps(metadata, default=str), article_id))

    def delete_articles(self, article_ids: Iterable[int], remember: bool = False) -> int:
        """Remove articles with their mentions, events and story terms (all-or-nothing);
        their places and the geocoder's cache stay. The number removed. `remember`: each
        is kept as deleted (`deletion`), its text and id too, in the same transaction: the
        user's deletion, which a re-ingest must not undo, and Restore brings back as it was."""
        ids = sorted(set(article_ids))
        if not ids:
            return 0
        with self.transaction() as tx:  # (`_rows_in` goes 500 ids at a time: PostgreSQL takes
            if remember:  # 65,535 parameters at most)
                list(self._rows_in(
                    "INSERT INTO deleted_articles (content_hash, source, title, url, raw,"
                    " metadata, deleted_at, article_id) SELECT content_hash, source, title,"
                    " url, raw, metadata, ?, id FROM articles WHERE id IN ({}) ON CONFLICT"
                    " (content_hash) DO UPDATE SET source = excluded.source, title ="
                    " excluded.title, url = excluded.url, raw = excluded.raw, metadata ="
                    " excluded.metadata, deleted_at = excluded.deleted_at, article_id ="
                    " excluded.article_id RETURNING 1", ids, before=(_now(),)))
            removed = len(list(self._rows_in(
                "DELETE FROM articles WHERE id IN ({}) RETURNING id", ids)))
            if removed:
                self._changed()
                self._count(tx, ARTICLES_CHANGED)
            return removed

    @staticmethod
    def _count(tx, key: str) -> None:
        """Add one to the meta counter `key`, in the transaction that makes the change."""
        tx.execute("INSERT INTO meta VALUES (?, '1') ON CONFLICT(key) DO UPDATE SET"
                   " value = CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT)", (key,))

    def articles_changed(self) -> int:
        """A number that grows with every delete of articles and every Restore under the id
        the article had (one indexed read): a map drawn from an index of an earlier revision
        asks for the ids still stored only when it moved, not at each of an ingest's writes
        (`ARTICLES_CHANGED`). A Restore that left it kept the article off the map, its note
        still saying it was deleted (review 29)."""
        return int(self.setting(ARTICLES_CHANGED) or 0)

    def deletion(self, content_hash: str) -> dict | None:
        """The article of this text the user deleted (source, title, URL, raw text, metadata,
        when), which an ingest does not store again; None if none was."""
        row = self._conn.execute("SELECT * FROM deleted_articles WHERE content_hash = ?",
                                 (content_hash,)).fetchone()
        return dict(row) if row else None

    def any_deleted(self) -> bool:
        """Whether the user deleted any article (an ingest then looks its texts up)."""
        return self._conn.execute("SELECT 1 FROM deleted_articles LIMIT 1").fetchone() \
            is not None

    def deletions(self) -> list[dict]:
        """Every article the user deleted, the latest first, without its text."""
        return [dict(row) for row in self._conn.execute(
            "SELECT content_hash, source, title, url, deleted_at FROM deleted_articles"
            " ORDER BY deleted_at DESC, source")]

    def deleted_article(self, article_id: int) -> dict | None:
        """The deleted article that had this id (title, source, when deleted), which Restore
        brings back under it; None if none had (or it was deleted before deletions kept
        their ids)."""
        row = self._conn.execute(
            "SELECT content_hash, source, title, url, deleted_at FROM deleted_articles"
            " WHERE article_id = ? ORDER BY deleted_at DESC LIMIT 1", (article_id,)).fetchone()
        return dict(row) if row else None

    def deletions_from(self, sources: Sequence[str]) -> list[dict]:
        """The deleted articles read from one of `sources` (the names of one document)."""
        names = list(dict.fromkeys(sources))
        if not names:
            return []
        return [dict(row) for row in self._conn.execute(
            "SELECT content_hash, source, title, deleted_at FROM deleted_articles"
            f" WHERE source IN ({','.join('?' * len(names))}) ORDER BY deleted_at DESC",
            names)]

    def forget_deletion(self, content_hash: str) -> dict | None:
        """No longer keep this text out: the deletion's row (its text with it), or None."""
        with self.transaction() as tx:
            row = tx.execute("SELECT * FROM deleted_articles WHERE content_hash = ?",
                             (content_hash,)).fetchone()
            tx.execute("DELETE FROM deleted_articles WHERE content_hash = ?", (content_hash,))
        return dict(row) if row else None

    def remember_deletions(self, rows: Iterable[tuple]) -> None:
        """Deletions as (content_hash, source, title, url, raw, metadata, deleted_at), kept
        (`rebuild`'s, read from the damaged file)."""
        with self.transaction() as tx:
            tx.executemany("INSERT INTO deleted_articles (content_hash, source, title, url,"
                           " raw, metadata, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                           " ON CONFLICT (content_hash) DO NOTHING", list(rows))

    def replace_mentions(self, article_id: int, mentions: Iterable[Mention]) -> None:
        with self.transaction() as tx:
            self._changed()
            tx.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
            self._write_mentions(tx, article_id, list(mentions))

    def _write_mentions(self, tx, article_id: int,
                        mentions: list[Mention]) -> None:
        self._upsert_places(tx, {m.place.id: m.place for m in mentions if m.place}.values())
        tx.executemany(
            "INSERT INTO mentions (article_id, start_char, end_char, surface, place_id,"
            " confidence) VALUES (?,?,?,?,?,?)",
            [(article_id, m.start, m.end, m.surface, m.place.id if m.place else None,
              m.confidence) for m in mentions],
        )

    def set_publication_date(self, article_id: int, guess: DateGuess,
                             story_id: int | None = None) -> None:
        with self.transaction() as tx:
            self._changed()
            tx.execute(
                "UPDATE articles SET published = ?, published_method = ?,"
                " published_confidence = ?, published_evidence = ?, story_id = ? WHERE id = ?",
                (_iso(guess.date), guess.method, guess.confidence, guess.evidence, story_id,
                 article_id),
            )

    def replace_events(self, article_id: int, events: Iterable[Event]) -> None:
        with self.transaction() as tx:
            self._changed()
            tx.execute("DELETE FROM events WHERE article_id = ?", (article_id,))
            self._write_events(tx, article_id, events)

    @staticmethod
    def _write_events(tx, article_id: int, events: Iterable[Event]) -> None:
        tx.executemany(
            "INSERT INTO events (article_id, place_id, date, date_end, precision,"
            " snippet_start, snippet_end, date_method, date_evidence, date_flag)"
            " VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(article_id, e.place_id, _iso(e.date), _iso(e.date_end), e.precision,
              e.snippet_start, e.snippet_end, e.method, e.evidence, e.flag)
             for e in events],
        )

    def article(self, article_id: int) -> dict | None:
        row = self._conn.execute("SELECT * FROM articles WHERE id = ?",
                                 (article_id,)).fetchone()
        return dict(row) if row else None

    def article_count(self) -> int:
        return self._conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def article_ids(self) -> list[int]:
        return [r[0] for r in self._conn.execute("SELECT id FROM articles ORDER BY id")]

    def articles_frame(self) -> pd.DataFrame:
        """One row per article with its counts, for the Articles page."""
        return self._frame(
            "SELECT a.id, a.title, a.source, a.url, a.published, a.published_method,"
            " a.published_confidence, a.published_evidence, a.story_id, a.text, a.metadata,"
            " (SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id) AS mentions,"
            " (SELECT COUNT(DISTINCT place_id) FROM mentions m WHERE m.article_id = a.id"
            "  AND m.place_id IS NOT NULL) AS places"
            " FROM articles a ORDER BY a.published NULLS FIRST, a.id")

    def mentions(self, article_id: int) -> list[dict]:
        rows = self._conn.execute(
            "SELECT m.start_char, m.end_char, m.surface, m.confidence, m.place_id, p.name,"
            " p.lat, p.lon, p.kind, p.country, p.source FROM mentions m"
            " LEFT JOIN places p ON p.id = m.place_id WHERE m.article_id = ?"
            " ORDER BY m.start_char",
            (article_id,),
        )
        return [dict(r) for r in rows]

    # -- places and the geocode cache --------------------------------------------------------

    @staticmethod
    def _upsert_places(tx, places: Iterable[Place]) -> None:
        """Insert or refresh places in one statement (one round trip on a server database)."""
        tx.executemany(
            "INSERT INTO places (id, name, lat, lon, kind, country, admin1, population, source,"
            " geonameid) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
            " name=excluded.name, lat=excluded.lat, lon=excluded.lon, kind=excluded.kind,"
            " country=excluded.country, admin1=excluded.admin1,"
            " population=excluded.population, source=excluded.source,"
            " geonameid=excluded.geonameid",
            [(place.id, place.name, place.lat, place.lon, place.kind, place.country,
              place.admin1, place.population, place.source, place.geonameid)
             for place in places],
        )

    def upsert_place(self, place: Place) -> None:
        with self.transaction() as tx:
            self._changed()
            self._upsert_places(tx, [place])

    def place(self, place_id: str) -> Place | None:
        row = self._conn.execute("SELECT * FROM places WHERE id = ?", (place_id,)).fetchone()
        return Place(**dict(row)) if row else None

    def cache_get(self, query: str, provider: str) -> tuple[bool, Place | None]:
        """(found, place): found with place None means a cached "no such place"."""
        row = self._conn.execute(
            "SELECT c.place_id, p.* FROM geocode_cache c LEFT JOIN places p ON p.id = c.place_id"
            " WHERE c.query = ? AND c.provider = ?",
            (query, provider),
        ).fetchone()
        if row is None:
            return False, None
        if row["place_id"] is None:
            return True, None
        data = dict(zip(row.keys(), row, strict=True))
        data.pop("place_id")
        return True, Place(**data)

    def cache_put(self, query: str, provider: str, place: Place | None) -> None:
        with self.transaction() as tx:
            if place is not None:  # (a place the map may show: its row is refreshed)
                self._changed()
                self._upsert_places(tx, [place])
            tx.execute(
                "INSERT INTO geocode_cache (query, provider, place_id, fetched_at)"
                " VALUES (?,?,?,?) ON CONFLICT(query, provider) DO UPDATE SET"
                " place_id=excluded.place_id, fetched_at=excluded.fetched_at",
                (query, provider, place.id if place else None, _now()),
            )

    def cache_entries(self, provider: str) -> dict[str, Place | None]:
        """Every answer cached from `provider`: query → place, None for "no such place"."""
        entries: dict[str, Place | None] = {}
        for row in self._conn.execute(
                "SELECT c.query, c.place_id, p.* FROM geocode_cache c"
                " LEFT JOIN places p ON p.id = c.place_id WHERE c.provider = ?", (provider,)):
            data = dict(zip(row.keys(), row, strict=True))
            query, place_id = data.pop("query"), data.pop("place_id")
            entries[query] = None if place_id is None else Place(**data)
        return entries

    def cache_size(self) -> int:
        return self._conn.execute("SELECT COUNT(*) FROM geocode_cache").fetchone()[0]

    def places_frame(self) -> pd.DataFrame:
        """Every place with mentions, with counts, for the Places page; `corrected`: a
        correction chooses it (a gazetteer entry chosen by hand keeps its source)."""
        frame = self._frame(
            "SELECT p.id, p.name, p.lat, p.lon, p.kind, p.country, p.source,"
            " COUNT(m.id) AS mentions, COUNT(DISTINCT m.article_id) AS articles,"
            " AVG(m.confidence) AS confidence,"
            " EXISTS (SELECT 1 FROM corrections c WHERE c.place_id = p.id) AS corrected"
            " FROM places p JOIN mentions m ON m.place_id = p.id"
            " GROUP BY p.id ORDER BY mentions DESC, p.name")
        frame["corrected"] = frame["corrected"].astype(bool)
        return frame

    # -- events for the map ------------------------------------------------------------------

    # A place's confidence in an article: the best of the article's mentions of it.
    _ARTICLE_CONFIDENCE = ("(SELECT MAX(m.confidence) FROM mentions m WHERE m.article_id ="
                           " e.article_id AND m.place_id = e.place_id)")
    # An event's confidence: the best of its article's mentions of that place in the event's
    # sentence, else in the article (an event of a sentence that only a guess put there, "the
    # River Teme burst its banks" at Upton upon Severn, is as sure as that guess, not as the
    # article's "Upton upon Severn was cut off" — an audit).
    _EVENT_CONFIDENCE = (
        "COALESCE((SELECT MAX(m.confidence) FROM mentions m WHERE m.article_id ="
        " e.article_id AND m.place_id = e.place_id AND m.start_char >= e.snippet_start"
        f" AND m.start_char < e.snippet_end), {_ARTICLE_CONFIDENCE})")
    _EVENT_COLUMNS = (
        "SELECT e.id AS event_id, e.article_id, e.place_id, e.date, e.date_end, e.precision,"
        " e.snippet_start, e.snippet_end, p.name AS place, p.lat, p.lon, p.kind,"
        " p.country, p.source AS place_source, a.title, a.published, a.published_method,"
        " a.source AS article_source, a.url,"
        " e.date_method, e.date_evidence, e.date_flag, a.published_confidence, a.story_id,"
        f" {_EVENT_CONFIDENCE} AS confidence"
        " FROM events e JOIN places p ON p.id = e.place_id"
        " JOIN articles a ON a.id = e.article_id")

    def events_frame(self) -> pd.DataFrame:
        """All events joined with their place and article (exports, tests, small stores)."""
        return self._frame(self._EVENT_COLUMNS)

    # From this many ids, `events_by_ids` asks whether to read every event at once (a count
    # of the store's events: not for a selected place's few rows, at every step of the map).
    READ_ALL_FROM = 1_000

    def events_by_ids(self, event_ids: list[int]) -> pd.DataFrame:
        """Full event rows (as `events_frame`) for some events: what a reader or export needs.
        A third of the store's events or more are read all at once and picked out: 20,000
        ids at a time through a temporary table had taken a whole view's export of 186,014
        events 22 s in the dashboard where the CLI's `events_frame` read them in 8 (audit 29)."""
        if len(event_ids) >= self.READ_ALL_FROM and 3 * len(event_ids) >= self._conn.execute(
                "SELECT COUNT(*) FROM events").fetchone()[0]:
            frame = self.events_frame()
            wanted = frame["event_id"].isin({int(e) for e in event_ids})
            return frame[wanted].reset_index(drop=True)
        frames = []
        for i in range(0, len(event_ids), 20_000):
            chunk = [int(e) for e in event_ids[i:i + 20_000]]
            self._conn.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (id BIGINT PRIMARY KEY)")
            self._conn.execute("DELETE FROM wanted")
            self._conn.executemany("INSERT INTO wanted VALUES (?) ON CONFLICT DO NOTHING",
                                   [(e,) for e in chunk])
            frames.append(self._frame(
                self._EVENT_COLUMNS + " WHERE e.id IN (SELECT id FROM wanted)"))
        if not frames:
            return self._frame(self._EVENT_COLUMNS + " WHERE 1 = 0")
        return pd.concat(frames, ignore_index=True)

    def event_rows(self, basis: str = "event") -> Iterator[tuple]:
        """(event id, article id, place id, first day, last day, confidence) per dated event,
        days counted from 1970-01-01; `basis="published"` dates events by their article."""
        first, last, where = self._event_days_sql(basis)
        cursor = self._conn.execute(
            f"SELECT e.id, e.article_id, e.place_id, {first}, {last}, {self._EVENT_CONFIDENCE}"
            f" FROM events e JOIN articles a ON a.id = e.article_id WHERE {where}")
        while rows := cursor.fetchmany(50_000):
            yield from rows

    def _event_days_sql(self, basis: str) -> tuple[str, str, str]:
        """An event's first and last day numbers by `basis` and the condition that it has
        them, in SQL over events `e` joined to their articles `a`."""
        day = self._day_number("{}")
        if basis == "published":
            return day.format("a.published"), day.format("a.published"), \
                "a.published IS NOT NULL"
        if basis == "event":
            return day.format("e.date"), day.format("COALESCE(e.date_end, e.date)"), \
                "e.date IS NOT NULL"
        raise ValueError(f"basis must be 'event' or 'published', not {basis!r}")

    def event_days(self, basis: str = "event") -> list[tuple[int, int]]:
        """(first day, article id) of the dated events by `basis` (as `event_rows` counts
        them), each pair once: the other "Date by"'s days, which the dashboard's first load
        had built a whole index of 96,000 events for (`app_common.event_days`)."""
        first, _, where = self._event_days_sql(basis)
        return [(row[0], row[1]) for row in self._conn.execute(
            f"SELECT DISTINCT {first}, e.article_id FROM events e JOIN articles a"
            f" ON a.id = e.article_id WHERE {where}")]

    def off_timeline_places(self, basis: str = "event") -> pd.DataFrame:
        """Each place an article names that no dated event of that article puts on the
        timeline (`basis` as in `event_rows`), in the order the article names them: by
        event date, a place whose every mention there gives no date ("Floods hit Lagos on
        Monday" in an undated article, whose "In 2014 … Abuja" is on the map); by
        publication date, every place of an article without one. Columns article_id,
        place_id, place, kind, confidence (its best mention's in the article), first_char.
        The map's note and the Places page count these: one had counted articles with any
        undated event, the other those with no dated one (219 against 181 on GeoVirus — an
        audit)."""
        if basis == "published":
            where = "a.published IS NULL"
        elif basis == "event":
            where = ("e.date IS NULL AND NOT EXISTS (SELECT 1 FROM events d WHERE"
                     " d.article_id = e.article_id AND d.place_id = e.place_id"
                     " AND d.date IS NOT NULL)")
        else:
            raise ValueError(f"basis must be 'event' or 'published', not {basis!r}")
        return self._frame(
            "SELECT DISTINCT e.article_id, e.place_id, p.name AS place, p.kind,"
            f" {self._ARTICLE_CONFIDENCE} AS confidence,"  # (one row a place: review 25)
            " (SELECT MIN(m.start_char) FROM mentions m WHERE m.article_id = e.article_id"
            "  AND m.place_id = e.place_id) AS first_char"
            " FROM events e JOIN places p ON p.id = e.place_id"
            f" JOIN articles a ON a.id = e.article_id WHERE {where}"
            " ORDER BY e.article_id, first_char, place")

    def index_places(self) -> pd.DataFrame:
        """Places that have events, with what the map and the filters show of them."""
        return self._frame(
            "SELECT id AS place_id, name AS place, lat, lon, kind, country,"
            " source AS place_source FROM places"
            " WHERE id IN (SELECT DISTINCT place_id FROM events) ORDER BY id")

    def index_articles(self) -> pd.DataFrame:
        return self._frame(
            "SELECT id, title, published, source AS article_source, url, story_id,"
            " content_hash FROM articles", index_col="id")

    UNICODE_LOWER = "lower"  # the SQL function that folds case beyond ASCII (see SQLite's)

    def _lower_for(self, text: str) -> str:
        """The case-folding SQL function a comparison with `text` needs."""
        return "lower" if text.isascii() else self.UNICODE_LOWER

    def articles_matching(self, keyword: str) -> set[int]:
        """Ids of articles whose title or text holds every word of `keyword` where a word
        begins, a quoted phrase as a phrase, case ignored (`placeline.keywords`): "rain"
        finds "rainfall", not "Ukraine". The database narrows by substring (each word
        escaped: "%" and "_" are text); Python lower-cases those rows as it did the query and
        checks where the words begin."""
        keywords = parse_keywords(keyword)
        if not keywords.words:
            return set()
        clauses, values = [], []
        for word in keywords.words:
            pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace(
                "_", "\\_") + "%"
            lower = self._lower_for(word)
            clauses.append(f"({lower}(title) LIKE {lower}(?) ESCAPE '\\'"
                           f" OR {lower}(text) LIKE {lower}(?) ESCAPE '\\')")
            values += [pattern, pattern]
        rows = self._conn.execute("SELECT id, title, text FROM articles WHERE " +
                                  " AND ".join(clauses), values)
        return {r[0] for r in rows if keywords.found_in(*(  # lower-cased as the query was:
            (t or "").lower() for t in (r[1], r[2])))}  # a database's own lower() may
        # leave "Київ" or "ZÜRICH" as it is (PostgreSQL under a C locale — a review)

    def articles_with_surface(self, surface: str, context_hint: str = "") -> list[int]:
        """Articles where `surface` was recognised (what a correction of it must redo); with
        a `context_hint`, only the article of that text, where a correction "only in" it
        applies (saved or undone, it had redone every article naming the name: 310 for
        one article's "U.S." — an audit)."""
        lower = self._lower_for(surface)
        only, values = "", [surface]
        if context_hint:
            only = " AND article_id IN (SELECT id FROM articles WHERE content_hash = ?)"
            values.append(context_hint)
        rows = self._conn.execute(
            f"SELECT DISTINCT article_id FROM mentions WHERE {lower}(surface) = {lower}(?)"
            f"{only} ORDER BY article_id", values)
        return [r[0] for r in rows]

    def articles_placing(self, surface: str, place_id: str) -> dict[int, str]:
        """The articles where `surface` is placed at `place_id` now, each with its text's
        hash: what a correction "in every article where it was placed at X" applies in."""
        lower = self._lower_for(surface)
        rows = self._conn.execute(
            "SELECT DISTINCT a.id, a.content_hash FROM mentions m JOIN articles a"
            f" ON a.id = m.article_id WHERE {lower}(m.surface) = {lower}(?)"
            " AND m.place_id = ? ORDER BY a.id", (surface, place_id))
        return {int(r[0]): r[1] for r in rows}

    def texts(self, article_ids: list[int]) -> dict[int, str]:
        """Cleaned texts of some articles (for snippets in exports)."""
        return dict(self._rows_in("SELECT id, text FROM articles WHERE id IN ({})",
                                  [int(a) for a in article_ids]))

    def source_names(self, article_ids: list[int]) -> dict[int, str]:
        """The names some articles' sources were read by, from the folder or file given at
        ingest (`placeline.ingest.SOURCE_NAME`), for those that have one (exports)."""
        found = {}
        for article_id, metadata in self._rows_in(
                "SELECT id, metadata FROM articles WHERE id IN ({})", [int(a) for a in article_ids]):
            name = json.loads(metadata or "{}").get("source_name")
            if isinstance(name, str) and name:
                found[int(article_id)] = name
        return found

    def article_heads(self, article_ids: list[int]) -> dict[int, tuple[str, str | None]]:
        """The title and publication date of some articles (what a list of them shows)."""
        return {int(r[0]): (r[1], r[2]) for r in self._rows_in(
            "SELECT id, title, published FROM articles WHERE id IN ({})",
            [int(a) for a in article_ids])}

    def surfaces_by_place(self) -> dict[str, list[str]]:
        """Each placed name as the texts wrote it, by its place: a search of places finds
        "Côte d'Ivoire" at the place the gazetteer names "Ivory Coast" (audit 34, item 9)."""
        found: dict[str, list[str]] = {}
        for place_id, surface in self._conn.execute(
                "SELECT DISTINCT place_id, surface FROM mentions WHERE place_id IS NOT NULL"):
            found.setdefault(place_id, []).append(surface)
        return found

    def articles_placed_at(self, place_ids: Iterable[str]) -> set[int]:
        """Articles that name one of these places (however the text wrote it)."""
        return {r[0] for r in self._rows_in(
            "SELECT DISTINCT article_id FROM mentions WHERE place_id IN ({})",
            list(place_ids))}

    def place_surfaces(self, place_id: str, article_ids: list[int]) -> list[str]:
        """The name as written of each mention of a place in some articles."""
        return [r[0] for r in self._rows_in(
            "SELECT surface FROM mentions WHERE article_id IN ({}) AND place_id = ?",
            [int(a) for a in article_ids], (place_id,))]

    def mention_countries(self, article_ids: list[int], but: str) -> dict[str, int]:
        """How many placed mentions of some articles are in each country, but those of the
        place `but` (the correction search's order: one query, where a read of each
        article's mentions had cost the form 22 reads at a slider step)."""
        counts: Counter[str] = Counter()
        for country, count in self._rows_in(
                "SELECT p.country, COUNT(*) FROM mentions m JOIN places p ON p.id = m.place_id"
                " WHERE m.article_id IN ({}) AND m.place_id <> ? AND p.country <> ''"
                " GROUP BY p.country", [int(a) for a in article_ids], (but,)):
            counts[country] += count
        return dict(counts)

    def placed_mentions(self, article_ids: list[int]) -> list[tuple[int, str, int, str, str]]:
        """(article id, place id, first character, name as written, the article's content
        hash) of each placed mention of some articles, in text order (exports)."""
        return [tuple(row) for row in self._rows_in(
            "SELECT m.article_id, m.place_id, m.start_char, m.surface, a.content_hash"
            " FROM mentions m JOIN articles a ON a.id = m.article_id"
            " WHERE m.place_id IS NOT NULL AND m.article_id IN ({})"
            " ORDER BY m.article_id, m.start_char", [int(a) for a in article_ids])]

    def place_event_counts(self, article_ids: list[int]) -> dict[tuple[int, str], int]:
        """(article id, place id) → how many events the article has of the place (exports:
        a place of one event has every mention's sentence for it)."""
        return {(int(a), p): int(n) for a, p, n in self._rows_in(
            "SELECT article_id, place_id, count(*) FROM events WHERE article_id IN ({})"
            " GROUP BY article_id, place_id", [int(a) for a in article_ids])}

    def _rows_in(self, sql: str, values: list, after: tuple = (), before: tuple = (),
                 ) -> Iterator:
        """Rows of `sql` with its `IN ({})` filled by `values`, 500 at a time (`after`,
        `before`: the parameters that follow and precede the list in `sql`)."""
        values = list(values)
        for i in range(0, len(values), 500):
            chunk = values[i:i + 500]
            yield from self._conn.execute(sql.format(",".join("?" * len(chunk))),
                                          [*before, *chunk, *after])

    # -- story terms: what lets dating look at the neighbours of new articles only -----------

    @staticmethod
    def _write_terms(tx, article_id: int, terms: Iterable[str]) -> None:
        tx.executemany("INSERT INTO article_terms (article_id, term) VALUES (?,?)",
                       [(article_id, term) for term in sorted(set(terms))])

    def replace_terms(self, article_id: int, terms: Iterable[str]) -> None:
        with self.transaction() as tx:
            self._changed()
            tx.execute("DELETE FROM article_terms WHERE article_id = ?", (article_id,))
            self._write_terms(tx, article_id, terms)

    def terms_of(self, article_ids: Iterable[int]) -> dict[int, frozenset[str]]:
        found: dict[int, set[str]] = {int(a): set() for a in article_ids}
        for article_id, term in self._rows_in(
                "SELECT article_id, term FROM article_terms WHERE article_id IN ({})", found):
            found[article_id].add(term)
        return {a: frozenset(t) for a, t in found.items()}

    def term_counts(self, terms: Iterable[str]) -> dict[str, int]:
        """In how many articles each term occurs (document frequency)."""
        return dict(self._rows_in("SELECT term, COUNT(*) FROM article_terms"
                                  " WHERE term IN ({}) GROUP BY term", sorted(set(terms))))

    def term_postings(self, terms: Iterable[str], first: str | None = None,
                      last: str | None = None) -> list[tuple[str, int, str | None]]:
        """(term, article id, the date it gives itself) for every article with a term; with
        `first`/`last` (ISO dates), only those dated between and those with no date of their
        own (a date inferred from a story is not the article's: dating may change it)."""
        own = ("CASE WHEN a.published_method IN (" + _BORROWED + ") THEN NULL"
               " ELSE a.published END")
        within = "" if first is None else \
            f" AND ({own} IS NULL OR substr(a.published, 1, 10) BETWEEN ? AND ?)"
        return [tuple(r) for r in self._rows_in(
            f"SELECT t.term, t.article_id, {own} FROM article_terms t"
            " JOIN articles a ON a.id = t.article_id WHERE t.term IN ({})" + within,
            sorted(set(terms)), () if first is None else (first, last))]

    def own_publication_dates(self, article_ids: Iterable[int]) -> dict[int, str | None]:
        """The date each article gives itself (None when it has none, or when its date is
        borrowed from its story), without reading their texts."""
        return dict(self._rows_in(
            "SELECT id, CASE WHEN published_method IN (" + _BORROWED + ") THEN NULL"
            " ELSE published END FROM articles WHERE id IN ({})",
            sorted({int(a) for a in article_ids})))

    def undated_naming_places(self, article_ids: Iterable[int]) -> set[int]:
        """Those of `article_ids` with no publication date that name places: what the map
        dated by publication date puts nowhere (`off_timeline_places`)."""
        return {int(row[0]) for row in self._rows_in(
            "SELECT a.id FROM articles a WHERE a.id IN ({}) AND a.published IS NULL"
            " AND EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id)",
            sorted({int(a) for a in article_ids}))}

    def place_names(self, place_ids: Iterable[str]) -> dict[str, str]:
        """Place id → name, for the places stored (story terms are weighed by their names)."""
        return dict(self._rows_in("SELECT id, name FROM places WHERE id IN ({})",
                                  sorted(set(place_ids))))

    # -- story links: pairs of articles alike enough to be one story (`dates.pair_links`) ----
    # Derived data, kept so a round of dating reads a story's links as the whole store has
    # them, not as the articles it happens to read make them (audit 20). Not content: they
    # change only with the articles, whose writes move the revision.

    def replace_links(self, article_ids: Iterable[int],
                      links: Iterable[tuple[float, int, int]]) -> None:
        """The links of some articles made again: every stored link naming one of them goes,
        `links` (score, smaller id, larger id; each naming one of them) come."""
        ids = sorted({int(a) for a in article_ids})
        with self.transaction() as tx:
            for column in ("a", "b"):
                list(self._rows_in(f"DELETE FROM story_links WHERE {column} IN ({{}})"
                                   " RETURNING a", ids))
            self._write_links(tx, links)

    def replace_all_links(self, links: Iterable[tuple[float, int, int]]) -> None:
        with self.transaction() as tx:
            tx.execute("DELETE FROM story_links")
            self._write_links(tx, links)

    def _write_links(self, tx, links: Iterable[tuple[float, int, int]]) -> None:
        with self._pipelined(tx):
            tx.executemany("INSERT INTO story_links (a, b, score) VALUES (?,?,?)",
                           [(a, b, score) for score, a, b in links])

    def linked(self, article_ids: Iterable[int]) -> set[int]:
        """The articles a stored link joins to one of `article_ids`."""
        ids = sorted({int(a) for a in article_ids})
        return ({r[0] for r in self._rows_in("SELECT b FROM story_links WHERE a IN ({})", ids)}
                | {r[0] for r in self._rows_in("SELECT a FROM story_links WHERE b IN ({})",
                                               ids)})

    def linked_together(self, article_ids: Iterable[int]) -> set[int]:
        """The articles and every article a chain of links joins to one of them: all whose
        stories and dates a change of theirs can move."""
        found = {int(a) for a in article_ids}
        frontier = found
        while frontier:
            frontier = self.linked(frontier) - found
            found |= frontier
        return found

    def links_among(self, article_ids: Iterable[int]) -> list[tuple[float, int, int]]:
        """(score, a, b) of the stored links between two of `article_ids`."""
        ids = {int(a) for a in article_ids}
        return [(r[2], r[0], r[1]) for r in self._rows_in(
            "SELECT a, b, score FROM story_links WHERE a IN ({})", sorted(ids)) if r[1] in ids]

    def articles_without_terms(self) -> list[int]:
        """Articles with no story terms: stored before terms were kept, or with no names."""
        return [r[0] for r in self._conn.execute(
            "SELECT id FROM articles WHERE NOT EXISTS"
            " (SELECT 1 FROM article_terms t WHERE t.article_id = articles.id) ORDER BY id")]

    def dating_rows(self, article_ids: Iterable[int]) -> list[dict]:
        """What dating needs of some articles: text, metadata, their current date and their
        text's hash (what a date set by hand is keyed by)."""
        rows = self._rows_in(
            "SELECT id, text, metadata, published, published_method, story_id, content_hash"
            " FROM articles WHERE id IN ({})", sorted({int(a) for a in article_ids}))
        found = [dict(zip(("id", "text", "metadata", "published", "published_method",
                           "story_id", "content_hash"), r, strict=True)) for r in rows]
        # Undated first, then by date and id (stories no longer depend on it: a stable order
        # for whoever reads them).
        return sorted(found, key=lambda r: (r["published"] is not None, r["published"] or "",
                                            r["id"]))

    # -- corrections -------------------------------------------------------------------------

    def add_correction(self, surface: str, place: Place, context_hint: str = "",
                       journal: bool = True) -> int:
        return self.add_corrections(surface, place, [context_hint], journal)[0]

    def add_corrections(self, surface: str, place: Place, context_hints: Sequence[str],
                        journal: bool = True) -> list[int]:
        """One correction of `surface` to `place` per article text (`context_hints`), all
        or none, under one `created_at`: corrections saved together ("in every article where
        it was placed at X") are listed and undone together (`correcting.correction_groups`)."""
        created = _now()
        ids = []
        with self.transaction() as tx:
            self._upsert_places(tx, [place])
            for context_hint in context_hints:
                ids.append(int(tx.execute(
                    "INSERT INTO corrections (surface, context_hint, place_id, created_at)"
                    " VALUES (?,?,?,?) RETURNING id",
                    (surface, context_hint, place.id, created),
                ).fetchone()[0]))
                if journal:  # inside the transaction: if a line cannot be written, no commit
                    self._journal(self._added(surface, context_hint, place, created))
            self._corrections_changed(tx)
            return ids

    @staticmethod
    def _added(surface: str, context_hint: str, place: Place, created: str) -> dict:
        return {"op": "add", "surface": surface, "context_hint": context_hint,
                "place": dataclasses.asdict(place), "created_at": created}

    def corrections(self) -> list[dict]:
        """Every correction with its place; `article_title`: the title of the article a
        one-article correction applies in (None for every article, or when it is gone)."""
        rows = self._conn.execute(
            "SELECT c.id AS correction_id, c.surface, c.context_hint, c.created_at, p.*,"
            " (SELECT a.title FROM articles a WHERE a.content_hash = c.context_hint"
            "  AND c.context_hint <> '') AS article_title"
            " FROM corrections c"
            " JOIN places p ON p.id = c.place_id ORDER BY c.id")
        return [dict(r) for r in rows]

    def remove_correction(self, correction_id: int) -> None:
        self.remove_corrections([correction_id])

    def remove_corrections(self, correction_ids: Sequence[int]) -> None:
        """Remove some corrections, all or none (a group saved together is undone so)."""
        with self.transaction() as tx:
            for correction_id in correction_ids:
                row = tx.execute("SELECT surface, context_hint, place_id FROM corrections"
                                 " WHERE id = ?", (correction_id,)).fetchone()
                tx.execute("DELETE FROM corrections WHERE id = ?", (correction_id,))
                if row:
                    self._journal({"op": "remove", "surface": row[0], "context_hint": row[1],
                                   "place_id": row[2], "created_at": _now()})
            self._corrections_changed(tx)

    # An article's date set by hand (the Articles page): keyed by its text's hash, as a
    # one-article correction is, so it holds through re-ingest, reprocess and rebuild, and
    # journalled with them ("op": "date" / "undate").

    def set_date_correction(self, content_hash: str, published: dt.date,
                            journal: bool = True) -> None:
        created = _now()
        with self.transaction() as tx:
            tx.execute("INSERT INTO date_corrections (context_hint, published, created_at)"
                       " VALUES (?,?,?) ON CONFLICT (context_hint) DO UPDATE SET"
                       " published = excluded.published, created_at = excluded.created_at",
                       (content_hash, published.isoformat(), created))
            self._corrections_changed(tx)
            if journal:
                self._journal(self._dated(content_hash, published.isoformat(), created))

    @staticmethod
    def _dated(content_hash: str, published: str, created: str) -> dict:
        return {"op": "date", "context_hint": content_hash, "published": published,
                "created_at": created}

    def remove_date_correction(self, content_hash: str) -> None:
        with self.transaction() as tx:
            gone = tx.execute("DELETE FROM date_corrections WHERE context_hint = ?"
                              " RETURNING context_hint", (content_hash,)).fetchone()
            self._corrections_changed(tx)
            if gone:
                self._journal({"op": "undate", "context_hint": content_hash,
                               "created_at": _now()})

    def date_corrections(self) -> list[dict]:
        """Every date set by hand, oldest first, with the id and title of the article it
        applies to (None when that text is no longer stored)."""
        rows = self._conn.execute(
            "SELECT d.context_hint, d.published, d.created_at, a.id AS article_id,"
            " a.title AS article_title FROM date_corrections d"
            " LEFT JOIN articles a ON a.content_hash = d.context_hint"
            " ORDER BY d.created_at, d.context_hint")
        return [dict(r) for r in rows]

    def corrected_dates(self) -> dict[str, dt.date]:
        """Content hash → the publication date set by hand for that text."""
        return {r[0]: dt.date.fromisoformat(r[1]) for r in self._conn.execute(
            "SELECT context_hint, published FROM date_corrections")}

    def _move_date_correction(self, tx, old_hash: str, new_hash: str) -> None:
        """A date set by hand for the text `old_hash` → for its new version `new_hash`."""
        row = tx.execute("SELECT published FROM date_corrections WHERE context_hint = ?",
                         (old_hash,)).fetchone()
        if row is None:
            return
        tx.execute("DELETE FROM date_corrections WHERE context_hint IN (?, ?)",
                   (old_hash, new_hash))
        moved = _now()
        tx.execute("INSERT INTO date_corrections VALUES (?,?,?)", (new_hash, row[0], moved))
        self._corrections_changed(tx)
        self._journal({"op": "undate", "context_hint": old_hash, "created_at": moved})
        self._journal(self._dated(new_hash, row[0], moved))

    def _corrections_changed(self, tx) -> None:
        """Count a change of the corrections, in the transaction that makes it (a change
        of the content, too)."""
        self._changed()
        self._count(tx, CORRECTIONS_REVISION)

    def corrections_revision(self) -> int:
        """A number that grows with every correction saved, undone or moved to a new
        version of its article: what an ingest under way compares to follow them."""
        return int(self.setting(CORRECTIONS_REVISION) or 0)

    @property
    def store_id(self) -> str | None:
        """This database's own id (meta `store_id`, set when it is made or first opened by a
        release that has it): every journal line names it, so a rebuild replays only the
        corrections its own database made (a journal file can hold older, unowned lines)."""
        if self._store_id is None:
            self._store_id = self.setting(STORE_ID)
        return self._store_id

    def _journal(self, record: dict) -> None:
        if self.journal_path is None:
            return
        record = {**record, "store": self.store_id}
        line = json.dumps(record, ensure_ascii=False) + "\n"
        with open(self.journal_path, "a+b") as journal:
            if journal.tell():  # appending: the position is the end
                journal.seek(-1, os.SEEK_END)
                if journal.read(1) != b"\n":  # a line cut by a crash: this one starts anew,
                    line = "\n" + line       # not glued to it (and lost with it)
            journal.write(line.encode("utf-8"))
            journal.flush()
            os.fsync(journal.fileno())

    # -- copying a whole store (`python -m placeline copy`) -----------------------------------

    def copy_from(self, source: Store) -> dict[str, int]:
        """Every row of `source`, a store of either backend, into this one, which must hold
        none: articles with their ids (links to them hold), mentions, events, places,
        corrections, dates set by hand, the geocoder's answers and the settings (ingest
        records, versions), but the store's own id and revision. Read from one snapshot
        of `source` while others write, written in one transaction, the corrections
        journalled as this store's own. The number of rows of each table."""
        counts: dict[str, int] = {}
        with source.snapshot() as reading, self.batch() as tx:
            held = self._held(tx)  # (under the write lock: no ingest begins meanwhile)
            if any(held.values()):
                raise PlacelineError(f"{self.location} holds a store already "
                                     f"({_held_words(held)}): copy writes into a new one "
                                     "only; name a database or schema that holds none")
            self._changed()
            for table in COPIED_TABLES:
                counts[table] = self._copy_rows(reading, tx, table)
            for key, value in reading.execute("SELECT key, value FROM meta"):
                if key not in OWN_SETTINGS:
                    tx.execute("INSERT INTO meta VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET"
                               " value = excluded.value", (key, value))
            self._ids_follow(tx, source._article_high_water(reading))
            for row in self.corrections():  # (a rebuild of this store replays them)
                self._journal(self._added(row["surface"], row["context_hint"],
                                          _place_of(row), row["created_at"]))
            for row in self.date_corrections():
                self._journal(self._dated(row["context_hint"], row["published"],
                                          row["created_at"]))
        return counts

    @staticmethod
    def _held(tx) -> dict[str, int]:
        """The rows of every table a copy writes, and the ingest records: a store whose
        articles were all deleted keeps its places, geocoder answers and records, and a copy
        onto it had failed on its places' ids in a 20-line traceback (review 20b). Settings
        beside these are those a store's opening writes, which the copied ones replace."""
        from placeline.ingest_runs import RUN_PREFIX

        held = {table: tx.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                for table in COPIED_TABLES}
        held["ingest_runs"] = tx.execute("SELECT COUNT(*) FROM meta WHERE key LIKE ?",
                                         (RUN_PREFIX + "%",)).fetchone()[0]
        return held

    @staticmethod
    def _copy_rows(reading, tx, table: str) -> int:
        """A table's rows from another store's connection into this one's, by column name
        (a SQLite store made before a column was added has it last)."""
        cursor = reading.execute(f"SELECT * FROM {table}")
        names = [column[0] for column in cursor.description]
        insert = (f"INSERT INTO {table} ({', '.join(names)})"
                  f" VALUES ({', '.join('?' * len(names))})")
        count = 0
        while rows := cursor.fetchmany(500):
            tx.executemany(insert, [tuple(row) for row in rows])
            count += len(rows)
        return count

    def _ids_follow(self, tx, high_water: int) -> None:
        """After rows were written with their ids: the next row of a table takes the id
        after its largest (SQLite's INTEGER PRIMARY KEY does so by itself), and the next
        article one past `high_water`, the largest id the source ever handed out."""

    def _article_high_water(self, reading) -> int:
        """The largest article id this store ever handed out, as `reading` (a connection
        of it) sees: its articles' and kept deletions' ids, and what the backend keeps of
        the deletions not kept."""
        return int(reading.execute(
            "SELECT MAX(x) FROM (SELECT COALESCE(MAX(id), 0) AS x FROM articles UNION ALL"
            " SELECT COALESCE(MAX(article_id), 0) FROM deleted_articles) AS ids"
        ).fetchone()[0] or 0)

    # -- misc --------------------------------------------------------------------------------

    def setting(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as tx:
            tx.execute("INSERT INTO meta VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET"
                       " value = excluded.value", (key, value))
        if key == STORE_ID:
            self._store_id = value

    def settings_under(self, prefix: str) -> dict[str, str]:
        """The settings whose keys start with `prefix` (an ingest run's record each)."""
        pattern = _like_escaped(prefix) + "%"
        rows = self._conn.execute("SELECT key, value FROM meta WHERE key LIKE ? ESCAPE '\\'",
                                  (pattern,))
        return {key: value for key, value in rows if key.startswith(prefix)}

    def remove_setting(self, key: str) -> None:
        with self.transaction() as tx:
            tx.execute("DELETE FROM meta WHERE key = ?", (key,))

    def last_change(self) -> int:
        """A number that grows with every committed write (cache key for readers)."""
        row = self._conn.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()
        return int(row[0]) if row else 0

    def counts(self) -> dict[str, int]:
        """Rows of each table; "places" counts only the places an article names, as the
        Places page lists them (the table keeps the others for corrections and the geocode
        cache: after every article is deleted, "0 articles … 3 places" puzzled a reader)."""
        conn = self._conn
        counts = {
            table: conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("articles", "mentions", "events", "geocode_cache", "corrections")
        }
        counts["places"] = conn.execute(
            "SELECT COUNT(DISTINCT place_id) FROM mentions").fetchone()[0]
        return counts


def _like_escaped(text: str) -> str:
    """`text` matched as written by LIKE … ESCAPE '\\' ("my_file" has a wildcard)."""
    return re.sub(r"([\\%_])", r"\\\1", text)


def _lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def _place_of(row: dict) -> Place:
    """The place of a row that holds a places row's columns (as `corrections()` gives)."""
    return Place(**{f.name: row[f.name] for f in dataclasses.fields(Place)})


def _make_folder(path: Path) -> None:
    """The database's folder: made for the default store (a fresh data folder), else it
    must exist. A mistyped --db or PLACELINE_DB had silently made a tree of folders, and
    the day's articles went into a store nobody would look for (a review)."""
    if path.parent.is_dir():
        return
    if path.absolute() == default_database().absolute():
        path.parent.mkdir(parents=True, exist_ok=True)
        return
    raise PlacelineError(f"cannot make the database {path}: there is no folder {path.parent}"
                         " (check --db or PLACELINE_DB; placeline makes no folders but the"
                         f" default store's){_url_hint(path)}")


# A store named as a URL that is no PostgreSQL server's: another scheme ("sqlite:///…",
# "mysql://…"), or "postgres" without its "://" ("postgres//host/db", "postgresql:/host");
# not a Windows drive ("C:/data/news.db").
_URL_LIKE = re.compile(r"(?:[a-z][a-z0-9+.-]+:|postgres(?:ql)?(?=/))", re.IGNORECASE)


def _url_hint(path: Path) -> str:
    """What to write for a server's store, where a missing folder's name reads as a mistyped
    URL: "postgres//localhost/news" had been told "there is no folder postgres/localhost",
    and "sqlite:///news.db" "no folder sqlite:", which say nothing of a URL."""
    if not _URL_LIKE.match(str(path)):
        return ""
    return ("; it reads as a URL, which placeline takes for a file's path: a store on a "
            "database server is named postgresql://USER@HOST/DATABASE, a SQLite store by its "
            "file's path alone")


LOCKED = ("another process holds its write lock and kept it past 30 s (a rebuild, a stuck "
          "ingest?); try again once it is done")
GONE = ("its file is gone (removed or moved) since it was opened: put it back, or start "
        "again with PLACELINE_DB (or --db) naming where it is now")


def _busy(error: BaseException) -> bool:
    """Whether SQLite gave up waiting for another connection's lock."""
    code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
    return isinstance(error, sqlite3.Error) and code in (sqlite3.SQLITE_BUSY,
                                                         sqlite3.SQLITE_LOCKED)


class SQLiteStore(Store):
    """The default backend: one SQLite file, in WAL mode so readers never wait for ingest."""

    DatabaseError = sqlite3.Error
    UNICODE_LOWER = "unicode_lower"  # Python's str.lower, registered on each connection
    retired_journal: Path | None = None  # the journal its opening moved aside (`open_store`)

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if self.path.is_dir():  # (SQLite's "unable to open" had been called damage)
            raise PlacelineError(f"no database at {self.path}: it is a folder (check --db "
                                 "or PLACELINE_DB: name a database file, new or not)")
        if self.path.is_file() and not is_sqlite_file(self.path):
            raise NotADatabaseError(self.path)  # before SQLite touches it
        _make_folder(self.path)
        self._read_only_uri = ""  # set when it opens read-only (`_open_read_only`)
        self._missing: dict[str, str] = {}  # the tables such a store lacks
        self._opened = False
        super().__init__()
        self._opened = True  # (from now on a connection never makes the file: `_connect`)

    @property
    def location(self) -> str:
        return str(self.path)

    @property
    def journal_path(self) -> Path:
        return journal_beside(self.path)

    def _connect(self) -> sqlite3.Connection:
        """A connection of this thread (each of the dashboard's runs is a thread of its
        own). Once the store is open, its file is never made anew: removed or moved while
        the dashboard had it open, the next run had met an empty new file ("no such
        table") and Streamlit's generic error (audit 38, item 4); it is now a store that
        cannot be reached, which every page says as a reload does."""
        uri = self._read_only_uri or (
            self.path.absolute().as_uri() + "?mode=rw" if self._opened else "")
        try:
            conn = sqlite3.connect(uri or self.path, timeout=30, isolation_level=None,
                                   check_same_thread=False, uri=bool(uri))
        except sqlite3.OperationalError as exc:
            if self._opened and not self.path.exists():
                raise StoreUnavailableError(self.location, GONE) from exc
            raise
        conn.row_factory = sqlite3.Row
        # SQLite's own lower() folds ASCII only: "ZÜRICH" would miss "Zürich" in a keyword
        # search, as PostgreSQL's would not. Python's, for words beyond ASCII only: it is
        # 5-6 times slower over every article's text (a review measured it).
        conn.create_function(self.UNICODE_LOWER, 1, _lower, deterministic=True)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 30000")
        # Per connection, so every thread's: in WAL mode a crash of the app loses nothing
        # committed, and commits need not wait for the disk (a power cut may lose the last).
        conn.execute("PRAGMA synchronous = NORMAL")
        # After every commit, copy what the log holds into the database file (a passive
        # checkpoint: it never waits for readers). SQLite's default waits for 1,000 pages
        # (4 MB) or the last connection's close: with the dashboard open all day, the .db
        # stayed at its morning state while the day's articles and corrections were only in
        # its -wal, and a copy of the .db handed to a colleague lacked them (a review).
        # Ingest commits a group of articles at most every COMMIT_AFTER s; it was no
        # slower for it (294 articles with the dashboard's connection open: 2.3 s, median
        # of 3, against 2.7 s; the log stays small).
        conn.execute(f"PRAGMA wal_autocheckpoint = {CHECKPOINT_PAGES}")
        for name, columns in self._missing.items():  # (a read-only store's: none is made)
            conn.execute(f"CREATE TEMP TABLE {name} ({columns})")
        return conn

    def _begin_write(self, conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")  # take the write lock now, not at the first write

    @staticmethod
    def _in_transaction(conn: sqlite3.Connection) -> bool:
        return conn.in_transaction

    def _refusal(self, error: BaseException) -> str | None:
        return refusal(self.path, error)

    def _refused(self, error: BaseException) -> None:
        """A write that waited past the busy timeout for another process's write lock is
        a store that cannot be reached now, as at opening (`_open_failed`): a Save while a
        `rebuild` held it had been Streamlit's generic error ("database is locked")."""
        if _busy(error):
            raise StoreUnavailableError(self.location, LOCKED) from error
        super()._refused(error)

    def _begin_read(self, conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN")  # in WAL mode, a read transaction is a snapshot

    @staticmethod
    def _day_number(column: str) -> str:
        return f"CAST(julianday({column}) - 2440587.5 AS INTEGER)"

    def _init_schema(self) -> None:
        try:
            conn = self._conn
            conn.execute("PRAGMA journal_mode = WAL")
            conn.executescript(
                "BEGIN IMMEDIATE;" + SCHEMA.format(id="INTEGER PRIMARY KEY", real="REAL")
                + f"INSERT OR IGNORE INTO meta VALUES ('schema_version', '{SCHEMA_VERSION}');"
                + "INSERT OR IGNORE INTO meta VALUES ('revision', '0');"
                # (a write, whatever the store holds: SQLite opens a file it may not write
                # read-only without a word, and a store that needs nothing made was taken
                # for a writable one until its first correction failed)
                + "UPDATE meta SET value = value WHERE key = 'revision';"
                + "COMMIT;")
            self._add_missing_columns(conn)
            self._keep_high_water(conn)
            self._own_journal()
        except StoreWriteError as exc:  # (`_own_journal`'s: its journal could not be written)
            self._open_read_only(exc.why, exc)
        except sqlite3.DatabaseError as exc:
            self._open_failed(exc)

    def _open_failed(self, exc: sqlite3.DatabaseError) -> None:
        """Opening failed: damage only where SQLite says so (corrupt, not a database); a
        file that cannot be written (a read-only volume, another user's, a full disk) is
        opened read-only, and one that cannot be made says why; a store locked by another
        process past the timeout is busy. An audit's read-only archive, its full disk and
        a --db naming a folder had all been "damaged — run rebuild"."""
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if _busy(exc):
            self.close()
            raise StoreUnavailableError(self.location, LOCKED) from exc
        why = refusal(self.path, exc) if code in _SQLITE_REFUSALS else None
        if why is None:
            self.close()
            raise StoreCorruptError(self.path, str(exc)) from exc
        if not self.path.is_file() or not self.path.stat().st_size:
            self.close()
            raise StoreWriteError(self.location, "it cannot be made: " + why) from exc
        self._open_read_only(why, exc)

    def _open_read_only(self, why: str, failure: Exception) -> None:
        """Read a store its disk will not let be written, as it is (`read_only` says why;
        every write then raises `StoreReadOnlyError`). A store in WAL mode closed cleanly
        has no -shm, which a read-only volume will not let SQLite make (SQLITE_CANTOPEN),
        nor a full disk let it size (SQLITE_IOERR_SHMSIZE: audit 24, whose full disk left
        `dates`, `export`, `backup` and the pages all "cannot be opened"): opened as
        immutable, which no writer can then make untrue, unless a -wal log holds commits
        that immutable would not read (then that is said)."""
        self.close()
        uri = self.path.absolute().as_uri() + "?mode=ro"
        wal = self.path.with_name(self.path.name + "-wal")
        for attempt in (uri, uri + "&immutable=1"):
            self._read_only_uri = attempt
            try:
                self._conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
                break
            except sqlite3.DatabaseError as exc:
                self.close()
                code = exc.sqlite_errorcode & 0xFF
                if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
                    raise StoreCorruptError(self.path, str(exc)) from exc
                if code not in _NO_SHM or "immutable" in attempt:
                    raise StoreWriteError(self.location, f"it cannot be opened: {why}") \
                        from failure
                if wal.exists() and wal.stat().st_size:
                    raise StoreWriteError(self.location, f"it cannot be opened: {why}; "
                                          f"{_UNREAD_LOG.format(wal=wal)}") from failure
        self.read_only = why
        self._missing = self._missing_tables()
        self.close()  # (its next connection has them, empty: `_connect`)
        if not all(column in {row[1] for row in self._conn.execute(
                f"PRAGMA table_info({table})")} for table, column, _ in ADDED_COLUMNS
                if (table, column) not in WRITERS_COLUMNS):
            self.close()
            raise StoreReadOnlyError(self.location, why + "; and it was made by an older "
                                     "release, whose columns this one adds on opening: copy it "
                                     "where you may write, and open the copy") from failure

    def _missing_tables(self) -> dict[str, str]:
        """The tables of this release a store made by an older one lacks, by name, each
        with its columns (a read-only store has them as empty temporary tables: a backup
        made before deletions were kept has no deleted_articles, and had been unreadable)."""
        have = {row[0] for row in self._conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        schema = SCHEMA.format(id="INTEGER PRIMARY KEY", real="REAL")
        return {name: columns for name, columns in re.findall(
            r"CREATE TABLE IF NOT EXISTS (\w+) \((.*?)\);\n", schema, re.DOTALL)
            if name not in have}

    def _own_journal(self) -> None:
        """Give the database its id when a release with ids first opens it (or makes it),
        and journal the corrections it holds under that id in its own journal. What it
        journalled before went to its stem's file, shared with every "news.*" beside it, so
        none of that file is taken as its own: its table is what it holds. Under the write
        lock, so two processes opening it at once do it once."""
        if self.store_id is not None:
            return
        new_id = uuid.uuid4().hex
        try:
            with self.transaction() as tx:
                if tx.execute("SELECT 1 FROM meta WHERE key = ?", (STORE_ID,)).fetchone():
                    return  # another process was first
                tx.execute("INSERT INTO meta VALUES (?, ?)", (STORE_ID, new_id))
                self._store_id = new_id
                for row in self.corrections():
                    self._journal(self._added(row["surface"], row["context_hint"],
                                              _place_of(row), row["created_at"]))
                for row in self.date_corrections():
                    self._journal(self._dated(row["context_hint"], row["published"],
                                              row["created_at"]))
        finally:
            self._store_id = None  # read back once it is committed (or another's)

    @staticmethod
    def _keep_high_water(conn: sqlite3.Connection) -> None:
        """The trigger that keeps the largest id ever handed out, and its first value in a
        store made before it (its articles' and deletions' ids): a mark, not a rebuild of
        the articles table with AUTOINCREMENT, which would rewrite every article of a
        user's store, with foreign keys off lest dropping the old table cascade to every
        mention and event, and need its size again on disk at the first opening."""
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(SQLITE_HIGH_WATER)
            conn.execute(  # (the ids read once: a store holding the mark reads none)
                f"INSERT INTO meta SELECT '{ARTICLE_HIGH_WATER}', ({_HIGH_WATER_NOW})"
                f" WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key = '{ARTICLE_HIGH_WATER}')")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def _new_article_id(self, tx) -> int:
        """Past the largest id it holds and the mark (`ARTICLE_HIGH_WATER`), never one a
        deleted article had: asked under the write lock, so two writers cannot share it."""
        return int(tx.execute(_NEXT_ARTICLE_ID).fetchone()[0])

    def _ids_follow(self, tx, high_water: int) -> None:
        """After a copy wrote rows with their ids: the mark covers the copied deletions'
        and the source's `high_water` (a PostgreSQL store's sequence, which handed out ids
        whose deletions no row kept: they had been handed out again)."""
        tx.execute(f"INSERT INTO meta VALUES ('{ARTICLE_HIGH_WATER}',"
                   f" MAX(({_HIGH_WATER_NOW}), ?))"
                   " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (high_water,))

    def _article_high_water(self, reading) -> int:
        return max(super()._article_high_water(reading),
                   int(reading.execute(f"SELECT {_MARK}").fetchone()[0]))

    @staticmethod
    def _add_missing_columns(conn: sqlite3.Connection) -> None:
        for table, column, declaration in ADDED_COLUMNS:
            have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
            if column not in have:
                try:
                    conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")
                except sqlite3.OperationalError as exc:  # another process added it first
                    if "duplicate column" not in str(exc):
                        raise

    def backup(self, target: Path) -> None:
        """SQLite's online backup: a consistent copy, the log's pages included, taken
        while the dashboard and ingests go on (a plain copy of the .db lacks what is only
        in its -wal)."""
        copy = sqlite3.connect(target)
        try:
            self._conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one file: nothing beside it
            with copy:  # a store of its own: opened, it takes an id and journals its
                copy.execute("DELETE FROM meta WHERE key = ?", (STORE_ID,))  # corrections
            # beside itself (with the original's id it never had, and its journal lines
            # could not be told from the original's — a review)
        finally:
            copy.close()

    def writable_again(self) -> bool:
        """The writes that opening tries (`_init_schema`), on a connection of its own, where
        the store opened read-only: a dashboard opened while its disk was full stayed
        read-only until its process restarted, after space was freed (a review). About a
        millisecond where it still fails. Another writer holding the lock is one that
        writes it. The journal first, which is asked without a write (`_journal_opens`)."""
        if not self.read_only or not self._journal_opens():
            return False
        try:  # (mode=rw: a file gone meanwhile is not made anew, empty)
            conn = sqlite3.connect(self.path.absolute().as_uri() + "?mode=rw", timeout=0,
                                   isolation_level=None, uri=True)
        except sqlite3.Error:
            return False
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("UPDATE meta SET value = value WHERE key = 'revision'")
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            return (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF == sqlite3.SQLITE_BUSY
        finally:
            conn.close()
        return True

    def _journal_opens(self) -> bool:
        """Whether opening may journal what it journals (`_own_journal`: the corrections and
        dates set by hand of a store that has no id yet), asked by opening the journal to
        append, nothing written, or where it is still to be made, its folder. A `backup`
        holding a correction, its journal a file it may not write, opened read-only, but
        its database took the write: it was opened anew at every page run, read-only again
        (review 22)."""
        if self.store_id is not None or not self._conn.execute(
                "SELECT EXISTS (SELECT 1 FROM corrections)"
                " OR EXISTS (SELECT 1 FROM date_corrections)").fetchone()[0]:
            return True
        path = self.journal_path
        try:
            os.close(os.open(path, os.O_RDWR | os.O_APPEND))  # (as `_journal` opens it)
        except FileNotFoundError:
            return os.access(path.parent, os.W_OK)
        except OSError:
            return False
        return True

    def check(self) -> None:
        """SQLite's own quick_check: a damaged file is reported, never half-used."""
        try:
            problems = [r[0] for r in self._conn.execute("PRAGMA quick_check(5)")]
        except sqlite3.DatabaseError as exc:
            raise StoreCorruptError(self.path, str(exc)) from exc
        if problems != ["ok"]:
            raise StoreCorruptError(self.path, "; ".join(problems))
