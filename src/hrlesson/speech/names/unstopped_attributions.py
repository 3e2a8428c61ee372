"""A quotation's attribution left without its full stop at a paragraph's end ('"This is a
very bad time to raise the fare," said Kazi Faruk, 22') is read as a subheading by the
segmenter; the name after its reporting verb is a person all the same."""

from __future__ import annotations

from ..cues import CUE_FORMS
from ..reported_clause import CLOSING_MARKS
from ..tokens import Token


def attribution_after_quote(toks: list[Token], a: int) -> bool:
    """The name run at ``a`` follows a lower-case reporting verb right after a quotation
    closed by a comma: '"Q," said Kazi Faruk, 22' (a line with no stop, not a headline).

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize('"This is bad," said Kazi Faruk, 22', [0])
    >>> attribution_after_quote(toks, 7)
    True
    >>> attribution_after_quote(tokenize("Trump Says Kazi Faruk", [0]), 2)
    False
    """
    if a < 3:
        return False
    verb, mark, comma = toks[a - 1], toks[a - 2], toks[a - 3]
    return (
        verb.text.islower()
        and verb.lower in CUE_FORMS
        and mark.text in CLOSING_MARKS
        and comma.text == ","
        and verb.sent == toks[a].sent
    )
