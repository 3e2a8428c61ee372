"""A title with a body's name before it renames the speaker introduced with that name."""

from __future__ import annotations

import bisect
import re

from ..records import Actor
from ..vocabulary import TITLE_HEADS
from .last_speaker import paragraphs_apart, renamed_by_title
from .national_officials import SOLE_NATIONAL_SPEAKER, sole_national_speaker

#: The evidence for a speaker placed by :func:`introduced_with_modifier`.
INTRODUCED_MODIFIER = "a title whose body the person who spoke just before was introduced with"


def body_name_modifiers(description: str) -> list[str] | None:
    """The capitalised words between "the" and the lower-case title that ends
    ``description``, or None when it is no such title.

    >>> body_name_modifiers("the UDV boss")
    ['UDV']
    >>> body_name_modifiers("the KRCS Marsabit coordinator")
    ['KRCS', 'Marsabit']
    >>> body_name_modifiers("the spokesperson") is None
    True
    >>> body_name_modifiers("the company's boss") is None
    True
    """
    words = description.split()
    if len(words) < 3 or len(words) > 5 or words[0].lower() != "the":
        return None
    head, middle = words[-1], words[1:-1]
    if not head.islower() or head not in TITLE_HEADS:
        return None
    if not all(w[:1].isupper() and w.replace("-", "").isalnum() for w in middle):
        return None
    return middle


def introduced_with(text: str, sentence_start: int, name_start: int, words: list[str]) -> bool:
    """The words before a person's first name in its sentence hold every word of
    ``words`` ("UDV Kenya Limited General Manager, Josephat Ngile": "UDV").

    >>> s = "UDV Kenya Limited General Manager, Josephat Ngile, says"
    >>> introduced_with(s, 0, 35, ["UDV"])
    True
    >>> introduced_with(s, 0, 35, ["EABL"])
    False
    """
    before = text[sentence_start:name_start]
    return all(re.search(rf"\b{re.escape(w)}\b", before) for w in words)


def introduced_with_modifier(reader, description: str, start: int) -> Actor | None:
    """``UDV Kenya Limited General Manager, Josephat Ngile, says ...`` then ``"Q," says the
    UDV boss``: a definite title whose capitalised modifiers (a body's name) the person who
    spoke last was introduced with renames that person, though the title is not the one
    the text gave them. Only a person who spoke in this paragraph or the one before, with
    no other person speaking between.

    ``reader`` holds the article's actor index and the timeline of (position, actor,
    salient) speakers read so far; ``description`` is the title's text at ``start``.
    """
    index, timeline = reader.index, reader.timeline
    words = body_name_modifiers(description)
    if words is None:
        return None
    spoke = [(pos, a) for pos, a, *_ in timeline if pos < start]
    if not spoke or spoke[-1][1].kind != "person" or spoke[-1][1].key.startswith("unnamed:"):
        return None
    pos, actor = spoke[-1]
    if paragraphs_apart(index, pos, start) > 1:
        return None
    first = actor.first[0]
    sent = bisect.bisect_right(index.sentence_starts, first) - 1
    if sent < 0 or not introduced_with(index.text, index.sentence_starts[sent], first, words):
        return None
    return actor


def renamed_or_introduced(
    reader, words: list[str], description: str, start: int, aff: str | None
) -> tuple[Actor | None, str | None]:
    """The person a definite title renames and the evidence: the untitled person named
    before (:func:`.last_speaker.renamed_by_title`), else the one who spoke just before
    introduced with the title's modifiers (:func:`introduced_with_modifier`), else the one
    official of the title's country who spoke before it
    (:func:`.national_officials.sole_national_speaker`)."""
    actor, how = renamed_by_title(reader.index, reader.timeline, words, start, aff)
    if actor is None and (intro := introduced_with_modifier(reader, description, start)):
        return intro, INTRODUCED_MODIFIER
    if actor is None:
        national = sole_national_speaker(reader.index, reader.timeline, words, start, aff)
        return (national, SOLE_NATIONAL_SPEAKER) if national is not None else (None, None)
    return actor, how
