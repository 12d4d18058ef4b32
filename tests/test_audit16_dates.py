"""Audit 16, dates: stories are not made of credits, first names and institutions; dates do
not depend on unrelated articles nor on how an ingest was cut up; a correction re-dates only
what it must."""

from __future__ import annotations

import pytest

from placeline.dates import salient_terms
from placeline.ingest import RawDocument, read_paths
from placeline.pipeline import Pipeline
from tests.conftest import SEEDS
from tests.test_incremental_dating import _dates

CYCLING = ("published: 2009-03-23\n\nArmstrong breaks collarbone\n\nLance Armstrong of the "
           "United States fractured his collarbone in a crash in Palencia. (Isreal Lopez/The "
           "Associated Press) He was followed by David Vitoria.")
GOVERNOR = ("Paterson declares flu emergency\n\nNew York governor David Paterson declared a "
            "state of emergency over the flu, the Associated Press reported. The United States "
            "has given out vaccine.")
CLERIC = ("published: 2009-03-19\n\nCleric backs organ transplants\n\nA top cleric in Riyadh "
          "said the organs of executed prisoners could save lives, and the World Health "
          "Organization disagreed. Saudi Arabia executes dozens a year.")
PANDEMIC = ("Flu reaches 66 countries\n\nThe swine flu has reached Riyadh, and Saudi Arabia "
            "reported its first case, the World Health Organization said.")


def _fillers(count: int) -> list[RawDocument]:
    """Unrelated articles with no names at all: they only make the store bigger."""
    return [RawDocument(f"filler-{i}.txt", f"published: 2010-01-{1 + i % 28:02d}\n\nReport "
                        f"{i}\n\nNothing of note happened on farm number {i}, a spokesman said.")
            for i in range(count)]


def _by_source(store) -> dict[str, tuple]:
    return {source: (date, method) for source, date, method, _ in _dates(store)}


# -- 1. no story through credits, first names, demonyms or institutions ------------------------


def test_credits_outlets_first_names_demonyms_and_institutions_are_no_story_names():
    text = ("The World Health Organization's spokesman in Geneva said the Xinhua News Agency "
            "had it wrong, Reuters reported. New York governor David Paterson and Dr Margaret "
            "Chan met Lloyd Austin and Russian officials of the Department of Agriculture and "
            "the National Veterinary Services Laboratories. (Isreal Lopez/The Associated "
            "Press) Avian Bird Flu is a bird flu.")
    terms = salient_terms(text)
    assert {"paterson", "chan", "austin"} <= terms
    assert not terms & {"world", "health", "organization", "xinhua", "reuters", "david",
                        "margaret", "lloyd", "russian", "agriculture", "veterinary",
                        "laboratories", "associated", "press", "isreal", "lopez", "bird",
                        "flu"}


@pytest.mark.parametrize(("dated", "undated"), [(CYCLING, GOVERNOR), (CLERIC, PANDEMIC)],
                         ids=["credit-and-first-name", "institution-and-places"])
def test_an_undated_article_is_not_dated_by_an_unrelated_one(sqlite, geoparser, dated,
                                                               undated):
    store = sqlite()
    Pipeline(store, geoparser).ingest([RawDocument("dated.txt", dated),
                                       RawDocument("undated.txt", undated), *_fillers(100)])
    assert _by_source(store)["undated.txt"] == ("-", "unknown")


# -- 2. the same files give the same dates, whatever else is stored and however ingested ------


def test_unrelated_articles_do_not_re_date_the_g20_article(sqlite, geoparser):
    store = sqlite()
    Pipeline(store, geoparser).ingest([*read_paths([SEEDS]), *_fillers(300)])
    seeds = {source.rsplit("/", 1)[-1][:3]: date for source, date in
             _by_source(store).items() if source.startswith(str(SEEDS))}
    assert seeds["003"] == ("2023-03-02", "inferred")  # the G20 meeting, not the 2022 visit
    assert seeds["002"] == ("2022-04-26", "inferred")


def test_one_run_two_runs_and_any_order_give_every_article_the_same_date(sqlite, geoparser):
    documents = [*read_paths([SEEDS]), *_fillers(300)]
    once = sqlite("once.db")
    Pipeline(once, geoparser).ingest(documents)
    twice = sqlite("twice.db")
    Pipeline(twice, geoparser).ingest(documents[:5])
    Pipeline(twice, geoparser).ingest(documents[5:])
    backwards = sqlite("backwards.db")
    for start in range(len(documents), 0, -100):
        Pipeline(backwards, geoparser).ingest(documents[max(0, start - 100):start][::-1])
    assert _dates(twice) == _dates(once)
    assert _dates(backwards) == _dates(once)
    before = _dates(twice)
    Pipeline(twice, geoparser).settle_dates()  # everything at once: nothing left to change
    assert _dates(twice) == before


