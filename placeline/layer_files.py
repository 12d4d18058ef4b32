"""Per-window GeoJSON layers as cached static files, served by Streamlit at /app/static.

A file is named by the hash of its content, so identical windows (every user scrubbing the
same range, playback loops) share one file, a file never changes once written, and the
browser may cache it. Files are written atomically (temp + rename), so a reader never sees a
half-written layer; a write that fails leaves nothing behind. The least recently used files
are pruned beyond `KEEP` files or `KEEP_BYTES` (a 1M-event window is ≈ 2.7 MB, so a count
alone would let the folder reach ≈ 700 MB), and temporary files a crashed writer left behind
are removed once they are older than any write takes.

Where the folder cannot be written (a read-only install, a full disk) `published` says so and
the map writes the layer into its script instead: the map page had been an error for every
window of more than 300 places (audit 21).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
import time
from pathlib import Path

from placeline.config import static_dir, static_url

LAYERS = "layers"
KEEP = 256
KEEP_BYTES = 128 * 2**20
STALE_PART_SECONDS = 600  # a write takes milliseconds; an older .part was abandoned

log = logging.getLogger(__name__)
_told: set[str] = set()  # the failures the log has had once (each slider step meets them)


def layers_dir() -> Path:
    return static_dir() / LAYERS


def publish(feature_collection: dict, base_path: str = "") -> str:
    """Write the layer once (if new) and return the URL the map fetches it from, under the
    server's base path (`config.static_url`)."""
    body = json.dumps(feature_collection, separators=(",", ":"), ensure_ascii=False).encode()
    name = hashlib.sha256(body).hexdigest()[:24] + ".json"
    folder = layers_dir()
    target = folder / name
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".part")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(body)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)  # disk full, interrupted: no litter
            raise
        _prune(folder)
    else:
        # Recently used: pruned last. A read-only folder still serves what it holds.
        with contextlib.suppress(OSError):
            target.touch()
    return static_url(base_path, LAYERS, name)


def published(feature_collection: dict, base_path: str = "") -> str | None:
    """The URL of the layer's file, or None where it cannot be written: the caller then
    draws the layer inline, slower per step but drawn. The log says why, once a reason."""
    try:
        return publish(feature_collection, base_path)
    except OSError as error:
        reason = f"{type(error).__name__} {error.errno}"
        if reason not in _told:
            _told.add(reason)
            log.warning("map layers are drawn inline: %s cannot be written (%s)",
                        layers_dir(), error)
        return None


def _prune(folder: Path) -> None:
    """Keep the most recently used files within `KEEP` and `KEEP_BYTES` (the newest always);
    drop abandoned temporary files. Another process may prune at the same time: a file
    already gone is fine."""
    stats = []
    for path in folder.glob("*.json"):
        try:
            stats.append((path, path.stat()))
        except FileNotFoundError:
            continue
    stats.sort(key=lambda item: item[1].st_mtime, reverse=True)
    total = 0
    for rank, (path, stat) in enumerate(stats):
        total += stat.st_size
        if rank > 0 and (rank >= KEEP or total > KEEP_BYTES):
            path.unlink(missing_ok=True)
    cutoff = time.time() - STALE_PART_SECONDS
    for part in folder.glob("*.part"):
        try:
            if part.stat().st_mtime < cutoff:
                part.unlink(missing_ok=True)
        except FileNotFoundError:
            continue
