"""A capitalised run read as a body's name, not a person's: the tests the name reader
asks of a run before it looks for a person in it."""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..bodies.municipal import city_of_place
from ..bodies.names import COMPANY_FORMS, borders_name, names_organisation
from ..tokens import Token
from ..vocabulary import ACRONYMS, CAPITALISED_TITLES, COUNTRIES, TITLE_HEADS
from .brand_titles import sovereign_title_brand
from .given_stop_words import known_given_name
from .non_names import capitals_after_lead_article
from .numbered_names import numbered_name_start
from .periodicals import periodical_outlet
from .place_bodies import place_opened_body
from .place_outlets import outlet_of_place
from .post_nominals import POST_NOMINAL_TITLES
from .title_runs import TITLE_ACRONYMS, titled_person_run


def reads_as_body(toks: list[Token], a: int, b: int, words: list[str]) -> bool:
    """The run ``a:b`` (its lower-case ``words``) names a body: an organisation's word
    ("Network Rail"), a name that borders another, a periodical, or a name opened by a
    number word ("Eight Mile Style", "First Great Western"), a place's name and one plain
    word ("Canada Post": :func:`place_bodies.place_opened_body`), or "City of" and a place
    ("the City of Cape Town": :func:`.bodies.municipal.city_of_place`); but a titled person's
    run ("Regent Eddie Island") stays a person, and a lead's word in capitals after "A" ("A
    UNION has warned") is read alone, as a common noun or an acronym
    (:func:`non_names.capitals_after_lead_article`).

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Eight Mile Style asserts", [0])
    >>> reads_as_body(toks, 0, 3, ["eight", "mile", "style"])
    True
    """
    body = names_organisation(toks, a, b, words) or borders_name(toks, a, b)
    body = body or periodical_outlet(toks, a, b) or numbered_name_start(toks, a, b)
    body = body or place_opened_body(toks, a, b)  # "Canada Post said"
    body = body or city_of_place(toks, a, b)  # "the City of Cape Town said"
    body = body or outlet_of_place(toks, a, b)  # "The Times of Israel writes"
    body = body or sovereign_title_brand(toks, a, b)  # "Greene King says"
    body = body or unknown_acronym_ends_name(toks, a, b)  # "an offer from Downer EDI"
    body = body or institution_word_ends_name(toks, a, b)  # "The Royal Opera House, which is"
    body = body or party_words_only(toks, a, b)  # "Lib Dem leader Nick Clegg"
    lead_capitals = b - a == 1 and capitals_after_lead_article(toks, a)
    return body and not titled_person_run(toks, a, b) and not lead_capitals


#: Parties and their short forms ("Lib", "Dem", "Labour"): data/words/party_names.txt.
_PARTY_WORDS = word_set("party_names")


def party_words_only(toks: list[Token], a: int, b: int) -> bool:
    """Every word of the run of two or more is a party's name or short form: a party, never
    a person ("Lib Dem leader Nick Clegg" ... "He said": Nick Clegg, not a person "Lib
    Dem"; "the Democratic Alliance said").

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Lib Dem leader Nick Clegg", [0])
    >>> party_words_only(toks, 0, 2), party_words_only(toks, 3, 5)
    (True, False)
    """
    return b - a >= 2 and all(t.cap and t.lower in _PARTY_WORDS for t in toks[a:b])


#: An acronym written as a word: two to four capital letters; a Roman numeral is a regnal number.
_ACRONYM_WORD = re.compile(r"[A-Z]{2,4}")
_ROMAN_NUMERAL = re.compile(r"[IVXLC]+")
#: Prepositions that bring in a party to a deal, a dispute or a message ("an offer from
#: Downer EDI"), not a thing used ("built on Symbian OS 9.0").
_PARTY_PREPOSITIONS = frozenset({"against", "by", "from", "with"})


