"""Audit 16, reading and display: JSONL lines end at "\\n" only and are read one at a time,
addresses in articles are never links, the Ingest page's bar counts documents, and the small
labels (plurals, counts, order, times, cut titles) say what is true."""

from __future__ import annotations

import io
import json
import re
import tomllib
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from placeline import ingest
from placeline.errors import InputError
from placeline.ingest import (
    RawDocument,
    count_documents,
    count_documents_in,
    read_bytes,
    read_paths,
)
from placeline.models import Place
from placeline.present import (
    RUN_BREAK,
    clipped,
    counted,
    escape_markdown,
    highlighted,
    local_time,
)
from placeline.snippets import neighbours
from placeline.store import open_store
from tests.conftest import EVAL, ROOT, window_summary
from tests.test_apptest import _place_id, _run, app_db  # noqa: F401 — app_db: a fixture

MB = 2**20


def _split(items) -> tuple[list[RawDocument], dict[str, str]]:
    items = list(items)
    return ([i for i in items if not isinstance(i, InputError)],
            {e.source: e.reason for e in items if isinstance(e, InputError)})


# -- 1. a JSONL line ends at "\n" only -------------------------------------------------------

def test_a_jsonl_line_holding_u2028_or_nel_is_one_article():
    """U+0085, U+2028 and U+2029 may stand in a JSON string as they are; str.splitlines()
    broke the line there, lost the article and shifted every later line number."""
    breaks = ["\x85", "\u2028", "\u2029"]
    rows = [json.dumps({"id": f"r{i}", "text": f"Floods in Kyiv{b}and Lviv."}, ensure_ascii=False)
            for i, b in enumerate(breaks)]
    # A raw form feed is not JSON (control characters must be escaped): one bad line, and
    # the line after it keeps its number. "\r\n" ends a line too.
    rows += ['{"text": "a\x0cb"}', "{broken"]
    data = ("\r\n".join(rows) + "\n").encode()
    for items in (read_bytes(data, "feed.jsonl"), _read_file(data)):
        docs, errors = _split(items)
        assert [d.text for d in docs] == [f"Floods in Kyiv{b}and Lviv." for b in breaks]
        assert [Path(e).name for e in errors] == ["feed.jsonl:4", "feed.jsonl:5"]


def _read_file(data: bytes, name: str = "feed.jsonl"):
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        yield from read_paths([path])


def test_every_article_of_the_lgl_development_file_is_read():
    path = EVAL / "lgl-dev.jsonl"
    if not path.exists():
        pytest.skip("the shared evaluation data is not here")
    docs, errors = _split(read_paths([path]))
    assert errors == {} and len(docs) == 294  # line 107 (lgl-212) holds a U+0085


# -- 3. a JSONL file has no size limit of its own: each article has ----------------------------

def _bulk(articles: int) -> list[str]:
    return [json.dumps({"id": f"a{i}", "title": f"Report {i}", "text": (
        f"Officials in Kyiv said on Monday that report {i} was filed. " * 30)})
        for i in range(articles)]


def test_a_jsonl_file_over_10_mb_is_read_and_only_an_oversized_line_is_refused(tmp_path,
                                                                               monkeypatch):
    rows = _bulk(6000)  # ≈ 11 MB, as the audit's 5,880 articles
    rows.insert(10, json.dumps({"text": "x" * (ingest.MAX_BYTES + 10)}))  # one "article" over
    data = ("\n".join(rows) + "\n").encode()
    assert len(data) > 2 * ingest.MAX_BYTES
    path = tmp_path / "bulk.jsonl"
    path.write_bytes(data)

    def whole(self):
        raise AssertionError(f"{self} read whole")

    monkeypatch.setattr(Path, "read_bytes", whole)  # a file is read a line at a time
    for items in (read_paths([path]), read_bytes(data, "bulk.jsonl")):
        docs, errors = _split(items)
        assert len(docs) == 6000 and docs[-1].source.endswith("#a5999")
        [(where, reason)] = errors.items()
        assert where.endswith("bulk.jsonl:11") and "over 10 MB" in reason


def test_a_jsonl_member_of_a_zip_may_hold_more_than_10_mb():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("feed.jsonl", "\n".join(_bulk(6000)))
    assert zipfile.ZipFile(buffer).infolist()[0].file_size > ingest.MAX_BYTES
    docs, errors = _split(read_bytes(buffer.getvalue(), "batch.zip"))
    assert len(docs) == 6000 and errors == {}


def test_the_uploader_states_the_limit_ingest_applies():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["maxUploadSize"] * MB == ingest.UPLOAD_MAX
    assert ingest.UPLOAD_MAX >= ingest.ZIP_MAX_UPLOAD


