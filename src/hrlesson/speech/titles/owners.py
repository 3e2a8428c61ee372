"""Whether a title description's owners agree with those of a role a person holds: the
capitalised words that say whose post it is ("KNP's head of department": KNP; "the
Argentine Pontiff": Argentine), compared country with country and body with body."""

from __future__ import annotations

from ..vocabulary import COUNTRIES, DEMONYMS, same_body, same_place


def same_owner(a: str, b: str) -> bool:
    """Two owner words name the same body or place: "KNP" and "KNP", "BCC" and "British
    Chambers of Commerce", "Argentine" and "Argentina".

    >>> same_owner("Argentine", "Argentina"), same_owner("L.A.", "LA"), same_owner("KNP", "BCC")
    (True, True, False)
    """
    x, y = a.lower().replace(".", ""), b.lower().replace(".", "")
    return (
        x == y or same_body(a, b) or same_place(x, y) or country_named(a) == country_named(b) != ""
    )


def country_named(word: str) -> str:
    """The country a word names or is the demonym of ("Argentine": Argentina), else "".

    >>> country_named("Argentine"), country_named("KNP")
    ('Argentina', '')
    """
    low = word.lower()
    return COUNTRIES.get(low) or DEMONYMS.get(low) or ""


def owners_fit(described: list[str], held: list[str]) -> bool:
    """The owners of a description and of a person's role do not contradict each other:
    countries are compared with countries, bodies with bodies, and either may be unknown
    ("the Argentine Pontiff" may be a pope the text ties to Vatican Radio).

    >>> owners_fit(["KNP"], ["KNP"]), owners_fit(["BCC"], ["Bank", "England"])
    (True, False)
    >>> owners_fit(["Argentine"], ["Vatican Radio"]), owners_fit(["France"], ["Egypt"])
    (True, False)
    """
    for same_kind in (bool, lambda w: not w):
        d = [w for w in described if same_kind(country_named(w))]
        h = [w for w in held if same_kind(country_named(w))]
        if d and h and not any(same_owner(x, y) for x in d for y in h):
            return False
    return True
