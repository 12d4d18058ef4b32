"""The PostgreSQL backend of `Store`, chosen by a `postgresql://` URL.

For more than one machine: several ingest processes (or Dask's writer) and several dashboard
servers share one database. Only what differs from SQLite lives here; every query is the
shared one in `placeline.store`, its `?` placeholders turned into psycopg's `%s`.
Dates stay ISO text, as in SQLite, so both backends order and compare them the same way.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote

import psycopg
from psycopg.conninfo import conninfo_to_dict

from placeline.errors import (
    PlacelineError,
    StoreCorruptError,
    StoreLostError,
    StoreUnavailableError,
)
from placeline.store import (
    ADDED_COLUMNS,
    SCHEMA,
    SCHEMA_VERSION,
    STORE_ID,
    WRITERS_COLUMNS,
    Store,
)

# Writers serialise on this advisory lock (per schema), as SQLite's BEGIN IMMEDIATE does:
# "is this article stored yet?" and the insert that follows must not interleave.
_WRITE_LOCK = "SELECT pg_advisory_xact_lock(hashtext('placeline:' || current_schema()))"


@lru_cache(maxsize=512)
def _to_psycopg(sql: str) -> str:
    """'?' placeholders → '%s' (a literal % must then be written %%)."""
    return sql.replace("%", "%%").replace("?", "%s")


_ROWS_PER_STATEMENT = 1000  # well under PostgreSQL's 65,535 parameters per statement


@lru_cache(maxsize=64)
def _values_clause(sql: str) -> tuple[str, str, str] | None:
    """'INSERT … VALUES (?,?) ON CONFLICT …' → ('INSERT … VALUES ', '(?,?)', ' ON CONFLICT
    …'); None for any other statement."""
    match = re.match(r"(?is)(\s*INSERT\s.*?\bVALUES\s*)(\([?,\s]*\))(.*)", sql)
    return match.groups() if match else None


class _Row:
    """A result row readable by position, by column name, and as a mapping (like sqlite3.Row)."""

    __slots__ = ("_names", "_values")

    def __init__(self, names: tuple[str, ...], values) -> None:
        self._names, self._values = names, tuple(values)

    def __getitem__(self, key):
        if isinstance(key, str):
            return self._values[self._names.index(key)]
        return self._values[key]

    def __iter__(self):
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def keys(self) -> list[str]:
        return list(self._names)


def _row_factory(cursor):
    names = tuple(column.name for column in cursor.description or ())
    return lambda values: _Row(names, values)


class _Connection:
    """A psycopg connection that takes the shared SQL unchanged, and says in one line when
    the server is lost (`StoreLostError`)."""

    def __init__(self, conn: psycopg.Connection, location: str) -> None:
        self._conn, self._location = conn, location

    @property
    def closed(self) -> bool:
        """Whether the connection is gone (closed, or lost with its server)."""
        return self._conn.closed

    def execute(self, sql: str, params=()) -> psycopg.Cursor:
        with self._losing():
            return self._conn.execute(_to_psycopg(sql), tuple(params))

    def executemany(self, sql: str, rows) -> psycopg.Cursor:
        """An INSERT of many rows is one statement of many VALUES tuples: psycopg would
        send one statement per row, about 30 µs of Python each (≈ 120 rows an article)."""
        rows = [tuple(row) for row in rows]
        with self._losing():
            cursor = self._conn.cursor()
            parts = _values_clause(sql)
            if parts is None or not rows:
                cursor.executemany(_to_psycopg(sql), rows)
                return cursor
            head, group, tail = parts
            for start in range(0, len(rows), _ROWS_PER_STATEMENT):
                chunk = rows[start:start + _ROWS_PER_STATEMENT]
                cursor.execute(_to_psycopg(f"{head}{','.join([group] * len(chunk))}{tail}"),
                               [value for row in chunk for value in row])
            return cursor

    @contextmanager
    def pipeline(self) -> Iterator[None]:
        with self._losing(), self._conn.pipeline():  # (its results come at its end)
            yield

    @contextmanager
    def _losing(self) -> Iterator[None]:
        """A server error that closed the connection (a restart, a failover, a network cut)
        as `StoreLostError`; any other as it is."""
        try:
            yield
        except psycopg.Error as exc:
            if not (self._conn.closed or _ends_the_session(exc)):
                raise
            self._conn.close()  # (closed for its store to connect anew, not to use it again)
            raise StoreLostError(self._location, _first_line(exc)) from exc

    def close(self) -> None:
        self._conn.close()


# SQLSTATEs that end the session: connection exceptions (class 08) and the server's shutdown,
# crash or start ("terminating connection due to administrator command", 57P01). libpq may
# hand the server's last message over before it marks the connection closed, and the loss
# was then an ordinary error: an article "failed", the ingest went on (a flaky test).
_SESSION_ENDED = ("08", "57P01", "57P02", "57P03")


def _ends_the_session(error: psycopg.Error) -> bool:
    """Whether the server ended the session with this error, closed or not yet."""
    return (getattr(error, "sqlstate", None) or "").startswith(_SESSION_ENDED)


# SQLSTATEs of a server that answers and refuses: insufficient privilege, a read-only
# transaction. Not an unreachable server: reloading the page will not help (audit 24).
_REFUSALS = ("42501", "25006")


# The privileges a session that writes the store uses on each of its tables.
_WRITES = ("INSERT", "UPDATE", "DELETE")


def _why_refused(error: psycopg.Error) -> str:
    """Why the server will not let this session write the store, for `read_only`."""
    if isinstance(error, psycopg.errors.ReadOnlySqlTransaction):
        return ("the server takes read-only transactions only (a hot standby, or "
                f"default_transaction_read_only): {_first_line(error)}")
    return f"the role it connects as may read it, not write it: {_first_line(error)}"


def _first_line(error: Exception) -> str:
    """A server's message without libpq's hint under it ("server closed the connection
    unexpectedly", not "\n\tThis probably means the server terminated abnormally…")."""
    return (str(error).strip().splitlines() or [type(error).__name__])[0].strip()


# What a URL's settings may hold that messages and commands must not show.
_SECRETS = frozenset({"password", "sslpassword"})


def location_of(url: str) -> str:
    """A server database's URL for messages and the commands they give: as given, but its
    password. Its settings stay: `?options=-csearch_path%3Dnews`, the README's way to keep a
    store in schema news, had been dropped, two stores of one database (public and news)
    were named alike, and the older-index notice's `setup --db URL`, run as printed, readied
    the other one (audit 22)."""
    try:
        conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "postgresql://(unreadable URL)"
    scheme, _, rest = url.partition("://")
    where, slash, rest = rest.partition("/")
    path, mark, query = rest.partition("?")
    user, at, host = where.rpartition("@")
    settings = [setting for setting in query.split("&")
                if unquote(setting.partition("=")[0]) not in _SECRETS]
    return (f"{scheme}://{user.partition(':')[0]}{at}{host}{slash}{path}"
            f"{mark if any(settings) else ''}{'&'.join(filter(None, settings))}")


def bad_port(url: str) -> str | None:
    """The URL's port (or one of a list's) when it is no port number, else None: libpq
    passes it on to the host lookup, which then failed for the host ("failed to resolve host
    'localhost': Servname not supported" for localhost:notaport, audit 32), naming the wrong
    part of the URL."""
    try:
        ports = conninfo_to_dict(url).get("port") or ""
    except psycopg.ProgrammingError:
        return None  # (an unreadable URL: psycopg says so)
    for port in str(ports).split(","):
        port = port.strip()
        if port and not (port.isascii() and port.isdigit() and 0 < int(port) < 65536):
            return port
    return None


def backup_refused(url: str) -> PlacelineError:
    """`backup` is not placeline's to do on a server: PostgreSQL's own tool copies a
    database consistently while others write (said before connecting: a server that is
    down must not hide the advice)."""
    return PlacelineError(f"backup copies a SQLite store; {location_of(url)} is a PostgreSQL "
                          "database: copy it with PostgreSQL's own pg_dump (e.g. `pg_dump "
                          "--format=custom --file OUT DBNAME`), consistent while others write,"
                          " or into a new SQLite file with `python -m placeline copy --db URL "
                          "OUT.db`")


def first_schema(search_path: str) -> str | None:
    """The schema a search_path names first, as the server reads it ("news", "My News" for
    '"My News", public'); None for "$user" (the user's own, which is not placeline's to make)
    or an empty path."""
    match = re.match(r'\s*(?:"((?:[^"]|"")*)"|([^,\s]+))', search_path)
    if match is None:
        return None
    name = match.group(1).replace('""', '"') if match.group(1) is not None \
        else match.group(2).lower()
    return None if name in ("$user", "") else name


class PostgresStore(Store):
    """Store on a PostgreSQL server. The URL may carry libpq options, e.g.
    `?options=-csearch_path%3Dnews` to keep placeline's tables in their own schema."""

    DatabaseError = psycopg.Error

    def __init__(self, url: str, create: bool = True) -> None:
        """`create`: make the store (its schema and tables) where there is none; else a
        database or schema without one is an error, and nothing is written to it."""
        self.url = url
        self._create = create
        super().__init__()

    @property
    def location(self) -> str:
        return location_of(self.url)

    @property
    def journal_path(self) -> None:
        """None: the server's tables hold the corrections, and its own backups (pg_dump) and
        logs keep them through damage. A journal had been kept per machine and per spelling
        of the URL in the local data folder, which nothing read (`rebuild` is SQLite's), and
        which vetoed every correction and date where that folder was missing or read-only:
        the dashboard showed FileNotFoundError for Save (an audit)."""
        return None

    def _connect(self) -> _Connection:
        port = bad_port(self.url)
        if port is not None:
            raise StoreUnavailableError(self.location, f"the port {port!r} is not a number "
                                        "from 1 to 65535 (postgresql://USER@HOST:PORT/DBNAME"
                                        "; PostgreSQL's own is 5432)")
        try:
            conn = psycopg.connect(self.url, autocommit=True, connect_timeout=10,
                                   row_factory=_row_factory)
        except psycopg.Error as exc:
            raise StoreUnavailableError(self.location, str(exc).strip()) from exc
        return _Connection(conn, self.location)

    def _lost(self, conn: _Connection) -> bool:
        return conn.closed

    @staticmethod
    def _in_transaction(conn: _Connection) -> bool:
        """A lost connection's transaction is gone with it: the server undid it (a ROLLBACK
        on it had raised again, "Exception ignored in: <generator object
        Store.transaction>", an audit)."""
        return not conn.closed

    def _pipelined(self, conn: _Connection) -> AbstractContextManager:
        return conn.pipeline()

    def _begin_write(self, conn: _Connection) -> None:
        conn.execute("BEGIN")
        conn.execute(_WRITE_LOCK)

    def _begin_read(self, conn: _Connection) -> None:
        conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")

    @staticmethod
    def _day_number(column: str) -> str:
        return f"(CAST({column} AS DATE) - DATE '1970-01-01')"

    def _init_schema(self) -> None:
        """The store's schema and tables, made where missing (or, not to `create`, found),
        its columns brought up to date; the server's refusals said in one line."""
        try:
            self._find_schema()
            if not self._create and not self._holds_store():
                raise PlacelineError(
                    f"no placeline store in {self.location}{self._schema_named()}: it has no "
                    "placeline tables, and nothing was written to it (check --db or "
                    "PLACELINE_DB; `python -m placeline ingest` or `setup` creates one)")
            try:
                self._make_tables()
            except (psycopg.errors.InsufficientPrivilege,
                    psycopg.errors.ReadOnlySqlTransaction) as refused:
                self._open_read_only(refused)
        except psycopg.Error as exc:
            if (getattr(exc, "sqlstate", None) or "") in _REFUSALS:
                raise PlacelineError(f"Cannot open the database {self.location}: the server "
                                     f"refused it: {_first_line(exc)}") from exc
            raise StoreUnavailableError(self.location, str(exc).strip()) from exc

    def _open_read_only(self, refused: psycopg.Error) -> None:
        """Read a store the server will not let this session write, as it is (`read_only`
        says why): a SELECT-only role and a hot standby, the usual ways to give a dashboard
        that only views, had both failed at `CREATE TABLE IF NOT EXISTS` (audit 24), and the
        dashboard called that an unreachable server. Only a store with all this release's
        tables and columns: what is missing cannot be made."""
        why = _why_refused(refused)
        if not self._holds_store():
            raise PlacelineError(f"Cannot make a placeline store in {self.location}"
                                 f"{self._schema_named()}: {why}")
        missing = [name for name in re.findall(r"CREATE TABLE IF NOT EXISTS (\w+)", SCHEMA)
                   if self._conn.execute("SELECT to_regclass(?)", (name,)).fetchone()[0]
                   is None] + [f"{table}.{column}" for table, column, _ in ADDED_COLUMNS
                               if (table, column) not in WRITERS_COLUMNS
                               and not self._has_column(table, column)]
        if missing:
            raise PlacelineError(f"Cannot open the database {self.location}: {why}, and it "
                                 "was made by an older release, whose tables this one adds "
                                 f"on opening ({', '.join(missing)}): open it once as a role "
                                 "that may write it")
        if not isinstance(refused, psycopg.errors.InsufficientPrivilege) \
                or not self._may_write():
            self.read_only = why

    def _may_write(self) -> bool:
        """Whether this session may write every table of the store, which has all this
        release's tables and columns: a role granted its writes, not owning its tables,
        is refused only the making of what is there already ("must be owner of table
        articles"), and had stayed read-only whatever the admin granted (fix 38). Asked,
        nothing written, no lock taken: cheap enough for every page run of a read-only
        store (`writable_again`)."""
        if not all(self._has_column(table, column) for table, column, _ in ADDED_COLUMNS):
            return False
        asked = [(table, privilege) for table in re.findall(
            r"CREATE TABLE IF NOT EXISTS (\w+)", SCHEMA) for privilege in _WRITES]
        return bool(self._conn.execute(  # (a list of privileges asks for any one of them)
            "SELECT current_setting('transaction_read_only') = 'off'"
            " AND NOT pg_is_in_recovery()" + " AND has_table_privilege(?, ?)" * len(asked),
            [value for pair in asked for value in pair]).fetchone()[0])

    def writable_again(self) -> bool:
        """Whether a store opened read-only (`read_only`: the role's privileges, a
        read-only server) may now be written: the admin's GRANT, a standby promoted. The
        dashboard, which keeps its store, had stayed read-only until it restarted (fix
        38): its next page run opens the store anew when this says so."""
        try:
            return bool(self.read_only) and self._may_write()
        except (psycopg.Error, StoreUnavailableError):
            return False  # (a server gone meanwhile: the page says so as it reads)

    def _has_column(self, table: str, column: str) -> bool:
        """Whether `table` (in the search_path's schema) has `column`."""
        return self._conn.execute(
            "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()"
            " AND table_name = ? AND column_name = ?", (table, column)).fetchone() is not None

    def _find_schema(self) -> None:
        """The schema the URL's search_path names first, made if it is not there: the
        README's `?options=-csearch_path%3Dnews` had been a traceback ("no schema has been
        selected to create in") until news was made by hand (an audit)."""
        conn = self._conn
        if conn.execute("SELECT current_schema()").fetchone()[0] is not None:
            return
        name = first_schema(conn.execute("SHOW search_path").fetchone()[0])
        if name is None or not self._create:
            raise PlacelineError(
                f"no placeline store in {self.location}: "
                + (f"schema {name} does not exist" if name else "no schema of its search_path"
                   " exists") + " (check --db or PLACELINE_DB; `python -m placeline ingest` "
                "or `setup` makes it)")
        quoted = '"' + name.replace('"', '""') + '"'
        conn.execute("BEGIN")  # (two processes starting at once make it once)
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('placeline:schema'))")
        conn.execute(f"CREATE SCHEMA IF NOT EXISTS {quoted}")
        conn.execute("COMMIT")

    def _schema_named(self) -> str:
        """" (schema news)" when the URL names one, for messages."""
        name = first_schema(self._conn.execute("SHOW search_path").fetchone()[0])
        return f" (schema {name})" if name else ""

    def _holds_store(self) -> bool:
        """Whether placeline's tables are there: its `meta` table, with its schema version."""
        conn = self._conn
        if conn.execute("SELECT to_regclass('meta')").fetchone()[0] is None:
            return False
        try:
            return conn.execute("SELECT 1 FROM meta WHERE key = 'schema_version'"
                                ).fetchone() is not None
        except psycopg.Error:  # another application's table of that name
            return False

    def _make_tables(self) -> None:
        """Create what is missing, under the write lock so two starting processes agree."""
        conn = self._conn
        statements = SCHEMA.format(  # PostgreSQL's INTEGER is 32 bits; SQLite's is 64
            id="BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
            real="DOUBLE PRECISION").replace(" INTEGER", " BIGINT").split(";")
        self._begin_write(conn)
        try:
            for statement in statements:
                if statement.strip():
                    conn.execute(statement)
            conn.execute("INSERT INTO meta VALUES ('schema_version', ?)"
                         " ON CONFLICT DO NOTHING", (str(SCHEMA_VERSION),))
            conn.execute("INSERT INTO meta VALUES ('revision', '0') ON CONFLICT DO NOTHING")
            conn.execute("INSERT INTO meta VALUES (?, ?) ON CONFLICT DO NOTHING",
                         (STORE_ID, uuid.uuid4().hex))
            for table, column, declaration in ADDED_COLUMNS:
                conn.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column}"
                             f" {declaration}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def _ids_follow(self, tx: _Connection, high_water: int) -> None:
        """An identity column hands out ids from its own sequence, which rows written with
        their ids (a copied store's) do not move: the next article would take id 1, stored
        already. Articles' goes past the deleted ones' ids and the source's `high_water`
        too (a SQLite store's mark, `ARTICLE_HIGH_WATER`): a SQLite store whose last article
        was deleted, copied, gave its id to the next article, and its Restore came back
        under a new one. The sequence is this store's mark: no setting is kept beside it."""
        for table in ("mentions", "events", "corrections"):
            tx.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                       f" COALESCE(MAX(id), 0) + 1, false) FROM {table}")
        tx.execute("SELECT setval(pg_get_serial_sequence('articles', 'id'), GREATEST("
                   "(SELECT COALESCE(MAX(id), 0) FROM articles),"
                   " (SELECT COALESCE(MAX(article_id), 0) FROM deleted_articles),"
                   " ?) + 1, false)", (high_water,))

    def _article_high_water(self, reading) -> int:
        """Its articles' and kept deletions' ids, and the last id its sequence handed out:
        a deletion not kept leaves no row, and a SQLite copy had handed its id out again."""
        handed = reading.execute(  # (a role that may not read the sequence: its rows')
            "SELECT CASE WHEN has_sequence_privilege(seq, 'SELECT')"
            " OR has_sequence_privilege(seq, 'USAGE') THEN pg_sequence_last_value(seq) END"
            " FROM (SELECT pg_get_serial_sequence('articles', 'id')::regclass AS seq) AS s"
        ).fetchone()[0]
        return max(super()._article_high_water(reading), int(handed or 0))

    def backup(self, target: Path) -> None:
        raise backup_refused(self.url)

    def check(self) -> None:
        """The server keeps its own files whole; check that placeline's tables answer."""
        try:
            self._conn.execute("SELECT value FROM meta WHERE key = 'schema_version'")
        except psycopg.Error as exc:
            raise StoreCorruptError(self.location, str(exc).strip()) from exc
