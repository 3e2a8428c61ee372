"""A document closing its sentence as the frame's subject: ``..., the statement added.``,
``..., the report found.`` (the frame's speaker is the document's author, named elsewhere)."""

from __future__ import annotations

from ..tokens import Token
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


def closes_on_document(tokens: list[Token], ti: int) -> bool:
    """``tokens[ti]``, a verb, closes its sentence in a frame whose subject is a document's
    phrase after a comma (:func:`document_frame`): the verb reports the clause before, with
    no object of its own ("..., members of the European Parliament “aren’t talking” about
    those sectors, the report found.": the report's finding, not "found" with an object).

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("They are not talking, the report found.", [0])
    >>> closes_on_document(toks, 7)
    True
    >>> closes_on_document(tokenize("He said, the report found a gap.", [0]), 5)
    False
    """
    tok = tokens[ti]
    nxt = tokens[ti + 1] if ti + 1 < len(tokens) else None
    if nxt is not None and nxt.sent == tok.sent and nxt.text not in (".", ";"):
        return False
    k = ti - 1
    while k >= 0 and ti - k <= MAX_DOCUMENT_WORDS + 1 and tokens[k].sent == tok.sent:
        if tokens[k].text == ",":
            return document_frame(" ".join(t.text for t in tokens[k + 1 : ti]))
        k -= 1
    return False
