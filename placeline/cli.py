"""`python -m placeline …`: thin commands over the library (each one is also a function call).

    setup                      build the gazetteer index and map assets, load the bundled data
    dashboard [STREAMLIT ARGS]  `streamlit run dashboard.py`, its imports done while the
                               browser loads the page (a second off the first map); on
                               localhost unless --server.address says otherwise
    ingest PATH... [--db F] [--workers N | --scheduler ADDR]
                               add .txt/.html/.jsonl/.zip files, feeds (.xml/.rss/
                               .atom/.json/.csv) or folders; bad files
                               are reported and skipped (exit 3); Dask workers clean and
                               geoparse
    export --format csv|geojson [--db F] [--out F] [--excel]
    backup [--db F] OUT        a consistent copy of the store in one new file (safe while
                               the dashboard runs; PostgreSQL: use pg_dump)
    copy [--db F] DEST         the store into a new one, SQLite file or postgresql:// URL,
                               either way round, corrections and dates set by hand kept
    geoparse IN.jsonl [--gold-spans] [--resolved-only]
                               JSONL predictions on stdout; a name no place fits has null
                               coordinates and place, confidence 0, unless --resolved-only
    eval FILE.jsonl [--gold-spans] [--json]   recognition and resolution scores
    reprocess [--db F] [--online]
                               geoparse stored articles again (new gazetteer or corrections;
                               --online: names the online geocoder has not answered yet)
    rebuild [--db F] [--force] a damaged database → a new one; corrections are kept; exits 3
                               when some articles could not be recovered, 1 when none were
    dates [--db F]             each article's publication date, how it was found, its story,
                               the path it was read from and its title
"""

from __future__ import annotations

import argparse
import difflib
import io
import json
import re
import shlex
import shutil
import signal
import sys
import threading
import time
from pathlib import Path

from placeline.config import database_target, is_server_url
from placeline.errors import InputError, PlacelineError, StoreCorruptError, StoreReadOnlyError


def _store(args: argparse.Namespace):
    from placeline.store import open_store

    target = args.db or database_target()
    if getattr(args, "command", None) in LOCK_NOTED:
        _say_if_locked(target)
    return open_store(target)


# Commands that take the store's write lock at once, and say so when another process holds
# it (not `backup`, which reads: the probe's connection, the last to close, would
# checkpoint the store's -wal; `rebuild` opens no store before it has read the damaged one).
LOCK_NOTED = frozenset({"setup", "ingest", "reprocess"})


def _say_if_locked(target: str | Path) -> None:
    """Say at once that another process holds the store's write lock, before the wait for
    it: `ingest` into a locked store had been silent for 30 s before its message (audit
    33). Asked without waiting; anything else amiss is left to opening the store."""
    import sqlite3

    path = Path(target)
    if is_server_url(target) or not path.is_file() or not path.stat().st_size:
        return
    try:
        probe = sqlite3.connect(path.absolute().as_uri() + "?mode=rw", uri=True, timeout=0,
                                isolation_level=None)
    except sqlite3.Error:
        return
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        if getattr(error, "sqlite_errorcode", 0) & 0xFF in (sqlite3.SQLITE_BUSY,
                                                            sqlite3.SQLITE_LOCKED):
            print(f"waiting for another process's write lock on {target} (a dashboard's or "
                  "another command's write, up to 30 s)…", file=sys.stderr, flush=True)
    except sqlite3.Error:
        pass
    finally:
        probe.close()


def _existing_store(args: argparse.Namespace):
    """The store of a command that only works on stored data: a mistyped --db is an error,
    never a new empty database (only `ingest` and `setup` create one)."""
    target = args.db or database_target()
    if is_server_url(target):  # (a database without a store is refused, nothing written)
        from placeline.store_postgres import PostgresStore

        return PostgresStore(str(target), create=False)
    _database_file(target)
    return _store(args)


def _database_file(target: str) -> Path:
    """The SQLite file a command on stored data reads, or an error that says why there is
    none. A folder was called damaged, and an empty file was made a database by a command
    that only reads (placeline writes a database's first page when it creates one, so an
    empty file never is one of its databases: it is left as it is)."""
    path = Path(target)
    if not path.is_file():
        what = ": it is a folder" if path.is_dir() else ""
        raise PlacelineError(f"no database at {target}{what} (check --db or PLACELINE_DB; "
                             "`python -m placeline ingest` or `setup` creates one)")
    if path.stat().st_size == 0:
        raise PlacelineError(f"nothing is stored in {target}: it is an empty file, not a "
                             "database yet (`python -m placeline ingest` or `setup` fills it)")
    return path


def _geocoder(args: argparse.Namespace, store):
    from placeline.config import online_geocoder_enabled
    from placeline.geocode import cached_answers, online_geocoder

    if not (getattr(args, "online", False) or online_geocoder_enabled()):
        return cached_answers(store)  # (offline: what an online run placed stays placed)
    return online_geocoder(store)  # (the server PLACELINE_NOMINATIM_DOMAIN names)


def cmd_setup(args: argparse.Namespace) -> int:
    from placeline.bootstrap import ensure_ready
    from placeline.config import is_default_database
    from placeline.present import counted

    store = ensure_ready(args.db or None, log=print, setup=True)
    counts = store.counts()
    print(f"Ready: {counted(counts['articles'], 'article')}, "
          f"{counted(counts['events'], 'event')}, {counted(counts['places'], 'place')} in "
          f"{store.location}")
    if not counts["articles"] and not is_default_database(store.location):
        print("The bundled demo articles go only into the default store (data/placeline.db);"
              " add yours with `python -m placeline ingest PATH --db "
              f"{shlex.quote(store.location)}`.")
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from placeline.feeds import name_columns
    from placeline.geoparse import Geoparser
    from placeline.ingest import named_and_passed_over, read_paths, read_streams
    from placeline.ingest_runs import WatchedDocuments, recorded_ingest
    from placeline.pipeline import Pipeline, load_corrections
    from placeline.present import counted

    name_columns(text=args.text_column, title=args.title_column, date=args.date_column)
    new = _new_database_file(args)
    store = _store(args)  # (opened before the index is built: see _index_for)
    streams = read_streams(args.paths, sys.stdin.buffer)  # (read once: a pipe gives once)
    if store.read_only:  # (refused first: no note giving a copy beside the error's — review 22)
        raise StoreReadOnlyError(store.location, store.read_only)
    _index_for(store, new)
    _older_index_note(store)
    corrections = load_corrections(store)
    geoparser = Geoparser(geocoder=_geocoder(args, store), corrections=corrections)
    prepared = None  # with Dask, workers clean and geoparse; this process only stores
    if args.workers or args.scheduler:
        if args.online:
            print("--online is ignored with --workers/--scheduler: workers use the offline "
                  "gazetteer and the answers earlier online runs cached, and ask no one "
                  "(one rate limit cannot be shared across machines).", file=sys.stderr)
        from placeline.geocode import known_answers
        from placeline.parallel import prepared_with_dask

        # (the cluster reached and checked before the run is recorded: one that cannot
        # be used had left a run "stopped after 0 of 1 documents read", audit 22)
        prepared = prepared_with_dask(read_paths(args.paths, streams), corrections,
                                      scheduler=args.scheduler, workers=args.workers,
                                      answers=known_answers(store))
        if not prepared.workers:
            print(f"note: {prepared.name} has no workers yet: the ingest waits for one to "
                  "join (`dask worker ADDRESS` on a machine with this placeline)",
                  file=sys.stderr)
    record = _run_record(store, args.paths, streams)
    progress = _ProgressLine(sys.stderr, record.total) if sys.stderr.isatty() else None
    stderr = sys.stderr
    documents = _SlowDocuments(WatchedDocuments(prepared or read_paths(args.paths, streams)),
                               progress or stderr, estimate=prepared is None)
    try:
        if progress is not None:
            sys.stderr = progress  # (what is logged meanwhile goes on lines of its own)
        report = recorded_ingest(Pipeline(store, geoparser), documents, record, progress)
    finally:
        documents.done()
        sys.stderr = stderr
        if progress is not None:
            progress.clear()
    print(report.summary())
    for note in named_and_passed_over(args.paths):
        print(f"  passed over {note.source}: {note.reason}")
    if report.geocoder:
        print(f"warning: {report.geocoder}", file=sys.stderr)
    counts = store.counts()
    if new is not None and not any(counts.values()):
        _unmade(store, new)
    else:
        print(f"Store {store.location}: {counted(counts['articles'], 'article')}, "
              f"{counted(counts['events'], 'event')}, {counted(counts['places'], 'place')}")
    if not report.failed:
        return 0
    return INGEST_PARTIAL if report.added or report.updated or report.duplicates \
        or report.deleted else INGEST_NOTHING


