"""A reporting verb's subject that renames a person already named, by what they are
(""My book is a respectful portrayal of Islam ...," said the American author": Sherry
Jones, named paragraphs before; "In response, the entrepreneur labeled European regulators
as "Q"": Elon Musk).

News writing names a person, then goes on with a definite description of their occupation
or standing instead of the name. When the phrase resolver ties such a subject to no actor,
it is the person named last before it, outside quotations; not when the text brought in an
unnamed person with that noun before ("a teacher said ... the teacher added").
"""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import DEMONYMS, ORGANISATION_WORDS, TITLE_HEADS
from .main_clause import definite_description

#: Nouns that describe a person by occupation or standing ("teacher", "author",
#: data/words/person_nouns.txt), not a title the title rules read ("minister") nor a body.
_PERSON_NOUNS = word_set("person_nouns") - TITLE_HEADS - ORGANISATION_WORDS

#: The most words of such a description after "the" ("the retired primary teacher").
_MAX_WORDS = 3

#: The rule, for the evidence column.
RENAMED_PERSON = "a description of the person named last before it"


def renaming_description(words: list[Token]) -> bool:
    """``words`` are "the" and a short lower-case description (a nationality may stand in
    it: "the American author") headed by a noun of a person's occupation or standing, no
    title ("the minister": the title rules') nor body ("the union").

    >>> from ..tokens import tokenize
    >>> renaming_description(tokenize("the American author", [0]))
    True
    >>> renaming_description(tokenize("the minister", [0]))
    False
    >>> renaming_description(tokenize("the union", [0]))
    False
    """
    if not 2 <= len(words) <= _MAX_WORDS + 1 or words[0].lower != "the":
        return False
    rest = [w for w in words[1:] if not (w.cap and w.lower in DEMONYMS)]
    if not rest or rest[-1] is not words[-1] or words[-1].lower not in _PERSON_NOUNS:
        return False
    return definite_description([words[0], *rest]) is not None


def renamed_person(finder, words: list[Token]) -> SpeakerRef | None:
    """The person named last before the subject ``words`` (:func:`renaming_description`),
    outside quotations; None when ``words`` are no such description, no person is named
    before, or an unnamed person came in with the same noun ("a teacher"). ``finder`` is
    the :class:`Attributor`."""
    if not words or not renaming_description(words):
        return None
    start, noun = words[0].start, re.escape(words[-1].lower)
    if re.search(
        rf"\b(?:an?|one)\s+(?:\S+\s+){{0,2}}?{noun}\b", finder.text[:start], re.IGNORECASE
    ):
        return None  # "a teacher said ... the teacher added": the unnamed one
    people = [
        m
        for m in finder.index.mentions_in(0, start)
        if m.actor.kind == "person" and not m.in_quote and m.end <= start
    ]
    if not people:
        return None
    actor = people[-1].actor
    finder.note_span(actor, start, words[-1].end)
    return SpeakerRef(actor, None, start, words[-1].end, True, RENAMED_PERSON)
