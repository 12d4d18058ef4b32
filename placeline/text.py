"""Sentence and paragraph spans over cleaned text (offsets, never copies).

Snippets, event dates and recognition context all need "the sentence around offset N"; this
module answers that once, with abbreviation-aware splitting good enough for news prose.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import accumulate, islice
from typing import TypeVar

from placeline.calendar_names import SHORT_MONTH_NUMBERS
from placeline.per_object import per_object

# Characters drawn as nothing that split a word where a page or a PDF put them: a soft
# hyphen ("Mont&shy;réal"), a Mongolian vowel separator, zero-width spaces and joiners, a word
# joiner, a byte-order mark. Cleaning removes them (`clean`), and so does comparing wordings
# (`ingest.wording`).
INVISIBLE = "\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff"
# Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder how
# the text is drawn, not what it says. A right-to-left override in a title showed "Breaking
# \u202eKiev in fire" as "erif ni veiK", an unclosed one reversed the rest of a snippet, and
# "\u202eetadpu\u202c" drew as "update" (audit 38, item 7). Hebrew and Arabic are drawn
# right to left by their own letters' direction, without them. Cleaning removes them.
BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
# Direction marks (left-to-right, right-to-left, the Arabic letter mark): needed only beside
# right-to-left letters, where they place a number or a bracket; elsewhere they only split
# a word ("Ky\u200eiv"). Cleaning removes them from a line with no right-to-left letter.
DIRECTION_MARKS = "\u200e\u200f\u061c"
# Letters written right to left: Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic,
# and their presentation forms (and the ancient scripts of the supplementary planes).
RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
                           "\U00010800-\U00010fff\U0001e800-\U0001efff]")
# Half of a UTF-16 pair alone, which JSON may write as an escape ("\ud83d": an emoji cut in
# two by a truncating exporter) and no UTF-8 text can hold: the store, a hash or a print of
# it fails (`lone_surrogates_replaced`).
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"
T = TypeVar("T")

_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep", "st", "mt", "ft", "jr", "sr", "inc", "corp", "ltd", "co", "no", "vs", "etc", *SHORT_MONTH_NUMBERS, "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo"]
)
# Initials, capitals each followed by a full stop but the last ("J", "F.H", "J.R.R",
# "U.S"): "The Dr. F.H. Wigmore Regional Hospital … announced Tuesday, Sept. 10, 2024" had
# been cut after "F.H.", the date pushed out of the lead's two sentences and the article
# undated (audit 31, item 3). A name goes on after them; a sentence's opening word (an
# article, a pronoun, a conjunction) does not.
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])*")
# So does a word that opens a sentence and no name: a function word, or a verb of an
# imperative a page closes with ("… a senior at Stonington H.S. Contact the school at
# 555-0100." had been one sentence since initials went on). Those that are surnames too
# (Still, Call, Most, Watch, Share, Both, Even) open one only before what follows no
# surname: a figure, a bracket or colon, or a word of a phrase ("Call 555-0100", "Share
# this", "Still, the", "Most of"), not a verb ("Composer William G. Still was born in
# Mississippi." had been cut after "G." — review 30).
# Not story_names._STOP_CAPS, though both hold capitalised sentence openers: this says a
# new sentence starts after initials, so it leaves out what is also a surname after an
# initial ("John G. March": a month there) and takes some words only by what follows them;
# that says a capitalised word names no story wherever it stands (weekdays, months,
# titles), a word on its own. One list would cut "John G. March" in two.
_OPENING_WORD = re.compile(
    r"[\"“‘(\[]?(?:(?:The|A|An|He|She|It|They|We|I|You|His|Her|Its|Their|Our|This|That"
    r"|These|Those|There|But|And|Yet|So|In|On|At|As|If|When|While|After|Before|Since"
    r"|Meanwhile|However|For|From|With|To|Of|By|During|Although|Though|Because|Until|Once"
    r"|Then|Now|Also|Some|Many|Each|Every|No|Not|What|Who|Why|How|Where|My|Your|Contact"
    r"|Click|Visit|See|Email|E-mail|Send|Please|Find|Join|Sign|Subscribe|Register|Learn"
    r"|Check|Follow)\b(?!\.)|(?:Still|Call|Most|Watch|Share|Both|Even)(?=[\s,]*(?:[\d(:]"
    r"|(?:the|a|an|this|that|these|those|us|our|your|his|her|their|its|it|them|me|him|you"
    r"|we|they|he|she|more|less|some|many|no|not|of|on|for|via|now|today|toll-free|live"
    r"|here|at|in|to|so)\b)))")
# "a.m." and "p.m." end a sentence where a capitalised word follows that is not the time's
# day, month or zone: "The fire broke out at 4 a.m. Firefighters from Leeds arrived on
# Monday." had been one sentence, its Monday taken for the fire's (they sat in
# _ABBREVIATIONS, which always go on). "4 a.m. Monday", "9 p.m. EST", "10 a.m. Sept. 5",
# "8 p.m. Eastern", "8 p.m. Eastern on NBC", "7 a.m. Moscow time" go on. A zone's word
# goes on unless a name follows it, as it opens one ("at 4 a.m. Central Park was closed",
# "6 a.m. Pacific Gas and Electric said" had been one sentence — review 30); "Local" only
# before "time" ("11 p.m. Local residents cheered").
_TIME_OF_DAY = re.compile(r"[ap]\.m", re.IGNORECASE)
_TIME_GOES_ON = re.compile(
    r"[\"“‘(\[]?(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?|Jan(?:uary)?"
    r"|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:Eastern|Central|Mountain|Pacific|Atlantic"
    r"|Alaska|Hawaii|Greenwich)(?!\s+(?!(?:Standard|Daylight|Summer|Mean|Time)\b)[A-Z])"
    r"|[A-Z]{1,4}T|UTC|Z|[A-Z][\w'’.-]*\s+[Tt]ime"
    # a day of the month, a figure ("at 10 a.m. 14 March": a date, far more often than a
    # sentence opening with figures, which style guides spell out; review 30)
    r"|\d+)\b")
# A sentence's end: its closing marks, quotes and brackets, then space before a capital or a
# figure; or a line's end. Opened by one class of both alternatives' first characters (the
# newline's asked after it), to which `re` skips ahead: as "[.!?…]+…|\n+" the scan was
# tried at every character (the boundaries of 500 bench articles 36 -> 8 ms, the same ones).
_BOUNDARY = re.compile(r"[.!?…\n](?:(?<=\n)\n*|(?<!\n)[.!?…]*[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9]))")


def lone_surrogates_replaced(value: T, field: str = "") -> tuple[T, list[tuple[str, str]]]:
    """Parsed JSON (strings, lists, objects, their keys too) with each lone surrogate
    replaced by U+FFFD, and each one's field and escape (("text", "\\ud83d"); a nested
    field as "source.name"; `field` for a bare string). A JSONL row whose text held
    "\\ud83d" had failed with a UnicodeEncodeError as its text was hashed (audit 22, item
    16), one whose "id" did as the ingest's report was printed, and a JSON feed holding one
    had stopped the whole ingest."""
    if isinstance(value, str):
        found = [(field, surrogate_escape(char)) for char in LONE_SURROGATE.findall(value)]
        return (LONE_SURROGATE.sub(REPLACEMENT, value) if found else value), found
    if isinstance(value, list):
        items = [lone_surrogates_replaced(item, field) for item in value]
        return [item for item, _ in items], [one for _, found in items for one in found]
    if isinstance(value, dict):
        found: list[tuple[str, str]] = []
        replaced = {}
        for key, item in value.items():
            key, in_key = lone_surrogates_replaced(key, field or "(a field's name)")
            replaced[key], in_item = lone_surrogates_replaced(
                item, f"{field}.{key}" if field else str(key))
            found += in_key + in_item
        return replaced, found
    return value, []


def surrogate_escape(char: str) -> str:
    """How JSON writes a lone surrogate ("\\ud83d"): in warnings, and in JSON Lines again."""
    return f"\\u{ord(char):04x}"


def lone_surrogate_note(holder: str, found: list[str]) -> str:
    """The warning for lone surrogates read as U+FFFD: what held the first (`holder`: 'line
    2: the "text" field') and how each was written (`found`: "\\ud83d", "&#xD83D;")."""
    more = f" ({len(found) - 1} more)" if len(found) > 1 else ""
    return (f"{holder} holds a lone surrogate, {found[0]}{more}, half of a character (an "
            f'emoji cut in two?) and no character alone: read as "{REPLACEMENT}" (U+FFFD)')


@lru_cache(maxsize=256)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence; paragraph breaks always end a sentence. Cached: the
    stages of an article's reading ask for its whole text's many times."""
    return split_sentences(text)


def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """`sentence_spans`, not cached: for a window of text read once (`timex._sentence_near`),
    which in the cache would evict the whole texts the other stages keep there (review 30:
    one window a call had filled it)."""
    return tuple(_sentences(text))


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    """`split_sentences`, one sentence at a time: each is found from the text before it and
    the words right after it, so a reader of the first few may stop there (`lead_spans`)."""
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.start()
        # A line's end ends the sentence after an abbreviation too: "Published: Mar. 5,
        # 2024, 10:32 p.m." had been one sentence with the story's first, under it (audit
        # 29), and map cards and the export quoted the date line.
        if match.group(0)[0] == "." and "\n" not in match.group(0) and \
                _goes_on(text, _last_word(text, start, end), end, match.end()):
            continue
        punct_end = match.start() + len(match.group(0).rstrip())
        if text[start:punct_end].strip():
            yield _trim(text, start, punct_end)
        start = match.end()
    if text[start:].strip():
        yield _trim(text, start, len(text))


def _goes_on(text: str, word: str, end: int, after: int) -> bool:
    """Whether the sentence goes on past the full stop after `word` (which ends at `end`),
    the next sentence's text beginning at `after`."""
    if _a_time_of_day(text, word, end):
        return _TIME_GOES_ON.match(text, after) is not None
    # An initial ("J. Smith", "Dr. F.H. Wigmore") goes on unless a sentence's opening word
    # follows ("… in the U.S. The president said"); a one-digit number ends a sentence ("…
    # scheduled May 7. Keith, 51, …").
    if _INITIALS.fullmatch(word):
        return _OPENING_WORD.match(text, after) is None
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _a_time_of_day(text: str, word: str, end: int) -> bool:
    """Whether `word` is "a.m" or "p.m": in capitals only after a number ("4 A.M."), as
    "A.M. Turing" is initials."""
    if not _TIME_OF_DAY.fullmatch(word):
        return False
    before = text[max(0, end - len(word) - 2):end - len(word)].rstrip()
    return word.islower() or before[-1:].isdigit()


def _last_word(text: str, start: int, end: int) -> str:
    """The run of word characters and dots that ends at `end` (read backwards: a regex
    anchored at the end would rescan the sentence from its start at every full stop)."""
    k = end
    while k > start and (text[k - 1].isalnum() or text[k - 1] in "._"):
        k -= 1
    return text[k:end]


def lead_spans(text: str, count: int = 2, head: int = 1000) -> tuple[tuple[int, int], ...]:
    """The first `count` sentences, split from the head of the text only: dating reads the
    lead of every stored article, and splitting whole articles for two sentences was most of
    that time. Falls back to the whole text when the head holds fewer than count + 1."""
    spans = _first_sentences(text[:head], count + 1)
    if len(spans) > count or len(text) <= head:
        return spans[:count]
    return sentence_spans(text)[:count]


@lru_cache(maxsize=256)
def _first_sentences(text: str, count: int) -> tuple[tuple[int, int], ...]:
    """The first `count` of `sentence_spans(text)`, the rest of the text not split: the
    head of an article was split whole, twice (1,000 and 2,000 characters), for its lead's
    two or three sentences. Cached: dating and story terms ask for the same lead."""
    return tuple(islice(_sentences(text), count))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@per_object(kept=16)
def _sentence_index(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...]]:
    """The text's sentences and their starts, by the text object's identity: the stages
    ask with equal copies of one text, and a memo by value compares a copy with its key
    character by character, which on a long text (a 1 MB article asks tens of thousands of
    times) had been most of the ingest's time."""
    spans = sentence_spans(text)
    return spans, tuple(start for start, _ in spans)


