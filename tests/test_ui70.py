"""UI 70 (audit 38): the map's static URLs under a proxy's path prefix (item 1); a store
lost while a page is open (item 4); bidi controls in cleaning (item 7); numbers in
messages, and one count for an ingest followed from a re-opened page (items 10, 11)."""

from __future__ import annotations

from unittest import mock

import pandas as pd
import pytest

from placeline.config import static_url
from placeline.layers import feature_collection
from placeline.mapview import INLINE_FEATURES, base_map, place_layer

# -- 1. the map under --server.baseUrlPath -------------------------------------------------


@pytest.mark.parametrize(("base_path", "url"), [
    ("", "/app/static/vendor/leaflet/leaflet.js"),
    ("team/placeline", "/team/placeline/app/static/vendor/leaflet/leaflet.js"),
    ("/team/placeline/", "/team/placeline/app/static/vendor/leaflet/leaflet.js"),
    ("/", "/app/static/vendor/leaflet/leaflet.js"),
])
def test_static_urls_follow_the_base_path(base_path, url):
    """Streamlit takes the option with or without its slashes ("/team/placeline/")."""
    assert static_url(base_path, "vendor", "leaflet/leaflet.js") == url


def _places(count: int) -> pd.DataFrame:
    return pd.DataFrame({
        "place_id": [f"p{i}" for i in range(count)], "place": [f"P{i}" for i in range(count)],
        "kind": "city", "country": "UA", "lat": [40 + i / 100 for i in range(count)],
        "lon": [20 + i / 100 for i in range(count)], "articles": 1, "events": 1,
        "confidence": 0.9})


def test_the_maps_scripts_styles_and_outlines_follow_the_base_path():
    """The map's frame had asked for /app/static/vendor/… at the host's root behind a
    proxy's /team/placeline: 404s, and no map (audit 38, item 1)."""
    html = base_map([[49.0, 24.0], [51.0, 31.0]],
                    base_path="team/placeline").get_root().render()
    for path in ("leaflet/leaflet.js", "jquery/jquery.min.js",
                 "markercluster/leaflet.markercluster.js", "leaflet/leaflet.css",
                 "markercluster/MarkerCluster.css", "basemap/countries.geojson"):
        assert f'"/team/placeline/app/static/vendor/{path}"' in html, path
    assert '"/app/static/' not in html
    plain = base_map([[49.0, 24.0], [51.0, 31.0]]).get_root().render()
    assert '"/app/static/vendor/leaflet/leaflet.js"' in plain


def test_a_large_layers_file_follows_the_base_path(tmp_path):
    """A window of more than INLINE_FEATURES places is fetched from a static file: its
    URL carries the prefix too."""
    from placeline import layer_files

    layer = feature_collection(_places(INLINE_FEATURES + 1))
    with mock.patch.object(layer_files, "static_dir", lambda: tmp_path):
        fmap = base_map(base_path="/team/placeline")
        place_layer(layer, base_path="/team/placeline").add_to(fmap)
    script = fmap.get_root().render()
    assert "/team/placeline/app/static/layers/" in script
    assert list((tmp_path / "layers").glob("*.json"))


# -- 4. a store lost while a page is open ------------------------------------------------------

PAGES = ["dashboard.py", "pages/1_Articles.py", "pages/2_Places.py", "pages/3_Ingest.py"]


class _Fading:
    """The store's connections (`Store._conn`, every command's way in) fail from the
    `after`-th use of a run on, as a server stopped mid-run fails them (or a SQLite file
    removed, or locked past its timeout)."""

    def __init__(self, monkeypatch) -> None:
        from placeline.errors import StoreLostError
        from placeline.store import Store

        self.uses, self.after = 0, None
        real = Store._conn.fget

        def conn(store):
            self.uses += 1
            if self.after is not None and self.uses > self.after:
                raise StoreLostError(store.location, "server closed the connection")
            return real(store)

        monkeypatch.setattr(Store, "_conn", property(conn))

    def run(self, at, after: int | None):
        self.uses, self.after = 0, after
        try:
            return at.run()
        finally:
            self.after = None


