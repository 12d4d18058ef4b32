"""UI 60: the product's leftovers of the last sessions — the Ingest page's warnings read in
full, a press release's end matter, a lone outlet's line under a title, a range link's
window, a PostgreSQL store's damage named by its URL, and `mention_countries` on both
backends."""

from __future__ import annotations

import re

import pytest

from placeline.models import Article, Mention, Place
from tests.test_apptest import _run

KYIV = Place("geonames:703448", "Kyiv", 50.45466, 30.5238, "city", "UA", population=2952301)
LVIV = Place("geonames:702550", "Lviv", 49.83826, 24.02324, "city", "UA", population=717273)
WARSAW = Place("geonames:756135", "Warsaw", 52.22977, 21.01178, "city", "PL",
               population=1702139)
OCEAN = Place("ne:pacific", "Pacific Ocean", 0.0, -160.0, "ocean", "")


# -- 5. a PostgreSQL store's damage is named by its URL ----------------------------------------

def test_a_damaged_postgres_store_is_named_by_its_url_without_its_password(
        postgres_store_url):
    """The server store's check had built a Path of its URL ("postgresql:/placeline@…",
    one slash gone) and told the user to run `rebuild`, which refuses a server."""
    import psycopg

    from placeline.errors import StoreCorruptError
    from placeline.store_postgres import PostgresStore, location_of

    url = postgres_store_url.replace("placeline@", "placeline:s3cret@")
    store = PostgresStore(url)
    try:
        with psycopg.connect(postgres_store_url, autocommit=True) as admin:
            admin.execute("DROP TABLE meta")
        with pytest.raises(StoreCorruptError) as caught:
            store.check()
    finally:
        store.close()
    message = str(caught.value)
    assert f"The database {location_of(url)} does not answer" in message
    assert "postgresql://placeline@127.0.0.1:" in message and "s3cret" not in message
    assert "rebuild" not in message and caught.value.command == ""
    assert "s3cret" not in caught.value.advice
    again = caught.value.__reduce__()  # (crosses to a Dask worker as it was)
    assert str(again[0](*again[1])) == message


def test_a_damaged_sqlite_file_is_still_told_to_rebuild(tmp_path):
    from placeline.errors import StoreCorruptError

    error = StoreCorruptError(tmp_path / "bad.db", "database disk image is malformed")
    assert f"The database {tmp_path / 'bad.db'} is damaged" in str(error)
    assert error.command.startswith("python -m placeline rebuild --db ")


# -- 6. mention_countries on both backends ------------------------------------------------

def test_mention_countries_counts_alike_on_both_backends(store):
    """Added in the last session and run on SQLite only: counts of placed mentions by
    country, but those of one place, over some articles (not others)."""
    def article(key: str, mentions: list[Mention]) -> int:
        text = "Kyiv Lviv Warsaw Pacific Ocean and more words."
        return store.add_article(Article(source=f"{key}.txt", title=key, text=text,
                                         content_hash=key), mentions, [])

    first = article("a", [Mention(0, 4, "Kyiv", KYIV, 0.9), Mention(5, 9, "Lviv", LVIV, 0.9),
                          Mention(10, 16, "Warsaw", WARSAW, 0.9),
                          Mention(17, 30, "Pacific Ocean", OCEAN, 0.9),
                          Mention(35, 39, "more", None, 0.1)])
    second = article("b", [Mention(0, 4, "Kyiv", KYIV, 0.9), Mention(5, 9, "Lviv", LVIV, 0.9)])
    third = article("c", [Mention(10, 16, "Warsaw", WARSAW, 0.9)])
    assert store.mention_countries([first, second], but=KYIV.id) == {"UA": 2, "PL": 1}
    assert store.mention_countries([first, second, third], but=LVIV.id) == {"UA": 2, "PL": 2}
    assert store.mention_countries([third], but=WARSAW.id) == {}
    assert store.mention_countries([], but=KYIV.id) == {}


# -- 1. the Ingest page's warnings, read in full -----------------------------------------

def test_the_ingest_pages_warnings_are_a_table_that_wraps_not_a_grid(tmp_path, app_store):
    """The data grid cut a warning at its column's width (tests/browser/test_ui60_browser.py
    measures it in Chromium); a static table wraps it. Its cells are Markdown: the file's
    name and the reason are escaped, so "*" and "_" in them are shown as written."""
    from placeline.errors import InputError
    from placeline.ingest_runs import RunRecord
    from placeline.pipeline import IngestReport
    from placeline.present import escape_markdown
    from placeline.store import open_store

    db = tmp_path / "w.db"
    store = open_store(db)
    record = RunRecord(store, "my_feed*.jsonl", "upload:my_feed*.jsonl", 1, "page").start()
    reason = ("the row's only text is its \"description\", read as the article: a feed's "
              "description often gives only the story's first lines, so places it names "
              "further on are missed")
    record.finish("done", IngestReport(added=[("my_feed*.jsonl#a", 1)],
                                       warnings=[InputError("my_feed*.jsonl#a", reason)]))
    store.close()
    app_store(db)
    at = _run("pages/3_Ingest.py")
    assert not at.exception
    [folded] = [e for e in at.expander if e.label.startswith("Stored, with a warning (1)")]
    assert not folded.dataframe
    [table] = folded.table
    assert table.value["warning"].tolist() == [escape_markdown(reason)]
    assert table.value["file"].tolist() == [escape_markdown("my_feed*.jsonl#a")]


