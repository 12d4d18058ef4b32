"""Turn a scraped news text into the article a reader would see.

Real scraped text carries a metadata prefix ("date 2022-04-26 …"), a title that is repeated
in the body, photo captions, pull quotes, bylines, site footers and spam ads, and words glued
together by careless HTML-to-text conversion ("Ukraineand"). Everything downstream (offsets,
snippets, dates) refers to the cleaned text this module returns, and what was removed is kept
so the Articles page can show it.

The rules are generic (shape of paragraphs, ad/footer vocabulary, word frequencies, the
gazetteer's given names), not tied to particular sites.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from placeline.errors import GazetteerMissingError
from placeline.frequency import zipf as _zipf  # cached there
from placeline.language import text_language
from placeline.name_context import (
    COMMON_WORD_ZIPF,
    HEAD_WORDS,
    KIND_WORDS,
    MASTHEAD_WORDS,
    TITLES,
)
from placeline.names import fold, name_key
from placeline.past_forms import PAST_FORMS, SHARED_PAST
from placeline.text import (
    BIDI_CONTROLS,
    DIRECTION_MARKS,
    INVISIBLE,
    RIGHT_TO_LEFT,
    sentence_spans,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from placeline.gazetteer import Gazetteer

# Control and invisible characters. A soft hyphen (U+00AD, "&shy;" on German and Swiss news
# sites, in text copied from hyphenated PDFs), a word joiner (U+2060) or a Mongolian vowel
# separator (U+180E) inside a name split it: "Mont&shy;réal" had been read as "Mont",
# Mont-Notre-Dame in France, and "Frank&shy;furt" as "Frank" (an audit).
# Bidi controls too (`text.BIDI_CONTROLS`): the text reads as it is stored.
_CONTROL = re.compile(rf"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f{INVISIBLE}{BIDI_CONTROLS}]")
_MARK = re.compile(f"[{DIRECTION_MARKS}]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_SPACE = r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
# The runs `_SPACES` finds that are not one plain space already, each to become one: the same
# text, but a single space (most of them) needs no replacing, and the pattern opens with a
# class `re` skips ahead to, where "[…]+" had been tried at every character (43 -> 14 ms over
# the lines of 500 bench articles).
_SPACES_TO_ONE = re.compile(_SPACE + r"(?:(?<=[^ ])|(?=" + _SPACE + r"))" + _SPACE + "*")

# A leading metadata field such as "date 2022-04-26" or "Published: 26 April 2022".
_META_PREFIX = re.compile(
    r"^\s*(?P<key>date|dated|published(?: on)?|posted(?: on)?|updated|last updated)\s*[:\-]?\s*"
    r"(?P<value>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2},? \d{4})\s*",
    re.IGNORECASE,
)
_BYLINE_PREFIX = re.compile(r"^\s*By\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*(?:[,|–-]|$)")

# Vocabulary of ads, share widgets and site footers. Matched only in short paragraphs or at the
# tail of the article, and a sentence that reads as the story's prose keeps its "copyright",
# "sign up for" or web address ("posted on www.kyivcity.gov.ua.").
# (phrase pattern, must start a word). Matched against the lower-cased paragraph with every
# alternative starting on a literal character, so `re` can skip ahead to the possible first
# letters: six times faster than one IGNORECASE pattern, which tries every position.
_DEBRIS_PHRASES = (  # no story's sentence uses these: the whole paragraph goes
    ("try it tonight", False), ("click here", False), (r"\(free\)", False),
    ("like this:", True), ("like loading", False), ("all rights reserved", False), ("©", False),
    ("!!!", False), ("bitcoin trick", False),
    # (not a bare "erection", "belly fat" or "advertisement.": "the erection of a war
    # memorial in Casino", "belly fat raises the risk of dementia, a study in Boston found",
    # "the watchdog banned the advertisement." are news, and these lines go whole, unread)
    (r"erection (?:pills?|booster|problems?)", False), ("erectile dysfunction pill", False),
    # licence lines, disclaimers and ads a review found kept as prose
    ("may not be published", False), ("rewritten or redistributed", False),
    ("for informational purposes", False), (r"(?:views|opinions) expressed in", False),
    ("views and opinions expressed", False), ("weight loss trick", False),
    ((r"b(?:(?<=melt b)|(?<=melts b)|(?<=burn b)|(?<=burns b)|(?<=lose b)|(?<=losing b))"
      r"elly fat"), False), ("belly fat (?:trick|secret|burner)", False),
    ("register today (?:for free|and (?:get|receive|save|win))", False), ("free spins", False),
    (r"sponsored:", True), (r"advertisement:", True),
    # a newsletter's promotion inside a story (the Guardian's "Privacy Notice: Newsletters
    # may contain info about charities …", "after newsletter promotion")
    (r"privacy notice:", True), ("newsletter promotion", False),
)
# No bare word here that a news sentence may use of a place or an ordinary subject: a short
# paragraph or a story's last sentence with one of these goes unless it reads as prose (8
# words or more, mostly lower case), which a short one naming places does not. "casino" had
# taken "Residents of Casino were evacuated on Wednesday." (Casino, New South Wales; audit 29)
# and a one-paragraph story's whole body with it; "contributed", "sponsored", "cookie",
# "copyright", "newsletter", "subscribe", "advertisement" and "weight loss" were as bare
# ("Rain contributed to the flooding in Lismore.", "State-sponsored hackers hit Kyiv.",
# "A cookie factory in Bega closed.", "a copyright case in Delhi", "The council's newsletter
# named Ballina.", "Few homes in Casino will subscribe.", "The regulator banned
# the advertisement.", "Weight loss drugs ran short in Perth."). Each is now its promotional
# or site wording only.
_BOILERPLATE_PHRASES = (
    *_DEBRIS_PHRASES,
    # a call to subscribe opens its sentence; a site's button is the word alone
    (r"s(?<=^s)ubscribe\b", False), (r"s(?<=[.!:|] s)ubscribe\b", False),
    (r"subscribe(?: now| today| here)\b", True), ("subscribers? only", False),
    ("sign up for", False), ("sign up to", False),
    (r"n(?<=(?:our|ree|ily|kly|ail|est) n)ewsletters?\b", False),  # our, daily, email …
    ("newsletter (?:sign|signup|subscription)", False),
    (r"follow [\w .]{0,40} on (?:google news|twitter|facebook|instagram|telegram|x\b)", False),
    ("read more (?:news |stories |articles )?(?:on|at|about|from)", False),
    # licence and credit lines at a story's foot (audit 33: "(c) Andes Business Wire. Do not
    # redistribute.", "Copyright AFP.", "Our Standards: The Thomson Reuters Trust
    # Principles."): a line opening with "(c)" or "Copyright", a ban on copying opening a
    # sentence (not '"It cannot be copied," he said'), an agency's statement of its
    # standards; prose about copyright or standards stays
    (r"\((?<=^\()c\) ", False), (r"\(c\) \d{4}", False), (r"c(?<=^c)opyright\b", False),
    (r"d(?<=^d)o not (?:redistribute|reproduce|republish|copy)\b", False),
    (r"d(?<=[.!:|] d)o not (?:redistribute|reproduce|republish|copy)\b", False),
    (r"not be (?:redistributed|republished)", False),
    ("trust principles", False), (r"our standards:", True),
    # a page's label: "Advertisement" on its own line, "Story continues below advertisement"
    (r"a(?<=^a)dvertisement\W*$", False), (r"below (?:this |the )?advertisement", False),
    (r"advertisement feature\b", True),
    (r"sponsored(?: content| post| links?| stories| article|$)", True),
    ("share this (?:article|story|page|post)", False),
    (r"copyright (?:©|\(c\)|\d{4})", True), ("copyright notice", False),
    (r"cookies? (?:policy|settings|preferences|consent|notice)", True),
    ((r"c(?:(?<=accept c)|(?<=reject c)|(?<=we use c)|(?<=site uses c)|(?<=using c)|(?<=all c)"
      r"|(?<=additional c)|(?<=optional c))ookies"), False),
    ("https?://", False), (r"www\.", False),
    (r"\.(?<=[\w-]\.)(?:com|net|org|co\.uk|info)\b", False),  # "example.com"
    # promotions, not their subjects: "online casino", "casino bonus", not the town or a story
    # about a casino; "weight loss pills", not a story about weight loss
    (r"online casinos?\b", False), (r"casino (?:bonus|promo|sites?\b|games? online)", False),
    ("real money casino", False), ("no deposit bonus", False),
    (r"weight loss (?:pills?|gumm|secret|trick|supplement)", False),
    ("download (?:the|our) app", False),
    ("terms of (?:use|service)", False), ("privacy policy", False), ("related articles?", False),
    ("recommended for you", False), ("watch:", False), ("photo:", False), ("image:", False),
    ("getty images", False), ("reporting by", False), ("editing by", False),
    # a credit to other writers, not the word ("Rain contributed to the flooding")
    (r"contributed(?: reporting| to (?:this|the) (?:report|story|article))", False),
    (r"ap photo\b", True), (r"reuters photo\b", True),
)


def _phrase(pattern: str, word_start: bool) -> str:
    """`pattern`, starting on its literal first character; if it must start a word, a
    lookbehind after that character does the work of a leading \\b ("ap photo", not
    "cheap photo")."""
    if not word_start:
        return pattern
    first = re.escape(pattern[0])
    return f"{first}(?<!\\w{first}){pattern[1:]}"


_BOILERPLATE = re.compile("|".join(_phrase(p, w) for p, w in _BOILERPLATE_PHRASES))
_DEBRIS = re.compile("|".join(_phrase(p, w) for p, w in _DEBRIS_PHRASES))
_SENTENCE_END = re.compile(r"[.!?…\"”’)\]]\s*$")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)

# Finite verbs and auxiliaries: a short paragraph with none of these is a caption, not prose.
_FINITE_HINTS = frozenset(
    ["is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "said", "says", "say", "told", "tells", "according", "added", "adds", "warned", "warns", "stated", "claimed", "called", "reported", "announced", "confirmed", "denied", "urged", "asked", "agreed", "accused"]
)
_FUNCTION_SUFFIXES = (
    "and", "the", "of", "to", "in", "on", "at", "for", "from", "with", "by", "as", "is",
    "was", "that", "who", "which", "but", "or", "an", "a",
)


@dataclass
class Cleaned:
    """The cleaned article and what cleaning took out of it."""

    title: str
    text: str
    title_source: str  # line | lead | none
    metadata: dict = field(default_factory=dict)
    removed: list[tuple[str, str]] = field(default_factory=list)  # (reason, text)


# Reasons for text the article holds nowhere else (a repeated title is not lost), and pull
# quotes: a repeat too, but a few lines of a story, so that most of one went so means the rule
# misread it (audit 23: a round-up's lines, "In Leeds, Labour held control …", had gone
# unwarned).
LOSSY_REASONS = frozenset({"ad or site footer", "photo caption", "byline",
                           "pull quote or subheading", "press release's end matter"})


def removed_share(text: str, removed: list) -> float:
    """Share of an article's characters that cleaning cut, titles aside: a high one means a
    rule may have taken the story itself, so the ingest report warns."""
    cut = sum(len(part) for reason, part in removed if reason in LOSSY_REASONS)
    return cut / (cut + len(text)) if cut else 0.0


def story_body(text: str, title: str) -> str:
    """A cleaned text without its title line and the date lines under it: what is left of
    the story itself. Measured on the whole text, a story cut to its title had gone
    unwarned where the title was long and the story short (audit 29: "Residents of Casino
    were evacuated on Wednesday." cut as an ad, a third of the text with its title)."""
    paragraphs = [part for part in text.split("\n\n") if part.strip()]
    if paragraphs and title and paragraphs[0].strip() == title.strip():
        paragraphs = paragraphs[1:]
    while paragraphs and len(paragraphs[0]) <= 60 and (
            _META_PREFIX.match(paragraphs[0]) or _a_date_line(paragraphs[0].strip())):
        paragraphs = paragraphs[1:]
    return "\n\n".join(paragraphs)


def normalize(raw: str) -> str:
    """Unicode NFC, one kind of newline, no control or zero-width characters, single spaces,
    and a hard-wrapped paragraph's lines joined (`unwrapped`)."""
    return unwrapped(_normalized_lines(raw))


def _needed_marks(line: str) -> str:
    """`line` without its direction marks where it has no right-to-left letter, which is
    all they place (`text.DIRECTION_MARKS`)."""
    if _MARK.search(line) is None or RIGHT_TO_LEFT.search(line):
        return line
    return _MARK.sub("", line)


def _marks_kept(chars: list[str]) -> list[bool]:
    """`_needed_marks` character by character: whether each of `chars` stays."""
    kept: list[bool] = []
    line: list[str] = []
    for char in [*chars, "\n"]:
        if char != "\n":
            line.append(char)
            continue
        rtl = RIGHT_TO_LEFT.search("".join(line)) is not None
        kept += [rtl or not _MARK.match(c) for c in line]
        kept.append(True)
        line = []
    return kept[:len(chars)]


def _normalized_lines(raw: str) -> str:
    """`normalize`, every line break kept."""
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    lines = [_SPACES_TO_ONE.sub(" ", _needed_marks(line)).strip() for line in text.split("\n")]
    return "\n".join(lines)


# Hard-wrapped text (email, wire copy, a terminal's paste: lines of ~70 characters, paragraphs
# apart by a blank line) had every line read as a paragraph, and so as a sentence: snippets
# were line fragments and a date cut off its place by a break ("Schools in Kaura Namoda and
# Jangebe were shut after mass abductions in\n2021." dated at publication; audit 36, 2.1).
# A line break inside a paragraph is soft where the text's shape says the line was wrapped:
# the next line opens on a word in lower case after a line of `_LOWER_CASE_LINE` characters
# or more that ends no sentence (no sentence or list item opens so), or the text is wrapped
# at one width and the next line's first word would not have fitted on this one (a line
# broken earlier was broken by hand: a title, a dateline, a byline, a list's row). It never
# is before a list item, a byline, a line in capitals (a heading, a dateline) or a metadata
# line ("date 2024-03-14", "published: …"), nor after a colon (what a list follows). A soft
# break becomes a space: the text keeps its length, so every offset into it
# (`normalize_mapped`'s map, mentions, snippets) stays as it was.
WRAP_WIDTHS = (30, 100)  # the widths text is wrapped at (email 72–78, wire copy 69)
_WRAPPED_SHARE = 0.6  # of a text's lines followed by another line, those full at its width
_WRAPPED_LINES = 3  # … and at least this many (one wrapped line is told by its lower case)
_LOWER_CASE_LINE = 40  # a line this long or longer, before one opening in lower case, wrapped
_OPENS_LOWER = re.compile(r"[\"“‘'(\[]?([^\W\d_A-Z][^\W\d_]*)")
_ENDS_A_SENTENCE = re.compile(r"[.!?…][\"”’'\])]*$")
# A line that stands alone: a byline, or one in capitals ending no sentence (a heading, a
# dateline: "LONDON"; not "2021." ending a paragraph).
_A_LINE_OF_ITS_OWN = re.compile(
    r"By\s+[A-Z][^\s,]*(?:\s+[A-Z][^\s,]*){0,3}(?:\s*[,|–—-].{0,30})?$"  # (not "By Monday, …")
    r"|(?=(?:[^a-z\n]*?[A-Z]){2})[^a-z\n]*[^a-z\n.!?…]$")
# … and what opens a list's item (not a dash: "— about 20 km away" is prose wrapped) or an
# email's quoted line ("> ").
_A_LIST_ITEM = re.compile(r"(?:[-*•·▪◦>]|\d{1,3}[.)]|\(?[a-z0-9]\))\s|>")


def unwrapped(text: str) -> str:
    """`text` (normalised lines) with its soft line breaks made spaces; see `WRAP_WIDTHS`."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    width = _wrap_width(lines)
    out = []
    for line, after in itertools.pairwise(lines):
        out.append(line)
        out.append(" " if _soft_break(line, after, width) else "\n")
    out.append(lines[-1])
    return "".join(out)


def _wrap_width(lines: list[str]) -> int | None:
    """The width the text is wrapped at, where it is: its longest line's within
    `WRAP_WIDTHS`, at least `_WRAPPED_LINES` lines followed by another are full at it (the
    next line's first word would not have fitted), and most such lines are."""
    width = max(len(line) for line in lines)
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1]:
        return None
    followed = [(line, after) for line, after in itertools.pairwise(lines) if line and after]
    full = sum(_full(line, after, width) for line, after in followed)
    return width if full >= _WRAPPED_LINES and full >= _WRAPPED_SHARE * len(followed) else None


def _full(line: str, after: str, width: int) -> bool:
    """Whether `after`'s first word would have made `line` longer than `width`."""
    return len(line) + 1 + len(after.split(" ", 1)[0]) > width


def _soft_break(line: str, after: str, width: int | None) -> bool:
    """Whether the break between two lines of a paragraph is one the wrapping made."""
    if not line or not after or line.endswith(":") or _A_LIST_ITEM.match(after) \
            or _A_LINE_OF_ITS_OWN.match(after) or _A_LINE_OF_ITS_OWN.match(line) \
            or _META_PREFIX.match(after):  # (a scraper's "date 2024-03-14" under a title)
        return False
    if width is not None and _full(line, after, width):
        return True
    return len(line) >= _LOWER_CASE_LINE and _opens_in_lower_case(after) \
        and _ENDS_A_SENTENCE.search(line) is None


def _opens_in_lower_case(line: str) -> bool:
    """Whether `line`'s first word is all in lower case: a sentence's continuation, not a
    name written so ("eBay said …", "iPhone sales …"), which may open a paragraph."""
    word = _OPENS_LOWER.match(line)
    return word is not None and word[1].islower()


@dataclass(frozen=True)
class Normalized:
    """`normalize(raw)` with where each of its characters came from in `raw`, so names found
    in the normalised text are given by offsets into the text as written (the geoparse and
    eval commands: an evaluation file's gold spans index its own text)."""

    text: str
    starts: Sequence[int]  # for each character of `text`, the offset in raw of its first
    # source (a range where the text is raw's own: two lists of an article's length each,
    # built and dropped per text, were 2.5 % of eval's warm pass)
    ends: Sequence[int]  # … and the offset after its last

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """A span of `text` → the span of raw it came from (a removed soft hyphen inside it
        included)."""
        return self.starts[start], self.ends[end - 1]

    def from_raw(self, start: int, end: int) -> tuple[int, int]:
        """A span of raw → the characters of `text` made from it."""
        first = bisect.bisect_right(self.ends, start)
        return first, max(first, bisect.bisect_left(self.starts, end))


# Every character `str.strip` takes for a space but the space and the line break, and every
# character `normalize` removes: a text holding none of them, no two spaces together and no
# line that starts or ends with a space, is `normalize`'s own.
_NEVER_LEFT = re.compile("[\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029"
                         f"\u202f\u205f\u3000\x00-\x08\x0e-\x1b\x7f{INVISIBLE}"
                         f"{BIDI_CONTROLS}{DIRECTION_MARKS}]")


def left_as_it_is(raw: str) -> bool:
    """Whether `normalize` would leave `raw`'s lines as they are (`_normalized_lines`; its
    soft breaks aside), by a test that may say no where it would (then compare): the test, a few plain searches, takes a third of the time of
    normalising a text to compare it with itself, which most texts are."""
    return not (raw[:1] == " " or raw[-1:] == " " or "  " in raw or " \n" in raw or
                "\n " in raw) and _NEVER_LEFT.search(raw) is None and \
        unicodedata.is_normalized("NFC", raw)


def normalize_mapped(raw: str) -> Normalized:
    """`normalize`, step by step on (character, source span) pairs. Its text is always
    normalize's (a test holds them equal); slower, so ingest, which needs no map, uses that.
    Text that normalize leaves as it is (most) maps to itself at once: mapped character by
    character, eval had run at half its speed (a review)."""
    if left_as_it_is(raw) or _normalized_lines(raw) == raw:  # (unwrapping keeps the length)
        return Normalized(unwrapped(raw), range(len(raw)), range(1, len(raw) + 1))
    chars, spans = _nfc_mapped(raw)
    chars, spans = _crlf_as_lf(chars, spans)
    kept = [i for i, c in enumerate(chars) if not _CONTROL.match(c)]
    chars, spans = [chars[i] for i in kept], [spans[i] for i in kept]
    kept = [i for i, stays in enumerate(_marks_kept(chars)) if stays]
    chars, spans = [chars[i] for i in kept], [spans[i] for i in kept]
    chars, spans = _merged(chars, spans, lambda a, b: bool(_SPACES.match(a) and _SPACES.match(b)))
    chars = [" " if _SPACES.match(c) else c for c in chars]
    out_chars: list[str] = []
    out_spans: list[tuple[int, int]] = []
    line_start = 0
    for end in [*(i for i, c in enumerate(chars) if c == "\n"), len(chars)]:
        first, last = line_start, end
        while first < last and chars[first].isspace():
            first += 1
        while last > first and chars[last - 1].isspace():
            last -= 1
        out_chars += chars[first:last]
        out_spans += spans[first:last]
        if end < len(chars):
            out_chars.append("\n")
            out_spans.append(spans[end])
        line_start = end + 1
    return Normalized(unwrapped("".join(out_chars)), [a for a, _ in out_spans],
                      [b for _, b in out_spans])


def _nfc_mapped(raw: str) -> tuple[list[str], list[tuple[int, int]]]:
    """NFC's characters, each with the span of raw it composes. A character below U+0300
    starts a piece NFC never joins to what precedes it (no such character combines with an
    earlier one), so pieces are normalised alone; within a piece, a base letter with its
    combining marks ("e" + U+0301 → "é"), else the whole piece."""
    if unicodedata.is_normalized("NFC", raw):
        return list(raw), [(i, i + 1) for i in range(len(raw))]
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    cuts = [i for i, c in enumerate(raw) if ord(c) < 0x300 or i == 0] + [len(raw)]
    for start, end in itertools.pairwise(cuts):
        piece = raw[start:end]
        whole = unicodedata.normalize("NFC", piece)
        if whole == piece:
            chars += piece
            spans += [(i, i + 1) for i in range(start, end)]
            continue
        bases = [i for i in range(start, end) if i == start or not unicodedata.combining(raw[i])]
        parts = [(a, b, unicodedata.normalize("NFC", raw[a:b]))
                 for a, b in itertools.pairwise([*bases, end])]
        if "".join(text for _, _, text in parts) != whole:  # (Hangul jamo, rarer cases)
            parts = [(start, end, whole)]
        for a, b, text in parts:
            chars += text
            spans += [(a + k, a + k + 1) for k in range(len(text))] if text == raw[a:b] \
                else [(a, b)] * len(text)
    return chars, spans


def _crlf_as_lf(chars: list[str], spans: list[tuple[int, int]]) -> tuple[list[str], list]:
    """"\r\n" and a lone "\r" → "\n"."""
    out_chars: list[str] = []
    out_spans: list[tuple[int, int]] = []
    for char, span in zip(chars, spans, strict=True):
        if char == "\n" and out_chars and out_chars[-1] == "\r" and out_spans[-1][1] == span[0]:
            out_spans[-1] = (out_spans[-1][0], span[1])
            out_chars[-1] = "\n"
            continue
        out_chars.append(char)
        out_spans.append(span)
    return ["\n" if c == "\r" else c for c in out_chars], out_spans


def _merged(chars: list[str], spans: list[tuple[int, int]], joins) -> tuple[list[str], list]:
    """Runs of characters where `joins(previous, next)` holds made one (the first stands for
    the run, its span the run's)."""
    out_chars: list[str] = []
    out_spans: list[tuple[int, int]] = []
    for char, span in zip(chars, spans, strict=True):
        if out_chars and joins(out_chars[-1], char):
            out_spans[-1] = (out_spans[-1][0], span[1])
            continue
        out_chars.append(char)
        out_spans.append(span)
    return out_chars, out_spans


def clean(raw: str) -> Cleaned:
    """Clean one raw article text (first non-empty line is the title, as scrapers write it)."""
    text = normalize(raw)
    metadata: dict[str, str] = {}
    removed: list[tuple[str, str]] = []

    paragraphs = _without_label([p for p in text.split("\n") if p], removed)
    if paragraphs:
        first, meta = _take_metadata_prefix(paragraphs[0])
        metadata.update(meta)
        paragraphs[0] = first
        paragraphs = _take_metadata_lines(paragraphs, metadata)

    paragraphs = _drop_page_furniture(paragraphs, removed)
    title, title_source, body = _split_title(paragraphs, removed)
    body = _drop_other_stories(body, removed)
    body = _drop_release_end(_drop_tail_boilerplate(body, removed), removed)
    body = _drop_inline_boilerplate(body, removed)
    body = _drop_duplicates(body, title, removed)
    if text_language("\n".join(body)) is None:  # (English words' frequencies tell glued
        body = [unglue(p) for p in body]          # English words apart, not "intervenus")
        title = unglue(title)

    if title_source == "line":
        text = "\n\n".join([title, *body])
    else:
        text = "\n\n".join(body)
    return Cleaned(title=title, text=text, title_source=title_source, metadata=metadata,
                   removed=removed)


# A label over a release's or a story's headline, no title of its own (audit 33: a press
# release saved as .txt was titled "PRESS RELEASE" on every page, its headline on line 2).
_LABEL = re.compile(r"(?:(?:press|news|media) release|for (?:immediate|general) release|media "
                    r"(?:statement|advisory)|breaking(?: news)?|update(?: \d+)?|exclusive)"
                    r"\s*[:.!–—-]?", re.IGNORECASE)


def _without_label(paragraphs: list[str], removed: list) -> list[str]:
    """The lines without a first line that is only a label (`_LABEL`), where a line follows
    it: that line, the headline, is the title."""
    if len(paragraphs) > 1 and _LABEL.fullmatch(paragraphs[0]):
        removed.append(("page furniture", paragraphs[0]))
        return paragraphs[1:]
    return paragraphs


def _take_metadata_prefix(paragraph: str) -> tuple[str, dict[str, str]]:
    """Strip leading "date …"/"By …" fields that scrapers glue onto the first line."""
    meta: dict[str, str] = {}
    while True:
        match = _META_PREFIX.match(paragraph)
        if not match:
            break
        key = match.group("key").lower()
        meta["updated" if "updated" in key else "published"] = match.group("value")
        paragraph = paragraph[match.end():]
    byline = _BYLINE_PREFIX.match(paragraph)
    if byline and len(paragraph) - byline.end() < 3 or _signed_from(paragraph.strip()):
        meta["byline"] = paragraph.strip()
        paragraph = ""
    return paragraph.strip(), meta


# A byline with where its writer wrote from, or their role: "By " and two or three words in
# capitals ("By Chidi Okeke", "By John Hall"), then ", Staff Writer", or ", Kyiv" or " in
# Lagos" after a person's name (`_a_writers_name`: not "By The Numbers, London", review 22).
# Review 21: "By Jane Doe, Kyiv" and "By Jane Doe in Lagos" under the title had stayed in the
# text, Kyiv and Lagos mentions dated by the story, and the byline in its snippets. "By
# Monday the river had risen" and "By Air India flight" go on in lower case: no byline.
_NAME_WORDS = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,2}"
# Audit 33: and "By Kelly Brandt | Des Moines Register", "By Staff | Duluth News Tribune":
# a writer and the outlet they write for (`_an_outlet`), after a bar, a comma or a dash.
_SIGNED_FROM = re.compile(
    rf"By\s+(?P<name>{_NAME_WORDS}|[A-Z][\w.'’-]*)(?:\s*[,|–—]\s*|\s+-\s+|\s+in\s+)"
    r"(?P<where>[A-Z][\w.'’& -]*)")
