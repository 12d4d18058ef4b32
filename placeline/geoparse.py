"""Text → resolved mentions: recognition, resolution, the geocoder for unknown names, and the
user's corrections, in that order. The one entry point the pipeline, CLI and eval share."""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from placeline.frequency import zipf_in
from placeline.gazetteer import Candidate, Gazetteer, get_gazetteer
from placeline.gazetteer_build import ANCIENT_PREFIX
from placeline.guesses import (
    SURE_NEIGHBOUR,
    TOWN_GUESS_CONFIDENCE,
    Placed,
    districts_of_their_city,
    guess,
    held_by_the_region_after,
    named_as_a_quarter,
    neighbourhoods_of_the_city,
    quarters_by_their_word,
    quarters_of_their_city,
)
from placeline.language import text_language
from placeline.models import Mention, Place
from placeline.name_context import (
    ALTERNATE_NAME_ZIPF,
    ANCHOR,
    BIG_CITY,
    COMMON_WORD_ZIPF,
    LIST_GAP,
    PLACE_TYPE_WORDS,
    SAME_TEXT,
    STREET,
    STREET_NAME,
    TITLES,
    listed_beside,
)
from placeline.name_tokens import Span, surprise
from placeline.name_tokens import word_zipf as zipf  # ("Re'im": a name's apostrophe, no word's)
from placeline.names import fold, name_key
from placeline.olympic_hosts import hosted_the_games
from placeline.recognize import Recognizer
from placeline.resolve import (
    CONTAINMENT_GAP,
    GREAT_CITY,
    NEIGHBOURS_KM,
    SMALL_TOWN,
    Resolution,
    Resolver,
    a_bare_dateline,
    contains,
    haversine_km,
    kind_said,
    lend_bare_readings,
    lend_county_readings,
    lesser_region_holds,
    name_similarity,
    named_with_city,
)
from placeline.text import sentence_at, written_at
from placeline.variants import (
    ENGLISH_SPELLING,
    VARIANT_CONFIDENCE,
    home_country,
    reading_in,
    spelt_otherwise,
)
from placeline.whole_names import about_sport

# A name much more frequent in English than its biggest namesake is populous ("Nato", a
# Philippine village) needs support from the rest of the article to count as a place.
SURPRISE_LIMIT = 1.5
# A region's short name this frequent as a word is the build's ordinary word
# (`gazetteer_build._says_nothing`): "Delta", "Portland" (see `_keep_supported`).
ORDINARY_SHORT_NAME_ZIPF = 4.0
LOW_CONFIDENCE = 0.5
STREET_CONFIDENCE = 0.3  # below LOW_CONFIDENCE: flagged, since the town is a guess


# "The Gulf" of a story naming a place this near another gulf's point, and none within
# PERSIAN_GULF_KM of the Persian Gulf's, is that gulf (see `Geoparser._the_storys_gulf`): New
# Orleans lies 545 km from the Gulf of Mexico's point, Houston 700, Tampa 800; Normanton 160 km
# from the Gulf of Carpentaria's, Cairns 600. Countries do not count (their points are inland).
_OTHER_GULFS = {"Gulf of Mexico": 1_000.0, "Gulf of Carpentaria": 800.0}
PERSIAN_GULF_KM = 1_500.0
_THE_GULF = frozenset({"Gulf", "The Gulf"})


@dataclass(frozen=True)
class Correction:
    """A user's "this name means that place", everywhere or only in one article."""

    surface: str
    place: Place
    context_hint: str = ""  # "" everywhere, else an article's content hash

    @property
    def key(self) -> str:
        return name_key(self.surface)


# A nationality word given as a place ("Georgian") stands for its country; it says less
# about where than a name does, so it is trusted less.
DEMONYM_CONFIDENCE = 0.6


# A building, square or station named after something ("Victoria Station", "Lancaster
# House", "Freedom Square"): the name before it is not the town of that name.
_BUILDING_AFTER = re.compile(r" (?:Station|station|Square|House)\b(?! of\b)")
_BUILDING_WORDS = ("Station", "Square", "House")


def _a_building_named_for_it(r: Resolution, text: str) -> bool:
    """Whether a reading is a town's or region's whose name the text gives a building,
    square or station: "Union Station" (a South Carolina town's old name in GeoNames),
    "Lancaster House", "Freedom Square" (not Lancaster or Freedom, California). Where the
    text supports the town (confidence 0.5 or more) it is named for its town, and at it: a
    town's own station ("Crewe station", "Leeds station"), a district's square in its city
    ("Merrion Square" in Dublin), a state's House ("the Texas House"); a doubtful reading is
    another place's namesake ("Waterloo station": Waterloo, Ontario, 0.16). A whole the
    gazetteer knows ("Trafalgar Square", "White House") is no town's name."""
    if r.candidate is None:
        return False
    if r.span.surface.endswith(_BUILDING_WORDS):
        return not r.candidate.place.name.endswith(r.span.surface.rsplit(" ", 1)[-1])
    return r.confidence < LOW_CONFIDENCE and _BUILDING_AFTER.match(text, r.span.end) is not None


def _a_word_glued_from_its_name(r: Resolution, text: str) -> bool:
    """"Rockfalls closed the road": a sentence's first word, where a capital tells nothing,
    read as a town only by a spelling that glues the town's words together (GeoNames'
    "Rockfalls" for Rock Falls, Illinois) is the English word it also is; mid-sentence
    ("in Rockfalls") it stays the town, and so does a town called so ("Sandpoint")."""
    c, surface = r.candidate, r.span.surface
    if c is None or c.name_type != 1 or " " in surface or " " not in c.place.name or \
            c.place.name.replace(" ", "").lower() != surface.lower() or \
            zipf(surface.lower()) <= 0:
        return False
    k = r.span.start
    while k > 0 and text[k - 1].isspace():  # (read back, not a copy of the text before)
        k -= 1
    return k == 0 or text[k - 1] in ".!?\"“”:"


def _named_as_a_place(surface: str) -> bool:
    """"Henderson County", "Grand River": a name ending in a word of its kind is no ordinary
    phrase, however frequent "County" is (and US counties' sizes are rough)."""
    words = surface.split()
    return len(words) > 1 and words[-1].lower() in PLACE_TYPE_WORDS


# Cues that call the name a place outright ("the village of X", "of X" after a name and age,
# a dateline): a small town so named stays, wherever it is. Not "X, Region": a reading in
# another country than the region is no reading of "X, Region" ("Agency, Beijing" is no town
# in Missouri), and one in the region's country is supported by it anyway.
_PLACE_CALLED = frozenset({"feature-of", "news-convention", "place-pattern"})


# A people's adjective before a firm, a body or people: the text says the country.
# (of one word or two: "Sri Lankan company"; its capital first, "\b" asked after it, as `re`
# skips ahead to a class, never to "\b": the same matches over the whole text, 3 times as fast)
_AN_ADJECTIVE_OF_A_COUNTRY = re.compile(
    r"([A-Z](?<!\w[A-Z])(?:[a-z]+ [A-Z])?[a-z]{3,}) (?:company|firm|group|maker|giant|multinational|"
    r"conglomerate|bank|carrier|retailer|manufacturer|producer|brand|government|"
    r"authorities|officials?|police|army|embassy|ministry|citizens?|nationals?)\b")


# In a story about sport, a town abroad that nothing calls a place is most often a club named
# like it ("AMSTERDAM — Ajax sacked their head coach …" is no Ajax, Ontario, of 120,000
# people — an audit): there a stray reading may be a town up to this size.
SPORT_STRAY_TOWN = 250_000


def _a_stray_reading(candidate: Candidate, span: Span, countries: dict[str, set[str]],
                     text: str = "", named_apart: bool = False) -> bool:
    """A small town (under 20,000 people), or a town read by another of its names, in a
    country no other name of the article is in, while two or more names agree on another
    (a name the text calls a place keeps a reading by its own name where it has no other,
    and is guessed as a name no gazetteer has when the reading is by another name or is one
    namesake of several: "the town of Bluff, on the San Juan River in southeastern Utah" had
    been New Zealand's Bluff, of the two the index has, and the Utah town is too small for
    it; geo64):
    "Cal Fire" in a Californian story is not Çal in Turkey, "Red Cross" in a Kenyan one no
    Texan town, "Somme" in a French one not Sémé in Senegal (once called so), "McDonald's" in
    a New Zealand one no town in Pennsylvania. In both eval corpora none of the 101 such
    readings was right, and 85 named no place at all (the first right one is at 22,000
    people: Bundibugyo, Uganda). A town of any size the text names apart from itself, far
    from the story, is stray too (`named_apart`, see `_named_apart`)."""
    place = candidate.place
    small = SPORT_STRAY_TOWN if SMALL_TOWN <= place.population < SPORT_STRAY_TOWN and \
        not span.cues and text and about_sport(text) else SMALL_TOWN  # (`text`: its story,
    # asked whether it is about sport only where the answer matters)
    return place.kind == "city" and (place.population < small or (
        candidate.name_type == 1 and not _its_name_and_city(span.surface, place)) or
        named_apart) \
        and not (span.cues & _PLACE_CALLED and candidate.name_type != 1 and
                 not named_apart and len(span.candidates) <= 1) and \
        _names_agree_elsewhere(countries, place.country)  # ("the hamlet of Tolar Grande"
    # calls the longer name a place, not Tolar, Texas)


# A compass word after a town's name makes another place's name, which the gazetteer lacks:
# "Orlando West" is a township of Soweto, named after the city, not the city.
_A_COMPASS_WORD_AFTER = re.compile(
    r" (?:North|South|East|West|Central|North-?East|North-?West|South-?East|South-?West)\b"
    r"(?![-'’]\w| [A-Z])")


# A capitalised word joined to the name by a space or a hyphen, before or after it: the two
# are one longer name the gazetteer lacks ("Paso Canoas", "Porto Jofre", "Tolar Grande",
# "Patrick-Henry-Village").
_A_NAME_WORD_AFTER = re.compile(
    r"[ -](?!(?:North|South|East|West|Central)\b(?! [A-Z]))[A-Z][a-z]"  # (a compass word
    # ending the name: see `_A_COMPASS_WORD_AFTER`; "Orlando West High School" is a longer
    # name)
    r"| of the [A-Z][a-z]")  # ("the Forks of the Thames" of a London, Ontario story is no
