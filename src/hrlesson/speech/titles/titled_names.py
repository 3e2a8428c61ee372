"""A title run straight into a person's name names that person ("Deputy Minister of Justice
Ahmet Sarıkaya", "Burma's UN envoy Wunna Maung Lwin"), not an unnamed office holder."""

from __future__ import annotations

import itertools

from ..clauses import after_time_opening
from ..named_heads import owner_of_head
from ..records import Mention
from ..relation_holders import object_of_relation
from ..tokens import Token
from ..vocabulary import HONORIFICS, TITLE_HEADS, TITLE_LINKS, TITLE_MODIFIERS, is_head_word
from .posts import is_post_title
from .words import delegate_of_state


def titled_person(text: str, words: list[Token], mentions: list) -> Mention | None:
    """``Velmoran Deputy Minister of Justice and Human Rights Ahmet Sarıkaya``: the mention
    of the person the title in ``words`` runs into, or None.

    A phrase of capitalised words (with of/for/on/to/in/the/and inside) that contains a
    title head and runs, without punctuation, straight into a person's name is that
    person's title: the phrase names the person, not an unnamed office holder. So is a
    title with a possessive or a lower-case head ("the Council's president Sérgio Danese",
    "Burma's UN envoy Wunna Maung Lwin", "the UN special envoy to North Korea Vitit
    Muntarbhorn").
    """
    words = after_time_opening(words)  # "Last week the ministry spokesperson Wang Wenbin"
    if not words or not (words[0].cap or words[0].lower in ("the", "a", "an")):
        return None
    persons = [m for m in mentions if m.actor.kind == "person" and m.how in ("name", "surname")]
    opening = persons[0] if persons and persons[0].start == words[0].start else None
    if opening is not None:
        persons = persons[1:]  # "UN High Commissioner for Human Rights spokesperson X"
    person = persons[0] if persons else None
    if person is None or owner_of_head(words, person) or object_of_relation(words, person):
        return None  # "Pope Francis's spokesman", "a lawyer for X": not Francis, not X
    before = [w for w in words if w.start < person.start]
    if any(c in text[words[0].start : person.start] for c in ',;:()—–"'):
        return None
    for k, (w, nxt) in enumerate(itertools.pairwise(before)):
        # "a spokesman for UN Secretary-General Antonio Guterres": not Guterres (but
        # "the envoy to North Korea Vitit Muntarbhorn" is the envoy)
        if (
            w.text.islower()
            and is_head_word(w.lower)  # "the office of Chancellor X": the office
            and nxt.lower in ("for", "of")
            and any(t.lower in TITLE_HEADS for t in before[k + 2 :])
            and not delegate_of_state(before, k)
        ):
            return None
    if not any(w.lower in TITLE_HEADS and not _in_name(w, opening) for w in before) and not (
        honorific_after_portfolio(before)
    ):
        return None  # "said Pasang Tsering Sherpa of Beyul Adventures": a surname, no title
    if not all(
        w.cap
        or w.lower in TITLE_LINKS
        or w.lower in TITLE_HEADS
        or w.lower in TITLE_MODIFIERS
        or w.lower in ("a", "an")
        or _noun_before_head(before, k)
        or _portfolio_word(before, k)
        or _portfolio_of_head(before, k)
        or _unit_of_owner(before, k)
        for k, w in enumerate(before)
    ):
        return None
    return person


def honorific_after_portfolio(before: list[Token]) -> bool:
    """A capitalised post with its portfolio ("for"/"of" and a capitalised word) ends in an
    honorific or a rank right before the name: "Cabinet Member for Finance Cllr Bob
    Kilmister said", "Portfolio Holder for Housing Dr Jane Smith". The post's head may be
    a word no list holds as a title ("Member", "Holder"): the style shows a person follows.

    >>> from ..tokens import tokenize
    >>> honorific_after_portfolio(tokenize("Cabinet Member for Finance Cllr", [0]))
    True
    >>> honorific_after_portfolio(tokenize("the report for Finance Cllr", [0]))
    False
    """
    if len(before) < 4 or before[-1].lower.rstrip(".") not in HONORIFICS:
        return False
    post = before[:-1]
    links = [k for k, w in enumerate(post) if w.lower in ("for", "of")]
    return (
        bool(links)
        and 0 < links[0] < len(post) - 1
        and post[-1].cap
        and all(w.cap or w.lower in ("for", "of", "the", "and") for w in post)
    )


