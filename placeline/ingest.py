"""Read sources (files, folders, uploads) into raw documents, one failure at a time.

Readers never raise past a single document: each bad file becomes an `InputError` in the
stream, so a batch keeps going and the caller can report what was skipped and why.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import io
import json
import os
import re
import stat
import unicodedata
import weakref
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from itertools import pairwise
from pathlib import Path, PurePosixPath
from typing import Any, AnyStr, BinaryIO
from urllib.parse import urlsplit

from placeline.errors import InputError
from placeline.feeds import (
    how_to_name_the_text,
    html_text,
    redirect_target,
    renamed_fields,
    title_text,
)
from placeline.htmlpage import LAST_MODIFIED, READ_WARNINGS, looks_like_html, read_html
from placeline.text import INVISIBLE, REPLACEMENT, lone_surrogate_note, lone_surrogates_replaced
from placeline.zones import midnight_zones

MAX_BYTES = 10 * 1024 * 1024  # a news article is a few KB; 10 MB is already absurd
# JSONL is the bulk format (thousands of articles a file): its limit is MAX_BYTES a line,
# and it is read a line at a time, so a file of any size never sits in memory decoded whole.
# Feed files: an RSS or Atom feed, a JSON Feed or JSON export, a CSV export, read whole (up to
# FEED_MAX) as the rows they hold, each then read as a JSONL row is (`placeline.feeds`).
FEED_FILES = (".xml", ".rss", ".atom", ".json", ".csv")
SUPPORTED = (".txt", ".jsonl", ".html", ".htm", ".zip", *FEED_FILES)
# Files whose documents are rows, named FILE#id, or FILE#N by their place in the file.
ROW_FILES = (".jsonl", *FEED_FILES)
# Archives: what one upload may unpack to. A zip bomb (a small file that unpacks to
# gigabytes) is refused from its directory before anything is decompressed, and again while
# reading, since a directory can lie about sizes.
ZIP_MAX_MEMBERS = 5000
ZIP_MAX_TOTAL = 200 * 1024 * 1024
ZIP_MAX_RATIO = 200
ZIP_MAX_UPLOAD = 100 * 1024 * 1024
# The Ingest page's uploader takes files up to this size (server.maxUploadSize in
# .streamlit/config.toml, in MB; a test keeps the two equal): an archive's limit, and a JSONL
# upload's, which the uploader holds in memory anyway.
UPLOAD_MAX = ZIP_MAX_UPLOAD
FEED_MAX = ZIP_MAX_UPLOAD  # a feed file, read whole: an upload's limit
ZIP_ENCRYPTED = 0x1  # general purpose flag bit 0: a password protects the member
# A metadata value that is a numeric date ("11/05/2024", "05.11.2024 10:00"), whose first two
# numbers may be the day or the month: `placeline.dates` reads it, in the order a feed's other
# values prove (`DATE_ORDER` in its rows' metadata: {"order": "month", "by": "11/13/2024"}).
NUMERIC_DATE = re.compile(r"\s*(?P<first>\d{1,2})(?P<sep>[/.-])(?P<second>\d{1,2})(?P=sep)"
                          r"(?P<year>\d{4}|\d\d)(?![\d/.-])")
DATE_ORDER = "date_order"
# A JSON string value that is such a date alone, with a time perhaps: what `_prove_order`
# looks for in a feed.
_FEED_DATE = re.compile(r'"(?P<key>[^"]{0,40}(?:[Dd]ate|[Tt]ime|[Pp]ub|[Pp]ublished|[Uu]pdated|'
                        r'[Cc]reated|[Mm]odified|[Ii]ssued)[^"]{0,20})":\s*"\s*'
                        r'(?P<date>(\d{1,2})([/-])(\d{1,2})\4(?:\d{4}|\d\d))(?:[ T][\d:.]+'
                        r'(?:\s*[AaPp]\.?[Mm]\.?)?)?(?:\s*(?:Z|UTC|GMT|[+-]\d\d:?\d\d))?\s*"')
# (a date-like field's value, with "/" or "-": a version "4.13.24" had proven an order — a review)
# A feed's publication date written as local midnight in UTC, a date and no instant: the New
# York Times API gives a print article's "pub_date" as "2024-03-05T05:00:00+0000" (midnight in
# New York; 04:00 in summer), a Brazilian CMS "2024-03-05T03:00:00.000Z" (midnight in
# Brasília). Read as instants, their undated mentions west of that midnight had fallen on the
# day before: Chicago, Denver and Los Angeles on the 4th, New York and Dallas on the 5th, one
# story on two days (review 20). A stamp on the hour at these hours of UTC (midnight from
# UTC-2 to UTC-10) is such a date where every stamp of its site is one, two at least, each
# day's at one hour and all of them one zone's midnights (`_Clocks.one_zone_west`: two
# evening stories at 03:00 and 04:00 UTC on one day had been a day late, audit 21)
# (`_stamp_sites`); `STAMP_DATE` in its row's metadata: {"stamps": 2, "site": "nytimes.com"}.
STAMP_DATE = "stamp_is_date"
MIDNIGHT_WEST = range(2, 11)
# East of UTC the same: a Greek newsroom's story of 5 March written "2024-03-04T22:00:00Z"
# (midnight in Athens) had been dated 4 March (review 20b). There, and at the other hours of
# a zone's midnight in UTC, a stamp is a date only where every stamp of its site is at one
# time of day (`_dated_stamps`), as news timed through the day is not: the hours from 11:00 to
# 01:00 UTC are the working day of the Americas and Europe. The UTC offsets whose midnight a
# stamp on a whole or half hour in UTC may be (the clocks in use, standard and summer time),
# by that time of day; where two zones share one, the one of more newsrooms: 10:00 is
# Hawaii's (UTC-10, not Kiribati's UTC+14), 11:00 New Zealand's summer (UTC+13, not Niue's
# UTC-11), 12:00 New Zealand's and Fiji's (UTC+12). The quarter hours too: Nepal's 18:15
# (UTC+05:45; a Kathmandu newsroom's stamps had stayed instants, a day early, where India's
# 18:30 were dates — left by review 21) and the Chatham Islands' 11:15 (+12:45); not Eucla's
# +08:45, no newsroom's, whose 15:15 UTC is a fixed 10:15 briefing in New York in winter. East of UTC only the midnights of Europe, Africa and Asia to Japan's neighbours
# (UTC+01:00 to +09:30: 14:30 to 23:00 UTC), each on three days at least: a stamp at noon UTC
# is the placeholder of a date-only value as often (read as New Zealand's midnight, it had
# put every row a day late), and 11:00 or 15:00 UTC a fixed-hour briefing in New York
# (review 21); so the Chatham Islands' midnight, as Lord Howe's (+10:30), is never read.
EAST_MIDNIGHT_LAST = "+09:30"
EAST_DAYS = 3
_MIDNIGHT_OFFSETS = (*range(-600, 0, 60), -570, -210, -150, *range(60, 840, 60), 210, 270, 330,
                     345, 390, 570, 630, 765)
ZONE_MIDNIGHTS = {f"{(-offset) % 1440 // 60:02}:{(-offset) % 60:02}":
                  f"{'-' if offset < 0 else '+'}{abs(offset) // 60:02}:{abs(offset) % 60:02}"
                  for offset in _MIDNIGHT_OFFSETS}
_STAMP_TIME = re.compile(r"(?<![\d:])(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::(?P<second>"
                         r"[0-5]\d)(?:[.,](?P<fraction>\d+))?)?\s*(?P<zone>Z|UTC|GMT|[+-]\d\d"
                         r"(?::?\d\d)?)?\s*$", re.IGNORECASE)
_EPOCH_VALUE = re.compile(r"(?P<seconds>\d{10})(?P<millis>\d{3})?(?:\.(?P<fraction>\d+))?")
# An uploaded file's source is its name after this ("upload:quake.txt", as the Ingest page
# reads it); a file's name alone may tie it to a stored file (`uploaded_as`, `upload_of`).
UPLOAD = "upload:"
# Metadata: a document's source named from the folder or file given at ingest (`name_from`).
SOURCE_NAME = "source_name"
# Metadata: the working folder a document given by a relative path was read in, against
# which its source (kept as given) is resolved when it is read again from another folder.
READ_IN = "read_in"
# Metadata: when the file a document was read from was last modified (a zip member: its own
# time), UTC: which of two versions of an article is newer (`placeline.versions`).
FILE_TIME = "file_modified"
# A feed row's fields for when it was last modified, first found first (`LAST_MODIFIED`).
MODIFIED_FIELDS = ("dateModified", "date_modified", "modified", "modified_at", "modifiedAt",
                   "lastModified", "last_modified", "updated", "updated_at", "updatedAt")
MIN_HTML_TEXT = 40  # characters: less is a menu or an error page, not an article
# JSON fields that carry the publication date, as news exports and feeds name them (RSS's
# "pubDate" had been ignored without a word, and every event of its articles left undated:
# an audit); `placeline.dates.METADATA_KEYS` reads them.
DATE_FIELDS = ("published", "datePublished", "date_published", "published_at", "date",
               "pubDate", "pub_date", "publishedAt", "publishDate", "publish_date",
               "published_date", "isoDate", "dc:date")
# Other fields a row may date itself by, which are not its publication date for sure (a
# record's creation, its last update, a crawl's time): named in a warning when no field of
# DATE_FIELDS dates the row, so a feed's own name for its date is not lost in silence.
_DATE_LIKE = re.compile(r"date|time|created|updated|modified|issued", re.IGNORECASE)


@dataclass(frozen=True)
class RawDocument:
    """Text as it came from the source, plus any metadata the source carried."""

    source: str
    text: str
    metadata: dict = field(default_factory=dict, hash=False, compare=False)

    def __post_init__(self) -> None:
        """Without NUL characters, wherever the document came from: PostgreSQL refuses text
        holding one, and a JSONL row's "\u0000" had been skipped there as an "unexpected
        error" with a traceback, while SQLite stored it (audit 25b, item 3). Cleaning drops
        them from the text read anyway; here from what is stored as it came too."""
        object.__setattr__(self, "source", without_nul(self.source))
        object.__setattr__(self, "text", without_nul(self.text))
        if _holds_nul(self.metadata):  # (the same dict: its reader may add to it after)
            cleaned = without_nul(self.metadata)
            self.metadata.clear()
            self.metadata.update(cleaned)


def without_nul(value: Any) -> Any:
    """`value` with every NUL character taken out of its strings (of a dict's or a list's
    too, keys as well)."""
    if isinstance(value, str):
        return value.replace("\x00", "") if "\x00" in value else value
    if isinstance(value, dict):
        return {without_nul(key): without_nul(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(without_nul(item) for item in value)
    return value


def _holds_nul(value: Any) -> bool:
    """Whether a string of `value` (a dict's, a list's, a key) holds a NUL character."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_holds_nul(key) or _holds_nul(item) for key, item in value.items())
    return isinstance(value, list | tuple) and any(_holds_nul(item) for item in value)


def decode(data: bytes, source: str) -> str:
    """Bytes → str: by a byte-order mark (Windows' "Unicode" text is UTF-16), as UTF-8, by
    the charset a page declares (`<meta charset="Shift_JIS">`), then the most likely legacy
    encoding (cp1251, KOI8-R, Shift-JIS, …: `_guessed`)."""
    return decode_noted(data, source)[0]


def decode_noted(data: bytes, source: str) -> tuple[str, str]:
    """`decode`'s text, and what to warn of it: "" unless its encoding is a guess in doubt
    (`_doubt`)."""
    if not data.strip():
        raise InputError(source, "the file is empty")
    for mark, encoding in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return data.decode(encoding), ""
            except UnicodeDecodeError:
                raise InputError(source, f"the file is not valid {encoding}") from None
    if b"\x00" in data[:4096]:
        if (read := _utf16_without_mark(data)) is not None:
            return read
        raise InputError(source, "the file is binary, not text")
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    for encoding in (BROWSERS_READ.get(declared, declared), declared):
        if encoding is None:
            continue
        try:
            return data.decode(encoding), ""
        except UnicodeDecodeError:
            pass  # a wrong declaration: guess, as for a plain file
    return utf8_with_strays(data) or _utf16_without_mark(data) or _guessed(data, source)


UTF16_NULS = 0.6  # of the bytes on one side of UTF-16 text's pairs, ASCII's high halves
# UTF-16 of another script (Chinese, Russian, Arabic): a reading's letters beyond ASCII that
# are of its main script, at least (Japanese's kana and kanji are one: `_utf16_script`), and
# how many such letters judge it; and the share of a text's bytes that are ASCII's printable
# ones, at most: ASCII read in pairs is Chinese ("Bush hid the facts" is "畂桳栠摩琠敨映捡獴"),
# so a Latin-1 or Windows-1252 text (over 90 % ASCII bytes, its accented letters alone
# among them) is no such UTF-16, where Chinese in UTF-16 is about half ASCII bytes, Japanese
# kana (U+30xx, "0" and a letter) three quarters, other scripts fewer (their high halves
# are control bytes: Cyrillic's U+04xx, Hindi's U+09xx).
UTF16_SCRIPT_SHARE = 0.9
UTF16_MIN_LETTERS = 4
UTF16_ASCII_BYTES = 0.9
# A byte no text in a legacy encoding holds (a control character: not a line end, a tab, a
# form feed or DOS's end of file, which old files do hold), where UTF-16 of Chinese holds one
# in nine characters (their low halves), of Cyrillic, Greek or Arabic in every one (their
# high halves). Without one, bytes a double-byte encoding reads are its text: Shift-JIS's
# Japanese, or Russian, has read as UTF-16-BE's Chinese.
# A control character no text holds (line ends and tabs aside): what a file read
# in a wrong encoding or byte order shows.
_CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_UTF16_CONTROL_BYTE = re.compile(rb"[\x00-\x08\x0b\x0e-\x19\x1b-\x1f]")
_DOUBLE_BYTE = ("cp932", "euc_jp", "gb18030", "big5", "cp949")


def utf16_order(head: bytes) -> str | None:
    """"utf-16-be" or "utf-16-le" for bytes that read as UTF-16 text without a byte-order
    mark, by their NULs: the high half of each ASCII character's pair, on one side of the
    pairs and (nearly) never on the other; else by what each order reads (`_utf16_by_script`);
    None for others. Some Windows and database exports write such files, which had been
    refused as binary (audit 23), and a Chinese one still was."""
    head = head[:4096]
    head = head[:len(head) - len(head) % 2]  # (whole pairs)
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    for nuls, others, order in ((even, odd, "utf-16-be"), (odd, even, "utf-16-le")):
        if nuls.count(0) >= UTF16_NULS * len(nuls) and others.count(0) <= 0.01 * len(others):
            return order
    return _utf16_by_script(head)


def _utf16_by_script(head: bytes) -> str | None:
    """The one byte order that reads `head` as text of one script (`_one_script_text`), for
    UTF-16 of letters beyond ASCII, whose pairs' high halves are no NULs: "北京" is "\x17S\xacN"
    in UTF-16-LE, read as "北곎" the other way round. None for a text of ASCII bytes mostly
    (`UTF16_ASCII_BYTES`), one a double-byte encoding reads without a control byte
    (`_UTF16_CONTROL_BYTE`), or where both orders or neither read so."""
    printable = sum(1 for byte in head if 0x20 <= byte < 0x7F or byte in b"\n\r")
    if printable > UTF16_ASCII_BYTES * len(head) or not _UTF16_CONTROL_BYTE.search(head) and \
            any(_legacy_text(head, encoding) for encoding in _DOUBLE_BYTE):
        return None
    orders = [order for order in ("utf-16-le", "utf-16-be")
              if _one_script_text(_head_read(head, order))]
    return orders[0] if len(orders) == 1 else None