# Forks, Washington: a feature's name, as "the Valley of the Kings")
# Before: not a sentence's first word nor a title (`TITLES`), which open no longer name; not
# `recognize._LONGER_BEFORE`, which keeps any capitalised word from a short name's reading.
# An Arabic article between the two words makes one name too ("Fez el-Bali", "Beit
# al-Bali": round 72's Bali, Indonesia; "Deir el-Balah" the gazetteer holds whole).
_ARABIC_ARTICLE = r" (?:[AaEe](?:l|d|r|s|sh|t|z|n)|[Uu]l)-"  # (not "AT-", "AN-" of capitals)
_A_NAME_WORD_BEFORE = re.compile(
    rf"(?:^|[^.!?:\n] )([A-Z][a-z][\w'’]*)(?:[ -]|{_ARABIC_ARTICLE})$")
_AN_ARABIC_NAME_BEFORE = re.compile(rf"[A-Z][a-z][\w'’]*{_ARABIC_ARTICLE}$")
_AN_ARABIC_ARTICLE_ONLY = re.compile(_ARABIC_ARTICLE)


def _inside_a_longer_name(text: str, span: Span) -> bool:
    """Whether the name is part of a longer capitalised name: the town by that part is
    then a namesake at best ("near Porto Jofre" of a Pantanal story is no Porto)."""
    if _A_NAME_WORD_AFTER.match(text, span.end):
        return True
    before = _A_NAME_WORD_BEFORE.search(text, max(0, span.start - 30), span.start)
    return before is not None and before.group(1).lower() not in TITLES


def _names_only_in_longer_names(text: str, resolutions: Sequence[Resolution]) -> set[str]:
    """The names the text writes only inside longer capitalised names: "SOS Children's
    Village Malakal" and "in Malakal" show the town; "Paso Canoas", alone, does not."""
    inside: set[str] = set()
    alone: set[str] = set()
    for r in resolutions:
        (inside if _inside_a_longer_name(text, r.span) else alone).add(name_key(r.span.surface))
    return inside - alone


# A town named apart lies at least this far from every other place of the story.
APART_KM = 1_000
# The rest of a longer name after a name ("York Park", "Victoria Coach Station"), and what
# places the longer name in a place of the story after it ("York Park in Launceston").
_A_LONGER_NAME_S_REST = re.compile(r"(?:[ -][A-Z][\w'’]*)+")
_PLACED_IN = re.compile(r",? in ")
_A_VENUE_S_READINGS = frozenset({"city", "admin1", "admin2"})


def _a_venue_of_a_place_far_off(r: Resolution, k: int, resolutions: Sequence[Resolution],
                                text: str) -> bool:
    """Whether the name (written only inside longer names) begins one the text places in
    a town ("the final at York Park in Launceston") or gives a town as owner ("London's
    Victoria Coach Station") whose reading lies APART_KM or more from the name's: the longer
    name is that town's venue, feature or quarter, named after the name's place, not at it
    (York, Western Australia lies 3,000 km from Launceston; Victoria, Australia is no
    station of London). Unlike `_named_apart`, the story's other places may lie near the
    name's reading: the Perth and Bunbury of a cricket story do not make York Park
    Western Australian. Where the owner lies near ("Boston Common in Boston", "the Texas
    Stadium in Irving" beside its state's point) the name stays its place."""
    if r.candidate.kind not in _A_VENUE_S_READINGS:
        return False
    rest = _A_LONGER_NAME_S_REST.match(text, r.span.end)
    if rest is None:
        return False
    owners = []
    if k + 1 < len(resolutions) and \
            _PLACED_IN.fullmatch(text, rest.end(), resolutions[k + 1].span.start):
        owners.append(resolutions[k + 1])
    if k > 0 and _POSSESSIVE_BEFORE.fullmatch(text, resolutions[k - 1].span.end, r.span.start):
        owners.append(resolutions[k - 1])
    place = r.candidate.place
    return any(o.candidate is not None and o.confidence >= LOW_CONFIDENCE and
               o.candidate.kind in ("city", "admin2") and
               haversine_km(place.lat, place.lon, o.candidate.place.lat,
                            o.candidate.place.lon) >= APART_KM for o in owners)


# A town's feature named after a person who is also a town ("Lafayette Park", "Franklin
# Square"): a park's or a square's last word.
_A_LOCAL_FEATURE_S_REST = re.compile(
    r"(?:[ -][A-Z][\w'’]*)*? (?:Park|Square|Plaza|Gardens|Green|Common|Circle)\b")


def _a_feature_of_the_dateline_s_city(r: Resolution, resolutions: Sequence[Resolution],
                                      text: str) -> bool:
    """Whether the name (written only inside longer names) begins a park's or a square's
    name ("Lafayette Park") in a story whose bare dateline is another city, read surely,
    NEIGHBOURS_KM or more from the name's town: the park is the dateline city's, named after
    a person, not the town of the person's name ("WASHINGTON — … protesters gathered in
    Lafayette Park" had been Lafayette, California, beside the story's San Clemente)."""
    place = r.candidate.place
    if place.kind != "city" or r.candidate.capital or place.population >= GREAT_CITY or \
            not resolutions or not _A_LOCAL_FEATURE_S_REST.match(text, r.span.end):
        return False
    first = resolutions[0]
    return first is not r and first.candidate is not None and \
        first.candidate.kind == "city" and first.confidence >= LOW_CONFIDENCE and \
        a_bare_dateline(text, first.span) and haversine_km(
            place.lat, place.lon, first.candidate.place.lat,
            first.candidate.place.lon) >= NEIGHBOURS_KM


def _named_apart(r: Resolution, only_in_longer: set[str], text: str,
                 resolutions: Sequence[Resolution], least: int = 1) -> bool:
    """Whether the text names the town only as a part of another place's name, far from
    every other place it names: inside longer names ("to Paso Canoas on the border with
    Costa Rica" is no Canoas in Brazil) or before a compass word ("In Orlando West and
    Diepkloof" of a Soweto story: a township, not Florida's city 13,000 km off). Near the
    story such a name is the town's or its part's: "Belfast North" of a Dublin story is
    Belfast's constituency, "Lagos East" Lagos's district (review 34). `least`: how many
    sure other places there must be to be apart from."""
    place = r.candidate.place
    if name_key(r.span.surface) not in only_in_longer and not (
            _A_COMPASS_WORD_AFTER.match(text, r.span.end) and place.population < GREAT_CITY):
        return False  # (a great city's part is its district: "Cairo East", "Nairobi West")
    return _lies_apart(place, resolutions, least)


def _ends_an_arabic_name_apart(r: Resolution, only_in_longer: set[str], text: str,
                               resolutions: Sequence[Resolution]) -> bool:
    """Whether the name, written only inside longer names, here ends one after an Arabic
    article ("Fez el-Bali", the old city of Fez) and its reading lies APART_KM from two
    sure places of the story: the longer name is a quarter or a town the gazetteer lacks
    whole, however big the namesake (Bali, 4 million people, 12,000 km from Fez: round
    72). Near the story, the reading may be the place's own (`_named_apart`)."""
    return name_key(r.span.surface) in only_in_longer and \
        _AN_ARABIC_NAME_BEFORE.search(text, max(0, r.span.start - 30), r.span.start) is not None \
        and _lies_apart(r.candidate.place, resolutions, 2)


def _the_arabic_name_s_town(r: Resolution, k: int, resolutions: Sequence[Resolution],
                            text: str) -> Place | None:
    """The town or city the longer Arabic name's first word is read as, where that word is
    a name of its own just before the article ("Fez" of "Fez el-Bali"): the longer name is
    a part of it (review 36: guessed in the story, it had gone to Marrakesh)."""
    if k == 0:
        return None
    before = resolutions[k - 1]
    if before.candidate is None or before.candidate.kind != "city" or \
            not _AN_ARABIC_ARTICLE_ONLY.fullmatch(text, before.span.end, r.span.start):
        return None
    return before.candidate.place


def _lies_apart(place: Place, resolutions: Sequence[Resolution], least: int = 1) -> bool:
    """Whether the place lies APART_KM or more from every other sure place of the story,
    `least` of them at least (none sure: nothing to be apart from)."""
    others = list({o.candidate.place.id: o.candidate.place for o in resolutions
                   if o.candidate and o.confidence >= LOW_CONFIDENCE and
                   o.candidate.place.id != place.id}.values())
    return len(others) >= least and all(
        haversine_km(place.lat, place.lon, o.lat, o.lon) >= APART_KM for o in others)


def _an_alias_apart(r: Resolution, resolutions: Sequence[Resolution]) -> bool:
    """A small town (under SMALL_TOWN) read by another of its names, APART_KM or more from
    two sure places of the story and from every other: a transliteration shared by chance
    ("Chu Lai" of a Vietnamese typhoon story is no Qulai, Jiangxi, by its Wade-Giles name,
    1,400 km off), though the story names the town's country elsewhere ("Hainan Island in
    China"), so that no stray rule asks it. Guessed in the story, like a name the
    gazetteer lacks."""
    place = r.candidate.place
    return r.candidate.name_type == 1 and place.kind == "city" and \
        place.population < SMALL_TOWN and \
        not _its_name_and_city(r.span.surface, place) and _lies_apart(place, resolutions, 2)


def _its_name_and_city(surface: str, place: Place) -> bool:
    """"New York" for New York City: the name a city is written by without "City" (held-out
    probes: "parades in London and New York" of a story of India had been dropped as a
    stray reading by another name)."""
    return name_key(place.name) == named_with_city(surface)


