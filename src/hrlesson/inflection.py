"""English inflection for lexicon entries and reporting verbs: one conjugation for every rule.

>>> verb_forms("decry")
['decry', 'decries', 'decried', 'decrying']
>>> noun_forms("atrocity")
['atrocity', 'atrocities']
"""

from __future__ import annotations

import functools
import re

from .wordlists import word_set, word_table

__all__ = ["noun_forms", "verb_forms"]


@functools.cache
def _irregular() -> dict[str, tuple[str, ...]]:
    """Irregular verbs of news reporting (``data/words/irregular_verbs.csv``): verb -> forms."""
    columns = ("third_person", "past", "past_participle", "ing")
    return {
        row["verb"]: tuple(row[c] for c in columns if row[c])
        for row in word_table("irregular_verbs")
    }


#: Irregular past tenses of news verbs ("sought", "made", "held"), which end in no "-ed":
#: data/words/irregular_verbs.csv.
IRREGULAR_PASTS = frozenset(row["past"] for row in word_table("irregular_verbs") if row["past"])

_VOWELS = "aeiou"


def verb_forms(verb: str) -> list[str]:
    """Return the forms of an English verb: base, third person, past (participle), -ing.

    Irregular verbs of news reporting (say, tell, write, ...) are listed; the rest follow
    the spelling rules (decry -> decried, slam -> slammed, criticise -> criticising).

    >>> verb_forms("slam")
    ['slam', 'slams', 'slammed', 'slamming']
    >>> verb_forms("say")
    ['say', 'says', 'said', 'saying']
    >>> verb_forms("criticise")
    ['criticise', 'criticises', 'criticised', 'criticising']
    """
    v = verb.lower()
    irregular = _irregular()
    if v in irregular:
        return [v, *irregular[v]]
    if v.endswith(("s", "sh", "ch", "x", "z")):
        third = v + "es"
    elif v.endswith("y") and len(v) > 1 and v[-2] not in _VOWELS:
        third = v[:-1] + "ies"
    else:
        third = v + "s"
    if v.endswith("e"):
        past, ing = v + "d", (v + "ing" if v.endswith(("ee", "ye", "oe")) else v[:-1] + "ing")
    elif v.endswith("y") and len(v) > 1 and v[-2] not in _VOWELS:
        past, ing = v[:-1] + "ied", v + "ing"
    elif _doubles(v):
        past, ing = v + v[-1] + "ed", v + v[-1] + "ing"
    else:
        past, ing = v + "ed", v + "ing"
    return [v, third, past, ing]


def _doubles(v: str) -> bool:
    if v in word_set("doubling_verbs"):
        return True
    groups = re.findall(r"[aeiou]+", v)
    return (
        len(groups) == 1
        and len(v) >= 3
        and v[-1] not in _VOWELS + "wxy"
        and v[-2] in _VOWELS
        and v[-3] not in _VOWELS
    )


def noun_forms(noun: str) -> list[str]:
    """Return a noun and its regular plural.

    >>> noun_forms("crackdown"), noun_forms("atrocity"), noun_forms("crisis")
    (['crackdown', 'crackdowns'], ['atrocity', 'atrocities'], ['crisis', 'crises'])
    """
    n = noun.lower()
    if n.endswith("is"):
        return [n, n[:-2] + "es"]
    if n.endswith(("s", "sh", "ch", "x", "z")):
        return [n, n + "es"]
    if n.endswith("y") and len(n) > 1 and n[-2] not in _VOWELS:
        return [n, n[:-1] + "ies"]
    return [n, n + "s"]