# "Jane Doe, Kyiv" right under the title: a writer's name and where they wrote from.
_NAME_AND_PLACE = re.compile(rf"(?P<name>{_NAME_WORDS})\s*,\s*(?P<where>[A-Z][\w.'’ -]*)")


def _signed_from(line: str) -> bool:
    """Whether a line is "By", a name, and a writer's role or outlet, or a writer's name and
    a place (`_SIGNED_FROM`; not "By Royal Appointment in Windsor", "By The Numbers,
    London")."""
    signed = _SIGNED_FROM.fullmatch(line)
    if not signed:
        return False
    name, where = signed["name"].split(), signed["where"]
    return _a_credit(where) or _an_outlet(where) or len(name) > 1 and \
        a_place_name(where) and _a_writers_name(name)


def _name_and_place(line: str, story: list[str]) -> bool:
    """Whether a line is a writer's name or role and a place ("Jane Doe, Kyiv", "Chidi Okeke,
    Lagos", "Staff Correspondent, Cox's Bazar"), not a place and its country, a team and its
    ground, a venue or an event and its place ("Old Trafford, Manchester", "Leeds Rhinos,
    Headingley", "Jackson Square, New Orleans", "World Cup, Qatar"), nor the story's subject
    and a place: a name whose surname the `story` (its title and paragraphs) holds
    ("Emmanuel Macron, Paris" over "… Macron promised aid"); a writer's is in no story of
    theirs."""
    found = _NAME_AND_PLACE.fullmatch(line)
    if not found or not a_place_name(found["where"]):
        return False
    words = found["name"].split()
    return _a_credit(found["name"]) or _a_writers_name(words) and \
        not _named_in(words[-1], story) and not _venue_referred_to(words, story)


