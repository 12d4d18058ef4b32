"""Fix 54 (audit 31 items 12, 13): `geoparse` says that, and how, it gives names no place
fits, and can leave them out; ingest names placeline's own exports and the commands that
move a store."""

from __future__ import annotations

import json

from tests.test_audit_cli import _main

DRAKENSBERG = {"id": "t2", "text": "Hikers in the Drakensberg should check conditions at "
                                   "Cathedral Peak before setting out."}




def _jsonl(tmp_path, *rows: dict) -> str:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return str(path)


# --- item 12: unresolved toponyms ----------------------------------------------------------

def test_geoparse_help_says_an_unplaced_name_comes_with_nulls(capsys):
    code, out, _ = _main(capsys, "geoparse", "--help")
    text = " ".join(out.split())
    assert code == 0
    assert "no place fits is given too" in text and '"confidence" 0' in text
    assert "--resolved-only" in text


def test_geoparse_gives_an_unplaced_name_by_default_and_not_with_resolved_only(capsys,
                                                                               tmp_path):
    path = _jsonl(tmp_path, DRAKENSBERG)
    code, out, _ = _main(capsys, "geoparse", path)
    names = {t["name"]: t for t in json.loads(out)["toponyms"]}
    assert code == 0 and "Drakensberg" in names  # the default is as before
    peak = names["Cathedral Peak"]
    assert peak["place_id"] is None and peak["lat"] is None and peak["confidence"] == 0
    code, out, _ = _main(capsys, "geoparse", path, "--resolved-only")
    toponyms = json.loads(out)["toponyms"]
    assert code == 0 and [t["name"] for t in toponyms] == ["Drakensberg"]
    assert all(f"{t['lat']:.2f}" for t in toponyms)  # the auditor's script now runs


# --- item 13: placeline's own exports given to ingest ----------------------------------------

def _export_table():
    """One event as the export writes it (`export.COLUMNS`)."""
    import pandas as pd

    from placeline.export import COLUMNS

    row = dict.fromkeys(COLUMNS) | {
        "article_id": 1, "title": "Floods in Lyon", "published": "2024-03-04",
        "event_date": "2024-03-04", "place": "Lyon", "place_id": "2996944", "kind": "city",
        "country": "FR", "lat": 45.75, "lon": 4.85, "snippet": "The river rose in Lyon."}
    return pd.DataFrame([row], columns=COLUMNS)


def _exports(tmp_path) -> dict[str, object]:
    from placeline.export import to_csv, to_geojson

    table = _export_table()
    files = {"geo.csv": to_csv(table), "geo_excel.csv": to_csv(table, excel=True),
             "geo.geojson": to_geojson(table), "geo_as.json": to_geojson(table)}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return {name: tmp_path / name for name in files}


def test_ingest_names_an_export_and_the_commands_that_move_a_store(capsys, tmp_path):
    for name, path in _exports(tmp_path).items():
        code, out, err = _main(capsys, "ingest", str(path), "--db", str(tmp_path / "new.db"))
        said = " ".join((out + err).split())
        assert code == 1, (name, said)  # as any file skipped alone
        kind = "CSV" if path.suffix == ".csv" else "GeoJSON"
        assert f"this is placeline's own {kind} export" in said, (name, said)
        assert "python -m placeline copy" in said and "backup" in said, said


def test_an_export_beside_an_article_is_skipped_and_the_article_stored(capsys, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Floods in Lyon\n\nThe river rose in Lyon on 4 March 2024.\n",
                       encoding="utf-8")
    export = _exports(tmp_path)["geo.geojson"]
    code, out, err = _main(capsys, "ingest", str(article), str(export),
                           "--db", str(tmp_path / "new.db"))
    assert code == 3 and "1 added" in out + err
    assert "placeline's own GeoJSON export" in out + err


def test_a_csv_of_articles_that_shares_a_column_name_is_still_read():
    from placeline.feeds import csv_rows

    rows = csv_rows("article_id,title,text\n7,Floods,The river rose in Lyon.\n")
    assert rows == [{"article_id": "7", "title": "Floods", "text": "The river rose in Lyon."}]
