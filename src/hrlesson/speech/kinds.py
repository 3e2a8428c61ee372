"""The kind of an actor named by capitalised words: rules that overrule the first guess.

A run of two or three capitalised words without an organisation word reads as a person's
name ("Gilad Erdan"); some such runs name a body all the same. The rules here say which.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..wordlists import word_set
from .vocabulary import (
    AGENCIES,
    CAPITALS,
    KNOWN_BODIES,
    ORGANISATION_WORDS,
    PORTFOLIO_ENDS,
    PREPOSITIONS,
    SOCIAL_PLATFORMS,
    TITLE_HEADS,
    body_head,
)

#: Words that make a capitalised name a news organisation ("Agence France-Presse").
MEDIA_WORDS = word_set("media_words")

#: Nouns of news outlets as groups: "state media", "national television", "Egyptian media".
_OUTLET_GROUPS = word_set("outlet_group_nouns")

#: Nouns of a medium that end an outlet's name ("Asharq Al-Awsat newspaper"); "agency"
#: only after "news" or "press" ("the Tass news agency", not "the space agency").
_MEDIUM_ENDS = word_set("media_body_nouns") - {"agency"}

#: Bodies named with the place they work in ("UN Mission in the Central African Republic").
LOCATED_BODIES = word_set("located_bodies")

#: Standing bodies a description names with their place ("permanent mission in Geneva").
DIPLOMATIC_POSTS = word_set("diplomatic_posts")

#: What joins such a body to its place: "in the", "to the", "in", "to".
LOCATION_LINK = re.compile(r"\s+(?:in|to)\s+(?:the\s+)?")

#: Words that never open an owner's name before a located body: a sentence's capitalised
#: preposition ("Through its embassy in Thailand").
_NOT_OWNER = "|".join(sorted(w.capitalize() for w in PREPOSITIONS if w.isalpha()))

#: ``The Burmese permanent mission in Geneva``, ``The US mission to the United Nations``:
#: after "the" or at a sentence's start, an owner's capitalised name (no preposition), up
#: to two lower-case words (no possessive: "its embassy" is the owner's, see
#: owned_descriptions.py), the body, and its place.
LOCATED_DESCRIPTION = re.compile(
    rf"(?:\b[Tt]he\s+|^|(?<=\n)|(?<=\. ))(?!(?:{_NOT_OWNER})\b)"
    r"((?:[A-Z][\w.]*(?:['’]s)?\s+){1,3}(?:(?!(?:its|their|his|her)\b)[a-z]+\s+){0,2}"
    rf"(?:{'|'.join(sorted(DIPLOMATIC_POSTS))})"
    r"\s+(?:in|to)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+(?:of\s+)?[A-Z][\w.]*){0,3})"
)


@lru_cache(maxsize=4096)
def names_media(name: str) -> bool:
    """``Agence France-Presse reported``, ``Fox News said``, ``The Associated Press``: a
    news organisation, not a person, though nothing in it is an organisation word. The
    parts of a hyphenated word count ("France-Presse"), and so do those of a word written
    in camel case ("TesfaNews", "PressTV").

    >>> names_media("Agence France-Presse"), names_media("Associated Press")
    (True, True)
    >>> names_media("TesfaNews"), names_media("Gay McDougall")
    (True, False)
    >>> names_media("Karine Jean-Pierre"), names_media("Newsome Press-Smith")
    (False, False)
    """
    parts = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name)
    words = re.findall(r"[^\W_]+(?:-[^\W_]+)*", parts.lower())
    return any(w in MEDIA_WORDS or w.split("-")[-1] in MEDIA_WORDS for w in words)


def names_outlet(name: str) -> bool:
    """A news agency or outlet, which relays the words of others: a known agency
    ("Reuters", "KCNA"), a name with a media word ("Korean Central News Agency"), a name
    ending in the noun of a medium ("Asharq Al-Awsat newspaper", "the Dawn news website")
    or outlets as a group ("state media", "Egyptian media", "national television").

    >>> names_outlet("EFE"), names_outlet("Asharq Al-Awsat newspaper")
    (True, True)
    >>> names_outlet("Space agency"), names_outlet("Human Rights Watch")
    (False, False)
    >>> names_outlet("Egyptian media"), names_outlet("state television")
    (True, True)
    """
    words = name.lower().split()
    if not words:
        return False
    return (
        name.lower() in AGENCIES
        or names_media(name)
        or words[-1] in _MEDIUM_ENDS
        or words[-1] in _OUTLET_GROUPS
        or words[-2:] in (["news", "agency"], ["press", "agency"])
    )


#: ``The ministry of external affairs said``: a ministry named in lower case by its
#: portfolio (up to two words before the portfolio's last word: "external affairs").
PORTFOLIO_BODY = re.compile(
    r"\b[Tt]he\s+((?:ministry|department)\s+(?:of|for)\s+(?:[a-z]+\s+){0,2}"
    rf"(?:{'|'.join(sorted(PORTFOLIO_ENDS))})(?:\s+and\s+(?:{'|'.join(sorted(PORTFOLIO_ENDS))}))?)\b"
)


def located_description_matches(text: str) -> list[re.Match[str]]:
    """The matches of :data:`LOCATED_DESCRIPTION`, then of :data:`PORTFOLIO_BODY`, in
    ``text``; a pattern is not scanned for when the text never writes its head noun (a
    diplomatic post; "ministry" or "department"), without which it cannot match.

    >>> text = "The Burmese permanent mission in Geneva said"
    >>> [m.group(1) for m in located_description_matches(text)]
    ['Burmese permanent mission in Geneva']
    """
    found: list[re.Match[str]] = []
    if any(post in text for post in DIPLOMATIC_POSTS):
        found += LOCATED_DESCRIPTION.finditer(text)
    if "ministry" in text or "department" in text:
        found += PORTFOLIO_BODY.finditer(text)
    return found


def located_body(name: str, link: str) -> bool:
    """``The UN Mission in the Central African Republic (MINUSCA)``: a body whose head noun
    is a located body (mission, commission, office) goes on with ``link`` ("in the") and the
    place named right after it ("Commission of Inquiry on Human Rights in Eritrea").

    >>> located_body("UN Mission", " in the "), located_body("US Mission", " to the ")
    (True, True)
    >>> located_body("Security Council", " in "), located_body("UN Mission", " and the ")
    (False, False)
    >>> located_body("Commission of Inquiry on Human Rights", " in ")
    True
    """
    words = name.lower().split()
    return (
        bool(words)
        and body_head(words) in LOCATED_BODIES
        and LOCATION_LINK.fullmatch(link) is not None
    )


#: A located body's link and up to three capitalised words after it ("in New York").
_PLACE_AFTER = re.compile(r"(\s+(?:in|to)\s+)([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})")


def capital_after(text: str, name_start: int, name_end: int) -> int | None:
    """Where a located body's name ends when the capital city it works in follows it:
    ``The Indian Embassy in Washington issued a statement`` (a capital is no actor of its
    own here, so the name takes it in by its word list). None when no capital follows.

    >>> s = "The Indian Embassy in Washington said"
    >>> s[4:capital_after(s, 4, 18)]
    'Indian Embassy in Washington'
    >>> capital_after("The Human Rights Council in Geneva", 4, 24) is None
    True
    """
    m = _PLACE_AFTER.match(text, name_end)
    if m is None or not located_body(text[name_start:name_end], m.group(1)):
        return None
    words = m.group(2).split()
    for n in range(len(words), 0, -1):
        if " ".join(words[:n]).lower() in CAPITALS:
            return m.start(2) + len(" ".join(words[:n]))
    return None


def names_office(name: str) -> bool:
    """``The United Nations High Commissioner for Human Rights visited Xinjiang``: a title
    (its head word before "for", "of" or "on") after an organisation's name ("United
    Nations", "UN") is the office of one person. "Office of the High Commissioner" and
    "Group of Experts" are bodies; "Executive Secretary of the Commission" is a title
    whose holder the text names next to it.

    >>> names_office("United Nations High Commissioner for Human Rights")
    True
    >>> names_office("Office of the High Commissioner"), names_office("UN Special Rapporteurs")
    (False, False)
    >>> names_office("Executive Secretary of the Commission")
    False
    """
    words = name.lower().split()
    cut = next((k for k, w in enumerate(words) if w in ("of", "for", "on")), len(words))
    if cut < 2 or words[0] in ORGANISATION_WORDS or words[cut - 1] not in TITLE_HEADS:
        return False
    return any(w in ORGANISATION_WORDS or w in ("un", "u.n.", "eu") for w in words[: cut - 1])


def affiliation_of_someone(actors: list, name: str) -> bool:
    """An unknown one-word ``name`` that is a person's affiliation names a state ("Ostravia's
    envoy"), unless it is an acronym: "Rob Navias, NASA spokesman" works for a body.

    >>> from .records import Actor
    >>> envoy = Actor("person", "Ana Ruiz", affiliation="Ostravia")
    >>> affiliation_of_someone([envoy], "Ostravia")
    True
    >>> affiliation_of_someone([Actor("person", "Rob Navias", affiliation="NASA")], "NASA")
    False
    """
    return not name.isupper() and any(a.affiliation == name for a in actors)


def known_body_word(toks: list, k: int) -> bool:
    """The capitalised word at ``toks[k]`` is a company or platform the word lists know, an
    actor wherever it stands ("Irish regulators fined TikTok", "oil giant Shell was not
    doing enough"); not a one-letter word, nor one after "the" ("the Amazon's tribes"), nor
    an owner ("Oracle's Internet Intelligence called": the owned body speaks).

    >>> from .tokens import tokenize
    >>> toks = tokenize("Regulators fined TikTok in the Amazon", [0])
    >>> known_body_word(toks, 2), known_body_word(toks, 5)
    (True, False)
    >>> known_body_word(tokenize("Oracle's Internet Intelligence", [0]), 0)
    False
    """
    tok = toks[k]
    if len(tok.base) < 2 or not tok.text[:1].isupper() or tok.poss:
        return False
    if k and toks[k - 1].lower == "the":
        return False
    return tok.lower in KNOWN_BODIES or tok.lower in SOCIAL_PLATFORMS


#: Prepositions before a place ("in Ostravia"), as a regex alternation.
_PLACE_PREPOSITIONS = "in|to|from|across|inside"
#: Offices and bodies a state's possessive goes before ("Ostravia's deputy foreign minister").
_STATE_OFFICES = (
    "minister|ministry|government|ambassador|envoy|mission|authorities|president|"
    "delegation|representative"
)


def used_as_place(text: str, name: str) -> bool:
    """An unknown one-word ``name`` used as a place ("in Ostravia") or as the owner of a
    title ("Ostravia's deputy foreign minister") is a state, not a person.

    >>> used_as_place("Talks went on in Ostravia.", "Ostravia")
    True
    >>> used_as_place("He met Ostravia's deputy foreign minister.", "Ostravia")
    True
    """
    word = re.escape(name)
    return bool(
        re.search(rf"\b(?:{_PLACE_PREPOSITIONS}) {word}\b", text)
        or re.search(rf"\b{word}['’]s (?:[a-z]+ ){{0,2}}(?:{_STATE_OFFICES})\b", text)
    )
