"""One family of errors, so callers catch what they mean (after geopy's `exc.py`)."""

from __future__ import annotations

from pathlib import Path


class PlacelineError(Exception):
    """Base of every error placeline raises on purpose."""


class InputError(PlacelineError):
    """A source file could not be turned into an article; the batch goes on without it."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self) -> tuple:
        # Rebuilt from (source, reason) when it crosses a process boundary (Dask workers).
        return (type(self), (self.source, self.reason))


class StoreCorruptError(PlacelineError):
    """The database is damaged; for a SQLite file `python -m placeline rebuild --db FILE`
    recreates it. `advice` is the message without the database's own words (`detail`:
    "*** in database main *** Page 58: btreeInitPage() …"), which the dashboard keeps out of
    its main sentence. `path` is a file's path or a server's URL without its password (a
    PostgreSQL store's had been made a Path, "postgresql:/user@host/news", and told to run
    `rebuild`, which refuses a server); a server's has no `command` ("")."""

    def __init__(self, path: Path | str, detail: str) -> None:
        from placeline.config import is_server_url, store_command

        self.path = path
        self.detail = detail
        if is_server_url(path):
            self.command = ""
            self.advice = (f"The database {path} does not answer as a placeline store: its "
                           "tables may have been dropped or changed. A PostgreSQL server "
                           "keeps its data whole: restore them from the server's backups.")
            super().__init__(f"The database {path} does not answer as a placeline store "
                             f"({detail}): its tables may have been dropped or changed. A "
                             "PostgreSQL server keeps its data whole: restore them from the "
                             "server's backups.")
            return
        self.command = store_command("rebuild", path)
        self.advice = (f"The database {path} is damaged. Run `{self.command}` to rebuild it "
                       "from the articles; corrections are kept.")
        super().__init__(
            f"The database {path} is damaged ({detail}). Run `{self.command}` to rebuild it "
            "from the articles; corrections are kept."
        )

    def __reduce__(self) -> tuple:
        return (type(self), (self.path, self.detail))


class StoreReadOnlyError(PlacelineError):
    """The store opens and reads, and cannot be written: a sound file on a read-only volume,
    one its user may not write, or on a full disk. Not damage: an audit's read-only archive
    was "damaged — run rebuild", and `rebuild` then failed in a traceback moving it aside."""

    def __init__(self, location: str, why: str) -> None:
        super().__init__(f"the store {location} is read-only ({why}): it can be read (the "
                         "map, the pages, `dates`, `export`, `backup`), not changed")
        self.location = location
        self.why = why


class StoreWriteError(PlacelineError):
    """A write its disk refused (full, read-only, failing): said in one line with what to
    do, nothing of the write kept. An ingest on a full disk had ended in two tracebacks,
    the second hiding the first (an audit)."""

    def __init__(self, location: str, why: str) -> None:
        super().__init__(f"cannot write the store {location}: {why}")
        self.location = location
        self.why = why


class NotADatabaseError(PlacelineError):
    """The file is not SQLite at all (a mistyped --db, a text file): not damage to repair,
    so it is left untouched and `rebuild` refuses it."""

    def __init__(self, path: Path,
                 reason: str = "it does not start with SQLite's header") -> None:
        super().__init__(
            f"{path} is not a placeline database ({reason}); nothing was changed. Check the "
            "path given to --db or PLACELINE_DB."
        )
        self.path = path


class GazetteerMissingError(PlacelineError):
    """The compact gazetteer index has not been built yet."""


class StoreUnavailableError(PlacelineError):
    """The database server cannot be reached or refused the connection."""

    def __init__(self, location: str, detail: str) -> None:
        # (libpq's hint on a line of its own: "…Connection refused\n\tIs the server running…")
        self.detail = ' '.join(detail.split())
        super().__init__(f"Cannot open the database {location}: {self.detail}")
        self.location = location


class StoreLostError(StoreUnavailableError):
    """The connection to the database server was lost mid-command (a restart, a failover, a
    network cut): the server undid what was not committed. An ingest had gone on without
    it, each later article "failed" in a traceback of its own (an audit: 1,555 lines, exit
    1, no count of what was stored)."""

    def __init__(self, location: str, detail: str) -> None:
        PlacelineError.__init__(self, (
            f"lost the connection to the database {location} ({detail}): what was not "
            "committed is undone; try again once the server answers"))
        self.location, self.detail = location, detail


class SchedulerUnavailableError(PlacelineError):
    """The Dask scheduler given by address cannot be reached (or the address is malformed)."""

    def __init__(self, address: str, detail: str) -> None:
        super().__init__(f"Cannot reach the Dask scheduler at {address}: {detail}")
        self.address = address


class ClusterError(PlacelineError):
    """The Dask cluster cannot do placeline's work: its scheduler or a worker cannot import
    this placeline (another machine, another environment), or a batch failed there (a worker
    killed, the scheduler lost)."""
