"""A document's modifier names its issuer: a body named before a lower-case modifier ("the
FSA notice", "the U.S. Consumer Product Safety Commission recall notice"), or a bare body noun
of the table of body nouns ("a company statement", "the union announcement": the body "the
company", "the union" means)."""

from __future__ import annotations

from itertools import pairwise

from ..bodies.group_noun import BODY_NOUNS
from ..bodies.noun_referents import bare_noun_body
from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import (
    CONJUNCTIONS,
    DEMONYMS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FINITE_VERBS,
    MONTHS,
    PREPOSITIONS,
    SOCIAL_PLATFORMS,
    TIME_WORDS,
    is_umbrella_body,
)
from .authoring_verbs import AUTHORING_VERBS
from .head_noun_issuers import name_ending_in
from .issuers import adjective_before_document, possessed_document
from .unnamed_issuers import ISSUED


def body_before_modifier(att, words: list[Token], i: int) -> SpeakerRef | None:
    """``"Q," the FSA notice said``, ``as stated in the U.S. Consumer Product Safety
    Commission recall notice``: in a definite phrase, the body named right before one
    lower-case modifier of the document noun ``words[i]`` issued it (never a person, a
    demonym or, for a report, an umbrella body: "the UN human rights report").
    ``att`` is an :class:`Attributor`."""
    if i < 2 or not words[i - 2].cap or not plain_modifier(words[i - 1].text):
        return None
    s_start = att.sentences[words[i].sent][3]
    m = next(
        (
            x
            for x in att.index.mentions_in(s_start, words[i - 1].start)
            if x.end == words[i - 2].end
        ),
        None,
    )
    if m is None or m.actor.kind == "person" or m.how == "demonym":
        return None
    if words[i].lower.startswith("report") and is_umbrella_body(m.actor.name):
        return None
    ti = att.index.token_index(m.start)
    if ti == 0 or att.tokens[ti - 1].lower != "the":
        return None  # "even a recent US government report": one of many, not the story's
    return SpeakerRef(m.actor, None, m.start, m.end, how="the body named before the document")


def plain_modifier(word: str) -> bool:
    """A lower-case word that can modify a document noun ("recall", "press"), not a
    determiner, preposition, conjunction or verb form.

    >>> plain_modifier("recall"), plain_modifier("of"), plain_modifier("issued"), plain_modifier("EU")
    (True, False, False, False)
    """
    low = word.lower()
    return (
        word.islower()
        and low not in DETERMINERS
        and low not in PREPOSITIONS
        and low not in CONJUNCTIONS
        and low not in AUTHORING_VERBS
        and not low.endswith(("ed", "ing"))
        and low not in ("her", "his", "its", "their", "our", "my", "your")
    )


def body_noun_before(words: list[Token], i: int) -> int | None:
    """Where a bare body noun of the table of body nouns (data/words/body_nouns.csv)
    modifies the document noun ``words[i]``: right before it, or before one more lower-case
    modifier ("a company press release"), after a determiner; its index, else None.

    >>> from hrlesson.speech.tokens import tokenize
    >>> body_noun_before(tokenize("a company statement said", [0]), 2)
    1
    >>> body_noun_before(tokenize("the union press release", [0]), 3)
    1
    >>> body_noun_before(tokenize("the press release", [0]), 2) is None
    True
    >>> body_noun_before(tokenize("The union had message boards", [0]), 3) is None
    True
    """
    for k in (i - 1, i - 2):
        if k < 1 or not words[k].text.islower() or words[k].lower not in BODY_NOUNS:
            continue
        if words[k - 1].lower not in ("a", "an", "the", "in", "its") and not words[k - 1].poss:
            continue
        between = words[i - 1]  # "the union had message boards": a verb, no modifier
        if k == i - 1 or (plain_modifier(between.text) and between.lower not in FINITE_VERBS):
            return k
    return None


