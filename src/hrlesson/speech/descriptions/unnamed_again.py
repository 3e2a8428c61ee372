"""An unnamed speaker brought in with "a/an/one" keeps its later definite mentions.

News reports introduce a speaker without a name ("A spokesperson for the Washington-based
crisis lender said ...", "One Howard Beach mom couldn't believe ...") and go on with a
definite mention ("the official said", "the mom said"). That mention is the same unnamed
person, not somebody the text names a paragraph or two later with another role ("Central
bank governor Ajmal Ahmady said", "specialist Dr. Nidhi Kumar said"), unless the article
ties a name to the description itself (an apposition, a title right before a name:
those are read elsewhere).
"""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..actor_index import ActorIndex, sentence_at
from ..records import Actor, SpeakerRef

#: The evidence for a definite mention given back to the unnamed speaker brought in before.
UNNAMED_AGAIN = 'the unnamed speaker brought in before with "a/an/one"'

#: Generic titles a report calls any unnamed speaker by ("the official", "the source"):
#: data/words/unnamed_renaming_titles.txt.
RENAMING_TITLES = word_set("unnamed_renaming_titles")


def introduced_unnamed(text: str, name: str, start: int) -> bool:
    """The unnamed person described by ``name`` was brought in with "a", "an" or "one"
    before ``start``.

    >>> text = "One Howard Beach mom couldn't believe it. ... the mom said."
    >>> introduced_unnamed(text, "Howard Beach mom", 46)
    True
    >>> introduced_unnamed("The Howard Beach mom said. ... the mom said.", "Howard Beach mom", 31)
    False
    """
    if not name:
        return False
    pattern = re.compile(r"\b(?:a|an|one)\s+" + re.escape(name) + r"\b", re.IGNORECASE)
    return pattern.search(text, 0, start) is not None


def unnamed_speaker_again(
    index: ActorIndex, timeline: list, text: str, head: str, start: int
) -> Actor | None:
    """The unnamed speaker a definite title at ``start`` (head ``head``) mentions again:
    the last one who spoke before it, brought in with "a/an/one", in the same paragraph or
    the one before, when the title is a generic one (data/words/unnamed_renaming_titles.txt)
    and no person is named between the two.

    ``A spokesperson for the Washington-based crisis lender on Wednesday said ... ¶ "Q,"
    the official said.`` ... ``Central bank governor Ajmal Ahmady said``: the official is the
    spokesperson, not Ahmady.
    """
    spoke = [(pos, actor) for pos, actor, *_ in timeline if pos < start]
    if not spoke:
        return None
    pos, actor = spoke[-1]
    if actor.kind != "person" or not actor.key.startswith("unnamed:"):
        return None
    if head not in RENAMING_TITLES:
        return None  # "the spokesman" after "a spokesman": the title's own rules read it
    par = lambda at: index.sentences[sentence_at(index, at)][1]
    if par(start) - par(pos) > 1 or not introduced_unnamed(text, actor.name, start):
        return None
    for m in index.mentions_in(pos, start):
        if m.actor.kind == "person" and not m.in_quote and m.actor is not actor:
            return None  # "an official ... Ahmady said ... the official said": not sure
    return actor


def unnamed_again_ref(
    index: ActorIndex, timeline: list, text: str, head: str, span: tuple[int, int]
) -> SpeakerRef | None:
    """The speaker reference of a definite title at ``span`` ("the official", head
    ``head``) for the unnamed speaker :func:`unnamed_speaker_again` finds, else None."""
    start, end = span
    if text[start : start + 4].lower() != "the ":
        return None
    actor = unnamed_speaker_again(index, timeline, text, head, start)
    return None if actor is None else SpeakerRef(actor, None, start, end, True, UNNAMED_AGAIN)
