"""What each ingest did and how far it got, kept in the store, and ingests that go on in a
thread of their own.

An ingest started on the Ingest page ran in the page's script, which Streamlit stops when the
user opens another page (or touches a widget): 600 documents given, 364 stored, and nothing
said so anywhere (audit 19). Now every ingest — the page's and the CLI's — keeps a record in
the store's `meta` (`RUN_PREFIX` + its id): its input, how many documents it was given and
has read, and its state, written with each group of articles it commits (so "read" is never
ahead of what is stored, nor behind) and at its end. A run still "running"
whose process is gone (a server stopped, a killed process) was interrupted. A run that did
not end, with no later run of the same input that did, is told on the Ingest page, the map
and Articles pages and by the CLI's `ingest`: running the same input again finishes it, as
stored articles are skipped, and so does any run that reads it all to its end (the uploaded
file, the same bytes, ingested by `ingest`, a folder that holds it): the stopped run is then "superseded". The page runs its ingest in a `BackgroundIngest` thread, which
a rerun or another page leaves going; the page follows its progress while it is shown.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import re
import socket
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from placeline.errors import PlacelineError, StoreUnavailableError
from placeline.ingest import UPLOAD, Stream, count_documents, count_documents_in, iter_paths
from placeline.present import counted

if TYPE_CHECKING:  # (the map and Articles pages read the records; they need no pipeline)
    from placeline.errors import InputError
    from placeline.ingest import RawDocument
    from placeline.pipeline import IngestReport, Pipeline, Prepared
    from placeline.store import Store

log = logging.getLogger(__name__)
RUN_PREFIX = "ingest_run:"
# An upload's record keeps its files' [name, size, digest] (`_digest`): a file of one of
# their names finishes it only if it holds that content (`finishes`).
CONTENTS = "contents"
KEPT_RUNS = 20  # the latest records kept; older ones that ended are removed
# A run on another machine (a shared PostgreSQL store) not heard from for this long is said
# to have stopped: its process cannot be asked.
SILENT_AFTER = dt.timedelta(hours=1)
# A run whose record was written within this long is alive enough for its note to name its
# process (`stop_note`): an ingest writes it with each group of articles it commits, every
# half second or so, and its longest silences are a dating round (2 s for 1,000 articles of
# a 3,000-row feed) and an article that waits on an online geocoder or the store's lock.
LIVELY = dt.timedelta(minutes=5)
# What tells a process of this machine from one that took its pid after it ended: when it
# started, in clock ticks since boot (/proc/PID/stat), kept in the record where /proc has it.
PID_START = "pid_start"
WHERE = {"cli": "from the command line", "page": "from the Ingest page"}

Documents = Iterable["RawDocument | Prepared | InputError"]
Progress = Callable[[int, str], None]


def _now(timespec: str = "seconds") -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec=timespec)


@dataclass
class RunRecord:
    """One ingest's record in the store: `start`, `tick` per document, `finish`."""

    store: Store
    label: str  # its input as the user gave it ("feeds/", "synth600.jsonl, b.txt")
    key: str  # its input resolved, so that a run of the same input again is known
    total: int
    where: str  # "cli" or "page"
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    read: int = 0
    last: str = ""
    values: dict = field(default_factory=dict)
    # What it reads (`path_record`, `upload_record`): the resolved paths of its files here,
    # "upload:NAME" for an upload. Not kept: read at its end, to know the runs it finishes.
    files: frozenset[str] = frozenset()
    # Its uploads' (name, bytes), to tell at its end whether they hold a stopped run's files
    # (`finishes`); let go then. Their digests are kept (`CONTENTS`).
    uploads: tuple[tuple[str, bytes], ...] = ()

    def start(self) -> RunRecord:
        self._prune()
        self.values = {"id": self.id, "input": self.label, "key": self.key,
                       "where": self.where, "total": self.total, "read": 0, "last": "",
                       "state": "running", "started": _now("microseconds"), "heard": _now(),
                       "pid": os.getpid(), "host": socket.gethostname()}
        if (stat := _stat(os.getpid())) is not None:
            self.values[PID_START] = stat[1]
        if self.uploads:
            self.values[CONTENTS] = [[name, len(data), _digest(data)]
                                     for name, data in self.uploads]
        self._write()
        return self

    def tick(self, number: int, source: str) -> None:
        """A document read (recorded by `heard`)."""
        self.read, self.last = number, source

    def heard(self) -> None:
        """How far it got, written in the transaction of each group of articles it commits
        (every 0.5 s or 200 articles at most): a run whose process ends never says it read
        more, or less, than it stored."""
        self._write()

    def finish(self, state: str, report: IngestReport | None = None,
               error: str = "", ended_by: str = "") -> None:
        """Its end: "done", "interrupted" or "failed", with what it stored (and, stopped,
        by what: `STOPPED`)."""
        self.values.update(state=state, ended=_now(), error=error)
        if ended_by:
            self.values["ended_by"] = ended_by
        if report is not None:
            self.values.update(added=len(report.added), updated=len(report.updated),
                               duplicates=len(report.duplicates), skipped=len(report.failed),
                               unstored=report.unstored, **_warnings_kept(report))
        try:
            self._write()
            if state == "done":
                self._supersede()
        except PlacelineError as refused:  # (the store that failed the run, full, fails
            log.info("could not record the end of ingest run %s: %s", self.id, refused)
            # this too: the run's own error says so, in one line, not in a traceback here)
            _UNWRITTEN_ENDS[self.id] = dict(self.values)
        except Exception:
            log.warning("could not record the end of ingest run %s", self.id, exc_info=True)
            _UNWRITTEN_ENDS[self.id] = dict(self.values)
        finally:
            self.uploads = ()  # (the page keeps the record; 100 MB an upload)

    def _supersede(self) -> None:
        """The earlier runs that stopped before their end and whose whole input this one,
        ended, has read, by another route: "superseded", no longer told. An upload stopped
        half-way and then the same file ingested to its end by `ingest` had still been told
        on every page, asking the user to finish what was done (a review)."""
        for run in unfinished(self.store):
            if run["id"] != self.id and run["started"] < self.values["started"] \
                    and finishes(self, run):
                self.store.set_setting(RUN_PREFIX + run["id"], json.dumps({
                    **run, "state": "superseded", "superseded_by": self.id,
                    "superseded_at": _now()}))

    def _write(self) -> None:
        self.values.update(read=self.read, last=Path(self.last).name, heard=_now())
        self.store.set_setting(RUN_PREFIX + self.id, json.dumps(self.values))

    def _prune(self) -> None:
        """Only the latest KEPT_RUNS records that ended stay."""
        ended = sorted((run for run in runs(self.store) if run["state"] != "running"),
                       key=lambda run: run["started"], reverse=True)
        for run in ended[KEPT_RUNS - 1:]:
            self.store.remove_setting(RUN_PREFIX + run["id"])


    @property
    def stopped(self) -> bool:
        """Whether it ended by its Stop button."""
        return self.values.get("ended_by") == STOPPED