# -- 2. addresses in articles are text, never links ---------------------------------------------

# What GitHub-flavoured Markdown makes links of in text (remark-gfm's "autolink literal", as
# Streamlit's front end runs it on each text node, once the backslash escapes are undone).
_URL = re.compile(r"(https?://|www(?=\.))([-.\w]+)([^ \t\r\n]*)", re.IGNORECASE | re.ASCII)
_EMAIL = re.compile(r"([-.\w+]+)@([-\w]+(?:\.[-\w]+)+)", re.ASCII)
ADDRESSES = {"id": "link2", "date": "2024-05-14",
             "title": "Read more at www.evil-example.com/login before Lisbon talks",
             "text": "Talks in Lisbon on Monday, 13 May 2024. Contact admin@evil-example.com "
                     "or visit https://evil-example.com/reset?token=1 now, Lisbon officials "
                     "said. HTTP://WWW.EVIL-EXAMPLE.COM and mailto:x@evil-example.com too."}


def live_links(markdown: str) -> list[str]:
    text = re.sub(r"\\(.)", r"\1", markdown)
    return [m.group(0) for pattern in (_URL, _EMAIL) for m in pattern.finditer(text)]


def test_escaped_text_holds_no_address_markdown_would_link():
    text = f"{ADDRESSES['title']}\n\n{ADDRESSES['text']}"
    assert len(live_links(text)) == 5  # (the check finds them in the raw text)
    escaped = escape_markdown(text)
    assert live_links(escaped) == []
    shown = re.sub(r"\\(.)", r"\1", escaped).replace("  \n", "\n")
    assert shown.replace(RUN_BREAK, "") == text  # it reads as written
    start = text.index("Lisbon")
    marked = highlighted(text, 0, len(text), [(start, start + 6)])
    assert "**Lisbon**" in marked and live_links(marked) == []


def _rendered_markdown(at) -> list[str]:
    """Every text the page hands to Streamlit's Markdown renderer."""
    texts = [element.value for kind in ("title", "header", "subheader", "markdown", "caption",
                                        "info", "success", "warning", "error", "toast")
             for element in getattr(at, kind)]
    texts += [expander.label for expander in at.expander]
    texts += [option for radio in at.radio for option in radio.options]  # options are Markdown
    return texts


def test_no_page_shows_an_address_in_an_article_as_a_link(app_db, geoparser):  # noqa: F811
    from placeline.pipeline import Pipeline

    store = open_store(app_db)
    report = Pipeline(store, geoparser).ingest(read_bytes(json.dumps(ADDRESSES).encode(),
                                                          "links.jsonl"))
    [(_, article_id)] = report.added
    store.close()
    at = _run("dashboard.py", place="Lisbon")
    assert not at.exception
    texts = _rendered_markdown(at)
    assert any("evil" in t for t in texts)  # the title, the sentence, the scope label
    assert [link for t in texts for link in live_links(t)] == []
    at = _run("pages/1_Articles.py")
    at.selectbox(key="article").select(article_id).run()
    assert not at.exception
    texts = _rendered_markdown(at)
    assert any("evil" in t for t in texts)
    assert [link for t in texts for link in live_links(t)] == []


# -- 4. the Ingest page's bar counts documents ---------------------------------------------------

def test_documents_are_counted_before_they_are_read(tmp_path):
    rows = "\n".join(json.dumps({"text": f"Kyiv {i}"}) for i in range(7))
    assert count_documents(rows.encode(), "a.jsonl") == 7
    assert count_documents((rows + "\n").encode(), "a.jsonl") == 7
    assert count_documents(b"Title\n\nText in Kyiv.", "a.txt") == 1
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.jsonl", rows)
        archive.writestr("b.txt", "Title\n\nText.")
        archive.writestr("c.pdf", b"%PDF")
    assert count_documents(buffer.getvalue(), "batch.zip") == 9
    assert count_documents(b"PK\x03\x04 broken", "broken.zip") == 1
    (tmp_path / "a.jsonl").write_text(rows, encoding="utf-8")
    (tmp_path / "b.zip").write_bytes(buffer.getvalue())
    assert count_documents_in(tmp_path / "a.jsonl") == 7
    assert count_documents_in(tmp_path / "b.zip") == 9
    assert count_documents_in(tmp_path / "missing.jsonl") == 1


