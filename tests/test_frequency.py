"""The fast path of placeline.frequency agrees with wordfreq on every word."""

from __future__ import annotations

import pytest
from wordfreq import get_frequency_dict, zipf_frequency

from placeline.frequency import zipf


def test_every_word_of_the_table_has_wordfreqs_zipf_value():
    words = list(get_frequency_dict("en", "best"))
    assert len(words) > 100_000
    wrong = [w for w in words if zipf(w) != zipf_frequency(w, "en")]
    assert wrong == []


@pytest.mark.parametrize("word", ["zzyzxqq", "Paris", "PARIS", "don't", "café", "b52",
                                  "new york", "", "x"])
def test_other_words_go_through_wordfreq(word):
    assert zipf(word) == zipf_frequency(word, "en")