# How a run stopped on the Ingest page ended, in its note ("stopped after 120 of 3,000
# documents read (stopped with its Stop button; …)"): a mistaken folder of thousands of
# files had run to its end, nothing but the server's end could stop it (audit 21).
STOPPED = "stopped with its Stop button"


# Seconds one document may take before an ingest names it: the CLI's `ingest` on standard
# error, the Ingest page in its progress bar (`BackgroundIngest.slow`).
SLOW_DOCUMENT_SECONDS = 10.0


def document_name(document, short: bool = False) -> str:
    """A document's source and, for a long text, its length ("huge.txt (8.0 MB
    characters)"); `short`, its file's name alone (the page's bar: a folder's path is long)."""
    source = str(getattr(document, "source", document))
    if short:
        source = Path(source).name or source
    text = getattr(document, "text", None)
    if isinstance(text, str) and len(text) >= 100_000:
        return f"{source} ({len(text) / 1e6:.1f} MB characters)"
    return source


class WatchedDocuments:
    """An ingest's documents, each kept in `reading` with the moment it was handed out (the
    pipeline takes the next once done with this one: the last handed out is the one being
    read). The one tracker the CLI's notes on standard error and the Ingest page's bar
    both read (`slow`); each had kept its own (review 30)."""

    def __init__(self, documents: Documents, after: float | None = None) -> None:
        self._documents = documents
        self._after = after  # (None: SLOW_DOCUMENT_SECONDS, read when asked)
        # the document being read and when it was handed out; None before the first and
        # after the last (read from another thread, never waited on)
        self.reading: tuple[object, float] | None = None
        self.cpu_at_start = 0.0  # this process's processor seconds when it was handed out

    @property
    def after(self) -> float:
        """Seconds before a document is called slow."""
        return SLOW_DOCUMENT_SECONDS if self._after is None else self._after

    def __iter__(self):
        try:
            for document in self._documents:
                self.cpu_at_start = time.process_time()
                self.reading = (document, time.monotonic())
                yield document
        finally:
            self.reading = None

    def estimate(self) -> str:
        """How far the document being read has got, told from the processor time it has had
        (`expected_note`); "" when none is being read."""
        reading = self.reading
        if reading is None:
            return ""
        return expected_note(reading[0], time.process_time() - self.cpu_at_start)

    def slow(self, short: bool = False, after: float | None = None) -> tuple[str, float] | None:
        """The name of the document being read and its seconds so far, when it has taken
        `after` (its own) seconds or more (None otherwise, and once the last is done)."""
        reading = self.reading
        if reading is None:
            return None
        seconds = time.monotonic() - reading[1]
        enough = self.after if after is None else after
        return (document_name(reading[0], short), seconds) if seconds >= enough else None


