"""Manner adverbs no list knows between a subject and its reporting verb.

"He also explicitly stated that ...", "Hina Virokonen ... was less ambiguous, and explicitly
accused Russia": an "-ly" adverb right before the verb stands between the verb and what
shows its subject (a pronoun, an "and" that joins a second verb), as the listed adverbs
("also", "later") do; data/words/adverbs.txt cannot list them all.
"""

from __future__ import annotations

from ...wordlists import word_set
from ..tokens import Token
from ..vocabulary import ADVERBS

#: "-ly" words that are nouns or adjectives, not adverbs (data/words/ly_nouns.txt).
LY_NOUNS = word_set("ly_nouns")


def manner_adverb(word: Token) -> bool:
    """A lower-case word of seven letters or more ending in "-ly" that is no noun
    ("explicitly", "subsequently"), or a listed adverb.

    >>> from ..tokens import tokenize
    >>> [manner_adverb(t) for t in tokenize("explicitly family assembly also Italy", [0])]
    [True, False, False, True, False]
    """
    if word.lower in ADVERBS:
        return True
    return (
        word.text.islower()
        and len(word.text) >= 7
        and word.lower.endswith("ly")
        and word.lower not in LY_NOUNS
    )


def without_trailing_adverbs(words: list[Token]) -> list[Token]:
    """``words`` without the adverbs that end them, the verb's own ("He also explicitly"
    → "He"); those inside stay.

    >>> from ..tokens import tokenize
    >>> [t.text for t in without_trailing_adverbs(tokenize("and explicitly", [0]))]
    ['and']
    >>> [t.text for t in without_trailing_adverbs(tokenize("the family", [0]))]
    ['the', 'family']
    """
    k = len(words)
    while k and manner_adverb(words[k - 1]):
        k -= 1
    return words[:k]
