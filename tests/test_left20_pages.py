"""Left open by the twentieth session's reviews, the pages: `dates` names each article by its
path and title, not a file's name (item 4)."""

from __future__ import annotations

import json

from placeline.cli import main

# -- 4. `dates` tells the articles of one file, and two files of one name, apart -------------

FEED = [{"id": "https://news.example/story/1", "date": "2024-03-01", "title": "Protest in Leeds",
         "text": "Thousands marched in Leeds on Monday."},
        {"id": "https://news.example/story/2", "date": "2024-03-02", "title": "Storm in Accra",
         "text": "A storm hit Accra on Monday."},
        {"date": "2024-03-03", "title": "Fire in Porto", "text": "A fire broke out in Porto."}]


def _dates_rows(capsys, db) -> list[dict[str, str]]:
    capsys.readouterr()
    assert main(["dates", "--db", str(db)]) == 0
    header, *lines = capsys.readouterr().out.splitlines()
    names = header.split("\t")
    rows = [dict(zip(names, line.split("\t"), strict=True)) for line in lines]
    return sorted(rows, key=lambda row: int(row["id"]))


def test_dates_names_each_article_by_its_path_and_title(tmp_path, capsys):
    """Two quake.txt in two folders were both "quake.txt", and a feed's rows with URLs for
    ids "1" and "2" (the URL's last part): no line said which article it was."""
    for folder, city in (("a", "Lima"), ("b", "Quito")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "quake.txt").write_text(
            f"Quake in {city}\n{city.upper()}, March 4, 2024 - A quake shook {city} on "
            "Monday.\n", encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(row) + "\n" for row in FEED), encoding="utf-8")
    db = tmp_path / "news.db"
    assert main(["ingest", str(tmp_path / "a"), str(tmp_path / "b"), str(feed),
                 "--db", str(db)]) == 0
    rows = _dates_rows(capsys, db)
    assert [(row["source"], row["title"]) for row in rows] == [
        (str(tmp_path / "a" / "quake.txt"), "Quake in Lima"),
        (str(tmp_path / "b" / "quake.txt"), "Quake in Quito"),
        (f"{feed}#https://news.example/story/1", "Protest in Leeds"),
        (f"{feed}#https://news.example/story/2", "Storm in Accra"),
        (f"{feed}#3", "Fire in Porto")]
    assert [row["published"] for row in rows] == [
        "2024-03-04", "2024-03-04", "2024-03-01", "2024-03-02", "2024-03-03"]


def test_a_dates_cell_holds_no_tab_nor_line_break():
    """A file named with a tab or a line break (Linux allows both) stays one cell."""
    from placeline.cli import _cell

    assert _cell("news/a\tb\nc.txt") == "news/a b c.txt"
    assert _cell(None) == "" and _cell(float("nan")) == ""
