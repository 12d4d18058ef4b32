"""Find place-name spans in cleaned text.

Method: a gazetteer lookup over runs of capitalised words (longest match first, through a
memory-mapped trie, so it runs at thousands of articles a second), then filters that remove
what a gazetteer match alone gets wrong:

- people: "Lloyd Austin" (a given name before a place name), "Paris Hilton" (a place name that
  is also a given name, before a surname), "President X", and later bare mentions of a
  surname already seen in a person's name;
- ordinary words: "Police", "West", "March", "PEACE" are towns somewhere; such a match needs a
  place cue ("in Reading", "Mobile, Ala.") unless it names a country or region; a name of
  several words capitalised inside a sentence is its own cue ("since New London Police"),
  unless a saint, title or article explains the capitals ("St. Patrick's Day");
- streets: a place name before "Street", "Avenue", "Road"… is the street's name, kept
  unresolved ("Wichita Street" in Ohio is not Wichita, Kansas);
- titles and money: a place opening a newspaper's title ("the Moscow Times", "Lansing State
  Journal") or a currency ("US$460 million") is not a mention of the place;
- short all-capital tokens match only known abbreviations ("US", "UK"), never towns ("UN").

Names no gazetteer knows are still found when the text says they are places ("the village of
Zzyzx", "Zzyzx Oblast", "Zzyzx River", "Lake Zzyzx"); they are resolved by the geocoder
chain, or left unresolved.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache, partial
from typing import NamedTuple

from placeline.clean import AGENCY_NAME
from placeline.config import PACKAGE_DATA
from placeline.gazetteer import Candidate, Gazetteer
from placeline.gazetteer_build import SUPPLEMENT_PREFIX
from placeline.models import REGION_KINDS, Place, haversine_km
from placeline.name_context import (
    _FEATURE_OF,
    ABBREVIATED_TITLES,
    AGENCY_SLOT_AFTER,
    ALTERNATE_NAME_ZIPF,
    ANCHOR,
    APPOSED_KIND_AFTER,
    BIG_REGION,
    BODY_FIELD_BEFORE,
    BODY_FOR_BEFORE,
    BODY_NAME_AFTER,
    BODY_OF_BEFORE,
    BREED_AFTER,
    BREED_NAMES,
    BREED_ONE_ANIMAL_AFTER,
    BREED_OWN_WORD_AFTER,
    BREED_PLACE_NAMES,
    BROAD_KINDS,
    BUILDING_BEFORE,
    BYLINE_BEFORE,
    CALENDAR_WORDS,
    CAR_MAKES,
    CITY_BODY_AFTER,
    CLUB_AFTER,
    CLUB_AFTER_IN_SPORT,
    CLUB_BEFORE,
    CLUB_BEFORE_IN_SPORT,
    CLUB_FIRST_WORDS,
    COMMON_SURPRISE,
    COMMON_WORD_ZIPF,
    COMPANY_AFTER,
    COORDINATED,
    DATELINE_AFTER,
    DEPARTMENT_LIST_AFTER,
    DIRECTION_OF_BEFORE,
    DIRECTION_WORDS,
    DISASTER_HIT_BEFORE,
    DISEASE_AFTER,
    ERA_BEFORE,
    EVENT_BEFORE,
    EVENT_OR_FIRM_AFTER,
    FEATURE_BEFORE,
    FEATURE_OF_BEFORE,
    FIRM_FORM_AFTER,
    FIRM_WORDS,
    FIRMS_NAMED_LIKE_TOWNS,
    FUNCTION_WORD_ZIPF,
    GIVEN_NAME_TOWN,
    GREAT_VENUE_AFTER,
    GREEK_LETTER_NAMES,
    HEAD_WORDS,
    HEADLINE_MASTHEAD_WORDS,
    HEADLINED_BEFORE,
    HISTORIC_PEOPLES,
    HYPHEN_PAIR,
    KIND_AFTER,
    KIND_LIST_AFTER,
    KIND_OF_LIST,
    KIND_WORDS,
    LANGUAGE_NAMES,
    LEGISLATURES,
    LIST_GAP,
    LIST_GAP_SPACED,
    LIST_JOINS,
    LIST_KIND_WORDS,
    LIST_NAME,
    LISTED_AFTER_KIND,
    LISTED_BEFORE_COUNTIES,
    LISTED_WORD_TOWN,
    LOCATIVE_BEFORE,
    LOWER_CASE_KIND,
    MASTHEAD_WORDS,
    MODEL_YEAR_BEFORE,
    MONTH_DATE_AFTER,
    NAME_REACH,
    NAMED_AFTER_IN,
    NAMED_BY_ITS_PREPOSITION,
    NAMED_FOR_OTHER_THINGS,
    NAMED_OFF_A_COAST,
    NEWS_CONVENTION,
    NOT_PROPER_CASE,
    NUMBERED_AFTER,
    ONE_OF_A_BREED_BEFORE,
    ORDINARY_REGION_AT,
    ORDINARY_WORD_REGIONS,
    ORGANISATION_AFTER,
    PARTNER_AFTER,
    PARTY_BEFORE,
    PERSON_AFTER,
    PLACE_CUES,
    PLACE_NAME_HEADS,
    PLACE_TYPE_WORDS,
    POSSESSIVE_ENDS,
    POSSESSIVE_GAPS,
    PROPER_CASE,
    PUBLIC_BODY_AFTER,
    REGION_BODY_AFTER,
    REGION_BODY_BEFORE,
    REGION_OF_LIST,
    RESIDENCE_BEFORE,
    RESIDENT,
    RESIDENT_AFTER,
    RIVER_VERB_AFTER,
    SAINT_NAME,
    SAINTS_INSTITUTION_AFTER,
    SAME_TEXT,
    SCHOOL_AFTER,
    SEATS_OF_POWER,
    SEROVAR_BEFORE,
    SHORT_MONTHS,
    SHORT_WEEKDAYS,
    SOURCE_BEFORE,
    SPEECH_AFTER,
    STORM_WORDS,
    STRAIN_AFTER,
    STREET,
    STREET_AFTER,
    STREET_LIST_AFTER,
    TACTICAL_UNIT_AFTER,
    TACTICAL_UNIT_NAMES,
    TAIL_WORD_ZIPF,
    TEAM_AFTER,
    TEAM_AFTER_IN_SPORT,
    THE_FORM,
    THE_SURPRISE,
    TITLES,
    TOWN_NOUN_AFTER,
    TRADE_FIRM_WORDS,
    UNKNOWN_PLACE_PATTERNS,
    VARIANT_AFTER,
    VEHICLE_AFTER,
    VENUE_AFTER,
    VENUE_BODY_WORDS,
    VENUE_SURNAME_HEADS,
    VESSEL_BEFORE,
    WEAK_CUES,
    WEATHER_WORDS,
    WEEKDAY_DATE_AFTER,
    WHO_AFTER,
    WHOLE_AFTER,
    WORK_BEFORE,
    BeforeName,
    NamePattern,
    any_of,
)
from placeline.name_tokens import (
    CONNECTORS,
    PLURAL_POSSESSIVE,
    Span,
    Token,
    across_an_apostrophe,
    after_the,
    another_script,
    hyphen_joined,
    is_common_word,
    joined_by_space,
    name_surprise,
    opens_a_sentence,
    run_bounds,
    sentence_initial,
    surprise,
    tokenize,
    word_zipf,
)
from placeline.names import name_key
from placeline.per_object import per_object
from placeline.person_names import (
    GIVEN_NAME_AND_SURNAME,
    LONGER_NAME,
    PEOPLE_WORDS,
    THIS_MENTION_ONLY,
    PersonNameTests,
    names_a_party,
    names_a_thing_or_role,
    quoted_speaker,
)
from placeline.rescues import (
    coordinated_with_places,
    lie_within,
    listed_after,
    listed_after_places,
    listed_before,
    listed_first_after,
    near_sure_places,
)
from placeline.rivers import (
    CAPITALISED_WORD,
    NOUN_PHRASE_ENDS,
    RARE_SEA_WORD_ZIPF,
    RIVER_MAY_STAND_AFTER,
    RIVER_PAIR_BEFORE,
    RIVER_PART_BEFORE,
    RIVER_PREPOSITION_BEFORE,
    RIVERS_NOUN_AFTER,
    SEA_ADJECTIVE_ENDINGS,
    SEA_COAST_AFTER,
    SEA_SIDE_BEFORE,
    after_a_river_word,
    before_a_river_word,
    keeps_its_name_after_the,
    where_a_river_may_stand,
)
from placeline.text import SpanIndex, capitals_opening_a_line
from placeline.text_index import holds, names_a_disease_once, substring_ends
from placeline.whole_names import (
    FIRM_OR_CLUB_APPOSED,
    SHARES_IN,
    VENUE_STARTS,
    VENUE_TOWN_SIZE,
    WHOLE_ENDINGS,
    WHOLE_STARTS,
    about_sport,
    anchor,
    firm_names,
    venue_named_for_its_town,
    venue_placed,
)

_POSTAL_CODE = re.compile(r"[A-Z]{2,3}|[A-Z][a-z]{1,4}")  # "WA", "NSW"; "Qld", "Man", "Ill"


@dataclass(frozen=True)
class _Seen:
    """What recognition learns from the whole text before judging each name in it."""

    person_words: frozenset[str]  # words of people's names ("Lloyd Austin": "Austin")
    hyphen_paired: Mapping[int, set[str]]  # first tokens of hyphen pairs, with both names
    diseases: set[str]  # names written before "virus", "fever"…
    kind_lists: Mapping[tuple[int, int], str]  # list items after their kind ("the villages
    # of A, B and C": A, B, C → "villages")
    kind_named: frozenset[int]  # first tokens of names with their kind after ("Cook county")
    storms: frozenset[str] = frozenset()  # names written after a storm's kind ("Cyclone Kanto")
    title_case_lines: dict[int, bool] = field(default_factory=dict)  # (`_in_title_case`'s
    # memo for the text: a one-line text may hold thousands of names — review 28)


# How a short word may be a state's abbreviation (see `_abbreviation_at`).
NOT_SHORT, SHORT_FORM, MAYBE_SHORT = 0, 1, 2


def a_big_place_s_word(word: str, candidates: tuple) -> bool:
    """Whether a word is frequent because a big place bears it ("miami": Zipf 4.5, a city of
    440,000), which explains its frequency (surprise under `COMMON_SURPRISE`): a proper name's
    word, not an ordinary one. Only a place of `GIVEN_NAME_TOWN` or more: a word unknown to
    wordfreq (Zipf 0) is no more frequent for a village's bearing it (review 26)."""
    return max((c.place.population for c in candidates), default=0) >= GIVEN_NAME_TOWN and \
        surprise(word_zipf(word.lower()), candidates) < COMMON_SURPRISE


# A dateline on a line of its own, under the title and a byline ("KYIV", the story on the
# next line; UI 60): a short name in capitals had needed a dateline's dash after it to be
# read as a place and not an abbreviation, so a lone "KYIV" or "LVIV" placed nothing, where
# "LONDON", too long for an abbreviation, was London. Only near the top, above the story:
# further down a lone "NATO" or "FAQ" is a heading, and a last line has no story below it.
DATELINE_LINES = 3  # the lines a lone dateline may follow: a title, a standfirst, a byline
DATELINE_REACH = 1000  # characters: past them, a line is the story's, not its head's
_LONE_DATELINE_REST = re.compile(r"(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,3})?\s*")  # ", Ukraine"


def _a_lone_dateline(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a line's whole text (but its region: "KYIV, Ukraine") among
    the first lines of the text, with more text after it (`DATELINE_LINES`)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0 or line_start > DATELINE_REACH or text[line_start:start].strip() or \
            not _LONE_DATELINE_REST.fullmatch(text, end, line_end) or not text[line_end:].strip():
        return False
    return sum(1 for line in text[:line_start].split("\n") if line.strip()) <= DATELINE_LINES


def _abbreviation_at(text: str, start: int, end: int, one_word: bool) -> int:
    """Whether the word(s) at [start, end) are a state's short form: SHORT_FORM where AP
    writes one ("Tampa, Fla.", "D-Calif"), MAYBE_SHORT where a point follows elsewhere (it
    may end the sentence: "from Girona and Vic." is Catalonia's town), NOT_SHORT otherwise,
    and after "the" ("the Wash." is the bay: no state's short form follows "the")."""
    if after_the(text, start):
        return NOT_SHORT
    if one_word and text[start - 1:start] == "-" and \
            PARTY_BEFORE.search(text, max(0, start - 4), start):
        return SHORT_FORM
    if text[end:end + 1] != ".":
        return NOT_SHORT
    return SHORT_FORM if text[max(0, start - 2):start] == ", " else MAYBE_SHORT


def _names_a_body(word: str) -> bool:
    """A word that ends an organisation's or a building's name ("Authority", "Council",
    "Hospital"), not a place's kind ("Bay", "Township"): "the River Nene Authority" is no
    river, "Laguna de Bay" is a lake."""
    lower = word.lower()
    return lower in HEAD_WORDS and lower not in KIND_WORDS


# A noun after a word opening a sentence that makes the word a fixture's ("Derby day",
# "Derby rivals"; `_an_ordinary_word_here`).
_A_FIXTURE_S_NOUN = re.compile(r" (?:day|rivals|match|clash|showdown|fixture|game)\b(?!['’-])",
                               re.IGNORECASE)
# A word after a big place's name this frequent is a team's nickname as often as a surname
# ("Heat", "Magic", "Storm"; not "Hilton", "Welch"): see `_a_team_s_name`.
TEAM_WORD_ZIPF = 4.5
FEW_NAMES = 3  # a text naming no more places has a people's adjective tell its country


def _a_town_s_airport(kind: str, candidates: tuple) -> bool:
    """"the Leeds airport", "London airport": a sizeable town's airport is near it, and the
    gazetteer's "London Airport" may be another London's (Ontario); only a name no such town
    has ("Salgado Filho airport", not a hamlet of Rio Grande do Sul; "Dulles airport", not a
    shopping centre's CDP) is read as the airport the gazetteer holds."""
    return kind == "airport" and any(
        c.kind == "city" and c.place.population >= GIVEN_NAME_TOWN for c in candidates)


_COUNTY_WORDS = frozenset({"County", "Parish"})
# "Co Kerry", "County Cork" (as Ireland writes them): shown to be a place, so is "Kerry"
# alone. (US counties by their short names: see `_county_short_names`.)
_COUNTY_WORD_BEFORE = re.compile(r"^(?:County|Co\.?) ")


def _county_short_names(text: str, tokens: list[Token],
                        matches: list[tuple[int, int, tuple]]) -> list[tuple[int, int, tuple]]:
    """Local news names a county in full, then by its first words ("Clarke County … Clarke
    and Oconee", "Gwinnett County … Gwinnett Medical Center"): where the gazetteer has no
    such short name, its other mentions are matches too, with the county's candidates, and
    face the same filters as any match."""
    counties: dict[tuple[str, ...], tuple] = {}
    for i, j, candidates in matches:
        if j > i and tokens[j].text in _COUNTY_WORDS:
            counties[tuple(t.text for t in tokens[i:j])] = tuple(
                c for c in candidates if c.kind == "admin2")
    if not counties:
        return []
    taken = {k for i, j, _ in matches for k in range(i, j + 1)}
    starts: dict[str, list[int]] = {}
    for words in counties:
        starts.setdefault(words[0], [])
    for i, token in enumerate(tokens):
        if token.text in starts:
            starts[token.text].append(i)
    found = []
    for words, candidates in counties.items():
        for i in starts[words[0]] if candidates else ():
            j = i + len(words) - 1
            if j >= len(tokens) or any(k in taken for k in range(i, j + 1)) or tuple(
                    t.text for t in tokens[i:j + 1]) != words or (
                    j + 1 < len(tokens) and tokens[j + 1].text in _COUNTY_WORDS):
                continue
            found.append((i, j, candidates))
            taken.update(range(i, j + 1))
    return found


# What an agency does after its name ("Tass reported", "Tass said on Monday", "Xinhua news
# agency quoted"), or what stands before it as a source ("according to Tass", "told Xinhua",
# "the state news agency Tass").
_AGENCY_REPORTS = re.compile(
    r"(?:['’]s)?(?: (?:state |official )?news agency)?,? (?:reported|reports|said|says|quoted"
    r"|quotes|cited|cites|carried|announced)\b| (?:state |official )?news agency\b")
_AGENCY_SOURCE = re.compile(
    r"\b(?:[Aa]ccording to|told|[Nn]ews agency|[Ww]ire service|[Aa]gency) $")


def _an_agency_reporting(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """A news agency's name (those credits name, `clean.AGENCY_NAME`) that reports or is
    cited, not the town of its name: "Tass reported" had been Tass, a Hungarian village of
    3,000, and "Xinhua reported" a Chinese town GeoNames also calls Xinhua. Not after a
    locative ("the police in Tass said"): that is the place speaking."""
    surface = text[tokens[i].start:tokens[j].end]
    if not AGENCY_NAME.fullmatch(surface) or LOCATIVE_BEFORE.search(
            text, max(0, tokens[i].start - 20), tokens[i].start):
        return False
    return bool(_AGENCY_REPORTS.match(text, tokens[j].end) or _AGENCY_SOURCE.search(
        text, max(0, tokens[i].start - 14), tokens[i].start))


@cache
def _former_names() -> frozenset[str]:
    """The keys of names a state or a city bore before it was renamed where it stands
    (placeline/data/historical_names.csv's rows with no point of their own: "Ceylon",
    "Siam", "Bombay", "Madras", "Peking")."""
    with (PACKAGE_DATA / "historical_names.csv").open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return frozenset(name_key(name) for row in rows if not row["lat"]
                         for name in [row["name"], *row["aliases"].split("|")] if name)


# The words a body's name ends in after a former name ("the Ceylon Electricity Board", "the
# Bombay High Court", "the Madras Regiment"), or stands on before "of" ("the Bank of Ceylon",
# "the Planters' Association of Ceylon").
_BODY_HEADS = HEAD_WORDS | {"exchange", "regiment", "regimental", "congress", "corps"}
_WORDS_OF_A_NAME_AFTER = re.compile(r"(?:(?: and| of| &)? [A-Z][\w'’-]*){1,5}")
_WORD_OF_BEFORE = re.compile(r"\b([A-Z][\w'’-]*) of (?:the )?$")


def _a_former_name_a_body_kept(text: str, tokens: list[Token], i: int, j: int, surface: str,
                               candidates: tuple) -> bool:
    """A renamed state's or city's former name inside a body's name is the body's, which
    kept the name when the place changed it ("the Bank of Ceylon", "the Ceylon Tea Board",
    "the Bombay Stock Exchange", "the Madras High Court"; held out tags none of a dozen):
    today news writes the former name mostly so, and the place by its name now. Not a
    public body of a town that still bears the name as its own (Madras, Oregon: "the Madras
    City Council"), and alone or in a history ("the former Ceylon") it is the place."""
    key = name_key(surface)
    if key not in _former_names() or (
            any(name_key(c.place.name) == key for c in candidates) and (
                PUBLIC_BODY_AFTER.match(text, tokens[j].end) or
                CITY_BODY_AFTER.match(text, tokens[j].end))):
        return False
    after = _WORDS_OF_A_NAME_AFTER.match(text, tokens[j].end)
    before = _WORD_OF_BEFORE.search(text, max(0, tokens[i].start - 30), tokens[i].start)
    return bool(after and after.group().rsplit(" ", 1)[-1].lower() in _BODY_HEADS) or \
        bool(before and before.group(1).lower() in _BODY_HEADS)


# How a division's own name holds its bare one ("County Clare", "Clare County", "Western
# Province"); a division is of `models.REGION_KINDS`.
_DIVISION_FORMS = ("County {}", "{} County", "{} Province", "Province of {}", "{} Region",
                   "{} District", "{} Governorate")


def _division_forms(surface: str, candidates: tuple) -> set[tuple[str, str]]:
    """The forms (and countries) of the divisions the name stands for by their bare name
    ("Limerick" for County Limerick: ("County {}", "IE"))."""
    key = name_key(surface)
    return {(form, c.place.country) for c in candidates if c.kind in REGION_KINDS
            for form in _DIVISION_FORMS if name_key(c.place.name) == name_key(form.format(key))}


def _names_a_designation(text: str, token: Token) -> bool:
    """"A/California/7/2009", "Salmonella Litchfield": the name inside a strain's or a
    serovar's designation."""
    start = token.start
    return (text[start - 1:start] == "/" and STRAIN_AFTER.match(text, token.end) is not None) \
        or SEROVAR_BEFORE.search(text, max(0, start - 40), start) is not None


class _HeadsBefore:
    """A trigger of lower-case words before a fixed ending ("city of ", "southeast of"),
    found from the ending: at every "of" a text holds, the longest head just before it
    starts the hit. Where each head is letters or hyphens with no space, no two hits can
    overlap and each ending has at most one, so the starts are those of the alternation
    `finditer` finds; but a lower-case first letter left the regex engine trying the
    alternation at almost every character (the "city of" trigger cost as much as the next
    three triggers together)."""

    __slots__ = ("_ending", "_heads", "_word_end")

    def __init__(self, heads: Iterable[str], ending: str, word_end: bool = False) -> None:
        assert all(len(h) >= 2 and h.replace("-", "").isalpha() for h in heads)  # (see above)
        # The heads by their last two letters, longest first (the leftmost start wins): most
        # "of"s follow no head's ending, and are passed over by one dictionary look-up.
        self._heads: dict[str, tuple[str, ...]] = {}
        for head in sorted(set(heads), key=len, reverse=True):
            self._heads[head[-2:]] = (*self._heads.get(head[-2:], ()), head)
        self._ending = ending
        self._word_end = word_end  # `\b` after the ending

    def starts(self, text: str) -> Iterator[int]:
        """Where each hit starts, left to right."""
        ending, heads, after = self._ending, self._heads, len(self._ending)
        at = text.find(ending)
        while at >= 0:
            tail = heads.get(text[at - 2:at])
            if tail is not None and not (
                    self._word_end and _a_word_character(text[at + after:at + after + 1])):
                head = next((h for h in tail if text.endswith(h, 0, at)), None)
                if head is not None:
                    yield at - len(head)
            at = text.find(ending, at + 1)


class _FoundByItsWords:
    """A trigger whose every hit opens with one of a few plain strings ("across ", "near ",
    a dash), found from them: each string's places by `str.find`, the trigger tried at each
    with `match`, left to right and none overlapping, as `finditer` finds them. The engine
    cannot skip ahead to an alternation whose first letters are common ones ("a", "n", "t")
    or to a dash among three: it tried the trigger at most characters of every text."""

    __slots__ = ("_openings", "_trigger")

    def __init__(self, trigger: re.Pattern, openings: Iterable[str]) -> None:
        self._trigger = trigger
        self._openings = tuple(openings)

    def starts(self, text: str) -> Iterator[int]:
        """Where each hit starts, left to right."""
        places = set()
        for opening in self._openings:
            at = text.find(opening)
            while at >= 0:
                places.add(at)
                at = text.find(opening, at + 1)
        last_end = 0
        for at in sorted(places):
            if at >= last_end and (hit := self._trigger.match(text, at)) is not None:
                last_end = max(hit.end(), at + 1)
                yield at


def _found_by_its_words(trigger: str, openings: Iterable[str]) -> tuple[str, _FoundByItsWords]:
    return trigger, _FoundByItsWords(re.compile(trigger), openings)


# Triggers of UNKNOWN_PLACE_PATTERNS found from the strings each hit opens with (a trigger
# changed in name_context is no key here, and is searched as written).
_FOUND_BY_ITS_WORDS = dict([
    _found_by_its_words(r"(?:across|around|near|toward|towards) [A-Z]",
                        ("across ", "around ", "near ", "toward")),
    _found_by_its_words(r"—|–|--|-\s", ("—", "–", "-")),
    _found_by_its_words(r"\ (?:r(?:efugee\ camp)|s(?:lum|lums))", (" refugee camp", " slum")),
])


def _a_word_character(char: str) -> bool:
    """Whether a character is one `\\w` matches (so that no `\\b` falls before it)."""
    return char.isalnum() or char == "_"


_POINTS = ("north", "south", "east", "west")  # (each alone, or with "east" or "west" after it)
# The lower-case triggers of UNKNOWN_PLACE_PATTERNS (name_context), by their patterns, found
# from their "of" instead (a trigger changed there is no key here, and is searched as written;
# kept out of name_context, whose code the gazetteer index's fingerprint hashes).
_HEADS_BEFORE = {
    any_of(f"{word} of " for word in _FEATURE_OF): _HeadsBefore(_FEATURE_OF, " of "),
    r"(?:north|south|east|west)(?:-?(?:east|west))? of\b": _HeadsBefore(
        [f"{d}{h}{e}" for d in _POINTS for h in ("", "-") for e in ("", "east", "west")
         if h + e != "-"], " of", word_end=True),
}


def _a_person_s_wording_after(text: str, end: int, candidates: tuple) -> bool:
    """An age, "who" or a relative after the name ("Paris, 27, was born", "Vargas's mother"),
    not a country's side ("Samoa's coach said": a team's)."""
    after = PERSON_AFTER.match(text, end)
    return after is not None and (after.group().startswith(",") or
                                  not _readings(candidates).country)


# A town this big by its own name may be told as its government or its people ("Beijing
# told Canberra", "Moscow told Tallinn"); a smaller one told is a listener ("told Xinhua,":
# the biggest Xinhua by that name has no recorded size, Shangmei's 75,000 is by another).
TOLD_AS_A_TOWN = 50_000


def _told_to(text: str, start: int, end: int, candidates: tuple) -> bool:
    """Whether the name is who was told something ("told Xinhua,", "told Reuters on
    Monday"): a person or an outlet, not a town of the name; a country, a region, a capital
    or a sizeable town (`TOLD_AS_A_TOWN`) may be told as its government ("told Washington",
    "told Canberra"), as may a name whose noun phrase goes on ("told Lagos residents")."""
    return text.endswith(" told ", 0, start) and NOUN_PHRASE_ENDS.match(text, end) is not None \
        and not any(c.kind in BROAD_KINDS or c.capital or
                    (c.name_type == 0 and c.place.population >= TOLD_AS_A_TOWN)
                    for c in candidates) and \
        not _great_cities(candidates, candidates)


# A newsroom's desk named by its beat ("By the Africa desk", "from our Asia desk"): the
# desk, not the place.
_A_DESK_AFTER = re.compile(r" (?:desk|Desk)\b")
_A_DESK_S_OWNER_BEFORE = re.compile(r"\b(?:the|our|The|Our) $")
# A natural feature's kind written before its name ("Lake Natron", "Mount Elgon"): the name
# alone later in the text is the feature (`Recognizer._short_names`).
_KIND_FIRST = ("Lake ", "Mount ", "Mt. ", "Mt ", "Loch ", "Lough ")
_FEATURE_KINDS = frozenset({"water", "landmark", "region"})


def _a_feature_s_name_after_its_kind(span: Span) -> str:
    """The name of a feature written after its kind ("Lake Natron" → "Natron"), known to
    the gazetteer as a feature (not the town "Lake Charles") or unknown to it; else ""."""
    if not span.surface.startswith(_KIND_FIRST) or len(span.candidates) > 2 or \
            any(c.kind not in _FEATURE_KINDS for c in span.candidates):
        return ""
    return span.surface.split(" ", 1)[1]


# A preposition that places what follows ("at Bina Harbour", "near Alma Bridge", "students
# from Grace Park"): no person's name, though its first word is a given name. The
# `PLACE_CUES`, and those a feature's place takes that rankings and races use of people too
# ("off Chebucto Head", "along Kayla Creek": no cue before a bare name, see `PLACE_CUES`).
_WHERE_WORDS = PLACE_CUES | {"along", "off", "over", "beyond"}
_WHERE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_WHERE_WORDS))}) $")
# A preposition right before a name: its object is no subject of the verb after it
# ("evacuees in Kelantan rises to 18,412": the number rises, not the Kelantan River). The
# same words, and "of" and "for", which no subject follows either but people do ("the
# mother of Kayla Creek said"), so they are no `_WHERE_BEFORE`.
# A name that ends in a water's kind names the water whole ("Mississippi River"): no lake
# is "Lake Mississippi River" (`Recognizer._lakes`).
WATER_KIND_ENDINGS = (" River", " Lake", " Reservoir", " Sea", " Creek", " Canal")
_A_PREPOSITION_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_WHERE_WORDS | {'of', 'for'}))}) $")
# (The characters before a name these two are searched in: "throughout " is the longest.)
_PREPOSITION_REACH = 12


