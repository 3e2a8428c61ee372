"""A title owned by a body the pronoun names: "its foreign ministry spokesman" is North Korea's."""

from __future__ import annotations

from .records import SpeakerRef
from .shown_names import article_state_name
from .tokens import Token
from .vocabulary import DOCUMENT_NOUNS

#: The evidence for a speaker described by :func:`owned_description`.
OWNED_TITLE = 'a title whose owner "its"/"their" names: the owner\'s unnamed official'

#: Possessive pronouns that can stand for a state or a body.
_BODY_POSSESSIVES = ("its", "their")

#: Possessive pronouns that open a phrase :func:`possessive_phrase` reads.
POSSESSIVES = ("his", "her", "its", "their")


def owner_name(owner) -> str:
    """The name an owner is written with before its official's title: a state as the
    article writes it ("North Korea"), any other body by its name."""
    return article_state_name(owner) if owner.kind == "state" else owner.name


def owned_description(reader, words: list[Token], i: int, at: int) -> SpeakerRef | None:
    """``North Korea "fully rejects" the sanctions ..., its foreign ministry spokesman
    said``: a person's title after "its"/"their" (``words[i]``) that no named person
    holds is an official of the state or body the pronoun stands for, shown as the
    text would have written it with the owner's name: "North Korea's foreign ministry
    spokesman". Later descriptions of the same post ("the spokesman") are that
    official too. None when the pronoun is no state's or body's, or the title names
    somebody (the caller reads the phrase as usual).

    ``reader`` is the attributor (its pronoun and description readers).
    """
    if words[i].lower not in _BODY_POSSESSIVES or i + 1 >= len(words):
        return None
    owner = reader._pronoun(words[i], at)
    if owner is None or owner.actor is None or owner.actor.kind not in ("state", "organisation"):
        return None
    ref = reader._description(words, i + 1, at)
    if ref is None or ref.actor is None or ref.actor.kind != "person":
        return ref
    unnamed = ref.actor
    if not unnamed.key.startswith("unnamed:") or unnamed.affiliation is not None:
        return ref
    actor = reader._unnamed_person(f"{owner_name(owner.actor)}'s {unnamed.name}", owner.actor.name)
    for key, known in list(reader.desc_memory.items()):
        if known.actor is unnamed:  # "the spokesman said" later: the same official
            reader.desc_memory[key] = SpeakerRef(actor, known.label, known.start, known.end, True)
    reader._note(actor, words[i].start, ref.end)
    return SpeakerRef(actor, None, words[i].start, ref.end, True, OWNED_TITLE)


def possessive_phrase(reader, words: list[Token], i: int, at: int) -> SpeakerRef | None:
    """A phrase opened by a possessive pronoun (``words[i]``): "her report" is the
    document's owner (the pronoun's referent); "its foreign ministry spokesman" the
    owner's official (:func:`owned_description`); else None."""
    doc = next((r for r in words[i + 1 : i + 4] if r.lower in DOCUMENT_NOUNS), None)
    if doc is not None:
        return reader._pronoun(words[i], at, span=(words[i].start, doc.end))
    return owned_description(reader, words, i, at)