def _venue_referred_to(words: list[str], story: list[str]) -> bool:
    """Whether a name with a venue's kind word that is a surname too ("Albert Hall", "Chris
    Church") is the venue the story goes on about as "the hall", "the church": a writer's
    surname is no noun of their story (audit: "Albert Hall, London" over a Proms story
    saying "the hall" had been cut as a byline)."""
    kinds = {word.lower() for word in words} & SURNAME_KINDS
    return any(re.search(rf"\b(?:the|this|its)\s+{kind}\b", paragraph)
               for kind in kinds for paragraph in story)


def _named_in(surname: str, story: list[str]) -> bool:
    """Whether a story's paragraphs name a surname (one in capitals, "OBI", as a text
    writes it: "Obi")."""
    written = surname.title() if surname.isupper() else surname
    named = re.compile(rf"(?<![\w'’-]){re.escape(written)}(?![\w-])")
    return any(named.search(paragraph) for paragraph in story)


def a_place_name(name: str) -> bool:
    """A place's name, one to four words ("Kyiv", "Port Harcourt"), by the gazetteer (none
    where no index is built)."""
    gazetteer = _gazetteer()
    return gazetteer is not None and len(name.split()) <= 4 and \
        gazetteer.has_key(name_key(name))


# Words of a place's, a venue's, a body's, a team's or an event's name, which a writer's name
# holds nowhere, even after a given name: "Jackson Square, New Orleans", "John Lennon
# Airport, Liverpool", "Martin Place, Sydney", "Alexandra Palace, London", "Storm Ciaran,
# Ireland" under the title had been cut as bylines, their places lost (review 22). The kinds
# of places and institutions recognition knows (`HEAD_WORDS`, `KIND_WORDS`) and these; not
# "Hall", a surname as often ("John Hall, Kyiv" is a writer's).
_NOT_IN_A_WRITERS_NAME = (HEAD_WORDS | KIND_WORDS | frozenset({
    # places and buildings
    "place", "palace", "castle", "tower", "abbey", "arch", "gate", "quay", "wharf", "pier",
    "plaza", "piazza", "terrace", "crescent", "farm", "line", "mosque", "temple",
    "synagogue", "shrine", "basilica", "chapel", "theatre", "theater", "opera", "gallery",
    "studio", "studios", "statue", "hotel", "barracks", "base", "ground", "oval", "circuit",
    "racecourse", "dome", "intercontinental",
    # bodies and teams
    "trust", "corporation", "fc", "afc", "rovers", "wanderers", "athletic", "albion",
    "rangers", "pirates", "chiefs", "swans", "tigers", "lions", "eagles", "sharks", "giants",
    # events, storms and operations
    "league", "cup", "bowl", "trophy", "games", "olympics", "championship", "championships",
    "prix", "marathon", "carnival", "storm", "cyclone", "hurricane", "typhoon", "operation",
    "royal",
})) - {"hall"}
# Kind words that are common surnames too ("John Hall", "Chris Church", Korea's "Park
# Si-soo"): a writer's surname after a given name, or first before a Korean given name
# (`_kind_as_surname`); a venue where the story calls it by the kind word
# (`_venue_referred_to`). "Chris Church, Leeds" and "Park Si-soo, Seoul" had stayed in the
# text, their writers' places dated by the story.
SURNAME_KINDS = frozenset({"hall", "park", "church"})
# A romanised Korean given name, two syllables joined by a hyphen: "Si-soo", "Chan-wook".
_KOREAN_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")
# A title before a name is not a byline's ("Prince Harry, London", "King Charles, Windsor");
# "Dean" is a given name more often.
_TITLES_FIRST = TITLES - {"dean"}


