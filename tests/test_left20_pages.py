"""Left open by the twentieth session's reviews, the pages: a link opens its place whatever the
window, which then moves to its events on request (item 1); the correction form reads what it
shows, once per store revision (2); `dates` names each article by its path and title, not a
file's name (4)."""

from __future__ import annotations

import json

import pytest

from placeline.cli import main
from placeline.store import Store
from tests.test_apptest import _run, fix
from tests.test_audit19_map import (  # noqa: F401 — busy_db: a fixture
    CAMBRIDGE,
    MORIOKA,
    busy_db,
    cambridge_rows,
    ingest_rows,
)


@pytest.fixture
def busy_app(busy_db, app_store):  # noqa: F811
    """The app on audit 19's store: Cambridge 1 to 24 March 2024, Morioka on the 26th."""
    return app_store(busy_db)


def _said(at) -> str:
    return " ".join(e.value for e in [*at.warning, *at.info])


def _cards(at) -> int:
    return len([e for e in at.expander if e.label == "Read the whole article"])


# -- 1. a link to a place with no events in the window opens it, and offers its dates -------

def test_a_link_to_a_place_outside_the_window_chooses_it_and_offers_its_dates(busy_app):
    """The Places page's link to Morioka, opened on a window of Cambridge days, had left the
    Place box empty with a warning ("widen the window"), where scrubbing past Morioka keeps
    it chosen and says when it has events."""
    at = _run("dashboard.py", place=MORIOKA, window=["2024-03-01", "2024-03-10"])
    assert not at.exception
    assert at.selectbox(key="place").value == MORIOKA
    assert at.query_params["place"] == MORIOKA
    said = _said(at)
    assert "**Morioka** has no events in this window: its events are on 26 Mar 2024" in said
    assert "widen the window" not in said and not at.warning
    assert _cards(at) == 0
    at.button(key="place_dates").click().run()
    assert not at.exception
    assert at.select_slider(key="window").value == ("2024-03-26", "2024-03-26")
    assert at.selectbox(key="place").value == MORIOKA
    assert _cards(at) == 1 and not at.info


def test_a_place_s_dates_in_a_window_of_the_last_days_cover_all_its_events(busy_app):
    at = _run("dashboard.py", mode="Last N days", days="1", until="2024-03-26",
              place=CAMBRIDGE)
    assert at.selectbox(key="place").value == CAMBRIDGE
    assert "its events run from 1 Mar 2024 to 24 Mar 2024" in _said(at)
    at.button(key="place_dates").click().run()
    assert not at.exception
    assert at.select_slider(key="until").value == "2024-03-24"
    assert at.number_input(key="days").value == 24
    assert _cards(at) == 20  # a page of its 24 articles
    assert "24 articles in this window" in " ".join(c.value for c in at.caption)


def test_a_place_filtered_out_offers_no_dates_to_move_to(busy_app):
    at = _run("dashboard.py", place=CAMBRIDGE)
    at.multiselect(key="kind").set_value(["country"]).run()
    assert "none of its events passes these filters" in _said(at)
    assert not [b for b in at.button if b.key == "place_dates"]


# -- 2. the correction form reads what it shows, once per revision ---------------------------

@pytest.fixture
def reads(monkeypatch) -> dict[str, int]:
    """How many times any store reads one article, or one article's mentions."""
    counted = {"article": 0, "mentions": 0}
    for name in counted:
        original = getattr(Store, name)

        def counting(self, article_id, _name=name, _original=original):
            counted[_name] += 1
            return _original(self, article_id)

        monkeypatch.setattr(Store, name, counting)
    return counted


def test_the_correction_form_reads_no_article_again_at_a_rerun(busy_app, reads):
    """Each run had read every article of the place whole, and all its mentions, for the
    form's titles and names as written (≈ 50 ms for a place in 327 articles)."""
    at = _run("dashboard.py", place=CAMBRIDGE)
    assert [o for o in fix(at.selectbox, "scope").options if "Cambridge brief 24" in o]
    assert fix(at.selectbox, "surface").options == ["Cambridge"]
    reads.update(article=0, mentions=0)
    at.run()  # a rerun (a widget touched elsewhere, ▶ Play's timer)
    assert not at.exception
    assert reads == {"article": 0, "mentions": 0}
    at.select_slider(key="window").set_value(("2024-03-01", "2024-03-22")).run()
    assert not at.exception
    assert len(fix(at.selectbox, "scope").options) == 24  # 22 articles, "every article" and
    # "in the articles where it is placed at Cambridge" (UI 71)
    assert reads == {"article": 2, "mentions": 2}  # the cards of 3 and 4 March, new in view


