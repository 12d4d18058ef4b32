"""Tests that a capitalised name is a person's, not the place that shares it.

"Lloyd Austin", "President Ruto", "Susan (Mark) Kettering", "grandchildren Austin, Savannah and
Madison", '"…," Hartl said': the wording around a name that makes it a person's (or a party's).
Functions for the tests that need only the text; `PersonNameTests` for those that need the
given-name list or the gazetteer (`_person_context` and its helpers), which `Recognizer`
inherits and applies to every match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from placeline.gazetteer import Gazetteer
from placeline.name_context import (
    ABBREVIATED_TITLES,
    AGE_AFTER,
    APPOSITION_AFTER,
    BROAD_KINDS,
    CALENDAR_WORDS,
    COMMON_WORD_ZIPF,
    DIRECTION_WORDS,
    FUNCTION_WORD_ZIPF,
    HEAD_WORDS,
    PARTY_AFTER,
    PARTY_BEFORE,
    PARTY_NAME_BEFORE,
    PERSON_AFTER,
    PERSON_OF_BEFORE,
    PERSON_ROLES,
    PLACE_NAME_HEADS,
    PLACE_TYPE_WORDS,
    POSSESSIVE_GAPS,
    QUOTE_BEFORE,
    QUOTED_SPEAKER_BEFORE,
    ROLE_APPOSITION_AFTER,
    SPEAKER_BEFORE,
    SPEECH_AFTER,
    STREET_WORDS,
    TITLE_COMMA_BEFORE,
    TITLES,
    VENUE_AFTER,
    WORK_AFTER,
)
from placeline.name_tokens import (
    Token,
    is_common_word,
    joined_by_space,
    run_bounds,
    run_start,
    sentence_initial,
    word_zipf,
)
from placeline.names import name_key
from placeline.per_object import per_object
from placeline.text_index import whole_word_matches

_LEADING_WORD = re.compile(r"\w+")
# (`\b` before the capital asked after it, so the engine skips ahead to capitals: a pattern
# that opens with `\b` is tried at every character of the text)
_CAPITALISED_PAIR = re.compile(r"([A-Z](?<!\w[A-Z])[\w'’-]+) (?=(\w+))")


@per_object(kept=8)
def _capitalised_pairs(text: str) -> dict[str, list[tuple[int, str]]]:
    """Every capitalised word followed by a space and a word, by that next word: where the
    next word starts and the capitalised one. Built once per text, so asking whether a
    surname follows a given name costs a lookup, not a pass over the text per name (a
    0.5 MB document had spent 39 of its 74 s in those passes)."""
    pairs: dict[str, list[tuple[int, str]]] = {}
    for found in _CAPITALISED_PAIR.finditer(text):
        pairs.setdefault(found[2], []).append((found.end(), found[1]))
    return pairs


def _without_accents(word: str) -> str:
    """"Sofía" → "Sofia", "José" → "Jose": the given-name lists spell names without them."""
    return "".join(c for c in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(c))


def names_a_thing_or_role(word: str) -> bool:
    """A feature or organisation noun ("Road", "Police") or a title ("Mayor"): a capitalised
    run holding one names a thing or an office, not a person."""
    lower = word.lower()
    return lower in HEAD_WORDS or lower in TITLES


_PERSON_WORDS = PERSON_ROLES | TITLES  # a role or a title before a name
PEOPLE_WORDS = _PERSON_WORDS | {"mp", "mep", "mla", "broadcaster", "presenter", "star",
                                "legend"}  # (and before a venue's head: "Labour MP Frank Field")

_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\.? $")
# A role in lower case right before a given name and a surname: "the priest Miguel Hidalgo",
# "the peasant Juan Diego", "auctioneer Fernando Barreiro" are people, though Mexico has
# towns of those names (round 58). Only roles news rarely sets before a place as an
# adjective ("a volunteer San Diego lifeguard", "activist San Francisco groups": review 29),
# only before a given name and another word, and not before a place's kind ("Santa Barbara
# County"). (Titles, "Bishop", "King", "Professor", are read before this: `TITLES`.)
_ROLES_BEFORE_A_FULL_NAME = frozenset({
    "priest", "imam", "rabbi", "monk", "nun", "preacher", "vicar", "farmer", "fisherman",
    "trader", "breeder", "peasant", "teacher", "lawyer", "engineer", "scientist", "researcher",
    "photographer", "journalist", "reporter", "writer", "composer", "pianist", "painter",
    "sculptor", "dancer", "businessman", "businesswoman", "entrepreneur", "auctioneer",
    "shepherd", "herder", "pilgrim", "economist", "historian", "archaeologist", "explorer",
    "missionary", "emperor", "inspector", "constable", "corporal", "spokesperson"}) - TITLES


def called_a_person(text: str, name: str) -> bool:
    """Whether the text anywhere writes `name` as a person's ("Bryan, 9, was rescued",
    "police said Taylor, a 19-year-old", "quarterback Rogers", "Bryan's mother"): then
    none of its mentions is a town that lies near the story (one sense a text: a review
    found the rescue spread from one mention to the person's others)."""
    for start, end in whole_word_matches(text, name):  # (indexed once per text: a scan
        # per name had cost names × length, minutes for an 8 MB dump)
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if PERSON_AFTER.match(text, end) or (
                before and before.group(1).lower() in _PERSON_WORDS):
            return True
    return False


# A capitalised word rarer than this, no place nor a given name, joined before a name makes
# a longer name of it, a firm's, a club's or a group's ("Boko Haram", "Dynamo Kyiv", 3.3;
# "Downtown Houston", 4.4, stays Houston).
LONGER_NAME_WORD_ZIPF = 3.5


def _title_before(text: str, title: Token, name: Token, in_a_run: bool) -> bool:
    """A title before the name ("President Ruto", "Gen. Smith"): a full title word only
    before a space, since one before a full stop ends its sentence ("… sacked the manager.
    Leeds had lost six games", "… to see the president. Nigeria has been gripped" — an
    audit); only a short form takes the stop ("Gov. Hochul")."""
    word = title.text.lower().rstrip(".")
    if word not in TITLES:
        return False
    gap = text[title.end:name.start]
    return in_a_run or gap == " " or (gap == ". " and word in ABBREVIATED_TITLES)


def _title_inside(text: str, tokens: list[Token], i: int, j: int) -> str:
    """The short title that begins the match at tokens[i..j], written with its full stop
    before one more word ("Sen. Mark"), or "": a title and a name, not a place's short
    form of "Saint" (which is "St.", no title)."""
    if j != i + 1 or text[tokens[i].end:tokens[j].start] != ". ":
        return ""
    word = tokens[i].text.lower()
    return tokens[i].text if word in ABBREVIATED_TITLES else ""


def _rare_unknown(text: str, token: Token, known_places: set[str]) -> bool:
    """A capitalised word English rarely writes that names no place the text has matched."""
    return token.cap and not token.text.isupper() and \
        word_zipf(token.text.lower()) < LONGER_NAME_WORD_ZIPF and \
        name_key(token.text) not in known_places


def _a_longer_place_after(tokens: list[Token], k: int, known_places: set[str]) -> bool:
    """tokens[k] and the word after it are a place's name the text has ("Fort Worth")."""
    return k + 1 < len(tokens) and \
        name_key(f"{tokens[k].text} {tokens[k + 1].text}") in known_places


def _is_initial(text: str, token: Token, directions: bool = True) -> bool:
    """A single capital and a full stop, as in "Katrina L. Chappell" (`directions`: N., S.,
    E., W. count too, as after a first name in "George W. Bush", not before a street)."""
    return len(token.text) == 1 and token.text.isupper() and text.startswith(
        ". ", token.end) and (directions or token.text not in "NSEW")


def _named_in_apposition(text: str, tokens: list[Token], left: int, right: int) -> bool:
    """The run of capitalised tokens[left..right] is a person's name by its place in the
    sentence: after a verb of saying and before an apposition ("said Pemba Sherpa, a lodge
    owner"); before what only a person is, if all its words are rare ("Ganga Raman, an
    analyst at", not "In Juba, a government spokesman"); or between commas after a title
    ("the prime minister, Abiy Ahmed, told")."""
    start, end = tokens[left].start, tokens[right].end
    if text.startswith(", ", end) and APPOSITION_AFTER.match(text, end) and (
            SPEAKER_BEFORE.search(text, max(0, start - 14), start) or (
                ROLE_APPOSITION_AFTER.match(text, end) and not any(
                    word_zipf(t.text.lower()) >= COMMON_WORD_ZIPF
                    for t in tokens[left:right + 1]))):
        return True
    return text.startswith(",", end) and text.endswith(", ", 0, start) and \
        TITLE_COMMA_BEFORE.search(text, max(0, start - 16), start) is not None


def quoted_speaker(text: str, tokens: list[Token], i: int, j: int,
                   candidates: tuple) -> tuple[str, int, int] | None:
    """'"…," Hartl said': one word after a closing quotation and before a verb of saying is
    the speaker; so is a name after the quotation and the verb that ends the clause ('"…,"
    said Paulo Ramos, a grain trader', '"…," said Nara.'), unless it may be a country or
    region by its own name (a government)."""
    if i == j and SPEECH_AFTER.match(text, tokens[j].end) and QUOTE_BEFORE.search(
            text, max(0, tokens[i].start - 4), tokens[i].start):
        left = i
    elif text[tokens[j].end:tokens[j].end + 1] in (".", ","):
        left = run_start(text, tokens, i)
        if not QUOTED_SPEAKER_BEFORE.search(text, max(0, tokens[left].start - 16),
                                            tokens[left].start):
            return None
    else:
        return None
    if any(c.kind in ("country", "continent") and c.name_type != 1 for c in candidates):
        return None
    return "the speaker after a quotation", left, j


def names_a_party(text: str, tokens: list[Token], i: int, j: int,
                  candidates: tuple) -> tuple[str, int, int] | None:
    """"Mexico's governing Morena party", "the Likud party": one word between "the" (or
    "ruling", "opposition") and "party" names the party, and its bare mentions ("Morena's
    candidate") the party too — not Morena in India. Not a country's or a region's own name
    ("the Ohio party chairman"), nor a place a party is of ("a Regina-and-Saskatoon
    party")."""
    if i == j and PARTY_AFTER.match(text, tokens[j].end) and PARTY_NAME_BEFORE.search(
            text, max(0, tokens[i].start - 12), tokens[i].start) and not any(
            c.kind in BROAD_KINDS and c.name_type != 1 for c in candidates):
        return "a party's name", i, j
    return None


_MOUNTAIN_WORDS = frozenset({"Mount", "Mt"})  # (a token holds no full stop)

# Dutch and German surnames' particles, between a first name and a place's name: "Ingrid van
# Tilburg", "Kees van der Gent", "Lore Van Brussel" (Flemish capitalises it) are people.
_DUTCH_PARTICLES = ("de", "der", "den", "ter", "ten")
_PARTICLE_ENDS = ("an ", "on ", *(f"{particle} " for particle in _DUTCH_PARTICLES))  # (what
# the regex ends with)
_SURNAME_PARTICLE_BEFORE = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’-]+) ((?:[Vv]an|von)(?: de[nr]?)?|ter|ten) $")
# ... and a surname that opens with its particles: "Van der Berg", "Van den Broek", "Van de
# Velde" are people, not Van in Turkey (round 58).
_PARTICLES_AFTER_VAN = re.compile(rf" (?:{'|'.join(_DUTCH_PARTICLES)}) [A-Z]")

