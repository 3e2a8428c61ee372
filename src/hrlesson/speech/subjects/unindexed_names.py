"""A person's name after an inverted reporting verb that the actor index never read
('"Q," said A Bhattacharya, member, Aarey Conservation Group'; '"Q," said Charleston
County Solicitor Scarlett Wilson in a press conference'; '"Q," said Sgt. Williams who
works undercover'). News English names the speaker right after "said" when the verb
follows the quotation; when no actor has that name, the name as written speaks, rather
than a guess of the ranker (which can only pick someone else).

The name is the capitalised run that opens the subject: its last two words (a given name
or an initial, then a surname), with one more word before them when that is a known first
name or an initial ("Mary Ann Smith"); an honorific and a surname ("Sgt. Williams") give
the surname. A name with a word of a body's or a place's name ("Aarey Conservation
Group", "Cook County") or a month is no person's name. So is a name set off by a comma
after a description of one person ('"Q?" asks the old bookie, George, five years the
elder': :func:`apposed_unindexed_name`).
"""

from __future__ import annotations

import re

from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import (
    DEMONYMS,
    FIRST_NAMES,
    GEOGRAPHIC_WORDS,
    GROUP_NOUNS,
    HONORIFICS,
    MONTHS,
    ORGANISATION_WORDS,
    STOP_WORDS,
    TITLE_HEADS,
)
from .unnamed_people import PERSON_DESCRIPTION_NOUNS

#: Initials written together, each with its stop ("K.B.", "J.R.R.").
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")

#: The rule, for the evidence column.
UNINDEXED_NAME = "a name after the verb that no actor holds, kept as written"


def _name_word(word: Token) -> bool:
    """A capitalised word that can be part of a person's name: letters only (an initial
    counts, and initials written together with stops: "K.B."), not a word of a body's or a
    place's name, nor a month."""
    return (
        word.cap
        and (word.text.isalpha() or _INITIALS.fullmatch(word.text) is not None)
        and word.lower not in ORGANISATION_WORDS
        and word.lower not in GEOGRAPHIC_WORDS
        and word.lower not in MONTHS
    )


def _given(word: Token) -> bool:
    """A known first name or a one-letter initial ("A Bhattacharya")."""
    return word.lower in FIRST_NAMES or len(word.text) == 1


def unindexed_name_words(words: list[Token]) -> list[Token] | None:
    """The words of the person's name that opens ``words`` (the subject read after an
    inverted verb), or None when they open with no person's name.

    >>> from ..tokens import tokenize
    >>> def name(s):
    ...     found = unindexed_name_words(tokenize(s, [0]))
    ...     return found and " ".join(t.text for t in found)
    >>> name("A Bhattacharya")  # aarey_human_chain_save_trees_kedia_dnaindia
    'A Bhattacharya'
    >>> name("Charleston County Solicitor Scarlett Wilson in")  # slager_indicted_wilson_...
    'Scarlett Wilson'
    >>> name("Sgt Williams who works undercover")  # counterfeit_handbags_detroit_russell_wxyz
    'Williams'
    >>> name("K.B. Verma")  # lalbagh_flower_show_crowds_verma_thehindu
    'K.B. Verma'
    >>> name("Mary Ann Smith")
    'Mary Ann Smith'
    >>> name("Aarey Conservation Group") is None
    True
    >>> name("the spokesman") is None
    True
    """
    run: list[Token] = []
    for word in words:
        if not word.cap:
            break
        run.append(word)
    if len(run) == 2 and run[0].lower in HONORIFICS and _name_word(run[1]):
        return run[1:]  # "Sgt. Williams"
    if len(run) < 2 or not all(_name_word(w) for w in run[-2:]):
        return None
    if run[-2].lower in HONORIFICS or len(run[-1].text) == 1:
        return None
    if len(run) >= 3 and _given(run[-3]) and _name_word(run[-3]):
        return run[-3:]
    return run[-2:]


def unindexed_name_ref(text: str, words: list[Token]) -> SpeakerRef | None:
    """The speaker an inverted subject names when no actor holds the name, labelled by the
    name as written (:func:`unindexed_name_words`); None when it names no person.

    >>> from ..tokens import tokenize
    >>> s = "A Bhattacharya, member, Aarey Conservation Group"
    >>> unindexed_name_ref(s, tokenize(s, [0])).label
    'A Bhattacharya'
    >>> unindexed_name_ref("the spokesman", tokenize("the spokesman", [0])) is None
    True
    """
    name = unindexed_name_words(words)
    if name is None:
        return None
    start, end = name[0].start, name[-1].end
    return SpeakerRef(None, text[start:end], start, end, False, UNINDEXED_NAME)


