"""A correction notice printed at an article's end ("This article was amended on 3 March
2024 to correct …", "Correction: An earlier version of this article misstated …").

The notice is the paper's, not the news: its date is the day the text was amended, and its
place names repeat the body's ("… misstated the distance between Kharkiv and Odesa"). It had
dated the body's places to the amendment's day, events of a day the story does not tell.
Kept apart from `snippets` (the reading panel's) so that dating reads it too, with no
dashboard code imported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# What a notice says the earlier version did wrong: a verb of misstating (any notice), or
# one of the plain verbs notices use ("said", "gave", "had"), which only a story's or an
# article's notice may use: "An earlier version of this report was published in 2022" is
# a story about a report (review 35), as is "…, released by the UN in March, estimated".
_MISSTATED = (r"(?:(?:incorrectly|wrongly|erroneously|mistakenly) \w+|misstated|misspelled"
              r"|misspelt|misidentified|misquoted|misattributed)")
_PLAIN = (r"(?:said|stated|gave|reported|referred|described|included|omitted|contained"
          r"|named|identified|listed|quoted|attributed|had|was|did)")
_EARLIER_VERSION = (rf"an? (?:earlier|previous) version of this (?:(?:story|article|piece"
                    rf"|post) (?:{_MISSTATED}|{_PLAIN})|report {_MISSTATED})\b")
# "This article was amended" is a notice only with what one says of it: a day ("amended on
# 3 March 2024"), a purpose ("to correct", "to clarify", "to remove") or a correction;
# "This article was amended in 2017 to name both alliances" is a constitution's (review 35).
_THIS_WAS_CORRECTED = (
    r"this (?:story|article|piece|post) (?:was|has been|had been) (?:corrected|clarified"
    r"|(?:amended|updated|changed|edited) (?:on \w+|to (?:correct|clarify|remove|reflect"
    r"|make clear))|amended\s*[.:])")
# A notice's wording in a story's opening (a notice printed alone: `snippets`); "amended"
# there may be the story's own news ("the law was amended on Monday to correct …").
NOTICE_WORDS = re.compile(
    rf"\b(?:{_EARLIER_VERSION}|this (?:story|article) (?:has been|was) corrected\b)",
    re.IGNORECASE)
# What a notice at the end opens its paragraph with (after a bullet, a bracket or a rule):
# a label, "Correction:", "Clarification:", "Corrections and clarifications", or its own
# sentence, "This article was amended on …" / "has been corrected", "An earlier version of
# this story said …". Not "This article was updated" alone (new facts, no correction), nor
# "Corrections:" (a Department of Corrections' story's paragraph).
_LEADING = r"[\s*_>•(\[\-–—]*"
_NOTICE_LABEL = re.compile(
    _LEADING + r"(?:(?:correction|clarification)\s*[:\-–—]|corrections?\s*(?:and|&)\s+"
    r"clarifications?\b|(?:correction|clarification)\s+appended\b)", re.IGNORECASE)
_NOTICE_SENTENCE = re.compile(rf"{_LEADING}(?:{_EARLIER_VERSION}|{_THIS_WAS_CORRECTED})",
                              re.IGNORECASE)
# A label followed by the notice's date only ("Correction: March 5, 2024"): a label alone,
# its notice the next paragraph (whose date had been read as the story's).
_DATE_ONLY = re.compile(
    r"\s*(?:[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4}|\d{4}-\d\d-\d\d)"
    r"\.?\s*$")
# A label's paragraph says what was wrong in a notice's words: "Correction: officers at
# the state prison walked out" (New York's Department of Corrections) is the story's.
_NOTICE_VOCABULARY = re.compile(
    r"\b(?:(?:earlier|previous|original) version|mis(?:stat|spel|identif|quot|attribut|"
    r"label|characteri[sz])\w*|incorrect\w*|wrongly|erroneous\w*|mistaken\w*|in error"
    r"|should have (?:said|read|been)|(?:was|were|has been|have been) (?:corrected|amended"
    r"|clarified|updated to)|to (?:correct|clarify)\b)", re.IGNORECASE)
# A last line that may follow the notice: a credit ("Reporting by …; Editing by …"), a
# copyright line. Longer, it is more of the story, and the notice is not at the end.
CREDIT_CHARS = 160
NOTICE_PARAGRAPHS = 2  # a notice is the last paragraph, or the last two


def _last_paragraphs(text: str, count: int) -> list[tuple[int, int]]:
    """The last `count` non-blank lines' spans, in order (news writes a paragraph a line),
    read from the end: a notice is looked for at the end of texts of any length."""
    spans: list[tuple[int, int]] = []
    end = len(text)
    while end > 0 and len(spans) < count + 1:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            spans.append((start, end))
        end = start - 1
    return spans[::-1][-count:] if len(spans) > count else spans[::-1][1:]


def _opens_a_notice(text: str, span: tuple[int, int]) -> bool:
    """Whether a paragraph opens in a notice's own sentence, or with a notice's label and
    says what was wrong in a notice's words, or is a label alone (its notice the next)."""
    if _NOTICE_SENTENCE.match(text, *span):
        return True
    label = _NOTICE_LABEL.match(text, *span)
    return label is not None and (not text[label.end():span[1]].strip()
                                  or _DATE_ONLY.match(text[label.end():span[1]]) is not None
                                  or _NOTICE_VOCABULARY.search(text, *span) is not None)


def end_notice_start(text: str) -> int | None:
    """Where a correction notice at the text's end starts: its last paragraph, or the last
    two, opening in a notice's words (`_opens_a_notice`), a short credit line allowed after
    it; never the text's first paragraph (a notice alone is told by its title, in
    `snippets.is_correction`). None where there is none. Narrowly the end: a "Correction:"
    in the middle of a story is the story's."""
    spans = _last_paragraphs(text, NOTICE_PARAGRAPHS)
    start = None
    for position, span in enumerate(reversed(spans)):
        if _opens_a_notice(text, span):
            start = span[0]
        elif start is not None or position > 0 or span[1] - span[0] > CREDIT_CHARS:
            break
    return start


def notice_repeats(text: str, placed: Iterable[tuple[int, str]]) -> set[int]:
    """The starts of the mentions (start, place id) in a correction notice at the text's
    end (`notices.end_notice_start`) whose place the text names before it: the notice
    repeats the story's names ("… misstated the distance between Kharkiv and Odesa"), and
    tells no event of them. A place only the notice names keeps its mention (dated as a
    sentence without a time is: the notice's own days are not read, `dates`)."""
    notice = end_notice_start(text)
    if notice is None:
        return set()
    placed = list(placed)
    before = {place for start, place in placed if start < notice}
    return {start for start, place in placed if start >= notice and place in before}
