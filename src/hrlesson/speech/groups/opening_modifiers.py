"""A sentence's capitalised first word before a lower-case plural group noun or title is that
group's modifier ("Federal prosecutors agreed", "Charity executives hit back"): the capital is
the sentence's, not a name's, and the group keeps the word as the text writes it."""

from __future__ import annotations

from ..tokens import Token
from ..vocabulary import (
    ADVERBS,
    CONJUNCTIONS,
    DETERMINERS,
    FINITE_VERBS,
    PREPOSITIONS,
    is_head_word,
)

#: What the first word of a sentence before a plural noun is when it is no modifier.
_NO_MODIFIER = PREPOSITIONS | DETERMINERS | FINITE_VERBS | CONJUNCTIONS | ADVERBS


def opening_modifier(words: list[Token], k: int, run: list[Token], sentence_start: int) -> bool:
    """``words[k]`` opens its sentence, written with a capital only, right before a
    lower-case plural that heads a group (a group noun or a title in the plural): it
    modifies that group, which keeps it.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("Federal prosecutors agreed", [0])
    >>> opening_modifier(toks, 0, [], 0), opening_modifier(toks, 1, [], 0)
    (True, False)
    >>> toks = tokenize("Other demonstrators unfurled placards", [0])
    >>> opening_modifier(toks, 0, [], 0)
    True
    >>> toks = tokenize("But officials said", [0])
    >>> opening_modifier(toks, 0, [], 0)
    False
    """
    if run or k + 1 >= len(words):
        return False
    t, nxt = words[k], words[k + 1]
    head = nxt.lower
    return (
        t.start == sentence_start
        and t.cap
        and t.text[1:].islower()
        and not t.poss
        and t.lower not in _NO_MODIFIER
        and nxt.text.islower()
        and nxt.start == t.end + 1
        and head.endswith("s")
        and not head.endswith("ss")
        and is_head_word(head)
    )
