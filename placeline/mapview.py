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

from placeline import layer_files
from placeline.assets import URL_ROOT

DEFAULT_JS = [("leaflet", f"{URL_ROOT}/leaflet/leaflet.js"),
              ("jquery", f"{URL_ROOT}/jquery/jquery.min.js"),
              ("markercluster", f"{URL_ROOT}/markercluster/leaflet.markercluster.js")]
DEFAULT_CSS = [("leaflet_css", f"{URL_ROOT}/leaflet/leaflet.css"),
               ("markercluster_css", f"{URL_ROOT}/markercluster/MarkerCluster.css"),
               ("markercluster_default_css",
                f"{URL_ROOT}/markercluster/MarkerCluster.Default.css")]
CLUSTER_THRESHOLD = 400  # places; above this "auto" groups nearby circles
BASEMAP_URL = f"{URL_ROOT}/basemap/countries.geojson"

_MAP_STYLE = """
<style>
.leaflet-container { background: #dbe7ef; font: 13px/1.4 sans-serif; }
.leaflet-tooltip { font-weight: 600; }
.placeline-legend { background: rgba(255,255,255,.92); padding: 6px 9px; border-radius: 4px;
  box-shadow: 0 1px 4px rgba(0,0,0,.3); line-height: 1.6; }
.placeline-legend .dot { display: inline-block; border-radius: 50%; margin-right: 6px;
  border: 1px solid #7f2704; vertical-align: middle; }
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
                                fillOpacity: {{ this.fill_opacity }}}
                    }).addTo(map);
                })
                .catch(function (error) { console.warn("basemap not loaded", error); });
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, url: str = BASEMAP_URL, filled: bool = True) -> None:
        super().__init__()
        self._name = "CountryOutlines"
        self.url = url
        self.fill_opacity = 1 if filled else 0


class PlaceLayer(MacroElement):
    """One circle per place (size and colour by articles), optionally grouped in clusters.

    A small window's GeoJSON is written into the script; a large one is fetched from a
    cached static file (`layer_files`), because streamlit-folium re-compiles the rendered
    script as a Jinja template on every run: 2 MB inline costs ≈ 200 ms per slider move,
    a URL costs nothing, and the browser parses JSON faster than a script literal.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function () {
            var group = {{ "L.markerClusterGroup({showCoverageOnHover: false, "
                           "maxClusterRadius: 40, chunkedLoading: true})"
                           if this.cluster else "L.featureGroup()" }};
            function draw(data) {
                var circles = L.geoJSON(data, {
                    pointToLayer: function (feature, latlng) {
                        var p = feature.properties;
                        return L.circleMarker(latlng, {
                            radius: p.radius, weight: p.selected ? 3 : 1, className: p.css,
                            color: p.selected ? "#08306b" : "#7f2704",
                            fillColor: p.selected ? "#2171b5" : p.colour, fillOpacity: 0.8
                        });
                    },
                    onEachFeature: function (feature, layer) {
                        layer.bindTooltip(function () {
                            var label = document.createElement("span");
                            label.textContent = feature.properties.label;
                            return label;
                        }, {direction: "top"});
                    }
                });
                {% if this.cluster %}group.addLayers(circles.getLayers());
                {% else %}circles.getLayers().forEach(function (c) { group.addLayer(c); });
                {% endif %}
            }
            {% if this.url %}
            fetch({{ this.url|tojson }}).then(function (r) { return r.json(); }).then(draw)
                .catch(function (error) { console.warn("places not loaded", error); });
            {% else %}
            draw({{ this.data|tojson }});
            {% endif %}
            return group;
        })().addTo({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, data: dict | None = None, url: str | None = None,
                 cluster: bool = False) -> None:
        super().__init__()
        self._name = "PlaceLayer"
        self.data = data
        self.url = url
        self.cluster = cluster


class Legend(MacroElement):
    """What circle size and colour mean; fixed classes, so the base map stays constant."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (map) {
            var legend = L.control({position: "bottomright"});
            legend.onAdd = function () {
                var box = L.DomUtil.create("div", "placeline-legend");
                var title = document.createElement("b");
                title.textContent = "Articles per place";
                box.appendChild(title);
                {{ this.bins|tojson }}.forEach(function (bin) {
                    var row = document.createElement("div");
                    var dot = document.createElement("span");
                    dot.className = "dot";
                    dot.style.background = bin[1];
                    dot.style.width = dot.style.height = bin[2] + "px";
                    row.appendChild(dot);
                    row.appendChild(document.createTextNode(bin[0]));
                    box.appendChild(row);
                });
                return box;
            };
            legend.addTo(map);
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, bins: list[tuple[str, str, float]]) -> None:
        super().__init__()
        self._name = "Legend"
        self.bins = bins


def base_map(bounds: list[list[float]] | None = None, tile_url: str | None = None,
             legend: list[tuple[str, str, float]] | None = None) -> folium.Map:
    """The map that stays the same while the window changes (no remount, zoom kept)."""
    fmap = folium.Map(location=[30, 20], zoom_start=2, tiles=None, control_scale=True,
                      prefer_canvas=False, world_copy_jump=True)
    # Without tiles folium drops min/max zoom; markercluster needs maxZoom to know when to stop.
    fmap.options.update(minZoom=1, maxZoom=18)
    fmap.default_js = DEFAULT_JS
    fmap.default_css = DEFAULT_CSS
    fmap.get_root().header.add_child(Element(_MAP_STYLE))
    if tile_url:  # outlines stay on top, unfilled: the map is still readable if tiles fail
        folium.TileLayer(tiles=tile_url, attr="Map tiles © their provider (see settings)",
                         name="Online tiles").add_to(fmap)
    CountryOutlines(filled=not tile_url).add_to(fmap)
    if legend:
        Legend(legend).add_to(fmap)
    if bounds:
        fmap.fit_bounds(bounds, padding=(30, 30), max_zoom=6)
    return fmap


INLINE_FEATURES = 300  # up to this many places the layer is written into the script


def place_layer(feature_collection: dict, cluster: bool = False) -> folium.FeatureGroup:
    """The layer for one window, passed to st_folium(feature_group_to_add=...)."""
    group = folium.FeatureGroup(name="Places")
    if len(feature_collection["features"]) <= INLINE_FEATURES:
        PlaceLayer(feature_collection, cluster=cluster).add_to(group)
    else:
        PlaceLayer(url=layer_files.publish(feature_collection), cluster=cluster).add_to(group)
    return group


def bounds_of(lats, lons) -> list[list[float]] | None:
    """[[south, west], [north, east]] of the points, padded so a lone point is not maxed."""
    lats, lons = list(lats), list(lons)
    if not lats:
        return None
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    pad = 2.0 if (north - south) < 4 and (east - west) < 4 else 0.0
    return [[south - pad, west - pad], [north + pad, east + pad]]
