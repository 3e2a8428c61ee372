"""A participle qualifying a noun inside an apposition: "Eric Herb, a farmer and member of
the group calling for more regulation of large predators, told the agency: "Q"". The
"-ing" form right after a lower-case noun, no comma between them, only qualifies that noun
(a reduced relative clause, "the group [that is] calling for ..."); it stands inside the
apposition that describes the subject, so it is no boundary for the subject of the verb
after the apposition's closing comma: Eric Herb speaks, not the apposition's words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import Cue, SpeakerRef
from ..vocabulary import ADVERBS, AUXILIARIES, BE_FORMS, RELATIVE_PRONOUNS

#: A short subject, a comma, an apposition opened by an article or "one of", and a noun
#: right before the participle (no comma, dash, colon or quotation mark inside):
#: "Eric Herb, a farmer and member of the group ".
_APPOSITION = re.compile(
    r"(?P<subject>[^,;:\"“”]+),\s+(?:[Aa]n?|[Tt]he|[Oo]ne\s+of)\s+"
    r"[^,;:\"“”—–]*\b(?P<noun>[a-z][\w’'-]*)\s+$"
)

#: The most words of the subject before the apposition ("Eric Herb").
_MAX_SUBJECT_WORDS = 6

_WORD = re.compile(r"[\w’'-]+")

#: Words that end a relative or finite clause rather than name a noun ("a farmer who is
#: calling"): the participle after them is that clause's own verb.
_CLAUSE_WORDS = ADVERBS | AUXILIARIES | BE_FORMS | RELATIVE_PRONOUNS


def apposed_participle(before: str, form: str) -> bool:
    """An earlier "-ing" verb of the sentence, written ``form``, qualifies the noun that
    ends ``before`` (the sentence's text up to that verb) inside an apposition opened by
    an article after a short subject and a comma: the verb is inside the aside, not the
    main clause's, so the next verb's subject is read before the apposition.

    >>> apposed_participle("Eric Herb, a farmer and member of the group ", "calling")
    True
    >>> apposed_participle("Eric Herb, a farmer, ", "calling")  # ", calling": an adjunct
    False
    >>> apposed_participle("Eric Herb said the group ", "calling")  # no apposition
    False
    >>> apposed_participle("Eric Herb, a farmer who is ", "calling")
    False
    """
    if not form.lower().endswith("ing"):
        return False
    m = _APPOSITION.fullmatch(before)
    if m is None or m.group("noun") in _CLAUSE_WORDS:
        return False  # "a farmer who is calling": a relative clause, its own verb
    return 0 < len(_WORD.findall(m.group("subject"))) <= _MAX_SUBJECT_WORDS


#: The rule, for the evidence column.
APPOSED_PARTICIPLE = "past a participle inside the apposition before the verb"


def apposed_participle_subject(finder, cue: Cue, earlier: list[Cue]) -> SpeakerRef | None:
    """The subject of ``cue`` as found, its evidence naming this rule when the sentence's
    last cue before it (of ``earlier``) was passed over as a participle inside the
    apposition before it (:func:`apposed_participle`): "Eric Herb, a farmer and member of
    the group calling for ..., told" → Eric Herb. ``finder`` is the :class:`Attributor`."""
    ref = cue.subject
    if ref is None or not earlier or ref.start >= earlier[-1].start:
        return ref
    prev, s_start = earlier[-1], finder.sentences[cue.sent][3]
    closed = finder.text[prev.end : cue.start].rstrip().endswith(",")
    if closed and apposed_participle(finder.text[s_start : prev.start], prev.form):
        return replace(
            ref, how=f"{APPOSED_PARTICIPLE}, {ref.how}" if ref.how else APPOSED_PARTICIPLE
        )
    return ref
