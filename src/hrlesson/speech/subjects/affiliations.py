"""A person's affiliation set off after the name by a comma and run up to the verb without
its closing comma: the name before the comma is the subject, not the body the affiliation
names ("Will Hedden, dealer at London Capital Group said"; "Colin Sullivan, Chief Operating
Officer, FSA said"). The caller checks that the first segment is a person's name alone."""

from __future__ import annotations

from ..clauses import name_then_appositions, unclosed_title_apposition
from ..records import SpeakerRef
from ..tokens import Token, word_tokens
from ..vocabulary import (
    COURTESY_TITLES,
    FINITE_VERBS,
    RELATIVE_PRONOUNS,
    TITLE_LINKS,
    TITLE_MODIFIERS,
    is_person_head,
)

AFFILIATION_LINKS = ("at", "of", "with", "from", "for")

#: Why a speaker is the member a "member of" phrase names ("Member of the Group Professor X").
MEMBER_NAMED = 'the person a "member of" phrase names after a title'


def _no_clause(words: list[Token]) -> bool:
    """No finite verb nor relative word: a description, not a clause of its own."""
    return not any(w.lower in FINITE_VERBS or w.lower in RELATIVE_PRONOUNS for w in words)


def lower_case_job(job: list[Token]) -> bool:
    """``dealer`` in "Will Hedden, dealer at London Capital Group said": lower-case words, no
    participle ("speaking at Davos" is no job)."""
    return all(w.text.islower() and not w.lower.endswith("ing") for w in job)


def capitalised_job_at(job: list[Token], link: Token) -> bool:
    """A job written in capitals before "at": "Professor Francis Finucane, Consultant
    Endocrinologist at Galway University Hospital said"
    (ireland_sugar_tax_oshea_medicalindependent); a capitalised run before "at" is the
    person's post at the body, not a name of its own.

    >>> from ..tokens import tokenize
    >>> words = tokenize("Consultant Endocrinologist at", [0])
    >>> capitalised_job_at(words[:2], words[2])
    True
    >>> words = tokenize("Bank of", [0])
    >>> capitalised_job_at(words[:1], words[1])
    False
    """
    return link.lower == "at" and bool(job) and all(w.cap and not w.poss for w in job)


def affiliation_tail(words: list[Token]) -> bool:
    """``dealer at London Capital Group``, ``with the San Diego Fire and Rescue``: at most
    three lower-case words (the person's job), then "at"/"of"/"with"/"from"/"for", an
    optional "the" and capitalised words up to the verb (the body the person works for).

    >>> from ..tokens import tokenize
    >>> affiliation_tail(tokenize("dealer at London Capital Group", [0]))
    True
    >>> affiliation_tail(tokenize("with the San Diego Fire and Rescue", [0]))
    True
    >>> affiliation_tail(tokenize("in a statement to Reuters", [0]))
    False
    >>> affiliation_tail(tokenize("speaking at Davos", [0]))
    False
    >>> affiliation_tail(tokenize("Consultant Endocrinologist at Galway University Hospital", [0]))
    True
    """
    link = next((k for k, w in enumerate(words) if w.lower in AFFILIATION_LINKS), None)
    if link is None or link > 3 or not _no_clause(words):
        return False
    job = words[:link]
    if not (lower_case_job(job) or capitalised_job_at(job, words[link])):
        return False
    body = words[link + 1 :]
    if body and body[0].lower == "the":
        body = body[1:]
    return bool(body) and body[0].cap and all(w.cap or w.lower in ("and", "of", "&") for w in body)


def title_then_body(segments: list[list[Token]]) -> bool:
    """``Chief Operating Officer, FSA``: a capitalised title ending in a person's head, then
    a short capitalised body name up to the verb, each after its own comma.

    >>> from ..clauses import comma_segments
    >>> from ..tokens import tokenize
    >>> title_then_body(comma_segments(tokenize("Sullivan, Chief Operating Officer, FSA", [0])))
    True
    >>> title_then_body(comma_segments(tokenize("Sullivan, Jones, Brown", [0])))
    False
    """
    if len(segments) != 3:
        return False
    title, body = word_tokens(segments[1]), word_tokens(segments[2])
    return (
        bool(title)
        and bool(body)
        and len(body) <= 6
        and all(w.cap for w in title + body)
        and is_person_head(title[-1].lower)
        and _no_clause(title + body)
    )


