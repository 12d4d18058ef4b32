"""Publication dates and event dates, each with how it was found.

Order of evidence for an article's publication date:
1. metadata (a date line, an HTML meta tag, a JSON field) — method "explicit";
2. a date in its URL's path ("/2024/03/05/") — "explicit";
3. its date line, a date alone on one of its first lines, else a full date in the article's
   first sentences — "explicit";
4. the same story told by dated articles (shared people, places, wording): the story's date,
   shifted by how this article refers to it ("yesterday" → the next day) — "relative" when such
   a deictic word anchors it, otherwise "inferred";
5. a documented calendar of recurring international meetings (G20, NATO, G7, COP): an article
   about "the G-20 foreign ministers' meeting … this Thursday" in New Delhi is dated by it —
   "inferred";
6. otherwise "unknown" (events then carry no date and are listed, not mapped on the slider).

Event dates: the time expression of the clause a mention sits in, resolved against the
publication date with the clause's tense; else the publication date (precision "publication").
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import hashlib
import json
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from email.utils import parsedate_to_datetime
from functools import lru_cache
from urllib.parse import urlsplit

from placeline.calendar_names import WEEKDAY_ALTERNATION
from placeline.config import PACKAGE_DATA
from placeline.htmlpage import LAST_MODIFIED
from placeline.ingest import (
    DATE_ORDER,
    NUMERIC_DATE,
    STAMP_DATE,
    shared_wording,
    stamp_clock,
    stamp_kind,
    wording,
)
from placeline.models import DateGuess
from placeline.notices import end_notice_start
from placeline.past_forms import IRREGULAR_PAST, PAST_FORMS
from placeline.story_names import PLACE_WEIGHT, WORDING, NameLists, story_names, term_weights
from placeline.text import lead_spans, listed, sentence_at, sentence_spans, sentences_before
from placeline.timex import (
    A_MODAL_AHEAD,
    MONTHS,
    OVERNIGHT_PAST,
    SINCE_BEFORE,
    WEEKDAYS,
    TimeExpression,
    an_event_follows,
    counted_ahead_from,
    counts_back,
    day_month_orders,
    day_month_pairs,
    find_expressions,
    frame_said_on,
    headline_as_prose,
    moved_to,
    names_its_event,
    names_the_united_states,
    planned_for,
    resolve,
    story_shift,
    tells_a_habit,
    tells_a_past_event,
    tense,
    title_case_as_written,
    told_in_past,
    weekday_tense,
)
from placeline.zones import date_there

# (A colon between figures is a time of day's, "struck at 7:58 a.m.", no clause's end: audit
# 37, item 3, had its sentence's subject cut off from the place it tells of.)
_CLAUSE_BREAK = re.compile(r";|(?<!\d):(?!\d\d)|,\s+(?:but|while|whereas|although|and|as|which"
                           r"|who)\b|\s+-\s+")
_YESTERDAY_WEEKDAY = re.compile(
    r"\byesterday,?\s*\(?(?P<weekday>" + WEEKDAY_ALTERNATION + ")"
)
_TODAY_WEEKDAY = re.compile(
    r"\btoday,?\s*\(?(?P<weekday>" + WEEKDAY_ALTERNATION + ")"
    r"|\b(?:this|on)\s+(?P<weekday2>" + WEEKDAY_ALTERNATION + ")"
)
_DEICTIC = {"yesterday": 1, "last night": 1, "the day before yesterday": 2, "tomorrow": -1,
            "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
            "this evening": 0, "earlier today": 0, "later today": 0}


def clause_around(text: str, start: int, end: int) -> str:
    """The clause of the sentence holding [start, end): where its tense is read from."""
    left, right, _, asides = _clause_bounds(text, start, end)
    return _without(text, left, right, asides)


def _without(text: str, left: int, right: int, asides: Sequence[tuple[int, int]]) -> str:
    """text[left:right] with the asides in it blanked (spaces: each word keeps its offset)."""
    clause = text[left:right]
    for a_start, a_end in asides:
        clause = clause[:a_start - left] + " " * (a_end - a_start) + clause[a_end - left:]
    return clause


def _clause_and_after(text: str, expr: TimeExpression) -> tuple[str, str, int]:
    """The clause holding an expression, and what its sentence says after it ("…, but little
    fell"), which may tell what came of what the clause expected (`timex.said_to_come`). A
    headline's clause as prose says it ("Port to reopen in March": "Port is to reopen …",
    `timex.headline_as_prose`), its title case's past forms as the article writes them
    (`timex.title_case_as_written`). Also where the expression is in the clause (as `resolve`
    takes it: `timex._position`)."""
    left, right, s_end, asides = _clause_bounds(text, expr.start, expr.end)
    clause = _without(text, left, right, asides)
    h_start, h_end = sentence_at(text, expr.start)
    if _is_headline(text, h_start, h_end):
        clause = headline_as_prose(title_case_as_written(clause, text[:h_start] + text[h_end:]))
    return clause, text[right:s_end], expr.start - left


HEADLINE_WORDS = 20  # a longer line without a sentence's end is prose that lost its stop
BODY_SENTENCES = 3  # of the body under a headline, read for the tense of its weekday
BODY_REACH = 1500  # characters after a headline split for them
_HEADLINE_WEEKDAYS = frozenset({"weekday", "rel_weekday"})


def _headline_s_tense(text: str, expr: TimeExpression, clause: str, at: int) -> str:
    """"past" for a weekday in a headline told in the present ("Storms batter Cornwall on
    Friday"), a headline's present of what happened, where the body under it tells the day
    in the past: the first of its sentences that names the weekday, else its lead ("Heavy
    rain flooded streets in Truro on Friday"), with no modal looking ahead ("said rain would
    fall"); else "" (the clause's own tense). The present
    had read the nearer Friday, often the coming one (fix 42). Not a timetable's present
    ("Rovers host United on Saturday": `timex.weekday_tense` reads it ahead)."""
    if expr.kind not in _HEADLINE_WEEKDAYS or at < 0:
        return ""
    h_start, h_end = sentence_at(text, expr.start)
    if not _is_headline(text, h_start, h_end) or \
            weekday_tense(clause, at, at + len(expr.text)) != "present":
        return ""
    return "past" if _body_tells_past(text, h_end, expr.groups["weekday"].lower()) else ""


@lru_cache(maxsize=32)
def _body_tells_past(text: str, h_end: int, weekday: str) -> bool:
    """Whether the body after a headline ending at `h_end` tells `weekday` in the past
    (`_headline_s_tense`). Once per article and weekday: read per mention, it had split the
    body into sentences again for every mention of the article (review 26, item 12)."""
    body = text[h_end:h_end + BODY_REACH]
    sentences = [body[a:b] for a, b in sentence_spans(body)
                 if not _is_headline(body, a, b)][:BODY_SENTENCES]
    said = re.compile(r"\b" + weekday + r"\b", re.IGNORECASE)
    told = next((s for s in sentences if said.search(s)), sentences[0] if sentences else "")
    return bool(told) and tense(told) == "past" and not A_MODAL_AHEAD.search(told)


def _is_headline(text: str, start: int, end: int) -> bool:
    """Whether the sentence at text[start:end] is a headline: a line of its own, short, with
    no sentence's end ("Kisumu port to reopen in March" over "Published: 12 May 2024")."""
    line = text[start:end].strip()
    return bool(line) and len(line.split()) <= HEADLINE_WORDS \
        and not line.endswith((".", "!", "?", "…", '"', "”", "’", ")")) \
        and _line_begins_at(text, start) and _line_ends_at(text, end)


_BLANKS_AFTER = re.compile(r"[ \t]*")


def _line_begins_at(text: str, start: int) -> bool:
    """Only spaces and tabs stand between the text's start or a line's end and `start`
    (read back from `start`, not by copying all the text before it per sentence, which had
    cost sentences × length in a long text: audit 31 item 1)."""
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k == 0 or text[k - 1] == "\n"


def _line_ends_at(text: str, end: int) -> bool:
    """Only spaces and tabs stand between `end` and a line's or the text's end."""
    after = _BLANKS_AFTER.match(text, end).end()
    return text[after:after + 1] in {"", "\n", "\r"}


def _clause_bounds(text: str, start: int, end: int
                   ) -> tuple[int, int, int, tuple[tuple[int, int], ...]]:
    """Where the clause holding [start, end) begins and ends in `text`, where its sentence
    ends, and the asides in the clause (`_ASIDE`), whose dates and verbs are not the
    clause's: "The museum in Hull, which was closed in January, will reopen on Friday" had
    been January 2025, read ahead by "will" (review 24). A span inside an aside has the
    aside as its clause."""
    return _clause_and_aside(text, start, end)[:4]


def _clause_and_aside(text: str, start: int, end: int
                      ) -> tuple[int, int, int, tuple[tuple[int, int], ...], bool]:
    """`_clause_bounds`, and whether the span is inside a relative aside (`_RELATIVE`), which
    the scan of asides finds anyway: `event_date` had scanned the sentence again for it,
    for every mention (review 25, item 8: a quarter of its time)."""
    s_start, s_end = sentence_at(text, start)
    rel_start, rel_end = start - s_start, end - s_start
    asides, cuts = _asides_and_cuts(text, s_start, s_end)
    for a_start, a_end in asides:
        if a_start < rel_start and rel_end <= a_end:
            return s_start + a_start + 1, s_start + a_end - 1, s_end, (), \
                _RELATIVE.match(text, s_start + a_start) is not None
    left = cuts[max(bisect_right(cuts, rel_start) - 1, 0)]
    after = bisect_left(cuts, rel_end)
    right = cuts[after] if after < len(cuts) else s_end - s_start  # may run past it
    inside = tuple((s_start + a, s_start + b) for a, b in asides if left <= a and b <= right)
    return s_start + left, s_start + right, max(s_end, s_start + right), inside, False


@lru_cache(maxsize=32)
def _asides_and_cuts(text: str, s_start: int, s_end: int
                     ) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...]]:
    """A sentence's asides (`_ASIDE`) and clause breaks (`_CLAUSE_BREAK` outside them, not a
    list's ", and"), offsets in the sentence, its start and end among the breaks: found once
    for all its mentions (fix 50: each mention had scanned its whole sentence again, so a
    sentence of 2,000 names took 51 s to date)."""
    sentence = text[s_start:s_end]
    asides = tuple(m.span() for m in _ASIDE.finditer(sentence))
    cuts = [0]
    for match in _CLAUSE_BREAK.finditer(sentence):
        if not any(a <= match.start() < b for a, b in asides) \
                and not _joins_a_list(sentence, match, cuts[-1]):
            cuts.append(match.start())
    cuts.append(len(sentence))
    return asides, tuple(cuts)


# An aside between commas: a relative clause (", which was closed in January,", ", who lost to
# City on Saturday,") or a participle's phrase (", held in Geneva,", ", shut since Friday's
# storm,"), which tells of another time than the clause around it. Only one closed by a
# comma before the clause goes on: an open one is the clause's end (`_CLAUSE_BREAK`).
_ASIDE = re.compile(
    r",\s+(?:(?:which|who|whose|where)\b|(?:(?:\w+ly|also|first|once|still)\s+)?"
    r"(?:[a-z]{3,}ed|held|shut|set|hit|cut|put|" + IRREGULAR_PAST + r")"
    r"\s+(?:in|on|at|by|for|since|until|from|during|last|earlier)\b)[^,;:()]*,(?=\s+\S)")


# A relative aside tells of its own subject ("Smith, who grew up in Leeds, won in Paris on
# Sunday": Leeds is where Smith grew up, not where Sunday's win was); with no date of its
# own, its place takes the clause's around it only as a guess, at this share of its
# confidence, and says so (review 24: it had been Sunday as surely as Paris). A participle's
# phrase (", held in Geneva,") tells of the clause's own event, and keeps its date.
ASIDE_CONFIDENCE = 0.5
_RELATIVE = re.compile(r",\s+(?:which|who|whose|where)\b")


def _around_its_aside(guess: DateGuess) -> DateGuess:
    """The date of the clause around a relative aside, for a place in the aside (which has
    none of its own): less sure, and said to be the clause's."""
    return replace(guess, confidence=round(guess.confidence * ASIDE_CONFIDENCE, 2),
                   evidence=f"{guess.evidence} (the clause around its aside: no date of its "
                            "own)")


# A past participle's phrase opening its sentence ("Born in Braga in 1936, she moved to
# Lisbon", "Founded in Leeds in 1990, the firm is now based in York"): of the subject's past,
# not of the clause's event. (A present one, "Speaking in Paris on Monday, the minister said
# …", tells of the clause's own time, and is not one.)
_OPENING_PARTICIPLE = re.compile(
    r"\W*(?:[A-Z]\w+ly\s+)?(?P<verb>[A-Z][a-z]+)\s+(?:in|on|at|by|for|from|during|as|after)\b"
    r"[^,;:()]*,(?=\s+\S)")
_PAST_PARTICIPLE = re.compile(r"[a-z]{3,}ed|born|held|shut|set|hit|cut|put|" + IRREGULAR_PAST)


