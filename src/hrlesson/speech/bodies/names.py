"""Where a body's name begins and ends: a state's possessive that owns it, a capitalised
preposition inside it, "without Borders"."""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..joint import plural_body_head, remit_at_and
from ..records import Actor
from ..tokens import Token
from ..vocabulary import (
    ACRONYMS,
    COUNTRIES,
    DEMONYMS,
    FIRST_NAMES,
    KNOWN_BODIES,
    NAME_CONNECTORS,
    NAMING_GROUP_NOUNS,
    ORGANISATION_WORDS,
    PORTFOLIO_ENDS,
    PREPOSITIONS,
    SEATS_OF_POWER,
    STATE_BODIES,
    STOP_WORDS,
    TITLE_HEADS,
)
from .events import names_event
from .media import named_with_medium, opens_outlet_name
from .place_prefixes import place_prefix

#: Legal forms after a company's name that its acronym gives no letter for ("Co.", "Inc."):
#: data/words/company_forms.txt.
COMPANY_FORMS = word_set("company_forms")


def joined_by_capital_preposition(run: list[Token]) -> bool:
    """A capitalised preposition joins two parts of a body's name: ``Doctors Without Borders``,
    ``Reporters Without Borders``, ``Human Rights Without Frontiers``. A title before it is an
    office instead ("Minister Without Portfolio").

    >>> from hrlesson.speech.tokens import tokenize
    >>> joined_by_capital_preposition(tokenize("Doctors Without Borders", [0]))
    True
    >>> joined_by_capital_preposition(tokenize("Minister Without Portfolio", [0]))
    False
    """
    return any(
        run[k].text[0].isupper()
        and run[k].lower in PREPOSITIONS
        and run[k].lower not in NAME_CONNECTORS
        and run[k - 1].lower not in TITLE_HEADS
        and run[k + 1].cap
        for k in range(1, len(run) - 1)
    )


def state_owner(toks: list[Token], a: int, b: int) -> str | None:
    """The country whose possessive owns the state body named by ``toks[a:b]``:
    ``China's Foreign Ministry``, ``Russia's UN Mission`` (a ministry, mission or delegation
    of that state, a body of its own), or None.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("China’s UN Mission said", [0])
    >>> state_owner(toks, 1, 3)
    'china'
    >>> state_owner(tokenize("The UN Mission said", [0]), 1, 3) is None
    True
    """
    if a == 0 or not toks[a - 1].poss or toks[a - 1].sent != toks[a].sent:
        return None
    prev = toks[a - 1]
    if prev.lower in COUNTRIES and any(t.lower in STATE_BODIES for t in toks[a:b]):
        return prev.lower
    # "Kosovo's Foreign Ministry": a state the word lists may not know, before a body whose
    # name ends in a state body's word (not a person's or an acronym's possessive)
    unknown_state = prev.cap and not (
        prev.lower in FIRST_NAMES or prev.lower in STOP_WORDS or prev.lower in ACRONYMS
    )
    return prev.lower if unknown_state and toks[b - 1].lower in STATE_BODIES else None


def owned_key(key: str, owner: str | None) -> str:
    """The index key of a body owned by a state: ``china|foreign ministry``."""
    return key if owner is None else f"{owner}|{key}"


def registered_body(by_key: dict[str, Actor], key: str, owner: str | None) -> Actor | None:
    """The body already indexed under ``key`` for ``owner``. A body named once without its
    owner ("the Foreign Ministry") and once with it ("Kosovo's Foreign Ministry") is one body;
    two owners' bodies ("China's Foreign Ministry", "Japan's Foreign Ministry") are two."""
    found = by_key.get(owned_key(key, owner))
    if found is not None or owner is None:
        return found
    plain = by_key.get(key)
    return plain if plain is not None and "|" not in plain.key else None


