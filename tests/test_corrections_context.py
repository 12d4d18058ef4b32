"""A correction is a fact the rest of the article is read with: its neighbours follow it,
and a mention the text places elsewhere itself keeps its own place (an audit: correcting
"Cambridge" to England had left Oxford, Bristol, Norfolk and Berlin in New England and moved
"Cambridge, Massachusetts" to England)."""

from placeline.geoparse import Correction

STORY = (
    "Cambridge researchers unveil battery breakthrough\n"
    "Scientists at the University of Cambridge said on Monday that a new sodium battery "
    "design could halve the cost of storing wind power.\n"
    "The team, working with partners in Oxford and at a start-up in Bristol, tested the cells "
    "at a wind farm off the coast of Norfolk last summer.\n"
    "A rival group in Cambridge, Massachusetts, at the Massachusetts Institute of Technology, "
    "published similar results in January.\n"
    "The researchers will present the work at a conference in Berlin next month.\n")


def _cambridge_in_england(gazetteer):
    return next(p for p in gazetteer.search("Cambridge")
                if p.country == "GB" and p.kind == "city")


def test_neighbours_follow_a_corrected_name(geoparser):
    england = _cambridge_in_england(geoparser.gazetteer)
    before = {m.surface: m.place.country for m in geoparser.parse(STORY)}
    assert before["Oxford"] == "US"  # the story's own Massachusetts pulls them there
    here = geoparser.with_corrections([Correction("Cambridge", england, "this-article")])
    mentions = here.parse(STORY, article_hint="this-article")
    countries = {m.surface: m.place.country for m in mentions if m.place}
    assert countries["Oxford"] == "GB" and countries["Bristol"] == "GB"
    assert countries["Berlin"] == "DE"


def test_a_correction_made_everywhere_leaves_other_stories_names_alone(geoparser):
    """Made everywhere, a correction replaces its own name in every story but is no fact
    their other names are read with: "Cambridge and Boston … the Red Sox" keeps Boston,
    Massachusetts (it had moved to Lincolnshire — a review)."""
    england = _cambridge_in_england(geoparser.gazetteer)
    text = "Police in Cambridge and Boston arrested three men after the Red Sox game."
    mentions = geoparser.with_corrections([Correction("Cambridge", england)]).parse(text)
    places = {m.surface: m.place for m in mentions}
    assert places["Cambridge"].id == england.id
    assert (places["Boston"].country, places["Boston"].admin1) == ("US", "MA")


def test_a_qualifier_that_towns_share_still_keeps_its_mention(geoparser):
    """"Cambridge, Ontario": Ontario is also a town's name (California's), yet the province
    places the mention, which keeps its own Cambridge (it had become the province's point)."""
    england = _cambridge_in_england(geoparser.gazetteer)
    text = "The plant in Cambridge, Ontario, will close next year, the company said."
    for hint in ("", "this-article"):
        corrected = geoparser.with_corrections([Correction("Cambridge", england, hint)])
        cambridge = next(m.place for m in corrected.parse(text, article_hint="this-article")
                         if m.surface == "Cambridge")
        assert (cambridge.kind, cambridge.country) == ("city", "CA"), hint


def test_a_mention_the_text_places_itself_keeps_its_place(geoparser):
    """Made for this article; made everywhere, the story that places one of its Cambridges
    in Massachusetts keeps all of them (one sense per article: tests/test_ui65.py)."""
    england = _cambridge_in_england(geoparser.gazetteer)
    for hint in ("this-article",):
        corrected = geoparser.with_corrections([Correction("Cambridge", england, hint)])
        mentions = corrected.parse(STORY, article_hint="this-article")
        cambridges = [(STORY[m.end:m.end + 15], m.place.id) for m in mentions
                      if m.surface == "Cambridge"]
        assert [pid for after, pid in cambridges if not after.startswith(", Mass")] == \
            [england.id, england.id]
        qualified = next(pid for after, pid in cambridges if after.startswith(", Mass"))
        assert qualified != england.id  # "Cambridge, Massachusetts" stays in Massachusetts


def test_a_correction_agreeing_with_the_qualifier_still_applies(geoparser):
    """"Paris, France" with "Paris" corrected to France's capital: the qualifier holds the
    corrected place, so the correction stands there too."""
    paris = next(p for p in geoparser.gazetteer.search("Paris") if p.country == "FR")
    text = "Talks in Paris, France, and later in Paris ended."
    mentions = geoparser.with_corrections([Correction("Paris", paris)]).parse(text)
    assert {m.place.id for m in mentions if m.surface == "Paris"} == {paris.id}


def test_a_correction_to_an_unlikely_place_is_never_filtered_out(geoparser):
    """A user's own place far from the story's others (a Cambridge in New Zealand, in an
    English story) is a reading no filter of stray namesakes may drop: it is the user's word
    (read before resolving, it had vanished with the stray readings)."""
    from placeline.models import Place

    theirs = Place(id="user:cambridge:-37.8833,175.4700", name="Cambridge", lat=-37.8833,
                   lon=175.47, kind="city", country="NZ", admin1="")
    text = "Scientists in Cambridge and Oxford met partners from Bristol."
    mentions = geoparser.with_corrections([Correction("Cambridge", theirs)]).parse(text)
    assert [m.place.id for m in mentions if m.surface == "Cambridge"] == [theirs.id]


def test_a_qualified_name_corrected_to_a_region_or_pin_inside_its_qualifier_moves(geoparser):
    """"Long Island, New York" corrected to the Long Island region, or "Cambridge,
    Massachusetts" to a typed pin: the qualifier may hold them, so the correction applies (an
    island, a region or a pin of unknown country had counted as outside it — a review)."""
    from placeline.models import Place

    text = "Storms hit Long Island, New York, on Monday."
    region = Place(id="user:long-island", name="Long Island", lat=40.8, lon=-73.3,
                   kind="region", country="US", admin1="NY")
    pin = Place(id="user:somewhere", name="Long Island", lat=40.8, lon=-73.3, kind="city")
    for place in (region, pin):
        for hint in ("", "this-article"):
            corrected = geoparser.with_corrections([Correction("Long Island", place, hint)])
            found = next(m.place for m in corrected.parse(text, article_hint="this-article")
                         if m.surface == "Long Island")
            assert found.id == place.id, (place.id, hint)
