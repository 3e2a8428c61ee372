"""A person's name after an inverted reporting verb, opened by "a"/"an" and a word that
describes the speaker's mood or state ('"Q," complained a discontented K.B. Verma, a
tourist from New Delhi.'; '"Q," said an emotional Jane Doe.'). News writing sets such an
adjective before a named speaker with an indefinite article; the name speaks, as the
article holds it or as written, not the description "a discontented".
"""

from __future__ import annotations

from ..records import SpeakerRef
from ..tokens import Token
from .unindexed_names import unindexed_name_words

#: The rule, for the evidence column.
DESCRIBED_NAME = 'a name after "a"/"an" and an adjective that describes the speaker'

#: At most this many lower-case words between the article and the name.
_MAX_ADJECTIVES = 2


def described_name_start(words: list[Token]) -> int | None:
    """The index in ``words`` (the subject read after an inverted verb) of the name that
    "a"/"an" and one or two lower-case describing words open, or None for any other
    phrase.

    >>> from ..tokens import tokenize
    >>> described_name_start(tokenize("a discontented K.B. Verma", [0]))
    2
    >>> described_name_start(tokenize("an emotional and tired Jane Doe", [0])) is None
    True
    >>> described_name_start(tokenize("a spokesman", [0])) is None
    True
    """
    if len(words) < 3 or words[0].lower not in ("a", "an"):
        return None
    for k in range(1, min(len(words), _MAX_ADJECTIVES + 2)):
        word = words[k]
        if word.cap:
            return k if k > 1 else None
        if not word.text.replace("-", "").isalpha() or not word.text.islower():
            return None
        if word.lower in ("and", "or", "of"):
            return None
    return None


def described_name_ref(index, text: str, words: list[Token]) -> SpeakerRef | None:
    """The person an inverted subject names after a describing adjective: the actor whose
    mention starts there, else the name as written (:mod:`.unindexed_names`); None when
    the words are no such phrase.

    >>> from ..tokens import tokenize
    >>> s = "a discontented Jane Doe"
    >>> described_name_ref(None, s, tokenize(s, [0])).label
    'Jane Doe'
    """
    k = described_name_start(words)
    if k is None:
        return None
    m = index.mention_starting(words[k].start) if index is not None else None
    if m is not None and m.actor.kind == "person":
        return SpeakerRef(m.actor, None, m.start, m.end, False, DESCRIBED_NAME)
    name = unindexed_name_words(words[k:])
    if name is None or name[0] is not words[k]:
        return None
    start, end = name[0].start, name[-1].end
    return SpeakerRef(None, text[start:end], start, end, False, DESCRIBED_NAME)