def _legacy_text(head: bytes, encoding: str) -> bool:
    """Whether a legacy encoding reads the start of a file as text (no control character
    but line ends and tabs)."""
    text = _head_read(head, encoding)
    return text is not None and not _CONTROL_CHARACTER.search(text)


def _head_read(head: bytes, encoding: str) -> str | None:
    """The start of a file read in an encoding, a character cut at its end aside (a UTF-16
    pair, a double-byte character); None where the encoding cannot read it."""
    try:
        return codecs.getincrementaldecoder(encoding)().decode(head, final=False)
    except UnicodeDecodeError:
        return None


def _one_script_text(text: str | None) -> bool:
    """Whether a reading is text of one script beyond ASCII: no control character but line
    ends and tabs, no unassigned or private code point, its characters beyond ASCII
    letters, marks, figures, punctuation and spaces (symbols and format characters, which
    bytes read in the wrong order or from another encoding are as often, 5 % at most), and
    its letters beyond ASCII nearly all of one script (`UTF16_SCRIPT_SHARE`)."""
    if text is None or _CONTROL_CHARACTER.search(text):
        return False
    beyond = [c for c in text if not c.isascii()]
    kinds = Counter(unicodedata.category(c) for c in beyond)
    if kinds["Cn"] or kinds["Co"] or kinds["Cs"] or \
            sum(n for kind, n in kinds.items() if kind[0] in "CS") > 0.05 * len(beyond):
        return False
    scripts = Counter(_utf16_script(c) for c in beyond if c.isalpha())
    letters = sum(scripts.values())
    return letters >= UTF16_MIN_LETTERS and \
        scripts.most_common(1)[0][1] >= UTF16_SCRIPT_SHARE * letters


def _utf16_script(letter: str) -> str:
    """A letter's script for `_one_script_text`: Japanese's kana and kanji one (`_script`),
    Korean's Hangul apart from Chinese, as an EUC-KR or GBK text read as UTF-16 mixes them."""
    name = unicodedata.name(letter, "?").split()[0]
    return name if name == "HANGUL" else _script(letter)


def utf16_note(order: str) -> str:
    """The warning for a text read as UTF-16 without a byte-order mark: the encoding guessed,
    as a wrong guess garbles it all."""
    endian = "little" if order.endswith("le") else "big"
    return (f"the file has no byte-order mark: read as UTF-16 ({endian}-endian) by its bytes; "
            "save it as UTF-8 if the text is garbled")


def _utf16_without_mark(data: bytes) -> tuple[str, str] | None:
    """Text in UTF-16 without a byte-order mark (`utf16_order`), where it reads as text: no
    control characters but line ends and tabs; with the warning naming the byte order
    (`utf16_note`). None for other bytes."""
    order = utf16_order(data)
    if order is None or len(data) % 2:
        return None
    try:
        text = data.decode(order)
    except UnicodeDecodeError:
        return None
    return None if _CONTROL_CHARACTER.search(text) else (text, utf16_note(order))


# (UTF-32's marks first: its little-endian one starts with UTF-16's.)
_BYTE_ORDER_MARKS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


# A byte UTF-8 cannot read, as "surrogateescape" keeps it: U+DC80-U+DCFF (`utf8_with_strays`).
_STRAY = re.compile("[\udc80-\udcff]+")
_STRAY_ENCODING = "cp1252"  # what a lone stray byte is read in: a Latin-1 or Word paste's


def utf8_with_strays(data: bytes, first_line: int = 1) -> tuple[str, str] | None:
    """UTF-8 text holding a few bytes that are not UTF-8: the text, each stray read alone
    (`_stray_read`), and the warning naming the first (line numbers from `first_line`);
    None for bytes that are no such text. A Latin-1 "é" pasted into a UTF-8 story had
    made the whole file a guess of another encoding, Windows-1250's, every "Zürich" in it
    "ZĂĽrich" (audit 22, item 4). Such a text reads as many characters beyond ASCII as
    UTF-8 as it has bytes UTF-8 cannot read, or more, and what it reads is plausible
    (`_implausibility`); a text in a legacy encoding has more strays than characters read
    (of texts of 12 words or more in 31 languages and their legacy encodings, none had as
    few; of 3 to 6 words, a few in Japanese, Chinese and Korean did)."""
    if not _few_strays(data):  # (counted a piece at a time: a file in another encoding)
        return None
    escaped = data.decode("utf-8", "surrogateescape").removeprefix("\ufeff")
    strays = list(_STRAY.finditer(escaped))
    bad = sum(len(stray[0]) for stray in strays)
    read = sum(1 for char in _STRAY.sub("", escaped) if ord(char) > 0x7F)
    if not strays or bad > read or _implausibility(_STRAY.sub(" ", escaped[:_SAMPLE]))[0]:
        return None
    return _STRAY.sub(_stray_read, escaped), _strays_note(strays[0], bad, first_line)


_PIECE = 1 << 20  # bytes decoded at a time, where a whole file's reading is not kept


def _few_strays(data: bytes) -> bool:
    """Whether `data` read as UTF-8 has bytes it cannot read, and no more of them than
    characters beyond ASCII it reads (`utf8_with_strays`), counted a piece at a time. A
    21.6 MB file in Windows-1252 had been read whole with its strays' matches listed, 828 MB
    (audit 28, item 9): such a file has more strays than characters read."""
    decoder = codecs.getincrementaldecoder("utf-8")("surrogateescape")
    bad = beyond = 0
    for at in range(0, len(data) or 1, _PIECE):
        piece = decoder.decode(data[at:at + _PIECE], final=at + _PIECE >= len(data))
        if not at:
            piece = piece.removeprefix("\ufeff")
        strays = len(piece) - len(_STRAY.sub("", piece))
        bad += strays
        beyond += len(piece) - len(piece.encode("ascii", "ignore")) - strays
    return 0 < bad <= beyond


def _decodes(data: bytes, encoding: str) -> bool:
    """Whether `data` reads in `encoding`, decoded a piece at a time."""
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        for at in range(0, len(data) or 1, _PIECE):
            decoder.decode(data[at:at + _PIECE], final=at + _PIECE >= len(data))
    except UnicodeDecodeError:
        return False
    return True


def _stray_read(stray: re.Match[str]) -> str:
    """A run of bytes UTF-8 cannot read in UTF-8 text, as a character: one byte beside
    Latin letters, ASCII or punctuation is most likely pasted from Windows-1252 or Latin-1
    (a letter, "é", or a curly quote, "’"), and read so; a run of bytes (a broken UTF-8
    character), a byte Windows-1252 lacks, or one beside letters of another script is
    U+FFFD, where a guess would write a wrong letter into a word ("Моск�ва", not
    "Москéва")."""
    text, start, end = stray.string, stray.start(), stray.end()
    if end - start > 1:
        return REPLACEMENT
    try:
        char = bytes([ord(stray[0]) - 0xDC00]).decode(_STRAY_ENCODING)
    except UnicodeDecodeError:
        return REPLACEMENT
    beside = (text[start - 1:start], text[end:end + 1])
    if any(c.isalpha() and not c.isascii() and _script(c) != "LATIN" for c in beside):
        return REPLACEMENT
    return char


def _strays_note(first: re.Match[str], bad: int, first_line: int) -> str:
    """The warning for UTF-8 text read with strays: how many, and where the first is and
    what it was read as, so that it can be found and checked."""
    text, at = first.string, first.start()
    line = first_line + text.count("\n", 0, at)
    column = at - text.rfind("\n", 0, at)
    code = " ".join(f"0x{ord(c) - 0xDC00:02X}" for c in first[0])
    read = _stray_read(first)
    how = f'{_ENCODING_NAMES[_STRAY_ENCODING]} "{read}"' if read != REPLACEMENT else \
        '"\ufffd" (U+FFFD)'
    which = "one byte that is not," if bad == 1 else f"{bad} bytes that are not, the first"
    return (f"the file is UTF-8 but for {which} {code} at line {line}, column {column}: "
            f"read as {how}; check the text there")


def text_encoding(head: bytes) -> str:
    """The encoding a file beginning with `head` is read in as JSON Lines: the one its
    byte-order mark names (Windows' "Unicode" text: PowerShell's Out-File), else UTF-8, its
    own mark dropped (Notepad writes one). `geoparse` and `eval` had refused the mark that
    `ingest` reads (audit 21)."""
    return next((e for mark, e in _BYTE_ORDER_MARKS if head.startswith(mark)), "utf-8-sig")


_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""",
                      re.IGNORECASE)


# Labels browsers read as another encoding (the WHATWG encoding standard, by Python's names
# for them): a page declared "iso-8859-1" is written in windows-1252, whose curly quotes and
# dashes ISO-8859-1 reads as C1 control characters (an audit: "\x93We\x92re ready,\x94" was
# stored, and a search for "we're" found nothing). Where the Windows code page lacks a byte
# (0x81 in windows-1252), the page is read as declared.
BROWSERS_READ = {"iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254",
                 "iso8859-11": "cp874", "tis-620": "cp874"}
_UNKNOWN_TO_PYTHON = {"x-cp1252": "cp1252", "iso88591": "cp1252", "iso88599": "cp1254",
                      "dos-874": "cp874"}  # labels the standard knows and Python does not


def _declared_charset(data: bytes) -> str | None:
    """The encoding an HTML page declares in its first 4 KB (`<meta charset>` or an
    http-equiv Content-Type), if Python knows it."""
    found = _CHARSET.search(data[:4096])
    if found is None:
        return None
    try:
        label = found.group(1).decode("ascii").lower()
        return codecs.lookup(_UNKNOWN_TO_PYTHON.get(label, label)).name
    except (LookupError, UnicodeDecodeError):
        return None


# Legacy encodings news files still arrive in, most likely first (Western, Cyrillic, Central
# European, Russian and Ukrainian KOI8, Central European ISO, Turkish). Single-byte encodings
# cannot be told apart by validity, only by plausibility; a text none of them reads plausibly
# (Japanese, Chinese, Korean, Greek) is read as charset-normalizer guesses, if that reads it
# better. An audit: KOI8-R "Наводнение в Москве" had been stored as cp1251's "оБЧПДОЕОЙЕ Ч
# нПУЛЧЕ", and Shift-JIS "東京で地震" as "“Њ‹ћ‚Е’nђk", with warnings that described the
# garbage. (ISO-8859-9 is Windows-1254 but for its C1 controls, which browsers read so too.)
LEGACY_ENCODINGS = ("cp1252", "cp1251", "cp1250", "koi8-r", "koi8-u", "latin-1", "iso8859_2",
                    "cp1254")
_ENCODING_NAMES = {
    "cp1252": "Windows-1252 (Western European)", "cp1251": "Windows-1251 (Cyrillic)",
    "cp1250": "Windows-1250 (Central European)", "koi8-r": "KOI8-R (Russian)",
    "koi8-u": "KOI8-U (Ukrainian)", "latin-1": "ISO-8859-1 (Western European)",
    "iso8859_2": "ISO-8859-2 (Central European)", "cp1254": "Windows-1254 (Turkish)",
    "cp932": "Shift-JIS (Japanese)", "shift_jis": "Shift-JIS (Japanese)",
    "euc_jp": "EUC-JP (Japanese)", "euc_jis_2004": "EUC-JP (Japanese)",
    "gb18030": "GB18030 (Chinese)", "gb2312": "GB2312 (Chinese)", "big5": "Big5 (Chinese)",
    "cp949": "EUC-KR (Korean)", "euc_kr": "EUC-KR (Korean)", "cp1253": "Windows-1253 (Greek)",
}
_WORDS = re.compile(r"[^\W\d_]+")
_SAMPLE = 200_000  # characters of a reading that judge it: 0.7 s for a 9 MB file, not 6
# A symbol between two letters, which no language writes: a box-drawing character where KOI8-U
# has a Ukrainian letter ("Пов╕нь"), Shift-JIS bytes read as a Windows code page ("Њ‹ћ").
# Apostrophes, dashes, the middle dot (Catalan "col·legi"), CJK punctuation and combining
# marks (Thai vowels) are written so.
_BETWEEN_LETTERS = re.compile(r"(?<=[^\W\d_])[^\w\s\x00-\x7f’‘·–—‐‑\u3000-\u303f\uff00-\uffef]+"
                              r"(?=[^\W\d_])")
# Unicode's first word for a letter's script, where one writing system mixes several.
_SCRIPT_FAMILY = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "KATAKANA-HIRAGANA": "CJK",
                  "HANGUL": "CJK", "IDEOGRAPHIC": "CJK", "HALFWIDTH": "CJK", "FULLWIDTH": "CJK"}
# The most frequent letters of Russian, Ukrainian and the other languages written in Cyrillic:
# KOI8 read as cp1251, or the other way round, or Hebrew read as cp1251, is Cyrillic too, but
# of other letters (0.40 of them in the audit's story, 0.79 read right), which tells them
# apart where letter case does not (a text in lower case, or in capitals).
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_COMMON_CYRILLIC = re.compile(r"[оеаинтсрвлкіОЕАИНТСРВЛКІ]")
_CYRILLIC_MIN = 20  # letters: fewer are too few to judge their frequencies
_COMMON_SHARE = 0.55  # news in six Cyrillic languages: 0.63-0.88; read wrongly: 0.30-0.49
_CLOSE = 0.1  # shares of common letters this close leave two Cyrillic readings in doubt
_GARBLED = 0.1  # a reading whose words beyond ASCII are this often implausible is garbled
# The letters beyond ASCII of the languages written in Latin letters in the encodings above.
# Their readings of one text are all plausible Latin ("Povodnì v Ústí" is Czech read as
# Windows-1252, "Gyõr" Hungarian, "Ýzmir'de þiddetli yaðýþ" Turkish): the right one writes
# the letters of one language, where the others mix two or more (ì and ø with ý, õ with
# á, ý and þ with ç and ü). A review: all three had been read as Windows-1252.
_ALPHABETS = tuple(frozenset(letters + letters.upper()) for letters in (
    "àâæçéèêëîïôœùûüÿ",  # French
    "äöüß",  # German
    "áéíñóúü",  # Spanish
    "áâãàçéêíóôõú",  # Portuguese
    "àèéìíîòóùú",  # Italian
    "àçèéíïòóúü",  # Catalan
    "áéèëïóöüú",  # Dutch
    "æøåéó",  # Danish, Norwegian
    "åäöéšž",  # Swedish, Finnish
    "áðéíóúýþæö",  # Icelandic
    "áðíóúýæø",  # Faroese
    "äõöüšž",  # Estonian
    "áčďéěíňóřšťúůýž",  # Czech
    "áäčďéíĺľňóôŕšťúýž",  # Slovak
    "ąćęłńóśźż",  # Polish
    "áéíóöőúüű",  # Hungarian
    "čćđšž",  # Slovene, Croatian, Bosnian, Serbian
    "ăâîșşțţ",  # Romanian
    "çğıöşüâîûİ",  # Turkish
    "çë",  # Albanian
))
_BEYOND_ASCII = re.compile(r"[^\W\d_\x00-\x7f]")
_C1_CONTROLS = re.compile(r"[\x80-\x9f]")
# Icelandic writes þ at the start of a word or of a compound's part, never at its end, where
# Turkish writes ş often ("yağış", "kış", "iş"), which Windows-1252 reads as þ.
_THORN_ENDING = re.compile(r"(?<=[^\W\d_])þ(?![^\W\d_])")
# Turkish writes ğ after a vowel only ("dağ", "Muğla", "Iğdır"), never opening a word nor
# after a consonant, where Icelandic writes ð often ("Hafnarfjörður", "Garðabær", "orð"),
# which Windows-1254 reads as ğ.
_SOFT_G_MISPLACED = re.compile(r"(?<![aâeıiîoöuûüAÂEIİÎOÖUÛÜ])[ğĞ]")
_WORDS_BEYOND_ASCII = re.compile(r"[^\W\d_]*[^\W\d_\x00-\x7f][^\W\d_]*")
# A word after a line's start or a sentence's end, and the quotes or dashes before it.
_OPENING = re.compile(r"(?:^|[.!?…]\s)[\s\"'“‘„«(\[–—-]*([^\W\d_]+)", re.MULTILINE)
_WESTERN = frozenset({"cp1252", "latin-1"})  # the likeliest of files naming no encoding


@dataclass(frozen=True)
class _Reading:
    """A reading of a file's bytes in one encoding, judged by its first `_SAMPLE` characters;
    its whole text is decoded when asked for (`text`), not kept: eight readings of a file
    kept whole had taken 20 times its size (audit 28, item 9)."""

    encoding: str
    data: bytes = field(repr=False)
    sample: str = field(repr=False)  # its first `_SAMPLE` characters
    implausible: int  # words and symbols no language writes (`_implausibility`)
    judged: int  # its words beyond ASCII (in its first `_SAMPLE` characters, as the rest)
    cyrillic: int  # its Cyrillic letters
    common: float  # the share of common Cyrillic letters (`_COMMON_CYRILLIC`) among those
    foreign: int  # its Latin letters beyond ASCII, in words but names, one language lacks
    foreign_named: int  # … in all its words, names too (`_foreign`)
    rank: int  # the encoding's place among the candidates: the likelier wins a tie
    central: bool = False  # a text of Windows-1250's languages by its words (`_central`)

    @property
    def text(self) -> str:
        """The whole reading."""
        return self.data.decode(self.encoding)

    def same_as(self, other: _Reading) -> bool:
        """Whether two readings of the same bytes read alike, compared a piece at a time
        where both encodings read a byte as a character."""
        if self.sample != other.sample:
            return False
        if self.encoding not in LEGACY_ENCODINGS or other.encoding not in LEGACY_ENCODINGS:
            return self.text == other.text
        return all(self.data[at:at + _PIECE].decode(self.encoding) ==
                   other.data[at:at + _PIECE].decode(other.encoding)
                   for at in range(0, len(self.data), _PIECE))

    @property
    def uncommon(self) -> bool:
        """Cyrillic, but not of the letters Cyrillic is mostly written with."""
        return self.cyrillic >= _CYRILLIC_MIN and self.common < _COMMON_SHARE

    @property
    def key(self) -> tuple[int, bool, float, int, bool, int, int]:
        """Plausible first; then Cyrillic of its common letters; then Latin of one
        language's letters in its words but names; then Western, whose names may be any
        language's (`_foreign`), but in a text of Windows-1250's languages (`_central`);
        then of one language's letters, names too."""
        return (self.implausible, self.uncommon, -self.common, self.foreign,
                self.encoding not in _WESTERN and not self.central, self.foreign_named,
                self.rank)