# A city this big listed beside another is that city, whoever else the text names so.
LISTED_GREAT_CITY = 1_000_000


def _great_cities(before: Iterable[Candidate], candidates: Iterable[Candidate]) -> bool:
    """Both names may be great cities ("Chicago and Dallas"): a list of two such is of
    places, though a person the text names bears one's name ("Dallas Ortega")."""
    return all(any(c.kind == "city" and c.place.population >= LISTED_GREAT_CITY for c in names)
               for names in (before, candidates))


# A storm's name after its kind ("Cyclone Kanto", "Super Typhoon Haiyan", "Tropical Storm
# Ida"): people's names, given in turn, not the towns and regions that share them.
# (not a headline's "After the Storm Jamaica Counts the Cost"; the storm's word opened by its
# capital, what stands before asked after it: `re` skips ahead to a class, not to a
# look-behind, and the whole text is searched — the same matches, ten times as fast)
_STORM_NAME = re.compile(
    r"[HTCS](?<!\w[HTCS])(?<!\bthe [HTCS])(?<!\bThe [HTCS])"
    r"(?:(?<=H)urricane|(?<=T)yphoon|(?<=C)yclone|(?<=S)torm) ([A-ZÀ-ÖØ-Þ][^\W\d_]+)\b"
    r"(?![-'’]\w)")


def storm_names(text: str) -> frozenset[str]:
    """The names the text gives storms, for their later bare mentions (those of a country
    or a state are left out by the caller: storms are named like people)."""
    return frozenset(m.group(1) for m in _STORM_NAME.finditer(text)) if "torm" in text or \
        "urricane" in text or "yphoon" in text or "yclone" in text else frozenset()


# The list item just before or after a name ("Kotor and ", ", Budva"): one or two
# capitalised words (`Recognizer._listed_with_a_neighbour`), `LIST_GAP_SPACED` between.
# Read from the text, not from kept spans as `rescues.listed_before` does: the judging that
# asks comes before any span is kept.
_LIST_ITEM = r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
_LIST_ITEM_BEFORE = re.compile(rf"\b{_LIST_ITEM}(?:{LIST_GAP_SPACED.pattern})$")
_LIST_ITEM_AFTER = re.compile(rf"(?:{LIST_GAP_SPACED.pattern}){_LIST_ITEM}\b")
# A town named by a word, or a great city, lies this near the town listed beside it: its
# neighbour (`_a_great_city_beside`, `Recognizer._listed_with_a_neighbour`). Nearer than
# `rescues.LISTED_NEIGHBOUR_KM`, which rescues a name already judged a place but for its
# word: 150 km here made "Reform UK" a town in Alabama in a Sunderland story.
WORD_TOWN_NEIGHBOUR_KM = 100.0