def sentence_at(text: str, offset: int) -> tuple[int, int]:
    """The sentence containing `offset` (or the nearest one before it)."""
    spans, starts = _sentence_index(text)
    if not spans:
        return 0, len(text)
    index = bisect.bisect_right(starts, offset) - 1
    return spans[max(index, 0)]


def sentences_before(text: str, sentence: tuple[int, int], count: int
                     ) -> tuple[tuple[int, int], ...]:
    """Up to `count` of the text's sentences before `sentence`, in order; none where it is
    not one of them. By a binary search of the sentences' starts (a search of the list had
    made dating a long text's story quadratic: review 32)."""
    spans, starts = _sentence_index(text)
    k = bisect.bisect_left(starts, sentence[0])
    if k == len(spans) or spans[k] != sentence:
        return ()
    return spans[max(0, k - count):k]


@per_object(kept=16)
def _line_ends(text: str) -> tuple[int, ...]:
    """The offsets of the text's newlines, once per text object (`paragraph_at`)."""
    return tuple(match.start() for match in re.finditer("\n", text))


def paragraph_at(text: str, offset: int) -> tuple[int, int]:
    """The line holding `offset`, as `paragraph_spans` reads a paragraph (news writes one a
    line), found by a binary search of the text's newlines: a guess asks it for each unknown
    name, and a search of the text from the name had made a text without newlines
    quadratic (review 34)."""
    ends = _line_ends(text)
    k = bisect.bisect_left(ends, offset)
    return (ends[k - 1] + 1 if k else 0), (ends[k] if k < len(ends) else len(text))


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group(0).strip():
            spans.append(match.span())
    return spans


