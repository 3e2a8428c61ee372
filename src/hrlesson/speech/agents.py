"""Agent phrases: "written by X", "added by phone", "written by a "ghost mission"."""

from __future__ import annotations

import re

from ..wordlists import word_set
from .records import Cue
from .tokens import Token
from .vocabulary import BE_FORMS, NOMINATIVE_PRONOUNS

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


#: Words that open what a verb reports right after the phrase naming who reports it.
_REPORTED_OPENERS = frozenset(["that", "as"])


def opens_reported_words(t: Token, words: list[Token]) -> bool:
    """``have been told by the museum's palaeontology curator that she is "Q"``, ``has been
    described by certain China critics as "Q"``: a lower-case "that" or "as" after the
    words of an agent (or a subject written after its verb) opens what was said, so the
    phrase ends before it and its head ("curator", "critics") is read, not a name inside
    it; "such as" goes on.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("the curator that she", [0])
    >>> opens_reported_words(toks[2], toks[:2]), opens_reported_words(toks[2], [])
    (True, False)
    >>> toks = tokenize("critics such as", [0])
    >>> opens_reported_words(toks[2], toks[:2])
    False
    """
    return (
        bool(words) and t.text in _REPORTED_OPENERS and words[-1].lower not in ("such", "so", "as")
    )


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


#: Participles whose "to" infinitive states a purpose: data/words/purpose_participles.txt.
PURPOSE_PARTICIPLES = word_set("purpose_participles")


def passive_purpose(tokens: list[Token], cue_tok: int) -> bool:
    """``while the judicial council was being established to consider awards``, ``Said
    release was published to announce``: a reporting verb in a "to" infinitive right after a
    passive participle of making or doing something for a purpose states what for, not what
    anyone says; no cue.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("the council was being established to consider awards", [0])
    >>> passive_purpose(toks, 6), passive_purpose(tokenize("he was asked to comment", [0]), 4)
    (True, False)
    >>> passive_purpose(tokenize("they established to consider", [0]), 3)
    False
    """
    if cue_tok < 3 or tokens[cue_tok - 1].lower != "to":
        return False
    part = tokens[cue_tok - 2]
    if part.lower not in PURPOSE_PARTICIPLES or part.sent != tokens[cue_tok].sent:
        return False
    return tokens[cue_tok - 3].lower in BE_FORMS


def speaks_for_no_one(text: str, tokens: list[Token], cue: Cue, quote_open: int) -> bool:
    """The cue before a quotation gives it no speaker of its own: the quotation is its
    passive agent (:func:`quote_is_agent`) or the cue states a purpose
    (:func:`purpose_infinitive`); an earlier speaker's clause then owns the quote."""
    return (cue.passive and quote_is_agent(text, cue.end, quote_open)) or purpose_infinitive(
        tokens, cue.tok
    )
