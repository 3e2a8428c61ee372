"""A headline's words signed to a group or a body are the person's who says them in the body.

A headline sets a striking line in quotation marks and signs it after a colon with the group or
the body the story is about: ``“We’ll even tow or come and pick up the vehicle if necessary”:
Toyota``, ``‘We are busy fighting fires in the background’: pharmacists are facing a record
shortage``. The body then quotes the words, often a little reworded, with the one person who
said them ('"We’ll even tow or come and pick up the vehicle if necessary to get you in ...,"
Trisdale explained'; 'we are quietly putting out fires in the background," said Reena Barai').
The signature names the words' side, the body their speaker: :func:`signed_headline_echoes`
gives such a headline quote to the person of the body's quotation that echoes it
(:func:`echoes_words`). A headline signed by a person's name keeps that person, unless
the signature runs on past the name in lower case: ``'I think we have caused hurt and harm' -
Oranga Tamariki boss`` is the chief executive's (Grainne Moss), ``‘It’s a crisis’: US summer
pools closed ...`` the person the body quotes ('“It is a crisis,” ... Bernard Fisher, added'; a
contraction and its words spelled out are the same words).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..records import QuoteRecord, SpeakerRef
from ..vocabulary import normalised_words
from .unspoken_echoes import spelled_out

#: The evidence for a speaker placed by :func:`signed_headline_echoes`.
SIGNED_ECHO = "the person who says a signed headline's words in the body"

#: Fewest words of a headline quote echoed with other words around or between its own.
_MIN_WORDS = 4

#: Share of the headline quote's words a reworded echo holds.
_SHARE = 0.75

#: Longest run of the headline's words, in order, a reworded echo must hold.
_MIN_RUN = 2


def longest_run(short: list[str], words: list[str]) -> int:
    """The most words of ``short`` that ``words`` holds in a row, in the same order.

    >>> longest_run("we are busy fighting fires in the background".split(),
    ...             "as we are quietly putting out fires in the background".split())
    4
    """
    best = 0
    for i in range(len(short)):
        for j in range(len(words)):
            n = 0
            while i + n < len(short) and j + n < len(words) and short[i + n] == words[j + n]:
                n += 1
            best = max(best, n)
    return best


def echoes_words(short: str, later: str) -> bool:
    """``later`` says the words of the headline quote ``short`` again: all of them in a row,
    or, for a quote of four words or more, three in four of them with two in a row.

    >>> echoes_words("More than a chatbot", "AI is far more than just a chatbot")
    True
    >>> echoes_words("I couldn’t tell him he wouldn’t get flogged again",
    ...     "he would get flogged again, and I couldn’t tell him that wouldn’t happen")
    True
    >>> echoes_words("A dark day for Luton", "a sad day for the workers")
    False

    A contraction and its words spelled out are the same words
    (:func:`.unspoken_echoes.spelled_out`):

    >>> echoes_words("It’s a crisis", "It is a crisis")
    True
    """
    needle = spelled_out(normalised_words(short)).split()
    words = spelled_out(normalised_words(later)).split()
    if not needle:
        return False
    if f" {' '.join(needle)} " in f" {' '.join(words)} ":
        return True
    if len(needle) < _MIN_WORDS:
        return False
    vocabulary = set(words)
    held = sum(1 for w in needle if w in vocabulary)
    return held >= _SHARE * len(needle) and longest_run(needle, words) >= _MIN_RUN


def signed_frame(before: str, after: str) -> bool:
    """The headline signs its quotation with a colon or a dash: ``S: "Q"``, ``"Q": S``,
    ``"Q" - S``.

    >>> signed_frame("", ": pharmacists are facing a record shortage")
    True
    >>> signed_frame("Toyota: ", "")
    True
    >>> signed_frame("Government ", " to ending the sale of petrol cars")
    False
    """
    return bool(
        re.match(r"^\s*[^:\"“”‘’]{2,60}?\s*:\s*$", before) or re.match(r"^\s*[:\-–—]", after)
    )


def signed_by_side(ref: SpeakerRef | None) -> bool:
    """The headline's speaker is a group, a body or a state, not a person by name."""
    if ref is None:
        return False
    return ref.actor is None or ref.actor.kind != "person"


#: A word opening in lower case.
_LOWER_CASE_WORD = re.compile(r"(?:^|\s)[a-z]")


def signed_past_name(ref: SpeakerRef | None, signature: str) -> bool:
    """The signature runs on past the name it gives with a word in lower case: the name is the
    speaker's side or the subject of a clause about the story, not the speaker signing
    (``'I think we have caused hurt and harm' - Oranga Tamariki boss``: the body's boss;
    ``'It takes time' - Health Minister defends handling of ...``). ``signature`` is the
    headline's text from the end of the name ``ref`` found to the end of the line.

    >>> signed_past_name(SpeakerRef(None, "Oranga", 0, 0), " Tamariki boss")
    True
    >>> signed_past_name(SpeakerRef(None, "Erdogan", 0, 0), "")
    False
    """
    return ref is not None and _LOWER_CASE_WORD.search(signature) is not None


def signed_headline_echoes(
    quotes: list[QuoteRecord], text: str, paragraph_of: Callable[[int], tuple[int, int]]
) -> None:
    """A headline quote with no reporting verb placed on a group or a body that signs it
    (:func:`signed_frame`), or on a name the signature runs on past (:func:`signed_past_name`:
    "Oranga Tamariki boss", "US summer pools closed ..."), whose words a later quote of a
    person echoes
    (:func:`echoes_words`), is that person's: the first such quote's. ``paragraph_of``
    gives a position's paragraph (start, end)."""
    for i, q in enumerate(quotes):
        if q.attribution != "headline" or q.cue is not None or q.ref is None:
            continue
        p_start, p_end = paragraph_of(q.pair.open)
        if not signed_frame(text[p_start : q.pair.open], text[q.pair.close + 1 : p_end]):
            continue
        signature = text[q.ref.end : p_end] if q.ref.end > q.pair.close else ""
        if not (signed_by_side(q.ref) or signed_past_name(q.ref, signature)):
            continue
        source = next(
            (
                k
                for k in quotes[i + 1 :]
                if k.ref is not None
                and k.ref.actor is not None
                and k.ref.actor.kind == "person"
                and echoes_words(q.text, k.text)
            ),
            None,
        )
        if source is None:
            continue
        ref = source.ref
        q.ref = SpeakerRef(ref.actor, ref.label, q.ref.start, q.ref.end, ref.described, SIGNED_ECHO)
