"""UI 59 (audit 33, items 1, 10, 11 and 15): a correction made in every article yields where
a later article's clause places the name in another country; the correction search ranks a
name's own namesakes, and those in the article's countries, above aliases; a "correction"
to the place the name has is not stored; the Ingest page keeps the last ingest's warnings
after a reload; the default window shows the recent news, not an obituary's 92 years; the
Articles table's date column fits."""

from __future__ import annotations

import pytest

from placeline.geoparse import Correction
from tests.test_apptest import _run, app_db, fix  # noqa: F401 — the fixture

FOLLOW_UP = (
    "Clean-up begins in Fiji's Lau islands\n\n"
    "Separately, a Norwegian ferry company said services between Vik and Balestrand in Sogn "
    "og Fjordane would resume on Monday after storm damage, and Icelandic police said the "
    "ring road near Vik, Iceland, was reopened after snow.\n")
ICELAND = (  # (audit 33's article 10, abridged: its Bergen sends "Vik" to Norway)
    "Iceland volcano erupts again near Grindavik\n\n"
    "REYKJAVIK (AP) - A volcano on Iceland's Reykjanes Peninsula erupted for the tenth time "
    "since 2023 late on Monday, sending lava fountains into the sky near the fishing town of "
    "Grindavik.\n\n"
    "Across the Nordic region, the Norwegian Meteorological Institute said sulphur dioxide "
    "might drift towards Bergen and the Faroe Islands if winds change. Danish officials in "
    "Torshavn said they were monitoring air quality.\n\n"
    "The Hekla volcano, east of Selfoss, and Katla under the Myrdalsjokull glacier near Vik "
    "are also being closely watched.\n")

# (index v108 reads that "near Vik" as Vík í Mýrdal: the app's story names a Norwegian Vik
# instead, its only Vik, which the form is then asked to correct)
ICELAND_WITH_NORWAYS_VIK = ICELAND.replace(
    "might drift towards Bergen and the Faroe Islands",
    "might drift towards Bergen, Sogndal and Vik in western Norway and the Faroe Islands"
).replace("glacier near Vik are", "glacier are")


def _vik_in_iceland(gazetteer):
    return gazetteer.search("Vik, Iceland")[0]


# -- 1. an everywhere-correction yields to a clause placing the name in another country ---------

def test_an_everywhere_correction_yields_where_its_clause_places_the_name_elsewhere(geoparser):
    """Audit 33, item 1: "Vik" corrected to Vík í Mýrdal in every article had sent "ferries
    between Vik and Balestrand in Sogn og Fjordane" to Iceland. The clause names a
    Norwegian county (and "Norwegian"), which holds a Vik and not the corrected one: the
    mention keeps its Norwegian Vik. "Vik, Iceland" in the next clause takes the correction."""
    iceland = _vik_in_iceland(geoparser.gazetteer)
    assert (iceland.name, iceland.country) == ("Vík í Mýrdal", "IS")
    corrected = geoparser.with_corrections([Correction("Vik", iceland)])
    viks = [m.place for m in corrected.parse(FOLLOW_UP) if m.surface == "Vik"]
    assert [p.country for p in viks] == ["NO", "IS"]
    assert viks[1].id == iceland.id
    # the story the user corrected it in: nothing there places it elsewhere
    assert [m.place.id for m in corrected.parse(ICELAND) if m.surface == "Vik"] == [iceland.id]


def test_a_one_article_correction_still_applies_in_its_article(geoparser):
    """Made for one article, the correction is the user's word on that article's text: the
    clause rule is for articles the user never saw."""
    iceland = _vik_in_iceland(geoparser.gazetteer)
    corrected = geoparser.with_corrections([Correction("Vik", iceland, "this-article")])
    viks = [m.place.id for m in corrected.parse(FOLLOW_UP, article_hint="this-article")
            if m.surface == "Vik"]
    assert viks == [iceland.id, iceland.id]


