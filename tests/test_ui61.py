"""UI 61 (audit 34, items 8, 9 and 12): a filter narrows what the window shows and never
moves the window; the Places and Articles pages' searches match without accents and by a
place's other names; the map's legend leaves the top of a small map free."""

from __future__ import annotations

import pytest

from tests.test_apptest import _run

# -- 8. a keyword narrows the window; it does not move it -----------------------------------

SEASONS = {
    "leeds.txt": "Floods in Leeds\nLEEDS, Feb. 27, 2024 — Floods hit homes in Leeds on Sunday, "
                 "the council said.",
    "york.txt": "Cholera in York\nYORK, March 15, 2024 — A cholera outbreak was confirmed in "
                "York on Friday, doctors said.",
    "derby.txt": "Market in Derby\nDERBY, June 10, 2024 — A new market opened in Derby on "
                 "Monday, the council said.",
    "hull.txt": "Cholera in Hull\nHULL, July 1, 2024 — Cholera cases rose in Hull on Monday, "
                "officials said.",
}


@pytest.fixture
def seasons_db(tmp_path, app_store, geoparser):
    from tests.test_audit17_dashboard import _store_of

    _store_of(tmp_path / "seasons.db", geoparser, SEASONS).close()
    return app_store(tmp_path / "seasons.db")


@pytest.mark.parametrize("window", [("2024-02-25", "2024-06-10"),   # both ends outside
                                    ("2024-03-15", "2024-06-10")])  # the end only
def test_a_keyword_keeps_the_window_and_clearing_it_brings_it_back(seasons_db, window):
    """Typing "cholera" had reset a window whose ends had no cholera event to the default
    one (or moved an end to the filtered days' last), and clearing the keyword left it
    there: the window the journalist set was lost (audit 34, item 8)."""
    from tests.conftest import window_summary

    at = _run("dashboard.py", window=list(window))
    assert at.select_slider(key="window").value == window
    at.text_input(key="q").set_value("cholera").run()
    assert not at.exception
    assert at.select_slider(key="window").value == window
    assert list(at.query_params["window"]) == list(window)
    assert window_summary(at).endswith(": 1 place in 1 article")  # York only
    at.text_input(key="q").set_value("").run()
    assert at.select_slider(key="window").value == window
    assert list(at.query_params["window"]) == list(window)


def test_switching_date_by_keeps_the_window(seasons_db):
    """Leeds' floods (Sunday 25 Feb) were published on 27 Feb: dated by publication, a window
    from 25 Feb had been dropped for the default one (audit 34, item 8)."""
    window = ("2024-02-25", "2024-06-10")
    at = _run("dashboard.py", window=list(window))
    at.segmented_control(key="basis").set_value("published").run()
    assert not at.exception
    assert at.select_slider(key="window").value == window
    at.segmented_control(key="basis").set_value("event").run()
    assert at.select_slider(key="window").value == window


# -- 9. searches match without accents, and a place by the names the texts wrote ------------

SAHEL = {
    "segou.txt": "Floods in Ségou\nSÉGOU, Mali, Sept. 7, 2026 — Floods hit homes in Ségou on "
                 "Monday, officials said.",
    "abidjan.txt": "Cholera in Côte d'Ivoire\nABIDJAN, Sept. 9, 2026 — Cholera cases rose in "
                   "Côte d'Ivoire on Wednesday, the health ministry said.",
    "aid.txt": "Aid for Cote d'Ivoire\nGENEVA, Sept. 10, 2026 — Aid flights left for Cote "
               "d'Ivoire on Thursday, the agency said.",
    "tombouctou.txt": "Rain in Tombouctou\nBAMAKO, Sept. 11, 2026 — Heavy rain fell on the "
                      "city of Tombouctou in northern Mali on Friday, residents said.",
    "brazil.txt": "Storm in São Paulo\nSÃO PAULO, Sept. 12, 2026 — A storm hit São Paulo on "
                  "Saturday, firefighters said.",
}


