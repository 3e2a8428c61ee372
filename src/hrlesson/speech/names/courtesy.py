"""A word no list knows after a courtesy title is a person's surname ("Mr Morrison did not
name the state"), even where no reporting verb follows it; and a name whose last word stands
after a courtesy title elsewhere is that person's full name ("Suella Braverman" ... "Ms
Braverman")."""

from __future__ import annotations

from ..tokens import Token
from ..vocabulary import COURTESY_TITLES, STOP_WORDS


def after_courtesy_title(toks: list[Token], k: int) -> bool:
    """The capitalised word at ``toks[k]`` follows a courtesy title ("Mr", "Ms.", "Dr") in
    its sentence: ``Asked whether ..., Mr Morrison did not name the foreign state. "Q," he
    said``: Morrison is a person (the antecedent of "he") though no verb of speech follows.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Then Mr Morrison left. Ms. Lee stayed.", [0, 23])
    >>> [t.text for k, t in enumerate(toks) if after_courtesy_title(toks, k)]
    ['Morrison', 'Lee']
    """
    tok = toks[k]
    if not tok.text[:1].isupper():
        return False
    j = k - 1
    if j >= 1 and toks[j].text == "." and toks[j].sent == tok.sent:
        j -= 1  # "Ms. Lee"
    return (
        j >= 0
        and toks[j].sent == tok.sent
        and (toks[j].lower in COURTESY_TITLES or judicial_style(toks, j))
    )


def common_word_surname(toks: list[Token], k: int) -> bool:
    """A word that is also a month or a common word ("May", "Will", "Long") is a surname
    right after a courtesy title: ``Ms May said it was "now up to the 27 leaders"``, ``Mrs.
    May revealed``: the person (Theresa May, named before), not the modal verb or the month.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Ms May said so. In May it rained.", [0, 16])
    >>> [t.text for k, t in enumerate(toks) if common_word_surname(toks, k)]
    ['May']
    """
    low = toks[k].lower
    return low in STOP_WORDS and low not in COURTESY_TITLES and after_courtesy_title(toks, k)


def judicial_style(toks: list[Token], j: int) -> bool:
    """``toks[j]`` is "Justice" in a judge's style, after "Lord", "Lady", "Mr" or "Mrs":
    ``Lord Justice Leveson held that ...``, ``Mrs Justice Cockerill ruled``: the next word
    is the judge's surname (but "the Justice Department": no style before it).

    >>> from ..tokens import tokenize
    >>> toks = tokenize("In fact Lord Justice Leveson held it", [0])
    >>> judicial_style(toks, 3), judicial_style(tokenize("the Justice Department", [0]), 1)
    (True, False)
    """
    return (
        j >= 1
        and toks[j].lower == "justice"
        and toks[j - 1].lower in _JUDICIAL_STYLES
        and toks[j - 1].sent == toks[j].sent
    )


#: What stands before "Justice" in a judge's style ("Lord Justice", "Mrs Justice").
_JUDICIAL_STYLES = frozenset({"lord", "lady", "mr", "mrs", "ms"})


def surname_styled_elsewhere(toks: list[Token], a: int, b: int) -> bool:
    """The last word of the two-word name run ``a:b`` stands elsewhere in the text right
    after a courtesy title, so the run is that person's given name and surname though
    nothing around it says so: "It comes after days of turmoil in the Home Office, which culminated
    in the sacking of Suella Braverman on Monday. ... Ms Braverman responded to losing her
    job" (rwanda_ruling_braverman_letter_metro): Suella Braverman, not a stray "Braverman".

    >>> from ..tokens import tokenize
    >>> s = "It ended in the sacking of Suella Braverman. Ms Braverman responded."
    >>> toks = tokenize(s, [0, 45])
    >>> surname_styled_elsewhere(toks, 6, 8)
    True
    >>> s = "It ended in the sacking of Suella Braverman. Braverman Street is long."
    >>> surname_styled_elsewhere(tokenize(s, [0, 45]), 6, 8)
    False
    >>> s = "co-owner of FoodXervices Nicholas Ng knows it. Mr Ng told us."
    >>> surname_styled_elsewhere(tokenize(s, [0, 48]), 2, 5)
    False
    """
    if b - a != 2:
        return False  # "co-owner of FoodXervices Nicholas Ng": a body's name may open a longer run
    last = toks[b - 1]
    if not last.base.isalpha() or last.lower in STOP_WORDS:
        return False
    return any(
        toks[k].base == last.base and after_courtesy_title(toks, k)
        for k in range(len(toks))
        if not a <= k < b
    )
