"""Short quotations that are part of a predicate, not a label: a verb with its object, the
object of a verb, a time.

A label names a thing, so it stands where a noun phrase stands. A quoted verb followed by its
object ('his neighbor "lost" his two children', 'urged the government to "save his life"')
names nothing; nor does a quoted time ('an exchange could take place "next week,"'); and a
quotation right after a verb that a modal, "to" or an adverb marks as a verb ('must evaluate
"Peruvian non-compliance"', 'immediately release "everything, everyone"') is that verb's
object, not a term inside a noun phrase.
"""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..vocabulary import AUXILIARIES, DETERMINERS, PREPOSITIONS, TIME_WORDS, WORD_RE

#: Words that open a verb's object: possessives, articles and demonstratives ('save "his" life').
OBJECT_OPENERS = frozenset(
    ["a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "these", "those"]
)
#: Modal verbs: the word after one is a verb ('must "evaluate"').
MODALS = frozenset(["must", "should", "will", "would", "can", "cannot", "could", "may", "might"])
#: Negations before a plain verb ('does not "start"'): data/words/verb_negators.txt.
NEGATORS = word_set("verb_negators")
#: Relative pronouns: a plain word after one is its clause's verb ('that "produce"').
RELATIVES = frozenset(["that", "which", "who"])
#: Words that make the quoted time relative ('"next week"', '"within days"').
TIME_OPENERS = frozenset(["next", "last", "this", "within", "by", "in", "coming", "few"])


def verb_with_object(words: list[str], next_word: str) -> bool:
    """A lower-case quotation that is a verb with its object: its second word, or the word
    right after a one-word quotation, opens a noun phrase (a possessive or an article), so
    its first word is a verb, not the head of a term ('"save his life"'; '"lost" his two
    children'). A determiner, a preposition or an auxiliary first is not a verb.

    >>> verb_with_object(["save", "his", "life"], ""), verb_with_object(["lost"], "his")
    (True, True)
    >>> verb_with_object(["war", "on", "drugs"], ""), verb_with_object(["watch", "lists"], "the")
    (False, False)
    >>> verb_with_object(["all", "the", "rest"], ""), verb_with_object(["progress"], "in")
    (False, False)
    """
    if not words or len(words) > 4 or not words[0].islower():
        return False
    first = words[0]
    if first in DETERMINERS or first in PREPOSITIONS or first in AUXILIARIES:
        return False
    if first.endswith(("'s", "’s")) or "-" in first:
        return False
    following = words[1] if len(words) > 1 else next_word
    return following in OBJECT_OPENERS and (len(words) > 1 or len(first) > 2)


def quoted_time(words: list[str]) -> bool:
    """A quotation of a relative time is an adverbial, not a term ('could take place "next
    week,"', '"within days"').

    >>> quoted_time(["next", "week"]), quoted_time(["within", "days"]), quoted_time(["week"])
    (True, True, False)
    >>> quoted_time(["next", "generation"])
    False
    """
    low = [w.lower() for w in words]
    if len(low) < 2 or len(low) > 3 or low[0] not in TIME_OPENERS:
        return False
    return low[-1].rstrip("s") in TIME_WORDS or low[-1] in ("days", "weeks", "months", "hours")


def verb_marked(prev2: str, prev: str) -> bool:
    """``prev`` is a verb by the word before it, so a quotation after ``prev`` is its object,
    not a term that ``prev`` heads: "to" or a modal before it ('willing to conduct',
    'must evaluate'), a relative pronoun ('infrastructure that produce "substandard" care'),
    or an adverb in -ly before a plain form ('immediately release'; not 'newly formed', a
    participle that can modify a noun), or a negation ('does not start "overhauling"').

    >>> [verb_marked(a, b) for a, b in (("to", "conduct"), ("must", "evaluate"))]
    [True, True]
    >>> verb_marked("that", "produce")
    True
    >>> [verb_marked(a, b) for a, b in (("immediately", "release"), ("newly", "formed"))]
    [True, False]
    >>> verb_marked("drug", "watch")
    False
    >>> verb_marked("not", "start"), verb_marked("doesn’t", "start")
    (True, True)
    """
    if prev2 == "to" or prev2 in MODALS or prev2 in RELATIVES or prev2 in NEGATORS:
        return True
    return (
        len(prev2) > 4
        and prev2.endswith("ly")
        and not prev.endswith(("ed", "ing", "en", "ly", "s"))
    )


def next_word(text: str, close: int) -> str:
    """The lower-case word right after the closing mark at ``close`` ('"lost" his' → 'his'),
    or "" when punctuation or a capital comes first.

    >>> next_word('he "lost" his two', 8), next_word('he "lost", and', 8)
    ('his', '')
    """
    m = WORD_RE.match(text[close + 1 : close + 40].lstrip(" \t"))
    rest = text[close + 1 : close + 2]
    if m is None or rest not in (" ", "\t"):
        return ""
    word = m.group(0)
    return word if word.islower() else ""


def opens_with_verb(quote: str) -> bool:
    """A quotation that opens with a lower-case verb in the present tense, the verb of a
    subject just before it: 'The resolution "underscores the need to reach ... peace"'.
    A noun in -ss or -us is no verb.

    >>> opens_with_verb("underscores the need"), opens_with_verb("deplores")
    (True, True)
    >>> opens_with_verb("progress"), opens_with_verb("status"), opens_with_verb("Urges")
    (False, False, False)
    """
    m = WORD_RE.match(quote.lstrip())
    word = m.group(0) if m else ""
    return (
        word.islower()
        and len(word) > 4
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "'s", "’s"))
    )


#: A quotation's first word when it is an -ing form: a stem with a vowel ('overhauling',
#: 'siding'; not 'spring' or 'thing').
_GERUND_FIRST = re.compile(r"\s*([a-z]*[aeiouy][a-z]*?[a-z]ing)\b")


def gerund_quote(quote: str) -> bool:
    """A quotation of at most eight words that opens with a lower-case -ing form is a verb
    phrase, a predicate or a gerund clause, quoted from someone, not a term that names a
    thing: 'Defra does not start "overhauling" parts of the system', 'Scottish housing
    minister "siding with landlords"', 'derided it as akin to "aligning with Russia"',
    'convicted of "broadcasting false news"'.

    >>> [gerund_quote(q) for q in ("overhauling", "siding with landlords", "insulting")]
    [True, True, True]
    >>> [gerund_quote(q) for q in ("spring", "Overhauling", "thing", "a ruling", "sing")]
    [False, False, False, False, False]
    """
    m = _GERUND_FIRST.match(quote)
    return m is not None and len(WORD_RE.findall(quote)) <= 8
