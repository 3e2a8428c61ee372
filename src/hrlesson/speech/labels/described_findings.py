"""Findings closed by a described finder: a short quotation in a sentence that closes with a
comma, a description and a verb of finding ('…, the report found.', '…, a coroner has
found.', '…, the lawsuit claims.') is the finder's words, not the writer's scare quote,
though the finder is no name (the ranker gives the speaker)."""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..vocabulary import PERSONAL_SUBJECTS

#: Verb forms that report a finding at the close of a sentence (data/words/finding_verbs.txt).
FINDING_VERBS = word_set("finding_verbs")

#: The close of a sentence: a comma (a closing mark may follow it), one to four words (the finder), "has" or "have" at
#: most, a verb form and nothing but closing marks and punctuation.
_CLOSING_FINDING = re.compile(
    r",[”’\"']?\s+((?:[\w’'.-]+\s+){0,3}[\w’'-]+)\s+(?:(?:has|have)\s+)?([a-z]+)[\W]*$"
)

#: Words that open a clause or stand for a finder named elsewhere: not a description.
_NOT_A_DESCRIPTION = PERSONAL_SUBJECTS | frozenset(
    [
        "who",
        "which",
        "what",
        "that",
        "this",
        "as",
        "when",
        "where",
        "if",
        "while",
    ]
)


def closing_finding(tail: str) -> bool:
    """``tail`` (the sentence after a short quotation) closes with a comma, a described
    finder and a verb of finding (:data:`FINDING_VERBS`): the quotation is the finding.

    >>> closing_finding(" about those sectors, the report found.")  # european_tech_record_wehmeier_yahoo
    True
    >>> closing_finding(" and the theme park's record-keeping, a coroner has found.")  # dreamworld
    True
    >>> closing_finding(" for use in their own, “resulting in infringement,” the lawsuit claims.")  # eminem
    True
    >>> closing_finding(", which it found.")
    False
    >>> closing_finding(" on Thursday, the minister said.")
    False
    """
    m = _CLOSING_FINDING.search(tail)
    if m is None or m.group(2) not in FINDING_VERBS:
        return False
    words = m.group(1).lower().split()
    return not any(w in _NOT_A_DESCRIPTION for w in words)
