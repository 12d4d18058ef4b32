"""Cleaning cases from the thirty-second session, with texts of our own."""

RELEASE = """Flood aid reaches Mopti
MOPTI, Mali, Sept 7, 2026 -- The Sahel Relief Alliance said on Monday it had sent hygiene \
kits to 2,400 households in Mopti and Konna.
The Alliance is calling on donors to fund its emergency appeal.
About us
The Sahel Relief Alliance is an independent humanitarian organisation founded in 2009 in \
Dakar, Senegal. It works with local partners in Burkina Faso, Mali and Niger.
Media contact
Awa Diop, Communications Officer, Dakar
press@sahelrelief.example | +221 33 800 00 00
Spokespeople are available for interviews in French, English, Bambara and Wolof."""


def test_an_about_us_block_and_a_contact_offering_interviews_are_end_matter() -> None:
    """"About us" (not "About <name>") and a "Media contact" whose last line offers
    spokespeople for interviews end a press release as UI 60's blocks do (audit 34: Dakar,
    Ouagadougou and Burkina Faso had been mapped on a flood story's day)."""
    from placeline.clean import clean

    cleaned = clean(RELEASE)
    assert cleaned.text.endswith("fund its emergency appeal.")
    assert "Dakar" not in cleaned.text and "Awa Diop" not in cleaned.text
