"""UI 63 (audit 35, items 1, 4, 5, 6, 10 and 12): a newsroom's re-ingest of one wire story:
two versions under one headline are two choices, and Delete deletes the one shown; near-copies
are one card in the reading panel; an older version met again is said; each sentence shows
its own date; the keyboard reaches the panel; smaller layout and snippet fixes."""

from __future__ import annotations

import pytest

from tests.test_apptest import _run

# -- 1. two articles of one title and date: the one shown is the one acted on ---------------

QUAKE = ("Deadly quake collapses homes in Peru\nCHIVAY, Peru, March 12, 2024 (AP) — A "
         "magnitude 6.1 earthquake struck the Colca Valley early Tuesday, collapsing adobe "
         "homes in the towns of Chivay, Yanque and Cabanaconde and killing at least {dead} "
         "people, regional authorities said. The quake was felt strongly in Arequipa, where "
         "residents ran into the streets.")
VERSIONS = {"b1/quake.txt": QUAKE.format(dead="four"),
            "b3/quake.txt": QUAKE.format(dead="five")}


@pytest.fixture
def versions_db(tmp_path, app_store, geoparser):
    """Two articles titled and dated alike, from two folders; their ids by source."""
    from tests.test_audit17_dashboard import _store_of

    store = _store_of(tmp_path / "versions.db", geoparser, VERSIONS)
    frame = store.articles_frame()
    ids = {source: int(frame.loc[frame["source"] == source, "id"].iloc[0])
           for source in VERSIONS}
    assert frame["title"].nunique() == 1 and frame["published"].nunique() == 1  # (premise)
    store.close()
    return app_store(tmp_path / "versions.db"), ids


def _source_line(at) -> str:
    return next(m.value for m in at.markdown if "**Source:**" in m.value).replace("\\", "")


def test_two_articles_of_one_title_are_two_choices_named_by_source(versions_db):
    """"Open an article" had listed the two as one label, twice (audit 35, item 1)."""
    _, ids = versions_db
    at = _run("pages/1_Articles.py", article=str(ids["b1/quake.txt"]))
    box = at.selectbox(key="article")
    labels = list(box.options)  # (AppTest's options are the labels the browser gets)
    assert len(labels) == 2 and len(set(labels)) == 2
    first = next(label for label in labels if "b1/" in label)
    assert "b1/quake.txt" in first and f"article {ids['b1/quake.txt']}" in first


@pytest.mark.parametrize("source", list(VERSIONS))
def test_delete_deletes_the_article_shown(versions_db, source):
    """Opening the Delete popover on `?article=1` had rerun the page onto article 6 (the box
    sent its label back, which both articles shared), and the next Delete removed article 6,
    the version the user meant to keep (audit 35, item 1)."""
    from placeline.store import open_store

    db, ids = versions_db
    shown, other = ids[source], next(i for s, i in ids.items() if s != source)
    at = _run("pages/1_Articles.py", article=str(shown))
    assert source in _source_line(at)
    at.run()  # (the rerun the popover's click makes)
    assert at.selectbox(key="article").value == shown
    assert source in _source_line(at)
    at.session_state[f"delete_for_{shown}"] = True  # (open)
    at.run()
    popover = " ".join(m.value for m in at.markdown).replace("\\", "")
    assert f"({source}, article {shown})" in popover and "Deletes **“Deadly quake" in popover
    at.button(key="delete").click().run()
    assert not at.exception
    store = open_store(db)
    assert store.article_ids() == [other]
    store.close()


def test_a_date_set_by_hand_goes_to_the_article_shown(versions_db):
    """*Wrong date?*'s Save had the same flaw: its click reran the page onto the other
    article, whose form was not the one clicked, so nothing was saved."""
    import datetime as dt

    from placeline.store import open_store

    db, ids = versions_db
    shown, other = ids["b1/quake.txt"], ids["b3/quake.txt"]
    at = _run("pages/1_Articles.py", article=str(shown))
    at.date_input(key=f"fix_date_{shown}").set_value(dt.date(2024, 3, 13)).run()
    at.button(key=f"save_date_{shown}").click().run()
    assert not at.exception
    store = open_store(db)
    assert store.article(shown)["published"].startswith("2024-03-13")
    assert store.article(other)["published"].startswith("2024-03-12")
    store.close()


