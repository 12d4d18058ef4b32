"""Find time expressions in news text and resolve them against a reference date.

A small rule tagger rather than `dateparser.search.search_dates`: that function reports dates
inside ordinary words ("may", "march", "sat") and cannot tell "on Tuesday" in a past-tense
sentence (the previous Tuesday) from "due to meet … later Tuesday" (the same day) — the tense
of the clause decides that, and only a tagger that sees the clause can use it.

Every expression resolves to a `DateGuess` with a precision (day, range, week, month, year).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from re import _constants as _sre
from re import _parser as _sre_parse

from dateutil.easter import easter

from placeline import feast_calendars
from placeline.calendar_names import (
    MONTH_ALTERNATION,
    MONTHS_IN_FULL,
    SHORT_MONTH_NUMBERS,
    SHORT_WEEKDAY_ALTERNATION,
    SHORT_WEEKDAY_NUMBERS,
    WEEKDAY_ALTERNATION,
    WEEKDAYS_IN_FULL,
    alternation,
)
from placeline.models import DateGuess
from placeline.name_context import STREET_WORDS
from placeline.past_forms import IRREGULAR_PAST, PAST_FORMS, SHARED_PAST
from placeline.state_abbreviations import AP_STATE_ABBREVIATIONS
from placeline.text import SpanIndex, split_sentences

MONTHS = {name.lower(): i for i, name in enumerate(MONTHS_IN_FULL, 1)} | SHORT_MONTH_NUMBERS
WEEKDAYS = {name.lower(): i for i, name in enumerate(WEEKDAYS_IN_FULL)} | SHORT_WEEKDAY_NUMBERS

_FULL_WEEKDAYS = frozenset(name.lower() for name in WEEKDAYS_IN_FULL)

_MONTH = r"(?P<month>" + MONTH_ALTERNATION + "|" + alternation(
    [short.capitalize() for short in SHORT_MONTH_NUMBERS]) + r")\.?"
# After a month, a number that is not its day: the day of another month ("in March\n12 May
# 2024", a headline over its date line, had lost "in March" to a day "March 12" — audit 23).
_NOT_ITS_DAY = (r"(?!\s+[0-3]?\d\b(?!(?:st|nd|rd|th)?\s+(?:"
                + _MONTH[len("(?P<month>"):_MONTH.index(")")] + r")\b))")
_WEEKDAY = r"(?P<weekday>" + WEEKDAY_ALTERNATION + ")"
# A weekday written before a date ("on Tuesday, March 5", "Wednesday 6 March 2024", "Tue,
# March 5"): one expression, dated by the date (alone, the weekday was nearer the place and
# won: AP style's "voted on Tuesday, March 5" had been dated a week after the vote — an audit).
# Short forms only capitalised and without a full stop (one would cut the text: `_CUT`), and
# not after "the": "The Sun, March 5" is a newspaper (a review: the card had warned that
# 5 March was no Sunday); `_with_weekday_checked` reads one that is not its date's as a name.
_WEEKDAY_BEFORE = (r"(?P<weekday>" + WEEKDAY_ALTERNATION +
                   r"|(?-i:(?<!\b[Tt]he\s)(?:" + SHORT_WEEKDAY_ALTERNATION + r"))),?\s+")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[0-9]|20)\d\d)"  # 1000-2099; <1900 is found, then rejected
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                 "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3,
                 "a few": 3, "few": 3, "couple of": 2, "a couple of": 2, "eleven": 11,
                 "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                 "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
                 "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                 "ninety": 90, "a hundred": 100, "one hundred": 100}
# Counts in words above ten ("Eighty years ago", "twenty-five years ago": review 24 had them
# undated, where "20 years ago" was read): a ten, with a unit after it or not.
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNIT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_SEASON = r"(?P<season>spring|summer|autumn|fall|winter)"
# Between a month or a day and its year: a comma, a space, or "of" ("in August of 2008",
# "on 5 August of 2008", "in March of last year", as American news writes them: "of" had
# left the month to the report's year, "in August" read alone as last August).
_OF_ITS_YEAR = r"(?:,?\s+|\s+of\s+)"
# "on Feb. 6 last year", "in September next year": the year said relative to publication.
_YEAR_SAID = r"(?:" + _OF_ITS_YEAR + _YEAR + r"|\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year)"
_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}
_COUNT = r"(?P<count>\d+|(?:a|one)\s+hundred|" + _TENS + r"(?:[\s-]" + _UNIT_WORD + r")?" \
         r"|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen" \
         r"|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several|few)"
# "A few weeks ago", "several years ago": no week or year can be named from them.
_VAGUE_COUNTS = frozenset({"a few", "few", "several"})

# Holidays on a fixed day of the year: "busy on Christmas Eve" had been dated by the
# publication — an audit. "Independence Day" is the United States' (`_a_feast_s_day`).
HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "boxing day": (12, 26),
            "new years eve": (12, 31), "new years day": (1, 1), "valentines day": (2, 14),
            "halloween": (10, 31), "patricks day": (3, 17), "bastille day": (7, 14),
            "canada day": (7, 1), "australia day": (1, 26), "anzac day": (4, 25),
            "armistice day": (11, 11), "remembrance day": (11, 11), "veterans day": (11, 11),
            "juneteenth": (6, 19), "guy fawkes night": (11, 5), "bonfire night": (11, 5),
            "fourth of july": (7, 4), "christmas": (12, 25), "hogmanay": (12, 31),
            "new year": (1, 1), "new years": (1, 1), "independence day": (7, 4)}
# Feasts whose day moves, by the year: Western Easter (`dateutil.easter`) and the days it
# fixes, and the United States' Thanksgiving, the fourth Thursday of November; Canada's,
# October's second Monday, where the sentence speaks of Canada, or the article does and not
# of the United States (`_canadian`). Ramadan and Eid, which move by the moon and begin a day
# apart from country to country, are left undated.
MOVEABLE_FEASTS: dict[str, Callable[[int], dt.date]] = {
    "easter": easter, "easter sunday": easter,
    "easter monday": lambda year: easter(year) + dt.timedelta(days=1),
    "good friday": lambda year: easter(year) - dt.timedelta(days=2),
    "thanksgiving": lambda year: _nth_weekday(year, 11, 3, 4),
    "thanksgiving day": lambda year: _nth_weekday(year, 11, 3, 4),
    "canadian thanksgiving": lambda year: _nth_weekday(year, 10, 0, 2),
    # the United States' federal Mondays (dates65: no date before): Labor Day September's
    # first, Memorial Day May's last, Martin Luther King Jr. Day January's third, Presidents'
    # Day February's third ("Labour Day", which other countries keep on other days, is not
    # read; nor "King Jr. Day", whose full stop ends a stretch of the scan)
    "labor day": lambda year: _nth_weekday(year, 9, 0, 1),
    "memorial day": lambda year: _nth_weekday(year, 6, 0, 1) - dt.timedelta(days=7),
    "martin luther king day": lambda year: _nth_weekday(year, 1, 0, 3),
    "martin luther king jr day": lambda year: _nth_weekday(year, 1, 0, 3),
    "mlk day": lambda year: _nth_weekday(year, 1, 0, 3),
    "presidents day": lambda year: _nth_weekday(year, 2, 0, 3)}
# Feasts that move by another calendar (fix 50: they had been no date), dated by
# `feast_calendars`: the Hijri, Hindu, Chinese, Hebrew and Buddhist ones news names most.


def _spelt(spellings: list[str]) -> str:
    """The spellings as one pattern, grouped by first word ("Eid" once, its longer forms an
    optional tail, as `re` then tries each first word once): a space is any spaces or
    hyphens, later words in any case (`feast_calendars.SPELLINGS`)."""
    tails: dict[str, list[str]] = {}
    for first, *rest in (spelling.split() for spelling in spellings):
        tails.setdefault(first, []).append("".join(
            rf"[-\s]+(?i:{re.escape(word)})" for word in rest))
    return "(?:" + "|".join(
        re.escape(first) + ("(?:" + "|".join(sorted(filter(None, ends), key=len, reverse=True))
                            + ")" + ("?" if "" in ends else "") if any(ends) else "")
        for first, ends in sorted(tails.items(), key=lambda item: -len(item[0]))) + r")\b"


_OTHER_CALENDARS_FEASTS = _spelt([spelling for spellings in feast_calendars.SPELLINGS.values()
                                  for spelling in spellings])
_HOLIDAY = (r"(?P<holiday>Christmas\s+[Ee]ve|Christmas\s+[Dd]ay|Boxing\s+[Dd]ay"
            r"|New\s+Year['’]?s\s+[Ee]ve|New\s+Year['’]?s\s+[Dd]ay|Valentine['’]?s\s+[Dd]ay"
            r"|Hallowe['’]?en|Patrick['’]?s\s+[Dd]ay|Bastille\s+[Dd]ay|Canada\s+[Dd]ay"
            r"|Australia\s+[Dd]ay|Anzac\s+[Dd]ay|Armistice\s+[Dd]ay|Remembrance\s+[Dd]ay"
            r"|Veterans['’]?\s+[Dd]ay|Juneteenth|Guy\s+Fawkes\s+[Nn]ight|Bonfire\s+[Nn]ight"
            r"|(?:the\s+)?Fourth\s+of\s+July|Christmas|Easter(?:\s+(?:Sunday|Monday))?"
            r"|Good\s+Friday|Thanksgiving(?:\s+[Dd]ay)?|Independence\s+[Dd]ay|Hogmanay"
            r"|Labor\s+[Dd]ay|Memorial\s+[Dd]ay|Presidents['’]?\s+[Dd]ay"
            r"|Martin\s+Luther\s+King(?:\s+Jr)?\s+[Dd]ay|MLK\s+[Dd]ay"
            r"|(?:the\s+)?New\s+Year(?:['’]s)?|" + _OTHER_CALENDARS_FEASTS + ")")
# Words of a lasting feast's time before "of" and its name: its days ("the holy month of
# Ramadan": `_THROUGH_A_FEAST`), its end (`_A_FEAST_S_END`), or a day of it; only these make
# "of <feast>" a time (fix 52), with "in" before it ("in Ramadan": `_IN_A_FEAST`).
_FEAST_S_DAYS = ("month", "festival", "season", "days", "day")
_FEAST_S_END = ("end", "close", "last day")
_IN_A_FEAST = ("in", *(f"{word} of" for word in (
    *_FEAST_S_DAYS, *_FEAST_S_END, "week", "night", "eve", "start", "beginning", "first day",
    "first days", "last days")))
# Before a holiday's name other than "on": "over Easter", "at Christmas", "until New Year".
# And a time of its day before "of" ("in the small hours of New Year's Day", "on the morning
# of Christmas Day": dates63, they had been no date where "the early hours of Monday" was one).
_BEFORE_A_FEAST = ("at", "over", "during", "for", "by", "until", "till", "before", "after",
                   "since", "around", "through", "throughout", "ahead of", "hours of",
                   "morning of", "afternoon of", "evening of", "night of")
# What may follow such a name that is its day, not an event named by it ("at Christmas
# markets", "during the Easter Rising" are no days): a stop, a word of its time, a word that
# opens what comes next. An apostrophe, straight or curly, closes a quote only before a stop
# ("‘It was quiet over Christmas’, she said"); else it is a possessive's ("before Christmas’
# busiest week"), no day: the curly one alone had been a stop, dating that sentence last
# Christmas where the straight one kept the publication date (review 26).
_FEAST_ENDS = (r"(?=['’]?\s*(?:[.,;:!?)\"”]|$)|\s+(?:weekend|holidays?|break|period|morning"
               r"|evening|night|and|or|in|at|on|when|as|with|to|for|after|before|while|this"
               r"|last|next|but|because|amid|from|the|a|an|he|she|they|it|we|I|is|was|were"
               r"|will|would|has|have|had)\b)")
# After "the 2022", a word that names an event makes the number its year even in the plural
# or after a name ("the 2022 floods", "the 2014 World Cup", "the 2011 Tohoku earthquake"),
# where any other plural is a count ("the 2000 residents", "the 1500 Syrian refugees").
_EVENT_WORDS = (r"floods?|flooding|earthquakes?|quakes?|tsunamis?|elections?|midterms|primaries"
                r"|polls|referendums?|riots?|protests?|uprisings?|revolution|wars?|invasion"
                r"|attacks?|bombings?|shootings?|massacres?|coup|crisis|fires?|wildfires?"
                r"|storms?|hurricanes?|typhoons?|cyclones?|droughts?|heatwaves?|famine"
                r"|eruptions?|outbreaks?|pandemic|epidemic|blackouts?|explosions?|landslides?"
                r"|disasters?|strikes?|summits?|talks|Olympics|Olympic\s+Games|Paralympics"
                r"|Games|World\s+Cup|Cup|championships?|finals?|tournament|Grand\s+Prix"
                r"|Super\s+Bowl|World\s+Series|Eurovision|Expo|season|census|budget")
_EVENT_AFTER = r"\s+(?:[A-Z][\w'’-]*\s+){0,3}(?i:" + _EVENT_WORDS + r")\b"

_AN_EVENT_NEXT = re.compile(_EVENT_AFTER)


def an_event_follows(text: str, at: int) -> bool:
    """Whether a word naming an event (`_EVENT_WORDS`, up to three names before it) comes
    right after text[at] ("the 1991 earthquake", "the 2011 Tohoku earthquake")."""
    return _AN_EVENT_NEXT.match(text, at) is not None


# Days of the month in words, as "on the 21st" is read ("hit on the twenty-first"; review
# 20b). Not "first", "second", "third": "on the first and second floors", "on the second
# attempt", "on the third, …" are no days as often as they are.
_ORDINAL_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
                  "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
                  "twentieth")
_ORDINAL_WORDS = {word: n for n, word in enumerate(_ORDINAL_UNITS, start=1) if n > 3} | {
    f"twenty {word}": 20 + n for n, word in enumerate(_ORDINAL_UNITS[:9], start=1)} | {
    "thirtieth": 30, "thirty first": 31}
_ORDINAL_WORD = r"(?P<word>(?:twenty|thirty)[\s-]\w+|\w+)"  # (checked: `_ORDINAL_WORDS`)
# Words that may follow a day "on the 4th" (no noun: "the 12th floor" is none).
# A range's second day is no figure that goes on: "on September 1 and 2,000 people fled" or
# "1 and 2.5 metres" name one day, where "2" had been read as the range's end (review 34). A
# comma before a year ("September 1-2,2024") still ends the range.
_NO_FIGURE_GOES_ON = r"(?!,\d{3}(?!\d)|\.\d)"
_NO_NOUN = (r"(?:and|or|at|in|on|when|after|before|but|while|as|from|to|until|till|by|with|for"
            r"|that|if|because|amid|following|during)")
_QUARTER_AFTER = r"(?i:in|during|for|of|by|until|since|before|after|through|over|from)\s+"
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


# Old style (audit 32, item 9: the publication date): "on the 3rd inst." (instant: this
# month), "the 28th ult." (ultimo: last month), "the 5th prox." (proximo: next month), and
# "3d inst.", as archives and shipping news write them; read as "of this month" is.
_OLD_STYLE_DAY = re.compile(
    r"\b(?P<day>[12]?\d|3[01])(?:st|nd|rd|th|d)\s+(?P<old>inst|instant|ult|ulto|ultimo|prox"
    r"|proximo)\b", re.IGNORECASE)
_OLD_STYLE_MONTHS = {"in": "this", "ul": "last", "pr": "next"}  # (by their first letters)
# "in week 12": an ISO week of the report's year (`_resolve_iso_week`), not "week 12 of the
# season" or "of pregnancy".
_WEEK_OF_A_YEAR = re.compile(r"\b[Ww]eek\s+(?P<week>[1-9]|[1-4]\d|5[0-3])(?:\s+of|,)\s+"
                             r"(?P<year>(?:19|20)\d\d)\b")  # "week 12 of 2024"
_BARE_ISO_WEEK = re.compile(r"\b[Ww]eek\s+(?P<week>[1-9]|[1-4]\d|5[0-3])\b(?![-.,]?\d)"
                            r"(?!\s+of\b)")
# A fiscal year's label: "FY25", "FY 2025", "FY2024-25", "fiscal 2025", "fiscal year 2023-24",
# "financial year 2023/24" (its first year and, split, its second).
_FISCAL_YEAR = (r"(?:FY\s?['’]?|(?i:fiscal|financial)(?:\s+(?i:year))?\s+)"
                r"(?P<fy>(?:19|20)\d\d|\d\d)(?:\s?[-–/]\s?(?P<fy2>(?:19|20)?\d\d))?")
# "the fourth quarter of 2023-24": a year written split is a fiscal one (its quarter is not
# the calendar's fourth of 2023, as it had been read).
_SPLIT_YEAR_S_QUARTER = re.compile(
    r"\b(?:the\s+)?(?:(?P<nth>first|second|third|fourth)[\s-]+quarter|(?P<half>first|second)"
    r"\s+half)\s+of\s+(?P<fy>(?:19|20)\d\d)[-–/](?P<fy2>\d\d)(?![\w-])", re.IGNORECASE)

# "in 2025-26", "during 2023/24": a year written split after a preposition is a fiscal year
# (the UK government's "2025-26" is April 2025 to March 2026), read by the text's convention
# (`_resolve_fiscal`), both calendar years where none is known: it had been read "in 2025",
# the calendar year. Two years in a row only ("2025-26", not "2020-24", a span). A season, a
# school or tax year, a term or a campaign within the next three words (`kept`: "in the
# 2023-24 flu season"), or a sentence of sport (`_SPORT_S_YEAR`), keep other months: both
# calendar years, whatever the convention (review 31: refused, they had left "in 2023" to
# the year pattern, the first year alone). `school`: the word after "school"/"academic" where
# it is "year" or "session", a school year (`_a_school_year`); "school term" keeps both years.
_SPLIT_YEAR = re.compile(
    r"\b(?P<split>(?i:in|during|for|over|through|throughout))\s+(?:the\s+)?(?P<fy>(?:19|20)"
    r"\d\d)[-–/](?P<fy2>\d\d)(?![\w-]|/\d)(?P<kept>(?=(?:\s+[\w'’-]+){0,2}?\s+(?i:seasons?"
    r"|(?:school|academic)(?:\s+(?P<school>year|session))?|tax|term|campaign|winter|summer"
    r"|session|series|edition|crop|harvest|marketing|sowing|league|cup)\b))?")
# A sentence of sport: its split year is a season, no fiscal year ("won the A-League in
# 2019-20").
_SPORT_S_YEAR = re.compile(r"\b(?:won|wins|league|League|cup|Cup|season|relegated|promoted"
                           r"|champions|championship|title|play-?offs?)\b")

# "the year ending March 2025", "the 12 months to 31 March 2025", "the half-year ended
# September 30, 2024" (its unit: `_MONTHS_ENDING`); "to" as British business news writes it
# ("profits in the year to March 2025"), only after "the" or a possessive (`_A_PERIOD_S_END`).
_YEAR_ENDING_HEAD = (
    r"\b(?P<unit>(?i:year|12\s+months|twelve\s+months|half-year|half|six\s+months|quarter"
    r"|three\s+months))\s+(?P<link>(?i:ending|ended|to|through|thru))\s+(?:(?i:on|in)\s+)?(?:"
    r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+)?" + _MONTH + r"(?:\s+(?P<day2>[0-3]?\d)"
    r"(?:st|nd|rd|th)?)?")
_YEAR_ENDING = re.compile(_YEAR_ENDING_HEAD + r",?\s+" + _YEAR + r"\b")
# The same with no year ("inflation hit 5% in the year to March", "sales rose 8% in the 12
# months to June", as statistics offices write): the last such month, or the next where the
# clause looks ahead (`_resolve_fiscal_end`; dates65: no date before).
_YEAR_ENDING_BARE = re.compile(_YEAR_ENDING_HEAD + r"\b(?!,?\s+(?:[0-3]?\d(?:st|nd|rd|th)?,?\s+)?"
                                                   r"(?:19|20)\d\d\b)")
# "FY2025/3", "FY2025/03" (Japanese firms' fiscal year ending March 2025, 2025年3月期), not
# a split year ("FY2011/12": fiscal 2011-12, `_SPLIT_YEAR`'s; "FY12/13", "FY09/10", as
# British, Indian and Australian bodies write fiscal 2012-13: `_a_split_year`);
# "FY3/2025", "FY3/25", the same year written month first.
_FY_YEAR_MONTH = re.compile(r"\bFY\s?(?P<year>(?:19|20)\d\d)\s?/\s?(?P<m>0?[1-9]|1[0-2])"
                            r"(?![\w/-]|\.\d)")
_FY_MONTH_YEAR = re.compile(r"\bFY\s?(?P<m>0?[1-9]|1[0-2])\s?/\s?(?P<year>(?:19|20)?\d\d)"
                            r"(?![\w/-]|\.\d)")
# Before a period that runs "to" a month, the words that make it a named period ("the year
# to March 2025", "its six months through June 2024", "the first half to June"); without
# them "to" is where a date moves to or an amount runs to ("delayed by a year to March 2026",
# "pushed back by six months to September", "fell by half through March": review 32, item 2,
# read as fiscal periods).
_A_PERIOD_S_END = re.compile(
    r"\b(?i:the|its|their|this|that|his|her|our)\s+(?:(?i:fiscal|financial|first|second|third"
    r"|fourth|final|last|latest|past|same|full|whole)[\s-]+){0,2}$")
_MONTHS_ENDING = {"year": 12, "12 months": 12, "twelve months": 12, "half-year": 6, "half": 6,
                  "six months": 6, "quarter": 3, "three months": 3}


def _day_month_range(joined_by: str) -> str:
    """A range of two days each with its month, day first (`range_dmdm`), joined by
    `joined_by`."""
    return (r"(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+"
            + _YEAR.replace("(?P<year>", "(?P<year1>") + r")?(?:" + joined_by
            + r")(?:the\s+)?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
            + _MONTH.replace("(?P<month>", "(?P<month2>") + r"(?:,?\s+" + _YEAR + r")?\b")


# Words of plans, before the time planned: "set for March", "pencilled in for May".
_PLAN_WORDS = ("set", "scheduled", "planned", "slated", "due", "expected", "earmarked",
               "pencilled in", "penciled in", "billed", "timed", "tipped")
# "for" after one of them (a lookbehind each, each of one width).
_FOR_A_PLAN = "(?:" + "|".join(rf"(?<=\b{word}\s)" for word in _PLAN_WORDS) + ")for"
# After a weekday or a range of them, the week it is in: "Monday through Friday next week",
# "on Tuesday next week", "on Thursday last week" (`_day_of_the_week`).
_OF_A_WEEK = r"(?:\s+(?P<wrel>(?i:this|next|last))\s+(?i:week)\b)?"
# Ranges whose two days each name their month: "June 28-July 3", "from 5 May to 12 June".
_TWO_MONTH_KINDS = frozenset({"range_mdmd", "range_dmdm"})
# An hour before a day's name in a range of days ("from 10 p.m. Friday", "to 6am on Monday").
_AN_HOUR = (r"(?:\d{1,2}(?:[.:]\d\d)?\s*(?i:[ap]\.m\.|[ap]m)|(?i:midnight|noon|midday))"
            r"\s+(?:(?i:on)\s+)?")
# Ordered: the first pattern that matches at a position wins, so longer forms come first.
_IN_OR_OF_A_FEAST = re.compile("(?:" + "|".join(rf"(?<=\b(?i:{word}) )" for word in _IN_A_FEAST)
                               + ")(?P<holiday>" + _OTHER_CALENDARS_FEASTS + ")" + _FEAST_ENDS)
# "during Diwali week", "over Hanukkah week": a feast of another calendar's week is its days
# (fix 53: it had been no date, "week" no word that may follow a feast's name).
_A_FEAST_S_WEEK = re.compile("(?:" + "|".join(rf"(?<=\b(?i:{word}) )" for word in
                                              (*_BEFORE_A_FEAST, "in", "the"))
                             + ")(?P<holiday>" + _OTHER_CALENDARS_FEASTS + r")(?=\s+week\b)")
# A day and month in figures, alone or as a range of two ("12/3-15/3", "12/3 to 15/3"): one
# or two digits each, no figure or slash on either side ("1.5/2", "3/12/2024", "245/6").
_DM = r"(?P<{0}>[0-3]?\d)/(?P<{1}>[0-3]?\d)"
_DAY_MONTH_FIGURES = re.compile(
    r"(?<![\w/.,:-])(?:" + _WEEKDAY_BEFORE + r")?" + _DM.format("first", "second")
    + r"(?:\s*(?:[-–]|(?i:to|until|till|through|and))\s*" + _DM.format("first2", "second2")
    + r")?(?![\w/%]|[.,:-]\d)")


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    # ISO weeks (audit 32, item 7: "fell in 2024-W12" and "in week 12 of 2024" had been the
    # whole of 2024, "delayed in week 12" no date): the week's seven days, Monday to Sunday
    # (`_resolve_iso_week`); "2024-W12-3" its Wednesday. A bare "in week 12" is of the
    # report's year, but not "week 12 of the season" nor a sport's week (`_a_sport_s_week`).
    ("iso_week", re.compile(r"\b(?P<year>(?:19|20)\d\d)-?W(?P<week>[0-5]\d)"
                            r"(?:-?(?P<wd>[1-7]))?(?![\w-])")),
    ("iso_week", _WEEK_OF_A_YEAR),
    ("iso_week", _BARE_ISO_WEEK),
    # A date in figures in the body, "on 28/02/2024", "of 28.02.2024", "on 28/2/24" (audit 32,
    # item 5: the publication date), read in the order `dates.read_figures` settles. Only
    # after a word that introduces a day ("on", "dated", "since" …), a comma or a bracket:
    # "version 2.1.24", "section 12.3.24" are none; a score "2/1", "24/7", a ratio or a
    # fraction has no third number, a phone number or an address no valid day and month,
    # and figures that go on ("1.2.24.5", "12/03/2024/7") are not taken.
    ("numeric", re.compile(r"\b(?P<first>[0-3]?\d)(?P<sep>[/.-])(?P<second>[0-3]?\d)(?P=sep)"
                           r"(?P<year>(?:19|20)\d\d|\d\d)(?![\w/]|[.-]\d)")),
    # A day and month in figures with no year ("the vote on 3/12", "from 12/3 to 15/3"; the
    # thirtieth session's leftovers: no date), of the report's year (`_resolve_day_month_
    # figures`), in the order `dates.read_day_month` settles. Slashes only (a dot is a
    # decimal, a dash a score), and only where a date's cue says it is one
    # (`_a_day_and_month`): most such figures are scores, fractions, ratios or odds.
    ("day_month", _DAY_MONTH_FIGURES),
    ("range_year", re.compile(  # "between 2014 and 2022", "from 2010 to 2015", "from 2016-2018"
        r"\b(?:between|from)\s+" + _YEAR.replace("(?P<year>", "(?P<year1>")
        + r"(?:\s+(?:and|to|until|till|through)\s+|\s*[-–]\s*)" + _YEAR + r"\b",
        re.IGNORECASE)),
    # "the 2021 and 2022 fighting", "their 2018 and 2019 floods": two years that name one
    # event's, next to each other, are a range (audit 33, item 5: only 2021 was read, as "the
    # 2021 fighting"). Years further apart ("the 2014 and 2022 elections") are two events,
    # which no range says: `_not_years` leaves them to the year's pattern. Two numbers a year
    # apart are years before any noun, a plural too ("the 2000 and 2001 residents", "the 2019
    # and 2020 graduates"): "the 2000 residents" is a count, but no one counts 2000 and then
    # 2001 of a thing (dates59: "The 2000" had been read alone, as the year 2000).
    ("range_year", re.compile(
        r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+" + _YEAR.replace("(?P<year>", "(?P<year1>")
        + r"\s+and\s+" + _YEAR + r"(?=\s+[a-z]+\b|" + _EVENT_AFTER + r")")),
    # "between Christmas and New Year": the days between, 26 to 31 December, of the Christmas
    # the tense names (`_resolve_twixtmas`; dates65: no date before, "Christmas" alone was
    # no feast after "between")
    ("twixtmas", re.compile(r"\b(?i:between)\s+Christmas(?:\s+[Dd]ay)?\s+and\s+(?:the\s+)?"
                            r"New\s+Year(?:['’]s(?:\s+(?:[Dd]ay|[Ee]ve))?)?\b")),
    # Only after "on" ("busy on Christmas Eve"): a holiday's name before a noun names an
    # event of some year ("the 2004 Boxing Day tsunami", "the St. Patrick's Day parade",
    # "a Halloween crowd crush" had been dated to the last such day — a review), and a
    # number after a comma is a count ("On Christmas Day, 2000 people …").
    ("holiday", re.compile(r"(?:(?<=\b[Oo]n )|(?<=\b[Oo]n St\. )|(?<=\b[Oo]n St )|"
                           r"(?<=\b[Oo]n Saint ))" + _HOLIDAY +
                           r"(?:,?\s+" + _YEAR + r"(?!\s+[a-z]))?\b")),
    # "over Easter", "at Christmas", "until New Year": as after "on", where what follows
    # shows it is no event's name (`_FEAST_ENDS`; fix 42)
    ("holiday", re.compile("(?:" + "|".join(rf"(?<=\b(?i:{word}) )" for word in _BEFORE_A_FEAST)
                           + ")" + _HOLIDAY + r"(?:,?\s+" + _YEAR + r")?" + _FEAST_ENDS)),
    # "in Ramadan", "since the start of Ramadan": a month-long or moving feast after "in" or
    # a word of its time and "of" (fix 50), as after "over"; not after any "of": "the story
    # of Passover", "the values of Eid" are about it, no time (fix 52), as "the spirit of
    # Christmas" is
    ("holiday", _IN_OR_OF_A_FEAST),
    # "on the eve of Christmas", "the eve of Easter": the day before (`_THE_EVE_OF`), as "on
    # Christmas Eve" is; they had been no date where the eve of Diwali was one (fix 53).
    # "eve of" consumed, the feast its expression (`_EXPRESSION`): any space between, as
    # the resolver's `_THE_EVE_OF` reads it ("the eve of  Christmas", two spaces as pasted
    # text has, had been no date: a lookbehind's width is fixed — review 30)
    ("holiday", re.compile(r"\b(?i:eve\s+of)\s+(?P<expr>" + _HOLIDAY + _FEAST_ENDS + ")")),
    ("holiday", _A_FEAST_S_WEEK),
    # "the Easter weekend", "the Christmas holidays": a feast's time after "the", where a
    # word of a span follows (`_FEAST_SPAN`; fix 47: they had been no date)
    ("holiday", re.compile(r"(?<=\b[Tt]he )" + _HOLIDAY + r"(?=\s+(?:weekend|holidays?|break"
                           r"|period)\b)")),
    ("range_dm", re.compile(
        r"\b(?:between|from)\s+(?:the\s+)?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:and|to|-|–)\s+"
        r"(?:the\s+)?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH
        + r"(?:,?\s+" + _YEAR + r")?", re.IGNORECASE)),
    ("range_dm", re.compile(  # "20th through 24th March" (audit 20: "through" and ordinals)
        r"\b(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-–]\s*|\s+(?:(?P<listed>and)|to|through|thru"
        r"|until|till)\s+)"
        r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH
        + r"(?:,?\s+" + _YEAR + r")?", re.IGNORECASE)),
    # (AP style's comma after the first year too: "Dec. 28, 2024, to Jan. 3, 2025": dates63)
    ("range_mdmd", re.compile(  # "from Aug. 1 to Aug. 25", "June 28-July 3, 2024"
        r"\b" + _MONTH + r"\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+"
        + _YEAR.replace("(?P<year>", "(?P<year1>")
        + r",?)?\s*(?:[-–]|to|(?P<listed>and)|until|through)"
        r"\s*" + _MONTH.replace("(?P<month>", "(?P<month2>") + r"\s+(?P<d2>[0-3]?\d)"
        r"(?:st|nd|rd|th)?\b" + _NO_FIGURE_GOES_ON + r"(?:,?\s+" + _YEAR + r")?", re.IGNORECASE)),
    # Day first: "from 5 May to 12 June", "28 June - 3 July 2024" ("The final was moved from
    # 5 May to 12 June" had been 5 May alone, its two days read apart: left by review 21);
    # "and" only after "between" ("on 5 May and 12 June" are two days)
    ("range_dmdm", re.compile(
        r"\b(?:from|between)\s+(?:the\s+)?" + _day_month_range(
            r"\s*[-–]\s*|\s+(?:to|until|till|through|thru|and)\s+"), re.IGNORECASE)),
    ("range_dmdm", re.compile(
        r"\b" + _day_month_range(r"\s*[-–]\s*|\s+(?:to|until|till|through|thru)\s+"),
        re.IGNORECASE)),
    # "from June to August", "between November and January", "from late June to early August
    # last year" (audit 22: late June alone, or no date): the months whole
    ("range_months", re.compile(
        r"\b(?:from|between)\s+(?:(?:early|mid|late)[\s-]+)?" + _MONTH + r"(?:" + _OF_ITS_YEAR
        + _YEAR.replace("(?P<year>", "(?P<year1>") + r")?\s+(?:to|until|till|through|thru|and"
        r"|-|–)\s+(?:(?:early|mid|late)[\s-]+)?" + _MONTH.replace("(?P<month>", "(?P<month2>")
        + r"(?!\s+[0-3]?\d\b)(?:" + _OF_ITS_YEAR + _YEAR
        + r"|\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year)?\b",  # ("from June of 2022 to
        # August of 2023", "between March and May of last year")
        re.IGNORECASE)),
    ("range_md", re.compile(  # "March 1st through 5th"
        r"\b" + _MONTH + r"\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:[-–]|to|(?P<listed>and)"
        r"|through|thru|until|till)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b" + _NO_FIGURE_GOES_ON
        + r"(?:,?\s+" + _YEAR + r")?",
        re.IGNORECASE)),
    # "the first week of April", "the last week of the month" (audit 20; before "of April
    # 2024" is a month and "last week" the week before publication)
    ("week_of_month", re.compile(
        r"\b(?:the\s+)?(?P<nth>first|second|third|fourth|last|final)\s+week\s+of\s+(?:"
        + _MONTH + r"(?:,?\s+" + _YEAR + r")?|(?P<mrel>the|this|next|last)\s+month)\b",
        re.IGNORECASE)),
    # A fiscal year named by the month it ends ("the year ending March 2025", "the financial
    # year to March 31, 2025", "the six months ended September 2024", "FY2025/3", "FY3/25":
    # Japanese firms' "fiscal year ending March 2025"): the twelve (six, three) months to
    # that month's end, whatever the country (dates59: "FY2025/3" had been read by Japan's
    # convention, which names a year by its start, as April 2025 to March 2026; "the year
    # ending March 2025" as March 2025). Before the fiscal labels and the months.
    ("fiscal_end", _YEAR_ENDING),
    ("fiscal_end", _YEAR_ENDING_BARE),
    ("fiscal_end", _FY_YEAR_MONTH),
    ("fiscal_end", _FY_MONTH_YEAR),
    # A fiscal year's quarter, half or whole ("Q3 FY25", "FY25 Q3", "H1 FY24", "the second
    # quarter of fiscal 2025", "fiscal 2025's second quarter", "in FY24", "financial year
    # 2023-24"; audit 32 item 6: "Q3 FY25" had been the calendar's Q3, "FY25" unread): its
    # months are those of the fiscal year the text's country keeps (`dates.fiscal_convention`,
    # `_resolve_fiscal`), none where it is unknown. Before the calendar's quarters.
    ("fiscal", re.compile(r"\b(?:Q(?P<q>[1-4])|H(?P<h>[12]))\s*(?:of\s+)?" + _FISCAL_YEAR
                          + r"(?![\w-])")),
    ("fiscal", re.compile(r"\b" + _FISCAL_YEAR
                          + r"(?:['’]s)?\s*(?:Q(?P<q>[1-4])|H(?P<h>[12]))\b")),
    ("fiscal", re.compile(r"\b(?:the\s+)?(?:(?P<nth>(?i:first|second|third|fourth))[\s-]+"
                          r"(?i:quarter)|(?P<half>(?i:first|second))\s+(?i:half))\s+of\s+"
                          r"(?:the\s+)?" + _FISCAL_YEAR + r"(?![\w-])")),
    ("fiscal", re.compile(r"\b" + _FISCAL_YEAR + r"['’]s\s+(?:(?P<nth>(?i:first|second|third"
                          r"|fourth))[\s-]+(?i:quarter)|(?P<half>(?i:first|second))\s+(?i:half))"
                          r"\b")),
    ("fiscal", _SPLIT_YEAR_S_QUARTER),
    ("fiscal", _SPLIT_YEAR),
    ("fiscal", re.compile(r"\b(?:(?i:in|during|for|of|by|until|since|through|over|from)\s+"
                          r"(?:the\s+)?)?" + _FISCAL_YEAR + r"(?![\w-])")),
    # Quarters of a year after a preposition ("in Q1 2024", "for Q3", "in the fourth quarter
    # of 2023"; not "the Audi Q3", nor a game's "third quarter", which names no year); and
    # halves named with their year ("the first half of 2024": dates63, the whole year before).
    ("quarter", re.compile(r"\b" + _QUARTER_AFTER + r"(?:the\s+)?Q(?P<q>[1-4])(?:(?:\s+|\s*[-/]"
                           r"\s*|\s+of\s+)" + _YEAR + r")?\b(?![-/.]?\d)")),
    # "H1 2025", "H2 of 2024": a calendar year's half where its year is written in full, as
    # "Q3 2023" is its quarter (dates65: no date before; "H1 FY24" is a fiscal half, above)
    ("quarter", re.compile(r"\b" + _QUARTER_AFTER + r"(?:the\s+)?H(?P<hq>[12])(?:\s+|\s*[-/]\s*"
                           r"|\s+of\s+)" + _YEAR + r"\b(?![-/.]?\d)")),
    ("quarter", re.compile(
        r"\b(?:the\s+)?(?:(?P<nth>first|second|third|fourth)[\s-]+quarter|(?P<half>first|second)"
        r"\s+half)\s+of\s+(?:" + _YEAR + r"|(?P<yrel>this|last|next)\s+year|the\s+year)\b",
        re.IGNORECASE)),
    # "in the first quarter" with no year is a company's or an economy's quarter of the
    # report's year only where the sentence speaks of results (`_a_year_s_quarter`), not a
    # game's ("scored in the third quarter"), nor a century's ("the first quarter of").
    ("quarter", re.compile(
        r"\b" + _QUARTER_AFTER + r"the\s+(?P<nth>first|second|third|fourth)[\s-]+(?P<bare>quarter)"
        r"\b(?!\s+of\b|[\s-]*finals?\b)", re.IGNORECASE)),
    # Decades: "the 1990s", "the early 1990s", "the mid-1990s" (not "the '90s": no year).
    # "the '60s" (review 20b), the last such decade begun by publication, read as "the
    # 1960s" is (not "in the 60s", a temperature or an age)
    ("decade", re.compile(
        r"\b(?:(?:in|since|during|from|until|by|of|through)\s+)?the\s+(?:(?P<part>early|mid|late)"
        r"[\s-]+)?(?:(?P<decade>(?:1[89]|20)\d0)['’]?|['’](?P<short>\d0))s\b", re.IGNORECASE)),
    ("dmy", re.compile(r"\b(?:" + _WEEKDAY_BEFORE + r"(?:the\s+)?)?" + _DAY
                       + r"\s+(?:of\s+)?" + _MONTH + _YEAR_SAID + r"?(?![\w-])",
                       re.IGNORECASE)),
    ("mdy", re.compile(r"\b(?:" + _WEEKDAY_BEFORE + r")?" + _MONTH + r"\s+" + _DAY + r"\b"
                       + _YEAR_SAID + r"?", re.IGNORECASE)),
    # "due on the 12th", "held on the 5th": the month's, by the tense (audit 20); not "on the
    # 12th floor", "the 5th anniversary" (a word after it that is no preposition or
    # conjunction), nor "the 12th of March", a day and month (above)
    # "on the twenty-first", "on the fourth day of the month" (review 20b), as "on the 4th";
    # "on the fourth of the month" too (left by review 21: no date, "of" taken for a noun's)
    # "on the evening of the 19th", "in the early hours of the 3rd" (fix 51, audit 30 item
    # 12: the publication date), as "on the 19th"; "on the weekend of the 18th and 19th" its
    # first day (dates63, once "the weekend of" stopped being the weekend gone)
    ("ordinal_day", re.compile(
        r"\b(?:(?:on|by|until|till|before|after|from|since)\s+the\s+(?:(?:early\s+|late\s+)?"
        r"(?:morning|afternoon|evening|night|weekend)\s+of\s+the\s+)?|in\s+the\s+(?:early|small)\s+"
        r"hours\s+of\s+the\s+)(?:(?P<day>[12]?\d|3[01])"
        r"(?:st|nd|rd|th)|" + _ORDINAL_WORD + r")\b(?!-)(?:\s+of\s+(?P<mrel>this|next|last)"
        r"\s+month\b|(?:\s+day)?\s+of\s+the\s+month\b)?"
        r"(?!\s+(?!" + _NO_NOUN + r"\b)[a-z])", re.IGNORECASE)),
    ("ordinal_day", _OLD_STYLE_DAY),
    ("month_year", re.compile(r"\b(?:(?:in|since|until|by|of)\s+)?" + _MONTH + _OF_ITS_YEAR
                              + _YEAR + r"\b", re.IGNORECASE)),
    ("rel_month", re.compile(r"\b(?P<rel>last|this|next|early|late|mid|earlier this|later this)"
                             r"[\s-]+" + _MONTH + _NOT_ITS_DAY, re.IGNORECASE)),
    # "from April" (from then on); "set for March", "scheduled for April" but not a bare "for
    # May", which may be a person's ("voted for May"): review 24 had them undated
    ("in_month", re.compile(r"\b(?:in|during|since|until|till|by|before|after|through|from|"
                            + _FOR_A_PLAN + r"|(?:at\s+)?the\s+(?:end|beginning|start|middle)\s+of)"
                            r"\s+(?:early\s+|late\s+|mid-?)?" + _MONTH + _NOT_ITS_DAY + r"\b"
                            r"(?:\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year\b)?", re.IGNORECASE)),
    # "the end of the month", "by the end of the year": the month, the year (as "the end of
    # February" is February; audit 20 had them dated by the publication)
    ("end_of_unit", re.compile(
        r"\b(?:(?:at|by|until|till|before|after|since|from|towards?)\s+)?the\s+(?:very\s+)?"
        r"(?:end|beginning|start|middle|rest)\s+of\s+the\s+(?P<unit>week|month|year)\b",
        re.IGNORECASE)),
    # "from Monday to Wednesday", "between Friday and Sunday": a range, read as its first
    # weekday is (audit 20: it had been that weekday alone); "Monday through Friday" too,
    # without "from" (audit 22), and "… next week" the days of that week
    # A closure's hours around each day ("from 10 p.m. Friday until 6 a.m. Monday", "from
    # 10pm on Friday to 6am on Monday", "from Friday night to Monday morning") are the same
    # range (dates63: Friday alone had been it).
    ("range_weekday", re.compile(
        r"\b(?i:from|between)\s+(?:(?P<rel>(?i:this|next|last))\s+)?(?:" + _AN_HOUR + r")?"
        + _WEEKDAY + r"(?:(?:\s+(?i:night|morning|afternoon|evening))?"
        r"\s+(?i:to|until|till|through|thru|and)\s+(?:" + _AN_HOUR
        + r")?|\s*[-–]\s*)" + _WEEKDAY.replace("(?P<weekday>", "(?P<weekday2>") + r"\b"
        + _OF_A_WEEK)),
    # "on Saturday and Sunday": two days listed, a range where they follow each other, as
    # "on 21 and 22 March" is; else the first (`_resolve_weekday_range`; dates63: the first
    # alone had been it)
    ("range_weekday", re.compile(
        r"(?<=\b(?i:on) )" + _WEEKDAY + r"\s+(?P<listed>(?i:and))\s+"
        + _WEEKDAY.replace("(?P<weekday>", "(?P<weekday2>") + r"\b" + _OF_A_WEEK)),
    ("range_weekday", re.compile(
        r"\b(?:(?P<rel>(?i:this|next|last))\s+)?" + _WEEKDAY
        + r"(?:\s+(?i:to|until|till|through|thru)\s+|\s*[-–]\s*)"
        + _WEEKDAY.replace("(?P<weekday>", "(?P<weekday2>") + r"\b" + _OF_A_WEEK)),
    # "Tuesday week", "a week on Tuesday", "a week from Tuesday": a week after the coming
    # Tuesday (British; audit 20 had it the Tuesday before); "a week last Tuesday" before it.
    ("weekday_week", re.compile(r"\b" + _WEEKDAY + r"\s+week\b")),
    ("weekday_week", re.compile(r"\b[Aa]\s+week\s+(?:(?:on|from)\s+(?:this\s+|next\s+)?"
                                r"|(?P<ago>last)\s+)" + _WEEKDAY + r"\b")),
    ("rel_weekday", re.compile(
        r"\b(?P<rel>last|this|next|this past|this coming|earlier on|later on|earlier|later|on)"
        r"\s+" + _WEEKDAY + r"\b" + _OF_A_WEEK, re.IGNORECASE)),
    ("yesterday_weekday", re.compile(r"\byesterday,?\s*\(?" + _WEEKDAY, re.IGNORECASE)),
    ("weekday", re.compile(r"\b" + _WEEKDAY + r"(?:['’]s)?\b" + _OF_A_WEEK)),
    # Counted from the story's own events (audit 24): "a day earlier", "two days later",
    # "the day before", "the previous day", "the next morning", "three days after a landslide
    # near Falkirk blocked it" (`story_offset`; dated by `dates.event_date` from the date the
    # clause or the sentences before it give). Not "the day before yesterday", "earlier than"
    ("story", re.compile(
        r"\b(?:" + _COUNT + r"\s+(?P<unit>day|week|month|year)s?|the\s+(?P<unit1>day)"
        r"(?!\s+(?:before\s+yesterday|after\s+tomorrow)\b))\s+(?P<dir>earlier|later|before|after)"
        r"\b(?!\s+than\b)", re.IGNORECASE)),
    ("story", re.compile(
        r"\bthe\s+(?P<rel>previous|following|next|same)\s+(?P<unit1>day|morning|afternoon"
        r"|evening|night)\b", re.IGNORECASE)),
    # "earlier in the day", "later that morning": the story's own day (dates65: "The council
    # met earlier in the day" had no date; `story_shift`)
    ("story", re.compile(r"\b(?P<dir>earlier|later)\s+(?:in\s+the|that)\s+(?P<sameday>day"
                         r"|morning|afternoon|evening|night)\b", re.IGNORECASE)),
    # "Within an hour", "Two hours later", "Minutes later": the day of the story's last told
    # event (`story_shift`, `_HOURS_LATER`)
    ("story", re.compile(r"\b(?P<dir>within)\s+(?:" + _COUNT + r"\s+)?(?P<unit>hour|minute)s?\b",
                         re.IGNORECASE)),
    ("story", re.compile(r"\b(?:" + _COUNT + r"\s+)?(?P<unit>hour|minute)s?\s+(?P<dir>later)\b",
                         re.IGNORECASE)),
    # "a decade ago", "two decades ago": ten years, twenty (audit 22: the publication date)
    # "a year ago today", and "a year ago this month": that month a year back (audit 25: it
    # had been this month, "this month" read alone)
    ("ago", re.compile(r"\b" + _COUNT + r"\s+(?P<unit>day|fortnight|week|month|year|decade)s?"
                       r"\s+ago(?:(?P<today>\s+today)|\s+this\s+(?P<this>week|month|weekend))?"
                       r"\b", re.IGNORECASE)),
    # "arrested two men overnight", "Overnight, storms …": the night before the report in a
    # past account, as "last night" is (`_resolve_overnight`; dates65: no date before). Only
    # the adverb: not before a noun ("an overnight stay"), nor after a word of sudden change
    # ("did not happen overnight", "became a star overnight"): `_SUDDEN_BEFORE`.
    ("day_word", re.compile(r"\b(?P<word>overnight)\b(?!\s+(?:on|into|to|from|until|till)\s+"
                            r"(?:the\s+)?(?:\d|(?:" + WEEKDAY_ALTERNATION + r")\b|"
                            + _MONTH.replace("(?P<month>", "(?:") + r"\s+\d))"
                            r"(?=\s*(?:[,.;:!?)\]—–]|$|(?:on|in|into|at"
                            r"|as|and|but|after|before|when|while|from|near|across|around|amid"
                            r"|following|outside|off|along|with)\b))", re.IGNORECASE)),
    # "within the next 48 hours", "over the coming three days": from the report's date on
    # (`_the_next_units`; dates65: no date before). Not "the following 48 hours", the story's.
    ("next_units", re.compile(r"\b(?:within|in|over|during|for|throughout)\s+the\s+(?:next"
                              r"|coming)\s+" + _COUNT + r"\s+(?P<unit>hour|day|week|month)s?\b"
                              r"(?!\s+of\b)", re.IGNORECASE)),
    ("day_word", re.compile(
        r"\b(?P<word>the day before yesterday|the day after tomorrow|yesterday|today|tonight"
        r"|tomorrow|this morning|this afternoon|this evening|last night|earlier today"
        r"|later today)\b", re.IGNORECASE)),
    # "by the weekend" too (dates60: a forecast's "would reach Gao by the weekend" had been
    # the report's day): a deadline ahead, else the weekend by the tense (`_by_the_weekend`)
    # (not "the weekend of June 14-15", whose days date it, nor "the weekend before last":
    # dates63, "on the weekend of June 14-15" in the week before had been the weekend gone)
    ("weekend", re.compile(r"\b(?:over|during|at|on|by|until|till|through)\s+the\s+weekend\b"
                           r"(?!\s+(?:of|before|after)\b)", re.IGNORECASE)),
    # "in about a week" as "in a week" (dates60: a forecast's time had been no date)
    ("in_units", re.compile(r"\b(?:in|within)\s+(?:(?:about|around|roughly|some)\s+)?" + _COUNT
                            + r"\s+(?P<unit>day|fortnight|week|month|year)s?(?:'|’)?"
                            r"(?:\s*time)?\b",
                            re.IGNORECASE)),
    # "in the new year": the coming January, or told in the past this one's
    # (`_resolve_new_year`; fix 42: it had been no date)
    ("new_year", re.compile(r"\b(?:in|into|early\s+in)\s+the\s+(?i:new)\s+(?i:year)\b"
                            r"(?!['’])")),
    # "in the past 10 days", "over the last three weeks": the span before the report (dates63:
    # no date before); not "the last two days of the festival", a part of something else
    ("past_units", re.compile(r"\b(?:in|over|during|for|within|throughout)\s+the\s+(?:past|last"
                              r"|previous)\s+" + _COUNT + r"\s+(?P<unit>day|week|month|year)s\b"
                              r"(?!\s+of\b)", re.IGNORECASE)),
    # "the week before last", "the weekend before last": the one before last week's (dates63:
    # they had been no date)
    ("before_last", re.compile(r"\bthe\s+(?P<unit>week|month|year|weekend)\s+before\s+last\b",
                               re.IGNORECASE)),
    # "so far this year", "year to date", "this month to date": from the unit's start to the
    # report (`_to_date`; dates65: the whole year, or no date)
    ("to_date", re.compile(r"\b(?:so\s+far\s+this\s+(?P<unit>week|month|year)|(?:this\s+)?"
                           r"(?P<unit2>week|month|year)[\s-]+to[\s-]+date)\b", re.IGNORECASE)),
    # "this time last year": the month a year before the report's day (dates65: the whole
    # of last year)
    ("time_last_year", re.compile(r"\b(?:this|the\s+same)\s+time\s+last\s+year\b",
                                  re.IGNORECASE)),
    # "fortnight" only after "last", "past" or "next" (the 14 days before or after: review 36,
    # item 10: "later this fortnight" had been the 14 days before)
    ("rel_unit", re.compile(r"\b(?P<rel>last|this|next|earlier this|later this|past)\s+"
                            r"(?P<unit>week|month|year|weekend"
                            r"|(?<=(?i:last|past|next)\s)fortnight(?!\s+of\b))\b",
                            re.IGNORECASE)),
    ("season", re.compile(  # "the spring of 2023", "winter 2024", "the summer of '69"
        r"\b(?:the\s+)?" + _SEASON + r"\s+(?:of\s+)?(?:"
        + _YEAR.replace("(?P<year>", "(?P<syear>") + r"\b|['’](?P<syy>\d\d)(?![\w'’]))",
        re.IGNORECASE)),
    ("season", re.compile(  # "last summer", "this autumn"
        r"\b(?P<rel>last|this|next|this past|this coming|earlier this|later this)\s+" + _SEASON
        + r"\b", re.IGNORECASE)),
    # "in the spring", "over the summer": no year, the nearest by the clause's tense
    # (`_resolve_season`); not "the summer of …", "the summer holidays", "the spring term"
    ("season", re.compile(
        r"\b(?:in|during|over|through|throughout|by|until|till|before)\s+(?P<no_year>the)\s+"
        + _SEASON + r"\b(?!\s+(?:of|months?|term|session|semester|holidays?|break|transfer"
        r"|window|season|games|olympics|solstice|equinox|collection)\b)(?![-'’])",
        re.IGNORECASE)),
    # "last season", "this season": a season of sport, not of the year (`_resolve_sport_season`)
    ("sport_season", re.compile(r"\b(?P<rel>last|this|next)\s+season\b", re.IGNORECASE)),
    # "In 2019, protests swept …"; "in mid-2023", "by late 2025" (review 24: no date), a
    # third of the year as a decade's part is
    ("year", re.compile(r"\b(?:in|since|until|by|of|during|from)\s+(?:(?P<part>early|mid|late)"
                        r"[\s-]+)?" + _YEAR + r"\b", re.IGNORECASE)),
    ("year", re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+" + _YEAR
                        + r"(?:(?=\s+[a-z]+\b)(?!\s+\w+s\b)|(?=" + _EVENT_AFTER + r"))")),
    # "the 2023 earthquake", "the 2022 floods", not "the 2000 residents" (`_EVENT_WORDS`)
]

# What something is "due to" do, a plan (`_FUTURE_VERBS`, and right before its date
# `_DUE_BEFORE`); not the "due to" of a cause ("closed due to flooding").
_DUE_VERBS = (r"meet|visit|travel|arrive|hold|begin|start|take\s+place|take|speak|attend|open"
              r"|reopen|resume|close|end|finish|sit|vote|play|race|land|launch|go\s+ahead")
_FUTURE_VERBS = re.compile(
    r"\b(?:will|'ll|shall|is|are|was|were)\s+(?:also\s+|still\s+|now\s+|\w+ly\s+)?"
    r"(?:due|set|scheduled|expected|going|slated|poised|planned)\s+to\b"
    r"|\bwill\b|\bwon't\b|\b\w+'ll\b|\bplans? to\b|\bintends? to\b|\bis to\b"
    r"|\bare to\b"
    # "the trial is set for Monday", "is slated for Monday" (the nearer Monday, or the one gone
    # by — audit 19; not "was set for Monday but postponed" — a review), any word of plans:
    # "is pencilled in for June"
    r"|\b(?:is|are|'s|’s)\s+(?:now\s+)?(?:" + "|".join(_PLAN_WORDS) + r")\s+for\b"
    r"|\bdue\s+to\s+(?:" + _DUE_VERBS + r")\b"
    # "snow is expected on Friday", "a march is planned this Tuesday": what is still to come
    # (not "it is likely that …" nor "is likely to have …", which judge the past; nor
    # "likely" and "possible" at all: "a suspect arrested on Monday is likely to be charged",
    # "it is possible the fire started on Monday" judge a past event — a review)
    r"|\b(?:is|are|'s)\s+(?:also\s+|still\s+|now\s+|\w+ly\s+)?(?:expected|planned"
    r"|scheduled|forecast|possible(?=\s+(?:on|this|later|by)\b))\b"
    r"(?!\s+(?:that|to\s+have)\b)",  # ("more snow is possible on Friday" still looks ahead)
    re.IGNORECASE,
)
# The modal verbs that look ahead from when they are said, one list for every rule that asks
# for a modal (`_LOOKS_AHEAD`, `_PUT_OFF_AHEAD`, `_AHEAD`, `_AHEAD_OF_THE_WEEKEND`; review 24,
# part 2 A2: each had spelt its own, "must" in two, "shall" in two, "should" in three): "may"
# only in lower case, since "May" is the month ("was shut in May and stayed closed until
# Thursday"). `_MAY` (what may be, not what would have been) and `_WOULD` (reported speech)
# keep guards of their own.
_MODALS_AHEAD = r"(?:will|shall|would|could|might|(?-i:may)|must|should)"
A_MODAL_AHEAD = re.compile(r"\b" + _MODALS_AHEAD + r"\b", re.IGNORECASE)
# Words that look ahead without a verb's tense: "the next day", "ahead of the vote", "the
# upcoming election", "tomorrow's talks", "a scheduled flight". They often belong to another
# phrase than the clause's verb, so they decide only where no verb is told in the past: "He
# was arrested in Leeds on Saturday and charged the next day" in Tuesday's paper had been
# the coming Saturday (review 24), as "later" is read (`_LATER`).
_FUTURE_ADVERBS = re.compile(r"\b(?:scheduled|upcoming|ahead of|next|tomorrow)\b", re.IGNORECASE)
_FUTURE = re.compile(_FUTURE_VERBS.pattern + "|" + _FUTURE_ADVERBS.pattern, re.IGNORECASE)
# (The irregular past forms, `IRREGULAR_PAST` and `PAST_FORMS`, are `past_forms`'.)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|earlier|ago|yesterday|last|previously|already"
    r"|" + PAST_FORMS + r")\b"
    r"|(?<![-\w])\w{3,}ed\b",  # not "Ukraine-related"
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TimeExpression:
    """A time expression found in text, not yet resolved."""

    start: int
    end: int
    text: str
    kind: str
    groups: dict


# What each pattern needs in a stretch of text before it can match there: a necessary
# condition only. A stretch without it is skipped and one with it is scanned in full, so
# gating never changes what is found, only how fast. Needs are bits (plain ints: fast to test).
ISO, YEAR, WEEKDAY, YESTERDAY, DAY_WORD, WEEKEND, UNIT, AGO, MONTH, SEASON, HOLIDAY, \
    QUARTER, ORDINAL, STORY, FEAST, FIGURES, FISCAL, WEEK, SLASH, AHEAD = \
    (1 << i for i in range(20))
_KEYWORD_BITS = {"yesterday": YESTERDAY | DAY_WORD, "weekend": WEEKEND | UNIT, "ago": AGO,
                 **dict.fromkeys((name.lower() for name in WEEKDAYS_IN_FULL), WEEKDAY),
                 **dict.fromkeys(("today", "tonight", "tomorrow", "morning", "afternoon",
                                  "evening", "night"), DAY_WORD),
                 **dict.fromkeys(("day", "fortnight", "month", "year"), UNIT), "week": UNIT | WEEK,
                 **dict.fromkeys(("spring", "summer", "autumn", "fall", "winter", "season"),
                                 SEASON),
                 **dict.fromkeys(("q1", "q2", "q3", "q4", "quarter", "half", "h1", "h2"),
                                 QUARTER),
                 **dict.fromkeys(("fy", "fiscal", "financial year"), FISCAL),
                 **dict.fromkeys(("fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                                  "tenth", "eleventh", "twelfth", "teenth", "twentieth",
                                  "twenty", "thirtieth", "thirty"), ORDINAL),
                 **dict.fromkeys(("earlier", "later", "before", "after", "previous",
                                  "following", "same", "within"), STORY),
                 "next": STORY | AHEAD, "coming": AHEAD}
_NEEDS = {"iso": ISO, "range_year": YEAR, "holiday": HOLIDAY, "range_dm": MONTH,
          "range_months": MONTH,
          "range_md": MONTH, "range_mdmd": MONTH, "range_dmdm": MONTH, "season": SEASON,
          "sport_season": SEASON,
          "dmy": MONTH, "mdy": MONTH,
          "month_year": MONTH | YEAR, "rel_month": MONTH, "in_month": MONTH,
          "rel_weekday": WEEKDAY, "yesterday_weekday": YESTERDAY | WEEKDAY, "weekday": WEEKDAY,
          "ago": AGO, "day_word": DAY_WORD, "weekend": WEEKEND, "in_units": UNIT,
          "new_year": UNIT,
          "rel_unit": UNIT, "before_last": UNIT, "past_units": UNIT, "year": YEAR,
          "week_of_month": UNIT, "quarter": QUARTER,
          "decade": YEAR, "end_of_unit": UNIT, "range_weekday": WEEKDAY,
          "weekday_week": WEEKDAY | UNIT, "ordinal_day": ORDINAL, "story": STORY,
          "numeric": FIGURES, "day_month": SLASH, "fiscal": FISCAL, "iso_week": YEAR,
          "fiscal_end": MONTH | YEAR, "next_units": AHEAD, "twixtmas": HOLIDAY,
          "to_date": UNIT, "time_last_year": UNIT}
# A pattern that needs more than its kind's: the feasts of other calendars after "in" or "of"
# (fix 52): its look-behind gives `re` no literal to skip to, so it ran over every stretch
# a holiday's first word flags ("New York", "Good"), 7 % of the scan's time for a few hits;
# it now runs only where a feast's own first word is (FEAST: `_FEAST_STARTS`).
# (By id: a compiled pattern's hash is worked out from its code at every call.)
_PATTERN_NEEDS: dict[int, int] = {id(_IN_OR_OF_A_FEAST): FEAST, id(_A_FEAST_S_WEEK): FEAST,
                                  id(_SPLIT_YEAR_S_QUARTER): QUARTER, id(_BARE_ISO_WEEK): WEEK,
                                  id(_SPLIT_YEAR): YEAR,
                                  id(_WEEK_OF_A_YEAR): WEEK | YEAR,
                                  id(_FY_YEAR_MONTH): FISCAL | YEAR, id(_FY_MONTH_YEAR): FISCAL,
                                  id(_YEAR_ENDING_BARE): MONTH}
_PERIOD_ENDS = (_YEAR_ENDING, _YEAR_ENDING_BARE)


# Each pattern is searched from its first letters (`_first_letters`): one that opens with "\b"
# or a look-behind gives `re` no character to skip ahead to, so it tried the whole pattern
# at every character of every stretch a keyword flags. Measured over the stretches of 500
# bench articles: the holidays' after a preposition 21.2 -> 4.6 ms, in_month 27.4 -> 14.5,
# mdy 25.9 -> 15.7, story 22.2 -> 14.2, range_md 15.1 -> 9.6; none slower by over 1 ms.
def _first_chars(items, ignore_case: bool) -> tuple[set[str] | None, bool]:
    """The characters a parsed pattern's sequence `items` can open with, both cases of a letter
    where `re` ignores case there (None where that is not worked out here: a class by
    category, a negation, a back-reference), and whether it can match the empty string.
    Assertions are zero-width: the chars after them count."""
    chars: set[str] = set()
    for op, av in items:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue
        if op is _sre.LITERAL:
            return chars | _cases({chr(av)}, ignore_case), False
        if op is _sre.IN:
            found = _class_chars(av)
            return (None if found is None else chars | _cases(found, ignore_case)), False
        if op is _sre.SUBPATTERN:
            _, added, removed, sub = av
            found, empty = _first_chars(sub.data, bool(
                (ignore_case or added & re.IGNORECASE) and not removed & re.IGNORECASE))
        elif op is _sre.BRANCH:
            found, empty = set(), False
            for branch in av[1]:
                branch_chars, branch_empty = _first_chars(branch.data, ignore_case)
                if branch_chars is None:
                    return None, False
                found |= branch_chars
                empty = empty or branch_empty
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            found, empty = _first_chars(av[2].data, ignore_case)
            empty = empty or av[0] == 0
        else:
            return None, False
        if found is None:
            return None, False
        chars |= found
        if not empty:
            return chars, False
    return chars, True


def _cases(chars: set[str], ignore_case: bool) -> set[str]:
    """The characters, and where case is ignored their other ASCII cases (the non-ASCII
    characters ignore-case also folds, "K", "ſ", "İ", `_first_letters` takes all of)."""
    return {form for char in chars for form in (char, char.lower(), char.upper())} \
        if ignore_case else chars


def _class_chars(items) -> set[str] | None:
    """The characters of a parsed character class (None for one not worked out here)."""
    chars: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            chars.add(chr(av))
        elif op is _sre.RANGE and av[1] - av[0] < 128:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        elif op is _sre.CATEGORY and av is _sre.CATEGORY_DIGIT:
            chars.update("0123456789")
        else:
            return None
    return chars


def _first_letters(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern matching one character at each offset where `pattern` may start a match: the
    ASCII characters it can open with (in both cases where it ignores case), and every
    non-ASCII character (a case of "k", "s" or "i" among them: `re`'s ignore-case folds "K",
    "ſ" and "İ" so); where `pattern` opens with "\\b" before a word's character, only at a
    word's start. `re` skips ahead to such a class, as it cannot to "\\b". None where the
    first characters are not worked out (see `_first_chars`) or the pattern can match the
    empty string."""
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
        chars, empty = _first_chars(parsed.data, bool(pattern.flags & re.IGNORECASE))
    except (AttributeError, TypeError, ValueError):  # (another Python's parser)
        return None
    if chars is None or empty or not all(char.isascii() for char in chars):
        return None
    # (as the ASCII characters it cannot open with, left out: a class spelt with the range
    # of every non-ASCII character took `re` a fifth of a second to compile at each start)
    opening = "[^" + "".join(re.escape(chr(c)) for c in range(128) if chr(c) not in chars) + "]"
    if parsed.data[0] == (_sre.AT, _sre.AT_BOUNDARY) and all(
            char.isalnum() or char == "_" for char in chars):
        opening += r"(?<!\w(?s:.))"  # (the character before is no word's)
    return re.compile(opening)


