"""A capitalised run that spells an acronym the article uses is that body's full name,
brackets or not: "U.S. Immigration and Customs Enforcement arrested ..." and "ICE also
said" are one body (part of the index)."""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..tokens import Token
from ..vocabulary import ACRONYMS, COUNTRIES, FIRST_NAMES, GEOGRAPHIC_WORDS, TITLE_HEADS
from .names import spells_acronym

#: Nouns of laws ("Act"): data/words/law_nouns.txt.
LAW_NOUNS = word_set("law_nouns")


def unknown_acronym_word(word: str) -> bool:
    """A word of three to eight capital letters ("ICC", "ECOWAS"; not "UN" nor "Iran"), an
    "&" between them or not ("PG&E").

    >>> unknown_acronym_word("ICC"), unknown_acronym_word("UN"), unknown_acronym_word("Iran")
    (True, False, False)
    >>> unknown_acronym_word("PG&E")
    True
    """
    letters = word.replace("&", "")
    return 3 <= len(word) <= 8 and letters.isalpha() and letters.isupper()


def article_acronyms(toks: list[Token]) -> frozenset[str]:
    """The words of three to eight capitals an article uses ("ICE", "BAS"); not one it
    spells out in brackets ("the Museum of Fine Arts (MFA)"): that name is its own.

    >>> from ..tokens import tokenize
    >>> s = "ICE’s agents, the UN and the Museum of Fine Arts (MFA) said"
    >>> sorted(article_acronyms(tokenize(s, [0])))
    ['ICE']
    """
    words = {b for t in toks if (b := t.base).isupper() and unknown_acronym_word(b)}
    return frozenset(w for w in words if not spelled_in_brackets(toks, w))


def spelled_in_brackets(toks: list[Token], acronym: str) -> bool:
    """The article spells ``acronym`` out right before it in brackets, the name no
    possessive inside it: "the Museum of Fine Arts (MFA)" (not "Tigray People’s Liberation
    Front (TPLF)", where only "Liberation Front" is read as the name before the brackets).

    >>> from ..tokens import tokenize
    >>> spelled_in_brackets(tokenize("the Museum of Fine Arts (MFA) in Boston", [0]), "MFA")
    True
    """
    for k in range(2, len(toks) - 1):
        if toks[k].base != acronym or toks[k - 1].text != "(" or toks[k + 1].text != ")":
            continue
        j = k - 2
        while j >= max(0, k - 12) and not toks[j].poss and (toks[j].cap or toks[j].text.islower()):
            if toks[j].cap and spells_acronym(acronym, " ".join(t.text for t in toks[j : k - 1])):
                return True
            j -= 1
    return False


def spells_used_acronym(toks: list[Token], a: int, b: int, acronyms: frozenset[str]) -> bool:
    """The run ``toks[a:b]`` of two or more capitalised words spells an acronym the article
    uses on its own: ``Immigration and Customs Enforcement said ... ICE also said`` is one
    body, not a person "Customs Enforcement"; not a person's name with a first name
    ("John Paul Jones" and "JPJ"), nor a state's ("DR Congo" and "DRC"), nor a
    run with the acronym in it ("the UK and the WHO"), nor one of :func:`names_no_thing`.

    >>> from ..tokens import tokenize
    >>> t = tokenize("Immigration and Customs Enforcement said. ICE also said", [0])
    >>> spells_used_acronym(t, 0, 4, frozenset(["ICE"]))
    True
    >>> t = tokenize("John Paul Jones said. JPJ also said", [0])
    >>> spells_used_acronym(t, 0, 3, frozenset(["JPJ"]))
    False
    """
    if toks[a].lower == "the":
        a += 1
    if b - a < 2 or not acronyms or toks[a].lower in FIRST_NAMES:
        return False
    name = " ".join(t.base for t in toks[a:b])
    if name.lower() in COUNTRIES or not names_no_thing(toks, a, b):
        return False  # "DR Congo" spells "DRC", a state's
    return any(
        w.lower() not in COUNTRIES and w not in name.split() and spells_acronym(w, name)
        for w in acronyms
    )


def possessive_in_spelled_name(toks: list[Token], a: int, j: int, acronyms: frozenset[str]) -> bool:
    """The possessive ``toks[j - 1]`` of the run opened at ``toks[a]`` is inside one body's
    name, the words after it capitalised: ``The Information Commissioner’s Office fined``
    ... ``the ICO said`` (not an owner "Information Commissioner" before an "Office"); a
    possessive first word owns the body ("India's Aircraft Accident Investigation Bureau").

    >>> from ..tokens import tokenize
    >>> t = tokenize("The Information Commissioner’s Office fined it. The ICO said", [0])
    >>> possessive_in_spelled_name(t, 0, 3, frozenset(["ICO"]))
    True
    >>> possessive_in_spelled_name(t, 0, 3, frozenset(["ICC"]))
    False
    """
    first = a + (toks[a].lower == "the")
    owner = toks[j - 1]
    if not acronyms or not owner.poss or j - 1 <= first or owner.base.lower() in COUNTRIES:
        return False  # "India's Aircraft Accident Investigation Bureau": the state's body
    k = j
    while k < min(len(toks), j + 4) and toks[k].cap and toks[k].sent == toks[a].sent:
        k += 1
        if spells_used_acronym(toks, a, k, acronyms):
            return True
    return False