def _guessed(data: bytes, source: str) -> tuple[str, str]:
    """The most plausible reading of bytes that name no encoding, and a warning where it is
    in doubt (`_doubt`)."""
    readings: list[_Reading] = []
    central = _central(data)
    for rank, encoding in enumerate(LEGACY_ENCODINGS):  # (a byte a character, each)
        if not _decodes(data, encoding):
            continue
        reading = _judged(data, encoding, rank, central)
        if not any(r.same_as(reading) for r in readings):  # (a Western file reads alike in
            readings.append(reading)  # four)
    if not readings or min(r.key for r in readings)[:2] != (0, False):
        readings += _normalizer_reading(data, len(LEGACY_ENCODINGS))
    if not readings:
        raise InputError(source, "the file is not text in any known encoding")
    best = min(readings, key=lambda r: r.key)
    central = _central_by_words(best, readings)
    if central is not None:
        return central.text, ""
    return best.text, _doubt(best, readings) or _unsure_by_words(best, readings)


# The languages whose words each legacy encoding of Latin letters writes, in wordfreq's codes
# (`_words_known`): Windows-1252's Western ones, Windows-1250's Central European ones.
_WESTERN_LANGUAGES = ("en", "fr", "de", "es", "pt", "it", "ca", "nl", "da", "nb", "sv", "fi",
                      "is")
_CENTRAL_LANGUAGES = ("cs", "sk", "pl", "hu", "sh", "sl", "ro")
_LANGUAGES_OF = {"cp1252": _WESTERN_LANGUAGES, "latin-1": _WESTERN_LANGUAGES,
                 "cp1250": _CENTRAL_LANGUAGES, "iso8859_2": _CENTRAL_LANGUAGES}
_CENTRAL_ENCODINGS = frozenset({"cp1250", "iso8859_2"})
_WORDS_JUDGED = 60  # words beyond ASCII that two readings read apart, at most, looked up
# wordfreq's lists hold some garbled words rarely (Czech "săo", 1.34): a word of a language
# is at least this frequent ("Đakova" 3.16, Croatian "Jakić" is in none).
_KNOWN_ZIPF = 2.0
_SURE_BY = 1.5  # Zipf points (summed over those words) that make one reading the likelier


def _central_rival(best: _Reading, readings: list[_Reading]) -> _Reading | None:
    """A Central European reading as plausible by its letters as the Western one chosen
    (`_Reading.key`, up to the letters one language lacks), reading some word apart; None
    where there is none, or the choice is no Western reading."""
    if best.encoding not in _WESTERN or best.implausible > max(1, _GARBLED * best.judged):
        return None
    return next((r for r in readings if r.encoding in _CENTRAL_ENCODINGS and
                 r.key[:4] == best.key[:4] and not r.same_as(best)), None)


def _central_by_words(best: _Reading, readings: list[_Reading]) -> _Reading | None:
    """The Central European rival of a Western reading (`_central_rival`) where its words
    are clearly the likelier (`_words_known`): a Croatian fixture's "Petković", "Čakovec" and
    "Šibenik" in Windows-1250, read as Windows-1252's "Petkoviæ", "Èakovec", both readings
    one language's letters and none of the text's words a language's, had been read so,
    silently or warned of."""
    rival = _central_rival(best, readings)
    if rival is None:
        return None
    return rival if _words_known(rival, best) - _words_known(best, rival) >= _SURE_BY else None


def _unsure_by_words(best: _Reading, readings: list[_Reading]) -> str:
    """A warning where a Western reading was chosen over a Central European one as
    plausible, its words not clearly the likelier: a list of Croatian players' names,
    "Gorica – Slaven Belupo 1:1 (Krizmanić; Fiolić)" in Windows-1250, is Windows-1252's
    "Krizmaniæ; Fioliæ", neither reading's names in any language's list, and had been read
    so silently. Where neither reading's words are known in a text whose words of ASCII
    letters are a Western language's (an English story naming "Hafnarfjörður"), its names are
    the likelier Western ones, as before."""
    rival = _central_rival(best, readings)
    if rival is None:
        return ""
    theirs, ours = _words_known(rival, best), _words_known(best, rival)
    if ours >= theirs + _SURE_BY or theirs == ours == 0 and _western_prose(best.sample):
        return ""
    name, other = _ENCODING_NAMES[best.encoding], _ENCODING_NAMES[rival.encoding]
    read, otherwise = _read_apart(best.text, rival.text)
    return (f"the file is not UTF-8 and does not say its encoding: read as {name}{read}, but "
            f"{other} reads it about as well{otherwise}, so it may be garbled: check the text, "
            "and save the file as UTF-8 if it is garbled")


def _western_prose(text: str) -> bool:
    """Whether a text's words of ASCII letters are a Western language's (`reads_western`),
    its fixtures' "v" aside (`_without_versus`)."""
    from placeline.language import reads_western

    return reads_western(_without_versus(text[:_SAMPLE]))


def _words_known(reading: _Reading, other: _Reading) -> float:
    """How well a reading's words beyond ASCII that `other` reads apart are words of its
    encoding's languages: the sum of each one's highest Zipf frequency among them."""
    from placeline.frequency import zipf_in

    apart = sorted(_lower_words(reading.sample) - _lower_words(other.sample))[:_WORDS_JUDGED]
    known = (max(zipf_in(word, language) for language in _LANGUAGES_OF[reading.encoding])
             for word in apart)
    return round(sum(zipf for zipf in known if zipf >= _KNOWN_ZIPF), 2)


def _lower_words(text: str) -> set[str]:
    """A text's words beyond ASCII, in lower case (in its first `_SAMPLE` characters), of
    two letters or more: a letter alone is as often a symbol read as one (a pound sign is
    ISO-8859-2's "Ł")."""
    return {word.lower() for word in _WORDS_BEYOND_ASCII.findall(text[:_SAMPLE])
            if len(word) > 1}


def _reading(data: bytes, encoding: str, rank: int) -> _Reading | None:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return _judged(data, encoding, rank, sample=text[:_SAMPLE])


# A reading whose Cyrillic letters are fewer than this share of its letters is a Latin text
# with a stray: its Cyrillic letters' frequencies judge nothing (`_judged`).
_CYRILLIC_TEXT = 0.25


def _judged(data: bytes, encoding: str, rank: int, central: bool = False,
            sample: str | None = None) -> _Reading:
    """A reading judged by its first `_SAMPLE` characters. Its common Cyrillic letters
    count only where Cyrillic is a fair share of its letters: an Italian "il derby è
    rinviato" in Windows-1252 is Windows-1251's "il derby и rinviato", whose one "и", a
    common letter, had made it the likeliest reading, silently. `sample`: its first
    characters, given where the encoding reads a character in more than a byte (else the
    first `_SAMPLE` bytes read)."""
    if sample is None:
        sample = data[:_SAMPLE].decode(encoding)
    cyrillic = len(_CYRILLIC.findall(sample))
    common = round(len(_COMMON_CYRILLIC.findall(sample)) / cyrillic, 2) \
        if cyrillic and cyrillic >= _CYRILLIC_TEXT * _letters(sample) else 0.0
    return _Reading(encoding, data, sample, *_implausibility(sample), cyrillic, common,
                    *_foreign(sample), rank, central)


def _letters(text: str) -> int:
    """How many letters a text has."""
    return sum(len(word) for word in _WORDS.findall(text))


def _central(data: bytes) -> bool:
    """Whether bytes are a text of Windows-1250's languages by their words of ASCII letters
    (`language.reads_central`: "v", "od", "je"), whose own words, in lower case, Windows-1252
    reads otherwise: its names are then mostly its language's, not any language's. Review
    21: "V Košiciach horí sklad, hasiči zasahujú.", whose one word in capitals beyond ASCII
    is a name, had been read as Windows-1252's "Košiciach … hasièi", warned of. Where its
    names alone read apart (a Croatian "… iz Đakova i Čakovca", its "oštetila" alike in
    both), or its words are no language's of either ("Málaga v Forlì", an English fixture),
    Windows-1252 is read as before, warned of."""
    from placeline.language import reads_central

    try:
        western, central = data[:_SAMPLE].decode("cp1252"), data[:_SAMPLE].decode("cp1250")
    except UnicodeDecodeError:
        return False
    return reads_central(_without_versus(western)) and _own_words(western) != _own_words(central)


# A word and the "v" after it, before a word in capitals: a fixture ("Forlì v Cesena") where
# both words are in capitals (`_without_versus`).
_VERSUS = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\s+v\.?\s+(?=[^\W\d_])")


def _without_versus(text: str) -> str:
    """A text without its fixtures' "v" (versus), which any language writes between two
    names in capitals: review 22's Italian "Forlì v Cesena, Málaga v Sevilla: tutto è
    rinviato." in Windows-1252, its two "v"s taken for Czech or Slovak words against its
    one "tutto", had been read as Windows-1250's "Forlě … tutto č rinviato", silently. A
    Slovak "V Košiciach horí sklad" keeps its "v", which no name precedes."""
    return _VERSUS.sub(lambda m: f"{m[1]} " if m[1][0].isupper() and
                       m.string[m.end()].isupper() else m[0], text)


def _own_words(text: str) -> list[str]:
    """A text's words in lower case with letters beyond ASCII (no name)."""
    return [word for word in _WORDS_BEYOND_ASCII.findall(text) if word[0].islower()]


def _foreign(text: str) -> tuple[int, int]:
    """A text's Latin letters beyond ASCII that the language writing most of them does not
    write (`_ALPHABETS`): in its words but names (words in capitals first), and in all. A
    story names places and people of other languages: an English one's "Tromsø", "Bjørn"
    and "Crème", read as Windows-1250, wrote Czech's ř and č alone ("Tromsř", "Crčme") and
    had been read so, silently, where Windows-1252 wrote two languages' letters (review 20:
    47 of 990 pairs of fifty names in an English sentence; "São Paulo" with "Île-de-France"
    as "Săo Paulo"). Its other words are its language's: Czech's "třetí stupeň" read as
    Windows-1252 is "tøetí stupeò" still, and so is a word in capitals only where it opens
    a sentence (`_opening_words`). A C1 control stands for a letter no alphabet has
    (ISO-8859-1's reading of Croatian's "škole" in Windows-1250 is "\x9akole")."""
    words: Counter[str] = Counter()
    names: Counter[str] = Counter()
    opening = _opening_words(text)
    for word, n in Counter(_WORDS_BEYOND_ASCII.findall(text)).items():
        letters = names if word[0].isupper() and opening[word] < n else words
        for letter in _BEYOND_ASCII.findall(word):
            letters[letter] += n
    strays = len(_C1_CONTROLS.findall(text)) + len(_THORN_ENDING.findall(text)) + \
        len(_SOFT_G_MISPLACED.findall(text))
    return _outside(words) + strays, _outside(words + names) + strays


def _opening_words(text: str) -> Counter[str]:
    """The words in capitals beyond ASCII that open a line or a sentence, by how often each
    does, in a text of a language Windows-1250 writes: capitals by their place, where they
    are not written so within a sentence too, as a name is. Review 20b: Czech's "Povodně v
    Ústí nad Labem / Řeka Labe se vylila …" and "… sklad. Hasiči zasahují", read as
    Windows-1252's "Povodnì", "Øeka" and "Hasièi", whose letters were taken for names of two
    languages, had been stored so. A text of a language Windows-1252 writes, English or
    another (`language.reads_western`), has its letters in its own words: its capitals
    opening a sentence are names, of any language (review 21: a French "Åsa Larsson a été
    évacuée près de Lund" and a Spanish "Bjørn Olsen, alcalde de Bergen", whose "Å" and "ø"
    no Western alphabet holds with their "è" and "ó", had been read as Windows-1250's "Ĺsa
    Larsson a été évacuée prčs", "Bjřrn", silently; an English story's "Bjørn won. Crème
    lost, the club said" names them)."""
    from placeline.language import reads_western

    if reads_western(text):
        return Counter()
    return Counter(word for word in (m[1] for m in _OPENING.finditer(text))
                   if word[0].isupper() and not word.isascii())


def _outside(letters: Counter[str]) -> int:
    """How many `letters` the alphabet holding most of them lacks (Latin letters only)."""
    latin = {letter: n for letter, n in letters.items() if _script(letter) == "LATIN"}
    return sum(latin.values()) - max(sum(n for letter, n in latin.items() if letter in alphabet)
                                     for alphabet in _ALPHABETS)


