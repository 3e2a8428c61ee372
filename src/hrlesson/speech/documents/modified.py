"""A body named before a lower-case modifier of a document noun issued the document:
"the FSA notice", "the U.S. Consumer Product Safety Commission recall notice"."""

from __future__ import annotations

from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import CONJUNCTIONS, DETERMINERS, PREPOSITIONS, is_umbrella_body
from .authoring_verbs import AUTHORING_VERBS


def body_before_modifier(att, words: list[Token], i: int) -> SpeakerRef | None:
    """``"Q," the FSA notice said``, ``as stated in the U.S. Consumer Product Safety
    Commission recall notice``: in a definite phrase, the body named right before one
    lower-case modifier of the document noun ``words[i]`` issued it (never a person, a
    demonym or, for a report, an umbrella body: "the UN human rights report").
    ``att`` is an :class:`Attributor`."""
    if i < 2 or not words[i - 2].cap or not plain_modifier(words[i - 1].text):
        return None
    s_start = att.sentences[words[i].sent][3]
    m = next(
        (
            x
            for x in att.index.mentions_in(s_start, words[i - 1].start)
            if x.end == words[i - 2].end
        ),
        None,
    )
    if m is None or m.actor.kind == "person" or m.how == "demonym":
        return None
    if words[i].lower.startswith("report") and is_umbrella_body(m.actor.name):
        return None
    ti = att.index.token_index(m.start)
    if ti == 0 or att.tokens[ti - 1].lower != "the":
        return None  # "even a recent US government report": one of many, not the story's
    return SpeakerRef(m.actor, None, m.start, m.end, how="the body named before the document")


def plain_modifier(word: str) -> bool:
    """A lower-case word that can modify a document noun ("recall", "press"), not a
    determiner, preposition, conjunction or verb form.

    >>> plain_modifier("recall"), plain_modifier("of"), plain_modifier("issued"), plain_modifier("EU")
    (True, False, False, False)
    """
    low = word.lower()
    return (
        word.islower()
        and low not in DETERMINERS
        and low not in PREPOSITIONS
        and low not in CONJUNCTIONS
        and low not in AUTHORING_VERBS
        and not low.endswith(("ed", "ing"))
        and low not in ("her", "his", "its", "their", "our", "my", "your")
    )
