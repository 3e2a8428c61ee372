"""A name no first-name list knows is a person's when a country owns it in the possessive and
its last word later stands alone as a clause's subject.

Sports and diplomatic copy names athletes and envoys by their country first ("Kenya's Priscah
Jeptoo won in a time of 2:20:15", page london_marathon_kebede_jeptoo_mpelembe), then by the
surname alone ("Jeptoo was one second short of equalling her personal best"). A body owned by
a country reads the same way ("Brazil's Supreme Court ruled"), but its last word is a body's,
a title's or a place's word, or never stands alone before a verb.
"""

from __future__ import annotations

from ..tokens import Token
from ..vocabulary import (
    AGENCIES,
    CAPITALISED_TITLES,
    COUNTRIES,
    COURT_WORDS,
    DETERMINERS,
    GEOGRAPHIC_WORDS,
    KNOWN_BODIES,
    ORGANISATION_WORDS,
    TITLE_HEADS,
)

#: Words that make a capitalised run a body's, an office's or a place's name, not a person's.
NOT_PERSON_WORDS = (
    ORGANISATION_WORDS
    | COURT_WORDS
    | GEOGRAPHIC_WORDS
    | TITLE_HEADS
    | CAPITALISED_TITLES
    | AGENCIES
    | KNOWN_BODIES
    | COUNTRIES.keys()
)


def plain_name_word(tok: Token) -> bool:
    """A capitalised word of letters that no list gives to a body, a title or a place.

    >>> from ..tokens import tokenize
    >>> [plain_name_word(t) for t in tokenize("Priscah Jeptoo Supreme Court won", [0])]
    [True, True, True, False, False]
    """
    return tok.cap and not tok.poss and tok.text.isalpha() and tok.lower not in NOT_PERSON_WORDS


def country_owner_before(toks: list[Token], a: int) -> bool:
    """``Kenya's Priscah Jeptoo``: the word right before ``a``, in its sentence, is a
    country's name in the possessive.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("In the race, Kenya's Priscah Jeptoo won.", [0])
    >>> country_owner_before(toks, 5), country_owner_before(toks, 6)
    (True, False)
    """
    if a < 1:
        return False
    owner = toks[a - 1]
    return (
        owner.poss and owner.cap and owner.sent == toks[a].sent and owner.base.lower() in COUNTRIES
    )


def surname_stands_alone(toks: list[Token], k: int) -> bool:
    """The word at ``toks[k]`` stands elsewhere in the text as a one-word subject: no
    capitalised word nor determiner right before it, a lower-case word right after it
    ("Jeptoo was one second short").

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Kenya's Priscah Jeptoo won. Jeptoo was happy.", [0])
    >>> surname_stands_alone(toks, 2)
    True
    >>> toks = tokenize("Brazil's Supreme Court ruled. The Court said no.", [0])
    >>> surname_stands_alone(toks, 2)
    False
    """
    word = toks[k].text
    for j in range(1, len(toks) - 1):
        t = toks[j]
        if j == k or t.text != word:
            continue
        prev, nxt = toks[j - 1], toks[j + 1]
        if prev.sent == t.sent and (prev.cap or prev.lower in DETERMINERS):
            continue
        if nxt.sent == t.sent and nxt.text.isalpha() and nxt.text.islower():
            return True
    return False


def country_owned_person(toks: list[Token], a: int, b: int) -> bool:
    """``In the women's elite race, Kenya's Priscah Jeptoo won in a time of 2:20:15`` ...
    ``Jeptoo was one second short`` (london_marathon_kebede_jeptoo_mpelembe): a country in
    the possessive, then a run ``a:b`` of two plain capitalised words that ends the name
    (no capitalised word after it), whose last word stands alone as a subject elsewhere:
    the run names a person.

    >>> from ..tokens import tokenize
    >>> s = "Kenya's Priscah Jeptoo won the race. Jeptoo was content."
    >>> country_owned_person(tokenize(s, [0]), 1, 3)
    True
    >>> s = "Brazil's Supreme Court ruled on Monday. Court was adjourned."
    >>> country_owned_person(tokenize(s, [0]), 1, 3)
    False
    """
    if b - a != 2 or b >= len(toks) or not country_owner_before(toks, a):
        return False
    if not all(plain_name_word(t) and t.sent == toks[a].sent for t in toks[a:b]):
        return False
    after = toks[b]
    if after.sent == toks[a].sent and after.cap and after.text.isalpha():
        return False
    return surname_stands_alone(toks, b - 1)
