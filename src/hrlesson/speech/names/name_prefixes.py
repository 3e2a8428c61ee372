"""Words glued before a person's name in a run that are an affiliation, not the name.

A party ("LibDem Caron Lindsay", "Scottish Conservative MSP Donald Cameron"), a post-nominal
written as a title before the name ("MSP Donald Cameron"), a place after a lower-case title
("deputy chair Tasmania Lindsay Edwards")
and a role word set in capitals at the opening of a story ("STATISTICIAN-general Pali
Lehohla"). The name finder skips them as it skips demonyms and titles before a name.
"""

from __future__ import annotations

from ...wordlists import word_set
from ..person_appositions import PERSON_NOUNS
from ..reported_clause import CLOSING_MARKS
from ..tokens import Token
from ..vocabulary import (
    ACRONYMS,
    CAPITALISED_TITLES,
    CAPITALS,
    COUNTRIES,
    COURTESY_TITLES,
    DEMONYMS,
    FIRST_NAMES,
    NAME_CONNECTORS,
    RANK_ABBREVIATIONS,
    TITLE_HEADS,
)
from .non_names import PLACE_AND_PEOPLE_NAMES
from .post_nominals import POST_NOMINAL_TITLES
from .role_words import modified_role_before_name
from .title_runs import (
    plural_title,
    role_word_before_first_name,
    title_acronym,
    title_start,
    two_name_words,
)

#: Parties and their short forms ("Conservative", "LibDem", "SNP"): data/words/party_names.txt.
PARTY_NAMES = word_set("party_names")


def name_follows(toks: list[Token], k: int, b: int) -> bool:
    """``toks[k:b]`` are a person's name of two or three words: a known first name and
    more ("Donald Cameron"), or words written as a given name and a surname are.

    >>> from hrlesson.speech.tokens import tokenize
    >>> name_follows(tokenize("Donald Cameron said", [0]), 0, 2)
    True
    >>> name_follows(tokenize("Donald said", [0]), 0, 1)
    False
    """
    if not 2 <= b - k <= 3:
        return False
    return (toks[k].cap and toks[k].lower in FIRST_NAMES) or two_name_words(toks, k, b)


def demonym_pair_before_name(toks: list[Token], i: int, a: int) -> bool:
    """``toks[i]`` is one of the two words opening the run at ``a`` that are together a
    demonym written before a person's name of two or three words: "South African Adrian
    Birrell, who quit his post," (ireland_zimbabwe_world_cup_johnston_birrell_eurosport),
    "New Zealander Jo Smith said": the person is "Adrian Birrell"; the name must follow
    the pair (:func:`name_follows`; its end is the end of the run).

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("South African Adrian Birrell, who quit", [0])
    >>> [demonym_pair_before_name(toks, i, 0) for i in range(4)]
    [True, True, False, False]
    >>> demonym_pair_before_name(tokenize("South Africa Adrian Birrell", [0]), 0, 0)
    False
    """
    if not a <= i <= a + 1 or a + 2 >= len(toks):
        return False
    first, second = toks[a], toks[a + 1]
    if not (first.cap and second.cap) or f"{first.lower} {second.lower}" not in DEMONYMS:
        return False
    b = a + 2
    while b < len(toks) and b - a < 5 and toks[b].cap and toks[b].text.isalpha():
        b += 1
    return name_follows(toks, a + 2, b)


def party_before_name(toks: list[Token], i: int, b: int) -> bool:
    """``toks[i]`` is a party's name or short form before a politician's title or name:
    "LibDem Caron Lindsay", "Conservative MSP Donald Cameron", "Lib Dem Alex Cole-Hamilton"
    (data/words/party_names.txt; not a known first name: "Green" alone opens no name).

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("Scottish Conservative MSP Donald Cameron said", [0])
    >>> party_before_name(toks, 1, 5)
    True
    >>> party_before_name(tokenize("Labour Party said", [0]), 0, 2)
    False
    """
    tok = toks[i]
    if not (tok.cap and tok.lower in PARTY_NAMES and tok.lower not in FIRST_NAMES):
        return False
    k = i + 1
    while k < b and toks[k].cap and (toks[k].lower in PARTY_NAMES or prefix_title(toks[k])):
        k += 1
    return name_follows(toks, k, b)


