"""Authors named after "by" whom the actor index does not know: "the latest quarterly
report by Techpoint Africa", "A tweet posted earlier this month by WaterNSW"."""

from __future__ import annotations

from ..records import SpeakerRef, actors_named
from ..tokens import Token
from .authors import capitalised_name
from .issuers import acronym_after_by
from .unnamed_issuers import ISSUED


def one_word_name(t: Token) -> bool:
    """A single word that is a name by its inner capitals: "WaterNSW", "TechCrunch".

    >>> from hrlesson.speech.tokens import tokenize
    >>> [one_word_name(t) for t in tokenize("WaterNSW Water NSW", [0])]
    [True, False, False]
    """
    return (
        t.text.isalpha()
        and t.text[0].isupper()
        and not t.text.isupper()
        and (any(c.isupper() for c in t.text[1:]))
    )


def unknown_name_after_by(index, words: list[Token], j: int) -> SpeakerRef | None:
    """``according to the latest quarterly report by Techpoint Africa``
    (nigeria_startups_q1_techpoint_parrotnigeria), ``A tweet posted earlier this month by
    WaterNSW`` (sydney_water_restrictions_pavey_mywiloo): a name after the "by" at
    ``words[j]`` (two or more capitalised words, or one with inner capitals) that ``index``
    holds no mention of names the author: the actor named so, else the name as a label.

    >>> from hrlesson.speech.tokens import tokenize
    >>> class NoActors:
    ...     actors = []
    ...     def mentions_in(self, start, end):
    ...         return []
    >>> ws = tokenize("the latest quarterly report by Techpoint Africa", [0])
    >>> unknown_name_after_by(NoActors(), ws, 4).label
    'Techpoint Africa'
    >>> unknown_name_after_by(NoActors(), tokenize("a report by Monday", [0]), 2) is None
    True
    """
    if j + 1 >= len(words) or words[j].lower != "by":
        return None
    ref = capitalised_name(words, j + 1)
    if ref is None and one_word_name(words[j + 1]):
        ref = SpeakerRef(None, words[j + 1].text, words[j + 1].start, words[j + 1].end)
    if ref is None or index.mentions_in(ref.start, ref.end):
        return None
    named = actors_named(index.actors, ref.label)
    if len(named) > 1:
        return None
    actor = named[0] if named else None
    return SpeakerRef(actor, None if actor else ref.label, ref.start, ref.end, how=ISSUED)


def author_after_by(att, words: list[Token], j: int) -> SpeakerRef | None:
    """The author an unknown name after the "by" at ``words[j]`` names: an acronym ("a
    statement released by NASA") or a name of capitalised words ("a report by Techpoint
    Africa"). ``att`` is an :class:`Attributor`."""
    return acronym_after_by(att, words, j) or unknown_name_after_by(att.index, words, j)