def test_a_correction_re_dates_only_the_stories_it_can_change(sqlite, geoparser, monkeypatch):
    from placeline.models import Place

    store = sqlite()
    Pipeline(store, geoparser).ingest([*read_paths([SEEDS]), *_fillers(30)])
    before = _dates(store)
    read: list[set[int]] = []
    original = type(store).dating_rows
    monkeypatch.setattr(type(store), "dating_rows",
                        lambda self, ids: read.append(set(ids)) or original(self, ids))
    store.add_correction("New Delhi", Place(id="user:new-delhi:28.6139,77.2090",
                                            name="New Delhi", lat=28.6139, lon=77.209,
                                            kind="city", source="correction"))
    affected = store.articles_with_surface("New Delhi")
    assert affected
    Pipeline(store, geoparser).reprocess(affected)
    assert read and all(len(ids) <= 5 for ids in read)  # the seeds at most, no filler
    assert _dates(store) == before


# -- 3. the time tagger: numbers that are no years, tense, durations, vague counts ------------


def _event(sentence: str, place: str, published: str | None) -> tuple:
    import datetime as dt

    from placeline.dates import event_date

    start = sentence.index(place)
    guess = event_date(sentence, start, start + len(place),
                       dt.date.fromisoformat(published) if published else None)
    return (guess.date and guess.date.isoformat(), guess.precision, guess.flag)


@pytest.mark.parametrize(("sentence", "place"), [
    ("Chiquita Henry, 19, of 1935 Orchard St., Alexandria, was arrested.", "Alexandria"),
    ("The virus reached Mayotte, where the line of 2000 cases would have been crossed.",
     "Mayotte"),
    ("Crews from 2000 N. Main Street in Dayton helped.", "Dayton"),
])
def test_a_house_number_or_a_count_is_no_year(sentence, place):
    assert _event(sentence, place, "2009-03-20")[:2] == ("2009-03-20", "publication")
    assert _event(sentence, place, None)[0] is None  # an undated article: no date at all


def test_numbers_after_in_and_before_a_verb_are_still_years():
    assert _event("In 2019 protests swept Hong Kong.", "Hong Kong", "2023-03-02")[:2] == (
        "2019-01-01", "year")
    assert _event("The floods of 2010 were the worst in Sindh.", "Sindh", "2023-03-02")[:2] == (
        "2010-01-01", "year")


def test_a_day_and_month_told_in_the_past_is_not_after_publication():
    past = ("Keith was escorting a procession April 2 on Woods Chapel Road in Blue Springs when "
            "his motorcycle and the SUV collided.")
    assert _event(past, "Blue Springs", "2009-03-23")[:2] == ("2008-04-02", "day")
    ahead = "Officials said the vote in Blue Springs was moved to April 2."
    assert _event(ahead, "Blue Springs", "2009-03-23")[:2] == ("2009-04-02", "day")
    said = "He said talks in Blue Springs would resume on April 2."
    assert _event(said, "Blue Springs", "2009-03-23")[:2] == ("2009-04-02", "day")


def test_a_one_digit_date_ends_its_sentence():
    from placeline.text import sentence_spans

    text = ("Sentencing is scheduled May 7. Keith was escorting a procession April 2 in Blue "
            "Springs when the SUV collided. J. Smith saw it.")
    assert len(sentence_spans(text)) == 3
    assert _event(text, "Blue Springs", "2009-03-23")[:2] == ("2008-04-02", "day")


def test_later_on_a_weekday_in_a_past_account_is_the_day_gone_by():
    sentence = ("That search ended nearly a dozen hours later Thursday, though, when police "
                "discovered the toddler's body in Sylmar.")
    assert _event(sentence, "Sylmar", "2009-03-20")[:2] == ("2009-03-19", "day")  # a Friday
    ahead = "Guterres is due to meet Putin in Moscow later Tuesday."
    assert _event(ahead, "Moscow", "2022-04-26")[:2] == ("2022-04-26", "day")


def test_since_a_year_starts_a_duration_and_dates_nothing():
    sentence = ("In jail since 1999, the five Bulgarian nurses arrived in Sofia, Bulgaria, "
                "today.")
    assert _event(sentence, "Sofia", "2007-07-24")[:2] == ("2007-07-24", "day")
    assert _event(sentence, "Sofia", None)[0] is None  # not 1999


@pytest.mark.parametrize("sentence", ["Only a few years ago, Jackson was growing fast.",
                                      "A few weeks ago, Russian forces left Jackson.",
                                      "Jackson flooded several months ago."])
