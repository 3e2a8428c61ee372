"""Words of a title before or after a name: "Managing Director X", "the IAEA chief"."""

from __future__ import annotations

from ...wordlists import word_set
from ..tokens import Token, plain_capitalised, written_in_lower_case
from ..vocabulary import (
    COUNTRIES,
    DELEGATE_HEADS,
    DEMONYMS,
    FINITE_VERBS,
    GENDER_WORDS,
    HONORIFICS,
    ORGANISATION_TITLE_WORDS,
    STOP_WORDS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    is_person_head,
)

#: Nouns of an honour held, after the prize's name: "Nobel Peace Prize winner".
HONOUR_NOUNS = word_set("honour_nouns")


def body_title(text: str, mention, head: Token) -> bool:
    """``head`` is a lower-case title right after a body's name: ``the International Atomic
    Energy Agency chief said`` (the agency's chief speaks, not the agency)."""
    return (
        mention.actor.kind == "organisation"
        and head.text.islower()
        and is_person_head(head.lower)
        and text[mention.end : head.start] == " "
    )


def title_word(low: str) -> bool:
    """A word of a title before a name: "EU ambassador", "Managing Director", "Foreign"."""
    return (
        low in TITLE_HEADS
        or low in ORGANISATION_TITLE_WORDS
        or low in TITLE_MODIFIERS
        or low in DEMONYMS
        or low in ("eu", "un", "u.n.")
    )


def portfolio_after_title(words: list[Token], j: int, first: int) -> bool:
    """``words[j]`` is the "of"/"for" of a lower-case portfolio after a title head, a name
    after it: ``MSF's head of emergencies Michel Olivier Lacharite``."""
    return (
        j > first
        and j + 2 < len(words)
        and words[j].lower in ("of", "for")
        and words[j - 1].lower in TITLE_HEADS
        and words[j + 1].text.islower()
        and words[j + 2].cap
    )


#: The most lower-case words of a portfolio before its title ("water regulation and strategy").
PORTFOLIO_WORDS = 5


def portfolio_word(word: Token) -> bool:
    """A lower-case word of a portfolio before a title: a noun or "and", no title word,
    function word or verb ("water", "regulation", "and", "strategy")."""
    low = word.lower
    if low == "and":
        return True
    return (
        word.text.isalpha()
        and word.text.islower()
        and not title_word(low)
        and low not in STOP_WORDS
        and low not in FINITE_VERBS
    )


def portfolio_before_title(words: list[Token], j: int) -> int:
    """Where the title head stands that a lower-case portfolio opening at ``words[j]``
    leads to, after a body's name and before the holder's: ``United Utilities water
    regulation and strategy manager John Sanders`` (the manager speaks, not the company;
    page north_west_hosepipe_ban_united_utilities_sanders_diyweek);
    ``j`` itself when no such portfolio opens there.

    >>> from ..tokens import tokenize
    >>> ws = tokenize("United Utilities water regulation and strategy manager John Sanders", [0])
    >>> portfolio_before_title(ws, 2)
    6
    >>> portfolio_before_title(tokenize("Acme water is safe", [0]), 1)
    1
    """
    k = j
    while k < len(words) and k - j < PORTFOLIO_WORDS and portfolio_word(words[k]):
        k += 1
    if j < k < len(words) and words[k].lower in TITLE_HEADS and words[k - 1].lower != "and":
        return k
    return j


def abbreviated_title_ends_run(toks: list[Token], a: int, b: int) -> bool:
    """The capitalised run ``toks[a:b]`` of two words or more ends in a rank written short
    with a full stop, and the name follows it: the run is the person's affiliation and
    rank, no person ("Conservative Democratic Sen. Ruben Diaz Sr. said", "Democratic Gov.
    David Paterson says", ny_senate_gay_marriage_diaz_dallasvoice).

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Democratic Gov. David Paterson says", [0])
    >>> abbreviated_title_ends_run(toks, 0, 2)
    True
    >>> abbreviated_title_ends_run(tokenize("Tom Gov. Tom", [0]), 1, 2)
    False
    """
    return (
        b - a >= 2
        and b + 1 < len(toks)
        and toks[b - 1].lower in HONORIFICS
        and toks[b].text == "."
        and toks[b + 1].cap
        and toks[b + 1].text[0].isalpha()
    )


