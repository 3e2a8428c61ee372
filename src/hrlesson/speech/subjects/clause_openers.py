"""A subject span that opens a subordinate clause ("when inspectors reported") or runs over
a verb of its own ("where union delegates will review their master contract demands") is no
noun phrase: its subject is after the opener, or there is none."""

from __future__ import annotations

from ..clause_words import RELATIVE_ADVERBS, SUBORDINATORS
from ..tokens import Token
from ..vocabulary import ADVERBS, AUXILIARIES, DETERMINERS, FINITE_VERBS, PREPOSITIONS

#: Words that open a clause with a subject of its own ("when", "where", "while"):
#: the relative adverbs and the subordinators.
CLAUSE_OPENERS = RELATIVE_ADVERBS | SUBORDINATORS

#: Verbs that carry a clause of their own before another verb ("will", "has", "are").
_CLAUSE_VERBS = AUXILIARIES | FINITE_VERBS


def after_clause_opener(words: list[Token]) -> list[Token]:
    """The words of a subject span after the word that opens its clause: ``On one occasion,
    when inspectors [reported]`` gives "inspectors"; none when the opened clause runs over a
    verb of its own (``where union delegates will review their master contract [demands]``:
    "demands" is a noun there); the words themselves when no opener starts them.

    >>> from ..tokens import tokenize
    >>> [w.text for w in after_clause_opener(tokenize("when inspectors", [0]))]
    ['inspectors']
    >>> after_clause_opener(tokenize("where delegates will review their contract", [0]))
    []
    >>> [w.text for w in after_clause_opener(tokenize("the union", [0]))]
    ['the', 'union']
    """
    if len(words) < 2 or words[0].lower not in CLAUSE_OPENERS:
        return words
    return [] if runs_over_verb(words[1:]) else words[1:]


def runs_over_verb(words: list[Token]) -> bool:
    """The words hold a verb of their own with its object after it (``union delegates will
    review their master contract``). An auxiliary at the end, or before adverbs or a prepositional
    phrase, belongs to the cue ("officials have repeatedly [said]", "the ministry has in a
    statement [said]").

    >>> from ..tokens import tokenize
    >>> runs_over_verb(tokenize("union delegates will review their master contract", [0]))
    True
    >>> runs_over_verb(tokenize("officials have repeatedly", [0]))
    False
    >>> runs_over_verb(tokenize("the ministry has in a statement", [0]))
    False
    """
    for i, w in enumerate(words[1:-1], 1):
        if w.lower not in _CLAUSE_VERBS or not w.text.islower():
            continue
        rest = [t for t in words[i + 1 :] if not _verb_company(t)]
        if rest and rest[0].text.islower() and rest[0].text.isalpha():
            return rest[0].lower not in PREPOSITIONS and rest[0].lower not in DETERMINERS
    return False


def _verb_company(t: Token) -> bool:
    """An auxiliary, "not" or an adverb, which may stand between an auxiliary and the cue."""
    low = t.lower
    return low in _CLAUSE_VERBS or low in ADVERBS or low == "not" or low.endswith("ly")