# Romance surnames' particles after a given name: "Francisco de Montejo", "Leonardo da Vinci",
# "Hernando de Soto" are people, not Montejo, Vinci nor DeSoto, Texas. Only after a given
# name: the same particles sit inside places' names ("Rio de Janeiro", "Mar del Plata").
_ROMANCE_PARTICLE_ENDS = ("de ", "da ", "di ", "do ", "del ", "della ", "la ", "las ", "los ",
                          "dos ", "das ", "De ", "Da ", "Di ", "Do ", "Del ", "Della ", "La ",
                          "Las ", "Los ", "Dos ", "Das ")  # (what the regex ends with: English
# news capitalises them too, "Hernando De Soto", "Leonardo Da Vinci")
_ROMANCE_PARTICLES = frozenset({"De", "Da", "Di", "Do", "Del", "Della", "Dos", "Das"})
# An Arabic surname after a given name: its article ("Hassan el-Tayeb", "Ali al-Sistani",
# "Omar as-Sadr") or a word of descent ("Mohammed bin Rashid", "Ahmed Ould Abdallah").
_ARABIC_SURNAME_AFTER = re.compile(
    r" (?:[ae]l|[ae][dnrstz]|ash)-[A-Z]|(?: (?:[Bb]in|[Ii]bn|[Bb]int|Ould|ould) [A-Z])")
