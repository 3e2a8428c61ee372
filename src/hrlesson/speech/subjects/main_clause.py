"""The verb of a main clause that a participle goes on with.

"Egypt and Sudan called for the council meeting and sent their foreign ministers to New
York to appeal for council action, saying ...": the participle shares the subject of the
clause's finite verb (Egypt and Sudan), not that of the infinitive "to appeal" nearest
before it, whose subject the finder reads as "the council"; nor is a verb inside the
"that" clause of another ("Kobakhidze stated that the OSCE/ODIHR had only spoken about
'isolated violent incidents' and also briefly added that ...": Kobakhidze added).
"""

from __future__ import annotations

from ..cues import CUE_FORMS
from ..records import Cue
from ..reported_clause import inside_that_clause
from ..tokens import Token
from ..vocabulary import (
    ADVERBS,
    AUXILIARIES,
    DETERMINERS,
    FINITE_VERBS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
)


def infinitive_cue(tokens: list[Token], cue: Cue) -> bool:
    """The cue is an infinitive ("to demand answers", "to appeal for council action"), not
    the verb of a clause whose subject a later participle shares.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("wrote to demand answers", [0])
    >>> infinitive_cue(toks, Cue(toks[2].start, toks[2].end, "demand", "demand", 0, 2))
    True
    >>> infinitive_cue(toks, Cue(toks[0].start, toks[0].end, "wrote", "write", 0, 0))
    False
    """
    return cue.tok > 0 and tokens[cue.tok - 1].lower == "to"


def reported_verb(text: str, earlier: list[Cue], cue: Cue) -> bool:
    """The cue and its subject stand inside the "that" clause of an earlier cue of
    ``earlier``, with no punctuation between (:func:`..reported_clause.inside_that_clause`):
    part of what is reported, not the main clause a later "and added" goes on with.

    >>> from ..records import SpeakerRef
    >>> t = "Kobakhidze stated that the OSCE had only spoken about it and also added"
    >>> stated = Cue(t.index("stated"), t.index(" that"), "stated", "state", 0, 1)
    >>> spoken = Cue(t.index("spoken"), t.index(" about"), "spoken", "speak", 0, 7)
    >>> spoken.subject = SpeakerRef(None, "OSCE", t.index("the OSCE"), t.index(" had"))
    >>> reported_verb(t, [stated, spoken], spoken)
    True
    """
    ref = cue.subject
    return ref is not None and any(
        inside_that_clause(text, c, ref.start) for c in earlier if c is not cue
    )


def _is_verb(t: Token) -> bool:
    """A lower-case word that reads as a clause's finite verb: an auxiliary, a reporting
    verb's form, or a past form in "-ed" ("called", "praised", "labeled")."""
    w = t.text
    return w.islower() and (
        t.lower in AUXILIARIES
        or t.lower in FINITE_VERBS
        or t.lower in CUE_FORMS
        or w.endswith("ed")
    )


def subject_before_verb(words: list[Token], named_at: int) -> list[Token] | None:
    """The words before the clause's first verb, when the actor read from the whole clause
    ``words`` is named (at offset ``named_at``) after that verb: its object, not its
    subject ("The union also called on the CDC ..., adding": "The union", not the CDC).
    None when the actor read stands before the verb ("Lai's office filed ...": the office
    stays) or no verb is found.

    >>> from ..tokens import tokenize
    >>> ws = tokenize("The union also called on the CDC", [0])
    >>> [t.text for t in subject_before_verb(ws, ws[-1].start)]
    ['The', 'union']
    >>> subject_before_verb(ws, ws[1].start) is None
    True
    """
    k = next((k for k, t in enumerate(words) if k and _is_verb(t)), None)
    if k is None or named_at < words[k].end:
        return None
    if any(t.lower in RELATIVE_PRONOUNS for t in words[k:]):
        return None  # "X obtained a memo from Y in which he chose to ... by telling": Y's
    while k > 1 and words[k - 1].lower in ADVERBS:
        k -= 1  # "The union also called"
    return words[:k]


#: Capitalised words that open a sentence without naming anyone.
_NOT_NAMES = frozenset(PRONOUNS) | frozenset(DETERMINERS) | frozenset(["one", "we're", "we’re"])


def named_run(words: list[Token]) -> bool:
    """``words`` are a name alone, every word capitalised and none a pronoun or a word
    that opens sentences ("Isinbayeva", not "The", "We're", "One").

    >>> from ..tokens import tokenize
    >>> named_run(tokenize("Isinbayeva", [0])), named_run(tokenize("The", [0]))
    (True, False)
    """
    return all(t.cap and t.lower not in _NOT_NAMES for t in words)


def words_span(words: list[Token]) -> tuple[int, int]:
    """The offsets from the first word's start to the last word's end.

    >>> from ..tokens import tokenize
    >>> words_span(tokenize("The union also called", [0])[:2])
    (0, 9)
    """
    return words[0].start, words[-1].end