def test_the_ingest_bar_counts_documents(app_db, tmp_path, progress_shown):  # noqa: F811
    folder = tmp_path / "incoming"
    folder.mkdir()
    towns = ["Porto Alegre", "Canoas", "Pelotas", "Santa Maria"]
    (folder / "feed.jsonl").write_text("\n".join(json.dumps({
        "title": f"Floods in {town}", "date": "2024-05-06",
        "text": f"Rain flooded {town} in Brazil on Monday, officials said."}) for town in towns),
        encoding="utf-8")
    at = _run("pages/3_Ingest.py")
    at.text_input(key="folder").set_value(str(folder)).run()
    at.button[0].click().run()
    assert not at.exception
    assert "4 added" in at.success[0].value
    read = [(value, text) for value, text in progress_shown
            if text and "documents read" in text]
    assert [value for value, _ in read] == [0.25, 0.5, 0.75, 1.0]  # not full from the first
    assert read[0][1].startswith("1 of 4 documents read")


# -- 5. a JSONL title with a line break ---------------------------------------------------------

def test_a_jsonl_title_with_line_breaks_stays_one_title():
    from placeline.pipeline import make_article

    line = json.dumps({"id": "t", "title": "Line one of title\nLine two of title in Oslo",
                       "text": "Storms hit Bergen on Monday, officials said.",
                       "date": "2024-05-06"})
    [document] = read_bytes(line.encode(), "t.jsonl")
    article = make_article(document)
    assert article.title == "Line one of title Line two of title in Oslo"
    assert article.text.startswith("Line one of title Line two of title in Oslo\n\n")
    assert article.text.count("Oslo") == 1  # not a sentence of the story as well


# -- 6. small labels -----------------------------------------------------------------------------

def test_counts_are_written_in_the_singular_for_one():
    assert (counted(1, "article"), counted(0, "place"), counted(3, "event")) == \
        ("1 article", "0 places", "3 events")


def test_a_one_article_window_says_1_article(app_db):  # noqa: F811
    at = _run("dashboard.py", place="New Delhi")
    at.select_slider(key="window").set_value(("2023-03-02", "2023-03-02")).run()
    assert not at.exception
    captions = [re.sub(r"<[^>]+>", "", c.value) for c in at.caption]  # (the panel's head
    assert window_summary(at).endswith(" in 1 article")  # is a focus target: ui63)
    assert any(c.endswith("· 1 article in this window") for c in captions)
    assert not any("articles in this window" in c or "article(s)" in c for c in captions)


def test_only_a_zip_inside_a_zip_is_called_a_nested_archive():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8")
        archive.writestr("inner.zip", b"PK")
    _, errors = _split(read_bytes(buffer.getvalue(), "batch.zip"))
    assert errors == {"batch.zip/photo.jpg": "unsupported file type .jpg inside the archive",
                      "batch.zip/inner.zip": "a zip inside the archive: nested archives are "
                                             "not opened"}


def test_places_no_article_names_are_not_counted(tmp_path, geoparser):
    from placeline.pipeline import Pipeline

    store = open_store(tmp_path / "p.db")
    pipeline = Pipeline(store, geoparser)
    pipeline.ingest([RawDocument("a.txt", "Floods in Porto Alegre\n\nRain flooded Porto "
                                          "Alegre and Canoas in Brazil on Monday.")])
    assert store.counts()["places"] >= 2
    pipeline.delete(store.article_ids())
    counts = store.counts()
    assert (counts["articles"], counts["events"], counts["places"]) == (0, 0, 0)
    store.close()


def test_also_mentioned_here_puts_the_most_shared_places_first():
    import pandas as pd

    rows = [(1, "t", "Kherson"), (2, "t", "Kherson"), (3, "t", "Kherson"),
            (1, "z", "Zaporizhzhia"), (2, "z", "Zaporizhzhia"), (3, "z", "Zaporizhzhia"),
            (1, "o", "Odesa"), (2, "o", "Odesa"),
            (1, "a", "Ankara"),
            (1, "m", "Mykolaiv"), (1, "m", "Mykolaiv"), (1, "m", "Mykolaiv"),
            *((2, f"x{i}", f"Alpha {i}") for i in range(9)), (9, "q", "Elsewhere")]
    window = pd.DataFrame(rows, columns=["article_id", "place_id", "place"])
    nearby = neighbours(window, "t")
    # In more articles first, then named more often, then by name; "Elsewhere" is in no
    # article naming Kherson. (Cut alphabetically at 8, Odesa and Mykolaiv were dropped.)
    assert nearby[:4] == ["Zaporizhzhia", "Odesa", "Mykolaiv", "Alpha 0"]
    assert len(nearby) == 13 and "Elsewhere" not in nearby and nearby[-1] == "Ankara"


def test_also_mentioned_here_says_how_many_more(app_db, seeds_store):  # noqa: F811
    window = seeds_store.events_frame()
    counts = {name: len(neighbours(window, _place_id(seeds_store, name)))
              for name in ("Kherson", "Ukraine", "Moscow")}
    name, count = max(counts.items(), key=lambda item: item[1])
    assert count > 8
    at = _run("dashboard.py", place=name)
    assert not at.exception
    [caption] = [c.value for c in at.caption if c.value.startswith("Also mentioned here")]
    assert caption.endswith(f" and {count - 8} more")


