"""'X cited Y as saying': the one cited speaks, not the one who cites."""

from __future__ import annotations

from .tokens import Token

#: The most words the one cited takes ("the head of the mission").
MAX_CITED = 6

#: Forms after "as" that report what the one cited said.
_SAYING = frozenset({"saying", "having", "stating", "telling"})


def cited_object(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The span of the one cited after the verb ``tokens[k]`` ("cited"), when "as saying"
    (or "as having said", "as stating") follows it in the sentence: ``the correspondent
    of Vestnik Kavkaza cited her as saying`` gives the span of "her"; None otherwise.

    >>> from .tokens import tokenize
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
