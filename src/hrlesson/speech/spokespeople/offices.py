"""A person's office speaks for the person: "Santos’ office said" is George Santos's words,
as "a spokesperson for Mr Johnson" is Boris Johnson's (data/words/holder_offices.txt)."""

from __future__ import annotations

from ...wordlists import word_set
from ..records import SpeakerRef
from ..tokens import Token

#: Nouns for the staff that speaks in its holder's name: data/words/holder_offices.txt.
HOLDER_OFFICES = word_set("holder_offices")

#: The evidence for a speaker found by :func:`office_holder`.
HOLDER_OFFICE = "the person whose office speaks"


def holder_office_at(words: list[Token], k: int) -> Token | None:
    """The office noun, written in lower case, that ends the phrase ``words`` right after
    the possessive ``words[k]``, or None: "Santos’ office", "Mr McCormack’s office", "his
    office"; not "the President’s Office" (a body's name) nor "his office manager".

    >>> from ..tokens import tokenize
    >>> holder_office_at(tokenize("Mr McCormack’s office", [0]), 1).text
    'office'
    >>> holder_office_at(tokenize("the President’s Office", [0]), 1) is None
    True
    >>> holder_office_at(tokenize("his office manager", [0]), 0) is None
    True
    """
    if k + 2 != len(words) or not (words[k].poss or words[k].lower in ("his", "her")):
        return None
    noun = words[k + 1]
    if noun.text not in HOLDER_OFFICES or noun.start > words[k].end + 1:
        return None
    return noun


def office_holder(reader, person, words: list[Token], k: int, start: int) -> SpeakerRef | None:
    """``Santos’ office said on Twitter that he is "fully cooperating"``: the person named
    (or meant by "his"/"her") before the possessive ``words[k]`` speaks through the
    office after it; the phrase from ``start`` runs to the office noun. None when no
    office follows or ``person`` is no named person. ``reader`` is the attributor."""
    noun = holder_office_at(words, k)
    if noun is None or person is None or person.kind != "person":
        return None
    if person.key.startswith("unnamed:"):
        return None
    reader.note_span(person, start, noun.end)
    return SpeakerRef(person, None, start, noun.end, True, HOLDER_OFFICE)
