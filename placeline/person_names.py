"""Tests that a capitalised name is a person's, not the place that shares it.

"Lloyd Austin", "President Ruto", "Susan (Mark) Kettering", "grandchildren Austin, Savannah and
Madison", '"…," Hartl said': the wording around a name that makes it a person's (or a party's).
These are the tests that need only the text; those that need the given-name list or the
gazetteer are `Recognizer`'s (`_person_context` and its helpers), which applies them all.
"""

from __future__ import annotations

import re
import unicodedata

from placeline.name_context import (
    ABBREVIATED_TITLES,
    APPOSITION_AFTER,
    BROAD_KINDS,
    COMMON_WORD_ZIPF,
    HEAD_WORDS,
    PARTY_AFTER,
    PARTY_NAME_BEFORE,
    PERSON_AFTER,
    PERSON_ROLES,
    QUOTE_BEFORE,
    QUOTED_SPEAKER_BEFORE,
    ROLE_APPOSITION_AFTER,
    SPEAKER_BEFORE,
    SPEECH_AFTER,
    TITLE_COMMA_BEFORE,
    TITLES,
)
from placeline.name_tokens import Token, run_start, word_zipf
from placeline.names import name_key

_zipf = word_zipf


def without_accents(word: str) -> str:
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


def called_a_person(text: str, name: str) -> bool:
    """Whether the text anywhere writes `name` as a person's ("Bryan, 9, was rescued",
    "police said Taylor, a 19-year-old", "quarterback Rogers", "Bryan's mother"): then
    none of its mentions is a town that lies near the story (one sense a text: a review
    found the rescue spread from one mention to the person's others)."""
    for found in re.finditer(rf"\b{re.escape(name)}\b", text):
        before = _WORD_BEFORE.search(text, max(0, found.start() - 30), found.start())
        if PERSON_AFTER.match(text, found.end()) or (
                before and before.group(1).lower() in _PERSON_WORDS):
            return True
    return False


# A capitalised word rarer than this, no place nor a given name, joined before a name makes
# a longer name of it, a firm's, a club's or a group's ("Boko Haram", "Dynamo Kyiv", 3.3;
# "Downtown Houston", 4.4, stays Houston).
LONGER_NAME_WORD_ZIPF = 3.5


def title_before(text: str, title: Token, name: Token, in_a_run: bool) -> bool:
    """A title before the name ("President Ruto", "Gen. Smith"): a full title word only
    before a space, since one before a full stop ends its sentence ("… sacked the manager.
    Leeds had lost six games", "… to see the president. Nigeria has been gripped" — an
    audit); only a short form takes the stop ("Gov. Hochul")."""
    word = title.text.lower().rstrip(".")
    if word not in TITLES:
        return False
    gap = text[title.end:name.start]
    return in_a_run or gap == " " or (gap == ". " and word in ABBREVIATED_TITLES)


def title_inside(text: str, tokens: list[Token], i: int, j: int) -> str:
    """The short title that begins the match at tokens[i..j], written with its full stop
    before one more word ("Sen. Mark"), or "": a title and a name, not a place's short
    form of "Saint" (which is "St.", no title)."""
    if j != i + 1 or text[tokens[i].end:tokens[j].start] != ". ":
        return ""
    word = tokens[i].text.lower()
    return tokens[i].text if word in ABBREVIATED_TITLES else ""


def rare_unknown(text: str, token: Token, known_places: set[str]) -> bool:
    """A capitalised word English rarely writes that names no place the text has matched."""
    return token.cap and not token.text.isupper() and \
        _zipf(token.text.lower()) < LONGER_NAME_WORD_ZIPF and \
        name_key(token.text) not in known_places


def is_initial(text: str, token: Token, directions: bool = True) -> bool:
    """A single capital and a full stop, as in "Katrina L. Chappell" (`directions`: N., S.,
    E., W. count too, as after a first name in "George W. Bush", not before a street)."""
    return len(token.text) == 1 and token.text.isupper() and text.startswith(
        ". ", token.end) and (directions or token.text not in "NSEW")


def named_in_apposition(text: str, tokens: list[Token], left: int, right: int) -> bool:
    """The run of capitalised tokens[left..right] is a person's name by its place in the
    sentence: after a verb of saying and before an apposition ("said Pemba Sherpa, a lodge
    owner"); before what only a person is, if all its words are rare ("Ganga Raman, an
    analyst at", not "In Juba, a government spokesman"); or between commas after a title
    ("the prime minister, Abiy Ahmed, told")."""
    start, end = tokens[left].start, tokens[right].end
    if text.startswith(", ", end) and APPOSITION_AFTER.match(text, end) and (
            SPEAKER_BEFORE.search(text, max(0, start - 14), start) or (
                ROLE_APPOSITION_AFTER.match(text, end) and not any(
                    _zipf(t.text.lower()) >= COMMON_WORD_ZIPF for t in tokens[left:right + 1]))):
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


MOUNTAIN_WORDS = frozenset({"Mount", "Mt"})  # (a token holds no full stop)

# Dutch and German surnames' particles, between a first name and a place's name: "Ingrid van
# Tilburg", "Kees van der Gent", "Lore Van Brussel" (Flemish capitalises it) are people.
PARTICLE_ENDS = ("an ", "on ", "de ", "der ", "den ", "ter ", "ten ")  # (what the regex ends with)
SURNAME_PARTICLE_BEFORE = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’-]+) ((?:[Vv]an|von)(?: de[nr]?)?|ter|ten) $")

# The people a wire story's closing line credits: "Reporting by", "Writing by", "Editing by".
CREDIT_BEFORE = re.compile(r"\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled) by $")

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
RELATIVE_ENDS = re.compile(r"(?:,|;|\.|:|\)| \(| and | or |$)")
KIN_LIST_BEFORE = re.compile(
    rf"\b{_KIN}(?:,? including)?[,:]? (?:{_LISTED_RELATIVE}(?:, and |, | and ))*$")

# What must end the text right before a relative's name in such a list (a cheap first test:
# the whole pattern searches 200 characters back, and most names follow neither).
LIST_GAP_ENDS = (", ", " and ", ": ")
_KIN_WORDS = frozenset({*_KIN_NOUNS, "including"})


def kin_word_before(text: str, start: int) -> bool:
    """The word before `start` (and its comma or colon) is one of kinship (`_KIN`)."""
    if not text.endswith(" ", 0, start):
        return False
    word = text[max(0, start - 32):start - 1].rsplit(" ", 1)[-1].rstrip(",:").lower()
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
BRACKETED_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*) \($")
BRACKET_THEN_SURNAME = re.compile(r"\) ([A-Z][\w'’-]*)")
SURNAME_AFTER_BRACKETS = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’-]*) \(([A-Z][\w'’-]*)\) $")

PAIR_JOINS = frozenset({"-", "–"})  # (an en dash joins ends of a route, never a person's names)
QUOTES = frozenset({"”", "\"", "’", "'"})  # a nickname's closing quote: “Wee Man” McDaniel
ROUTE_JOINS = frozenset({"–", "—"})  # "the Mughalsarai–Agra section": two places, not one name
LONGER_NAME = "part of the longer name"
