"""Speed 51: work taken out of geoparsing's hot paths, every prediction unchanged. Each
test pins what the faster code must still give, or counts the work it does; none times it."""

from placeline.name_tokens import tokenize


def _tokens(text: str) -> list[tuple[str, bool]]:
    return [(t.text, t.cap) for t in tokenize(text)]


def test_the_tokeniser_still_reads_the_forms_it_gates_by_their_first_letter() -> None:
    """The forms that open with a capital (initials, "AT&T", "K2") are tried only before a
    capital, and a word's letters are read ASCII first: the same tokens as before."""
    assert _tokens("U.S. Army near AT&T in Barrow-in-Furness") == [
        ("U.S.", True), ("Army", True), ("near", False), ("AT&T", True), ("in", False),
        ("Barrow", True), ("in", False), ("Furness", True)]
    assert _tokens("the K2 and A46 Newark bypass") == [
        ("the", False), ("K2", True), ("and", False), ("A46", False), ("Newark", True)]
    assert _tokens("eThekwini, Côte d'Ivoire and l’Aquila’s mayor") == [
        ("eThekwini", True), ("Côte", True), ("d'Ivoire", True), ("and", False),
        ("l’Aquila", True)]
    assert _tokens("Rue de la Paix in Republic of the Congo") == [
        ("Rue", True), ("de", False), ("la", False), ("Paix", True), ("in", False),
        ("Republic", True), ("of", False), ("the", False), ("Congo", True)]


def test_a_lower_case_word_is_a_token_only_before_a_capital_or_between_connectors() -> None:
    """A word read ASCII first is still read whole where its later letters are not ASCII
    ("façade" before a capital), and skipped where no capital follows it."""
    assert _tokens("the façade Québec") == [("façade", False), ("Québec", True)]
    assert _tokens("a quiet façade, then rain") == []