@lru_cache(maxsize=32)
def _phrases_of_their_own(text: str, sentence: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """The spans of a sentence whose times are theirs alone (audit 25: "Ahmed Hassan, who
    captained Egypt at the 1970 Africa Cup of Nations, has died in Alexandria" had dated
    Alexandria 1970, "Born in Braga in 1936, she moved to Lisbon" Lisbon 1936): its asides
    (`_ASIDE`: relative clauses, past participles' phrases) and a past participle's phrase
    opening it (`_OPENING_PARTICIPLE`)."""
    s_start, s_end = sentence
    text_of = text[s_start:s_end]
    spans = [(s_start + m.start(), s_start + m.end()) for m in _ASIDE.finditer(text_of)
             if _RELATIVE.match(text_of, m.start()) or not _after_a_region(text_of, m.start())]
    opening = _OPENING_PARTICIPLE.match(text_of)
    if opening and _PAST_PARTICIPLE.fullmatch(opening["verb"].lower()):
        spans.append((s_start, s_start + opening.end()))
    return tuple(spans)


# An infinitive of purpose right after its clause's own day, to its clause's end: "Residents
# of Palo and Tanauan in Leyte gathered on Friday to remember those killed by Super Typhoon
# Yolanda eleven years ago, as work on the Leyte Tide Embankment remained unfinished" had put
# the embankment's Leyte in 2013 as a whole year (audit 36). Its times are those of what it
# names (the remembered, the planned: "met on Monday to discuss the budget for next year"),
# not the sentence's main event, whose verb has a day of its own and dates what follows.
_PURPOSE = re.compile(
    r"\s+to\s+(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|date|around"
    r"|about|over|under|more|less|nearly|almost|some|all|each|every|one|two|three)\b)"
    r"[a-z]{3,}\b[^,;:()]*")
# Times naming a day (a weekday, "yesterday", a date).
_A_DAY_S_KINDS = frozenset({"iso", "numeric", "day_month", "dmy", "mdy", "ordinal_day",
                            "rel_weekday", "yesterday_weekday", "weekday", "day_word"})


def _purposes_after_a_day(text: str, candidates: Sequence[TimeExpression]
                          ) -> tuple[tuple[int, int], ...]:
    """The spans of infinitives of purpose (`_PURPOSE`) that follow a day of the sentence
    (`candidates`, its times) and hold a time of their own: phrases of their own, which a
    mention after them neither takes its time from nor counts in its distance to the day."""
    spans = []
    for expr in candidates:
        if expr.kind in _A_DAY_S_KINDS and (match := _PURPOSE.match(text, expr.end)) and any(
                match.start() <= e.start and e.end <= match.end() for e in candidates):
            spans.append(match.span())
    return tuple(spans)


def _after_a_region(sentence: str, at: int) -> bool:
    """Whether a comma at `at` closes a name set off by commas, a place's region ("The council
    in Springfield, Illinois, voted on Tuesday, …"): what follows is its clause's verb, which
    `_ASIDE` takes for a participle's aside."""
    comma = sentence.rfind(",", 0, at)
    return comma >= 0 and _NAME.fullmatch(sentence[comma + 1:at].strip()) is not None


def _not_its_phrase(text: str, expr: TimeExpression, start: int,
                    spans: Sequence[tuple[int, int]]) -> bool:
    """Whether `expr` is in a phrase of its own (`_phrases_of_their_own`) that the mention at
    `start` comes after: its time is not the rest of the clause's. (A mention before it may be
    what it tells of, "The fire near Ballarat, which started on Thursday, has burnt …", and
    is read as before; so may one after an aside that moves its subject, `_moves_its_subject`.)"""
    return any(a <= expr.start < b <= start and not _moves_its_subject(text, a, expr)
               for a, b in spans)


_OF_A_THING = re.compile(r",\s+(?!(?:who|whose|where)\b)")


def _moving_aside(text: str, expr: TimeExpression, start: int,
                  spans: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The aside holding `expr` that moves its subject (`_moves_its_subject`), where the
    mention at `start` comes after it: read with the clause it is set in, whose verb says
    whether the day is still ahead ("The final, postponed until Monday, will be played …")."""
    return next(((a, b) for a, b in spans if a <= expr.start < b <= start
                 and _moves_its_subject(text, a, expr)), None)


def _moves_its_subject(text: str, at: int, expr: TimeExpression) -> bool:
    """Whether the aside at `at` moves the thing before it to the date `expr` ("The vote,
    which was brought forward to Friday, will be held in Xville", ", postponed until Monday,"):
    the day of the clause's own event, not a time of the aside's alone (fix 42: it had been
    the publication date). Not an aside of a person's ("Smith, whose trial was postponed to
    Friday, …")."""
    return _OF_A_THING.match(text, at) is not None and moved_to(text[at:expr.start])


# Each item of a list its own time: "Similar slides hit Alta in 2020 and Verdal in 1993",
# "floods reached Leeds on Monday and York on Tuesday". A time right before "and <name>"
# closes the item before, and where the mention has a time of its own after it (only its
# phrase's words between: "Verdal in Trondelag in 1993"; the region's mention too) it is
# not the mention's; the nearer
# of the two had been taken, Verdal in 2020 (audit 35, item 3). "Alta and Verdal in 2020"
# shares its one time as before. Where the mention's own time is refused (before 1900), the
# publication date stands in with the flag, not the other item's time.
_CLOSES_THE_ITEM_BEFORE = re.compile(r",?\s+(?:and|or)\s+(?:the\s+)?"
                                     r"(?:[A-Z][\w'’-]*\s+(?:in|of)\s+(?:the\s+)?)?")
_ITS_OWN_PHRASE = re.compile(r"(?:\s+(?:in|of|near|on|at)\s+(?:the\s+)?[\w'’-]+"
                             r"(?:\s+(?:[A-Z][\w'’-]*|county|province|region|district|state"
                             r"|prefecture|municipality))*)*\s*,?\s+(?:(?:in|on|at)\s+)?")


def _the_item_before_s(text: str, expr: TimeExpression, start: int, end: int,
                       candidates: Sequence[TimeExpression]) -> bool:
    """Whether `expr` closes the list's item before the mention at [start, end), which has a
    time of its own after it (`_CLOSES_THE_ITEM_BEFORE`)."""
    if _CLOSES_THE_ITEM_BEFORE.fullmatch(text, expr.end, start) is None:
        return False
    return any(_ITS_OWN_PHRASE.fullmatch(text, end, e.start) is not None
               for e in candidates if e.start >= end)


# A relative clause after the last name of a list ("head to Berlin and then Wimbledon, which
# starts on 1 July"): it tells of that name alone, and its date is not the earlier names'
# (audit 27, item 5: Berlin had been 1 July). Only "and", "or" or "then" between: a comma
# alone may set off a region ("Springfield, Illinois, which …"), and "between Leeds and York,
# which …" is one phrase whose relative clause may tell of the road between them.
_ANOTHER_NAME_BEFORE = re.compile(
    r"\s*,?\s+(?:(?:and|or)(?:\s+then)?|then)\s+(?:the\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*)*")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)


def _another_name_s_relative(text: str, expr: TimeExpression, start: int, end: int) -> bool:
    """Whether `expr` is in a relative clause (`_RELATIVE`, no comma between it and the
    date) after the mention at [start, end) that tells of another name, the last of a list
    the mention is in (`_ANOTHER_NAME_BEFORE`; not "between X and Y")."""
    relative = None
    for relative in _RELATIVE.finditer(text, end, expr.start):
        pass  # (the last before the date)
    if relative is None or re.search(r"[,;:]", text[relative.end():expr.start]):
        return False
    return _ANOTHER_NAME_BEFORE.fullmatch(text, end, relative.start()) is not None \
        and not _BETWEEN_BEFORE.search(text, max(0, start - 20), start)


# A relative clause that tells what someone did for years ("a captain who carried ore from
# Duluth to Gary, Indiana, for four decades, died Sunday in Hermantown"), closed by its span
# of years and a comma: its places are of those years, not of the day the main clause tells
# after it (audit 33, item 4: Duluth and Gary had been Sunday's). The relative clause holds
# commas of its own (a region's, a list's), so no aside (`_ASIDE`) finds its end; its span of
# years does.
SPAN_REACH = 300  # characters: how far a relative clause or its span of years is looked for
_RELATIVE_OPENS = re.compile(r"\b(?:who|which|that)\s+(?:\w+ly\s+)?[a-z]{3,}\b")
_SPAN_OF_YEARS_ENDS = re.compile(
    r"\b(?:for|over|during)\s+(?:(?:the\s+)?(?:past|last|next|better\s+part\s+of)\s+)?"
    r"(?:(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|many|several|some|nearly|almost"
    r"|more\s+than|about)\s+)*(?:years|decades|centuries)\s*,", re.IGNORECASE)


def _in_a_span_of_years(text: str, expr: TimeExpression, start: int, end: int) -> bool:
    """Whether the mention at [start, end) is in a relative clause opened before it that a
    span of years closes (`_SPAN_OF_YEARS_ENDS`) before `expr`: the time is the main
    clause's, after it."""
    if expr.start < end or expr.start - end > SPAN_REACH:
        return False
    s_start = max(sentence_at(text, start)[0], start - SPAN_REACH)
    return _RELATIVE_OPENS.search(text, s_start, start) is not None \
        and _SPAN_OF_YEARS_ENDS.search(text, end, expr.start) is not None


def _moved_later(text: str, expr: TimeExpression, candidates: Sequence[TimeExpression]
                 ) -> bool:
    """Whether `expr` is the day a plan was first set for ("was set for Saturday"), which a
    put-off later in its sentence moves ("but was brought forward to Friday": `moved_to`):
    the day the event is now is the put-off's. "The vote in Xville was set for Saturday but
    was brought forward to Friday" in Tuesday 5 March 2024's paper had been Saturday, the
    day nearer the mention (fix 42's leftover)."""
    s_start = sentence_at(text, expr.start)[0]
    if not planned_for(text[max(s_start, expr.start - 30):expr.start]):
        return False
    return any(other.start > expr.end and moved_to(text[expr.end:other.start])
               for other in candidates)


def _from_the_first_day(text: str, first: TimeExpression, expr: TimeExpression
                        ) -> tuple[str, int]:
    """The clause a put-off's day `expr` is read in, from that of the day `first` first set
    ("…set for Saturday, but was brought forward to Friday": the put-off counts from it,
    `timex._put_off_to`, where the comma's clause break had hidden it), and where `expr` is
    in it."""
    left = _clause_bounds(text, first.start, first.end)[0]
    _, right, _, asides = _clause_bounds(text, expr.start, expr.end)
    return _without(text, left, right, asides), expr.start - left


# A name, and a list of at least two before ", and": "Evansville, Indiana, and Paducah,
# Kentucky, are expected to see the crest early next week" is one clause whose places share
# its date (cut at ", and", the first two had lost "next week" to the publication date).
_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*")
_AND_A_NAME = re.compile(r",\s+and\s+[A-Z]")
# At most this many characters from a clause's start to the ", and" of its list: a sentence
# made of lists would otherwise be one clause, read whole for each of its many names.
LIST_SPAN = 300


def _joins_a_list(sentence: str, cut: re.Match, since: int) -> bool:
    """Whether a clause break at `cut` is the ", and" of a list of names (two or more names
    before it since the last break `since`, a name after it): no new clause begins there."""
    at = cut.start()
    if at - since > LIST_SPAN or not _AND_A_NAME.match(sentence, at):
        return False
    comma = sentence.rfind(",", since, at)
    if comma < 0 or not _NAME.fullmatch(sentence[comma + 1:at].strip()):
        return False
    before = sentence[since:comma].split()
    return bool(before) and before[-1][:1].isupper()


# -- event dates ----------------------------------------------------------------------------


def expressions_in_sentences(text: str, metadata: Mapping | None = None
                              ) -> dict[tuple[int, int], list[TimeExpression]]:
    """Time expressions grouped by the sentence they sit in. `metadata`, the article's:
    its feed's recorded order and its URL settle how its dates in figures read
    (`read_figures`), as they do its dateline's. None from a correction notice at the
    text's end (`notices.end_notice_start`): "This article was amended on 3 March 2024"
    had dated the places it names, the body's, to the day of the amendment."""
    grouped: dict[tuple[int, int], list[TimeExpression]] = {}
    notice = end_notice_start(text)  # (its days are the paper's: `notices`)
    expressions = [expr for expr in find_expressions(text)
                   if notice is None or expr.start < notice]
    own = _order_of_its_figures(expressions)
    convention = None  # (the text's, read once: its five patterns run over all of it)
    for expr in expressions:
        if expr.kind == "numeric":
            expr.groups["read"] = read_figures(text, expr.text, metadata, own)
        if expr.kind == "day_month":
            expr.groups["read"] = read_day_month(text, expr.groups, metadata, own)
        if expr.kind == "fiscal":
            convention = fiscal_convention(text) if convention is None else convention
            if convention:
                expr.groups["convention"] = convention
        grouped.setdefault(sentence_at(text, expr.start), []).append(expr)
    return grouped


def _order_of_its_figures(expressions: Iterable[TimeExpression]) -> tuple[bool, str] | None:
    """(month first?, as written) where the text's dates in figures that read one way only
    ("until 01/15", "from 12/3 to 15/3") are all written in one order: its other figures are
    written so too (found on articles written for dates57: a .us site's "on 01/07" beside
    its "01/15" had been a guess). Dotted dates, always day first, say nothing of slashes;
    None where none reads one way only, or two disagree."""
    orders: dict[bool, str] = {}
    for expr in expressions:
        if not (expr.kind == "numeric" and expr.groups.get("sep") != "."
                or expr.kind == "day_month"):
            continue
        if len(read := day_month_orders(day_month_pairs(expr.groups))) == 1:
            orders.setdefault(read[0], expr.text)
    return next(iter(orders.items())) if len(orders) == 1 else None


# Whose fiscal year a text's "Q3 FY25" or "fourth quarter of 2023-24" is (audit 32, item 6),
# by the words that say its country: India's and Japan's run from April, Australia's (and
# New Zealand's) from July, the UK government's from April, the US federal government's from
# October (`timex.FISCAL_CONVENTIONS`). Firms elsewhere keep any: a text that names none of
# these, or two as often, is left unknown, and its fiscal labels undated. Not Kobe, Kyoto or
# Sapporo: as often a player, a protocol or a beer, and one cue alone sets a convention.
_FISCAL_CUES = {
    "India": re.compile(
        r"\b(?:India|Indian|crores?|lakhs?|Rs\.?|INR|Sensex|Nifty|NSE|BSE|SEBI|RBI|Mumbai|Delhi"
        r"|Bengaluru|Bangalore|Chennai|Hyderabad|Kolkata|Pune|Ahmedabad|Odisha|Gujarat"
        r"|Maharashtra|Karnataka|Kerala|Telangana|Jamshedpur|Infosys|Wipro|Tata|Reliance)\b"
        r"|₹"),
    "Japan": re.compile(
        r"\b(?:Japan|Japanese|yen|Tokyo|Osaka|Yokohama|Nagoya|Fukuoka|Nikkei|Topix|TSE|JPX"
        r"|Keidanren|BOJ|BoJ|METI|MHLW|MLIT|MEXT|MAFF|Kasumigaseki"
        r"|Ministry\s+of\s+(?:Economy,\s+Trade\s+and\s+Industry|Health,\s+Labour\s+and"
        r"\s+Welfare|Land,\s+Infrastructure,\s+Transport\s+and\s+Tourism))\b|¥"),
    "Australia": re.compile(
        r"\b(?:Australia|Australian|ASX|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra"
        r"|Queensland|New\s+Zealand|Auckland|Wellington)\b|\bA\$"),
    "the UK government": re.compile(
        r"\b(?:HM\s+Treasury|Whitehall|HMRC|NHS|Office\s+for\s+Budget\s+Responsibility|OBR"
        r"|UK\s+government|British\s+government|Chancellor\s+of\s+the\s+Exchequer)\b"),
    "the US federal government": re.compile(
        r"\b(?:federal\s+(?:government|budget|spending|deficit|agencies|agency)|Pentagon"
        r"|Congress(?:ional)?|Congressional\s+Budget\s+Office|CBO|OMB|White\s+House)\b"),
}


def fiscal_convention(text: str) -> str:
    """The country whose fiscal year `text` keeps (a key of `_FISCAL_CUES`), by which names
    it most; "" where it names none, or two as often."""
    counts = Counter({name: len(cue.findall(text)) for name, cue in _FISCAL_CUES.items()})
    ranked = counts.most_common(2)
    if not ranked[0][1] or ranked[0][1] == ranked[1][1]:
        return ""
    return ranked[0][0]


# For `event_date` called without its text's expressions: found once for all its mentions
# (fix 50), where each call had found them again over the whole text.
_expressions_of = lru_cache(maxsize=8)(expressions_in_sentences)
# Where the frame after what was said begins before a time (`timex.frame_said_on`), searched
# from its sentence's start: once per time, not once per mention (fix 50).
_frame_said_on = lru_cache(maxsize=256)(frame_said_on)

EARLIEST = dt.date(1900, 1, 1)
# A time in another clause of the sentence dates a mention only when this close (characters):
# "…criticised Washington…, and compared it to the crisis of 1962" is not about 1962.
OTHER_CLAUSE_REACH = 60
# Where sources put the publication date: our date line ("published"), JSON fields, HTML meta.
# (key, confidence): the date line and JSON fields; then HTML (see placeline.htmlpage).
METADATA_KEYS = (("published", 0.97), ("published_time", 0.97), ("datePublished", 0.97),
                 ("date_published", 0.97), ("published_at", 0.97), ("pubDate", 0.97),
                 ("pub_date", 0.97), ("publishedAt", 0.97), ("publishDate", 0.97),
                 ("publish_date", 0.97), ("published_date", 0.97), ("date", 0.95),
                 ("isoDate", 0.95), ("dc:date", 0.95), ("pubdate", 0.95), ("time", 0.85),
                 ("htmldate", 0.8), ("modified", 0.5))
FUTURE_MARGIN = dt.timedelta(days=366)  # "next year", plans: fine; "by 2040": not an event


# A day, month and year written out is what the text says, however far ahead (fix 51, audit
# 30 item 4): "The opening match will be played in Mexico City on 11 June 2026" and "… open in
# Los Angeles on July 14, 2028" in 5 October 2023's paper had been the publication date, as
# if they had happened then. The margin was set for what a bare year or a relative time reads
# ahead ("by 2040", "in 2031", "in May next year", a count read as a year): it still holds
# for those.
WRITTEN_DAYS = dt.timedelta(days=62)  # a range of days written with its year, at most
_A_YEAR = re.compile(r"\b(?:1[0-9]|20)\d\d\b")  # (as timex reads a year)


def _a_written_day(guess: DateGuess) -> bool:
    """Whether `guess` is a day, or a range of days ("from 14 to 30 July 2028"), read from a
    date written with its year: no margin. Not a range of months or years."""
    if guess.precision not in ("day", "range") or not _A_YEAR.search(guess.evidence):
        return False
    return guess.end is None or guess.end - guess.date <= WRITTEN_DAYS


# How far ahead a written day may be (fix 52, review 28 item 8): fix 51 set no bound, so a
# typo in a year ("opened on 11 June 2062" in a 2024 paper) put an event decades ahead. The
# furthest days news fixes are the great games, awarded 7 to 11 years before them (Brisbane's
# Olympics open on 23 July 2032, awarded in July 2021; the 2034 World Cup, awarded in 2024):
# twelve years holds those and little else.
WRITTEN_DAY_YEARS = 12
WRITTEN_DAY_HORIZON = dt.timedelta(days=WRITTEN_DAY_YEARS * 366)


def out_of_range(guess: DateGuess, published: dt.date, told_past: bool = False) -> str:
    """Why an event date cannot be used ("" if it can): news events are not before 1900 and
    not more than a year after the article that reports them, unless written as a full day
    to come (`_too_far`; `told_past`: its clause tells it as past)."""
    if guess.date is None:
        return ""
    if guess.date < EARLIEST:
        return f"rejected {guess.evidence!r}: {guess.date} is before {EARLIEST.year}"
    why = _too_far(guess, published, told_past)
    return f"rejected {guess.evidence!r}: {guess.date} is {why}" if why else ""


def _too_far(guess: DateGuess, published: dt.date, told_past: bool) -> str:
    """Why a date is too far after publication, or "" where it is not: beyond the margin, a
    day written with its year (`_a_written_day`) may still be ahead, within
    `WRITTEN_DAY_HORIZON` and not told in the past as what happened ("The new stadium opened
    on 11 June 2062" is no event of 2062). One function rules and says why, so the flag
    names the rule that refused the date (fix 53; review 29: two had re-derived it)."""
    if guess.date <= published + FUTURE_MARGIN:
        return ""
    if not _a_written_day(guess):
        return f"more than a year after publication ({published})"
    if guess.date > published + WRITTEN_DAY_HORIZON:
        return f"more than {WRITTEN_DAY_YEARS} years after publication ({published})"
    if told_past:
        return f"more than a year after publication ({published}) and told as past"
    return ""


_POSSESSIVE = re.compile(r"['’]s\b")
# "Since X" is decided here, once, by the word before the date (review 24, part 2 B1: the
# patterns that swallow "since" had skipped "since February", "since 2022", while a weekday,
# a day of the month or "last week" after it dated the clause, and "since last March" was
# March itself). The date it names is when a state began: where that is a week or less
# ("since Saturday", "since March 1", "since last week"), it is the news the clause tells,
# and dates it ("without water since Saturday": timex reads a weekday so, "when it began");
# where it is longer ("since February", "since 2014", "since last March"), the state has
# lasted, and what the clause tells is the state now, or what happened in it ("In jail since
# 1999, the nurses arrived in Sofia today"): no date from it.
_SINCE = re.compile(r"since\b", re.IGNORECASE)
A_STATE_S_START = dt.timedelta(days=7)  # at most this long, "since" it dates the clause


# "Since" and the event a time dates ("for the first time since the floods of 2000", "since
# the war in 1992"): the time is that event's, the reference point the clause counts from, as
# "since 2000" is (audit 33, item 5: "water had entered their homes for the first time since
# the floods of 2000" had dated its places 2000, and the flooding now not at all). At most
# three lower-case words of a noun phrase after its article, no past verb among them: "since
# the epidemic began in 2008" is a clause, read as before, and a name in the phrase ("since
# its outbreak in Indonesia in 2003") is the event's own place, which its time dates.
_SINCE_AN_EVENT_OF = re.compile(
    r"\b(?i:since)\s+(?:the|a|an|its|their|his|her|our)\s+"
    r"(?:(?!(?:[a-z]+ed|" + PAST_FORMS + r")\s)[a-z][a-z'’-]*\s+){1,3}$")
_OF_OR_IN = re.compile(r"(?:of|in)\s", re.IGNORECASE)


def _since(text: str, expr: TimeExpression) -> bool:
    """Whether "since" comes right before the expression, or opens it ("since February"), or
    names the event it is the time of ("since the floods of 2000": `_SINCE_AN_EVENT_OF`)."""
    return _SINCE.match(expr.text) is not None or \
        SINCE_BEFORE.search(text, max(0, expr.start - 10), expr.start) is not None or \
        (_OF_OR_IN.match(expr.text) is not None
         and _SINCE_AN_EVENT_OF.search(text, max(0, expr.start - 50), expr.start) is not None)


# What a "since" date tells of itself: its own ", when …" clause ("since 1999, when a dam
# failed near Ytown") or the noun it possesses ("since 2019's floods in Ytown"), whose places
# it dates however long the state since has lasted (fix 42: they had been the publication
# date, as the clause's state).
_WHEN_AFTER = re.compile(r",?\s+when\b[^,;:.!?]*")


def _told_of_itself(text: str, expr: TimeExpression, start: int) -> bool:
    """Whether a mention at `start` lies in what a "since" date tells of itself
    (`_WHEN_AFTER`, or its possessive's noun phrase, which `_applies_to` has checked)."""
    if _POSSESSIVE.match(text, expr.end) or expr.text.endswith(("'s", "’s")):
        return start >= expr.end
    when = _WHEN_AFTER.match(text, expr.end)
    return when is not None and expr.end <= start < when.end()


# A year that modifies a noun set as a measure or a benchmark ("rose above the 2022 flood
# mark on Monday", "broke the 2012 record", "the 2019 levels", "its 2012 peak") names when
# that mark was set, not when what the clause tells happened when the clause has a time of
# its own: the clause's other times come first (dates60: Lokoja's Monday had been the year
# 2022). Only such a phrase: a year after "during", "in", "after" … ("cut off during the
# 2022 floods, residents recalled on Monday") is the time of the event the clause tells,
# whatever day it was told (review 33, item 4: the saying's Monday had come first). A
# phrase is a benchmark by its head noun (`_A_MEASURE_AFTER`) or by the comparison before
# it (`_COMPARED_WITH_BEFORE`: "surpassed the 2012 floods"). Where the mention is in the
# noun phrase the year modifies ("the 2022 floods in Lokoja", "the 2022 Lokoja floods"),
# the year is that event's, as before.
_NOUN_S_YEAR = re.compile(r"(?:the|its|their|this|that)\s", re.IGNORECASE)
_A_MEASURE_AFTER = re.compile(
    r"(?:\s+[a-z][\w'’-]*){0,2}?\s+(?:marks?|records?|levels?|peaks?|highs?|lows?|crests?"
    r"|heights?|benchmarks?|averages?|totals?|figures?|tolls?|tally|tallies|maximum|minimum"
    r"|readings?)\b", re.IGNORECASE)
_COMPARED_WITH_BEFORE = re.compile(
    r"\b(?:above|below|past|than|beyond|under|over|beat|beats|beating|broke|breaks|breaking"
    r"|broken|surpass(?:ed|es|ing)?|exceed(?:ed|s|ing)?|top(?:ped|s|ping)?"
    r"|eclips(?:ed|es|ing)|equall?(?:ed|s|ing)|match(?:ed|es|ing)?|pass(?:ed|es|ing)?)\s+$",
    re.IGNORECASE)
_IN_ITS_NOUN_PHRASE = re.compile(
    r"(?:\s+[a-z][\w'’-]*){0,3}\s+(?:in|at|of|near|around|across|along|on|over)\s+"
    r"(?:the\s+)?|\s+")


def _a_noun_s_year(text: str, expr: TimeExpression, start: int) -> bool:
    """Whether `expr` is a year modifying a noun (`_NOUN_S_YEAR`) of a measure or a
    benchmark (`_a_benchmark_s_year`) whose phrase does not hold the mention at `start`
    (`_IN_ITS_NOUN_PHRASE`)."""
    if expr.kind not in {"year", "range_year"} or not _NOUN_S_YEAR.match(expr.text) \
            or not _a_benchmark_s_year(text, expr):
        return False
    return not (start >= expr.end
                and _IN_ITS_NOUN_PHRASE.fullmatch(text, expr.end, start) is not None)


# A sentence opening on an event's year, "The 1991 earthquake killed 14 people across the
# valley; most of the deaths were in Maca, but others were in Achoma", tells of that event
# throughout: the year is its subject's, and with no other time in the sentence nothing else
# dates the clauses after it, however far on (audit 35, item 3: Maca, 90 characters on, had
# been the publication date, beyond `OTHER_CLAUSE_REACH`). A year modifying a noun yields to
# the clause's own times (`_a_noun_s_year`), so only where it is the sentence's one time.
_OPENS_ON = re.compile(r"[\s\"'“‘(]*")


def _the_sentence_s_event(text: str, expr: TimeExpression, sentence: tuple[int, int],
                          candidates: Sequence[TimeExpression]) -> bool:
    """Whether `expr`, the sentence's one time, is the year of the event its subject names
    (`an_event_follows`), opening the sentence."""
    return len(candidates) == 1 and expr.kind == "year" \
        and _NOUN_S_YEAR.match(expr.text) is not None \
        and _OPENS_ON.fullmatch(text, sentence[0], expr.start) is not None \
        and an_event_follows(text, expr.end)


def _a_benchmark_s_year(text: str, expr: TimeExpression) -> bool:
    """Whether the noun phrase a year modifies is a measure (`_A_MEASURE_AFTER`: "the 2022
    flood mark") or what something is compared with (`_COMPARED_WITH_BEFORE`: "surpassed
    the 2012 floods"), not an event the clause's verb is told in ("during the 2022 floods")."""
    return _A_MEASURE_AFTER.match(text, expr.end) is not None \
        or _COMPARED_WITH_BEFORE.search(text, max(0, expr.start - 20), expr.start) is not None


# The day a piece of news was published, in a correction or a citation ("A story published on
# September 14 about flooding in Niamey misstated …", "an article posted on 3 May", "a
# column dated 12 June", "a story first reported on Monday"): a day of the paper, not of what
# happened at the places the sentence names (dates60: Niamey had been dated the story's day).
# Only after a word for a newspaper's piece: "a report published on Monday" by an agency is
# the news itself as often, and "cholera was first reported in Kayes on 3 March" an event.
_A_PIECE_S_DAY = re.compile(
    r"\b(?:story|stories|article|piece|column|editorial|obituary|post|blog\s+post|dispatch"
    r"|headline|caption|photo\s+caption|version|edition)\b[^.;:!?\n]{0,50}?"
    r"\b(?:(?:was\s+)?(?:published|posted|dated|first\s+reported|first\s+published)"
    r"|(?:that|which)\s+(?:ran|appeared))\s+(?:online\s+)?(?:on\s+|in\s+)?$",
    re.IGNORECASE)


def _a_publication_s_day(text: str, expr: TimeExpression) -> bool:
    """Whether `expr` is the day a newspaper's piece was published (`_A_PIECE_S_DAY`)."""
    return _A_PIECE_S_DAY.search(text, max(0, expr.start - 90), expr.start) is not None


# A count "since" a time ("214 cases of cholera have been recorded in the Mopti region since
# September 1", "62,000 people have been displaced since the floods began at the end of
# August"): the figure is what has added up from then to the report, so the event runs from
# that time to the report's date (dates60: the single day 1 September, and the whole of
# August). A part of a month is its third, as `timex`'s parts of a decade or a year are:
# "late August", "the end of August" from the 21st, "mid-August" from the 11th, "early",
# "the beginning/start of" from the 1st. Only where the start lies within `A_COUNT_S_REACH`
# of the report: "3,000 have died since 2014" stays a state that has lasted (the
# publication date), a decade on a map of days being no event of the story's.
# A count is a figure of what is tallied (`_A_TALLY`: cases, deaths, people, homes …, or a
# figure in thousands) told with a present perfect (`_PERFECT`: "have been recorded", "has
# risen to") in the chunk of the clause that runs to "since" (no comma, no "who"/"which"
# between): "The 3 soldiers, deployed to Mopti since August, returned home on Monday" and
# "Mopti's 3 hospitals have been full since September 1" tell no count (review 33, item 3:
# any figure before any plural had been one, and had put the clause's Monday aside). A
# figure after "the" or a possessive names a group, not a tally ("The 12 workers who have
# lived in Mopti since August 2"); a past perfect's count ("By Friday, 300 had died since
# …") runs to a day of its own, not to the report's, and is read as before.
_TALLIED = (r"(?:cases|deaths|dead|infections|fatalities|casualties|victims|injuries|people"
            r"|persons|residents|civilians|villagers|inhabitants|families|households|children"
            r"|women|patients|refugees|migrants|evacuees|displaced|homeless|homes|houses"
            r"|dwellings|arrests|detainees|attacks)")
_A_TALLY = re.compile(
    r"(?<!\bthe )(?<!\bthese )(?<!\bthose )(?<!\bits )(?<!\btheir )(?<!['’]s )"
    r"(?:\b(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*(?:million|thousand|hundred))"
    r"|\b\d+(?=(?:\s+[a-z][\w-]*){0,2}?\s+" + _TALLIED + r"\b)"
    r"|\b(?:hundreds|thousands|dozens|millions|scores)\s+of\b)", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have)\b|['’]ve\b", re.IGNORECASE)
_CHUNK_S_END = re.compile(r"[,;:()]|\b(?:who|which|whose|whom)\b", re.IGNORECASE)
_SINCE_IT_BEGAN = re.compile(
    r"\bsince\s+(?:the|a|an|its|their)\s+(?:[a-z][\w'’-]*\s+){1,3}"
    r"(?:began|started|struck|hit|broke\s+out|arrived)\s+(?:(?:in|on|at)\s+)?$", re.IGNORECASE)
A_COUNT_S_REACH = dt.timedelta(days=92)  # a season: beyond it a count's start is background


def _a_count_since(text: str, expr: TimeExpression, guess: DateGuess, reference: dt.date,
                   left: int) -> DateGuess | None:
    """The time from a "since" date to the report, where the clause (from `left`) tells a
    count before it (`_counted_up_to`); else None."""
    if guess.date is None or guess.date > reference or not (
            _since(text, expr)
            or _SINCE_IT_BEGAN.search(text, max(0, expr.start - 60), expr.start)):
        return None
    since = text.rfind("since", left, expr.start + 6)
    if since < 0 or not _counted_up_to(text, left, since):
        return None
    start = guess.date  # (a part of a month is its third already: `timex._a_part_of_its_month`)
    if reference - start > A_COUNT_S_REACH or start >= reference:
        return None
    return replace(guess, date=start, end=reference, precision="range",
                   evidence=f"{guess.evidence} (a count since then: to the report's date)")


def _counted_up_to(text: str, left: int, since: int) -> bool:
    """Whether the chunk of a clause that runs up to its "since" at `since` (from `left`,
    after the last comma or relative pronoun: `_CHUNK_S_END`) tells a tally (`_A_TALLY`) with
    a perfect verb (`_PERFECT`)."""
    ends = [m.end() for m in _CHUNK_S_END.finditer(text, left, since)]
    chunk = ends[-1] if ends else left
    return _A_TALLY.search(text, chunk, since) is not None \
        and _PERFECT.search(text, chunk, since) is not None \
        or _A_GROWTH.search(text, chunk, since) is not None


# What has grown since a time ("In Leipzig, weekly Monday marches have grown since
# September", "protests have spread since mid-October") tells of events from then to the
# report, as a tally does (audit 37, item 11: Leipzig had been the next Monday). A present
# perfect of growth right before "since"; "the river has risen since Monday" is the same
# span, and a state ("has been closed since") is not growth.
_A_GROWTH = re.compile(
    r"\b(?:has|have|['’]ve)\s+(?:\w+ly\s+|also\s+|only\s+)?(?:grown|swelled|swollen|spread"
    r"|multiplied|intensified|escalated|mounted|increased|risen|gathered\s+pace|snowballed"
    r"|fallen|dropped|declined|doubled|tripled|climbed|jumped|soared)"
    r"(?:\s+(?:steadily|rapidly|quickly|every\s+week|each\s+week|in\s+size))?"
    r"(?:\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?\d[\d.,]*\s*(?:%|per\s*cent"
    r"|percent|points?))?\s+$",  # ("have risen 4% since March": a change over the span,
    re.IGNORECASE)  # dates65)


def _a_lasting_state(guess: DateGuess) -> bool:
    """Whether a date after "since" is longer than a state's start the clause may tell
    (`A_STATE_S_START`)."""
    return guess.date is not None and (guess.end or guess.date) - guess.date > A_STATE_S_START


# A phrase of "before" or "after" and a verb's -ing, up to the next comma or stop: "grew up
# in Kochi before moving to London in 1994", "trained in Lyon before opening his first
# restaurant in 1994". A year, a month or a season in it is when the phrase's own event
# happened, and the rest of the sentence tells of a time before or after it, often years
# (audit 27, item 6: Kochi and Lyon had been 1994); a day in it is near enough the clause's
# ("After landing in Paris on Monday, the president flew to Lyon"), and is kept.
_GERUND_PHRASE = re.compile(
    r"\b(?:before|after)\s+(?:\w+ly\s+)?(?!(?:morning|evening|spring|nothing|something"
    r"|anything|everything|thing|king|wedding)\b)[a-z]{2,}ing\b[^,;:!?]*?(?=[,;:!?]|\.(?!\w)|$)",
    re.IGNORECASE)
A_LIFE_S_SPAN = dt.timedelta(days=27)  # longer than this, a date is a time of a life's story


def _another_time_s_phrase(text: str, expr: TimeExpression, start: int,
                           guess: DateGuess) -> bool:
    """Whether `guess`, a month or longer, comes from a "before/after -ing" phrase
    (`_GERUND_PHRASE`) that the mention at `start` is not in: the phrase's own time."""
    if guess.date is None or (guess.end or guess.date) - guess.date < A_LIFE_S_SPAN:
        return False
    s_start, s_end = sentence_at(text, expr.start)
    return any(phrase.start() <= expr.start < phrase.end() and not
               phrase.start() <= start < phrase.end()
               for phrase in _GERUND_PHRASE.finditer(text, s_start, s_end))


# The names of a list before a mention ("acts from Glasgow, Dublin and "): its items share
# what dates the first.
# What joins two names of a list (", ", ", and ", " or ").
_LIST_JOIN = r"(?:\s*,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"
_LIST_BEFORE = re.compile(rf"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*{_LIST_JOIN})+$")


# One more name of a list after a mention (" and Indiranagar", ", Heath").
_ONE_MORE_NAME = re.compile(rf"{_LIST_JOIN}[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
_A_NAME_START = re.compile(r"[A-Z]")
# What `_LIST_BEFORE` ends with, right before the mention: looked for first, since the list's
# search tries every start before it and backtracks through a run of names with no join
# ("Kyiv Kyiv Kyiv …" two thousand times: 505 s to date one article, review of fix 49).
_A_LIST_S_JOIN_BEFORE = re.compile(rf"{_LIST_JOIN}$")
_JOINED = re.compile(r"\s(?:and|or)\s")


def _list_around(text: str, start: int, end: int, sentence: tuple[int, int],
                 candidates: Sequence[TimeExpression]) -> tuple[int, int]:
    """The bounds of the list of names the mention at [start, end) is in ("potholes in
    Koramangala and Indiranagar"), else its own: the items of one list are measured from
    the same span, so the nearest date is the same for all (audit 29, item 9: each had taken
    the date nearer to itself). A time expression ends the list ("on Monday, Xville and");
    names joined by commas alone are an address or an opening phrase, no list. What the
    sentence's lists are is worked out once for all its mentions (`_lists_of`)."""
    lists = _lists_of(text, sentence, tuple((e.start, e.end) for e in candidates))
    left, right = start, end
    if _A_LIST_S_JOIN_BEFORE.search(text, max(0, start - 80), start) and (
            before := lists.list_before(text, start)) is not None:
        left = before
        for expr in candidates:
            if left < expr.end <= start:
                name = _A_NAME_START.search(text, expr.end, start)
                left = max(left, name.start() if name else start)
    right = lists.end_from(text, right)
    if not lists.joined(text, left, right):
        return start, end  # (commas alone: "508 Cumberland St., Lebanon", "Inc., Pine Grove")
    return left, right


# What no list of names before a mention (`_LIST_BEFORE`) can hold: a character outside a
# name's, a comma's or a space's, or after a space a word that starts no name nor is "and" or
# "or" (" officials", " 508"). No such list starts before the last of these before it.
_NO_LIST = re.compile(r"[^\w'’.,\s-]|(?<=\s)(?![A-Z\s,]|(?:and|or)\s)\S")


@dataclass
class _Lists:
    """A sentence's lists of names, worked out once for all its mentions (fix 49, review 27
    item 6: each mention had searched from the sentence's start and walked to its list's
    end, so a list of 400 towns took 1.56 s to date, 0.99 s before fix 48)."""
    sentence: tuple[int, int]
    times: tuple[tuple[int, int], ...]
    blocks: list[int]  # where `_NO_LIST` matched, in order
    ends: dict[int, int]  # where the names after a position run to (`end_from`), as found
    # Where the list before a mention starts, for the last mention asked (fix 50: each had
    # searched back to its list's start, and looked for a join over the whole list again)
    last_before: tuple[int, int | None] = (-1, None)
    joins: dict[tuple[int, int], bool] = field(default_factory=dict)

    def list_before(self, text: str, start: int) -> int | None:
        """Where the list of names before `start` (`_LIST_BEFORE`) begins, or None. A list
        runs on from the last mention asked when only names and joins lie between: a join
        comes right before each mention, so no list can begin inside that stretch, and the
        leftmost start is the same."""
        asked, found = self.last_before
        if found is not None and asked < start \
                and _LIST_BEFORE.fullmatch(text, asked, start) is not None:
            self.last_before = (start, found)
            return found
        before = _LIST_BEFORE.search(text, self.from_before(start), start)
        self.last_before = (start, before.start() if before else None)
        return self.last_before[1]

    def joined(self, text: str, left: int, right: int) -> bool:
        """Whether "and" or "or" joins names in text[left:right] (`_JOINED`), once a span."""
        if (left, right) not in self.joins:
            self.joins[left, right] = _JOINED.search(text, left, right) is not None
        return self.joins[left, right]

    def from_before(self, start: int) -> int:
        """Where a list of names before `start` may begin at the earliest."""
        last = bisect_left(self.blocks, start) - 1
        return self.blocks[last] if last >= 0 else self.sentence[0]

    def end_from(self, text: str, at: int) -> int:
        """Where the names of a list after text[at] end (`_ONE_MORE_NAME`), before a time."""
        walked, right = [], at
        while right not in self.ends:
            more = _ONE_MORE_NAME.match(text, right, self.sentence[1])
            if not more or any(right <= s < more.end() for s, _ in self.times):
                self.ends[right] = right
                break
            walked.append(right)
            right = more.end()
        for position in walked:
            self.ends[position] = self.ends[right]
        return self.ends[right]


@lru_cache(maxsize=32)
def _lists_of(text: str, sentence: tuple[int, int],
              times: tuple[tuple[int, int], ...]) -> _Lists:
    """The lists of the sentence at `sentence` with its time expressions at `times`
    (`_Lists`), one for all its mentions."""
    blocks = [m.start() for m in _NO_LIST.finditer(text, *sentence)]
    return _Lists(sentence, times, blocks, {})


def _the_saying_s_day(text: str, expr: TimeExpression, start: int,
                      candidates: Sequence[TimeExpression]) -> bool:
    """Whether `expr` is the day a frame after what was said was said on ("…, the Red Cross
    said on Monday": `timex.frame_said_on`), the mention at `start` is in what was said,
    and that has a date of its own: the saying's day is not when it happened (audit 28,
    item 6)."""
    frame = _frame_said_on(text, sentence_at(text, expr.start)[0], expr.start)
    return frame is not None and start < frame and any(
        other.end <= frame for other in candidates if other is not expr)


# A results page's header, a possessive time at a line's start before a word of results
# and a colon or the line's end ("Yesterday's results:", "Saturday's scores", "Last night's
# football results:"): its time dates every result under it, to the next blank line or
# header (audit 32, item 8: "Yesterday's results: Al Hilal beat Al Nassr in Riyadh." had been
# the publication date, where "Al Ahly beat Zamalek in Cairo yesterday" was the day before).
_RESULTS_WORDS = r"(?:results|scores|fixtures|matches|games|round-?up|scoreboard|scorecard)"
_RESULTS_HEADER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?" + _RESULTS_WORDS
                             + r"[^\S\n]*(?::|$)", re.IGNORECASE | re.MULTILINE)
_HEADER_LINE = re.compile(r"^[^\S\n]*\S[^\n]{0,40}?['’]s\s+(?:[\w-]+\s+){0,2}?" + _RESULTS_WORDS
                          + r"[^\S\n]*(?::[^\S\n]*)?$", re.IGNORECASE | re.MULTILINE)
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# A line of results: short, with a score ("Arsenal 2-0 Brentford", "Everton 1–1 Fulham in
# Liverpool"). Pages set each in its own paragraph (an HTML page's <p>, a feed's blank
# lines): a header reaches across the blank lines between such lines, not past prose.
# A score between two names ("Leeds 2-1 Hull"), not any range of numbers: "men aged 18-24",
# "junctions 42-43" and "open 9-5" are prose, which a header must not reach.
_SCORE = re.compile(r"[A-Z][\w'’.&-]*\s+\d{1,3}\s?[-–]\s?\d{1,3}\s+[A-Z]")
RESULT_LINE_LENGTH = 120


def _heads_results(text: str, expr: TimeExpression) -> bool:
    """Whether a time opens a line as a results header's (`_RESULTS_HEADER`), so dates what
    is under it."""
    at = expr.end - 2 if expr.text.endswith(("'s", "’s")) else expr.end
    return not text[text.rfind("\n", 0, expr.start) + 1:expr.start].strip() \
        and _RESULTS_HEADER.match(text, at) is not None


def _header_above(text: str, start: int, grouped: dict) -> TimeExpression | None:
    """The time of the results header (`_RESULTS_HEADER`) nearest above the line `start` is
    on, with no blank line or other header between; None where there is none."""
    line_start = text.rfind("\n", 0, start) + 1
    headers = _results_headers(text)
    above = bisect_right(headers, (line_start - 1, line_start - 1)) - 1
    if above < 0 or headers[above][1] > line_start - 1:
        return None
    first, last = headers[above]
    if _BLANK_LINE.search(text, last, line_start) and not _only_results(text, last, start):
        return None
    exprs = grouped.get(sentence_at(text, first + len(text[first:last])
                                    - len(text[first:last].lstrip())), [])
    return next((e for e in exprs if first <= e.start < last and _heads_results(text, e)), None)


def _only_results(text: str, after: int, start: int) -> bool:
    """Whether every line from `after` to the end of the line `start` is on, blank lines
    apart, is a line of results (`_SCORE` between names, at most `RESULT_LINE_LENGTH`
    characters): a results page set one result a paragraph had its header reach none of
    them."""
    end = text.find("\n", start)
    lines = [line.strip() for line in text[after:end if end >= 0 else len(text)].split("\n")]
    return all(len(line) <= RESULT_LINE_LENGTH and _SCORE.search(line)
               for line in lines if line)


@lru_cache(maxsize=8)
def _results_headers(text: str) -> tuple[tuple[int, int], ...]:
    """Where the text's results headers are (`_HEADER_LINE`), found once for its mentions."""
    if "'s" not in text and "’s" not in text:
        return ()
    return tuple(m.span() for m in _HEADER_LINE.finditer(text))


# A possessive time opening its sentence before an event's noun, "Sunday's quake, of
# magnitude 9.0, struck … west of Aceh province", "Last week's floods cut off Kayes": the
# event is the sentence's subject, so its time is what the sentence tells of, not only the
# noun phrase's (audit 37, item 3: Aceh had stood on the publication date, "“Sunday's” dates
# another part of the sentence"). Only before an event's noun (`an_event_follows`, and a
# few of the news' events it leaves out: a vote, a crash, a blast, a raid, a match): "Sunday's
# paper reported flooding in Kayes" names a publication whose day is not the flood's, and
# "Sunday's" later in the sentence ("Rescuers in Jakarta counted the dead of Sunday's
# quake") is no subject's.
_A_SUBJECT_S_EVENT = re.compile(
    r"(?:['’]s)?\s+(?:[A-Z][\w'’-]*\s+){0,3}(?i:votes?|ballot|crash(?:es)?|collisions?"
    r"|derailment|blasts?|raids?|air\s*strikes?|matche?s?|games?|race|rally|rallies|marche?s?"
    r"|parade|ceremony|funeral|shelling|flash\s+floods?)\b")


def _the_subject_s_event(text: str, expr: TimeExpression) -> bool:
    """Whether the possessive time `expr` opens its sentence before an event's noun
    (`_A_SUBJECT_S_EVENT`, `an_event_follows`): the sentence's subject is that event."""
    if expr.kind in {"year", "range_year", "numeric", "day_month"}:
        return False
    sentence = sentence_at(text, expr.start)
    if _OPENS_ON.fullmatch(text, sentence[0], expr.start) is None:
        return False
    after = _POSSESSIVE.match(text, expr.end)
    at = after.end() if after else expr.end
    return an_event_follows(text, at) or _A_SUBJECT_S_EVENT.match(text, at) is not None


def _applies_to(text: str, expr: TimeExpression, start: int) -> bool:
    """A possessive time ("next month's talks", "Thursday's meeting in Delhi") dates only the
    noun phrase right after it, not every place in the clause; every item of a list in it
    ("this year's programme includes acts from Glasgow, Dublin and Cape Town": Dublin and
    Cape Town had been the publication date, Glasgow this year — audit 25, item 13)."""
    if not (_POSSESSIVE.match(text, expr.end) or expr.text.endswith(("'s", "’s"))):
        return True
    if _heads_results(text, expr):
        return start >= expr.end
    if _the_subject_s_event(text, expr):
        return True
    between = text[expr.end:start] if start >= expr.end else ""
    if listed := _LIST_BEFORE.search(between):
        between = between[:listed.start()]
    return 0 <= start - expr.end and len(between) <= 60 \
        and not re.search(r"[,;:]|\bsaid\b", between)


# A wire dateline's own date ("HANOI, Dec. 3 (VNA) -- ", "KANAZAWA, Japan, Dec. 3 Kyodo - ",
# "BISHKEK, December 3. /TASS/. ", "Astana, 3 December, /Kazinform/ - ") is the day the
# copy was filed, not a time of the lead it heads: "HANOI, Dec. 3 (VNA) -- A new road to
# Meo Vac … was put into operation on December 2" had Meo Vac on the 3rd, the dateline's
# date lying nearer than the sentence's own (audit 35, item 3). Only names and commas
# before it on its line, and after it an agency's mark or a dash: "In Leeds, Dec. 3 was
# cold" is no dateline.
_DATELINE_BEFORE_ITS_DATE = re.compile(r"(?m:^)[ \t]*[A-Z][\w'’.-]*(?:[ ,]+[A-Z][\w'’.-]*)*,"
                                       r"[ \t]+$")
_DATELINE_AFTER_ITS_DATE = re.compile(
    r"[.,]?[ \t]*(?:(?:/[A-Z][\w &.-]{0,20}/\.?|\([A-Z][\w &.-]{0,20}\)|[A-Z][a-z]+)[ \t]*)?"
    r"(?:--|—|–|-)[ \t]+|[.,]?[ \t]*/[A-Z][\w &.-]{0,20}/\.?[ \t]+")


def _wire_dateline_end(text: str, expr: TimeExpression) -> int | None:
    """Where the wire dateline whose date `expr` is ends (`_DATELINE_BEFORE_ITS_DATE`,
    `_DATELINE_AFTER_ITS_DATE`), or None where it is no dateline's."""
    line = text.rfind("\n", 0, expr.start) + 1
    if expr.start - line > DATELINE_REACH \
            or _DATELINE_BEFORE_ITS_DATE.search(text, line, expr.start) is None:
        return None
    after = _DATELINE_AFTER_ITS_DATE.match(text, expr.end)
    return after.end() if after else None


def _a_wire_dateline_s(text: str, expr: TimeExpression, start: int) -> bool:
    """Whether `expr` is the date of a wire dateline that the mention at `start` comes
    after (`_wire_dateline_end`)."""
    if expr.kind not in {"mdy", "dmy"}:
        return False
    end = _wire_dateline_end(text, expr)
    return end is not None and start >= end


# An update's relative days count from the day it was written: "UPDATE 1 … SUVA, Fiji, Feb
# 11 (Reuters) - … On Sunday, the government declared a state of natural disaster", a feed
# row keeping its first `published` (Saturday 10 February) and `dateModified` 11 February,
# had its Sunday the 4th, counted from the first version's day (audit 35, item 3). Where the
# text's own wire dateline gives the day of its last modification, a few days after its
# publication, the two agree that the text was written then: its times are read from that
# day (and instant). The article's publication date stays the first; a modification its
# dateline does not name (a typo fixed) changes nothing.
UPDATE_DAYS = 7  # an update rewritten more than a week on is a new story as often


def written_on(text: str, published: dt.date | None, stamp: dt.datetime | None,
               metadata: Mapping | None) -> tuple[dt.date | None, dt.datetime | None]:
    """The day (and instant) the text's relative times count from: its last modification
    where its wire dateline names that day (see `UPDATE_DAYS`), else its publication."""
    day, instant, _ = written_on_why(text, published, stamp, metadata)
    return day, instant


def written_on_why(text: str, published: dt.date | None, stamp: dt.datetime | None,
                   metadata: Mapping | None) -> tuple[dt.date | None, dt.datetime | None, str]:
    """`written_on`, with the words an event's evidence names the day by where it is not the
    publication date (`WRITTEN_ON_UPDATE`, `WRITTEN_ON_FILED`), else ""."""
    modified = (metadata or {}).get(LAST_MODIFIED)
    if published is not None and (filed := _filed_the_day_before(text, published)):
        return filed, None, WRITTEN_ON_FILED.format(day=filed, published=published)
    if published is None or not modified:
        return published, stamp, ""
    instant = publication_stamp(str(modified))
    day = instant.date() if instant else parse_date_value(str(modified))
    if day is None or not 0 < (day - published).days <= UPDATE_DAYS \
            or _dateline_day(text, day) != (day.month, day.day):
        return published, stamp, ""
    return day, instant, WRITTEN_ON_UPDATE.format(day=day, published=published)


# How an event's evidence names the day `written_on` counts from, where it is not the
# publication date (dates65: a date it had set still said "publication date", and the map's
# card called it the publication date at the place).
WRITTEN_ON_UPDATE = ("the update's day, {day:%A %-d %B %Y}, which its dateline names (first "
                     "published {published:%A %-d %B %Y})")
WRITTEN_ON_FILED = ("the day it was filed, {day:%A %-d %B %Y}, which its dateline names (the "
                    "paper of {published:%A %-d %B %Y})")


def counted_from_the_day_written(guess: DateGuess, why: str) -> DateGuess:
    """An event's `guess` with evidence that names the day it counts from where `written_on`
    moved it (`why`): the day standing in for a sentence with no date of its own, or the
    reference of a relative time ("yesterday (counted from the update's day, …)"); a date
    the text gives whole is left as it is."""
    if not why:
        return guess
    own = guess.evidence == PUBLICATION_DATE or guess.evidence.startswith(PUBLICATION_DATE + ":")
    if guess.precision == "publication" and own:
        rest = guess.evidence[len(PUBLICATION_DATE):]
        return replace(guess, evidence=f"{why}{rest or NO_DATE_OF_ITS_OWN}")
    if guess.method in {"relative", "fallback"}:
        return replace(guess, evidence=f"{guess.evidence} (counted from {why})")
    return guess


NO_DATE_OF_ITS_OWN = ": the sentence gives no date of its own"


# A dateline alone on a line of the head, a place and a day ("Vienna, October 23."), as an
# older paper's report opened: where it names the day before the paper's, the report was
# filed that evening for the morning's paper, and its "tonight" and "this afternoon" are of
# that day (audit 37, item 1: the Manchester Guardian of 24 October 1956 under "Vienna,
# October 23." told "Budapest was tonight in the hands of … demonstrators", on the 23rd).
_DATELINE_LINE = re.compile(r"[ \t]*[A-Z][\w'’.-]*(?:[ ,]+[A-Z][\w'’.-]*)*,[ \t]+(?P<day>"
                            r"[^\n]{3,20}?)\.?[ \t]*(?:\n|$)")
DATELINE_LINES = 8  # the head's lines a dateline alone may stand on


def _filed_the_day_before(text: str, published: dt.date) -> dt.date | None:
    """The day before `published` where a dateline alone on a line of the head names it
    (`_DATELINE_LINE`, or a wire dateline: `_dateline_day`), else None."""
    before = published - dt.timedelta(days=1)
    start = 0
    for _ in range(DATELINE_LINES):
        line = _DATELINE_LINE.match(text, start)
        if line:
            day = [e for e in find_expressions(line.group("day")) if e.kind in {"mdy", "dmy"}
                   and e.end == len(line.group("day"))]
            guess = resolve(day[0], published, "") if day else None
            if guess and guess.date == before:
                return before
        start = text.find("\n", start) + 1
        if start == 0:
            break
    return None


def _dateline_day(text: str, near: dt.date) -> tuple[int, int] | None:
    """The month and day of the wire dateline opening one of the text's first lines
    (`_wire_dateline_end`), or None."""
    head = text[:600]
    for expr in find_expressions(head):
        if expr.kind in {"mdy", "dmy"} and _wire_dateline_end(head, expr) is not None:
            guess = resolve(expr, near, "")
            return (guess.date.month, guess.date.day) if guess and guess.date else None
    return None


# A place's dateline opening a paragraph ("GREENFIELD, Iowa - ", "MAPLETON, Kan. (AP) — "),
# and the phrase of its sentence that names the dateline's place again ("tore through this
# town of 2,000 people … late Tuesday"): the dateline's places are where that phrase's
# clause happened, and take its date (audit 33, item 4: Greenfield had been the publication
# date, "“Tuesday” dates another part of the sentence", where "this town" was Tuesday's).
DATELINE_REACH = 80  # characters: a place's dateline is short
_PLACE_DATELINE = re.compile(
    r"[A-Z][\w'’.-]*(?:[ ,]+[A-Z][\w'’.-]*)*(?:\s*\([A-Z][\w &.-]{0,20}\))?"
    r"\s*(?:\s-|--|—|–)\s+")
_THIS_PLACE = re.compile(r"\b[Tt]his\s+(?:small\s+|little\s+|tiny\s+|rural\s+|coastal\s+|"
                         r"northern\s+|southern\s+|eastern\s+|western\s+)?(?:town|city|village"
                         r"|hamlet|community|borough|township|suburb|port|island|county)\b")


def _the_dateline_s_phrase(text: str, start: int) -> tuple[int, int] | None:
    """Where the sentence of a mention in a place's dateline (`_PLACE_DATELINE`, at a line's
    start) names that place again ("this town": `_THIS_PLACE`), else None."""
    s_start, s_end = sentence_at(text, start)
    if not _line_begins_at(text, s_start):
        return None
    dateline = _PLACE_DATELINE.match(text, s_start, min(s_end, s_start + DATELINE_REACH))
    if dateline is None or start >= dateline.end():
        return None
    this = _THIS_PLACE.search(text, dateline.end(), s_end)
    return this.span() if this else None


def _as_the_dateline_s(guess: DateGuess, phrase: str) -> DateGuess:
    """A dateline's place's date, said to be that of the phrase naming it again."""
    if guess.precision == "publication":
        return guess
    return replace(guess, evidence=f"{guess.evidence} (the dateline's place: “{phrase}”)")


# A place and its region set off by commas ("hail to Omaha, Nebraska, and …", "in Tulsa,
# Oklahoma."): one place, measured from the same span, as a list's names are, so both are as
# near a time in another clause (audit 33, item 4: Nebraska had been Tuesday's and Omaha,
# ten characters further, the publication date).
_REGION_AFTER = re.compile(r",\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
                           r"(?=\s*(?:[,;:]|\.(?!\w)|$))")
_PLACE_BEFORE = re.compile(r"(?<![\w'’.-])(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
                           r",\s+$")


def _with_its_region(text: str, first: int, last: int) -> tuple[int, int]:
    """The span [first, last) of a mention or its list, widened over a place and its region
    (`_REGION_AFTER`, `_PLACE_BEFORE`)."""
    if (region := _REGION_AFTER.match(text, last)) is not None:
        return first, region.end()
    place = _PLACE_BEFORE.search(text, max(0, first - 40), first)
    if place is not None and (region := _REGION_AFTER.match(text, place.end("name"))) \
            and region.end() == last:
        return place.start(), last
    return first, last


# "Last Tuesday" told in the pluperfect ("Last Tuesday, a smaller tornado had damaged barns near
# Lenox") where the article names the same weekday without "last" for the day "last" would
# give ("tore through Greenfield late Tuesday", in Wednesday's paper): news names a day of the
# past week by its name alone (AP style avoids "last Tuesday" as redundant), so a writer who
# has done so and then writes "last" means another Tuesday, and the pluperfect sets it before
# the story's own; so "last" is the week
# before (audit 33, item 5: both tornadoes had been the same Tuesday). Narrow on purpose:
# without the pluperfect or the other mention, "last Tuesday" stays the one just gone,
# as most readers take it.
_PLUPERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+|already\s+)?(?:been\s+)?(?:[a-z]{3,}ed|"
                         + IRREGULAR_PAST + r")\b", re.IGNORECASE)
_BARE_WEEKDAY_KINDS = frozenset({"weekday", "rel_weekday"})
_NOT_BARE = frozenset({"last", "next", "this", "coming", "past"})
A_WEEK = dt.timedelta(days=7)


def _last_of_the_week_before(text: str, expr: TimeExpression, guess: DateGuess,
                             grouped: dict, reference: tuple) -> DateGuess:
    """`guess` for "last <weekday>", a week earlier where the rule above holds."""
    if expr.kind != "rel_weekday" or expr.groups.get("rel", "").lower() != "last" \
            or guess.date is None or guess.precision != "day" \
            or not _PLUPERFECT.search(clause_around(text, expr.start, expr.end)):
        return guess
    weekday = expr.groups["weekday"].lower()
    for sentence, exprs in grouped.items():
        times = tuple((e.start, e.end) for e in exprs)
        for other in exprs:
            if other is expr or other.kind not in _BARE_WEEKDAY_KINDS \
                    or other.groups.get("weekday", "").lower() != weekday \
                    or other.groups.get("rel", "").lower() in _NOT_BARE:
                continue
            same = _in_its_clause(text, other, reference,
                                  _resolved_in_sentence(text, sentence, times))
            if same and same.date == guess.date and same.precision == "day":
                return replace(guess, date=guess.date - A_WEEK,
                               evidence=f"{guess.evidence}: the week before “{other.text}”, "
                                        "told of the day just gone")
    return guess


def event_date(text: str, start: int, end: int, published: dt.date | None,
               grouped: dict | None = None, local: dt.date | None = None,
               utc: bool = False, east: bool = False, from_east: bool = False) -> DateGuess:
    """Date of what a mention at [start, end) reports: its clause's time, else publication.

    Out-of-range dates (before 1900, over a year after publication) are not used: the
    publication date stands in and `flag` says what was rejected, so the UI can show it.
    `local`: the date at the mention's place when the article was stamped, if it was not
    `published` (`local_date`): a weekday names a day of the place's calendar; `utc`: the
    stamp was in UTC (`stamped_in_utc`), so "today" and the like do too (`timex.resolve`),
    and so does the publication date standing in for a clause without a date, west of the
    stamp: a place's report at 19:00 on the 7th there is of the 7th, not of the 8th in UTC
    (a review: a Los Angeles fire's title stood on the 8th, its "this morning" on the 7th).
    `east`: the mention's sentence names only places east of the stamp's midnight
    (`sentences_told_from_east`), so its "today" and "yesterday" are theirs there too.
    `from_east`: the whole article names only such places (`told_from_east` of all its
    places), so the publication date standing in is the date there too (audit 35, item 7:
    a Gympie fire stamped 2024-06-30T14:20:00Z, 00:20 on 1 July there, stood on 30 June
    where the same instant written "+10:00" stood on 1 July). By article, not sentence:
    where any sentence names a place still on the stamp's date ("…, the correspondent
    reported from London"), the stamp may be the writer's own clock, a London paper's, and
    its date stays for every sentence without one, so that a title and its body do not
    stand a day apart.
    The article's publication date stays the source's.
    """
    grouped = _expressions_of(text) if grouped is None else grouped
    if (again := _the_dateline_s_phrase(text, start)) is not None:
        return _as_the_dateline_s(event_date(text, *again, published, grouped, local, utc, east,
                                             from_east),
                                  text[again[0]:again[1]])
    sentence = sentence_at(text, start)
    candidates = grouped.get(sentence, [])
    if published is None:  # only a date that needs no reference ("on 6 April 2022") is usable
        candidates = [e for e in candidates if _is_absolute(e)]
        if not candidates:
            return DateGuess(None, "unknown", 0.0, precision="unknown")
    if not candidates:  # (most mentions: their clause, list and phrases do not matter)
        return _without_a_time(text, start, published, local, utc, (east, from_east), grouped,
                               "", [])
    left, right, _, asides, relative = _clause_and_aside(text, start, end)
    first, last = _with_its_region(text, *_list_around(text, start, end, sentence, candidates))
    purposes = _purposes_after_a_day(text, candidates)

    def distance(e: TimeExpression) -> tuple[int, int]:
        """Prefer an expression in the mention's own clause (not in an aside), then the
        nearest one to the list the mention is in (`_list_around`), an infinitive of purpose
        between them not counted (`_purposes_after_a_day`)."""
        in_clause = left <= e.start and e.end <= right \
            and not any(a <= e.start < b for a, b in asides)
        gap = e.start - last if e.start >= last else first - e.end
        gap -= sum(b - a for a, b in purposes if e.end <= a and b <= first
                   or last <= a and b <= e.start)
        return (0 if in_clause else 1, max(gap, 0))

    def order(e: TimeExpression) -> tuple[int, bool, int]:
        """`distance`, with a year modifying a noun the mention is not in after the clause's
        other times (`_a_noun_s_year`)."""
        in_clause, gap = distance(e)
        return in_clause, _a_noun_s_year(text, e, start), gap

    flag = ""
    reference = published or dt.date.today()
    own_phrases = _phrases_of_their_own(text, sentence)
    resolved = _resolved_in_sentence(text, sentence, tuple((e.start, e.end) for e in candidates))
    first_set = None  # a day first set that a put-off moves (`_moved_later`)
    passed: list[tuple[TimeExpression, bool]] = []  # (a time, whether a state's start)
    too_early = False  # whether the time dating the mention was refused as before 1900
    for expr in sorted(candidates, key=order):
        other_clause, gap = distance(expr)
        if not _applies_to(text, expr, start) or (
                other_clause and gap > OTHER_CLAUSE_REACH and not _heads_results(text, expr)
                and not _the_sentence_s_event(text, expr, sentence, candidates)) \
                or _not_its_phrase(text, expr, start, own_phrases + purposes) \
                or _another_name_s_relative(text, expr, start, end) \
                or _the_item_before_s(text, expr, start, end, candidates) \
                or _in_a_span_of_years(text, expr, start, end) \
                or _the_saying_s_day(text, expr, start, candidates) \
                or _a_publication_s_day(text, expr):
            passed.append((expr, False))
            continue
        if _a_wire_dateline_s(text, expr, start):
            continue  # (the day the copy was filed: the publication date, said as such)
        if _moved_later(text, expr, candidates):
            first_set = expr
            continue
        if expr.kind == "story":
            guess = _story_date(text, expr, start, reference, grouped) \
                or _counted_from_the_report(text, expr, published, grouped) \
                or _a_forecast_s_count(text, expr, published, grouped)
        elif aside := _moving_aside(text, expr, start, own_phrases):
            clause_of, after, _ = _clause_and_after(text, expr)
            clause_of, at = text[aside[0]:right], expr.start - aside[0]
            guess = resolve(expr, reference, clause_of, local, utc, east, after, at,
                            _headline_s_tense(text, expr, clause_of, at))
        elif first_set is not None and first_set.end <= expr.start:
            _, after, _ = _clause_and_after(text, expr)
            clause_of, at = _from_the_first_day(text, first_set, expr)
            guess = resolve(expr, reference, clause_of, local, utc, east, after, at,
                            _headline_s_tense(text, expr, clause_of, at))
        else:
            guess = _in_its_clause(text, expr, (reference, local, utc, east), resolved)
            guess = _in_the_opening_s_year(text, expr, guess, candidates,
                                           (reference, local, utc, east), resolved)
            guess = _the_story_s_night(text, expr, guess, reference, grouped)
        if guess:
            guess = _last_of_the_week_before(text, expr, guess, grouped,
                                             (reference, local, utc, east))
        if guess and not other_clause and (
                counted := _a_count_since(text, expr, guess, reference, left)) is not None:
            return counted
        if guess and _since(text, expr) and (other_clause or _a_lasting_state(guess)) \
                and not _told_of_itself(text, expr, start):
            passed.append((expr, not other_clause))
            continue  # (a state that has lasted, or another clause's)
        if guess and _another_time_s_phrase(text, expr, start, guess):
            passed.append((expr, False))
            continue
        if not guess or not guess.date:
            flag = flag or (guess.flag if guess else "")
            continue
        reason = out_of_range(guess, reference, guess.date > reference + FUTURE_MARGIN
                              and tells_a_past_event(_clause_and_after(text, expr)[0]))
        if not reason:
            guess = _refined(guess, [e for e in candidates if e is not expr and not
                                     distance(e)[0]], text, reference, local, utc, east)
            return _around_its_aside(guess) if other_clause and relative else guess
        flag = flag or reason
        too_early = too_early or guess.date < EARLIEST
    if too_early:
        return _before_the_earliest(flag)
    return _without_a_time(text, start, published, local, utc, (east, from_east), grouped,
                           flag, passed,
                           resolved)


# A month or a day with no year, in a sentence opening on a time that names one, is of that
# year: "In the spring of 1968, the Prague Spring was at its height, and in April Martin
# Luther King was shot dead in Memphis" (audit 37, item 4: April of the report's year,
# 2018). The opening phrase frames the whole sentence, as a dateline frames a story. Only a
# time naming one year (not "in the 1970s", "the winter of 1946-47"), read as written (not
# "last year"), and only for a month, a day or a month's part that names no year of its own.
_YEARLESS_KINDS = frozenset({"in_month", "mdy", "dmy", "rel_month"})
_PARTS_OF_A_MONTH = frozenset({"early", "late", "mid"})
_AN_OPENING_PHRASE = re.compile(r"[\s\"'“‘(]*(?:(?:in|during|by|over|throughout)\s+)?",
                                re.IGNORECASE)


def _in_the_opening_s_year(text: str, expr: TimeExpression, guess: DateGuess | None,
                           candidates: Sequence[TimeExpression], reference: tuple,
                           resolved: dict) -> DateGuess | None:
    """`guess` for `expr` moved into the year of the time its sentence opens on, where `expr`
    names none (`_YEARLESS_KINDS`), else `guess` as it was."""
    if guess is None or guess.date is None or expr.kind not in _YEARLESS_KINDS \
            or "year" in expr.groups or "yrel" in expr.groups \
            or (expr.kind == "rel_month" and expr.groups.get("rel", "").lower()
                not in _PARTS_OF_A_MONTH):
        return guess
    year = _the_opening_s_year(text, expr, candidates, reference, resolved)
    if year is None or year == guess.date.year \
            or tense(_clause_and_after(text, expr)[0]) == "future":
        return guess  # ("In 2019 he moved to Leeds, and in March he will open a shop")
    try:
        date = guess.date.replace(year=year)
        end = guess.end.replace(year=year + guess.end.year - guess.date.year) \
            if guess.end else None
    except ValueError:  # (29 February)
        return guess
    return replace(guess, date=date, end=end, method="explicit",
                   evidence=f"{guess.evidence} (of {year}, the year its sentence opens on)")


def _the_opening_s_year(text: str, expr: TimeExpression, candidates: Sequence[TimeExpression],
                        reference: tuple, resolved: dict) -> int | None:
    """The one year a time opening `expr`'s sentence names as written, or None."""
    sentence = sentence_at(text, expr.start)
    opening = min(candidates, key=lambda e: e.start)
    if opening is expr or opening.end > expr.start \
            or _AN_OPENING_PHRASE.fullmatch(text, sentence[0], opening.start) is None \
            or not re.search(r"\d{4}", opening.text):
        return None
    framed = _in_its_clause(text, opening, reference, resolved)
    if framed is None or framed.date is None or framed.method != "explicit" \
            or (framed.end or framed.date).year != framed.date.year:
        return None
    return framed.date.year


def _before_the_earliest(flag: str) -> DateGuess:
    """A mention whose time is before `EARLIEST` gets no date, not the publication date
    (audit 37, item 4: "Two decades earlier, in the mid-1880s, Chicago had built the world's
    first skyscraper" put Chicago on a 2018 report's day). The floor stays (the map's time
    axis is of news, and a publication date before 1900 is refused too), but a history's
    place is no event of the report's day: it is kept undated, the flag saying why."""
    return DateGuess(None, "unknown", 0.0, "a time before the earliest date kept",
                     precision="unknown", flag=flag)


def _without_a_time(text: str, start: int, published: dt.date | None, local: dt.date | None,
                    utc: bool, easts: tuple[bool, bool], grouped: dict, flag: str,
                    passed: list[tuple[TimeExpression, bool]], resolved: dict | None = None
                    ) -> DateGuess:
    """`event_date` where no time of the mention's sentence dates it (`passed`: those passed
    over, `flag`: why one was rejected): a results header's above it, else the publication
    date. Its own function so that a mention whose sentence holds no time skips the reading
    of its clause, list and phrases, which only weigh times (a speed-up, output identical:
    most mentions have none). `easts`: `event_date`'s `east` and `from_east`."""
    east, from_east = easts
    reference = published or dt.date.today()
    if (header := _header_above(text, start, grouped)) is not None and published is not None:
        clause_of, after, at = _clause_and_after(text, header)
        guess = resolve(header, reference, clause_of, local, utc, east, after, at, "past")
        if guess and guess.date and not out_of_range(guess, reference):
            return replace(guess, evidence=f"{guess.evidence} (the header of the results under"
                                           " it)")
    if published is None:
        return DateGuess(None, "unknown", 0.0, precision="unknown", flag=flag)
    if utc and local is not None and (local < published or from_east):
        return DateGuess(local, "fallback", 0.5, f"publication date, {local:%A %-d %B} at the "
                         "place when published", precision="publication", flag=flag)
    if not passed:
        return DateGuess(published, "fallback", 0.5, PUBLICATION_DATE,
                         precision="publication", flag=flag)
    return DateGuess(published, "fallback", 0.5, _why_the_publication_date(
        text, passed, (reference, local, utc, east), {} if resolved is None else resolved),
        precision="publication", flag=flag)


# The publication date standing in for a sentence that holds dates says what they did (fix
# 51, audit 30 item 16): the card of Albertville in "Born in Elverum in 1946, he guided the
# national team to gold at the Albertville and Nagano Olympics before retiring to Gjøvik in
# 2002." said "the sentence gives no date of its own", though its years date Elverum and
# Gjøvik. `present.publication_label` shows this evidence in its place.
PUBLICATION_DATE = "publication date"


def _why_the_publication_date(text: str, passed: list[tuple[TimeExpression, bool]],
                              reference: tuple, resolved: dict) -> str:
    """The evidence of the publication date standing in for a mention: where times of its
    sentence that are dates were passed over (`passed`: each with whether it is when a
    lasting state began), which, and why; else "publication date"."""
    dated = [(expr, state) for expr, state in passed if expr.kind != "story"
             and (guess := _in_its_clause(text, expr, reference, resolved)) and guess.date]
    if not dated:
        return PUBLICATION_DATE
    dated.sort(key=lambda pair: pair[0].start)
    pieces = [f"“{expr.text}”" for expr, state in dated if _a_publication_s_day(text, expr)]
    others = [f"“{expr.text}”" for expr, state in dated
              if not state and f"“{expr.text}”" not in pieces]
    states = [f"“{expr.text}”" for expr, state in dated if state]
    why = []
    if pieces:
        verb = "is when a piece" if len(pieces) == 1 else "are when pieces"
        why.append(f"{listed(pieces)} {verb} of news came out")
    if others:
        parts = "dates another part" if len(others) == 1 else "date other parts"
        why.append(f"{listed(others)} {parts} of the sentence")
    if states:
        verb = "is" if len(states) == 1 else "are"
        why.append(f"{listed(states)} {verb} when a state that still lasts began")
    return f"{PUBLICATION_DATE}: {'; '.join(why)}"


@lru_cache(maxsize=32)
def _resolved_in_sentence(text: str, sentence: tuple[int, int],
                          times: tuple[tuple[int, int], ...]) -> dict:
    """What each time expression of a sentence (at `times`) resolves to in its own clause, by
    the reference it was read against: one memo for all the sentence's mentions, which read
    the same clause for it (fix 50: each mention had resolved it again, its clause's tense
    read over the whole clause, so a sentence of 2,000 names took 51 s to date)."""
    return {}


def _in_its_clause(text: str, expr: TimeExpression, reference: tuple, resolved: dict
                   ) -> DateGuess | None:
    """`expr` resolved in its own clause (`_clause_and_after`) against `reference` (the
    date, `local`, `utc`, `east` of `resolve`), once per sentence (`resolved`). Figures'
    reading is in the key: it depends on the article's metadata (`read_figures`), which the
    memo's text does not give."""
    key = (expr.start, expr.end, expr.kind, expr.groups.get("read"), reference)
    if key not in resolved:
        clause_of, after, at = _clause_and_after(text, expr)
        resolved[key] = resolve(expr, reference[0], clause_of, *reference[1:], after, at,
                                _headline_s_tense(text, expr, clause_of, at))
    return resolved[key]


# How many sentences back a story's own count ("two days earlier") looks for the day it
# counts from, and how many such counts it follows in a row.
STORY_REACH = 3
STORY_DEPTH = 3


def _story_date(text: str, expr: TimeExpression, start: int, reference: dt.date,
                grouped: dict, depth: int = 0) -> DateGuess | None:
    """The date of a mention at `start` dated by a count from the story's own events (audit
    24: "The WHO declared a global emergency in Geneva a day earlier", after "on Thursday",
    had been the publication day). "N days after <event>" dates the mentions in that event
    (up to the next comma), counted back from the sentence's other date ("reopened this
    morning, three days after a landslide near Falkirk blocked it"); the rest of the sentence
    is its own date's. Any other count is from a day told before it in its sentence, else in
    the sentences before it (`_told_before`). None where no day is told to count from."""
    sentence = sentence_at(text, expr.start)
    if expr.groups.get("unit", "").lower() in {"hour", "minute"} and (
            tense(clause := _clause_and_after(text, expr)[0]) == "future"
            or A_MODAL_AHEAD.search(clause)):
        return None  # ("will reach Hull within hours": from the report, `_a_forecast_s_count`)
    others = [e for e in grouped.get(sentence, []) if e.kind != "story"]
    if names_its_event(expr, text):
        comma = text.find(",", expr.end, sentence[1])
        if not expr.end <= start < (comma if comma >= 0 else sentence[1]):
            return None
        anchor = _day_told(text, sorted(others, key=lambda e: abs(e.start - expr.start)),
                           reference, grouped, depth)
        return story_shift(expr, anchor, back=True) if anchor else None
    anchor = _day_told(text, [e for e in others if e.end <= expr.start][::-1], reference,
                       grouped, depth) or _told_before(text, sentence, reference, grouped, depth)
    if anchor == reference and expr.groups.get("unit", "").lower() in {"hour", "minute"}:
        return None  # (the report's own day: the publication date, read at the place, stands)
    return story_shift(expr, anchor) if anchor else None


# Words after which a count back is what something is compared with, no day of the event:
# "double that of the previous day", "up 5% on the day before", "down from a day earlier".
# ("Every year, pilgrims reach the shrine a day earlier" counts from a yearly day: habit.)
_COMPARED_BEFORE = re.compile(r"\b(?:than|(?:that|those)\s+of|compared\s+(?:with|to)|from|on"
                              r"|over|against)\s+$", re.IGNORECASE)


def _a_forecast_s_count(text: str, expr: TimeExpression, published: dt.date | None,
                        grouped: dict) -> DateGuess | None:
    """A count forward of days or weeks where no day is told to count from: from the time
    told before it in its sentence (`_counted_from_a_time`: "The rains will start in Gao in
    June and in Mopti a week later" is June's, not next week's: review 33, item 5); where
    none is, or the one told holds the report's date (a deadline from it: "by the weekend"),
    in a sentence that looks ahead before it (a modal: "warned the crest would reach Gao by
    the weekend, and Mopti about a week later"): counted from the report's date, as "in a
    week" is (dates60: Mopti had been the report's day). A past account's "a day later"
    with nothing told before it stays undated: what it counts from is unknown."""
    if published is None:
        return None
    sentence = sentence_at(text, expr.start)
    told = _a_time_told_before(text, expr, sentence, published, grouped)
    if told is not None and told.date is not None \
            and not told.date <= published <= (told.end or told.date):
        return _counted_from_a_time(text, expr, told)
    modals = list(A_MODAL_AHEAD.finditer(text, sentence[0], expr.start))
    if not modals or told_in_past(_MODAL_S_PASSIVE.sub(" ", text[modals[-1].end():sentence[1]],
                                                       count=1)):
        return None  # ("said it would close, and two days later it reopened in Xville")
    return counted_ahead_from(expr, published)


# The modal's own passive ("would be restored within 48 hours"): its participle tells no past
# (dates65: it had, and the forecast's count was left undated).
_MODAL_S_PASSIVE = re.compile(r"^\s+(?:not\s+)?(?:be|have\s+been)\s+(?:\w+ly\s+)?[\w'’-]+")


def _a_time_told_before(text: str, expr: TimeExpression, sentence: tuple[int, int],
                        reference: dt.date, grouped: dict) -> DateGuess | None:
    """The time the last expression before `expr` in its sentence (no story's own count)
    gives, read in its own clause; None where there is none or it gives no date in range."""
    before = [e for e in grouped.get(sentence, []) if e.kind != "story" and e.end <= expr.start]
    if not before:
        return None
    last = max(before, key=lambda e: e.start)
    clause, after, at = _clause_and_after(text, last)
    guess = resolve(last, reference, clause, after=after, at=at)
    return guess if guess and guess.date and not out_of_range(guess, reference) else None


def _counted_from_a_time(text: str, expr: TimeExpression, told: DateGuess) -> DateGuess | None:
    """A count forward of days or weeks from a time `told` that is no day (a day's count is
    `_story_date`'s): the time itself where the count falls within it (a week after June is
    no finer than June), else the time moved on by the count ("next week and Mopti a week
    later": the week after). None for a count back, a vague or a longer one, or one that
    names the event it counts from."""
    if told.date is None or names_its_event(expr, text) or counts_back(expr):
        return None
    moved = story_shift(expr, told.date)
    if moved is None or moved.date is None or moved.precision != "day":
        return None
    days = moved.date - told.date
    if days <= (told.end or told.date) - told.date:
        return replace(told, evidence=f"{told.evidence} ({expr.text}: no finer than that)")
    return replace(told, date=told.date + days, end=told.end and told.end + days,
                   evidence=f"{expr.text} (from {told.evidence})")


def _counted_from_the_report(text: str, expr: TimeExpression, published: dt.date | None,
                             grouped: dict) -> DateGuess | None:
    """A count back ("the day before", "a day earlier", "the previous day") where the text
    has told no time before it: the time it counts back from is the report's own, as "the
    day before" in speech is the day before today (dates59: "Officials in Dhaka said the day
    before that …" had kept the publication date). Not a count forward ("the next day", "a
    day later"), which in a past account would fall after the report; not where some time
    was told before it that gives no day ("in 2019", "last week") or lies out of reach: what
    it counts from is then unknown, nor where its own sentence tells a time after it; nor
    without a publication date; nor in a sentence of habit or after a comparison's word
    (`_COMPARED_BEFORE`; review 32, item 10). At 0.5, below a count from a day the text
    tells."""
    sentence = sentence_at(text, expr.start)
    if published is None or not counts_back(expr) or names_its_event(expr, text) \
            or tells_a_habit(text[sentence[0]:sentence[1]]) \
            or _COMPARED_BEFORE.search(text, max(sentence[0], expr.start - 20), expr.start) \
            or any(e.start < sentence[1] for exprs in grouped.values() for e in exprs
                   if e is not expr):
        return None
    guess = story_shift(expr, published)
    return guess and replace(guess, confidence=0.5, evidence=(
        f"{expr.text} (from the publication date, {published:%A %-d %B %Y})"))


def _the_story_s_night(text: str, expr: TimeExpression, guess: DateGuess | None,
                       reference: dt.date, grouped: dict) -> DateGuess | None:
    """A past account's "overnight" (the night before the report, `timex._resolve_overnight`)
    after a sentence of its paragraph has told a day: that day's night, as "later that night"
    is (review 36, item 8: "A warehouse in Penrith caught fire on Saturday. Police in Carlisle
    arrested two men overnight." in Wednesday's paper had been Tuesday)."""
    if guess is None or expr.kind != "day_word" or not guess.evidence.endswith(OVERNIGHT_PAST):
        return guess
    day = _told_in_its_paragraph(text, sentence_at(text, expr.start), reference, grouped)
    if day is None or day == guess.date or day > reference:
        return guess  # (a day ahead is no past account's night)
    return DateGuess(day, "relative", 0.7, f"{expr.text} (the night of {day:%A %-d %B %Y}, "
                                           "the story's day)")


def _told_in_its_paragraph(text: str, sentence: tuple[int, int], reference: dt.date,
                           grouped: dict) -> dt.date | None:
    """The day the sentences before `sentence` in its paragraph tell (`_told_before`, not past
    a line break)."""
    start = sentence[0]
    for before in sentences_before(text, sentence, STORY_REACH)[::-1]:
        if "\n" in text[before[1]:start] or _is_headline(text, *before):
            return None
        day = _day_told(text, sorted(grouped.get(before, []), key=lambda e: -e.start),
                        reference, grouped, 0)
        if day:
            return day
        start = before[0]
    return None


def _told_before(text: str, sentence: tuple[int, int], reference: dt.date, grouped: dict,
                 depth: int) -> dt.date | None:
    """The day the sentences before `sentence` tell (up to `STORY_REACH` of them, not past a
    headline): the last that one of them dates to a day, the one most recently named (fix
    51, audit 30 item 11: "… arrived in Stockholm on Friday ahead of the prize ceremony on
    December 10. The peace prize will be presented in Oslo on the same day." in Friday 6
    December 2024's paper had dated Oslo the Friday, its sentence's first date)."""
    for before in sentences_before(text, sentence, STORY_REACH)[::-1]:
        if _is_headline(text, *before):
            return None
        day = _day_told(text, sorted(grouped.get(before, []), key=lambda e: -e.start),
                        reference, grouped, depth)
        if day:
            return day
    return None


def _day_told(text: str, exprs: Sequence[TimeExpression], reference: dt.date, grouped: dict,
              depth: int) -> dt.date | None:
    """The first day one of `exprs` gives (a day, not a week or a month: a count from it is a
    day); a story's own count is followed back, `STORY_DEPTH` at most."""
    for expr in exprs:
        if expr.kind == "story":
            if depth >= STORY_DEPTH or names_its_event(expr, text):
                continue
            guess = _story_date(text, expr, expr.start, reference, grouped, depth + 1)
        else:
            clause, after, at = _clause_and_after(text, expr)
            guess = resolve(expr, reference, clause, after=after, at=at)
        if guess and guess.date and guess.precision == "day" \
                and not out_of_range(guess, reference):
            return guess.date
    return None


_COARSE = {"week", "month", "season", "year"}


def _refined(guess: DateGuess, same_clause: list[TimeExpression], text: str,
             reference: dt.date, local: dt.date | None = None, utc: bool = False,
             east: bool = False) -> DateGuess:
    """A coarse date refined by a finer one in the same clause that falls inside it:
    "primaries were held on Super Tuesday … this week" → that Tuesday."""
    if not (guess.precision in _COARSE or guess.month_third) \
            or guess.date is None or _set_apart(guess):
        return guess
    last = guess.end or guess.date
    for expr in same_clause:
        clause, after, at = _clause_and_after(text, expr)
        finer = resolve(expr, reference, clause, local, utc, east, after, at)
        if finer and finer.date and finer.precision in {"day", "range"} \
                and guess.date <= finer.date <= last:
            return finer
    return guess


# "Earlier this year", "later this month": a time the writer sets apart from the story's own
# day, so a day elsewhere in the clause is not when it was (audit 33, item 4: "Tajikistan and
# Kyrgyzstan on Monday reopened the crossing … after leaders signed a treaty in Bishkek
# earlier this year" had dated Bishkek Monday, the year refined by the day).
_SET_APART = re.compile(r"^(?:earlier|later)\b", re.IGNORECASE)


def _set_apart(guess: DateGuess) -> bool:
    """Whether a coarse date is told as before or after the story's own time (`_SET_APART`)."""
    return _SET_APART.match(guess.evidence) is not None


def _is_absolute(expr: TimeExpression) -> bool:
    """Resolvable without knowing when the article was written."""
    return expr.kind in {"iso", "month_year", "year", "range_year"} or (
        expr.kind in {"dmy", "mdy", "range_dm", "range_md", "range_mdmd", "range_dmdm",
                      "range_months", "holiday"}
        and ("year" in expr.groups or "year1" in expr.groups)) or (
        expr.kind == "season" and "syear" in expr.groups)


# -- publication dates: per article -------------------------------------------------------


def plausibly_published(day: dt.date) -> bool:
    """Whether a news article can have been published on `day`: from 1900 to tomorrow (a
    time zone ahead). The same bounds hold for metadata and for a date read in the lead."""
    return EARLIEST <= day <= dt.date.today() + dt.timedelta(days=1)


def date_from_metadata(metadata: dict, text: str = "") -> DateGuess | None:
    """A date given by the source itself (date line, JSON field, HTML meta): "explicit".

    A value before 1900 or later than tomorrow is not a publication date (a template default,
    an embargo typo), nor is one no rule can read ("sometime last spring"): it is skipped, and
    the guess that wins says so in `flag`. (Not a page's first <time> tag, which may be a
    time of day or a duration: the page never said it was the publication date.) A numeric
    date that reads two ways is read as `_numeric_date` says; `text`, the article's, may
    settle it by its lead.
    """
    rejected = ""
    for key, confidence in METADATA_KEYS:
        value = metadata.get(key)
        if not value:
            continue
        numeric = _numeric_date(str(value), metadata, text)
        parsed, note, guessed = numeric or (parse_date_value(str(value)), "", "")
        if guessed:
            confidence = min(confidence, GUESSED_ORDER_CONFIDENCE)
        if parsed is None:
            if key != "time":
                rejected = rejected or (f"could not read the date in metadata {key} "
                                        f"({_shortened(_as_written(value))}); ignored")
            continue
        if not plausibly_published(parsed):
            rejected = rejected or \
                f"rejected metadata {key}: {_as_written(value)} (out of range)"
            continue
        flag = guessed or (_times_disagree(parsed, metadata.get("time_others", ""))
                           if key == "time" else "")
        stamp = publication_stamp(str(value))
        dating, parsed = _stamp_dates(metadata, value, stamp, parsed)
        return DateGuess(parsed, "explicit", confidence, f"metadata {key}: {value}{note}"
                         f"{dating}", flag=flag, stamp=None if dating else stamp)
    return DateGuess(None, "unknown", 0.0, "", flag=rejected) if rejected else None


def _stamp_dates(metadata: dict, value: object, stamp: dt.datetime | None,
                 parsed: dt.date) -> tuple[str, dt.date]:
    """What to say where a stamp is a date written as local midnight in UTC, as every stamp
    of its feed's site is (`ingest.STAMP_DATE`): no instant, as "T00:00:00Z" is none (review
    20: the New York Times' "T05:00:00+0000" had put Chicago on the day before New York);
    and the date, its zone's ("2024-03-04T22:00:00Z" at UTC+02:00: 5 March, review 20b);
    ("", `parsed`) for an instant."""
    dating = metadata.get(STAMP_DATE)
    if not isinstance(dating, dict):
        return "", parsed
    site = str(dating.get("site") or "").removeprefix("source: ")
    stamps = f"its file's {dating.get('stamps')} stamps{' from ' + site if site else ''}"
    if "time" not in dating:
        return ((f" (a date, not a time: {stamps} are all on the hour, midnight west of UTC)",
                 parsed) if stamp_kind(value) == "midnight" else ("", parsed))
    zone = _offset(str(dating.get("zone", "")))
    if stamp is None or zone is None or stamp_clock(value) != dating["time"]:
        return "", parsed
    day = (stamp + zone).date()
    note = (f" (a date, not a time: {stamps} are all at {dating['time']} UTC, midnight at "
            f"UTC{dating['zone']}, so {day:%-d %B})")
    return note, day


def _offset(zone: str) -> dt.timedelta | None:
    """"+02:00" → two hours; None for anything else."""
    match = re.fullmatch(r"([+-])(\d\d):(\d\d)", zone)
    if match is None:
        return None
    minutes = int(match[2]) * 60 + int(match[3])
    return dt.timedelta(minutes=-minutes if match[1] == "-" else minutes)


# Numeric dates: "11/05/2024" is 11 May day first, as most of the world writes it, and 5
# November month first, as the United States do; a US feed's had been read day first in
# silence (an audit). Country codes of web addresses whose sites write month first (the
# Philippines too; Canada writes both, month first most in English):
MONTH_FIRST_DOMAINS = frozenset({"us", "ph", "ca"})
GUESSED_ORDER_CONFIDENCE = 0.6  # a reading of the two that nothing proves


def _numeric_date(value: str, metadata: dict, text: str, american: bool = False,
                  own: tuple[bool, str] | None = None
                  ) -> tuple[dt.date | None, str, str] | None:
    """(date, note for the evidence, flag) of a numeric date ("11/05/2024 23:10"); None for
    another form. A reading is proven by the order another date of its feed is written in
    (`ingest.DATE_ORDER`: "11/13/2024"), by the other reading's lying ahead, or by the
    article's URL or lead giving the date; else it is a guess, said in the flag: month first for a
    site of `MONTH_FIRST_DOMAINS` or, `american`, a text told from the United States (a
    dateline's), day first otherwise."""
    match = NUMERIC_DATE.match(value)
    if match is None:
        return None
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    if year < 100:  # "11/05/24": this century's, unless that lies ahead
        year += 2000 if 2000 + year <= dt.date.today().year + 1 else 1900
    day_first, month_first = _day(year, second, first), _day(year, first, second)
    if day_first is None or month_first is None or day_first == month_first or \
            match["sep"] == ".":  # ("03.04.2024": dots are written day first — a review)
        return day_first or month_first, "", ""
    month, why, proven = _numeric_order(metadata, text, day_first, month_first, american,
                                        own=own)
    chosen, other = (month_first, day_first) if month else (day_first, month_first)
    order, other_order = ("month", "day") if month else ("day", "month")
    if proven:
        return chosen, f" ({order} first, {why})", ""
    return chosen, "", (f'the date "{_shortened(value)[1:-1]}" reads two ways: taken as '
                        f"{chosen:%-d %B %Y} ({order} first{', ' + why if why else ''}); "
                        f"{other:%-d %B %Y} if {other_order} first (then set it by hand on "
                        "the Articles page)")


def read_figures(text: str, written: str, metadata: Mapping | None = None,
                 own: tuple[bool, str] | None = None) -> tuple[dt.date | None, str, str]:
    """(day, note, flag) of a date in figures in `text`'s body ("on 28/02/2024", audit 32
    item 5), by the rule a dateline's figures are read by (`_numeric_date`): as it must be
    where one reading is no date or the numbers are dotted, as the order its feed is
    written in (`ingest.DATE_ORDER`), its URL or the lead's date proves, else a flagged
    guess, month first for a site of `MONTH_FIRST_DOMAINS` or where the lead names the
    United States (`names_the_united_states`), day first otherwise. (`metadata`, the
    article's: without it a .us site's "on 04/05/2024" had been read day first, where its
    dateline's figures were read month first — a review.) `own`: the order the text's
    other figures prove (`_order_of_its_figures`)."""
    spans = _lead_sentences(text)
    lead = text[spans[0][0]:spans[-1][1]] if spans else ""
    read = _numeric_date(written, dict(metadata or {}), text, names_the_united_states(lead),
                         own)
    return read or (None, "", "")


def read_day_month(text: str, groups: Mapping, metadata: Mapping | None = None,
                   own: tuple[bool, str] | None = None) -> tuple[bool | None, str, str]:
    """(month first?, note, flag) of a day and month in figures with no year in `text`'s
    body ("on 3/12", "from 12/3 to 15/3"; `timex` kind `day_month`), by the rule a date with
    its year is read by (`_numeric_order`): a number over 12, in either day of a range,
    settles it; else its feed's recorded order, its URL's day or the lead's date (the same
    day and month) proves it; else a flagged guess, month first for a site of
    `MONTH_FIRST_DOMAINS` or a lead naming the United States, day first otherwise. (None,
    …) where it reads no way."""
    pairs = day_month_pairs(groups)
    orders = day_month_orders(pairs)
    if len(orders) != 2 or pairs[0][0] == pairs[0][1]:
        return (orders[0] if orders else None), "", ""
    a, b = pairs[0]
    day_first, month_first = dt.date(2000, b, a), dt.date(2000, a, b)
    spans = _lead_sentences(text)
    lead = text[spans[0][0]:spans[-1][1]] if spans else ""
    month, why, proven = _numeric_order(dict(metadata or {}), text, day_first, month_first,
                                        names_the_united_states(lead), yearless=True,
                                        own=own)
    if proven:
        return month, f" ({'month' if month else 'day'} first, {why})", ""
    chosen, other = (month_first, day_first) if month else (day_first, month_first)
    order, other_order = ("month", "day") if month else ("day", "month")
    written = f"{groups['first']}/{groups['second']}"  # as written: "01/07", not "1/7"
    return month, "", (f'the date "{written}" reads two ways: taken as {chosen:%-d %B} '
                       f"({order} first{', ' + why if why else ''}); {other:%-d %B} if "
                       f"{other_order} first")


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _numeric_order(metadata: dict, text: str, day_first: dt.date,
                   month_first: dt.date, american: bool = False, yearless: bool = False,
                   own: tuple[bool, str] | None = None) -> tuple[bool, str, bool]:
    """(month first?, why, proven?) for a numeric date that reads two ways; `yearless`,
    figures with no year (`read_day_month`): the URL's or lead's day proves it by its day
    and month, and lying ahead proves nothing. `own`: the order the text's other figures
    prove (`_order_of_its_figures`), after the lead's date and before any guess."""
    recorded = metadata.get(DATE_ORDER)
    if isinstance(recorded, dict) and recorded.get("order") in {"day", "month"}:
        site = str(recorded.get("site") or "").removeprefix("source: ")
        return recorded["order"] == "month", f"as {recorded.get('by')} elsewhere in its file" \
            + (f", from {site}" if site else ""), True
    if not yearless and plausibly_published(day_first) != plausibly_published(month_first):
        month = plausibly_published(month_first)
        return month, f"as {'day' if month else 'month'} first it would lie ahead", True

    def matched(day: dt.date) -> dt.date | None:
        """Which reading `day` is (of its day and month alone where `yearless`)."""
        day = _day(2000, day.month, day.day) or day if yearless else day
        return day if day in {day_first, month_first} else None

    url = date_from_url(metadata.get("url"))
    if url and (day := matched(url.date)):
        return day == month_first, f"as its URL's {url.evidence[5:]}", True
    for moved, lead in enumerate(_lead_days(text) if text else ()):
        if not lead.flag and lead.date and (day := matched(lead.date)):
            where = lead.evidence.split(":", 1)[0]
            said = f"{lead.date:%A %-d %B %Y}, told after its " if moved else ""
            return day == month_first, \
                f"as the {where}'s {said}{date_as_written(lead)}", True
    if own is not None:
        return own[0], f'as its "{own[1]}" is', True
    host = urlsplit(str(metadata.get("url", ""))).hostname or ""
    if (domain := host.rsplit(".", 1)[-1]) in MONTH_FIRST_DOMAINS:
        return True, f"as sites under .{domain} write it", False
    if american:
        return True, "as the United States write it", False
    return False, "", False


YEARS_APART = 365  # days between a page's <time> tags that make its date doubtful


def _times_disagree(chosen: dt.date, others: str) -> str:
    """What to say when a page dated by a <time> tag has others a year or more away ("" if
    none): the one chosen is the article's by its place in the page (`htmlpage`), which the
    page's markup can still mislead, and a wrong year moves every event of the article."""
    for value in others.split(" | "):
        other = parse_date_value(value) if value.strip() else None
        if other and abs((other - chosen).days) >= YEARS_APART:
            return (f"the page's <time> tags are years apart: {chosen} was taken, another "
                    f"says {other}; check the date")
    return ""


def _as_written(value: object) -> str:
    """A metadata value as its source wrote it: an object or a list as JSON, not as Python's
    repr ("{'$date': …}" had been shown for a MongoDB date, audit 21)."""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _shortened(value: str, limit: int = 60) -> str:
    """A value as the user gave it, quoted, and cut if long (a whole paragraph, at worst)."""
    value = " ".join(value.split())
    return f'"{value}"' if len(value) <= limit else f'"{value[:limit - 1]}…"'


# An ISO week date, "2024-W10-1" (Monday of week 10: 4 March 2024), "2024W101": dateparser
# had read the first as 1 October and the second as 17 February 1988 (audit 19).
_ISO_WEEK = re.compile(r"(\d{4})-?W(\d\d)(?:-?([1-7]))?(?![\d])", re.IGNORECASE)


# A Unix time stamp, seconds or milliseconds since 1970 in UTC ("1709681400",
# "1709681400000"; ten digits: from September 2001): dateparser had read it in the machine's
# own zone, so two machines dated one feed a day apart, and it gave no instant (audit 20).
_EPOCH = re.compile(r"(?P<seconds>\d{10})(?P<millis>\d{3})?(?P<fraction>\.\d+)?")


def epoch_instant(value: str) -> dt.datetime | None:
    """The instant (UTC) a Unix time stamp gives; None for any other value."""
    match = _EPOCH.fullmatch(value.strip())
    if match is None or (match["millis"] and match["fraction"]):
        return None
    seconds = int(match["seconds"]) + (int(match["millis"]) / 1000 if match["millis"] else
                                       float(match["fraction"] or 0))
    return dt.datetime.fromtimestamp(seconds, dt.UTC)


def parse_date_value(value: str) -> dt.date | None:
    """A metadata value → date: ISO ("2022-04-26T10:00Z", "2022/04/26", "20220426"), a Unix
    time stamp (UTC), written English ("26 April 2022", "Tue, 26 Apr 2022 10:00 GMT"), else
    dateparser with all of day, month and year required (it wins on other languages and
    numeric forms; the value is short and known to be a date, so its false positives in
    prose do not arise here)."""
    value = value.strip()
    if instant := epoch_instant(value):
        return instant.date()
    match = re.match(r"(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})(?!\d)", value)
    week = _ISO_WEEK.match(value)
    try:
        if week:  # (a week without its day names no day: refused)
            return dt.date.fromisocalendar(int(week[1]), int(week[2]), int(week[3])) \
                if week[3] else None
        if match:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        for expr in find_expressions(value):
            if expr.kind in {"dmy", "mdy"} and "year" in expr.groups:
                guess = resolve(expr, dt.date.today(), value)
                return guess.date if guess else None
    except ValueError:
        return None
    return _rfc_822_date(value) or _dateparser_value(value)


# RFC 822's date, which RSS 2.0 cites, with a year of two digits ("Tue, 05 Mar 24 10:00:00
# GMT", older CMSs' feeds): the rules above read four, and dateparser, asked only where a
# year of four digits is written, had left such a feed undated whole (audit 20).
_RFC_822 = re.compile(r"(?:[a-z]{3},\s*)?\d{1,2}\s+[a-z]{3,9}\s+\d{2}(?:\d{2})?\s+\d{1,2}:\d\d",
                      re.IGNORECASE)


def _rfc_822_date(value: str) -> dt.date | None:
    """The date an RFC 822 value writes (in its own zone, as its stamp's), as Python's e-mail
    date parser reads it: a two-digit year is 2000-2049 or 1950-1999."""
    if not _RFC_822.match(value):
        return None
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError):  # "25:00:00", "32 Mar"
        return None


_STAMP = re.compile(r"(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?)\s*"
                    r"(Z|[+-]\d\d(?::?\d\d)?)$", re.IGNORECASE)


def publication_stamp(value: str) -> dt.datetime | None:
    """The instant a metadata value gives, when it has a time and an offset
    ("2024-03-14T23:30:00-07:00", "Thu, 14 Mar 2024 23:30:00 GMT") or is a Unix time stamp
    ("1710459000", in UTC); None for a date alone
    or a time without an offset, which fix no instant."""
    value = value.strip()
    match = _STAMP.match(value)
    try:
        stamp = dt.datetime.fromisoformat(f"{match[1]}T{match[2]}{match[3].upper()}") \
            if match else epoch_instant(value) or parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):  # "25:30", "+99:00", no e-mail date
        return None
    if stamp.tzinfo is None or stamp.time() == dt.time(0, 0):
        return None  # midnight on the dot is a date written as an instant by a feed's
        # software ("2024-03-14T00:00:00Z", RSS "00:00:00 GMT"), no time of day: read as
        # one, it put weekdays in the Americas a week early (a review: 18 of 294 articles)
    return stamp


