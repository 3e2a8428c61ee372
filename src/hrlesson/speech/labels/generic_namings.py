"""Names a whole class of people gives: a term, not anybody's speech.

'shifting of the ground that miners call a "mountain bump."', 'they have become what experts
dub “homeless in foster care.”', 'the trust owns about 100 what we might call “big houses”':
a relative clause whose subject is a bare plural for people in general ("miners",
"experts") or a generic pronoun ("we", "you", "one"), with a naming verb in the present, gives
the name that trade or everyone uses. Nobody in the article says the words: the quotation is
a term. A named subject ('what Petković called a "Serbian Bermuda triangle"'), a definite one
('what the company calls') or a past verb ('what experts dubbed') reports somebody's words
(:func:`~.spoken_terms.relative_naming`).
"""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..vocabulary import STOP_WORDS

#: Present forms of naming verbs: data/words/generic_naming_verbs.txt.
GENERIC_NAMING_VERBS = word_set("generic_naming_verbs")
#: Modal auxiliaries: data/words/modal_verbs.txt ("what we might call").
_MODALS = word_set("modal_verbs")
#: Pronouns for people in general.
_GENERIC_PRONOUNS = frozenset(["we", "you", "one", "people"])

#: "that"/"which"/"what", a one-word subject, an optional modal, an optional adverb in -ly
#: or "often", a verb, an optional "(to) as" and an optional article, right before the
#: quotation ("that miners call a ", "what we might call ", "what experts dub ").
_GENERIC_CLAUSE = re.compile(
    r"\b(?:that|which|what)\s+([a-z]+)\s+(?:(?:"
    + "|".join(sorted((re.escape(m) for m in _MODALS), key=len, reverse=True))
    + r")\s+)?(?:(?:often|[a-z]+ly)\s+)?([a-z]+)\s+(?:(?:to\s+)?as\s+)?(?:(?:the|a|an)\s+)?$"
)
#: An agent or a speaker right after the quotation (' by critics', ', he said').
_AGENT_AFTER = re.compile(r"^[,.’”\"']?\s*by\b")


def generic_subject(word: str) -> bool:
    """A generic pronoun or a bare lower-case plural for people in general.

    >>> generic_subject("miners"), generic_subject("we"), generic_subject("this")
    (True, True, False)
    >>> generic_subject("class"), generic_subject("it")
    (False, False)
    """
    if word in _GENERIC_PRONOUNS:
        return True
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith("ss")
        and (word not in STOP_WORDS)
    )


def generic_naming(before: str, after: str) -> bool:
    """The quotation is the object of a present naming verb in a relative clause whose
    subject is people in general (:func:`generic_subject`): the term that class uses.

    >>> generic_naming("shifting of the ground that miners call a ", " Rescue")
    True
    >>> generic_naming("the trust owns about 100 what we might call ", "; of these")
    True
    >>> generic_naming("they have become what experts dub ", "")
    True
    >>> generic_naming("by what the company called ", ""), generic_naming("what he calls a ", "")
    (False, False)
    >>> generic_naming("what experts dubbed ", ""), generic_naming("that miners call ", " by")
    (False, False)
    """
    m = _GENERIC_CLAUSE.search(before[-80:])
    if m is None or _AGENT_AFTER.match(after):
        return False
    subject, verb = m.groups()
    return verb in GENERIC_NAMING_VERBS and generic_subject(subject)
