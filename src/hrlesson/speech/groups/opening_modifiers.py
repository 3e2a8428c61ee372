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
    t = words[k]
    return (
        t.start == sentence_start
        and t.cap
        and t.text[1:].islower()
        and not t.poss
        and t.lower not in _NO_MODIFIER
        and (_plural_head(t, words[k + 1]) or _compound_before_head(words, k))
    )


def _plural_head(before: Token, nxt: Token) -> bool:
    """``nxt`` is a lower-case plural that heads a group, written right after ``before``."""
    head = nxt.lower
    return (
        nxt.text.islower()
        and nxt.start == before.end + 1
        and head.endswith("s")
        and not head.endswith("ss")
        and is_head_word(head)
    )


def _compound_before_head(words: list[Token], k: int) -> bool:
    """``Nursing home workers warn Congress``: one lower-case noun between the sentence's
    first word and the plural group head makes a compound the first word opens.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("Nursing home workers warn Congress", [0])
    >>> _compound_before_head(toks, 0)
    True
    >>> toks = tokenize("Later that officials said", [0])
    >>> _compound_before_head(toks, 0)
    False
    """
    if k + 2 >= len(words):
        return False
    mid = words[k + 1]
    return (
        mid.text.isalpha()
        and mid.text.islower()
        and mid.start == words[k].end + 1
        and mid.lower not in _NO_MODIFIER
        and not mid.lower.endswith(("ly", "s"))
        and _plural_head(mid, words[k + 2])
    )
