"""A lawsuit's or a complaint's words are its plaintiffs': "The lawsuit still claims" after
"The three California plaintiffs filed their third complaint"."""

from __future__ import annotations

from dataclasses import replace

from ...wordlists import word_set
from ..records import SpeakerRef
from ..tokens import Token

#: Nouns of a legal filing whose words are its plaintiffs' (one kind of document).
LAWSUIT_NOUNS = frozenset(["lawsuit", "complaint", "suit"])

#: Verbs of bringing a lawsuit: data/words/filing_verbs.txt.
_FILING_VERBS = word_set("filing_verbs")

#: Kinds of actor that bring a lawsuit.
_PLAINTIFF_KINDS = ("person", "organisation", "group", "plural")


def filing_verb_at(toks: list[Token], k: int) -> bool:
    """``toks[k]`` brings a lawsuit: "sued"/"suing" alone, or a filing verb with a lawsuit
    noun within four words after it in its sentence ("filed their third complaint").

    >>> from hrlesson.speech.tokens import tokenize
    >>> ts = tokenize("The plaintiffs filed their third complaint", [0])
    >>> filing_verb_at(ts, 2), filing_verb_at(tokenize("filed for divorce", [0]), 0)
    (True, False)
    """
    if toks[k].lower not in _FILING_VERBS:
        return False
    if toks[k].lower in ("sued", "suing"):
        return True
    after = [t for t in toks[k + 1 : k + 5] if t.sent == toks[k].sent]
    return any(t.lower.rstrip("s") in LAWSUIT_NOUNS for t in after)


def plaintiffs(att, noun: Token) -> SpeakerRef | None:
    """``The lawsuit still claims that Hermes only gives customers with "Q"`` after "The
    three California plaintiffs filed their third complaint": the subject of the last
    sentence before the lawsuit noun ``noun`` (or its own) that brings a lawsuit ("sued",
    "filed a complaint") is its plaintiff; the subject phrase runs from the sentence's
    start to the verb. ``att`` is an :class:`Attributor`; None when no sentence does."""
    if noun.lower.rstrip("s") not in LAWSUIT_NOUNS:
        return None
    toks = [t for t in att.tokens if t.end <= noun.start and t.text[0].isalnum()]
    for k in range(len(toks) - 1, -1, -1):
        if not filing_verb_at(toks, k):
            continue
        s_start = att.sentences[toks[k].sent][3]
        ref = att.resolve_span(s_start, toks[k].start, toks[k].start)
        if ref is None or (ref.actor is not None and ref.actor.kind not in _PLAINTIFF_KINDS):
            continue
        if ref.actor is None and not ref.label:
            continue
        return replace(ref, how=ref.how or "who brought the lawsuit")
    return None
