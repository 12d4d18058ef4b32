"""Review 24: dates read the wrong way in the date reader (placeline.dates, placeline.timex).

"Next", "ahead of", "upcoming", "tomorrow" and "scheduled" had beaten every past verb of
their clause ("He was arrested in Xville on Saturday and charged the next day" in Tuesday's
paper: the coming Saturday); a count from the story's own events ("a day earlier", "the previous
day", "three days after a landslide near Xville") had been the publication day."""

from __future__ import annotations

import datetime as dt

import pytest

from placeline.dates import event_date
from placeline.models import DateGuess


def _guess(published: str, text: str, place: str = "Xville") -> DateGuess | None:
    start = text.index(place)
    return event_date(text, start, start + len(place), dt.date.fromisoformat(published))


def _start(guess: DateGuess | None) -> str | None:
    return None if guess is None or guess.date is None else guess.date.isoformat()


# -- 1. words that look ahead without a verb give way to a past verb -------------------------

@pytest.mark.parametrize(("published", "text", "expected"), [
    # Tuesday 5 March 2024: the Saturday gone by, not the coming one
    ("2024-03-05", "She was detained in Xville on Saturday and released the next day.",
     "2024-03-02"),
    ("2024-03-05", "Troops were sent to Xville on Saturday ahead of the referendum.",
     "2024-03-02"),
    ("2024-03-05", "Farmers marched through Xville on Friday ahead of next week's budget.",
     "2024-03-01"),
    ("2024-03-05", "Families left Xville on Sunday, fearing the next round of shelling.",
     "2024-03-03"),
    ("2024-03-05", "Campaigners gathered in Xville on Saturday before the upcoming vote.",
     "2024-03-02"),
])
def test_an_adverb_that_looks_ahead_gives_way_to_a_past_verb(published, text, expected):
    assert _start(_guess(published, text)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # no verb told in the past: the adverb still looks ahead
    ("2024-03-05", "Tickets for the upcoming derby in Xville on Saturday cost £30.", "2024-03-09"),
    ("2024-03-05", "The next hearing in Xville is on Friday.", "2024-03-08"),
    ("2024-03-05", "Supporters gather in Xville on Saturday ahead of the final.", "2024-03-09"),
    # a verb of the future beats the past ("was arrested" and "will be charged")
    ("2024-03-05", "A man who was arrested in Xville will appear in court on Friday.",
     "2024-03-08"),
    # "scheduled" is no account of the past
    ("2024-03-05", "The scheduled meeting in Xville on Thursday will go ahead.", "2024-03-07"),
    ("2024-03-05", "A scheduled strike in Xville on Thursday has the backing of members.",
     "2024-03-07"),
])
def test_what_looks_ahead_with_no_past_verb_stays_ahead(published, text, expected):
    assert _start(_guess(published, text)) == expected


# -- 2. a count from the story's own events counts from the day told before it ---------------

def _article(published: str, body: str) -> str:
    day = dt.date.fromisoformat(published)
    return f"Local news\n{day:%A %-d %B %Y}\n\n{body}"


@pytest.mark.parametrize(("published", "body", "place", "expected"), [
    # from the previous sentence's day
    ("2024-08-15", ("Officials confirmed a case in Yburg on Thursday. Doctors in Xville had "
     "reported a suspected case a day earlier."), "Xville", "2024-08-14"),
    ("2024-09-18", ("Strikes hit Yburg on Wednesday. A depot in Xville had been struck the day "
     "before."), "Xville", "2024-09-17"),
    ("2024-05-10", ("The minister resigned in Yburg on Friday. Three days earlier she had "
     "opened a hospital in Xville."), "Xville", "2024-05-07"),
    ("2024-03-04", ("The president landed in Yburg on Monday. The previous day he had toured "
     "a factory in Xville."), "Xville", "2024-03-03"),
    ("2024-03-03", ("Negotiators met in Yburg on Sunday. A week earlier, talks in Xville had "
     "collapsed."), "Xville", "2024-02-25"),
    ("2024-03-06", ("Fire crews were called to Yburg on Saturday. Two days later, a man was "
     "arrested in Xville."), "Xville", "2024-03-04"),
    # from a day told before it in its own clause
    ("2024-03-05", "He was held in Yburg on Saturday and questioned in Xville the next day.",
     "Xville", "2024-03-03"),
    # a count followed back: "two days before that" from "the previous day"
    ("2024-03-04", ("The king arrived in Yburg on Monday. The previous day he had met troops "
     "in Zton. Two days before that, he had been in Xville."), "Xville", "2024-03-01"),
    # the event named after "three days after" is three days before the clause's own day
    ("2024-01-08", ("The rail line to Yburg reopened this morning, three days after a landslide "
     "near Xville blocked it."), "Xville", "2024-01-05"),
])
def test_a_count_from_the_story_s_own_events(published, body, place, expected):
    assert _start(_guess(published, _article(published, body), place)) == expected


