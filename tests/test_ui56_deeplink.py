"""UI 56, item 4: the Articles page opened by `?article=N` gives its box N as its default
too. The browser sends the box's default as its value at its next message after the page
set the value: a Delete right after opening the link sent the first article's id, deleted
nothing ("the article shown is not the one…") and jumped to the first article (the real
browser's test: tests/browser/test_ui56_deeplink_browser.py)."""

from __future__ import annotations

from placeline.store import open_store
from tests.test_apptest import _run, app_db  # noqa: F401 — the fixture


def test_a_linked_article_is_the_box_s_default(app_db):  # noqa: F811
    store = open_store(app_db)
    ids = sorted(store.article_ids())
    store.close()
    at = _run("pages/1_Articles.py")
    first = at.selectbox(key="article").value
    linked = next(i for i in reversed(ids) if i != first)
    at = _run("pages/1_Articles.py", article=str(linked))
    box = at.selectbox(key="article")
    assert box.value == linked
    assert box.proto.default == list(box.options).index(box.format_func(linked))
