"""Cleaning cases left by review 25: nouns spelt like shared past forms in photo captions."""

import pytest

from placeline.clean import clean

LONG = ("The death toll from the floods in eastern Libya rose again on Thursday, the Red "
        "Crescent said, as rescue teams searched the ruins of Derna for survivors. Two dams "
        "above the city burst on Sunday night, sending a wall of water through its centre.")
AFTER = ("Aid flights from Turkey and Egypt landed in Benghazi, and the United Nations said "
         "thousands of people were still missing across the region, many of them swept out to "
         "sea.")


def _kept(paragraph: str) -> bool:
    cleaned = clean(f"Libya flood toll rises\n14 September 2023\n\n{LONG}\n\n{paragraph}"
                    f"\n\n{AFTER}")
    return paragraph in cleaned.text


@pytest.mark.parametrize("caption", [
    "A cut in the levee outside Derna.",
    "Smoke over the split in the dam near Derna.",
    "Debris on the spread of farmland near Derna.",
    "Protesters against the cost of living in Nairobi.",
])
def test_a_caption_naming_a_noun_spelt_like_a_past_form_is_a_caption(caption: str) -> None:
    assert not _kept(caption)


@pytest.mark.parametrize("sentence", [
    "Floods cut the road to Derna.",
    "Rain hit Kigali and Butare overnight.",
    "The storm spread south to Tobruk.",
    "Officials let her cut the ribbon in Derna.",
])
def test_a_short_sentence_with_a_shared_past_verb_stays(sentence: str) -> None:
    assert _kept(sentence)
