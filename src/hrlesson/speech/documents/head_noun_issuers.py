"""The issuer a document's "from the <noun>" names by the last word of a body's name: "a
statement from the board" after "the Facebook Oversight Board" is that board's."""

from __future__ import annotations

from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import PREPOSITIONS

#: Kinds of actor whose name a bare head noun can take up again.
_BODY_KINDS = ("organisation", "group")


def head_noun_body(index, words: list[Token], at: int) -> SpeakerRef | None:
    """``"Q," reads a statement from the board explaining the ruling`` after "The
    independent Facebook Oversight Board overturned": the phrase ``words`` is "the" and one
    lower-case noun, the last word of the name of the body named last before ``at`` whose
    name ends so (``index`` is the article's :class:`ActorIndex`); None when no body's name
    ends with that noun.

    >>> head_noun_body(None, [], 0) is None
    True
    """
    if len(words) != 2 or words[0].lower != "the" or not words[1].text.islower():
        return None
    noun = words[1].lower
    named = [
        m
        for m in index.mentions_in(0, at)
        if m.actor.kind in _BODY_KINDS
        and not m.in_quote
        and len(m.actor.name.split()) > 1
        and m.actor.name.lower().split()[-1] == noun
    ]
    if not named:
        return None
    m = named[-1]
    return SpeakerRef(
        m.actor, None, words[0].start, words[1].end, described=True, how="the body named so before"
    )


def head_noun_name(att, words: list[Token], at: int) -> SpeakerRef | None:
    """``The hotel said in a statement`` after "raced to the Antrobus Hotel in Amesbury"
    (amesbury_fireworks_malfunction_antrobus_hotel_chinadaily): the phrase ``words``, "the"
    and one lower-case noun, takes up the last capitalised name before ``at`` (outside
    quotes) that ends in that noun and that the index holds no actor for; the name is the
    label. ``att`` is an :class:`Attributor`; None when no such name stands before.

    >>> head_noun_name(None, [], 0) is None
    True
    """
    if not the_bare_noun(words):
        return None
    return name_ending_in(att, words[1], words[0].start, at)


def the_bare_noun(words: list[Token]) -> bool:
    """The phrase ``words`` is "the" and one lower-case noun ("the hotel", "the club"), which
    names no body by itself.

    >>> from hrlesson.speech.tokens import tokenize
    >>> [the_bare_noun(tokenize(p, [0])) for p in ("the hotel", "the Hotel", "a hotel")]
    [True, False, False]
    """
    return len(words) == 2 and words[0].lower == "the" and words[1].text.islower()


def name_ending_in(att, noun: Token, start: int, at: int) -> SpeakerRef | None:
    """The last capitalised name of two words or more before ``at`` (outside quotes) whose
    last word is the lower-case ``noun`` capitalised, and that the index holds no actor
    for: "Santa Barbara County" for "county" in "a county statement"; a label spanning
    ``start`` to the noun's end. ``att`` is an :class:`Attributor`; None when the name
    nearest before is an actor's or no such name stands before. A capitalised preposition
    opening the sentence is no part of the name ("In Santa Barbara County on the central
    coast").
    """
    head = noun.text.capitalize()
    toks = att.tokens
    for k in range(att.index.token_index(at) - 1, 0, -1):
        if toks[k].text != head or not toks[k - 1].cap or att.quote_at(toks[k].start):
            continue
        first = k - 1
        while first > 0 and toks[first - 1].cap and toks[first - 1].sent == toks[k].sent:
            first -= 1
        while first < k and toks[first].lower in PREPOSITIONS:
            first += 1  # "In Santa Barbara County": not "In"
        name = [t for t in toks[first : k + 1] if t.lower != "the"]
        if len(name) < 2 or att.index.mentions_in(name[0].start, toks[k].end):
            return None
        label = " ".join(t.text for t in name)
        return SpeakerRef(None, label, start, noun.end, how="the body named so before")
    return None
