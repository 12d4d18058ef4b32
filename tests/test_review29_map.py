"""Review 29, items 6, 7 and 14 (fix 53's follow-up): a map drawn before a delete elsewhere
says so when the delete left it empty, draws a restored article again, and counts as
deleted "on this map" only the articles its filters show."""

from __future__ import annotations

import pytest

from placeline.eventindex import load_event_index
from placeline.ingest import RawDocument
from placeline.pipeline import Pipeline
from tests.conftest import top_places
from tests.test_fix53_ui import KUWAIT, NAIROBI, _frozen_page, feed  # noqa: F401 — feed: a fixture


@pytest.fixture
def kept_deletion(store, geoparser):
    """`store` (both backends) with two articles, the first deleted and kept for Restore:
    an index read before the delete, the deleted id and its content hash."""
    pipeline = Pipeline(store, geoparser)
    pipeline.ingest([RawDocument("kuwait.txt", KUWAIT["text"]),
                     RawDocument("nairobi.txt", NAIROBI["text"])])
    index = load_event_index(store)
    (kid,) = store.articles_frame().query("source == 'kuwait.txt'")["id"]
    store.delete_articles([int(kid)], remember=True)
    (gone,) = store.deletions()
    return index, int(kid), gone["content_hash"]


def test_a_restore_under_the_id_it_had_moves_the_count(store, geoparser, kept_deletion):
    """Review 29, item 7: only a delete moved it, so a map that had masked the article as
    gone went on masking it after a Restore brought it back under its old id."""
    index, kid, content_hash = kept_deletion
    deleted = store.articles_changed()
    assert index.held(store.article_ids()) is not None
    assert Pipeline(store, geoparser).restore(content_hash) == kid
    assert store.articles_changed() > deleted
    assert index.held(store.article_ids()) is None  # (the map's mask, read again: all held)


def test_an_ingest_still_leaves_the_count(store, geoparser, kept_deletion):
    """New articles take new ids no map's index holds: the count stays, the map reads no ids."""
    deleted = store.articles_changed()
    Pipeline(store, geoparser).ingest([RawDocument("lagos.txt", "Floods hit Lagos.")])
    assert store.articles_changed() == deleted


def test_the_map_draws_a_restored_article_again(
        feed, app_store, monkeypatch, tmp_path, geoparser):  # noqa: F811
    """Review 29, item 7, on the page: after a Delete and a Restore elsewhere, Kuwait City
    stayed off the map and the note still said its article was deleted."""
    store, ids = feed
    at = _frozen_page(store, app_store, monkeypatch, tmp_path)
    store.delete_articles([ids[KUWAIT["title"]]], remember=True)
    at.run()
    assert "Kuwait City" not in set(top_places(at)["place"])
    (gone,) = store.deletions()
    assert Pipeline(store, geoparser).restore(gone["content_hash"]) == ids[KUWAIT["title"]]
    at.run()
    assert not at.exception
    # The delete had narrowed the slider to Nairobi's days, and the window with it; the
    # window spanned the whole slider, so it spans Kuwait's days again (UI 56: it had
    # stayed on Nairobi's, "2 of 4 on the timeline")
    window = at.select_slider(key="window")
    assert tuple(window.value) == (window.options[0], window.options[-1])
    assert "Kuwait City" in set(top_places(at)["place"])
    assert not any("deleted since" in c.value for c in at.caption), \
        [c.value for c in at.caption]


def test_a_map_whose_articles_were_all_deleted_says_so(
        feed, app_store, monkeypatch, tmp_path):  # noqa: F811
    """Review 29, item 6: with no filter set it said "Clear some filters in the sidebar" and
    never mentioned the delete."""
    store, ids = feed
    at = _frozen_page(store, app_store, monkeypatch, tmp_path)
    store.delete_articles(list(ids.values()))
    at.run()
    assert not at.exception
    warnings = [w.value for w in at.warning]
    assert not any("Clear some filters" in w for w in warnings), warnings
    assert any(w.startswith("The 2 articles on this map were deleted since the page was "
                            "loaded") and "Reload the page" in w for w in warnings), warnings


def test_a_filtered_map_whose_articles_were_deleted_says_so_and_offers_the_filters(
        feed, app_store, monkeypatch, tmp_path):  # noqa: F811
    """The filters leave Kuwait's article alone; it is deleted: the delete is said, and
    clearing the filters (which shows Nairobi's) is offered too."""
    store, ids = feed
    at = _frozen_page(store, app_store, monkeypatch, tmp_path)
    at.text_input(key="q").set_value("emir").run()
    assert "Nairobi" not in set(top_places(at)["place"])
    store.delete_articles([ids[KUWAIT["title"]]])
    at.run()
    warnings = [w.value for w in at.warning]
    assert any(w.startswith("The article on this map was deleted since the page was loaded")
               and w.endswith("or clear some filters in the sidebar.") for w in warnings), \
        warnings


def test_a_delete_the_filters_hide_is_not_counted_on_this_map(
        feed, app_store, monkeypatch, tmp_path):  # noqa: F811
    """Review 29, item 14: with the map filtered to Nairobi's article, a delete of Kuwait's
    (never drawn) put "1 article on this map was deleted" above it."""
    store, ids = feed
    at = _frozen_page(store, app_store, monkeypatch, tmp_path)
    at.text_input(key="q").set_value("floods").run()
    assert "Kuwait City" not in set(top_places(at)["place"])
    store.delete_articles([ids[KUWAIT["title"]]])
    at.run()
    assert not at.exception
    assert "Nairobi" in set(top_places(at)["place"])
    assert not any("deleted since" in c.value for c in at.caption), \
        [c.value for c in at.caption]


def test_filters_that_match_nothing_still_say_clear_some_filters(
        feed, app_store, monkeypatch, tmp_path):  # noqa: F811
    """A delete elsewhere of an article the filters hide does not take the filters' advice."""
    store, ids = feed
    at = _frozen_page(store, app_store, monkeypatch, tmp_path)
    store.delete_articles([ids[KUWAIT["title"]]])
    at.text_input(key="q").set_value("volcano").run()
    assert not at.exception
    assert [w.value for w in at.warning] == \
        ["No events match these filters. Clear some filters in the sidebar."]
