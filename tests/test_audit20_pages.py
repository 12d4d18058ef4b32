"""Audit 20, the pages: the articles whose places are on no map are listed on the Articles
page, which the map's note links to (item 22); a served dashboard shows no traceback (23)."""

from __future__ import annotations

import logging
import re
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.conftest import ROOT
from tests.test_apptest import _run
from tests.test_audit18_pages import _feed_db, _no_date_note

TOWNS = ["Lagos", "Ibadan", "Kano", "Enugu", "Jos"]
UNDATED = [{"id": f"u{i}", "title": f"Floods in {town}",
            "text": f"Floods hit {town} on Monday, cutting roads to the market."}
           for i, town in enumerate(TOWNS)]
ACCRA = {"id": "d1", "date": "2024-03-05", "title": "Storm in Accra",
         "text": "A storm hit Accra on Monday. Residents of Kumasi were warned."}


@pytest.fixture
def nigeria_db(tmp_path, app_store, geoparser):
    """Five floods with no date (their places on no map) and a dated storm."""
    store = _feed_db(tmp_path, app_store, geoparser, [*UNDATED, ACCRA])
    yield store
    store.close()


def _listed(at) -> list[str]:
    return list(at.dataframe[0].value["title"])


def _link(note: str, text: str) -> dict[str, list[str]]:
    """The query of the note's link whose text is `text`."""
    found = re.search(rf"\[{re.escape(text)}\]\(([^)\s]+)\)", note)
    assert found, note
    assert urlsplit(found[1]).path == "./Articles"
    return parse_qs(urlsplit(found[1]).query)


# -- 22. the articles the map cannot show, listed ---------------------------------------------


def test_the_map_s_note_links_the_articles_page_listing_them_all(nigeria_db):
    """The map named three and "2 more", and "the Articles page lists them": it listed all
    six, the five last, with no way to show those alone (audit 20: 201 of 2,028)."""
    note = _no_date_note(_run("dashboard.py"))
    assert note.startswith("5 articles name places with no date"), note
    query = _link(note, "2 more")
    assert query == _link(note, "Articles page") == {"show": ["Places on no map"]}
    at = _run("pages/1_Articles.py", **{k: v[0] for k, v in query.items()})
    assert not at.exception
    assert sorted(_listed(at)) == sorted(row["title"] for row in UNDATED)
    assert "5 articles name places with no date" in [c.value for c in at.caption]
    assert sorted(at.selectbox(key="article").options) == sorted(
        f"undated — {row['title']}" for row in UNDATED)  # (the box to open one: those)


def test_by_publication_date_the_note_links_the_articles_without_one(nigeria_db):
    note = _no_date_note(_run("dashboard.py", basis="Publication date"))
    query = _link(note, "Articles page")
    assert query == {"show": ["No publication date"]}
    at = _run("pages/1_Articles.py", show=query["show"][0])
    assert not at.exception and sorted(_listed(at)) == sorted(r["title"] for r in UNDATED)
    # (the note's count in its words: "with no publication date" had counted the undated
    # articles naming no place too, left21 item 3)
    assert note.startswith("5 articles name places with no date")
    assert "5 articles name places with no date" in [c.value for c in at.caption]


def test_show_all_by_default_and_the_choice_in_the_url(nigeria_db):
    at = _run("pages/1_Articles.py")
    assert not at.exception and len(_listed(at)) == 6
    assert at.segmented_control(key="show").value == "all"
    at.segmented_control(key="show").set_value("off-map").run()
    assert not at.exception and len(_listed(at)) == 5
    at.segmented_control(key="show").set_value("all").run()
    assert len(_listed(at)) == 6
    bad = _run("pages/1_Articles.py", show="everything, please")  # a bad value: all
    assert not bad.exception and len(_listed(bad)) == 6


def test_the_search_narrows_what_is_shown(nigeria_db):
    at = _run("pages/1_Articles.py", show="Places on no map")
    at.text_input(key="article_query").set_value("Kano").run()
    assert not at.exception and _listed(at) == ["Floods in Kano"]
    assert "5 articles name places with no date; 1 of them holds “Kano”" in [
        c.value for c in at.caption]
    at.text_input(key="article_query").set_value("Accra").run()
    assert not at.exception and not at.dataframe
    assert at.info[0].value.startswith("No article's title or text holds “Accra”, and none "
                                       "names a place of that name. Shown: 5 articles name "
                                       "places with no date")


def test_a_store_with_every_place_dated_says_so(tmp_path, app_store, geoparser):
    store = _feed_db(tmp_path, app_store, geoparser, [ACCRA])
    try:
        for show, said in (("Places on no map", "Every article's places are on the map"),
                           ("No publication date", "Every article has a publication date")):
            at = _run("pages/1_Articles.py", show=show)
            assert not at.exception and not at.dataframe
            assert at.info[0].value.startswith(said)
    finally:
        store.close()


# -- 23. an unexpected error: a sentence on the page, the details in the log ------------------


class _Kept(logging.Handler):
    """Keeps the records it is given."""

    def __init__(self, kept: list[logging.LogRecord]) -> None:
        super().__init__()
        self.kept = kept

    def emit(self, record: logging.LogRecord) -> None:
        self.kept.append(record)


@pytest.fixture
def served_as_configured():
    """The error details as .streamlit/config.toml sets them for the app (the tests show
    them whole: conftest)."""
    import tomllib

    from streamlit import config

    toml = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    before = config.get_option("client.showErrorDetails")
    config.set_option("client.showErrorDetails", toml["client"]["showErrorDetails"],
                      ".streamlit/config.toml")
    yield
    config.set_option("client.showErrorDetails", before, "tests")


def test_an_unexpected_error_shows_neither_its_message_nor_its_traceback(
        nigeria_db, served_as_configured, monkeypatch):
    """Every visitor of a served dashboard read the traceback of an error the pages do not
    expect (the audit's: psycopg's InvalidSchemaName with its SQL, and the server's paths
    to dashboard.py, app_common.py, placeline/bootstrap.py)."""
    from placeline.store import Store

    def fails(self, *args, **kwargs):
        raise RuntimeError("disk I/O error in /srv/newsroom/placeline.db")

    at = _run("dashboard.py")
    monkeypatch.setattr(Store, "articles_frame", fails)
    logged: list[logging.LogRecord] = []
    log = logging.getLogger("streamlit.error_util")  # (where Streamlit logs what it hides)
    monkeypatch.setattr(log, "handlers", [*log.handlers, _Kept(logged)])
    with pytest.raises(AssertionError, match="The page raised"):  # (a test still fails)
        at.switch_page("pages/1_Articles.py").run()
    (shown,) = at.exception
    assert "/srv/newsroom" not in shown.message and "RuntimeError" not in shown.message
    assert shown.stack_trace == [] and not shown.proto.type
    assert "recorded in the logs" in shown.message
    assert any("/srv/newsroom" in str(r.exc_info[1]) for r in logged if r.exc_info)  # whole
