"""Put the map's JavaScript, CSS and offline basemap under static/, served by Streamlit.

streamlit-folium loads whatever URLs the map names; folium names CDNs by default, so without
internet the map is blank. The files come from installed packages (xstatic-leaflet,
xstatic-jquery, xstatic-leaflet-markercluster) and placeline's own data (the public-domain
Natural Earth 1:110m country outlines, placeline/data/countries_110m.geojson: all 177 of its
countries; countryinfo's copy, used before, lacked 83 of its entries, Hungary, Serbia and
Myanmar among them, drawn as sea), copied at setup or first start.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from placeline.config import PACKAGE_DATA, static_dir, static_url

VENDOR = "vendor"
ASSETS_VERSION = "2"  # (2: Natural Earth's own outlines, every country)
OUTLINES = "countries_110m"


def vendor_dir() -> Path:
    return static_dir() / VENDOR


def vendor_url(base_path: str, path: str) -> str:
    """The URL of the vendored file `path` ("leaflet/leaflet.js") under the server's base
    path (`config.static_url`)."""
    return static_url(base_path, VENDOR, path)


def _copy_tree(source: Path, target: Path, names: list[str]) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for name in names:
        src = source / name
        if src.is_dir():
            shutil.copytree(src, target / name, dirs_exist_ok=True)
        else:
            shutil.copy2(src, target / name)


def ensure_static_assets(force: bool = False) -> Path:
    """Copy the vendored files once (a version stamp makes reruns free)."""
    target = vendor_dir()
    stamp = target / "VERSION"
    if not force and stamp.exists() and stamp.read_text() == ASSETS_VERSION:
        return target
    import xstatic.pkg.leaflet_markercluster as markercluster
    from xstatic.pkg import jquery, leaflet

    staging = target.with_name(target.name + ".tmp")
    shutil.rmtree(staging, ignore_errors=True)
    _copy_tree(Path(leaflet.BASE_DIR), staging / "leaflet", ["leaflet.js", "leaflet.css",
                                                            "images"])
    _copy_tree(Path(jquery.BASE_DIR), staging / "jquery", ["jquery.min.js"])
    _copy_tree(Path(markercluster.BASE_DIR), staging / "markercluster",
               ["leaflet.markercluster.js", "MarkerCluster.css", "MarkerCluster.Default.css"])
    (staging / "basemap").mkdir(parents=True)
    shutil.copy2(PACKAGE_DATA / f"{OUTLINES}.geojson", staging / "basemap" / "countries.geojson")
    shutil.copy2(PACKAGE_DATA / f"{OUTLINES}.LICENSE", staging / "basemap" / "LICENSE")
    (staging / "LICENSES.md").write_text(
        "Leaflet (BSD-2-Clause), jQuery (MIT), Leaflet.markercluster (MIT), copied from their "
        "XStatic packages. Country outlines: made with Natural Earth, 1:110m (public domain; "
        "basemap/LICENSE says whence and how modified).\n", encoding="utf-8")
    (staging / "VERSION").write_text(ASSETS_VERSION)
    if target.exists():
        shutil.rmtree(target)
    os.replace(staging, target)
    return target
