"""Who says a statement noun's words when an inner clause's verb utters it.

A main reporting verb's subject does not say a quotation that a noun for something said
introduces when a clause inside the reported one names its own speaker for that noun:
``They said there should be little impact while others such as The Conference Board
issued more dire warnings that the strike would "paralyze U.S. trade."`` (The Conference
Board's words, not theirs). The noun is the object of a verb of uttering
(data/words/uttering_verbs.txt) with at most a few modifiers between, and its "that" or
"for" opens the quotation's clause.
"""

from __future__ import annotations

from ..wordlists import word_set
from .act_owners import complement_words
from .records import SpeakerRef
from .tokens import Token

#: Verb forms that utter their object: data/words/uttering_verbs.txt.
UTTERING_VERBS = word_set("uttering_verbs")

#: At most this many words between the verb and the noun ("more dire warnings").
_MAX_MODIFIERS = 3


def uttering_verb(words: list[Token]) -> Token | None:
    """The verb of uttering whose object is the last statement noun of ``words`` (the words
    before a quotation, no punctuation) that opens its complement there: ``others such as
    The Conference Board issued more dire warnings that the strike would``; the words
    between are lower case, no verb of saying or relative word among them.

    >>> from .tokens import tokenize
    >>> def verb(text):
    ...     found = uttering_verb([t for t in tokenize(text, [0]) if t.text[0].isalnum()])
    ...     return found and found.text
    >>> verb("while The Conference Board issued more dire warnings that the strike would")
    'issued'
    >>> verb("The minister made clear that the plan would")
    >>> verb("who issued a statement on Monday that the plan would")
    """
    for k in range(len(words) - 2, 0, -1):
        if words[k + 1].lower not in complement_words(words[k].lower):
            continue
        if words[k + 1].lower not in ("that", "for"):
            return None
        for j in range(k - 1, max(-1, k - 2 - _MAX_MODIFIERS), -1):
            if words[j].lower in UTTERING_VERBS:
                return words[j]
            if not words[j].text.islower() or words[j].lower in ("that", "who", "which"):
                return None
        return None
    return None


def uttered_statement_ref(att, words: list[Token]) -> SpeakerRef | None:
    """The speaker of a quotation after ``words`` (the words after the sentence's last
    reporting verb) when a statement noun there is uttered by an inner clause's verb
    (:func:`uttering_verb`): that verb's own subject, found by ``att`` (the attributor)
    and named in those words, an actor or a description (``They said ... while others
    such as The Conference Board issued more dire warnings that the strike would "Q"``)."""
    if (verb := uttering_verb(words)) is None:
        return None
    ref = att.subject_of_verb(verb.start, verb.end)
    if ref is None or not words[0].start <= ref.start < verb.start:
        return None
    return ref if ref.actor is not None or ref.described else None
