"""Where a name goes that the gazetteer cannot place well: a name no gazetteer has goes to the
place the text says holds or owns it, else to the article's town; a town the gazetteer lacks
in the US state or county written after it goes to that state or county. Every guess is flagged
with a low confidence, so the map can show it as a guess."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise

from placeline.models import Mention, Place
from placeline.name_context import LIST_GAP, POSSESSIVE_GAPS, STREET, listed_beside
from placeline.name_tokens import Span
from placeline.resolve import SURE_READING, contains, haversine_km
from placeline.text import capitals_opening_a_line, paragraph_at, sentence_at

TOWN_GUESS_CONFIDENCE = 0.2  # a place no gazetteer has, put in the article's town
# An article whose own country holds fewer of its places than this names several stories'
# (`Placed.spread`).
ONE_COUNTRY_SHARE = 2 / 3


def main_country(context: list[Mention]) -> str | None:
    """The country an article's places lie in most often (the first of equals)."""
    countries = Counter(m.place.country for m in context if m.place is not None
                        and m.place.country)
    return countries.most_common(1)[0][0] if countries else None


# After the name, up to three lower-case words of its kind ("refugee camp", "state game
# area"), then ", " or "in"/"near"/"outside" and the place holding it ("in northern
# Cameroon" too), or a direction from it without a comma ("Hoover Dam east of Las Vegas").
_DIRECTION = r"(?:north|south|east|west|northeast|northwest|southeast|southwest)"
_DIRECTION_OF = (r"(?:\d+\s+(?:km|kilometres|kilometers|miles)\s+)?" + _DIRECTION +
                 r"\s+of\s+(?:the\s+)?")
# ... or after an apposition of its kind ("Marree, a town of 70 people in South Australia",
# "X, a small village near Y"): the text places the name as plainly (geo64).
_APPOSED = (r",\s+an?\s+(?:[a-z-]+\s+){0,2}?(?:town|village|hamlet|settlement|township"
            r"|community|port|resort)(?:\s+of\s+(?:about\s+|some\s+)?[\d,]+\s+"
            r"(?:people|residents|inhabitants))?")
_IN = (r"\s+(?:in|near|outside)\s+(?:the\s+)?"
       r"(?:(?:north|south|east|west)(?:-?(?:east|west))?ern\s+|central\s+)?")
_HELD_BY = re.compile(r"(?:\s+[a-z]+){0,3}?(?:(?:" + _APPOSED + _IN + r"|,\s+|" + _IN + ")"
                      # "Sake, west of Goma", "X, 30 km north of Y": a few km off at most
                      r"(?:" + _DIRECTION_OF + r")?|\s+" + _DIRECTION_OF + ")")


class Placed:
    """The places a text has given its names, indexed once: a long story may hold thousands
    of unknown names, and each asks who holds it, who stands beside it in a list and which
    town the story names most. Every answer is the first fitting mention in text order."""

    def __init__(self, context: list[Mention]) -> None:
        self.context = list(context)
        self._by_start: dict[int, list[int]] = {}
        self._by_end: dict[int, list[int]] = {}
        self._by_surface: dict[str, Place] = {}
        for k, m in enumerate(context):
            if m.place is None:
                continue
            self._by_start.setdefault(m.start, []).append(k)
            self._by_end.setdefault(m.end, []).append(k)
            if m.place.kind in _HOLDER_KINDS:
                self._by_surface.setdefault(m.surface, m.place)
        self.country = main_country(context)
        self._main_towns: dict[str | None, Place | None] = {}
        self._regions: dict[str, Place | None] = {}  # (`story_region`, once a town)
        self._ordered: list[Mention] | None = None  # (`between`, in text order, once asked)
        self._spread: bool | None = None  # (`spread`, once asked)
        self._one_story: bool | None = None  # (`one_story`, once asked)
        self._said: list[tuple[int, int]] | None = None  # (`said`, once asked)

    def first(self, indices: Iterable[int]) -> Place | None:
        place = min(indices, default=None)
        return None if place is None else self.context[place].place

    def starting_at(self, offset: int) -> list[int]:
        return self._by_start.get(offset, [])

    def ending_at(self, offset: int) -> list[int]:
        return self._by_end.get(offset, [])

    def named(self, surface: str) -> Place | None:
        """The first town, county, region or landmark written as `surface`."""
        return self._by_surface.get(surface)

    def story_region(self, town: Place) -> Place | None:
        """`_the_storys_region` of a town, read once: a long story asks it for each of its
        unknown names."""
        if town.id not in self._regions:
            self._regions[town.id] = _the_storys_region(self.context, town)
        return self._regions[town.id]

    def between(self, start: int, end: int) -> list[Mention]:
        """The mentions starting in [start, end), in text order."""
        if self._ordered is None:
            self._ordered = sorted(self.context, key=_start)
        ordered = self._ordered
        return ordered[bisect_left(ordered, start, key=_start):
                       bisect_left(ordered, end, key=_start)]

    def said(self, text: str) -> list[tuple[int, int]]:
        """Where the text's verbs of saying are (`_SAID`), found once: each guess asks
        whether one stands between a place and its name (`_a_speaker_s`)."""
        if self._said is None:
            self._said = [match.span() for match in _SAID.finditer(text)]
        return self._said

    def spread(self) -> bool:
        """Whether the article's places lie in several countries, its own holding fewer than
        `ONE_COUNTRY_SHARE` of them: a news-in-brief page or a round-up, whose most named town
        is one story's, no stand-in for a name of another."""
        if self._spread is None:
            countries = Counter(m.place.country for m in self.context
                                if m.place is not None and m.place.country)
            total = sum(countries.values())
            self._spread = bool(total) and \
                countries.most_common(1)[0][1] < ONE_COUNTRY_SHARE * total
        return self._spread

    def one_story(self, text: str) -> bool:
        """Whether a spread article (`spread`) is one story under one dateline in its own
        country (`_one_dateline_at_home`), asked once."""
        if self._one_story is None:
            countries = Counter(m.place.country for m in self.context
                                if m.place is not None and m.place.country)
            self._one_story = bool(countries) and _one_dateline_at_home(
                self.context, text, countries.most_common(1)[0][0])
        return self._one_story

    def main_town(self, country: str | None = None) -> Place | None:
        if country not in self._main_towns:
            self._main_towns[country] = main_town(self.context, country or self.country)
        return self._main_towns[country]


