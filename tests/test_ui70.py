"""UI 70 (audit 38): the map's static URLs under a proxy's path prefix (item 1); a store
lost while a page is open (item 4); bidi controls in cleaning (item 7); numbers in
messages, and one count for an ingest followed from a re-opened page (items 10, 11)."""

from __future__ import annotations

from unittest import mock

import pandas as pd
import pytest

from placeline.config import static_url
from placeline.layers import feature_collection
from placeline.mapview import INLINE_FEATURES, base_map, place_layer

# -- 1. the map under --server.baseUrlPath -------------------------------------------------


@pytest.mark.parametrize(("base_path", "url"), [
    ("", "/app/static/vendor/leaflet/leaflet.js"),
    ("team/placeline", "/team/placeline/app/static/vendor/leaflet/leaflet.js"),
    ("/team/placeline/", "/team/placeline/app/static/vendor/leaflet/leaflet.js"),
    ("/", "/app/static/vendor/leaflet/leaflet.js"),
])
def test_static_urls_follow_the_base_path(base_path, url):
    """Streamlit takes the option with or without its slashes ("/team/placeline/")."""
    assert static_url(base_path, "vendor", "leaflet/leaflet.js") == url


def _places(count: int) -> pd.DataFrame:
    return pd.DataFrame({
        "place_id": [f"p{i}" for i in range(count)], "place": [f"P{i}" for i in range(count)],
        "kind": "city", "country": "UA", "lat": [40 + i / 100 for i in range(count)],
        "lon": [20 + i / 100 for i in range(count)], "articles": 1, "events": 1,
        "confidence": 0.9})


def test_the_maps_scripts_styles_and_outlines_follow_the_base_path():
    """The map's frame had asked for /app/static/vendor/… at the host's root behind a
    proxy's /team/placeline: 404s, and no map (audit 38, item 1)."""
    html = base_map([[49.0, 24.0], [51.0, 31.0]],
                    base_path="team/placeline").get_root().render()
    for path in ("leaflet/leaflet.js", "jquery/jquery.min.js",
                 "markercluster/leaflet.markercluster.js", "leaflet/leaflet.css",
                 "markercluster/MarkerCluster.css", "basemap/countries.geojson"):
        assert f'"/team/placeline/app/static/vendor/{path}"' in html, path
    assert '"/app/static/' not in html
    plain = base_map([[49.0, 24.0], [51.0, 31.0]]).get_root().render()
    assert '"/app/static/vendor/leaflet/leaflet.js"' in plain


def test_a_large_layers_file_follows_the_base_path(tmp_path):
    """A window of more than INLINE_FEATURES places is fetched from a static file: its
    URL carries the prefix too."""
    from placeline import layer_files

    layer = feature_collection(_places(INLINE_FEATURES + 1))
    with mock.patch.object(layer_files, "static_dir", lambda: tmp_path):
        fmap = base_map(base_path="/team/placeline")
        place_layer(layer, base_path="/team/placeline").add_to(fmap)
    script = fmap.get_root().render()
    assert "/team/placeline/app/static/layers/" in script
    assert list((tmp_path / "layers").glob("*.json"))
