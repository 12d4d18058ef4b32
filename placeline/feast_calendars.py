"""Feasts that move by another calendar than the Gregorian (fix 50): Ramadan and the two Eids
(Hijri), Diwali and Holi (Hindu), the Lunar New Year (Chinese), Passover, Rosh Hashanah, Yom
Kippur and Hanukkah (Hebrew), Vesak (Buddhist). "Shops in Xville closed during Ramadan" had
been the publication date: `timex` read no name of these.

Their days come from the `holidays` library's calendars (docs/DESIGN.md, "Dates", says why
that library), imported only when a sentence names such a feast: importing it costs ~30 ms,
which a start that dates no such sentence does not pay. Its calendar classes are its own
computations behind every country's holidays (Umm al-Qura tables for the Hijri feasts); their
names begin with an underscore, so requirements.txt pins the version and
tests/test_fix50_dates.py checks the days. Where a feast is announced by the sighting of the
moon, the day may be one off from the one a country keeps (Eid al-Fitr 2024: 10 April here and
in Saudi Arabia, 11 April in India); a day off is accepted.

The library's tables end (fix 52, review 28 item 11; `days_in` is empty outside them): Holi
2001-2035; Passover, Rosh Hashanah, Yom Kippur and Hanukkah 1947-2100; Ramadan and the Eids
1925-2077 (Umm al-Qura); Diwali, the Lunar New Year and Vesak 1901-2100. Outside them a feast
is no date ("on Holi" in a 1999 or 2037 article: `timex._feast_by_tense` finds none within a
year of the reference date, so the sentence falls back as for any other). A Hijri feast that
falls twice in the year written with it ("Eid al-Fitr 2033": 2 January and 23 December)
takes the first (`timex._resolve_holiday`).
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

# A feast's days around its first (the library's) day, where it lasts more than that day:
# (first, last) as offsets. Ramadan runs to the day before Eid al-Fitr (`_ramadan_s_end`).
# Eid al-Fitr's three days (1-3 Shawwal), Eid al-Adha's four (10-13 Dhu al-Hijjah), Diwali's
# five (Dhanteras to Bhai Dooj), Holi's eve of bonfires (Holika Dahan), the Lunar New Year's
# week of public holidays, Passover's and Hanukkah's eight days, Rosh Hashanah's two. A bare
# "Eid" is either ("goats sold ahead of Eid" in June is Eid al-Adha's): its days are both
# Eids' (`days_in`), the nearest by the tense chosen as for any feast, and each keeps its own
# Eid's offsets (`span`; fix 52: it had been Eid al-Fitr alone).
LASTING: dict[str, tuple[int, int]] = {
    "ramadan": (0, 0), "eid al-fitr": (0, 2), "eid al-adha": (0, 3), "eid": (0, 0),
    "diwali": (-2, 2),
    "holi": (-1, 0), "lunar new year": (0, 6), "passover": (0, 7), "hanukkah": (0, 7),
    "rosh hashanah": (0, 1)}
BOTH_EIDS = ("eid al-fitr", "eid al-adha")
FEASTS = frozenset(LASTING) | {"yom kippur", "vesak"}

# Every spelling of each feast, as news writes it: the one table the names are read from
# (fix 52). `timex` builds its pattern and the first words that flag a stretch for it
# (`timex._OTHER_CALENDARS_FEASTS`, `_HOLIDAY_START`) from it, and `feast_of` its keys; they
# had been three lists, and "Ramadhan", in two of them, was never dated. A space stands for
# any spaces or hyphens ("Eid ul-Fitr", "Eid-ul-Fitr"); words after the first are read in any
# case ("Eid Al-Adha"), the first as written (capitalised: "holi" is no feast).
_EIDS_ARTICLES = ("al", "ul", "el")
SPELLINGS: dict[str, tuple[str, ...]] = {
    "ramadan": ("Ramadan", "Ramzan", "Ramadhan"),
    "eid al-fitr": tuple(f"Eid {article} Fitr" for article in _EIDS_ARTICLES),
    "eid al-adha": (*(f"Eid {article} {name}" for article in _EIDS_ARTICLES
                      for name in ("Adha", "Azha", "Zuha")),
                    "Bakrid", "Bakreid", "Bakraeid", "Bakrieid", "Bakr Eid", "Bakra Eid",
                    "Bakri Eid"),
    "eid": ("Eid",),
    "diwali": ("Diwali", "Deepavali", "Divali"),
    "holi": ("Holi",),
    "lunar new year": ("Chinese New Year", "Lunar New Year"),
    "passover": ("Passover", "Pesach"),
    "rosh hashanah": ("Rosh Hashanah", "Rosh Hashana"),
    "yom kippur": ("Yom Kippur",),
    "hanukkah": ("Hanukkah", "Hanukah", "Chanukah"),
    "vesak": ("Vesak", "Wesak")}


def _key(name: str) -> str:
    """A name as `timex.holiday_key` spells it: lower case, hyphens as spaces."""
    return " ".join(name.lower().replace("-", " ").split())


_FEAST_OF = {_key(spelling): feast for feast, spellings in SPELLINGS.items()
             for spelling in spellings}


def feast_of(key: str) -> str | None:
    """The feast a holiday's key names ("eid ul fitr", "bakrid", "deepavali"), or None: the
    many spellings of one feast share its days."""
    return _FEAST_OF.get(_key(key))


@cache
def _calendars() -> dict[str, Any]:
    """The library's calendars, made once, at the first feast asked for (the lazy import)."""
    from holidays.calendars import (
        _BuddhistLunisolar,
        _ChineseLunisolar,
        _HebrewLunisolar,
        _HinduLunisolar,
        _IslamicLunar,
    )
    return {"islamic": _IslamicLunar(), "hindu": _HinduLunisolar(),
            "chinese": _ChineseLunisolar(), "hebrew": _HebrewLunisolar(),
            "buddhist": _BuddhistLunisolar()}


