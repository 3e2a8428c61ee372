"""A joint statement nobody is named as issuing is the group the text names together just
before it ("Poland, Lithuania, Estonia and Latvia jointly rejected ..." then '"Q," a
mutual statement read')."""

from __future__ import annotations

import re
from dataclasses import replace

from ...wordlists import word_set
from ..cues import CUE_FORMS
from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import FINITE_VERBS

#: Adjectives of a document several issued together: data/words/joint_document_words.txt.
JOINT_DOCUMENT_WORDS = word_set("joint_document_words")

#: How the evidence names the group a joint document is given to.
JOINT_ISSUERS = "the group named together before the joint document"


def joint_document(words: list[Token], i: int) -> bool:
    """``words[i]`` is a document noun right after "joint" or "mutual" ("a mutual
    statement read").

    >>> from hrlesson.speech.tokens import tokenize
    >>> joint_document(tokenize("a mutual statement read", [0]), 2)
    True
    >>> joint_document(tokenize("a brief statement read", [0]), 2)
    False
    """
    return i > 0 and words[i - 1].lower in JOINT_DOCUMENT_WORDS


def acts_next(text: str, end: int) -> bool:
    """The list that ends at ``end`` is the subject of the verb right after it (past an
    adverb): "... and Latvia jointly rejected", "... and Mali said"; not "Russia and
    Belarus to compete".

    >>> acts_next("Estonia and Latvia jointly rejected a plan", 18)
    True
    >>> acts_next("Russia and Belarus to compete", 18)
    False
    """
    m = _NEXT_WORDS.match(text, end)
    if m is None:
        return False
    first, second = m.group(1), m.group(2) or ""
    if first.endswith("ly"):
        first = second
    return first in FINITE_VERBS or first.endswith("ed") or first in CUE_FORMS


#: The two lower-case words after a list.
_NEXT_WORDS = re.compile(r"\s+([a-z]+)(?:\s+([a-z]+))?")


def joint_issuers(att, words: list[Token], i: int) -> SpeakerRef | None:
    """``Poland, Lithuania, Estonia and Latvia jointly rejected an IOC plan`` then ``"Q,"
    a mutual statement read``: a joint document ``words[i]`` whose issuers its phrase does
    not name is the last list of states, bodies or people named together (outside
    quotations) as the subject of a verb in its paragraph or the one before; None when there is none. ``att`` is
    an :class:`Attributor`."""
    if not joint_document(words, i):
        return None
    noun = words[i]
    par = att.par_of_sent[noun.sent]
    found, listed_to = None, -1
    for m in att.index.mentions:
        if m.start >= noun.start:
            break
        if m.start < listed_to or m.in_quote:
            continue  # a later member of a list already read
        if par - att.par_of_sent[att.sent_of(m.start)] > 1:
            continue
        joint = att._joint_at(m)
        if joint is not None:
            listed_to = joint.end
            found = joint if acts_next(att.text, joint.end) else found
    if found is None:
        return group_spoke_last(att, noun)
    return replace(found, how=JOINT_ISSUERS)


def group_spoke_last(att, noun: Token) -> SpeakerRef | None:
    """``Van Peteghem ... and Dutch secretary of state Aukje de Vries revealed the figures.
    They hailed ...`` then ``"Q," a joint statement said``: a joint document is the group
    of members named together that spoke last, in its paragraph or the one before, when
    nobody else spoke since. ``att`` is an :class:`Attributor`; None when the last speaker
    is no such group."""
    spoke = [(p, a) for p, a, *_ in att.timeline if p < noun.start]
    if not spoke or not spoke[-1][1].key.startswith("joint:"):
        return None
    pos, actor = spoke[-1]
    if att.par_of_sent[noun.sent] - att.par_of_sent[att.sent_of(pos)] > 1:
        return None
    return SpeakerRef(actor, None, noun.start, noun.end, True, JOINT_ISSUERS)
