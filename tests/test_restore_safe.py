"""A Restore that fails loses nothing: the deleted article, its text with it, stays among the
deletions as it was, to be restored again (the restore had dropped it before reading it; then
before reading the corrections — review 25). The deletion is dropped only once the article is
back, so not even a kill between the two loses it."""

from __future__ import annotations

import contextlib

import pytest

from placeline.ingest import read_paths
from placeline.pipeline import Pipeline
from tests.test_audit21_store import ROWS, _by_source, _feed


class _Broken:
    """A geoparser that fails on every text, as one would on a bug or an interrupt."""

    def __init__(self, geoparser, error: BaseException) -> None:
        self.geoparser, self.error = geoparser, error

    def __getattr__(self, name: str):
        return getattr(self.geoparser, name)

    def with_corrections(self, corrections) -> _Broken:
        return self

    def parse(self, *args, **kwargs):
        raise self.error


def _deleted(store, geoparser, tmp_path) -> str:
    feed = _feed(tmp_path / "day.jsonl", ROWS)
    pipeline = Pipeline(store, geoparser)
    pipeline.ingest(read_paths([feed]))
    article = _by_source(store)[f"{feed}#springfield"]
    content_hash = store.article(article)["content_hash"]
    pipeline.delete([article])
    return content_hash


@pytest.mark.parametrize("error", [RuntimeError("a bug"), KeyboardInterrupt()])
def test_a_failed_restore_keeps_the_deletion(store, geoparser, tmp_path, error):
    content_hash = _deleted(store, geoparser, tmp_path)
    kept = store.deletion(content_hash)
    pipeline = Pipeline(store, geoparser)
    pipeline.geoparser = _Broken(geoparser, error)
    with contextlib.suppress(BaseException):  # (told as the ingest tells it: not the point)
        pipeline.restore(content_hash)
    assert store.deletion(content_hash) == kept
    restored = Pipeline(store, geoparser).restore(content_hash)  # and it can be restored
    assert restored is not None and store.deletion(content_hash) is None


def test_a_restore_stopped_before_it_reads_the_article_keeps_the_deletion(
        store, geoparser, tmp_path, monkeypatch):
    content_hash = _deleted(store, geoparser, tmp_path)
    kept = store.deletion(content_hash)

    def interrupted(store):
        raise KeyboardInterrupt

    monkeypatch.setattr("placeline.pipeline.load_corrections", interrupted)
    with contextlib.suppress(KeyboardInterrupt):
        Pipeline(store, geoparser).restore(content_hash)
    assert store.deletion(content_hash) == kept
