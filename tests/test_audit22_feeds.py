"""Audit 22, item 11: feeds as users save them. An RSS or Atom feed (.xml, .rss, .atom) and a
CSV export had been refused as files of unsupported types, a JSON Feed given advice
(`jq -c '.[]'`) that broke it into lines of no object, rows whose text is in content_text,
content_html, content, description or articleBody skipped ('the line has no "text" field'),
and the Ingest page refused .xml and .csv with the browser's "text/xml files are not
allowed"."""

from __future__ import annotations

import json

import pytest

from placeline.errors import InputError
from placeline.ingest import RawDocument, read_bytes
from tests.test_audit18_input import _main

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>World News</title><link>https://news.example.org/world</link>
<item><title>Earthquake shakes Izmir</title>
<link>https://news.example.org/world/2024/03/05/izmir-quake</link>
<guid>izmir-1</guid><pubDate>Tue, 05 Mar 2024 08:12:00 GMT</pubDate>
<description>A magnitude 5.8 earthquake struck near Izmir on Tuesday morning.</description>
<content:encoded><![CDATA[<p>A magnitude 5.8 earthquake struck near Izmir on Tuesday morning,
damaging buildings in Bornova and Karsiyaka.</p><p>Tremors were felt as far away as Istanbul
and the Greek island of Samos.</p>]]></content:encoded></item>
<item><title>Floods in Porto Alegre</title>
<link>https://news.example.org/world/2024/03/04/porto-alegre</link>
<pubDate>Mon, 04 Mar 2024 21:30:00 -0300</pubDate>
<description>Heavy rain flooded streets in Porto Alegre on Monday evening.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example</title>
<entry><title>Wildfire near Valparaiso</title><link href="https://example.cl/2024/02/03/fire"/>
<id>tag:example.cl,2024:1</id><updated>2024-02-03T22:00:00-03:00</updated>
<content type="html">&lt;p&gt;A wildfire swept through hills near Valparaiso and Vina del Mar
on Saturday.&lt;/p&gt;</content></entry>
</feed>"""

JSON_FEED = {"version": "https://jsonfeed.org/version/1.1", "title": "Example", "items": [
    {"id": "1", "url": "https://example.org/2024/03/05/a", "title": "Strike in Marseille",
     "content_text": "Dock workers in Marseille went on strike on Tuesday, halting ferries to "
                     "Corsica.", "date_published": "2024-03-05T10:00:00+01:00"},
    {"id": "2", "url": "https://example.org/2024/03/04/b", "title": "Snow in Grenoble",
     "content_html": "<p>Heavy snow fell in Grenoble on Monday.</p>",
     "date_published": "2024-03-04T18:00:00+01:00"}]}


def _read(name: str, content: str | bytes) -> list[RawDocument | InputError]:
    data = content.encode("utf-8") if isinstance(content, str) else content
    return list(read_bytes(data, name))


def _titles(documents) -> list[tuple[str, str]]:
    return [(d.source, d.text.split("\n\n", 1)[0]) for d in documents]


@pytest.mark.parametrize("name", ["bbc.xml", "bbc.rss"])
def test_an_rss_feed_is_read_item_by_item(name):
    izmir, porto = _read(name, RSS)
    assert _titles([izmir, porto]) == [
        (f"{name}#izmir-1", "Earthquake shakes Izmir"),
        (f"{name}#https://news.example.org/world/2024/03/04/porto-alegre",
         "Floods in Porto Alegre")]
    assert "Bornova and Karsiyaka" in izmir.text and "Samos" in izmir.text  # (its content)
    assert izmir.metadata["url"] == "https://news.example.org/world/2024/03/05/izmir-quake"
    assert izmir.metadata["published"] == "Tue, 05 Mar 2024 08:12:00 GMT"
    assert "read_warnings" not in izmir.metadata
    # an item with its description alone is read, and said to be one
    assert porto.text.endswith("Heavy rain flooded streets in Porto Alegre on Monday evening.")
    assert porto.metadata["read_warnings"] == [(
        'the row\'s only text is its "description", read as the article: a feed\'s '
        "description often gives only the story's first lines, so places it names further "
        "on are missed")]


def test_an_atom_feed_is_read_and_dated_by_its_entries():
    from placeline.pipeline import make_article

    (fire,) = _read("feed.atom", ATOM)
    assert fire.source == "feed.atom#tag:example.cl,2024:1"
    assert fire.text == ("Wildfire near Valparaiso\n\nA wildfire swept through hills near "
                         "Valparaiso and Vina del Mar on Saturday.")
    assert make_article(fire).published.date.isoformat() == "2024-02-03"


def test_a_json_feed_is_read_item_by_item():
    """The audit's feed.json: refused, with advice (`jq -c '.[]'`) that made it three lines
    of no object."""
    strike, snow = _read("feed.json", json.dumps(JSON_FEED))
    assert _titles([strike, snow]) == [("feed.json#1", "Strike in Marseille"),
                                       ("feed.json#2", "Snow in Grenoble")]
    assert snow.text == "Snow in Grenoble\n\nHeavy snow fell in Grenoble on Monday."
    assert strike.metadata["date_published"] == "2024-03-05T10:00:00+01:00"


def test_a_newsapi_response_and_an_array_of_articles_are_read():
    newsapi = {"status": "ok", "totalResults": 1, "articles": [
        {"source": {"id": None, "name": "Le Monde"}, "title": "Rain in Nice",
         "description": "Rain fell in Nice.", "url": "https://lemonde.example/a",
         "publishedAt": "2024-03-04T10:00:00Z",
         "content": "Heavy rain fell in Nice on Monday, flooding the Promenade des Anglais."}]}
    (rain,) = _read("top.json", json.dumps(newsapi))
    assert rain.text == ("Rain in Nice\n\nHeavy rain fell in Nice on Monday, flooding the "
                         "Promenade des Anglais.")  # (its content, longer than its description)
    assert "read_warnings" not in rain.metadata
    (row,) = _read("export.json", json.dumps([{"title": "Fog in Hull", "text": "Fog in Hull."}]))
    assert row.source == "export.json#1"


@pytest.mark.parametrize("row, field", [
    ({"content_text": "Dock workers in Marseille went on strike."}, ""),
    ({"content_html": "<p>Dock workers in Marseille went on strike.</p>"}, ""),
    ({"content": "Dock workers in Marseille went on strike."}, ""),
    ({"articleBody": "Dock workers in Marseille went on strike."}, ""),
    ({"content:encoded": "<p>Dock workers in Marseille went on strike.</p>",
      "description": "A strike."}, ""),
    ({"description": "Dock workers in Marseille went on strike."}, "description"),
    ({"summary": "Dock workers in Marseille went on strike."}, "summary"),
])
def test_a_row_s_text_is_read_from_the_fields_feeds_name_it_by(row, field):
    """The audit's rows of RSS, NewsAPI and schema.org names and a JSON Feed's items as jq
    gives them: each 'the line has no "text" field', skipped. A summary's is said to be
    one."""
    (document,) = _read("rows.jsonl", json.dumps({"id": "x1", "headline": "Strike",
                                                  "link": "https://e.org/a", **row}) + "\n")
    assert document.text == "Strike\n\nDock workers in Marseille went on strike."
    assert document.metadata["url"] == "https://e.org/a"
    warnings = document.metadata.get("read_warnings", [])
    assert (f'its "{field}"' in warnings[0]) if field else not warnings


def test_a_row_s_own_text_field_comes_first():
    (document,) = _read("rows.jsonl", json.dumps({"text": "Fog in Hull.",
                                                  "content": "Fog in Hull and Goole."}) + "\n")
    assert document.text == "Fog in Hull."


def test_a_json_feed_written_on_one_line_of_a_jsonl_file_is_told_what_it_is():
    (error,) = _read("feed.jsonl", json.dumps(JSON_FEED) + "\n")
    assert error.reason == (
        'the line is a feed, its articles under "items": name the file .json, which placeline '
        "reads, or write one a line: `jq -c '.items[]' FILE > FILE.jsonl`")


CSV = ("Title;URL;Published;Text\n"
       '"Strike in Marseille";https://example.org/a;2024-03-05;"Dock workers in Marseille '
       'went on strike on Tuesday,\nhalting ferries to Corsica and Sardinia."\n'
       ";;;\n"
       '"Snow in Grenoble";https://example.org/b;2024-03-04;"Heavy snow fell in Grenoble."\n')


def test_a_csv_export_is_read_row_by_row_by_its_header():
    """Headers in any case, a semicolon between cells (Excel's in much of Europe), a cell of
    two lines; rows named by their number in a spreadsheet, the header being the first."""
    strike, snow = _read("export.csv", CSV)
    assert _titles([strike, snow]) == [("export.csv#2", "Strike in Marseille"),
                                       ("export.csv#4", "Snow in Grenoble")]
    assert strike.metadata["url"] == "https://example.org/a"
    assert strike.metadata["published"] == "2024-03-05"
    assert "halting ferries to Corsica and Sardinia." in strike.text


def test_a_csv_without_a_column_of_text_is_told_once():
    (error,) = _read("places.csv", "name,lat,lon\nLeeds,53.8,-1.55\nYork,53.96,-1.08\n")
    assert error.reason.startswith(  # (then how to name it: UI 68)
        "the CSV has no column of article text (text, content, body, story, copy, article "
        "text, full text, description, …, in any case); its columns: name, lat, lon.")


def test_an_xml_file_that_is_no_feed_is_told_so():
    (error,) = _read("sitemap.xml", "<urlset><url><loc>https://e.org/a</loc></url></urlset>")
    assert error.reason.startswith("not an RSS or Atom feed")


def test_a_feed_s_entities_from_outside_are_not_read(tmp_path):
    """An external entity (XXE) is no text of the feed: /etc/hostname is never read in."""
    secret = tmp_path / "secret.txt"
    secret.write_text("Reykjavik", encoding="utf-8")
    feed = (f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>'
            '<rss version="2.0"><channel><item><title>Fog</title><description>Fog in Hull '
            "&x;.</description></item></channel></rss>")
    (fog,) = _read("evil.xml", feed)
    assert "Reykjavik" not in fog.text


def test_the_audit_s_folder_of_feeds_is_read(capsys, tmp_path):
    """"0 added, 0 already stored, 5 skipped", exit 1: now every item, exit 0."""
    folder = tmp_path / "feeds"
    folder.mkdir()
    (folder / "bbc.xml").write_text(RSS, encoding="utf-8")
    (folder / "atom.atom").write_text(ATOM, encoding="utf-8")
    (folder / "feed.json").write_text(json.dumps(JSON_FEED), encoding="utf-8")
    (folder / "export.csv").write_text(CSV, encoding="utf-8")
    db = tmp_path / "s.db"
    code, out = _main(capsys, "ingest", folder, "--db", db)
    assert code == 0 and out.startswith("7 added, 0 already stored, 0 skipped"), out
    code, out = _main(capsys, "dates", "--db", db)
    published = {line.split("\t")[5].removeprefix(f"{tmp_path}/"): line.split("\t")[1]
                 for line in out.splitlines()[1:]}
    assert published == {
        "feeds/bbc.xml#izmir-1": "2024-03-05",
        "feeds/bbc.xml#https://news.example.org/world/2024/03/04/porto-alegre": "2024-03-04",
        "feeds/atom.atom#tag:example.cl,2024:1": "2024-02-03",
        "feeds/feed.json#1": "2024-03-05", "feeds/feed.json#2": "2024-03-04",
        "feeds/export.csv#2": "2024-03-05", "feeds/export.csv#4": "2024-03-04"}, out


def test_an_edited_feed_item_replaces_the_article_it_was(capsys, tmp_path):
    """A feed's item named by its guid is a row as a JSONL row named by its id: read again
    with its text edited, it is a new version of its article, not a second article."""
    path = tmp_path / "bbc.xml"
    path.write_text(RSS, encoding="utf-8")
    db = tmp_path / "s.db"
    _main(capsys, "ingest", path, "--db", db)
    path.write_text(RSS.replace("Greek island of Samos.", "Greek islands of Samos and Chios."),
                    encoding="utf-8")
    code, out = _main(capsys, "ingest", path, "--db", db)
    assert code == 0 and out.startswith("0 added, 1 updated, 1 already stored, 0 skipped"), out
    assert "2 articles" in out


def test_the_ingest_page_takes_feeds(tmp_path, app_store):
    """The audit: "Error: text/xml files are not allowed." and "text/csv files are not
    allowed." under the uploader."""
    from tests.test_apptest import _run

    app_store(tmp_path / "s.db")
    at = _run("pages/3_Ingest.py")
    uploader = at.file_uploader(key="uploads")
    assert {".xml", ".rss", ".atom", ".json", ".csv"} <= set(uploader.allowed_type)
    uploader.set_value(("bbc.xml", RSS.encode(), "text/xml")).run()
    next(b for b in at.button if b.label == "Ingest").click().run()
    assert not at.exception and "2 added" in at.success[0].value


def test_rows_named_by_their_number_are_no_versions_of_each_other(capsys, tmp_path):
    """A CSV without ids, saved again with a story on top: its row 2 is another story, not a
    new version of the row 2 stored before (a row's number names no story, as a JSONL
    line's does not)."""
    path = tmp_path / "export.csv"
    leeds = '"Fire in Leeds","A fire broke out in a warehouse in Leeds on Monday night."\n'
    york = '"Floods in York","The River Ouse burst its banks in York on Tuesday."\n'
    path.write_text("title,text\n" + leeds, encoding="utf-8")
    db = tmp_path / "s.db"
    _main(capsys, "ingest", path, "--db", db)
    path.write_text("title,text\n" + york + leeds, encoding="utf-8")
    code, out = _main(capsys, "ingest", path, "--db", db)
    assert code == 0 and out.startswith("1 added, 1 already stored, 0 skipped"), out
    assert "2 articles" in out


def test_a_feed_read_by_another_path_finds_its_rows_stored(capsys, tmp_path, monkeypatch):
    """feed.json ingested by its absolute path (a cron job's), then edited and read by hand
    as feeds/feed.json: its edited item (an id, no URL) is a new version of its article, as
    a JSONL row's is, not a second article."""
    (tmp_path / "feeds").mkdir()
    path = tmp_path / "feeds" / "feed.json"
    items = [{key: value for key, value in item.items() if key != "url"}
             for item in JSON_FEED["items"]]
    path.write_text(json.dumps({"items": items}), encoding="utf-8")
    db = tmp_path / "s.db"
    _main(capsys, "ingest", path, "--db", db)
    items[0]["content_text"] += " Trains to Lyon were cancelled."
    path.write_text(json.dumps({"items": items}), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out = _main(capsys, "ingest", "feeds/feed.json", "--db", db)
    assert code == 0 and out.startswith("0 added, 1 updated, 1 already stored"), out