def stored_stamp(published: str | None, metadata: dict) -> dt.datetime | None:
    """The stamp of a stored article's publication date, read again from its metadata when
    they still give its stored date: to date its mentions again as the ingest did."""
    guess = date_from_metadata(metadata)
    if guess and guess.stamp and published and guess.date.isoformat() == published[:10]:
        return guess.stamp
    return None


def local_date(stamp: dt.datetime | None, published: dt.date | None, lat: float | None,
               lon: float | None, country: str = "", kind: str = "city") -> dt.date | None:
    """The date at a mention's place when its article was stamped, where that is not the
    stamp's own date (`published`); None otherwise (see `placeline.zones`)."""
    if stamp is None or published is None or stamp.date() != published:
        return None
    there = date_there(stamp, lat, lon, country, kind)
    return there if there != published else None


def stamped_in_utc(stamp: dt.datetime | None) -> bool:
    """Whether a stamp is in UTC ("Z", "+00:00", RSS "GMT"): a feed's normalised time, not
    the writer's clock, so the writer's own date is unknown (`event_date`'s `utc`)."""
    return stamp is not None and stamp.utcoffset() == dt.timedelta(0)


def _stamped_on_its_day_in_utc(stamp: dt.datetime | None, published: dt.date | None) -> bool:
    """Whether an article's stamp is in UTC and on its publication date: only then may its
    places' own clocks tell the writer's day (`told_from_east`, `the_places_day`)."""
    return stamped_in_utc(stamp) and published is not None and stamp.date() == published