# A living thing's noun after a possessive, with up to two words between ("Grevy's zebra",
# "Steller's sea eagle", "Cuvier's beaked whales"): the kinds of creature and plant English
# names after the naturalist who described them.
_SPECIES_AFTER = re.compile(
    r"['’]s (?:[a-z]+ ){0,2}(?:zebras?|gazelles?|antelopes?|duikers?|dik-diks?|horses?|deer"
    r"|foxes|fox|monkeys?|lemurs?|bats?|shrews?|mice|mouse|rats?|squirrels?|whales?"
    r"|dolphins?|porpoises?|seals?|eagles?|hawks?|owls?|finch(?:es)?|warblers?|petrels?"
    r"|swans?|gulls?|terns?|pheasants?|parrots?|turacos?|sunbirds?|hummingbirds?"
    r"|frogs?|toads?|lizards?|geckos?|chameleons?|skinks?|vipers?|snakes?|turtles?"
    r"|tortoises?|sharks?|orchids?|beetles?|butterfly|butterflies|moths?|spiders?)\b")
# A reading this big, or of these kinds, owns its creatures ("Kenya's zebras", "Borneo's
# orangutans", "London's foxes") wherever the story is: a place's possessive, not an
# eponym's. (Not "region": an island is one, sized by its extent.)
OWNS_ITS_CREATURES = 500_000
_OWNING_KINDS = frozenset({"country", "continent", "admin1", "admin2"})


def _an_eponym_s_species(text: str, r: Resolution) -> bool:
    """A possessive before a living thing's noun, read as a small place in a country no other
    name of the story is in (the caller asks that), names a species after the person who
    described it: "Grevy's zebra" of a Kenyan story had been Isla Grevy, a Chilean islet at
    1.0 ("Thomson's gazelle", "Steller's sea eagle"). The story's own island or town keeps
    its creatures ("Floreana's tortoises" of a Galápagos story), and so does a country, a
    state or a big place."""
    place = r.candidate.place
    return place.kind not in _OWNING_KINDS and place.population < OWNS_ITS_CREATURES and \
        _SPECIES_AFTER.match(text, r.span.end) is not None


def _a_stray_site(candidate: Candidate, countries: dict[str, set[str]]) -> bool:
    """An ancient site (gazetteer v64) in a country no other name of the article is in,
    while two or more names agree on another: a brand, a club or a person named like an
    obscure site ("a Reuters/Ipsos poll", "Google's Stadia", "a match against
    Persepolis"), or a namesake elsewhere ("Belvoir Castle in Leicestershire" is no
    crusader fortress in Israel). A review found these."""
    return candidate.place.id.startswith(ANCIENT_PREFIX) and \
        _names_agree_elsewhere(countries, candidate.place.country)


def _names_agree_elsewhere(countries: dict[str, set[str]], country: str) -> bool:
    """Two or more of the article's names lie in one country other than `country`."""
    return max((len(names) for other, names in countries.items() if other != country),
               default=0) >= 2


# A reading this near a place of the story in another country lies across a border from it.
ACROSS_A_BORDER_KM = 400

# A river or lake this small (by its size prior from Natural Earth's scale rank, see the
# gazetteer builder) is a local feature, named in local news of its own country.
MINOR_FEATURE = 100_000
A_WORLD_AWAY_KM = 3_000  # (`_stray_abroad`: the Scottish Highlands from Papua New Guinea)
GENERIC_REGION_NAMES = frozenset({"highlands", "lowlands", "midlands", "uplands"})


def _stray_abroad(candidate: Candidate, names: set[str], countries: dict[str, set[str]],
                  story: Sequence[Resolution] = ()) -> bool:
    """A reading in a country no other name of the article is in, while two or more names
    agree on another, that the gazetteer has only as a namesake of the story's place, which
    it lacks. The name says it is a place, so it is guessed like an unknown one, flagged:
    - a minor river or lake ("the Litani River" of a Lebanese story is not the Litani of
      French Guiana, 9,700 km off), or a small island or land region ("St Martin's Island"
      of a Bangladeshi story is not St Martin's of the Isles of Scilly);
    - a first-level region by a short name ("the Cordillera" of a Philippine story is not
      Paraguay's Cordillera Department), or a broad region by a generic one a world away
      ("the Highlands" of a story from Papua New Guinea is not the Scottish Highlands:
      audit 31).
    Not a reading across a border from a place of the story (`story`, its readings): "gales
    over Tierra del Fuego" of a story from Punta Arenas, Chile, is Argentina's province
    250 km off, no namesake (it had been guessed at the story's dateline in England).
    (`names`: the names the article gives the place, "the Litani River" and "the Litani".)"""
    place = candidate.place
    minor = place.kind in ("water", "region") and place.population < MINOR_FEATURE
    if not minor and not (place.kind in ("admin1", "region") and candidate.name_type == 1):
        return False
    if not minor and place.kind == "region" and (not names & GENERIC_REGION_NAMES or any(
            haversine_km(r.candidate.place.lat, r.candidate.place.lon, place.lat,
                         place.lon) < A_WORLD_AWAY_KM for r in story
            if r.candidate.place.id != place.id)):
        return False  # (a broad region by a short name is stray only where that name is a
        # kind of land every country has, and a world away from every place of the story:
        # "the Urals", "Gaza" and "the Gobi" are what they say wherever the story is)
    return not countries.get(place.country, set()) - names and \
        _names_agree_elsewhere(countries, place.country) and \
        not any(r.candidate.place.country != place.country and
                r.confidence >= LOW_CONFIDENCE and
                haversine_km(r.candidate.place.lat, r.candidate.place.lon, place.lat,
                             place.lon) < ACROSS_A_BORDER_KM for r in story)


# A feature's word after a town's name: the text names the feature ("the Nepean River", "the
# Miraflores Locks"), which the gazetteer lacks, since one it has is matched whole. Capitalised,
# as part of the name ("a Budapest river cruise" is Budapest's); not a body's name ("the Mano
# River Union").
# A park's or a square's word says the same where the town lies far from the story ("Lafayette
# Park" of a Washington story is the square by the White House, no Lafayette in California or
# Louisiana: audit 37).
_FEATURE_AFTER = re.compile(r" (?:River|Creek|Palace|Locks|Dome|Falls|Head|Glacier|Valley|Pass|Hills"
                            r"|Peninsula|Bay|Point|Island|Mountains?|Park|Square)\b(?! [A-Z])")
# A landmark's noun in lower case after a person's name says the same ("the Kennedy bridge",
# "the Rodríguez market"): news names a bridge, a dam, a stadium or a market for a person
# too, and the gazetteer mostly lacks it ("Kennedy bridge" of a Niamey story is no Kennedy,
# Bogotá); one it has was matched whole ("the Kakhovka dam"). But "X market", "X dam" is far
# more often the market or dam *of* town X ("the Frankfurt market" of a London story, "the
# Farakka barrage" of a Dhaka one, "the Mopti market, in central Mali"), so only a name that
# is a given name too (`_a_person_s_landmark`), in a country the text never names, and no
# capital nor great city ("the Tokyo market" of a London story is Tokyo's bourse).
_LANDMARK_NOUN_AFTER = re.compile(r" (?:bridge|dam|barrage|stadium|market)\b")
# A lower-case area's words after a town's name: the area is named after a town near it ("the
# Tilbury industrial area" of a Delta, BC story is Delta's, no Tilbury in Ontario).
_AREA_AFTER = re.compile(r" (?:industrial|business|commercial|retail|technology|port)"
                         r" (?:area|estate|park|zone|district)\b")
# A water's word in lower case says so too ("along the Ghaghra river", "floods in the Ghaghra
# basin"), where the gazetteer has the river by another spelling (Ghaghara) or not at all:
# a town of the name far from the story's places is no reading of it (`_far_from_the_story`).
_WATER_WORD_AFTER = re.compile(r" (?:river|basin|delta|estuary|valley|lake|creek)\b")


def _a_person_s_landmark(r: Resolution, text: str, given_names: frozenset[str],
                         named_countries: set[str]) -> bool:
    """A landmark's lower-case noun after a town read whose name is a person's too, a town
    that is no capital nor great city, in a country the text does not name ("the Gao market
    in Mali" is Gao's; "the Kennedy bridge" of a Niamey story is no Kennedy, Bogotá)."""
    surface = r.span.surface
    return _LANDMARK_NOUN_AFTER.match(text, r.span.end) is not None and \
        not r.candidate.capital and r.candidate.place.population < GREAT_CITY and \
        (surface in given_names or fold(surface).capitalize() in given_names) and \
        r.candidate.place.country not in named_countries


# An apposition that gives a name its kind, a feature's, where its noun phrase ends ("the
# road to Puncak, the pass to Bogor Regency"; not "Kinshasa, the river port").
_A_FEATURE_S_APPOSITION = re.compile(
    r", the (pass|river|lake|mountain|peak|volcano|island|bay|valley|strait|canal)"
    r"(?=[,.;:]| (?:to|from|of|that|which|where|between|on|in|at|near|above|below|into)\b)")
_WATERS = frozenset({"river", "lake", "bay", "strait", "canal"})


def _an_apposition_s_feature(r: Resolution, text: str) -> Candidate | None | bool:
    """What an apposition giving the name a feature's kind (`_A_FEATURE_S_APPOSITION`) makes
    of a town reading: the name's reading of that kind, if it has one, else None (guessed
    like a name the gazetteer lacks: "the road to Puncak, the pass to Bogor Regency" of a
    Cianjur story is the mountain pass, not the hamlet Puncak 80 km south); False where no
    such apposition follows, or the reading is no town."""
    said = _A_FEATURE_S_APPOSITION.match(text, r.span.end)
    if said is None or r.candidate.kind != "city":
        return False
    kinds = ("water",) if said.group(1) in _WATERS else ("landmark", "region")
    return next((c for c in r.span.candidates if c.kind in kinds), None)


def _waters_read_as_towns_far_off(resolutions: Sequence[Resolution], text: str) -> set[str]:
    """The names (keys) a lower-case water's word follows (`_WATER_WORD_AFTER`: "along the
    Ghaghra river", "the Ghaghra basin") read as a town far from every other place of the
    story (`_far_from_the_story`): the gazetteer has the river by another spelling or not at
    all, and the town of the name is no reading of it. Guessed in the story, not by the
    town's own name again (`FEATURE_NAMED`)."""
    return {name_key(r.span.surface) for r in resolutions
            if r.candidate.kind == "city" and _WATER_WORD_AFTER.match(text, r.span.end)
            and _far_from_the_story(r, resolutions)}