def place_before_party(toks: list[Token], i: int, b: int) -> bool:
    """``toks[i]`` is the one word of a nation or region before a party that stands before
    a name: "Scottish Conservative MSP Donald Cameron", "Welsh Labour MS Jenny Rathbone".

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("Scottish Conservative MSP Donald Cameron said", [0])
    >>> place_before_party(toks, 0, 5)
    True
    >>> place_before_party(tokenize("Emily Green Caron Lindsay", [0]), 0, 4)
    False
    """
    tok = toks[i]
    return (
        tok.cap
        and tok.base.isalpha()
        and tok.lower not in FIRST_NAMES
        and i + 1 < b
        and party_before_name(toks, i + 1, b)
    )


def prefix_title(tok: Token) -> bool:
    """``tok`` is a title that may stand between a party and a name: "MSP", "MP", "Senator"."""
    return title_start(tok) or title_acronym(tok) or post_nominal_as_title(tok)


def post_nominal_as_title(tok: Token) -> bool:
    """``tok`` is a post-nominal written in capitals ("MSP", "MLA", "MEP"), used before a name
    as a title ("MSP Donald Cameron").

    >>> from hrlesson.speech.tokens import tokenize
    >>> [post_nominal_as_title(t) for t in tokenize("MSP Msp", [0])]
    [True, False]
    """
    return tok.base.isupper() and tok.lower in POST_NOMINAL_TITLES


def place_before_first_name(toks: list[Token], i: int, a: int, b: int) -> bool:
    """``toks[i]`` opens a run of three with a place, right after a lower-case title, and a
    given name and a surname follow: "deputy chair Tasmania Lindsay Edwards" (a state, a
    country, a county; not after "the": "the UK Royal Mail").

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("deputy chair Tasmania Lindsay Edwards said", [0])
    >>> place_before_first_name(toks, 2, 2, 5)
    True
    >>> place_before_first_name(tokenize("the UK Royal Mail said", [0]), 1, 1, 4)
    False
    """
    tok = toks[i]
    low = tok.lower
    place = low in PLACE_AND_PEOPLE_NAMES or low in COUNTRIES or low.endswith("shire")
    return (
        i == a
        and b - a == 3
        and a > 0
        and toks[a - 1].text.islower()
        and toks[a - 1].lower in TITLE_HEADS
        and place
        and low not in FIRST_NAMES
        and name_follows(toks, i + 1, b)
    )


def mention_start(toks: list[Token], a: int, name_idx: list[int]) -> int:
    """The character offset where the mention of the person named ``name_idx`` in the run at
    ``a`` starts: at the place glued before the name ("deputy chair Tasmania Lindsay
    Edwards": the mention holds "Tasmania", the name does not), so that the subject it opens
    is still the person's; else at the name.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("deputy chair Tasmania Lindsay Edwards said", [0])
    >>> mention_start(toks, 2, [3, 4]), mention_start(toks, 3, [3, 4])
    (13, 22)
    """
    k = name_idx[0]
    if k == a + 1 and place_before_first_name(toks, a, a, name_idx[-1] + 1):
        return toks[a].start
    return toks[k].start


def capitals_before_name(toks: list[Token], i: int, a: int, b: int) -> bool:
    """``toks[i]`` opens the run with a word set in capitals, a hyphenated one too, before a
    name of two or three words: a story's lead-in ("STATISTICIAN-general Pali Lehohla on
    Wednesday defended"), not a part of the name.

    >>> from hrlesson.speech.tokens import tokenize
    >>> capitals_before_name(tokenize("STATISTICIAN-general Pali Lehohla said", [0]), 0, 0, 3)
    True
    >>> capitals_before_name(tokenize("BORIS Johnson said", [0]), 0, 0, 2)
    False
    """
    head = toks[i].base.split("-")[0]
    return (
        i == a
        and len(head) >= 4
        and head.isalpha()
        and head.isupper()
        and name_follows(toks, i + 1, b)
    )


#: Endings of a word for the people of a city or region ("Memphian", "Bostonian", "Chilean").
_DEMONYM_ENDINGS = ("ian", "ean")