def _days_there(stamp: dt.datetime | None, published: dt.date | None,
                places: Iterable[tuple[float | None, float | None, str, str]]
                ) -> set[dt.date] | None:
    """The dates the places ((lat, lon, country, kind) of each) stood on at a UTC stamp,
    those with no one clock left out; None when the stamp is not such a stamp."""
    if not _stamped_on_its_day_in_utc(stamp, published):
        return None
    return {date_there(stamp, *place) for place in places} - {None}


def told_from_east(stamp: dt.datetime | None, published: dt.date | None,
                   places: Iterable[tuple[float | None, float | None, str, str]]) -> bool:
    """Whether a sentence of an article stamped in UTC names only places where the stamp's
    day was over ((lat, lon, country, kind) of each; those of one clock count): it counts
    "yesterday" and "this morning" from the date there (audit 20: a Sydney storm stamped
    20:30 UTC, 07:30 on Tuesday there, had been "yesterday" on Sunday and "on Monday" on
    Monday). A sentence naming a place still on the stamp's date may be told from there, by
    the stamp's own clock (a review: a London paper's "Tokyo today" at 23:30 GMT, "reported
    from London", is its own day)."""
    days = _days_there(stamp, published, places)
    return bool(days) and min(days) > published


def the_places_day(stamp: dt.datetime | None, published: dt.date | None,
                   places: Iterable[tuple[float | None, float | None, str, str]]
                   ) -> dt.date | None:
    """The one date, other than the stamp's, that every place of an article stamped in UTC
    with a clock of its own stood on at the stamp ((lat, lon, country, kind) of each), else
    None: a place with no one clock (a region, a sea, a country of several zones) takes it
    as its `local_date` (audit 37, item 5: a story stamped 1963-11-23T03:30:00Z had Dallas,
    Oak Cliff and Washington on Friday 22 November, the evening there, and "Governor John
    Connally of Texas was wounded" on the 23rd, in UTC; Texas is of two zones). A UTC stamp
    tells nothing of the writer's day, which the places that have one then tell; where they
    do not agree, the stamp's date stays."""
    days = _days_there(stamp, published, places)
    return days.pop() if days and len(days) == 1 and published not in days else None


