"""Who owns a document the text is about: the body it is from ("in response to the report
from the Commission"); a document about another ("the press release on the report"); the
document a relative clause is about, past where it appeared and what it is on ("a study in
the Journal of X on obesity prevalence that concluded")."""

from __future__ import annotations

from ..frames import by_rule
from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import DOCUMENT_NOUNS
from .authoring_verbs import AUTHORING_VERBS
from .unnamed_issuers import issuer_label


def document_about(words: list[Token], i: int) -> int | None:
    """``The press release on the report stated``: the index of the document noun that the
    definite document noun ``words[i]`` is "on" or "about" (at most one modifier between
    "the" and it), else None. The release on a report speaks for the report's owner.

    >>> from hrlesson.speech.tokens import tokenize
    >>> ws = tokenize("The press release on the report stated", [0])
    >>> document_about(ws, 2)
    5
    >>> document_about(tokenize("The press release on the talks stated", [0]), 2) is None
    True
    >>> document_about(tokenize("A press release on the report stated", [0]), 2) is None
    True
    """
    if i == 0 or (words[i - 1].lower != "the" and not (i > 1 and words[i - 2].lower == "the")):
        return None
    if i + 3 >= len(words) or words[i + 1].lower not in ("on", "about"):
        return None
    if words[i + 2].lower != "the":
        return None
    for k in (i + 3, i + 4):
        if k < len(words) and words[k].lower in DOCUMENT_NOUNS:
            return k
    return None


def body_from(owner: SpeakerRef | None) -> SpeakerRef | None:
    """``owner`` when it is a body, else None: a document the sentence's speaker reacts
    to ("In response to the report from the Commission, Musk posted") is the body's it
    comes from, also a body named by a label the document's phrase wrote ("said a
    statement from the four Grand Slam tournaments"; :func:`.unnamed_issuers.issuer_label`);
    a person's letter quoted in reply stays unowned."""
    if owner is not None and issuer_label(owner):
        return owner
    ok = owner is not None and owner.actor is not None
    return owner if ok and owner.actor.kind in ("organisation", "group") else None


#: Prepositions that open a document's own modifiers: where it appeared, what it is on.
_DOCUMENT_MODIFIERS = frozenset(["in", "on", "about", "into"])


def document_before_modifiers(before: list[Token]) -> int | None:
    """``X published a study in the Journal of the American Medical Association on obesity
    prevalence that concluded``: the index in ``before`` (the words up to a relative
    "that"/"which") of the document noun the clause is about, when only its own
    prepositional modifiers ("in <journal>", "on <topic>") stand between, at most 15
    words; else None. The clause is the document's (its author speaks), not the journal's.

    >>> from hrlesson.speech.tokens import tokenize
    >>> ws = tokenize("X published a study in the Journal of Medicine on obesity", [0])
    >>> document_before_modifiers(ws)
    3
    >>> document_before_modifiers(tokenize("X published a study and the Journal", [0])) is None
    True
    >>> document_before_modifiers(tokenize("a report by the Commission", [0])) is None
    True
    """
    n = len(before)
    k = next(
        (k for k in range(n - 2, max(-1, n - 17), -1) if before[k].lower in DOCUMENT_NOUNS), None
    )
    if k is None or not before[k].text.islower() or before[k + 1].lower not in _DOCUMENT_MODIFIERS:
        return None
    topic = 0  # lower-case words of the topic after "on"/"about" ("on obesity prevalence")
    for w in before[k + 1 :]:
        if w.lower in _DOCUMENT_MODIFIERS:
            topic = 3 if w.lower in ("on", "about") else 0
        elif topic > 0 and w.text.islower() and w.lower not in ("and", "or"):
            topic -= 1
        elif not (w.cap or w.lower in ("of", "the", "and", "for")):
            return None
    return k


def issuing_verb_before(words: list[Token], k: int) -> int | None:
    """``Greenpeace published a new study``: the index of the verb that issued the
    document ``words[k]`` (an authoring verb, then only its determiner and lower-case
    modifiers), else None; the verb's subject issued it.

    >>> from hrlesson.speech.tokens import tokenize
    >>> issuing_verb_before(tokenize("Greenpeace published a new study", [0]), 4)
    1
    >>> issuing_verb_before(tokenize("Greenpeace criticised a new study", [0]), 4) is None
    True
    """
    for j in range(k - 1, max(-1, k - 4), -1):
        if words[j].lower in AUTHORING_VERBS:
            return j if j < k - 1 else None
        if not words[j].text.islower():
            return None
    return None


def relative_document_issuer(finder, before: list[Token], s_start: int) -> SpeakerRef | None:
    """``The Centers for Disease Control and Prevention (CDC) published a study in the
    Journal of the American Medical Association on obesity prevalence that concluded:
    "Q"``: the subject of the verb that issued the document a relative clause is on
    (:func:`document_before_modifiers`, :func:`issuing_verb_before`), not the journal
    named last; else None. ``before`` are the words of the sentence from ``s_start`` up
    to the relative pronoun; ``finder`` the subject finder."""
    k = document_before_modifiers(before)
    j = issuing_verb_before(before, k) if k is not None else None
    ref = finder._clause_subject(s_start, before[j].start) if j is not None else None
    if ref is None or ref.actor is None:
        return None
    return by_rule(ref, "the issuer of the document its relative clause is on")