# Processor seconds one document takes by its length: EXPECTED_CPU * MB ** EXPECTED_POWER,
# fitted to `bench/document_shapes.py article` (audit 33's article 06 repeated) on a 2-core
# machine in the thirty-second session: 0.6, 2.2, 4.6, 8.9, 19.1 and 39.6 s for 0.125, 0.5,
# 1, 2, 4 and 8 MB in-process. (Before it, two lookups passed over the whole text once per
# name or per question, and the time grew as MB ** 1.75: 135 s for 2 MB.)
EXPECTED_CPU = 4.6
EXPECTED_POWER = 1.03


def expected_cpu(characters: int) -> float:
    """Processor seconds a text of `characters` takes to ingest, as measured (about)."""
    return EXPECTED_CPU * (characters / 1e6) ** EXPECTED_POWER


def expected_note(document: object, cpu: float) -> str:
    """For a long text, what it is expected to take and how far it has got by the processor
    time it has had (`cpu`): on a busy machine the wall clock says little (audit 33: 21
    minutes for 9.5 MB, 10 of them on the processor, with no word of how far it was, so
    the user could not tell whether to wait). The pipeline reports no progress within a
    text, so the share is the processor time had of that expected; "" for a short one."""
    text = getattr(document, "text", None)
    if not isinstance(text, str) or len(text) < 100_000:
        return ""
    expected = expected_cpu(len(text))
    share = min(cpu / expected, 0.99) if expected else 0.0
    return (f"; {cpu:.0f} s of processor time so far of the about {_duration(expected)} a "
            f"text this long takes (about {share:.0%} done)")


def _duration(seconds: float) -> str:
    return f"{seconds:.0f} s" if seconds < 120 else f"{seconds / 60:.0f} min"


def progress_text(number: int, total: int, source: str, slow: tuple[str, float] | None) -> str:
    """The Ingest page's bar: documents read, the last one read, and the one being read
    when it has taken SLOW_DOCUMENT_SECONDS or more (`BackgroundIngest.slow`): an 8 MB
    article had held the bar on the document before it for minutes, the page saying
    nothing of which (UI 56; the CLI said it since huge54). Plain text: the page escapes it."""
    text = f"{number:,} of {max(total, number):,} documents read"
    if source:
        text += f" · {Path(source).name}"
    if slow is not None:
        text += f" · still on {slow[0]}, {slow[1]:.0f} s so far"
    return text


class _Until:
    """Documents until `asked` is set, looked at between them: the article being read is
    stored whole, and the ingest ends as at its input's end (what it stored is dated by
    its stories). `cut` says whether documents were left unread."""

    def __init__(self, documents: Documents, asked: threading.Event) -> None:
        self._documents, self._asked = documents, asked
        self.cut = False

    def __iter__(self):
        documents = iter(self._documents)
        for item in documents:  # (the next one taken first: none left is no cut)
            if self._asked.is_set():
                self.cut = True
                getattr(documents, "close", lambda: None)()  # (its open file closed now)
                return
            yield item


