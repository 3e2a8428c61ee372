"""Clauses that open a sentence but hold no subject: participle adjuncts.

"Speaking at the European Parliament on November 12, she began her speech by saying ...":
the clause before the comma is an adjunct; the subject of the sentence ("she") follows it.
"""

from __future__ import annotations

from .tokens import Token
from .vocabulary import DETERMINERS, PREPOSITIONS

#: Words after a fronted past participle that show it is an adjunct ("Asked whether ...").
_AFTER_PAST_PARTICIPLE = frozenset({"whether", "if", "why", "what", "how", "when", "about"})


def participle_adjunct(seg: list[Token], index) -> bool:
    """The words of a clause open with a participle that is not the start of a name:
    ``Speaking at the European Parliament``, ``Addressing the Council``, ``Asked whether
    ...``; such a clause is an adjunct, never the subject. ``index`` (the article's actor
    index) says where names start ("Beijing on Monday" opens with a name).

    >>> from types import SimpleNamespace as N
    >>> from .tokens import tokenize
    >>> nobody = N(mention_starting=lambda start: None)
    >>> participle_adjunct(tokenize("Speaking at the European Parliament", [0]), nobody)
    True
    >>> participle_adjunct(tokenize("Asked about the talks", [0]), nobody)
    True
    >>> participle_adjunct(tokenize("Beijing on Monday", [0]), N(mention_starting=bool))
    False
    >>> participle_adjunct(tokenize("Leading rights group Amnesty", [0]), nobody)
    False
    >>> participle_adjunct(tokenize("The ministry", [0]), nobody)
    False
    """
    if len(seg) < 2 or index.mention_starting(seg[0].start) is not None:
        return False
    low, nxt = seg[0].lower, seg[1].lower
    # "Speaking at", "Addressing the Council", "Responding to"; not "Leading rights NGO X"
    if len(low) > 5 and low.endswith("ing"):
        return nxt in PREPOSITIONS or nxt in DETERMINERS or nxt in ("to", "reporters")
    return (
        len(low) > 4
        and low.endswith("ed")
        and (nxt in _AFTER_PAST_PARTICIPLE or nxt in PREPOSITIONS or nxt == "by")
    )
