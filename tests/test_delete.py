"""Deleting articles: gone with their mentions, events and story terms, on both backends,
and the articles that were dated by a deleted one's story are dated again."""

from __future__ import annotations

from placeline.ingest import RawDocument
from placeline.pipeline import Pipeline

DATED = ("Guterres meets Putin in Moscow\n\nMOSCOW, April 26, 2022 — UN Secretary General "
         "Antonio Guterres met Vladimir Putin and Sergei Lavrov in Moscow, asking for a "
         "humanitarian corridor from Mariupol and the Azovstal plant.")
UNDATED = ("Guterres in Moscow\n\nGuterres and Lavrov are holding a news conference in Moscow; "
           "the talks with Putin focused on Mariupol and the Azovstal steelworks.")
OTHER = ("Floods in Bangladesh\n\nDHAKA, July 3, 2022 — Floods in Dhaka and Chittagong "
         "displaced thousands, Bangladesh officials said.")


def _ids_by_source(store) -> dict[str, int]:
    return {store.article(i)["source"]: i for i in store.article_ids()}


def test_a_deleted_article_takes_its_mentions_events_and_story_date_with_it(store, geoparser):
    pipeline = Pipeline(store, geoparser)
    pipeline.ingest([RawDocument("dated.txt", DATED), RawDocument("undated.txt", UNDATED),
                     RawDocument("other.txt", OTHER)])
    ids = _ids_by_source(store)
    assert store.article(ids["undated.txt"])["published_method"] == "inferred"

    assert pipeline.delete([ids["dated.txt"]]) == 1
    assert store.article(ids["dated.txt"]) is None
    assert store.mentions(ids["dated.txt"]) == []
    assert set(_ids_by_source(store)) == {"undated.txt", "other.txt"}
    undated = store.article(ids["undated.txt"])
    assert undated["published"] is None  # its date came only from the deleted one's story
    assert store.article(ids["other.txt"])["published"] == "2022-07-03"
    assert pipeline.delete([ids["dated.txt"]]) == 0  # gone already: nothing to do


def test_a_store_emptied_by_its_user_is_not_seeded_again(tmp_path, monkeypatch):
    """Deleting every article, the bundled ones too, leaves the store empty at the next
    start: only a new store gets the demo articles."""
    from placeline.bootstrap import ensure_ready
    from tests.conftest import ROOT, SEEDS

    monkeypatch.setenv("PLACELINE_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("PLACELINE_CACHE_DIR", str(ROOT / "data" / "cache"))
    monkeypatch.setattr("placeline.bootstrap.bundled_articles_dir", lambda: SEEDS)
    db = tmp_path / "placeline.db"  # the default store: the only one seeded (audit 17)
    store = ensure_ready(db, log=lambda _: None)
    assert store.article_count() == 5
    Pipeline(store).delete(store.article_ids())
    store.close()
    store = ensure_ready(db, log=lambda _: None)
    assert store.article_count() == 0
    store.close()
