"""Rebuild a damaged database from what survives: readable rows, source files, the bundled
articles, and the corrections journal.

The database holds each article's raw text, so most of a damaged file can usually be read
back row by row; what cannot is re-read from its source path when that file still exists.
User corrections are replayed from `<db>.corrections.jsonl`, which every correction and undo
appends to in the same transaction (store.py), so they survive whatever happened to the
database. The damaged file is kept beside the new one, never deleted.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from placeline.ingest import RawDocument, read_paths
from placeline.models import Place


@dataclass
class RebuildReport:
    salvaged: int = 0
    reread: int = 0
    corrections: int = 0
    kept_as: Path | None = None
    lost: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = (f"Rebuilt: {self.salvaged} articles read back from the damaged file, "
                f"{self.reread} re-read from their sources, {self.corrections} corrections "
                f"replayed. The damaged file is kept as {self.kept_as}.")
        if self.lost:
            text += f"\nCould not recover {len(self.lost)}: " + ", ".join(self.lost[:10])
        return text


def salvage(path: Path) -> tuple[list[RawDocument], list[str]]:
    """Articles readable from a damaged database (row by row), and the sources of the rest."""
    documents: list[RawDocument] = []
    unreadable: list[str] = []
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id")]
    except sqlite3.DatabaseError:
        return documents, unreadable
    for article_id in ids:
        try:
            source, raw, metadata = conn.execute(
                "SELECT source, raw, metadata FROM articles WHERE id = ?",
                (article_id,)).fetchone()
            documents.append(RawDocument(source, raw, json.loads(metadata or "{}")))
        except (sqlite3.DatabaseError, TypeError, ValueError):
            try:
                unreadable.append(conn.execute("SELECT source FROM articles WHERE id = ?",
                                               (article_id,)).fetchone()[0])
            except (sqlite3.DatabaseError, TypeError):
                continue
    conn.close()
    return documents, unreadable


def journal_corrections(journal: Path) -> list[tuple[str, str, Place]]:
    """(surface, context hint, place) still in force after replaying adds and removes."""
    if not journal.exists():
        return []
    active: dict[tuple[str, str, str], Place] = {}
    for line in journal.read_text(encoding="utf-8").splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue  # a line cut by a crash: every complete line before it still counts
        if record.get("op") == "add":
            place = Place(**record["place"])
            active[(record["surface"], record["context_hint"], place.id)] = place
        elif record.get("op") == "remove":
            active.pop((record["surface"], record["context_hint"], record["place_id"]), None)
    return [(surface, hint, place) for (surface, hint, _), place in active.items()]


def _sources_on_disk(sources: list[str]) -> Iterator[Path]:
    for source in sources:
        path = Path(source.split("#", 1)[0])
        if path.is_file():
            yield path


def rebuild(path: Path, bundled: Path | None = None,
            log: Callable[[str], None] = print) -> RebuildReport:
    """Move the damaged database aside and build a new one from everything recoverable."""
    from placeline.pipeline import Pipeline
    from placeline.store import SQLiteStore

    report = RebuildReport()
    documents, unreadable = salvage(path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    report.kept_as = path.with_name(f"{path.name}.damaged-{stamp}")
    shutil.move(path, report.kept_as)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            shutil.move(side, report.kept_as.with_name(report.kept_as.name + suffix))
    store = SQLiteStore(path)
    for surface, hint, place in journal_corrections(store.journal_path):
        store.add_correction(surface, place, hint, journal=False)
        report.corrections += 1
    pipeline = Pipeline(store)
    result = pipeline.ingest(iter(documents))
    report.salvaged = len(result.added)
    again = list(_sources_on_disk(unreadable))
    extra = [bundled] if bundled and bundled.exists() else []
    result = pipeline.ingest(read_paths([*again, *extra]))
    report.reread = len(result.added)
    recovered = {source for source, _ in result.added}
    report.lost = [s for s in unreadable if s.split("#", 1)[0] not in recovered]
    log(report.summary())
    store.close()
    return report
