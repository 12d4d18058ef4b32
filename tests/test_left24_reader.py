"""Left open by session 24, reading: UTF-16 without a byte-order mark refused (JSON Lines of
Latin text) or not told from binary (Chinese); a reprocessed article's dates left at the
previous reading's; redirect links other than Google's kept as the article's address; and a
mistyped store path on the Ingest page, and a store never opened moving its corrections
aside."""

from __future__ import annotations

import json

import pytest

from placeline.ingest import decode_noted, read_bytes


def _read(name: str, data: bytes) -> list:
    return list(read_bytes(data, name))


# --- UTF-16 without a byte-order mark -------------------------------------------------------

FLOOD = {"title": "Floods in Ely", "text": "Floods hit Ely and Cambridge on Monday, and the "
         "River Great Ouse burst its banks at Huntingdon.", "url": "https://example.com/ely"}
RAIN = {"title": "北京暴雨", "text": "北京市气象台周一发布暴雨红色预警。天津和河北多地也出现"
        "强降雨，部分道路积水严重。", "url": "https://news.example.cn/2024/07/rain.html"}
CHINESE = "北京市气象台周一发布暴雨红色预警。天津和河北多地也出现强降雨，部分道路积水严重。"
RUSSIAN = "Наводнение в Москве: вода затопила улицы Замоскворечья."
GREEK = "Σεισμός 5,2 Ρίχτερ στην Κρήτη: ζημιές σε σπίτια στο Ηράκλειο."
JAPANESE = "東京で地震　気象庁によると、津波の心配はないということです。"


def _lines(*rows: dict) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("row", [FLOOD, RAIN], ids=["latin", "chinese"])
def test_json_lines_in_utf16_without_a_mark_are_read_with_a_warning(order, row):
    documents = _read("news.jsonl", _lines(row, row).encode(order))
    assert [d.source for d in documents] == ["news.jsonl#1", "news.jsonl#2"]
    for document in documents:
        assert document.text == f"{row['title']}\n\n{row['text']}"
        assert document.metadata["url"] == row["url"]
        [warning] = document.metadata["read_warnings"]
        endian = "little" if order.endswith("le") else "big"
        assert f"read as UTF-16 ({endian}-endian)" in warning
        assert "\n" not in warning


@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [CHINESE, CHINESE + "\n", RUSSIAN, GREEK, JAPANESE])
def test_other_scripts_in_utf16_without_a_mark_are_read_with_a_warning(order, text):
    [document] = _read("news.txt", text.encode(order))
    assert document.text == text
    [warning] = document.metadata["read_warnings"]
    assert "UTF-16" in warning


def test_a_chinese_feed_in_utf16_without_a_mark_is_read():
    feed = json.dumps([{"title": "北京暴雨", "text": CHINESE * 3}], ensure_ascii=False)
    [document] = _read("feed.json", feed.encode("utf-16-le"))
    assert document.text == f"北京暴雨\n\n{CHINESE * 3}"
    assert "UTF-16" in document.metadata["read_warnings"][0]


# The opposite mistake: bytes of another encoding read as UTF-16 (ASCII read in pairs is
# Chinese; Shift-JIS's Japanese and Russian are UTF-16-BE's Chinese).
@pytest.mark.parametrize("text, encoding", [
    ("Strikes hit Besançon and Zürich on Monday, and unions in Genève joined.", "latin-1"),
    ("Hafnarfjörður og Garðabær: óveður á höfuðborgarsvæðinu í dag.", "cp1252"),
    ("Наводнение в Москве: вода затопила улицы.", "cp1251"),
    ("Наводнение в Москве: вода затопила улицы.", "cp932"),
    ("東京で地震\n東京で月曜日の朝、強い地震があった。気象庁によると、津波の心配はない。",
     "cp932"),
    ("北京市气象台周一发布暴雨红色预警，天津和河北多地也出现强降雨。", "gb18030"),
    ("서울에 폭우가 쏟아져 강남역 일대가 침수됐다고 기상청이 밝혔다.", "cp949"),
    ("The correction “Izyum” → Kharkiv was saved; Krizmanić scored.", "utf-8"),
])
def test_other_encodings_are_not_read_as_utf16(text, encoding):
    read, warning = decode_noted(text.encode(encoding), "news.txt")
    assert read == text
    assert "UTF-16" not in warning