_ROMANCE_PARTICLE_BEFORE = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’-]+) ([Dd][aeio]|[Dd]el|[Dd]ella|[Dd]e [Ll]a|[Dd]e [Ll]as|[Dd]e [Ll]os"
    r"|[Dd]os|[Dd]as) $")

# What ends a person's name in running text: a comma, a stop, a verb of saying, "who".
_A_PERSON_S_NAME_ENDS = re.compile(r"(?:[,.;:)]|\s+(?:said|says|told|who|added)\b)")
# The word before a given name (a place's head before it makes the run a place's name).
_A_WORD_BEFORE = re.compile(r"([A-Z][\w'’]*) $")

# The people a wire story's closing line credits: "Reporting by", "Writing by", "Editing by".
_CREDIT_BEFORE = re.compile(r"\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled) by $")

# Relatives named in a list after a word of kinship: people, whatever towns share their
# names ("grandchildren Austin, Savannah and Madison", "three sons, Dallas and Tyler",
# "their children Fiona (Melbourne), Angus (Darwin) and Kate" — a bracketed town stays one).
_KIN_NOUNS = ("children", "child", "son", "sons", "daughter", "daughters", "brother",
              "brothers", "sister", "sisters", "sibling", "siblings", "niece", "nieces",
              "nephew", "nephews", "cousin", "cousins", "twins", "wife", "husband", "widow",
              "widower")

_KIN_PREFIXES = ("great-", "grand", "step-", "step")
_KIN = (r"(?:(?:great-)*grand|step-?)?(?:"
        + "|".join(sorted(_KIN_NOUNS, key=len, reverse=True)) + ")")

# (one word each: after a full name, "a son, John Smith, Dallas", the town is a residence)
_LISTED_RELATIVE = r"[A-Z][\w'’.-]*(?: \([^()\n]{1,40}\))?"

# After a relative's name in such a list: another item, the list's end or a bracket, never
# a word that describes the name ("eight children, Gaza health officials said", "her
# husband, Chicago attorney John Smith", "her son, Kharkiv Governor Oleh Syniehubov said").
_RELATIVE_ENDS = re.compile(r"(?:,|;|\.|:|\)| \(| and | or |$)")
_KIN_LIST_BEFORE = re.compile(
    rf"\b{_KIN}(?:,? including)?[,:]? (?:{_LISTED_RELATIVE}(?:, and |, | and ))*$")

# What must end the text right before a relative's name in such a list (a cheap first test:
# the whole pattern searches 200 characters back, and most names follow neither).
_LIST_GAP_ENDS = (", ", " and ", ": ")
_KIN_WORDS = frozenset({*_KIN_NOUNS, "including"})
_KIN_WORD_ENDINGS = tuple(_KIN_WORDS)  # (a word is one of them only if it ends in one)


def _kin_word_before(text: str, start: int) -> bool:
    """The word before `start` (and its comma or colon) is one of kinship (`_KIN`)."""
    if not text.endswith(" ", 0, start):
        return False
    word = text[max(0, start - 32):start - 1].rsplit(" ", 1)[-1].rstrip(",:").lower()
    if not word.endswith(_KIN_WORD_ENDINGS):
        return False  # (stripping prefixes leaves a word's end: most words end in no kin word)
    changed = True
    while changed:
        changed = False
        for prefix in _KIN_PREFIXES:
            if word.startswith(prefix) and word != prefix:
                word, changed = word[len(prefix):], True
    return word in _KIN_WORDS


