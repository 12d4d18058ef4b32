"""Reading sources: every bad file becomes a clear, named reason; the rest goes on."""

import json

from placeline.errors import InputError
from placeline.ingest import content_hash, decode, read_bytes, read_paths


def _errors(items):
    return [i for i in items if isinstance(i, InputError)]


def test_utf8_cp1251_and_latin1_are_decoded():
    assert decode("Kyiv — Київ".encode(), "a.txt") == "Kyiv — Київ"
    text = "Новости из Харькова и Киева сегодня утром, " * 5
    assert decode(text.encode("cp1251"), "b.txt") == text
    latin = "Café in Besançon, über die Grenze nach Genève, à côté. " * 5
    assert decode(latin.encode("latin-1"), "c.txt") == latin


def test_empty_and_binary_files_are_refused_with_reasons():
    empty = _errors(read_bytes(b"  \n", "empty.txt"))
    assert empty and "empty" in empty[0].reason and empty[0].source == "empty.txt"
    binary = _errors(read_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00", "photo.txt"))
    assert binary and "binary" in binary[0].reason


def test_oversized_file_is_refused(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (10 * 1024 * 1024 + 1))
    items = list(read_paths([big]))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert "limit" in items[0].reason


def test_jsonl_reads_good_lines_and_names_bad_ones():
    lines = [json.dumps({"id": "a", "title": "T", "text": "Body in Kyiv.", "date": "2022-04-26"}),
             "{not json", json.dumps({"title": "no text"}), "",
             json.dumps({"text": "Second body."})]
    items = list(read_bytes("\n".join(lines).encode(), "feed.jsonl"))
    documents = [i for i in items if not isinstance(i, InputError)]
    errors = _errors(items)
    assert [d.source for d in documents] == ["feed.jsonl#a", "feed.jsonl#5"]
    assert documents[0].text.startswith("T\n\n") and documents[0].metadata["date"] == "2022-04-26"
    assert [e.source for e in errors] == ["feed.jsonl:2", "feed.jsonl:3"]
    assert "malformed JSON" in errors[0].reason and '"text"' in errors[1].reason


def test_folders_unsupported_types_and_missing_paths(tmp_path):
    (tmp_path / "a.txt").write_text("Title\n\nBody text in Kyiv.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Other\n\nMore text.", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    items = list(read_paths([tmp_path, tmp_path / "notes.pdf", tmp_path / "missing.txt"]))
    sources = [i.source for i in items]
    assert sources[:2] == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.txt")]
    reasons = {e.source: e.reason for e in _errors(items)}
    assert "unsupported file type .pdf" in reasons[str(tmp_path / "notes.pdf")]
    assert reasons[str(tmp_path / "missing.txt")] == "no such file or folder"


def test_content_hash_ignores_whitespace_and_case_only():
    assert content_hash("Kyiv  is\nbig") == content_hash("kyiv is big ")
    assert content_hash("Kyiv is big") != content_hash("Kyiv is small")


PAGE = """<!doctype html><html><head><title>Shelling in Kharkiv | Example News</title>
<meta property="article:published_time" content="2022-05-03T10:00:00Z">
<script>window.__pwned = 1</script><style>p { color: red }</style></head>
<body><nav>Home | World | Sport</nav>
<article><h1>Shelling in Kharkiv</h1>
<p>Russian forces shelled Kharkiv on Monday, regional officials said in a statement.</p>
<p>Residents of Izyum fled west towards Poltava as the fighting moved closer.</p></article>
<footer>Copyright 2022 Example News. All rights reserved.</footer></body></html>"""


def test_html_pages_give_title_main_text_and_publication_date():
    [document] = read_bytes(PAGE.encode("utf-8"), "page.html")
    assert not isinstance(document, InputError)
    title, _, body = document.text.partition("\n")
    assert title == "Shelling in Kharkiv"
    assert "Izyum fled west" in body
    for dropped in ("__pwned", "color: red", "All rights reserved", "Sport"):
        assert dropped not in document.text
    assert document.metadata["published_time"].startswith("2022-05-03")


def test_html_without_article_text_is_refused_with_a_reason():
    [error] = read_bytes(b"<html><body><nav>Home</nav></body></html>", "empty.html")
    assert isinstance(error, InputError)
    assert error.source == "empty.html" and "no article text" in error.reason


def test_an_html_article_is_dated_by_its_metadata(store, geoparser):
    from placeline.pipeline import Pipeline

    Pipeline(store, geoparser).ingest(read_bytes(PAGE.encode("utf-8"), "page.html"))
    article = store.articles_frame().iloc[0]
    assert article["published"] == "2022-05-03"
    assert article["published_method"] == "explicit"  # declared by the page's metadata
    assert {"Kharkiv", "Izyum", "Poltava"} <= set(store.events_frame()["place"])
