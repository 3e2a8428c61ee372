"""A headline's or a lead's words put to a plural group are the person's who says them.

A headline or a lead sums the story up with a group as the subject, a plural common noun with
no name: ``Nursing home workers warn Congress ‘crisis is far from over’``, ``ILA Declares
“Ports Are Ours” as Leaders Threaten Strike “Will Cripple You"``, ``..., but federal public
health officials are cautioning``. The article then names who said the words: the body quotes
them again, a little reworded, from one person (``“The crisis in our nursing homes is far from
over,” said Adelina Ramos``; ``Union President Harold Daggett put out a video threatening to
“cripple you,”``), or the headline signs them with a name (``Canada 'within reach' of
vaccinating 80 per cent ...: Dr. Tam``). The group is the writer's summary, the person its
speaker: :func:`group_headline_echoes` gives such a quote to that person.
"""

from __future__ import annotations

from ..lead import lead_paragraphs
from ..records import QuoteRecord, SpeakerRef
from ..vocabulary import normalised_words
from .signed_echoes import echoes_words

#: The evidence for a speaker placed by :func:`group_headline_echoes`.
GROUP_ECHO = "the person who says again the words a headline or lead gives a plural group"

#: Fewest words of a later quotation that a headline quote holds, in a row, to echo it.
_MIN_HELD_WORDS = 2


def plural_description(name: str | None) -> bool:
    """``name`` is a plural common noun phrase with no name in it: its last word a plural, every
    word after the first in lower case or an acronym ("NHS leaders"); the first may be
    capitalised, as a headline writes it.

    >>> plural_description("Nursing home workers"), plural_description("Leaders")
    (True, True)
    >>> plural_description("federal public health officials"), plural_description("NHS leaders")
    (True, True)
    >>> plural_description("Harold Daggett"), plural_description("Los Angeles Lakers")
    (False, False)
    >>> plural_description("the press"), plural_description("Unions")
    (False, True)
    """
    words = (name or "").split()
    if not words:
        return False
    last = words[-1]
    if not (last.isalpha() and last.endswith("s") and not last.endswith("ss")):
        return False
    return len(words) == 1 or all(w.islower() or w.isupper() for w in words[1:])


def said_again(short: str, other: str) -> bool:
    """``other`` says the words of ``short`` again (:func:`.signed_echoes.echoes_words`), or
    ``short`` holds all the words of ``other``, at least two, in a row (the body quotes a
    part of the headline's words: ``“cripple you,”`` of ``“Will Cripple You"``).

    >>> said_again("crisis is far from over", "The crisis in our nursing homes is far from over,")
    True
    >>> said_again("Will Cripple You", "cripple you,"), said_again("Will Cripple You", "you")
    (True, False)
    """
    if echoes_words(short, other):
        return True
    held = normalised_words(other)
    return held.count(" ") + 1 >= _MIN_HELD_WORDS and f" {held} " in f" {normalised_words(short)} "


def group_speaker(q: QuoteRecord) -> bool:
    """``q`` is placed on a plural group that no name gives, only a description
    (:func:`plural_description`)."""
    ref = q.ref
    if ref is None:
        return False
    if ref.actor is not None and not (
        ref.actor.kind == "group" and (ref.actor.key or "").startswith("group:")
    ):
        return False
    return plural_description(ref.name)


def person_source(q: QuoteRecord, others: list[QuoteRecord]) -> QuoteRecord | None:
    """The first of ``others`` placed on a person by name whose words echo ``q``'s
    (:func:`said_again`). None for a one-word quote whose group is named after it, as its
    source ("..., say locals", "according to dismayed locals"): any member of the group may
    say the word again (page post_office_closure_mullingar_locals_westmeathexaminer: "Post
    office closure 'terrible' for older people, say locals" ... "Anne said that the news is
    “terrible”": the locals)."""
    one_word = normalised_words(q.text).count(" ") + 1 < _MIN_HELD_WORDS
    if one_word and q.ref is not None and q.ref.start > q.end:
        return None
    return next(
        (
            k
            for k in others
            if k is not q
            and k.ref is not None
            and k.ref.actor is not None
            and k.ref.actor.kind == "person"
            and said_again(q.text, k.text)
        ),
        None,
    )


def group_headline_echoes(quotes: list[QuoteRecord], sentences: list[tuple]) -> None:
    """A quote of the headline placed on a plural group (:func:`group_speaker`) by the
    headline's own reporting verb is the person's whose later quote echoes its words; a quote
    of the lead so placed is the person's whose headline quote it echoes. A headline quote
    with no verb of its own only echoes the lead, whose group keeps it: page
    medicine_shortage_beyond_critical_morrison_yahoo, ``Medicine shortage in England now
    'beyond critical'`` and ``..., pharmacists have warned``: the pharmacists, not the chief
    executive who says "beyond critical" later. ``sentences`` are the article's sentence rows
    (``(id, paragraph, kind, ...)``); each quote's ``sent`` indexes them."""
    lead = lead_paragraphs(sentences)
    in_title = lambda q: sentences[q.sent][2] == "title"
    for i, q in enumerate(quotes):
        if not group_speaker(q):
            continue
        if in_title(q) and q.cue is not None and q.cue.sent == q.sent:
            source = person_source(q, [k for k in quotes[i + 1 :] if not in_title(k)])
        elif sentences[q.sent][1] in lead:
            source = person_source(q, [k for k in quotes[:i] if in_title(k)])
        else:
            continue
        if source is None:
            continue
        ref = source.ref
        q.ref = SpeakerRef(ref.actor, ref.label, q.ref.start, q.ref.end, ref.described, GROUP_ECHO)
