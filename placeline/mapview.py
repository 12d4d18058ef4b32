"""The folium map: a constant offline base map, and one GeoJSON layer of places per window.

No CDN is named anywhere: Leaflet and jQuery come from /app/static/vendor (see assets.py;
under the server's `server.baseUrlPath`, `base_path`, where one is set),
and the base map is drawn from shipped country outlines; an online tile layer is added only
when the user configures one (PLACELINE_TILE_URL).

Labels reach the page through `textContent`, never as HTML, so an article cannot inject
markup through a place name.
"""

from __future__ import annotations

from collections.abc import Sequence

import folium
import numpy as np
from branca.element import Element, MacroElement
from jinja2 import Template

from placeline import layer_files
from placeline.assets import vendor_url
from placeline.view import ARTICLE_BINS

DEFAULT_JS = [("leaflet", "leaflet/leaflet.js"), ("jquery", "jquery/jquery.min.js"),
              ("markercluster", "markercluster/leaflet.markercluster.js")]
# Not MarkerCluster.Default.css: its green, yellow and orange bubbles are no colours of
# the legend; the clusters are styled below, in the legend's palette.
DEFAULT_CSS = [("leaflet_css", "leaflet/leaflet.css"),
               ("markercluster_css", "markercluster/MarkerCluster.css")]
CLUSTER_THRESHOLD = 400  # places; above this "auto" groups nearby circles
BASEMAP = "basemap/countries.geojson"
FIT_MAX_ZOOM = 6  # fitting to a few close places stops here, not at street level
FIT_PADDING = 30  # pixels kept free around fitted places
# A narrower map starts with its legend folded: open, its 330 x 100 px covered the top two
# thirds of a 500-px world map, a 1400-px-wide screen's (audit 36, item 5.2); a 1920-px
# screen's map, about 880 px, has room for it. (480 px before: a phone's.)
LEGEND_OPEN_FROM_PX = 720
READER_MS = 3000  # a move ending this long after the reader's input on the map is theirs

_MAP_STYLE = """
<style>
.leaflet-container { background: #dbe7ef; font: 13px/1.4 sans-serif; color: #222; }
.placeline-legend { color: #222; }
.leaflet-tooltip { font-weight: 600; }
.placeline-legend { background: rgba(255,255,255,.88); padding: 3px 7px; border-radius: 4px;
  box-shadow: 0 1px 4px rgba(0,0,0,.3); font-size: 12px; line-height: 1.3; max-width: 330px; }
.placeline-legend summary { font-weight: 600; cursor: pointer; }
.placeline-legend .bins { display: flex; flex-wrap: wrap; align-items: center;
  gap: 2px 8px; margin-top: 2px; }
.placeline-legend .bin { display: inline-flex; align-items: center; white-space: nowrap; }
.placeline-legend .dot { display: inline-block; border-radius: 50%; margin-right: 3px;
  border: 1px solid #7f2704; box-sizing: border-box; }
.placeline-legend .grouped { display: none; align-items: center; gap: 5px; margin-top: 3px; }
.placeline-clustered .placeline-legend .grouped { display: flex; }
.placeline-cluster { border-radius: 50%; background: rgba(255,255,255,.75);
  box-shadow: 0 0 0 1px #7f2704; }
.placeline-cluster div { box-sizing: border-box; width: calc(100% - 6px);
  height: calc(100% - 6px); margin: 3px; border-radius: 50%; border: 1px solid #7f2704;
  display: flex; align-items: center; justify-content: center;
  font: 600 12px/1 sans-serif; }
.placeline-legend .grouped .placeline-cluster { position: relative; flex: none;
  width: 26px; height: 26px; }
.placeline-fit a { display: flex; align-items: center; justify-content: center; }
path.leaflet-interactive:focus { outline: none; }
path.leaflet-interactive:focus-visible { stroke: #111; stroke-width: 4px; }
.placeline-skip { position: absolute; left: 8px; top: 8px; z-index: 1100; padding: 6px 10px;
  background: #fff; color: #08306b; font: 600 13px/1.3 sans-serif; border-radius: 4px;
  box-shadow: 0 1px 4px rgba(0,0,0,.4); transform: translateY(-200%); }
.placeline-skip:focus { transform: none; }
</style>
"""


