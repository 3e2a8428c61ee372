"""A local authority named "City of" and a place: "the City of Cape Town said", "City of
York Council", "The Royal Borough of Kensington and Chelsea": one body, never a person
nor a place (data/words/municipal_nouns.txt)."""

from __future__ import annotations

from ...wordlists import word_set
from ..tokens import Token
from ..vocabulary import TITLE_HEADS

#: Nouns that open a local authority's name before "of" ("City", "Town", "Borough").
MUNICIPAL_NOUNS = word_set("municipal_nouns")


def city_of_place(toks: list[Token], a: int, b: int) -> bool:
    """The run ``toks[a:b]`` is "[The] [Royal] City of" and capitalised words (two may be
    joined by "and"): a council's name (``the City of Cape Town said``, ``City of York
    Council``, ``The Royal Borough of Kensington and Chelsea``), read as one body.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("the City of Cape Town said", [0])
    >>> city_of_place(toks, 0, 5), city_of_place(toks, 1, 5)
    (True, True)
    >>> toks = tokenize("The Royal Borough of Kensington and Chelsea", [0])
    >>> city_of_place(toks, 0, 7)
    True
    >>> toks = tokenize("City of Busselton President Ian Stubbs", [0])
    >>> city_of_place(toks, 0, 6)
    False
    >>> toks = tokenize("City of Light", [0])
    >>> city_of_place(toks, 0, 2)
    False
    """
    k = a + 1 if toks[a].lower == "the" else a
    if k + 1 < b and toks[k + 1].lower in MUNICIPAL_NOUNS and toks[k].cap:
        k += 1  # "the Royal Borough of", "the London Borough of"
    if b - k < 3 or toks[k].lower not in MUNICIPAL_NOUNS or not toks[k].cap:
        return False
    if toks[k + 1].text != "of":
        return False
    tail = toks[k + 2 : b]
    if titled_name_inside(tail):
        return False  # "City of Busselton President Ian Stubbs": a titled person
    return tail[-1].cap and all(
        (t.cap and t.text[0].isalpha()) or (t.lower == "and" and 0 < n < len(tail) - 1)
        for n, t in enumerate(tail)
    )


def titled_name_inside(tail: list[Token]) -> bool:
    """``tail`` (the words after "City of") holds a capitalised title word after the place
    and two capitalised words after it: the council's title before a person's name, not
    more of the council's name (page wa_shark_cull_fatal_attack_barnett_ibtimes: "City of
    Busselton President Ian Stubbs, who was a friend of Mr Kurmann, said").

    >>> from ..tokens import tokenize
    >>> titled_name_inside(tokenize("Busselton President Ian Stubbs", [0]))
    True
    >>> titled_name_inside(tokenize("Cape Town", [0]))
    False
    """
    return any(
        t.cap and t.lower in TITLE_HEADS and len(tail) - n >= 3 and tail[n + 1].cap
        for n, t in enumerate(tail[1:], 1)
    )
