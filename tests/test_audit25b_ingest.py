"""Audit 25b, reading and cleaning (items 1, 2, 3, 8, 9, 11, 13): a CSV cell over 128 KB
stopped the whole file with a traceback, one-sentence paragraphs with an irregular past verb
were cut as photo captions, a NUL character that PostgreSQL refuses was kept in the row,
titles of JSON rows and feeds kept their entities and tags, a named pipe in a folder was
passed over without a word, and a "Wrong place?" search finding nothing said nothing."""

from __future__ import annotations

import contextlib
import csv
import io

import pytest

from placeline import feeds
from placeline.ingest import InputError, RawDocument, read_bytes
from tests.test_audit22_pages import paris_db  # noqa: F401 (a fixture)


def _read(name: str, content: str | bytes) -> list:
    data = content.encode("utf-8") if isinstance(content, str) else content
    return list(read_bytes(data, name))


# --- item 1: a long article in a CSV ---------------------------------------------------------

LONG = "Officials in Nairobi said on Monday that the budget would be debated again. " * 2000


def _long_cell_csv() -> str:
    out = io.StringIO()
    csv.writer(out).writerows([
        ["title", "text", "date"],
        ["Budget row", "Short text about Kampala on Monday.", "2024-03-04"],
        ["Long report from Nairobi", LONG, "2024-03-05"],
        ["After", "Rain hit Kigali on Tuesday.", "2024-03-05"]])
    return out.getvalue()


def test_a_csv_cell_over_128_kb_is_read_with_the_other_rows():
    documents = _read("long_cell.csv", _long_cell_csv())
    assert all(isinstance(d, RawDocument) for d in documents), documents
    assert len(documents) == 3
    assert LONG.strip() in documents[1].text


def test_a_csv_row_that_cannot_be_read_is_skipped_alone(monkeypatch):
    monkeypatch.setattr(feeds, "_cells_up_to", lambda length: contextlib.nullcontext())
    limit = csv.field_size_limit(1000)
    try:
        documents = _read("long_cell.csv", _long_cell_csv())
    finally:
        csv.field_size_limit(limit)
    read = [d for d in documents if isinstance(d, RawDocument)]
    [error] = [d for d in documents if isinstance(d, InputError)]
    assert [d.text.split("\n")[0] for d in read] == ["Budget row", "After"]
    assert error.source == "long_cell.csv:3" and "cannot be read as CSV" in error.reason


def test_ingest_of_a_long_csv_cell_stores_every_row(tmp_path, capsys):
    from placeline import cli
    from placeline.store import open_store

    (tmp_path / "long_cell.csv").write_text(_long_cell_csv(), encoding="utf-8")
    db = tmp_path / "b.db"
    assert cli.main(["ingest", str(tmp_path / "long_cell.csv"), "--db", str(db)]) == 0
    assert "Traceback" not in capsys.readouterr().err
    store = open_store(db)
    try:
        assert store.article_count() == 3
    finally:
        store.close()


# --- item 2: a one-sentence paragraph with an irregular past verb is no caption --------------

LONG_PARAGRAPH = ("The death toll from the floods in eastern Libya rose again on Thursday, the "
                  "Red Crescent said, as rescue teams searched the ruins of Derna for survivors. "
                  "Two dams above the city burst on Sunday night, sending a wall of water "
                  "through its centre.")
AFTER = ("Aid flights from Turkey and Egypt landed in Benghazi, and the United Nations said "
         "thousands of people were still missing across the region, many of them swept out "
         "to sea.")


def _between(paragraph: str) -> str:
    return (f"Libya flood death toll rises\n14 September 2023\n\n{LONG_PARAGRAPH}\n\n"
            f"{paragraph}\n\n{AFTER}")


@pytest.mark.parametrize("sentence", [
    "Rescuers found 40 more bodies in Susa on Wednesday.",
    "The storm first struck Madagascar on 21 February.",
    "Rain hit Kigali on Tuesday.",
    "Thousands fled to Benghazi overnight.",
    "The water spread through Susa within minutes.",
])
def test_a_short_sentence_with_an_irregular_past_verb_is_kept(sentence):
    from placeline.clean import clean

    cleaned = clean(_between(sentence))
    assert sentence in cleaned.text
    assert not [line for reason, line in cleaned.removed if reason == "photo caption"]


@pytest.mark.parametrize("caption", [
    "Photo: Reuters",
    "A man walks past a damaged building in Kharkiv. (AP Photo/Efrem Lukatsky)",
    "Rescue workers in the centre of Derna.",
    "Homes hit by the floods in Derna.",
    "President Dbeibah (left) and aid officials in Tripoli.",
])
def test_a_photo_caption_is_still_removed(caption):
    from placeline.clean import clean

    cleaned = clean(_between(caption))
    assert caption not in cleaned.text
    assert any(caption.startswith(line) or line in caption for _, line in cleaned.removed)


# --- item 3: a NUL character, which PostgreSQL refuses ---------------------------------------

NUL_ROWS = (
    '{"id":"n1","title":"Null\\u0000 title in Oslo","text":"Police in Oslo said on Monday\\u0000'
    ' that a fire had broken out in Bergen.","published":"2024-02-05","tag\\u0000":["a\\u0000"]}\n'
    '{"id":"n2","title":"Fine row","text":"Flooding hit Trondheim on Tuesday.",'
    '"published":"2024-02-06"}\n')


