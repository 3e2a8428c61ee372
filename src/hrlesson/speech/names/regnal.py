"""A sovereign's name keeps its regnal number and its realm: "Margrethe II of Denmark".

"Queen Margrethe II of Denmark said" names one person, "Margrethe II of Denmark", not a
person "Margrethe II" and a country that speaks; "King Charles III" keeps its "III".
"""

from __future__ import annotations

import re

from ..tokens import Token
from ..vocabulary import COUNTRIES

_ROMAN = re.compile(r"x{0,2}(?:ix|iv|v?i{0,3})")


def regnal_number(word: str) -> bool:
    """A regnal number of two letters or more (lower case): "ii", "iii", "vi", "xvi".

    >>> [regnal_number(w) for w in ("ii", "iii", "vi", "xvi", "iv", "mix", "i", "vie")]
    [True, True, True, True, True, False, False, False]
    """
    return len(word) >= 2 and _ROMAN.fullmatch(word) is not None


def regnal_realm(toks: list[Token], name_idx: list[int]) -> bool:
    """The name words ``name_idx`` are a name, a regnal number, "of" and a country:
    ``Margrethe II of Denmark``, ``Felipe VI of Spain``.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Queen Margrethe II of Denmark said", [0])
    >>> regnal_realm(toks, [1, 2, 3, 4])
    True
    >>> regnal_realm(tokenize("Lena Fischer of Germany said", [0]), [0, 1, 2, 3])
    False
    """
    words = [toks[k].lower for k in name_idx]
    if "of" not in words:
        return False
    k = words.index("of")
    realm = " ".join(words[k + 1 :]).removeprefix("the ")
    return k >= 2 and regnal_number(words[k - 1]) and realm in COUNTRIES


def realm_styled_persons(actors: list) -> list[tuple]:
    """(one, full) pairs: a sovereign named by a regnal name ("Queen Margrethe II") and the
    one person named with it and the realm ("Margrethe II of Denmark"): one person, the
    name with the realm shown.

    >>> from ..records import Actor
    >>> one, full = Actor("person", "Margrethe II"), Actor("person", "Margrethe II of Denmark")
    >>> [(a.name, b.name) for a, b in realm_styled_persons([one, full])]
    [('Margrethe II', 'Margrethe II of Denmark')]
    """
    persons = [a for a in actors if a.kind == "person"]
    pairs = []
    for one in persons:
        if not one.name_tokens or not regnal_number(one.name_tokens[-1].lower()):
            continue
        full = [p for p in persons if p.name.startswith(one.name + " of ")]
        if len(full) == 1:
            pairs.append((one, full[0]))
    return pairs