def to_in_name(toks: list[Token], j: int) -> bool:
    """``toks[j]`` is the "to" of a body named for its aim: ``Committee to Protect
    Journalists``, ``Campaign to Stop Killer Robots`` (a body's word, "to", a capitalised
    word that is no country: not "the Mission to Ukraine").

    >>> from hrlesson.speech.tokens import tokenize
    >>> to_in_name(tokenize("the Committee to Protect Journalists", [0]), 2)
    True
    >>> to_in_name(tokenize("the Mission to Ukraine", [0]), 2)
    False
    """
    return (
        toks[j].text == "to"
        and 0 < j < len(toks) - 1
        and toks[j - 1].lower in ORGANISATION_WORDS
        and toks[j + 1].cap
        and toks[j + 1].lower not in COUNTRIES
        and toks[j + 1].sent == toks[j].sent
    )


def names_organisation(toks: list[Token], a: int, b: int, words: list[str]) -> bool:
    """The run ``toks[a:b]`` (lower-case ``words``) names an organisation: it follows a
    group noun ("the rights group Free Ostravia Now"), a capitalised preposition joins it
    ("Doctors Without Borders"), "and" joins its remit ("Immigration and Customs
    Enforcement") or it holds an organisation word ("Amnesty International",
    "Group of Eminent Experts on Yemen"; "UN High Commissioner ... Volker Turk" holds none).
    A seat of government stands for the government: "the White House", "Downing Street".
    """
    if " ".join(words).removeprefix("the ") in SEATS_OF_POWER or names_event(words):
        return True
    if joined_by_capital_preposition(toks[a:b]) or (b - a >= 2 and named_by_noun_before(toks, a)):
        return True
    if b - a >= 2 and named_by_noun_after(toks, a, b):  # "the Generation Rent group"
        return True
    if named_with_medium(toks, b) or named_before_acronym(toks, a, b) or "/" in words:
        return True
    if remit_at_and(words) and not (a and toks[a - 1].text == ","):
        return True  # "Immigration and Customs Enforcement"; not "Environment, Food and ..."
    if service_pair_end(words):  # "Lake County Search and Rescue"
        return True
    if opens_outlet_name(toks, a, b) or national_branch(words):  # "The New York Times"
        return True
    if plural_body_head(words):  # "Centers for Disease Control and Prevention"
        return True
    return any(w in ORGANISATION_WORDS for w in words) and not (
        len(words) == 1 and words[0] in ("international", "group", "office")
    )


def national_branch(words: list[str]) -> bool:
    """A company or NGO the word lists know, then a country: its national branch, a body
    and no person ("Oxfam Australia's senior economist", "Google India said").

    >>> national_branch(["oxfam", "australia"]), national_branch(["kim", "jong"])
    (True, False)
    """
    return len(words) == 2 and words[0] in KNOWN_BODIES and words[1] in COUNTRIES


def branch_of(bare: Actor, orgs: list[Actor]) -> list[Actor]:
    """The one national branch (:func:`national_branch`) of the body ``bare`` names by one
    word: "Greenpeace announced" after "Greenpeace UK has served legal papers" is the
    branch.

    >>> bare, uk = Actor("organisation", "Greenpeace"), Actor("organisation", "Greenpeace UK")
    >>> [a.name for a in branch_of(bare, [bare, uk])]
    ['Greenpeace UK']
    """
    words = bare.name_tokens
    found = [
        a
        for a in orgs
        if len(words) == 1 and national_branch(a.name_tokens) and a.name_tokens[0] == words[0]
    ]
    return found if len(found) == 1 else []


def without_borders(toks: list[Token], j: int) -> bool:
    """``Reporters without Borders``, ``Doctors without Borders``: a lower-case "without"
    inside a capitalised name when "Borders" follows.

    >>> from hrlesson.speech.tokens import tokenize
    >>> without_borders(tokenize("by Reporters without Borders (RSF)", [0]), 2)
    True
    >>> without_borders(tokenize("Syria without Assad", [0]), 1)
    False
    """
    return (
        toks[j].text == "without"
        and j + 1 < len(toks)
        and toks[j + 1].text in ("Borders", "Frontiers")
        and toks[j - 1].cap
    )


