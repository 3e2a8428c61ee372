"""A name that modifies a noun is no speaker: "Lugovoi refusal is 'unacceptable'".

A headline drops articles and possessive marks: "Lugovoi refusal is 'unacceptable'" is "the
refusal of Lugovoi is unacceptable". The name before the quotation is not the clause's
subject: a lower-case noun heads it, and the quoted word judges that noun (someone else's
word about the named one). :func:`modifies_noun` tells such a name from a subject.
"""

from __future__ import annotations

import re

from ..vocabulary import ADVERBS, PRONOUNS

#: A name's possessive mark, one lower-case word, a form of "be" (up to the quotation).
_NOUN_THEN_BE = re.compile(r"^(?:['’]s)?\s+([a-z][a-z-]+)\s+(?:is|are|was|were)\s*$")

#: Words between a subject and "is" that are no head noun.
_NOT_HEADS = ADVERBS | frozenset(PRONOUNS) | frozenset(["himself", "herself", "itself", "too"])


def modifies_noun(between: str) -> bool:
    """``between`` (the text from a name to a quotation) is a lower-case noun and "is": the
    name modifies that noun, which is the clause's subject.

    >>> modifies_noun(" refusal is ")
    True
    >>> modifies_noun("'s decision was ")
    True
    >>> modifies_noun(" also is ")
    False
    >>> modifies_noun(" clearly is ")
    False
    """
    m = _NOUN_THEN_BE.match(between)
    if m is None:
        return False
    word = m.group(1)
    return not word.endswith("ly") and word not in _NOT_HEADS
