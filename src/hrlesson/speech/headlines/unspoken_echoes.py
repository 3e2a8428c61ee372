"""A headline's quotation that names no speaker, said again in the body by one speaker.

``Vodafone 'working hard' to resolve intermittent outages`` has no reporting verb, and no
rule places it; but the body quotes the company saying it is "working hard" ('“The issue
will not affect all customers and we're working hard to resolve this,” it added'). When
every later quotation that holds the headline's words (:func:`~.heading_echoes.echoed_in`:
in order, hyphens split: "conviction driven" in "conviction-driven") has one and the same
named speaker, the headline's words are that speaker's (attribution ``headline_body_echo``).
A contraction and its words spelled out are the same words (:func:`spelled_out`): "‘It’s a
dying trade’: Ireland’s rural pubs ..." ... '“It is a dying trade, ...,” he says': Sean Doyle.
Words nobody in the body says again keep no speaker (:mod:`..unspoken_headlines`).
"""

from __future__ import annotations

from ...wordlists import word_table
from ..records import QuoteRecord, SpeakerRef
from ..unspoken_headlines import UNSPOKEN_HEADLINE
from ..vocabulary import normalised_words
from .heading_echoes import echoed_in

#: The attribution of a headline quotation placed by :func:`body_echo_speaker`.
HEADLINE_BODY_ECHO = "headline_body_echo"

#: Contractions and their words spelled out ("it's" → "it is"): data/words/contractions.csv.
CONTRACTIONS = {row["contraction"]: row["full"] for row in word_table("contractions")}


def spelled_out(words: str) -> str:
    """Normalised ``words`` with each contraction spelled out, the curly apostrophe read as
    a straight one: a headline's "It’s a crisis" is the body's "It is a crisis".

    >>> spelled_out("it’s a dying trade"), spelled_out("we're here")
    ('it is a dying trade', 'we are here')
    """
    return " ".join(CONTRACTIONS.get(w.replace("’", "'"), w) for w in words.split())


def body_echo_speaker(quotes: list[QuoteRecord], i: int) -> SpeakerRef | None:
    """The one named speaker of the later quotations of ``quotes`` that say the words of
    ``quotes[i]`` again (:func:`echoed_in`), else None (nobody, or several people).

    >>> from types import SimpleNamespace as Q
    >>> higgins = SpeakerRef(Q(name="Michael D Higgins"), None, 0, 0)
    >>> quotes = [Q(text="conviction driven", ref=None),
    ...           Q(text="one of the most conviction-driven prime ministers", ref=higgins)]
    >>> body_echo_speaker(quotes, 0).actor.name
    'Michael D Higgins'
    >>> quotes[1].ref = None
    >>> body_echo_speaker(quotes, 0) is None
    True
    """
    needle = spelled_out(normalised_words(quotes[i].text))
    if not needle:
        return None
    refs = [
        k.ref
        for k in quotes[i + 1 :]
        if k.ref is not None
        and k.ref.actor is not None
        and echoed_in(needle, spelled_out(normalised_words(k.text)))
    ]
    if not refs or len({id(r.actor) for r in refs}) != 1:
        return None
    return refs[0]


def give_body_echoes(quotes: list[QuoteRecord]) -> None:
    """Give each quotation of ``quotes`` that :func:`~..unspoken_headlines.mark_unspoken_headlines`
    left with no speaker the one speaker who says its words again in the body
    (:func:`body_echo_speaker`), with the attribution ``headline_body_echo``. A separate pass
    from the marking (which the first-sight records lay over older kits), in reading order."""
    for i, q in enumerate(quotes):
        if q.ref is None and q.attribution == UNSPOKEN_HEADLINE:
            ref = body_echo_speaker(quotes, i)
            if ref is not None:
                q.ref, q.attribution = ref, HEADLINE_BODY_ECHO
