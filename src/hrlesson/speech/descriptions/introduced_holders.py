"""Unnamed holders introduced with "a": "A spokesman for the NFU said" ... "the spokesman said".

A definite title ("the spokesman") renames the holder the text brought in a few sentences
before with "a"/"an", when nobody with that title is named between the two.
"""

from __future__ import annotations

import bisect
import re

from ..actor_index import ActorIndex
from ..vocabulary import TITLE_MODIFIERS, role_has, tidy_description

#: Lower-case words that may stand inside an introduced title: "a spokesman for the ministry".
INTRODUCTION_WORDS = frozenset(["to", "the", "at", "in", "of", "for", "on", "and"])


#: The evidence for a definite title that renames the holder :func:`indefinite_introduction` found.
INTRODUCED_HOLDER = 'the unnamed holder brought in before with "a"'


def introduction_end(text: str, end: int) -> int:
    """The end of an unnamed holder's introduction whose title ends at ``end``, with the
    "for"/"of" and the capitalised name of whom the holder serves: "A spokesman for the
    National Farmers Union said" ... "the spokesman told PA News" is that spokesman, not
    the bare "a spokesman" of the Defra sentence before.

    >>> text = "A spokesman for the National Farmers Union said the news"
    >>> text[: introduction_end(text, 11)]
    'A spokesman for the National Farmers Union'
    >>> introduction_end("a spokesman for the ministry said", 11)
    11
    """
    found = _SERVED_NAME.match(text, end)
    return found.end() if found else end


#: "for"/"of" and a capitalised name after a title ("for the National Farmers Union").
_SERVED_NAME = re.compile(
    r"\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w.'\u2019&-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w.'\u2019&-]*)*"
)


def indefinite_introduction(index: ActorIndex, text: str, head: str, start: int) -> str | None:
    """``a Hong Kong Department of Immigration spokesman said`` ... ``the spokesman
    said``: the definite title (head ``head``, at ``start``) renames the unnamed holder
    the text introduced with "a/an" in the three sentences before, when no person with
    that title is named between the two. Only when a holder of that title was named
    before the introduction, and none after it ("An independent UN expert decried ...",
    then "said Helga Brandt, the Special Rapporteur": the expert is named later), or
    when nobody holds it and the unnamed holder already spoke.
    Returns the introduction's words without "a".
    """
    s = bisect.bisect_right(index.sentence_starts, start) - 1
    since = index.sentences[max(0, s - 3)][3]
    pattern = re.compile(r"\b[Aa]n? ((?:[\w.'\u2019-]+ ){0,6}?)" + re.escape(head) + r"\b")
    found = None
    for m in pattern.finditer(text, since, start):
        words = m.group(1).split()
        if all(w[0].isupper() or w in INTRODUCTION_WORDS or w in TITLE_MODIFIERS for w in words):
            found = m
    if found is None:
        return None
    for m in index.mentions_in(found.end(), start):
        if m.actor.kind == "person" and not m.in_quote:
            return None  # "a UN spokesman, Stephane Dujarric, said": named
    holders = [
        a
        for a in index.actors
        if a.kind == "person"
        and a.role
        and role_has(a.role, head)
        and not a.key.startswith("unnamed:")
    ]
    served = introduction_end(text, found.end())
    intro = tidy_description(text[found.start() : served])
    spoke = [a for k, a in index.actors_by_key.items() if k.startswith("unnamed:" + intro.lower())]
    # a holder named after the definite title is the one meant, unless the introduction
    # named whom it serves ("A spokesman for the NFU" ... "the spokesman" ... "Ian Johnson,
    # South West spokesman for the National Farmers' Union": another spokesman)
    late = [a for a in holders if a.first[0] > found.start()]
    if any(a.first[0] < start or served == found.end() for a in late):
        return None
    if not (holders or len(spoke) == 1):
        return None
    return spoke[0].name if len(spoke) == 1 else intro


#: "a"/"an" and a space, opening a description.
_INDEFINITE_OPENING = re.compile(r"an?\s", re.IGNORECASE)


def opens_indefinite(text: str, start: int) -> bool:
    """The description at ``start`` opens with "a"/"an" ("A representative of ...", "an
    election commission official").

    >>> opens_indefinite("said an official", 5), opens_indefinite("said the official", 5)
    (True, False)
    """
    return _INDEFINITE_OPENING.match(text[start : start + 3]) is not None


#: "a"/"an" and spaces right before a description ("said an ").
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)


def introduced_indefinite(text: str, start: int, reach: int = 12) -> bool:
    """The description at ``start`` is brought in with "a"/"an": the article stands in the
    ``reach`` characters before it ("according to an official") or opens it
    (:func:`opens_indefinite`).

    >>> s = "according to an official race pacesetter"
    >>> introduced_indefinite(s, 16), introduced_indefinite(s, 13), introduced_indefinite(s, 16, 2)
    (True, True, False)
    >>> introduced_indefinite("said the official", 9)
    False
    """
    return bool(_INDEFINITE_BEFORE.search(text[max(0, start - reach) : start])) or opens_indefinite(
        text, start
    )


def indefinite_unnamed_start(text: str, ref, reach: int = 12) -> int | None:
    """Where the unnamed person ``ref`` (a :class:`SpeakerRef` whose actor a description
    brought in) is first described, when "a"/"an" brings the description in
    (:func:`introduced_indefinite`, ``reach`` characters back); else None.

    >>> from ..records import Actor, SpeakerRef
    >>> text = "An official said it. The official added"
    >>> official = Actor("person", "official", first=(0, 11))
    >>> official.key = "unnamed:official"
    >>> indefinite_unnamed_start(text, SpeakerRef(official, None, 25, 33))
    0
    >>> indefinite_unnamed_start(text, SpeakerRef(None, "official", 25, 33)) is None
    True
    """
    actor = ref.actor
    if actor is None or not actor.key.startswith("unnamed:"):
        return None
    start = actor.first[0] if actor.first[1] > 0 else ref.start
    return start if introduced_indefinite(text, start, reach) else None


def indefinite_for_known(text: str, start: int, actor) -> bool:
    """An indefinite description at ``start`` ("A representative of the bereaved families
    explained") brings in someone new: it never renames ``actor``, a person the text named
    before it ("Na Won-o, Deputy Minister of the ... headquarters, made this statement").

    >>> from ..records import Actor
    >>> na = Actor("person", "Na Won-o")
    >>> na.first = (0, 8)
    >>> indefinite_for_known("Na Won-o said. A representative of the families explained", 15, na)
    True
    >>> indefinite_for_known("Na Won-o said. The representative of the families explained", 15, na)
    False
    """
    if actor is None or actor.kind != "person" or actor.key.startswith("unnamed:"):
        return False
    if not opens_indefinite(text, start):
        return False
    return 0 < actor.first[1] <= start
