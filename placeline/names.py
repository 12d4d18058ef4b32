"""One normal form for place names, shared by the gazetteer builder and the recogniser.

"Zaporizhzhia", "Zaporizhzhia’s", "ZAPORIZHZHIA", "St. Louis" / "Saint Louis", "Rostov-on-Don"
/ "Rostov on Don", "Mariupol'" / "Mariupol" and "Deir al-Balah" / "Dayr al Balah" must meet at
the same key, or the trie lookup misses them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = re.compile(r"[’'ʼ`´‘]")
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_/]+")
_DROP = re.compile(r"[.,()\[\]\"“”]")
# "St." and "Ste." stand for Saint anywhere in a name ("Sault Ste. Marie", "Lac St.-Jean" as
# Natural Earth writes "Lac Saint-Jean"); the other short forms only start one.
_SAINTS = {"st": "saint", "ste": "sainte"}
_LEADING = {"ft": "fort", "mt": "mount", "pt": "port",
            # Arabic's "house"/"monastery" as news and GeoNames romanise them ("Deir al-Balah" /
            # "Dayr al Balah", "Beit Lahia" / "Bayt Lahiya")
            "deir": "dayr", "dair": "dayr", "beit": "bayt", "bait": "bayt"}
# The short forms a full stop follows ("St. Louis", "Ste. Foy", "Pt. Pleasant").
ABBREVIATED_NAME_WORDS = frozenset(w for w in (*_SAINTS, *_LEADING) if len(w) <= 3)


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lowercase without diacritics: "Zaporižžja" → "zaporizzja"."""
    if text.isascii():
        return text.lower()  # the same, at a twentieth of the cost: most names and all tokens
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold().replace("ß", "ss").replace("ø", "o").replace("ł", "l") \
        .replace("đ", "d").replace("ı", "i").replace("æ", "ae").replace("œ", "oe")


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """The lookup key of a name or of a run of words in text."""
    text = _APOSTROPHES.sub("", fold(name))
    text = _DROP.sub(" ", text)
    words = [_SAINTS.get(w, w) for w in _SEPARATORS.split(text) if w]
    if words and words[0] in _LEADING:
        words[0] = _LEADING[words[0]]
    return " ".join(words)


def is_latin(text: str) -> bool:
    """True when every letter is Latin script (with or without diacritics)."""
    for char in text:
        if char.isalpha() and not unicodedata.name(char, "").startswith("LATIN"):
            return False
    return True


# Letters and pairs that romanisations of one name write differently ("Kyaukphyu" /
# "Kyaukpyu", "Sangareddy" / "Sangareddi", "Baikalsk" / "Bajkalsk", "Desouk" / "Dessouk",
# "Hawija" / "Hawijah"), each mapped to one form; doubled letters count once.
_SPELLING_PAIRS = (("ph", "p"), ("kh", "k"), ("dh", "d"), ("gh", "g"),
                   ("ck", "k"), ("q", "k"), ("w", "v"), ("j", "i"), ("y", "i"), ("ou", "u"),
                   ("oo", "u"), ("ee", "i"), ("ie", "i"))
_NOT_A_TO_Z = re.compile(r"[^a-z]+")
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=100_000)
def spelling_key(name: str) -> str:
    """A looser key than `name_key`, for names romanised another way than the gazetteer's
    (see `_SPELLING_PAIRS`); spaces and hyphens do not count ("Mughalsarai" / "Mughal
    Sarai")."""
    text = _NOT_A_TO_Z.sub("", fold(name))
    for written, key in _SPELLING_PAIRS:
        text = text.replace(written, key)
    return _DOUBLED.sub(r"\1", text).removesuffix("h")
