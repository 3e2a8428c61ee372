"""A body described by its field and a body noun ("the swimming body") is the one body
named before whose name holds the field's word: ``a Swim England report has said. The
swimming body said the decision presented a "catastrophe"``: Swim England, not a new
"swimming body" (data/words/field_body_heads.txt)."""

from __future__ import annotations

from ...wordlists import word_set
from ..records import Actor, Mention, SpeakerRef

#: Nouns that head a description of a body by its field (data/words/field_body_heads.txt).
FIELD_BODY_HEADS = word_set("field_body_heads")

#: The evidence of a body found by :func:`field_named_body`.
FIELD_BODY = "the one body named before whose name holds the description's field"

#: The fewest letters a name's word needs to stand for a field ("Swim").
MIN_STEM = 4


def field_word_in(field: str, name: str) -> bool:
    """``name`` holds a capitalised word that the lower-case ``field`` begins with, of
    :data:`MIN_STEM` letters or more: "swimming" in "Swim England", "football" in "The
    Football Association"; not "art" in "Arts Council" (too short).

    >>> field_word_in("swimming", "Swim England"), field_word_in("rugby", "Swim England")
    (True, False)
    """
    return any(
        w[0].isupper() and len(w) >= MIN_STEM and field.startswith(w.lower()) for w in name.split()
    )


def field_named_body(content: list[str], text: str, before: list[Mention]) -> Actor | None:
    """The body the description ``text`` (its content words ``content``) means when it is
    "the <field> <body noun>" and exactly one actor named by the mentions ``before`` it
    (outside quotations) holds the field's word in its name (:func:`field_word_in`): an
    organisation or group, or a name no gender was given that the kit read as a person
    ("Swim England"); else None.

    >>> swim = Mention(10, 22, Actor("person", "Swim England"), "name")
    >>> field_named_body(["body"], "The swimming body", [swim]).name
    'Swim England'
    >>> field_named_body(["body"], "The rugby body", [swim]) is None
    True
    """
    words = text.split()
    if len(words) != 3 or words[0].lower() != "the" or not words[1].islower():
        return None
    if len(content) != 1 or content[0] != words[2] or words[2] not in FIELD_BODY_HEADS:
        return None
    fits = {
        id(m.actor): m.actor
        for m in before
        if not m.in_quote and _body_like(m) and field_word_in(words[1], m.actor.name)
    }
    return next(iter(fits.values())) if len(fits) == 1 else None


def _body_like(m: Mention) -> bool:
    """``m`` names a body, or a name of no known gender read as a person's."""
    a = m.actor
    return a.kind in ("organisation", "group") or (
        a.kind == "person" and a.gender is None and m.how == "name"
    )


def field_body_ref(reader, content: list[str], text: str, span: tuple[int, int], at: int):
    """A :class:`SpeakerRef` to the :func:`field_named_body` of the description ``text`` at
    ``span`` (its span noted for ``reader``, a :class:`GroupDescriptions`), else None."""
    actor = field_named_body(content, text, reader.index.mentions_in(0, at))
    if actor is None:
        return None
    reader.note_span(actor, *span)
    return SpeakerRef(actor, None, span[0], span[1], how=FIELD_BODY)
