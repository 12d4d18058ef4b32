"""Audit 20, the map's corrections: a correction "only in" one article reprocesses that
article, on Save and on Undo, not every article naming the name (item 14). Item 6, a place
chosen on a clustered map, is tested in a browser (tests/browser/test_audit20_map_browser.py)."""

from __future__ import annotations

import pytest

from placeline.models import Article, Mention, Place
from placeline.pipeline import Pipeline
from placeline.store import open_store
from tests.test_apptest import _place_id, _run, app_db, fix  # noqa: F401 — the fixture
from tests.test_audit16_correct import _coordinates


@pytest.fixture
def reprocessed(monkeypatch) -> list[list[int] | None]:
    """The article ids each Pipeline.reprocess was asked to geoparse again (None: all)."""
    calls: list[list[int] | None] = []
    original = Pipeline.reprocess

    def counted(self, article_ids=None, progress=None):
        calls.append(None if article_ids is None else list(article_ids))
        return original(self, calls[-1], progress)

    monkeypatch.setattr(Pipeline, "reprocess", counted)
    return calls


def _moscow_articles(store) -> list[int]:
    events = store.events_frame()
    return sorted({int(a) for a in events.loc[events["place"] == "Moscow", "article_id"]})


def _places_of(store, surface: str) -> dict[int, set[str]]:
    """Each article naming `surface` → the places it is read as there."""
    found: dict[int, set[str]] = {}
    for article_id in store.articles_with_surface(surface):
        found[article_id] = {m["place_id"] for m in store.mentions(article_id)
                             if m["surface"] == surface}
    return found


def test_a_correction_only_in_one_article_reprocesses_that_article(app_db, seeds_store,  # noqa: F811
                                                                   reprocessed):
    """Saved "only in" the first of the five articles naming Moscow, the correction had
    reprocessed all five (310 articles for one "U.S." in the audit, 19 s)."""
    articles = _moscow_articles(seeds_store)
    assert len(articles) == 5
    at = _coordinates(_run("dashboard.py", place="Moscow"), 55.75, 37.62, name="Kremlin")
    fix(at.radio, "scope").set_value(articles[0]).run()
    fix(at.button, "save").click().run()
    assert not at.exception
    assert reprocessed == [[articles[0]]]
    store = open_store(app_db)
    [correction] = store.corrections()
    read_as = _places_of(store, "Moscow")
    assert read_as[articles[0]] == {correction["id"]}  # corrected there
    moscow = _place_id(seeds_store, "Moscow")
    assert all(read_as[a] == {moscow} for a in articles[1:])  # and nowhere else
    store.close()


def test_a_correction_in_every_article_reprocesses_every_article_naming_it(
        app_db, seeds_store, reprocessed):  # noqa: F811
    articles = _moscow_articles(seeds_store)
    at = _coordinates(_run("dashboard.py", place="Moscow"), 55.75, 37.62, name="Kremlin")
    fix(at.radio, "scope").set_value(0).run()
    fix(at.button, "save").click().run()
    assert not at.exception
    assert reprocessed == [articles]


def test_undoing_a_one_article_correction_reprocesses_that_article(app_db, seeds_store,  # noqa: F811
                                                                   reprocessed):
    """The Places page's Undo had reprocessed every article naming the name too."""
    articles = _moscow_articles(seeds_store)
    store = open_store(app_db)
    hint = store.article(articles[2])["content_hash"]  # as the map's Save writes it
    correction = store.add_correction("Moscow", Place(
        id="user:kremlin:55.7500,37.6200", name="Kremlin", lat=55.75, lon=37.62,
        kind="landmark", source="correction"), hint)
    Pipeline(store).reprocess([articles[2]])
    store.close()
    reprocessed.clear()
    at = _run("pages/2_Places.py")
    at.session_state[f"undo_for_places_{correction}"] = True  # (its popover, open)
    at.run()
    at.button(key=f"undo_places_{correction}").click().run()
    assert not at.exception
    assert reprocessed == [[articles[2]]]
    store = open_store(app_db)
    assert store.corrections() == []
    moscow = _place_id(seeds_store, "Moscow")
    assert all(places == {moscow} for places in _places_of(store, "Moscow").values())
    store.close()


KYIV = Place("geonames:703448", "Kyiv", 50.45466, 30.5238, "city", "UA")


def test_the_articles_of_a_one_article_correction_on_both_backends(store):
    """`articles_with_surface` with a correction's context hint: the article of that text,
    if it names the name (its letter case aside), and no other."""
    ids = [store.add_article(Article(source=f"{h}.txt", title=h, text="Kyiv news.",
                                     content_hash=h), [Mention(0, 4, surface, KYIV, 0.9)])
           for h, surface in (("h1", "Kyiv"), ("h2", "KYIV"), ("h3", "Kiev"))]
    assert store.articles_with_surface("kyiv") == ids[:2]
    assert store.articles_with_surface("kyiv", "h2") == [ids[1]]
    assert store.articles_with_surface("Kyiv", "h3") == []  # its text names "Kiev"
    assert store.articles_with_surface("Kyiv", "gone") == []
