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

#: The attribution of a short evaluation reported in the passive with no agent.
AGENTLESS_REPORT = "agentless_report"
#: The evidence of such a quotation.
AGENTLESS_EVIDENCE = (
    "a short evaluation reported in the passive with no agent ('described as'): no speaker"
)
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
