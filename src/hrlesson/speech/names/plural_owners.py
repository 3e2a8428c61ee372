"""A plural's possessive inside a body's name: "Workers’ Party", "Renters’ Reform
Coalition" are one name, not an owner before another body."""

from __future__ import annotations

from ..tokens import Token
from ..vocabulary import COUNTRIES, ORGANISATION_WORDS

#: Irregular plurals that may own a body inside its name ("Fishermen’s", "People's").
_IRREGULAR_PLURAL_ENDS = ("men", "people", "children")


def plural_owner_in_name(toks: list[Token], j: int) -> bool:
    """``National Federation of Fishermen’s Organisations``, ``Workers’ Party``: a plural
    common noun's possessive followed by an organisation word is inside one name, not
    an owner before another (as "China's" is before "Foreign Ministry"); a country's
    plural ("Philippines’") stays an owner.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("the National Federation of Fishermen’s Organisations said", [0])
    >>> plural_owner_in_name(toks, 5)
    True
    >>> toks = tokenize("the Philippines’ Coast Guard said", [0])
    >>> plural_owner_in_name(toks, 2)
    False
    """
    if not 0 < j < len(toks):
        return False
    owner, nxt = toks[j - 1], toks[j]
    plural = owner.text[-1] in "'’" or owner.lower.endswith(_IRREGULAR_PLURAL_ENDS)
    return (
        owner.poss
        and owner.cap
        and plural
        and owner.lower not in COUNTRIES
        and nxt.cap
        and (_organisation_word(nxt) or _organisation_word_next(toks, j))
        and nxt.start - owner.end == 1
    )


def _organisation_word(tok: Token) -> bool:
    """``tok`` is an organisation word, singular or plural ("Union", "Organisations")."""
    return tok.lower in ORGANISATION_WORDS or tok.lower.removesuffix("s") in ORGANISATION_WORDS


def _organisation_word_next(toks: list[Token], j: int) -> bool:
    """``Renters’ Reform Coalition``: one capitalised word, then an organisation word,
    follows the plural owner: the owner is inside the body's name all the same.

    >>> from hrlesson.speech.tokens import tokenize
    >>> _organisation_word_next(tokenize("the Renters’ Reform Coalition said", [0]), 2)
    True
    """
    return (
        j + 1 < len(toks)
        and toks[j + 1].cap
        and toks[j + 1].start - toks[j].end == 1
        and _organisation_word(toks[j + 1])
    )
