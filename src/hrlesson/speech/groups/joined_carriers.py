"""Groups joined by "and" that carry a sign or chant together: the carriers are all of them,
as the sentence writes its subject ("Animal lovers and activists across the state thronged
the event with banners reading 'Q'": "Animal lovers and activists"), not the last group
alone ("and activists")."""

from __future__ import annotations

from ...inflection import IRREGULAR_PASTS
from ..records import SpeakerRef
from ..subjects.plain import POSTMODIFIER_PREPOSITIONS, plain_plural_subject
from ..tokens import Token
from ..vocabulary import DETERMINERS, FINITE_VERBS

#: Prepositions of place that end a joined subject: what follows says where the groups
#: were, not who they are ("Animal lovers and activists across the state").
_PLACE_PREPOSITIONS = POSTMODIFIER_PREPOSITIONS | frozenset({"around", "outside", "throughout"})

#: How the evidence names the carriers this module finds.
JOINED_CARRIERS = 'every group the subject joins with "and"'

#: The most words between "and" and the plural noun that heads the second group.
_SECOND_HEAD_REACH = 3


def joined_carriers(words: list[Token]) -> tuple[int, int] | None:
    """The span of a subject ``words`` (the words of a clause before its verb) that joins a
    plain plural group (:func:`~..subjects.plain.plain_plural_subject`) with "and" to a
    second lower-case plural, with what follows it up to the verb ("of groups such as the
    India Progressive Women's Association"), a place phrase after it left out; else None.

    >>> from ..tokens import tokenize
    >>> s = "Animal lovers and activists across the state"
    >>> a, b = joined_carriers(tokenize(s, [0])); s[a:b]
    'Animal lovers and activists'
    >>> s = "Individual citizens and representatives of groups such as the Karnataka Union"
    >>> a, b = joined_carriers(tokenize(s, [0])); s[a:b] == s
    True
    >>> [joined_carriers(tokenize(s, [0])) for s in ("Protesters", "The mayor and his wife")]
    [None, None]
    """
    lows = [w.lower for w in words]
    if "and" not in lows[1:5]:
        return None
    j = lows.index("and")
    if plain_plural_subject(words[:j]) is None:
        return None
    second = words[j + 1 : j + 1 + _SECOND_HEAD_REACH]
    head = next((n for n, w in enumerate(second) if _plural_noun(w)), None)
    if head is None or any(w.text != w.lower or w.lower in DETERMINERS for w in second[:head]):
        return None
    end = j + 1 + head
    while end + 1 < len(words) and words[end + 1].lower not in _PLACE_PREPOSITIONS:
        end += 1
    return words[0].start, words[end].end


def _plural_noun(w: Token) -> bool:
    """A lower-case word that reads as a plural noun ("activists", "representatives")."""
    return w.text.isalpha() and w.text.islower() and w.lower.endswith("s") and len(w.text) > 3


def past_or_finite(t: Token) -> bool:
    """A lower-case verb in the past or a finite form ("thronged", "held", "are").

    >>> from ..tokens import tokenize
    >>> [past_or_finite(t) for t in tokenize("activists thronged Held", [0])]
    [False, True, False]
    """
    low = t.lower
    return t.text.islower() and (
        low.endswith("ed") or low in IRREGULAR_PASTS or low in FINITE_VERBS
    )


def joined_carrier_ref(att, words: list[Token]) -> SpeakerRef | None:
    """Groups joined by "and" before the carriers' verb (:func:`joined_carriers`), one group
    named as the sentence writes it ("Animal lovers and activists"), its evidence
    :data:`JOINED_CARRIERS`. ``att`` is an :class:`Attributor`; None for any other subject."""
    span = joined_carriers(words)
    if span is None:
        return None
    name = " ".join(att.text[span[0] : span[1]].split())
    key = "described:" + name.lower()
    actor = att.index.actors_by_key.get(key) or att.index.new_actor("group", name, key)
    att.note_span(actor, *span)
    return SpeakerRef(actor, None, span[0], span[1], True, how=JOINED_CARRIERS)
