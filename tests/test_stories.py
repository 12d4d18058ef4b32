"""Same story, same day → one story id; the same names another year → another story."""

from __future__ import annotations

import datetime as dt

from placeline.dates import DatingInput, group_stories, infer_publication_dates, salient_terms
from placeline.models import DateGuess

GUTERRES = ("UN Secretary General Antonio Guterres met Vladimir Putin and Sergei Lavrov in "
            "Moscow, asking for a humanitarian corridor from Mariupol and the Azovstal plant.")
GUTERRES_LIVE = ("Guterres and Lavrov are holding a news conference in Moscow; the talks with "
                 "Putin focused on Mariupol and the Azovstal steelworks.")
FLOODS = "Floods in Dhaka and Chittagong displaced thousands, Bangladesh officials said."
FARMERS = ("Farmers in Punjab and Haryana marched towards Delhi, demanding Modi repeal the "
           "laws; police in Ambala used water cannon.")


def _item(i: int, text: str, date: dt.date | None) -> DatingInput:
    own = DateGuess(date, "explicit", 0.97) if date else DateGuess(None, "unknown", 0.0)
    return DatingInput(i, text, own, salient_terms(text), {})


def test_same_story_same_day_groups_and_others_do_not():
    day = dt.date(2022, 4, 26)
    items = [_item(1, GUTERRES, day), _item(2, GUTERRES_LIVE, None), _item(3, FLOODS, day),
             _item(4, FARMERS, day), _item(5, GUTERRES, dt.date(2023, 4, 26))]
    stories = group_stories(items)
    assert len({stories[1], stories[3], stories[4], stories[5]}) == 4
    # The undated live blog is as like the 2023 report as the 2022 one: which story it is
    # would be a guess, so it joins neither (without the 2023 one it joins 2022's: below).
    assert stories[2] == 2
    assert group_stories([items[0], items[1]])[2] == 1


def test_an_undated_report_takes_its_story_date_and_says_it_was_inferred():
    day = dt.date(2022, 4, 26)
    dated = infer_publication_dates([_item(1, GUTERRES, day), _item(2, GUTERRES_LIVE, None),
                                     _item(3, FLOODS, None)])
    guess, story = dated[2]
    assert (guess.date, guess.method, story) == (day, "inferred", 1)
    assert 0 < guess.confidence < 0.97
    floods, _ = dated[3]
    assert (floods.date, floods.method, floods.confidence) == (None, "unknown", 0.0)


def test_blocked_candidates_group_like_comparing_every_pair(monkeypatch):
    import datetime as dt
    import itertools

    from bench.synth import corpus
    from placeline import dates
    from placeline.clean import clean
    from placeline.models import DateGuess

    items = []
    for number, document in enumerate(corpus(150, seed=5)):
        text = clean(document.text).text
        # Every third article undated, so stories must also carry dates across.
        own = dates.own_publication_date(text, {}) if number % 3 else DateGuess(None, "unknown",
                                                                                  0.0)
        items.append(dates.DatingInput(number, text, own, dates.salient_terms(text), {}))
    items += [dates.DatingInput(1000 + i, it.text, DateGuess(dt.date(2030, 1, 1), "explicit",
                                                            0.9), it.terms, {})
              for i, it in enumerate(items[:20])]  # the same texts, years later
    blocked = dates.group_stories(items)
    monkeypatch.setattr(dates, "candidate_pairs",
                        lambda xs, common=None: list(itertools.combinations(range(len(xs)), 2)))
    assert dates.group_stories(items) == blocked
    assert len(set(blocked.values())) < len(items)  # some stories were found at all