# -- 2. a press release's end matter ---------------------------------------------------------

RELEASE = """Acme Corp. opens new plant in Toledo
TOLEDO, Ohio, March 3, 2025 -- Acme Corp. today opened a new manufacturing plant in Toledo, \
adding 300 jobs.
"This plant is a milestone for us," said Jane Smith, chief executive.
The plant will make parts for electric vehicles sold across the Midwest.
{end}"""
ABOUT = """About Acme Corp.
Acme Corp. is a leading provider of industrial parts, headquartered in Houston, Texas, with \
offices in London and Singapore. Founded in 1952, it serves customers in 40 countries."""
CONTACT = """Media contact:
Rita Moreno
Director of Communications, Acme Corp.
rita.moreno@acme.example
+1 555 123 4567"""


@pytest.mark.parametrize("end", [
    f"{ABOUT}\n{CONTACT}", f"{CONTACT}\n{ABOUT}", ABOUT, CONTACT,
    f"{ABOUT}\nMedia contact: Rita Moreno, rita.moreno@acme.example, +1 555 123 4567",
    f"{ABOUT}\nFor more information, please contact:\nRita Moreno\n+1 555 123 4567",
    f"{ABOUT}\n© 2025 Acme Corp. All rights reserved."])
def test_a_press_releases_contact_and_about_blocks_are_furniture(end):
    """Kept, the company's description placed a story in Toledo in Houston, London and
    Singapore too, and "Media contact:" stayed as the story's last line."""
    from placeline.clean import LOSSY_REASONS, clean

    cleaned = clean(RELEASE.format(end=end))
    assert cleaned.text.endswith("electric vehicles sold across the Midwest."), cleaned.text
    assert "Toledo" in cleaned.text and "Houston" not in cleaned.text
    assert "contact" not in cleaned.text.lower() and "Rita" not in cleaned.text
    reasons = {reason for reason, _ in cleaned.removed}
    assert "press release's end matter" in reasons and reasons <= LOSSY_REASONS | {"empty"}


@pytest.mark.parametrize("end", [
    # a travel story's last section, about a place: no organisation's description
    "About Lisbon\nLisbon is the capital of Portugal, on the Tagus, and its oldest city.",
    # a heading "About X" that is not the end: more paragraphs follow than a description's
    f"{ABOUT}\nThe plant opened in Toledo.\nIt cost $40m.\nMore jobs follow in Lima.",
    # prose that begins like a heading
    "Press inquiries into the accident continued in Toledo on Monday.",
    "About Acme's plans for Houston, the mayor said little.",
    # a contact heading over a story's paragraph, not a contact's lines
    ("Media contact:\nThe company's spokeswoman said the plant would hire more staff from "
    "Toledo and Lima over the next two years, once the second line opens in the spring."),
    # the description's first sentence names no organisation
    "About Rita Moreno\nRita Moreno is a welder from Toledo who has worked here for 20 years.",
])
def test_what_is_no_press_releases_end_matter_stays(end):
    from placeline.clean import clean

    cleaned = clean(RELEASE.format(end=end))
    assert end.split("\n")[-1] in cleaned.text
    assert not [r for r in cleaned.removed if r[0] == "press release's end matter"]


def test_a_release_that_is_only_its_end_matter_keeps_it():
    """No story before the block: the block is the text, not furniture."""
    from placeline.clean import clean

    cleaned = clean(f"Acme Corp. fact sheet\n{ABOUT}")
    assert "Houston" in cleaned.text


# -- 3. a lone outlet's line under the title, and a lone dateline ----------------------------

STORY = "Rescuers searched flooded homes in Irpin on Monday after the river burst its banks."


@pytest.mark.parametrize("line", ["Reuters", "The Guardian", "Des Moines Register",
                                  "Kyiv Today", "Kelly Brandt | Des Moines Register"])
def test_a_lone_outlets_line_under_the_title_is_its_byline(line):
    """Right as it is: an agency's or a paper's name alone under the title credits it."""
    from placeline.clean import clean

    cleaned = clean(f"Floods hit Kyiv suburbs\n{line}\n{STORY}")
    assert cleaned.metadata["byline"] == line and line not in cleaned.text
    assert cleaned.text.endswith(STORY)


@pytest.mark.parametrize("line", ["Rescuers Searched Irpin Today", "Police Were Called Today",
                                  "Kyiv Residents Warned Today"])
def test_a_deck_ending_like_an_outlet_is_no_byline(line):
    """A deck under the title whose last word ends outlets' names ("Today") had been taken
    for a credit and removed, the place it names with it: it has a verb, no name has."""
    from placeline.clean import clean

    cleaned = clean(f"Floods hit suburbs\n{line}\n{STORY}")
    assert "byline" not in cleaned.metadata and line in cleaned.text


