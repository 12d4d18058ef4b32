"""Zip uploads: many articles in one file, and the attacks an archive can carry."""

from __future__ import annotations

import io
import zipfile

from placeline import ingest
from placeline.errors import InputError
from placeline.ingest import read_bytes, read_paths

ARTICLE = "Floods in Porto Alegre\nRain flooded Porto Alegre in Brazil on Monday, officials said."


def _zip(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _split(items):
    docs = [i for i in items if not isinstance(i, InputError)]
    errors = {e.source: e.reason for e in items if isinstance(e, InputError)}
    return docs, errors


def test_a_zip_of_articles_gives_each_article_and_names_what_it_skipped():
    data = _zip({"news/a.txt": ARTICLE.encode(), "news/b.jsonl": b'{"text": "Kyiv today."}\n',
                 "news/page.html": b"<html><body><p>" + b"Shelling near Kharkiv. " * 4
                 + b"</p></body></html>", "readme.pdf": b"%PDF-1.4", "empty.txt": b""})
    docs, errors = _split(list(read_bytes(data, "upload.zip")))
    assert sorted(d.source for d in docs) == ["upload.zip/news/a.txt",
                                              "upload.zip/news/b.jsonl#1",
                                              "upload.zip/news/page.html"]
    assert "unsupported file type .pdf" in errors["upload.zip/readme.pdf"]
    assert errors["upload.zip/empty.txt"] == "the file is empty"


def test_path_traversal_and_absolute_names_are_refused_and_never_written(tmp_path):
    data = _zip({"../../evil.txt": ARTICLE.encode(), "/etc/evil.txt": ARTICLE.encode(),
                 "ok.txt": ARTICLE.encode()})
    docs, errors = _split(list(read_bytes(data, "x.zip")))
    assert [d.source for d in docs] == ["x.zip/ok.txt"]
    assert all("unsafe path" in r for k, r in errors.items() if "evil" in k)
    assert len(errors) == 2
    assert not (tmp_path.parent / "evil.txt").exists()


def test_a_zip_bomb_is_refused_before_it_is_unpacked(monkeypatch):
    bomb = _zip({"bomb.txt": b"A" * (20 * 1024 * 1024)})  # 20 MB of one letter: ~20 KB zipped
    assert len(bomb) < 100_000
    [error] = list(read_bytes(bomb, "bomb.zip"))
    assert isinstance(error, InputError) and "zip bomb" in error.reason
    monkeypatch.setattr(ingest, "ZIP_MAX_TOTAL", 1024)
    [error] = list(read_bytes(_zip({"big.txt": ARTICLE.encode() * 40}), "big.zip"))
    assert "would unpack to" in error.reason


def test_too_many_members_nested_archives_and_broken_zips():
    many = _zip({f"{i}.txt": ARTICLE.encode() for i in range(3)})
    nested = _zip({"inner.zip": many})
    [error] = list(read_bytes(nested, "outer.zip"))
    assert "nested archives are not opened" in error.reason
    [error] = list(read_bytes(b"PK\x03\x04 truncated", "broken.zip"))
    assert "not a readable zip archive" in error.reason


def test_a_folder_with_a_zip_and_a_50_mb_file(tmp_path):
    (tmp_path / "batch.zip").write_bytes(_zip({"a.txt": ARTICLE.encode()}))
    with open(tmp_path / "huge.txt", "wb") as huge:  # sparse: 50 MB on paper, no disk used
        huge.truncate(50 * 1024 * 1024)
    docs, errors = _split(list(read_paths([tmp_path])))
    assert [d.source for d in docs] == [f"{tmp_path / 'batch.zip'}/a.txt"]
    assert errors[str(tmp_path / "huge.txt")].startswith("the file is 50 MB; the limit is 10 MB; ")