# A match's opening two characters, where they are worked out: a first letter alone let
# through 289,000 offsets for 3,900 matches over 500 bench articles' stretches ("i" for every
# "in", "t" for every "the", a digit for every figure), each a pattern's full match tried
# from Python; the letter after it rules most out in `re`, as the scan goes.
_OPENING = 2
_ANY = None  # (in an opening: any character)


def _first_two_letters(pattern: re.Pattern[str], first: re.Pattern[str]) -> re.Pattern[str]:
    """`first` (`_first_letters`), and after its character a look-ahead for the characters
    `pattern` can go on with after it (`_second_letters`), where they are worked out."""
    return re.compile(first.pattern + _second_letters(
        _sre_parse.parse(pattern.pattern, pattern.flags).data, pattern.flags))


def _second_letters(items, flags: int) -> str:
    """A look-ahead after a pattern's first character: the characters the parsed pattern
    `items` can go on with after it (`_openings`), each class written as the ASCII
    characters it leaves out (every non-ASCII one may be a fold of a letter, as for the
    first), and nothing to ask after a non-ASCII first character; "" where no second
    character is worked out."""
    openings = _openings(items, bool(flags & re.IGNORECASE))
    if openings is None:
        return ""
    after: dict[str, set[str] | None] = {}
    for opening in openings:
        if not opening or opening[0] is _ANY or not opening[0].isascii():
            return ""
        second = opening[1] if len(opening) > 1 else _ANY
        if second is _ANY or after.get(opening[0], set()) is None:
            after[opening[0]] = None
        else:
            after.setdefault(opening[0], set()).add(second)
    if all(second is None for second in after.values()):
        return ""
    by_second: dict[frozenset[str] | None, list[str]] = {}
    for first, second in after.items():
        by_second.setdefault(None if second is None else frozenset(second), []).append(first)
    branches = [r"(?<=[^\x00-\x7f])"]
    for second, firsts in sorted(by_second.items(), key=lambda item: sorted(item[1])):
        behind = "(?<=[" + "".join(map(re.escape, sorted(firsts))) + "])"
        branches.append(behind if second is None else behind + "[^" + "".join(
            re.escape(chr(c)) for c in range(128) if chr(c) not in second) + "]")
    return "(?=" + "|".join(branches) + ")"


def _openings(items, ignore_case: bool) -> set[tuple] | None:
    """The first `_OPENING` characters a parsed pattern's sequence `items` can open with, as
    tuples (`_ANY` for a character not worked out; shorter where a match may end there),
    both cases of a letter where `re` ignores case there; None where a part is not worked
    out (a back-reference). Assertions are zero-width."""
    found: set[tuple] = {()}
    for op, av in items:
        if all(len(opening) >= _OPENING for opening in found):
            break
        item = _item_openings(op, av, ignore_case)
        if item is None:
            return None
        found = _then(found, item)
    return found


def _then(heads: set[tuple], tails: set[tuple]) -> set[tuple]:
    """Each opening of `heads` followed by each of `tails`, cut to `_OPENING` characters."""
    return {head if len(head) >= _OPENING else (head + tail)[:_OPENING]
            for head in heads for tail in tails}


def _item_openings(op, av, ignore_case: bool) -> set[tuple] | None:
    """`_openings` of one parsed item."""
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return {()}
    if op is _sre.LITERAL:
        return {(char,) for char in _cases({chr(av)}, ignore_case)}
    if op in (_sre.NOT_LITERAL, _sre.ANY):
        return {(_ANY,)}
    if op is _sre.IN:
        chars = _class_chars(av)
        return {(_ANY,)} if chars is None else {(char,) for char in _cases(chars, ignore_case)}
    if op is _sre.SUBPATTERN:
        _, added, removed, sub = av
        return _openings(sub.data, bool((ignore_case or added & re.IGNORECASE)
                                        and not removed & re.IGNORECASE))
    if op is _sre.BRANCH:
        found: set[tuple] = set()
        for branch in av[1]:
            if (openings := _openings(branch.data, ignore_case)) is None:
                return None
            found |= openings
        return found
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        least, most, sub = av
        once = _openings(sub.data, ignore_case)
        if once is None:
            return None
        # (the openings of n repeats are those of two for every n from two on)
        repeats = [{()}, once, _then(once, once)]
        return set().union(*(repeats[n] for n in range(min(least, _OPENING),
                                                       min(most, _OPENING) + 1)))
    return None