def test_a_utf8_text_with_a_latin1_byte_is_not_read_as_utf16():
    data = "Krizmanić scored – “twice” – in Split.\n".encode() + "Café".encode("latin-1")
    read, warning = decode_noted(data, "news.txt")
    assert read.endswith("Café") and "UTF-16" not in warning


def test_binary_is_still_binary():
    import zlib

    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + zlib.compress(bytes(range(256)) * 40)
    for name in ("image.txt", "image.jsonl"):
        [error] = _read(name, data)
        assert "binary" in error.reason


# --- redirect links: the article's own address ----------------------------------------------

ARTICLE = "https://www.example.co.uk/news/2024/03/05/floods-in-york?ref=rss"
QUOTED = "https%3A%2F%2Fwww.example.co.uk%2Fnews%2F2024%2F03%2F05%2Ffloods-in-york%3Fref%3Drss"


@pytest.mark.parametrize("link", [
    f"https://l.facebook.com/l.php?u={QUOTED}&h=AT0xYz",
    f"https://lm.facebook.com/l.php?u={QUOTED}",
    f"https://www.bing.com/news/apiclick.aspx?ref=FexRss&aid=&tid=ABC&url={QUOTED}&c=123&mkt=en-gb",
    f"https://eur02.safelinks.protection.outlook.com/?url={QUOTED}&data=05%7C02&reserved=0",
    f"https://slack-redir.net/link?url={QUOTED}",
    f"https://duckduckgo.com/l/?uddg={QUOTED}&rut=abc",
    # a safe link wrapping Google's (a forwarded alert)
    "https://nam12.safelinks.protection.outlook.com/?url=" + "https%3A%2F%2Fwww.google.com"
    f"%2Furl%3Frct%3Dj%26sa%3Dt%26url%3D{QUOTED.replace('%', '%25')}%26ct%3Dga&data=05",
])
def test_redirect_links_are_unwrapped(link):
    from placeline.feeds import redirect_target

    assert redirect_target(link) == ARTICLE


def test_a_feed_rows_redirect_link_is_its_articles_address():
    row = {"title": "Floods in York", "text": "The Ouse rose in York on Tuesday.",
           "url": f"https://l.facebook.com/l.php?u={QUOTED}&h=AT0xYz"}
    [document] = _read("shared.jsonl", _lines(row).encode())
    assert document.metadata["url"] == ARTICLE


@pytest.mark.parametrize("link", [
    "https://t.co/AbCdEf123", "https://bit.ly/3xYzAbC",  # short links: no address offline
    "https://www.facebook.com/bbcnews/posts/12345",  # a post, no redirect
    "https://www.bing.com/search?q=floods+york&url=https://example.com/a",
    "https://l.facebook.com/l.php?u=javascript%3Aalert(1)",  # no web address in it
    "https://duckduckgo.com/?q=floods&uddg=https://example.com/a",
    "https://evil.example.com/l.php?u=https%3A%2F%2Fexample.com%2Fa",
    "https://safelinks.protection.outlook.com.evil.example/?url=https%3A%2F%2Fexample.com",
    ARTICLE,
])
def test_other_links_are_kept_as_given(link):
    from placeline.feeds import redirect_target

    assert redirect_target(link) == link


# --- reprocess: the dates a text's lines give are this cleaning's ---------------------------

YORK = """Floods close roads in York
Updated: 12 March 2024
The River Ouse burst its banks in York on Tuesday, closing roads near Skeldergate and the
King's Staith, and the Environment Agency warned that levels would rise again overnight."""


def _stored(db, source_end: str) -> dict:
    from placeline.store import open_store

    store = open_store(db)
    try:
        [row] = [store.article(i) for i in store.article_ids()
                 if store.article(i)["source"].endswith(source_end)]
        return {**dict(row), "metadata": json.loads(row["metadata"] or "{}")}
    finally:
        store.close()


def _run(*args: str) -> int:
    from placeline.cli import main

    return main(list(args))


