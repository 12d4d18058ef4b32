"""Shared fixtures. Nothing here touches the network: the geocoder tests run their own stub
server on 127.0.0.1, and the browser tests block every request that is not to localhost."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "articles"
EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def gazetteer():
    """The real offline gazetteer index (built once into data/cache if missing)."""
    from placeline.gazetteer import get_gazetteer

    return get_gazetteer()


@pytest.fixture(scope="session")
def geoparser(gazetteer):
    from placeline.geoparse import Geoparser

    return Geoparser(gazetteer)


@pytest.fixture(scope="session")
def postgres_url():
    """A PostgreSQL server for the store tests: $PLACELINE_TEST_POSTGRES if set, else a
    throwaway cluster. Without PostgreSQL installed these tests are skipped, except where
    PLACELINE_REQUIRE_POSTGRES=1 (the README's test command sets it): there they fail."""
    if os.environ.get("PLACELINE_TEST_POSTGRES"):
        yield os.environ["PLACELINE_TEST_POSTGRES"]
        return
    from tests.postgres_server import TemporaryPostgres, find_bindir

    bindir = find_bindir()
    if bindir is None:
        message = "PostgreSQL is not installed (scripts/test.sh installs Debian's package)"
        if os.environ.get("PLACELINE_REQUIRE_POSTGRES") == "1":
            pytest.fail(message)
        pytest.skip(message)
    server = TemporaryPostgres(bindir).start()
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture
def postgres_store_url(postgres_url):
    """A URL to a fresh, empty schema of its own on the test server (dropped afterwards)."""
    from tests.postgres_server import fresh_schema

    with fresh_schema(postgres_url) as url:
        yield url


@pytest.fixture
def sqlite(tmp_path):
    """SQLite stores by name in the test's folder (`sqlite("a.db")`), closed after it."""
    from placeline.store import open_store

    opened = []

    def make(name: str = "s.db"):
        opened.append(open_store(tmp_path / name))
        return opened[-1]

    yield make
    for store in opened:
        store.close()


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path):
    """Every test of the store's behaviour runs against both backends."""
    from placeline.store import open_store

    if request.param == "postgres":
        from placeline.store_postgres import PostgresStore

        s = PostgresStore(request.getfixturevalue("postgres_store_url"))
    else:
        s = open_store(tmp_path / "test.db")
    yield s
    s.close()


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory, geoparser):
    """A store with the five bundled articles ingested (read-only for tests)."""
    from placeline.ingest import read_paths
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    s = open_store(tmp_path_factory.mktemp("seeds") / "seeds.db")
    report = Pipeline(s, geoparser).ingest(read_paths([SEEDS]))
    assert len(report.added) == 5, report.summary()
    return s


@pytest.fixture
def seed_texts():
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(autouse=True)
def _keep_main_module():
    """Streamlit's script runner (AppTest) installs the dashboard as sys.modules["__main__"]
    and leaves it there; a later test that spawns processes (Dask) would then run the
    dashboard script in every worker. Put the real one back after each test."""
    import sys

    main = sys.modules["__main__"]
    yield
    sys.modules["__main__"] = main


@pytest.fixture(autouse=True, scope="session")
def _app_runs_that_raise_fail():
    """Every run of an AppTest (`at.run()`, a widget's `.run()`) fails its test if the page
    raised: with the dashboard and each page made to raise at their end, 20 tests still
    passed, reading what was drawn before the error or stopping early (review 20). All
    runs go through AppTest._run (Streamlit 1.67); if it is renamed, patching it fails."""
    from streamlit import config
    from streamlit.testing.v1 import AppTest

    run = AppTest._run
    # A failing page's error and traceback in its test's report: the app's own setting
    # (.streamlit/config.toml) hides them from its visitors (audit 20, test_audit20_pages).
    configured = config.get_option("client.showErrorDetails")
    config.set_option("client.showErrorDetails", "full", "tests")

    def checked(self, *args, **kwargs):
        at = run(self, *args, **kwargs)
        assert not at.exception, "\n".join(
            f"The page raised {e.proto.type}: {e.message}\n" + "\n".join(e.stack_trace)
            for e in at.exception)
        return at

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(AppTest, "_run", checked)
        yield
    config.set_option("client.showErrorDetails", configured, "tests")


@pytest.fixture(autouse=True)
def _no_online_geocoder(monkeypatch):
    """The online geocoder stays off unless a test turns it on against its stub server."""
    monkeypatch.delenv("PLACELINE_ONLINE_GEOCODER", raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    os.environ.pop("http_proxy", None)


def clear_streamlit_caches() -> None:
    """Forget the app's cached stores and what was read from them: each test opens the app
    as a new server would (its store made or not, its index built anew)."""
    import streamlit as st

    st.cache_resource.clear()
    st.cache_data.clear()


@pytest.fixture
def app_store(tmp_path, monkeypatch):
    """`app_store(db)` opens the app (AppTest) on the store `db` (a SQLite file, or a
    PostgreSQL URL) through PLACELINE_DB, with a data folder holding no bundled articles
    (`data`, the test's own by default) and the prebuilt gazetteer, from empty caches;
    they are emptied again when the test ends. Nine test files had repeated these lines."""
    def use(db, data=None):
        monkeypatch.setenv("PLACELINE_DB", str(db))
        monkeypatch.setenv("PLACELINE_DATA_DIR", str(data or tmp_path))
        monkeypatch.setenv("PLACELINE_CACHE_DIR", str(ROOT / "data" / "cache"))
        clear_streamlit_caches()
        return db

    yield use
    clear_streamlit_caches()


def window_summary(at) -> str:
    """The map's summary of the window ("1 Jan 2022 – 2 Mar 2023: 31 places in 5
    articles"), without the live region's tags around it (audit 32 item 13)."""
    return re.sub(r"<[^>]+>", "", at.caption[0].value)


def top_places(at) -> pd.DataFrame:
    """The dashboard's table of places (a Markdown table) as a frame, cells unescaped."""
    table = next(m.value for m in at.markdown if m.value.startswith("| place |"))
    lines = table.splitlines()
    cells = [[re.sub(r"\\(.)", r"\1", c) for c in line.strip("| ").split(" | ")]
             for line in lines]
    return pd.DataFrame(cells[2:], columns=cells[0])


@pytest.fixture
def progress_shown(monkeypatch) -> list[tuple]:
    """Every (value, text) a page's progress bar is given, in order (AppTest keeps only the
    last state of a bar)."""
    from streamlit.delta_generator import DeltaGenerator

    shown: list[tuple] = []
    progress = DeltaGenerator.progress

    def recorded(self, value, text=None):
        shown.append((value, text))
        return progress(self, value, text=text)

    monkeypatch.setattr(DeltaGenerator, "progress", recorded)
    return shown