@pytest.mark.parametrize(("published", "body", "place", "expected"), [
    # the main clause keeps its own day
    ("2024-01-08", ("The rail line to Xville reopened this morning, three days after a "
     "landslide near Yburg blocked it."), "Xville", "2024-01-08"),
    # a day before an event named with no date: what it counts from is unknown
    ("2024-03-05", "Police were sent to Xville two days before the vote.", "Xville",
     "2024-03-05"),
    # nothing told before it to count from: the story's date stands, not two days on
    ("2024-03-06", ("Police were called to a house in Yburg. Two days later, a man was "
     "arrested in Xville."), "Xville", "2024-03-06"),
    # a month is no day to count a day from
    ("2024-06-06", ("The bridge in Yburg closed in March. A week later, the ferry to Xville "
     "stopped."), "Xville", "2024-06-06"),
    # not a count: "earlier than planned", "the day before yesterday"
    ("2024-03-06", ("Trains returned to Yburg on Monday. The line to Xville reopened two days "
     "earlier than planned."), "Xville", "2024-03-06"),
    ("2024-03-06", ("Trains returned to Yburg on Monday. Snow fell in Xville the day before "
     "yesterday."), "Xville", "2024-03-04"),
])
def test_what_a_story_s_count_does_not_date(published, body, place, expected):
    assert _start(_guess(published, _article(published, body), place)) == expected


# -- 3. an aside between commas keeps its date and its tense to itself ------------------------

@pytest.mark.parametrize(("published", "text", "place", "expected"), [
    # Tuesday 5 March 2024. A mention outside the aside: the clause's own date and tense
    ("2024-03-05", "The library in Xville, which was shut in February, will reopen on Friday.",
     "Xville", "2024-03-08"),
    ("2024-03-05", "The pier at Xville, which opened in 1901, will close for repairs next month.",
     "Xville", "2024-04-01"),
    ("2024-03-05", ("The ban, which was due to start on March 1, was overturned by a court in "
                    "Xville on Monday."), "Xville", "2024-03-04"),
    ("2024-03-05", ("City, who beat Rovers on Saturday, play Town at the Xville Arena on "
                    "Wednesday."), "Xville", "2024-03-06"),
    # a name's word opening the clause before the aside is no verb ("United … travel")
    ("2024-03-05", ("United, who lost heavily last season, travel to Xville on Friday for the "
                    "derby."), "Xville", "2024-03-08"),
    # inside the aside: the aside's own date, else the clause's
    ("2024-03-05", ("City, who beat Rovers in Xville on Saturday, play Town at home on "
                    "Wednesday."), "Xville", "2024-03-02"),
    ("2024-03-05", "The talks, held in Xville, resume on Thursday.", "Xville", "2024-03-07"),
])
def test_an_aside_keeps_its_date_and_tense_to_itself(published, text, place, expected):
    assert _start(_guess(published, text, place)) == expected


@pytest.mark.parametrize(("published", "text", "place", "expected"), [
    # an aside left open is the clause's end, as before
    ("2024-03-05", "The minister visited Xville on Monday, which was the first visit in years.",
     "Xville", "2024-03-04"),
    # a participle opening its clause is still a verb ("Met by protesters, …")
    ("2024-10-15", "Met by protesters in Xville on Friday, the minister left early.", "Xville",
     "2024-10-11"),
    # the main clause told in the past, the aside ahead: past
    ("2024-03-05", ("The museum in Xville, which will reopen in May, was damaged by floods on "
                    "Friday."), "Xville", "2024-03-01"),
])
def test_what_is_no_aside(published, text, place, expected):
    assert _start(_guess(published, text, place)) == expected


