"""A body whose name opens with a place: "Canada Post", "Japan Tobacco", "the Georgia DNR".

A run of a country's or a region's name and one more capitalised word that is no part of a
person's name (no given name, title, time word, place or body of its own) names one body,
not the place and a stray word: "Canada Post said" is the postal company speaking, not
Canada.
"""

from __future__ import annotations

from ...wordlists import word_set
from ..bodies.acronyms import TITLE_ACRONYMS
from ..tokens import Token
from ..vocabulary import (
    ACRONYMS,
    AGENCIES,
    CAPITALISED_TITLES,
    CAPITALS,
    COMMON_VERBS,
    COUNTRIES,
    DEMONYMS,
    FINITE_VERBS,
    FIRST_NAMES,
    GEOGRAPHIC_WORDS,
    HONORIFICS,
    KNOWN_BODIES,
    STOP_WORDS,
    TIME_WORDS,
    TITLE_HEADS,
    unaccented,
)
from .non_names import PLACE_AND_PEOPLE_NAMES

#: Names of states and regions (not peoples) a body's name can open with.
PLACES = COUNTRIES.keys() | PLACE_AND_PEOPLE_NAMES

#: Places and peoples' adjectives: the words before a body's word that make no surname of it
#: ("Canada Post", "British Sugar").
_PLACE_WORDS = PLACES | DEMONYMS.keys()

#: Places that are given names too ("Israel Katz"): data/words/place_given_names.txt.
PLACE_GIVEN_NAMES = word_set("place_given_names")

#: Words that never end a place-opened body's name: a title, a given name, a time word, a
#: place word, a place, a verb of a title-case headline ("Yemen Faces"), or a body's name of
#: its own ("India Boeing", "Myanmar Reuters").
_NOT_BODY_TAILS = (
    CAPITALISED_TITLES
    | TITLE_HEADS
    | HONORIFICS
    | GEOGRAPHIC_WORDS
    | TIME_WORDS
    | STOP_WORDS
    | AGENCIES
    | KNOWN_BODIES
    | ACRONYMS.keys()
    | DEMONYMS.keys()
    | CAPITALS.keys()
    | PLACES
    | COMMON_VERBS
    | FINITE_VERBS
)


def place_length(toks: list[Token], a: int, b: int) -> int:
    """How many tokens a place's name takes at the start of ``toks[a:b]`` (one to three),
    or 0; "The" before it is skipped by the caller."""
    for n in (3, 2, 1):
        if b - a > n and " ".join(t.lower for t in toks[a : a + n]) in PLACES:
            return n
    return 0


def demonym_length(toks: list[Token], a: int, b: int) -> int:
    """1 when the run ``toks[a:b]`` is a people's adjective and one more word, as a company's
    or an agency's name opens ("British Sugar said", page
    sugar_beet_neonicotinoid_authorisation_eustice_croneri; "Irish Rail", page
    peaktime_dart_overcrowding_mcgrath_thejournal), else 0.

    >>> from ..tokens import tokenize
    >>> demonym_length(tokenize("British Sugar said", [0]), 0, 2)
    1
    """
    return 1 if b - a == 2 and toks[a].lower in DEMONYMS else 0


def place_opened_body(toks: list[Token], a: int, b: int) -> bool:
    """The run ``toks[a:b]`` is a place's name and one plain capitalised word that no list
    knows as a title, a given name, a time or place word or a body of its own, written
    nowhere in the text as a person's surname: one body's name (``Canada Post said``,
    ``Japan Tobacco``), not a state and a stray word; so is a place and an acronym no list
    knows (:func:`place_acronym`). A possessive between the two ("Australia's Jetstar") is
    no one name.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Canada Post said it was flowing.", [0])
    >>> place_opened_body(toks, 0, 2)
    True
    >>> toks = tokenize("Canada Thursday said it.", [0])
    >>> place_opened_body(toks, 0, 2)
    False
    """
    a += 1 if toks[a].lower == "the" else 0
    n = place_length(toks, a, b) or demonym_length(toks, a, b)
    if n == 0 or b - a != n + 1 or toks[b - 2].poss:
        return False
    word = toks[b - 1]
    if word.base.isupper() and word.base.isalpha():
        return place_acronym(word)
    if n == 1 and toks[a].lower in PLACE_GIVEN_NAMES:
        return False  # "Israel Katz": a person
    if not word.cap or not word.base.isalpha() or len(word.base) < 3:
        return False
    low = unaccented(word.lower)
    if low in _NOT_BODY_TAILS or low in FIRST_NAMES:
        return False
    return not surname_elsewhere(toks, b - 1)


