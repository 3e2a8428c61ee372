"""A name no first-name list knows is a person's when it is the subject right after a fronted
participle clause: "Praising her side after rare double series triumph, Mithali Raj believes
that ...". A name opening its sentence is read as a subject already; a participle clause
put before it only moves it past the first comma (part of the index).
"""

from __future__ import annotations

from ..tokens import Token
from ..vocabulary import FINITE_VERBS, PREPOSITIONS


def fronted_clause_subject(toks: list[Token], a: int, b: int) -> bool:
    """The run ``toks[a:b]`` stands right after the first comma of a sentence that opens with
    a capitalised "-ing" participle (an action, so no "During"), and a lower-case finite verb
    follows it ("-s", "-ed" or an auxiliary): the participle's subject, a person.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Praising her side after the win, Mithali Raj believes it.", [0])
    >>> fronted_clause_subject(toks, 7, 9)
    True
    >>> toks = tokenize("During the win, Mithali Raj believes it.", [0])
    >>> fronted_clause_subject(toks, 4, 6)
    False
    >>> toks = tokenize("Praising her side, Mithali Raj and others.", [0])
    >>> fronted_clause_subject(toks, 4, 6)
    False
    """
    if a < 2 or b >= len(toks) or toks[a - 1].text != ",":
        return False
    sent, verb = toks[a].sent, toks[b]
    k = a - 2
    while k >= 0 and toks[k].sent == sent and toks[k].text != ",":
        k -= 1
    if k >= 0 and toks[k].sent == sent:
        return False  # a comma before: a list or an aside, no fronted clause
    opener = toks[k + 1]
    if not (opener.cap and opener.lower.endswith("ing") and opener.text.isalpha()):
        return False
    if opener.lower in PREPOSITIONS:  # "During the win,": no participle
        return False
    return verb.sent == sent and finite_verb(verb)


def finite_verb(tok: Token) -> bool:
    """``tok`` reads as a finite verb after a subject: lower case, an auxiliary or a form in
    "-s" or "-ed", no preposition ("believes", "hit", not "of").

    >>> from ..tokens import tokenize
    >>> [finite_verb(t) for t in tokenize("believes warned has of cricket", [0])]
    [True, True, True, False, False]
    """
    word = tok.text
    if not word.isalpha() or not word.islower() or word in PREPOSITIONS:
        return False
    return word in FINITE_VERBS or word.endswith(("s", "ed"))
