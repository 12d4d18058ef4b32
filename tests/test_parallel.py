"""Dask workers clean and geoparse; the result must equal a plain single-process ingest."""

from __future__ import annotations

from placeline.ingest import read_paths
from placeline.parallel import prepared_with_dask
from placeline.pipeline import Pipeline
from placeline.store import Store, open_store
from tests.conftest import SEEDS


def _events(store: Store) -> list[tuple]:
    frame = store.events_frame().merge(store.articles_frame()[["id", "source"]],
                                       left_on="article_id", right_on="id")
    return sorted(zip(frame["source"], frame["place_id"], frame["date"].fillna(""),
                      strict=True))


def test_a_local_dask_cluster_gives_the_same_events_as_one_process(tmp_path, geoparser):
    plain = open_store(tmp_path / "plain.db")
    Pipeline(plain, geoparser).ingest(read_paths([SEEDS]))
    parallel = open_store(tmp_path / "parallel.db")
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\x00\x01\x02 binary")
    prepared = prepared_with_dask(read_paths([SEEDS, broken]), [], workers=2, batch_size=2)
    report = Pipeline(parallel, geoparser).ingest(prepared)
    assert len(report.added) == 5
    assert [e.source for e in report.failed] == [str(broken)]
    assert _events(parallel) == _events(plain)
    assert parallel.articles_frame()["published"].tolist() == \
        plain.articles_frame()["published"].tolist()
