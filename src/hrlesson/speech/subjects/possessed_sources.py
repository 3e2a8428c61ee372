"""The owner of the source an "according to" names with a possessive: "according to The
Royal Ballet's website", "according to one guest's reports on X": the owner as written
speaks, not the website or the reports, when no actor of the article holds the phrase."""

from __future__ import annotations

from ...wordlists import word_set
from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import DOCUMENT_NOUNS, MONTHS, TIME_WORDS

#: Media an owner publishes on besides documents: data/words/source_media_nouns.txt.
SOURCE_MEDIA_NOUNS = word_set("source_media_nouns") | DOCUMENT_NOUNS

#: The most words of the owner's phrase, its possessive word included ("The Royal Ballet's").
MAX_OWNER_WORDS = 4

#: The most lower-case modifiers between the possessive and the medium ("official website").
MAX_MODIFIERS = 2

#: How the owner was found (the evidence's words).
POSSESSED_SOURCE = "the owner of the source 'according to' names"


def possessed_source_owner(text: str, words: list[Token]) -> SpeakerRef | None:
    """``words`` (the phrase after "according to") open with an owner in the possessive and
    a medium or document it owns ("The Royal Ballet's website", "one guest's reports on
    X"): the owner as written, a label; None for any other phrase or a time as the owner
    ("Monday's announcement", "last year's report").

    >>> from ..tokens import tokenize
    >>> text = "The Royal Ballet’s website, the"
    >>> possessed_source_owner(text, tokenize(text, [0])).label
    'The Royal Ballet'
    >>> text = "one guest’s reports on X"
    >>> possessed_source_owner(text, tokenize(text, [0])).label
    'one guest'
    >>> [possessed_source_owner(s, tokenize(s, [0])) for s in ("Monday’s announcement",
    ...     "the ministry’s chief economist", "reports")]
    [None, None, None]
    """
    k = next((k for k, t in enumerate(words[:MAX_OWNER_WORDS]) if t.poss), None)
    if k is None or not all(t.text[0].isalnum() for t in words[: k + 1]):
        return None
    owner = words[k]
    if owner.lower in TIME_WORDS or owner.lower in MONTHS or owner.text[0].isdigit():
        return None
    j = k + 1
    while j < len(words) and j <= k + MAX_MODIFIERS and words[j].lower not in SOURCE_MEDIA_NOUNS:
        if not (words[j].text.isalpha() and words[j].text.islower()):
            return None
        j += 1
    if j >= len(words) or words[j].lower not in SOURCE_MEDIA_NOUNS:
        return None
    end = owner.start + len(owner.base)
    label = text[words[0].start : end]
    return SpeakerRef(None, label, words[0].start, end, not owner.cap, POSSESSED_SOURCE)


def owner_outranks(owner: SpeakerRef | None, ref: SpeakerRef | None, text: str) -> bool:
    """The written owner ``owner`` of a possessed source speaks rather than ``ref`` (what
    the phrase resolved to): when ``ref`` is nobody, only the source itself (no actor:
    "reports on X"), or an actor named by the owner's last words only, past a capitalised
    word ("The Royal Ballet's": not a "Ballet"); an actor the whole owner names stays.

    >>> from ..records import Actor
    >>> text = "The Royal Ballet"
    >>> owner = SpeakerRef(None, text, 0, 16, False, POSSESSED_SOURCE)
    >>> ballet = SpeakerRef(Actor("person", "Ballet"), None, 10, 16)
    >>> owner_outranks(owner, ballet, text), owner_outranks(owner, None, text)
    (True, True)
    >>> royal = SpeakerRef(Actor("organisation", "Royal Ballet"), None, 4, 16)
    >>> owner_outranks(owner, royal, text)
    False
    """
    if owner is None:
        return False
    if ref is None or ref.actor is None:
        return True
    if not owner.start <= ref.start < ref.end <= owner.end:
        return False
    skipped = text[owner.start : ref.start].split()
    return any(w[0].isupper() and w.lower() not in ("the", "a", "an") for w in skipped)