def demonym_before_name(toks: list[Token], i: int, a: int, b: int) -> bool:
    """``toks[i]`` opens the run with a capitalised word shaped like a demonym of a city or
    region the lists do not know, before a known first name and a surname: "said Memphian
    Oliver Miller." (memphis_lime_removal_oliver_miller_wmc), or two or three words shaped
    as a name ("Tasmanian Shara Perkins"); not a known first name ("Brian Oliver Miller")
    nor a word of a title.

    >>> from hrlesson.speech.tokens import tokenize
    >>> demonym_before_name(tokenize("said Memphian Oliver Miller.", [0]), 1, 1, 4)
    True
    >>> demonym_before_name(tokenize("said Brian Oliver Miller.", [0]), 1, 1, 4)
    False
    >>> demonym_before_name(tokenize("Tasmanian Shara Perkins said", [0]), 0, 0, 3)
    True
    """
    tok = toks[i]
    low = tok.lower
    return (
        i == a
        and tok.cap
        and tok.text.isalpha()
        and len(low) > 5
        and low.endswith(_DEMONYM_ENDINGS)
        and low not in FIRST_NAMES
        and low not in TITLE_HEADS
        and i + 1 < b
        and name_follows(toks, i + 1, b)
    )


def name_written_alone(toks: list[Token], k: int) -> int:
    """How often the text writes the word ``toks[k]`` elsewhere on its own, with no
    capitalised word joined before or after it ("Eskom says", "Eskom's Chief Executive").

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("Eskom says no. Then Eskom Steve Lennon said. Eskom's boss", [0])
    >>> name_written_alone(toks, 5)
    2
    """
    word = toks[k].text

    def joined(j: int) -> bool:
        return 0 <= j < len(toks) and toks[j].cap and toks[j].sent == toks[k].sent

    return sum(
        1
        for j, t in enumerate(toks)
        if j != k and t.base == word and not joined(j - 1) and not joined(j + 1)
    )


def body_before_name(toks: list[Token], i: int, a: int, b: int) -> bool:
    """``toks[i]`` opens a run of three with a word no list knows, before a known first name
    and a surname, that the text writes on its own at least twice elsewhere: a body's name
    before its person's ("The utilities Eskom Steve Lennon says this isn't even an option",
    after "Eskom says SA is nowhere near a countrywide blackout" and "Eskom has assured",
    national_blackout_rumours_lennon_ewn).

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "Eskom says no. Eskom has assured us. The utilities Eskom Steve Lennon says so."
    >>> toks = tokenize(s, [0])
    >>> body_before_name(toks, 11, 11, 14), body_before_name(toks, 12, 12, 14)
    (True, False)
    """
    tok = toks[i]
    return (
        i == a
        and b - a == 3
        and tok.cap
        and tok.lower not in FIRST_NAMES
        and toks[i + 1].lower in FIRST_NAMES
        and name_follows(toks, i + 1, b)
        and name_written_alone(toks, i) >= 2
    )


def role_noun(tok: Token) -> bool:
    """``tok`` is a capitalised word naming a person's role or trade, or the plural of a
    title given to several: "Grandmaster", "GP", "Commander", "Directors" (not a known first
    name: "Dean", "Bishop").

    >>> from hrlesson.speech.tokens import tokenize
    >>> [role_noun(t) for t in tokenize("Directors GP Dean director", [0])]
    [True, True, False, False]
    """
    low = tok.lower
    if not tok.text[:1].isupper() or low in FIRST_NAMES:
        return False
    single = low.removesuffix("s")
    return low in TITLE_HEADS or low in PERSON_NOUNS or single in CAPITALISED_TITLES


def place_name(tok: Token) -> bool:
    """``tok`` is a capitalised place no person goes by: a region, a country or a capital
    ("Tasmania", "Canberra")."""
    low = tok.lower
    return (
        tok.cap
        and low not in FIRST_NAMES
        and (low in PLACE_AND_PEOPLE_NAMES or low in COUNTRIES or low in CAPITALS)
    )


