"""Verdicts and answers: short quotations that are someone's words by the frame before them.

A short quotation with no speaker found is read as the writer's scare quote or term. Two
frames say it is what someone said: the complement of a verb that passes a verdict on a
thing ('A traveller couple were branded “pure evil”', 'bitcoin was described as
"deadly."', 'bluntly called the options for the fare hike "garbage"'), and a quoted "yes"
or "no" in a sentence that names no vote ('Andruska gave a firm "Yes"'), which is an
answer, not a ballot option.
"""

from __future__ import annotations

import re

#: A verb passing a verdict, its object and the words that bring in the quotation, at the
#: end of the text before it: "branded" and at most four words; a form of "call" with a
#: pronoun object, or a determiner and one to five words; a form of "describe",
#: "characterise", "portray" or "depict", at most eight words and "as"; an "a/an" and at
#: most one word may close each ('as an entire "city block"'). "labelled", "dubbed" and "termed" are left out: they often give a name
#: ('were labelled "general products"', 'dubbed a "revenge tax"').
_VERDICT_FRAME = re.compile(
    r"\b(?:branded(?:\s+[\w’'-]+){0,4}?"
    r"|call(?:s|ed|ing)?\s+(?:it|him|her|them|this|that)"
    r"|call(?:s|ed|ing)?\s+(?:the|these|those|his|its|their)(?:\s+[\w’'-]+){1,5}?"
    r"|(?:describ|characteri[sz]|portray|depict)\w*(?:\s+[\w’'-]+,?){0,8}?\s+as)"
    r"(?:\s+(?:a|an)(?:\s+[\w’'-]+)?)?\s*$",
    re.IGNORECASE,
)
#: Adverbs right before the verb that make the quotation a term in common use, no one's
#: verdict ('sometimes described as a “patent thicket”').
_HEDGED = re.compile(
    r"\b(?:sometimes|often|commonly|widely|popularly|frequently|usually|generally|also)\s+$",
    re.IGNORECASE,
)
#: Words after "call" that make it no naming verb ('were called to deal with').
_CALL_PARTICLES = frozenset(["to", "for", "on", "in", "off", "up", "out", "back", "upon"])

#: Words that show a vote, before a quoted "yes" or "no" that is then a ballot option.
_VOTE_WORD = re.compile(
    r"\b(?:vot(?:e|es|ed|ing|er|ers)|ballots?|referendum|polls?)\b", re.IGNORECASE
)
#: The quoted words that are a ballot option when a vote is named, else an answer.
_ANSWERS = frozenset(["yes", "no"])


def verdict_complement(before: str) -> bool:
    """The quotation right after ``before`` (its sentence up to the opening mark) is the
    complement of a verb passing a verdict: what someone called the thing, speech.

    >>> verdict_complement("A traveller couple were branded ")  # servitude_couple_jailed_kay_iol
    True
    >>> verdict_complement("a stern warning on Bitcoin that bitcoin was described as ")
    True
    >>> verdict_complement("who takes the A train, bluntly called the options for the fare hike ")
    True
    >>> verdict_complement("Described by the Times of London as an entire ")  # pompeii
    True
    >>> verdict_complement("Police were called to deal with ")  # northern_rock_queues
    False
    >>> verdict_complement("the goods were labelled ")
    False
    >>> verdict_complement("Humira patents — sometimes described as a ")  # humira_patents
    False
    """
    tail = before[-160:]
    m = _VERDICT_FRAME.search(tail)
    if m is None:
        return False
    if _HEDGED.search(tail, 0, m.start()) or " by some " in m.group(0):
        return False  # 'sometimes described as a “patent thicket”': a term in common use
    words = m.group(0).split()
    return not (words[0].lower().startswith("call") and words[1].lower() in _CALL_PARTICLES)


def ballot_option(quote: str, before: str, after: str) -> bool:
    """A quoted "yes" or "no" is a ballot option only where a vote is named before it in its
    sentence (``before``) or right after it (``after``: '"no" votes'): 'implored the
    assembly to vote “Yes.”'; elsewhere it is someone's answer ('Andruska gave a firm
    "Yes"', asada_substantial_assistance_andruska_theage; 'Drilon, in a text message,
    replied “NO” in all caps when asked if he will vote', philippines_divorce_bill_senate_
    drilon_businessmirror). Other options ("abstain", "for", "against") are ballot options
    wherever they stand.

    >>> ballot_option("yes", "Andruska gave a firm ", ".")
    False
    >>> ballot_option("no", "Drilon, in a text message, replied ", " in all caps when asked if he will vote")
    False
    >>> ballot_option("yes", "as he implored the assembly to vote ", "")
    True
    >>> ballot_option("no", "he had cast a significant number of ", " votes leading up to")
    True
    >>> ballot_option("abstain", "MPs would be free to ", "")
    True
    """
    if quote not in _ANSWERS:
        return True
    return _VOTE_WORD.search(before) is not None or _VOTE_WORD.match(after.lstrip()) is not None
