"""Audit 17, the map page: links name places by their id and say what this store lacks
(item 13), the correction form comes first and finds its article by search (15), namesakes
are told apart in the top table and the "no date" note follows the filters (17), circles
are named buttons for the keyboard (19), a store of articles naming no place says so (21),
and small wording and layout slips (22). The same in a real browser:
tests/browser/test_audit17_browser.py."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from placeline.layers import feature_collection
from placeline.mapview import base_map, place_layer
from placeline.present import linked_place
from placeline.timeline_bars import timeline_html
from placeline.view import ARTICLE_BINS
from tests.conftest import ROOT, top_places, window_summary
from tests.test_apptest import _place_id, _run, app_db, fix  # noqa: F401 — app_db: a fixture

PARIS_TX, PARIS_FR = "geonames:4717560", "geonames:2988507"
NAMESAKES = {  # (file, text): two Parises, an undated article, one with no publication date
    "texas.txt": "Tornado damages homes in Paris, Texas\nPARIS, Texas, March 12, 2024 — A "
                 "tornado damaged 40 homes in Paris, Texas, on Tuesday night, officials in "
                 "Lamar County said.",
    "france.txt": "Farmers block roads around Paris\nPARIS, March 14, 2024 — Farmers blocked "
                  "roads around Paris, France, on Thursday, and tractors reached Lyon.",
    "ferry.txt": "Ferry service suspended\nA storm damaged the pier at Oban, and ferry "
                 "services to Mull were suspended until further notice.",
    "bridge.txt": "Old bridge\nThe bridge in Kyiv was built in 1907, the museum says.",
}


def _store_of(path, geoparser, documents: dict[str, str]):
    from placeline.ingest import RawDocument
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    store = open_store(path)
    Pipeline(store, geoparser).ingest([RawDocument(n, t) for n, t in documents.items()])
    return store


@pytest.fixture
def namesakes_db(tmp_path, app_store, geoparser):
    """A store where "Paris" is two places, selected through PLACELINE_DB."""
    store = _store_of(tmp_path / "namesakes.db", geoparser, NAMESAKES)
    assert {PARIS_TX, PARIS_FR} <= set(store.events_frame()["place_id"])
    store.close()
    return app_store(tmp_path / "namesakes.db")


def _notes(at) -> str:
    return " ".join(e.value for e in [*at.warning, *at.info])


def _url(at, key: str) -> list[str]:
    """The values of `key` in the app's URL."""
    value = at.query_params.get(key, [])
    return list(value) if isinstance(value, list | tuple) else [value]


