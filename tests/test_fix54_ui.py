"""Fix 54 (audit 31 item 15): a new place typed by its coordinates takes the country and
region of the town nearest it when the gazetteer has no place of its name there."""

from __future__ import annotations

from tests.test_apptest import _run, fix
from tests.test_fix46_ui import twickenham_in_alabama  # noqa: F401 — the fixture

KUANG_SI = (19.749, 101.991)  # the falls, 20 km from Ban Xiang-Ngeun, Luang Prabang, Laos


def test_a_point_in_laos_is_in_laos_and_its_province(gazetteer):
    holder = gazetteer.typed_holder("Kuang Si Falls", *KUANG_SI)
    assert holder is not None and (holder.country, holder.admin1) == ("LA", "17")


def test_a_name_the_gazetteer_has_there_still_comes_first(gazetteer):
    holder = gazetteer.typed_holder("Twickenham", 51.4466, -0.3289)
    assert holder is not None and (holder.name, holder.country) == ("Twickenham", "GB")


def test_a_point_far_from_any_town_has_no_country(gazetteer):
    assert gazetteer.typed_holder("Somewhere at sea", 0.0, -30.0) is None  # mid-Atlantic
    assert gazetteer.nearest_town(*KUANG_SI, within_km=5) is None


def test_the_nearest_town_is_found_across_the_180th_meridian(gazetteer):
    town = gazetteer.nearest_town(-16.78, -179.8, within_km=120)  # east of Savusavu, Fiji
    assert town is not None and town.country == "FJ" and town.lon > 179


def test_a_new_place_typed_in_laos_is_saved_in_laos(twickenham_in_alabama):  # noqa: F811
    """Audit 31, item 15: "Kuang Si Falls · town or city · 19.749, 101.991", no country, and
    the export's country empty. (A name the gazetteer lacks: since v103 it has the falls,
    whose own row would answer first.)"""
    from placeline.store import open_store

    db, huntsville = twickenham_in_alabama
    at = _run("dashboard.py", place=huntsville.id)
    fix(at.radio, "how").set_value("coordinates").run()
    fix(at.text_input, "name").set_value("Kuang Si campsite").run()
    fix(at.number_input, "lat").set_value(KUANG_SI[0]).run()
    fix(at.number_input, "lon").set_value(KUANG_SI[1]).run()
    assert any(c.value.startswith("In Laos: the nearest town in the gazetteer is Ban Xiang")
               and "20 km away" in c.value for c in at.caption)
    fix(at.button, "save").click().run()
    assert not at.exception
    store = open_store(db)
    saved = [c for c in store.corrections() if c["name"] == "Kuang Si campsite"]
    store.close()
    assert [(c["country"], c["admin1"]) for c in saved] == [("LA", "17")]