def _a_writers_name(words: list[str]) -> bool:
    """Two or three words of a person's name: no title first nor any word a place's, a
    venue's, a body's or an event's (not "Prince Harry", "Nelson Mandela Square", "Storm
    Ciaran"), the whole no place's name ("Old Trafford"), and its first word a given name or
    an initial ("John Hall"), or else no word an ordinary word or a place's name ("Chidi
    Okeke", not "World Cup", "Leeds Rhinos" nor "By The Numbers")."""
    gazetteer = _gazetteer()
    lowered = [word.strip(".'’").lower() for word in words]
    if gazetteer is None or gazetteer.has_key(name_key(" ".join(words))) or \
            lowered[0] in _TITLES_FIRST:
        return False
    if _kind_as_surname(words, gazetteer.given_names):
        return True
    if any(word in _NOT_IN_A_WRITERS_NAME for word in lowered):
        return False
    if _given_name(words[0], gazetteer.given_names):
        return True
    return not any(_zipf(word) >= COMMON_WORD_ZIPF or gazetteer.has_key(name_key(word))
                   for word in lowered)


def _given_name(word: str, given_names: frozenset[str]) -> bool:
    """An initial or a given name ("J.", "Chris", "Jean-Paul" by its first part)."""
    first = word.split("-")[0]
    return bool(_INITIAL.fullmatch(first)) or first in given_names or \
        fold(first).capitalize() in given_names


def _kind_as_surname(words: list[str], given_names: frozenset[str]) -> bool:
    """Two words, one a kind word that is a surname too (`SURNAME_KINDS`): last after a given
    name ("Chris Church") or first before a Korean given name ("Park Si-soo"), and the other
    word no kind word ("Park Lane", "Church Street" are places). A given name that is a
    place's too names a park or a church after it ("Grace Church", "Victoria Park"), as
    ever; "John Hall" and "David Hall" are writers', as before."""
    if len(words) != 2:
        return False
    first, last = (word.strip(".'’").lower() for word in words)
    if last in SURNAME_KINDS and first not in _NOT_IN_A_WRITERS_NAME:
        return _given_name(words[0], given_names) and \
            (last == "hall" or not a_place_name(words[0]))
    return first in SURNAME_KINDS and last not in _NOT_IN_A_WRITERS_NAME and \
        bool(_KOREAN_GIVEN_NAME.fullmatch(words[1]))


# Scrapers also write the date or byline on its own line just under the title.
METADATA_LINES = 3


def _take_metadata_lines(paragraphs: list[str], metadata: dict[str, str]) -> list[str]:
    """Drop lines near the top that are only a metadata field ("date 2022-04-26", "By Jane
    Doe", and "Jane Doe, Kyiv" right under the title: `_name_and_place`), keeping the first
    value of each field; a field glued to prose stays (only the first line's prefix is cut,
    by `_take_metadata_prefix`)."""
    kept = []
    for number, paragraph in enumerate(paragraphs):
        if number < METADATA_LINES and paragraph:
            rest, meta = _take_metadata_prefix(paragraph)
            if not meta and len(kept) == 1 and _a_title(kept[0]) and (
                    _name_and_place(rest, [kept[0], *paragraphs[number + 1:]]) or
                    _a_credit_line(rest)):
                meta, rest = {"byline": rest}, ""
            if meta and not rest:
                for key, value in meta.items():
                    metadata.setdefault(key, value)
                continue
        if paragraph:
            kept.append(paragraph)
    return kept


def _a_credit_line(line: str) -> bool:
    """A credit with no "By": an agency, an outlet or a writer's role ("ABC Pacific",
    "Limpopo Mirror Staff Reporter", "Des Moines Register"), perhaps after a writer's name
    and a bar or a comma ("Kelly Brandt | Des Moines Register", "Jane Doe, Daily News").
    Audit 33: such a line under the title had stayed the story's first sentence ("ABC
    Pacific" pinned on the Pacific Ocean, dated 6 June)."""
    if line.count("|") + line.count(",") > 1:
        return False  # (three parts or more, counted before splitting: a story's paragraph
        # had been split whole, and it has many commas)
    parts = re.split(r"\s*[|,]\s*", line)
    if len(parts) > 2 or _SENTENCE_END.search(line) or not all(map(_in_capitals, parts)):
        return False
    return (_a_credit(parts[-1]) or _an_outlet(parts[-1])) and \
        all(_a_writers_name(part.split()) for part in parts[:-1])


# The last word of an outlet's name: a newspaper's (`MASTHEAD_WORDS`: "Des Moines
# Register", "Duluth News Tribune") and a wire's, a broadcaster's or a site's.
_OUTLET_WORDS = MASTHEAD_WORDS | frozenset({
    "wire", "newswire", "mirror", "online", "network", "radio", "tv", "television",
    "agency", "monitor", "weekly", "today", "magazine", "newspaper", "broadcasting"})


def _an_outlet(part: str) -> bool:
    """An outlet's name: two to five words in capitals (an "of", "the" or "&" among them)
    ending in an outlet's word (`_OUTLET_WORDS`), with no verb before it (`_a_verb`)."""
    words = part.split()
    return 2 <= len(words) <= 5 and words[-1].lower() in _OUTLET_WORDS and all(
        word[:1].isupper() or word in ("of", "the", "and", "&") for word in words) and \
        not any(map(_a_verb, words[:-1]))


# Past forms in "-ed" that outlets' names hold ("United Press", "Associated Press").
_NAMES_PAST_FORMS = frozenset({"united", "associated", "illustrated", "syndicated"})


def _a_verb(word: str) -> bool:
    """A word that reads as a verb in a headline's title case: a finite verb or auxiliary
    (`_FINITE_HINTS`), an irregular past or one in "-ed". UI 60: a deck under the title,
    "Rescuers Searched Irpin Today", had been taken for an outlet's credit (its last word
    one of "Kyiv Today"'s) and removed as a byline, Irpin with it."""
    lowered = word.lower().strip(".,'’")
    return lowered in _FINITE_HINTS or lowered in _PAST_FORMS or (
        lowered.endswith("ed") and len(lowered) > 4 and lowered not in _NAMES_PAST_FORMS)


def _word_count(paragraph: str) -> int:
    """Words in a paragraph (`_words`, cached: cleaning asks several times about each)."""
    return len(_words(paragraph))


@lru_cache(maxsize=1024)
def _words(paragraph: str) -> tuple[str, ...]:
    """A paragraph's words, found once for its count and its tokens (`_tokens`): each had
    run its own scan of every body paragraph."""
    return tuple(_WORD.findall(paragraph))


def _a_title(paragraph: str) -> bool:
    """A short first line is the title (a long one is the lead)."""
    return _word_count(paragraph) <= 25 and len(paragraph) <= 200


# A sentence's end that is a name's initials ("blues legend B.B. King"), not its full stop.
_INITIALS_END = re.compile(r"\b(?:[A-Z]\.){2,}$")


def _first_sentence(paragraph: str) -> str:
    """The lead's first sentence, past abbreviations and initials: a title cut at the first
    full stop had read "Senior U.S.", "Dr." or "Two daughters of blues legend B.B." (an
    audit: 22 of 523 LGL and GeoVirus articles)."""
    spans = sentence_spans(paragraph)
    if not spans:
        return paragraph
    end = spans[0][1]
    for _, next_end in spans[1:]:
        if not _INITIALS_END.search(paragraph, 0, end):
            break
        end = next_end
    return paragraph[spans[0][0]:end]


