"""A plural noun for people opening a sentence before a given name is no part of the name.

"Owners Jan and Don Wilke bought the bakery": the people are "Jan" and "Don Wilke", and
"Owners" is capitalised only because the sentence starts there (a plural of a noun of
data/words/person_nouns.txt or data/words/role_nouns.txt).
"""

from __future__ import annotations

from ...wordlists import word_set
from ..tokens import Token
from ..vocabulary import FIRST_NAMES
from .run_edges import capitalised_opener

#: Nouns of people and of roles whose plural may open a sentence before the names it gives.
_PEOPLE_NOUNS = word_set("person_nouns") | word_set("role_nouns")


def people_plural(low: str) -> bool:
    """``low`` is the plural of a noun for people or roles ("owners", "spectators").

    >>> [people_plural(w) for w in ("owners", "organisers", "owner", "news")]
    [True, True, False, False]
    """
    return len(low) > 3 and low.endswith("s") and low[:-1] in _PEOPLE_NOUNS


def opening_plural_noun(toks: list[Token], a: int, b: int) -> int:
    """1 when the run ``a:b`` opens its sentence with a capitalised plural noun for people,
    written without a comma before a known given name: the names start after it ("Owners
    Jan and Don Wilke bought Home Style Bakery", colorado_bakery_closes_75_years_wilke_
    dailymail); not a known given name itself. Else 0.

    >>> from hrlesson.speech.tokens import tokenize
    >>> opening_plural_noun(tokenize("Owners Jan and Don Wilke bought it", [0]), 0, 2)
    1
    >>> opening_plural_noun(tokenize("It shut. Organisers Sarah Lee and Tom said", [0, 9]), 3, 6)
    1
    >>> opening_plural_noun(tokenize("the owners Jan and Don said", [0]), 1, 3)
    0
    >>> opening_plural_noun(tokenize("Owners Association said", [0]), 0, 2)
    0
    """
    if a + 1 >= min(b, len(toks)):
        return 0
    first = toks[a]
    return int(
        capitalised_opener(toks, a)
        and people_plural(first.lower)
        and first.lower not in FIRST_NAMES
        and toks[a + 1].lower in FIRST_NAMES
    )
