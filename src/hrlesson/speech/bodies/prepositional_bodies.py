"""A body named only inside a prepositional phrase has not spoken: ``a statement issued by
the UNHCR Representative, Ms Chansa Kapaya, who spoke at the launch of the Zakat Fund ...
The agency also noted`` is the UNHCR, not the fund whose launch she spoke at."""

from __future__ import annotations

import re

from ..records import Actor
from ..vocabulary import PREPOSITIONS

#: Prepositions that name a speaker, not a place or a thing: "according to X", "by X".
_SPEAKER_PREPOSITIONS = frozenset({"by", "from"})

#: The last word before a mention, past "the" and the words of a name's modifiers.
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:the\s+)?$", re.IGNORECASE)

#: "according to (the)" right before a mention: a source, who spoke.
_ACCORDING_TO = re.compile(r"according\s+to\s+(?:the\s+)?$", re.IGNORECASE)


def in_prepositional_phrase(text: str, start: int) -> bool:
    """Does a preposition (not "by", "from" nor "according to") stand right before the
    mention at ``start``, past "the"?

    >>> s = "who spoke at the launch of the Zakat Fund in Abuja"
    >>> in_prepositional_phrase(s, s.index("Zakat"))
    True
    >>> s = "according to the AP. A statement by the Fund"
    >>> in_prepositional_phrase(s, s.index("AP")), in_prepositional_phrase(s, s.index("Fund"))
    (False, False)
    """
    before = text[max(0, start - 30) : start]
    found = _WORD_BEFORE.search(before)
    if found is None:
        return False
    word = found.group(1).lower()
    if word == "to" and _ACCORDING_TO.search(before):
        return False
    return word in PREPOSITIONS and word not in _SPEAKER_PREPOSITIONS


def named_only_in_phrases(mentions, text: str, actor: Actor | None, before: int) -> bool:
    """Is ``actor`` a body every mention of which before ``before`` (outside quotations)
    stands in a prepositional phrase (:func:`in_prepositional_phrase`)? Such a body never
    spoke, so it is no "the agency" that spoke last. ``mentions`` are the article's.

    >>> from ..records import Mention
    >>> s = "Kapaya spoke at the launch of the Zakat Fund. The agency noted"
    >>> fund = Actor("organisation", "Zakat Fund")
    >>> ms = [Mention(s.index("Zakat"), s.index("Zakat") + 10, fund, "name")]
    >>> named_only_in_phrases(ms, s, fund, len(s))
    True
    """
    if actor is None or actor.kind == "person":
        return False
    own = [m for m in mentions if m.actor is actor and m.start < before and not m.in_quote]
    return bool(own) and all(in_prepositional_phrase(text, m.start) and not m.subject for m in own)
