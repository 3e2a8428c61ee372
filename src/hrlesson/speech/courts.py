"""A court the sentence itself describes ("a Sanandaj court"), for quoted charge names; the one
court the article names, for "the judges said" (:func:`judges_court`); the style of judges
named together ("Lord Justices Irwin and Flaux": :func:`plural_judicial_style_start`)."""

from __future__ import annotations

import re

from ..wordlists import word_set
from .vocabulary import COURT_WORDS

#: "Lord " or "Lady " right before "Justices" (data/words/plural_judicial_styles.txt).
_PLURAL_STYLE_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(word_set("plural_judicial_styles"))) + r")\s+\Z", re.IGNORECASE
)
#: How far before "Justices" the style is looked for (the longest, "Ladies", and a space or two).
_STYLE_REACH = 8


def plural_judicial_style_start(text: str, start: int) -> int:
    """``Lord Justices Irwin and Flaux said that it was "obvious ..."``: where the name of
    judges listed after a plural style starts, the style's first word ("Lord") kept before
    the "Justices" the list at ``start`` opens with; ``start`` when no such style stands.

    >>> text = "the Court of Appeal. Lord Justices Irwin and Flaux said"
    >>> text[plural_judicial_style_start(text, text.index("Justices")) :][:14]
    'Lord Justices '
    >>> plural_judicial_style_start("the Justices said", 4)
    4
    """
    if not text.startswith("Justices ", start):
        return start
    found = _PLURAL_STYLE_BEFORE.search(text, max(0, start - _STYLE_REACH), start)
    return found.start() if found and text[found.start()].isupper() else start


def court_in_sentence(words: list) -> tuple[int, int] | None:
    """``a Sanandaj court sentenced him to three years in prison for "Q"``: the span of a
    court the sentence itself describes ("a/the ... court" in the tokens ``words``).

    >>> from .tokens import tokenize
    >>> court_in_sentence(tokenize("a Sanandaj court sentenced him for", [0]))
    (0, 16)
    """
    words = [t for t in words if t.text[0].isalnum()]
    for k, t in enumerate(words):
        if t.lower not in COURT_WORDS or not t.text.islower():
            continue
        for j in range(k - 1, max(-1, k - 4), -1):
            if words[j].lower in ("a", "an", "the"):
                return words[j].start, t.end
    return None


#: The evidence for judges placed by :func:`judges_court`.
ONE_COURT = "the one court the article names: the judges' words are its ruling"


def judges_court(reader, noun: str, span: tuple[int, int]):
    """``the Court of Appeal ruled they would have lost ... Sir Keith Lindblom, sitting with
    Lord Justice Lewis ... In a 60-page ruling, the judges said "Q"``: a bare "the judges"
    (``noun``, of choice "named_just_before" in data/words/body_nouns.csv) that no court
    named in its sentence or the one before owns speaks for the one court the article names
    outside quotations (:func:`hrlesson.speech.bodies.noun_referents.one_named`); None when
    it names none or two ("the Hague District Court" and "the Hague Appeals Court").
    ``reader`` is the :class:`Attributor`."""
    from .bodies.noun_referents import one_named
    from .records import SpeakerRef

    actor = one_named(reader, noun)
    if actor is None:
        return None
    reader.note_span(actor, *span)
    return SpeakerRef(actor, None, *span, how=ONE_COURT)
