"""A company the name finder left unread: "the company said" when the article names no
company, but writes one capitalised name no list knows as the subject of a finite verb
("Canada’s Critical Elements Lithium has obtained ...", "the operator Magnox will have to
...", "... the firm said"): that name is the company.
"""

from __future__ import annotations

from ..records import Actor
from ..tokens import Token
from ..vocabulary import DETERMINERS, FINITE_VERBS

#: The evidence for a company read this way.
UNLISTED_COMPANY = "the first name no list knows that the article writes as a subject"

#: Finite verb forms after such a name: not the plural ones ("Utahns are supposed to").
_SINGULAR_VERBS = FINITE_VERBS - frozenset(["are", "were", "have"])

#: At most this many words in such a name.
_MOST_WORDS = 4


def subject_run(toks: list[Token], k: int) -> int | None:
    """Where the capitalised run ending right before ``toks[k]`` starts, when ``toks[k]``
    is a finite verb form not plural ("has", "will", "is"; not "Utahns are") and the run follows a possessive, a
    lower-case word or a comma in its own sentence (not a sentence's first words, where any
    word has a capital); None otherwise.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Canada’s Critical Elements Lithium has obtained", [0])
    >>> [t.text for t in toks[subject_run(toks, 4) : 4]]
    ['Critical', 'Elements', 'Lithium']
    >>> toks = tokenize("at which point the operator Magnox will have to", [0])
    >>> [t.text for t in toks[subject_run(toks, 6) : 6]]
    ['Magnox']
    >>> subject_run(tokenize("Officials have said", [0]), 1) is None
    True
    >>> subject_run(tokenize("something Utahns are supposed to", [0]), 2) is None
    True
    """
    if k < 2 or toks[k].lower not in _SINGULAR_VERBS or not toks[k].text.islower():
        return None
    a = k
    while a > 0 and toks[a - 1].cap and toks[a - 1].text[0].isalpha() and k - a < _MOST_WORDS:
        if toks[a - 1].poss:
            break  # "Canada’s Critical Elements Lithium has": the owner stands before
        a -= 1
    if a == k or a == 0 or toks[a - 1].sent != toks[k].sent:
        return None
    before = toks[a - 1]
    if toks[a].lower in DETERMINERS:
        return None
    return a if before.poss or before.text == "," or before.text.islower() else None


def unlisted_company(reader, before: int) -> Actor | None:
    """The company "the company said" at ``before`` means when the article names none: the
    first capitalised name (:func:`subject_run`) written outside quotations that no mention
    covers, made an organisation of its own (the article introduces its company before
    the project or product it names later: "Rose is the firm’s first lithium project");
    None when there is none.
    ``reader`` is the :class:`Attributor`."""
    toks, found = reader.tokens, {}
    for k, t in enumerate(toks):
        if t.start >= before:
            break
        a = subject_run(toks, k)
        if a is None or reader.quote_at(toks[a].start) is not None:
            continue
        if reader.index.mentions_in(toks[a].start, toks[k - 1].end):
            continue
        name = reader.text[toks[a].start : toks[k - 1].end]
        found.setdefault(name, (toks[a].start, toks[k - 1].end))
    if not found:
        return None
    name, (start, end) = next(iter(found.items()))
    key = "company:" + name.lower()
    actor = reader.index.actors_by_key.get(key) or reader.index.new_actor("organisation", name, key)
    reader.note_span(actor, start, end)
    return actor
