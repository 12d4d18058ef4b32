"""UI 56, item 2: the Ingest page's bar names a document read for SLOW_DOCUMENT_SECONDS or
more ("still on huge.txt, 12 s so far"), as the CLI's `ingest` does on standard error since
huge54: an 8 MB article had held the bar on the document before it, nothing said of which."""

from __future__ import annotations

import time

from placeline import ingest_runs
from placeline.ingest_runs import progress_text
from placeline.pipeline import Pipeline
from tests.test_apptest import _run, app_db  # noqa: F401 — the fixture

HELD = 1.5  # seconds the slow document is held


def _held_on(name: str, documents):
    """The documents, the one named `name` held HELD s before the next is taken (the time
    its geoparse would take)."""
    for document in documents:
        yield document
        if document.source.endswith(name):
            time.sleep(HELD)


def test_the_ingest_page_names_a_slow_document(app_db, tmp_path, monkeypatch,  # noqa: F811
                                               progress_shown):
    ingest = Pipeline.ingest
    monkeypatch.setattr(Pipeline, "ingest", lambda self, documents, *args, **kwargs:
                        ingest(self, _held_on("b_huge.txt", documents), *args, **kwargs))
    monkeypatch.setattr(ingest_runs, "SLOW_DOCUMENT_SECONDS", 0.3)
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "a_quick.txt").write_text("Floods\n\nFloods hit York on Monday.\n")
    (folder / "b_huge.txt").write_text("Rain\n\nRain fell on Leeds on Tuesday.\n")
    (folder / "c_after.txt").write_text("Snow\n\nSnow fell on Hull on Friday.\n")
    at = _run("pages/3_Ingest.py")
    at.text_input(key="folder").set_value(str(folder)).run()
    at.button[0].click().run(timeout=60)
    assert not at.exception
    assert "3 added" in at.success[0].value
    texts = [text or "" for _, text in progress_shown]
    slow = [text for text in texts if "still on" in text]
    assert slow, texts
    assert all("b\\_huge\\.txt" in text.split("still on")[1] for text in slow)
    assert not any("still on" in text for text in texts[texts.index(slow[-1]) + 1:])
    assert texts[-1] == "Done"


def test_the_bar_s_text_names_the_last_read_and_the_slow_one():
    assert progress_text(3, 10, "in/a.txt", None) == "3 of 10 documents read · a.txt"
    assert progress_text(3, 10, "in/a.txt", ("huge.txt (8.0 MB characters)", 12.4)) == (
        "3 of 10 documents read · a.txt · still on huge.txt (8.0 MB characters), 12 s so far")
    assert progress_text(0, 10, "", ("huge.txt", 10)) == (
        "0 of 10 documents read · still on huge.txt, 10 s so far")