def _as_dates(found: Any) -> list[dt.date]:
    """The library's answer as dates: a date, None, a set of dates, or (date, estimated)
    pairs, one or many."""
    if found is None:
        return []
    if isinstance(found, dt.date):
        return [found]
    if isinstance(found, tuple):
        return [found[0]] if found[0] else []
    return sorted(item[0] if isinstance(item, tuple) else item for item in found)


_METHODS = {"ramadan": ("islamic", "ramadan_beginning_dates"),
            "eid al-fitr": ("islamic", "eid_al_fitr_dates"),
            "eid al-adha": ("islamic", "eid_al_adha_dates"),
            "diwali": ("hindu", "diwali_date"), "holi": ("hindu", "holi_date"),
            "lunar new year": ("chinese", "lunar_new_year_date"),
            "passover": ("hebrew", "passover_date"),
            "rosh hashanah": ("hebrew", "rosh_hashanah_date"),
            "yom kippur": ("hebrew", "yom_kippur_date"),
            "hanukkah": ("hebrew", "hanukkah_date"), "vesak": ("buddhist", "vesak_date")}


@cache
def days_in(feast: str, year: int) -> tuple[dt.date, ...]:
    """A feast's first days in a Gregorian year (a Hijri feast may fall twice in one, none
    outside the library's tables): the library answers for the year's neighbours too, which
    are dropped. A bare "Eid" falls on both Eids' days."""
    if feast == "eid":
        return tuple(sorted(day for eid in BOTH_EIDS for day in days_in(eid, year)))
    calendar, method = _METHODS[feast]
    found = _as_dates(getattr(_calendars()[calendar], method)(year))
    return tuple(day for day in found if day.year == year)


def _ramadan_s_end(first: dt.date) -> dt.date:
    """Ramadan's last day: the day before the Eid al-Fitr that follows it (29 or 30 days)."""
    eids = [day for year in (first.year, first.year + 1) for day in days_in("eid al-fitr", year)
            if day > first]
    return min(eids) - dt.timedelta(days=1) if eids else first + dt.timedelta(days=29)


def _which_eid(first: dt.date) -> str:
    """The Eid whose first day a bare "Eid"'s day is."""
    return BOTH_EIDS[0] if first in days_in(BOTH_EIDS[0], first.year) else BOTH_EIDS[1]


def span(feast: str, first: dt.date) -> tuple[dt.date, dt.date]:
    """The days a lasting feast (`LASTING`) covers, from its first day; a bare "Eid"'s, those
    of the Eid that day begins."""
    if feast == "eid":
        feast = _which_eid(first)
    if feast == "ramadan":
        return first, _ramadan_s_end(first)
    before, after = LASTING.get(feast, (0, 0))
    return first + dt.timedelta(days=before), first + dt.timedelta(days=after)
