"""A one-word name the words right around it show to be a body's: a trade noun before it
("Dutch brewer Heineken", "Competition watchdog CCI"), its customers, shares, spokesperson or
chief executive after it ("Vodafone customers", "Burberry shares", "A Unite spokesperson",
"Qantas CEO Alan Joyce"). Such a word names an organisation wherever the article writes it,
though it never speaks by name, so that "the company", "the union" or "it" can point back to
it (part of the index)."""

from __future__ import annotations

from ...wordlists import word_set
from ..bodies.acronyms import TITLE_ACRONYMS
from ..bodies.names import spells_acronym_before_and
from ..common_nouns import capitalised_common_noun
from ..cues import CUE_FORMS
from ..records import Actor
from ..tokens import Token
from ..vocabulary import (
    CAPITALS,
    COUNTRIES,
    DEMONYMS,
    FINITE_VERBS,
    GEOGRAPHIC_WORDS,
    HONORIFICS,
    NAME_LINKS,
    ORGANISATION_WORDS,
    STOP_WORDS,
    TITLE_HEADS,
    first_name_gender,
)

#: Nouns of a body's trade right before its name: data/words/trade_nouns.txt.
TRADE_NOUNS = word_set("trade_nouns")

#: Nouns right after a name that show a company or a union: data/words/body_trailing_nouns.txt.
TRAILING_NOUNS = word_set("body_trailing_nouns")

#: Of those, what a possessive name may own and still be a company ("Unbound's new CEO"), not
#: a person ("Biden's spokesman").
_OWNED = frozenset(["ceo", "customers", "employees", "shareholders", "shares", "subscribers"])

#: Modifiers between a possessive and the chief executive ("Unbound's new CEO").
_CHIEF_MODIFIERS = frozenset(["new", "former", "interim", "acting"])


def trade_noun_before(toks: list[Token], k: int) -> bool:
    """``Dutch brewer Heineken``, ``crowdfunding publisher Unbound``: a lower-case noun of a
    body's trade right before ``toks[k]`` in its sentence, the whole name ("charity Doctors
    Without Borders", "talc giant Johnson & Johnson" are longer names); not an owner ("the
    union's Lancashire branch": the union's branch in a place).

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Dutch brewer Heineken sold less beer", [0])
    >>> trade_noun_before(toks, 2), trade_noun_before(toks, 0)
    (True, False)
    >>> trade_noun_before(tokenize("the union's Lancashire branch", [0]), 2)
    False
    >>> trade_noun_before(tokenize("talc giant Johnson & Johnson said", [0]), 2)
    False
    """
    if k == 0 or toks[k - 1].sent != toks[k].sent:
        return False
    before = toks[k - 1]
    if not (before.text.islower() and before.lower in TRADE_NOUNS) or before.poss:
        return False
    after = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].sent == toks[k].sent else None
    return after is None or not (after.cap or after.lower in NAME_LINKS)


def chief_executive_at(toks: list[Token], j: int) -> bool:
    """``CEO``, ``Chief Executive``, ``chief executive`` at ``toks[j]``.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Heineken Chief Executive Officer Dolf van den Brink", [0])
    >>> chief_executive_at(toks, 1), chief_executive_at(toks, 2)
    (True, False)
    """
    if j >= len(toks):
        return False
    if toks[j].text == "CEO":
        return True
    return toks[j].lower == "chief" and j + 1 < len(toks) and toks[j + 1].lower == "executive"


def share_price_at(toks: list[Token], j: int) -> bool:
    """``share price`` at ``toks[j]`` ("Burberry's share price dropped").

    >>> from ..tokens import tokenize
    >>> share_price_at(tokenize("Burberry's share price dropped", [0]), 1)
    True
    """
    return (
        j + 1 < len(toks)
        and toks[j].lower == "share"
        and toks[j + 1].lower == "price"
        and toks[j + 1].sent == toks[j].sent
    )


def acronym_before_title(toks: list[Token], k: int) -> bool:
    """``FTC Chair Lina Khan``, ``NASA Administrator X``: an acronym of three letters or more
    (no title's own: "CEO") right before a title names the body whose post it is.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("FTC Chair Lina Khan said. TV presenter Ann Lee", [0, 26])
    >>> acronym_before_title(toks, 0), acronym_before_title(toks, 6)
    (True, False)
    """
    word = toks[k].text
    if len(word) < 3 or not (word.isalpha() and word.isupper()) or word.lower() in TITLE_ACRONYMS:
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].sent == toks[k].sent else None
    return nxt is not None and nxt.lower in TITLE_HEADS