# An obituary's spouse or maiden name in brackets between a given name and a surname
# ("Susan (Mark) Kettering", "Lois (Victoria) Friesen", "Carolyn (Jackson) Reed"): the word
# in brackets and the surname after them are people's.
_BRACKETED_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*) \($")
_BRACKET_THEN_SURNAME = re.compile(r"\) ([A-Z][\w'’-]*)")
_SURNAME_AFTER_BRACKETS = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’-]*) \(([A-Z][\w'’-]*)\) $")

_PAIR_JOINS = frozenset({"-", "–"})  # (an en dash joins ends of a route, never a person's names)
QUOTES = frozenset({"”", "\"", "’", "'"})  # a nickname's closing quote: “Wee Man” McDaniel
_ROUTE_JOINS = frozenset({"–", "—"})  # "the Mughalsarai–Agra section": two places
LONGER_NAME = "part of the longer name"
GIVEN_NAME_AND_SURNAME = "given name before the surname"  # (a reason recognition reads)
# "Hamilton, 26, said he would …": this mention is a person's, called by the surname alone;
# the word's other mentions are left to their own cues (a rower's story names the city too).
AGE_OPENING_A_SENTENCE = "a person's age after a name opening a sentence"
# "Francisco de Montejo": this mention; the word stays free elsewhere ("the mouth of the
# Touques" beside the filly Belle de Touques, Lafayette beside the Marquis de Lafayette).
ROMANCE_PARTICLE = "a Romance surname's particle after a given name"
THIS_MENTION_ONLY = frozenset({AGE_OPENING_A_SENTENCE, ROMANCE_PARTICLE})
_OWN_PLACE_KINDS = frozenset({"country", "admin1", "continent"})  # (`_names_a_country_or_state`)


# Vietnamese names run surname, middle name, given name ("Nguyen Van An", "Le Van Thinh",
# "Pham Thi Lan"): a middle name after a surname is no town (Van in Turkey, Les Vans in
# France: audit 32). The commonest surnames and middle names, with and without diacritics.
_VIETNAMESE_SURNAMES = frozenset({
    "Nguyen", "Nguyễn", "Tran", "Trần", "Le", "Lê", "Pham", "Phạm", "Hoang", "Hoàng", "Huynh",
    "Huỳnh", "Phan", "Vu", "Vũ", "Vo", "Võ", "Dang", "Đặng", "Bui", "Bùi", "Do", "Đỗ", "Ho",
    "Hồ", "Ngo", "Ngô", "Duong", "Dương", "Ly", "Lý", "Trinh", "Trịnh", "Dinh", "Đinh",
    "Truong", "Trương", "Luong", "Lương", "Doan", "Đoàn"})
_VIETNAMESE_MIDDLE_NAMES = frozenset({
    "Van", "Văn", "Thi", "Thị", "Huu", "Hữu", "Duc", "Đức", "Dinh", "Đình", "Ngoc", "Ngọc",
    "Quoc", "Quốc", "Cong", "Công", "Xuan", "Xuân", "Thanh", "Minh", "Quang", "Manh", "Mạnh"})


def _a_vietnamese_name(text: str, tokens: list[Token], left: int, right: int, i: int,
                       j: int) -> bool:
    """Whether tokens[i..j] lie in a Vietnamese name in the run tokens[left..right]: a
    surname, a middle name, then a given name that is no place's head ("Ho Chi Minh City"
    is a city, and "Chi" no middle name here), the surname opening no sentence as an English
    word does ("Do Van Wert residents support it?": review 30)."""
    for k in range(max(left, i - 2), min(i, right - 2) + 1):
        if tokens[k].text in _VIETNAMESE_SURNAMES and \
                tokens[k + 1].text in _VIETNAMESE_MIDDLE_NAMES and \
                tokens[k + 2].text.lower() not in HEAD_WORDS and j <= k + 2 and not (
                    tokens[k].text in _ENGLISH_WORDS and sentence_initial(text, tokens[k])):
            return True
    return False


_ENGLISH_WORDS = frozenset({"Do", "Ho"})  # ("Do Van Wert residents …?")


class PersonNameTests:
    """The person tests that need the given-name list or the gazetteer: `Recognizer` has them
    (it holds both), and asks `_person_context` of every match."""

    gazetteer: Gazetteer
    given_names: frozenset[str]

    def _person_context(self, text: str, tokens: list[Token], i: int, j: int,
                        known_places: set[str], match_starts: frozenset[int],
                        hyphen_paired: Mapping[int, set[str]],
                        candidates: tuple = ()) -> tuple[str, int, int] | None:
        """Why the match at tokens[i..j] is part of a person's name, and that name's tokens."""
        if PARTY_BEFORE.search(text, max(0, tokens[i].start - 4), tokens[i].start):
            return None  # "DFL-Minneapolis": a legislator's home, not "DFL" the person's name
        left, right = run_bounds(text, tokens, i, j)
        if right - left >= 2 and _a_vietnamese_name(text, tokens, left, right, i, j):
            return "a Vietnamese name", left, right
        relative = self._relative_named(text, tokens[left].start, tokens[i].start, tokens[j].end)
        if relative:
            return relative, left, right
        if text.endswith(" by ", 0, tokens[left].start) and _CREDIT_BEFORE.search(
                text, max(0, tokens[left].start - 30), tokens[left].start):
            return "a news agency's credit line", left, right  # "(Reporting by Sofía
            # Valencia in Quito; editing by Ana Cartagena)"
        if WORK_AFTER.match(text, tokens[j].end) and not any(
                c.kind in BROAD_KINDS for c in candidates):
            return "a work's maker", left, j  # "Verdi's Requiem", "Verdi's opera Aida"
        before = tokens[i - 1] if i > 0 else None
        if before is not None and _title_before(text, before, tokens[i], left < i):
            return f"title {before.text!r}", i, right
        if before is not None and (i < j or right > j) and \
                before.text in _ROLES_BEFORE_A_FULL_NAME and \
                joined_by_space(text, before, tokens[i]) and \
                tokens[right].text.lower() not in PLACE_TYPE_WORDS and \
                self._is_given_name(tokens[i].text):
            return f"role {before.text!r} before a full name", i, right
        inside = _title_inside(text, tokens, i, j)
        if inside and self._is_given_name(tokens[i + 1].text):
            return f"title {inside!r} before a given name", i, right  # "Sen. Mark Warner":
            # the senator, not Saint-Marc, Haiti, which GeoNames also calls "Sen Mark"
        if left < right and (left < i or right > j) and \
                _named_in_apposition(text, tokens, left, right):  # a name and more words
            title = next((k for k in range(right, left, -1)
                          if tokens[k].text.lower() in TITLES), None)
            if title is None:
                return "a person's name by its place in the sentence", left, right
            if i > title:  # (the words before a title are its place, not the person's:
                return "a person's name by its place in the sentence", title + 1, right
            # "said Paris Mayor Dallas Whitfield, who", "Houston Mayor John Whitmire")
        if i == j and AGE_AFTER.match(text, tokens[j].end) and \
                not any(c.kind in BROAD_KINDS for c in candidates):
            if left < i or text[tokens[i].start - 2:tokens[i].start].strip() in QUOTES:
                return "a person's age after the name", left, j  # "Jonathan J. “Wee Man”
                # McDaniel, 19, of 1205 Lone Oak Road": news gives people's ages so
            if sentence_initial(text, tokens[i]) and \
                    self._named_in_full(text, tokens[i].text, tokens[i].start):
                return AGE_OPENING_A_SENTENCE, i, j
        if (right > j or (i < j and self._is_given_name(tokens[i].text))) and \
                AGE_AFTER.match(text, tokens[right].end) and \
                not any(c.kind in BROAD_KINDS for c in candidates):
            return "a person's age after the name", left, right  # "Guadalupe Ramírez, 63,
            # who walked", "Pushkar Lal Gurjar, 61, has come": a given name and a surname,
            # or a name running on past the place's, then an age (round 58)
        if left < i and j == i and right > j and i not in hyphen_paired and all(
                _rare_unknown(text, tokens[k], known_places) for k in (i - 1, j + 1)) and \
                joined_by_space(text, tokens[i - 1], tokens[i]) and \
                joined_by_space(text, tokens[j], tokens[j + 1]):
            return f"{LONGER_NAME} {text[tokens[left].start:tokens[right].end]!r}", left, right
            # "Susilo Bambang Yudhoyono": a word between two rare words no place has is a
            # word of their name, not Bambang in the Philippines
        if left == i and j == i and right == j + 1 and text.endswith(" by ", 0, tokens[i].start) \
                and text[tokens[i].end:tokens[right].start] == " " and \
                self._is_surname_like(tokens[right].text) and \
                _rare_unknown(text, tokens[right], known_places):
            return "a person's name after \"by\"", i, right  # "founded in 1589 by Mori
            # Terumoto": the agent and a rare word no place has are someone's name, not Mori
        if left == i == j and right == j + 1 and i not in hyphen_paired and \
                self._before_a_surname_no_place_has(text, tokens, i, known_places, candidates):
            return f"{LONGER_NAME} {text[tokens[i].start:tokens[right].end]!r}", i, right
        if left < i and j == i and right > j and self._is_given_name(tokens[i - 1].text) and \
                joined_by_space(text, tokens[i - 1], tokens[i]) and \
                not _a_longer_place_after(tokens, i + 1, known_places) and \
                self._double_barrelled(text, tokens, i, i + 1, known_places):
            return "the first half of a double-barrelled surname", i - 1, i + 1  # "Grant
            # Auckland-Smith, who advised the council": not Auckland (nor a place's name
            # after the hyphen: "the Austin Dallas-Fort Worth route", review 32)
        if left < i and j == i and right == j + 1 and i not in hyphen_paired and \
                self._between_given_name_and_surname(text, tokens, i, known_places):
            return f"between given name {tokens[i - 1].text!r} and a surname", i - 1, right
        if left < i and j == i and i not in hyphen_paired and (
                right == j or (right == j + 1 and tokens[right].text in VENUE_AFTER)) and text[
                tokens[i - 1].end:tokens[i].start] not in POSSESSIVE_GAPS:  # "Logan-Rogersville";
            previous = tokens[i - 1].text  # a possessive separates owner and place, in no
            # person's name nor longer name ("Korea's Pyongyang", "Côte d'Ivoire's Yamoussoukro")
            if self._is_given_name(previous) and tokens[i].text.lower().rstrip(
                    ".") not in STREET_WORDS and (  # "Darby Street", "Dublin Branch": not
                    self.gazetteer.demonym(previous) is None):  # people; nor "the Dutch
                return f"given name {previous!r} before it", i - 1, j  # Bergen" (a people);
                # a venue named for a person too: "on Louis Armstrong Stadium", "Bud Walton
                # Arena" are no Armstrong, British Columbia, nor Walton
            if (word_zipf(previous.lower()) < LONGER_NAME_WORD_ZIPF and
                    (name_key(previous) not in known_places or
                     self._ordinary_town_word(tokens[i].text)) and
                    not text.endswith("-", 0, tokens[i - 1].start) and
                    text[tokens[i - 1].end:tokens[i].start] not in _ROUTE_JOINS) or \
                    previous in _MOUNTAIN_WORDS or (
                    len(previous) == 1 and text[tokens[i - 1].end:tokens[i].start] == "-"):
                # (a rare word starting a sentence is no sentence's capital: "Angkor
                # Enterprise, the state body" is no Enterprise, Alabama, nor "Boko Haram" Haram,
                # Norway, nor "Dynamo Kyiv" the city; "sub-Saharan Africa" is an adjective's;
                # and "Mount Panorama", which the gazetteer lacks, is a mountain, not
                # Panorama, Adelaide; a letter and a hyphen make a brand, "T-Mobile": a review)
                return f"{LONGER_NAME} {text[tokens[left].start:tokens[j].end]!r}", left, j
        if i == j and tokens[i].text == "Van":
            particles = _PARTICLES_AFTER_VAN.match(text, tokens[j].end)
            if particles:
                surname = next((k for k in range(j + 1, min(j + 4, len(tokens)))
                                if tokens[k].start == particles.end() - 1), j)
                return "a surname's particles after it", i, surname
        particle = _SURNAME_PARTICLE_BEFORE.search(
            text, max(0, tokens[i].start - 40), tokens[i].start) \
            if text[max(0, tokens[i].start - 5):tokens[i].start].endswith(_PARTICLE_ENDS) \
            else None
        if particle and name_key(particle.group(1)) not in known_places and \
                word_zipf(particle.group(1).lower()) < COMMON_WORD_ZIPF:  # (not "The ten London
            # boroughs", "Top ten Paris restaurants")
            return f"a surname's particle {particle.group(2)!r} before it", i, j
        if self._after_a_given_name_s_particle(text, tokens[i].start) or (
                i > 0 and tokens[i - 1].cap and joined_by_space(text, tokens[i - 1], tokens[i])
                and _A_PERSON_S_NAME_ENDS.match(text, tokens[j].end)
                and self._after_a_given_name_s_particle(text, tokens[i - 1].start)
                and not any(name_key(text[tokens[k].start:tokens[i - 1].end]) in known_places
                            for k in range(max(0, i - 6), i - 1) if k in match_starts)):
            return ROMANCE_PARTICLE, i, j  # ("Maria das Graças Lima, a teacher": a second
            # name between the particle and the surname, as Portuguese names have; the
            # name must end there: "Leonardo da Vinci Fiumicino airport" is an airport's)
        if i > 0 and tokens[i].text in _ROMANCE_PARTICLES and \
                joined_by_space(text, tokens[i - 1], tokens[i]) and \
                self._is_given_name(tokens[i - 1].text) and \
                tokens[i - 1].text not in PLACE_NAME_HEADS:
            return ROMANCE_PARTICLE, i - 1, j  # "Hernando De Soto": a town's name that
            # starts with the particle (De Soto, Kansas), after a given name
        # "Katrina L. Chappell", "Milton J. Little": a middle initial sits inside a person's
        # name (but "Dublin N. High St." is a direction).
        if i >= 2 and _is_initial(text, tokens[i - 1]) and tokens[i - 2].cap and \
                joined_by_space(text, tokens[i - 2], tokens[i - 1]):
            return f"middle initial {tokens[i - 1].text!r} before it", left, j
        if j + 2 < len(tokens) and _is_initial(text, tokens[j + 1], directions=False) and \
                joined_by_space(text, tokens[j], tokens[j + 1]) and tokens[j + 2].cap:
            return f"middle initial {tokens[j + 1].text!r} after it", i, right
        if i == j and _ARABIC_SURNAME_AFTER.match(text, tokens[j].end) and \
                self._is_given_name(tokens[i].text) and not any(
                    c.kind in BROAD_KINDS for c in candidates):
            return "a given name before an Arabic surname", i, j  # "said Hassan el-Tayeb":
            # not Hassan in Karnataka
        # "Dallas-Fort Worth", "Logan-Rogersville": two places joined, not a person's name.
        gap_after = text[tokens[j].end:tokens[j + 1].start] if j + 1 < len(tokens) else ""
        hyphen_pair = j + 1 in match_starts and gap_after == "-"
        if right > j and i == j and not hyphen_pair and gap_after in {" ", "-"} and \
                self._is_given_name(
                tokens[i].text) and not any(
                names_a_thing_or_role(t.text)
                for t in tokens[j + 1:right + 1]):  # "Old Alton Edwardsville Road",
            after = tokens[j + 1].text              # "Dublin Recreation Services Director"
            # (and "China's Ministry": no person's name holds a possessive).
            # "Paris Hilton": one more word is the surname; "Geneva Eugenia Filipenko": two
            # more words starting with a given name are someone else, after a missing comma —
            # unless a hyphen joins the two given names ("Ann-Christin Nykvist").
            if self._is_surname_like(after) and (
                    right == j + 1 or not self._is_given_name(after)
                    or gap_after == "-"  # "Ann-Christin"
                    or self._double_barrelled(text, tokens, j + 1, right, known_places)
                    or text[tokens[j + 1].end:tokens[j + 2].start] in POSSESSIVE_GAPS):
                return f"{GIVEN_NAME_AND_SURNAME} {after!r}", i, right  # (the name
                # ends at a possessive: "Lewis Hamilton's Ferrari")
        return None

    def _relative_named(self, text: str, name_start: int, start: int, end: int) -> str | None:
        """Why the name at `start`..`end` is a relative's in a family list or an obituary's
        bracketed spouse ("grandchildren Austin, Savannah and Madison", "Susan (Mark)
        Kettering"), or None."""
        if name_start == start and _RELATIVE_ENDS.match(text, end) \
                and (text.endswith(_LIST_GAP_ENDS, 0, start) or _kin_word_before(text, start)) \
                and _KIN_LIST_BEFORE.search(text, max(0, start - 200), start):  # (the cheap
            # tests first: each is a plain test of the text, asked of every name)
            return "a relative's name in a list after a word of kinship"
        # In brackets, a given name or a surname between two people's names; not a state, an
        # agency or a city ("The Charlotte (N.C.) Observer", "Paris (AFP) France's …",
        # "The Austin (Texas) Police Department"): both names around it must be people's.
        if text.endswith("(", 0, start):
            given = _BRACKETED_BEFORE.search(text, max(0, start - 40), start)
            after = _BRACKET_THEN_SURNAME.match(text, end)
            if given and after and self._is_given_name(given.group(1)) and \
                    self._is_surname_like(after.group(1)) and \
                    self._a_persons_name(text[start:end]):
                return f"a spouse's or maiden name in brackets after {given.group(1)!r}"
        elif text.endswith(") ", 0, start):
            given = _SURNAME_AFTER_BRACKETS.search(text, max(0, start - 60), start)
            if given and self._is_given_name(given.group(1)) and \
                    self._is_surname_like(text[start:end]) and \
                    self._a_persons_name(given.group(2)):
                return f"a surname after a name in brackets after {given.group(1)!r}"
        return None

    def _double_barrelled(self, text: str, tokens: list[Token], a: int, b: int,
                          known_places: set[str]) -> bool:
        """tokens[a..b] are two surname-like words joined by a hyphen, which no place the
        text names is: a double-barrelled surname ("Trent Alexander-Arnold", "Andrew
        Lloyd-Webber"), so the given name before it is a person's, not Trento's (an audit);
        not "Paris Saint-Germain" (Saint-Germain is a place)."""
        return b == a + 1 and text[tokens[a].end:tokens[b].start] == "-" and \
            self._is_surname_like(tokens[b].text) and \
            name_key(text[tokens[a].start:tokens[b].end]) not in known_places

    def _after_a_given_name_s_particle(self, text: str, start: int) -> bool:
        """A given name and a Romance surname's particle end right before `start`
        ("Francisco de Montejo", "Leonardo da Vinci"): not "Rio de Janeiro", whose first
        word is no given name, nor a given name after a place's head ("Santa Maria da
        Feira": `PLACE_NAME_HEADS`)."""
        if not text[max(0, start - 6):start].endswith(_ROMANCE_PARTICLE_ENDS):
            return False
        romance = _ROMANCE_PARTICLE_BEFORE.search(text, max(0, start - 40), start)
        if romance is None or not self._is_given_name(romance.group(1)) or \
                romance.group(1) in PLACE_NAME_HEADS:
            return False
        head = _A_WORD_BEFORE.search(text, max(0, romance.start(1) - 20), romance.start(1))
        return head is None or head.group(1) not in PLACE_NAME_HEADS

    def _between_given_name_and_surname(self, text: str, tokens: list[Token], i: int,
                                        known_places: set[str]) -> bool:
        """The one-word name at tokens[i] stands between a given name and a rare surname-like
        word no place of the text has: a middle name or the first of two surnames ("Gov.
        Michelle Lujan Grisham" is no Luján in Argentina — an audit; "Gabriel García
        Márquez")."""
        if i == 0 or i + 1 >= len(tokens):
            return False
        given, after = tokens[i - 1], tokens[i + 1]
        return text[given.end:tokens[i].start] == " " == text[tokens[i].end:after.start] and \
            self._is_given_name(given.text) and self.gazetteer.demonym(given.text) is None and \
            tokens[i].text.lower() not in HEAD_WORDS and \
            self._is_surname_like(after.text) and _rare_unknown(text, after, known_places) \
            and after.text.lower().rstrip(".") not in STREET_WORDS

    def _before_a_surname_no_place_has(self, text: str, tokens: list[Token], i: int,
                                       known_places: set[str], candidates: tuple) -> bool:
        """A town's one-word name, then one rare surname-like word no place of the text has,
        and no more capitals: a person's or a firm's two-word name ("a biography of Lytton
        Strachey" is no Lytton, British Columbia), not a town and a word after it."""
        after = tokens[i + 1]
        return text[tokens[i].end:after.start] == " " and \
            not any(c.kind in BROAD_KINDS for c in candidates) and \
            self._is_surname_like(after.text) and _rare_unknown(text, after, known_places) \
            and after.text.lower().rstrip(".") not in STREET_WORDS and \
            after.text.lower() not in HEAD_WORDS

    def _person_of_before(self, text: str, start: int) -> bool:
        """"Georgia Kent of Charlotte", "Mayor Karen Bass of Los Angeles": a person's given
        name and surname, then "of" and the place they are of."""
        if not text.endswith(" of ", 0, start):
            return False
        match = PERSON_OF_BEFORE.search(text, max(0, start - 40), start)
        if match is None:
            return False
        before, given, surname = match.groups()
        # Not "the Silver Medal of", "New Zealand Department of", "Arlington Chamber of".
        return self._is_given_name(given) and self._is_surname_like(surname) and (
            before is None or before.lower().rstrip(".") in TITLES or (
                before[:1].islower() and before != "the"))

    def _named_in_full(self, text: str, surname: str, end: int | None = None) -> bool:
        """Whether the text names someone by a given name and this word (before `end`, where
        given): news calls a person by the surname alone after naming them in full ("Jack
        Hamilton of Auckland … Hamilton, 26, said"; "President Joe Biden … near Biden"),
        which a city with a count after it never is ("Phoenix, 115, was the hottest")."""
        stop = len(text) if end is None else end
        head = _LEADING_WORD.match(surname)
        if head is None:
            before = re.compile(rf"\b([A-Z][\w'’-]+) {re.escape(surname)}\b")
            return any(self._is_given_name(found[1]) for found in before.finditer(text, 0, stop))
        whole = re.compile(rf"{re.escape(surname)}\b")
        for after, first in _capitalised_pairs(text).get(head[0], ()):
            if after + len(surname) > stop:
                return False
            if whole.match(text, after, stop) and self._is_given_name(first):
                return True
        return False

    def _is_given_name(self, word: str) -> bool:
        """A given name, and not a function word that happens to be one ("An", "The")."""
        return (word in self.given_names or (not word.isascii() and _without_accents(word)
                                             in self.given_names)) and \
            word_zipf(word.lower()) < FUNCTION_WORD_ZIPF and \
            word.lower() not in DIRECTION_WORDS and \
            word.lower() not in HEAD_WORDS  # "North West Bicester", "Metro Vancouver"

    def _is_surname_like(self, word: str) -> bool:
        """Capitalised, not a head noun or a plural of a common noun ("Cowboys"). Surnames
        are often place names too ("Hilton", "Henderson"): that does not count against."""
        lower = word.lower()
        if not word[:1].isupper() or word.isupper() or names_a_thing_or_role(word) or \
                lower in CALENDAR_WORDS:
            return False  # "Dublin Police", "Dublin Mayor …": the place's, not a surname;
            # "in Alexandria Friday night": a day
        if word_zipf(lower) >= 5.0:
            return False
        singular = word[:-1]
        return not (lower.endswith("s") and word_zipf(singular.lower()) >= 3.5
                    and singular not in self.given_names)

    def _a_persons_name(self, word: str) -> bool:
        """A given name ("Mark", "Victoria"), or a surname-like word that names no state,
        country or continent ("Jackson", not "Texas"; not "N.C." nor "AFP")."""
        return self._is_given_name(word) or (self._is_surname_like(word) and
                                             not self._names_a_country_or_state(word))

    def _names_a_country_or_state(self, word: str) -> bool:
        """A country's, a first-level region's or a continent's name ("Texas", "Oregon")."""
        return any(c.kind in _OWN_PLACE_KINDS for c in self.gazetteer.lookup_name(word))

    def _ordinary_town_word(self, word: str) -> bool:
        """An ordinary word only towns go by ("Enterprise", "Pacific" is also an ocean's):
        after a place's name it is the rest of a firm's or body's name ("Angkor Enterprise",
        "Cebu Pacific"), where a state or a country would be the place's ("Abilene Texas")."""
        return is_common_word(word) and not self._names_a_country_or_state(word)

    @staticmethod
    def _hyphen_pairs(text: str, tokens: list[Token],
                      matches: list[tuple[int, int, tuple]]) -> dict[int, set[str]]:
        """First tokens of matches joined by a hyphen or an en dash into a pair of places
        ("Logan-Rogersville", "Dallas-Fort Worth", "the Dublin–Westport line"), each with
        the pair's two names — not inside a longer capitalised name, which makes them a
        person's ("Joaquín Navarro-Valls", "Jean-Paul Sartre")."""
        ends = {j: i for i, j, _ in matches}
        paired: dict[int, set[str]] = {}
        for i, j, _ in matches:
            if i - 1 not in ends or text[tokens[i - 1].end:tokens[i].start] not in _PAIR_JOINS:
                continue
            a = ends[i - 1]
            outside = [k for k in (a - 1, j + 1) if 0 <= k < len(tokens)]
            if any(tokens[k].cap and word_zipf(tokens[k].text.lower()) < COMMON_WORD_ZIPF and (
                    joined_by_space(text, tokens[k], tokens[a]) if k < a else
                    joined_by_space(text, tokens[j], tokens[k])) for k in outside):
                continue
            names = {text[tokens[a].start:tokens[i - 1].end], text[tokens[i].start:tokens[j].end]}
            paired[a] = paired[i] = names
        return paired
