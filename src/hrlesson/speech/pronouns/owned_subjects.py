"""An "it" after a sentence whose subject is a body described with its owner's name: the
owned body, not the owner ("Parliament's finance and planning committee rejected the tax
hikes. "Q," it said": the committee, not Parliament; "the WTO dispute-settlement panel said
... It said": the panel, not the WTO)."""

from __future__ import annotations

from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import FINITE_VERBS, ORGANISATION_WORDS

#: The most words an owned subject takes between its owner and its verb.
MAX_OWNED_WORDS = 6

#: Heads that stand for the owner itself: "the US government" is the United States.
OWNER_ITSELF = frozenset({"government", "administration", "presidency", "state"})

#: The evidence for an "it" that is a body its owner's name describes.
OWNED_SUBJECT = "the body the sentence before describes with its owner's name as its subject"


def owned_subject(words: list[Token], is_cue=lambda w: False) -> tuple[int, int] | None:
    """The word indices ``(i, j)`` of a subject "Owner's lower-case words" that opens
    ``words`` or follows a comma, and of its verb right after it (a finite verb, a past form
    or a reporting verb, ``is_cue``).

    >>> from ..tokens import tokenize
    >>> ws = tokenize("In May, after lobbying by EABL, Parliament's finance committee rejected it", [0])
    >>> owned_subject(ws)
    (8, 11)
    >>> owned_subject(tokenize("Parliament's committee", [0])) is None
    True
    """
    for k, w in enumerate(words):
        if not (w.poss and w.text[0].isupper() and (k == 0 or words[k - 1].text == ",")):
            continue
        for j in range(k + 1, min(len(words), k + MAX_OWNED_WORDS + 2)):
            v = words[j]
            if v.poss or not (v.text[0].isalpha() and v.text.islower()):
                break
            if j > k + 1 and (v.lower in FINITE_VERBS or v.lower.endswith("ed") or is_cue(v)):
                return k, j
    return None


def owned_body_span(resolver, start: int, end: int) -> tuple[int, int] | None:
    """Where ``text[start:end]`` describes a body by its owner's name and lower-case words
    ending in a body noun (data/words/organisation_words.txt): "Parliament's finance and
    planning committee", "the WTO dispute-settlement panel" (not "the US government", which
    is the state): the span of the body's label, the description without "the"
    (:func:`owned_body_ref` makes it a body of its own)."""
    words = [w for w in resolver.toks_between(start, end) if w.text[0].isalnum()]
    if words and words[0].lower == "the":
        words = words[1:]
    if len(words) < 2 or not words[0].text[0].isupper():
        return None
    if any(not (w.text[0].isalpha() and w.text.islower()) for w in words[1:]):
        return None  # "the Armenian Foreign Ministry": a name, not an owned body
    head = words[-1].lower
    if head not in ORGANISATION_WORDS or head in OWNER_ITSELF:
        return None
    if not any(m.start == words[0].start for m in resolver.index.mentions_in(start, end)):
        return None  # the owner must be a name the text reads
    return words[0].start, words[-1].end


def owned_body_ref(resolver, span: tuple[int, int]) -> SpeakerRef:
    """The body of its own labelled by ``text[span]`` (:func:`owned_body_span`), registered
    in the actor index only now, once its reading is kept."""
    ref = resolver.owned_body(*span)
    return SpeakerRef(ref.actor, None, ref.start, ref.end, True, how=OWNED_SUBJECT)
