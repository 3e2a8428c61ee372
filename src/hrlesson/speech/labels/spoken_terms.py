"""Short quotations that look like labels but that a speaker's frame makes speech.

A label frame ('charged with "X"', 'named "X"', 'two "blue helmets"') loses to a frame in
which somebody says the words: an accusation ('DP accuses prosecution of "witch hunt"'), a
naming verb with its own subject ('The ACSC named "copy-paste compromises" as part of'), a
count a reporting verb gives ('which recommended five "guiding principles"'), a reporting
verb whose subject is a definite thing the article has named ('The proposal stated that
"foreign" whaling fleets'), a "that" clause of a named speaker's reporting verb
('Obasanjo announced ... that the two sides had agreed on a formal "cessation of
hostilities"').
"""

from __future__ import annotations

import re

from ..cues import CLAUSAL_CUES, CUE_FORMS
from .generic_namings import generic_naming

#: A form of "accuse" and its object (up to three words) right before "of" and the quote.
_ACCUSED_OF = re.compile(r"\baccus(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){1,3}of\s+$", re.IGNORECASE)
#: A subject (a capitalised word or a pronoun) and a naming verb right before the quote.
_ACTIVE_NAMING = re.compile(
    r"(?:\b[A-Z][\w'’.-]*|\b(?:he|she|they|we|it))\s+(?:named|dubbed|labell?ed|nicknamed)\s+$"
)
#: "what"/"which", the relative clause's subject (one to four words) and a verb that names
#: or describes in the active voice, right before the quote ("what the company called ",
#: "which Ms Dick described as ", "what he repeatedly called a ").
_RELATIVE_NAMING = re.compile(
    r"\b(?:what|which)\s+((?:[\w'’.-]+\s+){1,4}?)(?:call(?:s|ed)?|describe[sd]?|dubbed|"
    r"labell?ed|termed|branded)\s+(?:as\s+)?(?:(?:a|an|the)\s+)?$",
    re.IGNORECASE,
)
#: Words that make the verb after them passive or the clause subjectless ("what is called").
_NOT_A_SUBJECT = frozenset(["is", "was", "are", "were", "be", "been", "being", "will", "now"])
#: A reporting verb and a number right before the quote ("recommended five ").
_CUE_THEN_NUMBER = re.compile(r"\b([a-z]+)\s+[\w,-]+\s+$")
#: A definite subject: "the"/"this" and up to two modifiers before the subject's noun.
_DEFINITE_SUBJECT = re.compile(r"\b(?:the|this|that)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def relative_naming(before: str) -> bool:
    """The quotation is the object of a verb that names or describes in a relative clause
    with its own subject: the subject's words, however the quotation looks ('by what the
    company called "voice and data issues."', 'MONUSCO condemned what it described as "the
    hostile acts of M23"', 'what Petković called a "Serbian Bermuda triangle"'); not a
    passive with no one naming ('which will be called the "Trump Pathway"', 'what is
    called "X"'), nor people in general naming it ('what we might call "big houses"':
    :func:`~.generic_namings.generic_naming`).

    >>> relative_naming("by what the company called "), relative_naming("what it described as ")
    (True, True)
    >>> relative_naming("which will be called the "), relative_naming("what is called ")
    (False, False)
    >>> relative_naming("a process called ")
    False
    """
    m = _RELATIVE_NAMING.search(before[-80:])
    if m is None or generic_naming(before, ""):
        return False
    return not _NOT_A_SUBJECT.intersection(m.group(1).lower().split())


def accused_of(before: str) -> bool:
    """The quotation is what somebody is accused of, right after "accuse X of": the
    accuser's words, not a charge's name.

    >>> accused_of("DP accuses prosecution of "), accused_of("arrested on charges of ")
    (True, False)
    """
    return _ACCUSED_OF.search(before) is not None


def active_naming(before: str) -> bool:
    """A naming verb right after its subject (a name or a pronoun): the subject names the
    thing in its own words ('The ACSC named "copy-paste compromises" as part of').

    >>> active_naming("The ACSC named "), active_naming("an operation named ")
    (True, False)
    >>> active_naming("also dubbed ")
    False
    """
    return _ACTIVE_NAMING.search(before) is not None


def counted_by_a_cue(before: str) -> bool:
    """A number right after a lower-case reporting verb: the count is the reporter's
    ('which recommended five "guiding principles"'), not the writer's term.

    >>> counted_by_a_cue("which recommended five "), counted_by_a_cue("the deaths of two ")
    (True, False)
    """
    m = _CUE_THEN_NUMBER.search(before)
    return m is not None and m.group(1) in CUE_FORMS


def definite_subject(lead: str) -> bool:
    """The subject before a reporting verb opens with "the" or "this": a document, a body or
    a group the article has named, which speaks ('The proposal stated', 'The 48-page
    document concluded'); not a bare plural ('Western studies have accused').

    >>> definite_subject("The 48-page "), definite_subject("Western ")
    (True, False)
    """
    return _DEFINITE_SUBJECT.search(lead) is not None


def spoken_despite(reason: str, text: str, open_: int) -> bool:
    """A label ``reason`` for the quotation opening at ``open_`` that the frame before it
    overrules: a charge after "accuse X of" (:func:`accused_of`), a name after a naming
    verb with a subject (:func:`active_naming`), a count after a reporting verb
    (:func:`counted_by_a_cue`)."""
    before = text[max(0, open_ - 60) : open_]
    if "charge" in reason:
        return accused_of(before)
    if reason == "name or term":
        return active_naming(before)
    if reason.startswith("term counted"):
        return counted_by_a_cue(before)
    return False


def reported_term(cues: list, text: str, open_: int, quote: str) -> bool:
    """A quoted noun phrase inside a "that" clause of an active reporting verb whose subject
    is named is the speaker's words, not the writer's term: 'Obasanjo announced ... that the
    two sides had agreed on a formal "cessation of hostilities"'; so after a verb that
    reports a clause with no "that" ('Michel Barnier said a deal "seems unlikely"'). A term
    with a number is a grade or a category ('face the same "phase 5" catastrophic
    conditions').

    ``cues`` are the reporting verbs of the sentence before the quotation.
    """
    if any(c.isdigit() for c in quote):
        return False
    for cue in cues:
        ref = cue.subject
        if cue.lemma is None or cue.passive or ref is None or not ref.name or ref.end > cue.start:
            continue
        if _THAT_CLAUSE.match(text, cue.end, open_) is not None:
            return True
        if cue.lemma in CLAUSAL_CUES and _BARE_CLAUSE.match(text, cue.end, open_) is not None:
            return True
    return False


#: From a reporting verb to the quotation: "that" within a few words, and no stop, colon or
#: comma (past a comma the clause may be the writer's again).
_THAT_CLAUSE = re.compile(r"[^.;:!?\"“”,]{0,40}?\bthat\b[^.;:!?\"“”,]*$")
#: From a verb that reports a clause to the quotation: a few words, no stop, comma or quotation.
_BARE_CLAUSE = re.compile(r"\s[^.;:!?\"“”‘’,()]{0,100}$")
