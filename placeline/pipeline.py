"""The ingest pipeline: raw documents → cleaned, dated, geoparsed articles and events in the
store. One bad document never stops a batch: it is reported with its reason and skipped.

Publication dates are settled after every chunk of new articles, across the articles their
story links join them to, because an undated article is dated by the stories it shares with
dated ones — which may arrive later. The links are the store's (kept in it, each made against
every stored article), so the dates are those dating the whole store would give, in whatever
order or grouping the articles came. Memory and time per chunk depend on the chunk and the
articles linked to it, not on the store's size.

A document read again from where a stored article came from (the same file by any path,
upload name, JSONL id or URL) with an edited text is a new version of that article: it takes
the stored one's place, its one-article corrections with it, rather than being counted as a
second article (`Pipeline._not_a_version` says when it is another article all the same).
The same text again is stored once, from any source, and an older version than the stored
one is not stored (`placeline.versions` says which is newer).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import time
import traceback
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path

from placeline.clean import METADATA_LINES, clean, removed_share, story_body
from placeline.dates import (
    COMMON_TERM_CAP,
    FILE_NAME,
    FOLDER,
    STORY_DAYS,
    DatingInput,
    date_as_written,
    date_from_file_name,
    date_from_folder,
    date_from_metadata,
    infer_publication_dates,
    own_publication_date,
    pair_links,
    reprinted_on,
    salient_terms,
    scored_pairs,
    wording_terms,
)
from placeline.errors import (
    ClusterError,
    InputError,
    PlacelineError,
    StoreReadOnlyError,
    StoreUnavailableError,
    StoreWriteError,
)
from placeline.events import build_events, over_the_month
from placeline.geocode import cached_answers, unanswered_note
from placeline.geoparse import Correction, Geoparser
from placeline.htmlpage import LAST_MODIFIED, READ_WARNINGS
from placeline.ingest import (
    FILE_TIME,
    READ_IN,
    SOURCE_NAME,
    RawDocument,
    content_hash,
    elsewhere,
    file_gone,
    file_name,
    file_time,
    named_alike,
    row_id,
    row_mark,
    shared_wording,
    source_identity,
    source_names,
    spaced,
    tail_names,
    upload_of,
    uploaded_as,
    wording,
)
from placeline.language import language_warning
from placeline.models import SET_BY_HAND, Article, DateGuess, Event, Mention, Place
from placeline.names import name_key
from placeline.present import clipped, counted
from placeline.site_country import site_country
from placeline.store import Store
from placeline.story_names import WORDING, term_weights
from placeline.text import lead_spans
from placeline.versions import EARLIER, earlier_keys, newer, version_key, with_earlier

log = logging.getLogger(__name__)
Progress = Callable[[int, str], None]

SETTLE_EVERY = 1000  # new articles per dating round during a long ingest
# Articles share a commit (each still all-or-nothing, in its own savepoint): a commit costs
# more than writing one article. Readers see new articles at least every COMMIT_AFTER s.
COMMIT_EVERY = 200
COMMIT_AFTER = 0.5
# After each commit group the write lock stays free as long as the group held it, up to
# GIVE_WAY, while the ingest reads and geoparses the next documents: an ingest that took
# the lock again at once (groups back to back, the lock free for microseconds) kept a
# page's write waiting for up to 23 s, and past its 30 s, "busy" (20,000 near-identical
# feed rows, no group holding the lock over 1.1 s; found beside audit 22). SQLite's busy
# handler tries again after sleeping at most as long as it has waited, and at most 100 ms:
# a write that began to wait during a group is let in by the pause after it.
GIVE_WAY = 0.12
PAUSE_MARGIN = 0.02  # (the waiting process woken late: a loaded machine)
TERMS_SETTING = "story_terms"  # the rule every stored article's story terms were made by
# 2: a resolved place counts once, as its id ("kept", the first rule, counted its name too)
# 3: credits, outlets, given names alone, demonyms and ordinary words are left out
# 4: the wording of the first sentences too, so near-copies of one text join one story
TERMS_VERSION = "4"
# The rule the stored story links were made by (`dates.pair_links`); a store without them
# (made before audit 20, its stories found in rounds that saw part of it) is linked and
# dated whole once.
LINKS_SETTING = "story_links"
LINKS_VERSION = "1"
# The names in more than COMMON_TERM_CAP articles when links were last made (a JSON list): a
# name crossing the cap either way makes or unmakes pairs of every article holding it.
COMMON_SETTING = "story_common_names"
# Articles an interrupted ingest stored but did not date by their stories (a JSON list of
# ids): the next ingest dates them, so running the same command again finishes the job.
PENDING_SETTING = "undated_by_story"
# Cleaning that cuts more than this share of an article's text is reported: normal articles
# lose at most a tenth (ads, footers, credit lines), so more is likely the story itself.
MOSTLY_REMOVED = 0.5
# A document from a stored article's source is a new version of it when at least this share
# of the shorter text's wording is in the other (`shared_wording`: an edit keeps 0.8-1,
# different articles share at most a third): a file reused for another story is a new article.
SAME_ARTICLE = 0.5
# Stored articles whose leads a document shares that are read for a file of its name
# elsewhere (`Pipeline._namesake`): the latest, as `Store.versions_of` reads 20.
NAMESAKES = 20
# Stored files of a document's name whose absolute path is looked for on disk, the latest
# (`Pipeline._moved_namesakes`): each new index.html had stat'ed every stored one whose file
# was gone, 1.1 s an article at 10,000 such and 12.6 s at 100,000 (review 21). Five times
# what `Store.versions_of` reads, as some of them are still there.
MOVED_LOOKED = 100
# An upload's stored namesakes looked at, the latest first (as `Store.sources_ending` reads).
UPLOAD_NAMESAKES = 100


@dataclass
class IngestReport:
    """What a batch did, for the CLI summary and the Ingest page."""

    added: list[tuple[str, int]] = field(default_factory=list)
    updated: list[tuple[str, int]] = field(default_factory=list)  # a new version replaced it
    changes: dict[int, str] = field(default_factory=dict)  # updated article id → what changed
    duplicates: list[str] = field(default_factory=list)
    # of the duplicates, the older versions of a stored article: (source, its id)
    older: list[tuple[str, int]] = field(default_factory=list)
    # the texts the user deleted, not stored again: (source, the deletion: `Store.deletion`)
    deleted: list[tuple[str, dict]] = field(default_factory=list)
    failed: list[InputError] = field(default_factory=list)
    warnings: list[InputError] = field(default_factory=list)  # stored, but something was off
    undated: list[str] = field(default_factory=list)  # stored naming places, with no date
    # documents read but not stored, the store having refused them (a full disk: `ingest`
    # stops; those of the group it refused are in no other count)
    unstored: int = 0
    seconds: float = 0.0
    geocoder: str = ""  # what an online geocoder that could not be reached left unasked

    def told(self) -> int:
        """The documents its counts tell of: added, updated, already stored, deleted before
        or skipped."""
        return len(self.added) + len(self.updated) + len(self.duplicates) + \
            len(self.deleted) + len(self.failed)

    def summary(self) -> str:
        updated = f"{len(self.updated):,} updated, " if self.updated else ""
        deleted = f"{len(self.deleted):,} deleted before, " if self.deleted else ""
        lines = [(f"{len(self.added):,} added, {updated}{len(self.duplicates):,} already stored"
                 f"{self.older_note()}, {deleted}{len(self.failed):,} skipped "
                 f"({self.seconds:.2f} s{self.rate()})")]
        lines += [f"  updated {source}: a new version of article {article_id}"
                  + (f" ({self.changes[article_id]})" if self.changes.get(article_id) else "")
                  for source, article_id in self.updated]
        lines += [f"  not stored {source}: {deleted_before(gone)}"
                  for source, gone in self.deleted]
        lines += [f"  skipped {error.source}: {error.reason}" for error in self.failed]
        lines += [f"  warning {error.source}: {error.reason}"
                  for error in [*self.warning_lines(), *filter(None, [self.undated_line()])]]
        return "\n".join(lines)

    def older_note(self) -> str:
        """ " (1 of them an older version of article 5: its newer text is kept)", what the
        count of "already stored" holds besides the same texts. Day 1's feed read again
        after day 2's update said "0 added, 2 already stored" and nothing else, as if it
        were the text stored (audit 35, item 5); a warning each time would be said at every
        run of a cron reading both days, so it is said in the count, on its line."""
        if not self.older:
            return ""
        ids = list(dict.fromkeys(article_id for _, article_id in self.older))
        which = (f"article {ids[0]}" if len(ids) == 1
                 else f"articles {', '.join(map(str, ids[:5]))}"
                 + (f" and {len(ids) - 5} more" if len(ids) > 5 else ""))
        them = "1 of them an older version" if len(self.older) == 1 \
            else f"{len(self.older):,} of them older versions"
        newer = "its newer text is" if len(ids) == 1 else "their newer texts are"
        return f" ({them} of {which}: {newer} kept)"

    def warning_lines(self) -> list[InputError]:
        """The warnings, a JSONL file's rows that have the same one told once for them all
        ("feed.jsonl (1,569 rows: #x0, #x1, #x2 and 1,566 more)"): a feed with a date field
        placeline does not read had given one identical line per row (a review)."""
        rows: dict[tuple[str, str], list[str]] = {}
        for error in self.warnings:
            file, row = _file_and_row(error.source)
            rows.setdefault((file, error.reason), []).append(row)
        return [InputError(_rows_of(file, names), reason)
                for (file, reason), names in rows.items()]

    def warned(self) -> int:
        """The documents stored with a warning: those of `warnings` and those stored naming
        places with no publication date (`undated`, told in a warning line of their own),
        each once. The page's "0 with warnings" had stood above the warning of an undated
        file (audit 37, item 13)."""
        return len({error.source for error in self.warnings} | set(self.undated))

    def undated_line(self) -> InputError | None:
        """What to say of the articles stored with no publication date that name places
        (`UNDATED`), all of them on one line ("724 articles: many/a.txt, many/b.txt,
        feed.jsonl (3 rows: #x0, #x1, #x2) and 721 more"); None if there are none."""
        if not self.undated:
            return None
        rows: dict[str, list[str]] = {}
        for source in self.undated:
            file, row = _file_and_row(source)
            rows.setdefault(file, []).append(row)
        named = [_rows_of(file, names) for file, names in rows.items()]
        if len(named) == 1:
            return InputError(named[0], UNDATED)
        more = f" and {len(named) - 3:,} more" if len(named) > 3 else ""
        return InputError(f"{counted(len(self.undated), 'article')}: {', '.join(named[:3])}"
                          f"{more}", UNDATED)

    def rate(self) -> str:
        """", 230 articles/s", ", 2.5 articles/s", or ", 4.2 s per article" when one article
        takes longer than a second (a whole number said "0 articles/s"); "" if none was stored
        (added or updated)."""
        stored = len(self.added) + len(self.updated)
        if not stored or self.seconds <= 0:
            return ""
        rate = stored / self.seconds
        if rate < 1:
            return f", {self.seconds / stored:.1f} s per article"
        return f", {rate:.0f} articles/s" if rate >= 10 else f", {rate:.1f} articles/s"


def _file_and_row(source: str) -> tuple[str, str]:
    """("feed.jsonl", "x0") of a row's source (a JSONL file's, a feed's: `row_mark`),
    (source, "") of any other."""
    mark = row_mark(source)
    return (source[:mark], source[mark + 1:]) if mark >= 0 else (source, "")


# What an ingest says of the articles it stored with no publication date naming places: no
# date puts them on the map, and nothing had said so (724 of a folder's 3,000 files, each
# with a date line the reader missed, "3000 added, 0 skipped" — audit 21). What a sentence
# dates with a year of its own is on the map at that time all the same ("in 2014 … Abuja":
# no publication date is needed to read it), which the warning had denied: ten agency
# texts with year-less datelines had "the places named are on no map", and 23 events of
# their background history, 1964 to 2025, were (audit 35, item 8). A dateline's day and
# month without a year ("HANOI, Dec. 3 (VNA) --") date nothing: a year guessed from the
# file's time would put the news on the map confidently wrong wherever the file was copied
# or written later (`versions.py`: file times are never dates), so the warning says so.
UNDATED = ("no publication date found (no date in the metadata, the URL, a date line, the "
           "lead or the file's name, nor a dated article of the same story; a dateline's day "
           "and month without a year, \"HANOI, Dec. 3 (VNA)\", is none): what they report is "
           "on no map until a date is set by hand on the Articles page (Show: No publication "
           "date); only what a sentence dates with a year of its own (\"in 2019\", \"on 6 "
           "April 2022\") is on the map, at that time")


def deleted_before(gone: dict) -> str:
    """Why a text is not stored again: its article was deleted (`Store.deletion`)."""
    when = gone["deleted_at"][:10]
    return (f"its article “{clipped(gone['title'], 70)}” was deleted on {when}, and this is its"
            " text again (the Places page's Restore brings it back)")


def _rows_of(file: str, rows: list[str]) -> str:
    """"feed.jsonl#x0" for one row, "feed.jsonl (3 rows: #x0, #x1, #x2)" for several."""
    if len(rows) == 1 or not rows[0]:
        return f"{file}#{rows[0]}" if rows[0] else file
    named = ", ".join(f"#{row}" for row in rows[:3])
    more = f" and {len(rows) - 3:,} more" if len(rows) > 3 else ""
    return f"{file} ({len(rows):,} rows: {named}{more})"


class IngestInterrupted(KeyboardInterrupt):
    """Ctrl-C during an ingest, with what it had done: every article it stored is whole and
    stays, and the same command run again skips them (a KeyboardInterrupt still, so a caller
    that stops on Ctrl-C stops on this)."""

    def __init__(self, report: IngestReport) -> None:
        super().__init__()
        self.report = report

    def __str__(self) -> str:
        report, count = self.report, len(self.report.added)
        updated = f"{len(report.updated):,} updated, " if report.updated else ""
        return (f"interrupted after storing {counted(count, 'article')} "
                f"({updated}{len(report.duplicates):,} already stored, {len(report.failed):,} "
                "skipped); run "
                "the same command again to go on: stored articles are skipped")


class IngestFailed(PlacelineError):
    """The store refused a write mid-ingest (a full disk, a server lost), or the Dask cluster
    preparing its documents failed: what it had stored stays, and the same input read again
    goes on (stored articles are skipped). Said in one line with that count: an audit's
    ingest on a full disk had ended in two tracebacks, exit 1, and no word of the 1,000
    articles it had stored."""

    def __init__(self, failure: PlacelineError, report: IngestReport) -> None:
        updated = f" ({len(report.updated):,} updated)" if report.updated else ""
        # (review 21: "stopped after storing 19 articles" of 21 read, and no word of the 2)
        were = "was" if report.unstored == 1 else "were"
        unstored = f", and {counted(report.unstored, 'document')} it had read {were} not " \
            "stored" if report.unstored else ""
        super().__init__(f"{failure} — the ingest stopped after storing "
                         f"{counted(len(report.added), 'article')}{updated}{unstored}; ingest "
                         "the same input again to go on: the articles stored are skipped")
        self.failure, self.report = failure, report


# A store that refuses writes (`Store.transaction`), or a server lost (`StoreLostError`: a
# restart, a failover): not one article's fault, so the batch stops rather than failing
# every article after it (an audit: the server stopped, 93 articles "failed" in 1,555 lines).
STORE_REFUSALS = (StoreWriteError, StoreReadOnlyError, StoreUnavailableError)


@dataclass
class Prepared:
    """An article cleaned, geoparsed and dated by its own evidence, with its events and
    story terms: ready to store (what parallel workers return, so the one writer only
    writes and settles dates)."""

    source: str
    article: Article
    mentions: list[Mention]
    events: list[Event] = field(default_factory=list)
    terms: frozenset[str] = frozenset()


def prepare(document: RawDocument | InputError, geoparser: Geoparser) -> Prepared | InputError:
    """The CPU-heavy part of ingest, free of the store, so it can run in any process."""
    if isinstance(document, InputError):
        return document
    try:
        return _prepared(document.source, make_article(document), geoparser)
    except InputError as error:
        return error
    except Exception as error:  # noqa: BLE001 — one article must not stop a batch
        log.error("failed on %s\n%s", document.source, traceback.format_exc())
        return InputError(document.source, f"unexpected error: {error}")


def _prepared(source: str, article: Article, geoparser: Geoparser,
              hint: str | None = None) -> Prepared:
    """Geoparse an article and build its events, dated by its own evidence for now
    (settle_dates re-dates those whose publication date only the rest of the corpus can
    tell), and its story terms. `hint`: the content hash whose one-article corrections
    apply (a new version's are its stored version's), else its own."""
    mentions = geoparser.parse(article.text, hint or article.content_hash,
                               site_country(article.url))
    own = article.published or DateGuess(None, "unknown", 0.0)
    return Prepared(source, article, mentions,
                    over_the_month(build_events(article.text, mentions, own.date, own.stamp,
                                                article.metadata), own),
                    story_terms(article.text, mentions))


@dataclass(frozen=True)
class _Ahead:
    """A document read, and geoparsed unless its text was stored already, while its ingest
    gave way (`Pipeline._giving_way`): outside the write lock, with the corrections of
    `revision` (geoparsed again if they changed before its group took the lock)."""

    source: str
    article: Article
    prepared: Prepared | None
    revision: int


def _own_or_set_by_hand(own: DateGuess, published: dt.date | None) -> DateGuess:
    """The date set by hand for an article, if any, else the one it gives itself; a hand's
    says what the article gave, which it replaces."""
    if published is None:
        return own
    gave = f"it gave {own.date:%-d %B %Y} ({own.evidence})" if own.date else "it gave none"
    return DateGuess(published, SET_BY_HAND, 1.0, f"set by hand on the Articles page; {gave}")


def _other_row_of_one_feed(names: list[str], other: str) -> bool:
    """Two rows of one JSONL file with ids of their own are two documents, whatever URL they
    share: a week of weather briefs with one section's URL had collapsed into the last row
    (a review). Across files a shared URL still names one page saved twice. `names`: the
    row's (`source_names`)."""
    if not names or other in names or row_mark(names[0]) < 0:
        return False
    return other.rsplit("#", 1)[0] in {name.rsplit("#", 1)[0] for name in names}


@dataclass(frozen=True)
class _Stored:
    """A stored article that a document read from where it came from may be a new version
    of: its id and hash, the share of wording they have in common (`shared_wording`), its
    text and metadata."""

    id: int
    content_hash: str
    share: float
    text: str = ""
    metadata: dict = field(default_factory=dict)
    named: bool = False  # the document's own name for itself (its row's id, its URL) names it
    same_text: bool = False  # the document is its text again (`Pipeline._revised`)
    raw: str = ""
    url: str = ""
    source: str = ""  # the name it was stored under
    # Found by its file's name alone, in another folder (`Pipeline._namesake`), whose file is
    # no longer where it was read (`file_gone`), and which opens as the document does
    # (`_opens_alike`): the document may be it, moved.
    moved: bool = False
    gone: bool = False  # its file is no longer where it was read, moved or not

    @property
    def key(self) -> str:
        """Its text's `version_key`."""
        return version_key(self.raw or self.text, self.url, self.metadata)


def _keep_source_name(earlier: _Stored, article: Article) -> None:
    """A new version of a file read from where it was keeps the name it was first stored
    by (`SOURCE_NAME`, "geo/obit2.txt" from the folder ingested): `ingest geo/obit2.txt`
    had named it "obit2.txt" in exports, while `dates` and the Source filter, which read
    its stored path, kept it under geo (audit 30, item 14). A moved file takes its new name."""
    first = earlier.metadata.get(SOURCE_NAME)
    if isinstance(first, str) and first and earlier.source == article.source:
        article.metadata[SOURCE_NAME] = first


def _names_it(own_id: str | None, names: list[str], url: str, row: dict) -> bool:
    """Whether a document's own name for itself names a stored row: its JSONL row's id (in
    its file, by any path), or its URL, unless both rows carry ids of their own that differ
    (a section's URL on each day's brief of each day's export)."""
    if own_id is not None and row["source"] in names:
        return True
    if not url or row["url"] != url:
        return False
    theirs = row_id(row["source"], json.loads(row["metadata"] or "{}"))
    return own_id is None or theirs is None or theirs == own_id


def _from_here(article: Article, names: list[str], rows: list[dict]) -> list[dict]:
    """The stored rows found by a document's names or URL that it may be a new version of:
    not another row of its own feed (`_other_row_of_one_feed`), nor another file named like
    its own (`elsewhere`: read by the same relative path in another folder, or named by a
    tail of its path alone) unless its URL names it."""
    kept = []
    for row in rows:
        other_file = elsewhere(article.source, row["source"],
                               json.loads(row["metadata"] or "{}"))
        if other_file and not (article.url and row["url"] == article.url):
            continue
        if not other_file and _other_row_of_one_feed(names, row["source"]):
            continue
        kept.append(row)
    return kept


def _alike(namesake: _Stored) -> str:
    """The warning for a new article that reads as a new version of a stored one read from a
    file of its name in another folder: still there, or gone but opening as another story
    does (`_opens_alike`). Both are kept, as two files."""
    folder = namesake.metadata.get(READ_IN)
    read_in = f", read in {folder}" if isinstance(folder, str) and \
        not os.path.isabs(namesake.source) else ""  # (data/x.txt of each working folder)
    if namesake.gone:
        return (f"stored as a new article, though article {namesake.id} "
                f"({namesake.source}{read_in}), a file of its name no longer there, has "
                f"{namesake.share:.0%} of its wording in common, but another headline and "
                "lead (a follow-up's, it seems); if this one replaces it, delete that one on "
                "the Articles page")
    return (f"stored as a new article, though it reads as a new version of article "
            f"{namesake.id} ({namesake.source}{read_in}), a file of its name in another folder "
            f"({namesake.share:.0%} of its wording in common); if this one replaces it, "
            "delete that one on the Articles page")


def _opens_alike(stored: str, text: str) -> bool:
    """Whether a text opens as a stored one does, as its new version would: a sentence of
    their leads in common (`wording_terms`: an update's new headline and first sentence
    keep the rest), or half the wording of their headline and first sentence (095fee8's
    x.txt, its one sentence edited). A file of a stored one's name whose file is gone is
    its new version, moved, only so: a follow-up saved as inbox/0305/story.txt, repeating
    the background of inbox/0304/story.txt, deleted, shared 70% of its wording and its
    places, and had replaced it, a story lost (review 21). Its background may be most of
    the text: the opening tells the story."""
    if wording_terms(stored) & wording_terms(text):
        return True
    return shared_wording(wording(_opening(stored)), wording(_opening(text))) >= SAME_ARTICLE


def _opening(text: str) -> str:
    """A text's headline and first sentence (its first two, as split)."""
    spans = lead_spans(text, 2, head=2000)
    return text[:spans[-1][1]] if spans else text


# Own dates an edit moves, which tell no other article: a page's last modification (all a
# page dated only by article:modified_time gives) and htmldate's guess, which may be it.
_MOVING_DATES = ("metadata modified:", "metadata htmldate:")


def _fixed_date(own: DateGuess | None) -> dt.date | None:
    """The date an article gives itself and keeps through its versions, if any."""
    return own.date if own and not own.evidence.startswith(_MOVING_DATES) else None


def _undated(text: str, own: DateGuess) -> str:
    """A text as compared for a change of its date alone: without the date its lead gives
    (a date line, a feed's field or a page's meta is out of the text already)."""
    if written := date_as_written(own):
        text = text.replace(written, "", 1)
    return spaced(text).lower()


# Metadata only the cleaning writes, from the text (no reader does): the parts it took out
# and the byline it found; "published" and "updated" a reader writes too (`READ_TOO`).
CLEANING_FIELDS = ("removed", "byline")
# Fields a reader (a feed's, a page's meta) and the cleaning (a text's "Published: 5 March
# 2024" line) both write; which of them the cleaning wrote (`FROM_TEXT`, a list, empty for
# none: a stored article's metadata holds it since session 24), and the reader's own values
# it wrote over (`AS_READ`), so that the next cleaning of the text (reprocess, rebuild)
# starts again from the reader's.
READ_TOO = ("published", "updated")
FROM_TEXT = "from_text"
AS_READ = "as_read"
# A line a cleaning may have read a date field from: its label first (`clean._META_PREFIX`);
# where an article stored before `FROM_TEXT` was kept has such a line holding its value,
# the value is the text's.
_DATE_FIELD_LINE = re.compile(r"\s*(?:date|dated|published|posted|updated|last updated)\b",
                              re.IGNORECASE)


def make_article(document: RawDocument) -> Article:
    """Clean a raw document into an article, or explain why it cannot be one."""
    cleaned = clean(document.text)
    if not cleaned.text.strip():
        raise InputError(document.source, "no article text is left after cleaning")
    # What this cleaning took out and found, and only that: a document read back from a
    # stored row (rebuild, reprocess) carries what older rules took out, which its text may
    # no longer lose, and the byline and dates they found (a line under the title once cut
    # as "Albert Hall, London", now kept in the text, had stayed its byline).
    given = _as_read(document)
    metadata = given | cleaned.metadata
    written = metadata[FROM_TEXT] = [key for key in READ_TOO if key in cleaned.metadata]
    if over := {key: given[key] for key in written if given.get(key) not in
                (None, cleaned.metadata[key])}:
        metadata[AS_READ] = over
    if cleaned.removed:
        metadata["removed"] = [list(item) for item in cleaned.removed]
    metadata["title_source"] = cleaned.title_source
    if reprinted := reprinted_on(cleaned.text, metadata):  # (dated by the original's day)
        metadata["reprinted"] = reprinted.isoformat()
    if name := _dated_file_name(document.source):
        metadata[FILE_NAME] = name
    elif folder := _dated_folder(document.source):
        metadata[FOLDER] = folder
    return Article(
        source=document.source, title=cleaned.title or "(untitled)", text=cleaned.text,
        content_hash=content_hash(document.text), url=str(document.metadata.get("url", "")),
        raw=document.text, published=own_publication_date(cleaned.text, metadata),
        metadata=metadata,
    )


def _dated_file_name(source: str) -> str | None:
    """The name of the file a text or page was read from, where it holds a date
    (`dates.date_from_file_name`); None for a row of a JSONL, CSV or feed file (`FILE#id`):
    its file's name dates the file, not each of its articles."""
    if "#" in source:
        return None
    name = source.rsplit("/", 1)[-1].rsplit("\\", 1)[-1].removeprefix("upload:")
    return name if date_from_file_name(name) else None


def _dated_folder(source: str) -> str | None:
    """The folders a text or page was read from (its source without its name, an upload's
    zip's included), where they hold a date (`dates.date_from_folder`); None for a row of a
    JSONL, CSV or feed file, as for `_dated_file_name`."""
    if "#" in source:
        return None
    folder = source.removeprefix("upload:").replace("\\", "/").rpartition("/")[0]
    return folder if folder and date_from_folder(folder) else None


def _as_read(document: RawDocument) -> dict:
    """A document's metadata as its reader gave it: without what a cleaning of its text wrote
    (a stored row's, given back by reprocess and rebuild) and with the reader's values that
    cleaning wrote over. A date an older rule read from the text ("Updated: 5 March 2024" as
    "published") had stayed after reprocess, dating the article by it."""
    metadata = document.metadata
    if FROM_TEXT in metadata or "title_source" not in metadata:  # (a reader's: no cleaning's)
        written = set(metadata.get(FROM_TEXT, ()))
    else:  # (stored before FROM_TEXT: a value on a date field's line of its text's head)
        head = [line for line in document.text.split("\n") if line.strip()][:METADATA_LINES + 1]
        written = {key for key in READ_TOO if isinstance(metadata.get(key), str) and any(
            _DATE_FIELD_LINE.match(line) and metadata[key] in line for line in head)}
    skipped = {*CLEANING_FIELDS, *written, FROM_TEXT, AS_READ}
    return {key: value for key, value in metadata.items() if key not in skipped} | \
        metadata.get(AS_READ, {})


def _cleaned_again(row: dict) -> Article | None:
    """A stored article as the cleaning of the day makes it from its raw text, when that
    is another text than stored, or the fields its cleaning reads are others (a byline, a
    date line's); None if the same, or with no raw text kept. An article
    stored with the soft hyphens normalize now removes kept "Mont&shy;réal" as
    Mont-Notre-Dame through reprocess, which had geoparsed the stored text as it was (a
    review). Its source, URL and hash stay (its corrections are keyed by the hash)."""
    if not row["raw"]:
        return None
    try:
        article = make_article(RawDocument(row["source"], row["raw"],
                                           json.loads(row["metadata"] or "{}")))
    except InputError:  # nothing left of it now: it keeps what it has
        return None
    if article.text == row["text"] and _read_alike(article.metadata, row["metadata"]):
        return None
    return replace(article, url=row["url"], content_hash=row["content_hash"])


def _read_alike(metadata: dict, stored: str | None) -> bool:
    """Whether an article's fields its cleaning reads are those stored (a text cleaned alike
    may have its byline or a date line read otherwise: the same line cut for another
    reason, or an "Updated:" line once read as the publication date)."""
    before = json.loads(stored or "{}")
    return all(metadata.get(key) == before.get(key)
               for key in ("byline", *READ_TOO, FROM_TEXT, AS_READ))


def _stamp_change(stored: str | None, published: DateGuess | None) -> str:
    """What a new version says of its stamp where it is read as a date now and was an
    instant, or the other way (`ingest.STAMP_DATE`); "" if neither."""
    was = date_from_metadata(json.loads(stored or "{}"))
    if was is None or published is None or (was.stamp is None) == (published.stamp is None):
        return ""
    return "its stamp is read as a date now, not a time" if published.stamp is None else \
        "its stamp is read as a time now, not a date"


def cleaning_warning(article: Article) -> str | None:
    """What to tell the user when cleaning took most of an article (it is stored anyway, with
    the removed parts in its metadata, which the Articles page shows)."""
    removed = article.metadata.get("removed", [])
    share = removed_share(article.text, removed)
    if share > MOSTLY_REMOVED:
        return (f"cleaning removed {share:.0%} of the text as ads, footers, captions, bylines "
                "or pull quotes; check that the story is whole")
    # Most of the story under its title and date line: a long title had hidden a story cut to
    # nothing (audit 29)
    body = story_body(article.text, article.title)
    if removed_share(body, removed) <= MOSTLY_REMOVED:
        return None
    if not body.strip():
        return ("cleaning removed all of the story under its title as ads, footers, captions, "
                "bylines or pull quotes; only the title is left: check the text")
    return (f"cleaning removed {removed_share(body, removed):.0%} of the story under its "
            "title as ads, footers, captions, bylines or pull quotes; check that the story "
            "is whole")


def _day(iso: str) -> int:
    return dt.date.fromisoformat(iso[:10]).toordinal()


def _days_around(iso: str | None) -> set[int] | None:
    """Days a story with an article of this date can reach; None when it has no date."""
    if not iso:
        return None
    day = _day(iso)
    return set(range(day - STORY_DAYS, day + STORY_DAYS + 1))


def _close(day: dt.date | None, other: dt.date | None) -> bool:
    """Whether two articles' own dates let them be one story (either undated, or at most
    STORY_DAYS apart)."""
    return day is None or other is None or abs((day - other).days) <= STORY_DAYS


def story_terms(text: str, mentions: Iterable[Mention]) -> frozenset[str]:
    """What two reports of one story share: names in the text and the places resolved; and
    what two copies of one text share, the wording of its first sentences."""
    return salient_terms(text, [(m.surface, m.place.id) for m in mentions if m.place]) | \
        wording_terms(text)


def _names(names: Iterable[str], most: int = 5) -> str:
    """"Leeds, Bradford", or "Leeds, Bradford and 4 more": place names in a message."""
    found = sorted(set(names))
    more = f" and {len(found) - most} more" if len(found) > most else ""
    return ", ".join(found[:most]) + more if found else "no place"


def _everywhere(corrections: Iterable[Correction]) -> frozenset[tuple[str, str]]:
    """(name, place id) of the corrections that apply in every article."""
    return frozenset((c.surface, c.place.id) for c in corrections if not c.context_hint)


def load_corrections(store: Store) -> list[Correction]:
    corrections = []
    for row in store.corrections():
        place = Place(id=row["id"], name=row["name"], lat=row["lat"], lon=row["lon"],
                      kind=row["kind"], country=row["country"], admin1=row["admin1"],
                      population=row["population"], source=row["source"],
                      geonameid=row["geonameid"])
        corrections.append(Correction(row["surface"], place, row["context_hint"]))
    return corrections


class _CommitGroups:
    """One store transaction around a group of articles, committed when the group is full,
    old, or ends (also on Ctrl-C: every article written so far is whole). `before_commit`
    writes in each group's transaction (an ingest's record of how far it got, which is then
    never ahead of what is stored, nor behind it)."""

    def __init__(self, store: Store, before_commit: Callable[[], None] | None = None,
                 report: IngestReport | None = None) -> None:
        self.store = store
        self.before_commit = before_commit
        self._open: ExitStack | None = None
        self._count = 0
        self._opened = 0.0
        self._report = report or IngestReport()
        self._kept = (0, 0)  # the report's added and updated when a group last committed
        self.committed_at = -float("inf")  # when the write lock was last let go
        self.pause = 0.0  # how long it stays free then

    @property
    def open(self) -> bool:
        """Whether a group's transaction (the write lock) is open."""
        return self._open is not None

    def rested(self) -> bool:
        """Whether the lock has been free its pause since the last commit."""
        return time.perf_counter() - self.committed_at >= self.pause

    def rest(self) -> None:
        """Wait out the pause (nothing left to read meanwhile)."""
        time.sleep(max(0.0, self.pause - (time.perf_counter() - self.committed_at)))

    def let_go(self, held: float = GIVE_WAY) -> None:
        """The write lock was let go now, after being held `held` s."""
        self.committed_at = time.perf_counter()
        self.pause = min(GIVE_WAY, held + PAUSE_MARGIN)

    def start_article(self) -> bool:
        """Whether this article opened a new group (its transaction holds the write lock)."""
        opened = self._open is None
        if opened:
            self._open = ExitStack()
            self._open.enter_context(self.store.transaction())
            self._count, self._opened = 0, time.perf_counter()
        self._count += 1
        return opened

    def end_article(self) -> None:
        if (self._count >= COMMIT_EVERY
                or time.perf_counter() - self._opened >= COMMIT_AFTER):
            self.commit()

    def commit(self) -> None:
        if self._open is not None:
            if self.before_commit is not None:
                self.before_commit()
            self._open, group = None, self._open
            group.close()
            self.let_go(time.perf_counter() - self._opened)
        self._kept = (len(self._report.added), len(self._report.updated))

    def abandon(self, failure: BaseException) -> None:
        """Undo the open group after the store failed: its articles, in the report too, are
        not stored (SQLite may have undone them already, on a full disk)."""
        if self._open is not None:
            self._open, group = None, self._open
            group.__exit__(type(failure), failure, failure.__traceback__)
        added, updated = self._kept
        del self._report.added[added:], self._report.updated[updated:]


class Pipeline:
    """Ingest documents into a store and keep dates and events consistent."""

    def __init__(self, store: Store, geoparser: Geoparser | None = None) -> None:
        self.store = store
        self._corrections_seen = store.corrections_revision()
        self.geoparser = geoparser or Geoparser(geocoder=cached_answers(store),
                                                corrections=load_corrections(store))
        # What documents `Prepared` elsewhere (Dask's workers) were geoparsed with, and the
        # names of corrections made everywhere since, whose articles the writer redoes.
        self._prepared_with = _everywhere(self.geoparser.corrections)
        self._stale: frozenset[str] = frozenset()
        # The stored absolute paths by their files' names, read once an ingest, when needed,
        # and whether each one looked for is gone (`_moved_namesakes`).
        self._absolute: dict[str, list[str]] | None = None
        # The stored sources holding an upload's file name, read once an ingest.
        self._uploads: dict[str, list[str]] = {}
        self._gone: dict[str, bool] = {}
        self._any_deleted = False  # whether the user deleted any article (read per group)
        self._restoring: dict | None = None  # the deletion a Restore brings back (`restore`)

    def ingest(self, documents: Iterable[RawDocument | Prepared | InputError],
               progress: Progress | None = None, versions: bool = True,
               before_commit: Callable[[], None] | None = None) -> IngestReport:
        """Store documents, raw or already `Prepared` (cleaned and geoparsed elsewhere, e.g.
        by Dask workers); the store is written here only, by one writer. `versions`: a new
        version of a stored article replaces it (`rebuild` keeps each row it reads back).
        `before_commit`: written with each group of articles (see `_CommitGroups`)."""
        report = IngestReport()
        started = time.perf_counter()
        # (read again: files may have moved since the last ingest)
        self._absolute, self._gone, self._uploads = None, {}, {}
        if not self.store.article_count():  # (what it stores is placed by this index alone)
            from placeline.bootstrap import record_index

            record_index(self.store)
        unsettled: list[int] = []
        group = _CommitGroups(self.store, before_commit, report)
        unasked = list(getattr(self.geoparser.geocoder, "unanswered", ()))  # (others' runs)
        number = 0
        try:
            for number, item in enumerate(self._giving_way(documents, group), start=1):
                if group.start_article():
                    self._follow_corrections()
                    self._any_deleted = self.store.any_deleted()  # (one deleted meanwhile)
                self._ingest_one(number, item, report, unsettled, progress, versions)
                group.end_article()
                if len(unsettled) >= SETTLE_EVERY:
                    group.commit()
                    self.settle_dates(new=unsettled)
                    group.let_go()  # (its own transaction)
                    unsettled = []
            group.commit()
            self._settle_with_pending(unsettled)
            if versions:  # (not `rebuild`, which reads rows back)
                self._warn_undated(report)
        except STORE_REFUSALS as failure:
            group.abandon(failure)
            self._put_off_if_possible(unsettled)
            report.unstored = max(0, number - report.told())
            report.seconds = time.perf_counter() - started
            raise IngestFailed(failure, report) from failure
        except ClusterError as failure:  # (where its documents come from: what it stored
            group.commit()  # is kept and dated later, as at Ctrl-C)
            self._put_off(unsettled)
            report.seconds = time.perf_counter() - started
            raise IngestFailed(failure, report) from failure
        except BaseException as stopped:
            if isinstance(stopped, Exception):
                raise  # a failure, not a stop: the store may be what failed
            # Ctrl-C, or the Ingest page stopped by a rerun (Streamlit's own BaseException)
            group.commit()
            self._put_off(unsettled)
            report.seconds = time.perf_counter() - started
            if isinstance(stopped, KeyboardInterrupt):
                raise IngestInterrupted(report) from stopped
            raise
        finally:
            group.commit()
        report.seconds = time.perf_counter() - started
        report.geocoder = unanswered_note(self.geoparser.geocoder, unasked)
        return report

    def _giving_way(self, documents: Iterable[RawDocument | Prepared | InputError],
                    group: _CommitGroups) -> Iterator[RawDocument | Prepared | InputError
                                                       | _Ahead]:
        """The documents in order; after each commit group, those read and geoparsed
        before the next group takes the write lock, for its pause (`_CommitGroups.let_go`):
        a page's write waiting meanwhile gets its turn, and the ingest loses no time (it
        would read them in its group). Each article is still stored whole in one group's
        transaction."""
        ahead: deque = deque()
        for item in documents:
            ahead.append(item if group.open else self._read_ahead(item))
            while ahead and (group.open or group.rested()):
                yield ahead.popleft()
        while ahead:
            if not group.open:
                group.rest()
            yield ahead.popleft()

    def _read_ahead(self, item: RawDocument | Prepared | InputError,
                    ) -> RawDocument | Prepared | InputError | _Ahead:
        """A raw document read and geoparsed now, outside the write lock (not a text stored
        already: it is most likely "already stored"); as it is where that fails, to fail
        again, and be told, where it is stored."""
        if not isinstance(item, RawDocument):
            return item
        try:
            article = make_article(item)
            known = self.store.article_with_hash(article.content_hash) is not None
            prepared = None if known else _prepared(item.source, article, self.geoparser)
        except Exception:  # noqa: BLE001 — told by `_ingest_one`, which meets it again
            return item
        return _Ahead(item.source, article, prepared, self._corrections_seen)

    def _follow_corrections(self) -> None:
        """The store's corrections again when one was saved, undone or moved since they were
        read: checked as each commit group starts, under the write lock, so a correction the
        dashboard saves "in every article" during an ingest reaches the articles stored after
        it, as its reprocessing reaches those stored before (an audit: 44 articles of a feed
        stored after "Texas" was corrected to Texas County, Missouri, kept the state)."""
        revision = self.store.corrections_revision()
        if revision == self._corrections_seen:
            return
        self._corrections_seen = revision
        self.geoparser = self.geoparser.with_corrections(load_corrections(self.store))
        changed = _everywhere(self.geoparser.corrections) ^ self._prepared_with
        self._stale = frozenset(name_key(surface) for surface, _ in changed)

    def _names_stale(self, text: str) -> bool:
        """Whether a text prepared elsewhere may name what a correction made since changed
        (generously: a false yes only costs geoparsing it again here)."""
        if not self._stale:
            return False
        keys, lower = f" {name_key(text)} ", text.lower()
        return any(f" {key} " in keys or key in lower for key in self._stale)

    def _put_off(self, unsettled: list[int]) -> None:
        """Remember the articles an interrupted ingest did not date by their stories."""
        pending = sorted({*self._pending(), *unsettled})
        if pending:
            self.store.set_setting(PENDING_SETTING, json.dumps(pending))

    def _put_off_if_possible(self, unsettled: list[int]) -> None:
        """`_put_off`, where the store still takes it (a full disk may, once the group that
        filled it was undone)."""
        try:
            self._put_off(unsettled)
        except STORE_REFUSALS:
            pass

    def _pending(self) -> list[int]:
        return json.loads(self.store.setting(PENDING_SETTING) or "[]")

    def _settle_with_pending(self, unsettled: list[int]) -> None:
        """Date the new articles, and those an interrupted ingest left (deleted since: no
        matter, dating reads only the articles there are)."""
        pending = self._pending()
        if unsettled or pending:
            self.settle_dates(new=[*unsettled, *pending])
        if pending:
            self.store.set_setting(PENDING_SETTING, "[]")

    def _ingest_one(self, number: int, item: RawDocument | Prepared | InputError | _Ahead,
                    report: IngestReport, unsettled: list[int],
                    progress: Progress | None, versions: bool) -> None:
        """Add one document to the report: stored, a new version of a stored article,
        duplicate or failed with its reason."""
        source = item.source
        try:
            if isinstance(item, InputError):
                raise item
            article = item.article if isinstance(item, Prepared | _Ahead) \
                else make_article(item)
            twin = self.store.article_with_hash(article.content_hash)
            if twin is None and self._any_deleted and \
                    not self._brought_back(article) and \
                    (gone := self.store.deletion(article.content_hash)):
                report.deleted.append((source, gone))  # (the user's deletion holds: a
                return  # feed's next run had stored the article again, an audit)
            if twin is not None and not (versions and self._revised(article, twin)):
                report.duplicates.append(source)
                return
            if twin is not None:  # its text again, recased, dated or cleaned otherwise
                stored = _Stored(int(twin["id"]), twin["content_hash"], 1.0, twin["text"],
                                 json.loads(twin["metadata"] or "{}"), same_text=True,
                                 raw=twin["raw"], url=twin["url"], source=twin["source"])
            else:
                stored = self._stored_version(article) if versions else None
            beside = self._namesake(article) if versions and stored is None else None
            if beside is not None and beside.moved:
                stored, beside = beside, None
            order, why = newer(self._with_file_time(stored), article.metadata) if stored \
                else (None, "")
            key = version_key(article.raw, article.url, article.metadata) if stored else ""
            if stored and order is not True and key in earlier_keys(stored.metadata):
                report.duplicates.append(source)  # a text the article had: an older one
                report.older.append((source, stored.id))
                return
            prepared = self._prepare(item, article, stored)
            refused = self._not_a_version(stored, article, prepared.mentions) if stored else ""
            earlier = None if refused else stored
            if earlier is not None and order is False:
                self._keep_newer(earlier, key, why, source, report)
                return
            if refused and self._corrected(stored.content_hash):  # (parsed with its
                prepared = _prepared(source, article, self.geoparser)  # corrections)
            # Events go in with the article, so no reader ever sees an article without them.
            if earlier is None:
                article_id = self.store.add_article(article, prepared.mentions,
                                                    prepared.events, prepared.terms,
                                                    self._id_it_had(source))
                if article_id is None:
                    report.duplicates.append(source)
                    return
                report.added.append((source, article_id))
            else:
                article_id = earlier.id
                report.changes[article_id] = self._what_changed(article_id, prepared)
                article.metadata[EARLIER] = with_earlier(earlier.metadata, [earlier.key], key)
                _keep_source_name(earlier, article)
                self._replace(article_id, prepared)
                report.updated.append((source, article_id))
            unsettled.append(article_id)
            if stored and earlier is None and not stored.moved:
                report.warnings.append(InputError(source, (
                    f"stored as a new article: article {stored.id} came from the same source "
                    f"but {refused}; if this one replaces it, delete that one on the "
                    "Articles page")))
            if beside is not None and not self._not_a_version(beside, article,
                                                              prepared.mentions):
                report.warnings.append(InputError(source, _alike(beside)))
            if earlier is None and self._any_deleted and not self._brought_back(article):
                self._warn_deleted(article, source, report)
            self._warn(source, article, report)
        except InputError as error:
            report.failed.append(error)
        except STORE_REFUSALS:
            raise  # (the store's, not the article's: `ingest` stops and says so)
        except Exception as error:  # noqa: BLE001 — one article must not stop a batch
            log.error("failed on %s\n%s", source, traceback.format_exc())
            report.failed.append(InputError(source, f"unexpected error: {error}"))
        finally:
            if progress:
                progress(number, source)

    def _warn_undated(self, report: IngestReport) -> None:
        """The articles stored that name places and have no publication date once dating
        is done (a dated article of their story dates them), for the report to tell
        (`IngestReport.undated_line`)."""
        stored = [*report.added, *report.updated]
        undated = self.store.undated_naming_places(article_id for _, article_id in stored)
        report.undated = [source for source, article_id in stored if article_id in undated]

    def _warn_deleted(self, article: Article, source: str, report: IngestReport) -> None:
        """A new text from the source of an article the user deleted is stored (an edit, or
        another story: news the user has not seen, whose deletion was of another text),
        with a warning naming the deleted one, which may have been deleted for its story."""
        for gone in self.store.deletions_from(self._names_of(article))[:1]:
            report.warnings.append(InputError(source, (
                f"stored as a new article: its source's article “{clipped(gone['title'], 70)}"
                f"” was deleted on {gone['deleted_at'][:10]}, and this is another text (an "
                "edit, or another story); if it is unwanted too, delete it on the Articles "
                "page")))

    def _with_file_time(self, stored: _Stored) -> dict:
        """The stored article's metadata, with its file's time as the file is now where it
        was stored before file times were kept: an older export read alone had replaced
        the newer text of a store written before (a review)."""
        if stored.metadata.get(FILE_TIME) or stored.metadata.get(LAST_MODIFIED):
            return stored.metadata
        path = Path(stored.source.split("#", 1)[0])
        try:
            stamp = file_time(path.stat().st_mtime) if path.is_file() else None
        except OSError:
            stamp = None
        return {**stored.metadata, FILE_TIME: stamp} if stamp else stored.metadata

    def _keep_newer(self, stored: _Stored, key: str, why: str, source: str,
                    report: IngestReport) -> None:
        """An older version of a stored article than its own (`placeline.versions`): it is
        "already stored", told once, and its key kept, so a run after it says nothing."""
        self.store.update_metadata(stored.id, {EARLIER: with_earlier(
            stored.metadata, [key], stored.key)})
        report.duplicates.append(source)
        report.older.append((source, stored.id))
        report.warnings.append(InputError(source, (
            f"not stored: an older version of article {stored.id}, whose stored text is "
            f"newer ({why})")))

    def _prepare(self, item: RawDocument | Prepared | _Ahead, article: Article,
                 earlier: _Stored | None) -> Prepared:
        """The article geoparsed, here unless it was elsewhere with what still holds: a new
        version takes its stored version's one-article corrections, and a correction made
        everywhere since the workers started applies to the texts naming it (since it was
        read ahead: any correction)."""
        hint = earlier.content_hash if earlier else None
        if isinstance(item, _Ahead):
            if item.prepared is not None and item.revision == self._corrections_seen \
                    and not (hint and self._corrected(hint)):
                return item.prepared
            return _prepared(item.source, article, self.geoparser, hint)
        if isinstance(item, Prepared) and not (hint and self._corrected(hint)) \
                and not self._names_stale(article.text):
            return item
        return _prepared(item.source, article, self.geoparser, hint)

    @staticmethod
    def _warn(source: str, article: Article, report: IngestReport) -> None:
        """What was off in a stored article: its reading, its date, its cleaning, its
        language."""
        for warning in article.metadata.get(READ_WARNINGS, []):  # (what the reader said)
            report.warnings.append(InputError(source, warning))
        if article.published and article.published.flag:
            report.warnings.append(InputError(source, article.published.flag))
        if (warning := cleaning_warning(article)) is not None:
            report.warnings.append(InputError(source, warning))
        if (warning := language_warning(article.text)) is not None:
            report.warnings.append(InputError(source, warning))

    def _revised(self, article: Article, twin: dict) -> bool:
        """Whether a text stored already (the same but for spacing and letter case) comes
        back from the source it was stored from with a change: its letter case, the date
        its source declares, its URL, its text as cleaned now. Those are new versions: a
        fixed year in a feed's "date" and "new york" fixed to "New York" had been "already
        stored", the wrong date and the missing places kept (an audit), and so had a page
        stored with the soft hyphens cleaning now removes, its "Mont&shy;réal" left as
        Mont-Notre-Dame in France (a review). The same text from another source is still
        stored once."""
        if not self._from_source_of(article, twin):
            return False
        declared = [(guess.date, guess.stamp) if guess else None for guess in map(
            date_from_metadata, (json.loads(twin["metadata"] or "{}"), article.metadata))]
        # (with its instant: a feed's stamp read as a date now, as local midnight, is one —
        # review 20b: a store made before the rule kept the Times' instants when read again)
        recased = bool(twin["raw"]) and spaced(twin["raw"]) != spaced(article.raw)  # (as
        # `content_hash` reads the text, but with its letter case)
        return recased or declared[0] != declared[1] or twin["url"] != article.url or \
            twin["text"] != article.text

    def _from_source_of(self, article: Article, row: dict) -> bool:
        """Whether a stored row was read from where `article` was (`Store.versions_of`'s
        test: its source by any of the names it has again, or its URL)."""
        names = self._names_of(article)
        return bool(_from_here(article, names, [row])) and (
            row["source"] in names or bool(article.url) and row["url"] == article.url)

    def _not_a_version(self, stored: _Stored, article: Article,
                       mentions: list[Mention]) -> str:
        """Why a document read from where a stored article came from is no new version of
        it, for the warning ("" when it is one): little wording in common (a file reused
        for another story), no place in common, or another date of its own (the next
        day's brief saved to one path). Its text again is always one."""
        if stored.same_text:
            return ""
        if stored.share < SAME_ARTICLE:
            return f"shares little of its wording ({stored.share:.0%})"
        return self._other_places(stored.id, mentions) or self._dated_apart(stored, article)

    @staticmethod
    def _dated_apart(stored: _Stored, article: Article) -> str:
        """Why a text is another article than the stored one by its date ("" if not): both
        give a date of their own (their source's, or a full date in the lead, as dating
        reads them; not a page's last modification, which an edit moves) and these differ,
        as a new version of a story keeps its date. The Leeds
        traffic brief of 5 March, saved over that of 4 March, shares 63% of its wording and
        Leeds, and had replaced it (a review: a day's leeway let it, and the audit's briefs
        only passed as they named other towns). Not where the document's own name for
        itself, its row's id or its URL, names the stored one (row "s1" with its year fixed
        and a word added had become a second article, the wrong one left on the map — a
        review), nor where the date alone changed (a fix)."""
        if stored.named:
            return ""
        was, now = own_publication_date(stored.text, stored.metadata), article.published
        before, after = _fixed_date(was), _fixed_date(now)
        if not (before and after) or before == after or \
                _undated(stored.text, was) == _undated(article.text, now):
            return ""
        return (f"it is dated {before} and this one {after} (it shares "
                f"{stored.share:.0%} of its wording, as a brief each day does)")

    def _other_places(self, article_id: int, mentions: list[Mention]) -> str:
        """Why a text is no new version of a stored one that it shares wording with: they
        name no place in common (neither a place nor a name as written), when both name
        some; "" if they do."""
        stored = self.store.mentions(article_id)
        old = {m["place_id"] for m in stored if m["place_id"]} | {
            m["surface"].lower() for m in stored if m["place_id"]}
        new = {m.place.id for m in mentions if m.place} | {
            m.surface.lower() for m in mentions if m.place}
        if not old or not new or old & new:
            return ""
        return (f"they name no place in common ({_names(m['name'] for m in stored)}; this "
                f"one {_names(m.place.name for m in mentions if m.place)})")

    def _what_changed(self, article_id: int, prepared: Prepared) -> str:
        """What the "updated" line says a new version changed: its date (by its own
        evidence), the places it names, its URL, else its wording or its letter case — so
        a wrong replacement shows."""
        old, new = self.store.article(article_id), prepared.article
        was = self.store.own_publication_dates([article_id]).get(article_id)
        was = was[:10] if was else "undated"
        now = new.published.date.isoformat() if new.published and new.published.date \
            else "undated"
        by_hand = self.store.corrected_dates().get(old["content_hash"])
        if by_hand is not None:  # (the date set by hand stands over the new text's own:
            parts = [f"its date stays {by_hand.isoformat()}, set by hand"] \
                if now != by_hand.isoformat() else []  # an audit)
        else:
            parts = [f"dated {now}, was {was}"] if now != was else []
        if parts == [] and (stamp := _stamp_change(old["metadata"], new.published)):
            parts.append(stamp)
        before = {m["name"] for m in self.store.mentions(article_id) if m["place_id"]}
        after = {m.place.name for m in prepared.mentions if m.place}
        if after - before:
            parts.append(f"now naming {_names(after - before)}")
        if before - after:
            parts.append(f"no longer naming {_names(before - after)}")
        if old["url"] != new.url:
            parts.append(f"its URL is {new.url}" if new.url else "no URL now")
        if old["content_hash"] != new.content_hash:
            parts = parts or ["its wording"]
        elif spaced(old["raw"]) != spaced(new.raw):
            parts.append("its letter case")
        elif old["text"] != new.text:
            parts = parts or ["its text as read and cleaned now"]
        return "; ".join(parts)

    def _names_of(self, article: Article) -> list[str]:
        """The sources a document's stored version may have (its source's names, `[]`
        for none): any name of its file here (relative to another working folder too:
        `tail_names`), and its file's name as an upload; for an
        upload, the stored files of its name in any folder (whose names alone tie them, so
        the rules of a name alone hold: wording, places, own date)."""
        source = source_identity(article.source, article.metadata)
        if not source:
            return []
        names = source_names(source) + tail_names(source)
        if (upload := uploaded_as(source)) is not None:
            names.append(upload)
        elif (tail := upload_of(source)) is not None:
            names += self._upload_namesakes(tail)
        return list(dict.fromkeys(names))

    def _upload_namesakes(self, tail: str) -> list[str]:
        """`Store.sources_ending(tail)` for an upload's document, from the stored sources
        holding its file's name, read once an ingest (`Store.sources_holding`): asked per row,
        each of a 1,500-row upload had scanned the store (the Ingest page 4.5× slower than
        the command line at 30,000 articles, audit 38). The file's name is the tail up to
        its first "/" or "#" (a zip's member, a row's mark), so every source ending with
        the tail holds it; sources stored meanwhile by another process are not seen, as a
        file moved meanwhile is not (`_moved_namesakes`)."""
        part = "/" + re.split(r"[/#]", tail[1:], maxsplit=1)[0]
        if part not in self._uploads:
            self._uploads[part] = self.store.sources_holding(part)
        return [source for source in self._uploads[part]
                if source.endswith(tail)][:UPLOAD_NAMESAKES]

    def _stored_version(self, article: Article) -> _Stored | None:
        """The stored article most like this one among those read from its source (by any
        of its names) or its URL; None if there is none."""
        names = self._names_of(article)
        if not names and not article.url:
            return None
        rows = _from_here(article, names, self.store.versions_of(names, article.url))
        if not rows:
            return None
        new = wording(article.text)
        share, row = max(((shared_wording(wording(row["text"]), new), row) for row in rows),
                         key=lambda found: (found[0], found[1]["id"]))
        own_id = row_id(article.source, article.metadata)
        return _Stored(int(row["id"]), row["content_hash"], share, row["text"],
                       json.loads(row["metadata"] or "{}"),
                       named=_names_it(own_id, names, article.url, row), raw=row["raw"],
                       url=row["url"], source=row["source"])

    def _namesake(self, article: Article) -> _Stored | None:
        """The stored article most like a document read from a file, among those read from a
        file of its name in another folder: by its own path there (`_named_elsewhere`), or
        whose text begins as its does (a sentence of their leads in common,
        `wording_terms`: as near-copies do, which keeps the lookup to an index, not a scan
        of every source). None if there is none. q2/quake.txt, q1's story with its day
        fixed, had been a second article without a word (an audit), as the edited files of
        a store handed to another machine were: such a file is `moved` when its own is no
        longer where it was read, and may then be its new version; else both are there, and
        the user is told (`_alike`). A file gone is moved only where the two open alike
        (`_opens_alike`): a follow-up story saved by its name is another article."""
        source = source_identity(article.source, article.metadata)
        name = file_name(source) if source else None
        if not name:
            return None
        names = self._names_of(article)
        rows = self._named_elsewhere(article, names) + self._moved_namesakes(name, names)
        if terms := wording_terms(article.text):
            ids = sorted({found for _, found, _ in self.store.term_postings(terms)},
                         reverse=True)
            rows += map(self.store.article, ids[:NAMESAKES])
        rows = list({row["id"]: row for row in rows if row and named_alike(row["source"],
                                                                           name)}.values())
        if not rows:
            return None
        new = wording(article.text)
        share, row = max(((shared_wording(wording(row["text"]), new), row) for row in rows),
                         key=lambda found: (found[0], found[1]["id"]))
        metadata = json.loads(row["metadata"] or "{}")
        gone = file_gone(row["source"], metadata)
        return _Stored(int(row["id"]), row["content_hash"], share, row["text"], metadata,
                       named=_names_it(row_id(article.source, article.metadata), names,
                                       article.url, row),
                       raw=row["raw"], url=row["url"], source=row["source"],
                       moved=gone and _opens_alike(row["text"], article.text), gone=gone)

    def _named_elsewhere(self, article: Article, names: list[str]) -> list[dict]:
        """The stored rows of a document's names (`_names_of`) that `_from_here` found
        another file's: data/x.txt read in a folder since renamed or left on another
        machine, or in a copy of it. The review's x.txt, its one sentence edited, was in no
        lead's index: "1 added" without a word, two "data/x.txt  Storm in Leeds"; so was a
        synced feed's row st-1 read in another user's folder (review 20)."""
        return [row for row in self.store.versions_of(names)
                if elsewhere(article.source, row["source"], json.loads(row["metadata"] or "{}"))
                ] if names else []

    def _moved_namesakes(self, name: str, names: list[str]) -> list[dict]:
        """The stored rows read by an absolute path from a file of this `file_name`, other
        than the document's own, that is no longer there: /…/proj/data/x.txt, ingested so
        as a cron job does, proj renamed proj2 and x.txt's one sentence edited, had been "1
        added" without a word, two "Storm in Leeds" on the map, where a relative path's file
        was found again (`_named_elsewhere`). The stored paths are read once an ingest (0.16 s
        for 100,000), and the latest MOVED_LOOKED of this name are looked for, each once an
        ingest: a file moved after as many more of its name were stored is a new article, as
        before 095fee8."""
        if self._absolute is None:
            self._absolute = defaultdict(list)
            for source in self.store.absolute_sources():
                self._absolute[source.rsplit("/", 1)[-1]].append(source)
        latest = islice((source for source in self._absolute.get(name.rsplit("/", 1)[-1], ())
                         if named_alike(source, name) and source not in names), MOVED_LOOKED)
        gone = [source for source in latest if self._file_gone(source)]
        return self.store.versions_of(gone) if gone else []

    def _file_gone(self, source: str) -> bool:
        """`file_gone` of a stored absolute path, asked once an ingest."""
        if source not in self._gone:
            self._gone[source] = file_gone(source, {})
        return self._gone[source]

    def _corrected(self, content_hash: str) -> bool:
        """Whether a one-article correction applies to the text of `content_hash`."""
        return any(c.context_hint == content_hash for c in self.geoparser.corrections)

    def _replace(self, article_id: int, prepared: Prepared) -> None:
        """A new version in a stored article's place, and its corrections follow it; the
        articles its links joined it to are dated again with it (`settle_dates`: its links
        are the old text's until then), without it if the new text tells another story."""
        if self.store.replace_article(article_id, prepared.article, prepared.mentions,
                                      prepared.events, prepared.terms):
            self.geoparser = self.geoparser.with_corrections(load_corrections(self.store))

    def settle_dates(self, new: Iterable[int] | None = None,
                     always: set[int] | None = None, near: Iterable[int] = ()) -> None:
        """Date articles (own evidence, then stories) and rebuild the events that changed:
        every article, or those a change of the `new` ones (written, or their text or date
        changed) or of the `near` ones (an article linked to them deleted) can move: the new
        ones' story links are made again against the whole store, then every article a chain
        of links joins to them is dated as dating the whole store would date it. Dating had
        read a neighbourhood and made the links among its articles alone, so whether an
        article was dated by its story depended on the rounds its articles came in, and a
        reprocessed article took others' dates away (audit 20: an undated GeoVirus article
        linked to dated ones a year apart was dated by the one its round read)."""
        always = set(always or ())
        with self.store.batch():  # (reads too: of two ingests at once, one links the other's)
            wrote, remade = self._refresh_terms()
            if new is None or wrote or self.store.setting(LINKS_SETTING) != LINKS_VERSION:
                items, current, links = self._link_everything()
                if remade:  # a new rule: events are made again too, by the tagger of the day
                    always |= set(current)
            else:
                items, current, links = self._link_again({int(a) for a in new},
                                                         {int(a) for a in near})
            dated = infer_publication_dates(items, links=links)
            for item in items:
                guess, story = dated[item.id]
                published = guess.date.isoformat() if guess.date else None
                if guess.flag and guess.flag not in guess.evidence:  # shown beside the date
                    guess = replace(guess,
                                    evidence=f"{guess.evidence}; {guess.flag}".lstrip("; "))
                if current[item.id] != (published, guess.method, story) or item.id in always:
                    self.store.set_publication_date(item.id, guess, story)
                    if item.id in always or current[item.id][0] != published:
                        self._rebuild_events(item.id, item.text, guess, item.metadata)

    def _dating_inputs(self, ids: Iterable[int]) -> tuple[list[DatingInput], dict[int, tuple]]:
        """What dating reads of some articles (those stored), and their stored (date, method,
        story)."""
        ids = list(ids)
        if not ids:
            return [], {}
        rows = self.store.dating_rows(ids)
        terms = self.store.terms_of(ids)
        fixed = self.store.corrected_dates()
        items = []
        for row in rows:
            metadata = json.loads(row["metadata"] or "{}")
            items.append(DatingInput(row["id"], row["text"], _own_or_set_by_hand(
                own_publication_date(row["text"], metadata), fixed.get(row["content_hash"])),
                terms[row["id"]], metadata))
        return items, {row["id"]: (row["published"], row["published_method"], row["story_id"])
                       for row in rows}

    def _weights(self, items: Iterable[DatingInput]) -> dict[str, float]:
        """Story terms weighed by their rarity in English (places by their names'), which
        other articles cannot move."""
        everything = set().union(*(item.terms for item in items))
        return term_weights(everything, self.store.place_names(
            t.removeprefix("place:") for t in everything if t.startswith("place:")))

    def _link_everything(self) -> tuple[list[DatingInput], dict[int, tuple], list[tuple]]:
        """Every article's story links made anew: everything asked for, a new rule of terms
        or links, or a store that kept none."""
        items, current = self._dating_inputs(self.store.article_ids())
        counts = Counter(t for item in items for t in item.terms if not t.startswith("place:"))
        links = pair_links(items, self._weights(items), COMMON_TERM_CAP, counts)
        self.store.replace_all_links(links)
        self.store.set_setting(COMMON_SETTING, json.dumps(
            sorted(t for t, count in counts.items() if count > COMMON_TERM_CAP)))
        self.store.set_setting(LINKS_SETTING, LINKS_VERSION)
        return items, current, links

    def _link_again(self, changed: set[int], near: set[int]
                    ) -> tuple[list[DatingInput], dict[int, tuple], list[tuple]]:
        """The links of the changed articles made again (and of those holding a name that
        crossed COMMON_TERM_CAP), then what dating reads of every article a chain of links,
        old or new, joins to them or to `near` ones."""
        changed = set(self.store.own_publication_dates(changed))  # (those still stored)
        crossed, counts = self._common_crossed(changed)
        relink = changed | crossed
        before = self.store.linked(relink)  # (by their links as they were)
        items, current = self._dating_inputs(relink)
        self.store.replace_links(relink, self._links_of(items, counts))
        joined = self.store.linked_together(relink | before | near)
        more, more_current = self._dating_inputs(joined - relink)
        return items + more, current | more_current, self.store.links_among(joined)

    def _common_crossed(self, changed: set[int]) -> tuple[set[int], dict[str, int]]:
        """The articles holding a name that crossed COMMON_TERM_CAP since links were last
        made, either way (only the changed articles' names and those common before can
        have): their pairs through it are made or unmade, as in the whole store. And the
        counts read, of the changed articles' names."""
        before = set(json.loads(self.store.setting(COMMON_SETTING) or "[]"))
        names = {t for found in self.store.terms_of(changed).values() for t in found
                 if not t.startswith("place:")}
        counts = self.store.term_counts(names | before)
        common = {t for t, count in counts.items() if count > COMMON_TERM_CAP}
        if common == before:
            return set(), counts
        self.store.set_setting(COMMON_SETTING, json.dumps(sorted(common)))
        return {a for _, a, _ in self.store.term_postings(common ^ before)}, counts

    def _links_of(self, items: list[DatingInput], counts: dict[str, int]
                  ) -> list[tuple[float, int, int]]:
        """The story links of `items` with every stored article: the pairs `candidate_pairs`
        makes in the whole store (a name in at most COMMON_TERM_CAP articles shared, their
        own dates at most STORY_DAYS apart or one of them undated), scored. `counts`: of
        some of their names, read already."""
        mine = {item.id: item for item in items}
        postings = self._candidates(items, counts)
        pairs = set()
        for item in items:
            for term in item.terms:
                for other, day in postings.get(term, ()):
                    day = mine[other].own.date if other in mine else day
                    if other != item.id and _close(item.own.date, day):
                        pairs.add((min(item.id, other), max(item.id, other)))
        others = {a for pair in pairs for a in pair} - mine.keys()
        terms = self.store.terms_of(others)
        wordings = {t for item in items for t in item.terms if t.startswith(WORDING)}
        texts = self.store.texts(sorted(o for o in others if terms[o] & wordings))
        days = {o: day for found in postings.values() for o, day in found}
        partners = {o: DatingInput(o, texts.get(o, ""), DateGuess(
            days[o], "explicit" if days[o] else "unknown", 0.0), terms[o], {})
            for o in others}  # (partners are scored, their events not made again: no metadata)
        every = mine | partners
        return scored_pairs([(every[a], every[b]) for a, b in sorted(pairs)],
                            self._weights(every.values()))

    def _candidates(self, items: list[DatingInput], counts: dict[str, int]
                    ) -> dict[str, list[tuple[int, dt.date | None]]]:
        """Name → (article, the date it gives itself) of the stored articles that share a
        name (in at most COMMON_TERM_CAP articles) with one of `items` and may be of its
        story by their dates: within STORY_DAYS of a dated one's, or any for an undated one
        (the database skips what no reach can include: a stream's old articles)."""
        names = {t for item in items for t in item.terms if not t.startswith("place:")}
        unread = names - counts.keys()  # (a name no article holds any more is not counted)
        counts = {**counts, **self.store.term_counts(unread)} if unread else counts
        days: dict[str, set[int] | None] = {}  # term → days it may reach; None: any day
        for item in items:
            reach = _days_around(item.own.date.isoformat() if item.own.date else None)
            for term in item.terms & names:
                if counts.get(term, 0) > COMMON_TERM_CAP:
                    continue
                if reach is None or days.get(term, set()) is None:
                    days[term] = None
                else:
                    days[term] = days.get(term, set()) | reach
        anywhere = [term for term, reach in days.items() if reach is None]
        dated = {term: reach for term, reach in days.items() if reach is not None}
        found = self.store.term_postings(anywhere)
        if dated:
            reached = set().union(*dated.values())
            found += self.store.term_postings(
                dated, dt.date.fromordinal(min(reached)).isoformat(),
                dt.date.fromordinal(max(reached)).isoformat())
        postings: dict[str, list[tuple[int, dt.date | None]]] = {}
        for term, article_id, published in found:
            reach = days[term]
            if reach is None or published is None or _day(published) in reach:
                postings.setdefault(term, []).append(
                    (article_id, dt.date.fromisoformat(published[:10]) if published else None))
        return postings

    def correct_date(self, article_id: int, published: dt.date | None) -> None:
        """Set an article's publication date by hand (None: back to the date found): its
        events and its story's undated articles are dated again. It holds through re-ingest,
        a new version of its text, reprocess and rebuild, as a one-article correction does."""
        article = self.store.article(article_id)
        if article is None:
            raise LookupError(f"article {article_id} is not stored")
        if published is None:
            self.store.remove_date_correction(article["content_hash"])
        else:
            self.store.set_date_correction(article["content_hash"], published)
        self.settle_dates(new=[article_id], always={article_id})

    def _refresh_terms(self) -> tuple[bool, bool]:
        """Story terms by the current rule, from the stored mentions, once per store (a scan
        of every article, and some have no terms at all), not per round: articles stored
        before terms were kept get them; terms an older rule made are all made again.
        Whether any were written (then every link is made again), and whether an older
        rule's were (then events too)."""
        setting = self.store.setting(TERMS_SETTING)
        if setting == TERMS_VERSION:
            return False, False
        stale = self.store.article_ids() if setting else self.store.articles_without_terms()
        with self.store.batch():  # derived data: one transaction, not one per article
            for article_id in stale:
                article = self.store.article(article_id)
                self.store.replace_terms(article_id, story_terms(
                    article["text"], self._stored_mentions(article_id)))
        self.store.set_setting(TERMS_SETTING, TERMS_VERSION)
        return bool(stale), bool(setting and stale)

    def _rebuild_events(self, article_id: int, text: str, guess: DateGuess,
                        metadata: Mapping) -> None:
        mentions = self._stored_mentions(article_id)
        self.store.replace_events(article_id, over_the_month(build_events(
            text, mentions, guess.date, guess.stamp, metadata), guess))

    def _stored_mentions(self, article_id: int) -> list[Mention]:
        return [
            Mention(m["start_char"], m["end_char"], m["surface"],
                    Place(id=m["place_id"], name=m["name"], lat=m["lat"], lon=m["lon"],
                          kind=m["kind"], country=m["country"] or "")
                    if m["place_id"] else None, m["confidence"])
            for m in self.store.mentions(article_id)
        ]

    def delete(self, article_ids: Iterable[int]) -> int:
        """Remove articles, then date again the ones that could have shared a story with
        them (an article dated only by a removed one's story loses that date). The number
        removed."""
        from placeline.bootstrap import HELD_SETTING

        ids = set(article_ids)
        linked = self.store.linked(ids) - ids
        self.store.set_setting(HELD_SETTING, "1")  # emptied by its user: never seeded again
        removed = self.store.delete_articles(ids, remember=True)  # (not stored again)
        self.settle_dates(new=(), near=linked)  # (and a name no longer common pairs again)
        return removed

    def restore(self, content_hash: str) -> int | None:
        """Bring back an article the user deleted: its text as it was stored, read again as
        an article of its own (not a version of what its source holds now), its one-article
        corrections with it (they are kept by its text), under the id it had: its links
        (`?article=N`) and exported `article_id` had changed (audit 24b), unless another
        article holds that id now, or its deletion was kept before ids were (then a new
        id). Its id, or None if it comes back as another's text."""
        gone = self.store.deletion(content_hash)
        if gone is None or not gone["raw"]:  # (a deletion without its text only lets its
            self.store.forget_deletion(content_hash)  # source's next ingest store it again)
            return None
        self.geoparser = self.geoparser.with_corrections(load_corrections(self.store))
        self._restoring = gone  # (its deletion, still kept, does not hold it back)
        try:
            report = self.ingest([RawDocument(gone["source"], gone["raw"],
                                              json.loads(gone["metadata"] or "{}"))],
                                 versions=False)
        finally:
            self._restoring = None
        if report.added or report.duplicates:  # only once it is back (or was): a Restore
            self.store.forget_deletion(content_hash)  # that fails, even by kill -9, loses
        # nothing, the deletion and its text kept as they were
        return report.added[0][1] if report.added else None

    def _brought_back(self, article: Article) -> bool:
        """Whether the article is the text a Restore is bringing back (`restore`)."""
        return self._restoring is not None and \
            article.content_hash == self._restoring["content_hash"]

    def _id_it_had(self, source: str) -> int | None:
        """The id the article a Restore brings back is to have again, by its source (even
        where cleaning now reads its text otherwise); None for any other (`restore`)."""
        had = self._restoring.get("article_id") if self._restoring is not None and \
            self._restoring["source"] == source else None
        return int(had) if had is not None else None

    def reprocess(self, article_ids: Iterable[int] | None = None,
                  progress: Progress | None = None) -> int:
        """Geoparse stored articles again (new gazetteer, new corrections); keep the articles,
        their texts cleaned again where the cleaning now reads their raw text otherwise."""
        self.geoparser = self.geoparser.with_corrections(load_corrections(self.store))
        ids = list(article_ids) if article_ids is not None else self.store.article_ids()
        for number, article_id in enumerate(ids, start=1):
            row = self.store.article(article_id)
            if row is None:
                continue
            again = _cleaned_again(row)
            text = again.text if again else row["text"]
            mentions = self.geoparser.parse(text, row["content_hash"],
                                            site_country(row.get("url")))
            if again:  # (its events are made again with the dates below)
                self.store.replace_article(article_id, again, mentions,
                                           terms=story_terms(text, mentions))
            else:
                self.store.replace_mentions(article_id, mentions)
                self.store.replace_terms(article_id, story_terms(text, mentions))
            if progress:
                progress(number, row["source"])
        # (some articles, a correction's: linked again, and dated with every article their
        # links, as they were and as they are, join them to)
        self.settle_dates(new=None if article_ids is None else ids, always=set(ids))
        if article_ids is None:  # (every article placed by this index now)
            from placeline.bootstrap import record_index

            record_index(self.store)
        return len(ids)