def recorded_ingest(pipeline: Pipeline, documents: Documents, record: RunRecord,
                    progress: Progress | None = None,
                    stop: threading.Event | None = None) -> IngestReport:
    """`pipeline.ingest(documents)`, its progress and end kept in `record`; `stop`, once
    set, ends it between two documents, recorded as stopped (`STOPPED`)."""
    from placeline.pipeline import IngestInterrupted

    record.start()
    if stop is not None:
        documents = _Until(documents, stop)

    def tick(number: int, source: str) -> None:
        record.tick(number, source)
        if progress:
            progress(number, source)

    try:
        report = pipeline.ingest(documents, progress=tick, before_commit=record.heard)
    except IngestInterrupted as stopped:
        record.finish("interrupted", stopped.report)
        raise
    except BaseException as error:
        record.finish("failed" if isinstance(error, Exception) else "interrupted",
                      getattr(error, "report", None),  # (`IngestFailed`'s: what it stored)
                      # (`IngestFailed`'s refusal alone: its counts are the record's)
                      error=str(getattr(error, "failure", error)) or type(error).__name__)
        raise
    if isinstance(documents, _Until) and documents.cut:
        record.finish("interrupted", report, ended_by=STOPPED)
    else:
        record.finish("done", report)
    return report


def runs(store) -> list[dict]:
    """Every kept run, newest first; one "running" whose process is gone is "interrupted"
    (its process ended)."""
    found = []
    for value in store.settings_under(RUN_PREFIX).values():
        try:
            run = json.loads(value)
        except json.JSONDecodeError:
            continue
        if isinstance(run, dict) and {"id", "state", "started"} <= run.keys():
            found.append(_as_now(run))
    return sorted(found, key=lambda run: run["started"], reverse=True)


# The ends this process's runs had and the store did not take (`RunRecord.finish`), by run:
# an Ingest page's run whose database server was lost as it ended stayed "running" in its
# record, told as under way and followed by the page until the server was restarted (audit
# 22). Told as they ended here; a new process tells them as runs whose process ended.
_UNWRITTEN_ENDS: dict[str, dict] = {}


def _as_now(run: dict) -> dict:
    if run["state"] != "running":
        return run
    if run["id"] in _UNWRITTEN_ENDS:
        return {**run, **_UNWRITTEN_ENDS[run["id"]]}
    if run.get("host") == socket.gethostname():
        gone = not _alive(run.get("pid")) or _its_process(run) is False
    else:
        heard = dt.datetime.fromisoformat(run.get("heard") or run["started"])
        gone = dt.datetime.now(dt.UTC) - heard > SILENT_AFTER
    return {**run, "state": "interrupted", "ended_by": PROCESS_ENDED} if gone else run


def _alive(pid: object) -> bool:
    """Whether a process of this machine is running (a Windows pid cannot be asked so)."""
    if not isinstance(pid, int) or os.name == "nt":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _its_process(run: dict) -> bool | None:
    """Whether the process of this machine numbered as `run`'s is still its own, where /proc
    tells: one that started as its record says (`PID_START`), or for a record kept without
    that, a command line's `placeline ingest`; None where it cannot tell. A crash had left a
    record "running", its pid since taken by another process (the dashboard's own, a
    `sleep`), and the Ingest page told to `kill -INT` it (review 22)."""
    pid = run.get("pid")
    if not isinstance(pid, int):
        return None
    if isinstance(run.get(PID_START), int):
        stat = _stat(pid)
        return None if stat is None else stat == ("alive", run[PID_START])
    if run.get("where") != "cli":  # (a server's command line may be any)
        return None
    command = _proc(pid, "cmdline")
    if command is None:
        return None
    words = command.decode(errors="replace").split("\0")
    return "ingest" in words and any(_PLACELINE.search(word) for word in words)


# `python -m placeline`, `python -m placeline.cli`, the `placeline` script, its path.
_PLACELINE = re.compile(r"(^|/)placeline(\.cli|/__main__\.py|/cli\.py)?$")


