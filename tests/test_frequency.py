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


def test_capitalised_ascii_words_read_the_table_as_wordfreq_does():
    """Each word of the table capitalised, in capitals and with its last letter a capital:
    wordfreq case-folds them, and the fast path reads the same value (speed46)."""
    words = [w for w in get_frequency_dict("en", "best") if w.isascii() and w.isalpha()]
    wrong = [form for w in words[::7] for form in (w.capitalize(), w.upper(),
                                                   w[:-1] + w[-1].upper())
             if zipf(form) != zipf_frequency(form, "en")]
    assert wrong == []