def test_the_map_form_tells_two_articles_of_one_title_apart():
    """The map's correction form chose its article by a radio labelled with titles alone:
    two alike were one choice, the later (the same flaw as the Articles page's box)."""
    from app_common import told_apart

    titles = {1: "only in “Deadly quake”", 6: "only in “Deadly quake”", 0: "in every article"}
    told = told_apart(titles, {})
    assert len(set(told.values())) == 3 and told[0] == "in every article"
    assert told[6].endswith("article 6")


# -- 4. near-copies of one text are one card --------------------------------------------------

COURIER = ("Quake kills four in southern Peru\nCHIVAY, Peru, March 12, 2024 (AP) — A "
           "magnitude 6.1 earthquake struck the Colca Valley early Tuesday, collapsing adobe "
           "homes in the towns of Chivay, Yanque and Cabanaconde and killing at least four "
           "people, regional authorities said. The quake was felt strongly in Arequipa, where "
           "residents ran into the streets. Daily Courier staff contributed.")


@pytest.fixture
def copies_db(tmp_path, app_store, geoparser):
    """Three near-copies of one wire story: two versions of one file, one paper's copy."""
    from tests.test_apptest import _place_id
    from tests.test_audit17_dashboard import _store_of

    store = _store_of(tmp_path / "copies.db", geoparser,
                      {**VERSIONS, "b2/courier_quake.txt": COURIER})
    chivay = _place_id(store, "Chivay")
    frame = store.articles_frame()
    ids = dict(zip(frame["source"], frame["id"].astype(int), strict=True))
    store.close()
    return app_store(tmp_path / "copies.db"), chivay, ids


def _card_titles(at) -> list[str]:
    return [m.value for m in at.markdown if m.value.startswith("**") and "Peru**" in m.value]


def test_near_copies_are_one_card_saying_who_else_ran_it(copies_db):
    """Chivay's panel had printed a full card per near-copy (8 for one AP story) under "1
    article in this window" (audit 35, item 4)."""
    _, chivay, ids = copies_db
    at = _run("dashboard.py", place=chivay)
    assert not at.exception
    assert "1 article in this window" in " ".join(c.value for c in at.caption)
    assert len(_card_titles(at)) == 1
    also = next(c.value for c in at.caption if c.value.startswith("Also run as"))
    assert "2 near-copies" in also and also.count("quake") == 2
    assert [e.label for e in at.expander].count("Show the near-copies") == 1
    _open_copies(at, ids)
    assert not at.exception
    assert len(_card_titles(at)) == 3


def _open_copies(at, ids: dict[str, int]) -> None:
    for article in ids.values():  # (whichever leads)
        at.session_state[f"copies_{article}"] = True
    at.run()


def test_a_newer_version_of_one_source_says_so(copies_db):
    """Two cards of one headline, "at least four" and "at least five" dead, said nothing of
    which was the edit (audit 35, item 4)."""
    _, chivay, ids = copies_db
    at = _run("dashboard.py", place=chivay)
    old, new = ids["b1/quake.txt"], ids["b3/quake.txt"]
    _open_copies(at, ids)
    captions = " ".join(c.value for c in at.caption)
    assert f"newer version of article {old} · article {new}" in captions
    assert f"older version (article {new} is newer) · article {old}" in captions


def test_version_notes_by_file_name_title_and_date():
    import pandas as pd

    from placeline.snippets import version_notes

    articles = pd.DataFrame({
        "title": ["Quake", "Quake", "Other headline", "UPDATE 2: Quake"],
        "published": ["2024-03-12", "2024-03-12", "2024-03-12", "2024-03-13"],
        "article_source": ["b1/ap.txt", "b3/ap.txt", "b2/courier.txt", "b3/ap_update2.txt"],
        "url": [None, None, None, None]}, index=[1, 6, 3, 9])
    notes = version_notes(articles)
    assert notes == {1: "older version (article 6 is newer)",
                     6: "newer version of article 1"}


