"""A headline's quotation inside what its first speaker said is that speaker's.

A headline can report two voices: "Elon Musk says Starship is 'ready to launch,' FAA says
not yet"; "Bank of England governor Andrew Bailey brushed off concerns about inflation two
years ago and said it would 'sort itself by September', says BCC boss". The quoted words
stand in the clause the first reporting verb introduces, so they are that verb's subject's
(Elon Musk, Andrew Bailey), not the speaker of the reporting verb that follows the
quotation, who reports something else ("not yet") or reports the first speaker
(evidence :data:`REPORTED_CLAUSE`).
"""

from __future__ import annotations

from collections.abc import Callable

from ..records import Cue, QuoteRecord, SpeakerRef

#: The evidence for a speaker placed by :func:`first_reporter_speakers`.
REPORTED_CLAUSE = "the speaker whose reported clause holds the headline's quotation"


def reporter_before(cues: list[Cue], q: QuoteRecord) -> Cue | None:
    """The last reporting verb of ``q``'s sentence before the quotation, with a named
    subject, when ``q``'s own cue follows the quotation: "Elon Musk says Starship is
    'ready to launch,' FAA says not yet": the first "says".

    >>> from types import SimpleNamespace as N
    >>> musk = SpeakerRef(N(name="Elon Musk"), None, 0, 9)
    >>> says, later = Cue(10, 14, "says", "say", 0, 2, subject=musk), Cue(50, 54, "says", "say", 0, 9)
    >>> q = N(sent=0, cue=later, pair=N(open=28, close=44))
    >>> reporter_before([says, later], q) is says
    True
    """
    if q.cue is None or q.cue.start < q.pair.close:
        return None
    found = None
    for cue in cues:
        if cue.sent != q.sent or cue.end > q.pair.open or cue.passive:
            continue
        if cue.subject is not None and cue.subject.actor is not None:
            found = cue
    return found


def first_reporter_speakers(
    quotes: list[QuoteRecord], cues: list[Cue], in_title: Callable[[int], bool]
) -> None:
    """A headline quotation (``in_title`` tells a headline's sentence) that a reporting
    verb after it claims, inside the clause an earlier reporting verb of the headline
    introduces (:func:`reporter_before`), goes to that earlier verb's subject; no other
    quotation stands between them."""
    for i, q in enumerate(quotes):
        if not in_title(q.sent) or q.ref is None:
            continue
        cue = reporter_before(cues, q)
        if cue is None or cue.subject.actor is q.ref.actor:
            continue
        if i and quotes[i - 1].sent == q.sent and quotes[i - 1].pair.close > cue.end:
            continue
        s = cue.subject
        q.ref = SpeakerRef(s.actor, s.label, s.start, s.end, s.described, REPORTED_CLAUSE)
        q.cue = cue
