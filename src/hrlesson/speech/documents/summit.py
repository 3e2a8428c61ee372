"""A meeting's declaration is its participants': "the final declaration of the NATO
summit" is the words of the "NATO leaders" the article names, not of the summit."""

from __future__ import annotations

from ...wordlists import word_set
from ..records import SpeakerRef
from ..vocabulary import GROUP_NOUNS

#: Nouns for meetings whose declarations their participants issue ("the NATO summit").
MEETING_NOUNS = word_set("meeting_nouns")


def meeting_participants(actors, ref: SpeakerRef | None) -> SpeakerRef | None:
    """The group the article names as the participants of the meeting ``ref`` (a summit,
    a conference) that owns a document, when ``ref`` is a meeting: the group whose name
    is the meeting's name with a group noun for its head ("NATO summit" → "NATO
    leaders"); None when ``ref`` is no meeting or no such group is named.

    >>> from hrlesson.speech.records import Actor
    >>> summit = Actor("group", "NATO summit")
    >>> leaders = Actor("group", "NATO leaders")
    >>> meeting_participants([summit, leaders], SpeakerRef(summit, None, 0, 11)).name
    'NATO leaders'
    >>> meeting_participants([summit], SpeakerRef(summit, None, 0, 11)) is None
    True
    """
    if ref is None or ref.actor is None:
        return None
    words = ref.actor.name.split()
    if len(words) < 2 or words[-1].lower() not in MEETING_NOUNS:
        return None
    prefix = words[:-1]
    found = [
        a
        for a in actors
        if a is not ref.actor
        and a.kind in ("group", "plural")
        and a.name.split()[:-1] == prefix
        and a.name.split()[-1].lower() in GROUP_NOUNS
    ]
    if len(found) != 1:
        return None
    how = f"the participants of the {words[-1].lower()}, named in the article"
    return SpeakerRef(found[0], None, ref.start, ref.end, how=how)
