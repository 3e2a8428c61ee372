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
from ..frames import by_rule, speech_noun_at
from ..records import Cue, SpeakerRef
from ..reported_clause import inside_that_clause
from ..tokens import Token
from ..vocabulary import (
    ADVERBS,
    AUXILIARIES,
    DETERMINERS,
    FINITE_VERBS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    STOP_WORDS,
)
from .complemented_subjects import SPEAKER_HEADS, complemented_description
from .spans import reduced_relative


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


#: Forms of the verbs that quote someone "as saying" ("Reuters quoted X as saying").
_QUOTING_FORMS = frozenset(["quote", "quoted", "quotes", "quoting", "cited", "cites"])

#: The most words between the quoting verb and "as saying" ("the head of the justice
#: department in the southern Fars province").
_MAX_QUOTED_WORDS = 12


def quoted_as_saying(tokens: list[Token], cue: Cue) -> bool:
    """``cue`` is the "saying" of a "quoted X as saying" in its sentence: what X says is
    the clause a later participle goes on with, so X says that too, not the one who quoted X
    ("Reuters quoted Foreign Minister Sergei Lavrov as saying the plan was sound, adding
    that it was "a good start"": Lavrov; "... and quote Saudi Arabia's king as saying the
    United States should bomb Iran, telling it to "Q"": the king).

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Reuters quoted Lavrov as saying it", [0])
    >>> saying = Cue(toks[4].start, toks[4].end, "saying", "say", 0, 4)
    >>> quoted_as_saying(toks, saying)
    True
    >>> toks = tokenize("Lavrov was seen as saying it", [0])
    >>> quoted_as_saying(toks, Cue(toks[4].start, toks[4].end, "saying", "say", 0, 4))
    False
    """
    k = cue.tok
    if cue.form.lower() != "saying" or k < 3 or tokens[k - 1].lower != "as":
        return False
    window = range(max(0, k - _MAX_QUOTED_WORDS - 2), k - 2)  # the verb, then "X as"
    return any(tokens[j].lower in _QUOTING_FORMS and tokens[j].sent == cue.sent for j in window)


#: The evidence for a participle's subject found through :func:`quoted_as_saying`.
QUOTED_AS_SAYING = "the one quoted as saying before the participle"


def earlier_clause_subject(tokens: list[Token], prev: Cue) -> SpeakerRef | None:
    """The subject of ``prev``, the earlier cue a later participle goes on with, with
    evidence saying so when it is the one a "quoted X as saying" quotes
    (:func:`quoted_as_saying`).

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Reuters quoted Lavrov as saying it", [0])
    >>> saying = Cue(toks[4].start, toks[4].end, "saying", "say", 0, 4)
    >>> saying.subject = SpeakerRef(None, "Lavrov", 15, 21)
    >>> earlier_clause_subject(toks, saying).how
    'the one quoted as saying before the participle'
    """
    ref = prev.subject
    return by_rule(ref, QUOTED_AS_SAYING) if quoted_as_saying(tokens, prev) else ref


