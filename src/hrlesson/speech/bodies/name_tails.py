"""Words after a body's capitalised run that are still its name: "in" and the country its
acronym spells ("Board of Control for Cricket in India (BCCI)": :mod:`.located_names`), a
broadcaster's channel number ("News Channel 34": :mod:`.numbered_outlets`)."""

from __future__ import annotations

from ..tokens import Token
from .located_names import located_name_tail
from .numbered_outlets import channel_number_after


def body_name_tail(text: str, toks: list[Token], a: int, b: int) -> int:
    """How many tokens after the run ``toks[a:b]`` are still the body's name (0 if none).

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "News Channel 34 reports; the Board of Control for Cricket in India (BCCI) said"
    >>> t = tokenize(s, [0])
    >>> body_name_tail(s, t, 0, 2), body_name_tail(s, t, 6, 11)
    (1, 2)
    """
    return located_name_tail(text, toks, a, b) or channel_number_after(text, toks, a, b)