class CountryOutlines(MacroElement):
    """Country shapes fetched from the app's own static folder, under every other layer (a
    world west and east too where the map's places cross the 180th meridian)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (map) {
            if (!map.getPane("basemap")) {
                map.createPane("basemap");
                map.getPane("basemap").style.zIndex = 250;
            }
            // Online tiles (`BaseTiles`, in the layer) leave the outlines unfilled.
            var base = map._placelineBase = map._placelineBase || {outlines: [], tiles: null};
            function fill() { return base.tiles ? 0 : {{ this.fill_opacity }}; }
            base.fill = function () {
                base.outlines.forEach(function (o) { o.setStyle({fillOpacity: fill()}); });
            };
            fetch({{ this.url|tojson }})
                .then(function (response) { return response.json(); })
                .then(function (data) {
                    {{ this.shifts|tojson }}.forEach(function (shift) {
                        base.outlines.push(L.geoJSON(data, {
                            pane: "basemap", interactive: false,
                            coordsToLatLng: function (c) {
                                return L.latLng(c[1], c[0] + shift);
                            },
                            style: {color: "#8a9aa6", weight: 0.7, fillColor: "#f4f1ea",
                                    fillOpacity: fill()}
                        }).addTo(map));
                    });
                })
                .catch(function (error) { console.warn("basemap not loaded", error); });
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, url: str = vendor_url("", BASEMAP), filled: bool = True,
                 across: bool = False) -> None:
        """`across`: the map's places cross the 180th meridian (`antimeridian_cut`), so the
        outlines are drawn a world west and east too, under the places drawn there."""
        super().__init__()
        self._name = "CountryOutlines"
        self.url = url
        self.fill_opacity = 1 if filled else 0
        self.shifts = [-360, 0, 360] if across else [0]


class PlaceLayer(MacroElement):
    """One circle per place (size and colour by articles), optionally grouped in clusters.

    A small window's GeoJSON is written into the script; a large one is fetched from a
    cached static file (`layer_files`): streamlit-folium passes the script through its own
    regular expressions and sends it at every run (2.3 MB inline costs ≈ 100 ms per slider
    move; ≈ 300 ms while branca also compiled it, see `render`), a URL costs nothing, and
    the browser parses JSON faster than a script literal.

    The view is the reader's: a new layer (a slider move) never moves the map, except in
    a map just created, which opens on the window's places, and when `selected` names a
    place the map did not show as selected before: a place chosen in the list (or a shared
    link) is brought into view. A click on a circle selects what the reader is already
    looking at, so it leaves the view alone. The state lives on the Leaflet map
    (`map._placeline`, made by `ViewControl`), which outlives the layers.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function () {
            var bins = {{ this.bins|tojson }};
            function bin(articles) {
                var chosen = bins[0];
                bins.forEach(function (b) { if (articles >= b[0]) { chosen = b; } });
                return chosen;
            }
            // A cluster: how many places, in the colour of its busiest place. For the
            // keyboard and screen readers it is a button named for what it holds ("Group
            // of 157 places, the busiest Paris — 12 articles: press Enter to zoom in"),
            // and Enter or Space opens it as a click does: Leaflet made it a Tab stop named
            // by its figure alone that no key opened (an audit).
            function clusterIcon(cluster) {
                var children = cluster.getAllChildMarkers(), busiest = children[0];
                children.forEach(function (m) {
                    if (m.feature.properties.articles > busiest.feature.properties.articles) {
                        busiest = m;
                    }
                });
                var count = cluster.getChildCount();
                var look = bin(busiest.feature.properties.articles);
                var size = count < 10 ? 30 : count < 100 ? 36 : 42;
                var disc = document.createElement("div");
                disc.style.background = look[1];
                disc.style.color = look[2];
                disc.textContent = count;
                // Places at one point cannot be zoomed apart: the click fans them out.
                var at = children[0].getLatLng();
                var apart = children.some(function (m) { return !m.getLatLng().equals(at); });
                var icon = new ClusterIcon({html: disc, iconSize: L.point(size, size),
                                            className: "marker-cluster placeline-cluster"});
                icon.cluster = cluster;
                icon.places = count;
                icon.articles = busiest.feature.properties.articles;
                icon.label = "Group of " + count + " places, the busiest "
                    + busiest.feature.properties.label + ": press Enter to "
                    + (apart ? "zoom in" : "show them");
                return icon;
            }
            var ClusterIcon = L.DivIcon.extend({
                createIcon: function (old) {  // (a new element each time it is shown)
                    var element = L.DivIcon.prototype.createIcon.call(this, old);
                    var cluster = this.cluster;
                    element.setAttribute("aria-label", this.label);
                    element.setAttribute("data-places", String(this.places));  // (TabOrder)
                    element.setAttribute("data-articles", String(this.articles));
                    L.DomEvent.on(element, "keydown", function (event) {
                        if (event.key !== "Enter" && event.key !== " ") { return; }
                        L.DomEvent.preventDefault(event);  // (Space would scroll the page)
                        var map = group._map;
                        cluster.fire("click", {latlng: cluster.getLatLng(),
                                               originalEvent: event}, true);
                        // The cluster's element is gone once it opens: the focus goes to
                        // the map, from which Tab reaches the places it held.
                        if (map) { map.getContainer().focus({preventScroll: true}); }
                    });
                    return element;
                }
            });
            // Clusters are made in chunks, one per frame once the group is on the map (a
            // chunk ends after 200 ms of work): the layer settles when the last is made, as
            // only then does each place know its cluster, by which a chosen place is shown.
            var loaded = {{ "false" if this.cluster else "true" }};
            function clustered(done, total) {
                if (done === total) {
                    loaded = true;
                    settle();
                }
            }
            var group = {{ "L.markerClusterGroup({showCoverageOnHover: false, "
                           "maxClusterRadius: 40, chunkedLoading: true, "
                           "chunkProgress: clustered, iconCreateFunction: clusterIcon})"
                           if this.cluster else "L.featureGroup()" }};
            var selected = {{ this.selected|tojson }}, chosen = null, bounds = null, places = 0;
            // The window's places as the page framed them (`source`), the cut of the 180th
            // meridian they are drawn in here (null: the page's, `framed`), and the one
            // that draws this window narrowest (`fit_cut`; null on a map not drawn across
            // the meridian). ⤢ re-draws the window in the latter where it is narrower
            // (`reframe`), and the later layers follow the map's frame (`state.cut`).
            var source = null, drawnCut = null, fitCut = {{ this.fit_cut|tojson }};
            function inFrame(lon, cut) {
                if (cut === null) { return lon; }
                var raw = ((lon + 180) % 360 + 360) % 360 - 180;
                return raw < cut ? raw + 360 : raw;
            }
            function reframed(data, cut) {
                if (cut === null) { return data; }
                return {type: data.type, features: data.features.map(function (f) {
                    var at = f.geometry.coordinates;
                    return {type: f.type, properties: f.properties, geometry: {
                        type: "Point", coordinates: [inFrame(at[0], cut), at[1]]}};
                })};
            }
            function spread(cut) {
                var lons = source.features.map(function (f) {
                    return inFrame(f.geometry.coordinates[0], cut);
                });
                return lons.length ? Math.max.apply(null, lons) - Math.min.apply(null, lons)
                    : 0;
            }
            // Where ⤢ is pressed: a window the map's frame draws the long way round (a
            // session whose first window was of Fiji and Samoa, cut there, a later one of
            // Tokyo and Honolulu fitted across the Atlantic at zoom 1) is drawn anew in its
            // own frame, which the later layers keep (no circle jumps a world between two
            // steps of the slider after it).
            function reframe(state) {
                if (fitCut === null || !source || fitCut === drawnCut
                        || spread(fitCut) >= spread(drawnCut) - 1e-9) { return false; }
                state.cut = drawnCut = fitCut;
                paint();
                state.bounds = bounds;
                return true;
            }
            // A circle is a button for the keyboard and screen readers: named as its
            // tooltip ("Paris (US) — 2 articles"), Enter or Space selects it as a click
            // does, and the new layer drawn for the choice gives the focus back to it.
            // (Its SVG element is made anew each time the circle is added to the map.)
            function operable(feature, layer) {
                var element = layer.getElement(), map = group._map;
                var state = map && map._placeline, id = feature.properties.place_id;
                if (!element) { return; }
                element.setAttribute("tabindex", "0");
                element.setAttribute("role", "button");
                element.setAttribute("aria-label", feature.properties.label);
                element.setAttribute("data-places", "1");  // (TabOrder)
                element.setAttribute("data-articles", String(feature.properties.articles));
                element.setAttribute("aria-pressed", String(id === selected));
                L.DomEvent.on(element, "keydown", function (event) {
                    if (event.key !== "Enter" && event.key !== " ") { return; }
                    L.DomEvent.preventDefault(event);  // (Space would scroll the page)
                    if (id === selected && toPanel()) { return; }
                    if (state) { state.refocus = id; }
                    layer.fire("click", {latlng: layer.getLatLng(), originalEvent: event}, true);
                });
                if (state && state.refocus === id) {
                    state.refocus = null;
                    element.focus({preventScroll: true});
                }
            }
            // Enter on the chosen circle goes to its articles, the reading panel's head
            // (app_common.PANEL_ID, which the panel's live region names): they were 168
            // Tab presses on, past every other circle (audit 35, item 10). A click is as
            // it was.
            function toPanel() {
                try {
                    var head = window.parent.document.getElementById("placeline-panel");
                    if (!head) { return false; }
                    head.scrollIntoView({block: "center"});
                    head.focus({preventScroll: true});
                    return true;
                } catch (error) { return false; }  // (another origin: no panel to reach)
            }
            function draw(data) {
                source = data;
                paint();
            }
            function paint() {
                group.clearLayers();
                chosen = null;
                var circles = L.geoJSON(reframed(source, drawnCut), {
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
                        layer.on("click", function () {  // seen already: no need to move
                            var state = group._map && group._map._placeline;
                            if (state) { state.selected = feature.properties.place_id; }
                        });
                        layer.on("add", function () { operable(feature, layer); });
                        if (feature.properties.place_id === selected) { chosen = layer; }
                    }
                });
                bounds = circles.getBounds();
                places = circles.getLayers().length;
                {% if this.cluster %}loaded = false;  // (as a group added empty, before a fetch, was)
                group.addLayers(circles.getLayers());
                {% else %}circles.getLayers().forEach(function (c) { group.addLayer(c); });
                {% endif %}
                settle();
            }
            // Once the layer is both drawn and on the map (in either order), and clustered.
            function settle() {
                var map = group._map, state = map && map._placeline;
                if (!state || !bounds || !loaded) { return; }
                if (state.cut !== drawnCut) {  // (the map's frame, which ⤢ set: kept)
                    drawnCut = state.cut;
                    paint();
                    return;
                }
                state.bounds = bounds;
                state.reframe = function () { return reframe(state); };
                state.skip.textContent = "Skip the " + places + (places === 1 ? " place" :
                    " places") + " on the map (the Place box lists them)";
                // The legend explains clusters only while there are some.
                L.DomUtil.{{ "addClass" if this.cluster else "removeClass" }}(
                    map.getContainer(), "placeline-clustered");
                if (selected !== state.selected) {
                    state.selected = selected;
                    if (chosen && !state.held) {
                        state.show(chosen, group);
                        state.fitted = true;
                    }
                }
                state.held = false;  // (a link's view, kept by the first layer only)
                if (!state.fitted) {
                    state.fitted = true;
                    state.fit(false);
                }
                state.writeView();
            }
            group.on("add", settle);
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
                 cluster: bool = False, selected: str | None = None,
                 fit_cut: float | None = None) -> None:
        """`fit_cut`: the cut that draws this window's places narrowest (`fit_cut`), to
        which ⤢ re-draws them where the map's frame draws them wider."""
        super().__init__()
        self._name = "PlaceLayer"
        self.fit_cut = fit_cut
        self.data = data
        self.url = url
        self.cluster = cluster
        self.selected = selected
        self.bins = [(threshold, colour, _text_colour(colour))
                     for threshold, _, colour in ARTICLE_BINS]

    def render(self, **kwargs) -> None:
        """Its script goes into the figure as text, made only if the figure is rendered.
        branca's `MacroElement.render` makes it at once and compiles it as a Jinja template
        (`Element(script)`), which st_folium never renders (it takes the layer's script from
        `_generate_leaflet_string`): a 2.3 MB window drawn inline, where static/layers
        cannot be written, spent 210 of 350 ms a slider step in that compile and the script
        made twice, and a place named "{% …" or "{# …" (a correction's name, typed) failed
        the compile, the map page an error (a review)."""
        script = self._template.module.script
        self.get_root().script.add_child(_Script(lambda: script(self, kwargs)),
                                         name=self.get_name())


