"""A headline's words credited to a body, said in the body by that body's spokesperson.

``Kremlin calls new EU sanctions list 'absurd'`` and then '"Of course, all this is absurd,
..." he said' of "Kremlin spokesman Dmitry Peskov"; ``White House confirms ..., but 'the
athletes on Team USA have our full support'`` and then Press Secretary Jen Psaki: "The athletes
on Team USA have our full support". The headline names the body its person spoke for; the
words are the spokesperson's. :func:`headline_words_of_own_person` gives them to that person
when the headline has its reporting verb, the person's title is a spokesperson's, and the
text ties the person to the body (:func:`.echoed_leads.voice_of_body`): by affiliation, by a
title that names the body where the text names the person ("Kremlin spokesman", "White House
Press Secretary"), or by a title that names no other body ("‘deeply disturbing’ says UN
rights office" ... "Spokesperson Jeremy Laurence described it as a “deeply disturbing”
development"). The words
of a body's head or administrator ('NASA Calls Mission Shakti 'Terrible Thing'', its
administrator's words) stay the body's, and so does a headline with no verb ("IOC
'respects' US diplomatic boycott").
"""

from __future__ import annotations

import re

from ..records import Actor, QuoteRecord, SpeakerRef
from ..spokespeople.titles import SPOKESPERSON_TITLES
from ..vocabulary import normalised_words
from .echoed_leads import title_spans, voice_of_body

#: The evidence for a speaker placed by :func:`headline_words_of_own_person`.
OWN_PERSON = "the body's spokesperson, who says the headline's words in the body"


def spokesperson_title(text: str, person: Actor) -> bool:
    """``person``'s role, or a title the text gives them where it names them, is a
    spokesperson's ("Kremlin spokesman", "White House Press Secretary").

    >>> psaki = Actor("person", "Jen Psaki", role="White House Press Secretary")
    >>> spokesperson_title("", psaki)
    True
    >>> spokesperson_title("NASA administrator Jim Bridenstine", Actor("person", "J", mentions=[(19, 34)]))
    False
    """
    titles = [person.role or ""] + [
        text[a:b] for start, end in person.mentions for a, b in title_spans(text, start, end)
    ]
    words = " ".join(" ".join(re.findall(r"[\w’'-]+", t.lower())) for t in titles)
    return any(
        re.search(rf"(?<!\w){re.escape(w.replace('-', ' '))}(?!\w)", words)
        for w in SPOKESPERSON_TITLES
    )


def holds_words(short: QuoteRecord, later: QuoteRecord) -> bool:
    """``later`` holds the words of ``short`` as whole words."""
    needle = normalised_words(short.text)
    return bool(needle) and f" {needle} " in f" {normalised_words(later.text)} "


def headline_words_of_own_person(quotes: list[QuoteRecord], text: str, in_title) -> None:
    """A headline quote credited by its reporting verb to an organisation or a state, whose
    words a later quote of a person holds (:func:`holds_words`), is that person's when the
    person is a spokesperson (:func:`spokesperson_title`) of the body
    (:func:`.echoed_leads.voice_of_body`). ``in_title`` tells a headline's sentence index."""
    for i, q in enumerate(quotes):
        ref = q.ref
        if ref is None or ref.actor is None or ref.actor.kind not in ("organisation", "state"):
            continue
        if q.cue is None or not in_title(q.sent):
            continue
        later = next(
            (
                k
                for k in quotes[i + 1 :]
                if k.ref is not None and k.ref.actor is not None and holds_words(q, k)
            ),
            None,
        )
        person = later.ref.actor if later is not None else None
        if person is None or person.kind != "person" or not spokesperson_title(text, person):
            continue
        if not voice_of_body(text, person, ref.actor):
            continue
        q.ref = SpeakerRef(person, None, ref.start, ref.end, how=OWN_PERSON)
