"""A vague count standing alone as a reporting verb's subject ("Some exclaim", "Many say",
"others whisper") is a part of the group the sentence before names, and speaks as that group:
"By far the most captivated by the castle are the Americans. Some exclaim “Oooh!” ... and
others whisper in awe, “It’s fit for a princess”": the Americans. The gold writes a group
opened by a vague count without the count (docs/test-pages.md), so the group speaks whole.
"""

from __future__ import annotations

from ...wordlists import word_set
from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import BE_FORMS, DEMONYMS, FINITE_VERBS, PREPOSITIONS

#: The vague counts that stand alone as a subject ("Some", "Many", "Others", "Most").
VAGUE_COUNT_SUBJECTS = word_set("vague_count_subjects")

#: The evidence for a group placed by :func:`vague_count_group`.
VAGUE_COUNT_GROUP = "a vague count of the group the sentence before names"

#: What follows a verb whose subject is a vague count standing alone: a quotation, a colon,
#: a comma or "that" ('Some exclaim “Oooh!”', "Many say that"); not a noun's verb ("Many
#: claims were").
_AFTER_VERB = frozenset([":", ",", "that", '"', "\u201c", "'", "\u2018"])

#: Words before a vague count that leave it opening its clause ("and some say").
_CLAUSE_OPENERS = frozenset(["and", "but", "while", "whereas", ","])


def vague_count_subject(tokens: list[Token], ti: int, prev: Token) -> bool:
    """``prev``, a vague count (:data:`VAGUE_COUNT_SUBJECTS`) opening its sentence or clause
    right before the cue form at token ``ti``, is the verb's subject, not a determiner of a
    noun, when a quotation, a colon, a comma or "that" follows the verb.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize('Some exclaim “Oooh!” as they go. Many claims were made.', [0])
    >>> vague_count_subject(toks, 1, toks[0]), vague_count_subject(toks, 9, toks[8])
    (True, False)
    """
    if prev.lower not in VAGUE_COUNT_SUBJECTS or ti + 1 >= len(tokens):
        return False
    k = ti - 1
    opens = k == 0 or tokens[k - 1].sent != prev.sent or tokens[k - 1].lower in _CLAUSE_OPENERS
    return opens and tokens[ti + 1].text in _AFTER_VERB


def vague_count_group(att, word: Token, at: int) -> SpeakerRef | None:
    """The group a vague count standing alone as a subject (``word``: "Some", "Others")
    counts: the last plural noun the sentence before names, read as a group ("the
    Americans", a people's plural, kept as written with its "the"; "local residents", a
    lower-case group the description reader knows). ``att`` is the attributor
    (``sentences``, ``tokens``, ``toks_between``, ``resolve_span``).

    "By far the most captivated by the castle are the Americans. Some exclaim “Oooh!”":
    the Americans.
    """
    if word.sent < 1:
        return None
    s_start, s_end = att.sentences[word.sent - 1][3:5]
    toks = [t for t in att.toks_between(s_start, s_end) if t.text[0].isalnum()]
    for n in range(len(toks) - 1, -1, -1):
        t = toks[n]
        if not (t.text.isalpha() and t.lower.endswith("s") and not t.lower.endswith("ss")):
            continue
        start = toks[n - 1].start if n and toks[n - 1].lower == "the" else t.start
        if t.cap and t.text[1:].islower() and t.lower[:-1] in DEMONYMS:
            label = att.text[start : t.end]
            return SpeakerRef(None, label, start, t.end, True, VAGUE_COUNT_GROUP)
        if not t.text.islower():
            continue
        ref = att.resolve_span(_phrase_start(toks, n), t.end, at)
        if ref is not None and ref.actor is not None and ref.actor.kind == "group":
            return SpeakerRef(ref.actor, ref.label, ref.start, ref.end, True, VAGUE_COUNT_GROUP)
    return None


def _phrase_start(toks: list[Token], n: int) -> int:
    """Where the noun phrase ending in ``toks[n]`` starts: back over its lower-case
    modifiers, not past a verb or a preposition ("anger among local residents": "local")."""
    k = n
    while k > 0:
        t = toks[k - 1]
        low = t.lower
        if not t.text.islower() or low in PREPOSITIONS or low in FINITE_VERBS or low in BE_FORMS:
            break
        k -= 1
    return toks[k].start


def vague_count_opening(words: list[Token]) -> Token | None:
    """The vague count that the words before a verb end with, opening its clause after
    "and", "but", "while" or a comma ("..., and others whisper"), or standing alone
    ("Some"); None otherwise.

    >>> from hrlesson.speech.tokens import tokenize
    >>> vague_count_opening(tokenize("when they hear it and others", [0])).text
    'others'
    >>> vague_count_opening(tokenize("the others", [0])) is None
    True
    """
    if not words or words[-1].lower not in VAGUE_COUNT_SUBJECTS:
        return None
    if len(words) == 1 or words[-2].lower in _CLAUSE_OPENERS:
        return words[-1]
    return None