def _listed_with_a_language(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is listed next to a language's name ("in Ladakhi,
    Hindi and English"): a list holds things of one kind."""
    return any(item.group(1).rsplit(" ", 1)[-1] in LANGUAGE_NAMES
               for item in _list_neighbours(text, start, end))


def _list_neighbours(text: str, start: int, end: int) -> list[re.Match]:
    """The list items written just before and after the name at [start, end), each its
    group 1 (one or two capitalised words: `_LIST_ITEM_BEFORE`, `_LIST_ITEM_AFTER`)."""
    before = _LIST_ITEM_BEFORE.search(text, max(0, start - 40), start)
    after = _LIST_ITEM_AFTER.match(text, end)
    return [found for found in (before, after) if found is not None]


def _a_great_city_beside(candidates: Iterable[Candidate], after: Iterable[Candidate]) -> bool:
    """The name may be a great city lying near the place listed after it: a list of the
    city and its neighbour is of places, though a person the text names bears its name."""
    return lie_within((c.place for c in candidates
                       if c.kind == "city" and c.place.population >= LISTED_GREAT_CITY),
                      (a.place for a in after if a.kind in {"city", "landmark"}),
                      WORD_TOWN_NEIGHBOUR_KM)


# "are"/"were" after a plural word opening a sentence ("Tours are normally suspended"):
# the word, not a town (`_an_ordinary_word_here`).
_A_PLURAL_VERB = re.compile(r" (?:are|were)\b")
# A body's words after a feature's name the gazetteer lacks ("the Derbyshire Cave Rescue
# Organisation", "the Cave Research Foundation"): the body's name, not a cave's.
_A_FEATURE_S_BODY_AFTER = re.compile(
    r" (?:Rescue|Research|Diving|Club|Society|Group|Team|Association|Trust|Foundation)\b")


# Thai feature words (`name_context._FOREIGN_FEATURES`) that start Chinese, Vietnamese and
# Japanese names too ("Koh Poh Koon", "Doi Ngoc"): a feature only in a Thai story.
_THAI_FEATURE_WORDS = frozenset({"Tham", "Khao", "Koh", "Doi"})


def _a_club_s_last_word(text: str, tokens: list[Token], i: int) -> bool:
    """The match is itself the word that makes a capitalised name before it a club's
    ("Paris Saint-Germain", "West Bromwich Albion", "Real Madrid Castilla"): the club's,
    not Saint-Germain-en-Laye's nor Castile's."""
    return i > 0 and tokens[i - 1].cap and text[tokens[i - 1].end:tokens[i].start] == " " and \
        CLUB_AFTER.match(text, tokens[i].start - 1) is not None


# A name's opening as `name_context` writes it, and the same test with the capital first:
# "\b" before a capital is no word character before it (`(?<!\w[A-Z])` once it is read),
# and "(?!The\b)" is no "he\b" after a capital T. The engine skips ahead to a pattern's
# first character only where the pattern opens with one; opening with "\b" or a lookahead,
# it tried the whole pattern at every character between a kind word and the next name.
_CAPITAL_FIRST = {r"\b(?P<name>[A-Z]": r"(?P<name>[A-Z](?<!\w[A-Z])",
                  r"\b(?P<name>(?!The\b)[A-Z]": r"(?P<name>[A-Z](?<!\w[A-Z])(?!(?<=T)he\b)",
                  # (a line's first capital: "^" is the text's start, so no character before it)
                  r"(?:^|(?<=\n))(?P<name>[A-Z]": r"(?P<name>[A-Z](?<![^\n][A-Z])",
                  # (a dateline's place, in accented capitals too: `UNKNOWN_DATELINE`)
                  r"(?:^|(?<=\n))(?P<name>[A-ZÀ-ÖØ-Þ]":
                      r"(?P<name>[A-ZÀ-ÖØ-Þ](?<![^\n][A-ZÀ-ÖØ-Þ])",
                  r"\b[Aa]n? (?P<name>": r"[Aa](?<!\w[Aa])n? (?P<name>"}


@cache
def _capital_first(pattern: re.Pattern) -> re.Pattern:
    """`pattern`, matching where it matches, opened by its capital where it opens with one
    of `_CAPITAL_FIRST`'s forms (searched from a kind word on, see `_matches_at_triggers`);
    any other pattern as it is."""
    for opening, capital_first in _CAPITAL_FIRST.items():
        if pattern.pattern.startswith(opening):
            return re.compile(capital_first + pattern.pattern[len(opening):], pattern.flags)
    return pattern


def _matches_at_triggers(text: str, named: NamePattern) -> Iterator[re.Match]:
    """`named.pattern`'s matches as `finditer` finds them (left to right, none overlapping),
    but looked for only from its kind words on: scanning every text with every pattern cost
    a fifth of recognition, and most texts hold no kind word, or a few. A match of a name
    before its kind starts at most NAME_REACH before the kind word."""
    last_end = 0
    heads = _HEADS_BEFORE.get(named.trigger.pattern) or _FOUND_BY_ITS_WORDS.get(
        named.trigger.pattern)
    for start in heads.starts(text) if heads is not None else (
            hit.start() for hit in named.trigger.finditer(text)):
        if start < last_end:
            continue
        if named.name_first:
            match = _capital_first(named.pattern).search(text, max(last_end, start - NAME_REACH))
            if match is None:
                return  # none from here to the end: none at any later kind word either
        else:
            match = named.pattern.match(text, start)
        if match is not None and match.start() >= last_end:
            last_end = match.end()
            yield match


# A number after a name: a road's ("Interstate 81", "Route 9"), a league's ("Ligue 1").
_A_NUMBER_AFTER = re.compile(r" \d")
# What an owner puts money "in" ("shares in Emaar", "a stake in Volkswagen"): a firm.
_INVESTED_IN = re.compile(r"(?:[Ss]hares?|[Ss]takes?|[Ii]nvest\w*|[Ii]nterests?) in $")
_WORD_AFTER = re.compile(r" ([a-z]+)")
# A name's inner capital that names a place ("McAllen", "O'Hare"), not a brand's ("BitCoin").
_INNER_CAPITAL = re.compile(r"(?<!^Mc)(?<!^Mac)(?<!^O')(?<!^d')\B[A-Z]")


# The patterns of names after a placing preposition (`Recognizer._placed_by_its_preposition`).
_AFTER_PREPOSITIONS = frozenset({NAMED_BY_ITS_PREPOSITION.pattern, NAMED_AFTER_IN.pattern,
                                 NAMED_OFF_A_COAST.pattern})
# Articles and heads that open places' names and are also given names ("Le", "San").
_PLACE_NAME_ARTICLES = frozenset({"Le", "La", "Les", "El", "Al", "Los", "Las", "Il", "San",
                                  "St", "St.", *PLACE_NAME_HEADS})


def _written_in_prose(text: str, capitals: str) -> set[str]:
    """How the story writes a dateline's place in its prose ("HAPPISBURGH" as
    "Happisburgh", "MCALLEN" as "McAllen"): its spellings in mixed case."""
    found = re.finditer(rf"(?<![\w-]){re.escape(capitals)}(?![\w-])", text, re.IGNORECASE)
    return {m.group() for m in found if not m.group().isupper()}


def _names_a_breed(text: str, tokens: list[Token], i: int, j: int, surface: str) -> bool:
    """A breed's or a food's name before its animal or its food (`BREED_NAMES`,
    `BREED_PLACE_NAMES`): "an Angus bull", "a Jersey heifer", "Dungeness crab"."""
    name = surface.lower()
    if name in BREED_NAMES:
        return bool(BREED_AFTER.match(text, tokens[j].end))
    return name in BREED_PLACE_NAMES and bool(
        BREED_OWN_WORD_AFTER.match(text, tokens[j].end) or (
            BREED_ONE_ANIMAL_AFTER.match(text, tokens[j].end) and
            ONE_OF_A_BREED_BEFORE.search(text, max(0, tokens[i].start - 6), tokens[i].start)))


# Not a list of names of its kind: a region's name and its kind after the plural ("villages
# of Gorkha district": villages in the district, not one called Gorkha), or a name after a
# possessive ("villages of Nepal's Gorkha district", "the towns of Kenya's Rift Valley"),
# which had been taken whole for one unknown village and guessed at the story's other end.
# (Any region's kind: wider than `geoparse._REGION_KIND_AFTER`, a first-level region's,
# which holds a town.)
_A_REGION_S_KIND_AFTER = re.compile(r" (?:district|province|county|region|state|prefecture"
                                    r"|municipality|governorate|oblast|department|valley)\b")
_A_POSSESSIVE_FIRST = re.compile(r"[A-Z][\w'’-]*['’]s ")




def _lists_the_gazetteer_splits(text: str, kind_lists: Mapping[tuple[int, int], str],
                                own: Mapping[tuple[int, int], tuple],
                                regions: Mapping[str, tuple]) -> set[tuple[int, int]]:
    """The items of each list after its kind where some item the gazetteer knows is no
    region at all, by its kind or by its own name ("the provinces of Seville, Córdoba and
    Jaén": Spain's provinces are no first-level regions, so only Argentina's Córdoba
    Province answers): the list's regions are not the gazetteer's, and an item that finds
    one keeps its own readings beside it, for context to choose, instead of the namesake
    region abroad alone. Not where the odd item is a region by its bare name ("provinces
    including Santa Fe, Entre Ríos and Corrientes"), nor for an item whose region lies in
    the odd item's country ("the states of Kano, Kaduna and Abuja": Abuja is Nigeria's
    territory, Kano and Kaduna its states — review 35). Items of one list are next to each
    other, a list's gap between them."""
    mixed: set[tuple[int, int]] = set()
    items = sorted(kind_lists)
    group: list[tuple[int, int]] = []
    for item in [*items, None]:
        if group and (item is None or not LIST_GAP.fullmatch(text, group[-1][1], item[0])):
            odd = [span for span in group if own.get(span) and not regions.get(
                text[span[0]:span[1]]) and not any(c.kind in REGION_KINDS
                                                   for c in own[span])]
            countries = {c.place.country for span in odd for c in own[span]}
            mixed.update(span for span in group if odd and not any(
                c.place.country in countries for c in regions.get(text[span[0]:span[1]], ())))
            group = []
        if item is not None:
            group.append(item)
    return mixed


# A list that a preposition of place opens, up to the name after it: "courses around
# Albufeira, Portimão and Lagos said they would" lists towns, whose greenkeepers speak, not
# firms named together ("Honda and Toyota said they would build"). Only before "and … said
# they" (`Recognizer._names_a_body_or_firm`): "in Akron, Goodyear said it" is the firm;
# not "at" nor "from", before which firms are named too ("Unions at Ford, Goodyear and
# Kellogg said they", "Executives from Sony, Goodyear and Honda": review 35).
_PLACES_LISTED_BEFORE = re.compile(
    r"\b(?:in|around|near|across|between|outside)\s+"
    r"(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*, )+$")


def _written_again(text: str, unknown: list[Span], kept: list[Span],
                   person_words: frozenset[str] | set[str]) -> list[Span]:
    """The other mentions of a one-word name the text calls a place but the gazetteer lacks,
    written alone: a text names one place by it however it writes it (one sense per
    discourse). Round 72's "the dark-sky reserve around Hanle" and "Homestays in Hanle" had
    been places, "Now they come to Hanle only for the sky" and "visitors staying in Hanle
    homestays" nothing. Not where it may be a person's: a word of a name the person finder
    found, after a title ("Mr. Dumre") or another capitalised word (but an ordinary one
    opening the sentence: "Now Hanle"), before a verb of saying, nor an acronym ("AfD")."""
    names = {s.surface for s in unknown if " " not in s.surface and s.surface[1:].islower()
             and s.surface not in person_words}
    if not names:
        return []
    taken = _Taken((s.start, s.end) for s in (*kept, *unknown))
    found = []
    for match in _A_WHOLE_CAPITALISED_WORD.finditer(text):
        start, end = match.span()
        if match.group() not in names or any(taken.overlapping(start, end)) or \
                _A_CAPITALISED_NEIGHBOUR_AFTER.match(text, end) or \
                SPEECH_AFTER.match(text, end) or _a_name_word_before(text, start):
            continue
        taken.add(start, end)
        found.append(Span(start, end, match.group(), (), frozenset({SAME_TEXT})))
    return found


def _a_name_word_before(text: str, start: int) -> bool:
    """Whether a title ("Mr.", "Dr") or a capitalised word that is no ordinary word opening
    its sentence ("Stanzin Hanle", not "Now Hanle") is joined to the name before it."""
    before = _A_CAPITALISED_WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(1)
    if word.endswith("."):  # ("Mr. Dumre"; a full title before a full stop ends a sentence)
        return word[:-1].lower() in ABBREVIATED_TITLES
    return word.lower() in TITLES or not (
        sentence_initial(text, Token(before.start(1), before.end(1), word, True))
        and word_zipf(word.lower()) >= COMMON_WORD_ZIPF)


# A whole capitalised word, hyphens and apostrophes inside it ("Hanle", not "Hanle-based").
_A_WHOLE_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w]*(?:['’-]\w+)*")
# A capitalised word joined to a name after or before it (`_written_again`).
_A_CAPITALISED_NEIGHBOUR_AFTER = re.compile(r"[ -][A-Z]")
_A_CAPITALISED_WORD_BEFORE = re.compile(r"\b([A-Z][\w'’]*\.?)[ -]$")


# A second name and a lower-case noun after a name and "and"/"or" ("the Lagos and Abuja
# markets", "the Washington and Moscow embassies"): the pair qualifies the noun, and the
# noun phrase does not end at the first name (`_landforms_after_the`).
_A_PAIR_S_NOUN_AFTER = re.compile(r"\s+(?:and|or)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+[a-z]")


def _landforms_after_the(text: str, end: int, candidates: tuple) -> tuple:
    """A one-word name after "the" that ends its noun phrase, read as its range, region,
    water or division where the gazetteer has one by that very name, not as its towns:
    English writes a town with "the" only where its name holds it ("The Hague"), so "crude
    carried across the Andes to Coveñas" is the range, not Andes, Colombia (round 72),
    however near the story the town is."""
    if not any(c.kind != "city" and c.name_type == 0 for c in candidates) or \
            not any(c.kind == "city" for c in candidates) or \
            not NOUN_PHRASE_ENDS.match(text, end) or _A_PAIR_S_NOUN_AFTER.match(text, end):
        return candidates  # ("the Lagos and Abuja markets": two towns' markets; review 36)
    return tuple(c for c in candidates if c.kind != "city")


def _listed_after_kind(text: str) -> Iterator[re.Match]:
    """LISTED_AFTER_KIND's matches as its pattern's `finditer` finds them (left to right,
    none overlapping), but tried only where a list's head may start (`_kind_list_starts`,
    by name_context's `LIST_JOINS`, of which the head is made): the trigger's scan for a
    kind word, then the pattern's over the whole text, cost Recognizer._kind_lists 14.6 ms
    a pass over LGL dev + GeoVirus. A kind written with a capital opens a sentence
    ("Communities such as Nain and Hopedale"), not a longer name ("the Maritime Provinces
    of Canada")."""
    pattern, _ = LISTED_AFTER_KIND
    last_end = 0
    for start in _kind_list_starts(text):
        if start >= last_end:
            match = pattern.match(text, start)
            if match is not None and (text[start].islower() or opens_a_sentence(text, start)):
                last_end = match.end()
                yield match


_KIND_LAST_LETTERS = frozenset(kind[-1] for kind in LIST_KIND_WORDS)  # (all "s")


# The plural county kinds LISTED_BEFORE_COUNTIES's trigger looks for, and the trigger's
# pattern for them as name_context writes it.
_COUNTY_KINDS = ("counties", "parishes")
_COUNTY_TRIGGER = any_of(_COUNTY_KINDS)


def _holds_a_county_kind(text: str, trigger: re.Pattern) -> bool:
    """Whether `trigger` finds a plural county kind in the text: a substring test where the
    trigger is `_COUNTY_TRIGGER` (its lower-case alternation was tried at almost every
    character of every text, 4.4 ms a pass over LGL dev + GeoVirus); else its search."""
    if trigger.pattern == _COUNTY_TRIGGER and trigger.flags == re.UNICODE:  # (no flags)
        return any(kind in text for kind in _COUNTY_KINDS)
    return trigger.search(text) is not None


def _kind_list_starts(text: str) -> list[int]:
    """Every place a list's head may start, in order: before each word that may join a kind
    word to its list (`LIST_JOINS`), where a kind word ends there. The kind words are
    mostly in lower case, so the trigger's scan tried them at almost every character, where
    the joining words are few, and most follow no kind word's last letter."""
    starts = set()
    for join in LIST_JOINS:
        at = text.find(join)
        while at >= 0:
            if text[at - 1:at] in _KIND_LAST_LETTERS:
                starts.update(at - len(kind) for kind in LIST_KIND_WORDS
                              if text.endswith(kind, 0, at))
            at = text.find(join, at + 1)
    return sorted(starts)


def _says_the_river(text: str, name: str) -> bool:
    """The text names the river in full somewhere ("the Pearl River", "River Ouse")."""
    return holds(text, f"{name} River") or holds(text, f"River {name}")


def _names_a_virus(text: str, name: str) -> bool:
    """Somewhere in the text, `name` is joined to another name or followed by a disease word:
    "Ebola-Reston virus", "Zika fever" (viruses named after rivers and forests)."""
    return names_a_disease_once(text) and any(
        text.startswith("-", end) or DISEASE_AFTER.match(text, end)
        for end in substring_ends(text, name))


def _in_title_case(text: str, start: int, lines: dict[int, bool]) -> bool:
    """The line holding `start` capitalises its words as a headline does (four or more words,
    all but the short ones capitalised), where a capital is no sign of a name. `lines` keeps
    each line's answer by its start: a one-line text may hold thousands of names."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start not in lines:
        line_end = text.find("\n", start)
        words = [w for w in text[line_start:line_end if line_end >= 0 else len(text)].split()
                 if len(w) > 3 and w[0].isalpha()]
        lines[line_start] = len(words) >= 4 and all(w[0].isupper() for w in words)
    return lines[line_start]


def _names_a_body_by_its_field(text: str, tokens: list[Token], i: int, candidates: tuple,
                               seen: _Seen) -> bool:
    """A public or sporting body named by its field before its country's or region's name
    ("Athletics Kenya", "Environment Canada", "Police Scotland", "Transport for London"): its
    place is kept only as an anchor. Not on a line in title case, where "Historic England"
    may be the adjective and the country."""
    before = max(0, tokens[i].start - 24)
    if BODY_FOR_BEFORE.search(text, before, tokens[i].start) or \
            BODY_OF_BEFORE.search(text, before, tokens[i].start):
        return True  # ("Transport for London", "the Agricultural Society of Kenya")
    return bool(any(c.kind in BROAD_KINDS for c in candidates) and
                BODY_FIELD_BEFORE.search(text, before, tokens[i].start) and
                not _in_title_case(text, tokens[i].start, seen.title_case_lines))


class _Taken:
    """Spans already taken, sorted by start, so that asking what overlaps a name costs a
    bisection, not a pass over every span (a long text may hold thousands of names)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [start for start, _ in self._spans]
        self._longest = max((end - start for start, end in self._spans), default=0)

    def overlapping(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        first = bisect_left(self._starts, start - self._longest)
        for s, e in self._spans[first:bisect_left(self._starts, end)]:
            if start < e:
                yield s, e

    def add(self, start: int, end: int) -> None:
        at = bisect_right(self._starts, start)
        self._starts.insert(at, start)
        self._spans.insert(at, (start, end))
        self._longest = max(self._longest, end - start)


# What makes "the Gulf" part of a longer name or a noun's modifier: "the Gulf of Oman", "the Gulf
# Coast", "the Gulf state", "the Gulf War" (a capitalised word but a weekday — AP's "in the Gulf
# Thursday" —, "of", or a noun it qualifies after it).
_GULF_NAMED_AFTER = re.compile(
    r"(?: of\b| (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z]|['’]?s?-| (?:states?|"
    r"countr(?:y|ies)|nations?|monarch(?:y|ies)|sultanates?|region|war|crisis|rulers?|leaders|"
    r"emirates?|kingdoms?|all(?:y|ies)|neighbou?rs|carriers|airlines?|investors|Arabs?|"
    r"capitals?|economies)\b)")


# The joining words of names in Spanish, Portuguese, Italian, French and Dutch, then a
# capital: a known name before them is only the start of a longer one (no case in the eval
# sets or the probes was the shorter name).
_ROMANCE_NAME_GOES_ON = re.compile(
    r" (?:de|del|de la|de las|de los|do|da|dos|das|di|della|du|des|van|von) [A-Z]| d['’][A-Z]")
_QUALIFIER_AFTER = re.compile(r" \([A-Z][\w’'-]*\)")  # "Frankfurt (Oder)"
# A word after a hyphenated joining word is the end of one compound name, never a place of its
# own: "Colleville-sur-Mer" is no Mer, "Saint-Martin-de-Ré" no Ré, "Clacton-on-Sea" no Sea
# (French, English, German, Italian and Spanish joins; the whole name, where the gazetteer has
# it, is matched as one).
# (Not `name_tokens.COMPOUND_JOINS` as a whole: after "-by-" a town stands on its own, as in
# "Upton-by-Chester", which the gazetteer lacks, where Chester is the place meant.)
_INSIDE_A_COMPOUND = BeforeName(
    r"[^\W\d_]-(?:sur|sous|lès|lez|les|le|la|de|du|des|en|aux|au|upon|on|under|next|in|am|an|"
    r"im|bei|del|della|di|dei|y|super|sub|cum)-$", ("-",), re.IGNORECASE)
# A name after a prefix and its hyphen is an adjective's stem, no place: "trans-Pacific
# routes", "the Trans-Tasman market", "the Pan-American Highway", "pro-European parties",
# "sub-Saharan Africa" (none of the sets' 28 such names is tagged; "mid-" is left: "Mid-Jutland").
_AFTER_A_PREFIX = BeforeName(r"\b(?:trans|pan|pro|anti|non|sub|pre|post)-$", ("-",),
                             re.IGNORECASE)


_BODY_WORD_AFTER = re.compile(r" ([A-Z][a-z]+)")  # "… Authority", "… Commission"
_BEFORE_A_NOUN = re.compile(r" ([a-z]+)")  # a name used as an adjective: "Inca pottery"
ISLAND_ID = "island:"  # (gazetteer_build.load_islands' ids)
# Kinds whose name a person's surname in the same text does not take away (see `_judge`).
_SPEAKS_FOR_ITSELF = frozenset({"country", "admin1", "continent", "water"})


def _speaks_for_itself(candidates: tuple) -> bool:
    """Whether a reading of the name is a body that speaks ("Jordan said", "Texas said"): a
    country, a continent, a river, a first-level region by its own name — or by a name
    shorn of its kind only where a great city shares it (Sofia and its province). Belize's
    "Toledo" District is no speaker of "Toledo said" after "María Toledo"."""
    return any(c.kind in _SPEAKS_FOR_ITSELF and (c.kind != "admin1" or c.name_type != 1)
               for c in candidates) or (
        any(c.kind == "admin1" for c in candidates) and _great_cities(candidates, candidates))


# A name after a comma (or a possessive and a comma): "Tampa, Florida", "Perth's, Western
# Australia"; a region or a country there is a cue (compiled once: it ran before every name).
_COMMA_NAME_AFTER = re.compile(r"['’]?s?,\s+([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)")
# South Asia's local councils, titled by a common noun and the body's ("Nagar Palika": town
# council; "Zila Parishad": district council; "Gram Panchayat": village council), written in
# capitals in English-language news: the noun is no town of its name (Nagar, Rajasthan).
_A_CIVIC_BODY_S_NOUN = re.compile(
    r"(?:Nagar|Zila|Zilla|Jila|Gram|Kshetra|Mahanagar|Janpad) (?:Palika|Nigam|Panchayat|Parishad"
    r"|Samiti)\b")
# A cue: "in" and a state or country holding the name after it ("Alta in northern Norway").
# (Here, not in name_context with the other cues: that module is part of the index's build.)
IN_REGION = "in-region"
# A treaty's, an alliance's or a convention's head after the place it was signed in or named
# for ("the Warsaw Pact", "the Paris Agreement", "the Oslo Accords", "the Montreux
# Convention", "the Kyoto Protocol"): the place is silent context, as an event's is
# (`EVENT_OR_FIRM_AFTER`), no mention of it: "Warsaw Pact countries" crossing into
# Czechoslovakia had put a pin in Warsaw (audit 37). Not a convention's building ("the Denver
# Convention Center"). (Here, not in name_context: that module is part of the index's build.)
TREATY_AFTER = re.compile(r"(?: [A-Z][\w'’-]*)? (?:Pact|Treaty|Accords?|Agreements?|Protocol"
                          r"|Conventions?(?! (?:Cent(?:er|re)|Hall|Complex|Bureau)))\b")
# A control room's or a service's head after an ordinary word ("reported to Mission Control",
# "Ground Control", "Border Control"): no town of the word (Mission, Texas: audit 37).
CONTROL_AFTER = re.compile(r" Control\b")
# Words of an election's race: there "<surname> in <state>" is a candidate's standing
# ("Polls showed Clinton in Iowa and Sanders in New Hampshire leading"), not a town.
_AN_ELECTION_NEAR = re.compile(
    r"\b(?:[Pp]olls?|[Pp]olling|[Vv]oters?|[Cc]aucus(?:es)?|[Pp]rimar(?:y|ies)|[Cc]ampaign"
    r"(?:s|ing|ed)?|[Cc]andidates?|[Nn]omination|[Dd]elegates|[Ff]ront-?runners?"
    r"|[Ss]upport for)\b")
# " in northern Norway", " in Finnmark" ("in the far west of" is not): the region after "in"
_IN_REGION_AFTER = re.compile(
    r" in (?:(?:the )?(?:far |extreme )?(?:(?:north|south)(?:-?(?:east|west))?|east|west"
    r"|central)(?:ern)? )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})")
_LONGER_AFTER = re.compile(r" [A-Z]")  # "Kruger Park Authority": a word of a longer name
# Any capitalised word before (a sentence's first, a title, "BBC"): a feature's short name
# is read only where nothing may join it, not as `geoparse._A_NAME_WORD_BEFORE` judges a
# placed name inside a longer one.
_LONGER_BEFORE = re.compile(r"[A-Z][\w'’-]* $")
_NAME_AFTER_STOP = re.compile(r"\. [A-Z]")  # "Miss. Smith"


# A landmark this far from every river of its name (at its mouth, as rivers are placed) is
# another place, not the river's valley or park (Yellowstone's park lies 600 km upriver).
_OTHER_LANDMARK_KM = 2000.0


def _landmarks_far_from(candidates: tuple, rivers: tuple) -> tuple:
    """The landmarks among a name's readings far from each of its rivers: "crowds packed the
    Savannah" of a Port of Spain story is the Queen's Park Savannah, which context then
    chooses over Georgia's river; "joins the Yellowstone" stays the river, its park beside
    it no other place (a test of the hard cases)."""
    return tuple(c for c in candidates if c.kind == "landmark" and all(
        haversine_km(c.place.lat, c.place.lon, r.place.lat, r.place.lon) > _OTHER_LANDMARK_KM
        for r in rivers))


def _direction(word: str) -> bool:
    """"South", "W.", "NE": a direction before a name, which stays that place's."""
    lower = word.lower().rstrip(".")
    return lower in DIRECTION_WORDS or lower in {"n", "s", "e", "w", "ne", "nw", "se", "sw"}


# Words this frequent before a plural ("Many roads", "Several streets") count things; below
# it a capitalised word before "streets" names a street ("Main and Elm streets", 5.2).
QUANTIFIER_ZIPF = 5.35
# A word this frequent in lower case, capitalised only as a sentence's first, is no name the
# wording around it makes a place ("Ranchers west of Glendive", zipf 3.1).
SENTENCE_START_WORD_ZIPF = 3.0
# The official kinds English news writes "region" for (oblasts, krais, governorates).
_OFFICIAL_KINDS = {"region": ("Region", "Oblast", "Krai", "Governorate"),
                   "airport": ("Airport", "International Airport")}


_NEXT_WORD = re.compile(r"[^\W\d_]+")
# The people, officials or bodies of a country after its adjective: "Spanish officials said",
# "Argentine rapper Tomás Ferreyra", "South African police".
_OF_A_PEOPLE_AFTER = re.compile(
    r" (?:" + "|".join(sorted(PEOPLE_WORDS, key=len, reverse=True)) + r"|officials?"
    r"|authorities|police|government|ministry|media|press|forces|troops|army|navy|coastguard"
    r"|embassy|prosecutors?|nationals?|citizens?|tourists?|fans|players?|team|side|champion"
    r"|leader|rescuers|investigators|diplomats?|state media)s?\b")
# The words of a body's name that a place's name does not end in or hold (`HEAD_WORDS` less
# the kinds of places and features a town is named by: "Palm Beach", "Twin Falls", "Bay City").
_BODY_WORDS = HEAD_WORDS - {
    "area", "avenue", "bay", "beach", "boulevard", "bridge", "canyon", "cemetery", "city",
    "county", "creek", "district", "falls", "forest", "garden", "gardens", "harbor", "harbour",
    "heights", "high", "highway", "hills", "island", "islands", "lake", "mountain", "mountains",
    "park", "port", "river", "road", "springs", "square", "street", "summit", "town", "valley",
    "village", "water"} | {"cross", "crescent"}  # "Red Cross volunteers", not Red Cross, SC


# A given name more frequent than this is an ordinary word too ("Long", "Will", "May").
NAME_WORD_ZIPF = 5.0
# After a sentence's first word: the sentence goes on in lower case ("Hail, tornadoes",
# "Hail losses"), as it does after a word, not a name.
_WORD_GOES_ON = re.compile(r",? [a-z]")


# A text that speaks of France (for a departement named like a word: `_departements`).
FRENCH_TEXT = re.compile(r"\b(?:France|French)\b|d[ée]partement")


# Spanish, Italian and French articles, capitalised inside a name ("Las Bambas", "El Alto").
_ROMANCE_ARTICLES = frozenset({"La", "Las", "Los", "El", "Il", "Lo", "Le", "Les"})


# A firm's word right after a continent's, a region's or a sea's name ("Renaissance Africa
# Energy", "Mediterranean Shipping Company", "Andes Capital Research"): the firm's name, as
# news names firms for the region they trade in; nobody writes the region so, capitalised.
BROAD_FIRM_AFTER = re.compile(
    rf" (?:{'|'.join(FIRM_WORDS + TRADE_FIRM_WORDS)})\b(?!['’]s? [a-z])")


# A capitalised name listed right before or after another, after "the" ("Senegal, the Gambia
# and the Niger"): `Recognizer._listed_with_a_country` asks whether it is a country.
_LISTED_BEFORE_THE = re.compile(r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?:,| and| or) the $")
_LISTED_AFTER = re.compile(r"(?:,| and| or) (?:the )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")
# Two one-word names joined by a hyphen before "confluence" ("the Bani-Niger confluence").
_CONFLUENCE_PAIR = re.compile(r"\b([A-Z][\w'’]+)[-‐–]([A-Z][\w'’]+) confluence\b")
# French joins a town's name to the region or country it lies in, to tell it from its
# namesakes: "Saint-Louis du Sénégal", "Nioro du Sahel", "Saint-Laurent du Maroni".
_QUALIFIER_PARTICLES = frozenset({"du", "de", "des"})
# A broad region (no country's own) holds a town this near its point ("the Sahel").
_QUALIFYING_REGION_KM = 1000.0


def _holds(region: Place, town: Place) -> bool:
    """Whether a country, a first-level region or a broad region holds the town."""
    if region.kind == "country":
        return region.country == town.country
    if region.kind == "admin1":
        return (region.country, region.admin1) == (town.country, town.admin1)
    return region.kind == "region" and not region.country and haversine_km(
        region.lat, region.lon, town.lat, town.lon) < _QUALIFYING_REGION_KM


def _towns_with_their_qualifier(text: str, tokens: list[Token],
                                matches: list[tuple[int, int, tuple]]
                                ) -> list[tuple[int, int, tuple]]:
    """"Saint-Louis du Sénégal": a town's name, "du", "de" or "des", then the name of a
    country or region holding one of its readings, is one name, that town's, where the
    gazetteer lacks the whole ("Nioro du Sahel" it has, as Nioro): not the town and then
    the country ("Saint-Louis" had been dropped as part of a longer name, "Sénégal" kept).
    Only the towns of that own name that the qualifier holds remain; a qualifier holding
    none leaves both names as they were ("the Tour de France" is no Tours, "Tour" being
    only another name of it)."""
    found: list[tuple[int, int, tuple]] = []
    starts = {i: (j, candidates) for i, j, candidates in matches}
    taken: set[int] = set()
    for i, j, candidates in matches:
        if i in taken:
            continue
        k = j + 1
        qualifier = starts.get(k + 1) if k + 1 < len(tokens) and \
            tokens[k].text in _QUALIFIER_PARTICLES and \
            text[tokens[j].end:tokens[k].start] == " " == \
            text[tokens[k].end:tokens[k + 1].start] else None
        towns = tuple(c for c in candidates if c.kind == "city" and c.name_type != 1 and any(
            _holds(q.place, c.place) for q in qualifier[1])) if qualifier else ()
        if towns:
            found.append((i, qualifier[0], towns))
            taken.add(k + 1)
        else:
            found.append((i, j, candidates))
    return found


# The kinds of a broad place's biggest reading whose name before a firm's word is the
# firm's (`_a_broad_place_s_firm`).
_FIRM_S_BROAD_KINDS = frozenset({"continent", "region", "water"})


def _a_broad_place_s_firm(text: str, tokens: list[Token], i: int, j: int, candidates: tuple,
                          seen: _Seen) -> bool:
    """A continent's, a region's or a sea's name before a firm's word (`BROAD_FIRM_AFTER`:
    "Renaissance Africa Energy", "Mediterranean Shipping Company"): the firm's; its place is
    kept only as an anchor. Only where the biggest reading is so broad (a town's firm keeps
    its town: "Springfield Power"), and not in a headline's capitals ("Africa Energy Prices
    Rise")."""
    return bool(candidates) and max(
        candidates, key=lambda c: c.place.population).kind in _FIRM_S_BROAD_KINDS and \
        BROAD_FIRM_AFTER.match(text, tokens[j].end) is not None and \
        not _in_title_case(text, tokens[i].start, seen.title_case_lines)


def _a_possessive_after(text: str, token: Token) -> bool:
    """A possessive "'s" ends the token ("Obama's stimulus law")."""
    return text[token.end:token.end + 3] in POSSESSIVE_GAPS


def _kind_starts_pattern(kinds: re.Pattern) -> re.Pattern:
    """`LOWER_CASE_KIND` (" (island|islands|river|…)\\b") with its words grouped by their
    first letter (`any_of`): the plain alternation was tried word by word at every space
    of every text, for the set of places where it matches (the same places, a third
    faster). Built from its own pattern, so a word added there is looked for here too."""
    words = kinds.pattern.removeprefix(" (").removesuffix(")\\b").split("|")
    assert kinds.pattern == f" ({'|'.join(words)})\\b" and all(w.isalpha() for w in words)
    return re.compile(f" (?:{any_of(words)})\\b")


_LOWER_CASE_KIND_STARTS = _kind_starts_pattern(LOWER_CASE_KIND)


# What the text ends in wherever `Recognizer._river_may_stand_at` is true: where a river's
# bare name may stand (`RIVER_MAY_STAND_AFTER`), or the "and" or "or" of a pair of rivers.
_RIVER_OR_PAIR_AFTER = (*RIVER_MAY_STAND_AFTER, " and ", " or ")


class _Readings(NamedTuple):
    """What the judging rules ask of a match's readings, whatever the text says around it."""

    broad: bool  # a broad kind's by its own name, not an island's (an island's name is a
    # town's for the filters)
    small: bool  # the biggest smaller than a town a given name may be
    water: bool  # a water's
    seat_of_power: bool  # a seat of power's ("the White House")
    country: bool  # a country's
    regional: bool  # some, and each a region's, a landmark's or a water's


@per_object(kept=100_000)
def _readings(candidates: tuple) -> _Readings:
    """`_Readings` of the tuple, worked out once per tuple, not once per mention and rule (the
    gazetteer's lookups are cached, so a name's tuple recurs from mention to mention and from
    article to article, and each rule asked it again with a generator)."""
    return _Readings(
        any(c.kind in BROAD_KINDS and c.name_type != 1 and not c.place.id.startswith(ISLAND_ID)
            for c in candidates),
        max(c.place.population for c in candidates) < GIVEN_NAME_TOWN,
        any(c.kind == "water" for c in candidates),
        any(c.place.id in SEATS_OF_POWER for c in candidates),
        any(c.kind == "country" for c in candidates),
        bool(candidates) and all(c.kind in ("region", "landmark", "water") for c in candidates))


# What may stand between two words of one phrase (`_read_in_its_script`).
_PHRASE_GAP = re.compile(r"[\s,;:«»\"“”„'’‘-]*")
_PHRASE_GAP_BEFORE = re.compile(r"[\s,;:«»\"“”„'’‘-]*$")


def _read_in_its_script(text: str, span: Span) -> bool:
    """Whether a name is read: one in another script than Latin ("Київ", "北京", "القاهرة")
    only where the gazetteer knows it (a great town's own-script name: `gazetteer_build.
    _script_names`) and it stands apart from other words of such scripts, as a name set in
    English text or glossed beside its English one ("Kyiv (Київ)"). Inside a phrase of
    them it is a word of a quote or of a text in another language, not read: "«Но Москва
    молчит»" has no Ho, Ghana, "خبر عاجل" ("breaking news") no Khobar, and a Russian
    article no place in its every capitalised word (placeline reads English)."""
    if not any(map(another_script, span.surface)):
        return True
    if not span.candidates:
        return False
    gap = _PHRASE_GAP_BEFORE.search(text, max(0, span.start - 20), span.start)
    before = text[gap.start() - 1:gap.start()] if gap and gap.start() > 0 else ""
    after_at = _PHRASE_GAP.match(text, span.end).end()
    after = text[after_at:after_at + 1]
    return not any(map(another_script, before + after))


class Recognizer(PersonNameTests):
    """Gazetteer-driven toponym recognition with filters for people and ordinary words."""

    max_words = 6

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.given_names = gazetteer.given_names
        self._probe = lru_cache(maxsize=200_000)(self._probe_uncached)
        self._rivers = lru_cache(maxsize=50_000)(self._rivers_uncached)

    # -- candidate generation ----------------------------------------------------------------

    def _matches(self, text: str, tokens: list[Token]) -> list[tuple[int, int, tuple]]:
        """(first token, last token, candidates) of each longest gazetteer match."""
        found = []
        kinds_at: frozenset[int] | None = None  # (see `_named_by_its_kind`)
        i, n = 0, len(tokens)
        while i < n:
            token = tokens[i]
            if not token.cap:
                i += 1
                continue
            best: tuple[int, tuple] | None = None
            apostrophe = False  # (a plural's possessive inside the name so far)
            for j in range(i, min(n, i + self.max_words)):
                if j > i:
                    if across_an_apostrophe(text, tokens[j - 1], tokens[j]):
                        apostrophe = True
                    elif not joined_by_space(text, tokens[j - 1], tokens[j]):
                        break
                    if not tokens[j].cap and tokens[j].text.lower() not in CONNECTORS and \
                            not hyphen_joined(text, tokens[j]):
                        break
                if not tokens[j].cap:
                    continue
                end = tokens[j].end
                candidates, longer = self._probe(
                    text[token.start:end], _abbreviation_at(text, token.start, end, i == j)
                    if len(tokens[j].text) <= 5 else NOT_SHORT,
                    text[end:end + 3] in POSSESSIVE_GAPS)
                if apostrophe:  # "St James' Park", "Lutyens' Delhi": only a place whose own
                    candidates = tuple(  # name holds the apostrophe (not "James' Park"
                        c for c in candidates  # for a park spelt without, nor "the
                        if PLURAL_POSSESSIVE.search(c.place.name))  # Williams' Leeds home")
                if candidates:
                    best = (j, candidates)
                if text[end:end + 2] in POSSESSIVE_ENDS and not (  # (unless a capital
                        j + 1 < n and tokens[j + 1].start <= end + 3 and  # goes on with
                        tokens[j + 1].cap):  # the name: "St John's Wood"; a word before one
                    # ends it: "Royal St George's in Kent", "Lord's on Thursday" — a review)
                    whole = tuple(c for c in self._probe(text[token.start:end + 2],
                                                         NOT_SHORT, False)[0]
                                  if "'s" in c.place.name.replace("’", "'").lower())
                    if whole:  # "St. John's" (Newfoundland) ends in a possessive: the
                        tokens[j] = tokens[j]._replace(end=end + 2,  # name holds it
                                                       text=tokens[j].text + text[end:end + 2])
                        best = (j, whole)  # (not "Peru's" as Perus, Brazil: the
                        break  # gazetteer's own name must hold the possessive)
                if not longer:
                    break
            if best is None:
                if kinds_at is None:
                    kinds_at = frozenset(m.start() for m in _LOWER_CASE_KIND_STARTS.finditer(
                        text))
                if token.text == "Gulf" and after_the(text, token.start):
                    gulf = () if _GULF_NAMED_AFTER.match(text, token.end) else \
                        self._probe("the Gulf", NOT_SHORT, False)[0]
                    best = (i, gulf) if gulf else None  # "tankers leaving the Gulf"
                elif (river_may_stand := self._river_may_stand_at(text, token.start)) or \
                        token.end in kinds_at or (i + 1 < n and tokens[i + 1].end in kinds_at):
                    best = self._named_by_its_kind(text, tokens, i, kinds_at, river_may_stand)
                elif RIVER_VERB_AFTER.match(text, token.end):  # "Oder crests in Frankfurt"
                    rivers = self._rivers(token.text) or self._lakes(token.text)
                    best = (i, rivers) if rivers else None
                elif len(token.text) <= 4 and token.text.isupper() and (
                        DATELINE_AFTER.match(text, token.end) or  # "ROME (Reuters) -", "APIA,
                        _a_lone_dateline(text, token.start, token.end)):  # or "KYIV" alone
                    city = self._probe(token.text.title(), NOT_SHORT, False)[0]  # Samoa (AFP) -"
                    best = (i, city) if city else None  # a dateline's city, no abbreviation
            elif RIVER_VERB_AFTER.match(text, tokens[best[0]].end) and \
                    not _A_PREPOSITION_BEFORE.search(
                        text, max(0, token.start - _PREPOSITION_REACH), token.start):
                name = text[token.start:tokens[best[0]].end]
                rivers = self._rivers(name) or tuple(
                    c for c in best[1] if c.kind == "water") or self._lakes(name)  # ("the
                # Pearl River crested": the river, not its namesake town upstream)
                if rivers:  # "the Paraná rises", "Vistula hits record low": the river, even
                    best = (best[0], rivers)  # where a state or a town has the name
            elif sea := self._sea_on_its_side(text, tokens, i, best[0]):
                best = (best[0], sea)  # "the eastern Baltic": the sea, not Baltic, Ohio
            elif self._river_may_stand_at(text, token.start) and \
                    not self._keeps_its_name_after_the(text, token.start, tokens[best[0]].end,
                                                       best[1]):
                best = self._with_its_rivers(text, tokens, i, *best)
            if best and token.text == "The" and tokens[best[0]].text == "Gulf" and \
                    _GULF_NAMED_AFTER.match(text, tokens[best[0]].end):
                best = None  # "The Gulf states", "The Gulf of Oman" (as after "the")
            if best and token.text == "The" and best[0] > i and \
                    self._the_s_name_goes_on(text, tokens[best[0]].end, best[1]):
                i += 1  # "The Amazon and Google deals": as after "the" (`_known_with_the`)
                continue
            if best and token.text == "The" and best[0] + 1 < n and tokens[best[0] + 1].cap \
                    and joined_by_space(text, tokens[best[0]], tokens[best[0] + 1]) and \
                    self._probe(text[tokens[i + 1].start:tokens[best[0] + 1].end], NOT_SHORT,
                                False)[0]:
                i += 1  # "The Gulf Coast braced": the Gulf Coast, not "The Gulf" and a coast
                continue
            if best and best[0] == i and after_the(text, token.start):
                best = (i, _landforms_after_the(text, token.end, best[1]))
            if best:
                best = self._with_its_qualifier(text, tokens, i, *best)
                found.append((i, best[0], best[1]))
                i = best[0] + 1
            else:
                i += 1
        return found

    def _with_its_qualifier(self, text: str, tokens: list[Token], i: int, j: int,
                            candidates: tuple) -> tuple[int, tuple]:
        """"Frankfurt (Oder)", "Halle (Saale)": a word in parentheses after a town's name,
        where the gazetteer has the whole, is part of it (its last token then takes the
        closing parenthesis). Not "Lagos (Reuters)", which no place is called."""
        qualifier = _QUALIFIER_AFTER.match(text, tokens[j].end)
        k = j + 1
        if qualifier is None or k >= len(tokens) or tokens[k].end + 1 != qualifier.end():
            return j, candidates
        whole = self._lookup(text[tokens[i].start:qualifier.end()], False)
        if not whole:
            return j, candidates
        tokens[k] = tokens[k]._replace(end=qualifier.end(), text=tokens[k].text + ")")
        return k, whole

    def _with_its_rivers(self, text: str, tokens: list[Token], i: int, j: int,
                         candidates: tuple) -> tuple[int, tuple]:
        """A town's name after "the" may be the river of that name: "the Zambezi basin",
        "the Hudson", "the Shannon" — its rivers join the town's candidates, for context and
        size to choose. They replace them where the text names the river in full, a river's
        word follows ("basin", "delta"), the noun phrase ends at the name ("the Naryn
        joins", "along the Zambezi, which": `NOUN_PHRASE_ENDS`), or the name is otherwise
        only a subdivision's (France's departements take their rivers' names). Not a
        country's name English writes with "the" or before more of its noun phrase ("the
        Gambia", "the Niger border"), nor a state's before more of its noun phrase
        (`keeps_its_name_after_the`), nor a name before a capitalised word ("the
        Hudson Valley") or in capitals — unless the two words name a river and end the noun
        phrase ("the Chao Phraya,", where Chao is a town). A departement known only with its
        kind (`_departements`: "the Var", "the Lot") joins them all, first, unless the text
        names the river."""
        name = text[tokens[i].start:tokens[j].end]
        if name.isupper():
            return j, candidates
        if j + 1 < len(tokens) and tokens[j + 1].cap and \
                text[tokens[j].end:tokens[j + 1].start] == " ":  # "the Chao Phraya": a
            # town's name is a river's first word
            longer = self._rivers(text[tokens[i].start:tokens[j + 1].end])
            return (j + 1, longer) if longer and NOUN_PHRASE_ENDS.match(
                text, tokens[j + 1].end) else (j, candidates)
        if with_the := self._named_with_its_the(text, tokens[i].start, name, tokens[j].end):
            return j, with_the
        rivers = self._rivers(name) or (  # (the river may be a candidate already, by another name
            self._sea_by_its_adjective(name) if self._sea_s_noun_ends(text, tokens[j].end)
            else ())  # ("the Baltic and Poland" are the Baltic states — a review)
        departements = self._departements(name, text, tokens[j].end)
        if departements and not _says_the_river(text, name) and \
                not after_a_river_word(text, tokens[i].start) and \
                not before_a_river_word(text, tokens[j].end):
            rows = {c.row for c in departements}  # "wildfires in the Var", "a farmhouse in
            return j, departements + tuple(  # the Lot": the departement, its river and the
                c for c in rivers + candidates if c.row not in rows)  # towns, for context
        if not rivers or _names_a_virus(text, name):  # of it: "Rio Grande" for "Rio Grande
            return j, candidates  # River", among the towns of Brazil and Argentina)
        if _says_the_river(text, name) or \
                after_a_river_word(text, tokens[i].start) or \
                before_a_river_word(text, tokens[j].end) or \
                all(c.kind == "admin2" for c in candidates):
            return j, rivers  # "The Pearl River crested … the Pearl can rise quickly", "the
            # lower Darling" (not Darling, South Africa), "the Zambezi basin" (not the Zambian
            # town), "the Rhône" (not the departement named after it, which news writes
            # without "the": "in Rhône")
        if NOUN_PHRASE_ENDS.match(text, tokens[j].end):  # "the Naryn joins": the river, or
            return j, rivers + _landmarks_far_from(candidates, rivers)  # a landmark of the
            # name far from it, for context to choose
        rows = {c.row for c in candidates}
        return j, candidates + tuple(c for c in rivers if c.row not in rows)

    def _named_with_its_the(self, text: str, start: int, name: str, end: int
                            ) -> tuple[Candidate, ...]:
        """The places the gazetteer knows by `name` with its "the" (`_known_with_the`), where
        a town also has the bare name: "in the Delta," of a Nigerian, Egyptian or Mississippi
        story is the great river's delta (since v111), not Delta, British Columbia, nor the
        Delta River of Alaska that "the" would add. Not where the text names the river ("the
        Delta River", "the mouth of the Delta")."""
        if _says_the_river(text, name) or after_a_river_word(text, start) or \
                before_a_river_word(text, end):
            return ()
        return self._known_with_the(name, text, end)

    def _rivers_uncached(self, name: str) -> tuple[Candidate, ...]:
        """The rivers the gazetteer knows as "`name` River" or "River `name`", and the seas
        as "`name` Sea" or "Sea of `name`" by a rare word ("the Caspian", "the Adriatic";
        not "the Black", "the Irish", "the Baltic states") (cached: "the Senate", "the
        Ministry" recur in every text)."""
        forms = [f"{name} River", f"River {name}"]
        if word_zipf(name.lower()) < RARE_SEA_WORD_ZIPF and self.gazetteer.demonym(name) is None:
            forms += [f"{name} Sea", f"Sea of {name}"]
        waters = {c.row: c for form in forms for c in self.gazetteer.lookup_name(form)
                  if c.kind == "water"}
        return tuple(waters.values())

    def _lakes(self, name: str) -> tuple[Candidate, ...]:
        """The lakes the gazetteer knows as "`name` Lake" or "Lake `name`", asked before a
        water's verb (`RIVER_VERB_AFTER`) where the name has no river: a lake rises and
        recedes as a river does ("as Guaíba recedes" of a Porto Alegre flood is Lake Guaíba,
        not the town Guaíba across it, which the verb had been left to). Not for a name that
        holds its kind already ("Mississippi River": no "Lake Mississippi River")."""
        if name.endswith(WATER_KIND_ENDINGS):
            return ()
        return tuple(c for form in (f"{name} Lake", f"Lake {name}")
                     for c in self.gazetteer.lookup_name(form) if c.kind == "water")

    def _departements(self, name: str, text: str, end: int) -> tuple[Candidate, ...]:
        """France's departements named like ordinary words, which the gazetteer knows only
        with their kind ("Var Department", "Lot Department": see
        gazetteer_build.KIND_WORDS_OF_DIVISIONS), as English news names them after "the"
        ("wildfires in the Var", "a farmhouse in the Lot", "the Ain"), since index v85. Only
        in a list of departements, or where the noun phrase ends at the name and the text
        speaks of France: not the Guardian's "the Var check" nor "the Var had got it wrong"
        in a football report, "the Ain al-Hilweh camp", "the Lot-et-Garonne" or a headline's
        "in the Lot of a Gas Station" (a review)."""
        found = tuple(c for c in self.gazetteer.lookup_name(f"{name} Department")
                      if c.kind == "admin2")  # (first: for almost every name, none; the
        # text is scanned for France only for the few departements named like words)
        if not found or DEPARTMENT_LIST_AFTER.match(text, end) or (
                NOUN_PHRASE_ENDS.match(text, end) and FRENCH_TEXT.search(text)):
            return found
        return ()

    @staticmethod
    def _sea_s_noun_ends(text: str, end: int) -> bool:
        """Whether a sea's adjective ending at `end` is the sea's whole name: its noun phrase
        ends there ("emptying into the Baltic,"), not in a pair ("the Baltic and Poland" are
        the Baltic states), or a coast's word follows ("the Baltic coast": since v108; not
        "the Baltic states")."""
        return (NOUN_PHRASE_ENDS.match(text, end) is not None and
                not text.startswith((" and ", " or "), end)) or \
            SEA_COAST_AFTER.match(text, end) is not None

    def _sea_on_its_side(self, text: str, tokens: list[Token], i: int, j: int
                         ) -> tuple[Candidate, ...]:
        """The sea named by its adjective after "the" and a side ("the eastern Baltic",
        since v108), where its noun ends (`_sea_s_noun_ends`): the side's word hid it from
        the rule of "the" (`_river_may_stand_at`), so the Baltic's villages in Connecticut
        and Ohio were its only readings. Seas only: "the southern Mississippi" is the
        state's."""
        if i != j or not text.endswith(("ern ", "ral "), 0, tokens[i].start) or \
                SEA_SIDE_BEFORE.search(text, max(0, tokens[i].start - 20), tokens[i].start) is None \
                or not self._sea_s_noun_ends(text, tokens[j].end):
            return ()
        return self._sea_by_its_adjective(tokens[i].text)

    @staticmethod
    def _the_s_name_goes_on(text: str, end: int, candidates: tuple) -> bool:
        """Whether a sentence's "The" and a name match only a place's other name written with
        "the" ("The Amazon", the Amazon rainforest's), whose noun phrase goes on: "The Amazon
        and Google deals", "The Amazon warehouse" are the firm's, as after a lower-case "the"
        (`_known_with_the`). "The Hague" and "The Bronx" are their places' own names."""
        return all(c.name_type == 1 and not c.place.name.startswith("The ")
                   for c in candidates) and (
            not NOUN_PHRASE_ENDS.match(text, end) or text.startswith((" and ", " or "), end))

    def _written_with_its_the(self, text: str, tokens: list[Token], i: int) -> bool:
        """Whether a one-word name after a lower-case "the" is a place's name with its "the"
        (`_known_with_the`): the word's frequency, or its being only another name of the
        place, is then no sign of the word ("in the Amazon," is the rainforest's)."""
        return after_the(text, tokens[i].start) and \
            bool(self._known_with_the(tokens[i].text, text, tokens[i].end))

    def _written_with_the(self, name: str, candidate: Candidate) -> bool:
        """Whether English writes this country or continent with "the" before `name`: the
        gazetteer knows it so ("the Gambia", "the Netherlands") or its own name holds it
        ("Democratic Republic of the Congo"). A country written bare ("the Niger rose") is
        a river's name there (`keeps_its_name_after_the`)."""
        if candidate.kind == "continent":
            return True
        with_the = f"the {name}"
        return with_the.lower() in candidate.place.name.lower() or any(
            c.row == candidate.row for c in self.gazetteer.lookup_name(with_the))

    def _keeps_its_name_after_the(self, text: str, start: int, end: int,
                                  candidates: tuple) -> bool:
        """Whether the name at [start, end), after "the", stays a country's or a state's
        rather than its river's (`keeps_its_name_after_the`, asked of each reading with
        `_written_with_the`), or is a country's listed with another country
        (`_listed_with_a_country`)."""
        written_with_the = partial(self._written_with_the, text[start:end])
        return any(keeps_its_name_after_the(c, text, end, written_with_the)
                   for c in candidates) or (
            any(c.kind == "country" and c.name_type == 0 for c in candidates) and
            self._listed_with_a_country(text, start, end))

    def _listed_with_a_country(self, text: str, start: int, end: int) -> bool:
        """Whether the name after "the", a country's own, is coordinated with another
        country by its own name ("Exports from Senegal, the Gambia and the Niger", "the
        Niger, Mali and Chad"): a list of countries is of countries, and a writer who writes
        "the Gambia" writes "the Niger" of the republic too. A river listed so is listed
        with rivers ("the Tigris and Euphrates"), which are no countries."""
        before = _LISTED_BEFORE_THE.search(text, max(0, start - 40), start)
        after = _LISTED_AFTER.match(text, end)
        return any(found and any(c.kind == "country" and c.name_type == 0
                                 for c in self.gazetteer.lookup_name(found.group(1)))
                   for found in (before, after))

    def _a_region_s_river_by_its_the(self, text: str, token: Token, candidates: tuple
                                     ) -> bool:
        """Whether a country's or a state's own name, after "the" and ending its noun phrase,
        has been read as the river of that name (`keeps_its_name_after_the`: "the Jordan
        fell", "barges on the Mississippi,"): the "the" that made it the river shows a
        place, however frequent the word ("Jordan" is a given name)."""
        return _readings(candidates).water and after_the(text, token.start) and \
            NOUN_PHRASE_ENDS.match(text, token.end) is not None and any(
                c.kind in ("country", "admin1") and c.name_type == 0
                for c in self.gazetteer.lookup_name(token.text))

    def _known_with_the(self, name: str, text: str, end: int) -> tuple[Candidate, ...]:
        """A place the gazetteer knows by its name with "the" only ("the Amazon" of the Amazon
        rainforest, since v108: the bare "Amazon" is a firm's, and no row has it), read after
        a lower-case "the" where the noun phrase ends at the name ("deforestation in the
        Amazon,", "the Amazon rose"), as "The Hague" is read at a sentence's capital. Not
        "the Amazon app", "the Amazon and Google deals"."""
        if not NOUN_PHRASE_ENDS.match(text, end) or text.startswith((" and ", " or "), end):
            return ()
        return tuple(c for c in self.gazetteer.lookup_name(f"the {name}") if c.kind != "city")

    def _sea_by_its_adjective(self, name: str) -> tuple[Candidate, ...]:
        """The sea named by an adjective as common as "Baltic" ("emptying into the Baltic,"),
        which `_rivers` leaves for being a frequent word ("the Baltic states"): asked only
        where the noun phrase ends at the name."""
        if not name.endswith(SEA_ADJECTIVE_ENDINGS) or self.gazetteer.demonym(name) is not None:
            return ()
        return tuple(c for c in self.gazetteer.lookup_name(f"{name} Sea") if c.kind == "water")

    def _river_may_stand_at(self, text: str, start: int) -> bool:
        """Where a bare name may be a river's: after "the" (`where_a_river_may_stand`), or
        after "the", a river's bare name and "and" ("the Ebro and Guadalquivir valleys")."""
        if not text.endswith(_RIVER_OR_PAIR_AFTER, 0, start):
            return False  # (one plain test first: this runs for every capitalised word)
        if where_a_river_may_stand(text, start):
            return True
        if not text.endswith((" and ", " or "), 0, start):
            return False  # (the cheap test first: this runs for every capitalised word)
        pair = RIVER_PAIR_BEFORE.search(text, max(0, start - 40), start)
        if pair is None or self.gazetteer.demonym(pair.group(1)) is not None:
            return False  # (not "the French and Spanish authorities": French River, Ontario)
        word = CAPITALISED_WORD.match(text, start)
        # The first a river's name alone, or the pair's noun one of rivers ("the Sava and
        # Drina rivers", "the Thompson and Fraser valleys"): not "the Jackson and Martin
        # families", though a Jackson River runs in Virginia (a review).
        return word is not None and self.gazetteer.demonym(word.group()) is None and \
            bool(self._rivers(pair.group(1))) and (
                RIVERS_NOUN_AFTER.match(text, word.end()) is not None or not any(
                    c.kind != "water" for c in self.gazetteer.lookup_name(pair.group(1))))

    def _named_by_its_kind(self, text: str, tokens: list[Token], i: int,
                           kinds_at: frozenset[int], after_the: bool) -> tuple[int, tuple] | None:
        """A name the gazetteer has only with its kind: "the Indus", "the swollen Tay"
        (rivers, which the gazetteer knows as "Indus River", "River Tay") and "the Naf
        river". A bare word names a river only after "the" (and a river's word) and when
        nothing else goes by it: alone, "Severn" and "Jordan" are a town and a country.
        (`kinds_at`: where a kind word in lower case starts, so the pattern runs once per
        text, not once per capitalised word; `after_the`: `_river_may_stand_at` the name,
        which the caller has asked already.)"""
        for j in range(i, min(len(tokens), i + 2)):
            if j > i and not (tokens[j].cap and text[tokens[j - 1].end:tokens[j].start] == " "):
                return None
            kind = LOWER_CASE_KIND.match(text, tokens[j].end) if tokens[j].end in kinds_at \
                else None
            name_ends = j + 1 == len(tokens) or not tokens[j + 1].cap or \
                text[tokens[j].end:tokens[j + 1].start] != " "
            name = text[tokens[i].start:tokens[j].end]
            if kind:
                found = self._with_its_kind(name, kind.group(1))
            elif after_the and name_ends:
                if name.isupper() or text.startswith(" &", tokens[j].end):
                    return None  # "the EMS director", "the Swift & Co. plant"
                found = self._departements(name, text, tokens[j].end) + self._rivers(name)
                # ("the Ain": the departement, known only with its kind, and any river of
                # the name)
                with_the = () if found and (
                    self._says_a_river_part(text, tokens[i].start, tokens[j].end) or
                    _says_the_river(text, name)) else \
                    self._known_with_the(name, text, tokens[j].end)
                if with_the:  # "deforestation in the Amazon": the place the gazetteer knows
                    found = with_the  # as "the Amazon", not the Amazon River ("the mouth of
                    # the Amazon", "the Amazon River ... the Amazon" keep the river)
                if found and _names_a_virus(text, name):
                    return None  # "the Ebola", "the Ebola-Reston virus": not the river
            else:
                continue
            if found:
                return j, found
        return None

    @staticmethod
    def _says_a_river_part(text: str, start: int, end: int) -> bool:
        """Whether the words around a bare name make it a river's: "the lower Amazon", "the
        Amazon delta", "the mouth of the Amazon", "barges on the Amazon", "the Amazon
        crested"."""
        return after_a_river_word(text, start) or before_a_river_word(text, end) or \
            RIVER_PART_BEFORE.search(text, max(0, start - 30), start) is not None or \
            RIVER_PREPOSITION_BEFORE.search(text, max(0, start - 14), start) is not None or \
            RIVER_VERB_AFTER.match(text, end) is not None

    def _postal_codes(self, text: str, tokens: list[Token],
                      matches: list[tuple[int, int, tuple]]) -> list[tuple[int, int, tuple]]:
        """"Springfield, IL", "PORT HEDLAND, WA": two or three capitals right after a town and
        a comma are the postal code of its state or province, where a town of that name lies
        in it — not Wa, Ghana; so is a short capitalised word that is the region's one-word
        abbreviation ("WINTON, Qld:", "Brandon, Man.", not Man, Ivory Coast). Nowhere else
        ("IN", "OR" are words in a headline's capitals, "Man" at a sentence's start)."""
        starts = {i: j for i, j, _ in matches}
        codes = {}
        for _, j, candidates in matches:
            k = j + 1
            if k < len(tokens) and starts.get(k, k) == k and _POSTAL_CODE.fullmatch(
                    tokens[k].text) and text[tokens[j].end:tokens[k].start] == ", ":
                towns = {(c.place.country, c.place.admin1) for c in candidates}
                regions = tuple(c for c in self.gazetteer.postal_region(tokens[k].text)
                                if (c.place.country, c.place.admin1) in towns)
                if regions:
                    codes[k] = regions
        if not codes:
            return matches
        return sorted([m for m in matches if m[0] not in codes] +
                      [(k, k, regions) for k, regions in codes.items()])

    def _city_of_a_body(self, text: str, tokens: list[Token], i: int, j: int,
                        candidates: tuple) -> tuple[int, int, tuple]:
        """"Dublin City Council" in Ohio is Dublin's city council, not "Dublin City" (an other
        name of Dublin, Ireland): when "X City" is only another name and a city body follows,
        the place is X. A city whose own name is "X City" keeps it ("Kansas City Council")."""
        if j > i and tokens[j].text == "City" and CITY_BODY_AFTER.match(text, tokens[j].end) \
                and all(c.name_type == 1 for c in candidates):
            shorter = self._lookup(text[tokens[i].start:tokens[j - 1].end], False)
            if shorter:
                return i, j - 1, shorter
        return i, j, candidates

    def _kind_in_lower_case(self, text: str, tokens: list[Token],
                            matches: list[tuple[int, int, tuple]]
                            ) -> tuple[list[tuple[int, int, tuple]], frozenset[int]]:
        """"near Pemba island", "the Juba river", "Cook county", "Somali region": a name with
        its kind in lower case after it is the feature or region the gazetteer knows by both
        ("Pemba Island", not Pemba in Mozambique; Cook County, not Cook, Minnesota), and the
        text calls it a place. Returns the matches and the first tokens of those so named.
        A town's own airport stays the town (`_a_town_s_airport`)."""
        found = []
        named = set()
        starts = {i for i, _, _ in matches}
        for i, j, candidates in matches:
            longer = self._one_word_more_with_its_kind(text, tokens, i, j, starts)
            if longer:
                found.append(longer)
                named.add(i)
                continue
            kind = LOWER_CASE_KIND.match(text, tokens[j].end)
            listed = None if kind else KIND_LIST_AFTER.match(text, tokens[j].end)
            word = kind.group(1) if kind else \
                KIND_OF_LIST.get(listed.group("kind"), "") if listed else \
                "department" if DEPARTMENT_LIST_AFTER.match(text, tokens[j].end) else ""
            name = text[tokens[i].start:tokens[j].end]
            feature = self._with_its_kind(name, word) if word and not _a_town_s_airport(
                word, candidates) else ()  # (a list: "the Niger
            # and Benue rivers", the Niger River)
            if not feature and listed and listed.start("kind") == tokens[j].end + 1:
                feature = self.gazetteer.lookup_name(f"{name} {listed.group('kind')}")
                # ("the Baltic states", a region by that whole name)
            if feature:
                candidates = feature
                named.add(i)
            elif i == j and text.endswith(" the ", 0, tokens[i].start) and \
                    {c.row for c in self._departements(name, text, tokens[j].end)} & {
                        c.row for c in candidates}:
                named.add(i)  # "a farmhouse in the Lot": "the" is how news names a
                # departement known only with its kind; the word alone ("a lot") stays one,
                # and so does a sentence's "The Lot was packed with cars"
            found.append((i, j, candidates))
        return found, frozenset(named)

    def _one_word_more_with_its_kind(self, text: str, tokens: list[Token], i: int, j: int,
                                     starts: set[int]) -> tuple[int, int, tuple] | None:
        """"Ben Gurion airport": a known name ("Ben", a town in Iran) with one more capitalised
        word no place has, then a kind in lower case, is the feature the gazetteer knows by
        all three ("Ben Gurion Airport"), not the shorter name."""
        k = j + 1
        if k >= len(tokens) or k in starts or not tokens[k].cap or \
                not joined_by_space(text, tokens[j], tokens[k]):
            return None
        kind = LOWER_CASE_KIND.match(text, tokens[k].end)
        feature = self._with_its_kind(text[tokens[i].start:tokens[k].end], kind.group(1)) \
            if kind else ()
        return (i, k, feature) if feature else None

    def _with_its_kind(self, name: str, kind: str) -> tuple[Candidate, ...]:
        """What the gazetteer knows by the name and its kind (a lower-case kind word):
        "Pemba island" → "Pemba Island", "Naf river" → "Naf River"; a region by the kind
        English news translates it as ("the Zaporizhzhia region": Zaporizhzhia Oblast)."""
        for official in _OFFICIAL_KINDS.get(kind, (kind.capitalize(),)):
            found = self.gazetteer.lookup_name(f"{name} {official}")
            if found:
                return found
        return ()

    def _probe_uncached(self, surface: str, short: int,
                        possessive: bool) -> tuple[tuple[Candidate, ...], bool]:
        """The candidates of `surface`, and whether a longer name may start with it. Cached:
        the same capitalised words ("The", "He", "Mr", "Washington") recur in every text."""
        longer = self.gazetteer.has_prefix(name_key(surface)) or (
            possessive and self.gazetteer.has_prefix(name_key(surface + "'s")))
        return self._lookup(surface, short), longer  # ("People" goes on as "People's …")

    def _lookup(self, surface: str, short: int) -> tuple[Candidate, ...]:
        compact = surface.replace(".", "")
        if compact.isupper() and len(compact) <= 4 and not compact[-1].isdigit():
            # Short capitals are abbreviations: "US", "UK", "N.Y." — never the town "Un"
            # (a name with its number is its own: "K2", "KV17").
            return tuple(c for c in self.gazetteer.lookup_name(surface) if c.name_type == 2)
        if short != NOT_SHORT:
            abbreviated = tuple(c for c in self.gazetteer.lookup_name(surface + ".")
                                if c.name_type == 2)  # "Fla.", "Tenn.": not the town Flå
            if abbreviated and short == SHORT_FORM:
                return abbreviated
            if abbreviated:  # "from Girona and Vic.": Catalonia's Vic or Victoria, as the
                # story says (AP shortens a state only after its town or a party's letter)
                named = self.gazetteer.lookup_name(surface)
                return abbreviated + tuple(c for c in named if c not in abbreviated)
        return self.gazetteer.lookup_name(surface)

    # -- filters -----------------------------------------------------------------------------

    def _ends_a_name_of_words(self, text: str, tokens: list[Token], i: int) -> bool:
        """Token i is an ordinary word after one or more capitalised ordinary words, none a
        given name, a direction or a title, and not only a sentence's first word: the end of
        a thing's name ("Atomic Bomb Dome", "Space Hub"), not a place's."""
        if i == 0 or word_zipf(tokens[i].text.lower()) < ALTERNATE_NAME_ZIPF:
            return False
        left = i
        while left > 0 and tokens[left - 1].cap and \
                joined_by_space(text, tokens[left - 1], tokens[left]):
            left -= 1
        words = tokens[left:i]
        if not words or (len(words) == 1 and sentence_initial(text, words[0])):
            return False
        return all(ALTERNATE_NAME_ZIPF <= word_zipf(t.text.lower()) < FUNCTION_WORD_ZIPF and
                   t.text[1:].islower() and t.text.lower() not in DIRECTION_WORDS and
                   t.text.lower() not in TITLES and t.text.lower() not in HEAD_WORDS and
                   not self._is_given_name(t.text) and
                   not self._probe(t.text, NOT_SHORT, False)[0] for t in words)  # (a function
        # word is a Title-Case headline's: "Ferry Delays At Dover" — a review)

    @staticmethod
    def _names_a_newspaper(text: str, tokens: list[Token], j: int) -> bool:
        """The name is the start of a newspaper's title: one of the next two capitalised
        words, joined to it, is a masthead word ("Times", "State Journal", "Journal-
        Constitution") that no other capitalised word follows, as in a headline's title
        case ("Texas Star Player Injured", "Ukraine News Live" — review 31)."""
        for k in range(j + 1, min(j + 3, len(tokens))):
            if not (tokens[k].cap and text[tokens[k - 1].end:tokens[k].start] in {" ", "-"}):
                return False
            word = tokens[k].text.lower().split("-")[0]
            if word in MASTHEAD_WORDS:
                after = tokens[k + 1] if k + 1 < len(tokens) else None
                return word not in HEADLINE_MASTHEAD_WORDS or after is None or \
                    not after.cap or text[tokens[k].end:after.start] != " " or \
                    after.text.lower().split("-")[0] in MASTHEAD_WORDS  # ("News Sentinel")
        return False

    def _written_as_a_name(self, text: str, tokens: list[Token], i: int, j: int) -> bool:
        """Capitals that only a proper name explains: not the sentence's start, a saint or a
        title ("St. Patrick's Day", "Queen Elizabeth"), nor a name after "the", which names
        a thing or a body far more often than a town ("the Red Cross", "the UN and Red
        Cross", "the Country Club") — unless "the" belongs to a body the name comes before
        ("the Grand Ledge Police Department")."""
        first = tokens[i].text.lower().rstrip(".")
        if first in TITLES or first in NOT_PROPER_CASE:
            return False
        if sentence_initial(text, tokens[i]):
            return self._capitals_past_the_start(text, tokens, i, j) or \
                self._a_word_frequent_as_a_place(text, tokens, i, j)
        if j + 1 < len(tokens) and tokens[j + 1].text.lower() in HEAD_WORDS and \
                joined_by_space(text, tokens[j], tokens[j + 1]):
            return True
        back = i - 1
        while back > 0 and back > i - 4 and tokens[back].cap and \
                tokens[back].text.lower() != "the" and \
                joined_by_space(text, tokens[back], tokens[back + 1]) and \
                not self._probe(tokens[back].text, NOT_SHORT, False)[0]:
            back -= 1  # "the American Red Cross": one body's name; not over a place ("the
            # Houston Sugar Land area" is Sugar Land, Texas: a review)
        if back > 0 and tokens[back].text.lower() in {"and", "or"}:
            back -= 1  # "the UN and Red Cross": the article governs both names
            while back > 0 and tokens[back].cap and back > i - 6 and \
                    not text[tokens[back - 1].end:tokens[back].start].strip():
                back -= 1
        return not (back >= 0 and tokens[back].text.lower() == "the")

    @staticmethod
    def _capitals_past_the_start(text: str, tokens: list[Token], i: int, j: int) -> bool:
        """At a sentence's start the first capital proves nothing, but the name's later ones
        do where a comma or its people follow and the sentence goes on in lower case:
        "Broken Hill, about 110 kilometres to the north-west, relies on the river", "Sugar
        Land officials said" (not a headline's capitals, "Broken Hill Mine Reopens"; nor a
        body's name, "Country Club members"; nor a firm's or a title's acts, "Iron Mountain
        said", "Blue Bell recalled", "Rolling Stone named": a review)."""
        if i == j or any(tokens[k].text.lower() in _BODY_WORDS for k in range(i, j + 1)):
            return False
        if not (text.startswith(",", tokens[j].end) or RESIDENT_AFTER.match(text, tokens[j].end)):
            return False
        if FIRM_OR_CLUB_APPOSED.match(text, tokens[j].end):
            return False  # "Crystal Palace, who beat Brentford", "Blue Bell, the Brenham-based
            # ice cream maker": a club's or a firm's apposition (review 22); "Little Rock,
            # the capital of Arkansas", "Round Rock, which has 120,000 residents" are a
            # place's (review 23)
        word = _NEXT_WORD.search(text, tokens[j].end, tokens[j].end + 80)
        return bool(word) and word.group().islower()

    def _cues(self, text: str, tokens: list[Token], i: int, j: int,
              kind_lists: Mapping[tuple[int, int], str]) -> frozenset[str]:
        cues = set()
        if i < j and self._written_as_a_name(text, tokens, i, j):
            cues.add(PROPER_CASE)  # "since New London Police": capitals no sentence explains
        if text.endswith("of ", 0, tokens[i].start) and FEATURE_OF_BEFORE.search(
                text, max(0, tokens[i].start - 20), tokens[i].start):
            cues.add("feature-of")  # "the City of Richmond's public works"
        if i > 0 and tokens[i - 1].text.lower() in PLACE_CUES and (
                not tokens[i - 1].cap or sentence_initial(text, tokens[i - 1])) \
                and not text[tokens[i - 1].end:tokens[i].start].strip() and \
                not SHARES_IN.search(text, max(0, tokens[i].start - 20), tokens[i].start):
            cues.add("preposition")  # "in Hartford", "In Pecos, the council", not "in 1999,
            # Robertson said", nor "shares in Puma")
        elif DISASTER_HIT_BEFORE.search(text, max(0, tokens[i].start - 40), tokens[i].start):
            cues.add("preposition")  # "Floods hit Selby", "another storm hit Marietta"
        elif text.endswith(("of ", "from "), 0, tokens[i].start) and DIRECTION_OF_BEFORE.search(
                text, max(0, tokens[i].start - 24), tokens[i].start):
            cues.add("preposition")  # "about 25 miles south of Dayton"
        if text.startswith(", where ", tokens[j].end) and \
                tokens[j].text.lower() not in HEAD_WORDS and (i == 0 or not (
                    tokens[i - 1].cap and joined_by_space(text, tokens[i - 1], tokens[i])
                    and not sentence_initial(text, tokens[i - 1]))):
            cues.add("preposition")  # "Austin, where prices surged": a place, whoever else
            # the text calls Austin ("Austin Reyes, a broker": round 48); not a head word
            # nor the last word of a longer name ("Cork University Hospital, where", "the
            # quarters of New Bell, where")
        before = tokens[i - 1] if i > 0 else None
        starts_a_name = before is None or not (  # "A Chapin man", "Sending Shiloh students",
            before.cap and joined_by_space(text, before, tokens[i])  # not "Louisville
            and word_zipf(before.text.lower()) < COMMON_WORD_ZIPF)  # Metro Council"
        if starts_a_name and (RESIDENT_AFTER.match(text, tokens[j].end) or PUBLIC_BODY_AFTER.match(
                text, tokens[j].end)) and not is_common_word(
                text[tokens[i].start:tokens[j].end]):
            cues.add(RESIDENT)  # "Young man" and "Nice woman" are the words
        start, end = tokens[i].start, tokens[j].end
        if (len(text[start:end]) > 2 and text[start:end].isupper() and DATELINE_AFTER.match(
                text, end)) or PARTY_BEFORE.search(text, max(0, start - 4), start) or \
                RESIDENCE_BEFORE.search(text, max(0, start - 14), start) or \
                self._person_of_before(text, start) or \
                KIND_LIST_AFTER.match(text, end) or (start, end) in kind_lists or \
                APPOSED_KIND_AFTER.match(text, end):
            cues.add(NEWS_CONVENTION)
        match = _COMMA_NAME_AFTER.match(text[tokens[j].end:tokens[j].end + 40])
        if match:
            following = self.gazetteer.lookup_name(match.group(1).rstrip(",")) or \
                self.gazetteer.lookup_name(match.group(1).split()[0])
            if any(c.kind in {"admin1", "country"} for c in following):
                cues.add("comma-region")
        return frozenset(cues)

    def _in_its_region(self, text: str, end: int, candidates: tuple) -> bool:
        """Whether "in" and a state or country holding one of the name's places follow it
        ("Alta in northern Norway", "Reading in Berkshire"): the writer places the name, so it
        is a place, however ordinary the word. The region must hold a reading (Alta, Norway),
        not merely be one ("Grace in France" shows nothing of Grace, Idaho); and the name
        must not end a longer one ("the Environmental Protection Agency in Washington": Agency
        is a Washington village's other name)."""
        match = _IN_REGION_AFTER.match(text, end)
        if not match:
            return False
        words = match.group(1).split()
        for size in range(len(words), 0, -1):
            regions = [r.place for r in self.gazetteer.lookup_name(" ".join(words[:size]))
                       if r.kind in {"admin1", "country"} and r.name_type != 1]
            if regions:
                return any(c.place.country == region.country and (
                    region.kind == "country" or c.place.admin1 == region.admin1 != "")
                    for region in regions for c in candidates
                    if c.kind not in {"admin1", "country"})
        return False

    def _listed_with_a_neighbour(self, text: str, start: int, end: int,
                                 candidates: tuple) -> bool:
        """Whether the name is listed next to a name of a town within `WORD_TOWN_NEIGHBOUR_KM`
        of one of its towns ("hotels in Budva, Kotor and Bar", "Bar, Budva and Kotor"): a list
        holds things of one kind, and neighbours are no chance; the word ("bar") stays a
        word elsewhere."""
        towns = [c.place for c in candidates if c.kind == "city"]
        if not towns:
            return False
        names = [name for item in _list_neighbours(text, start, end)
                 for name in {item.group(1), item.group(1).rsplit(" ", 1)[-1]}]
        return any(lie_within(
            towns, (other.place for other in self.gazetteer.lookup_name(name)
                    if other.kind == "city" and other.name_type != 1), WORD_TOWN_NEIGHBOUR_KM)
            for name in names)  # (a neighbour's last word alone too: "In Marfa and Alpine",
        # where the item before is read as "In Marfa")

    @staticmethod
    def _kind_lists(text: str) -> dict[tuple[int, int], str]:
        """Where each name of a list after its kind stands, and the kind ("the cities of
        Newark, Heath and …": Newark, Heath… → "cities")."""
        found = {}
        for match in _listed_after_kind(text):
            items = list(LIST_NAME.finditer(match.group("list")))
            if _A_REGION_S_KIND_AFTER.match(text, match.end("list")):
                items = items[:-1]  # ("the villages of Dumba and Kukawa district": Dumba is
                # a village, Kukawa the district's name)
            for item in items:
                if not _A_POSSESSIVE_FIRST.match(item.group()):
                    found[(match.start("list") + item.start(),
                           match.start("list") + item.end())] = match.group("kind").lower()
        return found

    def _listed_counties(self, text: str) -> dict[tuple[int, int], str]:
        """Where each name of a list before a plural county kind stands, and the kind
        ("Calcasieu, Cameron, Beauregard and Jefferson Davis parishes"): only names the
        gazetteer has as counties with that word, less any word before one ("Small
        Hitchcock and Hayes counties" is Hitchcock County)."""
        pattern, trigger = LISTED_BEFORE_COUNTIES
        if not _holds_a_county_kind(text, trigger):
            return {}
        found = {}
        for match in pattern.finditer(text):
            kind, end_of_list = match.group("kind"), match.end("list")
            for item in LIST_NAME.finditer(text, match.start("list"), end_of_list):
                start = next((word.start() for word in re.finditer(r"\S+", item.group())
                              if self.gazetteer.lookup_name(
                                  f"{item.group()[word.start():]} {REGION_OF_LIST[kind]}")),
                             None)
                if start is not None:
                    found[(item.start() + start, item.end())] = kind
        return found

    def _regions_of_lists(self, text: str, tokens: list[Token],
                          matches: list[tuple[int, int, tuple]],
                          kind_lists: Mapping[tuple[int, int], str]
                          ) -> list[tuple[int, int, tuple]]:
        """A name in a list of counties or other regions ("Pike, Adams and Brown counties",
        "counties including Pike, Adams and Brown", "the states of Delta and Bayelsa") is the
        region of that name there, and may be wherever else the text names it alone: the
        region's candidates join its own, for context to choose. A listed name the gazetteer
        knows only with its kind ("Desha", "Delta") is matched as the region."""
        regions: dict[str, tuple] = {}
        listed: set[tuple[int, int]] = set()
        for start, end in [*((tokens[i].start, tokens[j].end) for i, j, _ in matches),
                           *kind_lists]:
            after = KIND_LIST_AFTER.match(text, end)
            kind = kind_lists.get((start, end)) or (after.group("kind") if after else "")
            if kind in REGION_OF_LIST:
                surface = text[start:end]
                regions[surface] = self.gazetteer.lookup_name(
                    f"{surface} {REGION_OF_LIST[kind]}")
                if (start, end) in kind_lists:  # (not "Indiana counties": of the state)
                    listed.add((start, end))
        if not regions:
            return matches
        own = {(tokens[i].start, tokens[j].end): candidates for i, j, candidates in matches}
        mixed = _lists_the_gazetteer_splits(text, kind_lists, own, regions)
        found = []
        for i, j, candidates in matches:
            start, end = tokens[i].start, tokens[j].end
            region = regions.get(text[start:end], ())
            if region and (start, end) in listed and (start, end) not in mixed:
                candidates = ()
            listed.discard((start, end))  # (what is left are listed names with no match)
            rows = {c.row for c in candidates}
            found.append((i, j, candidates + tuple(c for c in region if c.row not in rows)))
        token_at = {t.start: k for k, t in enumerate(tokens)}
        token_ending = {t.end: k for k, t in enumerate(tokens)}
        found += [(token_at[start], token_ending[end], regions[text[start:end]])
                  for start, end in listed if regions[text[start:end]]
                  and start in token_at and end in token_ending]
        return found

    def _divisions_beside_their_siblings(self, text: str, tokens: list[Token],
                                         matches: list[tuple[int, int, tuple]]
                                         ) -> list[tuple[int, int, tuple]]:
        """A name listed beside a division that the gazetteer names with its kind's word
        ("Limerick": County Limerick) is the division of its country so named too, where
        there is one ("Clare": County Clare), and joins the name's candidates for context to
        choose: a list holds things of one kind. The bare name of a county named like a
        person ("Clare", a common given name) is left out of the index, so "Limerick, Clare
        and north Tipperary" had lost Clare."""
        own = {(tokens[i].start, tokens[j].end): k for k, (i, j, _) in enumerate(matches)}
        added: dict[tuple[int, int], tuple] = {}
        for i, j, candidates in matches:
            start, end = tokens[i].start, tokens[j].end
            forms = _division_forms(text[start:end], candidates)
            if not forms:
                continue
            for item in _list_neighbours(text, start, end):
                found = self._sibling_divisions(item.group(1), forms)
                if found:
                    span = item.span(1)
                    added[span] = tuple(dict.fromkeys((*added.get(span, ()), *found)))
        if not added:
            return matches
        token_at = {t.start: k for k, t in enumerate(tokens)}
        token_ending = {t.end: k for k, t in enumerate(tokens)}
        found = list(matches)
        for (start, end), divisions in added.items():
            k = own.get((start, end))
            if k is not None:
                i, j, candidates = found[k]
                rows = {c.row for c in candidates}
                found[k] = (i, j, candidates + tuple(c for c in divisions if c.row not in rows))
            elif start in token_at and end in token_ending and not any(
                    tokens[i].start < end and start < tokens[j].end for i, j, _ in matches):
                found.append((token_at[start], token_ending[end], divisions))  # (not
                # inside a longer name: "São Tomé and Príncipe")
        return sorted(found)

    def _sibling_divisions(self, name: str, forms: set[tuple[str, str]]) -> tuple:
        """The divisions of `forms`' countries named `name` in their forms."""
        return tuple(c for form, country in forms
                     for c in self.gazetteer.lookup_name(form.format(name))
                     if c.kind in REGION_KINDS and c.place.country == country)

    def _unions_listed_apart(self, text: str, tokens: list[Token],
                             matches: list[tuple[int, int, tuple]]
                             ) -> list[tuple[int, int, tuple]]:
        """"Floods cut roads in Bosnia, Serbia and Montenegro": a country named "X and Y"
        whose halves are each a country by its own name is a union gone (the gazetteer
        keeps "Serbia and Montenegro"), and after a list's comma it is the list's last two
        countries. A country whose halves are no countries stays whole ("Bosnia and
        Herzegovina", "Trinidad and Tobago", "Antigua and Barbuda"), and so does one after a
        comma that follows no country, or before a dateline's shape ("BELGRADE, Serbia and
        Montenegro (Reuters) —": a city's dateline of 2003-2006, no list)."""
        found: list[tuple[int, int, tuple]] = []
        for i, j, candidates in matches:
            halves = self._two_countries(text, tokens, i, j, candidates) if found and \
                text[tokens[found[-1][1]].end:tokens[i].start] == ", " and \
                any(c.kind == "country" for c in found[-1][2]) and \
                not DATELINE_AFTER.match(text, tokens[j].end) else None
            found.extend(halves or [(i, j, candidates)])
        return found

    def _rivers_of_a_confluence(self, text: str, tokens: list[Token],
                                matches: list[tuple[int, int, tuple]]
                                ) -> tuple[list[tuple[int, int, tuple]], frozenset[int]]:
        """"the Bani-Niger confluence": two names joined by a hyphen before "confluence" are
        the two rivers that meet there, where the gazetteer knows a river by each ("Bani"
        had been Baní in the Dominican Republic, "Niger" the country). One-word names only;
        a pair of which one has no river is left as it was. Also the rivers' first tokens:
        "confluence" is their kind written after them, which makes them sure (`KIND_AFTER`;
        "the Ohio-Mississippi confluence" had lost the Ohio as a weak name)."""
        pairs = {}
        for found in _CONFLUENCE_PAIR.finditer(text):
            rivers = (self._rivers(found.group(1)), self._rivers(found.group(2)))
            if all(rivers):
                pairs[found.start(1)], pairs[found.start(2)] = rivers
        if not pairs:
            return matches, frozenset()
        token_at = {t.start: k for k, t in enumerate(tokens)}
        kept = [m for m in matches if not any(
            tokens[m[0]].start <= start < tokens[m[1]].end for start in pairs)]
        rivers = [(token_at[start], token_at[start], found)
                  for start, found in pairs.items() if start in token_at]
        return sorted(kept + rivers), frozenset(i for i, _, _ in rivers)

    def _two_countries(self, text: str, tokens: list[Token], i: int, j: int,
                       candidates: tuple) -> list[tuple[int, int, tuple]] | None:
        """Tokens i..j ("Serbia and Montenegro", a country) as two countries, each by its
        own name, split at "and"; None where they are not."""
        if not candidates or any(c.kind != "country" for c in candidates):
            return None
        k = next((k for k in range(i + 1, j) if tokens[k].text == "and"), None)
        if k is None:
            return None
        halves = [(i, k - 1), (k + 1, j)]
        readings = [tuple(c for c in self.gazetteer.lookup_name(
            text[tokens[a].start:tokens[b].end]) if c.kind == "country" and c.name_type == 0)
            for a, b in halves]
        if not all(readings):
            return None
        return [(a, b, found) for (a, b), found in zip(halves, readings, strict=True)]

    # -- public ------------------------------------------------------------------------------

    def find(self, text: str) -> list[Span]:
        """Place-name spans in reading order, people and ordinary words filtered out."""
        tokens = tokenize(text)
        matches = self._postal_codes(text, tokens, [
            self._city_of_a_body(text, tokens, *m) for m in self._matches(text, tokens)
            if (not _INSIDE_A_COMPOUND.search(text, max(0, tokens[m[0]].start - 9),
                                              tokens[m[0]].start) or any(
                c.kind == "country" for c in m[2])) and  # ("Remain-in-Mexico", "made-in-China")
            not _AFTER_A_PREFIX.search(text, max(0, tokens[m[0]].start - 6), tokens[m[0]].start)])
        kind_lists = self._kind_lists(text) | self._listed_counties(text)
        matches, kind_named = self._kind_in_lower_case(text, tokens, matches)
        matches = self._regions_of_lists(text, tokens, matches, kind_lists)
        matches = self._divisions_beside_their_siblings(text, tokens, matches)
        matches = self._unions_listed_apart(text, tokens, matches)
        matches = _towns_with_their_qualifier(text, tokens, matches)
        if " confluence" in text:
            matches, rivers = self._rivers_of_a_confluence(text, tokens, matches)
            kind_named |= rivers
        matches = sorted(matches + _county_short_names(text, tokens, matches))
        known_places = {name_key(text[tokens[i].start:tokens[j].end]) for i, j, _ in matches}
        match_starts = frozenset(i for i, _, _ in matches)
        hyphen_paired = self._hyphen_pairs(text, tokens, matches)
        person_words: set[str] = set()
        people: set[tuple[int, int]] = set()  # people's names, by first and last token
        kept: list[Span] = []
        weakly_dropped: list[Span] = []
        decisions = []
        for i, j, candidates in matches:
            person = self._person_context(text, tokens, i, j, known_places, match_starts,
                                          hyphen_paired, candidates) or quoted_speaker(
                text, tokens, i, j, candidates) or names_a_party(text, tokens, i, j, candidates)
            if person and not person[0].startswith(LONGER_NAME) and \
                    person[0] not in THIS_MENTION_ONLY and \
                    not self._a_team_s_name(tokens, i, person, candidates):
                # (a longer name is no person's: "Independiente Medellin", "Université Laval"
                # and "StandUp DeKalb" leave the word's other mentions places)
                person_words.update(t.text for t in tokens[person[1]:person[2] + 1])
                people.add((person[1], person[2]))
            decisions.append((i, j, candidates, person))
        person_names = Counter(t.text.lower() for a, b in people for t in tokens[a:b + 1])
        diseases = {text[tokens[i].start:tokens[j].end] for i, j, candidates in matches
                    if DISEASE_AFTER.match(text, tokens[j].end) and not any(
                        c.kind == "country" and c.name_type != 1 for c in candidates)} \
            if names_a_disease_once(text) else set()  # (no country: "the Uganda Virus Research
            # Institute" names the country, and "the border with Uganda" is a place)
        seen = _Seen(frozenset(person_words), hyphen_paired, diseases, kind_lists, kind_named,
                     frozenset(name for name in storm_names(text) if not any(
                         c.kind in {"country", "admin1"}
                         for c in self.gazetteer.lookup_name(name))))
        as_people = []  # mentions dropped only as a person's name
        for i, j, candidates, reason in decisions:
            verdict = None if reason else self._judge(text, tokens, i, j, candidates, seen)
            if verdict:
                (weakly_dropped if verdict[1] else kept).append(verdict[0])
            elif not reason and i == j and tokens[i].text in person_words:
                as_people.append((i, j, candidates))
        if as_people:
            person_words = self._more_often_places(text, tokens, (kept, weakly_dropped),
                                                   as_people, person_words, person_names, seen)
            kept.extend(self._listed_among_places(text, tokens, kept, weakly_dropped, [
                m for m in as_people if tokens[m[0]].text in person_words], seen))
        near = near_sure_places(text, kept, weakly_dropped, person_words)
        if near:
            kept.extend(near)
            rescued = {s.start for s in near}
            weakly_dropped = [s for s in weakly_dropped if s.start not in rescued]
        shown = {short for s in kept if s.cues - WEAK_CUES
                 for short in (s.surface, _COUNTY_WORD_BEFORE.sub("", s.surface))} - person_words
        named_in_full = {c.row for s in kept if " " in s.surface and len(s.candidates) <= 2
                         for c in s.candidates}  # "Mount Etna": a later "Etna" is it
        kept.extend(replace(s, cues=s.cues | {SAME_TEXT}) for s in weakly_dropped
                    if s.surface in shown or (s.surface not in person_words and any(
                        c.row in named_in_full for c in s.candidates)))
        kept.extend(coordinated_with_places(text, kept, weakly_dropped, person_words))
        firms = firm_names(text, tokens, matches, kept)
        if firms:
            kept = [s for s in kept if s.surface.lower() not in firms]
        unknown = self._unknown_names(text, kept, kind_lists)
        unknown += _written_again(text, unknown, kept, person_words)
        unknown += self._short_names(text, [*kept, *unknown], unknown, person_words)
        held = SpanIndex((u.start, u.end) for u in unknown)  # not each against each
        kept = [s for s in kept if not held.holds(s.start, s.end)] + unknown
        if len(kept) <= FEW_NAMES:
            kept += self._peoples_countries(text, tokens, kept)
        return sorted((s for s in kept if _read_in_its_script(text, s)), key=lambda s: s.start)

    @staticmethod
    def _a_team_s_name(tokens: list[Token], i: int, person: tuple[str, int, int],
                       candidates: tuple) -> bool:
        """Whether a "person" read as a given name and a surname is a big place's name and an
        ordinary word ("Miami Heat", "Orlando Magic", "the Canton Fair"): a team's, a
        brand's or an event's as often as someone's, so its words make no other mention a
        person's ("a Miami developer" stays the city). The place's name is the match's own
        (`candidates`), not a word before it ("Cairo University")."""
        reason, first, last = person
        return first == i and last == i + 1 and reason.startswith(GIVEN_NAME_AND_SURNAME) and \
            word_zipf(tokens[last].text.lower()) >= TEAM_WORD_ZIPF and \
            a_big_place_s_word(tokens[first].text, candidates)

    def _peoples_countries(self, text: str, tokens: list[Token],
                           kept: list[Span]) -> list[Span]:
        """A people's adjective tells resolution its country, silently (`ANCHOR`, as a
        club's town does): "Flooding in Valencia killed 200 people, Spanish officials
        said" is Spain's Valencia (audit 24). The adjective is no mention of the country,
        and it weighs as much as one: only where the text names too few places to tell its
        own country (`FEW_NAMES`), as a brief's or a feed's description does — in a longer
        story "Mexican authorities" across from Eagle Pass, Texas, or "its French co-
        producers" of a film shown in Venice would outvote the places themselves."""
        taken = SpanIndex((s.start, s.end) for s in kept)
        found: list[Span] = []
        for k, token in enumerate(tokens):
            if not token.cap or token.text.isupper() or len(token.text) < 4 or (
                    found and token.start < found[-1].end):  # ("African" of "South African")
                continue
            end = token.end
            country = self.gazetteer.demonym(token.text)
            if k + 1 < len(tokens) and tokens[k + 1].cap and joined_by_space(
                    text, token, tokens[k + 1]):
                pair = self.gazetteer.demonym(text[token.start:tokens[k + 1].end])
                if pair is not None:  # "South African", "Puerto Rican"
                    country, end = pair, tokens[k + 1].end
            if country is None or taken.overlaps(token.start, end) or \
                    not _OF_A_PEOPLE_AFTER.match(text, end):
                continue  # ("English classes", "French fries": a language's, a dish's)
            candidate = self._country_candidate(country.id)
            if candidate is not None:
                found.append(Span(token.start, end, text[token.start:end], (candidate,),
                                  frozenset({ANCHOR})))
        return found

    def _country_candidate(self, place_id: str) -> Candidate | None:
        """The gazetteer's reading of a country by its own name, by the country's id."""
        place = self.gazetteer.place(place_id)
        return next((c for c in self.gazetteer.lookup_name(place.name)
                     if c.place.id == place_id), None) if place else None

    def _more_often_places(self, text: str, tokens: list[Token],
                           judged: tuple[list[Span], list[Span]],
                           as_people: list[tuple[int, int, tuple]], person_words: set[str],
                           person_names: Counter[str], seen: _Seen) -> set[str]:
        """A word the text calls a place more often than it writes it in a person's name
        ("JACKSON, Tenn." and "Jackson, Miss." against one "Lena Jackson"; "in London" twice
        against "the London Knights"; a dateline counts twice, so "LINCOLN, England" outweighs
        one "Abraham Lincoln"): its bare mentions are the place (those before a
        verb of saying stay the person). Adds them to `judged` (kept, weakly dropped);
        returns the person words left."""
        placed = Counter(s.surface.lower() for s in judged[0] if s.cues - WEAK_CUES)
        placed.update(s.surface.lower() for s in judged[0]  # a dateline's place is the
                      if s.surface.isupper() and NEWS_CONVENTION in s.cues)  # story's: twice
        places = {w for w in person_words if placed[w.lower()] > person_names[w.lower()]}
        if not places:
            return person_words
        person_words = person_words - places
        seen = replace(seen, person_words=frozenset(person_words))
        for i, j, candidates in as_people:
            if tokens[i].text in places and not SPEECH_AFTER.match(text, tokens[j].end):
                verdict = self._judge(text, tokens, i, j, candidates, seen)
                if verdict:
                    judged[verdict[1]].append(verdict[0])
        return person_words

    def _listed_among_places(self, text: str, tokens: list[Token], kept: list[Span],
                             weak: list[Span], as_people: list[tuple[int, int, tuple]],
                             seen: _Seen) -> list[Span]:
        """"courts in Prince Albert, Saskatoon and Regina": a word the text also writes in a
        person's name ("Regina Bell") is a place where it follows, in a list, a place with a
        cue or two places (a list holds things of one kind: "stations at Vadodara, Anand,
        Ahmedabad" after "Priya Anand"), unless a verb of saying follows. A place dropped
        only weakly (`weak`) counts as one of the two: "from Longridge, Leyland and Chorley"
        after "said Alan Chorley" (round 72), where Leyland, a surname too, is rescued by
        the list only later (`coordinated_with_places`)."""
        by_end = {s.end: s for s in (*weak, *kept)}
        by_start = {s.start: s for s in kept}
        starts = set(by_start)
        found = []
        for i, j, candidates in as_people:
            before = listed_before(text, by_end, tokens[i].start)
            after = listed_first_after(text, by_start, tokens[j].end) if before is None \
                else None
            if not (listed_after_places(text, by_end, tokens[i].start, set()) or (
                    before is not None and (listed_after(text, starts, tokens[j].end) or
                                            _great_cities(before.candidates, candidates))) or (
                    after is not None and _a_great_city_beside(candidates, after.candidates))) \
                    or SPEECH_AFTER.match(text, tokens[j].end):
                continue  # (between two places of a list too: "supplies Las Vegas,
                # Henderson and North Las Vegas" after "Tanya Henderson"; a great city after
                # another: "bound for Chicago and Dallas" after "Dallas Ortega", held out; a
                # great city before its neighbour: "Dallas and Fort Worth" after "Dallas
                # Whitfield")
            verdict = self._judge(text, tokens, i, j, candidates, replace(
                seen, person_words=seen.person_words - {tokens[i].text}))
            if verdict:
                found.append(replace(verdict[0], cues=verdict[0].cues | {COORDINATED}))
        return found

    def _judge(self, text: str, tokens: list[Token], i: int, j: int, candidates: tuple,
               seen: _Seen) -> tuple[Span, bool] | None:
        """The span of the match at tokens[i..j] and whether only weak filters (about the
        word itself) are against it — or None when it is no place here. The steps run in order:
        the first that decides ends the judging."""
        surface = text[tokens[i].start:tokens[j].end]
        cues = self._cues_of_the_match(text, tokens, i, j, candidates, seen)
        if self._a_person_named_before(text, tokens, i, j, surface, candidates, cues, seen):
            return None
        broad, small = _readings(candidates)[:2]  # (an island's name is a town's for these
        # filters: "Refugio said", "Almagro said" are people, though islands have the names
        # since v66 — a review)
        if self._no_mention_of_a_place(text, tokens, i, j, surface, candidates, cues):
            return None
        street = self._as_a_street(text, tokens, i, j, surface)
        if street:
            return street
        if self._names_a_body_or_firm(text, tokens, i, j, candidates, cues, broad, small):
            return None
        if self._names_a_club(text, tokens, i, j, candidates, cues):
            return anchor(tokens, i, j, surface, candidates)
        if WORK_BEFORE.search(text, max(0, tokens[i].start - 20), tokens[i].start):
            return None  # "the opera Carmen": a work's title
        if VESSEL_BEFORE.search(text, max(0, tokens[i].start - 20), tokens[i].start):
            return None  # "the arms ship Monchegorsk": a vessel's name
        if self._names_an_event_or_firm(text, tokens, i, j, cues, seen) or \
                _names_a_body_by_its_field(text, tokens, i, candidates, seen) or \
                _a_broad_place_s_firm(text, tokens, i, j, candidates, seen) or \
                _a_former_name_a_body_kept(text, tokens, i, j, surface, candidates):
            return anchor(tokens, i, j, surface, candidates)
        if self._inside_a_firm_s_or_building_s_name(text, tokens, i, j, surface, candidates, broad,
                small):
            return None
        frequent = is_common_word(surface) and not (
            i < j and tokens[j].text.lower() in PLACE_TYPE_WORDS)  # "Henry County"
        surprise = name_surprise(surface, candidates) if frequent else 0.0
        common = frequent and surprise >= COMMON_SURPRISE and \
            not self.another_name_with_a_given_name(surface, candidates) and \
            not self._a_word_frequent_as_a_place(text, tokens, i, j)
        if common and small and cues == {"preposition"} and \
                _a_possessive_after(text, tokens[j]):
            cues = frozenset()  # "a provision in Obama's stimulus law": the preposition
            # governs what the name owns, so it is no sign that the frequent word is a place
        if self._an_ordinary_word_here(text, tokens, i, j, surface, candidates, cues, broad, small,
                frequent, common) or \
                self._part_of_another_name(text, tokens, i, j, surface, candidates, cues, seen,
                broad, small):
            return None
        weak = self._only_weakly_a_place(text, tokens, i, j, surface, candidates, cues, broad,
                small, frequent, surprise, common)
        return Span(tokens[i].start, tokens[j].end, surface, candidates, cues), weak

    def _a_word_frequent_as_a_place(self, text: str, tokens: list[Token], i: int, j: int
                                    ) -> bool:
        """Whether a word of a name of several words, before any joining word, is frequent
        only because a big place bears it ("Miami" in "Miami Beach": wordfreq counts the
        city): the whole is then no phrase of ordinary words ("Iron Mountain", "Blue Bell")
        but a proper name, even opening a sentence ("Miami Beach approved its budget"). Not
        a school's ("Southern Cross University") nor what follows "of" ("University of
        Texas")."""
        if i == j or SCHOOL_AFTER.match(text, tokens[j].end):
            return False
        for k in range(i, j + 1):
            word = tokens[k].text
            if word.lower() in CONNECTORS:
                return False
            if a_big_place_s_word(word, self._probe(word, NOT_SHORT, False)[0]):
                return True
        return False

    def another_name_with_a_given_name(self, surface: str, candidates: Iterable[Candidate]
                                       ) -> bool:
        """Whether a name of several words that the gazetteer knows only as another name of a
        place opens with a given name that is no ordinary word nor a title ("Jackson Hole" for
        Jackson, Wyoming): its words are frequent as a name is, so the whole is a proper name
        chosen for the place, not a phrase of ordinary words ("Broken Hill"), even opening a
        sentence ("Jackson Hole hosted the symposium"). Not a place's own name: "Cedar Point
        reopened", "Crystal Palace, who beat Brentford" are a park's and a club's as often."""
        first, _, rest = surface.partition(" ")
        return bool(rest) and all(c.name_type == 1 for c in candidates) and \
            self._is_given_name(first) and word_zipf(first.lower()) < NAME_WORD_ZIPF and \
            first.lower() not in TITLES

    def _cues_of_the_match(self, text: str, tokens: list[Token], i: int, j: int, candidates: tuple,
                           seen: _Seen) -> frozenset[str]:
        """`_cues`, the two the whole text lends (a hyphen pair of places, "Logan-
        Rogersville"; a kind written after the name, "Orange county", "the Amazon basin") and
        those its readings decide (a region after "in" holding one)."""
        cues = self._cues(text, tokens, i, j, seen.kind_lists)
        if i in seen.hyphen_paired and not seen.hyphen_paired[i] & seen.person_words:
            cues |= {HYPHEN_PAIR}  # "Logan-Rogersville": two places name each other
        if i in seen.kind_named or (_readings(candidates).water and (
                before_a_river_word(text, tokens[j].end) or (
                    RIVER_PART_BEFORE.search(text, max(0, tokens[i].start - 30),
                                             tokens[i].start) and
                    NOUN_PHRASE_ENDS.match(text, tokens[j].end)))):
            cues |= {KIND_AFTER}  # "Orange county": the word is the county here; "the Amazon
            # basin", "the mouth of the Amazon": the river (not "the source of the Amazon
            # outage": a review)
        if text.startswith(" in ", tokens[j].end) and not (
                i > 0 and tokens[i - 1].cap and joined_by_space(text, tokens[i - 1], tokens[i])
                and not sentence_initial(text, tokens[i - 1])) and \
                self._in_its_region(text, tokens[j].end, candidates) and \
                not _AN_ELECTION_NEAR.search(text, max(0, tokens[i].start - 120),
                                             tokens[j].end + 120):
            cues |= {IN_REGION}  # "Alta in northern Norway": the writer places it
        if i == j and (self._written_with_its_the(text, tokens, i) or
                       self._a_region_s_river_by_its_the(text, tokens[i], candidates)):
            cues |= {THE_FORM}  # "deforestation in the Amazon,": the Amazon rainforest;
            # "the Jordan fell": the river
        return cues

    @staticmethod
    def _a_person_named_before(text: str, tokens: list[Token], i: int, j: int, surface: str,
                               candidates: tuple, cues: frozenset[str], seen: _Seen) -> bool:
        """A word of a person's name the text has written, alone and with no cue of a place."""
        # "Austin said" after "Lloyd Austin"; "Elba said", "Mull was known for" after "Idris
        # Elba", "Martin Mull", though islands have the names (a review): a region's name only
        # where a person is said to speak or begins a sentence ("on Skye" stays beside "Skye
        # MacLeod"; a country, a state or a river stays: "Jordan", "the Shannon"), but not
        # before a person's own wording: "Paris, 27, was born in Aurillac", "Victoria, who
        # grew up in Opelousas" after "Mathieu Paris", "Renee Victoria" (held out)
        return bool(i == j and surface in seen.person_words and not cues and (
                _a_person_s_wording_after(text, tokens[j].end, candidates) or
                not any(c.kind in BROAD_KINDS for c in candidates) or (
                    not _speaks_for_itself(candidates) and (
                        SPEECH_AFTER.match(text, tokens[j].end) or
                        sentence_initial(text, tokens[i])))))

    def _no_mention_of_a_place(self, text: str, tokens: list[Token], i: int, j: int, surface: str,
                               candidates: tuple, cues: frozenset[str]) -> bool:
        """Wording that makes the name no place's mention at all: a date, a byline, an agency's
        slot, a saint's church, the first words of a longer name, a speaker, a currency."""
        if surface.lower() in CALENDAR_WORDS or (
                surface.lower() in SHORT_WEEKDAYS and
                WEEKDAY_DATE_AFTER.match(text, tokens[j].end)) or (
                surface.lower() in SHORT_MONTHS and MONTH_DATE_AFTER.match(text, tokens[j].end)):
            return True  # ("Date: Mon, 4 Mar 2024": not Mon State in Myanmar — an audit)
        if BYLINE_BEFORE.search(text, max(0, tokens[i].start - 4), tokens[i].start):
            return True  # "By ELIZABETH OJINA" on its own line: the writer
        if text[tokens[i].start - 1:tokens[i].start] == "(" and \
                AGENCY_SLOT_AFTER.match(text, tokens[j].end):
            return True  # "WUHAN, July 14 (Xinhua) --": the dateline's agency
        if SAINT_NAME.match(surface) and SAINTS_INSTITUTION_AFTER.match(text, tokens[j].end):
            return True  # "St. Paul's United Brethren Church": the saint's, not the city
        if i == j and any(found.start() <= tokens[i].start < found.end()
                          for found in _A_CIVIC_BODY_S_NOUN.finditer(
                              text, max(0, tokens[i].start - 10), tokens[j].end + 12)):
            return True  # "the Nagar Palika of Sitapur", "a Zila Parishad": the council's
            # title, whose first word is a common noun (town, district), not Nagar in Rajasthan
            # (nor "Palika", Paris in Hawaiian)
        if _ROMANCE_NAME_GOES_ON.match(text, tokens[j].end):
            return True  # "San Antonio de los Cobres", "Valle d'Aosta", "Maguindanao del
            # Sur": the first words of a longer name the gazetteer lacks, not San Antonio
            # (a name's last words stay: "Tour de France", "Callejón de Huaylas")
        if i == j and not cues and SPEECH_AFTER.match(text, tokens[j].end) and \
                self._is_given_name(surface) and all(c.name_type == 1 for c in candidates):
            return True  # "Khalil said": a person, not Hebron by one of its other names
        if i == j and not cues and WHO_AFTER.match(text, tokens[j].end) and \
                sentence_initial(text, tokens[i]) and not (
                    any(c.kind == "country" and c.name_type != 1 for c in candidates)
                    and not self._is_given_name(surface)):
            return True  # "Chandler, who police said was driving": a person starts a sentence
            # (not a country, which is its team or people: "Poland, who reached the semi-
            # finals"; but "Georgia, who is 12" may be a girl, "Bahia, who travel" a club)
        if _A_DESK_AFTER.match(text, tokens[j].end) and \
                _A_DESK_S_OWNER_BEFORE.search(text, max(0, tokens[i].start - 5), tokens[i].start):
            return True  # "By the Africa desk", "our Asia desk reports": a newsroom's desk
        if _told_to(text, tokens[i].start, tokens[j].end, candidates):
            return True  # "Fini told Xinhua, speaking through an interpreter": the listener
        # "US$460 million", "NZ$5": a currency, not the country
        return text.startswith("$", tokens[j].end)

    @staticmethod
    def _as_a_street(text: str, tokens: list[Token], i: int, j: int,
                     surface: str) -> tuple[Span, bool] | None:
        """The street named by the place's name ("Wichita Street", "Rivers and Stokes avenues"),
        kept unresolved, or None."""
        if i == j and STREET_LIST_AFTER.match(text, tokens[j].end) and \
                word_zipf(surface.lower()) < QUANTIFIER_ZIPF:  # (not "Many roads were closed")
            return Span(tokens[i].start, tokens[j].end, surface, (),  # "near Rivers and
                        frozenset({STREET})), False  # Stokes avenues": streets, as
            # "Rivers Avenue" would be, not Rivers State
        street = STREET_AFTER.match(text, tokens[j].end)
        if street:  # "Wichita Street" in Dublin, Ohio: a street, not Wichita; the
            end = street.end()  # geocoder may know it, the gazetteer does not
            return Span(tokens[i].start, end, text[tokens[i].start:end], (),
                        frozenset({STREET})), False
        return None

    def _names_a_body_or_firm(self, text: str, tokens: list[Token], i: int, j: int,
                              candidates: tuple, cues: frozenset[str], broad: bool,
                              small: bool) -> bool:
        """The name stands for a government, a newspaper, a firm or a source that speaks, not the
        place."""
        if _readings(candidates).seat_of_power and \
                not LOCATIVE_BEFORE.search(text, max(0, tokens[i].start - 20), tokens[i].start):
            return True  # "the White House said": the government, not the building
        if self._names_a_newspaper(text, tokens, j):
            return True  # "the New York Times", "Lansing State Journal": a title
        if _an_agency_reporting(text, tokens, i, j):
            return True  # "Tass reported", "Xinhua news agency said": the agency
        firm = ORGANISATION_AFTER.match(text, tokens[j].end) if i == j and small and \
            not cues - WEAK_CUES and not any(c.capital for c in candidates) else None
        if firm and not (firm.group("together") and _PLACES_LISTED_BEFORE.search(
                text, max(0, tokens[i].start - 80), tokens[i].start)):
            return True  # "Goodyear said it would close", "Nokia shares rose": a firm, not
            # Goodyear, Arizona; a city speaks for its government ("Detroit said it would").
            # (A rarer word is no town's: "Alcoa", "Gilead", "Boliden said it would" are
            # firms as often, so "Benidorm … says it" stays lost — a review.)
        partner = PARTNER_AFTER.match(text, tokens[j].end) if i == j and small else None
        if partner and not any(c.kind in BROAD_KINDS for c in self.gazetteer.lookup_name(
                partner.group("partner"))):
            return True  # "Galt & Taggart", "Marks & Spencer": a firm of partners
        if not broad and FIRM_FORM_AFTER.match(text, tokens[j].end):
            return True  # "Metz Fresh LLC": a firm, not Metz (a city of 117,000)
        # "According to Yap, test results…": the source; a government speaks by its country,
        # capital or big city or region ("according to Beijing,")
        return bool(i == j and text[tokens[j].end:tokens[j].end + 1] in (",", ".") and
                SOURCE_BEFORE.search(text, max(0, tokens[i].start - 13), tokens[i].start) and
                not any(c.name_type != 1 and (c.kind == "country" or c.capital or
                                              c.place.population >= GIVEN_NAME_TOWN)
                        for c in candidates))

    @staticmethod
    def _names_a_club(text: str, tokens: list[Token], i: int, j: int, candidates: tuple,
                      cues: frozenset[str]) -> bool:
        """A club's name ("Keith FC", "RC Lens"; in a story about sport, "Hull City"): its place
        is kept only as an anchor."""
        # "Keith FC", "RC Lens", "Hansa Rostock"; in a story about sport, "Hull City", "Deal
        # Town", "Atlanta United": a club, not its town
        return bool(not _readings(candidates).country and (
                CLUB_AFTER.match(text, tokens[j].end) or _a_club_s_last_word(text, tokens, i) or
                CLUB_BEFORE.search(
                    text, max(0, tokens[i].start - 12), tokens[i].start) or
                TEAM_AFTER.match(text, tokens[j].end) or (
                    not cues - WEAK_CUES and (
                        CLUB_AFTER_IN_SPORT.match(text, tokens[j].end) or
                        TEAM_AFTER_IN_SPORT.match(text, tokens[j].end) or
                        CLUB_BEFORE_IN_SPORT.search(
                            text, max(0, tokens[i].start - 9), tokens[i].start)) and
                    about_sport(text))))

    @staticmethod
    def _names_an_event_or_firm(text: str, tokens: list[Token], i: int, j: int,
                                cues: frozenset[str], seen: _Seen) -> bool:
        """An event's or a firm's name ("headlined Glastonbury", "the Glastonbury Festival",
        "Japan Airlines"): its place is kept only as an anchor."""
        if HEADLINED_BEFORE.search(text, max(0, tokens[i].start - 12), tokens[i].start):
            return True  # "headlined Glastonbury"
        if i == j and i > 0 and tokens[i - 1].cap and \
                joined_by_space(text, tokens[i - 1], tokens[i]) and \
                not sentence_initial(text, tokens[i - 1]) and \
                not text.startswith(",", tokens[i].end) and \
                EVENT_OR_FIRM_AFTER.fullmatch(f" {tokens[i].text}"):
            return True  # "the National Finals Rodeo", "the Warwick Rodeo": the event's own
            # word, not Rodeo in California (but "In Rodeo, California": review 30)
        # "the Glastonbury Festival", "Japan Airlines": an event's, a firm's; "the Warsaw
        # Pact", "the Paris Agreement": a treaty's or an alliance's (`TREATY_AFTER`)
        return bool((EVENT_OR_FIRM_AFTER.match(text, tokens[j].end) or
                     TREATY_AFTER.match(text, tokens[j].end) or EVENT_BEFORE.search(
                text, max(0, tokens[i].start - 14), tokens[i].start)) and
                not cues - WEAK_CUES and
                not _in_title_case(text, tokens[i].start, seen.title_case_lines))

    def _inside_a_firm_s_or_building_s_name(self, text: str, tokens: list[Token], i: int, j: int,
                                            surface: str, candidates: tuple, broad: bool,
                                            small: bool) -> bool:
        """The name is a word of a firm's, a building's or a body's name ("McDaniel Construction
        Corp.", "the Hotel Matignon", "Ozarks Community Hospital", "the Atomic Bomb Dome")."""
        if i == j and not broad and COMPANY_AFTER.match(text, tokens[j].end) and small:
            return True  # "McDaniel Construction Corp.", "Dot Foods": a firm named after a
            # person or a word; a town's firm keeps its town ("Springfield Bus Co.")
        if i > 0 and tokens[i - 1].text in BUILDING_BEFORE and \
                joined_by_space(text, tokens[i - 1], tokens[i]):
            return True  # "at the Hotel Matignon": the Prime Minister's residence in Paris,
            # not Matignon, Brittany
        if i == j and surface in BUILDING_BEFORE and j + 1 < len(tokens) and \
                tokens[j + 1].cap and joined_by_space(text, tokens[j], tokens[j + 1]):
            return True  # "Palazzo Chigi", "the Palais Garnier": the kind of a building,
            # not Palazzo, Italy, nor Le Palais
        if _readings(candidates).regional and (
                REGION_BODY_AFTER.match(text, tokens[j].end) or REGION_BODY_BEFORE.search(
                    text, max(0, tokens[i].start - 24), tokens[i].start)):
            return True  # "Ozarks Community Hospital", "Bank of the Ozarks", "Annapurna
            # Pictures", "Solent University": a body named after a region, a landmark or a
            # water, not it (reviews)
        if i == j and not broad and small and i > 0 and tokens[i - 1].cap and \
                joined_by_space(text, tokens[i - 1], tokens[i]) and \
                word_zipf(tokens[i - 1].text.lower()) < FUNCTION_WORD_ZIPF and \
                word_zipf(surface.lower()) >= ALTERNATE_NAME_ZIPF and \
                BODY_NAME_AFTER.match(text, tokens[j].end):
            return True  # "the Austrian Ski Federation": an ordinary word inside a body's
            # name, not Ski, Norway, however often the story names Norway
        if i == j and not broad and word_zipf(surface.lower()) >= ALTERNATE_NAME_ZIPF and \
                CONTROL_AFTER.match(text, tokens[j].end):
            return True  # "reported to Mission Control", "Ground Control": an ordinary word
            # naming a control room or service, not Mission, Texas (audit 37)
        if i == j and not broad and \
                max(c.place.population for c in candidates) < VENUE_TOWN_SIZE and \
                GREAT_VENUE_AFTER.match(text, tokens[j].end):
            return True  # "at the Ataturk Olympic Stadium": a person's name on a venue, not
            # Atatürk, a village of 1,057 people 220 km from Istanbul (audit 30); a town's
            # venue bears a town's name ("the Manchester Arena")
        # "the Atomic Bomb Dome": an ordinary word ending a name made of ordinary words is the
        # thing's, not Dome in Ghana
        return bool(i == j and not broad and small and self._ends_a_name_of_words(text, tokens, i))

    def _an_ordinary_word_here(self, text: str, tokens: list[Token], i: int, j: int, surface: str,
                               candidates: tuple, cues: frozenset[str], broad: bool, small: bool,
                               frequent: bool, common: bool) -> bool:
        """The name is an ordinary word here, whatever place shares it: a numbered thing, a
        frequent word, a function word, a language, a people's adjective, a title, a
        direction."""
        if i == j and not broad and NUMBERED_AFTER.match(text, tokens[j].end) and small and \
                word_zipf(surface.lower()) >= ALTERNATE_NAME_ZIPF:
            return True  # "at Lot No. 5", "on Loop 286": a numbered thing, not the hamlet
            # (nor the Chicago Loop, another name of which is "Loop")
        if i == j and frequent and not cues - {"comma-region", NEWS_CONVENTION} and all(
                c.name_type == 1 for c in candidates):
            return True  # "St Martin's Island, Bangladesh", "Island states earn fees": an
            # ordinary word that is only another language's name of a place (Iceland's
            # "Island") is the word, even before a plural kind
        if common and not broad and not cues and not (i < j and any(
                (c.kind == "landmark" or c.place.id.startswith(SUPPLEMENT_PREFIX)) and
                c.name_type != 1 for c in candidates)) and max(
                (c.place.population for c in candidates if c.name_type != 1),
                default=0) < LISTED_WORD_TOWN and \
                not self._listed_with_a_neighbour(text, tokens[i].start, tokens[j].end,
                                                  candidates):
            return True  # an ordinary word ("Story", "Church"), whatever else the text
            # says; but words that are a landmark's own name name it ("the Western Wall"),
            # as do a curated quarter's ("the Upper East Side", `SUPPLEMENT_PREFIX`), and a
            # town listed with its neighbour is the town ("Budva, Kotor and Bar")
        if i == j and not cues and not broad and sentence_initial(text, tokens[i]) and \
                _A_FIXTURE_S_NOUN.match(text, tokens[j].end) and \
                word_zipf(surface.lower()) >= ALTERNATE_NAME_ZIPF:
            return True  # "Derby day in Manchester", "Derby rivals fined after Glasgow
            # clash": an English word opening a sentence before a fixture's noun names the
            # day or the match, not Derby
        if i == j and not cues and not broad and surface.endswith("s") and \
                sentence_initial(text, tokens[i]) and _A_PLURAL_VERB.match(text, tokens[j].end) \
                and word_zipf(surface.lower()) >= ALTERNATE_NAME_ZIPF:
            return True  # "Tours are normally suspended", "Sales were up": a plural noun
            # opening its sentence, not Tours (a town takes "is")
        if i == j and word_zipf(surface.lower()) >= FUNCTION_WORD_ZIPF and not surface.isupper():
            return True  # "She", "But" at the start of a sentence, whatever county shares them
        if i == j and surface in LEGISLATURES and not cues - {"preposition"}:
            return True  # "stalled in Congress": the body, not Congress, Arizona
        if i == j and not cues and not broad and surface in LANGUAGE_NAMES:
            return True  # "Hausa traders", "the Tatar minority": a people or its language
            # (nor is it rescued by a list: "in Kano and Tatar activists")
        if i == j and not cues and not broad and surface in HISTORIC_PEOPLES:
            noun = _BEFORE_A_NOUN.match(text, tokens[j].end)
            if noun and word_zipf(noun.group(1)) < FUNCTION_WORD_ZIPF:
                return True  # "Inca pottery", "Aztec temples": an adjective, the people's
        if i == j and not cues and surface.lower() in TITLES and \
                text[tokens[j].end:tokens[j].end + 1] == "." and not (
                    i > 0 and tokens[i - 1].cap and
                    text[tokens[i - 1].end:tokens[i].start] == ", " and
                    not _NAME_AFTER_STOP.match(text, tokens[j].end)):
            return True  # "Sens. Byrd and Rockefeller": a title, not Sens in France; but a
            # state after its town and before no name is the state ("Jackson, Miss., where")
        if i == j and not cues and surface.lower() in TITLES and j + 1 < len(tokens) and \
                tokens[j + 1].cap and text[tokens[j].end:tokens[j + 1].start] == " ":
            return True  # "said Ratu Epeli Nailatikau": a title before a name (Rātu, India,
            # is no place of it); a town called so is matched whole ("Prince Rupert")
        if i == j and not broad and "comma-region" not in cues and \
                self.gazetteer.demonym(surface) is not None and not (
                    NOUN_PHRASE_ENDS.match(text, tokens[j].end) and self._listed_with_a_neighbour(
                        text, tokens[i].start, tokens[j].end, candidates)):
            return True  # "Chadian", "Balkan": who or what kind, not where (demonyms are
            # resolved only when given); but "Alpine, Texas" and "English, Indiana" are towns,
            # as is one listed with its neighbour town where it ends its noun phrase ("In Marfa
            # and Alpine,": round 72; not "from San Diego and Alpine guides": review 36)
        # "the West", "Northeast", "Southern": directions and ideas
        return bool(i == j and surface.lower() in DIRECTION_WORDS)

    @staticmethod
    def _part_of_another_name(text: str, tokens: list[Token], i: int, j: int, surface: str,
                              candidates: tuple, cues: frozenset[str], seen: _Seen, broad: bool,
                              small: bool) -> bool:
        """The name is part of another thing's name: a disease's, a longer name's ("Metro
        Vancouver", "the Permian Basin"), a storm's, a vehicle's, a strain's, an era's or a
        mixed-case short form's."""
        if not cues - {PROPER_CASE} and (DISEASE_AFTER.match(text, tokens[j].end)
                                           or surface in seen.diseases):
            return True  # "the Reston ebolavirus": a disease named after a place; once
            # "Marburg virus" is written, "Marburg kills" is the virus too
        if _names_a_breed(text, tokens, i, j, surface):
            return True  # "an Angus bull", "Dungeness crab": a breed's or a food's name
        if surface in TACTICAL_UNIT_NAMES and TACTICAL_UNIT_AFTER.match(text, tokens[j].end):
            return True  # "a Swat team": the police's, not Pakistan's Swat
        if i == j and surface.lower() in HEAD_WORDS and j + 1 < len(tokens) and \
                tokens[j + 1].cap and joined_by_space(text, tokens[j], tokens[j + 1]) and \
                not broad:
            return True  # "Metro Vancouver", "Lake Quimby": the noun of a longer name
        if i == j and surface.lower() in STORM_WORDS and j + 1 < len(tokens) and \
                tokens[j + 1].cap and joined_by_space(text, tokens[j], tokens[j + 1]):
            return True  # "Hurricane Katrina": a storm's name, not Hurricane, Utah
        if i > 0 and tokens[i - 1].text.lower() in STORM_WORDS and joined_by_space(
                text, tokens[i - 1], tokens[i]):
            return True  # "Hurricane Ida", "Tropical Storm Ida": not Ida, Michigan
        if surface in seen.storms and not cues - WEAK_CUES and not (
                i > 0 and tokens[i - 1].cap and
                text[tokens[i - 1].end:tokens[i].start] in POSSESSIVE_GAPS):
            return True  # "Cyclone Kanto …. Kanto had already killed 31": the storm, once
            # named, with no cue of a place (not "in Florence" after Hurricane Florence, nor
            # "Yemen's Mocha port" after Cyclone Mocha: a storm is no one's)
        if i == j and surface in GREEK_LETTER_NAMES and VARIANT_AFTER.match(text, tokens[j].end):
            return True  # "the Delta variant", "a Delta wave": the virus's, not Delta, B.C.
        left, right = run_bounds(text, tokens, i, j)
        if i == j and left < i and surface.lower() in HEAD_WORDS and not broad and \
                not cues - WEAK_CUES and joined_by_space(text, tokens[i - 1], tokens[i]):
            return True  # "the Lucknow Metro", "Delhi Metro Rail": the noun ending a longer
            # name, not Metro, Indonesia (a town of 160,000, too big for the rule below)
        if i == j and left < i and not broad and not cues - WEAK_CUES and (
                (small and word_zipf(surface.lower()) >= TAIL_WORD_ZIPF) or all(
                    c.name_type == 1 for c in candidates)) and \
                text[tokens[i - 1].end:tokens[i].start] not in POSSESSIVE_GAPS and \
                not sentence_initial(text, tokens[left]) and not all(
                    _direction(t.text) for t in tokens[left:i]):
            return True  # "the Permian Basin", "Louisville Assumption", "Exxon Mobil": an
            # ordinary word, or a place's other name, ending a longer name is that name's, not
            # Basin, Wyoming or Mobile, Alabama (an owner's place is no longer name:
            # "Washington's Dulles Airport", nor a direction: "W. Phila.", "South Charlston")
        if i > 0 and not broad and tokens[i - 1].text in _ROMANCE_ARTICLES and \
                joined_by_space(text, tokens[i - 1], tokens[i]):
            return True  # "the Las Bambas copper mine": an article opens a longer name the
            # gazetteer lacks (those it has, "Las Vegas", "El Teniente", match whole)
        if not broad and MODEL_YEAR_BEFORE.search(
                text, max(0, tokens[left].start - 12), tokens[left].start) and not any(
                names_a_thing_or_role(t.text) for t in tokens[left:right + 1]):
            return True  # "a 2001 Chevrolet Cavalier": a vehicle's make and model (not "the
            # 2009 Walker County Fair" nor "a 2007 U.S. Supreme Court decision")
        if i == j and surface in CAR_MAKES and not broad and (
                VEHICLE_AFTER.match(text, tokens[j].end) or (
                    right > j and tokens[j + 1].text.lower() not in HEAD_WORDS)):
            return True  # "his Toyota Hilux", "a Honda sedan": the make, not Toyota, Japan
            # (but "Cadillac City Council" is the town's)
        if i == j and _names_a_designation(text, tokens[i]):
            return True  # "A/California/7/2009", "Salmonella Litchfield"
        if surface.replace(".", "") == "BC" and ERA_BEFORE.search(
                text, max(0, tokens[i].start - 12), tokens[i].start):
            return True  # "300 B.C.", "the 5th century BC": an era, not British Columbia
        # "MoD", "iOS": mixed-case short forms are not place names
        return bool(len(surface) <= 4 and any(c.isupper() for c in surface[1:])
                and not surface.replace(".", "").isupper() and "." not in surface)

    def _only_weakly_a_place(self, text: str, tokens: list[Token], i: int, j: int, surface: str,
                             candidates: tuple, cues: frozenset[str], broad: bool, small: bool,
                             frequent: bool, surprise: float, common: bool) -> bool:
        """Only the word itself is against the name (an old or other name of a small town, an
        ordinary word, a given name, a school's name): it is a place where the text lists it
        with places or shows it to be one elsewhere (one sense per text)."""
        # Filters of the word itself ("ordinary", "a first name") are weak: a name the
        # article elsewhere shows to be a place is one here too (one sense per text).
        if not cues and not broad and all(c.name_type == 1 for c in candidates) and small and \
                max(word_zipf(w.lower()) for w in surface.split()) >= ALTERNATE_NAME_ZIPF and \
                not (i < j and any(c.kind == "landmark" for c in candidates)) and \
                not self.another_name_with_a_given_name(surface, candidates):
            return True  # "Democrat": an old name of a small town, and an ordinary word; not
            # a landmark's other name of several words, which only the curated supplement
            # gives ("the Uffizi Gallery", "the Sultan Ahmed Mosque"; index v86)
        if common and not broad and not cues and not (i < j and any(
                c.kind == "landmark" and c.name_type != 1 for c in candidates)):
            return True  # a city's name ("York", "Reading", "Nice") is a place where the text
            # lists it with places or shows it to be one elsewhere
        if i == j and not cues and not broad and self._is_given_name(surface) and small:
            return True  # "Kristina", "Hailey" alone: a person far more often than a village
        if surface in FIRMS_NAMED_LIKE_TOWNS and not cues - WEAK_CUES and \
                not PUBLIC_BODY_AFTER.match(text, tokens[j].end) and \
                not TOWN_NOUN_AFTER.match(text, tokens[j].end) and \
                not ORDINARY_REGION_AT.search(text, max(0, tokens[i].start - 24), tokens[i].start):
            return True  # "BHP, Fortescue and Rio Tinto said", "Subaru upsets Toyota": the
            # firm, unless the text lists it with places or shows it to be one ("in Toyota",
            # "the Pontiac City Council", "a Pontiac man", "the Pontiac school board")
        if not cues - {RESIDENT} and (surface in ORDINARY_WORD_REGIONS or
                                      surface in NAMED_FOR_OTHER_THINGS) and \
                not ORDINARY_REGION_AT.search(text, max(0, tokens[i].start - 24),
                                              tokens[i].start):
            return True  # "Meta said", "Antique dealers", "the National Maritime Council":
            # the word, unless the text lists it with places or shows it to be one ("floods
            # in Acre"); "Jordaan said", "the Old Crow Medicine Show": a person's, a band's
        if i == j and not cues and not broad and not frequent and \
                word_zipf(surface.lower()) >= ALTERNATE_NAME_ZIPF and \
                name_surprise(surface, candidates) >= COMMON_SURPRISE and \
                sentence_initial(text, tokens[i]):
            return True  # "Frost hit farms across Minas Gerais": a less frequent word (frost,
            # Zipf 3.95) is still the word where a sentence's capital explains it and the
            # place is far smaller than the word is frequent (Frost, Texas: 650 people)
        if i == j and not cues and surface in WEATHER_WORDS and \
                sentence_initial(text, tokens[i]) and _WORD_GOES_ON.match(text, tokens[j].end):
            return True  # "Hail, tornadoes pound Texas", "Hail losses climbed": the weather,
            # not Ha'il (a city of 600,000, too big for the rule of "Frost" above)
        if i == j and not cues and not broad and surface in HISTORIC_PEOPLES:
            return True  # alone, a town only where the text lists it with towns
            # ("Paiporta, Catarroja, Silla and Alfafar": a review)
        if i == j and not broad and SCHOOL_AFTER.match(text, tokens[j].end):
            return True  # "Franklin Elementary", "Kennedy Middle School": named after a person
            # as often as after its town, which the text then names elsewhere as a place
        if THE_FORM in cues:
            return False  # "deforestation in the Amazon,": the name as the gazetteer knows
            # it, with its "the" (`_known_with_the`), however frequent the bare word
        # "the Reading list", "the Nice weather" — but "the Texas Senate"
        return bool(frequent and surprise >= THE_SURPRISE and i == j and i > 0 and
                tokens[i - 1].text.lower() == "the" and KIND_AFTER not in cues and not (
                surface.replace(".", "").isupper() or any(
                    c.kind in BROAD_KINDS and c.place.population >= BIG_REGION
                    for c in candidates)))

    def _unknown_names(self, text: str, known: Iterable[Span],
                       kind_lists: Mapping[tuple[int, int], str]) -> list[Span]:
        """Names the text calls places but the gazetteer lacks (for the online geocoder). A
        name of a list after its kind is whole between its commas, and a feature named before
        its kind is whole too: a known name inside it is only part of it ("the provinces of
        Nyanza, Rift Valley and …" is no town Valley, "Zion National Park" neither Zion,
        Illinois, nor National Park, New Jersey)."""
        known = list(known)
        taken = _Taken((s.start, s.end) for s in known)
        title_case_lines: dict[int, bool] = {}
        found = []
        named = [*self._named_as_places(text),
                 *((start, end, text[start:end], True, False) for start, end in kind_lists)]
        for start, end, name, whole, kind_inside in named:
            if any(not (whole and start <= s and e <= end and (s, e) != (start, end))
                   for s, e in taken.overlapping(start, end)):
                continue  # (a known name inside a whole one gives way)
            words = name.split()
            if words[0] in _THAI_FEATURE_WORDS and "Thai" not in text:
                continue  # "Koh Poh Koon", "Tham Minh": a surname first, outside a Thai
                # story ("Thai" or "Thailand" in it), not a cave or an island (review 32)
            if capitals_opening_a_line(text, start, name) and not self._a_dateline_s_place(
                    text, end, words):
                continue  # "JANE DOE, CEO of Acme Corp —": a byline, no dateline
            if CLUB_AFTER.match(text, end) or CLUB_AFTER.match(f" {words[-1]}") or \
                    EVENT_OR_FIRM_AFTER.match(text, end) or (
                    len(words) > 2 and EVENT_OR_FIRM_AFTER.match(f" {words[-1]}")) or \
                    _A_FEATURE_S_BODY_AFTER.match(text, end):
                continue  # "an Al Ain FC season-ticket holder": a club's name, not a spring;
                # "Lake Wānaka Tourism said", "the Derbyshire Cave Rescue Organisation": a
                # body's (review 32)
            venue = kind_inside and not name.endswith(WHOLE_AFTER) and (
                name.endswith(VENUE_AFTER) or name.startswith(VENUE_STARTS))  # (not "Zion
            # National Park": a feature, named whole by its kind)
            if venue and not self._a_venue_placed(text, start, end, words, known):
                continue
            if kind_inside and self._ends_in_a_town_s_name(words):
                continue  # "Art Basel Miami Beach": a fair's name ending in a town's, which
                # recognition judged already (not "Zion National Park": kind words alone)
            if self.gazetteer.lookup_name(name) or (
                    not (venue or name.endswith(WHOLE_AFTER)) and
                    is_common_word(name)) or (
                    name.isupper() and len(name) <= 4) or DISEASE_AFTER.match(text, end) or \
                    self.gazetteer.demonym(name) is not None or \
                    any(self.gazetteer.demonym(word) is not None or word in LANGUAGE_NAMES
                        for word in words):
                continue  # known, an ordinary word, an abbreviation ("TIF districts") or
                # a people's adjective ("the Indonesian island of Java", "a Native American
                # woman", "Puerto Rican artists")
            if len(words) == 1 and _listed_with_a_language(text, start, end):
                continue  # "shows in Ladakhi, Hindi and English": a language (round 72's
                # Ladakhi had been guessed at Leh)
            if len(words) == 1 and word_zipf(name.lower()) >= SENTENCE_START_WORD_ZIPF and \
                    sentence_initial(text, Token(start, end, name, True)):
                continue  # "Ranchers west of Glendive said", "Irrigation districts say": a
                # sentence's first word is capitalised whatever it is
            if _in_title_case(text, start, title_case_lines) and any(
                    word_zipf(w.lower()) >= ALTERNATE_NAME_ZIPF and w.lower() not in KIND_WORDS
                    for w in words):
                continue  # "Iceland's Biggest Glacier Lost Record Volume": a headline's
                # capitals say nothing of an ordinary word beside a kind
            if kind_inside and not venue and len(words) == 2 and \
                    words[0] not in FEATURE_BEFORE and \
                    self._is_given_name(words[0]) and not after_the(text, start) and \
                    not _WHERE_BEFORE.search(text, max(0, start - _PREPOSITION_REACH), start):
                continue  # "Kayla Creek said": a person named like a feature (but "the Nur
                # Shams refugee camp" and "the Blue Lagoon" are no people, nor is what
                # follows "at" or "near": "a wharf at Bina Harbour")
            taken.add(start, end)
            found.append(Span(start, end, name, (), frozenset({"place-pattern"})))
        return found

    def _placed_by_its_preposition(self, text: str, start: int, end: int, name: str,
                                   after_in: bool) -> bool:
        """Whether a name after "near", "around", "towards" … (or "in": `after_in`) is a
        place's: rare (no word an ordinary one: "around Christmas", "in Council Chambers"),
        written as a place is (no figure, no capitals inside, no acronym: "in TLF-1", "in
        BitCoin", "in FEMA"), no owner ("near Okafor's garage"), road ("near Interstate 81"),
        league ("near Ligue 1 offices") or club ("near Dynamo Zagreb"), no adjective before
        a noun ("across Airbnb listings", "in Rohingya camps"; but "in Kampungu village"),
        no person the story names in full ("President Joe Biden … near Biden") and no firm
        one invests in ("shares in Emaar")."""
        first = name.partition(" ")[0]
        if text.startswith(("'s", "’s"), end) or _A_NUMBER_AFTER.match(text, end) or \
                first in CLUB_FIRST_WORDS or (after_in and _INVESTED_IN.search(
                    text, max(0, start - 16), start)):
            return False
        for word in name.split():
            if any(c.isdigit() for c in word) or (len(word) > 1 and word.isupper()) or \
                    _INNER_CAPITAL.search(word) or \
                    word_zipf(word.lower()) >= ALTERNATE_NAME_ZIPF:
                return False
        after = _WORD_AFTER.match(text, end)
        if after is not None and after.group(1) not in PLACE_TYPE_WORDS and \
                word_zipf(after.group(1)) < FUNCTION_WORD_ZIPF:
            return False
        return " " in name or not self._named_in_full(text, name)

    def _a_dateline_s_place(self, text: str, end: int, words: list[str]) -> bool:
        """Whether a name in capitals opening a paragraph is a dateline's place: the words
        after its comma are a place ("HAPPISBURGH, England —"), and it opens with no given
        name ("JANE DOE, Acme Corp —", review 29)."""
        dateline = DATELINE_AFTER.match(text, end)
        region = dateline.group("region") if dateline is not None else None
        first = words[0].title()
        readings = self.gazetteer.lookup_name(region) if region is not None else ()
        return bool(readings) and (
            first in _PLACE_NAME_ARTICLES or not self._is_given_name(first) or (
                "(" in dateline.group() and any(c.kind == "country" for c in readings)))
        # ("LE LIORAN"; "PANG MAPHA, Thailand (AP) —": a country and an agency make it a
        # dateline, though "Pang" is a given name too — round 64)

    def _ends_in_a_town_s_name(self, words: list[str]) -> bool:
        """Whether a feature's name ends in a known town's name, its kind word last, with a
        word neither a kind word nor an ordinary one ("Art Basel Miami Beach", "In Miami
        Beach": "miami" is frequent as the city is): the gazetteer knows the place, so the
        longer name is no feature it lacks. Not "Zion National Park" (kind words alone), "At
        Ocean Beach" (ordinary words: a beach as often as the town) nor "Ponta de São
        Lourenço" (the feature's kind first: the town is only its namesake)."""
        if words[-1].lower() not in HEAD_WORDS:
            return False
        for k in range(1, len(words) - 1):
            tail = words[k:]
            if not any(w.lower() not in HEAD_WORDS and self._a_proper_word(w) for w in tail):
                continue
            if any(c.kind == "city" and c.name_type != 1
                   for c in self.gazetteer.lookup_name(" ".join(tail))):
                return True
        return False

    def _a_proper_word(self, word: str) -> bool:
        """A word no ordinary English explains: rare, or frequent because a place bears it."""
        return word_zipf(word.lower()) < COMMON_WORD_ZIPF or \
            a_big_place_s_word(word, self._probe(word, NOT_SHORT, False)[0])

    def _venue_a_person(self, words: list[str]) -> bool:
        """A person's name and role, read as a venue's by its last word: "Actress Sally
        Field", "Broadcaster Stuart Hall", "Golfer Inbee Park"."""
        return any(word.lower().rstrip(".") in PEOPLE_WORDS for word in words[:-1]) or (
            words[-1] in VENUE_SURNAME_HEADS and self._is_given_name(words[-2]))

    def _a_venue_placed(self, text: str, start: int, end: int, words: list[str],
                        known: list[Span]) -> bool:
        """Whether a venue's name (`words`, at `start`–`end`) is one name the text places, to
        be guessed at the place holding it. Not where no place holds it ("Ariana Grande's
        Manchester Arena concert", "at Nissan Stadium in Week 3"), nor where a name inside it
        says where better: a place near the holder ("the Wembley Arena in London"), one read
        only in a country or region ("the Tokyo Dome in Japan", "Pennsylvania's Beaver
        Stadium"), a known venue after a town ("the band's Cardiff Principality Stadium
        show"); nor a person's name and role ("Actress Sally Field in Los Angeles", review
        23), a body's ("the National Hurricane Center in Miami") or ordinary words ("the Town
        Hall in Leeds", "the Civic Centre")."""
        if any(word.lower() in VENUE_BODY_WORDS for word in words) or not any(
                word_zipf(word.lower()) < ALTERNATE_NAME_ZIPF or self.gazetteer.lookup_name(word)
                for word in words[:-1]):
            return False
        holder = venue_placed(text, start, end, known)
        if holder is None or self._venue_a_person(words) or any(
                self.gazetteer.lookup_name(" ".join(words[k:])) for k in range(1, len(words) - 1)):
            return False
        inside = [s for s in known if start <= s.start and s.end < end]
        if inside and all(c.kind in BROAD_KINDS for c in holder.candidates):
            return False
        return not venue_named_for_its_town(inside, holder)

    def _short_names(self, text: str, taken: list[Span], unknown: list[Span],
                     person_words: set[str]) -> list[Span]:
        """"Kruger National Park … Kruger receives 1.8 million visitors", "Thwaites Glacier …
        beneath Thwaites": a feature the gazetteer lacks, named once with its kind after, is
        meant by the words before the kind alone too (one sense per text), where those are no
        known place, ordinary word or person's name, nor part of a longer name; and a
        dateline's place the gazetteer lacks by its name in the story."""
        shorts: dict[str, tuple] = {}
        for span in taken:
            short = _a_feature_s_name_after_its_kind(span)
            if short and self._free_as_a_short_name(short, person_words):
                shorts[short] = span.candidates  # "Lake Natron … at Natron": the lake
        for span in unknown:
            if capitals_opening_a_line(text, span.start, span.surface):
                shorts.update(dict.fromkeys(_written_in_prose(text, span.surface), ()))
                continue  # "HAPPISBURGH, England —": "Happisburgh" later in the story is the
                # same place
            words = span.surface.split()
            k = next((n for n, w in enumerate(words) if w.lower() in KIND_WORDS), 0)
            short = " ".join(words[:k])
            if k and self._free_as_a_short_name(short, person_words):
                shorts[short] = ()
        found = []
        names = SpanIndex((s.start, s.end) for s in taken) if shorts else None
        for short, candidates in shorts.items():
            for match in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):
                start, end = match.span()
                if not names.overlaps(start, end) and not \
                        _LONGER_AFTER.match(text, end) and not _LONGER_BEFORE.search(
                        text, max(0, start - 30), start):
                    found.append(Span(start, end, short, candidates, frozenset({SAME_TEXT})))
        return found

    def _free_as_a_short_name(self, short: str, person_words: set[str]) -> bool:
        """Whether a feature's name without its kind may stand for it alone (`_short_names`):
        no person's word, given name, ordinary word or known place."""
        words = short.split()
        return short not in person_words and not self._is_given_name(words[0]) and \
            all(word_zipf(w.lower()) < ALTERNATE_NAME_ZIPF for w in words) and \
            not self.gazetteer.lookup_name(short)

    def _named_as_places(self, text: str) -> Iterator[tuple[int, int, str, bool, bool]]:
        """Each capitalised name the wording around it calls a place, with its offsets, whether
        its kind is inside it ("Lake Toba"), and whether it is whole: a feature named before
        its kind ("Zion National Park") is, and a known name inside it is only part of it (the
        town of National Park, New Jersey)."""
        for named in UNKNOWN_PLACE_PATTERNS:
            for match in _matches_at_triggers(text, named):
                start, end = match.span("name")
                name = match.group("name")
                if named.pattern in _AFTER_PREPOSITIONS and not self._placed_by_its_preposition(
                        text, start, end, name, named is NAMED_AFTER_IN):
                    continue
                if not named.kind_inside and name.rsplit(" ", 1)[-1].lower() in HEAD_WORDS:
                    continue  # "the Chess Association state tournament": a body's name
                if named.kind_inside and self.gazetteer.demonym(name) is not None:
                    continue  # "Cape Verdean migrants": a people's adjective (review 31)
                if named.kind_inside and not named.name_first:
                    while " " in name and name.rsplit(" ", 1)[-1].lower() in CALENDAR_WORDS:
                        name = name.rsplit(" ", 1)[0]  # "the River Cam Tuesday"
                        end = start + len(name)
                    body = _BODY_WORD_AFTER.match(text, end)
                    if _names_a_body(name.rsplit(" ", 1)[-1]) or (
                            body and _names_a_body(body.group(1))):
                        continue  # "the River Nene Authority", "the Ogun-Osun River Basin
                        # Development Authority": a body's name
                yield start, end, name, name.endswith(WHOLE_ENDINGS) or \
                    name.startswith(WHOLE_STARTS), named.kind_inside
