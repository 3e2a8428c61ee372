"""A participle right after the one written to is the writer's: in ``Opposition Leader Bill
Shorten writing to FWC president Iain Ross requesting a "real increase to award rates"``
Shorten requests, not Ross; in ``He writes to one of our reporters on Instagram saying,
"Q"`` he says it, not the reporters. News writes such a participle without a comma after
the recipient (data/words/recipient_verbs.txt)."""

from __future__ import annotations

from dataclasses import replace

from ..wordlists import word_set
from .records import Cue, SpeakerRef
from .tokens import Token

#: Lemmas of verbs written "to" a recipient (data/words/recipient_verbs.txt).
RECIPIENT_VERBS = word_set("recipient_verbs")

#: The most words the recipient phrase takes ("one of our reporters on Instagram").
MAX_RECIPIENT_WORDS = 8

#: Words that open a clause of the recipient's own inside the phrase ("to the minister,
#: who replied", "to X and Y said").
_OWN_CLAUSE_WORDS = frozenset(["and", "who", "which", "that", "whose"])


def says_to_recipient(
    text: str, earlier: list[Cue], bound: int, cue: Cue, left: list[Token]
) -> bool:
    """``cue``, an -ing participle right after "to" and the recipient (``left``, the words
    from ``bound``: two to eight words, no comma, no clause of their own) of the last cue of
    ``earlier`` (the sentence's cues before ``cue``), an active verb of writing to someone
    (:data:`RECIPIENT_VERBS`) ending at ``bound``: the participle is said by the writer, the
    main clause's subject, not by the one written to.

    >>> from .tokens import tokenize
    >>> text = "Shorten wrote to FWC president Iain Ross requesting a"
    >>> outer, cue = Cue(8, 13, "wrote", "write", 0, 1), Cue(41, 51, "requesting", "request", 0, 7)
    >>> outer.subject = SpeakerRef(None, "Shorten", 0, 7)
    >>> says_to_recipient(text, [outer], 13, cue, tokenize(text, [0])[2:7])
    True
    >>> says_to_recipient(text, [outer], 13, cue, tokenize(text, [0])[3:7])
    False
    """
    if not earlier or earlier[-1].end != bound or not cue.form.lower().endswith("ing"):
        return False
    outer = earlier[-1]
    if outer.passive or outer.lemma not in RECIPIENT_VERBS:
        return False
    if not 2 <= len(left) <= MAX_RECIPIENT_WORDS or left[0].lower != "to":
        return False
    if "," in text[outer.end : cue.start]:
        return False
    return not any(t.lower in _OWN_CLAUSE_WORDS for t in left)


#: The evidence for a writer found by :func:`writer_subject`.
WRITER_EVIDENCE = "a participle after the one written to: the writer"


def writer_subject(
    ref: SpeakerRef | None, text: str, earlier: list[Cue], bound: int, cue: Cue, left: list[Token]
) -> SpeakerRef | None:
    """``ref``, the main clause's subject found for ``cue``, with evidence saying so when
    :func:`says_to_recipient` placed it there (the other arguments are that function's).

    >>> from .tokens import tokenize
    >>> text = "Shorten wrote to FWC president Iain Ross requesting a"
    >>> outer, cue = Cue(8, 13, "wrote", "write", 0, 1), Cue(41, 51, "requesting", "request", 0, 7)
    >>> outer.subject = SpeakerRef(None, "Shorten", 0, 7)
    >>> writer_subject(outer.subject, text, [outer], 13, cue, tokenize(text, [0])[2:7]).how
    'a participle after the one written to: the writer'
    """
    if ref is None or not says_to_recipient(text, earlier, bound, cue, left):
        return ref
    return replace(ref, how=f"{WRITER_EVIDENCE}, {ref.how}" if ref.how else WRITER_EVIDENCE)
