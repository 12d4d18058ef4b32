"""Review 30, item 12: the document an ingest is reading, and since when, was tracked twice
(the CLI's `_SlowDocuments` with its own timer state, `BackgroundIngest` with its own
generator). One tracker, `ingest_runs.WatchedDocuments`, is read by both."""

from __future__ import annotations

import io

from placeline.ingest import RawDocument


def test_one_tracker_says_which_document_is_slow():
    from placeline.ingest_runs import WatchedDocuments

    documents = [RawDocument("quick.txt", "Floods hit York."),
                 RawDocument("big/huge.txt", "York. " * 400_000)]
    watched = WatchedDocuments(documents, after=3600)
    seen = []
    for document in watched:
        assert watched.reading[0] is document
        assert watched.slow() is None  # (not yet an hour)
        seen.append(watched.slow(after=0.0))
    assert watched.reading is None and watched.slow(after=0.0) is None  # (all read)
    assert [name for name, _ in seen] == ["quick.txt", "big/huge.txt (2.4 MB characters)"]
    again = WatchedDocuments(documents[1:], after=0.0)
    handing = iter(again)
    assert next(handing) and again.slow(short=True)[0] == "huge.txt (2.4 MB characters)"


def test_the_cli_and_the_page_read_the_same_tracker(monkeypatch):
    """The CLI's notes come from the tracker it is given; the page's job (not started here)
    keeps one and its bar's `slow` reads it."""
    from types import SimpleNamespace

    from placeline import ingest_runs
    from placeline.cli import _SlowDocuments

    watched = ingest_runs.WatchedDocuments([RawDocument("a.txt", "Floods hit York.")])
    notes = _SlowDocuments(watched, io.StringIO())
    assert [d.source for d in notes] == ["a.txt"]
    record = SimpleNamespace(id="r", store=SimpleNamespace(last_change=lambda: 0))
    job = ingest_runs.BackgroundIngest(None, [RawDocument("big/b.txt", "York.")], record)
    assert isinstance(job.watched, ingest_runs.WatchedDocuments)
    monkeypatch.setattr(ingest_runs, "SLOW_DOCUMENT_SECONDS", 0.0)
    handing = iter(job.watched)  # (kept: a generator let go ends its document)
    assert next(handing).source == "big/b.txt"
    assert job.slow()[0] == "b.txt"
    job.done.set()
    assert job.slow() is None  # (ended)
