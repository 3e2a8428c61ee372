"""A plural group keeps the whole noun phrase the text writes before its head: its exact
count ("The 25 signatories"), its capitalised modifiers ("Waukesha County leaders",
"Conservative Senedd members") and lower-case ones ("the three employer representatives"),
modifiers joined by "and". A description read from a later word of the subject ("leaders",
"signatories") is widened back to the phrase's first word, when every word before it is such
a modifier; a vague count opening it stays out ("Some Conservative MPs"), and a phrase with an
approximate count ("more than 100", "About 50") is left as the description reads it (the
gold is split on those: "More than 100 Ostravia-based civil society groups" gives "civil
society groups" in the constructed patterns)."""

from __future__ import annotations

from dataclasses import replace

from ...wordlists import word_set
from ..descriptions.postmodifiers import plural_head
from ..partitives import NUMBER_WORDS
from ..records import SpeakerRef
from ..subjects.plain import VAGUE_COUNTS
from ..tokens import Token
from ..vocabulary import (
    ADVERBS,
    AUXILIARIES,
    CONJUNCTIONS,
    DETERMINERS,
    FINITE_VERBS,
    PREPOSITIONS,
    PRONOUNS,
    STOP_WORDS,
)

#: Words that make a count approximate before its number ("more than 80", "nearly 200").
COUNT_APPROXIMATORS = word_set("count_approximators")

#: Words that never modify a group noun.
_NO_MODIFIER = (
    ADVERBS
    | AUXILIARIES
    | CONJUNCTIONS
    | DETERMINERS
    | FINITE_VERBS
    | PREPOSITIONS
    | frozenset(PRONOUNS)
    | STOP_WORDS
)


def is_count(word: Token) -> bool:
    """A number written in digits or words ("25", "1,000", "three").

    >>> from ..tokens import tokenize
    >>> [is_count(t) for t in tokenize("25 1,000 three groups", [0])]
    [True, True, True, False]
    """
    return word.text.replace(",", "").isdigit() or word.lower in NUMBER_WORDS


def _modifier(word: Token, nxt: Token) -> bool:
    """``word``, written right before ``nxt`` in a group's phrase, modifies the group: a
    count, an approximator before a count ("more than 80"), "and" between modifiers, or an
    adjective or noun in letters (not a function word, not an adverb in -ly)."""
    low = word.lower
    if is_count(word):
        return True
    if low in COUNT_APPROXIMATORS:
        return is_count(nxt) or nxt.lower in COUNT_APPROXIMATORS
    if low == "and":
        return not is_count(nxt)
    bare = word.text.replace("-", "").replace("’", "").replace("'", "")
    return bare.isalpha() and low not in _NO_MODIFIER and not low.endswith("ly")


def premodified_start(text: str, words: list[Token], i: int, persons: set[int]) -> int:
    """The index of the first word of the group phrase whose description was read from
    ``words[i]``: 0 (or 1 past an opening vague count) when every word before ``words[i]``
    modifies the group, written with spaces only between them; else ``i``. A word that
    starts a person's mention (its start in ``persons``) modifies nothing; an opening
    "the" stays with the phrase.

    >>> from ..tokens import tokenize
    >>> def start(s, i):
    ...     words = tokenize(s, [0])
    ...     return " ".join(t.text for t in words[premodified_start(s, words, i, set()):])
    >>> start("Waukesha County leaders", 2)
    'Waukesha County leaders'
    >>> start("The 25 signatories", 2)
    'The 25 signatories'
    >>> start("more than 80 congressional Democrats", 4)
    'Democrats'
    >>> start("the country's foreign ministers", 3)
    'ministers'
    >>> start("Some Conservative MPs", 2)
    'Conservative MPs'
    >>> start("when local leaders", 2)
    'leaders'
    """
    k = i
    while k > 0:
        word, nxt = words[k - 1], words[k]
        if text[word.end : nxt.start].strip() or word.start in persons or word.poss:
            return i  # a comma, a bracket, a person's name, an owner: not one phrase
        if k - 1 == 0 and word.lower in ("the", *VAGUE_COUNTS):
            return 0 if word.lower == "the" else 1
        if is_count(word) and k >= 2 and words[k - 2].lower in COUNT_APPROXIMATORS:
            return i  # "More than 100 Ostravia-based civil society groups": read as before
        if not _modifier(word, nxt):
            return i
        k -= 1
    return 0 if words[0].lower != "and" else i


def premodified_group(
    reader, words: list[Token], i: int, det, ends: tuple[Token, int]
) -> tuple[str | None, tuple[int, int]]:
    """The determiner and the span of a group description read from ``words[i]`` (with
    determiner ``det``, a word or a possessive token) whose head and end are ``ends``; a
    plural's span widened back over the modifiers before it (:func:`premodified_start`):
    ``Roughly half an hour away, Waukesha County leaders announced`` is said by "Waukesha
    County leaders", not "leaders" (lifeguard_shortage_memorial_day_fisher_cnn_kyma); ``The
    25 signatories stress`` by "the 25 signatories"
    (heat_in_buildings_bill_urgency_letter_mcallan_scotlandonsunday)."""
    group_det = det if isinstance(det, str) else None
    head, end = ends
    if det is not None or i == 0 or not plural_head(head.lower):
        return group_det, (words[i].start, end)
    mentions = reader.index.mentions_in(words[0].start, words[i].start)
    persons = {m.start for m in mentions if m.actor.kind == "person"}
    first = premodified_start(reader.text, words, i, persons)
    if first < i and words[first].lower == "the":
        group_det = "the"
    return group_det, (words[first].start, end)


#: The evidence of a group description widened back over its modifiers.
PREMODIFIED = "the group's modifiers before its noun kept"


def widened_group(ref: SpeakerRef | None, widened: bool) -> SpeakerRef | None:
    """``ref``, its rule noted as :data:`PREMODIFIED` when its description was ``widened``
    (and no other rule placed it)."""
    if ref is None or not widened or ref.how:
        return ref
    return replace(ref, how=PREMODIFIED)
