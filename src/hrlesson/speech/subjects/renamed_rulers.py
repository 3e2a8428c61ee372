"""A definite description of the soldiers in power renames the ruling group that spoke last.

A story of a coup names the group that seized power once ("Niger's junta has said", "The coup
leaders assured ... and they also announced"), then goes on with other definite descriptions
of the same men: "the military said", "The uniformed officers accused". When the phrase
resolver ties such a subject only to a label made of its own words, it is the ruling group
the text had speak last (:func:`renamed_rulers`): page
niger_junta_france_pacts_ambassadors_trtworld, "The junta also announced ... Separately the
military said": Niger's junta; page gabon_coup_faki_coup_leaders_pledgetimes, "The coup
leaders assured ... The uniformed officers accused": the coup leaders. A bare one-word label
("the military") is itself such a renaming, never the group it renames.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...wordlists import word_set
from ..records import Actor, SpeakerRef
from ..tokens import Token

#: Words of a description of the military in power (data/words/ruling_military_words.txt).
RULING_MILITARY_WORDS = word_set("ruling_military_words")

#: The story tells of a coup: the only stories where such descriptions rename one group.
_COUP_STORY = re.compile(r"\b(?:coup|junta|putsch)", re.IGNORECASE)

#: The rule, for the evidence column.
RENAMED_RULERS = "a description of the ruling group that spoke last, in a story of a coup"

#: The most words of such a description after "the".
_MAX_WORDS = 3


@lru_cache(maxsize=64)
def coup_story(text: str) -> bool:
    """The article ``text`` tells of a coup (read once per article, not per subject).

    >>> coup_story("The junta said"), coup_story("The ministry said")
    (True, False)
    """
    return _COUP_STORY.search(text) is not None


def rulers_description(words: list[Token]) -> bool:
    """``words`` are "the" and one to three lower-case words, one of them a word of the
    military in power (data/words/ruling_military_words.txt).

    >>> from ..tokens import tokenize
    >>> rulers_description(tokenize("The uniformed officers", [0]))
    True
    >>> rulers_description(tokenize("the military", [0]))
    True
    >>> rulers_description(tokenize("the ministry", [0]))
    False
    >>> rulers_description(tokenize("Niger's junta", [0]))
    False
    """
    if not 2 <= len(words) <= _MAX_WORDS + 1 or words[0].lower != "the":
        return False
    rest = words[1:]
    if not all(w.text.isalpha() and w.text.islower() for w in rest):
        return False
    return any(w.lower in RULING_MILITARY_WORDS for w in rest)


def without_opening_adverb(words: list[Token]) -> list[Token]:
    """``words`` without an "-ly" adverb that opens them before "the".

    >>> from ..tokens import tokenize
    >>> [t.text for t in without_opening_adverb(tokenize("Separately the military", [0]))]
    ['the', 'military']
    """
    if len(words) > 2 and words[1].lower == "the" and words[0].lower.endswith("ly"):
        return words[1:]
    return words


def ruling_group(actor: Actor) -> bool:
    """A group the text describes, in two words or more, as the military in power.

    >>> ruling_group(Actor("group", "Niger's junta")), ruling_group(Actor("group", "coup leaders"))
    (True, True)
    >>> ruling_group(Actor("group", "military")), ruling_group(Actor("person", "Soldiers Kim"))
    (False, False)
    """
    words = [w.lower().removesuffix("'s").removesuffix("’s") for w in actor.name.split()]
    return (
        actor.kind in ("group", "organisation")
        and len(words) >= 2
        and any(w in RULING_MILITARY_WORDS for w in words)
    )


def own_label(ref: SpeakerRef, words: list[Token]) -> bool:
    """``ref`` names no one but a label made of the subject ``words`` themselves.

    >>> from ..tokens import tokenize
    >>> words = tokenize("the military", [0])
    >>> military = Actor("group", "military", key="group:military")
    >>> junta = Actor("group", "Niger's junta", key="group:niger's junta")
    >>> own_label(SpeakerRef(military, None, 0, 12), words)
    True
    >>> own_label(SpeakerRef(junta, None, 0, 12), words)
    False
    """
    if ref.actor is None:
        return True
    own = {w.lower for w in words}
    return (ref.actor.key or "").startswith("group:") and all(
        part.lower() in own for part in ref.actor.name.split()
    )


def renamed_rulers(finder, words: list[Token], ref: SpeakerRef | None) -> SpeakerRef | None:
    """``ref``, the subject ``words`` as the resolver read them; but, for a definite
    description of the military in power (:func:`rulers_description`) that ``ref`` ties to no
    one but its own label, in a story of a coup, the ruling group (:func:`ruling_group`) the
    text had speak last before it. ``finder`` is the :class:`Attributor`."""
    words = without_opening_adverb(words)  # "Separately the military said"
    if ref is None or not rulers_description(words) or not own_label(ref, words):
        return ref
    if not coup_story(finder.text):
        return ref
    start = words[0].start
    found = next(
        (
            actor
            for pos, actor, _ in reversed(finder.timeline)
            if pos < start and actor is not ref.actor and ruling_group(actor)
        ),
        None,
    )
    if found is None:
        return ref
    finder.note_span(found, start, words[-1].end)
    return SpeakerRef(found, None, start, words[-1].end, True, RENAMED_RULERS)
