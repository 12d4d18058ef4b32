"""Audit 17, the secondary pages and the keyword search: words found where words begin (not
"rain" in "Ukraine"); places that say where they are and link to the map; dates that sort as
dates; counts that say what they count; small wording slips."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pandas as pd
import pytest

from placeline.ingest import RawDocument
from placeline.pipeline import Pipeline
from placeline.store import open_store
from tests.test_apptest import (  # noqa: F401 — app_db: the fixture
    _dashboard_on,
    _place_id,
    _run,
    app_db,
    fix,
)
from tests.test_store_backends import _article

UNDATED = RawDocument("undated.txt", "Shelling in Kharkiv\n\nShelling hit Kharkiv and Izium, "
                                     "officials said.")


def _seed(store, name: str) -> int:
    frame = store.articles_frame()
    return int(frame.loc[frame["source"].str.contains(name), "id"].iloc[0])


@pytest.fixture
def with_undated(app_db, geoparser):  # noqa: F811
    """The seeds store and one article that gives no date, naming Kharkiv and Izium."""
    store = open_store(app_db)
    Pipeline(store, geoparser).ingest([UNDATED])
    [undated] = set(store.article_ids()) - {a for a in store.articles_frame()["id"]
                                             if store.article(a)["published"]}
    store.close()
    return undated

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


def test_either_apostrophe_finds_the_other(store):
    """"O'Brien" typed with a straight apostrophe finds "O’Brien" printed with a curly one,
    and the other way round (each had found only its own)."""
    curly = store.add_article(_article("a1", "Sheriff Dan O’Brien spoke in Côte d’Ivoire."),
                              [])
    straight = store.add_article(_article("a2", "Mayor Kate O'Brien visited."), [])
    assert store.articles_matching("O'Brien") == {curly, straight}
    assert store.articles_matching("o’brien") == {curly, straight}
    assert store.articles_matching("Côte d'Ivoire") == {curly}
    assert store.articles_matching('"Dan O\'Brien"') == {curly}


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


# -- 14. places say where they lie, link to the map, corrections say what they changed ---------

def test_a_place_is_written_with_its_region_and_country():
    from placeline.present import place_where

    assert place_where("Berlin", "Massachusetts", "US", "city") == "Berlin (Massachusetts, US)"
    assert place_where("Massachusetts", "", "US", "admin1") == "Massachusetts (US)"
    assert place_where("Ukraine", "", "UA", "country") == "Ukraine"
    assert place_where("Somewhere Else") == "Somewhere Else"


def test_an_articles_places_say_where_they_lie_and_open_the_map(app_db, seeds_store):  # noqa: F811
    at = _run("pages/1_Articles.py")
    at.selectbox(key="article").select(_seed(seeds_store, "004_")).run()
    assert not at.exception
    found = at.dataframe[1].value
    assert list(found.columns[:4]) == ["place", "kind", "mentions", "confidence"]
    assert "Kreminna (Luhansk Oblast, UA)" in set(found["place"])
    assert "Luhansk → Luhansk Oblast (UA)" in set(found["place"])  # written otherwise
    assert "Ukraine" in set(found["place"])  # a country is its own name
    link = found.loc[found["place"] == "Kreminna (Luhansk Oblast, UA)", "map"].iloc[0]
    assert link.startswith("./?")
    # The link opens the map on that place.
    label = parse_qs(urlsplit(link).query)["place"][0]
    dashboard = _run("dashboard.py", place=label)
    assert not dashboard.exception
    assert dashboard.selectbox(key="place").value == _place_id(seeds_store, "Kreminna")
    # The pick list of the correction form says where each place lies too.
    box = at.selectbox(key=f"fix_place_{_seed(seeds_store, '004_')}")
    assert "Izyum (Kharkiv Oblast, UA)" in box.options


def test_highlighted_names_say_where_they_point_and_link_to_the_map(app_db, seeds_store):  # noqa: F811
    at = _run("pages/1_Articles.py")
    at.selectbox(key="article").select(_seed(seeds_store, "004_")).run()
    cleaned = next(m.value for m in at.markdown if "**Kreminna**" in m.value)
    assert re.search(r"\[:orange-background\[\*\*Kreminna\*\*\]\]\(\./\?place=geonames%3A\d+ "
                     r"\"Kreminna → Kreminna \\\(Luhansk Oblast\\, UA\\\)\\, town or city", cleaned)


def test_a_tooltip_is_text_and_only_our_links_are_links():
    from placeline.present import highlighted, titled_link

    hostile = 'Kyiv" onmouseover="x" <img src=x> [a](javascript:y) :material/home: \\'
    linked = titled_link(":orange-background[**Kyiv**]", hostile, "./?place=Kyiv%20%28UA%29")
    url, title = re.fullmatch(r"\[:orange-background\[\*\*Kyiv\*\*\]\]\((\S+) \"(.*)\"\)",
                              linked).groups()
    assert url == "./?place=Kyiv%20%28UA%29"
    assert re.fullmatch(r"(?:\\[!-/:-@\[-`{-~]|[^!-/:-@\[-`{-~])*", title)  # all escaped
    assert re.sub(r"\\(.)", r"\1", title) == hostile  # the tooltip reads as written
    for url in (None, "javascript:alert(1)", 'x" onclick="y', "./?a=(b)"):
        assert titled_link("**Kyiv**", "Kyiv", url) == "**Kyiv**"
    text = "Shelling hit Kyiv."
    assert highlighted(text, 0, len(text), [(13, 17)], notes={(13, 17): ("Kyiv (UA)", None)}) \
        == highlighted(text, 0, len(text), [(13, 17)])


def test_a_place_only_undated_articles_name_links_nowhere(tmp_path, app_store, geoparser):
    db = tmp_path / "undated.db"
    store = open_store(db)
    Pipeline(store, geoparser).ingest([UNDATED])
    store.close()
    at = _dashboard_on(app_store, db)
    at.switch_page("pages/1_Articles.py").run()
    assert not at.exception
    assert at.dataframe[1].value["map"].isna().all()
    cleaned = next(m.value for m in at.markdown if "**Kharkiv**" in m.value)
    assert "](" not in cleaned  # highlighted, not linked


def test_a_corrected_gazetteer_entry_is_listed_as_a_correction_in_its_article(
        app_db, seeds_store, gazetteer):  # noqa: F811
    store = open_store(app_db)
    article = _seed(store, "004_")
    oblast = gazetteer.search("Kharkiv Oblast")[0]  # a gazetteer entry, not typed coordinates
    store.add_correction("Izyum", oblast, store.article(article)["content_hash"])
    Pipeline(store).reprocess(store.articles_with_surface("Izyum"))
    title = store.article(article)["title"]
    store.close()
    at = _run("pages/2_Places.py")
    assert not at.exception
    table = at.dataframe[0].value.set_index("name")
    assert table.loc["Kharkiv Oblast", "source"] == \
        "user correction, from the offline gazetteer (GeoNames)"
    assert table.loc["Kharkiv Oblast", "map"].startswith("./?place=")
    assert table.loc["Kyiv", "source"] == "offline gazetteer (GeoNames)"
    assert table.loc["Kyiv", "region"] == "Kyiv" and table.loc["Kyiv", "country"] == "UA"
    at.multiselect(key="sources").set_value(["correction"]).run()
    assert list(at.dataframe[0].value["name"]) == ["Kharkiv Oblast"]
    listed = next(m.value for m in at.markdown if "Izyum" in m.value)
    assert "one article" not in listed and f"only in “{title[:30]}" in listed


# -- 16. the Articles table sorts dates as dates ------------------------------------------------

def test_articles_are_listed_by_date_with_the_title_in_view(app_db, with_undated):  # noqa: F811
    at = _run("pages/1_Articles.py")
    assert not at.exception
    overview = at.dataframe[0].value
    assert list(overview.columns[:2]) == ["published", "title"]
    assert list(overview.columns)[-1] == "how the date was found"  # the wide one last
    assert pd.api.types.is_datetime64_any_dtype(overview["published"])
    dated = overview["published"].dropna()
    assert dated.is_monotonic_decreasing and len(dated) == 5
    assert pd.isna(overview["published"].iloc[-1])  # undated last
    assert overview["title"].iloc[-1] == "Shelling in Kharkiv"


# -- 17. counts say what they count ----------------------------------------------------------

def test_the_articles_page_says_what_it_counts(app_db, seeds_store):  # noqa: F811
    frame = seeds_store.articles_frame()
    at = _run("pages/1_Articles.py")
    caption = at.caption[0].value
    names = int(frame["mentions"].sum())
    assert f"{names} place names found in their text (every repeat counted)" in caption
    assert f"{len(seeds_store.places_frame())} places" in caption
    assert "place mentions" not in caption


def test_the_places_page_says_which_counts_include_undated_articles(app_db, with_undated):  # noqa: F811
    at = _run("pages/2_Places.py")
    assert not at.exception
    assert "1 article names places with no date: those count in “articles” only" in \
        at.caption[0].value  # (audit 18: the map's note's words and number)
    table = at.dataframe[0].value.set_index("name")
    dashboard = _run("dashboard.py", place="Izyum")  # (the undated article's "Izium")
    assert not dashboard.exception
    shown = " ".join(c.value for c in dashboard.caption)
    on_map = int(re.search(r"(\d+) articles? in this window", shown).group(1))
    assert table.loc["Izyum", "on_map"] == on_map
    assert table.loc["Izyum", "articles"] == on_map + 1  # the undated one
    assert table.loc["Kharkiv", "on_map"] == 0  # named by the undated article alone
    assert pd.isna(table.loc["Kharkiv", "map"])


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
    assert any(o.startswith("Newton (town or city, Massachusetts, US, ") and
               o.endswith(" — also called Cambridge") for o in options)
    assert any(o.startswith("Cambridge (town or city, England, GB, ") and "also called" not in o
               for o in options)


def test_words_beyond_ascii_are_found_as_typed_on_both_backends(store):
    """A review: on PostgreSQL the rows the database found were checked in its own lower
    case ("Київ" stays as it is under a C locale, "İ" lowers otherwise than in Python) and
    thrown away; both sides are now lower-cased by Python."""
    kyiv = store.add_article(_article("u1", "Шелл: обстріл Києва. Київ, Zürich, İstanbul."), [])
    assert store.articles_matching("Київ") == {kyiv}
    assert store.articles_matching("İstanbul") == {kyiv}
    assert store.articles_matching("Zürich") == {kyiv}
    assert store.articles_matching("ürich") == set()  # inside a word, as for ASCII
