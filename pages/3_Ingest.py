"""Ingest: upload articles (.txt, .html, .jsonl, .zip, feeds) or read a folder on this machine.
New places appear on the map at once; what could not be read is listed with the reason."""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

import pandas as pd
import streamlit as st

from app_common import empty_named_store, get_store, refresh, store_reachable
from placeline.config import PROXY_HEADERS, folder_ingest_allowed
from placeline.errors import StoreUnavailableError
from placeline.ingest import (
    MAX_BYTES,
    SUPPORTED,
    TABLE_HEAD_BYTES,
    UPLOAD,
    UPLOAD_MAX,
    read_bytes_named,
    read_paths,
    table_head,
)
from placeline.ingest_runs import (
    BackgroundIngest,
    ended_note,
    forget,
    last_ended,
    path_record,
    progress_text,
    running,
    running_note,
    runs,
    stop_note,
    stopped_note,
    told_and_finished,
    unfinished,
    upload_record,
)
from placeline.pipeline import Pipeline, deleted_before
from placeline.present import counted, escape_markdown

# The session's ingest (`BackgroundIngest`): it goes on in its own thread when the user opens
# another page, which stops this script; coming back, the page follows it again.
JOB = "ingest_job"
FOLLOW_EVERY = 0.1  # seconds between looks at the ingest's progress
FOLLOW_RECORD_EVERY = 1.0  # … and at the store's record of a run elsewhere


def start_ingest(uploads: list, folder: str, online: bool,
                 columns: dict[str, dict[str, str | None]] | None = None) -> BackgroundIngest:
    """The ingest of the uploads or of the folder (never both: the page refuses it),
    started in its thread; `columns`, by upload's file id, the columns chosen for it
    (`choose_columns`), read so in that file only."""
    # The bar counts documents, not files: one JSONL file may hold thousands (its lines are
    # counted first, which takes a moment per 100 MB).
    if uploads:  # (their bytes taken now: the thread may outlive the widget's files)
        files = [(upload.name, upload.getvalue()) for upload in uploads]
        named = [(columns or {}).get(upload.file_id) for upload in uploads]
        documents = (doc for (name, data), chosen in zip(files, named, strict=True)
                     for doc in read_bytes_named(data, f"{UPLOAD}{name}", chosen))
        record = upload_record(store, files)
    else:
        path = Path(folder.strip()).expanduser()
        documents = read_paths([path])
        record = path_record(store, [path], "page")  # (unreadable entries count, not raise)
    from placeline.geocode import cached_answers, online_geocoder
    from placeline.geoparse import Geoparser
    from placeline.pipeline import load_corrections

    # (offline, names an earlier online run placed keep their places: the cache answers;
    # online, the server PLACELINE_NOMINATIM_DOMAIN names)
    geocoder = online_geocoder(store) if online else cached_answers(store)
    pipeline = Pipeline(store, Geoparser(geocoder=geocoder, corrections=load_corrections(store)))
    return BackgroundIngest(pipeline, documents, record).start()


COLUMN_ROLES = (("text", "Text column"), ("title", "Title column (optional)"),
                ("date", "Date column (optional)"))


def choose_columns(uploads: list) -> dict[str, dict[str, str | None]]:
    """For each uploaded CSV or JSONL none of whose columns placeline reads as the text,
    its first rows and a choice of the columns of text, title and date, as `ingest
    --text-column` names them: such a file had only been skipped with its columns listed,
    and the page sent the user to the command line (audit 37). Nothing is chosen for them:
    only what they choose is read so, in that file, in that ingest (another file, session
    or ingest reads none of it). By upload's file id."""
    chosen: dict[str, dict[str, str | None]] = {}
    for upload in uploads:
        head = table_head(bytes(upload.getbuffer()[:TABLE_HEAD_BYTES]), upload.name)
        if head is None or head.has_text:
            continue
        with st.container(border=True):
            chosen[upload.file_id] = column_choice(upload, head)
    return chosen


