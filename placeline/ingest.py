"""Read sources (files, folders, uploads) into raw documents, one failure at a time.

Readers never raise past a single document: each bad file becomes an `InputError` in the
stream, so a batch keeps going and the caller can report what was skipped and why.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from placeline.errors import InputError
from placeline.htmlpage import looks_like_html, read_html

MAX_BYTES = 10 * 1024 * 1024  # a news article is a few KB; 10 MB is already absurd
SUPPORTED = (".txt", ".jsonl", ".html", ".htm")
MIN_HTML_TEXT = 40  # characters: less is a menu or an error page, not an article
# JSON fields that carry the publication date, as news exports name them.
DATE_FIELDS = ("published", "datePublished", "date_published", "published_at", "date")


@dataclass(frozen=True)
class RawDocument:
    """Text as it came from the source, plus any metadata the source carried."""

    source: str
    text: str
    metadata: dict = field(default_factory=dict, hash=False, compare=False)


def decode(data: bytes, source: str) -> str:
    """Bytes → str: UTF-8 first, then the most likely legacy encoding (cp1251, latin-1, …)."""
    if not data.strip():
        raise InputError(source, "the file is empty")
    if b"\x00" in data[:4096]:
        raise InputError(source, "the file is binary, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    readings = []
    for encoding in LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        readings.append((_implausibility(text), LEGACY_ENCODINGS.index(encoding), text))
    if readings:
        return min(readings)[2]
    from charset_normalizer import from_bytes  # last resort for rarer encodings

    best = from_bytes(data).best()
    if best is None:
        raise InputError(source, "the file is not text in any known encoding")
    return str(best)


# Legacy encodings news files still arrive in, most likely first (Western, Cyrillic, Central
# European). Single-byte encodings cannot be told apart by validity, only by plausibility.
LEGACY_ENCODINGS = ("cp1252", "cp1251", "cp1250", "latin-1")
_WORDS = re.compile(r"[^\W\d_]+")


def _implausibility(text: str) -> int:
    """Words no language writes: mixed scripts ("Cafй") or mostly accented letters
    ("Íîâîñòè", Cyrillic read as Western)."""
    bad = 0
    for word in _WORDS.findall(text):
        foreign = [c for c in word if ord(c) > 127]
        if not foreign:
            continue
        scripts = {unicodedata.name(c, "?").split()[0] for c in word}
        if len(scripts) > 1 or (len(foreign) * 2 > len(word) and "LATIN" in scripts):
            bad += 1
    return bad


def content_hash(text: str) -> str:
    """Identity of an article: whitespace-insensitive, so re-saved copies dedupe."""
    normalized = re.sub(r"\s+", " ", text).strip().lower()
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:32]


def read_bytes(data: bytes, source: str) -> Iterator[RawDocument | InputError]:
    """One uploaded or read file → documents (a .jsonl file holds many)."""
    if len(data) > MAX_BYTES:
        yield InputError(source, f"the file is {len(data) // (1024 * 1024)} MB; the limit is "
                                 f"{MAX_BYTES // (1024 * 1024)} MB")
        return
    suffix = Path(source).suffix.lower()
    try:
        text = decode(data, source)
    except InputError as exc:
        yield exc
        return
    if suffix == ".jsonl":
        yield from _read_jsonl(text, source)
    elif suffix in {".html", ".htm"} or looks_like_html(text):
        body, metadata = read_html(text)
        if len(body.strip()) < MIN_HTML_TEXT:
            yield InputError(source, "no article text found in the HTML page")
            return
        yield RawDocument(source, body, metadata)
    else:
        yield RawDocument(source, text)


def _read_jsonl(text: str, source: str) -> Iterator[RawDocument | InputError]:
    """One article per line: {"text", "title"?, "date"/"published"/"datePublished"?, "url"?,
    "id"?}."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"malformed JSON ({exc.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield InputError(where, 'the line has no "text" field')
            continue
        body = record["text"]
        title = record.get("title")
        if isinstance(title, str) and title.strip():
            body = f"{title.strip()}\n\n{body}"
        metadata = {k: record[k] for k in ("url", "id", "source", *DATE_FIELDS)
                    if record.get(k)}
        yield RawDocument(f"{source}#{record.get('id', number)}", body, metadata)


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Expand folders (sorted, recursive) into supported files; report what is unusable."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUPPORTED:
                    yield child
        elif path.is_file():
            if path.suffix.lower() in SUPPORTED:
                yield path
            else:
                yield InputError(str(path), f"unsupported file type {path.suffix or '(none)'};"
                                            f" expected {', '.join(SUPPORTED)}")
        else:
            yield InputError(str(path), "no such file or folder")


def read_paths(paths: Iterable[str | Path]) -> Iterator[RawDocument | InputError]:
    """Every document under the given paths, or the reason a file could not be read."""
    for item in iter_paths(paths):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            size = item.stat().st_size
            if size > MAX_BYTES:
                yield InputError(str(item), f"the file is {size // (1024 * 1024)} MB; the limit"
                                            f" is {MAX_BYTES // (1024 * 1024)} MB")
                continue
            data = item.read_bytes()
        except OSError as exc:
            yield InputError(str(item), f"cannot read the file ({exc.strerror or exc})")
            continue
        yield from read_bytes(data, str(item))