def _features_read_as_towns_abroad(resolutions: Sequence[Resolution], text: str,
                                   countries: dict[str, set[str]],
                                   given_names: frozenset[str]) -> set[str]:
    """The names (keys) of rivers, palaces, locks, domes, falls and landmarks named for a
    person the text writes with their word ("X River", "the Kennedy bridge":
    `_a_person_s_landmark`) that were read as a town X far from every other place of the story
    (`_far_from_the_story`) or in a country no other name of the article is in, while two or
    more names agree on another: "the Nepean River and the Hawkesbury River"
    of a Sydney flood story are no towns in Ontario, 15,900 km off, "the Miraflores Locks"
    of a Panama story no Miraflores in Peru. Every mention of the name goes with it ("sit on
    the Nepean"), guessed like a name no gazetteer has. A town at home keeps its feature
    ("the Versailles Palace", "the Tokyo Dome")."""
    towns: dict[str, set[str]] = {}  # country: the names so read there
    far: set[str] = set()
    named = {r.candidate.place.country for r in resolutions if r.candidate.kind == "country"}
    for r in resolutions:
        if r.candidate.kind == "city" and (
                _FEATURE_AFTER.match(text, r.span.end) or
                _AREA_AFTER.match(text, r.span.end) or
                _a_person_s_landmark(r, text, given_names, named)):
            towns.setdefault(r.candidate.place.country, set()).add(name_key(r.span.surface))
            if _far_from_the_story(r, resolutions):
                far.add(name_key(r.span.surface))
    return far | {key for country, keys in towns.items()  # (two such rivers back no country)
                  if not countries.get(country, set()) - keys and
                  _names_agree_elsewhere(countries, country) for key in keys}


def _far_from_the_story(r: Resolution, resolutions: Sequence[Resolution]) -> bool:
    """The reading lies FAR_OFF_KM or more from every other place the story names surely,
    two or more of them: "the Gallatin Valley" of a Bozeman story is no Gallatin, Tennessee,
    2,300 km off, though both are in the United States."""
    others = [o.candidate.place for o in resolutions
              if o.candidate.kind != "country" and o.confidence >= SURE_NEIGHBOUR and
              name_key(o.span.surface) != name_key(r.span.surface)]
    place = r.candidate.place
    return len(others) >= 2 and all(
        haversine_km(place.lat, place.lon, o.lat, o.lon) >= FAR_OFF_KM for o in others)


def _listed_abroad(r: Resolution, around: Sequence[Resolution],
                   countries: dict[str, set[str]], text: str) -> bool:
    """A small town in a country no other name of the article is in, listed next to a sure
    place of the country two or more names agree on ("the nearby towns of Halabja and Koya"
    in an Iraqi story is no Kōya in Japan): a namesake of a town the gazetteer lacks, so it is
    guessed beside its neighbour, flagged. Not an ordinary word ("Xinhua News Agency,
    Beijing") nor the end of a hyphenated name ("Albergaria-a-Velha")."""
    place = r.candidate.place
    if place.kind != "city" or place.population >= SMALL_TOWN or \
            text[r.span.start - 1:r.span.start] == "-" or \
            zipf(r.span.surface.lower()) >= ALTERNATE_NAME_ZIPF or \
            countries.get(place.country, set()) - {name_key(r.span.surface)} or \
            not _names_agree_elsewhere(countries, place.country):
        return False
    return any(n is not r and n.candidate and n.confidence >= SURE_NEIGHBOUR and
               n.candidate.place.country not in ("", place.country) and
               listed_beside(text, (n.span.start, n.span.end), (r.span.start, r.span.end))
               for n in around)


# A local story: every other town or district it names lies within LOCAL_KM of one another.
# A town listed beside one of them but FAR_OFF_KM from all is a namesake of a neighbourhood
# the gazetteer lacks ("homes in Englewood, Austin and Little Village" of a Chicago story is
# no Austin, Texas, 1,500 km off; "Police from Waverley and Randwick" of a Sydney one no
# Waverley, Tasmania — an audit).
LOCAL_KM = 50.0
FAR_OFF_KM = 300.0


def _listed_far_off(r: Resolution, k: int, resolutions: Sequence[Resolution], text: str,
                    towns: Sequence[Place]) -> bool:
    """`r` (at k) reads a town FAR_OFF_KM from every other place of a local story (`towns`:
    the story's distinct towns, districts and sites), listed beside one of them that is a
    district of a bigger place the story names: guessed like a name no gazetteer has, beside
    its neighbour, flagged. Not a town with a reading near them (resolution chose it), nor
    one listed beside the story's city itself ("Sydney and Melbourne" of a Sydney story), nor
    in a story of places far apart ("flights from Chicago, Austin and Denver"), nor a town
    abroad by its own name, of SMALL_TOWN or more: "from Venice or Kotor" of a Montenegrin
    story is Venice, Italy, 520 km off, no quarter's namesake ("the Cambridge, Pleasant City
    and Lore City departments" of an Ohio story still reads no Michigan village by another
    of its names)."""
    place = r.candidate.place
    if place.kind != "city":
        return False
    around = [n for n in resolutions[max(0, k - 1):k + 2] if n is not r and n.candidate and
              n.confidence >= SURE_NEIGHBOUR and n.candidate.kind == "city" and
              listed_beside(text, (n.span.start, n.span.end), (r.span.start, r.span.end))]
    if not around:
        return False
    anchor = around[0].candidate.place
    others = [o for o in towns if o.id != place.id]
    if place.country != anchor.country and r.candidate.name_type != 1 and \
            place.population >= SMALL_TOWN:
        return False  # (a town abroad by its own name is itself, no quarter's namesake)
    return any(o.population > anchor.population for o in others) and \
        all(haversine_km(anchor.lat, anchor.lon, o.lat, o.lon) < LOCAL_KM for o in others) \
        and all(haversine_km(c.place.lat, c.place.lon, anchor.lat, anchor.lon) > FAR_OFF_KM
                for c in r.span.candidates)


def _towns(resolutions: Sequence[Resolution]) -> list[Place]:
    """The distinct towns, districts and sites the resolutions read (once per text: a long
    one names the same few thousands of times)."""
    return list({r.candidate.place.id: r.candidate.place for r in resolutions if r.candidate
                 and r.candidate.kind in ("city", "admin2", "landmark")}.values())


def _a_stray_us_town(candidate: Candidate, span: Span,
                     regions: dict[tuple[str, str], set[str]]) -> bool:
    """A small US town (under 20,000 people) in a state no other name of the article is in,
    while two or more names agree on another state, and nothing calls the name a place: US
    news writes a town's state when it is out of state ("Kansas City, Mo."), so this is
    mostly a word or a person ("Henry", "Parkway", "Corn Belt", "Penn State" as Penngrove,
    California). In both eval corpora, of the 95 such readings 66 named no place, 21 a place
    the corpora give no point, 7 were wrong and 1 right (160 km off): dropping them costs no
    end-to-end score (LGL precision .887 -> .909).
    The same bound as `_a_stray_reading`, not tuned again (2k-50k gave the same F1)."""
    place = candidate.place
    if place.kind != "city" or place.population >= SMALL_TOWN or place.country != "US" or \
            span.cues & _PLACE_CALLED:
        return False
    me = name_key(span.surface)
    if regions.get((place.country, place.admin1), set()) - {me}:
        return False
    return max((len(names - {me}) for (country, admin1), names in regions.items()
                if country == place.country and admin1 != place.admin1), default=0) >= 2


def _beside_a_town_of_the_story(r: Resolution, resolutions: Sequence[Resolution]) -> bool:
    """A town read within NEIGHBOURS_KM of another name's town of the story lies across a
    state line from it, no stray: "the Santa Teresa port of entry west of El Paso" of a
    Texas story is New Mexico's Santa Teresa, 18 km from El Paso, which
    `_a_stray_us_town` had dropped as a town of a state the story never names (geo64)."""
    place = r.candidate.place
    return any(o.span.surface != r.span.surface and o.candidate.kind == "city" and
               haversine_km(place.lat, place.lon, o.candidate.place.lat,
                            o.candidate.place.lon) < NEIGHBOURS_KM
               for o in resolutions if o.candidate is not None)


def _outside_its_country(r: Resolution, before: Sequence[Resolution],
                         after: Sequence[Resolution], text: str) -> bool:
    """A town read outside the country or state the text writes right after it ("X in
    Nepal", "X, Nepal", "the village of X in Potosí department") or owning it before it
    ("Fiji's Lau group"), while none of its readings lies there: the gazetteer lacks the
    town (audit 33: Rio Grande, Brazil, and Lāu, India, had stood for them). Not in a list
    ("the Zaire, Bundibugyo, Côte d'Ivoire and Sudan strains")."""
    in_a_dateline = bool(after) and _a_dateline_s_state(after[0], text)
    if r.candidate.kind != "city" and not (in_a_dateline and r.candidate.kind == "region"):
        return False  # (a dateline's town the gazetteer lacks may be read as a region
        # elsewhere: "HIGH ISLAND, Texas —" had been Alaska's High Island)
    if before and before[0].candidate.kind == "country" and \
            _POSSESSIVE_BEFORE.fullmatch(text, before[0].span.end, r.span.start):
        kind = _WORD_AFTER.match(text, r.span.end)  # ("Fiji's Lau group"; not "Chile's
        return kind is not None and kind.group(1) in _HELD_KINDS and \
            _none_inside(r, before[0].candidate.place)  # Luksic family", a person's)
    if not after or not (_a_holder_said(after[0], text) or (
            in_a_dateline and r.candidate.kind == "region")) or \
            not CONTAINMENT_GAP.match(text[r.span.end:after[0].span.start]) or (
                before and LIST_GAP.fullmatch(text, before[0].span.end, r.span.start)) or \
            _big_city_beside(r, after[0], text) or _a_big_city_listed(r, after[0], text):
        return False
    return _none_inside(r, after[0].candidate.place)