# -- 4. an expression is read where it is in its clause, not where its text first occurs -----

def test_a_weekday_is_read_where_it_is_not_where_its_name_first_occurs():
    # Tuesday 5 March 2024: the second "Friday" is a deadline (the coming one), not "since"
    text = ("Since Friday the road has been shut and the bridge into Xville will stay shut "
            "until Friday.")
    guess = _guess("2024-03-05", text)
    assert guess.end.isoformat() == "2024-03-08"  # (fix 53: a state from the report's date)
    assert "until Friday" in guess.evidence


def test_timex_resolve_takes_the_expression_s_position():
    from placeline.timex import find_expressions, resolve
    clause = "Since Friday the road has been shut and it will stay shut until Friday."
    first, second = [e for e in find_expressions(clause) if e.kind == "weekday"]
    ref = dt.date(2024, 3, 5)
    assert _start(resolve(first, ref, clause, at=first.start)) == "2024-03-01"
    assert resolve(second, ref, clause, at=second.start).end.isoformat() == "2024-03-08"


# -- 5. a past form the present shares is past after a singular subject ----------------------

@pytest.mark.parametrize(("published", "text", "expected"), [
    # Tuesday 5 March 2024: the Friday gone by, not the nearer one ahead
    ("2024-03-05", "A tornado hit Xville on Friday, flattening homes.", "2024-03-01"),
    ("2024-03-05", "A tanker shed diesel on the road to Xville on Friday.", "2024-03-01"),
    ("2024-03-05", "The blaze spread to Xville on Friday.", "2024-03-01"),
    # Friday 14 June 2024: the Monday gone by
    ("2024-06-14", "The typhoon hit Xville on Monday.", "2024-06-10"),
    ("2024-06-14", "A teenager set fire to a bin in Xville on Monday.", "2024-06-10"),
    ("2024-06-14", "She hurt her knee in Xville on Monday.", "2024-06-10"),
])
def test_a_past_form_like_the_present_after_one_subject(published, text, expected):
    assert _start(_guess(published, text)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    # the present with its "-s", a modal, "set to", a plural or collective subject, an
    # adjective: as before (the nearer Friday, ahead)
    ("2024-03-05", "A storm hits Xville on Friday.", "2024-03-08"),
    ("2024-03-05", "The storm could hit Xville on Friday.", "2024-03-08"),
    ("2024-03-05", "A storm is set to hit Xville on Friday.", "2024-03-08"),
    ("2024-03-05", "Strikes hit Xville on Friday.", "2024-03-08"),
    ("2024-03-05", "The police shut the road into Xville on Friday.", "2024-03-08"),
    ("2024-03-05", "The worst hit town, Xville, reopens its schools on Friday.", "2024-03-08"),
])
def test_what_is_not_said_of_one_in_the_past(published, text, expected):
    assert _start(_guess(published, text)) == expected


# -- 6. counts in words above ten ----------------------------------------------------------

@pytest.mark.parametrize(("published", "text", "expected"), [
    ("2024-06-14", "Eighty years ago, Allied troops landed in Xville.", "1944-01-01"),
    ("2024-03-05", "The mill in Xville closed twenty-five years ago.", "1999-01-01"),
    ("2024-03-05", "The mill in Xville closed a hundred years ago.", "1924-01-01"),
    ("2024-03-05", "The mill in Xville closed fifteen days ago.", "2024-02-19"),
])
def test_a_count_in_words_above_ten(published, text, expected):
    assert _start(_guess(published, text)) == expected


def test_a_count_in_words_is_no_date_without_ago():
    # a length of time, not a date: the story's date stands, as for "for 20 days"
    assert _guess("2024-03-05", "Xville has had rain for twenty days.").precision == "publication"


# -- 7. "early", "mid" or "late" before a year ------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The factory in Xville shut in mid-2023.", ("2023-05-01", "2023-08-31")),
    ("The factory in Xville shut in late 2022.", ("2022-09-01", "2022-12-31")),
    ("The factory in Xville will shut by early 2025.", ("2025-01-01", "2025-04-30")),
])
def test_a_third_of_a_year(text, expected):
    guess = _guess("2024-03-05", text)
    assert (_start(guess), guess.end.isoformat()) == expected


