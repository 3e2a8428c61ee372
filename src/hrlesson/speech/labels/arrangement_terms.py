"""Quoted names of arrangements: a bare noun compound after a determiner whose head names an
event, programme, facility or deal ('moved adjusters to a "catastrophe center" in',
'has yet to detail its "product exchange program,"', 'a "people's assembly" at Marble Arch',
'a ‘soft launch’, where'; data/words/arrangement_heads.txt) is the term for a thing, not
anybody's words. Evaluations stay speech: a modifier that evaluates ('a "historic summit"',
'a "pleasant meeting"'), a predicate ('it was a "sad day"') or a naming verb's complement
('what he called a "historic day"', read before this rule).
"""

from __future__ import annotations

from ...wordlists import word_set
from ..vocabulary import BE_FORMS, DETERMINERS, WORD_RE
from .short_quotes import adjective_word

#: The head nouns of quoted arrangement names.
ARRANGEMENT_HEADS = word_set("arrangement_heads")

#: Endings of adjectives and participles that evaluate or describe ('pleasant', 'groundbreaking').
_DESCRIBING_ENDS = ("ing", "ed", "ant", "ent", "ful", "ous", "ive", "ic", "al", "ble", "less", "ly")


def arrangement_term(before: str, quote: str) -> str:
    """Why ``quote``, after the sentence text ``before`` it, is the name of an arrangement,
    or "": speech.

    >>> arrangement_term("Allstate moved adjusters to a ", "catastrophe center")
    'name of an arrangement'
    >>> arrangement_term("The company has yet to detail its ", "product exchange program,")
    'name of an arrangement'
    >>> arrangement_term("Union delegates seek a new ", "cinema film agreement")
    'name of an arrangement'
    >>> [arrangement_term("Kurti said it was a ", "sad day"), arrangement_term("had a ", "pleasant meeting")]
    ['', '']
    >>> arrangement_term("during this ", "historic summit")
    ''
    """
    words = [w.lower() for w in WORD_RE.findall(quote)]
    if not 2 <= len(words) <= 4 or not quote.strip()[:1].islower() or quote.rstrip()[-1:] in ".!?":
        return ""
    if words[-1] not in ARRANGEMENT_HEADS or not all(_plain_modifier(w) for w in words[:-1]):
        return ""
    if before[-1:] not in (" ", "\t"):
        return ""
    last = before.split()[-3:]
    if last and _determiner(last[-1]):
        prior = last[-2] if len(last) > 1 else ""
    elif len(last) > 1 and _determiner(last[-2]) and last[-1].islower() and last[-1].isalpha():
        prior = last[-3] if len(last) > 2 else ""
        if not _plain_modifier(last[-1]):
            return ""
    else:
        return ""
    if prior.lower() in BE_FORMS:
        return ""  # 'it was a "sad day"': a predicate evaluates
    return "name of an arrangement"


def _determiner(word: str) -> bool:
    """A determiner or a possessive ('a', 'its', "Equity's")."""
    return word.lower() in DETERMINERS or word.endswith(("'s", "’s"))


def _plain_modifier(word: str) -> bool:
    """A modifier that classifies rather than evaluates: a noun or a plain short word
    ('catastrophe', 'exchange', 'zero', 'soft', "people's"), not an adjective the lists or
    its ending show ('historic', 'pleasant', 'groundbreaking').

    >>> [_plain_modifier(w) for w in ("catastrophe", "people's", "historic", "pleasant")]
    [True, True, False, False]
    """
    return (word.isalpha() or word.endswith(("'s", "’s"))) and not (
        adjective_word(word) or word.endswith(_DESCRIBING_ENDS)
    )
