"""Events named by a place and a year, and their organising bodies: "Qatar 2022".

"Qatar 2022 organisers say" and "A statement from Qatar 2022 read:" are the World Cup's
organisers speaking, not the state of Qatar: a place followed right away by a year names
an event ("Paris 2024", "Qatar 2022") and, as a speaker, the body that organises it.
"""

from __future__ import annotations

import re

from ..tokens import Token
from ..vocabulary import CAPITALS, COUNTRIES

YEAR = re.compile(r"(?:19|20)\d\d")


def event_year_after(text: str, toks: list[Token], a: int, b: int) -> bool:
    """The place ``toks[a:b]`` (a country or a capital) is followed, after one space in
    the same sentence, by a year: together they name an event.

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "A statement from Qatar 2022 read: yes"
    >>> event_year_after(s, tokenize(s, [0]), 3, 4)
    True
    >>> s = "Qatar, 2022 and Qatar in 2022"
    >>> t = tokenize(s, [0])
    >>> event_year_after(s, t, 0, 1), event_year_after(s, t, 4, 5)
    (False, False)
    """
    if b >= len(toks) or not YEAR.fullmatch(toks[b].text) or toks[b].sent != toks[a].sent:
        return False
    if text[toks[b - 1].end : toks[b].start] != " ":
        return False
    place = " ".join(t.lower for t in toks[a:b]).removeprefix("the ")
    return place in COUNTRIES or place in CAPITALS


def names_event(words: list[str]) -> bool:
    """The lower-case words of a run are a place and a year: an event's name.

    >>> names_event(["qatar", "2022"]), names_event(["paris", "2024"]), names_event(["qatar"])
    (True, True, False)
    """
    return len(words) >= 2 and bool(YEAR.fullmatch(words[-1])) and not words[-2].isdigit()