@pytest.fixture
def sahel_db(tmp_path, app_store, geoparser):
    from tests.test_audit17_dashboard import _store_of

    store = _store_of(tmp_path / "sahel.db", geoparser, SAHEL)
    names = set(store.places_frame()["name"])
    store.close()
    return app_store(tmp_path / "sahel.db"), names


def _places_listed(at) -> list[str]:
    return list(at.dataframe[0].value["name"]) if at.dataframe else []


@pytest.mark.parametrize(("typed", "found"), [
    ("Segou", "Ségou"), ("sao paulo", "São Paulo"), ("Ségou", "Ségou"),
    ("Cote d'Ivoire", "Ivory Coast"), ("Côte d’Ivoire", "Ivory Coast"),
    ("Ivory", "Ivory Coast"), ("Tombouctou", "Timbuktu"), ("timbuktu", "Timbuktu")])
def test_the_places_search_ignores_accents_and_reads_the_names_written(sahel_db, typed,
                                                                        found):
    """"Segou" found nothing beside "Ségou", and "Côte d'Ivoire", either spelling, nothing:
    the store keeps the place as the gazetteer names it, "Ivory Coast" (audit 34, item 9)."""
    _, names = sahel_db
    assert found in names  # (what the store keeps: the premise)
    at = _run("pages/2_Places.py")
    at.text_input(key="query").set_value(typed).run()
    assert not at.exception
    assert found in _places_listed(at)


def _articles_caption(at) -> str:
    return next(c.value for c in at.caption if "“" in c.value)


@pytest.mark.parametrize(("typed", "said"), [
    ("Segou", "1 article names a place “Segou” finds"),  # (the text search keeps accents)
    ("Ségou", "1 article holds “Ségou”"),
    ("Cote d'Ivoire", "1 article holds “Cote d'Ivoire”, 1 more names a place of that name"),
    ("Côte d'Ivoire", "1 article holds “Côte d'Ivoire”, 1 more names a place of that name"),
    ("Ivory Coast", "2 articles name a place “Ivory Coast” finds"),
    ("Timbuktu", "1 article names a place “Timbuktu” finds")])
def test_find_articles_ignores_accents_and_finds_the_places_articles(sahel_db, typed, said):
    """"Segou" found no article beside "Ségou", each spelling of Côte d'Ivoire missed the
    other's article, "Timbuktu" the stories writing "Tombouctou"; "1 article hold" (item 9)."""
    at = _run("pages/1_Articles.py")
    at.text_input(key="article_query").set_value(typed).run()
    assert not at.exception
    assert _articles_caption(at).replace("\\", "") == said


def test_a_places_written_names_and_articles_on_both_backends(store):
    from placeline.models import Article, Mention, Place

    ivory = Place("geonames:2287781", "Ivory Coast", 8.0, -5.5, "country", "CI")
    ids = [store.add_article(Article(source=f"{n}.txt", title=n, text=f"{name} and more.",
                                     content_hash=n), [Mention(0, len(name), name, ivory, 0.9)])
           for n, name in (("a", "Côte d'Ivoire"), ("b", "Cote d'Ivoire"), ("c", "Cote d'Ivoire"))]
    assert sorted(store.surfaces_by_place()[ivory.id]) == ["Cote d'Ivoire", "Côte d'Ivoire"]
    assert store.articles_placed_at([ivory.id]) == set(ids)
    assert store.articles_placed_at([]) == set()


def test_names_fold_accents_case_and_apostrophes():
    from placeline.keywords import folded, names_matching

    assert folded("Côte d’Ivoire") == folded("cote d'ivoire") == "cote d'ivoire"
    names = {"a": ["Ségou"], "b": ["Ivory Coast", "Côte d'Ivoire"], "c": ["São Paulo"]}
    assert names_matching("segou", names) == {"a"}
    assert names_matching("Cote d'Ivoire", names) == {"b"}
    assert names_matching("  ", names) == set()