_POSSESSIVE_BEFORE = re.compile(r"['’]s ")
_WORD_AFTER = re.compile(r" ([a-z]+)")
_HELD_KINDS = PLACE_TYPE_WORDS | {"group", "town", "village", "atoll", "coast", "port"}
# A first-level region holds a town where the text says its kind after it ("in Potosí
# department", "in southern Idlib province"); a bare one ("Kalkarindji, Northern Territory",
# "Pontianak in West Kalimantan") is left to the gazetteer's codes, which disagree between
# its sources for some (held out lost six such towns when every state was taken at its word).
_REGION_KIND_AFTER = re.compile(
    r" (?:department|province|region|state|governorate|oblast|prefecture|county)\b")
# A reading this near the region's point lies in it whatever the codes say.
_HELD_NEAR_KM = 150.0


def _a_holder_said(r: Resolution, text: str) -> bool:
    """A country, or a first-level region the text names with its kind (`_REGION_KIND_AFTER`)."""
    place = r.candidate.place
    return bool(place.country) and (place.kind == "country" or (
        place.kind == "admin1" and _REGION_KIND_AFTER.match(text, r.span.end) is not None))


def _may_lie_in(holder: Place, place: Place) -> bool:
    """A place of the holder's country whose first-level region is unrecorded (curated
    rows: "Mackinac Island" has no state code) may lie in the holder's region."""
    return holder.kind == "admin1" and place.country == holder.country and not place.admin1


def _a_dateline_s_state(r: Resolution, text: str) -> bool:
    """A first-level region closing a dateline ("HIGH ISLAND, Texas —", "MINCA, Magdalena
    (AP) —"): the agency names the town's own state there, so it holds the town, with no
    kind word after it (`_a_holder_said`)."""
    return r.candidate.kind == "admin1" and text.startswith(", ", r.span.start - 2) and \
        _DATELINE_CLOSE.match(text, r.span.end) is not None


_DATELINE_CLOSE = re.compile(r"(?:,? [A-Z][a-z]{2,4}\.? \d{1,2})?\s*(?:\([\w. ]{2,20}\)\s*)?"
                             r"(?:—|–|--|-\s)")


def _none_inside(r: Resolution, holder: Place) -> bool:
    """None of the span's readings lies in the holder, by its codes or near its point."""
    if holder.kind == "country":
        return all(c.place.country != holder.country for c in r.span.candidates)
    return not any(contains(holder, c.place) or _may_lie_in(holder, c.place) or haversine_km(
        holder.lat, holder.lon, c.place.lat, c.place.lon) < _HELD_NEAR_KM
        for c in r.span.candidates)


def _big_city_beside(r: Resolution, country: Resolution, text: str) -> bool:
    """"Tianjin, Mongolia's nearest outlet to the sea": a comma, then a country's possessive,
    is an apposition saying what a big city is to that country, not where it lies (a village
    the gazetteer lacks still gives way: "Thame, Nepal's …" is no Thame, Oxfordshire)."""
    return r.candidate.place.population >= BIG_CITY and \
        text[r.span.end:country.span.start].strip() == "," and \
        text.startswith(("'s", "’s"), country.span.end)


def _a_big_city_listed(r: Resolution, country: Resolution, text: str) -> bool:
    """"from London, Hong Kong and the Dallas area": a big city, then a country the list goes
    on after, is a list's item, not a town the gazetteer lacks in that country (London had
    been left to the geocoder, unplaced)."""
    return r.candidate.place.population >= BIG_CITY and \
        bool(LIST_GAP.match(text, country.span.end))


# A feature's reading that stands in for a stray town's (see `_feature_reading`): flagged, as
# context chose the town.
FEATURE_CONFIDENCE = 0.4
FEATURE_NAMED = "feature-named"  # a cue: a name the text makes a feature's, not its town's


def _frequency(name: str, language: str | None) -> float:
    """How frequent a name (in lower case) is as a word: in English, and in the language of
    a text that is not English (`language.text_language`), where its own words are
    ordinary. A German story's "Auch" ("also"), "Ufer" ("bank") and "Montag" ("Monday") had
    been the town in Gers, a village in Austria and Montague, Massachusetts, none of them
    a word in English (audit 22, item 19); "Passau" (German Zipf 3.88), a city of 50,000,
    is no more surprising than before in English, nor is "Berlin" (5.68, 3.4 million)."""
    english = zipf(name)
    return max(english, zipf_in(name, language)) if language else english


# Compass words: a region named by them alone is a part of any country ("the North West").
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                      "southwest"})


def _a_compass_region(r: Resolution) -> bool:
    """A region named by compass words alone ("North West", "South-East"): news of any
    country calls its own parts so, so only a story in the region's country means it."""
    words = re.split(r"[\s\-‐–]+", r.span.surface.lower())
    return r.candidate.place.kind in {"admin1", "region"} and all(w in _COMPASS for w in words)


# An alternate name this unlike the place's own ("Skoda" for Skuodas, "Shein" for Hashatjīn),
# of a place this small, is a firm's or a word, unless a cue or the story's country says
# otherwise.
ALIAS_SIMILARITY = 0.9
ALIAS_TOWN = 100_000


def _only_a_small_alias(r: Resolution) -> bool:
    """Whether every reading of the one-word name is a small place's alternate name spelt
    unlike its own: brands match transliterations of villages ("Samsung", "Skoda", "Prada");
    a name of several words is rarely a brand's ("Jackson Hole" for Jackson, Wyoming)."""
    return " " not in r.span.surface and all(
        c.name_type == 1 and c.kind == "city" and c.place.population < ALIAS_TOWN and
        name_similarity(r.span.surface, c.place.name) < ALIAS_SIMILARITY
        for c in r.span.candidates)


def _feature_reading(span: Span) -> Candidate | None:
    """The river, region or landmark a name is by its own name, when its town reading is a
    stray one ("the Rio Grande" near Eagle Pass, Texas, had read as a town in New Jersey)."""
    return next((c for c in span.candidates if c.kind in ("water", "region", "landmark")
                 and c.name_type != 1 and not c.place.id.startswith(ANCIENT_PREFIX)), None)