def _updated_as_published(monkeypatch):
    """An older rule: a text's "Updated:" line read as its publication date."""
    import placeline.clean as cleaning

    taken = cleaning._take_metadata_prefix

    def older(paragraph):
        first, meta = taken(paragraph)
        return first, {"published" if key == "updated" else key: value
                       for key, value in meta.items()}

    monkeypatch.setattr(cleaning, "_take_metadata_prefix", older)


def _ingest_with_the_older_rule(tmp_path, monkeypatch, name: str, content: str):
    story = tmp_path / name
    story.write_text(content, encoding="utf-8")
    db = tmp_path / "news.db"
    with monkeypatch.context() as old_rule:
        _updated_as_published(old_rule)
        assert _run("ingest", str(story), "--db", str(db)) == 0
    return db


def test_reprocess_drops_a_date_the_cleaning_no_longer_reads(tmp_path, monkeypatch):
    """Stored while "Updated: 12 March 2024" was read as the publication date, reprocessed
    under the rule that reads it as the date of an update: its metadata's "published" had
    stayed the old reading's, and its date with it ("metadata published", confidence .9)."""
    db = _ingest_with_the_older_rule(tmp_path, monkeypatch, "york.txt", YORK + "\n")
    assert _stored(db, "york.txt")["metadata"]["published"] == "12 March 2024"
    assert _run("reprocess", "--db", str(db)) == 0
    stored = _stored(db, "york.txt")
    assert "published" not in stored["metadata"]
    assert stored["metadata"]["updated"] == "12 March 2024"
    assert "updated" in stored["published_evidence"]


def test_reprocess_mends_a_date_stored_before_its_origin_was_kept(tmp_path, monkeypatch):
    """An article stored before the fields its cleaning wrote were named (no "from_text"):
    a date on a date field's line of its text is taken for the text's."""
    import sqlite3

    db = _ingest_with_the_older_rule(tmp_path, monkeypatch, "york.txt", YORK + "\n")
    with sqlite3.connect(db) as connection:
        [(article_id, metadata)] = connection.execute("SELECT id, metadata FROM articles")
        metadata = {k: v for k, v in json.loads(metadata).items() if k != "from_text"}
        connection.execute("UPDATE articles SET metadata = ? WHERE id = ?",
                           (json.dumps(metadata), article_id))
    assert _run("reprocess", "--db", str(db)) == 0
    stored = _stored(db, "york.txt")
    assert "published" not in stored["metadata"]
    assert stored["metadata"]["updated"] == "12 March 2024"


def test_a_readers_date_stays_through_reprocess(tmp_path, monkeypatch):
    """The reader's own "published" (a feed's field) is kept, and comes back where the text's
    line a cleaning read wrote over it is no longer read so."""
    row = {"title": "Floods close roads in York", "published": "2024-03-12T09:00:00Z",
           "text": YORK.split("\n", 1)[1]}
    db = _ingest_with_the_older_rule(tmp_path, monkeypatch, "york.jsonl", _lines(row))
    assert _stored(db, "york.jsonl#1")["metadata"]["published"] == "12 March 2024"
    assert _run("reprocess", "--db", str(db)) == 0
    stored = _stored(db, "york.jsonl#1")["metadata"]
    assert stored["published"] == "2024-03-12T09:00:00Z"
    assert stored["updated"] == "12 March 2024"
    assert _run("reprocess", "--db", str(db)) == 0
    assert _stored(db, "york.jsonl#1")["metadata"] == stored


def test_a_readers_date_on_a_date_line_is_kept(tmp_path):
    """A date line the cleaning keeps in the text (not a field alone), whose value is the
    reader's date too: the reader's date stays through reprocess."""
    row = {"title": "Floods close roads in York", "published": "12 March 2024",
           "text": "Published 12 March 2024 in the print edition, page 4.\n"
                   + YORK.split("\n", 2)[2]}
    story = tmp_path / "york.jsonl"
    story.write_text(_lines(row), encoding="utf-8")
    db = tmp_path / "news.db"
    assert _run("ingest", str(story), "--db", str(db)) == 0
    assert _run("reprocess", "--db", str(db)) == 0
    assert _stored(db, "york.jsonl#1")["metadata"]["published"] == "12 March 2024"