def test_the_clause_rule_reads_only_its_clause(geoparser):
    """A region of another country in another clause of the sentence does not move it."""
    iceland = _vik_in_iceland(geoparser.gazetteer)
    text = ("Roads near Vik were closed by snow, and a ferry in Sogn og Fjordane was "
            "cancelled.")
    corrected = geoparser.with_corrections([Correction("Vik", iceland)])
    assert [m.place.id for m in corrected.parse(text) if m.surface == "Vik"] == [iceland.id]


def test_the_form_says_where_an_everywhere_correction_yields(app_db):  # noqa: F811
    at = _run("dashboard.py", place="Moscow")
    assert not at.exception
    assert any("Every article: the" in c.value and "Not in an article whose own words "
               "place it elsewhere" in c.value for c in at.caption)  # (UI 65's wording)


# -- 2. the correction search ranks the namesakes that fit first; a no-op is not saved ---------

def test_a_names_own_namesakes_rank_above_aliases(gazetteer):
    """Audit 33, item 10: "Vik" listed three Norwegian Viks and 17 aliases ("Victoria de
    Durango — also called Viktorija De Durango"), not Vík í Mýrdal; "Lau, Fiji" listed
    Lautoka before the Lau Islands."""
    found = [p.name for p in gazetteer.search("Vik")]
    assert found.index("Vík í Mýrdal") < found.index("Victoria de Durango")
    assert set(found[:4]) == {"Vik", "Vík í Mýrdal"}
    assert gazetteer.search("Lau, Fiji")[0].name == "Lau Islands"
    first = gazetteer.search("Vik", countries={"IS": 6, "NO": 1})[0]
    assert (first.name, first.country) == ("Vík í Mýrdal", "IS")
    # unchanged: a city by another name, a city before its region
    assert gazetteer.search("Bombay")[0].name == "Mumbai"
    assert [p.kind for p in gazetteer.search("Kharkiv")[:2]] == ["city", "admin1"]


@pytest.fixture
def iceland_app(tmp_path, geoparser, app_store):
    """The app on a store of one Icelandic story whose first "Vik" is Norway's."""
    from tests.test_audit19_map import ingest_rows

    store = ingest_rows(tmp_path, [{"id": "is1", "date": "2025-09-02",
                                    "title": "Iceland volcano erupts again",
                                    "text": ICELAND_WITH_NORWAYS_VIK}], geoparser)
    vik = next(m for m in store.mentions(int(store.articles_frame()["id"].iloc[0]))
               if m["surface"] == "Vik")
    store.close()
    assert vik["country"] == "NO"  # (else there is nothing to correct)
    app_store(tmp_path / "feed.db")
    return vik["place_id"]


def test_the_form_lists_the_namesake_in_the_articles_country_first(iceland_app):
    at = _run("dashboard.py", place=iceland_app)
    assert not at.exception
    assert fix(at.text_input, "query").value == "Vik"
    assert fix(at.selectbox, "choice").options[0].startswith("Vík í Mýrdal (town or city, ")


def _save_script(db: str, surface: str, place_id: str, scope: str) -> None:
    """Save a correction of `surface` to `place_id` as the form's Save does."""
    import app_common
    from placeline.gazetteer import get_gazetteer
    from placeline.store import open_store

    store = open_store(db)
    article = int(store.articles_frame()["id"].iloc[0]) if scope == "one" else 0
    app_common._save_correction(store, surface, get_gazetteer().place(place_id), article,
                                "place")


@pytest.mark.parametrize("scope", ["one", "every"])
def test_a_correction_to_the_place_it_has_is_not_saved(iceland_app, tmp_path, scope):
    """Audit 33, item 10: Vik → the Vik it was at was stored and listed as a correction."""
    from streamlit.testing.v1 import AppTest

    from placeline.store import open_store

    at = AppTest.from_function(_save_script, args=(str(tmp_path / "feed.db"), "Vik",
                                                   iceland_app, scope), default_timeout=60)
    at.run()
    assert not at.exception
    assert any("would change nothing, so it was not saved" in w.value for w in at.warning)
    store = open_store(tmp_path / "feed.db")
    assert store.corrections() == []
    store.close()


# -- 3. the last ingest's warnings after a reload -------------------------------------------

