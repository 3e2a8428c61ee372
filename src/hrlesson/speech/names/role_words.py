"""Role words before a name: a trade, a pastime or a post written as a title, no part of it.

"Tattooist Dan Flavell said", "Former Royal Marine Daniel Millar", "Bahraich DFO Ajeet
Pratap Singh said": the person is "Dan Flavell", "Daniel Millar", "Ajeet Pratap Singh"
(data/words/role_nouns.txt; one opening the run alone is read by
:func:`~hrlesson.speech.names.title_runs.role_word_before_first_name`).
"""

from __future__ import annotations

from ..person_appositions import PERSON_NOUNS
from ..tokens import Token
from ..vocabulary import FIRST_NAMES
from .title_runs import ROLE_NOUNS, title_acronym, two_name_words


def role_noun(tok: Token) -> bool:
    """``tok`` is a capitalised noun of a role a name can be given with, no given name:
    a trade or pastime ("Sculptor", "Skier"), a person's noun ("Marine") or a title
    acronym ("DFO"); not "Dean", a given name too.

    >>> from hrlesson.speech.tokens import tokenize
    >>> [role_noun(t) for t in tokenize("Sculptor Marine DFO Dean Royal", [0])]
    [True, True, True, False, False]
    """
    low = tok.lower
    return (
        tok.text[:1].isupper()
        and (low in ROLE_NOUNS or low in PERSON_NOUNS or title_acronym(tok))
        and low not in FIRST_NAMES
    )


def modified_role_before_name(toks: list[Token], i: int, a: int, b: int) -> bool:
    """``toks[i]`` is one of the two words opening the run ``a:b`` that are a modifier and
    a role noun before a person's given name and surname: "Former Royal Marine Daniel
    Millar, 80, said", "Bahraich DFO Ajeet Pratap Singh said" (a place or an adjective
    and the role; the name after it is a known given name or two or three words shaped
    as a name). The modifier is no given name ("Dean Marine John Smith" is no such run).

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("Royal Marine Daniel Millar said", [0])
    >>> [modified_role_before_name(toks, i, 0, 4) for i in range(4)]
    [True, True, False, False]
    >>> toks = tokenize("Bahraich DFO Ajeet Pratap Singh said", [0])
    >>> [modified_role_before_name(toks, i, 0, 5) for i in range(3)]
    [True, True, False]
    >>> modified_role_before_name(tokenize("Royal Mail Daniel Millar", [0]), 0, 0, 4)
    False
    """
    r = a + 1
    if not (a <= i <= r and b - r >= 3):
        return False
    first = toks[a]
    return (
        first.text[:1].isupper()
        and first.text[1:].islower()
        and first.lower not in FIRST_NAMES
        and role_noun(toks[r])
        and (toks[r + 1].lower in FIRST_NAMES or two_name_words(toks, r + 1, b))
    )