def _one_dateline_at_home(context: list[Mention], text: str, country: str) -> bool:
    """Whether the text has one dateline (a place in capitals opening a line: "THIEPVAL,
    France —"), in the country it names most: one story, however many countries it names
    (a Somme commemoration names Belfast, St. John's and Sydney; a Tasmanian distillery
    story Scotland, Tokyo and Taipei), where a round-up has a dateline per item or none.
    Its sentences may still name a stand-in abroad (Rothera's "Ryder Bay" under HARWICH),
    but a name its sentence leaves open goes to the story's town, not to its paragraph's
    places (a round-up's unit): "Mount Wellington" had gone to Tokyo by the next
    sentence's "Japan", and "near Longueval" been left unplaced."""
    datelines = {m.place.country for m in context if m.place is not None and
                 capitals_opening_a_line(text, m.start, m.surface)}
    return datelines == {country} and sum(
        1 for m in context if capitals_opening_a_line(text, m.start, m.surface)) == 1


def _start(mention: Mention) -> int:
    return mention.start


def holder(span: Span, placed: Placed, text: str) -> Place | None:
    """The place the text says holds an unknown name, written right after it ("Abu Shok camp
    in Al-Fashir", "the Swat Valley in Pakistan") or owning it before it ("Utah's Zion
    National Park"), of any kind."""
    gap = _HELD_BY.match(text, span.end)
    owner_end = span.start - 3 if text[span.start - 3:span.start] in POSSESSIVE_GAPS else -1
    return placed.first([*(placed.starting_at(gap.end()) if gap is not None else ()),
                         *placed.ending_at(owner_end)])


def guess(span: Span, placed: Placed, text: str) -> Place | None:
    """Where an unknown name goes: into the town, county or state holding it (a guess far
    nearer than the article's town when the story is not local); held by a country or a
    broad region, into the article's town only if that lies in the same country ("the Swat
    Valley in Pakistan" in a story about California stays unplaced)."""
    held = holder(span, placed, text)
    if held is not None and held.kind == "admin1":
        town = placed.main_town(held.country)
        if town is not None and town.admin1 == held.admin1:
            return town  # "HAPPISBURGH, England —" in a story about Norfolk's coast: at the
            # story's town in that region, nearer than the region's middle
    if held is not None and held.kind in _HOLDER_KINDS:
        return held
    if held is not None and held.country:
        return placed.main_town(held.country)
    town, _, kind = span.surface.rpartition(" ")
    namesake = placed.named(town) if kind in _AT_ITS_TOWN else None
    if namesake is not None:  # "the Szczecin Lagoon" in a story naming Szczecin: at the
        return namesake  # town, not at the town the story names most
    listed = list_neighbour(span, placed, text)
    if listed is not None and listed.kind in ("city", "admin2"):
        return listed  # "between Skaftafell and Höfn": beside Höfn
    if listed is not None and listed.country:  # "Kisumu and Rift Valley": in Kenya, not in
        return placed.main_town(listed.country)  # the town a world story names most
    if STREET in span.cues:
        own = _the_sentences_town(span, placed, text)
        if own is not None:
            return own
    spread = placed.spread()
    round_up = spread and not placed.one_story(text)
    for start, end in _near_the_name(span, text, round_up):
        place = _nearest(span, placed.between(start, end), placed,
                         lambda m: _stands_in(m, span, placed, spread, text))
        if place is not None:
            return place
    if round_up:
        return None  # a round-up of stories: the article's town is another story's
    town = placed.main_town()
    return town if town is None or STREET in span.cues else placed.story_region(town)
    # (a street is the town's)


