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