def role_before_name(text: str, toks: list[Token], a: int, b: int) -> bool:
    """The capitalised run ``toks[a:b]`` is followed by a lower-case noun of an honour held
    and a name: ``Iranian Nobel Peace Prize winner Shirin Ebadi warned``. The run is part
    of the person's role (a prize), not a person itself.

    >>> from ..tokens import tokenize
    >>> s = "Nobel Peace Prize winner Shirin Ebadi warned"
    >>> role_before_name(s, tokenize(s, [0]), 0, 3)
    True
    >>> s = "Shirin Ebadi warned Nobel"
    >>> role_before_name(s, tokenize(s, [0]), 0, 2)
    False
    """
    if b + 1 >= len(toks) or toks[b - 1].poss:
        return False
    role, name = toks[b], toks[b + 1]
    return (
        role.text.islower()
        and role.lower in HONOUR_NOUNS  # not "Vladimir Putin spokesman Dmitry Peskov"
        and name.cap
        and name.text[0].isalpha()
        and name.sent == toks[a].sent
        and text[toks[b - 1].end : role.start] == " "
        and text[role.end : name.start] == " "
    )


def delegate_of_state(words: list[Token], k: int) -> bool:
    """``the representative of the United States Ambassador Linda Thomas-Greenfield``: a
    delegate's title (``words[k]``) with the state it represents, then the person's own
    rank; one person, not a spokesman for another ("a spokesman for UN Secretary-General X").

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("the representative of the United States Ambassador Linda", [0])
    >>> delegate_of_state(toks, 1)
    True
    >>> delegate_of_state(tokenize("a spokesman for the US Ambassador Linda", [0]), 1)
    False
    """
    if words[k].lower not in DELEGATE_HEADS or k + 1 >= len(words) or words[k + 1].lower != "of":
        return False
    j = k + 2
    while j < len(words) and words[j].lower not in TITLE_HEADS:
        j += 1
    state = " ".join(w.lower for w in words[k + 2 : j]).removeprefix("the ")
    return j < len(words) and state in COUNTRIES


def person_title_before(toks: list[Token], a: int, i: int) -> bool:
    """The capitalised titles ``toks[a:i]`` before a one-word name make it a person's: a
    title head ("Judge Barrios") or a title that only a man or a woman holds ("Lord Justice
    Leveson held that ... He also stated", "Sir Keir", "Sheikh Tamim").

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Lord Justice Leveson held", [0])
    >>> person_title_before(toks, 0, 2), person_title_before(toks, 1, 2)
    (True, False)
    """
    return any(toks[k].lower in TITLE_HEADS or toks[k].lower in GENDER_WORDS for k in range(a, i))


def common_noun_after_title(text: str, word: Token) -> bool:
    """The one word after a capitalised title is a common noun the text writes in lower
    case elsewhere, not a surname: "the General Election" (... "an election"), not a
    person "Election" titled "General".

    >>> from ..tokens import tokenize
    >>> text = "The General Election is near; the election is in May."
    >>> common_noun_after_title(text, tokenize(text, [0])[2])
    True
    >>> text = "General Mladic said it."
    >>> common_noun_after_title(text, tokenize(text, [0])[1])
    False
    """
    return written_in_lower_case(text, word.lower)


def surname_word(word: str) -> bool:
    """``word`` is written as a surname is: plain capitalised ("Powell"), or two such parts
    joined by a hyphen, a double-barrelled surname ("says Supervisor Alioto-Pier",
    sf_zoo_zebra_death_katz_abc7news).

    >>> [surname_word(w) for w in ("Powell", "Alioto-Pier", "Covid-19", "MP")]
    [True, True, False, False]
    """
    parts = word.split("-")
    return len(parts) <= 2 and all(plain_capitalised(p) for p in parts)


def one_word_after_title(toks: list[Token], a: int, i: int, b: int) -> int:
    """Where the name starts in a run ``toks[a:b]`` (titles read up to ``i``) that ends in
    a capitalised title head and one plain word: the word is a surname alone and the words
    before it the title ("Fed Chairman Powell", "Commerce Secretary Raymond"); ``i``
    otherwise.

    >>> from ..tokens import tokenize
    >>> one_word_after_title(tokenize("Fed Chairman Powell said", [0]), 0, 0, 3)
    2
    >>> one_word_after_title(tokenize("Human Rights Watch said", [0]), 0, 0, 3)
    0
    >>> one_word_after_title(tokenize("UN Secretary General Guterres", [0]), 0, 0, 4)
    3
    >>> one_word_after_title(tokenize("says Supervisor Alioto-Pier.", [0]), 1, 1, 3)
    2
    """
    head, last = toks[b - 2], toks[b - 1]
    if b - i < 2 or not (head.cap and head.lower in TITLE_HEADS):
        return i
    if not surname_word(last.text):
        return i
    if last.lower in TITLE_HEADS or last.lower in COUNTRIES or last.lower in DEMONYMS:
        return i
    return b - 1