def _index_for(store, new: Path | None) -> None:
    """Build the gazetteer index for an ingest into `store`, opened first (a missing folder,
    a file that is no database refused, a read-only store too): they had been said only
    after the index was built, minutes on a fresh machine. A build that stops (Ctrl-C, an
    error) takes away the database this ingest had just made, empty."""
    from placeline.gazetteer import ensure_index

    try:
        ensure_index(log=lambda m: print(m, file=sys.stderr))
    except BaseException:
        if new is not None:
            _unmade(store, new)
        raise


def _new_database_file(args: argparse.Namespace) -> Path | None:
    """The SQLite file `ingest` is about to create, None where it exists already or the
    store is a server's: a new file that ends with nothing stored in it is taken away again
    (`_unmade`)."""
    target = args.db or database_target()
    if is_server_url(target):
        return None
    path = Path(target)
    return None if path.exists() or path.is_symlink() else path


def _unmade(store, path: Path) -> None:
    """Take away the database this ingest created where it stored nothing (a mistyped
    path, a folder of files placeline cannot read): left behind, the empty file had looked
    like a real store, which `dates` and `export` read without a word, where a missing one
    is "no database at …" (audit 23, item 16). SQLite's files beside it go too, and a
    corrections journal its opening moved aside comes back (`store.restore_journal`)."""
    from placeline.store import restore_journal

    store.close()
    for made in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm",
                                                                     "-journal"))):
        made.unlink(missing_ok=True)
    restore_journal(getattr(store, "retired_journal", None), path)
    print(f"No store made at {path}: nothing was stored (it would have been an empty "
          "database)")


# Seconds between two drawings of `ingest`'s progress line: a terminal redrawn per article
# (hundreds a second) costs more than it tells.
PROGRESS_EVERY = 0.2


class _ProgressLine:
    """"1,200 of 3,000 documents read · story-01577.txt" on standard error, drawn again in
    place as an ingest reads, where standard error is a terminal: a 3,000-file folder had
    said nothing for 35 s, a 100,000-row feed would for 20 minutes, where the Ingest page
    has a bar (audit 21). Not in a cron job's log nor a pipe: only its end is told there.
    It is standard error too while it is drawn (`write`)."""

    def __init__(self, stream, total: int) -> None:
        self._stream, self._total = stream, total
        self._drawn, self._width, self._line = 0, 0, ""
        self._columns = _columns(stream)

    def __call__(self, number: int, source: str) -> None:
        now = time.monotonic()
        if self._drawn and now - self._drawn < PROGRESS_EVERY:
            return
        self._drawn = now
        line = (f"{number:,} of {max(self._total, number):,} documents read · "
                f"{Path(source).name}")[:self._columns - 1]  # (a line that wraps is not
        self._write(line)                                   # drawn over)

    def clear(self) -> None:
        """The line gone, before what is told at the end (or of a Ctrl-C)."""
        if self._width:
            self._write("")
            self._stream.write("\r")
            self._stream.flush()

    def write(self, text: str) -> int:
        """Another's text meanwhile (the pipeline's "failed on …", a library's warning): the
        line is cleared before it, and drawn again under it once it ends a line. Written
        after the line, it had run on from it ("1 of 3 documents read ·
        story-0.txtfailed on …", review 21)."""
        if self._width:
            self.clear()
        self._stream.write(text)
        if text.endswith("\n") and self._line:
            self._write(self._line)
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def __getattr__(self, name: str):
        return getattr(self._stream, name)  # (a stream's other attributes: its encoding, …)

    def _write(self, line: str) -> None:
        self._stream.write("\r" + line.ljust(self._width))
        self._stream.flush()
        self._width = len(line)
        self._line = line or self._line


# Seconds between two notes on one slow document, after the first (SLOW_DOCUMENT_SECONDS,
# which the Ingest page's bar shares).
SLOW_DOCUMENT_AGAIN = 60.0


