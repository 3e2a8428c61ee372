"""A heading written in sentence case reads like body text: its capitalised runs are names.

A paragraph with no closing full stop is read as a heading. In a heading in title case
("Rights Chief Urges Calm") every word is capitalised and a run is no evidence of a name;
in one written like a sentence ("Executive Director Houghton Irungu stated that the deaths
were attributed to tear gas") a titled run is a person's name as in the body (part of the
index).
"""

from __future__ import annotations

from ..tokens import Token


def sentence_case(toks: list[Token], k: int) -> bool:
    """The sentence of token ``k`` has more lower-case words than capitalised ones (and at
    least three), as a sentence has.

    >>> from ..tokens import tokenize
    >>> s = "Executive Director Houghton Irungu stated that the deaths were many"
    >>> sentence_case(tokenize(s, [0]), 2)
    True
    >>> sentence_case(tokenize("Rights Chief Urges Calm In The Capital", [0]), 2)
    False
    """
    sent = toks[k].sent
    a = k
    while a > 0 and toks[a - 1].sent == sent:
        a -= 1
    lower = upper = 0
    for t in toks[a:]:
        if t.sent != sent:
            break
        if t.text[:1].isalpha():
            lower += t.text.islower()
            upper += t.cap
    return lower >= 3 and lower > upper