def _normalizer_reading(data: bytes, rank: int) -> list[_Reading]:
    """charset-normalizer's guess (it knows Asian encodings and languages' letter
    frequencies), if it reads all of `data`."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding in LEGACY_ENCODINGS:
        return []
    reading = _reading(data, best.encoding, rank)
    return [reading] if reading else []


def _doubt(best: _Reading, readings: list[_Reading]) -> str:
    """The warning for a guessed encoding ("" when it is sure enough): no reading is
    plausible, or another Cyrillic one is about as plausible (a file of cp1251 and KOI8-R
    text), or another Latin one (`_latin_rival`)."""
    name = _ENCODING_NAMES.get(best.encoding, best.encoding.upper())
    advice = "check the text, and save the file as UTF-8 if it is garbled"
    if best.implausible > max(1, _GARBLED * best.judged) or best.uncommon:
        return (f"the file is not UTF-8 and does not say its encoding, and none placeline "
                f"knows reads it plausibly (read as {name}, it may be garbled): {advice}")
    rivals = [r for r in readings if r.key[:2] == best.key[:2] and not r.same_as(best)
              and (min(r.cyrillic, best.cyrillic) >= _CYRILLIC_MIN
                   and best.common - r.common < _CLOSE or _latin_rival(best, r)
                   or _turkish_rival(best, r))]
    if not rivals:
        return ""
    other = _ENCODING_NAMES.get(rivals[0].encoding, rivals[0].encoding.upper())
    read, otherwise = _read_apart(best.text, rivals[0].text)
    return (f"the file is not UTF-8 and does not say its encoding: read as {name}{read}, "
            f"but {other} reads it about as well{otherwise}, so it may be garbled: {advice}")


def _latin_rival(best: _Reading, other: _Reading) -> bool:
    """Another reading of Latin letters about as good as the one chosen: as plausible, its
    words but names at most a letter further from one language's alphabet, and with its
    names nearer one (an English story's "Tromsø", "Bjørn" and "Crème" are Czech's "Tromsř",
    "Bjřrn" and "Crčme" in Windows-1250, where Windows-1252 gives two languages' letters)."""
    return other.key[:3] == best.key[:3] and other.foreign <= best.foreign + 1 and \
        other.foreign_named < best.foreign_named


def _turkish_rival(best: _Reading, other: _Reading) -> bool:
    """A Turkish reading as good as a Western one: Windows-1254 differs from Windows-1252 in
    six letters only, Icelandic's ð, ý and þ where Turkish has ğ, ı and ş, so a text whose
    letters beyond ASCII are these and those both languages write is either (review 20b:
    "İstanbul'da sağanak yağış" had been read as "Ýstanbul'da saðanak yaðýþ", silently).
    Icelandic writes á, í and ó too, which Turkish does not: an Icelandic text's Turkish
    reading is no rival, nor one of names of several languages. Nor is one a letter apart:
    a name's capital, Icelandic "Ýr" or Turkish "İr", is either language's (review 21: a
    Portuguese "Ýr chegou", a German "Ýr kam an" had been warned of), unless the Turkish
    reading's is a place's name and the other's none (`_place_apart`)."""
    return best.encoding in _WESTERN and other.encoding == "cp1254" and \
        other.key[:4] == best.key[:4] and other.foreign_named == 0 and \
        (_letters_apart(best.sample, other.sample) > 1 or _place_apart(other, best))


def _place_apart(reading: _Reading, other: _Reading) -> bool:
    """Whether the word two readings read apart is a place's name in `reading` and none in
    `other`: review 21's "Quake in İzmir" in Windows-1254, a letter from Windows-1252's
    "Ýzmir", had been read so silently since a letter apart was no rival, and İzmir was on
    no map. "İr" and "Ýr" are neither."""
    from placeline.clean import a_place_name

    apart = _word_apart(reading.text, other.text)
    return apart is not None and a_place_name(apart[0]) and not a_place_name(apart[1])


def _letters_apart(text: str, other: str) -> int:
    """How many characters two byte-for-byte readings of a file read apart (in their first
    `_SAMPLE`, as they are judged)."""
    return sum(a != b for a, b in zip(text[:_SAMPLE], other[:_SAMPLE], strict=False))


def _read_apart(text: str, other: str) -> tuple[str, str]:
    """The first word two readings of a file read apart, as each reads it (' ("Tromsø")',
    ' ("Tromsř")'), or nothing where they are no byte-for-byte readings."""
    apart = _word_apart(text, other)
    if apart is None:
        return "", ""
    return f' ("{apart[0]}")', f' ("{apart[1]}")'


def _word_apart(text: str, other: str) -> tuple[str, str] | None:
    """The first word two byte-for-byte readings of a file read apart, as each reads it
    ("Tromsø", "Tromsř"); None where they are no such readings, or read no word apart."""
    if len(text) != len(other):
        return None
    at = next((i for i, (a, b) in enumerate(zip(text, other, strict=True))
               if a != b and (a.isalpha() or b.isalpha())), None)
    if at is None:
        return None
    start, end = at, at + 1
    while start and text[start - 1].isalpha() and other[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha() and other[end].isalpha():
        end += 1
    return text[start:end], other[start:end]


def _implausibility(text: str) -> tuple[int, int]:
    """Words no language writes (`_odd_word`) and symbols between letters, and how many
    words beyond ASCII there are."""
    words = [m[0] for m in _WORDS.finditer(text) if not m[0].isascii()]
    odd = sum(1 for match in _BETWEEN_LETTERS.finditer(text)
              if not all(unicodedata.category(c).startswith("M") for c in match[0]))
    return sum(map(_odd_word, words)) + odd, len(words)


def _odd_word(word: str) -> bool:
    """Mixed scripts ("Cafй"), accented letters nearly all ("Íîâîñòè": Cyrillic read as
    Western; over three quarters, since Czech and Turkish write "září", "yağış" and "aşırı",
    which over half had called garbled — a review), lower case before upper ("оБЧПДОЕОЙЕ":
    KOI8-R read as cp1251)."""
    scripts = {_script(c) for c in word}
    if len(scripts) > 1:
        return True
    if len(word) > 3 and "LATIN" in scripts and \
            sum(1 for c in word if ord(c) > 127) * 4 > len(word) * 3:
        return True
    return any(a.islower() and b.isupper() for a, b in pairwise(word))


def _script(letter: str) -> str:
    name = unicodedata.name(letter, "?").split()[0]
    return _SCRIPT_FAMILY.get(name, name)


def spaced(text: str) -> str:
    """A text with its spacing evened out (runs of whitespace as one space, none at the ends),
    its letter case kept. (`str.split` splits at the characters `\\s` matches, and joining is
    a third of the cost of a substitution at every space of a whole article.)"""
    return " ".join(text.split())


def content_hash(text: str) -> str:
    """Identity of an article: whitespace- and case-insensitive, so re-saved copies dedupe."""
    return hashlib.sha256(spaced(text).lower().encode("utf-8")).hexdigest()[:32]


def source_identity(source: str, metadata: Mapping[str, object]) -> str | None:
    """What names a document again when it is read again, so an edited version can take
    the stored one's place: a file's path, an upload's or an archive member's name, a JSONL
    row's "id". None for a JSONL row named by its line number, which a line added above it
    shifts (line 7 of today's file is not line 7 of yesterday's)."""
    row = row_mark(source)
    if row >= 0 and str(metadata.get("id", "")) != source[row + 1:]:
        return None
    return source


def row_mark(source: str) -> int:
    """Where the "#" naming a row is in a row's source ("feed.jsonl#x0", "bbc.xml#7"),
    after the last of `ROW_FILES`' suffixes followed by one; -1 for another document."""
    lower = source.lower()
    return max((at + len(suffix) for suffix in ROW_FILES
                if (at := lower.rfind(f"{suffix}#")) >= 0), default=-1)


def row_id(source: str, metadata: Mapping[str, object]) -> str | None:
    """A JSONL row's own "id" (None for any other document, and for a row without one):
    it names the row, as a file's name does not name the story saved in it."""
    if row_mark(source) < 0 or source_identity(source, metadata) is None:
        return None
    return str(metadata["id"])


def source_names(source: str) -> list[str]:
    """The names a document read from a file here may have been stored under: as written,
    and its file's path absolute, with its links resolved, and relative to the working
    folder (a JSONL row and an archive's member keep their "#id" and "/member" after it).
    paris.txt ingested by its absolute path (a cron job), then edited and read by hand as
    news/paris.txt, had been two sources and two articles (an audit). A name that is no file
    here (an upload's) is only itself. (A path stored relative to another working folder:
    `tail_names`.)"""
    found = _file_of(source)
    if found is None:
        return [source]
    path, rest = found
    names = [source]
    for spelled in (os.path.abspath(path), os.path.realpath(path)):
        names += [spelled + rest, os.path.relpath(spelled) + rest]
    return list(dict.fromkeys(names))


def tail_names(source: str) -> list[str]:
    """The names a document read from a file here may have been stored under relative to
    another working folder: its file's path from each folder above it ("data/x.txt",
    "main/data/x.txt" of /work/main/data/x.txt; links resolved too), with its row or
    member. An article ingested as data/x.txt in /work/main, then read again from another
    folder, had not been found: a second article (a review). A stored version named so only
    must have been read in the folder that makes it this file (`elsewhere`). (Not a path
    written with "..": no name of the file here tells it.)"""
    found = _file_of(source)
    if found is None:
        return []
    path, rest = found
    names = []
    for spelled in (os.path.abspath(path), os.path.realpath(path)):
        parts = Path(spelled).parts[1:]
        names += [os.path.join(*parts[i:]) + rest for i in range(len(parts))]
    return list(dict.fromkeys(names))


def elsewhere(source: str, stored: str, metadata: Mapping[str, object]) -> bool:
    """Whether a stored source named like the file `source` was read from (`source_names`,
    `tail_names`) is another file: a relative path that, resolved against the folder it was
    read in (`READ_IN`), is not `source`'s file (data/x.txt read in /work/other had been
    taken for a version of data/x.txt read in /work/main), or one of its tails alone, with
    no such folder kept to tell (a store written before: "index.html" of every site)."""
    found = _file_of(source)
    if found is None or os.path.isabs(stored) or stored.startswith(UPLOAD):
        return False
    path, rest = found
    folder = metadata.get(READ_IN)
    if not isinstance(folder, str):
        return stored not in source_names(source)
    if not stored.endswith(rest):
        return True
    spelled = stored[:len(stored) - len(rest)] if rest else stored
    return os.path.realpath(os.path.join(folder, spelled)) != os.path.realpath(path)


def uploaded_as(source: str) -> str | None:
    """The name a file here would have had uploaded ("upload:quake.txt", with its row or
    member: "upload:feed.jsonl#s1"); None for an upload, or a name that is no file here."""
    name = file_name(source)
    return f"{UPLOAD}{name}" if name else None


def file_name(source: str) -> str | None:
    """The name of the file a document was read from here, with its row or member
    ("quake.txt", "feed.jsonl#s1", "in.zip/a.txt"); None for an upload, or a name that is
    no file here."""
    found = None if source.startswith(UPLOAD) else _file_of(source)
    return f"{os.path.basename(found[0])}{found[1]}" if found else None


def named_alike(stored: str, name: str) -> bool:
    """Whether a stored source is a file of this `file_name` in some folder (not an upload:
    those have their own rule, `uploaded_as`)."""
    return not stored.startswith(UPLOAD) and (
        stored == name or stored.endswith((f"/{name}", f"{os.sep}{name}")))


def file_gone(stored: str, metadata: Mapping[str, object]) -> bool:
    """Whether the file a stored source was read from is no longer where it was read (an
    absolute path, or a relative one from the folder it was read in, `READ_IN`): a store
    handed to another machine, a folder moved or renamed. False where that cannot be told
    (an upload; a relative path of a store written before, which kept no folder)."""
    if stored.startswith(UPLOAD):
        return False
    folder = metadata.get(READ_IN)
    if not os.path.isabs(stored) and not isinstance(folder, str):
        return False
    return _file_of(os.path.join(folder, stored) if isinstance(folder, str) else stored) is None


def upload_of(source: str) -> str | None:
    """What a stored file's source ends with when it has an upload's name ("/quake.txt" for
    "upload:quake.txt"); None for a source that is no upload. quake.txt ingested from a
    folder, its date fixed and uploaded on the Ingest page, had been a second article, the
    quake on both days on the map (an audit)."""
    name = source.removeprefix(UPLOAD) if source.startswith(UPLOAD) else ""
    return f"/{name}" if name.strip() else None


def _file_of(source: str) -> tuple[str, str] | None:
    """(the file a source was read from, the rest of its name): "x.jsonl#7" → ("x.jsonl",
    "#7"), "a.zip/b.txt" → ("a.zip", "/b.txt"); None when no such file is here."""
    row = row_mark(source)
    head, rest = (source[:row], source[row:]) if row >= 0 else (source, "")
    path = Path(head)
    try:
        while not path.is_file():
            if path.parent == path or not path.parent.name and not path.is_absolute():
                return None
            rest = f"/{path.name}{rest}"
            path = path.parent
    except OSError:  # (a folder on the way we may not enter)
        return None
    return str(path), rest


_WORD = re.compile(r"\w+")
# Markup and invisible characters are no words of a text: a JSONL row stored with its HTML
# before rows were read as HTML (its tags, entities and <script>) shared 23% of its wording
# with the same row read again, which was then stored beside it (a review); so would a text
# stored with the soft hyphens normalize now removes ("Mont&shy;réal").
_MARKUP = re.compile(r"<(script|style)\b.*?</\1\s*>|</?[a-z][^<>]*>|&#?\w+;",
                     re.IGNORECASE | re.DOTALL)
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
# Words of each text compared (an article has a few thousand; its first 20,000 tell whether
# two texts are versions of one, and a 10 MB one is not read whole for it).
WORDING_WORDS = 20_000


def wording(text: str) -> frozenset[int]:
    """A text's runs of three words, case, markup and invisible characters aside (hashed:
    compared within one process only)."""
    text = text[:WORDING_WORDS * 20]
    if "<" in text or "&" in text:
        text = _MARKUP.sub(" ", text)
    words = _WORD.findall(_INVISIBLE.sub("", text).lower())[:WORDING_WORDS]
    return frozenset(hash(tuple(words[i:i + 3])) for i in range(max(len(words) - 2, 1)))


def shared_wording(a: frozenset[int], b: frozenset[int]) -> float:
    """The share of the shorter text's `wording` that the other has too: 0.8-1 for an edited
    version of one article, even one that grew or lost a paragraph; under 0.35 between
    different articles, however alike their story (at most 0.32 in the 136,000 pairs of the
    evaluation corpora, where a rewrite of one story under a new headline reaches 0.74)."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def read_bytes(data: bytes, source: str) -> Iterator[RawDocument | InputError]:
    """One uploaded or read file → documents (a .jsonl file holds many)."""
    suffix = Path(source).suffix.lower()
    is_zip = suffix == ".zip" or data[:4] == b"PK\x03\x04"
    if is_zip:
        if len(data) > ZIP_MAX_UPLOAD:
            yield _too_big(source, len(data), ZIP_MAX_UPLOAD)
        else:
            yield from _read_zip(data, source)
        return
    if suffix == ".jsonl":
        yield from _read_jsonl(io.BytesIO(data), source)
        return
    if suffix in FEED_FILES:
        yield from _read_feed(data, source, suffix)
        return
    if len(data) > MAX_BYTES:
        yield _too_big(source, len(data), MAX_BYTES)
        return
    try:
        text, note = decode_noted(data, source)
    except InputError as exc:
        yield exc
        return
    metadata: dict = {}
    if suffix in {".html", ".htm"} or looks_like_html(text):
        text, metadata = read_html(text)
        if len(text.strip()) < MIN_HTML_TEXT:
            yield InputError(source, "no article text found in the HTML page")
            return
    yield RawDocument(source, text, _noted(metadata, note))


def read_bytes_named(data: bytes, source: str, columns: Mapping[str, str | None] | None
                     ) -> Iterator[RawDocument | InputError]:
    """`read_bytes` with the columns named for this file only (`columns`: "text", "title",
    "date" to a column's name as written, as `ingest --text-column` names them): the Ingest
    page's choice for one upload, which no other file reads (`feeds.columns_named`)."""
    from placeline.feeds import columns_named

    if not columns or not any(columns.values()):
        yield from read_bytes(data, source)
        return
    with columns_named(**columns):
        yield from read_bytes(data, source)


TABLE_HEAD_BYTES = 2 * 2**20  # read of an upload for its columns' preview


def table_head(data: bytes, source: str):
    """The columns and first rows of an uploaded CSV or JSONL file (`feeds.table_head`),
    from its first TABLE_HEAD_BYTES; None for another file or one that cannot be read."""
    from placeline import feeds

    suffix = Path(source).suffix.lower()
    if suffix not in {".csv", ".jsonl"} or data[:4] == b"PK\x03\x04":
        return None
    try:
        text = decode(data[:TABLE_HEAD_BYTES], source)
    except InputError:
        return None
    return feeds.table_head(text, suffix)


def _read_feed(data: bytes, source: str, suffix: str) -> Iterator[RawDocument | InputError]:
    """A feed file's rows, read as a JSONL file's lines (`placeline.feeds`); a CSV's
    numbered from 2, as a spreadsheet numbers them under its header."""
    from placeline import feeds

    if len(data) > FEED_MAX:
        yield _too_big(source, len(data), FEED_MAX)
        return
    try:
        if suffix in {".json", ".csv"}:
            text, note = decode_noted(data, source)
            rows = feeds.json_rows(text) if suffix == ".json" else feeds.csv_rows(text)
        else:
            rows, note = feeds.xml_rows(data)
    except InputError as exc:
        yield exc
        return
    except feeds.FeedError as exc:
        yield InputError(source, str(exc))
        return
    if not any(rows):
        yield InputError(source, "the file holds no articles")
        return
    first = 2 if suffix == ".csv" else 1
    if any(isinstance(row, dict) for row in rows):
        for item in _read_jsonl(io.BytesIO(feeds.as_lines(rows)), source, first=first):
            if note and isinstance(item, RawDocument) and (
                    suffix in {".json", ".csv"} or REPLACEMENT in item.text):  # (a feed's:
                _noted(item.metadata, note)  # its items' characters it could not read)
            yield item
    yield from _unread_rows(rows, source, first)


def _unread_rows(rows: list, source: str, first: int) -> Iterator[InputError]:
    """The rows of a feed file that could not be read (`feeds.CsvRowError`), each skipped
    with its reason, by its number: one had stopped the whole file (audit 25b, item 1)."""
    from placeline.feeds import FeedError

    for number, row in enumerate(rows, start=first):
        if isinstance(row, FeedError):
            yield InputError(f"{source}:{number}", str(row))


def _noted(metadata: dict, note: str) -> dict:
    """`metadata` with `note` among its reading's warnings (when there is one)."""
    if note:
        metadata[READ_WARNINGS] = [note, *metadata.get(READ_WARNINGS, [])]
    return metadata


def max_bytes(source: str) -> int | None:
    """Largest file accepted: an archive may hold many articles, an article is small; a JSONL
    file has no limit of its own (each line has: it is read a line at a time)."""
    suffix = Path(source).suffix.lower()
    if suffix == ".jsonl":
        return None
    return ZIP_MAX_UPLOAD if suffix == ".zip" else FEED_MAX if suffix in FEED_FILES else \
        MAX_BYTES


def count_documents(data: bytes, source: str) -> int:
    """About how many items `read_bytes` yields for this file, counted without parsing it: a
    progress bar's total. A JSONL file's lines (a blank one too), a zip's members (a JSONL
    member's lines), else 1."""
    if Path(source).suffix.lower() == ".zip" or data[:4] == b"PK\x03\x04":
        return _zip_count(io.BytesIO(data))
    if Path(source).suffix.lower() == ".jsonl":
        return _line_count(io.BytesIO(data))
    if Path(source).suffix.lower() in FEED_FILES:
        from placeline.feeds import item_count

        return item_count(data, Path(source).suffix.lower())
    return 1


def count_documents_in(path: Path) -> int:
    """`count_documents` for a file `read_paths` reads (1 if it cannot be read)."""
    try:
        if path.suffix.lower() == ".jsonl":
            with open(path, "rb") as stream:
                return _line_count(stream)
        if path.suffix.lower() == ".zip" and path.stat().st_size <= ZIP_MAX_UPLOAD:
            with open(path, "rb") as stream:
                return _zip_count(stream)
        if path.suffix.lower() in FEED_FILES and path.stat().st_size <= FEED_MAX:
            return count_documents(path.read_bytes(), str(path))
    except OSError:
        pass
    return 1


def _line_count(stream: BinaryIO) -> int:
    lines, last = 0, b"\n"
    while chunk := stream.read(2**20):
        lines, last = lines + chunk.count(b"\n"), chunk[-1:]
    return max(lines + (last != b"\n"), 1)


def _zip_count(stream: BinaryIO) -> int:
    """Members, a JSONL one's lines each; 1 for an archive `_read_zip` refuses whole."""
    try:
        with zipfile.ZipFile(stream) as archive:
            members = _readable_members(archive)
            if len(members) > ZIP_MAX_MEMBERS or \
                    sum(m.file_size for m in members) > ZIP_MAX_TOTAL:
                return 1
            count = 0
            for member in members:
                readable = not member.flag_bits & ZIP_ENCRYPTED and \
                    member.file_size <= ZIP_MAX_RATIO * max(member.compress_size, 1)
                if readable and member.filename.lower().endswith(".jsonl"):
                    with archive.open(member) as handle:
                        count += _line_count(handle)
                else:
                    count += 1  # an article, or the reason it is skipped
            return max(count, 1)
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, zlib.error):
        return 1


# What operating systems and placeline itself leave beside articles: never an article, and not
# a file the user meant to give, so not one to report as skipped (an audit: a folder with a
# .DS_Store, and a Finder-made zip's __MACOSX/…/._NAME, had made a fully read ingest exit 3).
# Hidden files and folders (".DS_Store", "._NAME" AppleDouble, ".git", ".Trashes"), macOS's
# "__MACOSX" folder in archives, Windows' thumbnails, folder settings and drive folders.
SYSTEM_NAMES = frozenset({"__macosx", "thumbs.db", "ehthumbs.db", "desktop.ini", "icon\r",
                          "$recycle.bin", "system volume information"})
SQLITE_HEADER = b"SQLite format 3\x00"
_STORE_COMPANIONS = ("-wal", "-shm", "-journal", ".corrections.jsonl")  # (store.JOURNAL_SUFFIX)


# The folder a browser's "Save Page As… Web Page, Complete" writes beside NAME.html: the page's
# iframes, embeds, scripts, styles and images, never an article of its own (audit 22: a saved
# page's "NAME_files/" had added its embed and a sign-up box as two junk articles, one
# undated, reported its .css, .gif and .js as not read, and made a folder of one article
# exit 3). Chrome writes "_files"; Firefox and Internet Explorer the user's language's word.
RESOURCE_FOLDERS = ("_files", "-dateien", "_fichiers", "_archivos", "_arquivos", "_file",
                    "_bestanden", "-filer", "_pliki", "_soubory", "_tiedostot", "_filer")
_PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")


def page_resources(name: str, siblings: Iterable[str]) -> bool:
    """Whether a folder named `name` is the resources folder of a page among `siblings` (the
    names beside it): "Story_files" beside "Story.html". A folder so named with no page
    beside it ("archive_files") is read."""
    lowered = name.lower()
    stems = {stem for stem in (lowered[:-len(end)] for end in RESOURCE_FOLDERS
                               if lowered.endswith(end) and len(lowered) > len(end))}
    return bool(stems) and any(
        sibling.lower().endswith(_PAGE_SUFFIXES) and sibling.lower().rsplit(".", 1)[0] in stems
        for sibling in siblings)


def is_system_file(name: str) -> bool:
    """Whether a folder entry or an archive member's part is one of `SYSTEM_NAMES` or hidden
    ("..", a way out of an archive, is refused as unsafe: not passed over in silence)."""
    return (name.startswith(".") and name not in {".", ".."}) or name.lower() in SYSTEM_NAMES


def _is_store_file(path: Path) -> bool:
    """A SQLite database (a store kept beside the articles, the current one included), or
    its log, shared-memory index, rollback journal or corrections journal beside it: the
    store's own files had been reported as ".db ×1, .db-wal ×1, .db-shm ×1" not read, and a
    corrections journal read as a feed of articles without text."""
    name = path.name
    for suffix in _STORE_COMPANIONS:
        if name.endswith(suffix) and len(name) > len(suffix):
            return _has_sqlite_header(path.with_name(name[:-len(suffix)]))
    return path.suffix.lower() not in SUPPORTED and _has_sqlite_header(path)


def _has_sqlite_header(path: Path) -> bool:
    try:
        if not path.is_file():  # (never opened unless a regular file: a pipe would block)
            return False
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _system_member(name: str) -> bool:
    """An archive member under a hidden or system folder, or itself one."""
    return any(is_system_file(part) for part in PurePosixPath(name.replace("\\", "/")).parts)


def _readable_members(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """An archive's files but system files and a saved page's resources folder (a zipped
    "Web Page, Complete", as `_walk` passes it over on disk)."""
    members = [m for m in archive.infolist() if not m.is_dir() and not _system_member(m.filename)]
    parts = [_member_parts(m.filename) for m in members]
    beside: dict[tuple[str, ...], set[str]] = {}  # folder → the names in it
    for path in parts:
        for depth in range(len(path)):
            beside.setdefault(path[:depth], set()).add(path[depth])
    resources = {(*folder, name) for folder, names in beside.items() for name in names
                 if page_resources(name, names)}
    return [member for member, path in zip(members, parts, strict=True)
            if not any(path[:depth] in resources for depth in range(1, len(path)))]


def _member_parts(name: str) -> tuple[str, ...]:
    return PurePosixPath(name.replace("\\", "/")).parts


def _too_big(source: str, size: int, limit: int) -> InputError:
    """The refusal of a file over `limit`, with what to do about it."""
    split = ("split it into smaller archives" if limit == ZIP_MAX_UPLOAD else
             "a news article is a few KB: split the file into its articles, or give them "
             "as a JSONL file, one a line")
    return InputError(source, f"{_over_the_limit('the file is', size, limit)}; {split}")


def _over_the_limit(what: str, size: int, limit: int) -> str:
    """"WHAT 10.9 MB; the limit is 10 MB": in tenths of a MB where they show the size over
    the limit, else in bytes (11,440,033 bytes had been "the file is 10 MB; the limit is 10
    MB", rounded down, audit 22)."""
    tenths, most = round(size * 10 / 2**20), limit * 10 // 2**20
    if tenths <= most:  # (10 MB and one byte)
        return f"{what} {size:,} bytes; the limit is {_megabytes(most)} MB ({limit:,} bytes)"
    return f"{what} {_megabytes(tenths)} MB; the limit is {_megabytes(most)} MB"


def _megabytes(tenths: int) -> str:
    """A number of tenths of a MB, written without a needless ".0"."""
    return str(tenths // 10) if tenths % 10 == 0 else f"{tenths / 10:.1f}"


def _read_zip(data: bytes, source: str) -> Iterator[RawDocument | InputError]:
    """Documents inside a zip archive, read in memory: member names are only labels, never
    paths written to disk, so "../../etc/passwd" inside an archive can do no harm."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = _readable_members(archive)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        yield InputError(source, f"not a readable zip archive ({exc})")
        return
    if len(members) > ZIP_MAX_MEMBERS:
        yield InputError(source, f"the archive holds {len(members)} files; the limit is "
                                 f"{ZIP_MAX_MEMBERS}")
        return
    declared = sum(m.file_size for m in members)
    if declared > ZIP_MAX_TOTAL:
        yield InputError(source, _over_the_limit("the archive would unpack to", declared,
                                                ZIP_MAX_TOTAL))
        return
    unpacked = 0
    for member in members:
        where = f"{source}/{member.filename}"
        name = PurePosixPath(member.filename.replace("\\", "/"))
        if name.is_absolute() or ".." in name.parts:
            yield InputError(where, "unsafe path inside the archive (absolute or with ..); "
                                    "skipped")
            continue
        if name.suffix.lower() == ".zip":
            yield InputError(where, "a zip inside the archive: nested archives are not opened")
            continue
        if name.suffix.lower() not in SUPPORTED:
            yield InputError(where, f"unsupported file type {name.suffix or '(none)'} inside "
                                    "the archive")
            continue
        if member.flag_bits & ZIP_ENCRYPTED:  # zipfile's own refusal names a ZipInfo repr
            yield InputError(where, "encrypted (the archive needs a password); skipped")
            continue
        if member.compress_size and member.file_size / member.compress_size > ZIP_MAX_RATIO:
            yield InputError(where, f"compressed more than {ZIP_MAX_RATIO}:1 (a zip bomb?); "
                                    "skipped")
            continue
        if name.suffix.lower() == ".jsonl":  # read as it unpacks, a line at a time
            unpacked += member.file_size  # (zipfile never unpacks more than a member declares)
            yield from _member_time(
                _read_zip_jsonl(archive, member, f"{source}/{name.as_posix()}"), member)
            continue
        try:
            with archive.open(member) as handle:
                content = handle.read(min(MAX_BYTES, ZIP_MAX_TOTAL - unpacked) + 1)
        except (zipfile.BadZipFile, OSError, RuntimeError, ValueError) as exc:
            yield InputError(where, f"cannot unpack ({exc})")
            continue
        unpacked += len(content)
        if len(content) > MAX_BYTES:
            yield InputError(where, f"the file unpacks to over {MAX_BYTES // 2**20} MB; "
                                    "skipped")
            continue
        if unpacked > ZIP_MAX_TOTAL:
            yield InputError(where, "the archive unpacks to more than declared; stopped")
            return
        yield from _member_time(read_bytes(content, f"{source}/{name.as_posix()}"), member)


def _member_time(items: Iterable[RawDocument | InputError],
                 member: zipfile.ZipInfo) -> Iterator[RawDocument | InputError]:
    """Documents of an archive's member, each with its time (`FILE_TIME`; a zip keeps it in
    local time, to two seconds)."""
    try:
        stamp = file_time(dt.datetime(*member.date_time).timestamp())
    except (ValueError, OverflowError, OSError):
        stamp = None
    for item in items:
        if stamp and isinstance(item, RawDocument):
            item.metadata[FILE_TIME] = stamp
        yield item


def _read_zip_jsonl(archive: zipfile.ZipFile, member: zipfile.ZipInfo,
                    source: str) -> Iterator[RawDocument | InputError]:
    """A JSONL member's articles, unpacked as they are read; a member damaged halfway ends
    with its reason after the articles before the damage."""
    try:
        with archive.open(member) as handle:
            yield from _read_jsonl(handle, source)
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, zlib.error) as exc:
        yield InputError(source, f"cannot unpack ({exc})")


def _read_jsonl(stream: BinaryIO, source: str,
                first: int = 1) -> Iterator[RawDocument | InputError]:
    """One article per line: {"text", "title"?, "date"/"published"/"datePublished"?, "url"?,
    "id"?}. `stream` must be seekable (a file, an upload's bytes, a zip member); `first`:
    the number of its first line (a CSV's rows: 2)."""
    head = stream.read(4096)
    stream.seek(0)
    encoding = _lines_encoding(head)
    if b"\x00" in head and encoding is None:
        yield InputError(source, "the file is binary, not text")
        return
    marked = head.startswith(tuple(mark for mark, _ in _BYTE_ORDER_MARKS))
    unmarked = utf16_note(encoding) if encoding and not marked else ""
    if spread := _json_spread(head):
        yield InputError(source, spread)
        return
    orders, stamps = _feed_scan(stream, head)
    read = False
    for number, line in _jsonl_lines(stream, head, source, first):
        if isinstance(line, InputError):
            read = True
            yield line
            continue
        line, note = line if isinstance(line, tuple) else (line, "")
        if not line.strip():
            continue
        read = True
        row = _jsonl_row(line, source, number, orders, stamps)
        if isinstance(row, RawDocument):
            _noted(row.metadata, note or unmarked)
        yield row
    if not read:
        yield InputError(source, "the file is empty")


# An indented key, as pretty-printed JSON writes each on its line ('  "title": "Floods"').
_INDENTED_KEY = re.compile(r'\s+"(?:[^"\\]|\\.)*"\s*:')


def _json_spread(head: bytes) -> str:
    """Why a JSONL file is no JSON Lines, when its start shows JSON spread over lines (a
    JSON array, as scrapers and CMS exports write, or objects pretty-printed): an array saved
    as .jsonl had been told as 14 "malformed JSON" lines, one a line of the file, without a
    word of what JSON Lines is (an audit). "" for a file read line by line, each bad line
    told (a feed with one broken row is still read)."""
    encoding = _lines_encoding(head) or "utf-8"
    lines = [line for line in head.decode(encoding, "replace").lstrip("\ufeff").split("\n")
             if line.strip()]
    if not lines:
        return ""
    first = lines[0].strip()
    try:
        whole = json.loads(first)
    except ValueError:
        whole = None
        if first.startswith("["):
            return _NOT_LINES.format(what="a JSON array", how="jq -c '.[]'")
        if first.startswith("{") and (first == "{" or len(lines) > 1 and
                                      _INDENTED_KEY.match(lines[1])):
            return _NOT_LINES.format(what="pretty-printed JSON", how="jq -c .")
    if isinstance(whole, list) and len(lines) == 1:
        return _NOT_LINES.format(what="a JSON array", how="jq -c '.[]'")
    return ""


_NOT_LINES = ("the file is {what}, not JSON Lines: placeline reads one article object per "
              'line ({{"title": …, "text": …}}); write each on a line of its own, e.g. '
              "`{how} FILE > FILE.jsonl`")
def unsupported(suffix: str) -> str:
    """Why a file of this suffix is not read."""
    return f"unsupported file type {suffix or '(none)'}; expected {', '.join(SUPPORTED)}"


def unsupported_file(path: Path) -> str:
    """Why a file named to ingest is not read: placeline's own GeoJSON export said so, and
    what moves a store (audit 31: it had been only "unsupported file type .geojson")."""
    from placeline import feeds

    if path.suffix.lower() in {".geojson", ".json"}:
        try:
            with open(path, "rb") as stream:
                if feeds.looks_like_export_geojson(stream.read(8192)):
                    return feeds.export_note("GeoJSON")
        except OSError:
            pass  # (the suffix's reason, as before)
    return unsupported(path.suffix)


def _feed_scan(stream: BinaryIO, head: bytes) -> tuple[dict[str, dict], dict[str, dict]]:
    """What a feed's rows are read with, from one pass before them: the order it writes its
    numeric dates in (`_prove_order`) and the sites whose stamps are dates (`_stamp_sites`,
    which reads it again only for a feed of both kinds of stamp). The stream is left at its
    start."""
    proofs: dict[str, dict[str, str]] = {}
    kinds: Counter[str] = Counter()
    clocks = _Clocks()
    for line in _scan_lines(stream, head):
        _prove_order(line, proofs)
        values = _line_stamps(line)
        kinds[stamps_kind(values)] += 1
        clocks.add(values)
    orders = {site: {"order": next(iter(found)), "by": next(iter(found.values())),
                     "site": site} for site, found in proofs.items() if len(found) == 1}
    return orders, _stamp_sites(stream, head, kinds, clocks)


def _prove_order(line: str, proofs: dict[str, dict[str, str]]) -> None:
    """The order a feed writes its numeric dates in, as one of them proves ("11/13/2024":
    month first; "13/11/2024": day first), read before its rows, so that its "11/05/2024"
    is read that way: a US feed's had been 11 May, in silence (an audit). Per site
    (`row_site`: the URL's host, else the row's source), as an aggregated feed mixes sites
    that write dates both ways (a Chicago row's "03/13/2024" had made a BBC row's
    "05/03/2024" 3 May — audit 20); under "" the whole file's, for rows naming no site.
    Added to `proofs` (site → order → the value proving it); an order holds where it is a
    site's only one."""
    found = {}
    for match in _FEED_DATE.finditer(line) if re.search(r"\d[/-]\d", line) else ():
        first, second = int(match[3]), int(match[5])
        if (first > 12) != (second > 12):
            found.setdefault("day" if first > 12 else "month", match["date"])
    if found:
        site = _line_site(line)
        for key in {"", site}:
            for order, by in found.items():
                proofs.setdefault(key, {}).setdefault(order, by)


def _clock(value: object) -> tuple[int, int, int, bool, bool] | None:
    """(hour, minute, second, whole second?, in UTC?) of a stamp with a time and an offset
    (ISO, RSS, a Unix time); None for another value."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    if epoch := _EPOCH_VALUE.fullmatch(value.strip()):
        whole = not (epoch["millis"] or "").strip("0") and not (epoch["fraction"] or "").strip("0")
        seconds = int(epoch["seconds"]) % 86400
        return seconds // 3600, seconds // 60 % 60, seconds % 60, whole, True
    time = _STAMP_TIME.search(value)
    zone = (time["zone"] or "").upper() if time else ""
    if not zone:
        return None
    return (int(time["hour"]), int(time["minute"]), int(time["second"] or 0),
            not (time["fraction"] or "").strip("0"),
            zone in {"Z", "UTC", "GMT"} or not zone.strip("+-:0"))


def stamp_kind(value: object) -> str:
    """What a publication date's value tells of its time: "midnight", on the hour in UTC at
    midnight west of it (`MIDNIGHT_WEST`: "2024-03-05T05:00:00+0000", a Unix time of 05:00);
    "instant", another time with an offset ("…T05:17:00Z", "…T19:00:00-08:00"); "" for none
    (a date alone, a time without an offset, midnight at its offset)."""
    return _clock_kind(_clock(value))


def _clock_kind(clock: tuple[int, int, int, bool, bool] | None) -> str:
    """`stamp_kind` of a stamp's `_clock`, read once."""
    if clock is None or clock[:4] == (0, 0, 0, True):
        return ""
    hour, minute, second, whole, utc = clock
    on_the_hour = whole and (minute, second) == (0, 0)
    return "midnight" if utc and on_the_hour and hour in MIDNIGHT_WEST else "instant"


def stamp_clock(value: object) -> str:
    """The time of day of a stamp in UTC that is some zone's midnight ("22:00" for
    "2024-03-04T22:00:00Z", `ZONE_MIDNIGHTS`); "~" for another instant (minutes, seconds,
    the writer's own offset); "" for none (`stamp_kind`)."""
    clock = _clock(value)  # (once: it had been read again after `stamp_kind` read it)
    if not _clock_kind(clock):
        return ""
    hour, minute, second, whole, utc = clock
    time = f"{hour:02}:{minute:02}"
    return time if utc and whole and second == 0 and time in ZONE_MIDNIGHTS else "~"


def stamps_clock(values: Iterable[object]) -> str:
    """The one `stamp_clock` of a row's stamps; "~" where they differ, "" where none has one."""
    clocks = {stamp_clock(value) for value in values} - {""}
    return (clocks.pop() if len(clocks) == 1 else "~") if clocks else ""


_ISO_DAY = re.compile(r"(\d{4})-?(\d\d)-?(\d\d)")


def _stamp_day(value: object) -> dt.date | str:
    """The day (UTC) a stamp in UTC is on: its ISO or RSS date, or a Unix time's; the value
    itself if none is read. (Stories stamped at one instant are told from dates at one time
    of day by it: `_Clocks`.)"""
    text = str(value).strip()
    try:
        if epoch := _EPOCH_VALUE.fullmatch(text):
            return dt.datetime.fromtimestamp(int(epoch["seconds"]), dt.UTC).date()
        if day := _ISO_DAY.match(text):
            return dt.date(int(day[1]), int(day[2]), int(day[3]))
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, OverflowError):
        return text


@dataclass
class _Clocks:
    """The times of day of a feed's or a site's stamps (`stamps_clock`): how many lines
    are at each, and on which days (three are enough to know: `EAST_DAYS`)."""

    lines: Counter[str] = field(default_factory=Counter)
    days: dict[str, set[dt.date | str]] = field(default_factory=dict)
    # (day, hour) of each stamp on the hour at midnight west of UTC (`stamp_kind`)
    west: set[tuple[dt.date | str, int]] = field(default_factory=set)

    def add(self, values: list) -> None:
        clock = stamps_clock(values)
        self.lines[clock] += 1
        seen = self.days.setdefault(clock, set()) if clock not in {"", "~"} else None
        if seen is not None and len(seen) < EAST_DAYS:
            seen.update(_stamp_day(value) for value in values if stamp_clock(value) == clock)
        self.west.update((_stamp_day(value), _clock(value)[0]) for value in values
                         if stamp_kind(value) == "midnight")

    def one_zone_west(self) -> bool:
        """Whether the stamps on the hour west of UTC may be one zone's midnights (`west`):
        each day at one hour, and the hours one, or a zone's in summer and in winter time
        (`zones.midnight_zones`: New York's 05:00 and 04:00 on either side of 10 March
        2024). Two evening stories in Los Angeles, at 03:00 and 04:00 UTC on one day, had
        been taken for dates, a day late (audit 21): midnight at UTC-3 and at UTC-4, no one
        zone's."""
        hours: dict[dt.date | str, set[int]] = {}
        for day, hour in self.west:
            hours.setdefault(day, set()).add(hour)
        if any(len(at) > 1 for at in hours.values()):
            return False
        if len({hour for _, hour in self.west}) <= 1:
            return True
        if not all(isinstance(day, dt.date) for day in hours):
            return False
        return bool(midnight_zones(dt.datetime.combine(day, dt.time(hour), dt.UTC)
                                   for day, hour in self.west))

    def one_zone(self) -> str:
        """The one time of day of every stamp, if it is a zone's midnight and is so on two
        days at least ("" if not): stories stamped at one instant are a batch as often as
        they are a day (four Los Angeles fires at 01:00 UTC on one day, audit 19)."""
        times = [clock for clock in self.lines if clock]
        if len(times) != 1 or times[0] not in ZONE_MIDNIGHTS:
            return ""
        days, zone = len(self.days.get(times[0], ())), ZONE_MIDNIGHTS[times[0]]
        if zone.startswith("+"):  # (as strings: "+10:00" > "+09:30")
            return times[0] if zone <= EAST_MIDNIGHT_LAST and days >= EAST_DAYS else ""
        return times[0] if days >= 2 else ""

    def may_be_dated(self) -> bool:
        """Whether some of the lines may be a site's dates (`one_zone`)."""
        return any(len(days) >= 2 for days in self.days.values())


def stamps_kind(values: Iterable[object]) -> str:
    """"instant" if any value is one (`stamp_kind`), else "midnight" if any is one, else ""."""
    kinds = {stamp_kind(value) for value in values}
    return "instant" if "instant" in kinds else "midnight" if "midnight" in kinds else ""


# A publication date field of a feed's line and its value, a string or a Unix time.
# (MongoDB's {"$date": …} too, `mongodb_date`.)
_FEED_STAMP = re.compile(r'"(?:' + "|".join(map(re.escape, DATE_FIELDS)) + r')"\s*:\s*'
                         r'(?:\{\s*"\$date"\s*:\s*(?:\{\s*"\$numberLong"\s*:\s*)?)?'
                         r'(?:"(?P<text>[^"\\]{0,60})"|(?P<number>\d{10}[\d.]*))')


def _line_stamps(line: str) -> list[str]:
    """The publication date stamps of a feed's line, read without parsing its JSON."""
    return [m["number"] if m["text"] is None else m["text"] for m in _FEED_STAMP.finditer(line)]


def row_dated(record: Mapping[str, object], dating: Mapping[str, object]) -> bool:
    """Whether a feed row's stamps are dates by its site's `dating` (`_dated_stamps`)."""
    values = [record.get(key) for key in DATE_FIELDS]
    if "time" in dating:
        return stamps_clock(values) == dating["time"]
    return stamps_kind(values) == "midnight"


def _dated_stamps(site: str, kinds: Counter[str], clocks: _Clocks) -> dict | None:
    """How a site's stamps are dates written as local midnight in UTC (`STAMP_DATE`), if
    they are (`kinds`, `clocks`: its lines by `stamps_kind` and `stamps_clock`): every stamp
    with a time and an offset is on the hour at midnight west of UTC, at one hour or at
    those of one zone's summer and winter time (`_Clocks.one_zone_west`: review 20, audit
    21), two at least, so that a feed of one stamp, whose 03:00 UTC may be 19:00 in Los
    Angeles, keeps its instant (a review), as two at 03:00 and 04:00 on one day do; or
    every one is at one time of day on two days at least, a zone's midnight east of UTC or
    west at another hour (`_Clocks.one_zone`, `ZONE_MIDNIGHTS`: {"time": "22:00", "zone":
    "+02:00"}), where news is timed through the working day of the Americas and Europe."""
    if kinds["midnight"] >= 2 and not kinds["instant"] and clocks.one_zone_west():
        return {"stamps": kinds["midnight"], "site": site}
    if time := clocks.one_zone():
        return {"stamps": clocks.lines[time], "site": site, "time": time,
                "zone": ZONE_MIDNIGHTS[time]}
    return None


def _stamp_sites(stream: BinaryIO, head: bytes, kinds: Counter[str],
                 clocks: _Clocks) -> dict[str, dict]:
    """The sites (`row_site`) of a feed whose stamps are dates written as local midnight in
    UTC (`_dated_stamps`): a site of which one stamp has minutes, or another hour, keeps its
    instants. Under `ALL_ROWS` the whole file's, where its stamps are such dates (`kinds`,
    `clocks`: the file's lines counted; the lines are read again, by site, only where some
    of them may be such dates). The stream is left at its start."""
    if dating := _dated_stamps("", kinds, clocks):
        return {ALL_ROWS: dating}
    if kinds["midnight"] < 2 and not clocks.may_be_dated():
        return {}
    by_site: dict[str, tuple[Counter[str], _Clocks]] = {}
    for line in _scan_lines(stream, head):
        values = _line_stamps(line)
        if kind := stamps_kind(values):
            site_kinds, site_clocks = by_site.setdefault(_line_site(line), (Counter(), _Clocks()))
            site_kinds[kind] += 1
            site_clocks.add(values)
    return {site: dating for site, (site_kinds, site_clocks) in by_site.items()
            if (dating := _dated_stamps(site, site_kinds, site_clocks))}


ALL_ROWS = "*"  # (`_stamp_sites`: every row of the file, of a site or of none)


def _scan_lines(stream: BinaryIO, head: bytes) -> Iterator[str]:
    """Each line of a feed as text, for a scan before its rows (UTF-8 unless a byte-order
    mark names another encoding; a byte it cannot read is U+FFFD, where a scan wants only
    keys, dates and addresses); the stream is left at its start."""
    encoding = _lines_encoding(head)
    text = io.TextIOWrapper(stream, encoding, errors="replace", newline="\n") if encoding \
        else None
    try:
        if text:
            yield from iter(text.readline, "")
        else:
            for line in iter(lambda: stream.readline(MAX_BYTES), b""):
                yield line.decode("utf-8", "replace")
    finally:
        if text:
            text.detach()  # (closing the wrapper would close the stream)
        stream.seek(0)


def _line_site(line: str) -> str:
    """The site of a feed's line (`row_site`), "" if it names none or is no JSON object."""
    try:
        record = json.loads(line)
    except ValueError:
        return ""
    return row_site(record) if isinstance(record, dict) else ""


def row_site(record: Mapping[str, object]) -> str:
    """The site a feed's row comes from: its URL's host without "www.", else the name of its
    source ("BBC News", NewsAPI's {"name": …}); "" if neither."""
    url = record.get("url", record.get("link"))
    host = urlsplit(url.strip()).hostname if isinstance(url, str) else None
    if host:
        return host.removeprefix("www.")
    source = record.get("source")
    source = source.get("name") if isinstance(source, dict) else source
    return f"source: {' '.join(source.split())}" if isinstance(source, str) and \
        source.strip() else ""


def _lines_encoding(head: bytes) -> str | None:
    """The encoding of a JSONL file beginning with `head` where it is no UTF-8: the one its
    byte-order mark names, else UTF-16's byte order where it holds NULs (`utf16_order`: a
    JSONL file saved as UTF-16 without a mark had been refused, audit 23's Latin text told
    to be saved as UTF-8, a Chinese one as binary); None for UTF-8 (or bytes of no text)."""
    marked = next((e for mark, e in _BYTE_ORDER_MARKS if head.startswith(mark)), None)
    return marked or (utf16_order(head) if b"\x00" in head else None)


def _jsonl_lines(stream: BinaryIO, head: bytes, source: str, first: int = 1,
                 ) -> Iterator[tuple[int, str | tuple[str, str] | InputError]]:
    """(number, text) of each line ((text, warning) where its encoding is a poor guess), or
    the reason it cannot be read. A line ends at "\n" only (JSON Lines; a "\r" before it is
    JSON whitespace): str.splitlines() also breaks at U+0085, U+2028, U+2029, \v, \f and
    \x1c-\x1e, which JSON strings may hold as they are."""
    encoding = _lines_encoding(head)
    if encoding is None:
        lines = _capped_lines(stream.readline, b"\n")
    else:  # Windows' "Unicode" text, whose "\n" is two or four bytes
        text = io.TextIOWrapper(stream, encoding, errors="replace", newline="\n")
        lines = _capped_lines(text.readline, "\n")
    for number, line in enumerate(lines, start=first):
        where = f"{source}:{number}"
        if line is None:
            yield number, InputError(where, f"the line is over {MAX_BYTES // 2**20} MB, the "
                                            "limit for one article")
        elif isinstance(line, bytes):
            yield number, _decoded_line(line, where, number)
        else:
            yield number, line


def _capped_lines(readline: Callable[[int], AnyStr], newline: AnyStr,
                  ) -> Iterator[AnyStr | None]:
    """Each line, or None for one longer than MAX_BYTES, which is skipped without ever being
    held whole (a JSONL "line" of a gigabyte is a broken file, not an article)."""
    while line := readline(MAX_BYTES + 1):
        if len(line) <= MAX_BYTES or line.endswith(newline):
            yield line
            continue
        while (rest := readline(MAX_BYTES)) and not rest.endswith(newline):
            pass
        yield None


def _decoded_line(raw: bytes, where: str,
                  number: int) -> str | tuple[str, str] | InputError:
    """UTF-8, as JSON Lines are, a stray byte read alone (`utf8_with_strays`: line `number`
    of its file); else the line's most likely legacy encoding (cp1252, …), guessed line by
    line, with `decode_noted`'s warning if it has one."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if strays := utf8_with_strays(raw, number):
        return strays
    try:
        text, note = decode_noted(raw, where)
    except InputError as exc:
        return exc
    return (text, note) if note else text


def _jsonl_row(line: str, source: str, number: int, orders: Mapping[str, dict] | None = None,
               stamps: Mapping[str, dict] | None = None) -> RawDocument | InputError:
    """A row's document; `orders`: the order its feed's numeric dates are written in, by
    site (`_feed_scan`); `stamps`: the sites whose stamps are dates (`_stamp_sites`)."""
    where = f"{source}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(where, f"malformed JSON ({exc.msg})")
    if not isinstance(record, dict):
        return InputError(where, "the line is not a JSON object")
    record, lone = _lone_surrogates(record, line, source, number)
    record = _aliased(renamed_fields({key: mongodb_date(value) for key, value in record.items()}))
    given = row_text(record)
    body = _rendered(record.get(given)) if given else None
    if not isinstance(body, str):
        return InputError(where, _no_text(record))
    metadata = {k: record[k] for k in ("url", "id", "source", *DATE_FIELDS) if record.get(k)}
    odd = ""
    if "url" in metadata and not isinstance(metadata["url"], str):
        url, odd = _address(metadata.pop("url"))
        metadata.update({"url": url} if url else {})
    if isinstance(metadata.get("url"), str):  # (a CSV or JSON of Google Alerts' items too)
        metadata["url"] = redirect_target(metadata["url"])
    if looks_like_html(body) or _HTML_MARKUP.search(body):
        body, page = read_html(body, whole=not looks_like_html(body))
        metadata = {**page, **metadata}  # (the row's own fields first)
        if not body.strip():
            return InputError(where, f'no article text in the HTML of the "{given}" field')
    else:  # (plain text: a stray <br> is a line break, not a word of it)
        body = _BREAK.sub("\n", body)
    body, cut = _without_truncation_mark(body, given)
    if not body.strip():  # (before the title: "Floods in Ely" and "   " had been stored as
        return InputError(where, f'the "{given}" field is empty')  # an article, an audit)
    title = _rendered(record.get("title"))
    if isinstance(record.get("title"), dict) and isinstance(title, str):
        title = html_text(title)  # (WordPress: "&#8217;")
    elif isinstance(title, str):  # (NewsAPI's "Ukraine&#039;s grain")
        title = title_text(title)
    if isinstance(title, str) and title.strip():
        body = f"{_one_line(title)}\n\n{body}"
    if order := (orders or {}).get(row_site(record)):  # (the file's for a row of no site)
        metadata[DATE_ORDER] = order
    dating = (stamps or {}).get(ALL_ROWS) or (stamps or {}).get(row_site(record))
    if dating and row_dated(record, dating):
        metadata[STAMP_DATE] = dating
    modified = next((record[k] for k in MODIFIED_FIELDS if _looks_like_a_date(record.get(k))),
                    None)
    if modified is not None:  # (the row's own, over its HTML's)
        metadata[LAST_MODIFIED] = str(modified)
    for warning in (lone, odd, _summary_read(given), cut, _unread_dates(record, metadata)):
        if warning:
            metadata[READ_WARNINGS] = [*metadata.get(READ_WARNINGS, []), warning]
    return RawDocument(f"{source}#{row_name(record.get('id'), number)}", body, metadata)


# A JSON string's escape of half a UTF-16 pair, or such a half itself (`_lone_surrogates`).
_SURROGATE_IN_JSON = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}|[\ud800-\udfff]")


def _lone_surrogates(record: dict, line: str, source: str, number: int) -> tuple[dict, str]:
    """A row with each lone surrogate read as U+FFFD (`text.lone_surrogates_replaced`), and
    the warning naming its line (a feed's row) and field; "" for a row with none, as its
    line tells at once of nearly every row. A pair of escapes is one character, and no
    warning ("\\ud83d\\ude00": 😀)."""
    if not _SURROGATE_IN_JSON.search(line):
        return record, ""
    replaced, found = lone_surrogates_replaced(record)
    if not found:
        return record, ""
    row = "line" if Path(source).suffix.lower() == ".jsonl" else "row"
    return replaced, lone_surrogate_note(f'{row} {number}: the "{found[0][0]}" field',
                                         [escape for _, escape in found])


def mongodb_date(value: object) -> object:
    """A date of MongoDB's Extended JSON, as `mongoexport` writes one, as the value it holds:
    {"$date": "2024-03-05T10:00:00Z"} its string, {"$date": {"$numberLong": "1709632800000"}}
    or {"$date": 1709632800000} (milliseconds since 1970) the instant in ISO form, in UTC.
    Such rows had been undated, their date "{'$date': …}" read by no rule (audit 21). Any
    other value as it is."""
    if not (isinstance(value, dict) and len(value) == 1 and "$date" in value):
        return value
    date = value["$date"]
    if isinstance(date, str):
        return date
    if isinstance(date, dict) and len(date) == 1:
        date = date.get("$numberLong")
    try:
        millis = int(date) if isinstance(date, str | int | float) and \
            not isinstance(date, bool) else None
        instant = dt.datetime(1970, 1, 1, tzinfo=dt.UTC) + dt.timedelta(milliseconds=millis)
    except (TypeError, ValueError, OverflowError):
        return value
    fraction = f".{millis % 1000:03}" if millis % 1000 else ""
    return f"{instant:%Y-%m-%dT%H:%M:%S}{fraction}Z"


def _address(value: object) -> tuple[str, str]:
    """(the web address in a row's "url" that is no string, why none is taken): the first
    http(s) one of a list (a canonical and an AMP link) or an object's "href" or "url".
    Such a value had been stored as its Python repr ("['https://…', '…']", "42"), exported
    so, never linked, and two stories of one odd value taken for one source (an audit)."""
    found = [value.get("href"), value.get("url")] if isinstance(value, dict) else \
        list(value) if isinstance(value, list) else []
    for item in found:
        if isinstance(item, str) and re.match(r"\s*https?://", item, re.IGNORECASE):
            return item.strip(), ""
    kind = "true or false" if isinstance(value, bool) else \
        "a number" if isinstance(value, int | float) else \
        "a list holding no web address" if isinstance(value, list) else \
        "an object holding no web address" if isinstance(value, dict) else "no text"
    return "", f'the "url" field is {kind}, not a web address; left out'


def _rendered(value: object) -> object:
    """A field's value, or its "rendered" string where it is an object holding one, as the
    WordPress REST API gives a post's text and title ({"rendered": "<p>…</p>"})."""
    if isinstance(value, dict) and isinstance(value.get("rendered"), str):
        return value["rendered"]
    return value


# A row's text where it has no "text" field, as feeds and exports name it: a JSON Feed's
# content_text and content_html, RSS's content:encoded and description, NewsAPI's content,
# schema.org's articleBody, a CMS's body (audit 22: each row of them had been skipped, 'the
# line has no "text" field'). The longest is read: a feed's description is often a summary
# of its content, and NewsAPI's content is cut where its description is shorter still.
TEXT_FIELDS = ("text", "body", "articleBody", "article", "content_text", "content:encoded",
               "content_html", "content", "full_text", "maintext", "description", "summary",
               "contentSnippet")
# Fields feeds give a summary in: read only where the row has no other text, and said so.
SUMMARY_FIELDS = frozenset({"description", "summary", "contentSnippet"})
# A field's other names, taken where a row has none of the name placeline reads: RSS's
# "link" and "guid", schema.org's "headline".
_ALIASES = {"url": "link", "id": "guid", "title": "headline"}


def row_text(record: Mapping[str, object]) -> str | None:
    """The field a row's text is read from: "text" where the row has one, else the longest
    string of `TEXT_FIELDS` (a body read over a summary); None for a row with none."""
    if "text" in record:
        return "text"
    given = [(len(value), -rank, name) for rank, name in enumerate(TEXT_FIELDS)
             if isinstance(value := _rendered(record.get(name)), str) and value.strip()]
    return max(given)[2] if given else None


# NewsAPI's mark of the characters its "content" leaves out: "… nine people were killed…
# [+2500 chars]". It had been stored, shown and read as the story's end (audit 23).
_TRUNCATION_MARK = re.compile(r"\s*\[\+\s*(\d[\d,]*)\s+chars?\]\s*$")


def _without_truncation_mark(body: str, given: str | None) -> tuple[str, str]:
    """A row's text without a feed's mark of its cut (`_TRUNCATION_MARK`), and the warning
    that it is only the story's start ("" where it has none)."""
    mark = _TRUNCATION_MARK.search(body)
    if not mark:
        return body, ""
    return body[:mark.start()], (
        f'the row\'s "{given}" is only the story\'s first lines, {mark[1]} characters more '
        'left out (it ended "[+' + mark[1] + ' chars]", as NewsAPI cuts its content): '
        "places the story names further on are missed")


def _aliased(record: dict) -> dict:
    """A row with its fields' other names (`_ALIASES`) under the names placeline reads,
    where it has none of those."""
    for name, alias in _ALIASES.items():
        if name not in record and record.get(alias) is not None:
            record[name] = record[alias]
    return record


def _summary_read(given: str | None) -> str:
    """The warning for a row whose text is a summary field's ("" for another)."""
    if given not in SUMMARY_FIELDS:
        return ""
    return (f'the row\'s only text is its "{given}", read as the article: a feed\'s {given} '
            "often gives only the story's first lines, so places it names further on are "
            "missed")


def _no_text(record: dict) -> str:
    """Why a row has no text to read: no "text" field, or one that is no string (an audit:
    {"text": ["Floods hit Bath", "on Monday."]} had been said to have none)."""
    if isinstance(record.get("items"), list):  # (a JSON Feed written on one line)
        return ('the line is a feed, its articles under "items": name the file .json, which '
                "placeline reads, or write one a line: `jq -c '.items[]' FILE > FILE.jsonl`")
    if "text" not in record:
        return (f'the line has no "text" field (nor {", ".join(TEXT_FIELDS[1:5])}, '
                f'{", ".join(TEXT_FIELDS[5:8])}, story, copy, description or summary, in any '
                f'case); {how_to_name_the_text(list(record), "fields")}')
    value = record["text"]
    kind = "null" if value is None else "true or false" if isinstance(value, bool) else \
        "a list" if isinstance(value, list) else "a number" if isinstance(value, int | float) \
        else 'an object without a "rendered" string'
    return f'the "text" field is {kind}, not a string'


# A row's text is HTML (a WordPress export's content.rendered, an RSS content:encoded) when it
# is a page, or holds markup as markup is written: an element of text around its words
# ("<b>York</b>", "<p>Floods…</p>"), a tag with an attribute ("<a href=…>"), or a tag to
# begin with. Its tags had been stored and read as words, and a city in its <script> placed
# (an audit). A mention of tags in plain text ("the page used a <div> and a </div> tag")
# is none: read as HTML, it had lost those words; nor is one stray <br>, which had joined
# the row's paragraphs (a review). "< -20C" is no markup either.
_ELEMENTS = (r"p|div|span|a|b|i|u|em|strong|small|mark|sup|sub|q|cite|li|ul|ol|h[1-6]|"
             r"blockquote|section|article|figure|figcaption|table|tr|td|th|script|style")
_HTML_MARKUP = re.compile(
    rf"<(?P<tag>{_ELEMENTS})(?:\s[^<>]*)?>[^\s<][^<]*</(?P=tag)\s*>"
    r"|<[a-z][a-z0-9]*\s+[a-z-]+\s*=\s*[\"']"
    rf"|^\s*<(?:{_ELEMENTS})[\s/>]", re.IGNORECASE)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _unread_dates(record: dict, metadata: Mapping[str, object]) -> str:
    """The warning for a row no field of DATE_FIELDS dates but another field seems to ("" if
    none). It names the fields, not their values, so a feed's rows give one warning, which
    the report says once for them all (`IngestReport.warning_lines`)."""
    if any(key in metadata for key in (*DATE_FIELDS, "published_time", "pubdate", "time")):
        return ""
    fields = [key for key, value in record.items()
              if _DATE_LIKE.search(key) and _looks_like_a_date(value)]
    if not fields:
        return ""
    return (f"the date-like field{'s' if len(fields) > 1 else ''} {', '.join(fields)} "
            f"{'were' if len(fields) > 1 else 'was'} not read as the row's publication date "
            f"(placeline reads {', '.join(DATE_FIELDS[:5])}, pubDate, …); rename the field to "
            '"date" if it holds the publication date')


# A value that may be a date: it holds a year ("2024-03-05T10:00:00Z", "Tue, 05 Mar 2024"), a
# day, month and short year ("05/03/24"), or is a Unix time in seconds or milliseconds. A
# field's name alone had called reading_time ("4 min") a date (a review).
_DATE_VALUE = re.compile(r"(?<!\d)(?:1[89]|2[01])\d\d(?!\d)|\d\d?([/.-])\d\d?\1\d\d"
                         r"|^\s*\d{9,13}(?:\.\d+)?\s*$")


def _looks_like_a_date(value: object) -> bool:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return False
    return _DATE_VALUE.search(str(value)) is not None


def _one_line(title: str) -> str:
    """A title's lines joined by spaces: the title is the text's first line, and the rest of
    a title with a line break would be read as a sentence of the story (with its events)."""
    return " ".join(part.strip() for part in title.splitlines() if part.strip())


def row_name(given: object, number: int) -> object:
    """A row's "id" names it, else its line number: a null, blank or nested "id" too, which
    would name it "#None", "#" or "#{…}"."""
    if isinstance(given, bool) or not isinstance(given, str | int | float):
        return number
    return given if str(given).strip() else number


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Expand folders (sorted, recursive) into supported files; report what is unusable: an
    entry that cannot be read (a link into a protected folder, a folder we may not list) is
    skipped with its reason, and a folder's files of other types are summed up in one line."""
    for raw in paths:
        path = Path(raw)
        try:
            is_dir, is_file = path.is_dir(), path.is_file()
        except OSError as exc:  # e.g. a link into a folder we may not enter
            yield InputError(str(path), f"cannot read ({_reason(exc)})")
            continue
        if is_dir:
            if not _resources_folder(path):  # (`ingest saved/*` names it: passed over)
                yield from _folder_files(path)
        elif is_file:
            if passed_over(path):
                continue  # (`ingest stories/*` names the store kept there, and Thumbs.db)
            if path.suffix.lower() in SUPPORTED:
                yield path
            else:
                yield InputError(str(path), unsupported_file(path))
        else:
            yield InputError(str(path), not_a_file(path) or "no such file or folder")


def passed_over(path: Path) -> str:
    """Why `iter_paths` passes over a file given by name, not read nor skipped ("" when it
    reads it): a system's file, or a store's."""
    if path.name.lower() in SYSTEM_NAMES:
        return "a file Windows or macOS keeps (thumbnails, a folder's settings), not an article"
    if _resources_folder(path):
        return ("the folder of a saved page's scripts, styles, images and embeds, which a "
                "browser writes beside it (\"Web Page, Complete\"), not articles")
    if _is_store_file(path):
        return "a SQLite database or a file one keeps beside itself (a store's log or " \
               "corrections journal), not an article"
    return ""


def named_and_passed_over(paths: Iterable[str | Path]) -> list[InputError]:
    """The files given by name that `iter_paths` passes over, with why: `ingest Thumbs.db`
    had printed nothing of it (a review). Not skipped inputs: `ingest stories/*` names the
    store kept in the folder, and still read everything."""
    found = []
    for raw in paths:
        path = Path(raw)
        try:
            why = passed_over(path) if path.is_file() or path.is_dir() else ""
        except OSError:
            continue  # (`iter_paths` reports it)
        if why:
            found.append(InputError(str(path), why))
    return found


def _folder_files(folder: Path) -> Iterator[Path | InputError]:
    """A folder's supported files, then one line for those of other types (a folder of
    photos and notes beside the articles is common; a line per photo would bury the rest)."""
    other: Counter[str] = Counter()
    found = 0
    for item in _walk(folder, other):
        found += 1
        yield item
    if not found and not other:  # skipped with its reason, as an empty stream is: a
        # mistyped or empty folder had printed "0 added" and exited 0 (audit 33)
        yield InputError(str(folder), "the folder holds no article files (expected "
                                      f"{', '.join(SUPPORTED)})")
    if other:
        count = sum(other.values())
        kinds = ", ".join(f"{suffix or 'no extension'} ×{n}" for suffix, n in
                          sorted(other.items(), key=lambda kind: (not kind[0], kind[0])))
        yield InputError(str(folder), f"{count:,} file{'s' if count > 1 else ''} of unsupported "
                                      f"types not read: {kinds} (expected "
                                      f"{', '.join(SUPPORTED)})")


def _walk(folder: Path, other: Counter[str]) -> Iterator[Path | InputError]:
    """Depth first in name order (as `sorted(folder.rglob("*"))`), links to folders not
    followed; unlike rglob, a folder we may not list is reported, not silently left out."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as exc:
        yield InputError(str(folder), f"cannot read the folder ({_reason(exc)})")
        return
    names = [entry.name for entry in entries]
    for entry in entries:
        if is_system_file(entry.name):
            continue
        path = Path(entry.path)
        supported = path.suffix.lower() in SUPPORTED
        try:
            if entry.is_dir(follow_symlinks=False):
                if not page_resources(entry.name, names):
                    yield from _walk(path, other)
                continue
            is_file = entry.is_file()  # through a link: what it points to
        except OSError as exc:
            if supported:  # of another type, it would not have been read anyway
                yield InputError(str(path), f"cannot read ({_reason(exc)})")
            continue
        if is_file and _is_store_file(path):
            continue
        if is_file and supported:
            yield path
        elif is_file:
            other[path.suffix.lower()] += 1
        elif supported and entry.is_symlink() and not os.path.exists(path):
            yield InputError(str(path), "a link to nothing (its target does not exist)")
        elif supported and (special := not_a_file(path)):
            yield InputError(str(path), special)
        # Else a link to a folder, or a pipe not named as an article: nothing to report.


# What a path that is neither a file nor a folder is, by its mode (`not_a_file`).
_SPECIAL_FILES = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
                  (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def not_a_file(path: Path) -> str:
    """Why an entry named as an article (pipe.txt) is skipped when it is no regular file: a
    named pipe in a folder had been passed over without a word (audit 25b, item 13), and one
    named alone was "no such file or folder". "" for anything else. Told by its mode, never
    opened (opening a pipe waits for a writer)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return ""
    kind = next((name for test, name in _SPECIAL_FILES if test(mode)), "")
    return f"not a regular file ({kind}), so it is not opened" if kind else ""


def _resources_folder(path: Path) -> bool:
    """`page_resources` of a folder on disk, by the names beside it."""
    try:
        return path.is_dir() and page_resources(path.name, os.listdir(path.parent or "."))
    except OSError:
        return False


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


def read_paths(paths: Iterable[str | Path], streams: Mapping[str, Stream] | None = None,
               ) -> Iterator[RawDocument | InputError]:
    """Every document under the given paths, or the reason a file could not be read. Each
    document's metadata names it from the folder or file given (`SOURCE_NAME`), and, given
    by a relative path, says the folder it was read in (`READ_IN`). A path of `streams`
    (standard input, a pipe: `read_streams`) gives the documents of the bytes read from it."""
    for raw in paths:
        if streams and str(raw) in streams:
            yield from streams[str(raw)].documents()
            continue
        named = Path(raw)
        folder = None if named.is_absolute() else os.getcwd()
        for item in _read_named(named):
            if isinstance(item, RawDocument):
                item.metadata[SOURCE_NAME] = name_from(item.source, named)
                if folder is not None:
                    item.metadata[READ_IN] = folder
            yield item


# Standard input as `ingest` names it; and the paths that are standard input by another name.
STDIN = "-"
STDIN_PATHS = ("/dev/stdin", "/dev/fd/0", "/proc/self/fd/0")
# What a stream's first bytes tell of its format (`stream_suffix`), a feed's XML before HTML.
_FEED_START = re.compile(r"<\?xml|<rss\b|<feed\b|<rdf:RDF\b", re.IGNORECASE | re.ASCII)


# How much of a stream is kept in memory to tell its format (`stream_suffix`) and whether it
# holds anything; the rest waits on disk (`Stream`).
STREAM_HEAD = 2**16
FIRST_LINE_MAX = 2**26  # (kept whole up to this: a first row of one very long article)
_SPOOL_CHUNK = 2**20
_SOME_TEXT = re.compile(rb"\S")


@dataclass
class Stream:
    """The bytes of standard input or a pipe named on the command line, read once (a pipe
    gives its bytes to one reader only), named as a file of its format would be
    ("stdin.jsonl", "stdin.xml", "pipe.txt"): its rows are then "stdin.jsonl#ID", told
    again by their ids as a file's are. Its bytes wait in an unnamed temporary file, read
    back a line at a time for JSON Lines: `cat big.jsonl | ingest -` had held the whole
    stream in memory (and a bytes copy of it), where a file of the same rows is streamed.
    An unreadable one holds its reason instead."""
    name: str
    body: BinaryIO | None = None
    error: InputError | None = None

    def documents(self) -> Iterator[RawDocument | InputError]:
        if self.error is not None:
            yield self.error
            return
        self.body.seek(0)
        items = _read_jsonl(self.body, self.name) if self.name.endswith(".jsonl") else \
            read_bytes(self.body.read(), self.name)
        for item in items:
            if isinstance(item, RawDocument):
                item.metadata[SOURCE_NAME] = item.source
            yield item

    def count(self) -> int:
        """About how many documents it holds (`count_documents`; 1 for an error)."""
        if self.error is not None:
            return 1
        self.body.seek(0)
        if self.name.endswith(".jsonl"):
            return _line_count(self.body)
        return count_documents(self.body.read(), self.name)


def _spooled(source: BinaryIO) -> tuple[BinaryIO, bytes, bool]:
    """`source` copied to an unnamed temporary file, a chunk at a time; with its first
    `STREAM_HEAD` bytes and whether it holds anything but white space."""
    import tempfile

    body = tempfile.TemporaryFile()  # noqa: SIM115 — the stream's, closed with it
    head = bytearray()  # (grown in place: a long first line copied at every chunk was slow)
    started = lined = False  # text seen; the first line's end seen after it
    while chunk := source.read(_SPOOL_CHUNK):
        end = -1
        if not started:
            text = _SOME_TEXT.search(chunk)
            started = text is not None
            end = chunk.find(b"\n", text.start()) if text else -1
        elif not lined:
            end = chunk.find(b"\n")
        if not lined:  # (a JSON Lines stream is told by its first line, however long)
            if len(head) < FIRST_LINE_MAX:
                head += memoryview(chunk)[:len(chunk) if end < 0 else
                                          max(end + 1, STREAM_HEAD - len(head))]
            lined = end >= 0
        elif len(head) < STREAM_HEAD:
            head += memoryview(chunk)[:STREAM_HEAD - len(head)]
        body.write(chunk)
    return body, bytes(head), started


def is_stream(raw: str | Path) -> bool:
    """Whether a path given to `ingest` is read as a stream: "-", or a pipe named on the
    command line (`/dev/stdin`, `<(...)`), which is a deliberate request. A pipe found in a
    folder is still passed over (`not_a_file`: opening one waits for a writer)."""
    if str(raw) == STDIN:
        return True
    try:
        return stat.S_ISFIFO(os.stat(raw).st_mode)
    except (OSError, ValueError):
        return False


def read_streams(paths: Iterable[str | Path], stdin: BinaryIO) -> dict[str, Stream]:
    """The streams among `paths` (`is_stream`), each read to its end, once, into a temporary
    file, before the ingest counts and reads its inputs (both would otherwise read a pipe)."""
    found: dict[str, Stream] = {}
    for raw in map(str, paths):
        if raw in found or not is_stream(raw):
            continue
        stdin_named = raw == STDIN or raw in STDIN_PATHS
        base = "stdin" if stdin_named else "pipe"
        if raw == STDIN and stdin.isatty():
            found[raw] = Stream(base, error=InputError(raw, (
                "standard input is a terminal: pipe articles into it "
                "(`cat feed.jsonl | python -m placeline ingest -`)")))
            continue
        try:
            if raw == STDIN:
                body, head, filled = _spooled(stdin)
            else:
                with open(raw, "rb") as pipe:
                    body, head, filled = _spooled(pipe)
        except OSError as exc:
            found[raw] = Stream(base, error=InputError(raw, f"cannot read ({_reason(exc)})"))
            continue
        suffix = Path(raw).suffix.lower()
        name = raw if not stdin_named and suffix in SUPPORTED else base + stream_suffix(head)
        found[raw] = Stream(name, body) if filled else Stream(name, error=InputError(
            raw, "nothing was read from it (an empty stream)"))
        weakref.finalize(found[raw], body.close)  # (its file closed with it — review 27)
    return found


def stream_suffix(data: bytes) -> str:
    """The suffix of the file format a stream's bytes are in, told by how they begin: a
    feed's XML, an HTML page, a zip, a JSON feed or array, JSON Lines, a CSV (or TSV) by
    its header, else plain text."""
    if data[:4] == b"PK\x03\x04":
        return ".zip"
    text = data.decode(text_encoding(data[:4]), errors="replace").lstrip()
    if text.startswith("<"):
        return ".xml" if _FEED_START.match(text) else ".html"
    if text.startswith("["):
        return ".json"
    if text.startswith("{"):
        first = text.split("\n", 1)[0]
        try:
            row = json.loads(first)
        except json.JSONDecodeError:
            return ".json"  # (an object over several lines: a JSON Feed)
        return ".json" if isinstance(row, dict) and "items" in row else ".jsonl"
    return ".csv" if _csv_header(text.split("\n", 1)[0]) else ".txt"


def _csv_header(line: str) -> bool:
    """Whether a stream's first line is a CSV's header: it names a column of article text,
    or two of the columns an export of articles has ("Headline;Link": read as a CSV, it is
    then refused for its missing text column, not stored as one article of its rows)."""
    from placeline.feeds import csv_header_fields

    fields = csv_header_fields(line.rstrip("\r"))
    return bool(fields & set(TEXT_FIELDS)) or len(fields) >= 2


def name_from(source: str, named: Path) -> str:
    """A document's source from the folder or file given at ingest, its name included
    ("news/2024/a.txt", "feed.jsonl#x0"): what exports show of it, which finds the file
    again without telling the folders above it (a review: a shared CSV had the absolute
    path, with the user's name)."""
    written = str(named)
    label = named.name if named.name not in {"", ".."} else named.resolve().name
    if written == ".":  # ("./a.txt" is read as "a.txt")
        return os.path.join(label, source)
    return label + source[len(written):] if source.startswith(written) else \
        os.path.basename(source)


def _read_named(named: Path) -> Iterator[RawDocument | InputError]:
    """`read_paths` of one path given."""
    for item in iter_paths([named]):
        if isinstance(item, InputError):
            yield item
        else:
            yield from _with_time(_read_file(item), item)


def file_time(seconds: float) -> str:
    """A modification time as `FILE_TIME` keeps it (UTC, ISO)."""
    return dt.datetime.fromtimestamp(seconds, dt.UTC).isoformat()


def _with_time(items: Iterable[RawDocument | InputError],
               path: Path) -> Iterator[RawDocument | InputError]:
    """Documents read from a file, each with the file's modification time (`FILE_TIME`)
    unless it has its own (a zip member's)."""
    try:
        stamp = file_time(path.stat().st_mtime)
    except OSError:
        stamp = None
    for item in items:
        if stamp and isinstance(item, RawDocument):
            item.metadata.setdefault(FILE_TIME, stamp)
        yield item


def _read_file(item: Path) -> Iterator[RawDocument | InputError]:
    """The documents of one file `iter_paths` found."""
    if item.suffix.lower() == ".jsonl":
        yield from _read_jsonl_file(item)
        return
    try:
        size, limit = item.stat().st_size, max_bytes(str(item))
        if limit is not None and size > limit:  # refused before reading: a 50 MB file
            yield _too_big(str(item), size, limit)  # never enters memory
            return
        data = item.read_bytes()
    except OSError as exc:
        yield InputError(str(item), f"cannot read the file ({_reason(exc)})")
        return
    yield from read_bytes(data, str(item))


def _read_jsonl_file(path: Path) -> Iterator[RawDocument | InputError]:
    """A JSONL file's articles, read a line at a time; a read failing halfway ends with its
    reason after the articles before it."""
    try:
        with open(path, "rb") as stream:
            yield from _read_jsonl(stream, str(path))
    except OSError as exc:
        yield InputError(str(path), f"cannot read the file ({_reason(exc)})")
