"""Audit of cleaning: long articles clean in linear time, and ad/footer rules keep the story's
own sentences."""

from __future__ import annotations

import random
import string
import time

from placeline.clean import _drop_duplicates, clean


def _pairwise_duplicates(body: list[str], title: str) -> list[str]:
    """The rule as first written, every paragraph against every other: the reference."""
    import re

    def tokens(text: str) -> list[str]:
        return [w.lower() for w in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", text)]

    kept = []
    for i, paragraph in enumerate(body):
        words = tokens(paragraph)
        if tokens(title) and words == tokens(title):
            continue
        if len(words) >= 5 and any(
                j != i and len(other) > len(paragraph)
                and sum(w in set(tokens(other)) for w in words) / len(words) >= 0.85
                for j, other in enumerate(body)):
            continue
        kept.append(paragraph)
    return kept


def test_a_one_megabyte_article_is_cleaned_quickly():
    """4,300 paragraphs (1 MB): comparing every paragraph with every other took 33 s; a guard
    with a generous bound, not a speed benchmark (about 1 s now)."""
    rng = random.Random(15)
    cities = ["Kyiv", "Lviv", "Rome", "Cairo", "Tokyo", "Berlin"]

    def word() -> str:
        return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 9)))

    paragraphs = [" ".join(word() for _ in range(30)).capitalize()
                  + f" said officials in {rng.choice(cities)}." for _ in range(4300)]
    quote = paragraphs[2500].split(" said")[0]  # a pull quote far from its paragraph
    raw = "Big file title\n\n" + "\n\n".join(paragraphs[:100] + [quote] + paragraphs[100:])
    assert len(raw) > 1_000_000
    started = time.perf_counter()
    cleaned = clean(raw)
    assert time.perf_counter() - started < 10
    assert cleaned.removed == [("pull quote or subheading", quote)]
    assert cleaned.text.count(quote) == 1


def test_pull_quotes_are_found_as_by_comparing_every_pair():
    """The index only skips paragraphs that cannot hold 85 % of the words: on random
    paragraphs from a small vocabulary (many near-duplicates) it keeps what the pairwise
    rule keeps."""
    rng = random.Random(7)
    vocabulary = ["the", "a", "of", "in", "said", "Kyiv", "war", "was", "troops", "city", "and",
                  "on", "Lviv", "talks"]
    for _ in range(500):
        words = rng.sample(vocabulary, rng.randint(2, len(vocabulary)))
        body = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 14)))
                + rng.choice(["", ".", " 12."]) for _ in range(rng.randint(1, 20))]
        title = rng.choice([*body, "Talks in Kyiv"])
        assert _drop_duplicates(body, title, []) == _pairwise_duplicates(body, title)
