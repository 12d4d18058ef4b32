"""Audit 17, the secondary pages and the keyword search: words found where words begin (not
"rain" in "Ukraine"); places that say where they are and link to the map; dates that sort as
dates; counts that say what they count; small wording slips."""

from __future__ import annotations

from tests.test_apptest import _run, app_db, fix  # noqa: F401 — app_db: the fixture
from tests.test_store_backends import _article

# -- 18. the keyword search finds words, not pieces of words ----------------------------------


def test_a_word_is_found_where_a_word_begins_not_inside_another(store):
    ukraine = store.add_article(_article("k1", "Shelling in Ukraine went on."), [])
    rain = store.add_article(_article("k2", "Heavy rainfall flooded the Rains County road."), [])
    oxford = store.add_article(_article("k3", "Scientists in Oxford met."), [])
    ford = store.add_article(_article("k4", "A Ford plant closed; Fordham students rallied."),
                             [])
    assert store.articles_matching("rain") == {rain}
    assert store.articles_matching("RAIN") == {rain}
    assert store.articles_matching("Ford") == {ford}
    assert store.articles_matching("ukraine") == {ukraine}
    assert store.articles_matching("xford") == set()
    assert oxford in store.articles_matching("Oxford")


def test_several_words_mean_all_of_them_and_quotes_keep_a_phrase(store):
    texas = store.add_article(_article("p1", "A tornado hit Paris, Texas, on Monday."), [])
    both = store.add_article(_article("p2", "Texas sent aid; Paris thanked it."), [])
    store.add_article(_article("p3", "Paris hosted the talks."), [])
    assert store.articles_matching("Paris Texas") == {texas, both}
    assert store.articles_matching("Paris, Texas") == {texas, both}
    assert store.articles_matching('"Paris Texas"') == {texas}
    assert store.articles_matching("“paris, texas”") == {texas}
    assert store.articles_matching('"Texas Paris"') == set()
    assert store.articles_matching('"Paris, Texas') == {texas}  # an unclosed quote


def test_a_title_counts_and_punctuation_alone_finds_nothing(store):
    titled = store.add_article(_article("t1", "Nothing here."), [])
    store._conn.execute("UPDATE articles SET title = ? WHERE id = ?", ("Ceasefire talks", titled))
    assert store.articles_matching("ceasefire") == {titled}
    assert store.articles_matching(" , ; ") == set()
    assert store.articles_matching('""') == set()


def test_search_text_is_data_for_the_database(store):
    """Quotes, LIKE's wildcards and SQL in a query are only text to look for."""
    plain = store.add_article(_article("s1", "Kyiv grew 50 percent; O'Brien said so."), [])
    odd = store.add_article(_article("s2", "Kyiv grew 50% in a_b, said O'Brien."), [])
    assert store.articles_matching("50%") == {odd}
    assert store.articles_matching("a_b") == {odd}
    assert store.articles_matching("O'Brien") == {plain, odd}
    assert store.articles_matching("'; DROP TABLE articles; --") == set()
    assert store.articles_matching("\\") == set()
    assert store.article_count() == 2


# -- 22. wording and layout slips on the pages ------------------------------------------------

def test_the_ingest_page_says_the_dashboard_is_behind_a_proxy(app_db, monkeypatch):  # noqa: F811
    from streamlit.runtime.context import ContextProxy

    monkeypatch.delenv("PLACELINE_FOLDER_INGEST", raising=False)
    monkeypatch.setattr(ContextProxy, "headers",
                        property(lambda self: {"X-Forwarded-For": "203.0.113.9"}))
    at = _run("pages/3_Ingest.py")
    assert not at.exception
    note = " ".join(i.value for i in at.info)
    assert "the dashboard is behind a proxy, so anyone" in note


# -- 22. candidates found by another name say so --------------------------------------------------

def test_a_candidate_found_by_another_name_says_so(gazetteer):
    from placeline.present import candidate_label

    named = {p.name: other for p, other in gazetteer.search_named("Bombay")}
    assert named["Mumbai"] == "bombay"
    cambridge = gazetteer.search_named("Cambridge")
    assert {other for p, other in cambridge if p.name == "Cambridge"} == {""}
    newton = next(p for p, other in cambridge if other)
    assert candidate_label(newton, "Massachusetts", "Cambridge").endswith(
        ") — also called Cambridge")
    assert [p for p, _ in gazetteer.search_named("Springfield, MA")] == \
        gazetteer.search("Springfield, MA")


def test_the_correction_form_says_which_candidates_go_by_another_name(app_db):  # noqa: F811
    at = _run("dashboard.py", place="Moscow")
    fix(at.text_input, "query").set_value("Cambridge").run()
    assert not at.exception
    options = fix(at.selectbox, "choice").options
    assert any(o.startswith("Newton (city, Massachusetts, US, ") and
               o.endswith(" — also called Cambridge") for o in options)
    assert any(o.startswith("Cambridge (city, England, GB, ") and "also called" not in o
               for o in options)