def _split_title(paragraphs: list[str], removed: list) -> tuple[str, str, list[str]]:
    """A short first line is the title; a long one is the lead and the title is derived."""
    if not paragraphs:
        return "", "none", []
    first = paragraphs[0]
    if _a_title(first):
        return first, "line", paragraphs[1:]
    sentence = _first_sentence(first)
    if len(sentence) > 120:
        sentence = sentence[:117].rsplit(" ", 1)[0] + "…"
    return sentence, "lead", paragraphs


# A web page's text pasted into a file (select all, copy, paste) opens with the page's
# furniture: a skip link, the cookie banner's buttons, the site's menu, one short line each
# (audit 22: "Skip to content" had titled the BBC's "Storm Isha: Thousands without power in
# Northern Ireland", which then went as a "pull quote" of the lead).
_SKIP_LINK = re.compile(r"(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|article|"
                        r"story|search|footer|menu)\b", re.IGNORECASE)
_COOKIES = re.compile(r"\bcookies?\b", re.IGNORECASE)
FURNITURE_LINES = 15  # the first lines searched for a pasted page's menu
# …and under a skip link, which proves a page: a big site's menu has more items than that
# (audit 23: the Guardian's 19 lines, "Print subscriptions" to "Global development", had
# titled its story "Middle East", undated, with Africa and the Middle East pinned).
SKIPPED_MENU_LINES = 60
MENU_WORDS = 3  # a menu's item: "Home", "News", "US politics"
# A photo's credit ends its caption: "… near Athens on Monday. Photograph: Alexandros
# Avramidis/Reuters", "(Photo by Jane Doe/AFP)"; a caption above the headline had titled
# the story.
_PHOTO_CREDIT = re.compile(
    r"(?:\.\s+|\(|^)(?:Photograph|Photo|Picture|Image|Illustration)(?:\s+by)?\s*:?\s+"
    r"[^.!?]{2,80}?\)?$")
CAPTION_WORDS = 40


def _furniture(line: str) -> bool:
    """A line of a page's furniture: a skip link, a short line of its cookie banner ("Accept
    additional cookies"), or a menu's item (three words at most, no figure, no sentence's
    end: not a date line)."""
    return bool(_SKIP_LINK.match(line)) or (
        _COOKIES.search(line) is not None and _word_count(line) <= 6) or (
        _word_count(line) <= MENU_WORDS and not _SENTENCE_END.search(line)
        and not any(character.isdigit() for character in line))


def _drop_page_furniture(paragraphs: list[str], removed: list) -> list[str]:
    """A pasted page's lines above its headline, where they show a page: the run of
    `_furniture` lines that begins with a skip link or a cookie line, or one of two lines or
    more over a headline and its date line ("Home / News / Sport / Weather / Storm Isha: … /
    22 January 2024"). Under a skip link the run goes on further (`SKIPPED_MENU_LINES`) and
    takes a credited photo caption too; the line right above a date line is the headline
    however short. A text's own short first lines stay: a one-word title over its story or
    its date, a kicker over a headline ("World / Floods in Leeds / 5 March 2024")."""
    shown = _SKIP_LINK.match(paragraphs[0]) if paragraphs else None
    shown = shown or paragraphs and _COOKIES.search(paragraphs[0])
    limit = min(len(paragraphs) - 1, SKIPPED_MENU_LINES if shown else FURNITURE_LINES)
    captions = []
    run = 0
    while run < limit and (_furniture(paragraphs[run]) or
                           shown and _a_credited_caption(paragraphs[run])):
        if not _furniture(paragraphs[run]):
            captions.append(run)
        run += 1
    if not run:
        return paragraphs
    if _a_date_line(paragraphs[run]):
        run -= 1  # (the headline is above the date)
        dated = True
    else:
        dated = run + 1 < len(paragraphs) and _a_date_line(paragraphs[run + 1])
    if not run or not shown and (run < 2 or not dated or _furniture(paragraphs[run])):
        return paragraphs  # (without a skip link, a headline longer than a menu's item:
    # "Storm hits Leeds" over eight "Share" lines and a date is its title — audit 21)
    removed.extend(("photo caption" if number in captions else "page furniture", line)
                   for number, line in enumerate(paragraphs[:run]))
    return paragraphs[run:]


def _a_credited_caption(paragraph: str) -> bool:
    """A photo's caption ending in its credit (`_PHOTO_CREDIT`), which no story's sentence
    does."""
    return _word_count(paragraph) <= CAPTION_WORDS and bool(_PHOTO_CREDIT.search(paragraph))


def _a_date_line(line: str) -> bool:
    """A line that is a date alone, as a page's under its headline ("22 January 2024")."""
    from placeline.dates import date_from_dateline  # (dates reads cleaned texts)

    return bool(line) and date_from_dateline(line, {}) is not None


# The heading of a page's list of other stories, which a pasted page's text keeps after its
# story: its teasers had put a Northern Ireland storm in Gloucester, Aberdeenshire, Chile and
# Hong Kong (audit 22). A story's own subheadings ("Latest", "Background") are none.
_OTHER_STORIES = re.compile(
    r"(?:related (?:topics|stories|articles|links|content|coverage|reading)|more on this "
    r"(?:story|topic)|more (?:from|stories from) [\w ]{1,30}|most (?:read|popular|viewed|"
    r"watched|shared|commented)|top stories|you (?:may|might) also (?:like|be interested in)|"
    r"recommended (?:for you|stories|articles|reading)|also in the news|read (?:more|next)|"
    r"see also|trending(?: now| stories)?|(?:elsewhere|more) on (?:the )?[\w ]{1,30}|"
    r"latest (?:news|stories|headlines)|(?:explore )?more on th(?:is|ese) topics?)\s*:?",
    re.IGNORECASE)
TEASER_WORDS = 20  # a teaser's headline: shorter, and no sentence's end but "?"
# A label of other stories with their headlines on its own line: "Read more: Storm batters
# Cardiff", "Read more: What to do in an earthquake | How Peru prepares for the "big one""
# (audit 33: a teaser's headline had made an event of its own, "Zimbabwe truckers stranded
# at Beitbridge", and been shown as Greenfield's sentence). The colon or arrow makes it a
# label: "Residents can read more about the plan in Leeds." is a sentence.
_TEASER_LABEL = re.compile(r"(?:read (?:more|next|also)|also read|see also|related(?: stories"
                           r"| articles| coverage)?|more on this(?: story)?)\s*(?::|>>|»|›|→)\s*",
                           re.IGNORECASE)
_TEASER_SEPARATOR = re.compile(r"\s+[|•·]\s+")
# A link to the rest of the story or the site, alone on its line: "Read more >>",
# "Continue reading…".
_READ_ON = re.compile(r"(?:read (?:more|on|the full (?:story|article))|continue reading|full "
                      r"story)\s*(?:>>|»|›|→|\.\.\.|…)", re.IGNORECASE)


def _a_teaser(headline: str) -> bool:
    """A teaser's headline: short, ending no sentence (a question may)."""
    return 0 < _word_count(headline) <= TEASER_WORDS and \
        not re.search(r"[.!…][\"”’)]*$", headline)


def _teasers_line(paragraph: str) -> bool:
    """A label of other stories and their headlines on one line (`_TEASER_LABEL`), the
    headlines perhaps between bars."""
    label = _TEASER_LABEL.match(paragraph)
    return bool(label) and label.end() < len(paragraph) and all(
        _a_teaser(headline) for headline in _TEASER_SEPARATOR.split(paragraph[label.end():]))


def _drop_other_stories(body: list[str], removed: list) -> list[str]:
    """Each heading of other stories (`_OTHER_STORIES`), with the teasers under it (short
    lines that end no sentence, or ask), to the story's next paragraph of prose; a line of
    teasers after their label (`_teasers_line`), and a link to read on (`_READ_ON`)."""
    kept: list[str] = []
    heading = False
    for paragraph in body:
        if _OTHER_STORIES.fullmatch(paragraph):
            heading = True
            removed.append(("other stories", paragraph))
        elif heading and _a_teaser(paragraph) or _teasers_line(paragraph):
            removed.append(("other stories", paragraph))
        elif _READ_ON.fullmatch(paragraph):
            removed.append(("page furniture", paragraph))
        else:
            heading = False
            kept.append(paragraph)
    return kept


# A share bar's buttons, two or more between bars or dots: "Facebook | Twitter | WhatsApp",
# "Share | Copy link | Comments (12)" (audit 33: kept as the story's last sentence). Every
# item must be a button's label, so no line of a story is one.
_SHARE_BUTTON = re.compile(
    r"(?:share (?:on |via |to )?)?(?:share|copy link|copy|link|e-?mail|mail|print|save|comments?"
    r"|facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|messenger|bluesky"
    r"|threads|flipboard|tumblr|sms|tweet)(?: \(\d+\)| \d+)?", re.IGNORECASE)
_BAR = re.compile(r"\s*[|•·]\s*")


def _a_share_bar(paragraph: str) -> bool:
    """A line of share buttons (`_SHARE_BUTTON`), perhaps after "Share:"."""
    line = re.sub(r"^share(?: this(?: article| story| page)?)?\s*:\s*", "", paragraph.strip(),
                  flags=re.IGNORECASE)
    if _SHARE_BUTTON.match(line) is None:
        return False  # (its first button is none: most paragraphs, told before splitting
        # them whole at their bars)
    buttons = _BAR.split(line)
    return (len(buttons) >= 2 or line != paragraph.strip()) and \
        all(_SHARE_BUTTON.fullmatch(button) for button in buttons)