def _matches_from_first_letters(pattern: re.Pattern[str], first: re.Pattern[str], text: str,
                                start: int, end: int) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, start, end)`'s matches (left to right, none overlapping),
    tried only where `first` finds a character a match can open with."""
    last_end = start
    for opening in first.finditer(text, start, end):
        at = opening.start()
        if at < last_end:
            continue
        match = pattern.match(text, at, end)
        if match is not None:
            last_end = match.end()
            yield match


# Each pattern's `_first_letters`, with the letter after it (`_first_two_letters`), by id.
_FIRST_LETTERS: dict[int, re.Pattern[str]] = {
    id(pattern): _first_two_letters(pattern, first) for _, pattern in _PATTERNS
    if (first := _first_letters(pattern)) is not None}


def literal_trie(words: Iterable[str]) -> str:
    """The words as one pattern whose alternatives share their prefixes ("mo(?:n(?:day|th)
    |rning)"), each longer continuation tried before a word ends: at each position it matches
    the longest word there, as the words' alternation longest first does, and finds the same
    matches. `re` tries an alternation's words one by one at every position that starts
    one, the trie a letter at a time: the keyword scan took 2.5 times as long."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # (a word ends here)
    return _trie_pattern(tree)


def _trie_pattern(node: dict) -> str:
    """`literal_trie`'s pattern of the words below `node`."""
    branches = [re.escape(char) + _trie_pattern(node[char]) for char in sorted(node) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


# Four scans find them: keywords in the lower-cased text (plain literals in a trie, so `re`
# skips ahead to their first letters and tries a letter at a time; named groups would make
# it try every position), numbers, capitalised months (the month patterns keep only those)
# and holidays.
_KEYWORDS = re.compile(literal_trie(_KEYWORD_BITS))
_NUMBER = re.compile(r"\d\d*(?P<iso>-\d\d-\d\d)?(?:(?P<ordinal>(?i:st|nd|rd|th)"
                     r"|d(?=\s+(?i:inst|ult|prox)))"
                     r"|(?P<s>s))?(?P<figures>(?=[/.]\d))?")
_CAPITALISED_MONTH = re.compile(
    r"J(?i:an|un|ul)|F(?i:eb)|M(?i:ar|ay)|A(?i:pr|ug)|S(?i:ep)|O(?i:ct)|N(?i:ov)|D(?i:ec)")
def _first_words(spellings: dict[str, tuple[str, ...]]) -> list[str]:
    """The first words of the spellings, but those another of them begins ("Bakr" for
    "Bakra"): what a scan for where they may start needs."""
    words = {spelling.split()[0] for names in spellings.values() for spelling in names}
    return sorted(word for word in words
                  if not any(word != other and word.startswith(other) for other in words))


_FEAST_STARTS = frozenset(_first_words(feast_calendars.SPELLINGS))
# A holiday's first word, as `_HOLIDAY` spells it (capitalised: a scan of its own, as a
# lower-case keyword would stop the keyword scan at every "c", "b", "p" or "v").
_HOLIDAY_START = re.compile(r"Christmas|Boxing|New|Valentine|Hallowe|Patrick|Bastille|Canada"
                            r"|Australia|Anzac|Armistice|Remembrance|Veterans|Juneteenth|Guy"
                            r"|Bonfire|Fourth|Easter|Good|Thanksgiving|Independence|Hogmanay"
                            r"|Labor|Memorial|Presidents|Martin|MLK|"
                            + "|".join(map(re.escape, _FEAST_STARTS)))
# Stretches are cut at characters no pattern consumes, so no expression crosses a cut: ; : ! ?
# quotes, and a full stop unless it ends a month abbreviation ("Jan. 5" is one expression).
# Both scans open with a character class (a full stop's space asked after it; "\d\d*", not
# "\d+"), to which `re` skips ahead: opening with an alternation or a repeat, they had been
# tried at every character (17 -> 9 and 23 -> 16 ms over a 500-article ingest's texts).
_CUT = re.compile(r"[;:!?\"“”.](?:(?<=\.)(?=\s)|(?<!\.))")
_MONTH_BEFORE_STOP = re.compile(r"(?:" + _MONTH[len("(?P<month>"):_MONTH.index(")")]
                                + r")$", re.IGNORECASE)
# (nor one ending "a.m." or "p.m.", which a range of days may hold: `_AN_HOUR`)
_A_CLOCK_S_STOP = re.compile(r"\b[ap]\.m$", re.IGNORECASE)
EVERYWHERE = -1  # all bits: every pattern may match


def _stretches(text: str) -> list[tuple[int, int, int]]:
    """(start, end, bits of the keywords in it) for the stretches between cuts."""
    bounds = [0]
    for cut in _CUT.finditer(text):
        at = cut.start()
        if text[at] == "." and (_MONTH_BEFORE_STOP.search(text, max(0, at - 9), at)
                                or _A_CLOCK_S_STOP.search(text, max(0, at - 4), at)):
            continue
        bounds.append(at)
    bounds.append(len(text))
    lower = text.lower()
    if len(lower) != len(text):  # lower() changed the length (rare letters like "İ")
        return [(0, len(text), EVERYWHERE)]
    bits = [0] * len(bounds)
    for match in _KEYWORDS.finditer(lower):
        bits[bisect_right(bounds, match.start()) - 1] |= _KEYWORD_BITS[match.group()]
    for match in _NUMBER.finditer(text):  # (a run of digits at a time: not one per digit)
        found = ORDINAL if match.group("ordinal") else 0
        digits = match.end(0) - match.start(0) - len(match.group("iso") or "") - len(
            match.group("ordinal") or match.group("s") or "")
        if digits >= 4 or (digits == 2 and match.group("s") and match.start() > 0
                           and text[match.start() - 1] in "'’"):
            found |= ISO | YEAR if match.group("iso") else YEAR  # (a year, or "the '60s")
        if match.group("iso") or match.group("figures") is not None:
            found |= FIGURES
        if match.group("figures") is not None and text[match.end()] == "/":
            found |= SLASH  # (day_month's: a decimal, "3.5%", is no day and month)
        if found:
            bits[bisect_right(bounds, match.start()) - 1] |= found
    for match in _CAPITALISED_MONTH.finditer(text):
        bits[bisect_right(bounds, match.start()) - 1] |= MONTH
    for match in _HOLIDAY_START.finditer(text):
        bits[bisect_right(bounds, match.start()) - 1] |= HOLIDAY | FEAST \
            if match.group() in _FEAST_STARTS else HOLIDAY
    return [(s, e, b) for s, e, b in zip(bounds, bounds[1:], bits) if e > s]


# A weekday after "weekly", "every" or "each" ("weekly Monday marches", "every Friday") is a
# habit's, no day: "In Leipzig, weekly Monday marches have grown since September" had been
# dated the coming Monday, its "since September" passed over (audit 37, item 11).
_A_WEEKLY_DAY = re.compile(r"\b(?:weekly|every|each)\s+$", re.IGNORECASE)


def find_expressions(text: str) -> list[TimeExpression]:
    """All non-overlapping time expressions, leftmost-longest by pattern order.

    Each pattern scans only the stretches that contain what it needs (see `_NEEDS`): five
    times faster on 3 KB news articles (0.5 ms, not 2.5) than every pattern on all the text.
    """
    return _find(text, _stretches(text))


# A pattern's group of this name is its expression, the words matched before it its context
# only ("eve of" before a feast): a lookbehind cannot take a run of spaces of any width.
_EXPRESSION = "expr"


def _expression_span(match: re.Match[str]) -> tuple[int, int]:
    """The span of a match's expression: its `_EXPRESSION` group's where it has one."""
    return match.span(_EXPRESSION) if _EXPRESSION in match.re.groupindex else match.span()


def _find(text: str, stretches: list[tuple[int, int, int]]) -> list[TimeExpression]:
    """`find_expressions` over the given stretches, each with the bits of its keywords. A
    match is checked against the spans earlier patterns took (`SpanIndex`); a pattern's own
    matches never overlap (disjoint stretches, `finditer`)."""
    spans: list[tuple[int, int]] = []
    taken = SpanIndex(spans)
    found: list[TimeExpression] = []
    present = 0  # the bits of all stretches: a pattern none can match is not looped over
    for _, _, bits in stretches:
        present |= bits
    # The stretches holding each set of needs, picked once for the patterns sharing it
    # (looping over every stretch for every pattern had been a seventh of the scan's time).
    holding: dict[int, list[tuple[int, int]]] = {}
    for kind, pattern in _PATTERNS:
        needs = _PATTERN_NEEDS.get(id(pattern)) or _NEEDS[kind]
        if present & needs != needs:
            continue
        if (where := holding.get(needs)) is None:
            where = holding[needs] = [(start, end) for start, end, bits in stretches
                                      if bits & needs == needs]
        new: list[tuple[int, int]] = []
        first = _FIRST_LETTERS.get(id(pattern))
        for start, end in where:
            for match in (pattern.finditer(text, start, end) if first is None else
                          _matches_from_first_letters(pattern, first, text, start, end)):
                span = _expression_span(match)
                if taken.overlaps(*span):
                    continue
                groups = {k: v for k, v in match.groupdict().items()
                          if v is not None and k != _EXPRESSION}
                if kind == "iso_week" and "year" not in groups and (
                        not _WEEK_CUE.search(text, max(0, span[0] - 7), span[0])
                        or _a_sport_s_week(text, match)):
                    continue
                if kind == "numeric" and not (_figures_a_day(groups)
                                              and _DAY_CUE.search(text, max(0, span[0] - 9),
                                                                  span[0])):
                    continue
                if kind == "weekday" and _A_WEEKLY_DAY.search(text, max(0, span[0] - 12),
                                                              span[0]):
                    continue
                if pattern is _SPLIT_YEAR and (int(groups["fy"]) + 1) % 100 != int(groups["fy2"]):
                    continue
                if pattern is _SPLIT_YEAR and _SPORT_S_YEAR.search(_sentence_near(text, *span)):
                    groups["kept"] = ""
                if pattern in _FY_BY_ITS_END and _a_split_year(pattern, groups):
                    continue
                if pattern in _PERIOD_ENDS and not _a_period_s_end(text, match):
                    continue
                if kind == "day_month" and not _a_day_and_month(text, match, groups):
                    continue
                if kind in {"dmy", "mdy"} and not _plausible_day(groups):
                    continue
                if kind == "year" and _not_a_year(text, match):
                    continue
                if "bare" in groups and not _a_year_s_quarter(text, match):
                    continue
                if kind == "range_year" and _not_years(text, match):
                    continue
                if kind == "holiday" and not _a_feast_s_day(text, match):
                    continue
                if kind == "to_date" and _no_time_to_date(text, match):
                    continue
                if kind == "holiday" and (canada := _canadian(text, match)):
                    groups["canada"] = canada
                if kind == "month_year" and _an_event_s_name(text, match):
                    continue
                if kind == "in_month" and _may_a_person_s(text, match):
                    continue
                if kind in _TWO_MONTH_KINDS and _no_span(groups):
                    continue
                if "listed" in groups and _BETWEEN_BEFORE.search(text, max(0, span[0] - 9),
                                                                 span[0]):
                    del groups["listed"]  # "between September 2 and 12": a range
                if kind == "ordinal_day" and _ORDINALS_BEFORE_A_NOUN.match(text, span[1]):
                    continue
                if kind == "ordinal_day" and _of_a_habit(text, match):
                    continue
                if kind == "ordinal_day" and _ORDINAL_WORDS.get(
                        " ".join(groups.get("word", "fourth").lower().replace("-", " ").split())
                        ) is None:
                    continue
                if not (groups.get("month", "M")[0].isupper()
                        and groups.get("month2", "M")[0].isupper()):
                    continue  # "may", "march" as ordinary words
                new.append(span)
                found.append(TimeExpression(span[0], span[1], text[span[0]:span[1]], kind,
                                            groups))
        if new:
            spans += new
            taken = SpanIndex(spans)
    return sorted(found, key=lambda e: e.start)


# Two days joined by "and" name two days, not the span between them, unless "between" comes
# before ("between 2 and 12 September"): "Floods hit Gao on September 2 and 12", "on 2 and
# 12 September", "on Aug. 1 and Aug. 25" had been eleven days and more (dates62). Their
# first day dates the clause, as "on 5 May and 12 June" and "on Monday and Tuesday" do
# (one date a mention); a range is kept for "-", "to", "through", "until", and for two days
# in a row, which are the range ("meets on 21 and 22 March"; as two years a year apart are).
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def _the_first_listed(guess: DateGuess | None, g: dict) -> DateGuess | None:
    """A range of two listed days (`listed` in its groups: `_BETWEEN_BEFORE`) as its first day;
    else the range as it is."""
    if guess is None or guess.date is None or "listed" not in g \
            or guess.end == guess.date + dt.timedelta(days=1):
        return guess
    return replace(guess, end=None, precision="day",
                   evidence=f"{guess.evidence} (two days listed: the first)")


# A quarter with no year ("in the third quarter") is the year's where the sentence speaks of
# a company's or an economy's results: "Revenue in Xville rose 4% in the third quarter" had
# been no date. A game's quarter names none ("Xville scored twice in the third quarter"),
# nor a fiscal year's, whose quarters are not the calendar's; where the sentence says
# neither, it is left undated.
_RESULTS = re.compile(
    r"\b(?:results|earnings|revenues?|profits?|sales|turnover|GDP|gross\s+domestic|economy"
    r"|economic|output|growth|margins?|income|dividends?|deliveries|shipments|bookings"
    r"|losses|net\s+loss|operating\s+loss|pre-tax|year-on-year|year-over-year|quarterly"
    r"|inflation|unemployment|production|prices|exports|imports)\b", re.IGNORECASE)
_NOT_THE_YEAR_S = re.compile(
    r"\b(?:fiscal|financial\s+year|scor(?:ed|es|ing|e)|goals?|touchdowns?|baskets?|rebounds?"
    r"|three-pointers?|interceptions?|quarterbacks?|fumbled?|free\s+throws?|field\s+goals?"
    r"|half-?time|overtime|buzzer|tip-off|innings|(?<!percentage\s)(?<!basis\s)points?"
    r"|game|match|periods?|led|trailed|lead|deficit|comeback)\b", re.IGNORECASE)
SENTENCE_REACH = 300  # characters either side of a bare quarter read for its sentence


def _sentence_near(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end] (`text.split_sentences`), read no further than
    `SENTENCE_REACH` either side: a pattern is matched over the whole text. A cut at every
    ". " had ended "… across the U.S. on Independence Day" after "U.S." (and "Dr. Smith"
    after "Dr."), so the feast's sentence named no United States."""
    low = max(0, start - SENTENCE_REACH)
    window = text[low:min(len(text), end + SENTENCE_REACH)]
    for left, right in split_sentences(window):  # (not cached: a window is read once)
        if left <= start - low < right or (start - low < left):
            return window[min(left, start - low):max(right, end - low)]
    return window


_FEAST_END = re.compile(_FEAST_ENDS)
_A_WEEK = re.compile(r"\s+week\b")
# Names that, even after "on", may name a thing rather than a day ("spent on Christmas gifts").
_BARE_FEASTS = frozenset({"christmas", "easter", "thanksgiving", "new year", "new years",
                          "hogmanay"}) | feast_calendars.FEASTS
# "Independence Day" is the 4th of July only where the sentence speaks of the United States:
# India's, Pakistan's, Ukraine's … fall on other days.
# "U.S." is matched to its last full stop, with no word boundary after it: "\bU\.S\.\b"
# had wanted a letter after the stop, so "the U.S. coast" (and "U. S.", "U.S.A.") named no
# United States and a dateline's "04/05/2024" beside it was read day first.
_AMERICA = re.compile(r"\b(?:U\.\s?S\.(?:\s?A\.)?(?!\w)|(?:US|USA|United\s+States"
                      r"|America|Americans?)\b)")


def holiday_key(name: str) -> str:
    """A holiday's name as `HOLIDAYS` and `MOVEABLE_FEASTS` spell it: "New Year's Day" is
    "new years day", "the Fourth of July" "fourth of july"; a feast of another calendar as
    `feast_calendars.feast_of` names it ("Eid ul-Fitr" is "eid al-fitr")."""
    words = re.sub(r"['’]", "", name.lower()).split()
    key = " ".join(words[1:] if words[:1] == ["the"] else words)
    return feast_calendars.feast_of(key) or key


_CANADA = re.compile(r"\b(?:Canada|Canadians?|Ottawa|Toronto|Montr[eé]al|Vancouver|Calgary"
                     r"|Edmonton|Winnipeg|Ontario|Qu[eé]bec|Alberta|Manitoba|Saskatchewan"
                     r"|Nova\s+Scotia|British\s+Columbia)\b")


# Canada's only where the article is Canadian as a whole (fix 49, review 27 item 3): in
# Saturday 30 November 2024's paper "Shoppers in Xville, Ontario, California crowded malls over
# the Thanksgiving weekend" and, in a story datelined "BUFFALO, N.Y.", "Canadian shoppers
# crossed to Xville over the Thanksgiving weekend" had been 12-14 October, a sentence's cue of
# Canada outweighing the United States beside it. A state of the United States, written out or
# as AP spells it in a dateline ("N.Y.", "Calif."), or the country itself, anywhere in the text
# now keeps the United States' (`_US_PLACES`, with `_AMERICA`).
_US_PLACES = re.compile(
    r"\b(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida"
    r"|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland"
    r"|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada"
    r"|New\s+Hampshire|New\s+Jersey|New\s+Mexico|New\s+York|North\s+Carolina|North\s+Dakota"
    r"|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|South\s+Carolina|South\s+Dakota"
    r"|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West\s+Virginia|Wisconsin|Wyoming)\b"
    r"|(?<![\w.])(?:" + "|".join(re.escape(a) for abbreviations in AP_STATE_ABBREVIATIONS.values()
                                 for a in abbreviations) + r")(?=[\s,]|$)")


def names_the_united_states(text: str) -> bool:
    """Whether `text` names the United States or one of its states ("DALLAS, Texas",
    "Dallas, Tex."): a dateline's figures there are written month first (`dates`)."""
    return bool(_AMERICA.search(text) or _US_PLACES.search(text))


# Where its sentence names no Canadian place ("Canadian shoppers crossed to Xville", or no cue
# but the article's), Canadians may keep the United States' feast too: of the two, the one
# nearer the publication date by the tense (`NEARER_THANKSGIVING`), as a feast with no year
# is read: 28 November-1 December in that paper, 12-14 October in one of 16 October.
NEARER_THANKSGIVING = "nearer"
_CANADIANS = re.compile(r"\bCanadians?\b")


def _canadian(text: str, match: re.Match) -> str | None:
    """Whether a Thanksgiving at `match` is Canada's: "Canada" where the article speaks of
    Canada (`_CANADA`) and nowhere of the United States or its states (`_AMERICA`,
    `_US_PLACES`) and its sentence names a Canadian place; `NEARER_THANKSGIVING` where only
    Canadians or the article do; else None."""
    if not holiday_key(match["holiday"]).startswith("thanksgiving") \
            or not _CANADA.search(text) or _AMERICA.search(text) or _US_PLACES.search(text):
        return None
    sentence = _CANADIANS.sub("", _sentence_near(text, *match.span()))
    return "Canada" if _CANADA.search(sentence) else NEARER_THANKSGIVING


# Feasts the United States shares a name with other countries that keep them on other days:
# Memorial Day is Israel's Yom HaZikaron and South Korea's 6 June, Presidents' Day
# Botswana's in July (review 36, item 2: "Sirens sounded across Jerusalem on Memorial Day"
# had been the last Monday of May). Read only where the article names the United States or
# one of its states (`names_the_united_states`). Martin Luther King Day, Labor Day (Canada's
# Labour Day is the same Monday; others spell it "Labour") are read anywhere.
_US_NAMED_FEASTS = frozenset({"memorial day", "presidents day"})


def _a_feast_s_day(text: str, match: re.Match) -> bool:
    """Whether a holiday's name names its day: a bare one only before what shows it is no
    event's name ("on Christmas gifts" is none), Independence Day only the United States',
    and Memorial and Presidents' Day only in an article of the United States
    (`_US_NAMED_FEASTS`)."""
    key = holiday_key(match["holiday"])
    if key in _BARE_FEASTS and not _FEAST_END.match(text, match.end()) and not (
            key in feast_calendars.FEASTS and _A_WEEK.match(text, match.end())):
        return False  # ("Diwali week", another calendar's feast's days: fix 53)
    if key in _US_NAMED_FEASTS and not names_the_united_states(text):
        return False
    return key != "independence day" or \
        _AMERICA.search(_sentence_near(text, *match.span())) is not None


# "year to date" that is no span to the report (review 36, item 1): a superlative's "on
# record" ("the hottest year to date", "the busiest month to date", "the most violent week to
# date") and the verb ("it will take a year to date the remains"): after a superlative, "most"
# or "least" and a word, or "a"/"an"/"one", or before an object ("date the remains"); a noun in
# -est is none ("net interest year to date").
_RECORD_BEFORE = re.compile(r"\b(?:(?!(?:interest|west|harvest|protest|contest|test|rest"
                            r"|request|forest|invest|guest|chest|quest|arrest|suggest)\b)\w+est"
                            r"|most\s+\w+|least\s+\w+|an?|one|first|second|third|another)\s+$",
                            re.IGNORECASE)
_DATE_AS_A_VERB = re.compile(r"\s+(?:the|a|an|it|them|this|that|these|those|his|her|its"
                             r"|their)\b", re.IGNORECASE)


def _no_time_to_date(text: str, match: re.Match) -> bool:
    """Whether "year/month/week to date" at `match` is no span to the report: a record's
    ("the hottest year to date") or the verb's ("a year to date the remains")
    (`_RECORD_BEFORE`, `_DATE_AS_A_VERB`); "so far this year" and "year-to-date" always are
    spans."""
    if match["unit2"] is None or "-" in match.group():
        return False
    return bool(_RECORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
                or _DATE_AS_A_VERB.match(text, match.end()))


def _a_year_s_quarter(text: str, match: re.Match) -> bool:
    """Whether a bare "the third quarter" at `match` is a year's: its sentence speaks of
    results (`_RESULTS`), and not of a game's or a fiscal year's (`_NOT_THE_YEAR_S`)."""
    sentence = _sentence_near(text, *match.span())
    return bool(_RESULTS.search(sentence)) and not _NOT_THE_YEAR_S.search(sentence)


# "The 15th of the month" after a present passive or state, or a word of habit, is every
# month's: "residents, who are paid on the 15th of the month, protested" had been 15 April
# since 5e1f8e6 read "of the month" (review 22), the last 15th before the past "protested";
# "rent is due on the 1st of the month", "bins are usually collected on the 4th of the
# month". One occasion's is still a day ("Parliament votes on the fourth of the month", "the
# vote is scheduled on the 25th of the month", "was flooded on the fourth of the month").
# Adverbs of habit, for every kind of repeated time: "usually", "often", "traditionally"
# (`_HABIT_BEFORE` of a month's day, `_HABIT` of months, `_WEEKLY` of weekdays, each with its
# own unit words).
_HABIT_WORDS = (r"usually|normally|always|typically|regularly|routinely|generally|traditionally"
                r"|frequently|often")
_HABIT_BEFORE = re.compile(
    r"(?:\b(?:is|are|gets?)\s+(?:\w+ly\s+)?(?!(?:scheduled|expected|planned|slated|billed"
    r"|timed)\b)(?:[a-z]+ed|paid|due|held|sent|made|given|kept|drawn|run)(?:\s+out)?"
    r"|\b(?:" + _HABIT_WORDS + r")\b[^.;!?]{0,40}?)\s+$", re.IGNORECASE)
_ANY_MONTH = re.compile(r"\bof\s+the\s+month$", re.IGNORECASE)


def _of_a_habit(text: str, match: re.Match) -> bool:
    """Whether "on the 15th of the month" at `match` is any month's, a habit's
    (`_HABIT_BEFORE`)."""
    return bool(_ANY_MONTH.search(match.group()) and _HABIT_BEFORE.search(
        text, max(0, match.start() - 60), match.start()))


# "From May" is a month only where a month's reading fits it: opening its sentence or clause
# ("From May, buses in Leeds will cost £2") or followed by what goes on from a month
# ("from May onwards", "from May until July", "from May next year"; "from May to July",
# "from May 1", "from May 2025" are other patterns'). Else "May" is as likely a person, a
# statement "from May" Theresa May's: "Officials in Leeds quoted a statement from May on
# Tuesday" in Tuesday 5 March 2024's paper had been May 2023, "Leeds council rejected a
# request from May, a local resident" too (review 24: the "from" e89b448 allowed).
_FROM_MAY = re.compile(r"(?i:from)\s+May\b")
_GOES_ON_FROM = re.compile(r"\s+(?:onwards?|on(?=\s*(?:[,.;:!?)]|$))|through|thru|till|until|to"
                           r"|into)\b", re.IGNORECASE)
_OPENS = re.compile(r"(?:^|[,;:(\n—–]|[.!?][\"'”’]?)\s*$")


# What shows "from May" to be a person's: what one says or asks before it ("a statement
# from May", "heard from May"), or a person's wording after it ("from May, a local
# resident", "from May's office", "from May and Johnson").
_SAID_BEFORE_FROM = re.compile(
    r"\b(?:statements?|requests?|letters?|calls?|messages?|comments?|criticism|support"
    r"|word|reply|replies|response|e-?mails?|tweets?|speech|remarks|heard|hear|hears)\s+$",
    re.IGNORECASE)
_A_PERSON_AFTER = re.compile(
    r",\s+(?:a|an|the|who)\b|['’]s\b|\s+and\s+(?!(?:"
    + alternation([month for month in MONTHS_IN_FULL if month != "May"]) + r")\b)[A-Z]")


def _may_a_person_s(text: str, match: re.Match) -> bool:
    """Whether an in_month "from May" (`_FROM_MAY`) is more likely a person's than the
    month's: not opening its clause, with no year, nothing going on from it after, and a
    person's wording around it (`_SAID_BEFORE_FROM`, `_A_PERSON_AFTER`); "takes effect
    from May." is the month (review 25: it had become no date)."""
    from_may = _FROM_MAY.fullmatch(match.group())
    if from_may is None or match.groupdict().get("yrel"):
        return False
    opens = _OPENS.search(text, max(0, match.start() - 3), match.start()) is not None
    return not opens and _GOES_ON_FROM.match(text, match.end()) is None and (
        _SAID_BEFORE_FROM.search(text, max(0, match.start() - 30), match.start()) is not None
        or _A_PERSON_AFTER.match(text, match.end()) is not None)


def _plausible_day(groups: dict) -> bool:
    return 1 <= int(groups["day"]) <= 31


# After a four-digit number: a street's name ("of 1935 Orchard St.", "at 2000 N. Main
# Street") makes it a house number; a plural noun after "of" or "from" makes it a count ("the
# line of 2000 cases"), where after "in" it is still a year ("In 2019 protests swept …").
# (Capitalised words, then a street's word in either case; not "Court", "Way" or "Place",
# which end "the 2021 Supreme Court ruling" as often: a review found "In 2021 the Supreme
# Court ruled" read as an address when the pattern ignored case.)
_SPORT_WORDS = re.compile(r"\b(?:season|league|NFL|NCAA|fixtures?|gameweek|round|beat|won|wins?"
                          r"|lost|defeat(?:ed)?|draw|drew|victory|playoffs?|coach|quarterback)\b",
                          re.IGNORECASE)


def _a_sport_s_week(text: str, match: re.Match) -> bool:
    """Whether a bare "in week 12" is a sport's (its sentence speaks of games: "scored in
    week 12", "won in Week 12"), whose weeks count from the season's start, no ISO week."""
    sentence = _sentence_near(text, match.start(), match.end())
    return bool(_SPORT_WORDS.search(sentence) or _NOT_THE_YEAR_S.search(sentence))


# What comes before a date in figures ("on 28/02/2024", "dated", "since", a comma, a bracket,
# a line's start), and before a bare "week 12" ("in", "during", "by" …): checked after a
# match, as a look-behind's alternatives give `re` nothing to skip ahead to.
_DAY_CUE = re.compile(r"(?:(?<![\w'’])(?i:on|of|dated|from|since|until|till|to|by|before|after"
                      r"|and|between|or)\s|[,(]\s?|\n[^\S\n]*|^)$")
_WEEK_CUE = re.compile(r"(?<![\w'’])(?i:in|during|for|by|until|till|since|from|over)\s+$")


def _figures_a_day(groups: dict) -> bool:
    """Whether figures ("28/02/2024") read as a day either way round; a two-digit year only
    after a slash or a dot ("12-03-24" is as often a code or a phone number's part)."""
    if groups["sep"] == "-" and len(groups["year"]) == 2:
        return False
    first, second = int(groups["first"]), int(groups["second"])
    return 1 <= min(first, second) and min(first, second) <= 12 and max(first, second) <= 31


# Before a day and month in figures with no year: a word that introduces a day, or a
# weekday ("Tuesday 3/12", "Tue, 3/12"). Not "of", "to", "or", a comma or a line's start, as
# a date with its year may have: "5/8 of", "up to 7/10", "3/1, 2/1" are shares, ranks and
# scores far more often than days.
_DAY_MONTH_CUE = re.compile(
    r"(?:(?<![\w'’])(?i:on|from|until|till|through|since|between|before|after|dated|by)"
    r"|(?<![\w'’])(?:" + WEEKDAY_ALTERNATION + "|" + SHORT_WEEKDAY_ALTERNATION + r"),?)\s+$")
# Figures that name no day however written: the attacks of 11 September 2001, of 7 July
# 2005 in London, of 26 November 2008 in Mumbai ("since 26/11", as Indian English writes it)
# and of 13 November 2015 in Paris, and "24/7". Read as this year's, they would be years off
# with no flag.
_NAMED_FIGURES = frozenset({(9, 11), (7, 7), (26, 11), (13, 11), (24, 7)})
# A range of days joined by a dash ("shut 12/3-15/3") needs no cue; one joined by a word
# does: "2/11 and 3/12", "12/1 to 24/2" are as often two scores, bowling figures or marks.
_DASHED_RANGE = re.compile(r"\d\s*[-–]\s*[0-3]?\d/")
# "by" after a verb of change takes a share, no day: "cut its staff by 1/5", "rose by 2/5".
_BY_A_SHARE = re.compile(
    r"\b(?i:cut|cuts|slashed|reduced?|reduces|lowered|raised|rose|risen|rises?|fell|fallen"
    r"|falls?|grew|grown|grows?|increased?|increases|decreased?|decreases|dropped|drops?"
    r"|climbed|climbs?|jumped|jumps?|shrank|shrunk|shrinks?|gained|lost|up|down)\b"
    r"[^.;:!?\n]{0,40}?\bby\s+$")
# Denominators of common fractions ("cut by 1/3", "from 1/4 to 1/2"): a smaller number over
# one of these, not zero-padded, is read as a fraction.
_DENOMINATORS = frozenset({2, 3, 4, 8, 16})
# After figures: what makes them a share, an amount, odds or a rating, no day.
_NOT_A_DAY_AFTER = re.compile(
    r"\s*(?:%|(?i:of|cups?|teaspoons?|tablespoons?|tsp|tbsp|inch(?:es)?|miles?|lbs?|pounds?"
    r"|ounces?|oz|kg|litres?|liters?|shares?|odds|favourites?|favorites?|chance|majority"
    r"|split|stars?|points?|pts|percent|per|ratio|scale|rating|shot|wickets?|overs"
    r"|aggregate|wins?|victory|defeat|loss|lead|margin|votes?|scorelines?|penalties|years?"
    r"|months?|weeks?|days?|hours?|minutes?|times|[ap]\.?m\b\.?|mph|km|cm|mm|at\s+night"
    r"|o['’]clock)\b)")
# A sentence of bets, ratings, cricket or recipes: its figures are odds, marks, scores or
# amounts.
_FIGURES_NO_DAY = re.compile(
    r"\b(?:odds|bookmakers?|bookies|bet(?:s|ting)?|each[-\s]way|evens|favourite|favorite"
    r"|punters|shortened|drifted|priced"
    r"|wickets?|overs|innings|rated|rating|ratings|out\s+of|ratio|fraction|recipe|cups?"
    r"|scored?|scores|scoring|won|beat|beaten|lost|draw|drew|goals?|aggregate|victory"
    r"|defeat(?:ed)?|lunch|tea|stumps|slumped|collapsed|all\s+out|figures|bowled)\b",
    re.IGNORECASE)


def _a_day_and_month(text: str, match: re.Match[str], groups: dict) -> bool:
    """Whether figures with no year ("on 3/12", "from 12/3 to 15/3") are a day: after a
    date's cue (`_DAY_MONTH_CUE`), a range joined by a word too (`_DASHED_RANGE`), each pair
    a day and month one way round (a range the same way round for both, its end after its start, at
    most two months on), not a named day (`_NAMED_FIGURES`), a fraction ("by" after a verb of
    change, `_BY_A_SHARE`, or a common denominator), a unit's address ("3/12 George Street"), or
    figures a share, an amount, odds or a rating follow. A sentence of bets, ratings, games or
    recipes vetoes a range and figures that read two ways; one reading one way only ("won a contract
    on 14/11") is a day whatever the sentence. Strict on purpose: a missed day leaves the report's
    date, an invented one misleads."""
    pairs = day_month_pairs(groups)
    if not day_month_orders(pairs) or any(pair in _NAMED_FIGURES for pair in pairs):
        return False
    written = match.group()
    if any(a < b and b in _DENOMINATORS for a, b in pairs) and not re.search(r"(?<!\d)0\d",
                                                                            written):
        return False
    if _NOT_A_DAY_AFTER.match(text, match.end()) or _STREET_AFTER.match(text, match.end()):
        return False
    if "weekday" not in groups and not _DASHED_RANGE.search(written) and \
            not _DAY_MONTH_CUE.search(text, max(0, match.start() - 12), match.start()):
        return False
    if _BY_A_SHARE.search(text, max(0, match.start() - 60), match.start()):
        return False
    return len(pairs) == 1 and len(day_month_orders(pairs)) == 1 or not _FIGURES_NO_DAY.search(
        _sentence_near(text, *match.span()))


RANGE_DAYS = 62  # the longest range of days in figures read ("from 12/3 to 15/3")


def day_month_pairs(groups: Mapping) -> list[tuple[int, int]]:
    """The figures of a day and month ("first", "second") and of a range's end ("first2",
    "second2"), as numbers in the order written: what the tagger, the reading of their order
    and the text's own order (`dates`) all weigh."""
    pairs = [(int(groups["first"]), int(groups["second"]))]
    if "first2" in groups:
        pairs.append((int(groups["first2"]), int(groups["second2"])))
    return pairs


def day_month_orders(pairs: list[tuple[int, int]]) -> tuple[bool, ...]:
    """The orders (True: month first) in which every pair of figures is a day and month
    (of a leap year, so 29/2 is one), and a range's end falls after its start, within
    `RANGE_DAYS`."""
    orders = []
    for month_first in (False, True):
        days = [_leap_day(*((b, a) if month_first else (a, b))) for a, b in pairs]
        if None in days:
            continue
        if len(days) == 2 and not 0 < _days_on(days[0], days[1]) <= RANGE_DAYS:
            continue
        orders.append(month_first)
    return tuple(orders)


def _leap_day(day: int, month: int) -> dt.date | None:
    """`day`/`month` in a leap year (2000), or None where it is no day."""
    try:
        return dt.date(2000, month, day)
    except ValueError:
        return None


def _days_on(start: dt.date, end: dt.date) -> int:
    """Days from `start` to `end`, across the new year where `end` is earlier ("28/12 to
    3/1")."""
    days = (end - start).days
    return days if days >= 0 else days + 366


_STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?i:" + "|".join(sorted(STREET_WORDS)) + r"|st|ave|rd|blvd"
    r"|dr|drive|hwy|highway)\b\.?")
# "the 2000 and 2500 residents", "the 2014 and 2022 graduates": numbers listed before a
# plural that names no event are counts, or two years apart that date nothing as one (a
# pair a year apart is a range: `range_year`); "the 2000" had been read as the year 2000,
# which "the 2000 residents" alone is not. Events listed so keep the first year ("the 2014
# and 2022 elections", pinned by dates58).
_COUNTS_LISTED_AFTER = re.compile(r"\s+(?:and|or)\s+\d{4}(?=\s+[a-z]+s\b)(?!" + _EVENT_AFTER
                                  + r")")
# The words a "year" pattern opens with that may start a count ("the 2000 …"), where its
# others are prepositions ("in 2018 …"), which start a year.
_COUNT_S_DETERMINERS = frozenset({"the", "its", "their", "this", "that"})
_COUNTED_AFTER = re.compile(
    r"\s+(?!(?:[a-z]*wards|always|perhaps|unless|besides|whereas|was|has|is|as|its|his|this"
    r"|thus|plus)\b)(?:[a-z]+s|people|children|men|women|staff|personnel)\b")


# Ordinals listed after "on the fourth" and a noun after them: floors, rows, days of a
# tournament, no day of the month ("broke out on the fourth and fifth floors", "on the sixth,
# seventh and eighth floors", "on the fifth and last day of the tournament" had been dated
# the 4th, 6th and 5th — review 21; "on the 4th and 5th floors" since audit 20).
_AN_ORDINAL = (r"(?:(?:[12]?\d|3[01])(?:st|nd|rd|th)|(?:twenty|thirty)[\s-]\w+|"
               + "|".join(_ORDINAL_UNITS) + r"|thirtieth|last|final|penultimate)")
_LISTED = r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|to)\s+)"
_ORDINALS_BEFORE_A_NOUN = re.compile(
    r"(?:" + _LISTED + _AN_ORDINAL + r"\b)+\s+(?!(?:" + _NO_NOUN + r"|of)\b)(?-i:[a-z])",
    re.IGNORECASE)


_FY_BY_ITS_END = (_FY_YEAR_MONTH, _FY_MONTH_YEAR)
# A month with "of" before its year and no preposition before it, after a name's word (not
# the sentence's first) or a possessive: "the Long March of 1934", "the Women's March of
# 2017" are events named so, not the month (review 32, item 5); "in August of 2008" has its
# preposition, "March of 2017 saw …" opens its sentence.
_A_NAME_S_WORD_BEFORE = re.compile(r"(?:[\w,;)]\s+(?-i:[A-Z])[\w'’-]*|\w['’]s?)\s+$")
_OF_BEFORE_ITS_YEAR = re.compile(r"\s+of\s+\d", re.IGNORECASE)


def _an_event_s_name(text: str, match: re.Match) -> bool:
    """Whether a "month_year" match is the name of an event ("the Long March of 1934"):
    "of" before its year, no preposition of its own, a name's word or "'s" before it
    (`_A_NAME_S_WORD_BEFORE`)."""
    return match.start("month") == match.start() \
        and bool(_OF_BEFORE_ITS_YEAR.match(text, match.end("month"))) \
        and bool(_A_NAME_S_WORD_BEFORE.search(text, max(0, match.start() - 40), match.start()))


def _a_split_year(pattern: re.Pattern, groups: dict) -> bool:
    """Whether "FY" and two numbers a year apart are a split fiscal year ("FY2011/12",
    "FY12/13", "FY09/10": fiscal 2012-13 as British, Indian and Australian public bodies
    write it, far more often than a Japanese firm's year ending December 2013), no year named
    by its end month (review 32, item 4: "FY12/13" had been calendar 2013). A year in four
    figures after the month is the month's ("FY12/2013": the year ending December 2013)."""
    if pattern is _FY_YEAR_MONTH:
        return (int(groups["year"]) + 1) % 100 == int(groups["m"])
    return len(groups["year"]) == 2 and (int(groups["m"]) + 1) % 100 == int(groups["year"])


def _a_period_s_end(text: str, match: re.Match) -> bool:
    """Whether a period named with its end ("the year to March 2025") is one: "ending" and
    "ended" always name one, "to" and "through" only after "the" or a possessive
    (`_A_PERIOD_S_END`)."""
    return match["link"].lower().startswith("end") or bool(
        _A_PERIOD_S_END.search(text, max(0, match.start() - 40), match.start()))


# "the 1200 block of North John Street": an American address's block, no year (a time before
# 1900 dates nothing since audit 37, so the misread had left the street undated).
_A_BLOCK_AFTER = re.compile(r"\s+blocks?\s+of\b", re.IGNORECASE)


def _not_a_year(text: str, match: re.Match) -> bool:
    """Whether the number a "year" pattern matched is a house number or a count. Numbers
    listed before a plural are counts only after an article or a possessive ("the 2000 and
    2500 residents"); after a preposition they are years ("In 2018 and 2019 farmers lost
    their crops", a comma left out: review 32, item 1), as no count follows "in"."""
    if _STREET_AFTER.match(text, match.end()) or _A_BLOCK_AFTER.match(text, match.end()):
        return True
    word = match.group().split(None, 1)[0].lower()
    if word in _COUNT_S_DETERMINERS and _COUNTS_LISTED_AFTER.match(text, match.end()):
        return True
    return word in {"of", "from"} and bool(_COUNTED_AFTER.match(text, match.end()))


def _not_years(text: str, match: re.Match) -> bool:
    """Whether "between 1500 and 2000" counts ("… people") or its ends are out of order, or
    "the 2014 and 2022 elections" names two years apart (two events, no range)."""
    if match.group()[:1].lower() in "ti":  # (its pattern has checked the noun after it)
        return int(match["year"]) != int(match["year1"]) + 1
    return (int(match["year"]) <= int(match["year1"])
            or bool(_COUNTED_AFTER.match(text, match.end())))


def _no_span(groups: dict) -> bool:
    """Whether two days with their months and both years ("from 10 May 1940 to 5 May 1945")
    are more than a year apart, or out of order: read apart, each the day it names, as
    before `range_dmdm` took them in (review 22: a range over 366 days is none, and the
    mention had the publication date)."""
    if "year1" not in groups or "year" not in groups:
        return False
    start = _day_or_none(int(groups["year1"]), _month_number(groups["month"]), int(groups["d1"]))
    end = _day_or_none(int(groups["year"]), _month_number(groups["month2"]), int(groups["d2"]))
    return start is not None and end is not None and not 0 <= (end - start).days <= 366


# "Later" looks ahead only where nothing is told in the past: "hours later Thursday, police
# discovered the body" is a past Thursday, "Putin meets Guterres later Tuesday" today's.
_LATER = re.compile(r"\blater\b", re.IGNORECASE)


# A past form in capitals is a name's ("the Met Office said", "Leeds United beat",
# "Associated Press reported"): "Heavy rain hits Xville on Friday, the Met Office says" had
# been last Friday, "Met" read as the verb of "ministers met". Only opening its clause, and
# not before another capitalised word, is it the verb ("Met by protesters, …").
_CAPITALISED_NEXT = re.compile(r"\W+[A-Z]")
# What follows a participle that opens its clause ("Met by protesters, …", "Founded in 1990,
# …", "Delayed, …"): a comma or a preposition, not a verb. A name's word opening its clause is
# followed by its verb ("United travel to Brentford on Saturday", where an aside between
# them has been blanked: `dates._clause_bounds`).
_PARTICIPLE_NEXT = re.compile(r"\s*,|\s+(?:by|in|at|on|with|to|from|for|after|before|during|as"
                              r"|since|into|over|under|off|out|up|down|back|near|across)\b")


# "Fell", the hill of northern England, before the sport run on it: "a show with sheep
# judging, fell running and a dog show", "the annual fell race" tell no fall, and had made
# "This weekend, Keswick hosts its show, with … fell running" the weekend gone by (audit
# 35, item 3). Only after a comma, a join, an article or a preposition, as a noun stands
# ("he fell running for the bus" is the verb).
_FELL_THE_HILL = re.compile(r"(?:^|[,(]|\b(?:and|or|a|an|the|its|their|of|in|for|with|annual))\s*"
                            r"fell\s+(?:running|runners?|races?|racing|walking|walkers?"
                            r"|ponies|pony|sheep|farming|farmers?)\b", re.IGNORECASE)


def _the_hill(text: str, past: re.Match) -> bool:
    """Whether the "fell" at `past` is the hill's noun (`_FELL_THE_HILL`)."""
    if past.group().lower() != "fell":
        return False
    return any(m.end() > past.start() >= m.start()
               for m in _FELL_THE_HILL.finditer(text, max(0, past.start() - 8), past.end() + 12))


def _is_past_verb(text: str, past: re.Match) -> bool:
    """Whether a match of `_PAST` in `text` is a verb told in the past, not a name's word
    (`_CAPITALISED_NEXT`, `_PARTICIPLE_NEXT`) nor the hill's "fell" (`_the_hill`)."""
    if _the_hill(text, past):
        return False
    if past.group()[0].islower():
        return True
    opens = not re.search(r"\w", text[:past.start()])
    return opens and not _CAPITALISED_NEXT.match(text, past.end()) \
        and _PARTICIPLE_NEXT.match(text, past.end()) is not None


def told_in_past(text: str) -> bool:
    """Whether `text` holds a verb told in the past (`_PAST`, `_is_past_verb`, or a past form
    the present shares after a singular subject: `_said_of_one`)."""
    return any(_is_past_verb(text, past) for past in _PAST.finditer(text)) or any(
        _said_of_one(text, verb.start()) or _said_of_a_name(text, verb.start())
        or _unbidden_or_a_result(text, verb) for verb in _SAME_IN_THE_PRESENT.finditer(text))


# Past forms the present shares ("A storm hit Leeds on Friday"): past after a singular
# subject, whose present would take "-s" ("a storm hits"). In Tuesday's paper "A storm hit
# Leeds on Friday" had been read in the present, the nearer Friday, three days on (review
# 24). Only where the subject is clearly one: a determiner, at most two words and a head that
# is no plural, collective noun, modal or superlative ("The worst hit", "the police shut",
# "the storm will hit"), or "he", "she", "it". "Set to" and "set for" look ahead.
_SAME_IN_THE_PRESENT = re.compile(r"\b(?:set(?!\s+(?:to|for)\b)|" + SHARED_PAST + r")\b")
_ONE_BEFORE = re.compile(r"(?:^|[^\w'’-])(?:(?:a|an|the|this|that)\s+(?:[a-z][\w-]*\s+){0,2}"
                         r"(?P<head>[a-z][\w-]*)|he|she|it)\s+$", re.IGNORECASE)
_NOT_ONE = frozenset({"police", "people", "government", "council", "team", "side", "club",
                      "committee", "board", "crowd", "staff", "public", "family", "media",
                      "army", "cattle", "youth", "couple", "pair", "majority", "will", "would",
                      "could", "can", "may", "might", "must", "should", "shall", "to", "did",
                      "not", "never", "also", "just", "then", "most", "least", "worst",
                      "best"})


# And after a plural or a name, where the present could not tell what is to come: what
# comes unbidden, weather, fire and floods ("Floods hit York on Friday", "Storms hit Dallas on
# Friday", "Heavy rain hit Leeds"), which a paper foretells with "will" or "could", never the
# timetable's present; and a result, "beat" ("India beat Pakistan in New York on Sunday"),
# which a fixture to come would "play". In Tuesday 5 March 2024's paper the first two had
# been the coming Friday, 8 March, and in Friday 14 June's India's win the coming Sunday
# (review 24, left open by its item 3's fix, which read these past only after "a", "the").
# What people do ("Strikes hit Leeds on Friday", "The police shut the road") stays the
# present, which may be a plan.
_UNBIDDEN = re.compile(
    r"\b(?:floods|flooding|storms|rains?|snow|hail|sleet|winds|gales|fires|wildfires|blazes"
    r"|flames|quakes|earthquakes|tremors|tornado(?:e)?s|hurricanes|typhoons|cyclones|landslides"
    r"|mudslides|avalanches|heatwaves|blizzards|snowstorms|downpours|hailstorms|explosions"
    r"|blasts|waves|tides|drought)\s+$", re.IGNORECASE)
_A_SIDE_BEFORE = re.compile(r"\b(?:[A-Z][\w'’.-]*|[a-z]+s)\s+$")


def _unbidden_or_a_result(text: str, verb: re.Match) -> bool:
    """Whether a past form the present shares, at `verb`, tells the past after a plural: of
    what comes unbidden (`_UNBIDDEN`), or "beat" after a side (a name or a plural)."""
    before = text[max(0, verb.start() - 40):verb.start()]
    if _UNBIDDEN.search(before):
        return True
    return verb.group().lower() == "beat" and bool(_A_SIDE_BEFORE.search(before))


def _said_of_one(text: str, at: int) -> bool:
    """Whether the word at text[at:] follows a singular subject (`_ONE_BEFORE`)."""
    one = _ONE_BEFORE.search(text, max(0, at - 80), at)
    if one is None:
        return False
    head = (one["head"] or "").lower()
    return head not in _NOT_ONE and not head.endswith(("est", "ly")) and not (
        head.endswith("s") and not head.endswith(("ss", "us", "is")))


# And after a name that is its subject, whose present would take "-s" too ("Storm Ingunn
# cuts"): "Storm Ingunn cut power to 40,000 homes in Trondheim on Thursday" in Monday 15
# January 2024's paper had been the coming Thursday, 18 January (fix 51, audit 30 item 6),
# while "A storm cut …" was the one gone by. Capitalised words right before the verb, opening
# the clause or after a conjunction (`_BEFORE_A_NAMED_SUBJECT`), not after a preposition
# ("Officials in Trondheim cut": the name is no subject), and the last of them no plural nor
# collective (`_NOT_ONE`: "Police cut", "Floods hit", "Leeds cut" keep the present).
_NAME_BEFORE = re.compile(r"(?:(?<=^)|(?<=[^\w'’-]))(?P<name>(?:[A-Z][\w'’.-]*\s+){1,4})$")
_BEFORE_A_NAMED_SUBJECT = re.compile(
    r"(?:^|[.!?,;:—–(\"“‘]|\b(?:and|but|when|as|after|before|while|since|until|then|because"
    r"|where|that|so))\s*$", re.IGNORECASE)


def _said_of_a_name(text: str, at: int) -> bool:
    """Whether the word at text[at:] follows a singular name as its subject (`_NAME_BEFORE`,
    `_BEFORE_A_NAMED_SUBJECT`)."""
    name = _NAME_BEFORE.search(text, max(0, at - 80), at)
    if name is None or not _BEFORE_A_NAMED_SUBJECT.search(text, max(0, at - 120),
                                                          name.start()):
        return False
    head = name["name"].split()[-1].lower()
    return head not in _NOT_ONE and not (head.endswith("s")
                                         and not head.endswith(("ss", "us", "is")))


def _blank(match: re.Match) -> str:
    """A match's text as spaces, so that what is around it keeps its offsets."""
    return " " * len(match.group())


# What makes "plans to" a noun, the object of a verb, not the verb of a subject: a determiner,
# a possessive, a preposition or a particle ("drew up plans to"), "has", "are" ("there are
# plans to"), or a present verb of one ("approves plans to"); a verb told in the past
# ("approved plans to") is read by `_is_past_verb`. "Leeds City Council on Monday approved
# plans to build 500 homes" in Tuesday 16 April 2024's paper had been the coming Monday, 22
# April (audit 27): the plan is what is to come, not its approval.
_PLAN_S_NOUN_BEFORE = re.compile(
    r"(?:(?<![\w'’-])(?:a|an|the|its|their|his|her|our|my|your|this|that|these|those|any|no"
    r"|new|fresh|ambitious|controversial|major|draft|of|to|for|on|over|against|about|with"
    r"|from|by|into|under|up|out|forward|down|has|have|having|are|were|and|or)"
    r"|['’]s?|(?<![\w'’-])(?!always\b)[a-z]+[^suw\W]s)\s+$")


def _a_plan_s_noun(clause: str, match: re.Match) -> bool:
    """Whether a match of `_FUTURE_VERBS` is "plans to" as a noun (`_PLAN_S_NOUN_BEFORE`,
    or a verb told in the past right before it), which tells nothing of its clause's time."""
    if not match.group().lower().startswith("plan"):
        return False
    before = clause[max(0, match.start() - 40):match.start()]
    if _PLAN_S_NOUN_BEFORE.search(before):
        return True
    last = re.search(r"(?<![\w'’-])([\w'’-]+)\s+$", before)
    return last is not None and any(_is_past_verb(before, past) for past in
                                    _PAST.finditer(before, last.start(1)))


def looks_ahead(clause: str, start: int = 0) -> bool:
    """Whether clause[start:] holds a verb of the future (`_FUTURE_VERBS`), not a plan's noun
    (`_a_plan_s_noun`)."""
    return any(not _a_plan_s_noun(clause, match)
               for match in _FUTURE_VERBS.finditer(clause, start))


def without_plan_nouns(clause: str) -> str:
    """`clause` with each "plans to" that is a noun (`_a_plan_s_noun`) blanked: what is
    planned is ahead, but not the clause's verb."""
    for match in _FUTURE_VERBS.finditer(clause):
        if _a_plan_s_noun(clause, match):
            clause = clause[:match.start()] + _blank(match) + clause[match.end():]
    return clause


def tells_a_past_event(clause: str) -> bool:
    """Whether a clause tells what happened, its verb past but not one of saying: "opened
    on …" does, "said the Games open on …" reports what is to come."""
    return tense(_REPORTING.sub(" ", clause)) == "past"


@lru_cache(maxsize=256)
def tense(clause: str) -> str:
    """"future", "past" or "present" for the clause around an expression. A plan's noun
    ("approved plans to build") looks ahead only where no verb is told in the past, as the
    adverbs do ("There are plans to open it on Monday"). Cached by clause: the times of one
    clause and its mentions read it again (half the calls on bench articles)."""
    if looks_ahead(clause):
        return "future"
    if told_in_past(_FUTURE_ADVERBS.sub(_blank, clause)):  # ("scheduled" is no account)
        return "past"
    if _FUTURE_ADVERBS.search(clause) or _LATER.search(clause) \
            or without_plan_nouns(clause) != clause:
        return "future"
    return "present"


# A headline drops the "is" of "is to": "Kisumu port to reopen in March", "Porto Alegre
# airport to stay closed until September", "Rail strike to begin on Monday" are what is to
# come. Read as prose they had no verb of the future, and "closed" made the second a past
# account: a pin two and eight months before publication (audit 23, item 5). Only where "to"
# follows the subject's last word and a verb follows it: not a participle's "to" ("Man
# sentenced to …", "Flights diverted to …"), a preposition's ("up to", "according to", "next
# to"), a name's ("to Paris"), nor a noun's after "to" ("return to school", "to the polls").
# (Where a headline says "is", "was" or "will" itself, it is read as it says.)
_HEADLINE_TO = re.compile(r"^[\s:;,—–-]*(?P<subject>[\w‘'\"][^,;:]*?(?P<last>[\w'’]+))"
                          r"\s+to\s+"
                          r"(?:be\s+)?(?:\w+ly\s+)?(?P<verb>(?-i:[a-z])[a-z]+)\b", re.IGNORECASE)
_HEADLINE_TELLS = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|been)\b",
                             re.IGNORECASE)
_NOT_A_SUBJECT = frozenset({"up", "due", "according", "next", "close", "closer", "back",
                            "ahead", "prior", "similar", "thanks", "owing", "set", "going",
                            "able", "unable", "likely", "unlikely", "about", "compared", "used",
                            "way", "road", "route", "return", "trip", "visit", "move", "switch",
                            "how", "what", "where", "when", "why", "who", "whether", "want",
                            "wants", "and", "or", "from", "in", "on", "at", "of", "for", "with"})
_NOT_A_VERB = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
                         "this", "that", "these", "those", "some", "all", "any", "each", "every",
                         "more", "less", "most", "no", "one", "him", "them", "us", "me", "it",
                         "date", "school", "work", "court", "jail", "prison", "hospital",
                         "power", "office", "church", "sea", "market", "trial", "death", "life",
                         "town", "home", "college", "parliament", "safety", "war", "bed",
                         "shore", "land", "rest", "order", "account", "zero", "normal"})


def headline_as_prose(headline: str) -> str:
    """A headline's "X to reopen in March" as prose says it, "X is to reopen in March"
    (`_HEADLINE_TO`), so that its tense is read as the future it tells; any other headline as
    it is."""
    match = _HEADLINE_TO.match(headline)
    if match is None or _HEADLINE_TELLS.search(match["subject"]):
        return headline
    last, verb = match["last"].lower(), match["verb"].lower()
    if last in _NOT_A_SUBJECT or last.endswith("ed") or verb in _NOT_A_VERB \
            or verb.endswith(("ing", "tion", "ment", "ness", "ity")) \
            or (verb.endswith("s") and not verb.endswith(("ss", "us"))):
        return headline
    at = match.end("subject")
    return f"{headline[:at]} is{headline[at:]}"


# A title-case headline capitalises its verbs as well as its names ("Floods Killed Three in
# Kerala on Saturday"), so a capital tells there no name from a verb: read as names
# (`_is_past_verb`), its past forms had left it in the present, Saturday two days on. Such a
# word is read as the article writes it: a verb where the text around writes it in lower
# case and never with a capital inside a sentence ("killed"); a name's where it does ("the Met
# Office said", "Leeds United") or does not write it at all.
_TITLE_SMALL = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at",
                          "to", "for", "by", "with", "from", "as", "into", "over", "v", "vs"})
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_INSIDE_A_SENTENCE = r"(?<=[\w,;:'’)\]-] )"


def _title_case(headline: str) -> bool:
    """Whether every word of `headline` but the small ones (`_TITLE_SMALL`) is capitalised,
    three at least: a capital there tells nothing of what the word is."""
    words = [w for w in _TITLE_WORD.findall(headline) if w.lower() not in _TITLE_SMALL]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def _written_lower(word: str, body: str) -> bool:
    """Whether `body` writes `word` in lower case and never capitalised inside a sentence."""
    lower = word.lower()
    if not re.search(r"(?<![\w-])" + re.escape(lower) + r"(?![\w-])", body):
        return False
    capital = lower[0].upper() + lower[1:]
    return not re.search(_INSIDE_A_SENTENCE + re.escape(capital) + r"(?![\w-])", body)


def title_case_as_written(headline: str, body: str) -> str:
    """A title-case headline (`_title_case`) with each capitalised past form the article
    writes as an ordinary word (`_written_lower`) in lower case, so that the tense reader
    reads it as the verb it is; any other headline as it is. (Lengths are kept.)"""
    if not _title_case(headline):
        return headline

    def as_written(past: re.Match) -> str:
        word = past.group()
        return word.lower() if word[0].isupper() and _written_lower(word, body) else word

    return _PAST.sub(as_written, headline)

# Verbs that report what was said. A weekday beside one dates the saying ("said on Tuesday",
# "told reporters Tuesday", "on Tuesday announced"); elsewhere in the clause the verb only
# frames what was said, which has its own tense ("said more snow is possible on Friday",
# "snow is expected on Friday, forecasters said"). Read from the whole clause, the other
# verb had put forecasts a week in the past and "said on Tuesday the road will reopen" a
# week ahead (an audit).
_SAID_WORDS = (r"said|told|announced|reported|warned|confirmed|added|stated|wrote|tweeted|posted"
               r"|insisted|claimed|declared|noted|predicted")
_SAID = r"(?:" + _SAID_WORDS + r")"
_REPORTED = r"(?:" + _SAID_WORDS + r"|says|say)"
_REPORTING = re.compile(r"\b" + _REPORTED + r"\b", re.IGNORECASE)
# Right before the weekday: "said", "said late", "said in a statement", "told the BBC",
# "told reporters in Denver" (not "will be announced Monday", "to be reported").
_ADJUNCT = (r"\s+(?:in|at|from|during|to)\s+(?:(?:an?|the|its|their|his|her)(?:\s+[\w'’-]+){1,2}"
            r"|(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}|reporters|journalists)")
_SAID_BEFORE = re.compile(
    r"(?<!\bbe )(?<!\bbeen )(?<!\bto )\b(?:" + _SAID
    + r"|told\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)(?:" + _ADJUNCT + r"){0,2}"
    r"(?:\s+on\s+(?:Twitter|X|Facebook|Telegram)|\s+by\s+(?:phone|telephone|email))?"
    r"(?:\s+(?:late|early))?\s+$", re.IGNORECASE)
# Right after it: "Officials on Tuesday said", "on Tuesday night announced".
_SAID_AFTER = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?\s+" + _SAID + r"\b",
                         re.IGNORECASE)
# A weekday opening its clause, then the speaker and the verb: "On Tuesday, the mayor said".
_CLAUSE_OPENING = re.compile(r"^\W*(?:(?:and|but|while|as|whereas|although)\b\W*)?"
                             r"(?:(?:late|early)\s+)?$", re.IGNORECASE)
_SPEAKER_SAID = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?\s*,?\s+"
                           r"(?P<speaker>(?:[\w'’.-]+\s+){0,5}?)" + _SAID + r"\b", re.IGNORECASE)
# Who said it, after what was said: ", forecasters said", ", the White House says".
_FRAME_AFTER = re.compile(r",\s+(?:[\w'’.-]+\s+){0,5}?" + _REPORTED + r"\b", re.IGNORECASE)
# In what was said, "would" looks ahead from the saying: "said the strike would last until
# Sunday", "said the line would reopen in Q3" (review 20b: a quarter, a month or a day of the
# month had read as the past account "said" makes, Q3 of the year before). Not what would
# have been ("said the attack would have happened on Monday"), nor "'d" before a past
# participle, which is "had" ("she said she'd visited Leeds in May" had been next May —
# review 21).
_WOULD = re.compile(r"\b(?:would\b|\w+'d\b(?!\s+(?:not\s+|never\s+|\w+ly\s+)?(?:been|gone|seen"
                    r"|done|had|got|gotten|made|taken|given|known|written|left|told|heard|found"
                    r"|kept|lost|won|met|spent|sent|brought|bought|thought|\w{2,}ed)\b))"
                    r"(?!\s+(?:not\s+)?have\b)", re.IGNORECASE)
# But a "would" of memory or regret whose object the date dates is about the past: "said he
# would never forget the floods in February" in November's paper had been next February
# (left by audit 23), "would always remember the storm in February" too. The object runs from
# the verb of memory to the date: a short one ("the floods in February"), or a clause of its
# own however long ("the night the river burst its banks in Carlisle in February", "what
# happened in Carlisle in February", "the floods that swept Carlisle in February": a
# relative or a wh-word had been needed within three words of the verb, left by session 23).
# Not where the date dates the remembering ("would remember the victims at a memorial
# service in February", still ahead) or a condition ("would regret it if the council closed
# the library in February") or an object still to come ("the day the bridge is due to open
# in February"); and "recall" and "forgive", which also recall an envoy or a product and
# forgive a debt ("would recall its ambassador in February"), only before a clause.
_MEMORY_VERB = re.compile(
    r"(?:\s+(?:not|never|always|ever|still|forever|\w+ly))*\s+(?P<verb>forget|remember|regret"
    r"|recall|forgive)\b", re.IGNORECASE)
_DETERMINER = r"(?:the|that|this|those|these|his|her|their|its|our|my|your)"
_SHORT_OBJECT = re.compile(
    r"\s+(?:" + _DETERMINER + r"\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:in|on|of|during|from)\s+"
    r"(?:the\s+)?)?", re.IGNORECASE)
_TIME_NOUN = (r"(?:day|days|night|nights|moment|morning|afternoon|evening|time|week|weekend"
              r"|hour|hours|summer|winter|spring|autumn|year|month)")
_OBJECT_CLAUSE = re.compile(
    r"\s+(?:(?:what|how|when|where|why)\b"
    r"|" + _DETERMINER + r"\s+(?:[\w'’-]+\s+){1,4}?(?:that|which|who|when|where)\s"
    r"|(?:the|that|those)\s+" + _TIME_NOUN + r"\s+(?:the|a|an|his|her|their|its|our|my|your|i"
    r"|we|he|she|they|it|you|(?-i:[A-Z])[\w'’-]*)\s)", re.IGNORECASE)
_NOT_ITS_OBJECT = re.compile(
    r"[,;:()]|\b(?:if|unless|once|until|whether|at\s+(?:an?|the)\s+(?:[\w'’-]+\s+)?(?:service"
    r"|ceremony|memorial|vigil|mass|commemoration|event))\b", re.IGNORECASE)
_OTHER_SENSES = frozenset({"recall", "forgive"})


def _recalled(clause: str, start: int, at: int) -> bool:
    """Whether clause[start:at], after a "would", is a verb of memory or regret and its object
    up to the date (`_MEMORY_VERB`, `_SHORT_OBJECT`, `_OBJECT_CLAUSE`): the date is then of
    what is remembered, which is past, not of the remembering."""
    verb = _MEMORY_VERB.match(clause, start, at)
    if verb is None:
        return False
    thing = clause[verb.end():at]
    if _NOT_ITS_OBJECT.search(thing) or _FUTURE.search(thing):
        return False
    if _OBJECT_CLAUSE.match(thing):
        return True
    return verb["verb"].lower() not in _OTHER_SENSES and bool(_SHORT_OBJECT.fullmatch(thing))


# And so do "could", "may", "might", "should" and "to expect" before the date, said or
# not: "said Xville could see snow on Friday", "were told to expect more rain on Wednesday"
# had been last week's days, a past account's (audit 20). Not what may have been ("could
# have started on Saturday") nor what could not be done ("could not reach it on Monday").
_MAY = re.compile(r"\bto\s+expect\b|\b(?:could(?!\s+not\b|n['’]t)|(?-i:may)|might|should)"
                  r"(?!\s+(?:not\s+|n['’]t\s+)?have\b)\b", re.IGNORECASE)
# A modal's own passive ("Services could be disrupted on Friday", "Trains may be cancelled
# on Monday", "Roads might be closed in July") tells what may yet be done, not a past account:
# its participle had made the clause past, last Friday (session 37's leftover, dates63), where
# "could see snow on Friday" already looked ahead. Blanked before the tense is asked; "could
# have been disrupted" is no modal's of `_MAY` and stays past.
_A_MODAL_S_PASSIVE = re.compile(
    r"\b(?:could|(?-i:may)|might|should|must|would)\s+(?:not\s+|also\s+|still\s+|even\s+"
    r"|\w+ly\s+)*(?:be|get)\s+(?:\w+ly\s+)?(?:[a-z]{3,}ed|" + PAST_FORMS + r"|" + SHARED_PAST
    + r")\b", re.IGNORECASE)


def _without_a_modal_s_passive(part: str) -> str:
    """`part` with each modal's own passive (`_A_MODAL_S_PASSIVE`) blanked: what it tells is
    not told in the past."""
    return _A_MODAL_S_PASSIVE.sub(_blank, part)


# What was expected, forecast, planned or due, told in the past as reported speech tells it:
# "said more rain was expected in York on Thursday", "was forecast for Glasgow on Friday",
# "were to meet in Brussels on Thursday", "was due in Warsaw on Friday", "was planned for
# Saturday", "was announced for Saturday", "was likely on Saturday" in Tuesday's paper had
# been last week's days (audit 22), where "is expected" and "was expected to arrive" looked
# ahead. Not what had been ("had been due"), what was to have been, "was to blame", "was
# likely started", "was expected that" (`_expected_then` also asks that nothing else in the
# clause be told in the past: "which was expected on Saturday, hit Xville on Sunday").
_EXPECTED_THEN = re.compile(
    r"\b(?:was|were)\s+(?:also\s+|still\s+|now\s+|\w+ly\s+)?(?:expected|forecast|planned|due"
    r"|(?:set|slated|scheduled|announced)\s+for|likely(?=\s+(?:on|this|later|by|for|in)\b)"
    r"|to\s+(?!(?:have|blame|no)\b)[a-z]+)\b(?!\s+(?:that|to\s+have)\b)", re.IGNORECASE)
# A timetable's present: "the match kicks off at 8pm on Saturday", "the council meets on
# Saturday" in Tuesday's paper are the coming days, not the nearer ones gone by (audit 20).
# Each verb is written as a single subject takes it; its plural ("Scotland play", "Rovers
# travel", `_plural`) is one only after a subject that can take it, since the plain form is
# often a noun ("the start", "a visit", "its close").
_TIMETABLE_VERBS = (
    r"kicks off", r"opens", r"reopens", r"starts", r"begins", r"resumes", r"closes", r"ends",
    r"meets", r"convenes", r"reconvenes", r"takes place", r"gets under\s*way", r"launches",
    r"premieres", r"airs", r"arrives", r"departs", r"visits", r"travels", r"hosts", r"faces",
    r"plays", r"expires", r"returns", r"goes to the polls",
)


def _plural(verb: str) -> str:
    """The form a plural subject takes of a verb written for a single one: "launches" ->
    "launch", "closes" -> "close", "kicks off" -> "kick off"."""
    first, _, rest = verb.partition(" ")
    first = first[:-2] if re.search(r"(?:ch|sh|ss|x|z|go)es$", first) else first[:-1]
    return f"{first} {rest}" if rest else first


def _verbs(forms: Iterable[str]) -> str:
    """An alternation of verb phrases, their spaces any space."""
    return "|".join(form.replace(" ", r"\s+") for form in forms)


# Who can take a plural verb: a name ("Scotland", "Leeds United"), a plural ("Rovers",
# "talks", "the two sides") or "they", "we", "you"; not a possessive ("Xville's start"),
# a determiner ("The", "its", "this") or a verb ("was", "has"). "Open" is also a state in
# force, as "closed" is in `_CLOSED_NOW`: "the museum is open on Saturday".
_PLURAL_SUBJECT = (r"(?<![\w'’])(?:(?!(?:The|A|An|This|That|Its|His|Her|Their|Our|My|Your|Every"
                   r"|Each|No|Any|Some|On|In|At|From|By|For|To|After|Before)\s)[A-Z][\w.-]*"
                   r"|(?i:they|we|you)|(?!(?:its|this|his|was|has|does|is|as|us)\s)"
                   r"[a-z]+[^siu'’\W]s|(?i:is|are|remains?|stays?)(?=\s+open\b))\s+")
_TIMETABLE = re.compile(
    r"\b(?i:" + _verbs(_TIMETABLE_VERBS) + r")\b|" + _PLURAL_SUBJECT + r"(?i:"
    + _verbs(_plural(verb) for verb in _TIMETABLE_VERBS) + r")\b")


# A closure told in the present right before its weekday: "Roads are closed from Saturday to
# Sunday for the marathon", "the bridge is shut on Monday" are the coming days, as "will be
# closed" are. Its participle had made the clause a past account, Wednesday's paper's
# "are closed from Saturday to Sunday" last weekend (left by review 21); "were closed", "was shut"
# stay one, and so does a clause whose weekday a word of another event comes before ("are
# closed after a crash on Monday").
# Review 22 found days gone by read ahead: not where a word of the closure's cause or of
# how long it has lasted comes before the weekday ("suspended for a foul on Saturday",
# "closed over a shooting on Saturday", "closed due to storms on Monday", "closed for a
# second day on Tuesday"), nor "closed again on Sunday night", a closure told of again;
# "for" what is planned still looks ahead ("closed for the marathon on Sunday", "for
# repairs on Saturday", "suspended for the match on Saturday").
_PLANNED_FOR = (r"for\s+(?:the\s+|a\s+|an\s+|this\s+|next\s+)?(?:[\w'’-]+\s+){0,2}?"
                r"(?:(?:road)?works|repairs?|maintenance|resurfacing|upgrades?|improvements"
                r"|inspections?|(?:half-)?marathons?|races?|parades?|festivals?|carnivals?"
                r"|concerts?|match(?:es)?|games?|fixtures?|celebrations|ceremon(?:y|ies)"
                r"|visits?|events?)\b")
_CLOSED_NOW = re.compile(
    r"\b(?:is|are|remains?|stays?)\s+(?:\w+ly\s+|also\s+|still\s+|now\s+)?"
    r"(?:closed|shut|cancell?ed|canceled|suspended|banned|blocked|barred|restricted|diverted"
    r"|sealed\s+off|cordoned\s+off)\b(?:\s+(?:" + _PLANNED_FOR + r"|(?!(?:after|when"
    r"|because|following|since|as|while|until|till|by|before|and|but|or|amid|during|for"
    r"|over|due|owing|again)\b)[\w'’.-]+)){0,4}\s+$", re.IGNORECASE)
# After the weekday, an event gone by that the closure lasts after: "still closed on
# Tuesday, a day after the quake", "remain closed on Monday, two days after the storm",
# "roads are closed on Saturday after crash" (review 22); not a time of day ("after
# midnight").
_GONE_AFTER = re.compile(
    r"(?:\s+(?:night|morning|afternoon|evening))?,?\s+(?:(?:a|an|one|two|three|four|five|six"
    r"|\d+)\s+(?:days?|weeks?)\s+)?after\s+(?!(?:midnight|noon|midday|dark|dawn|dusk|\d)"
    r")[a-z]", re.IGNORECASE)


def _closed_now(clause: str, at: int, end: int) -> bool:
    """Whether a weekday at clause[at:end] dates a closure told in the present, in force
    then (`_CLOSED_NOW`), not one lasting after an event gone by (`_GONE_AFTER`)."""
    start = _what_was_said(clause, at, end)[0]
    return bool(_CLOSED_NOW.search(clause, start, at)) and not _GONE_AFTER.match(clause, end)


def weekday_tense(clause: str, at: int, end: int, after: str = "") -> str:
    """The tense of the verb a weekday at clause[at:end] attaches to: the saying's (past) when
    it sits beside a reporting verb, else the tense of the part of the clause that holds it,
    without the reporting verbs that frame it; the whole clause's when that part tells none
    ("announced the indictment Tuesday": the verb itself is what the weekday dates). A
    closure in force right before it looks ahead (`_CLOSED_NOW`). `after`: what its sentence
    says after the clause (`said_to_come`)."""
    if _dates_the_saying(clause, at, end):
        return "past"
    if said_to_come(clause, at, end, after) or _covered_ahead(clause, at, end, after):
        return "future"
    if _closed_now(clause, at, end):
        return "future"
    clause = _before_a_perfect(clause, end)
    start, _, part = _what_was_said(clause, at, end)
    own = tense(_own_conjunct(part, at - start))
    if own != "present":
        return own
    whole = tense(clause)
    return "future" if whole == "present" and _TIMETABLE.search(part) else whole


# Two predicates of one subject joined by "and" or "but" before a modal each tell their own
# tense (fix 51, audit 30 item 3): "Lithuania disconnected from the Russian grid on Saturday
# and will join the European grid on Sunday" in Sunday 9 February 2025's paper had dated the
# disconnection Saturday 15 February, the "will" of the other predicate making the whole
# part look ahead. A weekday's tense is read from its own side of such a join.
_JOINED_MODAL = re.compile(r"(?:\s*,)?\s+(?:and|but)\s+(?=(?:then\s+|also\s+)?" + _MODALS_AHEAD
                           + r"\b)", re.IGNORECASE)


def _own_conjunct(part: str, at: int) -> str:
    """The predicate of `part` that holds position `at`, where "and"/"but" before a modal
    joins two (`_JOINED_MODAL`): each has its own tense."""
    start, stop = 0, len(part)
    for join in _JOINED_MODAL.finditer(part):
        if join.end() <= at:
            start = join.end()
        elif join.start() >= at:
            stop = join.start()
            break
    return part[start:stop]


# A second predicate in the present perfect after the weekday's ("Organisers expect 10,000
# visitors on Saturday and have asked drivers to park in Portinscale") tells what has been
# done about the day, not the day's tense: in Thursday's paper the perfect had made the
# whole clause a past account, Saturday the one gone by (audit 35, item 3). A weekday in a
# present first predicate reads the clause up to the join.
_JOINED_PERFECT = re.compile(r"(?:\s*,)?\s+(?:and|but)\s+(?:also\s+)?(?:have|has)\s+"
                             r"(?:also\s+|already\s+)?[a-z]+(?:ed|en|id|ne|ght)\b", re.IGNORECASE)


def _before_a_perfect(clause: str, end: int) -> str:
    """`clause` up to a join of a predicate in the present perfect after clause[:end]
    (`_JOINED_PERFECT`), else all of it."""
    join = _JOINED_PERFECT.search(clause, end)
    return clause[:join.start()] if join else clause


def _what_was_said(clause: str, at: int, end: int) -> tuple[int, bool, str]:
    """For a date at clause[at:end]: where what was said begins (after the last reporting
    verb before it, else 0), whether who said it follows (", officials said"), and the part
    of the clause that holds it, without those frames."""
    start = max((m.end() for m in _REPORTING.finditer(clause, 0, at)), default=0)
    frame = _FRAME_AFTER.search(clause, end)
    return start, frame is not None, clause[start:frame.start() if frame else len(clause)]


# A warning or a forecast just made covers days ahead: "The Met Office has issued a yellow
# warning for snow in Inverness from Wednesday to Friday", "The IMD has predicted heavy rain
# in Chennai on Friday" in Tuesday's and Wednesday's papers had been last week's days, the
# participle making a past account (review 24). A present perfect of foretelling (predicted,
# forecast, "warned of", or a warning, alert, watch or advisory "for" the date, issued,
# extended, raised) tells no past day; where nothing else in the clause is told in the past
# ("has issued a warning after snow fell on Monday"), the date is what was foretold.
_FORETOLD = re.compile(
    r"\b(?:has|have)\s+(?:also\s+|now\s+|\w+ly\s+)?(?:been\s+)?(?:(?P<said>predicted|forecast"
    r"|warned(?=\s+of\b))|issued|extended|raised|upgraded)\b", re.IGNORECASE)
_WARNINGS = r"warnings?|alerts?|watch(?:es)?|advisor(?:y|ies)|forecasts?"
_WARNING_FOR = re.compile(r"\b(?:" + _WARNINGS + r")(?:\s+[\w'’-]+){0,5}?\s+for\b",
                          re.IGNORECASE)


# What a warning, forecast or curfew covers is ahead whatever tense issued it: in Tuesday 5
# March 2024's paper "The National Weather Service issued a blizzard warning for Minneapolis
# starting Thursday night", "Met Éireann issued a yellow rain warning for Cork for Thursday",
# "declared a 24-hour curfew in Kano from Thursday" and "The Bureau of Meteorology warned of
# temperatures above 40C in Adelaide on Saturday" had been the days gone by (audit 29, item
# 3): the past participle made a past account, and `_FORETOLD` reads only a present perfect.
# The weekday right after "for", "from", "starting", "beginning" or "effective" a warning's
# noun or a curfew (or after "on", or nothing, with "warned of") is what was foretold, where
# no comma but a list's comes between and nothing after the noun is told in the past ("A
# curfew in Kano from Thursday was lifted on Saturday" is over). The day a warning was
# issued ("issued a warning on Thursday") and what storms did ("Storms hit Cork on
# Thursday") are read as before.
_COVERED_FROM = re.compile(
    r"(?:\b(?P<noun>(?:" + _WARNINGS + r"|curfews?)\b)(?:\s+[^\s;]+){0,8}?\s+(?:for|from"
    r"|starting|beginning|effective)|\b(?P<noun2>warned\s+of)\b(?:\s+[^\s;]+){0,8}?(?:\s+(?:on"
    r"|for|from|starting|beginning|effective))?)\s+(?:on\s+|from\s+)?$", re.IGNORECASE)

# A comma within what a warning covers only as a list of places ("for Cork, Kerry and Clare").
_NOT_A_LIST = re.compile(r",(?!\s+(?:(?:and|or)\s+)?[A-Z])")


# "warned of" with "on" or nothing before the weekday may give the day of the warning (fix 49,
# review 27 item 8): "The mayor warned of flooding in Xville on Thursday" and "Police warned of
# delays in Xville on Thursday, and the roads were jammed" in Tuesday 5 March 2024's paper had
# become the coming Thursday. Such a weekday is what was warned of only after a forecaster's
# warning ("Meteorologists warned of gales in Xville on Saturday": `_FORECASTERS`) or right
# after the thing itself, no place between ("warned of storms on Thursday": `_A_PLACE_BETWEEN`),
# and not where the sentence goes on in the past. ("warned on Thursday of …" is the day it
# was given, as before.)
_FORECASTERS = re.compile(
    r"\b(?:meteorolog\w*|forecasters?|weather\s+(?:service|bureau|office|agency)|Met\s+Office"
    r"|Met\s+[ÉE]ireann|IMD|NWS|Bureau\s+of\s+Meteorology)\b", re.IGNORECASE)
_A_PLACE_BETWEEN = re.compile(r"\b(?:in|at|near|across|around|outside)\s+(?:the\s+)?[A-Z]")
_A_COVER_WORD = re.compile(r"\b(?:for|from|starting|beginning|effective)\s+(?:on\s+|from\s+)?$",
                           re.IGNORECASE)


def _covered_ahead(clause: str, at: int, end: int, after: str = "") -> bool:
    """Whether the weekday at clause[at:end] is one a warning, forecast or curfew covers
    (`_COVERED_FROM`): ahead even where a past verb issued it."""
    cover = _COVERED_FROM.search(clause, 0, max(at, 0)) if at > 0 else None
    if cover is None or _NOT_A_LIST.search(cover.group()):
        return False
    head = cover.end("noun") if cover["noun"] else cover.end("noun2")
    if cover["noun2"] and not _warned_of_ahead(clause, cover, at, after):
        return False
    return not told_in_past(clause[head:at] + " " + clause[end:])


def _warned_of_ahead(clause: str, cover: re.Match, at: int, after: str) -> bool:
    """Whether a weekday "warned of" covers (`cover`, at clause[at:]) is what was warned of,
    not the day of the warning: after a cover word, a forecaster's warning, or the thing
    itself with no place between, and the sentence going on in no past (`_FORECASTERS`)."""
    if _A_COVER_WORD.search(clause, 0, at):
        return True
    if told_in_past(after.split(".")[0]):
        return False
    return bool(_FORECASTERS.search(clause, 0, cover.start("noun2"))) or \
        not _A_PLACE_BETWEEN.search(clause, cover.end("noun2"), at)


def _foretold(clause: str, at: int) -> bool:
    """Whether the date at clause[at:] is what a warning or forecast just made covers
    (`_FORETOLD`), with no comma between and no other verb of the clause told in the past."""
    told = [m for m in _FORETOLD.finditer(clause, 0, max(at, 0)) if "," not in clause[m.end():at]]
    if not told or told_in_past(_FORETOLD.sub(_blank, clause)):
        return False
    return any(m["said"] for m in told) or bool(_WARNING_FOR.search(clause, 0, at))


# What may yet come, told of the date's own noun: "a further strike in February could not be
# ruled out", "… in February was possible", "the union threatened a strike in February" in
# Wednesday 10 January 2024's paper had been February 2023, the past's month (audit 28, item
# 5): "ruled" and "threatened" made a past account, and "could not" is no `_MAY` (what could
# not be done). The possibility right after the date, no comma between, or a threat right
# before it, looks ahead; not what is judged of the past ("was possible that", "likely to
# have").
_POSSIBLE_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:(?:could|can|may|might)\s+(?:not\s+|n['’]t\s+)?be\s+ruled"
    r"\s+out|cannot\s+be\s+ruled\s+out|(?:is|are|was|were|looked|seemed)\s+(?:also\s+|still\s+"
    r"|now\s+|\w+ly\s+)?(?:possible|likely|looming)(?=\s*(?:[.;:!?]|$|,|\b(?:on|in|by|this|later"
    r"|next)\b)))", re.IGNORECASE)
# A threat of a thing ("threatened a further strike in February"), not of a person: "planned
# to have her son … threaten her with a gun Thursday night" (lgl-74) is what was done.
_THREAT_BEFORE = re.compile(r"\bthreaten(?:s|ed)\s+(?:an?|another|further|more|fresh|new"
                            r"|renewed)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)


def _may_yet_come(clause: str, at: int, end: int) -> bool:
    """Whether the date at clause[at:end] is of what may yet come: a possibility said of its
    noun right after it, or a threat right before it (`_POSSIBLE_AFTER`, `_THREAT_BEFORE`)."""
    threat = _THREAT_BEFORE.search(clause, 0, max(at, 0))
    return bool(_POSSIBLE_AFTER.match(clause, end)) or (
        threat is not None and "," not in clause[threat.start():at])


# What was said of a day's planned event, its "would" right after the day: "The university
# said exams on Wednesday would go ahead", "said the match on Saturday would be played
# behind closed doors". The day is of the event the saying looks ahead to; "would" after the
# day had left the saying's past to it, last Wednesday in Monday's paper (audit 35, item
# 3). Only verbs of a planned event taking place or not ("go ahead", "take place", "be
# held", "be postponed" …): "said the attack on Monday would not stop the talks" is of a
# day gone by.
_WOULD_HAPPEN_AFTER = re.compile(
    r"\s+(?:would|will)\s+(?:still\s+|now\s+|not\s+)?(?:go\s+ahead|take\s+place|proceed"
    r"|be\s+(?:held|played|staged|run|postponed|cancell?ed|canceled|called\s+off|delayed"
    r"|rescheduled|moved|suspended))\b", re.IGNORECASE)


def said_to_come(clause: str, at: int, end: int, after: str = "") -> bool:
    """Whether the date at clause[at:end] is of what was said to come: "would" before it in
    what was said ("said the line would reopen in Q3", "trains would resume on Monday,
    officials said"), "could", "may", "might", "should", "to expect" before it, said or
    in a part telling no past ("forecasters said Xville could see snow on Friday"), or what
    was expected then ("said more rain was expected on Thursday": `_expected_then`, where
    `after`, what the sentence says after the clause, does not tell what came of it)."""
    if _foretold(clause, at) or (at >= 0 and _may_yet_come(clause, at, end)):
        return True
    start, framed, part = _what_was_said(clause, at, end)
    if (start or framed) and any(not _recalled(clause, would.end(), at)
                                 for would in _WOULD.finditer(clause, start, at)):
        return True
    if _expected_then(clause, at, end) and not _came_of_it(after):
        return True
    if (start or framed) and _WOULD_HAPPEN_AFTER.match(clause, end):
        return True
    own = tense(_without_a_modal_s_passive(_own_conjunct(part, at - start)))
    if own != "past" and not tells_a_habit(clause) and any(
            not _recalled(clause, would.end(), at) for would in _WOULD.finditer(clause, start, at)):
        return True  # ("The bridge would reopen on Monday", said in the sentence before)
    return bool(_MAY.search(clause, start, at)) and bool(start or own != "past")


def _expected_then(clause: str, at: int, end: int) -> bool:
    """Whether the date at clause[at:end] is what was expected then (`_EXPECTED_THEN` before
    it, no comma between: "which was expected on Saturday, hit Xville on Sunday" dates the
    storm's Sunday in the past), and nothing else in the clause is told in the past but
    who said so ("Forecasters said"): another past verb tells what came of it ("Rain was
    forecast for Friday but it stayed dry": last Friday). A past form in capitals is a name's
    ("the Met Office")."""
    expected = max((m for m in _EXPECTED_THEN.finditer(clause) if m.end() <= at),
                   key=lambda m: m.end(), default=None)  # (the last before it)
    if expected is None or "," in clause[expected.end():at]:
        return False
    frame = _FRAME_AFTER.search(clause, end)
    rest = _REPORTING.sub(" ", _EXPECTED_THEN.sub(" ", clause[:frame.start() if frame else None]))
    return not any(past.group()[0].islower() for past in _PAST.finditer(rest))


# A clause after the expectation's that tells in the past what came of it: "Snow was expected
# in Denver on Monday, but little fell" (audit 17's, pinned: last Monday), "…, yet none came".
_CAME_OF_IT = re.compile(r"\W*(?:but|yet|although|though|however|instead)\b", re.IGNORECASE)


def _came_of_it(after: str) -> bool:
    """Whether `after`, what a sentence says after a clause, opens with a contrast told in
    the past (`_CAME_OF_IT`)."""
    opening = _CAME_OF_IT.match(after)
    return opening is not None and any(
        past.group()[0].islower() for past in _PAST.finditer(after, opening.end()))


def frame_said_on(text: str, start: int, at: int) -> int | None:
    """Where the frame after what was said begins (", the Red Cross said"), searched in
    text[start:at], when the date at text[at:] is that saying's, right after its verb
    (`_FRAME_AFTER`, `_SAID_BEFORE`); else None."""
    frame = max(_FRAME_AFTER.finditer(text, start, at), key=lambda m: m.start(), default=None)
    if frame is None or not _SAID_BEFORE.search(text, frame.start(), at):
        return None
    return frame.start()


def _dates_the_saying(clause: str, at: int, end: int) -> bool:
    """Whether the weekday at clause[at:end] is when something was said: right before or
    after a reporting verb, or opening the clause with only the speaker before the verb."""
    if _SAID_BEFORE.search(clause, 0, at) or _SAID_AFTER.match(clause, end):
        return True
    if not _CLAUSE_OPENING.match(clause[:at]):
        return False
    said = _SPEAKER_SAID.match(clause, end)
    return bool(said) and not (_FUTURE.search(said["speaker"])
                              or told_in_past(said["speaker"]))


def _month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _closest_year(month: int, day: int, ref: dt.date, tense_: str) -> dt.date | None:
    """Day and month without a year: the occurrence nearest the reference, nudged by tense;
    in an account of the past (`tense_` "recounted", see `_month_day_tense`) the last one
    by then."""
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if tense_ == RECOUNTED and any(d <= ref for d in candidates):
        return max(d for d in candidates if d <= ref)
    return min(candidates, key=lambda d: _cost_by_tense(d, ref, tense_))


def _cost_by_tense(day: dt.date, ref: dt.date, tense_: str) -> int:
    """How far a day without a year lies from the reference, three times as far on the side
    the tense turns from: the past may still speak of a day just ahead ("packed the town
    ahead of 25 December" on the 20th), but less readily than of one gone by."""
    delta = (day - ref).days
    if tense_ == "past" and delta > 0:
        return delta * 3
    if tense_ == "future" and delta < 0:
        return -delta * 3
    return abs(delta)


def _weekday_date(weekday: int, ref: dt.date, rel: str, tense_: str) -> dt.date:
    """Resolve a weekday against the reference using the modifier, else the clause tense."""
    back = (ref.weekday() - weekday) % 7  # days back to the most recent such weekday (0 = ref)
    forward = (weekday - ref.weekday()) % 7
    rel = rel.lower()
    if rel in {"last", "this past"}:
        return ref - dt.timedelta(days=back or 7)
    if rel in {"next", "this coming"}:
        return ref + dt.timedelta(days=forward or 7)
    if rel in {"later", "later on"}:  # later that day: the day just past in a past account
        return ref - dt.timedelta(days=back) if tense_ == "past" else \
            ref + dt.timedelta(days=forward)
    if rel in {"earlier", "earlier on"}:
        return ref - dt.timedelta(days=back)
    if tense_ == "future" or (rel == "this" and tense_ == "present"):  # "this Tuesday": ahead
        return ref + dt.timedelta(days=forward)
    if tense_ == "present" and forward < back:  # "Davos opens on Tuesday": the nearer one
        return ref + dt.timedelta(days=forward)
    return ref - dt.timedelta(days=back)


# "until Thursday", "by Wednesday", "through Sunday": a deadline, set when it was said and
# lying after the saying, whatever the clause's tense ("warned residents to boil water until
# Thursday" in a story of Tuesday had been dated to the Thursday before — an audit).
# "Effective Friday" is when something takes effect: ahead even of a past verb ("resigned
# effective Friday", audit 19).
_DEADLINE_BEFORE = re.compile(r"\b(?:until|till|through|thru|by|before|(?P<effective>effective))"
                              r"\s+$", re.IGNORECASE)
# "since Thursday": when a state that lasts began, a day gone by whatever the clause's tense
# ("have been under a boil-water notice since Thursday" in Wednesday's paper had been the
# next day, the present perfect reading as the present — audit 19).
SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)


# Before a past account's deadline, what sets it ahead of the saying ("told residents to boil
# water until Thursday", "ordered to leave by Wednesday", "warned it could stay shut until …").
# (An infinitive's verb is a lower-case word: "moved to Gao by the end of the month" and
# "evacuated to the stadium by Friday" look ahead to nothing — dates62, "to Gao" had read as
# an infinitive and made a past account's time a deadline still to come.)
_LOOKS_AHEAD = re.compile(
    r"\b(?:(?P<to>to) (?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)\b)"
    r"(?-i:[a-z])[a-z]*|" + _MODALS_AHEAD + r")\b", re.IGNORECASE)
# "To" after a verb of motion or of change tells where to or how far, not an infinitive,
# whatever word follows: "The river swelled to dangerous levels at Gao by the 20th",
# "Families fled to higher ground by Friday", "Water levels rose to record heights",
# "Residents were moved to nearby schools" (review 34: read as infinitives, each past account
# had become a deadline still to come, "by the 20th" the month from the report). Up to two
# words between, none an adverb in -ly ("moved quickly to seal off the road" is one), and
# "to" in a preposition ("according to officials", "close to") is none either.
_WHERE_OR_HOW_FAR_TO = re.compile(
    r"\b(?:(?:rise|rises|rising|rose|risen|fall|falls|falling|fell|fallen|swell\w*|swollen"
    r"|climb\w*|drop\w*|jump\w*|soar\w*|surg(?:e|es|ed|ing)|plung(?:e|es|ed|ing)|sank|sunk"
    r"|sink\w*|grew|grown|grow(?:s|ing)?|increas\w*|decreas\w*|reduc\w*|lower\w*|rais\w*"
    r"|mov(?:e|es|ed|ing)|fle(?:e|es|eing|d)|evacuat\w*|relocat\w*|return\w*|travel\w*"
    r"|head(?:s|ed|ing)?|sent|brought|taken|took|flown|flew|transferr\w*|shift\w*|carried"
    r"|driven|drove|retreat\w*|escap\w*|spread\w*|swept|diverted|rerouted|redirected)"
    r"(?:\s+(?!\w+ly\b)(?-i:[a-z])[\w'’-]*){0,2}"
    r"|according|thanks|owing|prior|next|close|compared|contrary|addition|response|route)"
    r"\s+$", re.IGNORECASE)


def _looks_ahead(text: str, end: int | None = None) -> bool:
    """Whether text[:end] holds a modal or an infinitive that sets what follows ahead of the
    saying (`_LOOKS_AHEAD`), not "to" where or how far (`_WHERE_OR_HOW_FAR_TO`)."""
    for found in _LOOKS_AHEAD.finditer(text, 0, len(text) if end is None else end):
        if not found["to"] or not _WHERE_OR_HOW_FAR_TO.search(text, 0, found.start()):
            return True
    return False
# A state in force when it was written, right before its deadline: "remain closed until
# Friday", "is shut until Monday", "has been extended until Friday". Its participle had made
# the clause a past account, whose deadline is the nearer day (last week's Friday — audit 19);
# "was closed until Monday" is still one, and so is "were to remain closed until Friday" (an
# infinitive, a review).
_STATE_BEFORE = re.compile(
    r"(?<!\bto )\b(?:is|are|remains?|stays?|ha(?:s|ve)\s+been)"
    r"(?:\s+(?!(?:was|were|had)\b)[\w'’-]+){1,4}"
    r"\s+$", re.IGNORECASE)
# A state told in the past right before its deadline, which may still hold when it is told:
# "Noi Bai airport in Hanoi was closed until Sunday morning", "trains were suspended until
# Monday". In Saturday's paper that is the next morning, the nearer Sunday as a past
# account's deadline is (`_deadline_date`); read as "stayed closed until Thursday", a state
# over, it had been the Sunday six days before (audit 23, item 15b). Not "by" nor "before",
# which tell what was done by then ("had been evacuated by Sunday").
_HELD_UNTIL = re.compile(
    r"\b(?:was|were)\s+(?:\w+ly\s+|also\s+|still\s+|again\s+)?(?:\w+ed|shut|closed|kept|held)"
    r"(?:\s+(?!(?:after|when|because|following|since|and|but|or|on|for|over|due)\b)[\w'’.-]+)"
    r"{0,3}\s+(?:until|till|through|thru)\s+$", re.IGNORECASE)
# A present perfect or a present state anywhere before "until", "till" or "through" a day,
# with nothing told in the past between: "The Met Office has issued a yellow warning for rain
# across Wales until Friday", "Police have imposed a curfew in Imphal until Sunday", "A red
# warning remains in place for eastern Scotland until Saturday, the Met Office said". What
# the clause has done or is stands when it is written, so its deadline is still ahead; the
# participle (and "said") had made each a past account, `_STATE_BEFORE` reaching only four
# words back: in Tuesday 19 November 2024's paper the first two were Friday 15 and Sunday
# 17 November (audit 25). Not after a modal or "to" ("could have stayed until Friday", "is
# believed to have stayed"), nor "had".
_IN_FORCE = re.compile(r"\b(?:has|have|is|are|remains?|stays?)\b(?:\s+(?:\w+ly|also|now|already"
                       r"|still|not|never|been))*(?:\s+[a-z][\w'’-]*)?", re.IGNORECASE)
_NOT_IN_FORCE = re.compile(r"\b(?:to|" + _MODALS_AHEAD + r"|not|\w+n['’]t)\s+$", re.IGNORECASE)
_UNTIL = re.compile(r"until|till|through|thru", re.IGNORECASE)


def _in_force(clause: str, cue: re.Match) -> bool:
    """Whether a present perfect or a present state comes before an "until" `cue`, nothing
    told in the past between (`_IN_FORCE`): a deadline still ahead."""
    if not _UNTIL.fullmatch(cue.group().strip()):
        return False
    last = None
    for last in _IN_FORCE.finditer(clause, 0, cue.start()):
        pass  # (the last one before it)
    return last is not None and not _NOT_IN_FORCE.search(clause, 0, last.start()) \
        and not told_in_past(clause[last.end():cue.start()])


# The verbs that put something off or move it, each once (review 24, part 2 A5): which way
# the new day lies from the old ("later", "earlier", or "" either way: `_moved_way`), whether
# in the passive it moves its subject whatever that is (`_RESCHEDULED`: "It was pushed back
# from Monday to Thursday"; not "moved", "changed", "shifted" or "delayed", which are done to
# people and trains: "Residents were moved from Monday to Wednesday"), the words that may
# bring the one day it was put off to (`_put_off_before`: "postponed until Monday", "moved to
# Monday"; "moved", "pushed", "put back" and "brought forward" never "for" one), and whether
# it moves a range's first day to its second (`_moved_from`: "switched the vote from May 5 to May
# 12"; a bare "pushed" only "pushed the derby back to Sunday").
@dataclass(frozen=True)
class _Move:
    way: str
    any_subject: bool
    to: str
    from_to: bool = True


_TO_A_DAY = "until|till|to|for"
_MOVES: dict[str, _Move] = {
    "postponed": _Move("later", True, _TO_A_DAY),
    "delayed": _Move("later", False, _TO_A_DAY),
    "deferred": _Move("later", True, _TO_A_DAY),
    "adjourned": _Move("later", True, _TO_A_DAY),
    "put off": _Move("later", True, _TO_A_DAY),
    "rescheduled": _Move("", True, _TO_A_DAY),
    "pushed back": _Move("later", True, "until|till|to"),
    "put back": _Move("later", True, "until|till|to"),
    "brought forward": _Move("earlier", True, "until|till|to"),
    "pulled forward": _Move("earlier", True, "until|till|to"),
    "moved up": _Move("earlier", False, "until|till|to"),
    "moved": _Move("", False, "until|till|to"),
    "pushed": _Move("", False, "until|till|to", from_to=False),
    "switched": _Move("", False, ""),
    "changed": _Move("", False, ""),
    "shifted": _Move("", False, ""),
}


def _move_verbs(keep: Callable[[_Move], bool]) -> str:
    """The verbs of `_MOVES` that `keep` keeps, as a pattern's alternatives, the longer first
    ("pushed back" before "pushed"), a space any run of spaces."""
    verbs = sorted((verb for verb, move in _MOVES.items() if keep(move)), key=len, reverse=True)
    return "|".join(verb.replace(" ", r"\s+") for verb in verbs)


# What was put off to a weekday ("was postponed until Monday", "delayed to Friday", "pushed
# the vote back to Monday", "rescheduled for Tuesday"): a day after the one first set and
# after it was put off. Read as a past account's weekday, it had been the one gone by: "The
# match, set for Saturday, was postponed until Monday" in Sunday's paper was the Monday
# before the match (a review).
_PUT_OFF_BEFORE = re.compile(
    r"\b(?P<verb>" + _move_verbs(lambda move: move.to == _TO_A_DAY) + r")(?:\s+[\w'’-]+){0,4}?"
    r"\s+(?P<to>" + _TO_A_DAY + r")\s+$", re.IGNORECASE)
# "Moved", "pushed", "put back" and "brought forward" put off only to a day ("was moved to
# Monday", "pushed the derby back to Sunday", "the rally moved to Saturday"), never "for" one,
# nor past a word of where people went: "worshippers moved into Xville for Friday prayers" and
# "engineers pushed on to Friday" in Tuesday's paper had become the coming Friday (review 20). "Put
# back", "brought forward", "pulled forward" and "moved up" to a weekday were no put-off: "The match
# in Leeds has been put back to Monday" in Tuesday 5 March 2024's paper was the Monday gone by,
# where "has been postponed to Monday" was the coming one; one brought forward is before the day
# first set.
_MOVED_BEFORE = re.compile(
    r"\b(?P<verb>" + _move_verbs(lambda move: move.to == "until|till|to") + r")(?:\s+(?!(?:on|"
    r"onto|into|in|inside|through|toward|towards|across|along|around|past|over|off|away|down|"
    r"ahead)\b)[\w'’-]+){0,4}?\s+(?P<to>until|till|to)\s+$", re.IGNORECASE)
# A day named before it in the clause (when it was first set, or put off): the new one is after.
# The put-off's own tense, from the words before its verb: "will be", "is to be" look ahead;
# "is", "has been" tell a state in force; else it was done ("was", "had been", "postponed").
# (Not the clause's: "which had been scheduled for Saturday, was delayed until Monday" read
# "scheduled" as a plan still ahead.)
_PUT_OFF_AHEAD = re.compile(r"\b(?:" + _MODALS_AHEAD + r"|to)\s+(?:\w+\s+)?be\s+(?:\w+\s+)?$",
                            re.IGNORECASE)
_PUT_OFF_NOW = re.compile(r"\b(?:is|are|ha(?:s|ve)(?:\s+\w+)?\s+been)\s+(?:\w+\s+)?$",
                          re.IGNORECASE)
_DAY_BEFORE = re.compile(r"\b(?:(?P<rel>last|this|next|this past|this coming)\s+)?" + _WEEKDAY
                         + r"\b", re.IGNORECASE)
# "From Friday" in the present, progressive or a timetable's ("Paris is hosting the Olympic
# Games from Friday", "The new timetable runs from Monday"), is when something starts: the
# coming day. Read as the present's nearer day, in Sunday 21 July 2024's paper the Games had
# opened on Friday 19 July, a week early (audit 25, item 8).
# (Not after a present perfect: "have been without power from Monday" is since then.)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:on\s+)?$", re.IGNORECASE)
_HAVE = re.compile(r"\b(?:has|have)\b|\w['’]ve\b", re.IGNORECASE)
# "by" after a past participle names an agent, not a deadline ("followed by Friday prayers"),
# where a noun follows the weekday (`_A_NOUN_NEXT`): "will be repaired by Friday", "would be
# reopened by Monday night" are deadlines (dates62: the participle alone had made them the
# day, where "would be fixed by May 31" was the span to it). A time of day may come between
# the weekday and its noun: "will be hit by Thursday night thunderstorms", "blocked by Friday
# morning traffic" are the storms and the traffic of that day (review 34: the time of day,
# no noun, had made them deadlines), where "by Monday night." is still one.
_AGENT_BY = re.compile(r"\b(?:\w+ed|led|hit|held|run|set|won|made|built|caught)\s+by\s+$",
                       re.IGNORECASE)
_TIME_OF_DAY = r"(?:night|morning|afternoon|evening|noon|midday|midnight)"
_A_NOUN_NEXT = re.compile(r"(?:\s+" + _TIME_OF_DAY + r")?\s+(?!(?:" + _NO_NOUN + "|"
                          + _TIME_OF_DAY + r"|at|the|a|an)\b)(?-i:[a-z])", re.IGNORECASE)


def _resolve_weekday(expr: TimeExpression, ref: dt.date, clause: str, tense_: str,
                     at: int) -> DateGuess:
    """A bare weekday at clause[at:]: by the clause's tense, or as a deadline after "until",
    "by" …"""
    weekday = WEEKDAYS[expr.groups["weekday"].lower()]
    if at > 0 and SINCE_BEFORE.search(clause, 0, at):
        return DateGuess(_weekday_date(weekday, ref, "", "past"), "relative", 0.75,
                         f"since {expr.text} (when it began)")
    possessive = expr.text.endswith(("'s", "’s"))  # "hit by Friday's storm": no deadline
    put_off = _put_off_before(clause, at) if at > 0 and not possessive else None
    if put_off is not None:
        return _put_off_to(weekday, expr.text, ref, clause, put_off)
    cue = _DEADLINE_BEFORE.search(clause, 0, at) if at > 0 and not possessive else None
    if cue is not None and tense_ == "past" and (
            _STATE_BEFORE.search(clause, 0, cue.start()) or _in_force(clause, cue)):
        tense_ = "present"  # "schools are closed until Monday": the coming Monday
    if cue is not None and not cue["effective"] and ((
            _AGENT_BY.search(clause, 0, cue.end())
            and _A_NOUN_NEXT.match(clause, at + len(expr.text))) or (
            tense_ == "past" and not _looks_ahead(clause, cue.start())
            and not _HELD_UNTIL.search(clause, 0, cue.end()))):
        cue = None  # a past account's "stayed closed until Thursday" is the one gone by,
        # and "followed by Friday prayers" no deadline (a review)
    if cue is None and tense_ == "present" and _FROM_BEFORE.search(clause, 0, at) \
            and not _HAVE.search(clause, 0, at):
        return DateGuess(_deadline_date(weekday, ref, tense_), "relative", 0.75,
                         f"from {expr.text} (a start, present tense)")
    if cue is None:
        return DateGuess(_weekday_date(weekday, ref, "", tense_), "relative", 0.75,
                         f"{expr.text} ({tense_} tense)")
    date = _deadline_date(weekday, ref, tense_)
    if _UNTIL.fullmatch(cue.group().strip()) and date > ref:
        return _from_now_until(ref, date, f"{cue.group().strip()} {expr.text}")
    if cue.group().strip().lower() == "by" and date > ref:  # (a deadline ahead, as "by 1
        # December" is: from the report's date to it — dates62)
        return _from_now_until(ref, date, f"by {expr.text}", DEADLINE)
    what = "when it takes effect" if cue["effective"] else "a deadline"
    return DateGuess(date, "relative", 0.75,
                     f"{cue.group().strip()} {expr.text} ({what}, {tense_} tense)")


# What holds "until" a day still ahead holds from the report's time to then (fix 53): "Schools
# in Xville are closed until Monday" in Wednesday 13 March 2024's paper had been Monday 18
# March alone, the day they reopen, and "Flights to Xville are suspended until March 3" in 20
# February's the report's date, where "until the end of the year" was already the reference
# date to its end (`_from_now_to_its_end`). A state over by the report ("The bridge was closed
# until Monday" in Wednesday's paper) keeps its last day.
def _from_now_until(ref: dt.date, end: dt.date, said: str, what: str = "") -> DateGuess:
    """The reference date to `end`, the day a state told with `said` ("until Monday") lasts
    to, or a deadline still ahead (`what` = `DEADLINE`, dates60) falls on."""
    note = "a deadline: from the report's date to it" if what == DEADLINE else \
        "from the report's date to its end"
    return DateGuess(ref, "relative", 0.75, f"{said} ({note})", end=end, precision="range")


def moved_to(before: str) -> bool:
    """Whether `before`, what comes right before a date, moves something to it ("which was
    brought forward to", "postponed until": `_MOVES`)."""
    return _put_off_before(before, len(before)) is not None


# A day first set for what is then moved: "was set for Saturday but was brought forward to
# Friday", "scheduled on Monday" (`_PLAN_WORDS`).
_PLANNED_BEFORE = re.compile(r"\b(?:" + "|".join(_PLAN_WORDS) + r")\s+(?:for|on)\s+$",
                             re.IGNORECASE)


def planned_for(before: str) -> bool:
    """Whether `before`, what comes right before a date, sets a plan for it ("was set for",
    "scheduled on": `_PLANNED_BEFORE`), which a put-off after it may move."""
    return _PLANNED_BEFORE.search(before) is not None


def _put_off_before(clause: str, at: int) -> re.Match | None:
    """The put-off right before a weekday at `at` ("postponed until", "was moved to")."""
    return _PUT_OFF_BEFORE.search(clause, 0, at) or _MOVED_BEFORE.search(clause, 0, at)


def _put_off_to(weekday: int, text: str, ref: dt.date, clause: str,
                put_off: re.Match) -> DateGuess:
    """The weekday something was put off to: the first after a day the clause names before
    ("set for Saturday", "on Friday … postponed"), read in the put-off's tense; else as a
    deadline is (the coming one; in a past account the nearer one, which may have gone
    by). What the clause says after it may still be ahead ("The final, postponed until
    Monday, will be played in Xville": fix 42), and so is the day; and so is a day a
    present perfect moves to, never gone by: "was set for Saturday but has been brought
    forward to Friday" in Tuesday 5 March 2024's paper had been Friday 1 March, from the
    nearer Saturday, 2 March (fix 47); it counts from the coming one."""
    tense_ = _put_off_tense(clause, put_off)
    if tense_ != "future" and looks_ahead(clause, put_off.end()):
        tense_ = "future"
    verb = " ".join(put_off["verb"].split())
    said = f"{verb} {put_off['to']} {text}"
    first = None
    for first in _DAY_BEFORE.finditer(clause, 0, put_off.start()):
        pass  # (the last one before it)
    if first is None:
        return DateGuess(_deadline_date(weekday, ref, tense_), "relative", 0.75,
                         f"{said} (a day put off to, {tense_} tense)")
    earlier = _MOVES[verb.lower()].way == "earlier"
    before = _weekday_date(WEEKDAYS[first["weekday"].lower()], ref, first["rel"] or "", tense_)
    date = _moved_from_the_first(before, weekday, earlier)
    if tense_ == "present" and date < ref:  # ("has been brought forward to": still ahead)
        before = _weekday_date(WEEKDAYS[first["weekday"].lower()], ref, first["rel"] or "",
                               "future")
        date = _moved_from_the_first(before, weekday, earlier)
    if earlier:  # "set for Saturday, brought forward to Friday"
        return DateGuess(date, "relative", 0.75,
                         f"{said} (a day brought forward to, before {before:%A %-d %B})")
    return DateGuess(date, "relative", 0.75,
                     f"{said} (a day put off to, after {before:%A %-d %B})")


def _moved_from_the_first(first: dt.date, weekday: int, earlier: bool) -> dt.date:
    """The `weekday` a day first set is moved to: the last such day before it where the move
    is `earlier`, else the first after it."""
    if earlier:
        return first - dt.timedelta(days=(first.weekday() - weekday) % 7 or 7)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 or 7)


def _put_off_tense(clause: str, put_off: re.Match) -> str:
    """The tense of a put-off or a move, from the words before its verb (`_PUT_OFF_AHEAD`,
    `_PUT_OFF_NOW`; else it was done)."""
    before_verb = clause[max(0, put_off.start("verb") - 40):put_off.start("verb")]
    return "future" if _PUT_OFF_AHEAD.search(before_verb) else \
        "present" if _PUT_OFF_NOW.search(before_verb) else "past"


# What was moved from one day to another ("The match was moved from Saturday to Sunday",
# "switched the vote from May 5 to May 12", "brought forward from Saturday to Friday"): the
# day it was moved to, not a range of both (review 20b: Saturday to Sunday, two days of a
# match held on one). Only an event rescheduled, its subject right before the verb ("The
# match in Paris was moved from", "the rally moved from") or its object after it ("switched
# the Paris match from", "moved the vote on the budget from"): review 21 found "Fog delayed
# flights from Monday to Wednesday", "Residents were moved out of Leeds from …", "Prices
# shifted sharply from Monday to Friday" read as moves, each its last day alone. "Delayed"
# and "adjourned" move only what is scheduled, as the others do: "The trial was delayed from
# 4 March to 18 March", "The inquest was adjourned from 5 May to 12 June" had been ranges
# of both days (left by audit 23); "Fog delayed flights from Monday to Wednesday" has no
# event of `_SCHEDULED` and is still the days of the delays.
_MOVED_VERB = r"(?P<verb>" + _move_verbs(lambda move: move.from_to) + ")"
_SCHEDULED = (r"(?i:" + _EVENT_WORDS + r"|match(?:es)?|games?|fixtures?|derby|races?|votes?"
              r"|ballot|hearings?|trials?|meetings?|sessions?|debates?|concerts?|festivals?"
              r"|shows?|ceremon(?:y|ies)|parades?|rall(?:y|ies)|marches|launch|opening"
              r"|visits?|trips?|exams?|deadlines?|events?|conferences?|fairs?|auctions?"
              r"|premieres?|screenings?|weddings?|funerals?|inquests?|sittings?|fights?|bouts?"
              r"|tests?|semi-finals?|quarter-finals?|play-?offs?|exhibitions?|performances?"
              r"|gigs?|releases?|walkouts?|kick-?off|sentencing|appeals?|summits?|talks)")
_EVENT_HEAD = (r"\b" + _SCHEDULED + r"(?:\s+(?:in|at|of|on|for|between|against|with)"
               r"(?:\s+[\w'’.-]+){1,4}?)?")
_MOVED_SUBJECT = re.compile(  # "The match in Paris was moved from", "the rally moved from"
    _EVENT_HEAD + r"(?:\s+(?:was|were|is|are|be|been|being|has|have|had|will|would|shall"
    r"|could|may|might|must|to|also|now|again|already|then|later|officially|not))*\s+"
    + _MOVED_VERB + r"\s+(?:from\s+)?$", re.IGNORECASE)
_MOVED_OBJECT = re.compile(  # "switched the Paris match from", "moved the vote on … from"
    r"\b" + _MOVED_VERB + r"\s+(?:the|its|their|his|her|our|this|next|a|an|[\w-]+['’]s)"
    r"(?:\s+[\w'’-]+){0,3}?\s+" + _EVENT_HEAD[2:] + r"\s+(?:from\s+)?$", re.IGNORECASE)
# A verb that only reschedules, in the passive, moves its subject whatever it is: "It was
# pushed back from Monday to Thursday", "The verdict was postponed from Monday to Thursday"
# had been both days (left by audit 23: neither "it" nor "verdict" is in `_SCHEDULED`).
# Not "moved", "changed", "shifted" or "delayed" ("Residents were moved from Monday to
# Wednesday", "Trains were delayed from Monday to Wednesday": what was done on those days).
_RESCHEDULED = re.compile(
    r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+|also\s+|again\s+|now\s+|then\s+)?"
    r"(?P<verb>" + _move_verbs(lambda move: move.any_subject) + r")\s+(?:from\s+)?$",
    re.IGNORECASE)
_FROM_END = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_MOVED_KINDS = frozenset({"range_weekday", "range_dm", "range_md", *_TWO_MONTH_KINDS})
# Which way the new day lies from the old: after it, before it; else ("moved", "switched",
# "changed") a day of the month the nearer one, and a weekday the one after, unless that is
# five or six days on ("from Monday to Friday": four after; "from Sunday to Saturday", "from
# Thursday to Tuesday": the day before, two days before).


def _moved_from(expr: TimeExpression, clause: str, at: int) -> re.Match | None:
    """The move before a range "from X to Y" that names the day something was moved from and
    the one it was moved to, if it is one."""
    if expr.kind not in _MOVED_KINDS or at <= 0 or not (
            expr.text[:4].lower() == "from" or _FROM_END.search(clause, 0, at)):
        return None
    return (_MOVED_SUBJECT.search(clause, 0, at) or _MOVED_OBJECT.search(clause, 0, at)
            or _RESCHEDULED.search(clause, 0, at))


def _moved_to(expr: TimeExpression, ref: dt.date, clause: str,
              moved: re.Match) -> DateGuess | None:
    """The day something was moved to from another: the old day read in the move's tense
    (as a put-off's first day is), the new one after it, before it, or the nearer one, as
    the verb says (`_MOVES`)."""
    g, tense_ = expr.groups, _put_off_tense(clause, moved)
    if expr.kind == "range_weekday":
        old = _weekday_date(WEEKDAYS[g["weekday"].lower()], ref, g.get("rel", ""), tense_)
        new = [old + dt.timedelta(days=d) for d in range(-6, 7)
               if d and (old + dt.timedelta(days=d)).weekday() == WEEKDAYS[g["weekday2"].lower()]]
    else:
        month, month2 = _month_number(g["month"]), _month_number(g.get("month2", g["month"]))
        year = g.get("year1") or (g.get("year") if expr.kind not in _TWO_MONTH_KINDS else None)
        old = dt.date(int(year), month, int(g["d1"])) if year else \
            _closest_year(month, int(g["d1"]), ref, tense_)
        if old is None:
            return None
        years = [int(g["year"])] if "year" in g else [old.year - 1, old.year, old.year + 1]
        new = [d for d in (_day_or_none(y, month2, int(g["d2"])) for y in years) if d and d != old]
    verb = " ".join(moved["verb"].split())
    date = _moved_way(old, new, verb.lower(), expr.kind == "range_weekday")
    if date is None:
        return None
    said = expr.text.rstrip(".")
    said = said if said[:4].lower() == "from" else f"from {said}"
    return DateGuess(date, "relative", 0.8, f"{verb} {said} (the day it was moved to, from "
                                            f"{old:%A %-d %B})")


def _moved_way(old: dt.date, new: list[dt.date], verb: str, weekday: bool) -> dt.date | None:
    """Of the days `new` a move from `old` may name, the one it names (`_MOVES`' way)."""
    later = min((d for d in new if d > old), default=None)
    earlier = max((d for d in new if d < old), default=None)
    way = _MOVES[verb].way if verb in _MOVES else ""
    if way:
        return later if way == "later" else earlier
    if weekday:
        return later if later and (later - old).days <= 4 else earlier
    return min(new, key=lambda d: abs((d - old).days), default=None)


def _day_or_none(year: int, month: int, day: int) -> dt.date | None:
    """The day, or None where the figures make none (30 February)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _deadline_date(weekday: int, ref: dt.date, tense_: str) -> dt.date:
    """The coming such weekday; in a past account the nearer one, which may have gone by
    ("the road stayed closed until Thursday" in Saturday's paper: two days before)."""
    back = (ref.weekday() - weekday) % 7
    forward = (weekday - ref.weekday()) % 7
    if tense_ == "past" and back < forward:
        return ref - dt.timedelta(days=back)
    return ref + dt.timedelta(days=forward)


def _count(value: str) -> int:
    """A count in figures or words ("twenty-five": a ten and a unit)."""
    value = " ".join(value.lower().replace("-", " ").split())
    if value.isdigit():
        return int(value)
    if value in _NUMBER_WORDS:
        return _NUMBER_WORDS[value]
    return sum(_NUMBER_WORDS.get(word, 0) for word in value.split()) or 1


def _months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` months of the calendar before `day` (after it, where `months`
    is negative), or that month's last day where it has fewer days: "the six months to 29
    August 2025" start after 28 February (review 32, item 3: no 29 February 2025, and the
    date was lost)."""
    first = _shift_months(day.replace(day=1), -months)
    return first.replace(day=min(day.day, _month_range(first.year, first.month)[1].day))


def _shift_months(ref: dt.date, months: int) -> dt.date:
    index = ref.year * 12 + ref.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, 1)


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, 1), dt.date(year, month, last)


# A past account: an auxiliary or an irregular past form (not "said" nor "told": a report
# of what someone said may be about a day to come), where a past participle alone ("the
# proposed casino") tells nothing. Before a date, what still makes it speak of a day that was
# ahead then: "was moved to April 2", "planning to hold rallies from April 9".
_RECOUNTED = re.compile(
    r"\b(?:was|were|had|did|went|came|took|began|fell|" + IRREGULAR_PAST + r")\b",
    re.IGNORECASE)
_AHEAD_BEFORE = re.compile(r"\b(?:to|until|till|for|by|before|ahead\s+of|from|effective)\s+"
                           r"(?:on\s+)?$", re.IGNORECASE)
_AHEAD = re.compile(r"\b(?:" + _MODALS_AHEAD + r"|plan(?:s|ned|ning)? to|hop(?:es|ed|ing) to"
                    r"|set to|\w+'d|comes? into force|takes? effect|(?:is|are) due"
                    r"|(?:is|are) (?:set|scheduled|expected))\b", re.IGNORECASE)
# (a present or future verb beside a past one: "the accord, which was signed in May, comes
# into force on July 1" — a review)
RECOUNTED = "recounted"  # a tense of `_month_day_tense`: told of as past, for sure
# A regular verb in the simple past right before a day, or with where it happened between:
# "The new bridge in Cork opened on 2 January", "opened to traffic on 20 March", "resigned
# in Cork on 14 February". In a paper of 31 December they had been the coming days, next
# year's (audit 22): a past participle alone tells nothing (`_RECOUNTED`), so the clause's
# past only weighed against a day ahead three times its distance, and in a year's review
# every day up to three months on was next year's. Not a participle after a word that makes
# it one ("the proposed", "are opened", "will be opened"), nor one of plans or put-offs
# (`_NOT_DONE`): "scheduled on 2 January", "postponed to 2 January" look ahead as before.
_DONE_BEFORE = re.compile(r"(?:^|[^\w-])(?:(?P<before>[\w'’]+)\s+)?(?P<verb>[a-z]{3,}ed)"
                          r"(?:\s+(?:in|at|to)\s+(?:the\s+)?[\w'’.-]+){0,2}\s+(?:on\s+)?$")
_NOT_DONE = frozenset({"expected", "scheduled", "planned", "slated", "billed", "timed",
                       "earmarked", "pencilled", "penciled", "tipped", "proposed", "advanced",
                       "hundred", "indeed", "needed",
                       *(verb for verb, move in _MOVES.items() if move.to and " " not in verb)})
_MAKES_A_PARTICIPLE = frozenset({"a", "an", "the", "its", "their", "his", "her", "this",
                                 "that", "these", "those", "be", "been", "being", "is", "are",
                                 "am", "get", "gets", "getting"})


def _done_on(clause: str, at: int) -> bool:
    """Whether a regular verb in the simple past comes right before a day at clause[at:]
    (`_DONE_BEFORE`)."""
    done = _DONE_BEFORE.search(clause, 0, at) if at > 0 else None
    return done is not None and done["verb"] not in _NOT_DONE and \
        (done["before"] or "").lower() not in _MAKES_A_PARTICIPLE
_OWN_FROM = re.compile(r"from\s+", re.IGNORECASE)
# A day and month naming an event whose verb comes next in the simple past: "The Jan. 1
# earthquake killed more than 450 people", "the March 3 floods destroyed 200 homes". News
# names an event by its day only once it is known by it, and the past verb says it is gone
# by; in a paper of 3 December the clause's past had weighed against a day 29 days ahead
# three times its distance, and the quake was next New Year's (audit 35, item 3). Only a
# verb right after the event's noun (an adverb between): "the Nov. 5 election will decide"
# and "the Nov. 5 vote, scheduled …" are read as before.
_AN_EVENT_S_DAY_DONE = re.compile(
    r"\s+(?:[\w'’.-]+\s+){0,3}?(?i:" + _EVENT_WORDS + r")\s+(?:[a-z]+ly\s+)?"
    r"(?P<verb>[a-z]{3,}ed|" + IRREGULAR_PAST + r")\b")


def _an_event_s_day_done(expr: TimeExpression, clause: str, at: int) -> bool:
    """Whether the day at clause[at:] names an event told in the simple past right after
    it (`_AN_EVENT_S_DAY_DONE`)."""
    if at < 0:
        return False
    done = _AN_EVENT_S_DAY_DONE.match(clause, at + len(expr.text))
    return done is not None and done["verb"] not in _NOT_DONE


# What is extended or prolonged "until" a day or a month gets a new end, later than when it
# was told: "The state of emergency was extended until October 15" in June's paper is this
# October, not last (dates63: the past account had taken the one gone by, where "was
# extended until Friday" was already the coming Friday).
_EXTENDED_UNTIL = re.compile(r"\b(?:extend|extends|extended|prolong|prolongs|prolonged)\s+"
                             r"(?:[\w'’-]+\s+){0,5}?(?:until|till|through|thru)\s+$",
                             re.IGNORECASE)


def _month_day_tense(expr: TimeExpression, clause: str, tense_: str, at: int) -> str:
    """The tense a day-and-month without a year is read in: an account of the past ("was
    escorting a procession April 2 … when they collided") tells of a day gone by, unless it
    speaks of one that was still ahead ("was postponed until April 2"); any other clause
    reads it near publication, as `tense` says (`_closest_year`). A verb in the simple past
    right before the day tells it as done too (`_done_on`), and so does one right after an
    event the day names (`_an_event_s_day_done`)."""
    if _an_event_s_day_done(expr, clause, at):
        return RECOUNTED
    if at > 0 and _EXTENDED_UNTIL.search(clause, max(0, at - 80), at):
        return "present"  # (the nearer one: later than the extension, which may be past)
    if tense_ != "past" or not (_RECOUNTED.search(clause) or _done_on(clause, at)):
        return tense_
    if at >= 0:  # a range's own "from" is one before its day ("adjourned from 5 May to 12
        # June" had been last year's, where "from May 5 to June 12" kept its "from" outside)
        own = _OWN_FROM.match(expr.text)
        at += own.end() if own else 0
    if _AHEAD.search(without_plan_nouns(clause)) or \
            (at >= 0 and (_AHEAD_BEFORE.search(clause, 0, at)
                          or _HELD_UNTIL.search(clause, 0, at))):
        return tense_  # (a state told in the past may still hold to its end: "was shut
        # through October 15" in September's paper had been last October's, review 34)
    return RECOUNTED


# Kinds read on the calendar of the place they tell of, near midnight (`resolve`'s `local`).
_WEEKDAY_KINDS = frozenset({"weekday", "rel_weekday", "range_weekday", "weekday_week"})


# What a date is due for, right before it: "The Nairobi marathon, due to be held on Sunday,
# has been postponed to November" in Tuesday's paper is the coming Sunday, the day it was to
# be held; the clause's "postponed" had made it the Sunday gone by (audit 23, item 15c), as
# it had "due to be held in November" last November. (The "due to" of a cause is followed by
# no verb: "closed due to flooding on Sunday".)
_DUE_BEFORE = re.compile(
    r"\bdue\s+to\s+(?:be\s+[a-z]+|" + _DUE_VERBS + r")"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[\w'’.-]+){0,2}\s+(?:on\s+)?$", re.IGNORECASE)


def _due_for(clause: str, at: int) -> bool:
    """Whether the date at clause[at:] is what something is due for (`_DUE_BEFORE`)."""
    return at > 0 and _DUE_BEFORE.search(clause, 0, at) is not None


# A plan called off after its day is named: "The minister was due to speak in Leeds on Monday
# but cancelled", "had been due to speak … but the visit was called off", "The concert in
# Leeds on Friday has been cancelled". The day did not come as planned, and the news is its
# calling off, told near it: its weekday is the nearer one, gone or to come, as "The Xville
# vote was set for Monday but postponed" (review 19) and "The Xville derby, due to be played
# on Sunday, was called off" (audit 23) were already read. In Tuesday 5 March 2024's paper
# the first had been the coming Monday ("due to" looks ahead) and the last the Friday gone
# by (the participle's past), a day and four days from the nearer ones. The day is a plan's
# where a word of plans comes before it or only the verb's auxiliaries after it ("on Friday
# has been cancelled"); "arrested a man on Monday and the match was cancelled" is no plan,
# and "was cancelled on Saturday" names the day of the calling off.
_CALLED_OFF = re.compile(
    r"(?:,?\s+but)?(?:\s+(?:the|its|his|her|their)\s+[a-z-]+)?(?:,?\s+(?:was|were|has|have|had"
    r"|been|also|now|later|then))*\s+(?P<off>cancell?ed|canceled|called\s+off|scrapped|axed"
    r"|abandoned|shelved|pulled\s+out|postponed|put\s+off)\b", re.IGNORECASE)
_A_PLAN = re.compile(r"\b(?:due|(?:was|were|had\s+been)\s+to|set|scheduled|planned|slated"
                     r"|billed|expected)\b", re.IGNORECASE)
# (A plan told in the past, "was due to speak on Monday but cancelled", is the nearer day;
# one told as still standing, "The marathon, due to be held on Sunday, has been postponed",
# the coming one, as audit 23 read it.)
_PLAN_TOLD_AS_PAST = re.compile(r"\b(?:was|were|had\s+been)\s+(?:\w+ly\s+|also\s+)?(?:due|to"
                                r"|set|scheduled|planned|slated|billed|expected)\b", re.IGNORECASE)
_AUXILIARIES_ONLY = re.compile(r",?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+\w+",
                               re.IGNORECASE)


def _called_off(clause: str, at: int, end: int) -> bool:
    """Whether the weekday at clause[at:end] names the day of a plan the clause then calls
    off (`_CALLED_OFF`): a plan's word before it, or nothing but the calling off after it."""
    off = _CALLED_OFF.match(clause, end)
    if off is None or at <= 0:
        return False
    return bool(_A_PLAN.search(clause, 0, at)) or bool(_AUXILIARIES_ONLY.match(clause, end))


def _a_weekend_s_plan(expr: TimeExpression, clause: str, at: int) -> bool:
    """Whether "over the weekend" (or "during", "at", "on") at clause[at:] is the coming one
    told in the present: a closure in force ("The museum is closed over the weekend",
    `_closed_now`, whose participle had read as a past account: the weekend gone in
    Wednesday's paper — dates65) or a timetable's present ("the festival takes place over the
    weekend", `_TIMETABLE`), as for a weekday. "was closed over the weekend" stays the weekend
    gone; "by" and "until" have their own rules."""
    if expr.text.lower().startswith(("by", "until", "till", "through")):
        return False
    end = at + len(expr.text)
    return _closed_now(clause, at, end) or (
        tense(clause) == "present" and _TIMETABLE.search(clause, 0, at) is not None)


def _tense_of(expr: TimeExpression, clause: str, after: str, at: int) -> str:
    """The clause's tense; for a weekday, that of the verb it attaches to (`weekday_tense`),
    the nearer day's ("present") where it names a plan called off (`_called_off`); for another
    date, ahead where it is of what was said to come (`said_to_come`); either, ahead where it
    is what something is due for right before it (`_DUE_BEFORE`: "due to be held on Sunday,
    has been postponed", audit 23), which is not yet over."""
    weekday = expr.kind in {"weekday", "rel_weekday", "range_weekday"}
    called_off = weekday and _called_off(clause, at, at + len(expr.text))
    if called_off and _PLAN_TOLD_AS_PAST.search(clause, 0, at):
        return "present"
    if _due_for(clause, at):  # ("due to be held on Sunday, has been postponed": ahead)
        return "future"
    if called_off:
        return "present"
    if expr.kind == "weekend" and at >= 0 and _a_weekend_s_plan(expr, clause, at):
        return "future"
    if at >= 0 and weekday:
        return weekday_tense(clause, at, at + len(expr.text), after)
    tense_ = tense(clause)
    if at >= 0 and tense_ != "future" and said_to_come(clause, at, at + len(expr.text), after):
        return "future"
    return tense_


def resolve(expr: TimeExpression, ref: dt.date, clause: str,
            local: dt.date | None = None, utc: bool = False,
            east: bool = False, after: str = "", at: int | None = None,
            told: str = "") -> DateGuess | None:
    """The date an expression denotes, given the publication date and its clause; `local`:
    the date at the place the clause tells of when the article was stamped, if another day
    (a weekday names a day of that place: `placeline.zones`). "Today" and "yesterday" count
    from the writer's date, which a stamp with the writer's offset gives; `utc`: the stamp
    was in UTC, as feeds normalise them, which says nothing of the writer's day, so they
    count from the place's date too (audit 19: a Los Angeles fire stamped 01:00 UTC on
    Saturday, Friday 17:00 there, was on Friday "on Friday" and on Saturday "today"), west
    of the stamp; east of it only where `east`, the sentence naming no place on the stamp's
    date (`dates.sentences_told_from_east`). `after`: what the clause's sentence says after it,
    where known ("…, but little fell": `said_to_come`); `at`: where the expression is in
    `clause`, where known (`_position`); `told`: the tense the caller knows the clause tells,
    where its words do not say it (a headline's present over a past body)."""
    at = _position(expr, clause, at)
    if local is not None and local != ref and expr.kind in _WEEKDAY_KINDS:
        return _at_the_place(resolve(expr, local, clause, after=after, at=at, told=told), local)
    if local is not None and utc and (local < ref or east):  # (east only where the sentence
        # names no place of the stamp's date: a London paper's "Tokyo today" at 23:30 GMT is
        # its own day — a review; a Sydney paper's "yesterday" is Sydney's — audit 20, and
        # after a sentence of flights to London too — audit 21)
        there = resolve(expr, local, clause, after=after, at=at, told=told)
        here = resolve(expr, ref, clause, after=after, at=at, told=told)
        return here if there == here else _at_the_place(there, local)
    tense_ = told or _tense_of(expr, clause, after, at)
    guess = _a_part_of_its_week(_a_part_of_its_month(
        _resolved(expr, ref, clause, tense_, at), expr, clause, at, ref), expr, clause, at, ref)
    if tense_ == "future" and not _still_to_come(guess, ref, expr, clause, at):
        return _the_week_to_it(_a_part_of_its_month(_resolved(expr, ref, clause, "past", at),
                                                    expr, clause, at, ref), expr, clause, at)
    if guess and guess.date and expr.kind in _WEEKDAY_KINDS and \
            _called_off(clause, at, at + len(expr.text)):
        return replace(guess, evidence=f"{expr.text} (called off: the day it had been planned"
                                       " for)")
    return _the_week_to_it(guess, expr, clause, at)


# A tally's week named by its last day ("40 new cases in the week to Sunday", "in the week
# ending June 8", "in the seven days to Sunday", as statistics offices and health services
# report them) is the seven days to that day (dates63: the day alone had been it), a week as
# "the past week" is the seven days before the report.
_THE_WEEK_TO = re.compile(r"\b(?:week|seven\s+days|7\s+days)\s+(?:to|ending|ended)\s+$",
                          re.IGNORECASE)
_A_DAY_ENDING_A_WEEK = frozenset({"weekday", "rel_weekday", "dmy", "mdy"})
A_WEEK_S_DAYS = 7


def _the_week_to_it(guess: DateGuess | None, expr: TimeExpression, clause: str,
                    at: int) -> DateGuess | None:
    """The seven days to the day `guess` where `expr`, at clause[at:], ends a week
    (`_THE_WEEK_TO`); else `guess` as it is."""
    if guess is None or guess.date is None or guess.end is not None or at <= 0 \
            or expr.kind not in _A_DAY_ENDING_A_WEEK:
        return guess
    week = _THE_WEEK_TO.search(clause, max(0, at - 30), at)
    if week is None:
        return guess
    return replace(guess, date=guess.date - dt.timedelta(days=A_WEEK_S_DAYS - 1),
                   end=guess.date, precision="week",
                   evidence=f"{clause[week.start():at + len(expr.text)]} ({guess.evidence})")


# A part of a month with no day ("late August", "early March", "mid-July", "the end of June",
# "the start of May") is its third, as a part of a year is (`_YEAR_PARTS`: "late 2023" is
# September to December) and of a decade: early, the beginning or the start the 1st to the
# 10th, mid or the middle the 11th to the 20th, late or the end the 21st to the month's last
# day (dates62: the whole month from its 1st had drawn "floods hit Gao in late August" three
# weeks early; a count "since" one had already read its third, dates60). A range, so a day
# of the clause inside it still refines it (`dates._refined`).
_PART_OF_A_MONTH = re.compile(
    r"(?:\b(?:(?P<early>early)|(?P<mid>mid)|(?P<late>late))|\bthe\s+(?:very\s+)?(?:"
    r"(?P<start>beginning|start)|(?P<middle>middle)|(?P<end>end))\s+of)[\s-]+$", re.IGNORECASE)
_MONTH_PART_KINDS = frozenset({"rel_month", "in_month", "month_year"})
_THIRDS = {"early": (1, 10), "start": (1, 10), "mid": (11, 20), "middle": (11, 20),
           "late": (21, 31), "end": (21, 31)}
MONTH_S_THIRD = "a third of the month"


def _a_part_of_its_month(guess: DateGuess | None, expr: TimeExpression, clause: str,
                         at: int, ref: dt.date) -> DateGuess | None:
    """A month `guess` narrowed to the third of it said before its name (`_PART_OF_A_MONTH`),
    in the expression or right before it in `clause` ("in late August 2023"), or from the
    report's date `ref` to its end where it is a deadline or a span's end ahead; else as it
    is."""
    if guess is None or guess.date is None or guess.precision != "month" \
            or not _names_a_month(expr):
        return guess
    name = expr.text.lower().rfind(expr.groups["month"].lower()) if "month" in expr.groups \
        else 0
    low = max(0, at - 40) if at > 0 else 0
    before = (clause[low:at] if at > 0 else "") + expr.text[:max(name, 0)]
    part = _PART_OF_A_MONTH.search(before)
    if part is None:
        return guess
    first, last = _THIRDS[part.lastgroup or ""]
    end = guess.end or guess.date
    end = min(end, guess.date.replace(day=min(last, end.day)))
    third = replace(guess, date=guess.date.replace(day=first), end=end, precision="range",
                    month_third=True, evidence=f"{guess.evidence} ({MONTH_S_THIRD}: the "
                                               f"{_ordinal(first)} to the {_ordinal(end.day)})")
    return _by_or_until_the_third(third, clause, low + part.start(), at + len(expr.text),
                                  ref) if at >= 0 else third


# A part of a week said before it, or "earlier/later this week" (dates65: the whole week had
# been drawn for "early next week" and "late last week"): early Monday to Wednesday, mid
# Tuesday to Thursday, late Thursday to Sunday; "later this week" the days of this week
# after the report's. A range, as a month's third is. ("Earlier this week" stays the week: in
# Tuesday's paper it may be Sunday's, the week as an American paper counts it.)
_PART_OF_A_WEEK = re.compile(r"(?:\b(?P<early>early)|\b(?P<mid>mid)|\b(?P<late>late)|\bthe\s+"
                             r"(?:(?P<start>beginning|start)|(?P<middle>middle)|(?P<end>end))"
                             r"\s+of)[\s-]+$", re.IGNORECASE)
_WEEK_PARTS = {"early": (0, 2), "start": (0, 2), "mid": (1, 3), "middle": (1, 3),
               "late": (3, 6), "end": (3, 6)}


def _a_part_of_its_week(guess: DateGuess | None, expr: TimeExpression, clause: str,
                        at: int, ref: dt.date) -> DateGuess | None:
    """A calendar week `guess` ("last week", "next week", "this week") narrowed to the part
    of it said (`_PART_OF_A_WEEK`, `_WEEK_PARTS`); else as it is."""
    if guess is None or guess.date is None or guess.precision != "week" \
            or expr.kind != "rel_unit" or expr.groups.get("unit", "").lower() != "week" \
            or guess.date.weekday() != 0:
        return guess
    rel = expr.groups["rel"].lower()
    monday, sunday = guess.date, guess.date + dt.timedelta(days=6)
    if rel == "later this":
        first, last = min(sunday, ref + dt.timedelta(days=1)), sunday
    elif (part := _PART_OF_A_WEEK.search(clause, max(0, at - 20), at) if at > 0
          else None) is not None:
        days = _WEEK_PARTS[part.lastgroup or ""]
        first, last = (monday + dt.timedelta(days=d) for d in days)
        guess = replace(guess, evidence=f"{part.group().strip()} {guess.evidence}")
    else:
        return guess
    return replace(guess, date=first, end=last, precision="day" if first == last else "range",
                   evidence=f"{guess.evidence} ({first:%A} to {last:%A})")


def _held_ahead(clause: str, after: int, tense_: str) -> str | None:
    """For a time right after "until", "till" or "through" at clause[:after], the tense its
    next occurrence is read in: "future" where what holds to it still holds, in force or
    looking ahead (`_STATE_BEFORE`, `_in_force`, `_looks_ahead`) or in a clause (`tense_`)
    that tells no past; "present", the nearer one, where it was extended to it
    (`_EXTENDED_UNTIL`: later than the extension, which may be past); "past" where it is
    told in the past; None where it ends no span (`_span_end_or_deadline`: "not … until", a
    put-off)."""
    what = _span_end_or_deadline(clause, after, clause[after:])
    if what is None or what == DEADLINE:
        return None
    until = _SPAN_END_OR_DEADLINE_BEFORE.search(clause, 0, after)
    if until is not None and (_STATE_BEFORE.search(clause, 0, until.start())
                              or _in_force(clause, until) or _looks_ahead(clause, until.start())):
        return "future"
    if _EXTENDED_UNTIL.search(clause, max(0, after - 80), after):
        return "present"
    return "future" if what == SPAN_END and tense_ != "past" else "past"


_UNTIL_THE_WEEKEND = re.compile(r"(?:until|till|through)\s", re.IGNORECASE)


def _until_the_weekend(expr: TimeExpression, ref: dt.date, clause: str, tense_: str,
                       at: int) -> DateGuess | None:
    """"until the weekend", "through the weekend" of a state that still holds: the report's
    date `ref` to the coming weekend's Sunday, as "until Sunday" is (dates63: no date
    before); None otherwise (the weekend as the tense reads it)."""
    if at < 0 or not _UNTIL_THE_WEEKEND.match(expr.text) or _held_ahead(
            clause, at + _UNTIL_WORD.match(expr.text).end(), tense_) in {None, "past"}:
        return None
    weekend = _resolve_weekend(ref, "future", expr.text)
    return _from_now_until(ref, weekend.end or ref, expr.text)


def _names_a_month(expr: TimeExpression) -> bool:
    """Whether `expr` names a month a part of which may be said before it: by its name ("late
    August"), or as "last/this/next month" ("late last month", "the end of next month":
    dates63, the whole month before)."""
    if expr.kind == "rel_unit":
        return expr.groups.get("unit", "").lower() == "month"
    return expr.kind in _MONTH_PART_KINDS and "month" in expr.groups


def _by_or_until_the_third(third: DateGuess, clause: str, start: int, end: int,
                           ref: dt.date) -> DateGuess:
    """A month's `third`, said at clause[start:end], as a deadline or a span's end still
    ahead: the report's date `ref` to the third's last day, as "by 31 October" and "until 20
    October" run from the report (review 34: "will be finished by the end of October" and
    "will stay closed until late October" had been the third alone, 21 to 31 October); else
    the third."""
    said = clause[start:end]
    what = _span_end_or_deadline(clause, start, said)
    if third.end is None or third.end <= ref or _held_to(what, third.end, ref) is None:
        return third
    return replace(_from_now_until(ref, third.end, said.strip(" ."), what),
                   confidence=min(third.confidence, 0.75))


# A state that holds "until", "till" or "through" a month (dates63, session 37's leftover):
# "Schools in Xville are closed until October" in June's paper had read "closed" as a past
# account and taken last October, eight months gone. A state in force (`_STATE_BEFORE`,
# `_in_force`: "are closed", "will remain closed", "has been extended") or a span told in
# the present ("the exhibition runs until October") runs from the report's date to the end
# of the next such month, the report's own included, as "until Monday" runs to Monday (fix
# 53); a month's part ("until late October") is narrowed by `_a_part_of_its_month`. A state
# told in the past ("The road was closed until October", "remained closed until October"),
# a "not … until" ("will not reopen until October": when it comes), a put-off and a clause
# of habit ("usually runs until October") are read as before.
_UNTIL_A_MONTH = re.compile(r"\b(?:until|till|through|thru)\s+(?:the\s+(?:very\s+)?(?:beginning"
                            r"|start|middle|end)\s+of\s+|(?:early|late|mid)[\s-]*)?$",
                            re.IGNORECASE)
_UNTIL_WORD = re.compile(r"\w+\s+")
_A_PART_NAMED = re.compile(r"\b(?:early|late|mid|beginning|start|middle|end)\b", re.IGNORECASE)
_UNTIL_MONTH_KINDS = frozenset({"in_month", "rel_month", "month_year"})
_A_YEAR_AHEAD = dt.timedelta(days=366)


def _until_its_month(expr: TimeExpression, ref: dt.date, clause: str, at: int,
                     tense_: str) -> DateGuess | None:
    """The span from the report's date `ref` to the end of the month `expr` names at
    clause[at:] after "until" (`_UNTIL_A_MONTH`), where it ends a state that still holds; a
    month's part ("until late October"), the month, for `_a_part_of_its_month` to narrow;
    None where it is no such end. The next such month where the state is in force or looks
    ahead, or the clause (`tense_`) tells no past ("Rain through the end of August was
    heavy" is last August's); else the last, a span only while it lasts."""
    g = expr.groups
    if expr.kind not in _UNTIL_MONTH_KINDS or at < 0 or "yrel" in g or tells_a_habit(clause) \
            or expr.kind == "rel_month" and g["rel"].lower() not in {"early", "late", "mid"}:
        return None
    name_at = at + expr.text.lower().rfind(g["month"].lower())
    cue = _UNTIL_A_MONTH.search(clause, max(0, name_at - 40), name_at)
    if cue is None:
        return None
    after = _UNTIL_WORD.match(clause, cue.start()).end()
    read_in = _held_ahead(clause, after, tense_)
    if read_in is None:
        return None
    if expr.kind == "month_year":
        start, end = _month_range(int(g["year"]), _month_number(g["month"]))
        month = DateGuess(start, "explicit", 0.9, expr.text, end=end, precision="month")
    else:
        month = _resolve_rel_month({**g, "rel": "in"}, ref, read_in, expr.text)
    if month.end is None or month.end <= ref or month.end - ref > _A_YEAR_AHEAD:
        return None  # (a state said to hold over a year on is read as its month was)
    if _A_PART_NAMED.search(clause, cue.start(), name_at):
        return month
    return _from_now_until(ref, month.end, expr.text)


def _ordinal(day: int) -> str:
    """"1st", "11th", "21st": a day of the month as written."""
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


# A day and month a span runs "until", "till" or "through" is when a state ends, not when
# the clause's news happened: "Schools in Haryana were ordered to close until June 30" in
# Thursday 30 May 2024's paper had been 30 June (audit 28, item 7), "through June 30" 30 June
# 2023. The report's date stands, not another date of the clause: "the sales through March
# 15 dropped from 251 last year to 155 this year" (lgl-340) is no account of last year
# ("from 1 May until 30 June" is one range, its first day's). A day something is put off
# "until" is its new day (`moved_to`).
# A deadline "by" a day and month is the same kind (fix 48, audit 29 item 9): "said on Tuesday
# (March 5) that potholes in Koramangala and Indiranagar would be fixed by May 31" had dated
# Indiranagar 31 May, the day by which something may be done, not when anything was. A
# possessive or a day before its noun ("hit by May 31's storm", "by the May 31 storm") is
# no deadline but who did it.
# Only where the clause speaks of what is to come (fix 49, review 27 items 2 and 12): in Monday
# 10 June 2024's paper "The road in Xville did not reopen until May 31", "It was not until May
# 31 that …", "Residents waited until May 31 for power", "Floodwater in Xville receded by June
# 3", "By June 3, the fire had burned 400 homes" and "hit by May 31 floods" had all become the
# report's date, though each tells when something happened. A deadline "by" a day is one only
# after a modal or an infinitive (`_LOOKS_AHEAD`: "would be fixed by", "ordered to leave by");
# a span's end "until" is none after a negation ("not … until") or "waited", nor after a verb
# told in the past with nothing ahead of it ("reopened until"). "the sales through March 15
# dropped" (lgl-340), with no verb before the span, is still its end.
# (A weekday's deadline is read by `_deadline_date`, and one ahead runs from the report's date
# to it too: `_resolve_weekday`, dates62.) A deadline still ahead runs
# from the report's date to it (dates60: the report's date alone had put "would be repaired by
# 1 December" on no day of its own while "by 1/12" was the day, and a map of days shows what
# may happen any day until the deadline as that span, as "until" a day ahead is: fix 53).
_SPAN_END_OR_DEADLINE_BEFORE = re.compile(
    r"\b(?:(?P<until>until|till|through|thru)|(?P<by>by))\s+(?P<the>the\s+)?$", re.IGNORECASE)
_NOT_UNTIL = re.compile(r"\b(?:not|never|\w+n['’]t|wait(?:s|ed|ing)?)\b", re.IGNORECASE)
SPAN_END, DEADLINE = "the end of a span", "a deadline"
# A state told in the past before its end ("were closed until September 15") is a span's end
# only while that end is still ahead (`_held_to`): one gone by tells when the state ended,
# its day (review 34: "Schools in Xville were closed until September 15" in 23 September's
# paper had become the report's date, the one day it certainly did not tell of).
HELD_END = "the end of a state told in the past"


def _held_to(what: str | None, end: dt.date | None, ref: dt.date) -> str | None:
    """`what` `_span_end_or_deadline` found, for a span ending on `end`: a state told in the
    past (`HELD_END`) ends a span (`SPAN_END`) while `end` is after the report's date `ref`,
    and tells no span (None: `end` is its date) once it has gone by."""
    if what != HELD_END:
        return what
    return SPAN_END if end is not None and end > ref else None


def _span_end_or_deadline(clause: str, at: int, text: str) -> str | None:
    """Whether the day and month `text` at clause[at:] ends a span (`SPAN_END`) or is a
    deadline (`DEADLINE`), so no event's date; None where it tells when something happened,
    was put off to, or who did it (`_SPAN_END_OR_DEADLINE_BEFORE`); `HELD_END` where a state
    told in the past ends with it, a span's end only while it is ahead (`_held_to`)."""
    cue = _SPAN_END_OR_DEADLINE_BEFORE.search(clause, 0, at) if at > 0 else None
    if cue is None or moved_to(clause[:at]):
        return None
    before = clause[:cue.start()]
    if cue["by"]:
        if cue["the"] and text[:1].isalpha() or text.endswith(("'s", "’s")) \
                or _POSSESSIVE_AFTER.match(clause, at + len(text)):
            return None  # "hit by the May 1 storm", "by May 1's storm": who did it
        return DEADLINE if _looks_ahead(before) else None
    if _NOT_UNTIL.search(before):
        return None  # "did not reopen until May 31", "waited until May 31": when it came
    if _EXTENDED_UNTIL.search(clause, max(0, at - 80), at):
        return HELD_END  # (a span while its new end is ahead: `_held_to`)
    if told_in_past(before) and not _looks_ahead(before):
        return HELD_END if _a_state_held(clause, cue) else None
    return SPAN_END


def _a_state_held(clause: str, cue: re.Match) -> bool:
    """Whether what comes before a span's end `cue` ("until", "through") is a state that may
    still hold, as before a weekday (`_resolve_weekday`): in force ("are suspended until",
    `_STATE_BEFORE`, `_in_force`) or told in the past ("were suspended until", `_HELD_UNTIL`).
    (dates62: "Flights to Xville are suspended until March 3" had been a span only through
    "to Xville" read as an infinitive.)"""
    end = cue.end() - len(cue["the"] or "")
    return bool(_STATE_BEFORE.search(clause, 0, cue.start()) or _in_force(clause, cue)
                or _HELD_UNTIL.search(clause, 0, end))


_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def _position(expr: TimeExpression, clause: str, near: int | None) -> int:
    """Where an expression is in its clause (-1: not in it): the occurrence of its text nearest
    `near`, where the caller knows its offset (a headline read as prose may have moved it a
    little: `headline_as_prose`), else the first. The first alone had read "The road into
    Keswick, shut since Friday's storm, will stay closed until Friday" as since Friday
    (review 24)."""
    if near is None:
        return clause.find(expr.text)
    found = []  # (where a search for the text as a pattern finds it, with no pattern made)
    at = clause.find(expr.text)
    while at >= 0:
        found.append(at)
        at = clause.find(expr.text, at + max(len(expr.text), 1))
    return min(found, key=lambda p: abs(p - near), default=-1)


# A month that what was said looks ahead to, no year written, is still to come later in the
# report's year and up to three months of the calendar on, into the next year: "said the
# bridge would reopen in January" in a paper of 10 December is next January, a month on, not
# the one eleven months gone (left by review 21, which had kept it in the report's year as
# the price); "would reopen in July" in February is still this July (review 22: last July
# when the three months alone were asked). Further into the next year "would" governs
# another verb as often as not: "said it would investigate the flooding in February" in
# March stays this February (review 21). (A day and month is read in the nearer year
# already: "would reopen on 5 January" in December was next January.)
# A quarter too, by its first month: "said the plant would reopen in Q1" in a paper of 10
# December had been Q1 of the report's year, over for nine months (left by audit 23); it is
# now next year's, where "would report its results for Q2" in August stays this year's Q2.
SAID_AHEAD_MONTHS = 3
_SAID_MONTH_KINDS = frozenset({"in_month", "rel_month", "quarter"})


def _months_after(ref: dt.date, date: dt.date) -> int:
    """How many months of the calendar `date`'s month is after `ref`'s (0: the same)."""
    return (date.year - ref.year) * 12 + date.month - ref.month


def _still_to_come(guess: DateGuess | None, ref: dt.date, expr: TimeExpression,
                   clause: str, at: int) -> bool:
    """Whether a date that what was said looks ahead to (`said_to_come`: "would", "could"
    …) was still to come at the report's date: in its year, a day of the month in its month,
    a month or a quarter also up to three months on (`SAID_AHEAD_MONTHS`). Else the reporting
    verb's past holds: "said it would investigate the flooding in February" in March is this
    February, not the next (review 21: "would" governs another verb than the date's as often as
    not). A weekday is read by its own rule (`weekday_tense`), and a clause that itself looks ahead
    is ahead ("will", "next")."""
    if guess is None or guess.date is None or expr.kind in _WEEKDAY_KINDS \
            or tense(clause) == "future" or _due_for(clause, at):
        return True
    if expr.kind == "ordinal_day":
        return (guess.date.year, guess.date.month) <= (ref.year, ref.month)
    if expr.kind in _SAID_MONTH_KINDS and (said := _saying_s_month(clause, at, ref)) \
            and _months_after(said, guess.date) >= 12:
        return False
    if expr.kind in _SAID_MONTH_KINDS and (_months_after(ref, guess.date) <= SAID_AHEAD_MONTHS
                                           or _its_own_verb_s(clause, at)):
        return True
    return guess.date.year <= ref.year


# A time before the reporting verb ("In March, officials said …") or right after it ("said
# in March that …") dates the saying: what was said to come is measured from then. "In
# March, officials said they would inspect the line in April", in a paper of 10 May, is the
# April a month after the saying, by then past, not next April (review 32, item 6: "would"
# looked ahead from the report), as news tells reported plans; "would reopen" is read so too.
_SAYING_S_TIME_KINDS = frozenset({"in_month", "month_year", "rel_month", "dmy", "mdy",
                                  "day_month", "iso", "numeric"})


def _saying_s_month(clause: str, at: int, ref: dt.date) -> dt.date | None:
    """The first day of the month the saying before clause[at:] is dated to by a time of its
    own (`_SAYING_S_TIME_KINDS`) before its reporting verb or right after it, where that is
    a month before the report's; else None."""
    verbs = [m for m in _REPORTING.finditer(clause, 0, at)]
    if not verbs:
        return None
    verb = verbs[-1]
    for expr in find_expressions(clause[:at]):
        after_verb = clause[verb.end():expr.start].strip() == ""
        if expr.kind not in _SAYING_S_TIME_KINDS or not (expr.end <= verb.start() or after_verb):
            continue
        said = _resolved(expr, ref, clause, "past", expr.start)
        if said and said.date and _months_after(said.date, ref) > 0:
            return said.date.replace(day=1)
    return None


# "Would", perhaps "be", and the verb it governs, right before a month's preposition: the month
# is that verb's ("said a new berth would open in March", "would be completed by June"), so
# what was said is still to come, however many months on (audit 33, item 5: in a paper of 4
# November it had been last March, four months past the `SAID_AHEAD_MONTHS`). A noun between
# the verb and the month ("would investigate the flooding in February") may be what the month
# dates, and leaves it to the three months.
# Nor does a facility between ("would inspect the Xville line in April", "would audit the
# plant in Xville by Q2"; dates59): a line, a plant, a bridge has no date a month could be,
# so the month is the verb's, as in "would reopen in April". An event's noun ("the flooding",
# "the crash") is left to the three months. A list of its own: `name_context.HEAD_WORDS`
# holds bodies and events after a place's name ("council", "festival", "summit"), which a
# month may date, and `STREET_WORDS` streets' suffixes; these are only things with no date.
_FACILITIES = ("line", "plant", "bridge", "road", "station", "factory", "mine", "school",
               "airport", "port", "museum", "hospital", "stadium", "office", "store", "shop",
               "tunnel", "railway", "border", "crossing", "facility", "centre", "center",
               "terminal", "library", "pool", "clinic", "highway", "motorway", "dam", "mall",
               "hotel", "theatre", "theater", "building", "berth", "pier", "runway", "ward")
_A_FACILITY = (r"(?:(?:the|a|an|its|their|his|her|our)\s+)?(?-i:(?:[A-Z][\w'’-]*\s+){0,3})(?:"
               + "|".join(_FACILITIES) + r")s?\s+(?:(?:in|at|of|on)\s+(?-i:(?:[A-Z][\w'’.-]*"
               r"\s+){1,3}))?")
_WOULD_ITS_VERB = re.compile(
    r"\bwould\s+(?:\w+ly\s+)?(?:be\s+|finally\s+)?[a-z]{2,}\s+"
    r"(?:(?:again|up|down|back|out|off)\s+)?"
    r"(?:" + _A_FACILITY + r")?(?:(?:in|by|from|until|before)\s+(?:early\s+|mid-?|late\s+)?)?$",
    re.IGNORECASE)


def _its_own_verb_s(clause: str, at: int) -> bool:
    """Whether the month at clause[at:] comes right after the verb "would" governs, or its
    object that is a facility (`_WOULD_ITS_VERB`). Not in a clause of habit ("would pass
    the crossing in April every year": "would" of what used to happen, no future; review
    32, item 6), which the three months decide."""
    return at > 0 and _WOULD_ITS_VERB.search(clause, max(0, at - 100), at) is not None \
        and not tells_a_habit(clause)


def _resolved(expr: TimeExpression, ref: dt.date, clause: str,
              tense_: str, at: int) -> DateGuess | None:
    """The date an expression at clause[at:] denotes, read in the tense given (`resolve`)."""
    g = expr.groups
    evidence = expr.text
    if expr.kind in {"dmy", "mdy", "range_dm", "range_md", *_TWO_MONTH_KINDS, "holiday",
                     "ordinal_day", "day_month"}:
        tense_ = _month_day_tense(expr, clause, tense_, at)
    try:
        if (moved := _moved_from(expr, clause, at)) is not None:
            return _moved_to(expr, ref, clause, moved)
        if expr.kind == "iso":
            return DateGuess(dt.date(int(g["year"]), int(g["m"]), int(g["d"])), "explicit", 0.95,
                             evidence)
        if expr.kind == "iso_week":
            return _resolve_iso_week(g, ref, tense_, evidence)
        if expr.kind == "fiscal_end" and "year" not in g:
            g = {**g, "year": str(_year_of_a_period_s_end(_month_number(g["month"]), ref,
                                                          tense_))}
        if expr.kind == "fiscal_end":
            return _resolve_fiscal_end(g, evidence)
        if expr.kind in {"numeric", "day_month"} and "first2" not in g and (
                what := _span_end_or_deadline(clause, at, expr.text)) is not None and (
                what != DEADLINE or expr.kind == "day_month"):
            return _figures_ending(expr, ref, tense_, what)
        if expr.kind == "numeric":
            return _resolve_figures(g, evidence)
        if expr.kind in {"dmy", "mdy"} and (
                what := _span_end_or_deadline(clause, at, expr.text)) is not None and (
                what := _held_to(what, end := _resolve_day_month(g, ref, tense_, evidence).date,
                                 ref)) is not None:
            if end is not None and end > ref and "year" not in g:
                return _from_now_until(ref, end, evidence, what)
            return DateGuess(ref, "fallback", 0.5, f"{evidence} ({what}: the report's date)",
                             precision="publication")
        if expr.kind in {"dmy", "mdy"}:
            return _with_weekday_checked(
                _year_of_the_weekday(_resolve_day_month(g, ref, tense_, evidence), g, ref), g)
        if expr.kind in {"range_dm", "range_md"}:
            month = _month_number(g["month"])
            d1, d2 = int(g["d1"]), int(g["d2"])
            if "year" in g:
                start = dt.date(int(g["year"]), month, d1)
            else:
                start = _closest_year(month, d1, ref, tense_)
                if start is None:
                    return None
            end = dt.date(start.year, month, d2)
            if end < start:
                return None
            return _the_first_listed(
                DateGuess(start, "relative", 0.85, evidence, end=end, precision="range"), g)
        if expr.kind == "range_year":
            return DateGuess(dt.date(int(g["year1"]), 1, 1), "explicit", 0.9, evidence,
                             end=dt.date(int(g["year"]), 12, 31), precision="range")
        if expr.kind == "holiday":
            eve = at > 0 and _THE_EVE_OF.search(clause, 0, at) is not None
            day = _resolve_holiday(g, ref + dt.timedelta(days=1) if eve else ref, tense_,
                                   evidence,
                                   at > 0 and _AHEAD_BEFORE.search(clause, 0, at) is not None)
            # (an eve is past on the paper's day itself: the feast is read from the next day,
            # so "gathered on the eve of Passover" in the eve's paper is not a year back —
            # review 29)
            span = _FEAST_SPAN.match(clause, at + len(expr.text)) if at >= 0 else None
            key = holiday_key(g["holiday"])
            if day and day.date and eve:
                return _the_eve_of(day)
            if key in feast_calendars.LASTING and day and day.date and at >= 0:
                return _lasting_feast(day, key, clause[:at], span is not None)
            return _feast_span(day, key, span["span"].lower()) \
                if span and day and day.date else day
        if expr.kind in _TWO_MONTH_KINDS:
            return _the_first_listed(_resolve_two_month_range(g, ref, tense_, evidence), g)
        if expr.kind == "range_months":
            return None if _every_year(g, clause, tense_) else \
                _resolve_month_range(g, ref, tense_, evidence)
        if expr.kind == "season" and "no_year" in g:
            return None if _HABIT.search(clause) else \
                _resolve_bare_season(g["season"].lower(), ref, tense_, evidence)
        if expr.kind == "season":
            return _resolve_season(g, ref, evidence)
        if expr.kind == "sport_season":
            return _resolve_sport_season(g["rel"].lower(), ref, evidence)
        if expr.kind in _UNTIL_MONTH_KINDS and (
                lasting := _until_its_month(expr, ref, clause, at, tense_)) is not None:
            return lasting
        if expr.kind == "month_year":
            start, end = _month_range(int(g["year"]), _month_number(g["month"]))
            return DateGuess(start, "explicit", 0.9, evidence, end=end, precision="month")
        if expr.kind == "rel_month":
            return _resolve_rel_month(g, ref, tense_, evidence)
        if expr.kind == "in_month":
            return _resolve_rel_month({**g, "rel": "in"}, ref, tense_, evidence)
        if expr.kind == "range_weekday" and _opening_hours(expr, clause, tense_, at):
            return None
        if expr.kind == "range_weekday" and tense_ == "future" and (
                under_way := _closure_under_way(expr, ref, clause, at)) is not None:
            return under_way
        if expr.kind == "end_of_unit" and (
                lasting := _from_now_to_its_end(expr, ref, clause, at)) is not None:
            return lasting
        if expr.kind == "ordinal_day" and (
                ending := _an_ordinal_day_ending(expr, ref, clause, tense_, at)) is not None:
            return ending
        if expr.kind in _AUDIT20_KINDS:
            return _AUDIT20_KINDS[expr.kind](g, ref, tense_, evidence)
        if expr.kind in {"weekday", "rel_weekday"} and "wrel" in g:
            return DateGuess(_day_of_the_week(g, ref), "relative", 0.8, evidence)
        if expr.kind == "rel_weekday":
            date = _weekday_date(WEEKDAYS[g["weekday"].lower()], ref, g["rel"], tense_)
            return DateGuess(date, "relative", 0.8, f"{evidence} ({tense_} tense)")
        if expr.kind == "yesterday_weekday":
            return DateGuess(ref - dt.timedelta(days=1), "relative", 0.9, evidence)
        if expr.kind == "weekday":
            return _resolve_weekday(expr, ref, clause, tense_, at)
        if expr.kind == "day_word" and g["word"].lower() == "overnight":
            return _resolve_overnight(ref, clause, tense_, at, evidence)
        if expr.kind == "day_word":
            return _resolve_day_word(g["word"].lower(), ref, evidence)
        if expr.kind == "next_units":
            return _the_next_units(g, ref, "past" if tense_ == "past" and tells_a_past_event(
                clause) else "future", evidence)
        if expr.kind == "twixtmas":
            return _resolve_twixtmas(ref, tense_, evidence)
        if expr.kind == "to_date":
            return _to_date((g.get("unit") or g["unit2"]).lower(), ref, evidence)
        if expr.kind == "time_last_year":
            start, end = _month_range(ref.year - 1, ref.month)
            return DateGuess(start, "relative", 0.6, f"{evidence} (that month a year ago)",
                             end=end, precision="month")
        if (unit := g.get("unit", "").lower()) in _UNITS_OF and "count" in g:  # "a fortnight
            # ago": two weeks
            vague = g["count"].lower() in _VAGUE_COUNTS
            each, counted = _UNITS_OF[unit]
            g = {**g, "unit": counted,
                 "count": g["count"] if vague else str(each * _count(g["count"]))}
        if expr.kind in {"ago", "in_units"} and g["count"].lower() in _VAGUE_COUNTS:
            return DateGuess(None, "unknown", 0.0, evidence,
                             flag=f"not dated by {evidence!r}: too vague")
        if expr.kind == "ago" and "today" in g:  # "a week ago today": that very day
            return _resolve_exact_ago(-_count(g["count"]), g["unit"].lower(), ref, evidence)
        if expr.kind == "ago" and "this" in g:  # "a year ago this month": that month then
            back = _resolve_exact_ago(-_count(g["count"]), g["unit"].lower(), ref, evidence)
            return back and _resolve_rel_unit("this", g["this"].lower(), back.date, evidence)
        if expr.kind == "weekend":
            return _by_the_weekend(expr, ref, clause, tense_, at) or \
                _until_the_weekend(expr, ref, clause, tense_, at) or \
                _resolve_weekend(ref, tense_, evidence)
        if expr.kind == "ago":
            return _resolve_offset(-_count(g["count"]), g["unit"].lower(), ref, evidence)
        if expr.kind == "in_units" and not _a_time_ahead(expr, clause, tense_, at):
            return DateGuess(None, "unknown", 0.0, evidence,
                             flag=f"not dated by {evidence!r}: a length of time")
        if expr.kind == "new_year":
            return _resolve_new_year(ref, tense_, evidence)
        if expr.kind == "in_units":
            return _resolve_offset(_count(g["count"]), g["unit"].lower(), ref, evidence)
        if expr.kind == "past_units":
            if g["count"].lower() in _VAGUE_COUNTS or (
                    at > 0 and _NOTHING_IN_IT.search(clause, 0, at)):
                return None
            return _the_past_units(_count(g["count"]), g["unit"].lower(), ref, evidence)
        if expr.kind == "before_last":
            return _resolve_before_last(g["unit"].lower(), ref, evidence)
        if expr.kind == "rel_unit":
            if g["rel"].lower() == "this" and g["unit"].lower() == "weekend":
                ahead = _AHEAD_OF_THE_WEEKEND.search(clause) is not None or \
                    clause[at + len(expr.text):].startswith(("'s", "’s"))
                return _resolve_this_weekend(ref, "future" if ahead else tense_, evidence)
            return _resolve_rel_unit(g["rel"].lower(), g["unit"].lower(), ref, evidence)
        if expr.kind == "year" and "part" in g:
            return _resolve_part_of_year(int(g["year"]), g["part"].lower(), evidence)
        if expr.kind == "year":
            year = int(g["year"])
            return DateGuess(dt.date(year, 1, 1), "explicit", 0.9, evidence,
                             end=dt.date(year, 12, 31), precision="year")
    except (ValueError, OverflowError):
        return None
    return None


# "In six months" is a time ahead only where the clause looks ahead ("will reopen in three
# weeks", "said it would reopen in a month", "reopens in three weeks", "in three weeks' time");
# else it is a length of time: "Petrol prices in Sydney hit their highest level in six
# months", "It is the third shooting in Chicago in a week", "Rents in Dublin have risen 12% in
# a year" in Tuesday 5 March 2024's paper had been September 2024, the week of 11 March and
# 2025 (review 24). After a superlative or an ordinal it never is ("the first rain in Perth in
# three weeks" is the first for three weeks).
_FOR_THE_LONGEST = re.compile(r"\b(?:\w{3,}est|most|least|first|second|third|\w+th|only|last)"
                              r"(?:\s+[\w'’.-]+){0,4}\s+$", re.IGNORECASE)
_IN_TIME = re.compile(r"(?:'|’)?\s*time\b", re.IGNORECASE)


def _a_time_ahead(expr: TimeExpression, clause: str, tense_: str, at: int) -> bool:
    """Whether "in N units" at clause[at:] is a time ahead of the report (`_FOR_THE_LONGEST`)."""
    if at > 0 and _FOR_THE_LONGEST.search(clause, 0, at):
        return False
    if expr.text.lower().endswith("time") or tense_ == "future":
        return True
    return tense_ == "present" and bool(_TIMETABLE.search(clause))


# Units counted in others: "a fortnight ago" is two weeks, "two decades ago" twenty years.
_UNITS_OF = {"fortnight": (2, "week"), "decade": (10, "year")}


def _at_the_place(guess: DateGuess | None, local: dt.date) -> DateGuess | None:
    """A guess read on the calendar of the place, saying so."""
    return guess and replace(guess, evidence=f"{guess.evidence}, {local:%A %-d %B} at the"
                                             " place when published")


def _resolve_day_month(g: dict, ref: dt.date, tense_: str, evidence: str) -> DateGuess | None:
    """"March 5, 2024", "5 March last year", "March 5" (the year nearest by the tense)."""
    month, day = _month_number(g["month"]), int(g["day"])
    if "year" in g:
        return DateGuess(dt.date(int(g["year"]), month, day), "explicit", 0.95, evidence)
    if "yrel" in g:
        year = ref.year + _YEAR_SHIFT[g["yrel"].lower()]
        return DateGuess(dt.date(year, month, day), "relative", 0.9, evidence)
    date = _closest_year(month, day, ref, tense_)
    return DateGuess(date, "relative", 0.85, evidence) if date else None


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The `nth` `weekday` (Monday 0) of a month: Thanksgiving is November's fourth
    Thursday."""
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _feasts_in(key: str, year: int) -> tuple[dt.date, ...]:
    """A holiday's days in a year: one, but for a feast of another calendar, which may fall
    twice in a year or, outside its library's tables, not at all (`feast_calendars`)."""
    if key in feast_calendars.FEASTS:
        return feast_calendars.days_in(key, year)
    return (_feast_in(key, year),)


def _feast_in(key: str, year: int) -> dt.date:
    """A holiday's day in a year, fixed (`HOLIDAYS`) or moved (`MOVEABLE_FEASTS`)."""
    if key in MOVEABLE_FEASTS:
        return MOVEABLE_FEASTS[key](year)
    month, day = HOLIDAYS[key]
    return dt.date(year, month, day)


def _feast_by_tense(key: str, ref: dt.date, tense_: str,
                    ahead: bool = False) -> dt.date | None:
    """A holiday with no year: told in the past, the last one by the reference date ("was
    busy at Christmas" in October is last December's, which a day and month's cost had made
    the coming one); said to come, the next; else the nearest. `ahead`: after a word that
    points to it as still to come ("ahead of Christmas", "until Easter": `_AHEAD_BEFORE`),
    the past reads it as a day and month without a year is read (`_cost_by_tense`), so
    "Crowds packed Xville ahead of Christmas" on 20 December is this Christmas, five days
    off, as "ahead of 25 December" is; the last one had put it a year back (review 26). A
    feast lasting days is to come while it lasts ("will close during Ramadan" in its second
    week); one outside its calendar's tables is None."""
    days = [day for year in (ref.year - 1, ref.year, ref.year + 1)
            for day in _feasts_in(key, year)]
    if not days:
        return None
    if ahead and tense_ == "past":
        return min(days, key=lambda day: _cost_by_tense(day, ref, tense_))
    if tense_ in {"past", RECOUNTED}:
        return max((day for day in days if day <= ref), default=None)
    if tense_ == "future":
        last = (lambda day: feast_calendars.span(key, day)[1]) \
            if key in feast_calendars.LASTING else (lambda day: day)
        return min((day for day in days if last(day) >= ref), default=None)
    return min(days, key=lambda day: abs(day - ref))


def _resolve_new_year(ref: dt.date, tense_: str, evidence: str) -> DateGuess:
    """"in the new year": a January. Told in the past, the one begun this year ("reopened in
    the new year" in March); else the coming one ("will reopen in the new year" in
    November), or this one while it lasts."""
    year = ref.year if tense_ == "past" or ref.month == 1 else ref.year + 1
    return DateGuess(dt.date(year, 1, 1), "relative", 0.7, evidence, end=dt.date(year, 1, 31),
                     precision="month")


def _resolve_holiday(g: dict, ref: dt.date, tense_: str, evidence: str,
                     ahead: bool = False) -> DateGuess | None:
    """"on Christmas Eve", "over Easter": its day in the year written, else the nearest by
    the tense (`_feast_by_tense`; `ahead`: after "before", "until", "ahead of" …)."""
    key = "canadian thanksgiving" if "canada" in g else holiday_key(g["holiday"])
    if "year" in g:
        days = _feasts_in(key, int(g["year"]))
        return DateGuess(days[0], "explicit", 0.9, evidence) if days else None
    day = _feast_by_tense(key, ref, tense_, ahead)
    if day is None:
        return None
    if g.get("canada") == NEARER_THANKSGIVING:
        american = _feast_by_tense("thanksgiving", ref, tense_, ahead)
        day = min((day, american), key=lambda feast: abs(feast - ref))
    return DateGuess(day, "relative", 0.8, evidence)


def _words(words: tuple[str, ...]) -> str:
    """Words as alternatives of a pattern, any space between two of a phrase."""
    return "|".join(word.replace(" ", r"\s+") for word in words)


# Before a lasting feast of another calendar, what makes it its days (fix 50): "during
# Ramadan", "over Diwali", "throughout the holy month of Ramadan"; and its last day: "the
# end of Ramadan". Else ("on Eid", "since the start of Ramadan") its first day.
_THROUGH_A_FEAST = re.compile(r"\b(?:over|during|throughout|through|in|across)\s+(?:the\s+"
                              r"(?:(?:holy|fasting|festive)\s+)?(?:" + _words(_FEAST_S_DAYS)
                              + r")\s+of\s+)?$", re.IGNORECASE)
_A_FEAST_S_END = re.compile(r"\b(?:" + _words(_FEAST_S_END) + r")\s+of\s+(?:the\s+(?:holy\s+)?"
                            r"month\s+of\s+)?$", re.IGNORECASE)


def _lasting_feast(day: DateGuess, key: str, before: str, spanned: bool) -> DateGuess:
    """A feast of days (`feast_calendars.LASTING`) read over them ("during Ramadan", "the
    Eid holidays": a range, as fix 47 made "the Easter weekend"), at its end ("the end of
    Ramadan": the last day), else on its first day."""
    start, end = feast_calendars.span(key, day.date)
    if _A_FEAST_S_END.search(before):
        return replace(day, date=end, evidence=f"{day.evidence} (its last day)")
    if spanned or _THROUGH_A_FEAST.search(before) or (
            _FOR_A_FEAST.search(before) and end - start >= A_MONTH_S_FEAST):
        return replace(day, date=start, end=end, precision="range")
    return day


# "On the eve of Diwali" is the day before it (fix 53): it had been the feast's first day, 1
# November 2024 ("of" a feast after "eve" is read since fix 50). Christmas Eve and New Year's
# Eve are holidays of their own.
_THE_EVE_OF = re.compile(r"\beve\s+of\s+$", re.IGNORECASE)


def _the_eve_of(day: DateGuess) -> DateGuess:
    """The day before a feast's first `day`, alone."""
    return replace(day, date=day.date - dt.timedelta(days=1), end=None, precision="day",
                   evidence=f"the eve of {day.evidence}")


# What is done "for" a feast a month long is done over it: "For Ramadan, the mosque will open
# at night" in Wednesday 20 March 2024's paper had been 11 March, its first day (fix 53). A
# festival of days is its day after "for": "Families gathered for Passover", "shut for Eid".
_FOR_A_FEAST = re.compile(r"\bfor\s+$", re.IGNORECASE)
A_MONTH_S_FEAST = dt.timedelta(days=27)


# A word of a span after a feast's name: "the Easter weekend", "over the Christmas holidays"
# are days around it, not the feast's day alone (fix 47).
_FEAST_SPAN = re.compile(r"\s+(?P<span>weekend|holidays?|break|period|week)\b", re.IGNORECASE)
_EASTER_KEYS = frozenset({"easter", "easter sunday", "easter monday", "good friday"})
_CHRISTMAS_KEYS = frozenset({"christmas", "christmas eve", "christmas day", "boxing day"})


def _feast_span(day: DateGuess, key: str, span: str) -> DateGuess:
    """The days a feast's span covers (`_FEAST_SPAN`), as a range: Easter's weekend or
    holidays Good Friday to Easter Monday, Christmas's weekend Christmas Eve to Boxing Day,
    its holidays, break or period Christmas Eve to New Year's Day; another feast's weekend
    the weekend it falls on or next to (a Monday's: Saturday to Monday; a Thursday's or a
    Friday's: to Sunday); else the feast's day alone."""
    date = day.date
    if key in _EASTER_KEYS:
        sunday = easter(date.year)
        start, end = sunday - dt.timedelta(days=2), sunday + dt.timedelta(days=1)
    elif key in _CHRISTMAS_KEYS:
        start = dt.date(date.year, 12, 24)
        end = dt.date(date.year, 12, 26) if span == "weekend" else dt.date(date.year + 1, 1, 1)
    elif span == "weekend" and date.weekday() != 1 and date.weekday() != 2:
        start = date - dt.timedelta(days={0: 2, 6: 1}.get(date.weekday(), 0))
        end = date if date.weekday() in {0, 6} else date + dt.timedelta(days=6 - date.weekday())
    else:
        return day
    return replace(day, date=start, end=end, precision="range",
                   evidence=f"{day.evidence} {span}")


def _year_of_the_weekday(guess: DateGuess | None, g: dict, ref: dt.date) -> DateGuess | None:
    """A day and month with no year whose weekday, written in full, is not the one of the
    year read but is that of a year nearer the report: that year. "The concert took place on
    Saturday 9 March" in a paper of Tuesday 5 March 2024 had been 9 March 2023, the last one
    before the past "took place", a Thursday, flagged (audit 22): 9 March 2024 is a Saturday.
    Not a farther year: "will be held on Sunday 12 March" stays the coming Tuesday 12 March,
    its weekday flagged (`_with_weekday_checked`), not 12 March 2023, a Sunday."""
    if guess is None or guess.date is None or "year" in g or "yrel" in g or \
            g.get("weekday", "").lower() not in _FULL_WEEKDAYS:
        return guess
    said, chosen = WEEKDAYS[g["weekday"].lower()], guess.date
    nearer = [day for day in (_day_or_none(year, chosen.month, chosen.day)
                              for year in (ref.year - 1, ref.year, ref.year + 1))
              if day and day.weekday() == said and abs(day - ref) < abs(chosen - ref)]
    return replace(guess, date=min(nearer, key=lambda day: abs(day - ref))) if nearer and \
        chosen.weekday() != said else guess


def _with_weekday_checked(guess: DateGuess | None, g: dict) -> DateGuess | None:
    """A date written with its weekday keeps the date; a weekday that is not the date's is
    flagged ("Monday, March 5, 2024" was a Tuesday): one of them is a typo, and the date
    says more. A short form that is not the date's is a name ("The Baltimore Sun, March 5"):
    the date alone is the evidence, with no flag."""
    if guess is None or guess.date is None or "weekday" not in g:
        return guess
    said = WEEKDAYS[g["weekday"].lower()]
    if guess.date.weekday() == said:
        return guess
    if g["weekday"].lower() not in _FULL_WEEKDAYS:
        return replace(guess, evidence=re.sub(r"^\w+,?\s+", "", guess.evidence))
    return replace(guess, flag=f"the text says {WEEKDAYS_IN_FULL[said]}, but "
                               f"{guess.date:%-d %B %Y} is a {guess.date:%A}: the date was kept")


def _resolve_rel_month(g: dict, ref: dt.date, tense_: str, evidence: str) -> DateGuess:
    month = _month_number(g["month"])
    rel = g["rel"].lower()
    if "yrel" in g:  # "in September last year"
        year = ref.year + _YEAR_SHIFT[g["yrel"].lower()]
    elif rel == "last":
        year = ref.year if month < ref.month else ref.year - 1
    elif rel == "next":
        year = ref.year if month > ref.month else ref.year + 1
    elif rel in {"this", "earlier this", "later this"}:
        year = ref.year
    else:  # "in March", "early March": the occurrence in the tense's direction, else nearest
        year = ref.year
        if tense_ == "past" and month > ref.month:
            year -= 1
        elif tense_ == "future" and month < ref.month:
            year += 1
        elif tense_ == "present" and abs(month - ref.month) > 6:
            year += 1 if month < ref.month else -1
    start, end = _month_range(year, month)
    return DateGuess(start, "relative", 0.75, evidence, end=end, precision="month")


def _resolve_day_word(word: str, ref: dt.date, evidence: str) -> DateGuess:
    offsets = {"the day before yesterday": -2, "yesterday": -1, "last night": -1,
               "tomorrow": 1, "the day after tomorrow": 2}
    date = ref + dt.timedelta(days=offsets.get(word, 0))
    return DateGuess(date, "relative", 0.9, evidence)


# A word of sudden change before "overnight" makes it "suddenly", no night: "it will not
# happen overnight", "became a star overnight", "prices doubled almost overnight". Only a verb
# of change or an "almost" at most three words before it (review 36, item 9: "star", "fix"
# or "success" anywhere in 60 characters had dropped real nights: "Hollywood star Johnny Depp
# was arrested in Carlisle overnight", "Crews fixed the burst main overnight").
_SUDDEN_BEFORE = re.compile(r"\b(?:happen\w*|chang\w*|transform\w*|becom\w*|became|disappear\w*"
                            r"|vanish\w*|doubl\w*|tripl\w*|almost|virtually|practically"
                            r"|literally|nearly|seemingly)(?:\s+[\w'’-]+){0,3}\s+$",
                            re.IGNORECASE)
# What makes a present tense's "overnight" the coming night: a forecast ("Rain is expected
# overnight", "Temperatures are forecast to fall overnight"). Without one the present is a
# headline's past ("Police arrest two men in Carlisle overnight": review 36, item 9).
_A_FORECAST = re.compile(r"\b(?:will|expected|forecast\w*|set\s+to|likely|due\s+to|going\s+to"
                         r"|predicted|warn\w*)\b", re.IGNORECASE)
# A present of state, no headline's action: "Roads are closed overnight" (no night told).
_A_STATE = re.compile(r"\b(?:is|are|am|remains?|stays?)\b", re.IGNORECASE)
OVERNIGHT_PAST = "(past tense: the night before, as \"last night\")"


def _resolve_overnight(ref: dt.date, clause: str, tense_: str, at: int,
                       evidence: str) -> DateGuess | None:
    """"overnight": told in the past, or in a present with no forecast (`_A_FORECAST`: a
    headline's), the night before the report, dated as "last night" is (the day before: a
    morning paper's night; `dates` moves it to a day the story has told); else the report's
    own night ("Rain will spread overnight", as "tonight"); None where it means "suddenly"
    (`_SUDDEN_BEFORE`), or in a present of state with no forecast (`_A_STATE`)."""
    if at > 0 and _SUDDEN_BEFORE.search(clause, max(0, at - 60), at):
        return None
    if tense_ == "present" and not _A_FORECAST.search(clause) and _A_STATE.search(clause):
        return None  # ("Roads in Carlisle are closed overnight": each night, or tonight)
    if tense_ == "past" or tense_ == "present" and not _A_FORECAST.search(clause):
        return DateGuess(ref - dt.timedelta(days=1), "relative", 0.85,
                         f"{evidence} {OVERNIGHT_PAST}")
    return DateGuess(ref, "relative", 0.85, f"{evidence} ({tense_} tense: tonight)")


_HOURS_A_DAY = 24


def _the_next_units(g: dict, ref: dt.date, tense_: str, evidence: str) -> DateGuess | None:
    """"within the next 48 hours", "over the next three days": from the report's date `ref`
    to as far ahead, the report's day counted (48 hours reach the day after tomorrow); None in
    a past account, where "the next" counts from the story's own time ("In the next 48 hours,
    rescuers pulled …"; a verb of saying tells none: "is unlikely in the next three months,
    the minister said"), or for a vague count."""
    if tense_ == "past" or g["count"].lower() in _VAGUE_COUNTS:
        return None
    return _units_ahead(_count(g["count"]), g["unit"].lower(), ref, evidence)


def _units_ahead(count: int, unit: str, ref: dt.date, evidence: str) -> DateGuess:
    """`count` hours, days, weeks or months from the report's date `ref` on, its day counted
    (48 hours reach the day after tomorrow)."""
    if unit == "hour":
        end = ref + dt.timedelta(days=-(-count // _HOURS_A_DAY))
    elif unit == "day":
        end = ref + dt.timedelta(days=count)
    elif unit == "week":
        end = ref + dt.timedelta(weeks=count)
    else:
        end = _months_before(ref, -count)
    if end == ref:
        return DateGuess(ref, "relative", 0.75, evidence)
    return DateGuess(ref, "relative", 0.75, f"{evidence} (from the report's date)", end=end,
                     precision="range")


def _resolve_twixtmas(ref: dt.date, tense_: str, evidence: str) -> DateGuess:
    """"between Christmas and New Year": 26 to 31 December, of the Christmas the tense names:
    in the past the last (this year's once the report is past Christmas), ahead this year's,
    in the present the nearer."""
    if tense_ == "future":
        year = ref.year
    elif tense_ == "past":
        year = ref.year if ref >= dt.date(ref.year, 12, 26) else ref.year - 1
    else:
        year = ref.year if ref.month >= 7 else ref.year - 1
    return DateGuess(dt.date(year, 12, 26), "relative", 0.8,
                     f"{evidence} (26 to 31 December)", end=dt.date(year, 12, 31),
                     precision="range")


def _resolve_offset(count: int, unit: str, ref: dt.date, evidence: str) -> DateGuess:
    if unit == "day":
        return DateGuess(ref + dt.timedelta(days=count), "relative", 0.85, evidence)
    if unit == "week":  # the calendar week (Monday to Sunday) that holds the shifted day
        date = ref + dt.timedelta(weeks=count)
        monday = date - dt.timedelta(days=date.weekday())
        return DateGuess(monday, "relative", 0.7, evidence, end=monday + dt.timedelta(days=6),
                         precision="week")
    if unit == "month":
        start = _shift_months(ref, count)
        return DateGuess(start, "relative", 0.6, evidence,
                         end=_month_range(start.year, start.month)[1], precision="month")
    year = ref.year + count
    return DateGuess(dt.date(year, 1, 1), "relative", 0.6, evidence,
                     end=dt.date(year, 12, 31), precision="year")


_STORY_SIGN = {"earlier": -1, "before": -1, "previous": -1, "later": 1, "after": 1,
               "following": 1, "next": 1, "same": 0, "within": 0}
# After "before" or "after", what ends the phrase: no event named after it ("the day before.",
# "two days after, she …", "a week before that").
_NO_OBJECT = re.compile(r"\s*(?:[.,;:!?)\"”’]|$|(?:that|then)\b)", re.IGNORECASE)


def names_its_event(expr: TimeExpression, text: str) -> bool:
    """Whether a story's "N days before/after" is followed by the event it counts from ("three
    days after a landslide near Falkirk blocked it"): what it names is then that many days
    before (after) the clause's own time, not what the clause tells."""
    return expr.groups.get("dir", "").lower() in {"before", "after"} \
        and not _NO_OBJECT.match(text, expr.end)


def counted_ahead_from(expr: TimeExpression, ref: dt.date) -> DateGuess | None:
    """A story's count forward ("a week later", "two days later") read from `ref`, as "in a
    week" is: a day, or a week's calendar week (`_resolve_offset`); None for a vague count or
    one leading back."""
    g = expr.groups
    if g.get("unit", "").lower() in {"hour", "minute"} and g.get("dir", "").lower() == "within":
        return _within_hours_ahead(g, ref, expr.text)
    if counts_back(expr) or g.get("count", "").lower() in _VAGUE_COUNTS \
            or g.get("unit", "day").lower() not in {"day", "week"}:
        return None
    count = _count(g["count"]) if "count" in g else 1
    return _resolve_offset(count, g.get("unit", "day").lower(), ref,
                           f"{expr.text} (counted from the forecast's day)")


def _within_hours_ahead(g: dict, ref: dt.date, text: str) -> DateGuess | None:
    """A forecast's "within 48 hours", "within an hour": from the report's date `ref` on, as
    "within the next 48 hours" is (`_the_next_units`; dates65: the publication date alone had
    stood in); None for "within hours", whose reach is not told."""
    if "count" not in g or g["count"].lower() in _VAGUE_COUNTS:
        return None
    evidence = f"{text} (from the report's date)"
    if g["unit"].lower() == "minute":  # (minutes stay on the report's day)
        return DateGuess(ref, "relative", 0.75, evidence)
    return replace(_units_ahead(_count(g["count"]), "hour", ref, text), evidence=evidence)


def counts_back(expr: TimeExpression) -> bool:
    """Whether a story's own count leads back from the day it counts from ("the day before",
    "two days earlier", "the previous day")."""
    g = expr.groups
    return expr.kind == "story" and _STORY_SIGN[(g.get("dir") or g["rel"]).lower()] < 0


# A story's count of hours or minutes ("Within an hour a wall of water reached Miyagi", "Two
# hours later the plane left for Washington") tells what followed the event the story last
# dated to a day, on that day as often as not (audit 37, item 10: such sentences had stood
# on the publication date, a morning paper's day after). Only from a day told before it
# (`dates._story_date`); with none, the publication date stands as before.
_HOURS_LATER = frozenset({"hour", "minute"})


def story_shift(expr: TimeExpression, anchor: dt.date, back: bool = False) -> DateGuess | None:
    """The date a story's own count ("two days earlier", "the previous day", "a week later")
    gives from `anchor`, the day it counts from; `back`: the event named after "N days
    after …" (`names_its_event`), which the count leads back to. Days and weeks from a day are
    a day; months and years their month or year (`_resolve_offset`)."""
    g = expr.groups
    if g.get("unit", "").lower() in _HOURS_LATER or "sameday" in g:
        return None if back else DateGuess(anchor, "relative", 0.6,
                                           f"{expr.text} (the day of {anchor:%A %-d %B %Y})")
    if g.get("count", "").lower() in _VAGUE_COUNTS:
        return None
    count = _count(g["count"]) if "count" in g else 1
    count *= _STORY_SIGN[(g.get("dir") or g["rel"]).lower()] * (-1 if back else 1)
    unit = g.get("unit", "day").lower()
    evidence = f"{expr.text} (from {anchor:%A %-d %B %Y})"
    if unit in {"day", "week"}:
        days = count * (7 if unit == "week" else 1)
        return DateGuess(anchor + dt.timedelta(days=days), "relative", 0.7, evidence)
    return _resolve_offset(count, unit, anchor, evidence)


def _to_date(unit: str, ref: dt.date, evidence: str) -> DateGuess:
    """"so far this year", "month to date": the unit's first day to the report's (`ref`)."""
    start = ref.replace(month=1, day=1) if unit == "year" else ref.replace(day=1) \
        if unit == "month" else ref - dt.timedelta(days=ref.weekday())
    if start == ref:
        return DateGuess(ref, "relative", 0.7, evidence)
    return DateGuess(start, "relative", 0.7, f"{evidence} (to the report's date)", end=ref,
                     precision="range")


A_FORTNIGHT = dt.timedelta(days=14)


def _resolve_rel_unit(rel: str, unit: str, ref: dt.date, evidence: str) -> DateGuess:
    if unit == "fortnight":  # "the past fortnight": the fourteen days before, as "the past
        # week" is the seven; "the next fortnight" the fourteen after (dates65)
        if rel == "next":
            return DateGuess(ref + dt.timedelta(days=1), "relative", 0.7, evidence,
                             end=ref + A_FORTNIGHT, precision="range")
        return DateGuess(ref - A_FORTNIGHT, "relative", 0.7, evidence,
                         end=ref - dt.timedelta(days=1), precision="range")
    if rel == "past" and unit == "week":  # "over the past week": the seven days before
        return DateGuess(ref - dt.timedelta(days=7), "relative", 0.7, evidence,
                         end=ref - dt.timedelta(days=1), precision="week")
    if rel == "past" and unit in {"month", "year"}:  # "over the past year": the twelve months
        return _the_past_units(1, unit, ref, evidence)  # before (dates63: last calendar year)
    step = {"last": -1, "past": -1, "next": 1}.get(rel, 0)
    if unit in {"week", "weekend"}:
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=step)
        if unit == "weekend":
            start = monday + dt.timedelta(days=5)
            return DateGuess(start, "relative", 0.7, evidence, end=start + dt.timedelta(days=1),
                             precision="range")
        return DateGuess(monday, "relative", 0.7, evidence, end=monday + dt.timedelta(days=6),
                         precision="week")
    if unit == "month":
        start = _shift_months(ref, step)
        return DateGuess(start, "relative", 0.7, evidence,
                         end=_month_range(start.year, start.month)[1], precision="month")
    year = ref.year + step
    return DateGuess(dt.date(year, 1, 1), "relative", 0.7, evidence, end=dt.date(year, 12, 31),
                     precision="year")


# A span a comparison measures tells no time of its place: "I have not seen such flooding in
# the last 24 years" (GeoVirus), "the heaviest rain in the past 50 years", "for the first time
# in the last decade" are about what happens now, which the span only ranks.
_NOTHING_IN_IT = re.compile(r"\b(?:such|\w{2,}iest|worst|best|most|least|biggest|largest|highest"
                            r"|lowest|strongest|greatest|longest|hottest|coldest|wettest"
                            r"|first\s+time|record)\b", re.IGNORECASE)


def _the_past_units(count: int, unit: str, ref: dt.date, evidence: str) -> DateGuess:
    """"in the past 10 days", "over the past month": the span that long before the report's
    date `ref`, to the day before it, as "the past week" is the seven days before."""
    if unit == "day":
        start = ref - dt.timedelta(days=count)
    elif unit == "week":
        start = ref - dt.timedelta(weeks=count)
    elif unit == "month":
        start = _months_before(ref, count)
    else:
        start = _months_before(ref, 12 * count)
    return DateGuess(start, "relative", 0.7, evidence, end=ref - dt.timedelta(days=1),
                     precision="week" if (unit, count) == ("week", 1) else "range")


def _resolve_before_last(unit: str, ref: dt.date, evidence: str) -> DateGuess:
    """"the week before last": last week as a report a week (a month, a year) earlier would
    say it."""
    if unit in {"week", "weekend"}:
        earlier = ref - dt.timedelta(days=7)
    elif unit == "month":
        earlier = _shift_months(ref, -1)
    else:
        earlier = dt.date(ref.year - 1, 1, 1)
    return replace(_resolve_rel_unit("last", unit, earlier, evidence), confidence=0.65)


def _resolve_exact_ago(count: int, unit: str, ref: dt.date, evidence: str) -> DateGuess | None:
    if unit == "day":
        return DateGuess(ref + dt.timedelta(days=count), "relative", 0.85, evidence)
    if unit == "week":
        return DateGuess(ref + dt.timedelta(weeks=count), "relative", 0.85, evidence)
    months = count * (12 if unit == "year" else 1)
    first = _shift_months(ref, months)
    day = min(ref.day, calendar.monthrange(first.year, first.month)[1])
    return DateGuess(first.replace(day=day), "relative", 0.8, evidence)


def _resolve_weekend(ref: dt.date, tense_: str, evidence: str) -> DateGuess:
    """"over the weekend": the one just past (or under way) unless the clause is future."""
    saturday = ref - dt.timedelta(days=(ref.weekday() - 5) % 7)  # latest Saturday ≤ ref
    if tense_ == "future" and ref.weekday() < 5:
        saturday += dt.timedelta(days=7)
    return DateGuess(saturday, "relative", 0.7, evidence, end=saturday + dt.timedelta(days=1),
                     precision="range")


def _by_the_weekend(expr: TimeExpression, ref: dt.date, clause: str, tense_: str,
                    at: int) -> DateGuess | None:
    """"by the weekend", a deadline: still to come, the report's date to the coming weekend's
    Sunday, as "by" a day is (dates60), unless its clause is told in the past with nothing
    before it looking ahead ("the crest had reached Gaya by the weekend": None, the weekend
    gone). A deadline looks ahead in any other tense: "Gao needs food aid by the weekend"
    (review 33, item 6: the present had fallen to the weekend just gone). A verb of saying
    tells no past of its own ("Gao needs food aid by the weekend, the mayor said")."""
    if not expr.text.lower().startswith("by") or (
            tense_ == "past" and tells_a_past_event(clause)
            and not (at > 0 and _looks_ahead(clause, at))):
        return None
    weekend = _resolve_weekend(ref, "future", expr.text)
    return _from_now_until(ref, weekend.end or ref, expr.text, DEADLINE)


# What makes "this weekend" the coming one even in a past account: a modal or a plan ("warned
# storms could hit this weekend") or the weekend's own event ("cancelled this weekend's
# marathon") — a review.
_AHEAD_OF_THE_WEEKEND = re.compile(
    r"\b(?:" + _MODALS_AHEAD + r"|expected|set to|planned|scheduled|due to)\b",
    re.IGNORECASE)


def _resolve_this_weekend(ref: dt.date, tense_: str, evidence: str) -> DateGuess:
    """"this weekend": the week's own, Saturday and Sunday, but in a past account the one
    just gone ("This weekend, Montreal held its annual parade" in Monday's paper had been
    dated to the coming weekend — an audit), as for "over the weekend"."""
    if tense_ == "past":
        return _resolve_weekend(ref, tense_, evidence)
    return _resolve_rel_unit("this", "weekend", ref, evidence)


def _resolve_two_month_range(g: dict, ref: dt.date, tense_: str, evidence: str
                             ) -> DateGuess | None:
    """"from Aug. 1 to Aug. 25", "June 28-July 3": a range whose ends name their months (the
    end in the next year when its month comes earlier: "Dec. 28 to Jan. 3")."""
    month, month2 = _month_number(g["month"]), _month_number(g["month2"])
    d1, d2 = int(g["d1"]), int(g["d2"])
    if "year1" in g:
        start = dt.date(int(g["year1"]), month, d1)
        end = dt.date(int(g.get("year", start.year + (month2 < month))), month2, d2)
    elif "year" in g:  # the year written after the range is the end's
        end = dt.date(int(g["year"]), month2, d2)
        start = dt.date(end.year - (month > month2), month, d1)
    else:
        start = _closest_year(month, d1, ref, tense_)
        if start is None:
            return None
        end = dt.date(start.year + (month2 < month), month2, d2)
    if end < start or (end - start).days > 366:
        return None
    return DateGuess(start, "relative", 0.85, evidence, end=end, precision="range")


# Months of every year: "Northern Nigeria is usually hit by floods between July and October",
# "the monsoon, which typically runs from May to September", "she swam every morning from
# June to September" are no year's (of the probes' month ranges with no year, a third told a
# season's habit).
_HABIT = re.compile(r"\b(?:" + _HABIT_WORDS + r"|annual(?:ly)?|every|each\s+(?:year|spring"
                    r"|summer|autumn|fall|winter)"
                    r"|seasonal(?:ly)?)\b", re.IGNORECASE)


def tells_a_habit(clause: str) -> bool:
    """Whether a clause has a word of habit ("every", "each year", "usually": `_HABIT`)."""
    return bool(_HABIT.search(clause))


def _every_year(g: dict, clause: str, tense_: str) -> bool:
    """Whether months with no year ("from June to August") are every year's: told in the
    present, which tells what is so each year ("the khareef runs from late June to
    September"; what is to come says "will", "is expected"), or with a word of habit
    (`_HABIT`)."""
    if "year" in g or "year1" in g or "yrel" in g:
        return False
    return tense_ == "present" or bool(_HABIT.search(clause))


def _resolve_month_range(g: dict, ref: dt.date, tense_: str, evidence: str) -> DateGuess | None:
    """"from June to August": the first day of the first month, as "in June" reads it, to the
    last of the second month after it; the year written or said after the range is the
    end's ("from June to August 2023", "… last year"), as for days
    (`_resolve_two_month_range`)."""
    month, month2 = _month_number(g["month"]), _month_number(g["month2"])
    if "year1" in g:
        first = int(g["year1"])
        last = int(g.get("year", first + (month2 < month)))
    elif "year" in g or "yrel" in g:
        last = int(g["year"]) if "year" in g else ref.year + _YEAR_SHIFT[g["yrel"].lower()]
        first = last - (month > month2)
    else:
        first = _resolve_rel_month({"month": g["month"], "rel": "in"}, ref, tense_, "").date.year
        last = first + (month2 < month)
    start, end = dt.date(first, month, 1), _month_range(last, month2)[1]
    if end <= start:
        return None
    explicit = "year" in g or "year1" in g
    return DateGuess(start, "explicit" if explicit else "relative", 0.85 if explicit else 0.75,
                     evidence, end=end, precision="range")


# Meteorological seasons of the northern hemisphere, where most news is written: each its
# first month, three months long; winter starts in December and runs into the next year.
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season_range(season: str, year: int) -> tuple[dt.date, dt.date]:
    first = _SEASONS[season]
    start = dt.date(year, first, 1)
    last = _shift_months(start, 2)
    return start, _month_range(last.year, last.month)[1]


def _year_of_two_digits(yy: int, ref: dt.date) -> int:
    """The year an apostrophe's two digits name ("the summer of '69"): the latest one ending
    so that is not after the reference's next year (a look back, as such years are written:
    in 2018 "'69" is 1969, "'19" 2019)."""
    year = ref.year - ref.year % 100 + yy
    return year - 100 if year > ref.year + 1 else year


def _resolve_season(g: dict, ref: dt.date, evidence: str) -> DateGuess:
    """"the spring of 2023", "winter 2024" (from December 2024); "last summer" is the latest
    one over before the reference date, "next spring" the first to start after it, "this
    autumn" the one of the reference date's year (this winter: the one under way or next)."""
    season = g["season"].lower()
    if "syear" in g or "syy" in g:
        year = int(g["syear"]) if "syear" in g else _year_of_two_digits(int(g["syy"]), ref)
        start, end = _season_range(season, year)
        return DateGuess(start, "explicit", 0.85, evidence, end=end, precision="season")
    rel = g["rel"].lower()
    years = [_season_range(season, year) for year in range(ref.year - 2, ref.year + 2)]
    if rel in {"last", "this past"}:
        start, end = max((r for r in years if r[1] < ref), default=years[0])
    elif rel in {"next", "this coming"}:
        start, end = min((r for r in years if r[0] > ref), default=years[-1])
    else:  # this, earlier this, later this: the one under way, else this year's
        start, end = next((r for r in years if r[0] <= ref <= r[1]), None) or \
            _season_range(season, ref.year if season != "winter" or ref.month > 2
                          else ref.year - 1)
    return DateGuess(start, "relative", 0.8, evidence, end=end, precision="season")


BARE_SEASON_CONFIDENCE = 0.6  # a season with no year, placed by the clause's tense alone
SEASON_UNDER_WAY = dt.timedelta(days=30)  # begun this long, a season can be told in the past


def _resolve_bare_season(season: str, ref: dt.date, tense_: str, evidence: str) -> DateGuess:
    """"in the spring" with no year (audit 25, item 9: the publication date had stood): told
    in the past, the latest begun a month before the reference date ("was struck down in the
    summer" on 30 August: this summer); else the one under way, or the next to begin ("will
    open in the spring" in February: this spring). A habit ("usually in the spring") is
    none."""
    years = [_season_range(season, year) for year in range(ref.year - 2, ref.year + 2)]
    if tense_ == "past":  # (not one barely begun: "rose in the spring" on 8 March is 2023's)
        start, end = max(r for r in years if r[0] <= ref - SEASON_UNDER_WAY)
    else:
        start, end = min(r for r in years if r[1] >= ref)
    return DateGuess(start, "relative", BARE_SEASON_CONFIDENCE, f"{evidence} ({tense_} tense)",
                     end=end, precision="season")


def _resolve_sport_season(rel: str, ref: dt.date, evidence: str) -> DateGuess:
    """"last season", "this season", "next season": a league's season, August to May, as the
    leagues news most often reports (European football, rugby, basketball) run: "United, who
    lost 7-0 at Anfield last season" in March 2024's paper is August 2022 to May 2023. In
    June and July the season just over is both "last" and "this" one, the coming one "next"
    (review 24's probes: Anfield had taken the main clause's Saturday, "last season" being no
    date)."""
    current = ref.year if ref.month >= 8 else ref.year - 1  # under way, or over in June, July
    off_season = ref.month in {6, 7}
    first = {"last": current if off_season else current - 1, "this": current,
             "next": current + 1}[rel]
    return DateGuess(dt.date(first, 8, 1), "relative", 0.6, evidence,
                     end=dt.date(first + 1, 5, 31), precision="season")


# -- audit 20: weekday ranges, "Tuesday week", ordinal days, weeks of a month, quarters,
# decades, "the end of the month" ---------------------------------------------------------


def _day_of_the_week(g: dict, ref: dt.date) -> dt.date:
    """The weekday in the week named after it ("Tuesday next week", "… last week"): the week
    says which, whatever the tense or "next" before the day."""
    monday = ref - dt.timedelta(days=ref.weekday())
    return monday + dt.timedelta(weeks=_YEAR_SHIFT[g["wrel"].lower()],
                                 days=WEEKDAYS[g["weekday"].lower()])


def _resolve_weekday_range(g: dict, ref: dt.date, tense_: str, evidence: str) -> DateGuess:
    """"from Monday to Wednesday": the first weekday as the clause's tense reads it, to the
    first such second weekday after it; "… next week" (this, last) that week's. Two listed
    ("on Monday and Thursday") that do not follow each other: the first."""
    if "wrel" in g:
        first, said = _day_of_the_week(g, ref), evidence
    else:
        first = _weekday_date(WEEKDAYS[g["weekday"].lower()], ref, g.get("rel", ""), tense_)
        said = f"{evidence} ({tense_} tense)"
    days = (WEEKDAYS[g["weekday2"].lower()] - first.weekday()) % 7 or 7
    if "listed" in g and days != 1:
        return DateGuess(first, "relative", 0.75, said)
    return DateGuess(first, "relative", 0.75, said, end=first + dt.timedelta(days=days),
                     precision="range")


# Opening hours are a habit, no dated range: "The library in Xville is open Monday through
# Friday", "The centre is open Monday to Friday, 9am-5pm" had been the coming Monday to
# Friday (left by audit 23). A range of weekdays naming no week ("… next week" is that
# week's, audit 22), not told in the past, is a week's habit where an opening in the present
# comes right before it ("is open", "are staffed"), a time of day's range beside it ("9am-5pm",
# "from 8.30am to 6pm"), or a word of habit ("usually", "every week"). What "will be open"
# without hours is one occasion's ("A rest centre will be open from Thursday to Sunday for
# evacuees"), and so is what runs ("The festival runs from Friday to Sunday").
_OPEN_BEFORE = re.compile(
    r"\b(?:is|are|remains?|stays?|['’]s)\s+(?:\w+ly\s+|also\s+|now\s+|still\s+)?"
    r"(?:open|staffed|manned|available|reachable)\s+(?:from\s+|between\s+)?$"
    r"|\b(?:opening\s+(?:hours|times)|hours)(?:\s+(?:are|is|will\s+be))?\s*:?\s+"
    r"(?:from\s+|between\s+)?$", re.IGNORECASE)
_CLOCK = r"\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?|hrs|h)?"
# (not "10 to 20"; "5 p.m.," ends before its comma: `\b` after the stop had missed "open
# from 9 a.m. to 5 p.m., Monday to Friday", dated next week — dates63)
_TIME = r"\d{1,2}(?:[.:]\d\d\s*(?:[ap]\.?m\.?|hrs|h)?|\s*(?:[ap]\.?m\.?|hrs|h))(?!\w)"
_HOURS = r"(?:from\s+|between\s+)?" + _CLOCK + r"\s*(?:[-–]|to|until|till|and)\s*" + _TIME
_HOURS_AFTER = re.compile(r"\s*(?:,|\(|\bfrom\b|\bbetween\b)?\s*" + _HOURS, re.IGNORECASE)
_HOURS_BEFORE = re.compile(r"\b" + _HOURS + r"\s*,?\s*(?:on\s+)?$", re.IGNORECASE)
_WEEKLY = re.compile(r"\b(?:" + _HABIT_WORDS + r"|every\s+week|each\s+week|weekly)\b",
                     re.IGNORECASE)


def _opening_hours(expr: TimeExpression, clause: str, tense_: str, at: int) -> bool:
    """Whether a range of weekdays is a week's habit, opening hours (`_OPEN_BEFORE`,
    `_HOURS_AFTER`, `_WEEKLY`), not days of a week that can be dated."""
    if at < 0 or "wrel" in expr.groups or "rel" in expr.groups or tense_ == "past":
        return False
    end = at + len(expr.text)
    return bool(_OPEN_BEFORE.search(clause, 0, at) or _HOURS_AFTER.match(clause, end)
                or _HOURS_BEFORE.search(clause, 0, at) or _WEEKLY.search(clause))


def _closure_under_way(expr: TimeExpression, ref: dt.date, clause: str,
                       at: int) -> DateGuess | None:
    """A closure told in the present over days under way at the report's date: "Roads are
    closed from Saturday to Sunday for the marathon" in Sunday's paper is this weekend, not
    the next (review 22), where the coming days are read otherwise (`_closed_now`)."""
    if at < 0 or not _closed_now(clause, at, at + len(expr.text)):
        return None
    gone = _resolve_weekday_range(expr.groups, ref, "past", expr.text)
    return replace(gone, evidence=f"{expr.text} (under way)") if gone.end >= ref else None


def _resolve_weekday_week(g: dict, ref: dt.date, tense_: str, evidence: str) -> DateGuess:
    """"Tuesday week", "a week on Tuesday": a week after the coming Tuesday (on a Tuesday, a
    week today); "a week last Tuesday": a week before the last one."""
    weekday = WEEKDAYS[g["weekday"].lower()]
    if "ago" in g:
        date = ref - dt.timedelta(days=((ref.weekday() - weekday) % 7 or 7) + 7)
    else:
        date = ref + dt.timedelta(days=(weekday - ref.weekday()) % 7 + 7)
    return DateGuess(date, "relative", 0.75, evidence)


def _resolve_ordinal_day(g: dict, ref: dt.date, tense_: str, evidence: str
                         ) -> DateGuess | None:
    """"on the 12th": of the month named ("of next month"), else the last such day by
    publication in a past account, the first from publication on otherwise."""
    day = int(g["day"]) if "day" in g else \
        _ORDINAL_WORDS[" ".join(g["word"].lower().replace("-", " ").split())]
    if "old" in g:
        g = {**g, "mrel": _OLD_STYLE_MONTHS[g["old"][:2].lower()]}
    if "mrel" in g:
        month = _shift_months(ref, {"this": 0, "next": 1, "last": -1}[g["mrel"].lower()])
        date = _day_of(month, day)
        return DateGuess(date, "relative", 0.75, evidence) if date else None
    days = [d for d in (_day_of(_shift_months(ref, k), day) for k in (-1, 0, 1)) if d]
    if tense_ in {"past", RECOUNTED}:
        date = max((d for d in days if d <= ref), default=None)
    else:  # ("is due on the 12th", "the vote is on the 12th": a timetable's present)
        date = min((d for d in days if d >= ref), default=None)
    return DateGuess(date, "relative", 0.7, evidence) if date else None


# "by the 15th" after a modal or an infinitive, "until the 15th" of a state still ahead: the
# report's date to that day, as "by 15 November" and "until Monday" are (dates62: the day
# alone had put "will be repaired by the 15th" where "by 15 November" was the span).
_ORDINAL_S_CUE = re.compile(r"(?:by|until|till)\s+the\s+(?=\d)", re.IGNORECASE)


def _an_ordinal_day_ending(expr: TimeExpression, ref: dt.date, clause: str, tense_: str,
                           at: int) -> DateGuess | None:
    """The span from the report's date to the day an "ordinal_day" expression at clause[at:]
    names, where it is a deadline or a span's end still ahead (`_span_end_or_deadline`);
    else None."""
    cue = _ORDINAL_S_CUE.match(expr.text)
    if cue is None or at < 0 or (what := _span_end_or_deadline(
            clause, at + cue.end(), expr.text[cue.end():])) is None:
        return None
    day = _resolve_ordinal_day(expr.groups, ref, "future", expr.text)
    if day is None or day.date is None or day.date <= ref:
        return None
    return _from_now_until(ref, day.date, expr.text, what)


def _day_of(month: dt.date, day: int) -> dt.date | None:
    """The `day` of the month that `month` is in, if it has one."""
    return month.replace(day=day) if day <= calendar.monthrange(month.year, month.month)[1] \
        else None


def _resolve_iso_week(g: dict, ref: dt.date, tense_: str, evidence: str) -> DateGuess:
    """An ISO week, Monday to Sunday (precision week), or its day ("2024-W12-3"); with no year,
    the report's, or in the tense's direction the one before or after (as a bare quarter)."""
    week = int(g["week"])
    year = int(g["year"]) if "year" in g else ref.year
    monday = dt.date.fromisocalendar(year, week, 1)
    if "year" not in g:
        shift = -1 if tense_ == "past" and monday > ref else \
            1 if tense_ == "future" and monday + dt.timedelta(days=6) < ref else 0
        monday = dt.date.fromisocalendar(year + shift, week, 1)
    if "wd" in g:
        return DateGuess(monday + dt.timedelta(days=int(g["wd"]) - 1), "explicit", 0.95,
                         evidence)
    return DateGuess(monday, "explicit" if "year" in g else "relative",
                     0.9 if "year" in g else 0.7, evidence,
                     end=monday + dt.timedelta(days=6), precision="week")


def _figures_ending(expr: TimeExpression, ref: dt.date, tense_: str,
                    what: str = SPAN_END) -> DateGuess | None:
    """A date in figures that ends a span ("closed until 01/15", "through 15/1", "until
    15/01/2026"), read as the same date in words is (`_resolved`'s "dmy"): a day and month
    still ahead is the report's date to it, else the report's date stands (dates59: "until
    01/15" had been 15 January alone, where "until 15 January" was the span from the report
    to it). The order's note and flag are kept. A deadline still ahead ("by 1/12") is the
    same span, as "by 1 December" is (dates60: review 31 had pinned the day, while the words
    gave the report's date alone); one gone by stays its day, as a state's told in the past
    does (`_held_to`)."""
    day = _resolve_figures(expr.groups, expr.text) if expr.kind == "numeric" else \
        _resolve_day_month_figures(expr.groups, ref, tense_, expr.text)
    if day is None or day.date is None or (what := _held_to(what, day.date, ref)) is None:
        return day
    if expr.kind == "day_month" and day.date > ref:
        return replace(_from_now_until(ref, day.date, day.evidence, what),
                       confidence=min(day.confidence, 0.75), flag=day.flag)
    if what == DEADLINE:
        return day
    return DateGuess(ref, "fallback", 0.5, f"{day.evidence} ({SPAN_END}: the report's date)",
                     precision="publication", flag=day.flag)


def _resolve_figures(g: dict, evidence: str) -> DateGuess | None:
    """A date in figures as `dates.read_figures` read it for its text (the day, a note on
    the order, a flag where the order is a guess); None where no text read it."""
    if "read" not in g:
        return None
    day, note, flag = g["read"]
    return DateGuess(day, "explicit", 0.6 if flag else 0.9, evidence + note, flag=flag) \
        if day else None


def _resolve_day_month_figures(g: dict, ref: dt.date, tense_: str, evidence: str
                               ) -> DateGuess | None:
    """A day and month in figures with no year ("on 3/12", "from 12/3 to 15/3"), in the
    order `dates.read_day_month` read for its text (`g["read"]`: month first?, a note, a
    flag where the order is a guess), in the year that puts it nearest the report's date,
    the year before where it is told as past and would lie ahead, the year after where it
    is to come and would lie behind (as a bare ISO week). A range ends in its start's year,
    or the next ("28/12 to 3/1")."""
    if "read" not in g or g["read"][0] is None:
        return None
    month_first, note, flag = g["read"]
    if flag and "weekday" in g and (told := _order_its_weekday_tells(g, ref, tense_)):
        month_first, note, flag = told[0], told[1], ""
    first, second = (int(g["second"]), int(g["first"])) if month_first else \
        (int(g["first"]), int(g["second"]))
    start = _closest_year(second, first, ref, tense_)
    if start is None:
        return None
    start = _year_its_weekday_tells(start, g, ref)
    confidence = 0.6 if flag else 0.8
    if "first2" not in g:
        return _with_weekday_checked(
            DateGuess(start, "relative", confidence, evidence + note, flag=flag), g)
    day2, month2 = (int(g["second2"]), int(g["first2"])) if month_first else \
        (int(g["first2"]), int(g["second2"]))
    end = _day_or_none(start.year, month2, day2)
    if end is not None and end < start:
        end = _day_or_none(start.year + 1, month2, day2)
    if end is None:
        return None
    return DateGuess(start, "relative", confidence, evidence + note, end=end,
                     precision="range", flag=flag)


def _order_its_weekday_tells(g: dict, ref: dt.date, tense_: str) -> tuple[bool, str] | None:
    """(month first?, a note) where the weekday written before figures that read two ways
    ("Thursday 7/3") is the weekday of one reading only (found on articles written for
    dates57: "on Thursday 7/3" in a February paper had been a guess, though only 7 March
    was a Thursday); None where both or neither are."""
    weekday = WEEKDAYS[g["weekday"].lower()]
    a, b = int(g["first"]), int(g["second"])
    readings = {month_first: _closest_year(*((a, b) if month_first else (b, a)), ref, tense_)
                for month_first in (False, True)}
    fits = [month_first for month_first, day in readings.items()
            if day is not None and day.weekday() == weekday]
    if len(fits) != 1:
        return None
    day = readings[fits[0]]
    return fits[0], (f" ({'month' if fits[0] else 'day'} first, as {day:%A %-d %B %Y} is a "
                     f"{WEEKDAYS_IN_FULL[weekday]})")


def _year_its_weekday_tells(day: dt.date, g: dict, ref: dt.date) -> dt.date:
    """`day` in a year nearer the report whose weekday is the one written before its
    figures, as `_year_of_the_weekday` does for a month's name: before figures a short form
    is a weekday too, no newspaper's name. Not a farther year ("on Friday 7/3" in a paper of
    20 February 2024 stays 7 March 2024, a Thursday, flagged by `_with_weekday_checked`);
    `day` where none fits, or it does."""
    if "weekday" not in g or day.weekday() == (said := WEEKDAYS[g["weekday"].lower()]):
        return day
    fits = [other for other in (_day_or_none(year, day.month, day.day)
                                for year in (ref.year - 1, ref.year, ref.year + 1))
            if other and other.weekday() == said and abs(other - ref) < abs(day - ref)]
    return min(fits, key=lambda other: abs(other - ref)) if fits else day


_NTH_WEEK = {"first": 0, "second": 7, "third": 14, "fourth": 21}


def _resolve_week_of_month(g: dict, ref: dt.date, tense_: str, evidence: str) -> DateGuess:
    """"the first week of April" (1 to 7 April), "the last week of the month" (its last
    seven days): the month as "in April" or "this month" reads it."""
    if "month" in g:
        month = _month_number(g["month"])
        year = int(g["year"]) if "year" in g else \
            _resolve_rel_month({"month": g["month"], "rel": "in"}, ref, tense_, "").date.year
        first = dt.date(year, month, 1)
    else:
        first = _shift_months(ref, {"next": 1, "last": -1}.get(g["mrel"].lower(), 0))
    start = _nth_week(first, g["nth"].lower())
    if g.get("mrel", "").lower() == "the" and tense_ == "past" and start > ref:
        # "was cut off in the last week of the month" in 1 October's round-up: September's
        # (dates60: 25-31 October, after the report); a past account's week has passed
        start = _nth_week(_shift_months(first, -1), g["nth"].lower())
    return DateGuess(start, "relative", 0.75, evidence, end=start + dt.timedelta(days=6),
                     precision="week")


def _nth_week(first: dt.date, nth: str) -> dt.date:
    """The first day of the `nth` week ("first" … "last") of the month starting `first`."""
    last = _month_range(first.year, first.month)[1]
    return last - dt.timedelta(days=6) if nth in {"last", "final"} else \
        first + dt.timedelta(days=_NTH_WEEK[nth])


def _resolve_quarter(g: dict, ref: dt.date, tense_: str, evidence: str) -> DateGuess:
    """"Q1 2024", "the fourth quarter of 2023": its three months; "in Q4" or a year's "in the
    fourth quarter" alone, the one of publication's year, or in the tense's direction the one
    before or after."""
    year = int(g["year"]) if "year" in g else ref.year + _YEAR_SHIFT.get(
        g.get("yrel", "this").lower(), 0)
    if "hq" in g:
        g = {**g, "half": "first" if g["hq"] == "1" else "second"}
    if "half" in g:  # ("the first half of 2024": January to June)
        last = 6 if g["half"].lower() == "first" else 12
        start, end = dt.date(year, last - 5, 1), _month_range(year, last)[1]
    else:
        q = int(g["q"]) if "q" in g else _QUARTERS[g["nth"].lower()]
        start, end = dt.date(year, 3 * q - 2, 1), _month_range(year, 3 * q)[1]
    if "year" not in g and "yrel" not in g and ("nth" not in g or "bare" in g):
        shift = -1 if tense_ == "past" and start > ref else \
            1 if tense_ == "future" and end < ref else 0
        start, end = start.replace(year=year + shift), end.replace(year=year + shift)
    explicit = "year" in g
    return DateGuess(start, "explicit" if explicit else "relative", 0.85 if explicit else 0.7,
                     evidence, end=end, precision="range")


# Fiscal years (`dates.fiscal_convention`): (first month, what a one-year label names: the
# year it ends in, the year it starts in, or no telling).
FISCAL_CONVENTIONS = {
    "India": (4, "end"),  # "FY25": April 2024 to March 2025
    "Japan": (4, "start"),  # "fiscal 2024": April 2024 to March 2025
    "Australia": (7, "end"),  # "FY25": July 2024 to June 2025 (New Zealand's too)
    "the UK government": (4, ""),  # "2024-25": April 2024 to March 2025; "FY24" says none
    "the US federal government": (10, "end"),  # "FY2025": October 2024 to September 2025
}


def _resolve_fiscal(g: dict, ref: dt.date, tense_: str, evidence: str) -> DateGuess:
    """A fiscal year's quarter, half or whole in the calendar, by the convention of the
    text's country (`g["convention"]`, from `dates.fiscal_convention`); where none is known,
    or a one-year label names no year in it, no date, flagged: firms' fiscal years start in
    any month, and a confident calendar range would be a quarter or more wrong."""
    first_month, label = FISCAL_CONVENTIONS.get(g.get("convention", ""), (0, ""))
    fy = int(g["fy"]) + (2000 if len(g["fy"]) == 2 else 0)
    if g.get("school") and (first_month in {0, 10} or label == ""):  # (not India, Japan,
        # Australia: `_a_school_year`)
        return _a_school_year(fy, evidence)
    if "split" in g and (not first_month or "kept" in g):
        return _both_years(fy, evidence)
    start_year = fy if "fy2" in g or label == "start" else fy - 1 if label == "end" else None
    if not first_month or start_year is None:
        return DateGuess(None, "unknown", 0.0, evidence, precision="unknown", flag=(
            f'"{evidence.strip()}" is a fiscal period: its calendar months depend on when the '
            "fiscal year starts, which the text does not say (not dated)"))
    months, part = (3, int(g["q"]) if "q" in g else _QUARTERS[g["nth"].lower()]) \
        if "q" in g or "nth" in g else (6, int(g["h"]) if "h" in g else
                                          {"first": 1, "second": 2}[g["half"].lower()]) \
        if "h" in g or "half" in g else (12, 1)
    start = _shift_months(dt.date(start_year, first_month, 1), months * (part - 1))
    end = _shift_months(start, months) - dt.timedelta(days=1)
    return DateGuess(start, "explicit", 0.8, f"{evidence} (a fiscal year from "
                     f"{MONTHS_IN_FULL[first_month - 1]}, as {g['convention']} keeps it)",
                     end=end, precision="range")


def _year_of_a_period_s_end(month: int, ref: dt.date, tense_: str) -> int:
    """The year of a period's last month named with no year ("the year to March"): the last
    such month up to the report's (`ref`), or the next where the clause looks ahead."""
    if tense_ == "future":
        return ref.year if month >= ref.month else ref.year + 1
    return ref.year if month <= ref.month else ref.year - 1


def _resolve_fiscal_end(g: dict, evidence: str) -> DateGuess:
    """A fiscal year, half or quarter named by the month it ends in (`_YEAR_ENDING`,
    `_FY_YEAR_MONTH`, `_FY_MONTH_YEAR`): the months to that month's end, or to the day where
    one is written ("the year to 24 February 2024", a year of 52 weeks), which the text says,
    so no convention is asked."""
    year = int(g["year"]) + (2000 if len(g["year"]) == 2 else 0)
    month = int(g["m"]) if "m" in g else _month_number(g["month"])
    months = _MONTHS_ENDING[" ".join(g.get("unit", "year").lower().split())]
    day = g.get("day") or g.get("day2")
    last = _month_range(year, month)[1] if day is None else dt.date(year, month, int(day))
    start = _shift_months(dt.date(year, month, 1), 1 - months) \
        if day is None or last == _month_range(year, month)[1] else \
        _months_before(last, months) + dt.timedelta(days=1)
    return DateGuess(start, "explicit", 0.85, f"{evidence} (the {months} months to "
                     f"{last:%-d %B %Y})", end=last, precision="range")


def _a_school_year(fy: int, evidence: str) -> DateGuess:
    """"the 2022-23 academic year", "the 2023/24 school year": September to August, as
    schools and universities in Britain, Europe and North America keep it (dates65: both
    calendar years; where the text names India or Japan, whose schools start in spring or
    summer, or Australia, whose calendar year is its school year, both years stay)."""
    return DateGuess(dt.date(fy, 9, 1), "explicit", 0.7, f"{evidence} (an academic year: "
                     "September to August)", end=dt.date(fy + 1, 8, 31), precision="range")


def _both_years(fy: int, evidence: str) -> DateGuess:
    """A year written split with no fiscal word and no known convention ("cholera deaths in
    2022-23", "in 1983-84"): twelve months across the two, which the text does not say, so
    the two calendar years (it had been the first year alone, its second half lost)."""
    return DateGuess(dt.date(fy, 1, 1), "explicit", 0.7, f"{evidence} (a year written split: "
                     "its months are not said, so both calendar years)",
                     end=dt.date(fy + 1, 12, 31), precision="range")


_DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}
_YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}  # (first, last month)


