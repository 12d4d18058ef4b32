"""Audit of publication dating: unrelated articles sharing two big places are no story, a
date in the lead is a publication date only when it is plausible as one, and the `dates`
command prints a placeholder for an undated article."""

from __future__ import annotations

import datetime as dt

import pytest

from placeline.dates import own_publication_date
from placeline.ingest import RawDocument
from placeline.pipeline import TERMS_SETTING, Pipeline, story_terms

RATES = ("Rates rise\n\nOn 3 March 2021 the Bank of England raised interest rates in London, "
         "while stock markets in Paris fell sharply, traders said.")
FASHION = ("Fashion week opens\n\nDesigners from Paris showed their new collections in London, "
           "organisers said.")
RATES_BAILEY = ("Bank raises rates\n\nOn 3 March 2021 the Bank of England raised interest rates "
                "in London, and its governor Andrew Bailey warned that inflation would rise. "
                "Chancellor Rishi Sunak welcomed it. Stock markets in Paris fell.")
BAILEY = ("Bailey defends rise\n\nThe governor Andrew Bailey defended the Bank of England's rise "
          "in interest rates in London, saying inflation in Britain would fall, as Rishi Sunak "
          "had said.")


@pytest.fixture
def sqlite_store(tmp_path):
    from placeline.store import open_store

    store = open_store(tmp_path / "audit.db")
    yield store
    store.close()


def _dates(store) -> dict[str, tuple]:
    """source → (published, method, story id)."""
    frame = store.articles_frame()
    return {row.source: (row.published if isinstance(row.published, str) else None,
                         row.published_method, row.story_id) for row in frame.itertuples()}


# -- 1. two shared places are no story --------------------------------------------------------


def test_a_resolved_place_counts_once_in_the_story_terms(geoparser):
    text = FASHION.split("\n\n", 1)[1]
    mentions = geoparser.parse(text, "fashion")
    places = {m.surface: m.place.id for m in mentions if m.place}
    assert {"Paris", "London"} <= set(places)
    terms = story_terms(text, mentions)
    assert {f"place:{places['Paris']}", f"place:{places['London']}"} <= terms
    assert not {"paris", "london"} & terms  # not again as words


def test_unrelated_articles_sharing_two_big_places_are_not_one_story(sqlite_store, geoparser):
    Pipeline(sqlite_store, geoparser).ingest([RawDocument("a.txt", RATES),
                                              RawDocument("b.txt", FASHION)])
    dates = _dates(sqlite_store)
    assert dates["a.txt"][:2] == ("2021-03-03", "explicit")
    assert dates["b.txt"][:2] == (None, "unknown")
    assert dates["a.txt"][2] != dates["b.txt"][2]


def test_shared_places_and_one_common_word_are_no_story():
    from placeline.dates import inverse_document_frequency, similarity

    study = frozenset({"place:riley-county", "place:kansas", "department", "chlamydia"})
    storm = frozenset({"place:riley-county", "place:kansas", "department", "blizzard"})
    idf = inverse_document_frequency([study, storm])
    assert similarity(study, storm, idf) == 0.0
    guterres = frozenset({"place:moscow", "guterres", "lavrov", "kremlin"})
    live = frozenset({"place:moscow", "guterres", "lavrov", "conference"})
    assert similarity(guterres, live, inverse_document_frequency([guterres, live])) > 0.45


def test_a_report_of_the_same_story_is_still_dated_by_it(sqlite_store, geoparser):
    Pipeline(sqlite_store, geoparser).ingest([RawDocument("a.txt", RATES_BAILEY),
                                              RawDocument("bailey.txt", BAILEY),
                                              RawDocument("b.txt", FASHION)])
    dates = _dates(sqlite_store)
    assert dates["bailey.txt"] == ("2021-03-03", "inferred", dates["a.txt"][2])
    assert dates["b.txt"][:2] == (None, "unknown")


def test_a_store_dated_with_the_old_story_terms_is_dated_again(sqlite_store, geoparser,
                                                               monkeypatch):
    from placeline import pipeline
    from placeline.dates import salient_terms

    def old_terms(text, mentions):  # an older rule: names both articles share, wrongly
        return salient_terms(text) | {f"place:{m.place.id}" for m in mentions if m.place} | {
            "paris", "london"}

    monkeypatch.setattr(pipeline, "story_terms", old_terms)
    Pipeline(sqlite_store, geoparser).ingest([RawDocument("a.txt", RATES),
                                              RawDocument("b.txt", FASHION)])
    sqlite_store.set_setting(TERMS_SETTING, "kept")  # what the old code wrote
    assert _dates(sqlite_store)["b.txt"][:2] == ("2021-03-03", "inferred")
    monkeypatch.undo()

    quiet = "Quiet day\n\nNothing happened in Lyon, residents said."
    Pipeline(sqlite_store, geoparser).ingest([RawDocument("c.txt", quiet)])
    assert _dates(sqlite_store)["b.txt"][:2] == (None, "unknown")
    ids = sqlite_store.article_ids()
    assert not any({"paris", "london"} & terms for terms in sqlite_store.terms_of(ids).values())



