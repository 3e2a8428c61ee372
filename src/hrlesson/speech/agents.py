"""Agent phrases: "written by X", "added by phone", "written by a "ghost mission"."""

from __future__ import annotations

import re

from ..wordlists import word_set
from .tokens import Token

#: Means of saying after "by" ("by phone"): data/words/means_nouns.txt.
MEANS_NOUNS = word_set("means_nouns")

#: Subject pronouns: right before a verb, the verb is active.
_SUBJECT_PRONOUNS = frozenset(["he", "she", "they", "we", "i"])

#: "by", an optional determiner, then the quotation's opening mark.
_BY_THEN_QUOTE = re.compile(r"\s*by\s+(?:(?:a|an|the|this|its|their|his|her)\s+)?$", re.IGNORECASE)


def active_despite_by(prev: Token | None, after_by: Token | None) -> bool:
    """``"Q," he added by phone yesterday``: a verb followed by "by" that is active all the
    same, because a subject pronoun stands right before it or "by" names a means of saying
    ("phone", "email"), not an agent.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("he added by phone", [0])
    >>> active_despite_by(toks[0], toks[3]), active_despite_by(None, toks[0])
    (True, False)
    """
    if prev is not None and prev.lower in _SUBJECT_PRONOUNS:
        return True
    return after_by is not None and after_by.lower in MEANS_NOUNS


def quote_is_agent(text: str, cue_end: int, quote_open: int) -> bool:
    """``the report had been written by a "ghost mission"``: the quotation is the passive
    verb's agent, words of whoever reports the clause, not the agent's own.

    >>> t = 'written by a "ghost mission"'
    >>> quote_is_agent(t, 7, t.index('"')), quote_is_agent(t, 7, 0)
    (True, False)
    """
    return quote_open > cue_end and bool(_BY_THEN_QUOTE.fullmatch(text[cue_end:quote_open]))
