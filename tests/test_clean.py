"""Cleaning: what a reader would see, with the scraper's debris gone."""

import pytest

from placeline.clean import clean, normalize, split_glued, unglue


def test_spam_ad_is_cut_from_the_end(seed_texts):
    cleaned = clean(seed_texts["004"])
    assert "TRY IT TONIGHT" not in cleaned.text
    assert "Manh0d" not in cleaned.text
    assert "Like Loading" not in cleaned.text
    assert cleaned.text.rstrip().endswith("could not independently verify this information.")
    assert {reason for reason, _ in cleaned.removed} == {"ad or site footer"}


def test_date_line_becomes_metadata_not_text(seed_texts):
    cleaned = clean(seed_texts["004"])
    assert cleaned.metadata["published"] == "2022-04-26"
    assert not cleaned.text.lower().startswith("date")
    assert cleaned.text.startswith("UN Secretary General Antonio Guterres")


def test_site_footer_is_removed(seed_texts):
    cleaned = clean(seed_texts["001"])
    assert "Google News" not in cleaned.text
    assert "bolnews" not in cleaned.text
    assert cleaned.text.rstrip().endswith("meet with President Volodymyr Zelensky.")


def test_repeated_title_captions_and_byline_are_removed(seed_texts):
    cleaned = clean(seed_texts["003"])
    title = ("First fleeting meeting between the US and Russia since the war began confirms the "
             "distance between blocs over Ukraine")
    assert cleaned.title == title
    assert cleaned.text.count(title) == 1
    assert "Spanish Leopard 2A4 tank." not in cleaned.text
    assert "Radio Cadiz" not in cleaned.text
    assert "Kayleigh Williams" not in cleaned.text
    reasons = {reason for reason, _ in cleaned.removed}
    assert {"repeated title", "photo caption", "byline"} <= reasons


def test_glued_words_are_separated(seed_texts):
    text = clean(seed_texts["003"]).text
    assert "Sergei Lavrov and the US" in text
    assert "invasion of Ukraine and a brief" in text
    assert "conversation claiming" in text
    assert "Ukraineand" not in text and "Lavrovand" not in text


def test_real_words_and_names_are_not_split():
    for word in ("Finland", "Portland", "Azovstal", "Kramatorsk", "Mariupol", "understand",
                 "Zaporizhzhia", "McDonald", "Iceland"):
        assert split_glued(word) == word
    assert unglue("McDonald met DeKalb officials in iPhone land") == \
        "McDonald met DeKalb officials in iPhone land"


def test_missing_space_after_a_full_stop_is_restored():
    assert unglue("The risks now are considerable.The danger is serious") == \
        "The risks now are considerable. The danger is serious"


def test_a_long_first_line_is_a_lead_and_the_title_is_derived(seed_texts):
    cleaned = clean(seed_texts["001"])
    assert cleaned.title_source == "lead"
    assert cleaned.title.startswith("PEACE negotiations between the UN Secretary General")
    assert len(cleaned.title) <= 120
    assert cleaned.text.startswith("PEACE negotiations")  # the lead stays in the text


def test_normalize_removes_control_and_zero_width_characters():
    assert normalize("Kyiv\u200b\x07 and\u00a0 Lviv\r\nnext") == "Kyiv and Lviv\nnext"


def test_ordinary_short_paragraphs_are_kept():
    raw = ("Title here\n\n" + "Long paragraph about the war in the east of the country. " * 5
           + "\n\nThe BBC could not independently verify this information.\n\n"
           + "Another long paragraph about diplomacy and talks and more talks today. " * 5)
    cleaned = clean(raw)
    assert "The BBC could not independently verify this information." in cleaned.text


@pytest.mark.parametrize("footer, is_footer", [
    ("AP Photo/Efrem Lukatsky", True),
    ("Follow us on Telegram for live updates", True),
    ("Read more at example.com", True),
    ("COOKIE SETTINGS", True),
    ("Officials said a cheap photo of the port was fake.", False),  # "ap photo" starts a word
    ("Critics said it was unlike this: slow and costly.", False),
    ("The minister said the .com boom was over.", False),
])
def test_footer_vocabulary_matches_whole_words_in_any_case(footer, is_footer):
    prose = "Long paragraph about the war in the east of the country and its ports. " * 4
    cleaned = clean(f"Title\n\n{prose}\n\n{footer}\n\n{prose}")
    assert (footer not in cleaned.text) == is_footer


def test_a_date_line_or_byline_under_the_title_becomes_metadata():
    body = "Talks in Kyiv went on late into the night, officials said on Tuesday."
    cleaned = clean(f"Talks go on\ndate 2022-04-26\nBy Jane Doe\n{body}")
    assert cleaned.title == "Talks go on"
    assert cleaned.text == f"Talks go on\n\n{body}"
    assert cleaned.metadata["published"] == "2022-04-26"
    assert cleaned.metadata["byline"] == "By Jane Doe"


def test_a_date_inside_prose_below_the_title_stays_text():
    body = "Updated 26 April 2022 figures show the port in Mariupol was shelled again."
    cleaned = clean(f"Talks go on\n\n{body}")
    assert body in cleaned.text and "published" not in cleaned.metadata