# -- 5. an older version met again is said in the count --------------------------------------

def _feed_row(text: str, title: str, modified: str | None = None) -> dict:
    row = {"id": "rtr-fiji-1", "url": "https://www.reuters.example/fiji-cyclone",
           "title": title, "published": "2024-02-10T14:00:00+12:00", "text": text}
    return {**row, "dateModified": modified} if modified else row


DAY1 = ("SUVA, Fiji, Feb 10 (Reuters) - Cyclone Mala brought flooding to the northern Fijian "
        "towns of Labasa and Savusavu on Saturday, cutting power to thousands of homes, the "
        "National Disaster Management Office said. The storm passed between Vanua Levu and "
        "Taveuni overnight, officials said.")
DAY2 = DAY1.replace("Cyclone Mala brought", "One person died and Cyclone Mala brought") + (
    " On Sunday the government declared a state of natural disaster for the Northern "
    "Division.")


def test_day_one_read_again_after_its_update_says_the_newer_is_kept(tmp_path, geoparser):
    """Day 1's feed read again after day 2's update had said "0 added, 2 already stored"
    with no word of the update, where the README promised a warning (audit 35, item 5):
    the count now says it, at every run, and no warning repeats."""
    import json

    from placeline.ingest import read_paths
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    day1, day2 = tmp_path / "feed_day1.jsonl", tmp_path / "feed_day2.jsonl"
    day1.write_text(json.dumps(_feed_row(DAY1, "Cyclone Mala floods Fiji towns")) + "\n")
    day2.write_text(json.dumps(_feed_row(DAY2, "UPDATE 1-One dead as Cyclone Mala floods "
                                               "Fiji towns", "2024-02-11T09:00:00+12:00"))
                    + "\n")
    store = open_store(tmp_path / "feed.db")
    pipeline = Pipeline(store, geoparser)
    [(_, article)] = pipeline.ingest(read_paths([day1])).added
    assert [a for _, a in pipeline.ingest(read_paths([day2])).updated] == [article]
    for _ in range(2):  # (and again: the same, with no warning)
        report = pipeline.ingest(read_paths([day1]))
        first = report.summary().splitlines()[0]
        assert first.startswith("0 added, 1 already stored (1 of them an older version of "
                                f"article {article}: its newer text is kept), 0 skipped")
        assert not report.warnings
    assert "One person died" in store.article(article)["text"]
    store.close()


def test_the_same_text_again_is_only_already_stored(tmp_path, geoparser):
    from placeline.ingest import RawDocument
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    pipeline = Pipeline(open_store(tmp_path / "same.db"), geoparser)
    pipeline.ingest([RawDocument("a.txt", QUAKE.format(dead="four"))])
    report = pipeline.ingest([RawDocument("a.txt", QUAKE.format(dead="four"))])
    assert report.summary().startswith("0 added, 1 already stored, 0 skipped")


# -- 6. each sentence says its own date where a card's are of several ------------------------

UPDATE = ("UPDATE 2: Quake toll rises to seven in Peru\nCHIVAY, Peru, March 13, 2024 (AP) — "
          "The death toll in Chivay rose to seven on Wednesday, regional authorities said.\n\n"
          "The quake had struck near Chivay at 4:52 a.m. on Tuesday, collapsing adobe homes.")


@pytest.fixture
def update_db(tmp_path, app_store, geoparser):
    from tests.test_apptest import _place_id
    from tests.test_audit17_dashboard import _store_of

    store = _store_of(tmp_path / "update.db", geoparser, {"b3/update2.txt": UPDATE})
    days = set(store.events_frame().query("place == 'Chivay'")["date"].astype(str))
    assert {d[:10] for d in days} == {"2024-03-12", "2024-03-13"}  # (the premise)
    chivay = _place_id(store, "Chivay")
    store.close()
    return app_store(tmp_path / "update.db"), chivay