def test_the_ingest_page_keeps_the_last_ingests_warnings(tmp_path, app_store):
    """Audit 33, item 11: after a reload the page said "500 added · 0 already stored · 0
    skipped" of a feed whose 500 rows had a warning, and showed none of them."""
    from placeline.errors import InputError
    from placeline.ingest_runs import RunRecord
    from placeline.pipeline import IngestReport
    from placeline.store import open_store

    db = tmp_path / "w.db"
    store = open_store(db)
    record = RunRecord(store, "feed500.xml", "upload:feed500.xml", 3, "page").start()
    reason = "only its description was read: places further on are missed"
    report = IngestReport(added=[(f"feed500.xml#{k}", k) for k in range(3)],
                          warnings=[InputError(f"feed500.xml#{k}", reason) for k in range(3)])
    record.finish("done", report)
    store.close()
    app_store(db)
    at = _run("pages/3_Ingest.py")
    assert not at.exception
    assert any("The last ingest, of feed500" in c.value and "3 with warnings" in c.value
               for c in at.caption)
    [folded] = [e for e in at.expander if e.label.startswith("Stored, with a warning (3)")]
    [table] = folded.table  # (a table whose cells wrap since UI 60: escaped Markdown)
    from placeline.present import escape_markdown

    assert table.value["warning"].tolist() == [escape_markdown(reason)]


# -- 4. the default window ---------------------------------------------------------------

def test_the_default_window_starts_near_the_first_publication():
    """Audit 33, item 15: an obituary's 1933 … 1989 events beside this year's news had made
    the default window 1933 – 2025; it starts a year before the first publication."""
    from placeline.view import recent_start

    days = ["1933-01-01", "1944-06-06", "1989-01-01", "2024-11-30", "2025-02-12",
            "2025-11-04"]
    assert recent_start(days, ["2025-02-12T08:00:00+00:00", "2025-11-04", ""]) == "2024-11-30"
    assert recent_start(days, []) == "1933-01-01"  # no publication date known: all
    assert recent_start(days[:3], ["2025-02-12"]) == "1933-01-01"  # only old events: all


OBITUARY = [
    {"id": "o1", "date": "2025-10-15", "title": "Harold Bergstrom, 1938-2025",
     "text": "Bergstrom was born in Duluth in 1938. In 1975 he sheltered in Whitefish Bay. "
             "He died on Sunday in Hermantown."},
    {"id": "n1", "date": "2025-11-04", "title": "Port opens",
     "text": "A new berth opened in Walvis Bay on Monday."},
]


def test_the_map_opens_on_the_recent_news_and_a_link_still_opens_the_past(
        tmp_path, geoparser, app_store):
    from tests.test_audit19_map import ingest_rows

    ingest_rows(tmp_path, OBITUARY, geoparser).close()
    app_store(tmp_path / "feed.db")
    at = _run("dashboard.py")
    assert not at.exception
    slider = at.select_slider(key="window")
    assert slider.options[0].startswith("1938") and slider.value[0] >= "2024-10-15"
    assert slider.value[1] == slider.options[-1]
    linked = _run("dashboard.py", window=[slider.options[0], slider.options[-1]])
    assert linked.select_slider(key="window").value == (slider.options[0],
                                                        slider.options[-1])


# -- 5. the map's link and the Articles table's date column ------------------------------

def test_the_articles_tables_date_column_holds_short_words(app_db):  # noqa: F811
    """Audit 33, item 15: "given by the source or stated in its text" was cut off at
    1400 px; the table's cells do not wrap, so it says it short (the long form is below)."""
    at = _run("pages/1_Articles.py")
    assert not at.exception
    [table] = [d for d in at.dataframe if "how the date was found" in d.value.columns]
    words = table.value["how the date was found"].dropna()
    assert not words.empty and words.str.len().max() <= 21


def test_the_maps_page_link_is_capitalised():
    """Audit 33, item 15: the sidebar's first link, Streamlit's name for dashboard.py, read
    "dashboard" beside "Articles"; every page's style capitalises it (seen in Chromium)."""
    import app_common

    assert "stSidebarNavLink" in app_common.PAGE_STYLE
    assert "text-transform:capitalize" in app_common.PAGE_STYLE
