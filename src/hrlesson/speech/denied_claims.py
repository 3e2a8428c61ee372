"""A denied claim's quoted words are the claimant's, not the denier's.

News reports a denial with the claim's own words in quotation marks: "Gardai deny Go Safe
vans are about ‘entrapment’", "GARDAI have denied Go Safe vans are involved in the
"entrapment" of motorists". The denier does not say "entrapment"; the page names who did,
quoting the same words under their own reporting verb ("His party colleague, Paudie
Coffey ... said some monitoring areas could be perceived as "entrapment""). A short
quotation (up to :data:`MAX_WORDS` words) that a verb of denial governs
(data/words/denial_verbs.txt) goes to that claimant: the subject of the last reporting verb,
no denial and no passive, before the same words quoted elsewhere in their sentence, when
it names an actor other than the denier (attribution :data:`DENIED_CLAIM`). Without such a
claimant the denier keeps the words.
"""

from __future__ import annotations

import re

from ..wordlists import word_set
from .records import Cue, QuoteRecord, SpeakerRef

#: Cue lemmas of denying a claim: data/words/denial_verbs.txt.
DENIAL_VERBS = word_set("denial_verbs")
#: The longest denied quotation (in words) read as the claim's words.
MAX_WORDS = 4
#: The evidence for a speaker placed by :func:`give_denied_claimants`.
DENIED_CLAIM = "the claimant who says the denied words elsewhere in the article"
#: Quotation marks around the same words elsewhere.
_MARKS = "\"'“”‘’«»"


def quoted_again(text: str, q: QuoteRecord) -> list[int]:
    """Where ``text`` quotes the words of ``q`` again inside quotation marks (the offset of
    each opening mark), ``q``'s own pair left out.

    >>> from types import SimpleNamespace as N
    >>> text = "Gardai deny ‘entrapment’. Coffey said it was \\"entrapment\\"."
    >>> q = N(text="entrapment", pair=N(open=12))
    >>> quoted_again(text, q)
    [45]
    """
    pattern = f"[{_MARKS}]{re.escape(q.text.strip())}[{_MARKS}]"
    return [
        m.start() for m in re.finditer(pattern, text, re.IGNORECASE) if m.start() != q.pair.open
    ]


def claimant_cue(cues: list[Cue], sent: int, pos: int, denier) -> Cue | None:
    """The last reporting verb of sentence ``sent`` before ``pos`` that claims: not a denial,
    not passive, its subject an actor other than ``denier``; None when there is none.

    >>> from types import SimpleNamespace as N
    >>> coffey = SpeakerRef(N(name="Paudie Coffey"), None, 0, 13)
    >>> said = Cue(30, 34, "said", "say", 5, 6, subject=coffey)
    >>> claimant_cue([said], 5, 60, None) is said
    True
    >>> claimant_cue([said], 5, 20, None) is None
    True
    """
    found = None
    for cue in cues:
        if cue.sent != sent or cue.end > pos or cue.lemma is None or cue.passive:
            continue
        subject = cue.subject
        if cue.lemma in DENIAL_VERBS or subject is None or subject.actor is None:
            continue
        if subject.actor is not denier:
            found = cue
    return found


def give_denied_claimants(attributor, speech: list[QuoteRecord]) -> None:
    """Give each short quotation a verb of denial governs to the claimant who says the same
    words elsewhere in the article (:func:`quoted_again`, :func:`claimant_cue`)."""
    for q in speech:
        if q.cue is None or q.cue.lemma not in DENIAL_VERBS:
            continue
        if not 0 < len(q.text.split()) <= MAX_WORDS:
            continue
        denier = q.ref.actor if q.ref is not None else None
        for pos in quoted_again(attributor.text, q):
            cue = claimant_cue(attributor.cues, attributor.sent_of(pos), pos, denier)
            if cue is not None:
                s = cue.subject
                q.ref = SpeakerRef(s.actor, s.label, s.start, s.end, s.described, DENIED_CLAIM)
                break