# A verb of saying: what stands before it is where the speaker is ("The commission in Mexico
# City said the storm made landfall near Punta Maldonado"), not where what is said happened.
# Not `name_context.SPEECH_AFTER`'s verbs, which follow a person: after a place "added",
# "continued" or "noted" are as often its doings ("Floods in Kayes continued to spread to
# the village of …"); "reported" and "announced" are an office's.
_SAID = re.compile(r"\b(?:said|says|told|reported|announced)\b")


# A lower-case water's or valley's word after a name: the name is the river's ("the Ghaghra
# river in Mahsi"), however it was read, and no point to stand in for a name beside it. (In
# lower case: `geoparse._FEATURE_AFTER` reads the capitalised word that is part of a name.)
_WATER_AFTER = re.compile(r"\s(?:river|basin|valley|lake|creek|delta|estuary)\b")

# How far from an unknown name (in characters, either way) its sentence or paragraph is
# searched for a place to stand in for it: a news paragraph is a few hundred; a text
# without newlines or full stops (JSON Lines, a pasted page) is one paragraph or sentence
# whole, and had made each name look through all of it (review 34: 97.8 s for 400 KB).
NEAR_REACH = 1_500


def _near_the_name(span: Span, text: str, spread: bool) -> list[tuple[int, int]]:
    """Where a stand-in for the name is looked for: its sentence, then, in an article of
    several countries' stories (`Placed.spread`), its paragraph; each at most NEAR_REACH
    from the name."""
    spans = [sentence_at(text, span.start), *([paragraph_at(text, span.start)] if spread
                                              else [])]
    return [(max(start, span.start - NEAR_REACH), min(end, span.end + NEAR_REACH))
            for start, end in spans]


def _stands_in(m: Mention, span: Span, placed: Placed, spread: bool, text: str) -> bool:
    """Whether a sure place named near an unknown name may stand in for it. In a story of one
    country only a town, district or landmark of that country: its town stands in better than
    a region or a reading abroad ("Shovi" of a story from Georgia beside a misread "Atlanta").
    Not a speaker's place, a place gone to or come from, nor a river's name (`_a_speaker_s`,
    `_GONE_TO`, `_WATER_AFTER`)."""
    return m.place is not None and bool(m.place.country) and \
        m.confidence >= SURE_NEIGHBOUR and (m.end <= span.start or m.start >= span.end) and \
        (spread or (m.place.country == placed.country and m.place.kind in _NEAR_KINDS)) and \
        not _a_speaker_s(m, span, placed, text) and not _WATER_AFTER.match(text, m.end) and \
        not _gone_to(m, placed, text)


def _a_speaker_s(m: Mention, span: Span, placed: Placed, text: str) -> bool:
    """Whether a place before the name is its speaker's: a verb of saying follows it in its
    own sentence, before the name (one after its sentence says nothing of it)."""
    if m.end > span.start:
        return False
    said = placed.said(text)
    k = bisect_left(said, m.end, key=_start_of)
    return k < len(said) and said[k][1] <= min(span.start, sentence_at(text, m.start)[1])


def _start_of(match: tuple[int, int]) -> int:
    return match[0]


# A place people are moved to or from is no stand-in for a name beside it: "Survivors from
# the village of Dembakorola were flown to hospitals in Bamako", "Aid trucks left Bamako and
# reached the village of …" (review 34). A verb of moving, then "to", "from" … and up to two
# words of what is there ("to hospitals in", "to the capital,"). Not a bare "from" or "to":
# "cattle from ranches near Puerto Casado" beside "the plant at Vallemí", "the line from
# Lübeck to Puttgarden" name the places around the name.
_MOVED = (r"\b(?:flown|flew|airlifted|evacuated|taken|rushed|transferred|moved|sent|fled"
          r"|fleeing|left|leaving|returned|returning|driven|drove|bused|bussed|deported"
          r"|relocated|headed|heading)")
_GONE_TO = re.compile(
    _MOVED + r"(?:\s+(?:up|down|out|back|over|away|home|off))?\s+"
    r"(?:(?:to|from|into|towards?|for)\s+(?:(?:an?|the)\s+)?"
    r"(?:(?:[a-z]+\s+){1,2}?(?:in|at)\s+|[a-z]+(?:\s+[a-z]+)?,\s+)?|(?:the\s+)?)$")
GONE_TO_REACH = 40  # characters before a place where its word of going is looked for


def _gone_to(m: Mention, placed: Placed, text: str) -> bool:
    """Whether the place is one gone to or come from (`_GONE_TO`), by its own sentence, or
    listed after one, a few names back at most ("driven up from Multan and Lahore")."""
    for _ in range(GONE_TO_LISTED):
        start = max(m.start - GONE_TO_REACH, sentence_at(text, m.start)[0])
        if _GONE_TO.search(text, start, m.start) is not None:
            return True
        gap = _LISTED_AFTER.search(text, max(0, m.start - 8), m.start)
        before = placed.ending_at(gap.start()) if gap is not None else []
        if not before:
            return False
        m = placed.context[before[0]]
    return False


