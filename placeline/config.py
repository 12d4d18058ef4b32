"""Where placeline keeps its files, and the few settings users may change.

Everything is resolved from environment variables once, here, so the CLI, the dashboard and
the tests agree on paths without passing them through every call.
"""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = Path(__file__).resolve().parent
PACKAGE_DATA = PACKAGE_DIR / "data"


def data_dir() -> Path:
    """Folder holding the store, the bundled articles and derived caches."""
    return Path(os.environ.get("PLACELINE_DATA_DIR", PROJECT_ROOT / "data"))


def is_server_url(target: str | Path) -> bool:
    """A database server's URL (PostgreSQL) rather than a SQLite file's path."""
    return str(target).startswith(("postgresql://", "postgres://"))


def database_target() -> str | Path:
    """The store: `PLACELINE_DB` may name another SQLite file (tests use a temporary one) or
    a `postgresql://` URL; by default, data/placeline.db."""
    value = os.environ.get("PLACELINE_DB", "")
    if is_server_url(value):
        return value
    return Path(value) if value else default_database()


def default_database() -> Path:
    """The store used when none is named: the only one the bundled demo articles go into."""
    return data_dir() / "placeline.db"


def is_default_database(target: str | Path) -> bool:
    """Whether `target` names the default store, however it is spelt."""
    return not is_server_url(target) and \
        Path(target).absolute() == default_database().absolute()


def store_command(command: str, target: str | Path) -> str:
    """`python -m placeline COMMAND` for the store `target`: with `--db` unless it is the
    default store. A damaged store's message named `rebuild` without its --db, and the user
    who ran it as printed rebuilt the healthy default store instead (audit 33)."""
    import shlex

    line = f"python -m placeline {command}"
    return line if is_default_database(target) else f"{line} --db {shlex.quote(str(target))}"


def bundled_articles_dir() -> Path:
    return data_dir() / "articles"


def cache_dir() -> Path:
    """Derived, rebuildable files such as the gazetteer index."""
    return Path(os.environ.get("PLACELINE_CACHE_DIR", data_dir() / "cache"))


def static_dir() -> Path:
    """Streamlit serves this folder at /app/static (see .streamlit/config.toml)."""
    return PROJECT_ROOT / "static"


def static_url(base_path: str, *parts: str) -> str:
    """The URL path at which Streamlit serves static/`parts`, under the server's
    `server.baseUrlPath` (`base_path`, "" by default; a proxy's prefix such as
    "team/placeline"). Streamlit serves static files under that prefix too, and the map's
    frame fetches these URLs from the host's root: a bare "/app/static/..." had been a
    404 behind a prefix, and the map a blank space (audit 38, item 1)."""
    prefix = "/".join(part for part in base_path.split("/") if part)
    return "/" + "/".join(part for part in (prefix, "app/static", *parts) if part)


_ON = {"1", "true", "yes", "on"}
_OFF = {"0", "false", "no", "off"}


def online_geocoder_enabled() -> bool:
    """The online geocoder is opt-in: the offline gazetteer must stand on its own."""
    return os.environ.get("PLACELINE_ONLINE_GEOCODER", "").lower() in _ON


# Where the dashboard listens unless told otherwise (.streamlit/config.toml says the same, and
# `python -m placeline dashboard` passes it): this machine only.
DASHBOARD_ADDRESS = "localhost"


def is_loopback(address: str | None) -> bool:
    """True when a server bound to `address` answers this machine only. Unset, "0.0.0.0" and
    "::" mean every interface; a Unix socket may stand behind any proxy."""
    text = (address or "").strip().strip("[]").lower()
    if text == "localhost":
        return True
    try:
        return ipaddress.ip_address(text).is_loopback
    except ValueError:
        return False


def folder_ingest_allowed(server_address: str | None, proxied: bool = False) -> bool:
    """Whether the Ingest page may read a folder on the server. It reads any file the server
    can, for anyone who can reach the page, so only where the page is on this machine alone
    and no proxy on it passes others' requests on (`proxied`: the request carries a
    proxy's forwarding header — a review found the loopback test alone let every visitor of
    a proxied dashboard read the server's files), unless `PLACELINE_FOLDER_INGEST` says
    otherwise (1 allows it anywhere, 0 nowhere)."""
    setting = os.environ.get("PLACELINE_FOLDER_INGEST", "").strip().lower()
    if setting in _ON:
        return True
    if setting in _OFF:
        return False
    return is_loopback(server_address) and not proxied


# Headers a reverse proxy adds to the requests it passes on.
PROXY_HEADERS = ("X-Forwarded-For", "Forwarded", "X-Real-Ip", "X-Forwarded-Host")


def tile_url() -> str | None:
    """An online tile layer for users with internet; empty means offline outlines only."""
    return os.environ.get("PLACELINE_TILE_URL") or None
