"""A letter the article said someone wrote is the writer's: "Newark MP Robert Jenrick has
now written to council leader Paul Peacock ..." then "The letter said: "Q""
(southwell_leisure_centre_pool_jenrick_newarkadvertiser); "Doctors' receptionists have
sent an open letter to patients" ... '"Q," the letter, published in The Northern Echo,
said.' (darlington_gp_receptionists_abuse_letter_bbc); data/words/letter_nouns.txt,
letter_writing_verbs.txt, letter_sending_verbs.txt."""

from __future__ import annotations

from dataclasses import replace

from ...wordlists import word_set
from ..records import SpeakerRef
from ..tokens import Token
from .subject_issuers import last_clause

#: Nouns for a letter or a message someone writes ("letter", "email").
_LETTER_NOUNS = word_set("letter_nouns")

#: Verbs of "X has written to Y": the writer.
_WRITING_VERBS = word_set("letter_writing_verbs")

#: Verbs of "X have sent an open letter": the sender.
_SENDING_VERBS = word_set("letter_sending_verbs")

#: Verbs of "X, which instigated the open letter": X started it (letter_starting_verbs.txt).
_STARTING_VERBS = word_set("letter_starting_verbs")

#: Words between the subject and its verb that are no part of the subject.
_BEFORE_VERB = frozenset(["has", "have", "had", "now", "also", "already", "recently", "jointly"])

#: How many sentences back the writing may be told.
_MAX_SENTENCES_BACK = 8

#: How the evidence says the writer was found.
WROTE_IT = "the one the article said wrote the letter"


def letter_writer(att, noun: Token) -> SpeakerRef | None:
    """``The letter said`` (``noun``, "the" and at most one modifier before it: "the open
    letter") is the subject's of the last sentence, up to eight back, that said they wrote
    to someone ("X has now written to Y") or sent, wrote or penned a letter ("X have sent
    an open letter to patients"). ``att`` is an :class:`Attributor`."""
    if noun.lower not in _LETTER_NOUNS:
        return None
    k = att.index.token_index(noun.start)
    if not the_before([w for w in att.tokens[max(0, k - 2) : k] if w.sent == noun.sent]):
        return None
    for s in range(noun.sent - 1, max(-1, noun.sent - _MAX_SENTENCES_BACK - 1), -1):
        if (ref := _writer_in(att, s, noun.lower) or starter_in(att, s, noun.lower)) is not None:
            return ref
    return None


def starter_in(att, s: int, noun: str) -> SpeakerRef | None:
    """``the Live Comedy Association, which instigated the open letter, had gone`` in
    sentence ``s`` (fringe_apology_shona_mccarthy_scotsman): the body named right before
    ", which" or ", who" and a verb that started a letter (data/words/letter_starting_verbs.txt)
    with "the" and at most one modifier before ``noun`` started it: the letter's words are
    its. ``att`` is an :class:`Attributor`; None when sentence ``s`` has no such clause."""
    s_start, s_end = att.sentences[s][3], att.sentences[s][4]
    toks = att.toks_between(s_start, s_end)
    for j in range(1, len(toks) - 3):
        if toks[j].lower not in ("which", "who") or toks[j - 1].text != ",":
            continue
        if toks[j + 1].lower not in _STARTING_VERBS or toks[j + 2].lower != "the":
            continue
        if noun not in (toks[j + 3].lower, toks[j + 4].lower if j + 4 < len(toks) else ""):
            continue
        named = [m for m in att.index.mentions_in(s_start, toks[j - 1].start) if not m.in_quote]
        if not named or named[-1].end != toks[j - 1].start:
            return None
        if named[-1].actor.kind not in ("organisation", "group"):
            return None
        m = named[-1]
        return SpeakerRef(m.actor, None, m.start, m.end, how=WROTE_IT)
    return None


def the_before(before: list[Token]) -> bool:
    """``before``, the words of its sentence right before a letter noun, hold "the" and
    after it only lower-case words: "The letter", "the open letter", not "Jenrick's letter".

    >>> from hrlesson.speech.tokens import tokenize
    >>> the_before(tokenize("said the open", [0])[1:]), the_before(tokenize("The", [0]))
    (True, True)
    >>> the_before(tokenize("Jenrick's", [0])), the_before(tokenize("the Jenrick", [0]))
    (False, False)
    """
    k = next((j for j, w in enumerate(before) if w.lower == "the"), len(before))
    return k < len(before) and all(w.text.isalpha() and w.text.islower() for w in before[k + 1 :])


def _writer_in(att, s: int, noun: str) -> SpeakerRef | None:
    """The subject of sentence ``s``'s verb that wrote to someone or sent a ``noun``."""
    s_start, s_end = att.sentences[s][3], att.sentences[s][4]
    words = [t for t in att.toks_between(s_start, s_end) if t.text[0].isalnum()]
    for j in range(1, len(words) - 1):
        w = words[j]
        wrote_to = w.lower in _WRITING_VERBS and words[j + 1].lower == "to"
        if not (wrote_to or (w.lower in _SENDING_VERBS and sent_letter(words, j + 1, noun))):
            continue
        clause = last_clause(att, s_start, w.start)
        while clause and clause[-1].lower in _BEFORE_VERB:
            clause.pop()
        if not clause:
            return None
        ref = att.resolve_span(clause[0].start, clause[-1].end, w.start) or plural_label(clause)
        return replace(ref, how=WROTE_IT) if ref is not None else None
    return None


def plural_label(clause: list[Token]) -> SpeakerRef | None:
    """``Doctors' receptionists``: a subject of at most four words ending in a lower-case
    plural noun, which the resolver ties to no one, is the writers' label.

    >>> from hrlesson.speech.tokens import tokenize
    >>> plural_label(tokenize("Doctors' receptionists", [0])).label
    "Doctors' receptionists"
    >>> plural_label(tokenize("The council", [0])) is None
    True
    """
    last = clause[-1]
    if len(clause) > 4 or not last.text.islower() or not last.text.endswith("s"):
        return None
    return SpeakerRef(None, " ".join(w.text for w in clause), clause[0].start, last.end)


def sent_letter(words: list[Token], j: int, noun: str) -> bool:
    """``words[j:]`` open with "a/an", at most two modifiers and ``noun``: "an open letter".

    >>> from hrlesson.speech.tokens import tokenize
    >>> sent_letter(tokenize("sent an open letter to", [0]), 1, "letter")
    True
    >>> sent_letter(tokenize("sent a team to", [0]), 1, "letter")
    False
    """
    if j >= len(words) or words[j].lower not in ("a", "an"):
        return False
    return any(w.lower == noun for w in words[j + 1 : j + 4])
