"""A participle's subject is the description opening its sentence, though no actor holds it.

A participle after a comma goes on with its main clause's subject ("Boston Marathon
organizers vowed to continue the race next year, calling it “a deeply held tradition”": the
organizers), and an "-ing" cue right after a form of "be" is that clause's own verb ("The
music industry is hailing a “seismic victory”"). When the index holds no actor there, a
short description that opens the sentence right before its first verb, headed by a noun
for a group, a body or a person, still is the subject, kept as written
(:func:`opening_description`; evidence :data:`PARTICIPLE_DESCRIPTION`).
"""

from __future__ import annotations

from ...wordlists import word_set
from ..records import Cue, SpeakerRef
from ..tokens import Token
from ..vocabulary import (
    AUXILIARIES,
    DETERMINERS,
    FINITE_BE,
    FINITE_VERBS,
    PRONOUNS,
    STOP_WORDS,
    is_group_word,
)
from .complemented_subjects import SPEAKER_HEADS

#: The rule, for the evidence column.
PARTICIPLE_DESCRIPTION = "the description opening the participle's main clause"

#: Collective heads no group list holds (data/words/participle_subject_nouns.txt).
_COLLECTIVE_HEADS = word_set("participle_subject_nouns")

#: The forms of "be" that make an "-ing" cue the clause's own verb ("is hailing", "’s hailing").
_BE_FORMS = FINITE_BE | frozenset(["'s", "’s"])

#: Words no description holds: a stop word, a pronoun, a determiner.
_NOT_DESCRIPTIVE = STOP_WORDS | frozenset(PRONOUNS) | frozenset(DETERMINERS)

#: The most words a description before the verb holds ("the Boston Marathon organizers").
_MAX_WORDS = 4


def _starts_verb(words: list[Token], k: int) -> bool:
    """``words[k]`` is a clause's first verb: an auxiliary, a finite verb or a past form."""
    w = words[k]
    return w.text.islower() and (
        w.lower in AUXILIARIES or w.lower in FINITE_VERBS or w.lower.endswith("ed")
    )


def opening_description(words: list[Token]) -> list[Token] | None:
    """The words of a description that opens ``words`` (a sentence's tokens up to a
    participle, punctuation included) right before its first verb: an optional "the", capitalised or lower-case
    modifiers, and a lower-case head for a group, body or person; a possessive "'s" on
    the head before a past form is "has" ("The government's announced"). None otherwise.

    >>> from ..tokens import tokenize
    >>> ws = tokenize("Boston Marathon organizers vowed to continue the race", [0])
    >>> [t.text for t in opening_description(ws)]
    ['Boston', 'Marathon', 'organizers']
    >>> [t.text for t in opening_description(tokenize("The music industry is", [0]))]
    ['music', 'industry']
    >>> opening_description(tokenize("The meeting ended", [0])) is None
    True
    >>> opening_description(tokenize("Some of them said", [0])) is None
    True
    """
    k = next((k for k in range(1, len(words)) if _starts_verb(words, k)), None)
    if k is None or k > _MAX_WORDS + 1:
        return None
    subject = words[:k]
    if subject[0].lower == "the":
        subject = subject[1:]
    if not subject or len(subject) > _MAX_WORDS:
        return None
    if any(w.poss or not w.base.isalpha() for w in subject[:-1]) or not subject[-1].base.isalpha():
        return None  # a comma, a mark or an owner inside: no plain description
    if any(w.lower in _NOT_DESCRIPTIVE for w in subject):
        return None
    head = subject[-1]
    if not head.base.islower():
        return None
    if head.lower in SPEAKER_HEADS or is_group_word(head.lower) or head.lower in _COLLECTIVE_HEADS:
        return subject
    return None


def participle_description_subject(finder, cue: Cue) -> SpeakerRef | None:
    """The subject of an -ing ``cue`` left without one, after a comma (", calling") or a
    form of "be" ("is hailing"): the description opening its sentence
    (:func:`opening_description`) as a label, when the index resolves it to no one; or
    None."""
    if cue.subject is not None or not cue.form.lower().endswith("ing"):
        return cue.subject
    toks = finder.toks_between(finder.sentences[cue.sent][3], cue.start)
    if not toks or not (toks[-1].text == "," or toks[-1].lower in _BE_FORMS):
        return None
    found = opening_description(toks)
    if not found:
        return None
    start, end = found[0].start, found[-1].end
    if finder.resolve_span(start, end, cue.start) is not None:
        return None  # an actor the finder weighed and did not take
    label = " ".join(t.base if t is found[-1] else t.text for t in found)
    return SpeakerRef(None, label, start, end, True, PARTICIPLE_DESCRIPTION)