class _SlowDocuments:
    """An ingest's documents (`ingest_runs.WatchedDocuments`, the tracker the Ingest page's
    bar reads too), each followed by a timer: one still being read after its `after`
    seconds (10) is named on standard error ("still on huge.txt (8.0 MB characters), 10 s
    so far"), then every minute. An 8 MB file had held a batch for 11 minutes with nothing
    said, in a log or a terminal, of which file it was (audit 31 item 1); the progress line
    is drawn only after a document."""

    def __init__(self, watched, stream, again: float = SLOW_DOCUMENT_AGAIN,
                 estimate: bool = True) -> None:
        self._watched, self._stream, self._again = watched, stream, again
        self._estimate = estimate  # (not with Dask: the workers read, elsewhere)
        self._timer: threading.Timer | None = None
        self._lock = threading.RLock()  # (`_tell` arms the next note under it)

    def __iter__(self):
        for document in self._watched:
            self._arm(self._watched.reading, self._watched.after)
            yield document
        self.done()

    def done(self) -> None:
        """No document is being read any longer: no note after this."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            self._timer = None

    def _arm(self, reading: tuple[object, float], delay: float) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(delay, self._tell, (reading,))
            self._timer.daemon = True
            self._timer.start()

    def _tell(self, reading: tuple[object, float]) -> None:
        with self._lock:
            slow = self._watched.slow(after=0.0)  # (its timer said when)
            if self._timer is None or self._watched.reading is not reading or slow is None:
                return  # (it ended meanwhile)
            estimate = self._watched.estimate() if self._estimate else ""
            self._stream.write(f"still on {slow[0]}, {slow[1]:.0f} s so far{estimate}\n")
            self._stream.flush()
            self._arm(reading, self._again)


def _columns(stream) -> int:
    """The width of the terminal a stream writes to (80 where it cannot be asked, or says 0:
    a terminal made by `script` without one around it)."""
    import os

    try:
        return os.get_terminal_size(stream.fileno()).columns or 80
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return 80


def _older_index_note(store) -> None:
    """A note on stderr where an older gazetteer index placed the store's articles (or it
    does not say which), with the command that places them again (`older_index_note`)."""
    from placeline.bootstrap import (
        PLACED_AGAIN,
        older_index_note,
        read_only_copy_note,
        setup_command,
    )

    note = older_index_note(store)
    if note and store.read_only:  # (`setup` on it fails: placed again in a copy)
        print(f"note: {note} {read_only_copy_note(store.location)}.", file=sys.stderr)
    elif note:
        print(f"note: {note} `{setup_command(store.location)}` {PLACED_AGAIN}.",
              file=sys.stderr)


def _run_record(store, paths: list[str], streams: dict | None = None):
    """This ingest's record in the store (`placeline.ingest_runs`), after a note on stderr
    of each ingest that stopped before its end: this one goes on with it when it reads all
    of its input (the same, or the files an upload stopped on), else it is still to be
    finished."""
    from placeline.ingest_runs import (
        WHERE,
        finishes,
        how_far,
        last_count_note,
        path_record,
        stopped_note,
        unfinished,
    )

    record = path_record(store, paths, "cli", streams)
    for run in unfinished(store):
        same = run.get("key") == record.key
        if same or finishes(record, run):
            route = "" if same else f" {WHERE.get(run.get('where'), '')}"
            print(f"note: going on with the ingest of {run.get('input')}{route} that stopped "
                  f"after {how_far(run)}; the articles it stored are skipped"
                  + (f". {last_count_note(run).strip()}" if last_count_note(run) else ""),
                  file=sys.stderr)
        else:
            print(f"note: {stopped_note(run)}", file=sys.stderr)
    return record


# What `ingest PATH` may be: its help had listed "paths" with no word (an audit).
PATHS_HELP = ("files or folders: .txt (first line = title), .html or .htm, .jsonl (one "
              "article object per line: text, and title, date or published, url, id if "
              "any), a feed read item by item (RSS or Atom: .xml, .rss, .atom; a JSON Feed or "
              "an array of article objects: .json; a CSV with a column of text: .csv), .zip "
              "of these; folders are read recursively. - (or a pipe: /dev/stdin, <(...)) is "
              "standard input, read whole, its format told by how it begins (a CSV or TSV by "
              "its header); its articles are named stdin.jsonl#ID, stdin.csv#2, stdin.txt …")

# `ingest`'s exit statuses beyond 0 (everything read) and 2 (an error, as for every command):
# a cron job must notice files it lost (a review: five skipped files exited 0, as none did).
INGEST_NOTHING = 1  # inputs were given, and none could be read
INGEST_PARTIAL = 3  # some were stored (or stored already), others skipped
INGEST_EXITS = ("exit status: 0 every input read (stored, or stored already); 1 none could be "
                "read; 2 an error, said in one line; 3 some inputs were skipped (each listed "
                "with its reason: unreadable, empty, malformed, of an unsupported type), the "
                "rest stored; 130 interrupted by Ctrl-C (what was stored stays)")


def cmd_export(args: argparse.Namespace) -> int:
    from placeline.export import store_table, to_csv, to_geojson

    if args.excel and args.format != "csv":
        raise PlacelineError("--excel is for CSV (a GeoJSON file is UTF-8 by its standard, "
                             "with no byte-order mark)")
    out = _writable(args.out, args.db or database_target()) \
        if args.out not in (None, STDOUT) else None
    store = _existing_store(args)
    _older_index_note(store)
    table = store_table(store, store.events_frame())
    output = to_csv(table, excel=args.excel) if args.format == "csv" else to_geojson(table)
    if out:
        try:
            _write_whole(out, output)
        except OSError as exc:
            from placeline.store import refusal

            why = refusal(out, exc, store=False) or exc.strerror or str(exc)
            raise PlacelineError(f"cannot write {out}: {why}; nothing was written") from exc
        print(f"Wrote {len(table):,} events to {out}", file=sys.stderr)
    else:
        sys.stdout.write(output)
    return 0


STDOUT = "-"  # `export --out -`: standard output, as with no --out


def _write_whole(out: Path, text: str) -> None:
    """`export --out`'s file written under a hidden name beside it, and given its name (over
    the file it replaces) only once whole: a disk that filled had left a GeoJSON cut off
    mid-string under that name, which read as the export (an audit). A pipe or a device
    (`/dev/stdout`) is written as it is; a link, its file."""
    import os
    import uuid

    if out.exists() and not out.is_file():
        out.write_text(text, encoding="utf-8")
        return
    target = out.resolve() if out.is_symlink() else out
    part = target.with_name(f".{target.name}.unfinished-{uuid.uuid4().hex[:8]}")
    try:
        with open(part, "x", encoding="utf-8") as file:
            file.write(text)
        if target.exists():
            shutil.copymode(target, part)  # (its permissions, as written in place)
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def _writable(out: str, store: str | Path) -> Path:
    """--out, checked before the store is read: a long export must not fail at its end,
    and never writes over a database (a review's `--out $PLACELINE_DB` replaced the day's
    store with a CSV, exit 0), its companion files, or a corrections journal."""
    path = Path(out)
    if path.is_dir():
        raise PlacelineError(f"cannot write {out}: it is a folder (give a file name)")
    if not path.parent.is_dir():
        raise PlacelineError(f"cannot write {out}: there is no folder {path.parent}")
    what = _store_file(path, store)
    if what:
        raise PlacelineError(f"cannot write {out}: it is {what}; give another file name")
    return path


def _store_file(path: Path, store: str | Path) -> str:
    """What `path` is to placeline if writing over it would lose data: the store given by
    --db or PLACELINE_DB, a file beside it that belongs to it, any SQLite database or
    corrections journal; "" for anything else."""
    from placeline.store import JOURNAL_SUFFIX, has_sqlite_header, journal_beside, legacy_journal

    if not is_server_url(store):
        database = Path(store)
        companions = {"": "the database", "-wal": "the write-ahead log of the database",
                      "-shm": "the shared-memory index of the database",
                      "-journal": "the rollback journal of the database"}
        for suffix, what in companions.items():
            if _same_file(path, database.with_name(database.name + suffix)):
                return f"{what} {store} (named by --db or PLACELINE_DB)"
        if any(_same_file(path, j) for j in (journal_beside(database), legacy_journal(database))):
            return f"the corrections journal of the database {store}"
    if has_sqlite_header(path):
        return "a SQLite database (placeline never writes over one)"
    if path.is_file() and _sqlite_log(path):
        return "a SQLite database's log (its last commits may be only there)"
    if path.is_file() and path.name.endswith(JOURNAL_SUFFIX):
        return "a corrections journal (placeline never writes over one)"
    return ""


def _sqlite_log(path: Path) -> bool:
    """A SQLite write-ahead log (its magic number, 0x377f0682 or 0x377f0683) or a file named
    as another database's log, shared-memory index or rollback journal: writing over any of
    them loses that database's commits (a review)."""
    from placeline.store import file_head

    if path.name.endswith(("-wal", "-shm", "-journal")):
        return True
    return file_head(path, 4) in (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")


def _same_file(path: Path, other: Path) -> bool:
    """One file by any spelling: relative or absolute, through a link, or a hard link."""
    try:
        if path.exists() and other.exists():
            return path.samefile(other)
    except OSError:
        pass
    return path.resolve() == other.resolve()


def cmd_backup(args: argparse.Namespace) -> int:
    """A consistent copy of the store in one new file, safe while the dashboard runs."""
    from placeline.present import counted

    target = args.db or database_target()
    if is_server_url(target):
        from placeline.store_postgres import backup_refused

        raise backup_refused(str(target))
    if is_server_url(args.out):
        raise PlacelineError("backup writes a SQLite file; to copy the store into a "
                             f"PostgreSQL database, use `python -m placeline copy --db {target}"
                             " URL`")
    out = _writable(_backup_name(args.out), target)
    if out.exists() and not out.is_file():
        raise PlacelineError(f"cannot write {args.out}: it is not a regular file (a pipe or a "
                             "device); a backup is a database file, which SQLite writes "
                             "page by page: give a new file's name")
    if out.exists() or out.is_symlink():
        raise PlacelineError(f"cannot write {args.out}: the file exists (backup never writes "
                             "over a file: remove it first or give another name)")
    store = _existing_store(args)
    counts = store.counts()
    _backup_into(store, out)
    print(f"Copied {store.location} to {out}: {counted(counts['articles'], 'article')}, "
          f"{counted(counts['corrections'], 'correction')}, in one file (nothing beside it "
          "is needed: hand it over, or open it with --db or PLACELINE_DB).", file=sys.stderr)
    return 0


# `backup`'s file is written as ".NAME.unfinished-backup-…" beside NAME, as `copy`'s is.
UNFINISHED_BACKUP = ".unfinished-backup-"


def _backup_into(store, out: Path) -> None:
    """The backup under a hidden name beside OUT, given OUT's name once whole (never over a
    file), or nothing: one the disk filled had left a partial database and its -journal
    under OUT, exit 1 in a traceback, and the retry was refused as "the file exists" (an
    audit)."""
    import uuid

    from placeline.store import refusal

    unfinished = out.with_name(f".{out.name}{UNFINISHED_BACKUP}{uuid.uuid4().hex[:8]}")
    try:
        store.backup(unfinished)
        _link_as(unfinished, out, "backup")
    except BaseException as error:
        _remove_with_companions(unfinished)
        why = refusal(unfinished, error, store=False) if isinstance(error, Exception) \
            else None
        if why is not None:
            raise PlacelineError(f"cannot write {out}: {why}; nothing was written") from error
        raise
    unfinished.unlink(missing_ok=True)


def _link_as(unfinished: Path, dest: Path, command: str) -> None:
    """A whole file given its name, never over a file that came meanwhile (a hard link,
    else a rename where the file system has none)."""
    import os

    try:
        os.link(unfinished, dest)  # fails where dest exists: never over a file
    except FileExistsError:
        raise PlacelineError(f"cannot write {dest}: a file of that name was made meanwhile "
                             f"({command} never writes over a file); give another name") \
            from None
    except OSError:  # a file system without hard links
        if dest.exists() or dest.is_symlink():
            raise PlacelineError(f"cannot write {dest}: a file of that name was made "
                                 f"meanwhile ({command} never writes over a file)") from None
        unfinished.rename(dest)


def cmd_copy(args: argparse.Namespace) -> int:
    """The store copied into a new one, either backend: a SQLite file that does not exist
    yet, or a PostgreSQL database (or schema) that holds no store. A team moving to a
    server had no way but to ingest its files again, losing every correction and date set
    by hand (an audit)."""
    from placeline.present import counted

    source = _existing_store(args)
    target, dest = _copy_target(args.out, args.db or database_target())
    try:
        counts = target.copy_from(source)
        if dest is not None:
            _put_in_place(target, dest)
    except BaseException:
        target.close()
        if dest is not None:  # (the unfinished copy: its transaction undone, or it is whole)
            _remove_with_companions(Path(target.location))
        raise
    corrections = counts["corrections"] + counts["date_corrections"]
    print(f"Copied {source.location} to {dest or target.location}: "
          f"{counted(counts['articles'], 'article')}, {counted(corrections, 'correction')} "
          f"(dates set by hand included), {counted(counts['geocode_cache'], 'geocoder answer')}"
          f"; open it with --db or PLACELINE_DB.", file=sys.stderr)
    if dest is not None and (left := _unfinished_copies(dest)):
        print(f"Beside it, left by a copy to {dest.name} that did not finish (killed, or still "
              f"running): {', '.join(p.name for p in left)}, with its -wal and -shm; remove "
              "them once no copy runs.", file=sys.stderr)
    return 0


# A SQLite copy is written as ".NAME.unfinished-copy-…" beside NAME and takes NAME once
# whole: one killed (SIGKILL, a power cut) had left NAME, which the retry then refused as "a
# SQLite database (placeline never writes over one)", not saying it was the copy's own
# unfinished file (review 20b). Hidden, so an ingest of its folder passes over it.
UNFINISHED_COPY = ".unfinished-copy-"


def _copy_target(out: str, source: str | Path):
    """`copy`'s new store, and for a SQLite copy the file it is to become (None for a
    server's): the store is made under an unfinished copy's name beside it."""
    import uuid

    if is_server_url(out):
        from placeline.store_postgres import PostgresStore

        return PostgresStore(out), None
    from placeline.store import SQLiteStore

    path = _writable(_backup_name(out), source)
    if path.exists() or path.is_symlink():
        raise PlacelineError(f"cannot write {out}: the file exists (copy never writes over a "
                             "file: remove it first or give another name)")
    unfinished = path.with_name(f".{path.name}{UNFINISHED_COPY}{uuid.uuid4().hex[:8]}")
    return SQLiteStore(unfinished), path


def _put_in_place(store, dest: Path) -> None:
    """The whole copy given its name, never over a file that came meanwhile; its log folded
    in as it closes, its corrections journal renamed with it (or added to a journal of
    that name left by a store deleted before: its lines name their own store)."""
    import os

    from placeline.store import journal_beside

    unfinished = Path(store.location)
    store.close()  # (the last connection: SQLite writes its -wal into the file and drops it)
    _link_as(unfinished, dest, "copy")
    journal, kept = journal_beside(unfinished), journal_beside(dest)
    if journal.exists():
        if kept.exists():
            with open(kept, "a+b") as out:
                if out.tell():
                    out.seek(-1, os.SEEK_END)
                    if out.read(1) != b"\n":
                        out.write(b"\n")
                out.write(journal.read_bytes())
        else:
            journal.rename(kept)
    _remove_with_companions(unfinished)


def _remove_with_companions(path: Path) -> None:
    """A database file that is not to be, and what SQLite and placeline keep beside it."""
    for suffix in ("", "-wal", "-shm", "-journal", ".corrections.jsonl"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _unfinished_copies(dest: Path) -> list[Path]:
    """The files copies to `dest` that did not finish left beside it (not their logs)."""
    import glob

    from placeline.store import NOT_DATABASES

    pattern = glob.escape(str(dest.with_name(f".{dest.name}{UNFINISHED_COPY}"))) + "*"
    return sorted(p for p in map(Path, glob.glob(pattern)) if not p.name.endswith(NOT_DATABASES))


def _backup_name(out: str) -> str:
    """`backup`'s OUT, unless it is named as SQLite and placeline name a database's
    companions (`-wal`, `-shm`, `-journal`, `.corrections.jsonl`): a copy named
    handover.db.corrections.jsonl took the journal's place of handover.db, whose corrections
    were then appended to the binary file, and its rebuild warned of 139 cut-off lines (an
    audit); as "X-wal" SQLite would take it for the log of X. "-" is no file."""
    from placeline.store import NOT_DATABASES

    if out == STDOUT:
        raise PlacelineError("backup writes a database file, not a stream: give a new "
                             "file's name (export writes to standard output)")
    if Path(out).name.endswith(NOT_DATABASES):
        endings = ", ".join(NOT_DATABASES[:-1]) + f" or {NOT_DATABASES[-1]}"
        raise PlacelineError(f"cannot write {out}: a name ending in {endings} is a "
                             "database's companion's (SQLite's log, placeline's corrections "
                             "journal), which the database beside it would take for its "
                             "own; give another name")
    return out


def _read_jsonl(path: str, scoring: bool = True, gold_spans: bool = False) -> list[dict]:
    """Every row checked first: a bad one stops the command with its file and line. Only
    scoring needs ids (gold is matched to predictions by them): geoparse names a row
    without one `FILE#LINE`, as ingest does (a review found it refused what ingest took).
    Gold spans need "toponyms" on every row: `geoparse --gold-spans` on a file without
    them had printed `"toponyms": []` for each row and exited 0 (audit 22)."""
    from placeline.evaluate import load_annotated

    needs_spans = scoring or (gold_spans and "--gold-spans resolves the spans a file gives")
    return load_annotated(path, needs_spans, ids_required=scoring)


# A geoparse toponym: the text as written ("name") and where, then what it resolved to: the
# place's id, name, kind and country (a review could not tell Berlin, Massachusetts, from
# Berlin, Germany, where geonameid is null: regions, supplement and Natural Earth places).
GEOPARSE_FIELDS = ("start", "end", "name", "lat", "lon", "geonameid", "place_id", "place",
                   "kind", "country", "confidence")


GEOPARSE_HELP = ("Find and resolve the places named in each article of a JSON Lines file, "
                 "offline. One line of JSON per article on standard output: "
                 '{"id": …, "toponyms": [{"start", "end", "name" (as written), "lat", "lon", '
                 '"geonameid", "place_id", "place", "kind", "country", "confidence"}, …]}; '
                 "offsets index the text as given. A name found in the text that no place "
                 'fits is given too, with "lat", "lon", "geonameid", "place_id", "place", '
                 '"kind" and "country" null and "confidence" 0 (--resolved-only leaves it '
                 'out); "geonameid" is null for some places that resolved too (regions, '
                 "Natural Earth features): test \"place_id\". Every row is checked before "
                 "any is read.")
GEOPARSE_EXITS = ("exit status: 0 every row geoparsed; 2 an error (a bad row stops the "
                  "command with FILE:LINE and the reason, before any output)")
EVAL_HELP = ("Geoparse an annotated JSON Lines file and score the result against its gold "
             "toponyms: recognition (exact and overlapping spans: precision, recall, F1) and "
             "resolution (places within 161 km, mean and median distance), with articles per "
             "second. Every row is checked before any is scored; ids must be unique.")
EVAL_EXITS = ("exit status: 0 scored; 2 an error (a bad row, with FILE:LINE and the reason, "
              "or no article to score)")


def cmd_geoparse(args: argparse.Namespace) -> int:
    from placeline.evaluate import mention_json, parse_row
    from placeline.gazetteer import ensure_index
    from placeline.geoparse import Geoparser

    rows = _read_jsonl(args.input, scoring=False, gold_spans=args.gold_spans)
    ensure_index(log=lambda m: print(m, file=sys.stderr))
    geoparser = Geoparser()
    for row in rows:
        mentions = parse_row({"toponyms": [], **row}, geoparser, args.gold_spans)
        toponyms = [{k: v for k, v in mention_json(m).items() if k in GEOPARSE_FIELDS}
                    for m in mentions if m.place is not None or not args.resolved_only]
        print(json.dumps({"id": row["id"], "toponyms": toponyms}, ensure_ascii=False))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from placeline.evaluate import predict, score, warm_rate
    from placeline.gazetteer import ensure_index
    from placeline.geoparse import Geoparser

    rows = _read_jsonl(args.input)
    if not rows:
        raise InputError(args.input, "no articles to score")
    ensure_index(log=lambda m: print(m, file=sys.stderr))
    geoparser = Geoparser()
    predictions, rate = predict(rows, geoparser, gold_spans=args.gold_spans)
    scores = score(rows, predictions)
    scores.articles_per_second = rate
    scores.warm_articles_per_second = warm_rate(rows, geoparser, gold_spans=args.gold_spans)
    if args.json:
        print(json.dumps(scores.as_dict(), indent=2))
    else:
        mode = "gold spans" if args.gold_spans else "end to end"
        print(f"{args.input} ({mode})")
        print(scores.table())
    return 0


def cmd_reprocess(args: argparse.Namespace) -> int:
    """Geoparse the stored articles again; with --online, asking the online geocoder for the
    names the gazetteer lacks that it has not answered yet (an ingest whose geocoder could
    not be reached says to)."""
    from placeline.geocode import unanswered_note
    from placeline.geoparse import Geoparser
    from placeline.pipeline import Pipeline, load_corrections

    store = _existing_store(args)
    geocoder = _geocoder(args, store)
    count = Pipeline(store, Geoparser(geocoder=geocoder,
                                      corrections=load_corrections(store))).reprocess()
    print(f"Reprocessed {count:,} articles")
    note = unanswered_note(geocoder)
    if note:
        print(f"warning: {note}", file=sys.stderr)
    return 0


# `rebuild`'s exit statuses beyond 0 (everything back) and 2 (an error, as for every command):
# a script must tell a partial rebuild from a whole one (a review found both exited 0).
REBUILD_NOTHING = 1  # none of the articles came back
REBUILD_PARTIAL = 3  # some did not, or the damaged file could not say how many it held
REBUILD_EXITS = ("exit status: 0 every article recovered; 1 none recovered; 2 an error, "
                 "said in one line; 3 some articles could not be recovered, or the damaged "
                 "file's list of them is unreadable (the message says how many)")


def cmd_rebuild(args: argparse.Namespace) -> int:
    """A damaged database → a new one from its readable rows, sources and corrections;
    the exit status says whether all, some or none of its articles came back."""
    from placeline.recovery import rebuild

    target = args.db or database_target()
    if is_server_url(target):
        print("error: rebuild repairs a damaged SQLite file; a PostgreSQL server keeps its own"
              " data whole (use its backups).", file=sys.stderr)
        return 2
    report = rebuild(_database_file(target), force=args.force)
    if report.failed:
        return REBUILD_NOTHING
    return REBUILD_PARTIAL if report.incomplete else 0


def cmd_dates(args: argparse.Namespace) -> int:
    """One line per article: date, method, confidence, story id, source, evidence, title.
    The source is the path the article was read from as stored, a JSONL row's "#id" or
    "#LINE" included, and the title follows: a file's name alone had named two quake.txt
    from two folders alike, and a feed's rows whose ids are URLs by their last part ("1",
    "2")."""
    frame = _existing_store(args).articles_frame()
    print("id\tpublished\tmethod\tconfidence\tstory\tsource\tevidence\ttitle")
    for row in frame.sort_values(["story_id", "id"]).itertuples():
        story = "" if row.story_id is None or row.story_id != row.story_id else int(row.story_id)
        # An undated article's date is None, or NaN once pandas mixes it with dates (truthy).
        published = row.published if isinstance(row.published, str) else "-"
        print(f"{row.id}\t{published}\t{row.published_method}\t"
              f"{row.published_confidence:.2f}\t{story}\t{_cell(row.source)}\t"
              f"{_cell(row.published_evidence)}\t{_cell(row.title)}")
    return 0


def _cell(value: object) -> str:
    """A text as one tab-separated cell: its tabs and line breaks as spaces ("" for none)."""
    return " ".join(str(value).split()) if isinstance(value, str) else ""


# `dashboard --help`: it had been Streamlit's (5,000 lines, beginning "If omitted, the target
# script will be assumed to be streamlit_app.py"), nothing of placeline's store or address.
DASHBOARD_HELP = """The map, Articles, Places and Ingest pages: `streamlit run dashboard.py` with
the dashboard's imports done while the browser loads the page. Open the URL it prints
(http://localhost:8501 unless --server.port says otherwise).

The store is data/placeline.db, or the SQLite file or postgresql:// URL in $PLACELINE_DB.
It listens on this machine only: serve others with --server.address 0.0.0.0, ideally
behind a proxy with a login (the Ingest page then offers uploads only, unless
PLACELINE_FOLDER_INGEST=1).

Every later argument goes to Streamlit: --server.port 8502, --server.address ADDRESS,
--server.headless true, … (all of them: `streamlit run --help`)."""


# What the dashboard's first run imports: about a second, which a plain `streamlit run` spends
# after the browser has connected. Imported here once the server is up, while the browser
# loads Streamlit's own scripts, so the first run finds them in sys.modules. Not before: the
# imports would hold the interpreter lock while the server starts, and it answered 0.4 s
# later (first map 3.6 → 3.2 s). Not streamlit_folium: importing it outside the script run
# leaves its component unregistered, and the map never appears.
DASHBOARD_IMPORTS = ("app_common", "folium", "folium.plugins", "placeline.mapview",
                     "placeline.layers", "placeline.snippets", "streamlit.emojis")


def _wait_for_the_server(seconds: float = 30.0) -> None:
    """Until Streamlit's runtime has started (the server is listening), or `seconds`."""
    import time

    from streamlit import runtime
    from streamlit.runtime.runtime import RuntimeState

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if runtime.exists() and runtime.get_instance().state != RuntimeState.INITIAL:
            return
        time.sleep(0.02)


def _skip_component_scan() -> None:
    """At every start Streamlit's runtime reads the metadata of every installed package
    (four parses each) looking for "v2" custom components, ≈ 0.15–0.3 s with 160 packages.
    placeline's pages use none (streamlit-folium is a v1 component, declared when imported),
    so the dashboard's own launcher skips the scan. Left alone if Streamlit renames it."""
    try:
        from streamlit.components.v2 import manifest_scanner
    except ImportError:
        return
    if callable(getattr(manifest_scanner, "scan_component_manifests", None)):
        manifest_scanner.scan_component_manifests = lambda max_workers=None: []


def streamlit_options(given: list[str], config_file: Path | None = None) -> list[str]:
    """The options `streamlit run` gets: the user's, and the address the project's
    `.streamlit/config.toml` (`config_file`) names, else this machine, unless they chose one
    (an option or STREAMLIT_SERVER_ADDRESS). Passed explicitly, since Streamlit reads that file
    only when started from the project's folder; an address edited there is the user's
    choice, not one to override. The Ingest page can read the server's files, so serving the
    network is a choice, not the default (Streamlit's is every interface)."""
    import os

    from placeline.config import DASHBOARD_ADDRESS, PROJECT_ROOT

    chosen = any(a == "--server.address" or a.startswith("--server.address=") for a in given)
    configured = _configured_address(config_file or
                                     PROJECT_ROOT / ".streamlit" / "config.toml")
    if chosen or os.environ.get("STREAMLIT_SERVER_ADDRESS"):
        return list(given)
    return ["--server.address", configured or DASHBOARD_ADDRESS, *given]


def _configured_address(config_file: Path) -> str:
    """`server.address` in a Streamlit config file, "" when it has none or cannot be read
    (then the safe default applies)."""
    import tomllib

    try:
        settings = tomllib.loads(config_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    address = settings.get("server", {}).get("address", "")
    return address.strip() if isinstance(address, str) else ""


def cmd_dashboard(args: argparse.Namespace) -> int:
    import importlib
    import threading

    from streamlit.web import cli as streamlit_cli

    from placeline.config import PROJECT_ROOT

    sys.path.insert(0, str(PROJECT_ROOT))

    def warm() -> None:
        _wait_for_the_server()
        for name in DASHBOARD_IMPORTS:
            importlib.import_module(name)

    _skip_component_scan()
    threading.Thread(target=warm, name="placeline-warm-imports", daemon=True).start()
    sys.argv = ["streamlit", "run", str(PROJECT_ROOT / "dashboard.py"),
                *streamlit_options(args.streamlit_args)]
    return streamlit_cli.main(prog_name="streamlit")


def _asks_help(streamlit_args: list[str]) -> bool:
    """Whether `dashboard`'s arguments ask for its help (before a "--", after which they are
    the script's)."""
    given = streamlit_args[:streamlit_args.index("--")] if "--" in streamlit_args \
        else streamlit_args
    return "-h" in given or "--help" in given


def _at_least_one(text: str) -> int:
    """A count of processes: Dask's local cluster waits forever for a negative number."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def _lower_if_known(text: str) -> str:
    """A format's name in any case ("CSV", "GeoJSON" had been refused); one not known, as
    written, for the error to show."""
    return text.lower() if text.lower() in ("csv", "geojson") else text


def _given(text: str) -> str:
    """A path or store as given, unless it is empty: `ingest "$FEED_DIR"` with the variable
    unset read the working folder (an audit: the project's own, 1,363 articles, its test
    probes and requirements.txt among them), and an empty --db meant another store."""
    if not text.strip():
        shown = f" ({text!r})" if text else ""
        raise argparse.ArgumentTypeError(f"an empty path was given{shown}: is a variable unset?")
    return text


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors say "did you mean" where a close option or command
    exists; a command's parser reports an option it does not know itself, with its own
    usage. argparse leaves those to the top parser, whose usage is the list of commands:
    `reprocess --dbb x` had shown it, not reprocess's --db (audit 29)."""

    def parse_known_args(self, args=None, namespace=None):
        namespace, extras = super().parse_known_args(args, namespace)
        if extras and getattr(self, "_a_command", False):
            self.error(f"unrecognized arguments: {' '.join(extras)}"
                       f"{self._did_you_mean(extras)}")
        return namespace, extras

    def _did_you_mean(self, extras: list[str]) -> str:
        known = [option for action in self._actions for option in action.option_strings]
        for extra in extras:
            if extra.startswith("-"):
                close = difflib.get_close_matches(extra.split("=", 1)[0], known, n=1,
                                                  cutoff=0.6)
                if close:
                    return f" (did you mean {close[0]}?)"
        return ""

    def error(self, message: str):
        choice = re.match(r"argument [^:]+: invalid choice: '([^']*)' \(choose from (.*)\)$",
                          message)
        if choice:
            close = difflib.get_close_matches(choice[1], re.findall(r"'([^']*)'", choice[2]),
                                              n=1, cutoff=0.6)
            if close:
                message += f" (did you mean {close[0]}?)"
        super().error(message)


class _CommandParser(_Parser):
    _a_command = True


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="placeline", description=__doc__,
                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_CommandParser)

    def with_db(p: argparse.ArgumentParser, sqlite_only: bool = False,
                ) -> argparse.ArgumentParser:
        if sqlite_only:  # (`rebuild` and `backup` refuse a URL: their help offered one)
            p.add_argument("--db", type=_given, metavar="FILE", help="SQLite file (default: "
                           "data/placeline.db, or $PLACELINE_DB)")
        else:
            p.add_argument("--db", type=_given, help="SQLite file or postgresql:// URL "
                           "(default: data/placeline.db, or $PLACELINE_DB)")
        return p

    with_db(sub.add_parser("setup", help="build indexes and assets, load bundled data")) \
        .set_defaults(func=cmd_setup)
    p = sub.add_parser("dashboard", help="start the dashboard; later arguments go to "
                       "streamlit (e.g. --server.port 8502)", description=DASHBOARD_HELP,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("streamlit_args", nargs=argparse.REMAINDER, metavar="STREAMLIT OPTION",
                   help="any option of `streamlit run --help`")
    p.set_defaults(func=cmd_dashboard)
    p = with_db(sub.add_parser("ingest", help="add articles from files or folders",
                               epilog=INGEST_EXITS))
    p.add_argument("paths", nargs="+", type=_given, metavar="PATH", help=PATHS_HELP)
    p.add_argument("--online", action="store_true",
                   help="ask Nominatim for names the offline gazetteer lacks")
    p.add_argument("--workers", type=_at_least_one,
                   help="clean and geoparse on a local Dask cluster of this many processes")
    p.add_argument("--scheduler", help="address of a running Dask scheduler to use instead")
    for field, what in (("text", "the article's text"), ("title", "its title"),
                        ("date", "its publication date")):
        p.add_argument(f"--{field}-column", metavar="NAME",
                       help=f"the CSV column or JSONL field holding {what}, where its name is "
                            "none placeline reads (in any case)")
    p.set_defaults(func=cmd_ingest)
    p = with_db(sub.add_parser("export", help="events as CSV or GeoJSON"))
    p.add_argument("--format", choices=["csv", "geojson"], required=True, type=_lower_if_known,
                   help="csv (a row per event: place, dates, snippet, source) or geojson "
                        "(a point per event); in any case (CSV, GeoJSON)")
    p.add_argument("--out", help="file to write (default, or -: stdout)")
    p.add_argument("--excel", action="store_true",
                   help="a CSV for a spreadsheet: begin it with UTF-8's byte-order mark, by "
                        "which Excel reads its accents and curly quotes right (a script "
                        "reading UTF-8 would find the mark in its first column name), and "
                        "begin a cell that a spreadsheet would run as a formula (=, +, -, @ "
                        "first) with an apostrophe; without it every cell is the text as "
                        "written, for scripts and GIS tools")
    p.set_defaults(func=cmd_export)
    p = with_db(sub.add_parser(
        "backup", help="copy the store into one new file, safe while the dashboard runs",
        description="A consistent copy of a SQLite store (SQLite's online backup: what is "
                    "still in its -wal log included) in one new file, while the dashboard "
                    "and ingests go on. A plain copy of the .db may lack the latest "
                    "articles and corrections. For a PostgreSQL store use pg_dump."),
                sqlite_only=True)
    p.add_argument("out", metavar="OUT", help="the new file (never one that exists)")
    p.set_defaults(func=cmd_backup)
    p = with_db(sub.add_parser(
        "copy", help="copy the store into a new one, SQLite or PostgreSQL, either way round",
        description="Every article (ids kept), correction, date set by hand, answer of the "
                    "online geocoder and setting of the store (--db) into a new store: a "
                    "SQLite file that does not exist yet, or a postgresql:// URL of a "
                    "database or schema that holds no store. Read from one consistent state "
                    "while others write; the new store has an id of its own, and a SQLite "
                    "copy journals its corrections beside it."))
    p.add_argument("out", metavar="DEST", help="a new SQLite file, or a postgresql:// URL")
    p.set_defaults(func=cmd_copy)
    p = sub.add_parser("geoparse", help="JSONL in, JSONL toponyms out",
                       description=GEOPARSE_HELP, epilog=GEOPARSE_EXITS)
    p.add_argument("input", type=_given, metavar="INPUT",
                   help='a JSON Lines file, one article a line: {"id": …, "text": …} (an '
                        'id is optional: a row without one is named INPUT#LINE); - reads '
                        "standard input")
    p.add_argument("--gold-spans", action="store_true",
                   help='resolve only the spans each row\'s "toponyms" give ({"start", '
                        '"end"} offsets into its text), not the names found in the text')
    p.add_argument("--resolved-only", action="store_true",
                   help="leave out the names no place fits (by default they are given with "
                        "null coordinates and place, and confidence 0: recognition found "
                        "them, and --gold-spans gives one toponym for each span)")
    p.set_defaults(func=cmd_geoparse)
    p = sub.add_parser("eval", help="score recognition and resolution on annotated JSONL",
                       description=EVAL_HELP, epilog=EVAL_EXITS)
    p.add_argument("input", type=_given, metavar="INPUT",
                   help='an annotated JSON Lines file, one article a line: {"id": …, '
                        '"text": …, "toponyms": [{"start": …, "end": …, "lat": …, "lon": '
                        "…}, …]} (offsets into the text; coordinates optional, scoring "
                        "resolution where given); - reads standard input")
    p.add_argument("--gold-spans", action="store_true",
                   help="resolve the gold spans only, scoring resolution alone (not "
                        "recognition)")
    p.add_argument("--json", action="store_true",
                   help="print the scores as one JSON object (precision, recall, F1, "
                        "distances, articles per second), not a table")
    p.set_defaults(func=cmd_eval)
    p = with_db(sub.add_parser("reprocess", help="geoparse stored articles again"))
    p.add_argument("--online", action="store_true",
                   help="ask Nominatim for names the offline gazetteer lacks (those it has "
                        "not answered before)")
    p.set_defaults(func=cmd_reprocess)
    p = with_db(sub.add_parser("rebuild", help="rebuild a damaged database, keeping corrections",
                               epilog=REBUILD_EXITS), sqlite_only=True)
    p.add_argument("--force", action="store_true",
                   help="rebuild a sound database too (it is left as it is otherwise); never "
                        "while another process has it open")
    p.set_defaults(func=cmd_rebuild)
    with_db(sub.add_parser(
        "dates", help="publication dates, methods and story ids",
        description="One tab-separated line per article: id, published, method, confidence, "
                    "story, source (the path it was read from, a JSONL row's #id or #LINE "
                    "included; upload:NAME for an upload), evidence, title.")) \
        .set_defaults(func=cmd_dates)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["dashboard"] and not _asks_help(argv[1:]):  # everything after it is
        return cmd_dashboard(argparse.Namespace(streamlit_args=argv[1:]))  # streamlit's
    args = build_parser().parse_args(argv)
    outputs = _Output(sys.stdout, args.command), _Output(sys.stderr, args.command)
    streams, (sys.stdout, sys.stderr) = (sys.stdout, sys.stderr), outputs
    handlers = _stoppable()
    try:
        return args.func(args)
    except BrokenPipeError:
        if not any(output.gone for output in outputs):
            raise  # (a pipe of its own work: a Dask worker's, a server's)
        return 0  # a command that only reads stops when its reader has gone (`dates | head`)
    except KeyboardInterrupt as interrupt:
        # One line, not a traceback: an interrupted ingest says what it stored and how to
        # go on (IngestInterrupted), a rebuild where its damaged file is; 130 is a shell's
        # code for a command ended by Ctrl-C. The warnings about stored articles are shown
        # too: a run that goes on skips those articles and would never say them again.
        report = getattr(interrupt, "report", None)
        for warning in getattr(report, "warnings", []):
            print(f"  warning {warning.source}: {warning.reason}", file=sys.stderr)
        print(f"\n{interrupt}" if str(interrupt) else "\ninterrupted", file=sys.stderr)
        return 143 if isinstance(interrupt, Terminated) or isinstance(
            interrupt.__context__, Terminated) else 130
    except Exception as error:
        known = error if isinstance(error, PlacelineError) else _damaged_store(error, args)
        if known is None:
            raise
        report = getattr(known, "report", None)  # (an ingest the store stopped, as Ctrl-C)
        for warning in getattr(report, "warnings", []):
            print(f"  warning {warning.source}: {warning.reason}", file=sys.stderr)
        print(f"error: {known}", file=sys.stderr)
        return 2
    finally:
        sys.stdout, sys.stderr = streams
        for number, handler in handlers.items():
            signal.signal(number, handler)


class Terminated(KeyboardInterrupt):
    """SIGTERM, as `kill PID`, `systemctl stop` and `docker stop` send it, read as Ctrl-C."""


def _terminate(number: int, frame: object) -> None:
    raise Terminated


def _stoppable() -> dict[int, object]:
    """Make Ctrl-C and SIGTERM stop a command as Ctrl-C in its terminal does: an ingest says
    what it stored and how to go on. A shell starts a background job (`… &` in a script)
    with SIGINT ignored, and Python then raises nothing on it, so the `kill -INT PID` the
    Ingest page names did nothing (audit 24b); SIGTERM ended the run without a word, its
    record left "running". Returns the handlers replaced (restored after the command)."""
    if threading.current_thread() is not threading.main_thread():
        return {}
    replaced = {signal.SIGINT: signal.signal(signal.SIGINT, signal.default_int_handler)}
    replaced[signal.SIGTERM] = signal.signal(signal.SIGTERM, _terminate)
    return replaced


# Commands that write the store: they go on to their end whatever becomes of their output, and
# exit with their own status. `ingest … | head -2` had exited 0 when nothing was read (its
# status 1 lost in the broken pipe of its report), and a note on stderr at its start, in a
# pipe already closed, would have ended it before it began (an audit).
WRITERS = frozenset({"setup", "ingest", "backup", "reprocess", "rebuild"})


class _Output:
    """Standard output or error for one command, whose reader may go away (`| head`). Once
    it has, what follows is dropped (a command that writes the store goes on), or the
    command stops there (one that only reads: it has nothing more to do)."""

    def __init__(self, stream, command: str) -> None:
        self._stream = stream
        self._going_on = command in WRITERS
        self.gone = False

    def write(self, text: str) -> int:
        if not self.gone:
            self._attempt(self._stream.write, text)
        return len(text)

    def flush(self) -> None:
        if not self.gone:
            self._attempt(self._stream.flush)

    def _attempt(self, action, *args) -> None:
        try:
            action(*args)
        except BrokenPipeError:
            self.gone = True
            _to_nowhere(self._stream)
            if not self._going_on:
                raise

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def _to_nowhere(stream) -> None:
    """Send what a stream still holds, and will be given, to the null device: Python flushes
    it at exit, into the closed pipe ("Exception ignored … BrokenPipeError")."""
    import os

    try:
        nowhere = os.open(os.devnull, os.O_WRONLY)
        os.dup2(nowhere, stream.fileno())
        os.close(nowhere)
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass  # (a stream without a descriptor of its own: nothing is flushed at exit)


def _damaged_store(error: Exception, args: argparse.Namespace) -> StoreCorruptError | None:
    """SQLite's "malformed" or "not a database" met while a command reads: the damage is
    in a page opening the file did not touch. Told as a damaged file found on opening is,
    with the way out (a locked or busy database is not damage, and stays as it is)."""
    import sqlite3

    if not isinstance(error, sqlite3.DatabaseError) or "db" not in args:
        return None
    if getattr(error, "sqlite_errorcode", 0) & 0xFF not in (sqlite3.SQLITE_CORRUPT,
                                                            sqlite3.SQLITE_NOTADB) and \
            not str(error).startswith("Could not decode to UTF-8"):
        return None  # (every text placeline writes is UTF-8: bytes that are not are damage)
    target = args.db or database_target()
    return None if is_server_url(target) else StoreCorruptError(Path(target), str(error))
