"""A subject pronoun right before a verb is that verb's subject, even inside another
clause's object: ``He urged the AU to focus on issues he said "have not been addressed"``,
``accused Monusco of aligning with what he described as "genocidal groups"``."""

from __future__ import annotations

from ..tokens import Token
from ..vocabulary import ADVERBS, AUXILIARIES, NOMINATIVE_PRONOUNS, PREPOSITIONS


def pronoun_before_verb(words: list[Token]) -> Token | None:
    """The subject pronoun that ends ``words`` (the words before a verb), past adverbs and
    auxiliaries ("he had also said"); None when a comma-free pronoun is not there or when
    "and"/"or" joins it to a noun before ("the minister and he said": both speak).

    >>> from ..tokens import tokenize
    >>> text = "issues he had said"
    >>> pronoun_before_verb(tokenize(text, [0])[:3]).text
    'he'
    >>> pronoun_before_verb(tokenize("told him", [0])[:1]) is None
    True
    """
    k = len(words) - 1
    while k >= 0 and (words[k].lower in ADVERBS or words[k].lower in AUXILIARIES):
        k -= 1
    if k < 1 or words[k].lower not in NOMINATIVE_PRONOUNS or not words[k].text.islower():
        return None
    if words[k - 1].lower in ("and", "or", "nor") and not _joins_clauses(words[: k - 1]):
        return None
    return words[k]


def _joins_clauses(before: list[Token]) -> bool:
    """Whether the words before "and he" end a clause (an object with a prepositional or
    infinitive phrase), so that "and he" opens a clause of its own: ``promised police action
    to bring the bombers to justice and he repeated`` (he speaks), unlike ``the minister
    and he said`` (a joint subject of a few words).

    >>> from ..tokens import tokenize
    >>> _joins_clauses(tokenize("police action to bring them to justice", [0]))
    True
    >>> _joins_clauses(tokenize("the minister", [0]))
    False
    """
    return len(before) >= 4 and any(
        w.lower in PREPOSITIONS or w.lower == "to" for w in before[1:] if w.text.islower()
    )
