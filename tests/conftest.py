"""Shared fixtures. Nothing here touches the network: the geocoder tests run their own stub
server on 127.0.0.1, and the browser tests block every request that is not to localhost."""

from __future__ import annotations

import os
from pathlib import Path

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


@pytest.fixture
def store(tmp_path):
    from placeline.store import Store

    s = Store(tmp_path / "test.db")
    yield s
    s.close()


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory, geoparser):
    """A store with the five bundled articles ingested (read-only for tests)."""
    from placeline.ingest import read_paths
    from placeline.pipeline import Pipeline
    from placeline.store import Store

    s = Store(tmp_path_factory.mktemp("seeds") / "seeds.db")
    report = Pipeline(s, geoparser).ingest(read_paths([SEEDS]))
    assert len(report.added) == 5, report.summary()
    return s


@pytest.fixture
def seed_texts():
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(autouse=True)
def _no_online_geocoder(monkeypatch):
    """The online geocoder stays off unless a test turns it on against its stub server."""
    monkeypatch.delenv("PLACELINE_ONLINE_GEOCODER", raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    os.environ.pop("http_proxy", None)
