"""Unknown acronyms that name bodies: "The MIA also said ..." (part of the index)."""

from __future__ import annotations

from .cues import is_cue_at
from .tokens import Token

#: Words that may stand between a subject and its reporting verb ("The MIA also said").
_BETWEEN = frozenset(["also", "then", "later", "has", "had", "further", "previously"])


def unknown_acronym(tok: Token) -> bool:
    """An all-capital word of two to six letters, written as initials ("MIA", "IHR").

    >>> from .tokens import tokenize
    >>> [unknown_acronym(t) for t in tokenize("The MIA said A Ukraine", [0])]
    [False, True, False, False, False]
    """
    word = tok.base
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()


def acronym_body_subject(text: str, toks: list[Token], k: int) -> bool:
    """``The MIA also said the police had taken "necessary measures"``: an unknown acronym
    with "the" before it, the subject of a reporting verb, names a body (after "the", an
    unknown capitalised word is not otherwise read as a subject).

    >>> from .tokens import tokenize
    >>> toks = tokenize("The MIA also said it", [0])
    >>> acronym_body_subject("The MIA also said it", toks, 1)
    True
    >>> acronym_body_subject("In the MIA building", tokenize("In the MIA building", [0]), 2)
    False
    """
    if k < 1 or toks[k - 1].lower != "the" or not unknown_acronym(toks[k]) or toks[k].poss:
        return False
    j = k + 1
    while j < len(toks) and toks[j].lower in _BETWEEN:
        j += 1
    return j < len(toks) and toks[j].sent == toks[k].sent and is_cue_at(text, toks[j])
