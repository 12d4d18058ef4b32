"""Audit 21, the map: a window of more than 300 places is drawn where static/layers cannot be
written, a read-only install or a full disk (item 3); a card whose event stands on the
publication date at its place, a day before the date in UTC it shows, says which is which
(12). Item 1, the first click on a circle of a map running below the window's edge, is
tested in a browser (tests/browser/test_audit21_map_browser.py)."""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from placeline import layer_files
from placeline.mapview import INLINE_FEATURES, base_map, place_layer
from tests.conftest import ROOT
from tests.test_audit19_map import ingest_rows

BIG = {"type": "FeatureCollection",
       "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [i, 0]},
                     "properties": {"n": i}} for i in range(INLINE_FEATURES + 1)]}


@contextlib.contextmanager
def read_only(folder: Path):
    """Make `folder`, with what it holds, refuse every write until the block ends: its
    mode for a user, a read-only file system over it for root (whom no mode stops: the
    tests run as root), as in a container image or a system-wide install."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)
        return
    held = {path.name: path.read_bytes() for path in folder.iterdir()}
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(folder)],
                   check=True)
    try:
        for name, body in held.items():
            (folder / name).write_bytes(body)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


@pytest.fixture
def layers(tmp_path, monkeypatch) -> Path:
    """The map's layers folder, a test's own."""
    folder = tmp_path / "layers"
    folder.mkdir()
    monkeypatch.setattr(layer_files, "layers_dir", lambda: folder)
    return folder


def _script(layer) -> str:
    """The layer's script as the page gets it, on the map."""
    fmap = base_map()
    layer.add_to(fmap)
    return fmap.get_root().render()


def test_a_large_window_is_drawn_inline_where_the_layers_folder_is_read_only(layers):
    """The map page was an error ("OSError: [Errno 30] Read-only file system:
    …/static/layers/tmp0p_wiynz.part") for any window of more than 300 places, drawn
    again when the reader scrubbed to a smaller one."""
    with read_only(layers):
        with pytest.raises(OSError):
            (layers / "probe").write_text("x")  # (the folder is read-only indeed)
        script = _script(place_layer(BIG))
    assert '"n": 300' in script and "/app/static/layers/" not in script
    assert list(layers.iterdir()) == []


def test_a_layer_written_before_the_folder_became_read_only_is_still_fetched(layers):
    """A file the folder holds is served as it is; marking it recently used (its mtime)
    had raised."""
    url = layer_files.publish(BIG)
    with read_only(layers):
        script = _script(place_layer(BIG))
    assert url in script and '"n": 300' not in script


def test_a_full_disk_draws_the_layer_inline_and_says_so_once(layers, monkeypatch, caplog):
    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(layer_files.os, "replace", disk_full)
    monkeypatch.setattr(layer_files, "_told", set(), raising=False)  # (told in another test)
    with caplog.at_level(logging.WARNING, logger="placeline.layer_files"):
        scripts = [_script(place_layer({**BIG, "step": step})) for step in range(3)]
    assert all('"n": 300' in script for script in scripts)
    assert list(layers.iterdir()) == []  # no .part left
    [warning] = caplog.records
    assert "drawn inline" in warning.getMessage() and "No space" in warning.getMessage()


def test_the_map_page_draws_a_large_window_from_a_read_only_install(layers, tmp_path,
                                                                   app_store):
    """The audit's case: the dashboard served from a read-only copy of the project, its
    store elsewhere; 543 places in the window."""
    from bench.synth import fill_store

    fill_store(tmp_path / "large.db", events=3_000, places=800)
    app_store(tmp_path / "large.db")
    with read_only(layers):
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
        at.run()
    assert not at.exception, at.exception
    assert any(" places in " in caption.value for caption in at.caption)


# -- 12. a card's two publication dates --------------------------------------------------------

FORT_NELSON = {"id": "canada", "published": "2024-05-15T03:00:00Z",
               "title": "Wildfire forces evacuation of Fort Nelson",
               "text": "About 4,700 people were ordered to leave Fort Nelson, British Columbia, "
                       "on Friday as a wildfire approached. Evacuees drove south to Fort St. "
                       "John and Dawson Creek. Smoke reached Edmonton and Calgary by Monday.",
               "url": "https://news.example.com/canada"}
LONDON = {"id": "london", "published": "2024-05-15T09:00:00Z", "title": "Rain in London",
          "text": "Heavy rain flooded streets in London."}


def _cards(tmp_path, geoparser, app_store, row: dict, place: str) -> list[str]:
    """The dates lines of the cards of `place` on the map page, on a store of `row`."""
    store = ingest_rows(tmp_path, [row], geoparser)
    place_id = next(p for p, name in zip(store.events_frame()["place_id"],
                                         store.events_frame()["place"], strict=True)
                    if name == place)
    store.close()
    app_store(tmp_path / "feed.db")
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params["place"] = place_id
    at.run()
    assert not at.exception
    return [c.value for c in at.caption if c.value.startswith("Event:")]


def test_a_card_on_the_publication_date_there_says_the_published_date_is_utc(
        tmp_path, geoparser, app_store):
    """Stamped 03:00 UTC on the 15th, 20:00 on Tuesday the 14th in British Columbia: the
    card of Fort St. John, named in a sentence with no date, had said "Event: 14 May 2024
    (publication date: the sentence gives no date of its own) · published 15 May 2024",
    two publication dates a day apart."""
    assert _cards(tmp_path, geoparser, app_store, FORT_NELSON, "Fort St. John") == [
        ("Event: 14 May 2024 (the publication date there: the sentence gives no date of its "
         "own, and it was Tuesday 14 May there when the article came out) · published 15 May "
         "2024 in UTC (given by the source or stated in its text)")]


def test_a_card_on_the_publication_date_of_its_place_as_published_is_as_before(
        tmp_path, geoparser, app_store):
    """Where the date there is the source's (London at 09:00 UTC), one date, as before."""
    assert _cards(tmp_path, geoparser, app_store, LONDON, "London") == [
        ("Event: 15 May 2024 (publication date: the sentence gives no date of its own) · "
         "published 15 May 2024 (given by the source or stated in its text)")]
