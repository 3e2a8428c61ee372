"""Reporting frames whose subject is not the words right before the verb.

Small tests on tokens, used by the subject finder and the name finder: the object of a
causative verb ("prompting Rome to warn"), a capital as its government ("Washington said").
"""

from __future__ import annotations

from dataclasses import replace

from ..wordlists import word_set
from .cues import CUE_FORMS
from .records import SpeakerRef
from .tokens import Token
from .vocabulary import FINITE_VERBS, PREPOSITIONS

#: Verbs whose object is the subject of the infinitive after it ("prompting Rome to warn").
CAUSATIVE_VERBS = word_set("causative_verbs")


def causative_object(words: list[Token]) -> list[Token]:
    """The object of a causative verb before an infinitive cue, or ``[]``: in ``An Italian
    ship rescued 50 migrants, prompting Rome to [warn]`` Rome warns (``words`` are the words
    before the cue, ending in "to"; the object has at most six words and no verb).

    >>> from .tokens import tokenize
    >>> [t.text for t in causative_object(tokenize("The rescue prompting Rome to", [0]))]
    ['Rome']
    >>> causative_object(tokenize("The rescue prompted calls to", [0]))
    []
    """
    if len(words) < 3 or words[-1].lower != "to":
        return []
    for k in range(len(words) - 3, max(-1, len(words) - 9), -1):
        if words[k].lower in CAUSATIVE_VERBS and words[k].text.islower():
            obj = words[k + 1 : -1]
            if obj[0].cap or obj[0].lower in ("the", "his", "her", "its", "their"):
                return obj
            return []
    return []


def capital_as_government(prev: Token | None, nxt: Token | None) -> bool:
    """A capital between a causative verb and "to" (``prompting Rome to warn``) or before a
    reporting verb (``Washington said Wednesday``) is its government's voice.

    >>> from .tokens import tokenize
    >>> toks = tokenize("prompting Rome to warn", [0])
    >>> capital_as_government(toks[0], toks[2])
    True
    >>> toks = tokenize("talks in Moscow said", [0])
    >>> capital_as_government(toks[1], toks[3])
    False
    >>> toks = tokenize("in Rome to meet", [0])
    >>> capital_as_government(toks[0], toks[2])
    False
    """
    if nxt is None:
        return False
    if prev is not None and prev.lower in CAUSATIVE_VERBS and nxt.lower == "to":
        return True
    if prev is not None and (prev.lower in PREPOSITIONS or prev.cap):
        return False  # "talks in Moscow said": a place
    return nxt.lower in ("said", "told", "says", "tells", "warned", "insisted")


def by_rule(ref: SpeakerRef | None, rule: str) -> SpeakerRef | None:
    """A copy of ``ref`` whose evidence names the frame ``rule`` that placed it."""
    if ref is None:
        return None
    return replace(ref, how=f"{rule}, {ref.how}" if ref.how else rule)


def before_relative_clause(chosen: list[Token]) -> list[Token] | None:
    """The words before a relative clause that closes the subject, or ``None``: in ``the
    Mediterranea collective of aid groups that runs the ship [said]`` the collective speaks,
    not the ship (the clause opens with "that", "which" or "who" and a verb in the third
    person or the past, after a noun).

    >>> from .tokens import tokenize
    >>> words = tokenize("the collective of aid groups that runs the ship", [0])
    >>> [t.text for t in before_relative_clause(words)]
    ['the', 'collective', 'of', 'aid', 'groups']
    >>> before_relative_clause(tokenize("a report that officials", [0])) is None
    True
    """
    for k in range(len(chosen) - 2, 0, -1):
        rel, verb, noun = chosen[k], chosen[k + 1], chosen[k - 1]
        if rel.lower not in ("that", "which", "who") or not verb.text.islower():
            continue
        if noun.text.islower() and noun.lower in CUE_FORMS and not noun.lower.endswith("s"):
            return None  # "warned that ...": a reported clause, no relative one
        finite = verb.lower in FINITE_VERBS or verb.lower.endswith(("ed", "es"))
        if finite or (verb.lower.endswith("s") and not verb.lower.endswith("ss")):
            return chosen[:k]
        return None
    return None
