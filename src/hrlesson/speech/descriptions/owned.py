"""A title owned by a body the pronoun names: "its foreign ministry spokesman" is North Korea's."""

from __future__ import annotations

from ..documents.subjects import clause_after_document
from ..records import SpeakerRef
from ..shown_names import article_state_name, written_state_name
from ..spokespeople.offices import holder_office_at, office_holder
from ..spokespeople.released_documents import spokesperson_principal
from ..tokens import Token
from ..vocabulary import DOCUMENT_NOUNS

#: The evidence for a speaker described by :func:`owned_description`.
OWNED_TITLE = 'a title whose owner "its"/"the country\'s" names: the owner\'s unnamed official'

#: Nouns that stand for the state the text names last ("the country's foreign ministry").
_STATE_NOUNS = ("country", "nation")

#: Possessive pronouns that can stand for a state or a body.
_BODY_POSSESSIVES = ("its", "their")

#: Possessive pronouns that open a phrase :func:`possessive_phrase` reads.
POSSESSIVES = ("his", "her", "its", "their")


def owner_name(index, owner, at: int) -> str:
    """The name an owner is written with before its official's title: a state as the text
    last wrote its name before ``at`` outside quotations ("Russia", though a quotation
    later says "the Russian Federation"), else as the article writes it; any other body
    by its name."""
    if owner.kind != "state":
        return owner.name
    for m in reversed(index.mentions_in(0, at)):
        written = written_state_name(index.text[m.start : m.end], capitals=False)
        if m.actor is owner and not m.in_quote and written:
            return written
    return article_state_name(owner)


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
    return _owned(reader, owner.actor, words, i, i + 1, at)


def country_owned(reader, words: list[Token], i: int, at: int) -> SpeakerRef | None:
    """``Russia has notified the United States ..., the country's foreign ministry said``:
    "the country's" (``words[i:i + 2]``) is the state the text names last, and the body or
    title after it that state's: "Russia's foreign ministry" (see :func:`owned_description`)."""
    if i + 2 >= len(words) or words[i].lower != "the" or not words[i + 1].poss:
        return None
    if words[i + 1].base.lower() not in _STATE_NOUNS:
        return None
    state = reader._recent(at, lambda a: a.kind == "state")
    return _owned(reader, state, words, i, i + 2, at) if state is not None else None


def _owned(reader, owner, words: list[Token], i: int, j: int, at: int) -> SpeakerRef | None:
    """The description from ``words[j]`` as ``owner``'s (the owner's words from ``i``): an
    unnamed person or a described group is renamed "<owner>'s <description>"; a named
    actor stays itself."""
    ref = reader._description(words, j, at)
    described = ref.actor if ref is not None else None
    if described is None or described.affiliation is not None:
        return ref
    name = f"{owner_name(reader.index, owner, at)}'s {described.name}"
    if described.key.startswith("unnamed:"):
        actor = reader.unnamed_person(name, owner.name)
    elif described.key.startswith("group:") and described.first[0] >= words[j].start:
        actor = described  # a group this description introduced: the owner's from now on
        actor.name, actor.affiliation = name, owner.name
    else:
        return ref
    for key, known in list(reader.desc_memory.items()):
        if known.actor is described:  # "the spokesman said" later: the same official
            reader.desc_memory[key] = SpeakerRef(actor, known.label, known.start, known.end, True)
    reader.note_span(actor, words[i].start, ref.end)
    return SpeakerRef(actor, None, words[i].start, ref.end, True, OWNED_TITLE)


def possessive_phrase(reader, words: list[Token], i: int, at: int) -> SpeakerRef | None:
    """A phrase opened by a possessive pronoun (``words[i]``): "her report" is the
    document's owner (the pronoun's referent); "its foreign ministry spokesman" the
    owner's official (:func:`owned_description`); else None."""
    k = next(
        (k for k in range(i + 1, min(i + 4, len(words))) if words[k].lower in DOCUMENT_NOUNS), None
    )
    if k is not None and clause_after_document(words, k):
        return None  # "His comments come after Ruth Kelly said": Kelly's words, not his
    if k is not None:
        return reader._pronoun(words[i], at, span=(words[i].start, words[k].end))
    if holder_office_at(words, i) is not None:  # "his office said": the man "his" means
        owner = reader._pronoun(words[i], at)
        person = owner.actor if owner is not None else None
        return office_holder(reader, person, words, i, words[i].start)
    principal = spokesperson_principal(reader, words, i, at)
    return principal or owned_description(reader, words, i, at)
