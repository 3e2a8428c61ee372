"""A document closing its sentence as the frame's subject: ``..., the statement added.``
(the frame's speaker is the document's author, named in an earlier sentence)."""

from __future__ import annotations

from ..vocabulary import DETERMINERS, DOCUMENT_NOUNS, WORD_RE

#: The most words of a document's phrase between the comma and its verb ("the final report").
MAX_DOCUMENT_WORDS = 4


def document_frame(between: str) -> bool:
    """The words between a sentence's last comma and its reporting verb are a document's
    phrase: a determiner, then at most three words ending in a document noun. Such a frame
    closes the clause before it, though the document's author (the frame's speaker) is
    named in an earlier sentence: ``To carry out attacks in civilian areas, Myanmar’s
    military “has relied on a broad network of companies and individuals” for support, the
    statement added.`` (the US Treasury Department's, named in "In a statement, the US
    Treasury Department said"); not a name or a person's description ("..., the minister
    added").

    >>> document_frame(" the statement "), document_frame(" a joint statement ")
    (True, True)
    >>> document_frame(" the minister "), document_frame(" it ")
    (False, False)
    """
    words = [w.lower() for w in WORD_RE.findall(between)]
    return (
        1 < len(words) <= MAX_DOCUMENT_WORDS
        and words[0] in DETERMINERS
        and words[-1] in DOCUMENT_NOUNS
    )