def unknown_acronym_ends_name(toks: list[Token], a: int, b: int) -> bool:
    """A company's name after a preposition: a plain capitalised word, then an acronym in
    capitals that no list knows, neither a body's, a title's nor a post-nominal's, and no
    Roman numeral ("an offer from Downer EDI", "paramedics with Northwell EMS"); a person's
    name does not end so, and a known given name first keeps it a person's. Not a run that
    opens its clause ("Subsequently BA suffered"), one modifying a noun after it ("at a
    Lotel TV station") nor a product's with its version ("built on Symbian OS 9.0").

    spotless_downer_takeover_hounsell_aubook:

    >>> from ..tokens import tokenize
    >>> toks = tokenize("accept a $1.2 billion offer from Downer EDI.", [0])
    >>> k = [t.text for t in toks].index("Downer")
    >>> unknown_acronym_ends_name(toks, k, k + 2), unknown_acronym_ends_name(toks, k + 1, k + 2)
    (True, False)
    >>> toks = tokenize("by Queen Elizabeth II and by John Smith MBE", [0])
    >>> unknown_acronym_ends_name(toks, 2, 4), unknown_acronym_ends_name(toks, 7, 9)
    (False, False)

    british_airways_20m_fine_ico_denham_cityam, serbia_jadar_lithium_protest_petkovic_minexforum:

    >>> toks = tokenize("Subsequently BA suffered a severe cyber attack in 2018.", [0])
    >>> unknown_acronym_ends_name(toks, 0, 2)
    False
    >>> toks = tokenize("A Lotel TV station building in Loznica was spray-painted", [0])
    >>> unknown_acronym_ends_name(toks, 1, 3)
    False

    symbian_smartphone_expo_clifford_mobileeurope:

    >>> toks = tokenize("handsets from LG and Samsung (both built on Symbian OS 9.0 and", [0])
    >>> k = [t.text for t in toks].index("Symbian")
    >>> unknown_acronym_ends_name(toks, k, k + 2)
    False
    """
    last = toks[b - 1].text
    word = last.lower()
    after = toks[b].text if b < len(toks) else ""
    return (
        b - a == 2
        and a > 0
        and toks[a - 1].lower in _PARTY_PREPOSITIONS
        and not (after[:1].isalpha() and after.islower())
        and not after[:1].isdigit()
        and _ACRONYM_WORD.fullmatch(last) is not None
        and _ROMAN_NUMERAL.fullmatch(last) is None
        and word not in ACRONYMS
        and word not in TITLE_ACRONYMS
        and word not in CAPITALISED_TITLES
        and word not in TITLE_HEADS
        and word not in POST_NOMINAL_TITLES
        and word not in COUNTRIES
        and toks[a].text[:1].isupper()
        and toks[a].text[1:].islower()
        and toks[a].lower not in TITLE_HEADS
        and not known_given_name(toks, a, b)
    )


#: Last words of an institution's or a company's name ("Royal Opera House", "Continental AG"):
#: data/words/institution_name_ends.txt and the legal forms of data/words/company_forms.txt
#: but "Co", also a surname ("Emperador Inc. president Winston Co").
INSTITUTION_NAME_ENDS = word_set("institution_name_ends") | (COMPANY_FORMS - {"co"})


def institution_word_ends_name(toks: list[Token], a: int, b: int) -> bool:
    """A run of two words or more ending in an institution's word or a company's legal form
    (:data:`INSTITUTION_NAME_ENDS`) names a body, unless a given name the lists know
    opens it ("Richard House" is a clerk) and the name is no founder's (:func:`named_for_person`).

    liam_scarlett_dies_royal_opera_house_ipswichstar:

    >>> from ..tokens import tokenize
    >>> toks = tokenize("The Royal Opera House, which is home to the Royal Ballet", [0])
    >>> institution_word_ends_name(toks, 1, 4)
    True
    >>> toks = tokenize("said Chief Deputy Clerk Richard House.", [0])
    >>> institution_word_ends_name(toks, 4, 6)
    False
    """
    return (
        b - a >= 2
        and toks[b - 1].lower.rstrip(".") in INSTITUTION_NAME_ENDS
        and (not known_given_name(toks, a, b) or named_for_person(toks, a, b))
    )


def named_for_person(toks: list[Token], a: int, b: int) -> bool:
    """The run ``a:b`` is a given name, a surname (no given name) and an institution's
    word: a body named for its founder or patron ("Arthur Rank Hospice in Cambridge says",
    "which it described"), not a person whose surname is the word ("Richard House").

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Arthur Rank Hospice says; clerk Richard House said", [0])
    >>> named_for_person(toks, 0, 3), named_for_person(toks, 6, 8)
    (True, False)
    """
    return b - a == 3 and toks[b - 2].cap and not known_given_name(toks, b - 2, b)


#: Last words of a venue's or an event's name ("Hemsby Beach", "Ellerslie Flower Show"):
#: data/words/venue_name_ends.txt.
VENUE_NAME_ENDS = word_set("venue_name_ends")


def venue_word_ends_name(toks: list[Token], a: int, b: int) -> bool:
    """A run of two words or more ending in a venue's or an event's word
    (:data:`VENUE_NAME_ENDS`) names a place or an event, no one who speaks, unless a given
    name the lists know opens it ("Jessica Beach"); a body's name ending so ("Jacksonville Zoo
    and Gardens") is read as a body first (:func:`reads_as_body`).

    hemsby_beach_erosion_whitey_couple_bbc, ellerslie_peoples_choice_off_the_wall_prebble_outdoordesign:

    >>> from ..tokens import tokenize
    >>> toks = tokenize("The top award at the Ellerslie Flower Show went to locals", [0])
    >>> venue_word_ends_name(toks, 5, 8)
    True
    >>> toks = tokenize("Erosion at Hemsby Beach threatens homes", [0])
    >>> venue_word_ends_name(toks, 2, 4)
    True
    >>> toks = tokenize("said Jessica Beach, a lifeguard", [0])
    >>> venue_word_ends_name(toks, 1, 3)
    False
    """
    return b - a >= 2 and toks[b - 1].lower in VENUE_NAME_ENDS and not known_given_name(toks, a, b)
