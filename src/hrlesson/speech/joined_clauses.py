"""A quotation inside one reporting verb's clause is not taken by the verb of a later clause
joined to it by a conjunction with a subject of its own: ``The Prime Minister said the crisis
was a problem the market would soon 'start fixing', but the energy minister said ...`` (the
Prime Minister's words, not the minister's)."""

from __future__ import annotations

from ..wordlists import word_set
from .vocabulary import WORD_RE

#: Quotation marks: a mark between the quote and the subject lists another quotation.
QUOTE_MARKS = '"\u201c\u201d\u2018'

#: Conjunctions that open a new clause after a quotation ("but", "and", "though"):
#: data/words/clause_joining_conjunctions.txt.
CLAUSE_JOINING_CONJUNCTIONS = word_set("clause_joining_conjunctions")


def joined_clause_cue(text: str, close: int, cue_start: int, subject_start: int | None) -> bool:
    """The text from a quotation's closing mark (``close``) to a later reporting verb
    (``cue_start``) opens its last comma segment with a joining conjunction ("list for
    hail claims, though weather experts say"), and the verb's own subject
    (``subject_start``) stands between the two: the verb is a new clause's, not an
    attribution of the quote.

    >>> text = "would soon 'start fixing', but the energy minister said the ..."
    >>> close, cue = text.index("',"), text.index(" said") + 1
    >>> joined_clause_cue(text, close, cue, text.index("the energy"))
    True
    >>> joined_clause_cue(text.replace("but", "the"), close, cue, text.index("the energy"))
    False
    >>> listed = 'is "unfair" and "Q," the minister said'
    >>> joined_clause_cue(listed, 11, listed.index("said"), listed.index("the"))
    False
    >>> joined_clause_cue(text, close, cue, cue + 5)  # 'but said the minister'
    False
    """
    if subject_start is None or not close < subject_start < cue_start:
        return False
    between = text[close + 1 : subject_start]
    if any(mark in between for mark in QUOTE_MARKS):
        return False  # '"Q1" and "Q2," X said': a list of quotes, one attribution
    words = WORD_RE.findall(between.rsplit(",", 1)[-1])
    return bool(words) and words[0].lower() in CLAUSE_JOINING_CONJUNCTIONS
