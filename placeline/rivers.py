"""How news writes a river's or a sea's bare name: "the swollen Indus", "the Zambezi basin",
"the mouth of the Amazon", "the Tigris and Euphrates", "emptying into the Baltic,".

The wording only; `Recognizer` asks the gazetteer which rivers and seas have the name
(`_rivers`, `_with_its_rivers`, `_named_by_its_kind`). Kept apart from `recognize.py` so what
makes a bare name a river's reads in one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from placeline.gazetteer import Candidate
from placeline.name_context import BeforeName
from placeline.name_tokens import after_the

# A name that is a country's or a first-level region's own name is not taken for the river
# of that name after "the" (see `keeps_its_name_after_the`).
_RIVERLESS_KINDS = frozenset({"country", "admin1", "continent"})

# What news writes of a river between "the" and its bare name ("the swollen Indus", "the lower
# Darling"): only words said of rivers, since "the" and any word before a name is far more
# often something else's ("the Pakistan government", "the former Yugoslavia").
_RIVER_WORDS = ("swollen", "mighty", "upper", "middle", "lower", "flooded", "rising", "raging",
                "muddy", "polluted", "frozen", "sacred", "holy")
_RIVER_WORD_BEFORE = BeforeName(rf"\b[Tt]he (?:{'|'.join(_RIVER_WORDS)}) $",
                                (f" {word} " for word in _RIVER_WORDS))

# A part of a river named before "of the" and its bare name: "the mouth of the Amazon", "the
# banks of the Niger" (not "the Amazon app").
RIVER_PART_BEFORE = re.compile(
    r"\b(?:mouth|banks?|source|headwaters|waters|bed|delta|estuary|tributar(?:y|ies)|confluence)"
    r" of the $")


# How news puts a boat or a town on a river before "the" and its bare name: "barges on the
# Amazon", "upriver on the Amazon", "towns along the Amazon" (one is "in" a forest or a region:
# "deforestation in the Amazon").
RIVER_PREPOSITION_BEFORE = re.compile(r"\b(?:on|along|up|down|upriver|downriver) the $")


def after_a_river_word(text: str, start: int) -> bool:
    return _RIVER_WORD_BEFORE.search(text, max(0, start - 13), start) is not None


# What news writes of a river after its bare name: "the Zambezi basin", "the Mekong delta",
# and, in lower case, "the Taquari valley": a valley named by a river's name is the river's
# valley (the town of the name, where one exists, lies somewhere in it or far off; a valley's
# own capitalised name, "the Hudson Valley", is read as a whole).
_RIVER_WORD_AFTER = re.compile(
    r" (?:basin|delta|estuary|watershed|floodplain|headwaters|valley)\b")


def before_a_river_word(text: str, end: int) -> bool:
    return _RIVER_WORD_AFTER.match(text, end) is not None


# What follows "the" and a bare name when the name is the whole noun (a river: "the Naryn
# joins", "along the Zeya, which"), not a town's name used as a word before a noun ("the
# Houston area", "the Paris attacks"): punctuation, a line's end (a headline's "Tour de France
# follows the Loire"), or a word that starts no noun.
NOUN_PHRASE_ENDS = re.compile(
    r"(?:[,.;:)\n]|$| (?:and|or|at|in|near|on|to|from|into|which|where|as|is|was|were|has|had|"
    r"between|below|above|through|towards?|past|beyond|across|upstream|downstream|rose|rises|"
    r"fell|falls|joins|joined|"
    r"meets|met|flows|flowed|runs|ran|burst|bursts|reached|reaches|swelled|swells|"
    r"since|for|off|with|by|after|before|during|until|but|while|when)\b)")


def keeps_its_name_after_the(candidate: Candidate, text: str, end: int,
                             written_with_the: Callable[[Candidate], bool]) -> bool:
    """A country's or a continent's own name after "the" stays it while its noun phrase goes
    on ("the Niger border") or where English writes the country with "the"
    (`written_with_the`: "the Gambia", "the Congo"), and a first-level region's while its
    noun phrase goes on ("the Mississippi legislature"). Where the phrase ends at a name
    English writes bare ("barges on the Mississippi, near Memphis", "the Niger rose at
    Niamey"), the name is its river's: no one writes "the Mississippi" of the state or
    "the Niger" of the country."""
    if candidate.kind not in _RIVERLESS_KINDS or candidate.name_type != 0:
        return False
    return not NOUN_PHRASE_ENDS.match(text, end) or (
        candidate.kind != "admin1" and written_with_the(candidate))


# "the Ebro and Guadalquivir valleys", "the Tigris and Euphrates": one "the" before a pair of
# rivers (the first must be a river's bare name, see `Recognizer._river_may_stand_at`).
RIVER_PAIR_BEFORE = re.compile(r"\b[Tt]he ((?:[A-Z][\w'’-]+ )?[A-Z][\w'’-]+) (?:and|or) $")
CAPITALISED_WORD = re.compile(r"[A-Z][\w'’-]+")
RIVERS_NOUN_AFTER = re.compile(r" (?:river )?(?:rivers|valleys|basins|deltas|estuaries)\b")


def where_a_river_may_stand(text: str, start: int) -> bool:
    """After "the", or "the" and a river's word: where a bare name may be a river's."""
    return after_the(text, start) or after_a_river_word(text, start)


# What the text ends in wherever `where_a_river_may_stand` is true (the endings of "the" and
# of `_RIVER_WORD_BEFORE`'s matches): one `str.endswith` tells most capitalised words no.
RIVER_MAY_STAND_AFTER = ("the ", "The ", *_RIVER_WORD_BEFORE.endings)


# A sea's first word this rare names the sea alone after "the" ("the Caspian", Zipf 3.0).
RARE_SEA_WORD_ZIPF = 3.1

# How an adjective of a sea's name ends: "Baltic", "Arabian", "Caribbean" (not "the North,").
SEA_ADJECTIVE_ENDINGS = ("ic", "ian", "ean")


# The side of a sea named by its adjective, between "the" and the name: "the eastern Baltic",
# "the northern Adriatic" (asked of seas only: "the southern Mississippi" is the state's).
SEA_SIDE_BEFORE = re.compile(
    r"\b[Tt]he (?:eastern|western|northern|southern|central|north-eastern|north-western|"
    r"south-eastern|south-western|northeastern|northwestern|southeastern|southwestern) $")

# What news writes of a sea after its adjective's name: "the Baltic coast", "the Baltic
# shore" (not "the Baltic states", "the Baltic region": a people's or a region's).
SEA_COAST_AFTER = re.compile(r" (?:coast|coasts|coastline|shore|shores|seabed|seaboard)\b")