GONE_TO_LISTED = 4  # names of a list read back for its word of going (`_gone_to`)
_LISTED_AFTER = re.compile(rf"(?:{LIST_GAP.pattern})$")  # (a list's gap ending at the name)


# What a name's own sentence or paragraph names that stands in for it: a town, a district or
# a landmark (a point near it), else a first-level region (`_within_the_region`).
_NEAR_KINDS = frozenset({"city", "admin2", "landmark"})


def _nearest(span: Span, near: list[Mention], placed: Placed,
             stands_in: Callable[[Mention], bool]) -> Place | None:
    """Where an unknown name goes by the places its sentence or paragraph names (`near`)
    that may stand in for it: the one named nearest it, a town, district or landmark first
    ("In Canoas, the district of Mathias Velho", "landslides near Bento Gonçalves"); a
    region, at the story's town there or its own point; a country or a water, the story's
    town in that country, if any. Asked nearest first, up to the first town: each asking
    reads the text between the place and the name."""
    def distance(m: Mention) -> int:
        return span.start - m.end if m.end <= span.start else m.start - span.end + 1

    first = region = None
    for m in sorted(near, key=distance):
        if not stands_in(m):
            continue
        if m.place.kind in _NEAR_KINDS:
            return m.place
        first = first or m.place
        if region is None and m.place.kind == "admin1":
            region = m.place
    if region is not None:
        town = placed.main_town(region.country)
        return town if town is not None and town.admin1 == region.admin1 else region
    return None if first is None else placed.main_town(first.country)


def _the_sentences_town(span: Span, placed: Placed, text: str) -> Place | None:
    """The one town its sentence names before a street: a round-up of councils ("Cambridge
    City Council voted to ban through traffic from Mill Road") names each town's streets
    beside it, and the story's first or most named town ("Salisbury City Council approved
    its budget") is another's. None where the sentence names none or several."""
    start, _ = sentence_at(text, span.start)  # (indexed: once per street rescanned the text)
    towns = {m.place.id: m.place for m in placed.between(start, span.start)
             if m.place is not None and m.place.kind == "city"}
    return next(iter(towns.values())) if len(towns) == 1 else None


def _the_storys_region(context: list[Mention], town: Place) -> Place | None:
    """The article's town, unless it names it once, after a first-level region of its
    country that does not hold it: "an earthquake struck Hualien, Taiwan … landslides on the
    road to Taroko Gorge. Tremors were felt in Taipei" is a story of Hualien County, where the
    gorge lies, not of Taipei, 100 km off, which only felt it."""
    towns = [m for m in context if m.place is not None and m.place.id == town.id]
    region = next((m for m in context if m.place is not None and
                   m.place.kind == "admin1" and m.place.country == town.country), None)
    if len(towns) != 1 or region is None or region.start > towns[0].start or \
            region.place.admin1 == town.admin1:
        return town
    return region.place


# What may stand between two names of a list (see `LIST_GAP`), read backwards and forwards
# from a name to find the offsets where its neighbours may end or start.
def _may_stand_between(character: str) -> bool:
    return character in ",andor" or character.isspace()


def list_neighbour(span: Span, placed: Placed, text: str) -> Place | None:
    """The place written next to a name in a list ("Kisumu and Rift Valley"): the two lie
    in one country far more often than not. Only a sure reading (a guessed or doubtful one,
    "Oxford Road" read as Oxford, England, in an Ontario story, would mislead)."""
    before = span.start
    while before > 0 and _may_stand_between(text[before - 1]):
        before -= 1
    after = span.end
    while after < len(text) and _may_stand_between(text[after]):
        after += 1
    near = [*(k for offset in range(before, span.start) for k in placed.ending_at(offset)),
            *(k for offset in range(span.end + 1, after + 1)
              for k in placed.starting_at(offset))]
    return placed.first(k for k in near if placed.context[k].confidence >= SURE_NEIGHBOUR and
                        listed_beside(text, (placed.context[k].start, placed.context[k].end),
                                      (span.start, span.end)))


SURE_NEIGHBOUR = SURE_READING  # (see `list_neighbour`)
# Features that lie at the town they are named after ("Lagos Lagoon", "Kano Airport"); not
# streets ("Nokomis Avenue" in Minneapolis) nor rivers.
_AT_ITS_TOWN = frozenset({"Lagoon", "Harbour", "Harbor", "Bay", "Inlet", "Airport", "Port"})
# A country or a broad region is too broad to stand in for a place (see `main_town`).
_HOLDER_KINDS = frozenset({"city", "admin2", "admin1", "landmark"})


