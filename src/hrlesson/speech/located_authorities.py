"""Authorities named by their place: "according to the authorities in Caracas" are
Venezuela's (not the state that spoke last)."""

from __future__ import annotations

from .records import SpeakerRef
from .tokens import Token
from .vocabulary import CAPITALS, COUNTRIES

#: Nouns for a state's government named by where it sits ("the authorities in Caracas").
_GOVERNMENT_NOUNS = frozenset(["authorities", "government", "regime", "leadership"])


def authorities_in(att, words: list[Token], i: int) -> SpeakerRef | None:
    """``according to the authorities in Caracas``, ``the government in Kabul said``: a
    government noun after "the", then "in" and a capital or a country, is that country's
    state (``att`` is an :class:`Attributor` whose index makes the state's actor).

    >>> from types import SimpleNamespace
    >>> from hrlesson.speech.records import Actor
    >>> from hrlesson.speech.tokens import tokenize
    >>> att = SimpleNamespace(index=SimpleNamespace(actor_for_country=lambda c: Actor("state", c)))
    >>> ws = [t for t in tokenize("the authorities in Caracas", [0]) if t.text[0].isalnum()]
    >>> authorities_in(att, ws, 0).name
    'Venezuela'
    """
    if i + 3 >= len(words) or words[i].lower != "the":
        return None
    if words[i + 1].lower not in _GOVERNMENT_NOUNS or words[i + 2].lower != "in":
        return None
    for n in (2, 1):  # "Addis Ababa", "Caracas"
        place = words[i + 3 : i + 3 + n]
        if len(place) < n or not all(w.cap for w in place):
            continue
        name = " ".join(w.lower for w in place)
        country = CAPITALS.get(name) or COUNTRIES.get(name)
        if country is not None:
            actor = att.index.actor_for_country(country)
            how = "the authorities of the place named"
            return SpeakerRef(actor, None, words[i].start, place[-1].end, how=how)
    return None