def _resolve_part_of_year(year: int, part: str, evidence: str) -> DateGuess:
    """"early 2023", "mid-2023", "late 2023": a third of the year, as `_DECADE_PARTS` are of a
    decade."""
    first, last = _YEAR_PARTS[part]
    return DateGuess(dt.date(year, first, 1), "explicit", 0.85, evidence,
                     end=_month_range(year, last)[1], precision="range")


def _resolve_decade(g: dict, ref: dt.date, tense_: str, evidence: str) -> DateGuess:
    """"the 1990s" (1990 to 1999), "the early 1990s" (1990-1993), "mid-" (1994-1996),
    "late" (1997-1999)."""
    decade = int(g["decade"]) if "decade" in g else \
        max(year for year in range(ref.year - 99, ref.year + 1) if year % 100 == int(g["short"]))
    first, last = _DECADE_PARTS.get(g.get("part", "").lower(), (0, 9))
    return DateGuess(dt.date(decade + first, 1, 1), "explicit", 0.8, evidence,
                     end=dt.date(decade + last, 12, 31), precision="range")


def _resolve_end_of_unit(g: dict, ref: dt.date, tense_: str, evidence: str) -> DateGuess:
    """"the end of the month": this month, as "this month" is (the year, the week)."""
    return _resolve_rel_unit("this", g["unit"].lower(), ref, evidence)