def surname_elsewhere(toks: list[Token], k: int) -> bool:
    """The word at ``toks[k]`` stands elsewhere in the text right after another capitalised
    word that is no place nor a people's adjective ("Julian Assange" before "Sweden
    Assange"; not "British Sugar" twice, page sugar_beet_neonicotinoid_authorisation_eustice_croneri):
    a person's surname.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Sweden Assange met Julian Assange.", [0])
    >>> surname_elsewhere(toks, 1)
    True
    """
    word = toks[k].base
    for j, t in enumerate(toks):
        if j == k or t.base != word or j == 0:
            continue
        prev = toks[j - 1]
        if prev.sent == t.sent and prev.cap and prev.lower not in _PLACE_WORDS:
            return True
    return False


def surname_of_named_person(toks: list[Token], k: int, persons: list) -> bool:
    """The lone capitalised word at ``toks[k]`` ends the name of a person named before it,
    whose name opens with a given name (``persons``: the runs read as people so far, with
    the indexes of their name words): on its own the word is that person's surname, not the
    country or the body it names by itself. lotto_10m_newbridge_jordan_irishtimes: "said
    Alan Jordan, owner of Jordan's Centra" ... "“I've no idea,” said Jordan.";
    crypto_scam_signs_court_coingeek: "said ASIC Deputy Chair Sarah Court" ... "said Court".

    >>> from ..tokens import tokenize
    >>> toks = tokenize("said Alan Jordan. Then said Jordan. Jordan is a kingdom.", [0])
    >>> surname_of_named_person(toks, 6, [(1, 3, [1, 2])]), surname_of_named_person(toks, 6, [])
    (True, False)
    """
    word = toks[k].base
    return any(
        len(idx) > 1 and toks[idx[-1]].base == word and given_name_opens(toks, idx[0])
        for _a, _b, idx in persons
    )


#: Capitalised words that may stand before a person's given name: titles ("Chair Sarah Court").
_TITLE_WORDS = TITLE_HEADS | CAPITALISED_TITLES


def given_name_opens(toks: list[Token], j: int) -> bool:
    """``toks[j]`` is a given name that opens a person's name: no place, no possessive, and
    no capitalised word but a title before it ("said Alan Jordan", "Deputy Chair Sarah
    Court", "Police Chief James Berlin"; not "Lockheed Martin UK" nor "Jamie's Italian").

    >>> from ..tokens import tokenize
    >>> toks = tokenize("said Alan Jordan of Lockheed Martin UK", [0])
    >>> given_name_opens(toks, 1), given_name_opens(toks, 5)
    (True, False)
    """
    word, prev = toks[j], toks[j - 1] if j else None
    low = unaccented(word.lower)
    if word.text != word.base or low not in FIRST_NAMES or low in PLACES:
        return False
    return prev is None or not prev.cap or prev.lower in _TITLE_WORDS


def place_acronym(word: Token) -> bool:
    """``word`` after a place is an acronym no list knows, of no title: the place's body
    ("the Georgia DNR says", "Texas DPS"), not "UK PM" nor "U.S. FDA" (a known body).

    >>> from ..tokens import tokenize
    >>> place_acronym(tokenize("DNR", [0])[0]), place_acronym(tokenize("PM", [0])[0])
    (True, False)
    """
    low = word.lower
    return 2 <= len(low) <= 6 and low not in TITLE_ACRONYMS and low not in _NOT_BODY_TAILS
