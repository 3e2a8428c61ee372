"""Where a capitalised name run starts and ends (part of the index).

A "<place>-based" adjective opens it before the name ("London-based Amnesty International"),
a country of several words may stand up front ("North Korea Vitit Muntarbhorn"), a
particle belongs to the first name ("El Hadji Malick Sow"); the run ends before "on" and a
platform ("Charles Michel on Twitter"), after the full stop of "Jr."; a settlement noun
after it makes it a place ("Nyaung Kone village").
"""

from __future__ import annotations

from ...wordlists import word_set
from ..tokens import Token
from ..vocabulary import (
    COUNTRIES,
    NAME_PARTICLES,
    SETTLEMENT_NOUNS,
    SOCIAL_PLATFORMS,
    first_name_gender,
)
from .post_nominals import POST_NOMINAL_TITLES
from .title_runs import TITLE_ACRONYMS

#: "London-based", "Sunni-ruled": data/words/adjective_participles.txt.
ADJECTIVE_PARTICIPLES = word_set("adjective_participles")

#: Name particles that are common English words too ("do"): data/words/late_name_particles.txt.
LATE_NAME_PARTICLES = word_set("late_name_particles")

#: Particles that join a name only in lower case ("e", "ap"; not "AP"):
#: data/words/lower_name_particles.txt.
LOWER_NAME_PARTICLES = word_set("lower_name_particles")


def names_settlement(toks: list[Token], a: int, b: int) -> bool:
    """The run ``toks[a:b]`` names a place, a lower-case settlement noun right after it:
    ``Nyaung Kone village``, ``Sagaing region``: no person (a later "Kone" is no surname of
    anyone). A country before it stays a country ("Kenya state")."""
    if b >= len(toks) or toks[b].sent != toks[b - 1].sent or not toks[b].text.islower():
        return False
    words = " ".join(t.lower for t in toks[a:b])
    return toks[b].lower in SETTLEMENT_NOUNS and words not in COUNTRIES


def before_platform(toks: list[Token], a: int, b: int) -> int:
    """Where a name run ends that runs on into "on" and a social platform: ``European Council
    President Charles Michel on Twitter`` ends before "on". Else ``b``."""
    if b - a >= 3 and toks[b - 2].lower == "on" and toks[b - 1].lower in SOCIAL_PLATFORMS:
        return b - 2
    return b


#: Name suffixes written with a full stop: "Teodoro Locsin Jr.".
ABBREVIATED_SUFFIXES = frozenset(["jr", "sr"])


def name_end_with_stop(text: str, last: Token) -> int:
    """Where a person's name ends whose last word is ``last``: after the full stop of an
    abbreviated suffix (``Teodoro Locsin Jr.``), else after the word (without its "'s")."""
    end = last.start + len(last.base)
    if last.lower in ABBREVIATED_SUFFIXES and text[end : end + 1] == "." and not last.poss:
        return end + 1
    return end


def based_adjective(toks: list[Token], a: int, b: int) -> int:
    """1 when the run ``toks[a:b]`` opens with a "<place>-based" adjective before a name
    (``London-based Amnesty International``, ``New York-based Human Rights Watch``,
    ``Sunni-ruled Bahrain``, ``Rwandan-born Ntaganda``): the name starts after it. Else 0.

    >>> from hrlesson.speech.tokens import tokenize
    >>> based_adjective(tokenize("Sunni-ruled Bahrain", [0]), 0, 2)
    1
    >>> based_adjective(tokenize("New York City-based Human Rights Watch", [0]), 0, 6)
    3
    """
    for k in range(a, min(a + 3, b - 1)):
        head, _, participle = toks[k].lower.rpartition("-")
        if head and participle in ADJECTIVE_PARTICIPLES:
            return k - a + 1
    return 0


def opening_adverb(toks: list[Token], a: int, b: int) -> int:
    """1 when the run ``toks[a:b]`` opens its sentence with a capitalised "-ly" adverb
    written without a comma before a person's given name and a surname: the name starts
    after it ("Normally Yolande Fenneman would be taking lots of bookings",
    nz_wedding_venue_covid_fenneman_nzherald). A given name ending in "-ly" ("Sally Hunt",
    "Emily Eavis") is a name, not an adverb. Else 0.

    >>> from hrlesson.speech.tokens import tokenize
    >>> opening_adverb(tokenize("Normally Yolande Fenneman would be taking", [0]), 0, 3)
    1
    >>> opening_adverb(tokenize("Sally Anne Hunt said", [0]), 0, 3)
    0
    >>> opening_adverb(tokenize("Daily Mail reported", [0]), 0, 2)
    0
    """
    if b - a < 3:
        return 0
    low = toks[a].lower
    return int(
        (a == 0 or toks[a - 1].sent != toks[a].sent)
        and len(low) >= 7
        and low.endswith("ly")
        and low.isalpha()
        and first_name_gender(low) is None
        and first_name_gender(toks[a + 1].lower) is not None
    )


