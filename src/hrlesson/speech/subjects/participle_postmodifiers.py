"""A participle phrase of speaking after the noun that heads a subject only modifies it.

"A senior official speaking on condition of anonymity said", "A pirate commander speaking
to reporters said": news English describes an unnamed source by a noun and a participle
phrase (a reduced relative clause: "who was speaking to reporters"). The noun before the
participle heads the subject and speaks, not a name or a plural noun inside the phrase
("reporters"), and a phrase of how the source spoke is no part of its description.
"""

from __future__ import annotations

from ...wordlists import word_set
from ..frames import by_rule
from ..person_appositions import PERSON_NOUNS
from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import (
    ADVERBS,
    ANONYMOUS_ROLES,
    DEMONYMS,
    DETERMINERS,
    EPITHET_NOUNS,
    PREPOSITIONS,
    is_head_word,
)

#: Words that open the description of one person before its participle phrase.
_OPENERS = frozenset(["a", "an", "one", "another", "the"])

#: At most this many modifiers between the opener and the noun ("a senior police official").
_MAX_MODIFIERS = 4

#: Nouns for a person that can head such a subject.
_HEADS = ANONYMOUS_ROLES | EPITHET_NOUNS | PERSON_NOUNS

#: Participles of the speaking itself (data/words/speaking_participles.txt): "speaking on
#: condition of anonymity", "talking to reporters"; a phrase that says who the person is
#: ("one woman supporting the petition") stays part of the description.
_SPEAKING = word_set("speaking_participles")

#: The rule, for the evidence column.
PARTICIPLE_POSTMODIFIER = "the noun before the participle phrase that modifies it"


def _modifier(t: Token) -> bool:
    """A word that may stand between the opener and the noun: lower case, a number or an
    age, or a nationality ("a senior", "a 35-year-old", "a Nepalese")."""
    return t.text.islower() or t.text[0].isdigit() or t.lower in DEMONYMS


def _participle(t: Token) -> bool:
    """A lower-case "-ing" form that is no preposition ("speaking", not "during")."""
    return (
        t.text.islower()
        and t.lower.endswith("ing")
        and len(t.lower) > 4
        and (t.lower not in PREPOSITIONS)
    )


def _phrase_goes_on(t: Token) -> bool:
    """The word after the participle opens its complement: a preposition, a determiner or
    an adverb ("speaking on condition", "visiting the site", "speaking anonymously"), not
    a noun the "-ing" word modifies ("an official working group")."""
    low = t.lower
    return low in PREPOSITIONS or low in DETERMINERS or low in ADVERBS or low.endswith("ly")


def participle_postmodifier_at(words: list[Token]) -> int | None:
    """The index of the participle of speaking (data/words/speaking_participles.txt) that
    opens a phrase modifying the person noun heading ``words`` (an opener, up to four
    modifiers, the noun), or None.

    >>> from ..tokens import tokenize
    >>> participle_postmodifier_at(tokenize("A pirate commander speaking to reporters", [0]))
    3
    >>> participle_postmodifier_at(tokenize("A senior official speaking anonymously", [0]))
    3
    >>> participle_postmodifier_at(tokenize("An official working group", [0])) is None
    True
    >>> participle_postmodifier_at(tokenize("One woman supporting the petition", [0])) is None
    True
    >>> participle_postmodifier_at(tokenize("The statement issued on Monday", [0])) is None
    True
    """
    if len(words) < 4 or words[0].lower not in _OPENERS:
        return None
    for k in range(2, min(len(words) - 1, _MAX_MODIFIERS + 3)):
        if _participle(words[k]):
            head = words[k - 1]
            if head.lower not in _HEADS and not is_head_word(head.lower):
                return None
            if not head.text.islower() or not all(_modifier(t) for t in words[1 : k - 1]):
                return None
            speaking = words[k].lower in _SPEAKING
            return k if speaking and _phrase_goes_on(words[k + 1]) else None
    return None


def participle_postmodified_subject(finder, words: list[Token], at: int) -> SpeakerRef | None:
    """The subject ``words`` of a cue at offset ``at`` read up to the participle phrase
    that modifies its head (:func:`participle_postmodifier_at`): "A pirate commander
    speaking on condition of anonymity also from Haradhere said" is "a pirate commander";
    None when ``words`` have no such phrase. ``finder`` is the :class:`Attributor`."""
    k = participle_postmodifier_at(words)
    if k is None:
        return None
    ref = finder.resolve_span(words[0].start, words[k - 1].end, at)
    return by_rule(ref, PARTICIPLE_POSTMODIFIER)
