"""A family named by a pronoun is the family of the person the pronoun means: "his family
said" after "Star Wars actor Peter Mayhew" is "Peter Mayhew's family", as the reporter would
write it with the name (the speaker resolved where the article identifies them)."""

from __future__ import annotations

from ..records import SpeakerRef
from ..tokens import Token

#: The evidence for a family named by :func:`owned_family`.
OWNED_FAMILY = 'a family owned by "his"/"her": the family of the person the pronoun means'

#: Possessives of one person ("their family" may be anyone's).
_PERSON_POSSESSIVES = frozenset(["his", "her"])

#: The collective nouns of a person's relatives taken as one speaker.
_FAMILY_NOUNS = frozenset(["family"])


def family_name(owner: str) -> str:
    """The family of the person named ``owner``, written with the name.

    >>> family_name("Peter Mayhew"), family_name("Bob Hoskins")
    ("Peter Mayhew's family", "Bob Hoskins's family")
    """
    return f"{owner}'s family"


def family_owner(reader, owner_word: Token, at: int):
    """The named person ``owner_word`` ("his"/"her") stands for at ``at``, or None; the
    family :func:`owned_family` named before when the pronoun is read as that family."""
    if owner_word.lower not in _PERSON_POSSESSIVES:
        return None
    ref = reader._pronoun(owner_word, at)
    person = ref.actor if ref is not None else None
    if person is None or person.kind != "person":
        return None
    if person.key.startswith("unnamed:") and not person.name.endswith(family_name("")):
        return None
    return person


def owned_family(reader, words: list[Token], j: int, owner_word, at: int) -> SpeakerRef | None:
    """``His family praised Mayhew's "kindness generosity and care"``: "his"/"her"
    (``owner_word``) and the noun "family" (``words[j]``) with no name after it speak as
    the family of the named person the pronoun means: "Peter Mayhew's family". None when
    the pronoun means nobody named (the caller keeps "his family")."""
    if not isinstance(owner_word, Token) or j >= len(words) or words[j].lower not in _FAMILY_NOUNS:
        return None
    nxt = words[j + 1] if j + 1 < len(words) else None
    if nxt is not None and nxt.cap and nxt.start == words[j].end + 1:
        return None  # "his family friend John Smith": a name follows
    person = family_owner(reader, owner_word, at)
    if person is None:
        return None
    if person.name.endswith(family_name("")):
        actor = person  # "his" read again as the family named so: the same family
    else:
        actor = reader.unnamed_person(family_name(person.name), None)
    reader.note_span(actor, owner_word.start, words[j].end)
    return SpeakerRef(actor, None, owner_word.start, words[j].end, True, OWNED_FAMILY)


def sole_owned_family(reader, at: int) -> SpeakerRef | None:
    """``His family praised ...`` then ``"Q," the family wrote``: the one family
    :func:`owned_family` named before ``at``; None when none or several were named."""
    suffix = family_name("")
    families = [
        a
        for a in reader.index.actors
        if a.key.startswith("unnamed:") and a.name.endswith(suffix)
        if any(start < at for start, _ in reader.extra.get(id(a), ()))
    ]
    if len(families) != 1:
        return None
    return SpeakerRef(families[0], None, at, at, True, OWNED_FAMILY)