def not_main_clause(
    tokens: list[Token], text: str, earlier: list[Cue], cue: Cue, before: Token | None
) -> bool:
    """An earlier cue of the sentence that is not the main clause a later participle goes
    on with: a reduced relative or a speech noun ("the UN report accusing Beijing of ...",
    "remarks by X": ``before`` is the word before the cue), an infinitive
    (:func:`infinitive_cue`) or a verb inside another's "that" clause
    (:func:`reported_verb`); never the "saying" of "quoted X as saying"
    (:func:`quoted_as_saying`)."""
    if quoted_as_saying(tokens, cue):
        return False
    return (
        reduced_relative(cue, before)
        or speech_noun_at(tokens, cue.tok)
        or infinitive_cue(tokens, cue)
        or reported_verb(text, earlier, cue)
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


def _not_head(words: list[Token], k: int) -> bool:
    """``words[k]`` does not head the noun phrase a determiner opens right before it: in
    "The counsel for the respondents countered this statement" the verb is "countered",
    not "counsel" (a noun after "The" that could be read as a verb).

    >>> from ..tokens import tokenize
    >>> ws = tokenize("The counsel for the respondents countered", [0])
    >>> [_not_head(ws, k) for k in (1, 5)]
    [False, True]
    """
    return words[k - 1].lower not in DETERMINERS


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
    k = next((k for k, t in enumerate(words) if k and _is_verb(t) and _not_head(words, k)), None)
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


#: The most words of a definite description read as an unresolved subject ("the judiciary").
_MAX_DESCRIPTION = 3


def definite_description(words: list[Token]) -> list[Token] | None:
    """The words after "the" when ``words`` are a short definite description of lower-case
    nouns and adjectives only, no verb, pronoun or function word, headed by a noun that can
    speak (a body, a post or a person): a subject that names a
    body or person the index cannot resolve ("the judiciary said in a statement, adding":
    the judiciary, not the executed men the sentence opens with; "The union also called on
    the CDC ..., adding": the union, not the CDC). None for anything else.

    >>> from ..tokens import tokenize
    >>> [t.text for t in definite_description(tokenize("The union", [0]))]
    ['union']
    >>> definite_description(tokenize("the city of Isfahan", [0])) is None
    True
    >>> definite_description(tokenize("the next day", [0])) is None
    True
    >>> definite_description(tokenize("the meeting", [0])) is None
    True
    """
    rest = words[1:]
    if not words or words[0].lower != "the" or not 1 <= len(rest) <= _MAX_DESCRIPTION:
        return None
    for t in rest:
        if not (t.text.isalpha() and t.text.islower()) or _is_verb(t):
            return None
        if t.lower in STOP_WORDS or t.lower in PRONOUNS or t.lower in DETERMINERS:
            return None
    return rest if rest[-1].lower in SPEAKER_HEADS else None


def described_label(words: list[Token]) -> SpeakerRef | None:
    """A description kept as the speaker's label (:func:`definite_description`), or None.

    >>> from ..tokens import tokenize
    >>> described_label(tokenize("the judiciary", [0])).label
    'judiciary'
    """
    rest = definite_description(words)
    if rest is None:
        return None
    label = " ".join(t.text for t in rest)
    return SpeakerRef(None, label, rest[0].start, rest[-1].end, True, "an unresolved description")


def described_before(toks: list[Token]) -> SpeakerRef | None:
    """The description that closes ``toks``, after their last comma, kept as a label
    (:func:`described_label`): the unresolved subject of a reporting verb that a later
    participle goes on with ("X were executed in Isfahan, the judiciary said ..., adding").

    >>> from ..tokens import tokenize
    >>> described_before(tokenize("X were executed in Isfahan, the judiciary", [0])).label
    'judiciary'
    """
    cut = max((k + 1 for k, t in enumerate(toks) if t.text == ","), default=0)
    return described_label([t for t in toks[cut:] if t.text[0].isalnum()])


def unresolved_subject(text: str, words: list[Token]) -> SpeakerRef | None:
    """The subject ``words`` of a main clause that the index resolves to no actor, kept
    as written: a name alone (:func:`named_run`: "Isinbayeva had been critical of X") or a
    definite description of a body, a post or a person (:func:`described_label`: "The
    union also called on the CDC ..., adding": the union, not the CDC), or of anyone with
    a complement (:func:`.complemented_subjects.complemented_description`: "The counsel for
    the respondents countered this statement and said"); None otherwise.

    >>> from ..tokens import tokenize
    >>> unresolved_subject("Isinbayeva", tokenize("Isinbayeva", [0])).label
    'Isinbayeva'
    >>> unresolved_subject("The union", tokenize("The union", [0])).label
    'union'
    """
    if named_run(words):
        start, end = words_span(words)
        return SpeakerRef(None, text[start:end], start, end)
    return described_label(words) or complemented_description(text, words)
