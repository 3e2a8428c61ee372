"""A body's stance in the present tense, closed by ", <person> told ...": the person's
words, given in the name of the body they speak for."""

from __future__ import annotations

from .vocabulary import CONJUNCTIONS


def body_stance_of_speaker(text: str, quote, inner, late) -> bool:
    """``Brussels strongly condemns the "horrible attack" that occurred on September 24,
    European Commission President Ursula von der Leyen told a joint press conference``:
    a state or body whose verb stands in the present tense ("condemns", "welcomes") inside
    a clause that a person's post-posed "said" or "told" reports is that person speaking
    for it, so the quote is the person's. ``inner`` is the cue before the quote, ``late``
    the post-posed one (each with a resolved subject). The text from the ``quote`` (a
    :class:`QuoteRecord`) to the later frame ends in a comma and no conjunction (not ",
    and Mr. Smith said").

    >>> from types import SimpleNamespace as R
    >>> text = 'Rome condemns the "raid" on Monday, EU chief Ann Lee told reporters'
    >>> inner = R(form="condemns", subject=R(actor=R(kind="state")))
    >>> late = R(lemma="tell", start=53, subject=R(actor=R(kind="person"), start=45))
    >>> q = R(pair=R(close=23))
    >>> body_stance_of_speaker(text, q, inner, late)
    True
    >>> body_stance_of_speaker(text.replace(", EU", ", and"), q, inner, late)
    False
    >>> body_stance_of_speaker(text, q, R(form="condemned", subject=inner.subject), late)
    False
    """
    if inner.subject is None or late.subject is None:
        return False
    lead_in = text[quote.pair.close + 1 : min(late.start, late.subject.start)]
    if "," not in lead_in:
        return False
    if any(w.lower() in CONJUNCTIONS for w in lead_in.rsplit(",", 1)[1].split()):
        return False
    body, person = inner.subject.actor, late.subject.actor
    if body is None or person is None or person.kind != "person":
        return False
    present = inner.form.lower().endswith("s") and not inner.form.lower().endswith("ss")
    return body.kind in ("state", "organisation") and present and late.lemma in ("say", "tell")
