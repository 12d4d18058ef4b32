"""Audit 32, items 14 to 16: a correction on an article deleted in another tab, a server
URL's bad port, and the indexes of other versions that `setup` leaves in the cache."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from placeline.errors import StoreUnavailableError
from placeline.store import open_store


@pytest.mark.parametrize("url, port", [
    ("postgresql://u@localhost:notaport/news", "notaport"),
    ("postgresql://u:secret@localhost:99999/news", "99999"),
    ("postgresql://u@h1:5432,h2:x/news", "x"),
    ("postgresql://u@localhost/news?port=abc", "abc"),
])
def test_a_bad_port_is_named_not_the_host(url, port):
    """Audit 32 item 15: "failed to resolve host 'localhost': Servname not supported"."""
    with pytest.raises(StoreUnavailableError) as error:
        open_store(url)
    message = str(error.value)
    assert f"the port '{port}' is not a number" in message
    assert "resolve host" not in message and "secret" not in message


def _old_index(cache, version: str, finished: bool = True):
    """A folder like an older release's index (a VERSION file once it was finished)."""
    folder = cache / f"gazetteer-v{version}"
    folder.mkdir(parents=True)
    (folder / "places.sqlite").write_bytes(b"x" * 2_000_000)
    if finished:
        (folder / "VERSION").write_text(version)
    return folder


def test_setup_removes_the_index_of_an_older_version_and_says_so(tmp_path, monkeypatch):
    """Audit 32 item 16: after an index version bump `setup` left gazetteer-v98 (63 MB)
    beside the new one, for good."""
    from placeline.gazetteer import index_folder
    from tests.conftest import ROOT

    cache = tmp_path / "cache"
    cache.mkdir()
    mine = index_folder().name
    (cache / mine).symlink_to((ROOT / "data" / "cache" / mine).resolve())
    old = _old_index(cache, "98")
    done = subprocess.run(
        [sys.executable, "-m", "placeline", "setup", "--db", str(tmp_path / "s.db")],
        check=False, cwd=ROOT, capture_output=True, text=True, timeout=600,
        env={**os.environ, "PLACELINE_CACHE_DIR": str(cache)})
    assert done.returncode == 0, done.stderr
    assert not old.exists()
    assert f"Removed the gazetteer index of another version, {old} (2 MB)" in done.stdout
    assert (cache / mine).exists()


def test_an_index_a_running_process_reads_or_a_build_writes_is_kept(tmp_path):
    """Never the folder an older release's running dashboard reads (its files open or
    mapped), nor one another release is building (unfinished, written to lately)."""
    from placeline.old_indexes import remove_other_indexes

    read = _old_index(tmp_path, "97")
    building = _old_index(tmp_path, "99", finished=False)
    stale = _old_index(tmp_path, "96", finished=False)
    hours_ago = time.time() - 7200
    for path in (stale, stale / "places.sqlite"):
        os.utime(path, (hours_ago, hours_ago))
    reader = subprocess.Popen(
        [sys.executable, "-c", ("import sys, time; f = open(sys.argv[1], 'rb'); "
                                "print('open', flush=True); time.sleep(60)"),
         str(read / "places.sqlite")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "open"
        said: list[str] = []
        removed = remove_other_indexes(said.append, cache=tmp_path)
    finally:
        reader.kill()
        reader.wait()
    assert removed == [stale]
    assert read.exists() and building.exists() and not stale.exists()
    assert any(f"{read}: a running process (id {reader.pid}" in line for line in said)
    assert any(f"{building}: it is unfinished" in line for line in said)