def sentences_told_from_east(text: str, stamp: dt.datetime | None, published: dt.date | None,
                             mentions: Iterable[tuple[int, tuple]]) -> frozenset[tuple[int, int]]:
    """The sentences of an article told from east of its UTC stamp (`told_from_east` of the
    places each names; `mentions`: (offset, (lat, lon, country, kind)) of each mention of a
    place). By sentence, not by article: the Sydney storm's "yesterday" had gone back to
    Sunday where another sentence said "flights to London and Singapore were delayed"
    (audit 21), as Australian and Asian news names foreign cities often."""
    if not _stamped_on_its_day_in_utc(stamp, published):
        return frozenset()
    places: dict[tuple[int, int], list[tuple]] = {}
    for start, place in mentions:
        places.setdefault(sentence_at(text, start), []).append(place)
    return frozenset(sentence for sentence, named in places.items()
                     if told_from_east(stamp, published, named))


def _dateparser_value(value: str) -> dt.date | None:
    if not re.search(r"\d{4}", value) or len(value) > 60:
        return None  # no year: a metadata value without one is not a publication date
    try:
        import dateparser
    except ImportError:
        return None
    parsed = dateparser.parse(value, settings={"REQUIRE_PARTS": ["day", "month", "year"],
                                               "DATE_ORDER": "DMY",
                                               "PREFER_DATES_FROM": "past"})
    return parsed.date() if parsed else None