def body_noun_after(toks: list[Token], k: int) -> bool:
    """``Vodafone customers``, ``Burberry shares``, ``A Unite spokesperson``, ``The Unite
    union``, ``Qantas CEO Alan Joyce``, ``Unbound's new CEO``: a noun of a company's or a
    union's own people or stock right after ``toks[k]`` in its sentence (its "share price"
    too: "Burberry's share price dropped"); after a possessive
    only what a company owns ("Biden's spokesman" is a person's).

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Vodafone customers were hit. Biden's spokesman said", [0, 29])
    >>> body_noun_after(toks, 0), body_noun_after(toks, 5)
    (True, False)
    >>> toks = tokenize("Unbound's new CEO", [0])
    >>> body_noun_after(toks, 0)
    True
    """
    j = k + 1
    if j >= len(toks) or toks[j].sent != toks[k].sent:
        return False
    if share_price_at(toks, j):
        return True
    if toks[k].poss:
        while j < len(toks) and toks[j].lower in _CHIEF_MODIFIERS:
            j += 1
        return chief_executive_at(toks, j) or (toks[j].text.islower() and toks[j].lower in _OWNED)
    nxt = toks[j]
    if chief_executive_at(toks, j) or acronym_before_title(toks, k):
        return True
    return nxt.text.islower() and nxt.lower in TRAILING_NOUNS


def could_name_body(text: str, toks: list[Token], k: int) -> bool:
    """``toks[k]`` is a capitalised word no list knows as a place, a people, a title, a first
    name or a word that opens sentences, and no common noun capitalised at a sentence's head
    ("Bank customers" where the article writes "bank" too).

    >>> from ..tokens import tokenize
    >>> text = "Vodafone customers and British customers and Sarah customers"
    >>> toks = tokenize(text, [0])
    >>> could_name_body(text, toks, 0), could_name_body(text, toks, 3), could_name_body(text, toks, 6)
    (True, False, False)
    """
    tok = toks[k]
    w = tok.lower
    if not tok.cap or len(tok.base) < 2 or not tok.base[0].isalpha():
        return False
    if "-" in w and tok.base.split("-")[-1].islower():
        return False  # "Houston-area customers", "Pakistani-origin spokesperson"
    if (
        w in COUNTRIES
        or w in DEMONYMS
        or w in CAPITALS
        or w in STOP_WORDS
        or w in HONORIFICS
        or w in TITLE_HEADS
        or w in ORGANISATION_WORDS
        or w in GEOGRAPHIC_WORDS
    ):
        return False
    return first_name_gender(w) is None and not capitalised_common_noun(text, toks, k)


def body_signal_places(text: str, toks: list[Token]) -> list[int]:
    """The indexes of the one-word names a trade noun before or a company's noun after shows
    to be bodies (:func:`trade_noun_before`, :func:`body_noun_after`); each word alone in its
    capitalised run.

    >>> from ..tokens import tokenize
    >>> text = "The Unite union said. Metroline Manchester customers"
    >>> body_signal_places(text, tokenize(text, [0, 21]))
    [1]
    """
    places = []
    for k, tok in enumerate(toks):
        prev = toks[k - 1] if k else None
        if not tok.cap or (
            prev is not None
            and prev.sent == tok.sent
            and prev.cap
            and prev.lower not in ("the", "a", "an")
        ):
            continue  # inside a longer run ("Metroline Manchester customers")
        if not (trade_noun_before(toks, k) or body_noun_after(toks, k)):
            continue
        if could_name_body(text, toks, k):
            places.append(k)
    return places


def body_signal_words(text: str, toks: list[Token], orgs: list[Actor]) -> set[str]:
    """The words written at :func:`body_signal_places`: each names a body wherever the
    article writes it alone ("from Qantas" after "Qantas CEO Alan Joyce"); not an acronym
    that the name of a body in ``orgs`` spells ("A CDC spokeswoman" ... "the U.S. Centers
    for Disease Control and Prevention": the acronym rules link the two).

    >>> from ..tokens import tokenize
    >>> text = "Vodafone customers were hit. Bolivians say no. A CDC spokeswoman said"
    >>> cdc = Actor("organisation", "Centers for Disease Control")
    >>> sorted(body_signal_words(text, tokenize(text, [0, 29, 47]), [cdc]))
    ['Vodafone']
    """
    places = body_signal_places(text, toks) + place_owned_places(text, toks)
    words = {toks[k].base for k in places}
    return {
        w
        for w in words
        if not (w.isupper() and any(spells_acronym_before_and(w, a.name) for a in orgs))
    }


def place_owned_places(text: str, toks: list[Token]) -> list[int]:
    """The indexes of one-word names right after a country's possessive, alone in their
    run and the sentence's subject head: "Australia's Jetstar said", "Norway's Telenor
    said": a company or an outlet the country only locates (a person written so is named
    in full or with a title elsewhere, and is linked there first).

    >>> from ..tokens import tokenize
    >>> text = "Australia's Jetstar said. Australia's Sarah said. Indonesia's Bali island"
    >>> place_owned_places(text, tokenize(text, [0, 26, 50]))
    [1]
    """
    places = []
    for k in range(1, len(toks) - 1):
        prev, tok, nxt = toks[k - 1], toks[k], toks[k + 1]
        if not prev.poss or prev.base.lower() not in COUNTRIES or tok.poss:
            continue
        if nxt.cap or prev.sent != tok.sent or tok.sent != nxt.sent:
            continue  # "Australia's Prime Minister": a longer run
        if nxt.lower not in CUE_FORMS and nxt.lower not in FINITE_VERBS:
            continue  # "Indonesia's Bali island": a place the noun after names
        if could_name_body(text, toks, k):
            places.append(k)
    return places