def _stat(pid: int) -> tuple[str, int] | None:
    """Whether a process of this machine is "alive" or has ended (a zombie, not yet waited
    for), and when it started (the 3rd and 22nd fields of /proc/PID/stat, after its name in
    parentheses); None where /proc cannot tell."""
    stat = _proc(pid, "stat")
    try:
        fields = stat[stat.rindex(b")") + 2:].split() if stat else []
        return ("ended" if fields[0] in (b"Z", b"X") else "alive"), int(fields[19])
    except (ValueError, IndexError):
        return None


def _proc(pid: int, name: str) -> bytes | None:
    """/proc/PID/NAME, None where it cannot be read (no /proc, the process gone, hidden)."""
    try:
        with open(f"/proc/{pid}/{name}", "rb") as stream:
            return stream.read()
    except OSError:
        return None


def unfinished(store) -> list[dict]:
    """Runs that stopped before their end, newest first, with no later run of the same input
    that ended ("done" or not), nor one of another route that read all of it ("superseded"):
    those whose rest may still be missing."""
    found, later = [], []
    for run in runs(store):  # (newest first)
        if run["state"] in {"interrupted", "failed"} and \
                not any(_same_input(run, other) for other in later):
            found.append(run)
        if run["state"] != "running":
            later.append(run)
    return found


def told_and_finished(store, told: Iterable[str]) -> bool:
    """Whether a run whose stopped note a page drew (`told`, the ids) is no longer
    `unfinished`: an ingest of its input finished it, and the note is stale (audit 36: it
    stayed beside "Done" until the page was reloaded)."""
    return bool(set(told) - {run["id"] for run in unfinished(store)})


def _same_input(run: dict, other: dict) -> bool:
    """Whether two runs were given the same input: the same files here, or uploads of the
    same names and, where both kept them, contents (yesterday's feed.jsonl uploaded after
    today's had stopped is no run of it again: review 20). An upload of the same file grown
    since is told by `finishes`."""
    if run.get("key") != other.get("key"):
        return False
    mine, theirs = _contents(run), _contents(other)
    return mine is None or theirs is None or sorted(mine) == sorted(theirs)


def running(store) -> list[dict]:
    """Runs under way now, newest first."""
    return [run for run in runs(store) if run["state"] == "running"]


def forget(store, run_id: str) -> None:
    store.remove_setting(RUN_PREFIX + run_id)


def stopped_note(run: dict) -> str:
    """"The ingest of synth600.jsonl from the Ingest page (started …) stopped after 364 of 600
    documents read (its process ended). …" — plain text, for a page to escape."""
    why = run.get("ended_by") or ("it failed: " + run["error"] if run["state"] == "failed"
                                  and run.get("error") else "it was interrupted")
    stored = ""
    if "added" in run:
        stored = (f"; it had added {counted(run['added'], 'article')}"
                  + (f" and updated {run['updated']}" if run.get("updated") else ""))
    return (f"The ingest of {run.get('input') or 'its input'} {WHERE.get(run.get('where'), '')} "
            f"(started {run['started'][:16].replace('T', ' ')} UTC) stopped after "
            f"{how_far(run)} ({why}{stored}). {last_count_note(run)}"
            "Ingest the same input again to finish it (upload the same files, read the same "
            "folder, or run the same ingest command): the articles it stored are skipped.")


PROCESS_ENDED = "its process ended"


def last_count_note(run: dict) -> str:
    """For a run whose process ended before it could close its record (a lost database
    server, a killed process): its count is the one kept with its last stored articles, and
    it may have read more, which it could not store. Its error had said "505 articles
    stored, 14 documents it had read were not stored" and the next run's note "505 of 1,500
    documents read", with nothing telling the two apart (audit 28, item 11). "" otherwise."""
    if run.get("ended_by") != PROCESS_ENDED:
        return ""
    return ("That count is the one kept with the last articles it stored: it may have read "
            "more that were not stored. ")


def how_far(run: dict) -> str:
    """"120 of 3,000 documents read", and how many of them the store refused ("…, 2 of them
    not stored"): a full disk's stop had been "21 of 60 documents read (…; it had added 19
    articles)", the 2 in no count (review 21)."""
    unstored = run.get("unstored") or 0
    return (f"{run.get('read', 0):,} of {run.get('total', 0):,} documents read"
            + (f", {unstored:,} of them not stored" if unstored else ""))


