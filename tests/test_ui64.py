"""UI 64: places across the 180th meridian fitted together; the base map's switch keeps the
map; a card of near-copies shows the newest version and marks a correction notice; one
helper writes a span of days (the browser's part: tests/browser/test_ui64_browser.py)."""

from __future__ import annotations

import pytest

# -- 3. a card of near-copies shows the newest version, and a correction notice says so -------

QUAKE = ("{title}\n{head}CHIVAY, Peru (AP) — A magnitude 6.1 earthquake struck the Colca "
         "Valley on March 12, 2024, collapsing adobe homes in the towns of Chivay, Yanque and "
         "Cabanaconde and killing at least {dead} people, regional authorities said. The "
         "quake was felt strongly in Arequipa, where residents ran into the streets.")
TITLE = "Deadly quake collapses homes in Peru"


def _quake(source: str, published: str, dead: str, title: str = TITLE, head: str = ""):
    from placeline.ingest import RawDocument

    return RawDocument(source, QUAKE.format(title=title, head=head, dead=dead),
                       {"title": title, "published": published})


def _versions_store(tmp_path, app_store, geoparser, documents) -> tuple[str, dict[str, int]]:
    """A store of `documents` ingested in their order: Chivay's id, the ids by source."""
    from placeline.pipeline import Pipeline
    from placeline.store import open_store
    from tests.test_apptest import _place_id

    store = open_store(tmp_path / "versions.db")
    pipeline = Pipeline(store, geoparser)
    for document in documents:  # (one at a time: stored in this order)
        pipeline.ingest([document])
    chivay = _place_id(store, "Chivay")
    frame = store.articles_frame()
    ids = dict(zip(frame["source"], frame["id"].astype(int), strict=True))
    store.close()
    app_store(tmp_path / "versions.db")
    return chivay, ids


def _lead_card(at) -> str:
    """The first card's sentence naming Chivay, and what the card says of itself."""
    sentence = next(m.value for m in at.markdown if "**Chivay**" in m.value)
    return sentence


def test_the_card_of_near_copies_shows_the_newest_version(tmp_path, app_store, geoparser):
    """The update ("at least five", published on the 13th) stored before the first version
    ("at least four", the 12th): the card had shown the first, by event date and id."""
    from tests.test_apptest import _run

    chivay, ids = _versions_store(tmp_path, app_store, geoparser, [
        _quake("b3/quake.txt", "2024-03-13T09:00:00+00:00", "five"),
        _quake("b1/quake.txt", "2024-03-12T09:00:00+00:00", "four")])
    at = _run("dashboard.py", place=chivay)
    assert not at.exception
    assert "1 article in this window" in " ".join(c.value for c in at.caption)
    assert "at least five" in _lead_card(at)
    captions = [c.value for c in at.caption]
    assert f"newer version of article {ids['b1/quake.txt']} · article {ids['b3/quake.txt']}" \
        in captions


def test_a_correction_notice_is_marked_as_one(tmp_path, app_store, geoparser):
    """A correction notice, a near-copy of the story it corrects, read as the story's card."""
    from tests.test_apptest import _run

    chivay, ids = _versions_store(tmp_path, app_store, geoparser, [
        _quake("b1/quake.txt", "2024-03-12T09:00:00+00:00", "four"),
        _quake("b4/correction.txt", "2024-03-13T09:00:00+00:00", "five",
               head="(Corrects death toll in paragraph 1 to five, from four)\n")])
    at = _run("dashboard.py", place=chivay)
    assert not at.exception
    assert "at least five" in _lead_card(at)
    assert f"correction notice · newer version of article {ids['b1/quake.txt']} · article " \
           f"{ids['b4/correction.txt']}" in [c.value for c in at.caption]


@pytest.mark.parametrize(("title", "text", "notice"), [
    ("Correction: Quake kills five in Peru", "", True),
    ("CORRECTED-UPDATE 1-Quake kills five in Peru", "", True),
    ("Quake kills five", "Quake kills five\n(Corrects death toll in paragraph 1)\nCHIVAY", True),
    ("Quake kills five", "An earlier version of this story misstated the toll.", True),
    ("Corrections officers strike in Lima", "Corrections officers walked out.", False),
    ("Quake kills five", "Officials corrected the toll on Wednesday.", False),
])
def test_is_correction(title, text, notice):
    from placeline.snippets import is_correction

    assert is_correction(title, text) is notice


def test_newest_first_leads_with_the_newest_version():
    import pandas as pd

    from placeline.snippets import newest_first, version_order

    articles = pd.DataFrame({"published": ["2024-03-13", "2024-03-12", None, "2024-03-13"]},
                            index=[1, 2, 3, 4])
    assert version_order(articles) == [3, 2, 1, 4]
    assert newest_first([2, 1, 3], articles) == [1, 2, 3]
    assert newest_first([2, 4, 1], articles) == [4, 2, 1]
    assert newest_first([3], articles) == [3]


# -- 5. one helper writes a span of days --------------------------------------------------------

@pytest.mark.parametrize(("start", "end", "text"), [
    ("2024-03-12", "2024-03-14", "12 Mar 2024 – 14 Mar 2024"),
    ("2024-03-12", "2024-03-12", "12 Mar 2024"),
    ("2024-03-12", None, "12 Mar 2024"),
    ("2024-03-12T10:00:00+00:00", "2024-03-13", "12 Mar 2024 – 13 Mar 2024"),
    (None, None, "undated"),
    (float("nan"), None, "undated"),
])
def test_one_span_label_for_cards_and_notes(start, end, text):
    """snippets' `_span_label` and app_common's `pretty_date` / `_span_text` had each
    written a span of days; `present.span_label` is the one, its output theirs."""
    from app_common import _span_text, pretty_date
    from placeline.present import day_label, span_label
    from placeline.snippets import sentence_dates

    assert span_label(start, end) == text
    assert pretty_date(start) == day_label(start) == text.split(" – ")[0]
    if isinstance(start, str) and isinstance(end, str):
        assert _span_text(start, end) == text
    if isinstance(start, str):
        assert sentence_dates([{(start, end)}], ("2000-01-01", None)) == [text]

