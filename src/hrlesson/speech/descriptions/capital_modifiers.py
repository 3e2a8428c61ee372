"""An unnamed person introduced with a capitalised modifier: "A Royal Mail worker has made an
impassioned appeal ... she explained". The capitalised words that no name reading took (a
body's or a place's name used as a modifier) stand between the article and the role noun of
somebody the article never names; they belong to the description, not to a name."""

from __future__ import annotations

from ..tokens import Token
from ..vocabulary import ANONYMOUS_ROLES

#: The most capitalised words a modifier of an unnamed role takes ("Royal Mail").
MAX_CAPITAL_MODIFIERS = 3


def capital_modifier_before_role(words: list[Token], k: int, mention_at) -> bool:
    """``words[k]`` is a capitalised word of a run of at most three that no mention starts
    (``mention_at(start)`` gives the mention starting there or None) and that runs straight
    into a lower-case role noun of an unnamed person.

    >>> from ..tokens import tokenize
    >>> words = tokenize("A Royal Mail worker has made an appeal", [0])
    >>> no_mention = lambda start: None
    >>> [capital_modifier_before_role(words, k, no_mention) for k in (1, 2, 3)]
    [True, True, False]
    >>> capital_modifier_before_role(tokenize("A Royal Mail statement", [0]), 1, no_mention)
    False
    """
    for n in range(k, min(len(words), k + MAX_CAPITAL_MODIFIERS + 1)):
        w = words[n]
        if w.text.islower():
            return w.lower in ANONYMOUS_ROLES and n > k
        if not (w.cap and w.text.isalpha() and len(w.text) > 1) or w.poss:
            return False  # an initial belongs to a name ("another X user" is the platform's)
        if mention_at(w.start) is not None:
            return False
    return False
