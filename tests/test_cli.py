"""The command line as users and our checks call it (names and formats are a contract)."""

import csv
import io
import json
import subprocess
import sys

from tests.conftest import ROOT, SEEDS


def run(*args, check=True):
    result = subprocess.run([sys.executable, "-m", "placeline", *args], cwd=ROOT, check=False,
                            capture_output=True, text=True, timeout=300)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_ingest_prints_a_summary_and_reports_bad_files(tmp_path):
    db = tmp_path / "cli.db"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    result = run("ingest", str(SEEDS), str(bad), "--db", str(db), check=False)
    assert result.returncode == 3  # some inputs skipped: not 0 (audit 17)
    assert "5 added, 0 already stored, 1 skipped" in result.stdout
    assert f"skipped {bad}: the file is empty" in result.stdout
    again = run("ingest", str(SEEDS), "--db", str(db))
    assert "0 added, 5 already stored" in again.stdout


def test_export_csv_and_geojson(tmp_path):
    db = tmp_path / "cli.db"
    run("ingest", str(SEEDS), "--db", str(db))
    rows = list(csv.DictReader(io.StringIO(run("export", "--db", str(db), "--format",
                                                "csv").stdout)))
    assert rows and {"article_id", "title", "published", "event_date", "date_precision",
                     "place", "lat", "lon", "snippet"} <= set(rows[0])
    mariupol = [r for r in rows if r["place"] == "Mariupol"]
    assert mariupol and all("Mariupol" in r["snippet"] for r in mariupol)
    collection = json.loads(run("export", "--db", str(db), "--format", "geojson").stdout)
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == len(rows)
    feature = collection["features"][0]
    assert feature["geometry"]["type"] == "Point"
    lon, lat = feature["geometry"]["coordinates"]
    assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_geoparse_jsonl_plain_and_with_gold_spans(tmp_path):
    text = "Guterres met Putin in Moscow before flying to Kyiv."
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "x", "text": text}) + "\n" + json.dumps(
        {"id": "y", "text": text, "toponyms": [{"start": 22, "end": 28}]}) + "\n")
    lines = [json.loads(line) for line in run("geoparse", str(source)).stdout.splitlines()]
    assert [t["name"] for t in lines[0]["toponyms"]] == ["Moscow", "Kyiv"]
    first = lines[0]["toponyms"][0]
    assert set(first) == {"start", "end", "name", "lat", "lon", "geonameid", "place_id",
                          "place", "kind", "country", "confidence"}
    assert text[first["start"]:first["end"]] == "Moscow"
    spans = tmp_path / "spans.jsonl"  # (every row gives its spans: row x has none to give)
    spans.write_text(source.read_text().splitlines()[1] + "\n")
    gold = [json.loads(line) for line in
            run("geoparse", str(spans), "--gold-spans").stdout.splitlines()]
    assert [t["name"] for t in gold[0]["toponyms"]] == ["Moscow"]


def test_eval_prints_the_standard_metrics(tmp_path):
    source = tmp_path / "gold.jsonl"
    source.write_text(json.dumps({"id": "g", "text": "Floods hit Dhaka and Chittagong.",
                                  "toponyms": [{"start": 11, "end": 16, "name": "Dhaka",
                                                "lat": 23.7104, "lon": 90.4074}]}) + "\n")
    out = run("eval", str(source), "--json").stdout
    scores = json.loads(out)
    assert scores["gold"] == 1 and scores["accuracy_161"] == 1.0
    assert {"exact_f1", "overlap_f1", "mean_km", "median_km", "auc",
            "end_to_end_161", "articles_per_second", "warm_articles_per_second"} <= set(scores)
    assert scores["warm_articles_per_second"] > 0


def test_a_missing_input_is_an_error_message_not_a_stack_trace(tmp_path):
    result = run("ingest", str(tmp_path / "nope.txt"), "--db", str(tmp_path / "x.db"),
                 check=False)
    assert result.returncode == 1
    assert "no such file or folder" in result.stdout
    assert "Traceback" not in result.stderr


def test_the_dashboard_launcher_skips_streamlits_scan_for_v2_components(monkeypatch):
    """The scan reads every installed package's metadata at each start; placeline's pages use
    no v2 component (the browser tests show the map still appears under the launcher)."""
    from streamlit.components.v2 import manifest_scanner

    from placeline.cli import _skip_component_scan

    original = manifest_scanner.scan_component_manifests
    monkeypatch.setattr(manifest_scanner, "scan_component_manifests", original)  # restored
    _skip_component_scan()
    assert manifest_scanner.scan_component_manifests is not original
    assert manifest_scanner.scan_component_manifests() == []
