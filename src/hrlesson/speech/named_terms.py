"""Quoted names of laws and of what they ban, and titles of works: labels by their frame.

'a law banning "propaganda of non-traditional sexual relations"', 'a legislative package
on "family values and child protection"', 'making "aggravated homosexuality" a capital
offence' quote a law's own name or category; 'included "The Marble Head of Athena," worth
$3 million' quotes a work's title. None of them is anybody's speech.
"""

from __future__ import annotations

import re

from ..wordlists import word_set
from .vocabulary import AUXILIARIES, DETERMINERS, PREPOSITIONS, WORD_RE

#: Nouns of laws and bans ('law', 'bill', 'prohibition'): data/words/law_nouns.txt.
LAW_NOUNS = word_set("law_nouns")

#: Verbs that make something unlawful ('banning', 'outlawed'): data/words/ban_verbs.txt.
BAN_VERBS = word_set("ban_verbs")

#: A law noun and the preposition or ban verb that joins it to what it names: "law on the ",
#: "package on ", "prohibition on the ", "law banning ".
_LAW_THEN_LINK = re.compile(r"([\w-]+)\s+([\w-]+)\s+(?:the\s+)?$")

#: After a quotation: an article, up to two words and the name of an offence ('a capital
#: offence').
_OFFENCE_AFTER = re.compile(r"\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:offence|offense|crime)\b")

#: After a quotation: its designation ('"X" be included to the list', '"X" was declared').
_DESIGNATED_AFTER = re.compile(
    r"\s+(?:be|is|was|were|been|being)\s+(?:[a-z]+ly\s+)?"
    r"(?:included|added|listed|designated|declared|recognised|recognized|classified)\b"
)

#: Pronouns that open a clause of speech ('"we will ..."'), not a term.
_CLAUSE_OPENERS = frozenset(["i", "we", "you", "he", "she", "it", "they", "this", "there"])


def term_like(quote: str) -> bool:
    """The quotation reads as a term, not a clause: no sentence stop inside it, and it does
    not open with a determiner, an auxiliary or a subject pronoun.

    >>> term_like("propaganda of non-traditional sexual relations"), term_like("LGBTQ+ propaganda,")
    (True, True)
    >>> term_like("we will not accept this."), term_like("a threat. It must end")
    (False, False)
    """
    words = [w.lower() for w in WORD_RE.findall(quote)]
    if not words or len(words) > 8 or re.search(r"[.!?;:]\s*\S", quote.strip()):
        return False
    first = words[0]
    return first not in DETERMINERS and first not in AUXILIARIES and first not in _CLAUSE_OPENERS


def law_frame(before: str, after: str) -> str:
    """Why the quotation between ``before`` and ``after`` names a law or what a law bans,
    or "": a law noun and a preposition or ban verb before it ('a legislative package on
    "X"', 'Russia's prohibition on the "X"', 'the law banning "X"'), a ban verb up to two
    words before it ('bans "X"', 'outlaw transgenderism and "X"'), or an offence it is
    made ('making "X" a capital offence'), a status it is designated ('that the "X" be
    included to the list of extremist organisations') or a law gives ('a law that
    qualifies critics as "foreign agents."'); not what somebody is banned from ('banned from
    "media activities" for two years': a sentence's terms, told by a lawyer).

    >>> law_frame("a legislative package on ", " and")
    'a law and what it names'
    >>> law_frame("the law was amended to outlaw transgenderism and ", ".")
    'what a law bans'
    >>> law_frame("a provision making ", " a capital offence")
    'an offence a law names'
    >>> law_frame("requested that the ", " be included to the list of extremist groups")
    'a status an authority designates'
    >>> law_frame("a law that qualifies critics of the regime as ", ". The")
    'a status a law gives'
    >>> law_frame("they banned protests, calling it ", ""), law_frame("was banned from ", "")
    ('', '')
    """
    m = _LAW_THEN_LINK.search(before[-60:])
    if m is not None and m.group(1).lower() in LAW_NOUNS:
        link = m.group(2).lower()
        if link in ("on", "against") or link in BAN_VERBS:
            return "a law and what it names"
    tail = re.split(r"[,;:.!?\"“”]", before[-60:])[-1]
    words = [w.lower() for w in WORD_RE.findall(tail)]
    if any(w in BAN_VERBS for w in words[-3:]) and not (DETERMINERS | PREPOSITIONS).intersection(
        words[-1:]
    ):
        return "what a law bans"
    if _OFFENCE_AFTER.match(after) is not None:
        return "an offence a law names"
    if _DESIGNATED_AFTER.match(after) is not None:
        return "a status an authority designates"
    if LAW_NOUNS.intersection(words[-12:]) and words[-1:] == ["as"]:
        return "a status a law gives"
    return ""


def law_clause(before: str, quote: str) -> str:
    """Why a quotation that opens with a ban verb, in a clause about a law, is the law's
    content, or "": 'a new law passed by the Duma that "prohibits LGBTQ+ propaganda"'.

    >>> law_clause("a new law passed by the lower house that ", "prohibits LGBTQ+ propaganda")
    'what a law bans'
    >>> law_clause("the minister said he ", "prohibits nothing")
    ''
    """
    first = WORD_RE.match(quote.strip())
    tail = re.split(r"[;:.!?\"“”]", before[-100:])[-1]
    words = [w.lower() for w in WORD_RE.findall(tail)]
    if first is None or first.group(0) not in BAN_VERBS or not LAW_NOUNS.intersection(words):
        return ""
    return "what a law bans"


def named_term(text: str, open_: int, close: int, quote: str) -> str:
    """Why the quotation ``quote`` between the marks at ``open_`` and ``close`` of
    ``text`` is a law's name or term (:func:`law_frame`), or "".

    >>> s = 'a law banning "propaganda of non-traditional sexual relations" to all'
    >>> named_term(s, 14, 61, s[15:61])
    'a law and what it names'
    """
    if not term_like(quote):
        return ""
    before = text[max(0, open_ - 100) : open_]
    return law_frame(before, text[close + 1 : close + 40]) or law_clause(before, quote)