# A date in a URL's path, where most news sites put the day they first published a story:
# "/2024/03/05/", "/2024/mar/05/" (the Guardian), "/2024/3/5/" (the Verge), "…-2024-03-05".
# A US site's "03/05/2024" had been read day first though its URL said /2024/03/05/, and a
# row with no date field whose URL carried /2024/mar/05/ had stayed undated (audit 20).
_URL_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d\d)/(?P<month>0?[1-9]|1[0-2]|[a-z]{3,9})/(?P<day>0?[1-9]|[12]\d|3[01])"
    r"(?=/|$)|(?<!\d)(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)(?!\d)", re.IGNORECASE)
URL_CONFIDENCE = 0.85


def date_from_url(url: object) -> DateGuess | None:
    """The publication date a URL's path gives, "explicit" (the site's own, as declared
    metadata is, though an update may keep its first day); None if it gives none."""
    path = urlsplit(url).path if isinstance(url, str) else ""
    for match in _URL_DATE.finditer(path):
        if match["iso"]:
            day, said = _day(*map(int, match["iso"].split("-"))), match["iso"]
        else:
            month = int(match["month"]) if match["month"].isdigit() else \
                MONTHS.get(match["month"].lower())
            day = _day(int(match["year"]), month, int(match["day"])) if month else None
            said = f"{match.group()}/"
        if day and plausibly_published(day):
            return DateGuess(day, "explicit", URL_CONFIDENCE, f"url: {said}")
    return None


LEAD_CONFIDENCE = 0.8


def date_from_lead(text: str, metadata: Mapping | None = None) -> DateGuess | None:
    """The date of the article's dateline (`date_from_dateline`), else the first full date
    (with year) stated in the first two sentences that an article can have been published
    on: "On 14 October 1066" opens a history piece, and "a summit on 5 May 2099" is a plan;
    neither is when it was written. `metadata`: the article's, which may prove the order of
    a dateline's figures."""
    found = _lead_as_written(text, metadata)
    return _lead_moved(text, found) if found else None


def _lead_as_written(text: str, metadata: Mapping | None = None
                     ) -> tuple[DateGuess, int | None] | None:
    """The dateline's or lead's date as written (`date_from_lead`), and for a lead's date "on"
    an event, where the text goes on after it (else None)."""
    updated = []  # dates it says it was last updated on (`_UPDATED_BEFORE`), in order
    for dateline, line in _dateline_guesses(text, metadata or {}):
        if not _UPDATED_BEFORE.search(line[:line.find(date_as_written(dateline))]):
            return dateline, None
        updated.append(dateline)
    spans = _lead_sentences(text)
    if figures := spans and _lead_dateline_figures(text, spans, metadata or {}):
        return figures, None
    lead = text[spans[0][0]:spans[-1][1]] if spans else ""
    for expr in find_expressions(lead):
        if expr.kind in {"iso", "dmy", "mdy"} and "year" in expr.groups:
            guess = resolve(expr, dt.date.today(), lead)
            if guess and guess.date and plausibly_published(guess.date):
                at = spans[0][0] + expr.start
                written = DateGuess(guess.date, "explicit", LEAD_CONFIDENCE, f"lead: {expr.text}")
                if _UPDATED_BEFORE.search(text, max(0, at - 30), at):
                    updated.append(written)
                    continue
                on = _ON_BEFORE.search(text, max(0, at - 4), at) is not None
                return written, spans[0][0] + expr.end if on else None  # (else a dateline's)
    return (_as_updated(updated[0]), None) if updated else None