# What lasts "until the end of the year", or "for the rest of the year", runs from now to
# then (fix 51, audit 30 item 13): "disruption … would last at least until the end of the
# year, as ships diverted around the Cape of Good Hope" in 2 May 2024's paper had been the
# whole year, which the map counts from 1 January, four months before the story. Where
# what comes before it looks ahead (`_LOOKS_AHEAD`), is a state in force (`_STATE_BEFORE`)
# or tells no past, and is no wait ("not … until": `_NOT_UNTIL`), it is the reference date
# to the unit's end. A past account keeps the unit ("stayed shut until the end of the year").
# A deadline "by the end of the month" after a modal or an infinitive (`_LOOKS_AHEAD`, as "by"
# a day and month is one) and a span "to the end of the year" are the same (dates60: "said the
# flood would reach Onitsha by the end of the month" on 23 September had been the whole
# month from the 1st, and "appealed for funds to extend the operation to the end of the
# year" the year from 1 January); "had receded by the end of the month" keeps the unit.
_TO_THE_UNIT_S_END = re.compile(r"(?:until|till)\s+the\s+(?:very\s+)?end\b|.*\brest\b",
                                re.IGNORECASE)
_BY_THE_END = re.compile(r"by\s+the\s+(?:very\s+)?end\b", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)