def _without_debris(paragraph: str, max_words: int = 60) -> tuple[str, str]:
    """(story, debris) of a paragraph: with ad or footer vocabulary and at most `max_words`
    words (counted first: it is the cheaper test, and long paragraphs are prose), all of it
    is debris unless a sentence reads as the story's prose; then only the trailing sentences
    that carry the vocabulary and do not ("… on Thursday. (Reporting by …)")."""
    if _word_count(paragraph) > max_words:
        return paragraph, ""
    lowered = paragraph.lower()
    if not _BOILERPLATE.search(lowered):
        return paragraph, ""
    if _DEBRIS.search(lowered):
        return "", paragraph
    starts = [0, *(m.end() for m in _SENTENCE_BREAK.finditer(paragraph))]
    sentences = [paragraph[a:b].strip() for a, b in zip(starts, [*starts[1:], None])]
    story = [_is_story_sentence(text, paragraph[:start])
             for text, start in zip(sentences, starts)]
    if not any(story):
        return "", paragraph
    end = len(sentences)
    while not story[end - 1] and _BOILERPLATE.search(sentences[end - 1].lower()):
        end -= 1
    if end == len(sentences):
        return paragraph, ""
    return paragraph[:starts[end]].rstrip(), paragraph[starts[end]:]


# A sentence ends at . ! ? (perhaps closing a quote or bracket) before a capital, a digit or
# an opening bracket ("… on Thursday. (Reporting by …)"); "Mr. Smith" splits too, harmlessly.
_SENTENCE_BREAK = re.compile(r"(?:(?<=[.!?…][\"”’)\]])|(?<=[.!?…]))\s+(?=[\"“‘(\[]?[A-Z0-9©])")
_SENTENCE_START = re.compile(r"[\"“‘']?[A-Z0-9]")
# A site speaks to its reader ("Follow us", "your inbox", "our newsletter"); a story reports.
_ADDRESSES_READER = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Oo]ur|us)\b")  # not "US"
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")  # quoted speech may say "you" and "our"
# …and tells them what to do, perhaps after saying what for ("For the latest news follow …").
_CALL_TO_ACTION = re.compile(
    r"(?:(?:for|to) [^,.;:]{0,60}?[ ,]+)?(?:sign|click|follow|subscribe|read|download|watch"
    r"|share|like|join|visit|get|see|register|try|scroll|listen)\b(?!-)"
)
MIN_PROSE_WORDS = 8  # "Read more at example.com" and "Follow us on Telegram" are shorter
# A wire story's credit to its other writers, a sentence of prose but no story's (audit 23:
# AP's "Associated Press writer Jan M. Olsen in Copenhagen, Denmark, contributed to this
# report." had pinned Copenhagen and Denmark on an eruption in Iceland).
_CONTRIBUTED = re.compile(r"\bcontributed(?: reporting| to (?:this|the) (?:report|story|"
                          r"article))", re.IGNORECASE)


def _is_story_sentence(sentence: str, before: str) -> bool:
    """A sentence of the story, not a site's line: quoted speech (it opens inside a quote),
    or prose, that is, a whole sentence of several mostly lower-case words that neither
    calls the reader to action nor addresses them."""
    if before.count('"') % 2 or before.count("“") > before.count("”"):
        return True
    words = _WORD.findall(sentence)
    if (len(words) < MIN_PROSE_WORDS or not _SENTENCE_START.match(sentence)
            or not _SENTENCE_END.search(sentence)):
        return False
    if sentence[0] not in "\"“‘'" and (_CALL_TO_ACTION.match(sentence.lower()) or
                                     _CONTRIBUTED.search(sentence)):
        return False
    if _ADDRESSES_READER.search(_QUOTED.sub("", sentence)):
        return False
    lower = sum(word[0].islower() for word in words[1:])
    return 2 * lower >= len(words) - 1


def _is_byline(paragraph: str) -> bool:
    """A writer's or an agency's credit on its own line, without sentence punctuation: "By
    …", an agency, an outlet or a reporter's role after any name ("Reuters", "BBC News",
    "Chidi Okeke, Staff Writer"), a person's name (`_a_persons_name`), or two or three of
    these joined ("AFP/Reuters", "Jane Doe, John Smith", "Jane Doe and John Smith"), after
    "Contact", "Email" or "Follow" too. Not any one to four words in capitals: a story's last line naming a
    place or an institution, a list's last item or a photo's place, had been cut so, its
    place on no map ("Closed schools include: … Ripon Grammar School / Knaresborough
    Primary", review 20b)."""
    line = paragraph.strip()
    if _SENTENCE_END.search(line):
        return False
    if _CREDIT_LINE.fullmatch(line):
        return True
    signed = line.lower().startswith("by ")
    contact = _CONTACT.match(line)
    parts = _JOINED.split(line[3:] if signed else line[contact.end():] if contact else line)
    if not (len(parts) <= 3 and all(_in_capitals(part) for part in parts)):
        return False
    return signed or _a_credit(parts[-1]) or \
        all(_a_credit(part) or _a_persons_name(part.split()) for part in parts) or \
        len(parts) > 1 and _an_outlet(parts[-1]) and \
        all(_a_persons_name(part.split()) for part in parts[:-1])


def _in_capitals(part: str) -> bool:
    """One to four words, each beginning with a capital."""
    words = part.split()
    return 1 <= len(words) <= 4 and all(word[:1].isupper() for word in words)


def _a_credit(part: str) -> bool:
    """An agency, an outlet or a reporter's role, in capitals too ("STAFF REPORT"), or an
    agency's desk: its name and a region's or a desk's word ("ABC Pacific")."""
    if _CREDIT.fullmatch(part) or part.isupper() and _CREDIT.fullmatch(part.title()):
        return True
    desk = _AGENCY_DESK.fullmatch(part)
    return bool(desk) and (desk["desk"].lower() in _DESKS or a_place_name(desk["desk"]))


# Agencies and outlets, by the names their credits give them ("The Associated Press", "BBC
# News", "Kyodo News", "Xinhua News Agency"), and the roles and phrases a credit gives its
# writer ("Staff Reporter", "Our Correspondent", "Jane Doe, Staff Writer", "Staff Report",
# "From Wire Reports"). Review 21: a4dee98 had kept in the text every credit not listed here,
# "The Associated Press", "CNN", "BBC News" and "AFP/Reuters" among them. A broadcaster whose
# name is a word ("Sky") is one with "News" only.
_AGENCIES = ("Reuters|AP|AFP|UPI|PA(?: Media)?|Press Association|Associated Press|"
             "Agence France-Presse|Bloomberg|dpa|DPA|EFE|Agencia EFE|Europa Press|ANSA|Xinhua|"
             "Kyodo|Yonhap|TASS|RIA Novosti|Interfax|Anadolu|AAP|Australian Associated Press|"
             "CP|Canadian Press|PTI|IANS|ANI|BBC|CNN|NBC|CBS|ABC|CBC|NPR|NHK|DW|Euronews")
# The same names for recognition, whatever their case ("Tass reported": geo64).
AGENCY_NAME = re.compile(_AGENCIES, re.IGNORECASE)
_CREDIT = re.compile(
    rf"(?:The )?(?:{_AGENCIES})(?: News)?(?: Agency)?|(?:Sky|Fox) News|Agencies"
    r"|(?:From )?Wire Reports?|(?:Wire|News) Services?|Staff Reports?"
    r"|(?:Daily )?Mail Foreign Service"
    r"|(?:[A-Z][a-z]+ ){0,3}(?:Reporter|Writer|Correspondent|Editor|Staff)")
# An agency's or a broadcaster's desk: "ABC Pacific", "BBC Africa", "AFP Asia", "CNN
# International" (audit 33: "ABC Pacific" under a title had been pinned on the Pacific).
_AGENCY_DESK = re.compile(rf"(?:The )?(?:{_AGENCIES})(?: News)? (?P<desk>[A-Z][\w-]+)")
_DESKS = frozenset({"international", "world", "online", "digital", "radio", "television", "tv",
                    "sport", "sports", "business", "local", "regional"})
_CREDIT_LINE = re.compile(r"(?:[A-Z][a-z]+ )?[Ss]taff and agencies")  # the Guardian's
_CONTACT = re.compile(r"(?:Contact|E-?mail|Follow):?\s+", re.IGNORECASE)
# "AFP/Reuters", "Jane Doe and John Smith", "Kelly Brandt | Des Moines Register"
_JOINED = re.compile(r"\s*(?:[,/&|]|\band\b)\s*")
_INITIAL = re.compile(r"(?:[A-Z]\.)+")


def _a_persons_name(words: list[str]) -> bool:
    """Two to four words, the first a given name or an initial ("Kayleigh Williams", "J. K.
    Smith", "Zoë Ball", "Mary-Ann Jones"), none a place's kind or an institution's ("Victoria
    Station", "Chester Zoo": `name_context.HEAD_WORDS`), and no place's name whole ("Jackson
    Hole", "Charlotte Amalie"). A place's name is no given name ("Knaresborough Primary")."""
    gazetteer = _gazetteer()
    if gazetteer is None or not 2 <= len(words) <= 4 or any(
            w.strip(".'’").lower() in HEAD_WORDS for w in words[1:]):
        return False
    first = words[0].split("-")[0]
    return (bool(_INITIAL.fullmatch(first)) or first in gazetteer.given_names or
            fold(first).capitalize() in gazetteer.given_names) and \
        not gazetteer.has_key(name_key(" ".join(words)))


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer | None:
    """The gazetteer, for its given names and place names (None where no index is built:
    then no line is a person's). Cleaning runs before the geoparser's is opened, and in
    Dask's workers."""
    from placeline.gazetteer import Gazetteer, index_folder

    try:
        return Gazetteer(index_folder())
    except GazetteerMissingError:
        return None


def _drop_tail_boilerplate(body: list[str], removed: list) -> list[str]:
    """Ads, footers and bylines sit at the end; cut them from the end backwards."""
    end = len(body)
    while end > 0:
        paragraph = body[end - 1]
        story, debris = _without_debris(paragraph)
        if debris:
            removed.append(("ad or site footer", debris))
            if story:  # the story's last sentence, before a credit line: the end is found
                return [*body[:end - 1], story]
        elif _a_share_bar(paragraph):
            removed.append(("page furniture", paragraph))
        elif _is_byline(paragraph):
            removed.append(("byline", paragraph))
        elif _word_count(paragraph) == 0:
            removed.append(("empty", paragraph))
        else:
            break
        end -= 1
    return body[:end]


