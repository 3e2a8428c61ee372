"""Words glued before a person's name in a run that are an affiliation, not the name.

A party ("LibDem Caron Lindsay", "Scottish Conservative MSP Donald Cameron"), a post-nominal
written as a title before the name ("MSP Donald Cameron"), a place after a lower-case title
("deputy chair Tasmania Lindsay Edwards")
and a role word set in capitals at the opening of a story ("STATISTICIAN-general Pali
Lehohla"). The name finder skips them as it skips demonyms and titles before a name.
"""

from __future__ import annotations

from ...wordlists import word_set
from ..tokens import Token
from ..vocabulary import COUNTRIES, FIRST_NAMES, TITLE_HEADS
from .non_names import PLACE_AND_PEOPLE_NAMES
from .post_nominals import POST_NOMINAL_TITLES
from .title_runs import role_word_before_first_name, title_acronym, title_start, two_name_words

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


def affiliation_before_name(toks: list[Token], i: int, a: int, b: int) -> bool:
    """``toks[i]``, in the run ``a:b``, is a role word ("Chairman Ben Gettinger"), a party, a
    post-nominal used as a title, a place or a word in capitals standing before a person's
    name, no part of it."""
    return (
        role_word_before_first_name(toks, i, a, b)
        or party_before_name(toks, i, b)
        or place_before_party(toks, i, b)
        or (post_nominal_as_title(toks[i]) and name_follows(toks, i + 1, b))
        or place_before_first_name(toks, i, a, b)
        or capitals_before_name(toks, i, a, b)
    )
