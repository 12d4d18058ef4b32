"""Left open by the twenty-first session's reviews, the pages and the store's read-only
handling: a read-only store an older index placed (item 1), a store that becomes writable
while the dashboard runs (2), the Articles page's publication date in UTC (3), the map's
filters and the Articles page (4), an ingest from the command line seen on the Ingest page
(5)."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shlex
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import streamlit as st

from placeline.bootstrap import GAZETTEER_SETTING
from placeline.gazetteer_build import INDEX_VERSION
from placeline.pipeline import Pipeline
from placeline.store import SQLiteStore, open_store
from tests.conftest import ROOT
from tests.test_apptest import _run, app_db  # noqa: F401 — the fixture
from tests.test_audit18_pages import _no_date_note
from tests.test_audit19_map import ingest_rows
from tests.test_audit20_pages import nigeria_db  # noqa: F401 — the fixture
from tests.test_audit21_map import FORT_NELSON, LONDON
from tests.test_audit21_store import _read_only_volume, archive  # noqa: F401 — the fixture
from tests.test_audit_cli import _main, seeds_db  # noqa: F401 — the fixture


def _unescaped(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown)


# -- 1. a read-only store an older index placed -----------------------------------------------


def _recorded_index(db, recorded: str) -> None:
    """The store as a release of gazetteer index `recorded` left it."""
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = ?", (recorded, GAZETTEER_SETTING))
    conn.close()


def test_a_read_only_store_an_older_index_placed_is_told_to_be_placed_again_in_a_copy(
        archive, app_store, monkeypatch, capsys):  # noqa: F811 — the fixture
    """The review: a read-only store an older index placed showed on every page `python -m
    placeline setup --db …`, which on that store fails (exit 2, "is read-only"), and `export`
    said the same. They now say it is read-only and give the commands that place its
    articles again in a copy, which do."""
    _recorded_index(archive, "44")
    _read_only_volume(monkeypatch, archive.parent)
    code, _, err = _main(capsys, "setup", "--db", str(archive))
    assert code == 2 and "is read-only" in err  # (the command the pages had given)
    first = f"python -m placeline copy --db {shlex.quote(str(archive))} NEW.db"
    then = "python -m placeline setup --db NEW.db"
    note = (f"The articles of {archive} were placed by an older gazetteer index (v44; this "
            f"release's is v{INDEX_VERSION}): some pins may be where that index put them.")
    app_store(archive)
    for page in ("dashboard.py", "pages/1_Articles.py", "pages/2_Places.py",
                 "pages/3_Ingest.py"):
        at = _run(page)  # (its copy is the read-only note's, above it: review 22)
        assert _unescaped(at.warning[0].value).startswith(
            f"{note} The store is read-only, so they cannot be placed again in it: copy it "
            "where you may write as the note above says (NEW.db, a new file, made once)"), page
        assert [c.value for c in at.code] == [then], page
    code, _, err = _main(capsys, "export", "--format", "csv", "--db", str(archive))
    assert code == 0 and err == (f"note: {note} The store is read-only, so they cannot be "
                                 f"placed again in it: `{first}` and then `{then}` place them "
                                 "all again in a copy where you may write, once (your "
                                 "corrections are kept).\n")

    monkeypatch.chdir(archive.parent.parent)  # (the commands, as given)
    for command in (first, then):
        code, _, err = _main(capsys, *shlex.split(command)[3:])
        assert code == 0, err
    copy = SQLiteStore(archive.parent.parent / "NEW.db")
    assert copy.setting(GAZETTEER_SETTING) == INDEX_VERSION and copy.article_count() == 5
    copy.close()


# -- 2. a store that may be written again ------------------------------------------------------


def test_a_store_that_may_be_written_again_is_written_without_a_restart(
        archive, app_store):  # noqa: F811 — the fixture
    """The review: a dashboard opened while the disk was full or the volume read-only stayed
    read-only until its process restarted, after space was freed. The page asks the disk
    again at each run while the store it has is read-only."""
    app_store(archive)
    with pytest.MonkeyPatch.context() as volume:
        _read_only_volume(volume, archive.parent)
        at = _run("pages/1_Articles.py")
        assert _unescaped(at.info[0].value).startswith("This store is read-only")
        at.run()  # (still so)
        assert _unescaped(at.info[0].value).startswith("This store is read-only")
    at.run()  # the volume is writable again: the next run writes
    assert not [i for i in at.info if "read-only" in i.value]
    at.session_state[f"delete_for_{at.selectbox(key='article').value}"] = True  # (open)
    at.button(key="delete").click().run()
    assert not at.error and len(at.dataframe[0].value) == 4
    assert open_store(archive).article_count() == 4


# -- 3. the Articles page's publication date in UTC -------------------------------------------


def _published_lines(tmp_path, geoparser, app_store, rows: list[dict]) -> list[str]:
    """The Published line of each article of a store of `rows`, on the Articles page."""
    ingest_rows(tmp_path, rows, geoparser).close()
    app_store(tmp_path / "feed.db")
    lines = []
    for article in range(1, len(rows) + 1):
        at = _run("pages/1_Articles.py", article=str(article))
        text = _unescaped(next(m.value for m in at.markdown if "**Published:**" in m.value))
        lines.append(text.partition("  \n")[0])
    return lines


def test_the_articles_page_says_a_publication_date_is_utc_s_as_the_cards_do(
        tmp_path, geoparser, app_store):
    """The review: stamped 03:00 UTC on the 15th, the Fort Nelson story's cards say
    "published 15 May 2024 in UTC" and stand on Tuesday the 14th there, where the Articles
    page said "Published: 15 May 2024", UTC's date without a word. It now says so, and where
    it was still the day before; a stamp of the writer's own offset is the source's date,
    and a date without a time is as before."""
    paris = {"id": "paris", "published": "2024-05-15T09:00:00+02:00", "title": "Paris",
             "text": "Heavy rain flooded streets in Paris."}
    plain = {"id": "york", "published": "2024-05-15", "title": "York",
             "text": "Heavy rain flooded streets in York."}
    method = " — given by the source or stated in its text (confidence 97%)"
    assert _published_lines(tmp_path, geoparser, app_store,
                            [FORT_NELSON, LONDON, paris, plain]) == [
        "**Published:** 15 May 2024 in UTC (at 03:00 UTC, when it was still Tuesday 14 May "
        "at Fort Nelson, Fort St. John, Dawson Creek and 2 more: a sentence naming them with "
        "no date of its own stands on that day, as their cards on the map say)" + method,
        "**Published:** 15 May 2024 in UTC" + method,
        "**Published:** 15 May 2024" + method,
        "**Published:** 15 May 2024" + method]
    store = open_store(tmp_path / "feed.db")  # a date set by hand is the user's
    Pipeline(store, geoparser).correct_date(1, dt.date(2024, 5, 15))
    store.close()
    at = _run("pages/1_Articles.py", article="1")
    line = next(m.value for m in at.markdown if "**Published:**" in m.value)
    assert _unescaped(line).startswith("**Published:** 15 May 2024 — set by hand"), line


# -- 4. the map's filters and the Articles page -------------------------------------------------


def test_under_a_filter_the_map_s_note_and_the_articles_page_say_what_they_count(
        nigeria_db):  # noqa: F811 — the fixture
    """The review: under a keyword the map's note counted the articles it keeps ("1 article
    names places with no date … The Articles page lists it"), and the Articles page its link
    opens counted all 5, nothing saying why. The filters are the map page's (its sidebar,
    its URL; a link to the Articles page carries none): the note says how many the page
    lists, and the page that the map's filters do not apply to it."""
    note = _unescaped(_run("dashboard.py", q="Kano").warning[0].value)
    assert "1 of the articles these filters keep names places with no date, so those places " \
           "are not on the map: [“Floods in Kano”]" in note, note
    assert "lists it among all 5 such articles (the map's filters do not apply there) and " \
           "corrects its places." in note, note
    unfiltered = _no_date_note(_run("dashboard.py"))
    assert unfiltered.startswith("5 articles name places with no date") and "among" not in \
        unfiltered  # (as before)
    at = _run("pages/1_Articles.py", show="Places on no map")
    captions = [c.value for c in at.caption]
    assert "5 articles name places with no date" in captions
    assert ("Every stored article is counted and listed here: the map's "
                            "filters (its sidebar's keyword, kinds, sources, places and "
                            "confidence) do not apply; *Find articles* searches their words.") in captions


