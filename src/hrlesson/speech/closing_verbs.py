"""A verb that reports only with no object ("continued", "reminded") is a cue in the frame
that closes a quotation: ``"Q," continued Evans.``, ``"Q," Minister X reminded.``."""

from __future__ import annotations

from .tokens import Token
from .vocabulary import PERSONAL_SUBJECTS

#: Closing quotation marks.
CLOSING_MARKS = frozenset("\"”’'»")

#: What may close the quotation's own words right before its mark.
CLOSING_PUNCT = frozenset({",", "?", "!"})


def closes_quotation(tokens: list[Token], ti: int, nxt_lower: str) -> bool:
    """The verb at token ``ti`` is the reporting verb of a frame that closes a quotation:
    right after the quotation's comma and mark (``"Q," continued Lazaro Cabrera.``), or
    after a subject of capitalised words or a pronoun alone (``"Q," Donald Trump trumpeted
    Thursday``, ``"Q," he assessed.``). Not with "to" next ("Q," she continued to say): the
    verb's other sense.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize('"This is it," continued Evans. "Q," Mr Lee continued to work.', [0])
    >>> closes_quotation(toks, 6, "evans")
    True
    >>> i = [t.text for t in toks].index("continued", 7)
    >>> closes_quotation(toks, i, "to")
    False
    """
    if nxt_lower in ("to", "with", "as", "for"):
        return False
    j = ti - 1
    while j >= 0 and ti - j <= 4 and (tokens[j].cap or tokens[j].lower in PERSONAL_SUBJECTS):
        if tokens[j].lower in PERSONAL_SUBJECTS and j != ti - 1:
            return False  # "Q," he and Lee continued: no simple subject
        j -= 1
    if j < 1 or tokens[j].text not in CLOSING_MARKS:
        return False
    if tokens[j - 1].text in CLOSING_MARKS and j >= 2:
        j -= 1  # a quotation inside closes with it: '"... thanks to 'TRUMP,'" X trumpeted'
    return tokens[j - 1].text in CLOSING_PUNCT
