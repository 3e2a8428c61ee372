"""Unspoken subjects: a name before a short quote that the quoted words are about, not by.

'Mr Grayling had been accused of "shirking the issue" by shadow transport secretary Andy
McDonald': the subject of a passive verb undergoes the act; the quote is someone else's
words about him (the ranker or the next rule gives the speaker).
"""

from __future__ import annotations

import re

from ...wordlists import word_set, word_table
from ..vocabulary import AUXILIARIES, BE_FORMS

#: Irregular past participles of news verbs ("said", "told", "put"):
#: data/words/irregular_verbs.csv.
IRREGULAR_PARTICIPLES = frozenset(
    row["past_participle"] or row["past"] for row in word_table("irregular_verbs")
)

#: Participles of the subject's own feeling or stance ("are concerned about"):
#: data/words/feeling_participles.txt.
FEELING_PARTICIPLES = word_set("feeling_participles")

#: Verbs after an opening "It" that is no actor ("It comes as ..."):
#: data/words/expletive_openers.txt.
EXPLETIVE_OPENERS = word_set("expletive_openers")

#: Short adverbs that stand inside a verb group ("had also been accused").
_INNER_ADVERBS = frozenset({"also", "already", "even", "now", "since", "still", "then"})

_WORD = re.compile(r"[a-z]+")


def passive_before(between: str) -> bool:
    """Whether the words between a subject and its quote open with a passive verb of that
    subject: auxiliaries (and adverbs) ending in a form of "be", then a past participle.

    >>> passive_before(" had been accused of ")  # rail_fare_rise_grayling_itv
    True
    >>> passive_before(" were said to ")  # hinchingbrooke_cqc_requires_improvement_huntspost
    True
    >>> passive_before(" has been suspended ")  # nigeria_twitter_suspension_..._whatsnew2day
    True
    >>> passive_before(" also was ")  # dakota_access_tribes_archambault_indianz: the quote
    False
    >>> passive_before(" also drew attention to the ")
    False

    A passive of a later clause is not the subject's own verb
    (deposit_return_scheme_retailers_warned_sandy_luk_metro):

    >>> passive_before(" fears the green initiative is being put in jeopardy by ")
    False

    A feeling, or an infinitive the subject goes on to do, leaves the subject speaking
    (iran_hijab_law_un_experts_aa_usmuslims, ofwat_abolition_water_bills_reed_americanpolibeat):

    >>> passive_before(" are also concerned about using ")
    False
    >>> passive_before(" is expected to unveil plans today to abolish ... as part of a ")
    False
    """
    words = _WORD.findall(between.lower())
    k, seen_be = 0, False
    while k < len(words) and (words[k] in AUXILIARIES or _adverb(words[k])):
        seen_be = seen_be or words[k] in BE_FORMS
        k += 1
    if not seen_be or k >= len(words) or not _participle(words[k]):
        return False
    if words[k] in FEELING_PARTICIPLES:
        return False  # "are also concerned about": the subject's own stance
    return not (words[k + 1 : k + 2] == ["to"] and len(words) > k + 2)


def _adverb(word: str) -> bool:
    """An adverb inside a verb group: 'also', 'recently' (not the participle itself)."""
    return word in _INNER_ADVERBS or word.endswith("ly")


def _participle(word: str) -> bool:
    """A past participle: regular in ``-ed`` ('accused') or irregular ('said', 'put')."""
    return word.endswith("ed") or word in IRREGULAR_PARTICIPLES


def expletive_it(subject: str, between: str) -> bool:
    """Whether the subject is an "It" that names nobody: 'It comes as most receptionists
    have now been trained to be "care navigators"' (stafford_gp_receptionists_abuse_kurfi_
    expressandstar): the event opener, not a speaker.

    >>> expletive_it("It", " comes as most receptionists have now been trained to be ")
    True
    >>> expletive_it("It", " said the plan was ")
    False
    """
    words = _WORD.findall(between.lower())
    return subject.lower() == "it" and bool(words) and words[0] in EXPLETIVE_OPENERS
