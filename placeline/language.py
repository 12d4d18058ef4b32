"""Whether an article is in English. The recogniser, its filters of people and ordinary words
and the gazetteer's names read English only: an article in another language gets few places
or none, and its user should be told so at ingest rather than find an empty map.

Two cheap counts over the first few hundred words, no language model: English's own function
words, and words that are rare or unknown in English (wordfreq's table, already loaded for
the recogniser). English news has many of the first and few of the second whatever foreign
names and quotes it carries; a list of names or results has few of either, and is left alone.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from itertools import islice

from placeline.config import PACKAGE_DATA
from placeline.frequency import zipf

# wordfreq's 100 most frequent English words that are at least 30 times (1.5 on the Zipf
# scale) more frequent in English than in each of 17 languages written in Latin script (fr,
# de, es, it, pt, nl, sv, da, nb, pl, cs, ro, tr, id, fi, hu, ca): "the" but not "in", "a",
# "was" or "also", which other languages write too.
ENGLISH_WORDS = frozenset((
    "the", "and", "that", "you", "it", "with", "this", "not", "from", "your", "his",
    "they", "if", "about", "out", "what", "when", "more", "were", "who", "their", "there",
    "which", "get", "been", "would", "she", "people", "how", "some", "them", "now",
    "other", "its", "our", "than", "only", "after", "first", "him", "into", "know", "two",
    "think", "then", "could", "these", "because", "well", "said"))
SAMPLE_WORDS = 400  # enough to tell; a long article costs no more
MIN_WORDS = 30  # fewer, a headline or a caption: too short to judge by words
MIN_LETTERS = 100  # … or by script
# Of 1,638 English news articles of 40 words or more (the eval sets and the probes), the
# fewest English words is 4 %, the most rare words 11 %; news in ten other languages has no
# English words and 35-83 % rare ones. Both limits sit about half way, and both must be met.
FEW_ENGLISH = 0.02
RARE_ZIPF = 2.0  # under one in ten million English words, or unknown
MANY_RARE = 0.25
_WORDS = re.compile(r"[^\W\d_]+")
NOT_ENGLISH = "placeline reads English only, so most of its places are likely missed"


def language_warning(text: str) -> str | None:
    """Why the text does not look like English (its script, or its words), or None."""
    words = [match[0] for match in islice(_WORDS.finditer(text), SAMPLE_WORDS)]
    english = sum(word.lower() in ENGLISH_WORDS for word in words)
    if not words or english >= FEW_ENGLISH * len(words):
        return None
    script = _foreign_script(words)
    if script:
        return f"the text is in {script} script, not English: {NOT_ENGLISH}"
    if len(words) < MIN_WORDS:
        return None
    rare = sum(zipf(word.lower()) < RARE_ZIPF for word in words)
    if rare <= MANY_RARE * len(words):
        return None
    return f"the text does not read as English: {NOT_ENGLISH}"


def _foreign_script(words: list[str]) -> str | None:
    """The script most letters are written in when it is not Latin ("Cyrillic", "Greek",
    "CJK"), or None."""
    letters = sum(map(len, words))
    if letters < MIN_LETTERS:
        return None
    scripts = Counter(unicodedata.name(char, "?").split()[0]
                      for word in words for char in word if not _latin(char))
    if sum(scripts.values()) * 2 <= letters:
        return None
    script = scripts.most_common(1)[0][0]
    return script if len(script) <= 3 else script.title()


def _latin(char: str) -> bool:
    """Basic Latin to Latin Extended-B, IPA aside, and Latin Extended Additional."""
    code = ord(char)
    return code < 0x250 or 0x1E00 <= code < 0x1F00


def reads_western(text: str) -> bool:
    """Whether more of the text's frequent words are of the languages written in
    Windows-1252 (English, French, Spanish, German, …) than of those written in Windows-1250
    (Czech, Slovak, Hungarian, Croatian, …), by their words of ASCII letters, which read alike
    in either encoding (placeline/data/language_words.csv: "est", "durante", "the"; "v",
    "od", "az"). A text of neither, or of as many of each, is not."""
    found = _groups(text)
    return found["western"] > found["central"]


def reads_central(text: str) -> bool:
    """Whether more of the text's frequent words are of the languages written in
    Windows-1250 than of those written in Windows-1252 (`reads_western`'s words): "V
    Košiciach horí sklad" by its "v"."""
    found = _groups(text)
    return found["central"] > found["western"]


def _groups(text: str) -> Counter[str | None]:
    """How many of the text's first words are of each group of language_words.csv."""
    groups = _language_words()
    return Counter(groups.get(match[0].lower())
                   for match in islice(_WORDS.finditer(text), SAMPLE_WORDS))


@lru_cache(maxsize=1)
def _language_words() -> dict[str, str]:
    """Each word of placeline/data/language_words.csv, by its group."""
    with (PACKAGE_DATA / "language_words.csv").open(encoding="utf-8", newline="") as handle:
        return {row["word"]: row["group"] for row in csv.DictReader(handle)}
