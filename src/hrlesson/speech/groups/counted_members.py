"""One member counted out of a plural group the sentence before names ("Local residents also
expressed their disappointment. "This is sad," one said."): news reports write that speaker as
one of the group's noun in the singular, "one local resident", and a bare "Another added"
after it as "another local resident" (the gold's reading of such a bare "one")."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..cue_nouns import past_cue_form
from ..tokens import Token
from .member_bodies import singular

#: The most words of a group phrase written as one member ("local residents").
MAX_GROUP_WORDS = 3


def one_member(counting: str, crowd: str) -> str | None:
    """The description of one member counted out by ``counting`` ("one", "another") of the
    plain group ``crowd`` (up to three lower-case words ending in a regular plural): the
    counting word and the group's noun in the singular, else None.

    >>> one_member("one", "local residents"), one_member("Another", "receptionists")
    ('one local resident', 'Another receptionist')
    >>> one_member("one", "locals and customers on Facebook") is None
    True
    """
    words = crowd.split()
    if not 0 < len(words) <= MAX_GROUP_WORDS or not all(w.isalpha() for w in words):
        return None
    head = singular(words[-1])
    if head is None:
        return None
    return " ".join([counting, *words[:-1], head])


def bare_one_crowd(
    earlier: Sequence[Token], crowd_of: Callable[[Sequence[Token]], str | None]
) -> str | None:
    """The group of the last bare "one" in ``earlier`` (tokens outside quotes) that is a
    reporting verb's whole subject opening its clause, the group read by ``crowd_of`` from
    the sentences before that "one" ('Local residents also expressed their disappointment.
    "This is sad," one said.': "local residents"); a bare "Another added" after it is another
    member of that group. None when the last "one" has words before it in its sentence or no
    past reporting form after it.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Local residents were sad. one said.", [0, 26])
    >>> bare_one_crowd(toks, lambda ws: "local residents" if ws else None)
    'local residents'
    >>> bare_one_crowd(tokenize("No one said it.", [0]), lambda ws: "x") is None
    True
    """
    ones = [k for k, t in enumerate(earlier) if t.lower == "one"]
    if not ones:
        return None
    k = ones[-1]
    if k + 1 >= len(earlier) or not past_cue_form(earlier[k + 1].lower):
        return None
    if k > 0 and earlier[k - 1].sent == earlier[k].sent:
        return None
    return crowd_of(earlier[:k])
