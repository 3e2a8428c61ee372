"""An evaluation its own sentence leaves with no speaker is the one who says it again by name.

A lead often gives a short evaluation to a speaker it only describes, or to no subject the
finder can read, and names the speaker further down, quoting the same words again: "an 80
cent increase ..., which a trade union described as an “insult to workers”" ... "Siptu said
the 80 cent increase was an “insult to workers”". A short quotation (up to
:data:`MAX_WORDS` words) with a reporting verb but no speaker after the rules, whose words
a later quotation repeats exactly with a named speaker (a person or a body named by name),
is that speaker's (evidence :data:`ECHOED_EVALUATION`); the ranker's guess is not needed.
"""

from __future__ import annotations

from .headlines.lead_claimants import named_claimant
from .records import QuoteRecord, SpeakerRef
from .vocabulary import normalised_words

#: The longest quotation (in words) read as a short evaluation.
MAX_WORDS = 6
#: The evidence for a speaker placed by :func:`give_echoed_evaluations`.
ECHOED_EVALUATION = "the named speaker who says the same words again later"


def later_named_echo(q: QuoteRecord, speech: list[QuoteRecord]) -> SpeakerRef | None:
    """The speaker of the first quotation after ``q`` with exactly ``q``'s words and a named
    speaker (a person or a body named by name, not a description nor a group), or None.

    >>> from types import SimpleNamespace as N
    >>> siptu = SpeakerRef(N(name="Siptu", kind="organisation"), None, 0, 5)
    >>> first = N(text="insult to workers", pair=N(open=10, close=28), ref=None)
    >>> again = N(text="insult to workers", pair=N(open=90, close=108), ref=siptu)
    >>> later_named_echo(first, [first, again]) is siptu
    True
    """
    words = normalised_words(q.text)
    for other in speech:
        if other.pair.open <= q.pair.close or other.ref is None or not named_claimant(other.ref):
            continue
        if normalised_words(other.text) == words:
            return other.ref
    return None


def give_echoed_evaluations(speech: list[QuoteRecord]) -> None:
    """Give each short quotation with a cue and no speaker the named speaker who says the
    same words again later (:func:`later_named_echo`)."""
    for q in speech:
        if q.ref is not None or q.cue is None or q.cue.lemma is None:
            continue
        if not 0 < len(q.text.split()) <= MAX_WORDS:
            continue
        if (s := later_named_echo(q, speech)) is not None:
            q.ref = SpeakerRef(s.actor, s.label, s.start, s.end, s.described, ECHOED_EVALUATION)