@pytest.mark.parametrize(("line", "place"), [("KYIV", "Kyiv"), ("LVIV", "Lviv"),
                                             ("KYIV, Ukraine", "Kyiv"), ("LONDON", "London")])
def test_a_one_word_dateline_on_its_own_line_is_kept_and_placed(geoparser, line, place):
    """"KYIV" alone under the title stayed in the text but placed nothing: a short name in
    capitals needed a dateline's dash after it not to be an abbreviation ("LONDON", longer,
    was London already)."""
    from placeline.clean import clean

    cleaned = clean(f"Floods hit suburbs\n{line}\n{STORY}")
    assert line in cleaned.text and "byline" not in cleaned.metadata
    placed = [(m.surface, m.place.name) for m in geoparser.parse(cleaned.text) if m.place]
    assert (line.split(",")[0], place) in placed, placed
    after_a_byline = clean(f"Floods hit suburbs\nBy Jane Doe\n{line}\n{STORY}").text
    assert place in [m.place.name for m in geoparser.parse(after_a_byline) if m.place]


def test_a_lone_abbreviation_is_still_no_place(geoparser):
    """Only a place's name so written is one: "NATO" or "FAQ" alone stays unplaced, and a
    short name in capitals alone on the last line (no story below) or deep in the story (a
    heading) is not read as a dateline."""
    for text in [f"Talks resume\n\nNATO\n\n{STORY}", f"Talks resume\n\nFAQ\n\n{STORY}",
                 f"Talks resume\n\n{STORY}\n\nOne.\n\nTwo.\n\nThree.\n\nLVIV\n\nMore.",
                 f"Talks resume\n\n{STORY}\n\nLVIV"]:
        surfaces = [m.surface for m in geoparser.parse(text) if m.place]
        assert surfaces == ["Irpin"], (text, surfaces)


# -- 4. a range link's window is kept as it asks --------------------------------------------

SEASONS = {
    "leeds.txt": "Floods in Leeds\nLEEDS, Feb. 25, 2024 — Floods hit homes in Leeds on Sunday, "
                 "the council said.",
    "york.txt": "Fire in York\nYORK, March 15, 2024 — A fire broke out at a mill in York on "
                "Friday, firefighters said.",
    "derby.txt": "Market in Derby\nDERBY, June 10, 2024 — A new market opened in Derby on "
                 "Monday, the council said.",
    "hull.txt": "Storm in Hull\nHULL, July 1, 2024 — A storm hit homes in Hull on Monday, "
                "officials said.",
}


@pytest.fixture
def seasons_db(tmp_path, app_store, geoparser):
    from tests.test_audit17_dashboard import _store_of

    _store_of(tmp_path / "seasons.db", geoparser, SEASONS).close()
    return app_store(tmp_path / "seasons.db")


def test_a_range_links_window_inside_the_days_with_events_is_kept_exactly(seasons_db):
    """`?window=2024-03-01&window=2024-06-30` had snapped to the nearest days with events,
    outward here (25 Feb – 1 Jul): the reader of a shared link saw Leeds and Hull, which its
    sender had not. Kept, it is the sender's view; the slider's extra stops go once it is
    moved."""
    from tests.conftest import window_summary

    at = _run("dashboard.py", window=["2024-03-01", "2024-06-30"])
    assert not at.exception
    slider = at.select_slider(key="window")
    assert slider.value == ("2024-03-01", "2024-06-30")
    assert window_summary(at) == "1 Mar 2024 – 30 Jun 2024: 2 places in 2 articles"
    assert not at.warning  # (nothing moved, nothing to say)
    assert list(at.query_params["window"]) == ["2024-03-01", "2024-06-30"]
    slider.set_value(("2024-02-25", "2024-06-10")).run()
    assert not at.exception
    assert "2024-03-01" not in at.select_slider(key="window").options
    assert window_summary(at) == "25 Feb 2024 – 10 Jun 2024: 3 places in 3 articles"


def _damaged_page(where: str, root: str) -> None:
    import sys

    sys.path.insert(0, root)  # (app_common, beside dashboard.py)
    from app_common import damaged_store_page
    from placeline.errors import StoreCorruptError

    damaged_store_page(StoreCorruptError(where, 'relation "meta" does not exist'))


def test_the_dashboard_gives_a_damaged_server_store_no_rebuild_command():
    """The page had shown `python -m placeline rebuild --db postgresql:/…` to copy."""
    from streamlit.testing.v1 import AppTest

    from tests.conftest import ROOT

    at = AppTest.from_function(_damaged_page, default_timeout=30, args=(
        "postgresql://placeline@db.example/news", str(ROOT)))
    at.run()
    assert not at.exception
    from placeline.present import RUN_BREAK

    [error] = at.error
    said = re.sub(r"\\(.)", r"\1", error.value.replace(RUN_BREAK, ""))
    assert said.startswith("The database postgresql://placeline@db.example/news does not")
    assert not [c for c in at.code if "rebuild" in c.value]
    assert [e.label for e in at.expander] == ["Details (what the server reported)"]
