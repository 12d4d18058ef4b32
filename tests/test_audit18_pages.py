"""Audit 18, the map and its pages: kinds of place in a newsroom's words (item 24)."""

from __future__ import annotations

from placeline.present import KIND_LABELS, candidate_label, kind_label
from tests.conftest import top_places
from tests.test_apptest import (  # noqa: F401 — app_db: the fixture
    _place_id,
    _run,
    app_db,
    fix,
)

CODES = {"admin1", "admin2", "city", "water"}  # the gazetteer's own words for kinds

# -- 24. kinds of place in words a newsroom uses ----------------------------------------------


def test_every_kind_the_gazetteer_gives_has_a_word(gazetteer):
    kinds = {row[0] for row in gazetteer._conn.execute("SELECT DISTINCT kind FROM places")}
    assert kinds <= set(KIND_LABELS)
    assert not CODES & set(KIND_LABELS.values())
    assert kind_label("admin1") == "state / province" and kind_label("city") == "town or city"
    assert kind_label("peninsula") == "peninsula"  # one it does not know stays as stored
    texas = gazetteer.search("Texas")[0]
    assert candidate_label(texas).startswith("Texas (state / province, US, ")


def test_the_kind_filter_shows_words_and_the_link_keeps_the_code(app_db):  # noqa: F811
    at = _run("dashboard.py")
    kind = at.multiselect(key="kind")
    assert not CODES & set(kind.options), kind.options
    assert {"town or city", "state / province", "body of water"} <= set(kind.options)
    at = _run("dashboard.py", kind="city")  # a link's codes, as links made before hold
    assert not at.exception
    assert at.multiselect(key="kind").value == ["city"]
    assert set(top_places(at)["kind"]) == {"town or city"}


def test_the_reading_panel_says_the_kind_in_words(app_db, seeds_store):  # noqa: F811
    at = _run("dashboard.py", place=_place_id(seeds_store, "Mariupol"))
    assert not at.exception
    panel = next(c.value for c in at.caption if "in this window" in c.value)
    assert panel.startswith("town or city · "), panel
    fix(at.radio, "how").set_value("coordinates").run()
    kind = fix(at.selectbox, "kind")  # the correction form's kind of a typed place
    assert kind.value == "city" and not CODES & set(kind.options)
    assert not CODES & set(top_places(_run("dashboard.py"))["kind"])


def test_the_places_and_articles_pages_say_the_kind_in_words(app_db, seeds_store):  # noqa: F811
    at = _run("pages/2_Places.py")
    assert not at.exception
    assert not CODES & set(at.multiselect(key="kinds").options)
    assert not CODES & set(at.dataframe[0].value["kind"])
    assert "town or city" in set(at.dataframe[0].value["kind"])
    at.multiselect(key="kinds").set_value(["admin1"]).run()
    assert set(at.dataframe[0].value["kind"]) == {"state / province"}
    articles = _run("pages/1_Articles.py")
    found = articles.dataframe[1].value
    assert not CODES & set(found["kind"]) and "town or city" in set(found["kind"])