def test_a_few_years_ago_is_too_vague_to_date(sentence):
    date, precision, flag = _event(sentence, "Jackson", "2009-03-15")
    assert (date, precision) == ("2009-03-15", "publication")
    assert "too vague" in flag


# -- 4. a window holds the events of its days, and the panel their sentences -----------------


def _seed_id(store, seed: str) -> int:
    return next(row.id for row in store.articles_frame().itertuples()
                if row.source.rsplit("/", 1)[-1].startswith(seed))


def _place_id(store, name: str) -> str:
    events = store.events_frame()
    return events.loc[events["place"] == name, "place_id"].iloc[0]


def test_a_day_window_does_not_count_a_year_precision_event(seeds_store):
    from placeline.eventindex import load_event_index
    from placeline.layers import in_window

    index, events = load_event_index(seeds_store), seeds_store.events_frame()
    g20, ukraine = _seed_id(seeds_store, "003"), _place_id(seeds_store, "Ukraine")
    # "just like a year ago", in an article of 2 March 2023: some time in 2022
    for start, end, counted in [("2022-04-27", "2022-04-27", False),
                                ("2022-04-01", "2022-06-30", False),
                                ("2022-01-01", "2022-12-31", True),
                                ("2022-01-01", "2023-03-02", True)]:
        mask = index.in_window(index.filtered(), start, end)
        assert (g20 in index.articles_of(ukraine, mask)) is counted, (start, end)
        rows = in_window(events, start, end)
        assert bool(((rows["article_id"] == g20) & (rows["place_id"] == ukraine)).any()) is counted
    short = in_window(events, "2022-04-27", "2022-04-27")  # "between 26 and 29 April"
    assert (short["article_id"] == _seed_id(seeds_store, "000")).any()


def test_the_panel_shows_only_the_sentences_whose_events_are_in_the_window(seeds_store):
    from placeline.layers import in_window
    from placeline.snippets import place_snippets

    events = seeds_store.events_frame()
    g20, ukraine = _seed_id(seeds_store, "003"), _place_id(seeds_store, "Ukraine")

    def sentences(start: str, end: str) -> list[str]:
        found = [s for s in place_snippets(seeds_store, ukraine, in_window(events, start, end))
                 if s.article_id == g20]
        return found[0].sentences_markdown if found else []

    of_2022 = sentences("2022-01-01", "2022-12-31")
    of_the_day = sentences("2023-03-02", "2023-03-02")
    assert of_2022 and of_the_day
    assert any("a year ago" in s for s in of_2022)
    assert not any("a year ago" in s for s in of_the_day)
    assert not set(of_2022) & set(of_the_day)


def test_a_store_dated_by_older_rules_has_its_events_made_again(sqlite, geoparser):
    from placeline.pipeline import TERMS_SETTING

    store = sqlite()
    house = ("published: 2009-03-20\n\nArrest\n\nChiquita Henry, 19, of 1935 Orchard St., "
             "Alexandria, was arrested.")
    pipeline = Pipeline(store, geoparser)
    (_, article_id), = pipeline.ingest([RawDocument("house.txt", house)]).added
    with store.transaction() as tx:  # what the older tagger made of it
        tx.execute("UPDATE events SET date = '1935-01-01', date_end = '1935-12-31',"
                   " precision = 'year' WHERE article_id = ?", (article_id,))
    store.set_setting(TERMS_SETTING, "2")
    pipeline.ingest([RawDocument("other.txt", "published: 2009-03-21\n\nQuiet day in Lyon.")])
    events = store.events_frame()
    assert set(events.loc[events["article_id"] == article_id, "date"]) == {"2009-03-20"}


def test_a_review_s_cases_for_the_tagger_and_long_events():
    """"In 2021 the Supreme Court ruled" keeps its year (the street test ignored case);
    "comes into force on July 1" after a past clause is still ahead; a year-long event is
    drawn in the window that holds its first day, so the current year is never lost."""
    import datetime as dt

    import pandas as pd

    from placeline.layers import in_window
    from placeline.timex import find_expressions, resolve

    assert [e.text for e in find_expressions("In 2021 the Supreme Court ruled on it.")] == [
        "In 2021"]
    text = "The accord, which was signed in May, comes into force on July 1."
    july = next(e for e in find_expressions(text) if e.text == "July 1")
    assert resolve(july, dt.date(2024, 6, 10), text).date == dt.date(2024, 7, 1)
    events = pd.DataFrame({"date": ["2026-01-01", "2026-03-02"],
                           "date_end": ["2026-12-31", None]})
    assert len(in_window(events, "2026-01-01", "2026-03-02")) == 2  # up to the last day
    assert len(in_window(events, "2026-03-01", "2026-03-02")) == 1  # not as news of March
