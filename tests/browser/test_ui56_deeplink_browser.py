"""UI 56, item 4, in a real browser: Delete at once after opening an article by its link
(`/Articles?article=N`) deletes that article, and only it (a suspected race: the box's
first value, the first article, drawn before the link's)."""

from __future__ import annotations

import socket

import pytest

from placeline.store import open_store
from tests.browser import conftest
from tests.browser.conftest import seeds_copy, served
from tests.browser.test_dashboard_browser import TIMEOUT

pytestmark = pytest.mark.browser


def _port_in_our_range() -> int:
    """A free port of 8800-8899 (the ones this machine's sessions may use)."""
    for port in range(8800, 8900):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port in 8800-8899")


def test_delete_right_after_a_deep_link_deletes_the_linked_article(
        offline_page, seeds_store, tmp_path, monkeypatch):
    monkeypatch.setattr(conftest, "_free_port", _port_in_our_range)
    db = seeds_copy(seeds_store, tmp_path / "deeplink.db")
    store = open_store(db)
    ids = sorted(store.article_ids())
    titles = dict(zip(store.articles_frame()["id"], store.articles_frame()["title"],
                      strict=True))
    store.close()
    with served(db) as url:
        page = offline_page.page
        for linked in (ids[-1], ids[1]):  # (the box's last and one in the middle)
            page.goto(f"{url}/Articles?article={linked}", timeout=TIMEOUT)
            page.get_by_role("button", name="Delete this article").click(timeout=TIMEOUT)
            page.get_by_role("button", name="Delete", exact=True).click(timeout=TIMEOUT)
            page.wait_for_function(
                "t => [...document.querySelectorAll('[data-testid=stMain] h2')]"
                ".some(h => h.innerText && h.innerText !== t)", arg=titles[linked],
                timeout=TIMEOUT)
            page.wait_for_timeout(1500)  # (the rerun's last deltas)
            store = open_store(db)
            left = set(store.article_ids())
            store.close()
            assert linked not in left, titles[linked]
            gone = set(ids) - left
            assert gone <= {ids[-1], ids[1]}, gone
    assert offline_page.blocked == []