def test_a_year_alone_is_still_the_whole_year():
    guess = _guess("2024-03-05", "The factory in Xville shut in 2023.")
    assert (_start(guess), guess.end.isoformat(), guess.precision) == \
        ("2023-01-01", "2023-12-31", "year")


# -- 8. "in six months" is a time ahead only where the clause looks ahead ---------------------

@pytest.mark.parametrize("text", [
    "Diesel prices in Xville reached their highest level in four months.",
    "It was the first frost in Xville in three weeks.",
    "House prices in Xville have climbed 9% in a year.",
    "It is the second stabbing in Xville in a week.",
])
def test_in_n_units_as_a_length_of_time(text):
    assert _guess("2024-03-05", text).precision == "publication"


@pytest.mark.parametrize(("text", "expected"), [
    ("The pool in Xville will reopen in three weeks.", "2024-03-25"),
    ("The pool in Xville reopens in three weeks.", "2024-03-25"),
    ("The council said the pool in Xville would reopen in a month.", "2024-04-01"),
    ("The pool in Xville should be open in three weeks' time.", "2024-03-25"),
])
def test_in_n_units_ahead(text, expected):
    assert _start(_guess("2024-03-05", text)) == expected


# -- 9. a timetable's present in the plural ---------------------------------------------------

@pytest.mark.parametrize(("published", "text", "expected"), [
    # the coming day, not the nearer one gone by
    ("2024-03-05", "Rovers travel to Xville on Saturday.", "2024-03-09"),
    ("2024-06-14", "Scotland play Switzerland in Xville on Wednesday.", "2024-06-19"),
    ("2024-03-05", "Xville host Rovers on Sunday.", "2024-03-10"),
    ("2024-03-13", "MPs return to Xville on Monday.", "2024-03-18"),
    ("2024-03-13", "Parliament in Xville returns on Monday after a two-week break.", "2024-03-18"),
])
def test_a_timetable_verb_in_the_plural_looks_ahead(published, text, expected):
    assert _start(_guess(published, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the plain form as a noun, or told in the past: as before
    ("Police are appealing for witnesses to a visit to Xville on Saturday.", "2024-03-02"),
    ("Police are appealing for witnesses to the play in Xville on Saturday.", "2024-03-02"),
    ("Rovers travelled to Xville on Saturday.", "2024-03-02"),
    ("Fans say the start in Xville on Saturday was chaotic.", "2024-03-02"),
    ("The museum in Xville is open on Saturday.", "2024-03-09"),
])
def test_a_timetable_verb_s_plain_form_as_a_noun(text, expected):
    assert _start(_guess("2024-03-05", text)) == expected


# -- 10. a weekday followed by the week it is in ----------------------------------------------

@pytest.mark.parametrize(("published", "text", "expected"), [
    ("2024-03-05", "The minister will be in Xville on Tuesday next week.", "2024-03-12"),
    ("2024-03-05", "The minister was in Xville on Tuesday last week.", "2024-02-27"),
    ("2024-06-14", "The crash happened in Xville on Thursday last week.", "2024-06-06"),
    ("2024-06-14", "The council in Xville meets on Monday next week.", "2024-06-17"),
    ("2024-06-14", "Talks in Xville began on Wednesday this week.", "2024-06-12"),
])
def test_a_weekday_in_the_week_named_after_it(published, text, expected):
    assert _start(_guess(published, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a week of another phrase, past a comma: the weekday alone, as before
    ("Police in Xville said on Tuesday, last week's crash was avoidable.", "2024-03-05"),
    ("The minister visited Xville on Saturday, and will return next week.", "2024-03-02"),
])
def test_a_week_of_another_phrase_leaves_the_weekday_alone(text, expected):
    assert _start(_guess("2024-03-05", text)) == expected


# -- 11. a warning or forecast just made covers days ahead ------------------------------------

