"""People the article describes but never names: "said a 35-year-old Nepalese worker".

When no description rule reads an indefinite subject (an age and a nationality before the
role, or two roles joined by "and"), the subject is still a person: the words up to the
first role noun describe them ("35-year-old Nepalese worker").
"""

from __future__ import annotations

from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import ANONYMOUS_ROLES, DEMONYMS, PREPOSITIONS

#: At most this many words between the article and the role noun.
_MAX_MODIFIERS = 4


def unnamed_person_words(words: list[Token]) -> list[Token] | None:
    """The words that describe an unnamed person in an indefinite subject, without the
    article: ``a 35-year-old Nepalese worker and father-of-three`` gives
    ``35-year-old Nepalese worker``; None when the words are no such phrase (lower-case
    modifiers and nationalities only, then a role noun such as "worker" or "woman").

    >>> from ..tokens import tokenize
    >>> toks = tokenize("a 35-year-old Nepalese worker and father-of-three", [0])
    >>> [t.text for t in unnamed_person_words(toks)]
    ['35-year-old', 'Nepalese', 'worker']
    >>> unnamed_person_words(tokenize("a Geneva lawyer", [0])) is None
    True
    >>> unnamed_person_words(tokenize("a statement", [0])) is None
    True
    """
    if len(words) < 2 or words[0].lower not in ("a", "an", "one"):
        return None
    for k in range(1, min(len(words), _MAX_MODIFIERS + 2)):
        t = words[k]
        if t.lower in ANONYMOUS_ROLES and t.text.islower():
            return words[1 : k + 1]
        if t.lower in PREPOSITIONS or t.lower in ("and", "or", "who"):
            return None
        if not (t.text.islower() or t.text[0].isdigit() or t.lower in DEMONYMS):
            return None
    return None


def unnamed_person_ref(text: str, words: list[Token]) -> SpeakerRef | None:
    """The unnamed person an inverted subject describes ("said a 35-year-old Nepalese
    worker and father-of-three who ..."), labelled by the words that describe them."""
    desc = unnamed_person_words(words)
    if desc is None:
        return None
    label = text[desc[0].start : desc[-1].end]
    how = "an unnamed person described after the verb"
    return SpeakerRef(None, label, desc[0].start, desc[-1].end, True, how)
