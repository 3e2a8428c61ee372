"""An unnamed person described again with the words an apposition gave a named person
before is that person: news that tells a story twice (a crosshead, then the same witness
again) writes ``Yushaine Morgan, attorney-at-law and resident of Santa Cruz told the
Jamaica Observer ...`` and later ``A resident of Santa Cruz in the Jamaican parish of St.
Elizabeth told the Jamaica Observer his hometown is 'unrecognizable.'``: Yushaine Morgan,
not a new resident. The description must be "a <noun> of <Place>" and the earlier words
"<noun> of <Place>" must stand in the apposition right after the person's name."""

from __future__ import annotations

import re

from ..actor_index import ActorIndex, sentence_at
from ..records import Actor, SpeakerRef, sole_actor
from .introduced_holders import indefinite_unnamed_start

#: The evidence for a speaker named by :func:`restated_holder`.
RESTATED_APPOSITION = "the person an apposition before gave the description's own words"

#: "<noun> of <Capitalised Place>" at the start of an unnamed person's description.
_NOUN_OF_PLACE = re.compile(r"([a-z][a-z-]+) of ((?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*)*)")

#: What may stand between a name and the restated words: a comma, then an apposition's
#: words without a stop, a semicolon or a quotation mark.
_APPOSITION_GAP = re.compile(r",[^.;\"“”‘’\n]{0,80}")


def noun_of_place(description: str) -> tuple[str, str] | None:
    """The noun and the place of a description "<noun> of <Place> ...", else None.

    >>> noun_of_place("resident of Santa Cruz in the Jamaican")
    ('resident', 'Santa Cruz')
    >>> noun_of_place("spokesman for the council") is None
    True
    """
    m = _NOUN_OF_PLACE.match(description)
    return (m.group(1), m.group(2)) if m is not None else None


def apposed_before(index: ActorIndex, words: str, before: int) -> Actor | None:
    """The one person named outside quotations before ``before`` whose apposition (after
    the name's comma, in its sentence) holds ``words``; None when none or two."""
    text = index.text
    found = []
    for hit in re.finditer(rf"\b{re.escape(words)}\b", text[:before]):
        s = index.sentences[sentence_at(index, hit.start())]
        for m in index.mentions_in(s[3], hit.start()):
            gap = _APPOSITION_GAP.fullmatch(text, m.end, hit.start())
            if m.actor.kind == "person" and not m.in_quote and gap is not None:
                found.append(m.actor)
    return sole_actor(found)


def restated_holder(text: str, index: ActorIndex, ref: SpeakerRef) -> Actor | None:
    """The person an unnamed speaker ``ref``, brought in with "a"/"an" as "<noun> of
    <Place>", restates (see the module), or None.

    >>> from hrlesson import quotes
    >>> from hrlesson.article import article_from_text
    >>> text = ('Ann Lee, a teacher and resident of Santa Cruz, told the paper it was "bad".'
    ...         '\\n\\nLocal man says town is gone\\n\\n'
    ...         'A resident of Santa Cruz told the paper his town is "gone."')
    >>> quotes(article_from_text(text, date="2024-02-08"))["speaker"].tolist()[-1]
    'Ann Lee'
    """
    start = indefinite_unnamed_start(text, ref)
    if start is None or ref.actor is None:
        return None
    found = noun_of_place(ref.actor.name)
    if found is None:
        return None
    return apposed_before(index, f"{found[0]} of {found[1]}", start)