@pytest.mark.parametrize(("published", "text", "expected"), [
    ("2024-03-05", ("The Met Office has issued a yellow warning for snow in Xville from"
                    " Wednesday to Friday."), "2024-03-06"),
    ("2024-11-20", "The IMD has predicted heavy rain in Xville on Friday.", "2024-11-22"),
    ("2024-11-20", "The IMD has issued an orange alert for Xville for Thursday and Friday.",
     "2024-11-21"),
    ("2024-03-05", "Forecasters have warned of gales in Xville on Saturday.", "2024-03-09"),
    ("2024-03-05", "A flood warning has been issued for Xville for Saturday.", "2024-03-09"),
])
def test_a_warning_just_issued_covers_days_ahead(published, text, expected):
    assert _start(_guess(published, text)) == expected


@pytest.mark.parametrize("text", [
    # another past verb, a warning about what happened, a simple past: the Saturday gone by
    "The Met Office has issued a warning after snow fell in Xville on Saturday.",
    "Police have issued a warning after a crash in Xville on Saturday.",
    "Police have warned residents after a burglary in Xville on Saturday.",
    "The IMD predicted heavy rain in Xville on Saturday, and it came.",
    "Xville has issued new parking permits on Saturday.",
])
def test_a_warning_about_what_happened_stays_past(text):
    assert _start(_guess("2024-03-05", text)) == "2024-03-02"


# -- 12. a month planned for, or from which something holds ------------------------------------

@pytest.mark.parametrize(("published", "text", "expected"), [
    ("2025-01-02", "The trial in Xville is set for March.", "2025-03-01"),
    ("2024-03-05", "A hearing in Xville is scheduled for April.", "2024-04-01"),
    ("2024-03-05", "The vote in Xville was planned for May.", "2024-05-01"),
    ("2024-03-05", "The new bridge in Xville is pencilled in for June.", "2024-06-01"),
    ("2024-03-05", "From April, buses in Xville will cost £2.", "2024-04-01"),
])
def test_a_month_planned_for_or_from(published, text, expected):
    guess = _guess(published, text)
    assert (_start(guess), guess.precision) == (expected, "month")


@pytest.mark.parametrize("text", [
    # a bare "for May" may be a person's, "for June" a wait's: undated, as before
    "Voters in Xville voted for May in the leadership race.",
    "Xville residents waited for June to arrive.",
])
def test_a_bare_for_before_a_month_dates_nothing(text):
    assert _guess("2024-03-05", text).precision == "publication"


# -- part 2: what something is "due to" do is one list ----------------------------------------

@pytest.mark.parametrize("text", [
    # "due to reopen" had looked ahead only right before its day (`_DUE_BEFORE`), "due to
    # speak" only as the clause's future (`_FUTURE_VERBS`): one list serves both
    "The pool in Xville, due to reopen after a refit on Saturday, has been shut since June.",
    "The pool in Xville due to reopen after a refit on Saturday.",
])
def test_due_to_reopen_looks_ahead_as_due_to_speak_does(text):
    assert _start(_guess("2024-03-05", text)) == "2024-03-09"


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister, due to speak in Xville on Saturday, was taken ill.", "2024-03-09"),
    ("Roads in Xville were closed due to flooding on Saturday.", "2024-03-02"),
])
def test_due_to_as_before(text, expected):
    assert _start(_guess("2024-03-05", text)) == expected


# -- part 2: the words of habit are one list --------------------------------------------------

@pytest.mark.parametrize("text", [
    # "traditionally", "always", "often" had been habits for months only, not for weekdays
    # (`_WEEKLY`) or a month's day (`_HABIT_BEFORE`): days of the coming week, 1 April
    "The market in Xville traditionally runs from Thursday to Sunday.",
    "The square in Xville often hosts a market from Thursday to Sunday.",
    "The library in Xville is always open Monday to Friday.",
    "Rent in Xville is often paid on the 1st of the month.",
])
def test_a_word_of_habit_is_one_for_every_kind_of_date(text):
    assert _guess("2024-03-05", text).precision == "publication"


@pytest.mark.parametrize(("text", "expected"), [
    ("The market in Xville will run from Thursday to Sunday.", "2024-03-07"),
    ("The market in Xville ran from Thursday to Sunday, as it often does.", "2024-02-29"),
])
def test_days_told_once_are_dated(text, expected):
    assert _start(_guess("2024-03-05", text)) == expected