def test_setup_dates_a_store_again_when_its_story_terms_are_old(tmp_path, geoparser,
                                                                monkeypatch):
    from placeline import pipeline
    from placeline.bootstrap import GAZETTEER_SETTING, ensure_ready
    from placeline.dates import salient_terms
    from placeline.gazetteer_build import INDEX_VERSION
    from placeline.store import open_store

    def old_terms(text, mentions):
        return salient_terms(text) | {f"place:{m.place.id}" for m in mentions if m.place}

    monkeypatch.setattr(pipeline, "story_terms", old_terms)
    store = open_store(tmp_path / "old.db")
    Pipeline(store, geoparser).ingest([RawDocument("a.txt", RATES),
                                       RawDocument("b.txt", FASHION)])
    store.set_setting(TERMS_SETTING, "kept")
    store.set_setting(GAZETTEER_SETTING, INDEX_VERSION)  # no re-resolving: only the stories
    store.close()
    monkeypatch.undo()

    logged: list[str] = []
    again = ensure_ready(tmp_path / "old.db", log=logged.append, load_bundled=False,
                         setup=True)
    assert _dates(again)["b.txt"][:2] == (None, "unknown")
    assert any("dating the stored articles again" in line for line in logged)
    logged.clear()
    ensure_ready(tmp_path / "old.db", log=logged.append, load_bundled=False,
                 setup=True)
    assert not logged  # once only
    again.close()

# -- 2. a date in the lead is range-checked like a metadata date -------------------------------


@pytest.mark.parametrize("text", [
    "On 14 October 1066 Harold was killed at Hastings, and William became king of England.",
    "Leaders agreed in Geneva that a summit will take place on 5 May 2099, officials said.",
])
def test_an_implausible_date_in_the_lead_is_not_the_publication_date(text):
    guess = own_publication_date(text, {})
    assert guess.date is None and guess.method == "unknown"


def test_the_lead_is_read_on_past_an_implausible_date():
    text = ("The summit planned for 5 May 2099 was announced on 3 March 2021 in Geneva, "
            "officials said.")
    guess = own_publication_date(text, {})
    assert (guess.date, guess.method) == (dt.date(2021, 3, 3), "explicit")


def test_tomorrow_in_the_lead_is_still_plausible():
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    text = f"On {tomorrow.day} {tomorrow:%B %Y} the talks open in Geneva, officials said."
    assert own_publication_date(text, {}).date == tomorrow


def test_an_article_about_1066_has_no_events_in_1066(sqlite_store, geoparser):
    text = ("Hastings remembered\n\nOn 14 October 1066 Harold was killed at Hastings, and "
            "William of Normandy became king of England.")
    Pipeline(sqlite_store, geoparser).ingest([RawDocument("hist.txt", text)])
    assert _dates(sqlite_store)["hist.txt"][:2] == (None, "unknown")
    events = sqlite_store.events_frame()
    assert len(events) and not any(isinstance(d, str) and d < "1900" for d in events["date"])


# -- 3. `placeline dates` on an undated article -------------------------------------------------


def test_the_dates_command_prints_a_dash_for_an_undated_article(tmp_path, geoparser, capsys):
    from placeline.cli import main
    from placeline.store import open_store

    db = tmp_path / "cli.db"
    store = open_store(db)
    quiet = "Quiet day\n\nNothing happened in Lyon, residents said."
    Pipeline(store, geoparser).ingest([RawDocument("quiet.txt", quiet),
                                       RawDocument("a.txt", RATES)])  # a column with dates
    store.close()
    capsys.readouterr()
    assert main(["dates", "--db", str(db)]) == 0
    header, *rows = capsys.readouterr().out.splitlines()
    assert header.split("\t")[1] == "published"
    published = {row.split("\t")[5]: row.split("\t")[1:3] for row in rows}
    assert published == {"quiet.txt": ["-", "unknown"], "a.txt": ["2021-03-03", "explicit"]}

