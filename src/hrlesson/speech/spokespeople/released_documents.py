"""A document a person's spokesperson released speaks for that person: "the statement
released by his Spokesperson" is the words of the man "his" points back to."""

from __future__ import annotations

from ..documents.authoring_verbs import AUTHORING_VERBS
from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import DOCUMENT_NOUNS
from .issued_documents import spokesperson_owner
from .titles import SPOKESPERSON_WORDS

#: The most words between a document noun and the "by" that names who released it.
MAX_GAP = 3

#: The evidence for a speaker found by :func:`spokesperson_principal`.
SPOKESPERSON_PRINCIPAL = "a document a spokesperson released for the person 'his'/'her' means"


def released_by_before(tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` follows "<document> <authoring verb> by/through" in its sentence:
    ``the statement released by``, ``a statement issued through``.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("the statement released by his Spokesperson", [0])
    >>> released_by_before(toks, 4)
    True
    >>> released_by_before(tokenize("the man accompanied by his spokesman", [0]), 4)
    False
    """
    if k < 3 or tokens[k - 1].lower not in ("by", "through"):
        return False
    if tokens[k - 2].lower not in AUTHORING_VERBS:
        return False
    gap = tokens[max(0, k - 3 - MAX_GAP) : k - 2]
    return any(t.lower in DOCUMENT_NOUNS and t.sent == tokens[k].sent for t in gap)


def spokesperson_principal(reader, words: list[Token], i: int, at: int) -> SpeakerRef | None:
    """``"Q," the statement released by his Spokesperson continued``: "his"/"her"
    (``words[i]``) before a spokesperson's noun that no name follows, in a document
    released by that spokesperson, is the person who speaks: the pronoun's antecedent
    (the UN Secretary-General named in the sentence before), not a spokesperson named
    elsewhere. ``reader`` is the attributor."""
    if words[i].lower not in ("his", "her") or i + 1 >= len(words):
        return None
    noun = words[i + 1]
    if noun.lower not in SPOKESPERSON_WORDS or noun.start != words[i].end + 1:
        return None
    if i + 2 < len(words) and words[i + 2].cap and words[i + 2].start == noun.end + 1:
        return None  # "his spokesman Farhan Haq": the name speaks
    if not released_by_before(reader.tokens, reader.index.token_index(words[i].start)):
        return None
    owner = spokesperson_owner(reader, words[i : i + 2], at)
    if owner is None or owner.actor is None or owner.actor.kind != "person":
        return None
    reader.note_span(owner.actor, words[i].start, noun.end)
    return SpeakerRef(owner.actor, None, words[i].start, noun.end, True, SPOKESPERSON_PRINCIPAL)