def _portfolio_of_head(before: list[Token], k: int) -> bool:
    """A lower-case word of the portfolio after a title head and "of"/"for": "The head of
    EU diplomacy Federica Mogherini", "the Chairman of the conference Gustavo Zlauvinen"
    (at most two words after the link; an article only when the word ends the title);
    not "the spokesman for the Taliban government in the ...".

    >>> from ..tokens import tokenize
    >>> words = tokenize("The head of EU diplomacy", [0])
    >>> _portfolio_of_head(words, 4), _portfolio_of_head(words, 1)
    (True, False)
    >>> _portfolio_of_head(tokenize("the spokesman for the Taliban government in", [0]), 5)
    False
    """
    w = before[k]
    if not (w.text.isalpha() and w.text.islower()) or w.lower in ("the", "a", "an"):
        return False
    for j in range(max(1, k - 2), k):
        if before[j].lower in ("of", "for") and before[j - 1].lower in TITLE_HEADS:
            last = k == len(before) - 1
            return last or all(t.lower not in ("the", "a", "an") for t in before[j + 1 : k])
    return False


def _unit_of_owner(before: list[Token], k: int) -> bool:
    """A lower-case word of the unit a title heads, after its owner's possessive: "Leader
    of the M23’s political branch Corneille Nangaa" (at most two words after the
    possessive, which follows a title head and "of"/"for").

    >>> from ..tokens import tokenize
    >>> words = tokenize("Leader of the M23’s political branch", [0])
    >>> _unit_of_owner(words, 4), _unit_of_owner(words, 5), _unit_of_owner(words, 2)
    (True, True, False)
    """
    j = k - 1
    while j >= 0 and k - j <= 2 and before[j].text.isalpha() and before[j].text.islower():
        j -= 1
    if not (before[k].text.isalpha() and before[k].text.islower()) or j < 2 or k - j > 2:
        return False
    link = next((i for i in range(j - 1, max(0, j - 3), -1) if before[i].lower in ("of", "for")), 0)
    return before[j].poss and link > 0 and before[link - 1].lower in TITLE_HEADS


def _noun_before_head(before: list[Token], k: int) -> bool:
    """A lower-case word that qualifies the title head right after it: "UN refugee chief
    Antonio Guterres", "UN aid chief", "the UN's health chief" (the word names the field of
    the office, like "rights" in "UN rights chief").

    >>> from ..tokens import tokenize
    >>> words = tokenize("UN refugee chief", [0])
    >>> _noun_before_head(words, 1), _noun_before_head(words, 0)
    (True, False)
    """
    w = before[k]
    return (
        w.text.isalpha()
        and w.text.islower()
        and k + 1 < len(before)
        and before[k + 1].lower in TITLE_HEADS
        and not before[k + 1].cap
    )


def _portfolio_word(before: list[Token], k: int) -> bool:
    """A lower-case word of a capitalised title's portfolio after "for" or "on": "Deputy
    Director of the Department for nonproliferation and arms control of the MFA".

    >>> from ..tokens import tokenize
    >>> words = tokenize("Director of the Department for arms control of the MFA", [0])
    >>> _portfolio_word(words, 6), _portfolio_word(words, 2)
    (True, False)
    """
    j = k
    while j > 0 and before[j].text.isalpha() and before[j].text.islower():
        j -= 1
        if before[j].lower in ("for", "on") and j > 0 and before[j - 1].cap:
            return j < k
    return False


def _in_name(word: Token, person: Mention | None) -> bool:
    """``word`` ends the name of the person ``person`` whose name opens the phrase: the
    family name "Sherpa" of "said Pasang Tsering Sherpa of Beyul Adventures"
    (everest_sherpa_death_vernovage_indianarrative) is no title of the body after "of". A
    post's capitalised title read as a person has no family name: its last word stays a
    title ("Green Party Councillor for the area Claire Byrne says",
    attenborough_mural_dublin_byrne_98fm: Claire Byrne holds the post)."""
    return (
        person is not None
        and not is_post_title(person.actor)
        and word.end == person.end
        and person.end - person.start > len(word.text)
    )
