"""An issuer the document's phrase names after "from" only by a lower-case plural noun for
people, with no name: '"Q," said a joint statement from police and customs officials' (the
officials), '"Q," read a statement from park officials' (data/words/issuing_people_nouns.txt);
or by a counted plural description: "said a statement from the four Grand Slam tournaments"."""

from __future__ import annotations

from ...wordlists import word_set
from ..cues import CUE_FORMS
from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import TIME_WORDS

#: Plural nouns for people who issue a document together ("officials", "organisers").
_PEOPLE_NOUNS = word_set("issuing_people_nouns")

#: Words after the people noun that close its phrase: a time or place, a relative clause.
_CLOSERS = frozenset(["on", "in", "at", "who", "that", "which", "late", "earlier", "later"])

#: Counting words that open a plural issuer's description ("the four Grand Slam tournaments").
_COUNTS = word_set("number_words") | {"both", "several"}

#: The most words of the phrase after "from" ("the police and customs officials").
_MAX_WORDS = 6

#: How the evidence says the issuer was found.
PEOPLE_ISSUER = "the people the document is from, named there"

#: How the evidence says a counted plural issuer was found (later mentions are its too).
COUNTED_ISSUER = "the bodies the document is from, counted there"


def people_phrase(toks: list[Token]) -> list[Token]:
    """The words of the issuer's phrase that opens ``toks`` (the tokens after "from"): lower-case
    words up to a plural noun for people (data/words/issuing_people_nouns.txt) that ends it
    (punctuation, a capitalised word, a reporting verb or a time or place after it); empty
    when there is none.

    >>> from hrlesson.speech.tokens import tokenize
    >>> " ".join(t.text for t in people_phrase(tokenize("police and customs officials.", [0])))
    'police and customs officials'
    >>> " ".join(t.text for t in people_phrase(tokenize("park officials said", [0])))
    'park officials'
    >>> people_phrase(tokenize("officials in Kabul", [0]))[-1].text
    'officials'
    >>> people_phrase(tokenize("officials' union", [0])), people_phrase(tokenize("Kabul", [0]))
    ([], [])
    """
    for n, t in enumerate(toks[:_MAX_WORDS]):
        if not t.text.isalpha() or not t.text.islower():
            return []  # a name, a number, punctuation: no plain phrase of people
        if t.lower not in _PEOPLE_NOUNS:
            continue
        nxt = toks[n + 1] if n + 1 < len(toks) else None
        if (
            nxt is None
            or not nxt.text[0].isalnum()
            or nxt.cap
            or nxt.lower in CUE_FORMS
            or nxt.lower in _CLOSERS
        ):
            return toks[: n + 1]
    return []


def people_issuer(att, noun: Token) -> SpeakerRef | None:
    """``"Q," said a joint statement from police and customs officials``: right after the
    document noun ``noun``, "from" and a lower-case phrase ending in a plural noun for
    people (no name in it) names who issued it: the phrase, as a label without a leading
    "the". ``att`` is an :class:`Attributor`; None when no such phrase follows."""
    s_end = att.sentences[noun.sent][4]
    toks = att.toks_between(noun.end, s_end)
    if len(toks) < 2 or toks[0].lower != "from":
        return None
    words = people_phrase(toks[1:])
    if words and words[0].lower == "the":
        words = words[1:]
    if not words:
        return None
    if any(w.poss for w in words):
        return None
    label = " ".join(att.text[words[0].start : words[-1].end].split())
    return SpeakerRef(None, label, words[0].start, words[-1].end, how=PEOPLE_ISSUER)


def counted_issuer(att, noun: Token) -> SpeakerRef | None:
    """``"Q," said a statement from the four Grand Slam tournaments on Sunday after she was
    fined``: right after the document noun ``noun``, "from the", a counting word, up to
    three capitalised modifiers and one lower-case plural noun, then the phrase's end
    (punctuation, a time, a clause, a reporting verb), names the bodies that issued it
    together: the phrase as written, a label. ``att`` is an :class:`Attributor`; None when
    no such phrase follows."""
    toks = att.toks_between(noun.end, att.sentences[noun.sent][4])
    if len(toks) < 5 or [t.lower for t in toks[:2]] != ["from", "the"]:
        return None
    if toks[2].lower not in _COUNTS:
        return None
    n = 3
    while n < min(len(toks), 6) and toks[n].cap and toks[n].text.isalpha():
        n += 1
    head = toks[n] if n < len(toks) else None
    if head is None or not head.text.isalpha() or not head.text.islower():
        return None
    if not head.lower.endswith("s") or head.lower.endswith("ss"):
        return None
    nxt = toks[n + 1] if n + 1 < len(toks) else None
    closing = nxt is None or not nxt.text[0].isalnum() or nxt.lower in CUE_FORMS
    if not closing and nxt.lower not in _CLOSERS and nxt.lower not in TIME_WORDS:
        return None
    label = " ".join(att.text[toks[1].start : head.end].split())
    return SpeakerRef(None, label, toks[1].start, head.end, how=COUNTED_ISSUER)
