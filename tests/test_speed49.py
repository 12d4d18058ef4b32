"""Speed 49: ingest work outside geoparsing skipped where it cannot change the answer.

The pull-quote index (`clean._Containment`) is built only when some paragraph may be a
quote, one with a longer paragraph to hold it; these tests pin that the answer is the one
the index always built gave."""

from __future__ import annotations

import random

import pytest

import placeline.clean as clean_module
from placeline.clean import _Containment, _drop_duplicates, _tokens, clean


def _always_indexed(body: list[str], title: str) -> tuple[list[str], list]:
    """`_drop_duplicates` as it was: the index built for every body, every paragraph of
    five words or more asked."""
    removed: list = []
    title_tokens = _tokens(title)
    token_lists = [_tokens(p) for p in body]
    longer = _Containment(body, token_lists)
    kept = []
    for paragraph, tokens in zip(body, token_lists):
        if title_tokens and tokens == title_tokens:
            removed.append(("repeated title", paragraph))
        elif len(tokens) >= 5 and longer.holds(paragraph, tokens):
            removed.append(("pull quote or subheading", paragraph))
        else:
            kept.append(paragraph)
    return kept, removed


def test_a_one_paragraph_body_builds_no_index(monkeypatch):
    """A body of one paragraph (bench.synth's articles, many feeds' texts) has no paragraph
    longer than another: building the index had been over half of cleaning them."""
    def refused(*_args):
        raise AssertionError("the index was built")

    monkeypatch.setattr(clean_module, "_Containment", refused)
    body = ["Floods hit Leeds on Monday, and the council said 40 homes were evacuated."]
    assert _drop_duplicates(list(body), "Floods in Leeds", []) == body
    raw = "Floods in Leeds\n\n" + body[0]
    assert clean(raw).text == raw


def test_paragraphs_as_long_as_the_longest_build_no_index(monkeypatch):
    """Two paragraphs of the longest length cannot hold each other (a holder is longer)."""
    monkeypatch.setattr(clean_module, "_Containment", lambda *_: pytest.fail("built"))
    body = ["Troops left Kyiv on Monday after talks.", "Troops left Lviv on Monday after talks."]
    assert _drop_duplicates(list(body), "Talks", []) == body


def test_a_pull_quote_is_still_found():
    quote = "The council said 40 homes were evacuated in Leeds"
    body = [f"Floods hit the city on Monday. {quote} after the river rose by two metres.",
            quote]
    removed: list = []
    assert _drop_duplicates(body, "Floods", removed) == body[:1]
    assert removed == [("pull quote or subheading", quote)]


def test_the_answer_is_the_always_indexed_one():
    """Random bodies from a small vocabulary (near-duplicates, ties of length, one paragraph,
    repeated titles, figures): kept and removed as with the index always built."""
    rng = random.Random(49)
    vocabulary = ["the", "a", "of", "in", "said", "Kyiv", "war", "was", "troops", "city",
                  "and", "on", "Lviv", "talks", "12", "Monday"]
    for _ in range(800):
        words = rng.sample(vocabulary, rng.randint(2, len(vocabulary)))
        body = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 14)))
                + rng.choice(["", ".", " 12."]) for _ in range(rng.randint(0, 8))]
        if body and rng.random() < 0.3:
            body.append(body[0])  # a paragraph repeated: a tie at its length
        title = rng.choice([*body, "Talks in Kyiv"])
        removed: list = []
        assert (_drop_duplicates(list(body), title, removed), removed) == \
            _always_indexed(body, title)
