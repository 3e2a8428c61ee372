"""A definite title description as a cue's subject that the resolver tied to no one named is
the one person the sentence right before names ("This was announced by the US President's
Special Representative for Arms Control Marshall Billingsley. ¶ "Q," the State Department
official said": Marshall Billingsley).

News writing names a person, then goes on at once with a description of their post or standing
in place of the name ("the State Department official", "the reigning Premier League
champion", "The executive director of FundaciónTerram"). When no rule tied the description to
a named person, and the sentence just before names exactly one person outside quotations, the
description is that person.
"""

from __future__ import annotations

from ...wordlists import word_set
from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import TITLE_HEADS

#: Head nouns of a title or a standing ("official", "director", "champion"): the title
#: heads and the nouns of a person's occupation or standing (data/words/person_nouns.txt).
_HEADS = TITLE_HEADS | word_set("person_nouns")

#: The most words between "the" and the subject's own span ("the reigning ...").
_MAX_LEAD = 2

#: The rule, for the evidence column.
DESCRIBED_TITLE = "a title description renaming the one person the sentence before names"


def title_head(words: list[Token]) -> Token | None:
    """The head noun of a description ``words``: the word before its first "of", else its last
    word, when it is a lower-case title or person noun.

    >>> from ..tokens import tokenize
    >>> title_head(tokenize("The executive director of FundaciónTerram", [0])).text
    'director'
    >>> title_head(tokenize("the State Department official", [0])).text
    'official'
    >>> title_head(tokenize("the Foreign Office", [0])) is None
    True
    """
    k = next((i for i, w in enumerate(words) if w.lower == "of"), len(words))
    if k == 0:
        return None
    head = words[k - 1]
    return head if head.text.islower() and head.lower in _HEADS else None


def _definite_start(finder, ref: SpeakerRef) -> int | None:
    """Where "the" opens the description ``ref`` spans, at its start or up to two words
    before it ("the reigning Premier League champion"); None when no "the" does."""
    k = finder.index.token_index(ref.start)
    for j in range(k, max(-1, k - _MAX_LEAD - 2), -1):
        tok = finder.tokens[j]
        if tok.sent != finder.tokens[k].sent or not tok.text[0].isalpha():
            return None
        if tok.lower == "the":
            return tok.start
    return None


def verb_object(finder, start: int) -> bool:
    """A lower-case "-ed" verb stands within the three words before the name at ``start`` in its
    sentence: the name is what the verb acted on, not who the next sentence describes ("A court
    jailed opposition leader Tomas Brandl for a week. ¶ The judge said": the judge)."""
    k = finder.index.token_index(start)
    before = finder.tokens[max(0, k - 3) : k]
    return any(
        t.sent == finder.tokens[k].sent and t.text.islower() and t.lower.endswith("ed")
        for t in before
    )


def described_title_holder(finder, cue) -> SpeakerRef | None:
    """The cue's subject, but the one person named outside quotations in the sentence right
    before the cue's, when the subject is a definite description headed by a title or
    standing noun (:func:`title_head`) that names no one ("the State Department official
    said" after "... by the US President's Special Representative for Arms Control Marshall
    Billingsley."). ``finder`` is the :class:`Attributor`."""
    ref = cue.subject
    if ref is None or cue.sent == 0 or (ref.actor is not None and ref.actor.mentions):
        return ref
    start = _definite_start(finder, ref)
    words = [t for t in finder.toks_between(ref.start, ref.end) if t.text[0].isalnum()]
    if start is None or not words or title_head(words) is None:
        return ref
    prev = finder.sentences[cue.sent - 1]
    if finder.par_of_sent[cue.sent] - prev[1] > 1:
        return ref
    people = {
        id(m.actor): m.actor
        for m in finder.index.mentions_in(prev[3], prev[4])
        if m.actor.kind == "person" and not m.in_quote and not verb_object(finder, m.start)
    }
    if len(people) != 1:
        return ref
    actor = next(iter(people.values()))
    if all(part.lower() in {w.lower for w in words} for part in actor.name.split()):
        return ref  # the description's own words
    finder.note_span(actor, start, ref.end)
    return SpeakerRef(actor, None, start, ref.end, True, DESCRIBED_TITLE)
