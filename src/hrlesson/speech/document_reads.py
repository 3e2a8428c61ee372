"""A document whose sentence it opens "reads" a quotation: 'The statement made available
to journalists on Sunday reads, "Q"'."""

from __future__ import annotations

from .tokens import Token
from .vocabulary import DETERMINERS, DOCUMENT_NOUNS


def document_subject_reads(tokens: list[Token], ti: int) -> bool:
    """``tokens[ti]`` is a "reads"/"read" followed by a comma or a colon and a quotation
    mark, in a sentence whose subject opens with a determiner and a document noun within
    its first four words: the document's wording follows.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize('The statement made available on Sunday reads, "Armed men attacked."', [0])
    >>> document_subject_reads(toks, 6)
    True
    >>> toks = tokenize('The minister reads, "Q."', [0])
    >>> document_subject_reads(toks, 2)
    False
    """
    tok = tokens[ti]
    if tok.lower not in ("reads", "read") or ti + 2 >= len(tokens):
        return False
    if tokens[ti + 1].text not in (",", ":") or tokens[ti + 2].text not in ('"', "“"):
        return False
    k = ti
    while k > 0 and tokens[k - 1].sent == tok.sent:
        k -= 1
    head = [t for t in tokens[k:ti] if t.text[0].isalnum()][:4]
    return (
        bool(head)
        and head[0].lower in DETERMINERS
        and any(t.lower in DOCUMENT_NOUNS for t in head[1:])
    )
