"""Helper speed50: dating in ingest made faster with every output kept. What the speed-ups rely
on: a mention whose sentence holds no time is dated without reading its clause, list and
phrases (`dates._without_a_time`); a text's fiscal convention is read once, not once per
fiscal label; the tagger's keyword scan is a trie (`timex.literal_trie`) that finds what the
alternation of its words longest first found."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from placeline import dates, timex
from placeline import text as text_module
from placeline.dates import PUBLICATION_DATE, expressions_in_sentences
from placeline.events import build_events
from placeline.models import Mention, Place
from placeline.text import lead_spans, split_sentences
from tests.helpers import dated

FRIDAY = dt.date(2024, 3, 8)


# -- a sentence with no time: the publication date, a header's, the place's, or unknown --

NO_TIME = ("Heavy rain fell in Leeds on Monday. Council staff in York cleared the drains. "
           "Residents of Hull were told to stay indoors.")


@pytest.mark.parametrize("name", ["York", "Hull"])
def test_a_sentence_with_no_time_gives_the_publication_date(name: str) -> None:
    guess = dated(NO_TIME, name, FRIDAY)
    assert (guess.date, guess.precision, guess.method, guess.evidence, guess.flag) == (
        FRIDAY, "publication", "fallback", PUBLICATION_DATE, "")


def test_a_sentence_with_no_time_and_no_publication_date_is_unknown() -> None:
    guess = dated(NO_TIME, "York", None)
    assert (guess.date, guess.method, guess.precision) == (None, "unknown", "unknown")


def test_a_sentence_with_no_time_takes_the_place_s_day_before_a_utc_stamp() -> None:
    guess = dated(NO_TIME, "York", FRIDAY, local=FRIDAY - dt.timedelta(days=1), utc=True)
    assert guess.date == FRIDAY - dt.timedelta(days=1) and "at the place" in guess.evidence


def test_a_result_with_no_time_takes_its_header_s() -> None:
    text = ("Premier League results\n\nYesterday's results:\nArsenal 2-0 Brentford in London\n"
            "Everton 1-1 Fulham in Liverpool")
    guess = dated(text, "Liverpool", FRIDAY)
    assert guess.date == FRIDAY - dt.timedelta(days=1) and "header" in guess.evidence


def test_a_mention_in_a_sentence_with_no_time_reads_no_clause_nor_list(monkeypatch) -> None:
    """What the speed-up is: the clause, the list and the phrases of a sentence only weigh
    its times, so with none they are not read."""
    def unread(*args, **kwargs):
        raise AssertionError("read for a sentence with no time")

    for name in ("_clause_and_aside", "_list_around", "_phrases_of_their_own",
                 "_resolved_in_sentence"):
        monkeypatch.setattr(dates, name, unread)
    assert dated(NO_TIME, "Hull", FRIDAY).date == FRIDAY


def test_a_sentence_with_a_time_passed_over_still_says_why() -> None:
    """The slow path's evidence is unchanged: a time of another part of the sentence."""
    text = "Born in Elverum in 1946, he coached in Albertville before retiring to Gjøvik in 2002."
    guess = dated(text, "Albertville", FRIDAY)
    assert guess.precision == "publication" and guess.evidence.startswith(PUBLICATION_DATE)


# -- the fiscal convention: once a text --

FISCAL = ("Infosys posted its Q3 FY25 results in Bengaluru, after Q2 FY25 revenue rose in "
          "Mumbai. Its Q4 FY25 outlook was cut, and TCS in Delhi said Q1 FY26 would be weak.")


def test_the_fiscal_convention_is_read_once_a_text(monkeypatch) -> None:
    calls: list[str] = []
    read = dates.fiscal_convention

    def counted(text: str) -> str:
        calls.append(text)
        return read(text)

    monkeypatch.setattr(dates, "fiscal_convention", counted)
    grouped = expressions_in_sentences(FISCAL)
    labels = [e for exprs in grouped.values() for e in exprs if e.kind == "fiscal"]
    assert len(labels) >= 3 and len(calls) == 1
    assert {e.groups.get("convention") for e in labels} == {"India"}


def test_a_text_naming_no_country_gives_its_fiscal_labels_none() -> None:
    grouped = expressions_in_sentences("Revenue rose in Q3 FY25 and fell in Q4 FY25.")
    labels = [e for exprs in grouped.values() for e in exprs if e.kind == "fiscal"]
    assert labels and all("convention" not in e.groups for e in labels)


def test_fiscal_labels_in_india_date_the_mentions() -> None:
    place = Place(id="test:1", name="Bengaluru", lat=12.97, lon=77.59, kind="city",
                  country="IN")
    at = FISCAL.index("Bengaluru")
    events = build_events(FISCAL, [Mention(at, at + 9, "Bengaluru", place, 0.9)],
                          dt.date(2025, 1, 20))
    assert events[0].precision == "range" and "as India keeps it" in events[0].evidence


# -- the keyword scan: a trie finds what the alternation longest first found --

