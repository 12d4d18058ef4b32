"""Property-based tests: for any input, offsets index their surface form, and reading never
raises past one document."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from placeline import timex
from placeline.clean import clean
from placeline.errors import InputError
from placeline.events import build_events
from placeline.ingest import RawDocument, read_bytes
from placeline.name_tokens import CONNECTORS, tokenize
from placeline.present import RUN_BREAK, escape_markdown, highlighted
from placeline.text import sentence_at

# Text that looks like news more often than random unicode would: place names, glued words,
# punctuation, markup, other scripts and control characters mixed in.
PIECES = st.sampled_from([
    "Mariupol", "Kyiv", "Kreminna", "New Delhi", "Washington", "Turkey's", "ZAPORIZHZHIA",
    "Paris, Texas", "the", "said", "on Monday", "yesterday", "between 26 and 29 April", ".",
    ",", "\n", "\n\n", " ", "  ", "<script>alert(1)</script>", "&amp;", "Київ", "Москва",
    "inKyiv", "MariupolAzovstal", "TRY IT TONIGHT", "Like Loading", "date 2022-04-26",
    "\u200b", "\t", "’s", "—", "*", "$x$", "[link](javascript:alert(1))", "\x00", "😀",
])
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=60).map("".join)
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(raw=TEXTS)
def test_every_mention_indexes_its_surface_in_the_cleaned_text(geoparser, raw):
    text = clean(raw).text
    for mention in geoparser.parse(text):
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start:mention.end] == mention.surface


@SETTINGS
@given(raw=TEXTS)
def test_events_and_snippets_stay_inside_the_text(geoparser, raw):
    text = clean(raw).text
    mentions = geoparser.parse(text)
    for event in build_events(text, mentions, None):
        assert 0 <= event.snippet_start <= event.snippet_end <= len(text)
    for mention in mentions:
        start, end = sentence_at(text, mention.start)
        assert start <= mention.start and mention.end <= max(end, mention.end)
        shown = highlighted(text, start, end, [(mention.start, mention.end)])
        assert re.search(r"(?<!\\)<", shown) is None  # every "<" is escaped for Markdown


@SETTINGS
@given(value=st.text(max_size=80))
def test_escaped_markdown_never_carries_live_markup(value):
    escaped = escape_markdown(value).replace(RUN_BREAK, "")  # (ours: an empty <span>)
    assert re.search(r"(?<!\\)[<>\[\]*_`$]", escaped) is None


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".jsonl", ".html",
                                                               ".zip", ""]))
def test_reading_any_bytes_gives_documents_or_reasons_never_an_exception(data, suffix):
    for item in read_bytes(data, f"upload{suffix}"):
        assert isinstance(item, RawDocument | InputError)
        if isinstance(item, InputError):
            assert item.source.startswith("upload") and item.reason


# Every word, as recognition once tokenised all of them; `tokenize` now keeps only some.
_ALL_WORDS = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’][^\W\d_]+)*")
WORDY = st.lists(st.one_of(PIECES, st.sampled_from(
    ["of the", "d'Ivoire", "Côte", "élan", "U.S.", "of", "and", "in", "rock'n'roll", "état"]),
    st.text(max_size=8)), max_size=40).map(" ".join)


def _capitalised(word: str) -> bool:
    elided = len(word) > 2 and word[0] in "dlDL" and word[1] in "'’"
    return (word[2:3] if elided else word[:1]).isupper()


@settings(max_examples=300, deadline=None)
@given(text=WORDY)
def test_tokenize_keeps_every_word_recognition_looks_at(text):
    """Skipped words must never matter: each capitalised word is a token, the token before
    it is the word before it, and a connector between two names is kept."""
    tokens = tokenize(text)
    starts = {t.start: k for k, t in enumerate(tokens)}
    words = list(_ALL_WORDS.finditer(text))
    for n, word in enumerate(words):
        following = [w.group() for w in words[n + 1:n + 3]]
        wanted = _capitalised(word.group()) or (
            word.group() in CONNECTORS and n > 0 and _capitalised(words[n - 1].group()) and (
                following[:1] and _capitalised(following[0])
                or len(following) == 2 and following[0] in CONNECTORS
                and _capitalised(following[1])))  # "Republic of the Congo"
        if not wanted:
            continue
        assert word.start() in starts, (word.group(), text)
        if n > 0 and _capitalised(word.group()):
            k = starts[word.start()]
            assert k > 0 and tokens[k - 1].start == words[n - 1].start(), (word.group(), text)


# Time words, numbers and every punctuation mark the time tagger cuts text at.
TIMEY = st.lists(st.one_of(st.sampled_from([
    "Jan.", "JAN", "jan", "January", "Sept.", "May", "may", "March", "dismay.", "Monday", "FRIDAY",
    "friday's", "yesterday", "today", "last", "next", "this", "in", "on", "of", "the", "between",
    "and", "to", "-", "–", "ago", "days", "weeks", "month", "year", "weekend", "over", "5",
    "12th", "31", "2020", "1999-03-04", "(", ".", ". ", ",", ";", ":", "!", "?", '"', "“", "”",
    "\n", "  ", "İ", "a few", "since", "early", "mid-", "’s", "night", "last night", "May, 2020",
    "5 May, 2020", "Jan. 5", "the end of", "within 3 years", "this year", "past week",
    "Saturday, (Sunday)", "Tue", "Tuesday,", "Christmas Eve", "New Year's", "Day", "2015",
    "fortnight", "floods", "World Cup", "Tohoku", "until", "Q1", "q3", "quarter", "first",
    "week", "1990s", "through", "from", "the 12th", "3rd", "floor", "Tuesday week", "a week on",
    "month", "twenty-first", "fourth", "thirty", "day of the month", "'60s", "’90s", "60s",
    "mid-'70s"]), st.text(max_size=4)),
    max_size=40).map(" ".join)


@settings(max_examples=400, deadline=None)
@example(text="It grew this year. Last night; on Jan. 5, 2020: “next Monday”!")
@given(text=TIMEY | TIMEY.map(lambda t: t.replace(" ", "")))
def test_time_tagger_finds_the_same_in_stretches_as_in_the_whole_text(text):
    """Cutting the text into stretches and skipping stretches without a pattern's words is
    only a speed-up: it finds exactly what scanning the whole text with every pattern finds."""
    whole = timex._find(text, [(0, len(text), timex.EVERYWHERE)])
    assert timex.find_expressions(text) == whole