def before_titled_name(toks: list[Token], i: int, b: int) -> bool:
    """``toks[i]`` stands in the run ending at ``b`` before a role word that is right
    before a person's name of two or three words, or is a place between such a role word
    and the name: the words of the title, no part of the name.

    A role word after a modifier ("Chinese Grandmaster Ding Liren has addressed",
    world_championship_deliberate_loss_ding_aaznews), a plural title ("Regional Affairs
    Directors Jane George said", storm_power_restoration_ahlers_george_pahomepage), a place
    after the title ("AFP Airport Police Commander Canberra Simon Henry stressed",
    mount_ainslie_drone_infringement_henry_riotact); a known first name before the role
    word ends the title ("Ben Bishop Tim Jones").

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("Regional Affairs Directors Jane George said", [0])
    >>> [before_titled_name(toks, i, 5) for i in range(5)]
    [True, True, True, False, False]
    >>> toks = tokenize("AFP Airport Police Commander Canberra Simon Henry stressed", [0])
    >>> [before_titled_name(toks, i, 7) for i in range(7)]
    [True, True, True, True, True, False, False]
    """
    if i and role_noun(toks[i - 1]) and place_name(toks[i]):
        return (
            toks[i + 1 : i + 2] != []
            and toks[i + 1].lower in FIRST_NAMES
            and name_follows(toks, i + 1, b)
        )
    for j in range(i, b - 2):
        if toks[j].lower in FIRST_NAMES:
            return False
        if role_noun(toks[j]) and (
            name_follows(toks, j + 1, b)
            or (
                place_name(toks[j + 1])
                and toks[j + 2].lower in FIRST_NAMES
                and name_follows(toks, j + 2, b)
            )
        ):
            return True
    return False


def without_title_words(toks: list[Token], name_idx: list[int], b: int) -> list[int]:
    """The indexes of a name found after a title head without the words that still belong
    to the title (:func:`before_titled_name`): "Regional Affairs Directors Jane George" →
    "Jane George" (storm_power_restoration_ahlers_george_pahomepage).

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("Police Commander Canberra Simon Henry stressed", [0])
    >>> without_title_words(toks, [2, 3, 4], 5)
    [3, 4]
    """
    while len(name_idx) > 2 and before_titled_name(toks, name_idx[0], b):
        name_idx = name_idx[1:]
    return name_idx


def title_as_given_name(toks: list[Token], i: int, b: int) -> bool:
    """``toks[i]``, a title word right after a courtesy title and before more name words
    in the run, two at least, is a given name, not a title: "COP28 President Dr Sultan Al
    Jaber on Friday insisted" (cop28_phase_down_fossil_fuels_al_jaber_gulfnews), as "Prince
    Faisal bin Bandar bin Sultan" ends with one; a judge's style before a surname stays
    ("Mr Justice Green said", plain_packaging_ruling_sciamma_metro).

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("President Dr Sultan Al Jaber said", [0])
    >>> title_as_given_name(toks, 2, 5), title_as_given_name(toks, 0, 5)
    (True, False)
    >>> title_as_given_name(tokenize("Mr Justice Green said", [0]), 1, 3)
    False
    """
    low = toks[i].lower
    return (
        0 < i < b - 2
        and toks[i - 1].lower in COURTESY_TITLES
        and (low in CAPITALISED_TITLES or low in TITLE_HEADS)
        and toks[i + 1].cap
        and toks[i + 1].lower not in CAPITALISED_TITLES
    )


#: Given names that are also a country's name ("Jordan", "Chad"): the countries of
#: data/words/place_given_names.txt.
COUNTRY_GIVEN_NAMES = word_set("place_given_names") & frozenset(COUNTRIES)


