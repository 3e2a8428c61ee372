"""A short evaluation its sentence reports in the passive, with no agent, is nobody's words.

'For the past year or so, the conditions of his solitary confinement have been described as
"extreme."': the sentence hides who described them. The speaker quoted just before it is
no better guess than nobody, and the ranker's guess no better either: such a quote keeps no
speaker (attribution ``agentless_report``; the rule is
:meth:`~.labels.short_quotes.ShortQuoteSpeakers._evaluation_speaker`).
"""

from __future__ import annotations

import re

from .cues import CUE_FORMS
from .speakerless_rules import AGENTLESS_PASSIVE, CHARGE_WORDING, CROSSHEAD_PHRASE
from .unspoken_headlines import UNSPOKEN_HEADLINE

#: The attribution of a short evaluation reported in the passive with no agent.
AGENTLESS_REPORT = "agentless_report"
#: The evidence of such a quotation.
AGENTLESS_EVIDENCE = (
    "a short evaluation reported in the passive with no agent ('described as'): no speaker"
)
#: The evidence of such a quotation.
AGENTLESS_PASSIVE_EVIDENCE = (
    "right after a passive reporting verb with no agent ('has been described as'), a guess "
    "replaced: no speaker"
)
#: Attributions of quotes left with no speaker on purpose, which no later rule may guess.
SPEAKERLESS = frozenset(
    ["continuation", UNSPOKEN_HEADLINE, CROSSHEAD_PHRASE, AGENTLESS_REPORT, CHARGE_WORDING]
) | {AGENTLESS_PASSIVE}
#: A passive verb: a form of "be" and a past participle in -ed ('have been described').
_PASSIVE_VERB = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?(\w+ed)\b", re.IGNORECASE
)


def passive_report_before(text: str, start: int, at: int) -> bool:
    """The last passive verb in ``text`` from ``start`` to ``at`` (a sentence up to its
    quotation) is a reporting verb: 'have been described as', 'were found to be'.

    >>> passive_report_before("His conditions have been described as ", 0, 38)
    True
    >>> passive_report_before("The museum was closed and they called it ", 0, 41)
    False
    """
    verbs = list(_PASSIVE_VERB.finditer(text, start, at))
    return bool(verbs) and verbs[-1].group(1).lower() in CUE_FORMS


#: A passive reporting verb right before a quotation: a form of "be" or a noun it follows
#: as a reduced relative ("AN ALLOTMENT described as a"), the participle, "as"/"to" and
#: an article at most ('has been described as "Q"', 'an allotment described as a "Q"').
_PASSIVE_BEFORE_QUOTE = re.compile(
    r"\b(\w+)\s+(?:\w+ly\s+)?(\w+ed)\s+((?:as|to)\s+)?(?:(?:an?|the)\s+)?$", re.IGNORECASE
)
#: Forms of "be" before a passive participle.
_BE = frozenset(["is", "are", "was", "were", "been", "being", "be"])
#: Words before a participle that make it active or a relative's verb ("what he described
#: as", "which they labelled").
_NOT_PASSIVE_BEFORE = frozenset(
    [
        "i",
        "we",
        "you",
        "he",
        "she",
        "it",
        "they",
        "what",
        "who",
        "which",
        "that",
        "have",
        "has",
        "had",
    ]
)
#: An agent right after the quotation, two words at most between ('was described as "Q"
#: by the mayor', '"Q" on Monday by'); not a "by" further on ("has been saved from
#: development thanks to a petition by neighbours").
_AGENT_AFTER = re.compile(r"\W*(?:\w+\W+){0,2}?by\b", re.IGNORECASE)


def agentless_passive_before(text: str, s_start: int, pair: tuple[int, int], s_end: int) -> bool:
    """The quotation whose marks stand at ``pair`` (opening, closing offset) comes right after
    a passive reporting verb with no agent in its sentence (``s_start`` to ``s_end``): 'has
    been described as "Q"', 'An allotment described as a "Q" has been saved'; not "what he
    described as", nor one whose agent follows ('was described as "Q" by the mayor').

    >>> def agentless(s):
    ...     return agentless_passive_before(s, 0, (s.index('"'), s.rindex('"')), len(s))
    >>> agentless('The closure has been described as "a direct assault by the state".')
    True
    >>> agentless('AN ALLOTMENT described as a "green haven" has been saved thanks to a petition by neighbours.')
    True
    >>> agentless('It is what he described as "a disaster".')
    False
    >>> agentless('It was described as "a disaster" by the mayor.')
    False
    >>> agentless('as the once state-backed lender hailed a "strong performance".')
    False
    """
    m = _PASSIVE_BEFORE_QUOTE.search(text, s_start, pair[0])
    if m is None or m.group(2).lower() not in CUE_FORMS:
        return False
    before = m.group(1).lower()
    if before in _NOT_PASSIVE_BEFORE or (before not in _BE and not before.isalpha()):
        return False
    if before not in _BE and m.group(3) is None:
        return False  # "the lender hailed a "Q"": a past tense with its object, no passive
    return _AGENT_AFTER.match(text, pair[1] + 1, s_end) is None


def give_agentless_reports(attributor, speech) -> None:
    """Leave with no speaker each quotation of ``speech`` that no rule placed, or that only
    the guess of the nearest speaker placed, when it comes right after a passive reporting
    verb with no agent (:func:`agentless_passive_before`; attribution ``agentless_passive``):
    the sentence hides who spoke, so no speaker nearby is a better guess than nobody
    (post_office_closures: 'The imminent closure of five post offices ... has been described
    as 'a direct assault on rural communities''). ``attributor`` is the :class:`Attributor`."""
    for q in speech:
        guessed = q.attribution == "nearby_speaker" or (
            q.ref is None and q.attribution not in SPEAKERLESS
        )
        if q.role != "quote" or not guessed or (q.cue is not None and q.cue.subject is not None):
            continue
        s_start = attributor.sentences[q.sent][3]
        s_end = attributor.sentences[attributor.sent_of(q.pair.close)][4]
        if agentless_passive_before(attributor.text, s_start, (q.pair.open, q.pair.close), s_end):
            q.cue, q.ref, q.attribution = None, None, AGENTLESS_PASSIVE
