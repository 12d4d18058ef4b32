"""Review 26's findings in recognition and guesses, with texts of our own."""


from placeline.geoparse import Geoparser
from tests.test_audit19_dates import _seconds


def _where(geoparser: Geoparser, text: str, surface: str) -> list[str]:
    return [m.place.name for m in geoparser.parse(text) if m.surface == surface and m.place]


def test_a_street_goes_to_its_sentence_s_town_past_an_abbreviation(geoparser) -> None:
    text = ("Norwich councillors approved a new bus station on Tuesday, and Norwich traders "
            "welcomed it. In Exeter, Mr. Smith said the council will close Fore Street to "
            "cars next month.")
    assert _where(geoparser, text, "Fore Street") == ["Exeter"]


def _streets(repeats: int) -> str:
    towns = ["Dover", "Bath", "Oxford", "Lincoln", "Warwick", "Durham", "Chester", "Preston"]
    return " ".join(["Councillors in Norwich approved a new bus station on Tuesday."] + [
        f"Crews in the town closed {towns[k % len(towns)]} Street to cars for the {k}th time."
        for k in range(repeats)])


def test_a_story_of_many_streets_is_geoparsed_in_near_linear_time(geoparser) -> None:
    """Each street's sentence was found by scanning the text from its start: 4,000 streets
    took 4.6 s against 0.35 s."""
    small, large = _streets(250), _streets(2000)
    geoparser.parse(small)  # warm caches
    ratio = _seconds(geoparser.parse, large) / _seconds(geoparser.parse, small)
    assert ratio < 16, ratio  # 8 when linear, 64 when quadratic


def test_a_town_of_a_country_named_by_a_two_word_adjective_is_kept(geoparser) -> None:
    text = ("The Sri Lankan company, founded in Horana, will build a plant near Chesterfield, "
            "Virginia, and hire 300 people in Richmond, Virginia.")
    assert [m.place.country for m in geoparser.parse(text)
            if m.surface == "Horana" and m.place] == ["LK"]
