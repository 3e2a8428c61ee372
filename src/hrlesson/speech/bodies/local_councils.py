"""A local council the article names, taken up by a generic word ("Warrington Council"
... "The authority said"; "Birmingham city council could end the dispute" ... "The council
has said"): news English goes on with "the council" or "the (local) authority" for the one
local council of the story."""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..records import Actor, SpeakerRef, sole_actor
from ..subjects.heads import LOCATION_PREPOSITIONS
from ..vocabulary import DEMONYMS

#: Nouns for a local council (data/words/local_authority_nouns.txt).
LOCAL_AUTHORITY_NOUNS = word_set("local_authority_nouns")

#: Words between "the" and such a noun ("the local authority", "the city council";
#: data/words/local_authority_modifiers.txt).
LOCAL_AUTHORITY_MODIFIERS = word_set("local_authority_modifiers")

#: The evidence for a council placed by :func:`local_council`.
LOCAL_COUNCIL = "the one local council the article names"

#: The evidence for a council placed by :func:`written_council_name`.
WRITTEN_COUNCIL = "the one local council the article writes in lower case"

#: A place's name (one to three capitalised words), lower-case local modifiers and
#: "council": "Birmingham city council".
_WRITTEN_COUNCIL = re.compile(
    r"\b((?:[A-Z][\w'’-]+\s+){1,3}?)((?:(?:city|county|borough|district|town)\s+)?council)\b"
)


def local_authority_words(text: str) -> bool:
    """``text`` is "the", local modifiers at most and a noun for a local council.

    >>> local_authority_words("The authority"), local_authority_words("the local authority")
    (True, True)
    >>> local_authority_words("the city council"), local_authority_words("the Council")
    (True, False)
    >>> local_authority_words("the data protection authority"), local_authority_words("a council")
    (False, False)
    """
    words = text.split()
    if len(words) < 2 or words[0].lower() != "the" or not all(w.islower() for w in words[1:]):
        return False
    return words[-1] in LOCAL_AUTHORITY_NOUNS and set(words[1:-1]) <= LOCAL_AUTHORITY_MODIFIERS


def written_as_place(text: str, place: str) -> bool:
    """Does ``text`` write ``place`` after a preposition of place, not before "Council"
    ("local conditions in Warrington")? A council named after it is a local one, not
    the "Refugee Council" nor the "Security Council".

    >>> written_as_place("Warrington Council said ... conditions in Warrington.", "Warrington")
    True
    >>> written_as_place("the Refugee Council said", "Refugee")
    False
    """
    pattern = rf"\b(\w+)\s+{re.escape(place)}\b(?!\s+(?:[Cc]ity\s+|[Cc]ounty\s+)?[Cc]ouncil)"
    return any(m.group(1).lower() in LOCATION_PREPOSITIONS for m in re.finditer(pattern, text))


def is_local_council(actor: Actor, text: str) -> bool:
    """``actor`` is an organisation named "<place> Council" (a local modifier allowed
    before "Council"), its place written as one in ``text`` (:func:`written_as_place`)."""
    words = actor.name.split()
    if actor.kind != "organisation" or len(words) < 2 or words[-1].lower() != "council":
        return False
    place = [w for w in words[:-1] if w.lower() not in LOCAL_AUTHORITY_MODIFIERS]
    if not place or not all(w[:1].isupper() for w in place) or place[0].lower() in DEMONYMS:
        return False
    return written_as_place(text, " ".join(place))


def local_council(reader, span: tuple[int, int]) -> SpeakerRef | None:
    """The one local council (:func:`is_local_council`) named outside quotations before a
    description at ``span`` of :func:`local_authority_words`; else, for "the council", the
    one council the text writes in lower case (:func:`written_council_name`), as written.
    Page warrington_bin_strike_rats_barnes_bbc: "Unite union members at Warrington Council
    ... The authority said": Warrington Council. None when the article names none or two.
    ``reader`` is the :class:`Attributor`."""
    if not local_authority_words(reader.text[span[0] : span[1]]):
        return None
    named = {id(m.actor): m.actor for m in reader.index.mentions_in(0, span[0]) if not m.in_quote}
    actor = sole_actor(a for a in named.values() if is_local_council(a, reader.text))
    how = LOCAL_COUNCIL
    if actor is None and (name := written_council_name(reader.text, span)) is not None:
        key, how = "council:" + name.lower(), WRITTEN_COUNCIL
        actor = reader.index.actors_by_key.get(key) or reader.index.new_actor(
            "organisation", name, key
        )
    if actor is None:
        return None
    reader.note_span(actor, *span)
    return SpeakerRef(actor, None, *span, how=how)


def written_council_name(text: str, span: tuple[int, int]) -> str | None:
    """For "the council" at ``span``: the one local council the text writes before it with
    a lower-case "council" after its place (:func:`written_as_place`), as written; None
    when it writes none or two. Page birmingham_bin_strike_pest_banquet_turner_guardian:
    "Birmingham city council could end the dispute ... The council has said".

    >>> s = "Unite said Birmingham city council must pay. Strikes in Birmingham. The council said"
    >>> written_council_name(s, (s.index("The council"), len(s) - 5))
    'Birmingham city council'
    >>> written_council_name("The council said", (0, 11)) is None
    True
    """
    if text[span[0] : span[1]].lower() not in ("the council", "the city council"):
        return None
    found = set()
    for m in _WRITTEN_COUNCIL.finditer(text, 0, span[0]):
        place = m.group(1).split()
        while place and place[0].lower() in ("the", "a", "but", "and"):
            place = place[1:]
        if place and written_as_place(text, " ".join(place)):
            found.add(" ".join([*place, m.group(2)]))
    return found.pop() if len(found) == 1 else None