def body_noun_issuer(att, words: list[Token], i: int, at: int) -> SpeakerRef | None:
    """``"Rescue teams are working ...," a company statement said`` after ``AngloGold
    Ashanti said ...``; ``The union announcement follows``: a bare body noun that modifies
    the document noun ``words[i]`` (:func:`body_noun_before`) names its issuer, the body
    that noun means as a subject ("the company": the company that spoke just before or
    that the article names most; "the union": the union named last; see
    :func:`hrlesson.speech.bodies.noun_referents.bare_noun_body`); any other lower-case
    noun there, the body named before whose name ends in it (:func:`named_modifier_issuer`).
    None when no body fits.
    ``att`` is an :class:`Attributor`, ``at`` the verb."""
    k = body_noun_before(words, i)
    if k is None:  # "a county statement": "Santa Barbara County" named before
        return named_modifier_issuer(att, words, i, at)
    ref = bare_noun_body(att, words[k].lower, None, (words[k].start, words[k].end), at)
    if ref is None or ref.actor is None:
        return None
    return SpeakerRef(
        ref.actor,
        None,
        ref.start,
        ref.end,
        how=f"the {words[k].lower} whose {words[i].lower} it is: {ref.how}",
    )


def named_modifier_issuer(att, words: list[Token], i: int, at: int) -> SpeakerRef | None:
    """``"Gather family members, pets, and essential items," a county statement said``
    after "In Santa Barbara County on the central coast, evacuation orders took effect"
    (california_mudslide_fears_county_statements_borneo_bulletin): a lower-case noun
    modifying the document noun ``words[i]`` right after "a/an/the", no document noun
    itself ("a press statement"), is the last word of the name of the body that issued it,
    written before ``at`` (:func:`.head_noun_issuers.name_ending_in`: "Santa Barbara
    County"); the name is the label. ``att`` is an :class:`Attributor`; None when no such
    name stands before.

    >>> from hrlesson.speech.tokens import tokenize
    >>> named_modifier_issuer(None, tokenize("a press statement", [0]), 2, 0) is None
    True
    """
    if i < 2 or words[i - 2].lower not in ("a", "an", "the"):
        return None
    noun = words[i - 1]
    if not plain_modifier(noun.text) or noun.lower in DOCUMENT_NOUNS or noun.lower in _MEDIUM_WORDS:
        return None
    return name_ending_in(att, noun, words[i - 2].start, at)


#: Modifiers of a document noun that say how it was put out, never who issued it.
_MEDIUM_WORDS = frozenset(["news", "press", "joint", "media", "official", "written"])


def modified_document(words: list[Token], desc: SpeakerRef) -> int | None:
    """A description read from a phrase that ends in a document noun modified by a bare
    body noun ("a company statement"): the index of the document noun, whose issuer
    speaks (:func:`body_noun_issuer`), else None.

    >>> from hrlesson.speech.tokens import tokenize
    >>> ws = tokenize("a company statement", [0])
    >>> modified_document(ws, SpeakerRef(None, "company statement", 2, 19))
    2
    >>> modified_document(ws, SpeakerRef(None, "company", 2, 9)) is None
    True
    """
    if desc.actor is not None:
        return None
    k = next((k for k, w in enumerate(words) if w.end == desc.end), None)
    if k is None or words[k].lower not in DOCUMENT_NOUNS:
        return None
    return k if body_noun_before(words, k) is not None else None


def document_in_description(words: list[Token], desc: SpeakerRef) -> int | None:
    """A description read from a phrase whose document noun is its real head: after an
    adjective read as an unnamed person ("an official statement"), after a possessive and
    a modifier ("The ministry's written court submission"), or after a bare body noun ("a
    company statement"); the index of the document noun, whose author speaks, else None.

    >>> from hrlesson.speech.tokens import tokenize
    >>> document_in_description(tokenize("a company statement", [0]), SpeakerRef(None, "company statement", 2, 19))
    2
    """
    return (
        adjective_before_document(words, desc)
        or possessed_document(words, desc)
        or modified_document(words, desc)
    )


