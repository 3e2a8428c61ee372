"""A time zone written after a clock time is no part of the name run that follows it.

"At about 23:00 GMT BT said it was confident" (bt_broadband_failure_spokeswoman_bbc): the
run "GMT BT" is the zone of "23:00" and the company "BT", not a person "Gmt Bt"
(data/words/time_zones.txt).
"""

from __future__ import annotations

from ...wordlists import word_set
from ..tokens import Token

#: Abbreviations of time zones ("GMT", "BST", "ET"): data/words/time_zones.txt.
TIME_ZONES = word_set("time_zones")

#: The words that end a clock time before its zone ("11am", "3 p.m.").
_CLOCK_ENDS = frozenset({"am", "pm", "a.m", "p.m", "."})


def zone_after_clock(toks: list[Token], a: int, b: int) -> int:
    """1 when the run ``a:b`` opens with a time zone in capitals right after a clock time
    ("23:00 GMT BT", "11am BST Ofcom", "3 p.m. ET Boeing") and goes on after it, else 0.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("At about 23:00 GMT BT said", [0])
    >>> zone_after_clock(toks, 5, 7)
    1
    >>> zone_after_clock(tokenize("the GMT BT said", [0]), 1, 3)
    0
    """
    if not (a + 1 < b and a and toks[a].text.isupper() and toks[a].lower in TIME_ZONES):
        return 0
    before = toks[a - 1].lower
    return int(before.isdigit() or before.replace(".", "").isdigit() or before in _CLOCK_ENDS)