def country_as_given_name(toks: list[Token], i: int, a: int, b: int) -> bool:
    """``toks[i]``, a country's name that is also a given name, opening a two-word run
    after a lower-case role noun or a closing quotation mark, is the person's given name,
    not an affiliation: "found by cattle farmer Jordan Hobbs on August 13"
    (cattle_farm_space_junk_tucker_newsweek), "by 2040,” Chad Rous, Vessels Engineer
    Program Manager with WSF, said" (wsf_edmonds_kingston_delays_wendy_kiro7); "Jordan"
    alone, or "Jordan Valley" with nothing of the kind before it, stays the country.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("found by cattle farmer Jordan Hobbs on August 13", [0])
    >>> country_as_given_name(toks, 4, 4, 6)
    True
    >>> country_as_given_name(tokenize("in the Jordan Valley", [0]), 2, 2, 4)
    False
    """
    if i != a or b - a != 2 or a == 0 or toks[i].lower not in COUNTRY_GIVEN_NAMES:
        return False
    surname, before = toks[i + 1], toks[a - 1]
    if not surname.cap or surname.text.isupper() or surname.lower in COUNTRIES:
        return False
    if surname.lower in DEMONYMS or surname.lower in CAPITALISED_TITLES:
        return False
    after_role = before.text.islower() and before.lower in PERSON_NOUNS
    return after_role or before.text in CLOSING_MARKS or after_rank(toks, a)


def after_rank(toks: list[Token], a: int) -> bool:
    """``toks[a]`` stands right after a capitalised rank or title, written out or abbreviated
    with its full stop: the name's first word, not an affiliation ("said Lino Lakes Police
    Sgt. Chad Shirmers" (lino_lakes_paramedics_attacked_ambulance_shirmers_fox9), "Foreign
    Minister Israel Katz"); not a title's "of"/"for"/"to" complement ("Ambassador to Jordan").

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("said Police Sgt. Chad Shirmers", [0])
    >>> after_rank(toks, 4), after_rank(tokenize("the envoy to Chad Smith", [0]), 3)
    (True, False)
    """
    j = a - 2 if a >= 2 and toks[a - 1].text == "." else a - 1
    if j < 0 or not toks[j].cap:
        return False
    low = toks[j].lower
    if j == a - 2:
        return low in RANK_ABBREVIATIONS
    return low in CAPITALISED_TITLES or low in RANK_ABBREVIATIONS


def affiliation_before_name(toks: list[Token], i: int, a: int, b: int) -> bool:
    """``toks[i]``, in the run ``a:b``, is a role word ("Chairman Ben Gettinger"), a party, a
    post-nominal used as a title, a place or a word in capitals standing before a person's
    name, no part of it."""
    return (
        role_word_before_first_name(toks, i, a, b)
        or modified_role_before_name(toks, i, a, b)  # "Royal Marine Daniel Millar"
        or party_before_name(toks, i, b)
        or place_before_party(toks, i, b)
        or (post_nominal_as_title(toks[i]) and name_follows(toks, i + 1, b))
        or place_before_first_name(toks, i, a, b)
        or capitals_before_name(toks, i, a, b)
        or before_titled_name(toks, i, b)
        or demonym_before_name(toks, i, a, b)
        or body_before_name(toks, i, a, b)
    )


def word_before_name(toks: list[Token], i: int, a: int, b: int) -> bool:
    """``toks[i]``, in the run ``a:b`` of ``[affiliation] [titles] name``, is an affiliation
    or a title word before the name: a demonym, a country, an acronym, a title ("Socialist
    MEP X Y", "German-Iranian X Y", "Councilors Robert Smith"), an affiliation
    (:func:`affiliation_before_name`); not a title word used as a given name
    (:func:`title_as_given_name`).

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("COP28 President Dr Sultan Al Jaber said", [0])
    >>> [word_before_name(toks, i, 0, 6) for i in range(6)]
    [True, True, True, False, False, False]
    """
    low = toks[i].lower
    if title_as_given_name(toks, i, b) or country_as_given_name(toks, i, a, b):
        return False
    return (
        low in DEMONYMS
        or demonym_pair_before_name(toks, i, a)  # "South African Adrian Birrell"
        or low in COUNTRIES
        or low in ACRONYMS
        or low in CAPITALISED_TITLES
        or plural_title(toks, i, b)  # "Councilors Robert Smith, Jesse Ramos"
        or affiliation_before_name(toks, i, a, b)  # "Chairman X Y", "LibDem Caron Lindsay"
        or low in NAME_CONNECTORS
        or low in ("human", "rights", "u.n.", "un")
        or (i + 3 < b and toks[i + 1].lower in CAPITALISED_TITLES)  # "Socialist MEP X Y"
        or all(p in DEMONYMS for p in low.split("-"))  # "German-Iranian X Y"
    )