def test_the_correction_form_shows_what_an_ingest_changed(app_store, tmp_path, geoparser):
    rows = cambridge_rows()
    ingest_rows(tmp_path, rows, geoparser).close()
    app_store(tmp_path / "feed.db")
    at = _run("dashboard.py", place=CAMBRIDGE)
    assert [o for o in fix(at.selectbox, "scope").options if "Cambridge brief 24" in o]
    assert fix(at.selectbox, "surface").options == ["Cambridge"]
    rows[23] = {**rows[23], "title": "Cambridge council votes",  # story c24, edited
                "text": rows[23]["text"] + " CAMBRIDGE will vote again."}
    store = ingest_rows(tmp_path, rows, geoparser)
    assert store.article_count() == 25  # (an update, not an article more)
    store.close()
    at.run()
    assert not at.exception
    options = fix(at.selectbox, "scope").options
    assert [o for o in options if "Cambridge council votes" in o]
    assert not [o for o in options if "Cambridge brief 24" in o]
    assert fix(at.selectbox, "surface").options == ["Cambridge", "CAMBRIDGE"]


def test_a_place_s_names_and_its_articles_heads_are_read_together(store, geoparser):
    """The form's two reads, on both backends."""
    from placeline.ingest import RawDocument
    from placeline.pipeline import Pipeline

    Pipeline(store, geoparser).ingest([
        RawDocument("a.txt", "Vote in Cambridge\nCAMBRIDGE, Mass., March 4, 2024 - Officials "
                             "in Cambridge, Massachusetts, said CAMBRIDGE would vote."),
        RawDocument("b.txt", "Quiet day\nNothing happened in Lyon, residents said.")])
    ids = store.article_ids()
    one_by_one = [m["surface"] for a in ids for m in store.mentions(a)
                  if m["place_id"] == CAMBRIDGE]
    assert sorted(store.place_surfaces(CAMBRIDGE, ids)) == sorted(one_by_one)
    assert {"CAMBRIDGE", "Cambridge"} <= set(one_by_one)
    assert store.place_surfaces(CAMBRIDGE, ids[1:]) == []
    assert store.article_heads(ids) == {ids[0]: ("Vote in Cambridge", "2024-03-04"),
                                        ids[1]: ("Quiet day", None)}
    assert store.article_heads([]) == {}


# -- 4. `dates` tells the articles of one file, and two files of one name, apart -------------

FEED = [{"id": "https://news.example/story/1", "date": "2024-03-01", "title": "Protest in Leeds",
         "text": "Thousands marched in Leeds on Monday."},
        {"id": "https://news.example/story/2", "date": "2024-03-02", "title": "Storm in Accra",
         "text": "A storm hit Accra on Monday."},
        {"date": "2024-03-03", "title": "Fire in Porto", "text": "A fire broke out in Porto."}]


def _dates_rows(capsys, db) -> list[dict[str, str]]:
    capsys.readouterr()
    assert main(["dates", "--db", str(db)]) == 0
    header, *lines = capsys.readouterr().out.splitlines()
    names = header.split("\t")
    rows = [dict(zip(names, line.split("\t"), strict=True)) for line in lines]
    return sorted(rows, key=lambda row: int(row["id"]))


def test_dates_names_each_article_by_its_path_and_title(tmp_path, capsys):
    """Two quake.txt in two folders were both "quake.txt", and a feed's rows with URLs for
    ids "1" and "2" (the URL's last part): no line said which article it was."""
    for folder, city in (("a", "Lima"), ("b", "Quito")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "quake.txt").write_text(
            f"Quake in {city}\n{city.upper()}, March 4, 2024 - A quake shook {city} on "
            "Monday.\n", encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(row) + "\n" for row in FEED), encoding="utf-8")
    db = tmp_path / "news.db"
    assert main(["ingest", str(tmp_path / "a"), str(tmp_path / "b"), str(feed),
                 "--db", str(db)]) == 0
    rows = _dates_rows(capsys, db)
    assert [(row["source"], row["title"]) for row in rows] == [
        (str(tmp_path / "a" / "quake.txt"), "Quake in Lima"),
        (str(tmp_path / "b" / "quake.txt"), "Quake in Quito"),
        (f"{feed}#https://news.example/story/1", "Protest in Leeds"),
        (f"{feed}#https://news.example/story/2", "Storm in Accra"),
        (f"{feed}#3", "Fire in Porto")]
    assert [row["published"] for row in rows] == [
        "2024-03-04", "2024-03-04", "2024-03-01", "2024-03-02", "2024-03-03"]


def test_a_dates_cell_holds_no_tab_nor_line_break():
    """A file named with a tab or a line break (Linux allows both) stays one cell."""
    from placeline.cli import _cell

    assert _cell("news/a\tb\nc.txt") == "news/a b c.txt"
    assert _cell(None) == "" and _cell(float("nan")) == ""
