"""The numpy event index must count exactly what the plain pandas form counts."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from bench.synth import fill_store
from placeline.eventindex import day_number, days_iso, load_event_index
from placeline.layers import in_window, place_summary
from placeline.store import open_store

WINDOWS = [("2022-04-26", "2022-04-26"), ("2022-04-01", "2022-04-30"),
           ("2023-03-02", "2023-03-02"), ("2000-01-01", "2030-12-31"), ("1999-01-01", "1999-01-02")]


def _compare(index, events: pd.DataFrame, start: str, end: str) -> None:
    mask = index.in_window(index.filtered(), start, end)
    fast = index.summary(mask).set_index("place_id").sort_index()
    slow = place_summary(in_window(events, start, end)).set_index("place_id").sort_index()
    assert list(fast.index) == list(slow.index)
    assert fast["articles"].tolist() == slow["articles"].tolist()
    assert fast["events"].tolist() == slow["events"].tolist()
    assert fast["first"].tolist() == slow["first"].tolist()
    assert index.article_count(mask) == in_window(events, start, end)["article_id"].nunique()


@pytest.mark.parametrize(("start", "end"), WINDOWS)
def test_the_index_agrees_with_pandas_on_the_seeds(seeds_store, start, end):
    index = load_event_index(seeds_store)
    _compare(index, seeds_store.events_frame(), start, end)


def test_the_index_agrees_with_pandas_on_many_random_events(tmp_path):
    fill_store(tmp_path / "many.db", events=5_000, places=300, seed=3)
    store = open_store(tmp_path / "many.db")
    index = load_event_index(store)
    events = store.events_frame()
    assert len(index) == len(events) == 5_000
    for start, end in [("2019-01-01", "2019-03-31"), ("2021-06-01", "2021-06-01"),
                       ("2019-01-01", "2024-01-01")]:
        _compare(index, events, start, end)
    store.close()


def test_filters_narrow_by_kind_place_source_article_and_confidence(seeds_store):
    index = load_event_index(seeds_store)
    events = seeds_store.events_frame()
    everything = index.filtered()
    assert everything.all()
    countries = index.filtered(kinds=["country"])
    assert set(index.places["kind"].iloc[np.unique(index.place[countries])]) == {"country"}
    assert countries.sum() == (events["kind"] == "country").sum()
    one = events["place_id"].iloc[0]
    assert index.filtered(place_ids=[one]).sum() == (events["place_id"] == one).sum()
    article = int(events["article_id"].iloc[0])
    assert index.filtered(articles={article}).sum() == (events["article_id"] == article).sum()
    assert index.filtered(min_confidence=1.01).sum() == 0
    assert index.filtered(sources=["no-such-source"]).sum() == 0


def test_publication_basis_dates_every_event_by_its_article(seeds_store):
    index = load_event_index(seeds_store, basis="published")
    published = set(seeds_store.articles_frame()["published"].dropna())
    assert set(index.days(index.filtered())) == published


def test_day_numbers_round_trip():
    for day in ["1970-01-01", "1999-12-31", "2022-04-26", "2100-02-28"]:
        assert days_iso([day_number(day)]) == [day]
    assert days_iso(np.array([0, 19108])) == ["1970-01-01", "2022-04-26"]
