"""An unknown one-word name that speaks once names its actor wherever it stands: "Oxfam has
taken aim at tax havens" before "Oxfam said"; so does one a "he"/"she" goes on with (part of
the index)."""

from __future__ import annotations

from ..tokens import Token
from ..vocabulary import DEMONYMS
from .pronoun_antecedents import subject_before_pronoun


def bracketed_acronym(toks: list[Token], k: int) -> bool:
    """``toks[k]`` stands inside brackets right after their opening, as in "European Union
    Election Observation mission (EU EOM)": the acronym of the name before it, which the
    acronym rules join to that name; it is no mention of its own.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("the observation mission (EU EOM) said", [0])
    >>> bracketed_acronym(toks, 5), bracketed_acronym(toks, 1)
    (True, False)
    """
    for j in (k - 1, k - 2):
        if j >= 0 and toks[j].sent == toks[k].sent and toks[j].text == "(":
            return True
    return False


def speaking_words(toks: list[Token], pending: list[int], speaks) -> set[str]:
    """The words of ``pending`` (indexes of unknown one-word names) that ``speaks(k)`` at
    one of their places at least, or that a "he"/"she" opening the next sentence goes on
    with ("Trump reportedly shied away ... He justified the move": subject_before_pronoun):
    each names an actor at its other places too; not a people's plural ("Bolivians say
    ..."), which describes whoever speaks.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Oxfam has taken aim. Oxfam said so. Bolivians say no.", [0])
    >>> sorted(speaking_words(toks, [0, 5, 9], lambda k: k in (5, 9)))
    ['Oxfam']
    """
    written = {t.text for t in toks}  # built once, not once a word
    return {
        toks[k].base
        for k in pending
        if toks[k].lower.removesuffix("s") not in DEMONYMS
        and (speaks(k) or subject_before_pronoun(toks, k, written))
    }
