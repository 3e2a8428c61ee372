"""An issuer the text names only in the document's own phrase, under a name the index does
not know as an actor: '"Q," said a joint statement from the Sierra Club, Earthjustice and
the Partnership for Working Families' (the bodies listed); '"Q" indicates a statement from
the municipality of Machu Picchu' (the municipality)."""

from __future__ import annotations

from ..records import SpeakerRef
from ..subjects.interposed import time_phrase_end
from ..tokens import Token
from ..vocabulary import NAME_LINKS
from .people_issuers import COUNTED_ISSUER

#: Words inside a body's name or a list of names: the shared links and "de" ("Collective
#: for Environmental Justice and the Partnership for Working Families", "municipality of X").
_NAME_LINKS = NAME_LINKS | frozenset(["de"])

#: Kinds of actor that issue no document: a place says where it came from ("from Kabul").
_PLACE_KINDS = ("state", "place")

#: How the evidence says the issuer was found.
UNNAMED_ISSUER = "the body the document is from, named there"

#: How the evidence says a clause's subject, or a name after "by", issued the document.
ISSUED = "issued the document"

#: How the evidence says an unnamed group, the subject after a fronted "In a statement,",
#: issued the document (read by frame_subjects.fronted_group).
FRONTED_GROUP = "the group whose clause the document's frame opens"

#: The most words of a lower-case body noun before "of" and the name ("the city council of").
_MAX_HEAD_WORDS = 2


def issuer_words(toks: list[Token]) -> list[Token]:
    """The words of the issuer's phrase that opens ``toks`` (the tokens after "from"/"by"),
    up to its end: a lower-case word that links no name, a punctuation mark other than a
    comma before a capitalised word (a list of names), a quotation mark.

    >>> from hrlesson.speech.tokens import tokenize
    >>> ts = tokenize("the Sierra Club, Earthjustice and the Partnership for Families.", [0])
    >>> " ".join(t.text for t in issuer_words(ts))
    'the Sierra Club Earthjustice and the Partnership for Families'
    >>> " ".join(t.text for t in issuer_words(tokenize("the city of Spur, released", [0])))
    'the city of Spur'
    >>> " ".join(t.text for t in issuer_words(tokenize("the Met cited its", [0])))
    'the Met'
    >>> " ".join(t.text for t in issuer_words(tokenize("Copenhagen, Princess Anne plans", [0])))
    'Copenhagen'
    """
    words: list[Token] = []
    first_comma = None  # words before the first comma of a list
    for n, t in enumerate(toks):
        if t.text == "," and n + 1 < len(toks) and (toks[n + 1].cap or toks[n + 1].lower == "and"):
            first_comma = len(words) if first_comma is None else first_comma
            continue  # "the Sierra Club, Earthjustice, ...": a list of names
        if not t.text[0].isalnum() and t.text != "&":
            break
        heading = not any(w.cap for w in words) and len(words) <= _MAX_HEAD_WORDS
        if not t.cap and t.lower not in _NAME_LINKS and not heading:
            break  # a lower-case word past the name ("the city of Spur released")
        words.append(t)
    while words and not words[-1].cap:
        words.pop()  # "X and": the list ended
    if first_comma is not None and not any(w.lower == "and" for w in words[first_comma:]):
        words = words[:first_comma]  # "from Copenhagen, Princess Anne plans": no list
    return words


def body_head_of(words: list[Token]) -> int | None:
    """Index of the first capitalised word of the issuer's phrase ``words``: right after
    "the", or after a lower-case body noun and "of" ("the municipality of Machu Picchu");
    None when it opens otherwise.

    >>> from hrlesson.speech.tokens import tokenize
    >>> body_head_of(tokenize("the municipality of Machu Picchu", [0]))
    3
    >>> body_head_of(tokenize("Earthjustice", [0])), body_head_of(tokenize("the city", [0]))
    (0, None)
    """
    k = 1 if words and words[0].lower == "the" else 0
    if k < len(words) and words[k].cap:
        return k
    for j in range(k, min(k + _MAX_HEAD_WORDS, len(words) - 2)):
        if words[j].cap:
            return None
        if words[j + 1].lower == "of" and words[j + 2].cap:
            return j + 2
    return None


def unnamed_issuer(att, noun: Token) -> SpeakerRef | None:
    """``"Q," said a joint statement from the Sierra Club, Earthjustice, ... and the
    Partnership for Working Families``: after "from" or "by" right after the document noun
    ``noun``, a phrase opened by "the" with a capitalised name the index knows no issuer by
    (no mention starts it, unless it lists names joined by "and", as this one; none of a
    place or a state in it) is the issuer, as a label without a leading "the". ``att`` is
    an :class:`Attributor`; None when no such phrase follows."""
    s_end = att.sentences[noun.sent][4]
    toks = past_time_phrase(att.toks_between(noun.end, s_end))
    if len(toks) < 2 or toks[0].lower not in ("from", "by"):
        return None
    words = issuer_words(toks[1:])
    head = body_head_of(words)
    if head is None or words[0].lower != "the":
        return None  # "a dispatch from Copenhagen": where it came from
    mentions = att.index.mentions_in(words[0].start, words[-1].end)
    phrase = att.text[words[0].start : words[-1].end]
    joint = "," in phrase and " and " in phrase  # "the Sierra Club, Earthjustice ... and the"
    if not joint and any(m.start in (words[0].start, words[head].start) for m in mentions):
        return None  # a known actor: the other rules read it
    if any(m.actor.kind in _PLACE_KINDS for m in mentions):
        return None  # "a report from Kabul", "the embassy of France"
    first = words[1] if words[0].lower == "the" else words[0]
    label = " ".join(att.text[first.start : words[-1].end].split())
    return SpeakerRef(None, label, first.start, words[-1].end, how=UNNAMED_ISSUER)


def past_time_phrase(toks: list[Token]) -> list[Token]:
    """The tokens after a document noun past the time phrase that opens them, when "from"
    or "by" follows it (``according to a news release Tuesday from the Jacksonville Zoo
    and Gardens``: jaguar_killed_jacksonville_maloney_news4jax); else ``toks`` as given.

    >>> from hrlesson.speech.tokens import tokenize
    >>> [t.text for t in past_time_phrase(tokenize("Tuesday from the zoo", [0]))]
    ['from', 'the', 'zoo']
    >>> [t.text for t in past_time_phrase(tokenize("Tuesday said", [0]))]
    ['Tuesday', 'said']
    """
    j = time_phrase_end(toks, 0) if toks else 0
    return toks[j:] if 0 < j < len(toks) and toks[j].lower in ("from", "by") else toks


#: How the evidence says a plural possessive owns a document ("the administrators' report").
OWNED_BY_PLURAL = "the plural possessive that owns the document"


def issuer_label(ref: SpeakerRef) -> bool:
    """``ref`` names the issuer of a document by a name no actor has, which the document
    phrase wrote ("a statement issued later Monday evening by BNSF", "a statement from the
    municipality of X"): later mentions of the document ("According to the statement") are
    that issuer's too.

    >>> issuer_label(SpeakerRef(None, "BNSF", 0, 4, how=ISSUED))
    True
    >>> issuer_label(SpeakerRef(None, "the firm", 0, 8))
    False
    """
    return (
        ref.actor is None
        and bool(ref.label)
        and ref.how in (ISSUED, UNNAMED_ISSUER, OWNED_BY_PLURAL, FRONTED_GROUP, COUNTED_ISSUER)
    )