def name_before_modifiers(att, words: list[Token], j: int) -> SpeakerRef | None:
    """``A Royal Caribbean news release said that ... the Captain “immediately stopped the
    ship”`` (allure_overboard_royal_caribbean_trofire): a name of two to four capitalised
    words (or one, :func:`lone_issuer_name`: "read a Suzuki statement") that ends at ``words[j]`` and opens the phrase right after its "a/an/the",
    before the document noun's lower-case modifiers, issued the document: the actor the
    index names there, else the name as a label (no place, people or other actor the
    index reads in it). ``att`` is an :class:`Attributor`; None when no such name stands.

    >>> from hrlesson.speech.tokens import tokenize
    >>> name_before_modifiers(None, tokenize("said a news release", [0]), 1) is None
    True
    """
    k = j
    while k > 0 and j - k < 4 and words[k - 1].cap and words[k - 1].lower not in DETERMINERS:
        k -= 1
    if k == 0 or words[k - 1].lower not in ("a", "an", "the") or words[j].poss:
        return None
    if k == j and (not lone_issuer_name(words[j]) or in_known_name(att, words[j])):
        return None
    if any(w.lower in DEMONYMS or not w.text.isalpha() for w in words[k : j + 1]):
        return None
    ms = att.index.mentions_in(words[k].start, words[j].end)
    m = next((m for m in ms if m.start == words[k].start and m.end == words[j].end), None)
    if m is not None and m.actor.kind in ("organisation", "group"):
        return SpeakerRef(m.actor, None, m.start, m.end, how="the body named before the document")
    if ms:
        return None
    name = joined_name(att.text, words[k : j + 1])
    return SpeakerRef(None, name, words[k].start, words[j].end, how=ISSUED)


def joined_name(text: str, words: list[Token]) -> str:
    """The name ``words`` spell as ``text`` writes it, an ampersand joining two of its
    words kept ("A Raleigh NEWS & OBSERVER editorial states": "Raleigh NEWS & OBSERVER",
    not "Raleigh NEWS OBSERVER"); any other mark between them is left out.

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "Raleigh NEWS & OBSERVER"
    >>> joined_name(s, [w for w in tokenize(s, [0]) if w.text[0].isalnum()])
    'Raleigh NEWS & OBSERVER'
    """
    parts = [words[0].text]
    for before, w in pairwise(words):
        gap = text[before.end : w.start].strip()
        parts.extend(["&", w.text] if gap == "&" else [w.text])
    return " ".join(parts)


def lone_issuer_name(word: Token) -> bool:
    """``'Q', read a Suzuki statement`` (catalunya_motogp_rins_wrist_fracture_suzuki_mir_crashnet):
    one capitalised word alone between "a/an/the" and a document noun can name the
    body that issued it, when it is a plain name: letters only, no time word ("a Monday
    statement"), month, demonym ("the Russian statement") or social platform ("the
    Facebook post": where it was put, not who put it).

    >>> from hrlesson.speech.tokens import tokenize
    >>> [lone_issuer_name(w) for w in tokenize("Suzuki Monday Russian Facebook", [0])]
    [True, False, False, False]
    """
    low = word.lower
    return (
        word.cap
        and word.text.isalpha()
        and len(word.text) > 2
        and low not in TIME_WORDS
        and low not in MONTHS
        and low not in DEMONYMS
        and low not in SOCIAL_PLATFORMS
    )


def in_known_name(att, word: Token) -> bool:
    """``The Gateshead letter says`` after "Gateshead Council said in its letter": the lone
    capitalised ``word`` is a word of the name of an actor named before it, which other
    rules find; it names no issuer of its own. ``att`` is an :class:`Attributor`."""
    return any(word.text in m.actor.name.split() for m in att.index.mentions_in(0, word.start))
