"""Naming frames that report no speech: "which China calls Huangyan Island".

A naming verb ("call", "term", "dub", "name") whose object is the relative pronoun before
its subject and whose complement is a bare proper name (no quotation marks) tells what
someone calls a place or thing; it is no reporting verb, and a quotation later in the
sentence belongs to the sentence's own reporting verb ("Gan Yu said the ship had sailed
into waters next to the Scarborough Shoal, which China calls Huangyan Island, and ignored
"multiple calls"").
"""

from __future__ import annotations

from .tokens import Token

#: The relative words that can be the object of a naming verb ("which China calls X").
_OBJECT_RELATIVES = frozenset({"which", "what", "whom"})

#: The lemmas of naming verbs that can name a place or a thing.
NAMING_LEMMAS = frozenset({"call", "term", "dub", "name"})


def names_by_proper_name(tokens: list[Token], ti: int) -> bool:
    """The naming verb at ``tokens[ti]`` has a relative pronoun as its object, at most four
    words before it with no punctuation between, and a capitalised bare name right after it.

    >>> from .tokens import tokenize
    >>> toks = tokenize("the Scarborough Shoal, which China calls Huangyan Island, and", [0])
    >>> names_by_proper_name(toks, [t.text for t in toks].index("calls"))
    True
    >>> toks = tokenize('what Moscow calls "a special operation"', [0])
    >>> names_by_proper_name(toks, 2)
    False
    >>> toks = tokenize("Moscow calls Kyiv a puppet", [0])
    >>> names_by_proper_name(toks, 1)
    False
    """
    if ti + 1 >= len(tokens):
        return False
    nxt = tokens[ti + 1]
    if nxt.sent != tokens[ti].sent or not nxt.text[0].isupper():
        return False
    for k in range(ti - 1, max(-1, ti - 6), -1):
        t = tokens[k]
        if not t.text[0].isalnum() or t.sent != tokens[ti].sent:
            return False
        if t.lower in _OBJECT_RELATIVES:
            return k < ti - 1
    return False