LEAD_HEADLINES = 3  # a title, a page's <h1> or a kicker, a standfirst without a stop


def _lead_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """The lead's two sentences, the headlines opening the text counted as one (a title
    and a page's <h1>: "Storm damages homes in Lahore - Dawn / Storm hits Lahore, power cut
    / LAHORE, 3 March 2024 — …", whose date had been a third sentence, unread: audit 31,
    item 4); a title and the story's first sentence as before."""
    spans = lead_spans(text, 2 + LEAD_HEADLINES - 1)
    heads = next((k for k, (start, end) in enumerate(spans[:LEAD_HEADLINES])
                  if not _is_headline(text, start, end)), min(len(spans), LEAD_HEADLINES))
    return spans[:max(2, heads + 1)]


# A date the text says it was last updated on ("Last updated 9 January 2025, 11:58pm ACST.
# A fire …", "Updated: 5 March 2024" under a title) is when it was changed, and it may have
# been published before: it dates the text as metadata "updated" does (`date_updated`, at
# `UPDATED_CONFIDENCE`), and only where its dateline and lead give no other date. Read as
# the lead's, it had been taken at full confidence (0.8) where README promised 0.5 (audit 31,
# item 14).
_UPDATED_BEFORE = re.compile(r"\b(?:updated|modified|edited|revised)(?:\s+(?:on|at))?\W*$",
                             re.IGNORECASE)


def _as_updated(guess: DateGuess) -> DateGuess:
    """The lead's or dateline's date of an update as the text's date, said to be one."""
    return replace(guess, confidence=min(guess.confidence, UPDATED_CONFIDENCE),
                   evidence=f"{guess.evidence} (the date it was last updated: it may have "
                   "been published before)")


def _lead_days(text: str) -> list[DateGuess]:
    """The lead's date as written and, where it is moved to a weekday told after it
    (`_told_after_the_lead`), that one too: a page's numeric date "03/04/2024" over a lead
    "… on Monday, 4 March 2024. … on Wednesday" is proven month first by the day written,
    which the moved one, 6 March, had left a guess (fix 42)."""
    found = _lead_as_written(text)
    if found is None:
        return []
    moved = _lead_moved(text, found)
    return [found[0]] + ([moved] if moved.date != found[0].date else [])


def _lead_moved(text: str, found: tuple[DateGuess, int | None]) -> DateGuess:
    """The lead's date as written (`_lead_as_written`'s `found`), moved to the last weekday
    told after it where it was "on" an event (`_told_after_the_lead`). `_lead_days` takes it
    from the date it has found: through `date_from_lead` it had looked the lead up twice
    (review 26, item 12)."""
    written, after = found
    return written if after is None else \
        _told_after_the_lead(text, after, written.date, written.evidence)


# A weekday told in the past after a lead's date of an event, "on" it ("Heavy rain flooded
# Guayaquil on Monday, 4 March 2024. Schools in Cuenca stayed shut on Tuesday, and aid
# arrived from Lima on Wednesday"): a day the story has lived, so it was written that day or
# after. Taken for the publication date, the lead's own day had put Tuesday and Wednesday in
# the week before (27 and 28 February: audit 25b, item 5). Only "on Tuesday" or a bare
# weekday, not a pluperfect's ("had rained on Saturday", before the lead's day) nor after a
# word of a span or a deadline ("since Saturday", "until Friday"). A date not "on"
# ("GALWAY, Oct. 21, 2024 /PRNewswire/ -- Storm Ashley brought down trees … on Sunday") is
# the writer's own day.
_ON_BEFORE = re.compile(r"\bon\s+$", re.IGNORECASE)
_SPAN_BEFORE = re.compile(r"\b(?:since|until|till|by|before|after|from|through|thru|to"
                          r"|effective)\s+$", re.IGNORECASE)
_PLUPERFECT = re.compile(r"\bhad\b|\w['’]d\b", re.IGNORECASE)
STORY_WEEK = dt.timedelta(days=6)  # how far after the lead's day its weekdays may lie


def _told_after_the_lead(text: str, after: int, day: dt.date, evidence: str) -> DateGuess:
    """The lead's date as the publication date, or the last weekday the story tells in the
    past after it, within a week (`_SPAN_BEFORE`, `_PLUPERFECT`), if that is later."""
    latest = day
    for expr in find_expressions(text[after:]):
        rel = expr.groups.get("rel", "on").lower()
        if expr.kind not in {"weekday", "rel_weekday"} or rel != "on" \
                or _SPAN_BEFORE.search(text, max(0, after + expr.start - 12), after + expr.start):
            continue
        shifted = replace(expr, start=after + expr.start, end=after + expr.end)
        clause, rest, at = _clause_and_after(text, shifted)
        if _PLUPERFECT.search(clause) or weekday_tense(clause, at, at + len(expr.text),
                                                       rest) != "past":
            continue
        told = day + dt.timedelta(days=(WEEKDAYS[expr.groups["weekday"].lower()]
                                        - day.weekday()) % 7)
        latest = max(latest, told) if told - day <= STORY_WEEK else latest
    if latest == day:
        return DateGuess(day, "explicit", LEAD_CONFIDENCE, evidence)
    return DateGuess(latest, "explicit", LEAD_CONFIDENCE,
                     f"{evidence} (and {latest:%A %-d %B}, told after it in the past)")


# The date line of a text copied from a news page: a line of its own among the first ones,
# the date and perhaps a weekday, a time, "Published", "Updated", a reading time. It had been
# missed under a byline and a desk ("By Jane Smith / BBC News, Leeds / 5 March 2024"), the
# page's buttons ("Share", "Save"), a standfirst of two sentences, or a title of two ("…
# renovation. (6)": 724 of 3,000 files), which the lead's two sentences did not reach, and
# in figures ("05/03/2024", "05.03.2024"), which the lead's rule does not read (audit 21).
DATELINE_LINES = 8  # a title, a byline, a desk, "Share", "Save", a standfirst, …
DATELINE_CHARACTERS = 120  # a longer line is prose, or a title
_DATELINE_WORDS = re.compile(
    r"\b(?:published|updated|last|posted|first|on|at|dated?|modified|min|mins|minutes?|read"
    r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?"
    r"|[ap]\.?m\b\.?|gmt|utc|bst|cet|cest|eet|eest|[ecmp][sd]?t|ist|jst|hkt|sgt|aest|aedt|uhr)\b"
    r"|T?\d{1,2}(?:[:.h]\d\d){1,2}(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?|\b\d{1,2}(?=\s*[ap]\.?m\b)"
    r"|[+-]\d\d:?\d\d|\b\d{1,3}(?=\s*mins?\b|\s*minutes?\b)", re.IGNORECASE)
# A date in figures: day and month either way ("05/03/2024", `_numeric_date`), ISO, or year
# first with slashes ("2024/03/05", audit 22: no date read, as "05.03.2024, 10:32 Uhr" whose
# "Uhr" was no date line's word).
_FIGURES = re.compile(r"(?<![\w/.-])(?:\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d\d)|\d{4}/\d\d/\d\d"
                      r"|\d{4}-\d\d-\d\d"
                      r"(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?)(?![\w/.-]|\.\d)")


def date_from_dateline(text: str, metadata: Mapping) -> DateGuess | None:
    """The date of the first of the text's first lines (`DATELINE_LINES`, before any long
    one) that is a date alone ("5 March 2024", "Published: Tuesday, March 5, 2024 at 10:32
    a.m. EST", "05/03/2024"), which an article can have been published on; "explicit".
    Figures that read two ways are read as a feed's are (`_numeric_date`), in the order
    `metadata` proves, else day first, flagged with both readings."""
    return next((guess for guess, _ in _dateline_guesses(text, metadata)), None)


def _dateline_guesses(text: str, metadata: Mapping) -> Iterator[tuple[DateGuess, str]]:
    """Each date line's date (`date_from_dateline`) and the line, in order: the lead's rule
    passes over a date it was updated on (`_UPDATED_BEFORE`) for a later one."""
    for number, line in enumerate(line for line in text[:2000].split("\n") if line.strip()):
        line = line.strip()
        if number >= DATELINE_LINES or len(line) > DATELINE_CHARACTERS:
            return
        guess = _dateline(line, metadata)
        if guess is not None and guess.date and plausibly_published(guess.date):
            yield guess, line


def _dateline(line: str, metadata: Mapping) -> DateGuess | None:
    """The date a line gives where it is a date alone (its other words those of a date
    line: `_DATELINE_WORDS`); None otherwise."""
    found = [e for e in find_expressions(line)
             if e.kind in {"iso", "dmy", "mdy"} and "year" in e.groups]
    figures = [m for m in _FIGURES.finditer(line)] if not found else []
    if len(found) + len(figures) != 1:
        return None
    written = found[0].text if found else figures[0].group()
    at = line.find(written)
    rest = _DATELINE_WORDS.sub(" ", line[:at] + " " + line[at + len(written):])
    if re.search(r"[^\W_]", rest):
        return None
    if found:
        guess = resolve(found[0], dt.date.today(), line)
        return guess and replace(guess, method="explicit", confidence=LEAD_CONFIDENCE,
                                 evidence=f"dateline: {written}", end=None)
    day, note, flag = _numeric_date(written, dict(metadata), "") or \
        (parse_date_value(written), "", "")
    return DateGuess(day, "explicit", GUESSED_ORDER_CONFIDENCE if flag else LEAD_CONFIDENCE,
                     f"dateline: {written}{note}", flag=flag)


# A lead's dateline in figures, the place and the date before the story's first words
# ("Kisumu, 25/04/2024: Floods cut off …", "KOCHI, 18-07-2024 — Heavy rain …", "NAKURU,
# 25.04.2024 — …"): the lead's rule reads only dates in words, and such articles had been
# undated, their places on no map (audit 31, item 2). The figures are read as a feed's
# (`_numeric_date`): as they must be where one reading is no date ("25/04", "04/25") or lies
# ahead, or dots (day first); else in the order the article's metadata proves (a feed's other
# dates, its URL), else guessed, flagged: month first where the site is American
# (`MONTH_FIRST_DOMAINS`) or the dateline or lead names the United States or a state of it
# ("DALLAS, Texas, 04/05/2024 —", `timex.names_the_united_states`), day first otherwise.
_DATELINE_PLACE = re.compile(r"[A-Z][\w'’.()-]*(?:[ ,]\s*[A-Z(][\w'’.()-]*){0,5},\s*$")
_DATELINE_DASH = re.compile(r"\s*(?:[:—–]|--?\s)")


def _lead_dateline_figures(text: str, spans: Sequence[tuple[int, int]],
                           metadata: Mapping) -> DateGuess | None:
    """The date in figures of a lead's sentence that opens with a dateline (see above)."""
    for start, end in spans:
        sentence = text[start:end]
        for match in _FIGURES.finditer(sentence, 0, DATELINE_CHARACTERS):
            place = sentence[:match.start()]
            if _DATELINE_PLACE.fullmatch(place) and _DATELINE_DASH.match(sentence, match.end()):
                return _figures_read(match.group(), metadata, names_the_united_states(
                    text[spans[0][0]:spans[-1][1]]))
    return None


def _figures_read(written: str, metadata: Mapping, american: bool) -> DateGuess | None:
    """A dateline's figures as a date (`_numeric_date`), flagged where the order is a guess."""
    day, note, flag = _numeric_date(written, dict(metadata), "", american) or \
        (parse_date_value(written), "", "")
    if day is None or not plausibly_published(day):
        return None
    return DateGuess(day, "explicit", GUESSED_ORDER_CONFIDENCE if flag else LEAD_CONFIDENCE,
                     f"dateline: {written}{note}", flag=flag)


def date_as_written(guess: DateGuess) -> str:
    """The date as the text writes it, where its lead or dateline gave it ("" otherwise)."""
    for prefix in ("lead: ", "dateline: "):
        if guess.evidence.startswith(prefix):
            return guess.evidence.removeprefix(prefix).split(" (", 1)[0]
    return ""


def own_publication_date(text: str, metadata: dict) -> DateGuess:
    """What the article says about its own date, before looking at other articles: the
    original's date where it is a reprint that states one (`reprinted_on`), else its own."""
    found = _as_published(text, metadata)
    original = _the_original_s_date(text)
    if original is None or (found.date is not None and original.date >= found.date):
        return found
    reprinted = f"; reprinted {found.date} ({found.evidence})" if found.date else ""
    return replace(original, evidence=original.evidence + reprinted, flag=found.flag)


def reprinted_on(text: str, metadata: dict) -> dt.date | None:
    """The day a reprint was published (its source's date, which `own_publication_date`
    passes over for the original's), or None where the text is no dated reprint."""
    found = _as_published(text, metadata)
    original = _the_original_s_date(text)
    if original is None or found.date is None or original.date >= found.date:
        return None
    return found.date


# A reprint from a paper's archive states the day its text was first published: "From the
# archive, 24 October 1956: Crowds topple Stalin's statue in Budapest" over "Mon 24 Oct 2016",
# "Originally published in the Manchester Guardian on 24 October 1956", "This article first
# appeared in the Leeds Mercury on 3 May 1921", "50 years ago: 12 May 1968". Its "tonight",
# "last week" and dateline were written then, so the article reports that day: the original's
# date is its publication date, and the reprint's stays in metadata ("reprinted"; audit 37,
# item 1: the 1956 report's places had stood in 2016). Only a full date with its year, on the
# line of such a phrase in the text's first lines or its last (a syndication note), before
# the source's own date.
# A note's own words, not a story's: "The virus first appeared in Wuhan on 31 December 2019"
# and "Ten years ago, on 4 May 2014, floods hit …" open leads that are no reprints, so "first
# appeared" is a piece's ("This article first appeared …") or opens its line, and "N years
# ago" heads its line before a colon or a dash.
_A_PIECE = (r"(?:article|story|piece|column|report|editorial|essay|review|letter|feature"
            r"|interview|it)")
_A_REPRINT_S_NOTE = re.compile(
    r"^[ \t]*(?:from\s+(?:the|our)\s+(?:archives?|vaults?|files)\b"
    r"|(?:originally|first)\s+(?:published|printed)\b"
    r"|(?:\d+|[A-Z][a-z]+(?:[ -][a-z]+)?)\s+years\s+ago(?:\s+today)?\s*[:—–])"
    r"|\b(?:this|the)\s+" + _A_PIECE + r"\s+(?:was\s+|has\s+been\s+)?(?:originally"
    r"|first)\s+(?:published|printed|appeared|ran)\b", re.IGNORECASE | re.MULTILINE)
# Its two halves, which `_reprint_notes` scans apart: opening with "^" or "\b", the whole was
# tried at every character of the text (a tenth of a millisecond a text, three times an
# article). The notes that open their line are tried at the lines' starts only, and a
# piece's note opens with the letter "t", to which `re` skips ahead, its "\b" asked after it.
_A_NOTE_OPENING_ITS_LINE = re.compile(
    _A_REPRINT_S_NOTE.pattern[:_A_REPRINT_S_NOTE.pattern.index(r"|\b(?:this|the)")],
    re.IGNORECASE | re.MULTILINE)
_A_PIECE_S_NOTE = re.compile(
    r"t(?<!\wt)(?:his|he)" + _A_REPRINT_S_NOTE.pattern[
        _A_REPRINT_S_NOTE.pattern.index(r"(?:this|the)") + len(r"(?:this|the)"):],
    re.IGNORECASE)
REPRINT_HEAD = 8  # lines: where a reprint's note stands, under its title
REPRINT_TAIL = 400  # characters: a syndication note at the text's end


def _the_original_s_date(text: str) -> DateGuess | None:
    """The day a reprint's note says its text was first published (`_A_REPRINT_S_NOTE`)."""
    return _the_original_s_date_on(text, dt.date.today())


@lru_cache(maxsize=2)
def _the_original_s_date_on(text: str, today: dt.date) -> DateGuess | None:
    """`_the_original_s_date`, kept for the text and the day it was read on (what a day can
    have been published on moves with the day): an article's reading asks for it twice,
    `reprinted_on` and `own_publication_date` (with metadata that differ)."""
    head = "\n".join(text.split("\n", REPRINT_HEAD)[:REPRINT_HEAD])
    for start, piece in ((0, head), (max(len(head), len(text) - REPRINT_TAIL), None)):
        piece = text[start:] if piece is None else piece
        for note in _reprint_notes(piece):
            line_end = piece.find("\n", note.end())
            line = piece[note.end():line_end if line_end >= 0 else len(piece)]
            if (day := _a_full_day(line)) is not None:
                line_start = piece.rfind("\n", 0, note.start()) + 1
                quoted = piece[line_start:note.end() + len(line)].strip()
                return DateGuess(day, "explicit", 0.8, f"reprint: “{quoted}”")
    return None


def _reprint_notes(piece: str) -> Iterator[re.Match[str]]:
    """`_A_REPRINT_S_NOTE.finditer(piece)`'s matches, from its two halves: at each offset
    the leftmost, a note opening its line before a piece's note at the same offset (as the
    whole's alternatives are ordered), the next looked for after its end."""
    line_starts = [0]  # ("^" of MULTILINE: the text's start, and after each "\n")
    while (newline := piece.find("\n", line_starts[-1])) >= 0:
        line_starts.append(newline + 1)
    at = 0
    while True:
        piece_s = _A_PIECE_S_NOTE.search(piece, at)
        before = piece_s.start() if piece_s is not None else len(piece)
        note = next((found for start in line_starts if at <= start <= before
                     and (found := _A_NOTE_OPENING_ITS_LINE.match(piece, start))), piece_s)
        if note is None:
            return
        yield note
        at = note.end()


def _a_full_day(line: str) -> dt.date | None:
    """The first day written with its month and year in `line` that a news article can have
    been published on, or None."""
    for expr in find_expressions(line):
        if expr.kind in {"mdy", "dmy"} and expr.groups.get("year"):
            guess = resolve(expr, dt.date.today(), "")
            if guess and guess.date and guess.precision == "day" \
                    and plausibly_published(guess.date):
                return guess.date
    return None


def _as_published(text: str, metadata: dict) -> DateGuess:
    """What the article says about its own date as its source gives it (a reprint's day)."""
    meta = date_from_metadata(metadata, text)
    if meta and meta.date:
        return meta
    flag = meta.flag if meta else ""
    url = date_from_url(metadata.get("url"))
    if url:
        return replace(url, flag=flag)
    lead = date_from_lead(text, metadata)
    if lead:
        return replace(lead, flag=lead.flag or flag)
    if updated := date_updated(metadata):
        return replace(updated, flag=flag)
    if named := date_from_file_name(metadata.get(FILE_NAME)):
        return replace(named, flag=flag)
    if filed := date_from_folder(metadata.get(FOLDER)):
        return replace(filed, flag=flag)
    return DateGuess(None, "unknown", 0.0, "no date in the article", flag=flag)


# Metadata: the name of the file an article was read from alone (a text or a page, an upload
# or a zip's member), where that name holds a date (`date_from_file_name`).
FILE_NAME = "file_name"
FILE_NAME_CONFIDENCE = 0.5  # as a text's "Last updated": a filer's date, not the source's
# A date in a file's name that reads one way only: ISO's 1969-07-20 (or 1969_07_20,
# 1969.07.20) and 19690720, year first, whole, between no other figures. Archives name
# clippings so ("1969-07-20_eagle.txt", "IMG_20240305.html"). A day and month first
# ("20-07-1969", "05-03-2024") reads two ways, and a bare year dates no day: neither is read.
_FILE_NAME_DATE = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)(?P<sep>[-_.]?)(?P<month>0[1-9]|1[0-2])(?P=sep)"
    r"(?P<day>0[1-9]|[12]\d|3[01])(?!\d)")


def date_from_file_name(name: object) -> DateGuess | None:
    """The date an article's file name gives (`_FILE_NAME_DATE`), where its text gives none:
    a clipping named by its date had stayed undated, its places on no map (audit 37, item
    8). Only the name, never the file's time, which copying changes (`versions.py`)."""
    if not isinstance(name, str):
        return None
    for match in _FILE_NAME_DATE.finditer(name):
        day = _day(int(match["year"]), int(match["month"]), int(match["day"]))
        if day and plausibly_published(day):
            return DateGuess(day, "explicit", FILE_NAME_CONFIDENCE,
                             f"file name: {name} (the date its name gives: the text gives "
                             "none)")
    return None


