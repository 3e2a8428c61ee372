"""A cue's lemma as the article spells it: "emphasized" is *emphasize*, "emphasised" *emphasise*.

A lexicon row lists a verb's spellings in its ``pattern`` (``emphasise|emphasize``); the
attribution reads them as one verb under the row's term, while the ``cue`` column of
``hrlesson.quotes`` names the spelling the text uses.
"""

from __future__ import annotations

from functools import lru_cache

from ..inflection import verb_forms
from ..lexicon import bundled_entries
from .records import Cue


@lru_cache(maxsize=1)
def spelled_lemmas() -> dict[str, str]:
    """Written cue form -> its spelling's lemma, for the cue rows that list several spellings.

    >>> spelled_lemmas()["emphasized"], spelled_lemmas()["criticising"]
    ('emphasize', 'criticise')
    """
    spelled: dict[str, str] = {}
    for row in bundled_entries():
        spellings = row["pattern"].split("|") if row["pattern"] else []
        if not row["cue"] or row["cue_forms"] or len(spellings) < 2 or " " in row["term"]:
            continue
        for spelling in spellings:
            for form in verb_forms(spelling):
                spelled.setdefault(form, spelling)
    return spelled


def cue_lemma(cue: Cue) -> str | None:
    """The lemma of ``cue`` in the article's spelling (None for "according to").

    >>> cue_lemma(Cue(0, 10, "Emphasized", "emphasise", 0, 0))
    'emphasize'
    >>> cue_lemma(Cue(0, 4, "said", "say", 0, 0))
    'say'
    """
    if cue.lemma is None:
        return None
    return spelled_lemmas().get(cue.form.lower(), cue.lemma)
