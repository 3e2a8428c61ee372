"""Cue forms that head a noun phrase here: "A food and nutrition report due for release".

A bare cue form ("report", "claim", "appeal") after "a"/"an" and lower-case nouns is the
noun those words lead up to, not a verb: with a singular article before it, "report"
cannot be a present-tense verb ("A food and nutrition report ... has "concrete
indications" ..., Griffiths said": the quote is Griffiths's).
"""

from __future__ import annotations

from .tokens import Token
from .vocabulary import FINITE_VERBS, PREPOSITIONS, RELATIVE_PRONOUNS

#: At most this many lower-case words between the article and the cue form.
_MAX_WORDS = 3


def after_indefinite_nouns(tokens: list[Token], ti: int) -> bool:
    """``tokens[ti]`` ends a noun phrase opened by "a"/"an" with one to three lower-case
    words (nouns, or "and") between them and no verb or preposition among them, the
    article itself after no preposition (a phrase inside the subject, not the subject).

    >>> from .tokens import tokenize
    >>> toks = tokenize("A food and nutrition report due for release", [0])
    >>> after_indefinite_nouns(toks, 4)
    True
    >>> toks = tokenize("The ministry and its partners report that", [0])
    >>> after_indefinite_nouns(toks, 5)
    False
    >>> after_indefinite_nouns(tokenize("Villagers in a village report that", [0]), 4)
    False

    A relative pronoun opens a clause whose verb the cue form is: 'an indictment that
    claims he was "gathering secret information"'.

    >>> after_indefinite_nouns(tokenize("an indictment that claims he", [0]), 3)
    False
    """
    for n, k in enumerate(range(ti - 1, max(-1, ti - _MAX_WORDS - 2), -1)):
        t = tokens[k]
        if t.sent != tokens[ti].sent:
            return False
        if t.lower in ("a", "an"):  # (not "Villagers in a village report that")
            before = tokens[k - 1] if k > 0 and tokens[k - 1].sent == t.sent else None
            return n >= 1 and (before is None or before.lower not in PREPOSITIONS)
        if not (t.text.isalpha() and t.text.islower()):
            return False
        if t.lower in PREPOSITIONS or t.lower in FINITE_VERBS or t.lower in RELATIVE_PRONOUNS:
            return False
        if t.lower.endswith("ed"):
            return False
    return False
