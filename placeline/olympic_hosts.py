"""The cities that hosted or will host the Olympic Games, by the names news gives them, with
their countries: "the Albertville and Nagano Olympics", "the Athens Games" name the host,
whatever the story's own country (an audit: a Norwegian coach's obituary had put Albertville
in Alabama; "the Athens Olympics" in a Georgia story is Greece's). Facts from Wikipedia's
"List of Olympic Games host cities" (Summer, Winter and Youth Games to 2032)."""

from __future__ import annotations

import re

from placeline.models import Place

_HOSTS = {
    "GR": ("Athens",), "FR": ("Paris", "Chamonix", "Grenoble", "Albertville"),
    "US": ("St. Louis", "St Louis", "Los Angeles", "Atlanta", "Lake Placid", "Squaw Valley",
           "Salt Lake City"),
    "GB": ("London",), "SE": ("Stockholm",), "BE": ("Antwerp",), "NL": ("Amsterdam",),
    "DE": ("Berlin", "Munich", "Garmisch-Partenkirchen", "Garmisch"), "FI": ("Helsinki",),
    "AU": ("Melbourne", "Sydney", "Brisbane"), "IT": ("Rome", "Cortina", "Cortina d'Ampezzo",
                                                       "Turin", "Torino", "Milan"),
    "JP": ("Tokyo", "Sapporo", "Nagano"), "MX": ("Mexico City",), "CA": ("Montreal",
                                                                        "Calgary", "Vancouver"),
    "RU": ("Moscow", "Sochi"), "KR": ("Seoul", "Pyeongchang", "PyeongChang"),
    "ES": ("Barcelona",), "CN": ("Beijing", "Nanjing"), "BR": ("Rio de Janeiro", "Rio"),
    "CH": ("St. Moritz", "St Moritz", "Lausanne"), "NO": ("Oslo", "Lillehammer"),
    "AT": ("Innsbruck",), "BA": ("Sarajevo",), "SG": ("Singapore",),
    "AR": ("Buenos Aires",), "SN": ("Dakar",)}
# What follows a host's name when it names the Games: "Olympics", "Winter Games", also after
# a list of hosts ("the Albertville and Nagano Olympics", "the Sydney, Athens and Beijing
# Games"); not "the Commonwealth Games", whose hosts are others, nor Highland games. A list's
# item is one to three words split only at spaces: split anywhere, an all-caps headline's
# list of cities backtracked for seconds (review 28: 38 s for seven cities).
_ITEM_WORD = r"(?!(?:Commonwealth|Highland)\b)[A-Z][\w'’.-]*"
GAMES_AFTER = re.compile(
    rf"(?:(?:,| and| or) {_ITEM_WORD}(?: {_ITEM_WORD}){{0,2}})*['’]?s?(?: (?:19|20)\d\d)?"
    r" (?:(?:Summer|Winter|Youth) )?"
    r"(?:Olympics|Olympic Games|Paralympics|Paralympic Games|Games)\b")
# The hosts' names as a text may write them, with their countries: asked of every reading of
# every name, a dict of the written forms spares normalising each (review 28).
_AS_WRITTEN: dict[str, str] = {form: country for country, names in _HOSTS.items()
                               for name in names for form in (name, name.upper())}


def hosted_the_games(text: str, surface: str, end: int, place: Place) -> bool:
    """Whether the name `surface`, ending at `end` and read as `place`, names the Games that
    city hosted ("the Albertville and Nagano Olympics"): then it is that host, and no stray
    reading of a country the story never names."""
    return host_country(surface) == place.country and place.kind == "city" and \
        games_after(text, end)


def host_country(surface: str) -> str | None:
    """The country of the host written `surface`, if one is: `hosted_the_games` in two
    steps, for a caller that asks it of each of a name's readings (the name once)."""
    return _AS_WRITTEN.get(surface)


def games_after(text: str, end: int) -> bool:
    """Whether the Games follow a name ending at `end` (see `GAMES_AFTER`)."""
    return GAMES_AFTER.match(text, end) is not None