_COMMA = re.compile(r",\s+")
# "Braemar in Aberdeenshire": "in" says less than the comma ("the Alps in Piedmont", "the
# first case in the Americas in Alaska"), so it places only a town, in another country's
# first-level region.
_IN = re.compile(r",?\s+in\s+")


# What "X, <region>" places in the region when the gazetteer has X only elsewhere: a town, or
# a valley, a park or a landmark ("Swan Valley, Idaho" had been Western Australia's wine
# region — a review).
_HELD_KINDS = frozenset({"city", "region", "landmark"})


def held_by_the_region_after(mentions: list[Mention], text: str) -> list[Mention]:
    """"Grantville, Pennsylvania" (or "Braemar in Aberdeenshire") where the gazetteer has no
    Grantville in Pennsylvania (Braemar in Scotland, but one in British Columbia): the
    town is a small one there (cities500 lists no town under 500 people), so the state's
    point, flagged, beats a namesake elsewhere. US states and counties are small enough for
    it; another country's region only when the namesake lies in another country: "Stroud,
    Ontario" in Ontario's middle is 900 km off, but Stroud in England is 5,500. Not in a list
    of regions ("cases in Washington, Pennsylvania and California")."""
    held = list(mentions)
    for k in range(len(held) - 1):
        town, region = held[k], held[k + 1]
        if town.place is None or region.place is None or town.place.kind not in _HELD_KINDS or \
                region.place.kind not in ("admin1", "admin2") or \
                not (_COMMA.fullmatch(text, town.end, region.start) or
                     _placed_in_a_region_abroad(town.place, region.place, text, town.end,
                                                region.start)) or \
                _in_a_list_of_regions(held, k, text):
            continue
        if town.place.country == region.place.country and (
                region.place.country != "US" or town.place.kind != "city"):
            continue  # (a valley or a park of the region's country: its own, whatever its
            # region's code — "the Napa Valley, California")
        if not contains(region.place, town.place):
            held[k] = Mention(town.start, town.end, town.surface, region.place,
                              TOWN_GUESS_CONFIDENCE)
            _held_there_again(held, k, region.place, text)
    return held


def _held_there_again(held: list[Mention], k: int, region: Place, text: str) -> None:
    """The later mentions of a name the text put in a region once ("LEBANON, Kansas — …
    85 miles south-east of Lebanon"), read as the country of that name: the same town. Only
    a country's: a story naming "Oslo, Minnesota" and "Berlin, Connecticut" names Norway's
    and Germany's capitals too, and towns' readings (Oslo, Berlin) held out kept right."""
    name = held[k].surface.casefold()
    for j in range(k + 1, len(held)):
        m = held[j]
        if m.place is not None and m.place.kind == "country" and \
                m.surface.casefold() == name and m.place.country != region.country and \
                not _the_country_s_own(held, j, text):
            held[j] = Mention(m.start, m.end, m.surface, region, TOWN_GUESS_CONFIDENCE)


def _the_country_s_own(held: list[Mention], j: int, text: str) -> bool:
    """Whether the story speaks of the country itself at held[j]: it names a place of that
    country by another name ("aid to Lebanon … fighting near Beirut"), or lists it among
    countries ("Lebanon and Syria", review 30)."""
    country = held[j].place.country
    if any(m.place is not None and m.place.country == country and
           m.surface.casefold() != held[j].surface.casefold() for m in held):
        return True
    neighbours = [(held[j - 1], held[j - 1].end, held[j].start)] if j > 0 else []
    if j + 1 < len(held):
        neighbours.append((held[j + 1], held[j].end, held[j + 1].start))
    return any(m.place is not None and m.place.kind == "country" and
               LIST_GAP.fullmatch(text, gap_start, gap_end) is not None
               for m, gap_start, gap_end in neighbours)


# "In" joins a famous city to where its people now live too ("refugees from Aleppo in
# Ontario", "fled Mogadishu in Minnesota" — review 25): only a reading this small is taken
# for a namesake of a town in the region.
PLACED_IN_TOWN_SIZE = 10_000


def _placed_in_a_region_abroad(town: Place, region: Place, text: str, end: int,
                               start: int) -> bool:
    """"Braemar in Aberdeenshire" with Braemar read in British Columbia (`_IN`)."""
    return town.kind == "city" and region.kind == "admin1" and \
        town.country != region.country and town.population < PLACED_IN_TOWN_SIZE and \
        bool(_IN.fullmatch(text, end, start))


# A city this big has quarters news names by its possessive ("Mosul's Old City"); a reading
# of such a quarter this far off, in another country, is a namesake's; a reading below this
# confidence is no sure one.
QUARTER_CITY = 100_000
QUARTER_FAR_KM = 100.0
# The words of a quarter's name that many cities have ("Old City", "Old Town", "Chinatown",
# "the Medina", "Downtown"): only such a name after a city's possessive is the city's own;
# a town's or a city's name stays itself ("Dublin's Belfast office", "Toronto's Buffalo
# Bills fans", "Tehran's Basra consulate" — a review).
_QUARTER_WORDS = frozenset({
    "old", "new", "city", "town", "chinatown", "downtown", "uptown", "midtown", "medina",
    "kasbah", "casbah", "quarter", "centre", "center", "harbour", "harbor", "waterfront",
    "bazaar", "souk", "business", "district", "end", "side", "village", "market"})