def column_choice(upload, head) -> dict[str, str | None]:
    """One file's preview and its three boxes; a column chosen twice is read once, as the
    text (or the title), and said."""
    st.markdown(f"**{escape_markdown(upload.name)}**: none of its columns is read as the "
                "articles' text. Choose the one that is (and the title's and the date's, if "
                "you like): what you choose is read so in this file only.")
    # (A static table, its cells escaped as `warnings_table`'s: read by screen readers,
    # which the data grid's canvas is not.)
    st.table(pd.DataFrame([[escape_markdown(row.get(c, "")) for c in head.columns]
                           for row in head.rows],
                          columns=[escape_markdown(c) for c in head.columns]),
             hide_index=True, width="stretch")
    rows = len(head.rows)
    st.caption(f"Its first {'row' if rows == 1 else f'{rows} rows'}, long cells cut.")
    boxes = st.columns(len(COLUMN_ROLES))
    picked = {role: box.selectbox(label, head.columns, index=None, placeholder="None chosen",
                                  key=f"columns_{role}_{upload.file_id}")
              for box, (role, label) in zip(boxes, COLUMN_ROLES, strict=True)}
    if picked["text"] is None:
        st.caption("Without a text column the file is skipped, its columns listed.")
    taken = {picked["text"]} - {None}
    for role in ("title", "date"):
        if picked[role] in taken:
            st.warning(f"“{escape_markdown(picked[role])}” is chosen already: it is not read "
                       f"as the {role} too.", icon=":material/warning:")
            picked[role] = None
        elif picked[role] is not None:
            taken.add(picked[role])
    return picked


def follow(job: BackgroundIngest) -> None:
    """Show the ingest's progress until it ends (this script may be stopped meanwhile: the
    ingest goes on)."""
    total = job.record.total
    note, stop = st.empty(), st.empty()
    if not job.done.is_set():
        note.caption("You may open other pages meanwhile: the ingest goes on, and this page "
                     "shows it when you come back.")
        stop_button(stop, job, job.record.id)
    bar = st.progress(min(job.record.read / max(total, 1), 1.0), text="Starting…")
    number, source, told = job.record.read, "", ""  # (told: the slow note drawn)
    while True:
        ended = job.done.is_set()
        # The text renders Markdown, and file names (zip members' too) are anyone's
        # choice: "[click me](http://…)" would be a link, "![x](http://…)" a request for
        # an image. (A blank JSONL line is counted in the total: the count may stop short
        # of it.)
        for number, source in job.take():
            bar.progress(min(number / max(total, number), 1.0),
                         text=escape_markdown(progress_text(number, total, source, None)))
            told = ""
        if (slow := job.slow()) is not None:  # (named as the CLI does, counting on)
            text = escape_markdown(progress_text(number, total, source, slow))
            if text != told:  # (drawn again once a second, as its count moves)
                bar.progress(min(number / max(total, number, 1), 1.0), text=text)
            told = text
        elif told:  # (it ended: the bar says no more that it is on it)
            bar.progress(min(number / max(total, number, 1), 1.0),
                         text=escape_markdown(progress_text(number, total, source, None)))
            told = ""
        if ended:
            break
        job.done.wait(FOLLOW_EVERY)
    note.empty()
    stop.empty()
    if job.record.stopped:  # (as far as it got)
        bar.progress(min(job.record.read / max(total, 1), 1.0), text="Stopped")
    else:
        bar.progress(1.0, text="Done" if job.error is None else "Stopped")
    if not job.shown:
        job.shown = True
        try:
            after_its_end(job)
        except StoreUnavailableError:  # (its server lost: its report first, then that, below)
            refresh()


def after_its_end(job: BackgroundIngest) -> None:
    """The caches refreshed where the ingest changed the store, and the page drawn again
    where its top is due to change."""
    if job.changed():  # (one that stored nothing new keeps them: a review)
        refresh()
    # What the page's top said before it ended is drawn again: a stopped run's note
    # (with "Forget this note") is due, and "New, empty store" had stayed above "10
    # added" (audit 21), and the note of the stopped run this one finished had stayed
    # beside its "Done" until a reload (audit 36).
    if job.record.stopped or (told_empty and store.article_count()) or \
            told_and_finished(store, told_stopped):
        st.rerun()


