"""A title written after a name ends no name: "Zarah Sultana MP said" names Zarah Sultana."""

from __future__ import annotations

from ...wordlists import word_set
from ..tokens import Token

#: Titles written after a name: data/words/post_nominal_titles.txt.
POST_NOMINAL_TITLES = word_set("post_nominal_titles")


def post_nominal_end(toks: list[Token], a: int, b: int) -> int:
    """Where the name ends in the capitalised run ``toks[a:b]``: before a post-nominal
    title after two or more words, else at ``b``. The title is written in capitals ("MP",
    "S.J.": a religious order's letters) or is an abbreviation closed by its full stop
    ("Major Gen. Douglas O. Dollar Ret. was": retired).

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Zarah Sultana MP said", [0])
    >>> post_nominal_end(toks, 0, 3)
    2
    >>> post_nominal_end(toks, 1, 3)  # one word before the title: no name to read
    3
    >>> post_nominal_end(tokenize("Lynne Neagle MS said", [0]), 0, 3)  # Senedd member
    2
    >>> post_nominal_end(tokenize("Jane Smith Ms said", [0]), 0, 3)  # "Ms": no post-nominal
    3
    >>> toks = tokenize("Fr. Federico Lombardi S.J., who adds", [0])
    >>> toks[post_nominal_end(toks, 2, 5) - 1].text
    'Lombardi'
    >>> toks = tokenize("Gen. Douglas O. Dollar Ret. was", [0])
    >>> toks[post_nominal_end(toks, 2, 7) - 1].text
    'Dollar'
    """
    last = toks[b - 1]
    abbreviated = b < len(toks) and toks[b].text == "."  # "Ret."
    if b - a < 3 or not (last.text.isupper() or abbreviated):
        return b
    if last.lower not in POST_NOMINAL_TITLES:
        return b
    return b if toks[b - 2].poss else b - 1


def without_post_nominal(words: list[Token], mentions: list) -> list[Token]:
    """The words of a subject phrase without the post-nominal title that closes it right
    after a mention's name ("Sinn Féin housing spokesman Eoin Ó Broin TD said",
    homelessness_obroin_sinn_fein_countysligo): the phrase ends in the name, so the title
    run into it names the person, not the body before it.

    >>> from ..tokens import tokenize
    >>> w = tokenize("housing spokesman Eoin Ó Broin TD", [0])
    >>> class M:
    ...     end = w[-2].end
    >>> [t.text for t in without_post_nominal(w, [M()])][-1]
    'Broin'
    >>> len(without_post_nominal(tokenize("the MP", [0]), [M()]))
    2
    """
    if (
        len(words) >= 2
        and words[-1].text.isupper()
        and words[-1].lower in POST_NOMINAL_TITLES
        and any(m.end == words[-2].end for m in mentions)
    ):
        return words[:-1]
    return words