QUARTER_SURE = 0.8


def quarters_of_their_city(mentions: list[Mention], text: str) -> list[Mention]:
    """"Mosul's Old City", "Bangkok's Chinatown", "Kathmandu's Old Town": what a big city's
    possessive names lies in it. Where the gazetteer has no such quarter there, the name had
    gone to a namesake in another country (Jerusalem's Old City, San Francisco's Chinatown,
    Las Vegas by an old name of it): it is the city's point, flagged, in every mention of
    the name so read. Only a name of the kind many cities' quarters have (`_QUARTER_WORDS`),
    never a sure reading."""
    moved: dict[tuple[str, str], Place] = {}
    for city, quarter in pairwise(mentions):
        if city.place is None or quarter.place is None or city.place.kind != "city" or \
                city.place.population < QUARTER_CITY or \
                quarter.place.kind not in ("city", "landmark") or \
                quarter.place.country == city.place.country or \
                quarter.confidence >= QUARTER_SURE or \
                text[city.end:quarter.start] not in POSSESSIVE_GAPS:
            continue
        if not all(w in _QUARTER_WORDS for w in re.split(r"[\s-]+", quarter.surface.lower())):
            continue
        if _places_km(city.place, quarter.place) >= QUARTER_FAR_KM:
            moved[quarter.surface, quarter.place.id] = city.place
    if not moved:
        return mentions
    return [Mention(m.start, m.end, m.surface, moved[m.surface, m.place.id],
                    TOWN_GUESS_CONFIDENCE)
            if m.place is not None and (m.surface, m.place.id) in moved else m
            for m in mentions]


# "Hillsborough in Sheffield", "North Kensington, west London": a district named with its
# city, by "in" or by a comma and the part of the city. Its reading this far from a city this
# big is a namesake's (Hillsborough, County Down; North Kensington, Maryland); a district's
# reading is a small place (a town of QUARTER_CITY people or more is no district: "flights
# from Leeds in London" stay Leeds).
# (A capitalised word between is the district's own, which the gazetteer lacks and the
# recogniser left: "Moss Side in Manchester" had been "Moss", a village near Doncaster.)
_DISTRICT_OF = re.compile(r"(?P<tail> [A-Z][a-z]+)? in |, (?:north|south|east|west|central"
                          r"|inner|outer)(?:-?(?:east|west))? ")
DISTRICT_FAR_KM = 60.0  # (a metropolis reaches 50 km: Penrith, NSW, is Sydney's)


def districts_of_their_city(mentions: list[Mention], text: str,
                            lookup: Callable[[str], Sequence]) -> list[Mention]:
    """A district the text places in a big city whose reading lies far from it: the name's
    reading near the city where the gazetteer has one (`lookup` gives a name's candidates),
    else the city's point, flagged as a guess, in every mention of the name so read."""
    moved: dict[tuple[str, str], tuple[Place, float]] = {}
    whole: dict[int, int] = {}  # a cut district's start → where its whole name ends
    for district, city in pairwise(mentions):
        gap = _DISTRICT_OF.fullmatch(text, district.end, city.start)
        if gap is None or city.place is None or district.place is None or \
                city.place.kind != "city" or city.place.population < QUARTER_CITY or \
                district.place.kind != "city" or district.place.population >= QUARTER_CITY or \
                _places_km(district.place, city.place) < DISTRICT_FAR_KM:
            continue
        if gap.group("tail"):
            whole[district.start] = gap.end("tail")
            moved[district.surface, district.place.id] = (city.place, TOWN_GUESS_CONFIDENCE)
            continue
        near = [c.place for c in lookup(district.surface)
                if _places_km(c.place, city.place) < DISTRICT_FAR_KM]
        moved[district.surface, district.place.id] = (near[0], district.confidence) if near \
            else (city.place, TOWN_GUESS_CONFIDENCE)
    if not moved:
        return mentions
    return [_moved_to(m, moved[m.surface, m.place.id], whole.get(m.start, m.end), text)
            if m.place is not None and (m.surface, m.place.id) in moved else m
            for m in mentions]


def _moved_to(mention: Mention, reading: tuple[Place, float], end: int, text: str) -> Mention:
    """The mention at its new place, over its whole name where the recogniser cut it."""
    return Mention(mention.start, end, text[mention.start:end], *reading)


