"""A person named in full for the first time as the subject of a narration sentence takes
over: a later "he"/"she" goes on with them, not with the speaker quoted before ("Just up the
road, Margaret Barnes, from Sallynoggin, was queuing ... "Q," she said": Barnes, not the
shop manager quoted in the paragraph before)."""

from __future__ import annotations

from ..tokens import Token
from .fronted_subjects import fronted_phrase, verb_shaped

#: The evidence of a pronoun that goes on with a person a narration sentence just brought in.
NEW_NAME_SUBJECT = "the person a narration sentence just named in full as its subject"

#: The most words an aside set off by commas takes between a name and its verb.
MAX_ASIDE = 12

#: Words that open a sentence before its subject and leave the subject the same.
_OPENING_CONJUNCTIONS = frozenset(["but", "and", "then", "meanwhile"])


def _opens_sentence(tokens: list[Token], k: int, sent_start: int) -> bool:
    """Nothing but a conjunction or a fronted phrase and its comma stands before
    ``tokens[k]`` in its sentence (which starts at offset ``sent_start``)."""
    before = [t for t in tokens[max(0, k - 12) : k] if t.start >= sent_start]
    if before and before[0].lower in _OPENING_CONJUNCTIONS:
        before = before[1:]
    if not before:
        return True
    return before[-1].text == "," and fronted_phrase(before[:-1])


def _after_aside(tokens: list[Token], j: int) -> int:
    """The index of the word after an aside set off by commas that opens at ``tokens[j]``
    (", from Sallynoggin,", ", 45,", ", who shot 71,"), ``j`` when none closes in its
    sentence within :data:`MAX_ASIDE` words."""
    if j >= len(tokens) or tokens[j].text != ",":
        return j
    for i in range(j + 1, min(j + 1 + MAX_ASIDE, len(tokens) - 1)):
        if tokens[i].sent != tokens[j].sent:
            return j
        if tokens[i].text == ",":
            return i + 1 if tokens[i + 1].sent == tokens[j].sent and i > j + 1 else j
    return j


def new_name_subject(tokens: list[Token], k: int, end: int, sent_start: int) -> bool:
    """The name ``tokens[k:end]`` (a person's first mention, two words or more) opens the
    sentence that starts at offset ``sent_start`` (after a conjunction or a fronted phrase
    at most) as its subject: a lower-case verb follows it, or an aside set off by commas
    and then the verb: ``Just up the road, Margaret Barnes, from Sallynoggin, was queuing
    to enter Vincent's. She was looking for "something for the grandkids".``: a new person
    takes over the passage, and the next "she" is Barnes, not the woman quoted before.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Just up the road, Margaret Barnes, from Sallynoggin, was queuing.", [0])
    >>> new_name_subject(toks, 5, 7, 0)
    True
    >>> toks = tokenize("He met Margaret Barnes, from Sallynoggin, on Monday.", [0])
    >>> new_name_subject(toks, 2, 4, 0)
    False
    >>> toks = tokenize("Margaret Barnes, from Sallynoggin, in the queue.", [0])
    >>> new_name_subject(toks, 0, 2, 0)
    False
    """
    if end - k < 2 or end >= len(tokens) or not _opens_sentence(tokens, k, sent_start):
        return False
    j = _after_aside(tokens, end)
    nxt = tokens[j] if j < len(tokens) else None
    if nxt is None or nxt.sent != tokens[k].sent:
        return False
    return verb_shaped(nxt)


def new_name_mention(resolver, m) -> bool:
    """The mention ``m`` is a person's first, in full, opening a narration sentence as its
    subject (:func:`new_name_subject`; ``resolver`` a :class:`PronounResolver`):
    "Margaret Barnes, from Sallynoggin, was queuing"."""
    if m.actor.kind != "person" or m.start != m.actor.first[0]:
        return False
    a, b = resolver.index.token_index(m.start), resolver.index.token_index(m.end)
    sent_start = resolver.sentences[resolver.sent_of(m.start)][3]
    return new_name_subject(resolver.tokens, a, b, sent_start)


def new_name_near(resolver, actor, at: int) -> bool:
    """``actor``, a pronoun's antecedent at offset ``at``, was brought in by
    :func:`new_name_mention` in the paragraph of ``at`` or the one before, not as the
    subject of a reporting verb (that reading tells already who speaks)."""
    m = resolver.index.mention_starting(actor.first[0]) if actor.first else None
    if m is None or m.subject:
        return False
    par = lambda pos: resolver.par_of_sent[resolver.sent_of(pos)]
    return par(at) - par(m.start) <= 1 and new_name_mention(resolver, m)


def new_name_how(resolver, actor, at: int) -> str | None:
    """:data:`NEW_NAME_SUBJECT` when :func:`new_name_near` holds for the antecedent
    ``actor`` (or None) of a pronoun at ``at``, else None: the evidence of the takeover."""
    return NEW_NAME_SUBJECT if actor is not None and new_name_near(resolver, actor, at) else None
