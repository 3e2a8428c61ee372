"""'X cited Y as saying': the one cited speaks, not the one who cites."""

from __future__ import annotations

from ..tokens import Token

#: The most words the one cited takes ("the head of the mission").
MAX_CITED = 6

#: Forms after "as" that report what the one cited said.
_SAYING = frozenset({"saying", "having", "stating", "telling"})


def cited_object(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The span of the one cited after the verb ``tokens[k]`` ("cited"), when "as saying"
    (or "as having said", "as stating") follows it in the sentence: ``the correspondent
    of Vestnik Kavkaza cited her as saying`` gives the span of "her"; None otherwise.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("The agency cited her as saying so.", [0])
    >>> cited_object(toks, 2)
    (17, 20)
    >>> cited_object(tokenize("He cited the report.", [0]), 1) is None
    True
    """
    words = []
    for t in tokens[k + 1 : k + 2 + MAX_CITED]:
        if t.sent != tokens[k].sent or not t.text[0].isalnum():
            return None
        if t.lower == "as":
            break
        words.append(t)
    else:
        return None
    j = k + 1 + len(words) + 1
    if not words or j >= len(tokens) or tokens[j].lower not in _SAYING:
        return None
    return words[0].start, words[-1].end


def according_to_source(tokens: list[Token], k: int) -> bool:
    """The one capitalised word ``tokens[k]`` right after "according to", closed by a comma
    or the sentence's end, is a source that speaks, even one the article names nowhere else:
    ``According to Care4Calais, the organisation is "now working ..."``; but not a longer
    name's first word nor a numbered text ("according to Article 5").

    >>> from ..tokens import tokenize
    >>> toks = tokenize("According to Oxfam, the group is busy.", [0])
    >>> according_to_source(toks, 2)
    True
    >>> according_to_source(tokenize("according to Article 5 of it", [0]), 2)
    False
    """
    if k < 2 or tokens[k - 1].lower != "to" or tokens[k - 2].lower != "according":
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is None or nxt.sent != tokens[k].sent or nxt.text in (",", ".", ";")
