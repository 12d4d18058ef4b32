"""A damaged or half-written gazetteer index is detected at start and rebuilt, never used."""

from __future__ import annotations

import shutil

import pytest

from placeline import gazetteer


@pytest.fixture
def index_copy(tmp_path, gazetteer):
    folder = tmp_path / "index"
    shutil.copytree(gazetteer.folder, folder)
    return folder


def test_a_sound_index_has_no_problem(index_copy):
    assert gazetteer.index_problem(index_copy) is None


def test_truncated_missing_and_garbage_files_are_each_detected(index_copy):
    trie = index_copy / "names.marisa"
    data = trie.read_bytes()
    trie.write_bytes(data[: len(data) // 2])
    assert "wrong size" in gazetteer.index_problem(index_copy)
    trie.write_bytes(b"\0" * len(data))  # right size, wrong content
    assert gazetteer.index_problem(index_copy).startswith(("damaged", "names.marisa"))
    (index_copy / "VERSION").unlink()  # a build that stopped before its last step
    assert gazetteer.index_problem(index_copy) == "missing"


def test_a_damaged_index_is_rebuilt_at_start(index_copy, monkeypatch):
    (index_copy / "places.sqlite").write_bytes(b"not a database at all")
    built = []
    monkeypatch.setattr(gazetteer, "index_folder", lambda: index_copy)
    monkeypatch.setattr(gazetteer, "build", lambda folder, log: built.append(folder))
    messages = []
    gazetteer.ensure_index(log=messages.append)
    assert built == [index_copy]
    assert "rebuilding" in messages[0] and "places.sqlite" in messages[0]


def test_the_correction_search_lists_the_place_named_so_first(gazetteer):
    """Typing "Kharkiv" lists the city before its oblast (which has more people and is also
    indexed as "Kharkiv"); a former or English name lists the big city that goes by it
    before the villages named so ("Bombay", "Cologne"); prefixes come after."""
    assert gazetteer.search("Kharkiv")[0].kind == "city"
    assert gazetteer.search("Bombay")[0].name == "Mumbai"
    assert gazetteer.search("Cologne")[0].name == "Köln"
    from placeline.names import name_key

    named = [name_key(p.name) == "paris" for p in gazetteer.search("Paris")]
    assert named[:2] == [True, True]  # the département and the city, then the biggest towns
