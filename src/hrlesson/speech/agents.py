"""Agent phrases: "written by X", "added by phone", "written by a "ghost mission"."""

from __future__ import annotations

import re

from ..wordlists import word_set
from .records import Cue
from .tokens import Token
from .vocabulary import NOMINATIVE_PRONOUNS

#: Means of saying after "by" ("by phone"): data/words/means_nouns.txt.
MEANS_NOUNS = word_set("means_nouns")


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
    if prev is not None and prev.lower in NOMINATIVE_PRONOUNS:
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


def purpose_infinitive(tokens: list[Token], cue_tok: int) -> bool:
    """``He said the country had set up a Commission of Enquiry to respond to "false
    allegations"``: a reporting verb in a "to" infinitive right after a name states the
    body's purpose, not what it said; inside an earlier speaker's clause the quote stays
    that speaker's.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("a Commission to respond to it", [0])
    >>> purpose_infinitive(toks, 3), purpose_infinitive(toks, 1)
    (True, False)
    """
    return cue_tok >= 2 and tokens[cue_tok - 1].lower == "to" and tokens[cue_tok - 2].cap


def speaks_for_no_one(text: str, tokens: list[Token], cue: Cue, quote_open: int) -> bool:
    """The cue before a quotation gives it no speaker of its own: the quotation is its
    passive agent (:func:`quote_is_agent`) or the cue states a purpose
    (:func:`purpose_infinitive`); an earlier speaker's clause then owns the quote."""
    return (cue.passive and quote_is_agent(text, cue.end, quote_open)) or purpose_infinitive(
        tokens, cue.tok
    )
