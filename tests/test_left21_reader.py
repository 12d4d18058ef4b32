"""Left open by review 20b, the reader: short Czech and Slovak texts in Windows-1250 whose
letters beyond ASCII open their sentences are read in it again (item 1); Turkish in
Windows-1254 whose letters are Icelandic's in Windows-1252 is read so, or warned of (item 2);
a file stored by its absolute path, its lead edited, read again after its folder moved is
that article's new version (item 3); a story's last line naming a place or an institution is
no byline (item 4)."""

from __future__ import annotations

import shutil

import pytest

from placeline.clean import clean
from placeline.ingest import decode_noted
from tests.test_audit19_ingest import _ingest
from tests.test_review20_ingest import PORT, STORM, STORM_EDITED, _write

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


# -- item 3: a file stored by its absolute path, its lead edited, after its folder moved ----


def test_a_file_stored_by_its_absolute_path_is_updated_after_its_folder_moved(
        store, geoparser, tmp_path):
    """/…/proj/data/x.txt ingested by its absolute path (as a cron job does), proj renamed
    proj2, x.txt's one sentence edited and read again by its new path: "1 added" without a
    word, two "Storm in Leeds" and Leeds twice on the map. Neither its names nor its lead
    find the stored one (f2ec897 had made a relative path's do): its file, of this name, is
    gone, so this file is it, moved."""
    first = _write(tmp_path / "proj" / "data" / "x.txt", STORM)
    [(_, article_id)] = _ingest(store, geoparser, str(first)).added
    (tmp_path / "proj").rename(tmp_path / "proj2")
    moved = _write(tmp_path / "proj2" / "data" / "x.txt", STORM_EDITED, later=60)
    report = _ingest(store, geoparser, str(moved))
    assert report.added == [] and report.updated == [(str(moved), article_id)]
    assert "now naming" in report.changes[article_id] and report.warnings == []
    assert store.article_ids() == [article_id]


def test_a_file_of_its_name_still_where_it_was_read_or_of_another_story_is_another_article(
        store, geoparser, tmp_path):
    """A copy whose first file is still there is another file, and another story saved by a
    name whose file is gone is a new article, as for a relative path (f2ec897)."""
    first = _write(tmp_path / "proj" / "data" / "x.txt", STORM)
    _ingest(store, geoparser, str(first))
    copy = _write(tmp_path / "copy" / "data" / "x.txt", STORM_EDITED, later=60)
    assert len(_ingest(store, geoparser, str(copy)).added) == 1
    shutil.rmtree(tmp_path / "proj")
    other = _write(tmp_path / "other" / "data" / "x.txt", PORT)
    report = _ingest(store, geoparser, str(other))
    assert len(report.added) == 1 and report.updated == [] and report.warnings == []
    assert len(store.article_ids()) == 3


# -- item 4: a story's last line naming a place or an institution ---------------------------

STORY = ("Snow closes schools\n\nDozens of schools shut across North Yorkshire on Tuesday "
         "after heavy snow overnight, the county council said.\n\nClosed schools include:\n\n")


@pytest.mark.parametrize("last", [
    "Ripon Grammar School", "Knaresborough Primary", "Harrogate", "St Mary's, Harrogate",
    "Victoria Station", "Chester Zoo", "Leeds Bradford Airport", "Jackson Hole",
    "Thirsk and Northallerton",
])
def test_a_last_line_naming_a_place_or_an_institution_is_kept(last):
    """Review 20b: a list's last item, or a photo's place, on its own line at the end had
    been cut as a byline, its place on no map: any line of one to four words in capitals
    was one ("Ripon Grammar School", "Knaresborough Primary")."""
    cleaned = clean(STORY + last)
    assert cleaned.text.endswith(last)
    assert [reason for reason, _ in cleaned.removed if reason == "byline"] == []


@pytest.mark.parametrize("last", [
    "Kayleigh Williams", "By Jane Doe", "Sarah O'Connor", "J. K. Smith", "Reuters",
    "Associated Press", "Jane Doe, Staff Writer", "Staff Reporter", "Dmytro Kovalenko",
    "Zoë Ball", "Mary-Ann Jones",
])
def test_a_writer_s_or_agency_s_credit_at_the_end_is_still_cut(last):
    """A person's name (its first word a given name, or an initial, and the whole no place's
    name), "By …", an agency or a reporter's role is a credit, and goes."""
    cleaned = clean(STORY + "Ripon Grammar School\n\n" + last)
    assert cleaned.text.endswith("Ripon Grammar School")
    assert ("byline", last) in cleaned.removed
