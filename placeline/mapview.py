"""The folium map: a constant offline base map, and one GeoJSON layer of places per window.

No CDN is named anywhere: Leaflet and jQuery come from /app/static/vendor (see assets.py),
and the base map is drawn from shipped country outlines; an online tile layer is added only
when the user configures one (PLACELINE_TILE_URL).

Labels reach the page through `textContent`, never as HTML, so an article cannot inject
markup through a place name.
"""

from __future__ import annotations

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from placeline.assets import URL_ROOT

DEFAULT_JS = [("leaflet", f"{URL_ROOT}/leaflet/leaflet.js"),
              ("jquery", f"{URL_ROOT}/jquery/jquery.min.js")]
DEFAULT_CSS = [("leaflet_css", f"{URL_ROOT}/leaflet/leaflet.css")]
BASEMAP_URL = f"{URL_ROOT}/basemap/countries.geojson"

_MAP_STYLE = """
<style>
.leaflet-container { background: #dbe7ef; font: 13px/1.4 sans-serif; }
.leaflet-tooltip { font-weight: 600; }
</style>
"""


class CountryOutlines(MacroElement):
    """Country shapes fetched from the app's own static folder, under every other layer."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (map) {
            if (!map.getPane("basemap")) {
                map.createPane("basemap");
                map.getPane("basemap").style.zIndex = 250;
            }
            fetch({{ this.url|tojson }})
                .then(function (response) { return response.json(); })
                .then(function (data) {
                    L.geoJSON(data, {
                        pane: "basemap", interactive: false,
                        style: {color: "#8a9aa6", weight: 0.7, fillColor: "#f4f1ea",
                                fillOpacity: 1}
                    }).addTo(map);
                })
                .catch(function (error) { console.warn("basemap not loaded", error); });
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, url: str = BASEMAP_URL) -> None:
        super().__init__()
        self._name = "CountryOutlines"
        self.url = url


class PlaceLayer(MacroElement):
    """One circle per place; radius and label come from each feature's properties."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.geoJSON({{ this.data|tojson }}, {
            pointToLayer: function (feature, latlng) {
                var p = feature.properties;
                return L.circleMarker(latlng, {
                    radius: p.radius, weight: p.selected ? 3 : 1, className: p.css,
                    color: p.selected ? "#08306b" : "#7f2704",
                    fillColor: p.selected ? "#2171b5" : "#f16913", fillOpacity: 0.8
                });
            },
            onEachFeature: function (feature, layer) {
                layer.bindTooltip(function () {
                    var label = document.createElement("span");
                    label.textContent = feature.properties.label;
                    return label;
                }, {direction: "top"});
            }
        }).addTo({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, data: dict) -> None:
        super().__init__()
        self._name = "PlaceLayer"
        self.data = data


def base_map(bounds: list[list[float]] | None = None, tile_url: str | None = None) -> folium.Map:
    """The map that stays the same while the window changes (no remount, zoom kept)."""
    fmap = folium.Map(location=[30, 20], zoom_start=2, tiles=None, control_scale=True,
                      prefer_canvas=False, world_copy_jump=True, min_zoom=1)
    fmap.default_js = DEFAULT_JS
    fmap.default_css = DEFAULT_CSS
    fmap.get_root().header.add_child(Element(_MAP_STYLE))
    CountryOutlines().add_to(fmap)
    if tile_url:
        folium.TileLayer(tiles=tile_url, attr="Map tiles: see PLACELINE_TILE_URL",
                         name="Online tiles").add_to(fmap)
    if bounds:
        fmap.fit_bounds(bounds, padding=(30, 30), max_zoom=6)
    return fmap


def place_layer(feature_collection: dict) -> folium.FeatureGroup:
    """The layer for one window, passed to st_folium(feature_group_to_add=...)."""
    group = folium.FeatureGroup(name="Places")
    PlaceLayer(feature_collection).add_to(group)
    return group


def bounds_of(lats, lons) -> list[list[float]] | None:
    """[[south, west], [north, east]] of the points, padded so a lone point is not maxed."""
    lats, lons = list(lats), list(lons)
    if not lats:
        return None
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    pad = 2.0 if (north - south) < 4 and (east - west) < 4 else 0.0
    return [[south - pad, west - pad], [north + pad, east + pad]]
