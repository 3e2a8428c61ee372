"""A title written after a name ends no name: "Zarah Sultana MP said" names Zarah Sultana."""

from __future__ import annotations

from ...wordlists import word_set
from ..tokens import Token
from ..vocabulary import FIRST_NAMES

#: Titles written after a name: data/words/post_nominal_titles.txt.
POST_NOMINAL_TITLES = word_set("post_nominal_titles")

#: A judge's style after the surname: data/words/judicial_post_nominals.txt.
JUDICIAL_POST_NOMINALS = word_set("judicial_post_nominals")


def judicial_style_end(toks: list[Token], a: int, b: int) -> int | None:
    """``Garnham J, sitting with Master Davison, said``: a surname and a judge's style
    written after it, as law reports do ("J": Mr Justice, "LJ": Lord Justice), is the judge
    named by the surname alone, so that "Mr Justice Garnham" elsewhere is the same person.
    The style closes a run of two, in capitals with no full stop after it (not an initial:
    "Antony J. Blinken", "Robert J Aaronson"), after a word no list holds as a given name.
    Returns where the name ends, or None.

    >>> from ..tokens import tokenize
    >>> judicial_style_end(tokenize("Garnham J, sitting with", [0]), 0, 2)
    1
    >>> judicial_style_end(tokenize("Fulford LJ said", [0]), 0, 2)
    1
    >>> judicial_style_end(tokenize("Robert J. Smith", [0]), 0, 2) is None
    True
    """
    if b - a != 2 or toks[a].lower in FIRST_NAMES or not toks[a].cap:
        return None
    style = toks[b - 1]
    if not style.text.isupper() or style.lower not in JUDICIAL_POST_NOMINALS:
        return None
    if b < len(toks) and toks[b].text == "." and toks[b].start == style.end:
        return None
    return b - 1


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
    >>> post_nominal_end(tokenize("Garnham J said", [0]), 0, 2)  # a judge's style
    1
    >>> toks = tokenize("Gen. Douglas O. Dollar Ret. was", [0])
    >>> toks[post_nominal_end(toks, 2, 7) - 1].text
    'Dollar'
    """
    judicial = judicial_style_end(toks, a, b)
    if judicial is not None:
        return judicial
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