def ampersand_in_name(toks: list[Token], j: int) -> bool:
    """``World Travel & Tourism Council``, ``Marks & Spencer``: an ampersand between
    capitalised words, spaced, joins one name; not after a first name ("Prince Harry &
    Meghan": two people).

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("The World Travel & Tourism Council said", [0])
    >>> ampersand_in_name(toks, 3)
    True
    >>> ampersand_in_name(tokenize("Prince Harry & Meghan", [0]), 2)
    False
    """
    return (
        toks[j].text == "&"
        and 0 < j < len(toks) - 1
        and toks[j - 1].cap
        and toks[j + 1].cap
        and toks[j - 1].end < toks[j].start < toks[j].end < toks[j + 1].start
        and toks[j - 1].lower not in FIRST_NAMES
    )


def borders_name(toks: list[Token], a: int, b: int) -> bool:
    """The run ``toks[a:b]`` is an organisation's name with "without Borders" in it."""
    return any(without_borders(toks, j) for j in range(a + 1, b - 1))


def named_by_noun_after(toks: list[Token], a: int, b: int) -> bool:
    """The run ``toks[a:b]`` stands between "the" and a lower-case noun that names a body:
    "the Generation Rent group", "the Popular Will party": the run is the body's name.

    >>> from hrlesson.speech.tokens import tokenize
    >>> named_by_noun_after(tokenize("of the Generation Rent group", [0]), 2, 4)
    True
    >>> named_by_noun_after(tokenize("the Ana Ruiz said", [0]), 1, 3)
    False

    A compound adjective is no name: "The New York-based group".

    >>> named_by_noun_after(tokenize("The New York-based group", [0]), 1, 3)
    False
    """
    last = toks[b - 1].text.split("-")[-1] if b > a else ""
    return (
        a >= 1
        and last[:1].isupper()
        and b < len(toks)
        and toks[a - 1].lower == "the"
        and toks[b].sent == toks[a].sent
        and toks[b].text.islower()
        and toks[b].lower in NAMING_GROUP_NOUNS
    )


def named_by_noun_before(toks: list[Token], a: int) -> bool:
    """The run at ``toks[a]`` follows a noun that names a body, right after it or set off
    by a comma: "the rights group Free Ostravia Now", "The mayor's political party,
    Popular Will, denounced".

    >>> from hrlesson.speech.tokens import tokenize
    >>> named_by_noun_before(tokenize("The mayor's party, Popular Will, said", [0]), 4)
    True
    >>> named_by_noun_before(tokenize("a member of the party, Ana Ruiz, said", [0]), 6)
    False
    """
    k = a - 2 if a > 1 and toks[a - 1].text == "," else a - 1
    if (
        k < a - 1
        and (
            toks[a].lower in FIRST_NAMES  # "a spokesman for the group, Ivan Petrov, said"
            or any(t.lower in PREPOSITIONS for t in toks[max(0, k - 2) : k])
        )
    ):
        return False
    return (
        k >= 0
        and toks[k].sent == toks[a].sent
        and toks[k].text.islower()
        and toks[k].lower in NAMING_GROUP_NOUNS
        and not holder_after_portfolio_noun(toks, a)
    )


def holder_after_portfolio_noun(toks: list[Token], a: int) -> bool:
    """The body noun before the run at ``toks[a]`` ends a capitalised title's portfolio
    ("Chair of the group", "Chairman of the society") and the run opens with a known first
    name: the title's holder, not a body ("Chairman of the group Tony Lendon said").

    >>> from hrlesson.speech.tokens import tokenize
    >>> holder_after_portfolio_noun(tokenize("Chairman of the group Tony Lendon said", [0]), 4)
    True
    >>> holder_after_portfolio_noun(tokenize("the rights group Free Ostravia Now", [0]), 3)
    False
    """
    if a < 4 or toks[a].lower not in FIRST_NAMES or toks[a - 2].lower != "the":
        return False
    link, head = toks[a - 3], toks[a - 4]
    return link.lower in ("of", "for") and head.cap and head.lower in TITLE_HEADS