class _Script(Element):
    """A script made when its figure is rendered, as it is: no template."""

    def __init__(self, make) -> None:
        super().__init__()
        self._make = make

    def render(self, **kwargs) -> str:
        return self._make()


def _text_colour(background: str) -> str:
    """Dark figures on the light oranges, white on the dark ones (relative luminance)."""
    red, green, blue = (int(background[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return "#3b1502" if 0.2126 * red + 0.7152 * green + 0.0722 * blue > 0.45 else "#ffffff"


# Run in the page (`new window.parent.Function`), once: its history's writes keep the
# reader's view (`keeper.view`, `view=zoom/lat/lon`) in the map page's URLs while the map's
# frame (`keeper.frame`) is on the page. Other parameters are kept as written.
_KEEP_VIEW_JS = """
["pushState", "replaceState"].forEach(function (name) {
    var original = history[name];
    history[name] = function (state, title, url) {
        try {
            if (keeper.view && keeper.frame && keeper.frame.isConnected && url != null) {
                var target = new URL(String(url), location.href);
                if (target.pathname === keeper.path) {
                    var parts = target.search.replace(/^[?]/, "").split("&").filter(
                        function (part) { return part && part.indexOf("view=") !== 0; });
                    parts.push("view=" + keeper.view);
                    url = target.pathname + "?" + parts.join("&") + target.hash;
                }
            }
        } catch (error) { /* the URL as it was asked */ }
        return original.call(this, state, title, url);
    };
});
"""


class ViewControl(MacroElement):
    """The "show the window's places" button, and the view state the layers share.

    Part of the base map, so it survives slider moves; the layers tell it their bounds.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (map) {
            var options = {padding: [{{ this.padding }}, {{ this.padding }}],
                           maxZoom: {{ this.max_zoom }}};
            // A link's view (`view=zoom/lat/lon`) as its sender left it, kept by the
            // layers; else every place, until the first layer fits the window's: not
            // animated, as an animation scheduled now would end after, and undo, the
            // layer's fit.
            {% if this.view %}
            map.setView([{{ this.view[1] }}, {{ this.view[2] }}], {{ this.view[0] }},
                        {animate: false});
            {% elif this.bounds %}
            map.fitBounds({{ this.bounds|tojson }}, L.extend({animate: false}, options));
            {% endif %}
            // A zoom still animating (the reader's) would end where it was going, undoing
            // a view set meanwhile: wait for it.
            function whenStill(act) {
                if (map._animatingZoom) { map.once("zoomend", act); } else { act(); }
            }
            // Named for screen readers: the frame's title, "streamlit_folium.st_folium",
            // said nothing. An aria-label names it before its title does (the title stays:
            // scripts and tests find the frame by it). Then a link to skip the circles,
            // each a Tab stop, to the map's buttons.
            try {
                document.title = "Map of places";
                if (window.frameElement) {
                    window.frameElement.setAttribute("aria-label", "Map of places");
                }
            } catch (error) { /* another origin: the frame keeps its own name */ }
            map.getContainer().setAttribute("aria-label", "Map of places: the arrow keys "
                + "move it, + and - zoom");
            var skip = document.createElement("a");
            skip.href = "#";
            skip.className = "placeline-skip";
            skip.textContent = "Skip the places on the map";
            map.getContainer().parentNode.insertBefore(skip, map.getContainer());
            L.DomEvent.on(skip, "click", function (event) {
                L.DomEvent.preventDefault(event);
                var first = map.getContainer().querySelector(".leaflet-control a");
                if (first) { first.focus(); }
            });
            // The zoom from which markercluster draws a place alone: one above that of
            // its smallest cluster (its __parent). Places at one point are never apart:
            // their cluster is drawn without others from the zoom of its largest level
            // that holds them only, to be fanned out (as a click on it does).
            function drawnApart(layer, group) {
                var cluster = layer.__parent;
                if (!cluster || !group._topClusterLevel) { return {zoom: 0, fan: false}; }
                if (cluster._zoom < group._maxZoom) {
                    return {zoom: cluster._zoom + 1, fan: false};
                }
                while (cluster.__parent && cluster.__parent !== group._topClusterLevel
                       && cluster.__parent._childCount === cluster._childCount) {
                    cluster = cluster.__parent;
                }
                return {zoom: cluster._zoom, fan: true};
            }
            // The reader's view goes into the page's URL (`view=zoom/lat/lon`), beside the
            // other view settings, with no rerun: a shared link had opened on the window's
            // fit, not on the sender's close-up (audit 34, item 14). Only the reader's
            // moves (and ⤢), a move ending within READER_MS of the reader's press, wheel,
            // key or drag on the map: its own fits, a chosen place's centring and the moves
            // Leaflet makes when the frame is resized leave the URL as the link made it.
            // Written again when a layer settles, as the page writes its own settings over
            // the URL (a place chosen, a filter).
            var ours = 0, reader = null, touched = -Infinity;
            function touch() { touched = Date.now(); }
            ["pointerdown", "wheel", "keydown", "touchstart"].forEach(function (type) {
                map.getContainer().addEventListener(type, touch, true);
            });
            map.on("dragstart drag", touch);
            function quietly(act) {
                ours += 1;
                try { act(); } finally { setTimeout(function () { ours -= 1; }, 0); }
            }
            // Where the script sets a parameter (a place chosen, "Only these places"),
            // Streamlit writes the page's whole query string from the script's copy, and
            // once it has, a rerun sends that copy back, not the page's URL: a view the map
            // wrote since is not in it, and was missing from the URL until the next layer
            // settled (or for good, where none did). The page's history is wrapped once, by
            // a function made in the page (it outlives this frame), which puts the reader's
            // view into the map page's URLs while this frame is on the page.
            var keeper = null;
            try {
                var page = window.parent;
                if (page !== window) {
                    if (!page.__placelineView) {
                        page.__placelineView = {view: null, frame: null, path: null};
                        new page.Function("keeper", {{ this.keeper_js|tojson }})(
                            page.__placelineView);
                    }
                    keeper = page.__placelineView;
                    keeper.view = null;  // (a new map: no reader's view yet)
                    keeper.frame = window.frameElement;
                    keeper.path = page.location.pathname;
                }
            } catch (error) { keeper = null; }  // (another origin)
            function writeView() {
                if (keeper) { keeper.view = reader; }
                if (!reader) { return; }
                try {
                    var page = window.parent.location;
                    var rest = page.search.replace(/^[?]/, "").split("&").filter(
                        function (part) { return part && part.indexOf("view=") !== 0; });
                    rest.push("view=" + reader);
                    if (page.search !== "?" + rest.join("&")) {
                        window.parent.history.replaceState(window.parent.history.state, "",
                            page.pathname + "?" + rest.join("&") + page.hash);
                    }
                } catch (error) { /* another origin: the URL is the page's own */ }
            }
            map.on("moveend", function () {
                if (ours || Date.now() - touched > {{ this.reader_ms }}) { return; }
                // (Where places are drawn past the 180th meridian, its longitude as drawn:
                // wrapped, a link opened a world away from them.)
                var at = {{ "map.getCenter()" if this.across else "map.getCenter().wrap()" }};
                reader = [Math.round(map.getZoom() * 100) / 100, at.lat.toFixed(4),
                          at.lng.toFixed(4)].join("/");
                writeView();
            });
            map._placeline = {
                selected: null, bounds: null, refocus: null, skip: skip,
                cut: null, reframe: null,  // (the frame ⤢ chose: PlaceLayer's reframe)
                fitted: {{ "true" if this.view else "false" }},
                held: {{ "true" if this.view else "false" }},  // (a link's view: kept)
                writeView: writeView,
                fit: function (animate) {
                    if (animate && map._placeline.reframe) { map._placeline.reframe(); }
                    var b = map._placeline.bounds;
                    if (b && b.isValid()) {
                        whenStill(function () {
                            if (animate) {  // (⤢: the reader's)
                                map.fitBounds(b, L.extend({animate: true}, options));
                            } else {
                                quietly(function () {
                                    map.fitBounds(b, L.extend({animate: false}, options));
                                });
                            }
                        });
                    }
                },
                // Centre a place, close enough to tell it from its neighbours (never
                // zooming out if the reader is closer) and to draw it out of any cluster,
                // in one move; places at one point are fanned out. markercluster's
                // zoomToShowLayer, made for icons, fitted the place's cluster after the
                // centring: Kenya, one cluster with Isiolo at zoom 6, stood between
                // the two at zoom 7, neither drawn until the map moved (an audit).
                show: function (layer, group) {
                    whenStill(function () {
                        var at = layer.getLatLng(), zoom = map.getZoom();
                        var near = map.getBounds().contains(at)
                            ? Math.max(zoom, options.maxZoom) : options.maxZoom;
                        var apart = drawnApart(layer, group);
                        quietly(function () {
                            map.setView(at, Math.min(Math.max(near, apart.zoom),
                                                     map.getMaxZoom()), {animate: false});
                        });
                        if (apart.fan) {  // (once the clusters of this zoom are drawn)
                            if (group._inZoomAnimation) {
                                group.once("animationend", fan);
                            } else { fan(); }
                        }
                        function fan() {
                            var cluster = group.getVisibleParent(layer);
                            if (cluster && cluster.spiderfy) { cluster.spiderfy(); }
                        }
                    });
                }
            };
            var control = L.control({position: "topleft"});
            control.onAdd = function () {
                var bar = L.DomUtil.create("div", "leaflet-bar placeline-fit");
                var button = L.DomUtil.create("a", "", bar);
                button.href = "#";
                button.title = "Show every place in the window";
                button.setAttribute("role", "button");
                button.setAttribute("aria-label", button.title);
                var svg = "http://www.w3.org/2000/svg";
                var icon = document.createElementNS(svg, "svg");
                icon.setAttribute("width", "16");
                icon.setAttribute("height", "16");
                icon.setAttribute("viewBox", "0 0 16 16");
                var corners = document.createElementNS(svg, "path");
                corners.setAttribute("d", "M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4");
                corners.setAttribute("fill", "none");
                corners.setAttribute("stroke", "#333");
                corners.setAttribute("stroke-width", "2");
                icon.appendChild(corners);
                button.appendChild(icon);
                L.DomEvent.disableClickPropagation(bar);
                L.DomEvent.on(button, "click", function (event) {
                    L.DomEvent.preventDefault(event);
                    map._placeline.fit(true);
                });
                // A button answers Space too (a link, Enter only: Space had scrolled the
                // page).
                L.DomEvent.on(button, "keydown", function (event) {
                    if (event.key !== " ") { return; }
                    L.DomEvent.preventDefault(event);
                    L.DomEvent.stopPropagation(event);
                    map._placeline.fit(true);
                });
                return bar;
            };
            control.addTo(map);
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, bounds: list[list[float]] | None = None,
                 view: tuple[float, float, float] | None = None, across: bool = False) -> None:
        super().__init__()
        self._name = "ViewControl"
        self.bounds = bounds
        self.view = view
        self.across = across
        self.keeper_js = _KEEP_VIEW_JS
        self.reader_ms = READER_MS
        self.padding = FIT_PADDING
        self.max_zoom = FIT_MAX_ZOOM


class TabOrder(MacroElement):
    """Tab visits the map's groups and circles busiest first, and only those in view.

    Tab had followed the elements' order in the page: every lone circle (Leaflet draws them
    in the overlay pane) before any group (in the marker pane, after it), each in the order
    markercluster made them, so the groups of 665 and 159 places came after dozens of
    one-article circles; and a group cut off by the map's edge was a stop (audit 27). After
    each change of view or layer the marker pane is put before the overlay pane (the panes
    are stacked by z-index, so nothing is drawn differently), the groups are put in order
    of places, then of their busiest place's articles (markers are stacked by their own
    z-index), the circles in order of articles (the busiest, the biggest, drawn first,
    under the smaller ones, which stay clickable), and what lies outside the map's box is
    taken out of the Tab order.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (map) {
            var pending = null;
            function weight(element) {
                return [Number(element.getAttribute("data-places")) || 0,
                        Number(element.getAttribute("data-articles")) || 0];
            }
            function busiestFirst(a, b) {
                var x = weight(a), y = weight(b);
                return (y[0] - x[0]) || (y[1] - x[1]);
            }
            // Moved only where out of order; the focused element keeps the focus (a node
            // moved in the page loses it).
            function inOrder(parent, elements) {
                var sorted = elements.slice().sort(busiestFirst);
                if (sorted.every(function (e, i) { return e === elements[i]; })) { return; }
                var focused = document.activeElement;
                sorted.forEach(function (e) { parent.appendChild(e); });
                if (focused && sorted.indexOf(focused) >= 0) {
                    focused.focus({preventScroll: true});
                }
            }
            function stops(pane) {
                return Array.prototype.slice.call(pane.querySelectorAll("[data-places]"));
            }
            function order() {
                pending = null;
                var markers = map.getPane("markerPane"), overlay = map.getPane("overlayPane");
                if (markers.nextSibling !== overlay) {
                    overlay.parentNode.insertBefore(markers, overlay);
                }
                inOrder(markers, stops(markers));
                var circles = stops(overlay);
                if (circles.length) { inOrder(circles[0].parentNode, circles); }
                var box = map.getContainer().getBoundingClientRect();
                stops(markers).concat(circles).forEach(function (e) {
                    var r = e.getBoundingClientRect();
                    var x = r.left + r.width / 2, y = r.top + r.height / 2;
                    var inside = x >= box.left && x <= box.right && y >= box.top
                        && y <= box.bottom;
                    e.setAttribute("tabindex", inside ? "0" : "-1");
                });
            }
            function later() {
                if (pending === null) { pending = setTimeout(order, 0); }
            }
            // (markercluster adds each group and circle it draws to the map: layeradd)
            map.on("layeradd layerremove moveend zoomend resize", later);
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self) -> None:
        super().__init__()
        self._name = "TabOrder"


class FocusInPlace(MacroElement):
    """A press on the map gives it the keyboard (the arrow keys move it, + and - zoom)
    without scrolling the page to show it whole.

    Leaflet's keyboard handler focused the map's container on mousedown, which scrolled
    the page by up to 300 px where the map's lower part was below the window's edge (the
    bundled store's first screen in a 1366×768 window): the mouseup and the click landed
    on the background, and the first click on a circle or cluster chose nothing (audit
    21). Its handler is replaced by one that focuses with `preventScroll`; it must be
    disabled first, as it bound its own method when the map was made.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (map) {
            var keyboard = map.keyboard;
            if (!keyboard) { return; }
            var enabled = keyboard.enabled();
            keyboard.disable();
            keyboard._onMouseDown = function () {
                if (!this._focused) {
                    this._map.getContainer().focus({preventScroll: true});
                }
            };
            if (enabled) { keyboard.enable(); }
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self) -> None:
        super().__init__()
        self._name = "FocusInPlace"


class Legend(MacroElement):
    """What circle size and colour mean, and (while there are clusters) what a cluster is.

    Fixed content, so the base map stays constant. Compact, at the top right (where world
    maps of news have the fewest places: the Arctic), and folds to its title on a click;
    folded from the start on a map narrower than LEGEND_OPEN_FROM_PX (on a phone it covered
    the zoom buttons), and folded wherever open it would hide a circle or a group (its
    centre under the legend; folded, its title sits in the fit's padding), until the reader
    folds or opens it.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (map) {
            var legend = L.control({position: "topright"});
            legend.onAdd = function () {
                var box = L.DomUtil.create("details", "placeline-legend");
                // Open where there is room; folded on a narrow map, where it covered the
                // zoom buttons. The map's width may settle after it is made: follow it
                // until the reader folds or opens the legend.
                var readerSet = false;
                function fit() {
                    if (!readerSet) { box.open = map.getSize().x >= {{ this.open_from }}; }
                    later();
                }
                // Folded where it hides a circle or a group (its centre under the legend,
                // so that at least half of it is hidden): open on a map 500 px wide it
                // covered the top 110 px, and a fitted circle there (audit 34, item 12). A
                // fit padded by its height had pushed other places below a laptop's edge.
                // Until the reader folds or opens it, after each move and each layer.
                var pending = null;
                function covers() {
                    var r = box.getBoundingClientRect();
                    var drawn = map.getContainer().querySelectorAll(
                        "path.leaflet-interactive, .marker-cluster");
                    return Array.prototype.some.call(drawn, function (e) {
                        var b = e.getBoundingClientRect();
                        var x = b.left + b.width / 2, y = b.top + b.height / 2;
                        return b.width > 0 && x > r.left && x < r.right && y > r.top
                            && y < r.bottom;
                    });
                }
                function clear() {
                    pending = null;
                    if (!readerSet && box.open && covers()) { box.open = false; }
                }
                function later() {
                    if (pending === null) { pending = setTimeout(clear, 0); }
                }
                fit();
                map.on("resize", fit);
                map.on("moveend zoomend layeradd", later);
                var title = document.createElement("summary");
                title.textContent = "Articles per place";
                box.appendChild(title);
                var bins = document.createElement("div");
                bins.className = "bins";
                {{ this.bins|tojson }}.forEach(function (bin) {
                    var row = document.createElement("span");
                    row.className = "bin";
                    var dot = document.createElement("span");
                    dot.className = "dot";
                    dot.style.background = bin[1];
                    dot.style.width = dot.style.height = bin[2] + "px";
                    row.appendChild(dot);
                    row.appendChild(document.createTextNode(bin[0]));
                    bins.appendChild(row);
                });
                box.appendChild(bins);
                var grouped = document.createElement("div");
                grouped.className = "grouped";
                var icon = document.createElement("span");
                icon.className = "placeline-cluster";  // not .marker-cluster: no cluster
                var disc = document.createElement("div");
                disc.style.background = {{ this.sample[0]|tojson }};
                disc.style.color = {{ this.sample[1]|tojson }};
                disc.textContent = "12";
                icon.appendChild(disc);
                grouped.appendChild(icon);
                grouped.appendChild(document.createTextNode(
                    "12 nearby places, coloured as the busiest"));
                box.appendChild(grouped);
                L.DomEvent.on(title, "click", function () { readerSet = true; });
                L.DomEvent.disableClickPropagation(box);
                L.DomEvent.disableScrollPropagation(box);
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
        self.open_from = LEGEND_OPEN_FROM_PX
        colour = bins[min(1, len(bins) - 1)][1]
        self.sample = (colour, _text_colour(colour))


def base_map(bounds: list[list[float]] | None = None, tile_url: str | None = None,
             legend: list[tuple[str, str, float]] | None = None,
             view: tuple[float, float, float] | None = None, across: bool = False,
             base_path: str = "") -> folium.Map:
    """The map that stays the same while the window changes (no remount, zoom kept);
    `view` (zoom, lat, lon), a link's, opens it where its sender left it; `bounds` as
    `bounds_of` gives them, in the map's frame; `across`, whether that frame crosses the
    180th meridian (`antimeridian_cut` found a cut). Not read from the box: a lone place
    at 179.8 E is padded past 180 (`bounds_of`) with nothing drawn across (review 34).
    The dashboard passes no `tile_url`: its online tiles are part of each window's layer
    (`place_layer`, `BaseTiles`), so that switching the base map leaves this map's script,
    and the map, as they were. `base_path`: the server's `server.baseUrlPath`, which the
    map's scripts, styles and outlines are served under."""
    # (Not jumping back to the world around longitude 0 where the places are drawn past
    # the 180th meridian: a drag there had jumped the view a world away from them.)
    fmap = folium.Map(location=[30, 20], zoom_start=2, tiles=None, control_scale=True,
                      prefer_canvas=False, world_copy_jump=not across)
    # Without tiles folium drops min/max zoom; markercluster needs maxZoom to know when to stop.
    # Zoom 0 (the world 256 px wide) and quarter steps: at the least zoom of 1 the world was
    # 512 px, wider than the map on a 1280x720 laptop (476 px) or a phone, so "-" was greyed
    # out while places at the Pacific's edges were cut off (audit 27); quarter steps let a
    # fit fill the map where whole ones left it at half the world's width.
    fmap.options.update(minZoom=0, maxZoom=18, zoomSnap=0.25)
    fmap.default_js = [(name, vendor_url(base_path, path)) for name, path in DEFAULT_JS]
    fmap.default_css = [(name, vendor_url(base_path, path)) for name, path in DEFAULT_CSS]
    fmap.get_root().header.add_child(Element(_MAP_STYLE))
    if tile_url:  # outlines stay on top, unfilled: the map is still readable if tiles fail
        folium.TileLayer(tiles=tile_url, attr=TILE_ATTRIBUTION,
                         name="Online tiles").add_to(fmap)
    CountryOutlines(vendor_url(base_path, BASEMAP), filled=not tile_url,
                    across=across).add_to(fmap)
    ViewControl(bounds, view, across).add_to(fmap)  # then the first layer fits the window's places
    FocusInPlace().add_to(fmap)
    TabOrder().add_to(fmap)
    if legend:
        Legend(legend).add_to(fmap)
    return fmap


INLINE_FEATURES = 300  # up to this many places the layer is written into the script


class BaseTiles(MacroElement):
    """Online tiles under the outlines (unfilled while they are there), or none.

    Part of each window's layer, not of the base map: streamlit-folium keys its frame by
    the base map's script, so a tile layer there made a new map at each switch of *Base
    map*, which lost the reader's zoom and centre and drew everything again. The tiles are
    added to the map itself, not to the layer, so that a new window's layer keeps them
    (no reload); a layer naming other tiles, or none, replaces or removes them."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (group) {
            group.on("add", function () {
                var map = group._map, base = map && map._placelineBase;
                if (!base) { return; }
                var url = {{ this.url|tojson }};
                if (base.tiles && base.tiles._url === url) { return; }
                if (base.tiles) { map.removeLayer(base.tiles); }
                base.tiles = url ? L.tileLayer(url, {
                    maxZoom: 18, attribution: {{ this.attribution|tojson }}}).addTo(map) : null;
                base.fill();
            });
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, url: str | None) -> None:
        super().__init__()
        self._name = "BaseTiles"
        self.url = url
        self.attribution = TILE_ATTRIBUTION


TILE_ATTRIBUTION = "Map tiles © their provider (see settings)"


def place_layer(feature_collection: dict, cluster: bool = False,
                selected: str | None = None, tile_url: str | None = None,
                fit_cut: float | None = None, base_path: str = "") -> folium.FeatureGroup:
    """The layer for one window, passed to st_folium(feature_group_to_add=...); `selected`
    is the place chosen in the reading panel, brought into view when it changes;
    `tile_url`, the online tiles under it (`BaseTiles`); `fit_cut`, the frame ⤢ may draw
    it in (`fit_cut`); `base_path`, the server's `server.baseUrlPath`, under which a large
    layer's file is served."""
    group = folium.FeatureGroup(name="Places")
    BaseTiles(tile_url).add_to(group)
    url = None
    if len(feature_collection["features"]) > INLINE_FEATURES:
        url = layer_files.published(feature_collection, base_path)  # None: static/ read-only, full
    if url:
        PlaceLayer(url=url, cluster=cluster, selected=selected, fit_cut=fit_cut).add_to(group)
    else:
        PlaceLayer(feature_collection, cluster=cluster, selected=selected,
                   fit_cut=fit_cut).add_to(group)
    return group


def parse_view(text: str | None) -> tuple[float, float, float] | None:
    """A link's `view=zoom/lat/lon` (as the map writes it), None where it is not one: a
    zoom of 0-18, a latitude of ±85 and a longitude of -180 to 540 (past 180 where the
    map draws its places across the 180th meridian: `antimeridian_cut`)."""
    try:
        zoom, lat, lon = (float(part) for part in (text or "").split("/"))
    except ValueError:
        return None
    if 0 <= zoom <= 18 and -85 <= lat <= 85 and -180 <= lon <= 540:
        return zoom, lat, lon
    return None


def view_in_frame(view: tuple[float, float, float] | None, cut: float | None,
                  drawn: Sequence[float] = ()) -> tuple[float, float, float] | None:
    """A link's view (`parse_view`) in the frame the map draws its places in: without a
    `cut`, its longitude within ±180; with one (`antimeridian_cut`), the copy of it nearest
    the middle of the window's places as drawn (`drawn`, `framed`). The cut may be the
    window's (`app_common.map_cut`), so a link's sender may have drawn Samoa at 172 W
    where its reader draws it at 188 E: the view would have opened on the sea a world
    away from it."""
    if view is None:
        return None
    zoom, lat, lon = view
    if cut is None:  # (a view within ±180 as written: no rounding of its figures)
        return zoom, lat, lon - 360.0 * float(np.floor((lon + 180.0) / 360.0))
    middle = (min(drawn) + max(drawn)) / 2 if len(drawn) else cut + 180.0
    return zoom, lat, lon + 360.0 * round((middle - lon) / 360.0)


def bounds_of(lats, lons, cut: float | None = None) -> list[list[float]] | None:
    """[[south, west], [north, east]] of the points, padded so a lone point is not maxed;
    with a `cut` (`antimeridian_cut`), of the points as the map draws them (`framed`), so
    that the box crosses the 180th meridian (its east beyond 180)."""
    lats, lons = list(lats), framed(lons, cut)
    if not lats:
        return None
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    pad = 2.0 if (north - south) < 4 and (east - west) < 4 else 0.0
    return [[south - pad, west - pad], [north + pad, east + pad]]


HALF_WORLD = 180.0  # a box this wide or wider is a world map: it keeps the usual frame


def antimeridian_cut(lons) -> float | None:
    """The longitude west of which the map draws places one world east (+360), where the
    smallest box holding them crosses the 180th meridian; None where it does not.

    Places on both sides of it (Taveuni at 179.9 E and Samoa at 172 W, Chukotka and
    Alaska) had been fitted from one to the other the long way, across the whole world.
    The box across the meridian is 360 less the widest gap between places' longitudes; it is
    taken where it is narrower than the box between the westernmost and the easternmost
    and narrower than half the world: a box of the world's width is a world map either
    way, and keeps the frame readers know (the Americas west of Asia). One cut for the
    store's places, not each window's, so that a place never jumps a world between two
    steps of the slider; where the store has none, the window the map opens on may give
    one (`app_common.map_cut`)."""
    ordered = np.unique(np.asarray(lons, dtype=float))
    if len(ordered) < 2:
        return None
    gaps = np.diff(ordered)
    widest = int(np.argmax(gaps))
    across = 360.0 - float(gaps[widest])
    if across < float(ordered[-1] - ordered[0]) and across < HALF_WORLD:
        return float(ordered[widest + 1])
    return None


PLAIN_CUT = -180.0  # the cut that draws every place where it lies (-180 to 180)


def fit_cut(lons, cut: float | None) -> float | None:
    """The cut of the 180th meridian that draws a window's places (`lons`) narrowest: its
    own (`antimeridian_cut`), else the plain frame; None on a map with no cut (`cut`),
    whose outlines are drawn once (a window calling for a cut gives the map one:
    `app_common.map_cut`). The map keeps one frame while the slider moves, so a window
    after the first may lie across it: a session cut at Fiji by its first window drew
    Tokyo and Honolulu from 202 to 500 E, and ⤢ fitted them across the Atlantic at zoom
    1. ⤢ re-draws such a window in this frame (`PlaceLayer`)."""
    if cut is None:
        return None
    own = antimeridian_cut(lons)
    return PLAIN_CUT if own is None else own


def framed(lons, cut: float | None) -> list[float]:
    """Longitudes as the map draws them: those west of the `cut` one world east."""
    values = np.asarray(lons, dtype=float)
    if cut is not None:
        values = np.where(values < cut, values + 360.0, values)
    return values.tolist()