def _alternation(words: list[str]) -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def test_the_trie_shares_prefixes() -> None:
    assert timex.literal_trie(["month", "monday", "morning"]) == "mo(?:n(?:day|th)|rning)"
    assert timex.literal_trie(["fy", "fiscal"]) == "f(?:iscal|y)"
    assert timex.literal_trie(["after", "afternoon"]) == "after(?:noon)?"


WORDS = st.lists(st.text(alphabet="abcn y.", min_size=1, max_size=5), min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@example(words=["a", "ab", "abc"], text="abcabab a")
@example(words=["day", "yesterday"], text="yesterdayday")
@example(words=["financial year", "year"], text="financial  year financial year")
@given(words=WORDS, text=st.text(alphabet="abcn y.\n", max_size=40))
def test_a_trie_finds_what_the_alternation_longest_first_finds(words, text) -> None:
    trie = re.compile(timex.literal_trie(words))
    assert [m.span() for m in trie.finditer(text)] == \
        [m.span() for m in _alternation(words).finditer(text)]


def test_the_keyword_scan_finds_what_the_alternation_found_in_prose() -> None:
    text = (NO_TIME + " " + FISCAL + " Yesterday afternoon, a fortnight after the fourteenth "
            "of the month, the financial year's fifth quarter — next Saturday morning.").lower()
    old = _alternation(list(timex._KEYWORD_BITS))
    assert [m.span() for m in timex._KEYWORDS.finditer(text)] == \
        [m.span() for m in old.finditer(text)]


# -- the lead: its first sentences split from the head alone, as the whole head's split --

def _lead_of_the_whole_head(text: str, count: int, head: int) -> tuple[tuple[int, int], ...]:
    """`text.lead_spans` as it was: the whole head split, then its first sentences kept."""
    spans = split_sentences(text[:head])
    if len(spans) > count or len(text) <= head:
        return spans[:count]
    return split_sentences(text)[:count]


PROSE = st.lists(st.sampled_from([
    "The", "fire", "in", "Leeds", "was", "put", "out", "at", "4", "a.m.", "A.M.", "p.m.",
    "Monday", "EST", "Central", "Park", "Dr.", "F.H.", "Wigmore", "U.S.", "J.", "Smith", "Call",
    "555-0100", "Still", "Jan.", "5,", "2024", "Sept.", "St.", "Inc.", ".", "!", "?", "…",
    "\n", "\n\n", '"', "”", ")", "(", "He", "said", "Co.", "No.", "7.", "x", "  "]),
    max_size=60).map(" ".join)


@settings(max_examples=400, deadline=None)
@example(text="Title\ndate 2024-03-05\nA fire in Leeds. It spread. Crews came.", count=2,
         head=30)
@example(text="One. Two. Three.", count=2, head=9)
@example(text="One. Two. Three.", count=3, head=1000)
@example(text="", count=2, head=1000)
@example(text="At 4 a.m. Monday crews came. At 4 a.m. Firefighters", count=1, head=20)
@given(text=PROSE, count=st.integers(1, 4), head=st.integers(0, 200))
def test_the_lead_is_what_the_whole_head_s_split_gives(text: str, count: int,
                                                         head: int) -> None:
    assert lead_spans(text, count, head) == _lead_of_the_whole_head(text, count, head)


def test_the_lead_of_a_long_article_splits_no_more_than_its_first_sentences(
        monkeypatch) -> None:
    """What the speed-up is: the head's sentences after the lead's are not looked for."""
    body = " ".join(f"Sentence {n} tells of Leeds." for n in range(200))
    seen: list[int] = []
    goes_on = text_module._goes_on

    def counted(text: str, word: str, end: int, after: int) -> bool:
        seen.append(end)
        return goes_on(text, word, end, after)

    monkeypatch.setattr(text_module, "_goes_on", counted)
    assert lead_spans(body, 2, 2000) == _lead_of_the_whole_head(body, 2, 2000)
    seen.clear()
    lead_spans("Also. " + body, 2, 2000)  # (a head not split before)
    assert seen and max(seen) < 200


# -- a clause's tense: cached by the clause, as read uncached --

CLAUSES = ["Heavy rain flooded streets in Truro on Friday", "The port will reopen in March",
           "There are plans to open it on Monday", "approved plans to build a bridge",
           "A storm hit Leeds on Friday", "The talks, scheduled for Monday, were held",
           "Rovers host United on Saturday", "said the Games open on 5 May", "",
           "Kisumu port to reopen in March", "he said it would investigate the flooding later"]


@pytest.mark.parametrize("clause", CLAUSES)
def test_a_clause_s_tense_is_what_it_was_uncached(clause: str) -> None:
    assert timex.tense(clause) == timex.tense.__wrapped__(clause)
    assert timex.tense(clause) == timex.tense(clause)  # (and again, from the cache)


@settings(max_examples=200, deadline=None)
@given(clause=PROSE)
def test_a_clause_s_tense_cached_is_read_as_uncached(clause: str) -> None:
    timex.tense.cache_clear()
    assert [timex.tense(clause), timex.tense(clause)] == [timex.tense.__wrapped__(clause)] * 2
