"""Who owns a document the text is about: the body it is from ("in response to the report
from the Commission"); a document about another ("the press release on the report")."""

from __future__ import annotations

from .records import SpeakerRef
from .tokens import Token
from .vocabulary import DOCUMENT_NOUNS


def document_about(words: list[Token], i: int) -> int | None:
    """``The press release on the report stated``: the index of the document noun that the
    definite document noun ``words[i]`` is "on" or "about" (at most one modifier between
    "the" and it), else None. The release on a report speaks for the report's owner.

    >>> from hrlesson.speech.tokens import tokenize
    >>> ws = tokenize("The press release on the report stated", [0])
    >>> document_about(ws, 2)
    5
    >>> document_about(tokenize("The press release on the talks stated", [0]), 2) is None
    True
    >>> document_about(tokenize("A press release on the report stated", [0]), 2) is None
    True
    """
    if i == 0 or (words[i - 1].lower != "the" and not (i > 1 and words[i - 2].lower == "the")):
        return None
    if i + 3 >= len(words) or words[i + 1].lower not in ("on", "about"):
        return None
    if words[i + 2].lower != "the":
        return None
    for k in (i + 3, i + 4):
        if k < len(words) and words[k].lower in DOCUMENT_NOUNS:
            return k
    return None


def body_from(owner: SpeakerRef | None) -> SpeakerRef | None:
    """``owner`` when it is a body, else None: a document the sentence's speaker reacts
    to ("In response to the report from the Commission, Musk posted") is the body's it
    comes from; a person's letter quoted in reply stays unowned."""
    ok = owner is not None and owner.actor is not None
    return owner if ok and owner.actor.kind in ("organisation", "group") else None