def _told_lost(at) -> bool:
    """The page says the store's connection was lost, in its own words, and nothing else
    went wrong (the autouse fixture fails a run that raised)."""
    return any("lost the connection to the database" in error.value for error in at.error)


@pytest.mark.parametrize("page", PAGES)
def test_a_store_lost_at_any_command_of_a_run_is_told_as_a_reload_tells_it(
        page, seeds_store, tmp_path, app_store, monkeypatch):
    """Audit 38, item 4: PostgreSQL stopped while the map was open, the next step of the
    slider was Streamlit's "This app has encountered an error" (StoreUnavailableError out
    of the map's fragment, from `still_stored`); only a reload said what happened. Every
    command of a page's run may meet the loss now: each is told in the page's words."""
    import shutil

    from tests.test_apptest import _run

    seeds_store.close()
    shutil.copy(seeds_store.path, tmp_path / "lost.db")
    app_store(tmp_path / "lost.db")
    fading = _Fading(monkeypatch)
    at = _run(page, place="geonames:703448") if page == "dashboard.py" else _run(page)
    total = fading.run(at, None) and fading.uses
    assert total > 3, total
    for after in sorted({*range(0, total, max(1, total // 12)), total - 1}):
        assert _told_lost(fading.run(at, after)), (page, after, total)
    assert not fading.run(at, None).error  # (and back once it answers)


def test_a_delete_whose_store_is_lost_is_told_as_a_reload_tells_it(
        seeds_store, tmp_path, app_store, monkeypatch):
    """A callback's loss (Delete's) had been raised before the page was drawn: the
    generic error. It is told by the run it starts, and nothing is deleted."""
    import shutil

    from tests.test_apptest import _run

    seeds_store.close()
    shutil.copy(seeds_store.path, tmp_path / "lost.db")
    app_store(tmp_path / "lost.db")
    fading = _Fading(monkeypatch)
    at = _run("pages/1_Articles.py")
    chosen = at.selectbox(key="article").value
    at.session_state[f"delete_for_{chosen}"] = True  # (the popover open)
    at.button(key="delete").click()
    assert _told_lost(fading.run(at, 0))
    assert not fading.run(at, None).error
    from placeline.store import open_store

    store = open_store(tmp_path / "lost.db")
    assert store.article(chosen) is not None
    store.close()


def test_a_sqlite_file_removed_while_open_is_unreachable_and_not_made_anew(tmp_path):
    """Each dashboard run is a thread with a connection of its own: a store file removed
    while the dashboard had it open was made anew, empty, by the next run's connection,
    whose "no such table" was the generic error."""
    import threading

    from placeline.errors import StoreUnavailableError
    from placeline.store import open_store

    store = open_store(tmp_path / "gone.db")
    for suffix in ("", "-wal", "-shm"):
        (tmp_path / f"gone.db{suffix}").unlink(missing_ok=True)
    caught: list[BaseException] = []

    def count() -> None:
        try:
            store.article_count()
        except BaseException as error:  # noqa: BLE001 (what the thread met, for the test)
            caught.append(error)

    thread = threading.Thread(target=count)
    thread.start()
    thread.join()
    assert isinstance(caught[0], StoreUnavailableError), caught
    assert "its file is gone" in str(caught[0])
    assert not (tmp_path / "gone.db").exists()
    store.close()


def test_a_write_kept_waiting_past_the_lock_timeout_is_unreachable(tmp_path):
    """A Save while another process held the write lock past the timeout had been
    sqlite3's "database is locked", the generic error on a page."""
    import sqlite3

    from placeline.errors import StoreUnavailableError
    from placeline.store import open_store

    store = open_store(tmp_path / "locked.db")
    store._conn.execute("PRAGMA busy_timeout = 50")
    holder = sqlite3.connect(tmp_path / "locked.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreUnavailableError, match="holds its write lock"), \
                store.transaction() as tx:
            tx.execute("UPDATE meta SET value = value WHERE key = 'revision'")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        store.close()


# -- 7. bidi controls --------------------------------------------------------------------------

RLO, PDF, RLI, PDI, LRM, RLM = "\u202e", "\u202c", "\u2067", "\u2069", "\u200e", "\u200f"


@pytest.mark.parametrize(("raw", "clean_text"), [
    (f"Breaking {RLO}Kiev in fire{PDF}", "Breaking Kiev in fire"),
    (f"Invoice {RLO}gpj.exe{PDF} was found.", "Invoice gpj.exe was found."),
    (f"Unclosed {RLO}override in title about Lviv", "Unclosed override in title about Lviv"),
    (f"Words \u202a\u202b\u202d{RLI}isolated{PDI} \u2066x\u2068", "Words isolated x"),
    (f"Officials in Ky{LRM}iv and{RLM} Lviv", "Officials in Kyiv and Lviv"),
])
def test_bidi_controls_are_removed_so_the_text_reads_as_stored(raw, clean_text):
    """Audit 38, item 7: a right-to-left override in a title or text was kept, and drew it
    reversed ("Unclosed vivL tuoba…", "\u202eetadpu\u202c" as "update"); a direction mark
    in a Latin word split it."""
    from placeline.clean import normalize, normalize_mapped

    assert normalize(raw) == clean_text
    assert normalize_mapped(raw).text == clean_text


@pytest.mark.parametrize("raw", [
    f"הפגנה בתל אביב{RLM} (2024) נגד הממשלה",
    f"مظاهرة في القاهرة {RLM}(2024)",
    "ירושלים וחיפה",
])
def test_right_to_left_text_and_its_needed_marks_are_kept(raw):
    """Hebrew and Arabic are kept as written, and so is a mark placing a bracket or a
    number beside them."""
    from placeline.clean import normalize, normalize_mapped

    assert normalize(raw) == raw
    mapped = normalize_mapped(raw)
    assert mapped.text == raw


def test_an_article_with_an_override_is_stored_as_it_reads(tmp_path, geoparser):
    """The audit's file: the title and text stored without the controls, so the title,
    the Articles page and the snippets draw them in reading order; Kyiv and Lviv found."""
    import json

    from placeline.ingest import read_paths
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    feed = tmp_path / "rlo.jsonl"
    rows = [{"id": "r1", "title": f"Breaking {RLO}Kiev in fire{PDF}", "date": "2024-03-15",
             "text": f"Firefighters in Kyiv battled a blaze on Friday. Invoice {RLO}gpj.exe"
                     f"{PDF} was found."},
            {"id": "r2", "title": f"Unclosed {RLO}override in title about Lviv",
             "date": "2024-03-16",
             "text": f"Officials in Lviv said on Saturday that {RLO}text after an unclosed "
                     "override and more words about Ternopil."}]
    feed.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    store = open_store(tmp_path / "rlo.db")
    Pipeline(store, geoparser).ingest(read_paths([feed]))
    stored = store.articles_frame()
    titles = set(stored["title"])
    assert titles == {"Breaking Kiev in fire", "Unclosed override in title about Lviv"}
    for article_id in stored["id"]:
        text = store.article(int(article_id))["text"]
        assert not any(c in text for c in (RLO, PDF))
    store.close()


# -- 10, 11. numbers in messages; one count for an ingest followed -----------------------------


def test_counts_in_messages_have_thousands_separators():
    """Audit 38, item 10: "30000 added" (CLI), "The store holds 30848 articles", a bar's
    "713 of 5000" beside "2,256 of 5,000" and "84,377 rows": one way now."""
    from placeline.ingest_runs import progress_text
    from placeline.pipeline import IngestReport
    from placeline.present import counted

    assert counted(30848, "article") == "30,848 articles"
    assert counted(1, "article") == "1 article"
    assert progress_text(713, 5000, "a/b.txt", None) == "713 of 5,000 documents read · b.txt"
    report = IngestReport(added=[("x", 1)] * 30000, duplicates=["y"] * 1200)
    assert report.summary().startswith("30,000 added, 1,200 already stored, 0 skipped")


def test_a_page_following_an_ingest_says_one_count(tmp_path, app_store, monkeypatch):
    """Audit 38, item 11: the Ingest page opened again while an ingest ran said "848 of
    5,000 documents read" in its line about the run, and "1256 of 5000" in the bar under
    it: the line was drawn once, from the record as the page opened, and the bar followed
    the record. Both follow it now, and say one count."""
    import re
    import threading
    import time

    import streamlit as st
    from streamlit.delta_generator import DeltaGenerator

    from placeline.ingest_runs import RunRecord
    from placeline.store import open_store
    from tests.test_apptest import _run

    store = open_store(tmp_path / "news.db")
    record = RunRecord(store, label="wire.jsonl", key="wire.jsonl", total=5000,
                       where="cli").start()
    record.tick(848, "story-0848.txt")
    record.heard()
    app_store(tmp_path / "news.db")
    shown: list[tuple[str, int]] = []
    info, progress = DeltaGenerator.info, DeltaGenerator.progress

    def read(text: str) -> int | None:
        found = re.search(r"([\d,]+) of [\d,]+ documents read", text)
        return int(found[1].replace(",", "")) if found else None

    def told(self, body, *args, **kwargs):
        if (count := read(body)) is not None:
            shown.append(("line", count))
        return info(self, body, *args, **kwargs)

    def barred(self, value, text=None):
        if text and (count := read(text)) is not None:
            shown.append(("bar", count))
        return progress(self, value, text=text)

    monkeypatch.setattr(DeltaGenerator, "info", told)
    main_info = st.info  # (bound to the main area's generator: `told` does not see it)
    monkeypatch.setattr(st, "info", lambda body, *args, **kwargs: told(
        main_info.__self__, body, *args, **kwargs))
    monkeypatch.setattr(DeltaGenerator, "progress", barred)

    def goes_on() -> None:
        """The run reads on once the page follows it, and ends once the page's bar has
        been drawn at its new count (the page follows its record each second)."""
        for _ in range(600):
            if shown:
                break
            time.sleep(0.1)
        record.tick(1256, "story-1256.txt")
        record.heard()
        for _ in range(100):
            if ("bar", 1256) in shown:
                break
            time.sleep(0.1)
        record.finish("done")

    thread = threading.Thread(target=goes_on)
    thread.start()
    try:
        _run("pages/3_Ingest.py")
    finally:
        thread.join()
        store.close()
    bars = [count for kind, count in shown if kind == "bar"]
    assert 1256 in bars, shown
    for at, (kind, count) in enumerate(shown):
        if kind == "bar":
            lines = [c for k, c in shown[:at] if k == "line"]
            assert lines and lines[-1] == count, shown


# -- 9. Streamlit's "connection lost" dialog ---------------------------------------------------


@pytest.mark.parametrize("page", PAGES)
def test_each_page_names_the_command_that_starts_the_dashboard_again(
        page, seeds_store, tmp_path, app_store):
    """Audit 38, item 9: stopped, the server leaves Streamlit's dialog saying "streamlit run
    yourscript.py" (its browser code's text: no option changes it). The sidebar names our
    command, with the store, while the page is connected."""
    import shutil

    from tests.test_apptest import _run

    seeds_store.close()
    shutil.copy(seeds_store.path, tmp_path / "news.db")
    app_store(tmp_path / "news.db")
    captions = [caption.value for caption in _run(page).sidebar.caption]
    assert any(f"`PLACELINE_DB={tmp_path / 'news.db'} python -m placeline dashboard`" in text
               for text in captions), captions


@pytest.mark.parametrize(("address", "shown"), [
    ("localhost", True), ("127.0.0.1", True), ("::1", True),
    ("0.0.0.0", False), ("", False), ("192.0.2.7", False),
])
def test_the_restart_command_is_named_only_on_this_machine_s_address(
        seeds_store, app_store, address, shown):
    """Item 9: Streamlit's own dialog names `streamlit run yourscript.py` once the server is
    gone; the sidebar names the dashboard's command while connected, only where the page
    listens on this machine alone (a visitor of a served dashboard cannot restart it)."""
    from streamlit import config

    from tests.test_apptest import _run

    app_store(seeds_store.path)
    before = config.get_option("server.address")
    config.set_option("server.address", address or None)
    try:
        at = _run("dashboard.py")
    finally:
        config.set_option("server.address", before)
    said = any("python -m placeline dashboard" in caption.value
               for caption in at.sidebar.caption)
    assert said == shown
