"""Title words that end a person's name as its surname: "Edmund King said", "Mingma Gelu
Sherpa of Seven Summits Club told AFP" (part of the index)."""

from __future__ import annotations

from ...wordlists import word_set
from ..tokens import Token, plain_capitalised
from ..vocabulary import (
    ACRONYMS,
    CAPITALISED_TITLES,
    COUNTRIES,
    DEMONYMS,
    FIRST_NAMES,
    GEOGRAPHIC_WORDS,
    ORGANISATION_WORDS,
    RELATION_TITLES,
    STOP_WORDS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from .title_runs import NAMESAKE_STYLES

#: Title words that are also family names: data/words/title_word_surnames.txt.
TITLE_WORD_SURNAMES = word_set("title_word_surnames")


def _given_name_word(tok: Token) -> bool:
    """``tok`` may be a given name: a plain capitalised word no list reads as a title, a
    place, a body's word, a people or a function word ("Mingma", not "High" or "Court")."""
    low = tok.lower
    return (
        plain_capitalised(tok.text)
        and low not in TITLE_HEADS
        and low not in CAPITALISED_TITLES
        and low not in TITLE_MODIFIERS
        and low not in NAMESAKE_STYLES
        and low not in DEMONYMS
        and low not in COUNTRIES
        and low not in ACRONYMS
        and low not in ORGANISATION_WORDS
        and low not in GEOGRAPHIC_WORDS
        and low not in STOP_WORDS
    )


def given_names_then_title_surname(toks: list[Token], a: int, b: int) -> bool:
    """The run ``a:b`` is two or more given names, then a title word that is also a family
    name (data/words/title_word_surnames.txt): a person, not an office. Nepali climbers
    take "Sherpa" as their surname ('"...," Mingma Gelu Sherpa of Seven Summits Club told
    AFP', everest_sherpa_guide_mingma_24newshd; "said Pasang Tsering Sherpa of Beyul
    Adventures", everest_sherpa_death_vernovage_indianarrative); but "Lok Sabha Speaker"
    (no such surname) and "the High Court Judge" stay offices.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("said Pasang Tsering Sherpa of Beyul Adventures", [0])
    >>> given_names_then_title_surname(toks, 1, 4)
    True
    >>> toks = tokenize("said the G20 Sherpa", [0])
    >>> given_names_then_title_surname(toks, 2, 4)
    False
    >>> toks = tokenize("said the Lok Sabha Speaker", [0])
    >>> given_names_then_title_surname(toks, 2, 5)
    False
    """
    return (
        b - a >= 3
        and toks[b - 1].lower in TITLE_WORD_SURNAMES
        and plain_capitalised(toks[b - 1].text)
        and all(_given_name_word(t) for t in toks[a : b - 1])
        and (a == 0 or toks[a - 1].lower != "the")
    )


def title_word_surname(toks: list[Token], a: int, b: int) -> bool:
    """The title word ending the run ``a:b`` is no title of an office: a relation's
    ("Sister"), a family name after given names (:func:`given_names_then_title_surname`),
    or a surname after a known first name in a run of two ("Edmund King said",
    "Carole King wrote"; not "Crown Prince", "the Edward King", nor a title of its own
    before it).

    >>> from hrlesson.speech.tokens import tokenize
    >>> title_word_surname(tokenize("Edmund King said", [0]), 0, 2)
    True
    >>> title_word_surname(tokenize("Crown Prince said", [0]), 0, 2)
    False
    """
    last = toks[b - 1]
    if last.lower in RELATION_TITLES or given_names_then_title_surname(toks, a, b):
        return True
    if father_name_after_particle(toks, a, b):
        return True
    first = toks[a]
    return (
        b - a == 2
        and plain_capitalised(first.text)
        and plain_capitalised(last.text)
        and first.lower in FIRST_NAMES
        and first.lower not in TITLE_HEADS
        and first.lower not in CAPITALISED_TITLES
        and first.lower not in NAMESAKE_STYLES
        and (a == 0 or toks[a - 1].lower != "the")
    )


#: Lower-case particles of an Arabic name that a father's or forebear's name follows:
#: data/words/patronymic_particles.txt.
PATRONYMIC_PARTICLES = word_set("patronymic_particles")


def father_name_after_particle(toks: list[Token], a: int, b: int) -> bool:
    """The title word ending the run ``a:b`` follows "bin", "bint" or "ibn" after a given
    name: a father's or forebear's name, so the run is a person's name ("Prince Faisal bin
    Bandar bin Sultan, chairman of the Saudi Esports Federation, said",
    esports_world_cup_launch_faisal_arabnews), not a name and a title "Sultan".

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("Prince Faisal bin Bandar bin Sultan said", [0])
    >>> father_name_after_particle(toks, 0, 6)
    True
    >>> father_name_after_particle(tokenize("Abu Dhabi Sultan said", [0]), 0, 3)
    False
    """
    return b - a >= 3 and toks[b - 2].text in PATRONYMIC_PARTICLES and toks[b - 3].cap


def opens_with_title_surname(toks: list[Token], a: int, k: int) -> bool:
    """The words ``a:k`` before a name open with given names and a title word that is their
    family name, so no title stands before that name: in "Mingma Gelu Sherpa of Seven
    Summits Club told AFP" (everest_sherpa_guide_mingma_24newshd) "Seven Summits Club" is
    the climber's company, not a person titled "Sherpa of Seven".

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("Mingma Gelu Sherpa of Seven Summits Club told AFP", [0])
    >>> opens_with_title_surname(toks, 0, 5)
    True
    >>> toks = tokenize("G20 Sherpa Amitabh Kant said", [0])
    >>> opens_with_title_surname(toks, 0, 2)
    False
    """
    return any(given_names_then_title_surname(toks, a, j) for j in range(a + 3, k + 1))
