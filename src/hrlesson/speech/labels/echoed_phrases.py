"""A short quotation with no speaker whose words a speaker is quoted with elsewhere.

A scare quote or a term the writer also puts in a speaker's mouth stays a term when the
speaker's quotation is much longer: 'register as "foreign agents"' and '"Labelling critics
as foreign agents is a tactic"'. But some short quotations have a form no term has: they
hold their own article ('an industry that has become "a feeding ground" for bikie gangs'),
a verb that is finite or negated ('a legal challenge “may well happen”', 'a sign saying
"don't even bother"') or are an aim quoted after "to" ('his proposals to “water down” rent
controls'). A term names a thing: the writer quotes its noun, not "a", "may" or "don't".
Such a phrase, found again in a speaker's quotation however long, is that speaker's words
(:func:`label_echo_source`, read by the analysis for every label).
"""

from __future__ import annotations

import re
from typing import TypeVar

from ..vocabulary import AUXILIARIES, WORD_RE
from .short_quotes import stated_aim

#: The most words a term's echo may add to it and still be read as that term spoken.
EXTRA_ECHO_WORDS = 3
#: Articles that a quoted noun phrase holds when it is someone's phrase, not a term.
QUOTED_ARTICLES = frozenset(["a", "an"])

Source = TypeVar("Source")


def spoken_form(quote: str, before: str) -> bool:
    """A lower-case quotation of two to five words whose form is a speaker's phrase, not a
    term: it opens with "a"/"an", holds an auxiliary or a negated verb, or is an aim quoted
    after a word and "to" (:func:`.short_quotes.stated_aim`; ``before`` is the text before
    it), not after a quotation and "to" ('from the "notification" to "prior consultation"').

    >>> spoken_form("a feeding ground", "that has become ")
    True
    >>> spoken_form("may well happen", "a legal challenge "), spoken_form("don't even bother", "")
    (True, True)
    >>> spoken_form("water down", "his proposals to ")
    True
    >>> spoken_form("prior consultation", 'from the "notification" to ')
    False
    >>> [spoken_form(q, "the ") for q in ("zero draft", "loot boxes", "in danger", "A Joke")]
    [False, False, False, False]
    """
    words = WORD_RE.findall(quote)
    if not 2 <= len(words) <= 5 or not words[0].islower():
        return False
    low = [w.lower() for w in words]
    if low[0] in QUOTED_ARTICLES:
        return True
    if any(w in AUXILIARIES or w.endswith(("n't", "n’t")) for w in low):
        return True
    return _WORD_BEFORE_TO.search(before) is not None and stated_aim(quote, before)


#: A word right before the "to" that ends the text before a quotation ('proposals to '), not
#: a quotation's closing mark ('from the "notification" to ').
_WORD_BEFORE_TO = re.compile(r"[^\W\d_]\s+to\s+$")


def label_echo_source(
    needle: str, spoken: list[tuple[str, Source]], spoken_phrase: bool
) -> Source | None:
    """The first quotation of ``spoken`` (its normalised words and the quotation) that holds
    the label's normalised words ``needle``: with at most :data:`EXTRA_ECHO_WORDS` words
    more, or of any length when the label has a speaker's form (``spoken_phrase``,
    :func:`spoken_form`); else None.

    >>> spoken = [("this industry has become a feeding ground for bikies", "Gallacher")]
    >>> label_echo_source("a feeding ground", spoken, True)
    'Gallacher'
    >>> label_echo_source("a feeding ground", spoken, False) is None
    True
    """
    size = needle.count(" ") + 1
    return next(
        (
            source
            for words, source in spoken
            if f" {needle} " in f" {words} "
            and (spoken_phrase or words.count(" ") + 1 <= size + EXTRA_ECHO_WORDS)
        ),
        None,
    )
