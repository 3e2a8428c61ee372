"""Where the ranker overrules a rule: the few rules it beats on articles nobody tuned it on.

The rules place most quotes and the ranker (:mod:`.rerank`) only those they leave without
a speaker. On *first-sight* quotes (real pages as the kit attributed them before anyone
studied them, ``tools/data/first_sight_instances.jsonl.gz``), with rankers trained on the
other test pages (leave one batch out), the ranker's choice beats the choice of two rules
where it scores clearly higher: a continuation's speaker carried over from the quote before
('"Q1," the minister said. ... "Q2."', another person named between; by a margin over 1:
4 right against 0, over 0: 11 against 4) and a guess from the nearest speaker (margin over
1.5: 9 right against 3, over 1: 9 against 5, over 2: 7 against 2). There, and only there,
the ranker's choice replaces the rule's (attribution ``ranked_override``); every other rule
keeps its speaker: the ranker loses to a pull quote, a display line or an echo, and its
gain on "according to" (2 of 31) is too thin to trust. A guess the quote's own sentence
names keeps its speaker against a candidate that sentence does not name, unless the quote
speaks in the first person (:func:`guess_in_sentence`; test pages: 5 right against 1),
and a continuation of a quotation in the same paragraph keeps it against a candidate that
paragraph does not name (:func:`continuation_in_paragraph`; 1 right, none wrong), nor a
continuation of an unnamed person against a bare "the woman" no actor holds, which renames
that person (:func:`unnamed_renamed_by_epithet`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..records import QuoteRecord
from ..vocabulary import EPITHET_NOUNS
from .candidates import Candidate, candidate_key

#: The attribution of a quote whose rule the ranker overruled.
RANKED_OVERRIDE = "ranked_override"
#: Words of the first person: a quote that holds one is someone's speech ("our customers").
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e)\b")
#: Rule → by how much (in score) the ranker's choice must beat the rule's own choice.
OVERRULED = {"continuation": 1.0, "nearby_speaker": 1.5}


def overrulable(q: QuoteRecord) -> bool:
    """A quote a rule gave a speaker that the ranker may overrule (:data:`OVERRULED`)."""
    return q.role == "quote" and q.ref is not None and q.attribution in OVERRULED


def rule_candidate(q: QuoteRecord, candidates: list[Candidate]) -> int:
    """The index of the candidate the rule chose (the last, nobody, when it chose none)."""
    key = candidate_key(q.ref)
    return next((i for i, c in enumerate(candidates) if c.key == key), len(candidates) - 1)


def overrules(attribution: str, scores: list[float | None], best: int, ruled: int) -> bool:
    """Whether the ranker's ``best`` candidate replaces the one the rule ``attribution``
    chose (``ruled``): a different candidate, scored higher by more than the rule's margin
    (always when the rule's choice does not fit the gendered subject of the verb).

    >>> overrules("continuation", [2.5, 1.0, 0.0], 0, 1)
    True
    >>> overrules("nearby_speaker", [2.0, 1.0, 0.0], 0, 1), overrules("passive", [9.0, 1.0, 0.0], 0, 1)
    (False, False)
    >>> overrules("nearby_speaker", [2.0, None, 0.0], 0, 1)
    True
    """
    if best == ruled or attribution not in OVERRULED:
        return False
    own = scores[ruled]
    return own is None or scores[best] - own > OVERRULED[attribution]


def sentence_named(q: QuoteRecord, spans: list[tuple[int, int]], sent_of: Callable) -> bool:
    """Whether one of ``spans`` lies outside the quote ``q`` but in a sentence it spans:
    where the text names someone in the quote's own sentence ('As for patient data, SVH
    "does not believe ..."': SVH; "Erica Wagner thought the novel 'worth re-reading'").

    >>> q = QuoteRecord.__new__(QuoteRecord); q.start, q.end = 20, 40
    >>> sent_of = lambda pos: pos // 50
    >>> sentence_named(q, [(2, 5)], sent_of), sentence_named(q, [(25, 30)], sent_of)
    (True, False)
    >>> sentence_named(q, [(60, 65)], sent_of)
    False
    """
    first, last = sent_of(q.start), sent_of(max(q.start, q.end - 1))
    return any(not (q.start <= a and b <= q.end) and first <= sent_of(a) <= last for a, b in spans)


def guess_in_sentence(q: QuoteRecord, pick: Candidate, sent_of: Callable) -> bool:
    """A guess of the nearest speaker (``nearby_speaker``) the quote's own sentence names
    stands against a candidate that sentence does not name: the ranker's liking for the
    person quoted in the paragraph before is no reason to take the words of the sentence's
    own subject from it ('In 2022, the FTC launched an inquiry, "requiring ..."': the FTC,
    not Khan quoted before; "It proposes ... paying farmers "public money for public
    goods"": the Government's consultation, not Batters). Words in the first person are
    someone's speech and stay the ranker's ('The response team arrived ... "to seek out our
    customers"': the spokesperson quoted before).
    """
    if q.attribution != "nearby_speaker" or q.ref is None or _FIRST_PERSON.search(q.text):
        return False
    ruled = [(q.ref.start, q.ref.end)] if q.ref.end > q.ref.start else []
    return sentence_named(q, ruled, sent_of) and not sentence_named(q, pick.spans, sent_of)


def continuation_in_paragraph(
    q: QuoteRecord, before: QuoteRecord | None, pick: Candidate, para_of: Callable
) -> bool:
    """A continuation of a quotation ``before`` it in the same paragraph stands against a
    candidate that paragraph does not name: the quotation goes on right after the frame
    that named its speaker ('"Q1," the release said. "Q2."': the release's owner, not the
    economist quoted in the paragraph before; '"Q1," said the Facebook post. "Q2."'). A
    continuation carried over from another paragraph stays the ranker's to overrule.

    >>> q = QuoteRecord.__new__(QuoteRecord); q.start, q.attribution = 150, "continuation"
    >>> before = QuoteRecord.__new__(QuoteRecord); before.end = 120
    >>> pick = Candidate(None, "economist", "label", [(10, 19)])
    >>> continuation_in_paragraph(q, before, pick, lambda pos: pos // 100)
    True
    >>> pick.spans.append((130, 139))
    >>> continuation_in_paragraph(q, before, pick, lambda pos: pos // 100)
    False
    """
    if q.attribution != "continuation" or before is None:
        return False
    para = para_of(q.start)
    if para_of(before.end) != para:
        return False
    return not any(para_of(a) == para for a, _ in pick.spans)


#: The key of an actor a description brings in, not a name ("unnamed:the woman").
_UNNAMED = "unnamed:"
#: The evidence of a continuation kept against a bare epithet.
RENAMED_BY_EPITHET = "kept against the ranker's bare epithet, which renames it"


def unnamed_renamed_by_epithet(q: QuoteRecord, pick: Candidate) -> bool:
    """A continuation whose speaker is an unnamed person stands against a ``pick`` that is
    only a bare epithet no named actor holds ("the woman", "the man"): the epithet renames the
    unnamed person the paragraph before brought in, it is no one new ('Another stallholder
    lamented that she was ... ¶ "Q" the woman related.': another stallholder, not "the
    woman"; stabroek_wharf_vendors_vacate_stallholder_kaieteurnews).

    >>> from ..records import SpeakerRef
    >>> q = QuoteRecord.__new__(QuoteRecord); q.attribution = "continuation"
    >>> q.ref = SpeakerRef(None, "Another stallholder", 0, 19, True)
    >>> unnamed_renamed_by_epithet(q, Candidate(None, "the woman", "label", [(30, 39)]))
    True
    >>> unnamed_renamed_by_epithet(q, Candidate(None, "the minister", "label", [(30, 42)]))
    False
    """
    if q.attribution != "continuation" or q.ref is None or not _unnamed(q.ref.actor):
        return False
    if q.ref.actor is None and not q.ref.described:
        return False
    if not _unnamed(pick.actor):
        return False
    words = (pick.name or "").lower().split()
    return len(words) == 2 and words[0] == "the" and words[1] in EPITHET_NOUNS


def _unnamed(actor) -> bool:
    """No actor, or one a description brought in ("unnamed:the woman")."""
    return actor is None or actor.key.startswith(_UNNAMED)