class Geoparser:
    """Find and resolve the place names of a text."""

    def __init__(self, gazetteer: Gazetteer | None = None, geocoder=None,
                 corrections: Iterable[Correction] = ()) -> None:
        self.gazetteer = gazetteer or get_gazetteer()
        self.recognizer = Recognizer(self.gazetteer)
        self.resolver = Resolver()
        self.geocoder = geocoder
        self.corrections = list(corrections)

    def with_corrections(self, corrections: Iterable[Correction]) -> Geoparser:
        """The same geoparser (sharing its gazetteer and caches) with other corrections; the
        original is left alone, since other callers may share it."""
        twin = copy.copy(self)
        twin.corrections = list(corrections)
        return twin

    def parse(self, text: str, article_hint: str = "", site: str = "",
              weighed: dict | None = None) -> list[Mention]:
        """The text's place mentions. `article_hint`: the article's content hash, whose
        one-article corrections apply; `site`: the country its site serves
        (`site_country.site_country` of its URL), a weak hint for names the story leaves
        open; `weighed`: see `Resolver.resolve` (filled only when given)."""
        spans = lend_bare_readings(text, lend_county_readings(self.recognizer.find(text)),
                                   self.gazetteer.lookup_name)
        corrections = self._corrections_for(article_hint)
        here = {key: c for key, c in corrections.items()
                if article_hint and c.context_hint == article_hint}
        fixed: set[tuple[int, int]] = set()
        if here:  # (a correction for this article only: one made everywhere leaves the
            # other names of every other story alone, "Cambridge and Boston … Red Sox" — a
            # review; it still replaces its own name afterwards)
            spans, fixed = _corrected_before_resolving(spans, here, text)
        resolutions = [r for r in self.resolver.resolve(
                           text, [s for s in spans if s.candidates], site, weighed)
                       if not (_a_building_named_for_it(r, text) or
                               _a_word_glued_from_its_name(r, text))]
        kept, called = self._keep_supported(resolutions, text, text_language(text))
        # (anchors too: "a Norwegian ferry company"; read only where a correction may yield)
        regions = _region_spans(spans) if corrections else ()
        anchors = {(s.start, s.end) for s in spans if ANCHOR in s.cues}
        if anchors:  # (they told resolution where the story is; they are no mentions)
            kept = [m for m in kept if (m.start, m.end) not in anchors]
            called = [s for s in called if (s.start, s.end) not in anchors]
            spans = [s for s in spans if (s.start, s.end) not in anchors]
        if fixed:  # a correction is the user's word: no filter of unlikely readings drops it
            shown = {(m.start, m.end) for m in kept}
            kept += [Mention(r.span.start, r.span.end, r.span.surface, r.candidate.place, 1.0)
                     for r in resolutions if (r.span.start, r.span.end) in fixed - shown]
            kept.sort(key=lambda m: m.start)
            called = [s for s in called if (s.start, s.end) not in fixed]
        mentions = districts_of_their_city(quarters_of_their_city(
            held_by_the_region_after(kept, text), text), text, self.gazetteer.lookup_name)
        mentions = neighbourhoods_of_the_city(quarters_by_their_word(mentions, text), text,
                                              self.gazetteer.lookup_name)
        home = home_country(mentions)  # (once: a story may hold thousands of unknown names)
        if any(m.surface in _THE_GULF and m.place is not None for m in mentions):
            mentions = self._the_storys_gulf(mentions)
        mentions, first, again = _called_again(mentions, called, resolutions)
        context = _Context(regions, self.gazetteer)
        declined: frozenset[str] = frozenset()
        if corrections:  # (in text order: a mention's qualifier is the mention after it)
            mentions.sort(key=lambda m: m.start)
            declined = _declined(mentions, corrections, text, context)
            # (corrected before the guesses, so a stand-in leans on the corrected reading:
            # "Elgin Bridge" beside a corrected "Ghaghra" river — audit 36, item 1.3)
            mentions = _apply_corrections(mentions, corrections, text, context, declined)
        done = {(m.start, m.end) for m in mentions}
        placed = Placed(mentions)
        unknown = [*called, *(s for s in spans if not s.candidates)]
        mentions += _one_guess_a_name(unknown, [self._geocode_unknown(s, placed, text, home)
                                                for s in unknown])
        mentions += _guessed_again(again, first, mentions)
        mentions += spelt_otherwise(text, mentions, spans, self.gazetteer)
        mentions = _apply_corrections(sorted(mentions, key=lambda m: m.start), corrections,
                                      text, context, declined, done)
        return _added_places(text, mentions, here)

    def _the_storys_gulf(self, mentions: list[Mention]) -> list[Mention]:
        """"The Gulf" is the Persian Gulf of world news ("tankers leaving the Gulf"), unless
        the story names a place by another gulf and none by the Persian Gulf: the Gulf of
        Mexico of a story in Louisiana ("salt water from the Gulf"), the Gulf of Carpentaria
        of one in north Queensland ("cattle stations across the Gulf"). Not by the story's
        country: American news of the Middle East writes "the Gulf" too (a review)."""
        points = [(m.place.lat, m.place.lon) for m in mentions if m.place is not None and
                  m.surface not in _THE_GULF and m.place.kind != "country"]

        def near(place: Place, km: float) -> bool:
            return any(haversine_km(lat, lon, place.lat, place.lon) < km for lat, lon in points)

        persian = next((m.place for m in mentions if m.surface in _THE_GULF and
                        m.place is not None and m.place.name == "Persian Gulf"), None)
        if persian is None or near(persian, PERSIAN_GULF_KM):
            return mentions
        gulfs = ((next((c.place for c in self.gazetteer.lookup_name(name)
                        if c.kind == "water"), None), km) for name, km in _OTHER_GULFS.items())
        other = next((gulf for gulf, km in gulfs if gulf is not None and near(gulf, km)), None)
        if other is None:
            return mentions
        return [replace(m, place=other) if m.place is not None and m.surface in _THE_GULF
                else m for m in mentions]

    def resolve_spans(self, text: str, offsets: Sequence[tuple[int, int]],
                      site: str = "") -> list[Mention]:
        """Resolve given spans (gold spans in evaluation); recognition is skipped."""
        spans = []
        for start, end in offsets:
            surface = text[start:end]
            candidates = self.gazetteer.lookup_name(surface)
            if not candidates and surface.endswith(("'s", "’s")):
                candidates = self.gazetteer.lookup_name(surface[:-2])
            if not candidates:  # a given span is a place: "D-Calif", "Bronx County, N.Y,"
                candidates = tuple(c for c in self.gazetteer.lookup_name(surface + ".")
                                   if c.name_type == 2)
            street = not candidates and STREET_NAME.fullmatch(surface)
            spans.append(Span(start, end, surface, candidates,
                              frozenset({STREET}) if street else frozenset()))
        spans = lend_bare_readings(text, lend_county_readings(spans),
                                   self.gazetteer.lookup_name)
        resolved = self.resolver.resolve(text, [s for s in spans if s.candidates], site)
        kept, _ = self._keep_supported(resolved, text)
        known = {(m.start, m.end): m for m in kept}
        readings = {(r.span.start, r.span.end): r for r in resolved if r.candidate}
        for span in spans:
            if (span.start, span.end) not in readings and \
                    (country := self.gazetteer.demonym(span.surface)) is not None:
                known[(span.start, span.end)] = Mention(span.start, span.end, span.surface,
                                                        country, DEMONYM_CONFIDENCE)
        context = list(known.values())  # the whole text's places, for streets and guesses
        home = home_country(context)
        placed = Placed(context)
        return [known.get((span.start, span.end)) or
                self._guess_given(span, readings.get((span.start, span.end)), placed, text,
                                  home)
                for span in spans]

    def _guess_given(self, span: Span, reading: Resolution | None, placed: Placed,
                     text: str, home: str | None) -> Mention:
        """A given span whose reading context does not support (a stray small town, a
        namesake abroad) is guessed as a name no gazetteer has, as in `parse`; the given
        span is a place, so the reading stands when nothing can be guessed."""
        mention = self._geocode_unknown(span, placed, text, home)
        if mention.place is None and reading is not None:
            return Mention(span.start, span.end, span.surface, reading.candidate.place,
                           round(reading.confidence, 3))
        return mention

    def _keep_supported(self, resolutions: list[Resolution], text: str,
                        language: str | None = None) -> tuple[list[Mention], list[Span]]:
        """The readings context supports, and the spans called places whose only reading is a
        stray one (see `_a_stray_reading`) or lies outside the country the text puts it in
        (see `_outside_its_country`): those are guessed like names no gazetteer has. A name
        is as ordinary as its word is frequent in English, and in the `language` of a text
        that is not English (`_frequency`)."""
        countries: dict[str, set[str]] = {}
        regions: dict[tuple[str, str], set[str]] = {}
        for r in resolutions:
            if r.candidate and r.confidence >= LOW_CONFIDENCE:
                countries.setdefault(r.candidate.place.country, set()).add(name_key(r.span.surface))
                if r.candidate.place.admin1:
                    regions.setdefault((r.candidate.place.country, r.candidate.place.admin1),
                                       set()).add(name_key(r.span.surface))
        named: dict[str, set[str]] = {}  # each place's names in the article
        for r in resolutions:
            named.setdefault(r.candidate.place.id, set()).add(name_key(r.span.surface))
        mentions: list[Mention] = []
        called: list[Span] = []
        placed = {name_key(r.span.surface) for r in resolutions  # "Grantville, Pennsylvania":
                  if "comma-region" in r.span.cues}           # its state placed it
        features = _features_read_as_towns_abroad(resolutions, text, countries,
                                                  self.gazetteer.given_names)
        waters = _waters_read_as_towns_far_off(resolutions, text)
        towns = _towns(resolutions)
        only_in_longer = _names_only_in_longer_names(text, resolutions)
        said: set[str] | None = None  # the countries the text names by a people's adjective
        for k, r in enumerate(resolutions):
            place = r.candidate.place
            if hosted_the_games(text, r.span.surface, r.span.end, place):
                mentions.append(Mention(r.span.start, r.span.end, r.span.surface, place,
                                        round(r.confidence, 3)))
                continue  # "the Albertville and Nagano Olympics" of a Norwegian story: the
                # host, no stray reading of a country the story never names
            if not r.span.cues and r.candidate.name_type == 1 and \
                    place.kind == "admin1" and \
                    _frequency(r.span.surface.lower(), language) >= ORDINARY_SHORT_NAME_ZIPF and \
                    _stray_abroad(r.candidate, named[place.id], countries, resolutions):
                continue  # "Delta has been flying" of a US story: an ordinary word whose
                # reading is a region abroad by its short name (Delta State, since v111) is
                # the word, as it was where only towns had it, not a place to guess
            feature = _an_apposition_s_feature(r, text)
            if feature is not False:
                if feature is None:
                    called.append(replace(r.span, cues=r.span.cues | {FEATURE_NAMED}))
                else:
                    mentions.append(Mention(r.span.start, r.span.end, r.span.surface,
                                            feature.place, FEATURE_CONFIDENCE))
                continue
            if name_key(r.span.surface) in waters:
                called.append(replace(r.span, cues=r.span.cues | {FEATURE_NAMED}))
                continue
            if name_key(r.span.surface) in features or \
                    _outside_its_country(r, resolutions[max(0, k - 1):k], resolutions[k + 1:k + 2],
                                         text) or \
                    _stray_abroad(r.candidate, named[place.id], countries, resolutions) or \
                    _listed_abroad(r, resolutions[max(0, k - 1):k + 2], countries, text) or \
                    _listed_far_off(r, k, resolutions, text, towns):
                called.append(r.span)  # "the village of Thame in Nepal's Everest region":
                continue  # not Thame in Oxfordshire
            frequency = _frequency(r.span.surface.lower(), language)
            unexpected = surprise(frequency, r.span.candidates)
            supported = bool(countries.get(place.country, set()) - {name_key(r.span.surface)})
            if not supported and _a_compass_region(r) and set(countries) - {place.country}:
                continue  # "one of the finest in the North West" of a Lancashire story: a
                # part of the story's own country, not South Africa's North West province
            if unexpected >= SURPRISE_LIMIT and not r.span.cues and not supported and \
                    place.kind not in {"country", "continent"} and \
                    not self.recognizer.another_name_with_a_given_name(r.span.surface,
                                                                      r.span.candidates) and \
                    not _named_as_a_place(r.span.surface) and not (
                        place.kind == "landmark" and r.candidate.name_type != 1
                        and " " in r.span.surface):
                continue  # (a landmark's own name of several words names it: "the Western
                # Wall", "the Great Wall of China")
            if not supported and not r.span.cues and _only_a_small_alias(r):
                continue
            if not supported and _an_eponym_s_species(text, r):
                continue  # "Grevy's zebra": a naturalist's, not Isla Grevy in Chile
            if place.kind in ("admin1", "region") and not supported and not r.span.cues and \
                    " " not in r.span.surface and unexpected >= 0 and \
                    frequency >= COMMON_WORD_ZIPF and \
                    not kind_said(text, r.span):  # (but "the state of Washington")
                continue  # "relief from the Centre" (India's government), "the European
                # Centre for Disease Prevention": an ordinary word more frequent than its
                # region is big (not "California"), in a country the story never names
            stray_town = _a_stray_us_town(r.candidate, r.span, regions) and \
                name_key(r.span.surface) not in placed and \
                not _beside_a_town_of_the_story(r, resolutions)
            stray = stray_town or (not supported and (
                _a_stray_reading(r.candidate, r.span, countries, text,
                                 _named_apart(r, only_in_longer, text, resolutions)) or
                _a_stray_site(r.candidate, countries)))
            if stray and not stray_town:
                if said is None:  # (once per text, where a stray asks: review 26)
                    said = self._countries_said(text)
                stray = place.country not in said
            feature = _feature_reading(r.span) if stray else None
            if feature is not None and _stray_abroad(feature, {name_key(r.span.surface)},
                                                     countries):
                called.append(r.span)  # a namesake island abroad ("Te Rapa" of a New
                continue  # Zealand story is no Rapa in French Polynesia): guessed
            if feature is not None:  # "crossed the Rio Grande": not a hamlet of that name
                mentions.append(Mention(r.span.start, r.span.end, r.span.surface,
                                        feature.place, FEATURE_CONFIDENCE))
                continue
            if stray:
                if not stray_town and r.span.cues & _PLACE_CALLED:  # "Jeremy Watson, 30, of
                    called.append(r.span)  # Ten Mile": a place, but not Holbrook, Australia
                continue
            opener = _the_arabic_name_s_town(r, k, resolutions, text)
            if opener is not None and _ends_an_arabic_name_apart(r, only_in_longer, text,
                                                                 resolutions):
                mentions.append(Mention(r.span.start, r.span.end, r.span.surface, opener,
                                        TOWN_GUESS_CONFIDENCE))
                continue  # "Fez el-Bali": the old city of Fez, which its first word names
            if not named_as_a_quarter(text, r.span.start, r.span.end) and ((
                    name_key(r.span.surface) in only_in_longer and (
                        _a_venue_of_a_place_far_off(r, k, resolutions, text) or
                        _a_feature_of_the_dateline_s_city(r, resolutions, text) or (
                            supported and place.kind == "city" and not r.candidate.capital
                            and place.population < GREAT_CITY and
                            _named_apart(r, only_in_longer, text, resolutions, 2)))) or
                    (supported and _an_alias_apart(r, resolutions)) or
                    _ends_an_arabic_name_apart(r, only_in_longer, text, resolutions)):
                called.append(replace(r.span, cues=r.span.cues | {FEATURE_NAMED}))
                continue  # a reading kept so far, named only inside longer names: "the
                # final at York Park in Launceston", "climbed Citadel Hill" of a Halifax
                # story (no Citadel, Calgary, though the story is Canadian: a reading in a
                # country no other name is in is a stray one); the longer name is guessed.
                # Not a capital or a great city of the story's country ("The World Health
                # Organization's Beijing spokesman": Beijing's), and apart from two sure
                # places at least ("transferred to St. Cloud Hospital" of a story whose one
                # other sure name, Nokomis, was misread in Florida); a quarter by its word
                # ("Colonia Jardín") is placed by `quarters_by_their_word`. So is a small
                # town read by another name far off (`_an_alias_apart`: "Chu Lai")
            mentions.append(Mention(r.span.start, r.span.end, r.span.surface, place,
                                    round(r.confidence, 3)))
        return mentions, called

    def _countries_said(self, text: str) -> set[str]:
        """The countries the text names by a people's adjective before a firm, a body or
        people ("The Swiss company, based in Vevey", "Danish officials"): a town there is
        no stray reading of a country the story never names, though two US places agree
        ("… move to a factory in Jonesboro, Arkansas" had dropped Vevey)."""
        said = set()
        for found in _AN_ADJECTIVE_OF_A_COUNTRY.finditer(text):
            words = found[1]
            country = self.gazetteer.demonym(words)
            if country is None and " " in words:
                country = self.gazetteer.demonym(words.split(" ", 1)[1])
            if country is not None:
                said.add(country.country)
        return said

    def _geocode_unknown(self, span: Span, placed: Placed, text: str,
                         home: str | None) -> Mention:
        """A name the text calls a place but the gazetteer lacks: the geocoder chain's answer
        if it has one (never for a street, which alone finds any street of that name), else
        the town the article names most, flagged as a guess."""
        if self.geocoder is not None and STREET not in span.cues:
            place = self.geocoder.geocode(span.surface, placed.country)
            if place is not None:
                return Mention(span.start, span.end, span.surface, place, 0.6)
        variant = reading_in(self.gazetteer, span.surface, home) if home and \
            home not in ENGLISH_SPELLING and STREET not in span.cues else None
        if variant is not None and not (FEATURE_NAMED in span.cues and variant.id in {
                c.place.id for c in span.candidates}):  # "Maarat al-Numan" for GeoNames'
            # "Maarat al-Numaan"; not the own town reading of a name the text makes a
            # feature's ("the Ghaghra river" is no town Ghāghrā 560 km off, "Puncak, the
            # pass" no hamlet Puncak)
            return Mention(span.start, span.end, span.surface, variant, VARIANT_CONFIDENCE)
        town = guess(span, placed, text)
        if town is None:
            return Mention(span.start, span.end, span.surface, None, 0.0)
        confidence = STREET_CONFIDENCE if STREET in span.cues else TOWN_GUESS_CONFIDENCE
        return Mention(span.start, span.end, span.surface, town, confidence)

    def _corrections_for(self, article_hint: str) -> dict[str, Correction]:
        """The corrections that hold in an article, by name key: later ones win, and one
        made for this article wins over one made everywhere."""
        by_key: dict[str, Correction] = {}
        for correction in self.corrections:
            if correction.context_hint in ("", article_hint):
                current = by_key.get(correction.key)
                if current is None or not current.context_hint or correction.context_hint:
                    by_key[correction.key] = correction
        return by_key