def names_no_thing(toks: list[Token], a: int, b: int) -> bool:
    """The run ``toks[a:b]`` may name a body: it opens with no title ("Minister of Foreign
    Affairs" is an office, though it spells "MFA") and ends in no law's or place's noun
    ("the Digital Services Act", "the West Philippine Sea").

    >>> from ..tokens import tokenize
    >>> t = tokenize("the Minister of Foreign Affairs and the Digital Services Act", [0])
    >>> names_no_thing(t, 1, 5), names_no_thing(t, 7, 10), names_no_thing(t, 3, 5)
    (False, False, True)
    """
    last = toks[b - 1].lower
    return not (toks[a].lower in TITLE_HEADS or last in LAW_NOUNS or last in GEOGRAPHIC_WORDS)


#: A run of capitalised words, "of", "for", "and" or "the" between them ("California
#: Independent System Operator", "Action for Smoking and Health").
_CAPITAL_RUN = re.compile(r"[A-Z][\w.’'&-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w.’'&-]*)+")


def spelled_run(text: str, acronym: str, outside) -> str | None:
    """The one name the ``text`` writes (where ``outside(pos)`` holds: outside quotations)
    whose capitalised words spell ``acronym``: "CAISO said" where the article writes "the
    California Independent System Operator charged with managing the grid" in no subject's
    place, so no body of that name was read; None when no name or several spell it.

    >>> t = "Also, the California Independent System Operator issued a warning. CAISO said"
    >>> spelled_run(t, "CAISO", lambda pos: True)
    'California Independent System Operator'
    >>> spelled_run(t, "CDC", lambda pos: True) is None
    True
    """
    found = set()
    for m in _CAPITAL_RUN.finditer(text):
        words = m.group(0).split()
        if not outside(m.start()):
            continue
        for i in range(len(words)):
            for j in range(i + 2, len(words) + 1):
                name = " ".join(words[i:j])
                if (
                    words[i][:1].isupper()
                    and words[j - 1][:1].isupper()
                    and (spells_acronym(acronym, name) or spells_by_prefixes(acronym, name))
                ):
                    found.add(name)
    return found.pop() if len(found) == 1 else None


def spells_by_prefixes(acronym: str, name: str) -> bool:
    """``acronym`` is the starts of the capitalised words of ``name`` in order, one or two
    letters of each word: "CAISO" is the "California Independent System Operator"
    ("CA" + "I" + "S" + "O"); a name of three capitalised words at least.

    >>> spells_by_prefixes("CAISO", "California Independent System Operator")
    True
    >>> spells_by_prefixes("CAISO", "California System Operator")
    False
    """
    words = [w.lower() for w in name.split() if w[:1].isupper()]
    return len(words) >= 3 and _prefixes(acronym.lower(), words)


def _prefixes(letters: str, words: list[str]) -> bool:
    """``letters`` are one or two first letters of each of ``words`` in turn."""
    if not words:
        return not letters
    return any(
        words[0].startswith(letters[:n]) and _prefixes(letters[n:], words[1:])
        for n in (1, 2)
        if len(letters) >= n
    )


def acronyms_written_out(text: str, actors: list, in_quote) -> list:
    """(acronym's actor, full name, actor of that name or None) for each body met only by an
    acronym no list knows ("CAISO said") whose full name the text writes outside quotations
    (:func:`spelled_run`) where no body was read ("the California Independent System
    Operator charged with managing the grid": None) or a person with no title was."""
    found = []
    for acro in actors:
        word = acro.name
        if acro.kind == "state" or set(acro.forms) - {word} or word.lower() in ACRONYMS:
            continue
        if not unknown_acronym_word(word):
            continue
        if (full := spelled_run(text, word, lambda pos: not in_quote(pos))) is None:
            continue
        whole = next((a for a in actors if a.name == full and a.kind != "state"), None)
        if whole is None or (whole is not acro and whole.role is None):
            found.append((acro, full, whole))
    return found


def fullest_body(bodies: list) -> object | None:
    """The one of ``bodies`` (actors whose names all spell one acronym) whose name ends
    with every other's: ``the Norwegian Data Protection Authority`` and, in a quotation,
    ``The Data Protection Authority`` are one body, so "the DPA" is the first; None when
    there is none or two names differ otherwise.

    >>> from hrlesson.speech.records import Actor
    >>> full = Actor("organisation", "Norwegian Data Protection Authority")
    >>> fullest_body([Actor("organisation", "Data Protection Authority"), full]) is full
    True
    >>> fullest_body([Actor("organisation", "Danish Data Protection Authority"), full]) is None
    True
    """
    if not bodies:
        return None
    full = max(bodies, key=lambda a: len(a.name))
    tails = all(full.name.endswith(" " + a.name) for a in bodies if a is not full)
    return full if tails else None
