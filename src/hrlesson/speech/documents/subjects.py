"""A document that opens its sentence as the subject is not owned by a speaker named later
in the sentence: ``The decision reflects pressure from the United States and Israel, with
both countries arguing ...`` (the two argue about the decision, they did not take it); nor
is it the subject of a clause a subordinator opens after its own verb (``The comments come
after X declared``), nor is the subject of a passive verb done "in" it (``X was also cited in
the report``)."""

from __future__ import annotations

from ...wordlists import word_set
from ..clause_words import SUBORDINATORS, TEMPORAL_SUBORDINATORS
from ..records import Cue, SpeakerRef
from ..tokens import Token
from ..vocabulary import ADVERBS, BE_FORMS

#: Participles of "X was <verb> in the report", what a document speaks of:
#: data/words/document_topic_verbs.txt.
DOCUMENT_TOPIC_VERBS = word_set("document_topic_verbs")

#: At most this many words before a document noun that opens its sentence ("The new draft").
_OPENING_WORDS = 3


def later_clause_speaker(words: list[Token], i: int, cue: Cue) -> bool:
    """Is the subject of ``cue`` in the sentence ``words`` named after the document noun
    ``words[i]`` that opens the sentence after a determiner, and no pronoun (an "it" may
    be the document: "A draft ... names X, though it notes")?

    >>> from hrlesson.speech.records import SpeakerRef
    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "The decision reflects pressure, with both countries arguing"
    >>> ws = [t for t in tokenize(s, [0]) if t.text[0].isalnum()]
    >>> who = SpeakerRef(None, "both countries", 37, 51)
    >>> later_clause_speaker(ws, 1, Cue(52, 59, "arguing", "argue", 6, 0, subject=who))
    True
    """
    if i >= _OPENING_WORDS or i == 0 or words[0].lower not in ("the", "this", "a", "an"):
        return False
    if cue.subject.start <= words[i].end:
        return False
    first = next((w for w in words if w.start == cue.subject.start), None)
    return first is None or first.lower not in ("it", "they")


def owning_subject(words: list[Token], i: int, cues: list[Cue]) -> SpeakerRef | None:
    """The subject of the first reporting verb of the sentence ``words`` that may own the
    document ``words[i]`` (none named after a document that opens the sentence)."""
    return next(
        (
            c.subject
            for c in cues
            if c.subject is not None and c.lemma and not later_clause_speaker(words, i, c)
        ),
        None,
    )


def clause_after_document(words: list[Token], i: int) -> bool:
    """``The comments come after Azerbaijani Foreign Minister [declared]``: the document
    noun ``words[i]`` has a verb of its own, then a subordinator opens the clause whose
    subject speaks; the document is no part of that subject.

    >>> from hrlesson.speech.tokens import tokenize
    >>> clause_after_document(tokenize("The comments come after the minister", [0]), 1)
    True
    >>> clause_after_document(tokenize("the comments", [0]), 1)
    False
    """
    after = words[i + 1 : i + 3]
    return (
        len(after) == 2
        and i + 3 < len(words)
        and after[0].text.islower()
        and after[1].lower in SUBORDINATORS | TEMPORAL_SUBORDINATORS
    )


def passive_topic(words: list[Token], i: int) -> bool:
    """``Munilla Construction Management, which built the bridge, was also cited in the
    report``; ``the region of J&K, which was mentioned in the report``: the subject of a
    passive verb of :data:`DOCUMENT_TOPIC_VERBS` done "in" the document ``words[i]`` (a
    determiner and up to one modifier between) is what the document speaks of, not its
    owner.

    >>> from hrlesson.speech.tokens import tokenize
    >>> passive_topic(tokenize("MCM was also cited in the report", [0]), 6)
    True
    >>> passive_topic(tokenize("MCM, which built it, was cited in the report", [0]), 10)
    True
    >>> passive_topic(tokenize("X said in the latest report", [0]), 5)
    False
    """
    k = next((k for k in (i - 2, i - 3) if k >= 2 and words[k].lower == "in"), None)
    if k is None or words[k - 1].lower not in DOCUMENT_TOPIC_VERBS:
        return False
    j = k - 2
    while j >= 0 and words[j].lower in ADVERBS and words[j].lower not in BE_FORMS:
        j -= 1  # "was also cited"
    return j >= 0 and words[j].lower in BE_FORMS
