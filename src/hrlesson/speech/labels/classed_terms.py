"""A class a thing is put in: 'define streaming as ‘making available’'.

A verb that classifies, defines, lists or refers to a thing, then "as" (and an article)
right before the quotation: the marked words name the class, a term, not the words of
whoever classes the thing (``data/words/classing_verbs.txt``). Describing and naming verbs
('remembered Colvin as "one of the finest minds"', 'described it as "a farce"') report a
judgement in the speaker's own words and are not in the list.
"""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..vocabulary import WORD_RE

#: Verbs that put a thing into a class ("define", "listed", "refer"), all forms.
CLASSING_VERBS = word_set("classing_verbs")

#: "as" and an optional article right before the opening mark.
_AS_BEFORE = re.compile(r"\bas\s+(?:(?:a|an|the)\s+)?$")

#: Most words between the classing verb and "as" ('listed by the World Health Organization as').
_MAX_OBJECT_WORDS = 6

#: Punctuation that ends the clause the classing verb must stand in.
_CLAUSE_BREAK = re.compile(r"[,;:.!?\"“”‘’]")


def classed_as(quote: str, before: str) -> bool:
    """A quotation of one to four words with no closing stop, not opening with "a" or "an",
    after a classing verb, up to six words and "as": the name of a class ('Major labels
    define streaming as ‘making available’', fix_streaming_inquiry_trubridge_musiciansunion;
    'The drug is listed by the World Health Organization as an “essential” medicine',
    nitrofurantoin_price_moral_requirement_mulye_fox13now; 'rangers ... refer to the iconic
    game reserve as “the beast”', rhino_poaching_rangers_funda_defenceweb).

    >>> classed_as("making available", "Major labels define streaming as ")
    True
    >>> classed_as("essential", "is listed by the World Health Organization as an ")
    True
    >>> classed_as("the beast", "refer to the iconic game reserve as ")
    True
    >>> classed_as("one of the finest minds in journalism", "remembered Colvin as ")
    False
    >>> classed_as("a farce", "described the vote as ")
    False

    An indefinite article opens a description, the speaker's words ('the police referred
    to him as “a suspected drug pusher”', philippines_drug_war_police_killings_hrw):

    >>> classed_as("a suspected drug pusher", "the police referred to him as ")
    False
    """
    words = WORD_RE.findall(quote)
    if not 1 <= len(words) <= 4 or quote.rstrip()[-1:] in ",.;:!?" or words[0] in ("a", "an"):
        return False
    tail = _CLAUSE_BREAK.split(before[-80:])[-1]
    if not _AS_BEFORE.search(tail):
        return False
    prev = [w.lower() for w in WORD_RE.findall(tail)]
    # the verb, its object and "by" phrase: all but the last word ("as" or its article)
    verb_window = prev[-(_MAX_OBJECT_WORDS + 3) : -1]
    return any(w in CLASSING_VERBS for w in verb_window)