class SpanIndex:
    """Fixed spans [start, end), asked in O(log n) whether any overlaps or holds a given one.

    A long text (a council transcript, a court ruling) has tens of thousands of time
    expressions and names; each had been compared with every one found before it, so one
    article of 2 MB took 55 s to ingest and one of 9 MB did not finish (audit 19). Sorted by
    start, with the furthest end reached so far, a binary search answers both questions."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span shares a character with [start, end) (s < end and start < e)."""
        before = bisect.bisect_left(self._starts, end)  # the spans starting before `end`
        return before > 0 and self._reach[before - 1] > start

    def holds(self, start: int, end: int) -> bool:
        """Whether a span holds [start, end) whole (s <= start and end <= e)."""
        before = bisect.bisect_right(self._starts, start)  # the spans starting by `start`
        return before > 0 and self._reach[before - 1] >= end


def listed(items: Sequence[str], conjunction: str = "and", most: int | None = None) -> str:
    """"a", "a and b", "a, b and c" ("or" for a choice); past `most` items, the first
    `most` and "and N more": one wording for every list a message names."""
    if most is not None and len(items) > most:
        return ", ".join(items[:most]) + f" and {len(items) - most} more"
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


def capitals_opening_a_line(text: str, start: int, surface: str) -> bool:
    """A name in capitals opening a line, as a dateline writes its place ("NEW YORK — …",
    "HAPPISBURGH, England —")."""
    return surface.isupper() and (start == 0 or text[start - 1] == "\n")


def written_at(text: str, name: str) -> list[tuple[int, int]]:
    """Where `text` writes `name` as a whole word, letter case and all: the mentions a place
    added by hand gets (`geoparse._added_places`), and what its form counts."""
    name = name.strip()
    if not name:
        return []
    pattern = r"(?<!\w)" + re.escape(name) + r"(?!\w)"
    return [(hit.start(), hit.end()) for hit in re.finditer(pattern, text)]
