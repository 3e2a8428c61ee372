"""Cited reasons: a short quotation right after "due to", "because of" or "owing to" is the
reason as someone gave it for a decision, speech, not the writer's scare quote.

News gives the reason a body or a person cites for what it did in that party's own words:
'the castle was still cordoned off due to “potential hazards”', 'later skipped the award
ceremony due to "pre-existing commitments."', 'canceled at the London Film Festival, due to
concerns over the “safety” of event staff' (data/words/reason_connectives.txt). The party is
often the agent of a passive or named in another sentence, so the ranker gives the speaker.
"""

from __future__ import annotations

import re

from ...wordlists import word_list

#: Nouns of worry between the connective and the quotation ("due to concerns over the").
_WORRY = r"(?:concerns?|fears?|worries)\s+(?:over|about|for)"

#: Determiners allowed right before the quotation.
_DETERMINER = r"(?:the|a|an|its|their|his|her|our|what\s+it\s+called)"


def _reason_pattern() -> re.Pattern:
    connectives = "|".join(
        re.escape(c).replace("_", r"\s+") for c in word_list("reason_connectives")
    )
    return re.compile(
        rf"\b(?:{connectives})(?:\s+{_WORRY})?(?:\s+{_DETERMINER})?\s*$", re.IGNORECASE
    )


_REASON_BEFORE = _reason_pattern()


def cited_reason(before: str) -> bool:
    """The quotation right after ``before`` (its sentence up to the opening mark) is a
    reason given with "due to", "because of" or "owing to".

    >>> cited_reason("South Range Fore Tower still cordoned off due to ")
    True
    >>> cited_reason("has been canceled at the London Film Festival, due to concerns over the ")
    True
    >>> cited_reason("The match was moved to ")
    False
    """
    return _REASON_BEFORE.search(before) is not None
