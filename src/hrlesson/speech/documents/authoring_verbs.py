"""Who wrote or adopted a document: the verbs of "a report published by X", "a resolution
adopted by the Assembly", "a letter published online by the ministry" (data/words/
authoring_verbs.txt, authoring_manners.txt).

>>> authored_by("resolution", "adopted", False), authored_by("report", "welcomed", False)
(True, False)
"""

from __future__ import annotations

from ...wordlists import word_set
from ..tokens import Token
from ..vocabulary import FINITE_VERBS, TIME_OPENERS, TIME_WORDS

#: Verbs of "a document <verb> by X" that name its author ("published", "issued", "signed").
AUTHORING_VERBS = word_set("authoring_verbs")

#: Manner words between a document's verb and "by" ("published online by X").
_AUTHORING_MANNERS = word_set("authoring_manners")

#: Verbs of "a resolution <verb> by X" that name the body that adopted it.
ADOPTING_VERBS = frozenset(["adopted", "passed", "approved"])
#: Verbs of "a resolution <verb> by X" that name its drafters ("authored by Britain").
DRAFTING_VERBS = frozenset(
    ["authored", "drafted", "prepared", "sponsored", "proposed", "tabled", "published", "issued"]
)


def authored_by(kind: str, verb: str, right_after_noun: bool) -> bool:
    """Does "<document> <verb> by X" name the document's author (or adopting body)?

    A resolution's words are its adopting body's ("adopted by the Assembly"), else its
    drafters' ("The resolution, authored by the United Kingdom and Sierra Leone, had
    called on ..."; a vetoed draft was never adopted).
    """
    if kind == "resolution":
        return verb in ADOPTING_VERBS or verb in DRAFTING_VERBS
    return right_after_noun or verb in AUTHORING_VERBS


def authored_at(kind: str, words: list[Token], j: int, i: int) -> bool:
    """``words[j]`` is a "by" that names the author of the document noun at ``words[i]``
    ("a letter published online by X", "a statement by X"), not a "by" past the
    document's own verb (:func:`past_own_verb`)."""
    if words[j].lower != "by" or past_own_verb(words, j, i):
        return False
    return authored_by(kind, verb_before_by(words, j, i), j == i + 1)


#: The most words between a document noun and an authoring "by" that may hold a verb.
_MAX_VERB_GAP = 6
#: Verbs that show a document's own clause between its noun and a later "by".
_OWN_CLAUSE_VERBS = AUTHORING_VERBS | FINITE_VERBS


def past_own_verb(words: list[Token], j: int, i: int) -> bool:
    """The "by" at ``words[j]`` stands more than :data:`_MAX_VERB_GAP` words after the
    document noun at ``words[i]``, past a finite or authoring verb (the document's own): ``The
    report also presented several cases of human rights violations carried out by the
    Islamic Republic of Iran``: Iran carried out the violations, it wrote no report
    (iran_rapporteur_rehman_report_kurds_khrn).

    >>> from hrlesson.speech.tokens import tokenize
    >>> ws = tokenize("The report also presented several cases of abuses carried out by X", [0])
    >>> past_own_verb(ws, 10, 1)
    True
    >>> past_own_verb(tokenize("A report on abuses in the region published by X", [0]), 8, 1)
    False
    """
    if j - i - 1 <= _MAX_VERB_GAP:
        return False
    return any(w.lower in _OWN_CLAUSE_VERBS for w in words[i + 1 : j - 2])


#: Prepositions of the medium or the place between a document's verb and "by".
_MEDIUM_PREPS = frozenset(["on", "via", "in", "at"])

#: At most this many words of a time phrase between a document's verb and "by".
_MAX_TIME_WORDS = 3


def verb_before_time_phrase(words: list[Token], k: int, i: int) -> str | None:
    """The verb before a time phrase that ends at ``words[k]``, right before "by", in a
    phrase after the document noun at ``words[i]``: "A tweet posted earlier this month by
    WaterNSW" (sydney_water_restrictions_pavey_mywiloo) -> "posted"; else None.

    >>> from hrlesson.speech.tokens import tokenize
    >>> verb_before_time_phrase(tokenize("A tweet posted earlier this month by X", [0]), 5, 1)
    'posted'
    >>> verb_before_time_phrase(tokenize("A tweet about the drought by X", [0]), 4, 1) is None
    True
    """
    p = k
    while p > i + 1 and k - p < _MAX_TIME_WORDS and _time_word(words[p].lower):
        p -= 1
    return words[p].lower if p < k and words[p].lower in AUTHORING_VERBS else None


def _time_word(low: str) -> bool:
    """A word of a time phrase: "earlier", "this", "month", "Monday"."""
    return low in TIME_WORDS or low in TIME_OPENERS or low in _AUTHORING_MANNERS


def verb_before_by(words: list[Token], j: int, i: int) -> str:
    """The verb before the "by" at ``words[j]`` in a phrase after the document noun at
    ``words[i]``, past one manner word: "a letter published online by X" -> "published";
    or past the medium it went out on or the place: "a statement posted on social media by
    X", "a statement issued in Kabul by X".

    >>> from hrlesson.speech.tokens import tokenize
    >>> ws = tokenize("A letter published online by the ministry", [0])
    >>> verb_before_by(ws, 4, 1), verb_before_by(ws[:2] + ws[4:], 2, 1)
    ('published', 'letter')
    >>> verb_before_by(tokenize("a statement posted on social media by X", [0]), 6, 1)
    'posted'
    >>> verb_before_by(tokenize("a statement issued in Kabul by X", [0]), 5, 1)
    'issued'
    """
    k = j - 1
    manner = words[k].lower in _AUTHORING_MANNERS or words[k].lower.endswith("ly")
    if manner and k - 1 > i and words[k - 1].lower in AUTHORING_VERBS:
        return words[k - 1].lower
    on = next((p for p in range(k - 1, max(i, k - 4), -1) if words[p].lower in _MEDIUM_PREPS), None)
    if on is not None and on - 1 > i and words[on - 1].lower in AUTHORING_VERBS:
        return words[on - 1].lower
    return verb_before_time_phrase(words, k, i) or words[k].lower
