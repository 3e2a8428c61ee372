"""A demonym used as a noun renames a person: "Australian Adam Scott ... "Q," the Australian
said": the person the text introduced with that word.

Sports and feature writing names a person with a nationality before the name, then goes
on with "the" and that nationality alone ("the Briton", "the Spaniard", "the Kuwaiti").
"""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import DEMONYMS
from .age_nouns import aged_subject

#: The evidence of a quote this rule placed.
DEMONYM_PERSON = "a demonym as a noun: the person the text introduced with it"

#: The most words between an introducing demonym and the name it goes with ("Kuwaiti oil
#: minister Sheikh Saud Nasser al-Sabah").
_MAX_BETWEEN = 4

#: Nouns that name a person by nationality ("Spaniard", "Briton"; data/words/person_demonyms.txt).
PERSON_DEMONYMS = word_set("person_demonyms")

#: Words that end a title between a demonym and a name: a conjunction, another demonym.
_STOPS = {"and", "or", "with", "&"} | set(DEMONYMS) | PERSON_DEMONYMS


def demonym_noun(run: list[Token]) -> str | None:
    """The demonym a description after "the" is made of alone, capitalised ("the
    Australian" -> "Australian"); None for any other run.

    >>> from ..tokens import tokenize
    >>> demonym_noun(tokenize("Australian", [0])), demonym_noun(tokenize("Spaniard", [0]))
    ('Australian', 'Spaniard')
    >>> demonym_noun(tokenize("Australian author", [0])) is None
    True
    """
    if len(run) != 1 or not run[0].cap or run[0].poss:
        return None
    if run[0].lower not in DEMONYMS and run[0].lower not in PERSON_DEMONYMS:
        return None
    return run[0].text


def introduced_with(text: str, start: int, demonym: str) -> bool:
    """The name at ``start`` comes right after ``demonym``, or after it and a few words of
    a title with no punctuation, conjunction or other demonym between ("Kuwaiti oil minister
    Sheikh Saud"; not Adam Scott's in "American Bubba Watson and Australian Adam Scott").

    >>> s = "Briton Ian Poulter, American Bubba Watson and Australian Adam Scott"
    >>> introduced_with(s, s.index("Adam"), "Australian"), introduced_with(s, 20, "Australian")
    (True, False)
    >>> introduced_with(s, s.index("Adam"), "American")
    False
    """
    before = text[max(0, start - 80) : start].split()
    for n, word in enumerate(reversed(before[-(_MAX_BETWEEN + 1) :])):
        if word == demonym:
            return True
        if n >= _MAX_BETWEEN or word.lower() in _STOPS or not re.fullmatch(r"[\w'’-]+", word):
            return False
    return False


def demonym_subject(reader, words: list[Token], i: int, k: int, run: list[Token]):
    """The person "the" and a demonym alone (``run``, from ``words[i]`` to ``words[k]``)
    renames: of the persons named outside quotations before it, the nearest the text
    introduced with that demonym ("Australian Adam Scott" ... "the Australian said": Adam
    Scott, not Peter Dawson who spoke before); None when there is no such person, or
    a word follows the demonym in the subject ("the Russian statement said": a document;
    "the Australian Adam Scott": the name is the mention).
    ``reader`` is the :class:`Attributor`."""
    demonym = demonym_noun(run)
    if demonym is None or k < len(words):
        return None  # "the Russian statement said", "the Australian Adam Scott"
    return demonym_speaker(reader, demonym, words[i].start, run[-1].end)


def demonym_speaker(reader, demonym: str, start: int, end: int) -> SpeakerRef | None:
    """Of the persons named outside quotations before ``start``, the nearest the text
    introduced with ``demonym`` (:func:`introduced_with`), as the speaker of "the"
    ``demonym`` at ``[start, end)``; None when there is none."""
    for m in reversed(reader.index.mentions_in(0, start)):
        person = m.actor.kind == "person" and not m.in_quote and m.how == "name"
        if person and introduced_with(reader.text, m.start, demonym):
            return SpeakerRef(m.actor, None, start, end, True, DEMONYM_PERSON)
    return None


def person_demonym_subject(reader, words: list[Token]) -> SpeakerRef | None:
    """A subject that is "the" and a noun of nationality alone ("the Spaniard said",
    "said the Briton"; data/words/person_demonyms.txt): the person the text introduced
    with it ("Spaniard Rafael Nadal"), None when there is none."""
    if len(words) != 2 or words[0].lower != "the" or words[1].lower not in PERSON_DEMONYMS:
        return None
    return demonym_speaker(reader, words[1].text, words[0].start, words[1].end)


def aged_or_demonym_subject(reader, words: list[Token], i: int, k: int, run: list[Token]):
    """The person "the" and an age or a demonym alone renames ("the 70-year-old said":
    :func:`~.age_nouns.aged_subject`; "the Australian said": :func:`demonym_subject`)."""
    return aged_subject(reader, words, i, k, run) or demonym_subject(reader, words, i, k, run)
