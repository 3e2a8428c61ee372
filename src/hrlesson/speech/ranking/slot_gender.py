"""The gender of the words next to a quote's reporting verb, where its subject stands."""

from __future__ import annotations

from ..records import QuoteRecord
from ..vocabulary import GENDER_WORDS, PRONOUN_GENDERS
from .candidates import Candidate

#: How many words either side of the verb its subject may take ("the boy's mother said").
SLOT = 3
#: Word → "m" or "f": gendered nouns ("mother", data/words/gender_words.csv) and pronouns.
GENDERED = {**GENDER_WORDS, **PRONOUN_GENDERS}


def slot_gender(tokens, q: QuoteRecord) -> str | None:
    """The gender of the first gendered word among the few words right before the quote's
    reporting verb, else right after it ('"Me too," the mother said' and '"Me too," said
    the mother': "f"; '"Q," the minister said': None). Words inside quotation marks and
    past a sentence's end are not read."""
    cue = q.cue
    if cue is None:
        return None
    before = tokens[max(0, cue.tok - SLOT) : cue.tok][::-1]
    after = tokens[cue.tok + 1 : cue.tok + 1 + SLOT]
    for side in (before, after):
        for t in side:
            if t.text in ".!?" or q.start - 1 <= t.start <= q.end:
                break  # the sentence's end, or the quote with its marks
            if t.lower in GENDERED:
                return GENDERED[t.lower]
    return None


def fits_slot(c: Candidate, gender: str | None) -> bool:
    """Whether candidate ``c`` can be the gendered subject next to the verb: a person of
    that gender or of unknown gender (or any candidate when the slot says no gender). A
    man is never "the mother"; a state is never "she".

    >>> from ..records import Actor
    >>> fits_slot(Candidate(Actor("person", "Paul Otieno", gender="m"), None, "actor"), "f")
    False
    >>> fits_slot(Candidate(Actor("state", "Kenya"), None, "actor"), None)
    True
    """
    if gender is None:
        return True
    actor = c.actor
    return actor is not None and actor.kind == "person" and actor.gender in (None, gender)


def allowed_candidates(tokens, q: QuoteRecord, candidates: list[Candidate]) -> list[bool]:
    """For each candidate, whether it fits the gendered word next to ``q``'s reporting verb
    (:func:`slot_gender`, :func:`fits_slot`); all True when that word says no gender."""
    gender = slot_gender(tokens, q)
    return [fits_slot(c, gender) for c in candidates]