def leading_country(toks: list[Token]) -> int:
    """How many tokens of a name run a country of two or three words takes up front
    ("North Korea Vitit Muntarbhorn": 2), with at least two words left for the name."""
    for n in (3, 2):
        if len(toks) > n + 1 and " ".join(t.lower for t in toks[:n]) in COUNTRIES:
            return n
    return 0


def with_leading_particle(toks: list[Token], a: int, name_idx: list[int]) -> list[int]:
    """``El Hadji Malick Sow``, ``Al Hassan Ag Abdoul Aziz``: a capitalised particle right
    before the first name word, inside the run, belongs to the name; so do the lower-case
    particles that open a surname written after a title with no first name: ``Mayor de
    Blasio``, ``President von der Leyen`` (the name is "de Blasio", "von der Leyen").

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("Mayor de Blasio said", [0])
    >>> [toks[k].text for k in with_leading_particle(toks, 0, [2])]
    ['de', 'Blasio']
    """
    p = name_idx[0] - 1
    if p >= a and toks[p].cap and toks[p].lower in NAME_PARTICLES:
        return [p, *name_idx]
    return lower_particles_before(toks, a, name_idx)


def lower_particles_before(toks: list[Token], a: int, name_idx: list[int]) -> list[int]:
    """``President von der Leyen``: the lower-case particles inside the run right before a
    surname that follows a title open that surname; the surname keeps them.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("President von der Leyen said", [0])
    >>> [toks[k].text for k in lower_particles_before(toks, 0, [3])]
    ['von', 'der', 'Leyen']
    """
    p = name_idx[0] - 1
    while p > a and toks[p].text.islower() and toks[p].lower in NAME_PARTICLES:
        p -= 1
    if p == name_idx[0] - 1 or not toks[p].cap:
        return name_idx
    return [*range(p + 1, name_idx[0]), *name_idx]


def particle_in_run(toks: list[Token], i: int, j: int) -> bool:
    """``toks[j]`` is a lower-case name particle inside the run opened at ``i``: ``Carla
    ter Maat``, ``Ursula von der Leyen``. A particle that is a common word too ("do") joins
    only after a given name and a surname (``André Correa do Lago``), so that ``in Viana do
    Castelo`` stays two words. A particle written only in lower case joins too: Portuguese
    "e" between surnames (``Manoel de Almeida e Silva``), Welsh "ap" (``Aled ap Robert``);
    "AP" in capitals is the agency.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("André Correa do Lago and Viana do Castelo", [0])
    >>> particle_in_run(toks, 0, 2), particle_in_run(toks, 5, 6)
    (True, False)
    >>> particle_in_run(tokenize("Manoel de Almeida e Silva", [0]), 0, 3)
    True
    """
    low = toks[j].lower
    if toks[j].text in LOWER_NAME_PARTICLES:
        return True  # "Manoel de Almeida e Silva", "Aled ap Robert"
    if low not in NAME_PARTICLES:
        return False
    return low not in LATE_NAME_PARTICLES or (j - i >= 2 and all(t.cap for t in toks[j - 2 : j]))


def name_word_indexes(toks: list[Token], i: int, b: int) -> list[int]:
    """The indexes of the name words of ``toks[i:b]``, its particles left out ("Ursula von
    der Leyen": "Ursula", "Leyen"); but a particle written as a surname, in capitals, that
    ends the name after another word is the surname, as short Vietnamese and Chinese family
    names are ('"...," said June Le, who was climbing nearby', stawamus_chief_climber_banks_ctv;
    "Julie Du"); "Marine Le Pen" keeps "Le" a particle.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("said June Le, who was climbing", [0])
    >>> name_word_indexes(toks, 1, 3)
    [1, 2]
    >>> name_word_indexes(tokenize("said Marine Le Pen", [0]), 1, 4)
    [1, 3]
    """
    return [
        k
        for k in range(i, b)
        if toks[k].lower not in NAME_PARTICLES
        or (k == b - 1 > i and surname_particle(toks[k]))
        or (k == i and given_name_particle(toks, k, b))
    ]


def given_name_particle(toks: list[Token], k: int, b: int) -> bool:
    """``toks[k]`` is a particle that is a given name too ("Al"), written as one, opening a
    two-word name run that ends at ``b``: it is the person's first name, and the name keeps it
    ('"...," Google spokesman Al Verney said.', eu_google_android_fine_vestager_verney_
    courthousenews; "the Rev. Al Sharpton"; "Marlon Brando, Al Pacino, Robert De Niro"),
    not "Verney" alone.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("Google spokesman Al Verney said", [0])
    >>> given_name_particle(toks, 2, 4), name_word_indexes(toks, 2, 4)
    (True, [2, 3])
    >>> given_name_particle(tokenize("said Ursula von Leyen", [0]), 2, 4)
    False
    """
    word = toks[k].text
    return (
        b - k == 2
        and word[:1].isupper()
        and word[1:].islower()
        and first_name_gender(toks[k].lower) is not None
    )


def surname_particle(tok: Token) -> bool:
    """``tok`` is a two-letter particle written as a surname: "Le", "Du" (not "le", "LE").

    >>> from hrlesson.speech.tokens import tokenize
    >>> [surname_particle(t) for t in tokenize("Le le LE", [0])]
    [True, False, False]
    """
    return len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1].islower()


