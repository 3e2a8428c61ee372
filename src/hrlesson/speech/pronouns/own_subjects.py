"""An "it" or "they" inside its own sentence goes back to the subject that sentence opens
with, when a description ("the delegation", "the four Grand Slam events") and not a name
the index holds: 'During the four day visit the eleven member international delegation
held worker hearings, and reported itself "shocked" by what it said were ...' is the
delegation, not the UN named in the sentence before."""

from __future__ import annotations

from ...inflection import IRREGULAR_PASTS
from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import (
    ANONYMOUS_ROLES,
    DETERMINERS,
    EPITHET_NOUNS,
    KIN_SPEAKERS,
    PREPOSITIONS,
    TITLE_HEADS,
)
from .described_subjects import described_actor, described_subject, narration_words

#: The evidence for a pronoun resolved by :func:`own_described_subject`.
OWN_SUBJECT = "the body its own sentence describes as its subject"

#: Head nouns of a person, whom no "it" or plural group takes up ("the minister").
_PERSON_HEADS = TITLE_HEADS | ANONYMOUS_ROLES | KIN_SPEAKERS | EPITHET_NOUNS

#: The most words of a fronted phrase that opens a sentence without its comma ("During the
#: four day visit").
MAX_FRONTED_WORDS = 6


def fronted_without_comma(words: list[Token]) -> int:
    """The index in ``words`` where a subject opened by "the" starts after a fronted phrase
    that a preposition opens and no comma closes, else 0.

    >>> from ..tokens import tokenize
    >>> fronted_without_comma(tokenize("During the four day visit the delegation held", [0]))
    5
    >>> fronted_without_comma(tokenize("The delegation held talks", [0]))
    0
    """
    if not words or words[0].lower not in PREPOSITIONS:
        return 0
    for k in range(2, min(len(words), MAX_FRONTED_WORDS + 1)):
        w = words[k]
        if w.text == "," or w.lower in PREPOSITIONS:
            return 0
        if w.lower == "the":
            before = words[k - 1]
            return k if before.text.isalnum() and before.lower not in DETERMINERS else 0
    return 0


def pronoun_in_subject_clause(words: list[Token], verb: int, k: int) -> bool:
    """The pronoun ``words[k]`` stands where a sentence's own subject comes back: right after
    its verb ``words[verb]`` or the "that" after it ("said they had written"), or after a
    "what" that opens a clause naming the subject's own view ("by what it said were",
    "condemned what it described as")."""
    if k == verb + 1 or (k == verb + 2 and words[verb + 1].lower == "that"):
        return True
    return k > verb and words[k - 1].lower == "what"


def own_described_subject(resolver, t: Token, at: int, ok) -> SpeakerRef | None:
    """The body or group (``ok``) that the sentence of the "it"/"they" at ``t`` describes as
    its subject with "the" (after a fronted phrase, with or without its comma), when no name
    stands in that sentence before the pronoun and the pronoun takes up that subject
    (:func:`pronoun_in_subject_clause`): an "it" needs a head in the singular, a "they" one
    in the plural, and neither a person's title ("the minister"). ``resolver`` is a
    :class:`PronounResolver`."""
    if t.lower not in ("it", "they") or t.start == resolver.sentences[t.sent][3]:
        return None
    s_start = resolver.sentences[t.sent][3]
    if any(not m.in_quote for m in resolver.index.mentions_in(s_start, t.start)):
        return None
    words = [w for w in narration_words(resolver, t.sent) if w.start <= t.start]
    if not words or words[-1].start != t.start:
        return None
    cue = lambda w: any(c.start == w.start for c in resolver.cues_in(w.start, w.end))
    is_verb = lambda w: w.lower in IRREGULAR_PASTS or cue(w)  # "the delegation held"
    skip = fronted_without_comma(words)
    found = described_subject(words[skip:], is_verb)
    if found is None:
        return None
    i, verb = found[0] + skip, found[1] + skip
    head = words[verb - 1].lower
    plural = head.endswith("s")
    if head in _PERSON_HEADS:
        return None  # "the minister said it was": a person is no "it"
    if plural != (t.lower == "they") or not pronoun_in_subject_clause(words, verb, len(words) - 1):
        return None
    unnamed = lambda start, end: described_body(resolver, start, end)
    ref = described_actor(resolver, words[i].start, words[verb - 1].end, at, ok, unnamed)
    if ref is None or ref.actor is None or not ok(ref.actor):
        return None
    return SpeakerRef(ref.actor, None, t.start, t.end, how=OWN_SUBJECT)


def described_body(resolver, start: int, end: int) -> SpeakerRef:
    """The body or group the article describes at ``text[start:end]`` but never names, as
    written ("the eleven member international delegation"), one actor per description."""
    name = " ".join(resolver.text[start:end].split())
    key = "described:" + name.lower()
    index = resolver.index
    actor = index.actors_by_key.get(key) or index.new_actor("group", name, key)
    return SpeakerRef(actor, None, start, end)
