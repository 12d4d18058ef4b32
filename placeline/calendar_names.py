"""The English names of weekdays and months, and their short forms: one list that the time
tagger (`timex`), dating (`dates`), the sentence splitter (`text`), the recogniser's
context words (`name_context`) and story terms (`story_names`) all read (review 30: each
had spelt them out again, so a short form added to one, "Sept", was missing in another).

Spelt out here rather than taken from `calendar`, whose names follow the process's locale.
"""

from __future__ import annotations

WEEKDAYS_IN_FULL = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
MONTHS_IN_FULL = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
# Short forms, lower-cased, by weekday (Monday 0) and month (January 1) number; "May" has
# none, and "sept" comes before "sep" so an alternation built from them takes the longer.
SHORT_WEEKDAY_NUMBERS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3,
                         "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
SHORT_MONTH_NUMBERS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
                       "sept": 9, "sep": 9, "oct": 10, "nov": 11, "dec": 12}


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """The words as a regular expression's alternatives, in their order."""
    return "|".join(words)


# "Monday|Tuesday|…|Sunday" and "January|…|December", for patterns.
WEEKDAY_ALTERNATION = alternation(WEEKDAYS_IN_FULL)
MONTH_ALTERNATION = alternation(MONTHS_IN_FULL)
# "Thurs|Tues|Thur|Mon|…": the short weekdays capitalised, longest first.
SHORT_WEEKDAY_ALTERNATION = alternation(sorted((short.capitalize() for short in
                                               SHORT_WEEKDAY_NUMBERS), key=len, reverse=True))