def _unescaped(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


# -- 13. links carry the place's id ---------------------------------------------------------

@pytest.mark.usefixtures("app_db")
def test_choosing_a_place_writes_its_id_to_the_url_not_its_label(seeds_store):
    mariupol = _place_id(seeds_store, "Mariupol")
    at = _run("dashboard.py")
    at.selectbox(key="place").select(mariupol).run()
    assert not at.exception
    assert _url(at, "place") == [mariupol]  # a label's meaning changes with the data
    at.selectbox(key="place").select(None).run()
    assert "place" not in at.query_params


def test_a_link_by_id_opens_that_place_and_a_name_two_places_share_opens_neither(namesakes_db):
    at = _run("dashboard.py", place=PARIS_TX)
    assert not at.exception
    assert at.selectbox(key="place").value == PARIS_TX and not at.warning
    at = _run("dashboard.py", place="Paris")  # an older link, made when Paris was one place
    assert at.selectbox(key="place").value is None  # not Paris, France, in silence
    said = _unescaped(_notes(at))
    assert "could be Paris (FR) or Paris (US)" in said and "pick one" in said


def test_an_older_label_link_opens_the_one_place_it_fits_and_says_how_it_was_read(
        namesakes_db):
    at = _run("dashboard.py", place="Paris (US)")
    assert at.selectbox(key="place").value == PARIS_TX
    assert _url(at, "place") == [PARIS_TX]  # rewritten with the id
    assert "names a place by its name" in _unescaped(at.info[0].value)


@pytest.mark.usefixtures("app_db")
def test_a_link_to_a_place_this_store_lacks_says_so():
    at = _run("dashboard.py", place=PARIS_TX)  # the seeds are about Ukraine
    assert not at.exception
    assert at.selectbox(key="place").value is None
    said = _unescaped(_notes(at))
    assert "Paris (town or city, Texas, US" in said and "this store does not have" in said


def test_a_linked_place_with_no_events_in_the_window_is_said(namesakes_db):
    """It is chosen all the same, as a place the slider leaves behind (left open 20, item 1:
    the box had stayed empty)."""
    at = _run("dashboard.py", place=PARIS_TX, window=["2024-03-14", "2024-03-14"])
    assert at.selectbox(key="place").value == PARIS_TX
    said = _unescaped(_notes(at))
    assert "**Paris (US)** has no events in this window: its events are on 12 Mar 2024" in said


@pytest.mark.parametrize("asked, shown", [
    (["2024-03-13", "2024-04-01"], ("2024-03-13", "2024-03-14")),  # the last is past them
    (["1900-01-01", "2024-04-01"], None),  # both are: the first and the last day
])
def test_a_link_s_days_past_the_days_with_events_snap_to_the_nearest_and_say_so(
        namesakes_db, asked, shown):
    """Since UI 60 a day between the first and the last day with events is kept as the
    link asks (tests/test_ui60.py): a shared link is the same view; one past them moves to
    the nearest day with events, as "Go to date" does, and the page says so."""
    from app_common import pretty_date

    at = _run("dashboard.py", window=asked)
    assert not at.exception
    slider = at.select_slider(key="window")
    shown = shown or (slider.options[0], slider.options[-1])
    assert slider.value == shown
    # (the URL keeps no value a bound widget has by default, and since UI 59 the default
    # window starts at the recent news, here these very days: the 1907 event is older)
    assert _url(at, "window") in (list(shown), [])
    said = _unescaped(at.warning[0].value)
    assert "This link's dates" in said and "are not both within the days with events" in said
    assert f"showing {pretty_date(shown[0])} – {pretty_date(shown[1])}." in said


def test_a_link_s_single_day_without_events_snaps_too(namesakes_db):
    at = _run("dashboard.py", mode="Cumulative", until="2024-03-13")
    assert at.select_slider(key="until").value == "2024-03-12"
    assert "This link's date, 13 Mar 2024, has no events here" in _unescaped(
        at.warning[0].value)


def test_the_places_filter_s_link_carries_ids_and_says_what_it_lacks(namesakes_db):
    at = _run("dashboard.py", places=[PARIS_FR])
    assert at.multiselect(key="places").value == [PARIS_FR]
    assert window_summary(at).endswith("in 1 article")
    at = _run("dashboard.py", places="Paris")
    assert at.multiselect(key="places").value == []
    assert "could be Paris (FR) or Paris (US)" in _unescaped(_notes(at))
    at.multiselect(key="places").select(PARIS_TX).run()
    assert _url(at, "places") == [PARIS_TX]


@pytest.mark.usefixtures("app_db")
def test_the_articles_page_opens_the_article_its_link_names(seeds_store):
    articles = seeds_store.articles_frame()
    last = int(articles["id"].max())
    at = _run("pages/1_Articles.py", article=str(last))
    assert not at.exception
    assert at.selectbox(key="article").value == last
    first = int(articles["id"].min())
    at.selectbox(key="article").select(first).run()
    assert _url(at, "article") == [str(first)]
    at = _run("pages/1_Articles.py", article="99999")
    assert "which is not among these articles" in at.warning[0].value


def test_linked_place_reads_ids_names_and_labels():
    places = pd.DataFrame({
        "place_id": ["tx", "fr", "il", "mo", "kyiv"],
        "place": ["Paris", "Paris", "Springfield", "Springfield", "Kyiv"],
        "country": ["US", "FR", "US", "US", "UA"],
        "lat": [33.66, 48.85, 39.80, 37.22, 50.45], "lon": [-95.56, 2.35, -89.64, -93.30, 30.52]})
    regions = {"il": "Illinois", "mo": "Missouri"}.get
    assert linked_place("tx", places) == ("tx", [])
    assert linked_place("Kyiv", places) == ("kyiv", [])  # one place of that name
    assert linked_place("Paris", places) == (None, ["fr", "tx"])  # two: neither
    assert linked_place("Paris (US)", places) == ("tx", [])
    assert linked_place("Springfield (Illinois, US)", places, regions) == ("il", [])
    assert linked_place("Springfield (US, 37.22, -93.30)", places) == ("mo", [])
    assert linked_place("Springfield (US)", places) == (None, ["il", "mo"])
    assert linked_place("Paris (DE)", places) == (None, [])
    assert linked_place("geonames:1", places) == (None, [])


# -- 15. the correction form first, its article found by search -----------------------------

@pytest.mark.usefixtures("app_db")
def test_the_correction_form_comes_before_the_article_cards():
    at = _run("dashboard.py", place="Mariupol")
    labels = [e.label for e in at.expander]
    form = next(i for i, label in enumerate(labels) if label.startswith("Wrong place?"))
    first_card = labels.index("Read the whole article")
    assert form < first_card


@pytest.mark.usefixtures("app_db")
def test_many_articles_choose_the_correction_s_scope_in_a_searchable_list(seeds_store,
                                                                          monkeypatch):
    import app_common

    monkeypatch.setattr(app_common, "SCOPE_RADIO_MAX", 1)  # the seeds' places have ≤ 5
    mariupol = _place_id(seeds_store, "Mariupol")
    at = _run("dashboard.py", place=mariupol)
    assert not at.exception
    assert not [r for r in at.radio if (r.key or "").startswith("fix_scope_")]
    scope = fix(at.selectbox, "scope")
    assert scope.value is None and scope.options[0].startswith("in every article")
    assert scope.options[1].startswith("in the articles where it is placed at")  # (UI 71)
    assert all(re.search(r"\(\d+ \w+ \d{4}\)$", o) for o in scope.options[2:])  # dated


# -- 17. the top table's labels; the "no date" note follows the filters ------------------------

def test_the_top_table_tells_namesakes_apart_as_the_place_box_does(namesakes_db):
    at = _run("dashboard.py")
    assert {"Paris (US)", "Paris (FR)"} <= set(top_places(at)["place"])
    assert {"Paris (US)", "Paris (FR)"} <= set(at.selectbox(key="place").options)


def test_the_no_date_note_counts_only_the_articles_the_filters_keep(namesakes_db):
    at = _run("dashboard.py")  # (audit 18: one note for an article with any undated place)
    assert any(c.value.startswith("1 article names places with no date") for c in at.caption)
    at = _run("dashboard.py", q="tornado")  # the undated ferry story holds no "tornado"
    assert not any("with no date" in c.value for c in at.caption)
    at = _run("dashboard.py", q="ferry")  # the undated story only: no events, but it is said
    assert "1 article names places with no date" in at.warning[0].value


# -- 21. a store of articles naming no place ---------------------------------------------------

def test_a_store_of_dated_articles_naming_no_place_says_so(tmp_path, app_store, geoparser):
    db = tmp_path / "noplace.db"
    store = _store_of(db, geoparser, {"profits.txt": "Profits rise\nMarch 14, 2024 — Profits "
                                                     "rose for a third quarter, the company "
                                                     "said on Thursday."})
    assert store.articles_frame()["published"].notna().all()
    store.close()
    app_store(db)
    at = _run("dashboard.py")
    said = at.info[0].value
    assert "1 article is stored, but no place names were found in it" in said
    assert "Add articles" not in said and "Articles** page shows it" in said


# -- 22. wording and layout ------------------------------------------------------------------

def test_an_article_with_no_publication_date_says_so_in_words(namesakes_db):
    at = _run("dashboard.py", place="Kyiv", window=["1907-01-01", "2024-03-14"])
    captions = " ".join(c.value for c in at.caption)  # (1907: before the default window)
    assert "no publication date found" in captions
    assert "undated (not found)" not in captions


def test_the_timeline_s_first_and_last_days_keep_their_line():
    days = ["1907-01-01", "2024-03-12", "2024-03-14"]
    frame = pd.DataFrame({"day": days, "events": [1, 2, 3], "in_window": [True] * 3})
    html = timeline_html(frame)
    for day in (days[0], days[-1]):
        assert re.search(rf'<span style="[^"]*white-space:nowrap[^"]*">{day}</span>', html)


# -- 19. circles for the keyboard and screen readers; 22. the legend on a narrow map ------------

def _page(selected: str | None = None) -> str:
    summary = pd.DataFrame({"place_id": ["p1", "p2"], "place": ["Paris (US)", "Paris (FR)"],
                            "lat": [33.66, 48.85], "lon": [-95.56, 2.35],
                            "kind": ["city", "city"], "articles": [2, 1]})
    fmap = base_map([[30.0, -100.0], [50.0, 5.0]], legend=[
        (label, colour, 20.0) for _, label, colour in ARTICLE_BINS])
    place_layer(feature_collection(summary), selected=selected).add_to(fmap)
    return fmap.get_root().render()


def test_circles_are_named_buttons_that_enter_and_space_select():
    page = _page()
    assert "Paris (US) — 2 articles" in page  # the name a screen reader reads
    assert 'element.setAttribute("role", "button")' in page
    assert 'element.setAttribute("aria-label", feature.properties.label)' in page
    assert 'event.key !== "Enter" && event.key !== " "' in page
    assert 'layer.fire("click"' in page  # what streamlit-folium reports, as for a click
    assert "element.focus(" in page  # the new layer gives the focus back
    assert 'className = "placeline-skip"' in page  # a link past the circles
    assert 'setAttribute("aria-label", "Map of places")' in page  # the frame's name


def test_the_legend_starts_folded_on_a_narrow_map():
    page = _page()
    from placeline.mapview import LEGEND_OPEN_FROM_PX

    assert f"box.open = map.getSize().x >= {LEGEND_OPEN_FROM_PX}" in page
    assert "box.open = true" not in page


def test_the_map_s_circles_carry_the_place_box_s_labels(namesakes_db, monkeypatch):
    """The layer the dashboard draws names namesakes apart, in tooltips and for screen
    readers ("Paris — 1 article" twice said nothing)."""
    from placeline import mapview

    drawn = []
    original = mapview.place_layer
    monkeypatch.setattr(mapview, "place_layer", lambda layer, **kw: (
        drawn.append(layer), original(layer, **kw))[1])
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    assert not at.exception and drawn
    labels = {f["properties"]["label"] for f in drawn[-1]["features"]}
    assert {"Paris (US) — 1 article", "Paris (FR) — 1 article"} <= labels