def test_each_sentence_of_a_card_of_several_dates_says_its_own(update_db):
    """UPDATE 2's card read "Event: 12 Mar 2024" over its lead of 13 March (audit 35,
    item 6)."""
    _, chivay = update_db
    at = _run("dashboard.py", place=chivay)
    assert not at.exception
    sentences = [m.value for m in at.markdown if "**Chivay**" in m.value]
    assert len(sentences) == 2
    assert any(s.startswith("**13 Mar 2024** · ") and "seven" in s for s in sentences)
    assert any(s.startswith("**12 Mar 2024** · ") and "quake had struck" in s for s in sentences)


def test_a_card_of_one_date_shows_no_dates_beside_its_sentences():
    from placeline.snippets import sentence_dates

    card = ("2024-03-12", None)
    assert sentence_dates([{card}, {card}], card) == []
    assert sentence_dates([{card}, {("2024-03-13", None)}], card) == ["12 Mar 2024",
                                                                      "13 Mar 2024"]
    assert sentence_dates([{card, None}], ("2024-03-11", "2024-03-12")) == ["12 Mar 2024"]


# -- 10. the reading panel is announced, and its head can take the focus ------------------------

def test_the_panel_says_what_it_holds_in_a_live_region(update_db):
    """Enter on a circle filled the panel in silence (audit 35, item 10); the map's Enter
    on the chosen circle goes to the head's id (tests/browser/test_ui63_browser.py)."""
    from app_common import PANEL_ID

    _, chivay = update_db
    at = _run("dashboard.py")
    assert not at.exception
    news = next(m.value for m in at.markdown if 'role="status"' in m.value)
    assert ">Chivay" not in news  # (no place chosen: empty, but there)
    at = _run("dashboard.py", place=chivay)
    news = next(m.value for m in at.markdown if 'role="status"' in m.value)
    assert "Chivay: 1 article in this window, after the map. Enter on its circle again goes " \
           "there." in news
    assert any(f'id="{PANEL_ID}" tabindex="-1"' in c.value for c in at.caption)


# -- 12. a bare dateline goes with its lead on a card -------------------------------------------

TASS = ("Avalanche blocks highway in Kyrgyzstan\n\nBISHKEK, December 3. /TASS/. An avalanche "
        "has blocked the highway near the Too-Ashuu pass in northern Kyrgyzstan on Tuesday, "
        "leaving about 40 vehicles stranded, the Emergencies Ministry told TASS.\n\nRescuers "
        "are working on site, the ministry said.")


@pytest.fixture
def tass_db(tmp_path, app_store, geoparser):
    from placeline.ingest import RawDocument
    from placeline.pipeline import Pipeline
    from placeline.store import open_store
    from tests.test_apptest import _place_id

    store = open_store(tmp_path / "tass.db")
    Pipeline(store, geoparser).ingest([RawDocument(
        "tass.jsonl#x0", TASS, {"title": "Avalanche blocks highway in Kyrgyzstan",
                                "published": "2024-12-03T10:00:00+03:00"})])
    bishkek = _place_id(store, "Bishkek")
    store.close()
    return app_store(tmp_path / "tass.db"), bishkek


def test_a_bare_dateline_s_card_holds_the_lead_after_it(tass_db):
    """Bishkek's card had read "BISHKEK, December 3. /TASS/." alone: the agency's full stop
    made the dateline a sentence of its own (audit 35, item 12)."""
    from placeline.text import sentence_at

    _, bishkek = tass_db
    assert TASS[slice(*sentence_at(TASS, TASS.index("BISHKEK")))].endswith("/TASS/.")
    at = _run("dashboard.py", place=bishkek)
    assert not at.exception
    [card] = [m.value for m in at.markdown if "**BISHKEK**" in m.value]
    assert "avalanche" in card and "vehicles stranded" in card and "Rescuers" not in card


@pytest.mark.parametrize(("sentence", "dateline"), [
    ("BISHKEK, December 3. /TASS/.", True), ("RIO DE JANEIRO, Dec. 3. /Prensa Latina/.", True),
    ("MOSCOW, March 1 (Reuters).", True), ("PARIS, said the mayor of the town.", False),
    ("Floods hit Paris.", False), ("US, EU agree.", False)])
def test_is_dateline(sentence, dateline):
    from placeline.snippets import is_dateline

    assert is_dateline(sentence) is dateline
