"""A description set in quotation marks between a verb that quotes or cites someone and
"as saying" names the one quoted; it is no speech of its own.

'the Daily Telegraph quoted a ‘source close to the Prime Minister’ as saying: “...”'
(trophy_ban_defra_spokesperson_shootingtimes): the marked words are the source the outlet
quotes, who speaks the quotation after "as saying".
"""

from __future__ import annotations

import re

#: A verb that quotes or cites someone, and an optional determiner, right before the
#: opening mark ("quoted a ", "cites the ").
_QUOTING_VERB_BEFORE = re.compile(
    r"\b(?:quot|cit)(?:e|es|ed|ing)\s+(?:(?:a|an|the|one)\s+)?$", re.IGNORECASE
)
#: "as saying", "as having said", "as stating" right after the closing mark.
_AS_SAYING_AFTER = re.compile(r"^\s*as\s+(?:saying|stating|telling|having\s+said)\b")


def cited_description(before: str, after: str) -> bool:
    """The marked words stand between a quoting verb and "as saying": they describe the one
    quoted (``before``: the text up to the opening mark; ``after``: the text after the
    closing mark).

    >>> cited_description("the Daily Telegraph quoted a ", " as saying: ")
    True
    >>> cited_description("the Daily Telegraph quoted a ", ", adding")
    False
    >>> cited_description("he called it a ", " as saying")
    False
    """
    return bool(_AS_SAYING_AFTER.match(after) and _QUOTING_VERB_BEFORE.search(before[-60:]))
