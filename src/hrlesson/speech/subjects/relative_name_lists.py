"""A list of capitalised words inside a relative clause is no boundary for the verb's subject.

"Councillor Pissaridou, who chairs the council’s Environment, Transport and Sustainability
Committee, said" (brighton_toilets_reopen_lockdown_pissaridou_brightonandhovenews): the comma
after "Environment" lists the words of one committee's name; the aside runs on to the comma
before "said", and the councillor speaks, not "who chairs".
"""

from __future__ import annotations

from ..tokens import Token, word_tokens
from ..vocabulary import RELATIVE_PRONOUNS

#: The lower-case words a listed name may hold between its capitalised ones.
_LIST_LINKS = frozenset(["and", "of", "the", "for", "&"])

#: The most words the listed rest of the name may hold after the comma.
_MAX_LISTED = 8


def joined_relative_name_list(segments: list[list[Token]]) -> list[list[Token]]:
    """The comma segments before a verb with a relative clause's segment that ends in a
    capitalised word joined to the segment after it when that one is the rest of a listed
    name (capitalised words, one "and", no verb), closed by a comma of its own.

    >>> from ..clauses import comma_segments
    >>> from ..tokens import tokenize
    >>> def joined(s):
    ...     segs = joined_relative_name_list(comma_segments(tokenize(s, [0])))
    ...     return [" ".join(t.text for t in seg) for seg in segs]
    >>> joined("Pissaridou, who chairs the Environment, Transport and Housing Committee,")
    ['Pissaridou', 'who chairs the Environment Transport and Housing Committee', '']

    Not a list after a clause that ends in a lower-case word, nor one left unclosed:

    >>> joined("Smith, who loves cats, Dogs and Birds,")
    ['Smith', 'who loves cats', 'Dogs and Birds', '']
    >>> joined("Smith, who chairs the Environment, Transport and Housing")
    ['Smith', 'who chairs the Environment', 'Transport and Housing']
    """
    for k in range(1, len(segments) - 2):
        clause, rest = word_tokens(segments[k]), word_tokens(segments[k + 1])
        if not clause or clause[0].lower not in RELATIVE_PRONOUNS or not clause[-1].cap:
            continue
        if _listed_rest(rest):  # a comma closes it: a segment follows
            return [*segments[:k], segments[k] + segments[k + 1], *segments[k + 2 :]]
    return segments


def _listed_rest(words: list[Token]) -> bool:
    """``Transport and Sustainability Committee``: capitalised words and link words only,
    one "and" among them, opening and closing with a capitalised word."""
    return (
        1 < len(words) <= _MAX_LISTED
        and words[0].cap
        and words[-1].cap
        and sum(t.lower in ("and", "&") for t in words) == 1
        and all(t.cap or t.lower in _LIST_LINKS for t in words)
    )
