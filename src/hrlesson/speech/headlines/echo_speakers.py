"""A verbless headline's subject gives way to the body's speaker of the same words.

``Government 'committed' to ending the sale of petrol and diesel cars from 2030`` sets a noun
before the quotation and no reporting verb: the headline shortens the story, and the body
quotes the same words with the one who said them ('Downing Street said ... remained
"committed"'). So ``Arctic Council nations are 'pausing' work``: the nations who said they
are "pausing" work, not the Council. :func:`echoed_headline_subjects` gives such a headline
quote the speaker of its words in the body. A headline that signs its speaker after a colon
or a dash (``'Q': UN humanitarian chief``) or has a verb (``..., says Unite``) keeps its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..records import QuoteRecord, SpeakerRef
from ..vocabulary import normalised_words

#: The evidence for a speaker placed by :func:`echoed_headline_subjects`.
BODY_ECHO = "the body's speaker of the headline's words"

#: A short subject before the quotation: no colon, comma or other quotation in it.
_BARE_SUBJECT = re.compile(r"^\s*[^:\"“”‘’,;]{2,40}?\s*$")

#: Most words a body quotation may hold beyond the headline's to count as the same words.
_MORE_WORDS = 3

#: Fewest words of a headline phrase that a body quotation of any length may hold.
_PHRASE_WORDS = 2


def bare_subject_frame(before: str, after: str) -> bool:
    """The headline reads ``S "Q" rest``: a short subject alone before the quotation and
    lower-case words after it (no colon, comma or dash that signs a speaker).

    >>> bare_subject_frame("Government ", " to ending the sale of petrol cars")
    True
    >>> bare_subject_frame("Drop in oil demand ", ": says OPEC secretary general")
    False
    >>> bare_subject_frame("Famine ", " in Somalia: UN humanitarian chief")
    False
    """
    if _BARE_SUBJECT.match(before) is None or ":" in after or re.search(r"\s[-–—]\s", after):
        return False
    return re.match(r"^\s*[a-z]", after) is not None


def same_words(short: QuoteRecord, later: QuoteRecord) -> bool:
    """``later`` quotes the words of ``short``: the same words, or a few more around them
    ("committed" in "remains committed"); a phrase of two words or more inside a quotation
    of any length ("possible health risk" in "This product contains fish, making it a
    possible health risk for anyone with an allergy to fish"; "Kettering Odeon closure leaves
    MP ‘extremely concerned’" and "I am extremely concerned to hear of Odeon’s decision").

    >>> from types import SimpleNamespace as Q
    >>> same_words(Q(text="committed", n_words=1), Q(text="remains committed", n_words=2))
    True
    >>> same_words(Q(text="pausing", n_words=1), Q(text="we are not pausing our work", n_words=6))
    False
    >>> same_words(Q(text="extremely concerned", n_words=2),
    ...            Q(text="I am extremely concerned to hear of the decision", n_words=9))
    True
    >>> same_words(Q(text="possible health risk", n_words=3),
    ...            Q(text="making it a possible health risk for anyone with an allergy", n_words=11))
    True
    """
    needle, words = normalised_words(short.text), normalised_words(later.text)
    if not needle:
        return False
    if later.n_words > short.n_words + _MORE_WORDS and short.n_words < _PHRASE_WORDS:
        return False
    return f" {needle} " in f" {words} "


def echoed_headline_subjects(
    quotes: list[QuoteRecord], text: str, paragraph_of: Callable[[int], tuple[int, int]]
) -> None:
    """A quote the headline rule gave to the bare subject before it (``S "Q" rest``, no
    verb), whose words a later quote with a speaker says again (:func:`same_words`), is
    that speaker's: the first such quote's speaker replaces the headline's subject.
    ``paragraph_of`` gives a position's paragraph (start, end)."""
    for i, q in enumerate(quotes):
        if q.attribution != "headline" or q.cue is not None or q.ref is None:
            continue
        p_start, p_end = paragraph_of(q.pair.open)
        if not bare_subject_frame(text[p_start : q.pair.open], text[q.pair.close + 1 : p_end]):
            continue
        source = next((k for k in quotes[i + 1 :] if k.ref is not None and same_words(q, k)), None)
        if source is None or source.ref.name == q.ref.name:
            continue
        ref = source.ref
        q.ref = SpeakerRef(ref.actor, ref.label, q.ref.start, q.ref.end, ref.described, BODY_ECHO)
