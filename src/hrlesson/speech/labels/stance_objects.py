"""Stance objects: a short quotation that a verb of judging, complaining, praising, citing or
speaking of takes as its object is its subject's words, not the writer's scare quote.

News reports a person's or a body's stance with a verb chosen by the writer and quotes the
words it was taken in: 'Campaigners have lambasted the parliament’s “culture of impunity”',
'Shoukry spoke of “survival”', 'JD Vance lashed out against “onerous international” rules',
'The churches committed to “stand together”' (data/words/stance_verbs.txt). The quotation
follows the verb within a few words of its object, with no clause between; the verb's
subject speaks it (attribution ``stance_subject``).
"""

from __future__ import annotations

import re

from ...inflection import verb_forms
from ...wordlists import word_list
from ..vocabulary import BE_FORMS

#: The evidence words of the attribution.
STANCE_SUBJECT = "stance_subject"
STANCE_EVIDENCE = (
    "a short quotation a verb of judging, praising, citing or speaking of takes as its"
    " object, not a scare quote: the verb's subject"
)

#: The most words between the verb phrase and the opening mark ("the Welsh Government’s").
MAX_OBJECT_WORDS = 4

#: Words between the verb and the quotation that open a clause of their own, or stand for a
#: passive or a verb of its own: the quotation is not the verb's object.
_CLAUSE_WORDS = frozenset(
    ["that", "which", "who", "whom", "whose", "when", "where", "while", "and", "but", "or",
     "because", "after", "before", "if", "as", "is", "are", "was", "were", "be", "been",
     "being", "has", "have", "had", "to", "for", "by", "said", "says"]
)  # fmt: skip


def _phrase_forms(phrase: str) -> list[str]:
    """Every inflected form of a verb phrase, its first word inflected.

    >>> _phrase_forms("speak_of")[:3]
    ['speak of', 'speaks of', 'spoke of']
    """
    head, _, rest = phrase.replace("_", " ").partition(" ")
    return [f"{form} {rest}".strip() for form in verb_forms(head)]


def _stance_pattern() -> re.Pattern:
    forms = sorted({f for p in word_list("stance_verbs") for f in _phrase_forms(p)}, key=len)
    alternatives = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in reversed(forms))
    return re.compile(
        rf"\b(?P<verb>{alternatives})(?P<object>(?:\s+[\w’'-]+){{0,{MAX_OBJECT_WORDS}}}?)\s*$",
        re.IGNORECASE,
    )


_STANCE_BEFORE = _stance_pattern()


def stance_verb_before(before: str) -> tuple[int, int] | None:
    """Where the stance verb stands in ``before`` (its sentence up to the opening mark of a
    short quotation) when the quotation is its object, a few words on, or None.

    >>> before = "Campaigners have lambasted the parliament’s "
    >>> span = stance_verb_before(before); before[span[0] : span[1]]
    'lambasted'
    >>> bool(stance_verb_before("Shoukry spoke of "))
    True
    >>> bool(stance_verb_before("The bridge was criticised for its "))  # a passive subject
    False
    >>> bool(stance_verb_before("Critics slammed the plan, which has "))  # a clause between
    False
    """
    m = _STANCE_BEFORE.search(before)
    if m is None or (m.group("verb")[:1].isupper() and m.start() > 0):
        return None
    words = m.group("object").lower().split()
    if any(w.strip("’'") in _CLAUSE_WORDS for w in words):
        return None
    prev = before[: m.start()].split()[-1:]
    if prev and prev[0].lower() in BE_FORMS:
        return None  # 'was criticised', 'has been lambasted': a passive's subject is judged
    return m.start(), m.start() + len(m.group("verb").split()[0])
