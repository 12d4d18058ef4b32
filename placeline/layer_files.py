"""Per-window GeoJSON layers as cached static files, served by Streamlit at /app/static.

A file is named by the hash of its content, so identical windows (every user scrubbing the
same range, playback loops) share one file, a file never changes once written, and the
browser may cache it. Files are written atomically (temp + rename), so a reader never sees a
half-written layer; the oldest are pruned beyond `KEEP` files.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from placeline.config import static_dir

URL_ROOT = "/app/static/layers"
KEEP = 256


def layers_dir() -> Path:
    return static_dir() / "layers"


def publish(feature_collection: dict) -> str:
    """Write the layer once (if new) and return the URL the map fetches it from."""
    body = json.dumps(feature_collection, separators=(",", ":"), ensure_ascii=False).encode()
    name = hashlib.sha256(body).hexdigest()[:24] + ".json"
    folder = layers_dir()
    target = folder / name
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".part")
        with os.fdopen(handle, "wb") as out:
            out.write(body)
        os.replace(temporary, target)
        _prune(folder)
    else:
        target.touch()  # recently used: pruned last
    return f"{URL_ROOT}/{name}"


def _prune(folder: Path) -> None:
    files = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime)
    for old in files[:-KEEP]:
        old.unlink(missing_ok=True)