def test_a_document_holds_no_nul_wherever_it_came_from():
    [first, _] = _read("nul.jsonl", NUL_ROWS)
    assert "\x00" not in first.text and "Null title in Oslo" in first.text
    assert "\x00" not in repr(first.metadata) and "\x00" not in first.source
    pasted = RawDocument("pasted\x00", "Fire in\x00 Bergen", {"title": ["a\x00"]})
    assert (pasted.source, pasted.text, pasted.metadata) == ("pasted", "Fire in Bergen",
                                                             {"title": ["a"]})


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_a_row_with_a_nul_is_stored_on_both_stores(backend, request, tmp_path, capsys):
    from placeline import cli
    from placeline.store import open_store

    db = str(tmp_path / "n.db") if backend == "sqlite" else \
        request.getfixturevalue("postgres_store_url")
    (tmp_path / "nul.jsonl").write_text(NUL_ROWS, encoding="utf-8")
    assert cli.main(["ingest", str(tmp_path / "nul.jsonl"), "--db", db]) == 0
    out = capsys.readouterr()
    assert "Traceback" not in out.err + out.out and "unexpected error" not in out.err + out.out
    store = open_store(db)
    try:
        assert store.article_count() == 2
    finally:
        store.close()


# --- items 8 and 9: titles as text -----------------------------------------------------------

def _title(document: RawDocument) -> str:
    return document.text.split("\n")[0]


def test_a_json_row_s_title_has_its_references_read():
    rows = ('{"id":"w1","title":"Storm hits Cork &#8211; Ireland&#8217;s south coast braces",'
            '"text":"<p>A storm hit Cork on Tuesday.</p>"}\n'
            '{"id":"w2","title":"Ukraine&#039;s grain <b>reaches</b> Odesa","text":"Grain."}\n'
            '{"id":"w3","title":"AT&T & Verizon < rivals","text":"Phones in Dallas."}\n')
    assert [_title(d) for d in _read("wp.jsonl", rows)] == [
        "Storm hits Cork – Ireland’s south coast braces", "Ukraine's grain reaches Odesa",
        "AT&T & Verizon < rivals"]


def test_newsapi_and_csv_titles_have_their_references_read():
    newsapi = ('{"status":"ok","articles":[{"title":"Floods hit Jakarta &amp; Bekasi &#8211; '
               'thousands flee","content":"Floods hit Jakarta on Monday."}]}')
    [document] = _read("newsapi.json", newsapi)
    assert _title(document) == "Floods hit Jakarta & Bekasi – thousands flee"
    [row] = _read("a.csv", 'title,text\n"Ukraine&#039;s grain",Grain reached Odesa.\n')
    assert _title(row) == "Ukraine's grain"


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>News</title><id>urn:f</id>
<updated>2024-08-12T10:00:00Z</updated>
<entry><id>urn:1</id><updated>2024-08-12T10:00:00Z</updated>
<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Wildfire near <b>Valencia</b></div></title>
<content type="text">A wildfire spread near Valencia on Monday.</content></entry>
<entry><id>urn:2</id><updated>2024-08-12T10:00:00Z</updated>
<title type="text">Tom &amp; Jerry &amp;c in Alicante</title>
<content type="text">A fire broke out in Alicante on Monday.</content></entry>
</feed>"""

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>N</title>
<item><title><![CDATA[Ferry sinks off Zanzibar <script>alert(1)</script>]]></title>
<guid>a</guid><description>A ferry sank off Zanzibar on Monday.</description></item>
<item><title>Protest in Nairobi &amp; Mombasa &lt;b&gt;live&lt;/b&gt;</title>
<guid>b</guid><description>Protesters marched in Nairobi on Tuesday.</description></item>
</channel></rss>"""


def test_feed_titles_are_text_whatever_they_are_written_in():
    assert [_title(d) for d in _read("feed.atom", ATOM)] == [
        "Wildfire near Valencia", "Tom & Jerry &c in Alicante"]
    assert [_title(d) for d in _read("feed.rss", RSS)] == [
        "Ferry sinks off Zanzibar", "Protest in Nairobi & Mombasa live"]


# --- item 13: a named pipe in a folder ---------------------------------------------------------

def test_a_named_pipe_is_skipped_with_its_reason_and_never_opened(tmp_path):
    import os

    from placeline.ingest import iter_paths

    (tmp_path / "floods_kenya.txt").write_text("Floods hit Kisumu on Monday.", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    found = list(iter_paths([tmp_path]))
    assert found[0] == tmp_path / "floods_kenya.txt"
    [skipped] = found[1:]
    assert isinstance(skipped, InputError) and skipped.source == str(tmp_path / "pipe.txt")
    assert "not a regular file (a named pipe)" in skipped.reason
    [named] = list(iter_paths([tmp_path / "pipe.txt"]))
    assert "not a regular file (a named pipe)" in named.reason


# --- item 11: a "Wrong place?" search that finds nothing -------------------------------------

def test_a_search_that_finds_nothing_says_so_and_points_to_coordinates(paris_db):  # noqa: F811
    from tests.test_apptest import _run, fix
    from tests.test_audit22_pages import PARIS_IL

    at = _run("dashboard.py", place=PARIS_IL)
    assert not at.exception
    fix(at.text_input, "query").set_value("Qwxzy Leithburgh").run()
    assert not at.exception
    said = [i.value for i in at.info if "Qwxzy Leithburgh" in i.value]
    assert said and "Enter coordinates" in said[0]
    fix(at.text_input, "query").set_value("Paris").run()
    assert not [i for i in at.info if "No place called" in i.value]
