"""Review 35's findings on the thirty-fifth session's code, each a case that had gone wrong."""

from __future__ import annotations

import pytest

from placeline.notices import end_notice_start
from placeline.snippets import card_note

STORY = ("Russian missiles struck Kharkiv on Friday, killing three people.\n"
         "Officials in Odesa said air defences downed two drones on Saturday.\n")


@pytest.mark.parametrize("last", [
    # a constitution's article, amended in its own history
    "This article was amended in 2017 to name both alliances, after a vote in Kutaisi.",
    # a story about a report
    "An earlier version of this report was published on 2 March 2022 and covered Kharkiv.",
    # a Department of Corrections' story
    ("Corrections: officers at Attica said on 3 March they were wrongly told to work "
    "double shifts."),
])
def test_look_alikes_at_the_end_are_no_notices(last: str) -> None:
    text = STORY + last
    assert end_notice_start(text) is None
    assert card_note(None, "Missiles hit Kharkiv", text) is None


def test_a_short_story_s_end_notice_is_marked_at_its_end() -> None:
    """Under 600 characters the end notice's words lay in the "opening" and the card said
    the whole article was a notice."""
    notice = ("Correction: An earlier version of this article misstated the distance "
              "between Kharkiv and Odesa.")
    text = STORY + notice + "\nReporting by Jane Doe in Kyiv; Editing by John Smith"
    assert end_notice_start(text) == len(STORY)
    assert card_note(None, "Missiles hit Kharkiv", text) == "correction notice at its end"


def test_a_label_with_the_notice_s_date_belongs_to_the_notice() -> None:
    """"Correction: March 5, 2024" above the notice: its date is the notice's, not the
    story's."""
    text = (STORY + "Correction: March 5, 2024\n"
            "An earlier version of this article misstated the distance between the cities.")
    assert end_notice_start(text) == len(STORY)


def test_an_amendment_with_its_day_or_purpose_is_still_a_notice() -> None:
    for last in ("This article was amended on 3 March 2024 to correct the distance.",
                 "This article was amended to clarify who ordered the strike."):
        assert end_notice_start(STORY + last) == len(STORY)


# -- the session's recognition rules, where they must not fire ------------------------------

@pytest.mark.parametrize("text", [
    "After talks with unions in Akron, Goodyear said it would close the plant.",
    "Unions at Ford, Goodyear and Kellogg said they would strike on Friday.",
    "Executives from Sony, Goodyear and Honda said they expected sales to rise.",
    "Goodyear stock sales by insiders rose in March.",
    "Hershey stock numbers fell in the quarter.",
])
def test_firms_stay_firms(geoparser, text: str) -> None:
    """Firms named after a place and a comma, after "at"/"from", or before "stock" and a
    word of shares, are no towns (Goodyear, Arizona; Hershey, Pennsylvania)."""
    assert not {"Goodyear", "Hershey", "Kellogg"} & {
        m.surface for m in geoparser.parse(text) if m.place}


@pytest.mark.parametrize(("text", "surface"), [
    ("Passengers were stranded at Rome's Leonardo da Vinci Fiumicino airport on Sunday.",
     "Fiumicino"),
    ("Officials from São João del Rei Minas Gerais said the dam held.", "Minas Gerais"),
])
def test_a_place_after_a_person_s_name_with_a_particle_stays(geoparser, text: str,
                                                              surface: str) -> None:
    """A second name between a particle and a surname ("Maria das Graças Lima") only where
    a person's name ends after it, and not inside a place's name ("São João del Rei")."""
    assert surface in {m.surface for m in geoparser.parse(text) if m.place}


def test_states_listed_with_a_territory_stay_states(geoparser) -> None:
    """"the states of Kano, Kaduna and Abuja": Abuja is no state, but Kano and Kaduna find
    their states in Abuja's own country, so they keep them (not the cities)."""
    kinds = {m.surface: m.place.kind for m in geoparser.parse(
        "Voters in the states of Kano, Kaduna and Abuja went to the polls.") if m.place}
    assert kinds["Kano"] == kinds["Kaduna"] == "admin1"


def test_a_first_window_with_no_cut_does_not_lock_the_session_out_of_one(
        tmp_path, app_store, geoparser) -> None:
    """The session's cut had been decided by the first window with places, None included:
    opening on London and Chicago's days, a later window of Fiji and Samoa opened the long
    way round."""
    from tests.conftest import window_summary
    from tests.test_audit17_dashboard import _run
    from tests.test_ui67 import world_store

    app_store(world_store(tmp_path, geoparser))
    at = _run("dashboard.py", window=["2024-03-04", "2024-03-05"])
    assert at.session_state["_map_cut"] is None
    at.select_slider(key="window").set_value(("2024-02-10", "2024-02-11")).run()
    assert window_summary(at).startswith("10 Feb 2024 – 11 Feb 2024")
    assert at.session_state["_map_cut"] is not None
