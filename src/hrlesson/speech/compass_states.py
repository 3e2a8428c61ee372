"""A state named by its compass word alone: "the North" is North Korea when the article
names North Korea (and no other "North ..." state)."""

from __future__ import annotations

from .records import Actor, SpeakerRef
from .tokens import Token

#: Compass words that stand for a state whose name opens with them ("the North", "the South").
_COMPASS_WORDS = frozenset(["north", "south"])


def compass_state(actors: list[Actor], words: list[Token], i: int) -> SpeakerRef | None:
    """``Earlier Wednesday, the North characterized the launch``: "the" (``words[i]``) and
    a capitalised compass word ending the phrase name the one state of the article whose
    name opens with that word ("North Korea"); None when there is no such state or more
    than one.

    >>> from hrlesson.speech.tokens import tokenize
    >>> nk = Actor("state", "North Korea")
    >>> compass_state([nk, Actor("state", "Japan")], tokenize("the North", [0]), 0).actor.name
    'North Korea'
    >>> compass_state([nk], tokenize("the north", [0]), 0) is None
    True
    """
    if i + 2 != len(words) or words[i].lower != "the":
        return None
    word = words[i + 1]
    if word.lower not in _COMPASS_WORDS or not word.text[0].isupper():
        return None
    states = {
        a.name: a
        for a in actors
        if a.kind == "state" and a.name.split()[0] == word.text and len(a.name.split()) > 1
    }
    if len(states) != 1:
        return None
    actor = next(iter(states.values()))
    return SpeakerRef(actor, None, words[i].start, word.end, how="the state its compass word names")