def input_key(names: Iterable[str | Path], upload: bool = False) -> str:
    """What tells a run of the same input again: its files' resolved paths, or the names of
    the files uploaded, in any order."""
    if upload:
        return UPLOAD + "\n".join(sorted(map(str, names)))
    return "\n".join(sorted(os.path.realpath(name) for name in names))


def path_record(store: Store, paths: Iterable[str | Path], where: str,
                streams: Mapping[str, Stream] | None = None) -> RunRecord:
    """The record of an ingest of files and folders here, its documents counted as the
    Ingest page's bar counts them (a JSONL file's lines, a zip's members; an unreadable
    entry counts one), with the files it reads; standard input's and a pipe's documents
    counted from what was read of them (`read_streams`)."""
    paths = list(paths)
    streams = streams or {}
    total = sum(stream.count() for stream in streams.values())
    files = set()
    for item in iter_paths([path for path in paths if str(path) not in streams]):
        total += count_documents_in(item) if isinstance(item, Path) else 1
        if isinstance(item, Path):
            files.add(os.path.realpath(item))
    return RunRecord(store, ", ".join(map(str, paths)), input_key(paths), total, where,
                     files=frozenset(files))


def upload_record(store: Store, uploads: list[tuple[str, bytes]]) -> RunRecord:
    """The record of the Ingest page's ingest of uploaded files ((name, bytes) each)."""
    names = [name for name, _ in uploads]
    total = sum(count_documents(data, name) for name, data in uploads)
    return RunRecord(store, ", ".join(names), input_key(names, upload=True), total, "page",
                     files=frozenset(UPLOAD + name for name in names),
                     uploads=tuple(uploads))


def finishes(record: RunRecord, run: dict) -> bool:
    """Whether an ingest that reads `record.files` to its end reads all that a stopped `run`
    was given: its files here (a folder's, every one now in it), or uploads of them; for an
    uploaded run, files of its names that hold what was uploaded, here or uploaded. A name
    alone had tied them: an upload of today's feed.jsonl stopped after 2 of 4 rows was
    "superseded" by `ingest yesterday/feed.jsonl`, and its rows 3 and 4 never told missing
    (review 20). A file "holds" an upload that it begins with: the same, or grown by rows at
    its end (an append-only feed)."""
    key = run.get("key") or ""
    if key.startswith(UPLOAD):
        contents = _contents(run)  # (none kept: a record written before cannot tell)
        return bool(contents) and all(_held(record, *content) for content in contents)
    given = [path for path in key.split("\n") if path]
    return bool(given) and all(_read_whole(path, record) for path in given)


def _contents(run: dict) -> list[tuple[str, int, str]] | None:
    """A run's uploads' (name, size, digest), None where its record kept none."""
    kept = run.get(CONTENTS)
    if not isinstance(kept, list):
        return None
    try:
        return [(str(name), int(size), str(digest)) for name, size, digest in kept]
    except (TypeError, ValueError):  # (a record that is not ours to trust)
        return None


def _digest(data: bytes | memoryview) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


def _begins_with(data: bytes, size: int, digest: str) -> bool:
    """Whether `data` begins with the content of `size` bytes whose digest is `digest`."""
    return len(data) >= size and _digest(memoryview(data)[:size]) == digest


def _file_start(path: str, size: int | None = None) -> tuple[int, str] | None:
    """The size and digest of a file's first `size` bytes (all of it: None), or None where
    it is shorter or cannot be read."""
    digest, read = hashlib.sha256(), 0
    try:
        with open(path, "rb") as stream:
            while size is None or read < size:
                chunk = stream.read(1 << 20 if size is None else min(1 << 20, size - read))
                if not chunk:
                    break
                digest.update(chunk)
                read += len(chunk)
    except OSError:
        return None
    return None if size is not None and read < size else (read, digest.hexdigest()[:32])