def _one_guess_a_name(spans: list[Span], guessed: list[Mention]) -> list[Mention]:
    """The guesses of an unknown name (`guessed`, one for each of `spans`), one place for all
    its mentions: the place most of its stand-in guesses took, the first's on a tie. A text
    names one Hanle however often it writes it ("one sense per discourse", Gale, Church and
    Yarowsky 1992); each mention had leant on the town of its own sentence, and one that
    named the astronomers' institute in Bengaluru put the Ladakh village 2,200 km off (round
    72). Mentions found only by the name's being written again (`SAME_TEXT`) follow and do
    not vote: "Dumre, a village in Gorkha district" keeps its district against two later
    mentions beside Pokhara (review 36). Only stand-ins: a geocoder's answer, a spelling
    variant and a street's town stay as they are."""
    by_name: dict[str, list[int]] = {}
    for k, m in enumerate(guessed):
        if m.place is not None and m.confidence == TOWN_GUESS_CONFIDENCE:
            by_name.setdefault(name_key(m.surface), []).append(k)
    for ks in by_name.values():
        places = [guessed[k].place for k in ks]
        if len({place.id for place in places}) > 1:
            voters = [guessed[k].place for k in ks if SAME_TEXT not in spans[k].cues] or places
            counts = Counter(place.id for place in voters)
            best = max(voters, key=lambda place: counts[place.id])  # (the first on a tie)
            for k in ks:
                guessed[k] = replace(guessed[k], place=best)
    return guessed


def _called_again(mentions: list[Mention], called: list[Span], resolutions: Sequence[Resolution]
                  ) -> tuple[list[Mention], dict[str, tuple[int, int]], list[Mention]]:
    """The mentions of a name whose reading the story refused once, read that way again: the
    story said once where it lies ("LEBANON, Kansas —" is no country, guessed in Kansas), so
    its later bare mentions ("85 miles south-east of Lebanon") are that place, not the
    reading refused. They are taken out, with the offsets of each name's refused mention,
    to go where its guess went (`_guessed_again`)."""
    if not called:
        return mentions, {}, []
    offsets = {(s.start, s.end) for s in called}
    refused: dict[tuple[str, str], tuple[int, int]] = {}
    for r in resolutions:
        if (r.span.start, r.span.end) in offsets:
            refused.setdefault((name_key(r.span.surface), r.candidate.place.id),
                               (r.span.start, r.span.end))
    first: dict[str, tuple[int, int]] = {}
    again: list[Mention] = []
    kept: list[Mention] = []
    for m in mentions:
        key = name_key(m.surface)
        at = refused.get((key, m.place.id)) if m.place is not None else None
        if at is not None and at[0] < m.start:
            first[key] = at
            again.append(m)
        else:
            kept.append(m)
    return kept, first, again


def _guessed_again(again: list[Mention], first: dict[str, tuple[int, int]],
                   mentions: list[Mention]) -> list[Mention]:
    """Each of `again` where its name's refused mention was guessed (see `_called_again`), or
    as it was where that guess placed nothing."""
    if not again:
        return []
    guessed = {(m.start, m.end): m for m in mentions}
    placed = []
    for m in again:
        guess = guessed.get(first[name_key(m.surface)])
        placed.append(m if guess is None or guess.place is None else
                      Mention(m.start, m.end, m.surface, guess.place, guess.confidence))
    return placed


@dataclass(frozen=True)
class _Context:
    """What an everywhere-correction reads to yield to a clause (`_clause_s_reading`): the
    article's spans read only as a country or region, and the gazetteer for the name's
    readings and for a region name recognition left out ("in Sogn og Fjordane")."""

    regions: tuple[Span, ...] = ()
    gazetteer: Gazetteer | None = None


def _region_spans(spans: Sequence[Span]) -> tuple[Span, ...]:
    """The spans whose every reading is a country or first-level region: "Iceland",
    "Icelandic" (an anchor, no mention, yet it says where its clause is)."""
    return tuple(s for s in spans if s.candidates and
                 all(c.place.kind in _REGION_KINDS for c in s.candidates))


_REGION_KINDS = ("country", "admin1")


def _apply_corrections(mentions: list[Mention], corrections: dict[str, Correction],
                       text: str, context: _Context = _Context(),
                       declined: frozenset[str] = frozenset(),
                       done: set[tuple[int, int]] | None = None) -> list[Mention]:
    """The mentions with their names' corrections (`Geoparser._corrections_for`), but for a
    mention the text places elsewhere itself (see `_placed_elsewhere`) and, for one made
    everywhere, a mention its clause places in another country (`_clause_s_reading`) and
    every mention of a name `declined` in this article (`_declined`). Mentions at `done`'s
    offsets were corrected already (an earlier pass) and stay as they are."""
    if not corrections:
        return mentions
    fixed = []
    for k, mention in enumerate(mentions):
        key = name_key(mention.surface)
        correction = corrections.get(key)
        after = mentions[k + 1] if k + 1 < len(mentions) else None
        if correction and (done is None or (mention.start, mention.end) not in done) and \
                not (not correction.context_hint and key in declined) and \
                not (after is not None and after.place is not None and
                     _placed_elsewhere(text, mention.end, after.start,
                                       [after.place], correction.place)):
            own = None if correction.context_hint else \
                _clause_s_reading(text, mention, correction.place, mentions, context)
            mention = Mention(mention.start, mention.end, mention.surface, correction.place,
                              1.0) if own is None else own
        fixed.append(mention)
    return fixed