# A press release's end matter (UI 60): its "Media contact:" block (names, roles, an address,
# a telephone) and its "About Acme Corp." paragraphs, the company's description ("Acme Corp.
# is a leading provider of …, headquartered in Houston, with offices in London"). Kept, they
# gave a story in Toledo places in Houston and London and the company's founding year. Both
# are headings of their own line that no story's sentence is, at the end of the text only.
_CONTACT_HEADING = re.compile(
    r"(?:(?:media|press|news|investor|public relations|pr)(?: relations)?"
    r" (?:contacts?|inquiries|enquiries|queries)"
    r"|for (?:more|further) information,?(?: please)? contact)(?:\s*:.*|\s*)",
    re.IGNORECASE)  # (the whole line, or the contact after its colon: no sentence's words)
_REACHED_AT = re.compile(r"@[\w-]+\.\w|\+?\d[\d ().-]{6,}\d|https?://|www\.")
# A contact's offer of its spokespeople ("Spokespeople are available for interviews in
# French and Wolof": audit 34).
_AVAILABLE_FOR_INTERVIEWS = re.compile(r"\bavailable (?:for|to give) (?:interviews?|comment)",
                                       re.IGNORECASE)
CONTACT_LINE_WORDS = 10  # a name, a role, an office: "Director of Communications, Acme"
CONTACT_LINES = 12  # two or three people, each a name, a role, an address and a number
_ABOUT = re.compile(r"About (?:[Uu]s|(?P<name>(?:The )?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z0-9]"
                    r"[\w&.,'’-]*|of|and|for|the|&)){0,6}))\s*:?")  # ("About us": audit 34)
ABOUT_PARAGRAPHS = 3  # a company's description: one to three paragraphs
# What says the paragraph under "About X" describes an organisation, not a place or a person.
_ORGANISATION_WORDS = re.compile(
    r"\b(?:company|companies|provider|leader|leading|founded|headquartered|based in|"
    r"organi[sz]ation|firm|corporation|manufacturer|developer|subsidiary|non-?profit|"
    r"charity|institute|university|agency|brand|nasdaq|nyse|listed on|customers|clients|"
    r"employs|employees|solutions|services|products)\b", re.IGNORECASE)


def _drop_release_end(body: list[str], removed: list) -> list[str]:
    """The body without a press release's end matter (`_contact_block`, `_about_block`), one
    block at a time from the end, with the site's lines before each (`_drop_tail_boilerplate`):
    a release may end "About Acme", then "Media contact:", then "© 2025 Acme"."""
    while (start := _contact_block(body)) is not None or (start := _about_block(body)) \
            is not None:
        removed.append(("press release's end matter", "\n".join(body[start:])))
        body = _drop_tail_boilerplate(body[:start], removed)
    return body


def _contact_block(body: list[str]) -> int | None:
    """Where a "Media contact:" block ends the body: its heading line (perhaps with the
    contact after its colon) and, to the end, only short lines or lines of an e-mail
    address, a telephone number or a web address. None where there is none, or where the
    block would be the whole body."""
    for start in range(len(body) - 1, max(len(body) - CONTACT_LINES, 0) - 1, -1):
        if _CONTACT_HEADING.fullmatch(body[start].strip()):
            after_colon = body[start].partition(":")[2].strip()
            lines = [after_colon, *body[start + 1:]] if after_colon else body[start + 1:]
            return start if start > 0 and all(map(_a_contact_line, lines)) else None
        if not _a_contact_line(body[start]):
            return None
    return None


def _a_contact_line(line: str) -> bool:
    """A line of a contact: a name, a role or an office in a few words, or an address or a
    number to reach them at."""
    return _word_count(line) <= CONTACT_LINE_WORDS or (
        _word_count(line) <= 2 * CONTACT_LINE_WORDS and  # (counted first: a story's
        bool(_REACHED_AT.search(line) or _AVAILABLE_FOR_INTERVIEWS.search(line)))  # last
    # paragraph had been searched whole, though too long to be a contact's line)


def _about_block(body: list[str]) -> int | None:
    """Where an "About X" block ends the body: the heading "About X" alone on its line,
    then one to `ABOUT_PARAGRAPHS` paragraphs to the end, the first opening with X's first
    word (or "The"/"X's") and saying what X is ("X is", "X, founded in …, is") with an
    organisation's word (`_ORGANISATION_WORDS`). A story's last section "About Lisbon"
    with "Lisbon is the capital" is no organisation's; "about" in prose is no heading."""
    for start in range(len(body) - 2, max(len(body) - ABOUT_PARAGRAPHS - 1, 0) - 1, -1):
        heading = _ABOUT.fullmatch(body[start].strip())
        if heading is None:
            continue
        if start == 0:
            return None
        return start if _describes(heading["name"], body[start + 1:]) else None
    return None


def _describes(name: str | None, paragraphs: list[str]) -> bool:
    """Whether `paragraphs` describe the organisation `name` (`_about_block`; None: "About
    us", whose paragraph opens with the organisation's own name, whatever it is)."""
    first = paragraphs[0]
    opening = name.removeprefix("The ").split()[0].rstrip(".,") if name else None
    if opening is not None and not re.match(rf"(?:The\s+)?{re.escape(opening)}\b", first):
        return False
    sentence = _first_sentence(first)
    return bool(re.search(r"\b(?:is|are|was|has been|have been)\b", sentence)) and \
        any(_ORGANISATION_WORDS.search(p) for p in paragraphs)


def _is_caption(paragraph: str, neighbours: list[str]) -> bool:
    """Short verbless line between prose paragraphs: a photo caption."""
    if not paragraph.rstrip().endswith(".") or not 2 <= _word_count(paragraph) <= 16:
        return False
    if not neighbours or min(_word_count(n) for n in neighbours) < 25:
        return False
    written = _WORD.findall(_ASIDE.sub(" ", paragraph))  # (a caption's "(left)" is no verb)
    words = [w.lower() for w in written]
    for i, w in enumerate(words):
        if w in _FINITE_HINTS:
            return False
        # A past form is a finite verb unless it is a passive participle ("organized by",
        # "homes hit by the floods"): "-ed" words, and the irregular ones the dates read as
        # told in the past, in lower case (not "the Met Office"): "Rescuers found 40 more
        # bodies in Susa on Wednesday." had been cut as a caption, Susa with it (audit 25b).
        if _a_past_form(words, written, i) and \
                (i + 1 >= len(words) or words[i + 1] != "by"):
            return False
    return True


def _a_past_form(words: list[str], written: list[str], i: int) -> bool:
    """Whether words[i] reads as a past verb: "-ed", an irregular past, or a form the present
    and a noun share ("Rain hit Kigali") unless a determiner or preposition makes it the noun
    ("A cut in the levee outside Derna." is a caption; review 25 item 5)."""
    w = words[i]
    if w.endswith("ed") and len(w) > 4:
        return True
    if not written[i].islower():
        return False
    if w in _SHARED_PAST:
        return i == 0 or words[i - 1] not in _DETERMINER_OR_PREPOSITION
    return w in _PAST_FORMS


# Irregular past forms (`past_forms.PAST_FORMS`), and those the present and a noun share.
_PAST_FORMS = frozenset(PAST_FORMS.split("|"))
_SHARED_PAST = frozenset(SHARED_PAST.split("|"))
# (not "her" nor "that", pronouns as often: "Officials let her cut the ribbon in Derna.")
_DETERMINER_OR_PREPOSITION = frozenset((
    "the", "a", "an", "its", "their", "his", "our", "this",
    "of", "over", "against", "on", "in", "into", "for", "from", "with",
))
_ASIDE = re.compile(r"\([^()]*\)")


def _drop_inline_boilerplate(body: list[str], removed: list) -> list[str]:
    kept = []
    debris_at = {i for i, paragraph in enumerate(body)
                 if _without_debris(paragraph, max_words=25)[1]}
    promotion = _promotions(body, debris_at)
    for i, paragraph in enumerate(body):
        neighbours = body[max(0, i - 1):i] + body[i + 1:i + 2]
        story, debris = _without_debris(paragraph, max_words=25)
        if debris:
            removed.append(("ad or site footer", debris))
            if story:
                kept.append(story)
        elif i in promotion or _inside_a_promotion(body, i, debris_at):
            removed.append(("ad or site footer", paragraph))
        elif _a_share_bar(paragraph):
            removed.append(("page furniture", paragraph))
        elif _is_caption(paragraph, neighbours) or _a_credited_caption(paragraph):
            removed.append(("photo caption", paragraph))
        else:
            kept.append(paragraph)
    return kept


PROMOTION_LINES = 6  # a newsletter's promotion: its sign-up, name, pitch, privacy notice


def _promotions(body: list[str], debris_at: set[int]) -> set[int]:
    """Paragraphs of a newsletter's promotion that a page marks as one, from its "Sign up
    to …" to its "after newsletter promotion" (the Guardian's), its privacy notice, however
    long, among them."""
    inside: set[int] = set()
    for end in sorted(debris_at):
        if "newsletter promotion" not in body[end].lower():
            continue
        starts = [i for i in range(max(0, end - PROMOTION_LINES), end) if i in debris_at
                  and re.search(r"sign up|newsletter", body[i], re.IGNORECASE)]
        if starts:
            inside.update(range(starts[0], end + 1))
    return inside


def _inside_a_promotion(body: list[str], i: int, debris_at: set[int]) -> bool:
    """A line that ends no sentence between two of an ad's or a promotion's: the pitch of a
    newsletter between its "Sign up to This is Europe" and its privacy notice (audit 23:
    "This is Europe" had put a pin on Europe)."""
    return i - 1 in debris_at and i + 1 in debris_at and \
        _word_count(body[i]) <= TEASER_WORDS and not _SENTENCE_END.search(body[i])


def _tokens(paragraph: str) -> list[str]:
    return [w.lower() for w in _words(paragraph)]


