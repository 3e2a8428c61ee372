"""An age used as a noun renames a person: "Jenny Hockey, a retired sociology lecturer, was
one of those arrested. "Q," the 70-year-old said": the person the article introduced last."""

from __future__ import annotations

import bisect

from ..actor_index import ActorIndex
from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import AGE_NOUN, ANONYMOUS_ROLES, is_head_word

#: The evidence of a quote this rule placed.
AGED_PERSON = "an age noun: the person the text introduced last"


def is_age_noun(word: str) -> bool:
    """``70-year-old``: an age written as one word, a noun after "the".

    >>> is_age_noun("70-year-old"), is_age_noun("year-old"), is_age_noun("old")
    (True, False, False)
    """
    return bool(AGE_NOUN.match(word))


def aged_speaker(index: ActorIndex, start: int, end: int) -> SpeakerRef | None:
    """``the 70-year-old said`` at ``start``: of the persons named outside quotations in
    its paragraph or the one before, the one the text introduced last (named first latest):
    "Mika Biereth" after "Schicker is negotiating ... about the striker" in "The 21-year-old
    has told", the person just introduced, not the one who goes on acting around him."""
    s = bisect.bisect_right(index.sentence_starts, start) - 1
    par = index.sentences[max(0, s)][1] - 1  # ids count from 1
    since = index.paragraphs[max(0, par - 1)][2]
    persons = {
        m.actor
        for m in index.mentions_in(since, start)
        if m.actor.kind == "person" and not m.in_quote
    }
    if not persons:
        return None
    actor = max(persons, key=lambda a: a.first[0])
    return SpeakerRef(actor, None, start, end, True, AGED_PERSON)


def aged_subject(index: ActorIndex, words: list[Token], i: int, k: int, run: list[Token]):
    """The person a definite description made of an age alone renames (``run``, from
    ``words[i]`` "the" to ``words[k]``), unless a name follows it ("the 62-year-old Costa":
    the name is the mention)."""
    if len(run) != 1 or not is_age_noun(run[0].lower):
        return None
    if k < len(words) and words[k].cap:
        return None
    return aged_speaker(index, words[i].start, run[0].end)


def head_positions(run: list[Token], unnamed: bool) -> list[int]:
    """Where a description's run has a head word: a title or group noun, for an unnamed
    person an anonymous role too ("a witness"), not a possessive nor an age, which modifies
    the noun or name after it ("56-year-old Frederic Perdriel", "the 64-year-old writer")."""
    return [
        n
        for n, t in enumerate(run)
        if (is_head_word(t.lower) or (unnamed and t.lower in ANONYMOUS_ROLES))
        and not t.poss
        and not is_age_noun(t.lower)
    ]
