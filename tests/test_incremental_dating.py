"""Dating after each chunk looks only at the new articles' neighbourhood, and gives the same
dates and stories as dating the whole store at once."""

from __future__ import annotations

import pytest

from placeline.ingest import RawDocument, read_paths
from placeline.pipeline import TERMS_SETTING, Pipeline, story_terms
from tests.conftest import SEEDS


def _dates(store) -> list[tuple]:
    """(source, date, method, the sources of its story): ids differ with the arrival order."""
    frame = store.articles_frame()
    members = frame.groupby("story_id")["source"].apply(lambda s: tuple(sorted(s)))
    stories = [members.get(s, ()) for s in frame["story_id"]]
    return sorted(zip(frame["source"], frame["published"].fillna("-"),
                      frame["published_method"], stories, strict=True))


def test_one_article_at_a_time_dates_like_all_at_once(store, geoparser, tmp_path):
    from placeline.store import open_store

    documents = list(read_paths([SEEDS]))
    together = open_store(tmp_path / "together.db")
    Pipeline(together, geoparser).ingest(documents)
    for document in reversed(documents):  # the undated ones arrive before their stories
        Pipeline(store, geoparser).ingest([document])
    assert _dates(store) == _dates(together)
    assert any(method == "inferred" for _, _, method, _ in _dates(store))


@pytest.fixture
def watched_seeds(seeds_store, tmp_path, monkeypatch):
    """A copy of the seeds store, and the list of article-id sets dating reads from it."""
    import shutil

    from placeline.store import open_store

    seeds_store.close()
    shutil.copy(seeds_store.path, tmp_path / "copy.db")
    store = open_store(tmp_path / "copy.db")
    read: list[set[int]] = []
    original = type(store).dating_rows
    monkeypatch.setattr(type(store), "dating_rows",
                        lambda self, ids: read.append(set(ids)) or original(self, ids))
    return store, read


def test_a_new_article_reads_only_its_neighbours(watched_seeds, geoparser):
    store, read = watched_seeds
    floods = ("published: 2024-07-02\n\nFloods in Dhaka and Chittagong displaced thousands "
              "on Tuesday, Bangladesh officials said. Sylhet and Sunamganj were cut off.")
    report = Pipeline(store, geoparser).ingest([RawDocument("floods.txt", floods)])
    (_, new_id), = report.added
    assert read and all(ids == {new_id} for ids in read)  # none of the five seeds was read


def test_story_terms_are_stored_refreshed_and_filled_in_for_old_stores(store, geoparser):
    report = Pipeline(store, geoparser).ingest(read_paths([SEEDS]))
    ids = [article_id for _, article_id in report.added]
    stored = store.terms_of(ids)
    article = store.article(ids[0])
    mentions = geoparser.parse(article["text"], article["content_hash"])
    assert stored[ids[0]] == story_terms(article["text"], mentions)
    assert any(t.startswith("place:") for t in stored[ids[0]])

    with store.transaction() as tx:  # a store from before story terms were kept
        tx.execute("DELETE FROM article_terms")
        tx.execute("DELETE FROM meta WHERE key = ?", (TERMS_SETTING,))
    assert store.articles_without_terms() == sorted(ids)
    Pipeline(store, geoparser).settle_dates()
    assert store.articles_without_terms() == []
    assert store.terms_of(ids) == stored


def test_the_same_names_two_years_later_are_not_neighbours(store, geoparser, monkeypatch):
    read: list[set[int]] = []
    original = type(store).dating_rows
    monkeypatch.setattr(type(store), "dating_rows",
                        lambda self, ids: read.append(set(ids)) or original(self, ids))
    text = ("Antonio Guterres met Sergei Lavrov in Moscow to discuss Mariupol and the "
            "Azovstal plant, the United Nations said.")
    pipeline = Pipeline(store, geoparser)
    (_, first_id), = pipeline.ingest([RawDocument("2022.txt", f"published: 2022-04-26\n\n"
                                                              f"{text}")]).added
    read.clear()
    (_, later_id), = pipeline.ingest([RawDocument("later.txt", f"published: 2024-04-26\n\n"
                                                               f"{text} Kuleba agreed.")]).added
    assert all(ids == {later_id} for ids in read)
    read.clear()
    assert len(pipeline.ingest([RawDocument("undated.txt", text)]).added) == 1
    assert {first_id, later_id} <= read[-1]  # with no date of its own it may be in either