def _from_now_to_its_end(expr: TimeExpression, ref: dt.date, clause: str,
                         at: int) -> DateGuess | None:
    """The reference date to the end of the unit an `end_of_unit` expression at clause[at:]
    names, where what it tells lasts from now to then, or is due by then; else None."""
    if at < 0:
        return None
    before = clause[:at]
    if _BY_THE_END.match(expr.text):
        if not _looks_ahead(before):
            return None
    elif not _TO_THE_UNIT_S_END.match(expr.text) and not (
            expr.text[:1].lower() == "t" and _TO_BEFORE.search(before)):
        return None
    if _NOT_UNTIL.search(before) or (told_in_past(before) and not _looks_ahead(before)
                                     and not _STATE_BEFORE.search(before)):
        return None
    unit = _resolve_rel_unit("this", expr.groups["unit"].lower(), ref, expr.text)
    if unit.end is None or unit.end <= ref:
        return None
    return DateGuess(ref, unit.method, unit.confidence, expr.text, end=unit.end,
                     precision="range")


_AUDIT20_KINDS = {"range_weekday": _resolve_weekday_range, "weekday_week": _resolve_weekday_week,
                  "ordinal_day": _resolve_ordinal_day, "week_of_month": _resolve_week_of_month,
                  "quarter": _resolve_quarter, "decade": _resolve_decade,
                  "fiscal": _resolve_fiscal, "day_month": _resolve_day_month_figures,
                  "end_of_unit": _resolve_end_of_unit}