def test_articles_are_listed_newest_first_undated_last(app_db, geoparser):  # noqa: F811
    from placeline.pipeline import Pipeline

    store = open_store(app_db)
    Pipeline(store, geoparser).ingest([RawDocument(
        "u.txt", "Shelling in Kharkiv\n\nShelling hit Kharkiv and Izium, officials said.")]
    )
    frame = store.articles_frame()
    newest = int(frame.sort_values(["published", "id"], ascending=[False, True]).iloc[0]["id"])
    store.close()
    at = _run("pages/1_Articles.py")
    assert not at.exception
    options = at.selectbox(key="article").options
    assert len(options) == 6
    assert at.selectbox(key="article").value == newest
    assert options[-1].startswith("undated — ")
    assert pd.isna(list(at.dataframe[0].value["published"])[-1])  # a date column: "—"


def test_correction_times_say_their_time_zone(app_db):  # noqa: F811
    assert local_time("2026-12-02T04:08:11+00:00") == "2 Dec 2026, 04:08 UTC"
    assert local_time("2026-12-02T04:08:11+00:00", "Europe/Paris") == "2 Dec 2026, 05:08 CET"
    assert local_time("2026-12-02T04:08:11+00:00", "No/Such_Zone") == "2 Dec 2026, 04:08 UTC"
    store = open_store(app_db)
    store.add_correction("Izyum", Place(id="user:x", name="Somewhere", lat=1.0, lon=2.0,
                                        kind="landmark", source="correction"))
    created = store.corrections()[0]["created_at"]
    store.close()
    at = _run("pages/2_Places.py")
    assert not at.exception
    [listed] = [m.value for m in at.markdown  # (not its Undo's question)
                if "Somewhere" in m.value and not m.value.startswith("Undo")]
    assert listed.endswith(f"{local_time(created)}") and listed.endswith(" UTC")


def test_a_cut_title_ends_with_an_ellipsis(app_db):  # noqa: F811
    assert clipped("Short title", 70) == "Short title"
    cut = clipped("word " * 30, 70)
    assert len(cut) <= 70 and cut.endswith("word…")
    at = _run("dashboard.py", place="Moscow")
    assert not at.exception
    radio = next(r for r in at.radio if (r.key or "").startswith("fix_scope_"))
    scopes = [s for s in radio.options if s.startswith("only in")]
    assert scopes and any(s.endswith("…”") for s in scopes)
    assert all(len(s) < 90 for s in scopes)


# -- 7. a new database starts without an old one's corrections -----------------------------------

def test_a_new_database_does_not_inherit_a_deleted_ones_journal(tmp_path):
    from placeline.recovery import journal_corrections

    kyiv = Place(id="user:kyiv", name="Kyiv", lat=50.45, lon=30.52, kind="city",
                 source="correction")
    db = tmp_path / "placeline.db"
    store = open_store(db)
    store.add_correction("Kiev", kyiv)
    store.close()
    for path in tmp_path.glob("placeline.db*"):
        if not path.name.endswith(".corrections.jsonl"):  # (named after the file: audit 17)
            path.unlink()  # "delete it to start over"
    fresh = open_store(db)
    assert fresh.corrections() == [] and not fresh.journal_path.exists()
    [kept] = tmp_path.glob("placeline.db.corrections.jsonl.old-*")  # moved aside, not lost
    assert [s for s, _, _ in journal_corrections(kept)] == ["Kiev"]
    fresh.add_correction("Lvov", Place(id="user:lviv", name="Lviv", lat=49.84, lon=24.03,
                                       kind="city", source="correction"))
    assert [s for s, _, _ in journal_corrections(fresh.journal_path)] == ["Lvov"]
    fresh.close()
    reopened = open_store(db)  # an existing database keeps its journal
    assert reopened.journal_path.exists()
    reopened.close()


def test_a_new_database_leaves_a_live_neighbours_journal_alone(tmp_path):
    """"news" and "news.db" share news.corrections.jsonl: opening a new "news" must not move
    the journal of the "news.db" beside it aside (a review)."""
    kyiv = Place(id="user:kyiv", name="Kyiv", lat=50.45, lon=30.52, kind="city",
                 source="correction")
    store = open_store(tmp_path / "news.db")
    store.add_correction("Kiev", kyiv)
    journal = store.journal_path
    store.close()
    open_store(tmp_path / "news").close()
    assert journal.exists() and not list(tmp_path.glob("*.old-*"))