def _held(record: RunRecord, name: str, size: int, digest: str) -> bool:
    """Whether `record` reads a file or upload of `name` that holds an upload stopped."""
    if any(_begins_with(data, size, digest) for uploaded, data in record.uploads
           if uploaded == name):
        return True
    return any(_file_start(path, size) == (size, digest) for path in record.files
               if not path.startswith(UPLOAD) and os.path.basename(path) == name)


def _read_whole(path: str, record: RunRecord) -> bool:
    """Whether `record` reads a file or folder given (resolved), or uploads of its files."""
    if path in record.files:
        return True
    if not os.path.isdir(path):
        return _uploaded(path, record)
    inside = [os.path.realpath(item) for item in iter_paths([path]) if isinstance(item, Path)]
    return bool(inside) and all(item in record.files or _uploaded(item, record)
                                for item in inside)


def _uploaded(path: str, record: RunRecord) -> bool:
    """Whether `record` uploads a file of its name that holds the file here as it is now."""
    uploads = [data for name, data in record.uploads if name == os.path.basename(path)]
    start = _file_start(path) if uploads else None
    return start is not None and any(_begins_with(data, *start) for data in uploads)


# The warning lines a run's record keeps (a feed's rows with one warning are one line): the
# page shows them after a reload, and a setting is no place for thousands.
KEPT_WARNINGS = 100


def _warnings_kept(report: IngestReport) -> dict:
    """How many stored documents had a warning, and the report's first `KEPT_WARNINGS`
    lines of them, for the record: after a reload the page had said "500 added" of a feed
    whose 500 rows all had one, with nothing of the warnings (audit 33)."""
    lines = [*report.warning_lines(), *filter(None, [report.undated_line()])]
    if not lines:
        return {}
    return {"warned": report.warned(),
            "warning_lines": [[e.source, e.reason] for e in lines[:KEPT_WARNINGS]],
            "warning_lines_more": max(len(lines) - KEPT_WARNINGS, 0)}


def last_ended(store) -> dict | None:
    """The newest run that ran to its end."""
    return next((run for run in runs(store) if run["state"] == "done"), None)


def ended_note(run: dict) -> str:
    """"The last ingest, of feeds/ from the command line, ended at …: 3 added · …"."""
    ended = (run.get("ended") or run["started"])[:16].replace("T", " ")
    updated = f"{run.get('updated', 0)} updated · " if run.get("updated") else ""
    return (f"The last ingest, of {run.get('input') or 'some files'} "
            f"{WHERE.get(run.get('where'), '')}, ended at {ended} UTC: "
            f"{run.get('added', 0)} added · {updated}{run.get('duplicates', 0)} already stored · "
            f"{run.get('skipped', 0)} skipped"
            + (f" · {run['warned']} with warnings." if run.get("warned") else "."))


def running_note(run: dict) -> str:
    """"An ingest of feeds/ from the command line is under way: 120 of 600 documents read"."""
    return (f"An ingest of {run.get('input') or 'some files'} {WHERE.get(run.get('where'), '')} "
            f"is under way: {run.get('read', 0):,} of {run.get('total', 0):,} documents read "
            f"(started {run['started'][:16].replace('T', ' ')} UTC).")


def stop_note(run: dict) -> str:
    """How to stop a run under way that no button of this dashboard stops (the command
    line's, another server's): the Ingest page had shown "An ingest of feeds/ from the
    command line is under way" and its bar, and not how (a review). Its record's process,
    which Ctrl-C (SIGINT) ends as at a document's end, its record "interrupted"; named only
    while it is plainly the run's (`_named`), else the run seems to have stopped."""
    pid, host = run.get("pid"), run.get("host") or "its machine"
    here = host == socket.gethostname()
    where = f"on this machine ({host})" if here else f"on {host}"
    if isinstance(pid, int) and not _named(run):
        return _quiet_note(run, where)
    if run.get("where") == "cli":
        how = (f"press Ctrl-C in its terminal, or run `kill -INT {pid}` {where}"
               if isinstance(pid, int) else f"press Ctrl-C in its terminal ({host})")
        return ("It runs from the command line, not in this dashboard, so no button here "
                f"stops it: {how}. What it stored stays, and the same command again "
                "finishes it.")
    server = f" (process {pid} {where})" if isinstance(pid, int) else f" ({where})"
    return (f"It runs in another dashboard server{server}, so no button here stops it: its "
            "Ingest page there has a Stop button. What it stored stays, and the same input "
            "again finishes it.")


