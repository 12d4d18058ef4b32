"""Left open by review 20b, the reader: short Czech and Slovak texts in Windows-1250 whose
letters beyond ASCII open their sentences are read in it again (item 1); Turkish in
Windows-1254 whose letters are Icelandic's in Windows-1252 is read so, or warned of (item 2)."""

from __future__ import annotations

import pytest

from placeline.ingest import decode_noted

# -- item 1: Windows-1250 texts whose letters open their sentences --------------------------

OPENING = [
    "V Brně hoří sklad. Hasiči zasahují od rána.",
    "Povodně v Ústí nad Labem\nŘeka Labe se vylila z koryta a zaplavila ulice v Ústí nad Labem.",
    "Požiar v Košiciach\nV Košiciach horí sklad, hasiči zasahujú.",
    "Nehoda v Olomouci\nŘidička nezvládla řízení a narazila do stromu.",
    "Štrajk v Bratislave\nVodiči autobusov nevyšli do ulíc.",
]


@pytest.mark.parametrize("text", OPENING, ids=["brno", "usti", "kosice", "olomouc",
                                               "bratislava"])
def test_a_central_european_text_whose_letters_open_its_sentences_is_read_in_windows_1250(
        text):
    """Review 20b, item 2: "Hasiči", "Povodně" and "Řeka", in capitals where they open a
    sentence, had been taken for names of any language, and the text read as Windows-1252's
    "V Brnì hoøí sklad. Hasièi", "Povodnì … Øeka Labe", "hasièi zasahujú", with a warning:
    before that commit they were read right, without one."""
    assert decode_noted(text.encode("cp1250"), "x.txt") == (text, "")


@pytest.mark.parametrize("text", [
    "Visitors in Leeds\n\nBjørn and Crème fans met in Leeds on Tuesday, the club said.",
    "Bjørn v Crème\n\nFans met in Leeds on Tuesday, the club said.",
    "Visitors in Leeds\n\nBjørn won. Crème lost, the club said.",
    "Visitors in Leeds\n\nSão Paulo won. Île-de-France lost, the club said.",
], ids=["sentence", "title", "two-sentences", "sao-paulo-ile"])
def test_an_english_story_s_names_opening_its_sentences_are_still_names(text):
    """English writes no letters beyond ASCII in its words: its story's "Bjørn" opening a
    sentence is a name, of any language, and Windows-1252 is read (warned of, as within a
    sentence: "Bjřrn" and "Crčme" are Czech's alone)."""
    read, warning = decode_noted(text.encode("cp1252"), "x.txt")
    assert read == text
    assert "read as Windows-1252" in warning


def test_a_name_opening_a_sentence_and_written_within_one_is_a_name():
    """A word in capitals written so within a sentence too is a name where it opens one: a
    Norwegian story's "Tromsø" stays Windows-1252's (Czech's "Tromsř" would be one
    language's letters with "Bjřrn")."""
    text = "Tromsø vant\n\nBjørn scoret to mål da Tromsø slo Molde."
    read, _ = decode_noted(text.encode("cp1252"), "x.txt")
    assert read == text


# -- item 2: Turkish in Windows-1254 -------------------------------------------------------


def test_a_turkish_text_whose_s_ends_a_word_is_read_in_windows_1254():
    """Review 20b: "İstanbul'da şiddetli yağış" had been read as Windows-1252's
    "Ýstanbul'da þiddetli yaðýþ", Icelandic's letters, silently; Icelandic ends no word in þ,
    Turkish many in ş."""
    text = "İstanbul'da şiddetli yağış\nİstanbul'da sağanak yağış nedeniyle bazı yollar kapandı."
    assert decode_noted(text.encode("cp1254"), "x.txt") == (text, "")


@pytest.mark.parametrize(("text", "western", "turkish"), [
    ("Sel felaketi\nKaradeniz'de sel: iki kişi kayıp.", "kiþi", "kişi"),
    ("Yağmur İstanbul'u vurdu", "Yaðmur", "Yağmur"),
    ("Quake near İzmir\nA quake struck near İzmir and Muğla on Tuesday.", "Ýzmir", "İzmir"),
], ids=["kisi", "yagmur", "izmir"])
def test_a_turkish_text_that_reads_as_icelandic_is_warned_of(text, western, turkish):
    """Without a word ending in ş, the letters are both languages': the text is read as
    Windows-1252 still, with a warning naming both readings."""
    read, warning = decode_noted(text.encode("cp1254"), "x.txt")
    assert western in read
    assert f'("{western}")' in warning and f'("{turkish}")' in warning
    assert "Windows-1254 (Turkish)" in warning


@pytest.mark.parametrize("text", [
    "Eldgos á Reykjanesi\nÞað gaus í nótt við Grindavík.",
    "Óveður á Akureyri. Þak fauk af húsi.",
    "Snjóflóð féll á veg í Súðavík. Enginn slasaðist.",
    "Stormur í Tórshavn\nVindurin var harður, og ferðasambandið varð steðgað.",
    "Fans of Þórshöfn and Garðabær met in Leeds on Tuesday, the club said.",
], ids=["icelandic", "icelandic-thak", "icelandic-sudavik", "faroese", "english-names"])
def test_icelandic_and_faroese_in_windows_1252_are_read_without_a_warning(text):
    """Their á, í and ó are no Turkish letters: Windows-1254's reading is no rival."""
    assert decode_noted(text.encode("cp1252"), "x.txt") == (text, "")