def _added_places(text: str, mentions: list[Mention], here: dict[str, Correction]
                  ) -> list[Mention]:
    """The mentions, and a mention of each one-article correction's name the geoparser
    found nowhere in the article, wherever the text writes it (as written, a whole word, in
    no other mention): a place the user added ("Chooralmala" in a Wayanad story, no
    gazetteer name — audit 36, 1.4). A name found once is corrected as found, not added
    where the geoparser read it as no place ("Cambridge Analytica")."""
    found = {name_key(m.surface) for m in mentions}
    added = []
    for correction in here.values():
        if correction.key in found:
            continue
        added += [Mention(start, end, text[start:end], correction.place, 1.0)
                  for start, end in written_at(text, correction.surface)
                  if not any(m.start < end and start < m.end for m in mentions)]
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _declined(mentions: Sequence[Mention], corrections: dict[str, Correction], text: str,
              context: _Context) -> frozenset[str]:
    """The names whose every-article correction this article declines: one of its mentions
    is placed elsewhere by the article's own words — its qualifier ("Delta, British
    Columbia", `_placed_elsewhere`), its clause (`_clause_s_reading`) or the list it stands
    in (`_listed_elsewhere`). One sense per article: a story that says its Delta is in
    British Columbia means that Delta in its title and its other sentences too, where the
    correction, made for another story's Delta, had put them in Nigeria (audit 36, 1.1)."""
    keys = set()
    for k, mention in enumerate(mentions):
        key = name_key(mention.surface)
        correction = corrections.get(key)
        if correction is None or correction.context_hint or key in keys:
            continue
        after = mentions[k + 1] if k + 1 < len(mentions) else None
        if (after is not None and after.place is not None and
                _placed_elsewhere(text, mention.end, after.start, [after.place],
                                  correction.place)) or \
                _clause_s_reading(text, mention, correction.place, mentions,
                                  context) is not None or \
                _listed_elsewhere(text, k, mentions, correction.place):
            keys.add(key)
    return frozenset(keys)


# Between two names of one list: "Delta, Surrey and Richmond", "Delta or Surrey".
_LIST_GAP = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _listed_elsewhere(text: str, k: int, mentions: Sequence[Mention], corrected: Place
                      ) -> bool:
    """Whether mention `k` stands in a list of towns ("Crews from Delta, Surrey and
    Richmond") that all lie in one first-level region, which holds the mention's own
    reading and does not hold the corrected place: a name listed among its neighbours is
    their neighbour, whatever another story meant by it. Two neighbours at least: one
    ("Cambridge and Boston") may be a coincidence of two namesakes, and an every-article
    correction there is the user's word (a review)."""
    own = mentions[k].place
    if own is None or own.id == corrected.id or not own.admin1:
        return False
    listed = _list_around(text, k, mentions)
    regions = {(m.place.country, m.place.admin1) for m in listed if m.place is not None}
    return len(listed) >= 2 and len(regions) == 1 and \
        regions == {(own.country, own.admin1)} and \
        all(m.place is not None and m.place.kind not in _REGION_KINDS and
            not _may_hold(m.place, corrected) for m in listed) and \
        not (corrected.country == own.country and corrected.admin1 == own.admin1)


def _list_around(text: str, k: int, mentions: Sequence[Mention]) -> list[Mention]:
    """The other mentions of the list mention `k` stands in, each joined to the next by a
    comma, "and" or "or" alone."""
    listed = []
    for step in (-1, 1):
        j = k
        while 0 <= j + step < len(mentions):
            a, b = (mentions[j + step], mentions[j]) if step < 0 else \
                (mentions[j], mentions[j + step])
            if _LIST_GAP.fullmatch(text[a.end:b.start]) is None:
                break
            j += step
            listed.append(mentions[j])
    return listed


# Where a sentence's clauses part: "…would resume on Monday, and Icelandic police said…".
_CLAUSE_BREAK = re.compile(r";|:\s|\s[—–]\s|,\s+(?:and|but|while|whereas|or)\s")
# A region name after "in", particles and all ("in Sogn og Fjordane", "in Rio de Janeiro").
_IN_A_REGION = re.compile(r"\bin\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|og|de|del|"
                          r"do|da|dos|das|di|du|la|le|el|y|i|e|of|and))*)")


def _clause_at(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of the sentence holding text[start:end]."""
    first, last = sentence_at(text, start)
    for cut in _CLAUSE_BREAK.finditer(text, first, last):
        if cut.end() <= start:
            first = cut.end()
        elif cut.start() >= end:
            return first, cut.start()
    return first, last


def _regions_named_in(text: str, first: int, last: int, own: str, mentions: Sequence[Mention],
                      context: _Context) -> list[Place]:
    """The countries and first-level regions text[first:last] names, but by the name keyed
    `own` (the corrected one's): its mentions and region spans of those kinds, and a region
    named after "in" that recognition missed."""
    places = [m.place for m in mentions if m.place is not None and m.place.kind in
              _REGION_KINDS and first <= m.start < last and name_key(m.surface) != own]
    places += [c.place for s in context.regions if first <= s.start < last and
               name_key(s.surface) != own for c in s.candidates]
    if context.gazetteer is not None:
        for found in _IN_A_REGION.finditer(text, first, last):
            places += _region_read(found.group(1), context.gazetteer)
    return places


def _region_read(words: str, gazetteer: Gazetteer) -> list[Place]:
    """The country or region readings of the longest run of `words`' first words that
    has any ("Sogn og Fjordane would" → Sogn og Fjordane)."""
    parts = words.split()
    for n in range(min(len(parts), 5), 0, -1):
        readings = [c.place for c in gazetteer.lookup_name(" ".join(parts[:n]))
                    if c.place.kind in _REGION_KINDS]
        if readings:
            return readings
    return []


def _clause_s_reading(text: str, mention: Mention, corrected: Place,
                      mentions: Sequence[Mention], context: _Context) -> Mention | None:
    """The mention as its own clause places it, where a correction made in every article
    would send it elsewhere: the clause names a region or country that holds another
    reading of the name and none that holds the corrected place ("a Norwegian ferry …
    between Vik and Balestrand in Sogn og Fjordane", with "Vik" corrected to Iceland's in
    another story — an audit). The user fixed the name where it meant that place; a later
    story's own words say which place it means. Keeps the mention's reading where the
    region holds it, else takes the region's first reading of the name; None where the
    correction stands."""
    if context.gazetteer is None:
        return None
    first, last = _clause_at(text, mention.start, mention.end)
    regions = _regions_named_in(text, first, last, name_key(mention.surface), mentions,
                                context)
    if not regions or any(_may_hold(r, corrected) for r in regions):
        return None
    readings = [c.place for c in context.gazetteer.lookup_name(mention.surface)
                if c.place.id != corrected.id]
    if mention.place is not None and mention.place.id != corrected.id:
        readings.insert(0, mention.place)
    held = next((p for p in readings if any(_may_hold(r, p) for r in regions)), None)
    if held is None:
        return None
    confidence = mention.confidence if mention.place == held else LOW_CONFIDENCE
    return Mention(mention.start, mention.end, mention.surface, held, confidence)


def _placed_elsewhere(text: str, end: int, start: int, qualifier: Sequence[Place],
                      place: Place) -> bool:
    """The name ending at `end` is placed by the text itself ("X, Y", "X in Y": the name
    starting at `start` may be any of `qualifier`) in a country or region that does not
    hold the corrected `place` ("a rival group in Cambridge, Massachusetts" in a story whose
    other Cambridge was corrected to England's): the text's own words outrank a correction
    of the name (an audit). A qualifier towns share too ("Cambridge, Ontario") counts by
    its regions (a review)."""
    regions = [p for p in qualifier if p.kind in ("country", "admin1")]
    return bool(regions) and CONTAINMENT_GAP.match(text[end:start]) is not None and \
        not any(_may_hold(region, place) for region in regions) and \
        all(p.id != place.id for p in qualifier)


def _may_hold(region: Place, place: Place) -> bool:
    """Whether a country or first-level region may hold a corrected place of any kind: the
    same country, and the same region where the place has one. A place whose country is
    unknown (a pin typed far from the name's place) may be anywhere. (`resolve.contains`
    holds towns and landmarks only: the Long Island region and Nantucket Island had counted
    as outside New York and Massachusetts, so their corrections never applied — a review.)"""
    if not place.country:
        return True
    if place.country != region.country:
        return False
    if (near := lesser_region_holds(region, place)) is not None:  # what is near it
        return near
    return region.kind == "country" or not place.admin1 or place.admin1 == region.admin1


def _corrected_before_resolving(spans: list[Span], corrections: dict[str, Correction],
                                text: str) -> tuple[list[Span], set[tuple[int, int]]]:
    """The corrected names as the only reading of their spans, before resolution, so that
    context follows them: correcting "Cambridge" to England moves its neighbours "Oxford"
    and "Berlin" back from Massachusetts too (an audit), where fixing the name afterwards
    left them there. A span the text places itself in a region or country that does not hold
    the corrected place keeps its readings (see `_placed_elsewhere`). Also returns the
    offsets of the spans it fixed."""
    fixed = []
    offsets = set()
    for k, span in enumerate(spans):
        correction = corrections.get(name_key(span.surface))
        after = spans[k + 1] if k + 1 < len(spans) else None
        if correction is not None and not (after is not None and _placed_elsewhere(
                text, span.end, after.start, [c.place for c in after.candidates],
                correction.place)):
            row = next((c.row for c in span.candidates if c.place.id == correction.place.id),
                       -1 - len(fixed))  # (a place of the user's own: a row of its own)
            span = replace(span, candidates=(Candidate(row, correction.place, 0, False),))
            offsets.add((span.start, span.end))
        fixed.append(span)
    return fixed, offsets
