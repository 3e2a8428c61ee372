"""A court the sentence itself describes ("a Sanandaj court"), for quoted charge names."""

from __future__ import annotations

from .vocabulary import COURT_WORDS


def court_in_sentence(words: list) -> tuple[int, int] | None:
    """``a Sanandaj court sentenced him to three years in prison for "Q"``: the span of a
    court the sentence itself describes ("a/the ... court" in the tokens ``words``).

    >>> from .tokens import tokenize
    >>> court_in_sentence(tokenize("a Sanandaj court sentenced him for", [0]))
    (0, 16)
    """
    words = [t for t in words if t.text[0].isalnum()]
    for k, t in enumerate(words):
        if t.lower not in COURT_WORDS or not t.text.islower():
            continue
        for j in range(k - 1, max(-1, k - 4), -1):
            if words[j].lower in ("a", "an", "the"):
                return words[j].start, t.end
    return None