def spells_acronym(acronym: str, name: str) -> bool:
    """``acronym`` is the letters of the capitalised words of ``name``, a word in capitals
    giving all its letters: "UNHCR" is the "UN High Commissioner for Refugees".

    >>> spells_acronym("UNHCR", "UN High Commissioner for Refugees")
    True
    >>> spells_acronym("UNHCR", "High Commissioner for Refugees Filippo Grandi")
    False

    A country or its demonym before the name may give no letter: "ICE" is the "U.S.
    Immigration and Customs Enforcement", "DPA" the "Dutch Data Protection Authority".

    >>> spells_acronym("ICE", "U.S. Immigration and Customs Enforcement")
    True
    >>> spells_acronym("DPA", "Dutch Data Protection Authority")
    True

    A company's legal form may give none either, nor an "&" in the acronym: "PG&E" is the
    "Pacific Gas and Electric Co.", "KCC" the "Kamoto Copper Co.".

    >>> spells_acronym("PG&E", "Pacific Gas and Electric Co."), spells_acronym("KCC", "Kamoto Copper Co.")
    (True, True)

    So may a state's, a province's or a county's name (:func:`.place_prefixes.place_prefix`):
    "DNR" is the "Wisconsin Department of Natural Resources".

    >>> spells_acronym("DNR", "Wisconsin Department of Natural Resources")
    True
    """
    acronym = acronym.replace("&", "")  # "PG&E": the "&" gives no letter
    if len(acronym) < 3:
        return False
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
    legal_form = len(words) > 2 and words[-1].rstrip(".").lower() in COMPANY_FORMS
    if legal_form and spells_acronym(acronym, name.rsplit(" ", 1)[0]):
        return True  # "PG&E": "Pacific Gas and Electric Co." ("KCC": "Kamoto Copper Co.")
    letters = "".join(w if w.isupper() else w[0] for w in words)
    if letters.replace(".", "") == acronym.replace(".", "") or spells_with_connectors(
        acronym, name
    ):
        return True
    owner, _, rest = name.partition(" ")
    named = rest[:1].isupper() and " " in rest  # "U.S. Immigration ...", not "UK and the WHO"
    located = owner.lower() in COUNTRIES or owner.lower() in DEMONYMS
    if located and named and spells_acronym(acronym, rest):
        return True
    placed = place_prefix(name)  # "DNR": the "Wisconsin Department of Natural Resources"
    return placed is not None and spells_acronym(acronym, placed)


#: Lower-case words inside a body's name whose initial its acronym may or may not take.
_CONNECTOR_LETTERS = NAME_CONNECTORS | frozenset(["in", "to"])


def spells_acronym_before_and(acronym: str, name: str) -> bool:
    """``acronym`` spells ``name`` (:func:`spells_acronym`) or its part before the last
    "and", the part an acronym coined before the name grew may spell alone: "CDC" is the
    "U.S. Centers for Disease Control and Prevention".

    >>> spells_acronym_before_and("CDC", "U.S. Centers for Disease Control and Prevention")
    True
    >>> spells_acronym("CDC", "U.S. Centers for Disease Control and Prevention")
    False
    """
    return spells_acronym(acronym, name) or spells_acronym(acronym, name.rsplit(" and ", 1)[0])


def spells_with_connectors(acronym: str, name: str) -> bool:
    """``acronym`` spells ``name`` with the initial of some of its lower-case connectors:
    "ECOWAS" is the "Economic Community of West African States" (the "of" gives its "O"),
    "ICRC" the "International Committee of the Red Cross" (the "of" and "the" give none).

    >>> spells_with_connectors("ECOWAS", "Economic Community of West African States")
    True
    >>> spells_with_connectors("OAS", "Organization of American States")
    True
    >>> spells_with_connectors("ECOWAS", "Economic Community of West Africa")
    False
    """
    parts = []
    for word in name.replace("-", " ").split():
        if word[:1].isupper():
            parts.append(re.escape((word if word.isupper() else word[0]).replace(".", "")))
        elif word in _CONNECTOR_LETTERS:
            parts.append(f"(?:{word[0].upper()})?")
    return re.fullmatch("".join(parts), acronym.replace(".", "")) is not None