def stop_button(slot, job: BackgroundIngest, run_id: str) -> None:
    """A Stop button for an ingest under way in this server, which ends it after the
    document it is reading; pressed, a word that it is stopping. (Pressing it reruns the
    page, which follows the ingest again.)"""
    if slot.button("Stop", key=f"stop_{run_id}", icon=":material/stop_circle:",
                   help="End the ingest after the document it is reading: what it stored "
                        "stays, and ingesting the same input again finishes it."):
        job.stop()
    if job.stopping.is_set():
        slot.caption("Stopping after the document it is reading…")


def show_report(job: BackgroundIngest) -> None:
    """What the session's last ingest did."""
    if job.error is not None:
        st.error(f"The ingest stopped on an error after {job.record.read:,} of "
                 f"{job.record.total:,} documents: {escape_markdown(str(job.error))}",
                 icon=":material/error:")
        return
    report = job.report
    updated = f"{len(report.updated):,} updated · " if report.updated else ""
    deleted = f"{len(report.deleted):,} deleted before · " if report.deleted else ""
    counts = (f"{len(report.added):,} added · {updated}{len(report.duplicates):,} already stored"
              f"{report.older_note()} · "
              f"{deleted}{len(report.failed):,} skipped · {report.warned():,} with warnings · "
              f"{report.seconds:.1f} s")
    if job.record.stopped:
        st.warning(f"Stopped after {job.record.read:,} of {job.record.total:,} documents read: "
                   f"{counts}. What it stored stays.", icon=":material/stop_circle:")
    else:
        st.success(counts)
    if undated := report.undated_line():  # (stored, but on no map: audit 21)
        st.warning(escape_markdown(f"{undated.source}: {undated.reason[0].upper()}"
                                   f"{undated.reason[1:]}."), icon=":material/event_busy:")
    if report.geocoder:  # (the toggle's geocoder was never reached: say what it left)
        st.warning(escape_markdown(report.geocoder[0].upper() + report.geocoder[1:]),
                   icon=":material/cloud_off:")
    if report.added or report.updated:
        st.page_link("dashboard.py", label="See them on the map", icon=":material/map:")
    if report.updated:
        st.subheader("Updated: a new version replaced the stored article")
        st.dataframe(pd.DataFrame({"file": [source for source, _ in report.updated],
                                   "article": [f"{a}: {(store.article(a) or {}).get('title', '')}"
                                               for _, a in report.updated],
                                   "what changed": [report.changes.get(a, "")
                                                    for _, a in report.updated]}),
                     hide_index=True, width="stretch")
    if report.failed:
        st.subheader("Skipped")  # (wrapped: the data grid had cut each reason at its
        warnings_table([(e.source, e.reason) for e in report.failed], "reason")  # width)
    if report.warnings:
        st.subheader("Stored, with a warning")
        lines = report.warning_lines()  # (a feed's rows with one warning: one line)
        warnings_table([(e.source, e.reason) for e in lines])
    if report.deleted:  # (deleted on the Articles page: kept out, as said)
        st.subheader("Deleted before: not stored again")
        st.dataframe(pd.DataFrame({"file": [source for source, _ in report.deleted],
                                   "why": [deleted_before(gone) for _, gone in report.deleted]}),
                     hide_index=True, width="stretch")
    if report.duplicates:
        with st.expander(f"Already stored ({len(report.duplicates):,})"):
            st.dataframe(pd.DataFrame({"file": report.duplicates}), hide_index=True,
                         width="stretch")  # file names are data: a table shows them as text


# Warning lines shown whole before the table scrolls (each may take a few lines wrapped).
WARNINGS_SHOWN_WHOLE = 12
WARNINGS_TABLE_PX = 600


def warnings_table(lines: list[tuple[str, str]], column: str = "warning") -> None:
    """The warnings as a table whose cells wrap: a warning is a sentence or two (a feed's
    summary read as its text: 190 characters), and the data grid had cut it at its
    column's width, at 1400 px as on a phone, with no way to read the rest but a tooltip.
    Its cells are Markdown, so file names and reasons are escaped; many lines scroll. A
    file's name breaks anywhere: one long name with no space had pushed the warnings past a
    phone's edge. The Skipped table's reasons too (`column` "reason"; audit 37, item 13)."""
    frame = pd.DataFrame({"file": [escape_markdown(source) for source, _ in lines],
                          column: [escape_markdown(reason) for _, reason in lines]})
    styled = frame.style.set_table_styles(  # (the cell's Markdown box sets its own)
        [{"selector": "td.col0 *", "props": [("overflow-wrap", "anywhere")]}])
    st.table(styled, hide_index=True, width="stretch",
             height="content" if len(lines) <= WARNINGS_SHOWN_WHOLE else WARNINGS_TABLE_PX)