def _places_km(a: Place, b: Place) -> float:
    """`haversine_km` between two places."""
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _in_a_list_of_regions(mentions: list[Mention], k: int, text: str) -> bool:
    """Mention k stands in a list with regions: one is before it or after the next."""
    def region(m: Mention) -> bool:
        return m.place is not None and m.place.kind in ("admin1", "country")

    before = k > 0 and region(mentions[k - 1]) and \
        LIST_GAP.fullmatch(text, mentions[k - 1].end, mentions[k].start) is not None
    after = k + 2 < len(mentions) and region(mentions[k + 2]) and \
        LIST_GAP.fullmatch(text, mentions[k + 1].end, mentions[k + 2].start) is not None \
        and not contains(mentions[k + 2].place, mentions[k + 1].place)  # "X, Ontario, Canada"
    return before or after


def main_town(context: list[Mention], country: str | None = None) -> Place | None:
    """The town an article names most (the first of equals) in `country`, by default the
    country it names most, where its streets and the small places no gazetteer has are:
    local news names its own town again and again. None when it names no town there (a
    country or a region is too broad to stand in for a place)."""
    home = country or main_country(context)  # a town of another country is no guess at all
    if home is None:
        return None
    towns = [m.place for m in context if m.place is not None and m.place.kind == "city"
             and m.place.country == home]
    if not towns:
        return None
    counts = Counter(place.id for place in towns)
    return max(towns, key=lambda place: counts[place.id])  # max keeps the first of equals


# Words that make the name after them a quarter of a town, in the languages whose news names
# them so: the Philippines' barangays, Mexico's colonias, Spanish and Portuguese barrios and
# bairros, a port's quay ("Cais Mauá"). The name alone is often a town's elsewhere ("Barangay
# San Jose in Tacloban City" is no San Jose 27 km off; "Colonia Jardín" no La Colonia, Jalisco
# and El Jardín, Chiapas); the word alone no place here.
_QUARTER_HEADS = ("Barangay", "Colonia", "Barrio", "Bairro", "Cais")
QUARTER_NEAR_KM = 15.0  # a reading this near its town is the quarter's own (a barangay's)
# After a quarter: the town it is "in" or "of" ("Barangay San Jose in Tacloban City").
_QUARTER_IN = re.compile(r",?\s+(?:in|of)\s+(?:the\s+)?(?:city\s+of\s+)?")


