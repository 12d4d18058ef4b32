"""The country a news site's address says it serves: its country-code top-level domain.

A regional site writes for its own country ("stuff.co.nz", "abc.net.au", "bbc.co.uk"), and a
bare town name on it is that country's before a namesake abroad: "council workers in
Queenstown" on a New Zealand site is Otago's Queenstown, not Komani in the Eastern Cape,
though nothing else in the story says which. The resolver weighs it as much as one more
name of that country in the text (`resolve.SITE_COUNTRY_BONUS`), no more: a site's story
may be about anywhere.
"""

from __future__ import annotations

from urllib.parse import urlsplit

# Country codes sold to anyone and used mostly as words or brands ("io", "ai", "tv", "me"),
# which say nothing of a site's country.
_GENERIC_CODES = frozenset({
    "ac", "ad", "ai", "am", "as", "bz", "cc", "cd", "co", "cx", "dj", "fm", "ga", "gg", "gl",
    "gs", "im", "io", "is", "la", "lc", "ly", "md", "me", "ml", "ms", "mu", "nu", "pw", "sc",
    "sh", "so", "st", "tk", "to", "tv", "vc", "vg", "ws"})
# Country codes that are not the country's ISO 3166 code.
_ISO_OF_CODE = {"uk": "GB", "su": "RU"}


def site_country(url: object) -> str:
    """The ISO code of the country whose top-level domain the address ends in ("NZ" for
    https://www.stuff.co.nz/…), or "" for a generic domain (.com, .org, .io), no address,
    or one that does not parse."""
    if not isinstance(url, str) or "." not in url:
        return ""
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:
        return ""
    code = host.rstrip(".").rsplit(".", 1)[-1].lower()
    if len(code) != 2 or not code.isalpha() or code in _GENERIC_CODES:
        return ""
    return _ISO_OF_CODE.get(code, code.upper())
