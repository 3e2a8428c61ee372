"""A subject inside a document frame that lacks its comma speaks: ``In the periodic report
released on August 26 the Commission “takes note of ...”`` is the Commission's, not the
report's; the subject of the verb after a fronted frame owns it ("In a statement, the
trustees of Drama UK said they were beginning ...": the trustees)."""

from __future__ import annotations

from ..records import Cue, SpeakerRef
from ..tokens import Token
from ..vocabulary import DOCUMENT_NOUNS, MONTHS, PREPOSITIONS, TIME_WORDS
from .unnamed_issuers import FRONTED_GROUP

#: Words that open a fronted time phrase set off by a comma ("Earlier this month,").
_TIME_PHRASE_OPENERS = frozenset(
    ["earlier", "last", "this", "later", "late", "early", "previously"]
)

#: Kinds of actor that speak in their own document.
_SPEAKER_KINDS = ("organisation", "group", "person", "state")


def subject_start_in_frame(words: list[Token], k: int) -> int | None:
    """Index of "the" opening a capitalised noun phrase after the document noun
    ``words[k]`` and not after a preposition ("released on August 26 the Commission",
    but not "released by the Commission"), else None.

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "In the periodic report released on August 26 the Commission"
    >>> subject_start_in_frame([t for t in tokenize(s, [0]) if t.text[0].isalnum()], 3)
    8
    >>> s = "In the report released by the Commission"
    >>> subject_start_in_frame([t for t in tokenize(s, [0]) if t.text[0].isalnum()], 2) is None
    True
    """
    for j in range(k + 1, len(words) - 1):
        if words[j].lower == "the" and words[j + 1].cap:
            return None if words[j - 1].lower in PREPOSITIONS else j
    return None


def subject_in_frame(att, words: list[Token], k: int) -> SpeakerRef | None:
    """The speaker named as the subject in the frame ``words`` (up to the quote or the
    comma after it) whose document noun is ``words[k]``: a body or person the index knows,
    else None. ``att`` is an :class:`Attributor`."""
    j = subject_start_in_frame(words, k)
    if j is None:
        return None
    ref = att.resolve_span(words[j].start, words[-1].end, words[j].start)
    if ref is None or ref.actor is None or ref.actor.kind not in _SPEAKER_KINDS:
        return None
    return SpeakerRef(ref.actor, None, ref.start, ref.end, how="the subject after the document")


def verb_subject_after(cues: list[Cue], noun: Token) -> SpeakerRef | None:
    """``In a statement, the trustees of Drama UK said they were beginning ...``: the
    subject of the first reporting verb after a fronted document ``noun`` owns it (not the
    whole clause read as one phrase), unless that subject is a document too.

    >>> ref = SpeakerRef(None, "trustees", 14, 22)
    >>> cue = Cue(23, 27, "said", "say", 0, 5)
    >>> cue.subject = ref
    >>> from hrlesson.speech.tokens import tokenize
    >>> noun = tokenize("In a statement", [0])[2]
    >>> verb_subject_after([cue], noun) is ref
    True
    """
    cue = next((c for c in cues if c.lemma and c.start >= noun.end), None)
    ref = None if cue is None else cue.subject
    if ref is None or (ref.actor is None and ref.label.split()[-1].lower() in DOCUMENT_NOUNS):
        return None  # "In a statement, ... the statement said": no owner named
    return ref


def fronted_group(ref: SpeakerRef) -> SpeakerRef:
    """The subject after a fronted document frame, when it is an unnamed group described in
    lower case by a plural noun, issued the document under that description: later mentions
    of it ("the statement read", '"Q," it read.') are the group's ("In a closing statement,
    participants underscored that ... ¶ The statement called on ... “Q,” it read.":
    participants, page cloud_of_war_tadesse_oneafrica). Any other subject is returned as
    it is.

    >>> fronted_group(SpeakerRef(None, "participants", 0, 12)).how == FRONTED_GROUP
    True
    >>> fronted_group(SpeakerRef(None, "a spokesman", 0, 11)).how is None
    True
    """
    label = ref.label or ""
    words = label.split()
    if ref.actor is not None or not words or not label.islower() or not words[-1].endswith("s"):
        return ref
    if words[-1] in DOCUMENT_NOUNS or words[0] in ("a", "an", "one"):
        return ref
    return SpeakerRef(None, label, ref.start, ref.end, described=ref.described, how=FRONTED_GROUP)


def after_fronted_time(toks: list[Token], start: int) -> int:
    """Where the clause starts after a time phrase fronted with its comma ("Earlier this
    month, the Central Zoo Authority in a letter to zoo officials said",
    delhi_zoo_white_tigress_singh_thehindu): the offset after that comma; ``start`` when
    ``toks`` (the sentence's tokens from ``start``) open with no such phrase.

    >>> from hrlesson.speech.tokens import tokenize
    >>> after_fronted_time(tokenize("Earlier this month, the Authority in a letter", [0]), 0)
    19
    >>> after_fronted_time(tokenize("Earlier, the Authority", [0]), 0)
    8
    >>> after_fronted_time(tokenize("This letter, the Authority", [0]), 0)
    0
    >>> after_fronted_time(tokenize("Last, the Authority", [0]), 0)
    0
    """
    comma = next((k for k, t in enumerate(toks[:6]) if t.text == ","), None)
    if comma is None or comma == 0 or toks[0].lower not in _TIME_PHRASE_OPENERS:
        return start
    phrase = [t.lower for t in toks[1:comma]]
    if not phrase:  # "Earlier, the Authority"
        timed = toks[0].lower in ("earlier", "later", "previously")
    else:  # "Last week,", "Earlier this month,"
        timed = phrase[-1] in TIME_WORDS or phrase[-1] in MONTHS
    return toks[comma].end if timed and all(w.isalpha() for w in phrase) else start
