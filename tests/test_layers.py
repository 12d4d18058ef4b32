"""Map layers: window filtering, one feature per place, and text that cannot become HTML."""

import json

import pandas as pd
import pytest

from placeline.layers import feature_collection, in_window, place_summary, radius_for
from placeline.mapview import base_map, bounds_of, place_layer


def _events():
    return pd.DataFrame([
        {"article_id": 1, "place_id": "p1", "place": "Kyiv", "lat": 50.45, "lon": 30.52,
         "kind": "city", "country": "UA", "date": "2022-04-25", "date_end": None},
        {"article_id": 2, "place_id": "p1", "place": "Kyiv", "lat": 50.45, "lon": 30.52,
         "kind": "city", "country": "UA", "date": "2022-04-27", "date_end": None},
        {"article_id": 2, "place_id": "p2", "place": "<img src=x onerror=alert(1)>",
         "lat": 47.1, "lon": 37.5, "kind": "city", "country": "UA",
         "date": "2022-04-20", "date_end": "2022-04-29"},
        {"article_id": 3, "place_id": "p3", "place": "Dhaka", "lat": 23.7, "lon": 90.4,
         "kind": "city", "country": "BD", "date": None, "date_end": None},
    ])


def test_window_keeps_overlapping_ranges_and_drops_undated():
    window = in_window(_events(), "2022-04-26", "2022-04-28")
    assert sorted(window["place_id"]) == ["p1", "p2"]  # the range 20–29 overlaps
    assert in_window(_events(), "2021-01-01", "2030-01-01")["place_id"].tolist().count("p3") == 0


def test_summary_counts_articles_per_place():
    summary = place_summary(in_window(_events(), "2022-04-01", "2022-04-30")).set_index(
        "place_id")
    assert summary.loc["p1", "articles"] == 2 and summary.loc["p2", "articles"] == 1


def test_feature_collection_keeps_labels_as_plain_text_and_sizes_by_articles():
    summary = place_summary(in_window(_events(), "2022-04-01", "2022-04-30"))
    collection = feature_collection(summary)
    labels = [f["properties"]["label"] for f in collection["features"]]
    assert "<img src=x onerror=alert(1)> — 1 article" in labels  # text, never re-escaped
    radii = {f["properties"]["place_id"]: f["properties"]["radius"]
             for f in collection["features"]}
    assert radii["p1"] > radii["p2"] == radius_for(1)


def test_map_names_no_cdn_and_renders_labels_as_text():
    summary = place_summary(in_window(_events(), "2022-04-01", "2022-04-30"))
    fmap = base_map(bounds_of(summary["lat"], summary["lon"]))
    layer = place_layer(feature_collection(summary))
    layer.add_to(fmap)
    html = fmap.get_root().render()
    assert "/app/static/vendor/leaflet/leaflet.js" in html
    for host in ("jsdelivr", "cdnjs", "unpkg", "code.jquery", "bootstrapcdn", "googleapis"):
        assert host not in html
    assert "textContent" in html and "<img src=x" not in html
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in html  # inert inside the script


def test_large_layers_are_published_once_by_content_and_pruned(tmp_path, monkeypatch):
    from placeline import layer_files
    from placeline.mapview import INLINE_FEATURES

    monkeypatch.setattr(layer_files, "layers_dir", lambda: tmp_path)
    monkeypatch.setattr(layer_files, "KEEP", 2)
    big = {"type": "FeatureCollection", "features": [{"n": i} for i in range(INLINE_FEATURES + 1)]}
    url = layer_files.publish(big)
    assert url == layer_files.publish(big)  # same content, same file
    assert json.loads((tmp_path / url.rsplit("/", 1)[1]).read_text()) == big
    for n in range(3):
        layer_files.publish({"features": [n]})
    assert len(list(tmp_path.glob("*.json"))) == 2 and not list(tmp_path.glob("*.part"))


def test_layer_files_stay_within_their_byte_budget_newest_first(tmp_path, monkeypatch):
    from placeline import layer_files

    monkeypatch.setattr(layer_files, "layers_dir", lambda: tmp_path)
    monkeypatch.setattr(layer_files, "KEEP_BYTES", 2500)
    urls = [layer_files.publish({"features": ["x" * 1000, n]}) for n in range(4)]
    kept = {p.name for p in tmp_path.glob("*.json")}
    assert kept == {u.rsplit("/", 1)[1] for u in urls[-2:]}  # 2 × ≈1 KB fit, 3 do not
    monkeypatch.setattr(layer_files, "KEEP_BYTES", 10)
    newest = layer_files.publish({"features": ["y" * 1000]})
    assert [p.name for p in tmp_path.glob("*.json")] == [newest.rsplit("/", 1)[1]]


def test_abandoned_temporary_layer_files_are_removed_and_fresh_ones_kept(tmp_path, monkeypatch):
    import os
    import time

    from placeline import layer_files

    monkeypatch.setattr(layer_files, "layers_dir", lambda: tmp_path)
    abandoned, in_progress = tmp_path / "crashed.part", tmp_path / "writing.part"
    for part in (abandoned, in_progress):
        part.write_bytes(b'{"half')
    old = time.time() - layer_files.STALE_PART_SECONDS - 60
    os.utime(abandoned, (old, old))
    layer_files.publish({"features": [1]})
    assert not abandoned.exists() and in_progress.exists()


def test_a_failed_layer_write_leaves_no_temporary_file_and_keeps_the_others(tmp_path,
                                                                            monkeypatch):
    from placeline import layer_files

    monkeypatch.setattr(layer_files, "layers_dir", lambda: tmp_path)
    first = layer_files.publish({"features": [1]})

    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(layer_files.os, "replace", disk_full)
    with pytest.raises(OSError, match="No space"):
        layer_files.publish({"features": [2]})
    assert [p.name for p in tmp_path.iterdir()] == [first.rsplit("/", 1)[1]]
