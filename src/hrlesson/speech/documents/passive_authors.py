"""A document's author named in a passive clause near it: "The e-mail containing controversial
remarks was originally sent out by Haq to journalists" then '"The remarks noted that ...'
(Haq's remarks); "The report contained phrases such as "Q"" then "the document ... was
prepared by a subsidiary of HYBE" (the subsidiary's report)."""

from __future__ import annotations

from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import BE_FORMS, DOCUMENT_NOUNS, PREPOSITIONS
from .authoring_verbs import AUTHORING_VERBS

#: Nouns for any document, the one the passage is about ("the document ... was prepared").
_GENERIC_NOUNS = frozenset(["document", "e-mail", "email"])

#: How many sentences before and after the document noun the passive clause may stand.
_SENTENCES_BEFORE = 3
_SENTENCES_AFTER = 3

#: Particles after an authoring verb ("sent out by", "put out by").
_PARTICLES = frozenset(["out", "up"])

#: Kinds of actor that write a document.
_AUTHOR_KINDS = ("organisation", "group", "person")

#: The most words of an author's phrase kept as a label ("a subsidiary of HYBE").
_MAX_LABEL_WORDS = 5

#: How the evidence says the author was found.
_HOW = "named as its author in a passive clause nearby"


def passive_by_at(words: list[Token], k: int) -> bool:
    """``words[k]`` is the "by" of a passive authoring verb: a form of "be", an optional
    adverb, the verb, an optional particle, "by" ("was originally sent out by").

    >>> from hrlesson.speech.tokens import tokenize
    >>> ws = tokenize("The e-mail was originally sent out by Haq", [0])
    >>> passive_by_at(ws, 6), passive_by_at(tokenize("a report published by X", [0]), 3)
    (True, False)
    """
    if words[k].lower != "by":
        return False
    j = k - 1
    if j > 0 and words[j].lower in _PARTICLES:
        j -= 1
    if j < 1 or words[j].lower not in AUTHORING_VERBS:
        return False
    j -= 1
    if j > 0 and words[j].lower.endswith("ly"):
        j -= 1
    return j >= 0 and words[j].lower in BE_FORMS


def passive_subject_noun(words: list[Token], k: int) -> str | None:
    """The nearest document noun before the passive "by" at ``words[k]`` (its singular), the
    subject whose author the clause names: "the report was released by the UN" ->
    "report", not a "statement" named before it.

    >>> from hrlesson.speech.tokens import tokenize
    >>> ws = tokenize("no statement since the report was released by the UN", [0])
    >>> passive_subject_noun(ws, 7)
    'report'
    """
    for w in reversed(words[:k]):
        if w.lower in DOCUMENT_NOUNS or w.lower in _GENERIC_NOUNS:
            return w.lower.removesuffix("s") if w.lower in DOCUMENT_NOUNS else w.lower
    return None


def by_phrase(words: list[Token], k: int) -> list[Token]:
    """The words after the "by" at ``words[k]`` up to a preposition other than "of" ("by
    Haq to journalists": "Haq"; "by a subsidiary of HYBE for internal reference").

    >>> from hrlesson.speech.tokens import tokenize
    >>> [w.text for w in by_phrase(tokenize("sent by a subsidiary of HYBE for use", [0]), 1)]
    ['a', 'subsidiary', 'of', 'HYBE']
    """
    phrase: list[Token] = []
    for w in words[k + 1 :]:
        if w.lower in PREPOSITIONS and w.lower != "of":
            break
        phrase.append(w)
    return phrase


def passive_author(att, noun: Token) -> SpeakerRef | None:
    """The author of the document ``noun`` (after "the") that a passive clause names within
    three sentences before or after it in its text: the clause's subject is the same
    document noun, or "the document"/"the e-mail" ("The e-mail containing controversial
    remarks was originally sent out by Haq" ... "The remarks noted"). ``att`` is an
    :class:`Attributor`; None when no such clause names a person or body."""
    want = noun.lower.removesuffix("s")
    first = max(0, noun.sent - _SENTENCES_BEFORE)
    last = min(len(att.sentences), noun.sent + _SENTENCES_AFTER + 1)
    for s in sorted(range(first, last), key=lambda s: abs(s - noun.sent)):
        s_start, s_end = att.sentences[s][3], att.sentences[s][4]
        words = [
            t
            for t in att.toks_between(s_start, s_end)
            if t.text[0].isalnum() and att.quote_at(t.start) is None
        ]
        for k in range(2, len(words) - 1):
            if not passive_by_at(words, k):
                continue
            subject = passive_subject_noun(words, k)
            if subject != want and subject not in _GENERIC_NOUNS:
                continue
            phrase = by_phrase(words, k)
            ref = att.resolve_span(phrase[0].start, phrase[-1].end, noun.start) if phrase else None
            if ref is not None and ref.actor is not None and ref.actor.kind in _AUTHOR_KINDS:
                return SpeakerRef(ref.actor, None, ref.start, ref.end, how=_HOW)
            if ref is None and (label := name_label(att.text, phrase)) is not None:
                return SpeakerRef(None, label, phrase[0].start, phrase[-1].end, how=_HOW)
    return None


def name_label(text: str, phrase: list[Token]) -> str | None:
    """The author's phrase as a label when it ends in a capitalised name the index does not
    know: "a subsidiary of HYBE" (not "a “ghost mission” which had not set foot").

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "a subsidiary of HYBE"
    >>> name_label(s, tokenize(s, [0])), name_label("a mission", tokenize("a mission", [0]))
    ('a subsidiary of HYBE', None)
    """
    if not phrase or len(phrase) > _MAX_LABEL_WORDS or not phrase[-1].cap:
        return None
    return " ".join(text[phrase[0].start : phrase[-1].end].split())