def named_before_acronym(toks: list[Token], a: int, b: int) -> bool:
    """The run ``toks[a:b]`` is followed by the acronym it spells in brackets: ``the UN
    High Commissioner for Refugees (UNHCR) said`` names the agency, a body, though its
    name is an office's.

    >>> from hrlesson.speech.tokens import tokenize
    >>> t = tokenize("the UN High Commissioner for Refugees (UNHCR) said", [0])
    >>> named_before_acronym(t, 1, 6), named_before_acronym(t, 2, 6)
    (True, False)
    """
    if b + 2 >= len(toks) or toks[b].text != "(" or toks[b + 2].text != ")":
        return False
    name = " ".join(t.text for t in toks[a:b])
    return toks[b + 1].text.isupper() and spells_acronym(toks[b + 1].text, name)


#: The head nouns of the state bodies :func:`body_core` compares.
_CORE_HEADS = ("ministry", "office")


def body_core(words: list[str]) -> tuple[str, ...] | None:
    """The words that identify a ministry (or a foreign office), without "of", "the" and
    "affairs", its head noun first, after the country or demonym that owns it: "Foreign
    Ministry" and "Ministry of Foreign Affairs" give ("ministry", "foreign"), "Mexican
    Foreign Ministry" and "Mexican Ministry of Foreign Affairs" ("mexican", "ministry",
    "foreign"). None for a name that is no such body.

    >>> body_core(["ministry", "of", "foreign", "affairs"]), body_core(["foreign", "ministry"])
    (('ministry', 'foreign'), ('ministry', 'foreign'))
    >>> body_core(["mexican", "foreign", "ministry"]), body_core(["uk", "foreign", "office"])
    (('mexican', 'ministry', 'foreign'), ('uk', 'office', 'foreign'))
    """
    kept = [w for w in words if w not in ("of", "the", "for", "affairs", "and")]
    head = next((h for h in _CORE_HEADS if h in kept), None)
    if head is None:
        return None
    owner = kept[:1] if kept[0] in DEMONYMS or kept[0] in COUNTRIES else []
    rest = kept[len(owner) :]
    if len(rest) > 1 and rest[-1] == head:
        return (*owner, head, *rest[:-1])
    return (*owner, *rest)


#: Capitalised items after a body's "of" part, the last after "and": ", Human Rights, and
#: Labor" (each item up to four capitalised words, "the" or "of" inside).
_PORTFOLIO_LIST = re.compile(
    r"(?:,\s+[A-Z][\w’'-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'-]*){0,3})+,?\s+and\s+"
    r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'-]*){0,3}(?=[\s,.;:)]|$)"
)


def portfolio_list_end(text: str, name: str, end: int) -> int | None:
    """Where a body's name ends when its remit is a list set off by commas: ``the US State
    Department’s Bureau of Democracy, Human Rights, and Labor condemned`` (a body word,
    "of" or "for", then capitalised items and "and"). None when no such list follows
    ``name``, which ends at ``end``.

    >>> s = "the Bureau of Democracy, Human Rights, and Labor condemned the arrests"
    >>> s[4 : portfolio_list_end(s, "Bureau of Democracy", 23)]
    'Bureau of Democracy, Human Rights, and Labor'
    >>> portfolio_list_end("Amnesty International, HRW and Oxfam said", "Amnesty International", 21)
    """
    words = name.lower().replace("’s", "").split()
    link = next((i for i, w in enumerate(words) if w in ("of", "for")), None)
    if link is None or not any(w in ORGANISATION_WORDS for w in words[:link]):
        return None
    found = _PORTFOLIO_LIST.match(text, end)
    return found.end() if found is not None else None


def service_pair_end(words: list[str]) -> bool:
    """``Lake County Search and Rescue``, ``Fire and Rescue``: a capitalised run that ends
    in two capitalised nouns of a service's remit joined by "and", the last a remit's word
    (data/words/portfolio_ends.txt), is one body's name, not a body and a person "Rescue".

    >>> service_pair_end("lake county search and rescue".split())
    True
    >>> service_pair_end("ivan petrov and ana ruiz".split())
    False
    """
    k = len(words) - 2
    return (
        k >= 1 and words[k] == "and" and words[-1] in PORTFOLIO_ENDS and words[0] not in FIRST_NAMES
    )
