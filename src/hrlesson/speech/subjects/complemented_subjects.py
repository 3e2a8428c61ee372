"""A main clause's subject that is a definite noun with a prepositional complement.

"The counsel for the respondents countered this statement and said ...": the index
resolves "The counsel for the respondents" to no actor, and the clause's object ("this
statement") must not take its place; the phrase is kept as written, the speaker's label.
"""

from __future__ import annotations

from ...wordlists import word_set
from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import (
    DETERMINERS,
    ORGANISATION_WORDS,
    PRONOUNS,
    STOP_WORDS,
    TITLE_HEADS,
    TITLE_SYNONYMS,
)

#: The prepositions that join a complement to the noun heading a subject ("the counsel
#: for the respondents", "the head of the association").
_LINKS = frozenset(["of", "for"])

#: Head nouns of a description that can speak: a body, a post, a person ("the union", "the
#: minister", "the entrepreneur"), not a thing ("the meeting", "the protest").
SPEAKER_HEADS = ORGANISATION_WORDS | TITLE_HEADS | word_set("person_nouns")

#: Nouns that can head a speaker's description with a complement: :data:`SPEAKER_HEADS` and
#: the titles' synonyms ("counsel" for a lawyer: data/words/title_synonyms.csv).
_HEADS = SPEAKER_HEADS | frozenset(TITLE_SYNONYMS) | frozenset().union(*TITLE_SYNONYMS.values())

#: The longest phrase kept as a label.
_MAX_WORDS = 8


def complemented_description(text: str, words: list[Token]) -> SpeakerRef | None:
    """``words`` as a label when they are "the" + lower-case noun that can speak (a body, a
    post or a person; adjectives before it) + "of"/"for" + a lower-case noun phrase, all
    before the clause's verb; None otherwise ("The future of fossil fuels" speaks not).

    >>> from ..tokens import tokenize
    >>> t = "The counsel for the respondents"
    >>> complemented_description(t, tokenize(t, [0])).label
    'The counsel for the respondents'
    >>> t = "The counsel"
    >>> complemented_description(t, tokenize(t, [0])) is None
    True
    >>> t = "The future of fossil fuels"
    >>> complemented_description(t, tokenize(t, [0])) is None
    True
    >>> t = "The rest of them"
    >>> complemented_description(t, tokenize(t, [0])) is None
    True
    """
    if not 4 <= len(words) <= _MAX_WORDS or words[0].lower != "the":
        return None
    link = next((k for k, t in enumerate(words) if t.lower in _LINKS), None)
    if link is None or link < 2 or link == len(words) - 1:
        return None
    for k, t in enumerate(words[1:], 1):
        if not (t.text.isalpha() and t.text.islower()) or t.lower in PRONOUNS:
            return None
        if k != link and t.lower in STOP_WORDS and t.lower not in DETERMINERS:
            return None
    if words[link - 1].lower not in _HEADS or words[-1].lower in DETERMINERS:
        return None
    start, end = words[0].start, words[-1].end
    return SpeakerRef(None, text[start:end], start, end, True, "a subject with its complement")
