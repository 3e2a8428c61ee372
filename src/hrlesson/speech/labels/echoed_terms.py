"""A short quotation whose words the article quotes elsewhere as a term is that term.

Where the article itself shows quoted words to be a term or a name (a category before the
noun it modifies: 'the “in danger” list'; a term it also writes without marks: 'a "phase
out" of coal'; a title: 'the song “Unstoppable,”'), the same words quoted again are that
term, not a speaker's evaluation, whatever reporting verb stands near them ('It concludes
... this meets the criteria to be considered “in danger”'). The other way round, a label
whose words a speaker says, is :mod:`.echoed_phrases`.
"""

from __future__ import annotations

from ..records import QuoteRecord
from ..vocabulary import normalised_words

#: Label reasons that show the article itself uses the words as a term or a name, by the
#: words around that quotation (a noun it modifies, the words written without marks, a
#: title), not only because no speaker was found for it.
TERM_REASONS = (
    "a category before the noun it modifies",
    "a term the article also writes without marks",
    "a name the article also writes without marks",
    "title of a work",
    "name before a common noun",
    "name before the noun it modifies",
    "term before the noun it modifies",
    "compound before the noun it modifies",
    "name of an arrangement",
)

#: The reason given to a quotation made a term by :func:`term_echoes`.
TERM_ECHO = "a term the article quotes as one elsewhere"

#: The most words a quotation made a term may have.
_MAX_WORDS = 5


def term_reason(reason: str) -> bool:
    """The label reason shows the article uses the words as a term or a name.

    >>> term_reason("a category before the noun it modifies: 'the “in danger” list'")
    True
    >>> term_reason("no speaker or reporting verb: a scare quote"), term_reason("status or term")
    (False, False)
    """
    return reason.startswith(TERM_REASONS)


def term_echoes(kept: list[QuoteRecord], labels: list[QuoteRecord]) -> list[QuoteRecord]:
    """The quotes of ``kept`` of at most five words whose words (case and punctuation aside)
    a label of ``labels`` with a term's reason (:func:`term_reason`) quotes too; each is
    made a label, moved from ``kept`` to ``labels``, and another label of the same words
    takes the term's reason, so no speaker's echo adopts it (a headline's 'phase out' after
    'a clause calling for a "phase out" of coal-fired power'). Returns the quotes left.

    'the Great Barrier Reef should be added to the “in danger” list' ... 'It concludes ...
    this meets the criteria to be considered “in danger”': the second is the list's name.

    >>> from hrlesson.speech.marks import Pair
    >>> def rec(text, role="quote", reason=""):
    ...     q = QuoteRecord(Pair(0, 1, "D", 0, "“", "”"), 0, 1, text, role=role, reason=reason)
    ...     q.n_words = len(text.split())
    ...     return q
    >>> term = rec("in danger", "label", "a category before the noun it modifies")
    >>> said, other = rec("In danger."), rec("a disgrace")
    >>> labels = [term]
    >>> [q.text for q in term_echoes([said, other], labels)], said.role, said.reason
    (['a disgrace'], 'label', 'a term the article quotes as one elsewhere: in danger')
    """
    terms = {
        normalised_words(q.text): q.text
        for q in labels
        if q.role == "label" and term_reason(q.reason)
    }
    terms.pop("", None)
    if not terms:
        return kept
    for q in labels:  # else a speaker's echo could adopt it (a standfirst's 'phase out')
        if not term_reason(q.reason) and (words := normalised_words(q.text)) in terms:
            q.reason = f"{TERM_ECHO}: {terms[words]}"
    left = []
    for q in kept:
        words = normalised_words(q.text)
        if q.role != "quote" or not 0 < len(words.split()) <= _MAX_WORDS or words not in terms:
            left.append(q)
            continue
        q.role, q.reason, q.ref, q.cue = "label", f"{TERM_ECHO}: {terms[words]}", None, None
        q.attribution = None
        labels.append(q)
    labels.sort(key=lambda r: r.pair.open)
    return left