def _named(run: dict) -> bool:
    """Whether a run's note may name its process: its record was written within LIVELY,
    and on this machine, where /proc tells, its pid is still its process. A record left
    "running" by a crash seven months before had its pid, taken since by a `sleep`, named
    for `kill -INT` (review 22)."""
    heard = dt.datetime.fromisoformat(run.get("heard") or run["started"])
    if dt.datetime.now(dt.UTC) - heard > LIVELY:
        return False
    return run.get("host") != socket.gethostname() or _its_process(run) is not False


def _quiet_note(run: dict, where: str) -> str:
    """`stop_note` of a run whose process is not named: it seems to have stopped."""
    heard = (run.get("heard") or run["started"])[:16].replace("T", " ")
    quiet = (f"it has recorded no progress since {heard} UTC, so it seems to have stopped "
             "(its process is not named here: it may be another's by now)")
    if run.get("where") == "cli":
        return (f"It runs from the command line, not in this dashboard, but {quiet}. If its "
                f"terminal {where} is still open, Ctrl-C there ends it. What it stored "
                "stays, and the same command again finishes it.")
    return (f"It runs in another dashboard server {where}, but {quiet}. If that server is "
            "still up, its Ingest page there has a Stop button. What it stored stays, and "
            "the same input again finishes it.")


class BackgroundIngest:
    """An ingest in a thread of its own: a page's rerun, or the user opening another page,
    stops the page's script but not this. Its progress waits in `events` for the page to
    show (the latest EVENTS_KEPT when no page follows it). `stop` ends it between two
    documents; the ingests under way in this process are found by their run's id (`live`),
    so that a page following one by its record (opened anew, another session) can stop it."""

    EVENTS_KEPT = 1000
    _live: ClassVar[dict[str, BackgroundIngest]] = {}

    def __init__(self, pipeline: Pipeline, documents: Documents, record: RunRecord) -> None:
        self.record = record
        self.events: deque[tuple[int, str]] = deque(maxlen=self.EVENTS_KEPT)
        self.report: IngestReport | None = None
        self.error: BaseException | None = None
        self.done = threading.Event()
        self.shown = False  # the page has shown its end (and refreshed its caches)
        self.revision = record.store.last_change()  # (as it starts)
        self.stopping = threading.Event()  # its Stop button was pressed
        self.watched = WatchedDocuments(documents)  # (the bar's document being read)
        self._thread = threading.Thread(target=self._run, args=(pipeline, self.watched),
                                        name=f"placeline-ingest-{record.id}", daemon=True)

    def start(self) -> BackgroundIngest:
        self._live[self.record.id] = self
        self._thread.start()
        return self

    def stop(self) -> None:
        """End it after the document it is reading (a no-op once it has ended)."""
        self.stopping.set()

    @classmethod
    def live(cls, run_id: str) -> BackgroundIngest | None:
        """The ingest of this id under way in this process, if any."""
        return cls._live.get(run_id)

    def _run(self, pipeline: Pipeline, documents: Documents) -> None:
        try:
            self.report = recorded_ingest(pipeline, documents, self.record,
                                          lambda number, source: self.events.append(
                                              (number, source)), self.stopping)
        except BaseException as error:  # noqa: BLE001 — told on the page, kept in the record
            self.error = error
        finally:
            self._live.pop(self.record.id, None)
            self.done.set()

    def slow(self) -> tuple[str, float] | None:
        """The file name of the document being read and its seconds so far, when it has
        taken SLOW_DOCUMENT_SECONDS or more (None otherwise, and once the ingest has
        ended)."""
        return None if self.done.is_set() else self.watched.slow(short=True)

    def changed(self) -> bool:
        """Whether the store's content changed since it started (by it, or anyone): the
        page's caches are then stale (as they may be where its server cannot be asked)."""
        try:
            return self.record.store.last_change() != self.revision
        except StoreUnavailableError:
            return True

    def take(self) -> list[tuple[int, str]]:
        """The progress since the last call."""
        taken = []
        while self.events:
            taken.append(self.events.popleft())
        return taken
