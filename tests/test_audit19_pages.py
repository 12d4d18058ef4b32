"""Audit 19, the pages: the Articles page's "Original:" address copies as an address, with
no invisible character inside "https://" (item 17); a card's linked title likewise."""

from __future__ import annotations

import re

import pytest

from placeline.present import RUN_BREAK, linked_text
from tests.test_apptest import _place_id, _run
from tests.test_audit18_pages import LEEDS, _feed_db

HOSTILE = "https://x.example/a)[b](javascript:c) *x* $y$ <b>"


def _unescaped(markdown: str) -> str:
    """What Markdown shows of an escaped text: each backslash escape as its character."""
    return re.sub(r"\\(.)", r"\1", markdown)


def test_the_original_address_is_shown_as_written(tmp_path, app_store, geoparser):
    store = _feed_db(tmp_path, app_store, geoparser, [LEEDS])
    at = _run("pages/1_Articles.py")
    assert not at.exception
    header = next(m.value for m in at.markdown if "**Original:**" in m.value)
    label = re.search(r"\*\*Original:\*\* \[(.*)\]\((.*)\)$", header)
    assert label is not None, header
    assert RUN_BREAK not in header
    assert _unescaped(label[1]) == LEEDS["url"] and label[2] == LEEDS["url"]
    store.close()


def test_a_card_s_linked_title_has_no_inserted_character(tmp_path, app_store, geoparser):
    row = {**LEEDS, "title": "Protest in Leeds: see www.leeds.example or mail a@b.example"}
    store = _feed_db(tmp_path, app_store, geoparser, [row])
    at = _run("dashboard.py", place=_place_id(store, "Leeds"))
    assert not at.exception
    card = next(m.value for m in at.markdown if m.value.startswith("[**Protest"))
    assert RUN_BREAK not in card
    assert _unescaped(card).startswith(f"[**{row['title']}**]({LEEDS['url']})")
    store.close()


@pytest.mark.parametrize("text", [HOSTILE, "Kyiv [1](javascript:x) ![i](http://e/i.png)"])
def test_a_link_s_text_is_escaped_and_ends_nothing(text):
    link = linked_text(text, "https://news.example/a")
    label = re.fullmatch(r"\[(.*)\]\(https://news\.example/a\)", link)[1]
    assert re.findall(r"(?<!\\)[\[\]()*$<>!]", label) == []  # nothing in it means anything
    assert _unescaped(label) == text and RUN_BREAK not in link


def test_text_that_is_no_link_still_breaks_addresses():
    """Outside a link GitHub-flavoured Markdown would link the address: it keeps its joiner
    (audit 16), and a title without a web address is no link."""
    assert linked_text("see https://evil.example", "javascript:x") == \
        f"see https\\:{RUN_BREAK}//evil\\.example"
    assert linked_text("Floods", None, strong=True) == "**Floods**"