def repeated_surname(toks: list[Token], a: int, b: int) -> int:
    """1 when the run ``a:b`` of three words or more ends with its surname written twice in
    a row, a copy slip, and the text writes the name elsewhere without the copy: "Liz Truss
    Truss, the former Remainer turned Brexiteer flagbearer, said" after "who are supporting
    Liz Truss as he gave a speech" (tory_leadership_sunak_grantham_standard); else 0 ("Li
    Li" alone stays).

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("backing Liz Truss as he spoke. Liz Truss Truss said", [0])
    >>> repeated_surname(toks, 7, 10)
    1
    >>> repeated_surname(tokenize("Liz Truss Truss said", [0]), 0, 3)
    0
    """
    if b - a < 3 or toks[b - 1].text != toks[b - 2].text:
        return 0
    name = [t.text for t in toks[a : b - 1]]
    n = len(name)
    for s in range(len(toks) - n):
        copy = toks[s + n].text == toks[b - 1].text
        if not (a <= s < b or copy) and [t.text for t in toks[s : s + n]] == name:
            return 1
    return 0


#: Trade and body-kind nouns a sentence opens with before a name: data/words/opening_trade_nouns.txt.
OPENING_TRADE_NOUNS = word_set("opening_trade_nouns")


def opening_trade_noun(toks: list[Token], a: int, b: int) -> int:
    """1 when the run ``a:b`` opens its sentence with a trade or body-kind noun,
    capitalised only because the sentence starts there, before the name it describes
    ("Operator BAA conceded": the speaker is "BAA"; heathrow_baggage_peak_week_baa_travel_weekly),
    else 0; a title the name keeps ("Chairman", "King") is not such a noun.

    >>> from hrlesson.speech.tokens import tokenize
    >>> opening_trade_noun(tokenize("Operator BAA conceded the airport would cope", [0]), 0, 2)
    1
    >>> opening_trade_noun(tokenize("Regulator Trai today said it will be happy", [0]), 0, 2)
    1
    >>> opening_trade_noun(tokenize("It said. Operator BAA conceded", [0, 9]), 3, 5)
    1
    >>> opening_trade_noun(tokenize("Volunteer Claire Watts said", [0]), 0, 3)
    1
    >>> opening_trade_noun(tokenize("the operator BAA said", [0]), 1, 3)
    0
    >>> opening_trade_noun(tokenize("Chairman Ben Gettinger said", [0]), 0, 3)
    0
    """
    if a + 1 >= min(b, len(toks)):
        return 0  # one word or none: nothing after the noun
    return int(
        capitalised_opener(toks, a) and toks[a].lower in OPENING_TRADE_NOUNS and toks[a + 1].cap
    )


def capitalised_opener(toks: list[Token], a: int) -> bool:
    """``toks[a]`` opens its sentence written with one capital and then lower case, as a
    common noun is where a sentence starts ("Operator BAA conceded", "Owners Jan and Don").

    >>> from hrlesson.speech.tokens import tokenize
    >>> [capitalised_opener(tokenize("It said. Operator BAA and the owners", [0, 9]), i) for i in (2, 3, 4, 6)]
    [False, True, False, False]
    """
    first = toks[a]
    opens = a == 0 or toks[a - 1].sent != first.sent
    return opens and first.text[:1].isupper() and first.text[1:].islower()


#: Adjectives a sentence opens with before a title and a name: data/words/opening_title_adjectives.txt.
OPENING_TITLE_ADJECTIVES = word_set("opening_title_adjectives")

#: Titles written in capitals before or after a member's name ("MLA", "MP", "MSP", "TD").
_CAPITAL_TITLES = POST_NOMINAL_TITLES | TITLE_ACRONYMS


def opening_title_adjective(toks: list[Token], a: int, b: int) -> int:
    """1 when the run ``a:b`` opens its sentence with an adjective capitalised only for
    that, before a title in capitals and a name ("Local MLA Robert Henderson told CBC
    News": the speaker is "Robert Henderson"; west_point_lighthouse_erosion_henderson_cbc_
    actionnews), else 0; a body's name keeps its first word ("Local Government Association").

    >>> from hrlesson.speech.tokens import tokenize
    >>> opening_title_adjective(tokenize("Local MLA Robert Henderson told CBC", [0]), 0, 4)
    1
    >>> opening_title_adjective(tokenize("Local Government Association said", [0]), 0, 3)
    0
    >>> opening_title_adjective(tokenize("the local MP Jo Cox said", [0]), 1, 5)
    0
    """
    if a + 2 >= min(b, len(toks)):
        return 0  # no title and name after the adjective
    first, title = toks[a], toks[a + 1]
    opens = a == 0 or toks[a - 1].sent != first.sent
    return int(
        opens
        and first.text[:1].isupper()
        and first.lower in OPENING_TITLE_ADJECTIVES
        and title.text.isupper()
        and title.lower in _CAPITAL_TITLES
        and toks[a + 2].cap
    )
