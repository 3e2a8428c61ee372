"""A person a definite subject only describes, though people were named before: "Arnold
Teague, 73, who has rented his allotment ..." ... "The husband said: 'We're devastated'";
"The local authority brought the case against Jackson Rowsell ..." ... "The victim said the
design “looked awful and amateurish”". A writer renames a person named before by a noun
written beside the name ("Mr Teague, a retired engineer," ... "the engineer") or by an epithet
closing the frame of their quotation ('"Q," the five-time world champion added'); a bare
"the" and a noun no named person was given, opening a sentence, brings in someone else, whom
the article only describes. Then the
description speaks as written, rather than the ranker's guess among the people named, which
cannot be right (:func:`.unnamed_people.unnamed_described_person` leaves it whenever a person
is named before).
"""

from __future__ import annotations

from ..records import SpeakerRef
from ..tokens import Token
from .unnamed_people import described_person_ref

#: How far around a person's name a noun counts as given to them, in characters
#: ("Mr Teague, a retired engineer, had spent": the apposition after the name).
_NEAR_NAME = 60

#: The rule, for the evidence column.
UNCLAIMED_DESCRIPTION = "a person described by a noun given to no one named before"


def _given_to_named(finder, noun: str, before: int) -> bool:
    """A person named before ``before``, outside quotations, holds ``noun`` as a role or
    has it written within :data:`_NEAR_NAME` characters of a mention ("driver John Smith",
    "Smith, a bus driver,")."""
    text = finder.text
    for m in finder.index.mentions_in(0, before):
        if m.actor.kind != "person" or m.in_quote:
            continue
        if noun in (m.actor.role or "").lower().split():
            return True
        near = text[max(0, m.start - _NEAR_NAME) : min(before, m.end + _NEAR_NAME)].lower()
        if noun in near.replace(",", " ").split():
            return True
    return False


def _opens_sentence(text: str, start: int) -> bool:
    """``text[start:]`` opens its sentence: a paragraph, or after a stop (a closing mark
    after it too), not a closing frame after a quotation ('“Q,” the stay-at-home mum added').

    >>> _opens_sentence('He left. The victim said', 9), _opens_sentence('“Q,” the mum added', 5)
    (True, False)
    """
    before = text[:start].rstrip(" \t")
    if not before or before.endswith("\n") or before[-1] in ".!?":
        return True
    return before[-1] in "\"”’'" and before[-2:-1] in (".", "!", "?")


def unclaimed_description(finder, words: list[Token]) -> SpeakerRef | None:
    """The person the definite subject ``words`` describe ("The husband", "The victim"),
    as written (:func:`.unnamed_people.described_person_ref`), when they are "the" and one
    noun opening their sentence (:func:`_opens_sentence`; not "the five-time world champion
    added", which renames the person quoted before, nor "The owner of Your Care") and the
    noun was given to no person named before (:func:`_given_to_named`); ``finder`` is the
    :class:`Attributor`.

    >>> from ..tokens import tokenize
    >>> class Finder:  # no one named before
    ...     text = "The victim said"
    ...     class index:
    ...         mentions_in = staticmethod(lambda a, b: [])
    >>> unclaimed_description(Finder, tokenize("The victim", [0])).label
    'the victim'
    >>> unclaimed_description(Finder, tokenize("A victim", [0])) is None
    True
    """
    if (
        len(words) != 2
        or words[0].lower != "the"
        or not _opens_sentence(finder.text, words[0].start)
    ):
        return None
    ref = described_person_ref(finder.text, words)
    if ref is None:
        return None
    noun = finder.text[ref.start : ref.end].split()[-1].lower()
    if _given_to_named(finder, noun, words[0].start):
        return None
    return SpeakerRef(None, ref.label, ref.start, ref.end, True, UNCLAIMED_DESCRIPTION)
