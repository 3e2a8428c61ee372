"""Bodies whose name ends in "in" and the country they work in: "Board of Control for Cricket
in India (BCCI)".

A capitalised run stops at a lower-case "in", so "the Board of Control for Cricket in India
(BCCI) said" would read as a body "Board of Control for Cricket" and the state India. When
the bracketed acronym right after the country spells the whole name, country included, the
"in" and the country are part of the body's name ("United Nations Interim Force in Lebanon
(UNIFIL)", "United Nations Assistance Mission in Afghanistan (UNAMA)").
"""

from __future__ import annotations

from ..tokens import Token
from ..vocabulary import COUNTRIES
from .names import spells_acronym


def located_name_tail(text: str, toks: list[Token], a: int, b: int) -> int:
    """How many tokens "in" and a country right after the run ``toks[a:b]`` add to it (0 if
    none): the run has two words or more, and the bracketed acronym after the country
    spells the whole name, the country's initial included (the run may open with words
    before the name: "But the Board of Control for Cricket in India (BCCI) said").

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "the Board of Control for Cricket in India (BCCI) said"
    >>> located_name_tail(s, tokenize(s, [0]), 1, 6)
    2
    >>> s = "But the Board of Control for Cricket in India (BCCI) said"
    >>> located_name_tail(s, tokenize(s, [0]), 0, 7)
    2
    >>> s = "the Board of Control for Cricket in India said"
    >>> located_name_tail(s, tokenize(s, [0]), 1, 6)
    0
    >>> s = "Lena Fischer in Germany (LF) said"
    >>> located_name_tail(s, tokenize(s, [0]), 0, 2)
    0
    """
    if b - a < 3 or b + 4 > len(toks) or toks[b].lower != "in":
        return 0
    for n in (3, 2, 1):
        k = b + 1 + n
        if k + 2 >= len(toks) or " ".join(t.lower for t in toks[b + 1 : k]) not in COUNTRIES:
            continue
        if toks[k].text != "(" or toks[k + 2].text != ")" or toks[k].sent != toks[a].sent:
            return 0
        acronym, end = toks[k + 1].text, toks[k - 1].end
        spelled = any(  # the run may open with words before the name: "But the Board"
            spells_acronym(acronym, text[toks[s].start : end]) for s in range(a, b - 2)
        )
        return n + 1 if spelled else 0
    return 0
