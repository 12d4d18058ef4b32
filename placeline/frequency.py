"""How common an English word is (wordfreq's Zipf scale), for the filters that tell ordinary
words from names (and a word of another language, for a text in it: `zipf_in`).

wordfreq tokenises and normalises every word it is asked about, which is most of the cost
of a first look-up (≈ 40 µs). A plain ASCII word of letters is its own single token, which
wordfreq case-folds to its lower case, so its frequency is read straight from wordfreq's
table under that and rounded exactly as wordfreq rounds; anything else goes through
wordfreq. tests/test_frequency.py checks both agree on every
word of the table.
"""

from __future__ import annotations

import math
from functools import lru_cache

from wordfreq import get_frequency_dict
from wordfreq import zipf_frequency as _wordfreq_zipf

_MINIMUM = 1e-9  # wordfreq's floor for zipf_frequency(minimum=0): Zipf 0


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """wordfreq's `zipf_frequency(word, "en")`, faster for plain ASCII words: capitalised
    ones too ("Ukraine" of the cleaner's glued words, a name's words), which had been most
    of the look-ups sent through wordfreq on a first ingest."""
    if not (word.isascii() and word.isalpha()):
        return _wordfreq_zipf(word, "en")
    frequency = _table().get(word if word.islower() else word.lower())
    if frequency is None:
        return 0.0
    # wordfreq combines a word's tokens as 1 / (1 / f1 + …): one token, same float steps.
    unrounded = max(1.0 / (1.0 / frequency), _MINIMUM)
    # math.log(x, 10) as wordfreq computes it: log10 can differ in the last bit.
    rounded = round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)  # noqa: FURB163
    return round(math.log(rounded, 10) + 9, 2)  # noqa: FURB163


@lru_cache(maxsize=1)
def _table() -> dict[str, float]:
    return get_frequency_dict("en", "best")


@lru_cache(maxsize=20_000)
def zipf_in(word: str, language: str) -> float:
    """wordfreq's Zipf frequency of a word in another language (German "auch": 6.78), for
    the names of a text in that language (`geoparse`)."""
    return _wordfreq_zipf(word, language)