def unfinished_notes() -> list[str]:
    """Ingests that stopped before their end, whose rest may be missing: a page left during
    its ingest had stopped it, and nothing said so (an audit). Their ids: the page is drawn
    again when an ingest ends one (`after_its_end`)."""
    told = unfinished(store)
    for run in told:
        st.warning(escape_markdown(stopped_note(run)), icon=":material/warning:")
        if st.button("Forget this note", key=f"forget_{run['id']}"):
            forget(store, run["id"])
            st.rerun()
    return [run["id"] for run in told]


def elsewhere(job: BackgroundIngest | None) -> None:
    """Ingests under way elsewhere (another session, this page opened anew, the command
    line): the newest followed by its record when this session has none of its own; else
    the last one's outcome."""
    others = [run for run in running(store) if job is None or run["id"] != job.record.id]
    for run in others[1:] if job is None else others:
        under_way(run)
    if job is None and others:
        follow_record(others[0])
    elif job is None and (last := last_ended(store)) is not None:
        st.caption(escape_markdown(ended_note(last)))
        recorded_warnings(last)


def recorded_warnings(run: dict) -> None:
    """The last run's warnings as its record keeps them, folded: shown at its end, they had
    gone at the next reload, and the note with them (audit 33)."""
    lines = run.get("warning_lines") or []
    if not lines:
        return
    with st.expander(f"Stored, with a warning ({run['warned']:,})"):
        warnings_table([(source, reason) for source, reason in lines])
        if more := run.get("warning_lines_more"):
            st.caption(f"…and {more:,} more lines, not kept.")


def under_way(run: dict, slot=None) -> BackgroundIngest | None:
    """Say that a run is under way (in `slot`, an `st.empty` a follower draws again); one
    this server runs is returned (its Stop button stops it), and of another, how to stop it
    (`stop_note`)."""
    live = BackgroundIngest.live(run["id"])
    with slot if slot is not None else contextlib.nullcontext():
        st.info(escape_markdown(running_note(run) + ("" if live else " " + stop_note(run))),
                icon=":material/hourglass_top:")
    return live


def follow_record(run: dict) -> None:
    """Follow a run by its record in the store, until it is no longer under way."""
    note = st.empty()
    if (live := under_way(run, note)) is not None:  # (a run of this server's)
        stop_button(st.empty(), live, run["id"])
    bar = st.progress(0.0, text="Reading…")
    revision = store.last_change()
    while run["state"] == "running":
        # The line above the bar follows the record with it: drawn once, it had said "848
        # of 5,000 documents read" over a bar at "1256 of 5000" (audit 38, item 11).
        under_way(run, note)
        read, total = run.get("read", 0), max(run.get("total", 0), run.get("read", 0), 1)
        bar.progress(min(read / total, 1.0), text=escape_markdown(
            progress_text(read, total, run.get("last", ""), None)))
        time.sleep(FOLLOW_RECORD_EVERY)
        run = next((r for r in runs(store) if r["id"] == run["id"]), {"state": "gone"})
    if store.last_change() != revision:
        refresh()
    st.rerun()  # (its end is told as the last run's, or as one that stopped)


def destination() -> None:
    """Say, beside the Ingest button, which store an ingest writes into: a mistyped
    PLACELINE_DB had been made a new, empty store when the dashboard opened, and the
    ingest went into it with nothing by the button saying where (fix 38); a store that
    holds no article yet, named by PLACELINE_DB, is told to be checked first."""
    where = escape_markdown(store.location)
    if told_empty:
        st.caption(f"Ingest writes into {where}, named by PLACELINE_DB, which holds no "
                   "articles yet: if you meant another store, set PLACELINE_DB to it and "
                   "start the dashboard again before ingesting.")
    else:
        st.caption(f"Ingest writes into {where}.")