def affiliated_apposition(segments: list[list[Token]]) -> bool:
    """A name's segment, then the person's affiliation up to the verb without a closing
    comma: "Will Hedden, dealer at London Capital Group said", "Chief James Gartland, with
    the San Diego Fire and Rescue says", "Colin Sullivan, Chief Operating Officer, FSA said".

    >>> from ..clauses import comma_segments
    >>> from ..tokens import tokenize
    >>> affiliated_apposition(comma_segments(tokenize("Hedden, dealer at LCG", [0])))
    True
    >>> affiliated_apposition(comma_segments(tokenize("Hedden, in London", [0])))
    False
    """
    if len(segments) == 2:
        return affiliation_tail(word_tokens(segments[1]))
    return title_then_body(segments)


def titled_name_first(index, segments: list[list[Token]]) -> bool:
    """The first segment is a person's name behind capitalised title words ("Chief James
    Gartland, with the San Diego Fire and Rescue says"), the others descriptions of that
    person (no verb in them). ``index`` is the article's actor index."""
    first = word_tokens(segments[0]) if segments else []
    if len(first) < 2:
        return False
    named = index.mentions_in(first[0].start, first[-1].end)
    if not (len(named) == 1 and named[0].actor.kind == "person"):
        return False
    if named[0].end < first[-1].start:
        return False
    title = [w for w in first if w.end <= named[0].start]
    return (
        bool(title)
        and (title_words_only(title) or complemented_title(title))
        and all(_no_clause(word_tokens(seg)) for seg in segments[1:])
    )


def title_words_only(title: list[Token]) -> bool:
    """Capitalised title words alone before the name: "Chief" in "Chief James Gartland";
    a courtesy title too (:func:`courtesy_title_word`)."""
    return all(
        w.cap and (is_person_head(w.lower) or w.lower in TITLE_MODIFIERS or courtesy_title_word(w))
        for w in title
    )


def courtesy_title_word(word: Token) -> bool:
    """A courtesy title before a name ("Dr", "Prof.") is a title word: the person it styles
    heads the appositions after the name, not a body they name ('"Q," Dr Rohit Shetty,
    chairman, Narayana Health, told ANI': Rohit Shetty,
    bengaluru_firecracker_eye_injuries_mittal_latestly; data/words/courtesy_titles.txt).

    >>> from ..tokens import tokenize
    >>> [courtesy_title_word(w) for w in tokenize("Dr Chief", [0])]
    [True, False]
    """
    return word.lower.rstrip(".") in COURTESY_TITLES


def complemented_title(title: list[Token]) -> bool:
    """A capitalised title with its "of" complement, then a title word right before the
    name: "Member of the Group Professor Francis Finucane, Consultant Endocrinologist at
    Galway University Hospital said" (ireland_sugar_tax_oshea_medicalindependent).

    >>> from ..tokens import tokenize
    >>> complemented_title(tokenize("Member of the Group Professor", [0]))
    True
    >>> complemented_title(tokenize("Member of the Group", [0]))
    False
    """
    return (
        len(title) >= 3
        and title[0].cap
        and title[1].lower == "of"
        and title_words_only(title[-1:])
        and all(w.cap or w.lower in TITLE_LINKS for w in title)
        and _no_clause(title)
    )


def apposed_name_subject(index, segments: list[list[Token]]) -> bool:
    """The first segment names the person the later ones only describe, by name alone or
    behind a title (:func:`name_then_appositions`, :func:`titled_name_first`)."""
    return name_then_appositions(index, segments) or titled_name_first(index, segments)


def unclosed_apposition(segments: list[list[Token]]) -> bool:
    """A description of the person named first runs up to the verb without its closing
    comma: a title (:func:`unclosed_title_apposition`) or an affiliation
    (:func:`affiliated_apposition`)."""
    return unclosed_title_apposition(segments) or affiliated_apposition(segments)


def titled_member(index, words: list[Token], j: int) -> SpeakerRef | None:
    """``Member of the Group Professor Francis Finucane, Consultant Endocrinologist at Galway
    University Hospital said`` (ireland_sugar_tax_oshea_medicalindependent): a "member of"
    phrase (its "member" at ``words[j]``) that ends in a person's name behind a capitalised
    title word is that named member, not some members of the body. ``index`` is the
    article's actor index."""
    ends = index.mentions_in(words[j].start, words[-1].end)
    m = next((m for m in ends if m.end == words[-1].end and m.actor.kind == "person"), None)
    before = [w for w in words[j + 2 :] if w.end <= m.start] if m is not None else []
    if not before or not (before[-1].cap and is_person_head(before[-1].lower)):
        return None
    return SpeakerRef(m.actor, None, m.start, m.end, how=MEMBER_NAMED)