def named_as_a_quarter(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is a quarter's word (`_QUARTER_HEADS`) or follows
    one ("Colonia Jardín", "Recife's Cais Dourado"): `quarters_by_their_word` places it."""
    return text[start:end] in _QUARTER_HEADS or any(
        text.endswith(word + " ", 0, start) for word in _QUARTER_HEADS)


def quarters_by_their_word(mentions: list[Mention], text: str) -> list[Mention]:
    """A name after a quarter's word (`_QUARTER_HEADS`) is the quarter, over both words: put
    at its town, flagged as a guess, unless its reading lies within QUARTER_NEAR_KM of that
    town. Its town is the one the text says holds it ("in Tacloban City", "Porto Alegre's"),
    else the nearest its sentence names (`_towns_near`); none, and it is left as it was."""
    out = list(mentions)
    drop: set[int] = set()
    for k, m in enumerate(out):
        head, end = _quarter_head(out, k, text)
        if head is None or m.place is None or k in drop:
            continue
        town = _the_quarter_s_town(out, k, head, end, text)
        if town is None or (m.place.kind == "city" and _places_km(m.place, town) < QUARTER_NEAR_KM):
            continue
        if end > m.end:
            drop.add(k + 1)  # ("Colonia" read alone, then "Jardín")
        out[k] = Mention(head, end, text[head:end], town, TOWN_GUESS_CONFIDENCE)
    return [m for k, m in enumerate(out) if k not in drop]


def _quarter_head(mentions: list[Mention], k: int, text: str) -> tuple[int | None, int]:
    """Where the quarter's whole name starts and ends, if mention k is its name after a
    quarter's word, or is the word read alone as a place with the name read next."""
    m = mentions[k]
    for word in _QUARTER_HEADS:
        if text[max(0, m.start - len(word) - 1):m.start] == f"{word} " and \
                (m.start - len(word) - 1 == 0 or not text[m.start - len(word) - 2].isalnum()):
            return m.start - len(word) - 1, m.end
    nxt = mentions[k + 1] if k + 1 < len(mentions) else None
    if m.surface in _QUARTER_HEADS and nxt is not None and nxt.start == m.end + 1 and \
            text[m.end] == " ":
        return m.start, nxt.end
    return None, m.end


def _the_quarter_s_town(mentions: list[Mention], k: int, start: int, end: int,
                        text: str) -> Place | None:
    """The town a quarter lies in: written after it ("in Tacloban City") or owning it
    ("Porto Alegre's Cais Mauá"), else the nearest its sentence names surely."""
    gap = _QUARTER_IN.match(text, end)
    after = [m for m in mentions[k + 1:k + 3] if gap is not None and m.start == gap.end()]
    before = [m for m in mentions[max(0, k - 1):k]
              if text[m.end:start] in POSSESSIVE_GAPS]
    for m in (*after, *before):
        if m.place is not None and m.place.kind == "city":
            return m.place
    return _town_near(mentions, start, end, text)


def _town_near(mentions: list[Mention], start: int, end: int, text: str) -> Place | None:
    """The sure town its sentence names nearest [start, end), before it first."""
    s_start, s_end = sentence_at(text, start)
    towns = [m for m in mentions if m.place is not None and m.place.kind == "city" and
             m.confidence >= SURE_NEIGHBOUR and s_start <= m.start < s_end and
             (m.end <= start or m.start >= end)]
    before = [m for m in towns if m.end <= start]
    if before:
        return before[-1].place
    return towns[0].place if towns else None


# "the neighbourhoods of Sarandi and Humaitá", "the suburbs of …": a city's quarters follow.
# ("The districts of" only before "… of the city": "the delta districts of Thanjavur,
# Tiruvarur and Nagapattinam" under a CHENNAI dateline are a state's, not Chennai's.)
_QUARTERS_OF = re.compile(r"\b(?:the\s+)?(?:neighbou?rhoods?|suburbs?|(?P<districts>districts?)"
                          r"|barangays?|colonias?|barrios?|bairros?)\s+of\s+$")
# After the list: "in the north of the city", "of the city": the city is the story's.
_OF_THE_CITY = re.compile(r"\s+(?:in|of)\s+the\s+(?:[a-z]+\s+of\s+the\s+)?city\b")


def neighbourhoods_of_the_city(mentions: list[Mention], text: str,
                               lookup: Callable[[str], Sequence]) -> list[Mention]:
    """Names listed after "the neighbourhoods (districts, suburbs) of" are a city's quarters
    where the text makes them so: where the list ends "in the north of the city", of the
    sure town named last before it; where a town frames the sentence ("In Acapulco de
    Juárez, the neighbourhoods of …") or owns them ("Recife's suburbs of …"), of that town.
    A reading DISTRICT_FAR_KM or more from that town, of a town smaller than QUARTER_CITY (a
    quarter's name is a small place's elsewhere), goes to the name's reading near the town
    where the gazetteer has one, else to the town's point, flagged: "the neighbourhoods of
    Sarandi and Humaitá in the north of the city" of a Porto Alegre story had been the towns
    Sarandi and Humaitá, 300 km off. Not by a town merely named before: "the suburbs of
    Valence" after "Police in Lyon said" are Valence's, "the neighbourhoods of Galveston
    and Texas City" after Houston those towns' (review 34)."""
    moved: dict[int, Mention] = {}
    k = 0
    while k < len(mentions):
        start = mentions[k].start
        said = _QUARTERS_OF.search(text, max(text.rfind("\n", 0, start) + 1, start - 40), start)
        if said is None:
            k += 1
            continue
        listed = [k]
        while listed[-1] + 1 < len(mentions) and LIST_GAP.fullmatch(
                text, mentions[listed[-1]].end, mentions[listed[-1] + 1].start):
            listed.append(listed[-1] + 1)
        town = _the_quarters_city(mentions, k, said.start(), mentions[listed[-1]].end, text,
                                  bool(said.group("districts")))
        for j in listed:
            m = mentions[j]
            if town is not None and m.place is not None and m.place.kind == "city" and \
                    m.place.population < QUARTER_CITY and m.place.id != town.id and \
                    _places_km(m.place, town) >= DISTRICT_FAR_KM:
                near = [c.place for c in lookup(m.surface) if _places_km(c.place, town) < DISTRICT_FAR_KM]
                moved[j] = Mention(m.start, m.end, m.surface, *(
                    (near[0], m.confidence) if near else (town, TOWN_GUESS_CONFIDENCE)))
        k = listed[-1] + 1
    return [moved.get(k, m) for k, m in enumerate(mentions)]


# A town framing its sentence: "In Acapulco de Juárez, the neighbourhoods of …".
_IN_FRAME = re.compile(r"\W*In\s+")


def _the_quarters_city(mentions: list[Mention], k: int, said: int, end: int, text: str,
                       districts: bool) -> Place | None:
    """The town whose quarters mention k starts a list of (`neighbourhoods_of_the_city`),
    whose words start at `said` and which ends at `end`: the sure town named last before
    "… of the city" after it; else, not after "the districts of", the sure town owning the
    words or opening their sentence "In X,"."""
    if _OF_THE_CITY.match(text, end):
        sure = [m for m in mentions[:k] if m.place is not None and m.place.kind == "city" and
                m.confidence >= SURE_NEIGHBOUR]
        return sure[-1].place if sure else None
    if districts:
        return None
    s_start, _ = sentence_at(text, mentions[k].start)
    for m in (mentions[j] for j in range(k - 1, -1, -1)):
        if m.start < s_start:
            break
        if m.place is None or m.place.kind != "city" or m.confidence < SURE_NEIGHBOUR:
            continue
        if text[m.end:said] in POSSESSIVE_GAPS or (
                _IN_FRAME.fullmatch(text, s_start, m.start) and text.startswith(",", m.end)):
            return m.place
    return None