# --- a mistyped store on the Ingest page, and a journal beside a store never made -----------

def _ingest_page(app_store, db: str):
    from tests.test_apptest import _run

    app_store(db)
    at = _run("pages/3_Ingest.py")
    assert not at.exception
    return at


def test_the_ingest_page_says_a_stores_folder_is_missing_and_makes_none(tmp_path, app_store):
    """As `ingest --db` says it: no store is made, no folder, and nothing to ingest into."""
    db = tmp_path / "typo" / "news.db"
    at = _ingest_page(app_store, str(db))
    [error] = at.error
    assert f"there is no folder {db.parent}" in error.value and "PLACELINE_DB" in error.value
    assert not at.button and not list(tmp_path.iterdir())


@pytest.mark.parametrize("db", ["postgres//localhost/news", "sqlite:///{tmp}/news.db",
                                "postgresq://localhost/news"])
def test_a_mistyped_url_is_told_as_one(db, tmp_path, app_store, capsys):
    """A store named by a URL of another scheme, or "postgres" without its "://", had been
    told only "there is no folder postgres/localhost", on the page and by `ingest`."""
    db = db.format(tmp=tmp_path)
    at = _ingest_page(app_store, db)
    [error] = at.error
    assert "it reads as a URL" in error.value and "postgresql://USER@HOST/DATABASE" in error.value
    story = tmp_path / "york.txt"
    story.write_text(YORK, encoding="utf-8")
    assert _run("ingest", str(story), "--db", db) != 0
    assert "it reads as a URL" in capsys.readouterr().err


def test_a_missing_folder_without_a_url_has_no_url_hint(tmp_path, capsys):
    story = tmp_path / "york.txt"
    story.write_text(YORK, encoding="utf-8")
    for db in (tmp_path / "typo" / "news.db", tmp_path / "C:" / "news.db"):
        assert _run("ingest", str(story), "--db", str(db)) != 0
        err = capsys.readouterr().err
        assert "there is no folder" in err and "URL" not in err


def test_the_ingest_page_says_a_server_cannot_be_reached(tmp_path, app_store):
    at = _ingest_page(app_store, "postgresql://nobody@127.0.0.1:1/news")
    assert "Connection refused" in at.error[0].value or "connection" in at.error[0].value
    assert "cannot reach" in at.info[0].value and not at.button


def test_an_ingest_of_nothing_leaves_the_journal_beside_its_path_alone(tmp_path):
    """"ingest EMPTY --db news.db" beside the corrections journal of a news.db moved
    elsewhere: no store is made, and the journal had been moved aside all the same."""
    journal = tmp_path / "news.db.corrections.jsonl"
    journal.write_text('{"op": "add", "surface": "Ely", "context_hint": "x"}\n')
    (tmp_path / "empty").mkdir()
    assert _run("ingest", str(tmp_path / "empty"), "--db", str(tmp_path / "news.db")) == 1  # (nothing to read: audit 33)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty", journal.name]


def test_a_store_that_cannot_be_opened_leaves_the_journal_alone(tmp_path, monkeypatch):
    import placeline.store as stores
    from placeline.errors import PlacelineError

    journal = tmp_path / "news.db.corrections.jsonl"
    journal.write_text('{"op": "add", "surface": "Ely", "context_hint": "x"}\n')

    def refused(path):
        raise PlacelineError(f"cannot open {path}")

    monkeypatch.setattr(stores, "SQLiteStore", refused)
    with pytest.raises(PlacelineError):
        stores.open_store(tmp_path / "news.db")
    assert [p.name for p in tmp_path.iterdir()] == [journal.name]


def test_a_new_store_still_moves_an_orphan_journal_aside(tmp_path):
    """What retiring is for: a new store that stores something starts with no corrections."""
    journal = tmp_path / "news.db.corrections.jsonl"
    journal.write_text('{"op": "add", "surface": "Ely", "context_hint": "x"}\n')
    story = tmp_path / "york.txt"
    story.write_text(YORK, encoding="utf-8")
    assert _run("ingest", str(story), "--db", str(tmp_path / "news.db")) == 0
    assert not journal.exists()
    assert any(p.name.startswith(journal.name + ".old-") for p in tmp_path.iterdir())
