"""Fix 45: holidays in the date reader (placeline.dates, placeline.timex): a feast after a
word that points ahead in a sentence told in the past, and a possessive's apostrophe; and
work done once per article (a headline's body, the lead's date)."""

from __future__ import annotations

import datetime as dt

import pytest

from placeline import dates
from tests.test_review24_dates import _guess, _start

# -- 1. "ahead of Christmas" told in the past: the feast just ahead, not last year's ----------

@pytest.mark.parametrize(("published", "text", "expected"), [
    # Thursday 19 December 2024: this Christmas, six days off, not 25 December 2023
    ("2024-12-19", "Queues stretched around the market in Xville ahead of Christmas.",
     "2024-12-25"),
    ("2024-12-19", "Families in Xville ordered their turkeys for Christmas.",
     "2024-12-25"),
    ("2024-12-19", "Volunteers in Xville wrapped 500 gifts before Christmas Eve.",
     "2024-12-24"),
    ("2024-12-19", "The ward in Xville was repainted in time, just before Christmas Day.",
     "2024-12-25"),
    # Tuesday 26 March 2024: this Easter, 31 March, not 9 April 2023
    ("2024-03-26", "Hotels in Xville filled up ahead of Easter.", "2024-03-31"),
    ("2024-03-26", "The shrine in Xville was cleaned until Good Friday.", "2024-03-29"),
])
def test_a_feast_ahead_of_a_past_account_is_the_coming_one(published: str, text: str,
                                                           expected: str) -> None:
    assert _start(_guess(published, text)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # months after it, the feast gone by is still the one: Wednesday 6 March 2024
    ("2024-03-06", "The bakery in Xville sold out of bread before Christmas.", "2023-12-25"),
    # a feast after "at" or "over" told in the past: the last one (fix 42)
    ("2024-10-02", "The square in Xville was crowded at Christmas.", "2023-12-25"),
    ("2024-12-19", "The square in Xville was crowded over Easter.", "2024-03-31"),
    # the fixed-date spelling, read the same way
    ("2024-12-19", "Queues stretched around the market in Xville ahead of 25 December.",
     "2024-12-25"),
    # said to come: the next one
    ("2024-06-12", "The bypass at Xville will be finished by Christmas.", "2024-12-25"),
])
def test_a_feast_is_read_as_before_elsewhere(published: str, text: str, expected: str) -> None:
    assert _start(_guess(published, text)) == expected


# -- 9. an apostrophe after a feast's name: straight or curly, the same reading ---------------

@pytest.mark.parametrize("apostrophe", ["’", "'"])
@pytest.mark.parametrize(("published", "text", "expected"), [
    # Wednesday 6 March 2024: a possessive of what follows is no day, the publication date
    ("2024-03-06", "Toy shops in Xville braced for Christmas{} rush.", "2024-03-06"),
    ("2024-03-06", "Xville's bakers sold out before Easter{} long weekend.", "2024-03-06"),
    # a quote closed before a stop: the feast's day, the last one
    ("2024-03-06", "‘Xville was silent over Christmas{}, a resident said.", "2023-12-25"),
])
def test_an_apostrophe_after_a_feast_reads_the_same_either_way(
        published: str, text: str, expected: str, apostrophe: str) -> None:
    assert _start(_guess(published, text.format(apostrophe))) == expected


# -- 12. work done once per article, not once per mention ------------------------------------

def _counted(monkeypatch: pytest.MonkeyPatch, name: str) -> list[int]:
    """Count the calls of `placeline.dates.<name>`, still doing its work."""
    calls = [0]
    real = getattr(dates, name)

    def counting(*args: object, **kwargs: object) -> object:
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(dates, name, counting)
    return calls


def test_a_headline_s_body_is_read_once_for_all_its_mentions(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Tuesday 5 March 2024: five places in a headline's present over a past body, all the
    # Friday gone by, 1 March, from one reading of the body
    splits = _counted(monkeypatch, "sentence_spans")
    names = ["Xville", "Ytown", "Zville", "Wburg", "Vford"]
    text = f"Gales lash {', '.join(names)} on Friday\nHigh winds tore roofs off on Friday."
    grouped = dates.expressions_in_sentences(text)
    days = {dates.event_date(text, text.index(name), text.index(name) + len(name),
                             dt.date(2024, 3, 5), grouped).date for name in names}
    assert days == {dt.date(2024, 3, 1)}
    assert splits[0] <= 1  # (none where an earlier reading of the same text is kept)


def test_the_lead_is_looked_up_once_for_both_its_days(monkeypatch: pytest.MonkeyPatch) -> None:
    # the lead's Monday 4 March as written, and the Wednesday told after it
    looked_up = _counted(monkeypatch, "_lead_as_written")
    text = ("Gales tore roofs off in Xville on Monday, 4 March 2024. Crews in Ytown worked on "
            "Tuesday, and power came back on Wednesday.")
    assert [day.date for day in dates._lead_days(text)] == [dt.date(2024, 3, 4),
                                                            dt.date(2024, 3, 6)]
    assert looked_up[0] == 1
