"""Gazetteer indexes of other versions, left in the cache folder by earlier releases.

Each INDEX_VERSION builds its own folder (gazetteer-vNNN, about 64 MB), and nothing removed
the previous one: an upgraded cache held one per version bump (audit 32 item 16). `setup`
removes the older ones once this release's index is built and the store is placed by it, except a
folder that may still be read or written: one a running process has open (a dashboard of
the older release, still serving while `setup` builds the new index: deleting its files
would break its next lookup), and one without a finished index written to lately (another
release's build under way). Those are kept and said, to be removed by a later `setup`.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from placeline.config import cache_dir
from placeline.gazetteer_build import INDEX_VERSION

_INDEX_FOLDER = re.compile(r"gazetteer-v(\d+)")
# A folder without a finished index (no VERSION file) written to within this many seconds
# may be another release's build under way: a build takes minutes, not an hour.
BUILDING_SECONDS = 3600.0
PROC = Path("/proc")


def other_indexes(cache: Path | None = None) -> list[Path]:
    """The cache's index folders of older versions than this release's: not a newer one,
    which a newer release sharing the cache (another checkout, a colleague's upgrade) reads
    and would have to build again (a second read of audit 32 item 16's fix)."""
    cache = cache_dir() if cache is None else cache
    if not cache.is_dir():
        return []
    return sorted(path for path in cache.iterdir()
                  if (found := _INDEX_FOLDER.fullmatch(path.name)) is not None
                  and int(found.group(1)) < int(INDEX_VERSION)
                  and path.is_dir() and not path.is_symlink())


def opened_by(folder: Path, proc: Path = PROC) -> int | None:
    """The id of a running process (not this one) that has a file of `folder` open or
    mapped (a dashboard's places.sqlite and names.marisa), else None; -1 where that cannot
    be told (no /proc: not Linux)."""
    if not proc.is_dir():
        return -1
    inside = str(folder.resolve()) + os.sep
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        if any(path.startswith(inside) for path in _open_paths(entry)):
            return int(entry.name)
    return None


def _open_paths(process: Path) -> Iterable[str]:
    """The files a process has open and mapped (none where it is another user's or gone)."""
    try:
        for fd in (process / "fd").iterdir():
            try:
                yield os.readlink(fd)
            except OSError:
                continue
        with open(process / "maps", encoding="utf-8", errors="replace") as maps:
            for line in maps:
                fields = line.split(maxsplit=5)
                if len(fields) == 6:
                    yield fields[5].strip()
    except OSError:
        return


def being_built(folder: Path, now: float | None = None) -> bool:
    """Whether `folder` holds no finished index and was written to lately."""
    if (folder / "VERSION").exists():
        return False
    now = time.time() if now is None else now
    newest = max((path.stat().st_mtime for path in [folder, *folder.iterdir()]), default=0)
    return now - newest < BUILDING_SECONDS


def _size_mb(folder: Path) -> float:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file()) / 1e6


def remove_other_indexes(log: Callable[[str], None] = print,
                         cache: Path | None = None) -> list[Path]:
    """Remove the cache's indexes of other versions that nothing may be reading, saying what
    was removed and what was kept and why; the removed folders."""
    removed = []
    for folder in other_indexes(cache):
        try:
            kept = _why_kept(folder)
            if kept:
                log(f"Kept the gazetteer index of another version, {folder}: {kept}.")
                continue
            size = _size_mb(folder)
            shutil.rmtree(folder)
        except OSError as exc:
            log(f"Could not remove the gazetteer index of another version, {folder}: {exc}")
            continue
        removed.append(folder)
        log(f"Removed the gazetteer index of another version, {folder} ({size:.0f} MB): "
            f"this release uses v{INDEX_VERSION}.")
    return removed


def _why_kept(folder: Path) -> str | None:
    """Why `folder` must not be removed now, or None."""
    if being_built(folder):
        return ("it is unfinished and was written to within the hour (another release's "
                "build may be under way); a later `setup` removes it")
    reader = opened_by(folder)
    if reader == -1:
        return ("whether a running dashboard of an older release reads it cannot be told "
                "here; remove it by hand once none runs")
    if reader is not None:
        return (f"a running process (id {reader}; a dashboard of an older release?) reads "
                "it; `setup` removes it once that has stopped")
    return None
