"""A subject pronoun right before a verb is that verb's subject, even inside another
clause's object: ``He urged the AU to focus on issues he said "have not been addressed"``,
``accused Monusco of aligning with what he described as "genocidal groups"``."""

from __future__ import annotations

from .tokens import Token
from .vocabulary import ADVERBS, AUXILIARIES

#: Pronouns that can only be subjects ("him", "it" and "you" can be objects).
_SUBJECT_PRONOUNS = frozenset(["he", "she", "they", "we", "i"])


def pronoun_before_verb(words: list[Token]) -> Token | None:
    """The subject pronoun that ends ``words`` (the words before a verb), past adverbs and
    auxiliaries ("he had also said"); None when a comma-free pronoun is not there or when
    "and"/"or" joins it to a noun before ("the minister and he said": both speak).

    >>> from .tokens import tokenize
    >>> text = "issues he had said"
    >>> pronoun_before_verb(tokenize(text, [0])[:3]).text
    'he'
    >>> pronoun_before_verb(tokenize("told him", [0])[:1]) is None
    True
    """
    k = len(words) - 1
    while k >= 0 and (words[k].lower in ADVERBS or words[k].lower in AUXILIARIES):
        k -= 1
    if k < 1 or words[k].lower not in _SUBJECT_PRONOUNS or not words[k].text.islower():
        return None
    if words[k - 1].lower in ("and", "or", "nor"):
        return None
    return words[k]