UPLOAD_TYPES = (
    f"Reads {', '.join(SUPPORTED[:-1])} and {SUPPORTED[-1]} files. Another type (.md, .pdf, "
    ".docx, …) is refused by the uploader (\"… files are not allowed\"): save it as .txt or "
    ".html first. An uploaded CSV or JSONL whose text column has a name placeline does not "
    "read shows its first rows below, to choose its columns of text, title and date from (a "
    "folder's: `python -m placeline ingest FILE --text-column NAME`).")


st.set_page_config(page_title="placeline — ingest", page_icon="📥", layout="wide")
store = get_store()
with store_reachable():  # (a store lost as the page runs, its ingest or its server: told as a reload tells it)
    told_empty = empty_named_store(store)  # (get_store said so above)
    st.title("Ingest articles")
    st.write("Plain text files take their first line as the title. JSONL takes one article per "
             'line with a "text" field (and optional "title", "date", "url"). Feeds are read item '
             "by item: RSS and Atom (.xml, .rss, .atom), a JSON Feed or a JSON array of articles "
             "(.json), a CSV export with a column of text. ZIP archives may hold any of these. The same text twice is stored once; an edited text from a file "
             "(uploaded or read, by its name), JSONL id or URL already read replaces the article "
             "it was, unless it is the older version. Limits: "
             f"{MAX_BYTES // 2**20} MB an article (a .txt or .html file, a JSONL line, a file in "
             f"a zip) and {UPLOAD_MAX // 2**20} MB an uploaded file; a JSONL file read from a "
             "folder may be of any size (it is read a line at a time).")

    # Every type `ingest` reads: an .xml or .csv had met the browser's bare "text/xml files are
    # not allowed" (audit 22).
    uploads = st.file_uploader("Upload files", type=[suffix.lstrip(".") for suffix in SUPPORTED],
                               accept_multiple_files=True, key="uploads")
    # Streamlit refuses another type in its own words, which a page cannot change ("text/markdown
    # files are not allowed.", audit 37, item 12): what it reads is said beside it.
    st.caption(UPLOAD_TYPES)
    columns = choose_columns(uploads or [])
    # A folder is read with the server's rights, for whoever reaches this page: only where the
    # page is on the server's own machine, unless PLACELINE_FOLDER_INGEST says otherwise.
    address = st.get_option("server.address")
    proxied = any(st.context.headers.get(name) for name in PROXY_HEADERS)
    if folder_ingest_allowed(address, proxied):
        folder = st.text_input("…or read a folder on this machine", key="folder",
                               placeholder="/path/to/articles")
    else:
        folder = ""
        where = "is behind a proxy" if proxied else \
            f"listens on {escape_markdown(address or 'every network interface')}"
        st.info(f"Reading a folder on the server is off here: the dashboard {where}, so anyone "
                "who reaches it could read the server's files. Upload the files above, run `python -m "
                "placeline ingest FOLDER` on the server, or set `PLACELINE_FOLDER_INGEST=1` to "
                "allow it.", icon=":material/lock:")
    # Files uploaded and a folder named: one is read at a time, and the page says so. The
    # uploads alone had been read, the folder's 10 files not, without a word (audit 21).
    both = bool(uploads and folder.strip())
    if both:
        st.info("Files are uploaded and a folder is named too: ingest one at a time. Remove the "
                "uploaded files (✕ beside each) to read the folder, or empty the folder's box to "
                "ingest the uploads.", icon=":material/info:")
    online = st.toggle("Ask the online geocoder for names the offline gazetteer lacks", key="online",
                       help="Nominatim, at most one request per second; needs internet.")
    job: BackgroundIngest | None = st.session_state.get(JOB)
    busy = job is not None and not job.done.is_set()
    # (its database server lost meanwhile, as its ingest runs or is followed: said so)
    told_stopped = unfinished_notes()
    destination()
    if st.button("Ingest", type="primary",
                 disabled=busy or both or not (uploads or folder.strip())):
        job = st.session_state[JOB] = start_ingest(uploads, folder, online, columns)
    if job is not None:
        follow(job)
        show_report(job)
    counts = store.counts()
    st.caption(f"The store holds {counted(counts['articles'], 'article')}, "
               f"{counted(counts['events'], 'event')} and "
               f"{counted(counts['places'], 'place')}.")
    elsewhere(job)