def _drop_duplicates(body: list[str], title: str, removed: list) -> list[str]:
    """Repeated titles and pull quotes: a paragraph mostly contained in a longer one. The
    longest paragraph is no quote (none is longer to hold it), so a body of one paragraph,
    as many feeds' texts are, builds no word index (`_Containment`): building it had been over half of
    cleaning bench.synth's articles."""
    kept: list[str] = []
    title_tokens = _tokens(title)
    longest = max(map(len, body), default=0)
    longer: _Containment | None = None  # built at the first paragraph that may be a quote
    for paragraph in body:
        # (a paragraph's words lower-cased only where asked: as the title's, which needs as
        # many, or as a quote's; lowering every word of every body had been a tenth of
        # cleaning, for a body of one paragraph, as most are, to no use)
        count = _word_count(paragraph)
        if title_tokens and count == len(title_tokens) and _tokens(paragraph) == title_tokens:
            removed.append(("repeated title", paragraph))
        elif count >= 5 and len(paragraph) < longest and (longer := longer or _Containment(
                body, [_tokens(p) for p in body])).holds(paragraph, _tokens(paragraph)):
            removed.append(("pull quote or subheading", paragraph))
        else:
            kept.append(paragraph)
    return kept


PULL_QUOTE_SHARE = 0.85  # of a paragraph's words found in a longer one
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_SENTENCE_GAP = re.compile(r"[.!?…:]")  # between two words, it opens a sentence


def _particulars(paragraph: str) -> tuple[frozenset[str], frozenset[str]]:
    """A paragraph's names (words in capitals past a sentence's start, lower-cased) and
    figures, which a pull quote repeats from its paragraph: lines of a round-up differ in
    nothing else ("In Leeds, Labour held control of the council, winning 61 of the 99
    seats." / "In Bradford, … 58 of the 90 seats." had gone as pull quotes, audit 23). No
    names in a heading's capitals ("Flood Defences Fail In Leeds")."""
    words = list(_WORD.finditer(paragraph))
    names = {word.group().lower() for before, word in zip([None, *words], words)
             if word.group()[0].isupper() and before is not None
             and not _SENTENCE_GAP.search(paragraph, before.end(), word.start())}
    if 2 * len(names) > len(words):
        names = set()
    return frozenset(names), frozenset(_FIGURE.findall(paragraph))


class _Containment:
    """Which longer paragraph holds most of a paragraph's words, without comparing every pair
    (quadratic: 33 s for a 1 MB article of 4,237 paragraphs). A paragraph with 85 % of its
    words in another shares at least one of its rarest 15 % with it, so only the paragraphs
    holding one of those are compared, longest first; the answer is the pairwise one."""

    def __init__(self, body: list[str], token_lists: list[list[str]]) -> None:
        self.lengths = [len(p) for p in body]
        self.figure_holders: dict[str, set[int]] = defaultdict(set)
        for j, paragraph in enumerate(body):
            for figure in _FIGURE.findall(paragraph):
                self.figure_holders[figure].add(j)
        self.bags = [set(tokens) for tokens in token_lists]
        self.holders: dict[str, list[int]] = defaultdict(list)
        for j, bag in enumerate(self.bags):
            for token in bag:
                self.holders[token].append(j)
        for holders in self.holders.values():
            holders.sort(key=self.lengths.__getitem__, reverse=True)

    def holds(self, paragraph: str, tokens: list[str]) -> bool:
        """Whether a longer paragraph holds PULL_QUOTE_SHARE of `tokens` (counted with
        repeats) and all its names and figures (`_particulars`). The names are read only
        when some longer paragraph holds the share: most paragraphs are no quote, and
        reading every paragraph's names had been a tenth of an ingest."""
        counts = Counter(tokens)
        rarest = sorted(counts, key=lambda token: (len(self.holders[token]), token))
        if not self._any_holds_share(paragraph, tokens, counts, rarest):
            return False
        names, figures = _particulars(paragraph)
        if names or figures:  # only paragraphs holding every one: a set intersection
            return any(self.lengths[j] > len(paragraph) and
                       self._holds_share(self.bags[j], rarest, counts, len(tokens))
                       for j in self._holding_all(names, figures))
        return True

    def _any_holds_share(self, paragraph: str, tokens: list[str], counts: Counter,
                         rarest: list[str]) -> bool:
        """Whether any longer paragraph holds PULL_QUOTE_SHARE of the words, asking only
        the paragraphs that hold one of the rarest words, longest first."""
        seen: set[int] = set()
        unchecked = len(tokens)  # words a paragraph not yet compared may still hold
        for token in rarest:
            for j in self.holders[token]:
                if self.lengths[j] <= len(paragraph):
                    break  # the rest are no longer
                if j not in seen:
                    seen.add(j)
                    if self._holds_share(self.bags[j], rarest, counts, len(tokens)):
                        return True
            unchecked -= counts[token]
            if unchecked / len(tokens) < PULL_QUOTE_SHARE:
                return False  # any other paragraph lacks too many of the words
        return False

    def _holding_all(self, names: frozenset[str], figures: frozenset[str]) -> set[int]:
        """The paragraphs holding all these names and figures (this one among them)."""
        sets = sorted([*(set(self.holders[name]) for name in names),
                       *(self.figure_holders[figure] for figure in figures)], key=len)
        return sets[0].intersection(*sets[1:])

    @staticmethod
    def _holds_share(other: set[str], rarest: list[str], counts: Counter, total: int) -> bool:
        """Whether `other` holds PULL_QUOTE_SHARE of the words; rarest first, so most
        paragraphs fail after a word or two."""
        held = total
        for token in rarest:
            if token not in other:
                held -= counts[token]
                if held / total < PULL_QUOTE_SHARE:
                    return False
        return True


# --- glued words -----------------------------------------------------------------------------

_LOWER_UPPER = re.compile(r"(?<![^\W\d_])([a-z]{3,})([A-Z][a-z]+)")
# Two-letter words glue too ("inKreminna", "ofKyiv"); only these, so "eBay" and "iPhone" stay.
# (Both open with a class, what stands before asked after it: `re` skips ahead to a class,
# not to a look-behind; the same substitutions, over a whole text 1.5 and 4.5 times as fast.)
_SHORT_WORD_UPPER = re.compile(r"([iotab](?<![^\W\d_][iotab])(?:(?<=i)n|(?<=o)[fn]|(?<=t)o"
                               r"|(?<=a)t|(?<=b)y))([A-Z][a-z]{2,})")
_MISSING_SPACE_AFTER_STOP = re.compile(r"([.!?])(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")  # (→ "\1 ")
# At most 40 letters: no two glued words are longer, and trying every cut of a 20,000-letter
# "word" is quadratic (26 s), so one hostile line could stall a whole batch.
MAX_GLUED = 40
# Cheap gates, searched first: each pattern above needs one of these, and most prose has none.
# (A capital after a lower-case letter, asked from the capital: `re` skips ahead to the rarer
# class; only whether there is one is read. Twice as fast over whole texts.)
_CASE_CHANGE = re.compile(r"[A-Z](?<=[a-z][A-Z])")
_STOP_THEN_CAPITAL = re.compile(r"[.!?][A-Z]")
_GLUE_CANDIDATE = re.compile(rf"\b[A-Za-z]{{7,{MAX_GLUED}}}\b")


@lru_cache(maxsize=65536)
def split_glued(token: str) -> str:
    """Split a token like "Ukraineand" or "conversationclaiming" into two known words.

    Only tokens that are not words themselves are touched, and the right part must be a
    function word, or both parts common words.
    """
    if len(token) > MAX_GLUED or _zipf(token) >= 1.0:
        return token
    best: tuple[float, str] | None = None
    for cut in range(3, len(token) - 1):
        left, right = token[:cut], token[cut:]
        if not right.islower():
            continue
        left_f, right_f = _zipf(left), _zipf(right)
        if right in _FUNCTION_SUFFIXES and len(right) >= 2:
            ok = left_f >= 2.0
        else:
            ok = left.islower() and len(right) >= 3 and left_f >= 3.5 and right_f >= 3.5
        if ok:
            score = min(left_f, right_f)
            if best is None or score > best[0]:
                best = (score, f"{left} {right}")
    return best[1] if best else token


def _lower_upper_split(paragraph: str) -> str:
    """`_LOWER_UPPER`'s words split where the first is a common word and the two together
    none ("LavrovThe" stays, "economyThe" → "economy The"). Found from the case changes
    (`_CASE_CHANGE`, to which `re` skips ahead), each the only place a match can end its
    first group: the lower-case run before it, from a start after no letter, and the
    capitalised word from it, as `_LOWER_UPPER` matches them. Its substitution, opening with
    a look-behind, had been tried at every character: a quarter of cleaning's time."""
    pieces: list[str] = []
    done = last = 0  # (the end of the text put in pieces, and of the last match)
    for change in _CASE_CHANGE.finditer(paragraph):
        at = change.start()
        start = at - 1
        while start > 0 and "a" <= paragraph[start - 1] <= "z":
            start -= 1
        end = at + 1
        while end < len(paragraph) and "a" <= paragraph[end] <= "z":
            end += 1
        if start < last or at - start < 3 or end == at + 1 or (
                start > 0 and _a_letter(paragraph[start - 1])):
            continue
        left, right = paragraph[start:at], paragraph[at:end]
        last = end
        if _zipf(left) >= 3.0 and _zipf(left + right.lower()) < 1.0:
            pieces += [paragraph[done:start], left, " ", right]
            done = end
    return "".join([*pieces, paragraph[done:]]) if pieces else paragraph


def _a_letter(char: str) -> bool:
    """Whether `re` reads `char` as `[^\\W\\d_]`: a word's character but no digit (its `\\w` is
    `isalnum` and "_", its `\\d` `isdecimal`)."""
    return char.isalnum() and not char.isdecimal()


def unglue(paragraph: str) -> str:
    """Separate words that lost their space: "economyThe", "considerable.The", "Lavrovand"."""
    if _STOP_THEN_CAPITAL.search(paragraph):
        paragraph = _MISSING_SPACE_AFTER_STOP.sub(r"\1 ", paragraph)

    if _CASE_CHANGE.search(paragraph):
        paragraph = _lower_upper_split(paragraph)
        paragraph = _SHORT_WORD_UPPER.sub(r"\1 \2", paragraph)
    if all(split_glued(word) == word for word in set(_GLUE_CANDIDATE.findall(paragraph))):
        return paragraph  # (most paragraphs: no long word to split, and finding that from
        # the words alone costs half what a substitution calling back at each one does)
    return _GLUE_CANDIDATE.sub(lambda m: split_glued(m.group(0)), paragraph)