# Metadata: the folders a text or page was read from (its path without its name), where
# they hold a date and its own name none (`date_from_folder`).
FOLDER = "folder"
FOLDER_MONTH_CONFIDENCE = 0.3  # a month's folder: the day is not known
_DAY_FOLDER = re.compile(r"0[1-9]|[12]\d|3[01]")
_MONTH_FOLDER = re.compile(r"0[1-9]|1[0-2]")
_YEAR_FOLDER = re.compile(r"(?:19|20)\d\d")
# A folder named by a year and a month, year first ("2019-11", "archive_2019.11").
_YEAR_MONTH = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)[-_.](?P<month>0[1-9]|1[0-2])(?!\d)")


def date_from_folder(path: object) -> DateGuess | None:
    """The date the folders an article's file lies in give, nearest first, where neither its
    text nor its own name gives one: archives file clippings by day ("2024-03-15/",
    "2024/03/15/") or by month ("archive/2019-11/", "2019/11/"), and their undated files had
    stayed undated, their places on no map. A folder holding a whole date, or a year, a month
    and a day folder in turn, dates the file as its name would (`date_from_file_name`'s
    rule: year first, a day first reads two ways and is not read; confidence 0.5); a year
    and a month date it to the month: its first day, at a lower confidence
    (FOLDER_MONTH_CONFIDENCE), with precision "month", so its sentences that give no date
    of their own stand on the whole month (`events.over_the_month`) and its story takes
    no day from it (`infer_publication_dates`). A bare year is too wide to date news."""
    if not isinstance(path, str):
        return None
    parts = [part for part in re.split(r"[\\/]", path) if part]
    for at in range(len(parts) - 1, -1, -1):
        if found := _folder_date(parts[:at + 1]):
            return found
    return None


def _folder_date(parts: list[str]) -> DateGuess | None:
    """The date the last of `parts` (folders, outermost first) gives with those above it."""
    name, above = parts[-1], parts[:-1]
    shown = "/".join(parts[-3:])
    day = None
    if whole := _FILE_NAME_DATE.search(name):
        day = _day(int(whole["year"]), int(whole["month"]), int(whole["day"]))
    elif len(above) >= 2 and _DAY_FOLDER.fullmatch(name) and _MONTH_FOLDER.fullmatch(
            above[-1]) and _YEAR_FOLDER.fullmatch(above[-2]):
        day = _day(int(above[-2]), int(above[-1]), int(name))
    if day and plausibly_published(day):
        return DateGuess(day, "explicit", FILE_NAME_CONFIDENCE,
                         f"folder: {shown}/ (the date the folder it was filed in gives: the "
                         "text and the file's name give none)")
    month = None
    if part := _YEAR_MONTH.search(name):
        month = _day(int(part["year"]), int(part["month"]), 1)
    elif above and _MONTH_FOLDER.fullmatch(name) and _YEAR_FOLDER.fullmatch(above[-1]):
        month = _day(int(above[-1]), int(name), 1)
    if month and plausibly_published(month):
        return DateGuess(month, "explicit", FOLDER_MONTH_CONFIDENCE,
                         f"folder: {shown}/ (the month the folder it was filed in gives, "
                         f"{month:%B %Y}; the day is not known: the text and the file's name "
                         "give none)", end=_month_end(month), precision="month")
    return None


def _month_end(first: dt.date) -> dt.date:
    """The last day of `first`'s month."""
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


UPDATED_CONFIDENCE = 0.5  # as a page's date of modification (METADATA_KEYS' "modified")


def date_updated(metadata: Mapping) -> DateGuess | None:
    """The date a text says it was last updated ("Last updated: 05 March 2024", which
    `clean` keeps as metadata "updated"), where nothing else dates it: published then or
    before. Such a text had been undated, its places on no map, and the warning said its
    metadata held no date (audit 22)."""
    value = metadata.get("updated")
    day = parse_date_value(str(value)) if value else None
    if day is None or not plausibly_published(day):
        return None
    return DateGuess(day, "explicit", UPDATED_CONFIDENCE, f"metadata updated: {value} (the "
                     "date it was last updated: it may have been published before)")


def weekday_of_publication(text: str) -> int | None:
    """Weekday the article was written on, from "yesterday, Monday" or "today, Tuesday"."""
    match = _YESTERDAY_WEEKDAY.search(text)
    if match:
        return (WEEKDAYS[match["weekday"].lower()] + 1) % 7
    match = _TODAY_WEEKDAY.search(text)
    if match and match["weekday"]:
        return WEEKDAYS[match["weekday"].lower()]
    return None


def lead_offset(text: str) -> tuple[int, str] | None:
    """How the lead positions the story relative to publication: "yesterday" → +1 day."""
    spans = lead_spans(text)
    for s, e in spans:
        for expr in find_expressions(text[s:e]):
            if expr.kind == "day_word":
                word = expr.groups["word"].lower()
                return _DEICTIC.get(word, 0), expr.text
            if expr.kind in {"weekday", "rel_weekday", "yesterday_weekday"}:
                return None
    return None


def story_date(text: str, published: dt.date) -> dt.date:
    """The day the story's main event happened: the lead's own time reference, if any."""
    for s, e in lead_spans(text):
        for expr in find_expressions(text[s:e]):
            if expr.kind in {"day_word", "weekday", "rel_weekday", "yesterday_weekday"}:
                clause = clause_around(text, s + expr.start, s + expr.end)
                guess = resolve(expr, published, clause)
                if guess and guess.date and abs((guess.date - published).days) <= 3:
                    return guess.date
    return published


# -- publication dates: across articles ---------------------------------------------------


@dataclass
class DatingInput:
    """What corpus-level dating needs to know about one article."""

    id: int
    text: str
    own: DateGuess
    terms: frozenset[str]
    # Its events' figures are read by it: no default, so no caller drops the feed's recorded
    # order unseen (review 31).
    metadata: Mapping


def salient_terms(text: str, places: Iterable[tuple[str, str]] = (),
                  lists: NameLists | None = None) -> frozenset[str]:
    """Names of people, organisations and places: what two reports of one story share, and
    unrelated news does not (see `placeline.story_names` for what is left out, and why).

    A resolved place (`places`: its surface and place id) counts once, as its id ("Kyiv"
    and "Kiev" are one place), not also as the words of its name: counted twice, London and
    Paris alone made four shared terms, and a fashion show passed for a rate rise's story.
    """
    places = list(places)
    named = {_POSSESSIVE.sub("", w.lower()) for surface, _ in places for w in surface.split()}
    words = {w for w in story_names(text, lists) if w not in named}
    return frozenset(words | {f"place:{place_id}" for _, place_id in places})


WORDING_SENTENCES = 4  # a title and a lead edited still leave two
WORDING_MIN_WORDS = 5  # a shorter line ("Updated", a dateline) is in unrelated texts too
_WORDS = re.compile(r"\w+")
# Two texts sharing a sentence are one story when this share of the shorter one's wording is
# in the other (`shared_wording`): an edited copy keeps 0.8-1, other articles, even rewrites of
# one story, at most 0.74 in the evaluation corpora.
NEAR_COPY = 0.8


def wording_terms(text: str) -> frozenset[str]:
    """The wording of the text's first sentences, as story terms: near-copies of one text (an
    update, one wire story saved twice) share some of them however few names they keep
    ("Cambridge researchers unveil battery breakthrough" kept none: places only)."""
    terms = set()
    for start, end in lead_spans(text, WORDING_SENTENCES, head=2000):
        words = _WORDS.findall(text[start:end].lower())
        if len(words) >= WORDING_MIN_WORDS:
            digest = hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()[:16]
            terms.add(f"{WORDING}{digest}")
    return frozenset(terms)


STORY_THRESHOLD = 0.45
# One story shares at least three terms, two of them names that are not places: where alone
# tells no story ("Riley County, Kansas" and a "Department": an STD study and a snow storm).
STORY_SHARED = 3
STORY_SHARED_NAMES = 2


def similarity(a: frozenset[str], b: frozenset[str], weights: Mapping[str, float],
               totals: tuple[float, float] | None = None) -> float:
    """Weighted overlap: a short live blog inside a long report still scores high, while
    names every article shares count for little. `weights` are the terms' (`term_weights`:
    rarity in English, so the score depends on the two articles alone); `totals` the two
    sets' total weights, when the caller has them already."""
    if not a or not b:
        return 0.0
    shared = {t for t in a & b if not t.startswith(WORDING)}
    places = sum(1 for t in shared if t.startswith("place:"))
    if len(shared) < STORY_SHARED or len(shared) - places < STORY_SHARED_NAMES:
        return 0.0
    if totals is None:
        totals = (_weight(a, weights), _weight(b, weights))
    return _weight(shared, weights) / min(totals) if min(totals) > 0 else 0.0


def _weight(terms: frozenset[str], weights: Mapping[str, float]) -> float:
    return sum(weights.get(t, 0.0) for t in terms)


def inverse_document_frequency(sets: Sequence[frozenset[str]]) -> dict[str, float]:
    """Terms weighed by how few of `sets` hold them (places twice): a weighting for tests
    and comparisons; dating weighs by rarity in English (`term_weights`), which other
    articles cannot move."""
    counts = Counter(t for terms in sets for t in terms)
    n = len(sets)
    return {t: 0.0 if t.startswith(WORDING) else
            math.log((n + 1) / c) * (PLACE_WEIGHT if t.startswith("place:") else 1.0)
            for t, c in counts.items()}


STORY_DAYS = 2  # two dated reports further apart than this are different stories
# A name in more articles than this does not make candidate pairs (in a war corpus "Putin"
# would pair everything; its pairs still form through the rarer names they share). The
# same cap bounds the neighbourhood an ingest re-dates, so both see the same pairs.
COMMON_TERM_CAP = 200


def candidate_pairs(items: Sequence[DatingInput], common: int | None = None) -> list[tuple]:
    """Index pairs (i < j, in input order) that could be one story: they share a name (one
    story shares two) that is in at most `common` of them, and their own dates (when both
    have one) are at most STORY_DAYS apart. An inverted index makes this near-linear where
    comparing every pair is quadratic (50M pairs for 10k articles)."""
    common = common or COMMON_TERM_CAP
    postings: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        for term in item.terms:
            if not term.startswith("place:"):
                postings.setdefault(term, []).append(index)
    pairs: set[tuple[int, int]] = set()
    for members in postings.values():
        if 1 < len(members) <= common:
            pairs.update(_close_pairs(members, items))
    return sorted(pairs)


def _close_pairs(members: list[int], items: Sequence[DatingInput]) -> Iterator[tuple[int, int]]:
    """Pairs of `members` (ascending indexes) whose own dates are at most STORY_DAYS apart,
    or either undated: generated from the members sorted by date, never all pairs first."""
    undated = [i for i in members if items[i].own.date is None]
    dated = sorted((i for i in members if items[i].own.date is not None),
                   key=lambda i: items[i].own.date)
    for u in undated:
        for m in members:
            if m != u and (items[m].own.date is not None or m > u):
                yield (min(u, m), max(u, m))
    for k, i in enumerate(dated):
        day = items[i].own.date
        for j in dated[k + 1:]:
            if (items[j].own.date - day).days > STORY_DAYS:
                break
            yield (min(i, j), max(i, j))


def story_links(items: Sequence[DatingInput], weights: Mapping[str, float] | None = None,
                common: int | None = None, counts: Mapping[str, int] | None = None
                ) -> list[tuple[float, int, int]]:
    """(similarity, id, id) of the pairs alike enough to be one story, strongest first (ties
    by id): the order merges are tried in, so stories do not depend on the order the
    articles are listed in. `counts`: in how many articles of the whole store each name is,
    when `items` are a part of it (a name in more than `common` makes no pairs, there as
    when dating the whole store)."""
    return usable_links(pair_links(items, weights, common, counts), items)


def pair_links(items: Sequence[DatingInput], weights: Mapping[str, float] | None = None,
               common: int | None = None, counts: Mapping[str, int] | None = None
               ) -> list[tuple[float, int, int]]:
    """(similarity, smaller id, larger id) of every candidate pair alike enough to be one
    story, in no order: what the store keeps (`Store.replace_links`), a pair's link being
    the two articles' alone (and the cap on common names)."""
    if weights is None:
        weights = term_weights(set().union(*(item.terms for item in items)))
    cap = common or COMMON_TERM_CAP
    blocked = {term for term, count in (counts or {}).items() if count > cap}
    keys = [replace(item, terms=item.terms - blocked) for item in items] if blocked else items
    return scored_pairs([(items[i], items[j]) for i, j in candidate_pairs(keys, cap)], weights)


def scored_pairs(pairs: Iterable[tuple[DatingInput, DatingInput]],
                 weights: Mapping[str, float]) -> list[tuple[float, int, int]]:
    """The links among `pairs` of articles: their similarity (rounded, so a score read back
    from the store sorts as it was made), 1.0 for near-copies of one text."""
    total: dict[int, float] = {}  # each article's total weight, made once
    texts: dict[int, frozenset[int]] = {}  # each text's wording, made once (`_near_copies`)
    links = []
    for a, b in pairs:
        for item in (a, b):
            if item.id not in total:
                total[item.id] = _weight(item.terms, weights)
        score = similarity(a.terms, b.terms, weights, (total[a.id], total[b.id]))
        if score < STORY_THRESHOLD and _near_copies(a, b, texts):
            score = 1.0
        if score >= STORY_THRESHOLD:
            links.append((round(score, 9), min(a.id, b.id), max(a.id, b.id)))
    return links


def usable_links(links: Iterable[tuple[float, int, int]], items: Sequence[DatingInput]
                 ) -> list[tuple[float, int, int]]:
    """`links` strongest first (ties by id), without those an undated article cannot choose
    between (`_unambiguous`): `items` must hold every article the links name."""
    ordered = sorted((-score, a, b) for score, a, b in links)
    return [(-score, a, b) for score, a, b in _unambiguous(ordered, items)]


def _near_copies(a: DatingInput, b: DatingInput, texts: dict[int, frozenset[int]]) -> bool:
    """Two texts that share a sentence and most of their wording: versions of one article
    (however few names they share, they tell one story). `texts`: wordings made so far."""
    if not any(t.startswith(WORDING) for t in a.terms & b.terms):
        return False
    for item in (a, b):
        if item.id not in texts:
            texts[item.id] = wording(item.text)
    return shared_wording(texts[a.id], texts[b.id]) >= NEAR_COPY


def _unambiguous(links: list[tuple[float, int, int]], items: Sequence[DatingInput]
                 ) -> list[tuple[float, int, int]]:
    """The links without those of an undated article alike to dated ones further apart than
    one story spans (a Guterres report with no date, beside his visits of 2022 and 2024):
    which it belongs to is a guess, so it keeps no date rather than a wrong one."""
    own = {item.id: item.own.date for item in items}
    days: dict[int, list[dt.date]] = {}
    for _, a, b in links:
        for undated, other in ((a, b), (b, a)):
            if own[undated] is None and own[other] is not None:
                days.setdefault(undated, []).append(own[other])
    torn = {u for u, found in days.items() if (max(found) - min(found)).days > STORY_DAYS}
    return [link for link in links if not torn & {link[1], link[2]}]


def group_stories(items: Sequence[DatingInput], weights: Mapping[str, float] | None = None,
                  common: int | None = None, counts: Mapping[str, int] | None = None,
                  links: Iterable[tuple[float, int, int]] | None = None) -> dict[int, int]:
    """Single-link clusters of articles telling the same story at the same time; id → story
    id (the smallest member id). The same people and places a year later are a new story: a
    merge is refused when the known dates of the two clusters would span over STORY_DAYS (so
    an undated article cannot chain two years together). The strongest links are merged
    first: an undated article alike to two stories joins the one it is most like. `links`:
    the pairs' links as `pair_links` made them (the store's), every one of `items`' included;
    else they are made here."""
    parent = {item.id: item.id for item in items}
    span: dict[int, tuple[dt.date, dt.date] | None] = {
        item.id: (item.own.date, item.own.date) if item.own.date else None for item in items}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    ordered = usable_links(links, items) if links is not None else \
        story_links(items, weights, common, counts)
    for _, a, b in ordered:
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        known = [d for d in (span[ra], span[rb]) if d]
        merged = (min(d[0] for d in known), max(d[1] for d in known)) if known else None
        if merged and (merged[1] - merged[0]).days > STORY_DAYS:
            continue
        root, child = min(ra, rb), max(ra, rb)
        parent[child] = root
        span[root] = merged
    return {item.id: find(item.id) for item in items}


def infer_publication_dates(items: Sequence[DatingInput],
                            weights: Mapping[str, float] | None = None,
                            common: int | None = None, counts: Mapping[str, int] | None = None,
                            links: Iterable[tuple[float, int, int]] | None = None
                            ) -> dict[int, tuple[DateGuess, int]]:
    """Every article's publication date and story id, using dated stories for undated ones
    (`links`: as for `group_stories`)."""
    stories = group_stories(items, weights, common, counts, links)
    result: dict[int, tuple[DateGuess, int]] = {}
    story_days: dict[int, Counter] = {}
    for item in items:
        if item.own.date:
            result[item.id] = (item.own, stories[item.id])
            if item.own.precision == "month":  # (a month's folder: no day for its story)
                continue
            story_days.setdefault(stories[item.id], Counter())[
                story_date(item.text, item.own.date)] += item.own.confidence
    for item in items:
        if item.id in result:
            continue
        story = stories[item.id]
        days = story_days.get(story)
        guess = None
        if days:
            guess = _date_from_story(item, days.most_common(1)[0][0])
        if guess is None:
            guess = date_from_calendar(item.text)
        result[item.id] = (guess or item.own, story)
    return result


def _date_from_story(item: DatingInput, day: dt.date) -> DateGuess:
    """Place an undated article relative to its story's date."""
    offset = lead_offset(item.text)
    if offset is not None:
        shift, word = offset
        return DateGuess(day + dt.timedelta(days=shift), "relative", 0.7,
                         f'"{word}" in the lead, relative to the same story dated {day}')
    weekday = weekday_of_publication(item.text)
    if weekday is not None:
        nearest = min((day + dt.timedelta(days=d) for d in range(-3, 4)),
                      key=lambda d: (d.weekday() != weekday, abs((d - day).days)))
        if nearest.weekday() == weekday:
            return DateGuess(nearest, "relative", 0.7,
                             f"written on a {nearest:%A}, same story as one dated {day}")
    return DateGuess(day, "inferred", 0.6, f"same story as articles dated {day}")


# -- the calendar of recurring international meetings --------------------------------------


@dataclass(frozen=True)
class CalendarEvent:
    name: str
    start: dt.date
    end: dt.date
    pattern: re.Pattern[str]
    place: re.Pattern[str]
    source: str

    @property
    def days(self) -> list[dt.date]:
        return [self.start + dt.timedelta(days=i) for i in range((self.end - self.start).days + 1)]


@lru_cache(maxsize=1)
def calendar_events() -> tuple[CalendarEvent, ...]:
    path = PACKAGE_DATA / "event_calendar.csv"
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(line for line in f if not line.startswith("#")))
    return tuple(
        CalendarEvent(r["name"], dt.date.fromisoformat(r["start"]),
                      dt.date.fromisoformat(r["end"]), re.compile(r["pattern"], re.IGNORECASE),
                      re.compile(r"\b(?:" + r["place"] + r")\b"), r["source"])
        for r in rows
    )


_PAST_REFERENCE = {"rel_month", "ago", "year", "month_year", "rel_unit"}
_CURRENT_REFERENCE = {"weekday", "rel_weekday", "day_word", "yesterday_weekday"}


def date_from_calendar(text: str) -> DateGuess | None:
    """Date an article by the known meeting it reports on, on the weekday it names.

    A meeting only counts when its host place is named nearby and its sentence speaks of the
    present ("this Thursday", "today"), not of the past ("the Bali summit last November").
    When two meetings fit equally well, nothing is guessed.
    """
    candidates: list[tuple[int, int, CalendarEvent, dt.date]] = []
    for event in calendar_events():
        for match in event.pattern.finditer(text):
            window = text[max(0, match.start() - 300):match.end() + 300]
            if not event.place.search(window):
                continue
            s, e = sentence_at(text, match.start())
            kinds = {x.kind for x in find_expressions(text[s:e])}
            current = bool(kinds & _CURRENT_REFERENCE)
            if kinds & _PAST_REFERENCE and not current:
                continue
            weekday = _weekday_near(text, match.start())
            days = event.days
            if weekday is not None:
                days = [d for d in days if d.weekday() == weekday]
                if not days:
                    continue
            candidates.append((0 if current else 1, match.start(), event, days[-1]))
    if not candidates:
        return None
    candidates.sort(key=lambda c: (c[0], c[1]))
    rank, _, event, day = candidates[0]
    rivals = {c[2].name for c in candidates if c[0] == rank and c[3] != day}
    if rivals - {event.name}:
        return None
    return DateGuess(day, "inferred", 0.6,
                     f"reports on the {event.name} ({event.start} to {event.end}), "
                     f"on the {day:%A} it names" if rank == 0 else
                     f"reports on the {event.name} ({event.start} to {event.end})")


def _weekday_near(text: str, offset: int) -> int | None:
    start, end = sentence_at(text, offset)
    match = re.search(r"\b(" + WEEKDAY_ALTERNATION + r")\b", text[start:end])
    return WEEKDAYS[match[1].lower()] if match else None
