"""A one-word name opening its sentence, described in apposition as a person, whom a
"he"/"she" then quotes: a new voice a feature brings in without a reporting verb.

``Parameshwari, another auto-rickshaw driver, was sceptical. "Q," she said``
(bengaluru_free_toilets_women_girinath_deccanherald) and ``Elise, Will's sister, who is
eight ..., also has her own flock. "Q," she says``
(bath_west_show_livestock_rochford_guiver_farmingnews): the name no list knows is a
person's, so the "she" after it can go on with her rather than with the woman quoted in
the paragraph before.
"""

from __future__ import annotations

from .cues import is_cue_at
from .tokens import Token
from .vocabulary import ANONYMOUS_ROLES, GENDER_WORDS

_ARTICLES = frozenset(["a", "an", "another"])
_PERSONAL = frozenset(["he", "she"])
#: How many tokens after the apposition a quoting "he"/"she" may stand.
_REACH = 80


def opening_person_apposition(toks: list[Token], k: int) -> bool:
    """The name at ``toks[k]`` opens its sentence and is followed by an aside between
    commas that describes a person ("another auto-rickshaw driver", "Will's sister": an
    article or a possessive name, then a role or a gender word), and a "he"/"she" before a
    reporting verb follows within a few sentences.

    >>> from .tokens import tokenize
    >>> text = 'Parameshwari, another auto-rickshaw driver, was sceptical. "No," she said.'
    >>> opening_person_apposition(tokenize(text, [0]), 0)
    True
    >>> opening_person_apposition(tokenize("Elise, Will's sister, has a flock. He said.", [0]), 0)
    True
    >>> opening_person_apposition(tokenize("Moria, a camp for migrants, burned. He said.", [0]), 0)
    False
    """
    if k > 0 and toks[k - 1].sent == toks[k].sent:
        return False
    close = _person_aside_close(toks, k)
    if close is None:
        return False
    for j in range(close + 1, min(close + _REACH, len(toks) - 1)):
        if toks[j].lower in _PERSONAL and is_cue_at("", toks[j + 1]):
            return True
    return False


def _person_aside_close(toks: list[Token], k: int) -> int | None:
    """The index of the comma closing the aside after the name at ``toks[k]`` when the
    aside opens with "a"/"an"/"another" or a possessive name and holds a role or a gender
    word in lower case; else None."""
    if k + 3 >= len(toks) or toks[k + 1].text != ",":
        return None
    first = toks[k + 2]
    possessive = first.cap and first.text.endswith(("'s", "’s"))
    if first.lower not in _ARTICLES and not possessive:
        return None
    person = False
    for j in range(k + 3, min(k + 10, len(toks))):
        t = toks[j]
        if t.sent != toks[k].sent or t.text in ".;:":
            return None
        if t.text == ",":
            return j if person else None
        person = person or (
            t.text.islower() and (t.lower in GENDER_WORDS or t.lower in ANONYMOUS_ROLES)
        )
    return None
