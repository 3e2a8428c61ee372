"""A "they" in a clause after a plural description that is the subject of its own sentence
or of its reported clause: ``Salehi Amiri also noted that over 100 Iranian intellectuals,
academics, and cultural figures had issued a joint letter ..., which they described as "Q"``:
the intellectuals, not the state or body named before (part of pronoun resolution)."""

from __future__ import annotations

from ..tokens import Token
from ..vocabulary import PREPOSITIONS
from .opening_subjects import clause_opening
from .plural import described_group, is_verb

#: The evidence for a "they" placed by :func:`clause_plural_subject`.
CLAUSE_PLURAL = "the people described as the subject of the clause the pronoun's clause follows"

#: The most words a plural subject takes before its verb.
MAX_SUBJECT_WORDS = 10

#: The words that open a clause whose subject may be a plural description (a dash ends a
#: dateline: "WASHINGTON — Top executives ... told").
CLAUSE_OPENERS = frozenset({"that", "—"})

#: The words that open the pronoun's own clause after that subject's verb.
POINTING_WORDS = frozenset({"which", "what", "as", "that"})


def plural_head(words: list[Token]) -> int | None:
    """How many of ``words`` (what follows a clause's start) make a plural description that
    is the clause's subject, up to its head noun: the words before the first verb (a
    reporting verb, an auxiliary or a finite verb), cut before a preposition, whose last
    word is a lower-case noun in "-s" (a list with its commas too).

    >>> from hrlesson.speech.tokens import tokenize
    >>> plural_head(tokenize("inmates at the prison have started a strike", [0]))
    1
    >>> plural_head(tokenize("over 100 Iranian writers, academics, and cultural figures had", [0]))
    10
    >>> plural_head(tokenize("the ministry has said", [0])) is None
    True
    >>> plural_head(tokenize("Iran has said", [0])) is None
    True
    >>> plural_head(tokenize("in recent months the allies have", [0])) is None
    True
    >>> plural_head(tokenize("Landlords are boycotting", [0]))
    1
    """
    verb = next(
        (
            k
            for k, w in enumerate(words[: MAX_SUBJECT_WORDS + 1])
            if w.text.islower() and is_verb(w)
        ),
        None,
    )
    if not verb:
        return None
    cut = next((k for k in range(1, verb) if words[k].lower in PREPOSITIONS), verb)
    if cut == 0 or not words[0].text[0].isalnum():
        return None
    if words[0].lower in PREPOSITIONS and not words[1].text[0].isdigit():
        return None  # "that in recent months the allies have": a fronted phrase first
    head = words[cut - 1]
    if not (head.text.isalpha() and lower_or_opening(head, cut - 1) and head.lower.endswith("s")):
        return None
    if head.lower.endswith("ss"):
        return None
    return cut


def lower_or_opening(word: Token, k: int) -> bool:
    """The head noun ``word`` (at ``k`` in its clause) is written in lower case, or opens
    the clause with only its capital: ``Landlords are boycotting B&Q and M&S over their
    support for homeless charity Shelter, which they say``: "Landlords" is a plural common
    noun capitalised because it opens the sentence (a name there is a mention, which
    :func:`described_group` turns down).

    >>> from hrlesson.speech.tokens import tokenize
    >>> [lower_or_opening(w, k) for k, w in enumerate(tokenize("Landlords say Landlords", [0]))]
    [True, True, False]
    """
    return word.text.islower() or (k == 0 and word.text[1:].islower())


def clause_plural_subject(resolver, t: Token):
    """The group "they" at ``t`` is when it opens a clause ("which they described", "what
    they considered") after a plural description that is the subject of the pronoun's
    sentence or of a "that" clause in it, no other subject between: ``His comments followed
    reports on Monday that inmates at the prison have started a hunger strike ... in
    protest against what they considered "Q"``: the inmates, not the media named before.
    ``resolver`` is a :class:`PronounResolver`; returns an actor or None."""
    if t.lower != "they":
        return None
    s_start = resolver.sentences[resolver.sent_of(t.start)][3]
    words = [
        w
        for w in resolver.toks_between(s_start, t.start)
        if resolver.quote_at(w.start) is None and (w.text[0].isalnum() or w.text in (",", "—"))
    ]
    if len(words) < 3 or words[-1].lower not in POINTING_WORDS:
        return None
    opened = [k + 1 for k, w in enumerate(words[:-1]) if w.lower in CLAUSE_OPENERS]
    k = opened[-1] if opened else len(words) - len(clause_opening(words))
    n = plural_head(words[k:-1])  # the last clause's subject only: no other subject between
    return described_group(resolver, words[k : k + n]) if n is not None else None
