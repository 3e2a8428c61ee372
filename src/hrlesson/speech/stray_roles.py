"""The words after a name and its comma that open another clause are no role for the name:
words after a quotation mark that closes the quote the name ends (``... the entire former
Roman Empire," the spokesman said``) or after a relative phrase (``in the Palau de la
Generalitat, at which the spokesperson affirmed``) describe the next clause's subject;
read as the name's role, they made a place the holder of "the spokesman"."""

from __future__ import annotations

import re

from .tokens import Token

#: A phrase that opens with a quotation mark, or with a relative word after an optional
#: preposition ("which", "at which", "in whom"): the words of another clause.
_OTHER_CLAUSE = re.compile(
    r"[\"“”„«»‘’‚‹›']|(?:(?:at|in|on|by|for|from|with|during|after|to)\s+)?(?:which|whom|who)\b",
    re.IGNORECASE,
)


def opens_other_clause(words: list[Token]) -> bool:
    """``words`` (after a name and its comma) open another clause: a quotation mark or a
    relative phrase, so they are no appositive role of the name.

    >>> from hrlesson.speech.tokens import tokenize
    >>> opens_other_clause(tokenize('" the spokesman said', [0]))
    True
    >>> opens_other_clause(tokenize("at which the spokesperson affirmed", [0]))
    True
    >>> opens_other_clause(tokenize("spokesperson for the Catalan government", [0]))
    False
    """
    phrase = " ".join(w.text for w in words[:3])
    return _OTHER_CLAUSE.match(phrase) is not None