#: The rule for a name in apposition after a description, for the evidence column.
APPOSED_UNINDEXED_NAME = "a name in apposition after the described speaker, no actor holds it"

#: Words that open a description of one person after an inverted verb.
_DESCRIPTION_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our"})


def _describes_person(words: list[Token]) -> bool:
    """``words`` open with an article or a possessive and hold a lower-case noun for a person
    ("the old bookie", "the head of Puntland police")."""
    return (
        len(words) >= 2
        and words[0].lower in _DESCRIPTION_OPENERS
        and any(
            w.text.islower() and (w.lower in PERSON_DESCRIPTION_NOUNS or w.lower in TITLE_HEADS)
            for w in words[1:]
        )
    )


def apposed_unindexed_name(
    text: str, toks: list[Token], a: int, words: list[Token]
) -> SpeakerRef | None:
    """The person named in apposition at ``toks[a]`` after an inverted verb and a description
    of one person (``words``), when no actor holds the name: the capitalised run (one to four
    words; one word only when it is a known first name) up to a comma, a stop or a
    lower-case word, as written. News English sets the name off after the role:
    ``"Q?" asks the old bookie, George, five years the elder at 84.`` gives "George";
    ``"Q," said the head of Puntland police, Abdullahi Said Samatar on Sunday`` gives
    "Abdullahi Said Samatar".

    >>> from ..tokens import tokenize
    >>> s = "the old bookie, George, five years the elder"
    >>> t = tokenize(s, [0])
    >>> apposed_unindexed_name(s, t, 4, t[:3]).label
    'George'
    >>> s = "the statement, Moscow Times"
    >>> t = tokenize(s, [0])
    >>> apposed_unindexed_name(s, t, 3, t[:2]) is None
    True
    """
    if not _describes_person(words):
        return None
    run: list[Token] = []
    for t in toks[a : a + 5]:
        if not (t.cap and t.text.isalpha()):
            break
        run.append(t)
    nxt = toks[a + len(run)] if a + len(run) < len(toks) else None
    if not run or len(run) > 4 or not all(_name_word(w) for w in run):
        return None
    if nxt is not None and not (nxt.text in (",", ".", ";") or nxt.text.islower()):
        return None  # "George's", "George (84)": no plain name
    if len(run) == 1 and run[0].lower not in FIRST_NAMES:
        return None
    start, end = run[0].start, run[-1].end
    return SpeakerRef(None, text[start:end], start, end, False, APPOSED_UNINDEXED_NAME)


#: The rule for one name alone after the verb, for the evidence column.
LONE_UNINDEXED_NAME = "one name alone after the verb that no actor holds, kept as written"


#: Words that are no lone name after a verb: words that open sentences, demonyms ("said
#: Monday", "said another"), titles and the words of a body's name ("Police").
_NOT_LONE_NAMES = STOP_WORDS | frozenset(DEMONYMS) | HONORIFICS | TITLE_HEADS | GROUP_NOUNS


def lone_unindexed_name(text: str, words: list[Token]) -> SpeakerRef | None:
    """The speaker an inverted subject of one name word names when no actor holds it, as
    written: the subject is that word alone, up to a comma or the sentence's end, maybe
    with the asterisk that marks a name changed to keep a source anonymous. ``'Census was v
    easy' says Turnbull, Twitter disagrees`` gives "Turnbull"; ``"Q," says Liam*, one of
    the organisers`` gives "Liam". Not a word that opens sentences or a demonym ("said
    Monday", "said another"), nor a title or a word of a body's or a place's name.

    >>> from ..tokens import tokenize
    >>> def name(s):
    ...     found = lone_unindexed_name(s, tokenize(s, [0]))
    ...     return found and found.label
    >>> name("Turnbull"), name("Liam *")
    ('Turnbull', 'Liam')
    >>> name("Monday") is None, name("Chairman") is None, name("Police") is None
    (True, True, True)
    """
    while words and words[-1].text == "*":
        words = words[:-1]
    if len(words) != 1 or len(words[0].text) < 2 or not _name_word(words[0]):
        return None
    word = words[0]
    if not word.text[1:].islower() or word.lower in _NOT_LONE_NAMES:
        return None
    return SpeakerRef(None, word.text, word.start, word.end, False, LONE_UNINDEXED_NAME)