# -- 5. an ingest from the command line, seen on the Ingest page -------------------------------


def _long_feed(path: Path, rows: int) -> Path:
    """A feed that takes some seconds to ingest."""
    towns = ["Leeds", "York", "Hull", "Bradford", "Sheffield", "Wakefield"]
    path.write_text("".join(json.dumps({
        "id": f"r{n}", "date": f"2024-03-{n % 28 + 1:02d}", "title": f"Floods in {town} ({n})",
        "text": f"Floods closed roads in {town} on Monday, the council said. Residents of "
                f"{towns[(n + 3) % len(towns)]} were told to stay at home. Report {n}."}) + "\n"
        for n, town in ((n, towns[n % len(towns)]) for n in range(rows))), encoding="utf-8")
    return path


def _under_way(db: Path, seconds: float = 90) -> dict:
    """The record of an ingest once it has read some documents, read as a reader does (an
    opening's write would wait for the ingest's lock)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with sqlite3.connect(f"{db.absolute().as_uri()}?mode=ro", uri=True) as conn:
            found = [json.loads(value) for (value,) in conn.execute(
                "SELECT value FROM meta WHERE key LIKE 'ingest_run:%'")]
        conn.close()
        if any(run["state"] == "running" and run.get("read") for run in found):
            return found[0]
        time.sleep(0.2)
    raise AssertionError("the ingest did not start")


def test_the_ingest_page_says_how_to_stop_an_ingest_run_from_the_command_line(
        tmp_path, app_store, monkeypatch):
    """The review: the Ingest page cannot stop an ingest `ingest` runs (its Stop button is
    for its own server's). It showed "An ingest of feed.jsonl from the command line is under
    way: 120 of 3,000 documents read" and its bar, and not how to stop it: it now says so
    (Ctrl-C in its terminal, or `kill -INT PID`, which ends it as Ctrl-C does), and done so,
    the page tells it as stopped."""
    told: list[str] = []  # (what the page says while it follows the run: a rerun ends it)
    info = st.info

    def said(body, *args, **kwargs):
        told.append(_unescaped(body))
        if "under way" in body:  # what the page says is done: the command line's Ctrl-C
            cli.send_signal(signal.SIGINT)
        return info(body, *args, **kwargs)

    monkeypatch.setattr(st, "info", said)
    db, feed = tmp_path / "news.db", _long_feed(tmp_path / "feed.jsonl", 20_000)
    open_store(db).close()
    app_store(db)
    _run("dashboard.py")  # (the page's store opened before the ingest holds its lock)
    env = {**os.environ, "PLACELINE_CACHE_DIR": str(ROOT / "data" / "cache")}
    cli = subprocess.Popen([sys.executable, "-m", "placeline", "ingest", str(feed), "--db",
                            str(db)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    try:
        run = _under_way(db)
        assert run["pid"] == cli.pid and run["where"] == "cli"
        at = _run("pages/3_Ingest.py")
        _, err = cli.communicate(timeout=60)
    finally:
        cli.kill()
    hint = (f"It runs from the command line, not in this dashboard, so no button here stops "
            f"it: press Ctrl-C in its terminal, or run `kill -INT {cli.pid}` on this machine "
            f"({socket.gethostname()}). What it stored stays, and the same command again "
            "finishes it.")
    assert any(text.startswith(f"An ingest of {feed} from the command line is under way: ")
               and text.endswith(hint) for text in told), told
    assert cli.returncode == 130 and "interrupted" in err
    assert any(f"The ingest of {feed} from the command line (started" in _unescaped(w.value)
               and "stopped after" in w.value for w in at.warning)


# -- 6. the map's layer drawn inline -------------------------------------------------------------


def test_an_inline_layer_is_not_compiled_as_a_template(monkeypatch):
    """The review: where static/layers cannot be written, a 2.3 MB window is drawn inline,
    and each slider step cost ≈ 300 ms in st_folium, 210 of them compiling the layer's
    script as a Jinja template that st_folium never renders (branca's MacroElement.render),
    and making the script twice. Now ≈ 100 ms (a cache of the window's JSON would save
    ≈ 35 ms more at a repeated window; the rest is streamlit-folium's own passes)."""
    import jinja2
    import pandas as pd
    from streamlit_folium import _get_feature_group_string

    from placeline import layer_files
    from placeline.layers import feature_collection
    from placeline.mapview import base_map, place_layer

    compiled: list[int] = []
    compile_ = jinja2.Environment.compile
    monkeypatch.setattr(jinja2.Environment, "compile", lambda self, source, *args, **kwargs: (
        compiled.append(len(source)), compile_(self, source, *args, **kwargs))[1])
    monkeypatch.setattr(layer_files, "published", lambda layer, *base: None)  # (not writable)
    n = 2000
    summary = pd.DataFrame({"place_id": [f"p{i}" for i in range(n)],
                            "place": [f"Place {i}" for i in range(n)],
                            "lat": [i % 80 for i in range(n)], "lon": [i % 170 for i in range(n)],
                            "kind": ["city"] * n, "articles": [1 + i % 40 for i in range(n)],
                            "country": ["GB"] * n})
    script = _get_feature_group_string(place_layer(feature_collection(summary), cluster=True),
                                       map=base_map([[0, 0], [80, 170]], None))
    assert "Place 1999" in script and len(script) > 300_000
    assert max(compiled, default=0) < 50_000  # (templates of the code, not of the data)


def test_a_place_named_as_a_template_tag_is_drawn(app_db):  # noqa: F811 — the fixture
    """A corrected place's name is typed: "{% …" or "{# …" in it had failed the compile of
    the layer's script, every map window holding it an error page."""
    from placeline.models import Place

    store = open_store(app_db)
    store.add_correction("Izyum", Place(id="user:x:1,2", name="{% Izyum {# x", lat=49.2,
                                        lon=37.3, kind="city", source="correction"))
    Pipeline(store).reprocess(store.articles_with_surface("Izyum"))  # (as the form does)
    store.close()
    at = _run("dashboard.py")
    assert not at.exception
    assert "{% Izyum {# x" in at.selectbox(key="place").options
